//! Export to the UHI serialization (scikit-hep/uhi, `uhi_schema: 1`), so a histogram opens in
//! Python with `hist.Hist(uhi.io.json.from_...)` / `mplhep.histplot`.

use serde_json::{json, Value};

use crate::axis::{Axis, AxisKind};
use crate::engine::Sums;

/// UHI description of an axis. Integer axes map to regular axes with unit-width bins, as
/// boost-histogram does; category axes to `category_str`.
pub fn axis(axis: &Axis) -> Value {
    let metadata = json!({ "name": axis.id, "label": axis.label_key, "unit": axis.unit });
    match &axis.kind {
        AxisKind::Regular { bins, lower, upper, underflow, overflow } => json!({
            "type": "regular", "lower": lower, "upper": upper, "bins": bins,
            "underflow": underflow, "overflow": overflow, "circular": false, "metadata": metadata,
        }),
        AxisKind::Variable { edges, underflow, overflow } => json!({
            "type": "variable", "edges": edges,
            "underflow": underflow, "overflow": overflow, "circular": false, "metadata": metadata,
        }),
        AxisKind::Integer { lower, upper, underflow, overflow } => json!({
            "type": "regular", "lower": lower, "upper": upper, "bins": upper - lower,
            "underflow": underflow, "overflow": overflow, "circular": false, "metadata": metadata,
        }),
        AxisKind::Category { categories, flow } => json!({
            "type": "category_str",
            "categories": categories.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
            "flow": flow, "metadata": metadata,
        }),
    }
}

/// A one-dimensional weighted histogram; `bins` includes the flow bins in axis order.
pub fn histogram(ax: &Axis, bins: &[Sums], metadata: Value) -> Value {
    json!({
        "uhi_schema": 1,
        "writer_info": { "histcube": { "version": env!("CARGO_PKG_VERSION") } },
        "axes": [axis(ax)],
        "storage": {
            "type": "weighted",
            "values": bins.iter().map(|b| b.sumw).collect::<Vec<_>>(),
            "variances": bins.iter().map(|b| b.sumw2).collect::<Vec<_>>(),
        },
        "metadata": metadata,
    })
}
