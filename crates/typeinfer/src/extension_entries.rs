//! What an extension module's functions can take from CPython, and which
//! of them need an instance for CPython objects: the boxed path.
//!
//! `taipan ext` compiles each top-level function for the argument types
//! the module's own calls give it. A function the module never calls, or
//! calls only with values CPython cannot pass (a function value, an
//! instance), would have no instance CPython could call. For those, the
//! driver asks inference for one more instance whose parameters are all
//! `Foreign`: CPython's objects themselves, on which native code works
//! through the bridge (`infer_program_with_entries`). This module names the
//! functions; it does not decide whether inference succeeds for them (the
//! driver drops an entry whose instance does not infer), and it knows
//! nothing of codegen.

use crate::infer::TypedProgram;
use crate::types::Type;
use taipan_parser_bridge::hir::{FunctionId, GlobalKind, ParamKind, Program};

/// Whether a parameter of this type takes a CPython argument by exact
/// conversion (or, for `Foreign`, as itself).
pub fn converts_from_cpython(ty: &Type) -> bool {
    match ty {
        Type::Int | Type::Float | Type::Bool | Type::Str | Type::None | Type::Foreign => true,
        // An instance of one of the module's classes, as its CPython
        // wrapper (a class without a CPython type has no wrappers, so no
        // argument fits it).
        Type::Instance { .. } => true,
        Type::Tuple(members) => members.iter().all(converts_from_cpython),
        Type::List(container) | Type::Set(container) | Type::FrozenSet(container) => converts_from_cpython(container.element()),
        Type::VarTuple(element) => converts_from_cpython(element),
        Type::Dict(container) => converts_from_cpython(container.element()) && converts_from_cpython(container.value()),
        _ => false,
    }
}

/// Whether CPython can call this function at all: a top-level `def` with
/// positional parameters only (defaults allowed), no closure.
pub fn callable_from_cpython(program: &Program, function: FunctionId) -> bool {
    let def = program.function(function);
    def.params.iter().all(|param| matches!(param.kind, ParamKind::Normal | ParamKind::PositionalOnly)) && !def.is_closure
}

/// Whether a function's result converts into a CPython object: anything
/// that crosses by copy, and a generator of such values (which becomes a
/// CPython iterator over the native generator).
pub fn result_converts_to_cpython(ty: &Type) -> bool {
    match ty {
        Type::Generator(container) => crosses_by_copy(container.element()) && crosses_by_copy(container.value()),
        _ => crosses_by_copy(ty),
    }
}

/// Whether a value converts into a CPython object by copy: scalars, strs,
/// ranges, CPython objects, and containers and boxes of these; and
/// instances, which cross as themselves (the wrapper of the instance; an
/// instance of a class without a CPython type raises TypeError there).
/// Functions, generators and views do not cross yet.
pub fn crosses_by_copy(ty: &Type) -> bool {
    match ty {
        Type::Int | Type::Float | Type::Bool | Type::Str | Type::None | Type::Foreign | Type::Range | Type::Unknown | Type::Instance { .. } => true,
        Type::Tuple(members) => members.iter().all(crosses_by_copy),
        Type::VarTuple(element) => crosses_by_copy(element),
        Type::List(container) | Type::Set(container) | Type::FrozenSet(container) => crosses_by_copy(container.element()),
        Type::Dict(container) => crosses_by_copy(container.element()) && crosses_by_copy(container.value()),
        Type::Union(_) => ty.members().iter().all(crosses_by_copy),
        _ => false,
    }
}

/// The main module's top-level functions CPython could call but no
/// instance of which takes CPython's arguments (or keeps none of its
/// container arguments, see `kept_arguments`): each gets an instance for
/// CPython objects, in the program's order.
pub fn functions_needing_boxed_entries(program: &Program, typed: &TypedProgram) -> Vec<FunctionId> {
    let mut needing = Vec::new();
    for global in &program.globals {
        let GlobalKind::Function(function) = global.kind else { continue };
        if global.module != program.main_module || !callable_from_cpython(program, function) {
            continue;
        }
        let has_crossing_instance = typed.instances.iter().enumerate().any(|(id, instance)| {
            instance.function == function
                && instance.environment.is_none()
                && instance.arg_types.iter().all(converts_from_cpython)
                && result_converts_to_cpython(&instance.return_type)
                && !crate::kept_arguments::keeps_a_copied_argument(program, typed, crate::InstanceId(id as u32))
        });
        if !has_crossing_instance {
            needing.push(function);
        }
    }
    needing
}
