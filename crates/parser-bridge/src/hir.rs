//! Taipan's high-level IR: the program as later stages see it.
//!
//! The HIR is a tree per function, held in one arena for the whole program. Every
//! node has a `Span`. Names are resolved: a name expression is a `Local`, a
//! `Global`, a `Builtin` or `Undefined` (bound nowhere, so reading it raises
//! `NameError` at run time, exactly as in CPython). Each expression has an
//! `ExprId`, unique within its function, so that type inference can attach a type
//! to every expression of every function instance without copying the tree.
//!
//! Desugarings done here: `elif` chains become nested `if`s; annotated
//! assignments become plain assignments (annotations are hints and are ignored);
//! docstrings and other constant expression statements disappear; `global`
//! declarations are consumed by name resolution.
//!
//! The module's top-level code is a function too (`is_module_init`), so that
//! every later stage treats module code and function code alike.

use crate::source::{FileId, SourceMap, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FunctionId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GlobalId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ModuleId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClassId(pub u32);

/// A whole program: every module reachable from the main one.
#[derive(Debug)]
pub struct Program {
    pub sources: SourceMap,
    pub modules: Vec<Module>,
    pub functions: Vec<Function>,
    pub globals: Vec<Global>,
    /// The built-in exception classes (`Class::builtin`), then every `class`
    /// statement of the program in source order.
    pub classes: Vec<Class>,
    pub main_module: ModuleId,
    /// The top-level `def` and `class` statements that run in the embedded
    /// CPython (`ExprKind::VmDefinition`), as the driver asked.
    pub vm_definitions: Vec<VmDefinition>,
}

/// A top-level `def` or `class` statement that the embedded CPython runs
/// (function or class granularity of tier 3): its source, compiled to a code
/// object when the program is built, defines the name in a namespace of the
/// module's own in CPython, into which native code puts the module's globals
/// the definition uses.
#[derive(Debug, Clone)]
pub struct VmDefinition {
    pub module: ModuleId,
    /// The name the statement binds.
    pub name: String,
    /// The module's file, as tracebacks name it.
    pub file: String,
    /// The statement's text (decorators included), preceded by as many
    /// newlines as lines come before it, so that line numbers are the file's.
    pub source: String,
    pub span: Span,
    /// Modules Taipan provides natively that the definition uses: CPython
    /// imports its own (`import math`, `from dataclasses import dataclass`).
    pub imports: Vec<VmImport>,
    /// Why the native compiler refused it (the driver's words).
    pub reasons: Vec<String>,
    /// Whether the driver moved it into CPython because it runs faster
    /// there (typeinfer's `tier_choice`), rather than because it was refused.
    pub runs_faster_in_cpython: bool,
    /// The marshalled code object of `source` (the driver fills it in).
    pub code: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VmImport {
    /// The name it binds in the namespace.
    pub name: String,
    pub module: String,
    /// `from module import member`, or the module itself.
    pub member: Option<String>,
}

/// A top-level `def` or `class` statement, as the driver sees it when it
/// decides what runs in the embedded CPython.
#[derive(Debug, Clone)]
pub struct TopLevelDefinition {
    pub name: String,
    /// The module's file and the statement's range, decorators included.
    pub file: String,
    pub span: Span,
    /// Why CPython could not run it alone, if it could not.
    pub obstacle: Option<String>,
}

impl Program {
    pub fn function(&self, id: FunctionId) -> &Function {
        &self.functions[id.0 as usize]
    }

    pub fn global(&self, id: GlobalId) -> &Global {
        &self.globals[id.0 as usize]
    }

    pub fn module(&self, id: ModuleId) -> &Module {
        &self.modules[id.0 as usize]
    }

    pub fn class(&self, id: ClassId) -> &Class {
        &self.classes[id.0 as usize]
    }

    /// The built-in exception class `name` (`BUILTIN_EXCEPTION_CLASSES`).
    pub fn builtin_class(&self, name: &str) -> Option<ClassId> {
        self.classes.iter().position(|class| class.builtin && class.name == name).map(|index| ClassId(index as u32))
    }
}

/// A `class` statement at module level. Its body may hold methods (`def`,
/// possibly decorated with `@staticmethod`, `@classmethod` or `@property`),
/// class attributes (`name = value`) and docstrings.
#[derive(Debug)]
pub struct Class {
    pub name: String,
    /// `module.name`, as CPython's default `repr` of an instance shows it.
    pub qualified_name: String,
    pub module: ModuleId,
    /// The `class` line.
    pub span: Span,
    /// The base classes in the order written; `object` is left out.
    pub bases: Vec<ClassId>,
    /// The methods the class body defines, in order (a later `def` of the
    /// same name replaces an earlier one, as in CPython).
    pub methods: indexmap::IndexMap<String, Method>,
    /// Class attributes, each held in a global of kind `ClassAttribute`.
    pub attributes: indexmap::IndexMap<String, GlobalId>,
    /// One of Python's built-in exception classes (`BUILTIN_EXCEPTION_CLASSES`),
    /// which every program has, before its own classes.
    pub builtin: bool,
    /// A `@dataclass(frozen=True)`: assigning an attribute of an instance
    /// raises `FrozenInstanceError` in CPython, except in the `__init__`
    /// the decorator generates (`generated_init`).
    pub frozen: bool,
    pub generated_init: Option<FunctionId>,
    /// An `enum.Enum` subclass: its members in definition order, each the
    /// hidden class attribute global holding it.
    pub enum_members: Option<Vec<(String, GlobalId)>>,
    /// Names of an `Enum` that alias an earlier member (a value equal to
    /// its), with that member's global.
    pub enum_aliases: Vec<(String, GlobalId)>,
    /// What the class body's `__slots__` declares, if it assigns one.
    pub slots: Option<SlotsDeclaration>,
    /// The class's docstring (an extension module's class's `__doc__`).
    pub doc: Option<String>,
}

/// A class body's `__slots__`: the attribute names instances may have
/// (beyond those of bases without slots), when given as literals.
#[derive(Debug, Clone, PartialEq)]
pub enum SlotsDeclaration {
    Names(Vec<String>),
    /// Not a literal str or tuple/list of strs: unknown to the compiler.
    Computed,
}

/// Python's built-in exception classes that Taipan provides, each with its
/// base, in an order where a base comes before the classes derived from it.
pub const BUILTIN_EXCEPTION_CLASSES: &[(&str, Option<&str>)] = &[
    ("BaseException", None),
    ("SystemExit", Some("BaseException")),
    ("KeyboardInterrupt", Some("BaseException")),
    ("GeneratorExit", Some("BaseException")),
    ("Exception", Some("BaseException")),
    ("StopIteration", Some("Exception")),
    ("ArithmeticError", Some("Exception")),
    ("FloatingPointError", Some("ArithmeticError")),
    ("OverflowError", Some("ArithmeticError")),
    ("ZeroDivisionError", Some("ArithmeticError")),
    ("AssertionError", Some("Exception")),
    ("AttributeError", Some("Exception")),
    ("EOFError", Some("Exception")),
    ("ImportError", Some("Exception")),
    ("ModuleNotFoundError", Some("ImportError")),
    ("LookupError", Some("Exception")),
    ("IndexError", Some("LookupError")),
    ("KeyError", Some("LookupError")),
    ("MemoryError", Some("Exception")),
    ("NameError", Some("Exception")),
    ("UnboundLocalError", Some("NameError")),
    ("OSError", Some("Exception")),
    ("BlockingIOError", Some("OSError")),
    ("ChildProcessError", Some("OSError")),
    ("ConnectionError", Some("OSError")),
    ("BrokenPipeError", Some("ConnectionError")),
    ("ConnectionAbortedError", Some("ConnectionError")),
    ("ConnectionRefusedError", Some("ConnectionError")),
    ("ConnectionResetError", Some("ConnectionError")),
    ("FileExistsError", Some("OSError")),
    ("FileNotFoundError", Some("OSError")),
    ("InterruptedError", Some("OSError")),
    ("IsADirectoryError", Some("OSError")),
    ("NotADirectoryError", Some("OSError")),
    ("PermissionError", Some("OSError")),
    ("ProcessLookupError", Some("OSError")),
    ("TimeoutError", Some("OSError")),
    ("BufferError", Some("Exception")),
    ("ReferenceError", Some("Exception")),
    ("StopAsyncIteration", Some("Exception")),
    ("SyntaxError", Some("Exception")),
    ("IndentationError", Some("SyntaxError")),
    ("TabError", Some("IndentationError")),
    ("RuntimeError", Some("Exception")),
    ("NotImplementedError", Some("RuntimeError")),
    ("RecursionError", Some("RuntimeError")),
    ("SystemError", Some("Exception")),
    ("TypeError", Some("Exception")),
    ("ValueError", Some("Exception")),
    ("UnicodeError", Some("ValueError")),
    ("UnicodeDecodeError", Some("UnicodeError")),
    ("UnicodeEncodeError", Some("UnicodeError")),
    ("UnicodeTranslateError", Some("UnicodeError")),
    ("Warning", Some("Exception")),
    ("BytesWarning", Some("Warning")),
    ("DeprecationWarning", Some("Warning")),
    ("EncodingWarning", Some("Warning")),
    ("FutureWarning", Some("Warning")),
    ("ImportWarning", Some("Warning")),
    ("PendingDeprecationWarning", Some("Warning")),
    ("ResourceWarning", Some("Warning")),
    ("RuntimeWarning", Some("Warning")),
    ("SyntaxWarning", Some("Warning")),
    ("UnicodeWarning", Some("Warning")),
    ("UserWarning", Some("Warning")),
];

/// Other names CPython's builtins bind to the classes above.
pub const BUILTIN_EXCEPTION_ALIASES: &[(&str, &str)] = &[("EnvironmentError", "OSError"), ("IOError", "OSError")];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Method {
    pub function: FunctionId,
    pub kind: MethodKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MethodKind {
    /// An ordinary method: the instance is the first parameter.
    Instance,
    /// `@staticmethod`: no implicit first parameter.
    Static,
    /// `@classmethod`: the class is the first parameter.
    Class,
    /// `@property`: the getter, called when the attribute is read.
    Property,
    /// `@name.setter`: called with the value when the attribute is assigned.
    PropertySetter,
}

#[derive(Debug)]
pub struct Module {
    /// The module's `__name__`: `__main__` for the program's entry module.
    pub name: String,
    pub file: FileId,
    /// The function that runs the module's top-level statements.
    pub init: FunctionId,
}

#[derive(Debug)]
pub struct Global {
    pub name: String,
    pub module: ModuleId,
    /// The first place the name is bound, or its first use if it is never bound.
    pub span: Span,
    pub kind: GlobalKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GlobalKind {
    /// An ordinary module-level variable.
    Variable,
    /// A name bound by exactly one `def` and nothing else: calls through it are
    /// direct calls once the `def` has run.
    Function(FunctionId),
    /// `__name__`, which holds the module's name from the start.
    ModuleName,
    /// A name bound by exactly one `class` statement and nothing else.
    Class(ClassId),
    /// A class attribute (`count = 0` in a class body), named `Class.count`;
    /// no name resolves to it, only attribute access does.
    ClassAttribute(ClassId),
}

#[derive(Debug)]
pub struct Function {
    pub name: String,
    /// `module.name`, used for symbol names.
    pub qualified_name: String,
    pub module: ModuleId,
    pub span: Span,
    pub params: Vec<Param>,
    /// Every local variable; the parameters come first, in order.
    pub locals: Vec<Local>,
    pub body: Vec<Stmt>,
    pub is_module_init: bool,
    /// One more than the largest `ExprId` in the body (and parameter defaults).
    pub expr_count: u32,
    /// The variables of enclosing functions this function uses (free
    /// variables): each is a local of this function whose storage is a slot
    /// of an enclosing call's frame.
    pub captures: Vec<Capture>,
    /// The locals that nested functions use (cell variables): they live in
    /// this function's frame, a heap object each call allocates, in this
    /// order, so that closures outlive the call and see later assignments.
    pub cells: Vec<LocalId>,
    /// Whether each call allocates a frame: the function has cells, or
    /// defines closures (whose environment the frame is).
    pub has_frame: bool,
    /// Whether a value of this function carries an environment: the frame of
    /// the enclosing function's call that ran the `def` (or `lambda`). True
    /// when it, or a function nested in it, uses an enclosing variable, or
    /// when its defaults live in that frame.
    pub is_closure: bool,
    /// For a nested function or lambda: the function whose body contains it.
    pub enclosing: Option<FunctionId>,
    /// For a method: the class whose body defines it.
    pub class: Option<ClassId>,
    /// Whether the body holds `yield` (or `yield from`, or is a generator
    /// expression's): a call makes a generator and runs none of the body.
    pub is_generator: bool,
    /// The docstring of a `def` (what CPython's `__doc__` holds).
    pub doc: Option<String>,
}

/// A free variable of a function: `local` (of the function) stands for
/// `enclosing_local` of the function `depth` levels out (1: the function
/// whose body holds the `def`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capture {
    pub local: LocalId,
    pub depth: u32,
    pub enclosing_local: LocalId,
}

#[derive(Debug)]
pub struct Param {
    pub name: String,
    pub local: LocalId,
    /// How arguments reach the parameter. A function's parameters are in
    /// CPython's order: positional-only, ordinary, `*args`, keyword-only,
    /// `**kwargs`.
    pub kind: ParamKind,
    /// Evaluated once, when the `def` statement runs, as in CPython. Default
    /// expressions belong to the function that contains the `def`.
    pub default: Option<Expr>,
    /// For a nested function: the enclosing function's hidden local (a cell)
    /// the default is stored in, so that each call of the enclosing function
    /// gives its closures their own defaults.
    pub default_local: Option<LocalId>,
    /// The parameter's annotation, where it names a type `TypeHint` can
    /// say. Annotations are hints: only an extension module's functions use
    /// them, as the types to compile a version for CPython's calls for.
    pub hint: Option<TypeHint>,
    pub span: Span,
}

/// A type an annotation names (`int`, `list[float]`, `"Point"`,
/// `Optional[Node]`, `dict[str, int]`, `tuple[int, ...]`); `typing`'s
/// capitalised aliases are accepted too. Class names are as written:
/// typeinfer resolves them in the function's module.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeHint {
    Int,
    Float,
    Bool,
    Str,
    None,
    List(Box<TypeHint>),
    Dict(Box<TypeHint>, Box<TypeHint>),
    Set(Box<TypeHint>),
    FrozenSet(Box<TypeHint>),
    /// `tuple[int, str]`.
    Tuple(Vec<TypeHint>),
    /// `tuple[int, ...]`.
    VarTuple(Box<TypeHint>),
    /// `X | None`, `Optional[X]`.
    Optional(Box<TypeHint>),
    /// A name that is not a built-in type: a class, if it resolves to one.
    Class(String),
}

/// The kinds of parameter a `def` can declare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// Before a `/`: positional arguments only.
    PositionalOnly,
    /// Positional or keyword.
    Normal,
    /// `*args`: the surplus positional arguments, as a tuple.
    VarPositional,
    /// After `*` or `*args`: keyword arguments only.
    KeywordOnly,
    /// `**kwargs`: the surplus keyword arguments, as a dict.
    VarKeyword,
}

#[derive(Debug)]
pub struct Local {
    pub name: String,
    pub span: Span,
}

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: the value is evaluated once and bound to each target from
    /// left to right.
    Assign { targets: Vec<Target>, value: Expr },
    AugAssign { target: Target, op: BinaryOp, value: Expr },
    If { condition: Expr, then_body: Vec<Stmt>, else_body: Vec<Stmt> },
    While { condition: Expr, body: Vec<Stmt>, else_body: Vec<Stmt> },
    For { target: Target, iterable: Expr, body: Vec<Stmt>, else_body: Vec<Stmt> },
    Return(Option<Expr>),
    Break,
    Continue,
    Pass,
    /// Runs a `def`: evaluates the defaults (they are in the function's
    /// params) and binds the name: a global at module level, a local in a
    /// function. `decorated` is the value bound instead of the function when
    /// the `def` has decorators: the calls of the decorators, innermost
    /// first, around `ExprKind::Lambda(function)`.
    FunctionDef { function: FunctionId, target: Variable, decorated: Option<Expr> },
    /// Runs a `class` statement: `body` evaluates the methods' defaults
    /// (`MethodDef`) and assigns the class attributes in order, then the
    /// class is bound to `global`.
    ClassDef { class: ClassId, global: GlobalId, body: Vec<Stmt> },
    /// A `def` in a class body: evaluates the method's defaults.
    MethodDef { function: FunctionId },
    /// `assert test, message`.
    Assert { test: Expr, message: Option<Expr> },
    /// `del a[i], b[x:y]`: each target is an `Index` or `Slice` target.
    Delete(Vec<Target>),
    /// `try` with its `except` clauses, `else` and `finally`.
    Try { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, else_body: Vec<Stmt>, finally_body: Vec<Stmt> },
    /// `raise exception from cause`. A bare `raise` has no `exception` and
    /// re-raises `reraise`, the exception of the innermost `except` clause
    /// around it.
    Raise { exception: Option<Expr>, cause: Option<Expr>, reraise: Option<LocalId> },
    /// `import a.b` / `from m import x, y as z`: runs the code of each module
    /// not yet started, in order (each with the id its call is recorded
    /// under), then binds the names a `from` import copies.
    Import { modules: Vec<(ModuleId, ExprId)>, assignments: Vec<(Target, Expr)> },
}

