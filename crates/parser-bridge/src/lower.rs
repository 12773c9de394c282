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
use crate::dataclasses::{generated_methods, DataclassField, DataclassOptions};
use crate::modules::{NativeMember, NativeModule};
use rustpython_parser::Parse;

/// A key equal for enum member values CPython finds equal, for literal
/// values (ints, bools, integral floats compare as ints; strs; floats;
/// tuples of those); `None` for values only known at run time.
fn enum_value_key(value: &Expr) -> Option<String> {
    Some(match &value.kind {
        ExprKind::Int(value) => format!("n{value}"),
        ExprKind::Bool(value) => format!("n{}", i64::from(*value)),
        ExprKind::Float(value) if value.fract() == 0.0 && value.abs() < 9.0e15 => format!("n{}", *value as i64),
        ExprKind::Float(value) => format!("f{value:?}"),
        ExprKind::Str(value) => format!("s{value:?}"),
        ExprKind::Tuple(members) => {
            let keys: Option<Vec<String>> = members.iter().map(enum_value_key).collect();
            format!("t({})", keys?.join(","))
        }
        _ => return None,
    })
}

/// Places every node of generated code (a dataclass's methods) at one
/// range of the program's source, so that its spans point there.
struct RelocateTo(ast::text_size::TextRange);

impl ast::Fold<ast::text_size::TextRange> for RelocateTo {
    type TargetU = ast::text_size::TextRange;
    type Error = std::convert::Infallible;
    type UserContext = ();

    fn will_map_user(&mut self, _user: &ast::text_size::TextRange) {}

    fn map_user(&mut self, _user: ast::text_size::TextRange, _context: ()) -> Result<ast::text_size::TextRange, Self::Error> {
        Ok(self.0)
    }
}
use std::collections::HashMap;

/// Parses and lowers a program: the main module at `path` (with its text)
/// and every module it imports, found next to it as CPython would find them
/// (`m.py` or `m/__init__.py` under the main module's directory). Returns the
/// program when lowering produced no error, every diagnostic either way, and
/// the source files read (for rendering the diagnostics).
pub fn lower_program(path: &str, text: &str) -> (Option<Program>, Vec<Diagnostic>, SourceMap) {
    let lowered = lower_program_with(path, text, &IndexSet::new());
    (lowered.program, lowered.diagnostics, lowered.sources)
}

/// What `lower_program_with` gives: the program (when lowering produced no
/// error), every diagnostic, the source files read, and every top-level
/// `def` and `class` statement of the program's modules.
pub struct Lowered {
    pub program: Option<Program>,
    pub diagnostics: Vec<Diagnostic>,
    pub sources: SourceMap,
    pub definitions: Vec<TopLevelDefinition>,
}

/// `lower_program`, with the top-level definitions the embedded CPython
/// runs: each named by its module's file and the offset its statement
/// (decorators included) starts at, as `TopLevelDefinition` gives them.
pub fn lower_program_with(path: &str, text: &str, vm_definitions: &IndexSet<(String, u32)>) -> Lowered {
    lower_program_named(path, text, vm_definitions, "__main__")
}

/// `lower_program_with`, the main module named `main_name` instead of
/// `__main__`: the module of an extension (`taipan ext`), whose `__name__`
/// is its own, so that its `if __name__ == "__main__":` block does not run
/// on import (inference still types the calls there).
///
/// A main module that is a package's `__init__.py` (`taipan ext pkg/`) is
/// that package: its modules are found from the folder holding the
/// package, relative imports start from it, and `import pkg.sub` in it
/// finds it rather than a second copy.
pub fn lower_program_named(path: &str, text: &str, vm_definitions: &IndexSet<(String, u32)>, main_name: &str) -> Lowered {
    let is_package = main_name != "__main__" && std::path::Path::new(path).file_name().is_some_and(|file| file == "__init__.py");
    let directory = std::path::Path::new(path).parent().map(std::path::Path::to_path_buf).unwrap_or_default();
    let root = if is_package { directory.parent().map(std::path::Path::to_path_buf).unwrap_or_default() } else { directory };
    let mut lowerer = Lowerer {
        file: FileId(0),
        text: String::new(),
        expression_depth: 0,
        reported_depth: false,
        module: ModuleId(0),
        diagnostics: Vec::new(),
        functions: Vec::new(),
        module_globals: Vec::new(),
        global_list: Vec::new(),
        def_bindings: HashMap::new(),
        other_bindings: IndexSet::new(),
        import_bindings: HashMap::new(),
        aliases: HashMap::new(),
        from_imports: Vec::new(),
        sources: SourceMap::new(),
        loader: crate::modules::ModuleLoader::new(root),
        module_records: Vec::new(),
        from_import_runs: Vec::new(),
        classes: Vec::new(),
        class_bindings: HashMap::new(),
        nested_classes: HashMap::new(),
        dataclass_fields: HashMap::new(),
        enclosing_class: None,
        pending_bases: Vec::new(),
        class_scope: None,
        builtin_classes: IndexMap::new(),
        vm_requests: vm_definitions.clone(),
        vm_definitions: Vec::new(),
        definitions: Vec::new(),
        native_imports: HashMap::new(),
    };
    lowerer.add_builtin_exception_classes();
    let main_package = if is_package { main_name.to_string() } else { String::new() };
    lowerer.add_module_record(main_name.to_string(), path.to_string(), Some(text.to_string()), main_package, Span::default());
    // Read every module first (registering what imports bind), then lower
    // them, so that `m.name` resolves whatever the order of the modules.
    let mut next = 0;
    loop {
        while next < lowerer.module_records.len() {
            lowerer.lower_module(ModuleId(next as u32));
            next += 1;
        }
        // Re-exports (`from m import sub` where m imported sub) need m's aliases:
        // register again until nothing new is learned.
        loop {
            let known = lowerer.aliases.len();
            for index in 0..lowerer.module_records.len().min(next) {
                lowerer.enter_module(ModuleId(index as u32));
                let suite = lowerer.module_records[index].suite.take().unwrap_or_default();
                lowerer.register_aliases(&suite);
                lowerer.module_records[index].suite = Some(suite);
            }
            if lowerer.aliases.len() == known {
                break;
            }
        }
        // Registering may have found modules not read yet.
        if next == lowerer.module_records.len() {
            break;
        }
    }
    let mut index = 0;
    while index < lowerer.module_records.len() {
        // A module first met while lowering a body is read now.
        if lowerer.module_records[index].suite.is_none() && lowerer.module_records[index].init.is_none() {
            lowerer.lower_module(ModuleId(index as u32));
        }
        lowerer.enter_module(ModuleId(index as u32));
        let suite = lowerer.module_records[index].suite.take().unwrap_or_default();
        let init = lowerer.lower_module_body(&suite);
        lowerer.module_records[index].init = Some(init);
        index += 1;
    }
    lowerer.finish_global_kinds();
    lowerer.resolve_class_bases();
    lowerer.check_from_imports();
    lowerer.check_import_order();
    let Lowerer { diagnostics, functions, global_list, sources, module_records, classes, vm_definitions, definitions, .. } = lowerer;
    let has_error = !diagnostics.is_empty();
    if has_error {
        return Lowered { program: None, diagnostics, sources, definitions };
    }
    let functions: Vec<Function> = functions.into_iter().map(|f| f.expect("every reserved function is lowered")).collect();
    let modules = module_records
        .into_iter()
        .map(|record| Module { name: record.name, file: record.file, init: record.init.expect("every module is lowered") })
        .collect();
    let program = Program { sources: sources.clone(), modules, functions, globals: global_list, classes, main_module: ModuleId(0), vm_definitions };
    Lowered { program: Some(program), diagnostics, sources, definitions }
}

/// What the lowering knows of one module of the program.
struct ModuleRecord {
    /// The dotted name (`__main__` for the main module).
    name: String,
    path: String,
    /// The text, when already read (the main module's is given).
    text: Option<String>,
    /// The package relative imports start from (empty for top-level modules).
    package: String,
    /// The import that first named the module, for diagnostics.
    imported_at: Span,
    file: FileId,
    init: Option<FunctionId>,
    /// Top-level statements in order, as the import-order check sees them.
    top_level: Vec<TopLevelStatement>,
    /// The parsed module, between reading and lowering.
    suite: Option<Vec<ast::Stmt>>,
}

/// A top-level statement's imports and bindings, for `check_import_order`.
#[derive(Default)]
struct TopLevelStatement {
    /// Modules this statement starts, with the names a `from` import reads.
    imports: Vec<(ModuleId, Vec<(String, Span)>)>,
    binds: Vec<String>,
}

/// What a name bound by an import stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Alias {
    Module(ModuleId),
    Native(crate::modules::NativeModule),
    NativeMember(crate::modules::NativeMember),
}

/// Names CPython defines in every module's namespace that native code does
/// not provide yet (`__name__` and `__file__` it does).
const MODULE_DUNDERS: &[&str] = &["__doc__", "__spec__", "__loader__", "__package__", "__builtins__", "__cached__", "__annotations__", "__dict__"];

/// Special methods whose meaning native classes do not have yet.
const UNSUPPORTED_SPECIAL_METHODS: &[&str] = &[
    "__getattr__",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "__get__",
    "__set__",
    "__delete__",
    "__set_name__",
    "__init_subclass__",
    "__class_getitem__",
    "__new__",
    "__del__",
    "__missing__",
];

/// How deeply expressions may nest; every later stage recurses this deep.
const MAX_EXPRESSION_DEPTH: u32 = 5000;

struct Lowerer {
    /// The top-level definitions the embedded CPython runs (file, start).
    vm_requests: IndexSet<(String, u32)>,
    vm_definitions: Vec<VmDefinition>,
    /// Every top-level `def` and `class` statement met.
    definitions: Vec<TopLevelDefinition>,
    /// Globals bound by an import of a module Taipan provides natively:
    /// the module and the member imported (for CPython to import its own).
    native_imports: HashMap<GlobalId, (String, Option<String>)>,
    file: FileId,
    text: String,
    expression_depth: u32,
    reported_depth: bool,
    module: ModuleId,
    diagnostics: Vec<Diagnostic>,
    /// Reserved before their bodies are lowered, so ids follow source order.
    functions: Vec<Option<Function>>,
    /// Each module's globals by name.
    module_globals: Vec<IndexMap<String, GlobalId>>,
    global_list: Vec<Global>,
    /// For each global, the `def`s that bind it.
    def_bindings: HashMap<GlobalId, Vec<FunctionId>>,
    /// Globals bound by anything other than a `def`.
    other_bindings: IndexSet<GlobalId>,
    /// Globals bound by `from m import x`: the globals they copy.
    import_bindings: HashMap<GlobalId, Vec<GlobalId>>,
    /// Globals bound by `import m` or `from math import sqrt`.
    aliases: HashMap<GlobalId, Alias>,
    /// Every `from m import name`, checked once all modules are lowered.
    from_imports: Vec<(ModuleId, String, Span)>,
    sources: SourceMap,
    loader: crate::modules::ModuleLoader,
    module_records: Vec<ModuleRecord>,
    /// The modules started by the statement being lowered, with the names
    /// its `from` imports read (drained per top-level statement).
    from_import_runs: Vec<(ModuleId, Vec<(String, Span)>)>,
    classes: Vec<Class>,
    /// For each global, the `class` statements that bind it.
    class_bindings: HashMap<GlobalId, Vec<ClassId>>,
    /// Classes defined in class bodies: (the outer class's binding global,
    /// the inner class's name) to the hidden global binding the inner class
    /// (named `Outer.Inner`, reached only as `Outer.Inner`).
    nested_classes: HashMap<(GlobalId, String), GlobalId>,
    /// The fields of each `@dataclass` class (inherited ones first), which
    /// a dataclass deriving from it starts from.
    dataclass_fields: HashMap<ClassId, Vec<DataclassField>>,
    /// While a class body is lowered: its qualified name and binding global.
    enclosing_class: Option<(String, GlobalId)>,
    /// Each class's base expressions, as globals, resolved to classes once
    /// every module is lowered (a base may come from a module lowered later).
    pending_bases: Vec<(ClassId, Vec<(GlobalId, Span)>)>,
    /// While a class body's attribute values are lowered: the class
    /// attributes bound so far, which plain names there read first.
    class_scope: Option<IndexMap<String, GlobalId>>,
    /// The built-in exception classes by name, each with a global no module
    /// binds: names fall back to it when nothing else defines them.
    builtin_classes: IndexMap<&'static str, GlobalId>,
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
    /// Parallel to `comprehension_scopes`: whether the comprehension may run
    /// more than once per call (it sits in a loop or another comprehension).
    comprehension_repeats: Vec<bool>,
    /// How many loops (and comprehensions) surround the code being lowered.
    loop_depth: u32,
    /// For a nested function: the variables of each enclosing function, the
    /// innermost first (depth 1).
    enclosing: Vec<IndexMap<String, EnclosingVariable>>,
    /// Names declared `nonlocal` in this function.
    declared_nonlocal: IndexSet<String>,
    /// The enclosing variables this function uses, each with the local that
    /// stands for it.
    captures: Vec<CaptureRecord>,
    /// This function's locals that nested functions use.
    cells: IndexSet<LocalId>,
    /// Enclosing variables further out that nested functions use: (depth
    /// relative to this function, local), passed on to the enclosing scope.
    relayed: Vec<(u32, LocalId)>,
    /// Whether a closure is defined in this function's body.
    defines_closure: bool,
    /// CPython's `__qualname__` of the function (empty for module code).
    qualified_name: String,
    /// The function this scope is the body of.
    function: FunctionId,
    /// For a method's body: its class (for `super()`).
    class: Option<ClassId>,
    /// The class name that private names (`__secret`) are mangled with in
    /// this code: a method's class, inherited by functions nested in it
    /// (`_Vault__secret`, as CPython's compiler does).
    private_prefix: Option<String>,
    /// The hidden locals of the `except` clauses being lowered, innermost
    /// last: what a bare `raise` raises again.
    active_handlers: Vec<LocalId>,
    /// Whether the body holds `yield` or `yield from`: calling the function
    /// makes a generator.
    is_generator: bool,
}

/// The names a class body's `__slots__ = value` declares.
fn slots_declaration(value: &ast::Expr) -> SlotsDeclaration {
    let literal = |item: &ast::Expr| match item {
        ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(name), .. }) => Some(name.to_string()),
        _ => None,
    };
    let items: Option<Vec<String>> = match value {
        ast::Expr::Constant(_) => literal(value).map(|name| vec![name]),
        ast::Expr::Tuple(tuple) => tuple.elts.iter().map(literal).collect(),
        ast::Expr::List(list) => list.elts.iter().map(literal).collect(),
        _ => None,
    };
    items.map_or(SlotsDeclaration::Computed, SlotsDeclaration::Names)
}

/// `name` as CPython's compiler rewrites it inside the class whose name,
/// without leading underscores, is `prefix`: a private name (`__secret`,
/// not `__dunder__`, no dots) becomes `_Class__secret`. A class named
/// only with underscores mangles nothing (`prefix` None or empty).
fn mangle(prefix: Option<&str>, name: &str) -> String {
    match prefix {
        Some(prefix) if !prefix.is_empty() && name.starts_with("__") && !name.ends_with("__") && !name.contains('.') => format!("_{prefix}{name}"),
        _ => name.to_string(),
    }
}

/// A variable of an enclosing function, as a nested function sees it.
#[derive(Clone, Copy)]
struct EnclosingVariable {
    local: LocalId,
    /// A comprehension's target in a comprehension that may run more than
    /// once per call: each run would need a fresh cell.
    repeats: bool,
}

