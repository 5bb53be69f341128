//! "For teachers": a 45-minute lesson with the analyser, what to project, the answers to expect,
//! the misconceptions to watch for, how to use the analyser without a network (the offline
//! guide of docs/offline.md, for teachers, who cannot open that file from the app) and the note
//! describing the data, the way to the class page that collects the groups' results, and the
//! maker of mystery samples (`model::mystery`), and the printable worksheet of every guided path
//! with the ages it suits (`model::worksheet`). The page's text is in `i18n/<lang>/teacher.ftl`;
//! the mystery maker's, shared with the analysis page, in `ui.ftl`.

use leptos::prelude::*;

use crate::model::catalog::{analysis_query, CardText};
use crate::model::labels;
use crate::model::mystery::{Mystery, SIGNAL_STRENGTHS};
use crate::model::view_state::with_page_params;
use crate::model::worksheet::worksheet_query;
use crate::ui::address::{app_address, page_query};
use crate::ui::app::CatalogState;
use crate::ui::explain::{OPEN_DATA_NOTE, OPEN_DATA_NOTE_URL};

fn items(prefix: &'static str, count: usize) -> impl IntoView {
    (1..=count).map(move |n| view! { <li>{labels::text(&format!("{prefix}-{n}"))}</li> }).collect_view()
}

/// The ways to prepare a classroom without a (good) network, each a paragraph.
const OFFLINE_WAYS: usize = 3;

/// The analyses of the catalog, once it has arrived; none when it cannot be read (the page
/// works without it, offering nothing to pick).
fn catalog_entries(catalog: CatalogState) -> Vec<histcube::catalog::CatalogEntry> {
    catalog.with(|c| c.as_ref().and_then(|c| c.as_ref().ok()).cloned().unwrap_or_default())
}

#[component]
pub fn TeacherPage(catalog: CatalogState) -> impl IntoView {
    view! {
        <article class="teacher" data-testid="teacher">
            <h1>{labels::text("teacher-heading")}</h1>
            <p>{labels::text("teacher-intro")}</p>
            <h2>{labels::text("teacher-flow-heading")}</h2>
            <ol class="lesson-flow">{items("teacher-flow", 5)}</ol>
            <h2>{labels::text("teacher-project-heading")}</h2>
            <p>{labels::text("teacher-project")}</p>
            <h2>{labels::text("teacher-answers-heading")}</h2>
            <ul>{items("teacher-answer", 3)}</ul>
            <h2>{labels::text("teacher-misconceptions-heading")}</h2>
            <ul>{items("teacher-misconception", 5)}</ul>
            <section aria-labelledby="class-results-heading" data-testid="teacher-class">
                <h2 id="class-results-heading">{labels::text("teacher-class-heading")}</h2>
                <p>{labels::text("teacher-class")}</p>
                <p>
                    <a href=format!("?{}", with_page_params("page=class", &page_query())) data-testid="teacher-class-link">
                        {labels::text("teacher-class-link")}
                    </a>
                </p>
            </section>
            <Worksheets catalog />
            <OwnFinalState />
            <MysteryMaker catalog />
            <section id="offline" aria-labelledby="offline-heading" data-testid="teacher-offline">
                <h2 id="offline-heading">{labels::text("teacher-offline-heading")}</h2>
                <p>{labels::text("teacher-offline-intro")}</p>
                <ol class="offline-ways">{items("teacher-offline", OFFLINE_WAYS)}</ol>
                <p>{labels::text("teacher-offline-size")}</p>
            </section>
            <section aria-labelledby="reference-heading">
                <h2 id="reference-heading">{labels::text("teacher-reference-heading")}</h2>
                <p>
                    {labels::text("teacher-reference")}
                    " "
                    <a href=OPEN_DATA_NOTE_URL target="_blank" rel="noopener" data-testid="teacher-reference">
                        {OPEN_DATA_NOTE}
                    </a>
                </p>
            </section>
        </article>
    }
}

