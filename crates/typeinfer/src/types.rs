//! The type lattice inference works over.
//!
//! `Unknown` is the bottom: "no value has reached here yet", and after the
//! fixpoint "this never produces a value" (the expression always raises, or the
//! function never returns). `join` is the least upper bound; two different
//! concrete types join to a `Union`, which the static tier reports and a later
//! dynamic tier will represent as a boxed value. Ints never silently widen to
//! floats: `0` and `0.5` in one variable is a union, because printing or dividing
//! the int would otherwise give a different answer from CPython's.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Type {
    Unknown,
    Int,
    Float,
    Bool,
    None,
    Str,
    Tuple(Vec<Type>),
    /// Several incompatible types; members are sorted and never nested.
    Union(Vec<Type>),
}

impl Type {
    pub fn join(&self, other: &Type) -> Type {
        match (self, other) {
            (Type::Unknown, other) | (other, Type::Unknown) => other.clone(),
            (left, right) if left == right => left.clone(),
            (Type::Tuple(left), Type::Tuple(right)) if left.len() == right.len() => {
                let joined: Vec<Type> = left.iter().zip(right).map(|(l, r)| l.join(r)).collect();
                if joined.iter().any(|t| matches!(t, Type::Union(_))) {
                    Type::union_of(vec![self.clone(), other.clone()])
                } else {
                    Type::Tuple(joined)
                }
            }
            _ => Type::union_of(vec![self.clone(), other.clone()]),
        }
    }

    fn union_of(types: Vec<Type>) -> Type {
        let mut members: Vec<Type> = Vec::new();
        for t in types {
            match t {
                Type::Union(inner) => members.extend(inner),
                Type::Unknown => {}
                other => members.push(other),
            }
        }
        members.sort();
        members.dedup();
        if members.len() == 1 {
            members.pop().unwrap()
        } else {
            Type::Union(members)
        }
    }

    /// Whether some part of a value of this type is never produced (so the
    /// value itself never is).
    pub fn contains_never(&self) -> bool {
        match self {
            Type::Unknown => true,
            Type::Tuple(elements) => elements.iter().any(Type::contains_never),
            _ => false,
        }
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, Type::Int | Type::Float | Type::Bool)
    }

    /// Whether the type contains a union anywhere, which the static tier cannot
    /// represent.
    pub fn contains_union(&self) -> bool {
        match self {
            Type::Union(_) => true,
            Type::Tuple(elements) => elements.iter().any(Type::contains_union),
            _ => false,
        }
    }

    /// The name CPython's error messages use (`type(x).__name__`).
    pub fn python_name(&self) -> String {
        match self {
            Type::Unknown => "object".to_string(),
            Type::Int => "int".to_string(),
            Type::Float => "float".to_string(),
            Type::Bool => "bool".to_string(),
            Type::None => "NoneType".to_string(),
            Type::Str => "str".to_string(),
            Type::Tuple(_) => "tuple".to_string(),
            Type::Union(_) => "object".to_string(),
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Unknown => write!(f, "never"),
            Type::Int => write!(f, "int"),
            Type::Float => write!(f, "float"),
            Type::Bool => write!(f, "bool"),
            Type::None => write!(f, "None"),
            Type::Str => write!(f, "str"),
            Type::Tuple(elements) => {
                write!(f, "tuple[")?;
                for (index, element) in elements.iter().enumerate() {
                    if index > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{element}")?;
                }
                if elements.is_empty() {
                    write!(f, "()")?;
                }
                write!(f, "]")
            }
            Type::Union(members) => {
                for (index, member) in members.iter().enumerate() {
                    if index > 0 {
                        write!(f, " | ")?;
                    }
                    write!(f, "{member}")?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_is_least_upper_bound() {
        assert_eq!(Type::Unknown.join(&Type::Int), Type::Int);
        assert_eq!(Type::Int.join(&Type::Int), Type::Int);
        assert_eq!(Type::Int.join(&Type::Float), Type::Union(vec![Type::Int, Type::Float]));
        assert_eq!(
            Type::Tuple(vec![Type::Int, Type::Unknown]).join(&Type::Tuple(vec![Type::Int, Type::Str])),
            Type::Tuple(vec![Type::Int, Type::Str])
        );
        let union = Type::Int.join(&Type::Str);
        assert_eq!(union.join(&Type::Int), union);
        assert_eq!(union.to_string(), "int | str");
    }
}
