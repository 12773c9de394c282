//! Typing rules of Python's operators over the static types.
//!
//! Both inference and codegen call these, so that the type inference assigns to
//! an operation and the code that implements it can never disagree. Where CPython
//! would raise `TypeError` for the operand types, the outcome carries CPython's
//! message and codegen emits the raise.

use crate::types::Type;
use taipan_parser_bridge::hir::{BinaryOp, Builtin, CompareOp, UnaryOp};

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The operation produces a value of this type.
    Value(Type),
    /// CPython raises `TypeError` with this message for these operand types.
    TypeError(String),
    /// Valid Python that Taipan does not compile yet.
    Unsupported(String),
}

/// What is statically known about the right operand of `**` when both sides are
/// ints: CPython gives an int for a non-negative exponent and a float for a
/// negative one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExponentSign {
    NonNegative,
    Negative,
    Unknown,
}

fn numeric_rank(t: &Type) -> Option<u8> {
    match t {
        Type::Bool => Some(0),
        Type::Int => Some(1),
        Type::Float => Some(2),
        _ => None,
    }
}

/// The type of `left op right`.
pub fn binary(op: BinaryOp, left: &Type, right: &Type, exponent: ExponentSign) -> Outcome {
    if *left == Type::Unknown || *right == Type::Unknown {
        return Outcome::Value(Type::Unknown);
    }
    if left.contains_union() || right.contains_union() {
        return Outcome::Value(Type::Unknown);
    }
    if left.is_dynamic() || right.is_dynamic() {
        return dynamic_binary(op, left, right, exponent);
    }
    let unsupported_operands = || {
        Outcome::TypeError(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            left.python_name(),
            right.python_name()
        ))
    };
    if let (Some(left_rank), Some(right_rank)) = (numeric_rank(left), numeric_rank(right)) {
        let widest = left_rank.max(right_rank);
        let result = match op {
            BinaryOp::TrueDiv => Type::Float,
            BinaryOp::BitAnd | BinaryOp::BitOr | BinaryOp::BitXor => {
                if widest == 2 {
                    return unsupported_operands();
                }
                if left_rank == 0 && right_rank == 0 {
                    Type::Bool
                } else {
                    Type::Int
                }
            }
            BinaryOp::LShift | BinaryOp::RShift => {
                if widest == 2 {
                    return unsupported_operands();
                }
                Type::Int
            }
            BinaryOp::Pow if widest < 2 => match exponent {
                ExponentSign::Negative => Type::Float,
                _ => Type::Int,
            },
            _ => {
                if widest == 2 {
                    Type::Float
                } else {
                    Type::Int
                }
            }
        };
        return Outcome::Value(result);
    }
    match (op, left, right) {
        (BinaryOp::Add, Type::Str, Type::Str) => Outcome::Value(Type::Str),
        (BinaryOp::Add, Type::Str, other) => {
            Outcome::TypeError(format!("can only concatenate str (not \"{}\") to str", other.python_name()))
        }
        (BinaryOp::Mul, Type::Str, Type::Int | Type::Bool) | (BinaryOp::Mul, Type::Int | Type::Bool, Type::Str) => {
            Outcome::Value(Type::Str)
        }
        (BinaryOp::Mul, Type::Str, other) | (BinaryOp::Mul, other, Type::Str) => Outcome::TypeError(format!(
            "can't multiply sequence by non-int of type '{}'",
            other.python_name()
        )),
        (BinaryOp::Mod, Type::Str, _) => Outcome::Unsupported("`%` string formatting is not supported yet".to_string()),
        (BinaryOp::Add, Type::Tuple(_), Type::Tuple(_)) | (BinaryOp::Mul, Type::Tuple(_), _) | (BinaryOp::Mul, _, Type::Tuple(_)) => {
            Outcome::Unsupported("tuple concatenation and repetition are not supported yet".to_string())
        }
        _ => unsupported_operands(),
    }
}

