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
use taipan_parser_bridge::hir::{GlobalKind, ParamKind};
use taipan_typeinfer::{ArgumentSource, InstanceId};

/// Whether a value of this type crosses from CPython as an argument by
/// an exact conversion (`taipan_vm_argument`).
fn exportable_parameter(ty: &Type) -> bool {
    match ty {
        Type::Int | Type::Float | Type::Bool | Type::Str | Type::None | Type::Foreign => true,
        Type::Tuple(members) => members.iter().all(exportable_parameter),
        _ => false,
    }
}

/// Whether a global's value converts into a CPython object
/// (`taipan_vm_module_add_value`): scalars, strs, ranges, CPython objects and
/// containers and boxes of these. Instances, functions, generators and
/// views do not cross yet, and such globals are left out of the module.
fn crosses_by_copy(ty: &Type) -> bool {
    match ty {
        Type::Int | Type::Float | Type::Bool | Type::Str | Type::None | Type::Foreign | Type::Range | Type::Unknown => true,
        Type::Tuple(members) => members.iter().all(crosses_by_copy),
        Type::VarTuple(element) => crosses_by_copy(element),
        Type::List(container) | Type::Set(container) | Type::FrozenSet(container) => crosses_by_copy(container.element()),
        Type::Dict(container) => crosses_by_copy(container.element()) && crosses_by_copy(container.value()),
        Type::Union(_) => ty.members().iter().all(crosses_by_copy),
        _ => false,
    }
}

impl<'ctx, 'p> ModuleGenerator<'ctx, 'p> {
    /// `PyInit_<module_name>`, in place of `main`.
    pub(crate) fn emit_extension_init(&mut self, module_name: &str) -> CodegenResult<()> {
        let pointer = self.context.ptr_type(AddressSpace::default());
        let function = self.module.add_function(&format!("PyInit_{module_name}"), pointer.fn_type(&[], false), Some(Linkage::External));
        let main = self.typed.main_instance.0 as usize;
        FunctionEmitter::new(self, main, function, None).emit_extension_init_body(module_name)
    }

    /// The exported functions of the main module: each top-level `def` with
    /// plain positional parameters and no defaults, with its instances whose
    /// parameter types cross by exact conversion, in the program's order.
    fn exported_functions(&self) -> Vec<(GlobalId, FunctionId, Vec<InstanceId>)> {
        let main_module = self.program.main_module;
        let mut exported = Vec::new();
        for (index, global) in self.program.globals.iter().enumerate() {
            let GlobalKind::Function(function) = global.kind else { continue };
            if global.module != main_module {
                continue;
            }
            let def = self.program.function(function);
            let plain = def.params.iter().all(|param| matches!(param.kind, ParamKind::Normal | ParamKind::PositionalOnly) && param.default.is_none());
            if !plain || def.is_generator || def.is_closure {
                continue;
            }
            let instances: Vec<InstanceId> = self
                .typed
                .instances
                .iter()
                .enumerate()
                .filter(|(_, instance)| instance.function == function && instance.environment.is_none() && instance.arg_types.iter().all(exportable_parameter))
                .map(|(id, _)| InstanceId(id as u32))
                .collect();
            if !instances.is_empty() {
                exported.push((GlobalId(index as u32), function, instances));
            }
        }
        exported
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

        // The module's code, then the module object of what it defined.
        // (The module's code takes no arguments, not even a call depth.)
        self.unwind_target = Some(caught);
        let init = self.gen.instance_functions[self.gen.typed.main_instance.0 as usize];
        let ran = self.append_block("module.ran");
        self.builder.build_invoke(init, &[], ran, caught, "")?;
        self.builder.position_at_end(ran);
        let init_function = self.gen.program.module(self.gen.program.main_module).init;
        let doc = match &self.gen.program.function(init_function).doc {
            Some(doc) => self.str_constant(doc),
            None => null,
        };
        let name_text = self.str_constant(module_name);
        let module = self.call_runtime_value(vm_names::taipan_vm_module_new, &[name_text.into(), doc.into()], "module")?.into_pointer_value();
        for (global, function, instances) in self.gen.exported_functions() {
            let trampoline = self.gen.extension_trampoline(function, &instances)?;
            let callable = self.extension_callable(function, trampoline)?;
            let name = self.str_constant(&self.gen.program.global(global).name.clone());
            self.call_runtime(vm_names::taipan_vm_module_add, &[module.into(), name.into(), callable.into()], "")?;
        }
        self.emit_extension_globals(module)?;
        self.call_runtime(vm_names::taipan_vm_flush_output, &[], "")?;
        self.unwind_target = None;
        self.builder.build_return(Some(&module))?;
        self.emit_extension_init_failure(caught)
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
        let arity = self.const_int(self.gen.program.function(function).params.len() as i64);
        let description = self.str_constant(&description);
        let parameter_names = self.str_constant(&parameter_names);
        let trampoline = trampoline.as_global_value().as_pointer_value();
        let callable = self.call_runtime_value(
            vm_names::taipan_vm_extension_function,
            &[trampoline.into(), arity.into(), description.into(), parameter_names.into()],
            "callable",
        )?;
        Ok(callable.into_pointer_value())
    }

