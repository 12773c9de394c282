//! The pipeline, the linker invocation and the build cache.

use crate::CompileOptions;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;
use taipan_codegen::{compile_frozen_program, compile_program, CompiledModule, FrozenModuleImage, OptLevel};
use taipan_parser_bridge::diagnostics::render_all;
use taipan_parser_bridge::hir::Program;
use taipan_parser_bridge::{Diagnostic, DiagnosticKind, Severity, SourceMap};
use taipan_typeinfer::TypedProgram;
use indexmap::{IndexMap, IndexSet};

pub enum EmitKind {
    Ir,
    Assembly,
    Object,
}

/// Prints how long each phase took when `--timings` is given.
struct Timings {
    enabled: bool,
    last: Instant,
    last_cpu: f64,
}

impl Timings {
    fn new(enabled: bool) -> Timings {
        Timings { enabled, last: Instant::now(), last_cpu: process_cpu_seconds() }
    }

    /// Prints the wall-clock time since the last phase, then the CPU time
    /// the process used in it (which other processes on the machine do not
    /// inflate).
    fn phase(&mut self, name: &str) {
        let now = Instant::now();
        let cpu = process_cpu_seconds();
        if self.enabled {
            eprintln!("timing: {:>8.2} ms  {name}  (cpu {:.2} ms)", (now - self.last).as_secs_f64() * 1000.0, (cpu - self.last_cpu) * 1000.0);
        }
        self.last = now;
        self.last_cpu = cpu;
    }
}

/// The CPU time this process has used, in seconds.
fn process_cpu_seconds() -> f64 {
    let mut time = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `clock_gettime` writes the timespec it is given.
    if unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut time) } != 0 {
        return 0.0;
    }
    time.tv_sec as f64 + time.tv_nsec as f64 / 1e9
}

fn opt_level(options: &CompileOptions) -> OptLevel {
    match options.opt.as_str() {
        "0" => OptLevel::O0,
        "1" => OptLevel::O1,
        "3" => OptLevel::O3,
        _ => OptLevel::O2,
    }
}

fn report(diagnostics: &[Diagnostic], sources: Option<&SourceMap>) {
    match sources {
        Some(sources) => eprint!("{}", render_all(diagnostics, sources)),
        None => {
            for diagnostic in diagnostics {
                eprintln!("error[{}]: {}", diagnostic.kind.code(), diagnostic.message);
            }
        }
    }
}

/// Why a program is not compiled to native code: the diagnostics, with the
/// sources to render them against.
struct NotNative {
    diagnostics: Vec<Diagnostic>,
    sources: Option<SourceMap>,
    /// False when there is nothing for CPython to run either (an unreadable file).
    may_fall_back: bool,
}

impl NotNative {
    fn report(&self) {
        report(&self.diagnostics, self.sources.as_ref());
    }
}

/// Parses and infers types. A program the native compiler refuses only
/// inside top-level `def` and `class` statements has those statements run by
/// the embedded CPython instead (function and class granularity of tier 3),
/// round after round until the rest compiles; refusals anywhere else, or
/// `--no-fallback`, leave the first round's diagnostics.
fn front_end(path: &Path, no_fallback: bool, timings: &mut Timings) -> Result<(Program, TypedProgram), NotNative> {
    front_end_named(path, no_fallback, "__main__", &|_, _| Vec::new(), timings)
}

/// Spans of functions a front end's caller wants run by CPython although
/// they compile (an extension module's functions CPython could not call
/// compiled); each moves with its top-level definition, as refused code does.
type MoveToCpython<'a> = &'a dyn Fn(&Program, &TypedProgram) -> Vec<taipan_parser_bridge::source::Span>;