/// Whether the runtime's `taipan_dynamic_binary` carries out `op` on these
/// two (non-union) operand types: numbers, and str concatenation and
/// repetition. Other operations CPython has are typed statically only.
fn dynamic_runtime_handles(op: BinaryOp, left: &Type, right: &Type) -> bool {
    let numeric = |t: &Type| matches!(t, Type::Int | Type::Bool | Type::Float);
    let arithmetic = matches!(
        op,
        BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::TrueDiv | BinaryOp::FloorDiv | BinaryOp::Mod | BinaryOp::Pow
    );
    let integer = |t: &Type| matches!(t, Type::Int | Type::Bool);
    let bitwise = matches!(op, BinaryOp::BitAnd | BinaryOp::BitOr | BinaryOp::BitXor | BinaryOp::LShift | BinaryOp::RShift);
    (bitwise && integer(left) && integer(right))
        || arithmetic
        && ((numeric(left) && numeric(right))
            || (op == BinaryOp::Add && *left == Type::Str && *right == Type::Str)
            || (op == BinaryOp::Mul && matches!((left, right), (Type::Str, Type::Int | Type::Bool) | (Type::Int | Type::Bool, Type::Str))))
}

/// The longest tuple of members of several types that `+` between values
/// of the dynamic tier gives natively (the runtime raises SystemError past
/// it): the bound that keeps a variable rebound to `v + v` finitely typed.
pub const MAX_DYNAMIC_TUPLE_CONCATENATION: usize = 8;

/// The list and dict operations the runtime's `taipan_dynamic_binary`
/// carries out on boxes: `list + list` (and `+=`), `list * int`, `dict |
/// dict` (and `|=`), giving the left list's or dict's type. The two operands
/// must hold one representation (their element types equal), since the
/// runtime tells representations apart by descriptor only; other pairs of
/// lists or dicts are unsupported. `None` for anything else.
fn dynamic_container_result(op: BinaryOp, left: &Type, right: &Type) -> Option<Result<Type, String>> {
    match (op, left, right) {
        (BinaryOp::Add, Type::List(l), Type::List(r)) | (BinaryOp::BitOr, Type::Dict(l), Type::Dict(r)) => {
            if l.elements == r.elements {
                Some(Ok(left.clone()))
            } else {
                Some(Err(format!("`{}` between values that may be {left} and {right} is not supported yet", op.symbol())))
            }
        }
        // Tuples: a tuple of run-time length when every member is of one
        // type (a fixed-length result could grow without end where a
        // variable is rebound to it: `v += v`); others are left to the
        // runtime's SystemError.
        (BinaryOp::Add, Type::Tuple(l), Type::Tuple(r)) => {
            let mut members = l.iter().chain(r);
            let first = members.next()?;
            // (Instances and classes share one descriptor per kind, so the
            // runtime cannot tell their tuples apart: those stay fixed.)
            let told_apart = !first.contains_union() && !matches!(first, Type::Instance { .. } | Type::Class { .. });
            if told_apart && members.all(|member| member == first) {
                return Some(Ok(Type::VarTuple(Box::new(first.clone()))));
            }
            // Members of several types: a fixed-length tuple, up to a bound
            // that keeps `v += v` from growing the type without end.
            (l.len() + r.len() <= MAX_DYNAMIC_TUPLE_CONCATENATION).then(|| Ok(Type::Tuple(l.iter().chain(r).cloned().collect())))
        }
        (BinaryOp::Add, Type::VarTuple(l), Type::VarTuple(r)) => {
            if l == r {
                Some(Ok(left.clone()))
            } else {
                Some(Err(format!("`+` between values that may be {left} and {right} is not supported yet")))
            }
        }
        (BinaryOp::Mul, Type::VarTuple(_), Type::Int | Type::Bool) => Some(Ok(left.clone())),
        (BinaryOp::Mul, Type::Int | Type::Bool, Type::VarTuple(_)) => Some(Ok(right.clone())),
        (BinaryOp::Mul, Type::Tuple(members), Type::Int | Type::Bool) | (BinaryOp::Mul, Type::Int | Type::Bool, Type::Tuple(members)) => {
            match members.split_first() {
                Some((first, rest)) if rest.iter().all(|member| member == first) && !first.contains_union() && !matches!(first, Type::Instance { .. } | Type::Class { .. }) => {
                    Some(Ok(Type::VarTuple(Box::new(first.clone()))))
                }
                // The runtime raises its SystemError for these.
                _ => None,
            }
        }
        (BinaryOp::Mul, Type::List(_), Type::Int | Type::Bool) => Some(Ok(left.clone())),
        (BinaryOp::Mul, Type::Int | Type::Bool, Type::List(_)) => Some(Ok(right.clone())),
        _ => None,
    }
}

