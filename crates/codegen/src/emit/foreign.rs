//! CPython objects in generated code (tier 3 inside a native program): the
//! values inference typed `Type::Foreign`, and every operation on them, as
//! calls of `libtaipan_vm.a` (`taipan_abi::for_each_vm_function!`).
//!
//! A CPython object is a `taipan_abi::ForeignRef` (a pointer). A native
//! value that meets one is converted (`foreign_value`, a copy made by the
//! VM from its slot and descriptor); the builtins whose result type Python
//! fixes (`len`, `str`, `int`, ...) give native values back. What may cross
//! is inference's decision (`typeinfer`'s `foreign` module); this module only
//! emits the calls.

use super::*;
use taipan_abi::{foreign_op, vm_names};

impl<'a, 'ctx, 'p> FunctionEmitter<'a, 'ctx, 'p> {
    /// `value` as a CPython object: itself, or a converted copy.
    pub(super) fn foreign_value(&mut self, value: &Value<'ctx>) -> CodegenResult<PointerValue<'ctx>> {
        if value.ty == Type::Foreign {
            return value.pointer();
        }
        let descriptor = self.gen.descriptor(&value.ty);
        let slot = self.to_slot(value)?;
        Ok(self.call_runtime_value(vm_names::taipan_vm_from_native, &[slot.into(), descriptor.into()], "to_cpython")?.into_pointer_value())
    }

    fn foreign_result(&mut self, function: &str, args: &[BasicValueEnum<'ctx>]) -> CodegenResult<Value<'ctx>> {
        let result = self.call_runtime_value(function, args, "cpython")?;
        Ok(Value::new(result, Type::Foreign))
    }

    /// An argument of a call into CPython, as the native slot and type
    /// descriptor the VM converts it from (a builtin named as a value is
    /// CPython's own builtin), and whether it is a native list, dict or set
    /// whose copy the VM must check after the call.
    fn foreign_argument(&mut self, arg: &Expr) -> CodegenResult<Option<(IntValue<'ctx>, PointerValue<'ctx>, bool)>> {
        if let ExprKind::Builtin(builtin) = &arg.kind {
            let name = self.str_constant(builtin.name());
            let object = self.call_runtime_value(vm_names::taipan_vm_builtin, &[name.into()], "builtin")?.into_pointer_value();
            let slot = self.builder.build_ptr_to_int(object, self.i64_type(), "object_bits")?;
            return Ok(Some((slot, self.gen.descriptor(&Type::Foreign), false)));
        }
        let value = self.emit_expr(arg)?;
        if value.is_never() {
            return Ok(None);
        }
        if matches!(value.ty, Type::Function(_) | Type::Closure { .. }) {
            let callable = self.emit_native_function_for_cpython(arg, &value)?;
            let slot = self.builder.build_ptr_to_int(callable, self.i64_type(), "object_bits")?;
            return Ok(Some((slot, self.gen.descriptor(&Type::Foreign), false)));
        }
        let checked = matches!(value.ty, Type::List(_) | Type::Dict(_) | Type::Set(_)) && !self.is_fresh_container(arg);
        let slot = self.to_slot(&value)?;
        Ok(Some((slot, self.gen.descriptor(&value.ty), checked)))
    }

    /// Whether `expr`, a CPython object, is a handle made for this
    /// expression alone (a call, attribute, item or operator result of the
    /// VM), which nothing else refers to: once used, it can be released at
    /// once. A variable's handle, or a value a native function returns,
    /// may be shared.
    pub(super) fn makes_fresh_handle(&self, expr: &Expr) -> bool {
        if self.expr_type(expr) != Type::Foreign {
            return false;
        }
        match &expr.kind {
            ExprKind::Call { callee, .. } => match &callee.kind {
                ExprKind::Attribute { .. } => self.expr_type(callee) == Type::Foreign,
                ExprKind::Builtin(_) | ExprKind::Lambda(_) | ExprKind::Super { .. } => false,
                _ => self.expr_type(callee) == Type::Foreign,
            },
            ExprKind::Attribute { value, .. } | ExprKind::Index { value, .. } => self.expr_type(value) == Type::Foreign,
            ExprKind::Binary { left, right, .. } => self.expr_type(left) == Type::Foreign || self.expr_type(right) == Type::Foreign,
            _ => false,
        }
    }

    /// Whether `expr` makes a new container that no native code can reach
    /// after the call it is an argument of (a display or comprehension of
    /// such values, or `sorted`/`list`/... of immutable items): its copy
    /// needs no check, whatever CPython does with it.
    fn is_fresh_container(&self, expr: &Expr) -> bool {
        let immutable_or_fresh = |emitter: &Self, item: &Expr| emitter.expr_type(item).crosses_by_conversion() || emitter.is_fresh_container(item);
        match &expr.kind {
            ExprKind::List(items) | ExprKind::Set(items) | ExprKind::Tuple(items) => items.iter().all(|item| immutable_or_fresh(self, item)),
            ExprKind::Dict(items) => items.iter().all(|(key, value)| immutable_or_fresh(self, key) && immutable_or_fresh(self, value)),
            // A comprehension, or a builtin that makes a new container, of
            // immutable items.
            ExprKind::Comprehension(_) => self.new_container_of_immutables(expr),
            ExprKind::Call { callee, .. } if matches!(callee.kind, ExprKind::Builtin(Builtin::Sorted | Builtin::List | Builtin::Dict | Builtin::Set)) => {
                self.new_container_of_immutables(expr)
            }
            _ => false,
        }
    }

    fn new_container_of_immutables(&self, expr: &Expr) -> bool {
        match self.expr_type(expr) {
            Type::List(c) | Type::Set(c) | Type::Dict(c) => c.elements.iter().all(Type::crosses_by_conversion),
            _ => false,
        }
    }

    /// Calls `callee` (a CPython object), or its method `method`, with
    /// these arguments; `checked` asks the VM to check copies of native
    /// containers after the call. The VM converts the native arguments
    /// itself: no handle is made for them.
    fn emit_foreign_call_of(&mut self, callee: PointerValue<'ctx>, method: Option<&str>, args: &[Expr], keywords: &[Keyword], checked: bool) -> CodegenResult<Value<'ctx>> {
        let mut parts = Vec::new();
        for arg in args.iter().chain(keywords.iter().map(|keyword| &keyword.value)) {
            match self.foreign_argument(arg)? {
                Some(part) => parts.push(part),
                None => return Ok(Value::never()),
            }
        }
        let pointer_type = self.ptr_type();
        let i64_type = self.i64_type();
        let i8_type = self.gen.context.i8_type();
        let size = parts.len().max(1) as u32;
        let slots = self.entry_alloca(i64_type.array_type(size), "cpython.slots")?;
        let descriptors = self.entry_alloca(pointer_type.array_type(size), "cpython.descriptors")?;
        let any_checked = checked && parts.iter().any(|(_, _, check)| *check);
        let checks = if any_checked { self.entry_alloca(i8_type.array_type(size), "cpython.checked")? } else { pointer_type.const_null() };
        for (index, (slot, descriptor, check)) in parts.iter().enumerate() {
            let position = self.const_int(index as i64);
            let slot_address = unsafe { self.builder.build_gep(i64_type, slots, &[position], "cpython.slot")? };
            self.builder.build_store(slot_address, *slot)?;
            let descriptor_address = unsafe { self.builder.build_gep(pointer_type, descriptors, &[position], "cpython.descriptor")? };
            self.builder.build_store(descriptor_address, *descriptor)?;
            if any_checked {
                let check_address = unsafe { self.builder.build_gep(i8_type, checks, &[position], "cpython.check")? };
                self.builder.build_store(check_address, i8_type.const_int(*check as u64, false))?;
            }
        }
        let names: Vec<PointerValue<'ctx>> = keywords.iter().map(|keyword| self.str_constant(&keyword.name)).collect();
        let names_array = self.entry_alloca(pointer_type.array_type(names.len().max(1) as u32), "cpython.keywords")?;
        for (index, name) in names.iter().enumerate() {
            let address = unsafe { self.builder.build_gep(pointer_type, names_array, &[self.const_int(index as i64)], "cpython.keyword")? };
            self.builder.build_store(address, *name)?;
        }
        let method = match method {
            Some(name) => self.str_constant(name),
            None => pointer_type.const_null(),
        };
        let count = self.const_int(parts.len() as i64);
        let keyword_count = self.const_int(keywords.len() as i64);
        self.foreign_result(
            vm_names::taipan_vm_call,
            &[callee.into(), method.into(), slots.into(), descriptors.into(), checks.into(), count.into(), names_array.into(), keyword_count.into()],
        )
    }

    /// Calls `callee` (a CPython object) with native values already
    /// emitted, converted by the VM.
    fn emit_foreign_call_values(&mut self, callee: PointerValue<'ctx>, values: &[Value<'ctx>]) -> CodegenResult<Value<'ctx>> {
        let pointer_type = self.ptr_type();
        let i64_type = self.i64_type();
        let size = values.len().max(1) as u32;
        let slots = self.entry_alloca(i64_type.array_type(size), "cpython.slots")?;
        let descriptors = self.entry_alloca(pointer_type.array_type(size), "cpython.descriptors")?;
        for (index, value) in values.iter().enumerate() {
            let position = self.const_int(index as i64);
            let slot = self.to_slot(value)?;
            let descriptor = self.gen.descriptor(&value.ty);
            let slot_address = unsafe { self.builder.build_gep(i64_type, slots, &[position], "cpython.slot")? };
            self.builder.build_store(slot_address, slot)?;
            let descriptor_address = unsafe { self.builder.build_gep(pointer_type, descriptors, &[position], "cpython.descriptor")? };
            self.builder.build_store(descriptor_address, descriptor)?;
        }
        let (count, none, null) = (self.const_int(values.len() as i64), self.const_int(0), pointer_type.const_null());
        self.foreign_result(
            vm_names::taipan_vm_call,
            &[callee.into(), null.into(), slots.into(), descriptors.into(), null.into(), count.into(), null.into(), none.into()],
        )
    }

    /// `left op right` (or `left op= right`, `in_place`) where an operand is
    /// a CPython object.
    pub(super) fn emit_foreign_binary(&mut self, op: BinaryOp, left: &Value<'ctx>, right: &Value<'ctx>, in_place: bool) -> CodegenResult<Value<'ctx>> {
        let code = match op {
            BinaryOp::Add => foreign_op::ADD,
            BinaryOp::Sub => foreign_op::SUBTRACT,
            BinaryOp::Mul => foreign_op::MULTIPLY,
            BinaryOp::TrueDiv => foreign_op::TRUE_DIVIDE,
            BinaryOp::FloorDiv => foreign_op::FLOOR_DIVIDE,
            BinaryOp::Mod => foreign_op::MODULO,
            BinaryOp::Pow => foreign_op::POWER,
            BinaryOp::LShift => foreign_op::LEFT_SHIFT,
            BinaryOp::RShift => foreign_op::RIGHT_SHIFT,
            BinaryOp::BitAnd => foreign_op::BIT_AND,
            BinaryOp::BitOr => foreign_op::BIT_OR,
            BinaryOp::BitXor => foreign_op::BIT_XOR,
        } + if in_place { foreign_op::IN_PLACE } else { 0 };
        let (left_object, left_made) = self.foreign_operand(left)?;
        let (right_object, right_made) = self.foreign_operand(right)?;
        let op = self.gen.context.i32_type().const_int(code as u64, true);
        let result = self.foreign_result(vm_names::taipan_vm_binary, &[op.into(), left_object.into(), right_object.into()])?;
        // Objects made for this operation alone are dropped at once, as
        // CPython drops its temporaries.
        for (object, made) in [(left_object, left_made), (right_object, right_made)] {
            if made {
                self.call_runtime(vm_names::taipan_vm_release, &[object.into()], "")?;
            }
        }
        Ok(result)
    }

    /// A CPython object for an operand: a CPython object as it is, a
    /// constant int from a cache made on first use (CPython's code objects
    /// hold their constants too), any other native value converted; with
    /// whether the handle was made here (and may be released after use).
    fn foreign_operand(&mut self, value: &Value<'ctx>) -> CodegenResult<(PointerValue<'ctx>, bool)> {
        if value.ty == Type::Foreign {
            return Ok((value.pointer()?, false));
        }
        if let (Type::Int, Some(BasicValueEnum::IntValue(constant))) = (&value.ty, value.llvm) {
            if let Some(number) = constant.get_sign_extended_constant() {
                return Ok((self.cached_foreign_int(number)?, false));
            }
        }
        Ok((self.foreign_value(value)?, true))
    }

    /// The CPython int `number`, converted once per program and kept in a
    /// global the collector scans.
    fn cached_foreign_int(&mut self, number: i64) -> CodegenResult<PointerValue<'ctx>> {
        let name = format!("cpython.int.{number}");
        let cache = match self.gen.module.get_global(&name) {
            Some(global) => global,
            None => {
                let global = self.gen.module.add_global(self.ptr_type(), None, &name);
                global.set_initializer(&self.ptr_type().const_null());
                global.set_linkage(inkwell::module::Linkage::Internal);
                global
            }
        };
        let cached = self.builder.build_load(self.ptr_type(), cache.as_pointer_value(), "cached")?.into_pointer_value();
        let missing = self.builder.build_is_null(cached, "missing")?;
        let start = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        let make = self.append_block("constant.make");
        let done = self.append_block("constant.done");
        self.builder.build_conditional_branch(missing, make, done)?;
        self.builder.position_at_end(make);
        let made = self.foreign_value(&Value::new(self.const_int(number), Type::Int))?;
        self.builder.build_store(cache.as_pointer_value(), made)?;
        let made_end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        self.builder.build_unconditional_branch(done)?;
        self.builder.position_at_end(done);
        let object = self.builder.build_phi(self.ptr_type(), "constant")?;
        object.add_incoming(&[(&cached, start), (&made, made_end)]);
        Ok(object.as_basic_value().into_pointer_value())
    }

