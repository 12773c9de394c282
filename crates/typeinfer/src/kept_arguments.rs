//! Which container arguments a function may keep past its call: the
//! question an extension module's function must answer before CPython's
//! lists, dicts and sets may be passed to it as native copies.
//!
//! `taipan ext` converts a list argument into a native list, runs the
//! function, and writes what the function changed back into CPython's list.
//! That is exact as long as nothing holds the native copy once the call
//! returns: a copy stored in a global, an attribute or a structure that
//! outlives the call would drift from CPython's object the next time
//! either side changed it. This module finds, for one instance, the
//! parameters whose values (or containers reachable from them) may be kept:
//! stored anywhere but in local variables and in the arguments themselves,
//! captured by a closure, yielded, raised, handed to CPython or to a
//! constructor. Storing one argument into another (`a.append(b)`) and
//! returning an argument are not keeping: the write-back and the result's
//! conversion map each native copy to the CPython object it came from.
//!
//! The analysis is conservative: a use it does not know counts as keeping.
//! It follows calls of the program's functions into their instances, and it
//! judges by the types inference gave, so a local that can only hold ints
//! never carries an argument. It knows nothing of codegen or of CPython.

use crate::infer::{ArgumentSource, CallResolution, Instance, InstanceId, TypedProgram};
use crate::types::Type;
use std::collections::{HashMap, HashSet};
use taipan_parser_bridge::hir::{Builtin, Expr, ExprKind, LocalId, Program, Stmt, StmtKind, Target, Variable};

/// For each parameter of `instance`, whether the function may keep its
/// value (or a container inside it) past the call. Returning it is not
/// keeping: the caller is CPython, which gets the original object back.
pub fn parameters_kept(program: &Program, typed: &TypedProgram, instance: InstanceId) -> Vec<bool> {
    let mut analysis = KeptAnalysis { program, typed, finished: HashMap::new(), in_progress: HashSet::new() };
    analysis.instance_parameters_kept(instance)
}

/// Whether `instance` may keep one of the arguments CPython passes it as a
/// copy: a list, dict or set (at any depth of tuples and containers).
/// Keeping an instance is not keeping a copy: an instance crosses as
/// itself, and its attributes are native already.
pub fn keeps_a_copied_argument(program: &Program, typed: &TypedProgram, instance: InstanceId) -> bool {
    let kept = parameters_kept(program, typed, instance);
    typed.instance(instance).arg_types.iter().zip(kept).any(|(ty, kept)| kept && is_copied_from_cpython(ty))
}

/// Whether CPython's argument of this type is copied into a native
/// container (which is then written back): lists, dicts and sets, and
/// tuples and frozensets holding them.
pub fn is_copied_from_cpython(ty: &Type) -> bool {
    match ty {
        Type::List(_) | Type::Set(_) | Type::Dict(_) => true,
        Type::Tuple(members) => members.iter().any(is_copied_from_cpython),
        Type::VarTuple(element) => is_copied_from_cpython(element),
        Type::FrozenSet(container) => is_copied_from_cpython(container.element()),
        _ => false,
    }
}

/// Whether a value of this type may hold (or be) a mutable container that
/// CPython's object was copied into. Instances, generators, closures and
/// the like count, since they may hold one.
pub fn holds_mutable(value: &Type) -> bool {
    match value {
        Type::Unknown | Type::Int | Type::Float | Type::Bool | Type::None | Type::Str | Type::Range | Type::Foreign | Type::Class { .. } => false,
        Type::Function(_) | Type::Functions(_) => false,
        Type::Tuple(members) => members.iter().any(holds_mutable),
        Type::VarTuple(element) | Type::Spread(element) => holds_mutable(element),
        Type::FrozenSet(container) => holds_mutable(container.element()),
        Type::Union(members) => members.iter().any(holds_mutable),
        _ => true,
    }
}

struct KeptAnalysis<'a> {
    program: &'a Program,
    typed: &'a TypedProgram,
    finished: HashMap<InstanceId, Vec<bool>>,
    /// Instances being analysed: a recursive call assumes their parameters
    /// are not kept, which is sound since any keeping happens at a place
    /// that some instance's own scan sees.
    in_progress: HashSet<InstanceId>,
}

