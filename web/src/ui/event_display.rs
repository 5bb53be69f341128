//! The event display: the recorded collisions behind a bin, drawn in an ATLAS-like detector.
//!
//! A click on a bin of any plot (or the plot's "Collisions in a bin" button, for the keyboard)
//! lists the events that bin holds under the current cuts — recorded data first, then each
//! simulated process — and opening one draws it across the beam (x–y) and along it (r–z), with
//! the table of its objects (the pictures' text alternative) and its value on every axis.
//! `?event=RUN:EVENT` opens one directly, so a teacher can share it.
//!
//! The event records are a file of their own beside the cube (`histcube::events`), downloaded
//! only when a student first asks for them: the first view of an analysis does not wait for
//! them, and a broken file only costs this panel its list, never the histograms. What to draw
//! and every number shown come from `model::event_display`; this module lays them out and paints
//! the shapes with plotters on a canvas.

use std::sync::Arc;

use histcube::events::{decode_events, EventFile, EventsError};
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

use crate::model::errors::AppError;
use crate::model::event_display::{
    axis_values, bin_at, bin_label, bins_with_events, events_in_bin, object_rows, side_scene, transverse_scene, Ink,
    ObjectKind, Shape,
};
use crate::model::labels::{self, Arg};
use crate::ui::canvas::Canvas2d;
use crate::ui::loader::fetch_bytes;
use crate::ui::state::AnalysisState;

/// Where an analysis's event records are, and their size as the catalog gives it (`None`
/// until the catalog is read, and for an analysis that ships none).
#[derive(Clone)]
pub struct EventsSource {
    pub url: String,
    pub bytes: Signal<Option<u64>>,
}

/// How far the event records are.
#[derive(Clone, Debug, PartialEq)]
enum Records {
    /// Nobody asked for them yet.
    NotAsked,
    Loading,
    Ready(Arc<EventFile>),
    /// They could not be had or read: the reason, in the page's language.
    Failed(String),
}

/// The event display's state, shared through context: the records, the plot and bin whose
/// events are listed and the event shown. `Copy`, so the plots can call [`EventBrowser::pick`].
#[derive(Clone, Copy)]
pub struct EventBrowser {
    state: AnalysisState,
    url: StoredValue<String>,
    /// The catalog says the analysis ships event records.
    shipped: Signal<bool>,
    records: RwSignal<Records>,
    axis: RwSignal<usize>,
    bin: RwSignal<Option<usize>>,
    /// The event on display, `(run, event)`: also the address's `event=`.
    open: RwSignal<Option<(u32, u64)>>,
    /// The address asked for an event the records do not hold.
    not_found: RwSignal<Option<(u32, u64)>>,
}

impl EventBrowser {
    /// Provides the browser to the analysis view. An event named by the address (`linked`)
    /// downloads the records at once and opens it, in the bin it falls in on the first axis.
    pub fn provide(state: AnalysisState, source: &EventsSource, linked: Option<(u32, u64)>) -> Self {
        let browser = Self {
            state,
            url: StoredValue::new(source.url.clone()),
            shipped: {
                let bytes = source.bytes;
                Signal::derive(move || bytes.with(Option::is_some))
            },
            records: RwSignal::new(Records::NotAsked),
            axis: RwSignal::new(0),
            bin: RwSignal::new(None),
            open: RwSignal::new(None),
            not_found: RwSignal::new(None),
        };
        provide_context(browser);
        if let Some(id) = linked {
            browser.open.set(Some(id));
            browser.load();
        }
        browser
    }

    pub fn expect() -> Option<Self> {
        use_context::<Self>()
    }

    /// Whether the plots offer the display: the analysis ships event records, or an address
    /// asked for one.
    pub fn offered(&self) -> Signal<bool> {
        let (shipped, records) = (self.shipped, self.records);
        Signal::derive(move || shipped.get() || records.with(|r| *r != Records::NotAsked))
    }

    /// The event on display, for the address.
    pub fn open_event(&self) -> Option<(u32, u64)> {
        self.open.get()
    }

