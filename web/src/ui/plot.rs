//! The histogram on a `<canvas>`, drawn with plotters, in the field's conventions: the
//! "ATLAS Open Data" label with √s and ∫L dt, simulated processes stacked with their
//! statistical uncertainty (Σw²) as a translucent band, data as points with Poisson error bars,
//! a data / simulation ratio panel underneath, and the part outside the cut shaded. A numeric
//! axis's under- and overflow bins are narrow columns beyond the axis's ends, labelled
//! "< first edge" and "≥ last edge", paler than the in-range bins since they are not a bin of
//! the axis's width. In the shapes view every process's normalised shape is a line instead.
//!
//! A plot is only redrawn when what it shows changed (its histogram, its shaded spans, the view
//! options or its size): a cut on one axis leaves that axis's own histogram as it was, so its
//! canvas is not touched. Dragging across a plot with a mouse, pen or finger (pointer events)
//! selects a range, snapped to bin edges by the model, committed once when the pointer lifts.

use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

use crate::model::histogram::{PlotHeader, StackedHistogram};
use crate::model::{labels, numbers as format};
use crate::ui::canvas::Canvas2d;
use crate::ui::export;
use crate::ui::state::AnalysisState;

/// Canvas size in CSS pixels when the page has not laid the canvas out (e.g. while hidden).
const FALLBACK_SIZE: (u32, u32) = (720, 540);

/// A drag shorter than this (CSS pixels) is a click, not a cut.
const MIN_DRAG_PX: f64 = 4.0;

/// How text, lines and margins grow in projector mode.
const PROJECTOR_SCALE: f64 = 1.4;

/// What a drawing shows besides the histogram.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawOptions {
    /// Stretches of the axis its own cut removes, shaded.
    pub excluded: Vec<(f64, f64)>,
    pub log: bool,
    /// Normalised shapes instead of the stack.
    pub shapes: bool,
    /// Thick lines, large text, full-contrast ink.
    pub projector: bool,
    /// Whether the cube has both data and simulation, so a data / simulation ratio means
    /// something (decided once per cube, so the layout does not jump as cuts empty the stack).
    pub ratio: bool,
}

/// Where the x axis landed on the canvas, in CSS pixels, so a pointer position maps to an axis
/// value: `left..right` spans `x_from..x_to`; `top..bottom` is the plotting area's height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct XMap {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    pub x_from: f64,
    pub x_to: f64,
}

impl XMap {
    fn value(&self, css_x: f64) -> f64 {
        self.x_from + (css_x - self.left) / (self.right - self.left) * (self.x_to - self.x_from)
    }

    fn inside(&self, css_x: f64, css_y: f64) -> bool {
        css_x >= self.left && css_x <= self.right && css_y >= self.top && css_y <= self.bottom
    }
}

/// What a canvas currently shows, to skip redrawing the same picture.
#[derive(Clone, PartialEq)]
struct Drawn {
    histogram: StackedHistogram,
    options: DrawOptions,
    size: (u32, u32),
}

