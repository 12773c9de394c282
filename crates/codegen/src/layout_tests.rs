//! The ABI test that ties codegen's view of runtime objects to the runtime's:
//! LLVM's offsets and size of the str object, built from the ABI's field list,
//! must equal Rust's for `taipan_abi::StrObject`.

use crate::module::str_struct_type;
use inkwell::context::Context;
use inkwell::targets::{InitializationConfig, Target, TargetMachine};

#[test]
fn object_layouts_match_runtime() {
    Target::initialize_native(&InitializationConfig::default()).expect("native target");
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).expect("target");
    let machine = target
        .create_target_machine(
            &triple,
            "generic",
            "",
            inkwell::OptimizationLevel::None,
            inkwell::targets::RelocMode::PIC,
            inkwell::targets::CodeModel::Default,
        )
        .expect("target machine");
    let data = machine.get_target_data();
    let context = Context::create();
    let struct_type = str_struct_type(&context);
    let rust_offsets = taipan_abi::str_object_offsets();
    for (index, rust_offset) in rust_offsets.iter().enumerate() {
        let llvm_offset = data.offset_of_element(&struct_type, index as u32).expect("field exists");
        assert_eq!(
            llvm_offset as usize, *rust_offset,
            "field {} of the str object",
            taipan_abi::STR_OBJECT_FIELDS[index].name
        );
    }
    assert_eq!(data.get_abi_size(&struct_type) as usize, std::mem::size_of::<taipan_abi::StrObject>());

    let list_type = crate::module::list_struct_type(&context);
    for (index, rust_offset) in taipan_abi::list_object_offsets().iter().enumerate() {
        assert_eq!(data.offset_of_element(&list_type, index as u32).expect("field exists") as usize, *rust_offset, "list field {index}");
    }
    assert_eq!(data.get_abi_size(&list_type) as usize, std::mem::size_of::<taipan_abi::ListObject>());
    let extension_field_type = crate::module::abi_struct_type(&context, taipan_abi::EXTENSION_FIELD_FIELDS);
    for (index, rust_offset) in taipan_abi::extension_field_offsets().iter().enumerate() {
        assert_eq!(data.offset_of_element(&extension_field_type, index as u32).expect("field exists") as usize, *rust_offset, "extension field {index}");
    }
    assert_eq!(data.get_abi_size(&extension_field_type) as usize, std::mem::size_of::<taipan_abi::ExtensionField>());
    let descriptor_type = crate::module::descriptor_struct_type(&context);
    for (index, rust_offset) in taipan_abi::type_descriptor_offsets().iter().enumerate() {
        assert_eq!(data.offset_of_element(&descriptor_type, index as u32).expect("field exists") as usize, *rust_offset, "descriptor field {index}");
    }
    assert_eq!(data.get_abi_size(&descriptor_type) as usize, std::mem::size_of::<taipan_abi::TypeDescriptor>());

    // Instances: the head generated code reads, then the field slots at
    // `INSTANCE_HEAD_SIZE`; the class descriptor codegen emits as a constant.
    let instance_fields: Vec<inkwell::types::BasicTypeEnum> =
        taipan_abi::INSTANCE_OBJECT_FIELDS.iter().map(|field| crate::module::abi_basic_type(&context, field.abi)).collect();
    let instance_type = context.struct_type(&instance_fields, false);
    for (index, rust_offset) in taipan_abi::instance_object_offsets().iter().enumerate() {
        assert_eq!(data.offset_of_element(&instance_type, index as u32).expect("field exists") as usize, *rust_offset, "instance field {index}");
    }
    assert_eq!(data.get_abi_size(&instance_type) as usize, taipan_abi::INSTANCE_HEAD_SIZE);
    let class_fields: Vec<inkwell::types::BasicTypeEnum> =
        taipan_abi::CLASS_DESCRIPTOR_FIELDS.iter().map(|field| crate::module::abi_basic_type(&context, field.abi)).collect();
    let class_type = context.struct_type(&class_fields, false);
    for (index, rust_offset) in taipan_abi::class_descriptor_offsets().iter().enumerate() {
        assert_eq!(data.offset_of_element(&class_type, index as u32).expect("field exists") as usize, *rust_offset, "class descriptor field {index}");
    }
    assert_eq!(data.get_abi_size(&class_type) as usize, std::mem::size_of::<taipan_abi::ClassDescriptor>());

    // A generator's promise: the fixed fields the runtime reads, then the
    // values codegen types per generator; it lies after the coroutine
    // frame's resume and destroy pointers.
    let i64_type = context.i64_type();
    let promise_type = crate::emit::promise_struct_type(&context, i64_type.into(), i64_type.into());
    for (index, rust_offset) in taipan_abi::generator_promise_offsets().iter().enumerate() {
        assert_eq!(data.offset_of_element(&promise_type, index as u32).expect("field exists") as usize, *rust_offset, "promise field {index}");
        let abi = crate::module::abi_basic_type(&context, taipan_abi::GENERATOR_PROMISE_FIELDS[index].abi);
        assert_eq!(promise_type.get_field_type_at_index(index as u32), Some(abi), "promise field {index} type");
    }
    assert_eq!(
        data.offset_of_element(&promise_type, taipan_abi::GENERATOR_PROMISE_FIELD_YIELDED).expect("field exists") as usize,
        std::mem::size_of::<taipan_abi::GeneratorPromise>()
    );
    assert_eq!(taipan_abi::GENERATOR_PROMISE_OFFSET as usize, 2 * std::mem::size_of::<usize>());

    let fields: Vec<inkwell::types::BasicTypeEnum> = taipan_abi::GLOBAL_NAME_ENTRY_FIELDS
        .iter()
        .map(|field| crate::module::abi_basic_type(&context, field.abi))
        .collect();
    let entry_type = context.struct_type(&fields, false);
    for (index, rust_offset) in taipan_abi::global_name_entry_offsets().iter().enumerate() {
        assert_eq!(data.offset_of_element(&entry_type, index as u32).expect("field exists") as usize, *rust_offset);
    }
    assert_eq!(data.get_abi_size(&entry_type) as usize, std::mem::size_of::<taipan_abi::GlobalNameEntry>());

    let fields: Vec<inkwell::types::BasicTypeEnum> =
        taipan_abi::SPLIT_CURSOR_FIELDS.iter().map(|field| crate::module::abi_basic_type(&context, field.abi)).collect();
    let cursor_type = context.struct_type(&fields, false);
    for (index, rust_offset) in taipan_abi::split_cursor_offsets().iter().enumerate() {
        assert_eq!(data.offset_of_element(&cursor_type, index as u32).expect("field exists") as usize, *rust_offset, "split cursor field {index}");
    }
    assert_eq!(data.get_abi_size(&cursor_type) as usize, std::mem::size_of::<taipan_abi::SplitCursor>());

    // A box of the dynamic tier, whose descriptor codegen reads inline.
    let box_type = crate::module::abi_struct_type(&context, taipan_abi::DYNAMIC_BOX_FIELDS);
    for (index, rust_offset) in taipan_abi::dynamic_box_offsets().iter().enumerate() {
        assert_eq!(data.offset_of_element(&box_type, index as u32).expect("field exists") as usize, *rust_offset, "box field {index}");
    }
    assert_eq!(data.get_abi_size(&box_type) as usize, std::mem::size_of::<taipan_abi::DynamicBox>());
    assert_eq!(taipan_abi::DYNAMIC_BOX_FIELDS[taipan_abi::DYNAMIC_BOX_FIELD_DESCRIPTOR as usize].name, "descriptor");
    assert_eq!(taipan_abi::DYNAMIC_BOX_FIELDS[taipan_abi::DYNAMIC_BOX_FIELD_SLOT as usize].name, "slot");

    // Codegen reserves a `ScratchStr` as whole words and reads its flags as
    // a str object's: the object must come first, and the size be words.
    assert_eq!(std::mem::offset_of!(taipan_abi::ScratchStr, object), 0);
    assert_eq!(std::mem::size_of::<taipan_abi::ScratchStr>() % 8, 0);
    assert_eq!(std::mem::align_of::<taipan_abi::ScratchStr>(), 8);
}

/// The frozen-module table that codegen emits for a program running in the
/// embedded VM, read by `taipan-vm`.
#[test]
fn frozen_module_layout_matches_the_abi() {
    Target::initialize_native(&InitializationConfig::default()).expect("native target");
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).expect("target");
    let machine = target
        .create_target_machine(&triple, "generic", "", inkwell::OptimizationLevel::None, inkwell::targets::RelocMode::PIC, inkwell::targets::CodeModel::Default)
        .expect("target machine");
    let data = machine.get_target_data();
    let context = Context::create();
    let table_type = crate::module::abi_struct_type(&context, taipan_abi::FROZEN_MODULE_FIELDS);
    for (index, rust_offset) in taipan_abi::frozen_module_offsets().iter().enumerate() {
        assert_eq!(data.offset_of_element(&table_type, index as u32).expect("field exists") as usize, *rust_offset, "frozen module field {index}");
    }
    assert_eq!(data.get_abi_size(&table_type) as usize, std::mem::size_of::<taipan_abi::FrozenModule>());
}
