//! The histogram on a `<canvas>`, drawn with plotters, in the field's conventions: the
//! "ATLAS Open Data" label with √s and ∫L dt, simulated processes stacked with their
//! statistical uncertainty (Σw²) as a translucent band, data as points with Poisson error bars,
//! a data / simulation ratio panel underneath, and the part outside the cut shaded. A numeric
//! axis's under- and overflow bins are narrow columns beyond the axis's ends, labelled
//! "< first edge" and "≥ last edge", paler than the in-range bins since they are not a bin of
//! the axis's width; they never set the y range (only the in-range bins do), so a column taller
//! than the axis is cut at its top with its value written there. An integer axis (number of
//! jets) is drawn as counts: one bar per count, labelled 0, 1, 2 … at its centre, and "≥ 4" under
//! the overflow column. Tick labels are written the page language's way and stay short: a large
//! y axis takes out a power of ten ("×10⁶" beside its title). In the shapes view every process's
//! normalised shape is a line instead.
//!
//! A plot is only redrawn when what it shows changed (its histogram, its shaded spans, the view
//! options or its size): a cut on one axis leaves that axis's own histogram as it was, so its
//! canvas is not touched. Dragging across a plot with a mouse, pen or finger (pointer events)
//! selects a range, snapped to bin edges by the model, committed once when the pointer lifts.
//!
//! Drawing is in two parts over one [`Frame`] (the panels, charts and ranges of one picture):
//! the scaffolding (background, grid, tick labels, titles, the corner label), kept in a canvas
//! outside the page between repaints, and the contents (stack, band, points, ratio, shading),
//! drawn at every repaint.

use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

