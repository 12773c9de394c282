//! Code generation for one function instance: statements, expressions,
//! builtins and str methods.
//!
//! Values are unboxed (`Value` pairs an LLVM value with its static type). An
//! expression whose type is `never` (it always raises) leaves the builder in a
//! fresh block with no predecessors, so the code after it is dead and LLVM drops
//! it; nothing is stored or passed from such an expression.
//!
//! Every local has a stack slot and, unless it is a parameter, a "bound" flag,
//! so that reading an unassigned local raises `UnboundLocalError` as in CPython;
//! mem2reg and the optimiser remove the slots and almost all the flag checks.
//! Cells and free variables have their slots in heap frames instead (see
//! `closures`).

mod closures;
mod containers;
mod dynamic;
mod extension;
mod exceptions;
mod foreign;
mod foreign_ownership;
mod generators;
#[cfg(test)]
pub(crate) use generators::promise_struct_type;
mod hir_walk;
mod native_functions;
mod vm_definitions;
mod objects;
mod optional;
mod reflection;
mod ownership;
mod scratch;

use crate::module::{CodegenError, CodegenResult, ModuleGenerator, RECURSION_LIMIT};
use inkwell::basic_block::BasicBlock;
use inkwell::builder::Builder;
use inkwell::intrinsics::Intrinsic;
use inkwell::values::{BasicMetadataValueEnum, BasicValue, BasicValueEnum, FloatValue, FunctionValue, IntValue, PointerValue};
use inkwell::{AddressSpace, FloatPredicate, IntPredicate};
use taipan_abi::{find_mode, justify_mode, names, strip_mode, ExceptionKind, ABSENT_INT, STR_FIELD_CHAR_LENGTH};
use taipan_parser_bridge::hir::*;
use taipan_typeinfer::operators::{self, ComparisonKind, ExponentSign, Outcome};
use taipan_typeinfer::percent::{PercentStep, Render as PercentRender};
use taipan_typeinfer::{constant_int, exponent_sign, CallResolution, Dunder, Instance, Type};

/// A value and its static type. `llvm` is `None` for `None` and for values
/// that are never produced.
#[derive(Clone, Debug)]
pub(crate) struct Value<'ctx> {
    pub llvm: Option<BasicValueEnum<'ctx>>,
    pub ty: Type,
}

impl<'ctx> Value<'ctx> {
    pub fn new(llvm: impl BasicValue<'ctx>, ty: Type) -> Self {
        Value { llvm: Some(llvm.as_basic_value_enum()), ty }
    }

    pub fn none() -> Self {
        Value { llvm: None, ty: Type::None }
    }

    pub fn never() -> Self {
        Value { llvm: None, ty: Type::Unknown }
    }

    pub fn is_never(&self) -> bool {
        self.ty == Type::Unknown || self.ty.contains_union()
    }

    fn get(&self) -> CodegenResult<BasicValueEnum<'ctx>> {
        self.llvm.ok_or_else(|| CodegenError::new(format!("a value of type {} has no representation", self.ty)))
    }

    // A representation other than the one asked for is an internal error,
    // not inkwell's panic: a value of `T | None` is a pair, not a pointer.
    pub fn int(&self) -> CodegenResult<IntValue<'ctx>> {
        match self.get()? {
            BasicValueEnum::IntValue(value) => Ok(value),
            other => Err(self.representation_error("an integer", other)),
        }
    }

    pub fn float(&self) -> CodegenResult<FloatValue<'ctx>> {
        match self.get()? {
            BasicValueEnum::FloatValue(value) => Ok(value),
            other => Err(self.representation_error("a double", other)),
        }
    }

    pub fn pointer(&self) -> CodegenResult<PointerValue<'ctx>> {
        match self.get()? {
            BasicValueEnum::PointerValue(value) => Ok(value),
            other => Err(self.representation_error("a pointer", other)),
        }
    }

    fn representation_error(&self, wanted: &str, actual: BasicValueEnum<'ctx>) -> CodegenError {
        CodegenError::new(format!("a value of {} used as {wanted}, but held as {}", self.ty, actual.get_type()))
    }
}

/// What is known, on one control-flow path, of a value's truth.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Known {
    Truthy,
    Falsy,
    Unknown,
}

struct LocalSlot<'ctx> {
    value: Option<PointerValue<'ctx>>,
    bound: Option<PointerValue<'ctx>>,
}

struct LoopTargets<'ctx> {
    continue_block: BasicBlock<'ctx>,
    break_block: BasicBlock<'ctx>,
}

