//! taipan-vm: the embedded CPython of tier 3, linked only into programs that
//! need it.
//!
//! It owns starting and stopping the interpreter (the `libpython` of the
//! `python3` Taipan was built with, through pyo3), installing the program's
//! frozen modules (`taipan_abi::FrozenModule`, served by the meta path finder
//! in `frozen_importer.py`) and running the main module with CPython's own
//! exit-status rules. Its static library, `libtaipan_vm.a`, bundles the whole
//! runtime as well, so a program links either it or `libtaipan_runtime.a`,
//! never both; a program that uses no tier 3 never links libpython.
//!
//! What it does not own: deciding what runs in the VM and compiling modules to
//! code objects (the driver), the table's layout (`taipan-abi`) and emitting
//! it (codegen). It depends on no compiler crate.

#![allow(clippy::missing_safety_doc)]

// The runtime's exported functions must be part of this library too.
pub use taipan_runtime;

mod abi_check;
mod bridge;
mod extension;
mod extension_classes;
mod native_functions;
mod roots;
mod shared_lists;
mod vm_definitions;

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};
use taipan_abi::FrozenModule;

pub(crate) const FROZEN_IMPORTER_SOURCE: &str = include_str!("frozen_importer.py");

/// `taipan_abi::VM_RUN_FROZEN_PROGRAM`.
#[no_mangle]
pub unsafe extern "C" fn taipan_vm_run_frozen_program(argc: i32, argv: *const *const u8, modules: *const FrozenModule, count: i64) -> i32 {
    let modules: &[FrozenModule] = if count <= 0 || modules.is_null() { &[] } else { std::slice::from_raw_parts(modules, count as usize) };
    // As `python3` does: SIGINT becomes KeyboardInterrupt.
    pyo3::ffi::Py_InitializeEx(1);
    let status = Python::with_gil(|py| match run_program(py, argc, argv, modules) {
        Ok(status) => status,
        Err(error) => {
            error.print(py);
            1
        }
    });
    // Runs atexit handlers, joins non-daemon threads and flushes sys.stdout.
    if pyo3::ffi::Py_FinalizeEx() < 0 && status == 0 {
        return 120;
    }
    status
}

unsafe fn bytes_of<'a>(pointer: *const u8, length: i64) -> &'a [u8] {
    if pointer.is_null() || length <= 0 {
        &[]
    } else {
        std::slice::from_raw_parts(pointer, length as usize)
    }
}

pub(crate) unsafe fn arguments(argc: i32, argv: *const *const u8) -> Vec<String> {
    (0..argc.max(0) as usize)
        .filter_map(|index| {
            let argument = *argv.add(index);
            (!argument.is_null()).then(|| std::ffi::CStr::from_ptr(argument.cast()).to_string_lossy().into_owned())
        })
        .collect()
}

/// Runs the program and returns its exit status; an error is one of this
/// start-up code's own.
unsafe fn run_program(py: Python<'_>, argc: i32, argv: *const *const u8, modules: &[FrozenModule]) -> PyResult<i32> {
    let sys = py.import_bound("sys")?;
    sys.setattr("argv", PyList::new_bound(py, arguments(argc, argv)))?;
    let importer = Bound::from_owned_ptr_or_err(py, bridge::startup_module())?;
    let table = PyDict::new_bound(py);
    for frozen in modules.iter().skip(1) {
        let name = String::from_utf8_lossy(bytes_of(frozen.name, frozen.name_length)).into_owned();
        let file = String::from_utf8_lossy(bytes_of(frozen.file, frozen.file_length)).into_owned();
        let code = PyBytes::new_bound(py, bytes_of(frozen.code, frozen.code_length));
        let entry = PyTuple::new_bound(py, [PyString::new_bound(py, &file).into_any(), code.into_any(), (frozen.is_package != 0).into_py(py).into_bound(py)]);
        table.set_item(name, entry)?;
    }
    importer.call_method1("install", (table,))?;
    if let Some(main) = modules.first() {
        let file = String::from_utf8_lossy(bytes_of(main.file, main.file_length)).into_owned();
        let code = PyBytes::new_bound(py, bytes_of(main.code, main.code_length));
        let uncaught = importer.call_method1("run_main", (file, code))?;
        if !uncaught.is_none() {
            return importer.call_method1("exit_status", (uncaught,))?.extract::<i32>();
        }
    }
    Ok(0)
}

/// Writes what CPython prints into the native output buffer.
#[pyfunction]
fn write_native_stdout(data: &[u8]) {
    taipan_runtime::output::write_bytes(data);
}

/// A new reference to `write_native_stdout` as a CPython function.
pub(crate) unsafe fn native_stdout_writer() -> *mut pyo3::ffi::PyObject {
    Python::with_gil(|py| match wrap_pyfunction_bound!(write_native_stdout, py) {
        Ok(function) => function.into_any().into_ptr(),
        Err(error) => {
            error.restore(py);
            std::ptr::null_mut()
        }
    })
}
