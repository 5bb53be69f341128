//! The signal-strength panel under the yields: μ̂ +σ₊ −σ₋ and Z from a binned likelihood fit
//! (`histcube::fit`, docs/fit.md) of the analysis's discriminant, refitted on every change of
//! cuts or hidden processes, with its profile-likelihood scan on a small canvas, the pyhf
//! workspace as a download and a short explanation.
//!
//! What to fit and how to write it is [`crate::model::fit_view`]; this file only shows it.

use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::*;
use web_sys::HtmlCanvasElement;

use crate::model::fit_view::{
    explanation, fill, fit_axis, fit_options, norm_uncertainty_note, workspace_file_name, FitOutcome, FitSummary,
};
use crate::model::{labels, numbers as format};
use crate::ui::canvas::Canvas2d;
use crate::ui::export;
use crate::ui::state::AnalysisState;

/// The scan canvas's height in CSS pixels; its width follows the panel.
const SCAN_HEIGHT: u32 = 170;
/// Its width when the page has not laid it out.
const FALLBACK_WIDTH: u32 = 320;
/// How text and lines grow in projector mode, as in the histograms.
const PROJECTOR_SCALE: f64 = 1.4;

/// The fit of the current selection. `hidden[p]` processes are left out of the fit as they are
/// out of s, b and Z; data is always fitted. `mu_shown`, when given, receives μ̂ as the panel
/// writes it (with "μ < …" at the lower bound), for the summary bar of narrow screens.
#[component]
pub fn FitPanel(
    state: AnalysisState,
    hidden: Signal<Vec<bool>>,
    #[prop(optional)] mu_shown: Option<RwSignal<Option<String>>>,
) -> impl IntoView {
    let fit = RefittedOnChange::new(state, hidden);
    let outcome = fit.outcome;
    let blinded = blinded_fit();
    if let Some(mu_shown) = mu_shown {
        Effect::new(move |_| mu_shown.set(if blinded.get() { None } else { outcome.with(FitOutcome::mu_text) }));
    }
    let (analysis_id, axis_id, axis_label, norm_note, pseudo_data) = state.with_untracked(|engine| {
        let manifest = engine.cube().manifest();
        let axis = fit_axis(manifest).map(|axis| &manifest.axes[axis]);
        let label = axis.map(|axis| labels::short(&labels::fill(&axis.label_key, &[])).to_owned());
        let pseudo_data = manifest.data_kind == histcube::DataKind::PseudoData;
        let norm_note = norm_uncertainty_note(manifest);
        (manifest.analysis_id.clone(), axis.map(|axis| axis.id.clone()), label, norm_note, pseudo_data)
    });
    let fitted = move || outcome.with(|o| matches!(o, FitOutcome::Fitted(_)));
    let numbers = move || match blinded.get() {
        true => view! { <p class="hint" data-testid="fit-blinded">{labels::text("blind-fit")}</p> }.into_any(),
        false => outcome.with(|outcome| fit_numbers(outcome, pseudo_data)),
    };

    view! {
        <section
            class="fit"
            aria-labelledby="fit-heading"
            data-testid="fit"
            data-axis=axis_id
            data-state=move || if fitted() { "fitted" } else { "failed" }
            data-revision=move || fit.revision.get().to_string()
            data-pending=move || fit.pending.get().to_string()
            data-fit-ms=move || fit.timed.with(|(_, ms)| format!("{ms:.3}"))
        >
            <h3 id="fit-heading" class="fit-heading">{labels::fill("fit-heading", &[])}</h3>
            {axis_label.map(|axis| view! { <p class="hint">{fill("fit-axis", &[("axis", axis)])}</p> })}
            {norm_note.map(|note| view! { <p class="hint" data-testid="fit-norm">{note}</p> })}
            // Polite, like the yields: a screen reader hears the new μ̂ and Z once per change.
            <div aria-live="polite">{numbers}</div>
            <ScanFigure outcome />
            <WorkspaceDownload state hidden analysis_id fitted=Signal::derive(fitted) />
            // Folded, so the sticky yields panel stays short enough to see on a laptop.
            <details class="fit-explain" data-testid="fit-explain">
                <summary>{labels::fill("fit-explain-summary", &[])}</summary>
                <p class="hint">{explanation()}</p>
            </details>
        </section>
    }
}