pub(crate) struct FunctionEmitter<'a, 'ctx, 'p> {
    pub gen: &'a mut ModuleGenerator<'ctx, 'p>,
    pub builder: Builder<'ctx>,
    pub function: FunctionValue<'ctx>,
    instance: &'p Instance,
    def: &'p Function,
    locals: Vec<LocalSlot<'ctx>>,
    loops: Vec<LoopTargets<'ctx>>,
    /// Where calls of this instance to itself go (see `recursion_partners`).
    self_call_target: Option<FunctionValue<'ctx>>,
    /// Set by `emit_condition` just before emitting a comparison that feeds a
    /// branch directly; see `comparison_checks_recursion`.
    comparison_feeds_branch: bool,
    /// This frame's depth (module code is 1); callees get one more.
    depth: Option<IntValue<'ctx>>,
    /// One block per distinct (exception, constant message) that `raise_if`
    /// branches to: a function with many overflow checks has one raise call,
    /// which keeps it small enough for LLVM to inline.
    /// Keyed also by the landing pad in force, since the raise unwinds to it.
    shared_raises: std::collections::HashMap<(i32, String, Option<BasicBlock<'ctx>>), BasicBlock<'ctx>>,
    /// The receiver of the method call being emitted, and the method's
    /// name: a box narrowed there raises AttributeError, not TypeError.
    narrowed_receiver: Option<(ExprId, String)>,
    /// The narrowing name of the expression being emitted, for a runtime
    /// result unboxed inside it (`dynamic_result`): `(x * 2).upper()`
    /// raises AttributeError, not a TypeError, for an int.
    result_narrowing: Option<String>,
    /// Set while emitting the operation of an augmented assignment, so that
    /// the dynamic tier's TypeError names `+=` rather than `+`.
    in_place_operation: bool,
    /// The landing pad of the innermost `try` around the code being
    /// emitted: calls there are `invoke`s that unwind to it.
    unwind_target: Option<BasicBlock<'ctx>>,
    /// The `finally` bodies around the code being emitted, innermost last.
    finally_frames: Vec<exceptions::FinallyFrame<'ctx>>,
    /// The list locals that own their object (see `ownership`): a whole-list
    /// copy bound to one reuses the object it held.
    owning_lists: indexmap::IndexSet<LocalId>,
    /// CPython-object locals whose handles no one else holds
    /// (`foreign_ownership`): rebinding one releases the old object.
    owning_foreign: indexmap::IndexSet<LocalId>,
    /// The str locals whose values live in a stack buffer of their own (see
    /// `scratch`), each with its buffer once made.
    scratch_strs: indexmap::IndexMap<LocalId, Option<PointerValue<'ctx>>>,
    instance_id: taipan_typeinfer::InstanceId,
    /// This call's frame, when the function has one (see `closures`).
    frame: Option<PointerValue<'ctx>>,
    /// For a closure: the frame it was made in, its hidden parameter.
    environment: Option<PointerValue<'ctx>>,
    /// For a generator function: its coroutine (see `generators`).
    generator: Option<generators::GeneratorFrame<'ctx>>,
    /// In an extension module's `PyInit_<name>`: the module object of each
    /// exported module.
    pub(crate) extension_module_objects: Vec<(ModuleId, PointerValue<'ctx>)>,
    /// The callable made for each exported function.
    pub(crate) extension_callables: Vec<(FunctionId, PointerValue<'ctx>)>,
}

impl<'a, 'ctx, 'p> FunctionEmitter<'a, 'ctx, 'p> {
    pub fn new(
        gen: &'a mut ModuleGenerator<'ctx, 'p>,
        instance_index: usize,
        function: FunctionValue<'ctx>,
        self_call_target: Option<FunctionValue<'ctx>>,
    ) -> Self {
        let typed = gen.typed;
        let program = gen.program;
        let instance = &typed.instances[instance_index];
        let def = program.function(instance.function);
        let builder = gen.context.create_builder();
        FunctionEmitter {
            gen,
            builder,
            function,
            instance,
            def,
            locals: Vec::new(),
            loops: Vec::new(),
            self_call_target,
            comparison_feeds_branch: false,
            depth: None,
            shared_raises: std::collections::HashMap::new(),
            narrowed_receiver: None,
            result_narrowing: None,
            in_place_operation: false,
            unwind_target: None,
            extension_module_objects: Vec::new(),
            extension_callables: Vec::new(),
            finally_frames: Vec::new(),
            // Cells and free variables are shared with other calls' code, so
            // neither keeps its object to itself.
            // A generator's locals outlive its calls' stack frames: they
            // keep their own objects and buffers out of both analyses.
            owning_lists: ownership::owning_list_locals(def, &instance.local_types)
                .into_iter()
                .filter(|local| !is_shared_local(def, *local) && !def.is_generator)
                .collect(),
            owning_foreign: foreign_ownership::owning_foreign_locals(def, &instance.local_types, &instance.expr_types)
                .into_iter()
                .filter(|local| !is_shared_local(def, *local) && !def.is_generator)
                .collect(),
            scratch_strs: scratch::scratch_str_locals(def, &instance.local_types, &instance.expr_types)
                .into_iter()
                .filter(|local| !is_shared_local(def, *local) && !def.is_generator)
                .map(|local| (local, None))
                .collect(),
            instance_id: taipan_typeinfer::InstanceId(instance_index as u32),
            frame: None,
            environment: None,
            generator: None,
        }
    }

    // ----- small helpers -------------------------------------------------------

    fn i64_type(&self) -> inkwell::types::IntType<'ctx> {
        self.gen.context.i64_type()
    }

    fn i1(&self, value: bool) -> IntValue<'ctx> {
        self.gen.context.bool_type().const_int(value as u64, false)
    }

    pub fn const_int(&self, value: i64) -> IntValue<'ctx> {
        self.i64_type().const_int(value as u64, true)
    }

    fn expr_type(&self, expr: &Expr) -> Type {
        self.instance.expr_types[expr.id.0 as usize].clone()
    }

    pub fn append_block(&self, name: &str) -> BasicBlock<'ctx> {
        self.gen.context.append_basic_block(self.function, name)
    }

    /// A stack slot at the top of the function's entry block, wherever the
    /// builder is. LLVM treats an alloca anywhere else as dynamic: one inside
    /// a loop takes fresh stack on every iteration (a loop of ten million
    /// `dict.get` calls grew the stack by 160 MB, and the collector scanned
    /// it all as roots), and only entry-block slots become registers.
    pub(super) fn entry_alloca(&self, slot_type: impl inkwell::types::BasicType<'ctx>, name: &str) -> CodegenResult<PointerValue<'ctx>> {
        let entry = self
            .function
            .get_first_basic_block()
            .ok_or_else(|| CodegenError::new("a stack slot requested before the entry block exists"))?;
        // After the slots already there, so that they keep their order of
        // creation (and the IR reads in source order).
        let mut first_non_slot = entry.get_first_instruction();
        while let Some(instruction) = first_non_slot {
            if instruction.get_opcode() != inkwell::values::InstructionOpcode::Alloca {
                break;
            }
            first_non_slot = instruction.get_next_instruction();
        }
        let entry_builder = self.gen.context.create_builder();
        match first_non_slot {
            Some(instruction) => entry_builder.position_before(&instruction),
            None => entry_builder.position_at_end(entry),
        }
        Ok(entry_builder.build_alloca(slot_type, name)?)
    }

    fn is_terminated(&self) -> bool {
        self.builder.get_insert_block().and_then(|block| block.get_terminator()).is_some()
    }

    fn branch_to(&self, block: BasicBlock<'ctx>) -> CodegenResult<()> {
        if !self.is_terminated() {
            self.builder.build_unconditional_branch(block)?;
        }
        Ok(())
    }

    /// Continues in a block nothing jumps to: what follows is dead code.
    fn start_dead_block(&self) {
        let block = self.append_block("dead");
        self.builder.position_at_end(block);
    }

    pub fn call_runtime(&mut self, name: &str, args: &[BasicValueEnum<'ctx>], result_name: &str) -> CodegenResult<Option<BasicValueEnum<'ctx>>> {
        let function = self.gen.runtime_function(name)?;
        let call = self.build_call_or_invoke(function, args, result_name)?;
        Ok(call.try_as_basic_value().basic())
    }

    fn call_runtime_value(&mut self, name: &str, args: &[BasicValueEnum<'ctx>], result_name: &str) -> CodegenResult<BasicValueEnum<'ctx>> {
        self.call_runtime(name, args, result_name)?
            .ok_or_else(|| CodegenError::new(format!("runtime function `{name}` returns no value")))
    }

    pub fn str_constant(&mut self, text: &str) -> PointerValue<'ctx> {
        self.gen.str_constant(text)
    }

    /// Raises `kind(message)`; the builder continues in a dead block.
    pub fn emit_raise(&mut self, kind: ExceptionKind, message: &str) -> CodegenResult<()> {
        let message = self.str_constant(message);
        self.emit_raise_with(kind, message)
    }

    pub(crate) fn emit_raise_with(&mut self, kind: ExceptionKind, message: PointerValue<'ctx>) -> CodegenResult<()> {
        self.emit_raise_terminator(kind, message)?;
        self.start_dead_block();
        Ok(())
    }

    /// The raise itself, ending the current block.
    fn emit_raise_terminator(&mut self, kind: ExceptionKind, message: PointerValue<'ctx>) -> CodegenResult<()> {
        let kind = self.gen.context.i32_type().const_int(kind as u64, false);
        self.call_runtime(names::taipan_raise, &[kind.into(), message.into()], "")?;
        self.builder.build_unreachable()?;
        Ok(())
    }

    /// Raises `NameError` for `name`, with CPython's "Did you mean" suggestion
    /// computed by the runtime from this frame's locals, the module's bound
    /// globals and the builtins. Ends the current block.
    fn emit_name_error(&mut self, name: &str) -> CodegenResult<()> {
        let name_text = self.str_constant(name);
        let local_names = if self.def.is_module_init {
            self.gen.context.ptr_type(AddressSpace::default()).const_null()
        } else {
            let joined = self.def.locals.iter().map(|local| local.name.as_str()).collect::<Vec<_>>().join(" ");
            self.str_constant(&joined)
        };
        let (table, count) = self.gen.global_name_table();
        let count = self.const_int(count as i64);
        self.call_runtime(names::taipan_raise_name_error, &[name_text.into(), local_names.into(), table.into(), count.into()], "")?;
        self.builder.build_unreachable()?;
        Ok(())
    }

    fn name_error_if(&mut self, condition: IntValue<'ctx>, name: &str) -> CodegenResult<()> {
        let raise_block = self.append_block("name_error");
        let continue_block = self.append_block("defined");
        self.builder.build_conditional_branch(condition, raise_block, continue_block)?;
        self.builder.position_at_end(raise_block);
        self.emit_name_error(name)?;
        self.builder.position_at_end(continue_block);
        Ok(())
    }

    /// Ends a block inference proved unreachable with a raise rather than
    /// LLVM's `unreachable`, so that a mistake there is an error, not
    /// undefined behaviour. Dead blocks (the usual case) cost nothing.
    pub(crate) fn emit_impossible_path(&mut self) -> CodegenResult<()> {
        let message = self.str_constant("internal error: Taipan inferred that this point is never reached");
        self.emit_raise_terminator(ExceptionKind::SystemError, message)
    }

    /// Raises `kind(message)` when `condition` holds, and continues otherwise.
    pub fn raise_if(&mut self, condition: IntValue<'ctx>, kind: ExceptionKind, message: &str) -> CodegenResult<()> {
        let key = (kind as i32, message.to_string(), self.unwind_target);
        let raise_block = match self.shared_raises.get(&key) {
            Some(block) => *block,
            None => {
                let current = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insert block"))?;
                let block = self.append_block("raise");
                self.builder.position_at_end(block);
                let text = self.str_constant(message);
                self.emit_raise_terminator(kind, text)?;
                self.builder.position_at_end(current);
                self.shared_raises.insert(key, block);
                block
            }
        };
        let continue_block = self.append_block("ok");
        self.builder.build_conditional_branch(condition, raise_block, continue_block)?;
        self.builder.position_at_end(continue_block);
        Ok(())
    }

    /// Calls an LLVM intrinsic overloaded on `types`.
    pub fn call_intrinsic(
        &mut self,
        name: &str,
        types: &[inkwell::types::BasicTypeEnum<'ctx>],
        args: &[BasicValueEnum<'ctx>],
        result_name: &str,
    ) -> CodegenResult<BasicValueEnum<'ctx>> {
        let intrinsic = Intrinsic::find(name).ok_or_else(|| CodegenError::new(format!("no LLVM intrinsic {name}")))?;
        let declaration = intrinsic
            .get_declaration(&self.gen.module, types)
            .ok_or_else(|| CodegenError::new(format!("cannot declare LLVM intrinsic {name}")))?;
        let args: Vec<BasicMetadataValueEnum> = args.iter().map(|arg| (*arg).into()).collect();
        self.builder
            .build_call(declaration, &args, result_name)?
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| CodegenError::new(format!("intrinsic {name} returns no value")))
    }

    fn bool_to_i64(&self, value: IntValue<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        Ok(self.builder.build_int_z_extend(value, self.i64_type(), "as_int")?)
    }

    fn bool_to_i8(&self, value: IntValue<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        Ok(self.builder.build_int_z_extend(value, self.gen.context.i8_type(), "as_byte")?)
    }

    fn i8_to_bool(&self, value: BasicValueEnum<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        Ok(self.builder.build_int_compare(IntPredicate::NE, value.into_int_value(), self.gen.context.i8_type().const_zero(), "truth")?)
    }

    /// An int or bool value as an `i64`.
    pub fn as_i64(&self, value: &Value<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        match value.ty {
            Type::Bool => self.bool_to_i64(value.int()?),
            Type::Int => value.int(),
            _ => Err(CodegenError::new(format!("expected an int, found {}", value.ty))),
        }
    }

    /// A given optional int argument (a slice bound, `find`'s start, `pop`'s
    /// index) for the runtime, where `ABSENT_INT` (`i64::MIN`) means "not
    /// given": a real `i64::MIN` becomes `i64::MIN + 1`, which every such
    /// argument treats alike (a bound that far below zero clamps the same way
    /// for any length a list can have, and CPython clamps a step to
    /// `-sys.maxsize` itself).
    pub fn as_present_i64(&self, value: &Value<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        let integer = self.as_i64(value)?;
        let is_sentinel = self.builder.build_int_compare(IntPredicate::EQ, integer, self.const_int(ABSENT_INT), "is_sentinel")?;
        Ok(self.builder.build_select(is_sentinel, self.const_int(ABSENT_INT + 1), integer, "present")?.into_int_value())
    }

    /// An int, bool or float value as a `double` (CPython's `float(int)`; exact
    /// for the 64-bit ints this slice has, up to rounding to 53 bits).
    pub fn as_f64(&self, value: &Value<'ctx>) -> CodegenResult<FloatValue<'ctx>> {
        match value.ty {
            Type::Float => value.float(),
            Type::Int => Ok(self.builder.build_signed_int_to_float(value.int()?, self.gen.context.f64_type(), "as_float")?),
            Type::Bool => Ok(self.builder.build_unsigned_int_to_float(value.int()?, self.gen.context.f64_type(), "as_float")?),
            _ => Err(CodegenError::new(format!("expected a number, found {}", value.ty))),
        }
    }

    // ----- function structure --------------------------------------------------

    pub fn emit_body(&mut self) -> CodegenResult<()> {
        let entry = self.append_block("entry");
        self.builder.position_at_end(entry);
        let def = self.def;
        let instance = self.instance;
        if def.is_generator {
            self.emit_generator_prologue()?;
        }
        for (index, local) in def.locals.iter().enumerate() {
            let local_type = &instance.local_types[index];
            let is_param = def.params.iter().any(|param| param.local.0 as usize == index);
            let value = if ModuleGenerator::has_value(local_type) {
                Some(self.entry_alloca(self.gen.llvm_type(local_type), &format!("{}.slot", local.name))?)
            } else {
                None
            };
            let bound = if is_param {
                None
            } else {
                let flag = self.entry_alloca(self.gen.context.bool_type(), &format!("{}.bound", local.name))?;
                self.builder.build_store(flag, self.i1(false))?;
                Some(flag)
            };
            if let (Some(slot), true) = (value, self.owning_foreign.contains(&LocalId(index as u32))) {
                // Null until bound: rebinding releases whatever it holds.
                self.builder.build_store(slot, self.ptr_type().const_null())?;
            }
            self.locals.push(LocalSlot { value, bound });
        }
        self.set_up_closure_slots()?;
        let mut llvm_index = if def.is_module_init { 0 } else { 1 } + def.is_closure as u32;
        for (param, arg_type) in def.params.iter().zip(&instance.arg_types) {
            if ModuleGenerator::has_value(arg_type) {
                let incoming = self
                    .function
                    .get_nth_param(llvm_index)
                    .ok_or_else(|| CodegenError::new("missing LLVM parameter"))?;
                llvm_index += 1;
                if let Some(slot) = self.locals[param.local.0 as usize].value {
                    // The parameter's local may hold other types later in the
                    // body (`a = "s"`): the argument is boxed to its type.
                    let local_type = instance.local_types[param.local.0 as usize].clone();
                    let incoming = if local_type != *arg_type {
                        let value = self.coerce(Value::new(incoming, arg_type.clone()), &local_type)?;
                        value.llvm.unwrap_or(incoming)
                    } else {
                        incoming
                    };
                    self.builder.build_store(slot, incoming)?;
                }
            } else if let Some(slot) = self.locals[param.local.0 as usize].value {
                // An argument passed as nothing (None, a plain function)
                // whose local holds other types later in the body (`def
                // f(x=None): if x is None: x = 5`): the local starts as the
                // argument converted to its type.
                let local_type = instance.local_types[param.local.0 as usize].clone();
                if local_type != *arg_type && ModuleGenerator::has_value(&local_type) && *arg_type != Type::Unknown {
                    let value = self.coerce(Value { llvm: None, ty: arg_type.clone() }, &local_type)?;
                    if let Some(llvm) = value.llvm {
                        self.builder.build_store(slot, llvm)?;
                    }
                }
            }
            // A parameter that is a cell has a bound flag in the frame.
            if let Some(flag) = self.locals[param.local.0 as usize].bound {
                self.builder.build_store(flag, self.i1(true))?;
            }
        }
        if def.is_generator {
            self.emit_generator_initial_suspend()?;
        } else if !def.is_module_init {
            self.emit_recursion_check()?;
        }
        self.emit_block(&def.body)?;
        if !self.is_terminated() {
            if ModuleGenerator::has_value(&instance.return_type) && !def.is_generator {
                // Inference proved the end unreachable (every path returns or
                // raises); should it ever be reached, fail loudly, not silently.
                self.emit_raise(ExceptionKind::TypeError, "internal error: reached the end of a function that must return a value")?;
                self.builder.build_unreachable()?;
            } else {
                self.emit_return(None)?;
            }
        }
        // Dead blocks left without a terminator get one.
        let mut block = self.function.get_first_basic_block();
        while let Some(current) = block {
            if current.get_terminator().is_none() {
                self.builder.position_at_end(current);
                self.builder.build_unreachable()?;
            }
            block = current.get_next_basic_block();
        }
        Ok(())
    }

    /// CPython raises `RecursionError` past 1000 nested Python frames; Taipan
    /// counts its frames the same way, so deep recursion raises instead of
    /// overflowing the C stack.
    fn emit_recursion_check(&mut self) -> CodegenResult<()> {
        let depth = self
            .function
            .get_nth_param(0)
            .ok_or_else(|| CodegenError::new("function without a depth parameter"))?
            .into_int_value();
        let limit = self.i64_type().const_int(RECURSION_LIMIT, false);
        let too_deep = self.builder.build_int_compare(IntPredicate::UGT, depth, limit, "too_deep")?;
        let raise_block = self.append_block("recursion_error");
        let continue_block = self.append_block("body");
        self.builder.build_conditional_branch(too_deep, raise_block, continue_block)?;
        self.builder.position_at_end(raise_block);
        self.call_runtime(names::taipan_raise_recursion_error, &[], "")?;
        self.builder.build_unreachable()?;
        self.builder.position_at_end(continue_block);
        self.depth = Some(depth);
        Ok(())
    }

    /// CPython also counts calls into many C builtins against the recursion
    /// limit: raises `RecursionError` (with CPython's suffix) when this frame's
    /// depth is at least `minimum_depth`. Module code (depth 1) never trips it.
    fn emit_c_call_recursion_check(&mut self, minimum_depth: u64, suffix: &str) -> CodegenResult<()> {
        let Some(depth) = self.frame_depth()? else { return Ok(()) };
        let limit = self.i64_type().const_int(minimum_depth, false);
        let too_deep = self.builder.build_int_compare(IntPredicate::UGE, depth, limit, "c_call_too_deep")?;
        self.raise_if(too_deep, ExceptionKind::RecursionError, &format!("maximum recursion depth exceeded{suffix}"))
    }

    /// CPython 3.11 compares through `PyObject_RichCompare`, which checks the
    /// recursion limit ("in comparison"), unless the comparison was
    /// specialised: int with int, float with float, or str `==`/`!=` str, and
    /// only where the comparison feeds a conditional jump directly.
    fn emit_comparison_recursion_check(&mut self, op: CompareOp, left: &Value<'ctx>, right: &Value<'ctx>, feeds_branch: bool) -> CodegenResult<()> {
        if (self.depth.is_none() && self.generator.is_none()) || left.is_never() || right.is_never() {
            return Ok(());
        }
        let ordering = matches!(op, CompareOp::Eq | CompareOp::NotEq | CompareOp::Lt | CompareOp::LtE | CompareOp::Gt | CompareOp::GtE);
        if !ordering {
            return Ok(());
        }
        let specialised = feeds_branch
            && match (&left.ty, &right.ty) {
                (Type::Int, Type::Int) | (Type::Float, Type::Float) => true,
                (Type::Str, Type::Str) => matches!(op, CompareOp::Eq | CompareOp::NotEq),
                _ => false,
            };
        if specialised {
            return Ok(());
        }
        self.emit_c_call_recursion_check(RECURSION_LIMIT, " in comparison")
    }

    /// The depth a callee of this frame runs at.
    fn callee_depth(&self) -> CodegenResult<IntValue<'ctx>> {
        match self.frame_depth()? {
            Some(depth) => Ok(self.builder.build_int_add(depth, self.const_int(1), "callee_depth")?),
            None => Ok(self.const_int(2)),
        }
    }

    /// This frame's depth: a parameter, or for a generator's body what its
    /// resumer stored (None for module code).
    fn frame_depth(&self) -> CodegenResult<Option<IntValue<'ctx>>> {
        if self.generator.is_some() {
            return self.generator_depth();
        }
        Ok(self.depth)
    }

    fn emit_return(&mut self, value: Option<Value<'ctx>>) -> CodegenResult<()> {
        if self.generator.is_some() {
            return self.emit_generator_return(value);
        }
        let return_type = self.instance.return_type.clone();
        let value = match value {
            Some(value) => Some(self.coerce(value, &return_type)?),
            None => None,
        };
        self.release_owned_foreign_locals()?;
        match value.and_then(|value| value.llvm) {
            Some(llvm) if ModuleGenerator::has_value(&self.instance.return_type) => {
                self.builder.build_return(Some(&llvm))?;
            }
            _ => {
                self.builder.build_return(None)?;
            }
        }
        Ok(())
    }

    /// At a return: the CPython objects of locals that own their handles
    /// are released, as CPython's reference counting frees a function's
    /// locals when it returns. (Such a local is never what is returned:
    /// `foreign_ownership` counts a return as an escape.) Without this a loop
    /// calling `p = json.loads(...)` in a function kept every result until
    /// the collector next ran, which the handles' small size put off.
    fn release_owned_foreign_locals(&mut self) -> CodegenResult<()> {
        for local in self.owning_foreign.clone() {
            let Some(slot) = self.locals[local.0 as usize].value else { continue };
            // Null while unbound; releasing null does nothing.
            let held = self.builder.build_load(self.ptr_type(), slot, "owned")?;
            self.call_runtime(taipan_abi::vm_names::taipan_vm_release, &[held.into()], "")?;
        }
        Ok(())
    }

    // ----- statements ------------------------------------------------------

    /// Evaluates and stores the parameter defaults of a `def` as it runs: a
    /// nested function's in cells of this call's frame, others in globals.
    fn emit_defaults(&mut self, function: FunctionId) -> CodegenResult<()> {
        let def = self.gen.program.function(function);
        for (index, param) in def.params.iter().enumerate() {
            if let Some(default) = &param.default {
                let value = self.emit_expr(default)?;
                if let Some(local) = param.default_local {
                    self.emit_bind(&Target::Variable { variable: Variable::Local(local), span: param.span }, &value)?;
                    continue;
                }
                if let (Some(llvm), Some(slot)) = (value.llvm, self.gen.defaults.get(&(function, index)).copied()) {
                    self.builder.build_store(slot.as_pointer_value(), llvm)?;
                }
            }
        }
        Ok(())
    }

    fn emit_block(&mut self, body: &[Stmt]) -> CodegenResult<()> {
        for stmt in body {
            if self.is_terminated() {
                self.start_dead_block();
            }
            self.emit_stmt(stmt)?;
            if let StmtKind::If { condition, .. } = &stmt.kind {
                if self.instance.decided_conditions.contains(&condition.id) {
                    // Inference found the test always true for this
                    // instance's types and left the rest of the block untyped.
                    if !self.is_terminated() {
                        self.builder.build_unreachable()?;
                    }
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    fn emit_stmt(&mut self, stmt: &Stmt) -> CodegenResult<()> {
        self.emit_stmt_kind(stmt).map_err(|error| error.at(stmt.span))
    }

    fn emit_stmt_kind(&mut self, stmt: &Stmt) -> CodegenResult<()> {
        match &stmt.kind {
            StmtKind::Expr(expr) => {
                self.emit_expr(expr)?;
            }
            StmtKind::Assign { targets, value } if self.is_slice_to_slice(targets, value) => {
                self.emit_slice_to_slice(&targets[0], value)?;
            }
            StmtKind::Assign { targets, value } => {
                if let [target] = targets.as_slice() {
                    if self.try_emit_dict_get_update(target, value)?
                        || self.try_emit_copy_into_owned_list(target, value)?
                        || self.try_emit_case_map_into_scratch(target, value)?
                    {
                        return Ok(());
                    }
                }
                if targets.iter().any(|target| matches!(target, Target::Tuple { .. })) {
                    self.narrowed_receiver = Some((value.id, UNPACK_NARROWING.to_string()));
                }
                let value = self.emit_expr(value)?;
                for target in targets {
                    self.emit_bind(target, &value)?;
                }
            }
            StmtKind::AugAssign { target: target @ (Target::Attribute { value: object, .. } | Target::Index { value: object, .. }), op, value }
                if self.expr_type(object) == Type::Foreign =>
            {
                self.emit_foreign_augmented(target, *op, value)?;
            }
            StmtKind::AugAssign { target: Target::Attribute { value: object, name, span }, op, value } => {
                match self.class_attribute_of(object, name) {
                    Some(global) => {
                        let target = Target::Variable { variable: Variable::Global(global), span: *span };
                        let current = self.emit_variable_read(Variable::Global(global), *span)?;
                        let operand = self.emit_expr(value)?;
                        if current.is_never() || operand.is_never() {
                            return Ok(());
                        }
                        let result = self.emit_binary_any(*op, current, operand, &self.gen.typed.global_types[global.0 as usize].clone(), value)?;
                        self.emit_bind(&target, &result)?;
                    }
                    None => self.emit_augmented_attribute(object, name, *op, value)?,
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                let Target::Variable { variable, span } = target else {
                    return self.emit_augmented_item(target, *op, value);
                };
                let current = self.emit_variable_read(*variable, *span)?;
                self.narrowed_receiver = Some((value.id, operand_narrowing(&format!("{}=", op.symbol()), &current.ty, false)));
                let operand = self.emit_expr(value)?;
                let is_tuple = |t: &Type| matches!(t, Type::Tuple(_) | Type::VarTuple(_));
                let involves_instance = matches!(current.ty, Type::Instance { .. }) || matches!(operand.ty, Type::Instance { .. });
                let involves_cpython = current.ty == Type::Foreign || operand.ty == Type::Foreign;
                let result = if involves_cpython && !current.is_never() && !operand.is_never() {
                    let result = self.emit_foreign_binary(*op, &current, &operand, true)?;
                    // An operand made for this statement alone (`total += f(i)`).
                    if operand.ty == Type::Foreign && self.makes_fresh_handle(value) {
                        self.call_runtime(taipan_abi::vm_names::taipan_vm_release, &[operand.pointer()?.into()], "")?;
                    }
                    result
                } else if involves_instance && !current.is_never() && !operand.is_never() {
                    self.emit_augmented_instance(*op, current, operand, value)?
                } else if (current.ty.is_container() || operand.ty.is_container()) && !current.ty.is_dynamic() && !operand.ty.is_dynamic() && !current.is_never() && !operand.is_never() {
                    self.emit_container_binary(*op, current, operand, true)?
                } else if (is_tuple(&current.ty) || is_tuple(&operand.ty)) && !current.is_never() && !operand.is_never() {
                    // Tuples are immutable: `t += u` rebinds t to t + u.
                    let target_type = match variable {
                        Variable::Local(local) => self.instance.local_types[local.0 as usize].clone(),
                        Variable::Global(global) => self.gen.typed.global_types[global.0 as usize].clone(),
                    };
                    self.emit_binary_any(*op, current, operand, &target_type, value)?
                } else {
                    self.emit_in_place_binary(*op, current, operand, exponent_sign(value))?
                };
                self.emit_bind(target, &result)?;
            }
            StmtKind::Delete(targets) => {
                for target in targets {
                    self.emit_subscript_target(target, None)?;
                }
            }
            StmtKind::Import { modules, assignments } => {
                for (module, id) in modules {
                    // A module runs once, at its first import; a later import
                    // (also one during its own run, in a cycle) does nothing.
                    let flag = self.gen.module_started_flag(*module).as_pointer_value();
                    let started = self.builder.build_load(self.gen.context.bool_type(), flag, "started")?.into_int_value();
                    let run_block = self.append_block("import.run");
                    let done_block = self.append_block("import.done");
                    self.builder.build_conditional_branch(started, done_block, run_block)?;
                    self.builder.position_at_end(run_block);
                    self.builder.build_store(flag, self.i1(true))?;
                    if let Some(CallResolution::Bound { callee, .. }) = self.instance.calls.get(id) {
                        let target = self.gen.instance_functions[callee.0 as usize];
                        self.build_call_or_invoke(target, &[], "")?;
                    }
                    self.branch_to(done_block)?;
                    self.builder.position_at_end(done_block);
                }
                for (target, value) in assignments {
                    let value = self.emit_expr(value)?;
                    self.emit_bind(target, &value)?;
                }
            }
            StmtKind::If { condition, then_body, else_body } => {
                let truth = self.emit_condition(condition)?;
                let then_block = self.append_block("then");
                let else_block = if else_body.is_empty() { None } else { Some(self.append_block("else")) };
                let end_block = self.append_block("endif");
                self.builder.build_conditional_branch(truth, then_block, else_block.unwrap_or(end_block))?;
                self.builder.position_at_end(then_block);
                self.emit_block(then_body)?;
                self.branch_to(end_block)?;
                if let Some(else_block) = else_block {
                    self.builder.position_at_end(else_block);
                    self.emit_block(else_body)?;
                    self.branch_to(end_block)?;
                }
                self.builder.position_at_end(end_block);
            }
            StmtKind::While { condition, body, else_body } => {
                let header = self.append_block("while.cond");
                let body_block = self.append_block("while.body");
                let else_block = self.append_block("while.else");
                let exit = self.append_block("while.end");
                self.branch_to(header)?;
                self.builder.position_at_end(header);
                let truth = self.emit_condition(condition)?;
                self.builder.build_conditional_branch(truth, body_block, else_block)?;
                self.builder.position_at_end(body_block);
                self.emit_interrupt_poll()?;
                self.emit_loop_rest(body, header, else_body, else_block, exit)?;
            }
            StmtKind::For { target, iterable, body, else_body } => self.emit_for(target, iterable, body, else_body)?,
            StmtKind::Return(value) => {
                let value = match value {
                    Some(value) => Some(self.emit_expr(value)?),
                    None => None,
                };
                if value.as_ref().is_some_and(Value::is_never) {
                    return Ok(());
                }
                // A value about to be returned is kept in its final type
                // while `finally` bodies run.
                let value = match value {
                    Some(value) if !self.finally_frames.is_empty() => Some(self.coerce(value, &self.returned_value_type())?),
                    other => other,
                };
                self.emit_finally_before_return()?;
                if self.is_terminated() {
                    return Ok(());
                }
                self.emit_return(value)?;
            }
            StmtKind::Break => {
                let target = self.loops.last().ok_or_else(|| CodegenError::new("`break` outside a loop"))?.break_block;
                self.emit_finally_before_loop_exit()?;
                self.branch_to(target)?;
            }
            StmtKind::Continue => {
                let target = self.loops.last().ok_or_else(|| CodegenError::new("`continue` outside a loop"))?.continue_block;
                self.emit_finally_before_loop_exit()?;
                self.branch_to(target)?;
            }
            StmtKind::Try { body, handlers, else_body, finally_body } => self.emit_try(body, handlers, else_body, finally_body)?,
            StmtKind::Raise { exception, cause, reraise } => self.emit_raise_statement(exception.as_ref(), cause.as_ref(), *reraise)?,
            StmtKind::Pass => {}
            StmtKind::FunctionDef { function, target, decorated } => {
                self.emit_defaults(*function)?;
                match (target, decorated) {
                    // A name only this `def` binds: calls through it are
                    // direct, and only its bound flag is kept.
                    (Variable::Global(global), None) if matches!(self.gen.program.global(*global).kind, GlobalKind::Function(_)) => {
                        if let Some(flag) = self.gen.global_slot(*global).bound {
                            self.builder.build_store(flag.as_pointer_value(), self.i1(true))?;
                        }
                    }
                    _ => {
                        let value = match decorated {
                            Some(value) => self.emit_expr(value)?,
                            None => {
                                let target_type = match target {
                                    Variable::Local(local) => self.instance.local_types[local.0 as usize].clone(),
                                    Variable::Global(global) => self.gen.typed.global_types[global.0 as usize].clone(),
                                };
                                self.function_value(*function, &target_type)?
                            }
                        };
                        self.emit_bind(&Target::Variable { variable: *target, span: stmt.span }, &value)?;
                    }
                }
            }
            StmtKind::ClassDef { body, .. } => self.emit_block(body)?,
            StmtKind::MethodDef { function } => self.emit_defaults(*function)?,
            StmtKind::Assert { test, message } => {
                let truth = self.emit_condition(test)?;
                let fail_block = self.append_block("assert.fail");
                let ok_block = self.append_block("assert.ok");
                self.builder.build_conditional_branch(truth, ok_block, fail_block)?;
                self.builder.position_at_end(fail_block);
                match message {
                    Some(message) => {
                        let value = self.emit_expr(message)?;
                        if !value.is_never() {
                            self.emit_raise_builtin_exception("AssertionError", &[value])?;
                        }
                    }
                    None => self.emit_raise_builtin_exception("AssertionError", &[])?,
                }
                self.branch_to(ok_block)?;
                self.builder.position_at_end(ok_block);
            }
        }
        Ok(())
    }

    /// The body of a loop (with `continue` going to `next`, `break` to `exit`),
    /// then its `else` block, which runs when the loop ends without `break`;
    /// leaves the builder at `exit`.
    fn emit_loop_rest(
        &mut self,
        body: &[Stmt],
        next: BasicBlock<'ctx>,
        else_body: &[Stmt],
        else_block: BasicBlock<'ctx>,
        exit: BasicBlock<'ctx>,
    ) -> CodegenResult<()> {
        self.loops.push(LoopTargets { continue_block: next, break_block: exit });
        self.emit_block(body)?;
        self.loops.pop();
        self.branch_to(next)?;
        self.builder.position_at_end(else_block);
        self.emit_block(else_body)?;
        self.branch_to(exit)?;
        self.builder.position_at_end(exit);
        Ok(())
    }

    /// Evaluates expressions left to right; `None` as soon as one never
    /// completes (the rest would be dead code).
    pub(crate) fn emit_each<'e>(&mut self, exprs: impl IntoIterator<Item = &'e Expr>) -> CodegenResult<Option<Vec<Value<'ctx>>>> {
        let mut values = Vec::new();
        for expr in exprs {
            let value = self.emit_expr(expr)?;
            if value.is_never() {
                return Ok(None);
            }
            // A call's `*tuple` argument is spread into its members, as
            // inference's `argument_types` spreads their types.
            if let (ExprKind::Starred(_), Type::Tuple(members)) = (&expr.kind, &value.ty) {
                for (index, member) in members.clone().iter().enumerate() {
                    values.push(self.tuple_member(&value, index, member)?);
                }
                continue;
            }
            values.push(value);
        }
        Ok(Some(values))
    }

    /// The arguments of `range(...)`, or `None` when one never produces a
    /// value. A box inference narrowed to an int raises CPython's "cannot
    /// be interpreted as an integer" for anything else.
    pub(super) fn emit_range_arguments(&mut self, args: &[Expr]) -> CodegenResult<Option<Vec<Value<'ctx>>>> {
        let mut values = Vec::new();
        for arg in args {
            self.narrowed_receiver = Some((arg.id, INDEX_NARROWING.to_string()));
            let value = self.emit_expr(arg)?;
            if value.is_never() {
                return Ok(None);
            }
            // A CPython object: its `__index__`, as CPython's range takes it.
            let value = if value.ty == Type::Foreign {
                let index = self.call_runtime_value(taipan_abi::vm_names::taipan_vm_to_index, &[value.get()?], "range.index")?;
                if self.makes_fresh_handle(arg) {
                    self.call_runtime(taipan_abi::vm_names::taipan_vm_release, &[value.pointer()?.into()], "")?;
                }
                Value::new(index, Type::Int)
            } else {
                value
            };
            values.push(value);
        }
        Ok(Some(values))
    }

    fn emit_for(&mut self, target: &Target, iterable: &Expr, body: &[Stmt], else_body: &[Stmt]) -> CodegenResult<()> {
        if let ExprKind::Call { callee, args, .. } = &iterable.kind {
            if let ExprKind::Builtin(Builtin::Range) = callee.kind {
                return self.emit_for_range(target, args, body, else_body);
            }
        }
        self.emit_for_generic(target, iterable, body, else_body)
    }

    /// `for target in range(start, stop, step)`: a counted loop on an `i64`,
    /// with no range object.
    fn emit_for_range(&mut self, target: &Target, args: &[Expr], body: &[Stmt], else_body: &[Stmt]) -> CodegenResult<()> {
        let Some(values) = self.emit_range_arguments(args)? else { return Ok(()) };
        for value in &values {
            if !matches!(value.ty, Type::Int | Type::Bool) {
                let message = format!("'{}' object cannot be interpreted as an integer", value.ty.python_name());
                return self.emit_raise(ExceptionKind::TypeError, &message);
            }
        }
        let mut ints = Vec::new();
        for value in &values {
            ints.push(self.as_i64(value)?);
        }
        let (start, stop, step) = match ints.as_slice() {
            [stop] => (self.const_int(0), *stop, self.const_int(1)),
            [start, stop] => (*start, *stop, self.const_int(1)),
            [start, stop, step] => (*start, *stop, *step),
            _ => return Err(CodegenError::new("range with a wrong argument count")),
        };
        let constant_step = step.get_sign_extended_constant();
        if constant_step.is_none() || constant_step == Some(0) {
            let zero = self.builder.build_int_compare(IntPredicate::EQ, step, self.const_int(0), "zero_step")?;
            self.raise_if(zero, ExceptionKind::ValueError, "range() arg 3 must not be zero")?;
        }
        let counter = self.entry_alloca(self.i64_type(), "range.counter")?;
        self.builder.build_store(counter, start)?;
        let header = self.append_block("for.cond");
        let body_block = self.append_block("for.body");
        let latch = self.append_block("for.step");
        let else_block = self.append_block("for.else");
        let exit = self.append_block("for.end");
        self.builder.build_unconditional_branch(header)?;
        self.builder.position_at_end(header);
        let current = self.builder.build_load(self.i64_type(), counter, "i")?.into_int_value();
        let ascending = self.builder.build_int_compare(IntPredicate::SLT, current, stop, "below_stop")?;
        let descending = self.builder.build_int_compare(IntPredicate::SGT, current, stop, "above_stop")?;
        let keep_going = match constant_step {
            Some(step) if step > 0 => ascending,
            Some(step) if step < 0 => descending,
            _ => {
                let positive = self.builder.build_int_compare(IntPredicate::SGT, step, self.const_int(0), "step_positive")?;
                self.builder.build_select(positive, ascending, descending, "in_range")?.into_int_value()
            }
        };
        self.builder.build_conditional_branch(keep_going, body_block, else_block)?;
        self.builder.position_at_end(body_block);
        self.emit_interrupt_poll()?;
        self.emit_bind(target, &Value::new(current, Type::Int))?;
        self.loops.push(LoopTargets { continue_block: latch, break_block: exit });
        self.emit_block(body)?;
        self.loops.pop();
        self.branch_to(latch)?;
        self.builder.position_at_end(latch);
        let current = self.builder.build_load(self.i64_type(), counter, "i")?.into_int_value();
        // Stepping past i64's range means the counter has passed `stop`.
        let sum = self
            .call_intrinsic("llvm.sadd.with.overflow", &[self.i64_type().into()], &[current.into(), step.into()], "next")?
            .into_struct_value();
        let next = self.builder.build_extract_value(sum, 0, "next_i")?.into_int_value();
        let overflowed = self.builder.build_extract_value(sum, 1, "wrapped")?.into_int_value();
        self.builder.build_store(counter, next)?;
        self.builder.build_conditional_branch(overflowed, else_block, header)?;
        self.builder.position_at_end(else_block);
        self.emit_block(else_body)?;
        self.branch_to(exit)?;
        self.builder.position_at_end(exit);
        Ok(())
    }

    /// The scratch buffer of `local`, if it is a scratch local (see
    /// `scratch`); made in the entry block on first use.
    pub(super) fn scratch_buffer(&mut self, local: LocalId) -> CodegenResult<Option<PointerValue<'ctx>>> {
        match self.scratch_strs.get(&local) {
            None => Ok(None),
            Some(Some(buffer)) => Ok(Some(*buffer)),
            Some(None) => {
                // Words of the buffer's size: the runtime lays the object out.
                let words = std::mem::size_of::<taipan_abi::ScratchStr>() / 8;
                let buffer_type = self.i64_type().array_type(words as u32);
                let buffer = self.entry_alloca(buffer_type, "scratch.str")?;
                self.scratch_strs.insert(local, Some(buffer));
                Ok(Some(buffer))
            }
        }
    }

    /// A str about to be bound to `local`: when `local` is a scratch local
    /// and the str is another local's scratch str (`key = word.lower()` may
    /// be `word` itself), a copy in `local`'s own buffer, since the other
    /// buffer is rewritten when its local is bound again.
    fn keep_in_own_scratch(&mut self, local: LocalId, value: &Value<'ctx>) -> CodegenResult<Value<'ctx>> {
        if value.ty != Type::Str || !self.scratch_strs.contains_key(&local) {
            return Ok(value.clone());
        }
        let Some(buffer) = self.scratch_buffer(local)? else { return Ok(value.clone()) };
        let string = value.pointer()?;
        let flags_address = self.builder.build_struct_gep(self.gen.str_type, string, taipan_abi::STR_FIELD_FLAGS, "flags.address")?;
        let flags = self.builder.build_load(self.gen.context.i32_type(), flags_address, "flags")?.into_int_value();
        let scratch_bit = self.gen.context.i32_type().const_int(taipan_abi::str_flags::SCRATCH as u64, false);
        let is_scratch = self.builder.build_and(flags, scratch_bit, "scratch.bit")?;
        let is_scratch = self.builder.build_int_compare(IntPredicate::NE, is_scratch, self.gen.context.i32_type().const_zero(), "is.scratch")?;
        let is_own = self.builder.build_int_compare(IntPredicate::EQ, string, buffer, "is.own")?;
        let is_own = self.builder.build_not(is_own, "is.other")?;
        let must_copy = self.builder.build_and(is_scratch, is_own, "must.copy")?;
        let before = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insert block"))?;
        let copy_block = self.append_block("scratch.copy");
        let done_block = self.append_block("scratch.kept");
        self.builder.build_conditional_branch(must_copy, copy_block, done_block)?;
        self.builder.position_at_end(copy_block);
        // Both are whole `ScratchStr`s: copy the other buffer as it is, then
        // point the copy's `data` at its own bytes.
        let size = std::mem::size_of::<taipan_abi::ScratchStr>() as u64;
        self.builder
            .build_memcpy(buffer, 8, string, 8, self.i64_type().const_int(size, false))
            .map_err(|error| CodegenError::new(format!("copying a scratch str: {error}")))?;
        let bytes_offset = std::mem::offset_of!(taipan_abi::ScratchStr, bytes) as u64;
        // SAFETY of the GEP: the offset lies inside the buffer.
        let own_bytes = unsafe { self.builder.build_in_bounds_gep(self.gen.context.i8_type(), buffer, &[self.i64_type().const_int(bytes_offset, false)], "scratch.bytes")? };
        let data_address = self.builder.build_struct_gep(self.gen.str_type, buffer, taipan_abi::STR_FIELD_DATA, "scratch.data")?;
        self.builder.build_store(data_address, own_bytes)?;
        let copied = buffer;
        self.builder.build_unconditional_branch(done_block)?;
        self.builder.position_at_end(done_block);
        let kept = self.builder.build_phi(string.get_type(), "kept")?;
        kept.add_incoming(&[(&string, before), (&copied, copy_block)]);
        Ok(Value::new(kept.as_basic_value().into_pointer_value(), Type::Str))
    }

    /// `key = word.lower()` (or `upper`) where `key` is a scratch local: the
    /// result is built in `key`'s buffer (see `scratch`).
    fn try_emit_case_map_into_scratch(&mut self, target: &Target, value: &Expr) -> CodegenResult<bool> {
        let Target::Variable { variable: Variable::Local(local), .. } = target else { return Ok(false) };
        let ExprKind::Call { callee, args, keywords } = &value.kind else { return Ok(false) };
        let ExprKind::Attribute { value: receiver, name } = &callee.kind else { return Ok(false) };
        let upper = match name.as_str() {
            "upper" => 1,
            "lower" => 0,
            _ => return Ok(false),
        };
        if !args.is_empty() || !keywords.is_empty() || self.expr_type(receiver) != Type::Str || self.expr_type(value) != Type::Str {
            return Ok(false);
        }
        let Some(buffer) = self.scratch_buffer(*local)? else { return Ok(false) };
        let string = self.emit_expr(receiver)?;
        if string.is_never() {
            return Ok(true);
        }
        let upper = self.gen.context.i8_type().const_int(upper, false);
        let result = self.call_runtime_value(names::taipan_str_case_into, &[string.get()?, buffer.into(), upper.into()], "case")?.into_pointer_value();
        self.emit_bind(target, &Value::new(result, Type::Str))?;
        Ok(true)
    }

    fn emit_bind(&mut self, target: &Target, value: &Value<'ctx>) -> CodegenResult<()> {
        if value.is_never() {
            return Ok(());
        }
        match target {
            Target::Variable { variable: Variable::Local(local), .. } => {
                let local_type = self.instance.local_types[local.0 as usize].clone();
                let value = &self.coerce(value.clone(), &local_type)?;
                let value = &self.keep_in_own_scratch(*local, value)?;
                let slot = &self.locals[local.0 as usize];
                let (value_slot, bound) = (slot.value, slot.bound);
                if let (Some(storage), true) = (value_slot, self.owning_foreign.contains(local)) {
                    // The local's handle is its own: the object it named goes
                    // now, as CPython drops a rebound variable's reference.
                    let old = self.builder.build_load(self.ptr_type(), storage, "cpython.old")?;
                    self.call_runtime(taipan_abi::vm_names::taipan_vm_release, &[old.into()], "")?;
                }
                if let (Some(slot), Some(llvm)) = (value_slot, value.llvm) {
                    self.builder.build_store(slot, llvm)?;
                }
                if let Some(flag) = bound {
                    self.builder.build_store(flag, self.i1(true))?;
                }
            }
            Target::Variable { variable: Variable::Global(global), .. } => {
                let global_type = self.gen.typed.global_types[global.0 as usize].clone();
                let value = &self.coerce(value.clone(), &global_type)?;
                let slot = self.gen.global_slot(*global);
                if let (Some(storage), Some(llvm)) = (slot.value, value.llvm) {
                    self.builder.build_store(storage.as_pointer_value(), llvm)?;
                }
                if let Some(flag) = slot.bound {
                    self.builder.build_store(flag.as_pointer_value(), self.i1(true))?;
                }
                self.emit_mirror_global(*global)?;
            }
            Target::Index { value: object, index, .. } if self.expr_type(object) == Type::Foreign => self.emit_foreign_store_item(object, index, value)?,
            Target::Index { .. } | Target::Slice { .. } => self.emit_subscript_target(target, Some(value))?,
            Target::Attribute { value: object, name, .. } if self.expr_type(object) == Type::Foreign => self.emit_foreign_store_attribute(object, name, value)?,
            Target::Attribute { value: object, name, span } => self.emit_store_attribute(object, name, value, *span)?,
            Target::Tuple { elements, starred: Some(position), .. } => match &value.ty {
                Type::Tuple(_) => {
                    let rest_type = self.starred_rest_type(&elements[*position]);
                    self.emit_unpack_tuple_starred(elements, *position, value, &rest_type)?
                }
                _ => self.emit_unpack_sequence(elements, Some(*position), value)?,
            },
            Target::Tuple { elements, .. } if value.ty == Type::Foreign => self.emit_foreign_unpack(elements, value)?,
            Target::Tuple { elements, .. } if value.ty.is_dynamic() => {
                // Every type the box may hold is a tuple of this length
                // (inference checked): each part is indexed out of it.
                let Some(parts) = value.ty.dynamic_unpacking(elements.len()) else {
                    return Err(CodegenError::new(format!("unpacking a value of the types {}", value.ty)));
                };
                for (index, (element, part_type)) in elements.iter().zip(parts).enumerate() {
                    let position = Value::new(self.const_int(index as i64), Type::Int);
                    let part = self.emit_dynamic_get_item(value, &position, &part_type)?;
                    self.emit_bind(element, &part)?;
                }
            }
            Target::Tuple { elements, .. } => match &value.ty {
                Type::Tuple(members) if members.len() == elements.len() => {
                    let aggregate = value.get()?.into_struct_value();
                    let mut parts = Vec::new();
                    for (field, member) in members.iter().enumerate() {
                        if ModuleGenerator::has_value(member) {
                            let part = self.builder.build_extract_value(aggregate, field as u32, "unpacked")?;
                            parts.push(Value { llvm: Some(part), ty: member.clone() });
                        } else {
                            parts.push(Value { llvm: None, ty: member.clone() });
                        }
                    }
                    for (element, part) in elements.iter().zip(parts) {
                        self.emit_bind(element, &part)?;
                    }
                }
                Type::Tuple(members) => {
                    let expected = elements.len();
                    let got = members.len();
                    let message = if got > expected {
                        format!("too many values to unpack (expected {expected})")
                    } else {
                        format!("not enough values to unpack (expected {expected}, got {got})")
                    };
                    self.emit_raise(ExceptionKind::ValueError, &message)?;
                }
                Type::Int | Type::Float | Type::Bool | Type::None => {
                    let message = format!("cannot unpack non-iterable {} object", value.ty.python_name());
                    self.emit_raise(ExceptionKind::TypeError, &message)?;
                }
                _ => self.emit_unpack_sequence(elements, None, value)?,
            },
        }
        Ok(())
    }

    /// The list type a starred target is bound to, as inference typed it.
    fn starred_rest_type(&self, target: &Target) -> Type {
        match target {
            Target::Variable { variable: Variable::Local(local), .. } => self.instance.local_types[local.0 as usize].clone(),
            Target::Variable { variable: Variable::Global(global), .. } => self.gen.typed.global_types[global.0 as usize].clone(),
            _ => Type::Unknown,
        }
    }

    /// `v = source[:]` or `v = source.copy()` where the list local `v` owns
    /// its object: the copy is written into the object `v` held (null when
    /// unbound), which nothing else can refer to.
    fn try_emit_copy_into_owned_list(&mut self, target: &Target, value: &Expr) -> CodegenResult<bool> {
        let Target::Variable { variable: Variable::Local(local), .. } = target else { return Ok(false) };
        if !self.owning_lists.contains(local) {
            return Ok(false);
        }
        let source = match &value.kind {
            ExprKind::Slice { value: source, bounds } if bounds.start.is_none() && bounds.stop.is_none() && bounds.step.is_none() => source,
            ExprKind::Call { callee, args, keywords } if args.is_empty() && keywords.is_empty() => match &callee.kind {
                ExprKind::Attribute { value: source, name } if name == "copy" => source,
                _ => return Ok(false),
            },
            _ => return Ok(false),
        };
        let local_type = self.instance.local_types[local.0 as usize].clone();
        if self.expr_type(source) != local_type {
            return Ok(false);
        }
        let source = self.emit_expr(source)?;
        if source.is_never() {
            return Ok(true);
        }
        let slot = &self.locals[local.0 as usize];
        let (Some(value_slot), Some(bound_flag)) = (slot.value, slot.bound) else {
            return Err(CodegenError::new("an owning list local without a slot and a bound flag"));
        };
        let is_bound = self.builder.build_load(self.gen.context.bool_type(), bound_flag, "owner.is_bound")?.into_int_value();
        let held = self.builder.build_load(self.ptr_type(), value_slot, "owner.held")?.into_pointer_value();
        let old = self.builder.build_select(is_bound, held, self.ptr_type().const_null(), "owner.old")?;
        let copy = self.emit_list_copy_into(old.into_pointer_value(), source.pointer()?, &local_type)?;
        self.emit_bind(target, &Value { llvm: Some(copy.into()), ty: local_type })?;
        Ok(true)
    }

    fn emit_variable_read(&mut self, variable: Variable, _span: taipan_parser_bridge::source::Span) -> CodegenResult<Value<'ctx>> {
        match variable {
            Variable::Local(local) => {
                let local_type = self.instance.local_types[local.0 as usize].clone();
                let name = self.def.locals[local.0 as usize].name.clone();
                let slot = &self.locals[local.0 as usize];
                let (value_slot, bound) = (slot.value, slot.bound);
                let (kind, message) = if self.def.captures.iter().any(|capture| capture.local == local) {
                    (ExceptionKind::NameError, format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
                } else {
                    (ExceptionKind::UnboundLocalError, format!("cannot access local variable '{name}' where it is not associated with a value"))
                };
                if local_type == Type::Unknown {
                    self.emit_raise(kind, &message)?;
                    return Ok(Value::never());
                }
                if let Some(flag) = bound {
                    let is_bound = self.builder.build_load(self.gen.context.bool_type(), flag, &format!("{name}.is_bound"))?.into_int_value();
                    let unbound = self.builder.build_not(is_bound, "unbound")?;
                    self.raise_if(unbound, kind, &message)?;
                }
                match value_slot {
                    Some(slot) => {
                        let llvm = self.builder.build_load(self.gen.llvm_type(&local_type), slot, &name)?;
                        Ok(Value { llvm: Some(llvm), ty: local_type })
                    }
                    None => Ok(Value { llvm: None, ty: local_type }),
                }
            }
            Variable::Global(global) => {
                let info = self.gen.program.global(global);
                if info.kind == GlobalKind::ModuleName {
                    let module_name = self.gen.program.module(info.module).name.clone();
                    let text = self.str_constant(&module_name);
                    return Ok(Value::new(text, Type::Str));
                }
                if let GlobalKind::Class(class) = info.kind {
                    // A class's name read as a value: its descriptor.
                    let descriptor = self.gen.class_descriptor(class)?;
                    return Ok(Value::new(descriptor, Type::Class { class: class.0 }));
                }
                let mut global_type = self.gen.typed.global_types[global.0 as usize].clone();
                if let GlobalKind::Function(function) = info.kind {
                    // A `def`'s name read as a value: the value is the function itself.
                    global_type = Type::Function(function.0);
                }
                let slot = self.gen.global_slot(global);
                let name = info.name.clone();
                if global_type == Type::Unknown {
                    self.emit_name_error(&name)?;
                    self.start_dead_block();
                    return Ok(Value::never());
                }
                if let Some(flag) = slot.bound {
                    let is_bound = self.builder.build_load(self.gen.context.bool_type(), flag.as_pointer_value(), "is_bound")?.into_int_value();
                    let unbound = self.builder.build_not(is_bound, "unbound")?;
                    self.name_error_if(unbound, &name)?;
                }
                match slot.value {
                    Some(storage) => {
                        let llvm = self.builder.build_load(self.gen.llvm_type(&global_type), storage.as_pointer_value(), &info.name)?;
                        Ok(Value { llvm: Some(llvm), ty: global_type })
                    }
                    None => Ok(Value { llvm: None, ty: global_type }),
                }
            }
        }
    }

    // ----- conditions ------------------------------------------------------

    /// The truth value of `expr` as an `i1`, short-circuiting `and`/`or`/`not`
    /// without materialising their operand values.
    fn emit_condition(&mut self, expr: &Expr) -> CodegenResult<IntValue<'ctx>> {
        match &expr.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.append_block(if *op == BoolOp::And { "and.end" } else { "or.end" });
                let mut incoming: Vec<(IntValue<'ctx>, BasicBlock<'ctx>)> = Vec::new();
                for (index, value) in values.iter().enumerate() {
                    let truth = self.emit_condition(value)?;
                    let block = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insert block"))?;
                    if index + 1 == values.len() {
                        if !self.is_terminated() {
                            incoming.push((truth, block));
                            self.builder.build_unconditional_branch(end)?;
                        }
                    } else {
                        let next = self.append_block("next_operand");
                        if !self.is_terminated() {
                            incoming.push((self.i1(*op == BoolOp::Or), block));
                            match op {
                                BoolOp::And => self.builder.build_conditional_branch(truth, next, end)?,
                                BoolOp::Or => self.builder.build_conditional_branch(truth, end, next)?,
                            };
                        }
                        self.builder.position_at_end(next);
                    }
                }
                self.builder.position_at_end(end);
                self.phi_of_bools(&incoming)
            }
            ExprKind::Unary { op: UnaryOp::Not, operand } => {
                let truth = self.emit_condition(operand)?;
                Ok(self.builder.build_not(truth, "not")?)
            }
            _ => {
                self.comparison_feeds_branch = matches!(expr.kind, ExprKind::Compare { .. });
                let value = self.emit_expr(expr)?;
                self.comparison_feeds_branch = false;
                self.emit_truth(&value)
            }
        }
    }

    fn phi_of_bools(&mut self, incoming: &[(IntValue<'ctx>, BasicBlock<'ctx>)]) -> CodegenResult<IntValue<'ctx>> {
        if incoming.is_empty() {
            return Ok(self.i1(false));
        }
        let phi = self.builder.build_phi(self.gen.context.bool_type(), "truth")?;
        for (value, block) in incoming {
            phi.add_incoming(&[(value, *block)]);
        }
        Ok(phi.as_basic_value().into_int_value())
    }

    /// `bool(value)`.
    fn emit_truth(&mut self, value: &Value<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        Ok(match &value.ty {
            Type::Bool => value.int()?,
            Type::Int => self.builder.build_int_compare(IntPredicate::NE, value.int()?, self.const_int(0), "nonzero")?,
            // NaN is true, as in CPython.
            Type::Float => self.builder.build_float_compare(
                FloatPredicate::UNE,
                value.float()?,
                self.gen.context.f64_type().const_zero(),
                "nonzero",
            )?,
            Type::None => self.i1(false),
            Type::Str => {
                let length = self.str_length(value.pointer()?)?;
                self.builder.build_int_compare(IntPredicate::NE, length, self.const_int(0), "nonempty")?
            }
            Type::Tuple(members) => self.i1(!members.is_empty()),
            Type::List(_) | Type::Dict(_) | Type::Set(_) | Type::FrozenSet(_) | Type::Range | Type::VarTuple(_) | Type::DictView(..) => {
                let length = self.container_length(value)?;
                self.builder.build_int_compare(IntPredicate::NE, length, self.const_int(0), "nonempty")?
            }
            Type::Function(_) | Type::Functions(_) | Type::Closure { .. } | Type::Class { .. } | Type::Generator(_) | Type::BoundMethod { .. } => self.i1(true),
            // Classes with `__bool__` or `__len__` answer through their
            // descriptor; None is false.
            Type::Instance { class, .. } if self.gen.class_defines_truth(ClassId(*class)) => {
                let depth = self.callee_depth()?;
                let byte = self.call_runtime_value(names::taipan_instance_truth, &[value.pointer()?.into(), depth.into()], "truth")?.into_int_value();
                self.builder.build_int_compare(IntPredicate::NE, byte, self.gen.context.i8_type().const_zero(), "truth")?
            }
            Type::Instance { or_none: true, .. } => self.builder.build_is_not_null(value.pointer()?, "not_none")?,
            Type::Instance { or_none: false, .. } => self.i1(true),
            Type::Union(_) => self.emit_dynamic_truth(value)?,
            Type::Foreign => self.emit_foreign_truth(value)?,
            Type::Unknown | Type::Spread(_) => self.i1(false),
        })
    }

    /// CPython's ValueError for a `__len__` result below zero.
    fn check_length_not_negative(&mut self, length: IntValue<'ctx>) -> CodegenResult<()> {
        let negative = self.builder.build_int_compare(IntPredicate::SLT, length, self.const_int(0), "negative_length")?;
        let raise_block = self.append_block("len.negative");
        let fine = self.append_block("len.fine");
        self.builder.build_conditional_branch(negative, raise_block, fine)?;
        self.builder.position_at_end(raise_block);
        self.emit_raise(ExceptionKind::ValueError, "__len__() should return >= 0")?;
        self.builder.build_unreachable()?;
        self.builder.position_at_end(fine);
        Ok(())
    }

    /// The length in code points of a str, read from the object's header.
    fn str_length(&mut self, string: PointerValue<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        let field = self.builder.build_struct_gep(self.gen.str_type, string, STR_FIELD_CHAR_LENGTH, "len.field")?;
        let length = self.builder.build_load(self.i64_type(), field, "len")?;
        self.mark_length(length)?;
        Ok(length.into_int_value())
    }

    // ----- expressions -----------------------------------------------------

    pub fn emit_expr(&mut self, expr: &Expr) -> CodegenResult<Value<'ctx>> {
        let expected = self.expr_type(expr);
        // Read before the expression's parts are emitted: they set the
        // narrowing names of their own operands.
        let attribute = match &self.narrowed_receiver {
            Some((id, name)) if *id == expr.id => Some(name.clone()),
            _ => None,
        };
        let outer_narrowing = std::mem::replace(&mut self.result_narrowing, attribute.clone());
        let value = self.emit_expr_kind(expr, &expected);
        self.result_narrowing = outer_narrowing;
        let value = value?;
        // A box where inference narrowed the expression to one type (the
        // receiver of a method only one of its types has): unboxed, checked.
        let value = if value.ty.is_dynamic() && !expected.is_dynamic() && expected != Type::Unknown && !value.is_never() {
            self.unbox_value(&value, &expected, attribute.as_deref())?
        } else if value.ty.is_dynamic() && expected.is_dynamic() && value.ty != expected {
            // Narrowed to fewer types, still of the dynamic tier: the same
            // box, or its content as a `T | None` pair.
            self.coerce(value, &expected)?
        } else {
            value
        };
        if value.is_never() && !self.is_terminated() {
            // The expression cannot produce a value: nothing after it runs.
            // Normally this block is already dead (the expression raised) and
            // LLVM drops it; should inference ever be wrong, the program stops
            // with an error instead of running into undefined behaviour.
            self.emit_impossible_path()?;
            self.start_dead_block();
        }
        if value.is_never() {
            return Ok(Value::never());
        }
        Ok(value)
    }

    fn emit_expr_kind(&mut self, expr: &Expr, expected: &Type) -> CodegenResult<Value<'ctx>> {
        if let Some(value) = self.try_emit_foreign_expr(expr, expected)? {
            return Ok(value);
        }
        match &expr.kind {
            ExprKind::Int(value) => Ok(Value::new(self.const_int(*value), Type::Int)),
            ExprKind::Float(value) => Ok(Value::new(self.gen.context.f64_type().const_float(*value), Type::Float)),
            ExprKind::Bool(value) => Ok(Value::new(self.i1(*value), Type::Bool)),
            ExprKind::None => Ok(Value::none()),
            ExprKind::Str(text) => {
                let pointer = self.str_constant(text);
                Ok(Value::new(pointer, Type::Str))
            }
            ExprKind::Variable(variable) => self.emit_variable_read(*variable, expr.span),
            ExprKind::Builtin(_) => Ok(Value::never()),
            ExprKind::Undefined(name) => {
                self.emit_name_error(name)?;
                self.start_dead_block();
                Ok(Value::never())
            }
            ExprKind::Binary { op, left, right } => {
                // An operand narrowed from `T | None` (inference's
                // `narrow_sequence_operand`) raises CPython's TypeError for None.
                self.narrowed_receiver = Some((left.id, operand_narrowing(op.symbol(), &self.expr_type(right), true)));
                let left_value = self.emit_expr(left)?;
                self.narrowed_receiver = Some((right.id, operand_narrowing(op.symbol(), &left_value.ty, false)));
                let right_value = self.emit_expr(right)?;
                if left_value.is_never() || right_value.is_never() {
                    return Ok(Value::never());
                }
                if left_value.ty.is_dynamic() || right_value.ty.is_dynamic() {
                    return self.emit_dynamic_binary(*op, &left_value, &right_value, expected);
                }
                if matches!(left_value.ty, Type::Instance { .. }) || matches!(right_value.ty, Type::Instance { .. }) {
                    let (forward, reflected) = taipan_typeinfer::operators::operator_methods(*op);
                    if let Some(result) = self.emit_dunder((expr.id, Dunder::Operator), left_value.clone(), &[right_value.clone()], forward, expected)? {
                        return Ok(result);
                    }
                    if let Some(result) = self.emit_dunder((expr.id, Dunder::ReflectedOperator), right_value.clone(), &[left_value.clone()], reflected, expected)? {
                        return Ok(result);
                    }
                    let message = format!(
                        "unsupported operand type(s) for {}: '{}' and '{}'",
                        op.symbol(),
                        left_value.ty.python_name(),
                        right_value.ty.python_name()
                    );
                    self.emit_raise(ExceptionKind::TypeError, &message)?;
                    return Ok(Value::never());
                }
                self.emit_binary_any(*op, left_value, right_value, expected, right)
            }
            ExprKind::Unary { op: UnaryOp::Not, operand } => {
                let truth = self.emit_condition(operand)?;
                Ok(Value::new(self.builder.build_not(truth, "not")?, Type::Bool))
            }
            ExprKind::Unary { op, operand } => {
                let value = self.emit_expr(operand)?;
                if value.ty.is_dynamic() && *op == UnaryOp::Negate {
                    return self.emit_dynamic_negate(&value, expected);
                }
                if value.ty.is_dynamic() {
                    let code = if *op == UnaryOp::Invert { taipan_abi::dynamic_op::UNARY_INVERT } else { taipan_abi::dynamic_op::UNARY_PLUS };
                    return self.emit_dynamic_unary(code, &value, expected);
                }
                if let Type::Instance { .. } = value.ty {
                    let name = taipan_typeinfer::unary_method(*op);
                    if let Some(result) = self.emit_dunder((expr.id, Dunder::Operator), value.clone(), &[], name, expected)? {
                        return Ok(result);
                    }
                }
                self.emit_unary(*op, value)
            }
            _ => self.emit_expr_kind_rest(expr, expected),
        }
    }

    /// `left op right` for any operand types: containers, tuples (fixed or of
    /// run-time length) and scalars. `expected` is the result's type.
    fn emit_binary_any(&mut self, op: BinaryOp, left_value: Value<'ctx>, right_value: Value<'ctx>, expected: &Type, right: &Expr) -> CodegenResult<Value<'ctx>> {
        if (left_value.ty.is_container() || right_value.ty.is_container()) && !left_value.ty.is_dynamic() && !right_value.ty.is_dynamic() {
            return self.emit_container_binary(op, left_value, right_value, false);
        }
        if let Type::VarTuple(_) = expected {
            // A tuple of run-time length: as lists, then viewed as a tuple.
            let left_value = self.coerce(left_value, expected)?;
            let result = if op == BinaryOp::Add {
                let right_value = self.coerce(right_value, expected)?;
                self.call_runtime_value(names::taipan_list_concat, &[left_value.get()?, right_value.get()?], "concat")?
            } else {
                let count = self.as_i64(&right_value)?;
                self.call_runtime_value(names::taipan_list_repeat, &[left_value.get()?, count.into()], "repeat")?
            };
            return Ok(Value { llvm: Some(result), ty: expected.clone() });
        }
        if let (Type::Tuple(_), Type::Tuple(_)) | (Type::Tuple(_), Type::Int) = (&left_value.ty, &right_value.ty) {
            if let Type::Tuple(result_members) = expected {
                return self.emit_tuple_binary(left_value, right_value, result_members.len());
            }
        }
        self.emit_binary(op, left_value, right_value, exponent_sign(right))
    }

    fn emit_expr_kind_rest(&mut self, expr: &Expr, expected: &Type) -> CodegenResult<Value<'ctx>> {
        match &expr.kind {
            ExprKind::BoolOp { .. } => self.emit_bool_op(expr, expected),
            ExprKind::Compare { left, comparisons } => self.emit_compare_chain(left, comparisons),
            ExprKind::IfElse { condition, then_value, else_value } => {
                let truth = self.emit_condition(condition)?;
                let then_block = self.append_block("ifexp.then");
                let else_block = self.append_block("ifexp.else");
                let end = self.append_block("ifexp.end");
                self.builder.build_conditional_branch(truth, then_block, else_block)?;
                let mut incoming = Vec::new();
                for (block, value_expr) in [(then_block, then_value), (else_block, else_value)] {
                    self.builder.position_at_end(block);
                    let value = self.emit_expr(value_expr)?;
                    let value = self.coerce(value, expected)?;
                    if value.is_never() {
                        // This branch raises: it must not reach the merge.
                        if !self.is_terminated() {
                            self.emit_impossible_path()?;
                        }
                        continue;
                    }
                    if !self.is_terminated() {
                        let current = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?;
                        incoming.push((value, current));
                        self.builder.build_unconditional_branch(end)?;
                    }
                }
                self.builder.position_at_end(end);
                self.merge_values(&incoming, expected)
            }
            ExprKind::Call { callee, args, keywords } => self.emit_call(expr, callee, args, keywords, expected),
            ExprKind::Attribute { value, name } => self.emit_attribute(expr, value, name, expected),
            ExprKind::Super { .. } => Err(CodegenError::new("super() outside a method call reached codegen")),
            ExprKind::Index { value, index } => {
                // A box narrowed to the one type it can be indexed as.
                self.narrowed_receiver = Some((value.id, SUBSCRIPT_NARROWING.to_string()));
                let container = self.emit_expr(value)?;
                let position = self.emit_expr(index)?;
                if container.is_never() || position.is_never() {
                    return Ok(Value::never());
                }
                if container.ty.is_dynamic() {
                    return self.emit_dynamic_get_item(&container, &position, expected);
                }
                if let Type::Instance { .. } = container.ty {
                    return self.emit_required_dunder((expr.id, Dunder::GetItem), container, &[position], "__getitem__", expected);
                }
                if let Type::Class { class } = container.ty {
                    return self.emit_enum_lookup(ClassId(class), "name", &position);
                }
                let non_constant_tuple = matches!(container.ty, Type::Tuple(_)) && constant_int(index).is_none();
                if let Type::VarTuple(element) = &container.ty {
                    let list_type = Type::List(taipan_typeinfer::types::Container::structural(vec![(**element).clone()]));
                    let as_list = Value { llvm: container.llvm, ty: list_type };
                    return self.emit_container_index_with(&as_list, &position, "tuple index out of range");
                }
                if !matches!(container.ty, Type::Str | Type::Tuple(_)) || non_constant_tuple {
                    return self.emit_container_index(&container, &position, expected);
                }
                match &container.ty {
                    Type::Str => {
                        if !matches!(position.ty, Type::Int | Type::Bool) {
                            let message = format!("string indices must be integers, not '{}'", position.ty.python_name());
                            self.emit_raise(ExceptionKind::TypeError, &message)?;
                            return Ok(Value::never());
                        }
                        let position = self.as_i64(&position)?;
                        let item = self.call_runtime_value(names::taipan_str_get_item, &[container.get()?, position.into()], "char")?;
                        Ok(Value { llvm: Some(item), ty: Type::Str })
                    }
                    Type::Tuple(members) => {
                        let length = members.len() as i64;
                        let constant = constant_int(index).ok_or_else(|| CodegenError::new("non-constant tuple index"))?;
                        let adjusted = if constant < 0 { constant + length } else { constant };
                        if !(0..length).contains(&adjusted) {
                            self.emit_raise(ExceptionKind::IndexError, "tuple index out of range")?;
                            return Ok(Value::never());
                        }
                        let member = members[adjusted as usize].clone();
                        if !ModuleGenerator::has_value(&member) {
                            return Ok(Value { llvm: None, ty: member });
                        }
                        let llvm = self.builder.build_extract_value(container.get()?.into_struct_value(), adjusted as u32, "item")?;
                        Ok(Value { llvm: Some(llvm), ty: member })
                    }
                    other => Err(CodegenError::new(format!("indexing {other}"))),
                }
            }
            ExprKind::FormattedString(parts) => match self.emit_format_parts(parts, &[])? {
                Some(text) => Ok(Value::new(text, Type::Str)),
                None => Ok(Value::never()),
            },
            ExprKind::PercentFormat { parts, value, template } => {
                let value = self.emit_expr(value)?;
                if value.is_never() {
                    return Ok(Value::never());
                }
                if value.ty.contains_foreign() {
                    // CPython formats CPython objects (inference checked the
                    // value crosses); the result is a str.
                    let template = Value::new(self.str_constant(template), Type::Str);
                    let formatted = self.emit_foreign_binary(BinaryOp::Mod, &template, &value, false)?;
                    let text = self.call_runtime_value(taipan_abi::vm_names::taipan_vm_str, &[formatted.pointer()?.into()], "formatted")?;
                    self.call_runtime(taipan_abi::vm_names::taipan_vm_release, &[formatted.pointer()?.into()], "")?;
                    return Ok(Value::new(text, Type::Str));
                }
                match self.emit_percent_format(parts, &value)? {
                    Some(text) => Ok(Value::new(text, Type::Str)),
                    None => Ok(Value::never()),
                }
            }
            ExprKind::StrFormat { arguments, parts } => {
                let mut values = Vec::new();
                for argument in arguments {
                    values.push(self.emit_expr(argument)?);
                }
                if values.iter().any(Value::is_never) {
                    return Ok(Value::never());
                }
                match self.emit_format_parts(parts, &values)? {
                    Some(text) => Ok(Value::new(text, Type::Str)),
                    None => Ok(Value::never()),
                }
            }
            ExprKind::Tuple(elements) => {
                let mut values = Vec::new();
                for element in elements {
                    values.push(self.emit_expr(element)?);
                }
                if values.iter().any(Value::is_never) {
                    return Ok(Value::never());
                }
                self.build_tuple(values)
            }
            ExprKind::Slice { value, bounds } => self.emit_slice(value, bounds, expected),
            ExprKind::List(elements) => self.emit_list_display(elements, expected),
            ExprKind::Set(elements) => self.emit_set_display(elements, expected),
            ExprKind::Dict(items) => self.emit_dict_display(items, expected),
            ExprKind::Comprehension(comprehension) => self.emit_comprehension(comprehension, expected),
            ExprKind::Lambda(function) => self.function_value(*function, expected),
            ExprKind::Yield(value) => self.emit_yield(value.as_deref()),
            // A call's `*tuple` argument: `emit_each` spreads its members.
            ExprKind::Starred(value) => self.emit_expr(value),
            ExprKind::EnumMember { class, name, value } => {
                let value = self.emit_expr(value)?;
                if value.is_never() {
                    return Ok(Value::never());
                }
                let Some(CallResolution::Construct { init, .. }) = self.instance.calls.get(&expr.id).cloned() else { return Ok(Value::never()) };
                let name = Value::new(self.str_constant(name), Type::Str);
                self.emit_construct_with(*class, init.as_deref(), &[name, value], &[])
            }
            ExprKind::YieldFrom(iterable) => self.emit_yield_from(iterable),
            ExprKind::ExactType { value, types, negate } => {
                let value = self.emit_expr(value)?;
                if value.is_never() {
                    return Ok(Value::never());
                }
                let truth = self.emit_exact_type_test(&value, types)?;
                let truth = if *negate { self.builder.build_not(truth, "not_type")? } else { truth };
                Ok(Value::new(truth, Type::Bool))
            }
            ExprKind::ClassOf(value) => {
                let object = self.emit_expr(value)?;
                if object.is_never() {
                    return Ok(Value::never());
                }
                let class = self.class_of(object.pointer()?)?;
                Ok(Value::new(class, expected.clone()))
            }
            ExprKind::InstanceDict { value, through_vars } => self.emit_instance_dict(value, *through_vars, expected),
            ExprKind::SysArgv => {
                let list = self.call_runtime_value(names::taipan_sys_argv, &[], "argv")?;
                Ok(Value { llvm: Some(list), ty: expected.clone() })
            }
            _ => Err(CodegenError::new("expression kind emitted by emit_expr_kind")),
        }
    }

    /// Member `index` (of type `member`) of a fixed-length tuple value.
    fn tuple_member(&mut self, tuple: &Value<'ctx>, index: usize, member: &Type) -> CodegenResult<Value<'ctx>> {
        if !ModuleGenerator::has_value(member) {
            return Ok(Value { llvm: None, ty: member.clone() });
        }
        let llvm = self.builder.build_extract_value(tuple.get()?.into_struct_value(), index as u32, "member")?;
        Ok(Value { llvm: Some(llvm), ty: member.clone() })
    }

    fn build_tuple(&mut self, values: Vec<Value<'ctx>>) -> CodegenResult<Value<'ctx>> {
        let tuple_type = Type::Tuple(values.iter().map(|value| value.ty.clone()).collect());
        let struct_type = self.gen.llvm_type(&tuple_type).into_struct_type();
        let mut aggregate = struct_type.get_undef();
        for (index, value) in values.iter().enumerate() {
            let llvm = match value.llvm {
                Some(llvm) => llvm,
                None => self.i1(false).into(),
            };
            aggregate = self.builder.build_insert_value(aggregate, llvm, index as u32, "tuple")?.into_struct_value();
        }
        Ok(Value::new(aggregate, tuple_type))
    }

    /// A phi over the values arriving from several blocks.
    fn merge_values(&mut self, incoming: &[(Value<'ctx>, BasicBlock<'ctx>)], expected: &Type) -> CodegenResult<Value<'ctx>> {
        let live: Vec<&(Value<'ctx>, BasicBlock<'ctx>)> = incoming.iter().filter(|(value, _)| !value.is_never()).collect();
        if live.is_empty() {
            return Ok(Value::never());
        }
        if !ModuleGenerator::has_value(expected) {
            return Ok(Value { llvm: None, ty: expected.clone() });
        }
        // Values of other types arriving where the result is a value of the
        // dynamic tier are boxed at the end of their own blocks. Boxing
        // cannot raise, so the calls are plain calls even inside a `try`
        // (no new blocks).
        let merge_block = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insert block"))?;
        let mut arriving = Vec::new();
        for (value, block) in live {
            let value = if value.ty != *expected && expected.is_dynamic() {
                match block.get_terminator() {
                    Some(terminator) => self.builder.position_before(&terminator),
                    None => self.builder.position_at_end(*block),
                }
                let unwind_target = self.unwind_target.take();
                let converted = self.coerce(value.clone(), expected);
                self.unwind_target = unwind_target;
                converted?
            } else {
                value.clone()
            };
            arriving.push((value, *block));
        }
        self.builder.position_at_end(merge_block);
        let phi = self.builder.build_phi(self.gen.llvm_type(expected), "merged")?;
        for (value, block) in arriving {
            if value.ty != *expected {
                return Err(CodegenError::new(format!("merging {} into {}", value.ty, expected)));
            }
            let llvm = value.get()?;
            phi.add_incoming(&[(&llvm, block)]);
        }
        Ok(Value { llvm: Some(phi.as_basic_value()), ty: expected.clone() })
    }

    /// `a and b` / `a or b` as a value: the first operand that decides.
    fn emit_bool_op(&mut self, expr: &Expr, expected: &Type) -> CodegenResult<Value<'ctx>> {
        let paths = self.emit_value_paths(expr)?;
        let end = self.append_block("boolop.end");
        let mut incoming = Vec::new();
        for (value, block, _) in paths {
            self.builder.position_at_end(block);
            self.builder.build_unconditional_branch(end)?;
            incoming.push((value, block));
        }
        self.builder.position_at_end(end);
        self.merge_values(&incoming, expected)
    }

    /// Evaluates `expr` and returns every way its value can leave it: the
    /// value, the (unterminated) block it leaves from, and what is known of its
    /// truth there. Mirrors `narrowed_type` in typeinfer, so a path whose type
    /// inference ruled out is never generated.
    fn emit_value_paths(&mut self, expr: &Expr) -> CodegenResult<Vec<(Value<'ctx>, BasicBlock<'ctx>, Known)>> {
        let ExprKind::BoolOp { op, values } = &expr.kind else {
            let value = self.emit_expr(expr)?;
            if value.is_never() || self.is_terminated() {
                return Ok(Vec::new());
            }
            let block = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insert block"))?;
            return Ok(vec![(value, block, Known::Unknown)]);
        };
        // `or` stops at the first truthy operand, `and` at the first falsy one.
        let stops_on = if *op == BoolOp::Or { Known::Truthy } else { Known::Falsy };
        let mut outgoing = Vec::new();
        let mut pending = self.emit_value_paths(&values[0])?;
        for operand in &values[1..] {
            let next = self.append_block("boolop.next");
            let mut next_reached = false;
            for (value, block, known) in pending {
                self.builder.position_at_end(block);
                let known = if value.ty == Type::None { Known::Falsy } else { known };
                if known == stops_on {
                    outgoing.push((value, block, known));
                } else if known != Known::Unknown {
                    self.builder.build_unconditional_branch(next)?;
                    next_reached = true;
                } else {
                    let truth = self.emit_truth(&value)?;
                    let stop = self.append_block("boolop.decided");
                    if stops_on == Known::Truthy {
                        self.builder.build_conditional_branch(truth, stop, next)?;
                    } else {
                        self.builder.build_conditional_branch(truth, next, stop)?;
                    }
                    next_reached = true;
                    outgoing.push((value, stop, stops_on));
                }
            }
            self.builder.position_at_end(next);
            if !next_reached {
                self.builder.build_unreachable()?;
                pending = Vec::new();
                break;
            }
            pending = self.emit_value_paths(operand)?;
        }
        outgoing.extend(pending);
        Ok(outgoing)
    }

    fn emit_compare_chain(&mut self, left: &Expr, comparisons: &[(CompareOp, Expr)]) -> CodegenResult<Value<'ctx>> {
        // Taken before the operands are emitted: comparisons nested inside
        // them are not the ones feeding the branch.
        let feeds_branch = std::mem::take(&mut self.comparison_feeds_branch);
        let mut left_value = self.emit_expr(left)?;
        if comparisons.len() == 1 {
            if matches!(comparisons[0].0, CompareOp::In | CompareOp::NotIn) {
                self.narrowed_receiver = Some((comparisons[0].1.id, CONTAINS_NARROWING.to_string()));
            }
            let right_value = self.emit_expr(&comparisons[0].1)?;
            self.emit_comparison_recursion_check(comparisons[0].0, &left_value, &right_value, feeds_branch)?;
            return self.emit_comparison_of(comparisons[0].0, &left_value, &right_value, &comparisons[0].1);
        }
        // `a < b < c`: each operand evaluated once, stopping at the first false.
        let end = self.append_block("compare.end");
        let mut incoming = Vec::new();
        for (index, (op, operand)) in comparisons.iter().enumerate() {
            let right_value = self.emit_expr(operand)?;
            self.emit_comparison_recursion_check(*op, &left_value, &right_value, feeds_branch)?;
            let result = self.emit_comparison_of(*op, &left_value, &right_value, operand)?;
            if self.is_terminated() || result.is_never() {
                break;
            }
            let truth = result.int()?;
            let block = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?;
            if index + 1 == comparisons.len() {
                incoming.push((truth, block));
                self.builder.build_unconditional_branch(end)?;
            } else {
                incoming.push((self.i1(false), block));
                let next = self.append_block("compare.next");
                self.builder.build_conditional_branch(truth, next, end)?;
                self.builder.position_at_end(next);
            }
            left_value = right_value;
        }
        if !self.is_terminated() {
            self.builder.build_unreachable()?;
        }
        self.builder.position_at_end(end);
        if incoming.is_empty() {
            return Ok(Value::never());
        }
        let truth = self.phi_of_bools(&incoming)?;
        Ok(Value::new(truth, Type::Bool))
    }

    /// Whether the right operand (static class `right`) may be of a proper
    /// subclass of the left operand's run-time class (static class `left`).
    fn subclass_may_answer_first(&self, left: ClassId, right: ClassId) -> bool {
        let typed = self.gen.typed;
        let instantiated = |class: ClassId| typed.class_table.subclasses[class.0 as usize].iter().copied().filter(|c| typed.instantiated[c.0 as usize]).collect::<Vec<_>>();
        let (lefts, rights) = (instantiated(left), instantiated(right));
        lefts.iter().any(|l| rights.iter().any(|r| r != l && typed.class_table.is_subclass(*r, *l)))
    }

    /// One comparison of a chain whose right operand is `right_expr`:
    /// instances compare through their special methods or by identity.
    fn emit_comparison_of(&mut self, op: CompareOp, left: &Value<'ctx>, right: &Value<'ctx>, right_expr: &Expr) -> CodegenResult<Value<'ctx>> {
        if left.is_never() || right.is_never() {
            return Ok(Value::never());
        }
        let membership = matches!(op, CompareOp::In | CompareOp::NotIn);
        if let (true, Type::Class { class }) = (membership, &right.ty) {
            // `member in Color`: identity with one of the Enum's members.
            let left_pointer = left.pointer()?;
            let mut found = self.i1(false);
            for member in self.enum_member_values(ClassId(*class))? {
                let same = self.builder.build_int_compare(IntPredicate::EQ, left_pointer, member.pointer()?, "is_member")?;
                found = self.builder.build_or(found, same, "found")?;
            }
            if op == CompareOp::NotIn {
                found = self.builder.build_not(found, "not_in")?;
            }
            return Ok(Value::new(found, Type::Bool));
        }
        if membership && matches!(right.ty, Type::Instance { .. }) {
            let key = (right_expr.id, Dunder::Contains);
            let result_type = self.instance.dunder_calls.get(&key).map(|resolution| self.resolution_result_type(resolution)).unwrap_or(Type::Unknown);
            let result = self.emit_dunder(key, right.clone(), &[left.clone()], "__contains__", &result_type)?;
            let Some(result) = result else { return Err(CodegenError::new("`in` of an instance without a resolution")) };
            if result.is_never() {
                return Ok(result);
            }
            let truth = self.emit_truth(&result)?;
            if op == CompareOp::In {
                return Ok(Value::new(truth, Type::Bool));
            }
            return Ok(Value::new(self.builder.build_not(truth, "not_in")?, Type::Bool));
        }
        // An instance against a value of the dynamic tier is compared by the
        // runtime, as inference decided.
        let against_dynamic = (left.ty.is_dynamic() || right.ty.is_dynamic()) && !matches!(op, CompareOp::Is | CompareOp::IsNot);
        if membership || against_dynamic || (!matches!(left.ty, Type::Instance { .. }) && !matches!(right.ty, Type::Instance { .. })) {
            return self.emit_comparison(op, left, right);
        }
        if let (Type::Instance { class: left_class, .. }, Type::Instance { class: right_class, .. }, Some(runtime_op)) = (&left.ty, &right.ty, runtime_compare_op(op)) {
            if self.subclass_may_answer_first(ClassId(*left_class), ClassId(*right_class)) {
                // CPython lets a right operand of a proper subclass answer
                // first: a run-time question, which the runtime answers
                // through the classes' descriptors.
                let op_value = self.gen.context.i32_type().const_int(runtime_op as u64, false);
                let byte = self
                    .call_runtime_value(names::taipan_instances_compare, &[left.get()?, right.get()?, op_value.into()], "compare")?
                    .into_int_value();
                let truth = self.builder.build_int_compare(IntPredicate::NE, byte, self.gen.context.i8_type().const_zero(), "compare")?;
                return Ok(Value::new(truth, Type::Bool));
            }
        }
        let (forward, reflected) = taipan_typeinfer::operators::compare_methods(op);
        if let Some(result) = self.emit_dunder((right_expr.id, Dunder::Compare), left.clone(), &[right.clone()], forward, &Type::Bool)? {
            return Ok(result);
        }
        if let Some(result) = self.emit_dunder((right_expr.id, Dunder::NegatedCompare), left.clone(), &[right.clone()], "__eq__", &Type::Bool)? {
            if result.is_never() {
                return Ok(result);
            }
            return Ok(Value::new(self.builder.build_not(result.int()?, "ne")?, Type::Bool));
        }
        if let Some(result) = self.emit_dunder((right_expr.id, Dunder::ReflectedCompare), right.clone(), &[left.clone()], reflected, &Type::Bool)? {
            return Ok(result);
        }
        if matches!(op, CompareOp::Is | CompareOp::IsNot) && (left.ty.is_dynamic() || right.ty.is_dynamic()) {
            // A box against an instance: the same object when the box holds
            // an instance at that very address.
            let (boxed, other) = if left.ty.is_dynamic() { (left, right) } else { (right, left) };
            let holds_instance = self.emit_dynamic_kind_in(boxed, &[taipan_abi::descriptor_kind::INSTANCE])?;
            let box_type = self.gen.dynamic_box_type();
            let boxed_pointer = self.box_value(boxed)?;
            let slot_field = self.builder.build_struct_gep(box_type, boxed_pointer, taipan_abi::DYNAMIC_BOX_FIELD_SLOT, "box.slot.field")?;
            let held = self.builder.build_load(self.ptr_type(), slot_field, "box.instance")?.into_pointer_value();
            let same_address = self.builder.build_int_compare(IntPredicate::EQ, held, other.pointer()?, "same_address")?;
            let mut same = self.builder.build_and(holds_instance, same_address, "is")?;
            if let Type::Instance { or_none: true, .. } = other.ty {
                // Both may be None.
                let holds_none = self.emit_dynamic_is_none(boxed, false)?;
                let other_none = self.builder.build_is_null(other.pointer()?, "other_none")?;
                let both_none = self.builder.build_and(holds_none, other_none, "both_none")?;
                same = self.builder.build_or(same, both_none, "is")?;
            }
            let truth = if op == CompareOp::Is { same } else { self.builder.build_not(same, "is_not")? };
            return Ok(Value::new(truth, Type::Bool));
        }
        // Identity: instances are pointers, None is null.
        let as_pointer = |this: &mut Self, value: &Value<'ctx>| -> CodegenResult<PointerValue<'ctx>> {
            Ok(match value.ty {
                Type::Instance { .. } => value.pointer()?,
                _ => this.ptr_type().const_null(),
            })
        };
        let same_kind = |value: &Value<'ctx>| matches!(value.ty, Type::Instance { .. } | Type::None);
        let truth = match op {
            CompareOp::Is | CompareOp::Eq | CompareOp::IsNot | CompareOp::NotEq if same_kind(left) && same_kind(right) => {
                let (l, r) = (as_pointer(self, left)?, as_pointer(self, right)?);
                let predicate = if matches!(op, CompareOp::Is | CompareOp::Eq) { IntPredicate::EQ } else { IntPredicate::NE };
                self.builder.build_int_compare(predicate, l, r, "identity")?
            }
            CompareOp::Is | CompareOp::Eq => self.i1(false),
            CompareOp::IsNot | CompareOp::NotEq => self.i1(true),
            _ => {
                let message = format!("'{}' not supported between instances of '{}' and '{}'", op.symbol(), left.ty.python_name(), right.ty.python_name());
                self.emit_raise(ExceptionKind::TypeError, &message)?;
                return Ok(Value::never());
            }
        };
        Ok(Value::new(truth, Type::Bool))
    }

    pub fn emit_comparison(&mut self, op: CompareOp, left: &Value<'ctx>, right: &Value<'ctx>) -> CodegenResult<Value<'ctx>> {
        if left.is_never() || right.is_never() {
            return Ok(Value::never());
        }
        let kind = match operators::compare(op, &left.ty, &right.ty) {
            Ok(kind) => kind,
            Err(Outcome::TypeError(message)) => {
                self.emit_raise(ExceptionKind::TypeError, &message)?;
                return Ok(Value::never());
            }
            Err(other) => return Err(CodegenError::new(format!("comparison reached codegen unresolved: {other:?}"))),
        };
        let truth = match kind {
            ComparisonKind::Constant(value) => self.i1(value),
            ComparisonKind::Integer => {
                let predicate = match op {
                    CompareOp::Eq => IntPredicate::EQ,
                    CompareOp::NotEq => IntPredicate::NE,
                    CompareOp::Lt => IntPredicate::SLT,
                    CompareOp::LtE => IntPredicate::SLE,
                    CompareOp::Gt => IntPredicate::SGT,
                    CompareOp::GtE => IntPredicate::SGE,
                    // Only bools reach here with `is`: True and False are singletons.
                    CompareOp::Is => IntPredicate::EQ,
                    CompareOp::IsNot => IntPredicate::NE,
                    _ => return Err(CodegenError::new("membership test of ints")),
                };
                let (l, r) = (self.as_i64(left)?, self.as_i64(right)?);
                self.builder.build_int_compare(predicate, l, r, "cmp")?
            }
            ComparisonKind::Numeric => {
                if left.ty == Type::Float && right.ty == Type::Float {
                    self.builder.build_float_compare(float_predicate(op)?, left.float()?, right.float()?, "cmp")?
                } else {
                    // Mixed int/float: compared exactly, as CPython does.
                    let (int_side, float_side, mirrored) = if left.ty == Type::Float {
                        (right, left, true)
                    } else {
                        (left, right, false)
                    };
                    let int_value = self.as_i64(int_side)?;
                    let float_value = float_side.float()?;
                    let op = if mirrored { mirror(op) } else { op };
                    self.emit_int_float_comparison(op, int_value, float_value)?
                }
            }
            ComparisonKind::String => {
                let (l, r) = (left.get()?, right.get()?);
                match op {
                    CompareOp::Eq | CompareOp::NotEq => {
                        let equal = self.call_runtime_value(names::taipan_str_equal, &[l, r], "str_eq")?;
                        let equal = self.i8_to_bool(equal)?;
                        if op == CompareOp::Eq {
                            equal
                        } else {
                            self.builder.build_not(equal, "str_ne")?
                        }
                    }
                    _ => {
                        let order = self.call_runtime_value(names::taipan_str_compare, &[l, r], "str_order")?.into_int_value();
                        let predicate = match op {
                            CompareOp::Lt => IntPredicate::SLT,
                            CompareOp::LtE => IntPredicate::SLE,
                            CompareOp::Gt => IntPredicate::SGT,
                            _ => IntPredicate::SGE,
                        };
                        self.builder.build_int_compare(predicate, order, self.gen.context.i32_type().const_zero(), "str_cmp")?
                    }
                }
            }
            ComparisonKind::Dynamic => self.emit_dynamic_compare(op, left, right)?,
            ComparisonKind::DynamicIsNone => self.emit_dynamic_is_none(left, op == CompareOp::IsNot)?,
            ComparisonKind::DynamicMembership => return self.emit_dynamic_membership(op, left, right),
            ComparisonKind::DynamicIdentity => {
                let left_box = self.box_value(left)?;
                let right_box = self.box_value(right)?;
                let byte = self.call_runtime_value(names::taipan_dynamic_is, &[left_box.into(), right_box.into()], "is")?;
                let same = self.i8_to_bool(byte)?;
                if op == CompareOp::IsNot {
                    self.builder.build_not(same, "is_not")?
                } else {
                    same
                }
            }
            ComparisonKind::Identity => {
                let (l, r) = (left.pointer()?, right.pointer()?);
                let predicate = if matches!(op, CompareOp::Is | CompareOp::Eq) { IntPredicate::EQ } else { IntPredicate::NE };
                self.builder.build_int_compare(predicate, l, r, "identity")?
            }
            ComparisonKind::Generic => {
                // A fixed-length tuple compared with one of run-time length,
                // or two fixed-length tuples of different lengths.
                let (left, right) = match (&left.ty, &right.ty) {
                    (Type::Tuple(l), Type::Tuple(r)) if l != r => {
                        let member = l.first().or(r.first()).cloned().unwrap_or(Type::Unknown);
                        let variable = Type::VarTuple(Box::new(member));
                        (self.coerce(left.clone(), &variable)?, self.coerce(right.clone(), &variable)?)
                    }
                    (Type::Tuple(_), Type::VarTuple(_)) => (self.coerce(left.clone(), &right.ty)?, right.clone()),
                    (Type::VarTuple(_), Type::Tuple(_)) => (left.clone(), self.coerce(right.clone(), &left.ty)?),
                    _ => (left.clone(), right.clone()),
                };
                self.emit_generic_comparison(op, &left, &right)?
            }
            ComparisonKind::Membership => {
                let found = self.emit_membership(left, right)?;
                if op == CompareOp::NotIn {
                    self.builder.build_not(found, "not_in")?
                } else {
                    found
                }
            }
            ComparisonKind::Substring => {
                let found = self.call_runtime_value(names::taipan_str_contains, &[right.get()?, left.get()?], "contains")?;
                let found = self.i8_to_bool(found)?;
                if op == CompareOp::NotIn {
                    self.builder.build_not(found, "not_in")?
                } else {
                    found
                }
            }
        };
        Ok(Value::new(truth, Type::Bool))
    }

    /// `int op float`, exactly. An int of at most 53 bits converts to a double
    /// exactly, so an ordinary float comparison is correct (and for a literal
    /// the test folds away); larger ints go to the runtime's exact comparison.
    fn emit_int_float_comparison(&mut self, op: CompareOp, int_value: IntValue<'ctx>, float_value: FloatValue<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        let offset = self.builder.build_int_add(int_value, self.const_int(1 << 53), "offset")?;
        let exact = self.builder.build_int_compare(IntPredicate::ULE, offset, self.const_int(1 << 54), "converts_exactly")?;
        let fast_block = self.append_block("cmp.fast");
        let slow_block = self.append_block("cmp.exact");
        let end_block = self.append_block("cmp.end");
        self.builder.build_conditional_branch(exact, fast_block, slow_block)?;
        self.builder.position_at_end(fast_block);
        let converted = self.builder.build_signed_int_to_float(int_value, self.gen.context.f64_type(), "as_float")?;
        let fast = self.builder.build_float_compare(float_predicate(op)?, converted, float_value, "cmp")?;
        self.builder.build_unconditional_branch(end_block)?;
        self.builder.position_at_end(slow_block);
        let order = self
            .call_runtime_value(names::taipan_compare_int_float, &[int_value.into(), float_value.into()], "order")?
            .into_int_value();
        let i32_type = self.gen.context.i32_type();
        let is = |value: i64| i32_type.const_int(value as u64, true);
        let slow = match op {
            CompareOp::Eq => self.builder.build_int_compare(IntPredicate::EQ, order, is(0), "eq")?,
            CompareOp::NotEq => self.builder.build_int_compare(IntPredicate::NE, order, is(0), "ne")?,
            CompareOp::Lt => self.builder.build_int_compare(IntPredicate::EQ, order, is(-1), "lt")?,
            CompareOp::Gt => self.builder.build_int_compare(IntPredicate::EQ, order, is(1), "gt")?,
            // -1 or 0; the runtime answers 2 for NaN (unordered).
            CompareOp::LtE => {
                let shifted = self.builder.build_int_add(order, is(1), "shifted")?;
                self.builder.build_int_compare(IntPredicate::ULE, shifted, is(1), "le")?
            }
            _ => self.builder.build_int_compare(IntPredicate::ULE, order, is(1), "ge")?,
        };
        // The call may have ended `slow_block` (an invoke inside a `try`).
        let slow_end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insert block"))?;
        self.builder.build_unconditional_branch(end_block)?;
        self.builder.position_at_end(end_block);
        let phi = self.builder.build_phi(self.gen.context.bool_type(), "cmp")?;
        phi.add_incoming(&[(&fast, fast_block), (&slow, slow_end)]);
        Ok(phi.as_basic_value().into_int_value())
    }

    /// `emit_binary` as the operation of an augmented assignment (`x += y`
    /// where no in-place method applies).
    pub(super) fn emit_in_place_binary(&mut self, op: BinaryOp, left: Value<'ctx>, right: Value<'ctx>, exponent: ExponentSign) -> CodegenResult<Value<'ctx>> {
        self.in_place_operation = true;
        let result = self.emit_binary(op, left, right, exponent);
        self.in_place_operation = false;
        result
    }

    pub fn emit_binary(&mut self, op: BinaryOp, left: Value<'ctx>, right: Value<'ctx>, exponent: ExponentSign) -> CodegenResult<Value<'ctx>> {
        if left.is_never() || right.is_never() {
            return Ok(Value::never());
        }
        let result_type = match operators::binary(op, &left.ty, &right.ty, exponent) {
            Outcome::Value(t) if left.ty.is_dynamic() || right.ty.is_dynamic() => return self.emit_dynamic_binary(op, &left, &right, &t),
            Outcome::Value(t) => t,
            Outcome::TypeError(message) => {
                self.emit_raise(ExceptionKind::TypeError, &message)?;
                return Ok(Value::never());
            }
            Outcome::Unsupported(message) => return Err(CodegenError::new(format!("unsupported operation reached codegen: {message}"))),
        };
        match (&left.ty, &right.ty) {
            (Type::Str, _) | (_, Type::Str) => self.emit_str_binary(op, left, right),
            _ => match result_type {
                Type::Bool => {
                    let (l, r) = (left.int()?, right.int()?);
                    let llvm = match op {
                        BinaryOp::BitAnd => self.builder.build_and(l, r, "and")?,
                        BinaryOp::BitOr => self.builder.build_or(l, r, "or")?,
                        _ => self.builder.build_xor(l, r, "xor")?,
                    };
                    Ok(Value::new(llvm, Type::Bool))
                }
                Type::Int => {
                    let (l, r) = (self.as_i64(&left)?, self.as_i64(&right)?);
                    let llvm = self.emit_int_binary(op, l, r)?;
                    Ok(Value::new(llvm, Type::Int))
                }
                Type::Float => {
                    if op == BinaryOp::TrueDiv && left.ty != Type::Float && right.ty != Type::Float {
                        let (l, r) = (self.as_i64(&left)?, self.as_i64(&right)?);
                        let llvm = self.emit_int_true_divide(l, r)?;
                        return Ok(Value::new(llvm, Type::Float));
                    }
                    let (l, r) = (self.as_f64(&left)?, self.as_f64(&right)?);
                    let llvm = self.emit_float_binary(op, l, r)?;
                    Ok(Value::new(llvm, Type::Float))
                }
                other => Err(CodegenError::new(format!("binary operation producing {other}"))),
            },
        }
    }

    fn emit_float_binary(&mut self, op: BinaryOp, l: FloatValue<'ctx>, r: FloatValue<'ctx>) -> CodegenResult<FloatValue<'ctx>> {
        Ok(match op {
            BinaryOp::Add => self.builder.build_float_add(l, r, "fsum")?,
            BinaryOp::Sub => self.builder.build_float_sub(l, r, "fdiff")?,
            BinaryOp::Mul => self.builder.build_float_mul(l, r, "fprod")?,
            BinaryOp::TrueDiv => {
                let zero = self.builder.build_float_compare(FloatPredicate::OEQ, r, self.gen.context.f64_type().const_zero(), "div_by_zero")?;
                self.raise_if(zero, ExceptionKind::ZeroDivisionError, "float division by zero")?;
                self.builder.build_float_div(l, r, "fquot")?
            }
            BinaryOp::FloorDiv => self.call_runtime_value(names::taipan_float_floor_divide, &[l.into(), r.into()], "ffloordiv")?.into_float_value(),
            BinaryOp::Mod => self.call_runtime_value(names::taipan_float_modulo, &[l.into(), r.into()], "fmod")?.into_float_value(),
            BinaryOp::Pow => self.call_runtime_value(names::taipan_float_pow, &[l.into(), r.into()], "fpow")?.into_float_value(),
            other => return Err(CodegenError::new(format!("float operator {}", other.symbol()))),
        })
    }

    fn emit_str_binary(&mut self, op: BinaryOp, left: Value<'ctx>, right: Value<'ctx>) -> CodegenResult<Value<'ctx>> {
        let llvm = match (op, &left.ty, &right.ty) {
            (BinaryOp::Add, Type::Str, Type::Str) => self.call_runtime_value(names::taipan_str_concat, &[left.get()?, right.get()?], "concat")?,
            (BinaryOp::Mul, Type::Str, _) => {
                let count = self.as_i64(&right)?;
                self.call_runtime_value(names::taipan_str_repeat, &[left.get()?, count.into()], "repeat")?
            }
            (BinaryOp::Mul, _, Type::Str) => {
                let count = self.as_i64(&left)?;
                self.call_runtime_value(names::taipan_str_repeat, &[right.get()?, count.into()], "repeat")?
            }
            _ => return Err(CodegenError::new(format!("str operator {}", op.symbol()))),
        };
        Ok(Value { llvm: Some(llvm), ty: Type::Str })
    }

    fn emit_unary(&mut self, op: UnaryOp, value: Value<'ctx>) -> CodegenResult<Value<'ctx>> {
        if value.is_never() {
            return Ok(Value::never());
        }
        match operators::unary(op, &value.ty) {
            Outcome::Value(_) => {}
            Outcome::TypeError(message) => {
                self.emit_raise(ExceptionKind::TypeError, &message)?;
                return Ok(Value::never());
            }
            Outcome::Unsupported(message) => return Err(CodegenError::new(message)),
        }
        match (op, &value.ty) {
            (UnaryOp::Plus, Type::Float) => Ok(value),
            (UnaryOp::Negate, Type::Float) => Ok(Value::new(self.builder.build_float_neg(value.float()?, "fneg")?, Type::Float)),
            (UnaryOp::Plus, _) => Ok(Value::new(self.as_i64(&value)?, Type::Int)),
            (UnaryOp::Negate, _) => {
                let operand = self.as_i64(&value)?;
                let negated = self.emit_int_binary(BinaryOp::Sub, self.const_int(0), operand)?;
                Ok(Value::new(negated, Type::Int))
            }
            (UnaryOp::Invert, _) => {
                let operand = self.as_i64(&value)?;
                Ok(Value::new(self.builder.build_not(operand, "invert")?, Type::Int))
            }
            (UnaryOp::Not, _) => {
                let truth = self.emit_truth(&value)?;
                Ok(Value::new(self.builder.build_not(truth, "not")?, Type::Bool))
            }
        }
    }

    // ----- calls -----------------------------------------------------------

    fn emit_call(&mut self, expr: &Expr, callee: &Expr, args: &[Expr], keywords: &[Keyword], expected: &Type) -> CodegenResult<Value<'ctx>> {
        if let ExprKind::Attribute { value, name } = &callee.kind {
            // Should the receiver be a box narrowed to the one type that has
            // this method, a box of another type raises AttributeError.
            self.narrowed_receiver = Some((value.id, name.clone()));
            if let Some(result) = self.emit_object_call(expr, value, name, args, keywords, expected)? {
                return Ok(result);
            }
        }
        if let ExprKind::Variable(Variable::Global(global)) = &callee.kind {
            if let GlobalKind::Class(class) = self.gen.program.global(*global).kind {
                return self.emit_construct(expr, class, args, keywords);
            }
        }
        if let (ExprKind::Builtin(Builtin::Len), [arg]) = (&callee.kind, args) {
            if let Type::Class { class } = self.expr_type(arg) {
                let count = self.gen.program.class(ClassId(class)).enum_members.as_ref().map_or(0, Vec::len);
                return Ok(Value::new(self.const_int(count as i64), Type::Int));
            }
            if let Type::Instance { .. } = self.expr_type(arg) {
                let object = self.emit_expr(arg)?;
                if object.is_never() {
                    return Ok(Value::never());
                }
                let result = match self.emit_dunder((expr.id, Dunder::Len), object, &[], "__len__", expected)? {
                    Some(result) => result,
                    None => return Err(CodegenError::new("len() of an instance without a resolution")),
                };
                if result.ty == Type::Int && !result.is_never() {
                    self.check_length_not_negative(result.int()?)?;
                }
                return Ok(result);
            }
        }
        if let (ExprKind::Builtin(Builtin::Next), [arg, rest @ ..]) = (&callee.kind, args) {
            if let Type::Instance { .. } = self.expr_type(arg) {
                let object = self.emit_expr(arg)?;
                if object.is_never() {
                    return Ok(Value::never());
                }
                let Some(default) = rest.first() else {
                    // An iterator object's `__next__`; its StopIteration
                    // simply propagates.
                    return match self.emit_dunder((expr.id, Dunder::Next), object, &[], "__next__", expected)? {
                        Some(result) => Ok(result),
                        None => Err(CodegenError::new("next() of an instance without a resolution")),
                    };
                };
                return self.emit_object_next_or_default(expr.id, &object, default, expected);
            }
        }
        if let (ExprKind::Builtin(Builtin::Abs), [arg]) = (&callee.kind, args) {
            if let Type::Instance { .. } = self.expr_type(arg) {
                let object = self.emit_expr(arg)?;
                if object.is_never() {
                    return Ok(Value::never());
                }
                if let Some(result) = self.emit_dunder((expr.id, Dunder::Operator), object.clone(), &[], "__abs__", expected)? {
                    return Ok(result);
                }
                let message = format!("bad operand type for abs(): '{}'", object.ty.python_name());
                self.emit_raise(ExceptionKind::TypeError, &message)?;
                return Ok(Value::never());
            }
        }
        if let ExprKind::Builtin(builtin) = &callee.kind {
            let takes_container = match builtin {
                Builtin::Len => {
                    args.len() == 1
                        && matches!(
                            self.expr_type(&args[0]),
                            Type::List(_) | Type::Dict(_) | Type::Set(_) | Type::FrozenSet(_) | Type::Range | Type::VarTuple(_) | Type::DictView(..)
                        )
                }
                Builtin::Min | Builtin::Max => {
                    args.len() == 1 || keywords.iter().any(|k| k.name == "key") || (args.len() >= 2 && !expected.is_numeric() && *expected != Type::Str)
                }
                _ => true,
            };
            if takes_container {
                if let Some(value) = self.emit_container_builtin(*builtin, expr, args, keywords, expected)? {
                    return Ok(value);
                }
            }
        }
        if let ExprKind::Attribute { value, name } = &callee.kind {
            let receiver_type = self.expr_type(value);
            if !matches!(receiver_type, Type::Str | Type::Unknown) || matches!(name.as_str(), "split" | "rsplit" | "splitlines" | "join" | "partition" | "rpartition") {
                let receiver = self.emit_expr(value)?;
                if receiver.is_never() {
                    return Ok(Value::never());
                }
                return self.emit_container_method(name, receiver, args, keywords, expected);
            }
        }
        let is_direct_function = match &callee.kind {
            ExprKind::Variable(Variable::Global(global)) => matches!(self.gen.program.global(*global).kind, GlobalKind::Function(_)),
            ExprKind::Builtin(_) | ExprKind::Attribute { .. } | ExprKind::Undefined(_) => true,
            _ => false,
        };
        if !is_direct_function {
            let callee_value = self.emit_expr(callee)?;
            if callee_value.is_never() {
                return Ok(Value::never());
            }
            let Some(values) = self.emit_each(args)? else { return Ok(Value::never()) };
            let Some(keyword_values) = self.emit_each(keywords.iter().map(|keyword| &keyword.value))? else { return Ok(Value::never()) };
            if let Type::BoundMethod { class, name } = &callee_value.ty {
                let Some(resolution) = self.instance.calls.get(&expr.id).cloned() else { return Ok(Value::never()) };
                let receiver = Value::new(callee_value.pointer()?, Type::Instance { class: *class, or_none: false });
                return self.emit_dispatch(&resolution, receiver, &name.clone(), &values, &keyword_values, expected);
            }
            if let (true, Some(CallResolution::BoxedMethods { targets })) = (callee_value.ty.is_dynamic(), self.instance.calls.get(&expr.id).cloned()) {
                return self.emit_boxed_method_call(&callee_value, &targets, &values, &keyword_values, expected);
            }
            if let Type::Class { .. } = callee_value.ty {
                let Some(CallResolution::ConstructAny { targets }) = self.instance.calls.get(&expr.id).cloned() else { return Ok(Value::never()) };
                return self.emit_construct_any(&callee_value, &targets, &values, &keyword_values);
            }
            if let Type::Instance { .. } = callee_value.ty {
                let Some(resolution) = self.instance.dunder_calls.get(&(expr.id, Dunder::Call)).cloned() else { return Ok(Value::never()) };
                self.emit_none_check(&callee_value, "__call__")?;
                return self.emit_dispatch(&resolution, callee_value, "__call__", &values, &keyword_values, expected);
            }
            return match self.instance.calls.get(&expr.id) {
                Some(_) => self.emit_call_of_value(&callee_value, expr.id, values, keyword_values),
                None => Ok(Value::never()),
            };
        }
        // Method calls evaluate the receiver first, as CPython does.
        let receiver = match &callee.kind {
            ExprKind::Attribute { value, .. } => Some(self.emit_expr(value)?),
            _ => None,
        };
        if receiver.as_ref().is_some_and(Value::is_never) {
            return Ok(Value::never());
        }
        let Some(arg_values) = self.emit_each(args)? else { return Ok(Value::never()) };
        let Some(keyword_values) = self.emit_each(keywords.iter().map(|keyword| &keyword.value))? else { return Ok(Value::never()) };
        if arg_values.iter().chain(keyword_values.iter()).any(Value::is_never) || receiver.as_ref().is_some_and(Value::is_never) {
            return Ok(Value::never());
        }
        match &callee.kind {
            ExprKind::Builtin(builtin) => {
                // A getattr that finds nothing (and has no default) raises
                // AttributeError at run time: it is emitted.
                if *expected == Type::Unknown && !matches!(builtin, Builtin::Print | Builtin::SysExit | Builtin::GetAttr) {
                    return Ok(Value::never());
                }
                let first_type = arg_values.first().map(|value| &value.ty);
                if let Some((depth, suffix)) = builtin_recursion_check(*builtin, first_type, arg_values.len()) {
                    self.emit_c_call_recursion_check(depth, suffix)?;
                }
                self.emit_builtin(*builtin, args, arg_values, keywords, keyword_values, expected)
            }
            ExprKind::Attribute { name, .. } => {
                let receiver = receiver.ok_or_else(|| CodegenError::new("method call without receiver"))?;
                if *expected != Type::Unknown && STR_METHODS_CHECKING_RECURSION.contains(&name.as_str()) {
                    self.emit_c_call_recursion_check(RECURSION_LIMIT, CALLING_SUFFIX)?;
                }
                self.emit_str_method(name, receiver, arg_values, expected)
            }
            ExprKind::Variable(Variable::Global(global)) => {
                let slot = self.gen.global_slot(*global);
                let name = self.gen.program.global(*global).name.clone();
                // A function's own name is bound while its body runs (the body
                // is only reachable through that name, which stays bound), so
                // recursive calls skip the check.
                let self_call = self.gen.program.global(*global).kind == GlobalKind::Function(self.instance.function);
                // A `def` that ran before any code of its module could call
                // anything is bound in every function body of that module.
                let always_bound = !self.def.is_module_init
                    && self.gen.program.global(*global).module == self.def.module
                    && self.gen.defined_before_any_call.contains(global);
                if let (Some(flag), false, false) = (slot.bound, self_call, always_bound) {
                    let is_bound = self.builder.build_load(self.gen.context.bool_type(), flag.as_pointer_value(), &format!("{name}.defined"))?.into_int_value();
                    let unbound = self.builder.build_not(is_bound, "undefined")?;
                    self.name_error_if(unbound, &name)?;
                }
                let GlobalKind::Function(_) = self.gen.program.global(*global).kind else {
                    return Err(CodegenError::new("call of a non-function global"));
                };
                match self.instance.calls.get(&expr.id) {
                    Some(CallResolution::TypeError(message)) => {
                        let message = message.clone();
                        self.emit_raise(ExceptionKind::TypeError, &message)?;
                        Ok(Value::never())
                    }
                    Some(CallResolution::Bound { callee: instance_id, params }) => {
                        let (instance_id, params) = (*instance_id, params.clone());
                        self.emit_call_instance(instance_id, &params, &arg_values, &keyword_values)
                    }
                    Some(other) => Err(CodegenError::new(format!("a function call resolved to {other:?}"))),
                    None => Ok(Value::never()),
                }
            }
            ExprKind::Undefined(name) => {
                self.emit_name_error(name)?;
                self.start_dead_block();
                Ok(Value::never())
            }
            _ => Err(CodegenError::new("call of an unsupported callee reached codegen")),
        }
    }

    /// The repr of function `function` (a stand-in address from its id).
    fn function_repr_text(&self, function: FunctionId) -> String {
        let qualified = taipan_typeinfer::function_name_attribute(self.gen.program, function, "__qualname__");
        format!("<function {qualified} at 0x7f00{:08x}>", 0x1000 + 0x90 * function.0 as u64)
    }

    /// `str(value)` (or `repr(value)` when `repr` is set) as a str object.
    fn emit_to_str(&mut self, value: &Value<'ctx>, repr: bool) -> CodegenResult<PointerValue<'ctx>> {
        Ok(match &value.ty {
            Type::Foreign => self.emit_foreign_text(value, repr)?,
            Type::Union(_) => {
                let function = if repr { names::taipan_dynamic_repr } else { names::taipan_dynamic_str };
                self.emit_dynamic_text(function, value)?.pointer()?
            }
            Type::Str if repr => self.call_runtime_value(names::taipan_str_repr, &[value.get()?], "repr")?.into_pointer_value(),
            Type::Str => value.pointer()?,
            Type::Int => self.call_runtime_value(names::taipan_str_from_int, &[value.get()?], "int_str")?.into_pointer_value(),
            Type::Float => self.call_runtime_value(names::taipan_str_from_float, &[value.get()?], "float_str")?.into_pointer_value(),
            Type::Bool => {
                let byte = self.bool_to_i8(value.int()?)?;
                self.call_runtime_value(names::taipan_str_from_bool, &[byte.into()], "bool_str")?.into_pointer_value()
            }
            Type::None => self.str_constant("None"),
            Type::Instance { .. } => {
                let function = if repr { names::taipan_instance_repr } else { names::taipan_instance_str };
                let depth = self.callee_depth()?;
                self.call_runtime_value(function, &[value.get()?, depth.into()], "instance_str")?.into_pointer_value()
            }
            Type::Tuple(members) => {
                let members = members.clone();
                let mut text = self.str_constant("(");
                let aggregate = value.get()?.into_struct_value();
                for (index, member) in members.iter().enumerate() {
                    if index > 0 {
                        let separator = self.str_constant(", ");
                        text = self.concat(text, separator)?;
                    }
                    let llvm = if ModuleGenerator::has_value(member) {
                        Some(self.builder.build_extract_value(aggregate, index as u32, "member")?)
                    } else {
                        None
                    };
                    let piece = self.emit_to_str(&Value { llvm, ty: member.clone() }, true)?;
                    text = self.concat(text, piece)?;
                }
                let close = self.str_constant(if members.len() == 1 { ",)" } else { ")" });
                self.concat(text, close)?
            }
            Type::List(_)
            | Type::Dict(_)
            | Type::Set(_)
            | Type::FrozenSet(_)
            | Type::Range
            | Type::VarTuple(_)
            | Type::DictView(..)
            | Type::Class { .. }
            | Type::Generator(_) => self.emit_generic_repr(value)?,
            // `<function name at 0x...>`: the address CPython shows is the
            // function object's; Taipan shows one per function, derived from
            // its id.
            Type::Function(function) => {
                let text = self.function_repr_text(FunctionId(*function));
                self.str_constant(&text)
            }
            Type::Functions(functions) => {
                let functions = functions.clone();
                let id = value.int()?;
                let mut text = self.str_constant("<function>");
                for function in functions {
                    let candidate = self.function_repr_text(FunctionId(function));
                    let candidate = self.str_constant(&candidate);
                    let is_this = self.builder.build_int_compare(IntPredicate::EQ, id, self.i64_type().const_int(function as u64, false), "is_function")?;
                    text = self.builder.build_select(is_this, candidate, text, "function_repr")?.into_pointer_value();
                }
                text
            }
            other => return Err(CodegenError::new(format!("str() of {other}"))),
        })
    }

    /// `tuple + tuple` and `tuple * constant`, member by member.
    fn emit_tuple_binary(&mut self, left: Value<'ctx>, right: Value<'ctx>, result_length: usize) -> CodegenResult<Value<'ctx>> {
        let mut parts = Vec::new();
        let mut sources = vec![left.clone()];
        if let Type::Tuple(_) = right.ty {
            sources.push(right.clone());
        }
        'fill: loop {
            for source in &sources {
                let Type::Tuple(members) = &source.ty else { continue };
                let aggregate = source.get()?.into_struct_value();
                for (index, member) in members.iter().enumerate() {
                    if parts.len() == result_length {
                        break 'fill;
                    }
                    let llvm = if ModuleGenerator::has_value(member) { Some(self.builder.build_extract_value(aggregate, index as u32, "member")?) } else { None };
                    parts.push(Value { llvm, ty: member.clone() });
                }
            }
            if parts.len() >= result_length || sources.iter().all(|s| matches!(&s.ty, Type::Tuple(m) if m.is_empty())) {
                break;
            }
        }
        self.build_tuple(parts)
    }

    /// Builds an f-string (or a field's spec): each field formatted as
    /// `format(value, spec)` after its conversion, joined with the literal
    /// text. `None` when some field never produces a value.
    fn emit_format_parts(&mut self, parts: &[FormatPart], arguments: &[Value<'ctx>]) -> CodegenResult<Option<PointerValue<'ctx>>> {
        let mut text: Option<PointerValue<'ctx>> = None;
        for part in parts {
            let piece = match part {
                FormatPart::Literal(literal) => self.str_constant(literal),
                FormatPart::Error { kind, message } => {
                    match kind {
                        TemplateErrorKind::ValueError => self.emit_raise(ExceptionKind::ValueError, message)?,
                        TemplateErrorKind::IndexError => self.emit_raise(ExceptionKind::IndexError, message)?,
                        TemplateErrorKind::KeyError => {
                            // A KeyError shows the repr of the missing key.
                            let key = self.str_constant(message);
                            let key_repr = self.call_runtime_value(names::taipan_str_repr, &[key.into()], "key")?.into_pointer_value();
                            self.emit_raise_with(ExceptionKind::KeyError, key_repr)?;
                        }
                    }
                    return Ok(None);
                }
                FormatPart::Field { source, conversion, spec } => {
                    let mut field = match source {
                        FieldSource::Expr(value) => self.emit_expr(value)?,
                        FieldSource::Argument(index) => arguments
                            .get(*index)
                            .cloned()
                            .ok_or_else(|| CodegenError::new("format field names a missing argument"))?,
                    };
                    if field.is_never() {
                        return Ok(None);
                    }
                    if *conversion != Conversion::None {
                        let converted = self.emit_to_str(&field, *conversion == Conversion::Repr)?;
                        field = Value::new(converted, Type::Str);
                    }
                    if spec.is_empty() {
                        self.emit_to_str(&field, false)?
                    } else {
                        let Some(spec_text) = self.emit_format_parts(spec, arguments)? else { return Ok(None) };
                        self.emit_format_value(&field, spec_text)?
                    }
                }
            };
            text = Some(match text {
                Some(so_far) => self.concat(so_far, piece)?,
                None => piece,
            });
        }
        Ok(Some(text.unwrap_or_else(|| self.str_constant(""))))
    }

    /// `template % value`, following typeinfer's plan of which conversion
    /// takes which argument. `None` when the plan raises.
    fn emit_percent_format(&mut self, parts: &[PercentPart], value: &Value<'ctx>) -> CodegenResult<Option<PointerValue<'ctx>>> {
        let arguments: Vec<Value<'ctx>> = match &value.ty {
            Type::Tuple(members) => {
                let aggregate = value.get()?.into_struct_value();
                let mut elements = Vec::new();
                for (index, member) in members.iter().enumerate() {
                    let llvm = if ModuleGenerator::has_value(member) {
                        Some(self.builder.build_extract_value(aggregate, index as u32, "argument")?)
                    } else {
                        None
                    };
                    elements.push(Value { llvm, ty: member.clone() });
                }
                elements
            }
            _ => vec![value.clone()],
        };
        let argument_types: Vec<Type> = arguments.iter().map(|argument| argument.ty.clone()).collect();
        let mut text: Option<PointerValue<'ctx>> = None;
        for step in taipan_typeinfer::percent::plan(parts, &argument_types) {
            let piece = match step {
                PercentStep::Literal(literal) => self.str_constant(&literal),
                PercentStep::Raise { kind, type_error, message } => {
                    let kind = match (type_error, kind) {
                        (true, _) => ExceptionKind::TypeError,
                        (false, TemplateErrorKind::IndexError) => ExceptionKind::IndexError,
                        (false, TemplateErrorKind::KeyError) => ExceptionKind::KeyError,
                        (false, TemplateErrorKind::ValueError) => ExceptionKind::ValueError,
                    };
                    self.emit_raise(kind, &message)?;
                    return Ok(None);
                }
                PercentStep::Format { argument, render, spec } => {
                    let argument = &arguments[argument];
                    let spec_text = self.str_constant(&spec);
                    match render {
                        PercentRender::Text { repr } => {
                            let text = self.emit_to_str(argument, repr)?;
                            if spec.len() <= 1 {
                                text
                            } else {
                                self.call_runtime_value(names::taipan_format_str, &[text.into(), spec_text.into()], "formatted")?.into_pointer_value()
                            }
                        }
                        PercentRender::Integer => {
                            let integer: BasicValueEnum = if argument.ty == Type::Float {
                                self.call_runtime_value(names::taipan_int_from_float, &[argument.get()?], "as_int")?
                            } else {
                                self.as_i64(argument)?.into()
                            };
                            self.call_runtime_value(names::taipan_format_int, &[integer, spec_text.into()], "formatted")?.into_pointer_value()
                        }
                        PercentRender::Real => {
                            let real = self.as_f64(argument)?;
                            self.call_runtime_value(names::taipan_format_float, &[real.into(), spec_text.into()], "formatted")?.into_pointer_value()
                        }
                        PercentRender::DynamicNumber(conversion) => {
                            let boxed = self.box_value(argument)?;
                            let conversion = self.gen.context.i32_type().const_int(conversion as u64, false);
                            self.call_runtime_value(names::taipan_dynamic_percent, &[boxed.into(), conversion.into(), spec_text.into()], "formatted")?.into_pointer_value()
                        }
                        PercentRender::CharFromStr => {
                            let character = argument.pointer()?;
                            let length = self.str_length(character)?;
                            let not_one = self.builder.build_int_compare(IntPredicate::NE, length, self.const_int(1), "not_a_char")?;
                            self.raise_if(not_one, ExceptionKind::TypeError, "%c requires int or char")?;
                            self.call_runtime_value(names::taipan_format_str, &[character.into(), spec_text.into()], "formatted")?.into_pointer_value()
                        }
                    }
                }
            };
            text = Some(match text {
                Some(so_far) => self.concat(so_far, piece)?,
                None => piece,
            });
        }
        Ok(Some(text.unwrap_or_else(|| self.str_constant(""))))
    }

    /// `format(value, spec)` for a value with a (run-time) spec string.
    fn emit_format_value(&mut self, value: &Value<'ctx>, spec: PointerValue<'ctx>) -> CodegenResult<PointerValue<'ctx>> {
        if value.ty == Type::Foreign {
            return self.emit_foreign_format(value, spec);
        }
        let formatted = match &value.ty {
            Type::Int => self.call_runtime_value(names::taipan_format_int, &[value.get()?, spec.into()], "formatted")?,
            Type::Float => self.call_runtime_value(names::taipan_format_float, &[value.get()?, spec.into()], "formatted")?,
            Type::Str => self.call_runtime_value(names::taipan_format_str, &[value.get()?, spec.into()], "formatted")?,
            Type::Bool | Type::None | Type::Tuple(_) | Type::VarTuple(_) | Type::List(_) | Type::Dict(_) | Type::Set(_) | Type::FrozenSet(_) | Type::Range | Type::DictView(..) => {
                // An empty spec formats as str(); otherwise bool formats as an
                // int, and the others refuse.
                let spec_length = self.str_length(spec)?;
                let empty = self.builder.build_int_compare(IntPredicate::EQ, spec_length, self.const_int(0), "empty_spec")?;
                let plain_block = self.append_block("format.plain");
                let spec_block = self.append_block("format.spec");
                let end_block = self.append_block("format.end");
                self.builder.build_conditional_branch(empty, plain_block, spec_block)?;
                self.builder.position_at_end(plain_block);
                let plain = self.emit_to_str(value, false)?;
                let plain_end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?;
                self.builder.build_unconditional_branch(end_block)?;
                self.builder.position_at_end(spec_block);
                let with_spec = if value.ty == Type::Bool {
                    let as_byte = self.bool_to_i8(value.int()?)?;
                    Some(self.call_runtime_value(names::taipan_format_bool, &[as_byte.into(), spec.into()], "formatted")?.into_pointer_value())
                } else {
                    let message = format!("unsupported format string passed to {}.__format__", value.ty.python_name());
                    self.emit_raise(ExceptionKind::TypeError, &message)?;
                    None
                };
                let spec_end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?;
                if with_spec.is_some() {
                    self.builder.build_unconditional_branch(end_block)?;
                } else if spec_end.get_terminator().is_none() {
                    self.builder.build_unreachable()?;
                }
                self.builder.position_at_end(end_block);
                let phi = self.builder.build_phi(self.gen.context.ptr_type(AddressSpace::default()), "formatted")?;
                phi.add_incoming(&[(&plain, plain_end)]);
                if let Some(with_spec) = with_spec {
                    phi.add_incoming(&[(&with_spec, spec_end)]);
                }
                phi.as_basic_value()
            }
            Type::Union(_) => {
                let boxed = self.box_value(value)?;
                self.call_runtime_value(names::taipan_dynamic_format, &[boxed.into(), spec.into()], "formatted")?
            }
            other => return Err(CodegenError::new(format!("formatting a value of type {other}"))),
        };
        Ok(formatted.into_pointer_value())
    }

    fn concat(&mut self, left: PointerValue<'ctx>, right: PointerValue<'ctx>) -> CodegenResult<PointerValue<'ctx>> {
        Ok(self.call_runtime_value(names::taipan_str_concat, &[left.into(), right.into()], "concat")?.into_pointer_value())
    }

    /// Writes `value` to stdout as `print` shows it.
    fn emit_write(&mut self, value: &Value<'ctx>) -> CodegenResult<()> {
        if value.ty == Type::Foreign {
            let text = self.emit_foreign_text(value, false)?;
            self.call_runtime(names::taipan_write_str, &[text.into()], "")?;
            return Ok(());
        }
        match &value.ty {
            Type::Str => {
                self.call_runtime(names::taipan_write_str, &[value.get()?], "")?;
            }
            Type::Int => {
                self.call_runtime(names::taipan_write_int, &[value.get()?], "")?;
            }
            Type::Float => {
                self.call_runtime(names::taipan_write_float, &[value.get()?], "")?;
            }
            Type::Bool => {
                let byte = self.bool_to_i8(value.int()?)?;
                self.call_runtime(names::taipan_write_bool, &[byte.into()], "")?;
            }
            Type::None => {
                self.call_runtime(names::taipan_write_none, &[], "")?;
            }
            Type::Tuple(_) | Type::Range | Type::DictView(..) | Type::Instance { .. } | Type::Class { .. } | Type::Generator(_) | Type::Union(_) => {
                let text = self.emit_to_str(value, false)?;
                self.call_runtime(names::taipan_write_str, &[text.into()], "")?;
            }
            Type::List(_) | Type::Dict(_) | Type::Set(_) | Type::FrozenSet(_) | Type::VarTuple(_) => {
                let descriptor = self.gen.descriptor(&value.ty);
                let slot = self.to_slot(value)?;
                self.call_runtime(names::taipan_write_value, &[slot.into(), descriptor.into()], "")?;
            }
            other => return Err(CodegenError::new(format!("print of {other}"))),
        }
        Ok(())
    }

    fn emit_builtin(
        &mut self,
        builtin: Builtin,
        arg_exprs: &[Expr],
        args: Vec<Value<'ctx>>,
        keywords: &[Keyword],
        keyword_values: Vec<Value<'ctx>>,
        expected: &Type,
    ) -> CodegenResult<Value<'ctx>> {
        let f64_type = self.gen.context.f64_type();
        match builtin {
            Builtin::Print => {
                let mut separator = None;
                let mut end = None;
                for (keyword, value) in keywords.iter().zip(&keyword_values) {
                    let text = if value.ty == Type::Str { Some(value.pointer()?) } else { None };
                    match keyword.name.as_str() {
                        "sep" => separator = text,
                        _ => end = text,
                    }
                }
                let separator = match separator {
                    Some(text) => text,
                    None => self.str_constant(" "),
                };
                for (index, value) in args.iter().enumerate() {
                    if index > 0 {
                        self.call_runtime(names::taipan_write_str, &[separator.into()], "")?;
                    }
                    self.emit_write(value)?;
                }
                let end = match end {
                    Some(text) => text,
                    None => self.str_constant("\n"),
                };
                self.call_runtime(names::taipan_write_str, &[end.into()], "")?;
                Ok(Value::none())
            }
            Builtin::Int => {
                let Some(value) = args.first() else {
                    return Ok(Value::new(self.const_int(0), Type::Int));
                };
                let llvm: BasicValueEnum = match value.ty {
                    Type::Int => value.get()?,
                    Type::Bool => self.bool_to_i64(value.int()?)?.into(),
                    Type::Float => self.call_runtime_value(names::taipan_int_from_float, &[value.get()?], "int")?,
                    Type::Str => {
                        let base = match args.get(1) {
                            Some(base) => self.as_i64(base)?,
                            None => self.const_int(10),
                        };
                        self.call_runtime_value(names::taipan_int_from_str, &[value.get()?, base.into()], "int")?
                    }
                    Type::Union(_) => {
                        let boxed = self.box_value(value)?;
                        self.call_runtime_value(names::taipan_dynamic_to_int, &[boxed.into()], "int")?
                    }
                    _ => return Err(CodegenError::new(format!("int() of {}", value.ty))),
                };
                Ok(Value { llvm: Some(llvm), ty: Type::Int })
            }
            Builtin::Float => {
                let Some(value) = args.first() else {
                    return Ok(Value::new(f64_type.const_zero(), Type::Float));
                };
                let llvm: BasicValueEnum = match value.ty {
                    Type::Str => self.call_runtime_value(names::taipan_float_from_str, &[value.get()?], "float")?,
                    Type::Union(_) => {
                        let boxed = self.box_value(value)?;
                        self.call_runtime_value(names::taipan_dynamic_to_float, &[boxed.into()], "float")?
                    }
                    _ => self.as_f64(value)?.into(),
                };
                Ok(Value { llvm: Some(llvm), ty: Type::Float })
            }
            Builtin::Str => match args.first() {
                None => Ok(Value::new(self.str_constant(""), Type::Str)),
                Some(value) => {
                    let text = self.emit_to_str(value, false)?;
                    Ok(Value::new(text, Type::Str))
                }
            },
            Builtin::Bool => match args.first() {
                None => Ok(Value::new(self.i1(false), Type::Bool)),
                Some(value) => {
                    let truth = self.emit_truth(value)?;
                    Ok(Value::new(truth, Type::Bool))
                }
            },
            Builtin::Abs => {
                let value = &args[0];
                if value.ty.is_dynamic() || crate::module::optional_payload(&value.ty).is_some() {
                    let boxed = self.box_value(value)?;
                    let result = self.call_runtime_value(names::taipan_dynamic_abs, &[boxed.into()], "abs")?;
                    return self.dynamic_result(result.into_pointer_value(), expected);
                }
                match value.ty {
                    Type::Float => {
                        let magnitude = self.call_intrinsic("llvm.fabs", &[f64_type.into()], &[value.get()?], "abs")?;
                        Ok(Value { llvm: Some(magnitude), ty: Type::Float })
                    }
                    _ => {
                        let operand = self.as_i64(value)?;
                        let negative = self.builder.build_int_compare(IntPredicate::SLT, operand, self.const_int(0), "negative")?;
                        let negated = self.emit_int_binary(BinaryOp::Sub, self.const_int(0), operand)?;
                        let result = self.builder.build_select(negative, negated, operand, "abs")?;
                        Ok(Value { llvm: Some(result), ty: Type::Int })
                    }
                }
            }
            Builtin::Min | Builtin::Max => {
                let mut best = args[0].clone();
                for candidate in &args[1..] {
                    // CPython keeps the earlier item unless the new one is
                    // strictly smaller (min) or larger (max).
                    let op = if builtin == Builtin::Min { CompareOp::Lt } else { CompareOp::Gt };
                    let better = self.emit_comparison(op, candidate, &best)?;
                    let chosen = self.builder.build_select(better.int()?, candidate.get()?, best.get()?, "best")?;
                    best = Value { llvm: Some(chosen), ty: best.ty.clone() };
                }
                Ok(best)
            }
            Builtin::Round => {
                let value = &args[0];
                let digits = args.get(1).or(keyword_values.first()).filter(|digits| digits.ty != Type::None);
                if value.ty.is_dynamic() {
                    let (digits, has_digits) = match digits {
                        Some(digits) => (self.as_i64(digits)?, 1),
                        None => (self.const_int(0), 0),
                    };
                    let has_digits = self.gen.context.i8_type().const_int(has_digits, false);
                    let boxed = self.box_value(value)?;
                    let rounded = self.call_runtime_value(names::taipan_dynamic_round, &[boxed.into(), digits.into(), has_digits.into()], "round")?;
                    return self.emit_dynamic_box_result(rounded.into_pointer_value(), expected);
                }
                match (&value.ty, digits) {
                    (Type::Float, None) => {
                        let rounded = self.call_runtime_value(names::taipan_float_round, &[value.get()?], "round")?;
                        Ok(Value { llvm: Some(rounded), ty: Type::Int })
                    }
                    (Type::Float, Some(digits)) => {
                        let digits = self.as_i64(digits)?;
                        let rounded = self.call_runtime_value(names::taipan_float_round_digits, &[value.get()?, digits.into()], "round")?;
                        Ok(Value { llvm: Some(rounded), ty: Type::Float })
                    }
                    (_, None) => Ok(Value::new(self.as_i64(value)?, Type::Int)),
                    (_, Some(digits)) => {
                        let (number, digits) = (self.as_i64(value)?, self.as_i64(digits)?);
                        let rounded = self.call_runtime_value(names::taipan_int_round_digits, &[number.into(), digits.into()], "round")?;
                        Ok(Value { llvm: Some(rounded), ty: Type::Int })
                    }
                }
            }
            Builtin::Len => match &args[0].ty {
                Type::List(_) | Type::Dict(_) | Type::Set(_) | Type::FrozenSet(_) | Type::Range | Type::VarTuple(_) => {
                    let length = self.container_length(&args[0])?;
                    Ok(Value::new(length, Type::Int))
                }
                Type::Str => {
                    let length = self.str_length(args[0].pointer()?)?;
                    Ok(Value::new(length, Type::Int))
                }
                Type::Tuple(members) => Ok(Value::new(self.const_int(members.len() as i64), Type::Int)),
                Type::Union(_) => self.emit_dynamic_int(names::taipan_dynamic_len, &args[0]),
                other => Err(CodegenError::new(format!("len of {other}"))),
            },
            Builtin::Ord => {
                let code = self.call_runtime_value(names::taipan_str_ord, &[args[0].get()?], "ord")?;
                Ok(Value { llvm: Some(code), ty: Type::Int })
            }
            Builtin::Chr => {
                let code = self.as_i64(&args[0])?;
                let text = self.call_runtime_value(names::taipan_str_chr, &[code.into()], "chr")?;
                Ok(Value { llvm: Some(text), ty: Type::Str })
            }
            Builtin::Divmod => {
                let (left, right) = (&args[0], &args[1]);
                if left.ty == Type::Float || right.ty == Type::Float {
                    let (l, r) = (self.as_f64(left)?, self.as_f64(right)?);
                    let zero = self.builder.build_float_compare(FloatPredicate::OEQ, r, f64_type.const_zero(), "zero")?;
                    self.raise_if(zero, ExceptionKind::ZeroDivisionError, "float divmod()")?;
                    let quotient = self.emit_float_binary(BinaryOp::FloorDiv, l, r)?;
                    let remainder = self.emit_float_binary(BinaryOp::Mod, l, r)?;
                    self.build_tuple(vec![Value::new(quotient, Type::Float), Value::new(remainder, Type::Float)])
                } else {
                    let (l, r) = (self.as_i64(left)?, self.as_i64(right)?);
                    let zero = self.builder.build_int_compare(IntPredicate::EQ, r, self.const_int(0), "zero")?;
                    self.raise_if(zero, ExceptionKind::ZeroDivisionError, "integer division or modulo by zero")?;
                    let quotient = self.emit_int_binary(BinaryOp::FloorDiv, l, r)?;
                    let remainder = self.emit_int_binary(BinaryOp::Mod, l, r)?;
                    self.build_tuple(vec![Value::new(quotient, Type::Int), Value::new(remainder, Type::Int)])
                }
            }
            Builtin::Pow => {
                if args.len() == 3 {
                    let (base, exponent, modulus) = (self.as_i64(&args[0])?, self.as_i64(&args[1])?, self.as_i64(&args[2])?);
                    let result = self.call_runtime_value(names::taipan_int_pow_mod, &[base.into(), exponent.into(), modulus.into()], "powmod")?;
                    return Ok(Value { llvm: Some(result), ty: Type::Int });
                }
                let mut args = args.into_iter();
                let (base, exponent) = (args.next().unwrap_or_else(Value::never), args.next().unwrap_or_else(Value::never));
                self.emit_binary(BinaryOp::Pow, base, exponent, exponent_sign(&arg_exprs[1]))
            }
            Builtin::Repr => {
                let text = self.emit_to_str(&args[0], true)?;
                Ok(Value::new(text, Type::Str))
            }
            Builtin::Math(function) => self.emit_math(function, &args, expected),
            Builtin::Next => self.emit_next(&args, expected),
            Builtin::GetAttr | Builtin::HasAttr => self.emit_reflective_attribute(builtin, &args, &arg_exprs[1], arg_exprs[0].span, expected),
            Builtin::SetAttr | Builtin::DelAttr => self.emit_reflective_store(builtin, &args, &arg_exprs[1]),
            Builtin::Iter => Err(CodegenError::new("iter() reached codegen")),
            Builtin::Format => {
                let spec = match args.get(1) {
                    Some(spec) => spec.pointer()?,
                    None => self.str_constant(""),
                };
                let text = self.emit_format_value(&args[0], spec)?;
                Ok(Value::new(text, Type::Str))
            }
            Builtin::SysExit => {
                match args.first() {
                    None => {
                        self.call_runtime(names::taipan_sys_exit, &[self.const_int(ABSENT_INT).into()], "")?;
                    }
                    Some(value) => match value.ty {
                        Type::Str => {
                            self.call_runtime(names::taipan_sys_exit_message, &[value.get()?], "")?;
                        }
                        Type::None => {
                            self.call_runtime(names::taipan_sys_exit, &[self.const_int(ABSENT_INT).into()], "")?;
                        }
                        _ => {
                            let code = self.as_i64(value)?;
                            self.call_runtime(names::taipan_sys_exit, &[code.into()], "")?;
                        }
                    },
                }
                self.builder.build_unreachable()?;
                self.start_dead_block();
                Ok(Value::never())
            }
            Builtin::Hash => {
                let descriptor = self.gen.descriptor(&args[0].ty);
                let slot = self.to_slot(&args[0])?;
                let hash = self.call_runtime_value(names::taipan_value_hash, &[slot.into(), descriptor.into()], "hash")?;
                Ok(Value { llvm: Some(hash), ty: Type::Int })
            }
            other => {
                let _ = expected;
                Err(CodegenError::new(format!("the builtin {} reached scalar codegen", other.name())))
            }
        }
    }

    /// A function of the native `math` module.
    fn emit_math(&mut self, function: MathFunction, args: &[Value<'ctx>], expected: &Type) -> CodegenResult<Value<'ctx>> {
        use taipan_abi::math_function as m;
        let f64_type = self.gen.context.f64_type();
        let call = |emitter: &mut Self, code: i32, x: inkwell::values::FloatValue<'ctx>, y: inkwell::values::FloatValue<'ctx>| -> CodegenResult<inkwell::values::FloatValue<'ctx>> {
            let code = emitter.gen.context.i32_type().const_int(code as u64, false);
            Ok(emitter.call_runtime_value(names::taipan_math_call, &[code.into(), x.into(), y.into()], "math")?.into_float_value())
        };
        let zero = f64_type.const_zero();
        match function {
            MathFunction::Gcd => {
                let mut result = self.const_int(0);
                for value in args {
                    let operand = self.as_i64(value)?;
                    result = self.call_runtime_value(names::taipan_int_gcd, &[result.into(), operand.into()], "gcd")?.into_int_value();
                }
                return Ok(Value::new(result, Type::Int));
            }
            MathFunction::Factorial | MathFunction::Isqrt => {
                let operand = self.as_i64(&args[0])?;
                let name = if function == MathFunction::Factorial { names::taipan_int_factorial } else { names::taipan_int_isqrt };
                let result = self.call_runtime_value(name, &[operand.into()], "int_result")?;
                return Ok(Value { llvm: Some(result), ty: Type::Int });
            }
            MathFunction::Floor | MathFunction::Ceil | MathFunction::Trunc => {
                if matches!(args[0].ty, Type::Int | Type::Bool) {
                    return Ok(Value::new(self.as_i64(&args[0])?, Type::Int));
                }
                let x = args[0].float()?;
                let intrinsic = match function {
                    MathFunction::Floor => "llvm.floor",
                    MathFunction::Ceil => "llvm.ceil",
                    _ => "llvm.trunc",
                };
                let rounded = self.call_intrinsic(intrinsic, &[f64_type.into()], &[x.into()], "rounded")?;
                let result = self.call_runtime_value(names::taipan_int_from_float, &[rounded], "as_int")?;
                return Ok(Value { llvm: Some(result), ty: Type::Int });
            }
            MathFunction::IsNan | MathFunction::IsInf | MathFunction::IsFinite => {
                let x = self.as_f64(&args[0])?;
                let magnitude = self.call_intrinsic("llvm.fabs", &[f64_type.into()], &[x.into()], "magnitude")?.into_float_value();
                let infinity = f64_type.const_float(f64::INFINITY);
                let truth = match function {
                    MathFunction::IsNan => self.builder.build_float_compare(inkwell::FloatPredicate::UNO, x, x, "isnan")?,
                    MathFunction::IsInf => self.builder.build_float_compare(inkwell::FloatPredicate::OEQ, magnitude, infinity, "isinf")?,
                    _ => self.builder.build_float_compare(inkwell::FloatPredicate::OLT, magnitude, infinity, "isfinite")?,
                };
                return Ok(Value::new(truth, Type::Bool));
            }
            _ => {}
        }
        let mut floats = Vec::new();
        for value in args {
            floats.push(self.as_f64(value)?);
        }
        let x = floats.first().copied().unwrap_or(zero);
        let y = floats.get(1).copied().unwrap_or(zero);
        let result = match function {
            MathFunction::Sqrt => {
                // Inline: a negative argument is the only error.
                let negative = self.builder.build_float_compare(inkwell::FloatPredicate::OLT, x, zero, "negative")?;
                self.raise_if(negative, ExceptionKind::ValueError, "math domain error")?;
                self.call_intrinsic("llvm.sqrt", &[f64_type.into()], &[x.into()], "sqrt")?.into_float_value()
            }
            MathFunction::Fabs => self.call_intrinsic("llvm.fabs", &[f64_type.into()], &[x.into()], "fabs")?.into_float_value(),
            MathFunction::Copysign => self.call_intrinsic("llvm.copysign", &[f64_type.into()], &[x.into(), y.into()], "copysign")?.into_float_value(),
            MathFunction::Degrees => self.builder.build_float_mul(x, f64_type.const_float(180.0 / std::f64::consts::PI), "degrees")?,
            MathFunction::Radians => self.builder.build_float_mul(x, f64_type.const_float(std::f64::consts::PI / 180.0), "radians")?,
            MathFunction::Hypot => {
                let mut total = zero;
                for (index, value) in floats.iter().enumerate() {
                    total = if index == 0 {
                        self.call_intrinsic("llvm.fabs", &[f64_type.into()], &[(*value).into()], "fabs")?.into_float_value()
                    } else {
                        call(self, m::HYPOT, total, *value)?
                    };
                }
                total
            }
            MathFunction::Log if floats.len() == 2 => call(self, m::LOG_BASE, x, y)?,
            other => {
                let code = match other {
                    MathFunction::Sin => m::SIN,
                    MathFunction::Cos => m::COS,
                    MathFunction::Tan => m::TAN,
                    MathFunction::Asin => m::ASIN,
                    MathFunction::Acos => m::ACOS,
                    MathFunction::Atan => m::ATAN,
                    MathFunction::Atan2 => m::ATAN2,
                    MathFunction::Sinh => m::SINH,
                    MathFunction::Cosh => m::COSH,
                    MathFunction::Tanh => m::TANH,
                    MathFunction::Exp => m::EXP,
                    MathFunction::Log => m::LOG,
                    MathFunction::Log10 => m::LOG10,
                    MathFunction::Log2 => m::LOG2,
                    MathFunction::Pow => m::POW,
                    _ => return Err(CodegenError::new(format!("math.{}", other.name()))),
                };
                call(self, code, x, y)?
            }
        };
        let _ = expected;
        Ok(Value::new(result, Type::Float))
    }

    fn emit_str_method(&mut self, name: &str, receiver: Value<'ctx>, args: Vec<Value<'ctx>>, expected: &Type) -> CodegenResult<Value<'ctx>> {
        if *expected == Type::Unknown {
            return Ok(Value::never());
        }
        let string = receiver.get()?;
        let null = self.gen.context.ptr_type(AddressSpace::default()).const_null();
        let optional_str = |value: Option<&Value<'ctx>>| -> CodegenResult<BasicValueEnum<'ctx>> {
            match value {
                Some(value) if value.ty == Type::Str => value.get(),
                _ => Ok(null.into()),
            }
        };
        let i32_type = self.gen.context.i32_type();
        let mode = |value: i32| -> BasicValueEnum<'ctx> { i32_type.const_int(value as u64, true).into() };
        let (function, call_args): (&str, Vec<BasicValueEnum<'ctx>>) = match name {
            "upper" => (names::taipan_str_upper, vec![string]),
            "lower" => (names::taipan_str_lower, vec![string]),
            "strip" => (names::taipan_str_strip, vec![string, optional_str(args.first())?, mode(strip_mode::BOTH)]),
            "lstrip" => (names::taipan_str_strip, vec![string, optional_str(args.first())?, mode(strip_mode::LEFT)]),
            "rstrip" => (names::taipan_str_strip, vec![string, optional_str(args.first())?, mode(strip_mode::RIGHT)]),
            "startswith" | "endswith" | "find" | "rfind" | "index" | "rindex" | "count" => {
                let find = match name {
                    "find" => find_mode::FIND,
                    "rfind" => find_mode::RFIND,
                    "index" => find_mode::INDEX,
                    "rindex" => find_mode::RINDEX,
                    _ => find_mode::COUNT,
                };
                let mut bounds = Vec::new();
                for position in 1..3 {
                    bounds.push(match args.get(position) {
                        Some(value) if value.ty != Type::None => self.as_present_i64(value)?.into(),
                        _ => self.const_int(ABSENT_INT).into(),
                    });
                }
                if let Type::Tuple(members) = &args[0].ty {
                    // `s.startswith(("a", "b"))`: any of the prefixes.
                    let function = if name == "startswith" { names::taipan_str_startswith } else { names::taipan_str_endswith };
                    let aggregate = args[0].get()?.into_struct_value();
                    let mut found = self.i1(false);
                    for index in 0..members.len() {
                        let prefix = self.builder.build_extract_value(aggregate, index as u32, "prefix")?;
                        let matched = self.call_runtime_value(function, &[string, prefix, bounds[0], bounds[1]], "matched")?;
                        let matched = self.i8_to_bool(matched)?;
                        found = self.builder.build_or(found, matched, "any_prefix")?;
                    }
                    return Ok(Value::new(found, Type::Bool));
                }
                match name {
                    "startswith" => (names::taipan_str_startswith, vec![string, args[0].get()?, bounds[0], bounds[1]]),
                    "endswith" => (names::taipan_str_endswith, vec![string, args[0].get()?, bounds[0], bounds[1]]),
                    _ => (names::taipan_str_find, vec![string, args[0].get()?, bounds[0], bounds[1], mode(find)]),
                }
            }
            "replace" => {
                let count = match args.get(2) {
                    Some(value) => self.as_i64(value)?,
                    None => self.const_int(-1),
                };
                (names::taipan_str_replace, vec![string, args[0].get()?, args[1].get()?, count.into()])
            }
            "rjust" | "ljust" | "center" => {
                let justify = match name {
                    "ljust" => justify_mode::LEFT,
                    "rjust" => justify_mode::RIGHT,
                    _ => justify_mode::CENTER,
                };
                let width = self.as_i64(&args[0])?;
                (names::taipan_str_justify, vec![string, width.into(), optional_str(args.get(1))?, mode(justify)])
            }
            "isdigit" => (names::taipan_str_isdigit, vec![string]),
            "isspace" => (names::taipan_str_isspace, vec![string]),
            "isalpha" | "isalnum" | "isdecimal" | "isnumeric" | "isupper" | "islower" | "istitle" | "isidentifier" | "isprintable" | "isascii" => {
                use taipan_abi::str_predicate as p;
                let predicate = match name {
                    "isalpha" => p::ISALPHA,
                    "isalnum" => p::ISALNUM,
                    "isdecimal" => p::ISDECIMAL,
                    "isnumeric" => p::ISNUMERIC,
                    "isupper" => p::ISUPPER,
                    "islower" => p::ISLOWER,
                    "istitle" => p::ISTITLE,
                    "isidentifier" => p::ISIDENTIFIER,
                    "isprintable" => p::ISPRINTABLE,
                    _ => p::ISASCII,
                };
                (names::taipan_str_predicate, vec![string, mode(predicate)])
            }
            "capitalize" | "title" | "swapcase" | "casefold" => {
                use taipan_abi::str_transform as t;
                let transform = match name {
                    "capitalize" => t::CAPITALIZE,
                    "title" => t::TITLE,
                    "swapcase" => t::SWAPCASE,
                    _ => t::CASEFOLD,
                };
                (names::taipan_str_transform, vec![string, mode(transform)])
            }
            "zfill" => {
                let width = self.as_i64(&args[0])?;
                (names::taipan_str_zfill, vec![string, width.into()])
            }
            other => return Err(CodegenError::new(format!("str method {other} reached codegen"))),
        };
        let result = self.call_runtime_value(function, &call_args, name)?;
        let value = match expected {
            Type::Bool => Value::new(self.i8_to_bool(result)?, Type::Bool),
            other => Value { llvm: Some(result), ty: other.clone() },
        };
        Ok(value)
    }
}

