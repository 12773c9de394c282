//! typeinfer: whole-program type inference over the HIR.
//!
//! Inference is flow-based and whole-program, in the family of Shed Skin's:
//! starting from the main module's top-level code, every call site creates (or
//! reuses) an *instance* of the callee specialised to the tuple of its argument
//! types, and the analysis re-runs every instance until no type changes (a
//! fixpoint). A function called with ints in one place and floats in another
//! gets two instances, and codegen compiles each separately.
//!
//! The result, `TypedProgram`, gives a type to every expression, local variable
//! and global of every instance, and for every call the instance it calls and how
//! its arguments bind to parameters. This crate also owns the typing rules of
//! operators (`operators`), so that codegen asks the same questions instead of
//! re-deriving the answers.
//!
//! It does not know about LLVM, the runtime's object layouts or the command line.

pub mod classes;
pub mod extension_entries;
pub mod kept_arguments;
mod infer;
pub mod operators;
pub mod percent;
mod render;
pub mod tier_choice;
pub mod types;

pub use infer::containers::slice_indices;
pub use infer::reflection;
pub use infer::foreign::{builtin_argument_goes_to_cpython, cpython_callback_key, native_membership};
pub use infer::{
    call_error_name, constant_int, exponent_sign, tuple_binary, infer_program, infer_program_with_entries, missing_arguments_message, ArgumentSource, CallResolution, Dunder, Instance, InstanceId, MethodTarget, TypedProgram, BASE_EXCEPTION,
    EXCEPTION_ARGS_FIELD, EXCEPTION_STR_FIELD, PROTOCOL_METHODS, unary_method, is_class_name_attribute, function_name_attribute, in_place_method,
};
pub use render::render_types;
pub use types::Type;