/// μ̂ as the fit panel and the summary bar write it, from the same fit redone on the same
/// changes, for the numbers strip of a focused embed (which has no fit panel).
pub fn fitted_mu_text(state: AnalysisState, hidden: Signal<Vec<bool>>) -> Signal<Option<String>> {
    let outcome = RefittedOnChange::new(state, hidden).outcome;
    let blinded = blinded_fit();
    Signal::derive(move || if blinded.get() { None } else { outcome.with(FitOutcome::mu_text) })
}

/// Whether a blind analysis (ui/blinding.rs) hides the data now: no observed μ̂ is shown then.
fn blinded_fit() -> Signal<bool> {
    use_context::<crate::ui::blinding::BlindedFit>().map_or_else(|| Signal::derive(|| false), |b| b.0)
}

/// The fit of the selection, redone after each change of cuts or hidden processes.
///
/// The same reactive path as the yields — the engine's revision and the hidden processes — but
/// the fit runs in a task of its own after each change (`ui::after_changes`), so the yields and plots
/// of the change reach the screen first, and changes that come faster than the fit (a drag) are
/// fitted once, at the latest. A fit takes well under a millisecond natively (docs/fit.md); its
/// time is stamped on the panel (`data-fit-ms`), the selection it belongs to on
/// `data-revision`, and `data-pending` says whether a newer one is on its way.
#[derive(Clone, Copy)]
struct RefittedOnChange {
    timed: RwSignal<(FitOutcome, f64)>,
    outcome: Memo<FitOutcome>,
    revision: RwSignal<u64>,
    pending: ReadSignal<bool>,
}

impl RefittedOnChange {
    fn new(state: AnalysisState, hidden: Signal<Vec<bool>>) -> Self {
        let first_revision = untrack(|| state.revision());
        let fit_now = move || hidden.with_untracked(|hidden| state.with_untracked(|engine| timed_fit(engine, hidden)));
        let timed = RwSignal::new(fit_now());
        let revision = RwSignal::new(first_revision);
        let latest = StoredValue::new(first_revision);
        let track = move || {
            latest.set_value(state.revision());
            hidden.track();
        };
        let pending = crate::ui::after_changes(track, move || {
            timed.set(fit_now());
            revision.set(latest.get_value());
        });
        let outcome = Memo::new(move |_| timed.with(|(outcome, _)| outcome.clone()));
        Self { timed, outcome, revision, pending }
    }
}

impl FitOutcome {
    /// μ̂ as the summary bar shows it: "0.87", or "0.00 (μ < 1.33)" at the lower bound; none
    /// when the fit was refused.
    fn mu_text(&self) -> Option<String> {
        match self {
            FitOutcome::Fitted(s) => Some(match &s.upper_limit {
                Some(upper) => format!("{} ({})", s.mu_hat, fill("fit-mu-limit", &[("upper", upper.clone())])),
                None => s.mu_hat.clone(),
            }),
            FitOutcome::Failed(_) => None,
        }
    }
}

/// μ̂ with its errors (or its upper end at the bound), the observed Z and the expected one, and
/// the sentences that say how to read them; or why there is no fit.
fn fit_numbers(outcome: &FitOutcome, pseudo_data: bool) -> AnyView {
    let s = match outcome {
        FitOutcome::Fitted(s) => s,
        FitOutcome::Failed(failure) => {
            return view! { <p class="fit-error" data-testid="fit-error" data-error=failure.code()>{failure.text()}</p> }
                .into_any();
        }
    };
    let errors = match &s.upper_limit {
        // At the lower bound there is no error downwards to write: the upper end instead.
        Some(upper) => view! {
            "("
            <span class="fit-limit" data-testid="fit-mu-limit">{fill("fit-mu-limit", &[("upper", upper.clone())])}</span>
            ")"
        }
        .into_any(),
        None => view! {
            <span class="fit-errors">
                "+"<span data-testid="fit-sigma-up">{s.sigma_up.clone()}</span>
                " −"<span data-testid="fit-sigma-down">{s.sigma_down.clone()}</span>
            </span>
        }
        .into_any(),
    };
    let expected_z = s.z_expected.clone().map(|z| {
        view! {
            <div>
                <dt>{labels::fill("fit-z-expected", &[])}</dt>
                <dd data-testid="fit-z-expected">{z}</dd>
            </div>
        }
    });
    let fluctuation = s.z_expected.is_some().then(|| {
        let text = if pseudo_data { labels::fill("fit-fluctuation-pseudo", &[]) } else { labels::fill("fit-fluctuation-real", &[]) };
        view! { <p class="hint" data-testid="fit-fluctuation" data-data=if pseudo_data { "pseudo" } else { "real" }>{text}</p> }
    });
    view! {
        <dl class="significance fit-numbers">
            <div>
                <dt>
                    {labels::fill("fit-mu", &[])}
                    {s.expected.then(|| view! { " " <span class="role fit-expected" data-testid="fit-expected">{labels::fill("fit-expected", &[])}</span> })}
                </dt>
                <dd><span data-testid="fit-mu-hat">{s.mu_hat.clone()}</span> " " {errors}</dd>
            </div>
            <div>
                <dt>{labels::fill("fit-z", &[])}</dt>
                <dd data-testid="fit-z">{s.z.clone()}</dd>
            </div>
            {expected_z}
        </dl>
        {s.at_lower_bound_text().map(|text| view! { <p class="hint" data-testid="fit-at-bound">{text}</p> })}
        {fluctuation}
        {s.expected.then(|| view! { <p class="hint">{labels::fill("fit-expected-hint", &[])}</p> })}
        {s.z_infinite.then(|| view! { <p class="hint" data-testid="fit-z-infinite">{labels::fill("fit-z-infinite", &[])}</p> })}
    }
    .into_any()
}

