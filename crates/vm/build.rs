//! Two jobs, both with the `python3` pyo3 links against (PYO3_PYTHON, or
//! `python3` on PATH):
//! - lets this crate's own test binaries find libpython at run time, since its
//!   shared library may live outside the loader's default paths (pyenv);
//!   executables Taipan builds get the same run path from the driver;
//! - compiles the start-up module (`src/frozen_importer.py`) to a marshalled
//!   code object, with the bytecode's magic number, so that no start-up pays
//!   for parsing it. When that python cannot be run the file is empty and
//!   the start-up code compiles the source instead.

use std::process::Command;

const COMPILE_STARTUP_MODULE: &str = r#"
import importlib.util, marshal, sys
source = open(sys.argv[1], encoding="utf-8").read()
code = compile(source, "<taipan start-up>", "exec")
sys.stdout.buffer.write(importlib.util.MAGIC_NUMBER + marshal.dumps(code))
"#;

fn main() {
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
    println!("cargo:rerun-if-changed=src/frozen_importer.py");
    let python = std::env::var("PYO3_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let output = Command::new(&python).args(["-c", "import sysconfig; print(sysconfig.get_config_var('LIBDIR') or '')"]).output();
    if let Ok(output) = output {
        let libdir = String::from_utf8_lossy(&output.stdout).trim().to_string();
        if !libdir.is_empty() {
            println!("cargo:rustc-link-arg=-Wl,-rpath,{libdir}");
        }
    }
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let compiled = Command::new(&python).args(["-c", COMPILE_STARTUP_MODULE, "src/frozen_importer.py"]).output();
    let bytes = match compiled {
        Ok(output) if output.status.success() => output.stdout,
        _ => Vec::new(),
    };
    std::fs::write(out_dir.join("frozen_importer.marshal"), bytes).expect("OUT_DIR is writable");
}
