//! `taipan ext`: every module under `tests/ext/` (a `NAME.py` beside its
//! driver `NAME.test.py`) is built into an extension module, and the driver,
//! run by `python3`, must print the same with the extension as with the
//! plain module: the same stdout, exit code and last stderr line.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The output of `python3 NAME.test.py` run in `folder`: stdout, exit
/// code, last line of stderr.
fn run_driver(folder: &Path, driver: &str) -> (String, Option<i32>, String) {
    // Not `-I`: that leaves the driver's own folder, where the module is,
    // off `sys.path`.
    let output = Command::new("timeout")
        .args(["120s", "python3", "-s", driver])
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONPATH")
        .current_dir(folder)
        .output()
        .expect("run python3");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let last = stderr.trim_end().lines().last().unwrap_or("").to_string();
    (String::from_utf8_lossy(&output.stdout).into_owned(), output.status.code(), last)
}

/// Writes `source` as `NAME.py` in `work` and builds it there with
/// `taipan ext`, failing the test if the build fails.
fn build_extension(work: &Path, name: &str, source: &str) {
    let module = work.join(format!("{name}.py"));
    std::fs::write(&module, source).unwrap();
    let build = taipan().arg("ext").arg(&module).arg("-o").arg(work).output().unwrap();
    assert!(build.status.success(), "{}", String::from_utf8_lossy(&build.stderr));
}

/// The stdout of `python3 -c driver` run in `work`, failing the test if it
/// fails.
fn run_python(work: &Path, driver: &str) -> String {
    let output = Command::new("python3").args(["-c", driver]).current_dir(work).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn extension_modules_behave_as_the_plain_modules() {
    let root = workspace_root().join("tests/ext");
    let mut modules: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("tests/ext")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "py") && !path.to_string_lossy().ends_with(".test.py"))
        .collect();
    modules.sort();
    assert!(modules.len() >= 2, "tests/ext has {} modules", modules.len());
    let mut failures = Vec::new();
    for module in &modules {
        let name = module.file_stem().unwrap().to_string_lossy().into_owned();
        let driver = format!("{name}.test.py");
        // The plain module: a folder with both files.
        let plain = scratch_dir(&format!("ext-plain-{name}"));
        std::fs::copy(module, plain.join(format!("{name}.py"))).unwrap();
        std::fs::copy(root.join(&driver), plain.join(&driver)).unwrap();
        let expected = run_driver(&plain, &driver);
        // The drivers end normally with the plain module: a test that fails
        // the same way on both sides would prove nothing.
        assert_eq!(expected.1, Some(0), "{name}: the driver fails with the plain module: {}", expected.2);
        assert!(!expected.0.is_empty(), "{name}: the driver prints nothing");
        // The extension: the driver beside the built module only.
        let built = scratch_dir(&format!("ext-built-{name}"));
        std::fs::copy(root.join(&driver), built.join(&driver)).unwrap();
        let build = taipan().arg("ext").arg(module).arg("-o").arg(&built).output().unwrap();
        if !build.status.success() {
            failures.push(format!("{name}: taipan ext failed:\n{}", String::from_utf8_lossy(&build.stderr)));
            continue;
        }
        let extension_files = std::fs::read_dir(&built).unwrap().filter(|entry| entry.as_ref().unwrap().file_name().to_string_lossy().ends_with(".so")).count();
        assert_eq!(extension_files, 1, "{name}: one shared library expected in {}", built.display());
        let actual = run_driver(&built, &driver);
        // The extension was imported, not a stray plain module.
        let origin = Command::new("python3").args(["-s", "-c", &format!("import {name}; print({name}.__file__)")]).current_dir(&built).output().unwrap();
        assert!(String::from_utf8_lossy(&origin.stdout).trim_end().ends_with(".so"), "{name}: not imported from the extension");
        if expected != actual {
            failures.push(format!("{name}:\n--- plain module\n{}\n(exit {:?}) {}\n--- extension\n{}\n(exit {:?}) {}", expected.0, expected.1, expected.2, actual.0, actual.1, actual.2));
        }
        let _ = std::fs::remove_dir_all(&plain);
        let _ = std::fs::remove_dir_all(&built);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A module whose top-level code raises makes the import fail with that
/// exception; a module name CPython cannot import is refused.
#[test]
fn extension_import_errors_and_bad_names() {
    let work = scratch_dir("ext-errors");
    std::fs::write(work.join("broken.py"), "def f(x):\n    return x + 1\n\nraise KeyError('missing setting')\n").unwrap();
    let build = taipan().arg("ext").arg(work.join("broken.py")).arg("-o").arg(&work).output().unwrap();
    assert!(build.status.success(), "{}", String::from_utf8_lossy(&build.stderr));
    let output = Command::new("python3").args(["-c", "import broken"]).current_dir(&work).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.trim_end().lines().last(), Some("KeyError: 'missing setting'"), "{stderr}");
    std::fs::write(work.join("bad-name.py"), "x = 1\n").unwrap();
    let refused = taipan().arg("ext").arg(work.join("bad-name.py")).arg("-o").arg(&work).output().unwrap();
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("not a module name"));
    let _ = std::fs::remove_dir_all(&work);
}