/// `front_end`, the main module named `main_name` (an extension module's
/// own name; see `lower_program_named`).
fn front_end_named(path: &Path, no_fallback: bool, main_name: &str, move_to_cpython: MoveToCpython, timings: &mut Timings) -> Result<(Program, TypedProgram), NotNative> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            let diagnostic = Diagnostic::without_span(DiagnosticKind::Io, format!("cannot read {}: {error}", path.display()));
            return Err(NotNative { diagnostics: vec![diagnostic], sources: None, may_fall_back: false });
        }
    };
    let display = path.display().to_string();
    let mut requests: IndexSet<(String, u32)> = IndexSet::new();
    let mut reasons: IndexMap<(String, u32), Vec<String>> = IndexMap::new();
    let mut first_refusal: Option<NotNative> = None;
    // Definitions moved into CPython because they run faster there, and the
    // result before they moved (kept if moving them makes the program fail).
    let mut faster_in_cpython: IndexSet<(String, u32)> = IndexSet::new();
    let mut before_tier_choice: Option<(Program, TypedProgram)> = None;
    for _round in 0..MAX_GRANULARITY_ROUNDS {
        let lowered = taipan_parser_bridge::lower_program_named(&display, &text, &requests, main_name);
        timings.phase("parse");
        let refusal = match lowered.program {
            Some(mut program) => {
                for definition in &mut program.vm_definitions {
                    let key = (definition.file.clone(), definition.span.start);
                    definition.reasons = reasons.get(&key).cloned().unwrap_or_default();
                    definition.runs_faster_in_cpython = faster_in_cpython.contains(&key);
                }
                if !program.vm_definitions.is_empty() {
                    if let Err(message) = compile_vm_definitions(&mut program) {
                        if let Some(native) = before_tier_choice.take() {
                            return Ok(native);
                        }
                        let diagnostic = Diagnostic::without_span(DiagnosticKind::Io, message);
                        return Err(first_refusal.unwrap_or(NotNative { diagnostics: vec![diagnostic], sources: Some(program.sources), may_fall_back: true }));
                    }
                }
                let (typed, diagnostics) = taipan_typeinfer::infer_program(&program);
                match typed {
                    Some(typed) => {
                        timings.phase(&format!("infer ({} instances, {} rounds)", typed.instances.len(), typed.rounds));
                        if !no_fallback {
                            let wanted = definitions_holding(&lowered.definitions, move_to_cpython(&program, &typed), &requests);
                            if !wanted.is_empty() {
                                // Kept should moving them make the program fail.
                                if before_tier_choice.is_none() {
                                    before_tier_choice = Some((program, typed));
                                }
                                requests.extend(wanted);
                                continue;
                            }
                        }
                        // Once, when the program runs code in CPython anyway:
                        // functions whose loops only work on CPython objects
                        // move there too (`tier_choice`).
                        if !no_fallback && before_tier_choice.is_none() && !typed.vm_places.is_empty() {
                            let chosen = definitions_holding(&lowered.definitions, taipan_typeinfer::tier_choice::functions_faster_in_cpython(&program, &typed), &requests);
                            if !chosen.is_empty() {
                                for key in chosen {
                                    requests.insert(key.clone());
                                    faster_in_cpython.insert(key);
                                }
                                before_tier_choice = Some((program, typed));
                                continue;
                            }
                        }
                        return Ok((program, typed));
                    }
                    None => {
                        timings.phase("infer");
                        if let Some(native) = before_tier_choice.take() {
                            explain_dropped_entries("moving definitions to CPython", &diagnostics);
                            return Ok(native);
                        }
                        NotNative { diagnostics, sources: Some(program.sources), may_fall_back: true }
                    }
                }
            }
            None => {
                if let Some(native) = before_tier_choice.take() {
                    explain_dropped_entries("moving definitions to CPython", &lowered.diagnostics);
                    return Ok(native);
                }
                NotNative { diagnostics: lowered.diagnostics, sources: Some(lowered.sources), may_fall_back: true }
            }
        };
        if no_fallback {
            return Err(refusal);
        }
        // Each error must lie inside a top-level definition CPython can run
        // alone that does not run there yet.
        let mut added = Vec::new();
        for diagnostic in refusal.diagnostics.iter().filter(|d| d.severity == Severity::Error) {
            let span = diagnostic.primary.as_ref().map(|label| label.span);
            let definition = span.filter(|_| diagnostic.kind != DiagnosticKind::Syntax).and_then(|span| {
                lowered.definitions.iter().find(|definition| definition.span.file == span.file && definition.span.start <= span.start && span.start < definition.span.end)
            });
            match definition {
                Some(definition) if definition.obstacle.is_none() && !requests.contains(&(definition.file.clone(), definition.span.start)) => {
                    let key = (definition.file.clone(), definition.span.start);
                    let entry = reasons.entry(key.clone()).or_default();
                    if !entry.contains(&diagnostic.message) {
                        entry.push(diagnostic.message.clone());
                    }
                    if !added.contains(&key) {
                        added.push(key);
                    }
                }
                _ => {
                    added.clear();
                    break;
                }
            }
        }
        if added.is_empty() {
            // What stopped the definitions from moving, then the first
            // round's reasons.
            let mut refusal = refusal;
            if let Some(first) = first_refusal {
                for diagnostic in first.diagnostics {
                    if !refusal.diagnostics.iter().any(|d| d.message == diagnostic.message && d.primary.as_ref().map(|l| l.span) == diagnostic.primary.as_ref().map(|l| l.span)) {
                        refusal.diagnostics.push(diagnostic);
                    }
                }
            }
            return Err(refusal);
        }
        if first_refusal.is_none() {
            first_refusal = Some(refusal);
        }
        requests.extend(added);
    }
    if let Some(native) = before_tier_choice {
        return Ok(native);
    }
    Err(first_refusal.unwrap_or(NotNative { diagnostics: Vec::new(), sources: None, may_fall_back: true }))
}

/// The top-level definitions (file and start, as the lowering's requests
/// name them) that hold the code at `spans` and may run in CPython, but do
/// not yet.
fn definitions_holding(definitions: &[taipan_parser_bridge::hir::TopLevelDefinition], spans: Vec<taipan_parser_bridge::source::Span>, requests: &IndexSet<(String, u32)>) -> Vec<(String, u32)> {
    let mut found: Vec<(String, u32)> = spans
        .into_iter()
        .filter_map(|span| {
            definitions.iter().find(|definition| definition.span.file == span.file && definition.span.start <= span.start && span.start < definition.span.end && definition.obstacle.is_none())
        })
        .map(|definition| (definition.file.clone(), definition.span.start))
        .filter(|key| !requests.contains(key))
        .collect();
    found.dedup();
    found
}

/// How many times the driver moves refused definitions to CPython before
/// it gives up and runs the whole program there.
const MAX_GRANULARITY_ROUNDS: usize = 8;

const COMPILE_DEFINITIONS_SCRIPT: &str = r#"
import marshal, sys
data = sys.stdin.buffer.read()
out = sys.stdout.buffer
while data:
    length = int.from_bytes(data[:8], "little"); file = data[8:8 + length].decode(); data = data[8 + length:]
    length = int.from_bytes(data[:8], "little"); source = data[8:8 + length].decode(); data = data[8 + length:]
    code = marshal.dumps(compile(source, file, "exec", dont_inherit=True))
    out.write(len(code).to_bytes(8, "little") + code)
"#;

