//! parser-bridge: the front door of the compiler.
//!
//! It owns three things: the source files and their line tables (`source`), the
//! diagnostics every stage reports through (`diagnostics`), and Taipan's own
//! high-level IR (`hir`) together with the lowering from rustpython's AST into it
//! (`lower`). The HIR carries a source span on every node, has every name
//! resolved to a local, a global or a builtin, and has the surface forms that later
//! stages would otherwise each re-derive (`elif` chains, `global` declarations,
//! keyword arguments) already put into one shape.
//!
//! It does not know about types, LLVM or the runtime. It is the only crate that
//! names `rustpython_parser`: every later stage sees the HIR alone.

pub mod diagnostics;
mod dataclasses;
mod format_template;
mod percent_template;
mod type_hints;
pub mod hir;
mod lower;
mod modules;
pub mod source;

pub use diagnostics::{Diagnostic, DiagnosticKind, Label, Severity};
pub use lower::{lower_program, lower_program_named, lower_program_with, Lowered};
pub use source::{SourceFile, SourceMap};
