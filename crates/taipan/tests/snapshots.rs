//! Snapshot tests with insta: diagnostics for unsupported and ill-typed
//! programs, LLVM IR of small functions (unoptimised and -O2), and the types
//! inference gives each function instance.
//!
//! Every snapshot goes through `snapshot_text`, which removes what varies
//! between machines (target triple, data layout). Review every `.snap` diff.

mod common;

use common::*;

/// Removes machine-specific lines from IR.
fn normalise_ir(ir: &str) -> String {
    ir.lines()
        .filter(|line| !line.starts_with("target triple") && !line.starts_with("target datalayout"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn relative(path: &std::path::Path) -> String {
    path.strip_prefix(workspace_root()).unwrap_or(path).display().to_string()
}

fn snapshot_name(path: &std::path::Path) -> String {
    program_name(path)
}

#[test]
fn diagnostics() {
    let programs = python_files("tests/diagnostics");
    assert!(programs.len() >= 5);
    for program in programs {
        let output = taipan().args(["check", "--no-fallback"]).arg(relative(&program)).output().expect("run taipan");
        assert!(!output.status.success(), "{} should be rejected", program.display());
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(stderr.starts_with("error["), "{}: not a diagnostic: {stderr}", program.display());
        assert!(!stderr.contains("panicked"), "{}: the compiler panicked", program.display());
        insta::assert_snapshot!(format!("diagnostic__{}", snapshot_name(&program)), stderr);
    }
}

/// `taipan check` lists each place that runs in the dynamic tier, with the
/// types and where each comes from, and still succeeds.
#[test]
fn dynamic_tier_places() {
    for program in python_files("tests/dynamic") {
        let output = taipan().arg("check").arg(relative(&program)).output().expect("run taipan");
        assert!(output.status.success(), "{} should be accepted", program.display());
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(stderr.starts_with("warning[dynamic]"), "{}: no dynamic places listed: {stderr}", program.display());
        insta::assert_snapshot!(format!("dynamic__{}", snapshot_name(&program)), stderr);
    }
}

#[test]
fn ir_unoptimised_and_optimised() {
    let programs = python_files("tests/ir");
    assert!(programs.len() >= 10);
    for program in programs {
        for opt in ["0", "2"] {
            let output = taipan().args(["emit", "--ir"]).arg(format!("-O{opt}")).arg(relative(&program)).output().expect("run taipan");
            assert!(output.status.success(), "{}: {}", program.display(), String::from_utf8_lossy(&output.stderr));
            let ir = normalise_ir(&String::from_utf8_lossy(&output.stdout));
            insta::assert_snapshot!(format!("ir_O{opt}__{}", snapshot_name(&program)), ir);
        }
    }
}

#[test]
fn ir_is_deterministic() {
    for program in python_files("tests/ir").iter().chain(python_files("tests/e2e").iter().take(10)) {
        let emit = || taipan().args(["emit", "--ir", "-O2"]).arg(relative(program)).output().expect("run taipan").stdout;
        assert_eq!(emit(), emit(), "{}: IR differs between two runs", program.display());
    }
}

#[test]
fn inferred_types() {
    for program in python_files("tests/ir").into_iter().chain(python_files("tests/types")) {
        let output = taipan().args(["check", "--types"]).arg(relative(&program)).output().expect("run taipan");
        assert!(output.status.success(), "{}: {}", program.display(), String::from_utf8_lossy(&output.stderr));
        insta::assert_snapshot!(format!("types__{}", snapshot_name(&program)), String::from_utf8_lossy(&output.stdout));
    }
}

/// Every stack slot is allocated in its function's entry block. LLVM treats
/// an alloca anywhere else as dynamic, so one inside a loop takes fresh stack
/// on every iteration: the stack grows without bound and the collector scans
/// it all. Checked on the unoptimised IR of every end-to-end program, where
/// no pass has moved anything.
#[test]
fn stack_slots_live_in_entry_blocks() {
    let programs: Vec<_> = python_files("tests/e2e").into_iter().chain(python_files("tests/ir")).collect();
    let failures = run_parallel(&programs, |program| {
        let output = taipan().args(["emit", "--ir", "-O0"]).arg(relative(program)).output().expect("run taipan");
        if !output.status.success() {
            // Programs that end in a compile-time diagnostic have no IR.
            return None;
        }
        let ir = String::from_utf8_lossy(&output.stdout);
        let mut block = String::new();
        let mut labels_in_function = 0;
        for line in ir.lines() {
            if line.starts_with("define ") {
                labels_in_function = 0;
                block.clear();
            } else if !line.is_empty() && !line.starts_with([' ', '}', ';']) && line.contains(':') {
                // The first label of a function names its entry block.
                block = line.split(':').next().unwrap_or("").to_string();
                labels_in_function += 1;
            } else if line.contains(" = alloca ") && labels_in_function > 1 {
                return Some(format!("{}: alloca outside the entry block (in `{block}`): {}", program.display(), line.trim()));
            }
        }
        None
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The functions of `tests/e2e/owned_list_copies.py` whose list copies reuse
/// the list the local held (`taipan_list_copy_into`): exactly those whose
/// local never escapes. The program's output is checked against CPython by
/// the end-to-end suite; this checks the optimisation still happens, and
/// only where the ownership analysis allows it.
#[test]
fn owned_list_copies_reuse_exactly_the_owning_locals() {
    let output = taipan().args(["emit", "--ir", "-O0", "tests/e2e/owned_list_copies.py"]).output().expect("run taipan");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let ir = String::from_utf8_lossy(&output.stdout);
    let mut function = String::new();
    let mut reusing = std::collections::BTreeSet::new();
    for line in ir.lines() {
        if let Some(rest) = line.strip_prefix("define ") {
            function = rest.split('@').nth(1).unwrap_or("").split('(').next().unwrap_or("").to_string();
        } else if line.contains("call") && line.contains("@taipan_list_copy_into(") {
            reusing.insert(function.clone());
        }
    }
    let expected: std::collections::BTreeSet<String> =
        ["reused_in_loop", "grows_and_shrinks", "unbound_first", "fannkuch_like"].iter().map(|name| format!("__main__.{name}")).collect();
    assert_eq!(reusing, expected);
}

/// Which str locals keep their values in a stack buffer (see codegen's
/// `scratch` module): the end-to-end program checks the output, this checks
/// that the buffers are made exactly where the analysis should allow them.
#[test]
fn scratch_strs_are_made_exactly_for_read_only_split_words() {
    let output = taipan().args(["emit", "--ir", "-O0", "tests/e2e/scratch_strs.py"]).output().expect("run taipan");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let ir = String::from_utf8_lossy(&output.stdout);
    let mut function = String::new();
    let mut buffers: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for line in ir.lines() {
        if let Some(rest) = line.strip_prefix("define ") {
            function = rest.split('@').nth(1).unwrap_or("").split('(').next().unwrap_or("").to_string();
        } else if line.contains("%scratch.str") && line.contains("alloca") {
            *buffers.entry(function.clone()).or_default() += 1;
        }
    }
    let expected: std::collections::BTreeMap<String, usize> =
        [("count_lowered", 2), ("count_upper_in_place", 1), ("stale_alias", 2), ("in_comprehensions", 1), ("missing", 1)]
            .iter()
            .map(|(name, count)| (format!("__main__.{name}"), *count))
            .collect();
    assert_eq!(buffers, expected);
}
