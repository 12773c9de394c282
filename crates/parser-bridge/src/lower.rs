//! Lowering from rustpython's AST to the HIR, with name resolution.
//!
//! Scoping follows CPython's rules: at module level every bound name is a
//! global; inside a function a name is local when the function binds it anywhere
//! (parameters, assignment and loop targets) and does not declare it `global`.
//! Any other name is a global when some binding in the module makes it one, a
//! builtin when Taipan knows the builtin, and otherwise undefined: reading it
//! raises `NameError` at run time, as in CPython.
//!
//! Constructs outside the supported slice become `unsupported` diagnostics with
//! the construct's span; lowering carries on so that one run reports them all.

use crate::diagnostics::{Diagnostic, DiagnosticKind};
use crate::hir::*;
use crate::source::{FileId, SourceFile, SourceMap, Span};
use indexmap::{IndexMap, IndexSet};
use rustpython_parser::ast::{self, Ranged};
use rustpython_parser::Parse;
use std::collections::HashMap;

/// Parses and lowers a one-module program. Returns the program when lowering
/// produced no error, and every diagnostic either way.
pub fn lower_program(path: &str, text: &str) -> (Option<Program>, Vec<Diagnostic>) {
    let mut sources = SourceMap::new();
    let file = sources.add(SourceFile::new(path, text));
    let suite = match ast::Suite::parse(text, path) {
        Ok(suite) => suite,
        Err(error) => {
            let offset = u32::from(error.offset);
            let diagnostic = Diagnostic::error(
                DiagnosticKind::Syntax,
                format!("invalid syntax: {}", error.error),
                Span::new(file, offset, offset),
            );
            return (None, vec![diagnostic]);
        }
    };
    let mut lowerer = Lowerer {
        file,
        text: text.to_string(),
        expression_depth: 0,
        reported_depth: false,
        module: ModuleId(0),
        diagnostics: Vec::new(),
        functions: Vec::new(),
        globals: IndexMap::new(),
        global_list: Vec::new(),
        def_bindings: HashMap::new(),
        other_bindings: IndexSet::new(),
    };
    let init = lowerer.lower_module(&suite);
    lowerer.finish_global_kinds();
    let Lowerer { diagnostics, functions, global_list, .. } = lowerer;
    let has_error = !diagnostics.is_empty();
    let functions: Vec<Function> = functions.into_iter().map(|f| f.expect("every reserved function is lowered")).collect();
    let program = Program {
        sources,
        modules: vec![Module { name: "__main__".to_string(), file, init }],
        functions,
        globals: global_list,
        main_module: ModuleId(0),
    };
    (if has_error { None } else { Some(program) }, diagnostics)
}

/// How deeply expressions may nest; every later stage recurses this deep.
const MAX_EXPRESSION_DEPTH: u32 = 5000;

struct Lowerer {
    file: FileId,
    text: String,
    expression_depth: u32,
    reported_depth: bool,
    module: ModuleId,
    diagnostics: Vec<Diagnostic>,
    /// Reserved before their bodies are lowered, so ids follow source order.
    functions: Vec<Option<Function>>,
    globals: IndexMap<String, GlobalId>,
    global_list: Vec<Global>,
    /// For each global, the `def`s that bind it.
    def_bindings: HashMap<GlobalId, Vec<FunctionId>>,
    /// Globals bound by anything other than a `def`.
    other_bindings: IndexSet<GlobalId>,
}

/// Name-resolution state for one function body (or the module body).
struct Scope {
    is_module: bool,
    locals: IndexMap<String, LocalId>,
    local_list: Vec<Local>,
    declared_global: IndexSet<String>,
    next_expr: u32,
    /// The targets of the comprehensions being lowered, innermost last.
    comprehension_scopes: Vec<IndexMap<String, LocalId>>,
    /// For a lambda inside a function: the enclosing function's local names,
    /// which the lambda would have to capture.
    enclosing_locals: IndexSet<String>,
}

impl Scope {
    fn new(is_module: bool) -> Scope {
        Scope {
            is_module,
            locals: IndexMap::new(),
            local_list: Vec::new(),
            declared_global: IndexSet::new(),
            next_expr: 0,
            comprehension_scopes: Vec::new(),
            enclosing_locals: IndexSet::new(),
        }
    }

    fn comprehension_local(&self, name: &str) -> Option<LocalId> {
        self.comprehension_scopes.iter().rev().find_map(|names| names.get(name).copied())
    }

    fn new_expr_id(&mut self) -> ExprId {
        let id = ExprId(self.next_expr);
        self.next_expr += 1;
        id
    }
}

impl Lowerer {
    fn span<T: Ranged + ?Sized>(&self, node: &T) -> Span {
        self.span_of_range(node.range())
    }

    fn span_of_range(&self, range: rustpython_parser::text_size::TextRange) -> Span {
        Span::new(self.file, u32::from(range.start()), u32::from(range.end()))
    }

    fn unsupported<T: Ranged + ?Sized>(&mut self, what: &str, range: &T) {
        let span = self.span(range);
        self.diagnostics.push(
            Diagnostic::unsupported(format!("{what} {} not supported yet", if what.ends_with('s') { "are" } else { "is" }), span)
                .with_primary_label("not supported by Taipan yet"),
        );
    }

