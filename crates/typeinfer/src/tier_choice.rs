//! Which top-level functions run faster in the embedded CPython than as
//! native code: those whose loops do nothing but work on CPython objects.
//!
//! Native code that operates on a CPython object crosses into CPython for
//! each operation: it converts arguments, enters CPython's evaluator from C
//! (which costs more than the inline call CPython makes between its own
//! functions), and wraps each result in a handle. A loop made only of such
//! operations is therefore slower natively than in CPython, which runs the
//! same operations without the crossings. This module finds the functions
//! where that holds for every loop; the driver then runs them in CPython
//! (as it runs refused definitions), and `taipan check` says why.
//!
//! It judges only from the types inference gave; it does not decide
//! whether a definition can run alone in CPython (the driver and the next
//! inference round do), and it knows nothing of codegen.

use crate::infer::{Instance, TypedProgram};
use crate::types::Type;
use std::collections::HashSet;
use taipan_parser_bridge::hir::{Expr, ExprId, ExprKind, Program, Stmt, StmtKind, Target, Variable};
use taipan_parser_bridge::source::Span;

/// The spans of the top-level functions whose every loop only works on
/// CPython objects, in the program's order. Only functions of the program's
/// modules with one instance, no nested functions, classes or generators,
/// no decorators, and parameters and results that cross by conversion are
/// considered; the driver still checks that each can run alone.
pub fn functions_faster_in_cpython(program: &Program, typed: &TypedProgram) -> Vec<Span> {
    let mut found = Vec::new();
    let top_level_functions = top_level_function_ids(program);
    for function_index in top_level_functions {
        let function = &program.functions[function_index];
        if function.is_generator || function.has_frame || !function.captures.is_empty() || !function.cells.is_empty() {
            continue;
        }
        let mut instances = typed.instances.iter().filter(|instance| instance.function.0 as usize == function_index);
        let (Some(instance), None) = (instances.next(), instances.next()) else { continue };
        if !instance.arg_types.iter().all(crosses_by_conversion) || !matches!(instance.return_type, Type::Foreign | Type::None) {
            continue;
        }
        let operator_calls = instance.dunder_calls.keys().map(|(id, _)| *id).collect();
        let judge = LoopJudge { typed, instance, operator_calls };
        let mut loops = 0;
        let mut every_loop_crosses_only = true;
        judge.visit_outside_loops(&function.body, &mut loops, &mut every_loop_crosses_only);
        if loops > 0 && every_loop_crosses_only {
            found.push(function.span);
        }
    }
    found
}

/// The functions a module's top-level `def` statement defines without
/// decorators, as indexes into `program.functions`.
fn top_level_function_ids(program: &Program) -> Vec<usize> {
    let mut ids = Vec::new();
    for function in program.functions.iter().filter(|function| function.is_module_init) {
        for stmt in &function.body {
            if let StmtKind::FunctionDef { function, target: Variable::Global(_), decorated: None } = &stmt.kind {
                ids.push(function.0 as usize);
            }
        }
    }
    ids
}

/// Values native code hands to CPython by conversion (or as themselves).
fn crosses_by_conversion(value: &Type) -> bool {
    matches!(value, Type::Foreign | Type::Int | Type::Float | Type::Bool | Type::Str | Type::None)
}

struct LoopJudge<'a> {
    typed: &'a TypedProgram,
    instance: &'a Instance,
    /// Expressions whose operator calls a special method of the program.
    operator_calls: HashSet<ExprId>,
}

