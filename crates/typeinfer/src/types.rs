//! The type lattice inference works over.
//!
//! `Unknown` is the bottom: "no value has reached here yet", and after the
//! fixpoint "this never produces a value" (the expression always raises, or the
//! function never returns). `join` is the least upper bound; two different
//! concrete types join to a `Union`, which the static tier reports and a later
//! dynamic tier will represent as a boxed value. Ints never silently widen to
//! floats: `0` and `0.5` in one variable is a union, because printing or dividing
//! the int would otherwise give a different answer from CPython's.

use std::cell::RefCell;
use std::fmt;

thread_local! {
    /// Each class's MRO (itself first), as class ids: `join` needs the
    /// class hierarchy to join instances of two classes into their common
    /// base. Installed by `infer_program` for the program being inferred.
    static CLASS_MROS: RefCell<Vec<Vec<u32>>> = const { RefCell::new(Vec::new()) };
}

thread_local! {
    /// The classes whose instances and class values cross into CPython as
    /// themselves: an extension module's exported classes, which are
    /// CPython types (`may_cross`). Empty for a program. Installed by
    /// `infer_program` for the program being inferred; codegen asks the
    /// same questions of the same program afterwards.
    static CROSSING_CLASSES: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
}

/// Installs the classes that cross into CPython (see `CROSSING_CLASSES`).
pub fn install_crossing_classes(classes: Vec<u32>) {
    CROSSING_CLASSES.with(|cell| *cell.borrow_mut() = classes);
}

/// Whether instances and the class value of `class` cross into CPython as
/// themselves (its CPython type and wrappers).
pub fn class_crosses(class: u32) -> bool {
    CROSSING_CLASSES.with(|cell| cell.borrow().contains(&class))
}

/// Installs the class hierarchy `join` uses (see `CLASS_MROS`).
pub fn install_class_hierarchy(mros: Vec<Vec<u32>>) {
    CLASS_MROS.with(|cell| *cell.borrow_mut() = mros);
}

/// The most derived class both `left` and `right` derive from (or are): the
/// first class of `left`'s MRO that is in `right`'s.
fn common_base(left: u32, right: u32) -> Option<u32> {
    CLASS_MROS.with(|cell| {
        let mros = cell.borrow();
        let left_mro = mros.get(left as usize)?;
        let right_mro = mros.get(right as usize)?;
        left_mro.iter().copied().find(|class| right_mro.contains(class))
    })
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Type {
    Unknown,
    Int,
    Float,
    Bool,
    None,
    Str,
    Tuple(Vec<Type>),
    List(Container),
    Dict(Container),
    Set(Container),
    FrozenSet(Container),
    /// A tuple whose length is known only at run time (`tuple(iterable)`,
    /// or tuples of one member type but different lengths in one place).
    VarTuple(Box<Type>),
    /// A `range` object used as a value.
    Range,
    /// `d.keys()` (0), `d.values()` (1) or `d.items()` (2) used as a value: a
    /// live view of the dict, represented by the dict itself.
    DictView(u8, Container),
    /// A function (a `def` or a `lambda`) used as a value, e.g. as `key=`.
    Function(u32),
    /// A bound method `obj.name` used as a value: at run time the receiver
    /// (an instance of `class`, or a subclass), the method chosen by its
    /// class when called, as `obj.name(...)` would be.
    BoundMethod { class: u32, name: String },
    /// Only in the argument types of a call: a `*sequence` argument of
    /// run-time length, with its element type. Binding turns it into
    /// `ArgumentSource::FromSpread` and `VarPositionalSpread` parameters.
    Spread(Box<Type>),
    /// One of several plain functions (module-level `def`s that are no
    /// closures), sorted by id: what a list of different functions holds.
    /// At run time, the function's id as an int.
    Functions(Vec<u32>),
    /// A closure (`Function::is_closure`) used as a value: the function, and
    /// the instance of the enclosing function whose call's frame is its
    /// environment (an engine instance id: `TypedProgram::environment_instance`
    /// gives the final one). At run time the value is that frame.
    Closure { function: u32, environment: u32 },
    /// An instance of the program's class `class` (a `ClassId`) or of one
    /// of its subclasses: a pointer to the object. With `or_none` the value
    /// may also be None (a null pointer), as a `self.next = None` link is.
    Instance { class: u32, or_none: bool },
    /// A class used as a value (a class's name, or `type(e)` in a `with`
    /// statement's call of `__exit__`): the class or one of its subclasses.
    /// At run time, a pointer to the class's descriptor.
    Class { class: u32 },
    /// A generator: what calling a generator function (or evaluating a
    /// generator expression as a value) gives. Its container's slots are the
    /// type of the values it yields and of the value it returns; during
    /// inference its sites are the generator functions' instances. At run
    /// time, the coroutine frame (see codegen's `generators`).
    Generator(Container),
    /// An object of the embedded CPython (tier 3): what an imported module
    /// that CPython provides is, and whatever operations on such an object
    /// give. At run time a pointer to a collector-owned handle that holds a
    /// reference to the `PyObject` (see taipan-vm). Immutable native values
    /// (`Type::crosses_by_conversion`) joined with one are converted, so
    /// the join is `Foreign` again.
    Foreign,
    /// Several incompatible types; members are sorted and never nested.
    Union(Vec<Type>),
}

/// A container's element types. During inference a container type names the
/// allocation sites its values may come from (`sites`), and the element types
/// live in the engine's site table, so that every alias of a list sees what
/// any of them appends. After the fixpoint every type is rewritten to the
/// structural form, `sites` empty and `elements` holding the element type (the
/// key then value type for a dict), which is all codegen sees.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Container {
    pub sites: Vec<u32>,
    pub elements: Vec<Type>,
}

