//! Typing of calls to builtins and of str methods.
//!
//! Each rule checks what CPython would check (argument counts, accepted types)
//! and gives the result type. Calls CPython would reject with a `TypeError` that
//! no program relies on (wrong argument counts) become compile-time `type`
//! diagnostics; combinations Taipan cannot compile yet become `unsupported` ones.

use crate::types::Type;
use taipan_parser_bridge::hir::{Builtin, Expr, Keyword};
use taipan_parser_bridge::{Diagnostic, DiagnosticKind};

fn type_error(message: String, expr: &Expr) -> Diagnostic {
    Diagnostic::error(DiagnosticKind::Type, message, expr.span)
}

fn unsupported(message: String, expr: &Expr) -> Diagnostic {
    Diagnostic::unsupported(message, expr.span)
}

fn is_int_like(t: &Type) -> bool {
    matches!(t, Type::Int | Type::Bool)
}

pub(crate) fn is_printable(t: &Type) -> bool {
    match t {
        Type::Int | Type::Float | Type::Bool | Type::None | Type::Str | Type::Unknown => true,
        Type::Tuple(members) => members.iter().all(is_printable),
        Type::VarTuple(element) => is_printable(element),
        Type::List(c) | Type::Dict(c) | Type::Set(c) | Type::FrozenSet(c) => c.elements.iter().all(is_printable),
        Type::Range => true,
        Type::DictView(_, c) => c.elements.iter().all(is_printable),
        Type::Function(_) | Type::Functions(_) | Type::Closure { .. } | Type::BoundMethod { .. } | Type::Spread(_) => false,
        Type::Instance { .. } | Type::Class { .. } | Type::Generator(_) => true,
        Type::Union(_) => t.is_dynamic(),
        Type::Foreign => true,
    }
}

