//! The browser app. Trunk builds this binary for wasm32 (`make serve`).

/// On the calculator's page (index.html has `#audio-cost-app`) it starts by itself. A host page
/// that loads static/embed.js has no such element: embed.js calls `mount` for each of its
/// calculators instead.
#[cfg(target_arch = "wasm32")]
fn main() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("audio-cost-app"));
    if let Some(root) = root {
        audio_cost::embed::start_page(root);
    }
}

/// Mounts a calculator into `root` (inside a host element's shadow root). `base`: where the
/// calculator's files are; `attributes`: the host element's `data-` attributes, name, value, …
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(root: web_sys::Element, base: String, attributes: Vec<String>) {
    audio_cost::embed::start_script(root, &base, &attributes);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The calculator runs in the browser: `make serve` builds it. For a native quote, use `cargo run --bin quote`.");
}