impl Container {
    pub fn from_sites(sites: Vec<u32>) -> Container {
        Container { sites, elements: Vec::new() }
    }

    pub fn structural(elements: Vec<Type>) -> Container {
        Container { sites: Vec::new(), elements }
    }

    pub fn element(&self) -> &Type {
        self.elements.first().unwrap_or(&Type::Unknown)
    }

    pub fn value(&self) -> &Type {
        self.elements.get(1).unwrap_or(&Type::Unknown)
    }

    fn merged(&self, other: &Container) -> Container {
        let mut sites = self.sites.clone();
        sites.extend(other.sites.iter().copied());
        sites.sort_unstable();
        sites.dedup();
        let elements = if self.elements.len() == other.elements.len() {
            self.elements.iter().zip(&other.elements).map(|(l, r)| l.join(r)).collect()
        } else if self.elements.is_empty() {
            other.elements.clone()
        } else {
            self.elements.clone()
        };
        Container { sites, elements }
    }
}

impl Type {
    pub fn join(&self, other: &Type) -> Type {
        match (self, other) {
            (Type::Unknown, other) | (other, Type::Unknown) => other.clone(),
            (left, right) if left == right => left.clone(),
            (Type::Foreign, other) | (other, Type::Foreign) if other.crosses_by_conversion() => Type::Foreign,
            (Type::None, Type::Instance { class, .. }) | (Type::Instance { class, .. }, Type::None) => {
                Type::Instance { class: *class, or_none: true }
            }
            (Type::Instance { class: left, or_none: left_none }, Type::Instance { class: right, or_none: right_none }) => {
                match common_base(*left, *right) {
                    Some(class) => Type::Instance { class, or_none: *left_none || *right_none },
                    None => Type::union_of(vec![self.clone(), other.clone()]),
                }
            }
            (Type::Function(_) | Type::Functions(_), Type::Function(_) | Type::Functions(_)) => {
                let ids = |t: &Type| match t {
                    Type::Function(function) => vec![*function],
                    Type::Functions(functions) => functions.clone(),
                    _ => Vec::new(),
                };
                let mut functions = ids(self);
                functions.extend(ids(other));
                functions.sort_unstable();
                functions.dedup();
                Type::Functions(functions)
            }
            (Type::BoundMethod { class: left, name: left_name }, Type::BoundMethod { class: right, name: right_name }) if left_name == right_name => {
                match common_base(*left, *right) {
                    Some(class) => Type::BoundMethod { class, name: left_name.clone() },
                    None => Type::union_of(vec![self.clone(), other.clone()]),
                }
            }
            (Type::Class { class: left }, Type::Class { class: right }) => match common_base(*left, *right) {
                Some(class) => Type::Class { class },
                None => Type::union_of(vec![self.clone(), other.clone()]),
            },
            (Type::List(left), Type::List(right)) => Type::List(left.merged(right)),
            (Type::Dict(left), Type::Dict(right)) => Type::Dict(left.merged(right)),
            (Type::Set(left), Type::Set(right)) => Type::Set(left.merged(right)),
            (Type::FrozenSet(left), Type::FrozenSet(right)) => Type::FrozenSet(left.merged(right)),
            (Type::DictView(l, left), Type::DictView(r, right)) if l == r => Type::DictView(*l, left.merged(right)),
            (Type::Generator(left), Type::Generator(right)) => Type::Generator(left.merged(right)),
            (Type::Tuple(left), Type::Tuple(right)) if left.len() != right.len() => {
                // Tuples of one member type and different lengths: a tuple of
                // any length.
                let members = left.iter().chain(right).fold(Type::Unknown, |joined, member| joined.join(member));
                if members.contains_union() {
                    Type::union_of(vec![self.clone(), other.clone()])
                } else {
                    Type::VarTuple(Box::new(members))
                }
            }
            (Type::VarTuple(element), Type::Tuple(members)) | (Type::Tuple(members), Type::VarTuple(element)) => {
                let joined = members.iter().fold((**element).clone(), |joined, member| joined.join(member));
                if joined.contains_union() {
                    Type::union_of(vec![self.clone(), other.clone()])
                } else {
                    Type::VarTuple(Box::new(joined))
                }
            }
            (Type::VarTuple(left), Type::VarTuple(right)) => {
                let joined = left.join(right);
                if joined.contains_union() {
                    Type::union_of(vec![self.clone(), other.clone()])
                } else {
                    Type::VarTuple(Box::new(joined))
                }
            }
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
        // Two containers of one kind stay two members unless they are the
        // same type: merging their allocation sites here would claim one
        // element type for objects created with different ones (only
        // `unify_sites_in`, at a binding, may make sites share a type).
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

    pub fn is_container(&self) -> bool {
        matches!(self, Type::List(_) | Type::Dict(_) | Type::Set(_) | Type::FrozenSet(_))
    }

    pub fn container(&self) -> Option<&Container> {
        match self {
            Type::List(c) | Type::Dict(c) | Type::Set(c) | Type::FrozenSet(c) => Some(c),
            _ => None,
        }
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, Type::Int | Type::Float | Type::Bool)
    }

    /// Whether the type contains a union that no tier can represent: one
    /// with a member the dynamic tier cannot box (see `is_boxable`). Unions
    /// of boxable types are ordinary types from here on: their values are
    /// boxes (`taipan_abi::DynamicBox`).
    pub fn contains_union(&self) -> bool {
        match self {
            Type::Union(members) => !members.iter().all(Type::is_boxable),
            Type::Tuple(elements) => elements.iter().any(Type::contains_union),
            Type::VarTuple(element) => element.contains_union(),
            Type::List(c) | Type::Dict(c) | Type::Set(c) | Type::FrozenSet(c) | Type::DictView(_, c) | Type::Generator(c) => {
                c.elements.iter().any(Type::contains_union)
            }
            _ => false,
        }
    }

    /// Whether a value of this type can live in a box of the dynamic tier:
    /// it has a run-time descriptor, and so a 64-bit slot and the generic
    /// operations of the runtime's `values`.
    pub fn is_boxable(&self) -> bool {
        match self {
            Type::Int | Type::Float | Type::Bool | Type::None | Type::Str | Type::Instance { .. } | Type::BoundMethod { .. } => true,
            Type::Tuple(members) => members.iter().all(|m| m.is_boxable() || m.is_dynamic()),
            Type::VarTuple(element) => !element.contains_union(),
            Type::List(c) | Type::Dict(c) | Type::Set(c) | Type::FrozenSet(c) => c.elements.iter().all(|e| !e.contains_union()),
            _ => false,
        }
    }

    /// Whether any part of the type is a union, representable or not: a
    /// value that is, or holds, boxes of the dynamic tier.
    pub fn contains_any_union(&self) -> bool {
        match self {
            Type::Union(_) => true,
            Type::Tuple(elements) => elements.iter().any(Type::contains_any_union),
            Type::VarTuple(element) => element.contains_any_union(),
            Type::List(c) | Type::Dict(c) | Type::Set(c) | Type::FrozenSet(c) | Type::DictView(_, c) | Type::Generator(c) => {
                c.elements.iter().any(Type::contains_any_union)
            }
            _ => false,
        }
    }

    /// What iterating a value of the dynamic tier gives: the join of what
    /// iterating each of its iterable types gives (a str's characters, a
    /// container's elements, a dict's keys); `None` when none is iterable.
    /// The runtime (`taipan_dynamic_next`) raises for the others.
    pub fn dynamic_iteration_element(&self) -> Option<Type> {
        let mut element: Option<Type> = None;
        for member in self.members() {
            let item = match &member {
                Type::Str => Type::Str,
                Type::List(c) | Type::Set(c) | Type::FrozenSet(c) | Type::Dict(c) => c.element().clone(),
                Type::VarTuple(item) => (**item).clone(),
                Type::Tuple(members) => members.iter().fold(Type::Unknown, |joined, m| joined.join(m)),
                _ => continue,
            };
            element = Some(match element {
                Some(joined) => joined.join(&item),
                None => item,
            });
        }
        element
    }

    /// The types of the parts when a value of the dynamic tier is unpacked
    /// into `count` targets: each position's join, when every type it may
    /// have is a tuple of exactly `count` members (then unpacking cannot
    /// fail); `None` otherwise.
    pub fn dynamic_unpacking(&self, count: usize) -> Option<Vec<Type>> {
        let mut parts = vec![Type::Unknown; count];
        for member in self.members() {
            let Type::Tuple(members) = member else { return None };
            if members.len() != count {
                return None;
            }
            for (part, member) in parts.iter_mut().zip(&members) {
                *part = part.join(member);
            }
        }
        Some(parts)
    }

    /// A dynamic-tier value: a union of boxable types.
    pub fn is_dynamic(&self) -> bool {
        matches!(self, Type::Union(_)) && !self.contains_union()
    }

    /// The types a value of this type may have at run time: a union's
    /// members, or the type itself.
    pub fn members(&self) -> Vec<Type> {
        match self {
            Type::Union(members) => members.clone(),
            other => vec![other.clone()],
        }
    }

    /// Whether a native value of this type can be handed to the embedded
    /// CPython as a converted copy without anyone noticing: it is
    /// immutable all the way down (ints, floats, bools, None, strs, and
    /// tuples and frozensets of those), or already a CPython object.
    /// Mutable containers, instances and functions would need proxies.
    pub fn crosses_by_conversion(&self) -> bool {
        match self {
            Type::Int | Type::Float | Type::Bool | Type::None | Type::Str | Type::Foreign | Type::Range => true,
            Type::Tuple(members) => members.iter().all(Type::crosses_by_conversion),
            Type::VarTuple(element) => element.crosses_by_conversion(),
            Type::FrozenSet(c) => c.element().crosses_by_conversion(),
            Type::Union(members) => members.iter().all(Type::crosses_by_conversion),
            _ => false,
        }
    }

    /// Whether any part of a value of this type is an object of the
    /// embedded CPython.
    pub fn contains_foreign(&self) -> bool {
        match self {
            Type::Foreign => true,
            Type::Tuple(elements) | Type::Union(elements) => elements.iter().any(Type::contains_foreign),
            Type::VarTuple(element) | Type::Spread(element) => element.contains_foreign(),
            Type::List(c) | Type::Dict(c) | Type::Set(c) | Type::FrozenSet(c) | Type::DictView(_, c) | Type::Generator(c) => {
                c.elements.iter().any(Type::contains_foreign)
            }
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
            Type::Tuple(_) | Type::VarTuple(_) => "tuple".to_string(),
            Type::List(_) => "list".to_string(),
            Type::Dict(_) => "dict".to_string(),
            Type::Set(_) => "set".to_string(),
            Type::FrozenSet(_) => "frozenset".to_string(),
            Type::Range => "range".to_string(),
            Type::DictView(0, _) => "dict_keys".to_string(),
            Type::DictView(1, _) => "dict_values".to_string(),
            Type::DictView(..) => "dict_items".to_string(),
            Type::Function(_) | Type::Functions(_) | Type::Closure { .. } => "function".to_string(),
            Type::BoundMethod { .. } => "method".to_string(),
            Type::Spread(element) => element.python_name(),
            Type::Instance { class, .. } => class_name(*class),
            Type::Class { .. } => "type".to_string(),
            Type::Generator(_) => "generator".to_string(),
            Type::Union(_) | Type::Foreign => "object".to_string(),
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
            Type::List(c) => write!(f, "list[{}]", c.element()),
            Type::Set(c) => write!(f, "set[{}]", c.element()),
            Type::FrozenSet(c) => write!(f, "frozenset[{}]", c.element()),
            Type::Dict(c) => write!(f, "dict[{}, {}]", c.element(), c.value()),
            Type::Range => write!(f, "range"),
            Type::DictView(mode, c) => {
                let name = ["dict_keys", "dict_values", "dict_items"][(*mode).min(2) as usize];
                write!(f, "{name}[{}, {}]", c.element(), c.value())
            }
            Type::VarTuple(element) => write!(f, "tuple[{element}, ...]"),
            Type::Function(_) | Type::Functions(_) | Type::Closure { .. } => write!(f, "function"),
            Type::BoundMethod { class, name } => write!(f, "method[{}.{name}]", class_name(*class)),
            Type::Spread(element) => write!(f, "*{element}"),
            Type::Instance { class, or_none } => {
                write!(f, "{}", class_name(*class))?;
                if *or_none {
                    write!(f, " | None")?;
                }
                Ok(())
            }
            Type::Class { class } => write!(f, "type[{}]", class_name(*class)),
            Type::Generator(c) => write!(f, "generator[{}, {}]", c.element(), c.value()),
            Type::Foreign => write!(f, "cpython-object"),
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

thread_local! {
    /// Class names for printing types, installed with the hierarchy.
    static CLASS_NAMES: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Installs the names `Display` prints for instance types.
pub fn install_class_names(names: Vec<String>) {
    CLASS_NAMES.with(|cell| *cell.borrow_mut() = names);
}

fn class_name(class: u32) -> String {
    CLASS_NAMES.with(|cell| cell.borrow().get(class as usize).cloned().unwrap_or_else(|| format!("class#{class}")))
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
