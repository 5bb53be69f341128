//! The cut-flow panel: one row per cut in the order the student applied them, each with every
//! process's yield, the share of signal and background the step kept, s/√b and Z, and a CSV
//! download of the same table. The numbers are `model::cut_flow`'s; this only lays them out.

use histcube::Role;
use leptos::prelude::*;

use crate::model::cut_flow::{self, CutFlowRow, CutFlowTable};
use crate::model::errors::AppError;
use crate::model::labels;
use crate::ui::cuts::Cuts;
use crate::ui::export;
use crate::ui::loader::describe;
use crate::ui::state::AnalysisState;

/// `hidden[p]` processes keep their column but leave s, b and the significances, as in the
/// yields panel.
#[component]
pub fn CutFlowPanel(state: AnalysisState, hidden: Signal<Vec<bool>>) -> impl IntoView {
    let cuts = Cuts::expect();
    let table = Memo::new(move |_| {
        hidden.with(|hidden| {
            cuts.with_order(|all, order| state.with(|engine| CutFlowTable::of(engine, all, order, hidden).ok()))
        })
    });
    let save_error = RwSignal::new(None::<AppError>);
    let file_name = state.with_untracked(|engine| cut_flow::file_name(&engine.cube().manifest().analysis_id));
    let download = move |_| {
        let Some(text) = table.with_untracked(|t| t.as_ref().map(CutFlowTable::csv)) else { return };
        let result = export::download_text(&text, "text/csv", &file_name).map_err(|e| AppError::Save(describe(&e)));
        save_error.set(result.err());
    };
    let header = table.with_untracked(|t| t.as_ref().map(|t| t.columns.clone())).unwrap_or_default();
    let process_headers = header
        .iter()
        .map(|column| {
            let class = match column.role {
                Role::Data => "number role-data",
                Role::Signal => "number role-signal",
                Role::Background => "number role-background",
            };
            view! { <th scope="col" class=class>{column.label.clone()}</th> }
        })
        .collect_view();
    let processes: Vec<(String, String)> = header.iter().map(|c| (c.process_id.clone(), c.label.clone())).collect();
    let rows = move || {
        table.with(|t| {
            t.as_ref()
                .map(|t| t.rows.iter().enumerate().map(|(step, row)| step_row(step, row, &processes)).collect_view())
        })
    };
    view! {
        <section class="cutflow-panel" aria-labelledby="cutflow-heading">
            <div class="cutflow-top">
                <h2 id="cutflow-heading">{labels::text("cutflow-heading")}</h2>
                <button
                    type="button"
                    data-testid="cutflow-download"
                    title=labels::text("cutflow-download-title")
                    on:click=download
                >
                    {labels::text("cutflow-download")}
                </button>
            </div>
            <p class="hint">{labels::text("cutflow-hint")}</p>
            {move || {
                save_error
                    .get()
                    .map(|error| {
                        view! { <p class="banner" role="alert">{error.message()}</p> }
                    })
            }}
            // A phone shows each step as a card of name–value pairs instead (style.css).
            <div class="cutflow-scroll">
                <table data-testid="cutflow">
                    <thead>
                        <tr>
                            <th scope="col">{labels::text("cutflow-cut")}</th>
                            {process_headers}
                            <th scope="col" class="number">"s"</th>
                            <th scope="col" class="number">"b"</th>
                            <th scope="col" class="number">{labels::text("cutflow-signal-efficiency")}</th>
                            <th scope="col" class="number">{labels::text("cutflow-background-efficiency")}</th>
                            <th scope="col" class="number">"s / √b"</th>
                            <th scope="col" class="number">
                                <abbr title=labels::text("yields-z-title")>"Z"</abbr>
                            </th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// One step: the cut it adds, then its numbers, each cell with a test id naming the step and,
/// for a phone's layout where each step becomes a card of its own, its column's name.
fn step_row(step: usize, row: &CutFlowRow, processes: &[(String, String)]) -> impl IntoView {
    let yields = processes
        .iter()
        .zip(&row.yields)
        .map(|((id, label), value)| {
            view! {
                <td class="number" data-label=label.clone() data-testid=format!("cutflow-{step}-{id}")>
                    {value.clone()}
                </td>
            }
        })
        .collect_view();
    let cell = |name: &str, label: String, value: &String| {
        view! {
            <td class="number" data-label=label data-testid=format!("cutflow-{step}-{name}")>
                {value.clone()}
            </td>
        }
    };
    view! {
        <tr data-testid=format!("cutflow-row-{step}")>
            <th scope="row">{row.cut.clone()}</th>
            {yields}
            {cell("signal", "s".to_owned(), &row.signal)}
            {cell("background", "b".to_owned(), &row.background)}
            {cell("eff-signal", labels::text("cutflow-signal-efficiency"), &row.signal_efficiency)}
            {cell("eff-background", labels::text("cutflow-background-efficiency"), &row.background_efficiency)}
            {cell("s-over-sqrt-b", "s / √b".to_owned(), &row.s_over_sqrt_b)}
            {cell("z", "Z".to_owned(), &row.z_asimov)}
        </tr>
    }
}