pub(crate) fn call_type(
    builtin: Builtin,
    expr: &Expr,
    args: &[Expr],
    arg_types: &[Type],
    keywords: &[Keyword],
    keyword_types: &[Type],
) -> Result<Type, Diagnostic> {
    let name = builtin.name();
    if arg_types.iter().chain(keyword_types).any(|t| *t == Type::Unknown) {
        // An argument never produces a value; the call is never reached.
        return Ok(Type::Unknown);
    }
    if arg_types.iter().chain(keyword_types).any(|t| t.contains_union()) {
        // The union was reported where it arose; reporting each use is noise.
        return Ok(Type::Unknown);
    }
    if let Builtin::Math(function) = builtin {
        return math_type(function, expr, arg_types, keywords);
    }
    if builtin == Builtin::SysExit {
        return match arg_types {
            [] | [Type::Int | Type::Bool | Type::Str | Type::None] if keywords.is_empty() => Ok(Type::Unknown),
            [other] if keywords.is_empty() => Err(unsupported(format!("`sys.exit` with a {} argument is not supported yet", other.python_name()), expr)),
            _ => Err(type_error(format!("exit expected at most 1 argument, got {}", arg_types.len()), expr)),
        };
    }
    if builtin != Builtin::Print && !keywords.is_empty() && !(builtin == Builtin::Round && keywords.len() == 1 && keywords[0].name == "ndigits") {
        return Err(unsupported(format!("keyword arguments to `{name}` are not supported yet"), expr));
    }
    let count = arg_types.len();
    let exactly = |n: usize| -> Result<(), Diagnostic> {
        if count != n {
            let what = if n == 1 { "exactly one argument".to_string() } else { format!("exactly {n} arguments") };
            return Err(type_error(format!("{name}() takes {what} ({count} given)"), expr));
        }
        Ok(())
    };
    let bad_argument = |t: &Type| unsupported(format!("`{name}` of a value of type {t} is not supported"), expr);
    match builtin {
        Builtin::Print => {
            for keyword in keywords {
                if keyword.name != "sep" && keyword.name != "end" {
                    return Err(unsupported(format!("`print` with `{}=` is not supported yet", keyword.name), expr));
                }
            }
            for (keyword, keyword_type) in keywords.iter().zip(keyword_types) {
                if !matches!(keyword_type, Type::Str | Type::None) {
                    return Err(type_error(
                        format!("{} must be None or a string, not {}", keyword.name, keyword_type.python_name()),
                        &keyword.value,
                    ));
                }
            }
            if let Some(t) = arg_types.iter().find(|t| !is_printable(t)) {
                return Err(bad_argument(t));
            }
            Ok(Type::None)
        }
        Builtin::Int => match arg_types {
            [] => Ok(Type::Int),
            [Type::Int | Type::Bool | Type::Float | Type::Str] => Ok(Type::Int),
            // A box: the runtime converts what it holds, or raises.
            [t] if t.is_dynamic() => Ok(Type::Int),
            [Type::Str, base] if is_int_like(base) => Ok(Type::Int),
            [t] | [t, _] => Err(bad_argument(t)),
            _ => Err(type_error(format!("int() takes at most 2 arguments ({count} given)"), expr)),
        },
        Builtin::Float => match arg_types {
            [] => Ok(Type::Float),
            [Type::Int | Type::Bool | Type::Float | Type::Str] => Ok(Type::Float),
            [t] if t.is_dynamic() => Ok(Type::Float),
            [t] => Err(bad_argument(t)),
            _ => Err(type_error(format!("float expected at most 1 argument, got {count}"), expr)),
        },
        Builtin::Str => match arg_types {
            [] => Ok(Type::Str),
            [t] if is_printable(t) => Ok(Type::Str),
            [t] => Err(bad_argument(t)),
            _ => Err(unsupported("`str` with an encoding is not supported yet".to_string(), expr)),
        },
        Builtin::Bool => match arg_types {
            [] => Ok(Type::Bool),
            [_] => Ok(Type::Bool),
            _ => Err(type_error(format!("bool expected at most 1 argument, got {count}"), expr)),
        },
        Builtin::Abs => {
            exactly(1)?;
            match &arg_types[0] {
                Type::Int | Type::Bool => Ok(Type::Int),
                Type::Float => Ok(Type::Float),
                // A value of several types: the runtime's `abs` of a box,
                // CPython's TypeError for the types that have none.
                t if t.is_dynamic() => {
                    let result = t.members().iter().fold(Type::Unknown, |result, member| match member {
                        Type::Int | Type::Bool => result.join(&Type::Int),
                        Type::Float => result.join(&Type::Float),
                        _ => result,
                    });
                    if result == Type::Unknown {
                        Err(bad_argument(t))
                    } else {
                        Ok(result)
                    }
                }
                t => Err(bad_argument(t)),
            }
        }
        Builtin::Min | Builtin::Max => {
            if count < 2 {
                return Err(unsupported(format!("`{name}` of an iterable is not supported yet; pass two or more arguments"), expr));
            }
            let first = &arg_types[0];
            if arg_types.iter().all(|t| t == first) && matches!(first, Type::Int | Type::Float | Type::Str | Type::Bool) {
                return Ok(first.clone());
            }
            // Values of several scalar types: the result is whichever wins,
            // a value of the dynamic tier (compared across types at run time).
            let joined = arg_types.iter().fold(Type::Unknown, |joined, t| joined.join(t));
            if joined.is_dynamic() && joined.members().iter().all(|t| matches!(t, Type::Int | Type::Float | Type::Str | Type::Bool | Type::None)) {
                return Ok(joined);
            }
            Err(Diagnostic::error(
                DiagnosticKind::Type,
                format!("`{name}` of values of different types may return either type"),
                expr.span,
            )
            .with_note("the dynamic tier that would hold such a result is not implemented yet; convert the arguments to one type"))
        }
        Builtin::Round => {
            let ndigits = match (arg_types.get(1), keyword_types.first()) {
                (Some(t), None) | (None, Some(t)) => Some(t),
                (None, None) => None,
                (Some(_), Some(_)) => return Err(type_error("round() got multiple values for argument 'ndigits'".to_string(), expr)),
            };
            if count == 0 || count > 2 {
                return Err(type_error(format!("round() takes at most 2 arguments ({count} given)"), expr));
            }
            match (&arg_types[0], ndigits) {
                // A box: rounded as what it holds (the runtime raises for
                // what cannot be rounded).
                (t, None | Some(Type::None)) if t.is_dynamic() => Ok(Type::Int),
                (t, Some(digits)) if t.is_dynamic() && is_int_like(digits) => {
                    let mut result = Type::Unknown;
                    for member in t.members() {
                        match member {
                            Type::Int | Type::Bool => result = result.join(&Type::Int),
                            Type::Float => result = result.join(&Type::Float),
                            _ => {}
                        }
                    }
                    Ok(result)
                }
                (Type::Float, None | Some(Type::None)) => Ok(Type::Int),
                (Type::Float, Some(t)) if is_int_like(t) => Ok(Type::Float),
                (Type::Int | Type::Bool, None | Some(Type::None)) => Ok(Type::Int),
                (Type::Int | Type::Bool, Some(t)) if is_int_like(t) => Ok(Type::Int),
                (t, _) => Err(bad_argument(t)),
            }
        }
        Builtin::Len => {
            exactly(1)?;
            match &arg_types[0] {
                Type::Str | Type::Tuple(_) => Ok(Type::Int),
                // The runtime raises CPython's TypeError for a box without a length.
                t if t.is_dynamic() => Ok(Type::Int),
                t => Err(bad_argument(t)),
            }
        }
        Builtin::Ord => {
            exactly(1)?;
            match &arg_types[0] {
                Type::Str => Ok(Type::Int),
                t => Err(bad_argument(t)),
            }
        }
        Builtin::Chr => {
            exactly(1)?;
            match &arg_types[0] {
                Type::Int | Type::Bool => Ok(Type::Str),
                t => Err(bad_argument(t)),
            }
        }
        Builtin::Divmod => {
            exactly(2)?;
            match (&arg_types[0], &arg_types[1]) {
                (a, b) if is_int_like(a) && is_int_like(b) => Ok(Type::Tuple(vec![Type::Int, Type::Int])),
                (a, b) if a.is_numeric() && b.is_numeric() => Ok(Type::Tuple(vec![Type::Float, Type::Float])),
                (a, b) => Err(type_error(
                    format!("unsupported operand type(s) for divmod(): '{}' and '{}'", a.python_name(), b.python_name()),
                    expr,
                )),
            }
        }
        Builtin::Pow => match arg_types {
            [base, exponent] => {
                match crate::operators::binary(
                    taipan_parser_bridge::hir::BinaryOp::Pow,
                    base,
                    exponent,
                    crate::infer::exponent_sign(&args[1]),
                ) {
                    crate::operators::Outcome::Value(t) => Ok(t),
                    _ => Err(bad_argument(base)),
                }
            }
            [a, b, c] if is_int_like(a) && is_int_like(b) && is_int_like(c) => Ok(Type::Int),
            [_, _, _] => Err(type_error(
                "pow() 3rd argument not allowed unless all arguments are integers".to_string(),
                expr,
            )),
            _ => Err(type_error(format!("pow expected 2 or 3 arguments, got {count}"), expr)),
        },
        Builtin::Format => match arg_types {
            // An instance's `__format__` (or object's, which refuses specs).
            [Type::Instance { .. }] | [Type::Instance { .. }, _] => Err(unsupported("`format()` of an instance is not supported yet".to_string(), expr)),
            [t] | [t, Type::Str] if is_printable(t) => Ok(Type::Str),
            [_, spec] => Err(type_error(format!("format() argument 2 must be str, not {}", spec.python_name()), expr)),
            _ => Err(type_error(format!("format expected at most 2 arguments, got {count}"), expr)),
        },
        _ => Err(unsupported(format!("this use of `{name}` is not supported yet"), expr)),
    }
}

