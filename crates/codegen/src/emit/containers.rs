//! Code generation for containers: list, dict, set and frozenset objects,
//! ranges as values, iteration over every supported iterable, comprehensions,
//! the built-ins that build or consume iterables, and calls of function values.
//!
//! Values cross into containers as 64-bit slots (`to_slot`/`from_slot`), in
//! the encoding `taipan_abi::TypeDescriptor` documents: ints and floats stay
//! unboxed in the slot, so a `list[float]` is a contiguous buffer of doubles.
//! List indexing and `len()` are emitted inline on the ABI's list layout;
//! everything that allocates or hashes calls the runtime, which learns the
//! element types from the descriptor stored in each object.

use super::{FunctionEmitter, LoopTargets, Value};
use crate::module::{list_struct_type, optional_payload, CodegenError, CodegenResult, ModuleGenerator};
use inkwell::basic_block::BasicBlock;
use inkwell::values::{BasicValueEnum, IntValue, PointerValue};
use inkwell::{AddressSpace, IntPredicate};
use taipan_abi::{compare_op, names, set_op, ExceptionKind, ABSENT_INT, LIST_FIELD_ITEMS, LIST_FIELD_LENGTH, SIZED_OBJECT_FIELD_LENGTH};
use taipan_parser_bridge::hir::*;
use taipan_typeinfer::{ArgumentSource, CallResolution, Dunder, InstanceId, Type};

/// Where a list item lives: its address, and whether it is a byte (a bool
/// list's item) rather than a 64-bit slot.
#[derive(Clone, Copy)]
struct SlotAddress<'ctx> {
    pointer: PointerValue<'ctx>,
    byte: bool,
}

/// The most items a slice-to-slice assignment copies inline, through a stack
/// buffer of this many slots; longer copies call the runtime.
const SLICE_SCRATCH: u32 = 32;

