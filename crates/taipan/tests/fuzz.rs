//! A short, seeded run of the differential fuzzer (`tests/fuzz/`): random
//! programs in the supported slice, compiled by this build of taipan and
//! compared with `python3`. The seed is fixed, so the run is the same every
//! time; longer runs with other seeds are for developers (see README).

mod common;

use common::*;

#[test]
fn seeded_differential_fuzz_matches_cpython() {
    let failures = scratch_dir("fuzz-failures");
    let output = std::process::Command::new("python3")
        .arg(workspace_root().join("tests/fuzz/differential_fuzz.py"))
        .args(["--count", "40", "--seed", "11", "--keep-going", "--no-reduce", "--failures-dir"])
        .arg(&failures)
        .env("TAIPAN", env!("CARGO_BIN_EXE_taipan"))
        .output()
        .expect("run the fuzzer");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let summary = stdout.lines().rev().find(|line| line.starts_with("fuzz: ") && line.contains("programs")).unwrap_or("");
    println!("{summary}");
    assert!(
        output.status.success(),
        "the fuzzer found programs where taipan differs from CPython:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(summary.contains("40 programs"), "unexpected fuzzer output:\n{stdout}");
    let _ = std::fs::remove_dir_all(&failures);
}

/// A short, seeded run of the container fuzzer (`tests/fuzz/container_fuzz.py`):
/// random well-typed programs over lists, dicts, sets, frozensets and tuples,
/// steered around the remaining documented differences.
#[test]
fn seeded_container_fuzz_matches_cpython() {
    let failures = scratch_dir("container-fuzz-failures");
    let output = std::process::Command::new("python3")
        .arg(workspace_root().join("tests/fuzz/container_fuzz.py"))
        .args(["--count", "30", "--seed", "11", "--keep-going", "--no-reduce", "--avoid", "sum-empty-float,dictview-eq,dictview-setops,dict-reversed", "--failures-dir"])
        .arg(&failures)
        .env("TAIPAN", env!("CARGO_BIN_EXE_taipan"))
        .output()
        .expect("run the container fuzzer");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let summary = stdout.lines().rev().find(|line| line.starts_with("container_fuzz: ") && line.contains("programs,")).unwrap_or("");
    println!("{summary}");
    assert!(
        output.status.success(),
        "the container fuzzer found programs where taipan differs from CPython:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(summary.contains("30 programs"), "unexpected fuzzer output:\n{stdout}");
    let _ = std::fs::remove_dir_all(&failures);
}
