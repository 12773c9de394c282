//! Numeric operations with CPython's exact semantics that are too long to emit
//! inline: parsing, exact int/float mixing, float `//`, `%` and `**`, rounding
//! and integer powers.
//!
//! Ints are 64-bit here. Where CPython's arbitrary-precision result would not
//! fit, the runtime raises `OverflowError` rather than return a wrong number.

use crate::exceptions::{integer_overflow, raise};
use crate::strings::{as_str, is_python_space, repr};
use crate::unicode_tables::decimal_value;
use taipan_abi::{ExceptionKind, StrRef};

/// Decimal digits of `value` in `buffer`.
pub fn format_int(value: i64, buffer: &mut [u8; 24]) -> &[u8] {
    let mut position = buffer.len();
    let negative = value < 0;
    let mut magnitude = value.unsigned_abs();
    loop {
        position -= 1;
        buffer[position] = b'0' + (magnitude % 10) as u8;
        magnitude /= 10;
        if magnitude == 0 {
            break;
        }
    }
    if negative {
        position -= 1;
        buffer[position] = b'-';
    }
    &buffer[position..]
}

/// CPython first maps Unicode decimal digits to ASCII and strips whitespace.
fn normalise_numeric_text(text: &str) -> String {
    text.chars()
        .map(|c| match decimal_value(c) {
            Some(value) if !c.is_ascii() => char::from(b'0' + value as u8),
            _ => c,
        })
        .collect::<String>()
        .trim_matches(is_python_space)
        .to_string()
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_int_from_str(value: StrRef, base: i64) -> i64 {
    let original = as_str(value);
    if base != 0 && !(2..=36).contains(&base) {
        raise(ExceptionKind::ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    let invalid = || -> ! {
        raise(
            ExceptionKind::ValueError,
            &format!("invalid literal for int() with base {base}: {}", repr(original)),
        )
    };
    let text = normalise_numeric_text(original);
    let (negative, mut digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, &text[..]),
    };
    let mut base = base as u32;
    let lower = digits.to_ascii_lowercase();
    let prefix_base = match lower.get(..2) {
        Some("0x") => Some(16),
        Some("0o") => Some(8),
        Some("0b") => Some(2),
        _ => None,
    };
    let mut after_prefix = false;
    if let Some(prefix_base) = prefix_base {
        if base == 0 || base == prefix_base {
            base = prefix_base;
            digits = &digits[2..];
            after_prefix = true;
        }
    }
    if base == 0 {
        // Base 0 reads a literal as Python source would: no leading zeros.
        base = 10;
        let significant = digits.trim_start_matches(['0', '_']);
        if digits.starts_with('0') && !significant.is_empty() {
            invalid();
        }
    }
    // Underscores may only separate digits (or follow a base prefix).
    if digits.is_empty() || digits.ends_with('_') || digits.contains("__") || (digits.starts_with('_') && !after_prefix) {
        invalid();
    }
    let mut result: i64 = 0;
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let digit = match c.to_digit(36) {
            Some(digit) if digit < base => digit as i64,
            _ => invalid(),
        };
        result = match result.checked_mul(base as i64).and_then(|r| if negative { r.checked_sub(digit) } else { r.checked_add(digit) }) {
            Some(next) => next,
            None => integer_overflow(),
        };
    }
    result
}

#[no_mangle]
pub extern "C-unwind" fn taipan_int_from_float(value: f64) -> i64 {
    if value.is_nan() {
        raise(ExceptionKind::ValueError, "cannot convert float NaN to integer");
    }
    if value.is_infinite() {
        raise(ExceptionKind::OverflowError, "cannot convert float infinity to integer");
    }
    let truncated = value.trunc();
    if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&truncated) {
        integer_overflow();
    }
    truncated as i64
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_float_from_str(value: StrRef) -> f64 {
    let original = as_str(value);
    let invalid = || -> ! {
        raise(ExceptionKind::ValueError, &format!("could not convert string to float: {}", repr(original)))
    };
    let text = normalise_numeric_text(original);
    let (sign, body) = match text.as_bytes().first() {
        Some(b'-') => (-1.0, &text[1..]),
        Some(b'+') => (1.0, &text[1..]),
        _ => (1.0, &text[..]),
    };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return sign * f64::INFINITY,
        "nan" => return f64::NAN.copysign(sign),
        _ => {}
    }
    // Underscores are allowed only between two digits.
    let bytes = body.as_bytes();
    let mut cleaned = String::with_capacity(body.len());
    for (index, &byte) in bytes.iter().enumerate() {
        match byte {
            b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-' => cleaned.push(byte as char),
            b'_' => {
                let before = index > 0 && bytes[index - 1].is_ascii_digit();
                let after = bytes.get(index + 1).is_some_and(u8::is_ascii_digit);
                if !(before && after) {
                    invalid();
                }
            }
            _ => invalid(),
        }
    }
    if !cleaned.bytes().any(|b| b.is_ascii_digit()) {
        invalid();
    }
    match cleaned.parse::<f64>() {
        Ok(parsed) => sign * parsed,
        Err(_) => invalid(),
    }
}

