//! Helpers shared by the end-to-end tests: locating the workspace, running the
//! `taipan` binary and CPython, and running many cases on both cores.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

pub fn taipan() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_taipan"));
    command.current_dir(workspace_root());
    command
}

/// Runs `program` with a time limit (the coreutils `timeout` command), so a
/// hanging case fails instead of stalling the suite.
pub fn run_with_timeout(program: &Path, args: &[&str], seconds: u32, cwd: &Path) -> Output {
    Command::new("timeout")
        .arg(format!("{seconds}s"))
        .arg(program)
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("run with timeout")
}

/// The `.py` files in a workspace folder, sorted.
pub fn python_files(folder: &str) -> Vec<PathBuf> {
    let directory = workspace_root().join(folder);
    // A program is a `.py` file, or a directory of modules whose entry is `main.py`.
    let mut files: Vec<PathBuf> = std::fs::read_dir(&directory)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", directory.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter_map(|path| {
            if path.extension().is_some_and(|extension| extension == "py") {
                Some(path)
            } else if path.join("main.py").is_file() {
                Some(path.join("main.py"))
            } else {
                None
            }
        })
        .collect();
    files.sort();
    files
}

/// A program's name: its file's stem, or its directory's name for `main.py`.
pub fn program_name(path: &Path) -> String {
    let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
    if stem == "main" {
        if let Some(directory) = path.parent().and_then(|parent| parent.file_name()) {
            return directory.to_string_lossy().into_owned();
        }
    }
    stem
}

/// What a program did, as compared with CPython.
#[derive(Debug, PartialEq)]
pub struct Observed {
    pub stdout: String,
    pub exit_code: Option<i32>,
    /// The last line of stderr: the exception line of an uncaught exception.
    pub last_stderr_line: String,
    pub stderr_starts_with_traceback: bool,
}

pub fn observe(output: &Output) -> Observed {
    let stderr = String::from_utf8_lossy(&output.stderr);
    Observed {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        exit_code: output.status.code(),
        last_stderr_line: stderr.lines().last().unwrap_or("").to_string(),
        stderr_starts_with_traceback: stderr.starts_with("Traceback (most recent call last):"),
    }
}

/// Compiles `program` natively (`--no-fallback`) with taipan at `opt` and
/// compares what it does with what `python3` does. Returns a description of
/// the difference, if any.
pub fn compare_with_cpython(program: &Path, opt: &str, work: &Path) -> Option<String> {
    compare_built_with_cpython(program, opt, work, &["--no-fallback"])
}

/// As `compare_with_cpython`, with `build_flags` instead of `--no-fallback`.
pub fn compare_built_with_cpython(program: &Path, opt: &str, work: &Path, build_flags: &[&str]) -> Option<String> {
    let root = workspace_root();
    let cpython = observe(&run_with_timeout(Path::new("python3"), &[program.to_str().unwrap()], 60, &root));
    let executable = work.join(format!("{}-O{opt}", program_name(program)));
    let build = taipan()
        .arg("build")
        .arg(program)
        .arg("-o")
        .arg(&executable)
        .arg(format!("-O{opt}"))
        .args(build_flags)
        .output()
        .expect("run taipan");
    if !build.status.success() {
        return Some(format!("taipan build -O{opt} failed:\n{}", String::from_utf8_lossy(&build.stderr)));
    }
    let native = observe(&run_with_timeout(&executable, &[], 60, &root));
    if native == cpython {
        return None;
    }
    let mut report = format!("-O{opt}: differs from python3\n");
    if native.stdout != cpython.stdout {
        let expected: Vec<&str> = cpython.stdout.lines().collect();
        let got: Vec<&str> = native.stdout.lines().collect();
        let first = expected.iter().zip(&got).position(|(a, b)| a != b).unwrap_or(expected.len().min(got.len()));
        report += &format!(
            "  stdout differs at line {}: expected {:?}, got {:?}\n",
            first + 1,
            expected.get(first),
            got.get(first)
        );
    }
    if native.exit_code != cpython.exit_code {
        report += &format!("  exit code: expected {:?}, got {:?}\n", cpython.exit_code, native.exit_code);
    }
    if native.last_stderr_line != cpython.last_stderr_line || native.stderr_starts_with_traceback != cpython.stderr_starts_with_traceback {
        report += &format!(
            "  stderr: expected {:?}, got {:?}\n",
            cpython.last_stderr_line, native.last_stderr_line
        );
    }
    Some(report)
}

/// Runs `check` on every item with two worker threads and returns the failures.
pub fn run_parallel<T: Sync, F: Fn(&T) -> Option<String> + Sync>(items: &[T], check: F) -> Vec<String> {
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::SeqCst);
                let Some(item) = items.get(index) else { break };
                if let Some(failure) = check(item) {
                    failures.lock().unwrap().push(failure);
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    failures
}

pub fn scratch_dir(name: &str) -> PathBuf {
    let directory = std::env::temp_dir().join(format!("taipan-tests-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&directory).expect("scratch dir");
    directory
}
