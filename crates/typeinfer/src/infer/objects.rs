//! Classes in the fixpoint: constructing instances, instance attributes
//! (one type per attribute name and class family, joined over every
//! assignment), method calls resolved over the classes a receiver may
//! have at run time, `super()`, and the special methods operators use.
//!
//! A receiver typed `Instance { class: C }` may be an instance of C or of
//! any subclass of C that the program instantiates somewhere. A call on it
//! binds one instance of each distinct method those classes resolve the
//! name to (`CallResolution::Dispatch`); codegen calls the one target
//! directly when there is one, and otherwise indexes a table by the
//! object's class.

use super::{ArgumentSource, CallResolution, Engine, MethodTarget, Walk};
use crate::classes::{ClassMember, HashResolution};
use crate::operators::{compare_methods, operator_methods};
use crate::types::Type;
use indexmap::IndexMap;
use taipan_parser_bridge::hir::*;
use taipan_parser_bridge::source::Span;
use taipan_parser_bridge::{Diagnostic, DiagnosticKind};

/// Which special-method use a `dunder_calls` entry records, next to the
/// id of the expression it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dunder {
    /// A binary operator (`__add__`, ...), keyed by the operation.
    Operator,
    /// The reflected operator (`__radd__`, ...) of the right operand, when
    /// the left one has no forward method.
    ReflectedOperator,
    /// `x op= y`: `x.__iadd__(y)` ..., keyed by the operand `y`.
    InPlaceOperator,
    /// `x op= y` without an in-place method: `x.__add__(y)` ..., keyed by `y`.
    AugmentedOperator,
    /// `x op= y` answered by `y.__radd__(x)` ..., keyed by `y`.
    AugmentedReflectedOperator,
    /// A rich comparison, keyed by the comparison's right operand.
    Compare,
    /// `!=` answered by negating `__eq__` (the class has no `__ne__`).
    NegatedCompare,
    /// The right operand's reflected comparison (`a < b` as `b.__gt__(a)`).
    ReflectedCompare,
    /// A property getter, keyed by the attribute expression.
    PropertyGet,
    /// A property setter, keyed by the assigned object's expression.
    PropertySet,
    /// The getter read by `obj.prop op= v`, keyed by the object's expression.
    AugmentedPropertyGet,
    /// `len(x)`, keyed by the call.
    Len,
    /// `x in obj`: `obj.__contains__(x)`, keyed by the right operand.
    Contains,
    /// `obj[i]`: `__getitem__`, keyed by the subscript expression.
    GetItem,
    /// The read of `obj[i] op= v`: `__getitem__`, keyed by the index.
    AugmentedGetItem,
    /// `obj[i] = v` (also the write of `obj[i] op= v`): `__setitem__`,
    /// keyed by the index.
    SetItem,
    /// `del obj[i]`: `__delitem__`, keyed by the index.
    DelItem,
    /// `obj(args)`: `__call__`, keyed by the call.
    Call,
    /// Iterating an instance: its `__iter__`, keyed by the iterable.
    Iter,
    /// The iterator's `__next__` for each item, keyed by the iterable (or
    /// by the call of `next`).
    Next,
}

/// How a method dispatched on an instance receives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Receives {
    Instance,
    Nothing,
    Class,
}

/// The special methods the runtime calls through a class's descriptor,
/// instantiated for every class the program constructs.
pub const PROTOCOL_METHODS: &[&str] = &["__repr__", "__str__", "__bool__", "__len__"];

/// The rich comparisons the runtime calls through a class's descriptor
/// (containers, `sorted`), with the other operand as their argument.
pub const COMPARISON_PROTOCOL_METHODS: &[&str] = &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];

/// The hidden fields every exception has, first in the `BaseException`
/// family's layout (`taipan_abi::EXCEPTION_FIELD_STR` and
/// `EXCEPTION_FIELD_ARGS`): `str(e)` as computed from the arguments, and
/// the arguments' reprs. No attribute name can be written like these.
pub const EXCEPTION_STR_FIELD: &str = "(str)";
pub const EXCEPTION_ARGS_FIELD: &str = "(args)";

/// `BaseException`: the first of the built-in classes every program has.
pub const BASE_EXCEPTION: ClassId = ClassId(0);

/// Attributes CPython's built-in exception classes have that Taipan does
/// not provide yet: reading one is a diagnostic, not an AttributeError.
const BUILTIN_EXCEPTION_ATTRIBUTES: &[&str] = &[
    "args", "with_traceback", "add_note", "code", "errno", "strerror", "filename", "filename2", "characters_written", "value", "name",
    "path", "msg", "lineno", "offset", "text", "end_lineno", "end_offset", "encoding", "object", "start", "end", "reason", "obj",
];

impl<'p> Engine<'p> {
    /// Gives the exception family its hidden fields, and counts the
    /// built-in exception classes as instantiated: the runtime makes
    /// instances of them when an operation fails.
    pub(super) fn prepare_exception_classes(&mut self) {
        let family = self.class_table.family_of(BASE_EXCEPTION);
        self.fields[family].insert(EXCEPTION_STR_FIELD.to_string(), Type::Str);
        self.fields[family].insert(EXCEPTION_ARGS_FIELD.to_string(), Type::Str);
        for (index, class) in self.program.classes.iter().enumerate() {
            if class.builtin {
                self.instantiated[index] = true;
            }
        }
    }

    /// Whether `name`, which no class of `class`'s family defines, is one
    /// CPython gives every object or every exception (`__class__`,
    /// `__dict__`, `e.args`, ...): Taipan does not provide those yet, so
    /// reading one must be reported rather than compiled to AttributeError.
    pub(super) fn is_unprovided_builtin_attribute(&self, class: ClassId, name: &str) -> bool {
        let defined_by_program = self.fields[self.class_table.family_of(class)].contains_key(name)
            || self.class_table.subclasses[class.0 as usize].iter().any(|c| self.class_table.lookup(self.program, *c, name, None).is_some());
        if defined_by_program {
            return false;
        }
        // An exception CPython raised may be of a class of its own
        // (`json.JSONDecodeError` has `pos`, `colno`, ...), which native
        // code sees only as its nearest built-in base.
        (name.starts_with("__") && name.ends_with("__"))
            || (self.is_exception_class(class) && (BUILTIN_EXCEPTION_ATTRIBUTES.contains(&name) || !self.vm_places.is_empty()))
    }

    pub(super) fn is_exception_class(&self, class: ClassId) -> bool {
        self.class_table.is_subclass(class, BASE_EXCEPTION)
    }

    /// The class an `except` clause names, when it names an exception class.
    fn caught_class(&mut self, expr: &Expr, walk: &mut Walk) -> Option<ClassId> {
        if let ExprKind::Variable(Variable::Global(global)) = &expr.kind {
            if let GlobalKind::Class(class) = self.program.global(*global).kind {
                walk.expr_types[expr.id.0 as usize] = Type::Unknown;
                // Any other class raises TypeError when the clause is tested.
                return self.is_exception_class(class).then_some(class);
            }
        }
        if self.expr(expr, walk) == Type::Foreign {
            // A CPython exception class (`json.JSONDecodeError`): the
            // clause asks CPython whether the exception's class derives
            // from it; the exception is seen as a `BaseException`.
            return Some(BASE_EXCEPTION);
        }
        self.diagnostics.push(
            Diagnostic::unsupported("an `except` clause naming something other than exception classes is not supported yet", expr.span)
                .with_primary_label("name the classes (or a tuple of them) directly"),
        );
        None
    }

