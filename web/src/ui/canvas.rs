//! The plotters drawing backend for a `<canvas>`'s 2D context that the plots and the fit scan
//! draw through.
//!
//! It does what `plotters-canvas` does, with two differences that matter on every cut:
//!
//! - Text is measured with the context's `measureText`. plotters' own measurement (its web font
//!   module) puts a `<span>` into the page and reads its `offsetWidth`, which makes the browser
//!   lay out the whole page — again after every change of the yields' numbers — each time a
//!   plot's axes are drawn. A canvas that is not in the page (where the plots' scaffolding is
//!   drawn) measures without touching the page at all.
//! - The context's fill and stroke colours, line width, font and text alignment are only set
//!   when they change: a stack is a few hundred rectangles in a handful of colours, and each
//!   colour set from Rust builds and converts a CSS string.
//! - A text's measured size is kept for the page's lifetime (per font and text): the axes are
//!   drawn again whenever a cut moves the y range, with mostly the same tick labels, and each
//!   measurement is a call into the browser that also needs the measured font set first.
//! - Consecutive opaque lines of one style, and consecutive opaque filled circles of one
//!   colour, become one path that is stroked or filled once (a plot's error bars and data
//!   points), and lines and circles of zero size, which draw nothing (the caps of an error bar
//!   without caps), are skipped: far fewer calls from wasm into the canvas per picture.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontTransform,
};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// What went wrong in the browser's canvas API.
#[derive(Debug)]
pub struct CanvasError(String);

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "canvas error: {}", self.0)
    }
}

impl std::error::Error for CanvasError {}

fn failed(error: JsValue) -> DrawingErrorKind<CanvasError> {
    let reason = crate::ui::loader::describe(&error);
    let reason = if reason.is_empty() { crate::model::labels::text("error-save-unknown") } else { reason };
    DrawingErrorKind::DrawingError(CanvasError(reason))
}

/// A colour as the context holds it, to compare without building its CSS string.
type ColourKey = (u8, u8, u8, u64);

fn key(colour: BackendColor) -> ColourKey {
    (colour.rgb.0, colour.rgb.1, colour.rgb.2, colour.alpha.to_bits())
}

fn css(colour: BackendColor) -> String {
    let (r, g, b) = colour.rgb;
    format!("rgba({r},{g},{b},{})", colour.alpha)
}

/// The context's drawing state as last set through this backend (`None`: not set yet).
#[derive(Default)]
struct State {
    fill: Option<ColourKey>,
    stroke: Option<ColourKey>,
    line_width: Option<u32>,
    font: String,
    align: Option<&'static str>,
    baseline: Option<&'static str>,
}

/// An open path still to be stroked or filled, and with what.
#[derive(Clone, Copy, PartialEq)]
enum Pending {
    /// Lines, stroked in this opaque colour and width.
    Lines(ColourKey, u32),
    /// Circles, filled in this opaque colour.
    Discs(ColourKey),
}

/// A plotters backend drawing into one canvas. Make a new one for each drawing, and end it
/// with `present` (or drop it): it assumes nothing else changes the context's state while it
/// lives, and it may hold back an open path until then.
pub struct Canvas2d {
    context: CanvasRenderingContext2d,
    size: (u32, u32),
    // Measuring text needs the font set, and plotters measures through `&self`.
    state: RefCell<State>,
    pending: Option<Pending>,
}

impl Canvas2d {
    /// The backend for `canvas`, at its current backing-store size.
    pub fn new(canvas: &HtmlCanvasElement) -> Result<Self, String> {
        let context = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
            .ok_or("the browser gave no 2D drawing context")?;
        Ok(Self { context, size: (canvas.width(), canvas.height()), state: RefCell::default(), pending: None })
    }

    /// Strokes or fills the open path, if there is one.
    fn flush(&mut self) {
        match self.pending.take() {
            Some(Pending::Lines(..)) => self.context.stroke(),
            Some(Pending::Discs(_)) => self.context.fill(),
            None => {}
        }
    }

    /// Makes sure an open path of `kind` is there to add to, closing another first.
    fn continue_path(&mut self, kind: Pending) {
        if self.pending != Some(kind) {
            self.flush();
            self.context.begin_path();
            self.pending = Some(kind);
        }
    }

    /// Begins a new path through `points` (a polyline, left open); `false` when there are none.
    fn begin_polyline(&self, points: impl IntoIterator<Item = BackendCoord>) -> bool {
        self.context.begin_path();
        let mut points = points.into_iter();
        let Some(start) = points.next() else { return false };
        self.context.move_to(f64::from(start.0), f64::from(start.1));
        for next in points {
            self.context.line_to(f64::from(next.0), f64::from(next.1));
        }
        true
    }

    fn fill_with(&self, colour: BackendColor) {
        let mut state = self.state.borrow_mut();
        if state.fill != Some(key(colour)) {
            self.context.set_fill_style_str(&css(colour));
            state.fill = Some(key(colour));
        }
    }

    fn stroke_with(&self, style: &impl BackendStyle) {
        let mut state = self.state.borrow_mut();
        let colour = style.color();
        if state.stroke != Some(key(colour)) {
            self.context.set_stroke_style_str(&css(colour));
            state.stroke = Some(key(colour));
        }
        let width = style.stroke_width();
        if state.line_width != Some(width) {
            self.context.set_line_width(f64::from(width));
            state.line_width = Some(width);
        }
    }

    fn font_for(&self, style: &impl BackendTextStyle) {
        self.set_font(font_of(style));
    }

    fn set_font(&self, font: String) {
        let mut state = self.state.borrow_mut();
        if state.font != font {
            self.context.set_font(&font);
            state.font = font;
        }
    }
}

