//! Finding the modules of a program, and the modules Taipan provides natively.
//!
//! A module named `a.b` is `a/b.py` or `a/b/__init__.py` under the main
//! module's directory, as CPython finds it through `sys.path[0]`. `math` and
//! `sys` are provided natively: their members become builtins (`math.sqrt`)
//! or values (`math.pi`, `sys.argv`) during lowering. This module knows
//! nothing of rustpython; it only looks at the file system and names.

use crate::hir::{Builtin, ExprKind, MathFunction};
use std::path::PathBuf;

pub(crate) struct ModuleLoader {
    root: PathBuf,
}

pub(crate) struct FoundModule {
    pub path: String,
    pub is_package: bool,
}

impl ModuleLoader {
    pub fn new(root: PathBuf) -> ModuleLoader {
        ModuleLoader { root }
    }

    /// The file of module `name`, if the program has one.
    pub fn find(&self, name: &str) -> Option<FoundModule> {
        if name.is_empty() || name.split('.').any(|part| part.is_empty()) {
            return None;
        }
        let mut base = self.root.clone();
        for part in name.split('.') {
            base.push(part);
        }
        let package = base.join("__init__.py");
        if package.is_file() {
            return Some(FoundModule { path: display(&package), is_package: true });
        }
        let file = base.with_extension("py");
        if file.is_file() {
            return Some(FoundModule { path: display(&file), is_package: false });
        }
        None
    }
}

fn display(path: &std::path::Path) -> String {
    let text = path.display().to_string();
    text.strip_prefix("./").map(str::to_string).unwrap_or(text)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NativeModule {
    Math,
    Sys,
    /// Only its `dataclass` decorator, which lowering applies itself.
    Dataclasses,
    /// `Enum` as a base class and `auto()`, which lowering expands.
    Enum,
}

/// A member of a native module, as an expression produces it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum NativeMember {
    Function(Builtin),
    Float(f64),
    Int(i64),
    SysArgv,
    /// `dataclasses.dataclass`: lowering expands a decorated class; it is
    /// no value.
    Dataclass,
    /// `enum.Enum`, usable only as a base class.
    EnumBase,
    /// `enum.auto`, usable only as an enum member's value.
    EnumAuto,
}

impl NativeMember {
    /// The member as an expression; `None` for members that are no value.
    pub fn expr_kind(self) -> Option<ExprKind> {
        Some(match self {
            NativeMember::Function(builtin) => ExprKind::Builtin(builtin),
            NativeMember::Float(value) => ExprKind::Float(value),
            NativeMember::Int(value) => ExprKind::Int(value),
            NativeMember::SysArgv => ExprKind::SysArgv,
            NativeMember::Dataclass | NativeMember::EnumBase | NativeMember::EnumAuto => return None,
        })
    }
}

impl NativeModule {
    pub fn from_name(name: &str) -> Option<NativeModule> {
        match name {
            "math" => Some(NativeModule::Math),
            "sys" => Some(NativeModule::Sys),
            "dataclasses" => Some(NativeModule::Dataclasses),
            "enum" => Some(NativeModule::Enum),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            NativeModule::Math => "math",
            NativeModule::Sys => "sys",
            NativeModule::Dataclasses => "dataclasses",
            NativeModule::Enum => "enum",
        }
    }

    pub fn member(self, name: &str) -> Option<NativeMember> {
        match self {
            NativeModule::Math => match name {
                "pi" => Some(NativeMember::Float(std::f64::consts::PI)),
                "e" => Some(NativeMember::Float(std::f64::consts::E)),
                "tau" => Some(NativeMember::Float(std::f64::consts::TAU)),
                "inf" => Some(NativeMember::Float(f64::INFINITY)),
                "nan" => Some(NativeMember::Float(f64::NAN)),
                _ => MathFunction::from_name(name).map(|function| NativeMember::Function(Builtin::Math(function))),
            },
            NativeModule::Sys => match name {
                "argv" => Some(NativeMember::SysArgv),
                "exit" => Some(NativeMember::Function(Builtin::SysExit)),
                "maxsize" => Some(NativeMember::Int(i64::MAX)),
                _ => None,
            },
            NativeModule::Dataclasses => match name {
                "dataclass" => Some(NativeMember::Dataclass),
                _ => None,
            },
            NativeModule::Enum => match name {
                "Enum" => Some(NativeMember::EnumBase),
                "auto" => Some(NativeMember::EnumAuto),
                _ => None,
            },
        }
    }
}
