//! The part of walking HIR expressions that codegen's local-variable
//! analyses (`ownership`, `scratch`) share: the kinds of expression whose
//! operands are simply evaluated and read (operators, displays, formatting,
//! attribute reads) and the leaves. The kinds where the analyses differ
//! (variables, subscripts, calls, comparisons, lambdas, comprehensions) are
//! theirs to walk.

use taipan_parser_bridge::hir::*;

/// Calls `visit` on each operand of `expr` and returns true when `expr` is
/// a kind whose operands are plain values; returns false, visiting nothing,
/// for the kinds each analysis walks itself. The match is exhaustive, so a
/// new kind of expression must be placed on one side or the other.
pub fn visit_plain_operands(expr: &Expr, visit: &mut dyn FnMut(&Expr)) -> bool {
    match &expr.kind {
        ExprKind::Variable(Variable::Local(_))
        | ExprKind::Index { .. }
        | ExprKind::Slice { .. }
        | ExprKind::Call { .. }
        | ExprKind::Compare { .. }
        | ExprKind::Lambda(_)
        | ExprKind::Comprehension(_) => return false,
        ExprKind::Binary { left, right, .. } => {
            visit(left);
            visit(right);
        }
        ExprKind::Unary { operand, .. } | ExprKind::ClassOf(operand) | ExprKind::Starred(operand) | ExprKind::ExactType { value: operand, .. } => visit(operand),
        ExprKind::EnumMember { value, .. } => visit(value),
        ExprKind::VmDefinition { uses, .. } => uses.iter().for_each(|(_, read)| visit(read)),
        ExprKind::BoolOp { values, .. } | ExprKind::Tuple(values) | ExprKind::List(values) | ExprKind::Set(values) => {
            values.iter().for_each(|value| visit(value));
        }
        ExprKind::Dict(entries) => {
            for (key, value) in entries {
                visit(key);
                visit(value);
            }
        }
        ExprKind::IfElse { condition, then_value, else_value } => {
            visit(condition);
            visit(then_value);
            visit(else_value);
        }
        ExprKind::Attribute { value, .. } | ExprKind::InstanceDict { value, .. } => visit(value),
        ExprKind::FormattedString(parts) => for_each_format_operand(parts, visit),
        ExprKind::StrFormat { arguments, parts } => {
            arguments.iter().for_each(|argument| visit(argument));
            for_each_format_operand(parts, visit);
        }
        ExprKind::PercentFormat { value, .. } => visit(value),
        // Only generator functions yield, and both analyses leave those
        // out entirely (their locals outlive any one call's stack).
        ExprKind::Yield(value) => value.iter().for_each(|value| visit(value)),
        ExprKind::YieldFrom(iterable) => visit(iterable),
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Str(_)
        | ExprKind::Variable(Variable::Global(_))
        | ExprKind::Builtin(_)
        | ExprKind::Undefined(_)
        | ExprKind::Super { .. }
        | ExprKind::SysArgv
        | ExprKind::ForeignImport { .. } => {}
    }
    true
}
