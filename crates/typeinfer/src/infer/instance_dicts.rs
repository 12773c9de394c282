//! Where `vars(obj)` and `obj.__dict__` (HIR `InstanceDict`) may be read
//! natively. CPython's instance dict is a live view of the object: a later
//! attribute assignment shows in it, and a store into it assigns the
//! attribute. Native code builds a new dict of the attributes instead,
//! which is exact only where the dict is used at once, before anything can
//! change the object and with nothing kept that could see it later:
//!
//! - an argument of a builtin that consumes it on the spot (`print`, `str`,
//!   `repr`, `len`, `sorted`, `list`, `dict`...), with every argument after
//!   it a constant or a variable;
//! - `.copy()`, `.get(k[, d])`, `[k]` with constant or variable operands,
//!   `k in d`, and `d1 == d2` between such dicts and constants or variables;
//! - `.keys()`, `.values()`, `.items()` of it where the view is consumed as
//!   above;
//! - the iterable of a `for` loop or a list, set or dict comprehension
//!   whose body is *quiet*: it assigns no attribute, and calls nothing but
//!   builtins and methods of built-in types whose names no class of the
//!   program defines.
//!
//! Operators, comparisons, formatting and iteration run special methods of
//! the program's classes without a call in sight (`__repr__` while printing
//! the dict, `__eq__` while comparing it), so nothing is accepted unless
//! every such method of the program is quiet itself. Every other
//! `InstanceDict` is refused, so the definition holding it runs in CPython.
//! This module decides only where; `Engine::instance_dict` types the dict.

use std::collections::HashSet;
use taipan_parser_bridge::hir::*;

/// The methods of str, list, dict, set, tuple, int and float that run no
/// program code when called without a `key=` (the receiver's own type
/// decides which exists; a name a program class also defines is never
/// taken as one of these).
const BUILT_IN_TYPE_METHODS: &[&str] = &[
    "append", "extend", "insert", "pop", "remove", "clear", "copy", "count", "index", "reverse", "sort", "get", "items", "keys", "values",
    "update", "setdefault", "popitem", "add", "discard", "union", "intersection", "difference", "symmetric_difference", "issubset",
    "issuperset", "isdisjoint", "join", "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "upper", "lower", "title",
    "capitalize", "swapcase", "casefold", "startswith", "endswith", "find", "rfind", "replace", "format", "zfill", "center", "ljust",
    "rjust", "partition", "rpartition", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "isnumeric", "isdecimal",
    "isidentifier", "expandtabs", "removeprefix", "removesuffix", "bit_length", "is_integer",
];

/// The builtins that take an argument apart at once and keep nothing of it.
fn consumes_at_once(builtin: Builtin) -> bool {
    matches!(
        builtin,
        Builtin::Print
            | Builtin::Str
            | Builtin::Repr
            | Builtin::Len
            | Builtin::Bool
            | Builtin::Sorted
            | Builtin::List
            | Builtin::Tuple
            | Builtin::Set
            | Builtin::FrozenSet
            | Builtin::Dict
            | Builtin::Min
            | Builtin::Max
            | Builtin::Any
            | Builtin::All
            | Builtin::Sum
    )
}

/// Special methods that only an explicit call or a class statement runs
/// (a constructor call is a call of the program's code, never quiet).
const EXPLICITLY_RUN_SPECIAL_METHODS: &[&str] = &["__init__", "__new__", "__post_init__", "__init_subclass__", "__set_name__", "__class_getitem__"];

/// Builtins whose call runs no program code of its own (its arguments'
/// special methods aside, as for operators).
fn runs_no_program_code(builtin: Builtin) -> bool {
    !matches!(builtin, Builtin::GetAttr | Builtin::HasAttr | Builtin::SetAttr | Builtin::DelAttr | Builtin::Next | Builtin::Iter | Builtin::Map | Builtin::Filter | Builtin::SysExit)
}