/// One `except` clause.
#[derive(Debug)]
pub struct ExceptHandler {
    /// The classes it catches: the one named, or the elements of a tuple;
    /// empty for a bare `except:`.
    pub classes: Vec<Expr>,
    /// `as name`.
    pub name: Option<Target>,
    /// A hidden local holding the exception while the clause runs, which a
    /// bare `raise` inside it raises again.
    pub caught: LocalId,
    pub body: Vec<Stmt>,
    /// The `except ...:` line.
    pub span: Span,
}

#[derive(Debug)]
pub enum Target {
    Variable { variable: Variable, span: Span },
    /// `a, b = ...` / `a, *rest, b = ...`: `starred` is the index of the
    /// element that takes a list of the values left over.
    Tuple { elements: Vec<Target>, starred: Option<usize>, span: Span },
    /// `container[index] = ...`
    Index { value: Expr, index: Expr, span: Span },
    /// `container[start:stop:step] = ...`
    Slice { value: Expr, bounds: SliceBounds, span: Span },
    /// `object.name = ...`
    Attribute { value: Expr, name: String, span: Span },
}

impl Target {
    pub fn span(&self) -> Span {
        match self {
            Target::Variable { span, .. }
            | Target::Tuple { span, .. }
            | Target::Index { span, .. }
            | Target::Slice { span, .. }
            | Target::Attribute { span, .. } => *span,
        }
    }
}