thread_local! {
    /// Measured text sizes by font and text (`"<font>\0<text>"`). The plots' fonts are the
    /// browser's own sans-serif, never a web font that could arrive later and change the sizes.
    static MEASURED: RefCell<std::collections::HashMap<String, (u32, u32)>> = RefCell::default();
}

const MEASURED_MAX: usize = 4096;

/// The CSS font of a plotters text style.
fn font_of(style: &impl BackendTextStyle) -> String {
    format!("{} {}px {}", style.style().as_str(), style.size(), style.family().as_str())
}

/// Moves a horizontal or vertical line onto the middle of its pixels so a thin line stays
/// sharp, as plotters-canvas does.
fn crisp(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let (mut from, mut to) = ((f64::from(from.0), f64::from(from.1)), (f64::from(to.0), f64::from(to.1)));
    if from.0 == to.0 {
        from.0 -= 0.5;
        to.0 -= 0.5;
    }
    if from.1 == to.1 {
        from.1 -= 0.5;
        to.1 -= 0.5;
    }
    (from, to)
}

impl DrawingBackend for Canvas2d {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.flush();
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, colour: BackendColor) -> Result<(), DrawingErrorKind<CanvasError>> {
        if colour.alpha == 0.0 {
            return Ok(());
        }
        self.flush();
        self.fill_with(colour);
        self.context.fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        // A line of no length draws nothing (the canvas's caps are flat).
        if style.color().alpha == 0.0 || from == to {
            return Ok(());
        }
        let (from, to) = crisp(from, to);
        let colour = style.color();
        if colour.alpha >= 1.0 {
            self.continue_path(Pending::Lines(key(colour), style.stroke_width()));
            self.stroke_with(style);
            self.context.move_to(from.0, from.1);
            self.context.line_to(to.0, to.1);
            return Ok(());
        }
        // Translucent lines are stroked one by one, so crossings darken as they always did.
        self.flush();
        self.stroke_with(style);
        self.context.begin_path();
        self.context.move_to(from.0, from.1);
        self.context.line_to(to.0, to.1);
        self.context.stroke();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.flush();
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let (w, h) = (f64::from(bottom_right.0 - upper_left.0), f64::from(bottom_right.1 - upper_left.1));
        if fill {
            self.fill_with(style.color());
            self.context.fill_rect(x, y, w, h);
        } else {
            self.stroke_with(style);
            self.context.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.flush();
        if self.begin_polyline(path) {
            self.stroke_with(style);
        }
        self.context.stroke();
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.flush();
        if self.begin_polyline(path) {
            self.fill_with(style.color());
            self.context.close_path();
        }
        self.context.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        // A circle of no radius draws nothing (the centre of an error bar without a marker).
        if style.color().alpha == 0.0 || radius == 0 {
            return Ok(());
        }
        let (x, y, r) = (f64::from(center.0), f64::from(center.1), f64::from(radius));
        let colour = style.color();
        if fill && colour.alpha >= 1.0 {
            self.continue_path(Pending::Discs(key(colour)));
            self.fill_with(colour);
            // A new subpath, so no line joins this circle to the previous one.
            self.context.move_to(x + r, y);
            return self.context.arc(x, y, r, 0.0, std::f64::consts::TAU).map_err(failed);
        }
        self.flush();
        if fill {
            self.fill_with(colour);
        } else {
            self.stroke_with(style);
        }
        self.context.begin_path();
        self.context.arc(x, y, r, 0.0, std::f64::consts::TAU).map_err(failed)?;
        if fill {
            self.context.fill();
        } else {
            self.context.stroke();
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let colour = style.color();
        if colour.alpha == 0.0 {
            return Ok(());
        }
        self.flush();
        let baseline = match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        let align = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        {
            let mut state = self.state.borrow_mut();
            if state.baseline != Some(baseline) {
                self.context.set_text_baseline(baseline);
                state.baseline = Some(baseline);
            }
            if state.align != Some(align) {
                self.context.set_text_align(align);
                state.align = Some(align);
            }
        }
        self.fill_with(colour);
        self.font_for(style);
        let degrees: f64 = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 90.0,
            FontTransform::Rotate180 => 180.0,
            FontTransform::Rotate270 => 270.0,
        };
        if degrees == 0.0 {
            return self.context.fill_text(text, f64::from(pos.0), f64::from(pos.1)).map_err(failed);
        }
        // Every style is set before `save`, so `restore` leaves the state as recorded above.
        self.context.save();
        let drawn = self
            .context
            .translate(f64::from(pos.0), f64::from(pos.1))
            .and_then(|()| self.context.rotate(degrees.to_radians()))
            .and_then(|()| self.context.fill_text(text, 0.0, 0.0));
        self.context.restore();
        drawn.map_err(failed)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        let font = font_of(style);
        let key = format!("{font}\u{0}{text}");
        if let Some(size) = MEASURED.with(|measured| measured.borrow().get(&key).copied()) {
            return Ok(size);
        }
        self.set_font(font);
        let metrics = self.context.measure_text(text).map_err(failed)?;
        // The size of the text's line box, as plotters' own measurement of a `<span>` gives it.
        let height = metrics.font_bounding_box_ascent() + metrics.font_bounding_box_descent();
        let size = (metrics.width().round() as u32, height.round() as u32);
        MEASURED.with(|measured| {
            let mut measured = measured.borrow_mut();
            // Tick labels, titles and legends in a few fonts: a few hundred entries in a session;
            // the bound only keeps an unusual one (endless zooming through numbers) in check.
            if measured.len() >= MEASURED_MAX {
                measured.clear();
            }
            measured.insert(key, size);
        });
        Ok(size)
    }
}

impl Drop for Canvas2d {
    fn drop(&mut self) {
        self.flush();
    }
}
