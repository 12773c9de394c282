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
use crate::types::{Container, Type};
use taipan_parser_bridge::hir::{ClassId, FunctionId, GlobalKind, MethodKind, ModuleId, ParamKind, Program, TypeHint};

/// Whether a parameter of this type takes a CPython argument by exact
/// conversion (or, for `Foreign`, as itself).
pub fn converts_from_cpython(ty: &Type) -> bool {
    match ty {
        Type::Int | Type::Float | Type::Bool | Type::Str | Type::None | Type::Foreign => true,
        // An instance of one of the module's classes, as its CPython
        // wrapper (a class without a CPython type has no wrappers, so no
        // argument fits it); a class, as its type (a class method's `cls`).
        Type::Instance { .. } | Type::Class { .. } => true,
        Type::Tuple(members) => members.iter().all(converts_from_cpython),
        Type::List(container) | Type::Set(container) | Type::FrozenSet(container) => converts_from_cpython(container.element()),
        Type::VarTuple(element) => converts_from_cpython(element),
        Type::Dict(container) => converts_from_cpython(container.element()) && converts_from_cpython(container.value()),
        _ => false,
    }
}

/// Whether CPython can call this function at all: a top-level `def` with
/// positional and keyword-only parameters (defaults allowed), no closure.
pub fn callable_from_cpython(program: &Program, function: FunctionId) -> bool {
    let def = program.function(function);
    def.params.iter().all(|param| matches!(param.kind, ParamKind::Normal | ParamKind::PositionalOnly | ParamKind::KeywordOnly)) && !def.is_closure
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

/// Whether the definitions of `module` are exported: the main module, and
/// when it is a package (`taipan ext pkg/`), each module of the package.
pub fn is_exported_module(program: &Program, module: ModuleId) -> bool {
    if module == program.main_module {
        return true;
    }
    let main_name = &program.module(program.main_module).name;
    program.module(module).name.strip_prefix(main_name.as_str()).is_some_and(|rest| rest.starts_with('.'))
}

/// The exported modules (`is_exported_module`): the main module first,
/// then the package's modules by name, so that a package comes before its
/// submodules.
pub fn exported_modules(program: &Program) -> Vec<ModuleId> {
    let mut modules: Vec<ModuleId> = (0..program.modules.len() as u32).map(ModuleId).filter(|module| *module != program.main_module && is_exported_module(program, *module)).collect();
    modules.sort_by(|left, right| program.module(*left).name.cmp(&program.module(*right).name));
    modules.insert(0, program.main_module);
    modules
}

/// The classes of the main module that become CPython types: those
/// defined at its top level, with at most one base, that are not
/// exceptions (which cross as CPython's exceptions) or enums; in the
/// program's order, so a base comes before its subclasses.
pub fn exported_classes(program: &Program, typed: &TypedProgram) -> Vec<ClassId> {
    exported_classes_in(program, &typed.class_table)
}

/// `exported_classes`, before inference: what inference counts as
/// instantiated in an extension module, since CPython may make instances
/// of any of them (a method's dispatch must not assume only the classes
/// the module's own code constructs).
pub fn exported_classes_in(program: &Program, class_table: &crate::classes::ClassTable) -> Vec<ClassId> {
    let mut exported = Vec::new();
    for global in &program.globals {
        let GlobalKind::Class(class) = global.kind else { continue };
        let def = program.class(class);
        if !is_exported_module(program, global.module)
            || def.builtin
            || def.enum_members.is_some()
            || class_table.is_subclass(class, crate::BASE_EXCEPTION)
            || exported.contains(&class)
        {
            continue;
        }
        exported.push(class);
    }
    // A class with several bases is a CPython type over all of theirs: each
    // must be one too.
    loop {
        let before = exported.len();
        let kept: Vec<ClassId> = exported.iter().copied().filter(|class| {
            let bases = &program.class(*class).bases;
            bases.len() <= 1 || bases.iter().all(|base| exported.contains(base))
        }).collect();
        exported = kept;
        if exported.len() == before {
            break;
        }
    }
    bases_first(program, exported)
}

/// `classes` reordered so that each comes after the classes of the list it
/// derives from (the modules of a package are in import order, not in the
/// order their classes derive).
fn bases_first(program: &Program, mut classes: Vec<ClassId>) -> Vec<ClassId> {
    let mut ordered: Vec<ClassId> = Vec::new();
    while !classes.is_empty() {
        let ready = classes.iter().position(|class| program.class(*class).bases.iter().all(|base| !classes.contains(base) || ordered.contains(base))).unwrap_or(0);
        ordered.push(classes.remove(ready));
    }
    ordered
}

/// The exception classes of the main module that become CPython exception
/// types: those defined at its top level with one base, in the program's
/// order (a base before its subclasses).
pub fn exported_exception_classes(program: &Program, typed: &TypedProgram) -> Vec<ClassId> {
    let mut exported = Vec::new();
    for global in &program.globals {
        let GlobalKind::Class(class) = global.kind else { continue };
        let def = program.class(class);
        if is_exported_module(program, global.module) && !def.builtin && def.bases.len() == 1 && typed.class_table.is_subclass(class, crate::BASE_EXCEPTION) && !exported.contains(&class) {
            exported.push(class);
        }
    }
    bases_first(program, exported)
}

/// Whether some instance of `function` takes CPython's arguments: each
/// parameter converts, the result converts back, and no container copied
/// in is kept (see `kept_arguments`).
pub fn has_crossing_instance(program: &Program, typed: &TypedProgram, function: FunctionId) -> bool {
    typed.instances.iter().enumerate().any(|(id, instance)| {
        instance.function == function
            && instance.environment.is_none()
            && instance.arg_types.iter().all(converts_from_cpython)
            && result_converts_to_cpython(&instance.return_type)
            && !crate::kept_arguments::keeps_a_copied_argument(program, typed, crate::InstanceId(id as u32))
    })
}

/// The special methods CPython calls with one operand, which return
/// NotImplemented for an operand they do not take.
pub fn is_binary_special_method(name: &str) -> bool {
    const NAMES: &[&str] = &[
        "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__",
        "__matmul__", "__and__", "__or__", "__xor__", "__lshift__", "__rshift__", "__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__",
        "__rmod__", "__rpow__", "__rmatmul__", "__rand__", "__ror__", "__rxor__", "__rlshift__", "__rrshift__", "__iadd__", "__isub__", "__imul__",
        "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__imatmul__", "__iand__", "__ior__", "__ixor__", "__ilshift__", "__irshift__",
    ];
    NAMES.contains(&name)
}

/// The instances the boxed path asks inference for: each top-level
/// function of the main module, and each method of an exported class, that
/// CPython could call but no instance of which takes CPython's arguments,
/// with the argument types of the instance wanted (CPython objects; an
/// instance of the class for `self`), in the program's order.
///
/// A function whose parameters are annotated gets an instance for the
/// annotated types instead (`hinted_arguments`); its version for CPython
/// objects is one of `fallback_entries`.
pub fn boxed_entries(program: &Program, typed: &TypedProgram) -> Vec<(FunctionId, Vec<Type>)> {
    let mut entries = Vec::new();
    let exported = exported_classes(program, typed);
    let has_instance_for = |function: FunctionId, types: &[Type]| typed.instances.iter().any(|instance| instance.function == function && instance.arg_types == types);
    for global in &program.globals {
        let GlobalKind::Function(function) = global.kind else { continue };
        if !is_exported_module(program, global.module) || !callable_from_cpython(program, function) {
            continue;
        }
        let hinted = hinted_arguments(program, &exported, function, None);
        if let Some(types) = hinted {
            if !has_instance_for(function, &types) {
                entries.push((function, types));
            }
            // Its version for CPython objects is a `fallback_entries` one.
            continue;
        }
        if has_crossing_instance(program, typed, function) {
            continue;
        }
        entries.push((function, vec![Type::Foreign; program.function(function).params.len()]));
    }
    for class in exported_classes(program, typed) {
        for method in program.class(class).methods.values() {
            let function = method.function;
            let arity = program.function(function).params.len();
            let name = &program.function(function).name;
            // `__exit__` is mostly compiled for no exception (the module's
            // own `with` blocks end normally): CPython passes one when the
            // block raised.
            // `==` and `!=` meet any operand from CPython (`obj == None`,
            // `x in [1, obj]`): an instance for CPython objects, when it
            // infers, runs the source's own test on it rather than fall back
            // to identity (NotImplemented).
            let any_operand = (name == "__exit__" && arity == 4) || ((name == "__eq__" || name == "__ne__") && arity == 2);
            if any_operand && method.kind == MethodKind::Instance {
                // Another instance of the class first: the trampoline tries
                // instances in order.
                if name != "__exit__" && !has_crossing_instance(program, typed, function) {
                    entries.push((function, vec![Type::Instance { class: class.0, or_none: false }; 2]));
                }
                let mut types = vec![Type::Instance { class: class.0, or_none: false }];
                types.extend(std::iter::repeat(Type::Foreign).take(arity - 1));
                if !typed.instances.iter().any(|instance| instance.function == function && instance.arg_types == types) {
                    entries.push((function, types));
                }
                continue;
            }
            if !callable_from_cpython(program, function) {
                continue;
            }
            let hinted = match method.kind {
                MethodKind::Static => hinted_arguments(program, &exported, function, None),
                MethodKind::Class if arity >= 1 => hinted_arguments(program, &exported, function, Some(class)).map(|mut types| {
                    types[0] = Type::Class { class: class.0 };
                    types
                }),
                MethodKind::Instance | MethodKind::Property | MethodKind::PropertySetter if arity >= 1 && !is_binary_special_method(name) => {
                    hinted_arguments(program, &exported, function, Some(class))
                }
                _ => None,
            };
            if hinted.is_none() && has_crossing_instance(program, typed, function) {
                continue;
            }
            if let Some(types) = hinted {
                if !has_instance_for(function, &types) {
                    entries.push((function, types));
                }
                continue;
            }
            let arg_types = match method.kind {
                MethodKind::Static => vec![Type::Foreign; arity],
                // A binary special method takes another instance of its
                // class, as it mostly does (`v + w`); CPython gets
                // NotImplemented for other operands.
                MethodKind::Instance if arity == 2 && is_binary_special_method(&program.function(function).name) => {
                    vec![Type::Instance { class: class.0, or_none: false }; 2]
                }
                MethodKind::Instance | MethodKind::Property | MethodKind::PropertySetter if arity >= 1 => {
                    let mut types = vec![Type::Instance { class: class.0, or_none: false }];
                    types.extend(std::iter::repeat(Type::Foreign).take(arity - 1));
                    types
                }
                MethodKind::Class if arity >= 1 => {
                    let mut types = vec![Type::Class { class: class.0 }];
                    types.extend(std::iter::repeat(Type::Foreign).take(arity - 1));
                    types
                }
                _ => continue,
            };
            if !has_instance_for(function, &arg_types) {
                entries.push((function, arg_types));
            }
        }
    }
    entries
}

/// The versions for CPython objects of the top-level functions and static
/// methods whose parameters are annotated: the trampoline tries instances
/// with fewer CPython objects first, so annotated calls run typed and any
/// other arguments (an int for a `float` parameter, an int beyond 64 bits)
/// run exactly through these. The driver keeps one only where it changes
/// no global's or field's type: one that stores its argument into a global
/// list would make every use of that list work on CPython objects. Methods
/// get none, since with `self` typed what they store into fields would.
pub fn fallback_entries(program: &Program, typed: &TypedProgram) -> Vec<(FunctionId, Vec<Type>)> {
    let exported = exported_classes(program, typed);
    let mut functions = Vec::new();
    for global in &program.globals {
        if let GlobalKind::Function(function) = global.kind {
            if is_exported_module(program, global.module) {
                functions.push(function);
            }
        }
    }
    for class in &exported {
        functions.extend(program.class(*class).methods.values().filter(|method| method.kind == MethodKind::Static).map(|method| method.function));
    }
    functions
        .into_iter()
        .filter(|function| callable_from_cpython(program, *function) && hinted_arguments(program, &exported, *function, None).is_some())
        .map(|function| (function, vec![Type::Foreign; program.function(function).params.len()]))
        .filter(|(function, types)| !typed.instances.iter().any(|instance| instance.function == *function && instance.arg_types == *types))
        .collect()
}

/// The argument types a function's annotations give (`self` an instance
/// of `self_class` for a method): a parameter without a usable annotation
/// takes CPython objects. None when no parameter but `self` has one.
pub fn hinted_arguments(program: &Program, exported: &[ClassId], function: FunctionId, self_class: Option<ClassId>) -> Option<Vec<Type>> {
    let def = program.function(function);
    let mut types = Vec::new();
    let mut any_hint = false;
    for (index, param) in def.params.iter().enumerate() {
        if index == 0 {
            if let Some(class) = self_class {
                types.push(Type::Instance { class: class.0, or_none: false });
                continue;
            }
        }
        match param.hint.as_ref().and_then(|hint| hinted_type(program, exported, def.module, hint)) {
            Some(ty) => {
                any_hint = true;
                types.push(ty);
            }
            None => types.push(Type::Foreign),
        }
    }
    any_hint.then_some(types)
}

/// The type a hint names, as a parameter of a function in `module` takes
/// it from CPython: None where it names nothing that converts (a class
/// that is not exported or not found, an optional int).
fn hinted_type(program: &Program, exported: &[ClassId], module: ModuleId, hint: &TypeHint) -> Option<Type> {
    let element = |hint: &TypeHint| hinted_type(program, exported, module, hint);
    let ty = match hint {
        TypeHint::Int => Type::Int,
        TypeHint::Float => Type::Float,
        TypeHint::Bool => Type::Bool,
        TypeHint::Str => Type::Str,
        TypeHint::None => Type::None,
        TypeHint::List(item) => Type::List(Container::structural(vec![element(item)?])),
        TypeHint::Set(item) => Type::Set(Container::structural(vec![element(item)?])),
        TypeHint::FrozenSet(item) => Type::FrozenSet(Container::structural(vec![element(item)?])),
        TypeHint::Dict(key, value) => Type::Dict(Container::structural(vec![element(key)?, element(value)?])),
        TypeHint::Tuple(members) => Type::Tuple(members.iter().map(element).collect::<Option<Vec<_>>>()?),
        TypeHint::VarTuple(item) => Type::VarTuple(Box::new(element(item)?)),
        TypeHint::Optional(inner) => match element(inner)? {
            Type::Instance { class, .. } => Type::Instance { class, or_none: true },
            _ => return None,
        },
        TypeHint::Class(name) => Type::Instance { class: class_named(program, exported, module, name)?.0, or_none: false },
    };
    converts_from_cpython(&ty).then_some(ty)
}

/// The exported class a name in `module` stands for: the class bound to
/// that global there, else the one exported class of that name.
fn class_named(program: &Program, exported: &[ClassId], module: ModuleId, name: &str) -> Option<ClassId> {
    let bound = program.globals.iter().find_map(|global| match global.kind {
        GlobalKind::Class(class) if global.module == module && global.name == name => Some(class),
        _ => None,
    });
    if let Some(class) = bound {
        return exported.contains(&class).then_some(class);
    }
    let mut named = exported.iter().copied().filter(|class| program.class(*class).name == name);
    match (named.next(), named.next()) {
        (Some(class), None) => Some(class),
        _ => None,
    }
}
