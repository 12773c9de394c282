//! `taipan ext`: the object of a CPython extension module. Instead of
//! `main`, it has `PyInit_<name>`, which the importing interpreter calls:
//! it starts the runtime and the bridge (hosted: the interpreter runs
//! already), runs the module's top-level code natively, and returns a
//! module object holding what the code defined:
//!
//! - each top-level function whose every parameter is a plain positional
//!   one, as a CPython callable (`taipan_vm_extension_function`) whose
//!   trampoline converts the arguments to the native types of one of the
//!   function's instances (those the module's own calls made, in its
//!   `if __name__ == "__main__":` block or elsewhere): an int for an int, a
//!   float for a float, a str, a bool, None, tuples of these, any object for
//!   a CPython object. Arguments of other types raise TypeError naming the
//!   types the function was compiled for;
//! - each global bound when the code ends, converted (containers copied).
//!
//! An exception the module's code raises comes out of `PyInit_<name>` as
//! CPython's, and the import fails with it. What this module does not own:
//! the callables and conversions (taipan-vm's `native_functions` and
//! `extension`), and which types each function has (inference).

use super::*;
use inkwell::module::Linkage;
use taipan_abi::vm_names;
use taipan_parser_bridge::hir::{ClassId, GlobalKind, MethodKind, ModuleId, ParamKind};
use taipan_typeinfer::{extension_entries, kept_arguments, ArgumentSource, InstanceId};

/// Whether a binary special method returns NotImplemented for an operand
/// none of its compiled signatures takes, as CPython's methods do for an
/// operand they do not handle. For `__eq__` and `__ne__` that means
/// identity: exact for the usual `isinstance` guard; an instance for
/// CPython objects (`extension_entries::boxed_entries`), when it compiles,
/// runs the source's own test first.
fn returns_not_implemented(name: &str) -> bool {
    extension_entries::is_binary_special_method(name)
}

/// Whether a class attribute of this type becomes an attribute of the
/// class's CPython type: a value that converts unchanged (a mutable copy
/// would drift from the native one) or an instance.
fn crosses_as_class_attribute(ty: &Type) -> bool {
    extension_entries::crosses_by_copy(ty) && (!kept_arguments::holds_mutable(ty) || matches!(ty, Type::Instance { .. }))
}

/// Whether a parameter's default (of type `default_type`) can stand for an
/// absent argument in an instance compiled for `parameter_type`.
fn default_fits(default_type: &Type, parameter_type: &Type) -> bool {
    default_type == parameter_type
        || (*default_type == Type::None && matches!(parameter_type, Type::Instance { or_none: true, .. }))
        || parameter_type.members().contains(default_type)
        // A boxed parameter takes the default as a CPython object.
        || (*parameter_type == Type::Foreign && default_type.crosses_by_conversion())
}

impl<'ctx, 'p> ModuleGenerator<'ctx, 'p> {
    /// `PyInit_<module_name>`, in place of `main`.
    pub(crate) fn emit_extension_init(&mut self, module_name: &str) -> CodegenResult<()> {
        let pointer = self.context.ptr_type(AddressSpace::default());
        let function = self.module.add_function(&format!("PyInit_{module_name}"), pointer.fn_type(&[], false), Some(Linkage::External));
        let main = self.typed.main_instance.0 as usize;
        FunctionEmitter::new(self, main, function, None).emit_extension_init_body(module_name)
    }

    /// The exported functions of the main module: each top-level `def`
    /// with its instances whose parameter types cross by exact conversion,
    /// in the program's order; or, when it has none, why it cannot be
    /// called from CPython (its callable raises TypeError saying so).
    fn exported_functions(&self) -> Vec<(GlobalId, FunctionId, Result<Vec<InstanceId>, String>)> {
        let mut exported = Vec::new();
        for (index, global) in self.program.globals.iter().enumerate() {
            let GlobalKind::Function(function) = global.kind else { continue };
            if !extension_entries::is_exported_module(self.program, global.module) {
                continue;
            }
            exported.push((GlobalId(index as u32), function, self.exported_instances(function)));
        }
        exported
    }

    /// The getter and setter of a class attribute's native global, which
    /// CPython reads and assigns it through: `get(out) -> bound` stores the
    /// value's slot, `set(slot)` binds it.
    fn class_attribute_accessors(&mut self, global: GlobalId, ty: &Type) -> CodegenResult<(FunctionValue<'ctx>, FunctionValue<'ctx>)> {
        let pointer = self.context.ptr_type(AddressSpace::default());
        let i64_type = self.context.i64_type();
        let byte = self.context.i8_type();
        let main = self.typed.main_instance.0 as usize;
        let getter = self.module.add_function(&format!("global.{}.get_from_python", global.0), byte.fn_type(&[pointer.into()], false), Some(Linkage::Internal));
        let setter = self.module.add_function(&format!("global.{}.set_from_python", global.0), self.context.void_type().fn_type(&[i64_type.into()], false), Some(Linkage::Internal));
        FunctionEmitter::new(self, main, getter, None).emit_class_attribute_getter(global, ty)?;
        FunctionEmitter::new(self, main, setter, None).emit_class_attribute_setter(global, ty)?;
        Ok((getter, setter))
    }

    fn exported_classes(&self) -> Vec<ClassId> {
        extension_entries::exported_classes(self.program, self.typed)
    }

