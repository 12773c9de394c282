//! `getattr(obj, name[, default])` and `hasattr(obj, name)` with a name known
//! only at run time, on an instance of the program's classes, calls of a
//! box that holds one of several bound methods (`getattr(obj, name)()`),
//! and `vars(obj)` / `obj.__dict__` (`emit_instance_dict`).
//!
//! Inference lists the names such a lookup can find
//! (`taipan_typeinfer::reflection`); the generated code finds the name's
//! position in a constant table of them (`taipan_name_index`) and switches on
//! it: a field is read when its assigned bit is set, else the class
//! attribute or method of the instance's class, else the default or
//! CPython's AttributeError. Names every object has through `object`
//! (`__class__`, `__dict__`...) follow the program's names in the table:
//! `hasattr` is true for them, and `getattr` raises a Python exception that
//! says native code cannot read them. This module decides nothing about
//! types.

use super::*;
use taipan_typeinfer::reflection::{
    is_special_name, reflective_attribute_names, reflective_field_names, reflective_read, NamePattern, ReflectiveRead, OBJECT_ATTRIBUTES, UNTRACKED_SPECIAL_ATTRIBUTES,
};

/// What `NoneType` has besides what `object` has, minus what only
/// instances of Python classes have: `hasattr(None, name)`.
const NONE_ATTRIBUTES: &[&str] = &[
    "__bool__", "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__",
    "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
    "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
];

