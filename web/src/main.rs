//! Entry point of the browser app; the crate documentation in `lib.rs` says what it does.

fn main() {
    #[cfg(target_arch = "wasm32")]
    analyser_web::mount();

    // Natively the crate is only its view model; saying so beats a silent exit.
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("analyser-web runs in the browser: build it with `trunk build --release` from the repository root");
}