    fn global_id(&mut self, name: &str, span: Span) -> GlobalId {
        if let Some(&id) = self.globals.get(name) {
            return id;
        }
        let id = GlobalId(self.global_list.len() as u32);
        let kind = if name == "__name__" { GlobalKind::ModuleName } else { GlobalKind::Variable };
        self.global_list.push(Global { name: name.to_string(), module: self.module, span, kind });
        self.globals.insert(name.to_string(), id);
        id
    }

    fn finish_global_kinds(&mut self) {
        for (index, global) in self.global_list.iter_mut().enumerate() {
            let id = GlobalId(index as u32);
            if global.kind == GlobalKind::ModuleName {
                continue;
            }
            if let Some(defs) = self.def_bindings.get(&id) {
                if defs.len() == 1 && !self.other_bindings.contains(&id) {
                    global.kind = GlobalKind::Function(defs[0]);
                } else {
                    self.diagnostics.push(
                        Diagnostic::unsupported(
                            format!("`{}` is bound by a `def` and also rebound; functions as values are not supported yet", global.name),
                            global.span,
                        )
                        .with_primary_label("first bound here"),
                    );
                }
            }
        }
    }

    fn reserve_function(&mut self) -> FunctionId {
        self.functions.push(None);
        FunctionId(self.functions.len() as u32 - 1)
    }

    fn lower_module(&mut self, suite: &[ast::Stmt]) -> FunctionId {
        let init = self.reserve_function();
        // Every name bound at module level, and every name a function declares
        // `global`, is a module global; create them in source order.
        let mut bound = IndexSet::new();
        collect_bindings(suite, &mut bound);
        for name in &bound {
            let span = find_binding_span(suite, name).map(|range| self.span_of_range(range)).unwrap_or_default();
            self.global_id(name, span);
        }
        self.global_id("__name__", Span::new(self.file, 0, 0));
        let mut scope = Scope::new(true);
        collect_function_globals(suite, &mut |name, range| {
            let span = Span::new(self.file, u32::from(range.start()), u32::from(range.end()));
            self.global_id(name, span);
        });
        let body = self.lower_body(suite, &mut scope);
        let end = suite.last().map(|stmt| u32::from(stmt.range().end())).unwrap_or(0);
        self.functions[init.0 as usize] = Some(Function {
            name: "<module>".to_string(),
            qualified_name: "__main__.<module>".to_string(),
            module: self.module,
            span: Span::new(self.file, 0, end),
            params: Vec::new(),
            locals: scope.local_list,
            body,
            is_module_init: true,
            expr_count: scope.next_expr,
        });
        init
    }

    fn lower_function(&mut self, def: &ast::StmtFunctionDef, outer: &mut Scope) -> Option<FunctionId> {
        let span = self.span(def);
        if !outer.is_module {
            self.unsupported("nested functions", def);
            return None;
        }
        if !def.decorator_list.is_empty() {
            self.unsupported("decorators", &def.decorator_list[0]);
        }
        let args = &def.args;
        if let Some(vararg) = &args.vararg {
            self.unsupported("`*args` parameters", &**vararg);
        }
        if let Some(kwarg) = &args.kwarg {
            self.unsupported("`**kwargs` parameters", &**kwarg);
        }
        if let Some(first) = args.kwonlyargs.first() {
            self.unsupported("keyword-only parameters", &first.def);
        }
        let id = self.reserve_function();
        let mut scope = Scope::new(false);
        collect_global_declarations(&def.body, &mut scope.declared_global);
        let mut params = Vec::new();
        for arg in args.posonlyargs.iter().chain(args.args.iter()) {
            let name = arg.def.arg.to_string();
            let param_span = self.span(&arg.def);
            if scope.locals.contains_key(&name) {
                self.diagnostics.push(Diagnostic::error(
                    DiagnosticKind::Syntax,
                    format!("duplicate argument '{name}' in function definition"),
                    param_span,
                ));
                continue;
            }
            let local = LocalId(scope.local_list.len() as u32);
            scope.local_list.push(Local { name: name.clone(), span: param_span });
            scope.locals.insert(name.clone(), local);
            // Defaults are evaluated by the enclosing code when the `def` runs.
            let default = arg.default.as_ref().map(|default| self.lower_expr(default, outer));
            params.push(Param { name, local, default, span: param_span });
        }
        let mut bound = IndexSet::new();
        collect_bindings(&def.body, &mut bound);
        for name in bound {
            if scope.declared_global.contains(&name) || scope.locals.contains_key(&name) {
                continue;
            }
            let span = find_binding_span(&def.body, &name).map(|range| self.span_of_range(range)).unwrap_or(span);
            let local = LocalId(scope.local_list.len() as u32);
            scope.local_list.push(Local { name: name.clone(), span });
            scope.locals.insert(name, local);
        }
        let body = self.lower_body(&def.body, &mut scope);
        self.functions[id.0 as usize] = Some(Function {
            name: def.name.to_string(),
            qualified_name: format!("__main__.{}", def.name),
            module: self.module,
            span,
            params,
            locals: scope.local_list,
            body,
            is_module_init: false,
            expr_count: scope.next_expr,
        });
        Some(id)
    }

    fn lower_body(&mut self, body: &[ast::Stmt], scope: &mut Scope) -> Vec<Stmt> {
        let mut out = Vec::new();
        for stmt in body {
            if let Some(lowered) = self.lower_stmt(stmt, scope) {
                out.push(lowered);
            }
        }
        out
    }