    /// The type of the exception an `except` clause catches: an instance of
    /// the class it names, or of the common base of the classes of a tuple.
    pub(super) fn except_clause_type(&mut self, handler: &ExceptHandler, walk: &mut Walk) -> Type {
        if handler.classes.is_empty() {
            return self.instance_type(BASE_EXCEPTION);
        }
        let mut caught = Type::Unknown;
        for expr in &handler.classes {
            if let Some(class) = self.caught_class(expr, walk) {
                caught = caught.join(&self.instance_type(class));
            }
        }
        caught
    }

    /// Types what a `raise` statement raises (or names as the cause): an
    /// exception instance, or an exception class, which is instantiated
    /// with no arguments.
    pub(super) fn raised_exception(&mut self, expr: &Expr, walk: &mut Walk) {
        if let ExprKind::Variable(Variable::Global(global)) = &expr.kind {
            if let GlobalKind::Class(class) = self.program.global(*global).kind {
                if !self.is_exception_class(class) {
                    // TypeError at run time.
                    return;
                }
                let raised = self.construct(expr, class, &[], &[], &[], walk);
                walk.expr_types[expr.id.0 as usize] = raised;
                return;
            }
        }
        // Anything but an exception instance raises TypeError at run time;
        // a class held in a variable would be instantiated, which needs
        // constructing a class known only at run time.
        if let Type::Class { .. } = self.expr(expr, walk) {
            self.diagnostics.push(Diagnostic::unsupported("raising a class held in a variable is not supported yet", expr.span));
        }
    }

    pub(super) fn instance_type(&self, class: ClassId) -> Type {
        Type::Instance { class: class.0, or_none: false }
    }

    /// The classes a receiver of static class `class` may have at run time:
    /// `class` and its subclasses that are instantiated somewhere.
    pub(super) fn runtime_classes(&self, class: ClassId) -> Vec<ClassId> {
        self.class_table.subclasses[class.0 as usize].iter().copied().filter(|c| self.instantiated[c.0 as usize]).collect()
    }

    /// `C(args)`: marks C instantiated, binds `__init__` if the MRO has
    /// one, and makes sure the runtime's special methods of C are typed.
    pub(super) fn construct(&mut self, expr: &Expr, class: ClassId, arg_types: &[Type], keywords: &[Keyword], keyword_types: &[Type], walk: &mut Walk) -> Type {
        if !self.instantiated[class.0 as usize] {
            self.instantiated[class.0 as usize] = true;
            self.changed = true;
        }
        self.ensure_protocol(class);
        let program = self.program;
        // Built-in classes whose arguments CPython reads into fields that
        // their `str()` shows (and OSError may even pick a subclass by
        // errno): with those arguments they are not compiled yet.
        let derives_from = |name: &str| {
            program.builtin_class(name).is_some_and(|builtin| self.class_table.is_subclass(class, builtin))
        };
        let structured = (arg_types.len() >= 2 && (derives_from("OSError") || derives_from("SyntaxError")))
            || ["UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError"].iter().any(|name| derives_from(name));
        if structured {
            self.diagnostics.push(Diagnostic::unsupported(
                format!("constructing `{}` with these arguments (which CPython reads into fields) is not supported yet", program.class(class).name),
                expr.span,
            ));
            return Type::Unknown;
        }
        let init = match self.class_table.lookup(program, class, "__init__", None) {
            Some((definer, ClassMember::Method(method))) if method.kind == MethodKind::Instance => {
                let receiver = self.instance_type(definer);
                Some(self.bind_method(method.function, Some(receiver), arg_types, keywords, keyword_types))
            }
            Some((_, _)) => {
                self.diagnostics.push(Diagnostic::unsupported("an `__init__` that is not a plain method is not supported yet", expr.span));
                return Type::Unknown;
            }
            None if self.is_exception_class(class) && !keywords.is_empty() => {
                Some(CallResolution::TypeError(format!("{}() takes no keyword arguments", program.class(class).name)))
            }
            // `BaseException.__init__`: the arguments become the exception's.
            None if self.is_exception_class(class) => None,
            None if !arg_types.is_empty() || !keywords.is_empty() => {
                Some(CallResolution::TypeError(format!("{}() takes no arguments", program.class(class).name)))
            }
            None => None,
        };
        if let Some(CallResolution::Bound { callee, .. }) = &init {
            if self.return_types[callee.0 as usize] == Type::Unknown && arg_types.iter().chain(keyword_types).any(|t| *t == Type::Unknown) {
                walk.calls.shift_remove(&expr.id);
                return Type::Unknown;
            }
        }
        let raises = matches!(init, Some(CallResolution::TypeError(_)));
        walk.calls.insert(expr.id, CallResolution::Construct { class, init: init.map(Box::new) });
        if raises {
            return Type::Unknown;
        }
        self.instance_type(class)
    }

    /// `Color(value)` of an `Enum` class: the member with that value.
    pub(super) fn enum_lookup(&mut self, expr: &Expr, class: ClassId, arg_types: &[Type], keywords: &[Keyword], walk: &mut Walk) -> Type {
        let name = self.program.class(class).name.clone();
        if arg_types.len() != 1 || !keywords.is_empty() {
            self.diagnostics.push(Diagnostic::unsupported(format!("calling the Enum class `{name}` other than with one value is not supported yet"), expr.span));
            return Type::Unknown;
        }
        let value_type = self.fields[self.class_table.family_of(class)].get("value").cloned().unwrap_or(Type::Unknown);
        if !self.check_same_type(&value_type, &arg_types[0], "looking up", expr.span) {
            return Type::Unknown;
        }
        if arg_types[0] == Type::Unknown {
            return Type::Unknown;
        }
        walk.calls.insert(expr.id, CallResolution::EnumLookup { class });
        Type::Instance { class: class.0, or_none: false }
    }

    /// `cls(args)` of a class value of static class `class`: the class or
    /// any subclass, each constructed as `construct` would, chosen at run
    /// time by the class's id.
    pub(super) fn construct_any(&mut self, expr: &Expr, class: ClassId, arg_types: &[Type], keywords: &[Keyword], keyword_types: &[Type], walk: &mut Walk) -> Type {
        let mut targets = Vec::new();
        for candidate in self.class_table.subclasses[class.0 as usize].clone() {
            self.construct(expr, candidate, arg_types, keywords, keyword_types, walk);
            match walk.calls.shift_remove(&expr.id) {
                Some(resolution) => targets.push(resolution),
                None => return Type::Unknown,
            }
        }
        walk.calls.insert(expr.id, CallResolution::ConstructAny { targets });
        self.instance_type(class)
    }

    /// Types the special methods of `class` (as its MRO resolves them)
    /// that the runtime calls through the class descriptor: `__repr__`,
    /// `__str__`, `__hash__` and the rich comparisons, whose other operand
    /// is typed as an instance of the defining class's topmost base.
    pub(super) fn ensure_protocol(&mut self, class: ClassId) {
        let program = self.program;
        for name in PROTOCOL_METHODS.iter().chain(COMPARISON_PROTOCOL_METHODS.iter()) {
            if let Some((definer, ClassMember::Method(method))) = self.class_table.lookup(program, class, name, None) {
                if method.kind != MethodKind::Instance {
                    continue;
                }
                let receiver = self.instance_type(definer);
                let mut params = vec![receiver];
                if !PROTOCOL_METHODS.contains(name) {
                    params.push(self.instance_type(self.class_table.topmost_base(definer)));
                }
                let instance = self.instance_for(method.function, params);
                self.protocol.insert((class, name), instance);
            }
        }
        if let HashResolution::Method(definer, method) = self.class_table.hash_resolution(program, class) {
            if method.kind == MethodKind::Instance {
                let receiver = self.instance_type(definer);
                let instance = self.instance_for(method.function, vec![receiver]);
                self.protocol.insert((class, "__hash__"), instance);
            }
        }
    }