/// Makes a mystery sample for a class: the analysis and the hidden signal strength (or a random
/// one) in, the students' link and the teacher's answer link out.
#[component]
fn MysteryMaker(catalog: CatalogState) -> impl IntoView {
    let analyses =
        Signal::derive(move || catalog_entries(catalog).iter().map(|e| (e.id.clone(), e.title())).collect::<Vec<_>>());
    let analysis = RwSignal::new(String::new());
    // None: a strength chosen at random, unknown to the teacher too until the answer link.
    let strength = RwSignal::new(None::<usize>);
    let made = RwSignal::new(None::<(String, Mystery)>);
    let make = move |_| {
        let id = analysis.get_untracked();
        let id =
            if id.is_empty() { analyses.with_untracked(|a| a.first().map(|(id, _)| id.clone())) } else { Some(id) };
        let Some(id) = id else { return };
        let random = || (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
        let chosen = strength.get_untracked().unwrap_or_else(|| random() as usize % SIGNAL_STRENGTHS.len());
        made.set(Some((id, Mystery::hiding(chosen, random()))));
    };
    let links = move || {
        made.get().map(|(id, mystery)| {
            let students = format!("{}?{}&mystery={}", app_address(), analysis_query(&id), mystery.code());
            let answer = format!("{students}&answer={}", mystery.answer_token());
            view! {
                <dl class="mystery-links">
                    <dt>{labels::text("mystery-teacher-students")}</dt>
                    <dd><a href=students.clone() data-testid="mystery-student-link">{students.clone()}</a></dd>
                    <dt>{labels::text("mystery-teacher-answer")}</dt>
                    <dd><a href=answer.clone() data-testid="mystery-answer-link">{answer.clone()}</a></dd>
                </dl>
            }
        })
    };
    let options = move || {
        analyses.get().into_iter().map(|(id, title)| view! { <option value=id.clone()>{title}</option> }).collect_view()
    };
    let strengths = SIGNAL_STRENGTHS
        .iter()
        .enumerate()
        .map(|(i, mu)| view! { <option value=i.to_string()>{format!("μ = {mu}")}</option> })
        .collect_view();
    view! {
        <section id="mystery" aria-labelledby="mystery-maker-heading" data-testid="mystery-maker">
            <h2 id="mystery-maker-heading">{labels::text("mystery-teacher-heading")}</h2>
            <p>{labels::text("mystery-teacher-intro")}</p>
            <div class="mystery-form">
                <label>
                    {labels::text("mystery-teacher-analysis")} " "
                    <select data-testid="mystery-analysis" on:change=move |ev| analysis.set(event_target_value(&ev))>
                        {options}
                    </select>
                </label>
                <label>
                    {labels::text("mystery-teacher-strength")} " "
                    <select
                        data-testid="mystery-strength"
                        on:change=move |ev| strength.set(event_target_value(&ev).parse().ok())
                    >
                        <option value="random">{labels::text("mystery-teacher-random")}</option>
                        {strengths}
                    </select>
                </label>
                <button type="button" data-testid="mystery-make" on:click=make>
                    {labels::text("mystery-teacher-make")}
                </button>
            </div>
            {links}
        </section>
    }
}

/// Every guided path of the bundled analyses with its worksheet, its answer key and the ages it
/// suits (`worksheet-ages-<path>`; a path the texts do not know, from a new analysis file, gets
/// a dash rather than a guess).
#[component]
fn Worksheets(catalog: CatalogState) -> impl IntoView {
    let rows = move || {
        let entries = catalog_entries(catalog);
        let rows: Vec<_> = entries
            .iter()
            .flat_map(|entry| entry.guided_paths.iter().map(move |path| (entry, path)))
            .map(|(entry, path)| {
                let link = |key| format!("?{}", with_page_params(&worksheet_query(&entry.id, &path.id, key), &page_query()));
                let ages = labels::optional_text(&format!("worksheet-ages-{}", path.id))
                    .unwrap_or_else(|| crate::model::numbers::NOT_DEFINED.to_owned());
                view! {
                    <tr data-path=path.id.clone()>
                        <th scope="row">
                            {labels::text(&path.title_key)}
                            <span class="worksheet-of">{entry.title()}</span>
                        </th>
                        <td>{ages}</td>
                        <td>
                            <a href=link(false) data-testid="teacher-worksheet">{labels::text("teacher-worksheets-sheet")}</a>
                            " · "
                            <a href=link(true) data-testid="teacher-worksheet-key">{labels::text("teacher-worksheets-key")}</a>
                        </td>
                    </tr>
                }
            })
            .collect();
        if rows.is_empty() {
            return view! { <p>{labels::text("teacher-worksheets-none")}</p> }.into_any();
        }
        view! {
            <table class="worksheet-list" data-testid="teacher-worksheets">
                <thead>
                    <tr>
                        <th scope="col">{labels::text("teacher-worksheets-path")}</th>
                        <th scope="col">{labels::text("teacher-worksheets-ages")}</th>
                        <th scope="col"></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section id="worksheets" aria-labelledby="worksheets-heading">
            <h2 id="worksheets-heading">{labels::text("teacher-worksheets-heading")}</h2>
            <p>{labels::text("teacher-worksheets-intro")}</p>
            {rows}
        </section>
    }
}

/// Where the worked analysis file of docs/own-analysis.md is in the built site (`web/index.html`
/// copies `analyses/examples/` there).
const EXAMPLE_ANALYSIS: &str = "examples/zmass.toml";

/// The steps of docs/own-analysis.md in short: an analysis is a text file, built into a cube
/// with `preprocess` and opened on the home page; the example file to download.
#[component]
fn OwnFinalState() -> impl IntoView {
    view! {
        <section id="own-final-state" aria-labelledby="own-heading" data-testid="teacher-own">
            <h2 id="own-heading">{labels::text("teacher-own-heading")}</h2>
            <p>{labels::text("teacher-own-intro")}</p>
            <ol class="own-steps">
                <li>{labels::text("teacher-own-1")}</li>
                <li>{labels::text("teacher-own-2")}</li>
                <li>
                    {labels::text("teacher-own-3")}
                    <pre><code>"preprocess build zmass.toml data_A.2lep.root mc_361106.Zee.2lep.root mc_361107.Zmumu.2lep.root -o zmass.cube"</code></pre>
                </li>
                <li>{labels::text("teacher-own-4")}</li>
            </ol>
            <p>
                <a href=EXAMPLE_ANALYSIS download="zmass.toml" data-testid="teacher-own-example">
                    {labels::text("teacher-own-example")}
                </a>
                " "
                {labels::text("teacher-own-guide")}
            </p>
        </section>
    }
}