/// The three optional parts of `x[start:stop:step]`.
#[derive(Debug)]
pub struct SliceBounds {
    pub start: Option<Box<Expr>>,
    pub stop: Option<Box<Expr>>,
    pub step: Option<Box<Expr>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    /// A generator expression; Taipan compiles it only where it is consumed
    /// at once (an argument of `sum`, `any`, `list`, `str.join`, ...).
    Generator,
}

/// `[element for target in iterable if condition ...]` and its kin. The
/// targets are fresh locals of the enclosing function, invisible outside the
/// comprehension, as in CPython 3 (where they live in their own scope).
#[derive(Debug)]
pub struct Comprehension {
    pub kind: ComprehensionKind,
    pub element: Expr,
    /// The value of a dict comprehension (`element` is then the key).
    pub value: Option<Expr>,
    pub clauses: Vec<ComprehensionClause>,
}

#[derive(Debug)]
pub struct ComprehensionClause {
    pub target: Target,
    pub iterable: Expr,
    pub conditions: Vec<Expr>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Variable {
    Local(LocalId),
    Global(GlobalId),
}

#[derive(Debug)]
pub struct Expr {
    pub id: ExprId,
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
    Str(String),
    Variable(Variable),
    Builtin(Builtin),
    /// A name bound nowhere in the program: reading it raises `NameError`.
    Undefined(String),
    Binary { op: BinaryOp, left: Box<Expr>, right: Box<Expr> },
    Unary { op: UnaryOp, operand: Box<Expr> },
    /// `a and b and c` / `a or b`: yields one of the operands.
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `left op0 c0 op1 c1 ...`, each operand evaluated at most once.
    Compare { left: Box<Expr>, comparisons: Vec<(CompareOp, Expr)> },
    IfElse { condition: Box<Expr>, then_value: Box<Expr>, else_value: Box<Expr> },
    /// A call. An argument may be `Starred`: `*sequence`, whose items are
    /// positional arguments.
    Call { callee: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
    /// `*value` as a call argument (nowhere else).
    Starred(Box<Expr>),
    /// A member of an `Enum` class, made once by the class body: an
    /// instance of `class` with fields `name` and `value`.
    EnumMember { class: ClassId, name: String, value: Box<Expr> },
    Attribute { value: Box<Expr>, name: String },
    Index { value: Box<Expr>, index: Box<Expr> },
    Slice { value: Box<Expr>, bounds: SliceBounds },
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Set(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    Comprehension(Box<Comprehension>),
    /// The function value a `lambda` (or a `def`, see `FunctionDef`) makes:
    /// a lambda is lowered to a function whose body returns the expression.
    Lambda(FunctionId),
    /// `super()` in a method of `class`: attribute lookups on it start after
    /// `class` in the MRO of `receiver`'s class (`receiver` is the method's
    /// first parameter).
    Super { class: ClassId, receiver: LocalId },
    /// `sys.argv`.
    SysArgv,
    /// A module neither of the program nor provided natively, imported by
    /// the embedded CPython (tier 3), as the value an import binds:
    /// `import a.b` binds `a` (`top_level`), `import a.b as c` binds `a.b`
    /// itself, `from a import n` binds the attribute (`name`), with
    /// CPython's own `ImportError` when there is none.
    ForeignImport { module: String, name: Option<String>, top_level: bool },
    /// A top-level `def` or `class` run by the embedded CPython:
    /// `Program::vm_definitions[index]`, given the values of the module's
    /// globals it uses (`uses`, each a read of a global) that are bound.
    VmDefinition { index: u32, uses: Vec<(String, Expr)> },
    /// The class of an instance as a value (`type(e)`): what a `with`
    /// statement passes its manager's `__exit__` for the exception raised.
    ClassOf(Box<Expr>),
    /// `vars(value)` (`through_vars`) or `value.__dict__`: the attributes of
    /// an instance, as a new dict in the order CPython's instance dict has
    /// them. CPython's is a live view of the object, so inference accepts
    /// this only where the dict is used at once (`typeinfer`'s
    /// `instance_dicts`).
    InstanceDict { value: Box<Expr>, through_vars: bool },
    /// `type(value) is T`, `type(value) == T` (or `is not`, `!=`, with
    /// `negate`), and `type(value) in (T, U)`, where each T is a built-in
    /// type named by its builtin (`int`, `str`, `list`...): whether the
    /// value's exact type is one of them (a bool is not an int here).
    ExactType { value: Box<Expr>, types: Vec<Builtin>, negate: bool },
    /// `yield value` (`yield` alone yields None). Its own value is None:
    /// `send` is not supported, so nothing else can resume a generator.
    Yield(Option<Box<Expr>>),
    /// `yield from iterable`: yields each item; its value is the
    /// generator's return value (None for other iterables).
    YieldFrom(Box<Expr>),
    /// An f-string: literal text and formatted fields, joined in order.
    FormattedString(Vec<FormatPart>),
    /// `"template".format(...)` with a literal template: the arguments
    /// (positional, then keyword values, in source order) are evaluated once,
    /// then the parts are joined, their fields naming arguments by index.
    StrFormat { arguments: Vec<Expr>, parts: Vec<FormatPart> },
    /// `"template" % value` with a literal template.
    PercentFormat { parts: Vec<PercentPart>, value: Box<Expr>, template: String },
}

/// A piece of a `%` template.
#[derive(Debug)]
pub enum PercentPart {
    Literal(String),
    /// One conversion: `kind` is the printf type (`s r c d i u x X o e E f F
    /// g G`), `spec` the equivalent format spec. `invalid` holds CPython's
    /// ValueError for an unknown type character, raised after the conversion
    /// takes its argument.
    Conversion { kind: char, spec: String, invalid: Option<String> },
    Error { kind: TemplateErrorKind, message: String },
}

#[derive(Debug)]
pub enum FormatPart {
    Literal(String),
    /// `{value!conversion:spec}`; the spec is itself an f-string (it may hold
    /// nested fields such as `{x:{width}}`), empty when absent.
    Field { source: FieldSource, conversion: Conversion, spec: Vec<FormatPart> },
    /// An error CPython raises when formatting reaches this point of a
    /// `str.format` template (a lone brace, a missing argument, ...).
    Error { kind: TemplateErrorKind, message: String },
}

/// Where a formatted field's value comes from.
#[derive(Debug)]
pub enum FieldSource {
    /// An f-string's expression.
    Expr(Box<Expr>),
    /// The argument at this index of the enclosing `StrFormat`.
    Argument(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateErrorKind {
    ValueError,
    IndexError,
    KeyError,
}

/// The `!s` / `!r` conversion of an f-string field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
}

#[derive(Debug)]
pub struct Keyword {
    /// The parameter name, or `**` for a `**mapping` argument (whose value
    /// is the mapping).
    pub name: String,
    pub value: Expr,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::TrueDiv => "/",
            BinaryOp::FloorDiv => "//",
            BinaryOp::Mod => "%",
            BinaryOp::Pow => "**",
            BinaryOp::LShift => "<<",
            BinaryOp::RShift => ">>",
            BinaryOp::BitOr => "|",
            BinaryOp::BitXor => "^",
            BinaryOp::BitAnd => "&",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Not,
    Negate,
    Plus,
    Invert,
}

impl UnaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            UnaryOp::Not => "not",
            UnaryOp::Negate => "unary -",
            UnaryOp::Plus => "unary +",
            UnaryOp::Invert => "unary ~",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CompareOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CompareOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Eq => "==",
            CompareOp::NotEq => "!=",
            CompareOp::Lt => "<",
            CompareOp::LtE => "<=",
            CompareOp::Gt => ">",
            CompareOp::GtE => ">=",
            CompareOp::Is => "is",
            CompareOp::IsNot => "is not",
            CompareOp::In => "in",
            CompareOp::NotIn => "not in",
        }
    }
}

/// The built-in functions Taipan compiles natively.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Builtin {
    Print,
    Int,
    Float,
    Str,
    Bool,
    Abs,
    Min,
    Max,
    Round,
    Len,
    Ord,
    Chr,
    Divmod,
    Pow,
    Range,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Enumerate,
    Zip,
    Reversed,
    Sorted,
    Sum,
    Any,
    All,
    Map,
    Filter,
    IsInstance,
    IsSubclass,
    Hash,
    Repr,
    Format,
    /// `next(iterator[, default])`.
    Next,
    /// `iter(iterable)`: parser-bridge lowers a call of it to a generator
    /// over the iterable, so later stages see `Iter` only as a value.
    Iter,
    /// A function of the natively provided `math` module.
    Math(MathFunction),
    /// `sys.exit`.
    SysExit,
    /// `getattr(obj, name[, default])` with a name known only at run time
    /// (a literal name is lowered to `obj.name`).
    GetAttr,
    /// `hasattr(obj, name)`.
    HasAttr,
    /// `setattr(obj, name, value)` with a name known only at run time.
    SetAttr,
    /// `delattr(obj, name)`, and `del obj.name`.
    DelAttr,
}