    /// A click on the plot of `axis` at x value `x` (`None`: its keyboard button): lists the
    /// events of that bin (or offers the bins of that plot) and brings the list into view.
    pub fn pick(&self, axis: usize, x: Option<f64>) {
        let bin = x.and_then(|x| self.state.with_untracked(|e| bin_at(&e.cube().manifest().axes[axis], x)));
        self.axis.set(axis);
        self.bin.set(bin);
        self.open.set(None);
        self.load();
        // After the panel has drawn its list: scroll to it and move the focus there, so a
        // screen reader announces it and the keyboard goes on from it.
        crate::ui::after_next_paint(|| {
            let document = document();
            if let Some(target) = document.get_element_by_id("events-heading") {
                target.scroll_into_view();
                if let Ok(heading) = target.dyn_into::<web_sys::HtmlElement>() {
                    _ = heading.focus();
                }
            }
        });
    }

    /// Downloads and checks the records, once.
    fn load(&self) {
        if !matches!(self.records.get_untracked(), Records::NotAsked | Records::Failed(_)) {
            return;
        }
        self.records.set(Records::Loading);
        let browser = *self;
        let url = self.url.get_value();
        leptos::task::spawn_local_scoped_with_cancellation(async move {
            let read = match fetch_bytes(&url).await {
                Ok(bytes) => browser.state.with_untracked(|engine| {
                    decode_events(&bytes)
                        .and_then(|file| file.check_against(engine.cube().manifest()).map(|()| file))
                        .map_err(|error| unreadable(&url, &error))
                }),
                Err(error) => Err(AppError::from(error).message()),
            };
            match read {
                Ok(file) => {
                    browser.show_linked(&file);
                    browser.records.set(Records::Ready(Arc::new(file)));
                }
                Err(reason) => browser.records.set(Records::Failed(reason)),
            }
        });
    }

    /// The event the address named, in the bin of the first axis it falls in; or the notice
    /// that the records do not hold it.
    fn show_linked(&self, file: &EventFile) {
        let Some((run, number)) = self.open.get_untracked() else { return };
        match file.find(run, number) {
            Some(index) => {
                self.axis.set(0);
                self.bin.set(file.events[index].bins.first().map(|&b| usize::from(b)));
            }
            None => {
                self.open.set(None);
                self.not_found.set(Some((run, number)));
            }
        }
    }
}

/// Why the records cannot be shown, in the page's words with the decoder's exact reason.
fn unreadable(url: &str, error: &EventsError) -> String {
    format!("{url}: {error}")
}

/// The panel below the plots: offered when the catalog says the analysis has event records
/// (or an address asked for one).
#[component]
pub fn EventsPanel(browser: EventBrowser) -> impl IntoView {
    let offered = browser.offered();
    move || offered.get().then(|| view! { <EventsPanelBody browser /> })
}

#[component]
fn EventsPanelBody(browser: EventBrowser) -> impl IntoView {
    let not_found = move || {
        browser.not_found.get().map(|(run, event)| {
            view! {
                <p class="notice" role="status" data-testid="event-not-found">
                    {labels::fill("events-not-found", &[("event", &format!("{run}:{event}"))])}
                </p>
            }
        })
    };
    let body = move || {
        match browser.records.get() {
        Records::NotAsked => view! {
            <button type="button" data-testid="events-load" on:click=move |_| browser.pick(browser.axis.get_untracked(), None)>
                {labels::text("events-show")}
            </button>
        }
        .into_any(),
        Records::Loading => view! { <p role="status" data-testid="events-loading">{labels::text("events-loading")}</p> }.into_any(),
        Records::Failed(reason) => view! {
            <p class="banner" role="alert" data-testid="events-error">{labels::fill("events-unreadable", &[("detail", &reason)])}</p>
        }
        .into_any(),
        // The choosers and the detector drawing are a wasm module of their own in release
        // builds, fetched the first time a student opens the records.
        Records::Ready(file) => crate::ui::later(crate::ui::deferred!(event_chooser(browser, file))),
    }
    };
    view! {
        <section class="events-panel" aria-labelledby="events-heading" data-testid="events-panel">
            <h2 id="events-heading" tabindex="-1">{labels::text("events-heading")}</h2>
            <p class="hint">{labels::text("events-intro")}</p>
            {not_found}
            {body}
        </section>
    }
}

