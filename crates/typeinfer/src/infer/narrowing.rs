//! Narrowing a value of the dynamic tier by the test of an `if`:
//! `isinstance(x, T)` and `x is None` / `x is not None` (also negated with
//! `not`) give `x` the types that pass the test inside the `if` body and
//! the others inside the `else` body, so that code there is typed (and
//! compiled) for those types alone. Codegen unboxes, with a check, where a
//! read's type is narrower than its variable's.
//!
//! After `if x is None: x = default` (the body's last statement binding x
//! to a value that is never None) the rest of the block sees x without None.
//!
//! Narrowing is sound only while nothing can rebind the variable: a body
//! that assigns it anywhere (loops included) is not narrowed, nor is a local
//! that closures share (a cell), nor a global that a function assigns.
//! Everything else about the variable (its slot, its type) is unchanged.

use super::{Engine, Walk};
use crate::types::Type;
use taipan_parser_bridge::hir::{BinaryOp, Builtin, CompareOp, ExprKind, Expr, GlobalKind, Stmt, StmtKind, Target, UnaryOp, Variable};

/// The test an `if` makes of one variable.
enum Test<'e> {
    /// `isinstance(x, classes)`, each class an expression of the test.
    IsInstance(Vec<&'e Expr>),
    IsNone,
    /// `type(x) is int` and its kin (`ExprKind::ExactType`): the exact type.
    ExactType(&'e [Builtin]),
}

/// What a condition tests, and whether its truth means the test passed.
fn condition_test(condition: &Expr) -> Option<(Variable, Test<'_>, bool)> {
    match &condition.kind {
        ExprKind::Unary { op: UnaryOp::Not, operand } => condition_test(operand).map(|(variable, test, passes)| (variable, test, !passes)),
        ExprKind::Call { callee, args, keywords } if keywords.is_empty() && args.len() == 2 => {
            let (ExprKind::Builtin(Builtin::IsInstance), ExprKind::Variable(variable)) = (&callee.kind, &args[0].kind) else { return None };
            let classes = match &args[1].kind {
                ExprKind::Tuple(members) => members.iter().collect(),
                _ => vec![&args[1]],
            };
            Some((*variable, Test::IsInstance(classes), true))
        }
        ExprKind::ExactType { value, types, negate } => match &value.kind {
            ExprKind::Variable(variable) => Some((*variable, Test::ExactType(types), !negate)),
            _ => None,
        },
        ExprKind::Compare { left, comparisons } if comparisons.len() == 1 => {
            let (op, right) = &comparisons[0];
            match (&left.kind, op, &right.kind) {
                (ExprKind::Variable(variable), CompareOp::Is, ExprKind::None) => Some((*variable, Test::IsNone, true)),
                (ExprKind::Variable(variable), CompareOp::IsNot, ExprKind::None) => Some((*variable, Test::IsNone, false)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Whether a value of type `member` passes the test: `Some(true)` or
/// `Some(false)` when the type decides, `None` when only the value does (an
/// instance tested against a class of the program).
fn passes(test: &Test, member: &Type) -> Option<bool> {
    match test {
        Test::IsNone => Some(*member == Type::None),
        // The exact type: the member's own name (a bool is not an int).
        Test::ExactType(types) => Some(!matches!(member, Type::Instance { .. }) && types.iter().any(|builtin| builtin.name() == member.python_name())),
        Test::IsInstance(classes) => {
            let mut undecided = false;
            for class in classes {
                let matched = match (&class.kind, member) {
                    (ExprKind::Builtin(builtin), _) => crate::operators::is_instance_of_builtin(member, *builtin),
                    (_, Type::Instance { .. }) => {
                        undecided = true;
                        false
                    }
                    _ => false,
                };
                if matched {
                    return Some(true);
                }
            }
            if undecided {
                None
            } else {
                Some(false)
            }
        }
    }
}

/// Whether `target` binds `variable`.
fn target_binds(target: &Target, variable: Variable) -> bool {
    match target {
        Target::Variable { variable: bound, .. } => *bound == variable,
        Target::Tuple { elements, .. } => elements.iter().any(|element| target_binds(element, variable)),
        _ => false,
    }
}

/// Whether any statement of `body`, however nested, binds `variable`.
pub(super) fn block_binds(body: &[Stmt], variable: Variable) -> bool {
    body.iter().any(|stmt| match &stmt.kind {
        StmtKind::Assign { targets, .. } => targets.iter().any(|target| target_binds(target, variable)),
        StmtKind::AugAssign { target, .. } => target_binds(target, variable),
        StmtKind::Delete(targets) => targets.iter().any(|target| target_binds(target, variable)),
        StmtKind::If { then_body, else_body, .. } | StmtKind::While { body: then_body, else_body, .. } => {
            block_binds(then_body, variable) || block_binds(else_body, variable)
        }
        StmtKind::For { target, body, else_body, .. } => target_binds(target, variable) || block_binds(body, variable) || block_binds(else_body, variable),
        StmtKind::FunctionDef { target, .. } => *target == variable,
        StmtKind::ClassDef { global, body, .. } => Variable::Global(*global) == variable || block_binds(body, variable),
        StmtKind::Try { body, handlers, else_body, finally_body } => {
            block_binds(body, variable)
                || handlers.iter().any(|handler| handler.name.as_ref().is_some_and(|name| target_binds(name, variable)) || block_binds(&handler.body, variable))
                || block_binds(else_body, variable)
                || block_binds(finally_body, variable)
        }
        StmtKind::Import { assignments, .. } => assignments.iter().any(|(target, _)| target_binds(target, variable)),
        _ => false,
    })
}

impl<'p> Engine<'p> {
    /// The types `variable` has inside the `if` body and the `else` body of
    /// an `if condition:`, when the condition narrows a value of the dynamic
    /// tier; `None` for either body that must not be narrowed.
    pub(super) fn narrowings(&mut self, condition: &Expr, then_body: &[Stmt], else_body: &[Stmt], walk: &Walk) -> [Option<(Variable, Type)>; 2] {
        let Some((variable, test, truth_passes)) = condition_test(condition) else { return [None, None] };
        let current = self.variable_type(variable, walk);
        if !current.is_dynamic() || !self.may_narrow(variable, walk) {
            return [None, None];
        }
        let (mut passing, mut failing) = (Type::Unknown, Type::Unknown);
        for member in current.members() {
            match passes(&test, &member) {
                Some(true) => passing = passing.join(&member),
                Some(false) => failing = failing.join(&member),
                None => {
                    passing = passing.join(&member);
                    failing = failing.join(&member);
                }
            }
        }
        let (then_type, else_type) = if truth_passes { (passing, failing) } else { (failing, passing) };
        // A body that no value reaches keeps the variable's type: inference
        // has nothing to say there, and codegen emits it all the same.
        let then_narrowing = (then_type != Type::Unknown && !block_binds(then_body, variable)).then(|| (variable, then_type));
        let else_narrowing = (else_type != Type::Unknown && !block_binds(else_body, variable)).then(|| (variable, else_type));
        [then_narrowing, else_narrowing]
    }

    /// Whether the types decide that `if condition:` takes its body: the
    /// variable the condition tests has only types that go that way (`x is
    /// None` with `x` typed None, `isinstance(x, int)` with `x` an int), as
    /// in an instance of a function made for a None argument.
    pub(super) fn condition_always_holds(&mut self, condition: &Expr, walk: &Walk) -> bool {
        let Some((variable, test, truth_passes)) = condition_test(condition) else { return false };
        // Only a parameter the body never rebinds: its type is the
        // instance's argument type, known before the walk, whereas a
        // variable's other assignments may lie in the very code the
        // decision would leave untyped.
        let Variable::Local(local) = variable else { return false };
        let function = self.program.function(self.instances[walk.id.0 as usize].function);
        if !function.params.iter().any(|param| param.local == local) || block_binds(&function.body, variable) || !self.may_narrow(variable, walk) {
            return false;
        }
        let current = self.variable_type(variable, walk);
        let members = current.members();
        // A CPython object's type is known only at run time.
        !members.is_empty() && !members.contains(&Type::Foreign) && !members.contains(&Type::Unknown) && members.iter().all(|member| passes(&test, member) == Some(truth_passes))
    }

    /// After `if x is None: ... x = value` with no `else`, where the body's
    /// last statement binds `x` to a value that is never None, the rest of
    /// the block runs with `x` not None: the types that failed the test, and
    /// the type bound (`def f(x=None): if x is None: x = 5` makes `x` an int
    /// afterwards). `None` when this does not apply or narrows nothing.
    pub(super) fn narrowing_after_default(&mut self, condition: &Expr, then_body: &[Stmt], rest: &[Stmt], walk: &Walk) -> Option<(Variable, Type)> {
        let (variable, Test::IsNone, true) = condition_test(condition)? else { return None };
        let Some(StmtKind::Assign { targets, value }) = then_body.last().map(|last| &last.kind) else { return None };
        if !matches!(targets.as_slice(), [Target::Variable { variable: bound, .. }] if *bound == variable) {
            return None;
        }
        let bound_type = walk.expr_types[value.id.0 as usize].clone();
        if bound_type == Type::Unknown || bound_type.members().contains(&Type::None) {
            return None;
        }
        let current = self.variable_type(variable, walk);
        // The else side of the test, with `rest` as the body it guards.
        let [_, Some((_, not_none))] = self.narrowings(condition, &[], rest, walk) else { return None };
        let narrowed = not_none.join(&bound_type);
        (narrowed != current && !narrowed.members().contains(&Type::None)).then_some((variable, narrowed))
    }

    /// A value of `T | None` used where only a `T` can serve (the container
    /// of an item assignment, the value unpacked, the right operand of
    /// `in`): the expression narrowed to the `T`, which codegen unboxes
    /// with a check, None raising CPython's TypeError for the operation.
    /// Any other type is returned unchanged.
    pub(super) fn narrow_to_payload(&mut self, expr: &Expr, value_type: Type, walk: &mut Walk) -> Type {
        let Type::Union(members) = &value_type else { return value_type };
        let payload = match members.as_slice() {
            [Type::None, payload] | [payload, Type::None] => payload.clone(),
            _ => return value_type,
        };
        walk.expr_types[expr.id.0 as usize] = payload.clone();
        payload
    }

    /// An operand of `T | None` of a container or tuple operator whose other
    /// operand is a container or tuple (`tags |= tags_or_none`, `pair_or_none
    /// + (1,)`): narrowed to the `T`, so that the operator is the static
    /// one; None raises CPython's TypeError where codegen unboxes it.
    pub(super) fn narrow_sequence_operand(&mut self, op: BinaryOp, operand: &Expr, operand_type: Type, other_type: &Type, walk: &mut Walk) -> Type {
        let sequence = |t: &Type| t.is_container() || matches!(t, Type::Tuple(_) | Type::VarTuple(_));
        // `pair_or_none * 2` too: repetition of the sequence.
        let repeat_count = op == BinaryOp::Mul && matches!(other_type, Type::Int | Type::Bool);
        if !operand_type.is_dynamic() || !(sequence(other_type) || repeat_count) || other_type.is_dynamic() {
            return operand_type;
        }
        let Type::Union(members) = &operand_type else { return operand_type };
        match members.as_slice() {
            [Type::None, payload] | [payload, Type::None] if sequence(payload) => self.narrow_to_payload(operand, operand_type.clone(), walk),
            _ => operand_type,
        }
    }

    /// Whether nothing but the function's own statements can rebind
    /// `variable`: a local no closure shares, or a global no function
    /// assigns (module-level code runs in order).
    fn may_narrow(&mut self, variable: Variable, walk: &Walk) -> bool {
        let program = self.program;
        match variable {
            Variable::Local(local) => !program.function(self.instances[walk.id.0 as usize].function).cells.contains(&local),
            Variable::Global(global) => {
                if !matches!(program.global(global).kind, GlobalKind::Variable) {
                    return false;
                }
                let inits: Vec<_> = program.modules.iter().map(|module| module.init).collect();
                !program
                    .functions
                    .iter()
                    .enumerate()
                    .any(|(index, function)| !inits.iter().any(|init| init.0 as usize == index) && block_binds(&function.body, variable))
            }
        }
    }
}
