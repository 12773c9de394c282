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
MODULES = ["ext_numeric", "ext_text", "ext_particles", "ext_library"]


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


def per_iteration_ns(loop, argument, calls=1_000_000):
    start = time.perf_counter()
    loop(argument, calls)
    return (time.perf_counter() - start) / calls * 1e9


def loop_empty(_, calls):
    for i in range(calls):
        pass


def loop_identity(function, calls):
    for i in range(calls):
        function(i)


def loop_method(particle, calls):
    for i in range(calls):
        particle.energy()


def loop_make(particle_class, calls):
    for i in range(calls):
        particle_class(1.0, 2.0, 3.0, 4.0)


def compare_per_call(label, loop, plain_argument, built_argument, rounds=9):
    """The cost of one call, plain module against extension: the best of
    several rounds, the two taking turns (this machine's speed drifts), less
    the cost of the loop itself."""
    empty = min(per_iteration_ns(loop_empty, None) for _ in range(rounds))
    plain_times, built_times = [], []
    for _ in range(rounds):
        plain_times.append(per_iteration_ns(loop, plain_argument))
        built_times.append(per_iteration_ns(loop, built_argument))
    plain_call, built_call = min(plain_times) - empty, min(built_times) - empty
    print(f"{label:<34}{plain_call:>8.0f} ns{built_call:>9.0f} ns{built_call / plain_call:>9.2f}x")


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
    # The same points made by each module's class, for `nearest`.
    points = {is_built: [modules["ext_library"].Point(float(i % 100), float(i // 100)) for i in range(10_000)] for is_built, modules in ((False, plain), (True, built))}
    targets = {is_built: modules["ext_library"].Point(33.3, 44.4) for is_built, modules in ((False, plain), (True, built))}
    cases = [
        ("numeric: integrate(5*10**6)", lambda m: m["ext_numeric"].integrate(5_000_000)),
        ("numeric: variance(10**6 floats)", lambda m: m["ext_numeric"].variance(floats)),
        ("text: shift_and_count(880 kB)", lambda m: m["ext_text"].shift_and_count(text, 3)),
        ("classes: System(2000).run(200)", lambda m: m["ext_particles"].System(2000).run(200, 0.01)),
        ("annotated: collatz_steps(200000)", lambda m: m["ext_library"].collatz_steps(200_000)),
        ("annotated: nearest(10**4 points)", lambda m: m["ext_library"].nearest(points[m is built], targets[m is built])),
    ]
    print(f"{'case':<34}{'plain':>10}{'extension':>12}{'speedup':>10}")
    for label, call in cases:
        plain_time, plain_result = best(lambda: call(plain), 3)
        built_time, built_result = best(lambda: call(built), 5)
        if plain_result != built_result:
            print(f"{label}: RESULTS DIFFER: {plain_result!r} vs {built_result!r}")
            sys.exit(1)
        print(f"{label:<34}{plain_time:>9.4f}s{built_time:>11.4f}s{plain_time / built_time:>9.1f}x")
    print(f"\n{'one call (loop cost taken off)':<34}{'plain':>11}{'extension':>12}{'ratio':>9}")
    compare_per_call("identity(i)", loop_identity, plain["ext_numeric"].identity, built["ext_numeric"].identity)
    compare_per_call("p.energy()", loop_method, plain["ext_particles"].Particle(1.0, 2.0, 3.0, 4.0), built["ext_particles"].Particle(1.0, 2.0, 3.0, 4.0))
    compare_per_call("Particle(1.0, 2.0, 3.0, 4.0)", loop_make, plain["ext_particles"].Particle, built["ext_particles"].Particle)
    shutil.rmtree(plain_dir)
    shutil.rmtree(built_dir)


if __name__ == "__main__":
    main()