impl KeptAnalysis<'_> {
    fn instance_parameters_kept(&mut self, id: InstanceId) -> Vec<bool> {
        let key = id;
        if let Some(kept) = self.finished.get(&key) {
            return kept.clone();
        }
        let instance = self.typed.instance(id);
        let function = self.program.function(instance.function);
        if self.in_progress.contains(&key) {
            return vec![false; function.params.len()];
        }
        self.in_progress.insert(key);
        let mut kept = Vec::new();
        for (index, param) in function.params.iter().enumerate() {
            let holds = instance.arg_types.get(index).map_or(true, holds_mutable);
            // A generator's body runs after the call returned: whatever it
            // reads of its arguments, it keeps.
            kept.push(holds && (function.is_generator || self.parameter_kept(id, param.local)));
        }
        self.in_progress.remove(&key);
        self.finished.insert(key, kept.clone());
        kept
    }

    /// Whether the function keeps the value of parameter `local`.
    fn parameter_kept(&mut self, id: InstanceId, local: LocalId) -> bool {
        let instance = self.typed.instance(id);
        let function = self.program.function(instance.function);
        let mut scan = Scan { analysis: self, instance, tainted: HashSet::from([local]), kept: false, changed: false };
        // Which locals may reference the argument: until nothing changes.
        loop {
            scan.changed = false;
            scan.block(&function.body);
            if !scan.changed || scan.kept {
                break;
            }
        }
        // A closure or nested function reaching a local that may hold it,
        // or (in a closure) a variable of the enclosing function, which
        // outlives the call.
        if function.cells.iter().any(|cell| scan.tainted.contains(cell)) || function.captures.iter().any(|capture| scan.tainted.contains(&capture.local)) {
            return true;
        }
        scan.kept
    }
}

/// One scan of a function's body for one parameter: `tainted` are the
/// locals that may reference the argument (or a container inside it).
struct Scan<'s, 'a> {
    analysis: &'s mut KeptAnalysis<'a>,
    instance: &'a Instance,
    tainted: HashSet<LocalId>,
    kept: bool,
    changed: bool,
}

/// Methods of built-in types that never store their arguments.
const NON_STORING_METHODS: &[&str] = &[
    "count", "index", "remove", "discard", "join", "startswith", "endswith", "find", "rfind", "split", "rsplit", "replace", "strip", "lstrip", "rstrip",
    "issubset", "issuperset", "isdisjoint", "get", "pop", "format", "encode", "__contains__",
];

/// Methods that copy the items of their argument into the receiver: they
/// store the argument's items, not the argument itself.
const ITEM_COPYING_METHODS: &[&str] = &["extend", "update", "union", "intersection", "difference", "symmetric_difference", "intersection_update", "difference_update", "symmetric_difference_update"];

impl Scan<'_, '_> {
    fn type_of(&self, expr: &Expr) -> &Type {
        self.instance.expr_types.get(expr.id.0 as usize).unwrap_or(&Type::Unknown)
    }

    fn local_type(&self, local: LocalId) -> &Type {
        self.instance.local_types.get(local.0 as usize).unwrap_or(&Type::Unknown)
    }

    fn taint(&mut self, local: LocalId) {
        if holds_mutable(self.local_type(local)) && self.tainted.insert(local) {
            self.changed = true;
        }
    }

    /// Whether the value of `expr` may be (or hold) the argument or a
    /// container inside it.
    fn references(&self, expr: &Expr) -> bool {
        if !holds_mutable(self.type_of(expr)) {
            return false;
        }
        match &expr.kind {
            ExprKind::Variable(Variable::Local(local)) => self.tainted.contains(local),
            ExprKind::Variable(Variable::Global(_)) => false,
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::None | ExprKind::Str(_) | ExprKind::Builtin(_) | ExprKind::Lambda(_) => false,
            _ => {
                let mut any = false;
                expr.for_each_operand(&mut |operand| any |= self.references(operand));
                any
            }
        }
    }

    fn keep_if_references(&mut self, expr: &Expr) {
        if self.references(expr) {
            self.kept = true;
        }
    }

