//! The histogram on a `<canvas>`, drawn with plotters: simulated processes stacked, data as
//! points with Poisson error bars, and the part outside the cut shaded. A numeric axis's
//! under- and overflow bins are narrow columns beyond the axis's ends, labelled "< first edge"
//! and "≥ last edge", paler than the in-range bins since they are not a bin of the axis's width.

use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use crate::model::histogram::StackedHistogram;
use crate::model::{format, labels};
use crate::ui::export;
use crate::ui::state::AnalysisState;

/// Canvas size in CSS pixels when the page has not laid the canvas out (e.g. while hidden).
const FALLBACK_SIZE: (u32, u32) = (720, 480);

/// The histogram of `axis` with every cut but its own. `excluded` are the stretches of the axis
/// that its own cut removes everywhere else, in the plot's x coordinates; they are shaded here.
///
/// The canvas carries what it drew for tests: `data-revision` (the selection it shows),
/// `data-data-sums` and `data-stack-sums` (per-bin data and simulated stack, in-range bins), and
/// `data-underflow` / `data-overflow` ("data,stack" of a drawn flow bin; absent when none).
#[component]
pub fn HistogramPlot(
    state: AnalysisState,
    axis: usize,
    excluded: Signal<Vec<(f64, f64)>>,
    hidden: Signal<Vec<bool>>,
    log_y: Signal<bool>,
) -> impl IntoView {
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let failure = RwSignal::new(None::<String>);
    // A wider window needs more canvas pixels; redraw when it changes.
    let layout = RwSignal::new(0u32);
    let resize = window_event_listener(leptos::ev::resize, move |_| layout.update(|n| *n += 1));
    on_cleanup(move || resize.remove());

    let (analysis_id, axis_id, axis_title) = state.with_untracked(|engine| {
        let manifest = engine.cube().manifest();
        let ax = &manifest.axes[axis];
        let label = labels::english(&ax.label_key);
        (manifest.analysis_id.clone(), ax.id.clone(), format::axis_title(labels::short(&label), &ax.unit))
    });
    let png_name = format!("{analysis_id}-{axis_id}.png");
    let export_failure = RwSignal::new(None::<String>);
    let download_png = move |_| {
        let Some(canvas) = canvas_ref.get_untracked() else { return };
        let result = export::download_canvas_png(&canvas, &png_name);
        export_failure.set(result.err().map(|error| format!("{error:?}")));
    };

    Effect::new(move |_| {
        layout.track();
        let Some(canvas) = canvas_ref.get() else { return };
        let histogram = hidden.with(|hidden| state.with(|engine| StackedHistogram::with_hidden(engine, axis, hidden)));
        let revision = state.revision();
        let log = log_y.get();
        match excluded.with(|spans| draw(&canvas, &histogram, spans, log)) {
            Ok(()) => {
                failure.set(None);
                _ = canvas.set_attribute("data-data-sums", &format::number_list(&histogram.data_sums));
                _ = canvas.set_attribute("data-stack-sums", &format::number_list(&histogram.stack_sums));
                for (name, flow) in [("data-underflow", &histogram.underflow), ("data-overflow", &histogram.overflow)] {
                    _ = match flow {
                        Some(flow) => canvas.set_attribute(name, &format::number_list(&[flow.data_sum, flow.stack])),
                        None => canvas.remove_attribute(name),
                    };
                }
                _ = canvas.set_attribute("data-state", "drawn");
                _ = canvas.set_attribute("data-revision", &revision.to_string());
                _ = canvas.set_attribute("data-y-scale", if log { "log" } else { "linear" });
            }
            Err(message) => {
                _ = canvas.set_attribute("data-state", "failed");
                failure.set(Some(message));
            }
        }
    });

    view! {
        <figure class="histogram" data-testid=format!("plot-{axis_id}")>
            <canvas
                node_ref=canvas_ref
                data-state="pending"
                role="img"
                aria-label=format!(
                    "Histogram of {axis_title} with every cut but its own, events outside the axis range in a narrow column at each end; the part its own cut removes is shaded",
                )
            ></canvas>
            <div class="plot-actions">
                <button
                    type="button"
                    data-testid=format!("download-png-{axis_id}")
                    aria-label=format!("Download the {axis_title} histogram as a PNG image")
                    on:click=download_png
                >
                    "Download PNG"
                </button>
            </div>
            {move || {
                export_failure
                    .get()
                    .map(|message| {
                        view! {
                            <p class="banner" role="alert" data-testid="png-error">
                                "The image could not be saved: "
                                {message}
                            </p>
                        }
                    })
            }}
            {move || {
                failure
                    .get()
                    .map(|message| {
                        view! {
                            <p class="banner" role="alert" data-testid="plot-error">
                                "The histogram could not be drawn: "
                                {message}
                            </p>
                        }
                    })
            }}
        </figure>
    }
}

