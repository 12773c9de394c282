//! Module-level code generation: the runtime declarations, globals, string
//! constants, one LLVM function per function instance, `main`, optimisation
//! and output.

use crate::emit::FunctionEmitter;
use indexmap::IndexMap;
use inkwell::attributes::{Attribute, AttributeLoc};
use inkwell::builder::BuilderError;
use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine};
use inkwell::types::{BasicMetadataTypeEnum, BasicType, BasicTypeEnum, StructType};
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, FunctionValue, GlobalValue, PointerValue};
use inkwell::IntPredicate;
use inkwell::{AddressSpace, OptimizationLevel};
use std::path::Path;
use taipan_abi::{str_flags, type_tag, AbiType, ExceptionKind, GLOBAL_NAME_ENTRY_FIELDS, STR_OBJECT_FIELDS};
use taipan_parser_bridge::hir::{ClassId, FunctionId, GlobalId, GlobalKind, Program};
use taipan_parser_bridge::source::Span;
use taipan_parser_bridge::Diagnostic;
use taipan_typeinfer::{InstanceId, Type, TypedProgram};

/// CPython's default recursion limit; the module frame counts as one level.
/// Each function receives its frame's depth as a hidden first argument (module
/// code is depth 1), so the check costs a compare on a register: no global
/// counter to update or restore.
pub const RECURSION_LIMIT: u64 = 1000;

/// How many extra copies of a self-recursive function to emit (see
/// `ModuleGenerator::recursion_partners`).
const RECURSION_UNROLL_COPIES: usize = 2;
const MAX_UNROLLED_STATEMENTS: usize = 24;

fn statement_count(body: &[taipan_parser_bridge::hir::Stmt]) -> usize {
    use taipan_parser_bridge::hir::StmtKind;
    body.iter()
        .map(|stmt| {
            1 + match &stmt.kind {
                StmtKind::If { then_body, else_body, .. } => statement_count(then_body) + statement_count(else_body),
                StmtKind::While { body, else_body, .. } | StmtKind::For { body, else_body, .. } => {
                    statement_count(body) + statement_count(else_body)
                }
                StmtKind::Try { body, handlers, else_body, finally_body } => {
                    statement_count(body)
                        + handlers.iter().map(|handler| statement_count(&handler.body)).sum::<usize>()
                        + statement_count(else_body)
                        + statement_count(finally_body)
                }
                _ => 0,
            }
        })
        .sum()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptLevel {
    O0,
    O1,
    O2,
    O3,
}

impl OptLevel {
    fn pipeline(self) -> Option<&'static str> {
        match self {
            OptLevel::O0 => None,
            OptLevel::O1 => Some("default<O1>"),
            OptLevel::O2 => Some("default<O2>"),
            OptLevel::O3 => Some("default<O3>"),
        }
    }

    fn llvm(self) -> OptimizationLevel {
        match self {
            OptLevel::O0 => OptimizationLevel::None,
            OptLevel::O1 => OptimizationLevel::Less,
            OptLevel::O2 => OptimizationLevel::Default,
            OptLevel::O3 => OptimizationLevel::Aggressive,
        }
    }
}

/// An internal failure while emitting IR; always a Taipan bug. It carries the
/// span of the innermost statement being compiled when it happened.
#[derive(Debug)]
pub struct CodegenError {
    pub message: String,
    pub span: Option<Span>,
}

impl CodegenError {
    pub fn new(message: impl Into<String>) -> CodegenError {
        CodegenError { message: message.into(), span: None }
    }

    /// Attaches `span` unless a more precise one is already there.
    pub fn at(mut self, span: Span) -> CodegenError {
        self.span.get_or_insert(span);
        self
    }
}

impl From<BuilderError> for CodegenError {
    fn from(error: BuilderError) -> Self {
        CodegenError::new(format!("LLVM builder error: {error:?}"))
    }
}

pub type CodegenResult<T> = Result<T, CodegenError>;

/// A compiled LLVM module, ready to print or write.
pub struct CompiledModule {
    /// Kept alive for the module's lifetime; the module borrows from it.
    ir: String,
    assembly: Option<String>,
    object: Vec<u8>,
    /// The object calls `libtaipan_vm.a` (it must link it and libpython).
    uses_cpython: bool,
}

impl CompiledModule {
    pub(crate) fn new(ir: String, assembly: Option<String>, object: Vec<u8>, uses_cpython: bool) -> CompiledModule {
        CompiledModule { ir, assembly, object, uses_cpython }
    }

    /// Whether the program needs the embedded CPython: it must be linked
    /// with `libtaipan_vm.a` and libpython instead of the runtime alone.
    pub fn uses_cpython(&self) -> bool {
        self.uses_cpython
    }

    pub fn ir(&self) -> &str {
        &self.ir
    }

    pub fn assembly(&self) -> Option<&str> {
        self.assembly.as_deref()
    }

    pub fn object(&self) -> &[u8] {
        &self.object
    }
}

fn internal(message: impl Into<String>, program: &Program) -> Diagnostic {
    let init = program.module(program.main_module).init;
    Diagnostic::internal(message, program.function(init).span)
}

/// Compiles the program to an LLVM module at `opt_level`, returning its IR and
/// object code (and assembly when `want_assembly`).
pub fn compile_program(
    program: &Program,
    typed: &TypedProgram,
    opt_level: OptLevel,
    want_assembly: bool,
) -> Result<CompiledModule, Vec<Diagnostic>> {
    compile_module(program, typed, opt_level, want_assembly, None)
}

/// Compiles the program as the CPython extension module `module_name`
/// (`taipan ext`): an object with `PyInit_<module_name>`, to be linked into
/// a shared library with the VM library.
pub fn compile_extension(program: &Program, typed: &TypedProgram, opt_level: OptLevel, module_name: &str) -> Result<CompiledModule, Vec<Diagnostic>> {
    let mut compiled = compile_module(program, typed, opt_level, false, Some(module_name.to_string()))?;
    compiled.uses_cpython = true;
    Ok(compiled)
}