/// The profile-likelihood scan on a small canvas, redrawn with each fit and on resizes, with
/// its text alternative; hidden while there is no fit.
#[component]
fn ScanFigure(outcome: Memo<FitOutcome>) -> impl IntoView {
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    // The canvas's CSS width, as the browser laid it out (crate::ui::plot::watch_size): reading
    // `clientWidth` forces a layout of the whole page, which at 4× CPU slowdown cost each cut step
    // milliseconds once the yields and plots had just changed the page (issue 19).
    let size = crate::ui::plot::watch_size(canvas_ref);
    Effect::new(move |_| {
        let Some(canvas) = canvas_ref.get() else { return };
        // Not laid out yet: drawn once the observer has its size.
        let Some((width, _)) = size.get() else { return };
        // A hidden figure (no fit yet) has no width; it is measured again when shown.
        let css_width = if width > 0 { width } else { FALLBACK_WIDTH };
        outcome.with(|outcome| {
            if let FitOutcome::Fitted(summary) = outcome {
                let state = match draw_scan(&canvas, css_width, summary) {
                    Ok(()) => "drawn",
                    Err(_) => "failed",
                };
                _ = canvas.set_attribute("data-state", state);
            }
        });
    });
    let fitted = move || outcome.with(|o| matches!(o, FitOutcome::Fitted(_)));
    let scan_text = move || outcome.with(|o| if let FitOutcome::Fitted(s) = o { s.scan_text() } else { String::new() });
    view! {
        <figure class="fit-scan" hidden=move || !fitted()>
            <figcaption>{labels::fill("fit-scan-heading", &[])}</figcaption>
            <canvas
                node_ref=canvas_ref
                data-testid="fit-scan"
                data-state="pending"
                role="img"
                aria-label=labels::fill("fit-scan-aria", &[])
                style:height=format!("{SCAN_HEIGHT}px")
            ></canvas>
            // The text alternative: the curve's minimum and where it crosses the 1σ line.
            <p class="hint" data-testid="fit-scan-text">{scan_text}</p>
        </figure>
    }
}

/// The fitted model as a pyhf workspace, made from the selection at the moment of the click.
#[component]
fn WorkspaceDownload(
    state: AnalysisState,
    hidden: Signal<Vec<bool>>,
    analysis_id: String,
    fitted: Signal<bool>,
) -> impl IntoView {
    let save_failed = RwSignal::new(false);
    let file_name = workspace_file_name(&analysis_id);
    let download = move |_| {
        let text = hidden.with_untracked(|hidden| {
            state.with_untracked(|engine| {
                let manifest = engine.cube().manifest();
                let axis = fit_axis(manifest)?;
                let enabled: Vec<bool> =
                    (0..manifest.processes.len()).map(|p| !hidden.get(p).copied().unwrap_or(false)).collect();
                engine.fit_model(axis, &enabled, &fit_options(manifest)).ok().map(|model| model.pyhf_workspace_string())
            })
        });
        let saved = text.is_some_and(|text| export::download_json(&text, &file_name).is_ok());
        save_failed.set(!saved);
    };
    view! {
        <div class="plot-actions">
            <button
                type="button"
                data-testid="download-workspace"
                title=labels::fill("fit-download-title", &[])
                disabled=move || !fitted.get()
                on:click=download
            >
                {labels::fill("fit-download", &[])}
            </button>
        </div>
        {move || save_failed.get().then(|| view! { <p class="banner" role="alert">{labels::fill("fit-download-failed", &[])}</p> })}
    }
}