/// Compiles each definition CPython runs to a marshalled code object, with
/// the `python3` whose libpython the executable links.
fn compile_vm_definitions(program: &mut Program) -> Result<(), String> {
    use std::io::Write;
    if python_executable().is_empty() {
        return Err("Taipan was built without a python3, so it cannot embed CPython".to_string());
    }
    let mut input = Vec::new();
    for definition in &program.vm_definitions {
        for field in [definition.file.as_bytes(), definition.source.as_bytes()] {
            input.extend_from_slice(&(field.len() as u64).to_le_bytes());
            input.extend_from_slice(field);
        }
    }
    let mut child = Command::new(python_executable())
        .args(["-I", "-c", COMPILE_DEFINITIONS_SCRIPT])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|error| format!("cannot run {}: {error}", python_executable()))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(&input).map_err(|error| format!("cannot write to {}: {error}", python_executable()))?;
    }
    let output = child.wait_with_output().map_err(|error| format!("cannot run {}: {error}", python_executable()))?;
    if !output.status.success() {
        return Err(format!("compiling definitions to CPython bytecode failed:\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    let mut bytes = output.stdout.as_slice();
    for definition in &mut program.vm_definitions {
        let length = bytes.get(..8).and_then(|b| b.try_into().ok()).map(u64::from_le_bytes).ok_or("the compiled definitions are malformed")? as usize;
        definition.code = bytes.get(8..8 + length).ok_or("the compiled definitions are malformed")?.to_vec();
        bytes = &bytes[8 + length..];
    }
    Ok(())
}

fn compile_native(path: &Path, options: &CompileOptions, want_assembly: bool, timings: &mut Timings) -> Result<CompiledModule, NotNative> {
    let (program, typed) = front_end(path, options.no_fallback, timings)?;
    if options.no_fallback && !typed.vm_places.is_empty() {
        // Each use of the embedded CPython, as an error.
        let diagnostics = typed.vm_places.iter().map(as_error).collect();
        return Err(NotNative { diagnostics, sources: Some(program.sources), may_fall_back: false });
    }
    let compiled = compile_program(&program, &typed, opt_level(options), want_assembly);
    timings.phase("codegen");
    compiled.map_err(|diagnostics| NotNative { diagnostics, sources: Some(program.sources), may_fall_back: true })
}

fn as_error(diagnostic: &Diagnostic) -> Diagnostic {
    let mut error = diagnostic.clone();
    error.severity = Severity::Error;
    error
}

/// Which library a program links.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tier {
    /// Native code only (tiers 1 and 2): the runtime, no libpython.
    Native,
    /// Native code that uses CPython objects, or the whole program run by
    /// the embedded CPython (tier 3): the VM library and libpython.
    Vm,
}

/// Compiles the program natively or, where the native compiler refuses it
/// and `--no-fallback` is not given, freezes it for the embedded CPython.
/// A program CPython would not compile either (a syntax error) is refused
/// with the native compiler's diagnostics.
fn compile(path: &Path, options: &CompileOptions, want_assembly: bool, announce_fallback: bool, timings: &mut Timings) -> Result<(CompiledModule, Tier), ExitCode> {
    let not_native = match compile_native(path, options, want_assembly, timings) {
        Ok(compiled) => {
            let tier = if compiled.uses_cpython() { Tier::Vm } else { Tier::Native };
            return Ok((compiled, tier));
        }
        Err(not_native) => not_native,
    };
    if !not_native.may_fall_back || options.no_fallback {
        not_native.report();
        return Err(ExitCode::from(1));
    }
    let modules = match freeze(path) {
        Ok(modules) => modules,
        Err(FreezeError::NotPython) => {
            not_native.report();
            return Err(ExitCode::from(1));
        }
        Err(FreezeError::Failed(message)) => {
            not_native.report();
            report(&[Diagnostic::without_span(DiagnosticKind::Io, message)], None);
            return Err(ExitCode::from(1));
        }
    };
    timings.phase("freeze");
    if announce_fallback {
        report(&fallback_warnings(&not_native.diagnostics), not_native.sources.as_ref());
    }
    let compiled = compile_frozen_program(&modules, opt_level(options), want_assembly).map_err(|message| {
        report(&[Diagnostic::without_span(DiagnosticKind::Internal, message)], None);
        ExitCode::from(1)
    })?;
    timings.phase("codegen (frozen program)");
    Ok((compiled, Tier::Vm))
}

/// The native compiler's reasons, as warnings: the program still builds.
fn fallback_warnings(diagnostics: &[Diagnostic]) -> Vec<Diagnostic> {
    let mut warnings: Vec<Diagnostic> = diagnostics
        .iter()
        .map(|diagnostic| {
            let mut warning = diagnostic.clone();
            warning.severity = Severity::Warning;
            warning
        })
        .collect();
    if let Some(first) = warnings.first_mut() {
        first.notes.push("so the whole program runs in the embedded CPython VM (tier 3); `--no-fallback` makes this an error".to_string());
    }
    warnings
}

enum FreezeError {
    /// CPython cannot compile the program either (a syntax error).
    NotPython,
    Failed(String),
}

const FREEZE_SCRIPT: &str = include_str!("freeze.py");

/// The python3 Taipan was built with (see build.rs).
fn python_executable() -> &'static str {
    env!("TAIPAN_PYTHON_EXECUTABLE")
}

