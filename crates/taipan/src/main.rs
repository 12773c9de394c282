//! The `taipan` command: the driver that runs the pipeline and the linker.
//!
//! It owns the command line (clap), reading source files, calling the stages in
//! order (parser-bridge, typeinfer, codegen), printing diagnostics, linking the
//! object code with the runtime library through the system `cc`, and the build
//! cache `taipan run` uses. It contains no compiler logic of its own.

mod driver;

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "taipan", version, about = "An ahead-of-time compiler from Python 3 to native executables")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
pub struct CompileOptions {
    /// Optimisation level: -O0, -O1, -O2 (default) or -O3.
    #[arg(short = 'O', default_value = "2", value_parser = ["0", "1", "2", "3"])]
    pub opt: String,
    /// Print how long each compiler phase took, on stderr.
    #[arg(long)]
    pub timings: bool,
    /// Refuse, with the native compiler's diagnostics, a program that would
    /// otherwise run in the embedded CPython VM (tier 3).
    #[arg(long)]
    pub no_fallback: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a program to a native executable.
    Build {
        /// The Python program.
        program: PathBuf,
        /// Where to write the executable (default: the program's name without `.py`).
        #[arg(short = 'o')]
        output: Option<PathBuf>,
        #[command(flatten)]
        options: CompileOptions,
    },
    /// Compile a program (cached) and run it; its exit status becomes Taipan's.
    Run {
        /// The Python program.
        program: PathBuf,
        #[command(flatten)]
        options: CompileOptions,
        /// Arguments passed to the program.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print LLVM IR or assembly, or write an object file.
    Emit {
        /// The Python program.
        program: PathBuf,
        /// Print the LLVM IR (the default).
        #[arg(long, group = "what")]
        ir: bool,
        /// Print the assembly.
        #[arg(long, group = "what")]
        asm: bool,
        /// Write an object file (needs -o).
        #[arg(long, group = "what", requires = "output")]
        obj: bool,
        /// Output file (for --obj; IR and assembly go to stdout without it).
        #[arg(short = 'o')]
        output: Option<PathBuf>,
        #[command(flatten)]
        options: CompileOptions,
    },
    /// Compile a module into a CPython extension module (`import MOD` then
    /// runs it natively).
    Ext {
        /// The Python module.
        module: PathBuf,
        /// The folder to write `MOD<EXT_SUFFIX>` into (default: the current one).
        #[arg(short = 'o')]
        output: Option<PathBuf>,
        #[command(flatten)]
        options: CompileOptions,
    },
    /// Check a program without building it; with --types, print inferred types.
    Check {
        /// The Python program.
        program: PathBuf,
        /// Print every function instance's signature and its locals' types.
        #[arg(long)]
        types: bool,
        #[command(flatten)]
        options: CompileOptions,
    },
}

/// The compiler's stages recurse over the program's syntax tree; a large
/// stack (reserved, not committed) keeps deeply nested but legal programs
/// from overflowing it. Nesting beyond parser-bridge's limit is a diagnostic.
const COMPILER_STACK_BYTES: usize = 512 << 20;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let worker = std::thread::Builder::new().stack_size(COMPILER_STACK_BYTES).spawn(move || execute(cli));
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("error[internal]: the compiler panicked; this is a bug in Taipan");
            ExitCode::from(101)
        }
    }
}

fn execute(cli: Cli) -> ExitCode {
    let result = std::panic::catch_unwind(|| match cli.command {
        Command::Build { program, output, options } => driver::build(&program, output, &options),
        Command::Run { program, options, args } => driver::run(&program, &args, &options),
        Command::Emit { program, ir: _, asm, obj, output, options } => {
            let what = if obj {
                driver::EmitKind::Object
            } else if asm {
                driver::EmitKind::Assembly
            } else {
                driver::EmitKind::Ir
            };
            driver::emit(&program, what, output, &options)
        }
        Command::Check { program, types, options } => driver::check(&program, types, &options),
        Command::Ext { module, output, options } => driver::extension(&module, output, &options),
    });
    match result {
        Ok(code) => code,
        Err(_) => {
            eprintln!("error[internal]: the compiler panicked; this is a bug in Taipan");
            ExitCode::from(101)
        }
    }
}
