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

/// The names `getattr(obj, name)` can find on an instance of static class
/// `class`, in a fixed order: the fields of its family, then the methods
/// and class attributes along the MRO of each class the instance may have
/// (`runtime_classes`).
pub fn reflective_attribute_names(program: &Program, class_table: &ClassTable, fields: &[IndexMap<String, Type>], runtime_classes: &[ClassId], class: ClassId) -> Vec<String> {
    let mut names: IndexSet<String> = fields[class_table.family_of(class)].keys().cloned().collect();
    for runtime_class in runtime_classes {
        for definer in class_table.mro(*runtime_class) {
            let def = program.class(*definer);
            // `name.setter` entries are a property's setter, not a name.
            names.extend(def.methods.keys().filter(|name| !name.contains('.')).cloned());
            names.extend(def.attributes.keys().cloned());
        }
    }
    names.into_iter().collect()
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

impl<'p> Engine<'p> {
    /// `getattr(obj, name[, default])` or `hasattr(obj, name)` with a name
    /// that is not a literal.
    pub(super) fn reflective_attribute_call(&mut self, builtin: Builtin, expr: &Expr, args: &[Expr], keywords: &[Keyword], walk: &mut Walk) -> Type {
        let function = builtin.name();
        let arg_types: Vec<Type> = args.iter().map(|arg| self.expr(arg, walk)).collect();
        for keyword in keywords {
            self.expr(&keyword.value, walk);
        }
        if args.iter().any(|arg| matches!(arg.kind, ExprKind::Starred(_))) {
            self.diagnostics.push(Diagnostic::unsupported(format!("`{function}` with starred arguments is not supported yet"), expr.span));
            return Type::Unknown;
        }
        if !keywords.is_empty() {
            self.type_error(format!("{function}() takes no keyword arguments"), expr.span);
            return Type::Unknown;
        }
        let count = args.len();
        let arity_error = match builtin {
            Builtin::GetAttr if count < 2 => Some(format!("getattr expected at least 2 arguments, got {count}")),
            Builtin::GetAttr if count > 3 => Some(format!("getattr expected at most 3 arguments, got {count}")),
            Builtin::HasAttr if count != 2 => Some(format!("hasattr expected 2 arguments, got {count}")),
            _ => None,
        };
        if let Some(message) = arity_error {
            self.type_error(message, expr.span);
            return Type::Unknown;
        }
        if arg_types.contains(&Type::Unknown) {
            return Type::Unknown;
        }
        let receiver = self.resolve(&arg_types[0]);
        let Type::Instance { class, .. } = receiver else {
            self.diagnostics.push(Diagnostic::unsupported(format!("`{function}` with a computed name on a value of type {receiver} is not supported yet"), expr.span));
            return Type::Unknown;
        };
        let class = ClassId(class);
        if self.class_table.is_subclass(class, crate::BASE_EXCEPTION) {
            self.diagnostics.push(Diagnostic::unsupported(format!("`{function}` with a computed name on an exception is not supported yet"), expr.span));
            return Type::Unknown;
        }
        if self.resolve(&arg_types[1]) != Type::Str {
            self.diagnostics.push(Diagnostic::unsupported(format!("`{function}` with an attribute name of type {} is not supported yet", arg_types[1]), args[1].span));
            return Type::Unknown;
        }
        if builtin == Builtin::HasAttr {
            return Type::Bool;
        }
        let mut result = arg_types.get(2).cloned().unwrap_or(Type::Unknown);
        let runtime_classes = self.runtime_classes(class);
        let names = reflective_attribute_names(self.program, &self.class_table, &self.fields, &runtime_classes, class);
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
        // As for a variable bound to either of two lists: their sites unify.
        self.unify_sites_in(&result);
        let result = self.resolve(&result);
        let crossing = result.contains_foreign();
        let unboxable = result.is_dynamic() && result.members().iter().any(|member| !member.is_boxable());
        if crossing || unboxable {
            self.diagnostics.push(Diagnostic::unsupported(
                format!("`getattr` with a computed name would give a value of the types {result}, which the dynamic tier cannot hold yet"),
                expr.span,
            ));
            return Type::Unknown;
        }
        result
    }
}