/// The state of one iteration in progress.
pub(super) enum IterState<'ctx, 'e> {
    /// A counter from `start` towards `stop` by `step`.
    Range { counter: PointerValue<'ctx>, stop: IntValue<'ctx>, step: IntValue<'ctx> },
    /// Indexes 0, 1, ... while below the list's current length (CPython's
    /// list iterator re-reads the length, so appending while iterating is seen).
    List { list: PointerValue<'ctx>, index: PointerValue<'ctx>, element: Type },
    /// A list walked backwards (`reversed`).
    ListReversed { list: PointerValue<'ctx>, index: PointerValue<'ctx>, element: Type },
    Str { string: PointerValue<'ctx>, offset: PointerValue<'ctx> },
    /// The fields of `text.split(separator, maxsplit)`, made one at a time
    /// (a null separator splits on whitespace); `cursor` is a
    /// `taipan_abi::SplitCursor`.
    StrSplit { string: PointerValue<'ctx>, separator: PointerValue<'ctx>, cursor: PointerValue<'ctx> },
    StrReversed { string: PointerValue<'ctx>, index: PointerValue<'ctx> },
    /// A dict's keys (0), values (1) or items (2).
    Dict { dict: PointerValue<'ctx>, position: PointerValue<'ctx>, length: IntValue<'ctx>, mode: u8, key: Type, value: Type },
    Set { set: PointerValue<'ctx>, position: PointerValue<'ctx>, length: IntValue<'ctx>, element: Type },
    /// A tuple whose members have one type, spilled to memory.
    Tuple { items: PointerValue<'ctx>, length: u32, index: PointerValue<'ctx>, element: Type, reversed: bool },
    Enumerate { inner: Box<IterState<'ctx, 'e>>, counter: PointerValue<'ctx> },
    Zip { inners: Vec<IterState<'ctx, 'e>> },
    Map { inners: Vec<IterState<'ctx, 'e>>, function: ExprId, callee: &'e Expr },
    Filter { inner: Box<IterState<'ctx, 'e>>, predicate: Option<(ExprId, &'e Expr)> },
    /// A generator, resumed for each item (see `generators`).
    Generator { handle: PointerValue<'ctx>, generator: Type },
    /// A value of the dynamic tier that may be one of several iterable
    /// types: the runtime gives each item boxed (`taipan_dynamic_next`);
    /// `state` is its two words, `element` what inference made of the items.
    Dynamic { value: PointerValue<'ctx>, state: PointerValue<'ctx>, element: Type },
    /// A CPython object's iterator (`taipan_vm_iter`): each item is another
    /// CPython object.
    Foreign { iterator: PointerValue<'ctx> },
    /// An iterator object: its `__next__` (resolved for the iterable
    /// `key`) gives each item until it raises StopIteration.
    Object { iterator: Value<'ctx>, key: ExprId, item: Type },
}

/// Whether evaluating `expr` can run no user code and change no object:
/// literals, variables and operators on them.
fn runs_no_code(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Bool(_) | ExprKind::None | ExprKind::Variable(_) => true,
        ExprKind::Unary { operand, .. } => runs_no_code(operand),
        ExprKind::Binary { left, right, .. } => runs_no_code(left) && runs_no_code(right),
        _ => false,
    }
}

/// A constant in CPython's sense (what its compiler folds): literals and
/// tuples of them.
fn is_constant(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Bool(_) | ExprKind::None => true,
        ExprKind::Unary { op: UnaryOp::Negate | UnaryOp::Plus, operand } => matches!(operand.kind, ExprKind::Int(_) | ExprKind::Float(_)),
        ExprKind::Tuple(members) => members.iter().all(is_constant),
        _ => false,
    }
}

fn is_lazy_iterable(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::Call { callee, .. } => match &callee.kind {
            ExprKind::Builtin(b) => matches!(b, Builtin::Enumerate | Builtin::Zip | Builtin::Reversed | Builtin::Map | Builtin::Filter),
            ExprKind::Attribute { name, .. } => matches!(name.as_str(), "items" | "keys" | "values"),
            _ => false,
        },
        ExprKind::Comprehension(c) => c.kind == ComprehensionKind::Generator,
        _ => false,
    }
}

/// The lists of an inline slice-to-slice copy and where it goes when it
/// cannot copy inline (`runtime_block`) or has copied (`join`).
struct InlineSliceCopy<'ctx> {
    source_list: PointerValue<'ctx>,
    destination_list: PointerValue<'ctx>,
    source_element: Type,
    destination_element: Type,
    runtime_block: BasicBlock<'ctx>,
    join: BasicBlock<'ctx>,
}

impl<'a, 'ctx, 'p> FunctionEmitter<'a, 'ctx, 'p> {
    pub(super) fn ptr_type(&self) -> inkwell::types::PointerType<'ctx> {
        self.gen.context.ptr_type(AddressSpace::default())
    }

    // ----- slots ---------------------------------------------------------------

    /// A value as the 64-bit slot containers and the runtime's generic
    /// operations hold.
    pub(super) fn to_slot(&mut self, value: &Value<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        let i64_type = self.i64_type();
        Ok(match &value.ty {
            Type::Int | Type::Functions(_) => value.int()?,
            Type::Bool => self.bool_to_i64(value.int()?)?,
            Type::Float => self.builder.build_bit_cast(value.float()?, i64_type, "float_bits")?.into_int_value(),
            Type::None | Type::Unknown | Type::Function(_) | Type::Spread(_) => self.const_int(0),
            Type::Str
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
            | Type::Instance { .. } => self.builder.build_ptr_to_int(value.pointer()?, i64_type, "object_bits")?,
            Type::Tuple(members) => {
                let members = members.clone();
                let count = self.const_int(members.len() as i64);
                let block = self.call_runtime_value(names::taipan_tuple_new, &[count.into()], "tuple_box")?.into_pointer_value();
                let aggregate = value.get()?.into_struct_value();
                for (index, member) in members.iter().enumerate() {
                    let member_value = if ModuleGenerator::has_value(member) {
                        Value { llvm: Some(self.builder.build_extract_value(aggregate, index as u32, "member")?), ty: member.clone() }
                    } else {
                        Value { llvm: None, ty: member.clone() }
                    };
                    let slot = self.to_slot(&member_value)?;
                    let address = unsafe { self.builder.build_gep(i64_type, block, &[self.const_int(index as i64)], "member_slot")? };
                    self.store_slot(SlotAddress { pointer: address, byte: false }, slot)?;
                }
                self.builder.build_ptr_to_int(block, i64_type, "tuple_bits")?
            }
            Type::Range => {
                let aggregate = value.get()?.into_struct_value();
                let count = self.const_int(3);
                let block = self.call_runtime_value(names::taipan_tuple_new, &[count.into()], "range_box")?.into_pointer_value();
                for index in 0..3 {
                    let part = self.builder.build_extract_value(aggregate, index, "range_part")?;
                    let address = unsafe { self.builder.build_gep(i64_type, block, &[self.const_int(index as i64)], "range_slot")? };
                    self.builder.build_store(address, part)?;
                }
                self.builder.build_ptr_to_int(block, i64_type, "range_bits")?
            }
            Type::Union(_) => {
                let boxed = self.box_value(value)?;
                self.builder.build_ptr_to_int(boxed, i64_type, "box_bits")?
            }
        })
    }

    /// The value of type `ty` a slot holds.
    pub(super) fn from_slot(&mut self, slot: IntValue<'ctx>, ty: &Type) -> CodegenResult<Value<'ctx>> {
        let i64_type = self.i64_type();
        Ok(match ty {
            Type::Int => Value::new(slot, Type::Int),
            Type::Bool => Value::new(self.builder.build_int_truncate(slot, self.gen.context.bool_type(), "bool")?, Type::Bool),
            Type::Float => Value::new(self.builder.build_bit_cast(slot, self.gen.context.f64_type(), "float")?.into_float_value(), Type::Float),
            Type::None => Value::none(),
            Type::Unknown | Type::Spread(_) => Value::never(),
            Type::Function(_) => Value { llvm: None, ty: ty.clone() },
            Type::Functions(_) => Value::new(slot, ty.clone()),
            Type::Str
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
            | Type::Instance { .. } => Value::new(self.builder.build_int_to_ptr(slot, self.ptr_type(), "object")?, ty.clone()),
            Type::Tuple(members) => {
                let block = self.builder.build_int_to_ptr(slot, self.ptr_type(), "tuple_box")?;
                let mut values = Vec::new();
                for (index, member) in members.iter().enumerate() {
                    let address = unsafe { self.builder.build_gep(i64_type, block, &[self.const_int(index as i64)], "member_slot")? };
                    let member_slot = self.builder.build_load(i64_type, address, "member_bits")?.into_int_value();
                    let member_value = self.from_slot(member_slot, member)?;
                    values.push(if member_value.is_never() { Value { llvm: None, ty: member.clone() } } else { member_value });
                }
                self.build_tuple_of(values, ty)?
            }
            Type::Range => {
                let block = self.builder.build_int_to_ptr(slot, self.ptr_type(), "range_box")?;
                let range_type = self.gen.llvm_type(&Type::Range).into_struct_type();
                let mut aggregate = range_type.get_undef();
                for index in 0..3 {
                    let address = unsafe { self.builder.build_gep(i64_type, block, &[self.const_int(index as i64)], "range_slot")? };
                    let part = self.builder.build_load(i64_type, address, "range_part")?;
                    aggregate = self.builder.build_insert_value(aggregate, part, index, "range")?.into_struct_value();
                }
                Value::new(aggregate, Type::Range)
            }
            Type::Union(_) => {
                let boxed = self.builder.build_int_to_ptr(slot, self.ptr_type(), "box")?;
                if optional_payload(ty).is_some() {
                    self.optional_from_box(boxed, ty)?
                } else {
                    Value::new(boxed, ty.clone())
                }
            }
        })
    }

    /// A value of type `value.ty` as a value of `target`, where inference
    /// joined them: a fixed-length tuple becomes a tuple of run-time length
    /// (a list object), member by member inside tuples.
    pub(super) fn coerce(&mut self, value: Value<'ctx>, target: &Type) -> CodegenResult<Value<'ctx>> {
        if value.ty == *target || value.is_never() {
            return Ok(value);
        }
        if *target == Type::Foreign {
            // Into CPython: a converted copy (inference allows only values
            // whose copy nobody can tell from the original).
            let object = self.foreign_value(&value)?;
            return Ok(Value::new(object, Type::Foreign));
        }
        if optional_payload(target).is_some() {
            // Into `T | None`: the pair, straight from a `T` or None; from
            // another representation through a box.
            let same_payload_kind = match (optional_payload(&value.ty), optional_payload(target)) {
                (Some(from), Some(to)) => std::mem::discriminant(from) == std::mem::discriminant(to),
                _ => false,
            };
            if same_payload_kind && self.gen.llvm_type(&value.ty) == self.gen.llvm_type(target) {
                return Ok(Value { llvm: value.llvm, ty: target.clone() });
            }
            if value.ty.is_dynamic() {
                let boxed = self.box_value(&value)?;
                return self.optional_from_box(boxed, target);
            }
            return self.make_optional(&value, target);
        }
        if target.is_dynamic() {
            // Into the dynamic tier: a box (a box stays the box it is).
            let boxed = self.box_value(&value)?;
            return Ok(Value::new(boxed, target.clone()));
        }
        if value.ty.is_dynamic() && *target != Type::Unknown {
            return self.unbox_value(&value, target, None);
        }
        match (&value.ty, target) {
            (Type::Tuple(members), Type::VarTuple(element)) => {
                let members = members.clone();
                let element = (**element).clone();
                let list = self.new_list(self.const_int(members.len() as i64), &Type::List(taipan_typeinfer::types::Container::structural(vec![element.clone()])))?;
                let aggregate = value.get()?.into_struct_value();
                for (index, member) in members.iter().enumerate() {
                    let llvm = if ModuleGenerator::has_value(member) { Some(self.builder.build_extract_value(aggregate, index as u32, "member")?) } else { None };
                    let member_value = self.coerce(Value { llvm, ty: member.clone() }, &element)?;
                    let slot = self.to_slot(&member_value)?;
                    let address = self.list_slot_address(list, self.const_int(index as i64), &element)?;
                    self.store_slot(address, slot)?;
                }
                Ok(Value::new(list, target.clone()))
            }
            // Objects whose element type was never known (an empty display)
            // have the same representation as the joined type.
            (Type::VarTuple(_), Type::VarTuple(_))
            | (Type::List(_), Type::List(_))
            | (Type::Set(_), Type::Set(_))
            | (Type::FrozenSet(_), Type::FrozenSet(_))
            | (Type::Dict(_), Type::Dict(_))
            | (Type::Instance { .. }, Type::Instance { .. }) => Ok(Value { llvm: value.llvm, ty: target.clone() }),
            // None where an instance may be None: the null pointer.
            (Type::None, Type::Instance { .. }) => Ok(Value::new(self.ptr_type().const_null(), target.clone())),
            // A function where one of several may be: its id.
            (Type::Function(function), Type::Functions(_)) => Ok(Value::new(self.const_int(*function as i64), target.clone())),
            (Type::Functions(_), Type::Functions(_)) => Ok(Value { llvm: value.llvm, ty: target.clone() }),
            (Type::Tuple(members), Type::Tuple(targets)) if members.len() == targets.len() => {
                let (members, targets) = (members.clone(), targets.clone());
                let aggregate = value.get()?.into_struct_value();
                let mut parts = Vec::new();
                for (index, (member, member_target)) in members.iter().zip(&targets).enumerate() {
                    let llvm = if ModuleGenerator::has_value(member) { Some(self.builder.build_extract_value(aggregate, index as u32, "member")?) } else { None };
                    let part = self.coerce(Value { llvm, ty: member.clone() }, member_target)?;
                    parts.push(if part.llvm.is_none() { Value { llvm: None, ty: member_target.clone() } } else { part });
                }
                self.build_tuple_of(parts, target)
            }
            _ => Ok(value),
        }
    }

    /// `value` as a slot of a container whose elements have type `element`.
    pub(super) fn slot_as(&mut self, value: &Value<'ctx>, element: &Type) -> CodegenResult<IntValue<'ctx>> {
        let coerced = self.coerce(value.clone(), element)?;
        self.to_slot(&coerced)
    }

    fn build_tuple_of(&mut self, values: Vec<Value<'ctx>>, ty: &Type) -> CodegenResult<Value<'ctx>> {
        let struct_type = self.gen.llvm_type(ty).into_struct_type();
        let mut aggregate = struct_type.get_undef();
        for (index, value) in values.iter().enumerate() {
            let llvm = match value.llvm {
                Some(llvm) => llvm,
                None => self.i1(false).into(),
            };
            aggregate = self.builder.build_insert_value(aggregate, llvm, index as u32, "tuple")?.into_struct_value();
        }
        Ok(Value::new(aggregate, ty.clone()))
    }

    fn descriptor(&mut self, ty: &Type) -> PointerValue<'ctx> {
        self.gen.descriptor(ty)
    }

    // ----- object fields ---------------------------------------------------------

    pub(super) fn list_length(&mut self, list: PointerValue<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        let list_type = list_struct_type(self.gen.context);
        let field = self.builder.build_struct_gep(list_type, list, LIST_FIELD_LENGTH, "length.field")?;
        let length = self.builder.build_load(self.i64_type(), field, "length")?;
        self.tag(length, "list.length")?;
        self.mark_length(length)?;
        Ok(length.into_int_value())
    }

    /// Tells LLVM that a loaded length is never negative (`!range`), so
    /// that the bounds arithmetic of slices and indexing folds: a negative
    /// index plus the length, a clamp against it.
    pub(super) fn mark_length(&mut self, load: BasicValueEnum<'ctx>) -> CodegenResult<()> {
        use inkwell::values::BasicValue;
        let Some(instruction) = load.as_instruction_value() else { return Ok(()) };
        let i64_type = self.i64_type();
        let range = self.gen.context.metadata_node(&[i64_type.const_zero().into(), i64_type.const_int(i64::MAX as u64, false).into()]);
        let kind = self.gen.context.get_kind_id("range");
        instruction.set_metadata(range, kind).map_err(|_| CodegenError::new("cannot attach range metadata"))?;
        Ok(())
    }

    fn list_items(&mut self, list: PointerValue<'ctx>) -> CodegenResult<PointerValue<'ctx>> {
        let list_type = list_struct_type(self.gen.context);
        let field = self.builder.build_struct_gep(list_type, list, LIST_FIELD_ITEMS, "items.field")?;
        let items = self.builder.build_load(self.ptr_type(), field, "items")?;
        self.tag(items, "list.items")?;
        Ok(items.into_pointer_value())
    }

    /// Type-based alias information for LLVM: a list's length and items
    /// pointer live in the object, its slots in a separate buffer, so a store
    /// to a slot never changes them and loops keep them in registers.
    fn tag(&mut self, access: BasicValueEnum<'ctx>, class: &str) -> CodegenResult<()> {
        use inkwell::values::BasicValue;
        let Some(instruction) = access.as_instruction_value() else { return Ok(()) };
        let tag = self.gen.tbaa_tag(class);
        let kind = self.gen.context.get_kind_id("tbaa");
        instruction.set_metadata(tag, kind).map_err(|_| CodegenError::new("cannot attach alias metadata"))?;
        Ok(())
    }

    /// Loads an item as a 64-bit slot value (a byte item is widened).
    fn load_slot(&mut self, address: SlotAddress<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        if address.byte {
            let byte = self.builder.build_load(self.gen.context.i8_type(), address.pointer, "item_byte")?;
            self.tag(byte, "list.slot")?;
            return Ok(self.builder.build_int_z_extend(byte.into_int_value(), self.i64_type(), "item")?);
        }
        let slot = self.builder.build_load(self.i64_type(), address.pointer, "item")?;
        self.tag(slot, "list.slot")?;
        Ok(slot.into_int_value())
    }

    /// Stores a 64-bit slot value as an item (narrowed for a byte item: bool
    /// slots are 0 or 1).
    fn store_slot(&mut self, address: SlotAddress<'ctx>, slot: IntValue<'ctx>) -> CodegenResult<()> {
        let slot: BasicValueEnum<'ctx> =
            if address.byte { self.builder.build_int_truncate(slot, self.gen.context.i8_type(), "item_byte")?.into() } else { slot.into() };
        let store = self.builder.build_store(address.pointer, slot)?;
        let kind = self.gen.context.get_kind_id("tbaa");
        let tag = self.gen.tbaa_tag("list.slot");
        store.set_metadata(tag, kind).map_err(|_| CodegenError::new("cannot attach alias metadata"))?;
        Ok(())
    }

    /// The live-entry count of a dict or set.
    pub(super) fn sized_length(&mut self, object: PointerValue<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        let i32_type = self.gen.context.i32_type();
        let head = self.gen.context.struct_type(&[i32_type.into(), i32_type.into(), self.i64_type().into()], false);
        let field = self.builder.build_struct_gep(head, object, SIZED_OBJECT_FIELD_LENGTH, "length.field")?;
        let length = self.builder.build_load(self.i64_type(), field, "length")?;
        self.mark_length(length)?;
        Ok(length.into_int_value())
    }

    /// `len()` of a container or range value.
    pub(super) fn container_length(&mut self, value: &Value<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        match &value.ty {
            Type::List(_) | Type::VarTuple(_) => self.list_length(value.pointer()?),
            Type::Dict(_) | Type::Set(_) | Type::FrozenSet(_) | Type::DictView(..) => self.sized_length(value.pointer()?),
            Type::Range => {
                let aggregate = value.get()?.into_struct_value();
                let start = self.builder.build_extract_value(aggregate, 0, "start")?.into_int_value();
                let stop = self.builder.build_extract_value(aggregate, 1, "stop")?.into_int_value();
                let step = self.builder.build_extract_value(aggregate, 2, "step")?.into_int_value();
                self.range_length(start, stop, step)
            }
            other => Err(CodegenError::new(format!("len of {other}"))),
        }
    }

    /// CPython's range length: the count of `start + k*step` before `stop`.
    fn range_length(&mut self, start: IntValue<'ctx>, stop: IntValue<'ctx>, step: IntValue<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        let zero = self.const_int(0);
        let one = self.const_int(1);
        let positive = self.builder.build_int_compare(IntPredicate::SGT, step, zero, "ascending")?;
        // Distances are computed in unsigned arithmetic so that they cannot overflow.
        let up_distance = self.builder.build_int_sub(stop, start, "up")?;
        let down_distance = self.builder.build_int_sub(start, stop, "down")?;
        let has_up = self.builder.build_int_compare(IntPredicate::SLT, start, stop, "has_up")?;
        let has_down = self.builder.build_int_compare(IntPredicate::SGT, start, stop, "has_down")?;
        let magnitude = self.builder.build_select(positive, step, self.builder.build_int_neg(step, "neg_step")?, "magnitude")?.into_int_value();
        let distance = self.builder.build_select(positive, up_distance, down_distance, "distance")?.into_int_value();
        let nonempty = self.builder.build_select(positive, has_up, has_down, "nonempty")?.into_int_value();
        let less_one = self.builder.build_int_sub(distance, one, "distance_less_one")?;
        let quotient = self.builder.build_int_unsigned_div(less_one, magnitude, "quotient")?;
        let count = self.builder.build_int_add(quotient, one, "count")?;
        Ok(self.builder.build_select(nonempty, count, zero, "range_length")?.into_int_value())
    }

    /// Adds the length to a negative index and raises IndexError(`message`)
    /// unless the result is in `0..length`.
    ///
    /// An index already in `0..length` (nearly every index) takes one
    /// unsigned comparison and a well-predicted branch; only the others pay
    /// for the adjustment. (A select that always adjusts costs three more
    /// instructions on every access, in the innermost loops.)
    fn checked_index(&mut self, index: IntValue<'ctx>, length: IntValue<'ctx>, message: &str) -> CodegenResult<IntValue<'ctx>> {
        let inside = self.builder.build_int_compare(IntPredicate::ULT, index, length, "inside")?;
        if let Some(known) = inside.get_zero_extended_constant() {
            if known == 1 {
                return Ok(index);
            }
        }
        let before = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        let adjust_block = self.append_block("index.adjust");
        let join = self.append_block("index.inside");
        let branch = self.builder.build_conditional_branch(inside, join, adjust_block)?;
        self.set_branch_weights(branch, 2000, 1)?;
        self.builder.position_at_end(adjust_block);
        // A negative index counts from the end; any index that is still
        // outside (too negative, or not negative at all) wraps to an
        // unsigned value of at least `length`.
        let adjusted = self.builder.build_int_add(index, length, "adjusted")?;
        let outside = self.builder.build_int_compare(IntPredicate::UGE, adjusted, length, "outside")?;
        self.raise_if(outside, ExceptionKind::IndexError, message)?;
        let adjusted_end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        self.builder.build_unconditional_branch(join)?;
        self.builder.position_at_end(join);
        let result = self.builder.build_phi(self.i64_type(), "index")?;
        result.add_incoming(&[(&index, before), (&adjusted, adjusted_end)]);
        Ok(result.as_basic_value().into_int_value())
    }

    /// The address of item `index` of a list (or run-time-length tuple) of
    /// `element`s: lists of bools store a byte per item
    /// (`taipan_abi::list_flags::ITEMS_BYTES`), all others a 64-bit slot.
    fn list_slot_address(&mut self, list: PointerValue<'ctx>, index: IntValue<'ctx>, element: &Type) -> CodegenResult<SlotAddress<'ctx>> {
        let items = self.list_items(list)?;
        let byte = *element == Type::Bool;
        let item_type: inkwell::types::BasicTypeEnum<'ctx> = if byte { self.gen.context.i8_type().into() } else { self.i64_type().into() };
        let pointer = unsafe { self.builder.build_gep(item_type, items, &[index], "item.address")? };
        Ok(SlotAddress { pointer, byte })
    }

    fn list_element_type(ty: &Type) -> Type {
        match ty {
            Type::List(c) | Type::Set(c) | Type::FrozenSet(c) | Type::Dict(c) => c.element().clone(),
            Type::VarTuple(element) => (**element).clone(),
            _ => Type::Unknown,
        }
    }

    // ----- displays ----------------------------------------------------------------

    pub(super) fn new_list(&mut self, length: IntValue<'ctx>, ty: &Type) -> CodegenResult<PointerValue<'ctx>> {
        let element = Self::list_element_type(ty);
        let descriptor = self.descriptor(&element);
        Ok(self.call_runtime_value(names::taipan_list_new, &[length.into(), descriptor.into()], "list")?.into_pointer_value())
    }

    fn new_set(&mut self, ty: &Type) -> CodegenResult<PointerValue<'ctx>> {
        let element = Self::list_element_type(ty);
        let descriptor = self.descriptor(&element);
        let frozen = self.gen.context.i8_type().const_int(matches!(ty, Type::FrozenSet(_)) as u64, false);
        Ok(self.call_runtime_value(names::taipan_set_new, &[descriptor.into(), frozen.into()], "set")?.into_pointer_value())
    }

    pub(super) fn new_dict(&mut self, ty: &Type) -> CodegenResult<PointerValue<'ctx>> {
        let Type::Dict(c) = ty else { return Err(CodegenError::new(format!("dict of type {ty}"))) };
        let (key, value) = (c.element().clone(), c.value().clone());
        let key_descriptor = self.descriptor(&key);
        let value_descriptor = self.descriptor(&value);
        Ok(self.call_runtime_value(names::taipan_dict_new, &[key_descriptor.into(), value_descriptor.into()], "dict")?.into_pointer_value())
    }

    pub(super) fn emit_list_display(&mut self, elements: &[Expr], ty: &Type) -> CodegenResult<Value<'ctx>> {
        let mut values = Vec::new();
        for element in elements {
            let value = self.emit_expr(element)?;
            if value.is_never() {
                return Ok(Value::never());
            }
            values.push(value);
        }
        let list = self.new_list(self.const_int(values.len() as i64), ty)?;
        let element = Self::list_element_type(ty);
        for (index, value) in values.iter().enumerate() {
            let slot = self.slot_as(value, &element)?;
            let address = self.list_slot_address(list, self.const_int(index as i64), &element)?;
            self.store_slot(address, slot)?;
        }
        Ok(Value::new(list, ty.clone()))
    }

    pub(super) fn emit_set_display(&mut self, elements: &[Expr], ty: &Type) -> CodegenResult<Value<'ctx>> {
        let mut values = Vec::new();
        for element in elements {
            let value = self.emit_expr(element)?;
            if value.is_never() {
                return Ok(Value::never());
            }
            values.push(value);
        }
        let set = self.new_set(ty)?;
        let element = Self::list_element_type(ty);
        for value in &values {
            let slot = self.slot_as(value, &element)?;
            self.call_runtime(names::taipan_set_add, &[set.into(), slot.into()], "")?;
        }
        if elements.len() >= 3 && elements.iter().all(is_constant) {
            let constant = self.constant_set_from(set, ty)?;
            let copy = self.call_runtime_value(names::taipan_set_copy, &[constant.into(), self.gen.context.i8_type().const_zero().into()], "display")?;
            return Ok(Value { llvm: Some(copy), ty: ty.clone() });
        }
        Ok(Value::new(set, ty.clone()))
    }

    /// CPython compiles a display of three or more constants to a frozenset
    /// constant, built by adding the elements of the display's first set in
    /// that set's order; a display copies it, and `for x in {...}` iterates it
    /// directly. The iteration orders follow from that.
    fn constant_set_from(&mut self, set: PointerValue<'ctx>, ty: &Type) -> CodegenResult<PointerValue<'ctx>> {
        {
            let frozen_type = Type::FrozenSet(taipan_typeinfer::types::Container::structural(vec![Self::list_element_type(ty)]));
            let constant = self.new_set(&frozen_type)?;
            self.feed_items(&Value::new(set, ty.clone()), constant, names::taipan_set_add, None)?;
            Ok(constant)
        }
    }

    pub(super) fn emit_dict_display(&mut self, items: &[(Expr, Expr)], ty: &Type) -> CodegenResult<Value<'ctx>> {
        let mut values = Vec::new();
        for (key, value) in items {
            let key = self.emit_expr(key)?;
            let value = self.emit_expr(value)?;
            if key.is_never() || value.is_never() {
                return Ok(Value::never());
            }
            values.push((key, value));
        }
        let dict = self.new_dict(ty)?;
        let (key_type, value_type) = match ty {
            Type::Dict(c) => (c.element().clone(), c.value().clone()),
            _ => (Type::Unknown, Type::Unknown),
        };
        for (key, value) in &values {
            let key_slot = self.slot_as(key, &key_type)?;
            let value_slot = self.slot_as(value, &value_type)?;
            self.call_runtime(names::taipan_dict_set_item, &[dict.into(), key_slot.into(), value_slot.into()], "")?;
        }
        Ok(Value::new(dict, ty.clone()))
    }

    // ----- indexing and slicing --------------------------------------------------

    pub(super) fn emit_container_index(&mut self, container: &Value<'ctx>, index: &Value<'ctx>, result_type: &Type) -> CodegenResult<Value<'ctx>> {
        self.emit_container_index_inner(container, index, result_type, "list index out of range")
    }

    pub(super) fn emit_container_index_with(&mut self, container: &Value<'ctx>, index: &Value<'ctx>, message: &str) -> CodegenResult<Value<'ctx>> {
        self.emit_container_index_inner(container, index, &Type::Unknown, message)
    }

    fn emit_container_index_inner(&mut self, container: &Value<'ctx>, index: &Value<'ctx>, result_type: &Type, message: &str) -> CodegenResult<Value<'ctx>> {
        match &container.ty {
            Type::List(c) => {
                let element = c.element().clone();
                let list = container.pointer()?;
                let index = self.as_i64(index)?;
                let length = self.list_length(list)?;
                let index = self.checked_index(index, length, message)?;
                let address = self.list_slot_address(list, index, &element)?;
                let slot = self.load_slot(address)?;
                self.from_slot(slot, &element)
            }
            Type::Dict(c) if *c.element() == Type::Unknown => {
                // A dict that never holds a key: every lookup raises KeyError,
                // shown with the key's own repr.
                self.raise_key_error(index)?;
                Ok(Value::never())
            }
            Type::Dict(c) => {
                let value_type = c.value().clone();
                let key = self.slot_as(index, c.element())?;
                let slot = self.call_runtime_value(names::taipan_dict_get_item, &[container.get()?, key.into()], "value")?.into_int_value();
                self.from_slot(slot, &value_type)
            }
            Type::Range => {
                let aggregate = container.get()?.into_struct_value();
                let start = self.builder.build_extract_value(aggregate, 0, "start")?.into_int_value();
                let step = self.builder.build_extract_value(aggregate, 2, "step")?.into_int_value();
                let length = self.container_length(container)?;
                let index = self.as_i64(index)?;
                let index = self.checked_index(index, length, "range object index out of range")?;
                let offset = self.builder.build_int_mul(index, step, "offset")?;
                Ok(Value::new(self.builder.build_int_add(start, offset, "item")?, Type::Int))
            }
            Type::Tuple(members) => {
                // A non-constant index into a tuple whose members share a type.
                let element = result_type.clone();
                let length = members.len() as u32;
                let items = self.spill_tuple(container, &element)?;
                let index = self.as_i64(index)?;
                let index = self.checked_index(index, self.const_int(length as i64), "tuple index out of range")?;
                let llvm_type = self.gen.llvm_type(&element);
                let address = unsafe { self.builder.build_gep(llvm_type, items, &[index], "member.address")? };
                if !ModuleGenerator::has_value(&element) {
                    return Ok(Value { llvm: None, ty: element });
                }
                let loaded = self.builder.build_load(llvm_type, address, "member")?;
                Ok(Value { llvm: Some(loaded), ty: element })
            }
            other => Err(CodegenError::new(format!("indexing {other}"))),
        }
    }

    pub(super) fn raise_key_error(&mut self, key: &Value<'ctx>) -> CodegenResult<()> {
        let text = self.emit_to_str(key, true)?;
        self.emit_raise_with(ExceptionKind::KeyError, text)
    }

    /// Stores the members of a tuple whose members share `element`'s type in
    /// a stack array, for indexing and iteration by position.
    fn spill_tuple(&mut self, tuple: &Value<'ctx>, element: &Type) -> CodegenResult<PointerValue<'ctx>> {
        let Type::Tuple(members) = &tuple.ty else { return Err(CodegenError::new("spilling a non-tuple")) };
        let count = members.len().max(1) as u32;
        let llvm_type = self.gen.llvm_type(element);
        let array = self.entry_alloca(inkwell::types::BasicType::array_type(&llvm_type, count), "tuple.items")?;
        if ModuleGenerator::has_value(element) {
            let aggregate = tuple.get()?.into_struct_value();
            for (index, member_type) in members.iter().enumerate() {
                let llvm = if ModuleGenerator::has_value(member_type) { Some(self.builder.build_extract_value(aggregate, index as u32, "member")?) } else { None };
                // A member of another type than the element (a None among
                // instances, anything among a union's members) is coerced.
                let member = self.coerce(Value { llvm, ty: member_type.clone() }, element)?;
                let address = unsafe { self.builder.build_gep(llvm_type, array, &[self.const_int(index as i64)], "slot")? };
                self.builder.build_store(address, member.get()?)?;
            }
        }
        Ok(array)
    }

    /// A slice bound: `ABSENT_INT` when omitted (or None), otherwise the int
    /// itself. Inline slice code tells absence from the constant; runtime
    /// calls take the bound through `for_runtime`.
    fn slice_bound(&mut self, bound: &Option<Box<Expr>>) -> CodegenResult<Option<IntValue<'ctx>>> {
        match bound {
            None => Ok(Some(self.const_int(ABSENT_INT))),
            Some(expr) => {
                // A literal (`-1` is a negation in the tree) is a constant, so
                // that slices with constant steps fold.
                if let Some(constant) = taipan_typeinfer::constant_int(expr) {
                    return Ok(Some(self.const_int(if constant == ABSENT_INT { ABSENT_INT + 1 } else { constant })));
                }
                let value = self.emit_expr(expr)?;
                if value.is_never() {
                    return Ok(None);
                }
                match value.ty {
                    Type::None => Ok(Some(self.const_int(ABSENT_INT))),
                    _ => Ok(Some(self.as_i64(&value)?)),
                }
            }
        }
    }

    /// A slice bound from `slice_bound` as the runtime takes it: a computed
    /// `i64::MIN` moved off the omitted-bound sentinel (`as_present_i64`).
    fn for_runtime(&mut self, bound: IntValue<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        if bound.is_const() {
            return Ok(bound);
        }
        self.as_present_i64(&Value::new(bound, Type::Int))
    }

    /// `(start, stop, step)` of a slice for the runtime, evaluated left to
    /// right; a zero step raises as CPython does.
    fn slice_bounds(&mut self, bounds: &SliceBounds) -> CodegenResult<Option<[IntValue<'ctx>; 3]>> {
        let Some(raw) = self.raw_slice_bounds(bounds)? else { return Ok(None) };
        Ok(Some([self.for_runtime(raw[0])?, self.for_runtime(raw[1])?, self.for_runtime(raw[2])?]))
    }

    /// `slice_bounds` as `slice_bound` gives them, for inline slice code.
    fn raw_slice_bounds(&mut self, bounds: &SliceBounds) -> CodegenResult<Option<[IntValue<'ctx>; 3]>> {
        let Some(start) = self.slice_bound(&bounds.start)? else { return Ok(None) };
        let Some(stop) = self.slice_bound(&bounds.stop)? else { return Ok(None) };
        let Some(step) = self.slice_bound(&bounds.step)? else { return Ok(None) };
        let zero = self.builder.build_int_compare(IntPredicate::EQ, step, self.const_int(0), "zero_step")?;
        self.raise_if(zero, ExceptionKind::ValueError, "slice step cannot be zero")?;
        Ok(Some([start, stop, step]))
    }

    pub(super) fn emit_slice(&mut self, value: &Expr, bounds: &SliceBounds, ty: &Type) -> CodegenResult<Value<'ctx>> {
        let container = self.emit_expr(value)?;
        if container.is_never() {
            return Ok(Value::never());
        }
        // A fixed-length tuple sliced at bounds known only at run time gives
        // a tuple of run-time length: the tuple becomes one (its members
        // coerced to the joined element type), then is sliced as such.
        let container = match (&container.ty, ty) {
            (Type::Tuple(_), Type::VarTuple(_)) => self.coerce(container, ty)?,
            _ => container,
        };
        if let Type::Tuple(members) = &container.ty {
            let constant = |bound: &Option<Box<Expr>>| match bound {
                None => Some(None),
                Some(expr) => taipan_typeinfer::constant_int(expr).map(Some),
            };
            let (Some(start), Some(stop), Some(step)) = (constant(&bounds.start), constant(&bounds.stop), constant(&bounds.step)) else {
                return Err(CodegenError::new("non-constant tuple slice"));
            };
            if step == Some(0) {
                self.emit_raise(ExceptionKind::ValueError, "slice step cannot be zero")?;
                return Ok(Value::never());
            }
            let indices = taipan_typeinfer::slice_indices(members.len() as i64, start, stop, step.unwrap_or(1)).unwrap_or_default();
            let aggregate = container.get()?.into_struct_value();
            let mut values = Vec::new();
            for index in indices {
                let member = members[index].clone();
                let llvm = if ModuleGenerator::has_value(&member) {
                    Some(self.builder.build_extract_value(aggregate, index as u32, "member")?)
                } else {
                    None
                };
                values.push(Value { llvm, ty: member });
            }
            return self.build_tuple_of(values, ty);
        }
        let Some([start, stop, step]) = self.slice_bounds(bounds)? else { return Ok(Value::never()) };
        if container.ty == Type::Range {
            let aggregate = container.get()?.into_struct_value();
            let parts: Vec<IntValue<'ctx>> = (0..3)
                .map(|index| self.builder.build_extract_value(aggregate, index, "range_part").map(|part| part.into_int_value()))
                .collect::<Result<_, _>>()?;
            let out = self.entry_alloca(self.i64_type().array_type(3), "range_slice")?;
            self.call_runtime(
                names::taipan_range_slice,
                &[parts[0].into(), parts[1].into(), parts[2].into(), start.into(), stop.into(), step.into(), out.into()],
                "",
            )?;
            let range_type = self.gen.llvm_type(&Type::Range).into_struct_type();
            let mut result = range_type.get_undef();
            for index in 0..3u32 {
                let address = unsafe { self.builder.build_gep(self.i64_type(), out, &[self.const_int(index as i64)], "part")? };
                let part = self.builder.build_load(self.i64_type(), address, "part")?;
                result = self.builder.build_insert_value(result, part, index, "range")?.into_struct_value();
            }
            return Ok(Value::new(result, Type::Range));
        }
        let whole = [start, stop, step].iter().all(|bound| bound.get_sign_extended_constant() == Some(ABSENT_INT));
        if whole && matches!(container.ty, Type::List(_)) {
            // `items[:]`, the copy idiom: no bounds to adjust.
            let copy = self.call_runtime_value(names::taipan_list_copy, &[container.get()?], "copy")?;
            return Ok(Value { llvm: Some(copy), ty: container.ty.clone() });
        }
        let function = match container.ty {
            Type::Str => names::taipan_str_slice,
            Type::List(_) | Type::VarTuple(_) => names::taipan_list_slice,
            _ => return Err(CodegenError::new(format!("slicing {}", container.ty))),
        };
        let result = self.call_runtime_value(function, &[container.get()?, start.into(), stop.into(), step.into()], "slice")?;
        Ok(Value { llvm: Some(result), ty: container.ty.clone() })
    }

    pub(super) fn emit_store_item(&mut self, container: &Value<'ctx>, index: &Value<'ctx>, value: &Value<'ctx>) -> CodegenResult<()> {
        match &container.ty {
            Type::List(_) => {
                let list = container.pointer()?;
                let index = self.as_i64(index)?;
                let length = self.list_length(list)?;
                let index = self.checked_index(index, length, "list assignment index out of range")?;
                let slot = self.slot_as(value, &Self::list_element_type(&container.ty))?;
                let address = self.list_slot_address(list, index, &Self::list_element_type(&container.ty))?;
                self.store_slot(address, slot)?;
            }
            Type::Dict(c) => {
                let key = self.slot_as(index, c.element())?;
                let slot = self.slot_as(value, c.value())?;
                self.call_runtime(names::taipan_dict_set_item, &[container.get()?, key.into(), slot.into()], "")?;
            }
            other => return Err(CodegenError::new(format!("item assignment to {other}"))),
        }
        Ok(())
    }

    /// Assignment and `del` of subscript targets.
    pub(super) fn emit_subscript_target(&mut self, target: &Target, value: Option<&Value<'ctx>>) -> CodegenResult<()> {
        match target {
            Target::Index { value: container, index: index_expr, .. } => {
                if value.is_some() {
                    self.narrowed_receiver = Some((container.id, super::SET_ITEM_NARROWING.to_string()));
                }
                let container = self.emit_expr(container)?;
                let index = self.emit_expr(index_expr)?;
                if container.is_never() || index.is_never() {
                    return Ok(());
                }
                if let Type::Instance { .. } = container.ty {
                    match value {
                        Some(value) => {
                            self.emit_required_dunder((index_expr.id, Dunder::SetItem), container, &[index, value.clone()], "__setitem__", &Type::None)?
                        }
                        None => self.emit_required_dunder((index_expr.id, Dunder::DelItem), container, &[index], "__delitem__", &Type::None)?,
                    };
                    return Ok(());
                }
                match value {
                    Some(value) => self.emit_store_item(&container, &index, value),
                    None => match &container.ty {
                        Type::List(_) => {
                            let index = self.as_i64(&index)?;
                            self.call_runtime(names::taipan_list_delete_item, &[container.get()?, index.into()], "")?;
                            Ok(())
                        }
                        Type::Dict(c) if *c.element() == Type::Unknown => {
                            self.raise_key_error(&index)?;
                            Ok(())
                        }
                        Type::Dict(c) => {
                            let key = self.slot_as(&index, c.element())?;
                            self.call_runtime(names::taipan_dict_delete_item, &[container.get()?, key.into()], "")?;
                            Ok(())
                        }
                        other => Err(CodegenError::new(format!("deleting an item of {other}"))),
                    },
                }
            }
            Target::Slice { value: container, bounds, .. } => {
                let container = self.emit_expr(container)?;
                if container.is_never() {
                    return Ok(());
                }
                let Some([start, stop, step]) = self.slice_bounds(bounds)? else { return Ok(()) };
                match value {
                    Some(value) => {
                        let values = value.get()?;
                        self.call_runtime(names::taipan_list_set_slice, &[container.get()?, start.into(), stop.into(), step.into(), values], "")?;
                    }
                    None => {
                        self.call_runtime(names::taipan_list_delete_slice, &[container.get()?, start.into(), stop.into(), step.into()], "")?;
                    }
                }
                Ok(())
            }
            _ => Err(CodegenError::new("subscript target expected")),
        }
    }

    /// `a[i:j] = b[k:l:m]` on lists: assigned without building `b[k:l:m]`.
    pub(super) fn is_slice_to_slice(&self, targets: &[Target], value: &Expr) -> bool {
        let [Target::Slice { value: target_list, .. }] = targets else { return false };
        let ExprKind::Slice { value: source_list, .. } = &value.kind else { return false };
        let list_typed = |expr: &Expr| matches!(self.expr_type(expr), Type::List(_));
        // The source is read after the target is evaluated, so the target
        // must not be able to run code that could change the source.
        let Target::Slice { bounds, .. } = &targets[0] else { return false };
        let quiet = |bound: &Option<Box<Expr>>| bound.as_deref().map_or(true, runs_no_code);
        list_typed(target_list)
            && list_typed(source_list)
            && self.expr_type(target_list) == self.expr_type(source_list)
            && runs_no_code(target_list)
            && quiet(&bounds.start)
            && quiet(&bounds.stop)
            && quiet(&bounds.step)
    }

    pub(super) fn emit_slice_to_slice(&mut self, target: &Target, value: &Expr) -> CodegenResult<()> {
        let (Target::Slice { value: target_list, bounds: target_bounds, .. }, ExprKind::Slice { value: source_list, bounds: source_bounds }) =
            (target, &value.kind)
        else {
            return Err(CodegenError::new("slice-to-slice assignment"));
        };
        // CPython evaluates the right-hand side first, then the target.
        let source = self.emit_expr(source_list)?;
        if source.is_never() {
            return Ok(());
        }
        let Some([source_start, source_stop, source_step]) = self.raw_slice_bounds(source_bounds)? else { return Ok(()) };
        let destination = self.emit_expr(target_list)?;
        if destination.is_never() {
            return Ok(());
        }
        let Some([start, stop, step]) = self.raw_slice_bounds(target_bounds)? else { return Ok(()) };
        // The common shape, `a[i:j] = b[k:l:m]` with as many items on both
        // sides (a fannkuch flip, `perm[:k+1] = perm[k::-1]`) and at most
        // SLICE_SCRATCH of them, is copied inline through a stack buffer (the
        // lists may be one list); anything else goes to the runtime.
        let join = self.append_block("slice_copy.done");
        let runtime_block = self.append_block("slice_copy.runtime");
        if step.get_sign_extended_constant() == Some(ABSENT_INT) || step.get_sign_extended_constant() == Some(1) {
            let source_list = source.pointer()?;
            let destination_list = destination.pointer()?;
            let source_length = self.list_length(source_list)?;
            let destination_length = self.list_length(destination_list)?;
            let lists = InlineSliceCopy {
                source_list,
                destination_list,
                source_element: Self::list_element_type(&source.ty),
                destination_element: Self::list_element_type(&destination.ty),
                runtime_block,
                join,
            };
            let unit_source_step = match source_step.get_sign_extended_constant() {
                Some(ABSENT_INT) | Some(1) => Some(false),
                Some(-1) => Some(true),
                _ => None,
            };
            if let Some(backwards) = unit_source_step {
                // With unit steps, bounds already inside the lists (the usual
                // case: `perm[:k+1] = perm[k::-1]` with `0 <= k < len`) need
                // no adjusting, and LLVM then sees that both sides have the
                // same size (and, for a flip, that the ranges mirror each
                // other) without a runtime test.
                let (source_first, source_count, source_inside) = self.emit_unit_slice_within(source_length, source_start, source_stop, backwards)?;
                let (low, destination_count, destination_inside) = self.emit_unit_slice_within(destination_length, start, stop, false)?;
                let inside = self.builder.build_and(source_inside, destination_inside, "bounds_inside")?;
                let fast_block = self.append_block("slice_copy.unadjusted");
                let adjusted_block = self.append_block("slice_copy.adjusted");
                let branch = self.builder.build_conditional_branch(inside, fast_block, adjusted_block)?;
                self.set_branch_weights(branch, 1000, 1)?;
                self.builder.position_at_end(fast_block);
                let source_step = self.const_int(if backwards { -1 } else { 1 });
                self.emit_inline_slice_copy(&lists, source_first, source_count, source_step, low, destination_count)?;
                self.builder.position_at_end(adjusted_block);
            }
            let (first, source_count) = self.emit_adjusted_slice(source_length, source_start, source_stop, source_step)?;
            let (low, destination_count) = self.emit_adjusted_slice(destination_length, start, stop, step)?;
            let source_step = self.builder.build_select(
                self.builder.build_int_compare(IntPredicate::EQ, source_step, self.const_int(ABSENT_INT), "default_step")?,
                self.const_int(1),
                source_step,
                "source_step",
            )?;
            self.emit_inline_slice_copy(&lists, first, source_count, source_step.into_int_value(), low, destination_count)?;
        } else {
            self.builder.build_unconditional_branch(runtime_block)?;
        }
        self.builder.position_at_end(runtime_block);
        let runtime = [self.for_runtime(start)?, self.for_runtime(stop)?, self.for_runtime(step)?];
        let source_runtime = [self.for_runtime(source_start)?, self.for_runtime(source_stop)?, self.for_runtime(source_step)?];
        self.call_runtime(
            names::taipan_list_set_slice_from_slice,
            &[
                destination.get()?,
                runtime[0].into(),
                runtime[1].into(),
                runtime[2].into(),
                source.get()?,
                source_runtime[0].into(),
                source_runtime[1].into(),
                source_runtime[2].into(),
            ],
            "",
        )?;
        self.builder.build_unconditional_branch(join)?;
        self.builder.position_at_end(join);
        Ok(())
    }

    /// The first index and item count of a unit-step slice whose bounds
    /// need no adjusting, and whether that holds: a given start or stop lies
    /// in `0..=length` going forwards, in `0..length` going backwards (an
    /// omitted one takes its default directly), and the range is not
    /// reversed. Otherwise the caller adjusts.
    fn emit_unit_slice_within(
        &mut self,
        length: IntValue<'ctx>,
        start: IntValue<'ctx>,
        stop: IntValue<'ctx>,
        backwards: bool,
    ) -> CodegenResult<(IntValue<'ctx>, IntValue<'ctx>, IntValue<'ctx>)> {
        let is_absent = |value: IntValue<'ctx>| value.get_sign_extended_constant() == Some(ABSENT_INT);
        // A given bound is used as it is only if it lies inside the list.
        let mut inside = self.i1(true);
        let fits_predicate = if backwards { IntPredicate::ULT } else { IntPredicate::ULE };
        for bound in [start, stop] {
            if !is_absent(bound) {
                let fits = self.builder.build_int_compare(fits_predicate, bound, length, "bound_inside")?;
                inside = self.builder.build_and(inside, fits, "bounds_inside")?;
            }
        }
        let (first, end) = if backwards {
            let last = self.builder.build_int_sub(length, self.const_int(1), "last")?;
            // An omitted stop going backwards lies before index 0.
            (if is_absent(start) { last } else { start }, if is_absent(stop) { self.const_int(-1) } else { stop })
        } else {
            (if is_absent(start) { self.const_int(0) } else { start }, if is_absent(stop) { length } else { stop })
        };
        // An empty range (stop before start) also goes the adjusting way, so
        // that here the count is a plain difference LLVM can compare.
        // With a bound omitted, the range cannot be reversed once the given
        // bound lies inside, so only two given bounds need the test.
        let (from, to) = if backwards { (end, first) } else { (first, end) };
        let inside = if is_absent(start) || is_absent(stop) {
            inside
        } else {
            let ordered = self.builder.build_int_compare(IntPredicate::SLE, from, to, "ordered")?;
            self.builder.build_and(inside, ordered, "bounds_inside")?
        };
        let count = self.builder.build_int_sub(to, from, "count")?;
        Ok((first, count, inside))
    }

    /// Marks a conditional branch as taken `taken` times for every
    /// `not_taken` times it is not, so that LLVM keeps the rare path out of
    /// line instead of folding both into selects.
    fn set_branch_weights(&mut self, branch: inkwell::values::InstructionValue<'ctx>, taken: u32, not_taken: u32) -> CodegenResult<()> {
        let context = self.gen.context;
        let i32_type = context.i32_type();
        let weights = context.metadata_node(&[
            context.metadata_string("branch_weights").into(),
            i32_type.const_int(taken as u64, false).into(),
            i32_type.const_int(not_taken as u64, false).into(),
        ]);
        branch.set_metadata(weights, context.get_kind_id("prof")).map_err(|_| CodegenError::new("cannot attach branch weights"))?;
        Ok(())
    }

    /// Copies the items of `source` into `old`, a list of the same type that
    /// nothing else refers to (null when there is none yet), and returns the
    /// list that holds the copy. Equal lengths, the steady state of a loop
    /// that copies a permutation each round, copy inline; anything else goes
    /// to `taipan_list_copy_into`, which resizes or allocates.
    pub(super) fn emit_list_copy_into(&mut self, old: PointerValue<'ctx>, source: PointerValue<'ctx>, list_type: &Type) -> CodegenResult<PointerValue<'ctx>> {
        let element = Self::list_element_type(list_type);
        let has_old = self.append_block("copy_into.has_old");
        let inline_block = self.append_block("copy_into.inline");
        let runtime_block = self.append_block("copy_into.runtime");
        let join = self.append_block("copy_into.done");
        let null = self.builder.build_is_null(old, "copy_into.no_old")?;
        self.builder.build_conditional_branch(null, runtime_block, has_old)?;
        self.builder.position_at_end(has_old);
        let length = self.list_length(source)?;
        let old_length = self.list_length(old)?;
        let same_length = self.builder.build_int_compare(IntPredicate::EQ, length, old_length, "copy_into.same_length")?;
        self.builder.build_conditional_branch(same_length, inline_block, runtime_block)?;
        self.builder.position_at_end(inline_block);
        // When `old` is `source` the loop copies each item onto itself.
        self.emit_counted_loop(length, "copy_into", |this, index| {
            let from = this.list_slot_address(source, index, &element)?;
            let to = this.list_slot_address(old, index, &element)?;
            let item_type: inkwell::types::BasicTypeEnum<'ctx> =
                if from.byte { this.gen.context.i8_type().into() } else { this.i64_type().into() };
            let item = this.builder.build_load(item_type, from.pointer, "copy_into.item")?;
            this.tag(item, "list.slot")?;
            // Volatile, so that LLVM keeps the loop rather than calling
            // memmove, which costs more than the loop for the few items of
            // a typical permutation.
            if let Some(load) = inkwell::values::BasicValue::as_instruction_value(&item) {
                load.set_volatile(true).map_err(|_| CodegenError::new("cannot mark a load volatile"))?;
            }
            let store = this.builder.build_store(to.pointer, item)?;
            let kind = this.gen.context.get_kind_id("tbaa");
            store.set_metadata(this.gen.tbaa_tag("list.slot"), kind).map_err(|_| CodegenError::new("cannot attach alias metadata"))?;
            Ok(())
        })?;
        let inline_end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        self.builder.build_unconditional_branch(join)?;
        self.builder.position_at_end(runtime_block);
        let copied = self.call_runtime_value(names::taipan_list_copy_into, &[old.into(), source.into()], "copy")?.into_pointer_value();
        let runtime_end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        self.builder.build_unconditional_branch(join)?;
        self.builder.position_at_end(join);
        let result = self.builder.build_phi(self.ptr_type(), "copy")?;
        result.add_incoming(&[(&old, inline_end), (&copied, runtime_end)]);
        Ok(result.as_basic_value().into_pointer_value())
    }