/// The functions of `math` Taipan provides natively.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MathFunction {
    Sqrt,
    Floor,
    Ceil,
    Trunc,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Atan2,
    Sinh,
    Cosh,
    Tanh,
    Exp,
    Log,
    Log10,
    Log2,
    Pow,
    Fabs,
    Hypot,
    Copysign,
    Degrees,
    Radians,
    IsNan,
    IsInf,
    IsFinite,
    Gcd,
    Factorial,
    Isqrt,
}

impl MathFunction {
    pub const ALL: [MathFunction; 30] = [
        MathFunction::Sqrt,
        MathFunction::Floor,
        MathFunction::Ceil,
        MathFunction::Trunc,
        MathFunction::Sin,
        MathFunction::Cos,
        MathFunction::Tan,
        MathFunction::Asin,
        MathFunction::Acos,
        MathFunction::Atan,
        MathFunction::Atan2,
        MathFunction::Sinh,
        MathFunction::Cosh,
        MathFunction::Tanh,
        MathFunction::Exp,
        MathFunction::Log,
        MathFunction::Log10,
        MathFunction::Log2,
        MathFunction::Pow,
        MathFunction::Fabs,
        MathFunction::Hypot,
        MathFunction::Copysign,
        MathFunction::Degrees,
        MathFunction::Radians,
        MathFunction::IsNan,
        MathFunction::IsInf,
        MathFunction::IsFinite,
        MathFunction::Gcd,
        MathFunction::Factorial,
        MathFunction::Isqrt,
    ];