/// Functions the extension cannot take calls of from CPython are still
/// there, and a call raises TypeError saying why; a function that stores
/// its list argument is one (it would drift from CPython's list).
#[test]
fn functions_that_cannot_be_called_say_why() {
    let work = scratch_dir("ext-unavailable");
    let source = "registry = []\n\ndef keep(values):\n    registry.append(values)\n    return len(registry)\n\ndef spread(*values):\n    return len(values)\n\ndef total(values):\n    return sum(values)\n\nkeep([1.0])\nspread(1, 2)\ntotal([1, 2])\n";
    build_extension(&work, "limits", source);
    let driver = "import limits\ntry:\n    limits.keep([2.0])\nexcept TypeError as error:\n    print(error)\nprint(limits.spread(1, 2, 3), limits.total([3, 4]), limits.keep.__name__)\n";
    let stdout = run_python(&work, driver);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(lines[0].starts_with("keep() cannot be called from CPython: it may keep a list, dict or set argument"), "{stdout}");
    // `spread` takes `*values`: it runs in CPython (the fallback) instead.
    assert_eq!(lines[1], "3 7 keep");
    // Without the fallback it is there, and says why it cannot be called.
    let refused = work.join("refused");
    let build = taipan().arg("ext").arg("--no-fallback").arg(work.join("limits.py")).arg("-o").arg(&refused).output().unwrap();
    assert!(build.status.success(), "{}", String::from_utf8_lossy(&build.stderr));
    let output = Command::new("python3").args(["-c", "import limits\ntry:\n    limits.spread(1)\nexcept TypeError as error:\n    print(error)\n"]).current_dir(&refused).output().unwrap();
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("spread() cannot be called from CPython: it takes *args"), "{}", String::from_utf8_lossy(&output.stderr));
    let _ = std::fs::remove_dir_all(&work);
}

/// Ctrl-C during a long native loop reaches Python as KeyboardInterrupt,
/// and the module works on afterwards. The driver runs in a child whose
/// SIGINT is CPython's (a test runner may start it ignored).
#[test]
fn keyboard_interrupt_reaches_python_during_a_native_loop() {
    let work = scratch_dir("ext-interrupt");
    let module = "def spin(n):\n    total = 0\n    i = 0\n    while i < n:\n        total += i % 7\n        i += 1\n    return total\n\ndef spin_for(n):\n    total = 0\n    for i in range(n):\n        total += i % 7\n    return total\n\nspin(10)\nspin_for(10)\n";
    build_extension(&work, "spin", module);
    let driver = "import sys, spin\nfunction = getattr(spin, sys.argv[1])\nprint('ready', flush=True)\ntry:\n    function(10**15)\n    print('finished')\nexcept KeyboardInterrupt:\n    print('KeyboardInterrupt')\nprint(spin.spin(1000), spin.spin_for(1000))\n";
    std::fs::write(work.join("drive.py"), driver).unwrap();
    let launcher = "import signal, subprocess, sys, time\nfor name in ('spin', 'spin_for'):\n    child = subprocess.Popen([sys.executable, 'drive.py', name], stdout=subprocess.PIPE, text=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))\n    assert child.stdout.readline() == 'ready\\n'\n    time.sleep(0.3)\n    child.send_signal(signal.SIGINT)\n    try:\n        out, _ = child.communicate(timeout=20)\n    except subprocess.TimeoutExpired:\n        child.kill()\n        out = 'no interrupt within 20 s'\n    print(name, out.replace(chr(10), ' ').strip(), child.returncode)\n";
    let stdout = run_python(&work, launcher);
    assert_eq!(stdout, "spin KeyboardInterrupt 2997 2997 0\nspin_for KeyboardInterrupt 2997 2997 0\n");
    let _ = std::fs::remove_dir_all(&work);
}

