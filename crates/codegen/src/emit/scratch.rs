//! Which str locals of a function may hold their values in a stack buffer
//! of their own (a `taipan_abi::ScratchStr`) instead of the heap: the
//! targets of `for word in text.split(...)` loops, and locals bound to a
//! case-mapping or strip of one (`key = word.lower()`), whose values are
//! only ever read in ways that cannot keep them: compared, measured,
//! printed, searched with, looked up in a dict or set, or asked a question
//! (`startswith`, `isdigit`). Such a value is dead once the local is bound
//! again, so the split loop writes each field over the last one and the
//! loop allocates nothing per word.
//!
//! Two uses keep a value and are still allowed, because a copy is made
//! there: a dict inserting it as a key (`counts[word] = ...`) keeps a heap
//! copy (the runtime's `owned_str`), and another scratch local bound to the
//! result of a method that may return its receiver (`word.lower()` returns
//! `word` when it is lower case already) gets a copy in its own buffer (the
//! generated code's `keep_in_own_scratch`).
//!
//! The analysis is deliberately conservative: any use it does not know is
//! an escape, including being the text a split loop walks (the loop keeps
//! reading it while the buffer is rewritten). It knows nothing of how the
//! buffers are emitted; that is `emit_bind`'s and `iter_init`'s business.

use indexmap::{IndexMap, IndexSet};
use taipan_parser_bridge::hir::*;
use taipan_typeinfer::Type;

/// Str methods whose result may be the receiver itself: the result may be
/// bound to a scratch local, which copies a scratch receiver.
const RECEIVER_MAY_RETURN_METHODS: &[&str] = &["lower", "upper", "strip", "lstrip", "rstrip"];

/// Str methods that return a number or a bool: reading the receiver and the
/// arguments through.
const QUESTION_METHODS: &[&str] = &[
    "startswith",
    "endswith",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "isalpha",
    "isdigit",
    "isalnum",
    "isspace",
    "islower",
    "isupper",
    "istitle",
    "isnumeric",
    "isdecimal",
    "isidentifier",
    "isascii",
    "isprintable",
];

/// The str locals of `function` that get a scratch buffer, in local order.
pub fn scratch_str_locals(function: &Function, local_types: &[Type], expr_types: &[Type]) -> IndexSet<LocalId> {
    let is_str_local = |local: &LocalId| matches!(local_types.get(local.0 as usize), Some(Type::Str));
    let mut analysis = Analysis { expr_types, escaped: IndexSet::new(), split_targets: IndexSet::new(), derived: IndexMap::new() };
    for param in &function.params {
        analysis.escaped.insert(param.local);
    }
    analysis.block(&function.body);
    // `local = source.lower()` keeps `source`'s value (it may be the same
    // object) unless `local` is a scratch local itself, which copies it:
    // when `local` escapes, so does `source`.
    loop {
        let mut changed = false;
        for (derived, sources) in &analysis.derived {
            if analysis.escaped.contains(derived) || !is_str_local(derived) {
                for source in sources {
                    changed |= analysis.escaped.insert(*source);
                }
            }
        }
        if !changed {
            break;
        }
    }
    let usable = |local: &LocalId| is_str_local(local) && !analysis.escaped.contains(local);
    let mut scratch: IndexSet<LocalId> = analysis.split_targets.iter().copied().filter(usable).collect();
    loop {
        let before = scratch.len();
        for (derived, sources) in &analysis.derived {
            if usable(derived) && sources.iter().any(|source| scratch.contains(source)) {
                scratch.insert(*derived);
            }
        }
        if scratch.len() == before {
            break;
        }
    }
    scratch.sort();
    scratch
}

/// Whether `expr` is `text.split(...)` on a str, the one iterable whose
/// fields a loop builds in its target's buffer.
pub fn is_str_split(expr: &Expr, expr_types: &[Type]) -> bool {
    match &expr.kind {
        ExprKind::Call { callee, .. } => match &callee.kind {
            ExprKind::Attribute { value, name } => name == "split" && type_of(expr_types, value) == Type::Str,
            _ => false,
        },
        _ => false,
    }
}

