#!/usr/bin/env python3
"""Differential fuzzer: Taipan vs CPython.

Generates random, statically typed programs in the subset Taipan compiles
(scalars, strs, tuples of scalars, functions, control flow), runs each under
python3 and as a Taipan-built executable, and compares stdout, exit status
and the last stderr line.

str expressions include f-strings, "literal template".format(...) and printf-style
"literal template" % value, with format specs drawn from the mini-language of each
argument's type; about 1 program in 40 ends with a formatting operation that raises
(--no-format turns all of this off and gives each seed's program as before it existed).

Every program is rendered twice from the same tree:
  * the *plain* program, which is what Taipan compiles and what CPython's
    expected output comes from;
  * a *checked* program, identical except that int-valued sub-expressions are
    wrapped in a range check (and str lengths, complex results, surrogate
    chr() arguments, ...).  CPython runs it first; if any intermediate int
    leaves signed 64 bits (or another documented, non-bug difference would be
    hit) the program is discarded as INVALID.

Usage:
    python3 tests/fuzz/differential_fuzz.py --count 500 --seed 1 --keep-going

Results: MATCH, TAIPAN_DIAGNOSTIC (taipan refused to compile), MISMATCH (wrong
stdout / exit status / exception line), CRASH (signal in the executable, or a
panic / internal error / unexpected exit status from the compiler).  Failing
programs are delta-reduced (statement removal while the failure persists) and
written to tests/fuzz/failures/.  Exit status is 1 if any MISMATCH or CRASH.
"""

import argparse
import ast
import os
import random
import re
import shutil
import struct
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

INT_MIN, INT_MAX = -(2 ** 63), 2 ** 63 - 1

# --------------------------------------------------------------------------
# Expression trees rendered in two modes (plain / checked)
# --------------------------------------------------------------------------


class N:
    __slots__ = ("parts", "wrap")

    def __init__(self, parts, wrap=None):
        self.parts = parts
        self.wrap = wrap

    def render(self, chk):
        s = "".join(p if isinstance(p, str) else p.render(chk) for p in self.parts)
        if chk and self.wrap:
            return self.wrap + "(" + s + ")"
        return s


def J(*parts, wrap=None):
    return N(list(parts), wrap)


def L(text):
    return N([text])


CHECK_PRELUDE = r'''import os as _os, sys as _sys
_sys.setrecursionlimit(1010)  # at least as deep as the plain program despite _ck frames
def _bad(why):
    _sys.stdout.flush()
    _os.write(2, ("\n__INVALID__ " + why + "\n").encode())
    _os._exit(99)
def _ck(v):
    if type(v) is int and not (-9223372036854775808 <= v <= 9223372036854775807):
        _bad("int64 %d" % v.bit_length())
    return v
def _ckt(t):
    for v in t:
        _ck(v)
        _ckf(v)
        if type(v) is str:
            _cks(v)
    return t
def _ckf(v):
    if type(v) is complex:
        _bad("complex")
    return v
def _cks(s):
    if len(s) > 3000:
        _bad("strlen")
    return s
def _cksh(v):
    if type(v) is int and v > 100000:
        _bad("huge shift")
    return v
def _ckchr(v):
    if type(v) is int and 0xD800 <= v <= 0xDFFF:
        _bad("surrogate")
    return v
def _ckd(v):
    if type(v) is float and v == v and abs(v) != float("inf") and not (-9223372036854775808 <= int(v) <= 9223372036854775807):
        _bad("int64 %d float")
    return v
'''
CHECK_PRELUDE_LINES = CHECK_PRELUDE.count("\n")

WRAP = {"int": "_ck", "str": "_cks", "float": None, "bool": None, "none": None}


def wrap_for(ty):
    if isinstance(ty, tuple):
        return "_ckt"
    return WRAP[ty]


def ty_name(ty):
    if isinstance(ty, tuple):
        return "tuple[" + ", ".join(ty_name(t) for t in ty) + "]"
    return "None" if ty == "none" else ty


# --------------------------------------------------------------------------
# Literal pools
# --------------------------------------------------------------------------

INT_SMALL = [0, 1, -1, 2, -2, 3, 4, 5, 7, -7, 8, 10, -10, 13, 16, 31, 32, 63, 64, 100, -100,
             127, 128, 255, 256, 1000, -1000, 4096, 12345, 65535, 99999]
INT_EDGE = [2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 32 + 1, 2 ** 53, 2 ** 53 + 1,
            -(2 ** 53) - 1, 2 ** 62, -(2 ** 62), 2 ** 63 - 1, -(2 ** 63), 10 ** 18, -(10 ** 18),
            3037000499, 3037000500, 0x7FFFFFFFFFFF, 1 << 40, 123456789012345678]
FLOAT_POOL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 0.2, 0.3, 3.14159, 2.675,
              1.005, 0.125, 1e16, 1e-7, 1e15, 123456789.125, 1e22, 1e300, -1e300,
              1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 9007199254740993.0,
              4.35, 100.0, 1e-300, 0.1 + 0.2, 6.02e23, -7.75, 3.0, 9.5, 0.05]
FLOAT_SPECIAL = ["float('inf')", "float('-inf')", "float('nan')", "-float('inf')", "1e309"]
STR_POOL = ["", "a", "b", "abc", "ABC", "Hello, World", "hello", "  padded  ", "x", "aaa",
            "abab", "banana", "ß", "İstanbul", "ﬁre", "日本語", "é", "e\u0301", "😀x", "\t\n ",
            "\u3000x\u3000", "\x1c", "\x85", "12", "-7", "٣٤", "²", "0", "3.5", "\\", "it's",
            'say "hi"', "a\nb", "ÀÉÎõü", "Ωμέγα", "straße", "x y z", "  ", "---", "a,b,c",
            "\x00", "ǅ", "ﬀ", "ΣΑΣ", "k\u212a", "\u2028"]
ALPHABET = "abcxyzAB01 _-.,éßİﬁ日本😀\t\n\u3000\x85²٣ΣσΩ'\"\\"
INT_STR_POOL = ["42", "-17", " 8 ", "+5", "1_000", "0", "007", "٣٤", "x", "", "1.5", " 12\n",
                "9223372036854775807", "-9223372036854775808", "0x1f", "12a", "-", "00",
                "\u3000 9\u3000", "١٢٣", "9" * 18]
INT_BASE_POOL = [("ff", 16), ("0x1F", 16), ("0b101", 0), ("z", 36), ("777", 8), ("10", 2),
                 ("12", 2), ("-0o17", 0), ("1_0", 0), ("Zz", 36), ("0", 0), ("010", 0),
                 ("  -ff  ", 16), ("7fffffffffffffff", 16)]
FLOAT_STR_POOL = ["1.5", "-2.25", " 3 ", "1e3", "inf", "-inf", "nan", "-nan", "Infinity",
                  "1_0.5", "x", "", "1e400", "0.1", ".5", "5.", "-0", "1e-400",
                  "123456789012345678901234567890", "  -1.25e-3\n", "iNF", "1.7976931348623157e308"]
INT_STR_GOOD = ["42", "-17", " 8 ", "+5", "1_000", "0", "007", "٣٤", " 12\n", "00",
                "9223372036854775807", "-9223372036854775808", "\u3000 9\u3000", "١٢٣", "9" * 18]
INT_BASE_GOOD = [("ff", 16), ("0x1F", 16), ("0b101", 0), ("z", 36), ("777", 8), ("10", 2),
                 ("-0o17", 0), ("1_0", 0), ("Zz", 36), ("0", 0), ("  -ff  ", 16),
                 ("7fffffffffffffff", 16)]
FLOAT_STR_GOOD = ["1.5", "-2.25", " 3 ", "1e3", "inf", "-inf", "nan", "-nan", "Infinity",
                  "1_0.5", "1e400", "0.1", ".5", "5.", "-0", "1e-400",
                  "123456789012345678901234567890", "  -1.25e-3\n", "iNF", "1.7976931348623157e308"]
NONEMPTY_SUBS = ["a", "b", "ab", "x", "é", "日", "na", "an", " ", "ß", "SS", "aa", "😀", "\n", "l", "o"]
# Known-bug patterns the generator can steer around (--avoid), so that a run
# looks for new bugs instead of re-finding known ones.
KNOWN_BUG_PATTERNS = {
    "empty-search": "find/rfind/count/startswith/endswith with an empty needle and start > len",
    "chr-range": "chr() of an int outside the C int range (OverflowError in CPython)",
    "recursion-limit": "recursion depth near CPython's limit (C calls count as frames there)",
    "fmt-z": "format spec flag z (negative zero coercion; -inf loses its sign)",
    "fmt-float-alt": "float format spec without a type but with # or a precision",
    "fmt-c-pad": "format type c with = alignment or the 0 flag",
}
AVOID = set()
SEP_POOL = ["", " ", ", ", "-", "\n", "|", "é", "::"]
CHR_POOL = [0x41, 0x7A, 0xE9, 0x3B1, 0x65E5, 0x1F600, 0x10FFFF, 0, 10, 0x85, 0x3000, 0x7F,
            0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0xDF, 0x130]


def float_repr_literal(x):
    s = repr(x)
    if s in ("inf", "-inf", "nan"):
        return "float('%s')" % s
    return s


# --------------------------------------------------------------------------
# String formatting: f-strings, "template".format(...), "template" % value
# --------------------------------------------------------------------------
# A str expression is, with probability FMT_P_*, one of the three formatting forms,
# with arguments of any type and a format spec drawn from the mini-language of the
# argument's type (checked against CPython's format() while generating).  These
# decisions use a separate random stream, and the expression they replace is still
# generated (and thrown away) from the main stream, so that programs of seeds from
# before this generator keep their shape.  About 1 program in 40 ends with a
# formatting operation that raises in CPython (bad spec, bad template, wrong arity).

FORMAT_GEN = True
FMT_P_DEEP = 0.2
FMT_P_LEAF = 0.06
FMT_ERROR_P = 1 / 40
FMT_TEXT = ["", "", "", " ", " ", "a", "x=", "|", ": ", " - ", "é", "日本", "(", ")", "[", "]", "%",
            "#", "<>", "=", "!", ":", "abc ", " end", "😀", "\t", "\n", "{", "}", "{}", ",", "0", "%s"]
