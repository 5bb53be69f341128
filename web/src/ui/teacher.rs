//! "For teachers": a 45-minute lesson with the analyser, what to project, the answers to expect
//! and the misconceptions to watch for. All text is in `i18n/<lang>/teacher.ftl`.

use leptos::prelude::*;

use crate::model::labels;

fn items(prefix: &'static str, count: usize) -> impl IntoView {
    (1..=count).map(move |n| view! { <li>{labels::text(&format!("{prefix}-{n}"))}</li> }).collect_view()
}

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
        </article>
    }
}
