//! Inference of containers: allocation sites, element types, container
//! methods, the built-ins that build or consume iterables, comprehensions and
//! unpacking.
//!
//! Every expression that builds a list, dict, set or frozenset is an
//! allocation site, one per function instance. A container type names the
//! sites its value may come from; the element types live here, in the site
//! table, and grow by join as the fixpoint runs. Storing into a container
//! (`append`, `d[k] = v`, `s.add(x)`, slice assignment...) joins the stored
//! type into every site the container may come from, so aliases agree. After
//! the fixpoint, `finish` rewrites every type to its structural form
//! (`list[int]`) and drops instances no call reaches.

use super::{CallResolution, Dunder, Engine, Instance, InstanceId, TypedProgram, Walk};
use crate::types::{Container, Type};
use indexmap::IndexMap;
use taipan_parser_bridge::hir::*;
use taipan_parser_bridge::source::Span;
use taipan_parser_bridge::{Diagnostic, DiagnosticKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SiteKind {
    List,
    Dict,
    Set,
    FrozenSet,
    /// A generator function's instance: what it yields, and what it returns.
    Generator,
}

impl SiteKind {
    pub(super) fn wrap(self, container: Container) -> Type {
        match self {
            SiteKind::List => Type::List(container),
            SiteKind::Dict => Type::Dict(container),
            SiteKind::Set => Type::Set(container),
            SiteKind::FrozenSet => Type::FrozenSet(container),
            SiteKind::Generator => Type::Generator(container),
        }
    }

    fn name(self) -> &'static str {
        match self {
            SiteKind::List => "list",
            SiteKind::Dict => "dict",
            SiteKind::Set => "set",
            SiteKind::FrozenSet => "frozenset",
            SiteKind::Generator => "generator",
        }
    }
}

/// One allocation site: the element types of every container built there.
#[derive(Debug)]
pub(super) struct Site {
    kind: SiteKind,
    span: Span,
    /// The element type (list, set), or the key then the value type (dict).
    slots: Vec<Type>,
    /// For each slot, every distinct type stored and where, for diagnostics.
    sources: Vec<Vec<(Type, Span)>>,
    /// Union-find parent (itself for a class's representative).
    parent: u32,
}

/// How deeply containers may nest in a type; deeper means a container that
/// (directly or not) holds itself, which the static tier cannot represent.
const MAX_TYPE_DEPTH: usize = 16;

/// Where the keys of entries' annotated containers start (below
/// `target_site_key`'s, above any `ExprId`).
const ENTRY_SITE_KEYS: u32 = 0x4000_0000;

/// Key for the site of a starred unpacking target (targets have no ExprId).
fn target_site_key(span: Span) -> u32 {
    span.start | 0x8000_0000
}

impl<'p> Engine<'p> {
    /// Types the arguments of `range(...)`: whether all of them are ints
    /// (or bools). A box that may hold an int (a `step` of `int | None`) is
    /// narrowed to the int, checked where codegen unboxes it (CPython's
    /// "cannot be interpreted as an integer" for anything else); an
    /// argument of another type raises that TypeError, reported here when
    /// `report_others` (a `for` loop over such a range raises at run time).
    pub(super) fn range_arguments(&mut self, args: &[Expr], report_others: bool, walk: &mut Walk) -> bool {
        let mut all_ints = true;
        for arg in args {
            match self.expr(arg, walk) {
                // A CPython object: codegen takes its `__index__` (a float
                // raises CPython's TypeError then).
                Type::Int | Type::Bool | Type::Foreign => {}
                Type::Unknown => all_ints = false,
                other if other.is_dynamic() && other.members().iter().any(|member| matches!(member, Type::Int | Type::Bool)) => {
                    let narrowed = if other.members().contains(&Type::Int) { Type::Int } else { Type::Bool };
                    walk.expr_types[arg.id.0 as usize] = narrowed;
                }
                other => {
                    if report_others {
                        self.type_error(format!("'{}' object cannot be interpreted as an integer", other.python_name()), arg.span);
                    }
                    all_ints = false;
                }
            }
        }
        all_ints
    }

    pub(super) fn site(&mut self, instance: InstanceId, key: u32, kind: SiteKind, span: Span) -> Container {
        let slot_count = if matches!(kind, SiteKind::Dict | SiteKind::Generator) { 2 } else { 1 };
        let next = self.sites.len() as u32;
        let id = *self.site_keys.entry((instance, key)).or_insert(next);
        if id == next {
            self.sites.push(Site { kind, span, slots: vec![Type::Unknown; slot_count], sources: vec![Vec::new(); slot_count], parent: id });
        }
        Container::from_sites(vec![id])
    }

    /// An entry's argument type (`infer_program_with_entries`) with each
    /// structural container in it, which an annotation named, made an
    /// allocation site of its own that holds the annotated element types.
    pub(super) fn with_entry_sites(&mut self, instance: InstanceId, ty: &Type, span: Span) -> Type {
        let (kind, container) = match ty {
            Type::List(container) => (SiteKind::List, container),
            Type::Dict(container) => (SiteKind::Dict, container),
            Type::Set(container) => (SiteKind::Set, container),
            Type::FrozenSet(container) => (SiteKind::FrozenSet, container),
            Type::Tuple(members) => return Type::Tuple(members.iter().map(|member| self.with_entry_sites(instance, member, span)).collect()),
            Type::VarTuple(element) => return Type::VarTuple(Box::new(self.with_entry_sites(instance, element, span))),
            _ => return ty.clone(),
        };
        if !container.sites.is_empty() {
            return ty.clone();
        }
        // Keys no expression has (those are `ExprId`s, or starred targets'
        // `target_site_key`s): one per site made.
        let key = ENTRY_SITE_KEYS + self.sites.len() as u32;
        let site = self.site(instance, key, kind, span);
        for (slot, element) in container.elements.iter().enumerate() {
            let element = self.with_entry_sites(instance, element, span);
            self.add_element(&site, slot, &element, span);
        }
        kind.wrap(site)
    }

    /// The representative of a site's class: sites that meet in one value
    /// share their element types, so every object a variable may hold was
    /// built with the representation the variable's type gives it.
    pub(super) fn site_root(&self, mut site: u32) -> u32 {
        while self.sites[site as usize].parent != site {
            site = self.sites[site as usize].parent;
        }
        site
    }

    /// Unifies the sites of every container in `t` that may come from more
    /// than one site (a variable assigned two lists, a parameter given two
    /// callers' dicts), so that they share one element type.
    pub(super) fn unify_sites_in(&mut self, t: &Type) {
        match t {
            Type::List(c) | Type::Dict(c) | Type::Set(c) | Type::FrozenSet(c) | Type::Generator(c) => {
                let roots: Vec<u32> = {
                    let mut roots: Vec<u32> = c.sites.iter().map(|&site| self.site_root(site)).collect();
                    roots.sort_unstable();
                    roots.dedup();
                    roots
                };
                if roots.len() > 1 {
                    let keep = roots[0];
                    for &other in &roots[1..] {
                        self.sites[other as usize].parent = keep;
                        let (slots, sources) = (self.sites[other as usize].slots.clone(), self.sites[other as usize].sources.clone());
                        let kept = &mut self.sites[keep as usize];
                        for (index, slot_type) in slots.iter().enumerate() {
                            if index < kept.slots.len() {
                                kept.slots[index] = kept.slots[index].join(slot_type);
                                for source in &sources[index] {
                                    if !kept.sources[index].contains(source) && kept.sources[index].len() < 8 {
                                        kept.sources[index].push(source.clone());
                                    }
                                }
                            }
                        }
                    }
                    self.changed = true;
                }
                for slot in 0..2 {
                    let element = self.element(c, slot);
                    if element.container().is_some_and(|inner| inner.sites.len() > 1) || matches!(element, Type::Tuple(_) | Type::VarTuple(_)) {
                        self.unify_sites_in(&element);
                    }
                }
            }
            Type::Tuple(members) => {
                for member in members {
                    self.unify_sites_in(member);
                }
            }
            Type::VarTuple(element) => self.unify_sites_in(element),
            _ => {}
        }
    }

    /// Joins `value_type` into slot `slot` of every site of `container`.
    pub(super) fn add_element(&mut self, container: &Container, slot: usize, value_type: &Type, span: Span) {
        if *value_type == Type::Unknown {
            return;
        }
        self.unify_sites_in(value_type);
        let roots: Vec<u32> = container.sites.iter().map(|&site| self.site_root(site)).collect();
        for site in roots {
            let site = &mut self.sites[site as usize];
            let Some(current) = site.slots.get(slot) else { continue };
            let joined = current.join(value_type);
            if joined != *current {
                site.slots[slot] = joined;
                self.changed = true;
            }
            let sources = &mut site.sources[slot];
            if !sources.iter().any(|(t, _)| t == value_type) && sources.len() < 8 {
                sources.push((value_type.clone(), span));
            }
        }
    }

    /// The join of slot `slot` over the container's sites.
    pub(super) fn element(&self, container: &Container, slot: usize) -> Type {
        if container.sites.is_empty() {
            return container.elements.get(slot).cloned().unwrap_or(Type::Unknown);
        }
        container.sites.iter().fold(Type::Unknown, |joined, &site| {
            joined.join(self.sites[self.site_root(site) as usize].slots.get(slot).unwrap_or(&Type::Unknown))
        })
    }

    /// The structural form of a type: element types instead of sites.
    pub(super) fn resolve(&self, t: &Type) -> Type {
        self.resolve_depth(t, 0)
    }

