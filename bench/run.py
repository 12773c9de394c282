#!/usr/bin/env python3
"""Benchmarks Taipan against CPython and C, side by side, in one run.

For each program in BENCHMARKS this script compiles the Python file with the
release build of `taipan build -O2` (timing the compile), compiles its C twin
with `gcc -O2`, runs all three, checks that Taipan prints exactly what CPython
prints, and reports the best wall-clock time of several runs and the ratios.

Usage: python3 bench/run.py [--quick] [--only a,b]
  --quick: one CPython run, fewer repeats; --only: just the named benchmarks
"""

import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
TAIPAN = os.path.join(ROOT, "target", "release", "taipan")

# (name, Python file, C twin or None)
BENCHMARKS = [
    ("fib", "fib.py", "fib.c"),
    ("integrate", "integrate.py", "integrate.c"),
    ("strings", "strings.py", None),
    ("nbody", "nbody.py", "nbody.c"),
    ("spectral_norm", "spectral_norm.py", "spectral_norm.c"),
    ("mandelbrot", "mandelbrot.py", "mandelbrot.c"),
    ("fannkuch", "fannkuch_redux.py", "fannkuch_redux.c"),
    ("sieve", "sieve.py", "sieve.c"),
    ("matmul", "matmul.py", None),
    ("wordfreq", "wordfreq.py", None),
    ("richards", "richards.py", None),
    ("raytrace", "raytrace.py", None),
    ("binary_trees", "binary_trees.py", None),
    ("nqueens", "nqueens.py", None),
    ("generators", "generators.py", None),
    ("objects", "objects.py", None),
    ("dynamic", "dynamic.py", None),
    ("duck_dispatch", "duck_dispatch.py", None),
    ("optional_values", "optional_values.py", None),
    ("json_regex", "json_regex_mixed.py", None),
    ("crossing", "crossing.py", None),
    ("fallback_calls", "fallback_calls.py", None),
]

# Benchmarks that call into the embedded CPython: the share of their run time
# spent there is reported (TAIPAN_VM_PROFILE).
VM_SHARE = ["json_regex", "crossing", "fallback_calls"]

# Benchmarks whose peak resident memory must not exceed CPython's.
RSS_NOT_ABOVE_CPYTHON = ["binary_trees"]

# Peak resident memory of a program that builds and drops 10**7 small lists
# and dicts must stay under this (the collector reclaims them).
CHURN_PROGRAM = "alloc_churn.py"
CHURN_LIMIT_MB = 100


def peak_rss_mb(command, work):
    """The peak resident set size of `command`, measured by a small C helper
    (bench/peak_rss.c) that forks it: Linux charges a process that execs with
    the memory it had before the exec, so forking from this Python process
    would count Python's own memory."""
    helper = os.path.join(work, "peak_rss")
    if not os.path.exists(helper):
        subprocess.run(["gcc", "-O2", os.path.join(BENCH, "peak_rss.c"), "-o", helper], check=True)
    result = subprocess.run([helper] + list(command), stdout=subprocess.PIPE, check=True)
    return int(result.stdout) / 1024.0


def best_time(command, repeats):
    """The fastest of `repeats` runs, and the output of the last."""
    best = float("inf")
    output = b""
    for _ in range(repeats):
        start = time.perf_counter()
        result = subprocess.run(command, stdout=subprocess.PIPE, check=True)
        best = min(best, time.perf_counter() - start)
        output = result.stdout
    return best, output


def same_numbers(c_output, python_output):
    """Whether a C twin printed what CPython printed: word for word, except
    that a float may be spelt differently (C's %.17g is not Python's repr)."""
    c_words, python_words = c_output.split(), python_output.split()
    if len(c_words) != len(python_words):
        return False
    for c_word, python_word in zip(c_words, python_words):
        if c_word == python_word:
            continue
        try:
            if float(c_word) != float(python_word):
                return False
        except ValueError:
            return False
    return True


