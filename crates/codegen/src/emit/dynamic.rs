//! The dynamic tier in generated code: boxing a value where it flows into a
//! place of union type, unboxing (checked) where a box flows into typed code,
//! and the operations on boxes, which call the runtime's `dynamic` module.
//!
//! A value of a union type (`Type::is_dynamic`) is a `taipan_abi::DynamicBox`
//! pointer: the descriptor of the static type of what it holds, and that
//! type's slot. Boxing needs only the descriptor and `to_slot`, so every
//! type with a descriptor can be boxed; which unions are allowed at all is
//! inference's decision (`Type::is_boxable`). This module knows nothing of
//! the runtime's dispatch; it only emits the calls.

use super::*;
use crate::module::optional_payload;

impl<'a, 'ctx, 'p> FunctionEmitter<'a, 'ctx, 'p> {
    /// `value` as a box: a value of the dynamic tier is one already.
    pub(super) fn box_value(&mut self, value: &Value<'ctx>) -> CodegenResult<PointerValue<'ctx>> {
        if optional_payload(&value.ty).is_some() {
            return self.box_optional(value);
        }
        if value.ty.is_dynamic() {
            return value.pointer();
        }
        let descriptor = self.gen.descriptor(&value.ty);
        let slot = self.to_slot(value)?;
        Ok(self.call_runtime_value(names::taipan_dynamic_box, &[descriptor.into(), slot.into()], "box")?.into_pointer_value())
    }

    /// The value of type `target` that the box `value` holds; the runtime
    /// raises when it holds another type: AttributeError naming `attribute`
    /// when the box was narrowed for a method only `target` has.
    pub(super) fn unbox_value(&mut self, value: &Value<'ctx>, target: &Type, attribute: Option<&str>) -> CodegenResult<Value<'ctx>> {
        if optional_payload(&value.ty).is_some() {
            return self.unwrap_optional(value, target, attribute);
        }
        let descriptor = self.gen.descriptor(target);
        let attribute = match attribute {
            Some(name) => self.str_constant(name),
            None => self.ptr_type().const_null(),
        };
        let slot = self
            .call_runtime_value(names::taipan_dynamic_unbox, &[value.pointer()?.into(), descriptor.into(), attribute.into()], "unboxed")?
            .into_int_value();
        self.from_slot(slot, target)
    }

    /// `left op right` where an operand is a value of the dynamic tier; the
    /// result has the type inference gave the operation (`expected`).
    pub(super) fn emit_dynamic_binary(&mut self, op: BinaryOp, left: &Value<'ctx>, right: &Value<'ctx>, expected: &Type) -> CodegenResult<Value<'ctx>> {
        if let Some(result) = self.optional_binary(op, left, right, expected)? {
            return Ok(result);
        }
        self.emit_dynamic_binary_boxed(op, left, right, expected)
    }

    /// `left op right` by the runtime, on boxes of both operands.
    pub(super) fn emit_dynamic_binary_boxed(&mut self, op: BinaryOp, left: &Value<'ctx>, right: &Value<'ctx>, expected: &Type) -> CodegenResult<Value<'ctx>> {
        use taipan_abi::dynamic_op;
        let code = match op {
            BinaryOp::Add => dynamic_op::ADD,
            BinaryOp::Sub => dynamic_op::SUBTRACT,
            BinaryOp::Mul => dynamic_op::MULTIPLY,
            BinaryOp::TrueDiv => dynamic_op::TRUE_DIVIDE,
            BinaryOp::FloorDiv => dynamic_op::FLOOR_DIVIDE,
            BinaryOp::Mod => dynamic_op::MODULO,
            BinaryOp::Pow => dynamic_op::POWER,
            BinaryOp::BitAnd => dynamic_op::BIT_AND,
            BinaryOp::BitOr => dynamic_op::BIT_OR,
            BinaryOp::BitXor => dynamic_op::BIT_XOR,
            BinaryOp::LShift => dynamic_op::LEFT_SHIFT,
            BinaryOp::RShift => dynamic_op::RIGHT_SHIFT,
        };
        let code = if self.in_place_operation { code | dynamic_op::IN_PLACE } else { code };
        let left_box = self.box_value(left)?;
        let right_box = self.box_value(right)?;
        let op_code = self.gen.context.i32_type().const_int(code as u64, true);
        let result = self.call_runtime_value(names::taipan_dynamic_binary, &[op_code.into(), left_box.into(), right_box.into()], "dynamic")?;
        self.dynamic_result(result.into_pointer_value(), expected)
    }