    pub fn name(self) -> &'static str {
        match self {
            MathFunction::Sqrt => "sqrt",
            MathFunction::Floor => "floor",
            MathFunction::Ceil => "ceil",
            MathFunction::Trunc => "trunc",
            MathFunction::Sin => "sin",
            MathFunction::Cos => "cos",
            MathFunction::Tan => "tan",
            MathFunction::Asin => "asin",
            MathFunction::Acos => "acos",
            MathFunction::Atan => "atan",
            MathFunction::Atan2 => "atan2",
            MathFunction::Sinh => "sinh",
            MathFunction::Cosh => "cosh",
            MathFunction::Tanh => "tanh",
            MathFunction::Exp => "exp",
            MathFunction::Log => "log",
            MathFunction::Log10 => "log10",
            MathFunction::Log2 => "log2",
            MathFunction::Pow => "pow",
            MathFunction::Fabs => "fabs",
            MathFunction::Hypot => "hypot",
            MathFunction::Copysign => "copysign",
            MathFunction::Degrees => "degrees",
            MathFunction::Radians => "radians",
            MathFunction::IsNan => "isnan",
            MathFunction::IsInf => "isinf",
            MathFunction::IsFinite => "isfinite",
            MathFunction::Gcd => "gcd",
            MathFunction::Factorial => "factorial",
            MathFunction::Isqrt => "isqrt",
        }
    }

    pub fn from_name(name: &str) -> Option<MathFunction> {
        MathFunction::ALL.iter().copied().find(|function| function.name() == name)
    }
}