/// `left op right` where an operand is a value of the dynamic tier: the
/// join of what each combination of member types gives (the runtime picks
/// the combination and raises CPython's TypeError for those that fail).
/// Combinations the runtime does not carry out make the whole operation
/// unsupported; if none succeeds, the value is never produced.
fn dynamic_binary(op: BinaryOp, left: &Type, right: &Type, exponent: ExponentSign) -> Outcome {
    let mut result = Type::Unknown;
    // Set operations the runtime carries out between sets of one element
    // type; each gives the left operand's type. Two such results of
    // different types would merge into a type neither box has.
    let mut set_result: Option<Type> = None;
    for left_member in left.members() {
        for right_member in right.members() {
            let set_operator = matches!(op, BinaryOp::BitOr | BinaryOp::BitAnd | BinaryOp::Sub | BinaryOp::BitXor);
            if let (true, Type::Set(l) | Type::FrozenSet(l), Type::Set(r) | Type::FrozenSet(r)) = (set_operator, &left_member, &right_member) {
                if l.element() == r.element() {
                    // Sets of one kind and element type from different
                    // displays share a representation (their join).
                    let compatible = |known: &Type| match (known, &left_member) {
                        (Type::Set(k), Type::Set(m)) | (Type::FrozenSet(k), Type::FrozenSet(m)) => k.element() == m.element(),
                        // A set and a frozenset are told apart by their kind.
                        (Type::Set(k), Type::FrozenSet(m)) | (Type::FrozenSet(k), Type::Set(m)) => k.element() == m.element(),
                        _ => false,
                    };
                    match &set_result {
                        Some(known) if !compatible(known) => {
                            return Outcome::Unsupported(format!("`{}` between sets of several possible types ({left} and {right}) is not supported yet", op.symbol()))
                        }
                        _ => set_result = Some(left_member.clone()),
                    }
                    result = result.join(&left_member);
                }
                continue;
            }
            match dynamic_container_result(op, &left_member, &right_member) {
                Some(Ok(value)) => {
                    result = result.join(&value);
                    continue;
                }
                Some(Err(message)) => return Outcome::Unsupported(message),
                None => {}
            }
            match binary(op, &left_member, &right_member, exponent) {
                // A combination the runtime does not carry out (`str % x`,
                // `list + list`) raises its SystemError saying so, should it
                // occur: often an `isinstance` test rules it out.
                Outcome::Value(_) if !dynamic_runtime_handles(op, &left_member, &right_member) => {}
                Outcome::Value(value) => {
                    // An int ** int may be a float (a negative exponent).
                    let value = if op == BinaryOp::Pow && value == Type::Int && exponent == ExponentSign::Unknown {
                        Type::Int.join(&Type::Float)
                    } else {
                        value
                    };
                    result = result.join(&value);
                }
                Outcome::TypeError(_) | Outcome::Unsupported(_) => {}
            }
        }
    }
    Outcome::Value(result)
}