/// Compiles the program's own modules to marshalled code objects with the
/// python3 Taipan was built with (`freeze.py`).
fn freeze(path: &Path) -> Result<Vec<FrozenModuleImage>, FreezeError> {
    if python_executable().is_empty() {
        return Err(FreezeError::Failed("Taipan was built without a python3, so it cannot embed CPython".to_string()));
    }
    let work = tempdir().map_err(FreezeError::Failed)?;
    let output_path = work.join("frozen.bin");
    let result = Command::new(python_executable())
        .args(["-I", "-c", FREEZE_SCRIPT])
        .arg(path)
        .arg(&output_path)
        .output()
        .map_err(|error| FreezeError::Failed(format!("cannot run {}: {error}", python_executable())));
    let bytes = std::fs::read(&output_path);
    let _ = std::fs::remove_dir_all(&work);
    let result = result?;
    match result.status.code() {
        Some(0) => {}
        Some(2) => return Err(FreezeError::NotPython),
        _ => return Err(FreezeError::Failed(format!("compiling the program to CPython bytecode failed:\n{}", String::from_utf8_lossy(&result.stderr)))),
    }
    let bytes = bytes.map_err(|error| FreezeError::Failed(format!("cannot read the frozen modules: {error}")))?;
    parse_frozen_records(&bytes).ok_or_else(|| FreezeError::Failed("the frozen modules are malformed".to_string()))
}

/// Reads `freeze.py`'s records.
fn parse_frozen_records(mut bytes: &[u8]) -> Option<Vec<FrozenModuleImage>> {
    fn field<'a>(bytes: &mut &'a [u8]) -> Option<&'a [u8]> {
        let length = u64::from_le_bytes(bytes.get(..8)?.try_into().ok()?) as usize;
        let value = bytes.get(8..8usize.checked_add(length)?)?;
        *bytes = &bytes[8 + length..];
        Some(value)
    }
    let mut modules = Vec::new();
    while !bytes.is_empty() {
        let name = String::from_utf8(field(&mut bytes)?.to_vec()).ok()?;
        let file = String::from_utf8(field(&mut bytes)?.to_vec()).ok()?;
        let code = field(&mut bytes)?.to_vec();
        let is_package = *bytes.first()? == 1;
        bytes = &bytes[1..];
        modules.push(FrozenModuleImage { name, file, code, is_package });
    }
    (!modules.is_empty()).then_some(modules)
}

/// The runtime static library: `TAIPAN_RUNTIME_LIB`, or where cargo puts it
/// relative to this executable: beside it (`target/<profile>/`, when the whole
/// workspace was built) or in `deps/` with a hash in its name (when only the
/// `taipan` package or its tests were built; the newest is the one built with
/// this executable).
fn runtime_library() -> Result<PathBuf, String> {
    static_library("taipan_runtime", "TAIPAN_RUNTIME_LIB")
}

/// The embedded VM's static library (which bundles the runtime):
/// `TAIPAN_VM_LIB`, or found as the runtime is.
fn vm_library() -> Result<PathBuf, String> {
    static_library("taipan_vm", "TAIPAN_VM_LIB")
}

fn static_library(stem: &str, variable: &str) -> Result<PathBuf, String> {
    if let Ok(path) = std::env::var(variable) {
        return Ok(PathBuf::from(path));
    }
    let exe = std::env::current_exe().map_err(|error| format!("cannot locate the taipan executable: {error}"))?;
    let directory = exe.parent().unwrap_or(Path::new("."));
    // The newest of them all: a `lib<stem>.a` beside the executable may be
    // left from an earlier build of that package alone, older than the one
    // cargo built with this executable into `deps/`.
    let mut newest: Option<(std::time::SystemTime, PathBuf)> = None;
    for folder in [directory.to_path_buf(), directory.join("deps"), directory.join("..")] {
        let candidates = std::fs::read_dir(&folder).into_iter().flatten().flatten().filter(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name == format!("lib{stem}.a") || (name.starts_with(&format!("lib{stem}-")) && name.ends_with(".a"))
        });
        for entry in candidates {
            let Some(modified) = entry.metadata().ok().and_then(|metadata| metadata.modified().ok()) else { continue };
            if newest.as_ref().is_none_or(|(time, _)| modified > *time) {
                newest = Some((modified, entry.path()));
            }
        }
    }
    if let Some((_, path)) = newest {
        return Ok(path);
    }
    Err(format!("cannot find lib{stem}.a near {} (build the workspace with cargo, or set {variable})", exe.display()))
}

/// Links an object file with the runtime (or, for tier 3, the VM library and
/// libpython) into an executable with `cc`.
fn link(object: &[u8], output: &Path, tier: Tier) -> Result<(), String> {
    let runtime = match tier {
        Tier::Native => runtime_library()?,
        Tier::Vm => vm_library()?,
    };
    let python: Vec<String> = match tier {
        Tier::Native => Vec::new(),
        Tier::Vm => {
            let libdir = env!("TAIPAN_PYTHON_LIBDIR");
            vec![format!("-L{libdir}"), format!("-l{}", env!("TAIPAN_PYTHON_LIBRARY")), format!("-Wl,-rpath,{libdir}")]
        }
    };
    let work = tempdir()?;
    let object_path = work.join("program.o");
    std::fs::write(&object_path, object).map_err(|error| format!("cannot write {}: {error}", object_path.display()))?;
    let result = Command::new("cc")
        .arg("-o")
        .arg(output)
        .arg(&object_path)
        .arg(&runtime)
        .args(&python)
        // Boehm GC linked statically, so the executable stands alone.
        .args(["-Wl,-Bstatic", "-lgc", "-Wl,-Bdynamic", "-lpthread", "-ldl", "-lm", "-Wl,--gc-sections"])
        .output()
        .map_err(|error| format!("cannot run the system C compiler `cc` to link: {error}"))?;
    let _ = std::fs::remove_dir_all(&work);
    if !result.status.success() {
        return Err(format!("linking failed:\n{}", String::from_utf8_lossy(&result.stderr)));
    }
    Ok(())
}