FMT_FILLS = ["*", "0", " ", "-", "_", "#", "x", "é", "日", "😀", ".", "<", ">", "^", "=", "!", ":",
             "+", "%", "\u3000", ",", "a"]
FMT_INT_TYPES = list("bcdoxXneEfFgG%") + ["", "", "d"]
FMT_FLOAT_TYPES = list("eEfFgGn%") + ["", "", "f"]
FMT_FLOATY = set("eEfFgG%")
FMT_KW_NAMES = ["x", "y", "name", "val", "width", "prec", "k", "s_1", "_a", "value"]
PCT_CONV = {
    "int": list("sdiuxXoeEfFgGrc") + ["d", "d", "x"],
    "float": list("sreEfFgGdiu") + ["f", "f", "g"],
    "bool": list("srdiuxXoefg"),
    "str": ["s", "s", "r", "c"],
    "none": ["s", "r"],
}
PCT_PREC = set("srEeFfGg")
FMT_SAMPLES = {"int": [65, 0, -5, 2 ** 40], "float": [1.5, -0.0, float("inf"), float("nan")],
               "str": ["ab", "", "日本語"], "bool": [True, False], "none": [None], "tuple": [(1,)]}
NEST_W, NEST_P = ("W",), ("P",)
SAFE_STRS = [v for v in STR_POOL if "\\" not in repr(v)]
TRIPLE_QUOTES = ("'" * 3, '"' * 3)


def fmt_spec_text(toks, w=7, p=3):
    return "".join(t if isinstance(t, str) else str(w if t is NEST_W else p) for t in toks)


def fmt_spec_ok(kind, toks):
    """True if the spec is valid for a value of `kind` with any small width/precision
    substituted for its nested fields."""
    try:
        for w, p in ((7, 3), (0, 0), (20, 20), (1, 1)):
            format(FMT_SAMPLES[kind][0], fmt_spec_text(toks, w, p))
        return True
    except (ValueError, TypeError, OverflowError):
        return False


def fmt_avoided(kind, toks):
    """True if the spec hits a known-bug pattern that --avoid steers around."""
    ty = toks[-1] if toks and toks[-1] in FMT_INT_TYPES + FMT_FLOAT_TYPES else ""
    if "fmt-z" in AVOID and "z" in toks and kind != "str":
        return True
    if "fmt-float-alt" in AVOID and kind == "float" and not ty and ("#" in toks or "." in toks):
        return True
    if "fmt-c-pad" in AVOID and ty == "c" and ("=" in toks or "0" in toks[:5]):
        return True
    return False


def fmt_spec_bad(kind, spec):
    """True if the spec raises for every sample value of `kind`."""
    for v in FMT_SAMPLES[kind]:
        try:
            format(v, spec)
            return False
        except (ValueError, TypeError, OverflowError):
            pass
    return True


def fsrc_text(v):
    """Literal text of an f-string, as source."""
    return v.replace("{", "{{").replace("}", "}}").replace("\t", "\\t").replace("\n", "\\n")