/// [`EventChooser`] as a split point: everything only it reaches leaves the main wasm module.
#[cfg_attr(wasm_split, leptos::wasm_split::wasm_split(event_display, fallible, wasm_split_path = ::leptos::wasm_split))]
fn event_chooser(browser: EventBrowser, file: Arc<EventFile>) -> Result<AnyView, crate::ui::PartNotLoaded> {
    Ok(view! { <EventChooser browser file /> }.into_any())
}

/// The plot and bin choosers, the list of the bin's events and the display of the open one.
#[component]
fn EventChooser(browser: EventBrowser, file: Arc<EventFile>) -> impl IntoView {
    let state = browser.state;
    let file = StoredValue::new(file);
    let (axis_options, process_labels) = state.with_untracked(|engine| {
        let manifest = engine.cube().manifest();
        let axes: Vec<(usize, String)> = manifest
            .axes
            .iter()
            .enumerate()
            .map(|(i, a)| (i, labels::short(&labels::text(&a.label_key)).to_owned()))
            .collect();
        let processes: Vec<String> = manifest.processes.iter().map(|p| labels::text(&p.label_key)).collect();
        (axes, processes)
    });
    let process_labels = StoredValue::new(process_labels);
    let bins = Memo::new(move |_| {
        let axis = browser.axis.get();
        file.with_value(|file| state.with(|engine| bins_with_events(file, engine, axis)))
    });
    let listed = Memo::new(move |_| {
        let axis = browser.axis.get();
        let bin = browser.bin.get()?;
        Some(file.with_value(|file| state.with(|engine| events_in_bin(file, engine, axis, bin))))
    });
    let axis_select = axis_options
        .into_iter()
        .map(|(i, label)| view! { <option value=i.to_string() selected=move || browser.axis.get() == i>{label}</option> })
        .collect_view();
    let bin_options = move || {
        let axis = browser.axis.get();
        let chosen = browser.bin.get();
        bins.get()
            .into_iter()
            .map(|(bin, count)| {
                let text = state.with_untracked(|engine| {
                    let label = bin_label(&engine.cube().manifest().axes[axis], bin);
                    labels::format(
                        "events-bin-option",
                        &[("bin", Arg::from(label.as_str())), ("count", Arg::from(count))],
                    )
                });
                view! { <option value=bin.to_string() selected=chosen == Some(bin)>{text}</option> }
            })
            .collect_view()
    };
    let list = move || {
        let Some(indices) = listed.get() else { return ().into_any() };
        if indices.is_empty() {
            return view! { <p data-testid="events-none">{labels::text("events-none")}</p> }.into_any();
        }
        let open = browser.open.get();
        let items = file.with_value(|file| {
            indices
                .iter()
                .map(|&i| {
                    let event = &file.events[i];
                    let id = (event.run, event.event);
                    let process = usize::from(event.process);
                    let name = process_labels.with_value(|p| p.get(process).cloned().unwrap_or_default());
                    let text = labels::format(
                        "events-item",
                        &[
                            ("process", Arg::from(name.as_str())),
                            ("run", Arg::from(event.run.to_string().as_str())),
                            ("event", Arg::from(event.event.to_string().as_str())),
                        ],
                    );
                    view! {
                        <li>
                            <button
                                type="button"
                                data-testid="event-item"
                                data-event=event.id()
                                data-process=file.processes[process].id.clone()
                                aria-pressed=move || if open == Some(id) { "true" } else { "false" }
                                on:click=move |_| browser.open.set(Some(id))
                            >
                                {text}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        });
        let samples = file.with_value(|file| {
            let mut shown: Vec<usize> = indices.iter().map(|&i| usize::from(file.events[i].process)).collect();
            shown.dedup();
            shown
                .into_iter()
                .filter(|&p| !file.processes[p].complete())
                .map(|p| {
                    let entry = &file.processes[p];
                    let name = process_labels.with_value(|labels| labels.get(p).cloned().unwrap_or_default());
                    let text = labels::format(
                        "events-sample",
                        &[
                            ("process", Arg::from(name.as_str())),
                            ("recorded", Arg::from(entry.recorded as usize)),
                            ("selected", Arg::from(entry.selected as usize)),
                        ],
                    );
                    view! { <p class="hint">{text}</p> }
                })
                .collect_view()
        });
        view! {
            <ol class="events-list" data-testid="events-list" aria-label=labels::text("events-list-aria")>{items}</ol>
            {samples}
        }
        .into_any()
    };
    let display = move || {
        let (run, number) = browser.open.get()?;
        let index = file.with_value(|file| file.find(run, number))?;
        let position = listed.get().and_then(|list| list.iter().position(|&i| i == index).map(|p| (p, list)));
        Some(view! { <EventDisplay browser file=file.get_value() index position /> })
    };
    view! {
        <div class="events-choose">
            <label>
                {labels::text("events-axis")}
                <select
                    data-testid="events-axis"
                    on:change=move |ev| {
                        if let Ok(axis) = event_target_value(&ev).parse() {
                            browser.axis.set(axis);
                            browser.bin.set(None);
                        }
                    }
                >
                    {axis_select}
                </select>
            </label>
            <label>
                {labels::text("events-bin")}
                <select
                    data-testid="events-bin"
                    on:change=move |ev| browser.bin.set(event_target_value(&ev).parse().ok())
                >
                    <option value="" selected=move || browser.bin.get().is_none()>{labels::text("events-choose-bin")}</option>
                    {bin_options}
                </select>
            </label>
        </div>
        {list}
        {display}
    }
}

/// One event: both views, the legend, the way to its neighbours in the list, and the tables.
/// `position` is its place in the listed bin (absent when the cuts moved it out of the list).
#[component]
fn EventDisplay(
    browser: EventBrowser,
    file: Arc<EventFile>,
    index: usize,
    position: Option<(usize, Vec<usize>)>,
) -> impl IntoView {
    let event = file.events[index].clone();
    // Each axis's id and the event's value on it, in words and as recorded (for tests).
    let values: Vec<(String, (String, String), f32)> = browser.state.with_untracked(|engine| {
        let manifest = engine.cube().manifest();
        let ids = manifest.axes.iter().map(|axis| axis.id.clone());
        ids.zip(axis_values(&event, manifest))
            .zip(event.values.iter().copied())
            .map(|((id, words), raw)| (id, words, raw))
            .collect()
    });
    let (run, number) = (event.run.to_string(), event.event.to_string());
    let objects = format!("leptons={},jets={}", event.leptons.len(), event.jets.len());
    let aria = labels::format(
        "events-display-aria",
        &[
            ("run", Arg::from(run.as_str())),
            ("event", Arg::from(number.as_str())),
            ("leptons", Arg::from(event.leptons.len())),
            ("jets", Arg::from(event.jets.len())),
        ],
    );
    let transverse_ref = NodeRef::<Canvas>::new();
    let side_ref = NodeRef::<Canvas>::new();
    let transverse = transverse_scene(&event);
    let side = side_scene(&event);
    let layout = RwSignal::new(0u32);
    let resize = window_event_listener(leptos::ev::resize, move |_| layout.update(|n| *n += 1));
    on_cleanup(move || resize.remove());
    let failure = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        layout.track();
        let (Some(across), Some(along)) = (transverse_ref.get(), side_ref.get()) else { return };
        let start = crate::ui::now_ms();
        let drawn = draw_view(&across, &transverse).and_then(|()| draw_view(&along, &side));
        let elapsed = crate::ui::now_ms() - start;
        _ = across.set_attribute("data-draw-ms", &format!("{elapsed:.3}"));
        _ = across.set_attribute("data-state", if drawn.is_ok() { "drawn" } else { "failed" });
        failure.set(drawn.err());
    });

    let neighbours = position.map(|(at, list)| {
        let count = list.len();
        let id_at = |place: Option<usize>| {
            place.and_then(|p| list.get(p)).and_then(|&i| file.events.get(i)).map(|e| (e.run, e.event))
        };
        let (previous, next) = (id_at(at.checked_sub(1)), id_at(Some(at + 1)));
        view! {
            <div class="event-nav">
                <button
                    type="button"
                    data-testid="event-previous"
                    disabled=previous.is_none()
                    on:click=move |_| browser.open.set(previous)
                >
                    {labels::text("events-previous")}
                </button>
                <span data-testid="event-position">
                    {labels::format("events-position", &[("index", Arg::from(at + 1)), ("count", Arg::from(count))])}
                </span>
                <button
                    type="button"
                    data-testid="event-next"
                    disabled=next.is_none()
                    on:click=move |_| browser.open.set(next)
                >
                    {labels::text("events-next")}
                </button>
            </div>
        }
    });
    let rows = object_rows(&event)
        .into_iter()
        .map(|row| {
            view! {
                <tr data-kind=kind_id(row.kind) data-four-vector=row.four_vector>
                    <th scope="row"><span class=format!("ink-swatch ink-{}", kind_id(row.kind)) aria-hidden="true"></span>{row.kind.name()}</th>
                    <td class="number">{row.charge}</td>
                    <td class="number">{row.pt}</td>
                    <td class="number">{row.eta}</td>
                    <td class="number">{row.phi}</td>
                </tr>
            }
        })
        .collect_view();
    let values = values
        .into_iter()
        .map(|(id, (label, text), raw)| {
            view! {
                <tr data-axis=id data-value=raw.to_string()>
                    <th scope="row">{label}</th>
                    <td class="number">{text}</td>
                </tr>
            }
        })
        .collect_view();
    let caption = labels::format(
        "events-objects-caption",
        &[("run", Arg::from(run.as_str())), ("event", Arg::from(number.as_str()))],
    );
    view! {
        <article class="event-display" aria-label=aria>
            <div class="event-top">
                {neighbours}
                <button type="button" data-testid="event-close" on:click=move |_| browser.open.set(None)>
                    {labels::text("events-close")}
                </button>
            </div>
            <div class="event-views">
                <figure>
                    <canvas
                        node_ref=transverse_ref
                        data-testid="event-display"
                        data-event=event.id()
                        data-objects=objects
                        data-state="pending"
                        role="img"
                        aria-label=aria.clone()
                    ></canvas>
                    <figcaption>{labels::text("events-transverse")}</figcaption>
                </figure>
                <figure>
                    <canvas node_ref=side_ref data-testid="event-display-side" aria-hidden="true"></canvas>
                    <figcaption>{labels::text("events-side")}</figcaption>
                </figure>
            </div>
            {move || failure.get().map(|message| view! {
                <p class="banner" role="alert">{labels::fill("plot-draw-failed", &[("detail", &message)])}</p>
            })}
            <ul class="event-legend">
                <li><span class="ink-swatch ink-detector" aria-hidden="true"></span>{labels::text("events-legend-detector")}</li>
                <li><span class="ink-swatch ink-electron" aria-hidden="true"></span>{labels::text("events-legend-electron")}</li>
                <li><span class="ink-swatch ink-muon" aria-hidden="true"></span>{labels::text("events-legend-muon")}</li>
                <li><span class="ink-swatch ink-jet" aria-hidden="true"></span>{labels::text("events-legend-jet")}</li>
                <li><span class="ink-swatch ink-met" aria-hidden="true"></span>{labels::text("events-legend-met")}</li>
            </ul>
            <div class="event-tables">
                <table data-testid="event-objects">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{labels::text("events-col-object")}</th>
                            <th scope="col" class="number">{labels::text("events-col-charge")}</th>
                            <th scope="col" class="number">{labels::text("events-col-pt")}</th>
                            <th scope="col" class="number">{labels::text("events-col-eta")}</th>
                            <th scope="col" class="number">{labels::text("events-col-phi")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                <table data-testid="event-values">
                    <caption>{labels::text("events-values-caption")}</caption>
                    <tbody>{values}</tbody>
                </table>
            </div>
        </article>
    }
}

/// The class and test name of an object kind.
fn kind_id(kind: ObjectKind) -> &'static str {
    match kind {
        ObjectKind::Electron => "electron",
        ObjectKind::Muon => "muon",
        ObjectKind::Jet => "jet",
        ObjectKind::BJet => "bjet",
        ObjectKind::Met => "met",
    }
}

/// The largest a view is drawn, CSS pixels: two side by side fit a laptop's column.
const MAX_VIEW_PX: i32 = 440;
/// Used when the canvas is not laid out (hidden): still a picture of a sensible size.
const FALLBACK_VIEW_PX: i32 = 320;

/// The colour of an ink: ATLAS's habits (tracker grey, electromagnetic calorimeter green,
/// hadronic red, muon chambers blue) in light tones, so the objects on top stand out.
fn colour(ink: Ink) -> RGBColor {
    match ink {
        Ink::InnerDetector => RGBColor(0xe3, 0xe3, 0xe3),
        Ink::Solenoid => RGBColor(0x9a, 0xa0, 0xa6),
        Ink::EmCalorimeter => RGBColor(0xcf, 0xe6, 0xcf),
        Ink::HadronicCalorimeter => RGBColor(0xf2, 0xd7, 0xcf),
        Ink::MuonSpectrometer => RGBColor(0xdb, 0xe7, 0xf5),
        Ink::Beam => RGBColor(0x55, 0x55, 0x55),
        Ink::Electron => RGBColor(0x14, 0x7a, 0x2e),
        Ink::Muon => RGBColor(0xc0, 0x1c, 0x28),
        Ink::Jet => RGBColor(0xe0, 0x9a, 0x00),
        Ink::BJet => RGBColor(0x7a, 0x4a, 0x00),
        Ink::Met => RGBColor(0x6a, 0x3d, 0x9a),
    }
}

/// Line widths in CSS pixels: tracks bold enough to see on a projector.
fn width(ink: Ink) -> f64 {
    match ink {
        Ink::Electron | Ink::Muon => 2.5,
        Ink::Met => 2.0,
        _ => 1.0,
    }
}

/// Paints `shapes` (picture coordinates in [−1, 1], y up) on a square canvas as wide as its
/// frame allows, at the screen's density.
fn draw_view(canvas: &HtmlCanvasElement, shapes: &[Shape]) -> Result<(), String> {
    let density = window().device_pixel_ratio().max(1.0);
    let css = match canvas.parent_element().map(|frame| frame.client_width()) {
        Some(w) if w > 0 => w.min(MAX_VIEW_PX),
        _ => FALLBACK_VIEW_PX,
    };
    let side = (f64::from(css) * density).round() as u32;
    if canvas.width() != side || canvas.height() != side {
        canvas.set_width(side);
        canvas.set_height(side);
    }
    _ = canvas.set_attribute("style", &format!("width:{css}px;height:{css}px"));
    let root = Canvas2d::new(canvas)?.into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let half = f64::from(side) / 2.0;
    let reach = half - 4.0 * density;
    let at = |(x, y): (f64, f64)| ((half + x * reach).round() as i32, (half - y * reach).round() as i32);
    for shape in shapes {
        match shape {
            Shape::Area { points, ink } => {
                let outline: Vec<(i32, i32)> = points.iter().copied().map(at).collect();
                root.draw(&Polygon::new(outline, colour(*ink).filled())).map_err(|e| e.to_string())?;
            }
            Shape::Line { points, ink, dashed } => {
                let style = colour(*ink).stroke_width((width(*ink) * density).round().max(1.0) as u32);
                let path: Vec<(i32, i32)> = points.iter().copied().map(at).collect();
                if *dashed {
                    for dash in dashes(&path, 8.0 * density) {
                        root.draw(&PathElement::new(dash, style)).map_err(|e| e.to_string())?;
                    }
                } else {
                    root.draw(&PathElement::new(path, style)).map_err(|e| e.to_string())?;
                }
            }
        }
    }
    root.present().map_err(|e| e.to_string())
}

/// A polyline cut into dashes of `length` pixels with gaps as long.
fn dashes(path: &[(i32, i32)], length: f64) -> Vec<Vec<(i32, i32)>> {
    let mut out = Vec::new();
    for pair in path.windows(2) {
        let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
        let (dx, dy) = (f64::from(x1 - x0), f64::from(y1 - y0));
        let total = dx.hypot(dy);
        let mut from = 0.0;
        while from < total {
            let to = (from + length).min(total);
            let point = |t: f64| {
                ((f64::from(x0) + dx * t / total).round() as i32, (f64::from(y0) + dy * t / total).round() as i32)
            };
            out.push(vec![point(from), point(to)]);
            from += 2.0 * length;
        }
    }
    out
}