    /// A box the runtime returned, as the type inference expects: kept as a
    /// box, unboxed, or (when no combination of types succeeds) never.
    pub(super) fn dynamic_result(&mut self, boxed: PointerValue<'ctx>, expected: &Type) -> CodegenResult<Value<'ctx>> {
        match expected {
            Type::Unknown => {
                // Every combination raises, so the runtime has raised; should
                // inference ever be wrong, the program stops with an error.
                self.emit_impossible_path()?;
                self.start_dead_block();
                Ok(Value::never())
            }
            t if optional_payload(t).is_some() => self.optional_from_box(boxed, t),
            t if t.is_dynamic() => Ok(Value::new(boxed, t.clone())),
            t => {
                let boxed = Value::new(boxed, Type::Union(vec![]));
                let narrowing = self.result_narrowing.clone();
                self.unbox_value(&boxed, t, narrowing.as_deref())
            }
        }
    }

    /// `value[index]` for a box that may be one of several indexable types.
    pub(super) fn emit_dynamic_get_item(&mut self, value: &Value<'ctx>, index: &Value<'ctx>, expected: &Type) -> CodegenResult<Value<'ctx>> {
        let index_box = self.box_value(index)?;
        let value_box = self.box_value(value)?;
        let item = self.call_runtime_value(names::taipan_dynamic_get_item, &[value_box.into(), index_box.into()], "item")?;
        self.dynamic_result(item.into_pointer_value(), expected)
    }

    /// A box a runtime function returned, as the type `expected`.
    pub(super) fn emit_dynamic_box_result(&mut self, boxed: PointerValue<'ctx>, expected: &Type) -> CodegenResult<Value<'ctx>> {
        self.dynamic_result(boxed, expected)
    }

    /// `-value` for a box.
    pub(super) fn emit_dynamic_negate(&mut self, value: &Value<'ctx>, expected: &Type) -> CodegenResult<Value<'ctx>> {
        let boxed = self.box_value(value)?;
        let result = self.call_runtime_value(names::taipan_dynamic_negate, &[boxed.into()], "negated")?;
        self.dynamic_result(result.into_pointer_value(), expected)
    }

    /// `needle in container` (or `not in`) for a boxed needle of scalar
    /// types: the membership test of the type the box holds.
    pub(super) fn emit_dynamic_membership(&mut self, op: CompareOp, needle: &Value<'ctx>, container: &Value<'ctx>) -> CodegenResult<Value<'ctx>> {
        use taipan_abi::descriptor_kind as kind;
        let join = self.append_block("in.done");
        let mut incoming: Vec<(Value<'ctx>, BasicBlock<'ctx>)> = Vec::new();
        for member in needle.ty.members() {
            let code = match member {
                Type::Int => kind::INT,
                Type::Bool => kind::BOOL,
                Type::Float => kind::FLOAT,
                Type::None => kind::NONE,
                Type::Str => kind::STR,
                other => return Err(CodegenError::new(format!("a boxed needle of type {other}"))),
            };
            let holds = self.emit_dynamic_kind_in(needle, &[code])?;
            let member_block = self.append_block("in.member");
            let next_block = self.append_block("in.next");
            self.builder.build_conditional_branch(holds, member_block, next_block)?;
            self.builder.position_at_end(member_block);
            let found = match operators::dynamic_membership_member(&member, &container.ty) {
                Ok(operators::MemberMembership::Static) => {
                    let unboxed = if member == Type::None { Value::none() } else { self.unbox_value(needle, &member, None)? };
                    self.emit_comparison(op, &unboxed, container)?
                }
                Ok(operators::MemberMembership::Never) => Value::new(self.i1(op == CompareOp::NotIn), Type::Bool),
                Err(message) => return Err(CodegenError::new(message)),
            };
            self.branch_with(found, join, &mut incoming)?;
            self.builder.position_at_end(next_block);
        }
        // Inference listed every type the box may hold.
        self.builder.build_unreachable()?;
        self.merge_at(join, &incoming, &Type::Bool)
    }

    /// Unary `+` or `~` (`code`, a `taipan_abi::dynamic_op`) of a box.
    pub(super) fn emit_dynamic_unary(&mut self, code: i32, value: &Value<'ctx>, expected: &Type) -> CodegenResult<Value<'ctx>> {
        let op_code = self.gen.context.i32_type().const_int(code as u64, true);
        let boxed = self.box_value(value)?;
        let result = self.call_runtime_value(names::taipan_dynamic_unary, &[op_code.into(), boxed.into()], "unary")?;
        self.dynamic_result(result.into_pointer_value(), expected)
    }

    /// A comparison where a side is a value of the dynamic tier.
    pub(super) fn emit_dynamic_compare(&mut self, op: CompareOp, left: &Value<'ctx>, right: &Value<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        if let Some(result) = self.optional_compare(op, left, right)? {
            return Ok(result);
        }
        self.emit_dynamic_compare_boxed(op, left, right)
    }

    /// A comparison by the runtime, where a side is a box.
    pub(super) fn emit_dynamic_compare_boxed(&mut self, op: CompareOp, left: &Value<'ctx>, right: &Value<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        let Some(code) = runtime_compare_op(op) else {
            return Err(CodegenError::new("identity or membership of values of the dynamic tier"));
        };
        let op_code = self.gen.context.i32_type().const_int(code as u64, true);
        // A side of a static type is passed as its slot, not boxed: no
        // allocation for `record["name"] == name`.
        let byte = match (left.ty.is_dynamic(), right.ty.is_dynamic()) {
            (true, false) | (false, true) => {
                let (boxed, other, boxed_on_left) = if left.ty.is_dynamic() { (left, right, 1) } else { (right, left, 0) };
                let descriptor = self.gen.descriptor(&other.ty);
                let slot = self.to_slot(other)?;
                let on_left = self.gen.context.i8_type().const_int(boxed_on_left, false);
                let boxed = self.box_value(boxed)?;
                self.call_runtime_value(
                    names::taipan_dynamic_compare_slot,
                    &[op_code.into(), boxed.into(), slot.into(), descriptor.into(), on_left.into()],
                    "dynamic_cmp",
                )?
            }
            _ => {
                let left_box = self.box_value(left)?;
                let right_box = self.box_value(right)?;
                self.call_runtime_value(names::taipan_dynamic_compare, &[op_code.into(), left_box.into(), right_box.into()], "dynamic_cmp")?
            }
        };
        self.i8_to_bool(byte)
    }