impl Builtin {
    pub const ALL: [Builtin; 40] = [
        Builtin::Print,
        Builtin::Int,
        Builtin::Float,
        Builtin::Str,
        Builtin::Bool,
        Builtin::Abs,
        Builtin::Min,
        Builtin::Max,
        Builtin::Round,
        Builtin::Len,
        Builtin::Ord,
        Builtin::Chr,
        Builtin::Divmod,
        Builtin::Pow,
        Builtin::Range,
        Builtin::List,
        Builtin::Tuple,
        Builtin::Dict,
        Builtin::Set,
        Builtin::FrozenSet,
        Builtin::Enumerate,
        Builtin::Zip,
        Builtin::Reversed,
        Builtin::Sorted,
        Builtin::Sum,
        Builtin::Any,
        Builtin::All,
        Builtin::Map,
        Builtin::Filter,
        Builtin::IsInstance,
        Builtin::IsSubclass,
        Builtin::Hash,
        Builtin::Repr,
        Builtin::Format,
        Builtin::Next,
        Builtin::Iter,
        Builtin::GetAttr,
        Builtin::HasAttr,
        Builtin::SetAttr,
        Builtin::DelAttr,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Builtin::Print => "print",
            Builtin::Int => "int",
            Builtin::Float => "float",
            Builtin::Str => "str",
            Builtin::Bool => "bool",
            Builtin::Abs => "abs",
            Builtin::Min => "min",
            Builtin::Max => "max",
            Builtin::Round => "round",
            Builtin::Len => "len",
            Builtin::Ord => "ord",
            Builtin::Chr => "chr",
            Builtin::Divmod => "divmod",
            Builtin::Pow => "pow",
            Builtin::Range => "range",
            Builtin::List => "list",
            Builtin::Tuple => "tuple",
            Builtin::Dict => "dict",
            Builtin::Set => "set",
            Builtin::FrozenSet => "frozenset",
            Builtin::Enumerate => "enumerate",
            Builtin::Zip => "zip",
            Builtin::Reversed => "reversed",
            Builtin::Sorted => "sorted",
            Builtin::Sum => "sum",
            Builtin::Any => "any",
            Builtin::All => "all",
            Builtin::Map => "map",
            Builtin::Filter => "filter",
            Builtin::IsInstance => "isinstance",
            Builtin::IsSubclass => "issubclass",
            Builtin::Hash => "hash",
            Builtin::Repr => "repr",
            Builtin::Format => "format",
            Builtin::Next => "next",
            Builtin::Iter => "iter",
            Builtin::Math(function) => function.name(),
            Builtin::SysExit => "exit",
            Builtin::GetAttr => "getattr",
            Builtin::HasAttr => "hasattr",
            Builtin::SetAttr => "setattr",
            Builtin::DelAttr => "delattr",
        }
    }

    pub fn from_name(name: &str) -> Option<Builtin> {
        Builtin::ALL.iter().copied().find(|builtin| builtin.name() == name)
    }
}