fn compile_module(
    program: &Program,
    typed: &TypedProgram,
    opt_level: OptLevel,
    want_assembly: bool,
    extension: Option<String>,
) -> Result<CompiledModule, Vec<Diagnostic>> {
    let context = Context::create();
    let machine = target_machine(opt_level).map_err(|message| vec![internal(message, program)])?;
    let module = context.create_module("__main__");
    module.set_triple(&machine.get_triple());
    module.set_data_layout(&machine.get_target_data().get_data_layout());
    let mut generator = ModuleGenerator::new(&context, module, program, typed);
    generator.extension = extension;
    generator.generate().map_err(|error| {
        let diagnostic = match error.span {
            Some(span) => Diagnostic::internal(error.message, span),
            None => internal(error.message, program),
        };
        vec![diagnostic.with_note("this is a bug in Taipan")]
    })?;
    let module = generator.module;
    if let Err(message) = module.verify() {
        // For Taipan's own debugging: the rejected IR, whole.
        if let Some(path) = std::env::var_os("TAIPAN_REJECTED_IR") {
            let _ = std::fs::write(path, module.print_to_string().to_string());
        }
        return Err(vec![internal(format!("LLVM rejected the generated IR: {}", message.to_string()), program)]);
    }
    // Generators are coroutines, which only LLVM's coroutine passes make
    // into ordinary functions: even unoptimised code runs those.
    let has_generators = program.functions.iter().any(|function| function.is_generator);
    let pipeline = match opt_level.pipeline() {
        None if has_generators => Some("default<O0>"),
        other => other,
    };
    if let Some(pipeline) = pipeline {
        // The C API's defaults switch these off; `opt -O2` and clang have them on.
        let options = PassBuilderOptions::create();
        options.set_loop_vectorization(true);
        options.set_loop_slp_vectorization(true);
        options.set_loop_interleaving(true);
        options.set_loop_unrolling(true);
        module
            .run_passes(pipeline, &machine, options)
            .map_err(|message| vec![internal(format!("LLVM optimisation failed: {message}"), program)])?;
    }
    let ir = module.print_to_string().to_string();
    let assembly = if want_assembly {
        let buffer = machine
            .write_to_memory_buffer(&module, FileType::Assembly)
            .map_err(|message| vec![internal(format!("LLVM could not emit assembly: {message}"), program)])?;
        Some(String::from_utf8_lossy(buffer.as_slice()).into_owned())
    } else {
        None
    };
    let object = machine
        .write_to_memory_buffer(&module, FileType::Object)
        .map_err(|message| vec![internal(format!("LLVM could not emit an object file: {message}"), program)])?
        .as_slice()
        .to_vec();
    Ok(CompiledModule { ir, assembly, object, uses_cpython: !typed.vm_places.is_empty() })
}

/// The target machine for this host, with a generic CPU so that executables
/// run on any x86-64 machine (as `gcc -O2` builds do).
pub(crate) fn target_machine(opt_level: OptLevel) -> Result<TargetMachine, String> {
    Target::initialize_native(&InitializationConfig::default())?;
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|message| message.to_string())?;
    let cpu = if triple.as_str().to_string_lossy().starts_with("x86_64") { "x86-64" } else { "generic" };
    target
        .create_target_machine(&triple, cpu, "", opt_level.llvm(), RelocMode::PIC, CodeModel::Default)
        .ok_or_else(|| format!("LLVM cannot create a target machine for {}", triple.as_str().to_string_lossy()))
}

/// Writes `object` to `path`.
#[allow(dead_code)]
pub fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, bytes)
}

/// Storage of one module global: its value slot (absent for functions and
/// for globals never assigned) and its "has been bound" flag.
#[derive(Clone, Copy)]
pub(crate) struct GlobalSlot<'ctx> {
    pub value: Option<GlobalValue<'ctx>>,
    pub bound: Option<GlobalValue<'ctx>>,
}

pub(crate) struct ModuleGenerator<'ctx, 'p> {
    pub context: &'ctx Context,
    pub module: Module<'ctx>,
    pub program: &'p Program,
    pub typed: &'p TypedProgram,
    pub str_type: StructType<'ctx>,
    pub runtime: IndexMap<&'static str, FunctionValue<'ctx>>,
    pub instance_functions: Vec<FunctionValue<'ctx>>,
    /// The trampolines through which CPython calls the program's functions
    /// (see `emit::native_functions`), by instance.
    pub native_function_trampolines: IndexMap<taipan_typeinfer::InstanceId, FunctionValue<'ctx>>,
    /// For instances that call themselves: an identical second copy. The two
    /// call each other, so LLVM's inliner (which never inlines a function into
    /// itself) can inline one into the other: recursion unrolled once, as gcc
    /// does for recursive C functions.
    pub recursion_partners: Vec<Vec<FunctionValue<'ctx>>>,
    pub globals: Vec<GlobalSlot<'ctx>>,
    pub defaults: IndexMap<(FunctionId, usize), GlobalValue<'ctx>>,
    pub str_constants: IndexMap<String, GlobalValue<'ctx>>,
    /// For each imported module, the flag its first import sets before running it.
    pub module_started: IndexMap<u32, GlobalValue<'ctx>>,
    /// Globals bound by a module-level `def` that runs before any statement
    /// of its module that could run user code: inside function bodies of that
    /// module they are always bound, so calls skip the `NameError` check.
    pub defined_before_any_call: std::collections::HashSet<GlobalId>,
    pub tbaa_tags: IndexMap<String, inkwell::values::MetadataValue<'ctx>>,
    /// Type descriptors, by the type's display form.
    pub descriptors: IndexMap<String, GlobalValue<'ctx>>,
    /// The module's `taipan_abi::GlobalNameEntry` table, made on first use.
    global_names: Option<(PointerValue<'ctx>, usize)>,
    /// Each class's `taipan_abi::ClassDescriptor`, made on first use.
    class_descriptors: IndexMap<ClassId, GlobalValue<'ctx>>,
    /// For `isinstance(x, C)`: a byte per class id, 1 for C's subclasses.
    subclass_tables: IndexMap<ClassId, GlobalValue<'ctx>>,
    /// The name of the CPython extension module being built (`taipan
    /// ext`): the object then has `PyInit_<name>` instead of `main`.
    pub extension: Option<String>,
}

/// The LLVM struct type of a str object, built from the ABI's field list.
pub(crate) fn str_struct_type(context: &Context) -> StructType<'_> {
    let fields: Vec<BasicTypeEnum> = STR_OBJECT_FIELDS.iter().map(|field| abi_basic_type(context, field.abi)).collect();
    let struct_type = context.opaque_struct_type("taipan.str");
    struct_type.set_body(&fields, false);
    struct_type
}

/// For each module, the `def`s at its top level that come before the first
/// statement that could run user code (a call, a comprehension, an import of
/// a program module, ...): by the time any function of the module runs, those
/// names are bound.
fn early_definitions(program: &Program) -> std::collections::HashSet<GlobalId> {
    use taipan_parser_bridge::hir::{ExprKind, StmtKind, Variable};
    fn may_run_code(expr: &taipan_parser_bridge::hir::Expr) -> bool {
        match &expr.kind {
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::None | ExprKind::Str(_) | ExprKind::Variable(_) | ExprKind::Builtin(_) | ExprKind::Lambda(_) => false,
            ExprKind::Unary { operand, .. } => may_run_code(operand),
            ExprKind::Binary { left, right, .. } => may_run_code(left) || may_run_code(right),
            ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => items.iter().any(may_run_code),
            ExprKind::Dict(items) => items.iter().any(|(key, value)| may_run_code(key) || may_run_code(value)),
            _ => true,
        }
    }
    let mut early = std::collections::HashSet::new();
    for module in &program.modules {
        let init = program.function(module.init);
        for stmt in &init.body {
            match &stmt.kind {
                StmtKind::FunctionDef { function, target: Variable::Global(global), decorated: None } => {
                    let defaults_run_code = program.function(*function).params.iter().any(|param| param.default.as_ref().is_some_and(may_run_code));
                    if defaults_run_code {
                        break;
                    }
                    early.insert(*global);
                }
                StmtKind::Assign { value, .. } if !may_run_code(value) => {}
                StmtKind::Import { modules, assignments } if modules.is_empty() && assignments.iter().all(|(_, value)| !may_run_code(value)) => {}
                StmtKind::Pass => {}
                _ => break,
            }
        }
    }
    early
}

