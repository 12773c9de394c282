//! Generators, compiled natively as LLVM coroutines (a state machine LLVM
//! builds, not a separate stack).
//!
//! A generator function's instance is an LLVM coroutine with switched-resume
//! lowering: its body is written as straight-line code with a
//! `llvm.coro.suspend` at the start and at each `yield`, and LLVM's
//! coroutine passes (CoroSplit, in every `default<On>` pipeline) cut it into a
//! ramp (the call: allocates the frame and stops at the first suspend), a
//! resume function (a `switch` on the suspend index) and a destroy function.
//! Every value live across a `yield` moves into the frame, so the emitter
//! needs no knowledge of what is live. When the ramp is inlined where the
//! generator is consumed, LLVM devirtualises and inlines the resume as well:
//! `sum(f(x) for x in gen())` over a simple generator becomes one loop.
//!
//! The frame comes from the collector (`taipan_frame_new`, scanned), so
//! everything a suspended generator holds stays alive, and an abandoned
//! generator is simply collected. A generator's value is its frame. After the
//! resume and destroy pointers lies the promise (`taipan_abi::GeneratorPromise`,
//! then the value last yielded and the value returned), which the iterating
//! code and the body share:
//! - to get the next item, the consumer stores its callee depth in the
//!   promise, calls `llvm.coro.resume` (an `invoke` inside a `try`, so an
//!   exception the body raises reaches the consumer's handlers), then reads
//!   `finished`; when it is still zero the yielded value is the item;
//! - the body sets `finished` before its final suspend (return, or falling off
//!   the end) and in a landing pad around the whole body before the
//!   exception leaves it, so a generator that raised is exhausted, as in
//!   CPython; nothing ever resumes a finished generator. That pad also turns
//!   a StopIteration into PEP 479's RuntimeError;
//! - the body reads its depth from the promise, since each `next` may come
//!   from a different depth, so `RecursionError` stays exact.
//!
//! Not here: what a generator yields and returns (typeinfer's generator
//! sites) and the iteration protocol's other clients (`IterState`).

use super::*;
use super::containers::IterState;
use inkwell::llvm_sys;
use inkwell::types::{BasicTypeEnum, StructType};
use inkwell::values::AsValueRef;
use taipan_abi::{
    GENERATOR_PROMISE_FIELD_DEPTH, GENERATOR_PROMISE_FIELD_FINISHED, GENERATOR_PROMISE_FIELD_NAME, GENERATOR_PROMISE_FIELD_RETURNED,
    GENERATOR_PROMISE_FIELD_YIELDED, GENERATOR_PROMISE_OFFSET,
};

/// The coroutine of the generator function being emitted.
pub(super) struct GeneratorFrame<'ctx> {
    /// The coroutine's handle (`llvm.coro.begin`'s result: the frame),
    /// which the ramp returns.
    handle: PointerValue<'ctx>,
    promise: PointerValue<'ctx>,
    promise_type: StructType<'ctx>,
    /// Ends the ramp or a resume: `llvm.coro.end`, then return the handle.
    suspend_block: BasicBlock<'ctx>,
    /// Where `llvm.coro.destroy` would go; nothing destroys a generator (the
    /// collector frees frames), so it only leaves.
    cleanup_block: BasicBlock<'ctx>,
    /// The landing pad around the body: marks the generator finished and
    /// lets the exception continue to whoever resumed it.
    unwind_block: BasicBlock<'ctx>,
    /// Every `return` goes here: the one final suspend LLVM allows.
    final_block: BasicBlock<'ctx>,
}

/// The promise of a generator whose yielded and returned values have these
/// LLVM types: `taipan_abi::GeneratorPromise`, then the two values.
pub(crate) fn promise_struct_type<'ctx>(
    context: &'ctx inkwell::context::Context,
    yielded: BasicTypeEnum<'ctx>,
    returned: BasicTypeEnum<'ctx>,
) -> StructType<'ctx> {
    let i64_type = context.i64_type();
    let pointer = context.ptr_type(AddressSpace::default());
    context.struct_type(&[i64_type.into(), i64_type.into(), pointer.into(), yielded, returned], false)
}

