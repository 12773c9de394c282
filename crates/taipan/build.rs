//! Records which CPython tier 3 embeds: the `python3` that pyo3 builds
//! `taipan-vm` against (PYO3_PYTHON, or `python3` on PATH). The driver compiles
//! a fallback program's modules to code objects with that interpreter, whose
//! marshal format matches the libpython the executable then links.

use std::process::Command;

const QUERY: &str = "import sys, sysconfig; print(sys.executable); print(sysconfig.get_config_var('LIBDIR') or ''); print('python' + sysconfig.get_config_var('LDVERSION'))";

fn main() {
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
    let python = std::env::var("PYO3_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let (executable, libdir, library) = match Command::new(&python).args(["-c", QUERY]).output() {
        Ok(output) if output.status.success() => {
            let text = String::from_utf8_lossy(&output.stdout).into_owned();
            let mut lines = text.lines().map(str::to_string);
            (lines.next().unwrap_or_default(), lines.next().unwrap_or_default(), lines.next().unwrap_or_default())
        }
        _ => (String::new(), String::new(), String::new()),
    };
    println!("cargo:rustc-env=TAIPAN_PYTHON_EXECUTABLE={executable}");
    println!("cargo:rustc-env=TAIPAN_PYTHON_LIBDIR={libdir}");
    println!("cargo:rustc-env=TAIPAN_PYTHON_LIBRARY={library}");
}