/// An enclosing variable a function uses.
struct CaptureRecord {
    name: String,
    local: LocalId,
    depth: u32,
    enclosing_local: LocalId,
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
            comprehension_repeats: Vec::new(),
            loop_depth: 0,
            enclosing: Vec::new(),
            declared_nonlocal: IndexSet::new(),
            captures: Vec::new(),
            cells: IndexSet::new(),
            relayed: Vec::new(),
            defines_closure: false,
            qualified_name: String::new(),
            function: FunctionId(u32::MAX),
            class: None,
            private_prefix: None,
            active_handlers: Vec::new(),
            is_generator: false,
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
    /// Gives the program Python's built-in exception classes, as classes with
    /// no methods, before any class of its own.
    fn add_builtin_exception_classes(&mut self) {
        for (name, base) in BUILTIN_EXCEPTION_CLASSES {
            let class = ClassId(self.classes.len() as u32);
            let bases = base.map(|base| self.builtin_class_id(base)).into_iter().collect();
            self.classes.push(Class {
                name: name.to_string(),
                qualified_name: name.to_string(),
                module: ModuleId(0),
                span: Span::default(),
                bases,
                methods: IndexMap::new(),
                attributes: IndexMap::new(),
                builtin: true,
                frozen: false,
            generated_init: None,
            enum_members: None,
            enum_aliases: Vec::new(),
            slots: None,
            doc: None,
            });
            let global = GlobalId(self.global_list.len() as u32);
            self.global_list.push(Global { name: name.to_string(), module: ModuleId(0), span: Span::default(), kind: GlobalKind::Class(class) });
            self.builtin_classes.insert(name, global);
        }
        for (alias, class) in BUILTIN_EXCEPTION_ALIASES {
            let global = self.builtin_classes[class];
            self.builtin_classes.insert(alias, global);
        }
    }