/// Functions of the native `math` module: numbers in, a float out (ints for
/// `floor`, `ceil`, `trunc`, `gcd`, `factorial`, `isqrt`; bools for the
/// predicates).
fn math_type(function: taipan_parser_bridge::hir::MathFunction, expr: &Expr, arg_types: &[Type], keywords: &[Keyword]) -> Result<Type, Diagnostic> {
    use taipan_parser_bridge::hir::MathFunction as M;
    let name = function.name();
    if !keywords.is_empty() {
        return Err(type_error(format!("math.{name}() takes no keyword arguments"), expr));
    }
    let (min, max) = match function {
        M::Atan2 | M::Pow | M::Copysign => (2, 2),
        M::Log => (1, 2),
        M::Hypot | M::Gcd => (0, usize::MAX),
        _ => (1, 1),
    };
    let count = arg_types.len();
    if count < min || count > max {
        let message = if min == max && min == 1 {
            format!("math.{name}() takes exactly one argument ({count} given)")
        } else if min == max {
            format!("{name} expected {min} arguments, got {count}")
        } else {
            format!("{name} expected at most {max} arguments, got {count}")
        };
        return Err(type_error(message, expr));
    }
    let integer_only = matches!(function, M::Gcd | M::Factorial | M::Isqrt);
    for arg_type in arg_types {
        let accepted = if integer_only { is_int_like(arg_type) } else { arg_type.is_numeric() };
        if !accepted {
            let message = if integer_only {
                format!("'{}' object cannot be interpreted as an integer", arg_type.python_name())
            } else {
                format!("must be real number, not {}", arg_type.python_name())
            };
            return Err(type_error(message, expr));
        }
    }
    Ok(match function {
        M::Floor | M::Ceil | M::Trunc | M::Gcd | M::Factorial | M::Isqrt => Type::Int,
        M::IsNan | M::IsInf | M::IsFinite => Type::Bool,
        _ => Type::Float,
    })
}