/// `a / b` for ints, correctly rounded as CPython computes it.
#[no_mangle]
pub extern "C-unwind" fn taipan_int_true_divide(left: i64, right: i64) -> f64 {
    if right == 0 {
        raise(ExceptionKind::ZeroDivisionError, "division by zero");
    }
    const EXACT: u64 = 1 << 53;
    if left.unsigned_abs() <= EXACT && right.unsigned_abs() <= EXACT {
        // Both operands convert exactly, and IEEE division rounds correctly.
        return left as f64 / right as f64;
    }
    let negative = (left < 0) != (right < 0);
    let numerator = left.unsigned_abs() as u128;
    let denominator = right.unsigned_abs() as u128;
    // Shift the numerator to the top of 128 bits so the quotient has at least 63
    // significant bits, then fold the remainder into a sticky bit: converting
    // that to f64 rounds exactly as rounding the true quotient would.
    let shift = numerator.leading_zeros() - 1;
    let scaled = numerator << shift;
    let quotient = scaled / denominator;
    let sticky = !scaled.is_multiple_of(denominator) as u128;
    let magnitude = ((quotient | sticky) as f64) * 2f64.powi(-(shift as i32));
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

#[no_mangle]
pub extern "C-unwind" fn taipan_int_pow(base: i64, exponent: i64) -> i64 {
    if exponent < 0 {
        raise(
            ExceptionKind::ValueError,
            "negative exponent: Taipan compiled this `int ** int` as an int because the exponent's sign is not known at compile time; CPython would return a float (write the exponent as a float or a negative literal)",
        );
    }
    let mut result: i64 = 1;
    let mut square = base;
    let mut remaining = exponent;
    while remaining > 0 {
        if remaining & 1 == 1 {
            result = result.checked_mul(square).unwrap_or_else(|| integer_overflow());
        }
        remaining >>= 1;
        if remaining > 0 {
            square = square.checked_mul(square).unwrap_or_else(|| integer_overflow());
        }
    }
    result
}

#[no_mangle]
pub extern "C-unwind" fn taipan_int_pow_mod(base: i64, exponent: i64, modulus: i64) -> i64 {
    if modulus == 0 {
        raise(ExceptionKind::ValueError, "pow() 3rd argument cannot be 0");
    }
    let m = modulus.unsigned_abs() as i128;
    let mut b = (base as i128).rem_euclid(m);
    let mut e = exponent as i128;
    if e < 0 {
        b = match modular_inverse(b, m) {
            Some(inverse) => inverse,
            None => raise(ExceptionKind::ValueError, "base is not invertible for the given modulus"),
        };
        e = -e;
    }
    let mut result: i128 = 1 % m;
    while e > 0 {
        if e & 1 == 1 {
            result = result * b % m;
        }
        b = b * b % m;
        e >>= 1;
    }
    // CPython's result has the sign of the modulus.
    if modulus < 0 && result != 0 {
        result -= m;
    }
    result as i64
}

fn modular_inverse(value: i128, modulus: i128) -> Option<i128> {
    let (mut old_r, mut r) = (value, modulus);
    let (mut old_s, mut s) = (1i128, 0i128);
    while r != 0 {
        let q = old_r / r;
        (old_r, r) = (r, old_r - q * r);
        (old_s, s) = (s, old_s - q * s);
    }
    if old_r != 1 {
        return None;
    }
    Some(old_s.rem_euclid(modulus))
}

/// CPython's `float_divmod`, shared by `//` and `%` so they always agree.
fn float_divmod(left: f64, right: f64) -> (f64, f64) {
    let mut modulo = left % right;
    let mut division = (left - modulo) / right;
    if modulo != 0.0 {
        if (right < 0.0) != (modulo < 0.0) {
            modulo += right;
            division -= 1.0;
        }
    } else {
        modulo = 0.0f64.copysign(right);
    }
    let floor_division = if division != 0.0 {
        let mut floored = division.floor();
        if division - floored > 0.5 {
            floored += 1.0;
        }
        floored
    } else {
        0.0f64.copysign(left / right)
    };
    (floor_division, modulo)
}

#[no_mangle]
pub extern "C-unwind" fn taipan_float_floor_divide(left: f64, right: f64) -> f64 {
    if right == 0.0 {
        raise(ExceptionKind::ZeroDivisionError, "float floor division by zero");
    }
    float_divmod(left, right).0
}

#[no_mangle]
pub extern "C-unwind" fn taipan_float_modulo(left: f64, right: f64) -> f64 {
    if right == 0.0 {
        raise(ExceptionKind::ZeroDivisionError, "float modulo");
    }
    float_divmod(left, right).1
}

/// CPython's `float_pow`, special cases included.
#[no_mangle]
pub extern "C-unwind" fn taipan_float_pow(base: f64, exponent: f64) -> f64 {
    let (x, y) = (base, exponent);
    if y == 0.0 {
        return 1.0;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return if x == 1.0 { 1.0 } else { y };
    }
    if y.is_infinite() {
        let magnitude = x.abs();
        return if magnitude == 1.0 {
            1.0
        } else if (y > 0.0) == (magnitude > 1.0) {
            y.abs()
        } else {
            0.0
        };
    }
    let y_is_odd_integer = y.abs() % 2.0 == 1.0;
    if x.is_infinite() {
        return if y > 0.0 {
            if y_is_odd_integer { x } else { x.abs() }
        } else if y_is_odd_integer {
            0.0f64.copysign(x)
        } else {
            0.0
        };
    }
    if x == 0.0 {
        if y < 0.0 {
            raise(ExceptionKind::ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        return if y_is_odd_integer { x } else { 0.0 };
    }
    let mut magnitude_base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            raise(
                ExceptionKind::ValueError,
                "negative number raised to a fractional power gives a complex number, which Taipan does not support yet",
            );
        }
        magnitude_base = -x;
        negate = y_is_odd_integer;
    }
    if magnitude_base == 1.0 {
        return if negate { -1.0 } else { 1.0 };
    }
    let result = magnitude_base.powf(y);
    if result.is_infinite() {
        raise(ExceptionKind::OverflowError, "(34, 'Numerical result out of range')");
    }
    if negate {
        -result
    } else {
        result
    }
}

#[no_mangle]
pub extern "C-unwind" fn taipan_float_round(value: f64) -> i64 {
    if value.is_nan() {
        raise(ExceptionKind::ValueError, "cannot convert float NaN to integer");
    }
    if value.is_infinite() {
        raise(ExceptionKind::OverflowError, "cannot convert float infinity to integer");
    }
    let rounded = value.round_ties_even();
    if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&rounded) {
        integer_overflow();
    }
    rounded as i64
}