/// Native objects that only CPython holds are freed once it lets them go:
/// calls that make lists and strs, and take lists and dicts, repeated
/// 10^6 times, leave the process's resident memory where the first rounds
/// put it.
#[test]
fn repeated_calls_do_not_grow_memory() {
    // Built into a folder named like an installed package's: the library's
    // own data (its globals) must be scanned there too.
    let work = scratch_dir("ext-memory").join("site-packages");
    std::fs::create_dir_all(&work).unwrap();
    let module = "table = {'k' + str(i): [float(i)] * 3 for i in range(1000)}\n\ndef lookup(key):\n    return table[key][0]\n\ndef make(n):\n    return [float(i) for i in range(n)]\n\ndef total(values):\n    result = 0.0\n    for value in values:\n        result += value\n    return result\n\ndef label(n):\n    return 'item-' + str(n)\n\ndef bump(counts, key):\n    counts[key] = counts.get(key, 0) + 1\n    return len(counts)\n\nmake(3)\ntotal([1.0])\nlabel(1)\nbump({'a': 1}, 'a')\nlookup('k1')\n";
    build_extension(&work, "memory_check", module);
    let driver = "import memory_check as m\ndef rss():\n    with open('/proc/self/status') as status:\n        return next(int(line.split()[1]) for line in status if line.startswith('VmRSS')) // 1024\ndata = [1.5] * 100\ncounts = {}\ndef round_():\n    for i in range(50_000):\n        m.make(20)\n        m.total(data)\n        m.label(i)\n        m.bump(counts, 'k' + str(i % 10))\nround_()\nround_()\nfirst = rss()\nfor _ in range(5):\n    round_()\nprint(rss() - first, m.total(data), len(counts), sum(m.lookup('k' + str(i)) for i in range(1000)))\n";
    let stdout = run_python(&work, driver);
    let fields: Vec<&str> = stdout.split_whitespace().collect();
    assert_eq!(&fields[1..], ["150.0", "10", "499500.0"], "{stdout}");
    let growth: i64 = fields[0].parse().unwrap();
    assert!(growth < 16, "resident memory grew by {growth} MiB over 10^6 calls");
    let _ = std::fs::remove_dir_all(work.parent().unwrap());
}

/// An argument that does not fit the compiled types raises TypeError and
/// leaves the caller's containers whole: a str with a lone surrogate (which
/// no native str holds) deep inside a list, a dict and a nested list, and
/// one empty list passed as both a `list[int]` and a `list[float]`, which
/// one native copy cannot be.
#[test]
fn arguments_that_do_not_fit_leave_containers_whole() {
    let work = scratch_dir("ext-no-fit");
    let source = "def count(xs):\n    return len(xs)\n\ndef keys(d):\n    return len(d)\n\ndef nested(rows):\n    rows.append(['x'])\n    return len(rows)\n\ncount(['a'])\nkeys({'a': 'b'})\nnested([['a']])\n\ndef pair(a, b):\n    a.append(1)\n    b.append(2.5)\n    return len(a) + len(b)\n\npair([1], [1.0])\n";
    build_extension(&work, "fit", source);
    let driver = "import fit\nxs = ['a', 'b', '\\ud800', 'c']\nd = {'k1': 'v', 'k2': '\\udfff', 'k3': 'w'}\nrows = [['a'], ['b', '\\ud800'], ['c']]\nempty = []\nfor call in (lambda: fit.count(xs), lambda: fit.keys(d), lambda: fit.nested(rows), lambda: fit.pair(empty, empty)):\n    try:\n        call()\n    except TypeError:\n        print('TypeError')\nprint(ascii(xs), ascii(d), ascii(rows), empty)\n";
    let stdout = run_python(&work, driver);
    assert_eq!(stdout, "TypeError\nTypeError\nTypeError\nTypeError\n['a', 'b', '\\ud800', 'c'] {'k1': 'v', 'k2': '\\udfff', 'k3': 'w'} [['a'], ['b', '\\ud800'], ['c']] []\n");
    let _ = std::fs::remove_dir_all(&work);
}

