#!/usr/bin/env python3
"""Differential fuzzer for containers: Taipan vs CPython.

A companion of differential_fuzz.py (scalars, strs, formatting) for the container
slice: lists, dicts, sets, frozensets and tuples (fixed and variable length) of ints,
strs, floats, bools and tuples, nested (list of lists, dict of lists, dict with tuple
keys, set of tuples, set of frozensets, ...), with indexing, slicing (read, assignment,
del), the list/dict/set methods and operators, unpacking, comprehensions, generator
expressions, the iteration built-ins, sorted/min/max with key=/default=, str methods,
and printing (repr, str(), f-strings) of every container.

Programs are well typed by construction (every container holds one element type,
every variable keeps one type, d.get always has a default, ...).  They are generated
statement by statement while being *simulated*: each candidate statement is exec'd in
a namespace that holds the program's current values (stdout captured), and it is kept
only if it runs without an exception, keeps every int small, every container small and
the output short.  The generator therefore knows the current contents of every
variable and can pick valid indices, present keys and members, and slice-assignment
lengths.  About one program in six ends with a statement that raises (IndexError,
KeyError, ValueError, RuntimeError, TypeError from a container operation); that
statement is always the last one.

Sets (and frozensets) whose elements contain strs are generated, but never printed or
iterated where the order is observable (CPython randomises str hashes); sets of ints,
floats, bools and tuples of those are printed freely, their order must match CPython.
The fuzzer re-executes itself with PYTHONHASHSEED=0 so that generation is reproducible.

Usage:
    python3 tests/fuzz/container_fuzz.py --count 500 --seed 1 --keep-going
    python3 tests/fuzz/container_fuzz.py --count 500 --seed 1 --keep-going --avoid all

--avoid steers the generator around the known bugs listed in KNOWN_BUGS (each has a
hand-reduced reproducer in tests/fuzz/container_failures/NNN_*.py), so that a run looks for
new ones; without it, those bugs are found again.

Each program is run under python3 and built with `taipan build` (-O2; every fourth
program also -O0), and stdout, exit status and the last stderr line are compared.
Results: MATCH, TAIPAN_DIAGNOSTIC (taipan refused to compile a program the generator
believes is well typed: a bug or a missing feature, listed in the summary), MISMATCH,
CRASH (signal in the executable, or a panic / internal error from the compiler).
Failing programs are reduced (statement removal while the failure keeps its signature)
and written to tests/fuzz/container_failures/found/.  Exit status 1 if any MISMATCH or
CRASH (also TAIPAN_DIAGNOSTIC with --strict-diagnostics).
"""

import argparse
import ast
import io
import math
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TAIPAN = os.environ.get("TAIPAN", os.path.join(REPO, "target", "release", "taipan"))
PYTHON = os.environ.get("PYTHON", "python3")
RUN_TIMEOUT = 10
BUILD_TIMEOUT = 120

# Known Taipan limitations / bugs the generator steers around (see --allow).
# Each maps to a short description; the generator consults AVOID.
KNOWN_BUGS = {
    "empty-literal": "fixed since; an empty literal ([], (), set(), {}, tuple([])) whose element type only "
                     "the context could give segfaults, None elements or an internal error (container_failures/001, 002, 013)",
    "sum-empty-float": "documented difference: sum() of an empty float iterable gives 0.0, CPython 0 (container_failures/003); "
                       "avoided by passing the start 0.0",
    "dictview-eq": "unsupported (a diagnostic) now: d.keys()/d.items() == a set compares False (container_failures/004)",
    "dictview-setops": "unsupported (a diagnostic) now: set operators on dict views (d.keys() & s) are rejected as error[type] "
                       "(container_failures/005)",
    "dict-reversed": "unsupported (a diagnostic) now: reversed(d) / reversed(d.keys()) rejected as error[type] 'not reversible' "
                     "(container_failures/006)",
    "setlit-iter": "fixed since; iterating a set display of constants directly (for x in {..}) uses the set "
                   "display's order, CPython a frozenset constant's (container_failures/007); "
                   "avoided by wrapping it in list()",
    "vtup-iadd": "fixed since; t += u / t *= n on a variable-length tuple raises TypeError (container_failures/008)",
    "set-from-dict": "fixed since; set(d) / frozenset(d) / s.update(d) / s.union(d) iterate in another order than "
                     "CPython's presized dict fast path (container_failures/009); avoided with list(d)",
    "symdiff-iterable": "fixed since; s.symmetric_difference(<list>) iterates in another order (container_failures/010)",
    "fset-method-iterable": "fixed since; frozenset.union/difference(<non-set>) mutate the receiver "
                            "(container_failures/012)",
}


def _const_elem(node):
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        return _const_elem(node.operand)
    if isinstance(node, ast.Tuple):
        return all(_const_elem(x) for x in node.elts)
    return False


def wrap_setlit_iters(src):
    """Wrap set displays of constants that are iterated directly in list(...)."""
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return src
    spans = []
    for node in ast.walk(tree):
        its = []
        if isinstance(node, ast.For):
            its.append(node.iter)
        if isinstance(node, ast.comprehension):
            its.append(node.iter)
        for it in its:
            if isinstance(it, ast.Set) and all(_const_elem(x) for x in it.elts):
                spans.append((it.lineno, it.col_offset, it.end_lineno, it.end_col_offset))
    if not spans:
        return src
    lines = src.split("\n")
    # byte offsets per line (col offsets are UTF-8 byte offsets)
    blines = [ln.encode("utf-8") for ln in lines]
    for l1, c1, l2, c2 in sorted(spans, reverse=True):
        if l1 != l2:
            continue
        b = blines[l1 - 1]
        blines[l1 - 1] = b[:c1] + b"list(" + b[c1:c2] + b")" + b[c2:]
    return "\n".join(x.decode("utf-8") for x in blines)
AVOID = set()

# --------------------------------------------------------------------------
# Types
# --------------------------------------------------------------------------

INT, FLOAT, BOOL, STR = ("int",), ("float",), ("bool",), ("str",)
SCALARS = (INT, FLOAT, BOOL, STR)


def Lt(t):
    return ("list", t)


def St(t):
    return ("set", t)


def FSt(t):
    return ("fset", t)


def Dt(k, v):
    return ("dict", k, v)


def Tt(*ts):
    return ("tup", tuple(ts))


def VTt(t):
    return ("vtup", t)


def is_scalar(t):
    return t in SCALARS


def hashable(t):
    if is_scalar(t):
        return True
    if t[0] == "tup":
        return all(hashable(x) for x in t[1])
    if t[0] == "vtup":
        return hashable(t[1])
    return t[0] == "fset"


def has_str(t):
    if t == STR:
        return True
    if is_scalar(t):
        return False
    if t[0] == "tup":
        return any(has_str(x) for x in t[1])
    if t[0] == "dict":
        return has_str(t[1]) or has_str(t[2])
    return has_str(t[1])


def strset(t):
    """A set/frozenset whose iteration order depends on str hashing."""
    return t[0] in ("set", "fset") and has_str(t[1])


def printable(t):
    """No order-randomised set anywhere inside."""
    if is_scalar(t):
        return True
    if strset(t):
        return False
    if t[0] == "tup":
        return all(printable(x) for x in t[1])
    if t[0] == "dict":
        return printable(t[1]) and printable(t[2])
    return printable(t[1])


def orderable(t):
    """Values of t can be compared with < (sorted, min, max)."""
    if is_scalar(t):
        return True
    if t[0] == "tup":
        return all(orderable(x) for x in t[1])
    if t[0] in ("list", "vtup"):
        return orderable(t[1])
    return False


def elem_of(t):
    """Element type produced by iterating a value of type t (None if not iterable)."""
    if t == STR:
        return STR
    if is_scalar(t):
        return None
    if t[0] in ("list", "set", "fset", "vtup"):
        return t[1]
    if t[0] == "dict":
        return t[1]
    if t[0] == "tup":
        ts = t[1]
        if ts and all(x == ts[0] for x in ts):
            return ts[0]
    return None


def is_mutable(t):
    return not is_scalar(t) and t[0] in ("list", "set", "dict")


def ty_name(t):
    if is_scalar(t):
        return t[0]
    if t[0] == "tup":
        return "tuple[%s]" % ", ".join(ty_name(x) for x in t[1])
    if t[0] == "vtup":
        return "tuple[%s, ...]" % ty_name(t[1])
    if t[0] == "dict":
        return "dict[%s, %s]" % (ty_name(t[1]), ty_name(t[2]))
    return "%s[%s]" % ({"fset": "frozenset"}.get(t[0], t[0]), ty_name(t[1]))


def contains_float(t):
    if t == FLOAT:
        return True
    if is_scalar(t):
        return False
    if t[0] == "tup":
        return any(contains_float(x) for x in t[1])
    if t[0] == "dict":
        return contains_float(t[1]) or contains_float(t[2])
    return contains_float(t[1])


WORDS = ["a", "b", "ab", "cat", "dog", "Dog", "x y", "", " pad ", "a,b,c", "tree", "ABC", "42",
         "hi there", "é", "ñu", "zz", "a-b", "mid", "q"]
FLOATS = [0.5, 1.5, -2.25, 3.0, 0.1, 2.5, 10.0, -0.0, 0.0, 1e-05, 0.2, 7.75, -1.0, 1e16, 123.456]
SEPS = [",", " ", "-", ", ", "", "|", "a"]
# strs whose repr needs the other quote or an escape; never used inside f-string fields
ODD_WORDS = ["it's", 'say "hi"', "tab\there", "back\\slash", "new\nline", "both'\""]


# --------------------------------------------------------------------------
# Simulation support
# --------------------------------------------------------------------------


class Reject(Exception):
    pass


INT_LIMIT = 10 ** 7
SIZE_LIMIT = 40
NODE_LIMIT = 1500
OUT_LIMIT = 40000


def check_value(v, budget):
    """Raise Reject if v holds a big int, a non-finite float, or is too large."""
    budget[0] -= 1
    if budget[0] < 0:
        raise Reject("too many nodes")
    if isinstance(v, bool) or v is None:
        return
    if isinstance(v, int):
        if abs(v) > INT_LIMIT:
            raise Reject("big int")
        return
    if isinstance(v, float):
        if not math.isfinite(v) or abs(v) > 1e17:
            raise Reject("float")
        return
    if isinstance(v, str):
        if len(v) > 120:
            raise Reject("long str")
        return
    if isinstance(v, (list, tuple, set, frozenset)):
        if len(v) > SIZE_LIMIT:
            raise Reject("big container")
        for x in v:
            check_value(x, budget)
        return
    if isinstance(v, dict):
        if len(v) > SIZE_LIMIT:
            raise Reject("big dict")
        for k, x in v.items():
            check_value(k, budget)
            check_value(x, budget)
        return


def _alarm(signum, frame):
    raise Reject("statement took too long")


def snapshot(ns, names):
    """Deep copy of the program's variables (values only hold containers/scalars)."""
    def cp(v):
        if isinstance(v, list):
            return [cp(x) for x in v]
        if isinstance(v, dict):
            return {k: cp(x) for k, x in v.items()}
        if isinstance(v, set):
            return set(v)
        return v
    # aliasing matters: copy each object once
    memo = {}

    def cpm(v):
        if isinstance(v, (list, dict, set)):
            if id(v) in memo:
                return memo[id(v)]
            if isinstance(v, list):
                r = []
                memo[id(v)] = r
                r.extend(cpm(x) for x in v)
            elif isinstance(v, dict):
                r = {}
                memo[id(v)] = r
                for k, x in v.items():
                    r[k] = cpm(x)
            else:
                r = set(v)
                memo[id(v)] = r
            return r
        if isinstance(v, tuple):
            return tuple(cpm(x) for x in v)
        return v
    return {n: cpm(ns[n]) for n in names if n in ns}


# --------------------------------------------------------------------------
# Generator
# --------------------------------------------------------------------------


