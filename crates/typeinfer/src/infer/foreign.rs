//! Typing operations on objects of the embedded CPython (tier 3,
//! `Type::Foreign`): what importing a module CPython provides gives, and
//! what attribute reads, calls, operators, indexing and iteration on such an
//! object give. Every such operation gives another `Foreign` (CPython decides
//! at run time), except the conversions whose result type Python fixes
//! (`len`, `str`, `repr`, `int`, `float`, `bool`, `hash`, `format`,
//! `is`, `in`), which give native values.
//!
//! Native values cross into CPython as converted copies. A value that is
//! immutable all the way down crosses unobserved (`Type::crosses_by_conversion`).
//! A mutable container crosses only into callees that neither keep nor
//! mutate their arguments (CPython's eager builtins, and the methods of
//! strs, numbers and tuples); anywhere else it would need a proxy that does
//! not exist yet, so it is an unsupported-feature diagnostic, and the
//! program runs in the VM as a whole. The program's functions cross as
//! callables CPython may call with any objects (`native_function_for_cpython`);
//! its instances never cross yet.
//!
//! What this module does not own: how objects are represented and called
//! (codegen and taipan-vm), and which modules are CPython's (parser-bridge
//! lowers their imports to `ExprKind::ForeignImport`).

use super::{Engine, Walk};
use crate::types::Type;
use taipan_parser_bridge::hir::*;
use taipan_parser_bridge::{Diagnostic, DiagnosticKind};

/// The key in `Instance::calls` of the instance CPython calls for a function
/// value that crosses as the expression `expr`: apart from `expr`'s own key,
/// since the expression may itself be a call (`key=make_key()`).
pub fn cpython_callback_key(expr: ExprId) -> ExprId {
    ExprId(expr.0 | 0x8000_0000)
}

/// How a callee treats the native values it is given.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Crossing {
    /// It may keep or mutate them: only immutable values may cross.
    MayKeep,
    /// It only reads them before it returns: mutable containers may cross
    /// as copies.
    ReadsOnly,
    /// A call of a CPython object: mutable containers cross as copies that
    /// the VM checks after the call (a changed list is written back; a copy
    /// CPython kept, or another change, raises).
    Checked,
}

/// Whether a native value of type `t` may be handed to a callee that
/// treats its arguments as `crossing` says.
pub(crate) fn may_cross(t: &Type, crossing: Crossing) -> bool {
    if t.crosses_by_conversion() {
        return true;
    }
    // An extension module's exported classes are CPython types: their
    // instances cross as their one wrapper (shared, not copied, so CPython
    // may keep them), and the class as its type.
    if let Type::Instance { class, .. } | Type::Class { class } = t {
        return crate::types::class_crosses(*class);
    }
    if crossing == Crossing::MayKeep {
        return false;
    }
    if crossing == Crossing::Checked && !matches!(t, Type::List(_) | Type::Dict(_) | Type::Set(_)) && !t.crosses_by_conversion() {
        // Only whole containers are checked; a tuple holding a list is not.
        return false;
    }
    match t {
        Type::List(c) | Type::Set(c) | Type::FrozenSet(c) | Type::Dict(c) => c.elements.iter().all(|e| may_cross(e, crossing)),
        Type::Tuple(members) => members.iter().all(|m| may_cross(m, crossing)),
        Type::VarTuple(element) => may_cross(element, crossing),
        Type::Union(members) => members.iter().all(|m| may_cross(m, crossing)),
        _ => false,
    }
}

/// CPython's builtins that only read their arguments before returning.
/// The lazy ones (`enumerate`, `zip`, `reversed`, `map`, `filter`, `iter`,
/// `range`, `next`) keep them.
fn builtin_crossing(builtin: Builtin) -> Crossing {
    match builtin {
        Builtin::Enumerate | Builtin::Zip | Builtin::Reversed | Builtin::Map | Builtin::Filter | Builtin::Iter | Builtin::Range | Builtin::Next => {
            Crossing::MayKeep
        }
        _ => Crossing::ReadsOnly,
    }
}

/// Whether a call of `builtin` with an argument of (resolved) type
/// `argument` runs in CPython: a CPython object argument, or a container of
/// them that CPython can read as a copy given to a builtin that computes
/// with its items (`sum`, `min`, `max`, `any`, `all`, and `sorted` without
/// a key, where CPython's order of comparisons decides which pair a failing
/// comparison names). Codegen asks the same question of the same types.
pub fn builtin_argument_goes_to_cpython(builtin: Builtin, argument: &Type, has_key: bool) -> bool {
    let computes_with_items = matches!(builtin, Builtin::Sum | Builtin::Min | Builtin::Max | Builtin::Any | Builtin::All) || (builtin == Builtin::Sorted && !has_key);
    *argument == Type::Foreign || (computes_with_items && argument.contains_foreign() && may_cross(argument, Crossing::ReadsOnly))
}