/// The type of a unary operation; `not` is handled by the caller (always bool).
pub fn unary(op: UnaryOp, operand: &Type) -> Outcome {
    if *operand == Type::Unknown || operand.contains_union() {
        return Outcome::Value(Type::Unknown);
    }
    if operand.is_dynamic() {
        return match op {
            UnaryOp::Not => Outcome::Value(Type::Bool),
            UnaryOp::Negate => {
                // The runtime negates numbers and raises CPython's TypeError
                // for the rest; what it gives is what the numbers give.
                let mut result = Type::Unknown;
                for member in operand.members() {
                    if let (Type::Int | Type::Bool | Type::Float, Outcome::Value(value)) = (&member, unary(op, &member)) {
                        result = result.join(&value);
                    }
                }
                Outcome::Value(result)
            }
            UnaryOp::Plus | UnaryOp::Invert => {
                // The runtime carries them out on numbers (`~` on ints and
                // bools) and raises CPython's TypeError for the rest.
                let mut result = Type::Unknown;
                for member in operand.members() {
                    if let (Type::Int | Type::Bool | Type::Float, Outcome::Value(value)) = (&member, unary(op, &member)) {
                        result = result.join(&value);
                    }
                }
                Outcome::Value(result)
            }
        };
    }
    match (op, operand) {
        (UnaryOp::Not, _) => Outcome::Value(Type::Bool),
        (UnaryOp::Negate | UnaryOp::Plus, Type::Int | Type::Bool) => Outcome::Value(Type::Int),
        (UnaryOp::Negate | UnaryOp::Plus, Type::Float) => Outcome::Value(Type::Float),
        (UnaryOp::Invert, Type::Int | Type::Bool) => Outcome::Value(Type::Int),
        _ => Outcome::TypeError(format!("bad operand type for {}: '{}'", op.symbol(), operand.python_name())),
    }
}

/// How a comparison between two static types is carried out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComparisonKind {
    /// Both sides are ints or bools.
    Integer,
    /// Both floats, or an int/bool and a float (compared exactly, as CPython does).
    Numeric,
    /// Both strs: code point order.
    String,
    /// The result is known from the types alone (`1 == "1"` is False,
    /// `None == None` is True, `x is None` for a non-None type is False).
    Constant(bool),
    /// Membership of a str in a str.
    Substring,
    /// Both sides have this same (non-scalar) type: the runtime's generic
    /// comparison, driven by the type's descriptor.
    Generic,
    /// `a is b` between mutable containers: pointer identity.
    Identity,
    /// `x in container` / `x not in container` for a list, tuple, dict (its
    /// keys), set, frozenset or range whose elements have x's type.
    Membership,
    /// A side is a value of the dynamic tier: both are boxed and the
    /// runtime compares them (`taipan_dynamic_compare`).
    Dynamic,
    /// `x is None` (or `is not`, negated) where x is a value of the dynamic
    /// tier: whether its box holds None.
    DynamicIsNone,
    /// `x is y` (or `is not`, negated) between two values of the dynamic
    /// tier (`taipan_dynamic_is`).
    DynamicIdentity,
    /// `x in container` where x is a value of the dynamic tier holding
    /// scalars: the membership test of each type x may hold
    /// (`dynamic_membership_member`), chosen by what the box holds.
    DynamicMembership,
}

/// How `x in container` goes for one type `member` a boxed x may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberMembership {
    /// As for a static x of that type (`compare`), TypeErrors included.
    Static,
    /// Never found: a scalar of another kind than the elements' is never
    /// equal to one of them (`"a" in [1, 2]`).
    Never,
}

/// `member in container` for one type a boxed needle may hold; an error
/// message when it cannot be told natively (numbers of different types,
/// containers, instances, whose equality crosses types).
pub fn dynamic_membership_member(member: &Type, container: &Type) -> Result<MemberMembership, String> {
    let scalar = |t: &Type| matches!(t, Type::Int | Type::Bool | Type::Float | Type::None | Type::Str);
    let numeric = |t: &Type| matches!(t, Type::Int | Type::Bool | Type::Float);
    if !scalar(member) {
        return Err(format!("`in` with a value that may be a {member} is not supported yet"));
    }
    match compare(CompareOp::In, member, container) {
        Ok(_) | Err(Outcome::TypeError(_)) => Ok(MemberMembership::Static),
        Err(_) => {
            let element = match container {
                Type::List(c) | Type::Dict(c) | Type::Set(c) | Type::FrozenSet(c) => Some(c.element().clone()),
                Type::VarTuple(element) => Some((**element).clone()),
                Type::Tuple(members) if !members.is_empty() && members.iter().all(|m| m == &members[0]) => Some(members[0].clone()),
                _ => None,
            };
            match element {
                Some(element) if scalar(&element) && !(numeric(member) && numeric(&element)) => Ok(MemberMembership::Never),
                _ => Err(format!("`in` of a {member} in a {} is not supported yet", container.python_name())),
            }
        }
    }
}

