//! The fixpoint: instances, call binding and the typing walk over function bodies.
//!
//! Each round re-analyses every instance in creation order; a round that changes
//! no type and creates no instance ends the analysis. Local variable types are
//! flow-insensitive within an instance (the join of everything assigned to the
//! variable), which is what lets a variable have one machine representation.
//! Everything iterates over vectors and `IndexMap`s in creation order, so the
//! result, and the IR made from it, is the same on every run.

use crate::classes::ClassTable;
use crate::operators::{self, ExponentSign, Outcome};
pub use objects::{function_name_attribute, in_place_method, is_class_name_attribute, unary_method, Dunder, BASE_EXCEPTION, EXCEPTION_ARGS_FIELD, EXCEPTION_STR_FIELD, PROTOCOL_METHODS};
use crate::types::{Container, Type};
use indexmap::{IndexMap, IndexSet};
use petgraph::algo::tarjan_scc;
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::HashMap;
use taipan_parser_bridge::hir::*;
use taipan_parser_bridge::source::Span;
use taipan_parser_bridge::{Diagnostic, DiagnosticKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct InstanceId(pub u32);

/// One specialisation of a function to a tuple of argument types.
#[derive(Debug, Clone)]
pub struct Instance {
    pub function: FunctionId,
    /// For a closure's instance: the instance of the enclosing function
    /// whose frame the closure's environment is.
    pub environment: Option<InstanceId>,
    pub arg_types: Vec<Type>,
    pub local_types: Vec<Type>,
    pub return_type: Type,
    /// Indexed by `ExprId`.
    pub expr_types: Vec<Type>,
    /// For every call of a user function: which instance, and how arguments bind.
    pub calls: IndexMap<ExprId, CallResolution>,
    /// Special methods that operations on instances call (`a + b` calling
    /// `__add__`), keyed by the expression and the kind of use.
    pub dunder_calls: IndexMap<(ExprId, Dunder), CallResolution>,
    /// The conditions of `if` statements without `else` whose body leaves
    /// (returns, raises, breaks, continues) and whose test the types decide
    /// true here (`if x is None: return` with `x` typed None): the rest of
    /// their block never runs in this instance, so it is neither typed nor
    /// emitted.
    pub decided_conditions: IndexSet<ExprId>,
    /// A unique, readable symbol name (`fib`, or `scale$float` when a function
    /// has several instances).
    pub symbol: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CallResolution {
    Bound { callee: InstanceId, params: Vec<ArgumentSource> },
    /// CPython raises `TypeError` with this message once the arguments are evaluated.
    TypeError(String),
    /// CPython raises `AttributeError` with this message.
    AttributeError(String),
    /// A method chosen by the receiver's run-time class: each target serves
    /// the classes it lists. A class no target lists has no such method
    /// (AttributeError).
    Dispatch { targets: Vec<MethodTarget> },
    /// `C(args)`: a new instance of `class`, then `__init__` if C has one.
    /// An exception class also records its positional arguments as the
    /// exception's args first (as `BaseException.__new__` does).
    Construct { class: ClassId, init: Option<Box<CallResolution>> },
    /// `cls(args)` of a class held in a variable: one `Construct` per class
    /// the value may be, chosen by the class's id at run time.
    ConstructAny { targets: Vec<CallResolution> },
    /// `Color(value)` of an `Enum` class: the member whose value equals the
    /// argument, else CPython's ValueError.
    EnumLookup { class: ClassId },
    /// A call of a `Type::Functions` value: the call of each function it
    /// may be, chosen by the function's id at run time.
    FunctionDispatch { targets: Vec<(FunctionId, CallResolution)> },
    /// `BaseException.__init__(self, *args)` reached through `super()` or
    /// the class: the positional arguments become the exception's args.
    /// The receiver is the `super()` receiver, or else the first argument.
    SetExceptionArgs,
    /// `super().__init__()` reaching `object.__init__`, which does nothing.
    ObjectInit,
    /// Some argument never produces a value: the call is not reached.
    NotReached,
    /// A call of a box of the dynamic tier that may hold one of several
    /// bound methods (each member type a `Type::BoundMethod`): the
    /// method's `Dispatch`, chosen by the box's descriptor. A box of
    /// another value raises TypeError (not callable).
    BoxedMethods { targets: Vec<(Type, CallResolution)> },
}

#[derive(Debug, Clone, PartialEq)]
pub struct MethodTarget {
    /// The run-time classes whose MRO resolves the name to this method.
    pub classes: Vec<ClassId>,
    /// `Bound` (the receiver is `ArgumentSource::Receiver`), or the
    /// `TypeError` binding the arguments raises.
    pub resolution: CallResolution,
}

impl CallResolution {
    /// Every instance this resolution may call.
    pub fn callees(&self) -> Vec<InstanceId> {
        match self {
            CallResolution::Bound { callee, .. } => vec![*callee],
            CallResolution::Dispatch { targets } => targets.iter().flat_map(|target| target.resolution.callees()).collect(),
            CallResolution::Construct { init: Some(init), .. } => init.callees(),
            CallResolution::ConstructAny { targets } => targets.iter().flat_map(|target| target.callees()).collect(),
            CallResolution::FunctionDispatch { targets } => targets.iter().flat_map(|(_, target)| target.callees()).collect(),
            CallResolution::BoxedMethods { targets } => targets.iter().flat_map(|(_, target)| target.callees()).collect(),
            _ => Vec::new(),
        }
    }

    /// The same resolution with every callee renamed by `rename`.
    pub fn map_callees(self, rename: &dyn Fn(InstanceId) -> InstanceId) -> CallResolution {
        match self {
            CallResolution::Bound { callee, params } => CallResolution::Bound { callee: rename(callee), params },
            CallResolution::Dispatch { targets } => CallResolution::Dispatch {
                targets: targets
                    .into_iter()
                    .map(|target| MethodTarget { classes: target.classes, resolution: target.resolution.map_callees(rename) })
                    .collect(),
            },
            CallResolution::Construct { class, init } => {
                CallResolution::Construct { class, init: init.map(|init| Box::new(init.map_callees(rename))) }
            }
            CallResolution::ConstructAny { targets } => {
                CallResolution::ConstructAny { targets: targets.into_iter().map(|target| target.map_callees(rename)).collect() }
            }
            CallResolution::FunctionDispatch { targets } => CallResolution::FunctionDispatch {
                targets: targets.into_iter().map(|(function, target)| (function, target.map_callees(rename))).collect(),
            },
            CallResolution::BoxedMethods { targets } => CallResolution::BoxedMethods {
                targets: targets.into_iter().map(|(method, target)| (method, target.map_callees(rename))).collect(),
            },
            other => other,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgumentSource {
    /// A positional argument, by its index among the call's positional
    /// arguments once each `*tuple` argument is spread into its members.
    Positional(usize),
    Keyword(usize),
    /// The value the `def` statement stored for this parameter.
    Default,
    /// The instance a method is called on (or the object `C()` makes).
    Receiver,
    /// `*args`: these positional arguments, as a tuple.
    VarPositional(Vec<usize>),
    /// `**kwargs`: these keyword arguments (name, keyword index), then the
    /// rest of the `**mapping` keyword argument `mapping`, as a dict.
    VarKeyword { named: Vec<(String, usize)>, mapping: Option<usize> },
    /// Looked up by the parameter's name in the `**mapping` keyword
    /// argument `mapping` at run time; when absent, the default (or
    /// CPython's TypeError for a required parameter).
    FromMapping { mapping: usize },
    /// Item `index` of the `*sequence` (of run-time length) that is
    /// positional argument `position`; when the sequence is shorter, the
    /// default (or CPython's TypeError for a required parameter).
    FromSpread { position: usize, index: usize },
    /// `*args` given these positional arguments, then the items of the
    /// `*sequence` at positional argument `spread` from item `from` on.
    VarPositionalSpread { fixed: Vec<usize>, spread: usize, from: usize },
    /// Not a parameter (it follows them): the `*sequence` at positional
    /// argument `position` may have at most `consumed` items, else
    /// CPython's TypeError, `prefix` followed by the number of positional
    /// arguments (`fixed` plus the sequence's length) "were given".
    SpreadLimit { position: usize, consumed: usize, fixed: usize, prefix: String },
    /// Not a parameter (it follows them): the keys of the `**mapping`
    /// keyword argument `mapping` must name parameters in `allowed` (any,
    /// when None: the function has `**kwargs`) and none given already, by
    /// position or by keyword; else CPython's TypeError.
    MappingCheck { mapping: usize, allowed: Option<Vec<String>>, positional: Vec<String>, keywords: Vec<String> },
}

#[derive(Debug)]
pub struct TypedProgram {
    pub instances: Vec<Instance>,
    pub global_types: Vec<Type>,
    /// The type of each parameter default, keyed by (function, parameter index).
    pub default_types: IndexMap<(FunctionId, usize), Type>,
    pub main_instance: InstanceId,
    pub rounds: usize,
    /// The class hierarchy: MROs, subclasses, families.
    pub class_table: ClassTable,
    /// Per class family: each instance attribute's type, in first-assignment
    /// order (the object layout).
    pub fields: Vec<IndexMap<String, Type>>,
    /// Per class: whether the program constructs instances of it.
    pub instantiated: Vec<bool>,
    /// The special methods the runtime calls through class descriptors
    /// (`__repr__`, `__str__`), per constructed class, as its MRO resolves them.
    pub protocol: IndexMap<(ClassId, &'static str), InstanceId>,
    /// The final id of each instance the engine made (`Type::Closure`
    /// names environments by the engine's ids).
    pub renumbered: Vec<InstanceId>,
    /// Every place that runs in the dynamic tier, as warnings naming the
    /// types and where each comes from (`taipan check` prints them).
    pub dynamic_places: Vec<Diagnostic>,
    /// Every import the embedded CPython performs (tier 3), as warnings;
    /// `--no-fallback` makes them errors. Empty when the program needs no
    /// CPython, which then is not linked.
    pub vm_places: Vec<Diagnostic>,
    /// Globals that definitions run by the embedded CPython use and that
    /// hold values (not functions): every store to one is copied into the
    /// module's CPython namespace.
    pub mirrored_globals: IndexSet<GlobalId>,
    /// The class families whose instances' `__dict__` the program reads
    /// (`vars(obj)`, `obj.__dict__`): their instances record the order in
    /// which their attributes were first assigned, as CPython's dict keeps it.
    pub dict_read_families: std::collections::BTreeSet<usize>,
    /// The class families whose instances may take attributes no code of
    /// the program assigns by name (a `setattr` with a computed name): each
    /// such instance keeps them in a dict of boxes after its fields, and
    /// this is the join of the types stored there.
    pub extra_attribute_types: std::collections::BTreeMap<usize, Type>,
    /// An extension module's functions whose instance for CPython objects
    /// (the boxed path) did not infer, with the first reason: the driver
    /// fills it, and the callable's TypeError quotes it.
    pub boxed_entry_failures: IndexMap<FunctionId, String>,
}

impl TypedProgram {
    pub fn instance(&self, id: InstanceId) -> &Instance {
        &self.instances[id.0 as usize]
    }

    /// The instance whose frame is the environment of a `Type::Closure`.
    pub fn environment_instance(&self, environment: u32) -> InstanceId {
        self.renumbered[environment as usize]
    }

    /// The instance `depth` levels out from `instance` along closure
    /// environments (depth 1: its environment).
    pub fn ancestor_instance(&self, instance: InstanceId, depth: u32) -> Option<InstanceId> {
        let mut current = instance;
        for _ in 0..depth {
            current = self.instance(current).environment?;
        }
        Some(current)
    }
}

const MAX_ROUNDS: usize = 500;
const MAX_INSTANCES_PER_FUNCTION: usize = 64;

pub fn infer_program(program: &Program) -> (Option<TypedProgram>, Vec<Diagnostic>) {
    infer_program_with_entries(program, &[])
}

/// `infer_program`, with more ways in than the main module's code: an
/// instance of each function in `entries` for the given argument types,
/// as if something outside the program called it so (an extension
/// module's functions, which CPython calls with CPython objects).
pub fn infer_program_with_entries(program: &Program, entries: &[(FunctionId, Vec<Type>)]) -> (Option<TypedProgram>, Vec<Diagnostic>) {
    let (class_table, class_diagnostics) = ClassTable::build(program);
    if !class_diagnostics.is_empty() {
        return (None, class_diagnostics);
    }
    crate::types::install_class_hierarchy(class_table.mros.iter().map(|mro| mro.iter().map(|class| class.0).collect()).collect());
    crate::types::install_class_names(program.classes.iter().map(|class| class.name.clone()).collect());
    let family_count = class_table.family_count;
    let (accepted_instance_dicts, instance_dict_blocker) = instance_dicts::accepted_instance_dicts(program);
    let mut engine = Engine {
        fields: vec![IndexMap::new(); family_count],
        field_sources: vec![IndexMap::new(); family_count],
        instantiated: vec![false; program.classes.len()],
        protocol: IndexMap::new(),
        instance_diagnostics: Vec::new(),
        dynamic_places: Vec::new(),
        vm_places: Vec::new(),
        mirrored_globals: IndexSet::new(),
        accepted_instance_dicts,
        instance_dict_blocker,
        dict_read_families: std::collections::BTreeSet::new(),
        extra_attribute_types: std::collections::BTreeMap::new(),
        class_table,
        program,
        instances: Vec::new(),
        instance_keys: HashMap::new(),
        instances_per_function: HashMap::new(),
        return_types: Vec::new(),
        return_sources: Vec::new(),
        local_sources: Vec::new(),
        global_types: vec![Type::Unknown; program.globals.len()],
        global_sources: vec![Vec::new(); program.globals.len()],
        default_types: IndexMap::new(),
        changed: false,
        diagnostics: Vec::new(),
        analyzed_through: 0,
        site_keys: HashMap::new(),
        sites: Vec::new(),
        settled: false,
        entry_instances: Vec::new(),
    };
    for (index, global) in program.globals.iter().enumerate() {
        if global.kind == GlobalKind::ModuleName {
            engine.global_types[index] = Type::Str;
        }
    }
    engine.prepare_exception_classes();
    // An extension module (its main module is not `__main__`): CPython may
    // make instances of each class it exports.
    let mut crossing_classes = Vec::new();
    if program.module(program.main_module).name != "__main__" {
        for class in crate::extension_entries::exported_classes_in(program, &engine.class_table) {
            engine.instantiated[class.0 as usize] = true;
            engine.ensure_protocol(class);
            crossing_classes.push(class.0);
        }
    }
    crate::types::install_crossing_classes(crossing_classes);
    let init = program.module(program.main_module).init;
    let main_instance = engine.instance_for(init, Vec::new());
    for (function, arg_types) in entries {
        // A container an annotation names is a site of its own, holding
        // the element types the annotation gives (and what the function
        // stores into it).
        let span = program.function(*function).span;
        let arg_types: Vec<Type> = arg_types.iter().map(|ty| engine.with_entry_sites(main_instance, ty, span)).collect();
        let entry = engine.instance_for(*function, arg_types);
        engine.entry_instances.push(entry);
    }
    let mut rounds = 0;
    loop {
        engine.changed = false;
        engine.diagnostics.clear();
        engine.instance_diagnostics.clear();
        // Callees before callers, so a round sees this round's return types.
        let order = engine.callees_first_order();
        for id in order {
            engine.analyze(id);
        }
        // Instances created during the round are analysed in the same round.
        let mut index = engine.analyzed_through;
        while index < engine.instances.len() {
            engine.analyze(InstanceId(index as u32));
            index += 1;
        }
        engine.analyzed_through = engine.instances.len();
        rounds += 1;
        if !engine.changed {
            if engine.settled {
                break;
            }
            // Element types are final now: iterables that never hold an
            // element can be told apart from ones not typed yet (see `sum`),
            // and the analysis runs on to a fixpoint again.
            engine.settled = true;
            continue;
        }
        if rounds >= MAX_ROUNDS {
            let span = program.function(init).span;
            engine.diagnostics.push(Diagnostic::internal("type inference did not reach a fixpoint", span));
            break;
        }
    }
    // An instance made for argument types a call site had only in an early
    // round (a local still typed None before an instance flowed into it) is
    // no longer called: what its body would report does not concern the
    // program.
    let reachable = engine.reachable_instances(main_instance);
    let instance_diagnostics = std::mem::take(&mut engine.instance_diagnostics);
    engine.diagnostics.extend(instance_diagnostics.into_iter().filter(|(id, _)| reachable[id.0 as usize]).map(|(_, diagnostic)| diagnostic));
    engine.report_unions(&reachable);
    engine.report_field_unions();
    engine.report_site_unions();
    let mut diagnostics = std::mem::take(&mut engine.diagnostics);
    let mut seen = std::collections::HashSet::new();
    diagnostics.retain(|diagnostic| seen.insert(format!("{:?}{}", diagnostic.primary.as_ref().map(|l| l.span), diagnostic.message)));
    let has_error = !diagnostics.is_empty();
    for (index, instance) in engine.instances.iter_mut().enumerate() {
        instance.return_type = engine.return_types[index].clone();
    }
    if has_error {
        return (None, diagnostics);
    }
    let typed = engine.finish(main_instance, rounds);
    (Some(typed), diagnostics)
}

/// The site key of the generator an instance of a generator function makes
/// (other keys are expression ids and target offsets).
const GENERATOR_SITE_KEY: u32 = u32::MAX;

struct Engine<'p> {
    program: &'p Program,
    instances: Vec<Instance>,
    instance_keys: HashMap<(FunctionId, Option<InstanceId>, Vec<Type>), InstanceId>,
    instances_per_function: HashMap<FunctionId, usize>,
    return_types: Vec<Type>,
    return_sources: Vec<Vec<(Type, Span)>>,
    /// Per instance and local, each type assigned and where, for diagnostics.
    local_sources: Vec<Vec<Vec<(Type, Span)>>>,
    global_types: Vec<Type>,
    global_sources: Vec<Vec<(Type, Span)>>,
    default_types: IndexMap<(FunctionId, usize), Type>,
    changed: bool,
    diagnostics: Vec<Diagnostic>,
    /// Instances below this index existed at the start of the current round.
    analyzed_through: usize,
    /// Container allocation sites, by (instance, site key): the key is the
    /// allocating expression's id, or a target's offset for starred targets.
    site_keys: HashMap<(InstanceId, u32), u32>,
    sites: Vec<containers::Site>,
    /// Set once the analysis has reached a fixpoint: an element type still
    /// `never` then means "no element ever", not "not known yet".
    settled: bool,
    /// Instances made for `infer_program_with_entries`' entries: reachable
    /// like the main module's.
    entry_instances: Vec<InstanceId>,
    class_table: ClassTable,
    /// Per class family: instance attribute types, joined over assignments.
    fields: Vec<IndexMap<String, Type>>,
    field_sources: Vec<IndexMap<String, Vec<(Type, Span)>>>,
    instantiated: Vec<bool>,
    protocol: IndexMap<(ClassId, &'static str), InstanceId>,
    /// What analysing each instance reported this round: kept at the end
    /// only for the instances the program can still call.
    instance_diagnostics: Vec<(InstanceId, Diagnostic)>,
    /// Places that run in the dynamic tier (see `TypedProgram::dynamic_places`).
    dynamic_places: Vec<Diagnostic>,
    /// Places that run in the embedded CPython (see `TypedProgram::vm_places`).
    vm_places: Vec<Diagnostic>,
    /// See `TypedProgram::mirrored_globals`.
    mirrored_globals: IndexSet<GlobalId>,
    /// The `InstanceDict` expressions read where a new dict is exact
    /// (`instance_dicts`).
    accepted_instance_dicts: std::collections::HashSet<(FunctionId, ExprId)>,
    /// The special method that keeps every `InstanceDict` from being
    /// accepted (it may change objects behind an operator), if any.
    instance_dict_blocker: Option<String>,
    /// See `TypedProgram::dict_read_families`.
    dict_read_families: std::collections::BTreeSet<usize>,
    /// See `TypedProgram::extra_attribute_types`.
    extra_attribute_types: std::collections::BTreeMap<usize, Type>,
}

/// The mutable state of the instance being analysed.
struct Walk {
    id: InstanceId,
    local_types: Vec<Type>,
    local_sources: Vec<Vec<(Type, Span)>>,
    expr_types: Vec<Type>,
    calls: IndexMap<ExprId, CallResolution>,
    dunder_calls: IndexMap<(ExprId, Dunder), CallResolution>,
    /// See `Instance::decided_conditions`.
    decided_conditions: IndexSet<ExprId>,
    /// Variables narrowed by the `if` tests around the statement being
    /// walked, innermost last (see `narrowing`).
    narrowed: Vec<(Variable, Type)>,
    /// The expression statement being walked, whose value nothing reads.
    unused_value: Option<ExprId>,
}

impl<'p> Engine<'p> {
    fn instance_for(&mut self, function: FunctionId, arg_types: Vec<Type>) -> InstanceId {
        self.instance_in(function, None, arg_types)
    }

    /// The instance of `function` for `arg_types`, a closure's within the
    /// frame of `environment`.
    fn instance_in(&mut self, function: FunctionId, environment: Option<InstanceId>, arg_types: Vec<Type>) -> InstanceId {
        let key = (function, environment, arg_types.iter().map(|t| self.instance_key_type(t)).collect::<Vec<Type>>());
        if let Some(&id) = self.instance_keys.get(&key) {
            // Another caller with the same element types: its containers' sites
            // join the parameters', so that mutations reach every caller's.
            // `analyze` joins the grown argument types into the parameters.
            for (index, arg_type) in arg_types.iter().enumerate() {
                let current = &self.instances[id.0 as usize].arg_types[index];
                let joined = current.join(arg_type);
                if joined != *current {
                    self.instances[id.0 as usize].arg_types[index] = joined.clone();
                    self.changed = true;
                    self.unify_sites_in(&joined);
                }
            }
            return id;
        }
        let def = self.program.function(function);
        let id = InstanceId(self.instances.len() as u32);
        let mut local_types = vec![Type::Unknown; def.locals.len()];
        for (param, arg_type) in def.params.iter().zip(&arg_types) {
            local_types[param.local.0 as usize] = arg_type.clone();
        }
        let count = self.instances_per_function.entry(function).or_insert(0);
        *count += 1;
        let base_name = def.name.clone();
        let symbol = if *count == 1 {
            base_name
        } else {
            let suffix: Vec<String> = key.2.iter().map(|t| t.to_string().replace(' ', "")).collect();
            format!("{base_name}${}", suffix.join(","))
        };
        self.instances.push(Instance {
            function,
            environment,
            arg_types,
            local_types,
            return_type: Type::Unknown,
            expr_types: vec![Type::Unknown; def.expr_count as usize],
            calls: IndexMap::new(),
            dunder_calls: IndexMap::new(),
            decided_conditions: IndexSet::new(),
            symbol,
        });
        // A generator function's call gives a generator at once; what the
        // body yields and returns goes into the generator's site.
        let return_type = if def.is_generator {
            Type::Generator(self.site(id, GENERATOR_SITE_KEY, containers::SiteKind::Generator, def.span))
        } else {
            Type::Unknown
        };
        self.return_types.push(return_type);
        self.return_sources.push(Vec::new());
        self.local_sources.push(Vec::new());
        self.instance_keys.insert(key, id);
        self.changed = true;
        id
    }

    /// How an argument type tells instances apart: its structural form,
    /// except that a generator is known by the generator functions it may
    /// come from. Their yield types are only known once their bodies are
    /// analysed, and two different generators passed to one parameter
    /// must not share an instance (and so a yield type) on the way.
    fn instance_key_type(&self, t: &Type) -> Type {
        match t {
            Type::Generator(c) if !c.sites.is_empty() => {
                let mut roots: Vec<u32> = c.sites.iter().map(|&site| self.site_root(site)).collect();
                roots.sort_unstable();
                roots.dedup();
                Type::Generator(Container::from_sites(roots))
            }
            Type::Tuple(members) => Type::Tuple(members.iter().map(|member| self.instance_key_type(member)).collect()),
            other => self.resolve(other),
        }
    }

    /// The instances existing now, ordered by the strongly connected components
    /// of the call graph with callees first (Tarjan's algorithm yields them in
    /// reverse topological order); within a component, by creation order. The
    /// graph is built in index order, so the order is deterministic.
    fn callees_first_order(&mut self) -> Vec<InstanceId> {
        let count = self.instances.len();
        let mut graph: DiGraph<InstanceId, ()> = DiGraph::with_capacity(count, count);
        let nodes: Vec<NodeIndex> = (0..count).map(|index| graph.add_node(InstanceId(index as u32))).collect();
        for (index, instance) in self.instances.iter().enumerate() {
            for call in instance.calls.values().chain(instance.dunder_calls.values()) {
                for callee in call.callees() {
                    graph.add_edge(nodes[index], nodes[callee.0 as usize], ());
                }
            }
        }
        self.analyzed_through = count;
        let mut order = Vec::with_capacity(count);
        for mut component in tarjan_scc(&graph) {
            component.sort();
            order.extend(component.into_iter().map(|node| graph[node]));
        }
        order
    }

    fn analyze(&mut self, id: InstanceId) {
        let first_diagnostic = self.diagnostics.len();
        self.analyze_body(id);
        let produced: Vec<Diagnostic> = self.diagnostics.drain(first_diagnostic..).collect();
        self.instance_diagnostics.extend(produced.into_iter().map(|diagnostic| (id, diagnostic)));
    }

    fn analyze_body(&mut self, id: InstanceId) {
        let instance = &mut self.instances[id.0 as usize];
        let mut walk = Walk {
            id,
            local_types: std::mem::take(&mut instance.local_types),
            local_sources: Vec::new(),
            expr_types: std::mem::take(&mut instance.expr_types),
            calls: std::mem::take(&mut instance.calls),
            dunder_calls: std::mem::take(&mut instance.dunder_calls),
            decided_conditions: IndexSet::new(),
            narrowed: Vec::new(),
            unused_value: None,
        };
        let function = self.program.function(instance.function);
        walk.local_sources = vec![Vec::new(); function.locals.len()];
        for (param, arg_type) in function.params.iter().zip(instance.arg_types.clone()) {
            let local = param.local.0 as usize;
            walk.local_types[local] = walk.local_types[local].join(&arg_type);
            walk.local_sources[local].push((arg_type, param.span));
        }
        // A free variable has the type of the enclosing function's variable
        // it stands for, and what this body assigns to it flows back there.
        let ancestors: Vec<Option<InstanceId>> = function.captures.iter().map(|capture| self.ancestor_instance(id, capture.depth)).collect();
        for (capture, ancestor) in function.captures.iter().zip(&ancestors) {
            if let Some(ancestor) = ancestor {
                let enclosing_type = self.instances[ancestor.0 as usize].local_types[capture.enclosing_local.0 as usize].clone();
                let local = capture.local.0 as usize;
                walk.local_types[local] = walk.local_types[local].join(&enclosing_type);
            }
        }
        let before = walk.local_types.clone();
        self.walk_block(&function.body, &mut walk);
        for (capture, ancestor) in function.captures.iter().zip(&ancestors) {
            if let Some(ancestor) = ancestor {
                let slot = &mut self.instances[ancestor.0 as usize].local_types[capture.enclosing_local.0 as usize];
                let joined = slot.join(&walk.local_types[capture.local.0 as usize]);
                if joined != *slot {
                    *slot = joined;
                    self.changed = true;
                }
            }
        }
        // A condition typed None is false, and `not` of one true: a `with`
        // statement whose `__exit__` returns None always raises again.
        let expr_types = &walk.expr_types;
        let known_condition = |condition: &Expr| {
            let (value, negated) = match &condition.kind {
                ExprKind::Unary { op: UnaryOp::Not, operand } => (&**operand, true),
                _ => (condition, false),
            };
            match (&expr_types[value.id.0 as usize], negated) {
                (Type::None, false) => ConditionOutcome::AlwaysFalse,
                (Type::None, true) => ConditionOutcome::AlwaysTrue,
                (Type::Unknown, _) => ConditionOutcome::Never,
                _ => ConditionOutcome::Unknown,
            }
        };
        if !function.is_module_init && block_completes(&function.body, &known_condition) {
            // Falling off the end of a function returns None.
            self.join_return(id, Type::None, function.span);
        }
        if walk.local_types != before {
            self.changed = true;
        }
        let instance = &mut self.instances[id.0 as usize];
        instance.local_types = walk.local_types;
        instance.expr_types = walk.expr_types;
        instance.calls = walk.calls;
        instance.dunder_calls = walk.dunder_calls;
        instance.decided_conditions = walk.decided_conditions;
        // Sources are rebuilt every round; the last round's are reported.
        self.local_sources[id.0 as usize] = walk.local_sources;
    }

    /// The instance `depth` levels out from `instance` along closure
    /// environments (depth 1: its environment).
    fn ancestor_instance(&self, instance: InstanceId, depth: u32) -> Option<InstanceId> {
        let mut current = instance;
        for _ in 0..depth {
            current = self.instances[current.0 as usize].environment?;
        }
        Some(current)
    }

    /// Which instances the program can call: those reached from the main
    /// module's code and from the special methods the runtime calls.
    pub(super) fn reachable_instances(&self, main_instance: InstanceId) -> Vec<bool> {
        let mut reachable = vec![false; self.instances.len()];
        let mut pending: Vec<InstanceId> = std::iter::once(main_instance).chain(self.protocol.values().copied()).chain(self.entry_instances.iter().copied()).collect();
        while let Some(id) = pending.pop() {
            if std::mem::replace(&mut reachable[id.0 as usize], true) {
                continue;
            }
            let instance = &self.instances[id.0 as usize];
            for call in instance.calls.values().chain(instance.dunder_calls.values()) {
                pending.extend(call.callees().into_iter().filter(|callee| !reachable[callee.0 as usize]));
            }
        }
        reachable
    }

    fn report_unions(&mut self, reachable: &[bool]) {
        let program = self.program;
        let mut reported = std::collections::HashSet::new();
        for (index, instance) in self.instances.iter().enumerate() {
            if !reachable[index] {
                continue;
            }
            let function = program.function(instance.function);
            let sources = &self.local_sources[index];
            for (local_index, local_type) in instance.local_types.iter().enumerate() {
                let local_sources = sources.get(local_index).map(Vec::as_slice).unwrap_or(&[]);
                // A union that flowed in from elsewhere is reported there.
                let inherited = local_sources.iter().any(|(t, _)| t.contains_union());
                if local_type.contains_union() && !inherited && reported.insert((instance.function, local_index)) {
                    let local = &function.locals[local_index];
                    let diagnostic = union_diagnostic(
                        format!("variable `{}` would need the types {}", local.name, local_type),
                        local.span,
                        sources.get(local_index).map(Vec::as_slice).unwrap_or(&[]),
                    );
                    self.diagnostics.push(diagnostic);
                } else if local_type.contains_any_union()
                    && !local_sources.iter().any(|(t, _)| t.contains_any_union())
                    && reported.insert((instance.function, local_index))
                {
                    let local = &function.locals[local_index];
                    self.dynamic_places.push(dynamic_place(format!("variable `{}` holds values of the types {}", local.name, local_type), local.span, local_sources));
                }
            }
            let return_type = &self.return_types[index];
            let inherited = self.return_sources[index].iter().any(|(t, _)| t.contains_union());
            if return_type.contains_union() && !inherited && reported.insert((instance.function, usize::MAX)) {
                self.diagnostics.push(union_diagnostic(
                    format!("function `{}` would return the types {}", function.name, return_type),
                    function.span,
                    &self.return_sources[index],
                ));
            } else if return_type.contains_any_union()
                && !self.return_sources[index].iter().any(|(t, _)| t.contains_any_union())
                && reported.insert((instance.function, usize::MAX))
            {
                self.dynamic_places.push(dynamic_place(
                    format!("function `{}` returns values of the types {}", function.name, return_type),
                    function.span,
                    &self.return_sources[index],
                ));
            }
        }
        for (index, global_type) in self.global_types.iter().enumerate() {
            if global_type.contains_union() {
                let global = program.global(GlobalId(index as u32));
                self.diagnostics.push(union_diagnostic(
                    format!("global variable `{}` would need the types {}", global.name, global_type),
                    global.span,
                    &self.global_sources[index],
                ));
            } else if global_type.contains_any_union() && !self.global_sources[index].iter().any(|(t, _)| t.contains_any_union()) {
                let global = program.global(GlobalId(index as u32));
                self.dynamic_places.push(dynamic_place(
                    format!("global variable `{}` holds values of the types {}", global.name, global_type),
                    global.span,
                    &self.global_sources[index],
                ));
            }
        }
    }

    fn report_field_unions(&mut self) {
        for (family, fields) in self.fields.iter().enumerate() {
            for (name, field_type) in fields {
                let sources = self.field_sources[family].get(name).map(Vec::as_slice).unwrap_or(&[]);
                let span = sources.first().map(|(_, span)| *span).unwrap_or_default();
                if field_type.contains_union() {
                    self.diagnostics.push(union_diagnostic(format!("attribute `{name}` would need the types {field_type}"), span, sources));
                } else if field_type.contains_any_union() && !sources.iter().any(|(t, _)| t.contains_any_union()) {
                    self.dynamic_places.push(dynamic_place(format!("attribute `{name}` holds values of the types {field_type}"), span, sources));
                }
            }
        }
    }

    fn walk_block(&mut self, body: &[Stmt], walk: &mut Walk) {
        // After `if x is None: return` (or raise, continue, break) the rest
        // of the block runs only when the test failed: it sees x narrowed.
        let mut narrowed_here = 0;
        for (index, stmt) in body.iter().enumerate() {
            self.walk_stmt(stmt, walk);
            if let StmtKind::If { condition, then_body, else_body } = &stmt.kind {
                let leaves = matches!(then_body.last().map(|last| &last.kind), Some(StmtKind::Continue | StmtKind::Break))
                    || !block_completes(then_body, &|_| ConditionOutcome::Unknown);
                if else_body.is_empty() && leaves && self.condition_always_holds(condition, walk) {
                    // The rest of the block is dead for these types.
                    walk.decided_conditions.insert(condition.id);
                    break;
                }
                let rest_narrowing = if else_body.is_empty() && leaves {
                    let [_, rest_narrowing] = self.narrowings(condition, then_body, &body[index + 1..], walk);
                    rest_narrowing
                } else if else_body.is_empty() {
                    // `if x is None: x = default`: x is not None afterwards.
                    self.narrowing_after_default(condition, then_body, &body[index + 1..], walk)
                } else {
                    None
                };
                if let Some(narrowing) = rest_narrowing {
                    walk.narrowed.push(narrowing);
                    narrowed_here += 1;
                }
            }
        }
        walk.narrowed.truncate(walk.narrowed.len() - narrowed_here);
    }

    fn walk_stmt(&mut self, stmt: &Stmt, walk: &mut Walk) {
        match &stmt.kind {
            StmtKind::Expr(expr) => {
                walk.unused_value = Some(expr.id);
                self.expr(expr, walk);
                walk.unused_value = None;
            }
            StmtKind::Assign { targets, value } => {
                let value_type = self.expr(value, walk);
                // `a, b = pair_or_none`: the pair, or CPython's TypeError.
                let value_type = if targets.iter().any(|target| matches!(target, Target::Tuple { .. })) && value_type.is_dynamic() {
                    self.narrow_to_payload(value, value_type, walk)
                } else {
                    value_type
                };
                for target in targets {
                    self.bind(target, &value_type, walk);
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                let current = match target {
                    Target::Variable { variable, .. } => self.variable_type(*variable, walk),
                    Target::Index { value: container, index, span } => {
                        let container_type = self.expr(container, walk);
                        let index_type = self.expr(index, walk);
                        match container_type {
                            Type::Foreign => self.foreign_binary((index, &index_type), (index, &index_type)),
                            Type::Instance { class, .. } if index_type != Type::Unknown => {
                                let key = (index.id, Dunder::AugmentedGetItem);
                                self.object_special(key, class, "__getitem__", &[index_type], &[], &[], "is not subscriptable", *span, walk)
                            }
                            _ => self.index_type(&container_type, &index_type, index, *span),
                        }
                    }
                    Target::Attribute { value: object, name, .. } if self.class_attribute_of(object, name).is_some() => {
                        let global = self.class_attribute_of(object, name).expect("checked by the guard");
                        walk.expr_types[object.id.0 as usize] = Type::Unknown;
                        self.global_types[global.0 as usize].clone()
                    }
                    Target::Attribute { value: object, name, span } => match self.expr(object, walk) {
                        Type::Foreign => Type::Foreign,
                        // `obj.prop += v`: the getter, then (on binding) the setter.
                        Type::Instance { class, .. }
                            if matches!(self.class_table.lookup(self.program, ClassId(class), name, None), Some((_, crate::classes::ClassMember::Method(method))) if method.kind == MethodKind::Property) =>
                        {
                            let (resolution, getter_type) = self.dispatch_kind(ClassId(class), name, None, &[], &[], &[], *span, MethodKind::Property);
                            walk.dunder_calls.insert((object.id, Dunder::AugmentedPropertyGet), resolution);
                            getter_type
                        }
                        Type::Instance { class, .. } => {
                            let family = self.class_table.family_of(ClassId(class));
                            let field = self.fields[family].get(name).cloned().unwrap_or(Type::Unknown);
                            // An attribute not set yet reads the class attribute.
                            match self.class_table.lookup(self.program, ClassId(class), name, None) {
                                Some((_, crate::classes::ClassMember::Attribute(global))) => field.join(&self.global_types[global.0 as usize]),
                                _ => field,
                            }
                        }
                        // Duck typing: the attribute of whichever class the box
                        // holds, read as an attribute read reads it.
                        object_type if self.duck_typed_attribute_owners(&object_type, name, false).is_some() => self.attribute_type_of_dynamic(object, &object_type, name, stmt.span, walk),
                        _ => {
                            self.diagnostics.push(Diagnostic::unsupported("augmented assignment to this attribute is not supported yet", stmt.span));
                            Type::Unknown
                        }
                    },
                    _ => Type::Unknown,
                };
                let value_type = self.expr(value, walk);
                let value_type = self.narrow_sequence_operand(*op, value, value_type, &current, walk);
                if current == Type::Foreign || value_type == Type::Foreign {
                    // CPython's in-place operator; the result is its object.
                    let result = self.foreign_binary((value, &current), (value, &value_type));
                    self.bind(target, &result, walk);
                    return;
                }
                if let (Type::Instance { .. }, _) | (_, Type::Instance { .. }) = (&current, &value_type) {
                    if current != Type::Unknown && value_type != Type::Unknown {
                        let result = self.object_augmented(value, *op, &current, &value_type, walk);
                        self.bind(target, &result, walk);
                    }
                    return;
                }
                // A value of the dynamic tier on either side: the runtime's
                // operations on boxes (below), not the container operations.
                let dynamic_set_operation = set_operation_with_dynamic(*op, &current, &value_type);
                if (current.is_container() || value_type.is_container()) && !dynamic_set_operation {
                    let result = self.container_binary(*op, &current, &value_type, stmt.span, true);
                    self.bind(target, &result, walk);
                    return;
                }
                if let (Type::Tuple(_) | Type::VarTuple(_), _) | (_, Type::Tuple(_) | Type::VarTuple(_)) = (&current, &value_type) {
                    if let Some(result) = tuple_binary(*op, &current, &value_type, value) {
                        self.bind(target, &result, walk);
                        return;
                    }
                }
                let (forward, reflected) = operators::operator_methods(*op);
                let in_place = objects::in_place_method(*op);
                let methods = [in_place.as_str(), forward, reflected];
                if self.refuses_instance_method_of_dynamic(&current, &methods, stmt.span) || self.refuses_instance_method_of_dynamic(&value_type, &methods, stmt.span) {
                    return;
                }
                let result = match operators::binary(*op, &current, &value_type, exponent_sign(value)) {
                    Outcome::Value(t) => t,
                    Outcome::TypeError(_) => Type::Unknown,
                    Outcome::Unsupported(message) => {
                        self.diagnostics.push(Diagnostic::unsupported(message, stmt.span));
                        Type::Unknown
                    }
                };
                self.bind(target, &result, walk);
            }
            StmtKind::If { condition, then_body, else_body } => {
                self.condition(condition, walk);
                let [then_narrowing, else_narrowing] = self.narrowings(condition, then_body, else_body, walk);
                for (body, narrowing) in [(then_body, then_narrowing), (else_body, else_narrowing)] {
                    let pushed = narrowing.is_some();
                    walk.narrowed.extend(narrowing);
                    self.walk_block(body, walk);
                    if pushed {
                        walk.narrowed.pop();
                    }
                }
            }
            StmtKind::While { condition, body, else_body } => {
                self.condition(condition, walk);
                self.walk_block(body, walk);
                self.walk_block(else_body, walk);
            }
            StmtKind::For { target, iterable, body, else_body } => {
                let element = self.iteration_element(iterable, walk);
                self.bind(target, &element, walk);
                self.walk_block(body, walk);
                self.walk_block(else_body, walk);
            }
            StmtKind::Return(value) => {
                let value_type = match value {
                    Some(value) => self.expr(value, walk),
                    None => Type::None,
                };
                self.join_return(walk.id, value_type, stmt.span);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::MethodDef { function } => self.type_defaults(*function, walk),
            StmtKind::FunctionDef { function, target, decorated } => {
                self.type_defaults(*function, walk);
                let value_type = match decorated {
                    Some(value) => self.expr(value, walk),
                    None => self.function_value_type(*function, walk),
                };
                let direct = matches!(target, Variable::Global(global) if matches!(self.program.global(*global).kind, GlobalKind::Function(_)));
                if !direct {
                    self.bind(&Target::Variable { variable: *target, span: stmt.span }, &value_type, walk);
                }
            }
            StmtKind::ClassDef { body, .. } => self.walk_block(body, walk),
            StmtKind::Assert { test, message } => {
                self.condition(test, walk);
                if let Some(message) = message {
                    self.expr(message, walk);
                }
            }
            StmtKind::Delete(targets) => {
                for target in targets {
                    self.delete_target(target, walk);
                }
            }
            StmtKind::Try { body, handlers, else_body, finally_body } => {
                self.walk_block(body, walk);
                for handler in handlers {
                    let caught = self.except_clause_type(handler, walk);
                    self.bind(&Target::Variable { variable: Variable::Local(handler.caught), span: handler.span }, &caught, walk);
                    if let Some(name) = &handler.name {
                        self.bind(name, &caught, walk);
                    }
                    self.walk_block(&handler.body, walk);
                }
                self.walk_block(else_body, walk);
                self.walk_block(finally_body, walk);
            }
            StmtKind::Raise { exception, cause, .. } => {
                if let Some(exception) = exception {
                    self.raised_exception(exception, walk);
                }
                if let Some(cause) = cause {
                    if !matches!(cause.kind, ExprKind::None) {
                        self.raised_exception(cause, walk);
                    }
                }
            }
            StmtKind::Import { modules, assignments } => {
                for (module, id) in modules {
                    let init = self.program.module(*module).init;
                    let instance = self.instance_for(init, Vec::new());
                    walk.calls.insert(*id, CallResolution::Bound { callee: instance, params: Vec::new() });
                }
                for (target, value) in assignments {
                    let value_type = self.expr(value, walk);
                    self.bind(target, &value_type, walk);
                }
            }
        }
    }

    /// Types the parameter defaults a `def` evaluates when it runs.
    /// The type of the value a `def` or `lambda` of `function` makes in the
    /// instance being walked.
    fn function_value_type(&self, function: FunctionId, walk: &Walk) -> Type {
        if self.program.function(function).is_closure {
            Type::Closure { function: function.0, environment: walk.id.0 }
        } else {
            Type::Function(function.0)
        }
    }

    fn type_defaults(&mut self, function: FunctionId, walk: &mut Walk) {
        let def = self.program.function(function);
        for (index, param) in def.params.iter().enumerate() {
            if let Some(default) = &param.default {
                let default_type = self.expr(default, walk);
                if let Some(local) = param.default_local {
                    self.bind(&Target::Variable { variable: Variable::Local(local), span: param.span }, &default_type, walk);
                }
                let entry = self.default_types.entry((function, index)).or_insert(Type::Unknown);
                let joined = entry.join(&default_type);
                if joined != *entry {
                    *entry = joined;
                    self.changed = true;
                }
            }
        }
    }

    fn join_return(&mut self, id: InstanceId, value_type: Type, span: Span) {
        let index = id.0 as usize;
        if let Type::Generator(container) = &self.return_types[index] {
            if self.program.function(self.instances[index].function).is_generator {
                let container = container.clone();
                self.add_element(&container, 1, &value_type, span);
                return;
            }
        }
        let joined = self.return_types[index].join(&value_type);
        self.unify_sites_in(&joined);
        if !self.return_sources[index].iter().any(|(t, _)| *t == value_type) && value_type != Type::Unknown {
            self.return_sources[index].push((value_type, span));
        }
        if joined != self.return_types[index] {
            self.return_types[index] = joined;
            self.changed = true;
        }
    }

    /// Joins the type of a value `yield` produces into the generator the
    /// instance's calls make.
    fn join_yield(&mut self, id: InstanceId, value_type: &Type, span: Span) {
        if let Type::Generator(container) = &self.return_types[id.0 as usize] {
            let container = container.clone();
            self.add_element(&container, 0, value_type, span);
        }
    }

    /// The type of each element a `for` loop binds, for the iterables supported.
    fn iteration_element(&mut self, iterable: &Expr, walk: &mut Walk) -> Type {
        if let ExprKind::Call { callee, args, keywords } = &iterable.kind {
            if let ExprKind::Builtin(Builtin::Range) = callee.kind {
                if !keywords.is_empty() {
                    self.diagnostics.push(Diagnostic::error(DiagnosticKind::Type, "range() takes no keyword arguments", iterable.span));
                }
                if args.is_empty() || args.len() > 3 {
                    self.diagnostics.push(Diagnostic::error(
                        DiagnosticKind::Type,
                        format!("range expected at least 1 argument, got {}", args.len()),
                        iterable.span,
                    ));
                }
                // An argument of another type raises TypeError at run time:
                // the loop body never runs.
                let element = if self.range_arguments(args, false, walk) { Type::Int } else { Type::Unknown };
                walk.expr_types[iterable.id.0 as usize] = Type::Unknown;
                return element;
            }
        }
        if let Some(element) = self.lazy_iteration_element(iterable, walk) {
            walk.expr_types[iterable.id.0 as usize] = Type::Unknown;
            return element;
        }
        let iterable_type = self.expr(iterable, walk);
        if iterable_type == Type::Foreign {
            return Type::Foreign;
        }
        let iterable_type = if iterable_type.is_dynamic() {
            // The one of the value's types that can be iterated: the value
            // is unboxed to it (anything else raises "is not iterable").
            let iterable_members: Vec<Type> = self
                .resolve(&iterable_type)
                .members()
                .into_iter()
                .filter(|member| matches!(member, Type::Str | Type::List(_) | Type::Tuple(_) | Type::VarTuple(_) | Type::Dict(_) | Type::Set(_) | Type::FrozenSet(_)))
                .collect();
            match iterable_members.as_slice() {
                [member] => {
                    walk.expr_types[iterable.id.0 as usize] = member.clone();
                    member.clone()
                }
                // Several: the runtime iterates whichever it is, boxing
                // each item (`taipan_dynamic_next`).
                [_, _, ..] => {
                    let element = self.resolve(&iterable_type).dynamic_iteration_element().unwrap_or(Type::Unknown);
                    return if element.contains_union() { Type::Unknown } else { element };
                }
                _ => {
                    self.diagnostics.push(Diagnostic::unsupported(
                        format!("iterating over a value of the types {iterable_type} is not supported yet"),
                        iterable.span,
                    ));
                    return Type::Unknown;
                }
            }
        } else {
            iterable_type
        };
        if let Type::Instance { class, .. } = iterable_type {
            return self.object_iteration_element(iterable, class, walk);
        }
        self.element_of_iterable(&iterable_type, iterable.span)
    }

    fn variable_type(&self, variable: Variable, walk: &Walk) -> Type {
        if let Some((_, narrowed)) = walk.narrowed.iter().rev().find(|(narrowed, _)| *narrowed == variable) {
            return narrowed.clone();
        }
        match variable {
            Variable::Local(local) => walk.local_types[local.0 as usize].clone(),
            Variable::Global(global) => self.global_types[global.0 as usize].clone(),
        }
    }

    fn bind(&mut self, target: &Target, value_type: &Type, walk: &mut Walk) {
        match target {
            Target::Variable { variable, span } => match variable {
                Variable::Local(local) => {
                    let index = local.0 as usize;
                    let joined = walk.local_types[index].join(value_type);
                    self.unify_sites_in(&joined);
                    if *value_type != Type::Unknown && !walk.local_sources[index].iter().any(|(t, _)| t == value_type) {
                        walk.local_sources[index].push((value_type.clone(), *span));
                    }
                    walk.local_types[index] = joined;
                }
                Variable::Global(global) => {
                    let index = global.0 as usize;
                    if *value_type != Type::Unknown && !self.global_sources[index].iter().any(|(t, _)| t == value_type) {
                        self.global_sources[index].push((value_type.clone(), *span));
                    }
                    let joined = self.global_types[index].join(value_type);
                    self.unify_sites_in(&joined);
                    if joined != self.global_types[index] {
                        self.global_types[index] = joined;
                        self.changed = true;
                    }
                }
            },
            Target::Tuple { elements, starred, span } => self.bind_unpacking(elements, *starred, *span, value_type, walk),
            Target::Index { value, index, span } => {
                let container_type = self.expr(value, walk);
                // `d[k] = v` on a dict or None: the dict, or CPython's TypeError.
                let container_type = if container_type.is_dynamic() { self.narrow_to_payload(value, container_type, walk) } else { container_type };
                let index_type = self.expr(index, walk);
                match container_type {
                    Type::Foreign => self.foreign_store_item(index, &index_type, value_type, *span),
                    Type::Instance { class, .. } => {
                        if index_type != Type::Unknown && *value_type != Type::Unknown {
                            let arg_types = [index_type, value_type.clone()];
                            let key = (index.id, Dunder::SetItem);
                            self.object_special(key, class, "__setitem__", &arg_types, &[], &[], "does not support item assignment", *span, walk);
                        }
                    }
                    _ => self.store_item(&container_type, &index_type, value_type, *span),
                }
            }
            Target::Slice { value, bounds, span } => {
                let container_type = self.expr(value, walk);
                self.slice_bounds(bounds, walk);
                self.store_slice(&container_type, value_type, *span);
            }
            Target::Attribute { value, name, span } => self.store_attribute(value, name, value_type, *span, walk),
        }
    }

    /// An expression whose truth value is all that is used: `and`/`or` operands
    /// may then have different types.
    fn condition(&mut self, expr: &Expr, walk: &mut Walk) -> Type {
        let result = match &expr.kind {
            ExprKind::BoolOp { values, .. } => {
                for value in values {
                    self.condition(value, walk);
                }
                Type::Bool
            }
            ExprKind::Unary { op: UnaryOp::Not, operand } => {
                self.condition(operand, walk);
                Type::Bool
            }
            _ => return self.expr(expr, walk),
        };
        walk.expr_types[expr.id.0 as usize] = result.clone();
        result
    }

    fn expr(&mut self, expr: &Expr, walk: &mut Walk) -> Type {
        let result = self.expr_kind(expr, walk);
        if result.container().is_some_and(|c| c.sites.len() > 1) {
            self.unify_sites_in(&result);
        }
        walk.expr_types[expr.id.0 as usize] = result.clone();
        result
    }

    fn expr_kind(&mut self, expr: &Expr, walk: &mut Walk) -> Type {
        match &expr.kind {
            ExprKind::Yield(value) => {
                let value_type = match value {
                    Some(value) => self.expr(value, walk),
                    None => Type::None,
                };
                self.join_yield(walk.id, &value_type, expr.span);
                Type::None
            }
            ExprKind::YieldFrom(iterable) => {
                let element = self.iteration_element(iterable, walk);
                self.join_yield(walk.id, &element, iterable.span);
                match &walk.expr_types[iterable.id.0 as usize] {
                    Type::Generator(c) => {
                        let c = c.clone();
                        self.element(&c, 1)
                    }
                    // A CPython generator's return value (its StopIteration's
                    // value) is not fetched yet.
                    Type::Foreign if walk.unused_value != Some(expr.id) => {
                        self.diagnostics.push(Diagnostic::unsupported("the value of `yield from` a CPython object is not supported yet", expr.span));
                        Type::Unknown
                    }
                    Type::Unknown if !self.is_lazy(iterable) => Type::Unknown,
                    _ => Type::None,
                }
            }
            ExprKind::Int(_) => Type::Int,
            ExprKind::Float(_) => Type::Float,
            ExprKind::Bool(_) => Type::Bool,
            ExprKind::None => Type::None,
            ExprKind::Str(_) => Type::Str,
            ExprKind::Variable(Variable::Global(global)) => {
                if let GlobalKind::Function(function) = self.program.global(*global).kind {
                    return Type::Function(function.0);
                }
                if let GlobalKind::Class(class) = self.program.global(*global).kind {
                    return Type::Class { class: class.0 };
                }
                self.variable_type(Variable::Global(*global), walk)
            }
            ExprKind::Variable(variable) => self.variable_type(*variable, walk),
            ExprKind::Builtin(builtin) => {
                self.diagnostics.push(Diagnostic::unsupported(
                    format!("the builtin `{}` used as a value is not supported yet", builtin.name()),
                    expr.span,
                ));
                Type::Unknown
            }
            ExprKind::Undefined(_) => Type::Unknown,
            ExprKind::Binary { op, left, right } => {
                let left_type = self.expr(left, walk);
                let right_type = self.expr(right, walk);
                let left_type = self.narrow_sequence_operand(*op, left, left_type, &right_type, walk);
                let right_type = self.narrow_sequence_operand(*op, right, right_type, &left_type, walk);
                if left_type == Type::Foreign || right_type == Type::Foreign {
                    return self.foreign_binary((left, &left_type), (right, &right_type));
                }
                if matches!(left_type, Type::Instance { .. }) || matches!(right_type, Type::Instance { .. }) {
                    if left_type == Type::Unknown || right_type == Type::Unknown {
                        return Type::Unknown;
                    }
                    return self.object_binary(expr, *op, &left_type, &right_type, walk);
                }
                let dynamic_set_operation = set_operation_with_dynamic(*op, &left_type, &right_type);
                if (left_type.is_container() || right_type.is_container() || matches!(left_type, Type::DictView(..)) || matches!(right_type, Type::DictView(..))) && !dynamic_set_operation {
                    return self.container_binary(*op, &left_type, &right_type, expr.span, false);
                }
                if let (Type::Tuple(_) | Type::VarTuple(_), _) | (_, Type::Tuple(_) | Type::VarTuple(_)) = (&left_type, &right_type) {
                    if let Some(result) = tuple_binary(*op, &left_type, &right_type, right) {
                        return result;
                    }
                }
                let (forward, reflected) = operators::operator_methods(*op);
                if self.refuses_instance_method_of_dynamic(&left_type, &[forward, reflected], expr.span)
                    || self.refuses_instance_method_of_dynamic(&right_type, &[forward, reflected], expr.span)
                {
                    return Type::Unknown;
                }
                match operators::binary(*op, &left_type, &right_type, exponent_sign(right)) {
                    Outcome::Value(t) => t,
                    Outcome::TypeError(_) => Type::Unknown,
                    Outcome::Unsupported(message) => {
                        self.diagnostics.push(Diagnostic::unsupported(message, expr.span));
                        Type::Unknown
                    }
                }
            }
            ExprKind::Unary { op: UnaryOp::Not, operand } => {
                self.condition(operand, walk);
                Type::Bool
            }
            ExprKind::Unary { op, operand } => {
                let operand_type = self.expr(operand, walk);
                if operand_type == Type::Foreign {
                    return Type::Foreign;
                }
                if let Type::Instance { class, .. } = operand_type {
                    return self.object_unary(expr, objects::unary_method(*op), class, walk);
                }
                if self.refuses_instance_method_of_dynamic(&operand_type, &[objects::unary_method(*op)], expr.span) {
                    return Type::Unknown;
                }
                match operators::unary(*op, &operand_type) {
                    Outcome::Value(t) => t,
                    Outcome::Unsupported(message) => {
                        self.diagnostics.push(Diagnostic::unsupported(message, expr.span));
                        Type::Unknown
                    }
                    Outcome::TypeError(_) => Type::Unknown,
                }
            }
            ExprKind::BoolOp { op, values } => self.bool_op_type(expr, *op, values, walk, true),
            ExprKind::Compare { left, comparisons } => {
                let mut left_type = self.expr(left, walk);
                let mut result = Type::Bool;
                for (position, (op, operand)) in comparisons.iter().enumerate() {
                    let right_type = self.expr(operand, walk);
                    let membership = matches!(op, CompareOp::In | CompareOp::NotIn);
                    // `x in items_or_none`: the container, or CPython's TypeError.
                    let right_type = if membership && comparisons.len() == 1 && right_type.is_dynamic() {
                        self.narrow_to_payload(operand, right_type, walk)
                    } else {
                        right_type
                    };
                    let natively = membership && foreign::native_membership(&self.resolve(&left_type), &self.resolve(&right_type));
                    if (left_type == Type::Foreign || right_type == Type::Foreign) && !natively {
                        // CPython compares; `is` compares identities, `in`
                        // gives a bool, and the others whatever the
                        // object's method returns.
                        let left_expr = if position == 0 { &**left } else { &comparisons[position - 1].1 };
                        let identity = matches!(op, CompareOp::Is | CompareOp::IsNot);
                        if !identity && (membership && right_type != Type::Foreign) {
                            self.diagnostics.push(Diagnostic::unsupported("`in` of a CPython object in a native container is not supported yet", expr.span));
                            return Type::Unknown;
                        }
                        if !identity && self.foreign_binary((left_expr, &left_type), (operand, &right_type)) == Type::Unknown {
                            return Type::Unknown;
                        }
                        if identity && !(matches!(left_type, Type::Foreign | Type::None) && matches!(right_type, Type::Foreign | Type::None)) {
                            self.diagnostics.push(Diagnostic::unsupported("`is` between a CPython object and a native value other than None is not supported yet", expr.span));
                            return Type::Unknown;
                        }
                        if comparisons.len() > 1 {
                            self.diagnostics.push(Diagnostic::unsupported("a chained comparison of CPython objects is not supported yet", expr.span));
                            return Type::Unknown;
                        }
                        return if identity || membership { Type::Bool } else { Type::Foreign };
                    }
                    if let (true, Type::Class { class }) = (membership, &right_type) {
                        // `member in Color`: one of the `Enum` class's members.
                        if self.program.class(ClassId(*class)).enum_members.is_some() {
                            if !matches!(left_type, Type::Instance { .. } | Type::Unknown) {
                                self.diagnostics.push(Diagnostic::unsupported(format!("`in` of a {left_type} in an Enum class is not supported yet"), expr.span));
                            }
                            left_type = right_type;
                            continue;
                        }
                    }
                    // `x in container` with an instance x is the container's
                    // membership test, which compares through `__eq__`.
                    // An instance against a value of the dynamic tier (which
                    // may hold an instance too) is compared by the runtime,
                    // which calls the comparison methods.
                    let against_dynamic = (left_type.is_dynamic() || right_type.is_dynamic()) && !membership && !matches!(op, CompareOp::Is | CompareOp::IsNot);
                    if against_dynamic && self.compares_unrelated_instances(&left_type, &right_type, expr.span) {
                        return Type::Unknown;
                    }
                    if ((matches!(left_type, Type::Instance { .. }) && !membership) || matches!(right_type, Type::Instance { .. })) && !against_dynamic {
                        let outcome = if left_type == Type::Unknown || right_type == Type::Unknown {
                            Type::Unknown
                        } else {
                            self.object_compare(*op, &left_type, &right_type, operand, expr.span, walk)
                        };
                        if outcome == Type::Unknown && position == 0 {
                            result = Type::Unknown;
                        } else if outcome != Type::Unknown && outcome != Type::Bool {
                            self.diagnostics.push(Diagnostic::unsupported(format!("a comparison method returning {outcome} is not supported yet"), expr.span));
                        }
                        left_type = right_type;
                        continue;
                    }
                    let (left_resolved, right_resolved) = (self.resolve(&left_type), self.resolve(&right_type));
                    match operators::compare(*op, &left_resolved, &right_resolved) {
                        Ok(_) => {}
                        Err(Outcome::Unsupported(message)) => {
                            self.diagnostics.push(Diagnostic::unsupported(message, expr.span));
                        }
                        // A later link that raises is reached only when the
                        // earlier ones hold; a false one ends the chain first.
                        Err(Outcome::TypeError(_)) if position == 0 => result = Type::Unknown,
                        Err(Outcome::TypeError(_)) => {}
                        Err(Outcome::Value(_)) => {
                            if left_type == Type::Unknown || right_type == Type::Unknown {
                                result = Type::Unknown;
                            }
                        }
                    }
                    left_type = right_type;
                }
                result
            }
            ExprKind::IfElse { condition, then_value, else_value } => {
                self.condition(condition, walk);
                let then_type = self.expr(then_value, walk);
                let else_type = self.expr(else_value, walk);
                let result = then_type.join(&else_type);
                if result.contains_union() {
                    self.diagnostics.push(
                        Diagnostic::error(
                            DiagnosticKind::Type,
                            format!("this conditional expression may give a value of the types {result}"),
                            expr.span,
                        )
                        .with_secondary(then_value.span, format!("this is {then_type}"))
                        .with_secondary(else_value.span, format!("this is {else_type}")),
                    );
                }
                result
            }
            ExprKind::Call { callee, args, keywords } => self.call(expr, callee, args, keywords, walk),
            // A call's `*sequence` argument: `argument_types` spreads it.
            ExprKind::Starred(value) => self.expr(value, walk),
            ExprKind::EnumMember { class, value, .. } => {
                let value_type = self.expr(value, walk);
                if value_type == Type::Unknown {
                    return Type::Unknown;
                }
                self.construct(expr, *class, &[Type::Str, value_type], &[], &[], walk)
            }
            ExprKind::Attribute { value, name } => self.attribute_type(expr, value, name, walk),
            ExprKind::Super { .. } => {
                self.diagnostics.push(Diagnostic::unsupported("`super()` other than in a method call is not supported yet", expr.span));
                Type::Unknown
            }
            ExprKind::Index { value, index } => {
                let value_type = self.expr(value, walk);
                let index_type = self.expr(index, walk);
                if value_type == Type::Foreign {
                    return self.foreign_binary((value, &value_type), (index, &index_type));
                }
                if index_type == Type::Foreign && value_type != Type::Unknown {
                    self.diagnostics.push(Diagnostic::unsupported("indexing a native value with a CPython object is not supported yet", expr.span));
                    return Type::Unknown;
                }
                let value_type = if value_type.is_dynamic() && index_type != Type::Unknown {
                    let value_type = self.resolve(&value_type);
                    // The one of the value's types that can be indexed by
                    // this index: the value is unboxed to it (anything else
                    // raises CPython's "object is not subscriptable").
                    let integer_index = matches!(index_type, Type::Int | Type::Bool);
                    let indexable: Vec<Type> = value_type
                        .members()
                        .into_iter()
                        .filter(|member| match member {
                            Type::Str | Type::List(_) | Type::VarTuple(_) => integer_index,
                            Type::Tuple(_) => integer_index && constant_int(index).is_some(),
                            Type::Dict(c) => *c.element() == index_type || c.element().is_dynamic(),
                            _ => false,
                        })
                        .collect();
                    match indexable.as_slice() {
                        [member] => {
                            walk.expr_types[value.id.0 as usize] = member.clone();
                            member.clone()
                        }
                        // Several: the runtime indexes whichever the value
                        // is (`taipan_dynamic_get_item`), giving a box.
                        [_, _, ..] if index_type.is_boxable() || index_type.is_dynamic() => {
                            let mut result = Type::Unknown;
                            for member in &indexable {
                                let item = match member {
                                    Type::Str => Type::Str,
                                    Type::List(c) | Type::Dict(c) => if matches!(member, Type::Dict(_)) { c.value().clone() } else { c.element().clone() },
                                    Type::VarTuple(element) => (**element).clone(),
                                    Type::Tuple(members) => members.iter().fold(Type::Unknown, |joined, m| joined.join(m)),
                                    _ => Type::Unknown,
                                };
                                result = result.join(&item);
                            }
                            return if result.contains_union() { Type::Unknown } else { result };
                        }
                        _ => {
                            self.diagnostics.push(Diagnostic::unsupported(
                                format!("indexing a value of the types {value_type} by a {index_type} is not supported yet"),
                                expr.span,
                            ));
                            return Type::Unknown;
                        }
                    }
                } else {
                    value_type
                };
                if let Type::Class { class } = value_type {
                    if self.program.class(ClassId(class)).enum_members.is_some() {
                        // `Color['RED']`: the member of that name.
                        if !matches!(index_type, Type::Str | Type::Unknown) {
                            self.diagnostics.push(Diagnostic::unsupported(format!("looking up an enum member by a {index_type}"), expr.span));
                            return Type::Unknown;
                        }
                        return Type::Instance { class, or_none: false };
                    }
                }
                if let Type::Instance { class, .. } = value_type {
                    if index_type == Type::Unknown {
                        return Type::Unknown;
                    }
                    let key = (expr.id, Dunder::GetItem);
                    return self.object_special(key, class, "__getitem__", &[index_type], &[], &[], "is not subscriptable", expr.span, walk);
                }
                if !matches!(value_type, Type::Str | Type::Tuple(_) | Type::Unknown) {
                    return self.index_type(&value_type, &index_type, index, expr.span);
                }
                match (&value_type, &index_type) {
                    (Type::Str, Type::Int | Type::Bool) => Type::Str,
                    (Type::Unknown, _) | (_, Type::Unknown) => Type::Unknown,
                    (Type::Tuple(members), Type::Int | Type::Bool) => match constant_int(index) {
                        Some(position) => {
                            let length = members.len() as i64;
                            let position = if position < 0 { position + length } else { position };
                            if (0..length).contains(&position) {
                                members[position as usize].clone()
                            } else {
                                Type::Unknown
                            }
                        }
                        None => {
                            let joined = members.iter().fold(Type::Unknown, |joined, member| joined.join(member));
                            if joined.contains_union() {
                                self.diagnostics.push(Diagnostic::unsupported(
                                    format!("indexing a tuple of the types {} with a non-constant index is not supported yet", Type::Tuple(members.clone())),
                                    expr.span,
                                ));
                                return Type::Unknown;
                            }
                            joined
                        }
                    },
                    (Type::Str, _) => Type::Unknown,
                    _ => {
                        self.diagnostics.push(Diagnostic::unsupported(
                            format!("indexing a value of type {value_type} is not supported yet"),
                            expr.span,
                        ));
                        Type::Unknown
                    }
                }
            }
            ExprKind::FormattedString(parts) => self.format_parts_type(parts, &[], expr.span, walk),
            ExprKind::PercentFormat { parts, value, .. } => {
                let value_type = self.expr(value, walk);
                if value_type.contains_never() || value_type.contains_union() {
                    return Type::Unknown;
                }
                let resolved = self.resolve(&value_type);
                if resolved.contains_foreign() {
                    // Only CPython knows whether the object is a tuple (of
                    // the arguments) or one argument, and what `%d` makes of
                    // it: CPython formats, and gives a str.
                    if !crate::infer::foreign::may_cross(&resolved, crate::infer::foreign::Crossing::MayKeep) {
                        self.diagnostics.push(Diagnostic::unsupported(format!("`%` formatting of a native {resolved} holding CPython objects is not supported yet"), value.span));
                        return Type::Unknown;
                    }
                    return Type::Str;
                }
                if value_type.is_dynamic() && value_type.members().iter().any(|member| matches!(member, Type::Tuple(_) | Type::VarTuple(_))) {
                    // CPython takes a tuple's items as the arguments and any
                    // other value as one: which, only the run time knows.
                    self.diagnostics.push(Diagnostic::unsupported(
                        format!("`%` formatting with a right operand that may or may not be a tuple (the types {value_type}) is not supported yet"),
                        value.span,
                    ));
                    return Type::Unknown;
                }
                let steps = crate::percent::plan(parts, &crate::percent::percent_arguments(&value_type));
                if steps.iter().any(|step| matches!(step, crate::percent::PercentStep::Raise { .. })) {
                    Type::Unknown
                } else {
                    Type::Str
                }
            }
            ExprKind::StrFormat { arguments, parts } => {
                let argument_types: Vec<Type> = arguments.iter().map(|argument| self.expr(argument, walk)).collect();
                self.format_parts_type(parts, &argument_types, expr.span, walk)
            }
            ExprKind::Tuple(elements) => {
                let types: Vec<Type> = elements.iter().map(|element| self.expr(element, walk)).collect();
                // A tuple with a member that is never produced is never built.
                if types.iter().any(Type::contains_never) {
                    return Type::Unknown;
                }
                Type::Tuple(types)
            }
            ExprKind::Slice { value, bounds } => {
                let value_type = self.expr(value, walk);
                if value_type == Type::Foreign {
                    // CPython slices the object with a `slice` of the bounds,
                    // whatever their types (its own `__index__` rules apply).
                    for bound in [&bounds.start, &bounds.stop, &bounds.step].into_iter().flatten() {
                        let bound_type = self.expr(bound, walk);
                        if self.foreign_binary((bound, &bound_type), (bound, &bound_type)) == Type::Unknown {
                            return Type::Unknown;
                        }
                    }
                    return Type::Foreign;
                }
                self.slice_bounds(bounds, walk);
                self.slice_type(&value_type, bounds, expr.span)
            }
            ExprKind::List(elements) | ExprKind::Set(elements) => {
                let kind = if matches!(expr.kind, ExprKind::List(_)) { containers::SiteKind::List } else { containers::SiteKind::Set };
                let container = self.site(walk.id, expr.id.0, kind, expr.span);
                for element in elements {
                    let element_type = self.expr(element, walk);
                    self.add_element(&container, 0, &element_type, element.span);
                }
                kind.wrap(container)
            }
            ExprKind::Dict(items) => {
                let container = self.site(walk.id, expr.id.0, containers::SiteKind::Dict, expr.span);
                for (key, value) in items {
                    let key_type = self.expr(key, walk);
                    let value_type = self.expr(value, walk);
                    self.add_element(&container, 0, &key_type, key.span);
                    self.add_element(&container, 1, &value_type, value.span);
                }
                Type::Dict(container)
            }
            ExprKind::Comprehension(comprehension) => self.comprehension(expr, comprehension, walk),
            ExprKind::Lambda(function) => self.function_value_type(*function, walk),
            ExprKind::ExactType { value, .. } => match self.expr(value, walk) {
                Type::Foreign => {
                    self.diagnostics.push(Diagnostic::unsupported("comparing `type()` of a CPython object with a built-in type is not supported yet", expr.span));
                    Type::Unknown
                }
                Type::Unknown => Type::Unknown,
                _ => Type::Bool,
            },
            ExprKind::ClassOf(value) => match self.expr(value, walk) {
                Type::Instance { class, or_none: false } => Type::Class { class },
                Type::Foreign => Type::Foreign,
                Type::Instance { or_none: true, .. } => {
                    self.diagnostics.push(Diagnostic::unsupported("`type()` of a value that may be None is not supported yet", expr.span));
                    Type::Unknown
                }
                Type::Unknown => Type::Unknown,
                other => {
                    self.diagnostics.push(Diagnostic::unsupported(format!("`type()` of a {} value is not supported yet", self.resolve(&other)), expr.span));
                    Type::Unknown
                }
            },
            ExprKind::InstanceDict { value, through_vars } => self.instance_dict(expr, value, *through_vars, walk),
            ExprKind::ForeignImport { .. } => self.foreign_import(expr),
            ExprKind::VmDefinition { .. } => self.vm_definition(expr, walk),
            ExprKind::SysArgv => {
                let container = self.site(walk.id, expr.id.0, containers::SiteKind::List, expr.span);
                self.add_element(&container, 0, &Type::Str, expr.span);
                Type::List(container)
            }
        }
    }

    /// An f-string or `str.format` result is a str; it is never produced if
    /// one of its fields is not, or if formatting raises.
    fn format_parts_type(&mut self, parts: &[FormatPart], arguments: &[Type], span: Span, walk: &mut Walk) -> Type {
        let mut result = Type::Str;
        for part in parts {
            match part {
                FormatPart::Literal(_) => {}
                FormatPart::Error { .. } => result = Type::Unknown,
                FormatPart::Field { source, spec, conversion } => {
                    let value_type = match source {
                        FieldSource::Expr(value) => self.expr(value, walk),
                        FieldSource::Argument(index) => arguments.get(*index).cloned().unwrap_or(Type::Unknown),
                    };
                    if value_type.contains_never() || value_type.contains_union() {
                        result = Type::Unknown;
                    }
                    if let Type::Instance { class, .. } = value_type {
                        let defines_format =
                            self.runtime_classes(ClassId(class)).iter().any(|c| self.class_table.lookup(self.program, *c, "__format__", None).is_some());
                        let span = match source {
                            FieldSource::Expr(value) => value.span,
                            FieldSource::Argument(_) => span,
                        };
                        // `!r`/`!s` format the str, not the object.
                        let refusal = match (*conversion, defines_format, spec.is_empty()) {
                            (Conversion::None, true, _) => Some("formatting an instance whose class defines `__format__` is not supported yet"),
                            (Conversion::None, false, false) => Some("a format spec for an instance is not supported yet"),
                            _ => None,
                        };
                        if let Some(message) = refusal {
                            self.diagnostics.push(Diagnostic::unsupported(message, span));
                            result = Type::Unknown;
                        }
                    }
                    if self.format_parts_type(spec, arguments, span, walk) == Type::Unknown {
                        result = Type::Unknown;
                    }
                }
            }
        }
        result
    }

    /// The type of `a and b` / `a or b`. `a or b` yields a only when a is
    /// truthy, `a and b` only when a is falsy: narrowing by truthiness types
    /// `c and x or y` as x | y. Nested `and`/`or` operands are narrowed by the
    /// enclosing operation, so only the outermost one reports a union.
    fn bool_op_type(&mut self, expr: &Expr, op: BoolOp, values: &[Expr], walk: &mut Walk, report: bool) -> Type {
        let mut result = Type::Unknown;
        for (index, value) in values.iter().enumerate() {
            let value_type = match &value.kind {
                ExprKind::BoolOp { op: inner_op, values: inner_values } => {
                    let inner = self.bool_op_type(value, *inner_op, inner_values, walk, false);
                    walk.expr_types[value.id.0 as usize] = inner.clone();
                    inner
                }
                _ => self.expr(value, walk),
            };
            let part = if index + 1 == values.len() { value_type } else { narrowed_type(value, op == BoolOp::Or, walk) };
            result = result.join(&part);
        }
        if report && result.contains_union() {
            self.diagnostics.push(
                Diagnostic::error(
                    DiagnosticKind::Type,
                    format!("this `and`/`or` expression may give a value of the types {result}"),
                    expr.span,
                )
                .with_note("`and` and `or` return one of their operands; the dynamic tier does not box one of these types yet"),
            );
        }
        result
    }

    fn call(&mut self, expr: &Expr, callee: &Expr, args: &[Expr], keywords: &[Keyword], walk: &mut Walk) -> Type {
        let unpacks = args.iter().any(|arg| matches!(arg.kind, ExprKind::Starred(_))) || keywords.iter().any(|k| k.name == "**");
        if keywords.iter().filter(|k| k.name == "**").count() > 1 {
            self.diagnostics.push(Diagnostic::unsupported("a call with two `**` mappings is not supported yet", expr.span));
            return Type::Unknown;
        }
        if unpacks && !self.may_unpack_arguments(callee, walk) {
            self.diagnostics.push(Diagnostic::unsupported("`*` or `**` unpacking in a call of a built-in function or method is not supported yet", expr.span));
            return Type::Unknown;
        }
        if let Some(result) = self.foreign_call(expr, callee, args, keywords, walk) {
            return result;
        }
        if let ExprKind::Attribute { value, name } = &callee.kind {
            if let Some(result) = self.object_call(expr, callee, value, name, args, keywords, walk) {
                return result;
            }
        }
        if let ExprKind::Variable(Variable::Global(global)) = &callee.kind {
            if let GlobalKind::Class(class) = self.program.global(*global).kind {
                let arg_types: Vec<Type> = self.argument_types(args, walk);
                let keyword_types: Vec<Type> = keywords.iter().map(|keyword| self.expr(&keyword.value, walk)).collect();
                walk.expr_types[callee.id.0 as usize] = Type::Unknown;
                if self.program.class(class).enum_members.is_some() {
                    return self.enum_lookup(expr, class, &arg_types, keywords, walk);
                }
                return self.construct(expr, class, &arg_types, keywords, &keyword_types, walk);
            }
        }
        if let (ExprKind::Builtin(Builtin::Len), [arg]) = (&callee.kind, args) {
            if let Type::Class { class } = self.expr(arg, walk) {
                if self.program.class(ClassId(class)).enum_members.is_some() {
                    walk.expr_types[callee.id.0 as usize] = Type::Unknown;
                    return Type::Int;
                }
            }
            if let Type::Instance { class, .. } = self.expr(arg, walk) {
                walk.expr_types[callee.id.0 as usize] = Type::Unknown;
                return self.object_len(expr, class, walk);
            }
        }
        if let (ExprKind::Builtin(Builtin::Abs), [arg]) = (&callee.kind, args) {
            if let Type::Instance { class, .. } = self.expr(arg, walk) {
                walk.expr_types[callee.id.0 as usize] = Type::Unknown;
                return self.object_unary(expr, "__abs__", class, walk);
            }
        }
        if let (ExprKind::Builtin(builtin @ (Builtin::Len | Builtin::Int | Builtin::Float | Builtin::Abs | Builtin::Round)), [arg]) = (&callee.kind, args) {
            // The runtime's generic `len`, `int`... of a box do not call an
            // instance's special methods.
            let methods: &[&str] = match builtin {
                Builtin::Len => &["__len__"],
                Builtin::Int => &["__int__", "__index__", "__trunc__"],
                Builtin::Float => &["__float__", "__index__"],
                Builtin::Abs => &["__abs__"],
                _ => &["__round__"],
            };
            let arg_type = self.expr(arg, walk);
            if self.refuses_instance_method_of_dynamic(&arg_type, methods, expr.span) {
                return Type::Unknown;
            }
        }
        if let ExprKind::Builtin(builtin @ (Builtin::SetAttr | Builtin::DelAttr)) = &callee.kind {
            walk.expr_types[callee.id.0 as usize] = Type::Unknown;
            return self.reflective_store_call(*builtin, expr, args, keywords, walk);
        }
        if let ExprKind::Builtin(builtin @ (Builtin::GetAttr | Builtin::HasAttr)) = &callee.kind {
            walk.expr_types[callee.id.0 as usize] = Type::Unknown;
            return self.reflective_attribute_call(*builtin, expr, args, keywords, walk);
        }
        if let ExprKind::Builtin(builtin) = &callee.kind {
            if let Some(result) = self.container_builtin(*builtin, expr, args, keywords, walk) {
                walk.expr_types[callee.id.0 as usize] = Type::Unknown;
                return result;
            }
        }
        if let ExprKind::Attribute { value, name } = &callee.kind {
            let receiver = self.expr(value, walk);
            if let Some(owners) = self.duck_typed_owners(&receiver, name) {
                return self.duck_typed_method_call(expr, callee, &owners, name, args, keywords, walk);
            }
            let Some(receiver) = self.narrow_receiver(value, name, receiver, callee.span, walk) else {
                for arg in args {
                    self.expr(arg, walk);
                }
                return Type::Unknown;
            };
            if let Type::Instance { .. } = receiver {
                return self.instance_method_call(expr, callee, &receiver, name, args, keywords, walk);
            }
            if !matches!(receiver, Type::Str | Type::Unknown) || matches!(name.as_str(), "split" | "rsplit" | "splitlines" | "join" | "partition" | "rpartition") {
                walk.expr_types[callee.id.0 as usize] = Type::Unknown;
                return self.container_method(expr, &receiver, name, args, keywords, walk);
            }
        }
        let arg_types: Vec<Type> = self.argument_types(args, walk);
        let keyword_types: Vec<Type> = keywords.iter().map(|keyword| self.expr(&keyword.value, walk)).collect();
        match &callee.kind {
            ExprKind::Builtin(builtin) => {
                walk.expr_types[callee.id.0 as usize] = Type::Unknown;
                let result = crate::infer::builtins::call_type(*builtin, expr, args, &arg_types, keywords, &keyword_types);
                match result {
                    Ok(t) => t,
                    Err(diagnostic) => {
                        self.diagnostics.push(diagnostic);
                        Type::Unknown
                    }
                }
            }
            ExprKind::Variable(Variable::Global(global)) if matches!(self.program.global(*global).kind, GlobalKind::Function(_)) => {
                let GlobalKind::Function(function) = self.program.global(*global).kind else { unreachable!() };
                // A name only one `def` binds: a direct call.
                walk.expr_types[callee.id.0 as usize] = Type::Unknown;
                self.call_function_value(expr.id, &Type::Function(function.0), callee.span, arg_types, keywords, &keyword_types, walk)
            }
            ExprKind::Attribute { value, name } => {
                let receiver = self.expr(value, walk);
                let Some(receiver) = self.narrow_receiver(value, name, receiver, callee.span, walk) else { return Type::Unknown };
                walk.expr_types[callee.id.0 as usize] = Type::Unknown;
                match crate::infer::builtins::method_type(&receiver, name, expr, &arg_types, keywords) {
                    Ok(t) => t,
                    Err(diagnostic) => {
                        self.diagnostics.push(diagnostic);
                        Type::Unknown
                    }
                }
            }
            ExprKind::Undefined(_) => Type::Unknown,
            _ => {
                let callee_type = self.expr(callee, walk);
                if let Type::Function(_) | Type::Functions(_) | Type::Closure { .. } = callee_type {
                    return self.call_function_value(expr.id, &callee_type, callee.span, arg_types, keywords, &keyword_types, walk);
                }
                if callee_type == Type::Unknown || arg_types.iter().chain(&keyword_types).any(|t| *t == Type::Unknown) {
                    return Type::Unknown;
                }
                if let Type::Class { class } = callee_type {
                    return self.construct_any(expr, ClassId(class), &arg_types, keywords, &keyword_types, walk);
                }
                if let Type::BoundMethod { class, name } = &callee_type {
                    let (resolution, result) = self.dispatch(ClassId(*class), name, None, &arg_types, keywords, &keyword_types, expr.span);
                    walk.calls.insert(expr.id, resolution);
                    return result;
                }
                if callee_type.is_dynamic() && callee_type.members().iter().any(|member| matches!(member, Type::BoundMethod { .. })) {
                    // A box that may hold one of several bound methods
                    // (`getattr(obj, name)(...)`): the call of each, chosen
                    // by what the box holds; any other value is not callable.
                    let mut targets = Vec::new();
                    let mut result = Type::Unknown;
                    for member in callee_type.members() {
                        let Type::BoundMethod { class, name } = &member else { continue };
                        let (resolution, returned) = self.dispatch(ClassId(*class), name, None, &arg_types, keywords, &keyword_types, expr.span);
                        if resolution == CallResolution::NotReached {
                            return Type::Unknown;
                        }
                        targets.push((member.clone(), resolution));
                        result = result.join(&returned);
                    }
                    walk.calls.insert(expr.id, CallResolution::BoxedMethods { targets });
                    return result;
                }
                if let Type::Instance { class, .. } = callee_type {
                    let key = (expr.id, Dunder::Call);
                    return self.object_special(key, class, "__call__", &arg_types, keywords, &keyword_types, "is not callable", expr.span, walk);
                }
                self.diagnostics.push(
                    Diagnostic::unsupported("calling this kind of value is not supported yet", callee.span)
                        .with_primary_label("only functions defined with `def`, builtins and str methods can be called so far"),
                );
                Type::Unknown
            }
        }
    }

    /// A call of a function value (a `def`'s or a lambda's, possibly a
    /// closure) with arguments of these types, recorded under `key`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call_function_value(
        &mut self,
        key: ExprId,
        callee_type: &Type,
        span: Span,
        arg_types: Vec<Type>,
        keywords: &[Keyword],
        keyword_types: &[Type],
        walk: &mut Walk,
    ) -> Type {
        let (function, environment) = match callee_type {
            Type::Function(function) => (FunctionId(*function), None),
            Type::Functions(functions) => {
                // One call per function the value may be, chosen by its id.
                let mut targets = Vec::new();
                let mut result = Type::Unknown;
                for function in functions {
                    let returned = self.call_function_value(key, &Type::Function(*function), span, arg_types.clone(), keywords, keyword_types, walk);
                    match walk.calls.shift_remove(&key) {
                        Some(resolution) => targets.push((FunctionId(*function), resolution)),
                        None => return Type::Unknown,
                    }
                    result = result.join(&returned);
                }
                walk.calls.insert(key, CallResolution::FunctionDispatch { targets });
                return result;
            }
            Type::Closure { function, environment } => (FunctionId(*function), Some(InstanceId(*environment))),
            _ => {
                self.diagnostics.push(Diagnostic::internal(format!("a call of a {callee_type} value as a function"), span));
                return Type::Unknown;
            }
        };
        if arg_types.iter().chain(keyword_types).any(|t| *t == Type::Unknown || t.contains_union()) {
            walk.calls.shift_remove(&key);
            return Type::Unknown;
        }
        match self.bind_call(function, &arg_types, keywords, keyword_types) {
            Ok(params) => {
                let mut param_types = Vec::new();
                let count = self.program.function(function).params.len();
                for (index, source) in params.iter().enumerate().take(count) {
                    param_types.push(self.argument_type(function, index, source, None, &arg_types, keyword_types));
                }
                if param_types.contains(&Type::Unknown) {
                    walk.calls.shift_remove(&key);
                    return Type::Unknown;
                }
                let count = self.instances_per_function.get(&function).copied().unwrap_or(0);
                if count >= MAX_INSTANCES_PER_FUNCTION && !self.instance_keys.contains_key(&(function, environment, param_types.iter().map(|t| self.instance_key_type(t)).collect())) {
                    self.diagnostics.push(Diagnostic::unsupported(
                        format!("`{}` is called with too many different argument types", self.program.function(function).name),
                        span,
                    ));
                    return Type::Unknown;
                }
                let instance = self.instance_in(function, environment, param_types);
                walk.calls.insert(key, CallResolution::Bound { callee: instance, params });
                self.return_types[instance.0 as usize].clone()
            }
            Err(message) => {
                walk.calls.insert(key, CallResolution::TypeError(message));
                Type::Unknown
            }
        }
    }

    /// Whether a call of `callee` may have `*`/`**` arguments: calls of the
    /// program's functions, classes and methods bind them; built-ins and
    /// the methods of built-in types do not yet.
    fn may_unpack_arguments(&mut self, callee: &Expr, walk: &mut Walk) -> bool {
        match &callee.kind {
            ExprKind::Builtin(_) => false,
            ExprKind::Attribute { value, .. } => match &value.kind {
                ExprKind::Super { .. } => true,
                ExprKind::Variable(Variable::Global(global)) if matches!(self.program.global(*global).kind, GlobalKind::Class(_)) => true,
                _ => matches!(self.expr(value, walk), Type::Instance { .. } | Type::Unknown),
            },
            _ => true,
        }
    }

    /// The types of a call's positional arguments, each `*tuple` spread
    /// into its members (codegen's `emit_arguments` spreads the values the
    /// same way). Spreading a sequence of run-time length is not compiled.
    pub(super) fn argument_types(&mut self, args: &[Expr], walk: &mut Walk) -> Vec<Type> {
        let mut types = Vec::new();
        for (position, arg) in args.iter().enumerate() {
            let arg_type = self.expr(arg, walk);
            let is_last = position + 1 == args.len();
            match (&arg.kind, arg_type) {
                (ExprKind::Starred(_), Type::Tuple(members)) => types.extend(members),
                (ExprKind::Starred(_), Type::Unknown) => types.push(Type::Unknown),
                // A sequence of run-time length, last among the positional
                // arguments: bound item by item at run time.
                (ExprKind::Starred(_), Type::List(c)) if is_last => {
                    let element = self.element(&c, 0);
                    types.push(Type::Spread(Box::new(element)));
                }
                (ExprKind::Starred(_), Type::VarTuple(element)) if is_last => types.push(Type::Spread(element)),
                (ExprKind::Starred(_), other) => {
                    let shown = self.resolve(&other);
                    self.diagnostics.push(Diagnostic::unsupported(
                        format!("`*` unpacking of a {shown} in a call is not supported yet (a tuple's is, and a list's as the last positional argument)"),
                        arg.span,
                    ));
                    types.push(Type::Unknown);
                }
                (_, arg_type) => types.push(arg_type),
            }
        }
        types
    }

    /// The type parameter `index` of `function` receives from `source`.
    /// A `*args` tuple, a `**kwargs` dict of values of several types, and a
    /// parameter that may come from a mapping or its default disagreeing,
    /// are reported where the function declares the parameter.
    pub(super) fn argument_type(
        &mut self,
        function: FunctionId,
        index: usize,
        source: &ArgumentSource,
        receiver: Option<&Type>,
        arg_types: &[Type],
        keyword_types: &[Type],
    ) -> Type {
        let default_type = |engine: &Self| engine.default_types.get(&(function, index)).cloned().unwrap_or(Type::Unknown);
        let mapping_value = |engine: &Self, mapping: usize| match &keyword_types[mapping] {
            Type::Dict(c) => engine.element(c, 1),
            _ => Type::Unknown,
        };
        let joined = match source {
            ArgumentSource::Positional(position) => return arg_types[*position].clone(),
            ArgumentSource::Keyword(position) => return keyword_types[*position].clone(),
            ArgumentSource::Default => return default_type(self),
            ArgumentSource::Receiver => return receiver.cloned().unwrap_or(Type::Unknown),
            ArgumentSource::VarPositional(positions) => return Type::Tuple(positions.iter().map(|p| arg_types[*p].clone()).collect()),
            ArgumentSource::VarKeyword { named, mapping } => {
                let mut value = named.iter().fold(Type::Unknown, |joined, (_, k)| joined.join(&keyword_types[*k]));
                if let Some(mapping) = mapping {
                    value = value.join(&mapping_value(self, *mapping));
                }
                if !value.contains_union() {
                    return Type::Dict(Container::structural(vec![Type::Str, self.resolve(&value)]));
                }
                value
            }
            ArgumentSource::FromSpread { position, .. } => {
                let Type::Spread(element) = &arg_types[*position] else { return Type::Unknown };
                let param = &self.program.function(function).params[index];
                let joined = if param.default.is_some() { element.join(&default_type(self)) } else { (**element).clone() };
                if !joined.contains_union() {
                    return joined;
                }
                joined
            }
            ArgumentSource::VarPositionalSpread { fixed, spread, .. } => {
                let Type::Spread(element) = &arg_types[*spread] else { return Type::Unknown };
                let joined = fixed.iter().fold((**element).clone(), |joined, p| joined.join(&arg_types[*p]));
                if !joined.contains_union() {
                    return Type::VarTuple(Box::new(self.resolve(&joined)));
                }
                joined
            }
            ArgumentSource::SpreadLimit { .. } | ArgumentSource::MappingCheck { .. } => return Type::Unknown,
            ArgumentSource::FromMapping { mapping } => {
                let value = mapping_value(self, *mapping);
                let param = &self.program.function(function).params[index];
                let joined = if param.default.is_some() { value.join(&default_type(self)) } else { value };
                if !joined.contains_union() {
                    return joined;
                }
                joined
            }
        };
        let param = &self.program.function(function).params[index];
        self.diagnostics.push(Diagnostic::unsupported(
            format!("parameter `{}` would receive values of the types {joined}, which is not supported yet", param.name),
            param.span,
        ));
        Type::Unknown
    }

    /// Binds a call's arguments to the parameters of `function` as CPython
    /// does (positional-only, ordinary, `*args`, keyword-only and
    /// `**kwargs` parameters; `**mapping` arguments), or gives CPython's
    /// `TypeError` message. `positional` counts the positional arguments
    /// once each `*tuple` is spread.
    fn bind_call(&self, function: FunctionId, arg_types: &[Type], keywords: &[Keyword], keyword_types: &[Type]) -> Result<Vec<ArgumentSource>, String> {
        // A `*sequence` of run-time length comes last.
        let spread = match arg_types.last() {
            Some(Type::Spread(_)) => Some(arg_types.len() - 1),
            _ => None,
        };
        let positional = arg_types.len() - usize::from(spread.is_some());
        let def = self.program.function(function);
        let name = &call_error_name(self.program, function);
        let params = &def.params;
        let total = params.len();
        let positional_params: Vec<usize> =
            (0..total).filter(|i| matches!(params[*i].kind, ParamKind::PositionalOnly | ParamKind::Normal)).collect();
        let var_positional = params.iter().position(|p| p.kind == ParamKind::VarPositional);
        let var_keyword = params.iter().position(|p| p.kind == ParamKind::VarKeyword);
        let mut sources: Vec<Option<ArgumentSource>> = vec![None; total];
        // "f() takes 2 positional arguments but ...", as CPython words it.
        let takes = {
            let count = positional_params.len();
            let required = positional_params.iter().filter(|i| params[**i].default.is_none()).count();
            let takes = if required == count {
                format!("{count} positional argument{}", if count == 1 { "" } else { "s" })
            } else {
                format!("from {required} to {count} positional arguments")
            };
            format!("{name}() takes {takes} but ")
        };
        if positional > positional_params.len() && var_positional.is_none() {
            let given = if positional == 1 { "was" } else { "were" };
            return Err(format!("{takes}{positional} {given} given"));
        }
        for (position, index) in positional_params.iter().enumerate().take(positional) {
            sources[*index] = Some(ArgumentSource::Positional(position));
        }
        if let Some(index) = var_positional {
            let fixed: Vec<usize> = (positional_params.len()..positional.max(positional_params.len())).collect();
            sources[index] = Some(match spread {
                Some(spread) => {
                    let from = positional_params.len().saturating_sub(positional);
                    ArgumentSource::VarPositionalSpread { fixed, spread, from }
                }
                None => ArgumentSource::VarPositional(fixed),
            });
        }
        let mut surplus_keywords = Vec::new();
        let mut positional_only_passed = Vec::new();
        let mut mapping = None;
        for (keyword_index, keyword) in keywords.iter().enumerate() {
            if keyword.name == "**" {
                let Type::Dict(c) = &keyword_types[keyword_index] else {
                    return Err(format!("{name}() argument after ** must be a mapping, not {}", keyword_types[keyword_index].python_name()));
                };
                // A mapping whose values have no type is empty.
                if self.element(c, 1) == Type::Unknown {
                    continue;
                }
                if !matches!(self.element(c, 0), Type::Str) {
                    return Err(format!("{name}() keywords must be strings"));
                }
                if mapping.is_some() {
                    return Err(format!("{name}() is given two `**` mappings, which Taipan does not compile yet"));
                }
                mapping = Some(keyword_index);
                continue;
            }
            let found = params.iter().position(|p| p.name == keyword.name && matches!(p.kind, ParamKind::Normal | ParamKind::KeywordOnly));
            match found {
                Some(index) => {
                    if sources[index].is_some() {
                        return Err(format!("{name}() got multiple values for argument '{}'", keyword.name));
                    }
                    sources[index] = Some(ArgumentSource::Keyword(keyword_index));
                }
                None if var_keyword.is_some() => surplus_keywords.push((keyword.name.clone(), keyword_index)),
                None if params.iter().any(|p| p.name == keyword.name && p.kind == ParamKind::PositionalOnly) => {
                    positional_only_passed.push(keyword.name.clone());
                }
                None => return Err(format!("{name}() got an unexpected keyword argument '{}'", keyword.name)),
            }
        }
        if !positional_only_passed.is_empty() {
            return Err(format!("{name}() got some positional-only arguments passed as keyword arguments: '{}'", positional_only_passed.join(", ")));
        }
        if let Some(index) = var_keyword {
            sources[index] = Some(ArgumentSource::VarKeyword { named: surplus_keywords, mapping });
        }
        let mut limit = None;
        if let Some(spread) = spread {
            // The sequence's items fill the positional parameters left, in
            // order, up to the first one given by keyword.
            let mut consumed = 0;
            for index in positional_params.iter().skip(positional) {
                if sources[*index].is_some() {
                    break;
                }
                sources[*index] = Some(ArgumentSource::FromSpread { position: spread, index: consumed });
                consumed += 1;
            }
            if var_positional.is_none() || consumed < positional_params.len().saturating_sub(positional) {
                // Without `*args` (or past a parameter given by keyword, where
                // CPython reports the duplicate instead) more items are a
                // TypeError.
                limit = Some(ArgumentSource::SpreadLimit { position: spread, consumed, fixed: positional, prefix: takes.clone() });
            }
        }
        let mut missing_positional = Vec::new();
        let mut missing_keyword_only = Vec::new();
        for (index, source) in sources.iter_mut().enumerate() {
            if source.is_some() {
                continue;
            }
            let param = &params[index];
            if let (Some(keyword), ParamKind::Normal | ParamKind::KeywordOnly) = (mapping, param.kind) {
                *source = Some(ArgumentSource::FromMapping { mapping: keyword });
            } else if param.default.is_some() {
                *source = Some(ArgumentSource::Default);
            } else if param.kind == ParamKind::KeywordOnly {
                missing_keyword_only.push(format!("'{}'", param.name));
            } else {
                missing_positional.push(format!("'{}'", param.name));
            }
        }
        for (missing, what) in [(missing_positional, "positional"), (missing_keyword_only, "keyword-only")] {
            if missing.is_empty() {
                continue;
            }
            return Err(missing_arguments_message(name, what, &missing));
        }
        let mut sources: Vec<ArgumentSource> = sources.into_iter().map(|source| source.expect("filled above")).collect();
        if let Some(mapping) = mapping {
            let named = |kind: fn(&ArgumentSource) -> bool| -> Vec<String> {
                params.iter().zip(&sources).filter(|(param, source)| param.kind != ParamKind::VarPositional && kind(source)).map(|(param, _)| param.name.clone()).collect()
            };
            let allowed = var_keyword.is_none().then(|| {
                params.iter().filter(|param| matches!(param.kind, ParamKind::Normal | ParamKind::KeywordOnly)).map(|param| param.name.clone()).collect()
            });
            let positional = named(|source| matches!(source, ArgumentSource::Positional(_) | ArgumentSource::FromSpread { .. }));
            let keywords = named(|source| matches!(source, ArgumentSource::Keyword(_)));
            sources.push(ArgumentSource::MappingCheck { mapping, allowed, positional, keywords });
        }
        sources.extend(limit);
        Ok(sources)
    }
}


/// How CPython names `function` in its call errors: a method by its class
/// (`Point.move()`).
pub fn call_error_name(program: &Program, function: FunctionId) -> String {
    let def = program.function(function);
    match def.class {
        Some(class) => format!("{}.{}", program.class(class).name, def.name),
        None => def.name.clone(),
    }
}

/// CPython's TypeError for required arguments a call left out (`what` is
/// "positional" or "keyword-only"; `missing` the quoted names).
pub fn missing_arguments_message(name: &str, what: &str, missing: &[String]) -> String {
    let count = missing.len();
    let names = match count {
        0 | 1 => missing.first().cloned().unwrap_or_default(),
        2 => format!("{} and {}", missing[0], missing[1]),
        _ => format!("{}, and {}", missing[..count - 1].join(", "), missing[count - 1]),
    };
    format!("{name}() missing {count} required {what} argument{}: {names}", if count == 1 { "" } else { "s" })
}

/// Whether `left op right` is a set operator between sets where a side is a
/// value of the dynamic tier: the runtime carries it out on boxes. Other
/// container operations with a boxed side stay with the container rules,
/// which refuse them (CPython then runs the program).
fn set_operation_with_dynamic(op: BinaryOp, left: &Type, right: &Type) -> bool {
    let set_operator = matches!(op, BinaryOp::BitOr | BinaryOp::BitAnd | BinaryOp::Sub | BinaryOp::BitXor);
    let set_or_box = |t: &Type| t.is_dynamic() || matches!(t, Type::Set(_) | Type::FrozenSet(_));
    set_operator && (left.is_dynamic() || right.is_dynamic()) && set_or_box(left) && set_or_box(right)
}

/// `tuple + tuple` and `tuple * constant`: fixed-length results, or a tuple
/// of run-time length when a side has one.
pub fn tuple_binary(op: BinaryOp, left: &Type, right: &Type, right_expr: &Expr) -> Option<Type> {
    let as_var = |t: &Type| match t {
        Type::VarTuple(element) => Some((**element).clone()),
        Type::Tuple(members) => Some(members.iter().fold(Type::Unknown, |joined, m| joined.join(m))),
        _ => None,
    };
    match (op, left, right) {
        (BinaryOp::Add, Type::VarTuple(_), Type::Tuple(_) | Type::VarTuple(_)) | (BinaryOp::Add, Type::Tuple(_), Type::VarTuple(_)) => {
            let joined = as_var(left)?.join(&as_var(right)?);
            return (!joined.contains_union()).then(|| Type::VarTuple(Box::new(joined)));
        }
        (BinaryOp::Mul, Type::VarTuple(_), Type::Int | Type::Bool) => return Some(left.clone()),
        (BinaryOp::Mul, Type::Tuple(_), Type::Int | Type::Bool) if constant_int(right_expr).is_none() => {
            let joined = as_var(left)?;
            return (!joined.contains_union()).then(|| Type::VarTuple(Box::new(joined)));
        }
        _ => {}
    }
    match (op, left, right) {
        (BinaryOp::Add, Type::Tuple(l), Type::Tuple(r)) => Some(Type::Tuple(l.iter().chain(r).cloned().collect())),
        (BinaryOp::Mul, Type::Tuple(l), Type::Int) => {
            let count = constant_int(right_expr)?.clamp(0, 64) as usize;
            Some(Type::Tuple(l.iter().cloned().cycle().take(l.len() * count).collect()))
        }
        _ => None,
    }
}

/// A place that runs in the dynamic tier, for `taipan check`: what holds
/// values of several types, and where each type comes from.
pub(crate) fn dynamic_place(message: String, span: Span, sources: &[(Type, Span)]) -> Diagnostic {
    let mut diagnostic = Diagnostic::warning(DiagnosticKind::Dynamic, message, span)
        .with_note("its values are boxed (one type or None: a flag beside the value) and operations on them check the type at run time (the dynamic tier)");
    for (source_type, source_span) in sources {
        diagnostic = diagnostic.with_secondary(*source_span, format!("{source_type} here"));
    }
    diagnostic
}

pub(crate) fn union_diagnostic(message: String, span: Span, sources: &[(Type, Span)]) -> Diagnostic {
    let mut diagnostic = Diagnostic::error(DiagnosticKind::Type, message, span)
        .with_note("the dynamic tier boxes ints, floats, bools, None, strs, tuples, lists, dicts, sets and instances; it cannot hold one of these types yet");
    for (source_type, source_span) in sources {
        diagnostic = diagnostic.with_secondary(*source_span, format!("{source_type} here"));
    }
    diagnostic
}

/// The methods and attributes of the built-in types, as `dir()` lists
/// them in CPython 3.11 (without the special methods): what decides which
/// of a dynamic value's types a method call means.
fn builtin_type_attributes(t: &Type) -> &'static [&'static str] {
    match t {
        Type::Str => &[
            "capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format", "format_map", "index",
            "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace",
            "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition", "removeprefix", "removesuffix", "replace",
            "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
            "translate", "upper", "zfill",
        ],
        Type::List(_) => &["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"],
        Type::Dict(_) => &["clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"],
        Type::Set(_) => &[
            "add", "clear", "copy", "difference", "difference_update", "discard", "intersection", "intersection_update", "isdisjoint",
            "issubset", "issuperset", "pop", "remove", "symmetric_difference", "symmetric_difference_update", "union", "update",
        ],
        Type::FrozenSet(_) => &["copy", "difference", "intersection", "isdisjoint", "issubset", "issuperset", "symmetric_difference", "union"],
        Type::Tuple(_) | Type::VarTuple(_) => &["count", "index"],
        Type::Int | Type::Bool => &[
            "as_integer_ratio", "bit_count", "bit_length", "conjugate", "denominator", "from_bytes", "imag", "numerator", "real", "to_bytes",
        ],
        Type::Float => &["as_integer_ratio", "conjugate", "fromhex", "hex", "imag", "is_integer", "real"],
        _ => &[],
    }
}

impl<'p> Engine<'p> {
    /// The receiver of a method call `value.name(...)`: for a value of the
    /// dynamic tier, the one of its types that has the method, to which the
    /// receiver is unboxed (a box of another type raises AttributeError, as
    /// CPython does). None, with a diagnostic, when no type or several have it.
    fn narrow_receiver(&mut self, value: &Expr, name: &str, receiver: Type, span: Span, walk: &mut Walk) -> Option<Type> {
        if !receiver.is_dynamic() {
            return Some(receiver);
        }
        let owners: Vec<Type> = receiver.members().into_iter().filter(|member| self.type_has_attribute(member, name)).collect();
        match owners.as_slice() {
            [owner] => {
                walk.expr_types[value.id.0 as usize] = owner.clone();
                Some(owner.clone())
            }
            _ => {
                let what = if owners.is_empty() { "none" } else { "more than one" };
                self.unsupported(
                    format!("calling `.{name}()` on a value of the types {receiver}, of which {what} has that method, is not supported yet"),
                    span,
                );
                None
            }
        }
    }

    /// The classes of a duck-typed call `value.name(...)`: when `receiver` is
    /// a value of the dynamic tier among whose types several are instances
    /// of the program's classes that have `name`, and no built-in type
    /// has it, those instance types (the call then dispatches on the
    /// instance's class; a box of another type raises AttributeError).
    fn duck_typed_owners(&self, receiver: &Type, name: &str) -> Option<Vec<Type>> {
        if !receiver.is_dynamic() {
            return None;
        }
        let members = receiver.members();
        let owners: Vec<Type> = members.iter().filter(|member| self.type_has_attribute(member, name)).cloned().collect();
        let all_instances = !owners.is_empty() && owners.iter().all(|owner| matches!(owner, Type::Instance { .. }));
        // Every instance shares one descriptor, so unboxing cannot tell an
        // instance of the owner from one of another class: with several
        // classes in the union, the call dispatches on the class.
        let several_classes = members.iter().filter(|member| matches!(member, Type::Instance { .. })).count() > 1;
        (all_instances && several_classes).then_some(owners)
    }

    /// Whether a comparison of these operands (one of the dynamic tier) may
    /// meet instances of two unrelated class families of which one defines
    /// a comparison method (then refused, with a diagnostic): the method was
    /// compiled for operands of its own family, and CPython would call it
    /// with the other (a dataclass's `__eq__` answers NotImplemented).
    fn compares_unrelated_instances(&mut self, left: &Type, right: &Type, span: Span) -> bool {
        let classes: Vec<ClassId> = left
            .members()
            .into_iter()
            .chain(right.members())
            .filter_map(|member| match member {
                Type::Instance { class, .. } => Some(ClassId(class)),
                _ => None,
            })
            .collect();
        let mut families: Vec<usize> = classes.iter().map(|class| self.class_table.family_of(*class)).collect();
        families.sort_unstable();
        families.dedup();
        if families.len() < 2 {
            return false;
        }
        let compares = classes.iter().flat_map(|class| self.runtime_classes(*class)).any(|runtime_class| {
            crate::operators::COMPARISON_METHOD_NAMES.iter().any(|name| self.class_table.lookup(self.program, runtime_class, name, None).is_some())
        });
        if compares {
            self.diagnostics.push(Diagnostic::unsupported(
                format!("comparing values of the types {left} and {right}, instances of unrelated classes with comparison methods, is not supported yet"),
                span,
            ));
        }
        compares
    }

    /// Whether `t` is of the dynamic tier and may hold an instance whose
    /// class defines one of `methods` (then refused, with a diagnostic): the
    /// runtime's generic operations on boxes (arithmetic, `len`, `int`...)
    /// do not call the program's special methods.
    fn refuses_instance_method_of_dynamic(&mut self, t: &Type, methods: &[&str], span: Span) -> bool {
        if !t.is_dynamic() {
            return false;
        }
        for member in t.members() {
            let Type::Instance { class, .. } = member else { continue };
            for runtime_class in self.runtime_classes(ClassId(class)) {
                if let Some(method) = methods.iter().find(|method| self.class_table.lookup(self.program, runtime_class, method, None).is_some()) {
                    self.diagnostics.push(Diagnostic::unsupported(
                        format!("this operation on a value of the types {t}, which may be an instance whose class defines `{method}`, is not supported yet"),
                        span,
                    ));
                    return true;
                }
            }
        }
        false
    }

    /// Whether a value of type `t` has the attribute `name` (a method of a
    /// built-in type, or anything a class of the program defines).
    fn type_has_attribute(&self, t: &Type, name: &str) -> bool {
        match t {
            Type::Instance { class, .. } => {
                self.runtime_classes(ClassId(*class)).iter().any(|c| self.class_table.lookup(self.program, *c, name, None).is_some())
                    || self.fields.iter().any(|fields| fields.contains_key(name))
            }
            other => builtin_type_attributes(other).contains(&name),
        }
    }
}

/// The type `expr` can have when its truth value is `truthy`. Codegen follows
/// the same rules (`emit_value_paths`): a value leaving an `and` early is known
/// falsy, one leaving an `or` early is known truthy, and None is never truthy.
fn narrowed_type(expr: &Expr, truthy: bool, walk: &Walk) -> Type {
    let own_type = walk.expr_types[expr.id.0 as usize].clone();
    match &expr.kind {
        ExprKind::BoolOp { op, values } => {
            let last = values.len() - 1;
            let mut result = Type::Unknown;
            for (index, value) in values.iter().enumerate() {
                // An operand ends the chain early only with the deciding truth
                // value; the last operand's value is the result either way.
                let decides = match op {
                    BoolOp::And => !truthy,
                    BoolOp::Or => truthy,
                };
                if index == last || decides {
                    result = result.join(&narrowed_type(value, truthy, walk));
                }
            }
            result
        }
        _ if own_type == Type::None && truthy => Type::Unknown,
        _ => own_type,
    }
}

/// What the types say of an `if` statement's condition.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ConditionOutcome {
    Unknown,
    AlwaysTrue,
    AlwaysFalse,
    /// The condition never produces a value (it raises, or is not typed yet).
    Never,
}

/// Whether control can fall off the end of `body`, knowing what the types
/// say of some conditions (`known_condition`): an `if` whose condition is
/// known runs one branch, or none when the condition never produces a value.
fn block_completes(body: &[Stmt], known_condition: &dyn Fn(&Expr) -> ConditionOutcome) -> bool {
    let completes = |body: &[Stmt]| block_completes(body, known_condition);
    match body.last() {
        None => true,
        Some(stmt) => match &stmt.kind {
            StmtKind::Return(_) => false,
            StmtKind::If { condition, then_body, else_body } => match known_condition(condition) {
                ConditionOutcome::AlwaysTrue => completes(then_body),
                ConditionOutcome::AlwaysFalse => completes(else_body),
                ConditionOutcome::Never => false,
                ConditionOutcome::Unknown => completes(then_body) || completes(else_body),
            },
            StmtKind::While { condition, body, .. } => !is_constant_true(condition) || contains_break(body),
            StmtKind::Raise { .. } => false,
            StmtKind::Try { body, handlers, else_body, finally_body } => {
                let body_completes = completes(body) && completes(else_body);
                let handler_completes = handlers.iter().any(|handler| completes(&handler.body));
                (body_completes || handler_completes) && completes(finally_body)
            }
            _ => true,
        },
    }
}

fn is_constant_true(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::Bool(value) => *value,
        ExprKind::Int(value) => *value != 0,
        _ => false,
    }
}

/// Whether a `break` in `body` leaves the loop `body` belongs to (breaks in
/// nested loops do not count).
fn contains_break(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match &stmt.kind {
        StmtKind::Break => true,
        StmtKind::If { then_body, else_body, .. } => contains_break(then_body) || contains_break(else_body),
        StmtKind::While { else_body, .. } | StmtKind::For { else_body, .. } => contains_break(else_body),
        StmtKind::Try { body, handlers, else_body, finally_body } => {
            contains_break(body) || handlers.iter().any(|handler| contains_break(&handler.body)) || contains_break(else_body) || contains_break(finally_body)
        }
        _ => false,
    })
}

/// The value of an int literal, possibly negated.
pub fn constant_int(expr: &Expr) -> Option<i64> {
    match &expr.kind {
        ExprKind::Int(value) => Some(*value),
        ExprKind::Bool(value) => Some(*value as i64),
        ExprKind::Unary { op: UnaryOp::Negate, operand } => constant_int(operand).and_then(i64::checked_neg),
        ExprKind::Unary { op: UnaryOp::Plus, operand } => constant_int(operand),
        _ => None,
    }
}

/// What the exponent expression says about the sign of `**`'s right operand.
pub fn exponent_sign(right: &Expr) -> ExponentSign {
    match constant_int(right) {
        Some(value) if value < 0 => ExponentSign::Negative,
        Some(_) => ExponentSign::NonNegative,
        None => ExponentSign::Unknown,
    }
}

pub(crate) mod builtins;
pub(crate) mod containers;
pub mod foreign;
mod instance_dicts;
mod narrowing;
pub(crate) mod objects;
pub mod reflection;