/// Names CPython provides as builtins that Taipan does not compile yet; using one
/// is an `unsupported` diagnostic rather than a `NameError`.
pub const OTHER_PYTHON_BUILTINS: &[&str] = &[
    "ascii", "bin", "breakpoint", "bytearray", "bytes", "callable", "classmethod",
    "compile", "complex", "dir", "eval", "exec",
    "globals", "help", "hex", "id", "input",
    "locals", "memoryview", "object",
    "oct", "open", "property", "slice",
    "staticmethod", "super", "type", "vars", "__import__", "exit", "quit",
    "NotImplemented", "Ellipsis", "aiter", "anext", "copyright", "credits", "license",
    "BaseExceptionGroup", "ExceptionGroup",
];

impl Expr {
    /// Calls `visit` on each expression directly inside this one, in the
    /// order CPython evaluates them (a comprehension's parts in source
    /// order; a lambda's body is another function and is not visited).
    pub fn for_each_operand<'s>(&'s self, visit: &mut dyn FnMut(&'s Expr)) {
        match &self.kind {
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Str(_)
            | ExprKind::Variable(_)
            | ExprKind::Builtin(_)
            | ExprKind::Undefined(_)
            | ExprKind::Lambda(_)
            | ExprKind::Super { .. }
            | ExprKind::SysArgv
            | ExprKind::ForeignImport { .. } => {}
            ExprKind::Binary { left, right, .. } => {
                visit(left);
                visit(right);
            }
            ExprKind::Unary { operand, .. } | ExprKind::Starred(operand) | ExprKind::ClassOf(operand) | ExprKind::YieldFrom(operand) => visit(operand),
            ExprKind::InstanceDict { value, .. } | ExprKind::ExactType { value, .. } | ExprKind::EnumMember { value, .. } | ExprKind::Attribute { value, .. } => visit(value),
            ExprKind::PercentFormat { value, .. } => visit(value),
            ExprKind::Yield(value) => value.iter().for_each(|value| visit(value)),
            ExprKind::BoolOp { values, .. } | ExprKind::Tuple(values) | ExprKind::List(values) | ExprKind::Set(values) => values.iter().for_each(|value| visit(value)),
            ExprKind::Compare { left, comparisons } => {
                visit(left);
                comparisons.iter().for_each(|(_, right)| visit(right));
            }
            ExprKind::IfElse { condition, then_value, else_value } => {
                visit(condition);
                visit(then_value);
                visit(else_value);
            }
            ExprKind::Call { callee, args, keywords } => {
                visit(callee);
                args.iter().for_each(|arg| visit(arg));
                keywords.iter().for_each(|keyword| visit(&keyword.value));
            }
            ExprKind::Index { value, index } => {
                visit(value);
                visit(index);
            }
            ExprKind::Slice { value, bounds } => {
                visit(value);
                bounds.for_each_bound(visit);
            }
            ExprKind::Dict(entries) => {
                for (key, value) in entries {
                    visit(key);
                    visit(value);
                }
            }
            ExprKind::Comprehension(comprehension) => {
                for clause in &comprehension.clauses {
                    visit(&clause.iterable);
                    clause.target.for_each_operand(visit);
                    clause.conditions.iter().for_each(|condition| visit(condition));
                }
                visit(&comprehension.element);
                comprehension.value.iter().for_each(|value| visit(value));
            }
            ExprKind::VmDefinition { uses, .. } => uses.iter().for_each(|(_, read)| visit(read)),
            ExprKind::FormattedString(parts) => for_each_format_operand(parts, visit),
            ExprKind::StrFormat { arguments, parts } => {
                arguments.iter().for_each(|argument| visit(argument));
                for_each_format_operand(parts, visit);
            }
        }
    }
}

