//! The front end in a real browser (headless Chromium through wasm-bindgen-test): cube bytes
//! decode in wasm, cuts give hand-computed yields, the histogram reaches a canvas, and the whole
//! app loads a cube, follows typed and keyboard cuts, and shows readable errors.

#![cfg(target_arch = "wasm32")]

use analyser_web::model::histogram::{PlotHeader, StackedHistogram};
use analyser_web::model::range_cut::AxisEdges;
use analyser_web::model::yields::YieldTable;
use analyser_web::ui::plot::DrawOptions;
use analyser_web::ui::{loader, plot, App};
use histcube::{Axis, CubeBuilder, CubeError, DataKind, Manifest, Process, Role};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A cube whose yields can be checked by hand: m4l with variable bins 80 | 110 | 120 | 130 | 160.
///
/// | process      | m4l (weight)                           |
/// |--------------|----------------------------------------|
/// | data         | 100, 115, 125, 125, 150 (weight 1)     |
/// | hzz (signal) | 125 (2.0), 124 (1.0)                   |
/// | zz (bkg)     | 100 (4.0), 125 (0.5), 150 (1.5)        |
fn cube_bytes() -> Vec<u8> {
    let mut manifest = Manifest::new("hzz4l", 13.0, 10.064, DataKind::Real);
    manifest.axes = vec![Axis::variable("m4l", "GeV", vec![80.0, 110.0, 120.0, 130.0, 160.0])];
    manifest.processes =
        vec![Process::new("data", Role::Data), Process::new("hzz", Role::Signal), Process::new("zz", Role::Background)];
    let mut builder = CubeBuilder::new(manifest).unwrap();
    let events: [(u8, f64, f64); 10] = [
        (0, 100.0, 1.0),
        (0, 115.0, 1.0),
        (0, 125.0, 1.0),
        (0, 125.0, 1.0),
        (0, 150.0, 1.0),
        (1, 125.0, 2.0),
        (1, 124.0, 1.0),
        (2, 100.0, 4.0),
        (2, 125.0, 0.5),
        (2, 150.0, 1.5),
    ];
    for (process, m4l, weight) in events {
        let bin = builder.manifest().axes[0].index(m4l).unwrap() as u16;
        builder.fill(process, &[bin], weight);
    }
    histcube::encode(&builder.finish().unwrap())
}

#[wasm_bindgen_test]
fn cube_bytes_decode_in_wasm_and_a_cut_gives_hand_computed_yields() {
    let mut engine = loader::open_cube(&cube_bytes()).expect("a valid cube");
    let all = YieldTable::from_engine(&engine);
    assert_eq!((all.data.as_str(), all.signal.as_str(), all.background.as_str()), ("5", "3.00", "6.00"));

    // 120 ≤ m4l < 130, chosen by typing 119 and 131 (both snap to the edges).
    let edges = AxisEdges::of(&engine.cube().manifest().axes[0]).unwrap();
    let range = edges.with_upper(edges.with_lower(edges.full_range(), 119.0), 131.0);
    engine.set_cut(0, &edges.axis_cut(range).unwrap()).unwrap();
    let window = YieldTable::from_engine(&engine);
    assert_eq!((window.data.as_str(), window.data_events.as_str()), ("2", "2"));
    assert_eq!((window.signal.as_str(), window.background.as_str()), ("3.00", "0.50"));
    // s/√b = 3/√0.5 = 4.243; Z = √(2(3.5 ln 7 − 3)) = 2.761.
    assert_eq!((window.s_over_sqrt_b.as_str(), window.z_asimov.as_str()), ("4.24", "2.76"));
}