    /// The constant table of a class's fields (`taipan_abi::ExtensionField`)
    /// and its length: every attribute of the class's family.
    fn extension_fields(&mut self, class: ClassId) -> CodegenResult<(PointerValue<'ctx>, usize)> {
        let family = self.typed.class_table.family_of(class);
        let fields: Vec<(String, Type)> = self.typed.fields[family].iter().map(|(name, ty)| (name.clone(), ty.clone())).collect();
        let field_type = crate::module::abi_struct_type(self.context, taipan_abi::EXTENSION_FIELD_FIELDS);
        let mut entries = Vec::new();
        for (index, (name, ty)) in fields.iter().enumerate() {
            let name = self.str_constant(name);
            let descriptor = self.extension_descriptor(ty)?;
            let index = self.context.i64_type().const_int(index as u64, false);
            entries.push(field_type.const_named_struct(&[name.into(), index.into(), descriptor.into()]));
        }
        let array = field_type.const_array(&entries);
        let global = self.module.add_global(array.get_type(), Some(AddressSpace::default()), &format!("class.{}.extension_fields", class.0));
        global.set_initializer(&array);
        global.set_constant(true);
        global.set_linkage(Linkage::Private);
        Ok((global.as_pointer_value(), fields.len()))
    }

    fn exported_instances(&self, function: FunctionId) -> Result<Vec<InstanceId>, String> {
        let def = self.program.function(function);
        if !def.params.iter().all(|param| matches!(param.kind, ParamKind::Normal | ParamKind::PositionalOnly | ParamKind::KeywordOnly)) {
            return Err("it takes *args or **kwargs, which compiled functions do not take from CPython yet".to_string());
        }
        if def.is_closure {
            return Err("it is a closure".to_string());
        }
        let candidates: Vec<InstanceId> = self
            .typed
            .instances
            .iter()
            .enumerate()
            .filter(|(_, instance)| instance.function == function && instance.environment.is_none())
            .map(|(id, _)| InstanceId(id as u32))
            .collect();
        if candidates.is_empty() {
            if let Some(reason) = self.typed.boxed_entry_failures.get(&function) {
                return Err(format!("the module never calls it, so it was compiled for no argument types, and its version for any CPython objects did not compile: {reason} (give it a call in the module's `if __name__ == \"__main__\":` block)"));
            }
            return Err("the module never calls it, so it was compiled for no argument types (give it a call in the module's `if __name__ == \"__main__\":` block)".to_string());
        }
        let crossing: Vec<InstanceId> = candidates
            .iter()
            .copied()
            .filter(|id| {
                let instance = self.typed.instance(*id);
                instance.arg_types.iter().all(extension_entries::converts_from_cpython) && extension_entries::result_converts_to_cpython(&instance.return_type)
            })
            .collect();
        if crossing.is_empty() {
            let types: Vec<String> = candidates.iter().map(|id| self.typed.instance(*id).arg_types.iter().map(|ty| ty.python_name()).collect::<Vec<_>>().join(", ")).collect();
            return Err(format!("it was compiled for argument or result types that cannot cross to CPython: ({})", types.join(") or (")));
        }
        // Containers are passed as copies written back after the call:
        // exact only if the function keeps none of them.
        let mut not_keeping: Vec<InstanceId> = crossing.iter().copied().filter(|id| !kept_arguments::keeps_a_copied_argument(self.program, self.typed, *id)).collect();
        if not_keeping.is_empty() {
            return Err("it may keep a list, dict or set argument past the call (it stores it where it outlives the call), and compiled functions take those as copies".to_string());
        }
        // The trampoline takes the first instance the arguments fit: typed
        // ones before those taking CPython objects, which any argument fits.
        not_keeping.sort_by_key(|id| self.typed.instance(*id).arg_types.iter().filter(|ty| **ty == Type::Foreign).count());
        Ok(not_keeping)
    }

    /// The trampoline CPython's calls of an exported function go through:
    /// the first instance whose parameter types the arguments fit.
    fn extension_trampoline(&mut self, function: FunctionId, instances: &[InstanceId]) -> CodegenResult<FunctionValue<'ctx>> {
        let pointer = self.context.ptr_type(AddressSpace::default());
        let function_type = pointer.fn_type(&[pointer.into(), pointer.into()], false);
        let name = format!("{}.from_python", self.program.function(function).qualified_name);
        let trampoline = self.module.add_function(&name, function_type, Some(Linkage::Internal));
        FunctionEmitter::new(self, instances[0].0 as usize, trampoline, None).emit_extension_trampoline(function, instances)?;
        Ok(trampoline)
    }
}