    fn resolve_depth(&self, t: &Type, depth: usize) -> Type {
        if depth > MAX_TYPE_DEPTH {
            return Type::Unknown;
        }
        let resolve_container = |c: &Container| {
            let count = c.elements.len().max(if matches!(t, Type::Dict(_) | Type::Generator(_)) { 2 } else { 1 });
            Container::structural((0..count).map(|slot| self.resolve_depth(&self.element(c, slot), depth + 1)).collect())
        };
        match t {
            Type::List(c) => Type::List(resolve_container(c)),
            Type::Dict(c) => Type::Dict(resolve_container(c)),
            Type::Set(c) => Type::Set(resolve_container(c)),
            Type::FrozenSet(c) => Type::FrozenSet(resolve_container(c)),
            Type::Generator(c) => Type::Generator(resolve_container(c)),
            Type::DictView(mode, c) => {
                let count = 2;
                Type::DictView(*mode, Container::structural((0..count).map(|slot| self.resolve_depth(&self.element(c, slot), depth + 1)).collect()))
            }
            Type::Tuple(members) => Type::Tuple(members.iter().map(|m| self.resolve_depth(m, depth + 1)).collect()),
            Type::VarTuple(element) => Type::VarTuple(Box::new(self.resolve_depth(element, depth + 1))),
            Type::Union(members) => members.iter().fold(Type::Unknown, |joined, m| joined.join(&self.resolve_depth(m, depth + 1))),
            other => other.clone(),
        }
    }

    fn nesting_depth(&self, t: &Type, depth: usize) -> usize {
        if depth > MAX_TYPE_DEPTH {
            return depth;
        }
        match t {
            Type::List(c) | Type::Dict(c) | Type::Set(c) | Type::FrozenSet(c) | Type::Generator(c) => (0..2)
                .map(|slot| self.nesting_depth(&self.element(c, slot), depth + 1))
                .max()
                .unwrap_or(depth),
            Type::Tuple(members) => members.iter().map(|m| self.nesting_depth(m, depth + 1)).max().unwrap_or(depth),
            Type::VarTuple(element) => self.nesting_depth(element, depth + 1),
            _ => depth,
        }
    }

    /// Element types that would need several types, and containers that hold
    /// themselves.
    pub(super) fn report_site_unions(&mut self) {
        let mut diagnostics = Vec::new();
        for (index, site) in self.sites.iter().enumerate() {
            if site.parent != index as u32 {
                continue;
            }
            for (slot, slot_type) in site.slots.iter().enumerate() {
                let resolved = self.resolve(slot_type);
                let inherited = site.sources[slot].iter().any(|(t, _)| self.resolve(t).contains_union());
                if resolved.contains_union() && !inherited {
                    let what = site_slot_description(site.kind, slot);
                    let sources: Vec<(Type, Span)> = site.sources[slot].iter().map(|(t, span)| (self.resolve(t), *span)).collect();
                    diagnostics.push(super::union_diagnostic(format!("{what} would need the types {resolved}"), site.span, &sources));
                } else if resolved.contains_any_union() && !site.sources[slot].iter().any(|(t, _)| self.resolve(t).contains_any_union()) {
                    let what = site_slot_description(site.kind, slot);
                    let sources: Vec<(Type, Span)> = site.sources[slot].iter().map(|(t, span)| (self.resolve(t), *span)).collect();
                    self.dynamic_places.push(super::dynamic_place(format!("{what} have the types {resolved}"), site.span, &sources));
                }
            }
            let container = Container::from_sites(vec![index as u32]);
            if self.nesting_depth(&site.kind.wrap(container), 0) > MAX_TYPE_DEPTH {
                diagnostics.push(
                    Diagnostic::unsupported(format!("this {} may contain itself, which is not supported yet", site.kind.name()), site.span)
                        .with_note("the static tier needs a finite type for every container"),
                );
            }
        }
        self.diagnostics.extend(diagnostics);
    }

    /// Keeps the instances calls reach from the main module, renumbered in
    /// creation order, with every type in structural form.
    pub(super) fn finish(mut self, main_instance: InstanceId, rounds: usize) -> TypedProgram {
        let count = self.instances.len();
        let reachable = self.reachable_instances(main_instance);
        let mut renumbered = vec![InstanceId(u32::MAX); count];
        let mut next = 0;
        for (index, keep) in reachable.iter().enumerate() {
            if *keep {
                renumbered[index] = InstanceId(next);
                next += 1;
            }
        }
        let return_types = std::mem::take(&mut self.return_types);
        let old_instances = std::mem::take(&mut self.instances);
        let mut instances: Vec<Instance> = Vec::new();
        let mut symbols = std::collections::HashSet::new();
        for (index, instance) in old_instances.into_iter().enumerate() {
            if !reachable[index] {
                continue;
            }
            let mut symbol = instance.symbol.clone();
            let mut suffix = 2;
            while !symbols.insert(symbol.clone()) {
                symbol = format!("{}${suffix}", instance.symbol);
                suffix += 1;
            }
            let rename = |callee: InstanceId| renumbered[callee.0 as usize];
            let calls: IndexMap<ExprId, CallResolution> = instance.calls.into_iter().map(|(expr, call)| (expr, call.map_callees(&rename))).collect();
            let dunder_calls = instance.dunder_calls.into_iter().map(|(key, call)| (key, call.map_callees(&rename))).collect();
            instances.push(Instance {
                function: instance.function,
                environment: instance.environment.map(|environment| renumbered[environment.0 as usize]),
                arg_types: instance.arg_types.iter().map(|t| self.resolve(t)).collect(),
                local_types: instance.local_types.iter().map(|t| self.resolve(t)).collect(),
                return_type: self.resolve(&return_types[index]),
                expr_types: instance.expr_types.iter().map(|t| self.resolve(t)).collect(),
                calls,
                dunder_calls,
                decided_conditions: instance.decided_conditions,
                symbol,
            });
        }
        let global_types = self.global_types.iter().map(|t| self.resolve(t)).collect();
        let default_types = self.default_types.iter().map(|(key, t)| (*key, self.resolve(t))).collect();
        let fields = self.fields.iter().map(|fields| fields.iter().map(|(name, t)| (name.clone(), self.resolve(t))).collect()).collect();
        let protocol = self.protocol.iter().map(|(key, instance)| (*key, renumbered[instance.0 as usize])).collect();
        TypedProgram {
            instances,
            global_types,
            default_types,
            main_instance: renumbered[main_instance.0 as usize],
            rounds,
            class_table: std::mem::take(&mut self.class_table),
            fields,
            instantiated: std::mem::take(&mut self.instantiated),
            protocol,
            renumbered,
            dynamic_places: std::mem::take(&mut self.dynamic_places),
            boxed_entry_failures: IndexMap::new(),
            vm_places: {
                let mut seen = std::collections::HashSet::new();
                let mut places = std::mem::take(&mut self.vm_places);
                places.retain(|place| seen.insert(format!("{:?}{}", place.primary.as_ref().map(|l| l.span), place.message)));
                places
            },
            mirrored_globals: std::mem::take(&mut self.mirrored_globals),
            dict_read_families: std::mem::take(&mut self.dict_read_families),
            extra_attribute_types: std::mem::take(&mut self.extra_attribute_types).into_iter().map(|(family, t)| (family, self.resolve(&t))).collect(),
        }
    }

    pub(super) fn type_error(&mut self, message: impl Into<String>, span: Span) {
        self.diagnostics.push(Diagnostic::error(DiagnosticKind::Type, message, span));
    }

    pub(super) fn unsupported(&mut self, message: impl Into<String>, span: Span) {
        self.diagnostics.push(Diagnostic::unsupported(message, span));
    }

    /// Whether a value of type `probe` can be looked up among elements of type
    /// `element` with the element type's equality (same representation).
    pub(super) fn check_same_type(&mut self, element: &Type, probe: &Type, what: &str, span: Span) -> bool {
        let (element, probe) = (self.resolve(element), self.resolve(probe));
        // Types that join without a union share a representation once
        // codegen converts the probe (an empty display's `never` elements, a
        // fixed-length tuple among tuples of run-time length).
        if element == Type::Unknown || probe == Type::Unknown || element == probe {
            return true;
        }
        // A CPython object is no native value: codegen cannot convert it to
        // the elements' representation (the converse, a native value among
        // CPython objects, it can).
        if probe.contains_foreign() && !element.contains_foreign() {
            self.unsupported(format!("{what} a CPython object among native values of type {element} is not supported yet"), span);
            return false;
        }
        if !element.join(&probe).contains_union() {
            return true;
        }
        self.unsupported(format!("{what} a value of type {probe} among values of type {element} is not supported yet"), span);
        false
    }

    /// A dict looked up by a CPython object holds CPython objects as keys
    /// (its native keys cross as conversions), so that the lookup hashes and
    /// compares in CPython's terms, as `counts[m.group(0)] += 1` does.
    fn foreign_probe_joins_keys(&mut self, c: &crate::types::Container, probe: &Type, span: Span) {
        let key = self.resolve(&self.element(c, 0));
        if *probe == Type::Foreign && key != Type::Foreign && key.join(&Type::Foreign) == Type::Foreign {
            self.add_element(c, 0, &Type::Foreign, span);
        }
    }

    /// The type of `container[index]` for lists, dicts and ranges.
    pub(super) fn index_type(&mut self, container: &Type, index: &Type, _index_expr: &Expr, span: Span) -> Type {
        match container {
            Type::Unknown => Type::Unknown,
            _ if *index == Type::Unknown => Type::Unknown,
            Type::List(c) => match index {
                Type::Int | Type::Bool => self.element(c, 0),
                other => {
                    self.type_error(format!("list indices must be integers or slices, not {}", other.python_name()), span);
                    Type::Unknown
                }
            },
            Type::VarTuple(element) => match index {
                Type::Int | Type::Bool => (**element).clone(),
                other => {
                    self.type_error(format!("tuple indices must be integers or slices, not {}", other.python_name()), span);
                    Type::Unknown
                }
            },
            Type::Range => match index {
                Type::Int | Type::Bool => Type::Int,
                other => {
                    self.type_error(format!("range indices must be integers or slices, not {}", other.python_name()), span);
                    Type::Unknown
                }
            },
            Type::Dict(c) => {
                self.foreign_probe_joins_keys(c, index, span);
                let key = self.element(c, 0);
                if !self.check_same_type(&key, index, "looking up", span) {
                    return Type::Unknown;
                }
                self.element(c, 1)
            }
            Type::Str | Type::Tuple(_) => Type::Unknown,
            other => {
                self.type_error(format!("'{}' object is not subscriptable", other.python_name()), span);
                Type::Unknown
            }
        }
    }

