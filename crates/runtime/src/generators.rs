//! Generators as the runtime sees them: their repr, and the exception that
//! leaves a generator's body. A generator is an
//! LLVM coroutine frame that generated code creates, resumes and reads
//! through the promise (`taipan_abi::GeneratorPromise`); the runtime never
//! resumes one, and owns nothing of the mechanism.

use crate::strings::{as_str, new_str};
use taipan_abi::{ExceptionKind, GeneratorPromise, InstanceRef, StrRef, GENERATOR_PROMISE_OFFSET};

/// `repr(generator)`: `<generator object f.<locals>.g at 0x...>`.
pub unsafe fn generator_repr_text(generator: *mut u8) -> String {
    let promise = generator.add(GENERATOR_PROMISE_OFFSET as usize) as *const GeneratorPromise;
    format!("<generator object {} at {:#x}>", as_str((*promise).qualified_name), generator as usize)
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_generator_repr(generator: *mut u8) -> StrRef {
    new_str(&generator_repr_text(generator))
}

/// An exception leaving a generator's body, after the generator marked
/// itself finished: raised on to whoever resumed it, except that a
/// StopIteration (a class whose entry in `stop_iteration_subclasses`, the
/// `isinstance` table of StopIteration indexed by class id, is nonzero)
/// becomes PEP 479's RuntimeError. Kept out of line so that a generator's
/// resume function stays small enough to inline.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_generator_raised(exception: InstanceRef, stop_iteration_subclasses: *const u8) -> ! {
    if !exception.is_null() && *stop_iteration_subclasses.add((*(*exception).class).id as usize) != 0 {
        crate::exceptions::raise(ExceptionKind::RuntimeError, "generator raised StopIteration");
    }
    crate::exceptions::taipan_raise_instance(exception)
}