    fn lower_stmt(&mut self, stmt: &ast::Stmt, scope: &mut Scope) -> Option<Stmt> {
        use ast::Stmt as S;
        let span = self.span(stmt);
        let kind = match stmt {
            S::Expr(s) => {
                // Docstrings and `...` are constants with no effect.
                if matches!(&*s.value, ast::Expr::Constant(_)) {
                    return None;
                }
                StmtKind::Expr(self.lower_expr(&s.value, scope))
            }
            S::Assign(s) => {
                let value = self.lower_expr(&s.value, scope);
                let targets = s.targets.iter().filter_map(|target| self.lower_target(target, scope)).collect();
                StmtKind::Assign { targets, value }
            }
            S::AnnAssign(s) => {
                let value = match &s.value {
                    Some(value) => self.lower_expr(value, scope),
                    None => return None,
                };
                let target = self.lower_target(&s.target, scope)?;
                StmtKind::Assign { targets: vec![target], value }
            }
            S::AugAssign(s) => {
                let value = self.lower_expr(&s.value, scope);
                let target = self.lower_target(&s.target, scope)?;
                if !matches!(target, Target::Variable { .. } | Target::Index { .. }) {
                    self.unsupported("augmented assignment to this target", &*s.target);
                    return None;
                }
                let op = self.lower_operator(s.op, &*s.target)?;
                StmtKind::AugAssign { target, op, value }
            }
            S::If(s) => StmtKind::If {
                condition: self.lower_expr(&s.test, scope),
                then_body: self.lower_body(&s.body, scope),
                else_body: self.lower_body(&s.orelse, scope),
            },
            S::While(s) => StmtKind::While {
                condition: self.lower_expr(&s.test, scope),
                body: self.lower_body(&s.body, scope),
                else_body: self.lower_body(&s.orelse, scope),
            },
            S::For(s) => {
                let iterable = self.lower_expr(&s.iter, scope);
                let target = self.lower_target(&s.target, scope)?;
                StmtKind::For {
                    target,
                    iterable,
                    body: self.lower_body(&s.body, scope),
                    else_body: self.lower_body(&s.orelse, scope),
                }
            }
            S::Return(s) => {
                if scope.is_module {
                    self.diagnostics.push(Diagnostic::error(DiagnosticKind::Syntax, "'return' outside function", span));
                    return None;
                }
                StmtKind::Return(s.value.as_ref().map(|value| self.lower_expr(value, scope)))
            }
            S::Break(_) => StmtKind::Break,
            S::Continue(_) => StmtKind::Continue,
            S::Pass(_) => StmtKind::Pass,
            S::Global(_) => return None,
            S::FunctionDef(def) => {
                let function = self.lower_function(def, scope)?;
                let global = self.global_id(def.name.as_str(), span);
                self.def_bindings.entry(global).or_default().push(function);
                StmtKind::FunctionDef { function, global }
            }
            S::Assert(s) => StmtKind::Assert {
                test: self.lower_expr(&s.test, scope),
                message: s.msg.as_ref().map(|message| self.lower_expr(message, scope)),
            },
            S::Nonlocal(_) => return self.unsupported_stmt("`nonlocal` declarations", stmt),
            S::AsyncFunctionDef(_) => return self.unsupported_stmt("async functions", stmt),
            S::ClassDef(_) => return self.unsupported_stmt("classes", stmt),
            S::Delete(s) => {
                let mut targets = Vec::new();
                for target in &s.targets {
                    match target {
                        ast::Expr::Subscript(_) => targets.extend(self.lower_target(target, scope)),
                        _ => self.unsupported("`del` of this target", target),
                    }
                }
                StmtKind::Delete(targets)
            }
            S::TypeAlias(_) => return self.unsupported_stmt("type aliases", stmt),
            S::AsyncFor(_) => return self.unsupported_stmt("`async for` loops", stmt),
            S::With(_) | S::AsyncWith(_) => return self.unsupported_stmt("`with` statements", stmt),
            S::Match(_) => return self.unsupported_stmt("`match` statements", stmt),
            S::Raise(_) => return self.unsupported_stmt("`raise` statements", stmt),
            S::Try(_) | S::TryStar(_) => return self.unsupported_stmt("`try` statements", stmt),
            S::Import(_) | S::ImportFrom(_) => return self.unsupported_stmt("imports", stmt),
        };
        Some(Stmt { kind, span })
    }

    fn unsupported_stmt(&mut self, what: &str, stmt: &ast::Stmt) -> Option<Stmt> {
        // Point at the statement's first line only: a whole class body would make
        // an unreadable caret.
        let span = self.span(stmt);
        let line_end = self.text[span.start as usize..]
            .find('\n')
            .map(|offset| span.start + offset as u32)
            .unwrap_or(span.end);
        let span = Span { end: line_end.min(span.end), ..span };
        self.diagnostics.push(
            Diagnostic::unsupported(format!("{what} {} not supported yet", if what.ends_with('s') { "are" } else { "is" }), span)
                .with_primary_label("not supported by Taipan yet"),
        );
        None
    }

