//! The compiled form of an analysis file: what runs for every event.
//!
//! [`super::file`] resolves every name of the file once — objects, pairs and the axes'
//! categories become indices — so evaluating an event is a walk over small arrays: the selected
//! objects of each collection are written into reused index buffers ([`Scratch`]), pairings pick
//! indices, and each cut and axis value is a [`Quantity`] computed from them. No strings are
//! looked up and nothing is allocated per event once the buffers have grown to the largest event.

use std::cell::Cell;

use crate::event::{Event, ELECTRON, MUON};
use crate::physics::{delta_phi, delta_r, transverse_mass, FourVector};

use super::expr::Op;

/// Which of the event's object lists a collection selects from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    Leptons,
    Jets,
}

/// The pile-up requirement on soft central jets: jets below `pt_below` GeV and within
/// |η| < `abs_eta_below` need a JVT discriminant above `above`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Jvt {
    pub above: f64,
    pub pt_below: f64,
    pub abs_eta_below: f64,
}

/// One collection of objects (`[[object]]` in the file), selected from its parent's objects.
#[derive(Clone, Debug, PartialEq)]
pub struct Collection {
    pub base: Base,
    /// The collection it selects from, always defined earlier; `None`: every object of `base`.
    pub parent: Option<usize>,
    /// Leptons only: electrons allowed, muons allowed; `None` when any `lep_type` is.
    pub flavours: Option<(bool, bool)>,
    pub pt_above: Option<f64>,
    pub abs_eta_below: Option<f64>,
    /// Electrons in lower < |η| < upper are dropped (the calorimeters' transition region).
    pub electron_crack: Option<(f64, f64)>,
    pub tight_id: bool,
    pub ptcone30_over_pt_below: Option<f64>,
    pub etcone20_over_pt_below: Option<f64>,
    pub jvt: Option<Jvt>,
    pub mv2c10_above: Option<f64>,
    /// Only the first N objects passing the rest (the ntuples store objects by decreasing pT).
    pub first: Option<usize>,
}

/// Probabilities that a jet passes a b-tagging working point, by its truth flavour: what
/// b-tagging by probability (`truth_tag`) weights simulated events with instead of cutting on
/// MV2c10.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TagEfficiencies {
    pub bottom: f64,
    pub charm: f64,
    pub tau: f64,
    pub light: f64,
}

impl TagEfficiencies {
    /// The efficiency for a jet with truth label `flavour` (`jet_trueflav`: 5 b, 4 c, 15 τ;
    /// anything else is light, the reader refuses labels other than 0).
    pub fn of(&self, flavour: i32) -> f64 {
        match flavour {
            5 => self.bottom,
            4 => self.charm,
            15 => self.tau,
            _ => self.light,
        }
    }
}

/// The collection whose simulated jets are b-tagged by probability: for simulated events its
/// MV2c10 cut is not applied; the jets passing its other requirements are the candidates, and
/// the event is evaluated once per number of tagged jets, with that number's probability.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TruthTag {
    pub collection: usize,
    pub efficiencies: TagEfficiencies,
    /// Which cuts on the number of tags keep an exact Σw² (the build's `Variants`).
    pub exact: ExactTails,
}

/// The variants of one event are one event, so the variance of a yield summed over several tag
/// counts is (w ΣP)², not Σ(wP)²; a cube's cells add Σw², so they can be exact for one family of
/// ranges only. Each cell's Σw² is the increase of the family's (w ΣP)² it brings, which is exact
/// for that family (no cut included) and an overestimate, never an underestimate, for every other
/// range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExactTails {
    /// `count ≥ k` (the tt̄Z regions' b-jet requirements).
    AtLeast,
    /// `count ≤ k` (a b-veto).
    AtMost,
}

/// The probabilities of 0, 1, … `efficiencies.len()` tagged jets when each jet is tagged
/// independently with its own probability (the Poisson-binomial distribution), written into
/// `out`. The recursion adds one jet at a time: P'(k) = P(k)(1 − ε) + P(k − 1) ε, which stays
/// within [0, 1] and sums to 1 up to rounding.
pub fn tag_multiplicity(efficiencies: impl IntoIterator<Item = f64>, out: &mut Vec<f64>) {
    out.clear();
    out.push(1.0);
    for eff in efficiencies {
        out.push(0.0);
        for k in (0..out.len()).rev() {
            let below = if k > 0 { out[k - 1] } else { 0.0 };
            out[k] = out[k] * (1.0 - eff) + below * eff;
        }
    }
}