/// The histogram of `axis` with every cut but its own. `excluded` are the stretches of the axis
/// that its own cut removes everywhere else, in the plot's x coordinates; they are shaded here.
/// `on_drag` receives the two x values (plot coordinates) of a finished drag.
///
/// The canvas carries what it shows for tests: `data-revision` (the selection its numbers
/// describe), `data-painted-revision` (the selection its picture shows: an off-screen plot is
/// painted when it scrolls into view), `data-draws` (how often it was painted),
/// `data-data-sums` and `data-stack-sums` (per-bin data and simulated stack, in-range bins),
/// `data-underflow` / `data-overflow` ("data,stack" of a drawn flow bin; absent when none) and
/// `data-view` (`stack` or `shapes`), `data-draw-ms` (how long its last painting took, for the
/// benchmark) and `data-x-map` (the plotting area's left, right, top and
/// bottom in CSS pixels and the x values at its left and right, so a test can drag to a value).
#[component]
pub fn HistogramPlot(
    state: AnalysisState,
    axis: usize,
    excluded: Signal<Vec<(f64, f64)>>,
    hidden: Signal<Vec<bool>>,
    log_y: Signal<bool>,
    shapes: Signal<bool>,
    projector: Signal<bool>,
    ratio: bool,
    on_drag: Callback<(f64, f64)>,
) -> impl IntoView {
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let failure = RwSignal::new(None::<String>);
    // A wider window needs more canvas pixels; redraw when it changes.
    let layout = RwSignal::new(0u32);
    let resize = window_event_listener(leptos::ev::resize, move |_| layout.update(|n| *n += 1));
    on_cleanup(move || resize.remove());

    let (analysis_id, axis_id, axis_title, header) = state.with_untracked(|engine| {
        let manifest = engine.cube().manifest();
        let ax = &manifest.axes[axis];
        let label = labels::text(&ax.label_key);
        (
            manifest.analysis_id.clone(),
            ax.id.clone(),
            format::axis_title(labels::short(&label), &ax.unit),
            PlotHeader::of(manifest),
        )
    });
    let header = StoredValue::new(header);
    let png_name = format!("{analysis_id}-{axis_id}.png");
    let svg_name = format!("{analysis_id}-{axis_id}.svg");
    let export_failure = RwSignal::new(None::<String>);
    let download_png = move |_| {
        let Some(canvas) = canvas_ref.get_untracked() else { return };
        let result = export::download_canvas_png(&canvas, &png_name);
        export_failure.set(result.err().map(|error| format!("{error:?}")));
    };

    let table_open = RwSignal::new(false);
    let drawn = StoredValue::new(None::<Drawn>);
    let scaffold = StoredValue::new_local(Scaffold::default());
    // The canvas's CSS size, read again only after a window resize or a change of projector
    // mode (which changes the grid): reading it forces a layout of the whole page.
    let measured = StoredValue::new(None::<((u32, bool), (u32, u32))>);
    // The SVG is drawn from the selection at the moment of the click, at the canvas's CSS size.
    let download_svg = move |_| {
        let Some(canvas) = canvas_ref.get_untracked() else { return };
        let histogram = hidden.with_untracked(|hidden| {
            state.with_untracked(|engine| StackedHistogram::with_hidden(engine, axis, hidden))
        });
        let options = DrawOptions {
            excluded: excluded.get_untracked(),
            log: log_y.get_untracked(),
            shapes: shapes.get_untracked(),
            projector: projector.get_untracked(),
            ratio,
        };
        let (width, height) = match (canvas.client_width(), canvas.client_height()) {
            (w, h) if w > 0 && h > 0 => (w as u32, h as u32),
            _ => FALLBACK_SIZE,
        };
        let result = header.with_value(|header| svg(&histogram, header, &options, width, height)).and_then(|text| {
            export::download_text(&text, "image/svg+xml", &svg_name).map_err(|error| format!("{error:?}"))
        });
        export_failure.set(result.err());
    };
    let x_map = StoredValue::new(None::<XMap>);
    let draws = StoredValue::new(0u64);
    // The histogram as last computed, for the table alternative.
    let current = RwSignal::new(None::<StackedHistogram>);

    // Whether the canvas is on (or near) the screen. An off-screen plot keeps its numbers up to
    // date but is only painted once it scrolls into view: during a drag on an old laptop the CPU
    // goes to the plots someone can see.
    let on_screen = RwSignal::new(true);
    let observer = StoredValue::new_local(None::<(web_sys::IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>)>);
    Effect::new(move |_| {
        let Some(canvas) = canvas_ref.get() else { return };
        if observer.with_value(Option::is_some) {
            return;
        }
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) =
                entries.iter().last().and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
            {
                on_screen.set(entry.is_intersecting());
            }
        });
        let init = web_sys::IntersectionObserverInit::new();
        init.set_root_margin("200px 0px");
        if let Ok(watcher) = web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init) {
            watcher.observe(&canvas);
            observer.set_value(Some((watcher, callback)));
        }
    });
    on_cleanup(move || {
        observer.with_value(|o| {
            if let Some((watcher, _)) = o {
                watcher.disconnect();
            }
        });
    });

    Effect::new(move |_| {
        layout.track();
        let Some(canvas) = canvas_ref.get() else { return };
        let histogram = hidden.with(|hidden| state.with(|engine| StackedHistogram::with_hidden(engine, axis, hidden)));
        let revision = state.revision();
        let options = DrawOptions {
            excluded: excluded.get(),
            log: log_y.get(),
            shapes: shapes.get(),
            projector: projector.get(),
            ratio,
        };
        // What the plot shows, whether painted now or when it scrolls into view.
        _ = canvas.set_attribute("data-data-sums", &format::number_list(&histogram.data_sums));
        _ = canvas.set_attribute("data-stack-sums", &format::number_list(&histogram.stack_sums));
        for (name, flow) in [("data-underflow", &histogram.underflow), ("data-overflow", &histogram.overflow)] {
            _ = match flow {
                Some(flow) => canvas.set_attribute(name, &format::number_list(&[flow.data_sum, flow.stack])),
                None => canvas.remove_attribute(name),
            };
        }
        _ = canvas.set_attribute("data-y-scale", if options.log { "log" } else { "linear" });
        _ = canvas.set_attribute("data-view", if options.shapes { "shapes" } else { "stack" });
        _ = canvas.set_attribute("data-revision", &revision.to_string());

        let layout_key = (layout.get_untracked(), options.projector);
        let css_size_for = move |canvas: &HtmlCanvasElement| match measured.get_value() {
            Some((key, size)) if key == layout_key => size,
            _ => {
                let size = css_size(canvas);
                measured.set_value(Some((layout_key, size)));
                size
            }
        };
        let size = css_size_for(&canvas);
        let painted = drawn.with_value(Option::is_some);
        let unchanged = drawn.with_value(|d| {
            d.as_ref().is_some_and(|d| d.size == size && d.options == options && d.histogram == histogram)
        });
        // Every plot is painted once; after that an off-screen one waits until it is seen.
        if !unchanged && (on_screen.get() || !painted) {
            let clock = web_sys::window().and_then(|w| w.performance());
            let started = clock.as_ref().map_or(0.0, web_sys::Performance::now);
            let css = css_size_for(&canvas);
            let result = scaffold
                .try_update_value(|scaffold| {
                    header.with_value(|header| draw_with(&canvas, css, scaffold, &histogram, header, &options))
                })
                .unwrap_or_else(|| Err("the plot is gone".to_owned()));
            let took = clock.as_ref().map_or(0.0, web_sys::Performance::now) - started;
            match result {
                Ok(map) => {
                    _ = canvas.set_attribute("data-draw-ms", &format!("{took:.3}"));
                    failure.set(None);
                    x_map.set_value(Some(map));
                    let numbers = [map.left, map.right, map.top, map.bottom, map.x_from, map.x_to];
                    _ = canvas.set_attribute("data-x-map", &numbers.map(|v| v.to_string()).join(","));
                    draws.update_value(|n| *n += 1);
                    _ = canvas.set_attribute("data-draws", &draws.get_value().to_string());
                    _ = canvas.set_attribute("data-state", "drawn");
                    drawn.set_value(Some(Drawn { histogram: histogram.clone(), options: options.clone(), size }));
                }
                Err(message) => {
                    _ = canvas.set_attribute("data-state", "failed");
                    drawn.set_value(None);
                    failure.set(Some(message));
                }
            }
        }
        if drawn.with_value(|d| {
            d.as_ref().is_some_and(|d| d.size == size && d.options == options && d.histogram == histogram)
        }) {
            _ = canvas.set_attribute("data-painted-revision", &revision.to_string());
        }
        // Only an open table follows the plot, so a closed one costs nothing per cut.
        if table_open.get_untracked() {
            current.set(Some(histogram));
        } else {
            current.update_untracked(|c| *c = Some(histogram));
        }
    });

    // Dragging a range: the start and current x in CSS pixels while a pointer is down.
    let drag = RwSignal::new(None::<(f64, f64)>);
    let pointer_down = move |ev: leptos::ev::PointerEvent| {
        if ev.pointer_type() == "mouse" && ev.button() != 0 {
            return;
        }
        let (x, y) = (f64::from(ev.offset_x()), f64::from(ev.offset_y()));
        if !x_map.with_value(|m| m.is_some_and(|m| m.inside(x, y))) {
            return;
        }
        ev.prevent_default();
        if let Some(canvas) = canvas_ref.get_untracked() {
            _ = canvas.set_pointer_capture(ev.pointer_id());
        }
        drag.set(Some((x, x)));
    };
    let pointer_move = move |ev: leptos::ev::PointerEvent| {
        if drag.with_untracked(Option::is_some) {
            let x = f64::from(ev.offset_x());
            drag.update(|d| {
                if let Some((_, now)) = d {
                    *now = x;
                }
            });
        }
    };
    let pointer_up = move |ev: leptos::ev::PointerEvent| {
        let Some((start, _)) = drag.get_untracked() else { return };
        drag.set(None);
        let end = f64::from(ev.offset_x());
        if (end - start).abs() < MIN_DRAG_PX {
            return;
        }
        if let Some(map) = x_map.get_value() {
            on_drag.run((map.value(start), map.value(end)));
        }
    };
    let drag_box = move || {
        drag.get().and_then(|(a, b)| {
            let map = x_map.get_value()?;
            let (from, to) = (a.min(b).max(map.left), a.max(b).min(map.right));
            Some((from, (to - from).max(0.0), map.top, map.bottom - map.top))
        })
    };

    let axis_title_for_table = axis_title.clone();
    let axis_title_png = axis_title.clone();
    let axis_title_svg = axis_title.clone();
    let axis_title_summary = axis_title.clone();
    let table = move || {
        table_open.get().then(|| {
            current.with(|h| {
                h.as_ref().map(|h| view! { <PlotTable histogram=h.clone() axis_title=axis_title_for_table.clone() /> })
            })
        })
    };
    let aria = move || {
        let key = if shapes.get() { "ui.plot.aria_shapes" } else { "ui.plot.aria_stack" };
        labels::fill(key, &[("axis", &axis_title)])
    };

    view! {
        <figure class="histogram" data-testid=format!("plot-{axis_id}")>
            <div class="canvas-frame">
                <canvas
                    node_ref=canvas_ref
                    data-state="pending"
                    role="img"
                    aria-label=aria
                    on:pointerdown=pointer_down
                    on:pointermove=pointer_move
                    on:pointerup=pointer_up
                    on:pointercancel=move |_| drag.set(None)
                ></canvas>
                {move || {
                    drag_box()
                        .map(|(left, width, top, height)| {
                            view! {
                                <div
                                    class="drag-span"
                                    aria-hidden="true"
                                    style:left=format!("{left}px")
                                    style:width=format!("{width}px")
                                    style:top=format!("{top}px")
                                    style:height=format!("{height}px")
                                ></div>
                            }
                        })
                }}
            </div>
            <div class="plot-actions">
                <button
                    type="button"
                    data-testid=format!("download-png-{axis_id}")
                    aria-label=labels::fill("plot-download-png-aria", &[("axis", &axis_title_png)])
                    on:click=download_png
                >
                    {labels::text("plot-download-png")}
                </button>
                <button
                    type="button"
                    data-testid=format!("download-svg-{axis_id}")
                    aria-label=labels::fill("ui.plot.download_svg_label", &[("axis", &axis_title_svg)])
                    on:click=download_svg
                >
                    {labels::text("ui.plot.download_svg")}
                </button>
            </div>
            <details
                class="plot-table"
                data-testid=format!("table-{axis_id}")
                on:toggle=move |ev| {
                    let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                    table_open.set(open);
                }
            >
                <summary>{labels::fill("ui.table.summary", &[("axis", &axis_title_summary)])}</summary>
                {table}
            </details>
            {move || {
                export_failure
                    .get()
                    .map(|message| {
                        view! {
                            <p class="banner" role="alert" data-testid="png-error">
                                {labels::fill("plot-save-failed", &[("detail", &message)])}
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
                                {labels::fill("plot-draw-failed", &[("detail", &message)])}
                            </p>
                        }
                    })
            }}
        </figure>
    }
}