class FormatGen:
    """Mixin of Gen: string-formatting expressions."""

    def fmt_hook(self, ctx, d):
        if self.fr is None or self.discarding:
            return None
        if self.fr.random() >= (FMT_P_DEEP if d > 0 else FMT_P_LEAF):
            return None
        main = self.r
        if main is not self.fr:
            # consume the main stream exactly as the replaced expression would have
            saved = dict(ctx.shared)
            self.discarding = True
            try:
                self._e_str_plain(ctx, d)
            finally:
                self.discarding = False
            ctx.shared.update(saved)
        self.r = self.fr
        try:
            return self.fmt_expr(ctx, d)
        finally:
            self.r = main

    def fmt_expr(self, ctx, d):
        k = self.r.random()
        if k < 0.45:
            e = self.fstring(ctx, d)
        elif k < 0.75:
            e = self.str_format(ctx, d)
        else:
            e = self.percent_format(ctx, d)
        return J(e, wrap="_cks")

    # ---- pieces ----
    def fmt_type(self):
        r = self.r.random()
        if r < 0.34:
            return "int"
        if r < 0.56:
            return "float"
        if r < 0.76:
            return "str"
        if r < 0.86:
            return "bool"
        if r < 0.91:
            return "none"
        return tuple(self.rand_type(allow_none=self.chance(0.2), allow_tuple=False)
                     for _ in range(self.r.randint(1, 3)))

    def spec_tokens(self, kind, nested):
        """A valid format spec for a value of `kind` (int float str bool), as a list of
        text and NEST_W / NEST_P (nested width / precision fields)."""
        r = self.r

        def width():
            return NEST_W if nested and self.chance(0.3) else str(r.randint(0, 20))

        def prec():
            return NEST_P if nested and self.chance(0.3) else str(r.randint(0, 20))

        for _ in range(40):
            t = []
            if kind == "str":
                if self.chance(0.45):
                    if self.chance(0.5):
                        t.append(r.choice(FMT_FILLS))
                    t.append(r.choice("<>^"))
                if self.chance(0.04):
                    t.append("0")
                if self.chance(0.55):
                    t.append(width())
                if self.chance(0.35):
                    t += [".", prec()]
                if self.chance(0.2):
                    t.append("s")
            else:
                ty = r.choice(FMT_FLOAT_TYPES if kind == "float" else FMT_INT_TYPES)
                floaty = kind == "float" or ty in FMT_FLOATY
                if self.chance(0.4):
                    if self.chance(0.5):
                        t.append(r.choice(FMT_FILLS))
                    t.append(r.choice("<>^="))
                if self.chance(0.25):
                    t.append(r.choice("+- "))
                if floaty and self.chance(0.12):
                    t.append("z")
                if self.chance(0.15):
                    t.append("#")
                if self.chance(0.2):
                    t.append("0")
                if self.chance(0.5):
                    t.append(width())
                if self.chance(0.15):
                    t.append(r.choice(",_"))
                if floaty and self.chance(0.45):
                    t += [".", prec()]
                t.append(ty)
            if fmt_spec_ok(kind, t) and not fmt_avoided(kind, t):
                return t
        return []

    def field_spec(self, ty, nested):
        """(conversion, spec tokens, needs an int in chr range) for one replacement field."""
        r = self.r.random()
        conv = "!r" if r < 0.12 else "!s" if r < 0.18 else ""
        if conv or isinstance(ty, tuple) or ty == "none":
            toks = self.spec_tokens("str", nested) if conv and self.chance(0.45) else []
        elif ty == "bool" and self.chance(0.4):
            toks = []
        else:
            toks = self.spec_tokens(ty, nested) if self.chance(0.75) else []
        cchar = ty == "int" and bool(toks) and toks[-1] == "c"
        return conv, toks, cchar

    def chr_value(self, ctx, d):
        r = self.r.random()
        if r < 0.4:
            return L(str(self.r.choice(CHR_POOL)))
        if r < 0.7:
            return J("(65 + ", self.mod_small(ctx, d, 26), ")")
        return J(self.mod_small(ctx, d, 0x110000), wrap="_ckchr")

    def fmt_value(self, ty, ctx, d, cchar=False):
        if cchar:
            return self.chr_value(ctx, max(d, 0))
        return self.expr(ty, ctx, max(d, 0))

    def nested_int(self, ctx, d):
        """A small non-negative int for a nested width / precision."""
        r = self.r.random()
        if r < 0.45:
            return L(str(self.r.randint(0, 20)))
        if r < 0.85:
            return self.mod_small(ctx, max(d, 0), self.r.choice([6, 10, 13, 21]))
        return J("(len(", self.e_str(ctx, max(d - 1, 0)), ") % 17)")

    def safe_leaf(self, ty, ctx):
        r = self.r
        if isinstance(ty, tuple):
            el = [self.safe_leaf(t, ctx) for t in ty]
            return J("(", *self.commas(el), ",)" if len(el) == 1 else ")")
        if ty == "int":
            return L(str(r.randint(0, 99)))
        if ty == "float":
            return L(r.choice(["1.5", "-0.0", "2.675", "1e+16", "0.1", "-7.75"]))
        if ty == "str":
            v = self.var_of(ctx, "str")
            return L(v) if v and self.chance(0.6) else L(repr(r.choice(SAFE_STRS)))
        if ty == "bool":
            return L(r.choice(["True", "False"]))
        return L("None")

    def fsafe_expr(self, ty, ctx, d, cchar=False, nested=False):
        """An expression usable in an f-string replacement field (Python 3.11: no
        backslash anywhere in it)."""
        for i in range(4):
            dd = d if i < 2 else 0
            e = self.nested_int(ctx, dd) if nested else self.fmt_value(ty, ctx, dd, cchar)
            if "\\" not in e.render(False):
                return e
        if nested:
            return L(str(self.r.randint(0, 12)))
        if cchar:
            return L(str(self.r.choice(CHR_POOL)))
        return self.safe_leaf(ty, ctx)

    def fstring_quote(self, texts):
        """Quotes for an f-string whose replacement fields have source `texts`."""
        r = self.r
        qs = [q for q in ("'", '"') if not any(q in t for t in texts)]
        if qs and not self.chance(0.05):
            return r.choice(qs)
        qs = [q for q in TRIPLE_QUOTES if not any(q in t for t in texts)]
        return r.choice(qs) if qs else None

    # ---- f-strings ----
    def fstring(self, ctx, d):
        r = self.r
        pieces = []
        texts = []
        text = lambda: fsrc_text(r.choice(FMT_TEXT))
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            if self.chance(0.6):
                pieces.append(text())
            ty = self.fmt_type()
            conv, toks, cchar = self.field_spec(ty, True)
            val = self.fsafe_expr(ty, ctx, d - 1, cchar)
            texts.append(val.render(False))
            f = ["{"]
            if self.chance(0.08):
                f.append(" ")
            f.append(val)
            if self.chance(0.08):
                f.append(" ")
            if self.chance(0.12):
                f.append("=" + (" " if self.chance(0.2) else ""))
            f.append(conv)
            if toks:
                f.append(":")
                for t in toks:
                    if isinstance(t, str):
                        f.append(t)
                    else:
                        e = self.fsafe_expr("int", ctx, d - 1, nested=True)
                        texts.append(e.render(False))
                        f += ["{", e, "}"]
            elif self.chance(0.03):
                f.append(":")
            f.append("}")
            pieces.append(J(*f))
        if self.chance(0.5):
            pieces.append(text())
        q = self.fstring_quote(texts)
        if q is None:
            return self.safe_leaf("str", ctx)
        fs = J(r.choice(["f", "f", "f", "F"]) + q, *pieces, q)
        if self.chance(0.04):
            # implicit concatenation with a plain literal
            lit = L(repr(r.choice(["ab", "", "é ", "%s"])))
            return J("(", lit, " ", fs, ")") if self.chance(0.5) else J("(", fs, " ", lit, ")")
        return fs

    # ---- str.format ----
    def str_format(self, ctx, d):
        r = self.r
        manual = self.chance(0.45)
        pos = []  # [node, key]
        kw = {}   # name -> [node, key]

        def ref(key, make):
            if self.chance(0.15):
                names = [n for n, (_, k) in kw.items() if k == key]
                if names and self.chance(0.4):
                    return r.choice(names)
                free = [n for n in FMT_KW_NAMES if n not in kw]
                if free:
                    name = r.choice(free)
                    kw[name] = [make(), key]
                    return name
            if manual:
                idx = [i for i, (_, k) in enumerate(pos) if k == key]
                if idx and self.chance(0.35):
                    return str(r.choice(idx))
                pos.append([make(), key])
                return str(len(pos) - 1)
            pos.append([make(), key])
            return ""

        esc = lambda v: v.replace("{", "{{").replace("}", "}}")
        tmpl = []
        nfields = r.choice([1, 1, 2, 2, 3, 4]) if not self.chance(0.03) else 0
        for _ in range(nfields):
            if self.chance(0.6):
                tmpl.append(esc(r.choice(FMT_TEXT)))
            ty = self.fmt_type()
            conv, toks, cchar = self.field_spec(ty, True)
            name = ref((ty, cchar), lambda: self.fmt_value(ty, ctx, d - 1, cchar))
            f = "{" + name + conv
            if toks:
                f += ":"
                for t in toks:
                    if isinstance(t, str):
                        f += t
                    else:
                        f += "{" + ref("nest", lambda: self.nested_int(ctx, d - 1)) + "}"
            elif self.chance(0.03):
                f += ":"
            tmpl.append(f + "}")
        if self.chance(0.4) or not nfields:
            tmpl.append(esc(r.choice(FMT_TEXT)))
        if self.chance(0.08):
            pos.append([self.any_scalar(ctx, max(d - 1, 0)), "unused"])
        if self.chance(0.06):
            free = [n for n in FMT_KW_NAMES if n not in kw]
            if free:
                kw[r.choice(free)] = [self.any_scalar(ctx, max(d - 1, 0)), "unused"]
        args = [a[0] for a in pos]
        kws = list(kw.items())
        r.shuffle(kws)
        args += [J(n + "=", a[0]) for n, a in kws]
        return J(L(repr("".join(tmpl))), ".format(", *self.commas(args), ")")

    # ---- printf-style % ----
    def percent_format(self, ctx, d):
        r = self.r
        tvars = [v for v, t in ctx.vars.items() if isinstance(t, tuple)]
        tvar = r.choice(tvars) if tvars and self.chance(0.12) else None
        if tvar:
            types = list(ctx.vars[tvar])
        else:
            types = [self.fmt_type() for _ in range(r.choice([1, 1, 1, 2, 2, 3]))]
        text = lambda: r.choice(FMT_TEXT).replace("%", "%%")
        pieces = []
        vals = []
        for ty in types:
            if self.chance(0.5):
                pieces.append(text())
            conv = r.choice("sr") if isinstance(ty, tuple) else r.choice(PCT_CONV[ty])
            if tvar and (conv == "c" or (ty == "float" and conv in "diu")):
                conv = "s"
            if not tvar:
                dd = max(d - 1, 0)
                if conv == "c" and ty == "int":
                    v = self.chr_value(ctx, dd)
                elif conv == "c" and ty == "str":
                    v = self.char_lit() if self.chance(0.6) else self.index_expr(ctx, dd)
                else:
                    v = self.expr(ty, ctx, dd)
                    if ty == "float" and conv in "diu":
                        v = J(v, wrap="_ckd")
                vals.append(v)
            flags = [c for c in "-+ #0" if self.chance(0.15)]
            r.shuffle(flags)
            spec = "%" + "".join(flags)
            if self.chance(0.4):
                spec += str(r.randint(0, 20))
            if conv in PCT_PREC and self.chance(0.35):
                spec += "." + ("" if self.chance(0.05) else str(r.randint(0, 20)))
            pieces.append(spec + conv)
            if self.chance(0.08):
                pieces.append("%%")
        if self.chance(0.4):
            pieces.append(text())
        tmpl = L(repr("".join(pieces)))
        if tvar:
            operand = L(tvar)
        elif len(vals) == 1 and not isinstance(types[0], tuple) and self.chance(0.6):
            operand = J("(", vals[0], ")")
        else:
            operand = J("(", *self.commas(vals), ",)" if len(vals) == 1 else ")")
        return J("(", tmpl, " % ", operand, ")")

    # ---- a formatting operation that raises, as the program's last statement ----
    def fmt_error_tail(self):
        if self.fr is None or self.fr.random() >= FMT_ERROR_P:
            return []
        main = self.r
        self.r = self.fr
        try:
            e = self.fmt_error(Ctx(self.gvars, (), []), 1)
        finally:
            self.r = main
        return [(0, J("print(", e, ")"), "")]

    def bad_spec(self, kind):
        r = self.r
        for _ in range(300):
            t = []
            if self.chance(0.4):
                if self.chance(0.5):
                    t.append(r.choice(FMT_FILLS))
                t.append(r.choice("<>^="))
            for flag in "+z#0":
                if self.chance(0.15):
                    t.append(flag)
            if self.chance(0.5):
                t.append(str(r.randint(0, 20)))
            if self.chance(0.2):
                t.append(r.choice(",_"))
            if self.chance(0.3):
                t.append("." + str(r.randint(0, 9)))
            if self.chance(0.8):
                t.append(r.choice("bdoxXneEfFgGs%" + ("yq" if self.chance(0.2) else "")))
            spec = "".join(t)
            if spec and fmt_spec_bad(kind, spec) and not (kind in ("int", "bool") and "c" in spec):
                return spec
        return "y"

    def fmt_error(self, ctx, d):
        r = self.r
        val = lambda ty: self.fsafe_expr(ty, ctx, d)
        rep = lambda s: L(repr(s))
        k = r.randrange(12)
        if k <= 2:
            # a format spec invalid for the value's type
            kind = r.choice(["int", "int", "float", "float", "str", "str", "bool", "none", "tuple"])
            ty = kind if kind != "tuple" else (r.choice(["int", "str"]), "float")
            spec = self.bad_spec(kind)
            v = val(ty)
            if k == 0:
                q = self.fstring_quote([v.render(False)]) or TRIPLE_QUOTES[0]
                return J("f" + q + "{", v, ":" + spec + "}" + q)
            tmpl = "{:" + spec + "}" if k == 1 else "a{0:" + spec + "}b"
            return J(rep(tmpl), ".format(", v, ")")
        if k == 3:
            # a printf conversion of the wrong type
            conv, ty = r.choice([("d", "str"), ("x", "float"), ("X", "str"), ("o", "float"),
                                 ("c", "float"), ("d", "none"), ("f", "str"), ("e", "none"),
                                 ("i", "str"), ("g", "str"), ("u", "none"), ("c", "none")])
            v = val(ty)
            pre = r.choice(["", "a ", "%s "])
            tmpl = rep(pre + "%" + conv)
            if pre == "%s ":
                return J("(", tmpl, " % (", val("int"), ", ", v, "))")
            return J("(", tmpl, " % (", v, ")", ")") if self.chance(0.5) else J("(", tmpl, " % (", v, ",))")
        if k == 4:
            # printf: %c of a str that is not one character
            return J("(", rep("%c"), " % ", rep(r.choice(["ab", "", "日本"])), ")")
        if k == 5:
            # printf: wrong number of arguments
            kk = r.randrange(4)
            if kk == 0:
                n = r.randint(2, 3)
                return J("(", rep(" ".join(["%s"] * n)), " % (",
                         *self.commas([val("int") for _ in range(n - 1)]), ",))")
            if kk == 1:
                return J("(", rep("%s %d"), " % ", val("int"), ")")
            if kk == 2:
                return J("(", rep("%s"), " % (", val("str"), ", ", val("int"), "))")
            return J("(", rep(r.choice(["abc", "", "%%"])), " % (", val("float"), ",))")
        if k == 6:
            # printf: bad template
            tmpl = r.choice(["%y", "abc %", "%5", "%-", "a %q b", "%.", "100%", "%ll"])
            return J("(", rep(tmpl), " % (", val("int"), ",))")
        if k == 7:
            # str.format: switching between automatic and manual numbering
            tmpl = r.choice(["{}{1}", "{0}{}", "{} {0}", "{1} {}"])
            return J(rep(tmpl), ".format(", val("int"), ", ", val("str"), ")")
        if k == 8:
            # str.format: index or key not there
            kk = r.randrange(4)
            if kk == 0:
                return J(rep(r.choice(["{2}", "{1}", "a{0}{3}"])), ".format(", val("int"), ")")
            if kk == 1:
                return J(rep(r.choice(["{}{}", "{} {} {}"])), ".format(", val("str"), ")")
            if kk == 2:
                return J(rep("{name}"), ".format(", val("int"), ")")
            return J(rep("{0} {x}"), ".format(", val("int"), ", y=", val("float"), ")")
        if k == 9:
            # str.format: bad template
            tmpl = r.choice(["{", "a{b", "}", "a}b", "{0!x}", "{0!}", "{0!rr}", "{0:{0:{0}}}", "{0",
                             "{:{}", "x{!z}"])
            return J(rep(tmpl), ".format(", val("int"), ", ", L(str(r.randint(1, 5))), ")")
        if k == 10:
            # c of an int out of range
            if self.chance(0.5):
                big = J("(1114112 + ", self.mod_small(ctx, 0, 5), ")")
            else:
                big = J("(-1 - ", self.mod_small(ctx, 0, 5), ")")
            kk = r.randrange(3)
            if kk == 0:
                return J("f'{", big, ":c}'")
            if kk == 1:
                return J(rep("{:c}"), ".format(", big, ")")
            return J("(", rep("%c"), " % ", big, ")")
        # None / tuple with a non-empty spec
        ty = r.choice(["none", ("int", "str")])
        spec = r.choice([">5", "d", "s", "10", "^3", ".2"])
        v = val(ty)
        if self.chance(0.5):
            q = self.fstring_quote([v.render(False)]) or TRIPLE_QUOTES[0]
            return J("f" + q + "{", v, ":" + spec + "}" + q)
        return J(rep("{:" + spec + "}"), ".format(", v, ")")


