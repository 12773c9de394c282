//! Classes whose methods Python generates: `@dataclass` and `Enum`.
//!
//! `@dataclass`: the methods CPython's `dataclasses` module would add to a
//! class (`__init__`, `__repr__`, `__eq__`, the orderings with
//! `order=True`, `__hash__` with `frozen=True`), written as Python source
//! that lowering parses and lowers as if the class body defined them.
//!
//! This module only writes that source from the fields and options; it
//! knows nothing of the AST or the HIR. Lowering reads the options from the
//! decorator, the fields from the class body's annotated assignments, and
//! places every node of the generated code at the decorator.

/// The `@dataclass(...)` options Taipan compiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataclassOptions {
    pub init: bool,
    pub repr: bool,
    pub eq: bool,
    pub order: bool,
    pub frozen: bool,
}

impl Default for DataclassOptions {
    fn default() -> Self {
        DataclassOptions { init: true, repr: true, eq: true, order: false, frozen: false }
    }
}

/// A field: an annotated name in the class body, with the source text of
/// its default value when it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataclassField {
    pub name: String,
    pub default: Option<String>,
}

/// The source of the methods a dataclass gets; `defines` says which the
/// class body already defines (those are kept, as CPython keeps them).
pub fn generated_methods(fields: &[DataclassField], options: &DataclassOptions, defines: &dyn Fn(&str) -> bool) -> String {
    let mut source = String::new();
    let tuple_of = |owner: &str| {
        let items: Vec<String> = fields.iter().map(|field| format!("{owner}.{}", field.name)).collect();
        match items.len() {
            1 => format!("({},)", items[0]),
            _ => format!("({})", items.join(", ")),
        }
    };
    if options.init && !defines("__init__") {
        let mut params = vec!["self".to_string()];
        for field in fields {
            params.push(match &field.default {
                Some(default) => format!("{}=({default})", field.name),
                None => field.name.clone(),
            });
        }
        source.push_str(&format!("def __init__({}):\n", params.join(", ")));
        if fields.is_empty() && !defines("__post_init__") {
            source.push_str("    pass\n");
        }
        for field in fields {
            source.push_str(&format!("    self.{0} = {0}\n", field.name));
        }
        if defines("__post_init__") {
            source.push_str("    self.__post_init__()\n");
        }
    }
    if options.repr && !defines("__repr__") {
        let shown: Vec<String> = fields.iter().map(|field| format!("{0}={{self.{0}!r}}", field.name)).collect();
        source.push_str(&format!("def __repr__(self):\n    return f\"{{type(self).__qualname__}}({})\"\n", shown.join(", ")));
    }
    if options.eq && !defines("__eq__") {
        source.push_str(&format!(
            "def __eq__(self, other):\n    return type(other) is type(self) and {} == {}\n",
            tuple_of("self"),
            tuple_of("other")
        ));
    }
    if options.order {
        for (name, symbol) in [("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")] {
            if !defines(name) {
                source.push_str(&format!("def {name}(self, other):\n    return {} {symbol} {}\n", tuple_of("self"), tuple_of("other")));
            }
        }
    }
    if options.frozen && options.eq && !defines("__hash__") {
        source.push_str(&format!("def __hash__(self):\n    return hash({})\n", tuple_of("self")));
    }
    source
}

/// The methods an `Enum` class gets (those its body does not define): a
/// member's fields are `name` and `value`; it prints as CPython's members
/// do and hashes by its name, as `Enum.__hash__` does.
pub fn enum_methods(defines: &dyn Fn(&str) -> bool) -> String {
    let mut source = String::from("def __init__(self, name, value):\n    self.name = name\n    self.value = value\n");
    if !defines("__repr__") {
        source.push_str("def __repr__(self):\n    return f\"<{type(self).__name__}.{self.name}: {self.value!r}>\"\n");
    }
    if !defines("__str__") {
        source.push_str("def __str__(self):\n    return f\"{type(self).__name__}.{self.name}\"\n");
    }
    if !defines("__hash__") {
        source.push_str("def __hash__(self):\n    return hash(self.name)\n");
    }
    source
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_gets_init_repr_and_eq() {
        let fields = vec![
            DataclassField { name: "x".to_string(), default: None },
            DataclassField { name: "y".to_string(), default: Some("0".to_string()) },
        ];
        let source = generated_methods(&fields, &DataclassOptions::default(), &|_| false);
        assert!(source.contains("def __init__(self, x, y=(0)):"));
        assert!(source.contains("return f\"{type(self).__qualname__}(x={self.x!r}, y={self.y!r})\""));
        assert!(source.contains("return type(other) is type(self) and (self.x, self.y) == (other.x, other.y)"));
        assert!(!source.contains("__lt__"));
        assert!(!source.contains("__hash__"));
    }

    #[test]
    fn methods_the_class_defines_are_kept() {
        let fields = vec![DataclassField { name: "v".to_string(), default: None }];
        let options = DataclassOptions { order: true, frozen: true, ..DataclassOptions::default() };
        let source = generated_methods(&fields, &options, &|name| name == "__repr__");
        assert!(!source.contains("__repr__"));
        assert!(source.contains("def __lt__(self, other):\n    return (self.v,) < (other.v,)"));
        assert!(source.contains("return hash((self.v,))"));
    }
}