#[wasm_bindgen_test]
fn bad_bytes_give_histcubes_own_error() {
    assert_eq!(loader::open_cube(b"definitely not a cube").err(), Some(CubeError::NotACube));
    let bytes = cube_bytes();
    assert!(matches!(loader::open_cube(&bytes[..bytes.len() - 3]), Err(CubeError::Truncated { .. })));
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A visible element of `tag` at the end of the body, laid out at `width` × `height` CSS pixels.
fn element_in_body(tag: &str, width: u32, height: u32) -> web_sys::HtmlElement {
    let element: web_sys::HtmlElement = document().create_element(tag).unwrap().unchecked_into();
    element.style().set_property("display", "block").unwrap();
    element.style().set_property("width", &format!("{width}px")).unwrap();
    if height > 0 {
        element.style().set_property("height", &format!("{height}px")).unwrap();
    }
    document().body().unwrap().append_child(&element).unwrap();
    element
}

#[wasm_bindgen_test]
fn the_histogram_is_drawn_into_a_canvas() {
    let mut engine = loader::open_cube(&cube_bytes()).unwrap();
    engine.set_cut(0, &histcube::AxisCut::range(Some(120.0), Some(130.0))).unwrap();
    let histogram = StackedHistogram::from_engine(&engine, 0);
    let canvas: web_sys::HtmlCanvasElement = element_in_body("canvas", 600, 400).unchecked_into();

    // The log axis and the shapes first: they must cope with the empty bins; the linear
    // drawing then replaces them.
    let header = PlotHeader::of(engine.cube().manifest());
    let mut options = DrawOptions {
        excluded: vec![(80.0, 120.0), (130.0, 160.0)],
        log: true,
        shapes: false,
        projector: false,
        ratio: true,
    };
    plot::draw(&canvas, &histogram, &header, &options).expect("drawing on a log axis succeeds");
    options.log = false;
    options.shapes = true;
    plot::draw(&canvas, &histogram, &header, &options).expect("drawing the shapes succeeds");
    options.shapes = false;
    let map = plot::draw(&canvas, &histogram, &header, &options).expect("drawing succeeds");
    assert!(
        map.left < map.right && map.x_from < 80.0 && map.x_to > 160.0,
        "the x axis with its flow columns maps onto the canvas: {map:?}"
    );

    assert_eq!(canvas.width() as i32, 600 * web_sys::window().unwrap().device_pixel_ratio().max(1.0) as i32);
    let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    let pixels =
        context.get_image_data(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height())).unwrap().data();
    let has_colour = |(r, g, b): (u8, u8, u8)| pixels.chunks(4).any(|p| (p[0], p[1], p[2]) == (r, g, b));
    let zz = histogram.layers.iter().find(|l| l.process_id == "zz").unwrap().color;
    let signal = histogram.layers.iter().find(|l| l.process_id == "hzz").unwrap().color;
    assert!(has_colour((zz.0, zz.1, zz.2)), "the ZZ part of the stack is drawn in its colour");
    assert!(has_colour((signal.0, signal.1, signal.2)), "the signal is drawn in its colour");
    assert!(has_colour((0, 0, 0)), "data points and axes are black");
    canvas.remove();
}

async fn sleep(milliseconds: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, milliseconds)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Waits up to five seconds for `selector` under `root` to exist and satisfy `ready`.
async fn wait_for(
    root: &web_sys::Element,
    selector: &str,
    ready: impl Fn(&web_sys::Element) -> bool,
) -> web_sys::Element {
    for _ in 0..100 {
        if let Some(found) = root.query_selector(selector).unwrap() {
            if ready(&found) {
                return found;
            }
        }
        sleep(50).await;
    }
    panic!("`{selector}` did not appear in time; the page shows: {}", root.text_content().unwrap_or_default());
}

fn text(root: &web_sys::Element, testid: &str) -> String {
    root.query_selector(&format!("[data-testid='{testid}']")).unwrap().unwrap().text_content().unwrap()
}

fn blob_url(bytes: &[u8]) -> String {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/octet-stream");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).unwrap();
    web_sys::Url::create_object_url_with_blob(&blob).unwrap()
}