impl<'a, 'ctx, 'p> FunctionEmitter<'a, 'ctx, 'p> {
    fn emit_extension_init_body(&mut self, module_name: &str) -> CodegenResult<()> {
        let entry = self.append_block("entry");
        let caught = self.append_block("caught");
        self.builder.position_at_end(entry);
        let null = self.ptr_type().const_null();
        let zero = self.gen.context.i32_type().const_zero();
        self.call_runtime(names::taipan_runtime_init, &[zero.into(), null.into()], "")?;
        let (table, length) = self.gen.exception_class_table()?;
        let length = self.const_int(length as i64);
        self.call_runtime(names::taipan_register_exception_classes, &[table.into(), length.into()], "")?;
        let (exception_names, exception_classes, count) = self.gen.cpython_exception_classes()?;
        self.call_runtime(vm_names::taipan_vm_start_hosted, &[exception_names.into(), exception_classes.into(), count.into()], "")?;

        // The module objects and the classes' types first, so that the
        // module's code can pass instances to CPython; then the module's
        // code, then its functions and globals.
        self.unwind_target = Some(caught);
        // A module object per exported module: the main one, and for a
        // package each of its modules, registered in `sys.modules` and bound
        // in its parent package.
        let mut module_objects: Vec<(ModuleId, PointerValue<'ctx>)> = Vec::new();
        for exported_module in extension_entries::exported_modules(self.gen.program) {
            let record = self.gen.program.module(exported_module);
            let doc = match &self.gen.program.function(record.init).doc {
                Some(doc) => self.str_constant(doc),
                None => null,
            };
            let object = if exported_module == self.gen.program.main_module {
                let name_text = self.str_constant(module_name);
                self.call_runtime_value(vm_names::taipan_vm_module_new, &[name_text.into(), doc.into()], "module")?.into_pointer_value()
            } else {
                let name_text = self.str_constant(&record.name.clone());
                let parent_name = record.name.rsplit_once('.').map(|(parent, _)| parent.to_string()).unwrap_or_default();
                let parent = module_objects.iter().find(|(id, _)| self.gen.program.module(*id).name == parent_name).map(|(_, object)| *object).unwrap_or(module_objects[0].1);
                self.call_runtime_value(vm_names::taipan_vm_submodule_new, &[name_text.into(), doc.into(), parent.into()], "submodule")?.into_pointer_value()
            };
            module_objects.push((exported_module, object));
        }
        self.extension_module_objects = module_objects;
        let module = self.extension_module_objects[0].1;
        self.emit_extension_exception_classes()?;
        self.emit_extension_classes()?;
        // Every name bound to a class in an exported module (its own
        // classes, and those it imports from another module of the package).
        for global in self.gen.program.globals.iter() {
            let GlobalKind::Class(class) = global.kind else { continue };
            if !extension_entries::is_exported_module(self.gen.program, global.module) || self.gen.program.class(class).builtin {
                continue;
            }
            let into = self.module_object_of(global.module);
            let name = self.str_constant(&global.name);
            let class_pointer = self.gen.class_descriptor(class)?;
            self.call_runtime(vm_names::taipan_vm_module_add_class, &[into.into(), name.into(), class_pointer.into()], "")?;
        }
        // (The module's code takes no arguments, not even a call depth.)
        let init = self.gen.instance_functions[self.gen.typed.main_instance.0 as usize];
        let ran = self.append_block("module.ran");
        self.builder.build_invoke(init, &[], ran, caught, "")?;
        self.builder.position_at_end(ran);
        for (global, function, instances) in self.gen.exported_functions() {
            // A function a package's module imports from another (`from
            // .vectors import dot`) is the same callable in both.
            let made = self.extension_callables.iter().find(|(id, _)| *id == function).map(|(_, callable)| *callable);
            let callable = match (made, instances) {
                (Some(callable), _) => callable,
                (None, instances) => match instances {
                Ok(instances) => {
                    let trampoline = self.gen.extension_trampoline(function, &instances)?;
                    self.extension_callable(function, trampoline)?
                }
                Err(reason) => self.unavailable_callable(function, &reason)?,
                },
            };
            let name = self.str_constant(&self.gen.program.global(global).name.clone());
            let into = self.module_object_of(self.gen.program.global(global).module);
            self.call_runtime(vm_names::taipan_vm_module_add, &[into.into(), name.into(), callable.into()], "")?;
            self.extension_callables.push((function, callable));
        }
        self.emit_extension_globals()?;
        self.call_runtime(vm_names::taipan_vm_flush_output, &[], "")?;
        self.unwind_target = None;
        self.builder.build_return(Some(&module))?;
        self.emit_extension_init_failure(caught)
    }

    /// The module object of an exported module (the main one for others).
    fn module_object_of(&self, module: ModuleId) -> PointerValue<'ctx> {
        self.extension_module_objects.iter().find(|(id, _)| *id == module).map(|(_, object)| *object).unwrap_or_else(|| self.extension_module_objects[0].1)
    }

    /// Where the module's code raised: CPython's exception set, no module.
    fn emit_extension_init_failure(&mut self, caught: BasicBlock<'ctx>) -> CodegenResult<()> {
        self.builder.position_at_end(caught);
        let exception = self.emit_landing_pad()?;
        self.call_runtime(vm_names::taipan_vm_flush_output, &[], "")?;
        self.call_runtime(vm_names::taipan_vm_init_failed, &[exception.into()], "")?;
        self.builder.build_return(Some(&self.ptr_type().const_null()))?;
        Ok(())
    }

    /// The CPython callable of an exported function (its name, qualified
    /// name, module and docstring as CPython shows them).
    fn extension_callable(&mut self, function: FunctionId, trampoline: FunctionValue<'ctx>) -> CodegenResult<PointerValue<'ctx>> {
        let (description, parameter_names) = self.callable_description(function);
        let def = self.gen.program.function(function);
        // The leading positional parameters without defaults (keyword-only
        // ones say for themselves whether they have one).
        let required = def.params.iter().take_while(|param| param.default.is_none() && param.kind != ParamKind::KeywordOnly).count();
        let arity = self.const_int(def.params.len() as i64);
        let required = self.const_int(required as i64);
        let description = self.str_constant(&description);
        let parameter_names = self.str_constant(&parameter_names);
        let trampoline = trampoline.as_global_value().as_pointer_value();
        let callable = self.call_runtime_value(
            vm_names::taipan_vm_extension_function,
            &[trampoline.into(), arity.into(), required.into(), description.into(), parameter_names.into()],
            "callable",
        )?;
        Ok(callable.into_pointer_value())
    }

    /// The CPython callable of a function that cannot be called from
    /// CPython: calling it raises TypeError with `reason`.
    fn unavailable_callable(&mut self, function: FunctionId, reason: &str) -> CodegenResult<PointerValue<'ctx>> {
        let (description, parameter_names) = self.callable_description(function);
        let name = self.gen.program.function(function).name.clone();
        let description = self.str_constant(&description);
        let parameter_names = self.str_constant(&parameter_names);
        let message = self.str_constant(&format!("{name}() cannot be called from CPython: {reason}"));
        let callable = self.call_runtime_value(vm_names::taipan_vm_unavailable_function, &[description.into(), parameter_names.into(), message.into()], "callable")?;
        Ok(callable.into_pointer_value())
    }