const CALLING_SUFFIX: &str = " while calling a Python object";

/// The str methods whose CPython 3.11 calls check the recursion limit (found by
/// running each at the limit under CPython; the others go through call paths
/// that do not check).
const STR_METHODS_CHECKING_RECURSION: &[&str] =
    &["upper", "lower", "startswith", "endswith", "find", "rfind", "index", "rindex", "count", "isdigit", "isspace"];

/// For builtins whose CPython 3.11 calls check the recursion limit: the frame
/// depth at which the call raises and the message's suffix. `print` and
/// `min`/`max` spend two levels (print calls the stream's write, min and max
/// compare), so they raise one frame earlier. Measured against CPython; the
/// builtins not listed are called without a check.
fn builtin_recursion_check(builtin: Builtin, first_arg: Option<&Type>, arg_count: usize) -> Option<(u64, &'static str)> {
    match builtin {
        Builtin::Print => Some((RECURSION_LIMIT - 1, CALLING_SUFFIX)),
        Builtin::Min | Builtin::Max if arg_count >= 2 => Some((RECURSION_LIMIT - 1, " in comparison")),
        Builtin::Str => match first_arg {
            Some(Type::Str) | None => None,
            Some(_) => Some((RECURSION_LIMIT, " while getting the str of an object")),
        },
        Builtin::Int | Builtin::Abs | Builtin::Round | Builtin::Ord | Builtin::Chr => Some((RECURSION_LIMIT, CALLING_SUFFIX)),
        _ => None,
    }
}