impl<'a, 'ctx, 'p> FunctionEmitter<'a, 'ctx, 'p> {
    /// `getattr`/`hasattr` with evaluated arguments (`args[0]` an instance,
    /// `args[1]` a str, `args[2]` getattr's default).
    pub(super) fn emit_reflective_attribute(&mut self, builtin: Builtin, args: &[Value<'ctx>], name_expr: &Expr, span: taipan_parser_bridge::source::Span, expected: &Type) -> CodegenResult<Value<'ctx>> {
        let is_hasattr = builtin == Builtin::HasAttr;
        let result_type = if is_hasattr { Type::Bool } else { expected.clone() };
        let object = &args[0];
        let name = args[1].pointer()?;
        let default = args.get(2).cloned();
        let Type::Instance { class, or_none } = object.ty else { return Err(CodegenError::new(format!("getattr on {}", object.ty))) };
        let class = ClassId(class);
        let typed = self.gen.typed;
        let runtime_classes = self.instantiated_classes(class);
        let pattern = NamePattern::of(name_expr);
        let names = reflective_attribute_names(self.gen.program, &typed.class_table, &typed.fields, &runtime_classes, class, &pattern, is_hasattr);
        let pointer = object.pointer()?;
        let start = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        let join = self.append_block("getattr.done");
        let mut incoming: Vec<(Value<'ctx>, BasicBlock<'ctx>)> = Vec::new();

        // Where nothing is found: an extra attribute a computed `setattr`
        // gave the instance, else the default, hasattr's False, or the error.
        let missing = self.append_block("getattr.missing");
        self.builder.position_at_end(missing);
        if let Some(word) = self.extra_attributes_word(class) {
            let not_found = self.append_block("getattr.not_found");
            let instance_block = self.append_block("getattr.extras");
            let is_none = self.builder.build_is_null(pointer, "receiver_none")?;
            self.builder.build_conditional_branch(is_none, not_found, instance_block)?;
            self.builder.position_at_end(instance_block);
            let extras = self.field_address(pointer, word)?;
            let boxed = self.call_runtime_value(names::taipan_instance_get_extra, &[extras.into(), name.into()], "extra")?.into_pointer_value();
            let absent = self.builder.build_is_null(boxed, "no_extra")?;
            let found = self.append_block("getattr.extra");
            self.builder.build_conditional_branch(absent, not_found, found)?;
            self.builder.position_at_end(found);
            let value = if is_hasattr { Value::new(self.i1(true), Type::Bool) } else { self.dynamic_result(boxed, &result_type)? };
            self.branch_with(value, join, &mut incoming)?;
            self.builder.position_at_end(not_found);
        }
        match (&default, is_hasattr) {
            (_, true) => self.branch_with(Value::new(self.i1(false), Type::Bool), join, &mut incoming)?,
            (Some(default), false) => self.branch_with(default.clone(), join, &mut incoming)?,
            (None, false) => {
                self.raise_if_none_receiver(pointer, name)?;
                self.call_runtime(names::taipan_raise_attribute_error, &[pointer.into(), name.into()], "")?;
                self.builder.build_unreachable()?;
            }
        }

        // The names every object has: hasattr's True; getattr cannot read
        // them, nor the program's special methods.
        let mut special_names: Vec<String> = OBJECT_ATTRIBUTES.iter().map(|special| special.to_string()).filter(|special| !names.contains(special)).collect();
        if !is_hasattr {
            let all_names = reflective_attribute_names(self.gen.program, &typed.class_table, &typed.fields, &runtime_classes, class, &NamePattern::default(), true);
            for name in all_names {
                if is_special_name(&name) && !special_names.contains(&name) {
                    special_names.push(name);
                }
            }
        }
        let special = self.append_block("getattr.special");
        self.builder.position_at_end(special);
        if is_hasattr {
            self.branch_with(Value::new(self.i1(true), Type::Bool), join, &mut incoming)?;
        } else {
            self.call_runtime(names::taipan_raise_special_attribute, &[name.into()], "")?;
            self.builder.build_unreachable()?;
        }
        // Special attributes the compiler does not track: neither answers.
        let untracked_names: Vec<&str> = UNTRACKED_SPECIAL_ATTRIBUTES.iter().copied().filter(|untracked| !names.iter().any(|name| name == untracked)).collect();
        let untracked = self.append_block("getattr.untracked");
        self.builder.position_at_end(untracked);
        self.call_runtime(names::taipan_raise_special_attribute, &[name.into()], "")?;
        self.builder.build_unreachable()?;

        // Back at the call: a None receiver, then the name's position.
        self.builder.position_at_end(start);
        let found_block = self.append_block("getattr.lookup");
        if or_none {
            let none_block = self.append_block("getattr.receiver_none");
            let null = self.builder.build_is_null(pointer, "is_none")?;
            self.builder.build_conditional_branch(null, none_block, found_block)?;
            self.builder.position_at_end(none_block);
            if is_hasattr {
                let table = self.name_table(NONE_ATTRIBUTES.iter().copied())?;
                let count = self.const_int(NONE_ATTRIBUTES.len() as i64);
                let index = self.call_runtime_value(names::taipan_name_index, &[name.into(), table.into(), count.into()], "none_index")?.into_int_value();
                let found = self.builder.build_int_compare(IntPredicate::SGE, index, self.const_int(0), "none_has")?;
                self.branch_with(Value::new(found, Type::Bool), join, &mut incoming)?;
            } else {
                // No attribute of None is read natively: the default, else
                // the AttributeError (or, for `__class__` and the like, the
                // exception that says so).
                let table = self.name_table(NONE_ATTRIBUTES.iter().copied())?;
                let count = self.const_int(NONE_ATTRIBUTES.len() as i64);
                let index = self.call_runtime_value(names::taipan_name_index, &[name.into(), table.into(), count.into()], "none_index")?.into_int_value();
                let found = self.builder.build_int_compare(IntPredicate::SGE, index, self.const_int(0), "none_has")?;
                self.builder.build_conditional_branch(found, special, missing)?;
            }
        } else {
            self.builder.build_unconditional_branch(found_block)?;
        }
        self.builder.position_at_end(found_block);
        let table_names: Vec<&str> = names.iter().map(String::as_str).chain(special_names.iter().map(String::as_str)).chain(untracked_names.iter().copied()).collect();
        let table = self.name_table(table_names.iter().copied())?;
        let count = self.const_int(table_names.len() as i64);
        let index = self.call_runtime_value(names::taipan_name_index, &[name.into(), table.into(), count.into()], "name_index")?.into_int_value();
        let mut cases = Vec::new();
        let mut name_blocks = Vec::new();
        for (position, _) in names.iter().enumerate() {
            let block = self.append_block("getattr.name");
            cases.push((self.i64_type().const_int(position as u64, false), block));
            name_blocks.push(block);
        }
        for position in names.len()..table_names.len() {
            let target = if position < names.len() + special_names.len() { special } else { untracked };
            cases.push((self.i64_type().const_int(position as u64, false), target));
        }
        self.builder.build_switch(index, missing, &cases)?;

        for (attribute, block) in names.iter().zip(name_blocks) {
            self.builder.position_at_end(block);
            // A field, when this instance has been given it.
            if let Some(field) = self.field_index(class, attribute)? {
                let bits_address = self.assigned_bits_address(pointer)?;
                let bits = self.builder.build_load(self.i64_type(), bits_address, "assigned_bits")?.into_int_value();
                let masked = self.builder.build_and(bits, self.const_int(1i64 << field), "assigned_bit")?;
                let is_set = self.builder.build_int_compare(IntPredicate::NE, masked, self.const_int(0), "is_set")?;
                let set_block = self.append_block("getattr.field");
                let unset_block = self.append_block("getattr.class");
                self.builder.build_conditional_branch(is_set, set_block, unset_block)?;
                self.builder.position_at_end(set_block);
                if is_hasattr {
                    self.branch_with(Value::new(self.i1(true), Type::Bool), join, &mut incoming)?;
                } else {
                    let field_type = typed.fields[typed.class_table.family_of(class)][field].clone();
                    let address = self.field_address(pointer, field)?;
                    let slot = self.builder.build_load(self.i64_type(), address, "field_bits")?.into_int_value();
                    let value = self.from_slot(slot, &field_type)?;
                    let value = self.coerce(value, &result_type)?;
                    self.branch_with(value, join, &mut incoming)?;
                }
                self.builder.position_at_end(unset_block);
            }
            // Else what the instance's class defines under the name.
            let reads: Vec<(ClassId, ReflectiveRead)> =
                runtime_classes.iter().map(|runtime_class| (*runtime_class, reflective_read(self.gen.program, &typed.class_table, *runtime_class, attribute))).collect();
            if reads.iter().all(|(_, read)| *read == ReflectiveRead::Nothing) {
                self.builder.build_unconditional_branch(missing)?;
                continue;
            }
            let class_id = self.class_id(pointer)?;
            let mut class_cases = Vec::new();
            let mut class_blocks = Vec::new();
            for (runtime_class, read) in &reads {
                if *read == ReflectiveRead::Nothing {
                    continue;
                }
                let block = self.append_block("getattr.member");
                class_cases.push((self.gen.context.i32_type().const_int(runtime_class.0 as u64, false), block));
                class_blocks.push((block, read.clone()));
            }
            self.builder.build_switch(class_id, missing, &class_cases)?;
            for (block, read) in class_blocks {
                self.builder.position_at_end(block);
                if is_hasattr {
                    self.branch_with(Value::new(self.i1(true), Type::Bool), join, &mut incoming)?;
                    continue;
                }
                let value = match read {
                    ReflectiveRead::ClassAttribute(global) => self.emit_variable_read(Variable::Global(global), span)?,
                    ReflectiveRead::Method => Value::new(pointer, Type::BoundMethod { class: class.0, name: attribute.to_string() }),
                    _ => return Err(CodegenError::new("a computed getattr of a member inference refused")),
                };
                let value = self.coerce(value, &result_type)?;
                self.branch_with(value, join, &mut incoming)?;
            }
        }

        self.merge_at(join, &incoming, &result_type)
    }

    /// `setattr(obj, name, value)` / `delattr(obj, name)` with evaluated
    /// arguments: the field the name finds among those the program assigns
    /// (`reflective_field_names`); another name raises, a SystemError for
    /// `setattr` (native instances cannot take it) and CPython's
    /// AttributeError for `delattr` (no instance has it).
    pub(super) fn emit_reflective_store(&mut self, builtin: Builtin, args: &[Value<'ctx>], name_expr: &Expr) -> CodegenResult<Value<'ctx>> {
        let is_setattr = builtin == Builtin::SetAttr;
        let object = &args[0];
        let name = args[1].pointer()?;
        let Type::Instance { class, or_none } = object.ty else { return Err(CodegenError::new(format!("{} on {}", builtin.name(), object.ty))) };
        let class = ClassId(class);
        let typed = self.gen.typed;
        let pattern = NamePattern::of(name_expr);
        let names = if pattern.exact { vec![pattern.prefix.clone()] } else { reflective_field_names(&typed.class_table, &typed.fields, class, &pattern) };
        let pointer = object.pointer()?;
        if or_none {
            self.raise_if_none_receiver(pointer, name)?;
        }
        let join = self.append_block("setattr.done");
        let missing = self.append_block("setattr.missing");
        let table = self.name_table(names.iter().map(String::as_str))?;
        let count = self.const_int(names.len() as i64);
        let index = self.call_runtime_value(names::taipan_name_index, &[name.into(), table.into(), count.into()], "name_index")?.into_int_value();
        let mut cases = Vec::new();
        let mut blocks = Vec::new();
        for (position, _) in names.iter().enumerate() {
            let block = self.append_block("setattr.name");
            cases.push((self.i64_type().const_int(position as u64, false), block));
            blocks.push(block);
        }
        self.builder.build_switch(index, missing, &cases)?;
        for (attribute, block) in names.iter().zip(blocks) {
            self.builder.position_at_end(block);
            let Some(field) = self.field_index(class, attribute)? else {
                self.builder.build_unconditional_branch(missing)?;
                continue;
            };
            if is_setattr {
                self.store_field(pointer, class, attribute, &args[2])?;
                self.builder.build_unconditional_branch(join)?;
                continue;
            }
            // `delattr`: the field goes (its assigned bit), or AttributeError.
            let bits_address = self.assigned_bits_address(pointer)?;
            let bits = self.builder.build_load(self.i64_type(), bits_address, "assigned_bits")?.into_int_value();
            let bit = self.const_int(1i64 << field);
            let masked = self.builder.build_and(bits, bit, "assigned_bit")?;
            let is_set = self.builder.build_int_compare(IntPredicate::NE, masked, self.const_int(0), "is_set")?;
            let delete_block = self.append_block("delattr.field");
            self.builder.build_conditional_branch(is_set, delete_block, missing)?;
            self.builder.position_at_end(delete_block);
            let cleared = self.builder.build_and(bits, self.builder.build_not(bit, "other_bits")?, "cleared")?;
            self.builder.build_store(bits_address, cleared)?;
            // The old value is no longer reachable through the object.
            let address = self.field_address(pointer, field)?;
            self.builder.build_store(address, self.const_int(0))?;
            if let Some(record_word) = self.attribute_order_word(class) {
                let (field, record) = (self.const_int(field as i64), self.const_int(record_word as i64));
                self.call_runtime(names::taipan_instance_forget_attribute, &[pointer.into(), field.into(), record.into()], "")?;
            }
            self.builder.build_unconditional_branch(join)?;
        }
        self.builder.position_at_end(missing);
        if let (Some(word), false) = (self.extra_attributes_word(class), is_setattr && pattern.exact) {
            // A name no code assigns: an extra attribute of the instance,
            // unless it names a method or special attribute, which the
            // instance's dict would shadow (operators and method calls
            // would not see it natively).
            let extras = self.field_address(pointer, word)?;
            let shadowing = self.shadowing_names(class);
            let table = self.name_table(shadowing.iter().map(String::as_str))?;
            let count = self.const_int(shadowing.len() as i64);
            let index = self.call_runtime_value(names::taipan_name_index, &[name.into(), table.into(), count.into()], "shadowing_index")?.into_int_value();
            let shadows = self.builder.build_int_compare(IntPredicate::SGE, index, self.const_int(0), "shadows")?;
            let refused = self.append_block("setattr.shadowing");
            let extra = self.append_block("setattr.extra");
            self.builder.build_conditional_branch(shadows, refused, extra)?;
            self.builder.position_at_end(extra);
            if is_setattr {
                let boxed = self.box_value(&args[2])?;
                self.call_runtime(names::taipan_instance_set_extra, &[pointer.into(), extras.into(), name.into(), boxed.into()], "")?;
                self.builder.build_unconditional_branch(join)?;
            } else {
                let deleted = self.call_runtime_value(names::taipan_instance_delete_extra, &[extras.into(), name.into()], "deleted")?.into_int_value();
                let was_there = self.builder.build_int_compare(IntPredicate::NE, deleted, self.gen.context.i8_type().const_zero(), "was_there")?;
                self.builder.build_conditional_branch(was_there, join, refused)?;
            }
            self.builder.position_at_end(refused);
        }
        let raise = if is_setattr { names::taipan_raise_untracked_attribute_store } else { names::taipan_raise_attribute_error };
        self.call_runtime(raise, &[pointer.into(), name.into()], "")?;
        self.builder.build_unreachable()?;
        self.builder.position_at_end(join);
        Ok(Value::none())
    }

    /// The names an extra attribute of an instance of `class` may not take:
    /// those of the methods and other members its classes define, and the
    /// special names every object has.
    fn shadowing_names(&self, class: ClassId) -> Vec<String> {
        let typed = self.gen.typed;
        let runtime_classes = self.instantiated_classes(class);
        let mut names: Vec<String> = reflective_attribute_names(self.gen.program, &typed.class_table, &typed.fields, &runtime_classes, class, &NamePattern::default(), true)
            .into_iter()
            .filter(|name| !typed.fields[typed.class_table.family_of(class)].contains_key(name))
            .collect();
        for special in OBJECT_ATTRIBUTES.iter().chain(UNTRACKED_SPECIAL_ATTRIBUTES) {
            if !names.iter().any(|name| name == special) {
                names.push(special.to_string());
            }
        }
        names
    }

    /// `vars(value)` / `value.__dict__` of an instance: a new dict of the
    /// attributes it has, in the order of its attribute-order record (the
    /// order CPython's instance dict has them), each converted to the
    /// dict's value type. Inference accepts it only where a new dict cannot
    /// be told from CPython's live one.
    pub(super) fn emit_instance_dict(&mut self, value_expr: &Expr, through_vars: bool, expected: &Type) -> CodegenResult<Value<'ctx>> {
        let object = self.emit_expr(value_expr)?;
        if object.is_never() {
            return Ok(Value::never());
        }
        let Type::Instance { class, or_none } = object.ty else { return Err(CodegenError::new(format!("the __dict__ of {}", object.ty))) };
        let class = ClassId(class);
        let pointer = object.pointer()?;
        if or_none && through_vars {
            let null = self.builder.build_is_null(pointer, "is_none")?;
            let none_block = self.append_block("vars.none");
            let instance_block = self.append_block("vars.instance");
            self.builder.build_conditional_branch(null, none_block, instance_block)?;
            self.builder.position_at_end(none_block);
            self.emit_raise(ExceptionKind::TypeError, "vars() argument must have __dict__ attribute")?;
            self.builder.position_at_end(instance_block);
        } else if or_none {
            self.emit_none_check(&object, "__dict__")?;
        }
        let record_word = self.attribute_order_word(class).ok_or_else(|| CodegenError::new("a __dict__ read of a family without an attribute-order record"))?;
        let Type::Dict(container) = expected else { return Err(CodegenError::new(format!("a __dict__ of type {expected}"))) };
        let value_type = container.value().clone();
        let dict = self.new_dict(expected)?;
        let typed = self.gen.typed;
        let fields: Vec<(String, Type)> = typed.fields[typed.class_table.family_of(class)].iter().map(|(name, field_type)| (name.clone(), field_type.clone())).collect();
        let record = self.field_address(pointer, record_word)?;
        let count = self.builder.build_load(self.gen.context.i8_type(), record, "attribute_count")?.into_int_value();
        let count = self.builder.build_int_z_extend(count, self.i64_type(), "attribute_count")?;
        let before = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        let head = self.append_block("instance_dict.head");
        let body = self.append_block("instance_dict.body");
        let next = self.append_block("instance_dict.next");
        let done = self.append_block("instance_dict.done");
        self.builder.build_unconditional_branch(head)?;
        self.builder.position_at_end(head);
        let position = self.builder.build_phi(self.i64_type(), "attribute_position")?;
        position.add_incoming(&[(&self.const_int(0), before)]);
        let position_value = position.as_basic_value().into_int_value();
        let more = self.builder.build_int_compare(IntPredicate::SLT, position_value, count, "more_attributes")?;
        self.builder.build_conditional_branch(more, body, done)?;
        self.builder.position_at_end(body);
        let entry_offset = self.builder.build_int_nsw_add(position_value, self.const_int(1), "entry_offset")?;
        let entry = unsafe { self.builder.build_gep(self.gen.context.i8_type(), record, &[entry_offset], "attribute_entry")? };
        let field_index = self.builder.build_load(self.gen.context.i8_type(), entry, "field_index")?.into_int_value();
        let field_index = self.builder.build_int_z_extend(field_index, self.i64_type(), "field_index")?;
        let mut cases = Vec::new();
        let mut blocks = Vec::new();
        for (index, _) in fields.iter().enumerate() {
            let block = self.append_block("instance_dict.field");
            cases.push((self.i64_type().const_int(index as u64, false), block));
            blocks.push(block);
        }
        self.builder.build_switch(field_index, next, &cases)?;
        for ((name, field_type), block) in fields.iter().zip(blocks) {
            self.builder.position_at_end(block);
            let index = self.field_index(class, name)?.ok_or_else(|| CodegenError::new(format!("no slot for attribute {name}")))?;
            let address = self.field_address(pointer, index)?;
            let slot = self.builder.build_load(self.i64_type(), address, "field_bits")?.into_int_value();
            let field_value = self.from_slot(slot, field_type)?;
            let value_slot = self.slot_as(&field_value, &value_type)?;
            let key = Value::new(self.str_constant(name), Type::Str);
            let key_slot = self.slot_as(&key, &Type::Str)?;
            self.call_runtime(names::taipan_dict_set_item, &[dict.into(), key_slot.into(), value_slot.into()], "")?;
            self.builder.build_unconditional_branch(next)?;
        }
        self.builder.position_at_end(next);
        let following = self.builder.build_int_nsw_add(position_value, self.const_int(1), "next_position")?;
        position.add_incoming(&[(&following, next)]);
        self.builder.build_unconditional_branch(head)?;
        self.builder.position_at_end(done);
        Ok(Value::new(dict, expected.clone()))
    }

    /// For a receiver that may be None (null), CPython's AttributeError of
    /// None naming the attribute `name` (a run-time str); the builder goes
    /// on where the receiver is an instance.
    fn raise_if_none_receiver(&mut self, pointer: PointerValue<'ctx>, name: PointerValue<'ctx>) -> CodegenResult<()> {
        let null = self.builder.build_is_null(pointer, "is_none")?;
        let none_block = self.append_block("receiver.none");
        let instance_block = self.append_block("receiver.instance");
        self.builder.build_conditional_branch(null, none_block, instance_block)?;
        self.builder.position_at_end(none_block);
        // The runtime's AttributeError for a box names its type.
        let none_box = self.box_value(&Value::none())?;
        self.call_runtime(names::taipan_dynamic_instance, &[none_box.into(), name.into()], "")?;
        self.builder.build_unreachable()?;
        self.builder.position_at_end(instance_block);
        Ok(())
    }

    /// The value at `join` of the paths that branched there (`incoming`),
    /// as `expected`; never, in a dead block, when none did.
    pub(super) fn merge_at(&mut self, join: BasicBlock<'ctx>, incoming: &[(Value<'ctx>, BasicBlock<'ctx>)], expected: &Type) -> CodegenResult<Value<'ctx>> {
        self.builder.position_at_end(join);
        if incoming.is_empty() {
            self.builder.build_unreachable()?;
            self.start_dead_block();
            return Ok(Value::never());
        }
        self.merge_values(incoming, expected)
    }

    /// Branches to `join` with `value`, remembering where it came from.
    pub(super) fn branch_with(&mut self, value: Value<'ctx>, join: BasicBlock<'ctx>, incoming: &mut Vec<(Value<'ctx>, BasicBlock<'ctx>)>) -> CodegenResult<()> {
        if value.is_never() || self.is_terminated() {
            return Ok(());
        }
        let block = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insertion block"))?;
        self.builder.build_unconditional_branch(join)?;
        incoming.push((value, block));
        Ok(())
    }

    /// A constant array of str constants, for `taipan_name_index`.
    fn name_table<'n>(&mut self, names: impl Iterator<Item = &'n str>) -> CodegenResult<PointerValue<'ctx>> {
        let pointers: Vec<PointerValue<'ctx>> = names.map(|name| self.str_constant(name)).collect();
        let array = self.ptr_type().const_array(&pointers);
        let global = self.gen.module.add_global(array.get_type(), Some(AddressSpace::default()), "getattr.names");
        global.set_initializer(&array);
        global.set_constant(true);
        global.set_linkage(inkwell::module::Linkage::Private);
        Ok(global.as_pointer_value())
    }

    /// A call of a box that may hold one of several bound methods: the
    /// method of the member whose descriptor the box carries, else
    /// CPython's TypeError (not callable).
    pub(super) fn emit_boxed_method_call(
        &mut self,
        callee: &Value<'ctx>,
        targets: &[(Type, CallResolution)],
        args: &[Value<'ctx>],
        keywords: &[Value<'ctx>],
        expected: &Type,
    ) -> CodegenResult<Value<'ctx>> {
        let boxed = callee.pointer()?;
        let box_type = self.gen.dynamic_box_type();
        let descriptor_field = self.builder.build_struct_gep(box_type, boxed, taipan_abi::DYNAMIC_BOX_FIELD_DESCRIPTOR, "box.descriptor.field")?;
        let descriptor = self.builder.build_load(self.ptr_type(), descriptor_field, "box.descriptor")?.into_pointer_value();
        let slot_field = self.builder.build_struct_gep(box_type, boxed, taipan_abi::DYNAMIC_BOX_FIELD_SLOT, "box.slot.field")?;
        let receiver = self.builder.build_load(self.ptr_type(), slot_field, "box.receiver")?.into_pointer_value();
        let join = self.append_block("boxed_call.done");
        let mut incoming = Vec::new();
        for (member, resolution) in targets {
            let Type::BoundMethod { class, name } = member else { return Err(CodegenError::new("a boxed call target that is not a bound method")) };
            let wanted = self.gen.descriptor(member);
            let same = self.builder.build_int_compare(IntPredicate::EQ, descriptor, wanted, "is_method")?;
            let call_block = self.append_block("boxed_call.method");
            let next_block = self.append_block("boxed_call.next");
            self.builder.build_conditional_branch(same, call_block, next_block)?;
            self.builder.position_at_end(call_block);
            let receiver_value = Value::new(receiver, Type::Instance { class: *class, or_none: false });
            let value = self.emit_dispatch(resolution, receiver_value, name, args, keywords, expected)?;
            self.branch_with(value, join, &mut incoming)?;
            self.builder.position_at_end(next_block);
        }
        self.call_runtime(names::taipan_dynamic_not_callable, &[boxed.into()], "")?;
        self.builder.build_unreachable()?;
        self.merge_at(join, &incoming, expected)
    }
}
