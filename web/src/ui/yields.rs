//! The yields panel: per-process yield ± error and raw events, then s, b, data, s/√b and the
//! Asimov significance of the current selection.

use histcube::Role;
use leptos::prelude::*;

use crate::model::yields::YieldTable;
use crate::ui::state::AnalysisState;

#[component]
pub fn YieldsPanel(state: AnalysisState) -> impl IntoView {
    let table = Memo::new(move |_| state.with(YieldTable::from_engine));
    let rows = move || {
        table
            .get()
            .processes
            .into_iter()
            .map(|row| {
                let (role, role_text) = match row.role {
                    Role::Data => ("data", None),
                    Role::Signal => ("signal", Some("signal")),
                    Role::Background => ("background", Some("background")),
                };
                let id = row.process_id;
                view! {
                    <tr class=format!("role-{role}")>
                        <th scope="row">
                            <div class="process">
                                <svg class="swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
                                    <rect width="12" height="12" fill=row.color.hex()></rect>
                                </svg>
                                <span>
                                    {row.label}
                                    {role_text.map(|text| view! { <span class="role">{text}</span> })}
                                </span>
                            </div>
                        </th>
                        <td class="number" data-testid=format!("yield-process-{id}")>{row.value}</td>
                        <td class="number" data-testid=format!("error-process-{id}")>{row.error}</td>
                        <td class="number" data-testid=format!("count-process-{id}")>{row.events}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let summary = move |pick: fn(&YieldTable) -> &String| move || table.with(|t| pick(t).clone());

    view! {
        <section class="yields" aria-labelledby="yields-heading" data-testid="yields">
            <h2 id="yields-heading">"Yields after all cuts"</h2>
            <table>
                <thead>
                    <tr>
                        <th scope="col">"Process"</th>
                        <th scope="col" class="number">"Events"</th>
                        <th scope="col" class="number">"± stat."</th>
                        <th scope="col" class="number">"Raw events"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            // One polite live region, so a screen reader hears the outcome of a cut once.
            <dl class="significance" aria-live="polite">
                <div>
                    <dt>"Signal, s"</dt>
                    <dd>
                        <span data-testid="yield-signal">{summary(|t| &t.signal)}</span>
                        " ± "
                        <span data-testid="error-signal">{summary(|t| &t.signal_error)}</span>
                    </dd>
                </div>
                <div>
                    <dt>"Background, b"</dt>
                    <dd>
                        <span data-testid="yield-background">{summary(|t| &t.background)}</span>
                        " ± "
                        <span data-testid="error-background">{summary(|t| &t.background_error)}</span>
                    </dd>
                </div>
                <div>
                    <dt>"Data"</dt>
                    <dd>
                        <span data-testid="yield-data">{summary(|t| &t.data)}</span>
                        " ("
                        <span data-testid="count-data">{summary(|t| &t.data_events)}</span>
                        " events)"
                    </dd>
                </div>
                <div>
                    <dt>"s / √b"</dt>
                    <dd data-testid="s-over-sqrt-b">{summary(|t| &t.s_over_sqrt_b)}</dd>
                </div>
                <div>
                    <dt>
                        <abbr title="median discovery significance of a counting experiment">"Z"</abbr>
                        " (Asimov)"
                    </dt>
                    <dd data-testid="z-asimov">{summary(|t| &t.z_asimov)}</dd>
                </div>
            </dl>
        </section>
    }
}