    /// Attaches `llvm.loop.unroll.disable` to a loop's back-edge branch. A
    /// loop ID must be a node whose first operand is itself, which only a
    /// temporary node replaced afterwards can build (clang does the same).
    fn disable_unrolling(&mut self, back_edge: inkwell::values::InstructionValue<'ctx>) -> CodegenResult<()> {
        use inkwell::llvm_sys::{core, debuginfo};
        const OPTION: &str = "llvm.loop.unroll.disable";
        const KIND: &str = "llvm.loop";
        // Safety: every reference comes from this context, and the
        // temporary node is replaced (and so freed) before anything else
        // can see it.
        unsafe {
            let context = self.gen.context.raw();
            let mut option_name = [core::LLVMMDStringInContext2(context, OPTION.as_ptr().cast(), OPTION.len())];
            let option = core::LLVMMDNodeInContext2(context, option_name.as_mut_ptr(), 1);
            let placeholder = debuginfo::LLVMTemporaryMDNode(context, std::ptr::null_mut(), 0);
            let mut operands = [placeholder, option];
            let loop_id = core::LLVMMDNodeInContext2(context, operands.as_mut_ptr(), operands.len());
            debuginfo::LLVMMetadataReplaceAllUsesWith(placeholder, loop_id);
            let kind = core::LLVMGetMDKindIDInContext(context, KIND.as_ptr().cast(), KIND.len() as u32);
            core::LLVMSetMetadata(inkwell::values::AsValueRef::as_value_ref(&back_edge), kind, core::LLVMMetadataAsValue(context, loop_id));
        }
        Ok(())
    }

    /// Copies `source_count` items from `first` by `source_step` onto the
    /// `destination_count` items from `low` inline when the counts agree and
    /// fit the stack buffer (a slice reversed onto itself swaps in place);
    /// otherwise branches to the runtime call. Ends at `lists.join`.
    fn emit_inline_slice_copy(
        &mut self,
        lists: &InlineSliceCopy<'ctx>,
        first: IntValue<'ctx>,
        source_count: IntValue<'ctx>,
        source_step: IntValue<'ctx>,
        low: IntValue<'ctx>,
        destination_count: IntValue<'ctx>,
    ) -> CodegenResult<()> {
        let InlineSliceCopy { source_list, destination_list, ref source_element, ref destination_element, runtime_block, join } = *lists;
        let same_size = self.builder.build_int_compare(IntPredicate::EQ, source_count, destination_count, "same_size")?;
        let inline_block = self.append_block("slice_copy.inline");
        self.builder.build_conditional_branch(same_size, inline_block, runtime_block)?;
        self.builder.position_at_end(inline_block);
        // A slice reversed onto itself (the flip) swaps pairs in place, for
        // any size: it needs no buffer.
        let same_list = self.builder.build_int_compare(IntPredicate::EQ, source_list, destination_list, "same_list")?;
        let backwards = self.builder.build_int_compare(IntPredicate::EQ, source_step, self.const_int(-1), "backwards")?;
        let last = self.builder.build_int_add(low, self.builder.build_int_sub(source_count, self.const_int(1), "count_less_one")?, "last")?;
        let mirrored = self.builder.build_int_compare(IntPredicate::EQ, first, last, "mirrored")?;
        let in_place = self.builder.build_and(self.builder.build_and(same_list, backwards, "same_backwards")?, mirrored, "in_place")?;
        let swap_block = self.append_block("slice_copy.swap");
        let fits_block = self.append_block("slice_copy.fits");
        self.builder.build_conditional_branch(in_place, swap_block, fits_block)?;
        self.builder.position_at_end(swap_block);
        self.emit_mirrored_swap(destination_list, destination_element, low, last)?;
        self.builder.build_unconditional_branch(join)?;
        self.builder.position_at_end(fits_block);
        let fits = self.builder.build_int_compare(IntPredicate::ULE, source_count, self.const_int(SLICE_SCRATCH as i64), "fits")?;
        let copy_block = self.append_block("slice_copy.copy");
        self.builder.build_conditional_branch(fits, copy_block, runtime_block)?;
        let scratch = self.entry_alloca(self.i64_type().array_type(SLICE_SCRATCH), "slice_copy.scratch")?;
        self.builder.position_at_end(copy_block);
        // Gather, then scatter: the source slots are all read before any
        // destination slot is written.
        self.emit_counted_loop(source_count, "slice_copy.gather", |this, index| {
            let offset = this.builder.build_int_mul(index, source_step, "offset")?;
            let position = this.builder.build_int_add(first, offset, "position")?;
            let address = this.list_slot_address(source_list, position, source_element)?;
            let slot = this.load_slot(address)?;
            let scratch_slot = unsafe { this.builder.build_gep(this.i64_type(), scratch, &[index], "scratch_slot")? };
            this.builder.build_store(scratch_slot, slot)?;
            Ok(())
        })?;
        self.emit_counted_loop(source_count, "slice_copy.scatter", |this, index| {
            let scratch_slot = unsafe { this.builder.build_gep(this.i64_type(), scratch, &[index], "scratch_slot")? };
            let slot = this.builder.build_load(this.i64_type(), scratch_slot, "slot")?;
            // Volatile, so that LLVM keeps the loop: it would otherwise
            // become a call to memcpy, which costs more than the loop
            // for the few slots copied here.
            if let Some(load) = inkwell::values::BasicValue::as_instruction_value(&slot) {
                load.set_volatile(true).map_err(|_| CodegenError::new("cannot mark a load volatile"))?;
            }
            let slot = slot.into_int_value();
            let position = this.builder.build_int_add(low, index, "position")?;
            let address = this.list_slot_address(destination_list, position, destination_element)?;
            this.store_slot(address, slot)?;
            Ok(())
        })?;
        self.builder.build_unconditional_branch(join)?;
        Ok(())
    }

    /// Reverses the items `low..=last` of `list` in place, as C's two-index
    /// loop does: swap, step both indices inwards, stop when they meet. The
    /// loop is kept rolled, because a flip moves only a few pairs and an
    /// unrolled copy adds a remainder branch that mispredicts as often as
    /// the trip count changes.
    fn emit_mirrored_swap(&mut self, list: PointerValue<'ctx>, element: &Type, low: IntValue<'ctx>, last: IntValue<'ctx>) -> CodegenResult<()> {
        let before = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        let body = self.append_block("slice_copy.swap.body");
        let exit = self.append_block("slice_copy.swap.exit");
        let any = self.builder.build_int_compare(IntPredicate::SLT, low, last, "any_pair")?;
        self.builder.build_conditional_branch(any, body, exit)?;
        self.builder.position_at_end(body);
        let left_position = self.builder.build_phi(self.i64_type(), "left_position")?;
        let right_position = self.builder.build_phi(self.i64_type(), "right_position")?;
        left_position.add_incoming(&[(&low, before)]);
        right_position.add_incoming(&[(&last, before)]);
        let left_index = left_position.as_basic_value().into_int_value();
        let right_index = right_position.as_basic_value().into_int_value();
        let left = self.list_slot_address(list, left_index, element)?;
        let right = self.list_slot_address(list, right_index, element)?;
        let left_slot = self.load_slot(left)?;
        let right_slot = self.load_slot(right)?;
        self.store_slot(left, right_slot)?;
        self.store_slot(right, left_slot)?;
        let next_left = self.builder.build_int_nsw_add(left_index, self.const_int(1), "next_left")?;
        let next_right = self.builder.build_int_nsw_sub(right_index, self.const_int(1), "next_right")?;
        left_position.add_incoming(&[(&next_left, body)]);
        right_position.add_incoming(&[(&next_right, body)]);
        let more = self.builder.build_int_compare(IntPredicate::SLT, next_left, next_right, "more_pairs")?;
        let back_edge = self.builder.build_conditional_branch(more, body, exit)?;
        self.disable_unrolling(back_edge)?;
        self.builder.position_at_end(exit);
        Ok(())
    }

    /// CPython's `PySlice_AdjustIndices` in IR (the runtime's `adjust_slice`):
    /// the first index and the item count of `[start:stop:step]` over
    /// `length` items, with `ABSENT_INT` for an omitted bound or step. With a
    /// constant step, as nearly every slice has, it folds to a few selects.
    fn emit_adjusted_slice(
        &mut self,
        length: IntValue<'ctx>,
        start: IntValue<'ctx>,
        stop: IntValue<'ctx>,
        step: IntValue<'ctx>,
    ) -> CodegenResult<(IntValue<'ctx>, IntValue<'ctx>)> {
        let b = &self.builder;
        let zero = self.const_int(0);
        let one = self.const_int(1);
        let minus_one = self.const_int(-1);
        // Absence is known at compile time: an omitted bound is the constant
        // `ABSENT_INT`, and a given one never equals it (`as_present_i64`).
        let is_absent = |value: IntValue<'ctx>| value.get_sign_extended_constant() == Some(ABSENT_INT);
        let step = if is_absent(step) { one } else { step };
        let backwards = b.build_int_compare(IntPredicate::SLT, step, zero, "backwards")?;
        let last = b.build_int_sub(length, one, "last")?;
        // An omitted start is the first item in the step's direction, an
        // omitted stop lies past the last one.
        let start = if is_absent(start) {
            b.build_select(backwards, self.const_int(i64::MAX), zero, "default_start")?.into_int_value()
        } else {
            start
        };
        let stop = if is_absent(stop) {
            b.build_select(backwards, self.const_int(i64::MIN), self.const_int(i64::MAX), "default_stop")?.into_int_value()
        } else {
            stop
        };
        let below_floor = b.build_select(backwards, minus_one, zero, "below_floor")?.into_int_value();
        let above_ceiling = b.build_select(backwards, last, length, "above_ceiling")?.into_int_value();
        let clamp = |bound: IntValue<'ctx>, name: &str| -> CodegenResult<IntValue<'ctx>> {
            // A negative bound counts from the end (the sum cannot overflow).
            let negative = b.build_int_compare(IntPredicate::SLT, bound, zero, "negative")?;
            let from_end = b.build_int_add(bound, length, "from_end")?;
            let still_negative = b.build_int_compare(IntPredicate::SLT, from_end, zero, "still_negative")?;
            let adjusted_negative = b.build_select(still_negative, below_floor, from_end, "adjusted_negative")?.into_int_value();
            let past_end = b.build_int_compare(IntPredicate::SGE, bound, length, "past_end")?;
            let adjusted_positive = b.build_select(past_end, above_ceiling, bound, "adjusted_positive")?.into_int_value();
            Ok(b.build_select(negative, adjusted_negative, adjusted_positive, name)?.into_int_value())
        };
        let start = clamp(start, "adjusted_start")?;
        let stop = clamp(stop, "adjusted_stop")?;
        // count = (distance - 1) / |step| + 1 when the range is not empty.
        let forward_distance = b.build_int_sub(stop, start, "forward_distance")?;
        let backward_distance = b.build_int_sub(start, stop, "backward_distance")?;
        let distance = b.build_select(backwards, backward_distance, forward_distance, "distance")?.into_int_value();
        let magnitude = b.build_select(backwards, b.build_int_neg(step, "negated_step")?, step, "magnitude")?.into_int_value();
        let nonempty = b.build_int_compare(IntPredicate::SGT, distance, zero, "nonempty")?;
        let less_one = b.build_int_sub(distance, one, "distance_less_one")?;
        // The divisor is never zero: a zero step raised before this point,
        // and an empty range divides by the step anyway, harmlessly.
        let quotient = b.build_int_unsigned_div(less_one, magnitude, "quotient")?;
        let count = b.build_int_add(quotient, one, "count")?;
        let count = b.build_select(nonempty, count, zero, "slice_count")?.into_int_value();
        Ok((start, count))
    }

    /// A loop running `body` with the index 0, 1, ... `count - 1` (nothing
    /// when `count` is not positive).
    fn emit_counted_loop(
        &mut self,
        count: IntValue<'ctx>,
        name: &str,
        mut body: impl FnMut(&mut Self, IntValue<'ctx>) -> CodegenResult<()>,
    ) -> CodegenResult<()> {
        let before = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        let header = self.append_block(&format!("{name}.header"));
        let body_block = self.append_block(&format!("{name}.body"));
        let exit = self.append_block(&format!("{name}.exit"));
        self.builder.build_unconditional_branch(header)?;
        self.builder.position_at_end(header);
        let index = self.builder.build_phi(self.i64_type(), "index")?;
        index.add_incoming(&[(&self.const_int(0), before)]);
        let index_value = index.as_basic_value().into_int_value();
        let more = self.builder.build_int_compare(IntPredicate::SLT, index_value, count, "more")?;
        self.builder.build_conditional_branch(more, body_block, exit)?;
        self.builder.position_at_end(body_block);
        body(self, index_value)?;
        let next = self.builder.build_int_add(index_value, self.const_int(1), "next")?;
        let latch = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        index.add_incoming(&[(&next, latch)]);
        self.builder.build_unconditional_branch(header)?;
        self.builder.position_at_end(exit);
        Ok(())
    }

    /// `container[index] op= value`: container and index evaluated once.
    pub(super) fn emit_augmented_item(&mut self, target: &Target, op: BinaryOp, operand: &Expr) -> CodegenResult<()> {
        let Target::Index { value: container, index: index_expr, .. } = target else { return Err(CodegenError::new("augmented target")) };
        let container = self.emit_expr(container)?;
        let index = self.emit_expr(index_expr)?;
        if container.is_never() || index.is_never() {
            return Ok(());
        }
        if let Type::Instance { .. } = container.ty {
            // `obj[i] op= v`: `__getitem__`, the operation, `__setitem__`,
            // with obj and i evaluated once.
            let current_type = self.instance.dunder_calls.get(&(index_expr.id, Dunder::AugmentedGetItem)).map(|r| self.resolution_result_type(r)).unwrap_or(Type::Unknown);
            let current = self.emit_required_dunder((index_expr.id, Dunder::AugmentedGetItem), container.clone(), &[index.clone()], "__getitem__", &current_type)?;
            if current.is_never() {
                return Ok(());
            }
            let result = self.emit_augmented_operation(current, op, operand)?;
            if result.is_never() {
                return Ok(());
            }
            self.emit_required_dunder((index_expr.id, Dunder::SetItem), container, &[index, result], "__setitem__", &Type::None)?;
            return Ok(());
        }
        let current_type = match &container.ty {
            Type::List(c) => c.element().clone(),
            Type::Dict(c) => c.value().clone(),
            other => return Err(CodegenError::new(format!("augmented assignment to an item of {other}"))),
        };
        if let Type::Dict(c) = &container.ty {
            if Self::is_scalar(c.value()) && *c.element() != Type::Unknown && self.leaves_containers_alone(operand) {
                return self.emit_augmented_dict_item(&container, &index, op, operand);
            }
        }
        let current = self.emit_container_index(&container, &index, &current_type)?;
        let result = self.emit_augmented_operation(current, op, operand)?;
        if result.is_never() {
            return Ok(());
        }
        self.emit_store_item(&container, &index, &result)
    }

    /// `current op= operand` once the target's current value is read:
    /// evaluates the operand and applies the in-place form of `op`.
    pub(super) fn emit_augmented_operation(&mut self, current: Value<'ctx>, op: BinaryOp, operand: &Expr) -> CodegenResult<Value<'ctx>> {
        let operand_value = self.emit_expr(operand)?;
        if current.is_never() || operand_value.is_never() {
            return Ok(Value::never());
        }
        if current.ty == Type::Foreign || operand_value.ty == Type::Foreign {
            return self.emit_foreign_binary(op, &current, &operand_value, true);
        }
        if matches!(current.ty, Type::Instance { .. }) || matches!(operand_value.ty, Type::Instance { .. }) {
            return self.emit_augmented_instance(op, current, operand_value, operand);
        }
        if let Some(result_type) = taipan_typeinfer::tuple_binary(op, &current.ty, &operand_value.ty, operand) {
            // Tuples are immutable: `obj.t += (x,)` binds a new tuple.
            return self.emit_binary_any(op, current, operand_value, &result_type, operand);
        }
        if current.ty.is_container() {
            self.emit_container_binary(op, current, operand_value, true)
        } else {
            self.emit_in_place_binary(op, current, operand_value, taipan_typeinfer::exponent_sign(operand))
        }
    }

    /// `current op= operand` with an instance side, as inference resolved
    /// it: the in-place method, the binary method or the reflected one;
    /// none of them is CPython's TypeError.
    pub(super) fn emit_augmented_instance(&mut self, op: BinaryOp, current: Value<'ctx>, operand_value: Value<'ctx>, operand: &Expr) -> CodegenResult<Value<'ctx>> {
        let in_place = taipan_typeinfer::in_place_method(op);
        let (forward, reflected) = taipan_typeinfer::operators::operator_methods(op);
        let key = operand.id;
        for (use_kind, receiver, argument, name) in [
            (Dunder::InPlaceOperator, &current, &operand_value, in_place.as_str()),
            (Dunder::AugmentedOperator, &current, &operand_value, forward),
            (Dunder::AugmentedReflectedOperator, &operand_value, &current, reflected),
        ] {
            let Some(resolution) = self.instance.dunder_calls.get(&(key, use_kind)).cloned() else { continue };
            let expected = self.resolution_result_type(&resolution);
            self.emit_none_check(receiver, name)?;
            return self.emit_dispatch(&resolution, receiver.clone(), name, std::slice::from_ref(argument), &[], &expected);
        }
        let message = format!(
            "unsupported operand type(s) for {}=: '{}' and '{}'",
            op.symbol(),
            current.ty.python_name(),
            operand_value.ty.python_name()
        );
        self.emit_raise(ExceptionKind::TypeError, &message)?;
        Ok(Value::never())
    }

    fn is_scalar(ty: &Type) -> bool {
        matches!(ty, Type::Int | Type::Float | Type::Bool | Type::Str)
    }

    /// Whether evaluating `expr` can change no container: a scalar value that
    /// `runs_no_code` (literals, variable reads, operators over those).
    /// Generated code holds the address of a dict's value slot across such an
    /// expression (the address stays valid while the dict is unchanged); the
    /// scalar type keeps out operators that may one day call user methods.
    fn leaves_containers_alone(&self, expr: &Expr) -> bool {
        let ty = self.expr_type(expr);
        (Self::is_scalar(&ty) || ty == Type::None) && runs_no_code(expr)
    }

    /// The address of `key`'s value slot in `dict` (null when absent), with
    /// the key converted to the dict's key representation.
    fn dict_value_address(&mut self, dict: &Value<'ctx>, key: &Value<'ctx>) -> CodegenResult<(IntValue<'ctx>, PointerValue<'ctx>)> {
        let Type::Dict(c) = &dict.ty else { return Err(CodegenError::new("a value slot of a non-dict")) };
        let key_slot = self.slot_as(key, c.element())?;
        let address = self
            .call_runtime_value(names::taipan_dict_value_address, &[dict.get()?, key_slot.into()], "value.address")?
            .into_pointer_value();
        Ok((key_slot, address))
    }

    /// `d[k] op= v` with one lookup: the value slot is read and written in
    /// place (`v` cannot change the dict, which the caller checked).
    fn emit_augmented_dict_item(&mut self, dict: &Value<'ctx>, key: &Value<'ctx>, op: BinaryOp, operand: &Expr) -> CodegenResult<()> {
        let Type::Dict(c) = &dict.ty else { return Err(CodegenError::new("augmented item of a non-dict")) };
        let value_type = c.value().clone();
        let (_, address) = self.dict_value_address(dict, key)?;
        let missing = self.builder.build_is_null(address, "missing")?;
        let missing_block = self.append_block("item.missing");
        let present_block = self.append_block("item.present");
        self.builder.build_conditional_branch(missing, missing_block, present_block)?;
        self.builder.position_at_end(missing_block);
        self.raise_key_error(key)?;
        self.builder.position_at_end(present_block);
        let slot = self.builder.build_load(self.i64_type(), address, "item")?.into_int_value();
        let current = self.from_slot(slot, &value_type)?;
        let operand_value = self.emit_expr(operand)?;
        if operand_value.is_never() {
            return Ok(());
        }
        let result = self.emit_in_place_binary(op, current, operand_value, taipan_typeinfer::exponent_sign(operand))?;
        if result.is_never() {
            return Ok(());
        }
        let result_slot = self.slot_as(&result, &value_type)?;
        self.builder.build_store(address, result_slot)?;
        Ok(())
    }

    /// `d[k] = d.get(k, default) op v`, the counting idiom, with one lookup
    /// when the key is present: `statement` qualifies when `d` and `k` are
    /// the same variables (or `k` the same literal) on both sides and
    /// `default` and `v` cannot change the dict. Returns false, emitting
    /// nothing, for any other statement.
    pub(super) fn try_emit_dict_get_update(&mut self, target: &Target, value: &Expr) -> CodegenResult<bool> {
        let Target::Index { value: target_dict, index: target_key, .. } = target else { return Ok(false) };
        let ExprKind::Binary { op, left, right } = &value.kind else { return Ok(false) };
        let ExprKind::Call { callee, args, keywords } = &left.kind else { return Ok(false) };
        let ExprKind::Attribute { value: get_dict, name } = &callee.kind else { return Ok(false) };
        let same_variable = |a: &Expr, b: &Expr| match (&a.kind, &b.kind) {
            (ExprKind::Variable(x), ExprKind::Variable(y)) => x == y,
            (ExprKind::Int(x), ExprKind::Int(y)) => x == y,
            (ExprKind::Str(x), ExprKind::Str(y)) => x == y,
            _ => false,
        };
        if name != "get" || args.len() != 2 || !keywords.is_empty() || !same_variable(target_dict, get_dict) || !same_variable(target_key, &args[0]) {
            return Ok(false);
        }
        let Type::Dict(c) = self.expr_type(get_dict) else { return Ok(false) };
        let value_type = c.value().clone();
        if !Self::is_scalar(&value_type)
            || *c.element() == Type::Unknown
            || self.expr_type(left) != value_type
            || !self.leaves_containers_alone(&args[1])
            || !self.leaves_containers_alone(right)
        {
            return Ok(false);
        }
        // CPython's order: the dict and key for `get`, the default, the
        // lookup, the right operand, the operator, then the store.
        let dict = self.emit_expr(get_dict)?;
        let key = self.emit_expr(&args[0])?;
        let default = self.emit_expr(&args[1])?;
        if dict.is_never() || key.is_never() || default.is_never() {
            return Ok(true);
        }
        let default = self.coerce(default, &value_type)?;
        let (key_slot, address) = self.dict_value_address(&dict, &key)?;
        let missing = self.builder.build_is_null(address, "missing")?;
        let before = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        let present_block = self.append_block("item.present");
        let joined_block = self.append_block("item.got");
        self.builder.build_conditional_branch(missing, joined_block, present_block)?;
        self.builder.position_at_end(present_block);
        let slot = self.builder.build_load(self.i64_type(), address, "item")?.into_int_value();
        let found = self.from_slot(slot, &value_type)?;
        self.builder.build_unconditional_branch(joined_block)?;
        self.builder.position_at_end(joined_block);
        let current = match (found.llvm, default.llvm) {
            (Some(found_value), Some(default_value)) => {
                let phi = self.builder.build_phi(found_value.get_type(), "got")?;
                phi.add_incoming(&[(&found_value, present_block), (&default_value, before)]);
                Value { llvm: Some(phi.as_basic_value()), ty: value_type.clone() }
            }
            _ => return Err(CodegenError::new("a scalar dict value without a representation")),
        };
        let right_value = self.emit_expr(right)?;
        if right_value.is_never() {
            return Ok(true);
        }
        let result = self.emit_in_place_binary(*op, current, right_value, taipan_typeinfer::exponent_sign(right))?;
        if result.is_never() {
            return Ok(true);
        }
        let result_slot = self.slot_as(&result, &value_type)?;
        let store_block = self.append_block("item.store");
        let insert_block = self.append_block("item.insert");
        let done_block = self.append_block("item.done");
        self.builder.build_conditional_branch(missing, insert_block, store_block)?;
        self.builder.position_at_end(store_block);
        self.builder.build_store(address, result_slot)?;
        self.builder.build_unconditional_branch(done_block)?;
        self.builder.position_at_end(insert_block);
        self.call_runtime(names::taipan_dict_set_item, &[dict.get()?, key_slot.into(), result_slot.into()], "")?;
        self.builder.build_unconditional_branch(done_block)?;
        self.builder.position_at_end(done_block);
        Ok(true)
    }

    // ----- operators ---------------------------------------------------------------

    pub(super) fn emit_container_binary(&mut self, op: BinaryOp, left: Value<'ctx>, right: Value<'ctx>, in_place: bool) -> CodegenResult<Value<'ctx>> {
        match (op, &left.ty, &right.ty) {
            (BinaryOp::Add, Type::List(_), _) if in_place => {
                let list = left.pointer()?;
                if let Type::List(_) = right.ty {
                    self.call_runtime(names::taipan_list_extend, &[list.into(), right.get()?], "")?;
                } else {
                    self.extend_list_from_value(list, &right, &left.ty)?;
                }
                Ok(left)
            }
            (BinaryOp::Add, Type::List(_), Type::List(_)) => {
                let result = self.call_runtime_value(names::taipan_list_concat, &[left.get()?, right.get()?], "concat")?;
                Ok(Value { llvm: Some(result), ty: left.ty.clone() })
            }
            (BinaryOp::Mul, Type::List(_), Type::Int | Type::Bool) | (BinaryOp::Mul, Type::Int | Type::Bool, Type::List(_)) => {
                let (list, count) = if matches!(left.ty, Type::List(_)) { (&left, &right) } else { (&right, &left) };
                let count_value = self.as_i64(count)?;
                if in_place {
                    let repeated = self.call_runtime_value(names::taipan_list_repeat, &[list.get()?, count_value.into()], "repeat")?;
                    // `l *= n` changes l in place: copy the repetition back.
                    self.call_runtime(names::taipan_list_clear, &[list.get()?], "")?;
                    self.call_runtime(names::taipan_list_extend, &[list.get()?, repeated], "")?;
                    return Ok(list.clone());
                }
                let result = self.call_runtime_value(names::taipan_list_repeat, &[list.get()?, count_value.into()], "repeat")?;
                Ok(Value { llvm: Some(result), ty: list.ty.clone() })
            }
            (BinaryOp::BitOr, Type::Dict(_), Type::Dict(_)) => {
                // `d |= e` updates d itself; `d | e` updates a copy of d.
                let target = if in_place { left.get()? } else { self.call_runtime_value(names::taipan_dict_copy, &[left.get()?], "union")? };
                self.call_runtime(names::taipan_dict_update, &[target, right.get()?], "")?;
                Ok(Value { llvm: Some(target), ty: left.ty.clone() })
            }
            (BinaryOp::BitOr | BinaryOp::BitAnd | BinaryOp::Sub | BinaryOp::BitXor, Type::Set(_) | Type::FrozenSet(_), Type::Set(_) | Type::FrozenSet(_)) => {
                let operation = match op {
                    BinaryOp::BitOr => set_op::UNION,
                    BinaryOp::BitAnd => set_op::INTERSECTION,
                    BinaryOp::Sub => set_op::DIFFERENCE,
                    _ => set_op::SYMMETRIC_DIFFERENCE,
                };
                let frozen = matches!(left.ty, Type::FrozenSet(_));
                if in_place && !frozen {
                    // `s |= t` and kin change s itself, in CPython's order.
                    let code = self.gen.context.i32_type().const_int(operation as u64, false);
                    self.call_runtime(names::taipan_set_inplace, &[left.get()?, right.get()?, code.into()], "")?;
                    return Ok(left);
                }
                let result = self.call_runtime_value(
                    names::taipan_set_binary,
                    &[
                        left.get()?,
                        right.get()?,
                        self.gen.context.i32_type().const_int(operation as u64, false).into(),
                        self.gen.context.i8_type().const_int(frozen as u64, false).into(),
                    ],
                    "set_op",
                )?;
                Ok(Value { llvm: Some(result), ty: left.ty.clone() })
            }
            _ => Err(CodegenError::new(format!("operator {} on {} and {}", op.symbol(), left.ty, right.ty))),
        }
    }

    fn extend_list_from_value(&mut self, list: PointerValue<'ctx>, value: &Value<'ctx>, list_type: &Type) -> CodegenResult<()> {
        // Each item in the list's own representation (boxed, when the list
        // holds values of several types: `[0] += "ab"`).
        let element = match list_type {
            Type::List(c) => Some(c.element().clone()),
            _ => None,
        };
        self.feed_items(value, list, names::taipan_list_append, element.as_ref())
    }

    /// Calls the runtime's `function(target, slot)` for each item of
    /// `value`, in iteration order; each item is converted to `element`'s
    /// representation when given.
    fn feed_items(&mut self, value: &Value<'ctx>, target: PointerValue<'ctx>, function: &str, element: Option<&Type>) -> CodegenResult<()> {
        let state = self.iter_from_value(value)?;
        let header = self.append_block("feed.next");
        let exit = self.append_block("feed.end");
        self.builder.build_unconditional_branch(header)?;
        self.builder.position_at_end(header);
        let item = self.iter_next(&state, exit)?;
        let slot = match element {
            Some(element) => self.slot_as(&item, element)?,
            None => self.to_slot(&item)?,
        };
        self.call_runtime(function, &[target.into(), slot.into()], "")?;
        self.builder.build_unconditional_branch(header)?;
        self.builder.position_at_end(exit);
        Ok(())
    }

