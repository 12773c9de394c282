//! Parameter annotations read as `hir::TypeHint`s.
//!
//! Owns the reading of an annotation's expression (or of a string
//! annotation's text, parsed as one) into the few type shapes Taipan
//! compiles: built-in scalars, containers of them, tuples, optional values
//! and class names. It does not resolve class names (typeinfer does, in the
//! function's module) or check anything: an annotation it cannot read is no
//! hint, never an error, since annotations do not change what a program
//! does.

use crate::hir::TypeHint;
use rustpython_parser::ast;
use rustpython_parser::Parse;

/// How deeply an annotation may nest before it is no hint (a string
/// annotation could otherwise hold itself only through recursion limits).
const MAX_DEPTH: usize = 8;

/// The hint an annotation gives, if it names a type `TypeHint` can say.
pub(crate) fn type_hint(annotation: &ast::Expr) -> Option<TypeHint> {
    hint_at_depth(annotation, 0)
}

fn hint_at_depth(annotation: &ast::Expr, depth: usize) -> Option<TypeHint> {
    if depth > MAX_DEPTH {
        return None;
    }
    match annotation {
        ast::Expr::Name(name) => named_hint(name.id.as_str()),
        ast::Expr::Attribute(attribute) if is_typing_module(&attribute.value) => named_hint(attribute.attr.as_str()),
        ast::Expr::Constant(constant) => match &constant.value {
            ast::Constant::None => Some(TypeHint::None),
            // A forward reference: the same annotation, written as a string.
            ast::Constant::Str(text) => {
                let parsed = ast::Expr::parse(text.trim(), "<annotation>").ok()?;
                hint_at_depth(&parsed, depth + 1)
            }
            _ => None,
        },
        ast::Expr::BinOp(binary) if matches!(binary.op, ast::Operator::BitOr) => {
            let left = hint_at_depth(&binary.left, depth + 1)?;
            let right = hint_at_depth(&binary.right, depth + 1)?;
            optional_of(left, right)
        }
        ast::Expr::Subscript(subscript) => {
            let generic = match &*subscript.value {
                ast::Expr::Name(name) => name.id.as_str(),
                ast::Expr::Attribute(attribute) if is_typing_module(&attribute.value) => attribute.attr.as_str(),
                _ => return None,
            };
            let arguments: Vec<&ast::Expr> = match &*subscript.slice {
                ast::Expr::Tuple(tuple) => tuple.elts.iter().collect(),
                single => vec![single],
            };
            let hint_of = |index: usize| arguments.get(index).and_then(|argument| hint_at_depth(argument, depth + 1));
            match (generic, arguments.len()) {
                ("list" | "List", 1) => Some(TypeHint::List(Box::new(hint_of(0)?))),
                ("set" | "Set", 1) => Some(TypeHint::Set(Box::new(hint_of(0)?))),
                ("frozenset" | "FrozenSet", 1) => Some(TypeHint::FrozenSet(Box::new(hint_of(0)?))),
                ("dict" | "Dict", 2) => Some(TypeHint::Dict(Box::new(hint_of(0)?), Box::new(hint_of(1)?))),
                ("Optional", 1) => Some(TypeHint::Optional(Box::new(hint_of(0)?))),
                ("Union", 2) => optional_of(hint_of(0)?, hint_of(1)?),
                ("tuple" | "Tuple", 2) if is_ellipsis(arguments[1]) => Some(TypeHint::VarTuple(Box::new(hint_of(0)?))),
                ("tuple" | "Tuple", count) => (0..count).map(hint_of).collect::<Option<Vec<_>>>().map(TypeHint::Tuple),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A bare name: a built-in type, or a class's name. Names that stand for
/// any value (`object`, `Any`) or for types `TypeHint` has no shape for
/// are no hint.
fn named_hint(name: &str) -> Option<TypeHint> {
    Some(match name {
        "int" => TypeHint::Int,
        "float" => TypeHint::Float,
        "bool" => TypeHint::Bool,
        "str" => TypeHint::Str,
        "None" => TypeHint::None,
        "object" | "Any" | "bytes" | "bytearray" | "complex" | "list" | "dict" | "set" | "frozenset" | "tuple" | "type" | "List" | "Dict" | "Set" | "Tuple"
        | "Iterable" | "Iterator" | "Sequence" | "Mapping" | "Callable" | "Generator" => return None,
        _ => TypeHint::Class(name.to_string()),
    })
}

/// `X | None` (either way round) as an optional X; other unions are no hint.
fn optional_of(left: TypeHint, right: TypeHint) -> Option<TypeHint> {
    match (left, right) {
        (TypeHint::None, TypeHint::None) => Some(TypeHint::None),
        (TypeHint::None, other) | (other, TypeHint::None) => Some(TypeHint::Optional(Box::new(other))),
        _ => None,
    }
}

fn is_typing_module(value: &ast::Expr) -> bool {
    matches!(value, ast::Expr::Name(name) if name.id.as_str() == "typing")
}

fn is_ellipsis(expr: &ast::Expr) -> bool {
    matches!(expr, ast::Expr::Constant(constant) if matches!(constant.value, ast::Constant::Ellipsis))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hint(text: &str) -> Option<TypeHint> {
        type_hint(&ast::Expr::parse(text, "<test>").unwrap())
    }

    #[test]
    fn annotations_read_as_hints() {
        use TypeHint::*;
        assert_eq!(hint("int"), Some(Int));
        assert_eq!(hint("list[float]"), Some(List(Box::new(Float))));
        assert_eq!(hint("typing.List[str]"), Some(List(Box::new(Str))));
        assert_eq!(hint("dict[str, list[int]]"), Some(Dict(Box::new(Str), Box::new(List(Box::new(Int))))));
        assert_eq!(hint("tuple[int, ...]"), Some(VarTuple(Box::new(Int))));
        assert_eq!(hint("tuple[int, str]"), Some(Tuple(vec![Int, Str])));
        assert_eq!(hint("'Point'"), Some(Class("Point".to_string())));
        assert_eq!(hint("Optional['Node']"), Some(Optional(Box::new(Class("Node".to_string())))));
        assert_eq!(hint("None | Node"), Some(Optional(Box::new(Class("Node".to_string())))));
        assert_eq!(hint("Union[int, None]"), Some(Optional(Box::new(Int))));
        // What it cannot say is no hint.
        assert_eq!(hint("int | str"), Option::None);
        assert_eq!(hint("list"), Option::None);
        assert_eq!(hint("Callable[[int], int]"), Option::None);
        assert_eq!(hint("Any"), Option::None);
        assert_eq!(hint("'not valid ('"), Option::None);
        assert_eq!(hint("3"), Option::None);
    }
}
