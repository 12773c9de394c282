//! Which locals holding CPython objects own their handle outright, so that
//! rebinding one may drop the old object's reference at once, as CPython's
//! reference counting does (`m = pattern.match(line)` in a loop would
//! otherwise keep every old match alive until the next collection, and
//! CPython's own cycle collector would keep traversing them).
//!
//! A local owns its handle when every value bound to it is a handle made
//! for that binding alone (the result of a call into CPython, an attribute,
//! an item or an operator of CPython objects, or an item of iterating a
//! CPython object) and every use of it hands only the object, never the
//! handle, onward: a call into CPython, an attribute or item read, an
//! operator, a conversion (`len`, `int`, `str`, ...), `print`, a truth
//! test. Native code could keep the handle anywhere else (a variable, a
//! container, an argument, a return value), so any other use, and any
//! binding the analysis does not know, is an escape. Parameters, cells and
//! generators' locals are left out (see the emitter), as in `ownership`.

use indexmap::IndexSet;
use taipan_parser_bridge::hir::*;
use taipan_typeinfer::Type;

/// The CPython-object locals of `function` that own their handles.
pub fn owning_foreign_locals(function: &Function, local_types: &[Type], expr_types: &[Type]) -> IndexSet<LocalId> {
    if !local_types.iter().any(|t| *t == Type::Foreign) {
        return IndexSet::new();
    }
    let mut analysis = Analysis { escaped: IndexSet::new(), expr_types };
    for param in &function.params {
        analysis.escaped.insert(param.local);
    }
    analysis.block(&function.body);
    (0..function.locals.len() as u32)
        .map(LocalId)
        .filter(|local| local_types.get(local.0 as usize) == Some(&Type::Foreign) && !analysis.escaped.contains(local))
        .collect()
}

struct Analysis<'t> {
    escaped: IndexSet<LocalId>,
    expr_types: &'t [Type],
}