/// The LLVM struct type of a type descriptor, from the ABI's field list.
pub(crate) fn descriptor_struct_type(context: &Context) -> StructType<'_> {
    let fields: Vec<BasicTypeEnum> = taipan_abi::TYPE_DESCRIPTOR_FIELDS.iter().map(|field| abi_basic_type(context, field.abi)).collect();
    context.struct_type(&fields, false)
}

/// The LLVM struct type of a list object, from the ABI's field list.
pub(crate) fn list_struct_type(context: &Context) -> StructType<'_> {
    let fields: Vec<BasicTypeEnum> = taipan_abi::LIST_OBJECT_FIELDS.iter().map(|field| abi_basic_type(context, field.abi)).collect();
    context.struct_type(&fields, false)
}

/// What the runtime expects back from a special method it calls.
#[derive(Debug, Clone, Copy)]
enum SpecialMethodResult {
    /// A comparison or `__len__`: the truth of the result, as a byte.
    Truth,
    /// `__hash__`: the int.
    Hash,
    /// `__bool__`: a bool, as CPython requires.
    Bool,
}

/// The LLVM struct of an ABI field list, in order and unpacked.
pub(crate) fn abi_struct_type<'ctx>(context: &'ctx Context, fields: &[taipan_abi::FieldLayout]) -> StructType<'ctx> {
    let fields: Vec<BasicTypeEnum> = fields.iter().map(|field| abi_basic_type(context, field.abi)).collect();
    context.struct_type(&fields, false)
}

/// The `T` of a union `T | None` that codegen holds in the optional
/// representation (`emit/optional.rs`) rather than in a box: `T` a scalar,
/// a str or a container, whose slot conversions never read memory. Other
/// unions (tuples or instances among the members, or more than one type
/// beside None) are boxes.
pub(crate) fn optional_payload(t: &Type) -> Option<&Type> {
    let Type::Union(members) = t else { return None };
    let payload = match members.as_slice() {
        [Type::None, payload] | [payload, Type::None] => payload,
        _ => return None,
    };
    matches!(
        payload,
        Type::Int | Type::Float | Type::Bool | Type::Str | Type::List(_) | Type::Dict(_) | Type::Set(_) | Type::FrozenSet(_) | Type::VarTuple(_)
    )
    .then_some(payload)
}

pub(crate) fn abi_basic_type(context: &Context, abi: AbiType) -> BasicTypeEnum<'_> {
    match abi {
        AbiType::I8 => context.i8_type().into(),
        AbiType::I32 => context.i32_type().into(),
        AbiType::I64 | AbiType::Void => context.i64_type().into(),
        AbiType::F64 => context.f64_type().into(),
        AbiType::Ptr => context.ptr_type(AddressSpace::default()).into(),
    }
}

impl<'ctx, 'p> ModuleGenerator<'ctx, 'p> {
    fn new(context: &'ctx Context, module: Module<'ctx>, program: &'p Program, typed: &'p TypedProgram) -> Self {
        let str_type = str_struct_type(context);
        ModuleGenerator {
            context,
            module,
            program,
            typed,
            str_type,
            runtime: IndexMap::new(),
            instance_functions: Vec::new(),
            native_function_trampolines: IndexMap::new(),
            recursion_partners: Vec::new(),
            globals: Vec::new(),
            defaults: IndexMap::new(),
            str_constants: IndexMap::new(),
            descriptors: IndexMap::new(),
            tbaa_tags: IndexMap::new(),
            module_started: IndexMap::new(),
            global_names: None,
            defined_before_any_call: early_definitions(program),
            class_descriptors: IndexMap::new(),
            subclass_tables: IndexMap::new(),
            extension: None,
        }
    }