/// Every `(function, expression)` whose `InstanceDict` is read where a new
/// dict is indistinguishable from CPython's live one; when none can be, the
/// special method that could change an object behind an operator's back
/// (`Class.__str__`).
pub(crate) fn accepted_instance_dicts(program: &Program) -> (HashSet<(FunctionId, ExprId)>, Option<String>) {
    let mut member_names = HashSet::new();
    let mut method_names = HashSet::new();
    for class in &program.classes {
        member_names.extend(class.methods.keys().map(String::as_str));
        member_names.extend(class.attributes.keys().map(String::as_str));
        method_names.extend(class.methods.keys().map(String::as_str));
    }
    let mut scan = Scan { program, member_names, method_names, accepted: HashSet::new(), function: FunctionId(0) };
    for class in &program.classes {
        for (name, method) in &class.methods {
            let special = name.len() > 4 && name.starts_with("__") && name.ends_with("__");
            if special && !EXPLICITLY_RUN_SPECIAL_METHODS.contains(&name.as_str()) && !scan.quiet_body(&program.function(method.function).body) {
                return (HashSet::new(), Some(format!("{}.{name}", class.name)));
            }
        }
    }
    for (index, function) in program.functions.iter().enumerate() {
        scan.function = FunctionId(index as u32);
        scan.body(&function.body);
    }
    (scan.accepted, None)
}

struct Scan<'p> {
    program: &'p Program,
    /// Names of the program's methods and class attributes (a property is
    /// a method read as an attribute).
    member_names: HashSet<&'p str>,
    /// Names of the program's methods alone: reading an attribute of such a
    /// name may run a property; reading a class attribute (a dataclass
    /// field's default) runs nothing.
    method_names: HashSet<&'p str>,
    accepted: HashSet<(FunctionId, ExprId)>,
    function: FunctionId,
}

