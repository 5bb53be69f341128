//! Class results in the browser: the analysis page's "Share our result" control (the group's
//! result code, a copy button and a QR code of a link to the class page carrying the code), and
//! the teacher's class page (`?page=class`) that reads the codes of a whole class.
//!
//! The codes and every number the class page shows come from [`crate::model::class_results`];
//! this file only lays them out. Texts: `share-…` in `ui.ftl` (the analysis page), `class-…` in
//! `teacher.ftl` (the class page, downloaded with the teacher page's texts).

use leptos::prelude::*;

use crate::model::class_results::{
    best, combine, groups, qr_path, read_lines, spread, Bar, GroupResult, Line, GROUP_MAX_CHARS,
};
use crate::model::labels;
use crate::model::numbers::fixed;
use crate::model::view_state::{with_page_params, ViewState};
use crate::ui::address::{app_address, page_query};
use crate::ui::cuts::Cuts;
use crate::ui::state::AnalysisState;

/// The class page's link carrying `code` for analysis `analysis`.
fn class_link(analysis: &str, code: &str) -> String {
    format!("{}?page=class&a={analysis}&code={code}", app_address())
}

/// "Share our result": closed, a button; open, the group name field, the code of the current
/// selection (remade on every change of cuts or hidden processes while open), a copy button and
/// the QR code. Built after the first paint; the open panel is a split point
/// (`crate::ui::deferred!`), fetched the first time a group opens it.
#[component]
pub fn ShareResult(state: AnalysisState, hidden: Signal<Vec<bool>>) -> impl IntoView {
    let open = RwSignal::new(false);
    // Kept while the panel is closed, so reopening it finds the group's name.
    let group = RwSignal::new(String::new());
    view! {
        <section class="share" data-testid="share">
            <button
                type="button"
                data-testid="share-button"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {labels::text("share-button")}
            </button>
            <Show when=move || open.get()>
                {move || crate::ui::later(crate::ui::deferred!(share_panel(state, hidden, open, group)))}
            </Show>
        </section>
    }
}

/// The open "share" panel: group name, code, copy button and QR code.
#[cfg_attr(wasm_split, leptos::wasm_split::wasm_split(share, fallible, wasm_split_path = ::leptos::wasm_split))]
fn share_panel(
    state: AnalysisState,
    hidden: Signal<Vec<bool>>,
    open: RwSignal<bool>,
    group: RwSignal<String>,
) -> Result<AnyView, crate::ui::PartNotLoaded> {
    let cuts = Cuts::expect();
    let copied = RwSignal::new(false);
    let (axes, processes) = state.with_untracked(|engine| {
        let manifest = engine.cube().manifest();
        (StoredValue::new(manifest.axes.clone()), StoredValue::new(manifest.processes.clone()))
    });
    let code = Memo::new(move |_| {
        if !open.get() {
            return None;
        }
        let name = group.get();
        if name.trim().is_empty() {
            return None;
        }
        let view = ViewState {
            cuts: cuts.with(<[_]>::to_vec),
            hidden: hidden.get(),
            log_y: false,
            shapes: false,
            projector: false,
            event: None,
        };
        let text = axes.with_value(|axes| processes.with_value(|processes| view.to_query(axes, processes)));
        let result = state.with(|engine| GroupResult::of_engine(engine, &view.hidden, &text, &name));
        let code = result.encode();
        let link = class_link(&result.analysis, &code);
        Some((code, link))
    });
    let copy = move |_| {
        let Some((text, _)) = code.get_untracked() else { return };
        let promise = window().navigator().clipboard().write_text(&text);
        wasm_bindgen_futures::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                copied.set(true);
            }
        });
    };
    Ok(view! {
        <div class="share-panel" data-testid="share-panel">
            <p class="hint">{labels::text("share-hint")}</p>
            <label class="share-group">
                {labels::text("share-group-label")}
                <input
                    type="text"
                    maxlength=GROUP_MAX_CHARS.to_string()
                    data-testid="share-group"
                    prop:value=move || group.get()
                    on:input=move |ev| {
                        copied.set(false);
                        group.set(event_target_value(&ev));
                    }
                />
            </label>
            {move || match code.get() {
                None => view! { <p class="hint" data-testid="share-needs-group">{labels::text("share-group-needed")}</p> }.into_any(),
                Some((text, link)) => view! {
                    <label class="share-code">
                        {labels::text("share-code-label")}
                        <textarea readonly rows="3" data-testid="share-code" prop:value=text.clone()></textarea>
                    </label>
                    <div class="share-actions">
                        <button type="button" data-testid="share-copy" on:click=copy>
                            {move || labels::text(if copied.get() { "share-copied" } else { "share-copy" })}
                        </button>
                        <button type="button" on:click=move |_| open.set(false)>{labels::text("share-close")}</button>
                    </div>
                    <QrCode text=link />
                }
                .into_any(),
            }}
        </div>
    }
    .into_any())
}

