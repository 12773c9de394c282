//! Instances of the program's classes in generated code: construction,
//! attribute reads and writes on the family layout
//! (`taipan_abi::InstanceObject`), method calls, and the special methods
//! operators call.
//!
//! A call typeinfer resolved to one target for every class the receiver
//! may have is a direct call (LLVM may inline it). Otherwise the object's
//! class id, read from its class descriptor, selects the target through a
//! `switch` over the class ids, which LLVM lowers to a jump table: one load
//! and one indirect branch, not a chain of type tests. A class with no
//! target raises `AttributeError`.

use super::{FunctionEmitter, Value};
use crate::module::{CodegenError, CodegenResult};
use inkwell::values::{IntValue, PointerValue};
use inkwell::IntPredicate;
use taipan_abi::{names, ExceptionKind, CLASS_DESCRIPTOR_FIELD_ID, CLASS_DESCRIPTOR_FIELD_NAME, INSTANCE_FIELD_ASSIGNED, INSTANCE_FIELD_CLASS, INSTANCE_HEAD_SIZE, MAX_INSTANCE_FIELDS};
use taipan_parser_bridge::hir::*;
use taipan_typeinfer::classes::ClassMember;
use taipan_typeinfer::{CallResolution, Dunder, Type};
use taipan_typeinfer::reflection::is_special_name;

impl<'a, 'ctx, 'p> FunctionEmitter<'a, 'ctx, 'p> {
    /// The slot index of instance attribute `name` in the layout of
    /// `class`'s family.
    pub(super) fn field_index(&self, class: ClassId, name: &str) -> CodegenResult<Option<usize>> {
        let family = self.gen.typed.class_table.family_of(class);
        let fields = &self.gen.typed.fields[family];
        if fields.len() > MAX_INSTANCE_FIELDS {
            return Err(CodegenError::new(format!(
                "classes whose family has more than {MAX_INSTANCE_FIELDS} instance attribute names are not supported yet"
            )));
        }
        Ok(fields.get_index_of(name))
    }

    /// The words an instance of `class` has after its head: a slot per
    /// field of its family, then the attribute-order record when the
    /// program reads the family's `__dict__` (a count byte and a byte per
    /// field, see the runtime's `taipan_instance_note_attribute`).
    pub(super) fn instance_words(&self, class: ClassId) -> usize {
        let fields = self.gen.typed.fields[self.gen.typed.class_table.family_of(class)].len();
        let record = match self.attribute_order_word(class) {
            Some(_) => (1 + fields).div_ceil(8),
            None => 0,
        };
        let extras = self.extra_attributes_word(class).is_some() as usize;
        fields + record + extras
    }

    /// The word (after the head) that points to the dict of extra
    /// attributes of instances of `class`, when a computed `setattr` may give
    /// them attributes no code assigns by name (the runtime's
    /// `taipan_instance_set_extra`); it follows the fields and the
    /// attribute-order record, and is null until the first one is set.
    pub(super) fn extra_attributes_word(&self, class: ClassId) -> Option<usize> {
        let family = self.gen.typed.class_table.family_of(class);
        if !self.gen.typed.extra_attribute_types.contains_key(&family) {
            return None;
        }
        let fields = self.gen.typed.fields[family].len();
        let record = if self.gen.typed.dict_read_families.contains(&family) { (1 + fields).div_ceil(8) } else { 0 };
        Some(fields + record)
    }