impl Collection {
    fn keeps(&self, event: &Event, index: usize, ignore_btag: bool) -> bool {
        match self.base {
            Base::Leptons => {
                let l = &event.leptons[index];
                if let Some((electrons, muons)) = self.flavours {
                    if !((electrons && l.kind == ELECTRON) || (muons && l.kind == MUON)) {
                        return false;
                    }
                }
                self.pt_above.is_none_or(|x| l.pt > x)
                    && self.abs_eta_below.is_none_or(|x| l.eta.abs() < x)
                    && self
                        .electron_crack
                        .is_none_or(|(lo, hi)| l.kind != ELECTRON || !(l.eta.abs() > lo && l.eta.abs() < hi))
                    && (!self.tight_id || l.is_tight)
                    && self.ptcone30_over_pt_below.is_none_or(|x| l.ptcone30 / l.pt < x)
                    && self.etcone20_over_pt_below.is_none_or(|x| l.etcone20 / l.pt < x)
            }
            Base::Jets => {
                let j = &event.jets[index];
                self.pt_above.is_none_or(|x| j.pt > x)
                    && self.abs_eta_below.is_none_or(|x| j.eta.abs() < x)
                    && self.jvt.is_none_or(|jvt| {
                        let needs_jvt = j.pt < jvt.pt_below && j.eta.abs() < jvt.abs_eta_below;
                        !needs_jvt || j.jvt > jvt.above
                    })
                    && (ignore_btag || self.mv2c10_above.is_none_or(|x| j.mv2c10 > x))
            }
        }
    }
}

/// Some objects of one collection, as a function's argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Set {
    /// Every object of the collection.
    All(usize),
    /// One object by position (from 0); undefined when the collection has fewer.
    One(usize, usize),
    /// A pair chosen by a pairing (its slot).
    Pair(usize),
}

/// A direction in the transverse plane: some objects' summed momentum, or the MET.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Objects(Set),
    Met,
}

/// One number computed from an event; `None` (the event fails) when it is undefined.
#[derive(Clone, Debug, PartialEq)]
pub enum Quantity {
    Met,
    MetPhi,
    Count(usize),
    Mass(Set),
    Pt(Set),
    Eta(Set),
    Phi(Set),
    Energy(Set),
    Charge(Set),
    Ht(Set),
    MaxPt(Set),
    MinPt(Set),
    DeltaPhi(Direction, Direction),
    DeltaEta(Set, Set),
    DeltaR(Set, Set),
    /// Transverse mass of the objects and the MET.
    Mt(Set),
    /// The category index of the objects' flavour content: `(electrons, muons)` per category.
    Flavour(Set, Vec<(u8, u8)>),
    /// The category index of a pair's charges: (opposite sign, same sign) indices.
    Sign(Set, Option<u8>, Option<u8>),
    /// 1 when one of the single-electron (`e`) or single-muon (`mu`) triggers fired, else 0.
    Trigger {
        electron: bool,
        muon: bool,
    },
}

/// How a pairing chooses pairs among a collection's leptons.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PairingRule {
    /// Exactly four leptons split into two same-flavour pairs: the first pair is the one whose
    /// mass is closest to `target`, among opposite-sign pairs when a split offers one; the
    /// second is the other two. Ties keep the first candidate in the order (01|23), (23|01),
    /// (02|13), (13|02), (03|12), (12|03).
    TwoSameFlavourPairs { target: f64 },
    /// The opposite-sign same-flavour pair whose mass is closest to `target` (the first such
    /// pair in (i, j) order on ties).
    OppositeSignSameFlavourClosest { target: f64 },
}

/// A pairing: its rule, the collection it pairs and the pair slots it fills.
#[derive(Clone, Debug, PartialEq)]
pub struct Pairing {
    pub rule: PairingRule,
    pub of: usize,
    /// First pair's slot; the second pair's slot for two-pair rules.
    pub slots: (usize, Option<usize>),
}

/// A cut: `quantity op threshold`.
#[derive(Clone, Debug, PartialEq)]
pub struct Cut {
    pub quantity: Quantity,
    pub op: Op,
    pub threshold: f64,
}

