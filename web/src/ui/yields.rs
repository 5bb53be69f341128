//! The yields panel: per-process yield ± error and raw events, then s, b, data, s/√b and the
//! Asimov significance of the current selection, the significance meter, the fit panel, and on
//! narrow screens the summary bar that keeps s, b, Z and μ̂ in view.

use histcube::Role;
use leptos::prelude::*;

use crate::model::labels;
use crate::model::yields::{ProcessYield, YieldTable, METER_MAX};
use crate::ui::fit_panel::FitPanel;
use crate::ui::state::AnalysisState;
use crate::ui::summary_bar::SummaryBar;

/// `hidden[p]` processes are left out of s, b, data and the significances; each row's name is a
/// toggle button (Enter or Space) that shows or hides its process, through `on_toggle`.
///
/// With `fit_when`, the fit panel at its end is only built once that signal is true (the
/// analysis view sets it after the first paint); without, at once.
#[component]
pub fn YieldsPanel(
    state: AnalysisState,
    hidden: Signal<Vec<bool>>,
    on_toggle: Callback<Vec<usize>>,
    #[prop(optional, into)] fit_when: Option<Signal<bool>>,
) -> impl IntoView {
    let table = Memo::new(move |_| hidden.with(|hidden| state.with(|engine| YieldTable::with_hidden(engine, hidden))));
    // The rows are built once (the processes never change); only their numbers follow the
    // cuts, so a cut rewrites a few text nodes instead of the whole table.
    let rows = table
        .get_untracked()
        .processes
        .into_iter()
        .enumerate()
        .map(|(index, row)| process_row(index, row, table, hidden, on_toggle))
        .collect_view();
    let mu_shown = RwSignal::new(None::<String>);
    view! {
        <section class="yields" aria-labelledby="yields-heading" data-testid="yields">
            <h2 id="yields-heading">{labels::text("yields-heading")}</h2>
            <p class="hint">{labels::text("yields-hint")}</p>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{labels::text("yields-process")}</th>
                        <th scope="col" class="number">{labels::text("yields-events")}</th>
                        <th scope="col" class="number">{labels::text("yields-stat")}</th>
                        <th scope="col" class="number">{labels::text("yields-raw")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <Significances table />
            <SignificanceMeter table />
            <p class="hint">{labels::text("yields-raw-hint")}</p>
            // Beside s/√b and the Asimov Z: μ̂ and Z from a likelihood fit of the same selection.
            {move || {
                fit_when.is_none_or(|ready| ready.get()).then(|| view! { <FitPanel state hidden mu_shown /> })
            }}
            <SummaryBar table mu=mu_shown />
        </section>
    }
}

/// One process's row: its name as a show/hide toggle with its colour and role, its yield, error
/// and raw events. A data-driven background's raw events are recorded: "73 from data".
fn process_row(
    index: usize,
    row: ProcessYield,
    table: Memo<YieldTable>,
    hidden: Signal<Vec<bool>>,
    on_toggle: Callback<Vec<usize>>,
) -> impl IntoView {
    let (role, role_text) = match row.role {
        Role::Data => ("data", None),
        Role::Signal => ("signal", Some(labels::text("yields-role-signal"))),
        Role::Background => ("background", Some(labels::text("yields-role-background"))),
    };
    let id = row.process_id;
    let (count_before, count_after) =
        if row.data_driven { labels::around("yields-raw-from-data", "count") } else { Default::default() };
    let shown = move || hidden.with(|h| !h.get(index).copied().unwrap_or(false));
    let cell = move |pick: fn(&ProcessYield) -> &String| move || table.with(|t| pick(&t.processes[index]).clone());
    view! {
        <tr class=format!("role-{role}") class:is-hidden=move || !shown()>
            <th scope="row">
                <button
                    type="button"
                    class="process"
                    data-testid=format!("toggle-row-{id}")
                    aria-pressed=move || shown().to_string()
                    title=labels::text("process-toggle-title")
                    on:click=move |_| on_toggle.run(vec![index])
                >
                    <svg class="swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
                        <rect width="12" height="12" fill=row.color.hex()></rect>
                    </svg>
                    <span>{row.label} {role_text.map(|text| view! { <span class="role">{text}</span> })}</span>
                </button>
            </th>
            <td class="number" data-testid=format!("yield-process-{id}")>{cell(|p| &p.value)}</td>
            <td class="number" data-testid=format!("error-process-{id}")>{cell(|p| &p.error)}</td>
            <td class="number">
                {count_before}
                <span data-testid=format!("count-process-{id}")>{cell(|p| &p.events)}</span>
                {count_after}
            </td>
        </tr>
    }
}

/// s, b, the data, s/√b and the Asimov Z of the selection, in one polite live region so a
/// screen reader hears the outcome of a cut once.
#[component]
fn Significances(table: Memo<YieldTable>) -> impl IntoView {
    let summary = move |pick: fn(&YieldTable) -> &String| move || table.with(|t| pick(t).clone());
    // "(832 events)" in the language's word order, the count in its own element.
    let (events_before, events_after) = labels::around("yields-data-events", "count");
    view! {
        <dl class="significance" aria-live="polite">
            <div>
                <dt>{labels::text("yields-signal")}</dt>
                <dd>
                    <span data-testid="yield-signal">{summary(|t| &t.signal)}</span>
                    " ± "
                    <span data-testid="error-signal">{summary(|t| &t.signal_error)}</span>
                </dd>
            </div>
            <div>
                <dt>{labels::text("yields-background")}</dt>
                <dd>
                    <span data-testid="yield-background">{summary(|t| &t.background)}</span>
                    " ± "
                    <span data-testid="error-background">{summary(|t| &t.background_error)}</span>
                </dd>
            </div>
            <div>
                <dt>{labels::text("yields-data")}</dt>
                <dd>
                    <span data-testid="yield-data">{summary(|t| &t.data)}</span>
                    " "
                    {events_before}
                    <span data-testid="count-data">{summary(|t| &t.data_events)}</span>
                    {events_after}
                </dd>
            </div>
            <div>
                <dt>"s / √b"</dt>
                <dd data-testid="s-over-sqrt-b">{summary(|t| &t.s_over_sqrt_b)}</dd>
            </div>
            <div>
                <dt>
                    <abbr title=labels::text("yields-z-title")>"Z"</abbr>
                    " (Asimov)"
                </dt>
                <dd data-testid="z-asimov">{summary(|t| &t.z_asimov)}</dd>
            </div>
        </dl>
    }
}

/// The Asimov Z as a bar from 0 to 5σ with marks at 3σ (evidence) and 5σ (discovery).
#[component]
fn SignificanceMeter(table: Memo<YieldTable>) -> impl IntoView {
    view! {
        <div
            class="meter"
            role="meter"
            data-testid="significance-meter"
            aria-label=labels::text("yields-meter-label")
            aria-valuemin="0"
            aria-valuemax=METER_MAX.to_string()
            aria-valuenow=move || table.with(|t| format!("{:.2}", t.z_value.unwrap_or(0.0).max(0.0)))
            aria-valuetext=move || table.with(YieldTable::meter_text)
        >
            // A scale, not a width: changing it lays nothing out (style.css, `.meter-fill`).
            <div
                class="meter-fill"
                style:transform=move || table.with(|t| format!("scaleX({:.4})", t.meter_fraction()))
            ></div>
            <div class="meter-mark meter-mark-3" aria-hidden="true"></div>
            <div class="meter-mark meter-mark-5" aria-hidden="true"></div>
        </div>
        <p class="hint meter-legend" aria-hidden="true">{labels::text("yields-meter-marks")}</p>
    }
}