fn tempdir() -> Result<PathBuf, String> {
    let base = std::env::temp_dir();
    let unique = format!("taipan-{}-{}", std::process::id(), std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0));
    let path = base.join(unique);
    std::fs::create_dir_all(&path).map_err(|error| format!("cannot create {}: {error}", path.display()))?;
    Ok(path)
}

fn build_executable(program: &Path, output: &Path, options: &CompileOptions, announce_fallback: bool) -> Result<(), ExitCode> {
    let mut timings = Timings::new(options.timings);
    let (compiled, tier) = compile(program, options, false, announce_fallback, &mut timings)?;
    if let Err(message) = link(compiled.object(), output, tier) {
        report(&[Diagnostic::without_span(DiagnosticKind::Io, message)], None);
        return Err(ExitCode::from(1));
    }
    timings.phase("link");
    Ok(())
}

pub fn build(program: &Path, output: Option<PathBuf>, options: &CompileOptions) -> ExitCode {
    let output = output.unwrap_or_else(|| PathBuf::from(program.file_stem().unwrap_or_default()));
    match build_executable(program, &output, options, true) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

/// `taipan ext MOD.py [-o DIR]`: the module compiled natively into a CPython
/// extension module, `DIR/MOD<EXT_SUFFIX>` (the suffix of the `python3`
/// Taipan was built with, whose ABI the module uses). The module's code must
/// compile natively (it may use CPython's modules, which the importing
/// interpreter provides).
///
/// A package folder (`taipan ext pkg/`) becomes one extension module,
/// `DIR/pkg/__init__<EXT_SUFFIX>`, holding the package and every module of
/// it that its `__init__.py` imports (each put into `sys.modules` at
/// import); the package's other `.py` files are copied beside it, to run
/// in CPython.
pub fn extension(module: &Path, output: Option<PathBuf>, options: &CompileOptions) -> ExitCode {
    let package_folder = module.is_dir().then(|| module.to_path_buf());
    let module_path = match &package_folder {
        Some(folder) => folder.join("__init__.py"),
        None => module.to_path_buf(),
    };
    let module = module_path.as_path();
    let name = match &package_folder {
        Some(folder) => std::fs::canonicalize(folder).ok().and_then(|path| path.file_name().map(|name| name.to_string_lossy().into_owned())).unwrap_or_default(),
        None => module.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_default(),
    };
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') || name.starts_with(|c: char| c.is_ascii_digit()) {
        report(&[Diagnostic::without_span(DiagnosticKind::Io, format!("`{name}` is not a module name CPython can import (letters, digits and `_`)"))], None);
        return ExitCode::from(1);
    }
    let mut timings = Timings::new(options.timings);
    // A function CPython could not call compiled (`*args`, `**kwargs`) runs
    // in CPython, the host interpreter, as refused code does. (A class with
    // several bases stays native and unexported: in CPython, a compiled
    // instance would still have only one compiled class.)
    let not_callable = |program: &Program, _typed: &TypedProgram| -> Vec<taipan_parser_bridge::source::Span> {
        use taipan_parser_bridge::hir::GlobalKind;
        use taipan_typeinfer::extension_entries::{callable_from_cpython, is_exported_module};
        program
            .globals
            .iter()
            .filter(|global| is_exported_module(program, global.module))
            .filter_map(|global| match global.kind {
                GlobalKind::Function(function) if !callable_from_cpython(program, function) && !program.function(function).is_closure => Some(program.function(function).span),
                _ => None,
            })
            .collect()
    };
    let (program, typed) = match front_end_named(module, options.no_fallback, &name, &not_callable, &mut timings) {
        Ok(result) => result,
        Err(refusal) => {
            report(&refusal.diagnostics, refusal.sources.as_ref());
            return ExitCode::from(1);
        }
    };
    // What the host interpreter runs instead, and why (`--no-fallback`
    // refused it above).
    let moved: Vec<Diagnostic> = program
        .vm_definitions
        .iter()
        .map(|definition| {
            let mut warning = Diagnostic::warning(DiagnosticKind::Vm, format!("`{}` runs in CPython (the importing interpreter), not compiled", definition.name), definition.span)
                .with_primary_label("run by CPython");
            for reason in &definition.reasons {
                warning = warning.with_note(format!("the native compiler refused it: {reason}"));
            }
            if definition.runs_faster_in_cpython {
                warning = warning.with_note("it runs faster there: each of its loops only works on CPython objects");
            } else if definition.reasons.is_empty() {
                warning = warning.with_note("CPython could not call its compiled version: it takes *args or **kwargs");
            }
            warning
        })
        .collect();
    report(&moved, Some(&program.sources));
    // The boxed path: functions CPython could not call otherwise get an
    // instance for CPython objects. Should that not compile, the module is
    // built without them (calling one then raises TypeError saying why).
    let (boxed, failures) = with_boxed_entries(&program, &typed);
    let mut typed = typed;
    typed.boxed_entry_failures = failures;
    timings.phase("infer (boxed entries)");
    let compiled_with_entries = boxed.as_ref().and_then(|boxed| match taipan_codegen::compile_extension(&program, boxed, opt_level(options), &name) {
        Ok(compiled) => Some(compiled),
        Err(diagnostics) => {
            explain_dropped_entries("codegen", &diagnostics);
            None
        }
    });
    let compiled = match compiled_with_entries {
        Some(compiled) => compiled,
        None => match taipan_codegen::compile_extension(&program, &typed, opt_level(options), &name) {
            Ok(compiled) => compiled,
            Err(diagnostics) => {
                report(&diagnostics, Some(&program.sources));
                return ExitCode::from(1);
            }
        },
    };
    timings.phase("codegen");
    let mut directory = output.unwrap_or_else(|| PathBuf::from("."));
    let target_name = match &package_folder {
        Some(folder) => {
            // The built package goes into its own folder, which must not be
            // (or be inside) the package's sources: copying the modules
            // there would overwrite or remove them.
            let source = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.clone());
            let _ = std::fs::create_dir_all(&directory);
            let base = std::fs::canonicalize(&directory).unwrap_or_else(|_| directory.clone());
            if base.join(&name).starts_with(&source) {
                let message = format!(
                    "the built package would go into `{}`, the package's own sources; give `-o DIR` with a folder outside it",
                    base.join(&name).display()
                );
                report(&[Diagnostic::without_span(DiagnosticKind::Io, message)], None);
                return ExitCode::from(1);
            }
            directory.push(&name);
            "__init__".to_string()
        }
        None => name.clone(),
    };
    if let Err(error) = std::fs::create_dir_all(&directory) {
        report(&[Diagnostic::without_span(DiagnosticKind::Io, format!("cannot create {}: {error}", directory.display()))], None);
        return ExitCode::from(1);
    }
    let target = directory.join(format!("{target_name}{}", env!("TAIPAN_PYTHON_EXT_SUFFIX")));
    if let Some(folder) = &package_folder {
        if let Err(message) = copy_uncompiled_package_files(folder, &directory, &program) {
            report(&[Diagnostic::without_span(DiagnosticKind::Io, message)], None);
            return ExitCode::from(1);
        }
    }
    if let Err(message) = link_extension(compiled.object(), &target, &name) {
        report(&[Diagnostic::without_span(DiagnosticKind::Io, message)], None);
        return ExitCode::from(1);
    }
    timings.phase("link");
    ExitCode::SUCCESS
}