impl Cut {
    fn holds(&self, event: &Event, plan: &Plan, scratch: &Scratch) -> Option<bool> {
        Some(self.op.holds(plan.quantity(&self.quantity, event, scratch)?, self.threshold))
    }
}

/// The control region of a data-driven background: the selection with one cut replaced.
#[derive(Clone, Debug, PartialEq)]
pub struct ControlRegion {
    /// The selection's cut it replaces.
    pub instead_of: usize,
    pub cut: Cut,
    pub transfer_factor: f64,
}

/// The whole per-event program.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub collections: Vec<Collection>,
    pub pairings: Vec<Pairing>,
    pub pair_slots: usize,
    pub cuts: Vec<Cut>,
    pub control_region: Option<ControlRegion>,
    /// One quantity per cube axis, in axis order.
    pub axes: Vec<Quantity>,
    /// The collection b-tagged by probability in simulated events, if the file asks for it.
    pub truth_tag: Option<TruthTag>,
}

/// One b-tag multiplicity of a simulated event under b-tagging by probability.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Variant {
    /// Jets of the truth-tagged collection counted as tagged.
    pub tags: usize,
    /// The probability of exactly that many tags given the jets' truth flavours.
    pub probability: f64,
    /// `Selected` or `ControlRegion` (rejected variants are not reported).
    pub outcome: Outcome,
    /// Whether this is the number the jets' MV2c10 values give (the event as it was simulated).
    pub as_simulated: bool,
}

/// What an event is to the analysis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Outcome {
    Rejected,
    /// Passes the selection; the axis values are written.
    Selected,
    /// In the data-driven background's control region, with this weight (transfer factor); the
    /// axis values are written.
    ControlRegion(f64),
}

/// Per-thread buffers reused from event to event.
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    /// Indices into the event's leptons or jets, per collection.
    selected: Vec<Vec<u32>>,
    pairs: Vec<[u32; 2]>,
    /// Each lepton's and jet's four-vector, computed when first needed in the event: several
    /// values and pairings sum the same objects, and the conversion takes a sine, a cosine and
    /// a hyperbolic sine.
    lepton_p4: Vec<Cell<Option<FourVector>>>,
    jet_p4: Vec<Cell<Option<FourVector>>>,
    /// While a truth-tagged variant is evaluated: the number of tagged jets `count(…)` of the
    /// truth-tagged collection gives.
    tags: Option<usize>,
    /// P(n tags), n = 0 … candidates.
    tag_probabilities: Vec<f64>,
}

impl Scratch {
    fn four_vector(&self, base: Base, event: &Event, i: u32) -> FourVector {
        let cache = match base {
            Base::Leptons => &self.lepton_p4[i as usize],
            Base::Jets => &self.jet_p4[i as usize],
        };
        if let Some(p) = cache.get() {
            return p;
        }
        let p = match base {
            Base::Leptons => event.leptons[i as usize].p4(),
            Base::Jets => {
                let j = &event.jets[i as usize];
                FourVector::from_pt_eta_phi_e(j.pt, j.eta, j.phi, j.e)
            }
        };
        cache.set(Some(p));
        p
    }
}

impl Plan {
    /// Buffers sized for this plan.
    pub fn scratch(&self) -> Scratch {
        Scratch {
            selected: vec![Vec::with_capacity(8); self.collections.len()],
            pairs: vec![[0; 2]; self.pair_slots],
            lepton_p4: Vec::with_capacity(8),
            jet_p4: Vec::with_capacity(16),
            tags: None,
            tag_probabilities: Vec::with_capacity(16),
        }
    }

    /// Runs the selection on `event`; on success writes one value per axis into `out`.
    pub fn evaluate(&self, event: &Event, scratch: &mut Scratch, out: &mut [f64]) -> Outcome {
        scratch.tags = None;
        if !self.select_objects(event, scratch, false) {
            return Outcome::Rejected;
        }
        self.cuts_and_values(event, scratch, out)
    }