/// `text` as a QR code, drawn as one SVG path with a four-module quiet zone; `label_key` names
/// what it encodes for screen readers.
#[component]
pub fn QrCode(
    text: String,
    #[prop(default = "share-qr")] testid: &'static str,
    #[prop(default = "share-qr-label")] label_key: &'static str,
) -> impl IntoView {
    let Some((width, path)) = qr_path(&text) else { return ().into_any() };
    let size = width + 8;
    view! {
        <svg
            class="share-qr"
            data-testid=testid
            data-link=text
            role="img"
            aria-label=labels::text(label_key)
            viewBox=format!("-4 -4 {size} {size}")
            shape-rendering="crispEdges"
        >
            <rect x="-4" y="-4" width=size.to_string() height=size.to_string() fill="#fff"></rect>
            <path d=path fill="#000"></path>
        </svg>
    }
    .into_any()
}

/// The values of parameter `name` in a query string, percent-decoded.
fn query_values(query: &str, name: &str) -> Vec<String> {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(query) else { return Vec::new() };
    let all = params.get_all(name);
    (0..all.length()).filter_map(|i| all.get(i).as_string()).collect()
}

/// A cut text as the class page writes it: the link's parts without `cut=` ("m4l:115:135 ·
/// mZ1:80:100"), or "no cuts".
fn cuts_shown(view: &str) -> String {
    if view.is_empty() {
        return labels::text("class-no-cuts");
    }
    view.split('&').map(|part| part.strip_prefix("cut=").unwrap_or(part)).collect::<Vec<_>>().join(" · ")
}

