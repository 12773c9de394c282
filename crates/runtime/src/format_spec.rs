//! `format(value, spec)`: CPython's format-specification mini-language for
//! int, float, bool and str, as f-strings use it.
//!
//! Parsing follows CPython's `parse_internal_render_format_spec` and the
//! rendering its `format_long_internal`, `format_float_internal` and
//! `format_string_internal`, including their error messages. Float digits come
//! from Rust's fixed-precision formatting, which is correctly rounded with ties
//! to even like CPython's dtoa; shortest digits come from `float_repr`.

use crate::exceptions::raise;
use crate::strings::{as_str, new_str};
use taipan_abi::{ExceptionKind, StrRef};

#[derive(Debug, Default)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    coerce_negative_zero: bool,
    alternate: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

fn value_error(message: String) -> ! {
    raise(ExceptionKind::ValueError, &message)
}

/// Parses `spec` for a value of `type_name` whose default alignment is
/// `default_align`.
fn parse(spec: &str, type_name: &str, default_align: char, default_type: Option<char>) -> Spec {
    let chars: Vec<char> = spec.chars().collect();
    let mut position = 0;
    let mut result = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        result.fill = Some(chars[0]);
        result.align = Some(chars[1]);
        position = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        result.align = Some(chars[0]);
        position = 1;
    }
    if let Some(&c) = chars.get(position) {
        if matches!(c, '+' | '-' | ' ') {
            result.sign = Some(c);
            position += 1;
        }
    }
    if chars.get(position) == Some(&'z') {
        result.coerce_negative_zero = true;
        position += 1;
    }
    if chars.get(position) == Some(&'#') {
        result.alternate = true;
        position += 1;
    }
    if result.fill.is_none() && chars.get(position) == Some(&'0') {
        result.fill = Some('0');
        if result.align.is_none() && default_align == '>' {
            result.align = Some('=');
        }
        position += 1;
    }
    let width_start = position;
    while chars.get(position).is_some_and(|c| c.is_ascii_digit()) {
        position += 1;
    }
    if position > width_start {
        let digits: String = chars[width_start..position].iter().collect();
        result.width = digits.parse().unwrap_or_else(|_| value_error("Too many decimal digits in format string".to_string()));
    }
    if let Some(&c) = chars.get(position) {
        if c == ',' || c == '_' {
            result.grouping = Some(c);
            position += 1;
            if let Some(&next) = chars.get(position) {
                if next == ',' || next == '_' {
                    if next != c {
                        value_error("Cannot specify both ',' and '_'.".to_string());
                    }
                    value_error(format!("Cannot specify '{c}' with '{c}'."));
                }
            }
        }
    }
    if chars.get(position) == Some(&'.') {
        position += 1;
        let precision_start = position;
        while chars.get(position).is_some_and(|c| c.is_ascii_digit()) {
            position += 1;
        }
        if position == precision_start {
            value_error("Format specifier missing precision".to_string());
        }
        let digits: String = chars[precision_start..position].iter().collect();
        result.precision =
            Some(digits.parse().unwrap_or_else(|_| value_error("Too many decimal digits in format string".to_string())));
    }
    match chars.len() - position {
        0 => {}
        1 => result.kind = Some(chars[position]),
        _ => value_error(format!("Invalid format specifier '{spec}' for object of type '{type_name}'")),
    }
    if let Some(separator) = result.grouping {
        match result.kind.or(default_type) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if separator == '_' => {}
            Some(kind) => value_error(format!("Cannot specify '{separator}' with '{kind}'.")),
        }
    }
    result
}

