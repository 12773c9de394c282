//! Generators as the runtime sees them: only their repr. A generator is an
//! LLVM coroutine frame that generated code creates, resumes and reads
//! through the promise (`taipan_abi::GeneratorPromise`); the runtime never
//! resumes one, and owns nothing of the mechanism.

use crate::strings::{as_str, new_str};
use taipan_abi::{GeneratorPromise, StrRef, GENERATOR_PROMISE_OFFSET};

/// `repr(generator)`: `<generator object f.<locals>.g at 0x...>`.
pub unsafe fn generator_repr_text(generator: *mut u8) -> String {
    let promise = generator.add(GENERATOR_PROMISE_OFFSET as usize) as *const GeneratorPromise;
    format!("<generator object {} at {:#x}>", as_str((*promise).qualified_name), generator as usize)
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_generator_repr(generator: *mut u8) -> StrRef {
    new_str(&generator_repr_text(generator))
}