    /// The LLVM type that holds a value of `t`. `None` and never-produced
    /// values are `i1` placeholders nobody reads.
    pub fn llvm_type(&self, t: &Type) -> BasicTypeEnum<'ctx> {
        match t {
            Type::Int | Type::Functions(_) => self.context.i64_type().into(),
            Type::Float => self.context.f64_type().into(),
            Type::Bool | Type::None | Type::Unknown | Type::Function(_) | Type::Spread(_) => self.context.bool_type().into(),
            // `T | None`: whether a `T` is present, and the `T`
            // (`emit/optional.rs`).
            Type::Union(_) if optional_payload(t).is_some() => {
                let payload = optional_payload(t).map(|payload| self.llvm_type(payload)).unwrap_or_else(|| self.context.bool_type().into());
                self.context.struct_type(&[self.context.bool_type().into(), payload], false).into()
            }
            // Any other value of the dynamic tier: a `taipan_abi::DynamicBox`
            // pointer.
            Type::Union(_)
            | Type::Str
            | Type::List(_)
            | Type::Dict(_)
            | Type::Set(_)
            | Type::FrozenSet(_)
            | Type::VarTuple(_)
            | Type::DictView(..)
            | Type::Closure { .. }
            | Type::Class { .. }
            | Type::Generator(_)
            | Type::BoundMethod { .. }
            | Type::Foreign
            | Type::Instance { .. } => self.context.ptr_type(AddressSpace::default()).into(),
            Type::Range => {
                let i64_type = self.context.i64_type();
                self.context.struct_type(&[i64_type.into(), i64_type.into(), i64_type.into()], false).into()
            }
            Type::Tuple(members) => {
                let fields: Vec<BasicTypeEnum> = members.iter().map(|member| self.llvm_type(member)).collect();
                self.context.struct_type(&fields, false).into()
            }
        }
    }

    /// Whether values of `t` are passed and returned (None and never are not).
    pub fn has_value(t: &Type) -> bool {
        !matches!(t, Type::None | Type::Unknown | Type::Function(_) | Type::Spread(_))
    }

    /// The constant `taipan_abi::TypeDescriptor` of `t`, shared by every use
    /// of the same type.
    pub fn descriptor(&mut self, t: &Type) -> PointerValue<'ctx> {
        // Every instance type shares one descriptor: the runtime finds the
        // class in the object itself.
        let key = match t {
            Type::Instance { .. } => "instance".to_string(),
            Type::Class { .. } => "class".to_string(),
            // Every box carries the descriptor of what it holds.
            Type::Union(_) => "dynamic".to_string(),
            _ => t.to_string(),
        };
        if let Some(global) = self.descriptors.get(&key) {
            return global.as_pointer_value();
        }
        use taipan_abi::descriptor_kind as kind;
        let (code, children): (u32, Vec<Type>) = match t {
            // A function among several is its id: equal and hashed as one.
            Type::Int | Type::Functions(_) => (kind::INT, vec![]),
            Type::Float => (kind::FLOAT, vec![]),
            Type::Bool => (kind::BOOL, vec![]),
            Type::Str => (kind::STR, vec![]),
            Type::Tuple(members) => (kind::TUPLE, members.clone()),
            Type::List(c) => (kind::LIST, vec![c.element().clone()]),
            Type::VarTuple(element) => (kind::VARTUPLE, vec![(**element).clone()]),
            Type::Set(c) => (kind::SET, vec![c.element().clone()]),
            Type::FrozenSet(c) => (kind::FROZENSET, vec![c.element().clone()]),
            Type::Dict(c) => (kind::DICT, vec![c.element().clone(), c.value().clone()]),
            Type::Instance { .. } => (kind::INSTANCE, vec![]),
            Type::Class { .. } => (kind::CLASS, vec![]),
            // Generators compare and hash by identity.
            Type::Generator(_) => (kind::GENERATOR, vec![]),
            // A bound method's descriptor names the method (children points
            // to its name, `taipan_abi::bound_method_name`).
            Type::BoundMethod { .. } => (kind::BOUND_METHOD, vec![]),
            Type::Union(_) => (kind::DYNAMIC, vec![]),
            Type::Foreign => (kind::FOREIGN, vec![]),
            Type::Range => (kind::RANGE, vec![]),
            // None, and element types of containers that never hold a value.
            _ => (kind::NONE, vec![]),
        };
        let mut child_pointers: Vec<PointerValue<'ctx>> = children.iter().map(|child| self.descriptor(child)).collect();
        if let Type::BoundMethod { name, .. } = t {
            child_pointers.push(self.str_constant(name));
        }
        let pointer_type = self.context.ptr_type(AddressSpace::default());
        let index = self.descriptors.len();
        let children_pointer = if child_pointers.is_empty() {
            pointer_type.const_null()
        } else {
            let array = pointer_type.const_array(&child_pointers);
            let global = self.module.add_global(array.get_type(), Some(AddressSpace::default()), &format!("type.{index}.children"));
            global.set_initializer(&array);
            global.set_constant(true);
            global.set_linkage(Linkage::Private);
            global.as_pointer_value()
        };
        let i32_type = self.context.i32_type();
        let descriptor_type = self.descriptor_type();
        let value = descriptor_type.const_named_struct(&[
            i32_type.const_int(code as u64, false).into(),
            i32_type.const_int(children.len() as u64, false).into(),
            children_pointer.into(),
        ]);
        let global = self.module.add_global(descriptor_type, Some(AddressSpace::default()), &format!("type.{index}"));
        global.set_initializer(&value);
        global.set_constant(true);
        global.set_linkage(Linkage::Private);
        self.descriptors.insert(key, global);
        global.as_pointer_value()
    }

    /// The descriptor an extension module converts CPython's objects into
    /// values of type `t` with: `descriptor(t)`, except that each instance
    /// type in it (at any depth) names the class it accepts and whether it
    /// accepts None (`taipan_abi::expected_instance_class`), so that the
    /// conversion checks the object's class.
    pub fn extension_descriptor(&mut self, t: &Type) -> CodegenResult<PointerValue<'ctx>> {
        if !Self::mentions_instances(t) {
            return Ok(self.descriptor(t));
        }
        let key = format!("extension {t:?}");
        if let Some(global) = self.descriptors.get(&key) {
            return Ok(global.as_pointer_value());
        }
        use taipan_abi::descriptor_kind as kind;
        let pointer_type = self.context.ptr_type(AddressSpace::default());
        let (code, words): (u32, Vec<PointerValue<'ctx>>) = match t {
            Type::Instance { class, or_none } => {
                let class_pointer = self.class_descriptor(ClassId(*class))?;
                // Any non-null word says None is accepted.
                let accepts_none = if *or_none { class_pointer } else { pointer_type.const_null() };
                (kind::INSTANCE, vec![class_pointer, accepts_none])
            }
            Type::Class { class } => (kind::CLASS, vec![self.class_descriptor(ClassId(*class))?, pointer_type.const_null()]),
            Type::Tuple(members) => (kind::TUPLE, members.iter().map(|member| self.extension_descriptor(member)).collect::<CodegenResult<_>>()?),
            Type::List(c) => (kind::LIST, vec![self.extension_descriptor(c.element())?]),
            Type::VarTuple(element) => (kind::VARTUPLE, vec![self.extension_descriptor(element)?]),
            Type::Set(c) => (kind::SET, vec![self.extension_descriptor(c.element())?]),
            Type::FrozenSet(c) => (kind::FROZENSET, vec![self.extension_descriptor(c.element())?]),
            Type::Dict(c) => (kind::DICT, vec![self.extension_descriptor(c.element())?, self.extension_descriptor(c.value())?]),
            _ => return Ok(self.descriptor(t)),
        };
        // An instance's or class's words are not child descriptors: its
        // count is 0.
        let count = if code == kind::INSTANCE || code == kind::CLASS { 0 } else { words.len() as u64 };
        let index = self.descriptors.len();
        let array = pointer_type.const_array(&words);
        let children = self.module.add_global(array.get_type(), Some(AddressSpace::default()), &format!("type.{index}.children"));
        children.set_initializer(&array);
        children.set_constant(true);
        children.set_linkage(Linkage::Private);
        let i32_type = self.context.i32_type();
        let value = self.descriptor_type().const_named_struct(&[
            i32_type.const_int(code as u64, false).into(),
            i32_type.const_int(count, false).into(),
            children.as_pointer_value().into(),
        ]);
        let global = self.module.add_global(self.descriptor_type(), Some(AddressSpace::default()), &format!("type.{index}"));
        global.set_initializer(&value);
        global.set_constant(true);
        global.set_linkage(Linkage::Private);
        self.descriptors.insert(key, global);
        Ok(global.as_pointer_value())
    }

    fn mentions_instances(t: &Type) -> bool {
        match t {
            Type::Instance { .. } | Type::Class { .. } => true,
            Type::Tuple(members) => members.iter().any(Self::mentions_instances),
            Type::List(c) | Type::Set(c) | Type::FrozenSet(c) => Self::mentions_instances(c.element()),
            Type::VarTuple(element) => Self::mentions_instances(element),
            Type::Dict(c) => Self::mentions_instances(c.element()) || Self::mentions_instances(c.value()),
            _ => false,
        }
    }

    /// The LLVM type of a box of the dynamic tier (`taipan_abi::DynamicBox`).
    pub fn dynamic_box_type(&self) -> StructType<'ctx> {
        abi_struct_type(self.context, taipan_abi::DYNAMIC_BOX_FIELDS)
    }

    pub fn descriptor_type(&self) -> StructType<'ctx> {
        descriptor_struct_type(self.context)
    }

    /// The LLVM type of an instance's head (`taipan_abi::InstanceObject`).
    pub fn instance_type(&self) -> StructType<'ctx> {
        let fields: Vec<BasicTypeEnum> = taipan_abi::INSTANCE_OBJECT_FIELDS.iter().map(|field| abi_basic_type(self.context, field.abi)).collect();
        self.context.struct_type(&fields, false)
    }

    pub fn class_descriptor_type(&self) -> StructType<'ctx> {
        let fields: Vec<BasicTypeEnum> = taipan_abi::CLASS_DESCRIPTOR_FIELDS.iter().map(|field| abi_basic_type(self.context, field.abi)).collect();
        self.context.struct_type(&fields, false)
    }

    /// The constant `taipan_abi::ClassDescriptor` of `class`: its names, id,
    /// field count and the `__repr__`/`__str__` instances the runtime calls.
    pub fn class_descriptor(&mut self, class: ClassId) -> CodegenResult<PointerValue<'ctx>> {
        if let Some(global) = self.class_descriptors.get(&class) {
            return Ok(global.as_pointer_value());
        }
        let def = self.program.class(class);
        let qualified_name = self.str_constant(&def.qualified_name);
        let name = self.str_constant(&def.name);
        let ancestors = self.ancestor_table(class);
        let module_prefix = format!("{}.", self.program.module(def.module).name);
        let qualname = self.str_constant(def.qualified_name.strip_prefix(&module_prefix).unwrap_or(&def.qualified_name));
        let field_count = self.typed.fields[self.typed.class_table.family_of(class)].len();
        let pointer_type = self.context.ptr_type(AddressSpace::default());
        let mut methods = Vec::new();
        for method in ["__repr__", "__str__"] {
            methods.push(match self.typed.protocol.get(&(class, method)) {
                Some(instance) => {
                    if self.typed.instance(*instance).return_type != Type::Str {
                        return Err(CodegenError::new(format!(
                            "{}.{method} must return a str (it returns {})",
                            def.name,
                            self.typed.instance(*instance).return_type
                        )));
                    }
                    self.instance_functions[instance.0 as usize].as_global_value().as_pointer_value()
                }
                None => pointer_type.const_null(),
            });
        }
        let mut comparisons = Vec::new();
        for name in taipan_abi::compare_method::NAMES {
            comparisons.push(match self.typed.protocol.get(&(class, name)) {
                Some(instance) => self.special_method_thunk(*instance, SpecialMethodResult::Truth)?.into(),
                None => pointer_type.const_null().into(),
            });
        }
        let hash: BasicValueEnum = match self.typed.protocol.get(&(class, "__hash__")) {
            Some(instance) => self.special_method_thunk(*instance, SpecialMethodResult::Hash)?.into(),
            None => pointer_type.const_null().into(),
        };
        // CPython tries `__bool__` first, then `__len__`.
        let truth: BasicValueEnum = match (self.typed.protocol.get(&(class, "__bool__")), self.typed.protocol.get(&(class, "__len__"))) {
            (Some(instance), _) => self.special_method_thunk(*instance, SpecialMethodResult::Bool)?.into(),
            (None, Some(instance)) => self.special_method_thunk(*instance, SpecialMethodResult::Truth)?.into(),
            (None, None) => pointer_type.const_null().into(),
        };
        let mut flags = 0;
        if self.typed.class_table.hash_resolution(self.program, class) == taipan_typeinfer::classes::HashResolution::Unhashable {
            flags |= taipan_abi::class_flags::UNHASHABLE;
        }
        if self.typed.class_table.is_subclass(class, taipan_typeinfer::BASE_EXCEPTION) {
            flags |= taipan_abi::class_flags::EXCEPTION;
        }
        if def.enum_members.is_some() {
            flags |= taipan_abi::class_flags::ENUM;
        }
        let i32_type = self.context.i32_type();
        let value = self.class_descriptor_type().const_named_struct(&[
            qualified_name.into(),
            name.into(),
            i32_type.const_int(class.0 as u64, false).into(),
            i32_type.const_int(field_count as u64, false).into(),
            i32_type.const_int(flags as u64, false).into(),
            methods[0].into(),
            methods[1].into(),
            comparisons[0],
            comparisons[1],
            comparisons[2],
            comparisons[3],
            comparisons[4],
            comparisons[5],
            hash,
            truth,
            qualname.into(),
            ancestors.into(),
        ]);
        let global = self.module.add_global(self.class_descriptor_type(), Some(AddressSpace::default()), &format!("class.{}", def.qualified_name));
        global.set_initializer(&value);
        global.set_constant(true);
        global.set_linkage(Linkage::Private);
        self.class_descriptors.insert(class, global);
        Ok(global.as_pointer_value())
    }

    /// The function the runtime calls for a special method instance
    /// (`taipan_abi::CompareMethod` or `HashMethod`): it calls the method
    /// and converts its result to what the runtime expects.
    fn special_method_thunk(&mut self, instance: InstanceId, result: SpecialMethodResult) -> CodegenResult<PointerValue<'ctx>> {
        let typed_instance = self.typed.instance(instance);
        let target = self.instance_functions[instance.0 as usize];
        let i64_type = self.context.i64_type();
        let i8_type = self.context.i8_type();
        let pointer_type = self.context.ptr_type(AddressSpace::default());
        let mut params: Vec<BasicMetadataTypeEnum> = vec![i64_type.into()];
        params.extend(typed_instance.arg_types.iter().map(|_| BasicMetadataTypeEnum::from(pointer_type)));
        let function_type = match result {
            SpecialMethodResult::Truth | SpecialMethodResult::Bool => i8_type.fn_type(&params, false),
            SpecialMethodResult::Hash => i64_type.fn_type(&params, false),
        };
        let name = format!("{}.special", target.get_name().to_string_lossy());
        let thunk = self.module.add_function(&name, function_type, Some(Linkage::Internal));
        let builder = self.context.create_builder();
        builder.position_at_end(self.context.append_basic_block(thunk, "entry"));
        let args: Vec<BasicMetadataValueEnum> = thunk.get_param_iter().map(BasicMetadataValueEnum::from).collect();
        let returned = builder.build_call(target, &args, "result")?.try_as_basic_value().basic();
        let return_type = typed_instance.return_type.clone();
        let method = self.program.function(typed_instance.function).name.clone();
        let converted: BasicValueEnum = match (result, &return_type, returned) {
            // A method that never returns (it always raises).
            (_, Type::Unknown, None) => match result {
                SpecialMethodResult::Hash => i64_type.const_zero().into(),
                _ => i8_type.const_zero().into(),
            },
            (SpecialMethodResult::Truth, Type::None, None) => i8_type.const_zero().into(),
            (SpecialMethodResult::Truth | SpecialMethodResult::Bool, Type::Bool, Some(value)) => builder.build_int_z_extend(value.into_int_value(), i8_type, "truth")?.into(),
            (SpecialMethodResult::Truth, Type::Int, Some(value)) => {
                if method == "__len__" {
                    // CPython's ValueError for a length below zero.
                    let negative = builder.build_int_compare(IntPredicate::SLT, value.into_int_value(), i64_type.const_zero(), "negative")?;
                    let raise_block = self.context.append_basic_block(thunk, "negative");
                    let fine = self.context.append_basic_block(thunk, "fine");
                    builder.build_conditional_branch(negative, raise_block, fine)?;
                    builder.position_at_end(raise_block);
                    let raise = self.runtime_function(taipan_abi::names::taipan_raise)?;
                    let kind = self.context.i32_type().const_int(ExceptionKind::ValueError as u64, false);
                    let text = self.str_constant("__len__() should return >= 0");
                    builder.build_call(raise, &[kind.into(), text.into()], "")?;
                    builder.build_unreachable()?;
                    builder.position_at_end(fine);
                }
                let nonzero = builder.build_int_compare(IntPredicate::NE, value.into_int_value(), i64_type.const_zero(), "nonzero")?;
                builder.build_int_z_extend(nonzero, i8_type, "truth")?.into()
            }
            (SpecialMethodResult::Hash, Type::Int, Some(value)) => value,
            (SpecialMethodResult::Hash, Type::Bool, Some(value)) => builder.build_int_z_extend(value.into_int_value(), i64_type, "hash")?.into(),
            // CPython's TypeError for a result of the wrong type, raised
            // when the runtime calls the method.
            (_, other, _) => {
                let message = match result {
                    SpecialMethodResult::Bool => format!("__bool__ should return bool, returned {}", other.python_name()),
                    SpecialMethodResult::Hash => "__hash__ method should return an integer".to_string(),
                    SpecialMethodResult::Truth if method == "__len__" => format!("'{}' object cannot be interpreted as an integer", other.python_name()),
                    SpecialMethodResult::Truth => {
                        return Err(CodegenError::new(format!("a {method} that returns {other} is not supported yet")));
                    }
                };
                let raise = self.runtime_function(taipan_abi::names::taipan_raise)?;
                let kind = self.context.i32_type().const_int(ExceptionKind::TypeError as u64, false);
                let text = self.str_constant(&message);
                builder.build_call(raise, &[kind.into(), text.into()], "")?;
                builder.build_unreachable()?;
                return Ok(thunk.as_global_value().as_pointer_value());
            }
        };
        builder.build_return(Some(&converted))?;
        Ok(thunk.as_global_value().as_pointer_value())
    }

    /// Whether an instance of static class `class` may have a class whose
    /// truth comes from `__bool__` or `__len__`.
    pub fn class_defines_truth(&self, class: ClassId) -> bool {
        self.typed.class_table.subclasses[class.0 as usize]
            .iter()
            .filter(|c| self.typed.instantiated[c.0 as usize])
            .any(|c| self.typed.protocol.contains_key(&(*c, "__bool__")) || self.typed.protocol.contains_key(&(*c, "__len__")))
    }

    /// A constant byte per class id: 1 when `class` derives from that class.
    fn ancestor_table(&mut self, class: ClassId) -> PointerValue<'ctx> {
        let name = format!("ancestors.{}", self.program.class(class).qualified_name);
        self.class_byte_table(&name, &|table, other| table.is_subclass(class, other)).as_pointer_value()
    }

    /// A constant byte per class id: 1 when that class derives from `class`.
    pub fn subclass_table(&mut self, class: ClassId) -> PointerValue<'ctx> {
        if let Some(global) = self.subclass_tables.get(&class) {
            return global.as_pointer_value();
        }
        let name = format!("subclasses.{}", self.program.class(class).qualified_name);
        let global = self.class_byte_table(&name, &|table, other| table.is_subclass(other, class));
        self.subclass_tables.insert(class, global);
        global.as_pointer_value()
    }

    /// A private constant array of a byte per class id, 1 where `holds`.
    fn class_byte_table(&mut self, name: &str, holds: &dyn Fn(&taipan_typeinfer::classes::ClassTable, ClassId) -> bool) -> GlobalValue<'ctx> {
        let i8_type = self.context.i8_type();
        let entries: Vec<_> =
            (0..self.program.classes.len()).map(|index| i8_type.const_int(u64::from(holds(&self.typed.class_table, ClassId(index as u32))), false)).collect();
        let array = i8_type.const_array(&entries);
        let global = self.module.add_global(array.get_type(), Some(AddressSpace::default()), name);
        global.set_initializer(&array);
        global.set_constant(true);
        global.set_linkage(Linkage::Private);
        global
    }

    /// The runtime function `name`, declared from the ABI table on first use so
    /// that the IR names only the functions the program needs.
    pub fn runtime_function(&mut self, name: &str) -> CodegenResult<FunctionValue<'ctx>> {
        if let Some(function) = self.runtime.get(name) {
            return Ok(*function);
        }
        let declaration = taipan_abi::runtime_function(name)
            .ok_or_else(|| CodegenError::new(format!("`{name}` is not in the runtime ABI")))?;
        let params: Vec<BasicMetadataTypeEnum> =
            declaration.params.iter().map(|abi| abi_basic_type(self.context, *abi).into()).collect();
        let function_type = match declaration.ret {
            AbiType::Void => self.context.void_type().fn_type(&params, false),
            abi => abi_basic_type(self.context, abi).fn_type(&params, false),
        };
        let function = self.module.add_function(declaration.name, function_type, Some(Linkage::External));
        let attribute = |name: &str| self.context.create_enum_attribute(Attribute::get_named_enum_kind_id(name), 0);
        // Not `nounwind`: a runtime function raises a Python exception by
        // unwinding through its caller.
        if declaration.diverges {
            function.add_attribute(AttributeLoc::Function, attribute("noreturn"));
            function.add_attribute(AttributeLoc::Function, attribute("cold"));
        }
        self.runtime.insert(declaration.name, function);
        Ok(function)
    }

    /// A constant str object for `text`, shared by every use of the same text.
    pub fn str_constant(&mut self, text: &str) -> PointerValue<'ctx> {
        if let Some(global) = self.str_constants.get(text) {
            return global.as_pointer_value();
        }
        let index = self.str_constants.len();
        let bytes = self.context.const_string(text.as_bytes(), false);
        let data = self.module.add_global(bytes.get_type(), Some(AddressSpace::default()), &format!("str.{index}.data"));
        data.set_initializer(&bytes);
        data.set_constant(true);
        data.set_linkage(Linkage::Private);
        data.set_unnamed_addr(true);
        let ascii = text.is_ascii();
        let flags = str_flags::STATIC | if ascii { str_flags::ASCII } else { 0 };
        let i32_type = self.context.i32_type();
        let i64_type = self.context.i64_type();
        let object = self.str_type.const_named_struct(&[
            i32_type.const_int(type_tag::STR as u64, false).into(),
            i32_type.const_int(flags as u64, false).into(),
            i64_type.const_int(text.len() as u64, false).into(),
            i64_type.const_int(text.chars().count() as u64, false).into(),
            data.as_pointer_value().into(),
            i64_type.const_int(taipan_abi::str_hash(text.as_bytes()) as u64, true).into(),
        ]);
        let global = self.module.add_global(self.str_type, Some(AddressSpace::default()), &format!("str.{index}"));
        global.set_initializer(&object);
        global.set_constant(true);
        global.set_linkage(Linkage::Private);
        self.str_constants.insert(text.to_string(), global);
        global.as_pointer_value()
    }

    fn declare_globals(&mut self) {
        for (index, global) in self.program.globals.iter().enumerate() {
            let global_type = &self.typed.global_types[index];
            let module_name = &self.program.module(global.module).name;
            let name = format!("{module_name}.{}", global.name);
            let slot = match global.kind {
                GlobalKind::ModuleName => GlobalSlot { value: None, bound: None },
                GlobalKind::Function(_) => GlobalSlot { value: None, bound: Some(self.flag_global(&format!("{name}.bound"))) },
                GlobalKind::Class(_) => GlobalSlot { value: None, bound: None },
                GlobalKind::Variable | GlobalKind::ClassAttribute(_) => {
                    let value = if Self::has_value(global_type) {
                        let llvm_type = self.llvm_type(global_type);
                        let value = self.module.add_global(llvm_type, Some(AddressSpace::default()), &name);
                        value.set_linkage(Linkage::Internal);
                        value.set_initializer(&llvm_type.const_zero());
                        Some(value)
                    } else {
                        None
                    };
                    GlobalSlot { value, bound: Some(self.flag_global(&format!("{name}.bound"))) }
                }
            };
            self.globals.push(slot);
        }
        for ((function, index), default_type) in &self.typed.default_types {
            if !Self::has_value(default_type) {
                continue;
            }
            let def = self.program.function(*function);
            let llvm_type = self.llvm_type(default_type);
            let name = format!("{}.default.{}", def.qualified_name, def.params[*index].name);
            let global = self.module.add_global(llvm_type, Some(AddressSpace::default()), &name);
            global.set_linkage(Linkage::Internal);
            global.set_initializer(&llvm_type.const_zero());
            self.defaults.insert((*function, *index), global);
        }
    }

    /// The constant table of the module's globals and their bound flags, in
    /// the order they are first bound in the source, for `NameError`
    /// suggestions; and its length.
    pub fn global_name_table(&mut self) -> (PointerValue<'ctx>, usize) {
        if let Some(table) = self.global_names {
            return table;
        }
        let fields: Vec<BasicTypeEnum> =
            GLOBAL_NAME_ENTRY_FIELDS.iter().map(|field| abi_basic_type(self.context, field.abi)).collect();
        let entry_type = self.context.struct_type(&fields, false);
        let mut entries = Vec::new();
        for index in 0..self.program.globals.len() {
            let global = &self.program.globals[index];
            let Some(flag) = self.globals[index].bound else { continue };
            let name = global.name.clone();
            let name_pointer = self.str_constant(&name);
            entries.push(entry_type.const_named_struct(&[name_pointer.into(), flag.as_pointer_value().into()]));
        }
        let array = entry_type.const_array(&entries);
        let table = self.module.add_global(array.get_type(), Some(AddressSpace::default()), "taipan.global_names");
        table.set_initializer(&array);
        table.set_constant(true);
        table.set_linkage(Linkage::Private);
        let result = (table.as_pointer_value(), entries.len());
        self.global_names = Some(result);
        result
    }

    fn flag_global(&self, name: &str) -> GlobalValue<'ctx> {
        let flag = self.module.add_global(self.context.bool_type(), Some(AddressSpace::default()), name);
        flag.set_linkage(Linkage::Internal);
        flag.set_initializer(&self.context.bool_type().const_zero());
        flag
    }

    /// The TBAA access tag of one class of memory (`list.slot`,
    /// `list.length`, `list.items`): accesses of different classes never alias.
    pub fn tbaa_tag(&mut self, class: &str) -> inkwell::values::MetadataValue<'ctx> {
        if let Some(tag) = self.tbaa_tags.get(class) {
            return *tag;
        }
        let i64_type = self.context.i64_type();
        let root = self.context.metadata_node(&[self.context.metadata_string("taipan alias classes").into()]);
        let node = self.context.metadata_node(&[self.context.metadata_string(class).into(), root.into(), i64_type.const_zero().into()]);
        let tag = self.context.metadata_node(&[node.into(), node.into(), i64_type.const_zero().into()]);
        self.tbaa_tags.insert(class.to_string(), tag);
        tag
    }

    /// The "has started running" flag of an imported module.
    pub fn module_started_flag(&mut self, module: taipan_parser_bridge::hir::ModuleId) -> GlobalValue<'ctx> {
        if let Some(flag) = self.module_started.get(&module.0) {
            return *flag;
        }
        let name = format!("{}.<started>", self.program.module(module).name);
        let flag = self.flag_global(&name);
        self.module_started.insert(module.0, flag);
        flag
    }

    pub fn global_slot(&self, id: GlobalId) -> GlobalSlot<'ctx> {
        self.globals[id.0 as usize]
    }

    /// The personality routine of functions with landing pads (see the
    /// runtime's `exceptions` module), declared on first use.
    pub fn personality_function(&mut self) -> FunctionValue<'ctx> {
        if let Some(function) = self.module.get_function(taipan_abi::PERSONALITY_FUNCTION) {
            return function;
        }
        let i32_type = self.context.i32_type();
        let pointer = self.context.ptr_type(AddressSpace::default());
        let function_type =
            i32_type.fn_type(&[i32_type.into(), i32_type.into(), self.context.i64_type().into(), pointer.into(), pointer.into()], false);
        self.module.add_function(taipan_abi::PERSONALITY_FUNCTION, function_type, Some(Linkage::External))
    }

    /// The descriptors of the built-in exception classes the runtime raises,
    /// indexed by `ExceptionKind` code, as a constant array with its length.
    pub(crate) fn exception_class_table(&mut self) -> CodegenResult<(PointerValue<'ctx>, u64)> {
        let pointer = self.context.ptr_type(AddressSpace::default());
        let length = ExceptionKind::ALL.iter().map(|kind| *kind as usize).max().unwrap_or(0) + 1;
        let mut entries = vec![pointer.const_null(); length];
        for kind in ExceptionKind::ALL {
            let class = self.program.builtin_class(kind.name()).ok_or_else(|| CodegenError::new(format!("no built-in class for {}", kind.name())))?;
            entries[kind as usize] = self.class_descriptor(class)?;
        }
        let array = pointer.const_array(&entries);
        let global = self.module.add_global(array.get_type(), Some(AddressSpace::default()), "exception_classes");
        global.set_initializer(&array);
        global.set_constant(true);
        global.set_linkage(Linkage::Private);
        Ok((global.as_pointer_value(), length as u64))
    }

    fn declare_instances(&mut self) {
        for instance in &self.typed.instances {
            let function = self.program.function(instance.function);
            let module_name = &self.program.module(function.module).name;
            let name = if function.is_module_init {
                format!("{module_name}.<module>")
            } else {
                format!("{module_name}.{}", instance.symbol)
            };
            // Every function but module code takes its frame depth first.
            let mut params: Vec<BasicMetadataTypeEnum> = Vec::new();
            if !function.is_module_init {
                params.push(self.context.i64_type().into());
            }
            // A closure takes its environment (a frame) next.
            if function.is_closure {
                params.push(self.context.ptr_type(AddressSpace::default()).into());
            }
            params.extend(instance.arg_types.iter().filter(|t| Self::has_value(t)).map(|t| BasicMetadataTypeEnum::from(self.llvm_type(t))));
            let function_type = if Self::has_value(&instance.return_type) {
                self.llvm_type(&instance.return_type).fn_type(&params, false)
            } else {
                self.context.void_type().fn_type(&params, false)
            };
            // Not `nounwind`: exceptions unwind through generated functions.
            let value = self.module.add_function(&name, function_type, Some(Linkage::Internal));
            if function.is_generator {
                // LLVM's coroutine passes split only functions marked so.
                let kind = Attribute::get_named_enum_kind_id("presplitcoroutine");
                value.add_attribute(AttributeLoc::Function, self.context.create_enum_attribute(kind, 0));
            }
            let mut llvm_index = 0;
            if !function.is_module_init {
                if let Some(depth) = value.get_nth_param(0) {
                    depth.set_name("depth");
                }
                llvm_index = 1;
            }
            llvm_index += function.is_closure as u32;
            for (param, arg_type) in function.params.iter().zip(&instance.arg_types) {
                if Self::has_value(arg_type) {
                    if let Some(llvm_param) = value.get_nth_param(llvm_index) {
                        llvm_param.set_name(&param.name);
                    }
                    llvm_index += 1;
                }
            }
            self.instance_functions.push(value);
            let index = self.instance_functions.len() - 1;
            let calls_itself = instance.calls.values().any(|call| {
                matches!(call, taipan_typeinfer::CallResolution::Bound { callee, .. } if callee.0 as usize == index)
            });
            let mut partners = Vec::new();
            // Only small functions: the inliner folds their copies together;
            // large ones would just be duplicated.
            if calls_itself && !function.is_module_init && !function.is_generator && statement_count(&function.body) <= MAX_UNROLLED_STATEMENTS {
                for copy_index in 1..=RECURSION_UNROLL_COPIES {
                    let partner = self.module.add_function(&format!("{name}.unrolled{copy_index}"), function_type, Some(Linkage::Internal));
                    for (param, copy) in value.get_param_iter().zip(partner.get_param_iter()) {
                        copy.set_name(&param.get_name().to_string_lossy());
                    }
                    partners.push(partner);
                }
            }
            self.recursion_partners.push(partners);
        }
    }

    fn generate(&mut self) -> CodegenResult<()> {
        self.declare_globals();
        self.declare_instances();
        for index in 0..self.typed.instances.len() {
            // The copies form a cycle: each calls the next, the last calls the
            // original.
            let mut cycle = vec![self.instance_functions[index]];
            cycle.extend(self.recursion_partners[index].iter().copied());
            for (position, function) in cycle.iter().enumerate() {
                let next = cycle.get(position + 1).or(cycle.first()).copied().filter(|next| next != function);
                FunctionEmitter::new(self, index, *function, next).emit_body()?;
            }
        }
        match self.extension.clone() {
            Some(module_name) => self.emit_extension_init(&module_name),
            None => self.emit_main(),
        }
    }

    /// The names of the built-in exception classes and their native class
    /// descriptors, as two constant arrays and their length, for the VM's
    /// start (`taipan_vm_start`, `taipan_vm_start_hosted`).
    pub(crate) fn cpython_exception_classes(&mut self) -> CodegenResult<(PointerValue<'ctx>, PointerValue<'ctx>, inkwell::values::IntValue<'ctx>)> {
        let pointer = self.context.ptr_type(AddressSpace::default());
        let mut names = Vec::new();
        let mut classes = Vec::new();
        for (name, _) in taipan_parser_bridge::hir::BUILTIN_EXCEPTION_CLASSES {
            if let Some(class) = self.program.builtin_class(name) {
                names.push(self.str_constant(name));
                classes.push(self.class_descriptor(class)?);
            }
        }
        let count = self.context.i64_type().const_int(names.len() as u64, false);
        let constant_array = |generator: &mut Self, values: &[PointerValue<'ctx>], label: &str| {
            let array = pointer.const_array(values);
            let global = generator.module.add_global(array.get_type(), Some(AddressSpace::default()), label);
            global.set_initializer(&array);
            global.set_constant(true);
            global.set_linkage(Linkage::Private);
            global.as_pointer_value()
        };
        let names = constant_array(self, &names, "cpython.exception_names");
        let classes = constant_array(self, &classes, "cpython.exception_classes");
        Ok((names, classes, count))
    }

    fn emit_main(&mut self) -> CodegenResult<()> {
        let i32_type = self.context.i32_type();
        let pointer = self.context.ptr_type(AddressSpace::default());
        let main_type = i32_type.fn_type(&[i32_type.into(), pointer.into()], false);
        let main = self.module.add_function("main", main_type, Some(Linkage::External));
        let builder = self.context.create_builder();
        let entry = self.context.append_basic_block(main, "entry");
        builder.position_at_end(entry);
        let argc = main.get_nth_param(0).ok_or_else(|| CodegenError::new("main has no argc"))?;
        let argv = main.get_nth_param(1).ok_or_else(|| CodegenError::new("main has no argv"))?;
        argc.set_name("argc");
        argv.set_name("argv");
        let args: [BasicValueEnum; 2] = [argc, argv];
        builder.build_call(self.runtime_function(taipan_abi::names::taipan_runtime_init)?, &[args[0].into(), args[1].into()], "")?;
        let (table, length) = self.exception_class_table()?;
        let length = self.context.i64_type().const_int(length, false);
        builder.build_call(self.runtime_function(taipan_abi::names::taipan_register_exception_classes)?, &[table.into(), length.into()], "")?;
        if !self.typed.vm_places.is_empty() {
            // The program uses CPython objects: start the embedded CPython,
            // telling it the native class of each built-in exception.
            let (names, classes, count) = self.cpython_exception_classes()?;
            builder.build_call(self.runtime_function(taipan_abi::vm_names::taipan_vm_start)?, &[args[0].into(), args[1].into(), names.into(), classes.into(), count.into()], "")?;
        }
        let init = self.instance_functions[self.typed.main_instance.0 as usize];
        builder.build_call(init, &[], "")?;
        builder.build_call(self.runtime_function(taipan_abi::names::taipan_runtime_exit)?, &[], "")?;
        builder.build_return(Some(&i32_type.const_zero()))?;
        Ok(())
    }
}
