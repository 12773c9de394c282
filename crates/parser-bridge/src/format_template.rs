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
        // A field: up to the matching '}', counting nested braces.
        let field_start = position;
        let mut depth = 1;
        while position < chars.len() {
            match chars[position] {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            position += 1;
        }
        if depth > 0 {
            parts.push(error(TemplateErrorKind::ValueError, "expected '}' before end of string"));
            return Ok(());
        }
        let field: String = chars[field_start..position].iter().collect();
        position += 1;
        if !parse_field(&field, arguments, numbering, recursion_depth, parts)? {
            return Ok(());
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

/// Parses one `name!conversion:spec` field. Returns false after pushing an
/// error (formatting stops there).
fn parse_field(
    field: &str,
    arguments: &TemplateArguments,
    numbering: &mut Numbering,
    recursion_depth: u32,
    parts: &mut Vec<FormatPart>,
) -> Result<bool, String> {
    let split = field.find(['!', ':']).unwrap_or(field.len());
    let name = &field[..split];
    let mut rest = &field[split..];
    let mut conversion = Conversion::None;
    if let Some(after) = rest.strip_prefix('!') {
        let mut chars = after.chars();
        let Some(code) = chars.next() else {
            parts.push(error(TemplateErrorKind::ValueError, "end of string while looking for conversion specifier"));
            return Ok(false);
        };
        rest = chars.as_str();
        if !rest.is_empty() && !rest.starts_with(':') {
            parts.push(error(TemplateErrorKind::ValueError, "expected ':' after conversion specifier"));
            return Ok(false);
        }
        conversion = match code {
            'r' => Conversion::Repr,
            's' => Conversion::Str,
            'a' => return Err("the `!a` conversion".to_string()),
            other => {
                parts.push(error(TemplateErrorKind::ValueError, format!("Unknown conversion specifier {other}")));
                return Ok(false);
            }
        };
    }
    let spec_text = rest.strip_prefix(':').unwrap_or("");
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
    // CPython expands a spec (one level deeper) only when it holds a field.
    let mut spec = Vec::new();
    if spec_text.contains(['{', '}']) {
        parse_into(spec_text, arguments, numbering, recursion_depth - 1, &mut spec)?;
    } else if !spec_text.is_empty() {
        spec.push(FormatPart::Literal(spec_text.to_string()));
    }
    let spec_failed = spec.iter().any(|part| matches!(part, FormatPart::Error { .. }));
    parts.push(FormatPart::Field { source: FieldSource::Argument(argument), conversion, spec });
    Ok(!spec_failed)
}