/// The LLVM predicate for a float comparison with Python's NaN behaviour:
/// every ordering comparison with NaN is false, `!=` is true.
fn float_predicate(op: CompareOp) -> CodegenResult<FloatPredicate> {
    Ok(match op {
        CompareOp::Eq => FloatPredicate::OEQ,
        CompareOp::NotEq => FloatPredicate::UNE,
        CompareOp::Lt => FloatPredicate::OLT,
        CompareOp::LtE => FloatPredicate::OLE,
        CompareOp::Gt => FloatPredicate::OGT,
        CompareOp::GtE => FloatPredicate::OGE,
        _ => return Err(CodegenError::new("identity comparison of numbers")),
    })
}

fn mirror(op: CompareOp) -> CompareOp {
    match op {
        CompareOp::Lt => CompareOp::Gt,
        CompareOp::LtE => CompareOp::GtE,
        CompareOp::Gt => CompareOp::Lt,
        CompareOp::GtE => CompareOp::LtE,
        other => other,
    }
}

/// Whether `local` is a cell or a free variable of `def`: code of other
/// functions reads and writes it too.
fn is_shared_local(def: &Function, local: LocalId) -> bool {
    def.cells.contains(&local) || def.captures.iter().any(|capture| capture.local == local)
}

/// The name `narrowed_receiver` gives a box narrowed for indexing: the
/// runtime then raises CPython's "object is not subscriptable".
const SUBSCRIPT_NARROWING: &str = "__getitem__";