    pub(super) fn store_item(&mut self, container: &Type, index: &Type, value: &Type, span: Span) {
        match container {
            Type::Unknown => {}
            Type::List(c) => {
                if !matches!(index, Type::Int | Type::Bool | Type::Unknown) {
                    self.type_error(format!("list indices must be integers or slices, not {}", index.python_name()), span);
                }
                self.add_element(c, 0, value, span);
            }
            Type::Dict(c) => {
                self.add_element(c, 0, index, span);
                self.add_element(c, 1, value, span);
            }
            other if other.is_dynamic() => {
                self.unsupported(format!("assigning into a value of the types {} is not supported yet", self.resolve(other)), span)
            }
            other => self.type_error(format!("'{}' object does not support item assignment", other.python_name()), span),
        }
    }

    /// Makes a container whose items are copied into another container of
    /// the same kind (`a.extend(b)`, `a += b`, `a[i:j] = b`, `d.update(e)`)
    /// share its element types, as an alias would: the runtime copies the
    /// slots as they are, which is right only when both hold one
    /// representation (a list of boxes cannot take a list of floats' slots).
    pub(super) fn share_element_types(&mut self, destination: &Type, source: &Type) {
        let same_kind = matches!(
            (destination, source),
            (Type::List(_), Type::List(_)) | (Type::Dict(_), Type::Dict(_)) | (Type::Set(_), Type::Set(_)) | (Type::Set(_), Type::FrozenSet(_))
        );
        if same_kind {
            let joined = destination.join(source);
            if !self.resolve(&joined).contains_union() {
                self.unify_sites_in(&joined);
            }
        }
    }

    pub(super) fn store_slice(&mut self, container: &Type, value: &Type, span: Span) {
        match container {
            Type::Unknown => {}
            Type::List(c) => {
                if !matches!(value, Type::List(_) | Type::Unknown) {
                    self.unsupported(format!("assigning a value of type {} to a list slice is not supported yet; use a list", self.resolve(value)), span);
                    return;
                }
                let element = self.element_of_iterable(value, span);
                self.add_element(c, 0, &element, span);
                self.share_element_types(container, value);
            }
            other if other.is_dynamic() => {
                self.unsupported(format!("assigning into a value of the types {} is not supported yet", self.resolve(other)), span)
            }
            other => self.type_error(format!("'{}' object does not support item assignment", other.python_name()), span),
        }
    }

    pub(super) fn delete_target(&mut self, target: &Target, walk: &mut Walk) {
        match target {
            Target::Index { value, index, span } => {
                let container = self.expr(value, walk);
                let index_type = self.expr(index, walk);
                match &container {
                    Type::List(_) | Type::Unknown => {}
                    Type::Instance { class, .. } => {
                        if index_type != Type::Unknown {
                            let key = (index.id, Dunder::DelItem);
                            self.object_special(key, *class, "__delitem__", &[index_type], &[], &[], "doesn't support item deletion", *span, walk);
                        }
                    }
                    Type::Dict(c) => {
                        let key = self.element(c, 0);
                        self.check_same_type(&key, &index_type, "deleting", *span);
                    }
                    other => self.type_error(format!("'{}' object doesn't support item deletion", other.python_name()), *span),
                }
            }
            Target::Slice { value, bounds, span } => {
                let container = self.expr(value, walk);
                self.slice_bounds(bounds, walk);
                if !matches!(container, Type::List(_) | Type::Unknown) {
                    self.type_error(format!("'{}' object does not support item deletion", container.python_name()), *span);
                }
            }
            other => self.unsupported("`del` of this target", other.span()),
        }
    }

    pub(super) fn slice_bounds(&mut self, bounds: &SliceBounds, walk: &mut Walk) {
        for bound in [&bounds.start, &bounds.stop, &bounds.step].into_iter().flatten() {
            let bound_type = self.expr(bound, walk);
            if !matches!(bound_type, Type::Int | Type::Bool | Type::None | Type::Unknown) {
                self.type_error("slice indices must be integers or None or have an __index__ method", bound.span);
            }
        }
    }

    pub(super) fn slice_type(&mut self, value: &Type, bounds: &SliceBounds, span: Span) -> Type {
        match value {
            Type::Str | Type::List(_) | Type::VarTuple(_) | Type::Range | Type::Unknown => value.clone(),
            Type::Tuple(members) => {
                let constant = |bound: &Option<Box<Expr>>| match bound {
                    None => Some(None),
                    Some(expr) => super::constant_int(expr).map(Some),
                };
                match (constant(&bounds.start), constant(&bounds.stop), constant(&bounds.step)) {
                    (Some(start), Some(stop), Some(step)) => {
                        let indices = slice_indices(members.len() as i64, start, stop, step.unwrap_or(1));
                        match indices {
                            Some(indices) => Type::Tuple(indices.into_iter().map(|i| members[i].clone()).collect()),
                            None => Type::Unknown,
                        }
                    }
                    _ => {
                        // Non-constant bounds: a tuple of run-time length.
                        let joined = members.iter().fold(Type::Unknown, |joined, m| joined.join(m));
                        if joined.contains_union() {
                            self.unsupported("slicing a tuple of several member types with non-constant bounds is not supported yet", span);
                            return Type::Unknown;
                        }
                        Type::VarTuple(Box::new(joined))
                    }
                }
            }
            other => {
                self.type_error(format!("'{}' object is not subscriptable", other.python_name()), span);
                Type::Unknown
            }
        }
    }

    pub(super) fn bind_unpacking(&mut self, elements: &[Target], starred: Option<usize>, span: Span, value_type: &Type, walk: &mut Walk) {
        if *value_type == Type::Foreign {
            // CPython iterates the object; each part is another object.
            if starred.is_some() {
                self.diagnostics.push(Diagnostic::unsupported("starred unpacking of a CPython object is not supported yet", span));
                return;
            }
            for element in elements {
                self.bind(element, &Type::Foreign, walk);
            }
            return;
        }
        let rest_list = |engine: &mut Engine, element: &Type, walk: &mut Walk| {
            let container = engine.site(walk.id, target_site_key(span), SiteKind::List, span);
            engine.add_element(&container, 0, element, span);
            Type::List(container)
        };
        if value_type.is_dynamic() {
            // Tuples of several types but one length: each target gets the
            // join of its position (the runtime indexes the box).
            match (starred, self.resolve(value_type).dynamic_unpacking(elements.len())) {
                (None, Some(parts)) if !parts.iter().any(Type::contains_union) => {
                    for (element, part) in elements.iter().zip(&parts) {
                        self.bind(element, part, walk);
                    }
                }
                _ => self.unsupported(format!("unpacking a value of the types {} is not supported yet", self.resolve(value_type)), span),
            }
            return;
        }
        match value_type {
            Type::Tuple(members) => {
                let fixed = elements.len() - starred.is_some() as usize;
                match starred {
                    None if members.len() == elements.len() => {
                        for (element, member) in elements.iter().zip(members) {
                            self.bind(element, member, walk);
                        }
                    }
                    Some(position) if members.len() >= fixed => {
                        let after = elements.len() - position - 1;
                        let middle = &members[position..members.len() - after];
                        let element = middle.iter().fold(Type::Unknown, |joined, m| joined.join(m));
                        for (index, target) in elements.iter().enumerate() {
                            let bound = if index < position {
                                members[index].clone()
                            } else if index == position {
                                rest_list(self, &element, walk)
                            } else {
                                members[members.len() - (elements.len() - index)].clone()
                            };
                            self.bind(target, &bound, walk);
                        }
                    }
                    // Unpacking the wrong number of values raises at run time.
                    _ => {
                        for element in elements {
                            self.bind(element, &Type::Unknown, walk);
                        }
                    }
                }
            }
            Type::Unknown | Type::Int | Type::Float | Type::Bool | Type::None => {
                for element in elements {
                    self.bind(element, &Type::Unknown, walk);
                }
            }
            other => {
                let element = self.element_of_iterable(other, span);
                for (index, target) in elements.iter().enumerate() {
                    let bound = if Some(index) == starred { rest_list(self, &element, walk) } else { element.clone() };
                    self.bind(target, &bound, walk);
                }
            }
        }
    }