    /// Each global of the main module that holds a value when its code
    /// ends (not a function or class), converted into the module object.
    fn emit_extension_globals(&mut self) -> CodegenResult<()> {
        for (index, global) in self.gen.program.globals.iter().enumerate() {
            if !extension_entries::is_exported_module(self.gen.program, global.module) || global.kind != GlobalKind::Variable || global.name.starts_with("__") {
                continue;
            }
            // A submodule the package imported is bound by its module
            // object already.
            if self.gen.typed.global_types[index] == Type::Unknown {
                continue;
            }
            let module = self.module_object_of(global.module);
            let name = self.str_constant(&global.name);
            // A name bound to a function or class of the module (`from
            // .vectors import Vector` in a package, `alias = f`): the same
            // callable or type.
            match self.gen.typed.global_types[index].clone() {
                Type::Function(function) => {
                    if let Some((_, callable)) = self.extension_callables.iter().find(|(id, _)| id.0 == function).copied() {
                        self.call_runtime(vm_names::taipan_vm_module_add, &[module.into(), name.into(), callable.into()], "")?;
                    }
                    continue;
                }
                Type::Class { class } => {
                    let class_pointer = self.gen.class_descriptor(ClassId(class))?;
                    self.call_runtime(vm_names::taipan_vm_module_add_class, &[module.into(), name.into(), class_pointer.into()], "")?;
                    continue;
                }
                _ => {}
            }
            self.emit_global_value_added(GlobalId(index as u32), vm_names::taipan_vm_module_add_value, module, name, extension_entries::crosses_by_copy)?;
        }
        Ok(())
    }

    /// `add(into, name, slot, descriptor)` with the value of `global` when
    /// it is bound and `crosses(its type)`.
    fn emit_global_value_added(
        &mut self,
        global_id: GlobalId,
        add: &str,
        into: PointerValue<'ctx>,
        name: PointerValue<'ctx>,
        crosses: fn(&Type) -> bool,
    ) -> CodegenResult<()> {
        let global_type = self.gen.typed.global_types[global_id.0 as usize].clone();
        if global_type == Type::Unknown || !crosses(&global_type) {
            return Ok(());
        }
        let slot = self.gen.global_slot(global_id);
        let Some(bound) = slot.bound else { return Ok(()) };
        // A global that only ever holds None has no value slot.
        if slot.value.is_none() && ModuleGenerator::has_value(&global_type) {
            return Ok(());
        }
        let is_bound = self.builder.build_load(self.gen.context.bool_type(), bound.as_pointer_value(), "is_bound")?.into_int_value();
        let add_block = self.append_block("global.add");
        let next_block = self.append_block("global.next");
        self.builder.build_conditional_branch(is_bound, add_block, next_block)?;
        self.builder.position_at_end(add_block);
        let value_bits = match slot.value {
            Some(value_slot) => {
                let llvm_type = self.gen.llvm_type(&global_type);
                let loaded = self.builder.build_load(llvm_type, value_slot.as_pointer_value(), "global")?;
                self.to_slot(&Value::new(loaded, global_type.clone()))?
            }
            None => self.i64_type().const_zero(),
        };
        let descriptor = self.gen.descriptor(&global_type);
        self.call_runtime(add, &[into.into(), name.into(), value_bits.into(), descriptor.into()], "")?;
        self.builder.build_unconditional_branch(next_block)?;
        self.builder.position_at_end(next_block);
        Ok(())
    }

    /// Each exception class of the module as a CPython exception type
    /// (`taipan_vm_extension_exception`), bases first.
    fn emit_extension_exception_classes(&mut self) -> CodegenResult<()> {
        for class in extension_entries::exported_exception_classes(self.gen.program, self.gen.typed) {
            let def = self.gen.program.class(class);
            let module = self.module_object_of(def.module);
            let class_pointer = self.gen.class_descriptor(class)?;
            let base_pointer = self.gen.class_descriptor(def.bases[0])?;
            let doc = match &def.doc {
                Some(doc) => self.str_constant(doc),
                None => self.ptr_type().const_null(),
            };
            let (fields, field_count) = self.gen.extension_fields(class)?;
            let field_count = self.const_int(field_count as i64);
            self.call_runtime(vm_names::taipan_vm_extension_exception, &[module.into(), class_pointer.into(), base_pointer.into(), doc.into(), fields.into(), field_count.into()], "")?;
        }
        Ok(())
    }