pub fn compare(op: CompareOp, left: &Type, right: &Type) -> Result<ComparisonKind, Outcome> {
    use CompareOp::*;
    if left.contains_union() || right.contains_union() || *left == Type::Unknown || *right == Type::Unknown {
        return Err(Outcome::Value(Type::Unknown));
    }
    let numeric = |t: &Type| matches!(t, Type::Int | Type::Bool | Type::Float);
    if left.is_dynamic() || right.is_dynamic() {
        return match op {
            Is | IsNot if (left.is_dynamic() && *right == Type::None) => Ok(ComparisonKind::DynamicIsNone),
            Is | IsNot if left.is_dynamic() && right.is_dynamic() => Ok(ComparisonKind::DynamicIdentity),
            // `flag is True`: True and False are singletons, so the runtime
            // compares the box's content with the bool.
            Is | IsNot if (left.is_dynamic() && *right == Type::Bool) || (*left == Type::Bool && right.is_dynamic()) => Ok(ComparisonKind::DynamicIdentity),
            Is | IsNot => Err(Outcome::Unsupported("`is` between values other than None is not supported yet".to_string())),
            In | NotIn if left.is_dynamic() && !right.is_dynamic() => {
                for member in left.members() {
                    if let Err(message) = dynamic_membership_member(&member, right) {
                        return Err(Outcome::Unsupported(message));
                    }
                }
                Ok(ComparisonKind::DynamicMembership)
            }
            In | NotIn => Err(Outcome::Unsupported(format!("`in` with a value of several possible types ({left} in {right}) is not supported yet"))),
            _ => {
                // Ordering needs the runtime's cross-type rules for each
                // combination of members it may meet.
                let supported = |t: &Type| t.is_boxable() || t.is_dynamic();
                if supported(left) && supported(right) {
                    Ok(ComparisonKind::Dynamic)
                } else {
                    Err(Outcome::Unsupported(format!("comparing a {left} with a {right} is not supported yet")))
                }
            }
        };
    }
    match op {
        Is | IsNot => {
            let negate = op == IsNot;
            return match (left, right) {
                (Type::None, Type::None) => Ok(ComparisonKind::Constant(!negate)),
                (Type::None, _) | (_, Type::None) => Ok(ComparisonKind::Constant(negate)),
                // Objects are the same object when they are the same pointer.
                (l, r) if l == r && matches!(l, Type::List(_) | Type::Dict(_) | Type::Set(_)) => Ok(ComparisonKind::Identity),
                // True and False are singletons: identity is equality.
                (Type::Bool, Type::Bool) => Ok(ComparisonKind::Integer),
                // A class is one object: its descriptor.
                (Type::Class { .. }, Type::Class { .. }) => Ok(ComparisonKind::Identity),
                _ => Err(Outcome::Unsupported("`is` between values other than None is not supported yet".to_string())),
            };
        }
        In | NotIn => {
            let element = match right {
                Type::List(c) | Type::Dict(c) | Type::Set(c) | Type::FrozenSet(c) => Some(c.element().clone()),
                Type::Range => Some(Type::Int),
                Type::VarTuple(element) => Some((**element).clone()),
                Type::DictView(0, c) => Some(c.element().clone()),
                Type::DictView(1, c) => Some(c.value().clone()),
                Type::DictView(_, c) => Some(Type::Tuple(vec![c.element().clone(), c.value().clone()])),
                Type::Tuple(members) if !members.is_empty() && members.iter().all(|m| m == &members[0]) => Some(members[0].clone()),
                _ => None,
            };
            if let Some(element) = element {
                let compatible = element == *left
                    || element == Type::Unknown
                    // Elements of the dynamic tier: the needle is boxed and
                    // compared across types (`1 in [1.0, "a"]`).
                    || (element.is_dynamic() && left.is_boxable())
                    || (matches!(right, Type::Range) && matches!(left, Type::Bool))
                    // A function among several: compared by id.
                    || (matches!(left, Type::Function(_) | Type::Functions(_)) && matches!(element, Type::Functions(_)))
                    // Instances of one class family share a representation.
                    || (matches!(left, Type::Instance { .. }) && matches!(element, Type::Instance { .. }) && !left.join(&element).contains_union())
                    // An empty display among containers of known elements.
                    || (left.is_container() && compatible_elements(left, &element))
                    // Items that are CPython objects: the needle is converted.
                    || crate::infer::foreign::native_membership(left, right);
                return if compatible {
                    Ok(ComparisonKind::Membership)
                } else if matches!(right, Type::Dict(_) | Type::Set(_) | Type::FrozenSet(_)) && matches!(left, Type::List(_) | Type::Dict(_) | Type::Set(_)) {
                    Err(Outcome::TypeError(format!("unhashable type: '{}'", left.python_name())))
                } else {
                    Err(Outcome::Unsupported(format!(
                        "looking for a value of type {left} in a {} of {element} is not supported yet",
                        right.python_name()
                    )))
                };
            }
            return match (left, right) {
                (Type::Str, Type::Str) => Ok(ComparisonKind::Substring),
                (_, Type::Str) => Err(Outcome::TypeError(format!(
                    "'in <string>' requires string as left operand, not {}",
                    left.python_name()
                ))),
                _ => Err(Outcome::Unsupported("`in` is only supported on strings so far".to_string())),
            };
        }
        _ => {}
    }
    let equality = matches!(op, Eq | NotEq);
    if matches!(left, Type::DictView(..)) || matches!(right, Type::DictView(..)) {
        // Keys and items views compare like sets, values views by identity.
        return Err(Outcome::Unsupported("comparing dict views is not supported yet".to_string()));
    }
    match (left, right) {
        (Type::Int | Type::Bool, Type::Int | Type::Bool) => Ok(ComparisonKind::Integer),
        (l, r) if numeric(l) && numeric(r) => Ok(ComparisonKind::Numeric),
        (Type::Str, Type::Str) => Ok(ComparisonKind::String),
        (Type::None, Type::None) if equality => Ok(ComparisonKind::Constant(op == Eq)),
        (Type::Tuple(l), Type::Tuple(r)) if l == r => Ok(ComparisonKind::Generic),
        // Tuples of different lengths whose members share one type compare
        // as tuples of run-time length.
        (Type::Tuple(l), Type::Tuple(r)) if l.iter().chain(r).all(|member| Some(member) == l.first().or(r.first())) => Ok(ComparisonKind::Generic),
        (Type::VarTuple(l), Type::VarTuple(r)) if l == r || **l == Type::Unknown || **r == Type::Unknown => Ok(ComparisonKind::Generic),
        (Type::VarTuple(element), Type::Tuple(members)) | (Type::Tuple(members), Type::VarTuple(element))
            if members.iter().all(|member| member == &**element) =>
        {
            Ok(ComparisonKind::Generic)
        }
        // CPython objects among other members: only CPython knows whether
        // an object equals a native value (its `__eq__`), item by item.
        (
            Type::Tuple(_) | Type::VarTuple(_) | Type::List(_) | Type::Set(_) | Type::FrozenSet(_) | Type::Dict(_),
            Type::Tuple(_) | Type::VarTuple(_) | Type::List(_) | Type::Set(_) | Type::FrozenSet(_) | Type::Dict(_),
        ) if (left.contains_foreign() || right.contains_foreign()) && left != right && !compatible_elements(left, right) =>
        {
            Err(Outcome::Unsupported("comparing containers of CPython objects with containers of other values is not supported yet".to_string()))
        }
        // Tuples or lists of different member types: the runtime compares
        // them item by item across types.
        (Type::Tuple(_) | Type::VarTuple(_), Type::Tuple(_) | Type::VarTuple(_)) | (Type::List(_), Type::List(_))
            if left.is_boxable() && right.is_boxable() && !compatible_elements(left, right) =>
        {
            Ok(ComparisonKind::Dynamic)
        }
        (Type::List(_), Type::List(_)) | (Type::Set(_) | Type::FrozenSet(_), Type::Set(_) | Type::FrozenSet(_)) if compatible_elements(left, right) => {
            Ok(ComparisonKind::Generic)
        }
        (Type::Dict(_), Type::Dict(_)) if compatible_elements(left, right) => {
            if equality {
                Ok(ComparisonKind::Generic)
            } else {
                Err(Outcome::TypeError(format!("'{}' not supported between instances of 'dict' and 'dict'", op.symbol())))
            }
        }
        (Type::Range, Type::Range) if equality => Ok(ComparisonKind::Generic),
        // Classes are equal only to themselves.
        (Type::Class { .. }, Type::Class { .. }) if equality => Ok(ComparisonKind::Identity),
        (Type::Class { .. }, _) | (_, Type::Class { .. }) if equality => Ok(ComparisonKind::Constant(op == NotEq)),
        (Type::Range, Type::Range) => Err(Outcome::TypeError(format!("'{}' not supported between instances of 'range' and 'range'", op.symbol()))),
        (Type::List(_), Type::List(_)) | (Type::Set(_) | Type::FrozenSet(_), Type::Set(_) | Type::FrozenSet(_)) | (Type::Dict(_), Type::Dict(_)) => {
            Err(Outcome::Unsupported(format!("comparing a {left} with a {right} is not supported yet")))
        }
        _ if equality => Ok(ComparisonKind::Constant(op == NotEq)),
        _ => Err(Outcome::TypeError(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            left.python_name(),
            right.python_name()
        ))),
    }
}