    /// What storing `value` into the container or object `receiver` means:
    /// into a local, the local may now reference the argument; into an
    /// argument, the write-back maps it back; anywhere else, it is kept.
    fn store_into(&mut self, receiver: &Expr, value: &Expr) {
        if !self.references(value) {
            return;
        }
        match &receiver.kind {
            ExprKind::Variable(Variable::Local(local)) if holds_mutable(self.local_type(*local)) => self.taint(*local),
            _ if self.references(receiver) => {}
            _ => self.kept = true,
        }
    }

    fn block(&mut self, body: &[Stmt]) {
        for stmt in body {
            self.stmt(stmt);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::Expr(expr) => self.expr(expr),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for target in targets {
                    self.assign(target, value);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                self.assign(target, value);
            }
            StmtKind::If { condition, then_body, else_body } | StmtKind::While { condition, body: then_body, else_body } => {
                self.expr(condition);
                self.block(then_body);
                self.block(else_body);
            }
            StmtKind::For { target, iterable, body, else_body } => {
                self.expr(iterable);
                self.assign(target, iterable);
                self.block(body);
                self.block(else_body);
            }
            // A returned value goes to the caller: CPython gets its own
            // object back, and a native caller's `references` follows the
            // call's result.
            StmtKind::Return(value) => value.iter().for_each(|value| self.expr(value)),
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Assert { test, message } => {
                self.expr(test);
                if let Some(message) = message {
                    self.expr(message);
                    self.keep_if_references(message);
                }
            }
            StmtKind::Delete(targets) => {
                for target in targets {
                    target.for_each_operand(&mut |operand| self.expr(operand));
                }
            }
            StmtKind::Try { body, handlers, else_body, finally_body } => {
                self.block(body);
                for handler in handlers {
                    handler.classes.iter().for_each(|class| self.expr(class));
                    self.block(&handler.body);
                }
                self.block(else_body);
                self.block(finally_body);
            }
            StmtKind::Raise { exception, cause, .. } => {
                for value in exception.iter().chain(cause.iter()) {
                    self.expr(value);
                    self.keep_if_references(value);
                }
            }
            // Definitions, imports and the rest: anything they evaluate
            // that references the argument counts as kept.
            _ => {
                let mut exprs = Vec::new();
                let mut bodies = Vec::new();
                stmt.for_each_part(&mut |expr| exprs.push(expr), &mut |body| bodies.push(body));
                for expr in exprs {
                    self.expr(expr);
                    self.keep_if_references(expr);
                }
                for body in bodies {
                    self.block(body);
                }
            }
        }
    }

    /// Binding `value` (or, for a `for` target, its items) to `target`.
    fn assign(&mut self, target: &Target, value: &Expr) {
        match target {
            Target::Variable { variable: Variable::Local(local), .. } => {
                if self.references(value) {
                    self.taint(*local);
                }
            }
            Target::Variable { variable: Variable::Global(_), .. } => self.keep_if_references(value),
            Target::Tuple { elements, .. } => {
                for element in elements {
                    self.assign(element, value);
                }
            }
            Target::Index { value: receiver, index, .. } => {
                self.expr(receiver);
                self.expr(index);
                self.store_into(receiver, value);
            }
            Target::Slice { value: receiver, bounds, .. } => {
                self.expr(receiver);
                bounds.for_each_bound(&mut |bound| self.expr(bound));
                self.store_into(receiver, value);
            }
            Target::Attribute { value: receiver, .. } => {
                self.expr(receiver);
                self.store_into(receiver, value);
            }
        }
    }