/// The program inferred again with an instance for CPython objects of each
/// function of the module that has none CPython can call, and one for the
/// annotated types of each annotated function (`extension_entries`); an
/// entry whose function inference rejects is dropped and the rest tried
/// again. Then the annotated functions' versions for CPython objects
/// (`fallback_entries`), kept where they change no global's or field's
/// type. None when no function needs an entry or none infers.
fn with_boxed_entries(program: &Program, typed: &TypedProgram) -> (Option<TypedProgram>, IndexMap<taipan_parser_bridge::hir::FunctionId, String>) {
    let entries = taipan_typeinfer::extension_entries::boxed_entries(program, typed);
    let mut failures: IndexMap<taipan_parser_bridge::hir::FunctionId, String> = IndexMap::new();
    let (mut best, mut kept) = infer_dropping_failures(program, entries, &mut failures);
    let fallbacks = taipan_typeinfer::extension_entries::fallback_entries(program, typed);
    if !fallbacks.is_empty() {
        // All at once when they change nothing shared; else one by one
        // (a few: each is an inference of the whole program).
        let mut tries: Vec<Vec<(taipan_parser_bridge::hir::FunctionId, Vec<taipan_typeinfer::types::Type>)>> = vec![fallbacks.clone()];
        if fallbacks.len() > 1 && fallbacks.len() <= 12 {
            tries.extend(fallbacks.iter().map(|fallback| vec![fallback.clone()]));
        }
        let mut all_kept = false;
        for (index, extra) in tries.into_iter().enumerate() {
            if all_kept {
                break;
            }
            let mut candidate = kept.clone();
            candidate.extend(extra);
            let mut ignored = IndexMap::new();
            let (with_fallbacks, survivors) = infer_dropping_failures(program, candidate, &mut ignored);
            let Some(with_fallbacks) = with_fallbacks else { continue };
            let reference = best.as_ref().unwrap_or(typed);
            if with_fallbacks.global_types == reference.global_types && with_fallbacks.fields == reference.fields {
                best = Some(with_fallbacks);
                kept = survivors;
                all_kept = index == 0;
            } else if std::env::var_os("TAIPAN_DEBUG_ENTRIES").is_some() {
                eprintln!("boxed entries dropped: a version for CPython objects would change a global's or a field's type");
            }
        }
    }
    if let Some(best) = best.as_mut() {
        best.boxed_entry_failures = failures.clone();
    }
    (best, failures)
}

/// Infers the program with `entries`, dropping (and saying why in
/// `failures`) an entry of each function inference rejects, until it
/// infers: the program and the entries kept, or None when none infers.
/// A function with several entries loses its last first.
fn infer_dropping_failures(
    program: &Program,
    mut entries: Vec<(taipan_parser_bridge::hir::FunctionId, Vec<taipan_typeinfer::types::Type>)>,
    failures: &mut IndexMap<taipan_parser_bridge::hir::FunctionId, String>,
) -> (Option<TypedProgram>, Vec<(taipan_parser_bridge::hir::FunctionId, Vec<taipan_typeinfer::types::Type>)>) {
    while !entries.is_empty() {
        let (inferred, diagnostics) = taipan_typeinfer::infer_program_with_entries(program, &entries);
        explain_dropped_entries("inference", &diagnostics);
        if inferred.is_some() {
            return (inferred, entries);
        }
        let mut dropped = Vec::new();
        for (function, _) in &entries {
            if dropped.contains(function) {
                continue;
            }
            let span = program.function(*function).span;
            let reason = diagnostics.iter().find(|diagnostic| {
                diagnostic.primary.as_ref().is_some_and(|label| label.span.file == span.file && span.start <= label.span.start && label.span.end <= span.end)
            });
            if let Some(reason) = reason {
                let (line, column) = program.sources.get(taipan_parser_bridge::source::FileId(span.file)).line_column(reason.primary.as_ref().map_or(span.start, |label| label.span.start));
                failures.entry(*function).or_insert_with(|| format!("{} (line {line}, column {column})", reason.message));
                dropped.push(*function);
            }
        }
        if dropped.is_empty() {
            return (None, entries);
        }
        for function in dropped {
            if let Some(last) = entries.iter().rposition(|(entry_function, _)| *entry_function == function) {
                entries.remove(last);
            }
        }
    }
    (None, entries)
}

