//! Top-level definitions the embedded CPython runs (`ExprKind::VmDefinition`):
//! the module's globals they use are put into the module's CPython
//! namespace (native functions as callables, values converted, each only
//! when bound), CPython imports its own copies of modules Taipan provides
//! natively, and the definition's marshalled code object runs there. A store
//! to a global such definitions read (`TypedProgram::mirrored_globals`) is
//! copied into the namespace too, so CPython code reads what native code
//! wrote last.
//!
//! What this module does not own: the namespace and running the code
//! (taipan-vm), which definitions run there (the driver).

use super::*;
use taipan_abi::vm_names;

impl<'a, 'ctx, 'p> FunctionEmitter<'a, 'ctx, 'p> {
    pub(super) fn emit_vm_definition(&mut self, expr: &Expr, index: u32, uses: &[(String, Expr)]) -> CodegenResult<Value<'ctx>> {
        let program = self.gen.program;
        let definition = &program.vm_definitions[index as usize];
        let module_name = self.str_constant(&program.module(definition.module).name);
        for import in &definition.imports {
            let name = self.str_constant(&import.name);
            let imported = self.str_constant(&import.module);
            let member = match &import.member {
                Some(member) => self.str_constant(member),
                None => self.ptr_type().const_null(),
            };
            self.call_runtime(vm_names::taipan_vm_define_import, &[module_name.into(), name.into(), imported.into(), member.into()], "")?;
        }
        for (used, read) in uses {
            let ExprKind::Variable(Variable::Global(global)) = &read.kind else { continue };
            self.emit_define_global_if_bound(module_name, used, *global, Some(read))?;
        }
        let code = self.gen.bytes_constant(&format!("vm_definition.{index}"), &definition.code);
        let name = self.str_constant(&definition.name);
        let length = self.const_int(definition.code.len() as i64);
        let defined = self.call_runtime_value(vm_names::taipan_vm_define, &[module_name.into(), name.into(), code.into(), length.into()], "defined")?;
        let _ = expr;
        Ok(Value::new(defined, Type::Foreign))
    }

    /// Puts the global's value into its module's CPython namespace under
    /// `name` when it is bound (a `def`'s function always is: it needs no
    /// run-time data). `read` is the expression whose id inference recorded
    /// a function's instance for CPython under.
    fn emit_define_global_if_bound(&mut self, module_name: PointerValue<'ctx>, name: &str, global: GlobalId, read: Option<&Expr>) -> CodegenResult<()> {
        let info = self.gen.program.global(global);
        // An extension module's exported class is a CPython type, which the
        // definition uses as itself (`class Both(Base, Mixin)`).
        if let GlobalKind::Class(class) = info.kind {
            if taipan_typeinfer::types::class_crosses(class.0) {
                let descriptor_pointer = self.gen.class_descriptor(class)?;
                let slot_bits = self.builder.build_ptr_to_int(descriptor_pointer, self.i64_type(), "class_bits")?;
                let descriptor = self.gen.descriptor(&Type::Class { class: class.0 });
                let name_text = self.str_constant(name);
                self.call_runtime(vm_names::taipan_vm_define_global, &[module_name.into(), name_text.into(), slot_bits.into(), descriptor.into()], "")?;
            }
            return Ok(());
        }
        let global_type = match (info.kind, read) {
            (GlobalKind::Function(function), _) => Type::Function(function.0),
            (_, Some(read)) => self.expr_type(read),
            _ => self.gen.typed.global_types[global.0 as usize].clone(),
        };
        if global_type == Type::Unknown || matches!(info.kind, GlobalKind::Class(_) | GlobalKind::ModuleName) {
            return Ok(());
        }
        let slot = self.gen.global_slot(global);
        let defined = self.append_block("define.global");
        let done = self.append_block("define.done");
        match (slot.bound, info.kind) {
            (Some(flag), kind) if !matches!(kind, GlobalKind::Function(_)) => {
                let is_bound = self.builder.build_load(self.gen.context.bool_type(), flag.as_pointer_value(), "is_bound")?.into_int_value();
                self.builder.build_conditional_branch(is_bound, defined, done)?;
            }
            _ => {
                self.builder.build_unconditional_branch(defined)?;
            }
        }
        self.builder.position_at_end(defined);
        let value = match slot.value {
            Some(storage) if !matches!(info.kind, GlobalKind::Function(_)) => {
                let llvm = self.builder.build_load(self.gen.llvm_type(&global_type), storage.as_pointer_value(), name)?;
                Value { llvm: Some(llvm), ty: global_type.clone() }
            }
            _ => Value { llvm: None, ty: global_type.clone() },
        };
        let (slot_bits, descriptor) = if matches!(global_type, Type::Function(_) | Type::Closure { .. }) {
            let read = read.ok_or_else(|| CodegenError::new("a function global copied into CPython without its read"))?;
            let callable = self.emit_native_function_for_cpython(read, &value)?;
            (self.builder.build_ptr_to_int(callable, self.i64_type(), "object_bits")?, self.gen.descriptor(&Type::Foreign))
        } else {
            (self.to_slot(&value)?, self.gen.descriptor(&global_type))
        };
        let name_text = self.str_constant(name);
        self.call_runtime(vm_names::taipan_vm_define_global, &[module_name.into(), name_text.into(), slot_bits.into(), descriptor.into()], "")?;
        self.builder.build_unconditional_branch(done)?;
        self.builder.position_at_end(done);
        Ok(())
    }

    /// After a store to `global`: its new value goes into the module's
    /// CPython namespace when definitions run there read it.
    pub(super) fn emit_mirror_global(&mut self, global: GlobalId) -> CodegenResult<()> {
        if !self.gen.typed.mirrored_globals.contains(&global) {
            return Ok(());
        }
        let info = self.gen.program.global(global);
        let (module, name) = (info.module, info.name.clone());
        let module_name = self.str_constant(&self.gen.program.module(module).name.clone());
        self.emit_define_global_if_bound(module_name, &name, global, None)
    }
}

impl<'ctx, 'p> ModuleGenerator<'ctx, 'p> {
    /// A private constant array of `bytes`.
    pub(crate) fn bytes_constant(&mut self, label: &str, bytes: &[u8]) -> PointerValue<'ctx> {
        let constant = self.context.const_string(bytes, false);
        let global = self.module.add_global(constant.get_type(), None, label);
        global.set_initializer(&constant);
        global.set_constant(true);
        global.set_linkage(inkwell::module::Linkage::Private);
        global.set_unnamed_addr(true);
        global.as_pointer_value()
    }
}