impl LoopJudge<'_> {
    fn type_of(&self, expr: &Expr) -> &Type {
        self.instance.expr_types.get(expr.id.0 as usize).unwrap_or(&Type::Unknown)
    }

    fn is_foreign(&self, expr: &Expr) -> bool {
        matches!(self.type_of(expr), Type::Foreign)
    }

    fn variable_type(&self, variable: &Variable) -> &Type {
        match variable {
            Variable::Local(local) => self.instance.local_types.get(local.0 as usize).unwrap_or(&Type::Unknown),
            Variable::Global(global) => self.typed.global_types.get(global.0 as usize).unwrap_or(&Type::Unknown),
        }
    }

    /// Walks statements outside any loop: every loop met is judged whole.
    /// Code outside loops runs once per call, so it does not count.
    fn visit_outside_loops(&self, body: &[Stmt], loops: &mut usize, every_loop_crosses_only: &mut bool) {
        for stmt in body {
            match &stmt.kind {
                StmtKind::For { target, body, else_body, .. } => {
                    // The iterable is evaluated once, before the loop.
                    *loops += 1;
                    let mut crosses = false;
                    let only = self.target_crosses_only(target, &mut crosses) && self.body_crosses_only(body, &mut crosses);
                    *every_loop_crosses_only &= only && crosses;
                    self.visit_outside_loops(else_body, loops, every_loop_crosses_only);
                }
                StmtKind::While { condition, body, else_body } => {
                    *loops += 1;
                    let mut crosses = false;
                    let only = self.expr_crosses_only(condition, &mut crosses) && self.body_crosses_only(body, &mut crosses);
                    *every_loop_crosses_only &= only && crosses;
                    self.visit_outside_loops(else_body, loops, every_loop_crosses_only);
                }
                StmtKind::If { then_body, else_body, .. } => {
                    self.visit_outside_loops(then_body, loops, every_loop_crosses_only);
                    self.visit_outside_loops(else_body, loops, every_loop_crosses_only);
                }
                StmtKind::Try { body, handlers, else_body, finally_body } => {
                    self.visit_outside_loops(body, loops, every_loop_crosses_only);
                    for handler in handlers {
                        self.visit_outside_loops(&handler.body, loops, every_loop_crosses_only);
                    }
                    self.visit_outside_loops(else_body, loops, every_loop_crosses_only);
                    self.visit_outside_loops(finally_body, loops, every_loop_crosses_only);
                }
                StmtKind::FunctionDef { .. } | StmtKind::ClassDef { .. } | StmtKind::MethodDef { .. } => *every_loop_crosses_only = false,
                _ => {
                    let mut nested_definition = false;
                    stmt.for_each_part(&mut |expr| nested_definition |= contains_lambda(expr), &mut |_| {});
                    if nested_definition {
                        *every_loop_crosses_only = false;
                    }
                }
            }
        }
    }

    /// Whether every statement of a loop's body only works on CPython
    /// objects (or moves values around); `crosses` notes any crossing.
    fn body_crosses_only(&self, body: &[Stmt], crosses: &mut bool) -> bool {
        body.iter().all(|stmt| self.stmt_crosses_only(stmt, crosses))
    }

    fn stmt_crosses_only(&self, stmt: &Stmt, crosses: &mut bool) -> bool {
        match &stmt.kind {
            StmtKind::Expr(expr) => self.expr_crosses_only(expr, crosses),
            StmtKind::Assign { targets, value } => self.expr_crosses_only(value, crosses) && targets.iter().all(|target| self.target_crosses_only(target, crosses)),
            StmtKind::AugAssign { target, value, .. } => {
                // The operation itself runs in CPython only when what it
                // updates is a CPython object.
                let updated_is_foreign = match target {
                    Target::Variable { variable, .. } => matches!(self.variable_type(variable), Type::Foreign),
                    Target::Attribute { value, .. } | Target::Index { value, .. } => self.is_foreign(value),
                    Target::Tuple { .. } | Target::Slice { .. } => false,
                };
                *crosses |= updated_is_foreign;
                updated_is_foreign && self.target_crosses_only(target, crosses) && self.expr_crosses_only(value, crosses)
            }
            StmtKind::If { condition, then_body, else_body } => {
                self.expr_crosses_only(condition, crosses) && self.body_crosses_only(then_body, crosses) && self.body_crosses_only(else_body, crosses)
            }
            StmtKind::While { condition, body, else_body } => {
                self.expr_crosses_only(condition, crosses) && self.body_crosses_only(body, crosses) && self.body_crosses_only(else_body, crosses)
            }
            StmtKind::For { target, iterable, body, else_body } => {
                // A nested loop's iterable is evaluated at every outer step.
                self.expr_crosses_only(iterable, crosses)
                    && self.target_crosses_only(target, crosses)
                    && self.body_crosses_only(body, crosses)
                    && self.body_crosses_only(else_body, crosses)
            }
            StmtKind::Return(value) => value.as_ref().map_or(true, |value| self.expr_crosses_only(value, crosses)),
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => true,
            _ => false,
        }
    }

    fn target_crosses_only(&self, target: &Target, crosses: &mut bool) -> bool {
        match target {
            Target::Variable { .. } => true,
            Target::Tuple { elements, .. } => elements.iter().all(|element| self.target_crosses_only(element, crosses)),
            Target::Attribute { value, .. } | Target::Index { value, .. } | Target::Slice { value, .. } => {
                let foreign = self.is_foreign(value);
                *crosses |= foreign;
                let mut operands_ok = true;
                target.for_each_operand(&mut |operand| operands_ok &= self.expr_crosses_only(operand, crosses));
                foreign && operands_ok
            }
        }
    }

    /// Whether an expression only reads values and runs operations in
    /// CPython: each operation must have a CPython object as its result or
    /// as an operand, and must not call a function of the program (which
    /// would run natively).
    fn expr_crosses_only(&self, expr: &Expr, crosses: &mut bool) -> bool {
        match &expr.kind {
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::None | ExprKind::Str(_) | ExprKind::Variable(_) | ExprKind::Builtin(_) | ExprKind::ForeignImport { .. } => {
                true
            }
            ExprKind::Lambda(_) | ExprKind::Comprehension(_) | ExprKind::Yield(_) | ExprKind::YieldFrom(_) | ExprKind::VmDefinition { .. } => false,
            _ => {
                if self.instance.calls.contains_key(&expr.id) || self.operator_calls.contains(&expr.id) {
                    return false;
                }
                let mut operand_is_foreign = false;
                let mut operands_ok = true;
                expr.for_each_operand(&mut |operand| {
                    operand_is_foreign |= self.is_foreign(operand);
                    operands_ok &= self.expr_crosses_only(operand, crosses);
                });
                // A call runs in CPython when what it calls is CPython's (a
                // method of a CPython object included), or when a builtin
                // takes a CPython object; a method of a native value given
                // a CPython object (`names.append(item)`) runs natively.
                if let ExprKind::Call { callee, .. } = &expr.kind {
                    operand_is_foreign = match &callee.kind {
                        ExprKind::Attribute { value, .. } => self.is_foreign(value),
                        ExprKind::Builtin(_) => operand_is_foreign,
                        _ => self.is_foreign(callee),
                    };
                }
                let runs_in_cpython = self.is_foreign(expr) || operand_is_foreign;
                *crosses |= runs_in_cpython;
                runs_in_cpython && operands_ok
            }
        }
    }
}

/// Whether an expression defines a function (a lambda) anywhere inside.
fn contains_lambda(expr: &Expr) -> bool {
    if matches!(expr.kind, ExprKind::Lambda(_)) {
        return true;
    }
    let mut found = false;
    expr.for_each_operand(&mut |operand| found |= contains_lambda(operand));
    found
}