/// The fit of the selection, with how long it took in milliseconds.
fn timed_fit(engine: &histcube::Engine, hidden: &[bool]) -> (FitOutcome, f64) {
    let start = crate::ui::now_ms();
    let outcome = FitOutcome::compute(engine, hidden);
    (outcome, crate::ui::now_ms() - start)
}

/// Whether the page is in projector mode (`proj=1` puts a `projector` class on the body).
fn projector() -> bool {
    leptos::prelude::document().body().is_some_and(|body| body.class_list().contains("projector"))
}

/// Draws the scan on the canvas, `css_width` CSS pixels wide, at the screen's density.
fn draw_scan(canvas: &HtmlCanvasElement, css_width: u32, summary: &FitSummary) -> Result<(), String> {
    let density = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()).max(1.0);
    let (width, height) =
        ((f64::from(css_width) * density).round() as u32, (f64::from(SCAN_HEIGHT) * density).round() as u32);
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    let projector = projector();
    let scale = density * if projector { PROJECTOR_SCALE } else { 1.0 };
    let root = Canvas2d::new(canvas)?.into_drawing_area();
    draw_scan_on(&root, summary, scale, projector).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}

type DrawError<DB> = DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>;

/// −2Δln L against μ: the scan as a line, a dashed line at 1 (where the ±1σ interval ends) and
/// μ̂ marked by a dot on the axis and a thin vertical line. Same ink, fonts and scaling as the
/// histograms (`plot.rs`).
fn draw_scan_on<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    s: &FitSummary,
    scale: f64,
    projector: bool,
) -> Result<(), DrawError<DB>> {
    let px = |css: f64| (css * scale).round() as i32;
    let stroke = |css: f64| px(css).max(1) as u32;
    let font = |css: f64| ("sans-serif", css * scale);
    let ink = if projector { BLACK } else { RGBColor(0x1d, 0x1d, 0x1f) };
    root.fill(&WHITE)?;

    let (x_low, x_high) = s.scan_x_range();
    let y_high = s.scan_y_max();
    let x_title = labels::fill("fit-scan-x", &[]);
    let y_title = labels::fill("fit-scan-y", &[]);
    let mut chart = ChartBuilder::on(root)
        .margin_top(px(8.0))
        .margin_left(px(6.0))
        .margin_right(px(12.0))
        .margin_bottom(px(4.0))
        .x_label_area_size(px(38.0))
        .y_label_area_size(px(46.0))
        .build_cartesian_2d(x_low..x_high, 0.0..y_high)?;
    let tick = |v: &f64| format::edge((v * 1000.0).round() / 1000.0);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(6)
        .y_labels(5)
        .bold_line_style(ink.mix(0.08))
        .light_line_style(TRANSPARENT)
        .axis_style(ink.stroke_width(stroke(1.0)))
        .x_desc(x_title.as_str())
        .y_desc(y_title.as_str())
        .axis_desc_style(font(13.0))
        .label_style(font(12.0))
        .x_label_formatter(&tick)
        .y_label_formatter(&tick)
        .draw()?;

    // The 1σ line, dashed: segments of a fortieth of the range with gaps as long.
    let dash = (x_high - x_low) / 40.0;
    let one_sigma = ink.mix(0.6).stroke_width(stroke(1.0));
    let mut x = x_low;
    while x < x_high {
        let end = (x + dash).min(x_high);
        chart.draw_series(std::iter::once(PathElement::new(vec![(x, 1.0), (end, 1.0)], one_sigma)))?;
        x += 2.0 * dash;
    }
    // μ̂: a thin vertical line from the axis up, and the curve's minimum as a dot.
    let marker = RGBColor(0xc0, 0x39, 0x2b);
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(s.mu_hat_value, 0.0), (s.mu_hat_value, y_high)],
        marker.mix(0.5).stroke_width(stroke(1.0)),
    )))?;
    chart.draw_series(std::iter::once(PathElement::new(
        s.scan_curve(),
        RGBColor(0x1f, 0x5f, 0xbf).stroke_width(stroke(2.0)),
    )))?;
    chart.draw_series(std::iter::once(Circle::new((s.mu_hat_value, 0.0), px(3.5), marker.filled())))?;
    chart.draw_series(std::iter::once(Text::new(
        "1σ".to_owned(),
        (x_low + 0.01 * (x_high - x_low), 1.0 + 0.03 * y_high),
        font(11.0).into_font().color(&ink.mix(0.75)),
    )))?;
    Ok(())
}