    fn lower_target(&mut self, target: &ast::Expr, scope: &mut Scope) -> Option<Target> {
        let span = self.span(target);
        match target {
            ast::Expr::Name(name) => {
                let variable = self.resolve_binding(name.id.as_str(), scope, span);
                if let Variable::Global(global) = variable {
                    self.other_bindings.insert(global);
                    if self.global_list[global.0 as usize].kind == GlobalKind::ModuleName {
                        self.unsupported("assigning to `__name__`", target);
                    }
                }
                Some(Target::Variable { variable, span })
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. }) | ast::Expr::List(ast::ExprList { elts, .. }) => {
                let starred: Vec<usize> =
                    elts.iter().enumerate().filter(|(_, element)| matches!(element, ast::Expr::Starred(_))).map(|(index, _)| index).collect();
                if starred.len() > 1 {
                    self.diagnostics.push(Diagnostic::error(DiagnosticKind::Syntax, "multiple starred expressions in assignment", span));
                    return None;
                }
                let mut elements = Vec::new();
                for element in elts {
                    let element = match element {
                        ast::Expr::Starred(inner) => &*inner.value,
                        other => other,
                    };
                    elements.push(self.lower_target(element, scope)?);
                }
                Some(Target::Tuple { elements, starred: starred.first().copied(), span })
            }
            ast::Expr::Starred(_) => {
                self.diagnostics.push(Diagnostic::error(DiagnosticKind::Syntax, "starred assignment target must be in a list or tuple", span));
                None
            }
            ast::Expr::Subscript(subscript) => {
                let value = self.lower_expr(&subscript.value, scope);
                if let ast::Expr::Slice(slice) = &*subscript.slice {
                    let bounds = self.lower_slice_bounds(slice, scope);
                    return Some(Target::Slice { value, bounds, span });
                }
                let index = self.lower_expr(&subscript.slice, scope);
                Some(Target::Index { value, index, span })
            }
            ast::Expr::Attribute(_) => {
                self.unsupported("assignment to attributes", target);
                None
            }
            _ => {
                self.diagnostics.push(Diagnostic::error(DiagnosticKind::Syntax, "cannot assign to expression", span));
                None
            }
        }
    }

    /// The variable a binding of `name` in `scope` refers to.
    fn resolve_binding(&mut self, name: &str, scope: &Scope, span: Span) -> Variable {
        if let Some(local) = scope.comprehension_local(name) {
            return Variable::Local(local);
        }
        if !scope.is_module {
            if let Some(&local) = scope.locals.get(name) {
                return Variable::Local(local);
            }
        }
        Variable::Global(self.global_id(name, span))
    }

    fn resolve_load(&mut self, name: &str, scope: &Scope, span: Span) -> ExprKind {
        if let Some(local) = scope.comprehension_local(name) {
            return ExprKind::Variable(Variable::Local(local));
        }
        if scope.enclosing_locals.contains(name) && !scope.locals.contains_key(name) {
            self.diagnostics.push(
                Diagnostic::unsupported(format!("a lambda reading `{name}` from the enclosing function is not supported yet"), span)
                    .with_primary_label("closures come with a later version of Taipan"),
            );
            return ExprKind::None;
        }
        if !scope.is_module && !scope.declared_global.contains(name) {
            if let Some(&local) = scope.locals.get(name) {
                return ExprKind::Variable(Variable::Local(local));
            }
        }
        if let Some(&global) = self.globals.get(name) {
            if Builtin::from_name(name).is_some() || OTHER_PYTHON_BUILTINS.contains(&name) {
                self.diagnostics.push(
                    Diagnostic::unsupported(format!("shadowing the builtin `{name}` is not supported yet"), span)
                        .with_secondary(self.global_list[global.0 as usize].span, "rebound here"),
                );
            }
            return ExprKind::Variable(Variable::Global(global));
        }
        if let Some(builtin) = Builtin::from_name(name) {
            return ExprKind::Builtin(builtin);
        }
        if OTHER_PYTHON_BUILTINS.contains(&name) {
            self.diagnostics.push(
                Diagnostic::unsupported(format!("the builtin `{name}` is not supported yet"), span)
                    .with_primary_label("not supported by Taipan yet"),
            );
            return ExprKind::None;
        }
        ExprKind::Undefined(name.to_string())
    }

    fn lower_operator<T: Ranged + ?Sized>(&mut self, op: ast::Operator, at: &T) -> Option<BinaryOp> {
        use ast::Operator as O;
        Some(match op {
            O::Add => BinaryOp::Add,
            O::Sub => BinaryOp::Sub,
            O::Mult => BinaryOp::Mul,
            O::Div => BinaryOp::TrueDiv,
            O::FloorDiv => BinaryOp::FloorDiv,
            O::Mod => BinaryOp::Mod,
            O::Pow => BinaryOp::Pow,
            O::LShift => BinaryOp::LShift,
            O::RShift => BinaryOp::RShift,
            O::BitOr => BinaryOp::BitOr,
            O::BitXor => BinaryOp::BitXor,
            O::BitAnd => BinaryOp::BitAnd,
            O::MatMult => {
                self.unsupported("the `@` operator", at);
                return None;
            }
        })
    }

    fn lower_expr(&mut self, expr: &ast::Expr, scope: &mut Scope) -> Expr {
        let span = self.span(expr);
        if self.expression_depth >= MAX_EXPRESSION_DEPTH {
            if !self.reported_depth {
                self.reported_depth = true;
                self.diagnostics.push(
                    Diagnostic::unsupported(format!("expressions nested more than {MAX_EXPRESSION_DEPTH} levels deep are not supported"), span)
                        .with_note("CPython itself rejects far shallower nesting (\"too many nested parentheses\", or a RecursionError during compilation)"),
                );
            }
            return Expr { id: scope.new_expr_id(), kind: ExprKind::None, span };
        }
        self.expression_depth += 1;
        let kind = self.lower_expr_kind(expr, scope, span);
        self.expression_depth -= 1;
        Expr { id: scope.new_expr_id(), kind, span }
    }

    fn lower_boxed(&mut self, expr: &ast::Expr, scope: &mut Scope) -> Box<Expr> {
        Box::new(self.lower_expr(expr, scope))
    }

    fn lower_expr_kind(&mut self, expr: &ast::Expr, scope: &mut Scope, span: Span) -> ExprKind {
        use ast::Expr as E;
        match expr {
            E::Constant(constant) => self.lower_constant(&constant.value, expr, scope),
            E::Name(name) => self.resolve_load(name.id.as_str(), scope, span),
            E::BinOp(binary)
                if binary.op == ast::Operator::Mod
                    && matches!(&*binary.left, ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(_), .. })) =>
            {
                let ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(template), .. }) = &*binary.left else {
                    unreachable!("matched above")
                };
                match crate::percent_template::parse_percent_template(template) {
                    Ok(parts) => ExprKind::PercentFormat { parts, value: self.lower_boxed(&binary.right, scope) },
                    Err(what) => self.unsupported_expr(&what, expr),
                }
            }
            E::BinOp(binary) => {
                let left = self.lower_boxed(&binary.left, scope);
                let right = self.lower_boxed(&binary.right, scope);
                match self.lower_operator(binary.op, expr) {
                    Some(op) => ExprKind::Binary { op, left, right },
                    None => ExprKind::None,
                }
            }
            E::UnaryOp(unary) => {
                let op = match unary.op {
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::USub => UnaryOp::Negate,
                    ast::UnaryOp::UAdd => UnaryOp::Plus,
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                };
                // `-9223372036854775808` is a literal that only fits once negated.
                if let (UnaryOp::Negate, E::Constant(ast::ExprConstant { value: ast::Constant::Int(value), .. })) = (op, &*unary.operand) {
                    if value.to_string() == "9223372036854775808" {
                        return ExprKind::Int(i64::MIN);
                    }
                }
                ExprKind::Unary { op, operand: self.lower_boxed(&unary.operand, scope) }
            }
            E::BoolOp(boolean) => ExprKind::BoolOp {
                op: match boolean.op {
                    ast::BoolOp::And => BoolOp::And,
                    ast::BoolOp::Or => BoolOp::Or,
                },
                values: boolean.values.iter().map(|value| self.lower_expr(value, scope)).collect(),
            },
            E::Compare(compare) => {
                let left = self.lower_boxed(&compare.left, scope);
                let comparisons = compare
                    .ops
                    .iter()
                    .zip(compare.comparators.iter())
                    .map(|(op, operand)| {
                        let op = match op {
                            ast::CmpOp::Eq => CompareOp::Eq,
                            ast::CmpOp::NotEq => CompareOp::NotEq,
                            ast::CmpOp::Lt => CompareOp::Lt,
                            ast::CmpOp::LtE => CompareOp::LtE,
                            ast::CmpOp::Gt => CompareOp::Gt,
                            ast::CmpOp::GtE => CompareOp::GtE,
                            ast::CmpOp::Is => CompareOp::Is,
                            ast::CmpOp::IsNot => CompareOp::IsNot,
                            ast::CmpOp::In => CompareOp::In,
                            ast::CmpOp::NotIn => CompareOp::NotIn,
                        };
                        (op, self.lower_expr(operand, scope))
                    })
                    .collect();
                ExprKind::Compare { left, comparisons }
            }
            E::IfExp(if_expr) => ExprKind::IfElse {
                condition: self.lower_boxed(&if_expr.test, scope),
                then_value: self.lower_boxed(&if_expr.body, scope),
                else_value: self.lower_boxed(&if_expr.orelse, scope),
            },
            E::Call(call) if is_literal_format_call(call) => self.lower_str_format(call, scope),
            E::Call(call) => {
                let callee = self.lower_boxed(&call.func, scope);
                let mut args = Vec::new();
                for arg in &call.args {
                    if let E::Starred(_) = arg {
                        self.unsupported("`*` unpacking in calls", arg);
                        continue;
                    }
                    args.push(self.lower_expr(arg, scope));
                }
                let mut keywords = Vec::new();
                for keyword in &call.keywords {
                    match &keyword.arg {
                        Some(name) => keywords.push(Keyword {
                            name: name.to_string(),
                            value: self.lower_expr(&keyword.value, scope),
                            span: self.span(keyword),
                        }),
                        None => self.unsupported("`**` unpacking in calls", keyword),
                    }
                }
                ExprKind::Call { callee, args, keywords }
            }
            E::Attribute(attribute) => ExprKind::Attribute {
                value: self.lower_boxed(&attribute.value, scope),
                name: attribute.attr.to_string(),
            },
            E::Subscript(subscript) => {
                if let E::Slice(slice) = &*subscript.slice {
                    let value = self.lower_boxed(&subscript.value, scope);
                    let bounds = self.lower_slice_bounds(slice, scope);
                    return ExprKind::Slice { value, bounds };
                }
                ExprKind::Index {
                    value: self.lower_boxed(&subscript.value, scope),
                    index: self.lower_boxed(&subscript.slice, scope),
                }
            }
            E::Tuple(tuple) => {
                if tuple.elts.iter().any(|element| matches!(element, E::Starred(_))) {
                    self.unsupported("starred expressions in tuples", expr);
                    return ExprKind::None;
                }
                ExprKind::Tuple(tuple.elts.iter().map(|element| self.lower_expr(element, scope)).collect())
            }
            E::NamedExpr(_) => self.unsupported_expr("assignment expressions (`:=`)", expr),
            E::Lambda(lambda) => match self.lower_lambda(lambda, scope, span) {
                Some(function) => ExprKind::Lambda(function),
                None => ExprKind::None,
            },
            E::Dict(dict) => {
                let mut items = Vec::new();
                for (key, value) in dict.keys.iter().zip(&dict.values) {
                    match key {
                        Some(key) => {
                            let key = self.lower_expr(key, scope);
                            let value = self.lower_expr(value, scope);
                            items.push((key, value));
                        }
                        None => {
                            self.unsupported("`**` unpacking in dict displays", value);
                        }
                    }
                }
                ExprKind::Dict(items)
            }
            E::Set(set) => match self.lower_elements(&set.elts, scope, "starred expressions in sets") {
                Some(elements) => ExprKind::Set(elements),
                None => ExprKind::None,
            },
            E::List(list) => match self.lower_elements(&list.elts, scope, "starred expressions in lists") {
                Some(elements) => ExprKind::List(elements),
                None => ExprKind::None,
            },
            E::ListComp(c) => self.lower_comprehension(ComprehensionKind::List, &c.elt, None, &c.generators, scope),
            E::SetComp(c) => self.lower_comprehension(ComprehensionKind::Set, &c.elt, None, &c.generators, scope),
            E::DictComp(c) => self.lower_comprehension(ComprehensionKind::Dict, &c.key, Some(&c.value), &c.generators, scope),
            E::GeneratorExp(c) => self.lower_comprehension(ComprehensionKind::Generator, &c.elt, None, &c.generators, scope),
            E::Await(_) => self.unsupported_expr("`await`", expr),
            E::Yield(_) | E::YieldFrom(_) => self.unsupported_expr("generators (`yield`)", expr),
            E::JoinedStr(joined) => match self.lower_format_parts(&joined.values, scope) {
                Some(parts) => ExprKind::FormattedString(parts),
                None => ExprKind::None,
            },
            E::FormattedValue(_) => match self.lower_format_parts(std::slice::from_ref(expr), scope) {
                Some(parts) => ExprKind::FormattedString(parts),
                None => ExprKind::None,
            },
            E::Starred(_) => self.unsupported_expr("starred expressions", expr),
            E::Slice(_) => self.unsupported_expr("slices", expr),
        }
    }

    fn lower_elements(&mut self, elements: &[ast::Expr], scope: &mut Scope, what: &str) -> Option<Vec<Expr>> {
        if let Some(starred) = elements.iter().find(|element| matches!(element, ast::Expr::Starred(_))) {
            self.unsupported(what, starred);
            return None;
        }
        Some(elements.iter().map(|element| self.lower_expr(element, scope)).collect())
    }

    fn lower_slice_bounds(&mut self, slice: &ast::ExprSlice, scope: &mut Scope) -> SliceBounds {
        SliceBounds {
            start: slice.lower.as_ref().map(|bound| self.lower_boxed(bound, scope)),
            stop: slice.upper.as_ref().map(|bound| self.lower_boxed(bound, scope)),
            step: slice.step.as_ref().map(|bound| self.lower_boxed(bound, scope)),
        }
    }

    /// Lowers a comprehension. Its targets become fresh locals visible only
    /// inside it; the first iterable is evaluated in the enclosing scope, as
    /// in CPython.
    fn lower_comprehension(
        &mut self,
        kind: ComprehensionKind,
        element: &ast::Expr,
        value: Option<&ast::Expr>,
        generators: &[ast::Comprehension],
        scope: &mut Scope,
    ) -> ExprKind {
        let mut clauses = Vec::new();
        let depth = scope.comprehension_scopes.len();
        for generator in generators {
            if generator.is_async {
                self.unsupported("async comprehensions", &generator.target);
            }
            let iterable = self.lower_expr(&generator.iter, scope);
            let mut names = IndexSet::new();
            collect_target_names(&generator.target, &mut names);
            let mut fresh = IndexMap::new();
            for name in names {
                let local = LocalId(scope.local_list.len() as u32);
                let span = self.span(&generator.target);
                scope.local_list.push(Local { name: name.clone(), span });
                fresh.insert(name, local);
            }
            scope.comprehension_scopes.push(fresh);
            let target = self.lower_target(&generator.target, scope);
            let conditions = generator.ifs.iter().map(|condition| self.lower_expr(condition, scope)).collect();
            if let Some(target) = target {
                clauses.push(ComprehensionClause { target, iterable, conditions });
            }
        }
        let element = self.lower_expr(element, scope);
        let value = value.map(|value| self.lower_expr(value, scope));
        scope.comprehension_scopes.truncate(depth);
        if clauses.len() != generators.len() {
            return ExprKind::None;
        }
        ExprKind::Comprehension(Box::new(Comprehension { kind, element, value, clauses }))
    }

    /// A lambda becomes a function of its own whose body returns the expression.
    fn lower_lambda(&mut self, lambda: &ast::ExprLambda, outer: &mut Scope, span: Span) -> Option<FunctionId> {
        let args = &lambda.args;
        if args.vararg.is_some() || args.kwarg.is_some() || !args.kwonlyargs.is_empty() {
            self.unsupported("lambdas with `*`, `**` or keyword-only parameters", lambda);
            return None;
        }
        if args.posonlyargs.iter().chain(args.args.iter()).any(|arg| arg.default.is_some()) {
            self.unsupported("lambda parameters with defaults", lambda);
            return None;
        }
        let id = self.reserve_function();
        let mut scope = Scope::new(false);
        if !outer.is_module {
            scope.enclosing_locals = outer.locals.keys().cloned().collect();
            for names in &outer.comprehension_scopes {
                scope.enclosing_locals.extend(names.keys().cloned());
            }
        } else {
            for names in &outer.comprehension_scopes {
                scope.enclosing_locals.extend(names.keys().cloned());
            }
        }
        let mut params = Vec::new();
        for arg in args.posonlyargs.iter().chain(args.args.iter()) {
            let name = arg.def.arg.to_string();
            let param_span = self.span(&arg.def);
            let local = LocalId(scope.local_list.len() as u32);
            scope.local_list.push(Local { name: name.clone(), span: param_span });
            scope.locals.insert(name.clone(), local);
            params.push(Param { name, local, default: None, span: param_span });
        }
        let body_span = self.span(&*lambda.body);
        let value = self.lower_expr(&lambda.body, &mut scope);
        self.functions[id.0 as usize] = Some(Function {
            name: "<lambda>".to_string(),
            qualified_name: "__main__.<lambda>".to_string(),
            module: self.module,
            span,
            params,
            locals: scope.local_list,
            body: vec![Stmt { kind: StmtKind::Return(Some(value)), span: body_span }],
            is_module_init: false,
            expr_count: scope.next_expr,
        });
        Some(id)
    }

    /// `"template".format(...)`: the template is parsed now, the arguments
    /// are evaluated in order at run time.
    fn lower_str_format(&mut self, call: &ast::ExprCall, scope: &mut Scope) -> ExprKind {
        let ast::Expr::Attribute(attribute) = &*call.func else { unreachable!("checked by is_literal_format_call") };
        let ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(template), .. }) = &*attribute.value else {
            unreachable!("checked by is_literal_format_call")
        };
        let mut arguments = Vec::new();
        for arg in &call.args {
            if let ast::Expr::Starred(_) = arg {
                self.unsupported("`*` unpacking in calls", arg);
                return ExprKind::None;
            }
            arguments.push(self.lower_expr(arg, scope));
        }
        let mut keyword_names = Vec::new();
        for keyword in &call.keywords {
            match &keyword.arg {
                Some(name) => {
                    keyword_names.push(name.to_string());
                    arguments.push(self.lower_expr(&keyword.value, scope));
                }
                None => {
                    self.unsupported("`**` unpacking in calls", keyword);
                    return ExprKind::None;
                }
            }
        }
        let template_arguments = crate::format_template::TemplateArguments { positional: call.args.len(), keywords: &keyword_names };
        match crate::format_template::parse_template(template, &template_arguments) {
            Ok(parts) => ExprKind::StrFormat { arguments, parts },
            Err(what) => {
                self.unsupported(&what, &*call.func);
                ExprKind::None
            }
        }
    }

    /// The pieces of an f-string (or of a field's format spec).
    fn lower_format_parts(&mut self, values: &[ast::Expr], scope: &mut Scope) -> Option<Vec<FormatPart>> {
        let mut parts = Vec::new();
        for value in values {
            match value {
                ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(text), .. }) => {
                    parts.push(FormatPart::Literal(text.clone()));
                }
                ast::Expr::FormattedValue(field) => {
                    let conversion = match field.conversion {
                        ast::ConversionFlag::None => Conversion::None,
                        ast::ConversionFlag::Str => Conversion::Str,
                        ast::ConversionFlag::Repr => Conversion::Repr,
                        ast::ConversionFlag::Ascii => {
                            self.unsupported("the `!a` conversion", value);
                            return None;
                        }
                    };
                    let spec = match field.format_spec.as_deref() {
                        Some(ast::Expr::JoinedStr(joined)) => self.lower_format_parts(&joined.values, scope)?,
                        Some(other) => self.lower_format_parts(std::slice::from_ref(other), scope)?,
                        None => Vec::new(),
                    };
                    let value = self.lower_boxed(&field.value, scope);
                    parts.push(FormatPart::Field { source: FieldSource::Expr(value), conversion, spec });
                }
                other => {
                    self.unsupported("this f-string part", other);
                    return None;
                }
            }
        }
        Some(parts)
    }

    fn unsupported_expr(&mut self, what: &str, expr: &ast::Expr) -> ExprKind {
        self.unsupported(what, expr);
        ExprKind::None
    }

    fn lower_constant(&mut self, constant: &ast::Constant, expr: &ast::Expr, scope: &mut Scope) -> ExprKind {
        match constant {
            ast::Constant::None => ExprKind::None,
            ast::Constant::Bool(value) => ExprKind::Bool(*value),
            ast::Constant::Str(value) => ExprKind::Str(value.clone()),
            ast::Constant::Int(value) => match value.to_string().parse::<i64>() {
                Ok(value) => ExprKind::Int(value),
                Err(_) => {
                    let span = self.span(expr);
                    self.diagnostics.push(
                        Diagnostic::unsupported("integer literal does not fit in 64 bits", span)
                            .with_primary_label("arbitrary-precision integers are not supported yet"),
                    );
                    ExprKind::None
                }
            },
            ast::Constant::Float(value) => ExprKind::Float(*value),
            ast::Constant::Tuple(values) => {
                let span = self.span(expr);
                let elements = values
                    .iter()
                    .map(|value| {
                        let kind = self.lower_constant(value, expr, scope);
                        Expr { id: scope.new_expr_id(), kind, span }
                    })
                    .collect();
                ExprKind::Tuple(elements)
            }
            ast::Constant::Bytes(_) => self.unsupported_expr("bytes literals", expr),
            ast::Constant::Complex { .. } => self.unsupported_expr("complex numbers", expr),
            ast::Constant::Ellipsis => self.unsupported_expr("`...` as a value", expr),
        }
    }
}