/// With `TAIPAN_DEBUG_ENTRIES` set, why boxed entries were dropped: for
/// Taipan's own debugging, since the module is built without them anyway.
fn explain_dropped_entries(stage: &str, diagnostics: &[Diagnostic]) {
    if std::env::var_os("TAIPAN_DEBUG_ENTRIES").is_some() {
        for diagnostic in diagnostics {
            let place = diagnostic.primary.as_ref().map_or(String::from("no place"), |label| format!("{}..{}", label.span.start, label.span.end));
            eprintln!("boxed entries dropped ({stage}): {} ({place})", diagnostic.message);
        }
    }
}

/// The `.py` files of a package folder that the compiled package does not
/// hold (its `__init__.py` does not import them), copied into the built
/// package's folder, where CPython finds them (`pkg.__path__`); subfolders
/// likewise. A stale copy of a module that is now compiled is removed.
fn copy_uncompiled_package_files(source: &Path, target: &Path, program: &Program) -> Result<(), String> {
    let compiled: Vec<PathBuf> = program.modules.iter().filter_map(|module| std::fs::canonicalize(&program.sources.get(module.file).path).ok()).collect();
    let entries = std::fs::read_dir(source).map_err(|error| format!("cannot read {}: {error}", source.display()))?;
    let mut entries: Vec<PathBuf> = entries.filter_map(|entry| entry.ok().map(|entry| entry.path())).collect();
    entries.sort();
    for path in entries {
        let Some(file_name) = path.file_name() else { continue };
        let destination = target.join(file_name);
        if path.is_dir() {
            if file_name == "__pycache__" {
                continue;
            }
            std::fs::create_dir_all(&destination).map_err(|error| format!("cannot create {}: {error}", destination.display()))?;
            copy_uncompiled_package_files(&path, &destination, program)?;
            continue;
        }
        if path.extension().is_none_or(|extension| extension != "py") {
            continue;
        }
        let is_compiled = std::fs::canonicalize(&path).is_ok_and(|canonical| compiled.contains(&canonical));
        if is_compiled {
            let _ = std::fs::remove_file(&destination);
        } else {
            std::fs::copy(&path, &destination).map_err(|error| format!("cannot copy {} to {}: {error}", path.display(), destination.display()))?;
        }
    }
    Ok(())
}

/// Links an extension module's object with the VM library into a shared
/// library that exports only `PyInit_<name>`; CPython's own symbols come
/// from the interpreter that loads it.
fn link_extension(object: &[u8], output: &Path, name: &str) -> Result<(), String> {
    let library = vm_library()?;
    let work = tempdir()?;
    let object_path = work.join("module.o");
    std::fs::write(&object_path, object).map_err(|error| format!("cannot write {}: {error}", object_path.display()))?;
    let exports = work.join("exports.map");
    std::fs::write(&exports, format!("{{ global: PyInit_{name}; local: *; }};\n")).map_err(|error| format!("cannot write {}: {error}", exports.display()))?;
    let result = Command::new("cc")
        .arg("-shared")
        .arg("-o")
        .arg(output)
        .arg(&object_path)
        .arg(&library)
        .arg(format!("-Wl,--version-script={}", exports.display()))
        .args(["-lgc", "-lpthread", "-ldl", "-lm", "-Wl,--gc-sections"])
        .output()
        .map_err(|error| format!("cannot run the system C compiler `cc` to link: {error}"))?;
    let _ = std::fs::remove_dir_all(&work);
    if !result.status.success() {
        return Err(format!("linking failed:\n{}", String::from_utf8_lossy(&result.stderr)));
    }
    Ok(())
}

/// The cache key: the program's sources, the options and the identity of
/// the compiler and libraries that built it, so a cached executable is never
/// stale. The sources are the main file and every `.py` file beside it or in
/// a package directory beside it, which covers each module it can import
/// from its own directory.
fn cache_key(program: &Path, options: &CompileOptions) -> Option<String> {
    let mut hasher = DefaultHasher::new();
    std::fs::read(program).ok()?.hash(&mut hasher);
    options.opt.hash(&mut hasher);
    options.no_fallback.hash(&mut hasher);
    let mut identities = vec![std::env::current_exe().ok()?, runtime_library().ok()?];
    identities.extend(vm_library().ok());
    let directory = program.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    identities.extend(sibling_sources(directory, 0));
    for path in identities {
        let metadata = std::fs::metadata(&path).ok()?;
        path.hash(&mut hasher);
        metadata.len().hash(&mut hasher);
        metadata.modified().ok()?.hash(&mut hasher);
    }
    Some(format!("{:016x}", hasher.finish()))
}