    /// `==`, `<`, ... between two values of one non-scalar type.
    pub(super) fn emit_generic_comparison(&mut self, op: CompareOp, left: &Value<'ctx>, right: &Value<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        if left.ty == Type::Range {
            // Ranges are equal when they hold the same numbers: the same length
            // and, when not empty, the same start and (past one item) step.
            let parts = |emitter: &mut Self, value: &Value<'ctx>| -> CodegenResult<(IntValue<'ctx>, IntValue<'ctx>)> {
                let aggregate = value.get()?.into_struct_value();
                let start = emitter.builder.build_extract_value(aggregate, 0, "start")?.into_int_value();
                let step = emitter.builder.build_extract_value(aggregate, 2, "step")?.into_int_value();
                Ok((start, step))
            };
            let (left_start, left_step) = parts(self, left)?;
            let (right_start, right_step) = parts(self, right)?;
            let left_length = self.container_length(left)?;
            let right_length = self.container_length(right)?;
            let zero = self.const_int(0);
            let one = self.const_int(1);
            let same_length = self.builder.build_int_compare(IntPredicate::EQ, left_length, right_length, "same_length")?;
            let empty = self.builder.build_int_compare(IntPredicate::EQ, left_length, zero, "empty")?;
            let single = self.builder.build_int_compare(IntPredicate::EQ, left_length, one, "single")?;
            let same_start = self.builder.build_int_compare(IntPredicate::EQ, left_start, right_start, "same_start")?;
            let same_step = self.builder.build_int_compare(IntPredicate::EQ, left_step, right_step, "same_step")?;
            let step_ok = self.builder.build_or(single, same_step, "step_ok")?;
            let items_ok = self.builder.build_and(same_start, step_ok, "items_ok")?;
            let content_ok = self.builder.build_or(empty, items_ok, "content_ok")?;
            let equal = self.builder.build_and(same_length, content_ok, "range_equal")?;
            return Ok(if op == CompareOp::Eq { equal } else { self.builder.build_not(equal, "range_not_equal")? });
        }
        let descriptor_type = if left.ty.to_string().contains("never") { right.ty.clone() } else { left.ty.clone() };
        let descriptor = self.descriptor(&descriptor_type);
        let (l, r) = (self.to_slot(left)?, self.to_slot(right)?);
        let code = match op {
            CompareOp::Eq => compare_op::EQ,
            CompareOp::NotEq => compare_op::NE,
            CompareOp::Lt => compare_op::LT,
            CompareOp::LtE => compare_op::LE,
            CompareOp::Gt => compare_op::GT,
            _ => compare_op::GE,
        };
        let result = match op {
            CompareOp::Eq | CompareOp::NotEq => {
                let equal = self.call_runtime_value(names::taipan_value_equal, &[l.into(), r.into(), descriptor.into()], "equal")?;
                let equal = self.i8_to_bool(equal)?;
                if op == CompareOp::Eq {
                    equal
                } else {
                    self.builder.build_not(equal, "not_equal")?
                }
            }
            _ => {
                let op_code = self.gen.context.i32_type().const_int(code as u64, false);
                let result = self.call_runtime_value(names::taipan_value_compare, &[l.into(), r.into(), descriptor.into(), op_code.into()], "compare")?;
                self.i8_to_bool(result)?
            }
        };
        Ok(result)
    }

    /// `needle in haystack` for containers, tuples and ranges.
    pub(super) fn emit_membership(&mut self, needle: &Value<'ctx>, haystack: &Value<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        match &haystack.ty {
            Type::DictView(0, c) => {
                let dict_type = Type::Dict(c.clone());
                self.emit_membership(needle, &Value { llvm: haystack.llvm, ty: dict_type })
            }
            Type::DictView(mode, c) => {
                // values() and items(): a scan in insertion order, as CPython's.
                let found = self.entry_alloca(self.gen.context.bool_type(), "found")?;
                self.builder.build_store(found, self.i1(false))?;
                let dict = haystack.pointer()?;
                let position = self.entry_alloca(self.i64_type(), "dict.position")?;
                self.builder.build_store(position, self.const_int(0))?;
                let length = self.sized_length(dict)?;
                let state = IterState::Dict { dict, position, length, mode: *mode, key: c.element().clone(), value: c.value().clone() };
                let header = self.append_block("view_in.next");
                let exit = self.append_block("view_in.end");
                self.builder.build_unconditional_branch(header)?;
                self.builder.position_at_end(header);
                let item = self.iter_next(&state, exit)?;
                let equal = self.emit_comparison(CompareOp::Eq, &item, needle)?;
                if !equal.is_never() {
                    let hit = self.append_block("view_in.hit");
                    self.builder.build_conditional_branch(equal.int()?, hit, header)?;
                    self.builder.position_at_end(hit);
                    self.builder.build_store(found, self.i1(true))?;
                    self.builder.build_unconditional_branch(exit)?;
                } else {
                    self.branch_to(header)?;
                }
                self.builder.position_at_end(exit);
                Ok(self.builder.build_load(self.gen.context.bool_type(), found, "found")?.into_int_value())
            }
            Type::List(_) | Type::Dict(_) | Type::Set(_) | Type::FrozenSet(_) | Type::VarTuple(_) => {
                let element = match &haystack.ty {
                    Type::VarTuple(element) => (**element).clone(),
                    other => Self::list_element_type(other),
                };
                let slot = self.slot_as(needle, &element)?;
                let function = match haystack.ty {
                    Type::List(_) | Type::VarTuple(_) => names::taipan_list_contains,
                    Type::Dict(_) => {
                        let found = self.entry_alloca(self.gen.context.i8_type(), "found")?;
                        self.call_runtime(names::taipan_dict_lookup, &[haystack.get()?, slot.into(), found.into()], "lookup")?;
                        let found = self.builder.build_load(self.gen.context.i8_type(), found, "found")?;
                        return self.i8_to_bool(found);
                    }
                    _ => names::taipan_set_contains,
                };
                let found = self.call_runtime_value(function, &[haystack.get()?, slot.into()], "contains")?;
                self.i8_to_bool(found)
            }
            Type::Range => {
                let aggregate = haystack.get()?.into_struct_value();
                let start = self.builder.build_extract_value(aggregate, 0, "start")?.into_int_value();
                let step = self.builder.build_extract_value(aggregate, 2, "step")?.into_int_value();
                let length = self.container_length(haystack)?;
                let value = self.as_i64(needle)?;
                // value == start + k*step for some 0 <= k < length.
                let offset = self.builder.build_int_sub(value, start, "offset")?;
                let remainder = self.builder.build_int_signed_rem(offset, step, "remainder")?;
                let quotient = self.builder.build_int_signed_div(offset, step, "k")?;
                let exact = self.builder.build_int_compare(IntPredicate::EQ, remainder, self.const_int(0), "exact")?;
                let below = self.builder.build_int_compare(IntPredicate::ULT, quotient, length, "within")?;
                Ok(self.builder.build_and(exact, below, "in_range")?)
            }
            Type::Tuple(members) => {
                let mut found = self.i1(false);
                let aggregate = haystack.get()?.into_struct_value();
                for (index, member) in members.clone().iter().enumerate() {
                    let llvm = if ModuleGenerator::has_value(member) { Some(self.builder.build_extract_value(aggregate, index as u32, "member")?) } else { None };
                    let member_value = Value { llvm, ty: member.clone() };
                    let equal = self.emit_container_equal(needle, &member_value)?;
                    let Some(equal) = equal else { continue };
                    found = self.builder.build_or(found, equal, "found")?;
                }
                Ok(found)
            }
            other => Err(CodegenError::new(format!("membership in {other}"))),
        }
    }

    /// `needle == item` as containers compare (identity first, then
    /// `__eq__`, for objects); `None` when the comparison never produces a
    /// value.
    pub(super) fn emit_container_equal(&mut self, needle: &Value<'ctx>, item: &Value<'ctx>) -> CodegenResult<Option<IntValue<'ctx>>> {
        if let (Type::Instance { .. }, Type::Instance { .. }) = (&needle.ty, &item.ty) {
            let descriptor = self.descriptor(&item.ty);
            let (left, right) = (self.to_slot(item)?, self.to_slot(needle)?);
            let equal = self.call_runtime_value(names::taipan_value_equal, &[left.into(), right.into(), descriptor.into()], "equal")?;
            return Ok(Some(self.i8_to_bool(equal)?));
        }
        let equal = self.emit_comparison(CompareOp::Eq, needle, item)?;
        if equal.is_never() {
            return Ok(None);
        }
        Ok(Some(equal.int()?))
    }

    // ----- printing ----------------------------------------------------------------

    pub(super) fn emit_generic_repr(&mut self, value: &Value<'ctx>) -> CodegenResult<PointerValue<'ctx>> {
        if let Type::DictView(mode, _) = value.ty {
            let which = self.gen.context.i32_type().const_int(mode as u64, false);
            return Ok(self.call_runtime_value(names::taipan_dict_view_repr, &[value.get()?, which.into()], "view_repr")?.into_pointer_value());
        }
        if value.ty == Type::Range {
            let aggregate = value.get()?.into_struct_value();
            let start = Value::new(self.builder.build_extract_value(aggregate, 0, "start")?.into_int_value(), Type::Int);
            let stop = Value::new(self.builder.build_extract_value(aggregate, 1, "stop")?.into_int_value(), Type::Int);
            let step = self.builder.build_extract_value(aggregate, 2, "step")?.into_int_value();
            let mut text = self.str_constant("range(");
            let start_text = self.emit_to_str(&start, false)?;
            text = self.concat(text, start_text)?;
            let separator = self.str_constant(", ");
            text = self.concat(text, separator)?;
            let stop_text = self.emit_to_str(&stop, false)?;
            text = self.concat(text, stop_text)?;
            // The step shows only when it is not 1.
            let is_one = self.builder.build_int_compare(IntPredicate::EQ, step, self.const_int(1), "unit_step")?;
            let plain_end = self.str_constant(")");
            let step_text = self.emit_to_str(&Value::new(step, Type::Int), false)?;
            let with_step = self.concat(separator, step_text)?;
            let with_step = self.concat(with_step, plain_end)?;
            let tail = self.builder.build_select(is_one, plain_end, with_step, "tail")?.into_pointer_value();
            return self.concat(text, tail);
        }
        let descriptor = self.descriptor(&value.ty);
        let slot = self.to_slot(value)?;
        Ok(self.call_runtime_value(names::taipan_value_repr, &[slot.into(), descriptor.into()], "repr")?.into_pointer_value())
    }

    // ----- iteration ---------------------------------------------------------------

    /// Starts iterating over `iterable`; `None` when evaluating it raises.
    pub(super) fn iter_init<'e>(&mut self, iterable: &'e Expr) -> CodegenResult<Option<IterState<'ctx, 'e>>> {
        self.iter_init_inner(iterable, false, None)
    }

    /// The iterable of a `for` statement or of a comprehension clause, where
    /// CPython's compiler folds a constant set display into a frozenset.
    /// `iter_init` for the iterable of a `for` loop or comprehension clause
    /// binding `target`: a split loop whose target is a scratch local
    /// builds its fields in the local's buffer (see `scratch`).
    pub(super) fn iter_init_for_loop<'e>(&mut self, target: &Target, iterable: &'e Expr) -> CodegenResult<Option<IterState<'ctx, 'e>>> {
        let split_scratch = match target {
            Target::Variable { variable: Variable::Local(local), .. } if super::scratch::is_str_split(iterable, &self.instance.expr_types) => {
                self.scratch_buffer(*local)?
            }
            _ => None,
        };
        self.iter_init_inner(iterable, true, split_scratch)
    }

    fn iter_init_inner<'e>(
        &mut self,
        iterable: &'e Expr,
        loop_iterable: bool,
        split_scratch: Option<PointerValue<'ctx>>,
    ) -> CodegenResult<Option<IterState<'ctx, 'e>>> {
        if let (true, ExprKind::Set(elements)) = (loop_iterable, &iterable.kind) {
            if elements.len() >= 3 && elements.iter().all(is_constant) {
                // `for x in {1, 2, 3}` iterates CPython's frozenset constant.
                let ty = self.expr_type(iterable);
                let mut values = Vec::new();
                for element in elements {
                    values.push(self.emit_expr(element)?);
                }
                let set = self.new_set(&ty)?;
                let element_type = Self::list_element_type(&ty);
                for value in &values {
                    let slot = self.slot_as(value, &element_type)?;
                    self.call_runtime(names::taipan_set_add, &[set.into(), slot.into()], "")?;
                }
                let constant = self.constant_set_from(set, &ty)?;
                return self.iter_from_value(&Value::new(constant, ty)).map(Some);
            }
        }
        if let ExprKind::Call { callee, args, keywords } = &iterable.kind {
            match &callee.kind {
                ExprKind::Builtin(Builtin::Range) => {
                    let Some(values) = self.emit_range_arguments(args)? else { return Ok(None) };
                    let range = self.build_range(&values)?;
                    return self.iter_from_value(&range).map(Some);
                }
                ExprKind::Builtin(Builtin::Enumerate) => {
                    let Some(inner) = self.iter_init(&args[0])? else { return Ok(None) };
                    let start = match args.get(1).or(keywords.first().map(|k| &k.value)) {
                        Some(start) => {
                            let value = self.emit_expr(start)?;
                            if value.is_never() {
                                return Ok(None);
                            }
                            self.as_i64(&value)?
                        }
                        None => self.const_int(0),
                    };
                    let counter = self.entry_alloca(self.i64_type(), "enumerate.counter")?;
                    self.builder.build_store(counter, start)?;
                    return Ok(Some(IterState::Enumerate { inner: Box::new(inner), counter }));
                }
                ExprKind::Builtin(Builtin::Zip) => {
                    let mut inners = Vec::new();
                    for arg in args {
                        let Some(inner) = self.iter_init(arg)? else { return Ok(None) };
                        inners.push(inner);
                    }
                    return Ok(Some(IterState::Zip { inners }));
                }
                ExprKind::Builtin(Builtin::Map) => {
                    let mut inners = Vec::new();
                    for arg in &args[1..] {
                        let Some(inner) = self.iter_init(arg)? else { return Ok(None) };
                        inners.push(inner);
                    }
                    return Ok(Some(IterState::Map { inners, function: args[0].id, callee: &args[0] }));
                }
                ExprKind::Builtin(Builtin::Filter) => {
                    let Some(inner) = self.iter_init(&args[1])? else { return Ok(None) };
                    let predicate = if matches!(args[0].kind, ExprKind::None) { None } else { Some((args[0].id, &args[0])) };
                    return Ok(Some(IterState::Filter { inner: Box::new(inner), predicate }));
                }
                ExprKind::Builtin(Builtin::Reversed) => {
                    let value = self.emit_expr(&args[0])?;
                    if value.is_never() {
                        return Ok(None);
                    }
                    return self.reversed_iter(&value).map(Some);
                }
                ExprKind::Attribute { value, name } if name == "split" && self.expr_type(value) == Type::Str => {
                    // `for field in text.split(...)`: the list the loop would
                    // walk is never visible, so the fields are made as the
                    // loop asks for them (CPython's result, without the
                    // list and with each field made just before its use).
                    let text = self.emit_expr(value)?;
                    let Some((separator, max_split)) = self.emit_split_operands(args, keywords)? else { return Ok(None) };
                    if text.is_never() {
                        return Ok(None);
                    }
                    let fields: Vec<inkwell::types::BasicTypeEnum> =
                        taipan_abi::SPLIT_CURSOR_FIELDS.iter().map(|field| crate::module::abi_basic_type(self.gen.context, field.abi)).collect();
                    let cursor_type = self.gen.context.struct_type(&fields, false);
                    let cursor = self.entry_alloca(cursor_type, "split.cursor")?;
                    let position = self.builder.build_struct_gep(cursor_type, cursor, 0, "split.position")?;
                    self.builder.build_store(position, self.const_int(0))?;
                    let splits_left = self.builder.build_struct_gep(cursor_type, cursor, 1, "split.splits_left")?;
                    self.builder.build_store(splits_left, max_split)?;
                    let scratch = self.builder.build_struct_gep(cursor_type, cursor, 2, "split.scratch")?;
                    let null = self.gen.context.ptr_type(inkwell::AddressSpace::default()).const_null();
                    self.builder.build_store(scratch, split_scratch.unwrap_or(null))?;
                    return Ok(Some(IterState::StrSplit { string: text.pointer()?, separator, cursor }));
                }
                // Only a dict's views: any other receiver is evaluated once,
                // by the generic path below.
                ExprKind::Attribute { value, name }
                    if matches!(name.as_str(), "items" | "keys" | "values") && args.is_empty() && matches!(self.expr_type(value), Type::Dict(_)) =>
                {
                    let dict = self.emit_expr(value)?;
                    if dict.is_never() {
                        return Ok(None);
                    }
                    if let Type::Dict(c) = &dict.ty {
                        let mode = match name.as_str() {
                            "keys" => 0,
                            "values" => 1,
                            _ => 2,
                        };
                        let pointer = dict.pointer()?;
                        let position = self.entry_alloca(self.i64_type(), "dict.position")?;
                        self.builder.build_store(position, self.const_int(0))?;
                        let length = self.sized_length(pointer)?;
                        return Ok(Some(IterState::Dict { dict: pointer, position, length, mode, key: c.element().clone(), value: c.value().clone() }));
                    }
                }
                _ => {}
            }
        }
        // A box narrowed to the one type it can be iterated as.
        self.narrowed_receiver = Some((iterable.id, super::ITERATION_NARROWING.to_string()));
        let value = self.emit_expr(iterable)?;
        if value.is_never() {
            return Ok(None);
        }
        if let Type::Instance { .. } = value.ty {
            return self.object_iter_state(iterable, value);
        }
        self.iter_from_value(&value).map(Some)
    }

    pub(super) fn build_range(&mut self, values: &[Value<'ctx>]) -> CodegenResult<Value<'ctx>> {
        let mut ints = Vec::new();
        for value in values {
            ints.push(self.as_i64(value)?);
        }
        let (start, stop, step) = match ints.as_slice() {
            [stop] => (self.const_int(0), *stop, self.const_int(1)),
            [start, stop] => (*start, *stop, self.const_int(1)),
            [start, stop, step] => (*start, *stop, *step),
            _ => return Err(CodegenError::new("range with a wrong argument count")),
        };
        if step.get_sign_extended_constant().map_or(true, |step| step == 0) {
            let zero = self.builder.build_int_compare(IntPredicate::EQ, step, self.const_int(0), "zero_step")?;
            self.raise_if(zero, ExceptionKind::ValueError, "range() arg 3 must not be zero")?;
        }
        let range_type = self.gen.llvm_type(&Type::Range).into_struct_type();
        let mut aggregate = range_type.get_undef();
        for (index, part) in [start, stop, step].into_iter().enumerate() {
            aggregate = self.builder.build_insert_value(aggregate, part, index as u32, "range")?.into_struct_value();
        }
        Ok(Value::new(aggregate, Type::Range))
    }

    fn reversed_iter<'e>(&mut self, value: &Value<'ctx>) -> CodegenResult<IterState<'ctx, 'e>> {
        match &value.ty {
            Type::VarTuple(element) => {
                let list = value.pointer()?;
                let index = self.entry_alloca(self.i64_type(), "reversed.index")?;
                let length = self.list_length(list)?;
                self.builder.build_store(index, length)?;
                Ok(IterState::ListReversed { list, index, element: (**element).clone() })
            }
            Type::List(c) => {
                let list = value.pointer()?;
                let index = self.entry_alloca(self.i64_type(), "reversed.index")?;
                let length = self.list_length(list)?;
                self.builder.build_store(index, length)?;
                Ok(IterState::ListReversed { list, index, element: c.element().clone() })
            }
            Type::Str => {
                let string = value.pointer()?;
                let index = self.entry_alloca(self.i64_type(), "reversed.index")?;
                let length = self.str_length(string)?;
                self.builder.build_store(index, length)?;
                Ok(IterState::StrReversed { string, index })
            }
            Type::Range => {
                // reversed(range(a, b, s)) is range(last, a - s, -s).
                let aggregate = value.get()?.into_struct_value();
                let start = self.builder.build_extract_value(aggregate, 0, "start")?.into_int_value();
                let step = self.builder.build_extract_value(aggregate, 2, "step")?.into_int_value();
                let length = self.container_length(value)?;
                let last_offset = self.builder.build_int_mul(self.builder.build_int_sub(length, self.const_int(1), "last")?, step, "last_offset")?;
                let last = self.builder.build_int_add(start, last_offset, "last_value")?;
                let negated = self.builder.build_int_neg(step, "negated")?;
                let counter = self.entry_alloca(self.i64_type(), "range.counter")?;
                self.builder.build_store(counter, last)?;
                // Stop after `length` items: iterate by count via a derived stop.
                let stop = self.builder.build_int_sub(start, step, "stop")?;
                Ok(IterState::Range { counter, stop, step: negated })
            }
            Type::Tuple(members) => {
                // Members of several types are boxed (the join is a union).
                let element = members.iter().fold(Type::Unknown, |joined, member| joined.join(member));
                let items = self.spill_tuple(value, &element)?;
                let index = self.entry_alloca(self.i64_type(), "tuple.index")?;
                self.builder.build_store(index, self.const_int(members.len() as i64))?;
                Ok(IterState::Tuple { items, length: members.len() as u32, index, element, reversed: true })
            }
            other => Err(CodegenError::new(format!("reversed over {other}"))),
        }
    }

    pub(super) fn iter_from_value<'e>(&mut self, value: &Value<'ctx>) -> CodegenResult<IterState<'ctx, 'e>> {
        let i64_type = self.i64_type();
        if value.ty == Type::Foreign {
            let iterator = self.foreign_iterator(value)?;
            return Ok(IterState::Foreign { iterator });
        }
        if let (true, Some(element)) = (value.ty.is_dynamic(), value.ty.dynamic_iteration_element()) {
            let state = self.entry_alloca(i64_type.array_type(2), "dynamic.iteration")?;
            self.builder.build_store(state, i64_type.array_type(2).const_zero())?;
            let boxed = self.box_value(value)?;
            return Ok(IterState::Dynamic { value: boxed, state, element });
        }
        match &value.ty {
            // An `Enum` class: a list of its members, made where iterated.
            Type::Class { class } => {
                let instance_type = Type::Instance { class: *class, or_none: false };
                let list_type = Type::List(taipan_typeinfer::types::Container::structural(vec![instance_type.clone()]));
                let members = self.enum_member_values(ClassId(*class))?;
                let list = self.new_list(self.const_int(0), &list_type)?;
                for member in &members {
                    let slot = self.slot_as(member, &instance_type)?;
                    self.call_runtime(names::taipan_list_append, &[list.into(), slot.into()], "")?;
                }
                self.iter_from_value(&Value::new(list, list_type))
            }
            Type::Range => {
                let aggregate = value.get()?.into_struct_value();
                let start = self.builder.build_extract_value(aggregate, 0, "start")?.into_int_value();
                let stop = self.builder.build_extract_value(aggregate, 1, "stop")?.into_int_value();
                let step = self.builder.build_extract_value(aggregate, 2, "step")?.into_int_value();
                let counter = self.entry_alloca(i64_type, "range.counter")?;
                self.builder.build_store(counter, start)?;
                Ok(IterState::Range { counter, stop, step })
            }
            Type::List(c) => {
                let index = self.entry_alloca(i64_type, "list.index")?;
                self.builder.build_store(index, self.const_int(0))?;
                Ok(IterState::List { list: value.pointer()?, index, element: c.element().clone() })
            }
            Type::VarTuple(element) => {
                let index = self.entry_alloca(i64_type, "tuple.index")?;
                self.builder.build_store(index, self.const_int(0))?;
                Ok(IterState::List { list: value.pointer()?, index, element: (**element).clone() })
            }
            Type::Str => {
                let offset = self.entry_alloca(i64_type, "str.offset")?;
                self.builder.build_store(offset, self.const_int(0))?;
                Ok(IterState::Str { string: value.pointer()?, offset })
            }
            Type::Dict(c) => {
                let dict = value.pointer()?;
                let position = self.entry_alloca(i64_type, "dict.position")?;
                self.builder.build_store(position, self.const_int(0))?;
                let length = self.sized_length(dict)?;
                Ok(IterState::Dict { dict, position, length, mode: 0, key: c.element().clone(), value: c.value().clone() })
            }
            Type::DictView(mode, c) => {
                let dict = value.pointer()?;
                let position = self.entry_alloca(i64_type, "dict.position")?;
                self.builder.build_store(position, self.const_int(0))?;
                let length = self.sized_length(dict)?;
                Ok(IterState::Dict { dict, position, length, mode: *mode, key: c.element().clone(), value: c.value().clone() })
            }
            Type::Set(c) | Type::FrozenSet(c) => {
                let set = value.pointer()?;
                let position = self.entry_alloca(i64_type, "set.position")?;
                self.builder.build_store(position, self.const_int(0))?;
                let length = self.sized_length(set)?;
                Ok(IterState::Set { set, position, length, element: c.element().clone() })
            }
            Type::Tuple(members) => {
                // Members of several types are boxed (the join is a union).
                let element = members.iter().fold(Type::Unknown, |joined, member| joined.join(member));
                let items = self.spill_tuple(value, &element)?;
                let index = self.entry_alloca(i64_type, "tuple.index")?;
                self.builder.build_store(index, self.const_int(0))?;
                Ok(IterState::Tuple { items, length: members.len() as u32, index, element, reversed: false })
            }
            Type::Generator(_) => Ok(IterState::Generator { handle: value.pointer()?, generator: value.ty.clone() }),
            other => Err(CodegenError::new(format!("iteration over {other}"))),
        }
    }

    /// The next item, or a branch to `exhausted`. Continues in a new block.
    pub(super) fn iter_next(&mut self, state: &IterState<'ctx, '_>, exhausted: BasicBlock<'ctx>) -> CodegenResult<Value<'ctx>> {
        let i64_type = self.i64_type();
        match state {
            IterState::Range { counter, stop, step } => {
                let current = self.builder.build_load(i64_type, *counter, "i")?.into_int_value();
                let ascending = self.builder.build_int_compare(IntPredicate::SLT, current, *stop, "below_stop")?;
                let descending = self.builder.build_int_compare(IntPredicate::SGT, current, *stop, "above_stop")?;
                let keep_going = match step.get_sign_extended_constant() {
                    Some(s) if s > 0 => ascending,
                    Some(s) if s < 0 => descending,
                    _ => {
                        let positive = self.builder.build_int_compare(IntPredicate::SGT, *step, self.const_int(0), "step_positive")?;
                        self.builder.build_select(positive, ascending, descending, "in_range")?.into_int_value()
                    }
                };
                let body = self.append_block("range.item");
                self.builder.build_conditional_branch(keep_going, body, exhausted)?;
                self.builder.position_at_end(body);
                let sum = self
                    .call_intrinsic("llvm.sadd.with.overflow", &[i64_type.into()], &[current.into(), (*step).into()], "next")?
                    .into_struct_value();
                let next = self.builder.build_extract_value(sum, 0, "next_i")?.into_int_value();
                let overflowed = self.builder.build_extract_value(sum, 1, "wrapped")?.into_int_value();
                // Stepping past i64's range means the counter passed `stop`.
                let next = self.builder.build_select(overflowed, *stop, next, "next_or_stop")?;
                self.builder.build_store(*counter, next)?;
                Ok(Value::new(current, Type::Int))
            }
            IterState::List { list, index, element } => {
                let current = self.builder.build_load(i64_type, *index, "index")?.into_int_value();
                let length = self.list_length(*list)?;
                let more = self.builder.build_int_compare(IntPredicate::SLT, current, length, "more")?;
                let body = self.append_block("list.item");
                self.builder.build_conditional_branch(more, body, exhausted)?;
                self.builder.position_at_end(body);
                let address = self.list_slot_address(*list, current, element)?;
                let slot = self.load_slot(address)?;
                let next = self.builder.build_int_add(current, self.const_int(1), "next")?;
                self.builder.build_store(*index, next)?;
                self.from_slot(slot, element)
            }
            IterState::ListReversed { list, index, element } => {
                let current = self.builder.build_load(i64_type, *index, "index")?.into_int_value();
                let previous = self.builder.build_int_sub(current, self.const_int(1), "previous")?;
                let length = self.list_length(*list)?;
                // CPython's reversed iterator stops if the list shrank below it.
                let valid = self.builder.build_int_compare(IntPredicate::ULT, previous, length, "valid")?;
                let body = self.append_block("reversed.item");
                self.builder.build_conditional_branch(valid, body, exhausted)?;
                self.builder.position_at_end(body);
                self.builder.build_store(*index, previous)?;
                let address = self.list_slot_address(*list, previous, element)?;
                let slot = self.load_slot(address)?;
                self.from_slot(slot, element)
            }
            IterState::Str { string, offset } => {
                let character = self.call_runtime_value(names::taipan_str_next_char, &[(*string).into(), (*offset).into()], "char")?.into_pointer_value();
                let done = self.builder.build_is_null(character, "done")?;
                let body = self.append_block("str.item");
                self.builder.build_conditional_branch(done, exhausted, body)?;
                self.builder.position_at_end(body);
                Ok(Value::new(character, Type::Str))
            }
            IterState::StrSplit { string, separator, cursor } => {
                let field = self
                    .call_runtime_value(names::taipan_str_split_next, &[(*string).into(), (*separator).into(), (*cursor).into()], "field")?
                    .into_pointer_value();
                let done = self.builder.build_is_null(field, "done")?;
                let body = self.append_block("split.field");
                self.builder.build_conditional_branch(done, exhausted, body)?;
                self.builder.position_at_end(body);
                Ok(Value::new(field, Type::Str))
            }
            IterState::StrReversed { string, index } => {
                let current = self.builder.build_load(i64_type, *index, "index")?.into_int_value();
                let more = self.builder.build_int_compare(IntPredicate::SGT, current, self.const_int(0), "more")?;
                let body = self.append_block("reversed.item");
                self.builder.build_conditional_branch(more, body, exhausted)?;
                self.builder.position_at_end(body);
                let previous = self.builder.build_int_sub(current, self.const_int(1), "previous")?;
                self.builder.build_store(*index, previous)?;
                let character = self.call_runtime_value(names::taipan_str_get_item, &[(*string).into(), previous.into()], "char")?;
                Ok(Value { llvm: Some(character), ty: Type::Str })
            }
            IterState::Dict { dict, position, length, mode, key, value } => {
                let key_out = self.entry_alloca(i64_type, "key")?;
                let value_out = self.entry_alloca(i64_type, "value")?;
                let more = self.call_runtime_value(
                    names::taipan_dict_next,
                    &[(*dict).into(), (*position).into(), (*length).into(), key_out.into(), value_out.into()],
                    "more",
                )?;
                let more = self.i8_to_bool(more)?;
                let body = self.append_block("dict.item");
                self.builder.build_conditional_branch(more, body, exhausted)?;
                self.builder.position_at_end(body);
                let key_slot = self.builder.build_load(i64_type, key_out, "key")?.into_int_value();
                let value_slot = self.builder.build_load(i64_type, value_out, "value")?.into_int_value();
                match mode {
                    0 => self.from_slot(key_slot, key),
                    1 => self.from_slot(value_slot, value),
                    _ => {
                        let key_value = self.from_slot(key_slot, key)?;
                        let value_value = self.from_slot(value_slot, value)?;
                        if key_value.is_never() || value_value.is_never() {
                            return Ok(Value::never());
                        }
                        let tuple_type = Type::Tuple(vec![key.clone(), value.clone()]);
                        self.build_tuple_of(vec![key_value, value_value], &tuple_type)
                    }
                }
            }
            IterState::Set { set, position, length, element } => {
                let out = self.entry_alloca(i64_type, "element")?;
                let more = self.call_runtime_value(names::taipan_set_next, &[(*set).into(), (*position).into(), (*length).into(), out.into()], "more")?;
                let more = self.i8_to_bool(more)?;
                let body = self.append_block("set.item");
                self.builder.build_conditional_branch(more, body, exhausted)?;
                self.builder.position_at_end(body);
                let slot = self.builder.build_load(i64_type, out, "element")?.into_int_value();
                self.from_slot(slot, element)
            }
            IterState::Tuple { items, length, index, element, reversed } => {
                let current = self.builder.build_load(i64_type, *index, "index")?.into_int_value();
                let (more, position, next) = if *reversed {
                    let more = self.builder.build_int_compare(IntPredicate::SGT, current, self.const_int(0), "more")?;
                    let previous = self.builder.build_int_sub(current, self.const_int(1), "previous")?;
                    (more, previous, previous)
                } else {
                    let more = self.builder.build_int_compare(IntPredicate::SLT, current, self.const_int(*length as i64), "more")?;
                    let next = self.builder.build_int_add(current, self.const_int(1), "next")?;
                    (more, current, next)
                };
                let body = self.append_block("tuple.item");
                self.builder.build_conditional_branch(more, body, exhausted)?;
                self.builder.position_at_end(body);
                self.builder.build_store(*index, next)?;
                if !ModuleGenerator::has_value(element) {
                    return Ok(Value { llvm: None, ty: element.clone() });
                }
                let llvm_type = self.gen.llvm_type(element);
                let address = unsafe { self.builder.build_gep(llvm_type, *items, &[position], "member.address")? };
                let loaded = self.builder.build_load(llvm_type, address, "member")?;
                Ok(Value { llvm: Some(loaded), ty: element.clone() })
            }
            IterState::Enumerate { inner, counter } => {
                let item = self.iter_next(inner, exhausted)?;
                if item.is_never() {
                    // Items of a container that never holds one: never reached.
                    return Ok(Value::never());
                }
                let count = self.builder.build_load(i64_type, *counter, "count")?.into_int_value();
                let next = self.builder.build_int_add(count, self.const_int(1), "next_count")?;
                self.builder.build_store(*counter, next)?;
                let tuple_type = Type::Tuple(vec![Type::Int, item.ty.clone()]);
                self.build_tuple_of(vec![Value::new(count, Type::Int), item], &tuple_type)
            }
            IterState::Zip { inners } => {
                let mut items = Vec::new();
                for inner in inners {
                    items.push(self.iter_next(inner, exhausted)?);
                }
                if items.iter().any(Value::is_never) {
                    return Ok(Value::never());
                }
                let tuple_type = Type::Tuple(items.iter().map(|item| item.ty.clone()).collect());
                self.build_tuple_of(items, &tuple_type)
            }
            IterState::Map { inners, function, callee } => {
                let mut items = Vec::new();
                for inner in inners {
                    items.push(self.iter_next(inner, exhausted)?);
                }
                self.emit_call_ending_iteration(exhausted, |emitter| emitter.emit_call_value(callee, *function, items))
            }
            IterState::Generator { handle, generator } => self.generator_next(*handle, generator, exhausted),
            IterState::Object { iterator, key, item } => self.object_next(*key, iterator, item, exhausted),
            IterState::Foreign { iterator } => self.foreign_next(*iterator, exhausted),
            IterState::Dynamic { value, state, element } => {
                let item = self.call_runtime_value(names::taipan_dynamic_next, &[(*value).into(), (*state).into()], "dynamic.item")?.into_pointer_value();
                let ended = self.builder.build_is_null(item, "dynamic.ended")?;
                let body = self.append_block("dynamic.item");
                self.builder.build_conditional_branch(ended, exhausted, body)?;
                self.builder.position_at_end(body);
                let boxed = Value::new(item, Type::Union(vec![]));
                if element.is_dynamic() {
                    Ok(Value::new(item, element.clone()))
                } else {
                    self.unbox_value(&boxed, element, None)
                }
            }
            IterState::Filter { inner, predicate } => {
                // Loops until an item passes.
                let header = self.append_block("filter.next");
                self.builder.build_unconditional_branch(header)?;
                self.builder.position_at_end(header);
                let item = self.iter_next(inner, exhausted)?;
                if item.is_never() {
                    return Ok(Value::never());
                }
                let truth = match predicate {
                    None => self.emit_truth(&item)?,
                    Some((key, callee)) => {
                        let result = self.emit_call_ending_iteration(exhausted, |emitter| emitter.emit_call_value(callee, *key, vec![item.clone()]))?;
                        if result.is_never() {
                            self.i1(false)
                        } else {
                            self.emit_truth(&result)?
                        }
                    }
                };
                let pass = self.append_block("filter.pass");
                self.builder.build_conditional_branch(truth, pass, header)?;
                self.builder.position_at_end(pass);
                Ok(item)
            }
        }
    }

    /// Runs `body` for each item of `iterable` (a lazy iterable, a generator
    /// expression, or any iterable value). `body` gets the item and the block
    /// that ends the iteration (for early exits).
    pub(super) fn emit_for_each(
        &mut self,
        iterable: &Expr,
        body: &mut dyn FnMut(&mut Self, Value<'ctx>, BasicBlock<'ctx>) -> CodegenResult<()>,
    ) -> CodegenResult<bool> {
        if let ExprKind::Comprehension(comprehension) = &iterable.kind {
            if comprehension.kind == ComprehensionKind::Generator {
                let exit = self.append_block("generator.end");
                let element = &comprehension.element;
                let mut on_element = |emitter: &mut Self| -> CodegenResult<()> {
                    let value = emitter.emit_expr(element)?;
                    if value.is_never() {
                        return Ok(());
                    }
                    body(emitter, value, exit)
                };
                self.emit_clauses(&comprehension.clauses, &mut on_element)?;
                self.branch_to(exit)?;
                self.builder.position_at_end(exit);
                return Ok(true);
            }
        }
        let Some(state) = self.iter_init(iterable)? else { return Ok(false) };
        let header = self.append_block("each.next");
        let exit = self.append_block("each.end");
        self.builder.build_unconditional_branch(header)?;
        self.builder.position_at_end(header);
        let item = self.iter_next(&state, exit)?;
        if !item.is_never() {
            self.emit_interrupt_poll()?;
            body(self, item, exit)?;
        }
        self.branch_to(header)?;
        self.builder.position_at_end(exit);
        Ok(true)
    }

    /// The nested loops of a comprehension's clauses; `on_element` runs in the
    /// innermost body when every condition holds.
    fn emit_clauses(&mut self, clauses: &[ComprehensionClause], on_element: &mut dyn FnMut(&mut Self) -> CodegenResult<()>) -> CodegenResult<()> {
        let Some((clause, rest)) = clauses.split_first() else {
            return on_element(self);
        };
        let Some(state) = self.iter_init_for_loop(&clause.target, &clause.iterable)? else { return Ok(()) };
        let header = self.append_block("comprehension.next");
        let exit = self.append_block("comprehension.end");
        self.builder.build_unconditional_branch(header)?;
        self.builder.position_at_end(header);
        let item = self.iter_next(&state, exit)?;
        if !item.is_never() {
            self.emit_bind(&clause.target, &item)?;
            for condition in &clause.conditions {
                let truth = self.emit_condition(condition)?;
                let pass = self.append_block("comprehension.if");
                self.builder.build_conditional_branch(truth, pass, header)?;
                self.builder.position_at_end(pass);
            }
            self.emit_clauses(rest, on_element)?;
        }
        self.branch_to(header)?;
        self.builder.position_at_end(exit);
        Ok(())
    }

    pub(super) fn emit_comprehension(&mut self, comprehension: &Comprehension, ty: &Type) -> CodegenResult<Value<'ctx>> {
        let container = match ty {
            Type::List(_) => self.new_list(self.const_int(0), ty)?,
            Type::Set(_) | Type::FrozenSet(_) => self.new_set(ty)?,
            Type::Dict(_) => self.new_dict(ty)?,
            _ => return Ok(Value::never()),
        };
        let element = &comprehension.element;
        let value_expr = comprehension.value.as_ref();
        let ty_for_closure = ty.clone();
        let (element_type, value_type) = match ty {
            Type::Dict(c) => (c.element().clone(), c.value().clone()),
            other => (Self::list_element_type(other), Type::Unknown),
        };
        let mut on_element = |emitter: &mut Self| -> CodegenResult<()> {
            let value = emitter.emit_expr(element)?;
            if value.is_never() {
                return Ok(());
            }
            let slot = emitter.slot_as(&value, &element_type)?;
            match ty_for_closure {
                Type::List(_) => {
                    emitter.call_runtime(names::taipan_list_append, &[container.into(), slot.into()], "")?;
                }
                Type::Set(_) | Type::FrozenSet(_) => {
                    emitter.call_runtime(names::taipan_set_add, &[container.into(), slot.into()], "")?;
                }
                _ => {
                    let Some(value_expr) = value_expr else { return Err(CodegenError::new("dict comprehension without value")) };
                    let mapped = emitter.emit_expr(value_expr)?;
                    if mapped.is_never() {
                        return Ok(());
                    }
                    let mapped_slot = emitter.slot_as(&mapped, &value_type)?;
                    emitter.call_runtime(names::taipan_dict_set_item, &[container.into(), slot.into(), mapped_slot.into()], "")?;
                }
            }
            Ok(())
        };
        self.emit_clauses(&comprehension.clauses, &mut on_element)?;
        Ok(Value::new(container, ty.clone()))
    }

    /// A `for` statement over anything but a literal `range(...)` call.
    /// The separator (null: whitespace) and `maxsplit` (negative: no limit)
    /// of a `split`/`rsplit` call, from its evaluated positional and keyword
    /// arguments.
    fn split_operands(&mut self, values: &[Value<'ctx>], keyword_values: &[(&str, Value<'ctx>)]) -> CodegenResult<(PointerValue<'ctx>, IntValue<'ctx>)> {
        let mut separator: Option<&Value<'ctx>> = values.first();
        let mut max_split: Option<&Value<'ctx>> = values.get(1);
        for (keyword, value) in keyword_values {
            match *keyword {
                "sep" => separator = Some(value),
                _ => max_split = Some(value),
            }
        }
        let separator = match separator {
            Some(value) if value.ty == Type::Str => value.pointer()?,
            _ => self.ptr_type().const_null(),
        };
        let max_split = match max_split {
            Some(value) => self.as_i64(value)?,
            None => self.const_int(-1),
        };
        Ok((separator, max_split))
    }

    /// Evaluates a `split` call's arguments in CPython's order (positional,
    /// then keywords); `None` when one of them never completes.
    fn emit_split_operands(&mut self, args: &[Expr], keywords: &[Keyword]) -> CodegenResult<Option<(PointerValue<'ctx>, IntValue<'ctx>)>> {
        let Some(values) = self.emit_each(args)? else { return Ok(None) };
        let Some(keyword_results) = self.emit_each(keywords.iter().map(|keyword| &keyword.value))? else { return Ok(None) };
        let keyword_values: Vec<(&str, Value<'ctx>)> = keywords.iter().map(|keyword| keyword.name.as_str()).zip(keyword_results).collect();
        self.split_operands(&values, &keyword_values).map(Some)
    }

    pub(super) fn emit_for_generic(&mut self, target: &Target, iterable: &Expr, body: &[Stmt], else_body: &[Stmt]) -> CodegenResult<()> {
        let Some(state) = self.iter_init_for_loop(target, iterable)? else { return Ok(()) };
        let header = self.append_block("for.next");
        let else_block = self.append_block("for.else");
        let exit = self.append_block("for.end");
        self.builder.build_unconditional_branch(header)?;
        self.builder.position_at_end(header);
        let item = self.iter_next(&state, else_block)?;
        if !item.is_never() {
            self.emit_interrupt_poll()?;
            self.emit_bind(target, &item)?;
            self.loops.push(LoopTargets { continue_block: header, break_block: exit });
            self.emit_block(body)?;
            self.loops.pop();
        }
        self.branch_to(header)?;
        self.builder.position_at_end(else_block);
        self.emit_block(else_body)?;
        self.branch_to(exit)?;
        self.builder.position_at_end(exit);
        Ok(())
    }

    /// Collects any iterable into a new list (for unpacking and `list()`).
    fn collect_list(&mut self, iterable: &Expr, ty: &Type) -> CodegenResult<Option<PointerValue<'ctx>>> {
        if let (false, Type::List(_)) = (is_lazy_iterable(iterable), ty) {
            // Fall through to the generic path: list(x) copies x.
        }
        let list = self.new_list(self.const_int(0), ty)?;
        let element = match ty {
            Type::VarTuple(element) => (**element).clone(),
            other => Self::list_element_type(other),
        };
        let reached = self.emit_for_each(iterable, &mut |emitter, item, _| {
            let slot = emitter.slot_as(&item, &element)?;
            emitter.call_runtime(names::taipan_list_append, &[list.into(), slot.into()], "")?;
            Ok(())
        })?;
        Ok(reached.then_some(list))
    }

    // ----- unpacking ---------------------------------------------------------------

    /// `a, *b, c = value` for a value that is not a fixed-length tuple.
    pub(super) fn emit_unpack_sequence(&mut self, elements: &[Target], starred: Option<usize>, value: &Value<'ctx>) -> CodegenResult<()> {
        let element_type = match &value.ty {
            Type::List(c) | Type::Set(c) | Type::FrozenSet(c) | Type::Dict(c) | Type::Generator(c) => c.element().clone(),
            Type::VarTuple(element) => (**element).clone(),
            Type::Str => Type::Str,
            Type::Range => Type::Int,
            Type::Tuple(members) => members.iter().fold(Type::Unknown, |joined, member| joined.join(member)),
            other => {
                let message = format!("cannot unpack non-iterable {} object", other.python_name());
                return self.emit_raise(ExceptionKind::TypeError, &message);
            }
        };
        let list_type = Type::List(taipan_typeinfer::types::Container::structural(vec![element_type.clone()]));
        // Materialise the values in a list, then check the count.
        let list = match &value.ty {
            Type::List(_) | Type::VarTuple(_) => value.pointer()?,
            _ => {
                let list = self.new_list(self.const_int(0), &list_type)?;
                self.extend_list_from_value(list, value, &list_type)?;
                list
            }
        };
        let length = self.list_length(list)?;
        let count = elements.len() as i64;
        match starred {
            None => {
                let too_many = self.builder.build_int_compare(IntPredicate::SGT, length, self.const_int(count), "too_many")?;
                let too_many_message = format!("too many values to unpack (expected {count})");
                self.raise_if(too_many, ExceptionKind::ValueError, &too_many_message)?;
                let too_few = self.builder.build_int_compare(IntPredicate::SLT, length, self.const_int(count), "too_few")?;
                let raise_block = self.append_block("unpack.short");
                let ok_block = self.append_block("unpack.ok");
                self.builder.build_conditional_branch(too_few, raise_block, ok_block)?;
                self.builder.position_at_end(raise_block);
                let prefix = self.str_constant(&format!("not enough values to unpack (expected {count}, got "));
                let got = self.emit_to_str(&Value::new(length, Type::Int), false)?;
                let text = self.concat(prefix, got)?;
                let close = self.str_constant(")");
                let text = self.concat(text, close)?;
                self.emit_raise_terminator(ExceptionKind::ValueError, text)?;
                self.builder.position_at_end(ok_block);
                let mut items = Vec::new();
                for index in 0..count {
                    let address = self.list_slot_address(list, self.const_int(index), &element_type)?;
                    let slot = self.load_slot(address)?;
                    items.push(self.from_slot(slot, &element_type)?);
                }
                for (target, item) in elements.iter().zip(items) {
                    self.emit_bind(target, &item)?;
                }
            }
            Some(position) => {
                let fixed = count - 1;
                let too_few = self.builder.build_int_compare(IntPredicate::SLT, length, self.const_int(fixed), "too_few")?;
                let raise_block = self.append_block("unpack.short");
                let ok_block = self.append_block("unpack.ok");
                self.builder.build_conditional_branch(too_few, raise_block, ok_block)?;
                self.builder.position_at_end(raise_block);
                let prefix = self.str_constant(&format!("not enough values to unpack (expected at least {fixed}, got "));
                let got = self.emit_to_str(&Value::new(length, Type::Int), false)?;
                let text = self.concat(prefix, got)?;
                let close = self.str_constant(")");
                let text = self.concat(text, close)?;
                self.emit_raise_terminator(ExceptionKind::ValueError, text)?;
                self.builder.position_at_end(ok_block);
                let after = fixed - position as i64;
                let mut bound = Vec::new();
                for (index, _) in elements.iter().enumerate() {
                    if index < position {
                        let address = self.list_slot_address(list, self.const_int(index as i64), &element_type)?;
                        let slot = self.load_slot(address)?;
                        bound.push(self.from_slot(slot, &element_type)?);
                    } else if index == position {
                        let stop = self.builder.build_int_sub(length, self.const_int(after), "rest_stop")?;
                        let rest = self.call_runtime_value(
                            names::taipan_list_slice,
                            &[list.into(), self.const_int(position as i64).into(), stop.into(), self.const_int(1).into()],
                            "rest",
                        )?;
                        bound.push(Value { llvm: Some(rest), ty: list_type.clone() });
                    } else {
                        let from_end = count - index as i64;
                        let at = self.builder.build_int_sub(length, self.const_int(from_end), "from_end")?;
                        let address = self.list_slot_address(list, at, &element_type)?;
                        let slot = self.load_slot(address)?;
                        bound.push(self.from_slot(slot, &element_type)?);
                    }
                }
                for (target, item) in elements.iter().zip(bound) {
                    self.emit_bind(target, &item)?;
                }
            }
        }
        Ok(())
    }

    /// `a, *rest, b = (1, 2, 3, 4)` for a tuple of known length.
    pub(super) fn emit_unpack_tuple_starred(&mut self, elements: &[Target], position: usize, value: &Value<'ctx>, rest_type: &Type) -> CodegenResult<()> {
        let Type::Tuple(members) = &value.ty else { return Err(CodegenError::new("starred tuple unpacking")) };
        let members = members.clone();
        let fixed = elements.len() - 1;
        if members.len() < fixed {
            let message = format!("not enough values to unpack (expected at least {fixed}, got {})", members.len());
            return self.emit_raise(ExceptionKind::ValueError, &message);
        }
        let aggregate = value.get()?.into_struct_value();
        let member_value = |emitter: &mut Self, index: usize| -> CodegenResult<Value<'ctx>> {
            let member = members[index].clone();
            let llvm = if ModuleGenerator::has_value(&member) { Some(emitter.builder.build_extract_value(aggregate, index as u32, "member")?) } else { None };
            Ok(Value { llvm, ty: member })
        };
        let after = elements.len() - position - 1;
        let middle: Vec<usize> = (position..members.len() - after).collect();
        let rest = self.new_list(self.const_int(middle.len() as i64), rest_type)?;
        for (offset, index) in middle.iter().enumerate() {
            let item = member_value(self, *index)?;
            let slot = self.slot_as(&item, &Self::list_element_type(rest_type))?;
            let address = self.list_slot_address(rest, self.const_int(offset as i64), &Self::list_element_type(rest_type))?;
            self.store_slot(address, slot)?;
        }
        for (index, target) in elements.iter().enumerate() {
            let bound = if index < position {
                member_value(self, index)?
            } else if index == position {
                Value::new(rest, rest_type.clone())
            } else {
                member_value(self, members.len() - (elements.len() - index))?
            };
            self.emit_bind(target, &bound)?;
        }
        Ok(())
    }

    // ----- calls of function values ----------------------------------------------

    /// Calls the function value `callee` (a def's name, a lambda or a builtin)
    /// with positional arguments; its instance was recorded under `key`. A
    /// closure's value (its environment) is read from `callee` now.
    pub(super) fn emit_call_value(&mut self, callee: &Expr, key: ExprId, args: Vec<Value<'ctx>>) -> CodegenResult<Value<'ctx>> {
        if args.iter().any(Value::is_never) {
            return Ok(Value::never());
        }
        if let ExprKind::Builtin(builtin) = &callee.kind {
            let expected = self.expr_type(callee);
            if expected == Type::Unknown {
                return Ok(Value::never());
            }
            return self.emit_builtin(*builtin, &[], args, &[], Vec::new(), &expected);
        }
        let callee_value = match self.expr_type(callee) {
            // A plain function's value has no representation: nothing to read.
            function @ Type::Function(_) => Value { llvm: None, ty: function },
            _ => self.emit_expr(callee)?,
        };
        if callee_value.is_never() || !self.instance.calls.contains_key(&key) {
            return Ok(Value::never());
        }
        self.emit_call_of_value(&callee_value, key, args, Vec::new())
    }

    /// Whether iterating `expr` (a native container or generator) gives
    /// CPython objects.
    fn iterates_cpython_objects(&self, expr: &Expr) -> bool {
        match self.expr_type(expr) {
            Type::List(c) | Type::Set(c) | Type::FrozenSet(c) | Type::Generator(c) => *c.element() == Type::Foreign,
            Type::VarTuple(element) => *element == Type::Foreign,
            Type::Tuple(members) => !members.is_empty() && members.iter().all(|member| *member == Type::Foreign),
            _ => false,
        }
    }

    /// The call `call` emits, made where a `StopIteration` it raises ends the
    /// iteration (branches to `exhausted`), as CPython's `map` and `filter`
    /// objects pass it on to the loop that asks them for an item. Any other
    /// exception goes on to the handler around the loop.
    fn emit_call_ending_iteration(
        &mut self,
        exhausted: BasicBlock<'ctx>,
        call: impl FnOnce(&mut Self) -> CodegenResult<Value<'ctx>>,
    ) -> CodegenResult<Value<'ctx>> {
        let Some(stop_iteration) = self.gen.program.builtin_class("StopIteration") else { return call(self) };
        let outer = self.unwind_target;
        let pad = self.append_block("iteration.raised");
        self.unwind_target = Some(pad);
        let result = call(self);
        self.unwind_target = outer;
        let result = result?;
        let continue_block = self.builder.get_insert_block();
        self.builder.position_at_end(pad);
        let exception = self.emit_landing_pad()?;
        let any_exception = Value::new(exception, Type::Instance { class: taipan_typeinfer::BASE_EXCEPTION.0, or_none: false });
        let is_stop = self.emit_is_subclass_instance(&any_exception, stop_iteration)?;
        let reraise = self.append_block("iteration.reraise");
        self.builder.build_conditional_branch(is_stop, exhausted, reraise)?;
        self.builder.position_at_end(reraise);
        self.emit_raise_instance(exception)?;
        if let Some(block) = continue_block {
            self.builder.position_at_end(block);
        }
        Ok(result)
    }

    /// `dict.get(key, default)` whose result is a pointer of another
    /// representation than the values (a box, a CPython object): `convert`
    /// makes one from the default, and from the value only when it was found
    /// (the looked-up slot is garbage otherwise).
    fn emit_dict_get_converted(
        &mut self,
        dict: BasicValueEnum<'ctx>,
        key: IntValue<'ctx>,
        default: &Value<'ctx>,
        value_type: &Type,
        result_type: &Type,
        convert: impl Fn(&mut Self, &Value<'ctx>) -> CodegenResult<Value<'ctx>>,
    ) -> CodegenResult<BasicValueEnum<'ctx>> {
        let i8_type = self.gen.context.i8_type();
        let found = self.entry_alloca(i8_type, "found")?;
        let slot = self.call_runtime_value(names::taipan_dict_lookup, &[dict, key.into(), found.into()], "looked_up")?.into_int_value();
        let found = self.builder.build_load(i8_type, found, "found")?;
        let found = self.i8_to_bool(found)?;
        let default_converted = convert(self, default)?.get()?;
        let start = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        let found_block = self.append_block("get.found");
        let join = self.append_block("get.done");
        self.builder.build_conditional_branch(found, found_block, join)?;
        self.builder.position_at_end(found_block);
        let value = self.from_slot(slot, value_type)?;
        let value_converted = convert(self, &value)?.get()?;
        let found_end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        self.builder.build_unconditional_branch(join)?;
        self.builder.position_at_end(join);
        let result = self.builder.build_phi(self.gen.llvm_type(result_type), "got")?;
        result.add_incoming(&[(&default_converted, start), (&value_converted, found_end)]);
        Ok(result.as_basic_value())
    }

    /// Calls a function value (a plain function or a closure) with the
    /// arguments evaluated already; its instance was recorded under `key`.
    pub(super) fn emit_call_of_value(&mut self, callee: &Value<'ctx>, key: ExprId, positional: Vec<Value<'ctx>>, keywords: Vec<Value<'ctx>>) -> CodegenResult<Value<'ctx>> {
        if positional.iter().chain(&keywords).any(Value::is_never) {
            return Ok(Value::never());
        }
        let method = match &callee.ty {
            Type::BoundMethod { class, name } => Some((*class, name.clone())),
            Type::Instance { class, .. } => Some((*class, "__call__".to_string())),
            _ => None,
        };
        if let (Some((class, name)), Some(resolution)) = (method, self.instance.calls.get(&key).cloned()) {
            let receiver = Value::new(callee.pointer()?, Type::Instance { class, or_none: false });
            let expected = self.resolution_result_type(&resolution);
            self.emit_none_check(&receiver, &name)?;
            return self.emit_dispatch(&resolution, receiver, &name, &positional, &keywords, &expected);
        }
        match self.instance.calls.get(&key).cloned() {
            Some(CallResolution::Bound { callee: instance, params }) => {
                let environment = match callee.ty {
                    Type::Closure { .. } => Some(callee.pointer()?),
                    _ => None,
                };
                self.emit_call_instance_in(instance, &params, None, environment, &positional, &keywords)
            }
            Some(CallResolution::TypeError(message)) => {
                self.emit_raise(ExceptionKind::TypeError, &message)?;
                Ok(Value::never())
            }
            Some(CallResolution::FunctionDispatch { targets }) => self.emit_function_dispatch(callee, &targets, positional, keywords),
            Some(other) => Err(CodegenError::new(format!("a function value's call resolved to {other:?}"))),
            None => Ok(Value::never()),
        }
    }

    /// A call of one of several functions (`Type::Functions`): a `switch`
    /// on the function's id, each case calling that function.
    fn emit_function_dispatch(
        &mut self,
        callee: &Value<'ctx>,
        targets: &[(FunctionId, CallResolution)],
        positional: Vec<Value<'ctx>>,
        keywords: Vec<Value<'ctx>>,
    ) -> CodegenResult<Value<'ctx>> {
        // The result type comes from the targets (the call's key may be the
        // callee's expression, for `key=` and `map`).
        let expected = targets.iter().fold(Type::Unknown, |joined, (_, target)| joined.join(&self.resolution_result_type(target)));
        let function_id = callee.int()?;
        let unknown = self.append_block("call.unknown");
        let mut cases = Vec::new();
        let mut blocks = Vec::new();
        for (function, resolution) in targets {
            let block = self.append_block("call.function");
            cases.push((self.i64_type().const_int(function.0 as u64, false), block));
            blocks.push((block, *function, resolution.clone()));
        }
        self.builder.build_switch(function_id, unknown, &cases)?;
        let mut incoming = Vec::new();
        for (block, function, resolution) in blocks {
            self.builder.position_at_end(block);
            let single = Value { llvm: None, ty: Type::Function(function.0) };
            // Each case binds the call as a direct call of its function.
            let result = match resolution {
                CallResolution::Bound { callee: instance, params } => self.emit_call_instance_in(instance, &params, None, None, &positional, &keywords)?,
                CallResolution::TypeError(message) => {
                    self.emit_raise(ExceptionKind::TypeError, &message)?;
                    Value::never()
                }
                other => return Err(CodegenError::new(format!("a function value's call of {single:?} resolved to {other:?}"))),
            };
            if !result.is_never() && !self.is_terminated() {
                let result = self.coerce(result, &expected)?;
                let end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?;
                incoming.push((result, end));
            }
        }
        // Inference lists every function the value may be.
        self.finish_switch(unknown, &incoming, &expected)
    }

    /// Ends a `switch` whose cases produced `incoming` values: its default
    /// (`unreachable`, inference having listed every case) and a block
    /// joining the cases' values as `expected`.
    pub(super) fn finish_switch(&mut self, unreachable_default: BasicBlock<'ctx>, incoming: &[(Value<'ctx>, BasicBlock<'ctx>)], expected: &Type) -> CodegenResult<Value<'ctx>> {
        self.builder.position_at_end(unreachable_default);
        self.builder.build_unreachable()?;
        if incoming.is_empty() {
            self.start_dead_block();
            return Ok(Value::never());
        }
        let join = self.append_block("switch.done");
        for (_, block) in incoming {
            self.builder.position_at_end(*block);
            self.builder.build_unconditional_branch(join)?;
        }
        self.builder.position_at_end(join);
        self.merge_values(incoming, expected)
    }

    /// A direct call of a function instance.
    pub(super) fn emit_call_instance(
        &mut self,
        instance_id: InstanceId,
        params: &[ArgumentSource],
        positional: &[Value<'ctx>],
        keywords: &[Value<'ctx>],
    ) -> CodegenResult<Value<'ctx>> {
        self.emit_call_instance_with_receiver(instance_id, params, None, positional, keywords)
    }

    /// A direct call of a function instance; `receiver` is the value of
    /// `ArgumentSource::Receiver` (a method's instance).
    pub(super) fn emit_call_instance_with_receiver(
        &mut self,
        instance_id: InstanceId,
        params: &[ArgumentSource],
        receiver: Option<&Value<'ctx>>,
        positional: &[Value<'ctx>],
        keywords: &[Value<'ctx>],
    ) -> CodegenResult<Value<'ctx>> {
        self.emit_call_instance_in(instance_id, params, receiver, None, positional, keywords)
    }

    /// A direct call of a function instance; `environment` is the value of
    /// the closure called, when the instance is a closure's.
    pub(super) fn emit_call_instance_in(
        &mut self,
        instance_id: InstanceId,
        params: &[ArgumentSource],
        receiver: Option<&Value<'ctx>>,
        environment: Option<PointerValue<'ctx>>,
        positional: &[Value<'ctx>],
        keywords: &[Value<'ctx>],
    ) -> CodegenResult<Value<'ctx>> {
        let callee_instance = self.gen.typed.instance(instance_id);
        let function = callee_instance.function;
        let mut target = self.gen.instance_functions[instance_id.0 as usize];
        if std::ptr::eq(callee_instance, self.instance) {
            target = self.self_call_target.unwrap_or(target);
        }
        let mut call_args: Vec<BasicValueEnum> = vec![self.callee_depth()?.into()];
        let closure_environment = if self.gen.program.function(function).is_closure {
            let environment = environment.ok_or_else(|| CodegenError::new("a closure called without its environment"))?;
            call_args.push(environment.into());
            Some(environment)
        } else {
            None
        };
        // First, as CPython checks them first: the keys of a `**mapping`
        // that name no parameter, or one given already.
        for source in params {
            if let ArgumentSource::MappingCheck { mapping, allowed, positional: by_position, keywords: by_keyword } = source {
                let def = self.gen.program.function(function);
                let qualified = taipan_typeinfer::call_error_name(self.gen.program, function);
                let allowed = match allowed {
                    Some(names) => self.str_constant(&names.join("\n")),
                    None => self.ptr_type().const_null(),
                };
                let by_position = self.str_constant(&by_position.join("\n"));
                let by_keyword = self.str_constant(&by_keyword.join("\n"));
                // CPython names the function `f` in binding errors and
                // `module.f` in the duplicate-keyword one.
                let function_name = self.str_constant(&format!("{qualified}\n{}", def.qualified_name));
                let mapping = keywords[*mapping].get()?;
                self.call_runtime(names::taipan_check_keyword_names, &[mapping, allowed.into(), by_position.into(), by_keyword.into(), function_name.into()], "")?;
            }
        }
        for (index, (source, param_type)) in params.iter().zip(&callee_instance.arg_types).enumerate() {
            if !ModuleGenerator::has_value(param_type) {
                continue;
            }
            let llvm: BasicValueEnum = match source {
                ArgumentSource::Positional(position) => self.coerce(positional[*position].clone(), param_type)?.get()?,
                ArgumentSource::Keyword(position) => self.coerce(keywords[*position].clone(), param_type)?.get()?,
                ArgumentSource::Receiver => {
                    let receiver = receiver.ok_or_else(|| CodegenError::new("a method call without its receiver"))?;
                    match (&receiver.ty, param_type) {
                        // A `@classmethod` called on an instance: its class.
                        (Type::Instance { .. }, Type::Class { .. }) => self.class_of(receiver.pointer()?)?.into(),
                        _ => self.coerce(receiver.clone(), param_type)?.get()?,
                    }
                }
                ArgumentSource::Default if self.gen.program.function(function).params[index].default_local.is_some() => {
                    let environment = closure_environment.ok_or_else(|| CodegenError::new("a closure's default without its environment"))?;
                    self.closure_default(instance_id, index, environment)?
                }
                ArgumentSource::Default => self.parameter_default(function, index, param_type)?,
                ArgumentSource::VarPositional(positions) => {
                    let Type::Tuple(members) = param_type else { return Err(CodegenError::new("`*args` of a non-tuple type")) };
                    let mut values = Vec::new();
                    for (position, member) in positions.iter().zip(members) {
                        values.push(self.coerce(positional[*position].clone(), member)?);
                    }
                    self.build_tuple_of(values, param_type)?.get()?
                }
                ArgumentSource::VarKeyword { named, mapping } => {
                    let consumed: Vec<String> = params
                        .iter()
                        .enumerate()
                        .filter(|(_, source)| matches!(source, ArgumentSource::FromMapping { .. }))
                        .map(|(index, _)| self.gen.program.function(function).params[index].name.clone())
                        .collect();
                    self.build_keyword_dict(param_type, named, *mapping, &consumed, keywords)?.into()
                }
                ArgumentSource::FromMapping { mapping } => self.parameter_from_mapping(function, index, param_type, &keywords[*mapping])?,
                ArgumentSource::FromSpread { position, index: item } => {
                    // A required parameter the sequence does not reach is the
                    // first of those missing: this one and the required ones
                    // after it that the sequence would fill.
                    let def = self.gen.program.function(function);
                    let missing: Vec<String> = params
                        .iter()
                        .enumerate()
                        .skip(index)
                        .take(def.params.len() - index)
                        .filter(|(i, source)| matches!(source, ArgumentSource::FromSpread { .. }) && def.params[*i].default.is_none())
                        .map(|(i, _)| format!("'{}'", def.params[i].name))
                        .collect();
                    self.parameter_from_spread(function, index, param_type, &positional[*position], *item, &missing)?
                }
                ArgumentSource::VarPositionalSpread { fixed, spread, from } => {
                    let list_type = Type::List(taipan_typeinfer::types::Container::structural(vec![match param_type {
                        Type::VarTuple(element) => (**element).clone(),
                        _ => return Err(CodegenError::new("`*args` of a non-tuple type")),
                    }]));
                    let rest = self.call_runtime_value(
                        names::taipan_list_slice,
                        &[positional[*spread].get()?, self.const_int(*from as i64).into(), self.const_int(ABSENT_INT).into(), self.const_int(1).into()],
                        "args.rest",
                    )?;
                    if fixed.is_empty() {
                        rest
                    } else {
                        let list = self.new_list(self.const_int(0), &list_type)?;
                        for position in fixed {
                            let element = Self::list_element_type(&list_type);
                            let slot = self.slot_as(&positional[*position], &element)?;
                            self.call_runtime(names::taipan_list_append, &[list.into(), slot.into()], "")?;
                        }
                        self.call_runtime(names::taipan_list_extend, &[list.into(), rest], "")?;
                        list.into()
                    }
                }
                ArgumentSource::SpreadLimit { .. } | ArgumentSource::MappingCheck { .. } => return Err(CodegenError::new("a check bound to a parameter")),
            };
            call_args.push(llvm);
        }
        // A `*sequence` longer than the parameters it may fill.
        for source in &params[callee_instance.arg_types.len().min(params.len())..] {
            if let ArgumentSource::SpreadLimit { position, consumed, fixed, prefix } = source {
                self.emit_spread_limit(&positional[*position], *consumed, *fixed, prefix)?;
            }
        }

        let call = self.build_call_or_invoke(target, &call_args, "call")?;
        match callee_instance.return_type.clone() {
            Type::Unknown => Ok(Value::never()),
            Type::None => Ok(Value::none()),
            // A plain function has no representation to return.
            function @ Type::Function(_) => Ok(Value { llvm: None, ty: function }),
            other => {
                let llvm = call.try_as_basic_value().basic().ok_or_else(|| CodegenError::new("call returned nothing"))?;
                Ok(Value { llvm: Some(llvm), ty: other })
            }
        }
    }

    /// `hash(value)`. A tuple is hashed from its members' hashes without
    /// boxing it (hashing tuples of fields is what `__hash__` methods do).
    fn emit_value_hash(&mut self, value: &Value<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        if let Type::Tuple(members) = &value.ty {
            let members = members.clone();
            let count = members.len().max(1) as u32;
            let lanes = self.entry_alloca(self.i64_type().array_type(count), "hash.lanes")?;
            let aggregate = value.get()?.into_struct_value();
            for (index, member) in members.iter().enumerate() {
                let llvm = if ModuleGenerator::has_value(member) { Some(self.builder.build_extract_value(aggregate, index as u32, "member")?) } else { None };
                let lane = self.emit_value_hash(&Value { llvm, ty: member.clone() })?;
                let address = unsafe { self.builder.build_gep(self.i64_type(), lanes, &[self.const_int(index as i64)], "lane")? };
                self.builder.build_store(address, lane)?;
            }
            let count = self.const_int(members.len() as i64);
            return Ok(self.call_runtime_value(names::taipan_hash_tuple_lanes, &[lanes.into(), count.into()], "hash")?.into_int_value());
        }
        let descriptor = self.descriptor(&value.ty);
        let slot = self.to_slot(value)?;
        Ok(self.call_runtime_value(names::taipan_value_hash, &[slot.into(), descriptor.into()], "hash")?.into_int_value())
    }

    /// The value the `def` statement stored for parameter `index`.
    fn parameter_default(&mut self, function: FunctionId, index: usize, param_type: &Type) -> CodegenResult<BasicValueEnum<'ctx>> {
        // The default is stored as its own type; the parameter may be wider
        // (a box, when a `*sequence` may fill it with another type).
        let default_type = self.gen.typed.default_types.get(&(function, index)).cloned().unwrap_or_else(|| param_type.clone());
        if !ModuleGenerator::has_value(&default_type) {
            return self.coerce(Value { llvm: None, ty: default_type }, param_type)?.get();
        }
        let slot = self.gen.defaults.get(&(function, index)).copied().ok_or_else(|| CodegenError::new("missing default slot"))?;
        let stored = self.builder.build_load(self.gen.llvm_type(&default_type), slot.as_pointer_value(), "default")?;
        self.coerce(Value::new(stored, default_type), param_type)?.get()
    }

    /// Parameter `index` looked up by name in a `**mapping` argument: its
    /// value there, else its default, else CPython's TypeError.
    fn parameter_from_mapping(&mut self, function: FunctionId, index: usize, param_type: &Type, mapping: &Value<'ctx>) -> CodegenResult<BasicValueEnum<'ctx>> {
        let Type::Dict(c) = &mapping.ty else { return Err(CodegenError::new("`**` of a non-dict")) };
        let value_type = c.value().clone();
        let param = &self.gen.program.function(function).params[index];
        let what = if param.kind == ParamKind::KeywordOnly { "keyword-only" } else { "positional" };
        let missing = taipan_typeinfer::missing_arguments_message(&taipan_typeinfer::call_error_name(self.gen.program, function), what, &[format!("'{}'", param.name)]);
        let key = Value::new(self.str_constant(&param.name.clone()), Type::Str);
        let key_slot = self.slot_as(&key, &Type::Str)?;
        let found = self.entry_alloca(self.gen.context.i8_type(), "found")?;
        let slot = self
            .call_runtime_value(names::taipan_dict_lookup, &[mapping.get()?, key_slot.into(), found.into()], "mapping.value")?
            .into_int_value();
        let found_byte = self.builder.build_load(self.gen.context.i8_type(), found, "found")?.into_int_value();
        let is_found = self.builder.build_int_compare(IntPredicate::NE, found_byte, self.gen.context.i8_type().const_zero(), "is_found")?;
        self.parameter_or_default(function, index, param_type, is_found, &missing, &mut |this| this.from_slot(slot, &value_type))
    }

    /// Parameter `index` filled by item `item` of a `*sequence` argument:
    /// that item, else (a shorter sequence) the default, else CPython's
    /// TypeError naming the `missing` parameters.
    fn parameter_from_spread(
        &mut self,
        function: FunctionId,
        index: usize,
        param_type: &Type,
        sequence: &Value<'ctx>,
        item: usize,
        missing: &[String],
    ) -> CodegenResult<BasicValueEnum<'ctx>> {
        let message = taipan_typeinfer::missing_arguments_message(&taipan_typeinfer::call_error_name(self.gen.program, function), "positional", missing);
        let length = self.container_length(sequence)?;
        let present = self.builder.build_int_compare(IntPredicate::SGT, length, self.const_int(item as i64), "has_item")?;
        // A tuple of run-time length is a list object.
        let as_list = match &sequence.ty {
            Type::VarTuple(element) => Value { llvm: sequence.llvm, ty: Type::List(taipan_typeinfer::types::Container::structural(vec![(**element).clone()])) },
            _ => sequence.clone(),
        };
        self.parameter_or_default(function, index, param_type, present, &message, &mut |this| {
            this.emit_container_index_with(&as_list, &Value::new(this.const_int(item as i64), Type::Int), "list index out of range")
        })
    }

    /// A parameter whose argument is found at run time: `read` where
    /// `is_present`, else the parameter's default, else CPython's
    /// TypeError `missing`.
    pub(crate) fn parameter_or_default(
        &mut self,
        function: FunctionId,
        index: usize,
        param_type: &Type,
        is_present: IntValue<'ctx>,
        missing: &str,
        read: &mut dyn FnMut(&mut Self) -> CodegenResult<Value<'ctx>>,
    ) -> CodegenResult<BasicValueEnum<'ctx>> {
        let result = self.entry_alloca(self.gen.llvm_type(param_type), "parameter")?;
        let present = self.append_block("argument.present");
        let absent = self.append_block("argument.absent");
        let join = self.append_block("argument.join");
        self.builder.build_conditional_branch(is_present, present, absent)?;
        self.builder.position_at_end(present);
        let value = read(self)?;
        let value = self.coerce(value, param_type)?.get()?;
        self.builder.build_store(result, value)?;
        self.builder.build_unconditional_branch(join)?;
        self.builder.position_at_end(absent);
        if self.gen.program.function(function).params[index].default.is_some() {
            let default = self.parameter_default(function, index, param_type)?;
            self.builder.build_store(result, default)?;
            self.builder.build_unconditional_branch(join)?;
        } else {
            self.emit_raise(ExceptionKind::TypeError, missing)?;
        }
        self.builder.position_at_end(join);
        Ok(self.builder.build_load(self.gen.llvm_type(param_type), result, "parameter")?)
    }

    /// CPython's TypeError when a `*sequence` has more than `consumed`
    /// items for the parameters left: "... but N were given".
    fn emit_spread_limit(&mut self, sequence: &Value<'ctx>, consumed: usize, fixed: usize, prefix: &str) -> CodegenResult<()> {
        let length = self.container_length(sequence)?;
        let too_many = self.builder.build_int_compare(IntPredicate::SGT, length, self.const_int(consumed as i64), "too_many")?;
        let raise_block = self.append_block("spread.too_many");
        let fine = self.append_block("spread.fine");
        self.builder.build_conditional_branch(too_many, raise_block, fine)?;
        self.builder.position_at_end(raise_block);
        let given = self.builder.build_int_add(length, self.const_int(fixed as i64), "given")?;
        let given_text = self.call_runtime_value(names::taipan_str_from_int, &[given.into()], "given_text")?;
        let prefix = self.str_constant(prefix);
        let message = self.call_runtime_value(names::taipan_str_concat, &[prefix.into(), given_text], "message")?;
        let is_one = self.builder.build_int_compare(IntPredicate::EQ, given, self.const_int(1), "is_one")?;
        let (one, many) = (self.str_constant(" was given"), self.str_constant(" were given"));
        let suffix = self.builder.build_select(is_one, one, many, "suffix")?.into_pointer_value();
        let message = self.call_runtime_value(names::taipan_str_concat, &[message, suffix.into()], "message")?;
        self.emit_raise_with(ExceptionKind::TypeError, message.into_pointer_value())?;
        self.builder.position_at_end(fine);
        Ok(())
    }

    /// The dict a `**kwargs` parameter receives: the rest of the `**mapping`
    /// argument (without the keys parameters took), then the surplus named
    /// keyword arguments.
    fn build_keyword_dict(
        &mut self,
        dict_type: &Type,
        named: &[(String, usize)],
        mapping: Option<usize>,
        consumed: &[String],
        keywords: &[Value<'ctx>],
    ) -> CodegenResult<PointerValue<'ctx>> {
        let Type::Dict(c) = dict_type else { return Err(CodegenError::new("`**kwargs` of a non-dict type")) };
        let value_type = c.value().clone();
        let dict = match mapping {
            Some(mapping) => {
                let copy = self.call_runtime_value(names::taipan_dict_copy, &[keywords[mapping].get()?], "kwargs")?.into_pointer_value();
                for name in consumed {
                    let key = Value::new(self.str_constant(name), Type::Str);
                    let key_slot = self.slot_as(&key, &Type::Str)?;
                    let zero = self.i64_type().const_zero();
                    self.call_runtime(names::taipan_dict_pop, &[copy.into(), key_slot.into(), zero.into(), self.gen.context.i8_type().const_int(1, false).into()], "")?;
                }
                copy
            }
            None => self.new_dict(dict_type)?,
        };
        for (name, keyword) in named {
            let key = Value::new(self.str_constant(name), Type::Str);
            let key_slot = self.slot_as(&key, &Type::Str)?;
            let value_slot = self.slot_as(&keywords[*keyword], &value_type)?;
            self.call_runtime(names::taipan_dict_set_item, &[dict.into(), key_slot.into(), value_slot.into()], "")?;
        }
        Ok(dict)
    }

    // ----- built-ins ---------------------------------------------------------------

    /// Builtins over containers and iterables; `None` for the scalar ones.
    pub(super) fn emit_container_builtin(
        &mut self,
        builtin: Builtin,
        expr: &Expr,
        args: &[Expr],
        keywords: &[Keyword],
        expected: &Type,
    ) -> CodegenResult<Option<Value<'ctx>>> {
        let keyword = |wanted: &str| keywords.iter().find(|k| k.name == wanted);
        let result = match builtin {
            Builtin::List | Builtin::Set | Builtin::FrozenSet => {
                if *expected == Type::Unknown {
                    return Ok(Some(self.emit_args_for_effect(args)?));
                }
                let Some(iterable) = args.first() else {
                    let empty = match expected {
                        Type::List(_) => self.new_list(self.const_int(0), expected)?,
                        _ => self.new_set(expected)?,
                    };
                    return Ok(Some(Value::new(empty, expected.clone())));
                };
                let iterable_type = self.expr_type(iterable);
                let same_elements = iterable_type.container().map(|c| c.element()) == expected.container().map(|c| c.element());
                if let (false, true, Type::Set(_) | Type::FrozenSet(_), Type::Set(_) | Type::FrozenSet(_)) =
                    (is_lazy_iterable(iterable), same_elements, &iterable_type, expected)
                {
                    // set(s) and frozenset(s) copy the table, as CPython does.
                    let source = self.emit_expr(iterable)?;
                    if source.is_never() {
                        return Ok(Some(Value::never()));
                    }
                    let frozen = self.gen.context.i8_type().const_int(matches!(expected, Type::FrozenSet(_)) as u64, false);
                    let copy = self.call_runtime_value(names::taipan_set_copy, &[source.get()?, frozen.into()], "set_copy")?;
                    return Ok(Some(Value { llvm: Some(copy), ty: expected.clone() }));
                }
                match expected {
                    Type::List(_) => match self.collect_list(iterable, expected)? {
                        Some(list) => Value::new(list, expected.clone()),
                        None => Value::never(),
                    },
                    _ if matches!(iterable_type, Type::Dict(_)) && !is_lazy_iterable(iterable) => {
                        // CPython presizes the set for the dict's keys first.
                        let set = self.new_set(expected)?;
                        let source = self.emit_expr(iterable)?;
                        if source.is_never() {
                            return Ok(Some(Value::never()));
                        }
                        let incoming = self.sized_length(source.pointer()?)?;
                        self.call_runtime(names::taipan_set_presize, &[set.into(), incoming.into()], "")?;
                        let element = Self::list_element_type(expected);
                        self.feed_items(&source, set, names::taipan_set_add, Some(&element))?;
                        Value::new(set, expected.clone())
                    }
                    _ => {
                        let set = self.new_set(expected)?;
                        let element = Self::list_element_type(expected);
                        let reached = self.emit_for_each(iterable, &mut |emitter, item, _| {
                            let slot = emitter.slot_as(&item, &element)?;
                            emitter.call_runtime(names::taipan_set_add, &[set.into(), slot.into()], "")?;
                            Ok(())
                        })?;
                        if reached {
                            Value::new(set, expected.clone())
                        } else {
                            Value::never()
                        }
                    }
                }
            }
            Builtin::Dict => {
                if *expected == Type::Unknown {
                    return Ok(Some(self.emit_args_for_effect(args)?));
                }
                let dict = self.new_dict(expected)?;
                let pair_types = match expected {
                    Type::Dict(c) => (c.element().clone(), c.value().clone()),
                    _ => (Type::Unknown, Type::Unknown),
                };
                if let Some(source) = args.first() {
                    let source_type = self.expr_type(source);
                    if let (Type::Dict(_), false) = (&source_type, is_lazy_iterable(source)) {
                        let other = self.emit_expr(source)?;
                        if other.is_never() {
                            return Ok(Some(Value::never()));
                        }
                        self.call_runtime(names::taipan_dict_update, &[dict.into(), other.get()?], "")?;
                    } else {
                        let reached = self.emit_for_each(source, &mut |emitter, item, _| {
                            let aggregate = item.get()?.into_struct_value();
                            let Type::Tuple(members) = &item.ty else { return Err(CodegenError::new("dict() of non-pairs")) };
                            let members = members.clone();
                            let mut slots = Vec::new();
                            for (index, member) in members.iter().enumerate() {
                                let llvm = if ModuleGenerator::has_value(member) { Some(emitter.builder.build_extract_value(aggregate, index as u32, "part")?) } else { None };
                                let target = if index == 0 { pair_types.0.clone() } else { pair_types.1.clone() };
                                slots.push(emitter.slot_as(&Value { llvm, ty: member.clone() }, &target)?);
                            }
                            emitter.call_runtime(names::taipan_dict_set_item, &[dict.into(), slots[0].into(), slots[1].into()], "")?;
                            Ok(())
                        })?;
                        if !reached {
                            return Ok(Some(Value::never()));
                        }
                    }
                }
                for keyword in keywords {
                    let value = self.emit_expr(&keyword.value)?;
                    if value.is_never() {
                        return Ok(Some(Value::never()));
                    }
                    let key = self.str_constant(&keyword.name);
                    let key_slot = self.to_slot(&Value::new(key, Type::Str))?;
                    let value_slot = self.slot_as(&value, &pair_types.1)?;
                    self.call_runtime(names::taipan_dict_set_item, &[dict.into(), key_slot.into(), value_slot.into()], "")?;
                }
                Value::new(dict, expected.clone())
            }
            Builtin::Tuple => {
                if args.is_empty() {
                    return Ok(Some(self.build_tuple_of(Vec::new(), &Type::Tuple(Vec::new()))?));
                }
                if *expected == Type::Unknown {
                    return Ok(Some(self.emit_args_for_effect(args)?));
                }
                let source_type = self.expr_type(&args[0]);
                if !is_lazy_iterable(&args[0]) && source_type == *expected {
                    return Ok(Some(self.emit_expr(&args[0])?));
                }
                match self.collect_list(&args[0], expected)? {
                    Some(list) => Value::new(list, expected.clone()),
                    None => Value::never(),
                }
            }
            Builtin::Sorted => {
                if *expected == Type::Unknown {
                    return Ok(Some(self.emit_args_for_effect(args)?));
                }
                let Some(list) = self.collect_list(&args[0], expected)? else { return Ok(Some(Value::never())) };
                let value = Value::new(list, expected.clone());
                if !self.emit_sort(&value, keyword("key"), keyword("reverse"))? {
                    return Ok(Some(Value::never()));
                }
                value
            }
            Builtin::Sum => {
                if *expected == Type::Unknown {
                    return Ok(Some(self.emit_args_for_effect(args)?));
                }
                let explicit_start = args.get(1).or(keyword("start").map(|k| &k.value));
                let start = match explicit_start {
                    Some(start) => self.emit_expr(start)?,
                    None => Value::new(self.const_int(0), Type::Int),
                };
                // sum() of no floats is the int 0 in CPython, which a float
                // result cannot hold: that case raises instead of printing 0.0.
                let seen = if explicit_start.is_none() && *expected == Type::Float {
                    let flag = self.entry_alloca(self.gen.context.bool_type(), "sum.seen")?;
                    self.builder.build_store(flag, self.i1(false))?;
                    Some(flag)
                } else {
                    None
                };
                if start.is_never() {
                    return Ok(Some(Value::never()));
                }
                if let Type::List(_) = expected {
                    // sum(lists, start): start itself when there are no items
                    // (CPython returns the very object), otherwise a copy of
                    // start made at the first item and extended by each.
                    let start_list = start.pointer()?;
                    let result = self.entry_alloca(self.ptr_type(), "sum.list")?;
                    self.builder.build_store(result, start_list)?;
                    let copied = self.entry_alloca(self.gen.context.bool_type(), "sum.copied")?;
                    self.builder.build_store(copied, self.i1(false))?;
                    let reached = self.emit_for_each(&args[0], &mut |emitter, item, _| {
                        let copy_block = emitter.append_block("sum.copy_start");
                        let extend_block = emitter.append_block("sum.extend");
                        let already = emitter.builder.build_load(emitter.gen.context.bool_type(), copied, "sum.already")?.into_int_value();
                        emitter.builder.build_conditional_branch(already, extend_block, copy_block)?;
                        emitter.builder.position_at_end(copy_block);
                        let copy = emitter.call_runtime_value(names::taipan_list_copy, &[start_list.into()], "sum.copy")?;
                        emitter.builder.build_store(result, copy)?;
                        emitter.builder.build_store(copied, emitter.i1(true))?;
                        emitter.builder.build_unconditional_branch(extend_block)?;
                        emitter.builder.position_at_end(extend_block);
                        let current = emitter.builder.build_load(emitter.ptr_type(), result, "sum.current")?;
                        emitter.call_runtime(names::taipan_list_extend, &[current.into(), item.get()?], "")?;
                        Ok(())
                    })?;
                    if !reached {
                        return Ok(Some(Value::never()));
                    }
                    let total = self.builder.build_load(self.ptr_type(), result, "sum")?;
                    return Ok(Some(Value::new(total, expected.clone())));
                }
                let start = if *expected == Type::Float && start.ty != Type::Float { Value::new(self.as_f64(&start)?, Type::Float) } else { start };
                let start = if start.ty == Type::Bool { Value::new(self.as_i64(&start)?, Type::Int) } else { start };
                // A total that may be an int or a float is a box; one of
                // CPython objects is a CPython object from the start.
                let start = if expected.is_dynamic() || *expected == Type::Foreign { self.coerce(start, expected)? } else { start };
                let total = self.entry_alloca(self.gen.llvm_type(expected), "sum")?;
                self.builder.build_store(total, start.get()?)?;
                let result_type = expected.clone();
                let reached = self.emit_for_each(&args[0], &mut |emitter, item, _| {
                    if let Some(flag) = seen {
                        emitter.builder.build_store(flag, emitter.i1(true))?;
                    }
                    let current = emitter.builder.build_load(emitter.gen.llvm_type(&result_type), total, "sum")?;
                    let current = Value { llvm: Some(current), ty: result_type.clone() };
                    let next = if result_type == Type::Foreign {
                        emitter.emit_foreign_binary(BinaryOp::Add, &current, &item, false)?
                    } else {
                        emitter.emit_binary(BinaryOp::Add, current, item, taipan_typeinfer::operators::ExponentSign::Unknown)?
                    };
                    if next.is_never() {
                        return Ok(());
                    }
                    let next = if next.ty == result_type {
                        next
                    } else if result_type.is_dynamic() {
                        emitter.coerce(next, &result_type)?
                    } else {
                        Value::new(emitter.as_f64(&next)?, Type::Float)
                    };
                    emitter.builder.build_store(total, next.get()?)?;
                    Ok(())
                })?;
                if !reached {
                    return Ok(Some(Value::never()));
                }
                if let Some(flag) = seen {
                    let any = self.builder.build_load(self.gen.context.bool_type(), flag, "seen")?.into_int_value();
                    let none = self.builder.build_not(any, "empty")?;
                    self.raise_if(
                        none,
                        ExceptionKind::TypeError,
                        "sum() of no floats is the int 0, which Taipan cannot return where a float is expected; pass a float start such as sum(values, 0.0)",
                    )?;
                }
                let loaded = self.builder.build_load(self.gen.llvm_type(expected), total, "sum")?;
                Value { llvm: Some(loaded), ty: expected.clone() }
            }
            Builtin::Any | Builtin::All => {
                if *expected == Type::Unknown {
                    return Ok(Some(self.emit_args_for_effect(args)?));
                }
                let is_any = builtin == Builtin::Any;
                let result = self.entry_alloca(self.gen.context.bool_type(), "result")?;
                self.builder.build_store(result, self.i1(!is_any))?;
                let reached = self.emit_for_each(&args[0], &mut |emitter, item, exit| {
                    let truth = emitter.emit_truth(&item)?;
                    let decided = if is_any { truth } else { emitter.builder.build_not(truth, "falsy")? };
                    let decide_block = emitter.append_block("decided");
                    let continue_block = emitter.append_block("undecided");
                    emitter.builder.build_conditional_branch(decided, decide_block, continue_block)?;
                    emitter.builder.position_at_end(decide_block);
                    emitter.builder.build_store(result, emitter.i1(is_any))?;
                    emitter.builder.build_unconditional_branch(exit)?;
                    emitter.builder.position_at_end(continue_block);
                    Ok(())
                })?;
                if !reached {
                    return Ok(Some(Value::never()));
                }
                Value::new(self.builder.build_load(self.gen.context.bool_type(), result, "any")?.into_int_value(), Type::Bool)
            }
            Builtin::Min | Builtin::Max if args.len() == 1 => {
                if *expected == Type::Unknown {
                    // No element is ever produced: iterate for the effects (an
                    // element expression may raise), then CPython's error.
                    let reached = self.emit_for_each(&args[0], &mut |_, _, _| Ok(()))?;
                    if reached && !self.is_terminated() && keyword("default").is_none() {
                        let message = format!("{}() arg is an empty sequence", builtin.name());
                        self.emit_raise(ExceptionKind::ValueError, &message)?;
                    }
                    return Ok(Some(Value::never()));
                }
                let element = expected.clone();
                let best = self.entry_alloca(self.gen.llvm_type(&element), "best")?;
                let have = self.entry_alloca(self.gen.context.bool_type(), "have_best")?;
                self.builder.build_store(have, self.i1(false))?;
                let key_expr = keyword("key").map(|k| &k.value).filter(|k| !matches!(k.kind, ExprKind::None));
                let key_type = key_expr.map(|k| self.key_result_type(k)).unwrap_or_else(|| element.clone());
                let best_key = self.entry_alloca(self.gen.llvm_type(&key_type), "best_key")?;
                let op = if builtin == Builtin::Min { CompareOp::Lt } else { CompareOp::Gt };
                let reached = self.emit_for_each(&args[0], &mut |emitter, item, _| {
                    let item = emitter.coerce(item, &element)?;
                    let key_value = match key_expr {
                        Some(key) => emitter.emit_call_value(key, key.id, vec![item.clone()])?,
                        None => item.clone(),
                    };
                    if key_value.is_never() {
                        return Ok(());
                    }
                    let had = emitter.builder.build_load(emitter.gen.context.bool_type(), have, "had")?.into_int_value();
                    let first_block = emitter.append_block("best.first");
                    let compare_block = emitter.append_block("best.compare");
                    let store_block = emitter.append_block("best.store");
                    let done_block = emitter.append_block("best.done");
                    emitter.builder.build_conditional_branch(had, compare_block, first_block)?;
                    emitter.builder.position_at_end(first_block);
                    emitter.builder.build_unconditional_branch(store_block)?;
                    emitter.builder.position_at_end(compare_block);
                    let current_key = if ModuleGenerator::has_value(&key_type) {
                        Value { llvm: Some(emitter.builder.build_load(emitter.gen.llvm_type(&key_type), best_key, "best_key")?), ty: key_type.clone() }
                    } else {
                        Value { llvm: None, ty: key_type.clone() }
                    };
                    let better = emitter.emit_comparison_of(op, &key_value, &current_key, expr)?;
                    // A comparison that raises leaves the first item's store.
                    if !better.is_never() {
                        emitter.builder.build_conditional_branch(better.int()?, store_block, done_block)?;
                    }
                    emitter.builder.position_at_end(store_block);
                    if let Some(llvm) = item.llvm {
                        emitter.builder.build_store(best, llvm)?;
                    }
                    if let Some(llvm) = key_value.llvm {
                        emitter.builder.build_store(best_key, llvm)?;
                    }
                    emitter.builder.build_store(have, emitter.i1(true))?;
                    emitter.builder.build_unconditional_branch(done_block)?;
                    emitter.builder.position_at_end(done_block);
                    Ok(())
                })?;
                if !reached {
                    return Ok(Some(Value::never()));
                }
                let had = self.builder.build_load(self.gen.context.bool_type(), have, "had")?.into_int_value();
                match keyword("default") {
                    Some(default) => {
                        let chosen_block = self.append_block("best.found");
                        let default_block = self.append_block("best.default");
                        let end_block = self.append_block("best.end");
                        self.builder.build_conditional_branch(had, chosen_block, default_block)?;
                        self.builder.position_at_end(default_block);
                        let default_value = self.emit_expr(&default.value)?;
                        let default_value = self.coerce(default_value, &element)?;
                        if !default_value.is_never() {
                            if let Some(llvm) = default_value.llvm {
                                self.builder.build_store(best, llvm)?;
                            }
                            self.builder.build_unconditional_branch(end_block)?;
                        }
                        self.builder.position_at_end(chosen_block);
                        self.builder.build_unconditional_branch(end_block)?;
                        self.builder.position_at_end(end_block);
                    }
                    None => {
                        let empty = self.builder.build_not(had, "empty")?;
                        let message = format!("{}() arg is an empty sequence", builtin.name());
                        self.raise_if(empty, ExceptionKind::ValueError, &message)?;
                    }
                }
                if !ModuleGenerator::has_value(&element) {
                    return Ok(Some(Value { llvm: None, ty: element }));
                }
                let loaded = self.builder.build_load(self.gen.llvm_type(&element), best, "best")?;
                Value { llvm: Some(loaded), ty: element }
            }
            Builtin::Min | Builtin::Max if keyword("key").is_some() || (args.len() >= 2 && !expected.is_numeric() && *expected != Type::Str) => {
                if *expected == Type::Unknown {
                    return Ok(Some(self.emit_args_for_effect(args)?));
                }
                let Some(values) = self.emit_each(args)? else { return Ok(Some(Value::never())) };
                // Arguments of several types: boxed, compared across types.
                let values = if expected.is_dynamic() && keyword("key").is_none() {
                    values.into_iter().map(|value| self.coerce(value, expected)).collect::<CodegenResult<Vec<_>>>()?
                } else {
                    values
                };
                let key_expr = keyword("key").map(|k| &k.value).filter(|k| !matches!(k.kind, ExprKind::None));
                let op = if builtin == Builtin::Min { CompareOp::Lt } else { CompareOp::Gt };
                let mut best = values[0].clone();
                let mut best_key = match key_expr {
                    Some(key) => self.emit_call_value(key, key.id, vec![best.clone()])?,
                    None => best.clone(),
                };
                for candidate in &values[1..] {
                    let candidate_key = match key_expr {
                        Some(key) => self.emit_call_value(key, key.id, vec![candidate.clone()])?,
                        None => candidate.clone(),
                    };
                    if candidate_key.is_never() || best_key.is_never() {
                        return Ok(Some(Value::never()));
                    }
                    let better = self.emit_comparison_of(op, &candidate_key, &best_key, expr)?;
                    if better.is_never() {
                        return Ok(Some(Value::never()));
                    }
                    let truth = better.int()?;
                    let chosen = self.builder.build_select(truth, candidate.get()?, best.get()?, "best")?;
                    best = Value { llvm: Some(chosen), ty: best.ty.clone() };
                    if let (Some(c), Some(b)) = (candidate_key.llvm, best_key.llvm) {
                        let chosen_key = self.builder.build_select(truth, c, b, "best_key")?;
                        best_key = Value { llvm: Some(chosen_key), ty: best_key.ty.clone() };
                    }
                }
                best
            }
            Builtin::Len => {
                let value = self.emit_expr(&args[0])?;
                if value.is_never() {
                    return Ok(Some(Value::never()));
                }
                if value.ty.is_dynamic() {
                    return Ok(Some(self.emit_dynamic_int(names::taipan_dynamic_len, &value)?));
                }
                if !matches!(value.ty, Type::List(_) | Type::Dict(_) | Type::Set(_) | Type::FrozenSet(_) | Type::Range | Type::VarTuple(_) | Type::DictView(..)) {
                    return Err(CodegenError::new(format!("len of {}", value.ty)));
                }
                Value::new(self.container_length(&value)?, Type::Int)
            }
            Builtin::Range => {
                let Some(values) = self.emit_range_arguments(args)? else { return Ok(Some(Value::never())) };
                if *expected == Type::Unknown {
                    return Ok(Some(Value::never()));
                }
                self.build_range(&values)?
            }
            Builtin::IsInstance => {
                let value = self.emit_expr(&args[0])?;
                if value.is_never() {
                    return Ok(Some(Value::never()));
                }
                let classes: Vec<&Expr> = match &args[1].kind {
                    ExprKind::Tuple(members) => members.iter().collect(),
                    _ => vec![&args[1]],
                };
                let mut instance_tests = Vec::new();
                for class in &classes {
                    if let ExprKind::Variable(Variable::Global(global)) = class.kind {
                        if let GlobalKind::Class(class_id) = self.gen.program.global(global).kind {
                            instance_tests.push(self.emit_is_subclass_instance(&value, class_id)?);
                        }
                    }
                }
                if value.ty.is_dynamic() {
                    use taipan_abi::descriptor_kind as kind;
                    let mut kinds = Vec::new();
                    let mut program_classes = Vec::new();
                    for class in &classes {
                        if let ExprKind::Variable(Variable::Global(global)) = class.kind {
                            if let GlobalKind::Class(class_id) = self.gen.program.global(global).kind {
                                program_classes.push(class_id);
                                continue;
                            }
                        }
                        kinds.extend_from_slice(match &class.kind {
                            // bool is a subclass of int.
                            ExprKind::Builtin(Builtin::Int) => &[kind::INT, kind::BOOL][..],
                            ExprKind::Builtin(Builtin::Float) => &[kind::FLOAT],
                            ExprKind::Builtin(Builtin::Str) => &[kind::STR],
                            ExprKind::Builtin(Builtin::Bool) => &[kind::BOOL],
                            ExprKind::Builtin(Builtin::List) => &[kind::LIST],
                            ExprKind::Builtin(Builtin::Tuple) => &[kind::TUPLE, kind::VARTUPLE],
                            ExprKind::Builtin(Builtin::Dict) => &[kind::DICT],
                            ExprKind::Builtin(Builtin::Set) => &[kind::SET],
                            ExprKind::Builtin(Builtin::FrozenSet) => &[kind::FROZENSET],
                            _ => return Err(CodegenError::new("isinstance of a value of the dynamic tier with a class of the program")),
                        });
                    }
                    let mut truth = self.emit_dynamic_kind_in(&value, &kinds)?;
                    for class_id in program_classes {
                        let test = self.emit_dynamic_is_instance_of(&value, class_id)?;
                        truth = self.builder.build_or(truth, test, "isinstance")?;
                    }
                    return Ok(Some(Value::new(truth, Type::Bool)));
                }
                let matches = classes.iter().any(|class| match &class.kind {
                    ExprKind::Builtin(builtin) => taipan_typeinfer::operators::is_instance_of_builtin(&value.ty, *builtin),
                    _ => false,
                });
                let mut truth = self.i1(matches);
                for test in instance_tests {
                    truth = self.builder.build_or(truth, test, "isinstance")?;
                }
                Value::new(truth, Type::Bool)
            }
            Builtin::IsSubclass => {
                let value = self.emit_expr(&args[0])?;
                if value.is_never() {
                    return Ok(Some(Value::never()));
                }
                let classes: Vec<&Expr> = match &args[1].kind {
                    ExprKind::Tuple(members) => members.iter().collect(),
                    _ => vec![&args[1]],
                };
                let mut truth = self.i1(false);
                for class in &classes {
                    if let ExprKind::Variable(Variable::Global(global)) = class.kind {
                        if let GlobalKind::Class(class_id) = self.gen.program.global(global).kind {
                            let test = self.emit_is_subclass_class(value.pointer()?, class_id)?;
                            truth = self.builder.build_or(truth, test, "issubclass")?;
                        }
                    }
                }
                Value::new(truth, Type::Bool)
            }
            Builtin::Hash => {
                let value = self.emit_expr(&args[0])?;
                if value.is_never() || *expected == Type::Unknown {
                    return Ok(Some(Value::never()));
                }
                let hash = self.emit_value_hash(&value)?;
                Value::new(hash, Type::Int)
            }
            Builtin::Repr => {
                let value = self.emit_expr(&args[0])?;
                if value.is_never() {
                    return Ok(Some(Value::never()));
                }
                let text = self.emit_to_str(&value, true)?;
                Value::new(text, Type::Str)
            }
            Builtin::Enumerate | Builtin::Zip | Builtin::Reversed | Builtin::Map | Builtin::Filter => {
                return Err(CodegenError::new(format!("{} as a value", builtin.name())));
            }
            _ => return Ok(None),
        };
        let _ = expr;
        Ok(Some(result))
    }

    fn emit_args_for_effect(&mut self, args: &[Expr]) -> CodegenResult<Value<'ctx>> {
        for arg in args {
            if is_lazy_iterable(arg) {
                continue;
            }
            if self.emit_expr(arg)?.is_never() {
                break;
            }
        }
        Ok(Value::never())
    }

    /// The type `key(...)` returns, from inference's record of the call.
    fn key_result_type(&self, key: &Expr) -> Type {
        if let ExprKind::Builtin(_) = key.kind {
            return self.expr_type(key);
        }
        match self.instance.calls.get(&key.id) {
            Some(resolution) => self.resolution_result_type(resolution),
            None => Type::Unknown,
        }
    }

    /// Sorts a list in place, by `key` when given; false when computing a key
    /// always raises.
    fn emit_sort(&mut self, list: &Value<'ctx>, key: Option<&Keyword>, reverse: Option<&Keyword>) -> CodegenResult<bool> {
        let key_expr = key.map(|k| &k.value).filter(|k| !matches!(k.kind, ExprKind::None));
        let keys = match key_expr {
            Some(key_expr) => {
                // A key that never returns (it raises, or the list never holds
                // an item) still sorts an empty list: the loop below is then
                // never entered.
                let key_type = self.key_result_type(key_expr);
                let key_list_type = Type::List(taipan_typeinfer::types::Container::structural(vec![key_type.clone()]));
                let pointer = list.pointer()?;
                let length = self.list_length(pointer)?;
                let keys = self.new_list(length, &key_list_type)?;
                let index = self.entry_alloca(self.i64_type(), "key.index")?;
                self.builder.build_store(index, self.const_int(0))?;
                let header = self.append_block("keys.next");
                let body = self.append_block("keys.body");
                let exit = self.append_block("keys.end");
                self.builder.build_unconditional_branch(header)?;
                self.builder.position_at_end(header);
                let current = self.builder.build_load(self.i64_type(), index, "i")?.into_int_value();
                let more = self.builder.build_int_compare(IntPredicate::SLT, current, length, "more")?;
                self.builder.build_conditional_branch(more, body, exit)?;
                self.builder.position_at_end(body);
                let element = Self::list_element_type(&list.ty);
                let address = self.list_slot_address(pointer, current, &element)?;
                let slot = self.load_slot(address)?;
                let item = self.from_slot(slot, &element)?;
                let key_value = self.emit_call_value(key_expr, key_expr.id, vec![item])?;
                if key_value.is_never() {
                    if !self.is_terminated() {
                        self.emit_impossible_path()?;
                    }
                    self.builder.position_at_end(exit);
                    let reverse = match reverse {
                        Some(reverse) => {
                            let truth = self.emit_condition(&reverse.value)?;
                            self.bool_to_i8(truth)?
                        }
                        None => self.gen.context.i8_type().const_zero(),
                    };
                    self.call_runtime(names::taipan_list_sort, &[list.get()?, keys.into(), reverse.into()], "")?;
                    return Ok(true);
                }
                let key_slot = self.to_slot(&key_value)?;
                let key_address = self.list_slot_address(keys, current, &Self::list_element_type(&key_list_type))?;
                self.store_slot(key_address, key_slot)?;
                let next = self.builder.build_int_add(current, self.const_int(1), "next")?;
                self.builder.build_store(index, next)?;
                self.builder.build_unconditional_branch(header)?;
                self.builder.position_at_end(exit);
                keys
            }
            None => self.ptr_type().const_null(),
        };
        let reverse = match reverse {
            Some(reverse) => {
                let truth = self.emit_condition(&reverse.value)?;
                self.bool_to_i8(truth)?
            }
            None => self.gen.context.i8_type().const_zero(),
        };
        self.call_runtime(names::taipan_list_sort, &[list.get()?, keys.into(), reverse.into()], "")?;
        Ok(true)
    }

    /// A new set with the receiver's entries in its table order, of the
    /// receiver's kind: a frozenset's frozen copy would be itself, so the copy
    /// is made mutable and tagged frozen afterwards (nothing else holds it).
    fn mutable_copy(&mut self, receiver: &Value<'ctx>) -> CodegenResult<PointerValue<'ctx>> {
        let zero = self.gen.context.i8_type().const_zero();
        let copy = self.call_runtime_value(names::taipan_set_copy, &[receiver.get()?, zero.into()], "copy")?.into_pointer_value();
        if let Type::FrozenSet(_) = receiver.ty {
            // The type tag is the first field of every object's header.
            let tag = self.gen.context.i32_type().const_int(taipan_abi::type_tag::FROZENSET as u64, false);
            self.builder.build_store(copy, tag)?;
        }
        Ok(copy)
    }

    /// One set operation with one argument, a set or any iterable.
    fn emit_set_method_one(&mut self, name: &str, receiver: &Value<'ctx>, other: &Value<'ctx>) -> CodegenResult<Value<'ctx>> {
        if !matches!(other.ty, Type::Set(_) | Type::FrozenSet(_)) {
            return self.emit_set_method_with_iterable(name, receiver, other);
        }
        let op = match name {
            "union" => BinaryOp::BitOr,
            "intersection" => BinaryOp::BitAnd,
            "difference" => BinaryOp::Sub,
            _ => BinaryOp::BitXor,
        };
        let result = self.emit_container_binary(op, receiver.clone(), other.clone(), false)?;
        Ok(Value { llvm: result.llvm, ty: receiver.ty.clone() })
    }

    /// `set -= other` for a set or any iterable (CPython's
    /// `set_difference_update_internal`).
    fn emit_discard_all(&mut self, set: &Value<'ctx>, other: &Value<'ctx>) -> CodegenResult<()> {
        if matches!(other.ty, Type::Set(_) | Type::FrozenSet(_)) {
            let code = self.gen.context.i32_type().const_int(set_op::DIFFERENCE as u64, false);
            self.call_runtime(names::taipan_set_inplace, &[set.get()?, other.get()?, code.into()], "")?;
            return Ok(());
        }
        let element = Self::list_element_type(&set.ty);
        self.feed_items(other, set.pointer()?, names::taipan_set_discard, Some(&element))
    }

    /// Set methods given an iterable that is not a set, with CPython's
    /// algorithms (which fix the result's iteration order): `union` copies
    /// and adds in the iterable's order, `intersection` adds the iterable's
    /// items found in the set, `difference` copies and discards,
    /// `symmetric_difference` builds a set of the iterable first.
    fn emit_set_method_with_iterable(&mut self, name: &str, receiver: &Value<'ctx>, other: &Value<'ctx>) -> CodegenResult<Value<'ctx>> {
        let set = receiver.pointer()?;
        let element = Self::list_element_type(&receiver.ty);
        if name == "difference" && matches!(other.ty, Type::Dict(_)) {
            // CPython's set_difference with a dict: when the set is more than
            // four times larger, a copy of it with the dict's keys discarded;
            // otherwise the set's entries the dict does not hold, added in the
            // set's order to a new set.
            let set_length = self.sized_length(set)?;
            let dict_length = self.sized_length(other.pointer()?)?;
            let quarter = self.builder.build_right_shift(set_length, self.const_int(2), true, "quarter")?;
            let copy_first = self.builder.build_int_compare(IntPredicate::SGT, quarter, dict_length, "copy_first")?;
            let copy_block = self.append_block("difference.copy");
            let scan_block = self.append_block("difference.scan");
            let done_block = self.append_block("difference.done");
            self.builder.build_conditional_branch(copy_first, copy_block, scan_block)?;
            self.builder.position_at_end(copy_block);
            let copied = self.mutable_copy(receiver)?;
            self.emit_discard_all(&Value::new(copied, receiver.ty.clone()), other)?;
            let copy_end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?;
            self.builder.build_unconditional_branch(done_block)?;
            self.builder.position_at_end(scan_block);
            let result = self.new_set(&receiver.ty)?;
            let state = self.iter_from_value(receiver)?;
            let header = self.append_block("difference.next");
            let exit = self.append_block("difference.end");
            self.builder.build_unconditional_branch(header)?;
            self.builder.position_at_end(header);
            let item = self.iter_next(&state, exit)?;
            let in_dict = self.emit_membership(&item, other)?;
            let keep_block = self.append_block("difference.keep");
            self.builder.build_conditional_branch(in_dict, header, keep_block)?;
            self.builder.position_at_end(keep_block);
            let slot = self.slot_as(&item, &element)?;
            self.call_runtime(names::taipan_set_add, &[result.into(), slot.into()], "")?;
            self.builder.build_unconditional_branch(header)?;
            self.builder.position_at_end(exit);
            let scan_end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?;
            self.builder.build_unconditional_branch(done_block)?;
            self.builder.position_at_end(done_block);
            let phi = self.builder.build_phi(self.ptr_type(), "difference")?;
            phi.add_incoming(&[(&copied, copy_end), (&result, scan_end)]);
            return Ok(Value::new(phi.as_basic_value().into_pointer_value(), receiver.ty.clone()));
        }
        let result = match name {
            "union" | "difference" => Some(self.mutable_copy(receiver)?),
            "intersection" | "symmetric_difference" | "issubset" => Some(self.new_set(&receiver.ty)?),
            _ => None,
        };
        if let (Some(target), "union" | "symmetric_difference" | "issubset", Type::Dict(_)) = (result, name, &other.ty) {
            // CPython presizes a set for a dict's keys before adding them.
            let incoming = self.sized_length(other.pointer()?)?;
            self.call_runtime(names::taipan_set_presize, &[target.into(), incoming.into()], "")?;
        }
        let verdict = self.entry_alloca(self.gen.context.bool_type(), "verdict")?;
        self.builder.build_store(verdict, self.i1(true))?;
        let state = self.iter_from_value(other)?;
        let header = self.append_block("set_method.next");
        let exit = self.append_block("set_method.end");
        self.builder.build_unconditional_branch(header)?;
        self.builder.position_at_end(header);
        let item = self.iter_next(&state, exit)?;
        let slot = self.slot_as(&item, &element)?;
        match name {
            "union" | "symmetric_difference" | "issubset" => {
                let target = result.ok_or_else(|| CodegenError::new("set method without result"))?;
                self.call_runtime(names::taipan_set_add, &[target.into(), slot.into()], "")?;
            }
            "difference" => {
                let target = result.ok_or_else(|| CodegenError::new("set method without result"))?;
                self.call_runtime(names::taipan_set_discard, &[target.into(), slot.into()], "")?;
            }
            "intersection" => {
                let target = result.ok_or_else(|| CodegenError::new("set method without result"))?;
                let found = self.call_runtime_value(names::taipan_set_contains, &[set.into(), slot.into()], "found")?;
                let found = self.i8_to_bool(found)?;
                let add_block = self.append_block("intersection.add");
                self.builder.build_conditional_branch(found, add_block, header)?;
                self.builder.position_at_end(add_block);
                self.call_runtime(names::taipan_set_add, &[target.into(), slot.into()], "")?;
            }
            _ => {
                // issuperset: every item is in the set; isdisjoint: none is.
                let found = self.call_runtime_value(names::taipan_set_contains, &[set.into(), slot.into()], "found")?;
                let found = self.i8_to_bool(found)?;
                let decided = if name == "issuperset" { self.builder.build_not(found, "missing")? } else { found };
                let decide_block = self.append_block("set_method.decided");
                self.builder.build_conditional_branch(decided, decide_block, header)?;
                self.builder.position_at_end(decide_block);
                self.builder.build_store(verdict, self.i1(false))?;
                self.builder.build_unconditional_branch(exit)?;
                self.builder.position_at_end(exit);
                let truth = self.builder.build_load(self.gen.context.bool_type(), verdict, "verdict")?.into_int_value();
                return Ok(Value::new(truth, Type::Bool));
            }
        }
        self.builder.build_unconditional_branch(header)?;
        self.builder.position_at_end(exit);
        let result = result.ok_or_else(|| CodegenError::new("set method without result"))?;
        match name {
            "symmetric_difference" => {
                // CPython: a set of the iterable, updated in place with the receiver.
                let code = self.gen.context.i32_type().const_int(set_op::SYMMETRIC_DIFFERENCE as u64, false);
                self.call_runtime(names::taipan_set_inplace, &[result.into(), set.into(), code.into()], "")?;
                Ok(Value::new(result, receiver.ty.clone()))
            }
            "issubset" => {
                let op = self.gen.context.i32_type().const_int(compare_op::LE as u64, false);
                let subset = self.call_runtime_value(names::taipan_set_compare, &[set.into(), result.into(), op.into()], "subset")?;
                Ok(Value::new(self.i8_to_bool(subset)?, Type::Bool))
            }
            _ => Ok(Value::new(result, receiver.ty.clone())),
        }
    }

    // ----- methods -----------------------------------------------------------------

    /// Methods of lists, dicts, sets and tuples, and the str methods that make
    /// or take lists. The receiver is already evaluated.
    pub(super) fn emit_container_method(
        &mut self,
        name: &str,
        receiver: Value<'ctx>,
        args: &[Expr],
        keywords: &[Keyword],
        expected: &Type,
    ) -> CodegenResult<Value<'ctx>> {
        // Methods that iterate over their argument.
        match (&receiver.ty, name) {
            (Type::List(_), "extend") | (Type::Set(_), "update") => {
                let target = receiver.pointer()?;
                let is_list = matches!(receiver.ty, Type::List(_));
                if let (false, Type::List(_) | Type::Set(_) | Type::FrozenSet(_)) = (is_lazy_iterable(&args[0]), self.expr_type(&args[0])) {
                    let other = self.emit_expr(&args[0])?;
                    if other.is_never() {
                        return Ok(Value::never());
                    }
                    match (&receiver.ty, &other.ty) {
                        (Type::List(_), Type::List(_)) => {
                            self.call_runtime(names::taipan_list_extend, &[target.into(), other.get()?], "")?;
                            return Ok(Value::none());
                        }
                        (Type::Set(_), Type::Set(_) | Type::FrozenSet(_)) => {
                            self.call_runtime(names::taipan_set_update, &[target.into(), other.get()?], "")?;
                            return Ok(Value::none());
                        }
                        (Type::Set(_), _) => {
                            // A set updated from a list: add each item.
                            let element = Self::list_element_type(&receiver.ty);
                            self.feed_items(&other, target, names::taipan_set_add, Some(&element))?;
                            return Ok(Value::none());
                        }
                        _ => {
                            // Copy first: extending a list with itself must see
                            // only the original items.
                            let snapshot_type = Type::List(taipan_typeinfer::types::Container::structural(vec![Self::list_element_type(&other.ty)]));
                            let snapshot = self.new_list(self.const_int(0), &snapshot_type)?;
                            self.feed_items(&other, snapshot, names::taipan_list_append, None)?;
                            self.call_runtime(names::taipan_list_extend, &[target.into(), snapshot.into()], "")?;
                            return Ok(Value::none());
                        }
                    }
                }
                let function = if is_list { names::taipan_list_append } else { names::taipan_set_add };
                let element = Self::list_element_type(&receiver.ty);
                if let (false, false, Type::Dict(_)) = (is_list, is_lazy_iterable(&args[0]), self.expr_type(&args[0])) {
                    // CPython presizes the set for a dict's keys first.
                    let source = self.emit_expr(&args[0])?;
                    if source.is_never() {
                        return Ok(Value::never());
                    }
                    let incoming = self.sized_length(source.pointer()?)?;
                    self.call_runtime(names::taipan_set_presize, &[target.into(), incoming.into()], "")?;
                    self.feed_items(&source, target, names::taipan_set_add, Some(&element))?;
                    return Ok(Value::none());
                }
                let reached = self.emit_for_each(&args[0], &mut |emitter, item, _| {
                    let slot = emitter.slot_as(&item, &element)?;
                    emitter.call_runtime(function, &[target.into(), slot.into()], "")?;
                    Ok(())
                })?;
                return Ok(if reached { Value::none() } else { Value::never() });
            }
            (Type::Str, "join") if self.iterates_cpython_objects(&args[0]) => {
                // Items CPython made: collected, then joined by the VM, which
                // raises CPython's TypeError for an item that is no str.
                let separator = receiver.pointer()?;
                let list_type = Type::List(taipan_typeinfer::types::Container::structural(vec![Type::Foreign]));
                let Some(items) = self.collect_list(&args[0], &list_type)? else { return Ok(Value::never()) };
                let joined = self.call_runtime_value(taipan_abi::vm_names::taipan_vm_join, &[separator.into(), items.into()], "joined")?;
                return Ok(Value { llvm: Some(joined), ty: Type::Str });
            }
            (Type::Str, "join") => {
                let separator = receiver.pointer()?;
                let list_type = Type::List(taipan_typeinfer::types::Container::structural(vec![Type::Str]));
                let items = if let (false, Type::List(_)) = (is_lazy_iterable(&args[0]), self.expr_type(&args[0])) {
                    let value = self.emit_expr(&args[0])?;
                    if value.is_never() {
                        return Ok(Value::never());
                    }
                    value.pointer()?
                } else {
                    match self.collect_list(&args[0], &list_type)? {
                        Some(list) => list,
                        None => return Ok(Value::never()),
                    }
                };
                let joined = self.call_runtime_value(names::taipan_str_join, &[separator.into(), items.into()], "joined")?;
                return Ok(Value { llvm: Some(joined), ty: Type::Str });
            }
            (Type::List(_), "sort") => {
                let sorted = self.emit_sort(&receiver, keywords.iter().find(|k| k.name == "key"), keywords.iter().find(|k| k.name == "reverse"))?;
                return Ok(if sorted { Value::none() } else { Value::never() });
            }
            _ => {}
        }
        let Some(values) = self.emit_each(args)? else { return Ok(Value::never()) };
        let Some(keyword_results) = self.emit_each(keywords.iter().map(|keyword| &keyword.value))? else { return Ok(Value::never()) };
        let keyword_values: Vec<(&str, Value<'ctx>)> = keywords.iter().map(|keyword| keyword.name.as_str()).zip(keyword_results).collect();

        let object = receiver.get()?;
        let i8_type = self.gen.context.i8_type();
        // Arguments stored in or compared with the receiver's elements (keys
        // for a dict) take the element type; a dict's defaults the value type.
        let (argument_element, argument_value) = match &receiver.ty {
            Type::Dict(c) => (c.element().clone(), c.value().clone()),
            Type::VarTuple(element) => ((**element).clone(), Type::Unknown),
            other => (Self::list_element_type(other), Type::Unknown),
        };
        let slot_of = |emitter: &mut Self, index: usize| {
            let target = match (&receiver.ty, name, index) {
                (Type::Dict(_), _, 0) => argument_element.clone(),
                (Type::Dict(_), _, _) => argument_value.clone(),
                (Type::List(_), "insert", _) => argument_element.clone(),
                (_, _, 0) => argument_element.clone(),
                _ => values[index].ty.clone(),
            };
            emitter.slot_as(&values[index], &target)
        };
        let result = match (&receiver.ty, name) {
            (Type::Str, "split" | "rsplit") => {
                let (separator, max_split) = self.split_operands(&values, &keyword_values)?;
                let from_right = i8_type.const_int((name == "rsplit") as u64, false);
                let list = self.call_runtime_value(names::taipan_str_split, &[object, separator.into(), max_split.into(), from_right.into()], "parts")?;
                Value { llvm: Some(list), ty: expected.clone() }
            }
            (Type::Str, "splitlines") => {
                let keep = match values.first().or(keyword_values.first().map(|(_, v)| v)) {
                    Some(value) => {
                        let truth = self.emit_truth(value)?;
                        self.bool_to_i8(truth)?
                    }
                    None => i8_type.const_zero(),
                };
                let list = self.call_runtime_value(names::taipan_str_splitlines, &[object, keep.into()], "lines")?;
                Value { llvm: Some(list), ty: expected.clone() }
            }
            (Type::Str, "partition" | "rpartition") => {
                let string = receiver.pointer()?;
                let separator = values[0].pointer()?;
                let empty = self.str_length(separator)?;
                let is_empty = self.builder.build_int_compare(IntPredicate::EQ, empty, self.const_int(0), "empty")?;
                self.raise_if(is_empty, ExceptionKind::ValueError, "empty separator")?;
                let mode = self.gen.context.i32_type().const_int(if name == "partition" { 0 } else { 1 }, false);
                let found = self
                    .call_runtime_value(
                        names::taipan_str_find,
                        &[string.into(), separator.into(), self.const_int(ABSENT_INT).into(), self.const_int(ABSENT_INT).into(), mode.into()],
                        "found",
                    )?
                    .into_int_value();
                let missing = self.builder.build_int_compare(IntPredicate::SLT, found, self.const_int(0), "missing")?;
                let sep_length = self.str_length(separator)?;
                let after = self.builder.build_int_add(found, sep_length, "after")?;
                let step = self.const_int(1);
                let absent = self.const_int(ABSENT_INT);
                let head = self.call_runtime_value(names::taipan_str_slice, &[string.into(), absent.into(), found.into(), step.into()], "head")?;
                let tail = self.call_runtime_value(names::taipan_str_slice, &[string.into(), after.into(), absent.into(), step.into()], "tail")?;
                let empty_text = self.str_constant("");
                let (first, middle, last) = if name == "partition" {
                    (
                        self.builder.build_select(missing, string, head.into_pointer_value(), "first")?,
                        self.builder.build_select(missing, empty_text, separator, "middle")?,
                        self.builder.build_select(missing, empty_text, tail.into_pointer_value(), "last")?,
                    )
                } else {
                    (
                        self.builder.build_select(missing, empty_text, head.into_pointer_value(), "first")?,
                        self.builder.build_select(missing, empty_text, separator, "middle")?,
                        self.builder.build_select(missing, string, tail.into_pointer_value(), "last")?,
                    )
                };
                let parts = vec![Value::new(first, Type::Str), Value::new(middle, Type::Str), Value::new(last, Type::Str)];
                self.build_tuple_of(parts, &Type::Tuple(vec![Type::Str, Type::Str, Type::Str]))?
            }
            (Type::List(c), _) => {
                let element = c.element().clone();
                match name {
                    "append" => {
                        let slot = slot_of(self, 0)?;
                        self.call_runtime(names::taipan_list_append, &[object, slot.into()], "")?;
                        Value::none()
                    }
                    "insert" => {
                        let index = self.as_i64(&values[0])?;
                        let slot = slot_of(self, 1)?;
                        self.call_runtime(names::taipan_list_insert, &[object, index.into(), slot.into()], "")?;
                        Value::none()
                    }
                    "pop" => {
                        let index = match values.first() {
                            Some(value) => self.as_present_i64(value)?,
                            None => self.const_int(ABSENT_INT),
                        };
                        let slot = self.call_runtime_value(names::taipan_list_pop, &[object, index.into()], "popped")?.into_int_value();
                        self.from_slot(slot, &element)?
                    }
                    "remove" => {
                        let slot = slot_of(self, 0)?;
                        self.call_runtime(names::taipan_list_remove, &[object, slot.into()], "")?;
                        Value::none()
                    }
                    "index" if element == Type::Unknown => {
                        // A list that never holds an item: CPython's ValueError
                        // shows the probe's own repr.
                        let text = self.emit_to_str(&values[0], true)?;
                        let suffix = self.str_constant(" is not in list");
                        let message = self.concat(text, suffix)?;
                        self.emit_raise_with(ExceptionKind::ValueError, message)?;
                        Value::never()
                    }
                    "index" => {
                        let slot = slot_of(self, 0)?;
                        let start = match values.get(1) {
                            Some(value) => self.as_present_i64(value)?,
                            None => self.const_int(ABSENT_INT),
                        };
                        let end = match values.get(2) {
                            Some(value) => self.as_present_i64(value)?,
                            None => self.const_int(ABSENT_INT),
                        };
                        let position = self.call_runtime_value(names::taipan_list_index, &[object, slot.into(), start.into(), end.into()], "index")?;
                        Value { llvm: Some(position), ty: Type::Int }
                    }
                    "count" => {
                        let slot = slot_of(self, 0)?;
                        let count = self.call_runtime_value(names::taipan_list_count, &[object, slot.into()], "count")?;
                        Value { llvm: Some(count), ty: Type::Int }
                    }
                    "reverse" => {
                        self.call_runtime(names::taipan_list_reverse, &[object], "")?;
                        Value::none()
                    }
                    "clear" => {
                        self.call_runtime(names::taipan_list_clear, &[object], "")?;
                        Value::none()
                    }
                    "copy" => {
                        let copy = self.call_runtime_value(names::taipan_list_copy, &[object], "copy")?;
                        Value { llvm: Some(copy), ty: receiver.ty.clone() }
                    }
                    _ => return Err(CodegenError::new(format!("list.{name}"))),
                }
            }
            (Type::Dict(c), _) => {
                let value_type = c.value().clone();
                match name {
                    "get" if expected.is_dynamic() => {
                        // A value or the default (None when there is none),
                        // as a box: the value is read only when found.
                        let key = slot_of(self, 0)?;
                        let default = values.get(1).cloned().unwrap_or_else(Value::none);
                        let result_type = expected.clone();
                        let result = self.emit_dict_get_converted(object, key, &default, &value_type, &result_type, |emitter, value| emitter.coerce(value.clone(), &result_type))?;
                        Value::new(result, expected.clone())
                    }
                    "get" if *expected == Type::Foreign && value_type != Type::Foreign && value_type != Type::Unknown => {
                        // A native value or a CPython default.
                        let key = slot_of(self, 0)?;
                        let default = values.get(1).cloned().unwrap_or_else(Value::none);
                        let result = self.emit_dict_get_converted(object, key, &default, &value_type, &Type::Foreign, |emitter, value| {
                            Ok(Value::new(emitter.foreign_value(value)?, Type::Foreign))
                        })?;
                        Value::new(result, Type::Foreign)
                    }
                    "get" if values.len() == 1 && value_type == Type::Unknown => {
                        // A dict that never holds a value:
                        // the key is hashed (which may raise) and the answer is None.
                        let key = slot_of(self, 0)?;
                        let found = self.entry_alloca(i8_type, "found")?;
                        self.call_runtime(names::taipan_dict_lookup, &[object, key.into(), found.into()], "looked_up")?;
                        Value::none()
                    }
                    "get" => {
                        let key = slot_of(self, 0)?;
                        let found = self.entry_alloca(i8_type, "found")?;
                        let slot = self.call_runtime_value(names::taipan_dict_lookup, &[object, key.into(), found.into()], "looked_up")?.into_int_value();
                        let found = self.builder.build_load(i8_type, found, "found")?;
                        let found = self.i8_to_bool(found)?;
                        let value = self.from_slot(slot, &value_type)?;
                        // The result may be wider than the values: `d.get(k,
                        // None)` of instances is an instance or None (null).
                        let result_type = if matches!(expected, Type::Instance { .. }) { expected.clone() } else { value_type.clone() };
                        let value = self.coerce(value, &result_type)?;
                        // `d.get(k)` of instances: None is the null instance.
                        let default = values.get(1).cloned().unwrap_or_else(Value::none);
                        let default_value = self.coerce(default.clone(), &result_type)?;
                        match (&default_value.llvm, &value.llvm) {
                            (Some(default), Some(found_value)) => {
                                let chosen = self.builder.build_select(found, *found_value, *default, "got")?;
                                Value { llvm: Some(chosen), ty: result_type }
                            }
                            // A dict that never holds a value: always the default.
                            _ => default,
                        }
                    }
                    "pop" if *c.element() == Type::Unknown => {
                        // Never holds a key: the default, or KeyError.
                        match values.get(1) {
                            Some(default) => default.clone(),
                            None => {
                                self.raise_key_error(&values[0])?;
                                Value::never()
                            }
                        }
                    }
                    "pop" => {
                        let key = slot_of(self, 0)?;
                        let (default, has_default) = match values.get(1) {
                            Some(_) => (slot_of(self, 1)?, i8_type.const_int(1, false)),
                            None => (self.const_int(0), i8_type.const_zero()),
                        };
                        let slot = self.call_runtime_value(names::taipan_dict_pop, &[object, key.into(), default.into(), has_default.into()], "popped")?.into_int_value();
                        self.from_slot(slot, expected)?
                    }
                    "setdefault" => {
                        let key = slot_of(self, 0)?;
                        let default = slot_of(self, 1)?;
                        let slot = self.call_runtime_value(names::taipan_dict_setdefault, &[object, key.into(), default.into()], "value")?.into_int_value();
                        self.from_slot(slot, &value_type)?
                    }
                    "popitem" => {
                        let key_out = self.entry_alloca(self.i64_type(), "key")?;
                        let value_slot = self.call_runtime_value(names::taipan_dict_popitem, &[object, key_out.into()], "value")?.into_int_value();
                        let key_slot = self.builder.build_load(self.i64_type(), key_out, "key")?.into_int_value();
                        let key_value = self.from_slot(key_slot, c.element())?;
                        let value = self.from_slot(value_slot, &value_type)?;
                        if key_value.is_never() || value.is_never() || *expected == Type::Unknown {
                            // A dict that never holds an item: popitem() raises.
                            return Ok(Value::never());
                        }
                        self.build_tuple_of(vec![key_value, value], expected)?
                    }
                    "update" if matches!(values[0].ty, Type::Dict(_)) => {
                        self.call_runtime(names::taipan_dict_update, &[object, values[0].get()?], "")?;
                        Value::none()
                    }
                    "update" => {
                        // An iterable of key-value pairs, inserted in order.
                        let (key_type, value_type) = (c.element().clone(), c.value().clone());
                        let state = self.iter_from_value(&values[0])?;
                        let header = self.append_block("update.next");
                        let exit = self.append_block("update.end");
                        self.builder.build_unconditional_branch(header)?;
                        self.builder.position_at_end(header);
                        let pair = self.iter_next(&state, exit)?;
                        let Type::Tuple(members) = pair.ty.clone() else { return Err(CodegenError::new("dict.update of non-pairs")) };
                        let aggregate = pair.get()?.into_struct_value();
                        let mut parts = Vec::new();
                        for (index, member) in members.iter().enumerate() {
                            let llvm = if ModuleGenerator::has_value(member) { Some(self.builder.build_extract_value(aggregate, index as u32, "part")?) } else { None };
                            parts.push(Value { llvm, ty: member.clone() });
                        }
                        let key_slot = self.slot_as(&parts[0], &key_type)?;
                        let value_slot = self.slot_as(&parts[1], &value_type)?;
                        self.call_runtime(names::taipan_dict_set_item, &[object, key_slot.into(), value_slot.into()], "")?;
                        self.builder.build_unconditional_branch(header)?;
                        self.builder.position_at_end(exit);
                        Value::none()
                    }
                    "copy" => {
                        let copy = self.call_runtime_value(names::taipan_dict_copy, &[object], "copy")?;
                        Value { llvm: Some(copy), ty: receiver.ty.clone() }
                    }
                    // A view is the dict itself, so it stays live.
                    "keys" | "values" | "items" => Value { llvm: Some(object), ty: expected.clone() },
                    "clear" => {
                        self.call_runtime(names::taipan_dict_clear, &[object], "")?;
                        Value::none()
                    }
                    _ => return Err(CodegenError::new(format!("dict.{name}"))),
                }
            }
            (Type::Set(c) | Type::FrozenSet(c), _) => {
                let element = c.element().clone();
                let frozen = matches!(receiver.ty, Type::FrozenSet(_));
                match name {
                    "add" => {
                        let slot = slot_of(self, 0)?;
                        self.call_runtime(names::taipan_set_add, &[object, slot.into()], "")?;
                        Value::none()
                    }
                    "discard" => {
                        let slot = slot_of(self, 0)?;
                        self.call_runtime(names::taipan_set_discard, &[object, slot.into()], "")?;
                        Value::none()
                    }
                    "remove" => {
                        let slot = slot_of(self, 0)?;
                        self.call_runtime(names::taipan_set_remove, &[object, slot.into()], "")?;
                        Value::none()
                    }
                    "pop" => {
                        let slot = self.call_runtime_value(names::taipan_set_pop, &[object], "popped")?.into_int_value();
                        self.from_slot(slot, &element)?
                    }
                    "clear" => {
                        self.call_runtime(names::taipan_set_clear, &[object], "")?;
                        Value::none()
                    }
                    "copy" => {
                        let copy = self.call_runtime_value(names::taipan_set_copy, &[object, i8_type.const_int(frozen as u64, false).into()], "copy")?;
                        Value { llvm: Some(copy), ty: receiver.ty.clone() }
                    }
                    "difference_update" | "symmetric_difference_update" | "intersection_update" => {
                        let element = element.clone();
                        for other in &values {
                            if matches!(other.ty, Type::Set(_) | Type::FrozenSet(_)) {
                                let op = match name {
                                    "difference_update" => set_op::DIFFERENCE,
                                    "intersection_update" => set_op::INTERSECTION,
                                    _ => set_op::SYMMETRIC_DIFFERENCE,
                                };
                                let code = self.gen.context.i32_type().const_int(op as u64, false);
                                self.call_runtime(names::taipan_set_inplace, &[object, other.get()?, code.into()], "")?;
                                continue;
                            }
                            // An iterable: CPython discards each item, or (for the
                            // symmetric difference) first makes a set of it.
                            let scratch = if name == "symmetric_difference_update" { Some(self.new_set(&receiver.ty)?) } else { None };
                            match scratch {
                                Some(scratch) => self.feed_items(other, scratch, names::taipan_set_add, Some(&element))?,
                                None => self.feed_items(other, receiver.pointer()?, names::taipan_set_discard, Some(&element))?,
                            }
                            if let Some(scratch) = scratch {
                                let code = self.gen.context.i32_type().const_int(set_op::SYMMETRIC_DIFFERENCE as u64, false);
                                self.call_runtime(names::taipan_set_inplace, &[object, scratch.into(), code.into()], "")?;
                            }
                        }
                        Value::none()
                    }
                    "union" | "intersection" | "difference" if values.len() > 1 => {
                        // CPython folds: union copies and updates with each
                        // argument; intersection intersects pairwise; difference
                        // takes the first difference, then removes the rest.
                        if name == "union" {
                            // CPython's set_union: one copy, updated in place
                            // with each argument in turn.
                            let copy = self.mutable_copy(&receiver)?;
                            let result = Value::new(copy, receiver.ty.clone());
                            for other in &values {
                                if matches!(other.ty, Type::Set(_) | Type::FrozenSet(_)) {
                                    self.call_runtime(names::taipan_set_update, &[copy.into(), other.get()?], "")?;
                                    continue;
                                }
                                if let Type::Dict(_) = other.ty {
                                    let incoming = self.sized_length(other.pointer()?)?;
                                    self.call_runtime(names::taipan_set_presize, &[copy.into(), incoming.into()], "")?;
                                }
                                self.feed_items(other, copy, names::taipan_set_add, Some(&element))?;
                            }
                            return Ok(result);
                        }
                        let mut result = self.emit_set_method_one(name, &receiver, &values[0])?;
                        for other in &values[1..] {
                            if name == "difference" {
                                self.emit_discard_all(&result, other)?;
                            } else {
                                result = self.emit_set_method_one(name, &result, other)?;
                            }
                        }
                        result
                    }
                    "union" | "intersection" | "difference" | "symmetric_difference" | "issubset" | "issuperset" | "isdisjoint"
                        if !matches!(values[0].ty, Type::Set(_) | Type::FrozenSet(_)) =>
                    {
                        return self.emit_set_method_with_iterable(name, &receiver, &values[0]);
                    }
                    "union" | "intersection" | "difference" | "symmetric_difference" => {
                        let op = match name {
                            "union" => BinaryOp::BitOr,
                            "intersection" => BinaryOp::BitAnd,
                            "difference" => BinaryOp::Sub,
                            _ => BinaryOp::BitXor,
                        };
                        let result = self.emit_container_binary(op, receiver.clone(), values[0].clone(), false)?;
                        Value { llvm: result.llvm, ty: receiver.ty.clone() }
                    }
                    "issubset" | "issuperset" => {
                        let op = if name == "issubset" { compare_op::LE } else { compare_op::GE };
                        let op = self.gen.context.i32_type().const_int(op as u64, false);
                        let result = self.call_runtime_value(names::taipan_set_compare, &[object, values[0].get()?, op.into()], "subset")?;
                        Value::new(self.i8_to_bool(result)?, Type::Bool)
                    }
                    "isdisjoint" => {
                        let result = self.call_runtime_value(names::taipan_set_isdisjoint, &[object, values[0].get()?], "disjoint")?;
                        Value::new(self.i8_to_bool(result)?, Type::Bool)
                    }
                    _ => return Err(CodegenError::new(format!("set.{name}"))),
                }
            }
            (Type::VarTuple(_), "count" | "index") => {
                let slot = slot_of(self, 0)?;
                if name == "count" {
                    let count = self.call_runtime_value(names::taipan_list_count, &[object, slot.into()], "count")?;
                    Value { llvm: Some(count), ty: Type::Int }
                } else {
                    let found = self.call_runtime_value(names::taipan_list_contains, &[object, slot.into()], "found")?;
                    let found = self.i8_to_bool(found)?;
                    let missing = self.builder.build_not(found, "missing")?;
                    self.raise_if(missing, ExceptionKind::ValueError, "tuple.index(x): x not in tuple")?;
                    let absent = self.const_int(ABSENT_INT);
                    let position = self.call_runtime_value(names::taipan_list_index, &[object, slot.into(), absent.into(), absent.into()], "index")?;
                    Value { llvm: Some(position), ty: Type::Int }
                }
            }
            (Type::Tuple(members), "count" | "index") => {
                let members = members.clone();
                let aggregate = object.into_struct_value();
                let needle = values[0].clone();
                let count = self.entry_alloca(self.i64_type(), "count")?;
                self.builder.build_store(count, self.const_int(0))?;
                let found_at = self.entry_alloca(self.i64_type(), "found_at")?;
                self.builder.build_store(found_at, self.const_int(-1))?;
                for (index, member) in members.iter().enumerate() {
                    let llvm = if ModuleGenerator::has_value(member) { Some(self.builder.build_extract_value(aggregate, index as u32, "member")?) } else { None };
                    let Some(equal) = self.emit_container_equal(&needle, &Value { llvm, ty: member.clone() })? else { continue };
                    let current = self.builder.build_load(self.i64_type(), count, "count")?.into_int_value();
                    let increment = self.bool_to_i64(equal)?;
                    let next = self.builder.build_int_add(current, increment, "count")?;
                    self.builder.build_store(count, next)?;
                    let previous = self.builder.build_load(self.i64_type(), found_at, "found_at")?.into_int_value();
                    let unset = self.builder.build_int_compare(IntPredicate::SLT, previous, self.const_int(0), "unset")?;
                    let take = self.builder.build_and(unset, equal, "take")?;
                    let chosen = self.builder.build_select(take, self.const_int(index as i64), previous, "found")?;
                    self.builder.build_store(found_at, chosen)?;
                }
                if name == "count" {
                    Value::new(self.builder.build_load(self.i64_type(), count, "count")?.into_int_value(), Type::Int)
                } else {
                    let position = self.builder.build_load(self.i64_type(), found_at, "found_at")?.into_int_value();
                    let missing = self.builder.build_int_compare(IntPredicate::SLT, position, self.const_int(0), "missing")?;
                    self.raise_if(missing, ExceptionKind::ValueError, "tuple.index(x): x not in tuple")?;
                    Value::new(position, Type::Int)
                }
            }
            (other, _) => return Err(CodegenError::new(format!("method {name} of {other}"))),
        };
        Ok(result)
    }
}