# --------------------------------------------------------------------------
# Program generator
# --------------------------------------------------------------------------


class Func:
    def __init__(self, name, params, ret, cost):
        self.name = name
        self.params = params  # list of (name, type, default N or None)
        self.ret = ret
        self.cost = cost


class Ctx:
    """Scope while generating: readable vars (name -> type), writable names,
    callable functions and a call budget shared by all nested blocks."""

    def __init__(self, vars_, writable, funcs, ret=None, in_func=False):
        self.vars = dict(vars_)
        self.writable = set(writable)
        self.funcs = funcs
        self.ret = ret
        self.in_func = in_func
        self.loop = 0
        self.module = False
        self.no_calls = False
        self.max_call_cost = 10 ** 6
        self.shared = {"calls_left": 0, "call_cost": 0}

    @property
    def calls_left(self):
        return 0 if self.no_calls else self.shared["calls_left"]

    def child(self):
        c = Ctx(self.vars, self.writable, self.funcs, self.ret, self.in_func)
        c.loop = self.loop
        c.module = self.module
        c.no_calls = self.no_calls
        c.max_call_cost = self.max_call_cost
        c.shared = self.shared
        return c

    def spend(self, f):
        self.shared["calls_left"] -= 1
        self.shared["call_cost"] += f.cost


SCALARS = ["int", "float", "bool", "str", "none"]