/// Rounds the decimal digit string `digits` (an integer) so that its last
/// `drop` digits become zero, half to even; `beyond` says whether anything
/// nonzero follows the digits. Returns the kept digits, possibly one longer.
fn round_decimal_digits(digits: &str, drop: usize, beyond: bool) -> String {
    let (head, tail) = if drop >= digits.len() { ("", digits) } else { digits.split_at(digits.len() - drop) };
    let padded_tail = format!("{:0>width$}", tail, width = drop);
    let half = format!("5{}", "0".repeat(drop.saturating_sub(1)));
    let round_up = if drop == 0 {
        false
    } else {
        match padded_tail.as_str().cmp(half.as_str()) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => beyond || head.bytes().last().is_some_and(|d| (d - b'0') % 2 == 1),
        }
    };
    let mut kept: Vec<u8> = if head.is_empty() { vec![b'0'] } else { head.as_bytes().to_vec() };
    if round_up {
        let mut index = kept.len();
        loop {
            if index == 0 {
                kept.insert(0, b'1');
                break;
            }
            index -= 1;
            if kept[index] == b'9' {
                kept[index] = b'0';
            } else {
                kept[index] += 1;
                break;
            }
        }
    }
    String::from_utf8(kept).expect("digits are ASCII")
}

/// `round(x, ndigits)` for a float: half to even on the exact binary value, as
/// CPython's dtoa-based implementation does.
#[no_mangle]
pub extern "C-unwind" fn taipan_float_round_digits(value: f64, digits: i64) -> f64 {
    if !value.is_finite() || value == 0.0 {
        return value;
    }
    if digits > 330 {
        return value;
    }
    if digits < -330 {
        return 0.0 * value;
    }
    let magnitude = value.abs();
    // The exact decimal expansion: every double has at most 1074 fractional digits.
    let exact = format!("{:.1100}", magnitude);
    let (integer_part, fraction_part) = exact.split_once('.').expect("fixed notation has a point");
    let rounded = if digits >= 0 {
        let keep = digits as usize;
        let all_digits = format!("{integer_part}{}", &fraction_part[..keep]);
        let beyond = fraction_part[keep..].bytes().skip(1).any(|d| d != b'0');
        let next_digit = &fraction_part[keep..keep + 1];
        let kept = round_decimal_digits(&format!("{all_digits}{next_digit}"), 1, beyond);
        let (int_digits, frac_digits) = kept.split_at(kept.len() - keep);
        format!("{}.{}", if int_digits.is_empty() { "0" } else { int_digits }, frac_digits)
    } else {
        let drop = (-digits) as usize;
        let beyond = fraction_part.bytes().any(|d| d != b'0');
        let kept = round_decimal_digits(integer_part, drop, beyond);
        format!("{kept}{}", "0".repeat(drop))
    };
    let result: f64 = rounded.parse().expect("rounded digits parse as a float");
    if result.is_infinite() {
        raise(ExceptionKind::OverflowError, "rounded value too large to represent");
    }
    result.copysign(value)
}

