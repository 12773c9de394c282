//! taipan-runtime: the library every Taipan executable links.
//!
//! It owns what generated code does not do inline: allocation through the Boehm
//! collector (`gc`), the buffered standard output (`output`), str objects and
//! their methods (`strings`), the numeric operations whose CPython semantics are
//! too long to emit inline (`numbers`), float printing (`float_repr`), raising
//! Python exceptions (`exceptions`), the generic descriptor-driven value
//! operations (`values`), and the containers: lists (`lists`), dicts
//! (`dicts`), sets (`sets`) and the str methods that make or take lists
//! (`str_lists`), and the str predicates and case transforms defined by
//! Unicode properties (`str_unicode`, over tables generated from CPython in
//! `unicode_tables` and `unicode_property_tables`). Every function generated
//! code calls is declared once, in `taipan_abi::for_each_runtime_function!`,
//! and `abi_check` makes this crate fail to compile if a definition here
//! drifts from it.
//!
//! The runtime depends on no compiler crate: only on `taipan-abi`.
//!
//! Invariant: every buffer that may hold a pointer to a Python object comes
//! from the collector, never from Rust's allocator, or the collector cannot see
//! the pointer and may free the object.

#![allow(clippy::missing_safety_doc)]

mod abi_check;
pub mod ascii_words;
pub mod exceptions;
pub mod float_repr;
pub mod foreign;
pub mod format_spec;
pub mod dicts;
pub mod dynamic;
pub mod gc;
pub mod generators;
pub mod instances;
pub mod lists;
pub mod name_errors;
pub mod native_modules;
pub mod numbers;
pub mod output;
pub mod sets;
pub mod str_lists;
pub mod str_unicode;
pub mod strings;
mod unicode_property_tables;
mod unicode_tables;
pub mod values;

/// Called by the generated `main` before any module code runs.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_runtime_init(argc: i32, argv: *const *const u8) {
    gc::init();
    native_modules::record_arguments(argc, argv);
}

/// Called by the generated `main` after the main module's code finishes.
#[no_mangle]
pub extern "C-unwind" fn taipan_runtime_exit() {
    output::flush_stdout();
}

/// Every exported function under one path, for `abi_check`.
mod exported {
    pub use crate::exceptions::{
        taipan_exception_caught, taipan_raise, taipan_raise_instance, taipan_raise_recursion_error, taipan_register_exception_classes,
    };
    pub use crate::dynamic::{
        taipan_dynamic_binary, taipan_dynamic_box, taipan_dynamic_box_optional, taipan_dynamic_optional_slot, taipan_dynamic_compare, taipan_dynamic_compare_slot, taipan_dynamic_format, taipan_dynamic_percent, taipan_dynamic_get_item, taipan_dynamic_next, taipan_dynamic_round, taipan_dynamic_to_float, taipan_dynamic_to_int, taipan_dynamic_hash, taipan_dynamic_len, taipan_dynamic_abs, taipan_dynamic_negate, taipan_dynamic_unary, taipan_dynamic_is,
        taipan_dynamic_repr, taipan_dynamic_str, taipan_dynamic_truth, taipan_dynamic_type_name, taipan_dynamic_unbox, taipan_dynamic_instance, taipan_dynamic_not_callable, taipan_name_index, taipan_raise_special_attribute, taipan_raise_untracked_attribute_store,
    };
    pub use crate::gc::taipan_frame_new;
    pub use crate::generators::{taipan_generator_raised, taipan_generator_repr};
    pub use crate::instances::{taipan_instance_delete_extra, taipan_instance_forget_attribute, taipan_instance_get_extra, taipan_instance_set_extra, taipan_instance_new, taipan_instance_note_attribute, taipan_instance_repr, taipan_instance_str, taipan_instance_truth, taipan_instances_compare, taipan_raise_attribute_error};
    pub use crate::name_errors::taipan_raise_name_error;
    pub use crate::native_modules::*;
    pub use crate::format_spec::{taipan_format_bool, taipan_format_float, taipan_format_int, taipan_format_str};
    pub use crate::numbers::*;
    pub use crate::output::*;
    pub use crate::strings::*;
    pub use crate::values::{
        taipan_hash_tuple_lanes, taipan_tuple_new, taipan_value_compare, taipan_value_equal, taipan_value_hash, taipan_value_repr,
        taipan_write_value,
    };
    pub use crate::lists::*;
    pub use crate::dicts::*;
    pub use crate::sets::*;
    pub use crate::str_lists::{taipan_str_join, taipan_str_slice, taipan_str_split, taipan_str_split_next, taipan_str_splitlines};
    pub use crate::str_unicode::{taipan_str_predicate, taipan_str_transform};
    pub use crate::{taipan_runtime_exit, taipan_runtime_init};
}