    /// `left op right` where one side is a container.
    pub(super) fn container_binary(&mut self, op: BinaryOp, left: &Type, right: &Type, span: Span, in_place: bool) -> Type {
        if *left == Type::Unknown || *right == Type::Unknown {
            return Type::Unknown;
        }
        match (op, left, right) {
            (BinaryOp::Add, Type::List(l), Type::List(_)) if in_place => {
                let element = self.element_of_iterable(right, span);
                self.add_element(l, 0, &element, span);
                self.share_element_types(left, right);
                left.clone()
            }
            (BinaryOp::Add, Type::List(l), other) if in_place => {
                let element = self.element_of_iterable(other, span);
                self.add_element(l, 0, &element, span);
                left.clone()
            }
            (BinaryOp::Add, Type::List(_), Type::List(_)) => left.join(right),
            // `d |= other` updates d (its entries take the other's types too);
            // `a | b` is a new dict of a's entries updated with b's.
            (BinaryOp::BitOr, Type::Dict(d), Type::Dict(other)) if in_place => {
                let (key, value) = (self.element(other, 0), self.element(other, 1));
                self.add_element(d, 0, &key, span);
                self.add_element(d, 1, &value, span);
                self.share_element_types(left, right);
                left.clone()
            }
            (BinaryOp::BitOr, Type::Dict(_), Type::Dict(_)) => left.join(right),
            (BinaryOp::BitOr, Type::Dict(_), _) if in_place => {
                // CPython updates the dict from any mapping or iterable of pairs.
                self.unsupported("`|=` on a dict with an operand other than a dict is not supported yet", span);
                Type::Unknown
            }
            (BinaryOp::Mul, Type::List(_), Type::Int | Type::Bool) => left.clone(),
            (BinaryOp::Mul, Type::Int | Type::Bool, Type::List(_)) => right.clone(),
            (BinaryOp::BitOr | BinaryOp::BitAnd | BinaryOp::Sub | BinaryOp::BitXor, Type::Set(l), Type::FrozenSet(r))
            | (BinaryOp::BitOr | BinaryOp::BitAnd | BinaryOp::Sub | BinaryOp::BitXor, Type::FrozenSet(l), Type::Set(r)) => {
                // A set and a frozenset: the result has the left operand's kind
                // (and, for | and ^, the right operand's elements too).
                let (left_element, right_element) = (self.element(l, 0), self.element(r, 0));
                if !self.check_same_type(&left_element, &right_element, "combining", span) {
                    return Type::Unknown;
                }
                if matches!(op, BinaryOp::BitOr | BinaryOp::BitXor) {
                    self.add_element(l, 0, &right_element, span);
                }
                left.clone()
            }
            (BinaryOp::BitOr | BinaryOp::BitAnd | BinaryOp::Sub | BinaryOp::BitXor, Type::Set(_), Type::Set(_))
            | (BinaryOp::BitOr | BinaryOp::BitAnd | BinaryOp::Sub | BinaryOp::BitXor, Type::FrozenSet(_), Type::FrozenSet(_)) => {
                let joined = left.join(right);
                if self.resolve(&joined).contains_union() {
                    self.unsupported("set operations between sets of different element types are not supported yet", span);
                    return Type::Unknown;
                }
                joined
            }
            (_, Type::DictView(..), _) | (_, _, Type::DictView(..)) => {
                self.unsupported("set operations on dict views are not supported yet; make a set of the view first", span);
                Type::Unknown
            }
            _ => {
                self.type_error(
                    format!(
                        "unsupported operand type(s) for {}: '{}' and '{}'",
                        if in_place { format!("{}=", op.symbol()) } else { op.symbol().to_string() },
                        left.python_name(),
                        right.python_name()
                    ),
                    span,
                );
                Type::Unknown
            }
        }
    }

    /// The element type `for x in value` binds, for a value of type `t`.
    pub(super) fn element_of_iterable(&mut self, t: &Type, span: Span) -> Type {
        match t {
            Type::Unknown => Type::Unknown,
            Type::Str => Type::Str,
            Type::Range => Type::Int,
            Type::VarTuple(element) => (**element).clone(),
            Type::DictView(mode, c) => {
                let (key, value) = (self.element(c, 0), self.element(c, 1));
                match mode {
                    0 => key,
                    1 => value,
                    _ if key == Type::Unknown || value == Type::Unknown => Type::Unknown,
                    _ => Type::Tuple(vec![key, value]),
                }
            }
            Type::List(c) | Type::Set(c) | Type::FrozenSet(c) | Type::Dict(c) | Type::Generator(c) => self.element(c, 0),
            // Iterating an `Enum` class gives its members.
            Type::Class { class } if self.program.class(ClassId(*class)).enum_members.is_some() => Type::Instance { class: *class, or_none: false },
            Type::Tuple(members) => {
                let joined = members.iter().fold(Type::Unknown, |joined, m| joined.join(m));
                if joined.contains_union() {
                    self.unsupported(format!("iterating over a tuple of the types {t} is not supported yet"), span);
                    return Type::Unknown;
                }
                joined
            }
            other => {
                self.type_error(format!("'{}' object is not iterable", other.python_name()), span);
                Type::Unknown
            }
        }
    }