class Gen(FormatGen):
    def __init__(self, rng):
        self.r = rng
        self.n = 0
        # String-formatting expressions draw from their own stream (derived from the
        # program's), so that programs of existing seeds keep their shape: see fmt_hook.
        self.fr = random.Random("fmt" + repr(rng.getstate())) if FORMAT_GEN else None
        self.discarding = False
        self.gvars = {}

    def fresh(self, prefix):
        self.n += 1
        return "%s%d" % (prefix, self.n)

    def chance(self, p):
        return self.r.random() < p

    # ---------------- types ----------------
    def rand_type(self, allow_none=True, allow_tuple=True):
        r = self.r.random()
        if r < 0.34:
            return "int"
        if r < 0.54:
            return "float"
        if r < 0.78:
            return "str"
        if r < 0.90:
            return "bool"
        if r < 0.93 and allow_none:
            return "none"
        if allow_tuple:
            return tuple(self.rand_type(allow_none=self.chance(0.2), allow_tuple=False)
                         for _ in range(self.r.randint(1, 3)))
        return "int"

    # ---------------- literals ----------------
    def int_value(self):
        r = self.r.random()
        if r < 0.7:
            return self.r.choice(INT_SMALL)
        if r < 0.88:
            return self.r.randint(-50, 50)
        if r < 0.96:
            return self.r.choice(INT_EDGE)
        return self.r.randint(INT_MIN, INT_MAX)

    def int_lit(self, v=None):
        if v is None:
            v = self.int_value()
        if v == INT_MIN:
            return L("(-9223372036854775807 - 1)")
        if v < 0 and self.chance(0.5):
            return L("(%d)" % v)
        if v >= 0 and self.chance(0.04):
            return L(self.r.choice([hex, oct, bin])(v)) if v < 2 ** 20 else L(str(v))
        return L(str(v))

    def float_lit(self):
        r = self.r.random()
        if r < 0.55:
            return L(float_repr_literal(self.r.choice(FLOAT_POOL)))
        if r < 0.65:
            return L(self.r.choice(FLOAT_SPECIAL))
        if r < 0.85:
            x = round(self.r.uniform(-1000, 1000), self.r.randint(0, 6))
            return L(float_repr_literal(x))
        if r < 0.93:
            bits = self.r.getrandbits(64)
            x = struct.unpack("<d", struct.pack("<Q", bits))[0]
            if x != x or x in (float("inf"), float("-inf")):
                x = 1.25
            return L(float_repr_literal(x))
        # scientific
        return L("%de%d" % (self.r.randint(1, 99), self.r.randint(-30, 30)))

    def str_value(self):
        if self.chance(0.6):
            return self.r.choice(STR_POOL)
        return "".join(self.r.choice(ALPHABET) for _ in range(self.r.randint(0, 6)))

    def str_lit(self, v=None):
        if v is None:
            v = self.str_value()
        s = repr(v)
        if self.chance(0.15) and "'" not in v and "\\" not in v and "\n" not in v and v.isprintable():
            s = '"' + v + '"' if '"' not in v else s
        return L(s)

    def char_lit(self):
        return self.str_lit(self.r.choice(ALPHABET))

    def small_int(self, lo=-3, hi=12):
        return L(str(self.r.randint(lo, hi)))

    # ---------------- helpers ----------------
    def var_of(self, ctx, ty):
        c = [n for n, t in ctx.vars.items() if t == ty]
        return self.r.choice(c) if c else None

    def call_of(self, ctx, ty, d):
        if ctx.calls_left <= 0:
            return None
        cands = [f for f in ctx.funcs if f.ret == ty and f.cost <= ctx.max_call_cost]
        if not cands:
            return None
        f = self.r.choice(cands)
        ctx.spend(f)
        return self.call_node(f, ctx, max(d - 1, 0))

    def call_node(self, f, ctx, d):
        params = f.params
        nreq = sum(1 for p in params if p[2] is None)
        # how many params to pass at all
        npass = self.r.randint(nreq, len(params))
        passed = params[:npass]
        # extra defaults skipped in the middle via keywords
        npos = self.r.randint(0, npass)
        if self.chance(0.5):
            npos = npass
        parts = [f.name, "("]
        args = []
        for i, (pn, pt, _) in enumerate(passed):
            e = self.expr(pt, ctx, d)
            if i < npos:
                args.append([e])
            else:
                args.append([pn + "=", e])
        # keyword args in random order
        kw = args[npos:]
        self.r.shuffle(kw)
        # optionally pass a later default by keyword, skipping earlier ones
        if npass < len(params) and self.chance(0.3):
            pn, pt, _ = self.r.choice(params[npass:])
            kw.append([pn + "=", self.expr(pt, ctx, d)])
        args = args[:npos] + kw
        for i, a in enumerate(args):
            if i:
                parts.append(", ")
            parts.extend(a)
        parts.append(")")
        return N(parts, wrap_for(f.ret))

    def common(self, ty, ctx, d):
        r = self.r.random()
        if r < 0.07 and d > 0:
            a = self.expr(ty, ctx, d - 1)
            b = self.expr(ty, ctx, d - 1)
            k = self.r.randrange(5)
            if k <= 1:
                return J("(", a, " if ", self.e_bool(ctx, d - 1), " else ", b, ")")
            if k == 2:
                return J("(", self.e_bool(ctx, d - 1), " and ", a, " or ", b, ")")
            if k == 3:
                return J("(", a, " or ", b, ")")
            return J("(", a, " and ", b, ")")
        if r < 0.15:
            return self.call_of(ctx, ty, d)
        return None

    def expr(self, ty, ctx, d):
        if isinstance(ty, tuple):
            return self.e_tuple(ty, ctx, d)
        return getattr(self, "e_" + ty)(ctx, d)

    def any_scalar(self, ctx, d, allow_none=True):
        return self.expr(self.rand_type(allow_none=allow_none, allow_tuple=False), ctx, d)

    # ---------------- int ----------------
    def int_leaf(self, ctx):
        v = self.var_of(ctx, "int")
        if v and self.chance(0.6):
            return L(v)
        return self.int_lit()

    def nonzero_int(self, ctx, d):
        e = self.e_int(ctx, d)
        if self.chance(0.88):
            return J("(", e, " or ", L(str(self.r.choice([1, 3, -7, 10, 2]))), ")")
        return e

    def mod_small(self, ctx, d, m):
        return J("(", self.e_int(ctx, d), " %% %d)" % m)

    def e_int(self, ctx, d):
        r = self.r
        if d <= 0 or self.chance(0.22):
            return self.int_leaf(ctx)
        c = self.common("int", ctx, d)
        if c is not None:
            return c
        sub = lambda: self.e_int(ctx, d - 1)
        k = r.randrange(100)
        if k < 28:
            op = r.choice(["+", "-", "*", "+", "-"])
            return J("(", sub(), " %s " % op, sub(), ")", wrap="_ck")
        if k < 38:
            op = r.choice(["//", "%"])
            return J("(", sub(), " %s " % op, self.nonzero_int(ctx, d - 1), ")", wrap="_ck")
        if k < 44:
            op = r.choice(["&", "|", "^"])
            return J("(", sub(), " %s " % op, sub(), ")", wrap="_ck")
        if k < 49:
            if self.chance(0.5):
                sh = r.choice([L(str(r.randint(0, 12))), self.mod_small(ctx, d - 1, 8)])
                if self.chance(0.05):
                    sh = sub()
                return J("(", sub(), " << ", J(sh, wrap="_cksh"), ")", wrap="_ck")
            sh = r.choice([L(str(r.choice([0, 1, 3, 31, 32, 62, 63, 64, 65, 100, 1000]))),
                           self.mod_small(ctx, d - 1, 80)])
            if self.chance(0.08):
                sh = sub()
            return J("(", sub(), " >> ", sh, ")", wrap="_ck")
        if k < 55:
            op = r.choice(["-", "+", "~", "-"])
            return J("(", op, sub(), ")", wrap="_ck")
        if k < 60:
            kk = r.randrange(3)
            if kk == 0:
                return J("(", sub(), " ** %d)" % r.randint(0, 5), wrap="_ck")
            if kk == 1:
                return J("pow(", sub(), ", %d)" % r.randint(0, 4), wrap="_ck")
            exp = r.choice([sub(), self.mod_small(ctx, d - 1, 30), self.small_int(-3, 20)])
            mod = r.choice([self.nonzero_int(ctx, d - 1), L(str(r.choice([7, 10, 97, -5, 1, 2 ** 31 - 1, 1000000007])))])
            if self.chance(0.03):
                mod = L("0")
            return J("pow(", sub(), ", ", exp, ", ", mod, ")", wrap="_ck")
        if k < 66:
            kk = r.randrange(3)
            if kk == 0:
                return J("abs(", sub(), ")", wrap="_ck")
            fn = r.choice(["min", "max"])
            args = [sub() for _ in range(r.randint(2, 3))]
            return J(fn, "(", *sum([[a, ", "] for a in args], [])[:-1], ")", wrap="_ck")
        if k < 70:
            return J("len(", self.e_str(ctx, d - 1), ")")
        if k < 73:
            if self.chance(0.97):
                s = self.r.choice([self.char_lit(), self.index_expr(ctx, d - 1),
                                   J("chr(", self.e_chr_arg(ctx, d - 1), ")")])
            else:
                s = self.e_str(ctx, d - 1)
            return J("ord(", s, ")")
        if k < 80:
            kk = r.randrange(6)
            if kk <= 1:
                return J("int(", self.e_float(ctx, d - 1), ")", wrap="_ck")
            if kk == 2:
                pool = INT_STR_POOL if self.chance(0.15) else INT_STR_GOOD
                return J("int(", self.str_lit(r.choice(pool)), ")", wrap="_ck")
            if kk == 3:
                s, b = r.choice(INT_BASE_POOL if self.chance(0.2) else INT_BASE_GOOD)
                return J("int(", self.str_lit(s), ", %d)" % b, wrap="_ck")
            if kk == 4:
                return J("int(", self.e_bool(ctx, d - 1), ")")
            if self.chance(0.8):
                return J("int(", self.e_float(ctx, d - 1), ")", wrap="_ck")
            return J("int(", self.e_str(ctx, d - 1), ")", wrap="_ck")
        if k < 85:
            kk = r.randrange(3)
            if kk == 0:
                return J("round(", self.e_float(ctx, d - 1), ")", wrap="_ck")
            if kk == 1:
                return J("round(", sub(), ")", wrap="_ck")
            return J("round(", sub(), ", %d)" % r.randint(-4, 2), wrap="_ck")
        if k < 93:
            return self.str_search(ctx, d)
        # bool arithmetic is int
        return self.int_leaf(ctx)

    def index_expr(self, ctx, d):
        v = self.var_of(ctx, "str")
        r = self.r.random()
        if r < 0.45 and v:
            # guarded by the length (still raises when v is empty)
            return J(v, "[", self.e_int(ctx, d), " % (len(", v, ") or 1)]")
        if r < 0.9:
            lit = self.str_value() or "xy"
            n = len(lit)
            return J(self.str_lit(lit), "[", L(str(self.r.randint(-n, n - 1))), "]")
        s = L(v) if v and self.chance(0.6) else self.str_lit()
        i = L(str(self.r.randint(-4, 4))) if self.chance(0.5) else self.e_int(ctx, d)
        return J(s, "[", i, "]")

    def str_search(self, ctx, d):
        m = self.r.choice(["find", "rfind", "count"] * 10 + ["index", "rindex"])
        s = self.e_str(ctx, d - 1)
        sub = self.sub_str(ctx, d - 1)
        args = [sub]
        if self.chance(0.35):
            if "empty-search" in AVOID:
                args[0] = self.str_lit(self.r.choice(NONEMPTY_SUBS))
            args.append(self.pos_arg(ctx, d - 1))
            if self.chance(0.5):
                args.append(self.pos_arg(ctx, d - 1))
        return J("(", s, ").%s(" % m, *self.commas(args), ")")

    def pos_arg(self, ctx, d):
        if self.chance(0.7):
            return L(str(self.r.randint(-6, 8)))
        return self.e_int(ctx, d)

    def sub_str(self, ctx, d):
        r = self.r.random()
        if r < 0.6:
            v = self.r.choice(NONEMPTY_SUBS + [""])
            return self.str_lit(v)
        return self.e_str(ctx, d)

    def commas(self, args):
        out = []
        for i, a in enumerate(args):
            if i:
                out.append(", ")
            out.append(a)
        return out

    def e_chr_arg(self, ctx, d):
        r = self.r.random()
        if r < 0.4:
            return L(str(self.r.choice(CHR_POOL)))
        if r < 0.7:
            return J("65 + ", self.mod_small(ctx, d, 26))
        if r < 0.95:
            return J(self.mod_small(ctx, d, 0x110000), wrap="_ckchr")
        if "chr-range" in AVOID:
            return J(self.mod_small(ctx, d, 0x110000), wrap="_ckchr")
        return J(self.e_int(ctx, d), wrap="_ckchr")

    # ---------------- float ----------------
    def float_leaf(self, ctx):
        v = self.var_of(ctx, "float")
        if v and self.chance(0.6):
            return L(v)
        return self.float_lit()

    def num(self, ctx, d, want_float):
        return self.e_float(ctx, d) if want_float else self.e_int(ctx, d)

    def e_float(self, ctx, d):
        r = self.r
        if d <= 0 or self.chance(0.22):
            return self.float_leaf(ctx)
        c = self.common("float", ctx, d)
        if c is not None:
            return c
        sub = lambda: self.e_float(ctx, d - 1)
        k = r.randrange(100)
        if k < 30:
            op = r.choice(["+", "-", "*", "/"])
            mix = r.randrange(4)
            a = self.num(ctx, d - 1, mix != 1)
            b = self.num(ctx, d - 1, mix != 2)
            if op == "/" and self.chance(0.8):
                b = J("(", b, " or ", L(r.choice(["1.0", "3.0"]) if mix != 2 else "3"), ")")
            if mix == 3 and op != "/":
                b = sub()
            return J("(", a, " %s " % op, b, ")")
        if k < 36:
            # int / int is float
            a, b = self.e_int(ctx, d - 1), self.e_int(ctx, d - 1)
            if self.chance(0.85):
                b = J("(", b, " or 1)")
            return J("(", a, " / ", b, ")")
        if k < 44:
            op = r.choice(["//", "%"])
            mix = r.randrange(3)
            a = self.num(ctx, d - 1, mix != 1)
            b = self.num(ctx, d - 1, mix != 2)
            if self.chance(0.85):
                b = J("(", b, " or ", L("2.5" if mix != 2 else "2"), ")")
            return J("(", a, " %s " % op, b, ")")
        if k < 52:
            kk = r.randrange(4)
            if kk == 0:
                return J("(", sub(), " ** ", sub(), ")", wrap="_ckf")
            if kk == 1:
                return J("(", self.e_int(ctx, d - 1), " ** -%d)" % r.randint(1, 3), wrap="_ckf")
            if kk == 2:
                return J("(", sub(), " ** ", L(str(r.choice([2, 3, 0, -1, 0.5, -2, 10]))), ")", wrap="_ckf")
            return J("pow(", sub(), ", ", sub(), ")", wrap="_ckf")
        if k < 58:
            return J("(", r.choice(["-", "+", "-"]), sub(), ")")
        if k < 66:
            kk = r.randrange(3)
            if kk == 0:
                return J("abs(", sub(), ")")
            fn = r.choice(["min", "max"])
            args = [sub() for _ in range(r.randint(2, 3))]
            return J(fn, "(", *self.commas(args), ")")
        if k < 76:
            kk = r.randrange(4)
            if kk == 0:
                return J("float(", self.e_int(ctx, d - 1), ")")
            if kk == 1:
                pool = FLOAT_STR_POOL if self.chance(0.2) else FLOAT_STR_GOOD
                return J("float(", self.str_lit(r.choice(pool)), ")")
            if kk == 2:
                return J("float(", self.e_bool(ctx, d - 1), ")")
            return J("float(", sub(), ")")
        if k < 84:
            return J("round(", sub(), ", %d)" % r.randint(-3, 6))
        return self.float_leaf(ctx)

    # ---------------- bool ----------------
    def e_bool(self, ctx, d):
        r = self.r
        if d <= 0 or self.chance(0.15):
            v = self.var_of(ctx, "bool")
            if v and self.chance(0.6):
                return L(v)
            if d <= 0 or self.chance(0.4):
                return L(r.choice(["True", "False"]))
        c = self.common("bool", ctx, d)
        if c is not None:
            return c
        k = r.randrange(100)
        if k < 35:
            n = r.choice([2, 2, 2, 3])
            parts = []
            for i in range(n):
                if i:
                    parts.append(" %s " % r.choice(["<", "<=", ">", ">=", "==", "!="]))
                parts.append(self.num(ctx, d - 1, self.chance(0.4)))
            return J("(", *parts, ")")
        if k < 47:
            n = r.choice([2, 2, 3])
            parts = []
            for i in range(n):
                if i:
                    parts.append(" %s " % r.choice(["<", "<=", ">", ">=", "==", "!="]))
                parts.append(self.e_str(ctx, d - 1))
            return J("(", *parts, ")")
        if k < 55:
            return J("(not ", self.any_scalar(ctx, d - 1), ")")
        if k < 63:
            return J("(", self.e_bool(ctx, d - 1), r.choice([" and ", " or "]), self.e_bool(ctx, d - 1), ")")
        if k < 70:
            return J("(", self.sub_str(ctx, d - 1), r.choice([" in ", " not in "]), self.e_str(ctx, d - 1), ")")
        if k < 80:
            m = r.choice(["startswith", "endswith"])
            args = [self.sub_str(ctx, d - 1)]
            if self.chance(0.3):
                if "empty-search" in AVOID:
                    args[0] = self.str_lit(self.r.choice(NONEMPTY_SUBS))
                args.append(self.pos_arg(ctx, d - 1))
                if self.chance(0.5):
                    args.append(self.pos_arg(ctx, d - 1))
            return J("(", self.e_str(ctx, d - 1), ").%s(" % m, *self.commas(args), ")")
        if k < 86:
            return J("(", self.e_str(ctx, d - 1), ").%s()" % r.choice(["isdigit", "isspace"]))
        if k < 93:
            return J("bool(", self.any_scalar(ctx, d - 1), ")")
        if k < 97:
            return J("(", self.e_bool(ctx, d - 1), r.choice([" == ", " != "]), self.e_bool(ctx, d - 1), ")")
        return L(r.choice(["True", "False"]))

    # ---------------- str ----------------
    def str_leaf(self, ctx):
        v = self.var_of(ctx, "str")
        if v and self.chance(0.6):
            return L(v)
        return self.str_lit()

    def e_str(self, ctx, d):
        f = self.fmt_hook(ctx, d)
        if f is not None:
            return f
        return self._e_str_plain(ctx, d)

    def _e_str_plain(self, ctx, d):
        r = self.r
        if d <= 0 or self.chance(0.25):
            return self.str_leaf(ctx)
        c = self.common("str", ctx, d)
        if c is not None:
            return c
        sub = lambda: self.e_str(ctx, d - 1)
        k = r.randrange(100)
        if k < 18:
            return J("(", sub(), " + ", sub(), ")", wrap="_cks")
        if k < 24:
            cnt = r.choice([L(str(r.randint(-1, 3))), self.mod_small(ctx, d - 1, 4)])
            if self.chance(0.5):
                return J("(", sub(), " * ", cnt, ")", wrap="_cks")
            return J("(", cnt, " * ", sub(), ")", wrap="_cks")
        if k < 32:
            return self.index_expr(ctx, d - 1)
        if k < 44:
            return J("str(", self.any_scalar(ctx, d - 1), ")")
        if k < 56:
            m = r.choice(["upper", "lower", "strip", "lstrip", "rstrip", "strip"])
            if m.endswith("strip") and self.chance(0.4):
                return J("(", sub(), ").%s(" % m, self.sub_str(ctx, d - 1), ")")
            return J("(", sub(), ").%s()" % m)
        if k < 64:
            args = [self.sub_str(ctx, d - 1), self.sub_str(ctx, d - 1)]
            if self.chance(0.3):
                args.append(L(str(r.randint(-1, 3))))
            return J("(", sub(), ").replace(", *self.commas(args), ")", wrap="_cks")
        if k < 74:
            m = r.choice(["rjust", "ljust", "center"])
            w = r.choice([L(str(r.randint(-1, 12))), self.mod_small(ctx, d - 1, 15)])
            args = [w]
            if self.chance(0.5):
                args.append(self.char_lit() if self.chance(0.98) else self.str_lit("ab"))
            return J("(", sub(), ").%s(" % m, *self.commas(args), ")")
        if k < 82:
            return J("chr(", self.e_chr_arg(ctx, d - 1), ")")
        if k < 88:
            fn = r.choice(["min", "max"])
            args = [sub() for _ in range(r.randint(2, 3))]
            return J(fn, "(", *self.commas(args), ")")
        return self.str_leaf(ctx)

    # ---------------- None / tuple ----------------
    def e_none(self, ctx, d):
        if d > 0 and self.chance(0.3):
            c = self.call_of(ctx, "none", d)
            if c is not None:
                return c
        v = self.var_of(ctx, "none")
        if v and self.chance(0.5):
            return L(v)
        return L("None")

    def e_tuple(self, ty, ctx, d):
        r = self.r.random()
        if r < 0.25:
            v = self.var_of(ctx, ty)
            if v:
                return L(v)
        if r < 0.35 and d > 0:
            c = self.call_of(ctx, ty, d)
            if c is not None:
                return c
        if r < 0.5 and ty in (("int", "int"), ("float", "float")):
            num = self.e_int if ty[0] == "int" else self.e_float
            den = num(ctx, max(d - 1, 0))
            if self.chance(0.85):
                den = J("(", den, " or ", L("3" if ty[0] == "int" else "2.5"), ")")
            return J("divmod(", num(ctx, max(d - 1, 0)), ", ", den, ")", wrap="_ckt")
        if r < 0.55 and d > 0:
            a = self.e_tuple(ty, ctx, d - 1)
            b = self.e_tuple(ty, ctx, d - 1)
            return J("(", a, " if ", self.e_bool(ctx, d - 1), " else ", b, ")")
        elems = [self.expr(t, ctx, max(d - 1, 0)) for t in ty]
        if len(elems) == 1:
            return J("(", elems[0], ",)")
        return J("(", *self.commas(elems), ")")

    # ---------------- statements ----------------
    # A line is (indent, N, extra_checked_suffix)

    def block(self, ctx, ind, n, depth):
        lines = []
        for _ in range(n):
            lines.extend(self.stmt(ctx, ind, depth))
        if not lines:
            lines.append((ind, L("pass"), ""))
        return lines

    def edepth(self):
        return self.r.choice([1, 2, 2, 3, 3])

    def stmt(self, ctx, ind, depth):
        r = self.r
        k = r.randrange(100)
        writable = [v for v in ctx.vars if v in ctx.writable]
        if k < 16:
            # new variable
            ty = self.rand_type()
            name = self.fresh("v")
            e = self.expr(ty, ctx, self.edepth())
            ctx.vars[name] = ty
            ctx.writable.add(name)
            return [(ind, J(name + " = ", e), "")]
        if k < 26 and writable:
            name = r.choice(writable)
            ty = ctx.vars[name]
            return [(ind, J(name + " = ", self.expr(ty, ctx, self.edepth())), "")]
        if k < 36 and writable:
            name = r.choice(writable)
            ty = ctx.vars[name]
            if ty == "int":
                op = r.choice(["+=", "-=", "*=", "//=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**="])
                if op in ("//=", "%="):
                    e = self.nonzero_int(ctx, 2)
                elif op == "<<=":
                    e = L(str(r.randint(0, 5)))
                elif op == ">>=":
                    e = r.choice([L(str(r.randint(0, 70))), self.mod_small(ctx, 1, 70)])
                elif op == "**=":
                    e = L(str(r.randint(0, 3)))
                else:
                    e = self.e_int(ctx, 2)
                return [(ind, J("%s %s " % (name, op), e), "; _ck(%s)" % name)]
            if ty == "float":
                op = r.choice(["+=", "-=", "*=", "/=", "//=", "%=", "**="])
                e = self.num(ctx, 2, self.chance(0.6))
                if op in ("/=", "//=", "%=") and self.chance(0.85):
                    e = J("(", self.e_float(ctx, 2), " or 1.5)")
                return [(ind, J("%s %s " % (name, op), e), "; _ckf(%s)" % name)]
            if ty == "str":
                if self.chance(0.8):
                    return [(ind, J("%s += " % name, self.e_str(ctx, 2)), "; _cks(%s)" % name)]
                return [(ind, J("%s *= " % name, self.mod_small(ctx, 1, 3)), "; _cks(%s)" % name)]
            return [(ind, J(name + " = ", self.expr(ty, ctx, 2)), "")]
        if k < 52:
            return [(ind, self.print_stmt(ctx), "")]
        if k < 60 and depth < 3:
            return self.if_stmt(ctx, ind, depth)
        if k < 67 and depth < 3:
            return self.for_stmt(ctx, ind, depth)
        if k < 71 and depth < 3:
            return self.while_stmt(ctx, ind, depth)
        if k < 75 and ctx.loop:
            kw = r.choice(["break", "continue"])
            if self.chance(0.7):
                return [(ind, J("if ", self.e_bool(ctx, 2), ":"), ""), (ind + 1, L(kw), "")]
            return [(ind, L(kw), "")]
        if k < 77:
            parts = ["assert ", self.e_bool(ctx, 2)]
            if self.chance(0.75):
                parts = ["assert ", self.e_bool(ctx, 2), " or True"]
            if self.chance(0.5):
                parts += [", ", self.e_str(ctx, 1)]
            return [(ind, J(*parts), "")]
        if k < 85:
            return self.tuple_stmt(ctx, ind)
        if k < 91:
            cands = [f for f in ctx.funcs if f.cost <= ctx.max_call_cost]
            if cands and ctx.calls_left > 0:
                f = r.choice(cands)
                ctx.spend(f)
                return [(ind, self.call_node(f, ctx, 2), "")]
        if k < 95 and ctx.in_func and depth > 0:
            return [(ind, J("if ", self.e_bool(ctx, 2), ":"), ""),
                    (ind + 1, self.return_node(ctx.ret, ctx), "")]
        if k < 96:
            return [(ind, L("pass"), "")]
        return [(ind, self.print_stmt(ctx), "")]

    def return_node(self, ty, ctx):
        if ty == "none":
            return L(self.r.choice(["return", "return None"]))
        return J("return ", self.expr(ty, ctx, self.edepth()))

    def print_stmt(self, ctx):
        r = self.r
        args = []
        for _ in range(r.choice([0, 1, 1, 2, 2, 3, 4])):
            ty = self.rand_type()
            args.append(self.expr(ty, ctx, self.edepth()))
        if self.chance(0.15):
            args.append(J("sep=", self.str_lit(r.choice(SEP_POOL))))
        if self.chance(0.12):
            args.append(J("end=", self.str_lit(r.choice(SEP_POOL + ["\n", "\n"]))))
        return J("print(", *self.commas(args), ")")

    def if_stmt(self, ctx, ind, depth):
        lines = [(ind, J("if ", self.e_bool(ctx, 2), ":"), "")]
        lines += self.block(ctx.child(), ind + 1, self.r.randint(1, 3), depth + 1)
        for _ in range(self.r.choice([0, 0, 1, 2])):
            lines.append((ind, J("elif ", self.e_bool(ctx, 2), ":"), ""))
            lines += self.block(ctx.child(), ind + 1, self.r.randint(1, 2), depth + 1)
        if self.chance(0.5):
            lines.append((ind, L("else:"), ""))
            lines += self.block(ctx.child(), ind + 1, self.r.randint(1, 2), depth + 1)
        return lines

    def range_bound(self, ctx):
        if self.chance(0.6):
            return L(str(self.r.randint(-3, 8)))
        return self.mod_small(ctx, 2, self.r.randint(2, 7))

    def loop_body(self, ctx, ind, depth):
        c = ctx.child()
        c.loop += 1
        if not c.module:
            c.no_calls = True  # no calls inside loops of functions
        else:
            c.max_call_cost = min(c.max_call_cost, 12)
        return c

    def for_stmt(self, ctx, ind, depth):
        r = self.r
        if self.chance(0.7):
            var = self.fresh("i")
            k = r.randrange(4)
            if k == 0:
                rng = J("range(", self.range_bound(ctx), ")")
            elif k == 1:
                rng = J("range(", self.range_bound(ctx), ", ", self.range_bound(ctx), ")")
            else:
                step = L(str(r.choice([-3, -2, -1, 1, 2, 3, 2, -1])))
                if self.chance(0.02):
                    step = L("0")
                rng = J("range(", self.range_bound(ctx), ", ", self.range_bound(ctx), ", ", step, ")")
            vty = "int"
        else:
            var = self.fresh("ch")
            v = self.var_of(ctx, "str")
            rng = L(v) if v and self.chance(0.5) else self.str_lit()
            vty = "str"
        c = self.loop_body(ctx, ind, depth)
        c.vars[var] = vty
        lines = [(ind, J("for %s in " % var, rng, ":"), "")]
        lines += self.block(c, ind + 1, r.randint(1, 4), depth + 1)
        if self.chance(0.25):
            lines.append((ind, L("else:"), ""))
            lines += self.block(ctx.child(), ind + 1, r.randint(1, 2), depth + 1)
        return lines

    def while_stmt(self, ctx, ind, depth):
        r = self.r
        w = self.fresh("w")
        lim = r.randint(1, 6)
        cond = J("%s < %d" % (w, lim))
        if self.chance(0.4):
            cond = J("%s < %d and " % (w, lim), self.e_bool(ctx, 1))
        lines = [(ind, L("%s = 0" % w), ""), (ind, J("while ", cond, ":"), ""),
                 (ind + 1, L("%s += 1" % w), "")]
        c = self.loop_body(ctx, ind, depth)
        c.vars[w] = "int"  # readable, not writable
        lines += self.block(c, ind + 1, r.randint(1, 4), depth + 1)
        if self.chance(0.25):
            lines.append((ind, L("else:"), ""))
            lines += self.block(ctx.child(), ind + 1, r.randint(1, 2), depth + 1)
        return lines

    def tuple_stmt(self, ctx, ind):
        r = self.r
        writable = [v for v in ctx.vars if v in ctx.writable]
        k = r.randrange(4)
        if k == 0 and writable:
            # swap two same-typed vars
            by_ty = {}
            for v in writable:
                by_ty.setdefault(ctx.vars[v], []).append(v)
            pairs = [vs for vs in by_ty.values() if len(vs) >= 2]
            if pairs:
                a, b = r.sample(r.choice(pairs), 2)
                return [(ind, L("%s, %s = %s, %s" % (a, b, b, a)), "")]
        if k == 1:
            ty = r.choice(["int", "float"])
            q, rr = self.fresh("q"), self.fresh("r")
            e = self.e_tuple((ty, ty), ctx, 2)
            ctx.vars[q] = ty
            ctx.vars[rr] = ty
            ctx.writable.update([q, rr])
            return [(ind, J("%s, %s = " % (q, rr), e), "")]
        if k == 2:
            tvars = [v for v, t in ctx.vars.items() if isinstance(t, tuple) and len(t) >= 2]
            if tvars:
                tv = r.choice(tvars)
                names = [self.fresh("u") for _ in ctx.vars[tv]]
                for n_, t in zip(names, ctx.vars[tv]):
                    ctx.vars[n_] = t
                    ctx.writable.add(n_)
                return [(ind, L("%s = %s" % (", ".join(names), tv)), "")]
        # parallel assignment of fresh or existing vars
        names = []
        exprs = []
        for _ in range(r.randint(2, 3)):
            if writable and self.chance(0.5):
                n_ = r.choice(writable)
                if n_ in names:
                    continue
                ty = ctx.vars[n_]
            else:
                n_ = self.fresh("p")
                ty = self.rand_type(allow_tuple=False)
            names.append(n_)
            exprs.append((n_, ty, self.expr(ty, ctx, 2)))
        for n_, ty, _ in exprs:
            ctx.vars.setdefault(n_, ty)
            ctx.writable.add(n_)
        exprs = [e for _, _, e in exprs]
        return [(ind, J(", ".join(names) + " = ", *self.commas(exprs)), "")]

    # ---------------- program ----------------
    def program(self):
        r = self.r
        lines = []
        gvars = {}
        for _ in range(r.randint(1, 5)):
            ty = self.rand_type()
            name = self.fresh("g")
            c = Ctx(gvars, gvars.keys(), [])
            lines.append((0, J(name + " = ", self.expr(ty, c, 1)), ""))
            gvars[name] = ty
        funcs = []
        for _ in range(r.randint(1, 5)):
            lines.append((0, L(""), ""))
            lines += self.function(gvars, funcs)
        if self.chance(0.45):
            lines.append((0, L(""), ""))
            lines += self.rec_function(gvars, funcs)
        lines.append((0, L(""), ""))
        ctx = Ctx(gvars, gvars.keys(), funcs)
        ctx.module = True
        ctx.shared["calls_left"] = 40
        ind = 0
        if self.chance(0.25):
            lines.append((0, L('if __name__ == "__main__":'), ""))
            ind = 1
        lines += self.block(ctx, ind, r.randint(5, 14), 0)
        self.gvars = gvars
        lines += self.fmt_error_tail()
        return lines

    def function(self, gvars, funcs):
        r = self.r
        name = self.fresh("f")
        params = []
        has_default = False
        for _ in range(r.randint(0, 3)):
            pn = self.fresh("a")
            pt = self.rand_type()
            default = None
            if has_default or self.chance(0.3):
                has_default = True
                default = self.expr(pt, Ctx(gvars, (), []), 1)
            params.append((pn, pt, default))
        ret = self.rand_type()
        leaf = not funcs or self.chance(0.3)
        gw = [g for g in gvars if self.chance(0.25)]
        vars_ = dict(gvars)
        for pn, pt, _ in params:
            vars_[pn] = pt
        ctx = Ctx(vars_, [p[0] for p in params] + gw, list(funcs), ret, True)
        ctx.shared["calls_left"] = 0 if leaf else 3
        header = [name, "("]
        for i, (pn, pt, dflt) in enumerate(params):
            if i:
                header.append(", ")
            header.append(pn)
            if dflt is not None:
                header += ["=", dflt]
        header.append("):")
        lines = [(0, N(header), "")]
        if gw:
            lines.append((1, L("global " + ", ".join(gw)), ""))
        lines += self.block(ctx, 1, r.randint(2, 6), 0)
        if ret == "none" and self.chance(0.5):
            pass  # fall off the end
        else:
            lines.append((1, self.return_node(ret, ctx), ""))
        lines[0] = (0, J("def ", lines[0][1]), "")
        funcs.append(Func(name, params, ret, 1 + ctx.shared["call_cost"]))
        return lines

    def rec_function(self, gvars, funcs):
        r = self.r
        name = self.fresh("rec")
        ty = self.rand_type(allow_none=False)
        n, x, v = self.fresh("n"), self.fresh("x"), self.fresh("t")
        base_ctx = Ctx(dict(gvars, **{x: ty, n: "int"}), [x], [], ty, True)
        lines = [(0, L("def %s(%s, %s):" % (name, n, x)), "")]
        lines.append((1, L("if %s <= 0:" % n), ""))
        lines.append((2, J("return ", self.expr(ty, base_ctx, 2)), ""))
        if self.chance(0.5):
            lines += self.block(base_ctx.child(), 1, r.randint(1, 2), 2)
        lines.append((1, J("%s = %s(%s - %d, " % (v, name, n, r.choice([1, 1, 1, 2])),
                           self.expr(ty, base_ctx, 2), ")"), ""))
        c = base_ctx.child()
        c.vars[v] = ty
        if self.chance(0.3):
            lines.append((1, self.print_stmt(c), ""))
        lines.append((1, J("return ", self.expr(ty, c, 2)), ""))
        # the module calls it through a wrapper-free Func entry with a bounded depth argument
        f = Func(name, [(n, "int", None), (x, ty, None)], ty, 30)
        f.rec = True
        funcs.append(f)
        return lines