/// The key to the plot as HTML rather than on the canvas: it wraps on narrow screens instead of
/// covering the bins, and screen readers and translations reach its text. It reads top-down like
/// the plot: data, then the stack from its top. Each entry is a toggle button that shows or
/// hides its process (all data processes together) in every plot and in s, b and Z.
#[component]
pub fn Legend(histogram: StackedHistogram, hidden: Signal<Vec<bool>>, on_toggle: Callback<Vec<usize>>) -> impl IntoView {
    let entry = move |processes: Vec<usize>, id: String, label: String, mark: AnyView| {
        let targets = processes.clone();
        let shown = Signal::derive(move || hidden.with(|h| processes.iter().all(|&p| !h.get(p).copied().unwrap_or(false))));
        view! {
            <li>
                <button
                    type="button"
                    class="legend-toggle"
                    class:is-hidden=move || !shown.get()
                    data-testid=format!("toggle-process-{id}")
                    aria-pressed=move || shown.get().to_string()
                    title="Show or hide in the plots and in s, b and Z"
                    on:click=move |_| on_toggle.run(targets.clone())
                >
                    {mark}
                    {label}
                </button>
            </li>
        }
    };
    let data = histogram.data_label.map(|label| {
        let mark = view! {
            <svg class="legend-mark" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                <line x1="7" y1="0" x2="7" y2="14" stroke="black" stroke-width="1.5"></line>
                <circle cx="7" cy="7" r="3.5" fill="black"></circle>
            </svg>
        };
        entry(histogram.data_processes.clone(), "data".to_owned(), label, mark.into_any())
    });
    let layers = histogram
        .layers
        .into_iter()
        .rev()
        .map(|layer| {
            let mark = view! {
                <svg class="legend-mark" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                    <rect width="14" height="14" fill=layer.color.hex()></rect>
                </svg>
            };
            entry(vec![layer.process], layer.process_id, layer.label, mark.into_any())
        })
        .collect_view();
    view! {
        <ul class="legend" aria-label="Legend: press an entry to show or hide its process" data-testid="legend">
            {data}
            {layers}
        </ul>
    }
}

/// Draws `histogram` into `canvas`, sized to its layout box at the screen's pixel density.
/// With `log` the y axis is logarithmic.
pub fn draw(canvas: &HtmlCanvasElement, histogram: &StackedHistogram, excluded: &[(f64, f64)], log: bool) -> Result<(), String> {
    let density = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()).max(1.0);
    let (css_width, css_height) = match (canvas.client_width(), canvas.client_height()) {
        (w, h) if w > 0 && h > 0 => (w as u32, h as u32),
        _ => FALLBACK_SIZE,
    };
    canvas.set_width((f64::from(css_width) * density).round() as u32);
    canvas.set_height((f64::from(css_height) * density).round() as u32);
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("the browser gave no 2D drawing context")?;
    let root = backend.into_drawing_area();
    draw_on(&root, histogram, excluded, density, log).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}

type DrawResult = Result<(), DrawingAreaErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>>;