impl<'p> Scan<'p> {
    fn body(&mut self, body: &[Stmt]) {
        for stmt in body {
            self.stmt(stmt);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        if let StmtKind::For { target, iterable, body, else_body } = &stmt.kind {
            if let Some(dict) = dict_source(iterable) {
                if self.quiet_target(target) && self.quiet_body(body) && self.quiet_body(else_body) {
                    self.accept(dict);
                }
            }
        }
        let mut exprs: Vec<&Expr> = Vec::new();
        let mut bodies: Vec<&[Stmt]> = Vec::new();
        stmt.for_each_part(&mut |expr| exprs.push(expr), &mut |body| bodies.push(body));
        for expr in exprs {
            self.expr(expr);
        }
        for body in bodies {
            self.body(body);
        }
    }

    fn expr(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::Call { callee, args, keywords } => match &callee.kind {
                ExprKind::Builtin(builtin) if consumes_at_once(*builtin) => {
                    let keywords_quiet = keywords.iter().all(|keyword| self.quiet_keyword(keyword));
                    for (position, arg) in args.iter().enumerate() {
                        if let Some(dict) = dict_source(arg) {
                            if keywords_quiet && args[position + 1..].iter().all(|later| self.quiet_expr(later)) {
                                self.accept(dict);
                            }
                        }
                    }
                }
                ExprKind::Attribute { value, name } if matches!(value.kind, ExprKind::InstanceDict { .. }) => {
                    let accepted = match name.as_str() {
                        "copy" => args.is_empty(),
                        "get" => (1..=2).contains(&args.len()) && args.iter().all(|arg| self.quiet_expr(arg)),
                        _ => false,
                    };
                    if accepted && keywords.is_empty() {
                        self.accept(value);
                    }
                }
                // `merged.update(vars(obj))`, `items.extend(obj.__dict__.values())`
                // on a receiver no program method of that name could be.
                ExprKind::Attribute { value, name } if matches!(name.as_str(), "update" | "extend") && !self.member_names.contains(name.as_str()) => {
                    if let ([arg], true) = (args.as_slice(), keywords.is_empty() && self.quiet_expr(value)) {
                        if let Some(dict) = dict_source(arg) {
                            self.accept(dict);
                        }
                    }
                }
                _ => {}
            },
            ExprKind::Index { value, index } if matches!(value.kind, ExprKind::InstanceDict { .. }) && self.quiet_expr(index) => self.accept(value),
            ExprKind::Compare { left, comparisons } => {
                if let [(op, right)] = comparisons.as_slice() {
                    match op {
                        CompareOp::In | CompareOp::NotIn => {
                            if let Some(dict) = dict_source(right) {
                                self.accept(dict);
                            }
                        }
                        CompareOp::Eq | CompareOp::NotEq => {
                            let operand_ok = |side: &Expr| matches!(side.kind, ExprKind::InstanceDict { .. }) || self.quiet_expr(side);
                            if operand_ok(left) && operand_ok(right) {
                                for side in [&**left, right] {
                                    if matches!(side.kind, ExprKind::InstanceDict { .. }) {
                                        self.accept(side);
                                    }
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            ExprKind::Comprehension(comprehension) if comprehension.kind != ComprehensionKind::Generator => {
                if let Some((first, rest)) = comprehension.clauses.split_first() {
                    if let Some(dict) = dict_source(&first.iterable) {
                        let rest_quiet = rest.iter().all(|clause| self.quiet_expr(&clause.iterable) && self.quiet_target(&clause.target));
                        let parts_quiet = comprehension.clauses.iter().all(|clause| clause.conditions.iter().all(|condition| self.quiet_expr(condition)))
                            && self.quiet_target(&first.target)
                            && self.quiet_expr(&comprehension.element)
                            && comprehension.value.iter().all(|value| self.quiet_expr(value));
                        if rest_quiet && parts_quiet {
                            self.accept(dict);
                        }
                    }
                }
            }
            _ => {}
        }
        expr.for_each_operand(&mut |operand| self.expr(operand));
    }

    /// A keyword argument that runs no program code: a quiet value, and for
    /// `key=` a builtin or a lambda whose body is quiet (`lambda kv: kv[1]`),
    /// as the callee calls it.
    fn quiet_keyword(&self, keyword: &Keyword) -> bool {
        match &keyword.value.kind {
            ExprKind::Lambda(function) => self.quiet_body(&self.program.function(*function).body),
            ExprKind::Builtin(_) => true,
            _ => keyword.name != "key" && self.quiet_expr(&keyword.value),
        }
    }

    fn accept(&mut self, dict: &Expr) {
        self.accepted.insert((self.function, dict.id));
    }

    /// Whether running `body` can neither assign an attribute nor call
    /// program code (beyond special methods, see the module comment).
    fn quiet_body(&self, body: &[Stmt]) -> bool {
        body.iter().all(|stmt| self.quiet_stmt(stmt))
    }

    fn quiet_stmt(&self, stmt: &Stmt) -> bool {
        match &stmt.kind {
            StmtKind::FunctionDef { .. } | StmtKind::ClassDef { .. } | StmtKind::MethodDef { .. } | StmtKind::Import { .. } | StmtKind::Raise { .. } => return false,
            StmtKind::Assign { targets, .. } if !targets.iter().all(|target| self.quiet_target(target)) => return false,
            StmtKind::AugAssign { target, .. } | StmtKind::For { target, .. } if !self.quiet_target(target) => return false,
            StmtKind::Delete(targets) if !targets.iter().all(|target| self.quiet_target(target)) => return false,
            _ => {}
        }
        let mut exprs: Vec<&Expr> = Vec::new();
        let mut bodies: Vec<&[Stmt]> = Vec::new();
        stmt.for_each_part(&mut |expr| exprs.push(expr), &mut |body| bodies.push(body));
        exprs.into_iter().all(|expr| self.quiet_expr(expr)) && bodies.into_iter().all(|body| self.quiet_body(body))
    }

    fn quiet_target(&self, target: &Target) -> bool {
        match target {
            Target::Attribute { .. } => false,
            Target::Tuple { elements, .. } => elements.iter().all(|element| self.quiet_target(element)),
            _ => {
                let mut quiet = true;
                target.for_each_operand(&mut |expr| quiet = quiet && self.quiet_expr(expr));
                quiet
            }
        }
    }

    fn quiet_expr(&self, expr: &Expr) -> bool {
        let own = match &expr.kind {
            ExprKind::Call { callee, args, keywords } => {
                let callee_quiet = match &callee.kind {
                    ExprKind::Builtin(builtin) => runs_no_program_code(*builtin),
                    // A method of a built-in type, not a property read: the
                    // receiver alone is checked.
                    ExprKind::Attribute { value, name } => {
                        BUILT_IN_TYPE_METHODS.contains(&name.as_str())
                            && !self.member_names.contains(name.as_str())
                            && !matches!(value.kind, ExprKind::ForeignImport { .. })
                            && self.quiet_expr(value)
                    }
                    _ => false,
                };
                return callee_quiet && args.iter().all(|arg| self.quiet_expr(arg)) && keywords.iter().all(|keyword| self.quiet_keyword(keyword));
            }
            ExprKind::Attribute { name, .. } => !self.method_names.contains(name.as_str()),
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) | ExprKind::VmDefinition { .. } | ExprKind::ForeignImport { .. } | ExprKind::Super { .. } => false,
            ExprKind::Comprehension(comprehension) => comprehension.clauses.iter().all(|clause| self.quiet_target(&clause.target)),
            _ => true,
        };
        let mut quiet = own;
        expr.for_each_operand(&mut |operand| quiet = quiet && self.quiet_expr(operand));
        quiet
    }
}

/// The `InstanceDict` an iterable or consumed argument reads: the dict
/// itself or its `keys()`, `values()` or `items()`.
fn dict_source(expr: &Expr) -> Option<&Expr> {
    match &expr.kind {
        ExprKind::InstanceDict { .. } => Some(expr),
        ExprKind::Call { callee, args, keywords } if args.is_empty() && keywords.is_empty() => match &callee.kind {
            ExprKind::Attribute { value, name } if matches!(value.kind, ExprKind::InstanceDict { .. }) && matches!(name.as_str(), "keys" | "values" | "items") => Some(value),
            _ => None,
        },
        _ => None,
    }
}

impl<'p> super::Engine<'p> {
    /// The type of `vars(value)` / `value.__dict__` (`expr`): a dict from
    /// str to the join of the family's attribute types, where the read is
    /// accepted and the value is an instance of an ordinary class of the
    /// program.
    pub(super) fn instance_dict(&mut self, expr: &Expr, value: &Expr, through_vars: bool, walk: &mut super::Walk) -> crate::types::Type {
        use crate::types::Type;
        let value_type = self.expr(value, walk);
        let form = if through_vars { "`vars()`" } else { "`__dict__`" };
        let function = self.instances[walk.id.0 as usize].function;
        if !self.accepted_instance_dicts.contains(&(function, expr.id)) {
            let label = match &self.instance_dict_blocker {
                Some(method) => format!("CPython's instance dict is a live view of the object, and `{method}`, which operators or formatting may run, changes objects or calls the program's functions"),
                None => "CPython's instance dict is a live view of the object: native code reads it only where it is used at once (printed, copied, looked up, or iterated by a loop that assigns no attribute and calls no function of the program)".to_string(),
            };
            self.diagnostics.push(taipan_parser_bridge::Diagnostic::unsupported(format!("this use of {form} is not supported yet"), expr.span).with_primary_label(label));
            return Type::Unknown;
        }
        let class = match value_type {
            Type::Instance { class, .. } => super::ClassId(class),
            Type::Unknown => return Type::Unknown,
            other => {
                self.diagnostics.push(taipan_parser_bridge::Diagnostic::unsupported(format!("{form} of a {} value is not supported yet", self.resolve(&other)), expr.span));
                return Type::Unknown;
            }
        };
        let refusal = self.runtime_classes(class).into_iter().find_map(|runtime_class| {
            let name = &self.program.class(runtime_class).name;
            if self.class_table.is_subclass(runtime_class, crate::BASE_EXCEPTION) {
                return Some(format!("{form} of an exception (`{name}`) is not supported yet"));
            }
            self.class_table.mro(runtime_class).iter().find_map(|definer| {
                let def = self.program.class(*definer);
                if def.slots.is_some() {
                    Some(format!("{form} of an instance of `{name}`, a class with `__slots__`, is not supported yet"))
                } else if def.enum_members.is_some() {
                    Some(format!("{form} of an enum member is not supported yet"))
                } else {
                    None
                }
            })
        });
        if let Some(message) = refusal {
            self.diagnostics.push(taipan_parser_bridge::Diagnostic::unsupported(message, expr.span));
            return Type::Unknown;
        }
        let family = self.class_table.family_of(class);
        if self.extra_attribute_types.contains_key(&family) {
            self.diagnostics.push(taipan_parser_bridge::Diagnostic::unsupported(
                format!("{form} of an instance that a computed `setattr` may give attributes no code assigns is not supported yet"),
                expr.span,
            ));
            return Type::Unknown;
        }
        self.dict_read_families.insert(family);
        let container = self.site(walk.id, expr.id.0, super::containers::SiteKind::Dict, expr.span);
        self.add_element(&container, 0, &Type::Str, expr.span);
        let field_types: Vec<Type> = self.fields[family].values().cloned().collect();
        for field_type in field_types {
            self.add_element(&container, 1, &field_type, expr.span);
        }
        Type::Dict(container)
    }
}