def render(lines, chk):
    out = [CHECK_PRELUDE] if chk else []
    for ind, node, extra in lines:
        s = node.render(chk)
        out.append(("    " * ind + s + (extra if chk else "")).rstrip() + "\n")
    return "".join(out)


# Recursive functions need a bounded depth at call sites: patch call nodes.
_orig_call_node = Gen.call_node


def _call_node(self, f, ctx, d):
    if getattr(f, "rec", False):
        r = self.r.random()
        if r < 0.75:
            depth = L(str(self.r.randint(0, 12)))
        elif r < 0.93 or "recursion-limit" in AVOID:
            depth = self.mod_small(ctx, 1, 15)
        else:
            depth = L(str(self.r.choice([3000, 990, 995, 996, 997, 998, 999, 1000])))
        return J(f.name, "(", depth, ", ", self.expr(f.params[1][1], ctx, max(d, 0)), ")",
                 wrap=wrap_for(f.ret))
    return _orig_call_node(self, f, ctx, d)


Gen.call_node = _call_node


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
        self.kind = kind  # MATCH INVALID SKIP GENBUG TAIPAN_DIAGNOSTIC MISMATCH CRASH
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


def evaluate(lines, work, opts, want=None):
    """Run one program.  Returns a list of Outcomes (one per opt level) or a single
    INVALID/SKIP/GENBUG outcome.  `want` restricts to one opt level."""
    plain = render(lines, False)
    checked = render(lines, True)
    pp = os.path.join(work, "prog.py")
    cp = os.path.join(work, "prog_checked.py")
    with open(cp, "w", encoding="utf-8") as f:
        f.write(checked)
    rc, out, err, to = run([PYTHON, cp], RUN_TIMEOUT)
    if to:
        return [Outcome("SKIP", "cpython timeout (checked)")]
    if rc == 99 and "__INVALID__" in err:
        return [Outcome("INVALID", err.split("__INVALID__", 1)[1].strip())]
    with open(pp, "w", encoding="utf-8") as f:
        f.write(plain)
    rc, out, err, to = run([PYTHON, pp], RUN_TIMEOUT)
    if to:
        return [Outcome("SKIP", "cpython timeout")]
    exp_last = last_line(err) if rc != 0 else ""
    if exp_last.startswith("OverflowError: complex exponentiation"):
        return [Outcome("INVALID", "complex result")]
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
                results.append(Outcome("TAIPAN_DIAGNOSTIC", first, "diag:" + normalize_sig(first), opt))
            continue
        trc, tout, terr, tto = run([exe], RUN_TIMEOUT)
        if tto:
            results.append(Outcome("MISMATCH", "executable timed out (CPython rc=%s)" % rc,
                                   "timeout", opt))
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
# Delta reduction
# --------------------------------------------------------------------------


