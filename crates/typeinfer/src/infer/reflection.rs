//! `getattr(obj, name[, default])` and `hasattr(obj, name)` where the name is
//! known only at run time, on instances of the program's classes (the
//! dynamic tier): which attributes such a call can reach, and the type of
//! what it gives. A literal name never gets here (parser-bridge lowers
//! `getattr(obj, "x")` to `obj.x`), nor does a CPython object (the call then
//! runs in CPython).
//!
//! The attributes a computed name can reach are finite in a whole program:
//! the fields any instance of the class's family is ever given, and the
//! methods and class attributes along the MRO of each class the instance may
//! have (`reflective_attribute_names`, which codegen calls too, so both sides
//! agree on the list). A method read this way is a bound method, boxed like
//! any other value of the dynamic tier and called through its box.
//! This module does not know how the lookup is emitted.

use super::{Engine, Walk};
use crate::classes::{ClassMember, ClassTable};
use crate::types::Type;
use indexmap::{IndexMap, IndexSet};
use taipan_parser_bridge::hir::*;
use taipan_parser_bridge::Diagnostic;

/// The attributes every object has through `object` (and every instance of
/// a class defined in Python has), which native instances do not provide
/// as values: `hasattr` answers True for them, `getattr` raises a Python
/// exception saying it cannot read them.
pub const OBJECT_ATTRIBUTES: &[&str] = &[
    "__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__",
    "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__module__", "__ne__", "__new__", "__reduce__",
    "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "__weakref__",
];

/// Special attributes that instances of some classes have and that the
/// native compiler does not track (annotations, dataclass metadata...):
/// neither `getattr` nor `hasattr` answers for them natively; both raise a
/// Python exception that says so.
pub const UNTRACKED_SPECIAL_ATTRIBUTES: &[&str] = &[
    "__annotations__", "__dataclass_fields__", "__dataclass_params__", "__match_args__", "__slots__", "__orig_bases__", "__parameters__",
    "__abstractmethods__", "__wrapped__", "__members__",
];

/// What is known statically of a computed attribute name: the text it
/// starts and ends with (`"visit_" + kind` starts with `visit_`, an
/// f-string `f"cmd_{name}"` with `cmd_`), or all of it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NamePattern {
    pub prefix: String,
    pub suffix: String,
    pub exact: bool,
}

impl NamePattern {
    /// The pattern of the name expression `expr`.
    pub fn of(expr: &Expr) -> NamePattern {
        match &expr.kind {
            ExprKind::Str(text) => NamePattern { prefix: text.clone(), suffix: text.clone(), exact: true },
            ExprKind::Binary { op: BinaryOp::Add, left, right } => {
                let (left, right) = (NamePattern::of(left), NamePattern::of(right));
                NamePattern {
                    prefix: if left.exact { left.prefix.clone() + &right.prefix } else { left.prefix.clone() },
                    suffix: if right.exact { left.suffix.clone() + &right.suffix } else { right.suffix.clone() },
                    exact: left.exact && right.exact,
                }
            }
            ExprKind::FormattedString(parts) => {
                let literal = |part: &FormatPart| match part {
                    FormatPart::Literal(text) => Some(text.clone()),
                    _ => None,
                };
                let exact = parts.iter().all(|part| literal(part).is_some());
                let prefix: String = parts.iter().map_while(literal).collect();
                let mut suffix_parts: Vec<String> = parts.iter().rev().map_while(literal).collect();
                suffix_parts.reverse();
                NamePattern { prefix, suffix: suffix_parts.concat(), exact }
            }
            _ => NamePattern::default(),
        }
    }

    /// Whether a name this pattern describes can be `name`.
    pub fn admits(&self, name: &str) -> bool {
        if self.exact {
            return name == self.prefix;
        }
        name.len() >= self.prefix.len() + self.suffix.len() && name.starts_with(&self.prefix) && name.ends_with(&self.suffix)
    }
}