    /// Binds a call of `function` with an optional receiver before the
    /// arguments, creating the instance.
    pub(super) fn bind_method(
        &mut self,
        function: FunctionId,
        receiver: Option<Type>,
        arg_types: &[Type],
        keywords: &[Keyword],
        keyword_types: &[Type],
    ) -> CallResolution {
        let offset = usize::from(receiver.is_some());
        let with_receiver: Vec<Type> = receiver.iter().cloned().chain(arg_types.iter().cloned()).collect();
        let params = match self.bind_call(function, &with_receiver, keywords, keyword_types) {
            Ok(params) => params,
            Err(message) => return CallResolution::TypeError(message),
        };
        // The receiver is the first positional argument.
        let shift = |position: usize| position - offset;
        let params: Vec<ArgumentSource> = params
            .into_iter()
            .map(|source| match source {
                ArgumentSource::Positional(0) if offset == 1 => ArgumentSource::Receiver,
                ArgumentSource::Positional(index) => ArgumentSource::Positional(shift(index)),
                ArgumentSource::VarPositional(positions) => ArgumentSource::VarPositional(positions.into_iter().map(shift).collect()),
                ArgumentSource::FromSpread { position, index } => ArgumentSource::FromSpread { position: shift(position), index },
                ArgumentSource::VarPositionalSpread { fixed, spread, from } => {
                    ArgumentSource::VarPositionalSpread { fixed: fixed.into_iter().map(shift).collect(), spread: shift(spread), from }
                }
                ArgumentSource::SpreadLimit { position, consumed, fixed, prefix } => ArgumentSource::SpreadLimit { position: shift(position), consumed, fixed, prefix },
                other => other,
            })
            .collect();
        let mut param_types = Vec::new();
        let count = self.program.function(function).params.len();
        for (index, source) in params.iter().enumerate().take(count) {
            param_types.push(self.argument_type(function, index, source, receiver.as_ref(), arg_types, keyword_types));
        }
        if param_types.iter().any(|t| *t == Type::Unknown || t.contains_union()) {
            return CallResolution::NotReached;
        }
        // A method recursing with ever new argument types (a growing tuple)
        // would make instances without end.
        let count = self.instances_per_function.get(&function).copied().unwrap_or(0);
        let key: Vec<Type> = param_types.iter().map(|t| self.instance_key_type(t)).collect();
        if count >= super::MAX_INSTANCES_PER_FUNCTION && !self.instance_keys.contains_key(&(function, None, key)) {
            let def = self.program.function(function);
            self.diagnostics.push(Diagnostic::unsupported(format!("`{}` is called with too many different argument types", def.name), def.span));
            return CallResolution::NotReached;
        }
        let callee = self.instance_for(function, param_types);
        CallResolution::Bound { callee, params }
    }

    /// Resolves `receiver.name(args)` for a receiver of static class
    /// `class` (`after`: a `super()` lookup that starts after that class):
    /// one target per method the run-time classes resolve the name to.
    /// Returns the resolution and the joined return type.
    pub(super) fn dispatch(
        &mut self,
        class: ClassId,
        name: &str,
        after: Option<ClassId>,
        arg_types: &[Type],
        keywords: &[Keyword],
        keyword_types: &[Type],
        span: Span,
    ) -> (CallResolution, Type) {
        self.dispatch_kind(class, name, after, arg_types, keywords, keyword_types, span, MethodKind::Instance)
    }

