//! Two labelled number inputs for the lower and upper end of the cut on a numeric axis.
//!
//! Typed values snap to the nearest bin edge when committed (Enter or leaving the field); the
//! arrow keys move one edge and Page Up / Page Down five, on regular and variable binning alike.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use web_sys::HtmlInputElement;

use crate::model::range_cut::{AxisEdges, RangeCut};
use crate::model::{labels, numbers};
use crate::ui::state::AnalysisState;

/// Which end of the range an input sets.
#[derive(Clone, Copy)]
enum End {
    Lower,
    Upper,
}

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
    let lowest = numbers::edge(edges.with_value(|e| e.value(0)));
    let highest = numbers::edge(edges.with_value(|e| *e.values().last().expect("an axis has edges")));
    let step = edges.with_value(AxisEdges::uniform_width).map_or_else(|| "any".to_owned(), numbers::edge);
    let help_id = format!("cut-help-{axis_id}");
    let described_by = help_id.clone();

    let shown = move |end: End| {
        let r = range.get();
        let index = match end {
            End::Lower => r.lower,
            End::Upper => r.upper,
        };
        numbers::edge(edges.with_value(|e| e.value(index)))
    };
    let commit_typed = move |end: End, input: HtmlInputElement| {
        if let Ok(value) = input.value().trim().parse::<f64>() {
            if value.is_finite() {
                let current = range.get_untracked();
                let next = edges.with_value(|e| match end {
                    End::Lower => e.with_lower(current, value),
                    End::Upper => e.with_upper(current, value),
                });
                if next != current {
                    on_change.run(next);
                }
            }
        }
        // Show the edge actually used, also when the typed text changed nothing.
        input.set_value(&shown(end));
    };
    let step_by_key = move |end: End, ev: KeyboardEvent| {
        let steps = match ev.key().as_str() {
            "ArrowUp" => 1,
            "ArrowDown" => -1,
            "PageUp" => 5,
            "PageDown" => -5,
            _ => return,
        };
        ev.prevent_default();
        let current = range.get_untracked();
        let next = edges.with_value(|e| match end {
            End::Lower => e.step_lower(current, steps),
            End::Upper => e.step_upper(current, steps),
        });
        if next != current {
            on_change.run(next);
        }
    };
    let input = move |end: End, id: String| {
        view! {
            <input
                id=id.clone()
                type="number"
                inputmode="decimal"
                data-testid=id
                min=lowest.clone()
                max=highest.clone()
                step=step.clone()
                aria-describedby=described_by.clone()
                prop:value=move || shown(end)
                on:change=move |ev| commit_typed(end, event_target::<HtmlInputElement>(&ev))
                on:keydown=move |ev| step_by_key(end, ev)
            />
        }
    };
    let lower_id = format!("cut-min-{axis_id}");
    let upper_id = format!("cut-max-{axis_id}");
    let is_full = move || edges.with_value(|e| e.is_full(range.get()));
    let is_upper_end = move |r: RangeCut| edges.with_value(|e| r.upper + 1 == e.values().len());
    let summary_label = label.clone();
    let summary = move || {
        let label = &summary_label;
        if is_full() {
            labels::fill("cut-none", &[("axis", label)])
        } else {
            let r = range.get();
            let (lo, hi) = edges.with_value(|e| (e.value(r.lower), e.value(r.upper)));
            let unit = if unit.is_empty() { String::new() } else { format!(" {unit}") };
            let (lo, hi) = (numbers::shown(&numbers::edge(lo)), numbers::shown(&numbers::edge(hi)));
            match (r.lower == 0, is_upper_end(r)) {
                (true, _) => labels::fill("cut-below", &[("axis", label), ("upper", &format!("{hi}{unit}"))]),
                (_, true) => labels::fill("cut-from", &[("axis", label), ("lower", &format!("{lo}{unit}"))]),
                _ => labels::fill("cut-between", &[("axis", label), ("lower", &lo), ("upper", &format!("{hi}{unit}"))]),
            }
        }
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