/// `"literal".format(...)`, which is compiled from the parsed template.
fn is_literal_format_call(call: &ast::ExprCall) -> bool {
    match &*call.func {
        ast::Expr::Attribute(attribute) => {
            attribute.attr.as_str() == "format"
                && matches!(&*attribute.value, ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(_), .. }))
        }
        _ => false,
    }
}

/// Collects names bound directly in `body` (not inside nested functions).
fn collect_bindings(body: &[ast::Stmt], out: &mut IndexSet<String>) {
    for stmt in body {
        use ast::Stmt as S;
        match stmt {
            S::FunctionDef(s) => {
                out.insert(s.name.to_string());
            }
            S::AsyncFunctionDef(s) => {
                out.insert(s.name.to_string());
            }
            S::ClassDef(s) => {
                out.insert(s.name.to_string());
            }
            S::Assign(s) => s.targets.iter().for_each(|target| collect_target_names(target, out)),
            S::AugAssign(s) => collect_target_names(&s.target, out),
            S::AnnAssign(s) => collect_target_names(&s.target, out),
            S::For(s) => {
                collect_target_names(&s.target, out);
                collect_bindings(&s.body, out);
                collect_bindings(&s.orelse, out);
            }
            S::While(s) => {
                collect_bindings(&s.body, out);
                collect_bindings(&s.orelse, out);
            }
            S::If(s) => {
                collect_bindings(&s.body, out);
                collect_bindings(&s.orelse, out);
            }
            S::With(s) => collect_bindings(&s.body, out),
            S::Try(s) => {
                collect_bindings(&s.body, out);
                collect_bindings(&s.orelse, out);
                collect_bindings(&s.finalbody, out);
            }
            _ => {}
        }
    }
}