fn type_of(expr_types: &[Type], expr: &Expr) -> Type {
    expr_types.get(expr.id.0 as usize).cloned().unwrap_or(Type::Unknown)
}

struct Analysis<'t> {
    expr_types: &'t [Type],
    escaped: IndexSet<LocalId>,
    /// Locals that are the target of a split loop.
    split_targets: IndexSet<LocalId>,
    /// `local = source.lower()`: the sources of each such local.
    derived: IndexMap<LocalId, IndexSet<LocalId>>,
}

impl Analysis<'_> {
    fn type_of(&self, expr: &Expr) -> Type {
        type_of(self.expr_types, expr)
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
                if let ([Target::Variable { variable: Variable::Local(local), .. }], Some(source)) = (targets.as_slice(), receiver_may_return(value)) {
                    self.derived.entry(*local).or_default().insert(source);
                    if let ExprKind::Call { args, keywords, .. } = &value.kind {
                        args.iter().for_each(|arg| self.expr(arg));
                        keywords.iter().for_each(|keyword| self.expr(&keyword.value));
                    }
                    return;
                }
                self.expr(value);
                for target in targets {
                    self.target(target);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                // `s += t` reads `s` into a concatenation, which may be `s`.
                if let Target::Variable { variable: Variable::Local(local), .. } = target {
                    self.escaped.insert(*local);
                }
                self.target(target);
                self.expr(value);
            }
            StmtKind::If { condition, then_body, else_body } | StmtKind::While { condition, body: then_body, else_body } => {
                self.condition(condition);
                self.block(then_body);
                self.block(else_body);
            }
            StmtKind::For { target, iterable, body, else_body } => {
                self.loop_binding(target, iterable);
                self.block(body);
                self.block(else_body);
            }
            StmtKind::Return(value) => {
                if let Some(value) = value {
                    self.expr(value);
                }
            }
            StmtKind::Assert { test, message } => {
                self.condition(test);
                if let Some(message) = message {
                    self.expr(message);
                }
            }
            StmtKind::Delete(targets) => {
                for target in targets {
                    if let Target::Variable { variable: Variable::Local(local), .. } = target {
                        self.escaped.insert(*local);
                    }
                    self.target(target);
                }
            }
            StmtKind::Import { assignments, .. } => {
                for (target, value) in assignments {
                    self.expr(value);
                    self.target(target);
                }
            }
            StmtKind::ClassDef { body, .. } => self.block(body),
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
                exception.iter().chain(cause).for_each(|value| self.expr(value));
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass | StmtKind::FunctionDef { .. } | StmtKind::MethodDef { .. } => {}
        }
    }

    /// The binding of a `for` loop or comprehension clause.
    fn loop_binding(&mut self, target: &Target, iterable: &Expr) {
        self.expr(iterable);
        match target {
            Target::Variable { variable: Variable::Local(local), .. } if is_str_split(iterable, self.expr_types) => {
                self.split_targets.insert(*local);
            }
            _ => self.target(target),
        }
    }

    /// A binding target: binding itself never keeps the old value, but the
    /// expressions of subscript targets are read.
    fn target(&mut self, target: &Target) {
        match target {
            Target::Variable { .. } => {}
            Target::Tuple { elements, .. } => elements.iter().for_each(|element| self.target(element)),
            Target::Index { value, index, .. } => {
                self.expr(value);
                // A dict inserting a scratch key keeps a copy of it.
                if matches!(self.type_of(value), Type::Dict(_)) {
                    self.read(index);
                } else {
                    self.expr(index);
                }
            }
            Target::Slice { value, bounds, .. } => {
                self.expr(value);
                self.bounds(bounds);
            }
            Target::Attribute { value, .. } => self.expr(value),
        }
    }

    fn bounds(&mut self, bounds: &SliceBounds) {
        for bound in [&bounds.start, &bounds.stop, &bounds.step].into_iter().flatten() {
            self.expr(bound);
        }
    }

    /// A condition of `if`, `while` or `assert`: a local tested for truth
    /// is only read.
    fn condition(&mut self, condition: &Expr) {
        match &condition.kind {
            ExprKind::Unary { op: UnaryOp::Not, operand } => self.condition(operand),
            _ => self.read(condition),
        }
    }

    /// An expression whose value is only read here, never kept: a str local
    /// is fine; anything else is walked as usual.
    fn read(&mut self, expr: &Expr) {
        if let ExprKind::Variable(Variable::Local(_)) = &expr.kind {
            if self.type_of(expr) == Type::Str {
                return;
            }
        }
        self.expr(expr);
    }

    /// An expression whose value may be kept: a local read here escapes.
    fn expr(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::Variable(Variable::Local(local)) => {
                self.escaped.insert(*local);
            }
            ExprKind::Index { value, index } => {
                self.expr(value);
                if matches!(self.type_of(value), Type::Dict(_)) {
                    self.read(index);
                } else {
                    self.expr(index);
                }
            }
            ExprKind::Slice { value, bounds } => {
                self.expr(value);
                self.bounds(bounds);
            }
            ExprKind::Call { callee, args, keywords } => {
                match &callee.kind {
                    ExprKind::Builtin(Builtin::Len | Builtin::Print | Builtin::Hash | Builtin::Int | Builtin::Float | Builtin::Ord) => {
                        args.iter().for_each(|arg| self.read(arg));
                    }
                    ExprKind::Attribute { value, name } if self.type_of(value) == Type::Str && QUESTION_METHODS.contains(&name.as_str()) => {
                        self.read(value);
                        args.iter().for_each(|arg| self.read(arg));
                    }
                    ExprKind::Attribute { value, name } if name == "get" && matches!(self.type_of(value), Type::Dict(_)) => {
                        // `d.get(key, default)` returns the value, never the key.
                        self.expr(value);
                        if let Some((key, rest)) = args.split_first() {
                            self.read(key);
                            rest.iter().for_each(|arg| self.expr(arg));
                        }
                    }
                    _ => {
                        self.expr(callee);
                        args.iter().for_each(|arg| self.expr(arg));
                    }
                }
                keywords.iter().for_each(|keyword| self.expr(&keyword.value));
            }
            ExprKind::Compare { left, comparisons } => {
                // Comparisons of strs, and membership in the built-in
                // containers, read their operands through.
                let mut previous = &**left;
                let mut operands_read = vec![];
                for (op, operand) in comparisons {
                    let reads = match op {
                        CompareOp::In | CompareOp::NotIn => matches!(
                            self.type_of(operand),
                            Type::Str | Type::Dict(_) | Type::Set(_) | Type::FrozenSet(_) | Type::List(_) | Type::VarTuple(_) | Type::Tuple(_)
                        ),
                        CompareOp::Is | CompareOp::IsNot => false,
                        _ => self.type_of(previous) == Type::Str && self.type_of(operand) == Type::Str,
                    };
                    operands_read.push((previous, reads));
                    operands_read.push((operand, reads));
                    previous = operand;
                }
                for (operand, reads) in operands_read {
                    if reads {
                        self.read(operand);
                    } else {
                        self.expr(operand);
                    }
                }
            }
            // The variables a closure uses are cells, which the emitter
            // leaves out of this analysis (`is_shared_local`).
            ExprKind::Lambda(_) => {}
            ExprKind::Comprehension(comprehension) => {
                for clause in &comprehension.clauses {
                    self.loop_binding(&clause.target, &clause.iterable);
                    clause.conditions.iter().for_each(|condition| self.condition(condition));
                }
                self.expr(&comprehension.element);
                if let Some(value) = &comprehension.value {
                    self.expr(value);
                }
            }
            _ => {
                super::hir_walk::visit_plain_operands(expr, &mut |operand| self.expr(operand));
            }
        }
    }
}

/// `source.lower()` (or another method that may return its receiver) of a
/// local `source`: the local.
fn receiver_may_return(value: &Expr) -> Option<LocalId> {
    let ExprKind::Call { callee, .. } = &value.kind else { return None };
    let ExprKind::Attribute { value: receiver, name } = &callee.kind else { return None };
    let ExprKind::Variable(Variable::Local(source)) = &receiver.kind else { return None };
    RECEIVER_MAY_RETURN_METHODS.contains(&name.as_str()).then_some(*source)
}