/// The table alternative to a plot: one row per bin (flow bins included), one column per
/// simulated process, their sum with its statistical error, and the data.
#[component]
fn PlotTable(histogram: StackedHistogram, axis_title: String) -> impl IntoView {
    let rows = histogram.table_rows();
    let has_data = histogram.data_label.is_some();
    let head =
        histogram.layers.iter().map(|l| view! { <th scope="col" class="number">{l.label.clone()}</th> }).collect_view();
    let data_head = histogram.data_label.clone().map(|label| view! { <th scope="col" class="number">{label}</th> });
    let body = rows
        .into_iter()
        .map(|row| {
            let cells = row.layers.iter().map(|v| view! { <td class="number">{format::fixed(*v)}</td> }).collect_view();
            view! {
                <tr>
                    <th scope="row">{row.bin}</th>
                    {cells}
                    <td class="number">{format::fixed(row.stack)}</td>
                    <td class="number">{format::fixed(row.stack_error)}</td>
                    {has_data.then(|| view! { <td class="number">{format::fixed(row.data)}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table>
                <caption>{labels::fill("ui.table.caption", &[("axis", &axis_title)])}</caption>
                <thead>
                    <tr>
                        <th scope="col">{labels::text("ui.table.bin")}</th>
                        {head}
                        <th scope="col" class="number">{labels::text("ui.table.stack")}</th>
                        <th scope="col" class="number">{labels::text("ui.table.mc_stat")}</th>
                        {data_head}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// The key to the plot as HTML rather than on the canvas: it wraps on narrow screens instead of
/// covering the bins, and screen readers and translations reach its text. It reads top-down like
/// the plot: data, then the stack from its top. Each entry is a toggle button that shows or
/// hides its process (all data processes together) in every plot and in s, b and Z.
#[component]
pub fn Legend(
    histogram: StackedHistogram,
    hidden: Signal<Vec<bool>>,
    on_toggle: Callback<Vec<usize>>,
) -> impl IntoView {
    let entry = move |processes: Vec<usize>, id: String, label: String, mark: AnyView| {
        let targets = processes.clone();
        let shown =
            Signal::derive(move || hidden.with(|h| processes.iter().all(|&p| !h.get(p).copied().unwrap_or(false))));
        view! {
            <li>
                <button
                    type="button"
                    class="legend-toggle"
                    class:is-hidden=move || !shown.get()
                    data-testid=format!("toggle-process-{id}")
                    aria-pressed=move || shown.get().to_string()
                    title=labels::text("process-toggle-title")
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
            <li class="legend-static" data-testid="legend-mc-stat">
                <svg class="legend-mark" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                    <rect width="14" height="14" fill="#1d1d1f" fill-opacity="0.3"></rect>
                </svg>
                {labels::text("ui.plot.mc_stat")}
            </li>
        </ul>
    }
}

/// Draws `histogram` into `canvas`, sized to its layout box at the screen's pixel density, and
/// returns where its x axis landed, for mapping pointer positions.
pub fn draw(
    canvas: &HtmlCanvasElement,
    histogram: &StackedHistogram,
    header: &PlotHeader,
    options: &DrawOptions,
) -> Result<XMap, String> {
    draw_with(canvas, css_size(canvas), &mut Scaffold::default(), histogram, header, options)
}

/// The canvas's laid-out size in CSS pixels, or a fallback while it has none (e.g. hidden).
/// Reading it forces the browser to lay the page out, so plots read it only after a resize.
pub fn css_size(canvas: &HtmlCanvasElement) -> (u32, u32) {
    match (canvas.client_width(), canvas.client_height()) {
        (w, h) if w > 0 && h > 0 => (w as u32, h as u32),
        _ => FALLBACK_SIZE,
    }
}

/// As [`draw`], keeping the plot's scaffolding in `scaffold` between repaints: only when the
/// size, the view options or the (rounded) y range change is it drawn again.
pub fn draw_with(
    canvas: &HtmlCanvasElement,
    (css_width, css_height): (u32, u32),
    scaffold: &mut Scaffold,
    histogram: &StackedHistogram,
    header: &PlotHeader,
    options: &DrawOptions,
) -> Result<XMap, String> {
    let density = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()).max(1.0);
    let (width, height) =
        ((f64::from(css_width) * density).round() as u32, (f64::from(css_height) * density).round() as u32);
    // Setting a canvas's size reallocates and clears it even when unchanged: only on a resize.
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    let scale = density * if options.projector { PROJECTOR_SCALE } else { 1.0 };
    let (x_low, x_high) = x_axis(histogram, options);
    let (mut y_low, mut y_high) = y_axis(histogram, options);
    // Keep the y axis drawn while the contents still fit and fill a good part of it, so a drag
    // of cuts does not make the axis (and the scaffolding) jump at every step.
    if let Some(kept) = &scaffold.key {
        let (kept_low, kept_high) = (f64::from_bits(kept.y_range.0), f64::from_bits(kept.y_range.1));
        let same_view = kept.size == (width, height)
            && kept.x_range == (x_low.to_bits(), x_high.to_bits())
            && kept.options == (options.log, options.shapes, options.projector, options.ratio);
        let fits = if options.log && !options.shapes {
            kept_low == y_low && y_high <= kept_high && y_high >= kept_high - 1.0
        } else {
            y_high <= kept_high && y_high >= 0.4 * kept_high
        };
        if same_view && fits {
            (y_low, y_high) = (kept_low, kept_high);
        }
    }
    let key = ScaffoldKey {
        size: (width, height),
        y_range: (y_low.to_bits(), y_high.to_bits()),
        x_range: (x_low.to_bits(), x_high.to_bits()),
        options: (options.log, options.shapes, options.projector, options.ratio),
    };
    if scaffold.key.as_ref() != Some(&key) || scaffold.canvas.is_none() {
        let layer = match scaffold.canvas.take() {
            Some(layer) => layer,
            None => leptos::prelude::document()
                .create_element("canvas")
                .map_err(|e| format!("{e:?}"))?
                .unchecked_into::<HtmlCanvasElement>(),
        };
        if layer.width() != width || layer.height() != height {
            layer.set_width(width);
            layer.set_height(height);
        }
        let root = Canvas2d::new(&layer)?.into_drawing_area();
        draw_on(&root, histogram, header, options, scale, (y_low, y_high), Layer::Scaffolding)
            .map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
        scaffold.canvas = Some(layer);
        scaffold.key = Some(key);
    }
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok().flatten().ok_or("the browser gave no 2D drawing context")?.unchecked_into();
    if let Some(layer) = &scaffold.canvas {
        context.draw_image_with_html_canvas_element(layer, 0.0, 0.0).map_err(|e| format!("{e:?}"))?;
    }
    let root = Canvas2d::new(canvas)?.into_drawing_area();
    let map = draw_on(&root, histogram, header, options, scale, (y_low, y_high), Layer::Contents)
        .map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())?;
    Ok(XMap {
        left: f64::from(map.0.start) / density,
        right: f64::from(map.0.end) / density,
        top: f64::from(map.1.start) / density,
        bottom: f64::from(map.1.end) / density,
        x_from: map.2,
        x_to: map.3,
    })
}

type DrawError<DB> = DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>;

/// The plot as an SVG document of `width` × `height` pixels, drawn exactly as on the canvas
/// (same code, plotters' SVG backend), for slides and reports that need a vector image.
pub fn svg(
    histogram: &StackedHistogram,
    header: &PlotHeader,
    options: &DrawOptions,
    width: u32,
    height: u32,
) -> Result<String, String> {
    let mut text = String::new();
    {
        let root = plotters::backend::SVGBackend::with_string(&mut text, (width, height)).into_drawing_area();
        let scale = if options.projector { PROJECTOR_SCALE } else { 1.0 };
        draw_on(&root, histogram, header, options, scale, y_axis(histogram, options), Layer::Both)
            .map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(text)
}

/// The plotting area's pixel ranges (x, y over both panels) and its x range.
type AreaMap = (std::ops::Range<i32>, std::ops::Range<i32>, f64, f64);

/// Which part of a plot to draw: the scaffolding (background, frame, grid, tick labels, axis
/// titles, the "ATLAS Open Data" label, flow-column labels) changes only with the size, the view
/// options and the y range; the contents (stack, band, points, ratio, shading) with every cut.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layer {
    Scaffolding,
    Contents,
    Both,
}

impl Layer {
    fn scaffolding(self) -> bool {
        self != Layer::Contents
    }

    fn contents(self) -> bool {
        self != Layer::Scaffolding
    }
}

/// What the scaffolding depends on; a canvas keeps its scaffolding while this stays the same.
#[derive(Clone, PartialEq)]
struct ScaffoldKey {
    size: (u32, u32),
    y_range: (u64, u64),
    x_range: (u64, u64),
    options: (bool, bool, bool, bool),
}

/// A plot's scaffolding, drawn once into a canvas that is not in the page and copied under
/// the contents at every repaint, so a cut does not re-render tick labels and titles.
#[derive(Default)]
pub struct Scaffold {
    canvas: Option<HtmlCanvasElement>,
    key: Option<ScaffoldKey>,
}

/// The y range drawn, in plot units (log10 on a log axis): from zero (or the log floor) up to
/// the highest content with room for the label in the corner, rounded up to a round number so
/// that most cuts leave the axis, and with it the scaffolding, as it was.
fn y_axis(h: &StackedHistogram, options: &DrawOptions) -> (f64, f64) {
    if options.shapes {
        let (lines, data) = h.shapes();
        (0.0, format::round_up(StackedHistogram::shapes_top(&lines, data.as_deref()) * 1.45))
    } else if options.log {
        let (floor, top) = h.y_range(true);
        let (low, high) = (floor.log10(), top.log10());
        (low, ((high + 0.6 * (high - low)) * 2.0).ceil() / 2.0)
    } else {
        (0.0, format::round_up(h.y_range(false).1 * 1.45))
    }
}

/// The x range drawn: the axis, widened by a narrow column for each flow bin shown.
fn x_axis(h: &StackedHistogram, options: &DrawOptions) -> (f64, f64) {
    let (x_low, x_high) = (h.edges[0], *h.edges.last().expect("an axis has edges"));
    let flow_width = (x_high - x_low) * 0.08;
    let low = if h.underflow.is_some() && !options.shapes { x_low - flow_width } else { x_low };
    let high = if h.overflow.is_some() && !options.shapes { x_high + flow_width } else { x_high };
    (low, high)
}

fn draw_on<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    h: &StackedHistogram,
    header: &PlotHeader,
    options: &DrawOptions,
    scale: f64,
    (y_low, y_high): (f64, f64),
    layer: Layer,
) -> Result<AreaMap, DrawError<DB>> {
    let px = |css: f64| (css * scale).round() as i32;
    let stroke = |css: f64| px(css).max(1) as u32;
    let font = |css: f64| ("sans-serif", css * scale);
    let ink = if options.projector { BLACK } else { RGBColor(0x1d, 0x1d, 0x1f) };
    let (bg, fg) = (layer.scaffolding(), layer.contents());
    if bg {
        root.fill(&WHITE)?;
    }

    let (x_low, x_high) = (h.edges[0], *h.edges.last().expect("an axis has edges"));
    // Flow columns are narrow so they do not pass for ordinary bins of the axis; the shapes view
    // compares in-range shapes only.
    let underflow = h.underflow.as_ref().filter(|_| !options.shapes);
    let overflow = h.overflow.as_ref().filter(|_| !options.shapes);
    let (plot_low, plot_high) = x_axis(h, options);

    let ratio_panel = options.ratio && !options.shapes && !h.data_processes.is_empty();
    let (_, height) = root.dim_in_pixel();
    let (upper, lower) = if ratio_panel {
        let (u, l) = root.split_vertically((f64::from(height) * 0.68).round() as i32);
        (u, Some(l))
    } else {
        (root.clone(), None)
    };

    // y: a linear axis from zero with room above for the header; a log axis in log10 units.
    let log = options.log && !options.shapes;
    let floor = 10f64.powf(y_low);
    let y = |v: f64| if log { v.max(floor).log10() } else { v };
    let y_title = if options.shapes { labels::text("ui.plot.fraction_per_bin") } else { h.y_title.clone() };

    let x_label_area = if lower.is_some() { px(6.0) } else { px(54.0) };
    let mut chart = ChartBuilder::on(&upper)
        .margin_top(px(10.0))
        .margin_left(px(10.0))
        .margin_right(px(14.0))
        .margin_bottom(if lower.is_some() { 0 } else { px(10.0) })
        .x_label_area_size(x_label_area)
        .y_label_area_size(px(66.0))
        .build_cartesian_2d(plot_low..plot_high, y_low..y_high)?;
    // Log ticks only at powers of ten, where 10^k reads as a plain number.
    let y_tick = |v: &f64| match log {
        false => format::edge(*v),
        true if (v - v.round()).abs() < 1e-6 => format::edge(10f64.powi(v.round() as i32)),
        true => String::new(),
    };
    let y_tick_count = if log { ((y_high - y_low).ceil() as usize + 1).max(2) } else { 8 };
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
    let grid = ink.mix(0.08);
    let axis_line = ink.stroke_width(stroke(1.0));
    if bg {
        let mut mesh = chart.configure_mesh();
        mesh.disable_x_mesh()
            .x_labels(x_tick_count)
            .y_labels(y_tick_count)
            .bold_line_style(grid)
            .light_line_style(TRANSPARENT)
            .axis_style(axis_line)
            .y_desc(y_title.as_str())
            .axis_desc_style(font(15.0))
            .label_style(font(13.0))
            .x_label_formatter(&x_tick)
            .y_label_formatter(&y_tick);
        if lower.is_none() {
            mesh.x_desc(h.axis_title.as_str());
        } else {
            // The ratio panel carries the x labels; here the ticks stay unlabelled.
            mesh.x_label_formatter(&|_| String::new());
        }
        mesh.draw()?;
        let label_colour = ink.mix(0.75);
        let label_style = TextStyle::from(font(12.0)).pos(Pos::new(HPos::Center, VPos::Top)).color(&label_colour);
        for (flow, from, to) in [(underflow, plot_low, x_low), (overflow, x_high, plot_high)] {
            if let Some(flow) = flow {
                chart.draw_series(std::iter::once(Text::new(
                    flow.label.clone(),
                    (0.5 * (from + to), y_high),
                    label_style.clone(),
                )))?;
            }
        }
    }

    let n = h.edges.len() - 1;
    let band_fill = ink.mix(if options.projector { 0.45 } else { 0.3 }).filled();
    if fg && options.shapes {
        let (lines, data) = h.shapes();
        for line in &lines {
            let colour = RGBColor(line.color.0, line.color.1, line.color.2);
            let width = if line.role == histcube::Role::Signal { 3.0 } else { 2.0 };
            let steps: Vec<(f64, f64)> =
                (0..n).flat_map(|i| [(h.edges[i], line.fractions[i]), (h.edges[i + 1], line.fractions[i])]).collect();
            chart.draw_series(std::iter::once(PathElement::new(steps, colour.stroke_width(stroke(width)))))?;
        }
        if let Some(fractions) = data {
            let total: f64 = h.data_sums.iter().sum();
            let bar = ink.stroke_width(stroke(1.5));
            chart.draw_series(h.data.iter().map(|d| {
                ErrorBar::new_vertical(
                    d.x,
                    (d.events - d.down) / total,
                    d.events / total,
                    (d.events + d.up) / total,
                    bar,
                    0,
                )
            }))?;
            chart.draw_series(
                (0..n)
                    .filter(|&i| fractions[i] > 0.0)
                    .map(|i| Circle::new((0.5 * (h.edges[i] + h.edges[i + 1]), fractions[i]), px(3.5), ink.filled())),
            )?;
        }
    } else if fg {
        for layer in &h.layers {
            let fill = RGBColor(layer.color.0, layer.color.1, layer.color.2).filled();
            chart.draw_series((0..n).filter(|&i| layer.tops[i] != layer.bottoms[i]).map(|i| {
                Rectangle::new([(h.edges[i], y(layer.bottoms[i])), (h.edges[i + 1], y(layer.tops[i]))], fill)
            }))?;
        }
        // The simulation's statistical uncertainty: ±√Σw² around the top of the stack.
        chart.draw_series((0..n).filter(|&i| h.stack_sumw2[i] > 0.0).map(|i| {
            let sigma = h.stack_sumw2[i].sqrt();
            Rectangle::new(
                [(h.edges[i], y(h.stack_sums[i] - sigma)), (h.edges[i + 1], y(h.stack_sums[i] + sigma))],
                band_fill,
            )
        }))?;

        // Each flow column: the stack paler than in range, a thin border at the axis end, its
        // label at the top, and its data point.
        let flows = [(underflow, plot_low, x_low), (overflow, x_high, plot_high)];
        let separator = ink.mix(0.35).stroke_width(stroke(1.0));
        for (flow, from, to) in flows.iter().filter_map(|(flow, from, to)| flow.map(|f| (f, *from, *to))) {
            let margin = (to - from) * 0.1;
            for (layer, &(bottom, top)) in h.layers.iter().zip(&flow.layers).filter(|(_, (b, t))| t != b) {
                let fill = RGBColor(layer.color.0, layer.color.1, layer.color.2).mix(0.6).filled();
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(from + margin, y(bottom)), (to - margin, y(top))],
                    fill,
                )))?;
            }
            let end = if from < x_low { to } else { from };
            chart.draw_series(std::iter::once(PathElement::new(vec![(end, y_low), (end, y_high)], separator)))?;
            if let Some(point) = flow.data {
                let x = 0.5 * (from + to);
                let (low, mid, high) = (y(point.events - point.down), y(point.events), y(point.events + point.up));
                chart.draw_series(std::iter::once(ErrorBar::new_vertical(
                    x,
                    low,
                    mid,
                    high,
                    ink.stroke_width(stroke(1.5)),
                    0,
                )))?;
                chart.draw_series(std::iter::once(Circle::new((x, mid), px(3.5), ink.filled())))?;
            }
        }

        let bar = ink.stroke_width(stroke(1.5));
        let radius = px(3.5);
        chart.draw_series(
            h.data
                .iter()
                .map(|d| ErrorBar::new_vertical(d.x, y(d.events - d.down), y(d.events), y(d.events + d.up), bar, 0)),
        )?;
        chart.draw_series(h.data.iter().map(|d| Circle::new((d.x, y(d.events)), radius, ink.filled())))?;
    }

    // Grey over what the cut removes, and a line at each cut edge inside the axis. A closed end
    // also removes that side's flow bin, so a span reaching an axis end covers its column too.
    let shade = ink.mix(0.14).filled();
    let cut_line = ink.mix(0.7).stroke_width(stroke(2.0));
    let widen = |(from, to): (f64, f64)| {
        (if from <= x_low { plot_low } else { from }, if to >= x_high { plot_high } else { to })
    };
    let spans: Vec<(f64, f64)> =
        options.excluded.iter().filter(|(from, to)| to > from).map(|&span| widen(span)).collect();
    for &(from, to) in spans.iter().filter(|_| fg) {
        chart.draw_series(std::iter::once(Rectangle::new([(from, y_low), (to, y_high)], shade)))?;
        for edge in [from, to].into_iter().filter(|e| *e > x_low && *e < x_high) {
            chart.draw_series(std::iter::once(PathElement::new(vec![(edge, y_low), (edge, y_high)], cut_line)))?;
        }
    }

    // The label in the corner: "ATLAS Open Data" in bold italic, what the data are, then √s and
    // ∫L dt, inside the frame just right of the underflow column.
    let (x_pixels, y_pixels) = chart.plotting_area().get_pixel_range();
    let origin = chart.backend_coord(&(x_low, y_high));
    let (text_x, text_y) = (origin.0 + px(8.0), y_pixels.start + px(6.0));
    if bg {
        let bold = FontDesc::new(FontFamily::SansSerif, 15.0 * scale, FontStyle::Bold).color(&ink);
        upper.draw(&Text::new(header.experiment.clone(), (text_x, text_y), bold.clone()))?;
        let experiment_width =
            upper.estimate_text_size(&header.experiment, &bold).map_or(px(130.0) as u32, |(w, _)| w) as i32;
        let mut line = 1;
        if let Some(qualifier) = &header.qualifier {
            let plain = FontDesc::new(FontFamily::SansSerif, 15.0 * scale, FontStyle::Normal).color(&ink);
            let qualifier_width =
                upper.estimate_text_size(qualifier, &plain).map_or(px(150.0) as u32, |(w, _)| w) as i32;
            // Beside the experiment when it fits before the overflow column, else on a line of its own.
            let room = chart.backend_coord(&(x_high, y_high)).0 - px(6.0);
            let beside = text_x + experiment_width * 11 / 10 + px(8.0);
            if beside + qualifier_width * 11 / 10 <= room {
                upper.draw(&Text::new(qualifier.clone(), (beside, text_y), plain))?;
            } else {
                upper.draw(&Text::new(qualifier.clone(), (text_x, text_y + px(19.0)), plain))?;
                line = 2;
            }
        }
        let small = FontDesc::new(FontFamily::SansSerif, 13.0 * scale, FontStyle::Normal).color(&ink);
        upper.draw(&Text::new(header.conditions.clone(), (text_x, text_y + px(19.0) * line + px(1.0)), small))?;
    }

    let mut area = (x_pixels, y_pixels, plot_low, plot_high);
    // Data over simulation, with the simulation's relative uncertainty as a band around 1.
    if let Some(lower) = lower {
        let (r_low, r_high) = (0.0, 2.0);
        let mut ratio = ChartBuilder::on(&lower)
            .margin_left(px(10.0))
            .margin_right(px(14.0))
            .margin_bottom(px(8.0))
            .margin_top(px(4.0))
            .x_label_area_size(px(40.0))
            .y_label_area_size(px(66.0))
            .build_cartesian_2d(plot_low..plot_high, r_low..r_high)?;
        if bg {
            ratio
                .configure_mesh()
                .disable_x_mesh()
                .x_labels(x_tick_count)
                .y_labels(3)
                .bold_line_style(grid)
                .light_line_style(TRANSPARENT)
                .axis_style(axis_line)
                .x_desc(h.axis_title.as_str())
                .y_desc(labels::text("ui.plot.ratio"))
                .axis_desc_style(font(13.0))
                .label_style(font(12.0))
                .x_label_formatter(&x_tick)
                .y_label_formatter(&|v: &f64| format::edge(*v))
                .draw()?;
        }
        let band = if fg { h.relative_band() } else { Vec::new() };
        ratio.draw_series(band.iter().enumerate().filter_map(|(i, b)| b.map(|rel| (i, rel))).map(|(i, rel)| {
            Rectangle::new([(h.edges[i], (1.0 - rel).max(r_low)), (h.edges[i + 1], (1.0 + rel).min(r_high))], band_fill)
        }))?;
        if bg {
            ratio.draw_series(std::iter::once(PathElement::new(
                vec![(plot_low, 1.0), (plot_high, 1.0)],
                ink.mix(0.6).stroke_width(stroke(1.0)),
            )))?;
        }
        let clamp = |v: f64| v.clamp(r_low, r_high);
        let points = if fg { h.ratio_points() } else { Vec::new() };
        let bar = ink.stroke_width(stroke(1.5));
        ratio.draw_series(points.iter().map(|p| {
            ErrorBar::new_vertical(p.x, clamp(p.ratio - p.down), clamp(p.ratio), clamp(p.ratio + p.up), bar, 0)
        }))?;
        ratio.draw_series(
            points.iter().filter(|p| p.ratio <= r_high).map(|p| Circle::new((p.x, p.ratio), px(3.0), ink.filled())),
        )?;
        for &(from, to) in spans.iter().filter(|_| fg) {
            ratio.draw_series(std::iter::once(Rectangle::new([(from, r_low), (to, r_high)], shade)))?;
        }
        let (_, ratio_y) = ratio.plotting_area().get_pixel_range();
        area.1 = area.1.start..ratio_y.end;
    }
    Ok(area)
}