    /// Iterables Taipan compiles without building them as values:
    /// `enumerate`, `zip`, `reversed`, `map`, `filter` and a dict's views.
    pub(super) fn lazy_iteration_element(&mut self, iterable: &Expr, walk: &mut Walk) -> Option<Type> {
        let ExprKind::Call { callee, args, keywords } = &iterable.kind else { return None };
        match &callee.kind {
            ExprKind::Builtin(builtin) => {
                let builtin = *builtin;
                if !matches!(builtin, Builtin::Enumerate | Builtin::Zip | Builtin::Reversed | Builtin::Map | Builtin::Filter) {
                    return None;
                }
                walk.expr_types[callee.id.0 as usize] = Type::Unknown;
                if !keywords.is_empty() && !(builtin == Builtin::Enumerate && keywords.len() == 1 && keywords[0].name == "start") {
                    self.unsupported(format!("keyword arguments to `{}` are not supported yet", builtin.name()), iterable.span);
                    return Some(Type::Unknown);
                }
                let element = match builtin {
                    Builtin::Enumerate => {
                        let start = args.get(1).or(keywords.first().map(|k| &k.value));
                        if args.is_empty() || args.len() > 2 {
                            self.type_error(format!("enumerate() takes at most 2 arguments ({} given)", args.len()), iterable.span);
                            return Some(Type::Unknown);
                        }
                        if let Some(start) = start {
                            let start_type = self.expr(start, walk);
                            if !matches!(start_type, Type::Int | Type::Bool | Type::Unknown) {
                                self.type_error(format!("'{}' object cannot be interpreted as an integer", start_type.python_name()), start.span);
                            }
                        }
                        let inner = self.iteration_element(&args[0], walk);
                        if inner == Type::Unknown {
                            Type::Unknown
                        } else {
                            Type::Tuple(vec![Type::Int, inner])
                        }
                    }
                    Builtin::Zip => {
                        let members: Vec<Type> = args.iter().map(|arg| self.iteration_element(arg, walk)).collect();
                        if members.is_empty() {
                            self.unsupported("`zip()` without arguments is not supported", iterable.span);
                            return Some(Type::Unknown);
                        }
                        if members.contains(&Type::Unknown) {
                            Type::Unknown
                        } else {
                            Type::Tuple(members)
                        }
                    }
                    Builtin::Reversed => {
                        if args.len() != 1 {
                            self.type_error(format!("reversed expected 1 argument, got {}", args.len()), iterable.span);
                            return Some(Type::Unknown);
                        }
                        let value = self.expr(&args[0], walk);
                        match value {
                            Type::List(_) | Type::Str | Type::Range | Type::Tuple(_) | Type::VarTuple(_) | Type::Unknown => self.element_of_iterable(&value, args[0].span),
                            Type::Dict(_) | Type::DictView(..) => {
                                self.unsupported("`reversed` of a dict or dict view is not supported yet", args[0].span);
                                Type::Unknown
                            }
                            other => {
                                self.type_error(format!("'{}' object is not reversible", other.python_name()), args[0].span);
                                Type::Unknown
                            }
                        }
                    }
                    Builtin::Map => {
                        if args.len() < 2 {
                            self.type_error("map() must have at least two arguments.", iterable.span);
                            return Some(Type::Unknown);
                        }
                        let elements: Vec<Type> = args[1..].iter().map(|arg| self.iteration_element(arg, walk)).collect();
                        if elements.contains(&Type::Unknown) {
                            walk.calls.shift_remove(&args[0].id);
                            return Some(Type::Unknown);
                        }
                        self.call_value(&args[0], args[0].id, elements, walk)
                    }
                    Builtin::Filter => {
                        if args.len() != 2 {
                            self.type_error(format!("filter expected 2 arguments, got {}", args.len()), iterable.span);
                            return Some(Type::Unknown);
                        }
                        let element = self.iteration_element(&args[1], walk);
                        if !matches!(args[0].kind, ExprKind::None) && element != Type::Unknown {
                            self.call_value(&args[0], args[0].id, vec![element.clone()], walk);
                        }
                        element
                    }
                    _ => unreachable!("matched above"),
                };
                Some(element)
            }
            ExprKind::Attribute { value, name }
                if matches!(name.as_str(), "items" | "keys" | "values") && args.is_empty() && !matches!(value.kind, ExprKind::Super { .. }) =>
            {
                let receiver = self.expr(value, walk);
                walk.expr_types[callee.id.0 as usize] = Type::Unknown;
                match &receiver {
                    Type::Dict(c) => {
                        let (key, value) = (self.element(c, 0), self.element(c, 1));
                        Some(match name.as_str() {
                            "keys" => key,
                            "values" => value,
                            _ if key == Type::Unknown || value == Type::Unknown => Type::Unknown,
                            _ => Type::Tuple(vec![key, value]),
                        })
                    }
                    Type::Unknown => Some(Type::Unknown),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    pub(super) fn comprehension(&mut self, expr: &Expr, comprehension: &Comprehension, walk: &mut Walk) -> Type {
        let kind = match comprehension.kind {
            ComprehensionKind::List | ComprehensionKind::Generator => SiteKind::List,
            ComprehensionKind::Set => SiteKind::Set,
            ComprehensionKind::Dict => SiteKind::Dict,
        };
        let container = self.site(walk.id, expr.id.0, kind, expr.span);
        for clause in &comprehension.clauses {
            let element = self.iteration_element(&clause.iterable, walk);
            self.bind(&clause.target, &element, walk);
            for condition in &clause.conditions {
                self.condition(condition, walk);
            }
        }
        let element = self.expr(&comprehension.element, walk);
        self.add_element(&container, 0, &element, comprehension.element.span);
        if let Some(value) = &comprehension.value {
            let value_type = self.expr(value, walk);
            self.add_element(&container, 1, &value_type, value.span);
        }
        kind.wrap(container)
    }

    /// Calls a function value (a `def`'s name, a lambda, or one of a few
    /// builtins) with arguments of the given types; the call's resolution is
    /// recorded under `key`.
    pub(super) fn call_value(&mut self, callee: &Expr, key: ExprId, arg_types: Vec<Type>, walk: &mut Walk) -> Type {
        if let ExprKind::Builtin(builtin) = &callee.kind {
            walk.expr_types[callee.id.0 as usize] = Type::Unknown;
            if !matches!(
                builtin,
                Builtin::Len | Builtin::Str | Builtin::Abs | Builtin::Int | Builtin::Float | Builtin::Ord | Builtin::Chr | Builtin::Repr | Builtin::Bool | Builtin::Hash
            ) {
                self.unsupported(format!("passing the builtin `{}` as a function is not supported yet", builtin.name()), callee.span);
                return Type::Unknown;
            }
            if arg_types.len() != 1 {
                self.unsupported(format!("`{}` as a function of {} arguments is not supported", builtin.name(), arg_types.len()), callee.span);
                return Type::Unknown;
            }
            let result = match self.builtin_of_one(*builtin, callee, &arg_types[0]) {
                Ok(t) => t,
                Err(diagnostic) => {
                    self.diagnostics.push(diagnostic);
                    Type::Unknown
                }
            };
            // Codegen reads a builtin key function's result type here.
            walk.expr_types[callee.id.0 as usize] = result.clone();
            return result;
        }
        let callee_type = self.expr(callee, walk);
        // A bound method, or an instance with `__call__`: dispatched on the
        // receiver's class.
        let method = match &callee_type {
            Type::BoundMethod { class, name } => Some((*class, name.clone())),
            Type::Instance { class, .. } => Some((*class, "__call__".to_string())),
            _ => None,
        };
        if let Some((class, name)) = method {
            if arg_types.iter().any(|t| *t == Type::Unknown) {
                return Type::Unknown;
            }
            // The call's resolution is recorded under the callee's own
            // expression, which a call making the object uses already.
            if matches!(callee.kind, ExprKind::Call { .. }) {
                self.unsupported("an object made in place as the function of a built-in is not supported yet (bind it to a variable first)", callee.span);
                return Type::Unknown;
            }
            let (resolution, result) = self.dispatch(ClassId(class), &name, None, &arg_types, &[], &[], callee.span);
            walk.calls.insert(key, resolution);
            return result;
        }
        if !matches!(callee_type, Type::Function(_) | Type::Functions(_) | Type::Closure { .. }) {
            if callee_type != Type::Unknown {
                self.type_error(format!("'{}' object is not callable", callee_type.python_name()), callee.span);
            }
            return Type::Unknown;
        }
        self.call_function_value(key, &callee_type, callee.span, arg_types, &[], &[], walk)
    }

    fn builtin_of_one(&mut self, builtin: Builtin, at: &Expr, argument: &Type) -> Result<Type, Diagnostic> {
        let resolved = self.resolve(argument);
        match builtin {
            Builtin::Len => match resolved {
                Type::Str | Type::Tuple(_) | Type::VarTuple(_) | Type::List(_) | Type::Dict(_) | Type::Set(_) | Type::FrozenSet(_) | Type::Range | Type::DictView(..) => Ok(Type::Int),
                Type::Unknown => Ok(Type::Unknown),
                other => Err(Diagnostic::error(DiagnosticKind::Type, format!("object of type '{}' has no len()", other.python_name()), at.span)),
            },
            Builtin::Repr | Builtin::Str => Ok(Type::Str),
            Builtin::Bool => Ok(Type::Bool),
            Builtin::Hash => Ok(Type::Int),
            _ => super::builtins::call_type(builtin, at, &[], &[resolved], &[], &[]),
        }
    }

    /// Builtins that take or build containers. `None` means the call is not
    /// one of these and the scalar rules apply.
    pub(super) fn container_builtin(&mut self, builtin: Builtin, expr: &Expr, args: &[Expr], keywords: &[Keyword], walk: &mut Walk) -> Option<Type> {
        let name = builtin.name();
        let keyword = |wanted: &str| keywords.iter().find(|k| k.name == wanted);
        let check_keywords = |engine: &mut Engine, allowed: &[&str]| -> bool {
            if let Some(bad) = keywords.iter().find(|k| !allowed.contains(&k.name.as_str())) {
                engine.type_error(format!("'{}' is an invalid keyword argument for {name}()", bad.name), bad.span);
                return false;
            }
            true
        };
        let result = match builtin {
            Builtin::Next => {
                if !check_keywords(self, &[]) {
                    return Some(Type::Unknown);
                }
                let arg_types: Vec<Type> = args.iter().map(|arg| self.expr(arg, walk)).collect();
                let with_default = |engine: &mut Self, element: Type, default: &Type| -> Type {
                    let joined = element.join(default);
                    if joined.contains_union() && !element.contains_union() && !default.contains_union() {
                        engine.diagnostics.push(super::union_diagnostic(
                            format!("this `next` would give a value of the types {joined}"),
                            expr.span,
                            &[(element, args[0].span), (default.clone(), args[1].span)],
                        ));
                        return Type::Unknown;
                    }
                    joined
                };
                match arg_types.as_slice() {
                    [Type::Instance { class, .. }] => self.object_next(expr, expr.span, *class, walk),
                    [Type::Instance { class, .. }, default] => {
                        let item = self.object_next(expr, expr.span, *class, walk);
                        with_default(self, item, default)
                    }
                    [Type::Generator(c)] => self.element(c, 0),
                    [Type::Generator(c), default] => {
                        let element = self.element(c, 0);
                        with_default(self, element, default)
                    }
                    types if types.contains(&Type::Unknown) => Type::Unknown,
                    [other] | [other, _] => {
                        self.type_error(format!("'{}' object is not an iterator", other.python_name()), args[0].span);
                        Type::Unknown
                    }
                    _ => {
                        self.type_error(format!("next expected at most 2 arguments, got {}", args.len()), expr.span);
                        Type::Unknown
                    }
                }
            }
            Builtin::List | Builtin::Set | Builtin::FrozenSet => {
                if !check_keywords(self, &[]) {
                    return Some(Type::Unknown);
                }
                let kind = match builtin {
                    Builtin::List => SiteKind::List,
                    Builtin::Set => SiteKind::Set,
                    _ => SiteKind::FrozenSet,
                };
                let container = self.site(walk.id, expr.id.0, kind, expr.span);
                match args {
                    [] => {}
                    [iterable] => {
                        let element = self.iteration_element(iterable, walk);
                        if element == Type::Unknown && walk.expr_types[iterable.id.0 as usize] == Type::Unknown && !self.is_lazy(iterable) {
                            return Some(Type::Unknown);
                        }
                        self.add_element(&container, 0, &element, iterable.span);
                    }
                    _ => {
                        self.type_error(format!("{name} expected at most 1 argument, got {}", args.len()), expr.span);
                        return Some(Type::Unknown);
                    }
                }
                kind.wrap(container)
            }
            Builtin::Dict => {
                let container = self.site(walk.id, expr.id.0, SiteKind::Dict, expr.span);
                match args {
                    [] => {}
                    [source] => {
                        let source_type = if self.is_lazy(source) { Type::Unknown } else { self.expr(source, walk) };
                        if let Type::Dict(c) = &source_type {
                            let (key, value) = (self.element(c, 0), self.element(c, 1));
                            self.add_element(&container, 0, &key, source.span);
                            self.add_element(&container, 1, &value, source.span);
                            // The copy takes the source's slots as they are.
                            self.share_element_types(&Type::Dict(container.clone()), &source_type);
                        } else {
                            let element = self.iteration_element(source, walk);
                            match element {
                                Type::Tuple(pair) if pair.len() == 2 => {
                                    self.add_element(&container, 0, &pair[0], source.span);
                                    self.add_element(&container, 1, &pair[1], source.span);
                                }
                                Type::Unknown => {}
                                other => {
                                    self.unsupported(format!("`dict()` of an iterable of {other} is not supported; pass pairs"), source.span);
                                    return Some(Type::Unknown);
                                }
                            }
                        }
                    }
                    _ => {
                        self.type_error(format!("dict expected at most 1 argument, got {}", args.len()), expr.span);
                        return Some(Type::Unknown);
                    }
                }
                for keyword in keywords {
                    let value = self.expr(&keyword.value, walk);
                    self.add_element(&container, 0, &Type::Str, keyword.span);
                    self.add_element(&container, 1, &value, keyword.value.span);
                }
                Type::Dict(container)
            }
            Builtin::Tuple => match args {
                [] => Type::Tuple(Vec::new()),
                [value] => {
                    if !self.is_lazy(value) && !matches!(value.kind, ExprKind::Comprehension(_)) {
                        match self.expr(value, walk) {
                            Type::Tuple(members) => return Some(Type::Tuple(members)),
                            Type::VarTuple(element) => return Some(Type::VarTuple(element)),
                            Type::Unknown => return Some(Type::Unknown),
                            _ => {}
                        }
                    }
                    let element = self.iteration_element(value, walk);
                    let exists = self.is_lazy(value) || matches!(value.kind, ExprKind::Comprehension(_)) || walk.expr_types[value.id.0 as usize] != Type::Unknown;
                    if element == Type::Unknown && !exists {
                        Type::Unknown
                    } else {
                        // An iterable that never holds an element gives `()`.
                        Type::VarTuple(Box::new(element))
                    }
                }
                _ => {
                    self.type_error(format!("tuple expected at most 1 argument, got {}", args.len()), expr.span);
                    Type::Unknown
                }
            },
            Builtin::Sorted => {
                if !check_keywords(self, &["key", "reverse"]) || args.len() != 1 {
                    if args.len() != 1 {
                        self.type_error(format!("sorted expected 1 argument, got {}", args.len()), expr.span);
                    }
                    return Some(Type::Unknown);
                }
                let element = self.iteration_element(&args[0], walk);
                let container = self.site(walk.id, expr.id.0, SiteKind::List, expr.span);
                self.add_element(&container, 0, &element, args[0].span);
                self.sort_keywords(keyword("key"), keyword("reverse"), &element, walk);
                Type::List(container)
            }
            Builtin::Sum => {
                if !check_keywords(self, &["start"]) || args.is_empty() || args.len() > 2 {
                    if args.is_empty() || args.len() > 2 {
                        self.type_error(format!("sum() takes at most 2 arguments ({} given)", args.len()), expr.span);
                    }
                    return Some(Type::Unknown);
                }
                let element = self.iteration_element(&args[0], walk);
                let start = match args.get(1).or(keyword("start").map(|k| &k.value)) {
                    Some(start) => self.expr(start, walk),
                    None => Type::Int,
                };
                // An iterable that exists but never holds an element (`sum([])`)
                // sums to the start.
                let iterable_exists = self.is_lazy(&args[0])
                    || matches!(args[0].kind, ExprKind::Comprehension(_))
                    || walk.expr_types[args[0].id.0 as usize] != Type::Unknown;
                let element = if element == Type::Unknown && iterable_exists && self.settled { start.clone() } else { element };
                match (&element, &start) {
                    (Type::Unknown, _) | (_, Type::Unknown) => Type::Unknown,
                    // `sum(lists, [])`: a new list, the start's items then each item's.
                    (Type::List(_), Type::List(_)) => {
                        let joined = start.join(&element);
                        if self.resolve(&joined).contains_union() {
                            self.unsupported("`sum` of lists of another element type than the start's is not supported yet", expr.span);
                            return Some(Type::Unknown);
                        }
                        joined
                    }
                    (Type::Int | Type::Bool, Type::Int | Type::Bool) => Type::Int,
                    (Type::Float, Type::Int | Type::Bool | Type::Float) | (Type::Int | Type::Bool, Type::Float) => Type::Float,
                    // Items of the dynamic tier: added by the runtime, which
                    // raises for those that cannot be added; the total is a
                    // number (an int or a float, boxed when it may be either).
                    (element, Type::Int | Type::Bool | Type::Float) if element.is_dynamic() => {
                        let mut total = if start == Type::Bool { Type::Int } else { start.clone() };
                        for _ in 0..3 {
                            if let crate::operators::Outcome::Value(next) = crate::operators::binary(BinaryOp::Add, &total, element, crate::operators::ExponentSign::Unknown) {
                                total = total.join(&next);
                            }
                        }
                        if !(matches!(total, Type::Int | Type::Float) || total.members().iter().all(|t| matches!(t, Type::Int | Type::Float))) {
                            self.unsupported(format!("`sum` of {element} values that may give a total of the types {total} is not supported yet"), expr.span);
                            return Some(Type::Unknown);
                        }
                        total
                    }
                    // CPython objects: added by CPython, from the start on.
                    (Type::Foreign, start) if start.crosses_by_conversion() => Type::Foreign,
                    (element, start) => {
                        self.unsupported(format!("`sum` of {element} values with a start of type {start} is not supported yet"), expr.span);
                        Type::Unknown
                    }
                }
            }
            Builtin::Any | Builtin::All => {
                if args.len() != 1 || !keywords.is_empty() {
                    self.type_error(format!("{name}() takes exactly one argument ({} given)", args.len()), expr.span);
                    return Some(Type::Unknown);
                }
                let element = self.iteration_element(&args[0], walk);
                if element == Type::Unknown && !self.is_lazy(&args[0]) && walk.expr_types[args[0].id.0 as usize] == Type::Unknown {
                    return Some(Type::Unknown);
                }
                Type::Bool
            }
            Builtin::Min | Builtin::Max => {
                if !check_keywords(self, &["key", "default"]) {
                    return Some(Type::Unknown);
                }
                if args.len() == 1 {
                    let element = self.iteration_element(&args[0], walk);
                    let mut result = element.clone();
                    if let Some(default) = keyword("default") {
                        let default_type = self.expr(&default.value, walk);
                        result = result.join(&default_type);
                        if result.contains_union() {
                            self.diagnostics.push(
                                Diagnostic::error(DiagnosticKind::Type, format!("`{name}` may return the types {result}"), expr.span)
                                    .with_secondary(default.value.span, format!("the default is {default_type}")),
                            );
                            return Some(Type::Unknown);
                        }
                    }
                    let mut compared = element.clone();
                    if let Some(key) = keyword("key") {
                        if element != Type::Unknown {
                            compared = self.call_value(&key.value, key.value.id, vec![element.clone()], walk);
                        }
                    }
                    self.compare_instances_of(builtin, &compared, expr, walk);
                    result
                } else if args.len() >= 2 && (keyword("key").is_some() || args.iter().any(|a| !matches!(a.kind, ExprKind::Int(_) | ExprKind::Float(_)))) {
                    if keyword("default").is_some() {
                        self.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments"), expr.span);
                        return Some(Type::Unknown);
                    }
                    let types: Vec<Type> = args.iter().map(|arg| self.expr(arg, walk)).collect();
                    if types.contains(&Type::Unknown) {
                        return Some(Type::Unknown);
                    }
                    let joined = types.iter().fold(Type::Unknown, |joined, t| joined.join(t));
                    if keyword("key").is_none() && matches!(joined, Type::Int | Type::Float | Type::Str | Type::Bool) {
                        return None;
                    }
                    if self.resolve(&joined).contains_union() {
                        return None;
                    }
                    let mut compared = joined.clone();
                    if let Some(key) = keyword("key") {
                        compared = self.call_value(&key.value, key.value.id, vec![joined.clone()], walk);
                    }
                    self.compare_instances_of(builtin, &compared, expr, walk);
                    joined
                } else {
                    return None;
                }
            }
            Builtin::Len => {
                if args.len() != 1 || !keywords.is_empty() {
                    return None;
                }
                let value = self.expr(&args[0], walk);
                match value {
                    Type::List(_) | Type::Dict(_) | Type::Set(_) | Type::FrozenSet(_) | Type::Range | Type::VarTuple(_) | Type::DictView(..) => Type::Int,
                    _ => return None,
                }
            }
            Builtin::Range => {
                if !keywords.is_empty() {
                    self.type_error("range() takes no keyword arguments", expr.span);
                    return Some(Type::Unknown);
                }
                if args.is_empty() || args.len() > 3 {
                    self.type_error(format!("range expected at least 1 argument, got {}", args.len()), expr.span);
                    return Some(Type::Unknown);
                }
                if self.range_arguments(args, true, walk) {
                    Type::Range
                } else {
                    Type::Unknown
                }
            }
            Builtin::IsInstance => {
                if args.len() != 2 {
                    self.type_error(format!("isinstance expected 2 arguments, got {}", args.len()), expr.span);
                    return Some(Type::Unknown);
                }
                let value = self.expr(&args[0], walk);
                let classes: Vec<&Expr> = match &args[1].kind {
                    ExprKind::Tuple(members) => members.iter().collect(),
                    _ => vec![&args[1]],
                };
                for class in classes {
                    walk.expr_types[class.id.0 as usize] = Type::Unknown;
                    if let ExprKind::Variable(Variable::Global(global)) = class.kind {
                        if matches!(self.program.global(global).kind, GlobalKind::Class(_)) {
                            continue;
                        }
                    }
                    if !matches!(
                        class.kind,
                        ExprKind::Builtin(
                            Builtin::Int
                                | Builtin::Float
                                | Builtin::Str
                                | Builtin::Bool
                                | Builtin::List
                                | Builtin::Tuple
                                | Builtin::Dict
                                | Builtin::Set
                                | Builtin::FrozenSet
                                | Builtin::Range
                        )
                    ) {
                        self.unsupported("`isinstance` with a class other than a built-in type is not supported yet", class.span);
                        return Some(Type::Unknown);
                    }
                }
                walk.expr_types[args[1].id.0 as usize] = Type::Unknown;
                if value == Type::Unknown {
                    Type::Unknown
                } else {
                    Type::Bool
                }
            }
            Builtin::IsSubclass => {
                // `issubclass(C, D)` of the program's classes.
                if args.len() != 2 || !keywords.is_empty() {
                    self.type_error(format!("issubclass expected 2 arguments, got {}", args.len()), expr.span);
                    return Some(Type::Unknown);
                }
                let value = self.expr(&args[0], walk);
                if !matches!(value, Type::Class { .. } | Type::Unknown) {
                    self.unsupported(format!("`issubclass` of a {value} is not supported yet (a class of the program is)"), args[0].span);
                    return Some(Type::Unknown);
                }
                let classes: Vec<&Expr> = match &args[1].kind {
                    ExprKind::Tuple(members) => members.iter().collect(),
                    _ => vec![&args[1]],
                };
                for class in classes {
                    walk.expr_types[class.id.0 as usize] = Type::Unknown;
                    let is_class = matches!(class.kind, ExprKind::Variable(Variable::Global(global)) if matches!(self.program.global(global).kind, GlobalKind::Class(_)));
                    if !is_class {
                        self.unsupported("`issubclass` with something other than classes of the program is not supported yet", class.span);
                        return Some(Type::Unknown);
                    }
                }
                walk.expr_types[args[1].id.0 as usize] = Type::Unknown;
                if value == Type::Unknown {
                    Type::Unknown
                } else {
                    Type::Bool
                }
            }
            Builtin::Hash | Builtin::Repr => {
                if args.len() != 1 || !keywords.is_empty() {
                    self.type_error(format!("{name}() takes exactly one argument ({} given)", args.len()), expr.span);
                    return Some(Type::Unknown);
                }
                let value = self.expr(&args[0], walk);
                if value == Type::Unknown {
                    return Some(Type::Unknown);
                }
                if builtin == Builtin::Hash {
                    if let Type::List(_) | Type::Dict(_) | Type::Set(_) = value {
                        self.type_error(format!("unhashable type: '{}'", value.python_name()), expr.span);
                        return Some(Type::Unknown);
                    }
                    Type::Int
                } else {
                    Type::Str
                }
            }
            Builtin::Enumerate | Builtin::Zip | Builtin::Reversed | Builtin::Map | Builtin::Filter => {
                self.unsupported(
                    format!("`{name}(...)` is only supported where it is iterated at once (a `for` loop, a comprehension, or an argument of list/sorted/sum/...)"),
                    expr.span,
                );
                Type::Unknown
            }
            _ => return None,
        };
        Some(result)
    }

    /// `min`/`max` of instances (or by keys that are instances) compare
    /// them with their special methods, as `item < best` (`>` for max):
    /// the calls are keyed by the builtin's call.
    fn compare_instances_of(&mut self, builtin: Builtin, compared: &Type, call: &Expr, walk: &mut Walk) {
        if self.resolve(compared).contains_foreign() {
            self.unsupported(format!("`{}` comparing CPython objects natively is not supported yet", builtin.name()), call.span);
            return;
        }
        if let Type::Instance { .. } = compared {
            let op = if builtin == Builtin::Min { CompareOp::Lt } else { CompareOp::Gt };
            self.object_compare(op, compared, compared, call, call.span, walk);
        }
    }

    pub(super) fn is_lazy(&self, expr: &Expr) -> bool {
        match &expr.kind {
            ExprKind::Call { callee, .. } => match &callee.kind {
                ExprKind::Builtin(b) => matches!(b, Builtin::Enumerate | Builtin::Zip | Builtin::Reversed | Builtin::Map | Builtin::Filter),
                ExprKind::Attribute { name, .. } => matches!(name.as_str(), "items" | "keys" | "values"),
                _ => false,
            },
            _ => false,
        }
    }

    fn sort_keywords(&mut self, key: Option<&Keyword>, reverse: Option<&Keyword>, element: &Type, walk: &mut Walk) {
        if let Some(key) = key {
            if !matches!(key.value.kind, ExprKind::None) && *element != Type::Unknown {
                self.call_value(&key.value, key.value.id, vec![element.clone()], walk);
            }
        }
        if let Some(reverse) = reverse {
            self.condition(&reverse.value, walk);
        }
    }

    /// Method calls on containers and the str methods that make or take lists.
    pub(super) fn container_method(&mut self, expr: &Expr, receiver: &Type, name: &str, args: &[Expr], keywords: &[Keyword], walk: &mut Walk) -> Type {
        if *receiver == Type::Unknown {
            for arg in args {
                self.expr(arg, walk);
            }
            return Type::Unknown;
        }
        let method = format!("{}.{name}", receiver.python_name());
        // Methods whose argument is iterated (and so may be lazy) come first.
        match (receiver, name) {
            (Type::List(c), "extend") | (Type::Set(c), "update") if args.len() == 1 && keywords.is_empty() => {
                let element = self.iteration_element(&args[0], walk);
                self.add_element(c, 0, &element, args[0].span);
                let source = walk.expr_types[args[0].id.0 as usize].clone();
                self.share_element_types(receiver, &source);
                return Type::None;
            }
            (Type::Str, "join") if args.len() == 1 && keywords.is_empty() => {
                let element = self.iteration_element(&args[0], walk);
                let exists = self.is_lazy(&args[0]) || matches!(args[0].kind, ExprKind::Comprehension(_)) || walk.expr_types[args[0].id.0 as usize] != Type::Unknown;
                return match element {
                    Type::Str => Type::Str,
                    // CPython objects: the VM checks each is a str as it joins.
                    Type::Foreign => Type::Str,
                    // Joining an iterable that never holds an element gives "".
                    Type::Unknown if exists => Type::Str,
                    Type::Unknown => Type::Unknown,
                    other => {
                        self.type_error(format!("sequence item 0: expected str instance, {} found", other.python_name()), args[0].span);
                        Type::Unknown
                    }
                };
            }
            (Type::List(c), "sort") if args.is_empty() => {
                let element = self.element(c, 0);
                if let Some(bad) = keywords.iter().find(|k| k.name != "key" && k.name != "reverse") {
                    self.type_error(format!("'{}' is an invalid keyword argument for sort()", bad.name), bad.span);
                    return Type::Unknown;
                }
                let key = keywords.iter().find(|k| k.name == "key");
                let reverse = keywords.iter().find(|k| k.name == "reverse");
                if key.is_none() && self.resolve(&element).contains_foreign() {
                    // Which pair a failing comparison names depends on the
                    // order CPython's sort compares in.
                    self.unsupported("sorting CPython objects in place is not supported yet", expr.span);
                    return Type::Unknown;
                }
                self.sort_keywords(key, reverse, &element, walk);
                return Type::None;
            }
            _ => {}
        }
        let arg_types: Vec<Type> = args.iter().map(|arg| self.expr(arg, walk)).collect();
        let keyword_types: Vec<Type> = keywords.iter().map(|k| self.expr(&k.value, walk)).collect();
        if arg_types.contains(&Type::Unknown) || keyword_types.contains(&Type::Unknown) {
            return Type::Unknown;
        }
        let span = expr.span;
        let count = args.len();
        let arity = |engine: &mut Engine, min: usize, max: usize| -> bool {
            if count < min || count > max {
                let message = if min == max {
                    match min {
                        0 => format!("{method}() takes no arguments ({count} given)"),
                        1 => format!("{method}() takes exactly one argument ({count} given)"),
                        _ => format!("{method}() takes exactly {min} arguments ({count} given)"),
                    }
                } else {
                    format!("{method} expected at most {max} arguments, got {count}")
                };
                engine.type_error(message, span);
                return false;
            }
            true
        };
        let int_like = |t: &Type| matches!(t, Type::Int | Type::Bool);
        if !keywords.is_empty() && !(matches!(receiver, Type::Str) && matches!(name, "split" | "rsplit" | "splitlines")) {
            self.unsupported(format!("keyword arguments to `{method}` are not supported yet"), span);
            return Type::Unknown;
        }
        match receiver {
            Type::Str => match name {
                "split" | "rsplit" => {
                    let mut separator = arg_types.first().cloned();
                    let mut max_split = arg_types.get(1).cloned();
                    for (keyword, keyword_type) in keywords.iter().zip(&keyword_types) {
                        match keyword.name.as_str() {
                            "sep" => separator = Some(keyword_type.clone()),
                            "maxsplit" => max_split = Some(keyword_type.clone()),
                            other => {
                                self.type_error(format!("'{other}' is an invalid keyword argument for {name}()"), keyword.span);
                                return Type::Unknown;
                            }
                        }
                    }
                    if count > 2 {
                        self.type_error(format!("{name}() takes at most 2 arguments ({count} given)"), span);
                        return Type::Unknown;
                    }
                    if !matches!(separator, None | Some(Type::Str) | Some(Type::None)) {
                        self.type_error(format!("must be str or None, not {}", separator.unwrap().python_name()), span);
                        return Type::Unknown;
                    }
                    if !matches!(max_split, None | Some(Type::Int) | Some(Type::Bool)) {
                        self.type_error(format!("'{}' object cannot be interpreted as an integer", max_split.unwrap().python_name()), span);
                        return Type::Unknown;
                    }
                    let container = self.site(walk.id, expr.id.0, SiteKind::List, span);
                    self.add_element(&container, 0, &Type::Str, span);
                    Type::List(container)
                }
                "splitlines" => {
                    if count > 1 {
                        self.type_error(format!("splitlines() takes at most 1 argument ({count} given)"), span);
                        return Type::Unknown;
                    }
                    if let Some(bad) = keywords.iter().find(|k| k.name != "keepends") {
                        self.type_error(format!("'{}' is an invalid keyword argument for splitlines()", bad.name), bad.span);
                        return Type::Unknown;
                    }
                    let container = self.site(walk.id, expr.id.0, SiteKind::List, span);
                    self.add_element(&container, 0, &Type::Str, span);
                    Type::List(container)
                }
                "partition" | "rpartition" => {
                    if !arity(self, 1, 1) {
                        return Type::Unknown;
                    }
                    if arg_types[0] != Type::Str {
                        self.type_error(format!("must be str, not {}", arg_types[0].python_name()), span);
                        return Type::Unknown;
                    }
                    Type::Tuple(vec![Type::Str, Type::Str, Type::Str])
                }
                _ => {
                    self.type_error(format!("{method}() takes exactly one argument ({count} given)"), span);
                    Type::Unknown
                }
            },
            Type::List(c) => {
                let element = self.element(c, 0);
                match name {
                    "append" => {
                        if arity(self, 1, 1) {
                            self.add_element(c, 0, &arg_types[0], args[0].span);
                        }
                        Type::None
                    }
                    "insert" => {
                        if arity(self, 2, 2) {
                            if !int_like(&arg_types[0]) {
                                self.type_error(format!("'{}' object cannot be interpreted as an integer", arg_types[0].python_name()), span);
                            }
                            self.add_element(c, 0, &arg_types[1], args[1].span);
                        }
                        Type::None
                    }
                    "pop" => {
                        if !arity(self, 0, 1) {
                            return Type::Unknown;
                        }
                        if count == 1 && !int_like(&arg_types[0]) {
                            self.type_error(format!("'{}' object cannot be interpreted as an integer", arg_types[0].python_name()), span);
                            return Type::Unknown;
                        }
                        element
                    }
                    "remove" | "count" => {
                        if !arity(self, 1, 1) || !self.check_same_type(&element, &arg_types[0], "looking for", span) {
                            return Type::Unknown;
                        }
                        if name == "count" {
                            Type::Int
                        } else {
                            Type::None
                        }
                    }
                    "index" => {
                        if !arity(self, 1, 3) || !self.check_same_type(&element, &arg_types[0], "looking for", span) {
                            return Type::Unknown;
                        }
                        if arg_types[1..].iter().any(|t| !int_like(t)) {
                            self.type_error("slice indices must be integers or have an __index__ method", span);
                            return Type::Unknown;
                        }
                        Type::Int
                    }
                    "reverse" | "clear" => {
                        arity(self, 0, 0);
                        Type::None
                    }
                    "copy" => {
                        arity(self, 0, 0);
                        receiver.clone()
                    }
                    _ => {
                        self.unsupported(format!("the list method `{name}` is not supported yet"), span);
                        Type::Unknown
                    }
                }
            }
            Type::Dict(c) => {
                if matches!(name, "get" | "pop") && !arg_types.is_empty() {
                    self.foreign_probe_joins_keys(c, &arg_types[0], span);
                }
                let (key, value) = (self.element(c, 0), self.element(c, 1));
                match name {
                    "get" | "pop" => {
                        let (min, max) = (1, 2);
                        if !arity(self, min, max) || !self.check_same_type(&key, &arg_types[0], "looking up", span) {
                            return Type::Unknown;
                        }
                        match arg_types.get(1) {
                            Some(default) => {
                                let joined = value.join(default);
                                // `get` boxes either side where they differ;
                                // `pop` and `setdefault` return one slot from
                                // the runtime, so a default must have the
                                // values' representation.
                                let resolved_value = self.resolve(&value);
                                let boxes_default = name == "get" || resolved_value.is_dynamic() || self.resolve(&joined) == resolved_value;
                                if self.resolve(&joined).contains_union() || !boxes_default {
                                    self.diagnostics.push(
                                        Diagnostic::error(DiagnosticKind::Type, format!("`dict.{name}` may return the types {}", self.resolve(&joined)), span)
                                            .with_secondary(args[1].span, format!("the default is {}", self.resolve(default))),
                                    );
                                    return Type::Unknown;
                                }
                                joined
                            }
                            None if name == "get" => {
                                if value == Type::Unknown {
                                    // A dict that never holds a value: get() can only give None.
                                    return Type::None;
                                }
                                // The value or None: an instance that may be
                                // None, or a value of the dynamic tier.
                                let joined = self.resolve(&value).join(&Type::None);
                                if !joined.contains_union() {
                                    return joined;
                                }
                                self.diagnostics.push(
                                    Diagnostic::error(DiagnosticKind::Type, format!("`dict.get` without a default may return the types {} | None", self.resolve(&value)), span)
                                        .with_note("pass a default of the value type, e.g. `d.get(key, 0)`; the dynamic tier does not box this value type yet"),
                                );
                                Type::Unknown
                            }
                            None => value,
                        }
                    }
                    "setdefault" => {
                        if !arity(self, 2, 2) {
                            return Type::Unknown;
                        }
                        self.add_element(c, 0, &arg_types[0], args[0].span);
                        self.add_element(c, 1, &arg_types[1], args[1].span);
                        self.element(c, 1)
                    }
                    "popitem" => {
                        if !arity(self, 0, 0) || key == Type::Unknown || value == Type::Unknown {
                            return Type::Unknown;
                        }
                        Type::Tuple(vec![key, value])
                    }
                    "update" => {
                        if !arity(self, 1, 1) {
                            return Type::Unknown;
                        }
                        match &arg_types[0] {
                            Type::Dict(other) => {
                                let (other_key, other_value) = (self.element(other, 0), self.element(other, 1));
                                self.add_element(c, 0, &other_key, args[0].span);
                                self.add_element(c, 1, &other_value, args[0].span);
                                let source = arg_types[0].clone();
                                self.share_element_types(receiver, &source);
                                Type::None
                            }
                            other => match self.element_of_iterable(other, span) {
                                // An iterable of key-value pairs.
                                Type::Tuple(pair) if pair.len() == 2 => {
                                    self.add_element(c, 0, &pair[0], args[0].span);
                                    self.add_element(c, 1, &pair[1], args[0].span);
                                    Type::None
                                }
                                Type::Unknown => Type::Unknown,
                                element => {
                                    self.type_error(format!("cannot convert dictionary update sequence element #0 of type {} to a sequence of pairs", element.python_name()), span);
                                    Type::Unknown
                                }
                            },
                        }
                    }
                    "copy" => {
                        arity(self, 0, 0);
                        receiver.clone()
                    }
                    "clear" => {
                        arity(self, 0, 0);
                        Type::None
                    }
                    "items" | "keys" | "values" => {
                        if !arity(self, 0, 0) {
                            return Type::Unknown;
                        }
                        let mode = match name {
                            "keys" => 0,
                            "values" => 1,
                            _ => 2,
                        };
                        Type::DictView(mode, c.clone())
                    }
                    _ => {
                        self.unsupported(format!("the dict method `{name}` is not supported yet"), span);
                        Type::Unknown
                    }
                }
            }
            Type::Set(c) | Type::FrozenSet(c) => {
                let element = self.element(c, 0);
                let frozen = matches!(receiver, Type::FrozenSet(_));
                match name {
                    "add" if !frozen => {
                        if arity(self, 1, 1) {
                            self.add_element(c, 0, &arg_types[0], args[0].span);
                        }
                        Type::None
                    }
                    "discard" | "remove" if !frozen => {
                        if arity(self, 1, 1) {
                            self.check_same_type(&element, &arg_types[0], "looking for", span);
                        }
                        Type::None
                    }
                    "pop" if !frozen => {
                        arity(self, 0, 0);
                        element
                    }
                    "clear" if !frozen => {
                        arity(self, 0, 0);
                        Type::None
                    }
                    "copy" => {
                        arity(self, 0, 0);
                        receiver.clone()
                    }
                    "difference_update" | "symmetric_difference_update" | "intersection_update" if !frozen => {
                        let (min, max) = if name == "symmetric_difference_update" { (1, 1) } else { (1, usize::MAX) };
                        if !arity(self, min, max) {
                            return Type::Unknown;
                        }
                        for (index, other) in arg_types.iter().enumerate() {
                            let other_element = match other {
                                Type::Set(o) | Type::FrozenSet(o) => self.element(o, 0),
                                other if name == "intersection_update" => {
                                    self.unsupported(
                                        format!("`set.intersection_update` with a {} is not supported yet; pass a set", other.python_name()),
                                        args[index].span,
                                    );
                                    return Type::Unknown;
                                }
                                other => self.element_of_iterable(other, span),
                            };
                            if !self.check_same_type(&element, &other_element, "combining", span) {
                                return Type::Unknown;
                            }
                        }
                        Type::None
                    }
                    "union" | "intersection" | "difference" if count > 1 => {
                        for other in &arg_types {
                            let other_element = match other {
                                Type::Set(o) | Type::FrozenSet(o) => self.element(o, 0),
                                other => self.element_of_iterable(other, span),
                            };
                            if !self.check_same_type(&element, &other_element, "combining", span) {
                                return Type::Unknown;
                            }
                            if name == "union" {
                                self.add_element(c, 0, &other_element, span);
                            }
                        }
                        receiver.clone()
                    }
                    "union" | "intersection" | "difference" | "symmetric_difference" | "issubset" | "issuperset" | "isdisjoint" => {
                        if !arity(self, 1, 1) {
                            return Type::Unknown;
                        }
                        let other = &arg_types[0];
                        // Any iterable is accepted, as in CPython.
                        let other_element = match other {
                            Type::Set(o) | Type::FrozenSet(o) => self.element(o, 0),
                            other => self.element_of_iterable(other, span),
                        };
                        if !self.check_same_type(&element, &other_element, "combining", span) {
                            return Type::Unknown;
                        }
                        if matches!(name, "union" | "symmetric_difference") {
                            // The result holds the argument's elements too.
                            self.add_element(c, 0, &other_element, span);
                        }
                        match name {
                            "issubset" | "issuperset" | "isdisjoint" => Type::Bool,
                            _ => {
                                let mut result = c.clone();
                                let same_kind = matches!((receiver, other), (Type::Set(_), Type::Set(_)) | (Type::FrozenSet(_), Type::FrozenSet(_)));
                                if let (true, Some(o)) = (same_kind, other.container()) {
                                    result.sites.extend(o.sites.iter().copied());
                                    result.sites.sort_unstable();
                                    result.sites.dedup();
                                }
                                if frozen {
                                    Type::FrozenSet(result)
                                } else {
                                    Type::Set(result)
                                }
                            }
                        }
                    }
                    _ => {
                        self.unsupported(format!("the {} method `{name}` is not supported yet", receiver.python_name()), span);
                        Type::Unknown
                    }
                }
            }
            Type::VarTuple(element) if name == "count" || name == "index" => {
                if !arity(self, 1, 1) || !self.check_same_type(element, &arg_types[0], "looking for", span) {
                    return Type::Unknown;
                }
                Type::Int
            }
            Type::Tuple(members) if name == "count" || name == "index" => {
                let joined = members.iter().fold(Type::Unknown, |joined, m| joined.join(m));
                if !arity(self, 1, 1) || !self.check_same_type(&joined, &arg_types[0], "looking for", span) {
                    return Type::Unknown;
                }
                Type::Int
            }
            other => {
                self.unsupported(format!("methods of {} values are not supported yet", other.python_name()), span);
                Type::Unknown
            }
        }
    }
}

/// The member indices `members[start:stop:step]` selects, by CPython's rules.
pub fn slice_indices(length: i64, start: Option<i64>, stop: Option<i64>, step: i64) -> Option<Vec<usize>> {
    if step == 0 {
        return None;
    }
    let adjust = |bound: Option<i64>, default: i64, low: i64, high: i64| match bound {
        None => default,
        Some(value) if value < 0 => (value + length).max(low),
        Some(value) => value.min(high),
    };
    let (start, stop) = if step > 0 {
        (adjust(start, 0, 0, length), adjust(stop, length, 0, length))
    } else {
        (adjust(start, length - 1, -1, length - 1), adjust(stop, -1, -1, length - 1))
    };
    let mut indices = Vec::new();
    let mut index = start;
    while (step > 0 && index < stop) || (step < 0 && index > stop) {
        indices.push(index as usize);
        index += step;
    }
    Some(indices)
}

/// What slot `slot` of a container site holds, for messages.
fn site_slot_description(kind: SiteKind, slot: usize) -> &'static str {
    match (kind, slot) {
        (SiteKind::Dict, 0) => "the keys of this dict",
        (SiteKind::Dict, _) => "the values of this dict",
        (SiteKind::Generator, 0) => "the values this generator yields",
        (SiteKind::Generator, _) => "the values this generator returns",
        (SiteKind::List, _) => "the elements of this list",
        (SiteKind::Set, _) => "the elements of this set",
        _ => "the elements of this frozenset",
    }
}