    /// Each exported class as a CPython type (see the vm's
    /// `extension_classes`): its fields, methods and class attributes, in
    /// the program's order, so that a base's type is made before its
    /// subclasses'.
    fn emit_extension_classes(&mut self) -> CodegenResult<()> {
        let exported = self.gen.exported_classes();
        for class in exported.iter().copied() {
            let def = self.gen.program.class(class);
            let module = self.module_object_of(def.module);
            let class_pointer = self.gen.class_descriptor(class)?;
            let base = def.bases.iter().copied().find(|base| exported.contains(base));
            let base_pointer = match base {
                Some(base) => self.gen.class_descriptor(base)?,
                None => self.ptr_type().const_null(),
            };
            let words = self.const_int(self.instance_words(class) as i64);
            let record_word = self.const_int(self.attribute_order_word(class).map_or(-1, |word| word as i64));
            let flags = self.const_int(if def.frozen { taipan_abi::extension_class_flags::FROZEN } else { 0 });
            let doc = match &def.doc {
                Some(doc) => self.str_constant(doc),
                None => self.ptr_type().const_null(),
            };
            let (fields, field_count) = self.gen.extension_fields(class)?;
            let field_count = self.const_int(field_count as i64);
            let namespace = self
                .call_runtime_value(
                    vm_names::taipan_vm_extension_class,
                    &[module.into(), class_pointer.into(), base_pointer.into(), words.into(), record_word.into(), flags.into(), doc.into(), fields.into(), field_count.into()],
                    "namespace",
                )?
                .into_pointer_value();
            for more in def.bases.iter().copied().filter(|other| exported.contains(other) && Some(*other) != base) {
                let more_pointer = self.gen.class_descriptor(more)?;
                self.call_runtime(vm_names::taipan_vm_extension_class_add_base, &[namespace.into(), more_pointer.into()], "")?;
            }
            for (member_name, method) in def.methods.iter() {
                let function = method.function;
                let (kind, name) = match method.kind {
                    MethodKind::Instance => (taipan_abi::class_member_kind::METHOD, member_name.as_str()),
                    MethodKind::Static => (taipan_abi::class_member_kind::STATIC, member_name.as_str()),
                    MethodKind::Class => (taipan_abi::class_member_kind::CLASS_METHOD, member_name.as_str()),
                    MethodKind::Property => (taipan_abi::class_member_kind::PROPERTY, member_name.as_str()),
                    MethodKind::PropertySetter => (taipan_abi::class_member_kind::PROPERTY_SETTER, member_name.strip_suffix(".setter").unwrap_or(member_name)),
                };
                let instances = self.gen.exported_instances(function);
                let callable = match instances {
                    Ok(instances) => {
                        let trampoline = self.gen.extension_trampoline(function, &instances)?;
                        self.extension_callable(function, trampoline)?
                    }
                    Err(reason) => self.unavailable_callable(function, &reason)?,
                };
                let name = self.str_constant(name);
                let kind = self.const_int(kind);
                self.call_runtime(vm_names::taipan_vm_class_add, &[namespace.into(), name.into(), callable.into(), kind.into()], "")?;
            }
            for (attribute_name, global) in def.attributes.iter() {
                if attribute_name.starts_with("__") || def.methods.contains_key(attribute_name) {
                    continue;
                }
                let global_type = self.gen.typed.global_types[global.0 as usize].clone();
                let slot = self.gen.global_slot(*global);
                if !crosses_as_class_attribute(&global_type) || global_type == Type::Unknown || slot.value.is_none() || slot.bound.is_none() {
                    continue;
                }
                // Read and assigned through the native global, so that each
                // side sees what the other assigned.
                let (getter, setter) = self.gen.class_attribute_accessors(*global, &global_type)?;
                let name = self.str_constant(attribute_name);
                let descriptor = self.gen.extension_descriptor(&global_type)?;
                let getter = getter.as_global_value().as_pointer_value();
                let setter = setter.as_global_value().as_pointer_value();
                self.call_runtime(vm_names::taipan_vm_class_add_live, &[namespace.into(), name.into(), getter.into(), setter.into(), descriptor.into()], "")?;
            }
            self.call_runtime(vm_names::taipan_vm_extension_class_finish, &[namespace.into()], "")?;
        }
        Ok(())
    }