    /// `obj.name` read from the extra attributes of the (non-null) instance
    /// at `pointer`: the box converted to `expected`, or CPython's
    /// AttributeError when the instance has no such attribute.
    pub(super) fn emit_extra_attribute_read(&mut self, pointer: PointerValue<'ctx>, word: usize, name: &str, expected: &Type) -> CodegenResult<Value<'ctx>> {
        let extras = self.field_address(pointer, word)?;
        let name_text = self.str_constant(name);
        let boxed = self.call_runtime_value(names::taipan_instance_get_extra, &[extras.into(), name_text.into()], "extra")?.into_pointer_value();
        let absent = self.builder.build_is_null(boxed, "no_extra")?;
        let missing_block = self.append_block("extra.missing");
        let found_block = self.append_block("extra.found");
        self.builder.build_conditional_branch(absent, missing_block, found_block)?;
        self.builder.position_at_end(missing_block);
        self.emit_attribute_error(pointer, name)?;
        self.builder.position_at_end(found_block);
        self.dynamic_result(boxed, expected)
    }

    /// Where the attribute-order record of instances of `class` starts (in
    /// words after the head), when its family keeps one.
    pub(super) fn attribute_order_word(&self, class: ClassId) -> Option<usize> {
        let family = self.gen.typed.class_table.family_of(class);
        self.gen.typed.dict_read_families.contains(&family).then(|| self.gen.typed.fields[family].len())
    }

    /// Raises AttributeError for `name` on `instance` (null: None).
    fn emit_attribute_error(&mut self, instance: PointerValue<'ctx>, name: &str) -> CodegenResult<()> {
        let name_text = self.str_constant(name);
        self.call_runtime(names::taipan_raise_attribute_error, &[instance.into(), name_text.into()], "")?;
        self.builder.build_unreachable()?;
        Ok(())
    }

    /// For a value that may be None, raises AttributeError when it is.
    pub(super) fn emit_none_check(&mut self, object: &Value<'ctx>, name: &str) -> CodegenResult<()> {
        if let Type::Instance { or_none: true, .. } = object.ty {
            let pointer = object.pointer()?;
            let is_none = self.builder.build_is_null(pointer, "is_none")?;
            let raise_block = self.append_block("none_attribute");
            let continue_block = self.append_block("not_none");
            self.builder.build_conditional_branch(is_none, raise_block, continue_block)?;
            self.builder.position_at_end(raise_block);
            self.emit_attribute_error(self.ptr_type().const_null(), name)?;
            self.builder.position_at_end(continue_block);
        }
        Ok(())
    }

    pub(super) fn field_address(&mut self, object: PointerValue<'ctx>, index: usize) -> CodegenResult<PointerValue<'ctx>> {
        let offset = self.const_int((INSTANCE_HEAD_SIZE + 8 * index) as i64);
        Ok(unsafe { self.builder.build_gep(self.gen.context.i8_type(), object, &[offset], "field")? })
    }

    pub(super) fn assigned_bits_address(&mut self, object: PointerValue<'ctx>) -> CodegenResult<PointerValue<'ctx>> {
        let instance_type = self.gen.instance_type();
        Ok(self.builder.build_struct_gep(instance_type, object, INSTANCE_FIELD_ASSIGNED, "assigned")?)
    }

    /// The class id of a (non-null) instance, from its descriptor.
    pub(super) fn class_id(&mut self, object: PointerValue<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        let class = self.class_of(object)?;
        let descriptor_type = self.gen.class_descriptor_type();
        let id_field = self.builder.build_struct_gep(descriptor_type, class, CLASS_DESCRIPTOR_FIELD_ID, "id.field")?;
        Ok(self.builder.build_load(self.gen.context.i32_type(), id_field, "class_id")?.into_int_value())
    }

    /// The class descriptor of an instance: its class as a value.
    pub(super) fn class_of(&mut self, object: PointerValue<'ctx>) -> CodegenResult<PointerValue<'ctx>> {
        let instance_type = self.gen.instance_type();
        let class_field = self.builder.build_struct_gep(instance_type, object, INSTANCE_FIELD_CLASS, "class.field")?;
        Ok(self.builder.build_load(self.ptr_type(), class_field, "class")?.into_pointer_value())
    }

    /// The one class attribute the run-time classes of `class` find for
    /// `name` along their MROs, if any.
    /// The class attribute `name` of each class in `classes` (None where
    /// the class has none).
    fn class_attributes_of(&self, classes: &[ClassId], name: &str) -> Vec<(ClassId, Option<GlobalId>)> {
        classes
            .iter()
            .map(|c| match self.gen.typed.class_table.lookup(self.gen.program, *c, name, None) {
                Some((_, ClassMember::Attribute(global))) => (*c, Some(global)),
                _ => (*c, None),
            })
            .collect()
    }

    /// Reads class attribute `name` of the class whose descriptor is
    /// `descriptor`, one of `classes`: directly when they share it, else by
    /// a `switch` on the class id; a class without it raises
    /// `missing`'s AttributeError. `None` when no class has it.
    fn emit_class_attribute_read(
        &mut self,
        descriptor: PointerValue<'ctx>,
        classes: &[ClassId],
        name: &str,
        expected: &Type,
        span: taipan_parser_bridge::source::Span,
        missing: &dyn Fn(&mut Self) -> CodegenResult<()>,
    ) -> CodegenResult<Option<Value<'ctx>>> {
        let entries = self.class_attributes_of(classes, name);
        let mut globals: Vec<GlobalId> = entries.iter().filter_map(|(_, global)| *global).collect();
        globals.sort_unstable_by_key(|global| global.0);
        globals.dedup();
        if globals.is_empty() {
            return Ok(None);
        }
        if globals.len() == 1 && entries.iter().all(|(_, global)| global.is_some()) {
            let read = self.emit_variable_read(Variable::Global(globals[0]), span)?;
            return Ok(Some(self.coerce(read, expected)?));
        }
        let descriptor_type = self.gen.class_descriptor_type();
        let id_field = self.builder.build_struct_gep(descriptor_type, descriptor, CLASS_DESCRIPTOR_FIELD_ID, "id.field")?;
        let class_id = self.builder.build_load(self.gen.context.i32_type(), id_field, "class_id")?.into_int_value();
        let default = self.append_block("class_attribute.missing");
        let mut case_blocks: Vec<(Option<GlobalId>, inkwell::basic_block::BasicBlock<'ctx>)> = Vec::new();
        let mut cases = Vec::new();
        for (class, global) in &entries {
            let block = match case_blocks.iter().find(|(known, _)| known == global) {
                Some((_, block)) => *block,
                None => {
                    let block = self.append_block("class_attribute.case");
                    case_blocks.push((*global, block));
                    block
                }
            };
            cases.push((self.gen.context.i32_type().const_int(class.0 as u64, false), block));
        }
        self.builder.build_switch(class_id, default, &cases)?;
        let mut incoming = Vec::new();
        for (global, block) in case_blocks {
            self.builder.position_at_end(block);
            match global {
                Some(global) => {
                    let read = self.emit_variable_read(Variable::Global(global), span)?;
                    let read = self.coerce(read, expected)?;
                    let end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?;
                    incoming.push((read, end));
                }
                None => {
                    missing(self)?;
                    self.start_dead_block();
                    self.builder.build_unreachable()?;
                }
            }
        }
        Ok(Some(self.finish_switch(default, &incoming, expected)?))
    }

    /// The classes an instance of static class `class` may have.
    pub(super) fn instantiated_classes(&self, class: ClassId) -> Vec<ClassId> {
        let typed = self.gen.typed;
        typed.class_table.subclasses[class.0 as usize].iter().copied().filter(|c| typed.instantiated[c.0 as usize]).collect()
    }

    /// The global of class attribute `name` when `object` names a class
    /// whose body defines it (`Counter.total`).
    pub(super) fn class_attribute_of(&self, object: &Expr, name: &str) -> Option<GlobalId> {
        let ExprKind::Variable(Variable::Global(global)) = &object.kind else { return None };
        let GlobalKind::Class(class) = self.gen.program.global(*global).kind else { return None };
        self.gen.program.class(class).attributes.get(name).copied()
    }

    /// `value.name` as an expression.
    pub(super) fn emit_attribute(&mut self, expr: &Expr, value: &Expr, name: &str, expected: &Type) -> CodegenResult<Value<'ctx>> {
        if let (ExprKind::ClassOf(inner), Type::Unknown, Type::Str) = (&value.kind, self.expr_type(value), expected) {
            // `type(x).__name__` of a built-in type's value or of a box.
            let inner_value = self.emit_expr(inner)?;
            if inner_value.is_never() {
                return Ok(Value::never());
            }
            if inner_value.ty.is_dynamic() {
                return self.emit_dynamic_text(names::taipan_dynamic_type_name, &inner_value);
            }
            return Ok(Value::new(self.str_constant(&inner_value.ty.python_name()), Type::Str));
        }
        if let ExprKind::Variable(Variable::Global(global)) = &value.kind {
            if let (GlobalKind::Class(class), false) = (self.gen.program.global(*global).kind, taipan_typeinfer::is_class_name_attribute(name)) {
                return match self.gen.typed.class_table.lookup(self.gen.program, class, name, None) {
                    Some((_, ClassMember::Attribute(attribute))) => {
                        let read = self.emit_variable_read(Variable::Global(attribute), expr.span)?;
                        self.coerce(read, expected)
                    }
                    _ => {
                        let message = format!("type object '{}' has no attribute '{name}'", self.gen.program.class(class).name);
                        self.emit_raise(ExceptionKind::AttributeError, &message)?;
                        Ok(Value::never())
                    }
                };
            }
        }
        let object = self.emit_expr(value)?;
        if object.is_never() {
            return Ok(Value::never());
        }
        if object.ty == Type::None {
            self.emit_raise(ExceptionKind::AttributeError, &format!("'NoneType' object has no attribute '{name}'"))?;
            return Ok(Value::never());
        }
        if let (Type::Class { .. }, true) = (&object.ty, taipan_typeinfer::is_class_name_attribute(name)) {
            let descriptor_type = self.gen.class_descriptor_type();
            let field = if name == "__qualname__" { taipan_abi::CLASS_DESCRIPTOR_FIELD_QUALNAME } else { CLASS_DESCRIPTOR_FIELD_NAME };
            let name_field = self.builder.build_struct_gep(descriptor_type, object.pointer()?, field, "name.field")?;
            let text = self.builder.build_load(self.ptr_type(), name_field, "class_name")?;
            return Ok(Value::new(text, Type::Str));
        }
        if let Type::Class { class } = object.ty {
            if !taipan_typeinfer::is_class_name_attribute(name) {
                // `cls.name`: the class attribute of the value's class.
                let classes = self.gen.typed.class_table.subclasses[class as usize].clone();
                let class_name = self.gen.program.class(ClassId(class)).name.clone();
                let missing = |this: &mut Self| this.emit_raise(ExceptionKind::AttributeError, &format!("type object '{class_name}' has no attribute '{name}'"));
                return match self.emit_class_attribute_read(object.pointer()?, &classes, name, expected, expr.span, &missing)? {
                    Some(read) => Ok(read),
                    None => {
                        missing(self)?;
                        Ok(Value::never())
                    }
                };
            }
        }
        if let (Type::Function(function) | Type::Closure { function, .. }, true) = (&object.ty, taipan_typeinfer::is_class_name_attribute(name)) {
            let text = taipan_typeinfer::function_name_attribute(self.gen.program, FunctionId(*function), name);
            return Ok(Value::new(self.str_constant(&text), Type::Str));
        }
        if object.ty.is_dynamic() {
            let read = |this: &mut Self, instance: Value<'ctx>| this.emit_instance_attribute(expr, instance, name, expected);
            return self.emit_duck_typed_switch(&object, name, expected, &read);
        }
        self.emit_instance_attribute(expr, object, name, expected)
    }

    /// For a box that holds an instance of one of the classes of its
    /// (union) type, `each` of that instance seen as its member type; a box
    /// of another value raises AttributeError naming `name`. The results
    /// are merged as `expected` (stores give None).
    fn emit_duck_typed_switch(
        &mut self,
        boxed: &Value<'ctx>,
        name: &str,
        expected: &Type,
        each: &dyn Fn(&mut Self, Value<'ctx>) -> CodegenResult<Value<'ctx>>,
    ) -> CodegenResult<Value<'ctx>> {
        let attribute = self.str_constant(name);
        let boxed_pointer = self.box_value(boxed)?;
        let pointer = self.call_runtime_value(names::taipan_dynamic_instance, &[boxed_pointer.into(), attribute.into()], "instance")?.into_pointer_value();
        let class_id = self.class_id(pointer)?;
        let members: Vec<u32> = boxed
            .ty
            .members()
            .into_iter()
            .filter_map(|member| match member {
                Type::Instance { class, .. } => Some(class),
                _ => None,
            })
            .collect();
        let missing_block = self.append_block("duck.missing");
        let mut cases = Vec::new();
        let mut blocks = Vec::new();
        let mut served: Vec<ClassId> = Vec::new();
        for member in &members {
            let block = self.append_block("duck.class");
            for class in self.instantiated_classes(ClassId(*member)) {
                if !served.contains(&class) {
                    served.push(class);
                    cases.push((self.gen.context.i32_type().const_int(class.0 as u64, false), block));
                }
            }
            blocks.push(block);
        }
        self.builder.build_switch(class_id, missing_block, &cases)?;
        self.builder.position_at_end(missing_block);
        self.emit_attribute_error(pointer, name)?;
        let unreachable_default = self.append_block("duck.unreachable");
        let mut incoming = Vec::new();
        for (member, block) in members.iter().zip(blocks) {
            self.builder.position_at_end(block);
            let value = each(self, Value::new(pointer, Type::Instance { class: *member, or_none: false }))?;
            if !value.is_never() && !self.is_terminated() {
                let end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?;
                incoming.push((value, end));
            }
        }
        self.finish_switch(unreachable_default, &incoming, expected)
    }

    /// `expr`, the attribute `name` of `object`, an instance.
    fn emit_instance_attribute(&mut self, expr: &Expr, object: Value<'ctx>, name: &str, expected: &Type) -> CodegenResult<Value<'ctx>> {
        let Type::Instance { class, .. } = object.ty else {
            return Err(CodegenError::new(format!("attribute of {}", object.ty)));
        };
        let class = ClassId(class);
        self.emit_none_check(&object, name)?;
        if let Type::BoundMethod { .. } = expected {
            // `obj.method` as a value: the receiver.
            return Ok(Value::new(object.pointer()?, expected.clone()));
        }
        if let Some(resolution) = self.instance.dunder_calls.get(&(expr.id, Dunder::PropertyGet)).cloned() {
            return self.emit_dispatch(&resolution, object, name, &[], &[], expected);
        }
        let pointer = object.pointer()?;
        let Some(index) = self.field_index(class, name)? else {
            let descriptor = self.class_of(pointer)?;
            let classes = self.instantiated_classes(class);
            let missing = |this: &mut Self| this.emit_attribute_error(pointer, name);
            return match self.emit_class_attribute_read(descriptor, &classes, name, expected, expr.span, &missing)? {
                Some(read) => Ok(read),
                // Neither a field nor a class member: one of the extra
                // attributes a computed `setattr` may have given it.
                None if *expected != Type::Unknown && !is_special_name(name) && self.extra_attributes_word(class).is_some() => {
                    let word = self.extra_attributes_word(class).unwrap_or_default();
                    self.emit_extra_attribute_read(pointer, word, name, expected)
                }
                None => {
                    self.emit_attribute_error(pointer, name)?;
                    self.start_dead_block();
                    Ok(Value::never())
                }
            };
        };
        if *expected == Type::Unknown {
            self.emit_attribute_error(pointer, name)?;
            self.start_dead_block();
            return Ok(Value::never());
        }
        let field_type = self.gen.typed.fields[self.gen.typed.class_table.family_of(class)][index].clone();
        let bits_address = self.assigned_bits_address(pointer)?;
        let bits = self.builder.build_load(self.i64_type(), bits_address, "assigned_bits")?.into_int_value();
        let bit = self.const_int(1i64 << index);
        let masked = self.builder.build_and(bits, bit, "assigned_bit")?;
        let is_set = self.builder.build_int_compare(IntPredicate::NE, masked, self.const_int(0), "is_set")?;
        let set_block = self.append_block("attribute.set");
        let unset_block = self.append_block("attribute.unset");
        self.builder.build_conditional_branch(is_set, set_block, unset_block)?;
        self.builder.position_at_end(unset_block);
        let descriptor = self.class_of(pointer)?;
        let classes = self.instantiated_classes(class);
        let missing = |this: &mut Self| this.emit_attribute_error(pointer, name);
        let fallback = match self.emit_class_attribute_read(descriptor, &classes, name, expected, expr.span, &missing)? {
            Some(read) if !read.is_never() => Some((read, self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?)),
            Some(_) => None,
            None => {
                self.emit_attribute_error(pointer, name)?;
                None
            }
        };
        self.builder.position_at_end(set_block);
        let address = self.field_address(pointer, index)?;
        let slot = self.builder.build_load(self.i64_type(), address, "field_bits")?.into_int_value();
        let field_value = self.from_slot(slot, &field_type)?;
        // A boxed field narrowed for the method called on it: a box of
        // another type raises AttributeError naming the method, as CPython.
        let narrowed_for = match &self.narrowed_receiver {
            Some((id, method)) if *id == expr.id && field_type.is_dynamic() && !expected.is_dynamic() && *expected != Type::Unknown => Some(method.clone()),
            _ => None,
        };
        let field_value = match narrowed_for {
            Some(method) => self.unbox_value(&field_value, expected, Some(&method))?,
            None => self.coerce(field_value, expected)?,
        };
        let Some((fallback_value, fallback_block)) = fallback else { return Ok(field_value) };
        let set_end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?;
        let join = self.append_block("attribute.done");
        self.builder.build_unconditional_branch(join)?;
        self.builder.position_at_end(fallback_block);
        self.builder.build_unconditional_branch(join)?;
        self.builder.position_at_end(join);
        self.merge_values(&[(field_value, set_end), (fallback_value, fallback_block)], expected)
    }

    /// `object_expr.name = value` (the value is already evaluated, as
    /// CPython evaluates it before the target).
    pub(super) fn emit_store_attribute(&mut self, object_expr: &Expr, name: &str, value: &Value<'ctx>, span: taipan_parser_bridge::source::Span) -> CodegenResult<()> {
        if let ExprKind::Variable(Variable::Global(global)) = &object_expr.kind {
            if let GlobalKind::Class(class) = self.gen.program.global(*global).kind {
                let attribute = *self
                    .gen
                    .program
                    .class(class)
                    .attributes
                    .get(name)
                    .ok_or_else(|| CodegenError::new("assignment to an undefined class attribute"))?;
                let target = Target::Variable { variable: Variable::Global(attribute), span };
                return self.emit_bind(&target, value);
            }
        }
        let object = self.emit_expr(object_expr)?;
        if object.is_never() {
            return Ok(());
        }
        if object.ty.is_dynamic() {
            let store = |this: &mut Self, instance: Value<'ctx>| {
                let Type::Instance { class, .. } = instance.ty else { return Err(CodegenError::new("a duck-typed store on a non-instance")) };
                this.store_field(instance.pointer()?, ClassId(class), name, value)?;
                Ok(Value::none())
            };
            self.emit_duck_typed_switch(&object, name, &Type::None, &store)?;
            return Ok(());
        }
        let Type::Instance { class, .. } = object.ty else {
            return Err(CodegenError::new(format!("attribute assignment on {}", object.ty)));
        };
        if let Some(resolution) = self.instance.dunder_calls.get(&(object_expr.id, Dunder::PropertySet)).cloned() {
            self.emit_none_check(&object, name)?;
            self.emit_dispatch(&resolution, object, name, std::slice::from_ref(value), &[], &Type::None)?;
            return Ok(());
        }
        self.emit_none_check(&object, name)?;
        self.store_field(object.pointer()?, ClassId(class), name, value)
    }

    pub(super) fn store_field(&mut self, pointer: PointerValue<'ctx>, class: ClassId, name: &str, value: &Value<'ctx>) -> CodegenResult<()> {
        let index = self.field_index(class, name)?.ok_or_else(|| CodegenError::new(format!("no slot for attribute {name}")))?;
        let field_type = self.gen.typed.fields[self.gen.typed.class_table.family_of(class)][index].clone();
        let slot = self.slot_as(value, &field_type)?;
        let address = self.field_address(pointer, index)?;
        self.builder.build_store(address, slot)?;
        let bits_address = self.assigned_bits_address(pointer)?;
        let bits = self.builder.build_load(self.i64_type(), bits_address, "assigned_bits")?.into_int_value();
        if let Some(record_word) = self.attribute_order_word(class) {
            // A first assignment puts the attribute last in the instance's dict.
            let masked = self.builder.build_and(bits, self.const_int(1i64 << index), "assigned_bit")?;
            let first = self.builder.build_int_compare(IntPredicate::EQ, masked, self.const_int(0), "first_assignment")?;
            let note_block = self.append_block("attribute.first");
            let stored_block = self.append_block("attribute.noted");
            self.builder.build_conditional_branch(first, note_block, stored_block)?;
            self.builder.position_at_end(note_block);
            let (field, record) = (self.const_int(index as i64), self.const_int(record_word as i64));
            self.call_runtime(names::taipan_instance_note_attribute, &[pointer.into(), field.into(), record.into()], "")?;
            self.builder.build_unconditional_branch(stored_block)?;
            self.builder.position_at_end(stored_block);
        }
        let bits = self.builder.build_or(bits, self.const_int(1i64 << index), "assigned_bits")?;
        self.builder.build_store(bits_address, bits)?;
        Ok(())
    }

    /// The type inference gave the current value of `object_expr.name` in
    /// `object_expr.name op= v` when the object is a box of several
    /// classes' instances: the join of each class's field and class
    /// attribute of that name.
    fn augmented_attribute_type(&self, object_expr: &Expr, name: &str) -> Type {
        let typed = self.gen.typed;
        let mut current = Type::Unknown;
        for member in self.expr_type(object_expr).members() {
            let Type::Instance { class, .. } = member else { continue };
            let class = ClassId(class);
            if let Some(field) = typed.fields[typed.class_table.family_of(class)].get(name) {
                current = current.join(field);
            }
            for runtime_class in self.instantiated_classes(class) {
                if let Some((_, ClassMember::Attribute(global))) = typed.class_table.lookup(self.gen.program, runtime_class, name, None) {
                    current = current.join(&typed.global_types[global.0 as usize]);
                }
            }
        }
        current
    }

    /// `object.name op= operand`: the object is evaluated once.
    pub(super) fn emit_augmented_attribute(&mut self, object_expr: &Expr, name: &str, op: BinaryOp, operand: &Expr) -> CodegenResult<()> {
        let object = self.emit_expr(object_expr)?;
        if object.is_never() {
            return Ok(());
        }
        if object.ty.is_dynamic() {
            // Duck typing: the attribute of whichever class the box holds,
            // the operation once, then the store to that class's field.
            let current_type = self.augmented_attribute_type(object_expr, name);
            let read = |this: &mut Self, instance: Value<'ctx>| this.emit_instance_attribute(object_expr, instance, name, &current_type);
            let current = self.emit_duck_typed_switch(&object, name, &current_type, &read)?;
            if current.is_never() {
                return Ok(());
            }
            let result = self.emit_augmented_operation(current, op, operand)?;
            if result.is_never() {
                return Ok(());
            }
            let store = |this: &mut Self, instance: Value<'ctx>| {
                let Type::Instance { class, .. } = instance.ty else { return Err(CodegenError::new("a duck-typed store on a non-instance")) };
                this.store_field(instance.pointer()?, ClassId(class), name, &result)?;
                Ok(Value::none())
            };
            self.emit_duck_typed_switch(&object, name, &Type::None, &store)?;
            return Ok(());
        }
        let Type::Instance { class, .. } = object.ty else {
            return Err(CodegenError::new(format!("augmented attribute assignment on {}", object.ty)));
        };
        let class = ClassId(class);
        self.emit_none_check(&object, name)?;
        if let Some(getter) = self.instance.dunder_calls.get(&(object_expr.id, Dunder::AugmentedPropertyGet)).cloned() {
            // `obj.prop op= v`: the getter, the operation, the setter.
            let current_type = self.resolution_result_type(&getter);
            let current = self.emit_dispatch(&getter, object.clone(), name, &[], &[], &current_type)?;
            if current.is_never() {
                return Ok(());
            }
            let result = self.emit_augmented_operation(current, op, operand)?;
            if result.is_never() {
                return Ok(());
            }
            let Some(setter) = self.instance.dunder_calls.get(&(object_expr.id, Dunder::PropertySet)).cloned() else { return Ok(()) };
            self.emit_dispatch(&setter, object, name, std::slice::from_ref(&result), &[], &Type::None)?;
            return Ok(());
        }
        let pointer = object.pointer()?;
        let index = self.field_index(class, name)?.ok_or_else(|| CodegenError::new(format!("no slot for attribute {name}")))?;
        let field_type = self.gen.typed.fields[self.gen.typed.class_table.family_of(class)][index].clone();
        let bits_address = self.assigned_bits_address(pointer)?;
        let bits = self.builder.build_load(self.i64_type(), bits_address, "assigned_bits")?.into_int_value();
        let masked = self.builder.build_and(bits, self.const_int(1i64 << index), "assigned_bit")?;
        let unset = self.builder.build_int_compare(IntPredicate::EQ, masked, self.const_int(0), "unset")?;
        let raise_block = self.append_block("attribute.unset");
        let continue_block = self.append_block("attribute.set");
        self.builder.build_conditional_branch(unset, raise_block, continue_block)?;
        self.builder.position_at_end(raise_block);
        // Not set on the instance: `obj.n += 1` reads the class attribute.
        let descriptor = self.class_of(pointer)?;
        let classes = self.instantiated_classes(class);
        let missing = |this: &mut Self| this.emit_attribute_error(pointer, name);
        let fallback = match self.emit_class_attribute_read(descriptor, &classes, name, &field_type, operand.span, &missing)? {
            Some(read) if !read.is_never() => Some((read, self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?)),
            Some(_) => None,
            None => {
                self.emit_attribute_error(pointer, name)?;
                None
            }
        };
        self.builder.position_at_end(continue_block);
        let address = self.field_address(pointer, index)?;
        let slot = self.builder.build_load(self.i64_type(), address, "field_bits")?.into_int_value();
        let current = self.from_slot(slot, &field_type)?;
        let current = match fallback {
            Some((fallback_value, fallback_block)) => {
                let set_end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?;
                let join = self.append_block("attribute.read");
                self.builder.build_unconditional_branch(join)?;
                self.builder.position_at_end(fallback_block);
                self.builder.build_unconditional_branch(join)?;
                self.builder.position_at_end(join);
                self.merge_values(&[(current, set_end), (fallback_value, fallback_block)], &field_type)?
            }
            None => current,
        };
        let result = self.emit_augmented_operation(current, op, operand)?;
        if result.is_never() {
            return Ok(());
        }
        self.store_field(pointer, class, name, &result)
    }

    /// A call whose callee is `value.name` on an instance, a class or
    /// `super()`; `None` when the receiver is none of those.
    pub(super) fn emit_object_call(
        &mut self,
        expr: &Expr,
        value: &Expr,
        name: &str,
        args: &[Expr],
        keywords: &[Keyword],
        expected: &Type,
    ) -> CodegenResult<Option<Value<'ctx>>> {
        let receiver = match &value.kind {
            ExprKind::Super { receiver, .. } => Some(self.emit_variable_read(Variable::Local(*receiver), value.span)?),
            ExprKind::Variable(Variable::Global(global)) if matches!(self.gen.program.global(*global).kind, GlobalKind::Class(_)) => None,
            _ if matches!(self.expr_type(value), Type::Instance { .. } | Type::Class { .. }) => Some(self.emit_expr(value)?),
            _ if self.expr_type(value).is_dynamic() && matches!(self.instance.calls.get(&expr.id), Some(CallResolution::Dispatch { .. })) => {
                // Duck typing: inference chose the method by the class of
                // the instance the box holds.
                let boxed = self.emit_expr(value)?;
                if boxed.is_never() {
                    return Ok(Some(Value::never()));
                }
                // CPython looks the method up before it evaluates the
                // arguments: a box of another type raises first.
                let attribute = self.str_constant(name);
                let boxed_pointer = self.box_value(&boxed)?;
                let instance = self.call_runtime_value(names::taipan_dynamic_instance, &[boxed_pointer.into(), attribute.into()], "instance")?.into_pointer_value();
                let Some(arg_values) = self.emit_each(args)? else { return Ok(Some(Value::never())) };
                let Some(keyword_values) = self.emit_each(keywords.iter().map(|keyword| &keyword.value))? else { return Ok(Some(Value::never())) };
                let Some(CallResolution::Dispatch { targets }) = self.instance.calls.get(&expr.id).cloned() else { return Ok(Some(Value::never())) };
                return Ok(Some(self.emit_duck_typed_dispatch(&targets, instance, name, &arg_values, &keyword_values, expected)?));
            }
            _ => return Ok(None),
        };
        if receiver.as_ref().is_some_and(Value::is_never) {
            return Ok(Some(Value::never()));
        }
        let Some(arg_values) = self.emit_each(args)? else { return Ok(Some(Value::never())) };
        let Some(keyword_values) = self.emit_each(keywords.iter().map(|keyword| &keyword.value))? else { return Ok(Some(Value::never())) };
        let Some(resolution) = self.instance.calls.get(&expr.id).cloned() else { return Ok(Some(Value::never())) };
        if self.sets_exception_args(expr) {
            return Ok(Some(self.emit_set_exception_args(receiver, &arg_values)?));
        }
        if resolution == CallResolution::ObjectInit {
            return Ok(Some(Value::none()));
        }
        let result = match receiver {
            Some(receiver) => {
                self.emit_none_check(&receiver, name)?;
                self.emit_dispatch(&resolution, receiver, name, &arg_values, &keyword_values, expected)?
            }
            None => {
                // Through the class: a `@classmethod` receives the class.
                let ExprKind::Variable(Variable::Global(global)) = &value.kind else { return Err(CodegenError::new("a class call without the class")) };
                let GlobalKind::Class(class) = self.gen.program.global(*global).kind else { return Err(CodegenError::new("a class call without the class")) };
                let class_value = Value::new(self.gen.class_descriptor(class)?, Type::Class { class: class.0 });
                self.emit_resolved_call(&resolution, Some(&class_value), &arg_values, &keyword_values, expected)?
            }
        };
        Ok(Some(result))
    }

    /// `C(args)`.
    pub(super) fn emit_construct(&mut self, expr: &Expr, class: ClassId, args: &[Expr], keywords: &[Keyword]) -> CodegenResult<Value<'ctx>> {
        let Some(arg_values) = self.emit_each(args)? else { return Ok(Value::never()) };
        let Some(keyword_values) = self.emit_each(keywords.iter().map(|keyword| &keyword.value))? else { return Ok(Value::never()) };
        match self.instance.calls.get(&expr.id).cloned() {
            Some(CallResolution::Construct { init, .. }) => self.emit_construct_with(class, init.as_deref(), &arg_values, &keyword_values),
            Some(CallResolution::EnumLookup { class }) => self.emit_enum_lookup(class, "value", &arg_values[0]),
            _ => Ok(Value::never()),
        }
    }