/// Whether `needle in container` is tested natively although a side is a
/// CPython object: a native list, tuple, dict or set whose items (keys) are
/// CPython objects, and a needle that is one or crosses by conversion; the
/// runtime's generic operations reach the objects' `__eq__` and `__hash__`
/// through taipan-vm's hooks. (`container` resolved.)
pub fn native_membership(needle: &Type, container: &Type) -> bool {
    let items = match container {
        Type::List(c) | Type::Set(c) | Type::FrozenSet(c) | Type::Dict(c) => c.element(),
        Type::VarTuple(element) => element,
        _ => return false,
    };
    *items == Type::Foreign && needle.crosses_by_conversion()
}

/// The native type a builtin applied to a CPython object gives, when
/// Python fixes it; `None` for the others (their result is `Foreign`).
fn builtin_result(builtin: Builtin) -> Option<Type> {
    match builtin {
        Builtin::Len | Builtin::Int | Builtin::Hash => Some(Type::Int),
        Builtin::Str | Builtin::Repr | Builtin::Format => Some(Type::Str),
        Builtin::Float => Some(Type::Float),
        Builtin::Bool => Some(Type::Bool),
        Builtin::Print => Some(Type::None),
        _ => None,
    }
}

impl Engine<'_> {
    /// `import m` / `from m import n` of a module CPython provides.
    pub(super) fn foreign_import(&mut self, expr: &Expr) -> Type {
        let ExprKind::ForeignImport { module, name, .. } = &expr.kind else { return Type::Unknown };
        let what = match name {
            Some(name) => format!("`{name}` is imported from `{module}`"),
            None => format!("module `{module}` is imported"),
        };
        self.vm_places.push(
            Diagnostic::warning(DiagnosticKind::Vm, format!("{what}, which the embedded CPython provides"), expr.span)
                .with_primary_label("run by CPython")
                .with_note("calls into it and operations on what it returns run in the embedded CPython VM (tier 3)"),
        );
        Type::Foreign
    }

    /// A top-level `def` or `class` the embedded CPython runs: a CPython
    /// object. The module's globals it uses cross when it is defined (and
    /// the values ones again at every store, `mirrored_globals`): functions
    /// as callables, immutable values by conversion; others cannot yet.
    pub(super) fn vm_definition(&mut self, expr: &Expr, walk: &mut Walk) -> Type {
        let ExprKind::VmDefinition { index, uses } = &expr.kind else { return Type::Unknown };
        let definition = &self.program.vm_definitions[*index as usize];
        let mut place = Diagnostic::warning(DiagnosticKind::Vm, format!("`{}` runs in the embedded CPython", definition.name), definition.span)
            .with_primary_label("run by CPython");
        for reason in &definition.reasons {
            place = place.with_note(format!("the native compiler refused it: {reason}"));
        }
        if definition.runs_faster_in_cpython {
            place = place.with_note(
                "it runs faster there: each of its loops only works on CPython objects, and native code would cross into CPython for every operation",
            );
        }
        self.vm_places.push(place);
        let name = definition.name.clone();
        for (used, read) in uses {
            let used_type = self.expr(read, walk);
            match &used_type {
                Type::Function(_) | Type::Closure { .. } => {
                    self.native_function_for_cpython(read, &used_type, walk);
                }
                Type::Unknown => {}
                other if may_cross(other, Crossing::MayKeep) => {
                    if let ExprKind::Variable(Variable::Global(global)) = &read.kind {
                        self.mirrored_globals.insert(*global);
                    }
                }
                other => {
                    let shown = self.resolve(other);
                    self.diagnostics.push(
                        Diagnostic::unsupported(format!("`{name}` runs in the embedded CPython and uses `{used}`, a native {shown}"), expr.span)
                            .with_note("only immutable values, CPython objects and functions of the program reach CPython code as globals yet"),
                    );
                }
            }
        }
        Type::Foreign
    }

    /// The type of an argument of a call that may go to CPython: a builtin
    /// named as a value (`key=len`, `isinstance(x, int)`) is CPython's own.
    fn foreign_argument_type(&mut self, arg: &Expr, walk: &mut Walk) -> Type {
        match &arg.kind {
            ExprKind::Builtin(builtin) if !matches!(builtin, Builtin::Math(_) | Builtin::SysExit | Builtin::Iter) => {
                walk.expr_types[arg.id.0 as usize] = Type::Foreign;
                Type::Foreign
            }
            _ => self.expr(arg, walk),
        }
    }

    /// Checks that every argument may cross into CPython; reports each one
    /// that may not.
    /// Functions cross only as call arguments (`walk` is given there).
    fn check_crossing(&mut self, args: &[(&Expr, Type)], crossing: Crossing, mut walk: Option<&mut Walk>) -> bool {
        let mut ok = true;
        for (arg, arg_type) in args {
            let is_function = matches!(arg_type, Type::Function(_) | Type::Closure { .. }) && !matches!(arg.kind, ExprKind::Starred(_));
            if let (true, Some(walk)) = (is_function, walk.as_deref_mut()) {
                ok &= self.native_function_for_cpython(arg, arg_type, walk);
            } else if matches!(arg.kind, ExprKind::Starred(_)) {
                self.diagnostics.push(Diagnostic::unsupported("`*` unpacking in a call into CPython is not supported yet", arg.span));
                ok = false;
            } else if *arg_type == Type::Unknown {
                ok = false;
            } else if !may_cross(arg_type, crossing) {
                let shown = self.resolve(arg_type);
                let why = match crossing {
                    Crossing::MayKeep if shown.is_container() => "CPython could keep or change it, and native containers cross only as copies",
                    _ => "native values of this type cannot cross into CPython yet",
                };
                self.diagnostics.push(
                    Diagnostic::unsupported(format!("passing a native {shown} to CPython is not supported yet"), arg.span)
                        .with_primary_label(format!("a {shown}"))
                        .with_note(why),
                );
                ok = false;
            }
        }
        ok
    }

    /// A function of the program (a `def`'s or a lambda's, possibly a
    /// closure) handed to CPython, which may call it with any objects: the
    /// instance of it whose parameters are all CPython objects, recorded as
    /// a call under `cpython_callback_key` of the argument's id (codegen makes the callable
    /// CPython sees from it). What it returns crosses back by conversion,
    /// so it must be immutable. False (with a diagnostic) when CPython
    /// could not call it that way yet.
    fn native_function_for_cpython(&mut self, arg: &Expr, function_type: &Type, walk: &mut Walk) -> bool {
        let function = match function_type {
            Type::Function(function) | Type::Closure { function, .. } => FunctionId(*function),
            _ => return false,
        };
        let def = self.program.function(function);
        let why = if self.program_imports_threads() {
            Some("the program imports a threading module, and CPython could call it from another thread, where native code cannot run")
        } else if def.is_generator {
            Some("CPython cannot call a native generator function yet")
        } else if def.class.is_some() {
            Some("CPython cannot call a native method yet")
        } else if def.params.iter().any(|param| param.default.is_some() || !matches!(param.kind, ParamKind::PositionalOnly | ParamKind::Normal)) {
            Some("CPython can call native functions only when every parameter is positional, without a default")
        } else {
            None
        };
        if let Some(why) = why {
            self.diagnostics.push(
                Diagnostic::unsupported(format!("passing the native function `{}` to CPython is not supported yet", def.name), arg.span).with_note(why),
            );
            return false;
        }
        let arg_types = vec![Type::Foreign; def.params.len()];
        let returned = self.call_function_value(cpython_callback_key(arg.id), function_type, arg.span, arg_types, &[], &[], walk);
        if returned != Type::Unknown && !may_cross(&returned, Crossing::MayKeep) {
            let shown = self.resolve(&returned);
            self.diagnostics.push(
                Diagnostic::unsupported(format!("CPython calls `{}`, which returns a native {shown}: not supported yet", def.name), arg.span)
                    .with_note("what a native function returns to CPython crosses as a copy, so only immutable values may"),
            );
            return false;
        }
        true
    }

    /// Whether the program imports a module with which CPython may call
    /// native functions from other threads (imports of CPython's modules
    /// are module-level statements).
    fn program_imports_threads(&self) -> bool {
        const THREADING: &[&str] = &["threading", "_thread", "concurrent", "multiprocessing"];
        self.program.modules.iter().any(|module| {
            self.program.function(module.init).body.iter().any(|stmt| match &stmt.kind {
                StmtKind::Import { assignments, .. } => assignments.iter().any(|(_, value)| match &value.kind {
                    ExprKind::ForeignImport { module, .. } => THREADING.contains(&module.split('.').next().unwrap_or(module)),
                    _ => false,
                }),
                _ => false,
            })
        })
    }

    /// A call that goes to CPython, if this is one: a call of a CPython
    /// object or of a method of one, a builtin applied to a CPython object,
    /// or a method of a str, number or tuple with a CPython object argument.
    pub(super) fn foreign_call(&mut self, expr: &Expr, callee: &Expr, args: &[Expr], keywords: &[Keyword], walk: &mut Walk) -> Option<Type> {
        match &callee.kind {
            ExprKind::Builtin(builtin) => {
                // Typing an argument has effects (an `enumerate(...)` typed
                // as a value is refused): only arguments that can be CPython
                // objects are typed here, the rest by the native path.
                if !args.iter().chain(keywords.iter().map(|k| &k.value)).any(|arg| self.rooted_in_foreign(arg, walk)) {
                    return None;
                }
                let arg_types: Vec<Type> = args.iter().map(|arg| self.foreign_argument_type(arg, walk)).collect();
                let keyword_types: Vec<Type> = keywords.iter().map(|keyword| self.foreign_argument_type(&keyword.value, walk)).collect();
                let has_key = keywords.iter().any(|k| k.name == "key");
                let direct_foreign = args
                    .iter()
                    .zip(&arg_types)
                    .any(|(arg, t)| !matches!(arg.kind, ExprKind::Builtin(_)) && builtin_argument_goes_to_cpython(*builtin, &self.resolve(t), has_key));
                let keyword_foreign = keywords.iter().zip(&keyword_types).any(|(k, t)| *t == Type::Foreign && !matches!(k.value.kind, ExprKind::Builtin(_)));
                if !direct_foreign && !keyword_foreign {
                    // Not a call into CPython: forget the builtins typed as
                    // CPython's own, for the native path.
                    for arg in args.iter().chain(keywords.iter().map(|k| &k.value)) {
                        if matches!(arg.kind, ExprKind::Builtin(_)) {
                            walk.expr_types[arg.id.0 as usize] = Type::Unknown;
                        }
                    }
                    return None;
                }
                walk.expr_types[callee.id.0 as usize] = Type::Unknown;
                if matches!(builtin, Builtin::SysExit | Builtin::Iter) || (*builtin == Builtin::Print && keywords.iter().any(|k| k.name != "sep" && k.name != "end")) {
                    self.diagnostics.push(Diagnostic::unsupported(format!("`{}` of a CPython object is not supported yet", builtin.name()), expr.span));
                    return Some(Type::Unknown);
                }
                let crossing = builtin_crossing(*builtin);
                let all: Vec<(&Expr, Type)> = args.iter().chain(keywords.iter().map(|k| &k.value)).zip(arg_types.into_iter().chain(keyword_types)).collect();
                if *builtin == Builtin::Print {
                    // Printed natively, each CPython object as its `str()`.
                    for (arg, arg_type) in &all {
                        if !(arg_type.crosses_by_conversion() || crate::infer::builtins::is_printable(arg_type)) || matches!(arg.kind, ExprKind::Starred(_)) {
                            self.diagnostics.push(Diagnostic::unsupported("this `print` argument is not supported yet", arg.span));
                            return Some(Type::Unknown);
                        }
                    }
                    return Some(Type::None);
                }
                if !self.check_crossing(&all, crossing, Some(walk)) {
                    return Some(Type::Unknown);
                }
                let single_foreign = args.len() == 1 && keywords.is_empty();
                Some(match builtin_result(*builtin) {
                    Some(result) if single_foreign => result,
                    _ => Type::Foreign,
                })
            }
            ExprKind::Attribute { value, name: _ } => {
                let foreign_argument = args.iter().chain(keywords.iter().map(|k| &k.value)).any(|arg| self.rooted_in_foreign(arg, walk));
                if !foreign_argument && !self.rooted_in_foreign(value, walk) {
                    return None;
                }
                let receiver = match &value.kind {
                    // A class or a module of the program is never CPython's.
                    ExprKind::Variable(Variable::Global(global)) if !matches!(self.program.global(*global).kind, GlobalKind::Variable | GlobalKind::ModuleName) => {
                        return None;
                    }
                    ExprKind::Super { .. } => return None,
                    _ => self.expr(value, walk),
                };
                if receiver == Type::Foreign {
                    walk.expr_types[callee.id.0 as usize] = Type::Foreign;
                    return Some(self.foreign_call_arguments(args, keywords, Crossing::Checked, walk));
                }
                // A method of an immutable native value with a CPython
                // object among its arguments: CPython's method of the
                // converted receiver, which only reads its arguments.
                if matches!(receiver, Type::Str | Type::Int | Type::Float | Type::Bool | Type::Tuple(_)) {
                    let arg_types: Vec<Type> = args.iter().map(|arg| self.foreign_argument_type(arg, walk)).collect();
                    let keyword_types: Vec<Type> = keywords.iter().map(|keyword| self.foreign_argument_type(&keyword.value, walk)).collect();
                    let any_foreign = args.iter().zip(&arg_types).chain(keywords.iter().map(|k| &k.value).zip(&keyword_types)).any(|(arg, t)| {
                        self.resolve(t).contains_foreign() && !matches!(arg.kind, ExprKind::Builtin(_))
                    });
                    if !any_foreign {
                        for arg in args.iter().chain(keywords.iter().map(|k| &k.value)) {
                            if matches!(arg.kind, ExprKind::Builtin(_)) {
                                walk.expr_types[arg.id.0 as usize] = Type::Unknown;
                            }
                        }
                        return None;
                    }
                    walk.expr_types[callee.id.0 as usize] = Type::Foreign;
                    let all: Vec<(&Expr, Type)> = args.iter().chain(keywords.iter().map(|k| &k.value)).zip(arg_types.into_iter().chain(keyword_types)).collect();
                    if !self.check_crossing(&all, Crossing::ReadsOnly, Some(walk)) {
                        return Some(Type::Unknown);
                    }
                    return Some(Type::Foreign);
                }
                None
            }
            ExprKind::Variable(Variable::Global(global)) if !matches!(self.program.global(*global).kind, GlobalKind::Variable) => None,
            ExprKind::Variable(_) | ExprKind::Call { .. } | ExprKind::Index { .. } => {
                if !self.rooted_in_foreign(callee, walk) || self.expr(callee, walk) != Type::Foreign {
                    return None;
                }
                Some(self.foreign_call_arguments(args, keywords, Crossing::Checked, walk))
            }
            _ => None,
        }
    }

    /// Whether `expr` may give a CPython object (or a container of them),
    /// judged without typing it: an expression over a variable that holds
    /// one, or over an import CPython performs. Typing has effects, so
    /// calls that cannot involve CPython are left to the native path.
    fn rooted_in_foreign(&self, expr: &Expr, walk: &Walk) -> bool {
        match &expr.kind {
            ExprKind::ForeignImport { .. } => true,
            ExprKind::Variable(variable) => self.resolve(&self.variable_type(*variable, walk)).contains_foreign(),
            // An instance's attribute that holds CPython objects (a field an
            // extension module's boxed entry assigned one).
            ExprKind::Attribute { value, name } if self.instance_field_holds_foreign(value, name, walk) => true,
            ExprKind::Attribute { value, .. } | ExprKind::Index { value, .. } | ExprKind::Slice { value, .. } => self.rooted_in_foreign(value, walk),
            ExprKind::Call { callee, args, keywords } => {
                self.rooted_in_foreign(callee, walk) || args.iter().chain(keywords.iter().map(|k| &k.value)).any(|arg| self.rooted_in_foreign(arg, walk))
            }
            ExprKind::Binary { left, right, .. } => self.rooted_in_foreign(left, walk) || self.rooted_in_foreign(right, walk),
            ExprKind::Unary { operand, .. } | ExprKind::Starred(operand) | ExprKind::ClassOf(operand) | ExprKind::ExactType { value: operand, .. } => {
                self.rooted_in_foreign(operand, walk)
            }
            ExprKind::IfElse { then_value, else_value, .. } => self.rooted_in_foreign(then_value, walk) || self.rooted_in_foreign(else_value, walk),
            ExprKind::BoolOp { values, .. } | ExprKind::List(values) | ExprKind::Tuple(values) | ExprKind::Set(values) => values.iter().any(|value| self.rooted_in_foreign(value, walk)),
            ExprKind::Dict(items) => items.iter().any(|(key, value)| self.rooted_in_foreign(key, walk) || self.rooted_in_foreign(value, walk)),
            ExprKind::Compare { left, comparisons } => self.rooted_in_foreign(left, walk) || comparisons.iter().any(|(_, right)| self.rooted_in_foreign(right, walk)),
            _ => false,
        }
    }

    /// Whether `value.name` reads a field that may hold a CPython object,
    /// `value` being an instance.
    fn instance_field_holds_foreign(&self, value: &Expr, name: &str, walk: &Walk) -> bool {
        let ExprKind::Variable(variable) = &value.kind else { return false };
        let Type::Instance { class, .. } = self.resolve(&self.variable_type(*variable, walk)) else { return false };
        let family = self.class_table.family_of(taipan_parser_bridge::hir::ClassId(class));
        self.fields[family].get(name).is_some_and(|field| self.resolve(field).contains_foreign())
    }

    /// Types the arguments of a call of a CPython object: its result is
    /// another.
    fn foreign_call_arguments(&mut self, args: &[Expr], keywords: &[Keyword], crossing: Crossing, walk: &mut Walk) -> Type {
        if keywords.iter().any(|k| k.name == "**") {
            self.diagnostics.push(Diagnostic::unsupported("`**` unpacking in a call into CPython is not supported yet", keywords[0].value.span));
            return Type::Unknown;
        }
        let arg_types: Vec<Type> = args.iter().map(|arg| self.foreign_argument_type(arg, walk)).collect();
        let keyword_types: Vec<Type> = keywords.iter().map(|keyword| self.foreign_argument_type(&keyword.value, walk)).collect();
        let all: Vec<(&Expr, Type)> = args.iter().chain(keywords.iter().map(|k| &k.value)).zip(arg_types.into_iter().chain(keyword_types)).collect();
        if self.check_crossing(&all, crossing, Some(walk)) {
            if crossing == Crossing::Checked {
                self.foreign_call_may_fill(&all);
            }
            Type::Foreign
        } else {
            Type::Unknown
        }
    }

    /// A binary operator with a CPython object on either side.
    pub(super) fn foreign_binary(&mut self, left: (&Expr, &Type), right: (&Expr, &Type)) -> Type {
        if *left.1 == Type::Unknown || *right.1 == Type::Unknown {
            return Type::Unknown;
        }
        if self.check_crossing(&[(left.0, left.1.clone()), (right.0, right.1.clone())], Crossing::MayKeep, None) {
            Type::Foreign
        } else {
            Type::Unknown
        }
    }

    /// `object[index] = value` on a CPython object, which keeps the value.
    pub(super) fn foreign_store_item(&mut self, index: &Expr, index_type: &Type, value_type: &Type, span: taipan_parser_bridge::source::Span) {
        if *value_type == Type::Unknown || !self.check_crossing(&[(index, index_type.clone())], Crossing::MayKeep, None) {
            return;
        }
        if !may_cross(value_type, Crossing::MayKeep) {
            let shown = self.resolve(value_type);
            self.diagnostics.push(
                Diagnostic::unsupported(format!("storing a native {shown} into a CPython object is not supported yet"), span)
                    .with_note("CPython would keep it, and native containers cross only as copies"),
            );
        }
    }

    /// `object.name = value` on a CPython object, which keeps the value.
    pub(super) fn foreign_store_attribute(&mut self, value_type: &Type, span: taipan_parser_bridge::source::Span) {
        if *value_type != Type::Unknown && !may_cross(value_type, Crossing::MayKeep) {
            let shown = self.resolve(value_type);
            self.diagnostics.push(
                Diagnostic::unsupported(format!("storing a native {shown} into a CPython object is not supported yet"), span)
                    .with_note("CPython would keep it, and native containers cross only as copies"),
            );
        }
    }

    /// What a CPython call may put into the native containers it is given
    /// (their copies are written back): its other arguments, and objects
    /// of its own. The containers' element types grow to hold them.
    fn foreign_call_may_fill(&mut self, all: &[(&Expr, Type)]) {
        for (position, (arg, arg_type)) in all.iter().enumerate() {
            let Type::List(container) = self.resolve(arg_type) else { continue };
            let mut added = Type::Unknown;
            for (other_position, (_, other_type)) in all.iter().enumerate() {
                if other_position != position && other_type.crosses_by_conversion() && *other_type != Type::Foreign {
                    added = added.join(other_type);
                }
            }
            // Nothing native is known to go in: CPython's own objects may.
            let element = container.element().clone();
            let added = if added == Type::Unknown && element == Type::Unknown { Type::Foreign } else { added };
            if added != Type::Unknown && !added.contains_union() {
                if let Type::List(sites) = arg_type {
                    self.add_element(sites, 0, &added, arg.span);
                }
            }
        }
    }
}
