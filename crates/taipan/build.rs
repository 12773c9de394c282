//! Records which CPython tier 3 embeds: the `python3` that pyo3 builds
//! `taipan-vm` against (PYO3_PYTHON, or `python3` on PATH). The driver compiles
//! a fallback program's modules to code objects with that interpreter, whose
//! marshal format matches the libpython the executable then links, and the
//! file name suffix of the extension modules `taipan ext` builds for it.

use std::process::Command;

const QUERY: &str = "import sys, sysconfig; print(sys.executable); print(sysconfig.get_config_var('LIBDIR') or ''); print('python' + sysconfig.get_config_var('LDVERSION')); print(sysconfig.get_config_var('EXT_SUFFIX') or '.so')";

fn main() {
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
    let python = std::env::var("PYO3_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let (executable, libdir, library, extension_suffix) = match Command::new(&python).args(["-c", QUERY]).output() {
        Ok(output) if output.status.success() => {
            let text = String::from_utf8_lossy(&output.stdout).into_owned();
            let mut lines = text.lines().map(str::to_string);
            (lines.next().unwrap_or_default(), lines.next().unwrap_or_default(), lines.next().unwrap_or_default(), lines.next().unwrap_or_else(|| ".so".to_string()))
        }
        _ => (String::new(), String::new(), String::new(), ".so".to_string()),
    };
    println!("cargo:rustc-env=TAIPAN_PYTHON_EXECUTABLE={executable}");
    println!("cargo:rustc-env=TAIPAN_PYTHON_LIBDIR={libdir}");
    println!("cargo:rustc-env=TAIPAN_PYTHON_LIBRARY={library}");
    // The file name suffix of extension modules for that interpreter
    // (`taipan ext`): `.cpython-311-x86_64-linux-gnu.so`.
    println!("cargo:rustc-env=TAIPAN_PYTHON_EXT_SUFFIX={extension_suffix}");
}