/// Whether `name` is a special name (`__init__`), which `getattr` with a
/// computed name does not read natively: the bound method would be typed
/// with whatever the call of the result passes, for every special method.
pub fn is_special_name(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

/// The names `getattr(obj, name)` (or `hasattr`, with `for_hasattr`) can
/// find on an instance of static class `class` when its name matches
/// `pattern`, in a fixed order: the fields of its family, then the methods
/// and class attributes along the MRO of each class the instance may have
/// (`runtime_classes`). `getattr` leaves special names out (see
/// `is_special_name`); `hasattr` keeps them, since it only tests.
pub fn reflective_attribute_names(
    program: &Program,
    class_table: &ClassTable,
    fields: &[IndexMap<String, Type>],
    runtime_classes: &[ClassId],
    class: ClassId,
    pattern: &NamePattern,
    for_hasattr: bool,
) -> Vec<String> {
    let mut names: IndexSet<String> = fields[class_table.family_of(class)].keys().cloned().collect();
    for runtime_class in runtime_classes {
        for definer in class_table.mro(*runtime_class) {
            let def = program.class(*definer);
            // `name.setter` entries are a property's setter, not a name.
            names.extend(def.methods.keys().filter(|name| !name.contains('.')).cloned());
            names.extend(def.attributes.keys().cloned());
        }
    }
    names.into_iter().filter(|name| pattern.admits(name) && (for_hasattr || !is_special_name(name))).collect()
}

/// What `getattr` reads for one name on an instance of one run-time class.
#[derive(Debug, Clone, PartialEq)]
pub enum ReflectiveRead {
    /// A class attribute, held in this global.
    ClassAttribute(GlobalId),
    /// An ordinary method: the value is the bound method.
    Method,
    /// Nothing the class defines (a field may still be set).
    Nothing,
    /// A static or class method or a property: not read this way yet.
    Unsupported,
}

/// What the class `runtime_class` gives for `name` (apart from fields).
pub fn reflective_read(program: &Program, class_table: &ClassTable, runtime_class: ClassId, name: &str) -> ReflectiveRead {
    match class_table.lookup(program, runtime_class, name, None) {
        Some((_, ClassMember::Attribute(global))) => ReflectiveRead::ClassAttribute(global),
        Some((_, ClassMember::Method(method))) if method.kind == MethodKind::Instance => ReflectiveRead::Method,
        Some((_, ClassMember::Method(_))) => ReflectiveRead::Unsupported,
        None => ReflectiveRead::Nothing,
    }
}

/// The fields `setattr(obj, name, value)` or `delattr(obj, name)` may reach
/// on an instance of static class `class`: the fields of its family whose
/// names `pattern` admits. Any other name is one the program never
/// assigns, which native instances cannot take (a SystemError says so for
/// `setattr`; `delattr` raises CPython's AttributeError).
pub fn reflective_field_names(class_table: &ClassTable, fields: &[IndexMap<String, Type>], class: ClassId, pattern: &NamePattern) -> Vec<String> {
    fields[class_table.family_of(class)].keys().filter(|name| pattern.admits(name) && !is_special_name(name)).cloned().collect()
}

impl<'p> Engine<'p> {
    /// The arguments of `getattr`, `hasattr`, `setattr` or `delattr` typed
    /// and checked as CPython checks them (no keywords, `arity` as (least,
    /// most) arguments), with the receiver's class: an instance of the
    /// program's classes (not an exception) and a str name. None, with a
    /// diagnostic, otherwise.
    fn reflective_arguments(
        &mut self,
        builtin: Builtin,
        expr: &Expr,
        args: &[Expr],
        keywords: &[Keyword],
        arity: (usize, usize),
        walk: &mut Walk,
    ) -> Option<(ClassId, Vec<Type>)> {
        let function = builtin.name();
        let arg_types: Vec<Type> = args.iter().map(|arg| self.expr(arg, walk)).collect();
        for keyword in keywords {
            self.expr(&keyword.value, walk);
        }
        if args.iter().any(|arg| matches!(arg.kind, ExprKind::Starred(_))) {
            self.diagnostics.push(Diagnostic::unsupported(format!("`{function}` with starred arguments is not supported yet"), expr.span));
            return None;
        }
        if !keywords.is_empty() {
            self.type_error(format!("{function}() takes no keyword arguments"), expr.span);
            return None;
        }
        let (least, most) = arity;
        let count = args.len();
        let arity_error = match count {
            _ if least == most && count != least => Some(format!("{function} expected {least} arguments, got {count}")),
            _ if count < least => Some(format!("{function} expected at least {least} arguments, got {count}")),
            _ if count > most => Some(format!("{function} expected at most {most} arguments, got {count}")),
            _ => None,
        };
        if let Some(message) = arity_error {
            self.type_error(message, expr.span);
            return None;
        }
        if arg_types.contains(&Type::Unknown) {
            return None;
        }
        let receiver = self.resolve(&arg_types[0]);
        let Type::Instance { class, .. } = receiver else {
            self.diagnostics.push(Diagnostic::unsupported(format!("`{function}` with a computed name on a value of type {receiver} is not supported yet"), expr.span));
            return None;
        };
        let class = ClassId(class);
        if self.class_table.is_subclass(class, crate::BASE_EXCEPTION) {
            self.diagnostics.push(Diagnostic::unsupported(format!("`{function}` with a computed name on an exception is not supported yet"), expr.span));
            return None;
        }
        if self.resolve(&arg_types[1]) != Type::Str {
            self.diagnostics.push(Diagnostic::unsupported(format!("`{function}` with an attribute name of type {} is not supported yet", arg_types[1]), args[1].span));
            return None;
        }
        Some((class, arg_types))
    }

    /// `setattr(obj, name, value)` or `delattr(obj, name)` with a name
    /// that is not a literal (and `del obj.name`, which is `delattr`).
    pub(super) fn reflective_store_call(&mut self, builtin: Builtin, expr: &Expr, args: &[Expr], keywords: &[Keyword], walk: &mut Walk) -> Type {
        let arity = if builtin == Builtin::SetAttr { (3, 3) } else { (2, 2) };
        let Some((class, arg_types)) = self.reflective_arguments(builtin, expr, args, keywords, arity, walk) else { return Type::Unknown };
        let pattern = NamePattern::of(&args[1]);
        if builtin == Builtin::SetAttr {
            // A literal name is an ordinary store: the field it names.
            let mut names = if pattern.exact { vec![pattern.prefix.clone()] } else { reflective_field_names(&self.class_table, &self.fields, class, &pattern) };
            if !pattern.exact {
                // A class attribute set through an instance becomes the
                // instance's own (`setattr(config, "debug", True)` with
                // `debug = False` in the class body).
                for runtime_class in self.runtime_classes(class) {
                    for definer in self.class_table.mro(runtime_class) {
                        for name in self.program.class(*definer).attributes.keys() {
                            if pattern.admits(name) && !is_special_name(name) && !names.contains(name) {
                                names.push(name.clone());
                            }
                        }
                    }
                }
            }
            for name in names {
                self.store_instance_attribute(&args[0], class, &name, &arg_types[2], expr.span, walk);
            }
            if !pattern.exact {
                // Any other name goes into the instance's extra attributes,
                // a dict of boxes (see `TypedProgram::extra_attribute_types`).
                let stored = self.resolve(&arg_types[2]);
                let boxable = !stored.contains_foreign() && stored.members().iter().all(|member| member.is_boxable());
                if boxable {
                    let family = self.class_table.family_of(class);
                    let joined = self.extra_attribute_types.get(&family).cloned().unwrap_or(Type::Unknown).join(&stored);
                    self.extra_attribute_types.insert(family, joined);
                }
            }
        } else {
            // Deleting through a property, or on a frozen dataclass or a
            // class with slots, is not a field deletion.
            let program = self.program;
            let runtime_classes = self.runtime_classes(class);
            let is_property = |engine: &Self, c: ClassId| {
                engine.class_table.mro(c).iter().any(|definer| {
                    program.class(*definer).methods.iter().any(|(name, method)| method.kind == MethodKind::Property && pattern.admits(name))
                })
            };
            if runtime_classes.iter().any(|c| program.class(*c).frozen || program.class(*c).slots.is_some() || is_property(self, *c)) {
                self.diagnostics.push(Diagnostic::unsupported("deleting attributes of instances of this class is not supported yet", expr.span));
                return Type::Unknown;
            }
        }
        Type::None
    }

    /// `getattr(obj, name[, default])` or `hasattr(obj, name)` with a name
    /// that is not a literal.
    pub(super) fn reflective_attribute_call(&mut self, builtin: Builtin, expr: &Expr, args: &[Expr], keywords: &[Keyword], walk: &mut Walk) -> Type {
        let arity = if builtin == Builtin::GetAttr { (2, 3) } else { (2, 2) };
        let Some((class, arg_types)) = self.reflective_arguments(builtin, expr, args, keywords, arity, walk) else { return Type::Unknown };
        if builtin == Builtin::HasAttr {
            return Type::Bool;
        }
        let mut result = arg_types.get(2).cloned().unwrap_or(Type::Unknown);
        let runtime_classes = self.runtime_classes(class);
        let pattern = NamePattern::of(&args[1]);
        let names = reflective_attribute_names(self.program, &self.class_table, &self.fields, &runtime_classes, class, &pattern, false);
        let family = self.class_table.family_of(class);
        for name in &names {
            if let Some(field_type) = self.fields[family].get(name) {
                result = result.join(field_type);
            }
            for runtime_class in &runtime_classes {
                match reflective_read(self.program, &self.class_table, *runtime_class, name) {
                    ReflectiveRead::ClassAttribute(global) => result = result.join(&self.global_types[global.0 as usize]),
                    ReflectiveRead::Method => result = result.join(&Type::BoundMethod { class: class.0, name: name.clone() }),
                    ReflectiveRead::Nothing => {}
                    ReflectiveRead::Unsupported => {
                        self.diagnostics.push(Diagnostic::unsupported(
                            format!("`getattr` with a computed name on a class with the static method, class method or property `{name}` is not supported yet"),
                            expr.span,
                        ));
                        return Type::Unknown;
                    }
                }
            }
        }
        // A name no code assigns may be among the extra attributes.
        if let Some(extra) = self.extra_attribute_types.get(&family).cloned() {
            result = result.join(&extra);
        }
        // As for a variable bound to either of two lists: their sites unify.
        self.unify_sites_in(&result);
        // Checked resolved, returned with its container sites, so that what
        // the caller adds to a default `[]` reaches the list's type.
        let resolved = self.resolve(&result);
        let crossing = resolved.contains_foreign();
        let unboxable = resolved.is_dynamic() && resolved.members().iter().any(|member| !member.is_boxable());
        if crossing || unboxable {
            self.diagnostics.push(Diagnostic::unsupported(
                format!("`getattr` with a computed name would give a value of the types {resolved}, which the dynamic tier cannot hold yet"),
                expr.span,
            ));
            return Type::Unknown;
        }
        result
    }
}
