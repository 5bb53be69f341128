//! The UHI JSON download of every histogram ([`histcube::Engine::uhi_all`]) in the page's
//! words: the engine writes each axis's translation key as its label (`axis.m4l`), which `hist`
//! and `mplhep` would print under the x axis, so the download replaces it with the axis's name
//! and unit in the page's language ("m₄ℓ, four-lepton invariant mass [GeV]") and adds each
//! process's name beside its id. Ids, keys and numbers are left as the engine wrote them.

use histcube::Engine;
use serde_json::Value;

use crate::model::{labels, numbers as format};

/// Every histogram of the current selection as UHI JSON, labelled in the page's language.
pub fn labelled_histograms(engine: &Engine) -> Value {
    let manifest = engine.cube().manifest();
    let mut all = engine.uhi_all();
    let Some(histograms) = all.as_object_mut() else { return all };
    for histogram in histograms.values_mut() {
        let axis_id = histogram.pointer("/metadata/axis").and_then(Value::as_str).map(str::to_owned);
        let process_id = histogram.pointer("/metadata/process").and_then(Value::as_str).map(str::to_owned);
        if let Some(axis) = manifest.axes.iter().find(|a| Some(&a.id) == axis_id.as_ref()) {
            let words = format::axis_title(&labels::text(&axis.label_key), &axis.unit);
            if let Some(metadata) = histogram.pointer_mut("/axes/0/metadata").and_then(Value::as_object_mut) {
                metadata.insert("label".to_owned(), Value::from(words));
                metadata.insert("label_key".to_owned(), Value::from(axis.label_key.clone()));
            }
        }
        if let Some(process) = manifest.processes.iter().find(|p| Some(&p.id) == process_id.as_ref()) {
            if let Some(metadata) = histogram.pointer_mut("/metadata").and_then(Value::as_object_mut) {
                metadata.insert("process_label".to_owned(), Value::from(labels::text(&process.label_key)));
            }
        }
    }
    all
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;
    use crate::model::fixtures;

    #[test]
    fn axis_labels_are_words_with_units_in_the_page_language() {
        let engine = fixtures::four_lepton_engine();
        labels::set_language(i18n::Lang::En);
        let json = labelled_histograms(&engine);
        let m4l = &json["m4l/zz"];
        assert_eq!(m4l["axes"][0]["metadata"]["label"], "m₄ℓ, four-lepton invariant mass [GeV]");
        assert_eq!(m4l["axes"][0]["metadata"]["label_key"], "axis.m4l");
        assert_eq!(m4l["axes"][0]["metadata"]["unit"], "GeV");
        assert_eq!(m4l["metadata"]["process"], "zz");
        assert_eq!(m4l["metadata"]["process_label"], "ZZ*");
        assert_eq!(json["channel/data"]["axes"][0]["metadata"]["label"], "Channel");
        // The numbers are the engine's own.
        assert_eq!(m4l["storage"], engine.uhi_all()["m4l/zz"]["storage"]);

        labels::set_language(i18n::Lang::Es);
        let spanish = labelled_histograms(&engine);
        assert_eq!(
            spanish["m4l/higgs"]["axes"][0]["metadata"]["label"],
            "m₄ℓ, masa invariante de los cuatro leptones [GeV]"
        );
        assert_eq!(spanish["m4l/data"]["metadata"]["process_label"], "Datos");
        labels::set_language(i18n::Lang::En);
    }
}
