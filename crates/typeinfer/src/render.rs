//! A plain-text rendering of inferred types, for `taipan check --types` and the
//! type-inference snapshot tests.

use crate::infer::TypedProgram;
use std::fmt::Write;
use taipan_parser_bridge::hir::Program;

/// One block per function instance: its signature, then each local's type.
pub fn render_types(program: &Program, typed: &TypedProgram) -> String {
    let mut out = String::new();
    for instance in &typed.instances {
        let function = program.function(instance.function);
        if function.is_module_init {
            let _ = writeln!(out, "module {}", program.module(function.module).name);
            continue;
        }
        let params: Vec<String> = function
            .params
            .iter()
            .zip(&instance.arg_types)
            .map(|(param, t)| format!("{}: {}", param.name, t))
            .collect();
        let _ = writeln!(out, "def {}({}) -> {}", function.name, params.join(", "), instance.return_type);
        for (local, local_type) in function.locals.iter().zip(&instance.local_types).skip(function.params.len()) {
            let _ = writeln!(out, "    {}: {}", local.name, local_type);
        }
    }
    let mut globals: Vec<String> = Vec::new();
    for (global, global_type) in program.globals.iter().zip(&typed.global_types) {
        if matches!(global.kind, taipan_parser_bridge::hir::GlobalKind::Variable) {
            globals.push(format!("    {}: {}", global.name, global_type));
        }
    }
    if !globals.is_empty() {
        let _ = writeln!(out, "globals:");
        for line in globals {
            let _ = writeln!(out, "{line}");
        }
    }
    out
}