/// `round(n, ndigits)` for an int: a no-op unless `ndigits` is negative.
#[no_mangle]
pub extern "C-unwind" fn taipan_int_round_digits(value: i64, digits: i64) -> i64 {
    if digits >= 0 {
        return value;
    }
    if digits < -38 {
        return 0;
    }
    let power = 10i128.pow((-digits) as u32);
    let value = value as i128;
    let mut quotient = value.div_euclid(power);
    let remainder = value.rem_euclid(power);
    if remainder * 2 > power || (remainder * 2 == power && quotient % 2 != 0) {
        quotient += 1;
    }
    let result = quotient * power;
    i64::try_from(result).unwrap_or_else(|_| integer_overflow())
}

/// Exact comparison of an int with a float: -1, 0 or 1, and 2 when the float
/// is NaN (every ordering comparison is then false).
#[no_mangle]
pub extern "C-unwind" fn taipan_compare_int_float(left: i64, right: f64) -> i32 {
    if right.is_nan() {
        return 2;
    }
    let ordering = if left.unsigned_abs() <= 1 << 53 {
        (left as f64).partial_cmp(&right).expect("not NaN")
    } else if right >= 9.223_372_036_854_776e18 {
        std::cmp::Ordering::Less
    } else if right < -9.223_372_036_854_776e18 {
        std::cmp::Ordering::Greater
    } else {
        let floor = right.floor();
        let floor_int = floor as i64;
        match left.cmp(&floor_int) {
            std::cmp::Ordering::Equal if floor != right => std::cmp::Ordering::Less,
            other => other,
        }
    };
    ordering as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_rounding_matches_cpython() {
        assert_eq!(taipan_float_round_digits(0.125, 2), 0.12);
        assert_eq!(taipan_float_round_digits(0.375, 2), 0.38);
        assert_eq!(taipan_float_round_digits(2.675, 2), 2.67);
        assert_eq!(taipan_float_round_digits(1234.5, -1), 1230.0);
        assert_eq!(taipan_float_round_digits(1e300, -300), 1e300);
        assert_eq!(taipan_float_round_digits(5e-324, 400), 5e-324);
        assert_eq!(taipan_float_round_digits(0.5, 0), 0.0);
        assert_eq!(taipan_float_round_digits(1.5, 0), 2.0);
        assert_eq!(taipan_float_round_digits(-2.5, 0), -2.0);
        assert_eq!(taipan_float_round_digits(99.96, 1), 100.0);
    }

    #[test]
    fn int_rounding_and_powers() {
        assert_eq!(taipan_int_round_digits(1250, -2), 1200);
        assert_eq!(taipan_int_round_digits(-1250, -2), -1200);
        assert_eq!(taipan_int_round_digits(1350, -2), 1400);
        assert_eq!(taipan_int_pow(2, 62), 1 << 62);
        assert_eq!(taipan_int_pow(-3, 3), -27);
        assert_eq!(taipan_int_pow_mod(3, -1, 7), 5);
        assert_eq!(taipan_int_pow_mod(2, 10, -7), -5);
    }

    #[test]
    fn exact_mixed_comparison_and_division() {
        let big = (1i64 << 53) + 1;
        assert_eq!(taipan_compare_int_float(big, 9007199254740992.0), 1);
        assert_eq!(taipan_compare_int_float(3, 3.5), -1);
        assert_eq!(taipan_compare_int_float(-4, -3.5), -1);
        assert_eq!(taipan_int_true_divide(7, 2), 3.5);
        assert_eq!(taipan_int_true_divide(i64::MAX, 3), 3074457345618258602.0);
        assert_eq!(taipan_int_true_divide(-(1 << 62) - 1, 1), -4611686018427387904.0);
        assert_eq!(taipan_int_true_divide(1, (1 << 60) + 1), 1.0 / 1152921504606846977.0);
        assert_eq!(taipan_int_true_divide(9007199254740993, 9007199254740995), 0.9999999999999998);
    }
}
