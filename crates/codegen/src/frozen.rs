//! The object code of a program that runs in the embedded CPython VM (tier 3):
//! constant data only, the marshalled code object of every module of the
//! program and a `taipan_abi::FrozenModule` table over them, plus a C `main`
//! that hands the table to `libtaipan_vm.a`.
//!
//! What to freeze, and compiling the modules to code objects, is the
//! driver's business (it asks the `python3` Taipan was built with); this
//! module only lays the bytes out with the ABI's layout.

use crate::module::{abi_struct_type, target_machine, CompiledModule, OptLevel};
use inkwell::context::Context;
use inkwell::module::Linkage;
use inkwell::targets::FileType;
use inkwell::values::{BasicValueEnum, PointerValue};
use inkwell::AddressSpace;

/// One module to freeze: its import name (`__main__` for the first), the
/// file its code came from, and its code object as `marshal.dumps` wrote it.
pub struct FrozenModuleImage {
    pub name: String,
    pub file: String,
    pub code: Vec<u8>,
    pub is_package: bool,
}

/// Emits the frozen program: `modules[0]` is the main module.
pub fn compile_frozen_program(modules: &[FrozenModuleImage], opt_level: OptLevel, want_assembly: bool) -> Result<CompiledModule, String> {
    let context = Context::create();
    let machine = target_machine(opt_level)?;
    let module = context.create_module("__main__");
    module.set_triple(&machine.get_triple());
    module.set_data_layout(&machine.get_target_data().get_data_layout());
    let i32_type = context.i32_type();
    let i64_type = context.i64_type();
    let ptr_type = context.ptr_type(AddressSpace::default());
    let entry_type = abi_struct_type(&context, taipan_abi::FROZEN_MODULE_FIELDS);

    let bytes_global = |label: &str, index: usize, bytes: &[u8]| -> PointerValue {
        let constant = context.const_string(bytes, false);
        let global = module.add_global(constant.get_type(), None, &format!("frozen.{label}.{index}"));
        global.set_initializer(&constant);
        global.set_constant(true);
        global.set_linkage(Linkage::Private);
        global.set_unnamed_addr(true);
        global.as_pointer_value()
    };
    let mut entries = Vec::with_capacity(modules.len());
    for (index, frozen) in modules.iter().enumerate() {
        let fields: [BasicValueEnum; 7] = [
            bytes_global("name", index, frozen.name.as_bytes()).into(),
            i64_type.const_int(frozen.name.len() as u64, false).into(),
            bytes_global("file", index, frozen.file.as_bytes()).into(),
            i64_type.const_int(frozen.file.len() as u64, false).into(),
            bytes_global("code", index, &frozen.code).into(),
            i64_type.const_int(frozen.code.len() as u64, false).into(),
            i64_type.const_int(frozen.is_package as u64, false).into(),
        ];
        entries.push(entry_type.const_named_struct(&fields));
    }
    let table_value = entry_type.const_array(&entries);
    let table = module.add_global(table_value.get_type(), None, "frozen.modules");
    table.set_initializer(&table_value);
    table.set_constant(true);
    table.set_linkage(Linkage::Private);

    // int main(int argc, char **argv) { return taipan_vm_run_frozen_program(argc, argv, table, count); }
    let run_type = i32_type.fn_type(&[i32_type.into(), ptr_type.into(), ptr_type.into(), i64_type.into()], false);
    let run = module.add_function(taipan_abi::VM_RUN_FROZEN_PROGRAM, run_type, Some(Linkage::External));
    let main_type = i32_type.fn_type(&[i32_type.into(), ptr_type.into()], false);
    let main = module.add_function("main", main_type, None);
    let builder = context.create_builder();
    builder.position_at_end(context.append_basic_block(main, "entry"));
    let argc = main.get_nth_param(0).ok_or("main has no argc")?;
    let argv = main.get_nth_param(1).ok_or("main has no argv")?;
    let count = i64_type.const_int(modules.len() as u64, false);
    let status = builder
        .build_call(run, &[argc.into(), argv.into(), table.as_pointer_value().into(), count.into()], "status")
        .map_err(|error| error.to_string())?
        .try_as_basic_value()
        .basic()
        .ok_or("the VM entry returns nothing")?;
    builder.build_return(Some(&status)).map_err(|error| error.to_string())?;
    module.verify().map_err(|message| format!("LLVM rejected the frozen program's IR: {}", message.to_string()))?;

    let ir = module.print_to_string().to_string();
    let assembly = if want_assembly {
        let buffer = machine.write_to_memory_buffer(&module, FileType::Assembly).map_err(|message| message.to_string())?;
        Some(String::from_utf8_lossy(buffer.as_slice()).into_owned())
    } else {
        None
    };
    let object = machine.write_to_memory_buffer(&module, FileType::Object).map_err(|message| message.to_string())?.as_slice().to_vec();
    Ok(CompiledModule::new(ir, assembly, object, true))
}