def block_end(lines, i):
    ind = lines[i][0]
    j = i + 1
    while j < len(lines) and lines[j][0] > ind:
        j += 1
    return j


def parses(lines):
    try:
        ast.parse(render(lines, False))
        return True
    except SyntaxError:
        return False


def fixup(lines):
    """Insert `pass` into blocks left empty."""
    out = []
    for i, ln in enumerate(lines):
        out.append(ln)
        text = ln[1].render(False).rstrip()
        if text.endswith(":"):
            nxt = lines[i + 1][0] if i + 1 < len(lines) else -1
            if nxt <= ln[0]:
                out.append((ln[0] + 1, L("pass"), ""))
    return out


def reduce_program(lines, still_fails, budget_tests, deadline):
    tests = 0
    cur = [ln for ln in lines if ln[1].render(False).strip()]

    def attempt(cand):
        nonlocal tests
        cand = fixup(cand)
        if not parses(cand):
            return None
        tests += 1
        if still_fails(cand):
            return cand
        return None

    changed = True
    while changed and tests < budget_tests and time.time() < deadline:
        changed = False
        # chunk removal of consecutive top-level units, then single units
        i = len(cur) - 1
        while i >= 0 and tests < budget_tests and time.time() < deadline:
            if i >= len(cur):
                i = len(cur) - 1
                continue
            end = block_end(cur, i)
            cand = cur[:i] + cur[end:]
            res = attempt(cand)
            if res is not None:
                cur = res
                changed = True
            else:
                text = cur[i][1].render(False)
                # unwrap compound statements: keep their body, dedented
                if text.rstrip().endswith(":") and not text.startswith(("def ", "else", "elif")) and end > i + 1:
                    body = [(ind - 1, n, x) for ind, n, x in cur[i + 1:end]]
                    res = attempt(cur[:i] + body + cur[end:])
                    if res is not None:
                        cur = res
                        changed = True
            i -= 1
    return cur, tests


