//! "For teachers": a 45-minute lesson with the analyser, what to project, the answers to expect,
//! the misconceptions to watch for, how to use the analyser without a network (the offline
//! guide of docs/offline.md, for teachers, who cannot open that file from the app) and the note
//! describing the data, and the way to the class page that collects the groups' results. All text is in `i18n/<lang>/teacher.ftl`.

use leptos::prelude::*;

use crate::model::labels;
use crate::model::view_state::with_page_params;
use crate::ui::address::page_query;
use crate::ui::explain::{OPEN_DATA_NOTE, OPEN_DATA_NOTE_URL};

fn items(prefix: &'static str, count: usize) -> impl IntoView {
    (1..=count).map(move |n| view! { <li>{labels::text(&format!("{prefix}-{n}"))}</li> }).collect_view()
}

/// The ways to prepare a classroom without a (good) network, each a paragraph.
const OFFLINE_WAYS: usize = 3;

#[component]
pub fn TeacherPage() -> impl IntoView {
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
