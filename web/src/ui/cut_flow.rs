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
    let tabulate = move || {
        hidden.with_untracked(|hidden| {
            cuts.with_order_untracked(|all, order| {
                state.with_untracked(|engine| CutFlowTable::of(engine, all, order, hidden).ok())
            })
        })
    };
    // The table follows a change a task later, as the fit does (the table is a pass over every
    // cell of the cube).
    let table = RwSignal::new(tabulate());
    let track = move || {
        hidden.track();
        cuts.with_order(|_, _| ());
        state.revision();
    };
    crate::ui::after_changes(track, move || {
        let next = tabulate();
        if table.with_untracked(|current| *current != next) {
            table.set(next);
        }
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
    // Rows are made only when their number changes (a cut added or removed); a cut moved updates
    // the text of the cells in place, where rebuilding the body wrote every cell's attributes
    // again (39 writes a step on hww) and gave the browser a new table to lay out.
    let row_count = Memo::new(move |_| table.with(|t| t.as_ref().map_or(0, |t| t.rows.len())));
    let rows = move || (0..row_count.get()).map(|step| step_row(table, step, &processes)).collect_view();
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
/// for a phone's layout where each step becomes a card of its own, its column's name. Each cell
/// reads its text from `table`, so it follows the cuts without being made again.
fn step_row(table: RwSignal<Option<CutFlowTable>>, step: usize, processes: &[(String, String)]) -> impl IntoView {
    let cell = move |name: &str, label: String, pick: CellText| {
        view! {
            <td class="number" data-label=label data-testid=format!("cutflow-{step}-{name}")>
                {row_text(table, step, pick)}
            </td>
        }
    };
    let yields = processes
        .iter()
        .enumerate()
        .map(|(column, (id, label))| {
            cell(
                id,
                label.clone(),
                Box::new(move |row: &CutFlowRow| row.yields.get(column).cloned().unwrap_or_default()),
            )
        })
        .collect_view();
    view! {
        <tr data-testid=format!("cutflow-row-{step}")>
            <th scope="row">{row_text(table, step, Box::new(|row| row.cut.clone()))}</th>
            {yields}
            {cell("signal", "s".to_owned(), Box::new(|row| row.signal.clone()))}
            {cell("background", "b".to_owned(), Box::new(|row| row.background.clone()))}
            {cell("eff-signal", labels::text("cutflow-signal-efficiency"), Box::new(|row| row.signal_efficiency.clone()))}
            {cell(
                "eff-background",
                labels::text("cutflow-background-efficiency"),
                Box::new(|row| row.background_efficiency.clone()),
            )}
            {cell("s-over-sqrt-b", "s / √b".to_owned(), Box::new(|row| row.s_over_sqrt_b.clone()))}
            {cell("z", "Z".to_owned(), Box::new(|row| row.z_asimov.clone()))}
        </tr>
    }
}

/// How a cell finds its text in its row.
type CellText = Box<dyn Fn(&CutFlowRow) -> String + Send + Sync>;

/// The text of one cell of step `step`, read from `table` whenever it changes (empty while the
/// table has no such step).
fn row_text(table: RwSignal<Option<CutFlowTable>>, step: usize, pick: CellText) -> impl Fn() -> String {
    move || table.with(|t| t.as_ref().and_then(|t| t.rows.get(step)).map(&pick).unwrap_or_default())
}