/// Whether two containers' elements have one representation: the same types,
/// or one side never holds an element (an empty display such as `[]`).
fn compatible_elements(left: &Type, right: &Type) -> bool {
    match (left.container(), right.container()) {
        (Some(l), Some(r)) => {
            l.elements.len() == r.elements.len()
                && l.elements.iter().zip(&r.elements).all(|(a, b)| a == b || *a == Type::Unknown || *b == Type::Unknown)
        }
        _ => false,
    }
}

/// The forward and reflected method names of a binary operator.
/// The rich comparison methods, whose presence changes what `==` and the
/// orderings do.
pub const COMPARISON_METHOD_NAMES: [&str; 6] = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];

pub fn operator_methods(op: BinaryOp) -> (&'static str, &'static str) {
    match op {
        BinaryOp::Add => ("__add__", "__radd__"),
        BinaryOp::Sub => ("__sub__", "__rsub__"),
        BinaryOp::Mul => ("__mul__", "__rmul__"),
        BinaryOp::TrueDiv => ("__truediv__", "__rtruediv__"),
        BinaryOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        BinaryOp::Mod => ("__mod__", "__rmod__"),
        BinaryOp::Pow => ("__pow__", "__rpow__"),
        BinaryOp::LShift => ("__lshift__", "__rlshift__"),
        BinaryOp::RShift => ("__rshift__", "__rrshift__"),
        BinaryOp::BitOr => ("__or__", "__ror__"),
        BinaryOp::BitXor => ("__xor__", "__rxor__"),
        BinaryOp::BitAnd => ("__and__", "__rand__"),
    }
}