    /// The body of an exported function's trampoline, which takes the
    /// argument objects (borrowed): for each instance in turn (the arguments
    /// checked against its parameter types when there are several), the
    /// arguments converted, the instance called, its result returned as a
    /// new reference; a native exception handed to the VM (null returned).
    fn emit_extension_trampoline(&mut self, function: FunctionId, instances: &[InstanceId]) -> CodegenResult<()> {
        let entry = self.append_block("entry");
        let caught = self.append_block("caught");
        self.builder.position_at_end(entry);
        let arguments = self.function.get_nth_param(1).ok_or_else(|| CodegenError::new("a trampoline without its arguments"))?.into_pointer_value();
        let def = self.gen.program.function(function);
        let function_name = self.str_constant(&def.name.clone());
        let arity = def.params.len();
        self.unwind_target = Some(caught);
        let mut handles = Vec::new();
        for index in 0..arity {
            let address = unsafe { self.builder.build_gep(self.ptr_type(), arguments, &[self.const_int(index as i64)], "argument.address")? };
            handles.push(self.builder.build_load(self.ptr_type(), address, "argument")?.into_pointer_value());
        }
        // A binary special method checks its operand even when compiled
        // once: one it does not take gives NotImplemented, not TypeError.
        let several = instances.len() > 1 || (returns_not_implemented(&def.name) && def.params.len() == 2);
        let with_containers = instances.iter().any(|instance| self.gen.typed.instance(*instance).arg_types.iter().any(kept_arguments::is_copied_from_cpython));
        if with_containers {
            self.call_runtime(vm_names::taipan_vm_arguments_begin, &[], "")?;
        }
        // Parameters with defaults: an absent argument is a null object.
        let has_default: Vec<bool> = def.params.iter().map(|param| param.default.is_some()).collect();
        let mut is_present = Vec::new();
        for (handle, defaulted) in handles.iter().zip(&has_default) {
            is_present.push(if *defaulted { Some(self.builder.build_is_not_null(*handle, "argument.present")?) } else { None });
        }
        for instance in instances {
            let arg_types = self.gen.typed.instance(*instance).arg_types.clone();
            let call_block = self.append_block("signature.call");
            let next_block = self.append_block("signature.next");
            // An absent argument fits when the default is of the type this
            // instance was compiled for.
            let mut all_fit = self.gen.context.bool_type().const_int(1, false);
            let mut checked = false;
            for (index, ty) in arg_types.iter().enumerate() {
                let handle = handles[index];
                let fits = if several {
                    checked = true;
                    let descriptor = self.gen.extension_descriptor(ty)?;
                    let fits = self.call_runtime_value(vm_names::taipan_vm_argument_fits, &[handle.into(), descriptor.into()], "fits")?.into_int_value();
                    Some(self.builder.build_int_compare(IntPredicate::NE, fits, self.gen.context.i8_type().const_zero(), "fits.bool")?)
                } else {
                    None
                };
                if let Some(present) = is_present[index] {
                    let default_type = self.gen.typed.default_types.get(&(function, index)).cloned().unwrap_or(Type::Unknown);
                    if !default_fits(&default_type, ty) {
                        checked = true;
                        all_fit = self.builder.build_and(all_fit, present, "all_fit")?;
                    }
                }
                if let Some(fits) = fits {
                    all_fit = self.builder.build_and(all_fit, fits, "all_fit")?;
                }
            }
            if checked {
                self.builder.build_conditional_branch(all_fit, call_block, next_block)?;
            } else {
                self.builder.build_unconditional_branch(call_block)?;
            }
            self.builder.position_at_end(call_block);
            let mut positional = Vec::new();
            for (position, (handle, ty)) in handles.iter().zip(&arg_types).enumerate() {
                let handle = *handle;
                let mut convert = move |this: &mut Self| -> CodegenResult<Value<'ctx>> {
                    if *ty == Type::Foreign {
                        let object = this.call_runtime_value(vm_names::taipan_vm_argument_object, &[handle.into()], "handle")?;
                        return Ok(Value::new(object, Type::Foreign));
                    }
                    let descriptor = this.gen.extension_descriptor(ty)?;
                    let position = this.const_int(position as i64);
                    let slot = this
                        .call_runtime_value(vm_names::taipan_vm_argument, &[handle.into(), descriptor.into(), function_name.into(), position.into()], "slot")?
                        .into_int_value();
                    this.from_slot(slot, ty)
                };
                let default_type = self.gen.typed.default_types.get(&(function, position)).cloned().unwrap_or(Type::Unknown);
                match is_present[position] {
                    // None has no run-time value: a given argument is only
                    // checked.
                    Some(present) if default_fits(&default_type, ty) && !ModuleGenerator::has_value(ty) => {
                        let check_block = self.append_block("argument.check");
                        let checked_block = self.append_block("argument.checked");
                        self.builder.build_conditional_branch(present, check_block, checked_block)?;
                        self.builder.position_at_end(check_block);
                        convert(self)?;
                        self.builder.build_unconditional_branch(checked_block)?;
                        self.builder.position_at_end(checked_block);
                        positional.push(Value { llvm: None, ty: ty.clone() });
                    }
                    Some(present) if default_fits(&default_type, ty) => {
                        let value = self.parameter_or_default(function, position, ty, present, "", &mut convert)?;
                        positional.push(Value::new(value, ty.clone()));
                    }
                    _ => {
                        let value = convert(self)?;
                        positional.push(value);
                    }
                }
            }
            let params: Vec<ArgumentSource> = (0..arity).map(ArgumentSource::Positional).collect();
            let result = self.emit_call_instance_in(*instance, &params, None, None, &positional, &[])?;
            if !result.is_never() && !self.is_terminated() {
                let object = if let Some(iterator) = self.generator_as_cpython_iterator(*instance, &result)? {
                    if with_containers {
                        self.call_runtime(vm_names::taipan_vm_arguments_end, &[], "")?;
                    }
                    iterator
                } else if with_containers {
                    let slot = self.to_slot(&result)?;
                    let descriptor = self.gen.descriptor(&result.ty);
                    let object = self.call_runtime_value(vm_names::taipan_vm_arguments_result, &[slot.into(), descriptor.into()], "result")?;
                    self.call_runtime(vm_names::taipan_vm_arguments_end, &[], "")?;
                    object
                } else {
                    self.return_argument_if_result(&result, &positional, &handles, &arg_types)?;
                    let slot = self.to_slot(&result)?;
                    let descriptor = self.gen.descriptor(&result.ty);
                    self.call_runtime_value(vm_names::taipan_vm_result, &[slot.into(), descriptor.into()], "result")?
                };
                self.builder.build_return(Some(&object))?;
            }
            if !self.is_terminated() {
                // The function never returns normally: only its exception
                // leaves the call.
                self.builder.build_unreachable()?;
            }
            self.builder.position_at_end(next_block);
        }
        // No instance fits the arguments. A binary special method returns
        // NotImplemented, as CPython's do for an operand they do not take.
        if returns_not_implemented(&def.name) && def.params.len() == 2 {
            if with_containers {
                self.call_runtime(vm_names::taipan_vm_arguments_abandon, &[], "")?;
            }
            let not_implemented = self.call_runtime_value(vm_names::taipan_vm_not_implemented, &[], "not_implemented")?;
            self.builder.build_return(Some(&not_implemented))?;
            let unreachable_block = self.append_block("no_signature");
            self.builder.position_at_end(unreachable_block);
        }
        let signatures: Vec<String> = instances
            .iter()
            .map(|instance| {
                let types: Vec<String> = self.gen.typed.instance(*instance).arg_types.iter().map(|ty| ty.python_name()).collect();
                format!("({})", types.join(", "))
            })
            .collect();
        let signatures = self.str_constant(&signatures.join(" or "));
        self.call_runtime(vm_names::taipan_vm_no_matching_signature, &[function_name.into(), signatures.into()], "")?;
        self.builder.build_unreachable()?;
        self.unwind_target = None;
        self.builder.position_at_end(caught);
        let exception = self.emit_landing_pad()?;
        if with_containers {
            self.call_runtime(vm_names::taipan_vm_arguments_abandon, &[], "")?;
        }
        self.call_runtime(vm_names::taipan_vm_native_exception, &[exception.into()], "")?;
        self.builder.build_return(Some(&self.ptr_type().const_null()))?;
        Ok(())
    }
}

