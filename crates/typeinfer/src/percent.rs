//! How a `%` template applies to its arguments' types, as CPython's
//! `unicode_format` does it: conversions take arguments left to right (a
//! tuple supplies several, any other value one), each conversion accepts
//! certain types, and leftover or missing arguments are TypeErrors. Both
//! inference (which needs to know whether the operation always raises) and
//! codegen (which emits it) follow this one plan.

use crate::types::Type;
use taipan_parser_bridge::hir::{PercentPart, TemplateErrorKind};

#[derive(Debug, Clone, PartialEq)]
pub enum PercentStep {
    Literal(String),
    /// Render argument `argument` as `render` with the format spec `spec`.
    Format { argument: usize, render: Render, spec: String },
    /// CPython raises here; nothing after it runs.
    Raise { kind: TemplateErrorKind, type_error: bool, message: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Render {
    /// `str()` (or `repr()`) of the value, then the str spec.
    Text { repr: bool },
    /// An int (a float is truncated first, as `int()` does) with an int spec.
    Integer,
    /// A float (an int is converted) with a float spec.
    Real,
    /// `%c` of a one-character str.
    CharFromStr,
    /// A numeric conversion (`%d`, `%x`, `%c`, `%f`...: the character) of a
    /// value of the dynamic tier: the runtime applies the rules of the
    /// type the box holds, and raises CPython's TypeError for the others.
    DynamicNumber(char),
}

/// The arguments a `%` right operand supplies.
pub fn percent_arguments(value: &Type) -> Vec<Type> {
    match value {
        Type::Tuple(members) => members.clone(),
        other => vec![other.clone()],
    }
}

fn type_error(message: String) -> PercentStep {
    PercentStep::Raise { kind: TemplateErrorKind::ValueError, type_error: true, message }
}

pub fn plan(parts: &[PercentPart], arguments: &[Type]) -> Vec<PercentStep> {
    let mut steps = Vec::new();
    let mut next = 0;
    for part in parts {
        match part {
            PercentPart::Literal(text) => steps.push(PercentStep::Literal(text.clone())),
            PercentPart::Error { kind, message } => {
                steps.push(PercentStep::Raise { kind: *kind, type_error: false, message: message.clone() });
                return steps;
            }
            PercentPart::Conversion { kind, spec, invalid } => {
                let Some(argument_type) = arguments.get(next) else {
                    steps.push(type_error("not enough arguments for format string".to_string()));
                    return steps;
                };
                let argument = next;
                next += 1;
                if let Some(message) = invalid {
                    steps.push(PercentStep::Raise { kind: TemplateErrorKind::ValueError, type_error: false, message: message.clone() });
                    return steps;
                }
                let name = argument_type.python_name();
                let render = match (kind, argument_type) {
                    ('s', _) => Render::Text { repr: false },
                    ('r', _) => Render::Text { repr: true },
                    (_, dynamic) if dynamic.is_dynamic() => Render::DynamicNumber(*kind),
                    ('d' | 'i' | 'u', Type::Int | Type::Bool | Type::Float) => Render::Integer,
                    ('d' | 'i' | 'u', _) => {
                        steps.push(type_error(format!("%{kind} format: a real number is required, not {name}")));
                        return steps;
                    }
                    ('x' | 'X' | 'o', Type::Int | Type::Bool) => Render::Integer,
                    ('x' | 'X' | 'o', _) => {
                        steps.push(type_error(format!("%{kind} format: an integer is required, not {name}")));
                        return steps;
                    }
                    ('c', Type::Int | Type::Bool) => Render::Integer,
                    ('c', Type::Str) => Render::CharFromStr,
                    ('c', _) => {
                        steps.push(type_error("%c requires int or char".to_string()));
                        return steps;
                    }
                    (_, Type::Int | Type::Bool | Type::Float) => Render::Real,
                    _ => {
                        steps.push(type_error(format!("must be real number, not {name}")));
                        return steps;
                    }
                };
                let spec = if *kind == 'c' && render == Render::Integer { format!("{spec}c") } else { spec.clone() };
                steps.push(PercentStep::Format { argument, render, spec });
            }
        }
    }
    if next < arguments.len() {
        steps.push(type_error("not all arguments converted during string formatting".to_string()));
    }
    steps
}
