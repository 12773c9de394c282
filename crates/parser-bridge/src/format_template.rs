//! Compile-time parsing of `str.format` templates, following CPython's
//! `MarkupIterator` (Objects/stringlib/unicode_format.h).
//!
//! A literal template becomes the same `FormatPart`s an f-string lowers to,
//! with each field referring to an argument of the call. Errors CPython
//! raises while formatting (a lone brace, a bad conversion, a missing
//! argument) become `FormatPart::Error` at the point where CPython would
//! raise, after the fields before it.

use crate::hir::{Conversion, FieldSource, FormatPart, TemplateErrorKind};

/// What the template refers to: positional arguments by count, keywords by name.
pub struct TemplateArguments<'a> {
    pub positional: usize,
    pub keywords: &'a [String],
}

#[derive(Default)]
struct Numbering {
    automatic_next: usize,
    used_automatic: bool,
    used_manual: bool,
}

/// Parses `template`; `Err` names a construct Taipan does not compile yet.
pub fn parse_template(template: &str, arguments: &TemplateArguments) -> Result<Vec<FormatPart>, String> {
    let mut numbering = Numbering::default();
    let mut parts = Vec::new();
    parse_into(template, arguments, &mut numbering, 2, &mut parts)?;
    Ok(parts)
}

fn error(kind: TemplateErrorKind, message: impl Into<String>) -> FormatPart {
    FormatPart::Error { kind, message: message.into() }
}

fn parse_into(
    template: &str,
    arguments: &TemplateArguments,
    numbering: &mut Numbering,
    recursion_depth: u32,
    parts: &mut Vec<FormatPart>,
) -> Result<(), String> {
    if recursion_depth == 0 {
        parts.push(error(TemplateErrorKind::ValueError, "Max string recursion exceeded"));
        return Ok(());
    }
    let chars: Vec<char> = template.chars().collect();
    let mut position = 0;
    let mut literal = String::new();
    while position < chars.len() {
        let c = chars[position];
        position += 1;
        if c != '{' && c != '}' {
            literal.push(c);
            continue;
        }
        let at_end = position >= chars.len();
        if c == '}' && (at_end || chars[position] != '}') {
            flush(&mut literal, parts);
            parts.push(error(TemplateErrorKind::ValueError, "Single '}' encountered in format string"));
            return Ok(());
        }
        if at_end {
            flush(&mut literal, parts);
            parts.push(error(TemplateErrorKind::ValueError, "Single '{' encountered in format string"));
            return Ok(());
        }
        if chars[position] == c {
            // `{{` or `}}`: an escaped brace.
            literal.push(c);
            position += 1;
            continue;
        }
        flush(&mut literal, parts);
        match scan_field(&chars, &mut position) {
            Ok(field) => {
                if !resolve_field(field, arguments, numbering, recursion_depth, parts)? {
                    return Ok(());
                }
            }
            Err(message) => {
                parts.push(error(TemplateErrorKind::ValueError, message));
                return Ok(());
            }
        }
    }
    flush(&mut literal, parts);
    Ok(())
}

fn flush(literal: &mut String, parts: &mut Vec<FormatPart>) {
    if !literal.is_empty() {
        parts.push(FormatPart::Literal(std::mem::take(literal)));
    }
}

/// A field as CPython's `parse_field` reads it from the template.
struct ScannedField {
    name: String,
    conversion: Option<char>,
    spec: String,
}

