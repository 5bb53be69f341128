//! The glossary: the words a student meets on the page, each with a short definition from the
//! i18n catalogue (`glossary-<term>-term` and `glossary-<term>`).

use leptos::prelude::*;

use crate::model::labels;

/// The terms, in the order a student meets them.
pub const TERMS: [&str; 11] =
    ["event", "lepton", "jet", "btag", "met", "pt", "eta", "phi", "xsec", "lumi", "significance"];

#[component]
pub fn Glossary() -> impl IntoView {
    view! {
        <article class="glossary" data-testid="glossary">
            <h1>{labels::text("glossary-heading")}</h1>
            <dl>
                {TERMS
                    .iter()
                    .map(|term| {
                        view! {
                            <dt id=format!("glossary-{term}")>{labels::text(&format!("glossary-{term}-term"))}</dt>
                            <dd>{labels::text(&format!("glossary-{term}"))}</dd>
                        }
                    })
                    .collect_view()}
            </dl>
        </article>
    }
}