fn draw_on(
    root: &DrawingArea<CanvasBackend, Shift>,
    h: &StackedHistogram,
    excluded: &[(f64, f64)],
    scale: f64,
    log: bool,
) -> DrawResult {
    let px = |css: f64| (css * scale).round() as i32;
    let font = |css: f64| ("sans-serif", css * scale);
    root.fill(&WHITE)?;

    let (x_low, x_high) = (h.edges[0], *h.edges.last().expect("an axis has edges"));
    // Flow columns are narrow so they do not pass for ordinary bins of the axis.
    let flow_width = (x_high - x_low) * 0.08;
    let plot_low = if h.underflow.is_some() { x_low - flow_width } else { x_low };
    let plot_high = if h.overflow.is_some() { x_high + flow_width } else { x_high };
    // On a log axis everything is drawn in log10 of the value, clamped to the floor so that
    // empty bins and the stack's foot sit on the frame instead of at minus infinity.
    let (floor, top) = h.y_range(log);
    let y = |value: f64| if log { value.max(floor).log10() } else { value };
    let (y_low, y_high) = (y(floor), y(top));
    let mut chart = ChartBuilder::on(root)
        .margin(px(14.0))
        .x_label_area_size(px(54.0))
        .y_label_area_size(px(62.0))
        .build_cartesian_2d(plot_low..plot_high, y_low..y_high)?;
    // Log ticks only at powers of ten, where 10^k reads as a plain number.
    let y_tick = |v: &f64| match log {
        false => format::edge(*v),
        true if (v - v.round()).abs() < 1e-6 => format::edge(10f64.powi(v.round() as i32)),
        true => String::new(),
    };
    let y_tick_count = if log { ((y_high - y_low).ceil() as usize + 1).max(2) } else { 10 };
    // Categories sit at whole numbers; any other tick plotters picks on such an axis stays blank.
    let x_tick = |v: &f64| {
        if h.category_labels.is_empty() {
            // The flow columns are labelled on their own; an axis value there would be a lie.
            let inside = *v >= x_low - 1e-9 && *v <= x_high + 1e-9;
            return if inside { format::edge(*v) } else { String::new() };
        }
        let nearest = v.round();
        match h.category_labels.get(nearest as usize) {
            Some(label) if nearest >= 0.0 && (v - nearest).abs() < 1e-6 => label.clone(),
            _ => String::new(),
        }
    };
    let x_tick_count = if h.category_labels.is_empty() { 10 } else { h.category_labels.len() };
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(x_tick_count)
        .y_labels(y_tick_count)
        .bold_line_style(BLACK.mix(0.08))
        .light_line_style(TRANSPARENT)
        .axis_style(BLACK.stroke_width(px(1.0).max(1) as u32))
        .x_desc(h.axis_title.as_str())
        .y_desc("Events / bin")
        .axis_desc_style(font(15.0))
        .label_style(font(13.0))
        .x_label_formatter(&x_tick)
        .y_label_formatter(&y_tick)
        .draw()?;

    let n = h.edges.len() - 1;
    for layer in &h.layers {
        let fill = RGBColor(layer.color.0, layer.color.1, layer.color.2).filled();
        chart.draw_series((0..n).filter(|&i| layer.tops[i] != layer.bottoms[i]).map(|i| {
            Rectangle::new([(h.edges[i], y(layer.bottoms[i])), (h.edges[i + 1], y(layer.tops[i]))], fill)
        }))?;
    }

    // Each flow column: the stack paler than in range, a dashed-looking thin border at the axis
    // end, its label at the top, and its data point.
    let flows = [(&h.underflow, plot_low, x_low), (&h.overflow, x_high, plot_high)];
    let separator = BLACK.mix(0.35).stroke_width(px(1.0).max(1) as u32);
    let label_colour = BLACK.mix(0.75);
    let label_style = TextStyle::from(font(12.0)).pos(Pos::new(HPos::Center, VPos::Top)).color(&label_colour);
    for (flow, from, to) in flows.iter().filter_map(|(flow, from, to)| flow.as_ref().map(|f| (f, *from, *to))) {
        let margin = (to - from) * 0.1;
        for (layer, &(bottom, top)) in h.layers.iter().zip(&flow.layers).filter(|(_, (b, t))| t != b) {
            let fill = RGBColor(layer.color.0, layer.color.1, layer.color.2).mix(0.6).filled();
            chart.draw_series(std::iter::once(Rectangle::new([(from + margin, y(bottom)), (to - margin, y(top))], fill)))?;
        }
        let end = if from < x_low { to } else { from };
        chart.draw_series(std::iter::once(PathElement::new(vec![(end, y_low), (end, y_high)], separator)))?;
        chart.draw_series(std::iter::once(Text::new(flow.label.clone(), (0.5 * (from + to), y_high), label_style.clone())))?;
        if let Some(point) = flow.data {
            let x = 0.5 * (from + to);
            let (low, mid, high) = (y(point.events - point.down), y(point.events), y(point.events + point.up));
            chart.draw_series(std::iter::once(ErrorBar::new_vertical(x, low, mid, high, BLACK.stroke_width(px(1.5).max(1) as u32), 0)))?;
            chart.draw_series(std::iter::once(Circle::new((x, mid), px(3.5), BLACK.filled())))?;
        }
    }

    // Grey over what the cut removes, and a line at each cut edge inside the axis. A closed end
    // also removes that side's flow bin, so a span reaching an axis end covers its column too.
    let shade = BLACK.mix(0.14).filled();
    let line = BLACK.mix(0.7).stroke_width(px(2.0).max(1) as u32);
    let widen = |(from, to): (f64, f64)| (if from <= x_low { plot_low } else { from }, if to >= x_high { plot_high } else { to });
    for (from, to) in excluded.iter().filter(|(from, to)| to > from).map(|&span| widen(span)) {
        chart.draw_series(std::iter::once(Rectangle::new([(from, y_low), (to, y_high)], shade)))?;
        for edge in [from, to].into_iter().filter(|e| *e > x_low && *e < x_high) {
            chart.draw_series(std::iter::once(PathElement::new(vec![(edge, y_low), (edge, y_high)], line)))?;
        }
    }

    let bar = BLACK.stroke_width(px(1.5).max(1) as u32);
    let radius = px(3.5);
    chart.draw_series(h.data.iter().map(|d| ErrorBar::new_vertical(d.x, y(d.events - d.down), y(d.events), y(d.events + d.up), bar, 0)))?;
    chart.draw_series(h.data.iter().map(|d| Circle::new((d.x, y(d.events)), radius, BLACK.filled())))?;

    Ok(())
}
