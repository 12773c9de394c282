//! The natively provided parts of `math` and `sys`.
//!
//! `taipan_math_call` computes a `math` function with CPython's error rules
//! (Modules/mathmodule.c, `math_1`/`math_2`): a NaN result from a non-NaN
//! argument is `ValueError: math domain error`; an infinite result from finite
//! arguments is `OverflowError: math range error` for the functions that can
//! overflow and a domain error for the others (`log(0)`). `sys.argv` is built
//! from the arguments `main` received; `sys.exit` flushes standard output and
//! ends the process as CPython's `SystemExit` does when nothing catches it.

use crate::exceptions::raise;
use std::sync::OnceLock;
use taipan_abi::{math_function as m, ExceptionKind, ListRef, StrRef};

static ARGUMENTS: OnceLock<Vec<String>> = OnceLock::new();

/// Records the program's arguments (called by `taipan_runtime_init`).
pub unsafe fn record_arguments(argc: i32, argv: *const *const u8) {
    let mut arguments = Vec::new();
    if !argv.is_null() {
        for index in 0..argc.max(0) as usize {
            let pointer = *argv.add(index);
            if pointer.is_null() {
                break;
            }
            let text = std::ffi::CStr::from_ptr(pointer as *const std::os::raw::c_char);
            arguments.push(text.to_string_lossy().into_owned());
        }
    }
    let _ = ARGUMENTS.set(arguments);
}

fn domain_error() -> ! {
    raise(ExceptionKind::ValueError, "math domain error")
}

fn range_error() -> ! {
    raise(ExceptionKind::OverflowError, "math range error")
}

/// Applies CPython's checks to `result = f(x[, y])`.
fn checked(result: f64, arguments_finite: bool, arguments_nan: bool, can_overflow: bool) -> f64 {
    if result.is_nan() && !arguments_nan {
        domain_error();
    }
    if result.is_infinite() && arguments_finite {
        if can_overflow {
            range_error();
        }
        domain_error();
    }
    result
}

#[no_mangle]
pub extern "C-unwind" fn taipan_math_call(function: i32, x: f64, y: f64) -> f64 {
    let finite = x.is_finite();
    let nan = x.is_nan();
    let one = |result: f64, can_overflow: bool| checked(result, finite, nan, can_overflow);
    match function {
        m::SQRT => one(x.sqrt(), false),
        m::SIN | m::COS | m::TAN => {
            if x.is_infinite() {
                domain_error();
            }
            let result = match function {
                m::SIN => x.sin(),
                m::COS => x.cos(),
                _ => x.tan(),
            };
            one(result, false)
        }
        m::ASIN => one(x.asin(), false),
        m::ACOS => one(x.acos(), false),
        m::ATAN => one(x.atan(), false),
        m::SINH => one(x.sinh(), true),
        m::COSH => one(x.cosh(), true),
        m::TANH => one(x.tanh(), false),
        m::EXP => one(x.exp(), true),
        m::LOG | m::LOG10 | m::LOG2 => {
            // CPython's m_log: zero and negatives are domain errors.
            if x <= 0.0 && !nan {
                domain_error();
            }
            match function {
                m::LOG => x.ln(),
                m::LOG10 => x.log10(),
                _ => x.log2(),
            }
        }
        m::LOG_BASE => {
            let numerator = taipan_math_call(m::LOG, x, 0.0);
            let denominator = taipan_math_call(m::LOG, y, 0.0);
            if denominator == 0.0 {
                raise(ExceptionKind::ZeroDivisionError, "float division by zero");
            }
            numerator / denominator
        }
        m::ATAN2 => x.atan2(y),
        m::HYPOT => x.hypot(y),
        m::POW => math_pow(x, y),
        m::FLOOR => x.floor(),
        m::CEIL => x.ceil(),
        m::TRUNC => x.trunc(),
        _ => raise(ExceptionKind::ValueError, "unknown math function"),
    }
}

/// `math.pow`, whose special cases differ from `**` (CPython's math_pow).
fn math_pow(x: f64, y: f64) -> f64 {
    if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            return if y == 0.0 { 1.0 } else { x };
        }
        if y.is_nan() {
            return if x == 1.0 { 1.0 } else { y };
        }
        return x.powf(y);
    }
    if x == 0.0 && y < 0.0 {
        domain_error();
    }
    if x < 0.0 && y != y.floor() {
        domain_error();
    }
    let result = x.powf(y);
    if result.is_infinite() {
        range_error();
    }
    result
}

#[no_mangle]
pub extern "C-unwind" fn taipan_int_gcd(left: i64, right: i64) -> i64 {
    let (mut a, mut b) = (left.unsigned_abs(), right.unsigned_abs());
    while b != 0 {
        (a, b) = (b, a % b);
    }
    if a > i64::MAX as u64 {
        crate::exceptions::integer_overflow();
    }
    a as i64
}

#[no_mangle]
pub extern "C-unwind" fn taipan_int_factorial(value: i64) -> i64 {
    if value < 0 {
        raise(ExceptionKind::ValueError, "factorial() not defined for negative values");
    }
    let mut result: i64 = 1;
    for factor in 2..=value {
        result = match result.checked_mul(factor) {
            Some(product) => product,
            None => crate::exceptions::integer_overflow(),
        };
    }
    result
}

#[no_mangle]
pub extern "C-unwind" fn taipan_int_isqrt(value: i64) -> i64 {
    if value < 0 {
        raise(ExceptionKind::ValueError, "isqrt() argument must be nonnegative");
    }
    let mut root = (value as f64).sqrt() as i64;
    while root > 0 && root.checked_mul(root).map_or(true, |square| square > value) {
        root -= 1;
    }
    while (root + 1).checked_mul(root + 1).is_some_and(|square| square <= value) {
        root += 1;
    }
    root
}

#[no_mangle]
pub extern "C-unwind" fn taipan_sys_argv() -> ListRef {
    let arguments = ARGUMENTS.get().cloned().unwrap_or_default();
    let list = unsafe { crate::lists::taipan_list_new(arguments.len() as i64, &crate::values::STR_DESCRIPTOR) };
    for (index, argument) in arguments.iter().enumerate() {
        let text = crate::strings::new_str(argument);
        unsafe { *(*list).items.add(index) = text as u64 };
    }
    list
}

/// `sys.exit(code)` raises `SystemExit(code)`; `ABSENT_INT` stands for
/// `sys.exit()` and `sys.exit(None)`.
#[no_mangle]
pub extern "C-unwind" fn taipan_sys_exit(code: i64) -> ! {
    let text = if code == taipan_abi::ABSENT_INT { String::new() } else { code.to_string() };
    crate::exceptions::raise_system_exit(&text, &text)
}

/// `sys.exit("message")` raises `SystemExit("message")`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_sys_exit_message(message: StrRef) -> ! {
    let text = crate::strings::as_str(message);
    crate::exceptions::raise_system_exit(text, &crate::strings::repr(text))
}