impl<'a, 'ctx, 'p> FunctionEmitter<'a, 'ctx, 'p> {
    /// The yielded and returned types of a generator type.
    pub(super) fn generator_types(generator: &Type) -> CodegenResult<(Type, Type)> {
        match generator {
            Type::Generator(c) => Ok((c.element().clone(), c.value().clone())),
            other => Err(CodegenError::new(format!("a generator typed {other}"))),
        }
    }

    pub(super) fn promise_type_of(&self, generator: &Type) -> CodegenResult<StructType<'ctx>> {
        let (yielded, returned) = Self::generator_types(generator)?;
        Ok(promise_struct_type(self.gen.context, self.gen.llvm_type(&yielded), self.gen.llvm_type(&returned)))
    }

    /// The promise of the generator `handle`.
    pub(super) fn promise_of(&self, handle: PointerValue<'ctx>) -> CodegenResult<PointerValue<'ctx>> {
        let offset = self.i64_type().const_int(GENERATOR_PROMISE_OFFSET, false);
        // SAFETY: an in-bounds byte offset into the coroutine frame.
        Ok(unsafe { self.builder.build_in_bounds_gep(self.gen.context.i8_type(), handle, &[offset], "promise")? })
    }

    /// The type of what this instance returns: for a generator, the value
    /// its `return` gives (the generator's, not the call's).
    pub(super) fn returned_value_type(&self) -> Type {
        if self.def.is_generator {
            if let Ok((_, returned)) = Self::generator_types(&self.instance.return_type) {
                return returned;
            }
        }
        self.instance.return_type.clone()
    }

    /// A call of an intrinsic whose operands or result include a `token`,
    /// which inkwell cannot express: through the C API.
    fn call_token_intrinsic(&self, name: &str, overloads: &[BasicTypeEnum<'ctx>], args: &[llvm_sys::prelude::LLVMValueRef]) -> CodegenResult<llvm_sys::prelude::LLVMValueRef> {
        let intrinsic = Intrinsic::find(name).ok_or_else(|| CodegenError::new(format!("no LLVM intrinsic {name}")))?;
        let declaration = intrinsic
            .get_declaration(&self.gen.module, overloads)
            .ok_or_else(|| CodegenError::new(format!("cannot declare LLVM intrinsic {name}")))?;
        let mut args = args.to_vec();
        let name = std::ffi::CString::new(name.replace('.', "_")).map_err(|_| CodegenError::new("intrinsic name with a NUL"))?;
        // SAFETY: the declaration's type matches the operands given, and the
        // builder is positioned in this function.
        unsafe {
            let function_type = llvm_sys::core::LLVMGlobalGetValueType(declaration.as_value_ref());
            let returns_void = llvm_sys::core::LLVMGetTypeKind(llvm_sys::core::LLVMGetReturnType(function_type))
                == llvm_sys::LLVMTypeKind::LLVMVoidTypeKind;
            let empty = std::ffi::CString::default();
            Ok(llvm_sys::core::LLVMBuildCall2(
                self.builder.as_mut_ptr(),
                function_type,
                declaration.as_value_ref(),
                args.as_mut_ptr(),
                args.len() as u32,
                if returns_void { empty.as_ptr() } else { name.as_ptr() },
            ))
        }
    }

    /// `none`, the token `llvm.coro.suspend` takes outside a `coro.save`.
    fn token_none(&self) -> llvm_sys::prelude::LLVMValueRef {
        // SAFETY: LLVM's null value of the token type is `none`.
        unsafe { llvm_sys::core::LLVMConstNull(llvm_sys::core::LLVMTokenTypeInContext(self.gen.context.raw())) }
    }

    /// The start of a generator function's body, emitted first in its entry
    /// block: the coroutine's identity, its frame and the promise's fixed
    /// fields. The ramp stops at `emit_generator_initial_suspend`.
    pub(super) fn emit_generator_prologue(&mut self) -> CodegenResult<()> {
        let promise_type = self.promise_type_of(&self.instance.return_type.clone())?;
        let promise = self.entry_alloca(promise_type, "promise")?;
        let i32_type = self.gen.context.i32_type();
        let null = self.ptr_type().const_null();
        let id = self.call_token_intrinsic(
            "llvm.coro.id",
            &[],
            &[i32_type.const_int(8, false).as_value_ref(), promise.as_value_ref(), null.as_value_ref(), null.as_value_ref()],
        )?;
        let size = self.call_intrinsic("llvm.coro.size", &[self.i64_type().into()], &[], "frame_size")?;
        let memory = self.call_runtime_value(names::taipan_frame_new, &[size], "frame_memory")?;
        let handle = self.call_token_intrinsic("llvm.coro.begin", &[], &[id, memory.as_value_ref()])?;
        // SAFETY: `llvm.coro.begin` returns a pointer.
        let handle = unsafe { PointerValue::new(handle) };
        let finished = self.builder.build_struct_gep(promise_type, promise, GENERATOR_PROMISE_FIELD_FINISHED, "finished")?;
        self.builder.build_store(finished, self.const_int(0))?;
        let qualified_name = self.def.qualified_name.clone();
        let module_prefix = format!("{}.", self.gen.program.module(self.def.module).name);
        let name = self.str_constant(qualified_name.strip_prefix(&module_prefix).unwrap_or(&qualified_name));
        let name_field = self.builder.build_struct_gep(promise_type, promise, GENERATOR_PROMISE_FIELD_NAME, "name")?;
        self.builder.build_store(name_field, name)?;
        let suspend_block = self.append_block("coro.suspend");
        let cleanup_block = self.append_block("coro.cleanup");
        let unwind_block = self.append_block("generator.unwind");
        let final_block = self.append_block("generator.return");
        self.generator = Some(GeneratorFrame { handle, promise, promise_type, suspend_block, cleanup_block, unwind_block, final_block });
        Ok(())
    }

    /// After the parameters are stored: the ramp ends here (a call runs none
    /// of the body), and the body starts on the first resume, inside the
    /// landing pad that finishes the generator when an exception leaves it.
    pub(super) fn emit_generator_initial_suspend(&mut self) -> CodegenResult<()> {
        let Some(frame) = &self.generator else { return Err(CodegenError::new("a generator without its coroutine")) };
        let (suspend_block, cleanup_block, unwind_block, final_block, handle) =
            (frame.suspend_block, frame.cleanup_block, frame.unwind_block, frame.final_block, frame.handle);
        self.emit_suspend(false)?;
        // The shared exits.
        let current = self.builder.get_insert_block();
        self.builder.position_at_end(final_block);
        self.mark_generator_finished()?;
        self.emit_suspend(true)?;
        self.builder.build_unreachable()?;
        self.builder.position_at_end(suspend_block);
        self.call_intrinsic("llvm.coro.end", &[], &[handle.into(), self.i1(false).into()], "ended")?;
        self.builder.build_return(Some(&handle))?;
        self.builder.position_at_end(cleanup_block);
        self.builder.build_unconditional_branch(suspend_block)?;
        self.builder.position_at_end(unwind_block);
        let exception = self.emit_landing_pad()?;
        self.mark_generator_finished()?;
        // PEP 479: a StopIteration leaving a generator's body would look
        // like its end to the consumer; the runtime makes it a RuntimeError.
        let stop_iteration = self.gen.program.builtin_class("StopIteration").ok_or_else(|| CodegenError::new("no StopIteration class"))?;
        let table = self.gen.subclass_table(stop_iteration);
        self.call_runtime(names::taipan_generator_raised, &[exception.into(), table.into()], "")?;
        self.builder.build_unreachable()?;
        if let Some(block) = current {
            self.builder.position_at_end(block);
        }
        self.unwind_target = Some(unwind_block);
        self.emit_generator_recursion_check()
    }

    /// Suspends the coroutine (`final` for the last time); the builder
    /// continues where a resume arrives.
    fn emit_suspend(&mut self, final_suspend: bool) -> CodegenResult<()> {
        let Some(frame) = &self.generator else { return Err(CodegenError::new("a suspend outside a generator")) };
        let (suspend_block, cleanup_block) = (frame.suspend_block, frame.cleanup_block);
        let token = self.token_none();
        let state = self.call_token_intrinsic("llvm.coro.suspend", &[], &[token, self.i1(final_suspend).as_value_ref()])?;
        // SAFETY: `llvm.coro.suspend` returns an i8.
        let state = unsafe { IntValue::new(state) };
        let i8_type = self.gen.context.i8_type();
        if final_suspend {
            self.builder.build_switch(state, suspend_block, &[(i8_type.const_int(1, false), cleanup_block)])?;
            self.start_dead_block();
        } else {
            let resumed = self.append_block("resumed");
            self.builder.build_switch(state, suspend_block, &[(i8_type.const_int(0, false), resumed), (i8_type.const_int(1, false), cleanup_block)])?;
            self.builder.position_at_end(resumed);
        }
        Ok(())
    }

    fn promise_field(&self, field: u32, name: &str) -> CodegenResult<PointerValue<'ctx>> {
        let Some(frame) = &self.generator else { return Err(CodegenError::new("a promise outside a generator")) };
        Ok(self.builder.build_struct_gep(frame.promise_type, frame.promise, field, name)?)
    }

    fn mark_generator_finished(&mut self) -> CodegenResult<()> {
        let finished = self.promise_field(GENERATOR_PROMISE_FIELD_FINISHED, "finished")?;
        self.builder.build_store(finished, self.const_int(1))?;
        Ok(())
    }

    /// The frame depth of a generator's body: what its last resumer stored.
    pub(super) fn generator_depth(&self) -> CodegenResult<Option<IntValue<'ctx>>> {
        if self.generator.is_none() {
            return Ok(None);
        }
        let field = self.promise_field(GENERATOR_PROMISE_FIELD_DEPTH, "depth.field")?;
        Ok(Some(self.builder.build_load(self.i64_type(), field, "depth")?.into_int_value()))
    }

    /// CPython checks the recursion limit each time a generator's frame
    /// runs; so does Taipan, on every resume.
    fn emit_generator_recursion_check(&mut self) -> CodegenResult<()> {
        let Some(depth) = self.generator_depth()? else { return Ok(()) };
        let limit = self.i64_type().const_int(RECURSION_LIMIT, false);
        let too_deep = self.builder.build_int_compare(IntPredicate::UGT, depth, limit, "too_deep")?;
        self.raise_if(too_deep, ExceptionKind::RecursionError, "maximum recursion depth exceeded")
    }

    /// `return value` in a generator (or its end): keeps the value for
    /// `yield from`, marks the generator finished and suspends for good.
    pub(super) fn emit_generator_return(&mut self, value: Option<Value<'ctx>>) -> CodegenResult<()> {
        let returned_type = self.returned_value_type();
        if let Some(value) = value {
            let value = self.coerce(value, &returned_type)?;
            if let (Some(llvm), true) = (value.llvm, ModuleGenerator::has_value(&returned_type)) {
                let field = self.promise_field(GENERATOR_PROMISE_FIELD_RETURNED, "returned")?;
                self.builder.build_store(field, llvm)?;
            }
        }
        let Some(frame) = &self.generator else { return Err(CodegenError::new("a generator return outside a generator")) };
        let final_block = frame.final_block;
        self.builder.build_unconditional_branch(final_block)?;
        self.start_dead_block();
        Ok(())
    }

    /// `yield value`: hands the value to the consumer and suspends; its own
    /// value is None.
    pub(super) fn emit_yield(&mut self, value: Option<&Expr>) -> CodegenResult<Value<'ctx>> {
        let value = match value {
            Some(value) => self.emit_expr(value)?,
            None => Value::none(),
        };
        if value.is_never() {
            return Ok(Value::never());
        }
        self.yield_value(value)?;
        Ok(Value::none())
    }

    fn yield_value(&mut self, value: Value<'ctx>) -> CodegenResult<()> {
        let (yielded_type, _) = Self::generator_types(&self.instance.return_type)?;
        let value = self.coerce(value, &yielded_type)?;
        if let (Some(llvm), true) = (value.llvm, ModuleGenerator::has_value(&yielded_type)) {
            let field = self.promise_field(GENERATOR_PROMISE_FIELD_YIELDED, "yielded")?;
            self.builder.build_store(field, llvm)?;
        }
        self.emit_suspend(false)?;
        self.emit_generator_recursion_check()
    }

    /// `yield from iterable`: yields each item; gives a generator's return
    /// value, None for any other iterable.
    pub(super) fn emit_yield_from(&mut self, iterable: &Expr) -> CodegenResult<Value<'ctx>> {
        if let Type::Generator(_) = self.expr_type(iterable) {
            let generator = self.emit_expr(iterable)?;
            if generator.is_never() {
                return Ok(Value::never());
            }
            let (_, returned) = Self::generator_types(&generator.ty)?;
            let state = self.iter_from_value(&generator)?;
            let header = self.append_block("yield_from.next");
            let exit = self.append_block("yield_from.end");
            self.builder.build_unconditional_branch(header)?;
            self.builder.position_at_end(header);
            let item = self.iter_next(&state, exit)?;
            if !item.is_never() {
                self.yield_value(item)?;
            }
            self.branch_to(header)?;
            self.builder.position_at_end(exit);
            if returned == Type::Unknown {
                // The inner generator never returns: nothing follows.
                self.builder.build_unreachable()?;
                self.start_dead_block();
                return Ok(Value::never());
            }
            if !ModuleGenerator::has_value(&returned) {
                return Ok(Value { llvm: None, ty: returned });
            }
            let promise_type = self.promise_type_of(&generator.ty)?;
            let promise = self.promise_of(generator.pointer()?)?;
            let field = self.builder.build_struct_gep(promise_type, promise, GENERATOR_PROMISE_FIELD_RETURNED, "returned")?;
            let value = self.builder.build_load(self.gen.llvm_type(&returned), field, "returned_value")?;
            return Ok(Value::new(value, returned));
        }
        let mut yield_each = |emitter: &mut Self, item: Value<'ctx>, _exit: BasicBlock<'ctx>| emitter.yield_value(item);
        if !self.emit_for_each(iterable, &mut yield_each)? {
            return Ok(Value::never());
        }
        Ok(Value::none())
    }

    /// One step of iterating the generator `handle`: resumes it and gives
    /// the value it yielded, or branches to `exhausted` once it has
    /// finished (it is never resumed after that).
    pub(super) fn generator_next(&mut self, handle: PointerValue<'ctx>, generator: &Type, exhausted: BasicBlock<'ctx>) -> CodegenResult<Value<'ctx>> {
        let (yielded, _) = Self::generator_types(generator)?;
        let promise_type = self.promise_type_of(generator)?;
        let promise = self.promise_of(handle)?;
        let finished_field = self.builder.build_struct_gep(promise_type, promise, GENERATOR_PROMISE_FIELD_FINISHED, "finished.field")?;
        let finished = self.builder.build_load(self.i64_type(), finished_field, "finished")?.into_int_value();
        let is_finished = self.builder.build_int_compare(IntPredicate::NE, finished, self.const_int(0), "is_finished")?;
        let resume = self.append_block("generator.resume");
        self.builder.build_conditional_branch(is_finished, exhausted, resume)?;
        self.builder.position_at_end(resume);
        let depth_field = self.builder.build_struct_gep(promise_type, promise, GENERATOR_PROMISE_FIELD_DEPTH, "depth.field")?;
        let depth = self.callee_depth()?;
        self.builder.build_store(depth_field, depth)?;
        let resume_intrinsic = Intrinsic::find("llvm.coro.resume").ok_or_else(|| CodegenError::new("no llvm.coro.resume"))?;
        let resume_function = resume_intrinsic
            .get_declaration(&self.gen.module, &[])
            .ok_or_else(|| CodegenError::new("cannot declare llvm.coro.resume"))?;
        self.build_call_or_invoke(resume_function, &[handle.into()], "")?;
        let finished = self.builder.build_load(self.i64_type(), finished_field, "finished")?.into_int_value();
        let is_finished = self.builder.build_int_compare(IntPredicate::NE, finished, self.const_int(0), "is_finished")?;
        let item = self.append_block("generator.item");
        self.builder.build_conditional_branch(is_finished, exhausted, item)?;
        self.builder.position_at_end(item);
        if yielded == Type::Unknown {
            // It never yields: finishing is the only way out of a resume.
            self.builder.build_unreachable()?;
            self.start_dead_block();
            return Ok(Value::never());
        }
        if !ModuleGenerator::has_value(&yielded) {
            return Ok(Value { llvm: None, ty: yielded });
        }
        let field = self.builder.build_struct_gep(promise_type, promise, GENERATOR_PROMISE_FIELD_YIELDED, "yielded.field")?;
        let value = self.builder.build_load(self.gen.llvm_type(&yielded), field, "yielded")?;
        Ok(Value::new(value, yielded))
    }

    /// `next(iterator, default)` of an iterator object: the default (evaluated
    /// first, as CPython evaluates arguments) when its `__next__` raises
    /// StopIteration.
    pub(super) fn emit_object_next_or_default(&mut self, key: ExprId, iterator: &Value<'ctx>, default: &Expr, expected: &Type) -> CodegenResult<Value<'ctx>> {
        let default = self.emit_expr(default)?;
        if default.is_never() {
            return Ok(Value::never());
        }
        let default = self.coerce(default, expected)?;
        let exhausted = self.append_block("next.exhausted");
        let join = self.append_block("next.join");
        let item_type = self.instance.dunder_calls.get(&(key, Dunder::Next)).map(|resolution| self.resolution_result_type(resolution)).unwrap_or(Type::Unknown);
        let item = self.object_next(key, iterator, &item_type, exhausted)?;
        let mut incoming = Vec::new();
        if !item.is_never() {
            let item = self.coerce(item, expected)?;
            incoming.push((item, self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?));
            self.builder.build_unconditional_branch(join)?;
        }
        self.builder.position_at_end(exhausted);
        incoming.push((default, exhausted));
        self.builder.build_unconditional_branch(join)?;
        self.builder.position_at_end(join);
        self.merge_values(&incoming, expected)
    }

    /// `next(generator)` and `next(generator, default)`, the arguments
    /// evaluated.
    pub(super) fn emit_next(&mut self, values: &[Value<'ctx>], expected: &Type) -> CodegenResult<Value<'ctx>> {
        let generator = values.first().ok_or_else(|| CodegenError::new("next() without an argument"))?;
        let exhausted = self.append_block("next.exhausted");
        let join = self.append_block("next.join");
        let item = self.generator_next(generator.pointer()?, &generator.ty, exhausted)?;
        let mut incoming = Vec::new();
        if !item.is_never() {
            let item = self.coerce(item, expected)?;
            incoming.push((item, self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?));
            self.builder.build_unconditional_branch(join)?;
        }
        self.builder.position_at_end(exhausted);
        match values.get(1) {
            Some(default) => {
                let default = self.coerce(default.clone(), expected)?;
                incoming.push((default, self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?));
                self.builder.build_unconditional_branch(join)?;
            }
            None => {
                self.emit_raise(ExceptionKind::StopIteration, "")?;
            }
        }
        self.builder.position_at_end(join);
        self.merge_values(&incoming, expected)
    }

    /// The type a special-method call's resolution gives (the join over a
    /// dispatch's targets).
    pub(super) fn resolution_result_type(&self, resolution: &CallResolution) -> Type {
        match resolution {
            CallResolution::Bound { callee, .. } => self.gen.typed.instance(*callee).return_type.clone(),
            CallResolution::Dispatch { targets } => {
                targets.iter().fold(Type::Unknown, |joined, target| joined.join(&self.resolution_result_type(&target.resolution)))
            }
            CallResolution::FunctionDispatch { targets } => {
                targets.iter().fold(Type::Unknown, |joined, (_, target)| joined.join(&self.resolution_result_type(target)))
            }
            CallResolution::BoxedMethods { targets } => {
                targets.iter().fold(Type::Unknown, |joined, (_, target)| joined.join(&self.resolution_result_type(target)))
            }
            _ => Type::Unknown,
        }
    }

    /// Iterating an instance (`iterable` is its expression): calls its
    /// `__iter__`, which gives a generator or an iterator object.
    pub(super) fn object_iter_state<'e>(&mut self, iterable: &Expr, object: Value<'ctx>) -> CodegenResult<Option<IterState<'ctx, 'e>>> {
        let key = (iterable.id, Dunder::Iter);
        let Some(resolution) = self.instance.dunder_calls.get(&key).cloned() else {
            return Err(CodegenError::new("iterating an instance without its __iter__"));
        };
        let iterator_type = self.resolution_result_type(&resolution);
        let Some(iterator) = self.emit_dunder(key, object, &[], "__iter__", &iterator_type)? else { return Ok(None) };
        if iterator.is_never() {
            return Ok(None);
        }
        match &iterator.ty {
            Type::Generator(_) => Ok(Some(IterState::Generator { handle: iterator.pointer()?, generator: iterator.ty.clone() })),
            Type::Instance { .. } => {
                let next_key = (iterable.id, Dunder::Next);
                let item = self.instance.dunder_calls.get(&next_key).map(|resolution| self.resolution_result_type(resolution)).unwrap_or(Type::Unknown);
                Ok(Some(IterState::Object { iterator, key: iterable.id, item }))
            }
            other => Err(CodegenError::new(format!("an __iter__ giving {other}"))),
        }
    }

    /// `iterator.__next__()` for the call or iteration keyed `key`; an
    /// exception of class StopIteration it raises branches to `exhausted`
    /// instead, others go on to the handlers around.
    pub(super) fn object_next(&mut self, key: ExprId, iterator: &Value<'ctx>, item: &Type, exhausted: BasicBlock<'ctx>) -> CodegenResult<Value<'ctx>> {
        let outer = self.unwind_target;
        let stop_pad = self.append_block("next.landing");
        self.unwind_target = Some(stop_pad);
        let result = self.emit_dunder((key, Dunder::Next), iterator.clone(), &[], "__next__", item)?;
        self.unwind_target = outer;
        let Some(value) = result else { return Err(CodegenError::new("__next__ without its resolution")) };
        let after = self.builder.get_insert_block();
        self.builder.position_at_end(stop_pad);
        let exception = self.emit_landing_pad()?;
        let stop_iteration = self.gen.program.builtin_class("StopIteration").ok_or_else(|| CodegenError::new("no StopIteration class"))?;
        let any_exception = Value::new(exception, Type::Instance { class: taipan_typeinfer::BASE_EXCEPTION.0, or_none: false });
        let is_stop = self.emit_is_subclass_instance(&any_exception, stop_iteration)?;
        let other = self.append_block("next.other_exception");
        self.builder.build_conditional_branch(is_stop, exhausted, other)?;
        self.builder.position_at_end(other);
        self.emit_raise_instance(exception)?;
        if let Some(block) = after {
            self.builder.position_at_end(block);
        }
        Ok(value)
    }
}