    /// The descriptor kind of what a box holds.
    pub(super) fn dynamic_kind(&mut self, boxed: PointerValue<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        let box_type = self.gen.dynamic_box_type();
        let field = self.builder.build_struct_gep(box_type, boxed, taipan_abi::DYNAMIC_BOX_FIELD_DESCRIPTOR, "box.descriptor.field")?;
        let descriptor = self.builder.build_load(self.ptr_type(), field, "box.descriptor")?.into_pointer_value();
        let descriptor_type = self.gen.descriptor_type();
        let kind_field = self.builder.build_struct_gep(descriptor_type, descriptor, 0, "box.kind.field")?;
        Ok(self.builder.build_load(self.gen.context.i32_type(), kind_field, "box.kind")?.into_int_value())
    }

    /// Whether a box holds None (negated for `is not`).
    pub(super) fn emit_dynamic_is_none(&mut self, value: &Value<'ctx>, negate: bool) -> CodegenResult<IntValue<'ctx>> {
        if optional_payload(&value.ty).is_some() {
            return self.optional_is_none(value, negate);
        }
        let kind = self.dynamic_kind(value.pointer()?)?;
        let none = self.gen.context.i32_type().const_int(taipan_abi::descriptor_kind::NONE as u64, false);
        let predicate = if negate { IntPredicate::NE } else { IntPredicate::EQ };
        Ok(self.builder.build_int_compare(predicate, kind, none, "is_none")?)
    }

    /// Whether a box holds a value of one of the descriptor kinds `kinds`
    /// (`isinstance` with built-in types).
    pub(super) fn emit_dynamic_kind_in(&mut self, value: &Value<'ctx>, kinds: &[u32]) -> CodegenResult<IntValue<'ctx>> {
        if optional_payload(&value.ty).is_some() {
            return self.optional_kind_in(value, kinds);
        }
        let kind = self.dynamic_kind(value.pointer()?)?;
        let mut found = self.i1(false);
        for wanted in kinds {
            let wanted = self.gen.context.i32_type().const_int(*wanted as u64, false);
            let same = self.builder.build_int_compare(IntPredicate::EQ, kind, wanted, "kind_is")?;
            found = self.builder.build_or(found, same, "kind_in")?;
        }
        Ok(found)
    }

    /// Whether `type(value)` is exactly one of the built-in `types`: known
    /// statically for a value of one type, the descriptor kind of what a
    /// box holds otherwise (a bool is not an int here, unlike `isinstance`).
    pub(super) fn emit_exact_type_test(&mut self, value: &Value<'ctx>, types: &[Builtin]) -> CodegenResult<IntValue<'ctx>> {
        use taipan_abi::descriptor_kind as kind;
        let kinds: Vec<u32> = types
            .iter()
            .flat_map(|builtin| match builtin {
                Builtin::Int => vec![kind::INT],
                Builtin::Bool => vec![kind::BOOL],
                Builtin::Float => vec![kind::FLOAT],
                Builtin::Str => vec![kind::STR],
                Builtin::List => vec![kind::LIST],
                Builtin::Dict => vec![kind::DICT],
                Builtin::Tuple => vec![kind::TUPLE, kind::VARTUPLE],
                Builtin::Set => vec![kind::SET],
                Builtin::FrozenSet => vec![kind::FROZENSET],
                _ => vec![],
            })
            .collect();
        if value.ty.is_dynamic() {
            return self.emit_dynamic_kind_in(value, &kinds);
        }
        let name = value.ty.python_name();
        let static_kind_matches = types.iter().any(|builtin| builtin.name() == name);
        Ok(self.i1(static_kind_matches && !matches!(value.ty, Type::Instance { .. })))
    }

    /// `isinstance(value, C)` for a box and a class of the program: the box
    /// holds an instance, and its class is C or a subclass.
    pub(super) fn emit_dynamic_is_instance_of(&mut self, value: &Value<'ctx>, class: ClassId) -> CodegenResult<IntValue<'ctx>> {
        if optional_payload(&value.ty).is_some() {
            // None or a built-in type's value: never an instance.
            return Ok(self.i1(false));
        }
        let boxed = value.pointer()?;
        let holds_instance = self.emit_dynamic_kind_in(value, &[taipan_abi::descriptor_kind::INSTANCE])?;
        let entry = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        let test_block = self.append_block("isinstance.box.test");
        let join = self.append_block("isinstance.box.done");
        self.builder.build_conditional_branch(holds_instance, test_block, join)?;
        self.builder.position_at_end(test_block);
        let box_type = self.gen.dynamic_box_type();
        let slot_field = self.builder.build_struct_gep(box_type, boxed, taipan_abi::DYNAMIC_BOX_FIELD_SLOT, "box.slot.field")?;
        let instance = self.builder.build_load(self.ptr_type(), slot_field, "box.instance")?.into_pointer_value();
        let instance_type = self.gen.instance_type();
        let class_field = self.builder.build_struct_gep(instance_type, instance, taipan_abi::INSTANCE_FIELD_CLASS, "class.field")?;
        let descriptor = self.builder.build_load(self.ptr_type(), class_field, "class")?.into_pointer_value();
        let is_subclass = self.emit_is_subclass_class(descriptor, class)?;
        let test_end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        self.builder.build_unconditional_branch(join)?;
        self.builder.position_at_end(join);
        let result = self.builder.build_phi(self.gen.context.bool_type(), "isinstance.box")?;
        result.add_incoming(&[(&self.i1(false), entry), (&is_subclass, test_end)]);
        Ok(result.as_basic_value().into_int_value())
    }

    pub(super) fn emit_dynamic_truth(&mut self, value: &Value<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        if optional_payload(&value.ty).is_some() {
            return self.optional_truth(value);
        }
        let boxed = self.box_value(value)?;
        let byte = self.call_runtime_value(names::taipan_dynamic_truth, &[boxed.into()], "truth")?;
        self.i8_to_bool(byte)
    }

    /// `str(value)`, `repr(value)` or `type(value).__name__` of a box.
    pub(super) fn emit_dynamic_text(&mut self, function: &str, value: &Value<'ctx>) -> CodegenResult<Value<'ctx>> {
        let boxed = self.box_value(value)?;
        let text = self.call_runtime_value(function, &[boxed.into()], "text")?;
        Ok(Value::new(text, Type::Str))
    }

    pub(super) fn emit_dynamic_int(&mut self, function: &str, value: &Value<'ctx>) -> CodegenResult<Value<'ctx>> {
        let boxed = self.box_value(value)?;
        let result = self.call_runtime_value(function, &[boxed.into()], "dynamic_int")?;
        Ok(Value::new(result, Type::Int))
    }
}