/// The teacher's class page: the codes field (filled from the address's `code=` values, e.g. a
/// scanned QR code), the refused lines with why, the groups, the spread of Z and μ̂, the best
/// selection and the combined μ̂.
#[component]
pub fn ClassPage() -> impl IntoView {
    let query = page_query();
    let analysis = query_values(&query, "a")
        .into_iter()
        .next()
        .filter(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    let text = RwSignal::new(query_values(&query, "code").join("\n"));
    let expected = analysis.clone();
    let lines = Memo::new(move |_| text.with(|text| read_lines(text, expected.as_deref())));
    let shown_analysis =
        move || analysis.clone().or_else(|| lines.with(|lines| groups(lines).first().map(|(_, g)| g.analysis.clone())));
    view! {
        <article class="class-page" data-testid="class-page">
            <h1>{labels::text("class-heading")}</h1>
            <p>{labels::text("class-intro")}</p>
            <label class="class-codes-label" for="class-codes">{labels::text("class-codes-label")}</label>
            <textarea
                id="class-codes"
                rows="6"
                spellcheck="false"
                autocomplete="off"
                data-testid="class-codes"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            ></textarea>
            {move || shown_analysis().map(|id| view! { <p class="hint" data-testid="class-analysis">{labels::fill("class-analysis", &[("analysis", &id)])}</p> })}
            <RefusedLines lines />
            {move || {
                lines.with(|lines| {
                    let groups = groups(lines);
                    if groups.is_empty() {
                        return view! { <p class="hint" data-testid="class-empty">{labels::text("class-empty")}</p> }.into_any();
                    }
                    view! {
                        {groups_table(&groups)}
                        {spread_view(&groups)}
                        {best_view(&groups)}
                        {combination_view(&groups)}
                    }
                    .into_any()
                })
            }}
        </article>
    }
}

/// The lines that are not a group's result, each with why.
#[component]
fn RefusedLines(lines: Memo<Vec<Line>>) -> impl IntoView {
    let items = move || {
        lines.with(|lines| {
            lines
                .iter()
                .filter_map(|line| match line {
                    Line::Refused { line, error } => {
                        let (key, args) = error.message();
                        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                        let message = labels::fill(key, &args);
                        let text =
                            labels::fill("class-line-error", &[("line", &line.to_string()), ("message", &message)]);
                        Some(
                            view! { <li data-testid=format!("class-error-{line}") data-error=error.code()>{text}</li> }
                                .into_any(),
                        )
                    }
                    Line::Repeated { line, first } => {
                        let text = labels::fill(
                            "class-repeated",
                            &[("line", &line.to_string()), ("first", &first.to_string())],
                        );
                        Some(
                            view! { <li data-testid=format!("class-error-{line}") data-error="repeated">{text}</li> }
                                .into_any(),
                        )
                    }
                    Line::Group { .. } => None,
                })
                .collect::<Vec<_>>()
        })
    };
    move || {
        let items = items();
        (!items.is_empty())
            .then(|| view! { <ul class="class-errors" role="alert" data-testid="class-errors">{items}</ul> })
    }
}

/// Each group's number, name, Z, s, b, μ̂ with its errors and cuts.
fn groups_table(groups: &[(usize, &GroupResult)]) -> impl IntoView {
    let rows = groups
        .iter()
        .map(|(number, g)| {
            let mu = g.fit.map_or_else(
                || labels::text("class-no-fit"),
                |f| format!("{} +{} −{}", fixed(f.mu_hat), fixed(f.sigma_up), fixed(f.sigma_down)),
            );
            view! {
                <tr
                    data-testid=format!("class-group-{number}")
                    data-z=g.z.map(|z| z.to_string())
                    data-mu=g.fit.map(|f| f.mu_hat.to_string())
                    data-sigma=g.fit.map(|f| f.sigma().to_string())
                >
                    <td class="class-number">{*number}</td>
                    <th scope="row">{g.group.clone()}</th>
                    // A narrow screen stacks each group's cells and names them from `data-label`.
                    <td class="num" data-label="Z">{g.z.map_or_else(|| "—".to_owned(), fixed)}</td>
                    <td class="num" data-label="s">{fixed(g.s)}</td>
                    <td class="num" data-label="b">{fixed(g.b)}</td>
                    <td class="num class-mu" data-label="μ̂">{mu}</td>
                    <td class="class-cuts">{cuts_shown(&g.view)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2>{labels::text("class-groups-heading")}</h2>
        <div class="class-table-wrap">
            <table class="class-groups" data-testid="class-groups">
                <thead>
                    <tr>
                        <th scope="col">{labels::text("class-col-number")}</th>
                        <th scope="col">{labels::text("class-col-group")}</th>
                        <th scope="col">"Z"</th>
                        <th scope="col">"s"</th>
                        <th scope="col">"b"</th>
                        <th scope="col">{labels::text("class-col-mu")}</th>
                        <th scope="col">{labels::text("class-col-cuts")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The spread of the class's Z and μ̂, one small histogram each.
fn spread_view(groups: &[(usize, &GroupResult)]) -> impl IntoView {
    let z: Vec<f64> = groups.iter().filter_map(|(_, g)| g.z).collect();
    let mu: Vec<f64> = groups.iter().filter_map(|(_, g)| g.fit.map(|f| f.mu_hat)).collect();
    view! {
        <h2>{labels::text("class-spread-heading")}</h2>
        <div class="class-spread">
            <SpreadFigure title=labels::text("class-spread-z") bars=spread(&z) testid="class-spread-z" />
            <SpreadFigure title=labels::text("class-spread-mu") bars=spread(&mu) testid="class-spread-mu" />
        </div>
    }
}

/// Width and height of a spread histogram in SVG units (it scales to its box).
const SPREAD_W: f64 = 240.0;
const SPREAD_H: f64 = 120.0;
/// Room under the bars for the edge labels.
const SPREAD_AXIS: f64 = 18.0;

/// One histogram of the spread: a bar per range with its count on top and the edges below.
#[component]
fn SpreadFigure(title: String, bars: Vec<Bar>, testid: &'static str) -> impl IntoView {
    let most = bars.iter().map(|b| b.count).max().unwrap_or(1).max(1) as f64;
    let step = SPREAD_W / bars.len().max(1) as f64;
    let plot_h = SPREAD_H - SPREAD_AXIS - 12.0;
    let drawn = bars
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            let height = plot_h * bar.count as f64 / most;
            let x = i as f64 * step;
            let y = SPREAD_H - SPREAD_AXIS - height;
            let label = labels::fill(
                "class-bar-label",
                &[("low", &fixed(bar.low)), ("high", &fixed(bar.high)), ("count", &bar.count.to_string())],
            );
            view! {
                <g data-testid=format!("{testid}-bar") data-low=bar.low.to_string() data-high=bar.high.to_string() data-count=bar.count.to_string()>
                    <title>{label}</title>
                    <rect class="class-bar" x=format!("{:.1}", x + 2.0) y=format!("{y:.1}") width=format!("{:.1}", step - 4.0) height=format!("{height:.1}")></rect>
                    {(bar.count > 0).then(|| view! { <text class="class-bar-count" x=format!("{:.1}", x + step / 2.0) y=format!("{:.1}", y - 2.0)>{bar.count}</text> })}
                    <text class="class-bar-edge" x=format!("{x:.1}") y=format!("{:.1}", SPREAD_H - 4.0)>{labels::number(bar.low, 1)}</text>
                </g>
            }
        })
        .collect_view();
    let last = bars.last().map(|b| labels::number(b.high, 1));
    view! {
        <figure class="class-spread-figure" data-testid=testid>
            <figcaption>{title.clone()}</figcaption>
            <svg viewBox=format!("-8 0 {} {SPREAD_H}", SPREAD_W + 16.0) role="img" aria-label=title>
                <line class="class-axis" x1="0" x2=SPREAD_W.to_string() y1=(SPREAD_H - SPREAD_AXIS).to_string() y2=(SPREAD_H - SPREAD_AXIS).to_string()></line>
                {drawn}
                {last.map(|text| view! { <text class="class-bar-edge end" x=SPREAD_W.to_string() y=(SPREAD_H - 4.0).to_string()>{text}</text> })}
            </svg>
        </figure>
    }
}

/// The selection with the highest Z, its cuts and a link that opens it.
fn best_view(groups: &[(usize, &GroupResult)]) -> impl IntoView {
    best(groups).map(|(number, g)| {
        let href = format!("?{}", with_page_params(&g.query(), &page_query()));
        let z = g.z.map_or_else(String::new, fixed);
        let text = labels::fill(
            "class-best",
            &[("number", &number.to_string()), ("group", &g.group), ("z", &z), ("cuts", &cuts_shown(&g.view))],
        );
        view! {
            <section class="class-best" data-testid="class-best" data-number=number.to_string()>
                <h2>{labels::text("class-best-heading")}</h2>
                <p>{text} " " <a href=href data-testid="class-best-link">{labels::text("class-best-open")}</a></p>
            </section>
        }
    })
}

/// The groups' μ̂ combined, and why the groups differ.
fn combination_view(groups: &[(usize, &GroupResult)]) -> impl IntoView {
    let combined = combine(groups);
    view! {
        <section class="class-combination" aria-labelledby="class-combination-heading">
            <h2 id="class-combination-heading">{labels::text("class-combination-heading")}</h2>
            {match combined {
                Some(c) => view! {
                    <p
                        data-testid="class-combination"
                        data-mu=c.mu_hat.to_string()
                        data-sigma=c.sigma.to_string()
                        data-groups=c.groups.to_string()
                    >
                        {labels::fill(
                            "class-combination",
                            &[("mu", &fixed(c.mu_hat)), ("sigma", &fixed(c.sigma)), ("groups", &c.groups.to_string())],
                        )}
                    </p>
                }
                .into_any(),
                None => view! { <p data-testid="class-combination-none">{labels::text("class-combination-none")}</p> }.into_any(),
            }}
            <p class="hint" data-testid="class-why">{labels::text("class-combination-why")}</p>
        </section>
    }
}