impl<'a, 'ctx, 'p> FunctionEmitter<'a, 'ctx, 'p> {
    /// An int or float result equal to an argument of its type returns that
    /// argument's object (as a pure-Python function returning its argument
    /// does) instead of making a new one: `f(x) is x` holds, and the call
    /// allocates nothing. Emitted before the result's conversion, in the
    /// current block.
    fn return_argument_if_result(&mut self, result: &Value<'ctx>, arguments: &[Value<'ctx>], handles: &[PointerValue<'ctx>], arg_types: &[Type]) -> CodegenResult<()> {
        if !matches!(result.ty, Type::Int | Type::Float) {
            return Ok(());
        }
        for (index, ty) in arg_types.iter().enumerate() {
            // Only arguments given (a default has no object).
            if *ty != result.ty || arguments[index].llvm.is_none() || handles.len() <= index {
                continue;
            }
            let argument = arguments[index].get()?;
            let same = match result.ty {
                Type::Int => self.builder.build_int_compare(IntPredicate::EQ, result.get()?.into_int_value(), argument.into_int_value(), "same")?,
                _ => {
                    // The same bits: -0.0 is not 0.0, and a NaN is its own.
                    let left = self.builder.build_bit_cast(result.get()?, self.i64_type(), "bits")?.into_int_value();
                    let right = self.builder.build_bit_cast(argument, self.i64_type(), "bits")?.into_int_value();
                    self.builder.build_int_compare(IntPredicate::EQ, left, right, "same")?
                }
            };
            let present = self.builder.build_is_not_null(handles[index], "given")?;
            let same = self.builder.build_and(same, present, "same_and_given")?;
            let return_block = self.append_block("result.argument");
            let next_block = self.append_block("result.convert");
            self.builder.build_conditional_branch(same, return_block, next_block)?;
            self.builder.position_at_end(return_block);
            let object = self.call_runtime_value(vm_names::taipan_vm_argument_returned, &[handles[index].into()], "argument")?;
            self.builder.build_return(Some(&object))?;
            self.builder.position_at_end(next_block);
        }
        Ok(())
    }

    fn emit_class_attribute_getter(&mut self, global: GlobalId, ty: &Type) -> CodegenResult<()> {
        let entry = self.append_block("entry");
        self.builder.position_at_end(entry);
        let out = self.function.get_nth_param(0).ok_or_else(|| CodegenError::new("a getter without its result"))?.into_pointer_value();
        let slot = self.gen.global_slot(global);
        let (Some(value_slot), Some(bound)) = (slot.value, slot.bound) else { return Err(CodegenError::new("a class attribute without a slot")) };
        let is_bound = self.builder.build_load(self.gen.context.bool_type(), bound.as_pointer_value(), "is_bound")?.into_int_value();
        let llvm_type = self.gen.llvm_type(ty);
        let loaded = self.builder.build_load(llvm_type, value_slot.as_pointer_value(), "value")?;
        let bits = self.to_slot(&Value::new(loaded, ty.clone()))?;
        self.builder.build_store(out, bits)?;
        let result = self.builder.build_int_z_extend(is_bound, self.gen.context.i8_type(), "bound")?;
        self.builder.build_return(Some(&result))?;
        Ok(())
    }

    fn emit_class_attribute_setter(&mut self, global: GlobalId, ty: &Type) -> CodegenResult<()> {
        let entry = self.append_block("entry");
        self.builder.position_at_end(entry);
        let bits = self.function.get_nth_param(0).ok_or_else(|| CodegenError::new("a setter without its value"))?.into_int_value();
        let slot = self.gen.global_slot(global);
        let (Some(value_slot), Some(bound)) = (slot.value, slot.bound) else { return Err(CodegenError::new("a class attribute without a slot")) };
        let value = self.from_slot(bits, ty)?;
        self.builder.build_store(value_slot.as_pointer_value(), value.get()?)?;
        self.builder.build_store(bound.as_pointer_value(), self.gen.context.bool_type().const_int(1, false))?;
        self.builder.build_return(None)?;
        Ok(())
    }

    /// At the top of a loop's body in an extension module: a volatile read
    /// of the interrupt flag, and when it is set, the call that lets
    /// CPython's SIGINT handler raise KeyboardInterrupt here (see the vm's
    /// `taipan_vm_check_interrupt`). Executables have no host interpreter
    /// whose handler would run, and poll nothing.
    ///
    /// The check is called through a thunk that preserves every register:
    /// with a plain call in the loop, even on its cold path, values such as
    /// a float accumulator lived in memory across the whole loop (the SSE
    /// registers are caller-saved), which halved the speed of a numeric
    /// loop.
    pub(crate) fn emit_interrupt_poll(&mut self) -> CodegenResult<()> {
        if self.gen.extension.is_none() || self.is_terminated() {
            return Ok(());
        }
        let byte = self.gen.context.i8_type();
        let flag = match self.gen.module.get_global(taipan_abi::INTERRUPT_FLAG_SYMBOL) {
            Some(flag) => flag,
            None => {
                let flag = self.gen.module.add_global(byte, None, taipan_abi::INTERRUPT_FLAG_SYMBOL);
                flag.set_linkage(Linkage::External);
                flag
            }
        };
        let pending = self.builder.build_load(byte, flag.as_pointer_value(), "interrupt.flag")?;
        if let Some(load) = pending.as_instruction_value() {
            load.set_volatile(true).map_err(|error| CodegenError::new(error.to_string()))?;
        }
        let is_pending = self.builder.build_int_compare(IntPredicate::NE, pending.into_int_value(), byte.const_zero(), "interrupt.pending")?;
        let check_block = self.append_block("interrupt.check");
        let continue_block = self.append_block("interrupt.none");
        self.builder.build_conditional_branch(is_pending, check_block, continue_block)?;
        self.builder.position_at_end(check_block);
        let thunk = self.gen.interrupt_check_thunk()?;
        let call = self.build_call_or_invoke(thunk, &[], "")?;
        call.set_call_convention(PRESERVE_ALL_CALLING_CONVENTION);
        self.builder.build_unconditional_branch(continue_block)?;
        self.builder.position_at_end(continue_block);
        Ok(())
    }
}

/// LLVM's `preserve_allcc`: the callee saves every register it uses.
const PRESERVE_ALL_CALLING_CONVENTION: u32 = 15;