# --------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------


def save_failure(lines, outcome, name, seed, idx, reduced, fail_dir):
    os.makedirs(fail_dir, exist_ok=True)
    path = os.path.join(fail_dir, name + ".py")
    hdr = ["# differential_fuzz: %s (taipan build %s)" % (outcome.kind, outcome.opt or ""),
           "# seed %s, program %s%s" % (seed, idx, ", delta-reduced" if reduced else ", not reduced")]
    for part in outcome.detail.split("; "):
        hdr.append("# " + part.replace("\n", "\\n"))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(hdr) + "\n" + render(lines, False))
    return path


def snapshot_compiler(work):
    """Copy the compiler and its runtime library, so that a rebuild of target/ during a
    long run does not change (or remove) the compiler under test."""
    global TAIPAN
    src_dir = os.path.dirname(os.path.abspath(TAIPAN))
    rt = os.environ.get("TAIPAN_RUNTIME_LIB", os.path.join(src_dir, "libtaipan_runtime.a"))
    snap = os.path.join(work, "compiler")
    os.makedirs(snap, exist_ok=True)
    for attempt in range(5):
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
    p = subprocess.run([TAIPAN, "--version"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    print("fuzz: compiler snapshot of %s (%s, mtime %s)" % (
        os.path.join(src_dir, "taipan"), p.stdout.decode().strip(),
        time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(os.path.getmtime(os.path.join(snap, "taipan"))))),
        flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--start", type=int, default=0, help="index of the first program (to replay one)")
    ap.add_argument("--keep-going", action="store_true", help="continue after a MISMATCH/CRASH")
    ap.add_argument("--no-reduce", action="store_true")
    ap.add_argument("--reduce-budget", type=int, default=250, help="max test runs per reduction")
    ap.add_argument("--reduce-time", type=float, default=900, help="total seconds for reductions")
    ap.add_argument("--max-reduce-per-sig", type=int, default=2)
    ap.add_argument("--failures-dir", default=os.path.join(HERE, "failures"))
    ap.add_argument("--save-diagnostics", action="store_true", help="also save TAIPAN_DIAGNOSTIC programs")
    ap.add_argument("--dump", help="write program N's plain source here and exit", default=None)
    ap.add_argument("--avoid", default="", help="comma-separated known-bug patterns to steer around: "
                    + ", ".join("%s (%s)" % kv for kv in KNOWN_BUG_PATTERNS.items()) + "; or 'all'")
    ap.add_argument("--no-format", action="store_true",
                    help="do not generate f-strings, str.format or %% formatting")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(2 ** 31)
    if args.no_format:
        global FORMAT_GEN
        FORMAT_GEN = False
    if args.avoid:
        names = KNOWN_BUG_PATTERNS if args.avoid == "all" else args.avoid.split(",")
        for a in names:
            if a not in KNOWN_BUG_PATTERNS:
                ap.error("unknown --avoid pattern %r" % a)
            AVOID.add(a)

    if not os.path.exists(TAIPAN):
        print("fuzz: taipan binary not found at %s" % TAIPAN, file=sys.stderr)
        return 2
    work = tempfile.mkdtemp(prefix="taipan_fuzz_")
    snapshot_compiler(work)
    counts = {k: 0 for k in ("MATCH", "TAIPAN_DIAGNOSTIC", "MISMATCH", "CRASH", "INVALID", "SKIP", "GENBUG")}
    diag_msgs = {}
    sig_count = {}
    reduce_deadline = time.time() + args.reduce_time
    stop = False
    t0 = time.time()
    try:
        for idx in range(args.start, args.start + args.count):
            rng = random.Random("%d:%d" % (seed, idx))
            lines = Gen(rng).program()
            if args.dump:
                with open(args.dump, "w", encoding="utf-8") as f:
                    f.write(render(lines, False))
                if idx == args.start + args.count - 1:
                    return 0
                continue
            opts = ["-O2", "-O0"] if idx % 4 == 0 else ["-O2"]
            outs = evaluate(lines, work, opts)
            kinds = [o.kind for o in outs]
            # program-level classification: worst outcome
            for kind in ("CRASH", "MISMATCH", "TAIPAN_DIAGNOSTIC", "GENBUG", "SKIP", "INVALID", "MATCH"):
                if kind in kinds:
                    prog_kind = kind
                    break
            counts[prog_kind] += 1
            if args.verbose:
                print("[%d] %s %s" % (idx, prog_kind, "; ".join(o.detail for o in outs if o.detail)[:200]),
                      flush=True)
            if prog_kind == "TAIPAN_DIAGNOSTIC":
                o = next(o for o in outs if o.kind == prog_kind)
                diag_msgs.setdefault(o.sig, [o.detail, 0, idx])[1] += 1
                if args.save_diagnostics and diag_msgs[o.sig][1] <= 1:
                    save_failure(lines, o, "diag_s%d_p%d" % (seed, idx), seed, idx, False,
                                 args.failures_dir)
            if prog_kind in ("MISMATCH", "CRASH"):
                o = next(o for o in outs if o.kind == prog_kind)
                n = sig_count.get(o.sig, 0)
                sig_count[o.sig] = n + 1
                reduced = False
                red_lines = lines
                if (not args.no_reduce and n < args.max_reduce_per_sig
                        and time.time() < reduce_deadline):
                    def still(cand, o=o):
                        r = evaluate(cand, work, [o.opt], want=o.opt)
                        return len(r) == 1 and r[0].kind == o.kind and r[0].sig == o.sig
                    red_lines, ntests = reduce_program(lines, still, args.reduce_budget, reduce_deadline)
                    reduced = True
                    fin = evaluate(red_lines, work, [o.opt], want=o.opt)
                    if len(fin) == 1 and fin[0].kind == o.kind:
                        o = fin[0]
                name = "%s_s%d_p%d" % (prog_kind.lower(), seed, idx)
                path = save_failure(red_lines, o, name, seed, idx, reduced, args.failures_dir)
                print("fuzz: %s in program %d (%s): %s -> %s" % (prog_kind, idx, o.opt, o.detail[:300],
                                                                   os.path.relpath(path)), flush=True)
                if not args.keep_going:
                    stop = True
            if stop:
                args.count = idx + 1 - args.start
                break
            if (idx + 1 - args.start) % 100 == 0:
                print("fuzz: ... %d programs, %s (%.0fs)" % (idx + 1, counts, time.time() - t0), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if diag_msgs:
        print("fuzz: distinct diagnostics:")
        for sig, (msg, n, first) in sorted(diag_msgs.items(), key=lambda kv: -kv[1][1]):
            print("  %4d x %s   (first: program %d)" % (n, msg[:200], first))
    if sig_count:
        print("fuzz: failure signatures:")
        for sig, n in sorted(sig_count.items(), key=lambda kv: -kv[1]):
            print("  %4d x %s" % (n, sig[:200]))
    print("fuzz: %d programs, %d match, %d diagnostics, %d mismatches, %d crashes "
          "(%d invalid/out-of-int64, %d skipped, %d generator errors; seed %d, %.0fs)"
          % (args.count, counts["MATCH"], counts["TAIPAN_DIAGNOSTIC"], counts["MISMATCH"], counts["CRASH"],
             counts["INVALID"], counts["SKIP"], counts["GENBUG"], seed, time.time() - t0))
    return 1 if counts["MISMATCH"] or counts["CRASH"] else 0


if __name__ == "__main__":
    sys.exit(main())