    /// Runs the selection on a simulated `event` with the truth-tagged collection b-tagged by
    /// probability: calls `on_variant` once per number of tagged jets that passes the selection,
    /// with the axis values of that variant. Without a truth-tagged collection, the one variant
    /// is [`Plan::evaluate`]'s, with probability 1.
    pub fn evaluate_truth_tagged(
        &self,
        event: &Event,
        scratch: &mut Scratch,
        out: &mut [f64],
        mut on_variant: impl FnMut(Variant, &[f64]),
    ) {
        let Some(truth) = self.truth_tag else {
            let outcome = self.evaluate(event, scratch, out);
            if outcome != Outcome::Rejected {
                on_variant(Variant { tags: 0, probability: 1.0, outcome, as_simulated: true }, out);
            }
            return;
        };
        scratch.tags = None;
        if !self.select_objects(event, scratch, true) {
            return;
        }
        let candidates = &scratch.selected[truth.collection];
        let cut = self.collections[truth.collection].mv2c10_above.unwrap_or(f64::INFINITY);
        let as_simulated = candidates.iter().filter(|&&i| event.jets[i as usize].mv2c10 > cut).count();
        let mut probabilities = std::mem::take(&mut scratch.tag_probabilities);
        tag_multiplicity(
            candidates.iter().map(|&i| truth.efficiencies.of(event.jets[i as usize].flavour)),
            &mut probabilities,
        );
        for (tags, &probability) in probabilities.iter().enumerate() {
            if probability <= 0.0 {
                continue;
            }
            scratch.tags = Some(tags);
            let outcome = self.cuts_and_values(event, scratch, out);
            if outcome != Outcome::Rejected {
                on_variant(Variant { tags, probability, outcome, as_simulated: tags == as_simulated }, out);
            }
        }
        scratch.tags = None;
        scratch.tag_probabilities = probabilities;
    }

    /// Fills the collections and pairs; false when a pairing finds no pair. With `truth_tagged`,
    /// the truth-tagged collection keeps its candidates whatever their MV2c10 value.
    fn select_objects(&self, event: &Event, scratch: &mut Scratch, truth_tagged: bool) -> bool {
        let truth_collection = self.truth_tag.filter(|_| truth_tagged).map(|t| t.collection);
        scratch.lepton_p4.clear();
        scratch.lepton_p4.resize(event.leptons.len(), Cell::new(None));
        scratch.jet_p4.clear();
        scratch.jet_p4.resize(event.jets.len(), Cell::new(None));
        for (k, collection) in self.collections.iter().enumerate() {
            let (before, rest) = scratch.selected.split_at_mut(k);
            let selected = &mut rest[0];
            selected.clear();
            let limit = collection.first.unwrap_or(usize::MAX);
            match collection.parent {
                Some(parent) => {
                    for &i in &before[parent] {
                        if selected.len() == limit {
                            break;
                        }
                        if collection.keeps(event, i as usize, truth_collection == Some(k)) {
                            selected.push(i);
                        }
                    }
                }
                None => {
                    let n = match collection.base {
                        Base::Leptons => event.leptons.len(),
                        Base::Jets => event.jets.len(),
                    };
                    for i in 0..n {
                        if selected.len() == limit {
                            break;
                        }
                        if collection.keeps(event, i, truth_collection == Some(k)) {
                            selected.push(i as u32);
                        }
                    }
                }
            }
        }
        self.pairings.iter().all(|pairing| pair(pairing, event, scratch))
    }

    /// Checks the cuts and computes the axis values, once the objects are selected.
    fn cuts_and_values(&self, event: &Event, scratch: &Scratch, out: &mut [f64]) -> Outcome {
        let mut in_control_region = false;
        for (i, cut) in self.cuts.iter().enumerate() {
            match cut.holds(event, self, scratch) {
                Some(true) => {}
                Some(false) => match &self.control_region {
                    Some(cr) if cr.instead_of == i && cr.cut.holds(event, self, scratch) == Some(true) => {
                        in_control_region = true;
                    }
                    _ => return Outcome::Rejected,
                },
                None => return Outcome::Rejected,
            }
        }
        for (quantity, value) in self.axes.iter().zip(out.iter_mut()) {
            match self.quantity(quantity, event, scratch) {
                Some(v) => *value = v,
                None => return Outcome::Rejected,
            }
        }
        match &self.control_region {
            Some(cr) if in_control_region => Outcome::ControlRegion(cr.transfer_factor),
            _ => Outcome::Selected,
        }
    }