/// The name `narrowed_receiver` gives a box narrowed to an int where
/// CPython wants an index (`range()`'s arguments): the runtime then raises
/// "object cannot be interpreted as an integer".
const INDEX_NARROWING: &str = "__index__";

/// The names `narrowed_receiver` gives a box narrowed for the container of
/// an item assignment, a value unpacked and the right operand of `in`: the
/// runtime then raises CPython's TypeError for each.
const SET_ITEM_NARROWING: &str = "__setitem__";
const UNPACK_NARROWING: &str = "__unpack__";
const CONTAINS_NARROWING: &str = "__contains__";

/// The name `narrowed_receiver` gives an operand of a binary operator
/// narrowed from `T | None`: the runtime then raises CPython's
/// "unsupported operand type(s) for +: 'NoneType' and 'tuple'", the other
/// operand's type named (it is on the right of the narrowed one when
/// `narrowed_on_left`).
fn operand_narrowing(symbol: &str, other: &Type, narrowed_on_left: bool) -> String {
    let side = if narrowed_on_left { "left" } else { "right" };
    format!("__operand__ {symbol} {side} {}", other.python_name())
}

/// The name `narrowed_receiver` gives a box narrowed for iteration: the
/// runtime then raises CPython's "object is not iterable".
const ITERATION_NARROWING: &str = "__iter__";

/// The runtime's code (`taipan_abi::compare_op`) of a rich comparison;
/// `None` for `is`, `in` and their negations.
fn runtime_compare_op(op: CompareOp) -> Option<i32> {
    use taipan_abi::compare_op;
    Some(match op {
        CompareOp::Lt => compare_op::LT,
        CompareOp::LtE => compare_op::LE,
        CompareOp::Gt => compare_op::GT,
        CompareOp::GtE => compare_op::GE,
        CompareOp::Eq => compare_op::EQ,
        CompareOp::NotEq => compare_op::NE,
        _ => return None,
    })
}
