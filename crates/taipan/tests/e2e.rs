//! The end-to-end corpus: every program under `tests/e2e/` and `samples/` is
//! compiled at -O0 and -O2, run, and compared with `python3` running the same
//! file: the same stdout, the same exit code and the same last stderr line.

mod common;

use common::*;
use std::path::PathBuf;

fn corpus_matches_cpython(folder: &str, minimum: usize) {
    let programs = python_files(folder);
    assert!(programs.len() >= minimum, "{folder} has {} programs, expected at least {minimum}", programs.len());
    let work = scratch_dir(&folder.replace('/', "-"));
    let cases: Vec<(PathBuf, &str)> = programs.iter().flat_map(|program| [(program.clone(), "0"), (program.clone(), "2")]).collect();
    let failures = run_parallel(&cases, |(program, opt)| {
        compare_with_cpython(program, opt, &work).map(|report| format!("{}: {report}", program.display()))
    });
    let _ = std::fs::remove_dir_all(&work);
    assert!(failures.is_empty(), "{} of {} cases differ from CPython:\n{}", failures.len(), cases.len(), failures.join("\n"));
    println!("{} programs in {folder} match CPython at -O0 and -O2", programs.len());
}

#[test]
fn e2e_corpus_matches_cpython() {
    corpus_matches_cpython("tests/e2e", 40);
}

#[test]
fn samples_match_cpython() {
    corpus_matches_cpython("samples", 1);
}

/// Ordinary programs the compiler does not handle yet (`tests/refused/`):
/// each must be refused with a clean diagnostic (never an internal error or
/// a panic) or, once it compiles, match CPython. Never a wrong answer; a
/// program that starts to compile moves to `tests/e2e/`.
#[test]
fn refused_programs_are_refused_cleanly_or_right() {
    let programs = python_files("tests/refused");
    let work = scratch_dir("refused");
    let failures = run_parallel(&programs, |program| {
        let check = taipan().args(["check", "--no-fallback"]).arg(program).output().expect("run taipan");
        if !check.status.success() {
            let stderr = String::from_utf8_lossy(&check.stderr);
            let clean = stderr.starts_with("error[") && !stderr.contains("error[internal]") && !stderr.contains("panicked");
            return (!clean).then(|| format!("{}: not a clean refusal:\n{stderr}", program.display()));
        }
        compare_with_cpython(program, "0", &work).map(|report| format!("{}: compiles now, but {report}", program.display()))
    });
    let _ = std::fs::remove_dir_all(&work);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Programs that run in the embedded CPython (`tests/vm/`, tier 3): each must
/// really need it (`--no-fallback` refuses it with a diagnostic), must link
/// libpython, and must do what `python3` does. Frozen bytecode does not
/// depend on the optimisation level, so one build each suffices.
#[test]
fn vm_corpus_matches_cpython() {
    let programs = python_files("tests/vm");
    assert!(programs.len() >= 50, "tests/vm has {} programs", programs.len());
    let work = scratch_dir("vm");
    let failures = run_parallel(&programs, |program| {
        let refused = taipan().args(["check", "--no-fallback"]).arg(program).output().expect("run taipan");
        let stderr = String::from_utf8_lossy(&refused.stderr);
        if refused.status.success() || !stderr.contains("error[") {
            return Some(format!("{}: compiles natively, so it belongs in tests/e2e:\n{stderr}", program.display()));
        }
        if let Some(report) = compare_built_with_cpython(program, "2", &work, &[]) {
            return Some(format!("{}: {report}", program.display()));
        }
        let executable = work.join(format!("{}-O2", program_name(program)));
        let ldd = std::process::Command::new("ldd").arg(&executable).output().expect("run ldd");
        let libraries = String::from_utf8_lossy(&ldd.stdout);
        (!libraries.contains("libpython")).then(|| format!("{}: does not link libpython:\n{libraries}", program.display()))
    });
    let _ = std::fs::remove_dir_all(&work);
    assert!(failures.is_empty(), "{} of {} programs failed:\n{}", failures.len(), programs.len(), failures.join("\n"));
}