/// Int arguments convert exactly around the sizes CPython stores them in
/// (one 30-bit digit is read directly, larger ones through CPython). An int
/// beyond 64 bits goes to an annotated function's boxed version (exact);
/// a function typed only from the module's calls raises OverflowError
/// saying so, as a typed version whose arithmetic overflows does.
#[test]
fn int_arguments_convert_exactly_or_overflow() {
    let work = scratch_dir("ext-ints");
    let module = "def neg(x: int) -> int:\n    return -x\n\ndef twice(x):\n    return x * 2\n\ndef fib(n: int) -> int:\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n\ntwice(3)\n";
    build_extension(&work, "negs", module);
    let driver = "import negs\nvalues = [0, 1, -1, 2**30 - 1, -(2**30 - 1), 2**30, -2**30, 2**31, 2**62 - 1, -2**62, 12345, -54321]\nprint([negs.neg(v) == -v and negs.twice(v) == 2 * v for v in values].count(True), len(values))\nprint(negs.neg(2**63) == -2**63, negs.neg(-10**30), negs.fib(90))\nfor call in (lambda: negs.twice(2**63), lambda: negs.fib(100)):\n    try:\n        call()\n    except OverflowError as error:\n        print(error)\n";
    let stdout = run_python(&work, driver);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    assert_eq!(lines[0], "12 12");
    assert_eq!(lines[1], "True 1000000000000000000000000000000 2880067194370816120");
    assert_eq!(lines[2], "twice() argument 1 is an int that does not fit in 64 bits (the compiled module was built for 64-bit ints)");
    assert!(lines[3].starts_with("integer result does not fit in 64 bits"), "{stdout}");
    let _ = std::fs::remove_dir_all(&work);
}