class Gen:
    def __init__(self, rng, n_stmts=None):
        self.r = rng
        self.vars = {}      # name -> type (module level, known values in self.ns)
        self.ns = {"math": math}
        self.stmts = []     # list of source blocks
        self.out_len = 0
        self.counter = 0
        self.in_f = 0
        self.n_stmts = n_stmts or rng.randint(12, 40)

    # ---- helpers ---------------------------------------------------------
    def chance(self, p):
        return self.r.random() < p

    def ch(self, xs):
        return self.r.choice(xs)

    def fresh(self, prefix="v"):
        self.counter += 1
        return "%s%d" % (prefix, self.counter)

    def val(self, name):
        return self.ns[name]

    def vars_of(self, pred, loc=None):
        out = [n for n, t in self.vars.items() if pred(t)]
        if loc:
            out += [n for n, t in loc.items() if pred(t)]
        return out

    def var_of(self, t, loc=None):
        vs = self.vars_of(lambda u: u == t, loc)
        return self.ch(vs) if vs else None

    # ---- types -----------------------------------------------------------
    def rand_hashable(self, depth=1):
        k = self.r.random()
        if k < 0.35:
            return INT
        if k < 0.55:
            return STR
        if k < 0.62:
            return FLOAT
        if k < 0.67:
            return BOOL
        if depth > 0 and k < 0.92:
            n = self.ch([2, 2, 2, 3])
            return Tt(*[self.ch([INT, INT, STR, BOOL, FLOAT]) for _ in range(n)])
        if depth > 0 and k < 0.96:
            return FSt(INT)
        return VTt(INT)

    def rand_elem(self, depth):
        k = self.r.random()
        if depth <= 0 or k < 0.65:
            return self.ch([INT, INT, INT, STR, STR, FLOAT, BOOL])
        if k < 0.8:
            return Tt(*[self.ch([INT, INT, STR, FLOAT]) for _ in range(self.ch([2, 2, 3]))])
        return self.rand_container(depth - 1, nested=True)

    def rand_container(self, depth=2, nested=False):
        k = self.r.random()
        if k < 0.33:
            return Lt(self.rand_elem(depth))
        if k < 0.55:
            kt = self.rand_hashable()
            return Dt(kt, self.rand_elem(depth))
        if k < 0.72:
            e = self.rand_hashable()
            while nested and has_str(e):
                e = self.rand_hashable()
            return St(e) if self.chance(0.8) else FSt(e)
        if k < 0.86:
            n = self.ch([2, 2, 3, 4])
            return Tt(*[self.rand_elem(depth - 1) for _ in range(n)])
        return VTt(self.rand_elem(0))

    def rand_type(self):
        if self.chance(0.25):
            return self.ch([INT, INT, STR, FLOAT, BOOL])
        # bias towards types of existing variables so operations can combine them
        if self.vars and self.chance(0.3):
            return self.ch(list(self.vars.values()))
        return self.rand_container()

    # ---- literals ---------------------------------------------------------
    def lit_value(self, t):
        r = self.r
        if t == INT:
            return r.choice([r.randint(-5, 12), r.randint(0, 6), r.randint(-100, 100)])
        if t == FLOAT:
            return r.choice(FLOATS)
        if t == BOOL:
            return r.random() < 0.5
        if t == STR:
            if not self.in_f and r.random() < 0.04:
                return r.choice(ODD_WORDS)
            return r.choice(WORDS)
        kind = t[0]
        if kind == "tup":
            return tuple(self.lit_value(x) for x in t[1])
        n = r.choice([0, 1, 2, 3, 3, 4, 5, 6]) if kind != "vtup" else r.choice([0, 1, 2, 3, 4])
        if kind == "list":
            return [self.lit_value(t[1]) for _ in range(n)]
        if kind == "vtup":
            return tuple(self.lit_value(t[1]) for _ in range(n))
        if kind in ("set", "fset"):
            s = set(self.lit_value(t[1]) for _ in range(n))
            return s if kind == "set" else frozenset(s)
        if kind == "dict":
            return {self.lit_value(t[1]): self.lit_value(t[2]) for _ in range(n)}
        raise AssertionError(t)

    def src_of(self, v, t):
        """Source text for value v of type t (preserving the static type)."""
        if "empty-literal" in AVOID and not is_scalar(t) and t[0] != "tup" and len(v) == 0:
            return self.typed_empty(t)
        if t == FLOAT:
            return repr(v)
        if t == INT or t == BOOL or t == STR:
            return repr(v)
        kind = t[0]
        if kind == "tup":
            parts = [self.src_of(x, u) for x, u in zip(v, t[1])]
            return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"
        if kind == "list":
            return "[" + ", ".join(self.src_of(x, t[1]) for x in v) + "]"
        if kind == "vtup":
            # always through tuple(): a literal (a, b) is a fixed-length tuple, and mixing the two
            # kinds in one container is a documented "not supported yet"
            if len(v) == 0:
                return "tuple(%s)" % self.ch(["", "[]"])
            return "tuple([" + ", ".join(self.src_of(x, t[1]) for x in v) + "])"
        if kind == "set":
            if not v:
                return "set()"
            items = list(v)
            self.r.shuffle(items) if not has_str(t[1]) else items.sort(key=repr)
            if self.chance(0.2):
                return "set([" + ", ".join(self.src_of(x, t[1]) for x in items) + "])"
            return "{" + ", ".join(self.src_of(x, t[1]) for x in items) + "}"
        if kind == "fset":
            items = sorted(v, key=repr)
            if not items:
                return "frozenset()"
            if self.chance(0.5):
                return "frozenset([" + ", ".join(self.src_of(x, t[1]) for x in items) + "])"
            return "frozenset({" + ", ".join(self.src_of(x, t[1]) for x in items) + "})"
        if kind == "dict":
            return "{" + ", ".join(self.src_of(k, t[1]) + ": " + self.src_of(x, t[2]) for k, x in v.items()) + "}"
        raise AssertionError(t)

    def typed_empty(self, t):
        """An empty container whose element type is fixed by the expression itself."""
        kind = t[0]
        if kind == "dict":
            one = "(%s, %s)" % (self.lit(t[1]), self.lit(t[2]))
            return "dict([%s][:0])" % one
        one = "[%s][:0]" % self.lit(t[1])
        return {"list": "%s", "vtup": "tuple(%s)", "set": "set(%s)", "fset": "frozenset(%s)"}[kind] % one

    def lit(self, t):
        return self.src_of(self.lit_value(t), t)

    # ---- expressions ------------------------------------------------------
    def leaf(self, t, loc):
        v = self.var_of(t, loc)
        if v is not None and self.chance(0.7):
            return v
        return self.lit(t)

    def expr(self, t, d=2, loc=None):
        """An expression of static type t."""
        loc = loc or {}
        if d <= 0 or self.chance(0.2):
            return self.leaf(t, loc)
        for _ in range(6):
            try:
                if self.chance(0.2):
                    e = self.access(t, d, loc)
                elif t == INT:
                    e = self.e_int(d, loc)
                elif t == FLOAT:
                    e = self.e_float(d, loc)
                elif t == BOOL:
                    e = self.e_bool(d, loc)
                elif t == STR:
                    e = self.e_str(d, loc)
                elif t[0] == "list":
                    e = self.e_list(t, d, loc)
                elif t[0] in ("set", "fset"):
                    e = self.e_set(t, d, loc)
                elif t[0] == "dict":
                    e = self.e_dict(t, d, loc)
                elif t[0] == "tup":
                    e = self.e_tup(t, d, loc)
                else:
                    e = self.e_vtup(t, d, loc)
            except Reject:
                e = None
            if e is not None:
                return e
        return self.leaf(t, loc)

    def access(self, t, d, loc):
        """Element access yielding type t, from a module-level variable with known value."""
        cands = []
        for n, u in self.vars.items():
            if u[0:1] and not is_scalar(u):
                if u[0] in ("list", "vtup") and u[1] == t and self.val(n):
                    cands.append(("seq", n))
                elif u[0] == "dict" and u[2] == t and self.val(n):
                    cands.append(("dict", n))
                elif u[0] == "tup" and t in u[1]:
                    cands.append(("tup", n))
        if not cands:
            return None
        kind, n = self.ch(cands)
        v = self.val(n)
        if kind == "seq":
            i = self.r.randrange(-len(v), len(v))
            return "%s[%d]" % (n, i)
        if kind == "dict":
            k = self.ch(list(v.keys()))
            return "%s[%s]" % (n, self.src_of(k, self.vars[n][1]))
        u = self.vars[n]
        idx = [i for i, x in enumerate(u[1]) if x == t]
        i = self.ch(idx)
        if self.chance(0.3):
            i = i - len(u[1])
        return "%s[%d]" % (n, i)

    def container_with_elem(self, e, d, loc, ordered=True, allow_str=True):
        """(source expression, type) of some iterable whose elements have type e.
        With ordered=True the iteration order is deterministic across runs."""
        opts = []
        for n, u in list(self.vars.items()) + list(loc.items()):
            if elem_of(u) == e and (allow_str or u != STR):
                opts.append((n, u))
        if opts and self.chance(0.7):
            n, u = self.ch(opts)
            if ordered and strset(u):
                return "sorted(%s)" % n, Lt(e)
            return n, u
        k = self.r.random()
        if k < 0.45:
            t = Lt(e)
        elif k < 0.6 and hashable(e):
            t = St(e)
        elif k < 0.7 and hashable(e):
            t = FSt(e)
        elif k < 0.8:
            t = VTt(e)
        elif k < 0.9 and hashable(e):
            t = Dt(e, self.ch([INT, STR]))
        else:
            t = Lt(e)
        src = self.expr(t, d - 1, loc)
        if ordered and strset(t):
            return "sorted(%s)" % src, Lt(e)
        return src, t

    def any_container(self, d, loc, ordered=True):
        """(src, type, elem) of any iterable."""
        cands = [(n, u) for n, u in list(self.vars.items()) + list(loc.items())
                 if not is_scalar(u) and elem_of(u) is not None]
        if cands and self.chance(0.75):
            n, u = self.ch(cands)
            if ordered and strset(u):
                return "sorted(%s)" % n, Lt(u[1]), u[1]
            return n, u, elem_of(u)
        e = self.rand_elem(1)
        src, t = self.container_with_elem(e, d, loc, ordered)
        return src, t, e

    def lam_var(self):
        return self.ch(["x", "y", "e", "item", "w"])

    def transform(self, src_t, dst_t, xname, d, loc):
        """An expression of type dst_t that uses variable xname (of type src_t)."""
        loc2 = dict(loc)
        loc2[xname] = src_t
        if src_t == dst_t and self.chance(0.3):
            return xname
        if src_t == INT and dst_t == INT:
            return self.ch(["%s * %d" % (xname, self.r.randint(-3, 3)), "%s + %d" % (xname, self.r.randint(-5, 5)),
                            "%s %% %d" % (xname, self.r.randint(2, 5)), "-%s" % xname, "abs(%s)" % xname,
                            "%s // %d" % (xname, self.ch([2, 3, -2]))])
        if src_t == INT and dst_t == STR:
            return self.ch(["str(%s)" % xname, "'n' * (%s %% 3)" % xname, "f'<{%s}>'" % xname if not self.in_f else "str(%s)" % xname])
        if src_t == INT and dst_t == BOOL:
            return self.ch(["%s > %d" % (xname, self.r.randint(-2, 5)), "%s %% 2 == 0" % xname])
        if src_t == INT and dst_t == FLOAT:
            return self.ch(["%s * 0.5" % xname, "float(%s)" % xname, "%s / 4" % xname])
        if src_t == STR and dst_t == STR:
            return self.ch(["%s.upper()" % xname, "%s.strip()" % xname, "%s + '!'" % xname,
                            "%s[::-1]" % xname, "%s.replace('a', 'o')" % xname, "%s[:2]" % xname])
        if src_t == STR and dst_t == INT:
            return self.ch(["len(%s)" % xname, "%s.count('a')" % xname, "%s.find('a')" % xname])
        if src_t == STR and dst_t == BOOL:
            return self.ch(["%s.startswith('a')" % xname, "len(%s) > 2" % xname, "'a' in %s" % xname,
                            "%s.isalpha()" % xname])
        if src_t == FLOAT and dst_t == FLOAT:
            return self.ch(["%s * 2.0" % xname, "%s + 0.25" % xname, "-%s" % xname, "abs(%s)" % xname])
        if src_t == FLOAT and dst_t == BOOL:
            return "%s > %s" % (xname, repr(self.ch([0.0, 1.0, -0.5])))
        if src_t == FLOAT and dst_t == STR:
            return "str(%s)" % xname
        if src_t == FLOAT and dst_t == INT:
            return "int(%s)" % xname
        if src_t == BOOL and dst_t == BOOL:
            return "not %s" % xname
        if src_t == BOOL and dst_t == INT:
            return "int(%s)" % xname
        if src_t == BOOL and dst_t == STR:
            return "str(%s)" % xname
        if not is_scalar(src_t) and src_t[0] == "tup":
            idx = [i for i, u in enumerate(src_t[1]) if u == dst_t]
            if idx and self.chance(0.7):
                return "%s[%d]" % (xname, self.ch(idx))
            if idx:
                i = self.ch(idx)
                return self.transform(dst_t, dst_t, "%s[%d]" % (xname, i), d, loc)
            j = self.r.randrange(len(src_t[1]))
            if is_scalar(src_t[1][j]) and (src_t[1][j], dst_t) != (STR, STR):
                return self.transform(src_t[1][j], dst_t, "%s[%d]" % (xname, j), d, loc)
        if not is_scalar(src_t) and src_t[0] in ("list", "vtup", "set", "fset", "dict"):
            if dst_t == INT:
                if src_t[1] == INT and src_t[0] != "dict" and self.chance(0.5):
                    return "sum(%s)" % xname
                return "len(%s)" % xname
            if dst_t == BOOL:
                return self.ch(["len(%s) > 1" % xname, "not %s" % xname, "bool(%s)" % xname])
            if dst_t == STR and printable(src_t) and not self.in_f:
                return self.ch(["str(%s)" % xname, "repr(%s)" % xname])
        if not is_scalar(dst_t) and dst_t[0] == "tup":
            return "(" + ", ".join(self.transform(src_t, u, xname, d, loc) for u in dst_t[1]) + \
                ("," if len(dst_t[1]) == 1 else "") + ")"
        if not is_scalar(dst_t) and dst_t[0] == "list" and dst_t[1] == src_t:
            return self.ch(["[%s]" % xname, "[%s, %s]" % (xname, xname)])
        # fall back: an expression not using x (still well typed)
        return self.expr(dst_t, d - 1, loc2)

    def cond_on(self, src_t, xname, loc):
        return self.transform(src_t, BOOL, xname, 1, loc)

    def key_lambda(self, e):
        """A key function for sorting/min/max over elements of type e (or None)."""
        x = self.lam_var()
        opts = []
        if e == INT:
            opts = ["lambda %s: -%s" % (x, x), "abs", "lambda %s: %s %% 3" % (x, x), "lambda %s: (%s %% 2, -%s)" % (x, x, x)]
        elif e == FLOAT:
            opts = ["lambda %s: -%s" % (x, x), "abs"]
        elif e == STR:
            opts = ["len", "lambda %s: %s.lower()" % (x, x), "lambda %s: %s[::-1]" % (x, x)]
        elif e == BOOL:
            opts = ["lambda %s: not %s" % (x, x)]
        elif not is_scalar(e) and e[0] == "tup":
            idx = [i for i, u in enumerate(e[1]) if orderable(u)]
            if idx:
                i = self.ch(idx)
                opts = ["lambda %s: %s[%d]" % (x, x, i)]
                if e[1][i] == INT:
                    opts.append("lambda %s: -%s[%d]" % (x, x, i))
        elif not is_scalar(e) and e[0] in ("list", "vtup", "set", "fset", "dict"):
            opts = ["len"]
            if e[1] == INT and e[0] != "dict":
                opts.append("lambda %s: sum(%s)" % (x, x))   # key=sum: "not supported yet"
        if not opts:
            return None
        return self.ch(opts)

    # ints
    def e_int(self, d, loc):
        k = self.r.randrange(15)
        if k == 0:
            src, t, e = self.any_container(d, loc, ordered=False)
            return "len(%s)" % src
        if k == 1:
            src, t = self.container_with_elem(INT, d, loc, ordered=False)
            if self.chance(0.3):
                return "sum(%s, %d)" % (src, self.r.randint(-3, 10))
            return "sum(%s)" % src
        if k == 2:
            src, t, e = self.any_container(d, loc, ordered=False)
            x = self.lam_var()
            return "sum(%s for %s in %s%s)" % (self.transform(e, INT, x, d, loc), x, src,
                                               (" if " + self.cond_on(e, x, loc)) if self.chance(0.4) else "")
        if k == 3:
            fn = self.ch(["min", "max"])
            key = self.key_lambda(INT) if self.chance(0.3) else None
            src, t = self.container_with_elem(INT, d, loc, ordered=key is not None)
            return "%s(%s%s, default=%s)" % (fn, src, (", key=" + key) if key else "", self.int_small())
        if k == 4:
            cands = self.vars_of(lambda u: not is_scalar(u) and u[0] in ("list", "vtup"))
            if not cands:
                return None
            n = self.ch(cands)
            e = self.vars[n][1]
            v = self.val(n)
            if v and self.chance(0.7):
                x = self.ch(v)
                if self.chance(0.5):
                    return "%s.index(%s)" % (n, self.src_of(x, e))
                return "%s.count(%s)" % (n, self.src_of(x, e))
            return "%s.count(%s)" % (n, self.expr(e, 0, loc))
        if k == 5:
            cands = self.vars_of(lambda u: not is_scalar(u) and u[0] == "dict" and u[2] == INT)
            if not cands:
                return None
            n = self.ch(cands)
            return "%s.get(%s, %s)" % (n, self.expr(self.vars[n][1], d - 1, loc), self.int_small())
        if k == 6:
            s = self.expr(STR, d - 1, loc)
            return self.ch(["%s.find(%r)", "%s.count(%r)", "%s.rfind(%r)"]) % (s, self.ch(["a", "b", "", "ab", " ", ","]))
        if k == 7:
            return "len(%s)" % self.expr(STR, d - 1, loc)
        if k in (8, 9, 10):
            a = self.expr(INT, d - 1, loc)
            op = self.ch(["+", "-", "*", "//", "%"])
            if op == "*":
                return "(%s * %d)" % (a, self.r.randint(-3, 3))
            if op in ("//", "%"):
                return "(%s %s %d)" % (a, op, self.ch([2, 3, 5, -2, 7]))
            return "(%s %s %s)" % (a, op, self.expr(INT, d - 1, loc))
        if k == 11:
            src, t, e = self.any_container(d, loc, ordered=False)
            x = self.lam_var()
            return "len([%s for %s in %s if %s])" % (x, x, src, self.cond_on(e, x, loc))
        if k == 12:
            a, b = self.expr(INT, d - 1, loc), self.expr(INT, d - 1, loc)
            return "%s(%s, %s)" % (self.ch(["min", "max"]), a, b)
        if k == 13:
            src, t = self.container_with_elem(BOOL, d, loc, ordered=False)
            return "sum(%s)" % src
        src, t, e = self.any_container(d, loc, ordered=False)
        x = self.lam_var()
        return "sum(1 for %s in %s if %s)" % (x, src, self.cond_on(e, x, loc))

    def int_small(self):
        return str(self.r.randint(-3, 9))

    def e_float(self, d, loc):
        k = self.r.randrange(7)
        if k == 0:
            src, t = self.container_with_elem(FLOAT, d, loc, ordered=True)
            if "sum-empty-float" in AVOID or self.chance(0.3):
                return "sum(%s, %s)" % (src, self.ch(["0.0", "-0.0", "1.5"]))
            return "sum(%s)" % src
        if k == 1:
            src, t = self.container_with_elem(FLOAT, d, loc, ordered=False)
            return "%s(%s, default=%s)" % (self.ch(["min", "max"]), src, repr(self.ch(FLOATS)))
        if k == 2:
            return "(%s %s %s)" % (self.expr(FLOAT, d - 1, loc), self.ch(["+", "-", "*"]), self.expr(FLOAT, d - 1, loc))
        if k == 3:
            return "float(%s)" % self.expr(INT, d - 1, loc)
        if k == 4:
            return "(%s / %s)" % (self.expr(self.ch([INT, FLOAT]), d - 1, loc), self.ch(["2", "4.0", "-8", "0.5"]))
        if k == 5:
            cands = self.vars_of(lambda u: not is_scalar(u) and u[0] == "dict" and u[2] == FLOAT)
            if not cands:
                return None
            n = self.ch(cands)
            return "%s.get(%s, %s)" % (n, self.expr(self.vars[n][1], d - 1, loc), repr(self.ch(FLOATS)))
        src, t, e = self.any_container(d, loc, ordered=True)
        x = self.lam_var()
        start = ", 0.0" if "sum-empty-float" in AVOID else ""
        return "sum((%s for %s in %s)%s)" % (self.transform(e, FLOAT, x, d, loc), x, src, start)

    def e_bool(self, d, loc):
        e = self.e_bool_raw(d, loc)
        return None if e is None else "(" + e + ")"

    def e_bool_raw(self, d, loc):
        k = self.r.randrange(12)
        if k in (0, 1):
            src, t, e = self.any_container(d, loc, ordered=False)
            if t == STR:
                return "%s %s %s" % (self.expr(STR, 0, loc), self.ch(["in", "not in"]), src)
            if not is_scalar(t) and t[0] != "tup" and self.chance(0.5):
                cands = self.vars_of(lambda u: u == t)
                if cands:
                    n = self.ch(cands)
                    v = self.val(n)
                    if v:
                        x = self.ch(sorted(v, key=repr)) if not isinstance(v, (list, tuple)) else self.ch(v)
                        return "%s %s %s" % (self.src_of(x, e), self.ch(["in", "not in"]), n)
            return "%s %s %s" % (self.expr(e, d - 1, loc), self.ch(["in", "not in"]), src)
        if k == 2:
            t = self.pick_existing_type() or self.rand_type()
            return "%s %s %s" % (self.expr(t, d - 1, loc), self.ch(["==", "!="]), self.expr(t, d - 1, loc))
        if k == 3:
            t = self.pick_existing_type(lambda u: orderable(u) and (is_scalar(u) or u[0] in ("list", "tup", "vtup")))
            if t is None or self.chance(0.3):
                t = self.ch([Lt(INT), Tt(INT, STR), VTt(INT), STR, INT, Lt(STR), Lt(Tt(INT, INT))])
            return "%s %s %s" % (self.expr(t, d - 1, loc), self.ch(["<", "<=", ">", ">="]), self.expr(t, d - 1, loc))
        if k == 4:
            t = self.pick_existing_type(lambda u: not is_scalar(u) and u[0] in ("set", "fset"))
            if t is None:
                t = St(INT)
            t2 = (self.ch(["set", "fset"]), t[1])
            return "%s %s %s" % (self.expr(t, d - 1, loc), self.ch(["<", "<=", ">", ">=", "==", "!="]), self.expr(t2, d - 1, loc))
        if k == 5:
            t = self.pick_existing_type(lambda u: not is_scalar(u) and u[0] in ("set", "fset"))
            if t is None:
                t = FSt(INT)
            meth = self.ch(["issubset", "issuperset", "isdisjoint"])
            arg_t = self.ch([t, Lt(t[1]), (self.ch(["set", "fset"]), t[1])])
            return "%s.%s(%s)" % (self.expr(t, d - 1, loc), meth, self.expr(arg_t, d - 1, loc))
        if k == 6:
            src, t, e = self.any_container(d, loc, ordered=False)
            x = self.lam_var()
            return "%s(%s for %s in %s)" % (self.ch(["any", "all"]), self.cond_on(e, x, loc), x, src)
        if k == 7:
            return "not %s" % self.expr(self.rand_type(), d - 1, loc)
        if k == 8:
            return "(%s %s %s)" % (self.expr(BOOL, d - 1, loc), self.ch(["and", "or"]), self.expr(BOOL, d - 1, loc))
        if k == 9:
            src, t, e = self.any_container(d, loc, ordered=False)
            return "len(%s) %s %d" % (src, self.ch([">", "==", "<="]), self.r.randint(0, 4))
        if k == 10:
            if self.chance(0.5):
                dv = self.dict_view_setlike(d, loc)
                if dv is not None and "dictview-eq" not in AVOID:
                    src, et = dv
                    other = self.expr((self.ch(["set", "fset"]), et), d - 1, loc)
                    return "%s %s %s" % (src, self.ch(["==", "!="]), other) if self.chance(0.6) else \
                        "%s %s %s" % (other, self.ch(["==", "!="]), src)
                if dv is not None and "dictview-setops" not in AVOID:
                    src, et = dv
                    other = self.expr((self.ch(["set", "fset"]), et), d - 1, loc)
                    return "%s %s %s" % (src, self.ch(["<=", "<", ">=", ">"]), other)
            src, t = self.container_with_elem(BOOL, d, loc, ordered=False)
            return "%s(%s)" % (self.ch(["any", "all"]), src)
        return "%s.%s" % (self.expr(STR, d - 1, loc), self.ch(["isdigit()", "isalpha()", "startswith('a')", "endswith('g')", "islower()"]))

    def dict_view_setlike(self, d, loc):
        """(d.keys() or d.items(), element type) of a dict variable, or None."""
        cands = [n for n, u in self.vars.items() if not is_scalar(u) and u[0] == "dict"]
        if not cands:
            return None
        n = self.ch(cands)
        u = self.vars[n]
        if hashable(u[2]) and self.chance(0.4):
            return "%s.items()" % n, Tt(u[1], u[2])
        return "%s.keys()" % n, u[1]

    def pick_existing_type(self, pred=lambda u: True):
        ts = [u for u in self.vars.values() if pred(u)]
        return self.ch(ts) if ts else None

    def e_str(self, d, loc):
        k = self.r.randrange(12)
        if k == 0:
            s = self.expr(STR, d - 1, loc)
            return "%s.%s" % (s, self.ch(["upper()", "lower()", "strip()", "title()", "lstrip(' a')", "rstrip()",
                                           "replace('a', 'xy')", "replace(' ', '')", "capitalize()"]))
        if k in (1, 2):
            sep = self.ch(SEPS)
            if self.chance(0.5):
                src, t = self.container_with_elem(STR, d, loc, ordered=True)
                return "%r.join(%s)" % (sep, src)
            src, t, e = self.any_container(d, loc, ordered=True)
            x = self.lam_var()
            return "%r.join(%s for %s in %s)" % (sep, self.transform(e, STR, x, d, loc), x, src)
        if k in (3, 4) and not self.in_f:
            t = self.rand_type()
            if not printable(t):
                return None
            return "%s(%s)" % (self.ch(["str", "repr"]), self.expr(t, d - 1, loc))
        if k in (5, 6) and not self.in_f:
            return self.fstring(d, loc)
        if k == 7:
            s = self.expr(STR, d - 1, loc)
            return "%s[%s]" % (s, self.slice_text(8))
        if k == 8:
            return "(%s + %s)" % (self.expr(STR, d - 1, loc), self.expr(STR, d - 1, loc))
        if k == 9:
            key = self.key_lambda(STR) if self.chance(0.3) else None
            src, t = self.container_with_elem(STR, d, loc, ordered=key is not None)
            return "%s(%s%s, default=%r)" % (self.ch(["min", "max"]), src, (", key=" + key) if key else "", self.ch(WORDS))
        if k == 10:
            return "(%s * %d)" % (self.expr(STR, d - 1, loc), self.r.randint(0, 3))
        cands = self.vars_of(lambda u: not is_scalar(u) and u[0] == "dict" and u[2] == STR)
        if not cands:
            return None
        n = self.ch(cands)
        return "%s.get(%s, %r)" % (n, self.expr(self.vars[n][1], d - 1, loc), self.ch(WORDS))

    def fstring(self, d, loc):
        self.in_f += 1
        try:
            parts = []
            for _ in range(self.r.randint(1, 3)):
                parts.append(self.ch(["", "x=", " | ", "[", ": ", "ok "]))
                t = self.rand_type()
                if not printable(t):
                    t = Lt(INT)
                e = self.expr(t, d - 1, loc)
                conv = self.ch(["", "", "!r", "!s"])
                spec = ""
                if conv and self.chance(0.4):
                    spec = ":" + self.ch([">30", "<25", "^31", "*^20", ".5"])
                elif is_scalar(t) and t in (INT, FLOAT) and self.chance(0.3):
                    spec = ":" + self.ch([">6", "+", "08.2f", ".3" if t == FLOAT else "x"])
                if self.chance(0.1) and re.fullmatch(r"[a-z]\w*", e):
                    parts.append("{%s=}" % e)
                else:
                    parts.append("{%s%s%s%s}" % (" " if e.startswith("{") else "", e, conv, spec))
            parts.append(self.ch(["", ".", " end"]))
            return 'f"' + "".join(parts) + '"'
        finally:
            self.in_f -= 1

    def slice_text(self, n):
        r = self.r

        def b():
            return str(r.randint(-n - 2, n + 2))
        k = r.randrange(8)
        if k == 0:
            return ":"
        if k == 1:
            return "::-1"
        if k == 2:
            return b() + ":"
        if k == 3:
            return ":" + b()
        if k == 4:
            return b() + ":" + b()
        st = r.choice([-3, -2, -1, 2, 3, 1])
        if k == 5:
            return "::%d" % st
        return "%s:%s:%d" % (b() if r.random() < 0.7 else "", b() if r.random() < 0.7 else "", st)

    def e_list(self, t, d, loc):
        e = t[1]
        k = self.r.randrange(17)
        if k == 0 and orderable(e):
            key = self.key_lambda(e) if self.chance(0.4) else None
            src, st = self.container_with_elem(e, d, loc, ordered=key is not None)
            extra = ""
            if key:
                extra += ", key=" + key
            if self.chance(0.3):
                extra += ", reverse=%s" % self.ch(["True", "False"])
            return "sorted(%s%s)" % (src, extra)
        if k == 1:
            src, st = self.container_with_elem(e, d, loc, ordered=True)
            return "list(%s)" % src
        if k in (2, 3):
            src, st, se = self.any_container(d, loc, ordered=True)
            x = self.lam_var()
            body = self.transform(se, e, x, d, loc)
            cond = (" if " + self.cond_on(se, x, loc)) if self.chance(0.4) else ""
            return "[%s for %s in %s%s]" % (body, x, src, cond)
        if k == 4:
            src, st = self.container_with_elem(e, d, loc, ordered=True)
            src2, st2, se2 = self.any_container(d - 1, loc, ordered=True)
            return "[%s for %s in %s for %s in %s%s]" % (
                "x", "y", src2, "x", src, (" if " + self.cond_on(se2, "y", loc)) if self.chance(0.5) else "") \
                if True else None
        if k == 5:
            return "%s[%s]" % (self.expr(t, d - 1, loc), self.slice_text(6))
        if k == 6:
            return "(%s + %s)" % (self.expr(t, d - 1, loc), self.expr(t, d - 1, loc))
        if k == 7:
            return "(%s * %d)" % (self.expr(t, d - 1, loc), self.r.randint(-1, 3))
        if k == 8:
            return "list(reversed(%s))" % self.expr(self.ch([t, VTt(e)]), d - 1, loc)
        if k == 9:
            src, st, se = self.any_container(d, loc, ordered=True)
            x = self.lam_var()
            return "list(map(lambda %s: %s, %s))" % (x, self.transform(se, e, x, d, loc), src)
        if k == 10:
            src, st = self.container_with_elem(e, d, loc, ordered=True)
            x = self.lam_var()
            return "list(filter(lambda %s: %s, %s))" % (x, self.cond_on(e, x, loc), src)
        if k == 11 and not is_scalar(e) and e[0] == "tup" and len(e[1]) == 2:
            if e[1][0] == INT and self.chance(0.4):
                src, st = self.container_with_elem(e[1][1], d, loc, ordered=True)
                return "list(enumerate(%s%s))" % (src, (", %d" % self.r.randint(-2, 5)) if self.chance(0.3) else "")
            a, _ = self.container_with_elem(e[1][0], d, loc, ordered=True)
            b, _ = self.container_with_elem(e[1][1], d, loc, ordered=True)
            return "list(zip(%s, %s))" % (a, b)
        if k == 12 and e == STR:
            s = self.expr(STR, d - 1, loc)
            if self.chance(0.4):
                return "%s.split()" % s
            return "%s.split(%r%s)" % (s, self.ch([",", " ", "a", "-", ", "]), (", %d" % self.r.randint(0, 2)) if self.chance(0.3) else "")
        if k == 13:
            cands = self.vars_of(lambda u: not is_scalar(u) and u[0] == "dict" and (u[1] == e or u[2] == e or Tt(u[1], u[2]) == e))
            if not cands:
                return None
            n = self.ch(cands)
            u = self.vars[n]
            opts = []
            rev = "dict-reversed" not in AVOID
            if u[1] == e:
                opts += ["list(%s)", "list(%s.keys())", "[k for k in %s]"]
                if rev:
                    opts += ["list(reversed(%s))", "list(reversed(%s.keys()))"]
            if u[2] == e:
                opts += ["list(%s.values())"] + (["list(reversed(%s.values()))"] if rev else [])
            if Tt(u[1], u[2]) == e:
                opts += ["list(%s.items())"] + (["list(reversed(%s.items()))"] if rev else [])
                if orderable(e):
                    opts += ["sorted(%s.items())"]
                if orderable(u[2]):
                    opts += ["sorted(%s.items(), key=lambda kv: kv[1])"]
            return self.ch(opts) % n
        if k == 14:
            return "%s.copy()" % self.expr(t, d - 1, loc)
        if k == 15 and not is_scalar(e) and e[0] == "list":
            # matrix-like
            inner = e[1]
            return "[[%s for c in range(%d)] for r in range(%d)]" % (
                self.transform(INT, inner, "c", d, {"r": INT}) if inner != INT else self.ch(["r * c", "r + c", "r - c", "c"]),
                self.r.randint(0, 3), self.r.randint(0, 3))
        if k == 16 and e == INT:
            return "list(range(%d, %d%s))" % (self.r.randint(-3, 4), self.r.randint(-3, 9),
                                              (", %d" % self.ch([2, -1, 3])) if self.chance(0.3) else "")
        return None

    def set_src(self, e, d, loc):
        """An iterable of e fed to a set constructor / method."""
        src, st = self.container_with_elem(e, d, loc, ordered=False)
        if "set-from-dict" in AVOID and st[0] == "dict":
            src = "list(%s)" % src
        return src, st

    def e_set(self, t, d, loc):
        e = t[1]
        ctor = "set" if t[0] == "set" else "frozenset"
        k = self.r.randrange(9)
        if k == 0:
            src, st = self.set_src(e, d, loc)
            return "%s(%s)" % (ctor, src)
        if k in (1, 2, 3):
            a = self.expr(t, d - 1, loc)
            other = (self.ch(["set", "fset"]), e)
            b = self.expr(other, d - 1, loc)
            return "(%s %s %s)" % (a, self.ch(["|", "&", "-", "^"]), b)
        if k == 4:
            a = self.expr(t, d - 1, loc)
            b, bt = self.set_src(e, d, loc)
            meths = ["union", "intersection", "difference", "symmetric_difference"]
            if bt[0] not in ("set", "fset"):
                if "symdiff-iterable" in AVOID:
                    meths.remove("symmetric_difference")
                if "fset-method-iterable" in AVOID and t[0] == "fset":
                    meths = ["intersection"]
            return "%s.%s(%s)" % (a, self.ch(meths), b)
        if k == 5:
            src, st, se = self.any_container(d, loc, ordered=not strset(t) and False)
            if strset(st) and not strset(t):
                return None
            x = self.lam_var()
            cond = (" if " + self.cond_on(se, x, loc)) if self.chance(0.4) else ""
            comp = "{%s for %s in %s%s}" % (self.transform(se, e, x, d, loc), x, src, cond)
            return comp if ctor == "set" else "frozenset(%s)" % comp
        if k == 6:
            if "dictview-setops" not in AVOID and t[0] == "set" and self.chance(0.4):
                dv = self.dict_view_setlike(d, loc)
                if dv is not None and dv[1] == e:
                    other = self.expr((self.ch(["set", "fset"]), e), d - 1, loc)
                    return "(%s %s %s)" % (dv[0], self.ch(["|", "&", "-", "^"]), other)
            return "%s.copy()" % self.expr(t, d - 1, loc)
        if k == 7:
            cands = self.vars_of(lambda u: not is_scalar(u) and u[0] == "dict" and u[1] == e)
            if not cands:
                return None
            fmt = ["%s.keys()"] if "set-from-dict" in AVOID else ["%s", "%s.keys()"]
            return "%s(%s)" % (ctor, self.ch(fmt) % self.ch(cands))
        src, st = self.set_src(e, d, loc)
        return "%s(%s)" % (ctor, src)

    def e_dict(self, t, d, loc):
        kt, vt = t[1], t[2]
        k = self.r.randrange(7)
        if k in (0, 1):
            src, st, se = self.any_container(d, loc, ordered=True)
            x = self.lam_var()
            cond = (" if " + self.cond_on(se, x, loc)) if self.chance(0.3) else ""
            return "{%s: %s for %s in %s%s}" % (self.transform(se, kt, x, d, loc), self.transform(se, vt, x, d, loc), x, src, cond)
        if k == 2:
            a, _ = self.container_with_elem(kt, d, loc, ordered=True)
            b, _ = self.container_with_elem(vt, d, loc, ordered=True)
            return "dict(zip(%s, %s))" % (a, b)
        if k == 3:
            return "dict(%s)" % self.expr(Lt(Tt(kt, vt)), d - 1, loc)
        if k == 4:
            return "%s.copy()" % self.expr(t, d - 1, loc)
        if k == 5 and kt == INT:
            src, _ = self.container_with_elem(vt, d, loc, ordered=True)
            return "dict(enumerate(%s))" % src
        if k == 6 and vt == INT:
            src, _ = self.container_with_elem(kt, d, loc, ordered=True)
            return "{x: i for i, x in enumerate(%s)}" % src
        return None

    def e_tup(self, t, d, loc):
        ts = t[1]
        k = self.r.randrange(5)
        if k == 0 and len(ts) >= 2:
            i = self.r.randint(1, len(ts) - 1)
            a = Tt(*ts[:i])
            b = Tt(*ts[i:])
            return "(%s + %s)" % (self.expr(a, d - 1, loc), self.expr(b, d - 1, loc))
        if k == 1 and ts == (INT, INT):
            return "divmod(%s, %s)" % (self.expr(INT, d - 1, loc), self.ch(["3", "-4", "7"]))
        if k == 2 and orderable(t):
            src, st = self.container_with_elem(t, d, loc, ordered=False)
            return "%s(%s, default=%s)" % (self.ch(["min", "max"]), src, self.lit(t))
        return "(" + ", ".join(self.expr(u, d - 1, loc) for u in ts) + ("," if len(ts) == 1 else "") + ")"

    def e_vtup(self, t, d, loc):
        e = t[1]
        k = self.r.randrange(6)
        if k == 0:
            src, st = self.container_with_elem(e, d, loc, ordered=True)
            return "tuple(%s)" % src
        if k == 1:
            src, st, se = self.any_container(d, loc, ordered=True)
            x = self.lam_var()
            return "tuple(%s for %s in %s)" % (self.transform(se, e, x, d, loc), x, src)
        if k == 2:
            return "(%s + %s)" % (self.expr(t, d - 1, loc), self.expr(t, d - 1, loc))
        if k == 3:
            return "%s[%s]" % (self.expr(t, d - 1, loc), self.slice_text(5))
        if k == 4 and orderable(e):
            src, st = self.container_with_elem(e, d, loc, ordered=False)
            return "tuple(sorted(%s))" % src
        return "(%s * %d)" % (self.expr(t, d - 1, loc), self.r.randint(0, 2))

    # ---- statements ---------------------------------------------------------
    def printable_expr(self, d=2):
        t = self.rand_type()
        if not printable(t):
            e = self.expr(t, d)
            if t[0] in ("set", "fset"):
                return "sorted(%s)" % e
            return "len(%s)" % e
        return self.expr(t, d)

    def s_print(self):
        k = self.r.randrange(6)
        if k == 0:
            return "print(%s)" % self.fstring(2, {})
        if k == 1 and self.vars:
            names = [n for n, t in self.vars.items() if printable(t)]
            if names:
                return "print(%s)" % ", ".join(self.r.sample(names, min(len(names), self.r.randint(1, 3))))
        if k == 2:
            return "print(%s, sep=%r)" % (", ".join(self.printable_expr() for _ in range(self.r.randint(1, 3))),
                                          self.ch([" | ", ",", ""]))
        return "print(%s)" % ", ".join(self.printable_expr() for _ in range(self.r.randint(1, 2)))

    def s_new_var(self):
        t = self.rand_type()
        n = self.fresh(self.ch(["a", "b", "c", "d", "m", "s", "t", "xs", "ys", "k", "p"]))
        if is_mutable(t) and self.chance(0.15):
            same = self.vars_of(lambda u: u == t)
            if same:
                return "%s = %s" % (n, self.ch(same)), n, t   # alias
        src = self.expr(t, 3) if self.chance(0.6) else self.lit(t)
        return "%s = %s" % (n, src), n, t

    def s_reassign(self):
        cands = list(self.vars.items())
        if not cands:
            return None
        n, t = self.ch(cands)
        if is_scalar(t) and t in (INT, FLOAT) and self.chance(0.5):
            op = self.ch(["+=", "-="]) if t == INT else self.ch(["+=", "-=", "*="])
            return "%s %s %s" % (n, op, self.expr(t, 1))
        if t == STR and self.chance(0.3):
            return "%s += %s" % (n, self.expr(STR, 1))
        if not is_scalar(t) and t[0] in ("tup",) and self.chance(0.5):
            # unpack a fixed tuple
            names = [self.fresh("u") for _ in t[1]]
            if len(names) >= 3 and self.chance(0.5):
                j = self.r.randrange(len(names))
                tgt = ", ".join(("*" + x) if i == j else x for i, x in enumerate(names))
                return ("%s = %s" % (tgt, n), [(x, t[1][i] if i != j else Lt(t[1][i])) for i, x in enumerate(names)])
            return ("%s = %s" % (", ".join(names), n), list(zip(names, t[1])))
        return "%s = %s" % (n, self.expr(t, 2))

    def s_unpack(self):
        cands = [(n, t) for n, t in self.vars.items()
                 if not is_scalar(t) and t[0] in ("list", "vtup") and 1 <= len(self.val(n)) <= 6]
        if not cands:
            return None
        n, t = self.ch(cands)
        m = len(self.val(n))
        e = t[1]
        if self.chance(0.4) or m == 1:
            # starred
            nfixed = self.r.randint(0, min(m, 3))
            pos = self.r.randint(0, nfixed)
            names = [self.fresh("u") for _ in range(nfixed)]
            star = self.fresh("rest")
            tgt = names[:pos] + ["*" + star] + names[pos:]
            return ("%s = %s" % (", ".join(tgt), n), [(x, e) for x in names] + [(star, Lt(e))])
        names = [self.fresh("u") for _ in range(m)]
        return ("%s = %s" % (", ".join(names), n), [(x, e) for x in names])

    def s_swap(self):
        by_t = {}
        for n, t in self.vars.items():
            by_t.setdefault(t, []).append(n)
        pairs = [v for v in by_t.values() if len(v) >= 2]
        if not pairs:
            return None
        a, b = self.r.sample(self.ch(pairs), 2)
        return "%s, %s = %s, %s" % (a, b, b, a)

    def s_list_mut(self):
        cands = self.vars_of(lambda u: not is_scalar(u) and u[0] == "list")
        # element lists inside dicts/lists (d[k].append, m[i].append)
        nested = []
        for n, u in self.vars.items():
            if not is_scalar(u) and u[0] == "dict" and not is_scalar(u[2]) and u[2][0] == "list" and self.val(n):
                k = self.ch(list(self.val(n).keys()))
                nested.append(("%s[%s]" % (n, self.src_of(k, u[1])), u[2], self.val(n)[k]))
            if not is_scalar(u) and u[0] == "list" and not is_scalar(u[1]) and u[1][0] == "list" and self.val(n):
                i = self.r.randrange(-len(self.val(n)), len(self.val(n)))
                nested.append(("%s[%d]" % (n, i), u[1], self.val(n)[i]))
        opts = [(n, self.vars[n], self.val(n)) for n in cands] + nested
        if not opts:
            return None
        n, t, v = self.ch(opts)
        e = t[1]
        L = len(v)
        k = self.r.randrange(20)
        if k in (0, 1):
            return "%s.append(%s)" % (n, self.expr(e, 2))
        if k == 2:
            src, _ = self.container_with_elem(e, 2, {}, ordered=True)
            return "%s.extend(%s)" % (n, src)
        if k == 3:
            return "%s.insert(%d, %s)" % (n, self.r.randint(-L - 2, L + 2), self.expr(e, 1))
        if k == 4 and L:
            if self.chance(0.4):
                return "%s.pop()" % n if self.chance(0.5) else "print(%s.pop())" % n
            return "print(%s.pop(%d))" % (n, self.r.randrange(-L, L))
        if k == 5 and L:
            return "%s.remove(%s)" % (n, self.src_of(self.ch(v), e))
        if k == 6 and orderable(e):
            extra = []
            key = self.key_lambda(e) if self.chance(0.5) else None
            if key:
                extra.append("key=" + key)
            if self.chance(0.4):
                extra.append("reverse=True")
            return "%s.sort(%s)" % (n, ", ".join(extra))
        if k == 7:
            return "%s.reverse()" % n
        if k == 8 and L:
            return "%s[%d] = %s" % (n, self.r.randrange(-L, L), self.expr(e, 2))
        if k == 9:
            # slice assignment, step 1, any length
            return "%s[%s] = %s" % (n, self.ch([":", "%d:%d" % (self.r.randint(-L - 1, L + 1), self.r.randint(-L - 1, L + 1)),
                                                 "%d:" % self.r.randint(-L, L), ":%d" % self.r.randint(-L, L)]),
                                    self.expr(t, 2))
        if k == 10 and L:
            # extended slice assignment, equal length
            st = self.ch([2, -1, -2, 3])
            a = self.ch(["", str(self.r.randint(-L, L))])
            b = self.ch(["", str(self.r.randint(-L, L))])
            sl = slice(int(a) if a else None, int(b) if b else None, st)
            m = len(range(*sl.indices(L)))
            vals = [self.lit_value(e) for _ in range(m)]
            rhs = self.src_of(vals, t) if self.chance(0.6) else "%s[%s:%s:%d][::-1]" % (n, a, b, st)
            return "%s[%s:%s:%d] = %s" % (n, a, b, st, rhs)
        if k == 11 and L:
            return "del %s[%d]" % (n, self.r.randrange(-L, L))
        if k == 12:
            return "del %s[%s]" % (n, self.slice_text(L))
        if k == 13:
            return "%s += %s" % (n, self.expr(t, 1))
        if k == 14:
            return "%s *= %d" % (n, self.r.randint(0, 2))
        if k == 15:
            return "%s.clear()" % n if self.chance(0.3) else "%s.append(%s)" % (n, self.expr(e, 1))
        if k == 16 and L and e == INT:
            i = self.r.randrange(-L, L)
            return "%s[%d] %s %d" % (n, i, self.ch(["+=", "-=", "*="]), self.r.randint(-3, 3))
        if k == 17 and L:
            return "print(%s.index(%s), %s.count(%s))" % (n, self.src_of(self.ch(v), e), n, self.src_of(self.ch(v), e))
        if k == 18:
            c = self.fresh("cp")
            return ("%s = %s" % (c, self.ch(["%s.copy()", "%s[:]", "list(%s)"]) % n), [(c, t)])
        return "%s.append(%s)" % (n, self.expr(e, 1))

    def s_dict_mut(self):
        cands = self.vars_of(lambda u: not is_scalar(u) and u[0] == "dict")
        if not cands:
            return None
        n = self.ch(cands)
        t = self.vars[n]
        kt, vt = t[1], t[2]
        v = self.val(n)
        keys = list(v.keys())
        k = self.r.randrange(16)

        def key_expr():
            if keys and self.chance(0.6):
                return self.src_of(self.ch(keys), kt)
            return self.expr(kt, 1)
        if k in (0, 1, 2):
            return "%s[%s] = %s" % (n, key_expr(), self.expr(vt, 2))
        if k == 3 and vt in (INT, FLOAT, STR) and keys:
            return "%s[%s] += %s" % (n, self.src_of(self.ch(keys), kt), self.expr(vt, 1))
        if k == 4:
            return "print(%s.setdefault(%s, %s))" % (n, key_expr(), self.expr(vt, 1)) if printable(vt) else \
                "%s.setdefault(%s, %s)" % (n, key_expr(), self.expr(vt, 1))
        if k == 5 and keys:
            p = "%s.pop(%s)" % (n, self.src_of(self.ch(keys), kt))
            return "print(%s)" % p if printable(vt) else p
        if k == 6:
            p = "%s.pop(%s, %s)" % (n, key_expr(), self.expr(vt, 1))
            return "print(%s)" % p if printable(vt) else p
        if k == 7 and keys:
            p = "%s.popitem()" % n
            return "print(%s)" % p if printable(t) else p
        if k == 8:
            return "%s.update(%s)" % (n, self.expr(t, 2))
        if k == 9 and keys:
            return "del %s[%s]" % (n, self.src_of(self.ch(keys), kt))
        if k == 10:
            if not printable(t):
                return None
            kn, vn = self.fresh("k"), self.fresh("v")
            body = self.ch(["print(%s, %s)" % (kn, vn), "print(f\"{%s!r} -> {%s}\")" % (kn, vn)])
            return "for %s, %s in %s.items():\n    %s" % (kn, vn, n, body)
        if k == 11:
            if not printable(t):
                return None
            return "print(%s.keys(), %s.values())" % (n, n) if self.chance(0.5) else "print(%s.items())" % n
        if k == 12 and not is_scalar(vt) and vt[0] == "list" and keys:
            kk = self.src_of(self.ch(keys), kt)
            return "%s[%s].append(%s)" % (n, kk, self.expr(vt[1], 1))
        if k == 13 and not is_scalar(vt) and vt[0] == "list":
            kk = key_expr()
            return "%s.setdefault(%s, %s).append(%s)" % (n, kk, self.src_of([], vt), self.expr(vt[1], 1))
        if k == 14:
            c = self.fresh("dc")
            return ("%s = %s" % (c, self.ch(["%s.copy()", "dict(%s)"]) % n), [(c, t)])
        if k == 15 and vt == INT:
            kk = key_expr()
            return "%s[%s] = %s.get(%s, 0) + 1" % (n, kk, n, kk)
        return "%s.clear()" % n if self.chance(0.2) else "%s[%s] = %s" % (n, key_expr(), self.expr(vt, 1))

    def s_set_mut(self):
        cands = self.vars_of(lambda u: not is_scalar(u) and u[0] in ("set",))
        if not cands:
            return None
        n = self.ch(cands)
        t = self.vars[n]
        e = t[1]
        v = self.val(n)
        k = self.r.randrange(10)
        if k in (0, 1):
            return "%s.add(%s)" % (n, self.expr(e, 1))
        if k == 2:
            return "%s.discard(%s)" % (n, self.expr(e, 1))
        if k == 3 and v:
            return "%s.remove(%s)" % (n, self.src_of(self.ch(sorted(v, key=repr)), e))
        if k == 4 and v and not strset(t):
            return "print(%s.pop())" % n
        if k in (5, 6):
            other = (self.ch(["set", "fset"]), e)
            return "%s %s %s" % (n, self.ch(["|=", "&=", "-=", "^="]), self.expr(other, 1))
        if k == 7:
            src, _ = self.set_src(e, 1, {})
            return "%s.update(%s)" % (n, src)
        if k == 8:
            meth = self.ch(["intersection_update", "difference_update", "symmetric_difference_update"])
            return "%s.%s(%s)" % (n, meth, self.expr((self.ch(["set", "fset"]), e), 1))
        return "%s.clear()" % n if self.chance(0.3) else "%s.add(%s)" % (n, self.expr(e, 1))

    def s_loop(self):
        src, t, e = self.any_container(2, {}, ordered=True)
        k = self.r.randrange(6)
        x = self.fresh("it")
        loc = {x: e}
        body = []
        aliased = set(n for n in self.vars if re.search(r"\b%s\b" % n, src))
        acc_list = [a for a in self.vars_of(lambda u: not is_scalar(u) and u[0] == "list" and u[1] == e)
                    if not any(self.ns[a] is self.ns[b] for b in aliased)]
        if k == 0 and printable(e):
            body.append("print(%s)" % x)
        elif k == 1:
            a = self.fresh("acc")
            pre = "%s = %s" % (a, "[]" if "empty-literal" not in AVOID else "[0][:0]")
            body.append("%s.append(%s)" % (a, self.transform(e, INT, x, 1, {})))
            self.pending_post = [(a, Lt(INT))]
            body_txt = "\n".join("    " + b for b in body)
            return "%s\nfor %s in %s:\n%s" % (pre, x, src, body_txt)
        elif k == 2:
            i = self.fresh("i")
            if not printable(e):
                return None
            body.append("print(%s, %s)" % (i, x))
            return "for %s, %s in enumerate(%s%s):\n    %s" % (i, x, src, (", %d" % self.r.randint(1, 5)) if self.chance(0.3) else "", body[0])
        elif k == 3:
            cnt = self.fresh("cnt")
            kt = self.ch([INT, STR])
            pre = "%s = %s" % (cnt, "{}" if "empty-literal" not in AVOID else
                                    "dict([(%s, 0)][:0])" % self.lit(kt))
            kk = self.transform(e, kt, x, 1, {})
            self.pending_infer = (cnt, kt)
            return "%s\nfor %s in %s:\n    %s[%s] = %s.get(%s, 0) + 1" % (pre, x, src, cnt, kk, cnt, kk)
        elif k == 4 and acc_list:
            a = self.ch(acc_list)
            cond = self.cond_on(e, x, {})
            return "for %s in %s:\n    if %s:\n        %s.append(%s)\n    else:\n        print(%s)" % (
                x, src, cond, a, x, "len(%s)" % a)
        else:
            y = self.fresh("j")
            src2, t2, e2 = self.any_container(1, {}, ordered=True)
            if not (printable(e) and printable(e2)):
                return None
            return "for %s, %s in zip(%s, %s):\n    print(%s, %s, sep=%r)" % (x, y, src, src2, x, y, self.ch([":", " "]))
        return "for %s in %s:\n%s" % (x, src, "\n".join("    " + b for b in body))

    def s_func(self):
        """A small function over containers (instantiated at the types it is called with)."""
        k = self.r.randrange(8)
        if k >= 4:
            return self.s_func2(k - 4)
        f = self.fresh("f")
        if k == 0:
            cands = self.vars_of(lambda u: not is_scalar(u) and u[0] == "list")
            if not cands:
                return None
            n = self.ch(cands)
            e = self.vars[n][1]
            x = self.fresh("z")
            src = "def %s(xs, v):\n    xs.append(v)\n    return len(xs)\nprint(%s(%s, %s), %s)" % (
                f, f, n, self.expr(e, 1), n if printable(self.vars[n]) else "len(%s)" % n)
            return src
        if k == 1:
            src, t, e = self.any_container(2, {}, ordered=True)
            if not printable(e):
                return None
            return ("def %s(items):\n    out = []\n    for it in items:\n        out.append(it)\n        out.append(it)\n"
                    "    return out\nprint(%s(%s))" % (f, f, src))
        if k == 2:
            cands = self.vars_of(lambda u: not is_scalar(u) and u[0] == "dict" and u[2] == INT)
            if not cands:
                return None
            n = self.ch(cands)
            return ("def %s(d):\n    total = 0\n    for key in d:\n        total += d[key]\n    return total\nprint(%s(%s))"
                    % (f, f, n))
        cands = self.vars_of(lambda u: not is_scalar(u) and u[0] == "list" and u[1] == INT)
        if not cands:
            return None
        n = self.ch(cands)
        return ("def %s(xs, lo=0):\n    res = [x for x in xs if x >= lo]\n    res.sort(reverse=True)\n    return res[:3]\n"
                "print(%s(%s), %s(%s, %d))" % (f, f, n, f, n, self.r.randint(-2, 5)))

    def s_func2(self, k):
        f = self.fresh("g")
        if k == 0:
            # mutable default argument, evaluated once
            e = self.ch([INT, STR])
            return ("def %s(v, acc=%s):\n    acc.append(v)\n    return acc\nprint(%s(%s), %s(%s))\nprint(%s(%s, %s))"
                    % (f, self.src_of([self.lit_value(e)], Lt(e)), f, self.lit(e), f, self.lit(e), f, self.lit(e),
                       self.lit(Lt(e))))
        if k == 1:
            # returns a tuple of containers; the caller unpacks it
            cands = self.vars_of(lambda u: not is_scalar(u) and u[0] == "list" and u[1] == INT)
            if not cands:
                return None
            n = self.ch(cands)
            a, b = self.fresh("lo"), self.fresh("hi")
            return ("def %s(xs, pivot):\n    lo = [x for x in xs if x < pivot]\n    hi = [x for x in xs if x >= pivot]\n"
                    "    return lo, hi\n%s, %s = %s(%s, %d)\nprint(%s, %s)" % (f, a, b, f, n, self.r.randint(-3, 8), a, b),
                    [(a, Lt(INT)), (b, Lt(INT))])
        if k == 2:
            # in-place update of a dict passed by reference
            cands = self.vars_of(lambda u: not is_scalar(u) and u[0] == "dict" and u[2] == INT and printable(u))
            if not cands:
                return None
            n = self.ch(cands)
            kt = self.vars[n][1]
            return ("def %s(d, key, by):\n    d[key] = d.get(key, 0) + by\n    return len(d)\nprint(%s(%s, %s, %d), %s)"
                    % (f, f, n, self.expr(kt, 1), self.r.randint(-3, 3), n))
        cands = self.vars_of(lambda u: not is_scalar(u) and u[0] in ("list", "vtup") and printable(u))
        if not cands:
            return None
        n = self.ch(cands)
        return ("def %s(seq):\n    if len(seq) <= 1:\n        return list(seq)\n    return %s(seq[1:]) + [seq[0]]\nprint(%s(%s))"
                % (f, f, f, n))

    def s_nested(self):
        """Mutation through nested containers and aliases of inner containers."""
        cands = []
        for n, u in self.vars.items():
            v = self.val(n)
            if is_scalar(u) or not v:
                continue
            if u[0] == "list" and not is_scalar(u[1]) and u[1][0] in ("list", "dict", "set"):
                i = self.r.randrange(-len(v), len(v))
                cands.append(("%s[%d]" % (n, i), u[1], v[i]))
            if u[0] == "dict" and not is_scalar(u[2]) and u[2][0] in ("list", "dict", "set"):
                k = self.ch(list(v.keys()))
                cands.append(("%s[%s]" % (n, self.src_of(k, u[1])), u[2], v[k]))
        if not cands:
            return None
        path, t, v = self.ch(cands)
        k = self.r.randrange(7)
        if k == 0:
            a = self.fresh("row")
            return ("%s = %s\n%s" % (a, path, self.mut_on(a, t, v)), [(a, t)])
        if k == 1 and t[0] == "list" and v:
            i = self.r.randrange(-len(v), len(v))
            if t[1] == INT and self.chance(0.5):
                return "%s[%d] %s %d" % (path, i, self.ch(["+=", "-=", "*="]), self.r.randint(-3, 4))
            return "%s[%d] = %s" % (path, i, self.expr(t[1], 1))
        if k == 2 and t[0] == "list" and v:
            return "del %s[%s]" % (path, self.ch([str(self.r.randrange(-len(v), len(v))), self.slice_text(len(v))]))
        if k == 3:
            return "%s = %s" % (path, self.expr(t, 2))
        if k == 4 and t[0] == "list":
            return "%s = %s + %s" % (path, path, self.expr(t, 1))
        return self.mut_on(path, t, v)

    def mut_on(self, path, t, v):
        if t[0] == "list":
            opts = ["%s.append(%s)" % (path, self.expr(t[1], 1)), "%s.extend(%s)" % (path, self.expr(t, 1)),
                    "%s.insert(%d, %s)" % (path, self.r.randint(-3, 3), self.expr(t[1], 1)), "%s.reverse()" % path]
            if orderable(t[1]):
                opts.append("%s.sort(reverse=True)" % path)
            if v:
                opts.append("print(%s.pop())" % path if printable(t[1]) else "%s.pop()" % path)
            return self.ch(opts)
        if t[0] == "set":
            return self.ch(["%s.add(%s)" % (path, self.expr(t[1], 1)), "%s.discard(%s)" % (path, self.expr(t[1], 1)),
                            "%s |= %s" % (path, self.expr(t, 1))])
        return self.ch(["%s[%s] = %s" % (path, self.expr(t[1], 1), self.expr(t[2], 1)),
                        "%s.update(%s)" % (path, self.expr(t, 1)),
                        "%s.pop(%s, %s)" % (path, self.expr(t[1], 1), self.expr(t[2], 1))])

    def s_misc(self):
        k = self.r.randrange(7)
        if k == 0:
            cands = self.vars_of(lambda u: not is_scalar(u) and u[0] == "list" and printable(u[1]))
            if not cands:
                return None
            n = self.ch(cands)
            tmp = self.fresh("tmp")
            return "while %s:\n    %s = %s.pop(%s)\n    print(%s, len(%s))" % (
                n, tmp, n, self.ch(["", "0", "-1"]), tmp, n) if self.chance(0.3) else \
                "while len(%s) > %d:\n    print(%s.pop(%s))" % (n, self.r.randint(0, 3), n, self.ch(["", "0", "-1"]))
        if k == 1:
            # nested target unpacking in a for loop
            cands = self.vars_of(lambda u: not is_scalar(u) and u[0] in ("list", "vtup") and not is_scalar(u[1])
                                 and u[1][0] == "tup" and printable(u[1]))
            if not cands:
                return None
            n = self.ch(cands)
            et = self.vars[n][1]
            names = [self.fresh("q") for _ in et[1]]
            return "for idx_, (%s) in enumerate(%s):\n    print(idx_, %s)" % (", ".join(names), n, ", ".join(reversed(names)))
        if k == 2:
            # [[x] * n] * m aliasing
            a = self.fresh("grid")
            e = self.ch([INT, STR, FLOAT])
            return ("%s = [[%s] * %d] * %d\n%s[0][%d] = %s\nprint(%s)" % (
                a, self.lit(e), self.r.randint(1, 3), self.r.randint(1, 3), a, 0, self.lit(e), a), [(a, Lt(Lt(e)))])
        if k == 3:
            # zip of three, zip of unequal lengths
            a, _ = self.container_with_elem(INT, 1, {}, ordered=True)
            b, _ = self.container_with_elem(STR, 1, {}, ordered=True)
            c, _ = self.container_with_elem(self.ch([FLOAT, BOOL, Tt(INT, INT)]), 1, {}, ordered=True)
            return "print(list(zip(%s, %s, %s)))" % (a, b, c)
        if k == 4:
            cands = self.vars_of(lambda u: not is_scalar(u) and u[0] == "dict" and orderable(u[1]) and orderable(u[2])
                                 and printable(u))
            if not cands:
                return None
            n = self.ch(cands)
            u = self.vars[n]
            neg = "-kv[1]" if u[2] in (INT, FLOAT) else "kv[1]"
            return "print(sorted(%s.items(), key=lambda kv: (%s, kv[0])))" % (n, neg)
        if k == 5:
            cands = self.vars_of(lambda u: not is_scalar(u) and u[0] == "vtup")
            if not cands:
                return None
            n = self.ch(cands)
            if "vtup-iadd" in AVOID:
                return "%s = %s + %s" % (n, n, self.expr(self.vars[n], 1))
            return "%s %s" % (n, self.ch(["+= " + self.expr(self.vars[n], 1), "*= %d" % self.r.randint(0, 2)]))
        if k == 6:
            cands = self.vars_of(lambda u: not is_scalar(u) and u[0] in ("list", "dict", "set") and printable(u))
            if not cands:
                return None
            n = self.ch(cands)
            return "if %s:\n    print('nonempty', len(%s))\nelse:\n    print('empty', %s)" % (n, n, n)
        return None

    # ---- raising last statements --------------------------------------------
    def s_raise(self):
        r = self.r
        lists = self.vars_of(lambda u: not is_scalar(u) and u[0] == "list")
        dicts = self.vars_of(lambda u: not is_scalar(u) and u[0] == "dict")
        sets = self.vars_of(lambda u: not is_scalar(u) and u[0] == "set")
        seqs = self.vars_of(lambda u: not is_scalar(u) and u[0] in ("list", "vtup", "tup"))
        opts = []
        if lists:
            n = r.choice(lists)
            e = self.vars[n][1]
            v = self.val(n)
            L = len(v)
            opts += ["%s.clear()\n%s.pop()" % (n, n) if L else "%s.pop()" % n,
                     "print(%s.pop(%d))" % (n, L + r.randint(0, 3)),
                     "print(%s[%d])" % (n, r.choice([L, -L - 1, L + 5])),
                     "%s[%d] = %s" % (n, r.choice([L, -L - 1]), self.expr(e, 1)),
                     "del %s[%d]" % (n, r.choice([L, -L - 1])),
                     "print(%s.index(%s))" % (n, self.expr(e, 1)),
                     "%s.remove(%s)" % (n, self.expr(e, 1)),
                     "print(min(%s[%d:]))" % (n, L) if orderable(e) else "%s.pop()" % n,
                     "print(max([%s for x in %s if False]))" % ("x", n) if orderable(e) else "%s.pop()" % n]
            if L >= 2:
                opts.append("%s[::2] = %s" % (n, self.src_of([self.lit_value(e) for _ in range(len(v[::2]) + 1)], self.vars[n])))
                opts.append("u1, u2 = %s" % n if L != 2 else "u1, u2, u3 = %s" % n)
            if printable(self.vars[n]) and not strset(self.vars[n]):
                opts.append("print(f\"{%s:>20}\")" % n)
        if dicts:
            n = r.choice(dicts)
            t = self.vars[n]
            opts += ["print(%s[%s])" % (n, self.expr(t[1], 1)),
                     "%s.pop(%s)" % (n, self.expr(t[1], 1)),
                     "%s.clear()\n%s.popitem()" % (n, n),
                     "del %s[%s]" % (n, self.expr(t[1], 1))]
            if self.val(n) and printable(t):
                kx = self.fresh("kk")
                opts.append("for %s in %s:\n    %s[%s] = %s" % (kx, n, n, self.expr(t[1], 1), self.expr(t[2], 1)))
        if sets:
            n = r.choice(sets)
            t = self.vars[n]
            opts += ["%s.remove(%s)" % (n, self.expr(t[1], 1)),
                     "%s.clear()\nprint(%s.pop())" % (n, n)]
            if not strset(t):
                sx = self.fresh("sx")
                opts.append("for %s in %s:\n    %s.add(%s)" % (sx, n, n, self.transform(t[1], t[1], sx, 1, {})))
        if seqs:
            n = r.choice(seqs)
            opts.append("print(%s[%d])" % (n, len(self.val(n)) + r.randint(0, 2)))
        opts.append("print([%d, 1][%d])" % (r.randint(0, 3), r.choice([2, -3])))
        opts.append("print({%r: 1}[%r])" % (r.choice(WORDS), "missing"))
        opts.append("print({(1, 2): 'a'}[(2, 1)])")
        opts.append("print(%s.pop())" % self.src_of(set(), St(INT)))
        opts.append("print(%s(%s))" % (r.choice(["min", "max"]), self.src_of([], Lt(INT))))
        return r.choice(opts)

    # ---- driver -------------------------------------------------------------
    def try_stmt(self, src, binds=(), expect_raise=False):
        """exec src against the current state; keep it if it behaves."""
        if "setlit-iter" in AVOID:
            src = wrap_setlit_iters(src)
        self.last_src = src
        try:
            ast.parse(src)
        except SyntaxError as ex:
            raise AssertionError("generator produced invalid syntax: %s\n%s" % (ex, src))
        names = list(self.vars.keys())
        saved = snapshot(self.ns, names)
        buf = io.StringIO()
        old = sys.stdout
        sys.stdout = buf
        ok = True
        raised = None
        signal.setitimer(signal.ITIMER_REAL, 0.5)
        try:
            exec(compile(src, "<gen>", "exec"), self.ns)
        except Reject:
            ok = False
        except Exception as ex:  # noqa: BLE001
            raised = ex
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            sys.stdout = old
        if not ok:
            expect_raise = False
        if expect_raise:
            return raised is not None and type(raised).__name__ in (
                "IndexError", "KeyError", "ValueError", "RuntimeError", "TypeError")
        if raised is not None:
            ok = False
        else:
            try:
                budget = [NODE_LIMIT]
                for n in list(self.vars.keys()) + [b[0] for b in binds]:
                    if n in self.ns:
                        check_value(self.ns[n], budget)
                out = buf.getvalue()
                if len(out) > 3000 or self.out_len + len(out) > OUT_LIMIT:
                    ok = False
                if "nan" in out or "inf" in out:
                    ok = False
            except Reject:
                ok = False
        if not ok:
            # restore state
            for n in list(self.ns.keys()):
                if n not in saved and n not in ("math", "__builtins__") and n not in self.vars:
                    del self.ns[n]
            self.ns.update(saved)
            return False
        self.out_len += len(buf.getvalue())
        return True

    def infer_value_type(self, v):
        if isinstance(v, bool):
            return BOOL
        if isinstance(v, int):
            return INT
        if isinstance(v, str):
            return STR
        if isinstance(v, float):
            return FLOAT
        return None

    def program(self, raise_last=None):
        if raise_last is None:
            raise_last = self.chance(0.17)
        attempts = 0
        while len(self.stmts) < self.n_stmts and attempts < self.n_stmts * 8:
            attempts += 1
            self.pending_post = None
            self.pending_infer = None
            k = self.r.random()
            binds = []
            if not self.vars or k < 0.22:
                res = self.s_new_var()
                if res is None:
                    continue
                src, n, t = res
                binds = [(n, t)]
            else:
                kind = self.r.choices(
                    [self.s_print, self.s_list_mut, self.s_dict_mut, self.s_set_mut, self.s_loop,
                     self.s_reassign, self.s_unpack, self.s_swap, self.s_func, self.s_nested, self.s_misc],
                    [20, 17, 13, 8, 8, 7, 4, 3, 5, 7, 8])[0]
                src = kind()
                if src is None:
                    continue
                if isinstance(src, tuple):
                    src, binds = src
            if self.pending_post:
                binds = list(binds) + self.pending_post
            if not self.try_stmt(src, binds):
                continue
            src = self.last_src
            if self.pending_infer:
                cnt, kt = self.pending_infer
                binds = list(binds) + [(cnt, Dt(kt, INT))]
            for n, t in binds:
                self.vars[n] = t
            self.stmts.append(src)
            # occasionally print a mutated variable so that state is observed
            if self.chance(0.25) and self.vars:
                names = [n for n, t in self.vars.items() if printable(t)]
                if names:
                    p = "print(%s)" % self.ch(names)
                    if self.try_stmt(p):
                        self.stmts.append(p)
        # print the final state of a few variables
        names = [n for n, t in self.vars.items() if printable(t)]
        for n in self.r.sample(names, min(3, len(names))):
            p = "print(%r, %s)" % (n, n)
            if self.try_stmt(p):
                self.stmts.append(p)
        if raise_last:
            for _ in range(20):
                src = self.s_raise()
                if self.try_stmt(src, expect_raise=True):
                    self.stmts.append(self.last_src)
                    break
        return self.stmts


