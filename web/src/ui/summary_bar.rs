//! The summary bar of narrow screens: s, b, Z and the fitted μ̂ of the current cuts in one line
//! fixed to the bottom of the screen. On a phone the yields panel comes after every plot, so
//! without it a student cutting on a plot never sees the numbers the cut changes. On wider
//! screens the yields panel itself stays in view and the stylesheet hides the bar.
//!
//! A focused embed shows the same numbers as a strip under its plots (`strip`), at every width.

use leptos::prelude::*;

use crate::model::labels;
use crate::model::yields::YieldTable;

/// `table`: the yields panel's numbers; `mu`: μ̂ as the fit panel writes it, once there is a fit;
/// `strip`: in the flow of the page, at every width, instead of fixed to a narrow screen's foot.
#[component]
pub fn SummaryBar(
    table: Memo<YieldTable>,
    #[prop(into)] mu: Signal<Option<String>>,
    #[prop(optional)] strip: bool,
) -> impl IntoView {
    let number = move |pick: fn(&YieldTable) -> &String| move || table.with(|t| pick(t).clone());
    view! {
        <div class=if strip { "summary-strip" } else { "summary-bar" } role="group" aria-label=labels::text("summary-bar-label") data-testid="summary-bar">
            <span class="summary-item">
                <span class="summary-symbol">"s"</span>
                <span data-testid="summary-s">{number(|t| &t.signal)}</span>
            </span>
            <span class="summary-item">
                <span class="summary-symbol">"b"</span>
                <span data-testid="summary-b">{number(|t| &t.background)}</span>
            </span>
            <span class="summary-item">
                <span class="summary-symbol">"Z"</span>
                <span data-testid="summary-z">{number(|t| &t.z_asimov)}</span>
            </span>
            {move || {
                mu.get()
                    .map(|mu| {
                        view! {
                            <span class="summary-item">
                                <span class="summary-symbol">"μ̂"</span>
                                <span data-testid="summary-mu">{mu}</span>
                            </span>
                        }
                    })
            }}
        </div>
    }
}
