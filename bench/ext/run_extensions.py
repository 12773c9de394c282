#!/usr/bin/env python3
"""Benchmarks `taipan ext`: the same module imported as plain Python and as
the extension module Taipan builds from it, called from CPython, in one run.

Reports the speedup of a hot numeric function and of a string-processing
function, and the cost of one call of a trivial function (the extension's
versus the plain module's). Usage: python3 bench/ext/run_extensions.py
(after `cargo build --release`).
"""

import importlib
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TAIPAN = os.path.join(HERE, "..", "..", "target", "release", "taipan")
MODULES = ["ext_numeric", "ext_text", "ext_particles"]


def best(function, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), result


def load(name, folder):
    sys.path.insert(0, folder)
    try:
        sys.modules.pop(name, None)
        return importlib.import_module(name)
    finally:
        sys.path.pop(0)


def per_call_ns(function, calls=1_000_000):
    def loop():
        for i in range(calls):
            function(i)
    elapsed, _ = best(loop, 5)
    return elapsed / calls * 1e9


def main():
    plain_dir = tempfile.mkdtemp(prefix="taipan-ext-plain-")
    built_dir = tempfile.mkdtemp(prefix="taipan-ext-built-")
    for name in MODULES:
        shutil.copy(os.path.join(HERE, name + ".py"), plain_dir)
        subprocess.run([TAIPAN, "ext", "-O2", os.path.join(HERE, name + ".py"), "-o", built_dir], check=True)
    plain = {name: load(name, plain_dir) for name in MODULES}
    built = {name: load(name, built_dir) for name in MODULES}
    assert built["ext_numeric"].__file__.endswith(".so"), built["ext_numeric"].__file__
    text = "the quick brown fox jumps over the lazy dog " * 20000
    floats = [(i % 1000) * 0.5 for i in range(1_000_000)]
    cases = [
        ("numeric: integrate(5*10**6)", lambda m: m["ext_numeric"].integrate(5_000_000)),
        ("numeric: variance(10**6 floats)", lambda m: m["ext_numeric"].variance(floats)),
        ("text: shift_and_count(880 kB)", lambda m: m["ext_text"].shift_and_count(text, 3)),
        ("classes: System(2000).run(200)", lambda m: m["ext_particles"].System(2000).run(200, 0.01)),
    ]
    print(f"{'case':<34}{'plain':>10}{'extension':>12}{'speedup':>10}")
    for label, call in cases:
        plain_time, plain_result = best(lambda: call(plain), 3)
        built_time, built_result = best(lambda: call(built), 5)
        if plain_result != built_result:
            print(f"{label}: RESULTS DIFFER: {plain_result!r} vs {built_result!r}")
            sys.exit(1)
        print(f"{label:<34}{plain_time:>9.4f}s{built_time:>11.4f}s{plain_time / built_time:>9.1f}x")
    plain_call = per_call_ns(plain["ext_numeric"].identity)
    built_call = per_call_ns(built["ext_numeric"].identity)
    print(f"\none call of identity(x): plain {plain_call:.0f} ns, extension {built_call:.0f} ns ({built_call / plain_call:.2f}x the plain call)")
    plain_particle = plain["ext_particles"].Particle(1.0, 2.0, 3.0, 4.0)
    built_particle = built["ext_particles"].Particle(1.0, 2.0, 3.0, 4.0)
    plain_method = per_call_ns(lambda i: plain_particle.energy())
    built_method = per_call_ns(lambda i: built_particle.energy())
    print(f"one call of p.energy() (through a lambda): plain {plain_method:.0f} ns, extension {built_method:.0f} ns ({built_method / plain_method:.2f}x)")
    plain_make = per_call_ns(lambda i: plain["ext_particles"].Particle(1.0, 2.0, 3.0, 4.0))
    built_make = per_call_ns(lambda i: built["ext_particles"].Particle(1.0, 2.0, 3.0, 4.0))
    print(f"one Particle(...) made (through a lambda): plain {plain_make:.0f} ns, extension {built_make:.0f} ns ({built_make / plain_make:.2f}x)")
    shutil.rmtree(plain_dir)
    shutil.rmtree(built_dir)


if __name__ == "__main__":
    main()
