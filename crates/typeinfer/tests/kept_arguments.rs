//! `kept_arguments`: which container parameters a function may keep past
//! its call. Each case is a function `f` called once by the module; the
//! expected answer is per parameter.

use taipan_typeinfer::{infer_program, kept_arguments::parameters_kept, InstanceId};

fn kept(source: &str) -> Vec<bool> {
    let (program, diagnostics, _) = taipan_parser_bridge::lower_program("test.py", source);
    let program = program.unwrap_or_else(|| panic!("lowering failed: {diagnostics:?}"));
    let (typed, diagnostics) = infer_program(&program);
    let typed = typed.unwrap_or_else(|| panic!("inference failed: {diagnostics:?}"));
    let instance = typed
        .instances
        .iter()
        .position(|instance| program.function(instance.function).name == "f")
        .expect("an instance of f");
    parameters_kept(&program, &typed, InstanceId(instance as u32))
}

#[test]
fn reading_changing_and_returning_are_not_keeping() {
    let cases = [
        "def f(xs):\n    return sum(xs)\nf([1.0])\n",
        "def f(xs):\n    xs.sort()\n    xs.append(len(xs))\n    return xs\nf([3, 1])\n",
        "def f(xs):\n    ys = xs\n    ys[0] = 2\n    return [x * 2 for x in ys]\nf([1])\n",
        "def f(d, key):\n    d[key] = d.get(key, 0) + 1\n    return sorted(d.items())\nf({'a': 1}, 'a')\n",
        "def f(a, b):\n    a.append(b)\n    return a\nf([[1]], [2])\n",
        "def helper(values):\n    values.reverse()\n    return values\n\ndef f(xs):\n    return helper(xs)[0]\nf([1, 2])\n",
        "def f(rows):\n    for row in rows:\n        row.append(0)\n    print(rows)\nf([[1], [2]])\n",
        "def f(xs, n):\n    if n > 0:\n        f(xs, n - 1)\n    xs.append(n)\nf([], 3)\n",
    ];
    for source in cases {
        assert!(!kept(source).contains(&true), "judged kept:\n{source}");
    }
}

#[test]
fn storing_where_it_outlives_the_call_is_keeping() {
    let cases = [
        ("registry = []\ndef f(xs):\n    registry.append(xs)\nf([1])\n", vec![true]),
        ("cache = {}\ndef f(xs):\n    cache['last'] = xs\nf([1])\n", vec![true]),
        ("saved = None\ndef f(xs):\n    global saved\n    saved = xs\nf([1])\n", vec![true]),
        ("class Box:\n    def __init__(self, items):\n        self.items = items\ndef f(xs):\n    return Box(xs)\nf([1])\n", vec![true]),
        ("def f(xs):\n    def inner():\n        return len(xs)\n    return inner\nf([1])\n", vec![true]),
        ("store = []\ndef f(rows):\n    for row in rows:\n        store.append(row)\nf([[1]])\n", vec![true]),
        ("store = []\ndef keep(values):\n    store.append(values)\ndef f(xs, n):\n    keep(xs)\n    return n\nf([1], 2)\n", vec![true, false]),
        ("def f(xs):\n    raise ValueError(xs)\ntry:\n    f([1])\nexcept ValueError:\n    pass\n", vec![true]),
        ("def make():\n    saved = []\n    def keep(values):\n        saved.append(values)\n    return keep\nkeeper = make()\ndef f(xs):\n    keeper(xs)\nf([1])\n", vec![true]),
    ];
    for (source, expected) in cases {
        assert_eq!(kept(source), expected, "\n{source}");
    }
}

/// Keeping an instance is not keeping a copy: an extension module's
/// instances cross as themselves, so only kept lists, dicts and sets
/// refuse an instance to CPython.
#[test]
fn keeping_an_instance_is_not_keeping_a_copy() {
    use taipan_typeinfer::kept_arguments::keeps_a_copied_argument;
    let judge = |source: &str| {
        let (program, diagnostics, _) = taipan_parser_bridge::lower_program("test.py", source);
        let program = program.unwrap_or_else(|| panic!("lowering failed: {diagnostics:?}"));
        let (typed, diagnostics) = infer_program(&program);
        let typed = typed.unwrap_or_else(|| panic!("inference failed: {diagnostics:?}"));
        let instance = typed.instances.iter().position(|instance| program.function(instance.function).name == "f").expect("an instance of f");
        keeps_a_copied_argument(&program, &typed, InstanceId(instance as u32))
    };
    assert!(!judge("class P:\n    pass\nregistry = []\ndef f(p):\n    registry.append(p)\nf(P())\n"));
    assert!(judge("class P:\n    pass\nregistry = []\ndef f(p, xs):\n    registry.append(xs)\nf(P(), [1])\n"));
    assert!(judge("registry = []\ndef f(pair):\n    registry.append(pair[1])\nf((1, [2]))\n"));
}
