//! Which list locals of a function own their object outright: every value
//! ever bound to the local is a list made just for it (a copy, a slice, a
//! display, a comprehension), and the local is only ever used in ways that
//! cannot hand the object to anyone else (indexing, slicing, `len`, `in`,
//! the list's own mutating methods). Such a local's object is unreachable
//! the moment the local is rebound, so `v = source[:]` may copy into the old
//! object instead of allocating a new one: no program can tell the
//! difference, and loops that copy a list per iteration (`perm =
//! perm1[:]`) stop allocating.
//!
//! The analysis is deliberately conservative: any use it does not know is an
//! escape. Iterating over the local is one, since the loop keeps reading the
//! object the local named when the loop began.

use indexmap::IndexSet;
use taipan_parser_bridge::hir::*;
use taipan_typeinfer::Type;

/// The list locals of `function` (of the given local types) that own their
/// object, in local order.
pub fn owning_list_locals(function: &Function, local_types: &[Type]) -> IndexSet<LocalId> {
    let mut analysis = Analysis { escaped: IndexSet::new() };
    for param in &function.params {
        analysis.escaped.insert(param.local);
    }
    analysis.block(&function.body);
    (0..function.locals.len() as u32)
        .map(LocalId)
        .filter(|local| matches!(local_types.get(local.0 as usize), Some(Type::List(_))) && !analysis.escaped.contains(local))
        .collect()
}

/// Whether `expr` always makes a new list that nothing else refers to.
pub fn makes_fresh_list(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::List(_) | ExprKind::Slice { .. } => true,
        ExprKind::Comprehension(comprehension) => comprehension.kind == ComprehensionKind::List,
        ExprKind::Call { callee, .. } => match &callee.kind {
            ExprKind::Attribute { name, .. } => name == "copy",
            ExprKind::Builtin(builtin) => matches!(builtin, Builtin::List | Builtin::Sorted),
            _ => false,
        },
        // `a + b` and `a * n` of lists are new lists (of other types the
        // local would not be a list).
        ExprKind::Binary { op: BinaryOp::Add | BinaryOp::Mul, .. } => true,
        _ => false,
    }
}

/// The list methods that neither keep nor return the list they run on.
const CONTAINED_METHODS: &[&str] = &["append", "extend", "insert", "pop", "remove", "index", "count", "reverse", "clear", "copy", "sort"];

/// Builtins that read a list argument through and return something else (a
/// new container, an item, a number or a str); `min` and `max` of several
/// arguments return one of them.
fn consumes_argument(builtin: Builtin, argument_count: usize) -> bool {
    match builtin {
        Builtin::Min | Builtin::Max => argument_count == 1,
        Builtin::Len
        | Builtin::Print
        | Builtin::Str
        | Builtin::Repr
        | Builtin::Bool
        | Builtin::List
        | Builtin::Tuple
        | Builtin::Set
        | Builtin::FrozenSet
        | Builtin::Dict
        | Builtin::Sorted
        | Builtin::Sum
        | Builtin::Any
        | Builtin::All => true,
        _ => false,
    }
}

struct Analysis {
    escaped: IndexSet<LocalId>,
}

impl Analysis {
    fn block(&mut self, body: &[Stmt]) {
        for stmt in body {
            self.stmt(stmt);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::Expr(expr) => self.expr(expr),
            StmtKind::Assign { targets, value } => {
                // `a = b = []` binds one object to two names.
                let fresh = targets.len() == 1 && makes_fresh_list(value);
                self.expr(value);
                for target in targets {
                    self.target(target, fresh);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target, false);
                self.expr(value);
            }
            StmtKind::If { condition, then_body, else_body } | StmtKind::While { condition, body: then_body, else_body } => {
                self.expr(condition);
                self.block(then_body);
                self.block(else_body);
            }
            StmtKind::For { target, iterable, body, else_body } => {
                self.expr(iterable);
                self.target(target, false);
                self.block(body);
                self.block(else_body);
            }
            StmtKind::Return(value) => {
                if let Some(value) = value {
                    self.expr(value);
                }
            }
            StmtKind::Assert { test, message } => {
                self.expr(test);
                if let Some(message) = message {
                    self.expr(message);
                }
            }
            StmtKind::Delete(targets) => {
                for target in targets {
                    self.target(target, false);
                }
            }
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

    /// A binding target; `fresh` when the value bound is a new list.
    fn target(&mut self, target: &Target, fresh: bool) {
        match target {
            Target::Variable { variable: Variable::Local(local), .. } => {
                if !fresh {
                    self.escaped.insert(*local);
                }
            }
            Target::Variable { .. } => {}
            Target::Tuple { elements, .. } => {
                for element in elements {
                    self.target(element, false);
                }
            }
            Target::Index { value, index, .. } => {
                self.container(value);
                self.expr(index);
            }
            Target::Slice { value, bounds, .. } => {
                self.container(value);
                self.bounds(bounds);
            }
            Target::Attribute { value, .. } => self.expr(value),
        }
    }

    /// An expression in a position that reads the object it names without
    /// keeping it (the container of an index or slice, `len`'s argument).
    fn container(&mut self, expr: &Expr) {
        if !matches!(expr.kind, ExprKind::Variable(Variable::Local(_))) {
            self.expr(expr);
        }
    }

    fn bounds(&mut self, bounds: &SliceBounds) {
        for bound in [&bounds.start, &bounds.stop, &bounds.step].into_iter().flatten() {
            self.expr(bound);
        }
    }

    /// An expression whose value may be kept: a local read here escapes.
    fn expr(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::Variable(Variable::Local(local)) => {
                self.escaped.insert(*local);
            }
            ExprKind::Index { value, index } => {
                self.container(value);
                self.expr(index);
            }
            ExprKind::Slice { value, bounds } => {
                self.container(value);
                self.bounds(bounds);
            }
            ExprKind::Call { callee, args, keywords } => {
                match &callee.kind {
                    ExprKind::Builtin(builtin) if consumes_argument(*builtin, args.len()) => args.iter().for_each(|arg| self.container(arg)),
                    ExprKind::Attribute { value, name } if CONTAINED_METHODS.contains(&name.as_str()) => {
                        self.container(value);
                        args.iter().for_each(|arg| self.expr(arg));
                    }
                    _ => {
                        self.expr(callee);
                        args.iter().for_each(|arg| self.expr(arg));
                    }
                }
                keywords.iter().for_each(|keyword| self.expr(&keyword.value));
            }
            ExprKind::Compare { left, comparisons } => {
                self.expr(left);
                for (op, operand) in comparisons {
                    if matches!(op, CompareOp::In | CompareOp::NotIn) {
                        self.container(operand);
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
                    self.expr(&clause.iterable);
                    self.target(&clause.target, false);
                    clause.conditions.iter().for_each(|condition| self.expr(condition));
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
