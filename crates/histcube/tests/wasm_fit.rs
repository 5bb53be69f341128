//! The signal-strength fit in the browser gives the numbers it gives natively (and that
//! tools/validation/test_pyhf_fit.py checks against pyhf): same cube, same model.
#![cfg(target_arch = "wasm32")]

use histcube::fit::FitOptions;
use histcube::{synthetic, Engine, FitData};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_fit_gives_the_native_result_in_the_browser() {
    let engine = Engine::new(synthetic::fit_cube(1, 1.0));
    let m = engine.cube().manifest().axis_index("m").unwrap();
    let mut options = FitOptions::observed();
    options.norm_uncertainties.insert("zz".to_owned(), 0.1);
    let r = engine.fit(m, &[], &options).unwrap();
    // Native values of `preprocess fit synthetic_fit_mu1_seed1.cube --axis m --norm-unc zz=0.1`.
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs();
    assert!(close(r.mu_hat, 0.744_595_662_241_007_5), "{}", r.mu_hat);
    assert!(close(r.sigma_down, 0.364_640_155_476_143), "{}", r.sigma_down);
    assert!(close(r.sigma_up, 0.386_530_816_261_110_5), "{}", r.sigma_up);
    assert!(close(r.q0, 4.447_416_891_841_868), "{}", r.q0);
    assert_eq!(r.scan.len(), histcube::fit::DEFAULT_SCAN_POINTS);
    let asimov = engine.fit(m, &[], &FitOptions::asimov()).unwrap();
    assert_eq!(asimov.data, FitData::Asimov);
    assert!((asimov.mu_hat - 1.0).abs() < 1e-9);
    assert!(engine.pyhf_workspace(m, &[], &options).unwrap()["version"] == "1.0.0");
}
