//! The cut on a category axis: one toggle button ("chip") per category, pressed when the
//! category is kept. The last pressed chip cannot be released, and the hint says why.

use leptos::prelude::*;

use crate::model::bin_cut::CategoryCut;
use crate::model::labels;
use crate::ui::state::AnalysisState;

#[component]
pub fn CategoryControl(
    state: AnalysisState,
    axis: usize,
    choice: Signal<CategoryCut>,
    on_change: Callback<CategoryCut>,
) -> impl IntoView {
    let (axis_id, label) = state.with_untracked(|engine| {
        let ax = &engine.cube().manifest().axes[axis];
        (ax.id.clone(), labels::short(&labels::text(&ax.label_key)).to_owned())
    });
    let help_id = format!("cut-help-{axis_id}");
    let count = choice.with_untracked(CategoryCut::len);
    let chips = (0..count)
        .map(|index| {
            let (id, text) = choice.with_untracked(|c| (c.id(index).to_owned(), c.label(index).to_owned()));
            let pressed = move || choice.with(|c| c.is_selected(index));
            let is_last = move || choice.with(|c| c.is_last_selected(index));
            let toggle = move |_| {
                if let Some(next) = choice.with_untracked(|c| c.toggled(index)) {
                    on_change.run(next);
                }
            };
            view! {
                <button
                    type="button"
                    class="chip"
                    data-testid=format!("chip-{axis_id}-{id}")
                    aria-pressed=move || pressed().to_string()
                    // Still focusable, so a screen reader reaches it and hears why it stays on.
                    aria-disabled=move || is_last().to_string()
                    aria-describedby=help_id.clone()
                    on:click=toggle
                >
                    {text}
                </button>
            }
        })
        .collect_view();
    let is_all = move || choice.with(CategoryCut::is_all);

    view! {
        <fieldset class="cut-control" data-testid=format!("cut-control-{axis_id}")>
            <legend>{labels::fill("cut-legend", &[("axis", &label)])}</legend>
            <div class="cut-inputs" role="group" aria-label=labels::fill("category-group", &[("axis", &label)])>
                {chips}
                <button
                    type="button"
                    data-testid=format!("cut-reset-{axis_id}")
                    disabled=is_all
                    on:click=move |_| on_change.run(choice.with_untracked(CategoryCut::all))
                >
                    {labels::text("cut-remove")}
                </button>
            </div>
            <p id=help_id class="hint">
                {labels::text("category-hint")}
            </p>
        </fieldset>
    }
}