/// What instances of an extension module's classes do where they cannot
/// behave exactly as CPython's: attributes hold the type they were compiled
/// for, containers in attributes are shared only where they can be kept in
/// step, an instance of a Python subclass that native code kept outlives
/// its Python part only to say so, and made-and-dropped instances do not
/// grow memory.
#[test]
fn class_instances_say_where_they_differ() {
    let work = scratch_dir("ext-classes");
    let module = "class Point:\n    def __init__(self, x: float, y: float):\n        self.x = x\n        self.y = y\n        self.tags = {'a': 1}\n\n    def norm2(self) -> float:\n        return self.x * self.x + self.y * self.y\n\n    def __eq__(self, other):\n        return self.x == other.x and self.y == other.y\n\nkept = []\n\ndef keep(p: Point) -> int:\n    kept.append(p)\n    return len(kept)\n\ndef last() -> Point:\n    return kept[-1]\n\ndef make(n: int) -> float:\n    total = 0.0\n    for i in range(n):\n        total += Point(float(i), 1.0).norm2()\n    return total\n\nkeep(Point(1.0, 2.0))\nlast()\nmake(2)\nif __name__ == \"__main__\":\n    print(Point(1.0, 2.0) == Point(1.0, 2.0))\n";
    build_extension(&work, "points", module);
    let driver = "import points, gc\ndef rss():\n    with open('/proc/self/status') as status:\n        return next(int(line.split()[1]) for line in status if line.startswith('VmRSS')) // 1024\np = points.Point(3.0, 4.0)\nfor action in (lambda: setattr(p, 'x', 'far'), lambda: p.tags, lambda: points.Point('a', 1.0), lambda: p == None, lambda: setattr(points.Point, 'norm2', len), lambda: setattr(points.Point, '__init__', len)):\n    try:\n        action()\n    except (TypeError, AttributeError) as error:\n        print(error)\nprint(p.norm2(), p.x)\nclass Labelled(points.Point):\n    pass\nlabelled = Labelled(1.0, 1.0)\nlabelled.label = 'mine'\nprint(points.keep(labelled), points.last() is labelled, points.last().label)\ndel labelled\ngc.collect()\ntry:\n    points.last()\nexcept RuntimeError as error:\n    print(str(error).split(',')[0])\nfor _ in range(100_000):\n    points.Point(1.0, 2.0).norm2()\nfirst = rss()\nfor _ in range(500_000):\n    points.Point(1.0, 2.0).norm2()\nprint(rss() - first < 16, points.make(1000))\n";
    let stdout = run_python(&work, driver);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 10, "{stdout}");
    assert_eq!(lines[0], "attribute 'x' of 'Point' objects holds float in the compiled module, not str");
    assert!(lines[1].starts_with("attribute 'tags' of 'Point' objects cannot be read from CPython: it holds a dict"), "{stdout}");
    assert!(lines[2].starts_with("__init__() argument 2 must be float, not str"), "{stdout}");
    // `==` with an operand `__eq__` was not compiled for: its version for
    // CPython objects runs the source's comparison, which raises as CPython's.
    assert_eq!(lines[3], "'NoneType' object has no attribute 'x'", "{stdout}");
    assert!(lines[4].starts_with("cannot assign or delete 'norm2' of the compiled class Point"), "{stdout}");
    // Calling the class runs the compiled `__init__` directly.
    assert!(lines[5].starts_with("cannot assign or delete '__init__' of the compiled class Point"), "{stdout}");
    assert_eq!(lines[6], "25.0 3.0");
    assert_eq!(lines[7], "2 True mine");
    assert_eq!(lines[8], "compiled code kept an instance of a Python subclass of Point after Python let it go");
    assert_eq!(lines[9], "True 332834500.0", "{stdout}");
    let _ = std::fs::remove_dir_all(&work);
}

/// `taipan ext pkg/`: each package under `tests/ext_packages/` is built
/// into one extension module (`pkg/__init__<suffix>` holding the modules
/// its `__init__.py` imports, the others copied beside it as `.py`), and
/// its driver prints the same with it as with the plain package.
#[test]
fn packages_build_into_one_extension_module() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/ext_packages");
    let mut drivers: Vec<PathBuf> = std::fs::read_dir(&root).unwrap().map(|entry| entry.unwrap().path()).filter(|path| path.to_string_lossy().ends_with(".test.py")).collect();
    drivers.sort();
    assert!(!drivers.is_empty());
    for driver in drivers {
        let name = driver.file_name().unwrap().to_string_lossy().trim_end_matches(".test.py").to_string();
        let work = scratch_dir(&format!("ext-package-{name}"));
        let build = taipan().arg("ext").arg(root.join(&name)).arg("-o").arg(&work).output().unwrap();
        assert!(build.status.success(), "{name}: {}", String::from_utf8_lossy(&build.stderr));
        let built = work.join(&name);
        assert!(std::fs::read_dir(&built).unwrap().any(|entry| entry.unwrap().file_name().to_string_lossy().starts_with("__init__.cpython")), "{name}: no extension module built");
        let run = |path: &Path| {
            let output = Command::new("timeout")
                .args(["120s", "python3", "-s"])
                .arg(&driver)
                .env("PYTHONDONTWRITEBYTECODE", "1")
                .env("PYTHONPATH", path)
                .output()
                .expect("run python3");
            let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
            (String::from_utf8_lossy(&output.stdout).into_owned(), output.status.code(), stderr.trim_end().lines().last().unwrap_or("").to_string())
        };
        let plain = run(&root);
        let extension = run(&work);
        assert_eq!(plain, extension, "{name}: the extension package differs from the plain one");
        let _ = std::fs::remove_dir_all(&work);
    }
}