impl Analysis<'_> {
    fn is_foreign(&self, expr: &Expr) -> bool {
        self.expr_types.get(expr.id.0 as usize) == Some(&Type::Foreign)
    }

    /// Whether `expr` makes a handle for itself alone (codegen's
    /// `makes_fresh_handle`, judged from the same types).
    fn is_fresh(&self, expr: &Expr) -> bool {
        if !self.is_foreign(expr) {
            return false;
        }
        match &expr.kind {
            ExprKind::Call { callee, .. } => match &callee.kind {
                ExprKind::Builtin(_) | ExprKind::Lambda(_) | ExprKind::Super { .. } => false,
                _ => self.is_foreign(callee),
            },
            ExprKind::Attribute { value, .. } | ExprKind::Index { value, .. } => self.is_foreign(value),
            ExprKind::Binary { left, right, .. } => self.is_foreign(left) || self.is_foreign(right),
            _ => false,
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
                // A native value bound to a CPython-object local is converted
                // into a new object with a handle of its own (`total = 0`).
                let converted = !self.is_foreign(value) && self.expr_types.get(value.id.0 as usize).is_some_and(|t| *t != Type::Unknown);
                let fresh = targets.len() == 1 && (self.is_fresh(value) || converted);
                self.expr(value);
                for target in targets {
                    self.target(target, fresh);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                // `x op= y` on a CPython object reads x once and binds the
                // in-place result, a fresh handle.
                match target {
                    Target::Variable { variable: Variable::Local(_), .. } => self.target(target, true),
                    _ => self.target(target, false),
                }
                self.used_by_cpython(value);
            }
            StmtKind::If { condition, then_body, else_body } | StmtKind::While { condition, body: then_body, else_body } => {
                self.condition(condition);
                self.block(then_body);
                self.block(else_body);
            }
            StmtKind::For { target, iterable, body, else_body } => {
                // Iterating a CPython object gives fresh handles; iterating
                // a native container gives the ones it holds.
                let fresh = self.is_foreign(iterable);
                if fresh {
                    self.used_by_cpython(iterable);
                } else {
                    self.expr(iterable);
                }
                self.target(target, fresh);
                self.block(body);
                self.block(else_body);
            }
            StmtKind::Return(value) => value.iter().for_each(|value| self.expr(value)),
            StmtKind::Assert { test, message } => {
                self.condition(test);
                message.iter().for_each(|message| self.expr(message));
            }
            StmtKind::Delete(targets) => targets.iter().for_each(|target| self.target(target, false)),
            StmtKind::Import { assignments, .. } => {
                for (target, value) in assignments {
                    self.expr(value);
                    self.target(target, false);
                }
            }
            StmtKind::ClassDef { body, .. } => self.block(body),
            StmtKind::Try { body, handlers, else_body, finally_body } => {
                self.block(body);
                for handler in handlers {
                    handler.classes.iter().for_each(|class| self.expr(class));
                    if let Some(name) = &handler.name {
                        self.target(name, false);
                    }
                    self.block(&handler.body);
                }
                self.block(else_body);
                self.block(finally_body);
            }
            StmtKind::Raise { exception, cause, .. } => exception.iter().chain(cause).for_each(|value| self.expr(value)),
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass | StmtKind::FunctionDef { .. } | StmtKind::MethodDef { .. } => {}
        }
    }

    fn target(&mut self, target: &Target, fresh: bool) {
        match target {
            Target::Variable { variable: Variable::Local(local), .. } => {
                if !fresh {
                    self.escaped.insert(*local);
                }
            }
            Target::Variable { .. } => {}
            Target::Tuple { elements, .. } => elements.iter().for_each(|element| self.target(element, false)),
            Target::Index { value, index, .. } => {
                // Storing into a CPython object converts the stored value;
                // into a native container, it keeps the handle.
                if self.is_foreign(value) {
                    self.used_by_cpython(value);
                    self.used_by_cpython(index);
                } else {
                    self.expr(value);
                    self.expr(index);
                }
            }
            Target::Slice { value, bounds, .. } => {
                self.expr(value);
                for bound in [&bounds.start, &bounds.stop, &bounds.step].into_iter().flatten() {
                    self.expr(bound);
                }
            }
            Target::Attribute { value, .. } => {
                if self.is_foreign(value) {
                    self.used_by_cpython(value);
                } else {
                    self.expr(value);
                }
            }
        }
    }

    /// A position where only the truth of the value is used.
    fn condition(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::Variable(Variable::Local(_)) if self.is_foreign(expr) => {}
            ExprKind::Unary { op: UnaryOp::Not, operand } => self.condition(operand),
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|value| self.condition(value)),
            _ => self.expr(expr),
        }
    }

    /// A position whose value goes to the VM, which takes the object (a new
    /// reference of its own where it keeps it) and never the handle.
    fn used_by_cpython(&mut self, expr: &Expr) {
        if matches!(expr.kind, ExprKind::Variable(Variable::Local(_))) && self.is_foreign(expr) {
            return;
        }
        self.expr(expr);
    }

    /// An expression whose value may be kept: a local read here escapes.
    fn expr(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::Variable(Variable::Local(local)) => {
                self.escaped.insert(*local);
            }
            ExprKind::Attribute { value, .. } if self.is_foreign(value) => self.used_by_cpython(value),
            ExprKind::Index { value, index } if self.is_foreign(value) => {
                self.used_by_cpython(value);
                self.used_by_cpython(index);
            }
            ExprKind::Binary { left, right, .. } if self.is_foreign(left) || self.is_foreign(right) => {
                self.used_by_cpython(left);
                self.used_by_cpython(right);
            }
            ExprKind::Unary { op, operand } if *op != UnaryOp::Not && self.is_foreign(operand) => self.used_by_cpython(operand),
            ExprKind::Unary { op: UnaryOp::Not, operand } => self.condition(operand),
            ExprKind::Compare { left, comparisons } if comparisons.len() == 1 && (self.is_foreign(left) || self.is_foreign(&comparisons[0].1)) => {
                self.used_by_cpython(left);
                self.used_by_cpython(&comparisons[0].1);
            }
            ExprKind::Call { callee, args, keywords } => {
                let into_cpython = match &callee.kind {
                    // A builtin with a CPython object argument runs in
                    // CPython, or converts (print writes its str).
                    ExprKind::Builtin(_) => args.iter().chain(keywords.iter().map(|k| &k.value)).any(|arg| self.is_foreign(arg)),
                    ExprKind::Lambda(_) | ExprKind::Super { .. } => false,
                    _ => self.is_foreign(callee),
                };
                if !into_cpython {
                    self.expr(callee);
                    args.iter().chain(keywords.iter().map(|k| &k.value)).for_each(|arg| self.expr(arg));
                    return;
                }
                match &callee.kind {
                    ExprKind::Attribute { value, .. } => self.used_by_cpython(value),
                    ExprKind::Builtin(_) => {}
                    _ => self.used_by_cpython(callee),
                }
                for arg in args.iter().chain(keywords.iter().map(|k| &k.value)) {
                    if matches!(arg.kind, ExprKind::Starred(_)) {
                        self.expr(arg);
                    } else {
                        self.used_by_cpython(arg);
                    }
                }
            }
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|value| self.expr(value)),
            ExprKind::Lambda(_) => {}
            ExprKind::Comprehension(comprehension) => {
                for clause in &comprehension.clauses {
                    self.expr(&clause.iterable);
                    self.target(&clause.target, false);
                    clause.conditions.iter().for_each(|condition| self.expr(condition));
                }
                self.expr(&comprehension.element);
                if let Some(value) = &comprehension.value {
                    self.expr(value);
                }
            }
            ExprKind::Index { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { value, bounds } => {
                if self.is_foreign(value) {
                    self.used_by_cpython(value);
                } else {
                    self.expr(value);
                }
                for bound in [&bounds.start, &bounds.stop, &bounds.step].into_iter().flatten() {
                    self.expr(bound);
                }
            }
            ExprKind::Compare { left, comparisons } => {
                self.expr(left);
                comparisons.iter().for_each(|(_, operand)| self.expr(operand));
            }
            _ => {
                super::hir_walk::visit_plain_operands(expr, &mut |operand| self.expr(operand));
            }
        }
    }
}
