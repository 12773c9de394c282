//! The pipeline, the linker invocation and the build cache.

use crate::CompileOptions;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;
use taipan_codegen::{compile_program, CompiledModule, OptLevel};
use taipan_parser_bridge::diagnostics::render_all;
use taipan_parser_bridge::hir::Program;
use taipan_parser_bridge::{Diagnostic, DiagnosticKind, SourceMap};
use taipan_typeinfer::TypedProgram;

pub enum EmitKind {
    Ir,
    Assembly,
    Object,
}

/// Prints how long each phase took when `--timings` is given.
struct Timings {
    enabled: bool,
    last: Instant,
}

impl Timings {
    fn new(enabled: bool) -> Timings {
        Timings { enabled, last: Instant::now() }
    }

    fn phase(&mut self, name: &str) {
        let now = Instant::now();
        if self.enabled {
            eprintln!("timing: {:>8.2} ms  {name}", (now - self.last).as_secs_f64() * 1000.0);
        }
        self.last = now;
    }
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

/// Parses and infers types; on failure prints the diagnostics.
fn front_end(path: &Path, timings: &mut Timings) -> Result<(Program, TypedProgram), ExitCode> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            report(&[Diagnostic::without_span(DiagnosticKind::Io, format!("cannot read {}: {error}", path.display()))], None);
            return Err(ExitCode::from(1));
        }
    };
    let display = path.display().to_string();
    let (program, diagnostics, sources) = taipan_parser_bridge::lower_program(&display, &text);
    timings.phase("parse");
    let Some(program) = program else {
        report(&diagnostics, Some(&sources));
        return Err(ExitCode::from(1));
    };
    let (typed, diagnostics) = taipan_typeinfer::infer_program(&program);
    if let Some(typed) = &typed {
        timings.phase(&format!("infer ({} instances, {} rounds)", typed.instances.len(), typed.rounds));
    } else {
        timings.phase("infer");
    }
    match typed {
        Some(typed) => Ok((program, typed)),
        None => {
            report(&diagnostics, Some(&program.sources));
            Err(ExitCode::from(1))
        }
    }
}

fn compile(path: &Path, options: &CompileOptions, want_assembly: bool, timings: &mut Timings) -> Result<CompiledModule, ExitCode> {
    let (program, typed) = front_end(path, timings)?;
    let compiled = compile_program(&program, &typed, opt_level(options), want_assembly);
    timings.phase("codegen");
    compiled.map_err(|diagnostics| {
        report(&diagnostics, Some(&program.sources));
        ExitCode::from(1)
    })
}

/// The runtime static library: `TAIPAN_RUNTIME_LIB`, or where cargo puts it
/// relative to this executable: beside it (`target/<profile>/`, when the whole
/// workspace was built) or in `deps/` with a hash in its name (when only the
/// `taipan` package or its tests were built; the newest is the one built with
/// this executable).
fn runtime_library() -> Result<PathBuf, String> {
    if let Ok(path) = std::env::var("TAIPAN_RUNTIME_LIB") {
        return Ok(PathBuf::from(path));
    }
    let exe = std::env::current_exe().map_err(|error| format!("cannot locate the taipan executable: {error}"))?;
    let directory = exe.parent().unwrap_or(Path::new("."));
    for folder in [directory.to_path_buf(), directory.join("deps"), directory.join("..")] {
        let exact = folder.join("libtaipan_runtime.a");
        if exact.exists() {
            return Ok(exact);
        }
        let newest = std::fs::read_dir(&folder)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                name.starts_with("libtaipan_runtime-") && name.ends_with(".a")
            })
            .filter_map(|entry| Some((entry.metadata().ok()?.modified().ok()?, entry.path())))
            .max();
        if let Some((_, path)) = newest {
            return Ok(path);
        }
    }
    Err(format!(
        "cannot find libtaipan_runtime.a near {} (build the workspace with cargo, or set TAIPAN_RUNTIME_LIB)",
        exe.display()
    ))
}

/// Links an object file with the runtime into an executable with `cc`.
fn link(object: &[u8], output: &Path) -> Result<(), String> {
    let runtime = runtime_library()?;
    let work = tempdir()?;
    let object_path = work.join("program.o");
    std::fs::write(&object_path, object).map_err(|error| format!("cannot write {}: {error}", object_path.display()))?;
    let result = Command::new("cc")
        .arg("-o")
        .arg(output)
        .arg(&object_path)
        .arg(&runtime)
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

fn build_executable(program: &Path, output: &Path, options: &CompileOptions) -> Result<(), ExitCode> {
    let mut timings = Timings::new(options.timings);
    let compiled = compile(program, options, false, &mut timings)?;
    if let Err(message) = link(compiled.object(), output) {
        report(&[Diagnostic::without_span(DiagnosticKind::Io, message)], None);
        return Err(ExitCode::from(1));
    }
    timings.phase("link");
    Ok(())
}

pub fn build(program: &Path, output: Option<PathBuf>, options: &CompileOptions) -> ExitCode {
    let output = output.unwrap_or_else(|| PathBuf::from(program.file_stem().unwrap_or_default()));
    match build_executable(program, &output, options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

/// The cache key: the source, the options and the identity of the compiler and
/// runtime that built it, so a cached executable is never stale.
fn cache_key(program: &Path, options: &CompileOptions) -> Option<String> {
    let mut hasher = DefaultHasher::new();
    std::fs::read(program).ok()?.hash(&mut hasher);
    options.opt.hash(&mut hasher);
    for path in [std::env::current_exe().ok()?, runtime_library().ok()?] {
        let metadata = std::fs::metadata(&path).ok()?;
        metadata.len().hash(&mut hasher);
        metadata.modified().ok()?.hash(&mut hasher);
    }
    Some(format!("{:016x}", hasher.finish()))
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
        if let Err(code) = build_executable(program, &partial, options) {
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
    let compiled = match compile(program, options, matches!(what, EmitKind::Assembly), &mut timings) {
        Ok(compiled) => compiled,
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
    match front_end(program, &mut timings) {
        Ok((program, typed)) => {
            if types {
                print!("{}", taipan_typeinfer::render_types(&program, &typed));
            }
            // Where the program runs in the dynamic tier, and why.
            report(&typed.dynamic_places, Some(&program.sources));
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}