/// A rich comparison's method and its reflection (CPython swaps `<` and `>`).
pub fn compare_methods(op: CompareOp) -> (&'static str, &'static str) {
    match op {
        CompareOp::Eq => ("__eq__", "__eq__"),
        CompareOp::NotEq => ("__ne__", "__ne__"),
        CompareOp::Lt => ("__lt__", "__gt__"),
        CompareOp::LtE => ("__le__", "__ge__"),
        CompareOp::Gt => ("__gt__", "__lt__"),
        CompareOp::GtE => ("__ge__", "__le__"),
        _ => ("", ""),
    }
}

/// Whether a value of the static type `t` is an instance of the built-in
/// class `class` (`isinstance(x, int)` is true of bools too); false for a
/// builtin that is not a class.
pub fn is_instance_of_builtin(t: &Type, class: Builtin) -> bool {
    matches!(
        (class, t),
        (Builtin::Int, Type::Int | Type::Bool)
            | (Builtin::Float, Type::Float)
            | (Builtin::Str, Type::Str)
            | (Builtin::Bool, Type::Bool)
            | (Builtin::List, Type::List(_))
            | (Builtin::Tuple, Type::Tuple(_) | Type::VarTuple(_))
            | (Builtin::Dict, Type::Dict(_))
            | (Builtin::Set, Type::Set(_))
            | (Builtin::FrozenSet, Type::FrozenSet(_))
            | (Builtin::Range, Type::Range)
    )
}
