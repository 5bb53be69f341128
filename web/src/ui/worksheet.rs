//! The printable worksheet of a guided path and its answer key ([`crate::model::worksheet`]):
//! on screen a page with "Print" and the way to the other version; on paper (the print
//! stylesheet in `web/style.css`, `@media print`) just the sheet, on at most two pages of A4 or
//! Letter. The texts are the teacher page's (`i18n/<lang>/teacher.ftl`) and the guides'.

use histcube::Cube;
use leptos::prelude::*;

use crate::model::catalog::{analysis_query, cube_url};
use crate::model::errors::AppError;
use crate::model::labels;
use crate::model::view_state::with_page_params;
use crate::model::worksheet::{worksheet_query, Worksheet};
use crate::ui::address::{app_address, page_query};
use crate::ui::class_results::QrCode;
use crate::ui::loader::load_cube_with_progress;

/// Lines left for a written answer under a task or a question.
const ANSWER_LINES: usize = 2;

/// The worksheet page of `sheet` (a path id) of `analysis`; `key` shows the answer key.
#[component]
pub fn WorksheetPage(analysis: String, sheet: String, key: bool) -> impl IntoView {
    let loaded = RwSignal::new(None::<Result<Cube, AppError>>);
    let url = cube_url(&analysis);
    leptos::task::spawn_local_scoped_with_cancellation(async move {
        let cube = load_cube_with_progress(&url, |_, _| {}).await.map_err(AppError::from);
        loaded.set(Some(cube));
    });
    move || match loaded.get() {
        None => view! { <p class="loading" role="status">{labels::text("worksheet-loading")}</p> }.into_any(),
        Some(Err(error)) => view! { <crate::ui::app::ErrorBanner message=error.message() navigate=None /> }.into_any(),
        Some(Ok(cube)) => match Worksheet::of(&cube, &sheet) {
            Ok(Some(worksheet)) => view! { <Sheet worksheet analysis=analysis.clone() key /> }.into_any(),
            Ok(None) => view! { <NoSuchPath cube analysis=analysis.clone() sheet=sheet.clone() /> }.into_any(),
            Err(error) => {
                view! { <crate::ui::app::ErrorBanner message=AppError::from(error).message() navigate=None /> }
                    .into_any()
            }
        },
    }
}

/// The address a student types or scans: the analysis, in the worksheet's language.
fn analyser_address(analysis: &str) -> String {
    let query = with_page_params(&analysis_query(analysis), &page_query());
    // Only the language carries over: a worksheet is never printed from a frame.
    let query: Vec<&str> = query.split('&').filter(|p| !p.starts_with("embed=")).collect();
    format!("{}?{}", app_address(), query.join("&"))
}

/// `count` ruled lines to write on.
fn lines(count: usize) -> impl IntoView {
    (0..count).map(|_| view! { <span class="write-line" aria-hidden="true"></span> }).collect_view()
}