/// Mounts the app for `cube_url` in a fresh element; drop the handle to unmount.
fn mount_app(cube_url: String) -> (web_sys::HtmlElement, impl Drop) {
    let host = element_in_body("div", 1000, 0);
    let handle = leptos::mount::mount_to(host.clone(), move || view! { <App cube_url /> });
    (host, handle)
}

async fn redrawn_after(host: &web_sys::Element, revision: u32) {
    let selector = "canvas[data-state='drawn']";
    wait_for(host, selector, |c| c.get_attribute("data-revision").and_then(|r| r.parse::<u32>().ok()) > Some(revision))
        .await;
}

fn dispatch(target: &web_sys::Element, event: &web_sys::Event) {
    target.dispatch_event(event).unwrap();
}

#[wasm_bindgen_test]
async fn the_app_loads_a_cube_and_its_yields_follow_typed_and_keyboard_cuts() {
    let url = blob_url(&cube_bytes());
    let (host, handle) = mount_app(url.clone());
    wait_for(&host, "canvas[data-state='drawn']", |_| true).await;
    assert_eq!(text(&host, "data-provenance"), "ATLAS Open Data — real data, √s = 13 TeV, 10 fb⁻¹");
    assert_eq!((text(&host, "yield-data"), text(&host, "yield-signal")), ("5".into(), "3.00".into()));

    // Typing 119 into the minimum and committing it snaps to the 120 GeV edge.
    let minimum: web_sys::HtmlInputElement =
        host.query_selector("[data-testid='cut-min-m4l']").unwrap().unwrap().unchecked_into();
    minimum.set_value("119");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    dispatch(&minimum, &web_sys::Event::new_with_event_init_dict("change", &init).unwrap());
    redrawn_after(&host, 0).await;
    assert_eq!(minimum.value(), "120");
    // 120 ≤ m4l, upper end open: data 125, 125, 150; ZZ 0.5 + 1.5.
    assert_eq!(text(&host, "yield-data"), "3");
    assert_eq!(text(&host, "yield-background"), "2.00");

    // Arrow Down on the maximum moves it from the last edge (160) to 130.
    let maximum = host.query_selector("[data-testid='cut-max-m4l']").unwrap().unwrap();
    let key = web_sys::KeyboardEventInit::new();
    key.set_key("ArrowDown");
    key.set_bubbles(true);
    dispatch(&maximum, &web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &key).unwrap());
    redrawn_after(&host, 1).await;
    assert_eq!(maximum.unchecked_ref::<web_sys::HtmlInputElement>().value(), "130");
    assert_eq!((text(&host, "yield-data"), text(&host, "yield-background")), ("2".into(), "0.50".into()));
    assert_eq!(text(&host, "z-asimov"), "2.76");

    drop(handle);
    host.remove();
    web_sys::Url::revoke_object_url(&url).unwrap();
}

#[wasm_bindgen_test]
async fn corrupt_bytes_show_the_cube_error_in_an_alert() {
    let bytes = b"HISTCUBE but then nothing sensible follows";
    let url = blob_url(bytes);
    let (host, handle) = mount_app(url.clone());
    let alert = wait_for(&host, "[role='alert']", |_| true).await;
    let message = alert.text_content().unwrap();
    assert!(message.contains("could not be opened"), "{message}");
    let expected = histcube::decode(bytes).unwrap_err().to_string();
    assert!(message.contains(&expected), "the alert should say `{expected}`: {message}");
    drop(handle);
    host.remove();
    web_sys::Url::revoke_object_url(&url).unwrap();
}

#[wasm_bindgen_test]
async fn a_missing_cube_says_it_could_not_be_loaded() {
    let (host, handle) = mount_app("no-such-directory/missing.cube".to_owned());
    let alert = wait_for(&host, "[role='alert']", |_| true).await;
    let message = alert.text_content().unwrap();
    assert!(message.contains("could not load no-such-directory/missing.cube"), "{message}");
    drop(handle);
    host.remove();
}