/// The str methods Taipan compiles: name, accepted argument counts, result type.
pub const STR_METHODS: &[(&str, usize, usize, Type)] = &[
    ("upper", 0, 0, Type::Str),
    ("lower", 0, 0, Type::Str),
    ("strip", 0, 1, Type::Str),
    ("lstrip", 0, 1, Type::Str),
    ("rstrip", 0, 1, Type::Str),
    ("startswith", 1, 3, Type::Bool),
    ("endswith", 1, 3, Type::Bool),
    ("find", 1, 3, Type::Int),
    ("rfind", 1, 3, Type::Int),
    ("index", 1, 3, Type::Int),
    ("rindex", 1, 3, Type::Int),
    ("count", 1, 3, Type::Int),
    ("replace", 2, 3, Type::Str),
    ("rjust", 1, 2, Type::Str),
    ("ljust", 1, 2, Type::Str),
    ("center", 1, 2, Type::Str),
    ("isdigit", 0, 0, Type::Bool),
    ("isspace", 0, 0, Type::Bool),
    ("isalpha", 0, 0, Type::Bool),
    ("isalnum", 0, 0, Type::Bool),
    ("isdecimal", 0, 0, Type::Bool),
    ("isnumeric", 0, 0, Type::Bool),
    ("isupper", 0, 0, Type::Bool),
    ("islower", 0, 0, Type::Bool),
    ("istitle", 0, 0, Type::Bool),
    ("isidentifier", 0, 0, Type::Bool),
    ("isprintable", 0, 0, Type::Bool),
    ("isascii", 0, 0, Type::Bool),
    ("capitalize", 0, 0, Type::Str),
    ("title", 0, 0, Type::Str),
    ("swapcase", 0, 0, Type::Str),
    ("casefold", 0, 0, Type::Str),
    ("zfill", 1, 1, Type::Str),
];

pub(crate) fn method_type(receiver: &Type, name: &str, expr: &Expr, arg_types: &[Type], keywords: &[Keyword]) -> Result<Type, Diagnostic> {
    if *receiver == Type::Unknown || arg_types.contains(&Type::Unknown) {
        return Ok(Type::Unknown);
    }
    if *receiver != Type::Str {
        return Err(unsupported(format!("methods of {receiver} values are not supported yet"), expr));
    }
    if !keywords.is_empty() {
        return Err(unsupported(format!("keyword arguments to `str.{name}` are not supported yet"), expr));
    }
    let Some((_, min, max, result)) = STR_METHODS.iter().find(|(method, ..)| *method == name) else {
        return Err(unsupported(format!("the str method `{name}` is not supported yet"), expr));
    };
    let count = arg_types.len();
    if count < *min || count > *max {
        return Err(type_error(format!("str.{name}() takes from {min} to {max} arguments ({count} given)"), expr));
    }
    let expected: &[&[Type]] = match name {
        "strip" | "lstrip" | "rstrip" => &[&[Type::Str, Type::None]],
        "startswith" | "endswith" | "find" | "rfind" | "index" | "rindex" | "count" => &[&[Type::Str], &[Type::Int, Type::Bool, Type::None], &[Type::Int, Type::Bool, Type::None]],
        "replace" => &[&[Type::Str], &[Type::Str], &[Type::Int, Type::Bool]],
        "rjust" | "ljust" | "center" => &[&[Type::Int, Type::Bool], &[Type::Str]],
        "zfill" => &[&[Type::Int, Type::Bool]],
        _ => &[],
    };
    for (position, arg_type) in arg_types.iter().enumerate() {
        let prefix_tuple = position == 0
            && matches!(name, "startswith" | "endswith")
            && matches!(arg_type, Type::Tuple(members) if members.iter().all(|m| *m == Type::Str));
        if !expected[position].contains(arg_type) && !prefix_tuple {
            return Err(unsupported(
                format!("argument {} of `str.{name}` has type {arg_type}, which is not supported here", position + 1),
                expr,
            ));
        }
    }
    Ok(result.clone())
}