#[component]
fn Sheet(worksheet: Worksheet, analysis: String, key: bool) -> impl IntoView {
    let address = analyser_address(&analysis);
    let other = format!("?{}", with_page_params(&worksheet_query(&analysis, &worksheet.path_id, !key), &page_query()));
    let heading = labels::text(if key { "worksheet-key-heading" } else { "worksheet-heading" });
    let tasks = worksheet
        .tasks
        .iter()
        .map(|task| {
            let cut = task.answer.is_some();
            let written = if key {
                let answer = task.answer.clone().map(|answer| {
                    view! { <p class="key-answer"><strong>{labels::text("worksheet-answer")} ": "</strong>{answer}</p> }
                });
                view! {
                    {answer}
                    <p class="key-why"><strong>{labels::text("worksheet-why")} ": "</strong>{task.explanation.clone()}</p>
                }
                .into_any()
            } else {
                let label = labels::text(if cut { "worksheet-prediction" } else { "worksheet-observation" });
                view! { <p class="write-label">{label}</p> {lines(ANSWER_LINES)} }.into_any()
            };
            view! { <li><p class="task-prompt">{task.prompt.clone()}</p> {written}</li> }
        })
        .collect_view();
    let has_data = worksheet.rows.iter().any(|row| row.data.is_some());
    let rows = worksheet
        .rows
        .iter()
        .enumerate()
        .map(|(index, row)| {
            // The students' sheet leaves the numbers for them to write in.
            let cell = |value: &str| if key { value.to_owned() } else { String::new() };
            let id = |what: &str| format!("worksheet-{index}-{what}");
            let data =
                row.data.as_deref().map(|data| view! { <td class="num" data-testid=id("data")>{cell(data)}</td> });
            view! {
                <tr data-testid=format!("worksheet-row-{index}")>
                    <td class="num">{index}</td>
                    <td class="num">{row.task.map(|t| t.to_string()).unwrap_or_default()}</td>
                    <td>{row.cut.clone()}</td>
                    <td class="num" data-testid=id("signal")>{cell(&row.signal)}</td>
                    <td class="num" data-testid=id("background")>{cell(&row.background)}</td>
                    {data}
                    <td class="num" data-testid=id("z")>{cell(&row.z)}</td>
                </tr>
            }
        })
        .collect_view();
    let questions = worksheet
        .questions
        .iter()
        .map(|q| {
            let written = if key {
                view! { <p class="key-answer"><strong>{labels::text("worksheet-answer")} ": "</strong>{q.answer.clone()}</p> }
                    .into_any()
            } else {
                lines(ANSWER_LINES + 1).into_any()
            };
            view! { <li><p class="task-prompt">{q.text.clone()}</p> {written}</li> }
        })
        .collect_view();
    view! {
        <article class="worksheet" class:answer-key=key data-testid="worksheet" data-path=worksheet.path_id.clone()>
            <div class="worksheet-actions">
                <button type="button" data-testid="worksheet-print" on:click=|_| _ = window().print()>
                    {labels::text("worksheet-print")}
                </button>
                <a href=other data-testid="worksheet-other">
                    {labels::text(if key { "worksheet-to-sheet" } else { "worksheet-to-key" })}
                </a>
            </div>
            <header class="worksheet-head">
                <div>
                    <p class="worksheet-kind">{heading}</p>
                    <h1>{worksheet.title.clone()}</h1>
                    <p class="worksheet-analysis">{worksheet.analysis_title.clone()} " — " {worksheet.data_note.clone()}</p>
                </div>
                <QrCode text=address.clone() testid="worksheet-qr" label_key="worksheet-qr-label" />
            </header>
            {(!key).then(|| view! {
                <p class="worksheet-fields">
                    <span>{labels::text("worksheet-name")} ":"</span>
                    <span>{labels::text("worksheet-group")} ":"</span>
                    <span>{labels::text("worksheet-date")} ":"</span>
                </p>
            })}
            <p class="worksheet-intro">{worksheet.intro.clone()}</p>
            <p class="worksheet-open">
                {labels::fill("worksheet-open", &[("path", &worksheet.title)])} " "
                <span class="worksheet-address" data-testid="worksheet-address">{address}</span>
            </p>
            {key.then(|| view! { <p class="worksheet-key-note">{labels::text("worksheet-key-note")}</p> })}
            <h2>{labels::text("worksheet-tasks-heading")}</h2>
            <ol class="worksheet-tasks" data-testid="worksheet-tasks">{tasks}</ol>
            <h2>{labels::text("worksheet-table-heading")}</h2>
            // A phone scrolls the table rather than the page; paper has room for it.
            <div class="table-scroll worksheet-table-wrap">
            <table class="worksheet-table" data-testid="worksheet-table">
                <thead>
                    <tr>
                        <th scope="col">{labels::text("worksheet-col-row")}</th>
                        <th scope="col">{labels::text("worksheet-col-task")}</th>
                        <th scope="col">{labels::text("worksheet-col-cut")}</th>
                        <th scope="col">{labels::text("worksheet-col-signal")}</th>
                        <th scope="col">{labels::text("worksheet-col-background")}</th>
                        {has_data.then(|| view! { <th scope="col">{labels::text("worksheet-col-data")}</th> })}
                        <th scope="col">{labels::text("worksheet-col-z")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
            <h2>{labels::text("worksheet-questions-heading")}</h2>
            <ol class="worksheet-questions" data-testid="worksheet-questions">{questions}</ol>
        </article>
    }
}

/// The analysis has no such path (or the address names none): say so, and offer the
/// worksheets it has.
#[component]
fn NoSuchPath(cube: Cube, analysis: String, sheet: String) -> impl IntoView {
    let paths = cube.manifest().guided_paths.clone();
    let names: Vec<String> = paths.iter().map(|p| labels::text(&p.title_key)).collect();
    let links = paths
        .into_iter()
        .map(|path| {
            let href = format!("?{}", with_page_params(&worksheet_query(&analysis, &path.id, false), &page_query()));
            view! { <li><a href=href>{labels::text(&path.title_key)}</a></li> }
        })
        .collect_view();
    // An address without a path (`sheet=` left out) asks which one: no alert for that.
    if sheet.is_empty() {
        return view! {
            <section data-testid="worksheet-choose">
                <h1>{labels::text("teacher-worksheets-heading")}</h1>
                <ul>{links}</ul>
            </section>
        }
        .into_any();
    }
    view! {
        <div class="banner" role="alert" data-testid="worksheet-no-path">
            <p>{labels::fill("worksheet-no-path", &[("path", &sheet), ("paths", &names.join(", "))])}</p>
            <ul>{links}</ul>
        </div>
    }
    .into_any()
}