def render(stmts):
    return "\n".join(stmts) + "\n"


# --------------------------------------------------------------------------
# Running and comparing
# --------------------------------------------------------------------------

GEN_BUG_ERRORS = ("NameError", "UnboundLocalError", "SyntaxError", "IndentationError",
                  "AttributeError", "MemoryError")


def last_line(text):
    for ln in reversed(text.splitlines()):
        if ln.strip():
            return ln
    return ""


def run(cmd, timeout, cwd=None):
    env = dict(os.environ)
    env["PYTHONUTF8"] = "1"
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONWARNINGS", None)
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
                           cwd=cwd, env=env)
        return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace"), False
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b"", (e.stderr or b"").decode("utf-8", "replace"), True


class Outcome:
    def __init__(self, kind, detail="", sig=None, opt=None):
        self.kind = kind  # MATCH SKIP GENBUG TAIPAN_DIAGNOSTIC MISMATCH CRASH
        self.detail = detail
        self.sig = sig
        self.opt = opt


def first_diff(a, b):
    al, bl = a.splitlines(), b.splitlines()
    for i in range(max(len(al), len(bl))):
        x = al[i] if i < len(al) else b"<missing>"
        y = bl[i] if i < len(bl) else b"<missing>"
        if x != y:
            return i + 1, x.decode("utf-8", "replace"), y.decode("utf-8", "replace")
    return None, a[-80:].decode("utf-8", "replace"), b[-80:].decode("utf-8", "replace")