/// Calls `visit` on each expression of formatted-string fields (and of
/// fields nested in their specs), in order.
pub fn for_each_format_operand<'s>(parts: &'s [FormatPart], visit: &mut dyn FnMut(&'s Expr)) {
    for part in parts {
        if let FormatPart::Field { source, spec, .. } = part {
            if let FieldSource::Expr(expr) = source {
                visit(expr);
            }
            for_each_format_operand(spec, visit);
        }
    }
}

impl SliceBounds {
    /// Calls `visit` on each bound given, start to step.
    pub fn for_each_bound<'s>(&'s self, visit: &mut dyn FnMut(&'s Expr)) {
        for bound in [&self.start, &self.stop, &self.step].into_iter().flatten() {
            visit(bound);
        }
    }
}

impl Target {
    /// Calls `visit` on the expressions a target evaluates (the container
    /// and index of `a[i] = ...`, the object of `o.x = ...`).
    pub fn for_each_operand<'s>(&'s self, visit: &mut dyn FnMut(&'s Expr)) {
        match self {
            Target::Variable { .. } => {}
            Target::Tuple { elements, .. } => elements.iter().for_each(|element| element.for_each_operand(visit)),
            Target::Index { value, index, .. } => {
                visit(value);
                visit(index);
            }
            Target::Slice { value, bounds, .. } => {
                visit(value);
                bounds.for_each_bound(visit);
            }
            Target::Attribute { value, .. } => visit(value),
        }
    }
}

impl Stmt {
    /// Calls `visit_expr` on each expression of this statement itself and
    /// `visit_body` on each statement list nested in it, in source order.
    pub fn for_each_part<'s>(&'s self, visit_expr: &mut dyn FnMut(&'s Expr), visit_body: &mut dyn FnMut(&'s [Stmt])) {
        match &self.kind {
            StmtKind::Expr(expr) => visit_expr(expr),
            StmtKind::Assign { targets, value } => {
                visit_expr(value);
                targets.iter().for_each(|target| target.for_each_operand(visit_expr));
            }
            StmtKind::AugAssign { target, value, .. } => {
                target.for_each_operand(visit_expr);
                visit_expr(value);
            }
            StmtKind::If { condition, then_body, else_body } | StmtKind::While { condition, body: then_body, else_body } => {
                visit_expr(condition);
                visit_body(then_body);
                visit_body(else_body);
            }
            StmtKind::For { target, iterable, body, else_body } => {
                visit_expr(iterable);
                target.for_each_operand(visit_expr);
                visit_body(body);
                visit_body(else_body);
            }
            StmtKind::Return(value) => value.iter().for_each(|value| visit_expr(value)),
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass | StmtKind::MethodDef { .. } => {}
            StmtKind::FunctionDef { decorated, .. } => decorated.iter().for_each(|decorated| visit_expr(decorated)),
            StmtKind::ClassDef { body, .. } => visit_body(body),
            StmtKind::Assert { test, message } => {
                visit_expr(test);
                message.iter().for_each(|message| visit_expr(message));
            }
            StmtKind::Delete(targets) => targets.iter().for_each(|target| target.for_each_operand(visit_expr)),
            StmtKind::Try { body, handlers, else_body, finally_body } => {
                visit_body(body);
                for handler in handlers {
                    handler.classes.iter().for_each(|class| visit_expr(class));
                    visit_body(&handler.body);
                }
                visit_body(else_body);
                visit_body(finally_body);
            }
            StmtKind::Raise { exception, cause, .. } => {
                exception.iter().for_each(|exception| visit_expr(exception));
                cause.iter().for_each(|cause| visit_expr(cause));
            }
            StmtKind::Import { assignments, .. } => assignments.iter().for_each(|(_, value)| visit_expr(value)),
        }
    }
}