use crate::model::histogram::{PlotHeader, StackedHistogram, FLOW_WIDTH};
use crate::model::{labels, numbers as format, ticks};
use crate::ui::canvas::Canvas2d;
use crate::ui::state::AnalysisState;
use crate::ui::{deferred, export, PartNotLoaded};

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
/// `y_max` is the value at the top of the y axis as drawn (events, or a fraction in the shapes
/// view; on a log axis the value, not its logarithm), `y_factor` the power of ten its labels
/// leave out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct XMap {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    pub x_from: f64,
    pub x_to: f64,
    pub y_max: f64,
    /// The power of ten taken out of the y labels ("×10⁶" beside the title), 0 for none.
    pub y_factor: i32,
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
/// `on_drag` receives the two x values (plot coordinates) of a finished drag. With `on_pick`
/// (the event display), a click that is not a drag picks the bin under it (`Some(x)`), and a
/// button under the plot does the same for the keyboard (`None`: choose the bin in the list).
///
/// The canvas tells tests and benchmarks where it stands as it changes: `data-revision` (the
/// selection its numbers describe), `data-state` (`pending`, `drawn` or `failed`), `data-draws`
/// (how often it was painted), `data-draw-ms` (how long its last painting took), `data-view`
/// (`stack` or `shapes`) and `data-y-scale` (`linear` or `log`).
///
/// What it shows is written only when asked, by a `describe` event dispatched on the canvas
/// (`canvas.dispatchEvent(new Event('describe'))`, answered before `dispatchEvent` returns)
/// rather than at every cut step: eight to fifteen attribute writes per plot and step, every bin
/// formatted, for numbers no user reads. It writes `data-data-sums` and `data-stack-sums`
/// (per-bin data and simulated stack, in-range bins), `data-underflow` / `data-overflow`
/// ("data,stack" of a drawn flow bin; absent when none), `data-bin-labels` (a category or
/// integer axis's labels, `|`-separated; absent otherwise), and, once painted,
/// `data-painted-revision` (the selection its picture shows: an off-screen plot is painted when it
/// scrolls into view), `data-y-max` (the value at the top of the drawn y axis), `data-y-factor`
/// (the power of ten its labels leave out), `data-x-map` (the plotting area's left, right, top
/// and bottom in CSS pixels and the x values at its left and right, so a test can drag to a
/// value) and `data-scaffold-draws` (how often its axes, grid and labels were drawn).
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
    #[prop(default = None)] on_pick: Option<PickBins>,
) -> impl IntoView {
    let canvas_ref = NodeRef::<Canvas>::new();
    // A wider canvas needs more pixels: the plot is drawn at the size the browser laid it out at,
    // and again when that changes (a resize, projector mode, a scroll bar appearing).
    let size = watch_size(canvas_ref);

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
    let painter = Painter::new(header);
    let options = move || DrawOptions {
        excluded: excluded.get(),
        log: log_y.get(),
        shapes: shapes.get(),
        projector: projector.get(),
        ratio,
    };
    let current_histogram =
        move || hidden.with(|hidden| state.with(|engine| StackedHistogram::with_hidden(engine, axis, hidden)));
    let svg_picture = Callback::new(move |()| {
        let (width, height) = size.get_untracked().filter(|(w, h)| *w > 0 && *h > 0).unwrap_or(FALLBACK_SIZE);
        SvgPicture {
            histogram: untrack(current_histogram),
            header: painter.header.get_value(),
            options: untrack(options),
            width,
            height,
        }
    });

    let table = TableAlternative::new();
    let on_screen = watch_visibility(canvas_ref);
    Effect::new(move |_| {
        let Some(canvas) = canvas_ref.get() else { return };
        let histogram = current_histogram();
        let options = options();
        let revision = state.revision();
        let moving = !state.is_still();
        mark_progress(&canvas, &options, revision);
        // Until the browser has laid the canvas out (before the first frame is painted) there is
        // nothing to draw at.
        if let Some(size) = size.get() {
            // A hidden canvas has no size: it is drawn at the fallback size.
            let size = if size.0 > 0 && size.1 > 0 { size } else { FALLBACK_SIZE };
            let moment = Moment { revision, on_screen: on_screen.get(), moving };
            painter.repaint(&canvas, &histogram, &options, size, moment);
        }
        table.follow(histogram);
    });

    let drag = DragSelect::new(canvas_ref, painter.x_map, on_drag, on_pick);
    let axis_title_for_aria = axis_title.clone();
    let aria = move || match shapes.get() {
        true => labels::fill("plot-aria-shapes", &[("axis", &axis_title_for_aria)]),
        false => labels::fill("plot-aria-stack", &[("axis", &axis_title_for_aria)]),
    };
    let failure = painter.failure;
    let figure_id = format!("plot-{axis_id}");

    view! {
        <figure class="histogram" data-testid=figure_id>
            <div class="canvas-frame">
                <canvas
                    node_ref=canvas_ref
                    data-state="pending"
                    role="img"
                    aria-label=aria
                    on:pointerdown=move |ev| drag.press(&ev)
                    on:pointermove=move |ev| drag.follow(&ev)
                    on:pointerup=move |ev| drag.release(&ev)
                    on:pointercancel=move |_| drag.cancel()
                    on:describe=move |_: web_sys::Event| {
                        if let Some(canvas) = canvas_ref.get_untracked() {
                            describe(&canvas, &table, &painter);
                        }
                    }
                ></canvas>
                {move || drag.overlay()}
            </div>
            <PlotActions
                canvas_ref
                axis_id=axis_id.clone()
                axis_title=axis_title.clone()
                file_stem=format!("{analysis_id}-{axis_id}")
                svg_picture
                on_pick
            />
            <PlotTableDetails table axis_id axis_title />
            {move || {
                failure.get().map(|message| {
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

/// How a plot leads to the event display: `pick` lists a bin's collisions (`Some(x)`: the bin
/// under a click at x; `None`: let the student choose), offered only while `offered` holds (the
/// analysis ships event records).
#[derive(Clone, Copy)]
pub struct PickBins {
    pub pick: Callback<Option<f64>>,
    pub offered: Signal<bool>,
}

/// The table alternative's state: whether it is open, and the histogram as last computed.
#[derive(Clone, Copy)]
struct TableAlternative {
    open: RwSignal<bool>,
    current: RwSignal<Option<StackedHistogram>>,
}

impl TableAlternative {
    fn new() -> Self {
        Self { open: RwSignal::new(false), current: RwSignal::new(None) }
    }

    /// Keeps the table's histogram; only an open table is rebuilt, so a closed one costs
    /// nothing per cut.
    fn follow(&self, histogram: StackedHistogram) {
        if self.open.get_untracked() {
            self.current.set(Some(histogram));
        } else {
            self.current.update_untracked(|c| *c = Some(histogram));
        }
    }
}

/// The plot's table alternative, folded; built only while open.
#[component]
fn PlotTableDetails(table: TableAlternative, axis_id: String, axis_title: String) -> impl IntoView {
    let summary = labels::fill("table-summary", &[("axis", &axis_title)]);
    let rows = move || {
        table.open.get().then(|| {
            table
                .current
                .with(|h| h.as_ref().map(|h| view! { <PlotTable histogram=h.clone() axis_title=axis_title.clone() /> }))
        })
    };
    view! {
        <details
            class="plot-table"
            data-testid=format!("table-{axis_id}")
            on:toggle=move |ev| table.open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
        >
            <summary>{summary}</summary>
            {rows}
        </details>
    }
}

/// What changes at every step, on the canvas (see [`HistogramPlot`]): short fixed texts.
fn mark_progress(canvas: &HtmlCanvasElement, options: &DrawOptions, revision: u64) {
    _ = canvas.set_attribute("data-y-scale", if options.log { "log" } else { "linear" });
    _ = canvas.set_attribute("data-view", if options.shapes { "shapes" } else { "stack" });
    _ = canvas.set_attribute("data-revision", &revision.to_string());
}

/// The plot's numbers as attributes of its canvas, on request (see [`HistogramPlot`]): the
/// histogram of the latest selection, whether it is painted now or when it scrolls into view.
fn describe(canvas: &HtmlCanvasElement, table: &TableAlternative, painter: &Painter) {
    table.current.with_untracked(|histogram| {
        let Some(histogram) = histogram else { return };
        _ = canvas.set_attribute("data-data-sums", &format::number_list(&histogram.data_sums));
        _ = canvas.set_attribute("data-stack-sums", &format::number_list(&histogram.stack_sums));
        for (name, flow) in [("data-underflow", &histogram.underflow), ("data-overflow", &histogram.overflow)] {
            _ = match flow {
                Some(flow) => canvas.set_attribute(name, &format::number_list(&[flow.data_sum, flow.stack])),
                None => canvas.remove_attribute(name),
            };
        }
        let bin_labels: Vec<String> = histogram.bin_labels().into_iter().map(|(_, text)| text).collect();
        _ = match bin_labels.is_empty() {
            true => canvas.remove_attribute("data-bin-labels"),
            false => canvas.set_attribute("data-bin-labels", &bin_labels.join("|")),
        };
    });
    if let Some(map) = painter.x_map.get_value() {
        let numbers = [map.left, map.right, map.top, map.bottom, map.x_from, map.x_to];
        _ = canvas.set_attribute("data-x-map", &numbers.map(|v| v.to_string()).join(","));
        _ = canvas.set_attribute("data-y-max", &map.y_max.to_string());
        _ = canvas.set_attribute("data-y-factor", &map.y_factor.to_string());
    }
    if let Some(revision) = painter.painted_revision.get_value() {
        _ = canvas.set_attribute("data-painted-revision", &revision.to_string());
    }
    if let Some(drawings) = painter.scaffold.try_with_value(|scaffold| scaffold.drawings) {
        _ = canvas.set_attribute("data-scaffold-draws", &drawings.to_string());
    }
}

/// The canvas's laid-out CSS size, from a `ResizeObserver`: `None` until the browser has laid it
/// out (and a task after that: the first size draws the plot), then updated whenever its box
/// changes (0 × 0 while it is hidden). Reading `clientWidth` instead forces a layout of
/// the whole page on the spot, once per plot while they are drawn one after another (on hzz4l's
/// first view, 156 ms of main-thread time at 4× CPU slowdown, in the middle of the start-up's
/// longest task); the observer is told the sizes after the browser's own layout, before the
/// frame is painted.
pub(crate) fn watch_size(canvas_ref: NodeRef<Canvas>) -> RwSignal<Option<(u32, u32)>> {
    let size = RwSignal::new(None);
    let on_entry = move |entry: web_sys::ResizeObserverEntry| {
        let rect = entry.content_rect();
        let measured = (rect.width().round().max(0.0) as u32, rect.height().round().max(0.0) as u32);
        if size.get_untracked().is_none() {
            // The first size, which draws the plot for the first time: in a task of its own
            // rather than in the frame that laid out the view, where every plot of the page
            // would be drawn in one go (a few hundred milliseconds on an old laptop).
            set_timeout(move || _ = size.try_set(Some(measured)), std::time::Duration::ZERO);
        } else if size.get_untracked() != Some(measured) {
            size.set(Some(measured));
        }
    };
    observe_canvas(canvas_ref, on_entry, |callback, canvas| {
        let watcher = web_sys::ResizeObserver::new(callback).ok()?;
        watcher.observe(canvas);
        Some(Box::new(move || watcher.disconnect()))
    });
    size
}

/// Whether the canvas is on (or near) the screen. An off-screen plot keeps its numbers up to
/// date but is only painted once it scrolls into view: during a drag on an old laptop the CPU
/// goes to the plots someone can see.
fn watch_visibility(canvas_ref: NodeRef<Canvas>) -> RwSignal<bool> {
    let on_screen = RwSignal::new(true);
    let on_entry = move |entry: web_sys::IntersectionObserverEntry| on_screen.set(entry.is_intersecting());
    observe_canvas(canvas_ref, on_entry, |callback, canvas| {
        let init = web_sys::IntersectionObserverInit::new();
        init.set_root_margin("200px 0px");
        let watcher = web_sys::IntersectionObserver::new_with_options(callback, &init).ok()?;
        watcher.observe(canvas);
        Some(Box::new(move || watcher.disconnect()))
    });
    on_screen
}

/// Once the canvas is on the page, watches it with the observer `start` makes from a callback
/// (returning how to stop it), and calls `on_entry` with the last entry of each batch the
/// observer reports; the observer stops when the component goes.
fn observe_canvas<E: JsCast + 'static>(
    canvas_ref: NodeRef<Canvas>,
    on_entry: impl Fn(E) + Clone + 'static,
    start: impl Fn(&js_sys::Function, &HtmlCanvasElement) -> Option<Box<dyn Fn()>> + 'static,
) {
    let observer = StoredValue::new_local(None::<(Box<dyn Fn()>, Closure<dyn FnMut(js_sys::Array)>)>);
    Effect::new(move |_| {
        let Some(canvas) = canvas_ref.get() else { return };
        if observer.with_value(Option::is_some) {
            return;
        }
        let on_entry = on_entry.clone();
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries.iter().last().and_then(|e| e.dyn_into::<E>().ok()) {
                on_entry(entry);
            }
        });
        if let Some(stop) = start(callback.as_ref().unchecked_ref(), &canvas) {
            observer.set_value(Some((stop, callback)));
        }
    });
    on_cleanup(move || {
        observer.with_value(|o| {
            if let Some((stop, _)) = o {
                stop();
            }
        });
    });
}

/// When a plot is asked to repaint: the selection its histogram belongs to, whether the plot is
/// on (or near) the screen, and whether the selection is moving ([`AnalysisState::is_still`]).
#[derive(Clone, Copy)]
struct Moment {
    revision: u64,
    on_screen: bool,
    moving: bool,
}

/// What one plot keeps between repaints: the picture on its canvas, its scaffolding, its
/// measured size and where its axes landed.
#[derive(Clone, Copy)]
struct Painter {
    header: StoredValue<PlotHeader>,
    drawn: StoredValue<Option<Drawn>>,
    scaffold: StoredValue<Scaffold, LocalStorage>,
    x_map: StoredValue<Option<XMap>>,
    draws: StoredValue<u64>,
    /// The selection the canvas shows, once painted.
    painted_revision: StoredValue<Option<u64>>,
    failure: RwSignal<Option<String>>,
}

impl Painter {
    fn new(header: PlotHeader) -> Self {
        Self {
            header: StoredValue::new(header),
            drawn: StoredValue::new(None),
            scaffold: StoredValue::new_local(Scaffold::default()),
            x_map: StoredValue::new(None),
            draws: StoredValue::new(0),
            painted_revision: StoredValue::new(None),
            failure: RwSignal::new(None),
        }
    }

    fn shows(&self, histogram: &StackedHistogram, options: &DrawOptions, size: (u32, u32)) -> bool {
        self.drawn.with_value(|d| {
            d.as_ref().is_some_and(|d| d.size == size && d.options == *options && d.histogram == *histogram)
        })
    }

    /// Paints `histogram` at `size` (the canvas's CSS size) unless the canvas already shows it
    /// (with a y axis fitted to it, once the selection is no longer moving); every plot is
    /// painted once, after that an off-screen one waits until it is seen.
    fn repaint(
        &self,
        canvas: &HtmlCanvasElement,
        histogram: &StackedHistogram,
        options: &DrawOptions,
        size: (u32, u32),
        Moment { revision, on_screen, moving }: Moment,
    ) {
        let painted = self.drawn.with_value(Option::is_some);
        let shown = self.shows(histogram, options, size)
            && (moving || !self.scaffold.with_value(|scaffold| scaffold.held_for_moving(histogram, options)));
        if !shown && (on_screen || !painted) {
            let clock = web_sys::window().and_then(|w| w.performance());
            let started = clock.as_ref().map_or(0.0, web_sys::Performance::now);
            let result = self
                .scaffold
                .try_update_value(|scaffold| {
                    self.header
                        .with_value(|header| draw_with(canvas, size, scaffold, histogram, header, options, moving))
                })
                .unwrap_or_else(|| Err("the plot is gone".to_owned()));
            let took = clock.as_ref().map_or(0.0, web_sys::Performance::now) - started;
            match result {
                Ok(map) => {
                    _ = canvas.set_attribute("data-draw-ms", &format!("{took:.3}"));
                    if self.failure.with_untracked(Option::is_some) {
                        self.failure.set(None);
                    }
                    self.x_map.set_value(Some(map));
                    self.draws.update_value(|n| *n += 1);
                    _ = canvas.set_attribute("data-draws", &self.draws.get_value().to_string());
                    _ = canvas.set_attribute("data-state", "drawn");
                    let drawn = Drawn { histogram: histogram.clone(), options: options.clone(), size };
                    self.drawn.set_value(Some(drawn));
                }
                Err(message) => {
                    _ = canvas.set_attribute("data-state", "failed");
                    self.drawn.set_value(None);
                    self.failure.set(Some(message));
                }
            }
        }
        if self.shows(histogram, options, size) {
            self.painted_revision.set_value(Some(revision));
        }
        if !on_screen {
            self.scaffold.update_value(Scaffold::forget_spares);
        }
    }
}

/// Dragging a range across a plot: the start and current x in CSS pixels while a pointer is
/// down, committed as plot values through `on_drag` when it lifts.
#[derive(Clone, Copy)]
struct DragSelect {
    canvas_ref: NodeRef<Canvas>,
    x_map: StoredValue<Option<XMap>>,
    span: RwSignal<Option<(f64, f64)>>,
    on_drag: Callback<(f64, f64)>,
    on_pick: Option<PickBins>,
}

impl DragSelect {
    fn new(
        canvas_ref: NodeRef<Canvas>,
        x_map: StoredValue<Option<XMap>>,
        on_drag: Callback<(f64, f64)>,
        on_pick: Option<PickBins>,
    ) -> Self {
        Self { canvas_ref, x_map, span: RwSignal::new(None), on_drag, on_pick }
    }

    /// A press inside the plotting area (the main mouse button, a pen or a finger) starts a drag.
    fn press(&self, ev: &web_sys::PointerEvent) {
        if ev.pointer_type() == "mouse" && ev.button() != 0 {
            return;
        }
        let (x, y) = (f64::from(ev.offset_x()), f64::from(ev.offset_y()));
        if !self.x_map.with_value(|m| m.is_some_and(|m| m.inside(x, y))) {
            return;
        }
        ev.prevent_default();
        if let Some(canvas) = self.canvas_ref.get_untracked() {
            _ = canvas.set_pointer_capture(ev.pointer_id());
        }
        self.span.set(Some((x, x)));
    }

    fn follow(&self, ev: &web_sys::PointerEvent) {
        if self.span.with_untracked(Option::is_some) {
            let x = f64::from(ev.offset_x());
            self.span.update(|span| {
                if let Some((_, now)) = span {
                    *now = x;
                }
            });
        }
    }

    /// The pointer lifted: a drag of at least [`MIN_DRAG_PX`] becomes a cut; anything shorter
    /// is a click, which picks its bin when the plot offers the event display.
    fn release(&self, ev: &web_sys::PointerEvent) {
        let Some((start, _)) = self.span.get_untracked() else { return };
        self.span.set(None);
        let end = f64::from(ev.offset_x());
        if (end - start).abs() < MIN_DRAG_PX {
            if let (Some(on_pick), Some(map)) = (self.on_pick, self.x_map.get_value()) {
                if on_pick.offered.get_untracked() {
                    on_pick.pick.run(Some(map.value(start)));
                }
            }
            return;
        }
        if let Some(map) = self.x_map.get_value() {
            self.on_drag.run((map.value(start), map.value(end)));
        }
    }

    fn cancel(&self) {
        self.span.set(None);
    }

    /// The selected stretch as an overlay over the plotting area while the pointer is down.
    fn overlay(&self) -> Option<impl IntoView> {
        let (a, b) = self.span.get()?;
        let map = self.x_map.get_value()?;
        let (from, to) = (a.min(b).max(map.left), a.max(b).min(map.right));
        let (width, height) = ((to - from).max(0.0), map.bottom - map.top);
        Some(view! {
            <div
                class="drag-span"
                aria-hidden="true"
                style:left=format!("{from}px")
                style:width=format!("{width}px")
                style:top=format!("{}px", map.top)
                style:height=format!("{height}px")
            ></div>
        })
    }
}

/// The download buttons under a plot: the canvas as PNG, the same drawing as SVG
/// (`svg_picture`, drawn from the selection at the moment of the click at the canvas's CSS
/// size), and the reason when saving failed.
#[component]
fn PlotActions(
    canvas_ref: NodeRef<Canvas>,
    axis_id: String,
    axis_title: String,
    file_stem: String,
    svg_picture: Callback<(), SvgPicture>,
    on_pick: Option<PickBins>,
) -> impl IntoView {
    let export_failure = RwSignal::new(None::<String>);
    let png_name = format!("{file_stem}.png");
    let svg_name = format!("{file_stem}.svg");
    let download_png = move |_| {
        let Some(canvas) = canvas_ref.get_untracked() else { return };
        let result = export::download_canvas_png(&canvas, &png_name);
        export_failure.set(result.err().map(|error| format!("{error:?}")));
    };
    let download_svg = move |_| {
        let picture = svg_picture.run(());
        let svg_name = svg_name.clone();
        leptos::task::spawn_local(async move {
            let drawn = deferred!(svg(picture)).await.unwrap_or_else(|error| Err(error.message()));
            let result = drawn.and_then(|text| {
                export::download_text(&text, "image/svg+xml", &svg_name).map_err(|error| format!("{error:?}"))
            });
            _ = export_failure.try_set(result.err());
        });
    };
    view! {
        <div class="plot-actions">
            <button
                type="button"
                data-testid=format!("download-png-{axis_id}")
                aria-label=labels::fill("plot-download-png-aria", &[("axis", &axis_title)])
                on:click=download_png
            >
                {labels::text("plot-download-png")}
            </button>
            <button
                type="button"
                data-testid=format!("download-svg-{axis_id}")
                aria-label=labels::fill("plot-download-svg-aria", &[("axis", &axis_title)])
                on:click=download_svg
            >
                {labels::text("plot-download-svg")}
            </button>
            {on_pick.map(|on_pick| {
                let testid = format!("events-show-{axis_id}");
                move || {
                    on_pick.offered.get().then(|| {
                        view! {
                            <button
                                type="button"
                                data-testid=testid.clone()
                                title=labels::text("events-show-title")
                                on:click=move |_| on_pick.pick.run(None)
                            >
                                {labels::text("events-show")}
                            </button>
                        }
                    })
                }
            })}
        </div>
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
    }
}

/// The table alternative to a plot: one row per bin (flow bins included), one column per
/// simulated process, their sum with its statistical error, and the data (whole events).
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
                    {has_data.then(|| view! { <td class="number">{crate::model::yields::count(row.data)}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table>
                <caption>{labels::fill("table-caption", &[("axis", &axis_title)])}</caption>
                <thead>
                    <tr>
                        <th scope="col">{labels::text("table-bin")}</th>
                        {head}
                        <th scope="col" class="number">{labels::text("table-stack")}</th>
                        <th scope="col" class="number">{labels::text("table-mc-stat")}</th>
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
        <ul class="legend" aria-label=labels::text("plot-legend-aria") data-testid="legend">
            {data}
            {layers}
            <li class="legend-static" data-testid="legend-mc-stat">
                <svg class="legend-mark" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                    <rect width="14" height="14" fill="#1d1d1f" fill-opacity="0.3"></rect>
                </svg>
                {labels::text("plot-mc-stat")}
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
    draw_with(canvas, css_size(canvas), &mut Scaffold::default(), histogram, header, options, false)
}

/// The canvas's laid-out size in CSS pixels, or a fallback while it has none (e.g. hidden).
/// Reading it forces the browser to lay the page out: the app's plots are told their size by a
/// `ResizeObserver` instead ([`watch_size`]); this is for drawing once (the tests).
pub fn css_size(canvas: &HtmlCanvasElement) -> (u32, u32) {
    match (canvas.client_width(), canvas.client_height()) {
        (w, h) if w > 0 && h > 0 => (w as u32, h as u32),
        _ => FALLBACK_SIZE,
    }
}

/// As [`draw`], keeping the plot's scaffolding in `scaffold` between repaints: only when the
/// size, the view options or the (rounded) y range change is it drawn again. While the
/// selection is `moving` the y axis drawn is kept through larger changes of the contents
/// ([`ticks::keeps_y_axis`]).
pub fn draw_with(
    canvas: &HtmlCanvasElement,
    (css_width, css_height): (u32, u32),
    scaffold: &mut Scaffold,
    histogram: &StackedHistogram,
    header: &PlotHeader,
    options: &DrawOptions,
    moving: bool,
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
    let key = scaffold.key_for((width, height), histogram, options, moving);
    if !scaffold.bring_forward(&key) {
        let layer = match scaffold.spare_canvas() {
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
        draw_scaffolding(&root, histogram, header, options, scale, key.y_range()).map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
        scaffold.drawn.insert(0, (key.clone(), layer));
        scaffold.drawings += 1;
    }
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok().flatten().ok_or("the browser gave no 2D drawing context")?.unchecked_into();
    if let Some((_, layer)) = scaffold.drawn.first() {
        context.draw_image_with_html_canvas_element(layer, 0.0, 0.0).map_err(|e| format!("{e:?}"))?;
    }
    let root = Canvas2d::new(canvas)?.into_drawing_area();
    let area = draw_contents(&root, histogram, options, scale, key.y_range()).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())?;
    Ok(area.x_map(density))
}

type DrawError<DB> = DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>;

/// What the SVG download draws: the selection, header and options at the moment of the click,
/// at the canvas's CSS size.
pub struct SvgPicture {
    pub histogram: StackedHistogram,
    pub header: PlotHeader,
    pub options: DrawOptions,
    pub width: u32,
    pub height: u32,
}

/// The plot as an SVG document (see [`svg_text`]). A split point (`crate::ui::deferred!`): the
/// SVG backend and the second instantiation of the drawing code that it needs are fetched at the
/// first SVG download; the outer error is that fetch failing, the inner one the drawing.
#[cfg_attr(wasm_split, leptos::wasm_split::wasm_split(svg, fallible, wasm_split_path = ::leptos::wasm_split))]
pub fn svg(picture: SvgPicture) -> Result<Result<String, String>, PartNotLoaded> {
    Ok(svg_text(&picture))
}

/// The plot as an SVG document of `width` × `height` pixels, drawn exactly as on the canvas
/// (same code, plotters' SVG backend), for slides and reports that need a vector image.
fn svg_text(picture: &SvgPicture) -> Result<String, String> {
    let SvgPicture { histogram, header, options, width, height } = picture;
    let mut text = String::new();
    {
        let root = plotters::backend::SVGBackend::with_string(&mut text, (*width, *height)).into_drawing_area();
        let scale = if options.projector { PROJECTOR_SCALE } else { 1.0 };
        let y_range = y_axis(histogram, options);
        draw_scaffolding(&root, histogram, header, options, scale, y_range).map_err(|e| e.to_string())?;
        draw_contents(&root, histogram, options, scale, y_range).map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(text)
}

/// Background, frame, grid, tick labels, axis titles, the "ATLAS Open Data" label and the
/// flow columns' labels: what changes only with the size, the view options and the y range.
fn draw_scaffolding<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    h: &StackedHistogram,
    header: &PlotHeader,
    options: &DrawOptions,
    scale: f64,
    y_range: (f64, f64),
) -> Result<(), DrawError<DB>> {
    root.fill(&WHITE)?;
    let panels = Panels::split(root, h, options);
    let mut frame = Frame::new(&panels, h, options, scale, y_range)?;
    frame.draw_mesh()?;
    frame.draw_ratio_mesh()?;
    frame.draw_bin_labels()?;
    frame.draw_flow_labels()?;
    frame.draw_header(header)
}

/// The stack and its band (or the shapes), the flow columns, the data, the ratio panel's band
/// and points, and the shading of what the cut removes: what changes with every cut.
fn draw_contents<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    h: &StackedHistogram,
    options: &DrawOptions,
    scale: f64,
    y_range: (f64, f64),
) -> Result<Area, DrawError<DB>> {
    let panels = Panels::split(root, h, options);
    let mut frame = Frame::new(&panels, h, options, scale, y_range)?;
    if options.shapes {
        frame.draw_shapes()?;
    } else {
        frame.draw_stack()?;
        frame.draw_flow_columns()?;
        frame.draw_data()?;
    }
    frame.draw_ratio_contents()?;
    frame.draw_cut_shading()?;
    Ok(frame.area())
}

/// The canvas split into the main panel and, when there is one, the ratio panel below it.
struct Panels<DB: DrawingBackend> {
    root: DrawingArea<DB, Shift>,
    upper: DrawingArea<DB, Shift>,
    lower: Option<DrawingArea<DB, Shift>>,
}

impl<DB: DrawingBackend> Panels<DB> {
    fn split(root: &DrawingArea<DB, Shift>, h: &StackedHistogram, options: &DrawOptions) -> Self {
        let ratio_panel = options.ratio && !options.shapes && !h.data_processes.is_empty();
        let (_, height) = root.dim_in_pixel();
        let (upper, lower) = if ratio_panel {
            let (u, l) = root.split_vertically((f64::from(height) * 0.68).round() as i32);
            (u, Some(l))
        } else {
            (root.clone(), None)
        };
        Self { root: root.clone(), upper, lower }
    }
}

type Chart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The ratio panel's y range: data over simulation from 0 to 2.
const RATIO_RANGE: (f64, f64) = (0.0, 2.0);

/// One picture of a plot: its panels' charts, its x and y ranges and how it writes and draws,
/// shared by the scaffolding and the contents so both land on the same pixels.
struct Frame<'a, DB: DrawingBackend> {
    root: &'a DrawingArea<DB, Shift>,
    upper: &'a DrawingArea<DB, Shift>,
    h: &'a StackedHistogram,
    options: &'a DrawOptions,
    scale: f64,
    ink: RGBColor,
    chart: Chart<'a, DB>,
    ratio: Option<Chart<'a, DB>>,
    /// The axis's first and last edge, and the drawn x range (wider by the flow columns).
    x_low: f64,
    x_high: f64,
    plot_low: f64,
    plot_high: f64,
    /// The drawn y range, in log10 units on a log axis.
    y_low: f64,
    y_high: f64,
    /// A log y axis (never in the shapes view).
    log: bool,
    /// The power of ten taken out of the linear y labels ([`ticks::y_factor`]).
    y_factor: i32,
}

impl<'a, DB: DrawingBackend> Frame<'a, DB> {
    fn new(
        panels: &'a Panels<DB>,
        h: &'a StackedHistogram,
        options: &'a DrawOptions,
        scale: f64,
        (y_low, y_high): (f64, f64),
    ) -> Result<Self, DrawError<DB>> {
        let px = |css: f64| (css * scale).round() as i32;
        let (x_low, x_high) = (h.edges[0], *h.edges.last().expect("an axis has edges"));
        let (plot_low, plot_high) = x_axis(h, options);
        // Under a discrete axis the labels are drawn by the frame, one line of them.
        let x_label_area = match (&panels.lower, discrete(h)) {
            (Some(_), _) => px(6.0),
            (None, true) => px(48.0),
            (None, false) => px(54.0),
        };
        let chart = ChartBuilder::on(&panels.upper)
            .margin_top(px(10.0))
            .margin_left(px(10.0))
            .margin_right(px(14.0))
            .margin_bottom(if panels.lower.is_some() { 0 } else { px(10.0) })
            .x_label_area_size(x_label_area)
            .y_label_area_size(px(66.0))
            .build_cartesian_2d(plot_low..plot_high, y_low..y_high)?;
        let ratio = match &panels.lower {
            Some(lower) => Some(
                ChartBuilder::on(lower)
                    .margin_left(px(10.0))
                    .margin_right(px(14.0))
                    .margin_bottom(px(8.0))
                    .margin_top(px(4.0))
                    .x_label_area_size(px(40.0))
                    .y_label_area_size(px(66.0))
                    .build_cartesian_2d(plot_low..plot_high, RATIO_RANGE.0..RATIO_RANGE.1)?,
            ),
            None => None,
        };
        let log = options.log && !options.shapes;
        Ok(Self {
            root: &panels.root,
            upper: &panels.upper,
            h,
            options,
            scale,
            ink: if options.projector { BLACK } else { RGBColor(0x1d, 0x1d, 0x1f) },
            chart,
            ratio,
            x_low,
            x_high,
            plot_low,
            plot_high,
            y_low,
            y_high,
            log,
            y_factor: if log { 0 } else { ticks::y_factor(y_high) },
        })
    }

    fn px(&self, css: f64) -> i32 {
        (css * self.scale).round() as i32
    }

    fn stroke(&self, css: f64) -> u32 {
        self.px(css).max(1) as u32
    }

    fn font(&self, css: f64) -> (&'static str, f64) {
        ("sans-serif", css * self.scale)
    }

    /// A value in the main panel's y units: its log10 on a log axis (never below the floor).
    fn y(&self, value: f64) -> f64 {
        if self.log {
            value.max(10f64.powf(self.y_low)).log10()
        } else {
            value
        }
    }

    fn band_fill(&self) -> ShapeStyle {
        self.ink.mix(if self.options.projector { 0.45 } else { 0.3 }).filled()
    }

    /// The main panel's grid, y tick labels and y title, and its x labels unless the ratio panel
    /// or the frame itself ([`Self::draw_bin_labels`]) writes them.
    fn draw_mesh(&mut self) -> Result<(), DrawError<DB>> {
        let h = self.h;
        let y_title = if self.options.shapes { labels::text("plot-fraction-per-bin") } else { h.y_title.clone() };
        let y_title = match ticks::factor_suffix(self.y_factor) {
            suffix if suffix.is_empty() => y_title,
            suffix => format!("{y_title} ({suffix})"),
        };
        let (log, factor) = (self.log, self.y_factor);
        // Log ticks only at powers of ten, where 10^k reads as a number.
        let y_tick = move |v: &f64| match log {
            false => ticks::y_tick(*v, factor),
            true if (v - v.round()).abs() < 1e-6 => ticks::log_tick(v.round() as i32),
            true => String::new(),
        };
        let y_tick_count = if log { ((self.y_high - self.y_low).ceil() as usize + 1).max(2) } else { 8 };
        let x_tick = self.x_tick_formatter();
        let (grid, axis_line) = (self.ink.mix(0.08), self.ink.stroke_width(self.stroke(1.0)));
        let (desc_font, label_font) = (self.font(15.0), self.font(13.0));
        let below = self.ratio.is_none() && !discrete(h);
        let mut mesh = self.chart.configure_mesh();
        mesh.disable_x_mesh()
            .x_labels(if discrete(h) { 0 } else { 10 })
            .y_labels(y_tick_count)
            .bold_line_style(grid)
            .light_line_style(TRANSPARENT)
            .axis_style(axis_line)
            .y_desc(y_title.as_str())
            .axis_desc_style(desc_font)
            .label_style(label_font)
            .x_label_formatter(&x_tick)
            .y_label_formatter(&y_tick);
        if self.ratio.is_none() {
            mesh.x_desc(h.axis_title.as_str());
        }
        if !below {
            // The ratio panel or the frame writes the x labels; here the ticks stay unlabelled.
            mesh.x_label_formatter(&|_| String::new());
        }
        mesh.draw()
    }

    /// The ratio panel's grid, labels, titles and its line at 1.
    fn draw_ratio_mesh(&mut self) -> Result<(), DrawError<DB>> {
        let h = self.h;
        let x_tick = self.x_tick_formatter();
        let (grid, axis_line) = (self.ink.mix(0.08), self.ink.stroke_width(self.stroke(1.0)));
        let (desc_font, label_font) = (self.font(13.0), self.font(12.0));
        let line = self.ink.mix(0.6).stroke_width(self.stroke(1.0));
        let (plot_low, plot_high) = (self.plot_low, self.plot_high);
        let Some(ratio) = &mut self.ratio else { return Ok(()) };
        ratio
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(if discrete(h) { 0 } else { 10 })
            .y_labels(3)
            .bold_line_style(grid)
            .light_line_style(TRANSPARENT)
            .axis_style(axis_line)
            .x_desc(h.axis_title.as_str())
            .y_desc(labels::text("plot-ratio"))
            .axis_desc_style(desc_font)
            .label_style(label_font)
            .x_label_formatter(&x_tick)
            .y_label_formatter(&|v: &f64| ticks::tick(*v))
            .draw()?;
        ratio.draw_series(std::iter::once(PathElement::new(vec![(plot_low, 1.0), (plot_high, 1.0)], line)))?;
        Ok(())
    }

    /// A continuous axis's tick labels: its values inside the axis, nothing over the flow
    /// columns (they are labelled on their own; an axis value there would be a lie).
    fn x_tick_formatter(&self) -> impl Fn(&f64) -> String {
        let (x_low, x_high) = (self.x_low, self.x_high);
        move |v: &f64| {
            let inside = *v >= x_low - 1e-9 && *v <= x_high + 1e-9;
            if inside {
                ticks::tick(*v)
            } else {
                String::new()
            }
        }
    }

    /// Under a category or integer axis, each bin's name (or count) at its centre with a short
    /// tick, and an integer axis's overflow column as "≥ n": one bar, one label. Labels that
    /// would touch are thinned to every second, third … one.
    fn draw_bin_labels(&mut self) -> Result<(), DrawError<DB>> {
        let h = self.h;
        if !discrete(h) {
            return Ok(());
        }
        let mut entries = h.bin_labels();
        if self.options.shapes {
            // The shapes view draws no flow columns.
            entries.truncate(h.edges.len() - 1);
        }
        let chart = self.ratio.as_ref().unwrap_or(&self.chart);
        let bottom = if self.ratio.is_some() { RATIO_RANGE.0 } else { self.y_low };
        let style = TextStyle::from(self.font(13.0)).pos(Pos::new(HPos::Center, VPos::Top)).color(&self.ink);
        let widest = entries
            .iter()
            .filter_map(|(_, text)| self.root.estimate_text_size(text, &style).ok())
            .map(|(w, _)| w as i32)
            .max()
            .unwrap_or(0);
        let (pixels, _) = chart.plotting_area().get_pixel_range();
        let room = (pixels.end - pixels.start).max(1);
        let needed = (widest + self.px(8.0)) * entries.len() as i32;
        let step = ((needed + room - 1) / room).max(1) as usize;
        let tick_line = self.ink.stroke_width(self.stroke(1.0));
        for (x, text) in entries.into_iter().step_by(step) {
            let (at_x, at_y) = chart.backend_coord(&(x, bottom));
            self.root.draw(&PathElement::new(vec![(at_x, at_y), (at_x, at_y + self.px(4.0))], tick_line))?;
            self.root.draw(&Text::new(text, (at_x, at_y + self.px(6.0)), style.clone()))?;
        }
        Ok(())
    }

    /// Each flow column's label at its top ("< 80", "≥ 250"); an integer axis writes its
    /// overflow label under the axis instead, like its other counts.
    fn draw_flow_labels(&mut self) -> Result<(), DrawError<DB>> {
        if self.options.shapes {
            return Ok(());
        }
        let colour = self.ink.mix(0.75);
        let style = TextStyle::from(self.font(12.0)).pos(Pos::new(HPos::Center, VPos::Top)).color(&colour);
        let h = self.h;
        let columns = [(&h.underflow, self.plot_low, self.x_low), (&h.overflow, self.x_high, self.plot_high)];
        for (flow, from, to) in columns {
            if let Some(flow) = flow.as_ref().filter(|_| !h.counts) {
                let label = Text::new(flow.label.clone(), (0.5 * (from + to), self.y_high), style.clone());
                self.chart.draw_series(std::iter::once(label))?;
            }
        }
        Ok(())
    }

    /// The label in the corner: "ATLAS Open Data" in bold, what the data are, then √s and ∫L dt,
    /// inside the frame just right of the underflow column.
    fn draw_header(&mut self, header: &PlotHeader) -> Result<(), DrawError<DB>> {
        let (_, y_pixels) = self.chart.plotting_area().get_pixel_range();
        let origin = self.chart.backend_coord(&(self.x_low, self.y_high));
        let (text_x, text_y) = (origin.0 + self.px(8.0), y_pixels.start + self.px(6.0));
        let bold = FontDesc::new(FontFamily::SansSerif, 15.0 * self.scale, FontStyle::Bold).color(&self.ink);
        self.upper.draw(&Text::new(header.experiment.clone(), (text_x, text_y), bold.clone()))?;
        let experiment_width =
            self.upper.estimate_text_size(&header.experiment, &bold).map_or(self.px(130.0) as u32, |(w, _)| w) as i32;
        let mut line = 1;
        if let Some(qualifier) = &header.qualifier {
            let plain = FontDesc::new(FontFamily::SansSerif, 15.0 * self.scale, FontStyle::Normal).color(&self.ink);
            let qualifier_width =
                self.upper.estimate_text_size(qualifier, &plain).map_or(self.px(150.0) as u32, |(w, _)| w) as i32;
            // Beside the experiment when it fits before the overflow column, else on a line of its own.
            let room = self.chart.backend_coord(&(self.x_high, self.y_high)).0 - self.px(6.0);
            let beside = text_x + experiment_width * 11 / 10 + self.px(8.0);
            if beside + qualifier_width * 11 / 10 <= room {
                self.upper.draw(&Text::new(qualifier.clone(), (beside, text_y), plain))?;
            } else {
                self.upper.draw(&Text::new(qualifier.clone(), (text_x, text_y + self.px(19.0)), plain))?;
                line = 2;
            }
        }
        let small = FontDesc::new(FontFamily::SansSerif, 13.0 * self.scale, FontStyle::Normal).color(&self.ink);
        let conditions_y = text_y + self.px(19.0) * line + self.px(1.0);
        self.upper.draw(&Text::new(header.conditions.clone(), (text_x, conditions_y), small))?;
        Ok(())
    }

    /// The shapes view: each process's normalised shape as a line, the data's as points.
    fn draw_shapes(&mut self) -> Result<(), DrawError<DB>> {
        let h = self.h;
        let n = h.edges.len() - 1;
        let (lines, data) = h.shapes();
        for line in &lines {
            let colour = RGBColor(line.color.0, line.color.1, line.color.2);
            let width = if line.role == histcube::Role::Signal { 3.0 } else { 2.0 };
            let steps: Vec<(f64, f64)> =
                (0..n).flat_map(|i| [(h.edges[i], line.fractions[i]), (h.edges[i + 1], line.fractions[i])]).collect();
            let style = colour.stroke_width(self.stroke(width));
            self.chart.draw_series(std::iter::once(PathElement::new(steps, style)))?;
        }
        let Some(fractions) = data else { return Ok(()) };
        let total: f64 = h.data_sums.iter().sum();
        let bar = self.ink.stroke_width(self.stroke(1.5));
        self.chart.draw_series(h.data.iter().map(|d| {
            ErrorBar::new_vertical(
                d.x,
                (d.events - d.down) / total,
                d.events / total,
                (d.events + d.up) / total,
                bar,
                0,
            )
        }))?;
        let (radius, dot) = (self.px(3.5), self.ink.filled());
        self.chart.draw_series(
            (0..n)
                .filter(|&i| fractions[i] > 0.0)
                .map(|i| Circle::new((0.5 * (h.edges[i] + h.edges[i + 1]), fractions[i]), radius, dot)),
        )?;
        Ok(())
    }

    /// The simulated processes stacked, and their statistical uncertainty (±√Σw² around the top
    /// of the stack) as a translucent band.
    fn draw_stack(&mut self) -> Result<(), DrawError<DB>> {
        let h = self.h;
        let n = h.edges.len() - 1;
        let y = |v: f64| self.y(v);
        let mut bars = Vec::new();
        for layer in &h.layers {
            let fill = RGBColor(layer.color.0, layer.color.1, layer.color.2).filled();
            bars.extend((0..n).filter(|&i| layer.tops[i] != layer.bottoms[i]).map(|i| {
                Rectangle::new([(h.edges[i], y(layer.bottoms[i])), (h.edges[i + 1], y(layer.tops[i]))], fill)
            }));
        }
        let band_fill = self.band_fill();
        let band: Vec<_> = (0..n)
            .filter(|&i| h.stack_sumw2[i] > 0.0)
            .map(|i| {
                let sigma = h.stack_sumw2[i].sqrt();
                let (low, high) = (y(h.stack_sums[i] - sigma), y(h.stack_sums[i] + sigma));
                Rectangle::new([(h.edges[i], low), (h.edges[i + 1], high)], band_fill)
            })
            .collect();
        self.chart.draw_series(bars)?;
        self.chart.draw_series(band)?;
        Ok(())
    }

    /// Each flow column: the stack paler than in range and a thin border at the axis end, and
    /// its data point, all below the column's label. A column that would reach into the label is
    /// cut lower, with its value written on the cut (the data's when their point is cut, else the
    /// stack's).
    fn draw_flow_columns(&mut self) -> Result<(), DrawError<DB>> {
        let h = self.h;
        let separator = self.ink.mix(0.35).stroke_width(self.stroke(1.0));
        // In plot units: the bottom of the label at the column's top (an integer axis writes it
        // under the axis instead), and where a cut column ends, leaving room for its value.
        let (_, y_pixels) = self.chart.plotting_area().get_pixel_range();
        let per_pixel = (self.y_high - self.y_low) / f64::from((y_pixels.end - y_pixels.start).max(1));
        let label_room = if h.counts { 0.0 } else { 18.0 };
        let label_cap = self.y_high - per_pixel * f64::from(self.px(label_room));
        let cut_cap = self.y_high - per_pixel * f64::from(self.px(label_room + 18.0));
        let columns = [(&h.underflow, self.plot_low, self.x_low), (&h.overflow, self.x_high, self.plot_high)];
        for (flow, from, to) in columns {
            let Some(flow) = flow else { continue };
            let data_top = flow.data.map_or(f64::NEG_INFINITY, |d| self.y(d.events));
            let cut = self.y(flow.stack).max(data_top) > label_cap;
            let limit = if cut { cut_cap } else { label_cap };
            let margin = (to - from) * 0.1;
            let pieces: Vec<_> = h
                .layers
                .iter()
                .zip(&flow.layers)
                .filter(|(_, (bottom, top))| top != bottom)
                .map(|(layer, &(bottom, top))| {
                    let fill = RGBColor(layer.color.0, layer.color.1, layer.color.2).mix(0.6).filled();
                    let (low, high) = (self.y(bottom).min(limit), self.y(top).min(limit));
                    Rectangle::new([(from + margin, low), (to - margin, high)], fill)
                })
                .collect();
            self.chart.draw_series(pieces)?;
            let end = if from < self.x_low { to } else { from };
            let border = PathElement::new(vec![(end, self.y_low), (end, self.y_high)], separator);
            self.chart.draw_series(std::iter::once(border))?;
            let data_cut = data_top > limit;
            if let Some(point) = flow.data.filter(|_| !data_cut) {
                self.draw_flow_point(0.5 * (from + to), point.events, point.down, point.up, limit)?;
            }
            if cut {
                let value = if data_cut { flow.data_sum } else { flow.stack };
                self.write_cut_value(value, from, to, cut_cap)?;
            }
        }
        Ok(())
    }

    /// A flow column's data point, its error bar stopped at `limit` (plot units).
    fn draw_flow_point(&mut self, x: f64, events: f64, down: f64, up: f64, limit: f64) -> Result<(), DrawError<DB>> {
        let (low, mid, high) = (self.y(events - down), self.y(events), self.y(events + up).min(limit));
        let bar = self.ink.stroke_width(self.stroke(1.5));
        self.chart.draw_series(std::iter::once(ErrorBar::new_vertical(x, low, mid, high, bar, 0)))?;
        self.chart.draw_series(std::iter::once(Circle::new((x, mid), self.px(3.5), self.ink.filled())))?;
        Ok(())
    }

    /// The value of a flow column cut at `cap` (below the top of the axis), written just above
    /// the cut with an arrow up, kept inside the frame.
    fn write_cut_value(&mut self, value: f64, from: f64, to: f64, cap: f64) -> Result<(), DrawError<DB>> {
        let text = format!("↑{}", ticks::compact_count(value));
        let is_overflow = from >= self.x_high;
        let (anchor, edge) = if is_overflow { (HPos::Right, to) } else { (HPos::Left, from) };
        let style = TextStyle::from(FontDesc::new(FontFamily::SansSerif, 12.0 * self.scale, FontStyle::Bold))
            .pos(Pos::new(anchor, VPos::Bottom))
            .color(&self.ink);
        let (edge_x, cap_y) = self.chart.backend_coord(&(edge, cap));
        let inset = if is_overflow { -self.px(1.0) } else { self.px(1.0) };
        self.root.draw(&Text::new(text, (edge_x + inset, cap_y - self.px(2.0)), style))?;
        Ok(())
    }

    /// The in-range data as points with their Poisson error bars.
    fn draw_data(&mut self) -> Result<(), DrawError<DB>> {
        let h = self.h;
        let y = |v: f64| self.y(v);
        let bar = self.ink.stroke_width(self.stroke(1.5));
        let bars: Vec<_> = h
            .data
            .iter()
            .map(|d| ErrorBar::new_vertical(d.x, y(d.events - d.down), y(d.events), y(d.events + d.up), bar, 0))
            .collect();
        let (radius, dot) = (self.px(3.5), self.ink.filled());
        let dots: Vec<_> = h.data.iter().map(|d| Circle::new((d.x, y(d.events)), radius, dot)).collect();
        self.chart.draw_series(bars)?;
        self.chart.draw_series(dots)?;
        Ok(())
    }

    /// Data over simulation in each bin, with the simulation's relative uncertainty as a band
    /// around 1; points beyond the panel are drawn at its edge.
    fn draw_ratio_contents(&mut self) -> Result<(), DrawError<DB>> {
        let h = self.h;
        let band_fill = self.band_fill();
        let bar = self.ink.stroke_width(self.stroke(1.5));
        let (radius, dot) = (self.px(3.0), self.ink.filled());
        let Some(ratio) = &mut self.ratio else { return Ok(()) };
        let (r_low, r_high) = RATIO_RANGE;
        let band = h.relative_band();
        ratio.draw_series(band.iter().enumerate().filter_map(|(i, b)| b.map(|rel| (i, rel))).map(|(i, rel)| {
            Rectangle::new([(h.edges[i], (1.0 - rel).max(r_low)), (h.edges[i + 1], (1.0 + rel).min(r_high))], band_fill)
        }))?;
        let clamp = |v: f64| v.clamp(r_low, r_high);
        let points = h.ratio_points();
        ratio.draw_series(points.iter().map(|p| {
            ErrorBar::new_vertical(p.x, clamp(p.ratio - p.down), clamp(p.ratio), clamp(p.ratio + p.up), bar, 0)
        }))?;
        ratio.draw_series(
            points.iter().filter(|p| p.ratio <= r_high).map(|p| Circle::new((p.x, p.ratio), radius, dot)),
        )?;
        Ok(())
    }

    /// Grey over what the cut removes in both panels, and a line at each cut edge inside the
    /// axis. A closed end also removes that side's flow bin, so a span reaching an axis end
    /// covers its column too.
    fn draw_cut_shading(&mut self) -> Result<(), DrawError<DB>> {
        let shade = self.ink.mix(0.14).filled();
        let cut_line = self.ink.mix(0.7).stroke_width(self.stroke(2.0));
        let (x_low, x_high, plot_low, plot_high) = (self.x_low, self.x_high, self.plot_low, self.plot_high);
        let widen = |(from, to): (f64, f64)| {
            (if from <= x_low { plot_low } else { from }, if to >= x_high { plot_high } else { to })
        };
        let spans: Vec<(f64, f64)> =
            self.options.excluded.iter().filter(|(from, to)| to > from).map(|&span| widen(span)).collect();
        let (y_low, y_high) = (self.y_low, self.y_high);
        for &(from, to) in &spans {
            self.chart.draw_series(std::iter::once(Rectangle::new([(from, y_low), (to, y_high)], shade)))?;
            for edge in [from, to].into_iter().filter(|e| *e > x_low && *e < x_high) {
                self.chart
                    .draw_series(std::iter::once(PathElement::new(vec![(edge, y_low), (edge, y_high)], cut_line)))?;
            }
            if let Some(ratio) = &mut self.ratio {
                ratio.draw_series(std::iter::once(Rectangle::new(
                    [(from, RATIO_RANGE.0), (to, RATIO_RANGE.1)],
                    shade,
                )))?;
            }
        }
        Ok(())
    }

    /// Where the plotting area landed (both panels) and what its axes span.
    fn area(&self) -> Area {
        let (x_pixels, y_pixels) = self.chart.plotting_area().get_pixel_range();
        let bottom = match &self.ratio {
            Some(ratio) => ratio.plotting_area().get_pixel_range().1.end,
            None => y_pixels.end,
        };
        let y_max = if self.log { 10f64.powf(self.y_high) } else { self.y_high };
        let (x_range, y_factor) = ((self.plot_low, self.plot_high), self.y_factor);
        Area { x_pixels, y_pixels: y_pixels.start..bottom, x_range, y_max, y_factor }
    }
}

/// Whether the frame writes the axis's x labels itself, one per bin: a category axis, or an
/// integer axis drawn as counts.
fn discrete(h: &StackedHistogram) -> bool {
    !h.category_labels.is_empty() || h.counts
}

/// The plotting area in device pixels (x, and y over both panels), its x range and the value at
/// the top of its y axis.
struct Area {
    x_pixels: std::ops::Range<i32>,
    y_pixels: std::ops::Range<i32>,
    x_range: (f64, f64),
    y_max: f64,
    y_factor: i32,
}

impl Area {
    /// The same in CSS pixels, at `density` device pixels per CSS pixel.
    fn x_map(&self, density: f64) -> XMap {
        XMap {
            left: f64::from(self.x_pixels.start) / density,
            right: f64::from(self.x_pixels.end) / density,
            top: f64::from(self.y_pixels.start) / density,
            bottom: f64::from(self.y_pixels.end) / density,
            x_from: self.x_range.0,
            x_to: self.x_range.1,
            y_max: self.y_max,
            y_factor: self.y_factor,
        }
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

impl ScaffoldKey {
    fn y_range(&self) -> (f64, f64) {
        (f64::from_bits(self.y_range.0), f64::from_bits(self.y_range.1))
    }
}

/// How many scaffoldings (y axes) a plot on screen keeps drawn: a drag that goes back over a
/// stretch of an axis brings the plots back to the y axes they had on the way there. A plot off
/// the screen keeps only the one it shows: each is a canvas the plot's size (on a phone, at three
/// device pixels to the CSS pixel, 3 to 4 MB), and only the two or three plots on the screen
/// need more.
const SCAFFOLDS_KEPT: usize = 4;

/// A plot's scaffolding, drawn once into a canvas that is not in the page and copied under
/// the contents at every repaint, so a cut does not re-render tick labels and titles. While the
/// plot is on the screen the last few drawn are kept ([`SCAFFOLDS_KEPT`]).
#[derive(Default)]
pub struct Scaffold {
    /// The scaffoldings drawn, the one on the plot now first, then by last use.
    drawn: Vec<(ScaffoldKey, HtmlCanvasElement)>,
    /// How many have been drawn in all.
    drawings: u64,
}

impl Scaffold {
    /// Puts the scaffolding drawn for `key` first, if there is one.
    fn bring_forward(&mut self, key: &ScaffoldKey) -> bool {
        let Some(at) = self.drawn.iter().position(|(drawn, _)| drawn == key) else { return false };
        self.drawn[..=at].rotate_right(1);
        true
    }

    /// Lets go of every scaffolding but the one shown.
    fn forget_spares(&mut self) {
        self.drawn.truncate(1);
    }

    /// A canvas to draw a new scaffolding into: the least recently used one once
    /// [`SCAFFOLDS_KEPT`] are drawn (the caller puts it back first).
    fn spare_canvas(&mut self) -> Option<HtmlCanvasElement> {
        (self.drawn.len() >= SCAFFOLDS_KEPT).then(|| self.drawn.pop().map(|(_, canvas)| canvas)).flatten()
    }

    /// The scaffolding `histogram` needs at `size` device pixels. The y axis drawn is kept while
    /// the contents still fit and fill a good part of it (a smaller part while the selection is
    /// `moving`: [`ticks::keeps_y_axis`]), so a drag of cuts does not make the axis (and the
    /// scaffolding) jump at every step; failing that, one of the other y axes kept drawn that
    /// would serve as well, before a new one.
    fn key_for(
        &self,
        size: (u32, u32),
        histogram: &StackedHistogram,
        options: &DrawOptions,
        moving: bool,
    ) -> ScaffoldKey {
        let (x_low, x_high) = x_axis(histogram, options);
        let (mut y_low, mut y_high) = y_axis(histogram, options);
        let view = (options.log, options.shapes, options.projector, options.ratio);
        let log = options.log && !options.shapes;
        let serves = |kept: &ScaffoldKey| {
            kept.size == size
                && kept.x_range == (x_low.to_bits(), x_high.to_bits())
                && kept.options == view
                && ticks::keeps_y_axis(kept.y_range(), (y_low, y_high), log, moving)
        };
        if let Some((kept, _)) = self.drawn.iter().find(|(kept, _)| serves(kept)) {
            (y_low, y_high) = kept.y_range();
        }
        ScaffoldKey {
            size,
            y_range: (y_low.to_bits(), y_high.to_bits()),
            x_range: (x_low.to_bits(), x_high.to_bits()),
            options: view,
        }
    }

    /// Whether the y axis drawn was kept only because the selection was moving: a still one
    /// would now be drawn with another.
    fn held_for_moving(&self, histogram: &StackedHistogram, options: &DrawOptions) -> bool {
        self.drawn
            .first()
            .is_some_and(|(kept, _)| self.key_for(kept.size, histogram, options, false).y_range != kept.y_range)
    }
}

/// The y range drawn, in plot units (log10 on a log axis): from zero (or the log floor) up to
/// the highest in-range content with room for the label in the corner, rounded up to a round
/// number so that most cuts leave the axis, and with it the scaffolding, as it was.
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
    let flow_width = (x_high - x_low) * FLOW_WIDTH;
    let low = if h.underflow.is_some() && !options.shapes { x_low - flow_width } else { x_low };
    let high = if h.overflow.is_some() && !options.shapes { x_high + flow_width } else { x_high };
    (low, high)
}
