//! The program's functions handed to CPython (`key=` over CPython objects,
//! `re.sub` with a function, a `json` hook): for each such function,
//! inference made an instance whose parameters are all CPython objects and
//! recorded it under the argument's id. This module emits, once per such
//! instance, its trampoline (`taipan_abi::NativeFunctionTrampoline`), and at
//! the crossing the call that wraps it in a CPython callable.
//!
//! A trampoline calls the instance inside a landing pad: an exception the
//! function raises must not unwind through CPython's C frames, so the pad
//! hands it to the VM (`taipan_vm_native_exception`), which raises it in
//! CPython and, when it comes back, raises the same instance again.
//!
//! What this module does not own: which functions may cross (typeinfer),
//! the callable CPython sees and the exception's crossing (taipan-vm).

use super::*;
use taipan_abi::vm_names;
use taipan_typeinfer::{ArgumentSource, InstanceId};

impl<'a, 'ctx, 'p> FunctionEmitter<'a, 'ctx, 'p> {
    /// The CPython callable for `value`, a function value given as the
    /// argument `arg` of a call into CPython.
    pub(super) fn emit_native_function_for_cpython(&mut self, arg: &Expr, value: &Value<'ctx>) -> CodegenResult<PointerValue<'ctx>> {
        let Some(CallResolution::Bound { callee, params }) = self.instance.calls.get(&taipan_typeinfer::cpython_callback_key(arg.id)).cloned() else {
            return Err(CodegenError::new("a function handed to CPython has no instance for CPython's calls"));
        };
        let trampoline = self.gen.native_function_trampoline(callee, &params)?;
        let environment = match value.ty {
            Type::Closure { .. } => value.pointer()?,
            _ => self.ptr_type().const_null(),
        };
        let function = self.gen.typed.instance(callee).function;
        let (name, parameter_names) = self.callable_description(function);
        let arity = self.const_int(self.gen.program.function(function).params.len() as i64);
        let name = self.str_constant(&name);
        let parameter_names = self.str_constant(&parameter_names);
        let trampoline = trampoline.as_global_value().as_pointer_value();
        let callable = self.call_runtime_value(
            vm_names::taipan_vm_native_function,
            &[trampoline.into(), environment.into(), arity.into(), name.into(), parameter_names.into()],
            "native_function",
        )?;
        Ok(callable.into_pointer_value())
    }

    /// What a CPython callable for `function` shows: its name, qualified
    /// name, module and docstring, one per line (`taipan_vm_native_function`
    /// takes them so), and its parameters' names, one per line.
    pub(super) fn callable_description(&self, function: FunctionId) -> (String, String) {
        let def = self.gen.program.function(function);
        let module_name = &self.gen.program.module(def.module).name;
        let qualname = def.qualified_name.strip_prefix(&format!("{module_name}.")).unwrap_or(&def.qualified_name);
        let mut description = format!("{}\n{qualname}\n{module_name}", def.name);
        if let Some(doc) = &def.doc {
            description.push('\n');
            description.push_str(doc);
        }
        // A positional-only parameter's name is marked with a leading `/`:
        // a keyword argument may not name it.
        let parameter_names: Vec<String> = def
            .params
            .iter()
            .map(|param| match param.kind {
                taipan_parser_bridge::hir::ParamKind::PositionalOnly => format!("/{}", param.name),
                // A keyword-only parameter is marked with `*`, and `*?` when
                // it has a default.
                taipan_parser_bridge::hir::ParamKind::KeywordOnly if param.default.is_some() => format!("*?{}", param.name),
                taipan_parser_bridge::hir::ParamKind::KeywordOnly => format!("*{}", param.name),
                _ => param.name.clone(),
            })
            .collect();
        (description, parameter_names.join("\n"))
    }

    /// The body of the trampoline of `instance` (this emitter's own): loads
    /// the argument handles, calls the instance, returns its result as a
    /// handle, or null once a caught exception is handed to the VM.
    pub(crate) fn emit_native_function_trampoline(&mut self, instance: InstanceId, params: &[ArgumentSource]) -> CodegenResult<()> {
        let entry = self.append_block("entry");
        let caught = self.append_block("caught");
        self.builder.position_at_end(entry);
        let environment = self.function.get_nth_param(0).ok_or_else(|| CodegenError::new("a trampoline without its environment"))?.into_pointer_value();
        let arguments = self.function.get_nth_param(1).ok_or_else(|| CodegenError::new("a trampoline without its arguments"))?.into_pointer_value();
        let def = self.gen.program.function(self.gen.typed.instance(instance).function);
        let is_closure = def.is_closure;
        let mut positional = Vec::new();
        for index in 0..def.params.len() {
            let address = unsafe { self.builder.build_gep(self.ptr_type(), arguments, &[self.const_int(index as i64)], "argument.address")? };
            let handle = self.builder.build_load(self.ptr_type(), address, "argument")?;
            positional.push(Value::new(handle, Type::Foreign));
        }
        self.unwind_target = Some(caught);
        let result = self.emit_call_instance_in(instance, params, None, is_closure.then_some(environment), &positional, &[])?;
        if !result.is_never() && !self.is_terminated() {
            let handle = self.foreign_value(&result)?;
            self.builder.build_return(Some(&handle))?;
        }
        self.unwind_target = None;
        self.builder.position_at_end(caught);
        let exception = self.emit_landing_pad()?;
        self.call_runtime(vm_names::taipan_vm_native_exception, &[exception.into()], "")?;
        self.builder.build_return(Some(&self.ptr_type().const_null()))?;
        Ok(())
    }
}

impl<'ctx, 'p> ModuleGenerator<'ctx, 'p> {
    /// The trampoline of `instance`, emitted on first use.
    pub(crate) fn native_function_trampoline(&mut self, instance: InstanceId, params: &[ArgumentSource]) -> CodegenResult<FunctionValue<'ctx>> {
        if let Some(function) = self.native_function_trampolines.get(&instance) {
            return Ok(*function);
        }
        let pointer = self.context.ptr_type(inkwell::AddressSpace::default());
        let function_type = pointer.fn_type(&[pointer.into(), pointer.into()], false);
        let target_name = self.instance_functions[instance.0 as usize].get_name().to_string_lossy().into_owned();
        let function = self.module.add_function(&format!("{target_name}.from_cpython"), function_type, Some(inkwell::module::Linkage::Internal));
        self.native_function_trampolines.insert(instance, function);
        FunctionEmitter::new(self, instance.0 as usize, function, None).emit_native_function_trampoline(instance, params)?;
        Ok(function)
    }
}