    /// Each global of the main module that holds a value when its code
    /// ends (not a function or class), converted into the module object.
    fn emit_extension_globals(&mut self, module: PointerValue<'ctx>) -> CodegenResult<()> {
        let main_module = self.gen.program.main_module;
        for (index, global) in self.gen.program.globals.iter().enumerate() {
            if global.module != main_module || global.kind != GlobalKind::Variable || global.name.starts_with("__") {
                continue;
            }
            let global_id = GlobalId(index as u32);
            let global_type = self.gen.typed.global_types[index].clone();
            if global_type == Type::Unknown || !crosses_by_copy(&global_type) {
                continue;
            }
            let slot = self.gen.global_slot(global_id);
            let (Some(value_slot), Some(bound)) = (slot.value, slot.bound) else { continue };
            let is_bound = self.builder.build_load(self.gen.context.bool_type(), bound.as_pointer_value(), "is_bound")?.into_int_value();
            let add_block = self.append_block("global.add");
            let next_block = self.append_block("global.next");
            self.builder.build_conditional_branch(is_bound, add_block, next_block)?;
            self.builder.position_at_end(add_block);
            let llvm_type = self.gen.llvm_type(&global_type);
            let loaded = self.builder.build_load(llvm_type, value_slot.as_pointer_value(), &global.name)?;
            let value = Value::new(loaded, global_type.clone());
            let value_bits = self.to_slot(&value)?;
            let descriptor = self.gen.descriptor(&global_type);
            let name = self.str_constant(&global.name);
            self.call_runtime(vm_names::taipan_vm_module_add_value, &[module.into(), name.into(), value_bits.into(), descriptor.into()], "")?;
            self.builder.build_unconditional_branch(next_block)?;
            self.builder.position_at_end(next_block);
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
        let several = instances.len() > 1;
        for instance in instances {
            let arg_types = self.gen.typed.instance(*instance).arg_types.clone();
            let call_block = self.append_block("signature.call");
            let next_block = self.append_block("signature.next");
            if several {
                let mut all_fit = self.gen.context.bool_type().const_int(1, false);
                for (handle, ty) in handles.iter().zip(&arg_types) {
                    let descriptor = self.gen.descriptor(ty);
                    let fits = self.call_runtime_value(vm_names::taipan_vm_argument_fits, &[(*handle).into(), descriptor.into()], "fits")?.into_int_value();
                    let fits = self.builder.build_int_compare(IntPredicate::NE, fits, self.gen.context.i8_type().const_zero(), "fits.bool")?;
                    all_fit = self.builder.build_and(all_fit, fits, "all_fit")?;
                }
                self.builder.build_conditional_branch(all_fit, call_block, next_block)?;
            } else {
                self.builder.build_unconditional_branch(call_block)?;
            }
            self.builder.position_at_end(call_block);
            let mut positional = Vec::new();
            for (position, (handle, ty)) in handles.iter().zip(&arg_types).enumerate() {
                if *ty == Type::Foreign {
                    let handle = self.call_runtime_value(vm_names::taipan_vm_argument_object, &[(*handle).into()], "handle")?;
                    positional.push(Value::new(handle, Type::Foreign));
                    continue;
                }
                let descriptor = self.gen.descriptor(ty);
                let position = self.const_int(position as i64);
                let slot = self
                    .call_runtime_value(vm_names::taipan_vm_argument, &[(*handle).into(), descriptor.into(), function_name.into(), position.into()], "slot")?
                    .into_int_value();
                positional.push(self.from_slot(slot, ty)?);
            }
            let params: Vec<ArgumentSource> = (0..arity).map(ArgumentSource::Positional).collect();
            let result = self.emit_call_instance_in(*instance, &params, None, None, &positional, &[])?;
            if !result.is_never() && !self.is_terminated() {
                let slot = self.to_slot(&result)?;
                let descriptor = self.gen.descriptor(&result.ty);
                let object = self.call_runtime_value(vm_names::taipan_vm_result, &[slot.into(), descriptor.into()], "result")?;
                self.builder.build_return(Some(&object))?;
            }
            self.builder.position_at_end(next_block);
        }
        // No instance fits the arguments.
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
        self.call_runtime(vm_names::taipan_vm_native_exception, &[exception.into()], "")?;
        self.builder.build_return(Some(&self.ptr_type().const_null()))?;
        Ok(())
    }
}
