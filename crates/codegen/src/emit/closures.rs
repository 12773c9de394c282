//! Closures: the frames of functions whose variables nested functions use,
//! the slots of free variables, and the values `def` and `lambda` make.
//!
//! A function with cells (`Function::has_frame`) allocates a frame on every
//! call (`taipan_frame_new`): a heap object the collector scans, laid out as an
//! LLVM struct of the parent frame (the function's own environment when it is
//! a closure, else null), then each cell's bound flag and value. A cell's
//! local slot points into the frame instead of the stack, so the function's
//! own code reads and writes it as any other local.
//!
//! The value of a closure is the frame of the call that ran its `def`: one
//! pointer, shared by every closure that call makes, so all of them see the
//! same variables, later assignments included (CPython's cells, grouped per
//! call). A closure's instance takes that frame as a hidden parameter after the
//! depth, and each free variable's slot points into the frame `depth`
//! environments out; `nonlocal` assignments write there.
//!
//! Which variables are cells and free variables is parser-bridge's decision,
//! their types inference's; this module only lays them out.

use super::*;
use inkwell::types::{BasicTypeEnum, StructType};
use taipan_typeinfer::InstanceId;

/// Where a cell lives in its frame struct.
pub(super) struct FrameField {
    pub bound: u32,
    /// Absent for a value with no representation (None, a plain function).
    pub value: Option<u32>,
}

/// The frame struct's field holding the parent frame.
const PARENT_FIELD: u32 = 0;

impl<'a, 'ctx, 'p> FunctionEmitter<'a, 'ctx, 'p> {
    /// The frame struct of a call of `instance`, and each cell's fields.
    pub(super) fn frame_layout(&self, instance: InstanceId) -> (StructType<'ctx>, indexmap::IndexMap<LocalId, FrameField>) {
        let typed = self.gen.typed;
        let callee = typed.instance(instance);
        let def = self.gen.program.function(callee.function);
        let mut fields: Vec<BasicTypeEnum<'ctx>> = vec![self.ptr_type().into()];
        let mut cells = indexmap::IndexMap::new();
        for local in &def.cells {
            let local_type = &callee.local_types[local.0 as usize];
            let bound = fields.len() as u32;
            fields.push(self.gen.context.bool_type().into());
            let value = if ModuleGenerator::has_value(local_type) {
                fields.push(self.gen.llvm_type(local_type));
                Some(fields.len() as u32 - 1)
            } else {
                None
            };
            cells.insert(*local, FrameField { bound, value });
        }
        (self.gen.context.struct_type(&fields, false), cells)
    }

