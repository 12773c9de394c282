//! Raising Python exceptions.
//!
//! This slice of Taipan has no `try`: every exception is uncaught, so raising
//! prints CPython's traceback header and last line and ends the process with
//! status 1. The ABI already names the exception by kind and message, so a later
//! unwinding implementation replaces only this module.

use crate::output::write_stderr;
use taipan_abi::{ExceptionKind, StrRef};

#[no_mangle]
pub unsafe extern "C" fn taipan_raise(kind: i32, message: StrRef) -> ! {
    let message = if message.is_null() { "" } else { crate::strings::as_str(message) };
    raise_with_code(kind, message)
}

pub fn raise_with_code(kind: i32, message: &str) -> ! {
    let name = ExceptionKind::from_code(kind).map(ExceptionKind::name).unwrap_or("SystemError");
    let mut text = String::from("Traceback (most recent call last):\n");
    text.push_str(name);
    if !message.is_empty() {
        text.push_str(": ");
        text.push_str(message);
    }
    text.push('\n');
    write_stderr(text.as_bytes());
    std::process::exit(1)
}

pub fn raise(kind: ExceptionKind, message: &str) -> ! {
    raise_with_code(kind as i32, message)
}

#[no_mangle]
pub extern "C" fn taipan_raise_recursion_error() -> ! {
    raise(ExceptionKind::RecursionError, "maximum recursion depth exceeded")
}

pub fn out_of_memory() -> ! {
    write_stderr(b"Traceback (most recent call last):\nMemoryError\n");
    std::process::exit(1)
}

/// Raised where CPython would give an exact big integer and Taipan's 64-bit
/// ints cannot: an honest error instead of a wrong number.
pub fn integer_overflow() -> ! {
    raise(
        ExceptionKind::OverflowError,
        "integer result does not fit in 64 bits (arbitrary-precision int is not supported yet)",
    )
}