def main():
    quick = "--quick" in sys.argv
    native_repeats = 3 if quick else 7
    python_repeats = 1 if quick else 3
    subprocess.run(["cargo", "build", "--release"], cwd=ROOT, check=True)
    work = tempfile.mkdtemp(prefix="taipan-bench-")
    only = None
    if "--only" in sys.argv:
        only = sys.argv[sys.argv.index("--only") + 1].split(",")
    rows = []
    for name, python_file, c_file in BENCHMARKS:
        if only is not None and name not in only:
            continue
        source = os.path.join(BENCH, python_file)
        executable = os.path.join(work, name)
        start = time.perf_counter()
        subprocess.run([TAIPAN, "build", "-O2", source, "-o", executable], check=True)
        compile_time = time.perf_counter() - start
        taipan_time, taipan_output = best_time([executable], native_repeats)
        python_time, python_output = best_time([sys.executable, source], python_repeats)
        if taipan_output != python_output:
            print(f"{name}: OUTPUT DIFFERS\n  python: {python_output!r}\n  taipan: {taipan_output!r}")
            sys.exit(1)
        c_time = None
        if c_file:
            c_executable = os.path.join(work, name + "_c")
            subprocess.run(["gcc", "-O2", os.path.join(BENCH, c_file), "-o", c_executable, "-lm"], check=True)
            c_time, c_output = best_time([c_executable], native_repeats)
            if not same_numbers(c_output, python_output):
                print(f"{name}: THE C TWIN PRINTS SOMETHING ELSE\n  python: {python_output!r}\n  C: {c_output!r}")
                sys.exit(1)
        rows.append((name, python_time, taipan_time, c_time, compile_time))

    print()
    print(f"{'benchmark':<12}{'CPython':>10}{'Taipan':>10}{'C -O2':>10}{'vs CPython':>12}{'vs C':>8}{'compile':>10}")
    for name, python_time, taipan_time, c_time, compile_time in rows:
        versus_c = f"{taipan_time / c_time:.2f}x" if c_time else "-"
        c_column = f"{c_time:.3f}s" if c_time else "-"
        print(
            f"{name:<12}{python_time:>9.3f}s{taipan_time:>9.3f}s{c_column:>10}"
            f"{python_time / taipan_time:>11.1f}x{versus_c:>8}{compile_time:>9.3f}s"
        )
    print("\n'vs CPython' is the speedup over python3; 'vs C' is Taipan's time over gcc -O2's (lower is better).")

    for name in VM_SHARE:
        if only is not None and name not in only:
            continue
        result = subprocess.run([os.path.join(work, name)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ, TAIPAN_VM_PROFILE="1"), check=True)
        report = [line for line in result.stderr.decode().splitlines() if line.startswith("taipan-vm-profile:")]
        print(f"{name}: {report[-1][len('taipan-vm-profile: '):] if report else 'no profile'}")

    for name, python_file, _ in BENCHMARKS:
        if name not in RSS_NOT_ABOVE_CPYTHON or (only is not None and name not in only):
            continue
        native_peak = peak_rss_mb([os.path.join(work, name)], work)
        python_peak = peak_rss_mb([sys.executable, os.path.join(BENCH, python_file)], work)
        verdict = "ok" if native_peak <= python_peak else "ABOVE CPYTHON"
        print(f"{name}: peak RSS {native_peak:.1f} MB, CPython {python_peak:.1f} MB ({verdict})")

    churn = os.path.join(work, "alloc_churn")
    subprocess.run([TAIPAN, "build", "-O2", os.path.join(BENCH, CHURN_PROGRAM), "-o", churn], check=True)
    start = time.perf_counter()
    peak = peak_rss_mb([churn], work)
    churn_time = time.perf_counter() - start
    python_peak = peak_rss_mb([sys.executable, os.path.join(BENCH, CHURN_PROGRAM)], work) if not quick else None
    python_column = f", CPython {python_peak:.1f} MB" if python_peak else ""
    verdict = "ok" if peak < CHURN_LIMIT_MB else "OVER THE LIMIT"
    print(f"\nalloc_churn (10**7 small lists and dicts): peak RSS {peak:.1f} MB{python_column} in {churn_time:.2f}s ({verdict}, limit {CHURN_LIMIT_MB} MB)")
    if peak >= CHURN_LIMIT_MB:
        sys.exit(1)


if __name__ == "__main__":
    main()