    /// At entry, before the parameters are stored: allocates this call's
    /// frame and points the cells' slots into it, and points each free
    /// variable's slots into the enclosing frame that holds it.
    pub(super) fn set_up_closure_slots(&mut self) -> CodegenResult<()> {
        let def = self.def;
        if def.is_closure {
            let index = if def.is_module_init { 0 } else { 1 };
            let environment = self.function.get_nth_param(index).ok_or_else(|| CodegenError::new("a closure without its environment parameter"))?;
            environment.set_name("environment");
            self.environment = Some(environment.into_pointer_value());
        }
        if def.has_frame {
            let (frame_type, cells) = self.frame_layout(self.instance_id);
            let size = frame_type.size_of().ok_or_else(|| CodegenError::new("a frame without a size"))?;
            let frame = self.call_runtime_value(names::taipan_frame_new, &[size.into()], "frame")?.into_pointer_value();
            let parent = self.environment.unwrap_or_else(|| self.ptr_type().const_null());
            let parent_slot = self.builder.build_struct_gep(frame_type, frame, PARENT_FIELD, "frame.parent")?;
            self.builder.build_store(parent_slot, parent)?;
            for (local, field) in cells {
                let name = &def.locals[local.0 as usize].name;
                let value = match field.value {
                    Some(index) => Some(self.builder.build_struct_gep(frame_type, frame, index, &format!("{name}.cell"))?),
                    None => None,
                };
                let bound = self.builder.build_struct_gep(frame_type, frame, field.bound, &format!("{name}.cell_bound"))?;
                self.locals[local.0 as usize] = LocalSlot { value, bound: Some(bound) };
            }
            self.frame = Some(frame);
        }
        for capture in &def.captures {
            let ancestor = self
                .gen
                .typed
                .ancestor_instance(self.instance_id, capture.depth)
                .ok_or_else(|| CodegenError::new("a free variable without its enclosing instance"))?;
            let mut frame = self.environment.ok_or_else(|| CodegenError::new("a free variable in a function that is not a closure"))?;
            for _ in 1..capture.depth {
                // The parent field is the frame's first.
                frame = self.builder.build_load(self.ptr_type(), frame, "frame.parent")?.into_pointer_value();
            }
            let (frame_type, cells) = self.frame_layout(ancestor);
            let field = cells.get(&capture.enclosing_local).ok_or_else(|| CodegenError::new("a free variable that is not a cell of its enclosing function"))?;
            let own_type = &self.instance.local_types[capture.local.0 as usize];
            let enclosing_type = &self.gen.typed.instance(ancestor).local_types[capture.enclosing_local.0 as usize];
            if own_type != enclosing_type {
                return Err(CodegenError::new(format!("a free variable typed {own_type} where its cell is typed {enclosing_type}")));
            }
            let name = &def.locals[capture.local.0 as usize].name;
            let value = match field.value {
                Some(index) => Some(self.builder.build_struct_gep(frame_type, frame, index, &format!("{name}.free"))?),
                None => None,
            };
            let bound = self.builder.build_struct_gep(frame_type, frame, field.bound, &format!("{name}.free_bound"))?;
            self.locals[capture.local.0 as usize] = LocalSlot { value, bound: Some(bound) };
        }
        Ok(())
    }

    /// The value a `def` or `lambda` of `function` makes here, of type `ty`
    /// (as inference typed the expression or the variable it is bound to).
    pub(super) fn function_value(&mut self, function: FunctionId, ty: &Type) -> CodegenResult<Value<'ctx>> {
        if !self.gen.program.function(function).is_closure {
            return Ok(Value { llvm: None, ty: Type::Function(function.0) });
        }
        let frame = self.frame.ok_or_else(|| CodegenError::new("a closure made by a function without a frame"))?;
        match ty {
            Type::Closure { function: typed_function, .. } if *typed_function == function.0 => Ok(Value::new(frame, ty.clone())),
            Type::Unknown => Ok(Value::never()),
            other => Err(CodegenError::new(format!("a closure's value typed {other}"))),
        }
    }

    /// The default of parameter `index` of a closure's instance `callee`,
    /// read from the frame that is the closure's environment.
    pub(super) fn closure_default(&mut self, callee: InstanceId, index: usize, environment: PointerValue<'ctx>) -> CodegenResult<BasicValueEnum<'ctx>> {
        let callee_instance = self.gen.typed.instance(callee);
        let def = self.gen.program.function(callee_instance.function);
        let local = def.params[index].default_local.ok_or_else(|| CodegenError::new("a closure's default without its cell"))?;
        let enclosing = callee_instance.environment.ok_or_else(|| CodegenError::new("a closure instance without its environment"))?;
        let (frame_type, cells) = self.frame_layout(enclosing);
        let field = cells.get(&local).and_then(|field| field.value).ok_or_else(|| CodegenError::new("a default that is not a cell"))?;
        let param_type = callee_instance.arg_types[index].clone();
        let cell_type = &self.gen.typed.instance(enclosing).local_types[local.0 as usize];
        if *cell_type != param_type {
            return Err(CodegenError::new(format!("a default typed {param_type} where its cell is typed {cell_type}")));
        }
        let slot = self.builder.build_struct_gep(frame_type, environment, field, "default.cell")?;
        Ok(self.builder.build_load(self.gen.llvm_type(&param_type), slot, "default")?)
    }
}
