"""Generates crates/runtime/src/unicode_property_tables.rs from the running
CPython's own str methods (run it with CPython 3.11, whose Unicode is 14.0.0):

    python3.11 crates/runtime/scripts/generate_unicode_property_tables.py \
        > crates/runtime/src/unicode_property_tables.rs

Every table is read off CPython's observable behaviour rather than from the
Unicode data files, so the runtime answers exactly as the oracle does:

* the character classes come from one-character `str` predicates
  (`isalpha`, `isnumeric`, `isupper`, `islower`, `isidentifier`) and from
  `unicodedata.category` for titlecase letters (Lt);
* CPython's internal "cased" and "case-ignorable" flags, which `str.title`
  and the final-sigma rule of `str.lower` consult, are observed through
  those two methods (see `cased` and `case_ignorable` below);
* the case mappings are `chr(c).lower()`, `.upper()`, `.title()` and
  `.casefold()` of each code point, which are CPython's full mappings
  (`_PyUnicode_ToLowerFull` and kin).
"""

import sys
import unicodedata

MAX = 0x110000
CHARS = [chr(c) for c in range(MAX)]


def cased(c):
    # str.title lowercases a letter exactly when the character before it
    # is cased (`_PyUnicode_IsCased`).
    return (c + "A").title()[-1] == "a"


def case_ignorable(c, is_cased):
    # lower() maps U+03A3 to final sigma when a cased character precedes it,
    # skipping case-ignorable ones. Before a non-cased character, a cased
    # "A" in front shows whether `c` was skipped; for a cased character,
    # a non-cased space in front does.
    if is_cased:
        return (" " + c + "\u03a3").lower()[-1] == "\u03c3"
    return ("A" + c + "\u03a3").lower()[-1] == "\u03c2"


def ranges(predicate):
    out = []
    start = None
    for c in range(MAX):
        if predicate(c):
            if start is None:
                start = c
        elif start is not None:
            out.append((start, c - 1))
            start = None
    if start is not None:
        out.append((start, MAX - 1))
    return out


def stepped_ranges(predicate):
    """Sorted, non-overlapping (first, last, step) runs with step 1 or 2:
    every `step`th code point from first to last is in the set and the
    ones skipped in a step-2 run are not."""
    members = [c for c in range(MAX) if predicate(c)]
    out = []
    for c in members:
        if out:
            first, last, step = out[-1]
            if first == last and c - last in (1, 2):
                out[-1] = (first, c, c - last)
                continue
            if first != last and c - last == step:
                out[-1] = (first, c, step)
                continue
        out.append((c, c, 1))
    return out


def mapping_tables(mapping):
    """CPython's full mapping as runs of one-character mappings
    (first, last, step, delta) and a list of multi-character ones."""
    runs = []
    special = []
    for c in range(MAX):
        mapped = mapping(CHARS[c])
        if mapped == CHARS[c]:
            continue
        if len(mapped) != 1:
            special.append((c, mapped))
            continue
        delta = ord(mapped) - c
        if runs:
            first, last, step, run_delta = runs[-1]
            if run_delta == delta:
                if first == last and c - last in (1, 2):
                    runs[-1] = (first, c, c - last, delta)
                    continue
                if first != last and c - last == step:
                    runs[-1] = (first, c, step, delta)
                    continue
        runs.append((c, c, 1, delta))
    return runs, special


def emit_rows(items, per_line):
    for index in range(0, len(items), per_line):
        print("    " + " ".join(item + "," for item in items[index:index + per_line]))


def emit_ranges(name, doc, table):
    print(f"/// {doc}")
    print(f"pub const {name}: &[(u32, u32)] = &[")
    emit_rows([f"(0x{a:X}, 0x{b:X})" for a, b in table], 6)
    print("];")
    print()


def emit_stepped(name, doc, table):
    print(f"/// {doc}")
    print(f"pub const {name}: &[(u32, u32, u32)] = &[")
    emit_rows([f"(0x{a:X}, 0x{b:X}, {s})" for a, b, s in table], 5)
    print("];")
    print()


def rust_string(text):
    return '"' + "".join(f"\\u{{{ord(ch):X}}}" for ch in text) + '"'