    /// `dispatch` for methods of `kind` (`Property`: a getter call).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn dispatch_kind(
        &mut self,
        class: ClassId,
        name: &str,
        after: Option<ClassId>,
        arg_types: &[Type],
        keywords: &[Keyword],
        keyword_types: &[Type],
        span: Span,
        kind: MethodKind,
    ) -> (CallResolution, Type) {
        let program = self.program;
        // Grouped by method and how it receives the receiver: the
        // instance, nothing (`@staticmethod`), or its class (`@classmethod`).
        let mut groups: IndexMap<(FunctionId, ClassId, Receives), Vec<ClassId>> = IndexMap::new();
        for runtime_class in self.runtime_classes(class) {
            match self.class_table.lookup(program, runtime_class, name, after) {
                Some((definer, ClassMember::Method(method))) => match method.kind {
                    found if found == kind => groups.entry((method.function, definer, Receives::Instance)).or_default().push(runtime_class),
                    MethodKind::Instance => groups.entry((method.function, definer, Receives::Instance)).or_default().push(runtime_class),
                    MethodKind::Static => groups.entry((method.function, definer, Receives::Nothing)).or_default().push(runtime_class),
                    MethodKind::Class => groups.entry((method.function, definer, Receives::Class)).or_default().push(runtime_class),
                    _ => {
                        self.diagnostics.push(Diagnostic::unsupported(format!("calling `{name}` (a class method or property) is not supported yet"), span));
                        return (CallResolution::NotReached, Type::Unknown);
                    }
                },
                Some((_, ClassMember::Attribute(_))) => {
                    self.diagnostics.push(Diagnostic::unsupported(format!("calling the class attribute `{name}` is not supported yet"), span));
                    return (CallResolution::NotReached, Type::Unknown);
                }
                None => {
                    if self.fields[self.class_table.family_of(class)].contains_key(name) {
                        self.diagnostics.push(Diagnostic::unsupported(format!("calling the instance attribute `{name}` is not supported yet"), span));
                        return (CallResolution::NotReached, Type::Unknown);
                    }
                }
            }
        }
        let mut targets = Vec::new();
        let mut result = Type::Unknown;
        for ((function, definer, receives), classes) in groups {
            let receiver = match receives {
                Receives::Instance => Some(self.instance_type(definer)),
                Receives::Nothing => None,
                // `cls` is the receiver's class: the static class or any
                // subclass. Codegen passes the instance's class descriptor.
                Receives::Class => Some(Type::Class { class: class.0 }),
            };
            let resolution = self.bind_method(function, receiver, arg_types, keywords, keyword_types);
            if let CallResolution::Bound { callee, .. } = &resolution {
                result = result.join(&self.return_types[callee.0 as usize]);
            }
            targets.push(MethodTarget { classes, resolution });
        }
        (CallResolution::Dispatch { targets }, result)
    }

    /// `cls.name(args)` of a class value of static class `class` (the class
    /// or any subclass): the method each class resolves the name to, chosen
    /// by the class's id (`@classmethod`s receive the class; static methods
    /// and functions take their arguments as given).
    #[allow(clippy::too_many_arguments)]
    fn class_value_method_call(&mut self, expr: &Expr, class: ClassId, name: &str, args: &[Expr], keywords: &[Keyword], span: Span, walk: &mut Walk) -> Type {
        let program = self.program;
        let arg_types: Vec<Type> = self.argument_types(args, walk);
        let keyword_types: Vec<Type> = keywords.iter().map(|keyword| self.expr(&keyword.value, walk)).collect();
        if arg_types.iter().chain(&keyword_types).any(|t| *t == Type::Unknown) {
            walk.calls.shift_remove(&expr.id);
            return Type::Unknown;
        }
        let mut groups: IndexMap<(FunctionId, Receives), Vec<ClassId>> = IndexMap::new();
        for candidate in self.class_table.subclasses[class.0 as usize].clone() {
            match self.class_table.lookup(program, candidate, name, None) {
                Some((_, ClassMember::Method(method))) => {
                    let receives = match method.kind {
                        MethodKind::Class => Receives::Class,
                        MethodKind::Static | MethodKind::Instance => Receives::Nothing,
                        _ => {
                            self.diagnostics.push(Diagnostic::unsupported(format!("calling the property `{name}` through a class value is not supported yet"), span));
                            return Type::Unknown;
                        }
                    };
                    groups.entry((method.function, receives)).or_default().push(candidate);
                }
                Some((_, ClassMember::Attribute(_))) => {
                    self.diagnostics.push(Diagnostic::unsupported(format!("calling the class attribute `{name}` is not supported yet"), span));
                    return Type::Unknown;
                }
                // AttributeError at run time for that class.
                None => {}
            }
        }
        let mut targets = Vec::new();
        let mut result = Type::Unknown;
        for ((function, receives), classes) in groups {
            let receiver = (receives == Receives::Class).then_some(Type::Class { class: class.0 });
            let resolution = self.bind_method(function, receiver, &arg_types, keywords, &keyword_types);
            if let CallResolution::Bound { callee, .. } = &resolution {
                result = result.join(&self.return_types[callee.0 as usize]);
            }
            targets.push(MethodTarget { classes, resolution });
        }
        walk.calls.insert(expr.id, CallResolution::Dispatch { targets });
        result
    }

    /// A call whose callee is `value.name`, when `value` is an instance, a
    /// class or `super()`; `None` for other receivers (str and container
    /// methods).
    pub(super) fn object_call(
        &mut self,
        expr: &Expr,
        callee: &Expr,
        value: &Expr,
        name: &str,
        args: &[Expr],
        keywords: &[Keyword],
        walk: &mut Walk,
    ) -> Option<Type> {
        let program = self.program;
        let names_class = matches!(&value.kind, ExprKind::Variable(Variable::Global(global)) if matches!(program.global(*global).kind, GlobalKind::Class(_)));
        if !names_class && !matches!(value.kind, ExprKind::Super { .. }) {
            if let Type::Class { class } = self.expr(value, walk) {
                return Some(self.class_value_method_call(expr, ClassId(class), name, args, keywords, callee.span, walk));
            }
        }
        let (class, after, receiver_is_class) = match &value.kind {
            ExprKind::Super { class, receiver } => {
                let receiver_type = walk.local_types[receiver.0 as usize].clone();
                walk.expr_types[value.id.0 as usize] = receiver_type.clone();
                match receiver_type {
                    Type::Instance { class: receiver_class, .. } => (ClassId(receiver_class), Some(*class), false),
                    Type::Unknown => return Some(Type::Unknown),
                    other => {
                        self.diagnostics.push(Diagnostic::unsupported(format!("super() with a first argument of type {other} is not supported yet"), value.span));
                        return Some(Type::Unknown);
                    }
                }
            }
            ExprKind::Variable(Variable::Global(global)) => match program.global(*global).kind {
                GlobalKind::Class(class) => (class, None, true),
                _ => return None,
            },
            _ => return None,
        };
        if let Some(after_class) = after {
            // `super()` continues along the MRO of the instance's own class:
            // with multiple inheritance a subclass's MRO may put another
            // class after this one (`class C(A, B)` runs `B.__init__` from
            // `A`'s `super().__init__()`), which the call below, resolved
            // from the static class, would miss.
            // (Where the static class finds a method, `dispatch` resolves the
            // call per run-time class; the shortcuts below for `object`'s and
            // `BaseException`'s methods are taken only when none finds one.)
            let static_finds_nothing = self.class_table.lookup(program, class, name, after).is_none();
            let subclass_finds_one =
                || self.runtime_classes(class).into_iter().any(|runtime_class| self.class_table.lookup(program, runtime_class, name, Some(after_class)).is_some());
            if static_finds_nothing && subclass_finds_one() {
                self.diagnostics.push(Diagnostic::unsupported(
                    format!("`super().{name}` where a subclass's MRO (multiple inheritance) puts another class next is not supported yet"),
                    callee.span,
                ));
                return Some(Type::Unknown);
            }
        }
        let arg_types: Vec<Type> = self.argument_types(args, walk);
        let keyword_types: Vec<Type> = keywords.iter().map(|keyword| self.expr(&keyword.value, walk)).collect();
        walk.expr_types[callee.id.0 as usize] = Type::Unknown;
        if name == "__init__" && self.is_exception_class(class) && self.class_table.lookup(program, class, name, after).is_none() {
            // `super().__init__(message)` or `Exception.__init__(self, message)`.
            if receiver_is_class {
                walk.expr_types[value.id.0 as usize] = Type::Unknown;
            }
            if !keywords.is_empty() {
                self.diagnostics.push(Diagnostic::error(DiagnosticKind::Type, format!("{}.__init__() takes no keyword arguments", program.class(class).name), callee.span));
                return Some(Type::Unknown);
            }
            if receiver_is_class && !matches!(arg_types.first(), Some(Type::Instance { class: first, .. }) if self.is_exception_class(ClassId(*first))) {
                self.diagnostics.push(
                    Diagnostic::unsupported(format!("calling `{}.__init__` without an exception as the first argument is not supported yet", program.class(class).name), callee.span),
                );
                return Some(Type::Unknown);
            }
            if arg_types.iter().any(|t| *t == Type::Unknown) {
                walk.calls.shift_remove(&expr.id);
                return Some(Type::Unknown);
            }
            walk.calls.insert(expr.id, CallResolution::SetExceptionArgs);
            return Some(Type::None);
        }
        if self.class_table.lookup(program, class, name, after).is_none() && name.starts_with("__") && name.ends_with("__") {
            if name == "__init__" && args.is_empty() && keywords.is_empty() {
                // `object.__init__(self)`: nothing to do.
                if receiver_is_class {
                    walk.expr_types[value.id.0 as usize] = Type::Unknown;
                }
                walk.calls.insert(expr.id, CallResolution::ObjectInit);
                return Some(Type::None);
            }
            self.diagnostics.push(Diagnostic::unsupported(format!("calling the built-in `{name}` that `object` provides is not supported yet"), callee.span));
            return Some(Type::Unknown);
        }
        if receiver_is_class {
            // `C.method(...)`: the function itself, every argument explicit.
            walk.expr_types[value.id.0 as usize] = Type::Unknown;
            let resolution = match self.class_table.lookup(program, class, name, None) {
                Some((_, ClassMember::Method(method))) if matches!(method.kind, MethodKind::Instance | MethodKind::Static) => {
                    self.bind_method(method.function, None, &arg_types, keywords, &keyword_types)
                }
                // `C.make(...)` of a `@classmethod`: the class is the receiver.
                Some((_, ClassMember::Method(method))) if method.kind == MethodKind::Class => {
                    self.bind_method(method.function, Some(Type::Class { class: class.0 }), &arg_types, keywords, &keyword_types)
                }
                Some(_) => {
                    self.diagnostics.push(Diagnostic::unsupported(format!("calling `{}.{name}` is not supported yet", program.class(class).name), callee.span));
                    return Some(Type::Unknown);
                }
                None => CallResolution::AttributeError(format!("type object '{}' has no attribute '{name}'", program.class(class).name)),
            };
            return Some(self.record_call(expr.id, resolution, walk));
        }
        let span = callee.span;
        let (resolution, result) = self.dispatch(class, name, after, &arg_types, keywords, &keyword_types, span);
        if arg_types.iter().chain(&keyword_types).any(|t| *t == Type::Unknown) {
            walk.calls.shift_remove(&expr.id);
            return Some(Type::Unknown);
        }
        walk.calls.insert(expr.id, resolution);
        Some(result)
    }

    /// Records a resolved call and gives its result type.
    fn record_call(&mut self, id: ExprId, resolution: CallResolution, walk: &mut Walk) -> Type {
        let result = match &resolution {
            CallResolution::Bound { callee, .. } => self.return_types[callee.0 as usize].clone(),
            _ => Type::Unknown,
        };
        if matches!(resolution, CallResolution::NotReached) {
            walk.calls.shift_remove(&id);
        } else {
            walk.calls.insert(id, resolution);
        }
        result
    }

    /// A method call on an instance receiver (`receiver_type` is known to
    /// be an instance): `receiver.name(args)`.
    pub(super) fn instance_method_call(&mut self, expr: &Expr, callee: &Expr, receiver_type: &Type, name: &str, args: &[Expr], keywords: &[Keyword], walk: &mut Walk) -> Type {
        let Type::Instance { class, .. } = receiver_type else { return Type::Unknown };
        if self.is_unprovided_builtin_attribute(ClassId(*class), name) {
            self.diagnostics.push(Diagnostic::unsupported(format!("the method `{name}` that Python provides is not supported yet"), callee.span));
            return Type::Unknown;
        }
        let arg_types: Vec<Type> = self.argument_types(args, walk);
        let keyword_types: Vec<Type> = keywords.iter().map(|keyword| self.expr(&keyword.value, walk)).collect();
        walk.expr_types[callee.id.0 as usize] = Type::Unknown;
        let (resolution, result) = self.dispatch(ClassId(*class), name, None, &arg_types, keywords, &keyword_types, callee.span);
        if arg_types.iter().chain(&keyword_types).any(|t| *t == Type::Unknown) {
            walk.calls.shift_remove(&expr.id);
            return Type::Unknown;
        }
        walk.calls.insert(expr.id, resolution);
        result
    }

    /// A method call on a value of the dynamic tier that may be an instance
    /// of several unrelated classes having the method (`shape.area()` over
    /// `Circle | Square`): one `Dispatch` whose targets serve the classes
    /// of every owner, chosen by the instance's class at run time. The
    /// receiver stays boxed; codegen takes the instance out of the box.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn duck_typed_method_call(
        &mut self,
        expr: &Expr,
        callee: &Expr,
        owners: &[Type],
        name: &str,
        args: &[Expr],
        keywords: &[Keyword],
        walk: &mut Walk,
    ) -> Type {
        let arg_types: Vec<Type> = self.argument_types(args, walk);
        let keyword_types: Vec<Type> = keywords.iter().map(|keyword| self.expr(&keyword.value, walk)).collect();
        walk.expr_types[callee.id.0 as usize] = Type::Unknown;
        if arg_types.iter().chain(&keyword_types).any(|t| *t == Type::Unknown) {
            walk.calls.shift_remove(&expr.id);
            return Type::Unknown;
        }
        let mut targets: Vec<MethodTarget> = Vec::new();
        let mut result = Type::Unknown;
        for owner in owners {
            let Type::Instance { class, .. } = owner else { continue };
            if self.is_unprovided_builtin_attribute(ClassId(*class), name) {
                self.diagnostics.push(Diagnostic::unsupported(format!("the method `{name}` that Python provides is not supported yet"), callee.span));
                return Type::Unknown;
            }
            let (resolution, returned) = self.dispatch(ClassId(*class), name, None, &arg_types, keywords, &keyword_types, callee.span);
            let CallResolution::Dispatch { targets: owner_targets } = resolution else {
                walk.calls.shift_remove(&expr.id);
                return Type::Unknown;
            };
            for mut target in owner_targets {
                // A class two owners share (never, for unrelated families)
                // is served by the first target that lists it.
                target.classes.retain(|class| !targets.iter().any(|existing| existing.classes.contains(class)));
                if !target.classes.is_empty() {
                    targets.push(target);
                }
            }
            result = result.join(&returned);
        }
        walk.calls.insert(expr.id, CallResolution::Dispatch { targets });
        result
    }

    /// The global of class attribute `name` when `object` names a class
    /// whose body defines it (`Counter.total`).
    pub fn class_attribute_of(&self, object: &Expr, name: &str) -> Option<GlobalId> {
        let ExprKind::Variable(Variable::Global(global)) = &object.kind else { return None };
        let GlobalKind::Class(class) = self.program.global(*global).kind else { return None };
        self.program.class(class).attributes.get(name).copied()
    }

    /// `value.name` read as an expression.
    pub(super) fn attribute_type(&mut self, expr: &Expr, value: &Expr, name: &str, walk: &mut Walk) -> Type {
        let program = self.program;
        if let (ExprKind::ClassOf(inner), true) = (&value.kind, is_class_name_attribute(name)) {
            // `type(x).__name__` of a value of a built-in type, or of the
            // dynamic tier (the runtime names what the box holds).
            let inner_type = self.expr(inner, walk);
            if inner_type.is_dynamic() || (inner_type.is_boxable() && !matches!(inner_type, Type::Instance { .. })) {
                walk.expr_types[value.id.0 as usize] = Type::Unknown;
                return Type::Str;
            }
        }
        if let ExprKind::Variable(Variable::Global(global)) = &value.kind {
            // `C.__name__` reads the class value's name, below.
            if let (GlobalKind::Class(class), false) = (program.global(*global).kind, is_class_name_attribute(name)) {
                walk.expr_types[value.id.0 as usize] = Type::Unknown;
                return match self.class_table.lookup(program, class, name, None) {
                    Some((_, ClassMember::Attribute(attribute))) => self.global_types[attribute.0 as usize].clone(),
                    Some((_, ClassMember::Method(_))) => {
                        self.diagnostics.push(Diagnostic::unsupported("methods used as values are not supported yet", expr.span));
                        Type::Unknown
                    }
                    None if name.starts_with("__") && name.ends_with("__") => {
                        self.diagnostics.push(Diagnostic::unsupported(format!("the class attribute `{name}` is not supported yet"), expr.span));
                        Type::Unknown
                    }
                    // AttributeError at run time.
                    None => Type::Unknown,
                };
            }
        }
        if let ExprKind::Super { .. } = &value.kind {
            self.diagnostics.push(Diagnostic::unsupported("`super()` other than in a method call is not supported yet", value.span));
            return Type::Unknown;
        }
        let value_type = self.expr(value, walk);
        if value_type == Type::Foreign {
            return Type::Foreign;
        }
        if let (Type::Class { .. } | Type::Function(_) | Type::Closure { .. }, true) = (&value_type, is_class_name_attribute(name)) {
            return Type::Str;
        }
        if let Type::Class { class } = value_type {
            return self.class_value_attribute(ClassId(class), name, expr.span);
        }
        if self.duck_typed_attribute_owners(&value_type, name, false).is_some() {
            return self.attribute_type_of_dynamic(expr, &value_type, name, expr.span, walk);
        }
        let Type::Instance { class, .. } = value_type else {
            // Always None: AttributeError at run time.
            if value_type != Type::Unknown && value_type != Type::None {
                let shown = self.resolve(&value_type);
                self.diagnostics.push(Diagnostic::unsupported(format!("attributes of a value of type {shown} are not supported yet"), expr.span));
            }
            return Type::Unknown;
        };
        self.instance_attribute_type(expr, ClassId(class), name, walk)
    }

    /// `expr`, the attribute `name` of a value of the dynamic tier that may
    /// hold instances of several classes (duck typing): each class the box
    /// may hold reads the attribute its own way (another value raises
    /// AttributeError); methods and properties are refused.
    pub(super) fn attribute_type_of_dynamic(&mut self, expr: &Expr, value_type: &Type, name: &str, span: Span, walk: &mut Walk) -> Type {
        let owners = self.duck_typed_attribute_owners(value_type, name, false).unwrap_or_default();
        // A class whose instances may hold extra attributes (a computed
        // `setattr`) may have this one too: not read through a box yet.
        let open_member = value_type.members().iter().any(|member| match member {
            Type::Instance { class, .. } => self.extra_attribute_types.contains_key(&self.class_table.family_of(ClassId(*class))) && !owners.contains(class),
            _ => false,
        });
        if open_member {
            self.diagnostics.push(Diagnostic::unsupported(format!("reading `{name}` of a value of the types {value_type}, one of which a computed `setattr` may give it, is not supported yet"), span));
            return Type::Unknown;
        }
        let mut result = Type::Unknown;
        for owner in owners {
            let owner_type = self.instance_attribute_type(expr, ClassId(owner), name, walk);
            if walk.dunder_calls.contains_key(&(expr.id, Dunder::PropertyGet)) || matches!(owner_type, Type::BoundMethod { .. }) {
                self.diagnostics.push(Diagnostic::unsupported(format!("reading `{name}`, a method or property, of a value of the types {value_type} is not supported yet"), span));
                return Type::Unknown;
            }
            result = result.join(&owner_type);
        }
        result
    }

    /// The classes whose instances answer `value.name` when `value_type` is
    /// of the dynamic tier and no built-in type among its members has the
    /// attribute: the instance members that have it, or for a store
    /// (`for_store`) every instance member, since an instance takes any new
    /// attribute. None when a member of a built-in type has the attribute,
    /// or no member qualifies.
    pub(super) fn duck_typed_attribute_owners(&self, value_type: &Type, name: &str, for_store: bool) -> Option<Vec<u32>> {
        if !value_type.is_dynamic() {
            return None;
        }
        let members = value_type.members();
        if members.iter().any(|member| !matches!(member, Type::Instance { .. }) && self.type_has_attribute(member, name)) {
            return None;
        }
        let owners: Vec<u32> = members
            .iter()
            .filter_map(|member| match member {
                Type::Instance { class, .. } if for_store || self.instance_has_attribute(ClassId(*class), name) => Some(*class),
                _ => None,
            })
            .collect();
        (!owners.is_empty()).then_some(owners)
    }

    /// Whether an instance of static class `class` may have the attribute
    /// `name`: a field of its family, or a member of a class it may be.
    pub(super) fn instance_has_attribute(&self, class: ClassId, name: &str) -> bool {
        self.fields[self.class_table.family_of(class)].contains_key(name)
            || self.runtime_classes(class).iter().any(|c| self.class_table.lookup(self.program, *c, name, None).is_some())
    }

    /// `value.name` for an instance of static class `class`.
    fn instance_attribute_type(&mut self, expr: &Expr, class: ClassId, name: &str, walk: &mut Walk) -> Type {
        let program = self.program;
        if self.is_unprovided_builtin_attribute(class, name) {
            self.diagnostics.push(Diagnostic::unsupported(format!("the attribute `{name}` that Python provides is not supported yet"), expr.span));
            return Type::Unknown;
        }
        let family = self.class_table.family_of(class);
        let mut result = self.fields[family].get(name).cloned().unwrap_or(Type::Unknown);
        let mut class_attribute: Option<GlobalId> = None;
        for runtime_class in self.runtime_classes(class) {
            match self.class_table.lookup(program, runtime_class, name, None) {
                // Subclasses may define it differently: codegen reads the
                // global of the instance's class.
                Some((_, ClassMember::Attribute(global))) => {
                    result = result.join(&self.global_types[global.0 as usize]);
                    class_attribute = Some(global);
                }
                Some((_, ClassMember::Method(method))) if method.kind == MethodKind::Property => {
                    let (resolution, getter_type) = self.dispatch_kind(class, name, None, &[], &[], &[], expr.span, MethodKind::Property);
                    walk.dunder_calls.insert((expr.id, Dunder::PropertyGet), resolution);
                    return getter_type;
                }
                Some((_, ClassMember::Method(method))) if method.kind == MethodKind::Instance => {
                    // `obj.method` as a value: the receiver, the method
                    // chosen when it is called.
                    return Type::BoundMethod { class: class.0, name: name.to_string() };
                }
                Some((_, ClassMember::Method(_))) => {
                    self.diagnostics.push(Diagnostic::unsupported("static and class methods used as values are not supported yet", expr.span));
                    return Type::Unknown;
                }
                None => {}
            }
        }
        if let Some(global) = class_attribute {
            result = result.join(&self.global_types[global.0 as usize]);
            self.refuse_foreign_class_attribute(global, name, expr.span);
        }
        // A name that is neither a field nor a class member may be one of
        // the extra attributes a computed `setattr` gave the instance.
        if !self.fields[family].contains_key(name) && class_attribute.is_none() && !super::reflection::is_special_name(name) {
            if let Some(extra) = self.extra_attribute_types.get(&family) {
                result = result.join(extra);
            }
        }
        result
    }

    /// A class attribute holding a CPython object could be a descriptor
    /// (`__get__`), which native attribute reads would not call.
    fn refuse_foreign_class_attribute(&mut self, global: GlobalId, name: &str, span: Span) {
        if self.resolve(&self.global_types[global.0 as usize]).contains_foreign() {
            self.diagnostics.push(
                Diagnostic::unsupported(format!("reading the class attribute `{name}`, which holds a CPython object, is not supported yet"), span)
                    .with_note("the object could be a descriptor, whose `__get__` only CPython would call"),
            );
        }
    }

    /// `cls.name` of a class value: the class attribute of each class the
    /// value may be (codegen reads the one of the value's class).
    fn class_value_attribute(&mut self, class: ClassId, name: &str, span: Span) -> Type {
        let program = self.program;
        let mut result = Type::Unknown;
        for candidate in self.class_table.subclasses[class.0 as usize].clone() {
            match self.class_table.lookup(program, candidate, name, None) {
                Some((_, ClassMember::Attribute(global))) => {
                    result = result.join(&self.global_types[global.0 as usize]);
                    self.refuse_foreign_class_attribute(global, name, span);
                }
                Some((_, ClassMember::Method(_))) => {
                    self.diagnostics.push(Diagnostic::unsupported(format!("the method `{name}` read through a class value is not supported yet"), span));
                    return Type::Unknown;
                }
                // Python gives every class its dunder attributes
                // (`__module__`, `__doc__`, `__mro__`): not natively yet.
                None if name.starts_with("__") && name.ends_with("__") => {
                    self.diagnostics.push(Diagnostic::unsupported(format!("the class attribute `{name}` is not supported yet"), span));
                    return Type::Unknown;
                }
                // AttributeError at run time for that class.
                None => {}
            }
        }
        result
    }

    /// `value.name = value_type`.
    pub(super) fn store_attribute(&mut self, value: &Expr, name: &str, value_type: &Type, span: Span, walk: &mut Walk) {
        let program = self.program;
        if let ExprKind::Variable(Variable::Global(global)) = &value.kind {
            if let GlobalKind::Class(class) = program.global(*global).kind {
                walk.expr_types[value.id.0 as usize] = Type::Unknown;
                match program.class(class).attributes.get(name) {
                    Some(attribute) => {
                        let target = Target::Variable { variable: Variable::Global(*attribute), span };
                        self.bind(&target, value_type, walk);
                    }
                    None => self.diagnostics.push(Diagnostic::unsupported(
                        format!("assigning the class attribute `{name}` that the class body does not define is not supported yet"),
                        span,
                    )),
                }
                return;
            }
        }
        let object_type = self.expr(value, walk);
        if object_type == Type::Foreign {
            self.foreign_store_attribute(value_type, span);
            return;
        }
        if let Some(owners) = self.duck_typed_attribute_owners(&object_type, name, true) {
            // Duck typing: each class the box may hold stores the attribute
            // as its own instances do; another value raises AttributeError.
            for owner in owners {
                self.store_instance_attribute(value, ClassId(owner), name, value_type, span, walk);
                if walk.dunder_calls.contains_key(&(value.id, Dunder::PropertySet)) {
                    self.diagnostics.push(Diagnostic::unsupported(
                        format!("assigning `{name}`, a property, of a value of the types {object_type} is not supported yet"),
                        span,
                    ));
                    return;
                }
            }
            return;
        }
        let Type::Instance { class, .. } = object_type else {
            if object_type != Type::Unknown {
                self.diagnostics.push(Diagnostic::unsupported(format!("assigning attributes of a value of type {object_type} is not supported yet"), span));
            }
            return;
        };
        self.store_instance_attribute(value, ClassId(class), name, value_type, span, walk);
    }

    /// `value.name = value_type` for an instance of static class `class`.
    pub(super) fn store_instance_attribute(&mut self, value: &Expr, class: ClassId, name: &str, value_type: &Type, span: Span, walk: &mut Walk) {
        let program = self.program;
        let runtime_classes = self.runtime_classes(class);
        if let Some(reason) = runtime_classes.iter().find_map(|c| self.slots_refuse(*c, name)) {
            self.diagnostics.push(Diagnostic::unsupported(reason, span));
            return;
        }
        let current_function = self.instances[walk.id.0 as usize].function;
        if runtime_classes.iter().any(|c| program.class(*c).frozen && program.class(*c).generated_init != Some(current_function)) {
            self.diagnostics.push(Diagnostic::unsupported(
                format!("assigning `{name}` of a frozen dataclass (CPython raises dataclasses.FrozenInstanceError) is not supported yet"),
                span,
            ));
            return;
        }
        if !runtime_classes.is_empty() && runtime_classes.iter().all(|c| self.class_table.setter(program, *c, name).is_some()) {
            // A property with a setter: the setter is called with the value.
            if *value_type != Type::Unknown {
                let setter = format!("{name}.setter");
                let (resolution, _) = self.dispatch_kind(class, &setter, None, std::slice::from_ref(value_type), &[], &[], span, MethodKind::PropertySetter);
                walk.dunder_calls.insert((value.id, Dunder::PropertySet), resolution);
            }
            return;
        }
        if runtime_classes.iter().any(|c| self.class_table.setter(program, *c, name).is_some())
            || runtime_classes.iter().any(|c| matches!(self.class_table.lookup(program, *c, name, None), Some((_, ClassMember::Method(_)))))
        {
            self.diagnostics.push(Diagnostic::unsupported(format!("assigning `{name}`, a method or property of the class, is not supported yet"), span));
            return;
        }
        if *value_type == Type::Unknown {
            return;
        }
        let family = self.class_table.family_of(class);
        let sources = self.field_sources[family].entry(name.to_string()).or_default();
        if !sources.iter().any(|(t, _)| t == value_type) {
            sources.push((value_type.clone(), span));
        }
        let current = self.fields[family].get(name).cloned().unwrap_or(Type::Unknown);
        let joined = current.join(value_type);
        self.unify_sites_in(&joined);
        if joined != current {
            self.fields[family].insert(name.to_string(), joined);
            self.changed = true;
        }
    }

    /// Why storing the attribute `name` on an instance of `class` is refused
    /// because of `__slots__`: when every class of its MRO declares slots
    /// (so instances have no `__dict__`) and none lists `name`, CPython
    /// raises AttributeError, which native instances would not; slots that
    /// are not literals are unknown.
    fn slots_refuse(&self, class: ClassId, name: &str) -> Option<String> {
        let mut allowed: Vec<&str> = Vec::new();
        for definer in self.class_table.mro(class) {
            let def = self.program.class(*definer);
            match &def.slots {
                // A class without slots gives its instances a `__dict__`.
                None => return None,
                Some(SlotsDeclaration::Computed) => {
                    return Some(format!("assigning attributes of an instance of `{}`, whose `__slots__` is not a literal, is not supported yet", def.name))
                }
                Some(SlotsDeclaration::Names(names)) => allowed.extend(names.iter().map(String::as_str)),
            }
        }
        if allowed.contains(&name) || allowed.contains(&"__dict__") {
            return None;
        }
        let class_name = &self.program.class(class).name;
        Some(format!("assigning `{name}`, which `__slots__` of `{class_name}` does not list (CPython raises AttributeError), is not supported yet"))
    }

    /// A binary operator with an instance operand: `left.__add__(right)`,
    /// or the right operand's reflected method.
    pub(super) fn object_binary(&mut self, expr: &Expr, op: BinaryOp, left: &Type, right: &Type, walk: &mut Walk) -> Type {
        self.object_binary_keyed(expr.id, (Dunder::Operator, Dunder::ReflectedOperator), expr.span, op, left, right, walk)
    }

    /// `object_binary` with its two uses recorded under `key`.
    #[allow(clippy::too_many_arguments)]
    fn object_binary_keyed(&mut self, key: ExprId, uses: (Dunder, Dunder), span: Span, op: BinaryOp, left: &Type, right: &Type, walk: &mut Walk) -> Type {
        let (forward, reflected) = operator_methods(op);
        if let Type::Instance { class, .. } = left {
            if self.runtime_classes(ClassId(*class)).iter().any(|c| self.class_table.lookup(self.program, *c, forward, None).is_some()) {
                let (resolution, result) = self.dispatch(ClassId(*class), forward, None, std::slice::from_ref(right), &[], &[], span);
                walk.dunder_calls.insert((key, uses.0), resolution);
                return result;
            }
        }
        if let Type::Instance { class, .. } = right {
            if self.runtime_classes(ClassId(*class)).iter().any(|c| self.class_table.lookup(self.program, *c, reflected, None).is_some()) {
                let (resolution, result) = self.dispatch(ClassId(*class), reflected, None, std::slice::from_ref(left), &[], &[], span);
                walk.dunder_calls.insert((key, uses.1), resolution);
                return result;
            }
        }
        // TypeError at run time: unsupported operand types.
        Type::Unknown
    }

    /// `target op= operand` with an instance side: the target's in-place
    /// method (`__iadd__`), else the binary operator's methods, recorded
    /// under the operand's expression.
    pub(super) fn object_augmented(&mut self, operand: &Expr, op: BinaryOp, current: &Type, operand_type: &Type, walk: &mut Walk) -> Type {
        let in_place = in_place_method(op);
        if let Type::Instance { class, .. } = current {
            let class = ClassId(*class);
            if self.runtime_classes(class).iter().any(|c| self.class_table.lookup(self.program, *c, &in_place, None).is_some()) {
                let (resolution, result) = self.dispatch(class, &in_place, None, std::slice::from_ref(operand_type), &[], &[], operand.span);
                walk.dunder_calls.insert((operand.id, Dunder::InPlaceOperator), resolution);
                return result;
            }
        }
        self.object_binary_keyed(operand.id, (Dunder::AugmentedOperator, Dunder::AugmentedReflectedOperator), operand.span, op, current, operand_type, walk)
    }

    /// A unary operator (or `abs()`) of an instance: its special method
    /// `name`, recorded as the expression's `Dunder::Operator`. Without one
    /// the operation raises CPython's TypeError at run time.
    /// The items of iterating an instance of `class`: `__iter__` gives a
    /// generator, whose items they are, or an instance whose `__next__`
    /// gives each (until it raises StopIteration).
    pub(super) fn object_iteration_element(&mut self, iterable: &Expr, class: u32, walk: &mut Walk) -> Type {
        let class = ClassId(class);
        let defines = |engine: &Self, class: ClassId, name: &str| {
            engine.runtime_classes(class).iter().any(|c| engine.class_table.lookup(engine.program, *c, name, None).is_some())
        };
        if !defines(self, class, "__iter__") {
            let name = self.program.class(class).name.clone();
            self.type_error(format!("'{name}' object is not iterable"), iterable.span);
            return Type::Unknown;
        }
        let (resolution, iterator) = self.dispatch(class, "__iter__", None, &[], &[], &[], iterable.span);
        walk.dunder_calls.insert((iterable.id, Dunder::Iter), resolution);
        match iterator {
            Type::Generator(c) => self.element(&c, 0),
            Type::Instance { class: iterator_class, .. } => self.object_next(iterable, iterable.span, iterator_class, walk),
            Type::Unknown => Type::Unknown,
            other => {
                self.diagnostics.push(Diagnostic::unsupported(
                    format!("an `__iter__` that returns a {other} is not supported yet (return a generator or an iterator object)"),
                    iterable.span,
                ));
                Type::Unknown
            }
        }
    }

    /// `__next__` of an iterator object, keyed by `key`'s expression.
    pub(super) fn object_next(&mut self, key: &Expr, span: Span, class: u32, walk: &mut Walk) -> Type {
        let class = ClassId(class);
        if !self.runtime_classes(class).iter().any(|c| self.class_table.lookup(self.program, *c, "__next__", None).is_some()) {
            let name = self.program.class(class).name.clone();
            self.type_error(format!("'{name}' object is not an iterator"), span);
            return Type::Unknown;
        }
        let (resolution, item) = self.dispatch(class, "__next__", None, &[], &[], &[], span);
        walk.dunder_calls.insert((key.id, Dunder::Next), resolution);
        item
    }

    pub(super) fn object_unary(&mut self, expr: &Expr, name: &'static str, class: u32, walk: &mut Walk) -> Type {
        let class = ClassId(class);
        if !self.runtime_classes(class).iter().any(|c| self.class_table.lookup(self.program, *c, name, None).is_some()) {
            return Type::Unknown;
        }
        let (resolution, result) = self.dispatch(class, name, None, &[], &[], &[], expr.span);
        walk.dunder_calls.insert((expr.id, Dunder::Operator), resolution);
        result
    }

    /// A comparison with an instance operand. `is`/`is not` compare
    /// identity; `==`/`!=` call `__eq__`/`__ne__` when the class defines
    /// them and compare identity otherwise; orderings need the method.
    pub(super) fn object_compare(&mut self, op: CompareOp, left: &Type, right: &Type, right_expr: &Expr, span: Span, walk: &mut Walk) -> Type {
        if matches!(op, CompareOp::Is | CompareOp::IsNot) {
            return Type::Bool;
        }
        if matches!(op, CompareOp::In | CompareOp::NotIn) {
            // `left in right` for an instance `right`: its `__contains__`.
            let Type::Instance { class, .. } = right else { return Type::Unknown };
            let class = ClassId(*class);
            let defines = |engine: &Self, name: &str| engine.runtime_classes(class).iter().any(|c| engine.class_table.lookup(engine.program, *c, name, None).is_some());
            if defines(self, "__contains__") {
                // `in` gives the truth of what `__contains__` returns.
                let (resolution, result) = self.dispatch(class, "__contains__", None, std::slice::from_ref(left), &[], &[], span);
                walk.dunder_calls.insert((right_expr.id, Dunder::Contains), resolution);
                return if result == Type::Unknown { Type::Unknown } else { Type::Bool };
            }
            if defines(self, "__iter__") {
                self.diagnostics.push(Diagnostic::unsupported("`in` with an instance whose class has `__iter__` but no `__contains__` is not supported yet", span));
            } else {
                let name = self.program.class(class).name.clone();
                self.type_error(format!("argument of type '{name}' is not iterable"), span);
            }
            return Type::Unknown;
        }
        let (forward, reflected) = compare_methods(op);
        if let Type::Instance { class, .. } = left {
            let class = ClassId(*class);
            let defines = |engine: &Self, name: &str| engine.runtime_classes(class).iter().any(|c| engine.class_table.lookup(engine.program, *c, name, None).is_some());
            let name = if op == CompareOp::NotEq && !defines(self, "__ne__") && defines(self, "__eq__") { "__eq__" } else { forward };
            if defines(self, name) {
                let (resolution, result) = self.dispatch(class, name, None, std::slice::from_ref(right), &[], &[], span);
                let use_kind = if name != forward { Dunder::NegatedCompare } else { Dunder::Compare };
                walk.dunder_calls.insert((right_expr.id, use_kind), resolution);
                return result;
            }
        }
        if let Type::Instance { class, .. } = right {
            let class = ClassId(*class);
            if self.runtime_classes(class).iter().any(|c| self.class_table.lookup(self.program, *c, reflected, None).is_some()) && !matches!(op, CompareOp::Eq | CompareOp::NotEq) {
                let (resolution, result) = self.dispatch(class, reflected, None, std::slice::from_ref(left), &[], &[], span);
                walk.dunder_calls.insert((right_expr.id, Dunder::ReflectedCompare), resolution);
                return result;
            }
        }
        match op {
            CompareOp::Eq | CompareOp::NotEq => Type::Bool,
            // TypeError: not supported between instances.
            _ => Type::Unknown,
        }
    }

    /// A special method `name` of an instance of `class` that an operation
    /// calls (`obj[i]`, `obj(...)`), recorded as `key`; without one, the
    /// operation's TypeError, `message` after the class's name.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn object_special(
        &mut self,
        key: (ExprId, Dunder),
        class: u32,
        name: &str,
        arg_types: &[Type],
        keywords: &[Keyword],
        keyword_types: &[Type],
        message: &str,
        span: Span,
        walk: &mut Walk,
    ) -> Type {
        let class = ClassId(class);
        if !self.runtime_classes(class).iter().any(|c| self.class_table.lookup(self.program, *c, name, None).is_some()) {
            let class_name = self.program.class(class).name.clone();
            self.type_error(format!("'{class_name}' object {message}"), span);
            return Type::Unknown;
        }
        let (resolution, result) = self.dispatch(class, name, None, arg_types, keywords, keyword_types, span);
        walk.dunder_calls.insert(key, resolution);
        result
    }

    /// `len(x)` of an instance: its `__len__`.
    pub(super) fn object_len(&mut self, expr: &Expr, class: u32, walk: &mut Walk) -> Type {
        let (resolution, result) = self.dispatch(ClassId(class), "__len__", None, &[], &[], &[], expr.span);
        walk.dunder_calls.insert((expr.id, Dunder::Len), resolution);
        if result != Type::Unknown && result != Type::Int {
            self.diagnostics.push(Diagnostic::error(DiagnosticKind::Type, format!("__len__ returns {result}, not int"), expr.span));
        }
        result
    }
}

/// `f.__name__` or `f.__qualname__` of the function `function`, as CPython
/// gives them.
pub fn function_name_attribute(program: &Program, function: FunctionId, name: &str) -> String {
    let def = program.function(function);
    if name == "__name__" {
        return def.name.clone();
    }
    let module = &program.module(def.module).name;
    def.qualified_name.strip_prefix(&format!("{module}.")).unwrap_or(&def.qualified_name).to_string()
}

/// The attributes a class value answers itself (`C.__name__`).
pub fn is_class_name_attribute(name: &str) -> bool {
    matches!(name, "__name__" | "__qualname__")
}

/// The in-place special method of a binary operator (`__iadd__`).
pub fn in_place_method(op: BinaryOp) -> String {
    format!("__i{}", &operator_methods(op).0[2..])
}

/// The special method a unary operator calls.
pub fn unary_method(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Negate => "__neg__",
        UnaryOp::Plus => "__pos__",
        UnaryOp::Invert => "__invert__",
        UnaryOp::Not => "__bool__",
    }
}
