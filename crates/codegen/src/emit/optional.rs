//! The optional representation of `T | None`: where inference joins None
//! with one other type `T` that is a scalar, a str or a container
//! (`module::optional_payload`), the value is a pair `{ i1 present, T }` in
//! registers, locals, parameters, results, generator frames and closure
//! environments, not a `taipan_abi::DynamicBox`. Making one from a `T` or
//! from None, testing it against None, its truth and taking the `T` out
//! where typed code needs it cost no allocation and no call. An absent
//! value's `T` is all zeros, so converting it to a slot reads no memory.
//!
//! Where a box is needed (a container slot, an operation of the runtime's
//! `dynamic` module, a union of more types) `box_value` makes one from the
//! pair (`taipan_dynamic_box_optional`), and a box flowing back into an
//! optional place becomes a pair again (`optional_from_box`). Which unions
//! have this representation is codegen's choice alone: inference, the
//! runtime and the slot encoding see an ordinary union.

use super::*;
use crate::module::optional_payload;
use taipan_abi::descriptor_kind as kind;

impl<'a, 'ctx, 'p> FunctionEmitter<'a, 'ctx, 'p> {
    /// The `T` of an optional type, or an internal error for any other.
    fn payload_type_of(ty: &Type) -> CodegenResult<Type> {
        optional_payload(ty).cloned().ok_or_else(|| CodegenError::new(format!("{ty} does not have the optional representation")))
    }

    /// The descriptor kind of the payload type `payload`.
    fn payload_kind(payload: &Type) -> CodegenResult<u32> {
        Ok(match payload {
            Type::Int => kind::INT,
            Type::Float => kind::FLOAT,
            Type::Bool => kind::BOOL,
            Type::Str => kind::STR,
            Type::List(_) => kind::LIST,
            Type::Dict(_) => kind::DICT,
            Type::Set(_) => kind::SET,
            Type::FrozenSet(_) => kind::FROZENSET,
            Type::VarTuple(_) => kind::VARTUPLE,
            other => return Err(CodegenError::new(format!("an optional value of {other}"))),
        })
    }