    fn builtin_class_id(&self, name: &str) -> ClassId {
        let position = BUILTIN_EXCEPTION_CLASSES.iter().position(|(builtin, _)| *builtin == name);
        ClassId(position.expect("a base of a built-in exception class is built in") as u32)
    }

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
        self.global_in(self.module, name, span)
    }

    /// The global `name` of `module`, created on first mention.
    fn global_in(&mut self, module: ModuleId, name: &str, span: Span) -> GlobalId {
        while self.module_globals.len() <= module.0 as usize {
            self.module_globals.push(IndexMap::new());
        }
        if let Some(&id) = self.module_globals[module.0 as usize].get(name) {
            return id;
        }
        let id = GlobalId(self.global_list.len() as u32);
        let kind = if name == "__name__" { GlobalKind::ModuleName } else { GlobalKind::Variable };
        self.global_list.push(Global { name: name.to_string(), module, span, kind });
        self.module_globals[module.0 as usize].insert(name.to_string(), id);
        id
    }

    /// The attribute name of `builtin(obj, "name", ...)` with `count`
    /// positional arguments, a literal identifier as the name and the builtin
    /// not shadowed: the call is a plain attribute access. Private names
    /// (`"__x"`) are left alone, since `obj.__x` in a class body is mangled
    /// and the builtin's name is not.
    fn literal_attribute_call(&self, call: &ast::ExprCall, builtin: &str, count: usize, scope: &Scope) -> Option<String> {
        let ast::Expr::Name(function) = &*call.func else { return None };
        if function.id.as_str() != builtin || scope.locals.contains_key(builtin) || self.lookup_global(builtin).is_some() {
            return None;
        }
        if call.args.len() != count || !call.keywords.is_empty() || call.args.iter().any(|arg| matches!(arg, ast::Expr::Starred(_))) {
            return None;
        }
        let ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(name), .. }) = &call.args[1] else { return None };
        let is_identifier = name.chars().next().is_some_and(|c| c == '_' || c.is_alphabetic()) && name.chars().all(|c| c == '_' || c.is_alphanumeric());
        let is_private = name.starts_with("__") && !name.ends_with("__");
        (is_identifier && !is_private && !is_keyword(name)).then(|| name.to_string())
    }

    /// `type(x) is int`, `type(x) != str`, `type(x) in (list, tuple)` (one
    /// comparison, built-in type names that nothing shadows) as an exact
    /// type test.
    fn lower_exact_type_test(&mut self, compare: &ast::ExprCompare, scope: &mut Scope) -> Option<ExprKind> {
        let ([op], [comparator]) = (compare.ops.as_slice(), compare.comparators.as_slice()) else { return None };
        let ast::Expr::Call(call) = &*compare.left else { return None };
        let ast::Expr::Name(function) = &*call.func else { return None };
        let unshadowed = |this: &Self, name: &str| !scope.locals.contains_key(name) && this.lookup_global(name).is_none();
        if function.id.as_str() != "type" || !unshadowed(self, "type") || call.args.len() != 1 || !call.keywords.is_empty() || matches!(call.args[0], ast::Expr::Starred(_)) {
            return None;
        }
        let type_builtin = |this: &Self, expr: &ast::Expr| -> Option<Builtin> {
            let ast::Expr::Name(name) = expr else { return None };
            let builtin = match name.id.as_str() {
                "int" => Builtin::Int,
                "float" => Builtin::Float,
                "str" => Builtin::Str,
                "bool" => Builtin::Bool,
                "list" => Builtin::List,
                "dict" => Builtin::Dict,
                "tuple" => Builtin::Tuple,
                "set" => Builtin::Set,
                "frozenset" => Builtin::FrozenSet,
                _ => return None,
            };
            unshadowed(this, name.id.as_str()).then_some(builtin)
        };
        let (types, negate) = match op {
            ast::CmpOp::Eq | ast::CmpOp::Is => (vec![type_builtin(self, comparator)?], false),
            ast::CmpOp::NotEq | ast::CmpOp::IsNot => (vec![type_builtin(self, comparator)?], true),
            ast::CmpOp::In | ast::CmpOp::NotIn => {
                let items = match comparator {
                    ast::Expr::Tuple(tuple) => &tuple.elts,
                    ast::Expr::List(list) => &list.elts,
                    _ => return None,
                };
                let types: Option<Vec<Builtin>> = items.iter().map(|item| type_builtin(self, item)).collect();
                (types?, matches!(op, ast::CmpOp::NotIn))
            }
            _ => return None,
        };
        let value = self.lower_boxed(&call.args[0], scope);
        Some(ExprKind::ExactType { value, types, negate })
    }

    fn lookup_global(&self, name: &str) -> Option<GlobalId> {
        self.module_globals.get(self.module.0 as usize).and_then(|globals| globals.get(name).copied())
    }

    fn add_module_record(&mut self, name: String, path: String, text: Option<String>, package: String, imported_at: Span) -> ModuleId {
        let id = ModuleId(self.module_records.len() as u32);
        self.module_records.push(ModuleRecord { name, path, text, package, imported_at, file: FileId(0), init: None, top_level: Vec::new(), suite: None });
        id
    }

    fn module_by_name(&self, name: &str) -> Option<ModuleId> {
        // The main module (record 0) is never found by name: importing it is
        // importing a second copy, as CPython's `import __main__` is not.
        // (A package built as an extension is itself: its name is not
        // `__main__`.)
        self.module_records.iter().position(|record| record.name == name).filter(|index| *index != 0 || name != "__main__").map(|index| ModuleId(index as u32))
    }

    /// Finds module `name` (loading it on first use), or the native module
    /// of that name; `None` after a diagnostic when neither exists.
    fn resolve_module(&mut self, name: &str, span: Span) -> Option<Alias> {
        if let Some(id) = self.module_by_name(name) {
            return Some(Alias::Module(id));
        }
        match self.loader.find(name) {
            Some(found) => {
                let package = if found.is_package { name.to_string() } else { name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default() };
                Some(Alias::Module(self.add_module_record(name.to_string(), found.path, None, package, span)))
            }
            None => match crate::modules::NativeModule::from_name(name) {
                Some(native) => Some(Alias::Native(native)),
                None => {
                    self.diagnostics.push(
                        Diagnostic::unsupported(format!("module `{name}` is neither part of the program nor provided natively"), span)
                            .with_primary_label("imported here")
                            .with_note("its package is one of the program's own, whose modules Taipan compiles; this one was not found there"),
                    );
                    None
                }
            },
        }
    }

    /// Whether `name` (or its top-level package) is neither a module of the
    /// program nor one Taipan provides natively: CPython imports it.
    fn is_foreign_module(&mut self, name: &str) -> bool {
        let top = name.split('.').next().unwrap_or(name);
        self.module_by_name(top).is_none() && self.loader.find(top).is_none() && crate::modules::NativeModule::from_name(top).is_none()
    }

    /// `bound_name = <import>` for an import the embedded CPython performs.
    /// Only module-level imports bind natively yet; one inside a function is
    /// unsupported (the whole program then runs in the VM).
    fn foreign_import_assignment(&mut self, bound_name: &str, import: ExprKind, span: Span, scope: &mut Scope) -> Option<(Target, Expr)> {
        if !scope.is_module {
            self.diagnostics.push(
                Diagnostic::unsupported("importing a module CPython provides inside a function", span)
                    .with_primary_label("imported here")
                    .with_note("module-level imports of such modules run in the embedded CPython; move the import to the top of the module"),
            );
            return None;
        }
        let variable = self.resolve_binding(bound_name, scope, span);
        let value = Expr { id: scope.new_expr_id(), kind: import, span };
        Some((Target::Variable { variable, span }, value))
    }

    /// Resolves each prefix of a dotted module name (`a`, `a.b`, `a.b.c`),
    /// recording the modules whose code must run, in order.
    fn resolve_module_chain(&mut self, name: &str, span: Span, scope: &mut Scope, runs: &mut Vec<(ModuleId, ExprId)>) -> Option<Vec<Alias>> {
        let mut resolved = Vec::new();
        let mut prefix = String::new();
        for part in name.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            let alias = self.resolve_module(&prefix, span)?;
            if let Alias::Module(id) = alias {
                if !runs.iter().any(|(module, _)| *module == id) {
                    runs.push((id, scope.new_expr_id()));
                }
            }
            resolved.push(alias);
        }
        Some(resolved)
    }

    /// The module an expression names (`m`, `pkg.sub`), if it names one.
    fn module_of_expr(&mut self, expr: &ast::Expr, scope: &Scope) -> Option<Alias> {
        match expr {
            ast::Expr::Name(name) => {
                let name = name.id.as_str();
                if scope.comprehension_local(name).is_some() || (!scope.is_module && scope.locals.contains_key(name)) {
                    return None;
                }
                let global = self.lookup_global(name)?;
                match self.aliases.get(&global) {
                    Some(alias @ (Alias::Module(_) | Alias::Native(_))) => Some(*alias),
                    _ => None,
                }
            }
            ast::Expr::Attribute(attribute) => match self.module_of_expr(&attribute.value, scope)? {
                Alias::Module(id) => {
                    let submodule = format!("{}.{}", self.module_records[id.0 as usize].name, attribute.attr);
                    if let Some(sub) = self.module_by_name(&submodule) {
                        return Some(Alias::Module(sub));
                    }
                    let global = self.module_globals.get(id.0 as usize)?.get(attribute.attr.as_str()).copied()?;
                    match self.aliases.get(&global) {
                        Some(alias @ (Alias::Module(_) | Alias::Native(_))) => Some(*alias),
                        _ => None,
                    }
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// A native module's member as a value.
    fn native_member_value(&mut self, member: crate::modules::NativeMember, span: Span) -> ExprKind {
        member.expr_kind().unwrap_or_else(|| {
            let what = match member {
                NativeMember::EnumBase => "`Enum` other than as a base class",
                NativeMember::EnumAuto => "`auto()` other than as the value of an enum member",
                _ => "`dataclass` other than as a class decorator",
            };
            self.diagnostics.push(Diagnostic::unsupported(format!("{what} is not supported yet"), span));
            ExprKind::None
        })
    }

    /// `module.attr` as an expression.
    fn module_attribute(&mut self, module: Alias, attr: &str, span: Span) -> ExprKind {
        match module {
            Alias::Module(id) => {
                let global = self.global_in(id, attr, span);
                match self.aliases.get(&global) {
                    Some(Alias::NativeMember(member)) => self.native_member_value(*member, span),
                    Some(_) => {
                        self.diagnostics.push(Diagnostic::unsupported("modules as values are not supported yet", span));
                        ExprKind::None
                    }
                    None => ExprKind::Variable(Variable::Global(global)),
                }
            }
            Alias::Native(native) => match native.member(attr) {
                Some(member) => self.native_member_value(member, span),
                None => {
                    self.diagnostics.push(
                        Diagnostic::unsupported(format!("`{}.{attr}` is not provided natively yet", native.name()), span)
                            .with_primary_label("not provided by Taipan yet"),
                    );
                    ExprKind::None
                }
            },
            Alias::NativeMember(_) => ExprKind::None,
        }
    }

    fn finish_global_kinds(&mut self) {
        for (global, _) in self.aliases.clone() {
            if self.other_bindings.contains(&global) || self.def_bindings.contains_key(&global) || self.import_bindings.contains_key(&global) {
                let info = &self.global_list[global.0 as usize];
                self.diagnostics.push(
                    Diagnostic::unsupported(format!("`{}` is bound by an import and also rebound, which is not supported yet", info.name), info.span)
                        .with_primary_label("first bound here"),
                );
            }
        }
        for (index, global) in self.global_list.iter_mut().enumerate() {
            let id = GlobalId(index as u32);
            if matches!(global.kind, GlobalKind::ModuleName | GlobalKind::ClassAttribute(_)) {
                continue;
            }
            if let Some(classes) = self.class_bindings.get(&id) {
                if classes.len() == 1 && !self.other_bindings.contains(&id) && !self.def_bindings.contains_key(&id) {
                    global.kind = GlobalKind::Class(classes[0]);
                } else {
                    self.diagnostics.push(
                        Diagnostic::unsupported(
                            format!("`{}` is bound by a `class` statement and also rebound; classes as values are not supported yet", global.name),
                            global.span,
                        )
                        .with_primary_label("first bound here"),
                    );
                }
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
        // `from m import f` of a function makes the importer's `f` that
        // function too (calls through it are direct), following chains of
        // re-exports.
        loop {
            let mut changed = false;
            for (global, sources) in &self.import_bindings {
                if self.other_bindings.contains(global) || self.def_bindings.contains_key(global) || self.class_bindings.contains_key(global) {
                    continue;
                }
                let kinds: Vec<GlobalKind> = sources.iter().map(|source| self.global_list[source.0 as usize].kind).collect();
                if let Some(GlobalKind::Class(class)) = kinds.first().copied() {
                    if kinds.iter().all(|kind| *kind == GlobalKind::Class(class)) && self.global_list[global.0 as usize].kind != GlobalKind::Class(class) {
                        self.global_list[global.0 as usize].kind = GlobalKind::Class(class);
                        changed = true;
                    }
                }
                if let Some(GlobalKind::Function(function)) = kinds.first().copied() {
                    if kinds.iter().all(|kind| *kind == GlobalKind::Function(function)) && self.global_list[global.0 as usize].kind != GlobalKind::Function(function) {
                        self.global_list[global.0 as usize].kind = GlobalKind::Function(function);
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// `from m import x` of a name `m` never binds is CPython's ImportError.
    fn check_from_imports(&mut self) {
        for (module, name, span) in std::mem::take(&mut self.from_imports) {
            let Some(&global) = self.module_globals.get(module.0 as usize).and_then(|globals| globals.get(&name)) else { continue };
            let bound = self.def_bindings.contains_key(&global)
                || self.other_bindings.contains(&global)
                || self.import_bindings.contains_key(&global)
                || self.aliases.contains_key(&global)
                || self.global_list[global.0 as usize].kind == GlobalKind::ModuleName
                || self.module_records[module.0 as usize].top_level.iter().any(|statement| statement.binds.contains(&name));
            if !bound {
                let record = &self.module_records[module.0 as usize];
                self.diagnostics.push(
                    Diagnostic::error(DiagnosticKind::Import, format!("cannot import name '{name}' from '{}' ({})", record.name, record.path), span)
                        .with_primary_label("not bound anywhere in that module"),
                );
            }
        }
    }

    /// Runs the modules' top-level code in CPython's import order (each module
    /// starts at its first import and runs to the end before the import
    /// returns) and reports every `from m import x` that reaches a module in
    /// the middle of its own import before `x` is bound: CPython's circular
    /// import failure. The cycle is named from the import graph's strongly
    /// connected components (petgraph).
    fn check_import_order(&mut self) {
        use petgraph::graph::DiGraph;
        let count = self.module_records.len();
        let mut graph: DiGraph<usize, ()> = DiGraph::new();
        let nodes: Vec<_> = (0..count).map(|index| graph.add_node(index)).collect();
        for (index, record) in self.module_records.iter().enumerate() {
            for statement in &record.top_level {
                for (module, _) in &statement.imports {
                    graph.add_edge(nodes[index], nodes[module.0 as usize], ());
                }
            }
        }
        let mut component_of = vec![0; count];
        let components = petgraph::algo::tarjan_scc(&graph);
        for (component_index, component) in components.iter().enumerate() {
            for node in component {
                component_of[graph[*node]] = component_index;
            }
        }
        // position[m] = the index of the top-level statement module m is
        // running, while it runs.
        let mut position: Vec<Option<usize>> = vec![None; count];
        let mut finished = vec![false; count];
        let mut failures = Vec::new();
        self.simulate_module(0, &mut position, &mut finished, &mut failures);
        for (module, name, span, stack_module) in failures {
            let component = &components[component_of[module]];
            let mut names: Vec<String> = component.iter().map(|node| self.module_records[graph[*node]].name.clone()).collect();
            names.sort();
            let record = &self.module_records[module];
            self.diagnostics.push(
                Diagnostic::error(
                    DiagnosticKind::Import,
                    format!(
                        "cannot import name '{name}' from partially initialized module '{}' (most likely due to a circular import) ({})",
                        record.name, record.path
                    ),
                    span,
                )
                .with_note(format!(
                    "the import cycle is {}; `{}` is still running its own imports when this statement reads `{name}`",
                    names.join(" -> "),
                    self.module_records[stack_module].name
                )),
            );
        }
    }

    fn simulate_module(&self, module: usize, position: &mut Vec<Option<usize>>, finished: &mut Vec<bool>, failures: &mut Vec<(usize, String, Span, usize)>) {
        for (index, statement) in self.module_records[module].top_level.iter().enumerate() {
            position[module] = Some(index);
            for (imported, names) in &statement.imports {
                let imported = imported.0 as usize;
                if !finished[imported] && position[imported].is_none() {
                    self.simulate_module(imported, position, finished, failures);
                }
                if let (false, Some(at)) = (finished[imported], position[imported]) {
                    // The module is part-way through its code: only names its
                    // earlier statements bound exist.
                    for (name, span) in names {
                        let bound = self.module_records[imported].top_level[..at].iter().any(|s| s.binds.contains(name));
                        if !bound {
                            failures.push((imported, name.clone(), *span, imported));
                        }
                    }
                }
            }
        }
        finished[module] = true;
    }

    fn reserve_function(&mut self) -> FunctionId {
        self.functions.push(None);
        FunctionId(self.functions.len() as u32 - 1)
    }

    /// Reads, parses and lowers one module of the program.
    fn lower_module(&mut self, id: ModuleId) {
        self.module = id;
        let record = &self.module_records[id.0 as usize];
        let (path, imported_at) = (record.path.clone(), record.imported_at);
        let text = match record.text.clone() {
            Some(text) => text,
            None => match std::fs::read_to_string(&path) {
                Ok(text) => text,
                Err(error) => {
                    self.diagnostics.push(Diagnostic::error(DiagnosticKind::Io, format!("cannot read {path}: {error}"), imported_at));
                    String::new()
                }
            },
        };
        self.file = self.sources.add(SourceFile::new(path.clone(), text.clone()));
        self.module_records[id.0 as usize].file = self.file;
        self.text = text;
        let suite = match ast::Suite::parse(&self.text, &path) {
            Ok(suite) => suite,
            Err(error) => {
                let offset = u32::from(error.offset);
                self.diagnostics.push(Diagnostic::error(
                    DiagnosticKind::Syntax,
                    format!("invalid syntax: {}", error.error),
                    Span::new(self.file, offset, offset),
                ));
                Vec::new()
            }
        };
        self.register_aliases(&suite);
        self.module_records[id.0 as usize].suite = Some(suite);
    }

    /// Makes the current module's `self.module`, `self.file` and `self.text`.
    fn enter_module(&mut self, id: ModuleId) {
        self.module = id;
        self.file = self.module_records[id.0 as usize].file;
        self.text = self.sources.get(self.file).text.clone();
    }

    /// Registers what the names bound by the import statements of a module
    /// stand for (anywhere in it, functions included), so that `m.name` can be
    /// resolved while lowering any module, whatever the order of lowering.
    fn register_aliases(&mut self, body: &[ast::Stmt]) {
        for stmt in body {
            match stmt {
                ast::Stmt::Import(s) => {
                    let span = self.span(stmt);
                    for alias in &s.names {
                        let name = alias.name.as_str();
                        let mut chain = Vec::new();
                        let mut prefix = String::new();
                        for part in name.split('.') {
                            if !prefix.is_empty() {
                                prefix.push('.');
                            }
                            prefix.push_str(part);
                            match self.resolve_module_quietly(&prefix, span) {
                                Some(found) => chain.push(found),
                                None => break,
                            }
                        }
                        if chain.len() != name.split('.').count() {
                            continue;
                        }
                        let (bound_name, target) = match &alias.asname {
                            Some(asname) => (asname.to_string(), *chain.last().expect("non-empty")),
                            None => (name.split('.').next().unwrap_or(name).to_string(), chain[0]),
                        };
                        let global = self.global_id(&bound_name, span);
                        if let Alias::Native(native) = target {
                            self.native_imports.insert(global, (native.name().to_string(), None));
                        }
                        self.aliases.insert(global, target);
                    }
                }
                ast::Stmt::ImportFrom(s) if s.level.as_ref().map(|l| l.to_u32()).unwrap_or(0) == 0 => {
                    let Some(module) = &s.module else { continue };
                    let span = self.span(stmt);
                    let Some(source) = self.resolve_module_quietly(module.as_str(), span) else { continue };
                    for alias in &s.names {
                        let name = alias.name.as_str();
                        let bound_name = alias.asname.as_ref().map(|n| n.to_string()).unwrap_or_else(|| name.to_string());
                        let target = match source {
                            Alias::Native(native) => native.member(name).map(Alias::NativeMember),
                            Alias::Module(id) => {
                                let submodule = format!("{}.{name}", self.module_records[id.0 as usize].name);
                                match self.resolve_module_quietly(&submodule, span) {
                                    Some(found @ Alias::Module(_)) if self.loader.find(&submodule).is_some() => Some(found),
                                    _ => self
                                        .module_globals
                                        .get(id.0 as usize)
                                        .and_then(|globals| globals.get(name))
                                        .and_then(|global| self.aliases.get(global).copied()),
                                }
                            }
                            Alias::NativeMember(_) => None,
                        };
                        if let Some(target) = target {
                            let global = self.global_id(&bound_name, span);
                            if let Alias::Native(native) = source {
                                self.native_imports.insert(global, (native.name().to_string(), Some(name.to_string())));
                            }
                            self.aliases.insert(global, target);
                        }
                    }
                }
                ast::Stmt::ImportFrom(s) => {
                    // Relative: `from . import sub` and `from .m import x`.
                    let span = self.span(stmt);
                    let record = &self.module_records[self.module.0 as usize];
                    if record.name == "__main__" || record.package.is_empty() {
                        continue;
                    }
                    let level = s.level.as_ref().map(|l| l.to_u32()).unwrap_or(0) as usize;
                    let mut parts: Vec<String> = record.package.split('.').map(str::to_string).collect();
                    for _ in 1..level {
                        parts.pop();
                    }
                    if parts.is_empty() {
                        continue;
                    }
                    let mut base = parts.join(".");
                    if let Some(module) = &s.module {
                        base = format!("{base}.{module}");
                    }
                    let Some(Alias::Module(id)) = self.resolve_module_quietly(&base, span) else { continue };
                    for alias in &s.names {
                        let name = alias.name.as_str();
                        let bound_name = alias.asname.as_ref().map(|n| n.to_string()).unwrap_or_else(|| name.to_string());
                        let submodule = format!("{}.{name}", self.module_records[id.0 as usize].name);
                        let target = if self.loader.find(&submodule).is_some() {
                            self.resolve_module_quietly(&submodule, span)
                        } else {
                            self.module_globals
                                .get(id.0 as usize)
                                .and_then(|globals| globals.get(name))
                                .and_then(|global| self.aliases.get(global).copied())
                        };
                        if let Some(target) = target {
                            let global = self.global_id(&bound_name, span);
                            self.aliases.insert(global, target);
                        }
                    }
                }
                ast::Stmt::FunctionDef(def) => self.register_aliases(&def.body),
                ast::Stmt::If(s) => {
                    self.register_aliases(&s.body);
                    self.register_aliases(&s.orelse);
                }
                ast::Stmt::For(s) => self.register_aliases(&s.body),
                ast::Stmt::While(s) => self.register_aliases(&s.body),
                ast::Stmt::Try(s) => {
                    self.register_aliases(&s.body);
                    for handler in &s.handlers {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        self.register_aliases(&handler.body);
                    }
                    self.register_aliases(&s.orelse);
                    self.register_aliases(&s.finalbody);
                }
                _ => {}
            }
        }
    }

    /// `resolve_module` without diagnostics (lowering reports them later).
    fn resolve_module_quietly(&mut self, name: &str, span: Span) -> Option<Alias> {
        let count = self.diagnostics.len();
        let found = self.resolve_module(name, span);
        self.diagnostics.truncate(count);
        found
    }

    fn lower_module_body(&mut self, suite: &[ast::Stmt]) -> FunctionId {
        let module_name = self.module_records[self.module.0 as usize].name.clone();
        let init = self.reserve_function();
        let module_function = init;
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
        scope.function = module_function;
        collect_function_globals(suite, &mut |name, range| {
            let span = Span::new(self.file, u32::from(range.start()), u32::from(range.end()));
            self.global_id(name, span);
        });
        let mut body = Vec::new();
        for stmt in suite {
            let imports_before = self.from_import_runs.len();
            let lowered = match self.top_level_definition(stmt) {
                Some(start) => self.lower_vm_definition(stmt, start, &mut scope).into_iter().collect(),
                None => self.lower_statements(stmt, &mut scope),
            };
            let mut summary = TopLevelStatement::default();
            summary.imports = self.from_import_runs.drain(imports_before..).collect();
            let mut names = IndexSet::new();
            collect_bindings(std::slice::from_ref(stmt), &mut names);
            summary.binds = names.into_iter().collect();
            self.module_records[self.module.0 as usize].top_level.push(summary);
            body.extend(lowered);
        }
        let end = suite.last().map(|stmt| u32::from(stmt.range().end())).unwrap_or(0);
        self.functions[init.0 as usize] = Some(Function {
            name: "<module>".to_string(),
            qualified_name: format!("{module_name}.<module>"),
            module: self.module,
            span: Span::new(self.file, 0, end),
            params: Vec::new(),
            locals: scope.local_list,
            body,
            is_module_init: true,
            expr_count: scope.next_expr,
            captures: Vec::new(),
            has_frame: !scope.cells.is_empty() || scope.defines_closure,
            cells: scope.cells.into_iter().collect(),
            is_closure: false,
            enclosing: None,
            class: None,
            is_generator: false,
            // The module's docstring (an extension module's `__doc__`).
            doc: docstring(suite),
        });
        init
    }

    /// Lowers a `def` at module level, in a function body (a nested
    /// function, `outer` being the enclosing function's scope), or in a class
    /// body (`method_of`, whose decorators the caller has already
    /// interpreted).
    fn lower_function(&mut self, def: &ast::StmtFunctionDef, outer: &mut Scope, method_of: Option<ClassId>) -> Option<FunctionId> {
        let span = self.span(def);
        let nested = !outer.is_module;
        let args = &def.args;
        let id = self.reserve_function();
        let mut scope = Scope::new(false);
        scope.function = id;
        scope.qualified_name = match method_of {
            Some(class) => format!("{}.{}", self.classes[class.0 as usize].name, def.name),
            None if nested => format!("{}.<locals>.{}", outer.qualified_name, def.name),
            None => def.name.to_string(),
        };
        if nested {
            scope.enclosing = enclosing_for_nested(outer);
        }
        scope.private_prefix = match method_of {
            Some(class) => Some(self.classes[class.0 as usize].name.trim_start_matches('_').to_string()).filter(|name| !name.is_empty()),
            None if nested => outer.private_prefix.clone(),
            None => None,
        };
        // `super()` needs the instance: the first positional parameter.
        if !args.posonlyargs.is_empty() || !args.args.is_empty() {
            scope.class = method_of;
        }
        collect_declarations(&def.body, &mut scope.declared_global, &mut scope.declared_nonlocal);
        self.check_nonlocal_declarations(&def.body, &scope);
        let mut params = Vec::new();
        let mut defaults_in_frame = false;
        // CPython's order: positional-only, ordinary, `*args`, keyword-only,
        // `**kwargs`.
        let mut declared: Vec<(&ast::Arg, Option<&ast::Expr>, ParamKind)> = Vec::new();
        declared.extend(args.posonlyargs.iter().map(|arg| (&arg.def, arg.default.as_deref(), ParamKind::PositionalOnly)));
        declared.extend(args.args.iter().map(|arg| (&arg.def, arg.default.as_deref(), ParamKind::Normal)));
        declared.extend(args.vararg.iter().map(|arg| (&**arg, None, ParamKind::VarPositional)));
        declared.extend(args.kwonlyargs.iter().map(|arg| (&arg.def, arg.default.as_deref(), ParamKind::KeywordOnly)));
        declared.extend(args.kwarg.iter().map(|arg| (&**arg, None, ParamKind::VarKeyword)));
        for (arg, default, kind) in declared {
            let name = arg.arg.to_string();
            let param_span = self.span(arg);
            if scope.locals.contains_key(&name) {
                self.diagnostics.push(Diagnostic::error(
                    DiagnosticKind::Syntax,
                    format!("duplicate argument '{name}' in function definition"),
                    param_span,
                ));
                continue;
            }
            if scope.declared_nonlocal.contains(&name) {
                self.diagnostics.push(Diagnostic::error(DiagnosticKind::Syntax, format!("name '{name}' is parameter and nonlocal"), param_span));
            }
            let local = LocalId(scope.local_list.len() as u32);
            scope.local_list.push(Local { name: name.clone(), span: param_span });
            scope.locals.insert(name.clone(), local);
            // Defaults are evaluated by the enclosing code when the `def` runs.
            let default = default.map(|default| self.lower_expr(default, outer));
            // A nested function's defaults live in the enclosing call's
            // frame, so that each of its closures keeps its own.
            // Module-level defaults live in one slot per parameter: a `def`
            // run again by a loop would overwrite the earlier function's.
            if default.is_some() && !nested && outer.loop_depth > 0 {
                self.unsupported("a function with parameter defaults defined in a loop", arg);
            }
            let default_local = match (&default, nested) {
                (Some(_), true) => {
                    if outer.loop_depth > 0 {
                        self.unsupported("a nested function with parameter defaults defined in a loop", arg);
                    }
                    defaults_in_frame = true;
                    let hidden = LocalId(outer.local_list.len() as u32);
                    outer.local_list.push(Local { name: format!("{}.<default {name}>", def.name), span: param_span });
                    outer.cells.insert(hidden);
                    Some(hidden)
                }
                _ => None,
            };
            let hint = arg.annotation.as_deref().and_then(crate::type_hints::type_hint);
            params.push(Param { name, local, kind, default, default_local, hint, span: param_span });
        }
        let mut bound = IndexSet::new();
        collect_bindings(&def.body, &mut bound);
        for name in bound {
            if scope.declared_global.contains(&name) || scope.declared_nonlocal.contains(&name) || scope.locals.contains_key(&name) {
                continue;
            }
            let span = find_binding_span(&def.body, &name).map(|range| self.span_of_range(range)).unwrap_or(span);
            let local = LocalId(scope.local_list.len() as u32);
            scope.local_list.push(Local { name: name.clone(), span });
            scope.locals.insert(name, local);
        }
        let body = self.lower_body(&def.body, &mut scope);
        let (captures, is_closure) = if nested { finish_nested(outer, &scope, defaults_in_frame) } else { (Vec::new(), false) };
        let module_name = &self.module_records[self.module.0 as usize].name;
        let qualified_name = match method_of {
            Some(class) => format!("{module_name}.{}.{}", self.classes[class.0 as usize].name, def.name),
            None if nested => format!("{module_name}.{}.<locals>.{}", outer.qualified_name, def.name),
            None => format!("{module_name}.{}", def.name),
        };
        self.functions[id.0 as usize] = Some(Function {
            name: def.name.to_string(),
            qualified_name,
            module: self.module,
            span,
            params,
            locals: scope.local_list,
            body,
            is_module_init: false,
            expr_count: scope.next_expr,
            captures,
            has_frame: !scope.cells.is_empty() || scope.defines_closure,
            cells: scope.cells.into_iter().collect(),
            is_closure,
            enclosing: nested.then_some(outer.function),
            class: method_of,
            is_generator: scope.is_generator,
            doc: docstring(&def.body),
        });
        Some(id)
    }

    /// `nonlocal` declarations CPython rejects when it compiles the function.
    fn check_nonlocal_declarations(&mut self, body: &[ast::Stmt], scope: &Scope) {
        let mut declarations = Vec::new();
        collect_nonlocal_statements(body, &mut declarations);
        for (name, range) in declarations {
            let span = self.span_of_range(range);
            if scope.declared_global.contains(&name) {
                self.diagnostics.push(Diagnostic::error(DiagnosticKind::Syntax, format!("name '{name}' is nonlocal and global"), span));
            } else if !scope.enclosing.iter().any(|names| names.contains_key(&name)) {
                self.diagnostics.push(Diagnostic::error(DiagnosticKind::Syntax, format!("no binding for nonlocal '{name}' found"), span));
            }
        }
    }

    /// The local of `scope` standing for the enclosing variable `name`, made
    /// on first use; `None` when no enclosing function binds `name`.
    fn capture(&mut self, name: &str, scope: &mut Scope, span: Span) -> Option<LocalId> {
        if let Some(record) = scope.captures.iter().find(|record| record.name == name) {
            return Some(record.local);
        }
        let (index, variable) = scope.enclosing.iter().enumerate().find_map(|(index, names)| names.get(name).map(|variable| (index, *variable)))?;
        if variable.repeats {
            self.diagnostics.push(
                Diagnostic::unsupported(format!("a function using `{name}`, the variable of a comprehension that runs more than once, is not supported yet"), span)
                    .with_note("each run of the comprehension would need a variable of its own"),
            );
        }
        let local = LocalId(scope.local_list.len() as u32);
        scope.local_list.push(Local { name: name.to_string(), span });
        scope.captures.push(CaptureRecord { name: name.to_string(), local, depth: index as u32 + 1, enclosing_local: variable.local });
        Some(local)
    }

    /// A `class` statement at module level: the class's methods become
    /// functions, its attributes hidden globals (`GlobalKind::ClassAttribute`)
    /// assigned in order when the statement runs.
    fn lower_class(&mut self, def: &ast::StmtClassDef, scope: &mut Scope, span: Span) -> Option<Stmt> {
        if !scope.is_module {
            return self.unsupported_stmt("classes defined inside functions", &ast::Stmt::ClassDef(def.clone()));
        }
        let mut dataclass = None;
        for decorator in &def.decorator_list {
            match self.dataclass_options(decorator, scope) {
                Some(options) => dataclass = options.map(|options| (options, self.span(decorator), decorator.range())),
                None => self.unsupported("class decorators other than `@dataclass`", decorator),
            }
        }
        if let Some(keyword) = def.keywords.first() {
            self.unsupported("keyword arguments in a class statement (metaclasses)", keyword);
        }
        // Special methods that change how attributes, instances or
        // subclasses come about: compiled without them the class would
        // behave differently, so it is refused (and may run in CPython).
        for stmt in &def.body {
            if let ast::Stmt::FunctionDef(method) = stmt {
                if UNSUPPORTED_SPECIAL_METHODS.contains(&method.name.as_str()) {
                    self.unsupported(&format!("the special method `{}`", method.name), stmt);
                }
            }
        }
        let header_end = self.text[span.start as usize..].find('\n').map(|offset| span.start + offset as u32).unwrap_or(span.end);
        let header = Span { end: header_end.min(span.end), ..span };
        let class = ClassId(self.classes.len() as u32);
        let module_name = self.module_records[self.module.0 as usize].name.clone();
        // A class in a class body is bound to a hidden global its outer
        // class's attribute names; others to the module global of its name.
        let (qualified, binding) = match self.enclosing_class.clone() {
            Some((outer_qualified, outer_binding)) => {
                let qualified = format!("{outer_qualified}.{}", def.name);
                let binding = self.nested_class_global(outer_binding, def.name.as_str(), &qualified, span);
                (qualified, binding)
            }
            None => (def.name.to_string(), self.global_id(def.name.as_str(), span)),
        };
        // Classes defined in this body are reachable as `Outer.Inner` from
        // anywhere in it (methods lowered before the inner class included).
        for stmt in &def.body {
            if let ast::Stmt::ClassDef(inner) = stmt {
                let inner_qualified = format!("{qualified}.{}", inner.name);
                self.nested_class_global(binding, inner.name.as_str(), &inner_qualified, self.span(stmt));
            }
        }
        let outer_class = self.enclosing_class.replace((qualified.clone(), binding));
        self.classes.push(Class {
            name: def.name.to_string(),
            qualified_name: format!("{module_name}.{qualified}"),
            module: self.module,
            span: header,
            bases: Vec::new(),
            methods: IndexMap::new(),
            attributes: IndexMap::new(),
            builtin: false,
            frozen: false,
            generated_init: None,
            enum_members: None,
            enum_aliases: Vec::new(),
            slots: None,
            doc: docstring(&def.body),
        });
        let mut bases = Vec::new();
        let mut is_enum = false;
        for base in &def.bases {
            let base_span = self.span(base);
            if self.is_native_member(base, scope, NativeMember::EnumBase) {
                is_enum = true;
                continue;
            }
            match base {
                ast::Expr::Name(name) if name.id.as_str() == "object" && self.lookup_global("object").is_none() => {}
                ast::Expr::Name(name) => match self.lookup_global(name.id.as_str()).or_else(|| self.builtin_classes.get(name.id.as_str()).copied()) {
                    Some(global) => bases.push((global, base_span)),
                    None => self.unsupported("a base class that is not a class of the program", base),
                },
                ast::Expr::Attribute(attribute) => match self.module_of_expr(&attribute.value, scope) {
                    Some(Alias::Module(module)) => {
                        let global = self.global_in(module, attribute.attr.as_str(), base_span);
                        bases.push((global, base_span));
                    }
                    _ => self.unsupported("a base class that is not a class of the program", base),
                },
                _ => self.unsupported("a base class that is not a class of the program", base),
            }
        }
        if is_enum && !bases.is_empty() {
            self.unsupported("an `Enum` class with other bases", &def.bases[0]);
        }
        self.pending_bases.push((class, bases));
        let mut body = Vec::new();
        let mut names: IndexMap<String, GlobalId> = IndexMap::new();
        let mut enum_members = Vec::new();
        let mut enum_aliases = Vec::new();
        let mut enum_value_keys: Vec<(String, GlobalId)> = Vec::new();
        let mut last_auto_value: Option<i64> = Some(0);
        for stmt in &def.body {
            let stmt_span = self.span(stmt);
            if is_enum {
                if let Some((name, global, member_stmt)) = self.enum_member(stmt, class, &mut last_auto_value, scope) {
                    // A value equal to an earlier member's makes an alias of
                    // that member, as CPython's Enum does (literal values).
                    let key = match &member_stmt.kind {
                        StmtKind::Assign { value: Expr { kind: ExprKind::EnumMember { value, .. }, .. }, .. } => enum_value_key(value),
                        _ => None,
                    };
                    let first = key.as_ref().and_then(|key| enum_value_keys.iter().find(|(known, _)| known == key)).map(|(_, first)| *first);
                    match first {
                        Some(first) => {
                            let target_span = member_stmt.span;
                            let read = Expr { id: scope.new_expr_id(), kind: ExprKind::Variable(Variable::Global(first)), span: target_span };
                            let targets = vec![Target::Variable { variable: Variable::Global(global), span: target_span }];
                            body.push(Stmt { kind: StmtKind::Assign { targets, value: read }, span: target_span });
                            enum_aliases.push((name, first));
                        }
                        None => {
                            if let Some(key) = key {
                                enum_value_keys.push((key, global));
                            }
                            enum_members.push((name, global));
                            body.push(member_stmt);
                        }
                    }
                    continue;
                }
            }
            match stmt {
                ast::Stmt::Expr(s) if matches!(&*s.value, ast::Expr::Constant(_)) => {}
                ast::Stmt::Pass(_) => {}
                ast::Stmt::FunctionDef(function_def) => {
                    let kind = self.method_kind(function_def)?;
                    let function = self.lower_function(function_def, scope, Some(class))?;
                    let name = mangle(Some(&self.classes[class.0 as usize].name.trim_start_matches('_').to_string()), function_def.name.as_str());
                    let methods = &mut self.classes[class.0 as usize].methods;
                    match kind {
                        MethodKind::PropertySetter => {
                            // Kept under its own key: the getter keeps the name.
                            methods.insert(format!("{name}.setter"), Method { function, kind });
                        }
                        _ => {
                            methods.shift_remove(&name);
                            methods.insert(name, Method { function, kind });
                        }
                    }
                    body.push(Stmt { kind: StmtKind::MethodDef { function }, span: stmt_span });
                }
                ast::Stmt::Assign(assign) => {
                    if assign.targets.iter().any(|target| matches!(target, ast::Expr::Name(name) if name.id.as_str() == "__slots__")) {
                        let prefix = self.classes[class.0 as usize].name.trim_start_matches('_').to_string();
                        let declaration = match slots_declaration(&assign.value) {
                            SlotsDeclaration::Names(names) => SlotsDeclaration::Names(names.iter().map(|name| mangle(Some(&prefix), name)).collect()),
                            computed => computed,
                        };
                        self.classes[class.0 as usize].slots = Some(declaration);
                    }
                    self.class_scope = Some(names.clone());
                    let value = self.lower_expr(&assign.value, scope);
                    self.class_scope = None;
                    let mut targets = Vec::new();
                    for target in &assign.targets {
                        let ast::Expr::Name(name) = target else {
                            self.unsupported("this assignment target in a class body", target);
                            continue;
                        };
                        let attribute = mangle(Some(&self.classes[class.0 as usize].name.trim_start_matches('_').to_string()), name.id.as_str());
                        let global = self.class_attribute_global(class, &attribute, self.span(target));
                        names.insert(name.id.to_string(), global);
                        targets.push(Target::Variable { variable: Variable::Global(global), span: self.span(target) });
                    }
                    body.push(Stmt { kind: StmtKind::Assign { targets, value }, span: stmt_span });
                }
                ast::Stmt::AnnAssign(assign) => {
                    let ast::Expr::Name(name) = &*assign.target else {
                        self.unsupported("this assignment target in a class body", &*assign.target);
                        continue;
                    };
                    // A bare annotation declares nothing at run time.
                    let Some(value) = &assign.value else { continue };
                    self.class_scope = Some(names.clone());
                    let value = self.lower_expr(value, scope);
                    self.class_scope = None;
                    let target_span = self.span(&*assign.target);
                    let attribute = mangle(Some(&self.classes[class.0 as usize].name.trim_start_matches('_').to_string()), name.id.as_str());
                    let global = self.class_attribute_global(class, &attribute, target_span);
                    names.insert(name.id.to_string(), global);
                    let targets = vec![Target::Variable { variable: Variable::Global(global), span: target_span }];
                    body.push(Stmt { kind: StmtKind::Assign { targets, value }, span: stmt_span });
                }
                ast::Stmt::ClassDef(inner) => {
                    if let Some(stmt) = self.lower_class(inner, scope, stmt_span) {
                        body.push(stmt);
                    }
                }
                other => {
                    self.unsupported_stmt("this statement in a class body", other);
                }
            }
        }
        if let Some((options, decorator_span, decorator_range)) = dataclass {
            self.add_dataclass_methods(def, class, options, decorator_span, decorator_range, scope, &mut body);
        }
        if is_enum {
            if self.classes[class.0 as usize].methods.contains_key("__init__") {
                self.diagnostics.push(Diagnostic::unsupported("an `Enum` class with its own `__init__` is not supported yet", header));
            }
            let defined: Vec<String> = self.classes[class.0 as usize].methods.keys().cloned().collect();
            let source = crate::dataclasses::enum_methods(&|name| defined.iter().any(|defined| defined == name));
            let header_range = ast::text_size::TextRange::new(def.range().start(), def.range().start() + ast::text_size::TextSize::from(header.end - header.start));
            self.add_generated_methods(&source, class, header, header_range, scope, &mut body);
            self.classes[class.0 as usize].enum_members = Some(enum_members);
            self.classes[class.0 as usize].enum_aliases = enum_aliases;
        }
        self.enclosing_class = outer_class;
        self.class_bindings.entry(binding).or_default().push(class);
        Some(Stmt { kind: StmtKind::ClassDef { class, global: binding, body }, span })
    }

    /// The hidden global binding class `name` defined in the body of the
    /// class bound to `outer`, made on first mention.
    fn nested_class_global(&mut self, outer: GlobalId, name: &str, qualified: &str, span: Span) -> GlobalId {
        if let Some(&global) = self.nested_classes.get(&(outer, name.to_string())) {
            return global;
        }
        let global = GlobalId(self.global_list.len() as u32);
        self.global_list.push(Global { name: qualified.to_string(), module: self.module, span, kind: GlobalKind::Variable });
        self.nested_classes.insert((outer, name.to_string()), global);
        global
    }

    /// `Outer.Inner` (also deeper) naming a class defined in a class body:
    /// the hidden global binding it.
    fn nested_class_of(&self, expr: &ast::Expr, scope: &Scope) -> Option<GlobalId> {
        let ast::Expr::Attribute(attribute) = expr else { return None };
        let outer = match &*attribute.value {
            ast::Expr::Name(name) if !scope.locals.contains_key(name.id.as_str()) => self.lookup_global(name.id.as_str())?,
            inner @ ast::Expr::Attribute(_) => self.nested_class_of(inner, scope)?,
            _ => return None,
        };
        self.nested_classes.get(&(outer, attribute.attr.to_string())).copied()
    }

    /// `print(a, *items, sep=" ")`: rewritten as printing the arguments'
    /// `str`s joined by `sep`, so that a sequence of run-time length can be
    /// spread. `None` when the call is no such `print`.
    fn lower_print_with_unpacking(&mut self, call: &ast::ExprCall, scope: &mut Scope) -> Option<ExprKind> {
        let ast::Expr::Name(name) = &*call.func else { return None };
        let shadowed = |this: &Self, name: &str| scope.locals.contains_key(name) || this.lookup_global(name).is_some();
        if name.id.as_str() != "print" || shadowed(self, "print") || !call.args.iter().any(|arg| matches!(arg, ast::Expr::Starred(_))) {
            return None;
        }
        let text_of = |this: &Self, node: &dyn Ranged| this.text[node.range().start().to_usize()..node.range().end().to_usize()].to_string();
        if shadowed(self, "str") {
            self.unsupported("`print(*...)` where `str` is rebound", call);
            return Some(ExprKind::None);
        }
        let mut separator = "\" \"".to_string();
        let mut other_keywords = Vec::new();
        for keyword in &call.keywords {
            match keyword.arg.as_ref().map(|name| name.as_str()) {
                Some("sep") => match &keyword.value {
                    ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(_), .. }) => separator = text_of(self, &keyword.value),
                    ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::None, .. }) => {}
                    _ => {
                        self.unsupported("`print(*...)` with a `sep` that is not a literal string", keyword);
                        return Some(ExprKind::None);
                    }
                },
                Some(name) => other_keywords.push(format!("{name}=({})", text_of(self, &keyword.value))),
                None => {
                    self.unsupported("`**` unpacking in a call of `print`", keyword);
                    return Some(ExprKind::None);
                }
            }
        }
        let parts: Vec<String> = call
            .args
            .iter()
            .map(|arg| match arg {
                ast::Expr::Starred(starred) => format!("[str(item) for item in ({})]", text_of(self, &*starred.value)),
                other => format!("[str({})]", text_of(self, other)),
            })
            .collect();
        let mut arguments = vec![format!("({separator}).join({})", parts.join(" + "))];
        arguments.extend(other_keywords);
        let source = format!("print({})", arguments.join(", "));
        let parsed = match ast::Expr::parse(&source, "<print>") {
            Ok(parsed) => parsed,
            Err(error) => {
                self.diagnostics.push(Diagnostic::internal(format!("the rewritten `print(*...)` does not parse: {error}"), self.span(call)));
                return Some(ExprKind::None);
            }
        };
        let Ok(relocated) = ast::fold::Foldable::fold(parsed, &mut RelocateTo(call.range()));
        Some(self.lower_expr(&relocated, scope).kind)
    }

    /// Whether `decorator` is `@dataclass` (also `@dataclasses.dataclass`,
    /// and called with options): `Some(Some(options))`, or `Some(None)` when
    /// it is but asks for what Taipan does not compile (a diagnostic says
    /// so); `None` for other decorators.
    fn dataclass_options(&mut self, decorator: &ast::Expr, scope: &Scope) -> Option<Option<DataclassOptions>> {
        let is_dataclass = |this: &mut Self, expr: &ast::Expr| match expr {
            ast::Expr::Name(name) => {
                this.lookup_global(name.id.as_str()).is_some_and(|global| matches!(this.aliases.get(&global), Some(Alias::NativeMember(NativeMember::Dataclass))))
            }
            ast::Expr::Attribute(attribute) => {
                attribute.attr.as_str() == "dataclass" && matches!(this.module_of_expr(&attribute.value, scope), Some(Alias::Native(NativeModule::Dataclasses)))
            }
            _ => false,
        };
        if is_dataclass(self, decorator) {
            return Some(Some(DataclassOptions::default()));
        }
        let ast::Expr::Call(call) = decorator else { return None };
        if !is_dataclass(self, &call.func) {
            return None;
        }
        if let Some(arg) = call.args.first() {
            self.unsupported("positional arguments to `@dataclass`", arg);
            return Some(None);
        }
        let mut options = DataclassOptions::default();
        for keyword in &call.keywords {
            let value = match &keyword.value {
                ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Bool(value), .. }) => *value,
                _ => {
                    self.unsupported("a `@dataclass` option that is not `True` or `False`", keyword);
                    return Some(None);
                }
            };
            match keyword.arg.as_ref().map(|name| name.as_str()) {
                Some("init") => options.init = value,
                Some("repr") => options.repr = value,
                Some("eq") => options.eq = value,
                Some("order") => options.order = value,
                Some("frozen") => options.frozen = value,
                _ => {
                    self.unsupported("this `@dataclass` option", keyword);
                    return Some(None);
                }
            }
        }
        if options.order && !options.eq {
            self.diagnostics.push(Diagnostic::unsupported("`@dataclass(order=True, eq=False)`: CPython raises ValueError: eq must be true if order is true", self.span(decorator)));
            return Some(None);
        }
        Some(Some(options))
    }

    /// Adds the methods `@dataclass` generates to `class`: their source
    /// (from `dataclasses::generated_methods`) is parsed, every node placed
    /// at the decorator, and lowered as methods of the class body.
    #[allow(clippy::too_many_arguments)]
    fn add_dataclass_methods(
        &mut self,
        def: &ast::StmtClassDef,
        class: ClassId,
        options: DataclassOptions,
        decorator_span: Span,
        decorator_range: ast::text_size::TextRange,
        scope: &mut Scope,
        body: &mut Vec<Stmt>,
    ) {
        // Fields of dataclass bases come first, the last base's first, as
        // CPython collects them along the MRO in reverse.
        let mut fields: Vec<DataclassField> = Vec::new();
        for base in def.bases.iter().rev() {
            let ast::Expr::Name(name) = base else { continue };
            let Some(global) = self.lookup_global(name.id.as_str()) else { continue };
            let Some(&base_class) = self.class_bindings.get(&global).and_then(|classes| classes.last()) else { continue };
            for field in self.dataclass_fields.get(&base_class).cloned().unwrap_or_default() {
                match fields.iter_mut().find(|known| known.name == field.name) {
                    Some(known) => *known = field,
                    None => fields.push(field),
                }
            }
        }
        let inherited = fields.len();
        for stmt in &def.body {
            let ast::Stmt::AnnAssign(assign) = stmt else { continue };
            let ast::Expr::Name(name) = &*assign.target else { continue };
            let annotation = &self.text[assign.annotation.range().start().to_usize()..assign.annotation.range().end().to_usize()];
            if annotation.starts_with("ClassVar") || annotation.starts_with("typing.ClassVar") {
                continue;
            }
            let default = assign.value.as_ref().map(|value| self.text[value.range().start().to_usize()..value.range().end().to_usize()].to_string());
            if let Some(mutable @ (ast::Expr::List(_) | ast::Expr::Dict(_) | ast::Expr::Set(_))) = assign.value.as_deref() {
                self.diagnostics.push(Diagnostic::error(
                    DiagnosticKind::Type,
                    format!("CPython raises ValueError: mutable default for field {} is not allowed: use default_factory", name.id),
                    self.span(mutable),
                ));
                return;
            }
            let field = DataclassField { name: name.id.to_string(), default };
            // A field redefined keeps its inherited place.
            match fields[..inherited].iter_mut().find(|known| known.name == field.name) {
                Some(known) => *known = field,
                None => fields.push(field),
            }
        }
        if let Some(position) = fields.iter().position(|field| field.default.is_some()) {
            if let Some(field) = fields[position..].iter().find(|field| field.default.is_none()) {
                self.diagnostics.push(Diagnostic::error(
                    DiagnosticKind::Type,
                    format!("CPython raises TypeError: non-default argument '{}' follows default argument", field.name),
                    decorator_span,
                ));
                return;
            }
        }
        self.dataclass_fields.insert(class, fields.clone());
        let defined: Vec<String> = self.classes[class.0 as usize].methods.keys().cloned().collect();
        let source = generated_methods(&fields, &options, &|name| defined.iter().any(|defined| defined == name));
        self.add_generated_methods(&source, class, decorator_span, decorator_range, scope, body);
        if options.frozen {
            self.classes[class.0 as usize].frozen = true;
        }
    }

    /// Parses `source` (methods a decorator or base class generates), places
    /// every node at `range` (`span`), and lowers the functions as methods
    /// of `class`. The generated `__init__` is recorded.
    fn add_generated_methods(&mut self, source: &str, class: ClassId, span: Span, range: ast::text_size::TextRange, scope: &mut Scope, body: &mut Vec<Stmt>) {
        let generated = match ast::Suite::parse(source, "<generated>") {
            Ok(generated) => generated,
            Err(error) => {
                self.diagnostics.push(Diagnostic::internal(format!("the methods generated for a class do not parse: {error}"), span));
                return;
            }
        };
        let mut relocate = RelocateTo(range);
        for stmt in generated {
            let Ok(ast::Stmt::FunctionDef(function_def)) = ast::fold::Foldable::fold(stmt, &mut relocate) else { continue };
            let Some(function) = self.lower_function(&function_def, scope, Some(class)) else { continue };
            let name = function_def.name.to_string();
            if name == "__init__" {
                self.classes[class.0 as usize].generated_init = Some(function);
            }
            self.classes[class.0 as usize].methods.insert(name, Method { function, kind: MethodKind::Instance });
            body.push(Stmt { kind: StmtKind::MethodDef { function }, span });
        }
    }

    /// Whether `expr` names the native module member `member` (`Enum`,
    /// `enum.Enum`).
    fn is_native_member(&mut self, expr: &ast::Expr, scope: &Scope, member: NativeMember) -> bool {
        match expr {
            ast::Expr::Name(name) => self.lookup_global(name.id.as_str()).is_some_and(|global| self.aliases.get(&global) == Some(&Alias::NativeMember(member))),
            ast::Expr::Attribute(attribute) => match self.module_of_expr(&attribute.value, scope) {
                Some(Alias::Native(native)) => native.member(attribute.attr.as_str()) == Some(member),
                _ => false,
            },
            _ => false,
        }
    }

    /// A member of an `Enum` class body (`RED = 1`, `GREEN = auto()`): its
    /// name, the hidden class attribute holding it, and the statement
    /// making it. `None` for the body's other statements.
    fn enum_member(&mut self, stmt: &ast::Stmt, class: ClassId, last_auto_value: &mut Option<i64>, scope: &mut Scope) -> Option<(String, GlobalId, Stmt)> {
        let ast::Stmt::Assign(assign) = stmt else { return None };
        let [ast::Expr::Name(name)] = assign.targets.as_slice() else { return None };
        let member_name = name.id.to_string();
        if member_name.starts_with('_') {
            return None;
        }
        let value_span = self.span(&*assign.value);
        let value = match &*assign.value {
            ast::Expr::Call(call) if call.args.is_empty() && call.keywords.is_empty() && self.is_native_member(&call.func, scope, NativeMember::EnumAuto) => {
                match last_auto_value {
                    Some(last) => {
                        *last += 1;
                        Expr { id: scope.new_expr_id(), kind: ExprKind::Int(*last), span: value_span }
                    }
                    None => {
                        self.unsupported("`auto()` after a member whose value is not an int literal", &*assign.value);
                        return None;
                    }
                }
            }
            other => {
                *last_auto_value = match other {
                    ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Int(value), .. }) => value.try_into().ok(),
                    _ => None,
                };
                self.lower_expr(other, scope)
            }
        };
        let target_span = self.span(&assign.targets[0]);
        let global = self.class_attribute_global(class, &member_name, target_span);
        let member = Expr { id: scope.new_expr_id(), kind: ExprKind::EnumMember { class, name: member_name.clone(), value: Box::new(value) }, span: self.span(stmt) };
        let targets = vec![Target::Variable { variable: Variable::Global(global), span: target_span }];
        Some((member_name, global, Stmt { kind: StmtKind::Assign { targets, value: member }, span: self.span(stmt) }))
    }

    /// The hidden global holding class attribute `name` of `class`.
    fn class_attribute_global(&mut self, class: ClassId, name: &str, span: Span) -> GlobalId {
        if let Some(&global) = self.classes[class.0 as usize].attributes.get(name) {
            return global;
        }
        let id = GlobalId(self.global_list.len() as u32);
        let qualified = format!("{}.{name}", self.classes[class.0 as usize].name);
        self.global_list.push(Global { name: qualified, module: self.module, span, kind: GlobalKind::ClassAttribute(class) });
        self.classes[class.0 as usize].attributes.insert(name.to_string(), id);
        id
    }

    /// What a method's decorators make of it; `None` (with a diagnostic) for
    /// decorators Taipan does not compile yet.
    fn method_kind(&mut self, def: &ast::StmtFunctionDef) -> Option<MethodKind> {
        let mut kind = MethodKind::Instance;
        for decorator in &def.decorator_list {
            kind = match decorator {
                ast::Expr::Name(name) if name.id.as_str() == "staticmethod" => MethodKind::Static,
                ast::Expr::Name(name) if name.id.as_str() == "classmethod" => MethodKind::Class,
                ast::Expr::Name(name) if name.id.as_str() == "property" => MethodKind::Property,
                ast::Expr::Attribute(attribute)
                    if attribute.attr.as_str() == "setter"
                        && matches!(&*attribute.value, ast::Expr::Name(name) if name.id.as_str() == def.name.as_str()) =>
                {
                    MethodKind::PropertySetter
                }
                other => {
                    self.unsupported("this decorator", other);
                    return None;
                }
            };
        }
        if def.decorator_list.len() > 1 {
            self.unsupported("several decorators on one method", &def.decorator_list[1]);
            return None;
        }
        Some(kind)
    }

    /// Resolves each class's base names to classes: a base must be a name
    /// bound by one `class` statement (directly or through `from m import`).
    fn resolve_class_bases(&mut self) {
        for (class, bases) in std::mem::take(&mut self.pending_bases) {
            let mut resolved = Vec::new();
            for (global, span) in bases {
                match self.global_list[global.0 as usize].kind {
                    GlobalKind::Class(base) if base.0 < class.0 => resolved.push(base),
                    GlobalKind::Class(_) => self.diagnostics.push(
                        Diagnostic::unsupported("a base class defined after the class that derives from it", span)
                            .with_primary_label("CPython would raise NameError here unless the name is rebound"),
                    ),
                    _ => self.diagnostics.push(
                        Diagnostic::unsupported("a base class that is not a class of the program is not supported yet", span)
                            .with_primary_label("bases must be names bound by one `class` statement"),
                    ),
                }
            }
            let mut seen = std::collections::HashSet::new();
            for base in &resolved {
                if !seen.insert(*base) {
                    let name = self.classes[base.0 as usize].name.clone();
                    self.diagnostics.push(Diagnostic::error(DiagnosticKind::Type, format!("duplicate base class {name}"), self.classes[class.0 as usize].span));
                }
            }
            self.classes[class.0 as usize].bases = resolved;
        }
    }

    fn lower_body(&mut self, body: &[ast::Stmt], scope: &mut Scope) -> Vec<Stmt> {
        let mut out = Vec::new();
        for stmt in body {
            out.extend(self.lower_statements(stmt, scope));
        }
        out
    }

    /// The statements one source statement lowers to: a `with` statement
    /// becomes several, anything else at most one.
    fn lower_statements(&mut self, stmt: &ast::Stmt, scope: &mut Scope) -> Vec<Stmt> {
        match stmt {
            ast::Stmt::With(with) => self.lower_with(&with.items, &with.body, scope, self.span(stmt)),
            _ => self.lower_stmt(stmt, scope).into_iter().collect(),
        }
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
                // `setattr(obj, "name", value)` with a literal name and a
                // plain variable as the object (so that evaluating the value
                // first changes nothing) is `obj.name = value`.
                if let ast::Expr::Call(call) = &*s.value {
                    let attribute = self.literal_attribute_call(call, "setattr", 3, scope).filter(|_| matches!(call.args[0], ast::Expr::Name(_)));
                    if let Some(attribute) = attribute {
                        let value = self.lower_expr(&call.args[2], scope);
                        let target = attribute_node(&call.args[0], &attribute, ast::ExprContext::Store, call.range);
                        let target = self.lower_target(&target, scope)?;
                        return Some(Stmt { kind: StmtKind::Assign { targets: vec![target], value }, span });
                    }
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
                if !matches!(target, Target::Variable { .. } | Target::Index { .. } | Target::Attribute { .. }) {
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
            S::While(s) => {
                let condition = self.lower_expr(&s.test, scope);
                scope.loop_depth += 1;
                let body = self.lower_body(&s.body, scope);
                scope.loop_depth -= 1;
                StmtKind::While { condition, body, else_body: self.lower_body(&s.orelse, scope) }
            }
            S::For(s) => {
                let iterable = self.lower_consumed(&s.iter, scope);
                let target = self.lower_target(&s.target, scope)?;
                scope.loop_depth += 1;
                let body = self.lower_body(&s.body, scope);
                scope.loop_depth -= 1;
                StmtKind::For { target, iterable, body, else_body: self.lower_body(&s.orelse, scope) }
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
                let function = self.lower_function(def, scope, None)?;
                let decorated = self.lower_decorators(&def.decorator_list, function, scope, span);
                let target = if scope.is_module {
                    Variable::Global(self.global_id(def.name.as_str(), span))
                } else {
                    self.resolve_binding(def.name.as_str(), scope, span)
                };
                if let Variable::Global(global) = target {
                    // Calls through a name only one undecorated module-level
                    // `def` binds are direct calls.
                    if scope.is_module && decorated.is_none() {
                        self.def_bindings.entry(global).or_default().push(function);
                    } else {
                        self.other_bindings.insert(global);
                    }
                }
                StmtKind::FunctionDef { function, target, decorated }
            }
            S::Assert(s) => StmtKind::Assert {
                test: self.lower_expr(&s.test, scope),
                message: s.msg.as_ref().map(|message| self.lower_expr(message, scope)),
            },
            S::Nonlocal(_) => {
                if scope.is_module {
                    self.diagnostics.push(Diagnostic::error(DiagnosticKind::Syntax, "nonlocal declaration not allowed at module level", span));
                }
                // Consumed by name resolution (`declared_nonlocal`).
                return None;
            }
            S::AsyncFunctionDef(_) => return self.unsupported_stmt("async functions", stmt),
            S::ClassDef(def) => return self.lower_class(def, scope, span),
            S::Delete(s) => {
                // `del obj.name` is `delattr(obj, "name")` (the name mangled
                // as the attribute would be).
                if let [ast::Expr::Attribute(attribute)] = s.targets.as_slice() {
                    if self.module_of_expr(&attribute.value, scope).is_none() {
                        let object = self.lower_expr(&attribute.value, scope);
                        let name = mangle(scope.private_prefix.as_deref(), attribute.attr.as_str());
                        let name = Expr { id: scope.new_expr_id(), kind: ExprKind::Str(name), span };
                        let callee = Expr { id: scope.new_expr_id(), kind: ExprKind::Builtin(Builtin::DelAttr), span };
                        return Some(Stmt { kind: StmtKind::Expr(Expr { id: scope.new_expr_id(), kind: ExprKind::Call { callee: Box::new(callee), args: vec![object, name], keywords: Vec::new() }, span }), span });
                    }
                }
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
            S::With(_) => {
                self.diagnostics.push(Diagnostic::internal("a `with` statement reached lower_stmt instead of lower_statements", span));
                return None;
            }
            S::AsyncWith(_) => return self.unsupported_stmt("`async with` statements", stmt),
            S::Match(_) => return self.unsupported_stmt("`match` statements", stmt),
            S::Raise(s) => {
                let exception = s.exc.as_ref().map(|exception| self.lower_expr(exception, scope));
                let cause = s.cause.as_ref().map(|cause| self.lower_expr(cause, scope));
                let reraise = if exception.is_none() {
                    match scope.active_handlers.last() {
                        Some(local) => Some(*local),
                        None => return self.unsupported_stmt("a bare `raise` outside an `except` clause", stmt),
                    }
                } else {
                    None
                };
                StmtKind::Raise { exception, cause, reraise }
            }
            S::Try(s) => {
                let body = self.lower_body(&s.body, scope);
                let mut handlers = Vec::new();
                for handler in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    let handler_span = self.span(handler);
                    let header_end = self.text[handler_span.start as usize..]
                        .find(':')
                        .map(|offset| handler_span.start + offset as u32 + 1)
                        .unwrap_or(handler_span.end);
                    let header = Span { end: header_end.min(handler_span.end), ..handler_span };
                    let classes = match handler.type_.as_deref() {
                        None => Vec::new(),
                        Some(ast::Expr::Tuple(tuple)) => tuple.elts.iter().map(|element| self.lower_expr(element, scope)).collect(),
                        Some(other) => vec![self.lower_expr(other, scope)],
                    };
                    let name = match &handler.name {
                        Some(name) => {
                            let variable = self.resolve_binding(name.as_str(), scope, header);
                            if let Variable::Global(global) = variable {
                                self.other_bindings.insert(global);
                            }
                            Some(Target::Variable { variable, span: header })
                        }
                        None => None,
                    };
                    let caught = LocalId(scope.local_list.len() as u32);
                    scope.local_list.push(Local { name: "(caught exception)".to_string(), span: header });
                    scope.active_handlers.push(caught);
                    let handler_body = self.lower_body(&handler.body, scope);
                    scope.active_handlers.pop();
                    handlers.push(ExceptHandler { classes, name, caught, body: handler_body, span: header });
                }
                let else_body = self.lower_body(&s.orelse, scope);
                let finally_body = self.lower_body(&s.finalbody, scope);
                StmtKind::Try { body, handlers, else_body, finally_body }
            }
            S::TryStar(_) => return self.unsupported_stmt("`try`/`except*` statements", stmt),
            S::Import(s) => {
                let mut runs = Vec::new();
                let mut assignments = Vec::new();
                for alias in &s.names {
                    let name = alias.name.as_str();
                    if self.is_foreign_module(name) {
                        let (bound_name, top_level) = match &alias.asname {
                            Some(asname) => (asname.to_string(), false),
                            None => (name.split('.').next().unwrap_or(name).to_string(), true),
                        };
                        let alias_span = self.span(alias);
                        let import = ExprKind::ForeignImport { module: name.to_string(), name: None, top_level };
                        if let Some(assignment) = self.foreign_import_assignment(&bound_name, import, alias_span, scope) {
                            assignments.push(assignment);
                        }
                        continue;
                    }
                    let Some(chain) = self.resolve_module_chain(name, span, scope, &mut runs) else { continue };
                    let (bound_name, target) = match &alias.asname {
                        Some(asname) => (asname.to_string(), *chain.last().expect("a dotted name has a part")),
                        None => (name.split('.').next().unwrap_or(name).to_string(), chain[0]),
                    };
                    let global = self.global_id(&bound_name, span);
                    self.aliases.insert(global, target);
                }
                if scope.is_module {
                    for (module, _) in &runs {
                        self.from_import_runs.push((*module, Vec::new()));
                    }
                }
                StmtKind::Import { modules: runs, assignments }
            }
            S::ImportFrom(s) => return self.lower_import_from(s, span, scope),
        };
        Some(Stmt { kind, span })
    }

    /// `from m import a, b as c` and the relative forms.
    fn lower_import_from(&mut self, s: &ast::StmtImportFrom, span: Span, scope: &mut Scope) -> Option<Stmt> {
        let level = s.level.as_ref().map(|level| level.to_u32()).unwrap_or(0) as usize;
        let mut base = String::new();
        if level > 0 {
            let record = &self.module_records[self.module.0 as usize];
            if record.name == "__main__" || record.package.is_empty() {
                self.diagnostics.push(Diagnostic::error(
                    DiagnosticKind::Import,
                    "attempted relative import with no known parent package",
                    span,
                ));
                return None;
            }
            let mut parts: Vec<&str> = record.package.split('.').collect();
            for _ in 1..level {
                parts.pop();
            }
            if parts.is_empty() || parts == [""] {
                self.diagnostics.push(Diagnostic::error(DiagnosticKind::Import, "attempted relative import beyond top-level package", span));
                return None;
            }
            base = parts.join(".");
        }
        if let Some(module) = &s.module {
            if !base.is_empty() {
                base.push('.');
            }
            base.push_str(module.as_str());
        }
        if level == 0 && self.is_foreign_module(&base) {
            let mut assignments = Vec::new();
            for alias in &s.names {
                let name = alias.name.as_str();
                if name == "*" {
                    self.unsupported("`from ... import *`", alias);
                    continue;
                }
                let bound_name = alias.asname.as_ref().map(|n| n.to_string()).unwrap_or_else(|| name.to_string());
                let import = ExprKind::ForeignImport { module: base.clone(), name: Some(name.to_string()), top_level: false };
                if let Some(assignment) = self.foreign_import_assignment(&bound_name, import, self.span(alias), scope) {
                    assignments.push(assignment);
                }
            }
            return Some(Stmt { kind: StmtKind::Import { modules: Vec::new(), assignments }, span });
        }
        let mut runs = Vec::new();
        let chain = self.resolve_module_chain(&base, span, scope, &mut runs)?;
        let source = *chain.last().expect("a module name has a part");
        let mut assignments = Vec::new();
        let mut read_names = Vec::new();
        for alias in &s.names {
            let name = alias.name.as_str();
            if name == "*" {
                self.unsupported("`from ... import *`", alias);
                continue;
            }
            let bound_name = alias.asname.as_ref().map(|n| n.to_string()).unwrap_or_else(|| name.to_string());
            let alias_span = self.span(alias);
            match source {
                Alias::Native(native) => match native.member(name) {
                    Some(member) => {
                        let global = self.global_id(&bound_name, alias_span);
                        self.aliases.insert(global, Alias::NativeMember(member));
                    }
                    None => {
                        self.diagnostics.push(
                            Diagnostic::unsupported(format!("`{}.{name}` is not provided natively yet", native.name()), alias_span)
                                .with_primary_label("not provided by Taipan yet"),
                        );
                    }
                },
                Alias::Module(module) => {
                    let submodule_name = format!("{}.{name}", self.module_records[module.0 as usize].name);
                    let is_submodule = self.module_by_name(&submodule_name).is_some() || self.loader.find(&submodule_name).is_some();
                    if is_submodule {
                        let Some(Alias::Module(sub)) = self.resolve_module(&submodule_name, alias_span) else { continue };
                        runs.push((sub, scope.new_expr_id()));
                        let global = self.global_id(&bound_name, alias_span);
                        self.aliases.insert(global, Alias::Module(sub));
                        continue;
                    }
                    let source_global = self.global_in(module, name, alias_span);
                    self.from_imports.push((module, name.to_string(), alias_span));
                    read_names.push((name.to_string(), alias_span));
                    if let Some(alias) = self.aliases.get(&source_global).copied() {
                        // Re-exporting an import: bind the same alias.
                        let global = self.global_id(&bound_name, alias_span);
                        self.aliases.insert(global, alias);
                        continue;
                    }
                    let variable = self.resolve_binding(&bound_name, scope, alias_span);
                    if let Variable::Global(global) = variable {
                        self.import_bindings.entry(global).or_default().push(source_global);
                    }
                    let id = scope.new_expr_id();
                    let value = Expr { id, kind: ExprKind::Variable(Variable::Global(source_global)), span: alias_span };
                    assignments.push((Target::Variable { variable, span: alias_span }, value));
                }
                Alias::NativeMember(_) => {}
            }
        }
        if scope.is_module {
            for (module, _) in &runs {
                let names = if source == Alias::Module(*module) { std::mem::take(&mut read_names) } else { Vec::new() };
                self.from_import_runs.push((*module, names));
            }
        }
        Some(Stmt { kind: StmtKind::Import { modules: runs, assignments }, span })
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
            ast::Expr::Attribute(attribute) => {
                if let Some(Alias::Module(module)) = self.module_of_expr(&attribute.value, scope) {
                    let global = self.global_in(module, attribute.attr.as_str(), span);
                    if self.aliases.contains_key(&global) {
                        self.unsupported("rebinding a name an import bound", target);
                        return None;
                    }
                    self.other_bindings.insert(global);
                    return Some(Target::Variable { variable: Variable::Global(global), span });
                }
                let value = self.lower_expr(&attribute.value, scope);
                Some(Target::Attribute { value, name: mangle(scope.private_prefix.as_deref(), attribute.attr.as_str()), span })
            }
            _ => {
                self.diagnostics.push(Diagnostic::error(DiagnosticKind::Syntax, "cannot assign to expression", span));
                None
            }
        }
    }

    /// The variable a binding of `name` in `scope` refers to.
    fn resolve_binding(&mut self, name: &str, scope: &mut Scope, span: Span) -> Variable {
        if let Some(local) = scope.comprehension_local(name) {
            return Variable::Local(local);
        }
        if !scope.is_module {
            if let Some(&local) = scope.locals.get(name) {
                return Variable::Local(local);
            }
            if scope.declared_nonlocal.contains(name) {
                if let Some(local) = self.capture(name, scope, span) {
                    return Variable::Local(local);
                }
            }
        }
        Variable::Global(self.global_id(name, span))
    }

    fn resolve_load(&mut self, name: &str, scope: &mut Scope, span: Span) -> ExprKind {
        if let Some(local) = scope.comprehension_local(name) {
            return ExprKind::Variable(Variable::Local(local));
        }
        if !scope.is_module && !scope.declared_global.contains(name) {
            if let Some(&local) = scope.locals.get(name) {
                return ExprKind::Variable(Variable::Local(local));
            }
            // A variable of an enclosing function (a free variable).
            if let Some(local) = self.capture(name, scope, span) {
                return ExprKind::Variable(Variable::Local(local));
            }
        }
        if scope.is_module {
            if let Some(&global) = self.class_scope.as_ref().and_then(|names| names.get(name)) {
                return ExprKind::Variable(Variable::Global(global));
            }
        }
        if let Some(global) = self.lookup_global(name) {
            match self.aliases.get(&global) {
                Some(Alias::NativeMember(member)) => return self.native_member_value(*member, span),
                Some(_) => {
                    self.diagnostics.push(
                        Diagnostic::unsupported("modules as values are not supported yet", span)
                            .with_primary_label("only attributes of a module (`m.name`) are supported so far"),
                    );
                    return ExprKind::None;
                }
                None => {}
            }
            if Builtin::from_name(name).is_some() || OTHER_PYTHON_BUILTINS.contains(&name) || self.builtin_classes.contains_key(name) {
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
        if let Some(&global) = self.builtin_classes.get(name) {
            return ExprKind::Variable(Variable::Global(global));
        }
        if OTHER_PYTHON_BUILTINS.contains(&name) {
            self.diagnostics.push(
                Diagnostic::unsupported(format!("the builtin `{name}` is not supported yet"), span)
                    .with_primary_label("not supported by Taipan yet"),
            );
            return ExprKind::None;
        }
        if name == "__file__" {
            // CPython gives every module, the main one included, its file's
            // absolute path (without resolving symbolic links).
            let path = &self.module_records[self.module.0 as usize].path;
            let absolute = std::path::absolute(path).map(|p| p.display().to_string()).unwrap_or_else(|_| path.clone());
            return ExprKind::Str(absolute);
        }
        if MODULE_DUNDERS.contains(&name) {
            self.diagnostics.push(Diagnostic::unsupported(format!("the module attribute `{name}` is not supported yet"), span));
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
                    Ok(parts) => ExprKind::PercentFormat { parts, value: self.lower_boxed(&binary.right, scope), template: template.to_string() },
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
                if let Some(kind) = self.lower_exact_type_test(compare, scope) {
                    return kind;
                }
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
            E::Call(call) if is_zero_argument_super(call) && scope.class.is_some() && self.lookup_global("super").is_none() => {
                let class = scope.class.expect("checked by the guard");
                match scope.local_list.first() {
                    Some(_) if !scope.is_module => ExprKind::Super { class, receiver: LocalId(0) },
                    _ => {
                        self.diagnostics.push(Diagnostic::error(DiagnosticKind::Type, "super(): no arguments", span));
                        ExprKind::None
                    }
                }
            }
            E::Call(call) => {
                if let Some(kind) = self.lower_print_with_unpacking(call, scope) {
                    return kind;
                }
                // `getattr(obj, "name")` with a literal name is `obj.name`.
                if let Some(attribute) = self.literal_attribute_call(call, "getattr", 2, scope) {
                    let access = attribute_node(&call.args[0], &attribute, ast::ExprContext::Load, call.range);
                    return self.lower_expr(&access, scope).kind;
                }
                // `type(obj)`: the class of an instance, as a value.
                if let ast::Expr::Name(name) = &*call.func {
                    let is_builtin_type = name.id.as_str() == "type" && !scope.locals.contains_key("type") && self.lookup_global("type").is_none();
                    if is_builtin_type && call.args.len() == 1 && call.keywords.is_empty() && !matches!(call.args[0], E::Starred(_)) {
                        return ExprKind::ClassOf(self.lower_boxed(&call.args[0], scope));
                    }
                    // `vars(obj)`: an instance's attributes (`vars()` alone
                    // reads the local variables, which stays unsupported).
                    let is_builtin_vars = name.id.as_str() == "vars" && !scope.locals.contains_key("vars") && self.lookup_global("vars").is_none();
                    if is_builtin_vars && call.args.len() == 1 && call.keywords.is_empty() && !matches!(call.args[0], E::Starred(_)) {
                        return ExprKind::InstanceDict { value: self.lower_boxed(&call.args[0], scope), through_vars: true };
                    }
                }
                let callee = self.lower_boxed(&call.func, scope);
                if matches!(callee.kind, ExprKind::Builtin(Builtin::Iter)) && call.args.len() == 1 && call.keywords.is_empty() {
                    return self.lower_iter_call(&call.args[0], scope, span);
                }
                // These consume an iterable argument at once, so a generator
                // expression there runs in place, as a loop, with no
                // generator object.
                let consumes_at_once = match &callee.kind {
                    ExprKind::Builtin(builtin) => matches!(
                        builtin,
                        Builtin::Min
                            | Builtin::Max
                            | Builtin::List
                            | Builtin::Tuple
                            | Builtin::Dict
                            | Builtin::Set
                            | Builtin::FrozenSet
                            | Builtin::Sorted
                            | Builtin::Sum
                            | Builtin::Any
                            | Builtin::All
                    ),
                    ExprKind::Attribute { name, .. } => matches!(name.as_str(), "join" | "extend" | "update"),
                    _ => false,
                };
                let mut args = Vec::new();
                for arg in &call.args {
                    if let E::Starred(starred) = arg {
                        let value = self.lower_expr(&starred.value, scope);
                        args.push(Expr { id: scope.new_expr_id(), kind: ExprKind::Starred(Box::new(value)), span: self.span(arg) });
                        continue;
                    }
                    args.push(if consumes_at_once { self.lower_consumed(arg, scope) } else { self.lower_expr(arg, scope) });
                }
                let mut keywords = Vec::new();
                for keyword in &call.keywords {
                    keywords.push(Keyword {
                        name: keyword.arg.as_ref().map_or_else(|| "**".to_string(), |name| name.to_string()),
                        value: self.lower_expr(&keyword.value, scope),
                        span: self.span(keyword),
                    });
                }
                ExprKind::Call { callee, args, keywords }
            }
            E::Attribute(attribute) => {
                // `obj.__class__`: as `type(obj)`.
                if attribute.attr.as_str() == "__class__" {
                    return ExprKind::ClassOf(self.lower_boxed(&attribute.value, scope));
                }
                if let Some(global) = self.nested_class_of(expr, scope) {
                    return ExprKind::Variable(Variable::Global(global));
                }
                if let Some(module) = self.module_of_expr(&attribute.value, scope) {
                    return self.module_attribute(module, attribute.attr.as_str(), span);
                }
                if attribute.attr.as_str() == "__dict__" {
                    return ExprKind::InstanceDict { value: self.lower_boxed(&attribute.value, scope), through_vars: false };
                }
                ExprKind::Attribute { value: self.lower_boxed(&attribute.value, scope), name: mangle(scope.private_prefix.as_deref(), attribute.attr.as_str()) }
            }
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
            E::GeneratorExp(c) => self.lower_generator_expression(c, scope, span),
            E::Await(_) => self.unsupported_expr("`await`", expr),
            E::Yield(_) | E::YieldFrom(_) if scope.is_module => {
                self.diagnostics.push(Diagnostic::error(DiagnosticKind::Syntax, "'yield' outside function", span));
                ExprKind::None
            }
            E::Yield(_) | E::YieldFrom(_) if !scope.comprehension_scopes.is_empty() => {
                self.diagnostics.push(Diagnostic::error(DiagnosticKind::Syntax, "'yield' inside a comprehension", span));
                ExprKind::None
            }
            E::Yield(yield_expr) => {
                scope.is_generator = true;
                ExprKind::Yield(yield_expr.value.as_ref().map(|value| self.lower_boxed(value, scope)))
            }
            E::YieldFrom(yield_from) => {
                scope.is_generator = true;
                ExprKind::YieldFrom(self.lower_boxed(&yield_from.value, scope))
            }
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
            let iterable = self.lower_consumed(&generator.iter, scope);
            let mut names = IndexSet::new();
            collect_target_names(&generator.target, &mut names);
            let mut fresh = IndexMap::new();
            for name in names {
                let local = LocalId(scope.local_list.len() as u32);
                let span = self.span(&generator.target);
                scope.local_list.push(Local { name: name.clone(), span });
                fresh.insert(name, local);
            }
            let repeats = scope.loop_depth > 0 || !scope.comprehension_scopes.is_empty();
            scope.comprehension_scopes.push(fresh);
            scope.comprehension_repeats.push(repeats);
            let target = self.lower_target(&generator.target, scope);
            let conditions = generator.ifs.iter().map(|condition| self.lower_expr(condition, scope)).collect();
            if let Some(target) = target {
                clauses.push(ComprehensionClause { target, iterable, conditions });
            }
        }
        scope.loop_depth += 1;
        let element = self.lower_expr(element, scope);
        let value = value.map(|value| self.lower_expr(value, scope));
        scope.loop_depth -= 1;
        scope.comprehension_scopes.truncate(depth);
        scope.comprehension_repeats.truncate(depth);
        if clauses.len() != generators.len() {
            return ExprKind::None;
        }
        ExprKind::Comprehension(Box::new(Comprehension { kind, element, value, clauses }))
    }

    /// An expression whose value a loop or a builtin consumes at once: a
    /// generator expression there stays a comprehension, run in place.
    fn lower_consumed(&mut self, expr: &ast::Expr, scope: &mut Scope) -> Expr {
        if let ast::Expr::GeneratorExp(c) = expr {
            let span = self.span(expr);
            let kind = self.lower_comprehension(ComprehensionKind::Generator, &c.elt, None, &c.generators, scope);
            return Expr { id: scope.new_expr_id(), kind, span };
        }
        self.lower_expr(expr, scope)
    }

    /// A generator expression used as a value becomes what CPython makes of
    /// it: a nested generator function, called at once with the first
    /// iterable (evaluated in the enclosing scope), whose body is the
    /// clauses' loops and conditions around `yield element`.
    fn lower_generator_expression(&mut self, c: &ast::ExprGeneratorExp, outer: &mut Scope, span: Span) -> ExprKind {
        let Some((first, rest)) = c.generators.split_first() else { return ExprKind::None };
        if let Some(clause) = c.generators.iter().find(|clause| clause.is_async) {
            return self.unsupported_expr("async comprehensions", &clause.target);
        }
        let first_iterable = self.lower_expr(&first.iter, outer);
        self.lower_generator_function(outer, span, "<genexpr>", first_iterable, &mut |lowerer, scope| {
            let mut clauses = Vec::new();
            for (index, clause) in c.generators.iter().enumerate() {
                let iterable = if index == 0 { None } else { Some(lowerer.lower_expr(&rest[index - 1].iter, scope)) };
                lowerer.declare_target_locals(&clause.target, scope);
                let target = lowerer.lower_target(&clause.target, scope)?;
                scope.loop_depth += 1;
                let conditions: Vec<Expr> = clause.ifs.iter().map(|condition| lowerer.lower_expr(condition, scope)).collect();
                clauses.push((target, iterable, conditions, lowerer.span(&clause.target)));
            }
            let element = lowerer.lower_expr(&c.elt, scope);
            Some((clauses, element))
        })
    }

    /// `iter(iterable)`: a generator over the iterable, which iterates as
    /// CPython's iterator would (its type and repr differ).
    fn lower_iter_call(&mut self, iterable: &ast::Expr, outer: &mut Scope, span: Span) -> ExprKind {
        let iterable = self.lower_expr(iterable, outer);
        self.lower_generator_function(outer, span, "iter", iterable, &mut |_lowerer, scope| {
            let item = LocalId(scope.local_list.len() as u32);
            scope.local_list.push(Local { name: "(item)".to_string(), span });
            let target = Target::Variable { variable: Variable::Local(item), span };
            let element = Expr { id: scope.new_expr_id(), kind: ExprKind::Variable(Variable::Local(item)), span };
            Some((vec![(target, None, Vec::new(), span)], element))
        })
    }

    /// Makes every name a comprehension target binds a local of `scope`.
    fn declare_target_locals(&mut self, target: &ast::Expr, scope: &mut Scope) {
        let mut names = IndexSet::new();
        collect_target_names(target, &mut names);
        for name in names {
            if !scope.locals.contains_key(&name) {
                let local = LocalId(scope.local_list.len() as u32);
                scope.local_list.push(Local { name: name.clone(), span: self.span(target) });
                scope.locals.insert(name, local);
            }
        }
    }

    /// A generator function nested in `outer` whose one parameter is the
    /// first loop's iterable: `clauses` gives each loop's target, iterable
    /// (None for the first: the parameter), conditions and span, and the
    /// element yielded innermost. Returns the call of it with `argument`.
    #[allow(clippy::type_complexity)]
    fn lower_generator_function(
        &mut self,
        outer: &mut Scope,
        span: Span,
        name: &str,
        argument: Expr,
        clauses: &mut dyn FnMut(&mut Self, &mut Scope) -> Option<(Vec<(Target, Option<Expr>, Vec<Expr>, Span)>, Expr)>,
    ) -> ExprKind {
        let id = self.reserve_function();
        let mut scope = Scope::new(false);
        scope.function = id;
        scope.qualified_name = if outer.is_module { name.to_string() } else { format!("{}.<locals>.{name}", outer.qualified_name) };
        scope.enclosing = enclosing_for_nested(outer);
        scope.private_prefix = outer.private_prefix.clone();
        scope.is_generator = true;
        let parameter = LocalId(0);
        scope.local_list.push(Local { name: ".0".to_string(), span });
        let Some((clauses, element)) = clauses(self, &mut scope) else { return ExprKind::None };
        let yield_expr = Expr { id: scope.new_expr_id(), kind: ExprKind::Yield(Some(Box::new(element))), span };
        let mut body = vec![Stmt { kind: StmtKind::Expr(yield_expr), span }];
        for (target, iterable, conditions, clause_span) in clauses.into_iter().rev() {
            for condition in conditions.into_iter().rev() {
                body = vec![Stmt { kind: StmtKind::If { condition, then_body: body, else_body: Vec::new() }, span: clause_span }];
            }
            let iterable = iterable.unwrap_or_else(|| Expr { id: scope.new_expr_id(), kind: ExprKind::Variable(Variable::Local(parameter)), span });
            body = vec![Stmt { kind: StmtKind::For { target, iterable, body, else_body: Vec::new() }, span: clause_span }];
        }
        let (captures, is_closure) = finish_nested(outer, &scope, false);
        let module_name = &self.module_records[self.module.0 as usize].name;
        self.functions[id.0 as usize] = Some(Function {
            name: name.to_string(),
            qualified_name: format!("{module_name}.{}", scope.qualified_name),
            module: self.module,
            span,
            params: vec![Param { name: ".0".to_string(), local: parameter, kind: ParamKind::Normal, default: None, default_local: None, hint: None, span }],
            locals: scope.local_list,
            body,
            is_module_init: false,
            expr_count: scope.next_expr,
            captures,
            has_frame: !scope.cells.is_empty() || scope.defines_closure,
            cells: scope.cells.into_iter().collect(),
            is_closure,
            enclosing: (!outer.is_module).then_some(outer.function),
            class: None,
            is_generator: true,
            doc: None,
        });
        let callee = Expr { id: outer.new_expr_id(), kind: ExprKind::Lambda(id), span };
        ExprKind::Call { callee: Box::new(callee), args: vec![argument], keywords: Vec::new() }
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
        scope.function = id;
        scope.qualified_name = if outer.is_module { "<lambda>".to_string() } else { format!("{}.<locals>.<lambda>", outer.qualified_name) };
        scope.enclosing = enclosing_for_nested(outer);
        scope.private_prefix = outer.private_prefix.clone();
        let mut params = Vec::new();
        for arg in args.posonlyargs.iter().chain(args.args.iter()) {
            let name = arg.def.arg.to_string();
            let param_span = self.span(&arg.def);
            let local = LocalId(scope.local_list.len() as u32);
            scope.local_list.push(Local { name: name.clone(), span: param_span });
            scope.locals.insert(name.clone(), local);
            params.push(Param { name, local, kind: ParamKind::Normal, default: None, default_local: None, hint: None, span: param_span });
        }
        let body_span = self.span(&*lambda.body);
        let value = self.lower_expr(&lambda.body, &mut scope);
        if scope.is_generator {
            self.unsupported("`yield` in a lambda", lambda);
            return None;
        }
        let (captures, is_closure) = finish_nested(outer, &scope, false);
        self.functions[id.0 as usize] = Some(Function {
            name: "<lambda>".to_string(),
            qualified_name: format!("{}.{}", self.module_records[self.module.0 as usize].name, scope.qualified_name),
            module: self.module,
            span,
            params,
            locals: scope.local_list,
            body: vec![Stmt { kind: StmtKind::Return(Some(value)), span: body_span }],
            is_module_init: false,
            expr_count: scope.next_expr,
            captures,
            has_frame: !scope.cells.is_empty() || scope.defines_closure,
            cells: scope.cells.into_iter().collect(),
            is_closure,
            enclosing: Some(outer.function),
            class: None,
            is_generator: false,
            doc: None,
        });
        Some(id)
    }

    /// `with a as x, b: body`, as PEP 343 spells it out: the manager's
    /// `__enter__` runs first; then the body in a `try` whose bare `except`
    /// passes the exception's class, the exception and None (for the
    /// traceback) to `__exit__`, raising it again unless that returns a true
    /// value; and a `finally` that calls `__exit__(None, None, None)` when
    /// the body was left any other way (falling out, `return`, `break`,
    /// `continue`). Several items nest, the first outermost.
    fn lower_with(&mut self, items: &[ast::WithItem], body: &[ast::Stmt], scope: &mut Scope, span: Span) -> Vec<Stmt> {
        let Some((item, rest)) = items.split_first() else {
            return self.lower_body(body, scope);
        };
        let item_span = self.span(&item.context_expr);
        let context = self.lower_expr(&item.context_expr, scope);
        let hidden = |scope: &mut Scope, name: &str| {
            let local = LocalId(scope.local_list.len() as u32);
            scope.local_list.push(Local { name: name.to_string(), span: item_span });
            local
        };
        let manager = hidden(scope, "(context manager)");
        let entered_value = hidden(scope, "(entered value)");
        let no_exception = hidden(scope, "(with left without an exception)");
        let caught = hidden(scope, "(caught exception)");
        let target = item.optional_vars.as_ref().and_then(|target| self.lower_target(target, scope));
        let inner_body = self.lower_with(rest, body, scope, span);
        let local = |variable: LocalId| ExprKind::Variable(Variable::Local(variable));
        let expr = |scope: &mut Scope, kind: ExprKind| Expr { id: scope.new_expr_id(), kind, span: item_span };
        let statement = |kind: StmtKind| Stmt { kind, span: item_span };
        let local_target = |variable: LocalId| Target::Variable { variable: Variable::Local(variable), span: item_span };
        let method_call = |scope: &mut Scope, name: &str, args: Vec<Expr>| {
            let receiver = expr(scope, local(manager));
            let callee = expr(scope, ExprKind::Attribute { value: Box::new(receiver), name: name.to_string() });
            expr(scope, ExprKind::Call { callee: Box::new(callee), args, keywords: Vec::new() })
        };
        let mut stmts = vec![statement(StmtKind::Assign { targets: vec![local_target(manager)], value: context })];
        let enter = method_call(scope, "__enter__", Vec::new());
        stmts.push(statement(StmtKind::Assign { targets: vec![local_target(entered_value)], value: enter }));
        let true_value = expr(scope, ExprKind::Bool(true));
        stmts.push(statement(StmtKind::Assign { targets: vec![local_target(no_exception)], value: true_value }));
        let mut guarded = Vec::new();
        if let Some(target) = target {
            let value = expr(scope, local(entered_value));
            guarded.push(statement(StmtKind::Assign { targets: vec![target], value }));
        }
        guarded.extend(inner_body);
        // The handler: __exit__(type(e), e, None), re-raising unless it is true.
        let false_value = expr(scope, ExprKind::Bool(false));
        let exception = expr(scope, local(caught));
        let exception_class = expr(scope, ExprKind::ClassOf(Box::new(exception)));
        let exception_value = expr(scope, local(caught));
        let traceback = expr(scope, ExprKind::None);
        let exit_call = method_call(scope, "__exit__", vec![exception_class, exception_value, traceback]);
        let not_suppressed = expr(scope, ExprKind::Unary { op: UnaryOp::Not, operand: Box::new(exit_call) });
        let handler_body = vec![
            statement(StmtKind::Assign { targets: vec![local_target(no_exception)], value: false_value }),
            statement(StmtKind::If {
                condition: not_suppressed,
                then_body: vec![statement(StmtKind::Raise { exception: None, cause: None, reraise: Some(caught) })],
                else_body: Vec::new(),
            }),
        ];
        let handler = ExceptHandler { classes: Vec::new(), name: None, caught, body: handler_body, span: item_span };
        let inner_try = statement(StmtKind::Try { body: guarded, handlers: vec![handler], else_body: Vec::new(), finally_body: Vec::new() });
        let none_args: Vec<Expr> = (0..3).map(|_| expr(scope, ExprKind::None)).collect();
        let normal_exit = method_call(scope, "__exit__", none_args);
        let flag = expr(scope, local(no_exception));
        let finally_body = vec![statement(StmtKind::If { condition: flag, then_body: vec![statement(StmtKind::Expr(normal_exit))], else_body: Vec::new() })];
        stmts.push(statement(StmtKind::Try { body: vec![inner_try], handlers: Vec::new(), else_body: Vec::new(), finally_body }));
        stmts
    }

    /// The value a decorated `def` binds: each decorator (evaluated in
    /// order) called on the function, the innermost first.
    fn lower_decorators(&mut self, decorators: &[ast::Expr], function: FunctionId, scope: &mut Scope, span: Span) -> Option<Expr> {
        if decorators.is_empty() {
            return None;
        }
        let callees: Vec<Expr> = decorators.iter().map(|decorator| self.lower_expr(decorator, scope)).collect();
        let mut value = Expr { id: scope.new_expr_id(), kind: ExprKind::Lambda(function), span };
        for callee in callees.into_iter().rev() {
            let call_span = callee.span;
            value = Expr { id: scope.new_expr_id(), kind: ExprKind::Call { callee: Box::new(callee), args: vec![value], keywords: Vec::new() }, span: call_span };
        }
        Some(value)
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

/// `super()` with no arguments.
fn is_zero_argument_super(call: &ast::ExprCall) -> bool {
    matches!(&*call.func, ast::Expr::Name(name) if name.id.as_str() == "super") && call.args.is_empty() && call.keywords.is_empty()
}

/// What a function nested in `outer` sees of the enclosing functions'
/// variables: `outer`'s own (its locals and the targets of the comprehensions
/// being lowered, which shadow them), then what `outer` itself sees.
fn enclosing_for_nested(outer: &Scope) -> Vec<IndexMap<String, EnclosingVariable>> {
    let mut names = IndexMap::new();
    if !outer.is_module {
        for (name, local) in &outer.locals {
            names.insert(name.clone(), EnclosingVariable { local: *local, repeats: false });
        }
    }
    for (comprehension, repeats) in outer.comprehension_scopes.iter().zip(&outer.comprehension_repeats) {
        for (name, local) in comprehension {
            names.insert(name.clone(), EnclosingVariable { local: *local, repeats: *repeats });
        }
    }
    let mut levels = vec![names];
    levels.extend(outer.enclosing.iter().cloned());
    levels
}

/// Records in `outer` which of its variables (cells) and which variables
/// further out the function just lowered in `inner` uses, and returns that
/// function's captures and whether it is a closure.
fn finish_nested(outer: &mut Scope, inner: &Scope, defaults_in_frame: bool) -> (Vec<Capture>, bool) {
    let mut uses: Vec<(u32, LocalId)> = inner.captures.iter().map(|record| (record.depth, record.enclosing_local)).collect();
    uses.extend(inner.relayed.iter().copied());
    for &(depth, local) in &uses {
        if depth == 1 {
            outer.cells.insert(local);
        } else {
            outer.relayed.push((depth - 1, local));
        }
    }
    let is_closure = !uses.is_empty() || defaults_in_frame;
    if is_closure {
        outer.defines_closure = true;
    }
    let captures = inner
        .captures
        .iter()
        .map(|record| Capture { local: record.local, depth: record.depth, enclosing_local: record.enclosing_local })
        .collect();
    (captures, is_closure)
}

/// `global` and `nonlocal` declarations directly in a function body (nested
/// blocks included, nested functions not).
fn collect_declarations(body: &[ast::Stmt], globals: &mut IndexSet<String>, nonlocals: &mut IndexSet<String>) {
    for_each_block_statement(body, &mut |stmt| match stmt {
        ast::Stmt::Global(s) => s.names.iter().for_each(|name| {
            globals.insert(name.to_string());
        }),
        ast::Stmt::Nonlocal(s) => s.names.iter().for_each(|name| {
            nonlocals.insert(name.to_string());
        }),
        _ => {}
    });
}

/// Each name of each `nonlocal` statement directly in a function body, with
/// the statement's range.
fn collect_nonlocal_statements(body: &[ast::Stmt], out: &mut Vec<(String, rustpython_parser::text_size::TextRange)>) {
    for_each_block_statement(body, &mut |stmt| {
        if let ast::Stmt::Nonlocal(s) = stmt {
            out.extend(s.names.iter().map(|name| (name.to_string(), s.range())));
        }
    });
}

/// Calls `visit` for every statement of `body` and of the blocks nested in
/// it, but not of nested functions or classes.
fn for_each_block_statement(body: &[ast::Stmt], visit: &mut dyn FnMut(&ast::Stmt)) {
    for stmt in body {
        visit(stmt);
        use ast::Stmt as S;
        match stmt {
            S::For(s) => {
                for_each_block_statement(&s.body, visit);
                for_each_block_statement(&s.orelse, visit);
            }
            S::While(s) => {
                for_each_block_statement(&s.body, visit);
                for_each_block_statement(&s.orelse, visit);
            }
            S::If(s) => {
                for_each_block_statement(&s.body, visit);
                for_each_block_statement(&s.orelse, visit);
            }
            S::With(s) => for_each_block_statement(&s.body, visit),
            S::Try(s) => {
                for_each_block_statement(&s.body, visit);
                for handler in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    for_each_block_statement(&handler.body, visit);
                }
                for_each_block_statement(&s.orelse, visit);
                for_each_block_statement(&s.finalbody, visit);
            }
            _ => {}
        }
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
            S::ImportFrom(s) => s.names.iter().filter(|alias| alias.name.as_str() != "*").for_each(|alias| {
                out.insert(alias.asname.as_ref().unwrap_or(&alias.name).to_string());
            }),
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
            S::With(s) => {
                for item in &s.items {
                    if let Some(target) = &item.optional_vars {
                        collect_target_names(target, out);
                    }
                }
                collect_bindings(&s.body, out);
            }
            S::Try(s) => {
                collect_bindings(&s.body, out);
                for handler in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    if let Some(name) = &handler.name {
                        out.insert(name.to_string());
                    }
                    collect_bindings(&handler.body, out);
                }
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

/// Calls `found` for each name a function in `body` declares `global`.
fn collect_function_globals(body: &[ast::Stmt], found: &mut dyn FnMut(&str, rustpython_parser::text_size::TextRange)) {
    for stmt in body {
        use ast::Stmt as S;
        match stmt {
            S::FunctionDef(def) => {
                let mut names = IndexSet::new();
                collect_declarations(&def.body, &mut names, &mut IndexSet::new());
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

/// `object.name` as an AST node, for a builtin call that means it.
fn attribute_node(object: &ast::Expr, name: &str, ctx: ast::ExprContext, range: ast::text_size::TextRange) -> ast::Expr {
    ast::Expr::Attribute(ast::ExprAttribute { value: Box::new(object.clone()), attr: ast::Identifier::new(name), ctx, range })
}

/// Python's keywords, which `getattr(obj, "class")` may name but `obj.class`
/// may not.
fn is_keyword(name: &str) -> bool {
    matches!(
        name,
        "False" | "None" | "True" | "and" | "as" | "assert" | "async" | "await" | "break" | "class" | "continue" | "def" | "del" | "elif" | "else"
            | "except" | "finally" | "for" | "from" | "global" | "if" | "import" | "in" | "is" | "lambda" | "nonlocal" | "not" | "or" | "pass"
            | "raise" | "return" | "try" | "while" | "with" | "yield"
    )
}

/// The docstring of a body: its first statement, when that is a str literal.
fn docstring(body: &[ast::Stmt]) -> Option<String> {
    match body.first()? {
        ast::Stmt::Expr(statement) => match &*statement.value {
            ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(text), .. }) => Some(text.to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// The statement lists directly inside a statement (bodies of `def`,
/// `class`, `if`, loops, `with`, `try` and its handlers).
fn nested_bodies(stmt: &ast::Stmt) -> Vec<&[ast::Stmt]> {
    use ast::Stmt as S;
    match stmt {
        S::FunctionDef(s) => vec![&s.body],
        S::AsyncFunctionDef(s) => vec![&s.body],
        S::ClassDef(s) => vec![&s.body],
        S::If(s) => vec![&s.body, &s.orelse],
        S::For(s) => vec![&s.body, &s.orelse],
        S::AsyncFor(s) => vec![&s.body, &s.orelse],
        S::While(s) => vec![&s.body, &s.orelse],
        S::With(s) => vec![&s.body],
        S::AsyncWith(s) => vec![&s.body],
        S::Try(s) => {
            let mut bodies: Vec<&[ast::Stmt]> = vec![&s.body, &s.orelse, &s.finalbody];
            for handler in &s.handlers {
                let ast::ExceptHandler::ExceptHandler(handler) = handler;
                bodies.push(&handler.body);
            }
            bodies
        }
        _ => Vec::new(),
    }
}

/// The modules `import` statements anywhere in `body` name (relative ones
/// with their leading dots).
fn collect_imported_modules(body: &[ast::Stmt], out: &mut Vec<String>) {
    for stmt in body {
        match stmt {
            ast::Stmt::Import(s) => out.extend(s.names.iter().map(|alias| alias.name.to_string())),
            ast::Stmt::ImportFrom(s) => {
                let level = s.level.as_ref().map(|level| level.to_u32()).unwrap_or(0) as usize;
                out.push(format!("{}{}", ".".repeat(level), s.module.as_ref().map(|m| m.to_string()).unwrap_or_default()));
            }
            _ => {
                for nested in nested_bodies(stmt) {
                    collect_imported_modules(nested, out);
                }
            }
        }
    }
}

/// Whether any statement in `body`, at any depth, declares a name `global`.
fn declares_global(body: &[ast::Stmt]) -> bool {
    body.iter().any(|stmt| matches!(stmt, ast::Stmt::Global(_)) || nested_bodies(stmt).into_iter().any(declares_global))
}

/// Every identifier in `text` not preceded by a `.` (an attribute name), in
/// order of first appearance: a superset of the names a definition reads
/// (names in strings and comments included, which costs only a needless
/// hand-over).
fn identifiers(text: &str) -> IndexSet<&str> {
    let mut found = IndexSet::new();
    let mut start = None;
    let mut previous_significant = ' ';
    for (index, character) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let continues = character == '_' || character.is_alphanumeric();
        match start {
            Some(begin) if !continues => {
                let word = &text[begin..index];
                let after_dot = previous_significant == '.';
                if !after_dot && !word.starts_with(|c: char| c.is_ascii_digit()) {
                    found.insert(word);
                }
                start = None;
                previous_significant = word.chars().last().unwrap_or(' ');
            }
            None if continues => start = Some(index),
            _ => {}
        }
        if start.is_none() && !character.is_whitespace() && !continues {
            previous_significant = character;
        }
    }
    found
}

impl Lowerer {
    /// Records a top-level `def` or `class` statement, and gives the offset
    /// it starts at (decorators included) when the embedded CPython runs it.
    fn top_level_definition(&mut self, stmt: &ast::Stmt) -> Option<u32> {
        let (name, decorators, body) = match stmt {
            ast::Stmt::FunctionDef(def) => (def.name.as_str(), &def.decorator_list, &def.body),
            ast::Stmt::AsyncFunctionDef(def) => (def.name.as_str(), &def.decorator_list, &def.body),
            ast::Stmt::ClassDef(def) => (def.name.as_str(), &def.decorator_list, &def.body),
            _ => return None,
        };
        let statement_start = u32::from(stmt.range().start());
        // A decorator's range starts after its `@`.
        let start = decorators.iter().map(|decorator| u32::from(decorator.range().start()).saturating_sub(1)).fold(statement_start, u32::min);
        let end = u32::from(stmt.range().end());
        let path = self.module_records[self.module.0 as usize].path.clone();
        let obstacle = declares_global(body).then(|| "it declares `global` names, and module globals stay native".to_string());
        let runs_in_vm = obstacle.is_none() && self.vm_requests.contains(&(path.clone(), start));
        self.definitions.push(TopLevelDefinition { name: name.to_string(), file: path, span: Span::new(self.file, start, end), obstacle });
        runs_in_vm.then_some(start)
    }

    /// `name = <the definition, run by the embedded CPython>`.
    fn lower_vm_definition(&mut self, stmt: &ast::Stmt, start: u32, scope: &mut Scope) -> Option<Stmt> {
        let name = match stmt {
            ast::Stmt::FunctionDef(def) => def.name.to_string(),
            ast::Stmt::AsyncFunctionDef(def) => def.name.to_string(),
            ast::Stmt::ClassDef(def) => def.name.to_string(),
            _ => return None,
        };
        let end = u32::from(stmt.range().end());
        let span = Span::new(self.file, start, end);
        let text = self.text.clone();
        let (start_index, end_index) = (start as usize, (end as usize).min(text.len()));
        let line_start = text[..start_index].rfind('\n').map_or(0, |newline| newline + 1);
        let lines_before = text[..line_start].matches('\n').count();
        let source = format!("{}{}\n", "\n".repeat(lines_before), &text[line_start..end_index]);
        let mut uses = Vec::new();
        let mut imports = Vec::new();
        let words = identifiers(&text[start_index..end_index]);
        // Code that looks names up at run time (`eval`, `exec`, `globals()`,
        // `vars()`) may read any global: it gets them all.
        let looks_up_names = ["eval", "exec", "globals", "vars", "locals", "__dict__", "getattr", "modules"].iter().any(|word| words.contains(word));
        // A function's own parameters and locals shadow globals of the same
        // name everywhere inside it (`global` statements keep a definition
        // out of CPython), so those names are not the globals'.
        let mut shadowed = IndexSet::new();
        if let ast::Stmt::FunctionDef(def) = stmt {
            collect_bindings(&def.body, &mut shadowed);
            let args = &def.args;
            for arg in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
                shadowed.insert(arg.def.arg.to_string());
            }
            for arg in args.vararg.iter().chain(&args.kwarg) {
                shadowed.insert(arg.arg.to_string());
            }
        }
        let candidates: Vec<String> = if looks_up_names {
            self.module_globals[self.module.0 as usize].keys().cloned().collect()
        } else {
            words.iter().filter(|word| !shadowed.contains(**word)).map(|word| word.to_string()).collect()
        };
        for word in &candidates {
            let word = word.as_str();
            if word.starts_with("__") && word.ends_with("__") {
                continue;
            }
            let Some(global) = self.module_globals[self.module.0 as usize].get(word).copied() else { continue };
            if let Some((module, member)) = self.native_imports.get(&global) {
                imports.push(VmImport { name: word.to_string(), module: module.clone(), member: member.clone() });
                continue;
            }
            if self.aliases.contains_key(&global) {
                self.diagnostics.push(
                    Diagnostic::unsupported(format!("`{name}` runs in the embedded CPython and uses `{word}`, a module of the program"), span)
                        .with_note("the program's own modules are native; CPython code cannot reach them yet"),
                );
                continue;
            }
            let read = Expr { id: scope.new_expr_id(), kind: ExprKind::Variable(Variable::Global(global)), span };
            uses.push((word.to_string(), read));
        }
        // CPython imports what the definition imports, at run time: a module
        // of the program would be a second copy, not frozen into the
        // executable, so such a definition cannot run alone.
        let mut imported = Vec::new();
        collect_imported_modules(std::slice::from_ref(stmt), &mut imported);
        for module in imported {
            let top = module.split('.').next().unwrap_or(&module).to_string();
            if module.starts_with('.') || self.module_by_name(&top).is_some() || self.loader.find(&top).is_some() {
                self.diagnostics.push(
                    Diagnostic::unsupported(format!("`{name}` runs in the embedded CPython and imports `{module}`, a module of the program"), span)
                        .with_note("the program's own modules are native; CPython code cannot import them yet"),
                );
            }
        }
        let global = self.global_id(&name, span);
        self.other_bindings.insert(global);
        let index = self.vm_definitions.len() as u32;
        let file = self.module_records[self.module.0 as usize].path.clone();
        self.vm_definitions.push(VmDefinition { module: self.module, name, file, source, span, imports, reasons: Vec::new(), runs_faster_in_cpython: false, code: Vec::new() });
        let value = Expr { id: scope.new_expr_id(), kind: ExprKind::VmDefinition { index, uses }, span };
        Some(Stmt { kind: StmtKind::Assign { targets: vec![Target::Variable { variable: Variable::Global(global), span }], value }, span })
    }
}