/// The `.py` files in `directory` and in its packages, sorted.
fn sibling_sources(directory: &Path, depth: usize) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let Ok(entries) = std::fs::read_dir(directory) else { return files };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|entry| entry.path()).collect();
    paths.sort();
    for path in paths {
        if path.extension().is_some_and(|extension| extension == "py") {
            files.push(path);
        } else if depth < 4 && path.join("__init__.py").is_file() {
            files.extend(sibling_sources(&path, depth + 1));
        }
    }
    files
}

fn cache_dir() -> PathBuf {
    if let Ok(dir) = std::env::var("TAIPAN_CACHE_DIR") {
        return PathBuf::from(dir);
    }
    if let Ok(dir) = std::env::var("XDG_CACHE_HOME") {
        return PathBuf::from(dir).join("taipan");
    }
    match std::env::var("HOME") {
        Ok(home) => PathBuf::from(home).join(".cache").join("taipan"),
        Err(_) => std::env::temp_dir().join("taipan-cache"),
    }
}

pub fn run(program: &Path, args: &[String], options: &CompileOptions) -> ExitCode {
    let stem = program.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "program".into());
    let executable = match cache_key(program, options) {
        Some(key) => cache_dir().join(key).join(&stem),
        None => std::env::temp_dir().join(format!("taipan-run-{}", std::process::id())).join(&stem),
    };
    if !executable.exists() || options.timings {
        if let Some(parent) = executable.parent() {
            if let Err(error) = std::fs::create_dir_all(parent) {
                report(&[Diagnostic::without_span(DiagnosticKind::Io, format!("cannot create {}: {error}", parent.display()))], None);
                return ExitCode::from(1);
            }
        }
        // Build beside the final name and rename, so a concurrent run never
        // sees a half-written executable.
        let partial = executable.with_extension(format!("partial{}", std::process::id()));
        // Quietly: what `taipan run` prints on stderr is the program's.
        if let Err(code) = build_executable(program, &partial, options, false) {
            return code;
        }
        if let Err(error) = std::fs::rename(&partial, &executable) {
            report(&[Diagnostic::without_span(DiagnosticKind::Io, format!("cannot write {}: {error}", executable.display()))], None);
            return ExitCode::from(1);
        }
    }
    match Command::new(&executable).arg0_compat(program).args(args).status() {
        Ok(status) => exit_code_of(status),
        Err(error) => {
            report(&[Diagnostic::without_span(DiagnosticKind::Io, format!("cannot run {}: {error}", executable.display()))], None);
            ExitCode::from(1)
        }
    }
}

trait Arg0Compat {
    fn arg0_compat(&mut self, program: &Path) -> &mut Self;
}

impl Arg0Compat for Command {
    /// The program sees its `.py` path as `argv[0]`, as under CPython.
    fn arg0_compat(&mut self, program: &Path) -> &mut Self {
        use std::os::unix::process::CommandExt;
        self.arg0(program)
    }
}

fn exit_code_of(status: std::process::ExitStatus) -> ExitCode {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => ExitCode::from(code as u8),
        (None, Some(signal)) => ExitCode::from(128u8.wrapping_add(signal as u8)),
        _ => ExitCode::from(1),
    }
}

pub fn emit(program: &Path, what: EmitKind, output: Option<PathBuf>, options: &CompileOptions) -> ExitCode {
    let mut timings = Timings::new(options.timings);
    let compiled = match compile(program, options, matches!(what, EmitKind::Assembly), true, &mut timings) {
        Ok((compiled, _)) => compiled,
        Err(code) => return code,
    };
    let bytes: Vec<u8> = match what {
        EmitKind::Ir => compiled.ir().as_bytes().to_vec(),
        EmitKind::Assembly => compiled.assembly().unwrap_or_default().as_bytes().to_vec(),
        EmitKind::Object => compiled.object().to_vec(),
    };
    match output {
        Some(path) => {
            if let Err(error) = std::fs::write(&path, &bytes) {
                report(&[Diagnostic::without_span(DiagnosticKind::Io, format!("cannot write {}: {error}", path.display()))], None);
                return ExitCode::from(1);
            }
        }
        None => {
            use std::io::Write;
            let _ = std::io::stdout().write_all(&bytes);
        }
    }
    ExitCode::SUCCESS
}

pub fn check(program: &Path, types: bool, options: &CompileOptions) -> ExitCode {
    let mut timings = Timings::new(options.timings);
    match front_end(program, options.no_fallback, &mut timings) {
        Ok((program, typed)) => {
            if types {
                print!("{}", taipan_typeinfer::render_types(&program, &typed));
            }
            // Where the program runs in the dynamic tier or calls into the
            // embedded CPython, and why.
            report(&typed.dynamic_places, Some(&program.sources));
            if options.no_fallback && !typed.vm_places.is_empty() {
                let errors: Vec<Diagnostic> = typed.vm_places.iter().map(as_error).collect();
                report(&errors, Some(&program.sources));
                return ExitCode::from(1);
            }
            report(&typed.vm_places, Some(&program.sources));
            ExitCode::SUCCESS
        }
        Err(not_native) if not_native.may_fall_back && !options.no_fallback => {
            // Where the program runs in the embedded VM, and why; a program
            // CPython cannot compile either is still an error.
            match freeze(program) {
                Ok(_) => {
                    report(&fallback_warnings(&not_native.diagnostics), not_native.sources.as_ref());
                    ExitCode::SUCCESS
                }
                Err(_) => {
                    not_native.report();
                    ExitCode::from(1)
                }
            }
        }
        Err(not_native) => {
            not_native.report();
            ExitCode::from(1)
        }
    }
}