    /// Checks the keeping places inside an expression (calls, displays
    /// that are themselves kept are judged where they are kept).
    fn expr(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::Call { callee, args, keywords } => {
                self.expr(callee);
                args.iter().for_each(|arg| self.expr(arg));
                keywords.iter().for_each(|keyword| self.expr(&keyword.value));
                self.call(expr, callee, args, keywords);
            }
            ExprKind::Yield(value) => {
                if let Some(value) = value {
                    self.expr(value);
                    self.keep_if_references(value);
                }
            }
            ExprKind::YieldFrom(value) => {
                self.expr(value);
                self.keep_if_references(value);
            }
            ExprKind::VmDefinition { uses, .. } => uses.iter().for_each(|(_, read)| self.keep_if_references(read)),
            ExprKind::Comprehension(comprehension) => {
                for clause in &comprehension.clauses {
                    self.expr(&clause.iterable);
                    self.assign(&clause.target, &clause.iterable);
                    clause.conditions.iter().for_each(|condition| self.expr(condition));
                }
                self.expr(&comprehension.element);
                if let Some(value) = &comprehension.value {
                    self.expr(value);
                }
            }
            _ => expr.for_each_operand(&mut |operand| self.expr(operand)),
        }
    }

    fn call(&mut self, call: &Expr, callee: &Expr, args: &[Expr], keywords: &[taipan_parser_bridge::hir::Keyword]) {
        let any_argument_references = args.iter().any(|arg| self.references(arg)) || keywords.iter().any(|keyword| self.references(&keyword.value));
        if !any_argument_references {
            return;
        }
        match &callee.kind {
            ExprKind::Builtin(builtin) => {
                // Builtins read their arguments; those whose result holds
                // them are followed by `references` where the result goes.
                let stores = matches!(builtin, Builtin::SetAttr);
                if stores {
                    self.kept = true;
                }
            }
            ExprKind::Attribute { value: receiver, name } if self.is_builtin_method_call(receiver) => {
                if NON_STORING_METHODS.contains(&name.as_str()) {
                    return;
                }
                if ITEM_COPYING_METHODS.contains(&name.as_str()) {
                    // Only the argument's items are stored.
                    let items_hold = args.iter().any(|arg| self.references(arg) && items_hold_mutable(self.type_of(arg)));
                    if items_hold {
                        for arg in args {
                            self.store_into(receiver, arg);
                        }
                    }
                    return;
                }
                for arg in args {
                    self.store_into(receiver, arg);
                }
                for keyword in keywords {
                    self.store_into(receiver, &keyword.value);
                }
            }
            _ => match self.instance.calls.get(&call.id) {
                Some(CallResolution::Bound { callee, params }) if self.typed_function_is_plain(*callee) => {
                    let kept = self.analysis.instance_parameters_kept(*callee);
                    for (param, source) in params.iter().enumerate() {
                        let argument = match source {
                            ArgumentSource::Positional(position) => args.get(*position),
                            ArgumentSource::Keyword(index) => keywords.get(*index).map(|keyword| &keyword.value),
                            ArgumentSource::Default => None,
                            _ => {
                                // Packed into `*args`/`**kwargs` or spread:
                                // judged as kept.
                                self.kept = true;
                                return;
                            }
                        };
                        if let Some(argument) = argument {
                            if kept.get(param).copied().unwrap_or(true) && self.references(argument) {
                                self.kept = true;
                            }
                        }
                    }
                    if args.iter().any(|arg| matches!(arg.kind, ExprKind::Starred(_))) {
                        self.kept = true;
                    }
                }
                // Constructors, CPython's functions, dispatches: kept.
                _ => self.kept = true,
            },
        }
    }

    /// Whether `receiver.method(...)` calls a method of a built-in type (a
    /// list, dict, set, str...), not one of the program's classes.
    fn is_builtin_method_call(&self, receiver: &Expr) -> bool {
        matches!(
            self.type_of(receiver),
            Type::List(_) | Type::Dict(_) | Type::Set(_) | Type::FrozenSet(_) | Type::Str | Type::Tuple(_) | Type::VarTuple(_) | Type::DictView(..)
        )
    }

    /// Whether a call's target is an ordinary function of the program (not
    /// a method, whose receiver the binding does not list as an argument).
    fn typed_function_is_plain(&self, callee: InstanceId) -> bool {
        let function = self.analysis.program.function(self.analysis.typed.instance(callee).function);
        function.class.is_none() && !function.is_generator
    }
}

/// Whether the items of a container of this type may hold mutable values.
fn items_hold_mutable(value: &Type) -> bool {
    match value {
        Type::List(container) | Type::Set(container) | Type::FrozenSet(container) => holds_mutable(container.element()),
        Type::Dict(container) | Type::DictView(_, container) => holds_mutable(container.element()) || holds_mutable(container.value()),
        Type::VarTuple(element) => holds_mutable(element),
        Type::Tuple(members) => members.iter().any(holds_mutable),
        _ => true,
    }
}
