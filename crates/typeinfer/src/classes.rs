//! The class hierarchy as inference and codegen see it: each class's MRO
//! (CPython's C3 linearisation), its subclasses, the family it belongs to,
//! and attribute lookup along the MRO.
//!
//! A *family* is a connected component of the inheritance graph. Every
//! class of a family has the same object layout (one slot per instance
//! attribute name assigned anywhere in the family), so an attribute is at
//! one offset whatever the run-time class, multiple inheritance included.
//! This module knows nothing of types; the engine keeps the attribute types.

use taipan_parser_bridge::hir::{ClassId, GlobalId, Method, Program};
use taipan_parser_bridge::Diagnostic;

#[derive(Debug, Clone, Default)]
pub struct ClassTable {
    /// Per class: its MRO, the class itself first.
    pub mros: Vec<Vec<ClassId>>,
    /// Per class: the class and every class deriving from it, by id.
    pub subclasses: Vec<Vec<ClassId>>,
    /// Per class: its family's index.
    pub family: Vec<usize>,
    pub family_count: usize,
}

/// What a name found in a class's namespace is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassMember {
    Method(Method),
    /// A class attribute, held in this global.
    Attribute(GlobalId),
}

impl ClassTable {
    /// Builds the table; a hierarchy CPython rejects (no consistent MRO) is
    /// a diagnostic and the class keeps only itself in its MRO.
    pub fn build(program: &Program) -> (ClassTable, Vec<Diagnostic>) {
        let count = program.classes.len();
        let mut diagnostics = Vec::new();
        let mut mros: Vec<Vec<ClassId>> = Vec::with_capacity(count);
        // Bases always precede their subclasses (lowering checks it), so
        // each base's MRO is known when a class's is computed.
        for index in 0..count {
            let class = program.class(ClassId(index as u32));
            let mut sequences: Vec<Vec<ClassId>> = class.bases.iter().map(|base| mros[base.0 as usize].clone()).collect();
            sequences.push(class.bases.clone());
            match merge_c3(sequences) {
                Some(tail) => {
                    let mut mro = vec![ClassId(index as u32)];
                    mro.extend(tail);
                    mros.push(mro);
                }
                None => {
                    let names: Vec<&str> = class.bases.iter().map(|base| program.class(*base).name.as_str()).collect();
                    diagnostics.push(Diagnostic::error(
                        taipan_parser_bridge::DiagnosticKind::Type,
                        format!("Cannot create a consistent method resolution order (MRO) for bases {}", names.join(", ")),
                        class.span,
                    ));
                    mros.push(vec![ClassId(index as u32)]);
                }
            }
        }
        let mut subclasses = vec![Vec::new(); count];
        for (index, mro) in mros.iter().enumerate() {
            for ancestor in mro {
                subclasses[ancestor.0 as usize].push(ClassId(index as u32));
            }
        }
        // Families: union-find over the base edges.
        let mut parent: Vec<usize> = (0..count).collect();
        fn root(parent: &mut [usize], mut index: usize) -> usize {
            while parent[index] != index {
                parent[index] = parent[parent[index]];
                index = parent[index];
            }
            index
        }
        for (index, class) in program.classes.iter().enumerate() {
            for base in &class.bases {
                let (a, b) = (root(&mut parent, index), root(&mut parent, base.0 as usize));
                if a != b {
                    parent[a.max(b)] = a.min(b);
                }
            }
        }
        let mut family_of_root = std::collections::HashMap::new();
        let mut family = Vec::with_capacity(count);
        for index in 0..count {
            let r = root(&mut parent, index);
            let next = family_of_root.len();
            family.push(*family_of_root.entry(r).or_insert(next));
        }
        let family_count = family_of_root.len();
        (ClassTable { mros, subclasses, family, family_count }, diagnostics)
    }

    pub fn mro(&self, class: ClassId) -> &[ClassId] {
        &self.mros[class.0 as usize]
    }

    pub fn is_subclass(&self, class: ClassId, of: ClassId) -> bool {
        self.mros[class.0 as usize].contains(&of)
    }

    pub fn family_of(&self, class: ClassId) -> usize {
        self.family[class.0 as usize]
    }

    /// `name` looked up along the MRO of `class`, starting after `after`
    /// when given (`super()`): the defining class and what it defines.
    pub fn lookup(&self, program: &Program, class: ClassId, name: &str, after: Option<ClassId>) -> Option<(ClassId, ClassMember)> {
        let mro = self.mro(class);
        let start = match after {
            Some(after) => mro.iter().position(|c| *c == after)? + 1,
            None => 0,
        };
        for definer in &mro[start..] {
            let def = program.class(*definer);
            if let Some(method) = def.methods.get(name) {
                return Some((*definer, ClassMember::Method(*method)));
            }
            if let Some(global) = def.attributes.get(name) {
                return Some((*definer, ClassMember::Attribute(*global)));
            }
        }
        None
    }

    /// The property setter for `name` along the MRO, if the attribute is a
    /// property there.
    pub fn setter(&self, program: &Program, class: ClassId, name: &str) -> Option<(ClassId, Method)> {
        for definer in self.mro(class) {
            let def = program.class(*definer);
            if let Some(method) = def.methods.get(&format!("{name}.setter")) {
                return Some((*definer, *method));
            }
            if def.methods.contains_key(name) || def.attributes.contains_key(name) {
                return None;
            }
        }
        None
    }
}

/// What `hash()` of an instance of a class calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HashResolution {
    /// `object.__hash__`: the identity.
    Identity,
    /// The class's own or inherited `__hash__`, defined by that class.
    Method(ClassId, Method),
    /// `__hash__` is None: a class along the MRO defines `__eq__` without
    /// `__hash__` (CPython then sets `__hash__ = None`), or says so.
    Unhashable,
}

impl ClassTable {
    /// How instances of `class` hash, as CPython resolves `__hash__`.
    pub fn hash_resolution(&self, program: &Program, class: ClassId) -> HashResolution {
        for definer in self.mro(class) {
            let def = program.class(*definer);
            if let Some(method) = def.methods.get("__hash__") {
                return HashResolution::Method(*definer, *method);
            }
            if def.attributes.contains_key("__hash__") || def.methods.contains_key("__eq__") {
                return HashResolution::Unhashable;
            }
        }
        HashResolution::Identity
    }

    /// The last class of `class`'s MRO: the base every class of its
    /// line derives from (what the other operand of a special method the
    /// runtime calls is typed as).
    pub fn topmost_base(&self, class: ClassId) -> ClassId {
        *self.mro(class).last().unwrap_or(&class)
    }
}

/// CPython's C3 merge: the MRO tail, or `None` when no order is consistent.
fn merge_c3(mut sequences: Vec<Vec<ClassId>>) -> Option<Vec<ClassId>> {
    let mut result = Vec::new();
    loop {
        sequences.retain(|sequence| !sequence.is_empty());
        if sequences.is_empty() {
            return Some(result);
        }
        let candidate = sequences
            .iter()
            .map(|sequence| sequence[0])
            .find(|head| !sequences.iter().any(|sequence| sequence[1..].contains(head)))?;
        result.push(candidate);
        for sequence in &mut sequences {
            if sequence[0] == candidate {
                sequence.remove(0);
            }
        }
    }
}
