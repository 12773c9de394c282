//! `try`/`except`/`else`/`finally` and `raise`, over zero-cost unwinding.
//!
//! Inside a `try` body every call is an `invoke` whose unwind edge goes to
//! the statement's landing pad (`FunctionEmitter::unwind_target`); outside
//! one, calls are plain calls and an exception simply passes through the
//! frame. A landing pad takes the instance from the runtime, then tests the
//! `except` clauses in order with the same class-id table `isinstance`
//! uses; when none matches it raises the instance again, which carries it to
//! the next enclosing handler. See the runtime's `exceptions` module for the
//! other half (the personality routine and the uncaught report).
//!
//! A `finally` body is emitted once per way out of the `try`: falling out
//! of it, through its landing pad (then the exception is raised again), and
//! before each `return`, `break` and `continue` that leaves it, as CPython's
//! compiler also duplicates it. `FinallyFrame` records what those exits
//! need.
//!
//! This module does not decide which classes a clause names or what the
//! caught variable's type is: typeinfer did.

use super::{FunctionEmitter, Value};
use crate::module::{CodegenError, CodegenResult};
use inkwell::basic_block::BasicBlock;
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, CallSiteValue, FunctionValue, PointerValue};
use inkwell::AddressSpace;
use taipan_abi::{names, ExceptionKind, EXCEPTION_FIELD_ARGS, EXCEPTION_FIELD_STR};
use taipan_parser_bridge::hir::*;
use taipan_typeinfer::{CallResolution, Type, EXCEPTION_ARGS_FIELD, EXCEPTION_STR_FIELD};

/// A `finally` body in force around the code being emitted.
pub(super) struct FinallyFrame<'ctx> {
    /// The body, in the function's HIR, which outlives the emitter.
    body: *const [Stmt],
    /// The landing pad around the `try` statement: where an exception
    /// raised by the `finally` body itself goes.
    outer_unwind: Option<BasicBlock<'ctx>>,
    /// How many loops enclosed the `try` statement: `break` and `continue`
    /// of a loop inside it do not leave it.
    loop_depth: usize,
}

impl<'a, 'ctx, 'p> FunctionEmitter<'a, 'ctx, 'p> {
    /// Calls `function`, as an `invoke` when a landing pad is in force; the
    /// builder continues on the normal path.
    pub(crate) fn build_call_or_invoke(
        &mut self,
        function: FunctionValue<'ctx>,
        args: &[BasicValueEnum<'ctx>],
        name: &str,
    ) -> CodegenResult<CallSiteValue<'ctx>> {
        match self.unwind_target {
            None => {
                let args: Vec<BasicMetadataValueEnum> = args.iter().map(|arg| (*arg).into()).collect();
                Ok(self.builder.build_call(function, &args, name)?)
            }
            Some(landing_pad) => {
                let normal = self.append_block("invoke.ok");
                let call = self.builder.build_invoke(function, args, normal, landing_pad, name)?;
                self.builder.position_at_end(normal);
                Ok(call)
            }
        }
    }

