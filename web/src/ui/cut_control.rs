//! Two labelled number inputs for the lower and upper end of the cut on a numeric axis.
//!
//! Typed values snap to the nearest bin edge when committed (Enter or leaving the field); the
//! arrow keys move one edge and Page Up / Page Down five, on regular and variable binning alike.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use web_sys::HtmlInputElement;

use crate::model::range_cut::{range_summary, AxisEdges, RangeCut};
use crate::model::{labels, numbers};
use crate::ui::state::AnalysisState;

/// Which end of the range an input sets.
#[derive(Clone, Copy)]
enum End {
    Lower,
    Upper,
}

/// The inputs, the reset button, the hint and the sentence saying the cut of one numeric axis.
#[component]
pub fn CutControl(
    state: AnalysisState,
    axis: usize,
    edges: AxisEdges,
    range: Signal<RangeCut>,
    on_change: Callback<RangeCut>,
) -> impl IntoView {
    let (axis_id, label, unit) = state.with_untracked(|engine| {
        let ax = &engine.cube().manifest().axes[axis];
        (ax.id.clone(), labels::short(&labels::text(&ax.label_key)).to_owned(), ax.unit.clone())
    });
    let edges = StoredValue::new(edges);
    let unit_suffix = if unit.is_empty() { String::new() } else { format!(" ({unit})") };
    let help_id = format!("cut-help-{axis_id}");
    let (lower_id, upper_id) = (format!("cut-min-{axis_id}"), format!("cut-max-{axis_id}"));
    let is_full = move || edges.with_value(|e| e.is_full(range.get()));
    let summary_label = label.clone();
    let summary = move || edges.with_value(|e| range_summary(&summary_label, &unit, e, range.get()));
    let described_by = help_id.clone();
    let input = move |end: End, id: String| {
        view! { <EdgeInput id end edges range on_change described_by=described_by.clone() /> }
    };

    view! {
        <fieldset class="cut-control" data-testid=format!("cut-control-{axis_id}")>
            <legend>{labels::fill("cut-legend", &[("axis", &label)])}</legend>
            <div class="cut-inputs">
                <label for=lower_id.clone()>{labels::text("cut-minimum")} {unit_suffix.clone()}</label>
                {input(End::Lower, lower_id.clone())}
                <label for=upper_id.clone()>{labels::text("cut-maximum")} {unit_suffix}</label>
                {input(End::Upper, upper_id.clone())}
                <button
                    type="button"
                    data-testid=format!("cut-reset-{axis_id}")
                    disabled=is_full
                    on:click=move |_| on_change.run(edges.with_value(AxisEdges::full_range))
                >
                    {labels::text("cut-remove")}
                </button>
            </div>
            <p id=help_id class="hint">
                {labels::text("cut-hint")}
            </p>
            <p class="cut-summary" data-testid=format!("cut-summary-{axis_id}")>{summary}</p>
        </fieldset>
    }
}

/// The number input of one end: a typed value snaps to the nearest edge when committed, the
/// arrow keys move one edge and Page Up / Page Down five.
#[component]
fn EdgeInput(
    id: String,
    end: End,
    edges: StoredValue<AxisEdges>,
    range: Signal<RangeCut>,
    on_change: Callback<RangeCut>,
    described_by: String,
) -> impl IntoView {
    let lowest = numbers::edge(edges.with_value(|e| e.value(0)));
    let highest = numbers::edge(edges.with_value(|e| *e.values().last().expect("an axis has edges")));
    let step = edges.with_value(AxisEdges::uniform_width).map_or_else(|| "any".to_owned(), numbers::edge);
    let shown = move || {
        let r = range.get();
        numbers::edge(edges.with_value(|e| e.value(if matches!(end, End::Lower) { r.lower } else { r.upper })))
    };
    // A changed range goes to the view; the same range changes nothing.
    let propose = move |next: RangeCut| {
        if next != range.get_untracked() {
            on_change.run(next);
        }
    };
    let commit_typed = move |input: HtmlInputElement| {
        if let Ok(value) = input.value().trim().parse::<f64>() {
            if value.is_finite() {
                let current = range.get_untracked();
                propose(edges.with_value(|e| match end {
                    End::Lower => e.with_lower(current, value),
                    End::Upper => e.with_upper(current, value),
                }));
            }
        }
        // Show the edge actually used, also when the typed text changed nothing.
        input.set_value(&shown());
    };
    let step_by_key = move |ev: KeyboardEvent| {
        let steps = match ev.key().as_str() {
            "ArrowUp" => 1,
            "ArrowDown" => -1,
            "PageUp" => 5,
            "PageDown" => -5,
            _ => return,
        };
        ev.prevent_default();
        let current = range.get_untracked();
        propose(edges.with_value(|e| match end {
            End::Lower => e.step_lower(current, steps),
            End::Upper => e.step_upper(current, steps),
        }));
    };
    view! {
        <input
            id=id.clone()
            type="number"
            inputmode="decimal"
            data-testid=id
            min=lowest
            max=highest
            step=step
            aria-describedby=described_by
            prop:value=shown
            on:change=move |ev| commit_typed(event_target::<HtmlInputElement>(&ev))
            on:keydown=step_by_key
        />
    }
}