    /// `object[index] op= value` or `object.name op= value` on a CPython
    /// object, the object and the index evaluated once.
    pub(super) fn emit_foreign_augmented(&mut self, target: &Target, op: BinaryOp, operand: &Expr) -> CodegenResult<()> {
        match target {
            Target::Index { value: container, index, .. } => {
                let container = self.emit_expr(container)?;
                let key = self.emit_expr(index)?;
                if container.is_never() || key.is_never() {
                    return Ok(());
                }
                let key = self.foreign_value(&key)?;
                let current = self.foreign_result(vm_names::taipan_vm_get_item, &[container.pointer()?.into(), key.into()])?;
                let operand = self.emit_expr(operand)?;
                if operand.is_never() {
                    return Ok(());
                }
                let result = self.emit_foreign_binary(op, &current, &operand, true)?;
                self.call_runtime(vm_names::taipan_vm_set_item, &[container.pointer()?.into(), key.into(), result.pointer()?.into()], "")?;
            }
            Target::Attribute { value: object, name, .. } => {
                let object = self.emit_expr(object)?;
                if object.is_never() {
                    return Ok(());
                }
                let name = self.str_constant(name);
                let current = self.foreign_result(vm_names::taipan_vm_get_attribute, &[object.pointer()?.into(), name.into()])?;
                let operand = self.emit_expr(operand)?;
                if operand.is_never() {
                    return Ok(());
                }
                let result = self.emit_foreign_binary(op, &current, &operand, true)?;
                self.call_runtime(vm_names::taipan_vm_set_attribute, &[object.pointer()?.into(), name.into(), result.pointer()?.into()], "")?;
            }
            _ => return Err(CodegenError::new("an augmented assignment to a CPython object's part")),
        }
        Ok(())
    }