    /// Starts a landing pad in the current (empty) block and gives the
    /// exception instance it receives.
    pub(super) fn emit_landing_pad(&mut self) -> CodegenResult<PointerValue<'ctx>> {
        let personality = self.gen.personality_function();
        self.function.set_personality_function(personality);
        let pointer_type = self.gen.context.ptr_type(AddressSpace::default());
        let pad_type = self.gen.context.struct_type(&[pointer_type.into(), self.gen.context.i32_type().into()], false);
        // A cleanup pad: the personality routine treats every landing pad
        // as a handler, and the clauses are tested below.
        let pad = self.builder.build_landing_pad(pad_type, personality, &[], true, "landing")?;
        let header = self.builder.build_extract_value(pad.into_struct_value(), 0, "unwind_header")?;
        let caught = self.gen.runtime_function(names::taipan_exception_caught)?;
        let exception = self.builder.build_call(caught, &[header.into()], "exception")?;
        exception
            .try_as_basic_value()
            .basic()
            .map(|value| value.into_pointer_value())
            .ok_or_else(|| CodegenError::new("taipan_exception_caught returns nothing"))
    }

    /// Raises `exception` (an instance pointer); ends the block.
    pub(super) fn emit_raise_instance(&mut self, exception: PointerValue<'ctx>) -> CodegenResult<()> {
        let raise = self.gen.runtime_function(names::taipan_raise_instance)?;
        self.build_call_or_invoke(raise, &[exception.into()], "")?;
        self.builder.build_unreachable()?;
        Ok(())
    }

    pub(super) fn emit_try(&mut self, body: &[Stmt], handlers: &[ExceptHandler], else_body: &[Stmt], finally_body: &[Stmt]) -> CodegenResult<()> {
        let outer = self.unwind_target;
        let finally_pad = (!finally_body.is_empty()).then(|| self.append_block("finally.landing"));
        // Where exceptions of the handlers and of the `else` body go.
        let inner = finally_pad.or(outer);
        let handler_pad = (!handlers.is_empty()).then(|| self.append_block("except.landing"));
        let normal_exit = self.append_block("try.normal_exit");
        let end = self.append_block("try.end");
        if !finally_body.is_empty() {
            self.finally_frames.push(FinallyFrame { body: finally_body as *const [Stmt], outer_unwind: outer, loop_depth: self.loops.len() });
        }
        self.unwind_target = handler_pad.or(inner);
        self.emit_block(body)?;
        self.unwind_target = inner;
        if !self.is_terminated() {
            self.emit_block(else_body)?;
        }
        self.branch_to(normal_exit)?;
        if let Some(pad) = handler_pad {
            self.builder.position_at_end(pad);
            let saved = self.unwind_target.take();
            let exception = self.emit_landing_pad()?;
            self.unwind_target = saved;
            for handler in handlers {
                self.emit_except_clause(handler, exception, normal_exit)?;
            }
            // No clause matched: on to the enclosing handler (through the
            // `finally` body, if there is one).
            self.emit_raise_instance(exception)?;
        }
        self.unwind_target = outer;
        if !finally_body.is_empty() {
            self.finally_frames.pop();
        }
        self.builder.position_at_end(normal_exit);
        self.emit_block(finally_body)?;
        self.branch_to(end)?;
        if let Some(pad) = finally_pad {
            self.builder.position_at_end(pad);
            self.unwind_target = None;
            let exception = self.emit_landing_pad()?;
            self.unwind_target = outer;
            self.emit_block(finally_body)?;
            if !self.is_terminated() {
                self.emit_raise_instance(exception)?;
            }
        }
        self.builder.position_at_end(end);
        Ok(())
    }

    /// One `except` clause: when `exception` is an instance of a class it
    /// names, binds it and runs the body, then goes to `done`; otherwise the
    /// builder continues where the next clause is tested.
    fn emit_except_clause(&mut self, handler: &ExceptHandler, exception: PointerValue<'ctx>, done: BasicBlock<'ctx>) -> CodegenResult<()> {
        let caught_type = self.instance.local_types[handler.caught.0 as usize].clone();
        let value = Value::new(exception, caught_type.clone());
        let run = self.append_block("except.run");
        let next = self.append_block("except.next");
        if handler.classes.is_empty() {
            self.builder.build_unconditional_branch(run)?;
        } else {
            let mut matched = self.i1(false);
            for class_expr in &handler.classes {
                if self.expr_type(class_expr) == Type::Foreign {
                    let class = self.emit_expr(class_expr)?;
                    if class.is_never() {
                        continue;
                    }
                    let byte = self
                        .call_runtime_value(taipan_abi::vm_names::taipan_vm_exception_matches, &[exception.into(), class.pointer()?.into()], "except.cpython")?
                        .into_int_value();
                    let is_instance = self.builder.build_int_compare(inkwell::IntPredicate::NE, byte, self.gen.context.i8_type().const_zero(), "except.cpython.matches")?;
                    matched = self.builder.build_or(matched, is_instance, "except.matches")?;
                    continue;
                }
                let ExprKind::Variable(Variable::Global(global)) = &class_expr.kind else { continue };
                let GlobalKind::Class(class) = self.gen.program.global(*global).kind else { continue };
                if !self.gen.typed.class_table.is_subclass(class, taipan_typeinfer::BASE_EXCEPTION) {
                    // CPython checks the class only when an exception reaches the clause.
                    self.emit_raise(ExceptionKind::TypeError, "catching classes that do not inherit from BaseException is not allowed")?;
                    self.builder.build_unconditional_branch(next)?;
                    self.builder.position_at_end(next);
                    return Ok(());
                }
                // The landing pad's instance, typed as the broadest exception.
                let any_exception = Value::new(exception, Type::Instance { class: taipan_typeinfer::BASE_EXCEPTION.0, or_none: false });
                let is_instance = self.emit_is_subclass_instance(&any_exception, class)?;
                matched = self.builder.build_or(matched, is_instance, "except.matches")?;
            }
            self.builder.build_conditional_branch(matched, run, next)?;
        }
        self.builder.position_at_end(run);
        if caught_type != Type::Unknown {
            let caught = Target::Variable { variable: Variable::Local(handler.caught), span: handler.span };
            self.emit_bind(&caught, &value)?;
            if let Some(name) = &handler.name {
                self.emit_bind(name, &value)?;
            }
        }
        self.emit_block(&handler.body)?;
        if !self.is_terminated() {
            // CPython deletes the name when the clause ends.
            let flag = match &handler.name {
                Some(Target::Variable { variable: Variable::Local(local), .. }) => self.locals[local.0 as usize].bound,
                Some(Target::Variable { variable: Variable::Global(global), .. }) => self.gen.global_slot(*global).bound.map(|flag| flag.as_pointer_value()),
                _ => None,
            };
            if let Some(flag) = flag {
                self.builder.build_store(flag, self.i1(false))?;
            }
        }
        self.branch_to(done)?;
        self.builder.position_at_end(next);
        Ok(())
    }

    /// Runs the `finally` bodies that a jump out of them crosses, innermost
    /// first: every frame from `first` on. Each runs with the landing pad
    /// and the frames that were in force around its `try`.
    fn emit_finally_bodies_from(&mut self, first: usize) -> CodegenResult<()> {
        let saved_unwind = self.unwind_target;
        let mut index = self.finally_frames.len();
        while index > first && !self.is_terminated() {
            index -= 1;
            let frame = &self.finally_frames[index];
            let (body, outer_unwind) = (frame.body, frame.outer_unwind);
            let hidden = self.finally_frames.split_off(index);
            self.unwind_target = outer_unwind;
            // SAFETY: `body` points into the function's HIR (`self.def`),
            // which outlives this emitter; frames are popped before the
            // statement that pushed them is done.
            let result = self.emit_block(unsafe { &*body });
            self.finally_frames.extend(hidden);
            result?;
        }
        self.unwind_target = saved_unwind;
        Ok(())
    }

    /// Before a `return`: every `finally` body around it.
    pub(super) fn emit_finally_before_return(&mut self) -> CodegenResult<()> {
        self.emit_finally_bodies_from(0)
    }

    /// Before a `break` or `continue` of the innermost loop: the `finally`
    /// bodies inside that loop.
    pub(super) fn emit_finally_before_loop_exit(&mut self) -> CodegenResult<()> {
        let loop_depth = self.loops.len();
        let first = self.finally_frames.iter().position(|frame| frame.loop_depth >= loop_depth).unwrap_or(self.finally_frames.len());
        self.emit_finally_bodies_from(first)
    }

    /// `raise`, `raise X`, `raise X(...)`, `raise X from Y`.
    pub(super) fn emit_raise_statement(&mut self, exception: Option<&Expr>, cause: Option<&Expr>, reraise: Option<LocalId>) -> CodegenResult<()> {
        let raised = match (exception, reraise) {
            (Some(expr), _) => match self.named_class(expr) {
                Some(class) => {
                    if !self.gen.typed.class_table.is_subclass(class, taipan_typeinfer::BASE_EXCEPTION) {
                        return self.emit_raise(ExceptionKind::TypeError, "exceptions must derive from BaseException");
                    }
                    self.emit_construct(expr, class, &[], &[])?
                }
                None => self.emit_expr(expr)?,
            },
            (None, Some(local)) => self.emit_variable_read(Variable::Local(local), taipan_parser_bridge::source::Span::default())?,
            (None, None) => return Err(CodegenError::new("a bare `raise` without an enclosing `except` clause")),
        };
        if raised.is_never() {
            return Ok(());
        }
        if let Some(cause) = cause {
            // The cause is shown only by CPython's full traceback, which
            // Taipan does not print yet; it is still evaluated.
            if !matches!(cause.kind, ExprKind::None) {
                let cause_value = match self.named_class(cause) {
                    Some(class) => self.emit_construct(cause, class, &[], &[])?,
                    None => self.emit_expr(cause)?,
                };
                if cause_value.is_never() {
                    return Ok(());
                }
            }
        }
        if raised.ty == Type::Foreign {
            // A class CPython runs, or its instance: CPython raises it.
            let raise = self.gen.runtime_function(taipan_abi::vm_names::taipan_vm_raise)?;
            self.build_call_or_invoke(raise, &[raised.pointer()?.into()], "")?;
            self.builder.build_unreachable()?;
            self.start_dead_block();
            return Ok(());
        }
        let is_exception = |ty: &Type| matches!(ty, Type::Instance { class, .. } if self.gen.typed.class_table.is_subclass(ClassId(*class), taipan_typeinfer::BASE_EXCEPTION));
        if !is_exception(&raised.ty) {
            return self.emit_raise(ExceptionKind::TypeError, "exceptions must derive from BaseException");
        }
        // `raise None` (a None-able variable) raises TypeError in the runtime.
        let pointer = raised.pointer()?;
        self.emit_raise_instance(pointer)?;
        self.start_dead_block();
        Ok(())
    }

    /// The class `expr` names directly (`raise ValueError`), if it does.
    fn named_class(&self, expr: &Expr) -> Option<ClassId> {
        match &expr.kind {
            ExprKind::Variable(Variable::Global(global)) => match self.gen.program.global(*global).kind {
                GlobalKind::Class(class) => Some(class),
                _ => None,
            },
            _ => None,
        }
    }

    /// Stores an exception's default `str()` and `repr()` texts, computed
    /// from its constructor's positional arguments as `BaseException` does:
    /// no arguments give `''`, one gives its `str` (its `repr` for a
    /// KeyError), several give the tuple's repr.
    pub(super) fn emit_exception_args(&mut self, object: PointerValue<'ctx>, class: ClassId, args: &[Value<'ctx>]) -> CodegenResult<()> {
        let typed = self.gen.typed;
        let family = typed.class_table.family_of(class);
        let fields = &typed.fields[family];
        if fields.get_index_of(EXCEPTION_STR_FIELD) != Some(EXCEPTION_FIELD_STR) || fields.get_index_of(EXCEPTION_ARGS_FIELD) != Some(EXCEPTION_FIELD_ARGS) {
            return Err(CodegenError::new("the exception fields are not first in the exception layout"));
        }
        let key_error = self.gen.program.builtin_class("KeyError");
        let shows_repr = key_error.is_some_and(|key_error| typed.class_table.is_subclass(class, key_error));
        let mut reprs = Vec::new();
        for arg in args {
            reprs.push(self.emit_to_str(arg, true)?);
        }
        let (str_text, args_text) = match args {
            [] => {
                let empty = self.str_constant("");
                (empty, empty)
            }
            [only] => {
                let text = if shows_repr { reprs[0] } else { self.emit_to_str(only, false)? };
                (text, reprs[0])
            }
            _ => {
                let separator = self.str_constant(", ");
                let mut joined = reprs[0];
                for repr in &reprs[1..] {
                    joined = self.concat(joined, separator)?;
                    joined = self.concat(joined, *repr)?;
                }
                let open = self.str_constant("(");
                let close = self.str_constant(")");
                let with_open = self.concat(open, joined)?;
                (self.concat(with_open, close)?, joined)
            }
        };
        self.store_field(object, class, EXCEPTION_STR_FIELD, &Value::new(str_text, Type::Str))?;
        self.store_field(object, class, EXCEPTION_ARGS_FIELD, &Value::new(args_text, Type::Str))?;
        Ok(())
    }

    /// `super().__init__(args)` or `Base.__init__(self, args)` reaching
    /// `BaseException.__init__`: the arguments replace the exception's.
    pub(super) fn emit_set_exception_args(&mut self, receiver: Option<Value<'ctx>>, args: &[Value<'ctx>]) -> CodegenResult<Value<'ctx>> {
        let (receiver, args) = match receiver {
            Some(receiver) => (receiver, args),
            None => match args.split_first() {
                Some((first, rest)) => (first.clone(), rest),
                None => return Err(CodegenError::new("BaseException.__init__ without a receiver")),
            },
        };
        let Type::Instance { class, .. } = receiver.ty else {
            return Err(CodegenError::new("BaseException.__init__ on a non-instance"));
        };
        self.emit_none_check(&receiver, "__init__")?;
        self.emit_exception_args(receiver.pointer()?, ClassId(class), args)?;
        Ok(Value::none())
    }

    /// Raises a new instance of the built-in exception class `name` made
    /// from `args`, as `raise Name(*args)` would; the builder continues in a
    /// dead block.
    pub(super) fn emit_raise_builtin_exception(&mut self, name: &str, args: &[Value<'ctx>]) -> CodegenResult<()> {
        let class = self.gen.program.builtin_class(name).ok_or_else(|| CodegenError::new(format!("no built-in exception class {name}")))?;
        let descriptor = self.gen.class_descriptor(class)?;
        let count = self.const_int(self.instance_words(class) as i64);
        let object = self.call_runtime_value(names::taipan_instance_new, &[descriptor.into(), count.into()], "exception")?.into_pointer_value();
        self.emit_exception_args(object, class, args)?;
        self.emit_raise_instance(object)?;
        self.start_dead_block();
        Ok(())
    }

    /// Whether typeinfer resolved `expr` to `BaseException.__init__`.
    pub(super) fn sets_exception_args(&self, expr: &Expr) -> bool {
        matches!(self.instance.calls.get(&expr.id), Some(CallResolution::SetExceptionArgs))
    }
}