def normalize_sig(s):
    s = re.sub(r"`[^`]*`", "`_`", s)
    s = re.sub(r"'[^']*'", "'_'", s)
    s = re.sub(r"-?\d+(\.\d+)?(e[-+]?\d+)?", "#", s)
    return s[:160]


def evaluate(stmts, work, opts, want=None):
    src = render(stmts)
    pp = os.path.join(work, "prog.py")
    with open(pp, "w", encoding="utf-8") as f:
        f.write(src)
    rc, out, err, to = run([PYTHON, pp], RUN_TIMEOUT)
    if to:
        return [Outcome("SKIP", "cpython timeout")]
    exp_last = last_line(err) if rc != 0 else ""
    if rc != 0 and exp_last.split(":")[0] in GEN_BUG_ERRORS:
        return [Outcome("GENBUG", exp_last)]
    if rc not in (0, 1):
        return [Outcome("SKIP", "cpython rc %s" % rc)]
    results = []
    for opt in opts:
        if want is not None and opt != want:
            continue
        exe = os.path.join(work, "prog_%s.exe" % opt)
        if os.path.exists(exe):
            os.unlink(exe)
        brc, bout, berr, bto = run([TAIPAN, "build", "--no-fallback", pp, "-o", exe, opt], BUILD_TIMEOUT)
        if bto:
            results.append(Outcome("CRASH", "taipan build timed out", "build-timeout", opt))
            continue
        berr_l = berr.lower()
        if brc != 0 or not os.path.exists(exe):
            first = next((ln for ln in berr.splitlines() if ln.strip()), "")
            if ("panick" in berr_l or "internal" in berr_l or brc not in (0, 1)
                    or not first.startswith("error[")):
                results.append(Outcome("CRASH", "taipan build rc=%s: %s" % (brc, first[:300]),
                                       "build:" + normalize_sig(first), opt))
            else:
                # the diagnostic's message and the source line it points at
                m = re.search(r"\|\s*\n\s*\d+\s*\|\s*(.*)\n\s*\|\s*(\^+)(.*)", berr)
                where = m.group(3).strip() if m else ""
                results.append(Outcome("TAIPAN_DIAGNOSTIC", first + ((" [" + where + "]") if where else ""),
                                       "diag:" + normalize_sig(first), opt))
            continue
        trc, tout, terr, tto = run([exe], RUN_TIMEOUT)
        if tto:
            results.append(Outcome("MISMATCH", "executable timed out (CPython rc=%s)" % rc, "timeout", opt))
            continue
        if trc < 0 or trc >= 128 or "panick" in terr.lower():
            results.append(Outcome("CRASH", "executable rc=%s stderr=%r" % (trc, last_line(terr)[:300]),
                                   "exe-crash:%s" % trc, opt))
            continue
        diffs = []
        sig = []
        if tout != out:
            ln, e, a = first_diff(out, tout)
            diffs.append("stdout line %s: expected %r, got %r" % (ln, e[:300], a[:300]))
            sig.append("stdout")
        if trc != rc:
            diffs.append("exit status: expected %s, got %s" % (rc, trc))
            sig.append("rc%s/%s" % (rc, trc))
        if rc != 0:
            act_last = last_line(terr)
            if act_last != exp_last:
                diffs.append("last stderr line: expected %r, got %r" % (exp_last, act_last))
                sig.append("exc:%s->%s" % (exp_last.split(":")[0], normalize_sig(act_last)))
            elif "Traceback (most recent call last):" not in terr:
                diffs.append("no Traceback header on stderr")
                sig.append("noheader")
        if diffs:
            results.append(Outcome("MISMATCH", "; ".join(diffs), "|".join(sig), opt))
        else:
            results.append(Outcome("MATCH", opt=opt))
    return results