    fn optional_aggregate(value: &Value<'ctx>) -> CodegenResult<inkwell::values::StructValue<'ctx>> {
        match value.llvm {
            Some(BasicValueEnum::StructValue(aggregate)) => Ok(aggregate),
            _ => Err(CodegenError::new(format!("a value of {} not held as an optional pair", value.ty))),
        }
    }

    /// `value`, a `T` or None, as a value of the optional type `ty`.
    pub(super) fn make_optional(&mut self, value: &Value<'ctx>, ty: &Type) -> CodegenResult<Value<'ctx>> {
        let payload_type = Self::payload_type_of(ty)?;
        let pair_type = self.gen.llvm_type(ty).into_struct_type();
        if value.ty == Type::None {
            return Ok(Value::new(pair_type.const_zero(), ty.clone()));
        }
        let payload = self.coerce(value.clone(), &payload_type)?;
        let payload = payload.get()?;
        if payload.get_type() != self.gen.llvm_type(&payload_type) {
            return Err(CodegenError::new(format!("a value of {} where {ty} was expected", value.ty)));
        }
        let present = self.builder.build_insert_value(pair_type.const_zero(), self.i1(true), 0, "some")?;
        let pair = self.builder.build_insert_value(present, payload, 1, "some")?;
        Ok(Value::new(pair.into_struct_value(), ty.clone()))
    }

    /// Whether an optional value holds a `T` (is not None).
    pub(super) fn optional_present(&mut self, value: &Value<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        let aggregate = Self::optional_aggregate(value)?;
        Ok(self.builder.build_extract_value(aggregate, 0, "present")?.into_int_value())
    }

    /// The `T` of an optional value, unchecked: all zeros when it is None.
    fn optional_payload_value(&mut self, value: &Value<'ctx>) -> CodegenResult<Value<'ctx>> {
        let payload_type = Self::payload_type_of(&value.ty)?;
        let aggregate = Self::optional_aggregate(value)?;
        let payload = self.builder.build_extract_value(aggregate, 1, "payload")?;
        Ok(Value::new(payload, payload_type))
    }

    /// A box of an optional value: the None box, or a new box of the `T`.
    pub(super) fn box_optional(&mut self, value: &Value<'ctx>) -> CodegenResult<PointerValue<'ctx>> {
        let present = self.optional_present(value)?;
        let payload = self.optional_payload_value(value)?;
        let descriptor = self.gen.descriptor(&payload.ty);
        let slot = self.to_slot(&payload)?;
        let present = self.builder.build_int_z_extend(present, self.gen.context.i8_type(), "present_byte")?;
        Ok(self.call_runtime_value(names::taipan_dynamic_box_optional, &[present.into(), descriptor.into(), slot.into()], "box")?.into_pointer_value())
    }

    /// The value of the optional type `ty` that a box holds (the runtime
    /// raises should it hold anything but None or a `T`).
    pub(super) fn optional_from_box(&mut self, boxed: PointerValue<'ctx>, ty: &Type) -> CodegenResult<Value<'ctx>> {
        let payload_type = Self::payload_type_of(ty)?;
        let box_kind = self.dynamic_kind(boxed)?;
        let none = self.gen.context.i32_type().const_int(kind::NONE as u64, false);
        let present = self.builder.build_int_compare(IntPredicate::NE, box_kind, none, "present")?;
        let descriptor = self.gen.descriptor(&payload_type);
        let slot = self.call_runtime_value(names::taipan_dynamic_optional_slot, &[boxed.into(), descriptor.into()], "payload_bits")?.into_int_value();
        let payload = self.from_slot(slot, &payload_type)?;
        let pair_type = self.gen.llvm_type(ty).into_struct_type();
        let pair = self.builder.build_insert_value(pair_type.const_zero(), present, 0, "pair")?;
        let pair = self.builder.build_insert_value(pair, payload.get()?, 1, "pair")?;
        Ok(Value::new(pair.into_struct_value(), ty.clone()))
    }

    /// The `T` of an optional value where typed code needs a `target`
    /// (narrowing, a typed parameter): CPython's error, as the runtime words
    /// it for a box, when the value is None (an AttributeError naming
    /// `attribute` when narrowed for a method call).
    pub(super) fn unwrap_optional(&mut self, value: &Value<'ctx>, target: &Type, attribute: Option<&str>) -> CodegenResult<Value<'ctx>> {
        let payload_type = Self::payload_type_of(&value.ty)?;
        let present = self.optional_present(value)?;
        let absent_block = self.append_block("optional.none");
        let present_block = self.append_block("optional.some");
        if *target == Type::None {
            // Narrowed to None (`if x is None:`): a `T` raises as the box's
            // check would.
            self.builder.build_conditional_branch(present, present_block, absent_block)?;
            self.builder.position_at_end(present_block);
            let payload = self.optional_payload_value(value)?;
            let boxed = self.box_value(&payload)?;
            self.unbox_value(&Value::new(boxed, Type::Union(vec![])), target, attribute)?;
            self.builder.build_unreachable()?;
            self.builder.position_at_end(absent_block);
            return Ok(Value::none());
        }
        self.builder.build_conditional_branch(present, present_block, absent_block)?;
        self.builder.position_at_end(absent_block);
        // None where a `target` is needed: the runtime's check of a None box
        // raises the error CPython gives.
        let none_box = self.box_value(&Value::none())?;
        let none_box = Value::new(none_box, Type::Union(vec![]));
        self.unbox_value(&none_box, target, attribute)?;
        self.builder.build_unreachable()?;
        self.builder.position_at_end(present_block);
        let payload = self.optional_payload_value(value)?;
        if payload_type == *target {
            return Ok(payload);
        }
        // Another type than the `T` (an int where a bool was): the box's
        // conversion, with its checks.
        let boxed = self.box_value(&payload)?;
        self.unbox_value(&Value::new(boxed, Type::Union(vec![])), target, attribute)
    }

    /// `value is None` (`is not None` when `negate`).
    pub(super) fn optional_is_none(&mut self, value: &Value<'ctx>, negate: bool) -> CodegenResult<IntValue<'ctx>> {
        let present = self.optional_present(value)?;
        if negate {
            return Ok(present);
        }
        Ok(self.builder.build_not(present, "is_none")?)
    }

    /// Whether the type of an optional value's content is among the
    /// descriptor `kinds`: known for each of None and `T`.
    pub(super) fn optional_kind_in(&mut self, value: &Value<'ctx>, kinds: &[u32]) -> CodegenResult<IntValue<'ctx>> {
        let payload_kind = Self::payload_kind(&Self::payload_type_of(&value.ty)?)?;
        let present = self.optional_present(value)?;
        let when_present = self.i1(kinds.contains(&payload_kind));
        let when_absent = self.i1(kinds.contains(&kind::NONE));
        Ok(self.builder.build_select(present, when_present, when_absent, "kind_in")?.into_int_value())
    }

    /// The truth of an optional value: False for None, else the `T`'s
    /// (read only when present: an absent str is a null pointer).
    pub(super) fn optional_truth(&mut self, value: &Value<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        let present = self.optional_present(value)?;
        let start = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        let present_block = self.append_block("optional.truth");
        let join = self.append_block("optional.truth.done");
        self.builder.build_conditional_branch(present, present_block, join)?;
        self.builder.position_at_end(present_block);
        let payload = self.optional_payload_value(value)?;
        let truth = self.emit_truth(&payload)?;
        let present_end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        self.builder.build_unconditional_branch(join)?;
        self.builder.position_at_end(join);
        let phi = self.builder.build_phi(self.gen.context.bool_type(), "optional.truth")?;
        phi.add_incoming(&[(&self.i1(false), start), (&truth, present_end)]);
        Ok(phi.as_basic_value().into_int_value())
    }

    /// Of the operands of a binary operator or comparison, the optional one
    /// and the other, when exactly one is optional and the other has one
    /// static type that is not an instance or a CPython object: then the
    /// operation on the `T` is the static one.
    fn optional_and_static<'v>(left: &'v Value<'ctx>, right: &'v Value<'ctx>) -> Option<(&'v Value<'ctx>, &'v Value<'ctx>, bool)> {
        let static_operand = |value: &Value<'ctx>| !value.ty.is_dynamic() && !matches!(value.ty, Type::Instance { .. } | Type::Foreign | Type::Unknown);
        match (optional_payload(&left.ty).is_some(), optional_payload(&right.ty).is_some()) {
            (true, false) if static_operand(right) => Some((left, right, true)),
            (false, true) if static_operand(left) => Some((right, left, false)),
            _ => None,
        }
    }

    /// `left op right` with an optional operand and a static one, when the
    /// operation on the `T` has the type inference gave the whole
    /// (`expected`): the static operation when a `T` is present; for None,
    /// the runtime's operation on boxes, which raises CPython's TypeError
    /// (None has no operators). `None` when this does not apply.
    pub(super) fn optional_binary(&mut self, op: BinaryOp, left: &Value<'ctx>, right: &Value<'ctx>, expected: &Type) -> CodegenResult<Option<Value<'ctx>>> {
        let Some((optional, other, optional_on_left)) = Self::optional_and_static(left, right) else { return Ok(None) };
        let payload_type = Self::payload_type_of(&optional.ty)?;
        let (left_type, right_type) = if optional_on_left { (&payload_type, &other.ty) } else { (&other.ty, &payload_type) };
        // `**`'s result type depends on the exponent's sign, which the
        // caller knew; the runtime handles it.
        if op == BinaryOp::Pow {
            return Ok(None);
        }
        match operators::binary(op, left_type, right_type, ExponentSign::Unknown) {
            Outcome::Value(result) if result == *expected && !result.is_dynamic() => {}
            _ => return Ok(None),
        }
        let present = self.optional_present(optional)?;
        let absent_block = self.append_block("optional.op.none");
        let present_block = self.append_block("optional.op");
        self.builder.build_conditional_branch(present, present_block, absent_block)?;
        self.builder.position_at_end(absent_block);
        self.emit_dynamic_binary_boxed(op, left, right, expected)?;
        if !self.is_terminated() {
            self.builder.build_unreachable()?;
        }
        self.builder.position_at_end(present_block);
        let payload = self.optional_payload_value(optional)?;
        let (left_value, right_value) = if optional_on_left { (payload, other.clone()) } else { (other.clone(), payload) };
        Ok(Some(self.emit_binary(op, left_value, right_value, ExponentSign::Unknown)?))
    }

    /// A comparison with an optional operand and a static one: the static
    /// comparison when a `T` is present; for None, `==`/`!=` are known and
    /// ordering raises CPython's TypeError through the runtime. `None`
    /// when this does not apply.
    pub(super) fn optional_compare(&mut self, op: CompareOp, left: &Value<'ctx>, right: &Value<'ctx>) -> CodegenResult<Option<IntValue<'ctx>>> {
        let Some((optional, other, optional_on_left)) = Self::optional_and_static(left, right) else { return Ok(None) };
        let payload_type = Self::payload_type_of(&optional.ty)?;
        let present = self.optional_present(optional)?;
        let equality = matches!(op, CompareOp::Eq | CompareOp::NotEq);
        if other.ty == Type::None {
            // `x == None`: equal exactly when absent.
            return Ok(match op {
                CompareOp::Eq => Some(self.builder.build_not(present, "is_none")?),
                CompareOp::NotEq => Some(present),
                _ => None,
            });
        }
        let (left_type, right_type) = if optional_on_left { (&payload_type, &other.ty) } else { (&other.ty, &payload_type) };
        match operators::compare(op, left_type, right_type) {
            Ok(ComparisonKind::Integer | ComparisonKind::Numeric | ComparisonKind::String | ComparisonKind::Constant(_) | ComparisonKind::Generic) => {}
            _ => return Ok(None),
        }
        let absent_block = self.append_block("optional.cmp.none");
        let present_block = self.append_block("optional.cmp");
        let join = self.append_block("optional.cmp.done");
        self.builder.build_conditional_branch(present, present_block, absent_block)?;
        let mut incoming: Vec<(Value<'ctx>, BasicBlock<'ctx>)> = Vec::new();
        self.builder.position_at_end(absent_block);
        if equality {
            // None equals no value of another type.
            let answer = Value::new(self.i1(op == CompareOp::NotEq), Type::Bool);
            self.branch_with(answer, join, &mut incoming)?;
        } else {
            let answer = self.emit_dynamic_compare_boxed(op, left, right)?;
            self.branch_with(Value::new(answer, Type::Bool), join, &mut incoming)?;
        }
        self.builder.position_at_end(present_block);
        let payload = self.optional_payload_value(optional)?;
        let (left_value, right_value) = if optional_on_left { (payload, other.clone()) } else { (other.clone(), payload) };
        let answer = self.emit_comparison(op, &left_value, &right_value)?;
        self.branch_with(answer, join, &mut incoming)?;
        let merged = self.merge_at(join, &incoming, &Type::Bool)?;
        Ok(Some(merged.int()?))
    }
}
