//! Lets this crate's own test binaries find libpython at run time: pyo3 links
//! them against the `python3` it finds (PYO3_PYTHON, or `python3` on PATH),
//! whose shared library may live outside the loader's default paths (pyenv).
//! Executables Taipan builds get the same run path from the driver.

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
    let python = std::env::var("PYO3_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let output = Command::new(&python).args(["-c", "import sysconfig; print(sysconfig.get_config_var('LIBDIR') or '')"]).output();
    if let Ok(output) = output {
        let libdir = String::from_utf8_lossy(&output.stdout).trim().to_string();
        if !libdir.is_empty() {
            println!("cargo:rustc-link-arg=-Wl,-rpath,{libdir}");
        }
    }
}