def emit_mapping(name, doc, mapping):
    runs, special = mapping_tables(mapping)
    print(f"/// {doc}: one-character mappings as (first, last, step, delta) runs.")
    print(f"pub const {name}_RUNS: &[(u32, u32, u32, i32)] = &[")
    emit_rows([f"(0x{a:X}, 0x{b:X}, {s}, {d})" for a, b, s, d in runs], 4)
    print("];")
    print()
    print(f"/// {doc}: the mappings to more than one character.")
    print(f"pub const {name}_SPECIAL: &[(u32, &str)] = &[")
    emit_rows([f"(0x{c:X}, {rust_string(text)})" for c, text in special], 3)
    print("];")
    print()


def main():
    assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
    is_cased = [cased(ch) for ch in CHARS]
    is_ignorable = [case_ignorable(CHARS[c], is_cased[c]) for c in range(MAX)]
    alpha = [ch.isalpha() for ch in CHARS]
    numeric = [ch.isnumeric() for ch in CHARS]
    # str.isalnum is isalpha, isdecimal, isdigit or isnumeric per character;
    # the last includes the other two, which the runtime relies on.
    for ch in CHARS:
        assert ch.isalnum() == (ch.isalpha() or ch.isnumeric())
        assert not ch.isdecimal() or ch.isdigit()
        assert not ch.isdigit() or ch.isnumeric()
    titlecase = [unicodedata.category(ch) == "Lt" for ch in CHARS]
    for c, ch in enumerate(CHARS):
        assert ch.istitle() == (titlecase[c] or ch.isupper())
        assert not (titlecase[c] and (ch.isupper() or ch.islower()))

    print("//! Unicode character classes and case mappings generated from CPython")
    print(f"//! {sys.version.split()[0]}'s own `str` methods (Unicode {unicodedata.unidata_version}) by")
    print("//! `crates/runtime/scripts/generate_unicode_property_tables.py`, which says")
    print("//! how each table is observed; do not edit by hand, regenerate instead.")
    print("//!")
    print("//! Range tables are sorted inclusive `(first, last)` code point ranges.")
    print("//! Stepped tables hold `(first, last, step)`: every `step`th code point")
    print("//! from `first` to `last`. Mapping runs hold `(first, last, step, delta)`:")
    print("//! each such code point maps to itself plus `delta`; a code point in no run")
    print("//! and not in the `_SPECIAL` table of multi-character mappings maps to")
    print("//! itself.")
    print()
    emit_ranges("ALPHA", "`str.isalpha()`: categories Lm, Lt, Lu, Ll and Lo.", ranges(lambda c: alpha[c]))
    emit_ranges("NUMERIC", "`str.isnumeric()` (which includes every digit and decimal).", ranges(lambda c: numeric[c]))
    emit_ranges(
        "IDENTIFIER_START", "First characters of identifiers: XID_Start and `_`.",
        ranges(lambda c: CHARS[c].isidentifier()))
    emit_ranges(
        "IDENTIFIER_CONTINUE", "Later characters of identifiers: XID_Continue.",
        ranges(lambda c: ("a" + CHARS[c]).isidentifier()))
    emit_stepped("UPPERCASE", "`str.isupper()` of one character: the Uppercase property.",
                 stepped_ranges(lambda c: CHARS[c].isupper()))
    emit_stepped("LOWERCASE", "`str.islower()` of one character: the Lowercase property.",
                 stepped_ranges(lambda c: CHARS[c].islower()))
    emit_ranges("TITLECASE", "Titlecase letters (category Lt).", ranges(lambda c: titlecase[c]))
    emit_ranges("CASED", "CPython's cased characters (`_PyUnicode_IsCased`).", ranges(lambda c: is_cased[c]))
    emit_ranges("CASE_IGNORABLE", "CPython's case-ignorable characters (`_PyUnicode_IsCaseIgnorable`).",
                ranges(lambda c: is_ignorable[c]))
    emit_mapping("LOWER", "`str.lower()` of one character (`_PyUnicode_ToLowerFull`)", str.lower)
    emit_mapping("UPPER", "`str.upper()` of one character (`_PyUnicode_ToUpperFull`)", str.upper)
    emit_mapping("TITLE", "`str.title()` of one character (`_PyUnicode_ToTitleFull`)", str.title)
    emit_mapping("FOLD", "`str.casefold()` of one character (`_PyUnicode_ToFoldedFull`)", str.casefold)


main()
