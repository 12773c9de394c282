//! `repr(float)` exactly as CPython prints it.
//!
//! CPython prints the shortest string that round-trips (David Gay's algorithm);
//! Rust's `{:e}` formatting produces the same shortest digits, so this module
//! only lays the digits out by CPython's rules: positional notation when the
//! decimal exponent is in [-4, 16), scientific (`1e+16`, `1e-05`) otherwise, and
//! a `.0` on integral values.

pub fn float_repr(value: f64) -> String {
    if value.is_nan() {
        return "nan".to_string();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf".to_string() } else { "-inf".to_string() };
    }
    if value == 0.0 {
        return if value.is_sign_negative() { "-0.0".to_string() } else { "0.0".to_string() };
    }
    let scientific = format!("{:e}", value);
    let (mantissa, exponent) = scientific.split_once('e').expect("`{:e}` always has an exponent");
    let exponent: i32 = exponent.parse().expect("`{:e}` exponent is an integer");
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    // The decimal point sits after `decimal_point` digits: value = 0.DIGITS * 10^decimal_point.
    let decimal_point = exponent + 1;
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if decimal_point > -4 && decimal_point <= 16 {
        if decimal_point <= 0 {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-decimal_point) as usize));
            out.push_str(&digits);
        } else if decimal_point as usize >= digits.len() {
            out.push_str(&digits);
            out.extend(std::iter::repeat_n('0', decimal_point as usize - digits.len()));
            out.push_str(".0");
        } else {
            out.push_str(&digits[..decimal_point as usize]);
            out.push('.');
            out.push_str(&digits[decimal_point as usize..]);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exponent < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exponent.abs()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    fn matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-7, "1e-07"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (2.0, "2.0"),
            (-0.0, "-0.0"),
            (1.0 / 3.0, "0.3333333333333333"),
            (123456789.123, "123456789.123"),
            (1e22, "1e+22"),
            (5e-324, "5e-324"),
            (1.5e300, "1.5e+300"),
            (-2.5, "-2.5"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (1234567890123456.7, "1234567890123456.8"),
            (9007199254740993.0, "9007199254740992.0"),
        ];
        for (value, expected) in cases {
            assert_eq!(float_repr(*value), *expected, "repr of {value:e}");
        }
    }
}
