//! codegen: LLVM IR for a typed program, and object code from it.
//!
//! Input is the HIR (`taipan_parser_bridge::hir`) with the types inference gave
//! it (`taipan_typeinfer::TypedProgram`); output is an LLVM module, printable as
//! IR or assembly or written as an object file. Every function instance becomes
//! one internal LLVM function with unboxed parameters (`i64`, `double`, `i1`,
//! `ptr` for str); the main module's top-level code becomes
//! `__main__.<module>`, called from the C `main` this crate also emits.
//!
//! This is the only crate that names inkwell. It knows the runtime only through
//! `taipan_abi`: the runtime's functions are declared from the ABI table, and str
//! literals are emitted as constant objects with the ABI's layout.
//!
//! Integer arithmetic goes through `ints` (the one seam that a later change to
//! arbitrary precision replaces). Errors are values: an LLVM failure or a state
//! inference should have ruled out becomes an internal-error diagnostic.

mod emit;
mod frozen;
mod ints;
mod module;

pub use frozen::{compile_frozen_program, FrozenModuleImage};
pub use module::{compile_extension, compile_program, CompiledModule, OptLevel};

#[cfg(test)]
mod layout_tests;