    /// The members of an `Enum` class, read from their class attributes.
    pub(super) fn enum_member_values(&mut self, class: ClassId) -> CodegenResult<Vec<Value<'ctx>>> {
        let members = self.gen.program.class(class).enum_members.clone().unwrap_or_default();
        let span = self.gen.program.class(class).span;
        let mut values = Vec::new();
        for (_, global) in members {
            let member = self.emit_variable_read(Variable::Global(global), span)?;
            values.push(Value::new(member.pointer()?, Type::Instance { class: class.0, or_none: false }));
        }
        Ok(values)
    }

    /// `Color(value)` (`field` "value") or `Color[name]` (`field` "name"):
    /// the first member whose field equals `key`, else CPython's ValueError
    /// or KeyError.
    pub(super) fn emit_enum_lookup(&mut self, class: ClassId, field: &str, key: &Value<'ctx>) -> CodegenResult<Value<'ctx>> {
        let instance_type = Type::Instance { class: class.0, or_none: false };
        let members = self.enum_member_values(class)?;
        let index = self.field_index(class, field)?;
        let field_type = index.map(|index| self.gen.typed.fields[self.gen.typed.class_table.family_of(class)][index].clone());
        let join = self.append_block("enum.found");
        let mut incoming = Vec::new();
        if let (Some(index), Some(field_type)) = (index, field_type) {
            for member in members {
                let address = self.field_address(member.pointer()?, index)?;
                let slot = self.builder.build_load(self.i64_type(), address, "member.field")?.into_int_value();
                let member_field = self.from_slot(slot, &field_type)?;
                let equal = self.emit_comparison(CompareOp::Eq, &member_field, key)?;
                if equal.is_never() {
                    return Ok(Value::never());
                }
                let next = self.append_block("enum.next");
                let block = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?;
                self.builder.build_conditional_branch(equal.int()?, join, next)?;
                incoming.push((member, block));
                self.builder.position_at_end(next);
            }
        }
        if field == "name" {
            // An alias's name gives the member it aliases.
            let span = self.gen.program.class(class).span;
            for (alias, target) in self.gen.program.class(class).enum_aliases.clone() {
                let alias_name = Value::new(self.str_constant(&alias), Type::Str);
                let equal = self.emit_comparison(CompareOp::Eq, &alias_name, key)?;
                let next = self.append_block("enum.next");
                let found = self.append_block("enum.alias");
                self.builder.build_conditional_branch(equal.int()?, found, next)?;
                self.builder.position_at_end(found);
                let member = self.emit_variable_read(Variable::Global(target), span)?;
                let member = Value::new(member.pointer()?, instance_type.clone());
                let block = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?;
                self.builder.build_unconditional_branch(join)?;
                incoming.push((member, block));
                self.builder.position_at_end(next);
            }
        }
        let shown = self.emit_to_str(key, true)?;
        let class_name = self.gen.program.class(class).name.clone();
        if field == "value" {
            let suffix = self.str_constant(&format!(" is not a valid {class_name}"));
            let message = self.call_runtime_value(names::taipan_str_concat, &[shown.into(), suffix.into()], "message")?;
            self.emit_raise_with(ExceptionKind::ValueError, message.into_pointer_value())?;
        } else {
            self.emit_raise_with(ExceptionKind::KeyError, shown)?;
        }
        self.builder.position_at_end(join);
        if incoming.is_empty() {
            self.start_dead_block();
            return Ok(Value::never());
        }
        self.merge_values(&incoming, &instance_type)
    }

    /// `cls(args)` of a class value: a `switch` on the class's id, each case
    /// constructing that class.
    pub(super) fn emit_construct_any(&mut self, class_value: &Value<'ctx>, targets: &[CallResolution], arg_values: &[Value<'ctx>], keyword_values: &[Value<'ctx>]) -> CodegenResult<Value<'ctx>> {
        let Type::Class { class: static_class } = class_value.ty else { return Err(CodegenError::new("constructing from a non-class value")) };
        let result_type = Type::Instance { class: static_class, or_none: false };
        let descriptor_type = self.gen.class_descriptor_type();
        let id_field = self.builder.build_struct_gep(descriptor_type, class_value.pointer()?, CLASS_DESCRIPTOR_FIELD_ID, "id.field")?;
        let class_id = self.builder.build_load(self.gen.context.i32_type(), id_field, "class_id")?.into_int_value();
        let unknown = self.append_block("construct.unknown");
        let mut cases = Vec::new();
        let mut incoming = Vec::new();
        let mut blocks = Vec::new();
        for target in targets {
            let CallResolution::Construct { class, .. } = target else { return Err(CodegenError::new("a dynamic construction target that is not a construction")) };
            let block = self.append_block("construct.class");
            cases.push((self.gen.context.i32_type().const_int(class.0 as u64, false), block));
            blocks.push((block, target.clone()));
        }
        self.builder.build_switch(class_id, unknown, &cases)?;
        for (block, target) in blocks {
            let CallResolution::Construct { class, init } = target else { continue };
            self.builder.position_at_end(block);
            let object = self.emit_construct_with(class, init.as_deref(), arg_values, keyword_values)?;
            if !object.is_never() && !self.is_terminated() {
                let object = Value::new(object.pointer()?, result_type.clone());
                let end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?;
                incoming.push((object, end));
            }
        }
        // Inference lists every class the value may be.
        self.finish_switch(unknown, &incoming, &result_type)
    }

    /// A new instance of `class` with `__init__` (as resolved) called.
    pub(super) fn emit_construct_with(&mut self, class: ClassId, init: Option<&CallResolution>, arg_values: &[Value<'ctx>], keyword_values: &[Value<'ctx>]) -> CodegenResult<Value<'ctx>> {
        if let Some(CallResolution::TypeError(message)) = init {
            self.emit_raise(ExceptionKind::TypeError, message)?;
            return Ok(Value::never());
        }
        let descriptor = self.gen.class_descriptor(class)?;
        let count = self.const_int(self.instance_words(class) as i64);
        let object = self.call_runtime_value(names::taipan_instance_new, &[descriptor.into(), count.into()], "object")?.into_pointer_value();
        let object = Value::new(object, Type::Instance { class: class.0, or_none: false });
        if self.gen.typed.class_table.is_subclass(class, taipan_typeinfer::BASE_EXCEPTION) {
            self.emit_exception_args(object.pointer()?, class, arg_values)?;
        }
        if let Some(init) = init {
            let result = self.emit_resolved_call(init, Some(&object), arg_values, keyword_values, &Type::None)?;
            if result.is_never() {
                return Ok(Value::never());
            }
        }
        Ok(object)
    }

    /// Calls a resolution typeinfer made for a method on `receiver`.
    pub(super) fn emit_dispatch(
        &mut self,
        resolution: &CallResolution,
        receiver: Value<'ctx>,
        name: &str,
        args: &[Value<'ctx>],
        keywords: &[Value<'ctx>],
        expected: &Type,
    ) -> CodegenResult<Value<'ctx>> {
        let CallResolution::Dispatch { targets } = resolution else {
            return self.emit_resolved_call(resolution, Some(&receiver), args, keywords, expected);
        };
        // A class value may be any subclass; an instance's class one that is
        // instantiated.
        let typed = self.gen.typed;
        let (class, receiver_is_class) = match receiver.ty {
            Type::Instance { class, .. } => (class, false),
            Type::Class { class } => (class, true),
            _ => return Err(CodegenError::new("dispatch on a non-instance")),
        };
        let possible: Vec<ClassId> =
            typed.class_table.subclasses[class as usize].iter().copied().filter(|c| receiver_is_class || typed.instantiated[c.0 as usize]).collect();
        let covers_all = |classes: &[ClassId]| possible.iter().all(|c| classes.contains(c));
        if let [target] = targets.as_slice() {
            if covers_all(&target.classes) {
                return self.emit_resolved_call(&target.resolution, Some(&receiver), args, keywords, expected);
            }
        }
        let pointer = receiver.pointer()?;
        let class_name = self.gen.program.class(ClassId(class)).name.clone();
        let missing = |this: &mut Self| {
            if receiver_is_class {
                this.emit_raise(ExceptionKind::AttributeError, &format!("type object '{class_name}' has no attribute '{name}'"))
            } else {
                this.emit_attribute_error(pointer, name)
            }
        };
        if targets.is_empty() {
            missing(self)?;
            self.start_dead_block();
            return Ok(Value::never());
        }
        let class_id = if receiver_is_class {
            let descriptor_type = self.gen.class_descriptor_type();
            let id_field = self.builder.build_struct_gep(descriptor_type, pointer, CLASS_DESCRIPTOR_FIELD_ID, "id.field")?;
            self.builder.build_load(self.gen.context.i32_type(), id_field, "class_id")?.into_int_value()
        } else {
            self.class_id(pointer)?
        };
        self.emit_class_switch(targets, class_id, &|_| receiver.clone(), &missing, args, keywords, expected)
    }

    /// A duck-typed method call (`shape.area()` over `Circle | Square`) on
    /// the instance taken out of the box (`taipan_dynamic_instance`): the
    /// method its class resolves `name` to.
    pub(super) fn emit_duck_typed_dispatch(
        &mut self,
        targets: &[taipan_typeinfer::MethodTarget],
        pointer: PointerValue<'ctx>,
        name: &str,
        args: &[Value<'ctx>],
        keywords: &[Value<'ctx>],
        expected: &Type,
    ) -> CodegenResult<Value<'ctx>> {
        let class_id = self.class_id(pointer)?;
        let receiver_of = |target: &taipan_typeinfer::MethodTarget| {
            let class = target.classes.first().map_or(0, |class| class.0);
            Value::new(pointer, Type::Instance { class, or_none: false })
        };
        let missing = |this: &mut Self| this.emit_attribute_error(pointer, name);
        self.emit_class_switch(targets, class_id, &receiver_of, &missing, args, keywords, expected)
    }

    /// Calls the target serving the class whose id is `class_id` (`missing`
    /// when none does) with the receiver `receiver_of` gives for it, and
    /// merges the results as `expected`.
    #[allow(clippy::too_many_arguments)]
    fn emit_class_switch(
        &mut self,
        targets: &[taipan_typeinfer::MethodTarget],
        class_id: IntValue<'ctx>,
        receiver_of: &dyn Fn(&taipan_typeinfer::MethodTarget) -> Value<'ctx>,
        missing: &dyn Fn(&mut Self) -> CodegenResult<()>,
        args: &[Value<'ctx>],
        keywords: &[Value<'ctx>],
        expected: &Type,
    ) -> CodegenResult<Value<'ctx>> {
        let missing_block = self.append_block("dispatch.missing");
        let join = self.append_block("dispatch.done");
        let mut cases = Vec::new();
        let mut target_blocks = Vec::new();
        for target in targets {
            let block = self.append_block("dispatch.target");
            for class in &target.classes {
                cases.push((self.gen.context.i32_type().const_int(class.0 as u64, false), block));
            }
            target_blocks.push(block);
        }
        self.builder.build_switch(class_id, missing_block, &cases)?;
        self.builder.position_at_end(missing_block);
        missing(self)?;
        let mut incoming = Vec::new();
        for (target, block) in targets.iter().zip(target_blocks) {
            self.builder.position_at_end(block);
            let receiver = receiver_of(target);
            let value = self.emit_resolved_call(&target.resolution, Some(&receiver), args, keywords, expected)?;
            if value.is_never() && !self.is_terminated() {
                // This method always raises: nothing reaches the merge.
                self.builder.build_unreachable()?;
            }
            if self.builder.get_insert_block().and_then(|b| b.get_terminator()).is_none() {
                let end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?;
                self.builder.build_unconditional_branch(join)?;
                incoming.push((value, end));
            }
        }
        self.builder.position_at_end(join);
        if incoming.iter().all(|(value, _)| value.is_never()) {
            self.builder.build_unreachable()?;
            self.start_dead_block();
            return Ok(Value::never());
        }
        self.merge_values(&incoming, expected)
    }

    /// One resolved call: a bound instance (with the receiver, if any), or
    /// the error binding raises.
    fn emit_resolved_call(
        &mut self,
        resolution: &CallResolution,
        receiver: Option<&Value<'ctx>>,
        args: &[Value<'ctx>],
        keywords: &[Value<'ctx>],
        expected: &Type,
    ) -> CodegenResult<Value<'ctx>> {
        match resolution {
            CallResolution::Bound { callee, params } => {
                let result = self.emit_call_instance_with_receiver(*callee, params, receiver, args, keywords)?;
                if result.is_never() || *expected == Type::Unknown {
                    return Ok(if *expected == Type::Unknown { Value::never() } else { result });
                }
                self.coerce(result, expected)
            }
            CallResolution::TypeError(message) => {
                self.emit_raise(ExceptionKind::TypeError, message)?;
                Ok(Value::never())
            }
            CallResolution::AttributeError(message) => {
                self.emit_raise(ExceptionKind::AttributeError, message)?;
                Ok(Value::never())
            }
            CallResolution::NotReached => Ok(Value::never()),
            other => Err(CodegenError::new(format!("unexpected call resolution {other:?}"))),
        }
    }

    /// A special method typeinfer recorded for `key`, called on `receiver`
    /// with `args`; `None` when there is none.
    pub(super) fn emit_dunder(&mut self, key: (ExprId, Dunder), receiver: Value<'ctx>, args: &[Value<'ctx>], name: &str, expected: &Type) -> CodegenResult<Option<Value<'ctx>>> {
        let Some(resolution) = self.instance.dunder_calls.get(&key).cloned() else { return Ok(None) };
        self.emit_none_check(&receiver, name)?;
        Ok(Some(self.emit_dispatch(&resolution, receiver, name, args, &[], expected)?))
    }

    /// `emit_dunder` of an operation inference always resolves for an
    /// instance (`obj[i]`, `obj(...)`).
    pub(super) fn emit_required_dunder(&mut self, key: (ExprId, Dunder), receiver: Value<'ctx>, args: &[Value<'ctx>], name: &str, expected: &Type) -> CodegenResult<Value<'ctx>> {
        self.emit_dunder(key, receiver, args, name, expected)?.ok_or_else(|| CodegenError::new(format!("{name} of an instance without a resolution")))
    }

    /// `issubclass(cls, C)` for a class value (its descriptor): its id
    /// looked up in C's constant table of subclasses.
    pub(super) fn emit_is_subclass_class(&mut self, descriptor: PointerValue<'ctx>, class: ClassId) -> CodegenResult<IntValue<'ctx>> {
        let descriptor_type = self.gen.class_descriptor_type();
        let id_field = self.builder.build_struct_gep(descriptor_type, descriptor, CLASS_DESCRIPTOR_FIELD_ID, "id.field")?;
        let class_id = self.builder.build_load(self.gen.context.i32_type(), id_field, "class_id")?.into_int_value();
        let table = self.gen.subclass_table(class);
        let index = self.builder.build_int_z_extend(class_id, self.i64_type(), "class_index")?;
        let address = unsafe { self.builder.build_gep(self.gen.context.i8_type(), table, &[index], "is_subclass.entry")? };
        let byte = self.builder.build_load(self.gen.context.i8_type(), address, "is_subclass")?.into_int_value();
        Ok(self.builder.build_int_compare(IntPredicate::NE, byte, self.gen.context.i8_type().const_zero(), "is_subclass")?)
    }

    /// `isinstance(value, C)` for an instance value: its class id is
    /// looked up in a constant table of C's subclasses.
    pub(super) fn emit_is_subclass_instance(&mut self, value: &Value<'ctx>, class: ClassId) -> CodegenResult<IntValue<'ctx>> {
        let Type::Instance { class: static_class, or_none } = value.ty else { return Ok(self.i1(false)) };
        let typed = self.gen.typed;
        let possible: Vec<ClassId> =
            typed.class_table.subclasses[static_class as usize].iter().copied().filter(|c| typed.instantiated[c.0 as usize]).collect();
        if !or_none && possible.iter().all(|c| typed.class_table.is_subclass(*c, class)) {
            return Ok(self.i1(true));
        }
        if possible.iter().all(|c| !typed.class_table.is_subclass(*c, class)) {
            return Ok(self.i1(false));
        }
        let pointer = value.pointer()?;
        let entry = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?;
        let test_block = self.append_block("isinstance.test");
        let join = self.append_block("isinstance.done");
        if or_none {
            let is_none = self.builder.build_is_null(pointer, "is_none")?;
            self.builder.build_conditional_branch(is_none, join, test_block)?;
        } else {
            self.builder.build_unconditional_branch(test_block)?;
        }
        self.builder.position_at_end(test_block);
        let table = self.gen.subclass_table(class);
        let class_id = self.class_id(pointer)?;
        let index = self.builder.build_int_z_extend(class_id, self.i64_type(), "class_index")?;
        let address = unsafe { self.builder.build_gep(self.gen.context.i8_type(), table, &[index], "is_subclass.entry")? };
        let byte = self.builder.build_load(self.gen.context.i8_type(), address, "is_subclass")?.into_int_value();
        let truth = self.builder.build_int_compare(IntPredicate::NE, byte, self.gen.context.i8_type().const_zero(), "is_subclass")?;
        let test_end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no block"))?;
        self.builder.build_unconditional_branch(join)?;
        self.builder.position_at_end(join);
        let phi = self.builder.build_phi(self.gen.context.bool_type(), "isinstance")?;
        phi.add_incoming(&[(&truth, test_end)]);
        if or_none {
            phi.add_incoming(&[(&self.i1(false), entry)]);
        }
        Ok(phi.as_basic_value().into_int_value())
    }
}