# --------------------------------------------------------------------------
# Reduction: remove statements (blocks) while the failure keeps its signature
# --------------------------------------------------------------------------


def split_lines(stmts):
    """Split multi-line blocks into single simple statements where possible so the
    reducer can remove them one by one (compound statements stay whole)."""
    out = []
    for s in stmts:
        try:
            mod = ast.parse(s)
        except SyntaxError:
            out.append(s)
            continue
        lines = s.split("\n")
        for node in mod.body:
            out.append("\n".join(lines[node.lineno - 1:node.end_lineno]))
    return out


def reduce_program(stmts, still_fails, budget, deadline):
    cur = split_lines(stmts)
    tests = 0
    changed = True
    while changed and tests < budget and time.time() < deadline:
        changed = False
        chunk = max(1, len(cur) // 4)
        while chunk >= 1 and tests < budget and time.time() < deadline:
            i = len(cur) - chunk
            while i >= 0 and tests < budget and time.time() < deadline:
                cand = cur[:i] + cur[i + chunk:]
                tests += 1
                if cand and still_fails(cand):
                    cur = cand
                    changed = True
                i -= chunk
            chunk //= 2
    return cur, tests


# --------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------


def save_failure(stmts, outcome, name, seed, idx, reduced, fail_dir):
    os.makedirs(fail_dir, exist_ok=True)
    path = os.path.join(fail_dir, name + ".py")
    hdr = ["# container_fuzz: %s (taipan build %s)" % (outcome.kind, outcome.opt or ""),
           "# seed %s, program %s%s" % (seed, idx, ", reduced" if reduced else ", not reduced")]
    for part in outcome.detail.split("; "):
        hdr.append("# " + part.replace("\n", "\\n"))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(hdr) + "\n" + render(stmts))
    return path