/// Groups the ASCII digits `digits` every `interval` with `separator`; with
/// `minimum` > 0 (zero padding), adds leading zeros until the grouped text is
/// at least that long, never starting with a separator, as CPython does.
fn group_digits(digits: &str, separator: Option<char>, interval: usize, minimum: usize) -> String {
    let Some(separator) = separator else {
        return format!("{digits:0>minimum$}");
    };
    let grouped_length = |count: usize| count + (count.max(1) - 1) / interval;
    let mut count = digits.len();
    while grouped_length(count) < minimum {
        count += 1;
    }
    let padded = format!("{digits:0>count$}");
    let mut out = String::with_capacity(grouped_length(count));
    for (index, digit) in padded.chars().enumerate() {
        if index > 0 && (count - index).is_multiple_of(interval) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// Lays out a number: `sign` and `prefix` first, then `integer` digits
/// (grouped), then `rest` (fraction, exponent, `%`), padded to the width.
fn render_number(spec: &Spec, negative: bool, prefix: &str, integer: &str, rest: &str, interval: usize) -> String {
    let sign = if negative {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let align = spec.align.unwrap_or('>');
    let fill = spec.fill.unwrap_or(' ');
    // inf and nan have no digits to group: their zero padding is plain.
    let zero_padding = align == '=' && fill == '0' && !integer.is_empty();
    let minimum = if zero_padding {
        spec.width.saturating_sub(sign.len() + prefix.len() + rest.chars().count())
    } else {
        0
    };
    let grouped = if integer.is_empty() { String::new() } else { group_digits(integer, spec.grouping, interval, minimum) };
    let body_length = sign.len() + prefix.len() + grouped.chars().count() + rest.chars().count();
    let padding = spec.width.saturating_sub(body_length);
    let pad = |count: usize| std::iter::repeat_n(fill, count).collect::<String>();
    match align {
        '<' => format!("{sign}{prefix}{grouped}{rest}{}", pad(padding)),
        '^' => format!("{}{sign}{prefix}{grouped}{rest}{}", pad(padding / 2), pad(padding - padding / 2)),
        '=' => format!("{sign}{prefix}{}{grouped}{rest}", pad(padding)),
        _ => format!("{}{sign}{prefix}{grouped}{rest}", pad(padding)),
    }
}

fn pad_text(spec: &Spec, text: &str) -> String {
    let length = text.chars().count();
    let padding = spec.width.saturating_sub(length);
    let fill = spec.fill.unwrap_or(' ');
    let pad = |count: usize| std::iter::repeat_n(fill, count).collect::<String>();
    match spec.align.unwrap_or('<') {
        '>' => format!("{}{text}", pad(padding)),
        '^' => format!("{}{text}{}", pad(padding / 2), pad(padding - padding / 2)),
        _ => format!("{text}{}", pad(padding)),
    }
}

pub fn format_str(text: &str, spec_text: &str) -> String {
    let spec = parse(spec_text, "str", '<', Some('s'));
    match spec.kind {
        None | Some('s') => {}
        Some(kind) => value_error(format!("Unknown format code '{kind}' for object of type 'str'")),
    }
    if spec.sign.is_some() {
        value_error("Sign not allowed in string format specifier".to_string());
    }
    if spec.coerce_negative_zero {
        value_error("Negative zero coercion (z) not allowed in string format specifier".to_string());
    }
    if spec.alternate {
        value_error("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if spec.align == Some('=') {
        value_error("'=' alignment not allowed in string format specifier".to_string());
    }
    let truncated: String = match spec.precision {
        Some(precision) => text.chars().take(precision).collect(),
        None => text.to_string(),
    };
    pad_text(&spec, &truncated)
}

pub fn format_int(value: i64, spec_text: &str) -> String {
    format_integer(value, spec_text, "int")
}

/// An int (or a bool, named so in errors) under `spec_text`.
pub fn format_integer(value: i64, spec_text: &str, type_name: &str) -> String {
    let spec = parse(spec_text, type_name, '>', Some('d'));
    let kind = spec.kind.unwrap_or('d');
    match kind {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float_with(value as f64, &spec),
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        _ => value_error(format!("Unknown format code '{kind}' for object of type '{type_name}'")),
    }
    if spec.precision.is_some() {
        value_error("Precision not allowed in integer format specifier".to_string());
    }
    if spec.coerce_negative_zero {
        value_error("Negative zero coercion (z) not allowed in integer format specifier".to_string());
    }
    if kind == 'c' {
        if spec.sign.is_some() {
            value_error("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            value_error("Alternate form (#) not allowed with integer format specifier 'c'".to_string());
        }
        let character = u32::try_from(value)
            .ok()
            .filter(|code| *code <= 0x10ffff)
            .and_then(char::from_u32)
            .unwrap_or_else(|| raise(ExceptionKind::OverflowError, "%c arg not in range(0x110000)"));
        let align = match spec.align {
            None | Some('=') => '>',
            Some(other) => other,
        };
        return pad_text(&Spec { align: Some(align), ..spec }, &character.to_string());
    }
    let magnitude = value.unsigned_abs();
    let (digits, prefix, interval) = match kind {
        'b' => (format!("{magnitude:b}"), "0b", 4),
        'o' => (format!("{magnitude:o}"), "0o", 4),
        'x' => (format!("{magnitude:x}"), "0x", 4),
        'X' => (format!("{magnitude:X}"), "0X", 4),
        _ => (magnitude.to_string(), "", 3),
    };
    let prefix = if spec.alternate { prefix } else { "" };
    render_number(&spec, value < 0, prefix, &digits, "", interval)
}

pub fn format_float(value: f64, spec_text: &str) -> String {
    let spec = parse(spec_text, "float", '>', None);
    if let Some(kind) = spec.kind {
        if !matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            value_error(format!("Unknown format code '{kind}' for object of type 'float'"));
        }
    }
    format_float_with(value, &spec)
}

/// Splits `text` (digits of a non-negative number) into the integer digits
/// and the rest (fraction, exponent).
fn split_integer(text: &str) -> (&str, &str) {
    let end = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    text.split_at(end)
}

/// `d.ddde±XX` from Rust's `d.ddde-X` form.
fn python_exponent(text: &str, upper: bool) -> String {
    let (mantissa, exponent) = text.split_once('e').expect("scientific notation");
    let exponent: i32 = exponent.parse().expect("integer exponent");
    let marker = if upper { 'E' } else { 'e' };
    let sign = if exponent < 0 { '-' } else { '+' };
    format!("{mantissa}{marker}{sign}{:02}", exponent.abs())
}

/// The general ('g') format: scientific when the exponent is below -4 or at
/// least the precision, otherwise fixed; trailing zeros removed unless
/// `alternate`.
/// With `add_dot_0` (a float spec with a precision but no type), CPython
/// switches to scientific notation one exponent earlier, and keeps a digit
/// after the point in fixed notation.
fn general_format(magnitude: f64, precision: usize, alternate: bool, upper: bool, add_dot_0: bool) -> String {
    let precision = precision.max(1);
    let scientific = format!("{:.*e}", precision - 1, magnitude);
    let exponent: i32 = scientific.split_once('e').expect("scientific").1.parse().expect("exponent");
    let threshold = precision as i32 - add_dot_0 as i32;
    let mut text = if exponent < -4 || exponent >= threshold {
        python_exponent(&scientific, upper)
    } else {
        format!("{:.*}", (precision as i32 - 1 - exponent).max(0) as usize, magnitude)
    };
    if !alternate {
        let (number, exponent_part) = match text.find(['e', 'E']) {
            Some(index) => (text[..index].to_string(), text[index..].to_string()),
            None => (text.clone(), String::new()),
        };
        let number = if number.contains('.') { number.trim_end_matches('0').trim_end_matches('.').to_string() } else { number };
        text = format!("{number}{exponent_part}");
    } else if !text.contains('.') {
        match text.find(['e', 'E']) {
            Some(index) => text.insert(index, '.'),
            None => text.push('.'),
        }
    }
    text
}

fn format_float_with(value: f64, spec: &Spec) -> String {
    let kind = spec.kind;
    let upper = matches!(kind, Some('E' | 'F' | 'G'));
    let mut negative = value.is_sign_negative() && !value.is_nan();
    let magnitude = value.abs();
    let percent = kind == Some('%');
    let body = if !value.is_finite() {
        let word = if value.is_nan() { "nan" } else { "inf" };
        let word = if upper { word.to_uppercase() } else { word.to_string() };
        if percent {
            format!("{word}%")
        } else {
            word
        }
    } else {
        let precision = spec.precision.unwrap_or(6);
        match kind {
            Some('f' | 'F') => {
                let text = format!("{:.*}", precision, magnitude);
                if spec.alternate && precision == 0 {
                    format!("{text}.")
                } else {
                    text
                }
            }
            Some('%') => {
                let text = format!("{:.*}", precision, magnitude * 100.0);
                let text = if spec.alternate && precision == 0 { format!("{text}.") } else { text };
                format!("{text}%")
            }
            Some('e' | 'E') => {
                let text = python_exponent(&format!("{:.*e}", precision, magnitude), upper);
                if spec.alternate && precision == 0 {
                    let index = text.find(['e', 'E']).expect("exponent");
                    format!("{}.{}", &text[..index], &text[index..])
                } else {
                    text
                }
            }
            Some('g' | 'G' | 'n') => general_format(magnitude, precision, spec.alternate, upper, false),
            _ => match spec.precision {
                // No type: like 'g', but fixed notation keeps a digit after
                // the point; with no precision, the shortest repr.
                Some(precision) => {
                    let text = general_format(magnitude, precision, spec.alternate, false, true);
                    if text.contains(['.', 'e', 'E']) {
                        text
                    } else {
                        format!("{text}.0")
                    }
                }
                None => {
                    let mut text = crate::float_repr::float_repr(magnitude);
                    // The alternate form always shows the decimal point.
                    if spec.alternate && !text.contains('.') {
                        match text.find('e') {
                            Some(index) => text.insert(index, '.'),
                            None => text.push('.'),
                        }
                    }
                    text
                }
            },
        }
    };
    if spec.coerce_negative_zero && negative && value.is_finite() && !body.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        negative = false;
    }
    let (integer, rest) = split_integer(&body);
    render_number(spec, negative, "", integer, rest, 3)
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_format_int(value: i64, spec: StrRef) -> StrRef {
    new_str(&format_int(value, as_str(spec)))
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_format_bool(value: u8, spec: StrRef) -> StrRef {
    // An empty spec is `str(value)`; any other formats the int.
    if as_str(spec).is_empty() {
        return new_str(if value != 0 { "True" } else { "False" });
    }
    new_str(&format_integer(value as i64, as_str(spec), "bool"))
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_format_float(value: f64, spec: StrRef) -> StrRef {
    new_str(&format_float(value, as_str(spec)))
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_format_str(value: StrRef, spec: StrRef) -> StrRef {
    new_str(&format_str(as_str(value), as_str(spec)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython_examples() {
        assert_eq!(format_int(1234, "010,"), "00,001,234");
        assert_eq!(format_int(1234, "08,"), "0,001,234");
        assert_eq!(format_float(-0.0, "010,"), "-000,000.0");
        assert_eq!(format_int(1234, "#x"), "0x4d2");
        assert_eq!(format_int(1234, "+05d"), "+1234");
        assert_eq!(format_int(1234, "=^10"), "===1234===");
        assert_eq!(format_str("ab", "=^10"), "====ab====");
        assert_eq!(format_float(1234.5678, "=^10"), "1234.5678=");
        assert_eq!(format_float(1234.5678, ".3"), "1.23e+03");
        assert_eq!(format_float(-0.0, ".3"), "-0.0");
        assert_eq!(format_int(1234, "c"), "Ӓ");
        assert_eq!(format_int(1234, ".2%"), "123400.00%");
        assert_eq!(format_int(1234, "_b"), "100_1101_0010");
        assert_eq!(format_int(1234, "#010b"), "0b10011010010");
        assert_eq!(format_str("ab", "5.2s"), "ab   ");
        assert_eq!(format_float(-0.0, "=5"), "- 0.0");
        assert_eq!(format_float(-0.0, "z.1f"), "0.0");
        assert_eq!(format_float(1234.5678, "n"), "1234.57");
        assert_eq!(format_str("ab", "05"), "ab000");
        assert_eq!(format_float(0.125, ".2f"), "0.12");
        assert_eq!(format_float(1e16, ""), "1e+16");
        assert_eq!(format_float(2.0, "g"), "2");
        assert_eq!(format_float(123456789.0, "g"), "1.23457e+08");
        assert_eq!(format_float(0.0001, "g"), "0.0001");
        assert_eq!(format_float(0.00001, "g"), "1e-05");
        assert_eq!(format_float(f64::NEG_INFINITY, "z.2f"), "-inf");
        assert_eq!(format_int(65, "05c"), "0000A");
        assert_eq!(format_int(65, "=5c"), "    A");
        assert_eq!(format_float(2.5, ".0"), "2e+00");
        assert_eq!(format_float(100.0, ".3"), "1e+02");
        assert_eq!(format_float(123456789.125, ".9"), "1.23456789e+08");
        assert_eq!(format_float(-0.0, ".1"), "-0e+00");
        assert_eq!(format_float(1e16, "#"), "1.e+16");
        assert_eq!(format_float(100.0, "#.3"), "1.00e+02");
        assert_eq!(format_float(1.5, ".3"), "1.5");
    }
}