/// Reads a field starting just after its `{`, as CPython's `parse_field`
/// does: the name ends at `}`, `:` or `!`; a conversion is one character,
/// followed by `}` or `:`; the spec runs to the `}` matching the field's `{`.
fn scan_field(chars: &[char], position: &mut usize) -> Result<ScannedField, &'static str> {
    let name_start = *position;
    let mut terminator = None;
    while *position < chars.len() {
        let c = chars[*position];
        *position += 1;
        match c {
            '{' => return Err("unexpected '{' in field name"),
            '[' => {
                while *position < chars.len() && chars[*position] != ']' {
                    *position += 1;
                }
            }
            '}' | ':' | '!' => {
                terminator = Some(c);
                break;
            }
            _ => {}
        }
    }
    let name_end = if terminator.is_some() { *position - 1 } else { *position };
    let name: String = chars[name_start..name_end].iter().collect();
    match terminator {
        Some('}') => return Ok(ScannedField { name, conversion: None, spec: String::new() }),
        None => return Err("expected '}' before end of string"),
        _ => {}
    }
    let mut conversion = None;
    if terminator == Some('!') {
        let Some(&code) = chars.get(*position) else {
            return Err("end of string while looking for conversion specifier");
        };
        *position += 1;
        conversion = Some(code);
        if let Some(&next) = chars.get(*position) {
            *position += 1;
            if next == '}' {
                return Ok(ScannedField { name, conversion, spec: String::new() });
            }
            if next != ':' {
                return Err("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = *position;
    let mut depth = 1;
    while *position < chars.len() {
        let c = chars[*position];
        *position += 1;
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    let spec = chars[spec_start..*position - 1].iter().collect();
                    return Ok(ScannedField { name, conversion, spec });
                }
            }
            _ => {}
        }
    }
    Err("unmatched '{' in format spec")
}

/// Looks the field's argument up, then checks its conversion, then expands
/// its spec: CPython's order. Returns false after pushing an error
/// (formatting stops there).
fn resolve_field(
    field: ScannedField,
    arguments: &TemplateArguments,
    numbering: &mut Numbering,
    recursion_depth: u32,
    parts: &mut Vec<FormatPart>,
) -> Result<bool, String> {
    let name = field.name.as_str();
    if name.contains(['.', '[']) {
        return Err("attribute and index lookups in format fields".to_string());
    }
    let source = if name.is_empty() {
        if numbering.used_manual {
            parts.push(error(
                TemplateErrorKind::ValueError,
                "cannot switch from manual field specification to automatic field numbering",
            ));
            return Ok(false);
        }
        numbering.used_automatic = true;
        let index = numbering.automatic_next;
        numbering.automatic_next += 1;
        Some(index)
    } else if name.bytes().all(|b| b.is_ascii_digit()) {
        if numbering.used_automatic {
            parts.push(error(
                TemplateErrorKind::ValueError,
                "cannot switch from automatic field numbering to manual field specification",
            ));
            return Ok(false);
        }
        numbering.used_manual = true;
        Some(name.parse::<usize>().unwrap_or(usize::MAX))
    } else {
        None
    };
    let argument = match source {
        Some(index) if index < arguments.positional => index,
        Some(index) => {
            parts.push(error(
                TemplateErrorKind::IndexError,
                format!("Replacement index {index} out of range for positional args tuple"),
            ));
            return Ok(false);
        }
        None => match arguments.keywords.iter().position(|keyword| keyword == name) {
            Some(position) => arguments.positional + position,
            None => {
                parts.push(error(TemplateErrorKind::KeyError, name));
                return Ok(false);
            }
        },
    };
    let conversion = match field.conversion {
        None => Conversion::None,
        Some('r') => Conversion::Repr,
        Some('s') => Conversion::Str,
        Some('a') => return Err("the `!a` conversion".to_string()),
        Some(other) => {
            parts.push(error(TemplateErrorKind::ValueError, format!("Unknown conversion specifier {other}")));
            return Ok(false);
        }
    };
    // CPython expands a spec (one level deeper) only when it holds a field.
    let mut spec = Vec::new();
    if field.spec.contains(['{', '}']) {
        parse_into(&field.spec, arguments, numbering, recursion_depth - 1, &mut spec)?;
    } else if !field.spec.is_empty() {
        spec.push(FormatPart::Literal(field.spec.clone()));
    }
    let spec_failed = spec.iter().any(|part| matches!(part, FormatPart::Error { .. }));
    parts.push(FormatPart::Field { source: FieldSource::Argument(argument), conversion, spec });
    Ok(!spec_failed)
}
