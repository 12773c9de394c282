//! `repr(float)` exactly as CPython prints it.
//!
//! CPython prints the shortest string that round-trips (David Gay's algorithm),
//! choosing the candidate closest to the exact value and breaking exact ties
//! to even. Ryu computes exactly those digits (Rust's own `{:e}` does not: it
//! rounds ties up, printing 1499999999999183.25 as ...183.3 where CPython
//! prints ...183.2), so this module takes Ryu's digits and lays them out by
//! CPython's rules: positional notation when the decimal exponent is in
//! [-4, 16), scientific (`1e+16`, `1e-05`) otherwise, and `.0` on integral
//! values.

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
    let (negative, digits, decimal_point) = shortest_digits(value);
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
        // Scientific notation's exponent: d.ddd * 10^exponent.
        let exponent = decimal_point - 1;
        out.push('e');
        out.push(if exponent < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exponent.abs()));
    }
    out
}

/// The sign, the shortest round-tripping significant digits (no leading or
/// trailing zeros) and the position of the decimal point: the value is
/// 0.DIGITS * 10^point.
fn shortest_digits(value: f64) -> (bool, String, i32) {
    let mut buffer = ryu::Buffer::new();
    let text = buffer.format_finite(value);
    let negative = text.starts_with('-');
    let text = text.trim_start_matches('-');
    let (mantissa, exponent) = match text.split_once('e') {
        Some((mantissa, exponent)) => (mantissa, exponent.parse::<i32>().expect("Ryu writes an integer exponent")),
        None => (text, 0),
    };
    let (integer_part, fraction_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = format!("{integer_part}{fraction_part}");
    let leading_zeros = all_digits.len() - all_digits.trim_start_matches('0').len();
    let digits = all_digits.trim_start_matches('0').trim_end_matches('0').to_string();
    let point = integer_part.len() as i32 - leading_zeros as i32 + exponent;
    (negative, digits, point)
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    // The literals are exact binary values on purpose (ties, extremes).
    #[allow(clippy::excessive_precision)]
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
            (1499999999999183.25, "1499999999999183.2"),
            (0.3, "0.3"),
            (100.0, "100.0"),
            (1.23e-18, "1.23e-18"),
            (-1.5e-5, "-1.5e-05"),
            (0.001, "0.001"),
            (123456789012345680.0, "1.2345678901234568e+17"),
        ];
        for (value, expected) in cases {
            assert_eq!(float_repr(*value), *expected, "repr of {value:e}");
        }
    }
}