impl<'ctx, 'p> ModuleGenerator<'ctx, 'p> {
    /// `taipan_vm_check_interrupt` behind a `preserve_allcc` thunk, which
    /// loops call on their cold path without disturbing their registers.
    fn interrupt_check_thunk(&mut self) -> CodegenResult<FunctionValue<'ctx>> {
        const NAME: &str = "taipan.check_interrupt";
        if let Some(thunk) = self.module.get_function(NAME) {
            return Ok(thunk);
        }
        let target = self.runtime_function(vm_names::taipan_vm_check_interrupt)?;
        let thunk = self.module.add_function(NAME, self.context.void_type().fn_type(&[], false), Some(Linkage::Internal));
        thunk.set_call_conventions(PRESERVE_ALL_CALLING_CONVENTION);
        let cold = self.context.create_enum_attribute(inkwell::attributes::Attribute::get_named_enum_kind_id("cold"), 0);
        let no_inline = self.context.create_enum_attribute(inkwell::attributes::Attribute::get_named_enum_kind_id("noinline"), 0);
        thunk.add_attribute(inkwell::attributes::AttributeLoc::Function, cold);
        thunk.add_attribute(inkwell::attributes::AttributeLoc::Function, no_inline);
        let builder = self.context.create_builder();
        builder.position_at_end(self.context.append_basic_block(thunk, "entry"));
        builder.build_call(target, &[], "")?;
        builder.build_return(None)?;
        Ok(thunk)
    }
}

impl<'a, 'ctx, 'p> FunctionEmitter<'a, 'ctx, 'p> {
    /// A generator an exported function returned, as a CPython iterator
    /// (`taipan_vm_generator_object`, a new reference) over the native
    /// frame, stepped by a function compiled for its type; None for other
    /// results.
    fn generator_as_cpython_iterator(&mut self, instance: InstanceId, result: &Value<'ctx>) -> CodegenResult<Option<BasicValueEnum<'ctx>>> {
        let Type::Generator(container) = &result.ty else { return Ok(None) };
        let (yielded, returned) = (container.element().clone(), container.value().clone());
        let step = self.gen.generator_step_function(instance, &result.ty)?;
        let descriptor = self.gen.descriptor(&yielded);
        // None when it returns nothing (no StopIteration value).
        let returned_descriptor = if returned == Type::None || returned == Type::Unknown { self.ptr_type().const_null() } else { self.gen.descriptor(&returned) };
        let step = step.as_global_value().as_pointer_value();
        let object = self.call_runtime_value(vm_names::taipan_vm_generator_object, &[result.get()?, step.into(), descriptor.into(), returned_descriptor.into()], "generator.object")?;
        Ok(Some(object))
    }

    /// The body of a generator step: 1 and the yielded value in `out` (a
    /// new CPython reference), 0 once the generator finished (its return
    /// value's object in `out` when it has one), 2 when its body or a
    /// conversion raised (the exception handed to
    /// `taipan_vm_native_exception`).
    fn emit_generator_step(&mut self, generator: &Type) -> CodegenResult<()> {
        let entry = self.append_block("entry");
        let caught = self.append_block("caught");
        let exhausted = self.append_block("exhausted");
        self.builder.position_at_end(entry);
        let handle = self.function.get_nth_param(0).ok_or_else(|| CodegenError::new("a generator step without its frame"))?.into_pointer_value();
        let out = self.function.get_nth_param(1).ok_or_else(|| CodegenError::new("a generator step without its result"))?.into_pointer_value();
        let byte = self.gen.context.i8_type();
        self.unwind_target = Some(caught);
        let value = self.generator_next(handle, generator, exhausted)?;
        if !value.is_never() && !self.is_terminated() {
            // Converted here, under the landing pad: a conversion that
            // raises (an instance of a class without a CPython type) is the
            // step's exception.
            let slot = if ModuleGenerator::has_value(&value.ty) { self.to_slot(&value)? } else { self.i64_type().const_zero() };
            let descriptor = self.gen.descriptor(&value.ty);
            let object = self.call_runtime_value(vm_names::taipan_vm_result, &[slot.into(), descriptor.into()], "yielded")?;
            self.builder.build_store(out, object)?;
            self.builder.build_return(Some(&byte.const_int(1, false)))?;
        }
        if !self.is_terminated() {
            // A generator that never yields: no value to hand over.
            self.builder.build_unreachable()?;
        }
        self.unwind_target = None;
        // Finished: the value its `return` gave goes to `out`, for
        // StopIteration's value.
        self.builder.position_at_end(exhausted);
        let (_, returned) = Self::generator_types(generator)?;
        if ModuleGenerator::has_value(&returned) {
            let promise_type = self.promise_type_of(generator)?;
            let promise = self.promise_of(handle)?;
            let field = self.builder.build_struct_gep(promise_type, promise, taipan_abi::GENERATOR_PROMISE_FIELD_RETURNED, "returned.field")?;
            let value = self.builder.build_load(self.gen.llvm_type(&returned), field, "returned")?;
            let descriptor = self.gen.descriptor(&returned);
            let slot = self.to_slot(&Value::new(value, returned))?;
            let object = self.call_runtime_value(vm_names::taipan_vm_result, &[slot.into(), descriptor.into()], "returned.object")?;
            self.builder.build_store(out, object)?;
        }
        self.builder.build_return(Some(&byte.const_zero()))?;
        self.builder.position_at_end(caught);
        let exception = self.emit_landing_pad()?;
        self.call_runtime(vm_names::taipan_vm_native_exception, &[exception.into()], "")?;
        self.builder.build_return(Some(&byte.const_int(2, false)))?;
        Ok(())
    }
}

impl<'ctx, 'p> ModuleGenerator<'ctx, 'p> {
    /// The step function of the generators an instance of a generator
    /// function makes (see `emit_generator_step`), made once.
    fn generator_step_function(&mut self, instance: InstanceId, generator: &Type) -> CodegenResult<FunctionValue<'ctx>> {
        let name = format!("{}.step_from_python", self.typed.instance(instance).symbol);
        if let Some(step) = self.module.get_function(&name) {
            return Ok(step);
        }
        let pointer = self.context.ptr_type(AddressSpace::default());
        let step = self.module.add_function(&name, self.context.i8_type().fn_type(&[pointer.into(), pointer.into()], false), Some(Linkage::Internal));
        FunctionEmitter::new(self, instance.0 as usize, step, None).emit_generator_step(generator)?;
        Ok(step)
    }
}