    /// An expression that involves CPython objects, emitted; `None` for any
    /// other expression.
    pub(super) fn try_emit_foreign_expr(&mut self, expr: &Expr, expected: &Type) -> CodegenResult<Option<Value<'ctx>>> {
        match &expr.kind {
            ExprKind::ForeignImport { module, name, top_level } => {
                let module = self.str_constant(module);
                let name = match name {
                    Some(name) => self.str_constant(name),
                    None => self.ptr_type().const_null(),
                };
                let top_level = self.gen.context.i32_type().const_int(*top_level as u64, false);
                Ok(Some(self.foreign_result(vm_names::taipan_vm_import, &[module.into(), name.into(), top_level.into()])?))
            }
            ExprKind::VmDefinition { index, uses } => Ok(Some(self.emit_vm_definition(expr, *index, uses)?)),
            ExprKind::Binary { op, left, right } if self.expr_type(left) == Type::Foreign || self.expr_type(right) == Type::Foreign => {
                let left_value = self.emit_expr(left)?;
                let right_value = self.emit_expr(right)?;
                if left_value.is_never() || right_value.is_never() {
                    return Ok(Some(Value::never()));
                }
                let result = self.emit_foreign_binary(*op, &left_value, &right_value, false)?;
                // Operands that were results made for this expression alone.
                for (operand, value) in [(left, &left_value), (right, &right_value)] {
                    if self.makes_fresh_handle(operand) {
                        self.call_runtime(vm_names::taipan_vm_release, &[value.pointer()?.into()], "")?;
                    }
                }
                Ok(Some(result))
            }
            ExprKind::Unary { op, operand } if *op != UnaryOp::Not && self.expr_type(operand) == Type::Foreign => {
                let code = match op {
                    UnaryOp::Negate => foreign_op::NEGATE,
                    UnaryOp::Plus => foreign_op::POSITIVE,
                    _ => foreign_op::INVERT,
                };
                let value = self.emit_expr(operand)?;
                if value.is_never() {
                    return Ok(Some(Value::never()));
                }
                let op = self.gen.context.i32_type().const_int(code as u64, true);
                Ok(Some(self.foreign_result(vm_names::taipan_vm_unary, &[op.into(), value.pointer()?.into()])?))
            }
            ExprKind::Compare { left, comparisons }
                if comparisons.len() == 1
                    && (self.expr_type(left) == Type::Foreign || self.expr_type(&comparisons[0].1) == Type::Foreign)
                    && !(matches!(comparisons[0].0, CompareOp::In | CompareOp::NotIn)
                        && taipan_typeinfer::native_membership(&self.expr_type(left), &self.expr_type(&comparisons[0].1))) =>
            {
                let (op, right) = (&comparisons[0].0, &comparisons[0].1);
                let left_value = self.emit_expr(left)?;
                let right_value = self.emit_expr(right)?;
                if left_value.is_never() || right_value.is_never() {
                    return Ok(Some(Value::never()));
                }
                let left_object = self.foreign_value(&left_value)?;
                let right_object = self.foreign_value(&right_value)?;
                let byte_true = |emitter: &mut Self, byte: BasicValueEnum<'ctx>, negate: bool| -> CodegenResult<Value<'ctx>> {
                    let predicate = if negate { IntPredicate::EQ } else { IntPredicate::NE };
                    let truth = emitter.builder.build_int_compare(predicate, byte.into_int_value(), emitter.gen.context.i8_type().const_zero(), "cpython.bool")?;
                    Ok(Value::new(truth, Type::Bool))
                };
                let result = match op {
                    CompareOp::Is | CompareOp::IsNot => {
                        let byte = self.call_runtime_value(vm_names::taipan_vm_is, &[left_object.into(), right_object.into()], "is")?;
                        byte_true(self, byte, *op == CompareOp::IsNot)?
                    }
                    CompareOp::In | CompareOp::NotIn => {
                        let byte = self.call_runtime_value(vm_names::taipan_vm_contains, &[right_object.into(), left_object.into()], "in")?;
                        byte_true(self, byte, *op == CompareOp::NotIn)?
                    }
                    other => {
                        let code = match other {
                            CompareOp::Lt => taipan_abi::compare_op::LT,
                            CompareOp::LtE => taipan_abi::compare_op::LE,
                            CompareOp::Gt => taipan_abi::compare_op::GT,
                            CompareOp::GtE => taipan_abi::compare_op::GE,
                            CompareOp::Eq => taipan_abi::compare_op::EQ,
                            _ => taipan_abi::compare_op::NE,
                        };
                        let op = self.gen.context.i32_type().const_int(code as u64, true);
                        self.foreign_result(vm_names::taipan_vm_compare, &[op.into(), left_object.into(), right_object.into()])?
                    }
                };
                Ok(Some(self.coerce(result, expected)?))
            }
            ExprKind::Attribute { value, name } if self.expr_type(value) == Type::Foreign => {
                let object = self.emit_expr(value)?;
                if object.is_never() {
                    return Ok(Some(Value::never()));
                }
                let name = self.str_constant(name);
                Ok(Some(self.foreign_result(vm_names::taipan_vm_get_attribute, &[object.pointer()?.into(), name.into()])?))
            }
            ExprKind::Index { value, index } if self.expr_type(value) == Type::Foreign => {
                let object = self.emit_expr(value)?;
                let key = self.emit_expr(index)?;
                if object.is_never() || key.is_never() {
                    return Ok(Some(Value::never()));
                }
                let key = self.foreign_value(&key)?;
                Ok(Some(self.foreign_result(vm_names::taipan_vm_get_item, &[object.pointer()?.into(), key.into()])?))
            }
            ExprKind::Slice { value, bounds } if self.expr_type(value) == Type::Foreign => {
                let object = self.emit_expr(value)?;
                if object.is_never() {
                    return Ok(Some(Value::never()));
                }
                let mut parts = Vec::new();
                for bound in [&bounds.start, &bounds.stop, &bounds.step] {
                    let part = match bound {
                        Some(bound) => self.emit_expr(bound)?,
                        None => Value::none(),
                    };
                    if part.is_never() {
                        return Ok(Some(Value::never()));
                    }
                    parts.push(part);
                }
                let name = self.str_constant("slice");
                let slice_builtin = self.call_runtime_value(vm_names::taipan_vm_builtin, &[name.into()], "slice")?.into_pointer_value();
                let slice = self.emit_foreign_call_values(slice_builtin, &parts)?;
                Ok(Some(self.foreign_result(vm_names::taipan_vm_get_item, &[object.pointer()?.into(), slice.pointer()?.into()])?))
            }
            ExprKind::ClassOf(value) if self.expr_type(value) == Type::Foreign => {
                let object = self.emit_expr(value)?;
                if object.is_never() {
                    return Ok(Some(Value::never()));
                }
                let name = self.str_constant("type");
                let type_builtin = self.call_runtime_value(vm_names::taipan_vm_builtin, &[name.into()], "type")?.into_pointer_value();
                Ok(Some(self.emit_foreign_call_values(type_builtin, &[object])?))
            }
            ExprKind::Call { callee, args, keywords } => self.try_emit_foreign_call(callee, args, keywords, expected),
            _ => Ok(None),
        }
    }

    /// A call into CPython, if this is one (see typeinfer's `foreign_call`).
    fn try_emit_foreign_call(&mut self, callee: &Expr, args: &[Expr], keywords: &[Keyword], expected: &Type) -> CodegenResult<Option<Value<'ctx>>> {
        match &callee.kind {
            ExprKind::Builtin(builtin) => {
                let has_key = keywords.iter().any(|k| k.name == "key");
                let is_foreign = |emitter: &Self, arg: &Expr| {
                    !matches!(arg.kind, ExprKind::Builtin(_)) && taipan_typeinfer::builtin_argument_goes_to_cpython(*builtin, &emitter.expr_type(arg), has_key)
                };
                let any_foreign = args.iter().any(|arg| is_foreign(self, arg)) || keywords.iter().any(|keyword| is_foreign(self, &keyword.value));
                if !any_foreign || *builtin == Builtin::Print {
                    return Ok(None);
                }
                // A conversion whose result type Python fixes.
                if let ([arg], true) = (args, keywords.is_empty()) {
                    let conversion = match builtin {
                        Builtin::Len => Some(vm_names::taipan_vm_len),
                        Builtin::Int => Some(vm_names::taipan_vm_to_int),
                        Builtin::Float => Some(vm_names::taipan_vm_to_float),
                        Builtin::Str => Some(vm_names::taipan_vm_str),
                        Builtin::Repr => Some(vm_names::taipan_vm_repr),
                        Builtin::Bool => Some(vm_names::taipan_vm_truth),
                        Builtin::Hash => Some(vm_names::taipan_vm_hash),
                        Builtin::Format => None,
                        _ => None,
                    };
                    if let Some(function) = conversion {
                        let value = self.emit_expr(arg)?;
                        if value.is_never() {
                            return Ok(Some(Value::never()));
                        }
                        let result = self.call_runtime_value(function, &[value.pointer()?.into()], "converted")?;
                        if self.makes_fresh_handle(arg) {
                            self.call_runtime(vm_names::taipan_vm_release, &[value.pointer()?.into()], "")?;
                        }
                        let result = match builtin {
                            Builtin::Len | Builtin::Int | Builtin::Hash => Value::new(result, Type::Int),
                            Builtin::Float => Value::new(result, Type::Float),
                            Builtin::Bool => {
                                let truth = self.builder.build_int_compare(IntPredicate::NE, result.into_int_value(), self.gen.context.i8_type().const_zero(), "truth")?;
                                Value::new(truth, Type::Bool)
                            }
                            _ => Value::new(result, Type::Str),
                        };
                        return Ok(Some(result));
                    }
                }
                let name = match builtin {
                    Builtin::Math(function) => format!("math.{}", function.name()),
                    other => other.name().to_string(),
                };
                let name = self.str_constant(&name);
                let function = self.call_runtime_value(vm_names::taipan_vm_builtin, &[name.into()], "builtin")?.into_pointer_value();
                let result = self.emit_foreign_call_of(function, None, args, keywords, false)?;
                if result.is_never() {
                    return Ok(Some(result));
                }
                // `format(x, spec)` and the like give a native value.
                Ok(Some(self.foreign_to_native(result, expected)?))
            }
            ExprKind::Attribute { value, name } if self.expr_type(callee) == Type::Foreign => {
                let receiver = self.emit_expr(value)?;
                if receiver.is_never() {
                    return Ok(Some(Value::never()));
                }
                let fresh = receiver.ty != Type::Foreign || self.makes_fresh_handle(value);
                let receiver = self.foreign_value(&receiver)?;
                let result = self.emit_foreign_call_of(receiver, Some(name), args, keywords, true)?;
                if fresh && !result.is_never() {
                    self.call_runtime(vm_names::taipan_vm_release, &[receiver.into()], "")?;
                }
                Ok(Some(result))
            }
            ExprKind::Attribute { .. } | ExprKind::Lambda(_) | ExprKind::Super { .. } => Ok(None),
            _ if self.expr_type(callee) == Type::Foreign => {
                let function = self.emit_expr(callee)?;
                if function.is_never() {
                    return Ok(Some(Value::never()));
                }
                Ok(Some(self.emit_foreign_call_of(function.pointer()?, None, args, keywords, true)?))
            }
            _ => Ok(None),
        }
    }

    /// A CPython object where inference expects a native value of a type
    /// Python fixes (`format()` gives a str).
    fn foreign_to_native(&mut self, value: Value<'ctx>, expected: &Type) -> CodegenResult<Value<'ctx>> {
        let function = match expected {
            Type::Str => vm_names::taipan_vm_str,
            Type::Int => vm_names::taipan_vm_to_int,
            Type::Float => vm_names::taipan_vm_to_float,
            _ => return Ok(value),
        };
        let result = self.call_runtime_value(function, &[value.pointer()?.into()], "native")?;
        Ok(Value::new(result, expected.clone()))
    }

    /// `object.name = value` on a CPython object.
    pub(super) fn emit_foreign_store_attribute(&mut self, object: &Expr, name: &str, value: &Value<'ctx>) -> CodegenResult<()> {
        let target = self.emit_expr(object)?;
        if target.is_never() {
            return Ok(());
        }
        let item = self.foreign_value(value)?;
        let name = self.str_constant(name);
        self.call_runtime(vm_names::taipan_vm_set_attribute, &[target.pointer()?.into(), name.into(), item.into()], "")?;
        Ok(())
    }

    /// `object[index] = value` on a CPython object.
    pub(super) fn emit_foreign_store_item(&mut self, object: &Expr, index: &Expr, value: &Value<'ctx>) -> CodegenResult<()> {
        let container = self.emit_expr(object)?;
        let key = self.emit_expr(index)?;
        if container.is_never() || key.is_never() {
            return Ok(());
        }
        let key = self.foreign_value(&key)?;
        let item = self.foreign_value(value)?;
        self.call_runtime(vm_names::taipan_vm_set_item, &[container.pointer()?.into(), key.into(), item.into()], "")?;
        Ok(())
    }

    /// `a, b = object` for a CPython object.
    pub(super) fn emit_foreign_unpack(&mut self, elements: &[Target], value: &Value<'ctx>) -> CodegenResult<()> {
        let pointer_type = self.ptr_type();
        let parts = self.entry_alloca(pointer_type.array_type(elements.len().max(1) as u32), "cpython.parts")?;
        let count = self.const_int(elements.len() as i64);
        self.call_runtime(vm_names::taipan_vm_unpack, &[value.pointer()?.into(), count.into(), parts.into()], "")?;
        for (index, element) in elements.iter().enumerate() {
            let address = unsafe { self.builder.build_gep(pointer_type, parts, &[self.const_int(index as i64)], "cpython.part")? };
            let part = self.builder.build_load(pointer_type, address, "part")?;
            self.emit_bind(element, &Value::new(part, Type::Foreign))?;
        }
        Ok(())
    }

    /// The truth of a CPython object.
    pub(super) fn emit_foreign_truth(&mut self, value: &Value<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        let byte = self.call_runtime_value(vm_names::taipan_vm_truth, &[value.pointer()?.into()], "truth")?.into_int_value();
        Ok(self.builder.build_int_compare(IntPredicate::NE, byte, self.gen.context.i8_type().const_zero(), "truth")?)
    }

    /// `str()` or `repr()` of a CPython object.
    pub(super) fn emit_foreign_text(&mut self, value: &Value<'ctx>, repr: bool) -> CodegenResult<PointerValue<'ctx>> {
        let function = if repr { vm_names::taipan_vm_repr } else { vm_names::taipan_vm_str };
        Ok(self.call_runtime_value(function, &[value.pointer()?.into()], "text")?.into_pointer_value())
    }

    /// `format(object, spec)`.
    pub(super) fn emit_foreign_format(&mut self, value: &Value<'ctx>, spec: PointerValue<'ctx>) -> CodegenResult<PointerValue<'ctx>> {
        Ok(self.call_runtime_value(vm_names::taipan_vm_format, &[value.pointer()?.into(), spec.into()], "formatted")?.into_pointer_value())
    }

    /// Starts iterating a CPython object.
    pub(super) fn foreign_iterator(&mut self, value: &Value<'ctx>) -> CodegenResult<PointerValue<'ctx>> {
        Ok(self.call_runtime_value(vm_names::taipan_vm_iter, &[value.pointer()?.into()], "iterator")?.into_pointer_value())
    }

    /// The iterator's next item, branching to `exhausted` at the end.
    pub(super) fn foreign_next(&mut self, iterator: PointerValue<'ctx>, exhausted: BasicBlock<'ctx>) -> CodegenResult<Value<'ctx>> {
        let item = self.call_runtime_value(vm_names::taipan_vm_next, &[iterator.into()], "item")?.into_pointer_value();
        let ended = self.builder.build_is_null(item, "ended")?;
        let body = self.append_block("cpython.item");
        self.builder.build_conditional_branch(ended, exhausted, body)?;
        self.builder.position_at_end(body);
        Ok(Value::new(item, Type::Foreign))
    }
}
