//! Compile-time parsing of printf-style `%` templates (`"%5.2f" % x`),
//! following CPython's `unicode_format`.
//!
//! Each conversion becomes the format-spec equivalent (`%-8.3f` is `<8.3f`,
//! `%05d` is `05d`, `%#x` is `#x`), so the runtime's format-spec renderers
//! produce the text; typeinfer's `percent` planner matches conversions to
//! arguments. Malformed conversions stay in place as errors, raised where
//! CPython raises them.

use crate::hir::{PercentPart, TemplateErrorKind};

/// Parses `template`; `Err` names a construct Taipan does not compile yet.
pub fn parse_percent_template(template: &str) -> Result<Vec<PercentPart>, String> {
    let chars: Vec<char> = template.chars().collect();
    let mut parts = Vec::new();
    let mut literal = String::new();
    let mut position = 0;
    while position < chars.len() {
        let c = chars[position];
        position += 1;
        if c != '%' {
            literal.push(c);
            continue;
        }
        if chars.get(position) == Some(&'(') {
            return Err("mapping keys (`%(name)s`) in `%` templates".to_string());
        }
        let mut left = false;
        let mut sign = String::new();
        let mut alternate = false;
        let mut zero = false;
        while let Some(&flag) = chars.get(position) {
            match flag {
                '-' => left = true,
                '+' => sign = "+".to_string(),
                ' ' if sign.is_empty() => sign = " ".to_string(),
                ' ' => {}
                '#' => alternate = true,
                '0' => zero = true,
                _ => break,
            }
            position += 1;
        }
        let mut width = String::new();
        if chars.get(position) == Some(&'*') {
            return Err("`*` widths in `%` templates".to_string());
        }
        while let Some(&digit) = chars.get(position).filter(|c| c.is_ascii_digit()) {
            width.push(digit);
            position += 1;
        }
        let mut precision = None;
        if chars.get(position) == Some(&'.') {
            position += 1;
            if chars.get(position) == Some(&'*') {
                return Err("`*` precisions in `%` templates".to_string());
            }
            let mut digits = String::new();
            while let Some(&digit) = chars.get(position).filter(|c| c.is_ascii_digit()) {
                digits.push(digit);
                position += 1;
            }
            precision = Some(if digits.is_empty() { "0".to_string() } else { digits });
        }
        // One length modifier is accepted and ignored, as in CPython.
        if matches!(chars.get(position), Some('h' | 'l' | 'L')) {
            position += 1;
        }
        let Some(&kind) = chars.get(position) else {
            if !literal.is_empty() {
                parts.push(PercentPart::Literal(std::mem::take(&mut literal)));
            }
            parts.push(PercentPart::Error { kind: TemplateErrorKind::ValueError, message: "incomplete format".to_string() });
            return Ok(parts);
        };
        let kind_index = position;
        position += 1;
        if kind == '%' {
            literal.push('%');
            continue;
        }
        if !literal.is_empty() {
            parts.push(PercentPart::Literal(std::mem::take(&mut literal)));
        }
        let precision_text = precision.as_ref().map(|p| format!(".{p}")).unwrap_or_default();
        let spec = match kind {
            's' | 'r' | 'c' => format!("{}{width}{precision_text}", if left { "<" } else { ">" }),
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                if precision.is_some() && matches!(kind, 'd' | 'i' | 'u' | 'x' | 'X' | 'o') {
                    return Err("a precision on an integer `%` conversion".to_string());
                }
                let type_char = match kind {
                    'i' | 'u' => 'd',
                    other => other,
                };
                format!(
                    "{}{sign}{}{}{width}{precision_text}{type_char}",
                    if left { "<" } else { "" },
                    if alternate { "#" } else { "" },
                    if zero && !left { "0" } else { "" },
                )
            }
            'a' => return Err("the `%a` conversion".to_string()),
            other => {
                parts.push(PercentPart::Conversion {
                    kind: other,
                    spec: String::new(),
                    invalid: Some(format!("unsupported format character '{other}' (0x{:x}) at index {kind_index}", other as u32)),
                });
                continue;
            }
        };
        parts.push(PercentPart::Conversion { kind, spec, invalid: None });
    }
    if !literal.is_empty() {
        parts.push(PercentPart::Literal(literal));
    }
    Ok(parts)
}