    fn indices<'a>(&self, set: Set, scratch: &'a Scratch) -> Option<&'a [u32]> {
        match set {
            Set::All(c) => Some(&scratch.selected[c]),
            Set::One(c, i) => scratch.selected[c].get(i..i + 1),
            Set::Pair(slot) => Some(&scratch.pairs[slot]),
        }
    }

    fn base(&self, set: Set) -> Base {
        match set {
            Set::All(c) | Set::One(c, _) => self.collections[c].base,
            Set::Pair(_) => Base::Leptons,
        }
    }

    /// (pT, η, φ, E) of one object.
    fn object(&self, base: Base, event: &Event, i: u32) -> (f64, f64, f64, f64) {
        match base {
            Base::Leptons => {
                let l = &event.leptons[i as usize];
                (l.pt, l.eta, l.phi, l.e)
            }
            Base::Jets => {
                let j = &event.jets[i as usize];
                (j.pt, j.eta, j.phi, j.e)
            }
        }
    }

    /// The summed four-momentum of a set; `None` for an empty set.
    fn sum(&self, set: Set, event: &Event, scratch: &Scratch) -> Option<FourVector> {
        let indices = self.indices(set, scratch)?;
        if indices.is_empty() {
            return None;
        }
        let base = self.base(set);
        Some(indices.iter().map(|&i| scratch.four_vector(base, event, i)).sum())
    }

    /// (pT, η, φ) of a set: one object's own values (not rounded through a four-vector), or
    /// those of the summed momentum.
    fn direction(&self, set: Set, event: &Event, scratch: &Scratch) -> Option<(f64, f64, f64)> {
        let indices = self.indices(set, scratch)?;
        if let [i] = indices {
            let (pt, eta, phi, _) = self.object(self.base(set), event, *i);
            return Some((pt, eta, phi));
        }
        let p = self.sum(set, event, scratch)?;
        let pt = p.pt();
        Some((pt, (p.pz / pt).asinh(), p.phi()))
    }

    fn phi_of(&self, direction: Direction, event: &Event, scratch: &Scratch) -> Option<f64> {
        match direction {
            Direction::Met => Some(event.met_phi),
            Direction::Objects(set) => self.direction(set, event, scratch).map(|(_, _, phi)| phi),
        }
    }

    fn quantity(&self, quantity: &Quantity, event: &Event, scratch: &Scratch) -> Option<f64> {
        let pts = |set: Set| -> Option<_> {
            let base = self.base(set);
            Some(self.indices(set, scratch)?.iter().map(move |&i| self.object(base, event, i).0))
        };
        Some(match quantity {
            Quantity::Met => event.met,
            Quantity::MetPhi => event.met_phi,
            Quantity::Count(c) => match scratch.tags {
                Some(tags) if self.truth_tag.is_some_and(|t| t.collection == *c) => tags as f64,
                _ => scratch.selected[*c].len() as f64,
            },
            Quantity::Mass(set) => self.sum(*set, event, scratch)?.mass(),
            Quantity::Pt(set) => self.direction(*set, event, scratch)?.0,
            Quantity::Eta(set) => self.direction(*set, event, scratch)?.1,
            Quantity::Phi(set) => self.direction(*set, event, scratch)?.2,
            Quantity::Energy(set) => self.sum(*set, event, scratch)?.e,
            Quantity::Charge(set) => {
                f64::from(self.indices(*set, scratch)?.iter().map(|&i| event.leptons[i as usize].charge).sum::<i32>())
            }
            Quantity::Ht(set) => pts(*set)?.sum(),
            Quantity::MaxPt(set) => {
                self.indices(*set, scratch).filter(|i| !i.is_empty())?;
                pts(*set)?.fold(f64::NEG_INFINITY, f64::max)
            }
            Quantity::MinPt(set) => {
                self.indices(*set, scratch).filter(|i| !i.is_empty())?;
                pts(*set)?.fold(f64::INFINITY, f64::min)
            }
            Quantity::DeltaPhi(a, b) => delta_phi(self.phi_of(*a, event, scratch)?, self.phi_of(*b, event, scratch)?),
            Quantity::DeltaEta(a, b) => {
                (self.direction(*a, event, scratch)?.1 - self.direction(*b, event, scratch)?.1).abs()
            }
            Quantity::DeltaR(a, b) => {
                let (_, eta_a, phi_a) = self.direction(*a, event, scratch)?;
                let (_, eta_b, phi_b) = self.direction(*b, event, scratch)?;
                delta_r(eta_a, phi_a, eta_b, phi_b)
            }
            Quantity::Mt(set) => {
                let (pt, _, phi) = self.direction(*set, event, scratch)?;
                transverse_mass(pt, phi, event.met, event.met_phi)
            }
            Quantity::Flavour(set, categories) => {
                let (mut electrons, mut muons) = (0u8, 0u8);
                for &i in self.indices(*set, scratch)? {
                    match event.leptons[i as usize].kind {
                        ELECTRON => electrons = electrons.saturating_add(1),
                        MUON => muons = muons.saturating_add(1),
                        _ => return None,
                    }
                }
                categories.iter().position(|&c| c == (electrons, muons))? as f64
            }
            Quantity::Sign(set, opposite, same) => {
                let [a, b] = self.indices(*set, scratch)? else { return None };
                let product = event.leptons[*a as usize].charge * event.leptons[*b as usize].charge;
                let category = match product.signum() {
                    -1 => *opposite,
                    1 => *same,
                    _ => None,
                };
                f64::from(category?)
            }
            Quantity::Trigger { electron, muon } => {
                f64::from(u8::from((*electron && event.trigger_electron) || (*muon && event.trigger_muon)))
            }
        })
    }
}

