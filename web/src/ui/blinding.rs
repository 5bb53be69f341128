//! The blind analysis: a check box hides the data in the signal region (`histcube::blinding`)
//! while a group chooses its cuts on the simulation alone; "Freeze the cuts and unblind" then
//! shows the data with the cuts written down, and the banner says so if they change afterwards.
//!
//! Blinding swaps the engine for one built from the blinded cube (the current cuts carried
//! over), so every plot, the yields, the cut flow and the fit see the same hidden region; the
//! fit's observed numbers wait for unblinding ([`BlindedFit`], read by the fit panel).

use histcube::blinding::{blinded, signal_region};
use histcube::{AxisCut, Cube, Engine, Role};
use leptos::prelude::*;

use crate::model::bin_cut::{cuts_summary, AxisName};
use crate::model::event_display::bin_label;
use crate::model::labels;
use crate::ui::cuts::Cuts;
use crate::ui::state::AnalysisState;

/// Whether the data are hidden now: the fit panel shows no observed μ̂ meanwhile.
#[derive(Clone, Copy)]
pub struct BlindedFit(pub Signal<bool>);

/// Where a blind analysis stands.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Open,
    /// The data of the region are hidden; the cube with them is kept to unblind.
    Blinded,
    /// Unblinded with these cuts (the summary's words).
    Unblinded(String),
}

/// A blind analysis of the view's cube, shared by the check box and the banner.
#[derive(Clone, Copy)]
pub struct Blinding {
    state: AnalysisState,
    cuts: Cuts,
    names: StoredValue<Vec<AxisName>>,
    axis: usize,
    region: StoredValue<Vec<bool>>,
    /// "m₄ℓ 110–130 GeV": the hidden region in words.
    region_text: StoredValue<String>,
    stage: RwSignal<Stage>,
    original: StoredValue<Option<Cube>>,
}

impl Blinding {
    /// The blind analysis of `state`'s cube, provided to the view (with [`BlindedFit`]); `None`
    /// (nothing offered) for a cube without data, signal, fit axis or signal region.
    pub fn provide(state: AnalysisState, names: StoredValue<Vec<AxisName>>) -> Option<Self> {
        let (axis, region, region_text) = state.with_untracked(|engine| {
            let cube = engine.cube();
            let manifest = cube.manifest();
            let axis = manifest.axis_index(&manifest.fit.as_ref()?.axis)?;
            manifest.processes_with_role(Role::Data).next()?;
            let region = signal_region(cube, axis);
            let bins: Vec<String> =
                (0..region.len()).filter(|&b| region[b]).map(|b| bin_label(&manifest.axes[axis], b)).collect();
            if bins.is_empty() {
                return None;
            }
            let label = labels::text(&manifest.axes[axis].label_key);
            let text = labels::fill("blind-region", &[("axis", labels::short(&label)), ("bins", &one_window(&bins))]);
            Some((axis, region, text))
        })?;
        let blinding = Self {
            state,
            cuts: Cuts::expect(),
            names,
            axis,
            region: StoredValue::new(region),
            region_text: StoredValue::new(region_text),
            stage: RwSignal::new(Stage::Open),
            original: StoredValue::new(None),
        };
        let stage = blinding.stage;
        provide_context(BlindedFit(Signal::derive(move || stage.get() == Stage::Blinded)));
        provide_context(blinding);
        Some(blinding)
    }

    pub fn expect() -> Option<Self> {
        use_context::<Self>()
    }

    fn summary(&self) -> String {
        let names = self.names;
        self.cuts.with(|all| names.with_value(|names| cuts_summary(names, all)))
    }

    fn blind(&self) {
        if self.stage.get_untracked() == Stage::Blinded {
            return;
        }
        let cube = self.state.with_untracked(|engine| engine.cube().clone());
        let Ok(hidden) = self.region.with_value(|region| blinded(&cube, self.axis, region)) else { return };
        self.original.set_value(Some(cube));
        self.swap(hidden);
        self.stage.set(Stage::Blinded);
    }

    fn reveal(&self, next: Stage) {
        if let Some(cube) = self.original.try_update_value(Option::take).flatten() {
            self.swap(cube);
        }
        self.stage.set(next);
    }

    /// The engine rebuilt from `cube` with the cuts on screen.
    fn swap(&self, cube: Cube) {
        let now: Vec<(usize, Option<AxisCut>)> = self.cuts.with_untracked(|all| {
            all.iter().enumerate().filter(|(_, c)| c.is_cut()).map(|(a, c)| (a, c.axis_cut())).collect()
        });
        // Same manifest, same cuts: the new engine accepts every cut the old one held.
        _ = self.state.replace_engine(Engine::new(cube), &now);
    }
}

/// "110–130 GeV" from the region's bins "110–115 GeV", …, "125–130 GeV" (one window).
fn one_window(bins: &[String]) -> String {
    match bins {
        [] => String::new(),
        [only] => only.clone(),
        [first, .., last] => {
            let start = first.split('–').next().unwrap_or(first);
            let end = last.split_once('–').map_or(last.as_str(), |(_, end)| end);
            format!("{start}–{end}")
        }
    }
}

/// The check box among the view options.
#[component]
pub fn BlindToggle(blinding: Blinding) -> impl IntoView {
    let toggle = move |ev: leptos::ev::Event| {
        if event_target_checked(&ev) {
            blinding.blind();
        } else {
            blinding.reveal(Stage::Open);
        }
    };
    view! {
        <label class="log-toggle" title=labels::text("blind-title")>
            <input
                type="checkbox"
                data-testid="blind"
                prop:checked=move || blinding.stage.get() != Stage::Open
                on:change=toggle
            />
            {labels::text("blind-toggle")}
        </label>
    }
}

/// While blinded: what is hidden and the way to unblind; once unblinded: the cuts it was done
/// with, and a warning when they have changed since.
#[component]
pub fn BlindBanner(blinding: Blinding) -> impl IntoView {
    move || match blinding.stage.get() {
        Stage::Open => None,
        Stage::Blinded => Some(
            view! {
                <div class="notice blind" role="status" data-testid="blind-banner" data-stage="blinded">
                    <p>{labels::fill("blind-hidden", &[("region", &blinding.region_text.get_value())])}</p>
                    <button
                        type="button"
                        data-testid="unblind"
                        on:click=move |_| blinding.reveal(Stage::Unblinded(untrack(|| blinding.summary())))
                    >
                        {labels::text("blind-unblind")}
                    </button>
                </div>
            }
            .into_any(),
        ),
        Stage::Unblinded(frozen) => {
            let changed = {
                let frozen = frozen.clone();
                move || blinding.summary() != frozen
            };
            Some(
                view! {
                    <div class="notice blind" role="status" data-testid="blind-banner" data-stage="unblinded">
                        <p>{labels::fill("blind-unblinded", &[("cuts", &frozen)])}</p>
                        {move || {
                            changed()
                                .then(|| {
                                    view! { <p class="blind-changed" data-testid="blind-changed">{labels::text("blind-changed")}</p> }
                                })
                        }}
                    </div>
                }
                .into_any(),
            )
        }
    }
}