fn collect_target_names(target: &ast::Expr, out: &mut IndexSet<String>) {
    match target {
        ast::Expr::Name(name) => {
            out.insert(name.id.to_string());
        }
        ast::Expr::Tuple(tuple) => tuple.elts.iter().for_each(|element| collect_target_names(element, out)),
        ast::Expr::List(list) => list.elts.iter().for_each(|element| collect_target_names(element, out)),
        ast::Expr::Starred(starred) => collect_target_names(&starred.value, out),
        _ => {}
    }
}

/// The range of the first binding of `name` in `body`, for diagnostics.
fn find_binding_span(body: &[ast::Stmt], name: &str) -> Option<rustpython_parser::text_size::TextRange> {
    for stmt in body {
        let mut names = IndexSet::new();
        collect_bindings(std::slice::from_ref(stmt), &mut names);
        if names.contains(name) {
            return Some(stmt.range());
        }
    }
    None
}

/// `global` declarations directly in a function body (nested blocks included).
fn collect_global_declarations(body: &[ast::Stmt], out: &mut IndexSet<String>) {
    for stmt in body {
        use ast::Stmt as S;
        match stmt {
            S::Global(s) => s.names.iter().for_each(|name| {
                out.insert(name.to_string());
            }),
            S::For(s) => {
                collect_global_declarations(&s.body, out);
                collect_global_declarations(&s.orelse, out);
            }
            S::While(s) => {
                collect_global_declarations(&s.body, out);
                collect_global_declarations(&s.orelse, out);
            }
            S::If(s) => {
                collect_global_declarations(&s.body, out);
                collect_global_declarations(&s.orelse, out);
            }
            _ => {}
        }
    }
}

/// Calls `found` for each name a function in `body` declares `global`.
fn collect_function_globals(body: &[ast::Stmt], found: &mut dyn FnMut(&str, rustpython_parser::text_size::TextRange)) {
    for stmt in body {
        use ast::Stmt as S;
        match stmt {
            S::FunctionDef(def) => {
                let mut names = IndexSet::new();
                collect_global_declarations(&def.body, &mut names);
                for name in names {
                    found(&name, def.range());
                }
            }
            S::For(s) => {
                collect_function_globals(&s.body, found);
                collect_function_globals(&s.orelse, found);
            }
            S::While(s) => {
                collect_function_globals(&s.body, found);
                collect_function_globals(&s.orelse, found);
            }
            S::If(s) => {
                collect_function_globals(&s.body, found);
                collect_function_globals(&s.orelse, found);
            }
            _ => {}
        }
    }
}