/// The lepton-index splits of four leptons into two pairs, by position in the collection.
const SPLITS: [[(usize, usize); 2]; 3] = [[(0, 1), (2, 3)], [(0, 2), (1, 3)], [(0, 3), (1, 2)]];

/// Fills the pairing's slots; false when no pair can be formed.
fn pair(pairing: &Pairing, event: &Event, scratch: &mut Scratch) -> bool {
    let leptons = &scratch.selected[pairing.of];
    let lepton = |i: usize| &event.leptons[leptons[i] as usize];
    let p4 = |i: usize| scratch.four_vector(Base::Leptons, event, leptons[i]);
    let mass = |(i, j): (usize, usize)| (p4(i) + p4(j)).mass();
    let same_flavour = |(i, j): (usize, usize)| lepton(i).kind == lepton(j).kind;
    let opposite_sign = |(i, j): (usize, usize)| lepton(i).charge + lepton(j).charge == 0;
    match pairing.rule {
        PairingRule::TwoSameFlavourPairs { target } => {
            if leptons.len() != 4 {
                return false;
            }
            let candidates = SPLITS
                .iter()
                .filter(|[a, b]| same_flavour(*a) && same_flavour(*b))
                .flat_map(|&[a, b]| [(a, b), (b, a)]);
            let opposite_sign_exists = candidates.clone().any(|(first, _)| opposite_sign(first));
            // (distance to the target, first pair, second pair), positions in the collection.
            type Candidate = (f64, (usize, usize), (usize, usize));
            let mut best: Option<Candidate> = None;
            for (first, second) in candidates.filter(|&(first, _)| !opposite_sign_exists || opposite_sign(first)) {
                let distance = (mass(first) - target).abs();
                if best.is_none_or(|(d, _, _)| distance < d) {
                    best = Some((distance, first, second));
                }
            }
            let Some((_, first, second)) = best else { return false };
            let (a, b) = (pairing.slots.0, pairing.slots.1.expect("two-pair rules have two slots"));
            let pair_of = |(i, j): (usize, usize)| [leptons[i], leptons[j]];
            let (first, second) = (pair_of(first), pair_of(second));
            scratch.pairs[a] = first;
            scratch.pairs[b] = second;
            true
        }
        PairingRule::OppositeSignSameFlavourClosest { target } => {
            let mut best: Option<(f64, (usize, usize))> = None;
            for i in 0..leptons.len() {
                for j in i + 1..leptons.len() {
                    if same_flavour((i, j)) && opposite_sign((i, j)) {
                        let distance = (mass((i, j)) - target).abs();
                        if best.is_none_or(|(d, _)| distance < d) {
                            best = Some((distance, (i, j)));
                        }
                    }
                }
            }
            let Some((_, (i, j))) = best else { return false };
            let first = [leptons[i], leptons[j]];
            scratch.pairs[pairing.slots.0] = first;
            true
        }
    }
}
