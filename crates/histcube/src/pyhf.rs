//! The fit model as a pyhf JSON workspace (schema version 1.0.0, read by pyhf 0.7), so a student
//! can repeat the fit with the tool real analyses use — and so our fit is checked against pyhf
//! (`tools/validation/test_pyhf_fit.py`).
//!
//! One channel named after the axis, holding the fit bins only (those inside the cuts with
//! something expected). Signal samples carry the `normfactor` "mu"; background samples carry
//! the shared `staterror` `staterror_<axis>` (data: √Σw² per bin; left out when no background
//! has any, as when the fit takes the simulation as exact, `FitOptions::simulation_statistics`,
//! and no background is estimated from data) and, when asked for, a
//! `normsys` `norm_<process>` with hi = 1+x, lo = 1−x. The measurement sets the bounds and
//! initial value of mu explicitly, so pyhf fits in the same range as [`FitModel::fit`].

use serde_json::{json, Value};

use crate::fit::FitModel;

/// The pyhf workspace schema version written.
pub const WORKSPACE_VERSION: &str = "1.0.0";

impl FitModel {
    /// The model as a pyhf workspace (`pyhf.Workspace(json)`; its measurement is the default).
    pub fn pyhf_workspace(&self) -> Value {
        let channel = self.axis().to_owned();
        let staterror = format!("staterror_{channel}");
        let mut samples = Vec::new();
        for s in self.signals() {
            samples.push(json!({
                "name": s.id,
                "data": s.nominal,
                "modifiers": [{ "name": "mu", "type": "normfactor", "data": null }],
            }));
        }
        // The staterror is shared by every background, as in FitModel::fit (pyhf takes its width
        // from the samples that carry it, and scales only them); left out when no background has
        // a statistical uncertainty (the simulation taken as exact, no data-driven estimate),
        // where every σ would be zero.
        let any_stat_error = self.backgrounds().iter().any(|b| b.stat_error.iter().any(|e| *e > 0.0));
        for b in self.backgrounds() {
            let mut modifiers = Vec::new();
            if any_stat_error {
                modifiers.push(json!({ "name": staterror, "type": "staterror", "data": b.stat_error }));
            }
            if let Some(x) = b.norm_uncertainty {
                modifiers.push(json!({
                    "name": format!("norm_{}", b.id),
                    "type": "normsys",
                    "data": { "hi": 1.0 + x, "lo": 1.0 - x },
                }));
            }
            samples.push(json!({ "name": b.id, "data": b.nominal, "modifiers": modifiers }));
        }
        let (lo, hi) = self.mu_bounds();
        json!({
            "channels": [{ "name": channel, "samples": samples }],
            "observations": [{ "name": channel, "data": self.observed() }],
            "measurements": [{
                "name": format!("{}_{}_mu", self.analysis(), channel),
                "config": {
                    "poi": "mu",
                    "parameters": [{ "name": "mu", "bounds": [[lo, hi]], "inits": [1.0_f64.clamp(lo, hi)] }],
                },
            }],
            "version": WORKSPACE_VERSION,
        })
    }

    /// [`pyhf_workspace`](Self::pyhf_workspace) as pretty-printed JSON text, for a download.
    pub fn pyhf_workspace_string(&self) -> String {
        serde_json::to_string_pretty(&self.pyhf_workspace()).expect("a JSON value always serialises")
    }
}