def snapshot_compiler(work):
    """Copy the compiler and its runtime library so a rebuild of target/ during a long
    run does not change the compiler under test."""
    global TAIPAN
    src_dir = os.path.dirname(os.path.abspath(TAIPAN))
    rt = os.environ.get("TAIPAN_RUNTIME_LIB", os.path.join(src_dir, "libtaipan_runtime.a"))
    snap = os.path.join(work, "compiler")
    os.makedirs(snap, exist_ok=True)
    for _ in range(5):
        try:
            shutil.copy2(TAIPAN, os.path.join(snap, "taipan"))
            if os.path.exists(rt):
                shutil.copy2(rt, os.path.join(snap, "libtaipan_runtime.a"))
                os.environ["TAIPAN_RUNTIME_LIB"] = os.path.join(snap, "libtaipan_runtime.a")
            break
        except OSError:
            time.sleep(5)
    else:
        return
    TAIPAN = os.path.join(snap, "taipan")


def generate(seed, idx):
    rng = random.Random("container:%d:%d" % (seed, idx))
    return Gen(rng).program()


def main():
    signal.signal(signal.SIGALRM, _alarm)
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ)
        env["PYTHONHASHSEED"] = "0"
        os.execve(sys.executable, [sys.executable] + sys.argv, env)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--start", type=int, default=0, help="index of the first program (to replay one)")
    ap.add_argument("--keep-going", action="store_true", help="continue after a MISMATCH/CRASH")
    ap.add_argument("--no-reduce", action="store_true")
    ap.add_argument("--reduce-budget", type=int, default=120, help="max test runs per reduction")
    ap.add_argument("--reduce-time", type=float, default=600, help="total seconds for reductions")
    ap.add_argument("--max-reduce-per-sig", type=int, default=1)
    ap.add_argument("--failures-dir", default=os.path.join(HERE, "container_failures", "found"))
    ap.add_argument("--save-diagnostics", action="store_true", help="also save TAIPAN_DIAGNOSTIC programs")
    ap.add_argument("--strict-diagnostics", action="store_true",
                    help="exit non-zero on TAIPAN_DIAGNOSTIC too")
    ap.add_argument("--dump", help="write program N's source here and exit", default=None)
    ap.add_argument("--avoid", default="", help="comma-separated known-bug patterns to steer around: "
                    + ", ".join("%s (%s)" % kv for kv in KNOWN_BUGS.items()) + "; or 'all'")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.avoid:
        for a in (KNOWN_BUGS if args.avoid == "all" else args.avoid.split(",")):
            if a not in KNOWN_BUGS:
                ap.error("unknown --avoid pattern %r" % a)
            AVOID.add(a)
    seed = args.seed if args.seed is not None else random.randrange(2 ** 31)

    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            f.write(render(generate(seed, args.start)))
        return 0
    if not os.path.exists(TAIPAN):
        print("container_fuzz: taipan binary not found at %s" % TAIPAN, file=sys.stderr)
        return 2
    work = tempfile.mkdtemp(prefix="taipan_cfuzz_")
    snapshot_compiler(work)
    counts = {k: 0 for k in ("MATCH", "TAIPAN_DIAGNOSTIC", "MISMATCH", "CRASH", "SKIP", "GENBUG")}
    diag_msgs = {}
    sig_count = {}
    reduce_deadline = time.time() + args.reduce_time
    t0 = time.time()
    n_raise = 0
    done = 0
    try:
        for idx in range(args.start, args.start + args.count):
            try:
                stmts = generate(seed, idx)
            except Exception as ex:  # noqa: BLE001 - a generator bug, reported and counted
                counts["GENBUG"] += 1
                done += 1
                print("container_fuzz: generator error in program %d: %r" % (idx, ex), flush=True)
                continue
            opts = ["-O2", "-O0"] if idx % 4 == 0 else ["-O2"]
            outs = evaluate(stmts, work, opts)
            done += 1
            kinds = [o.kind for o in outs]
            for kind in ("CRASH", "MISMATCH", "TAIPAN_DIAGNOSTIC", "GENBUG", "SKIP", "MATCH"):
                if kind in kinds:
                    prog_kind = kind
                    break
            counts[prog_kind] += 1
            if args.verbose:
                print("[%d] %s %s" % (idx, prog_kind, "; ".join(o.detail for o in outs if o.detail)[:300]),
                      flush=True)
            if prog_kind == "GENBUG":
                print("container_fuzz: generator error in program %d: %s" % (idx, outs[0].detail), flush=True)
            if prog_kind == "TAIPAN_DIAGNOSTIC":
                o = next(o for o in outs if o.kind == prog_kind)
                diag_msgs.setdefault(o.sig, [o.detail, 0, idx])[1] += 1
                if args.save_diagnostics and diag_msgs[o.sig][1] <= 1:
                    save_failure(stmts, o, "diag_s%d_p%d" % (seed, idx), seed, idx, False, args.failures_dir)
            if prog_kind in ("MISMATCH", "CRASH"):
                o = next(o for o in outs if o.kind == prog_kind)
                n = sig_count.get(o.sig, 0)
                sig_count[o.sig] = n + 1
                reduced = False
                red = stmts
                if not args.no_reduce and n < args.max_reduce_per_sig and time.time() < reduce_deadline:
                    def still(cand, o=o):
                        r = evaluate(cand, work, [o.opt], want=o.opt)
                        return len(r) == 1 and r[0].kind == o.kind and r[0].sig == o.sig
                    red, _ = reduce_program(stmts, still, args.reduce_budget, reduce_deadline)
                    reduced = True
                    fin = evaluate(red, work, [o.opt], want=o.opt)
                    if len(fin) == 1 and fin[0].kind == o.kind:
                        o = fin[0]
                name = "%s_s%d_p%d" % (prog_kind.lower(), seed, idx)
                path = save_failure(red, o, name, seed, idx, reduced, args.failures_dir)
                print("container_fuzz: %s in program %d (%s): %s -> %s" % (
                    prog_kind, idx, o.opt, o.detail[:300], os.path.relpath(path)), flush=True)
                if not args.keep_going:
                    break
            if done % 100 == 0:
                print("container_fuzz: ... %d programs, %s (%.0fs)" % (done, counts, time.time() - t0), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if diag_msgs:
        print("container_fuzz: distinct diagnostics (programs taipan rejected):")
        for sig, (msg, n, first) in sorted(diag_msgs.items(), key=lambda kv: -kv[1][1]):
            print("  %4d x %s   (first: program %d)" % (n, msg[:200], first))
    if sig_count:
        print("container_fuzz: failure signatures:")
        for sig, n in sorted(sig_count.items(), key=lambda kv: -kv[1]):
            print("  %4d x %s" % (n, sig[:200]))
    print("container_fuzz: %d programs, %d match, %d diagnostics, %d mismatches, %d crashes "
          "(%d skipped, %d generator errors; seed %d, %.0fs)"
          % (done, counts["MATCH"], counts["TAIPAN_DIAGNOSTIC"], counts["MISMATCH"], counts["CRASH"],
             counts["SKIP"], counts["GENBUG"], seed, time.time() - t0))
    bad = counts["MISMATCH"] or counts["CRASH"] or (args.strict_diagnostics and counts["TAIPAN_DIAGNOSTIC"])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
