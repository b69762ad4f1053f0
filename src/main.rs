//! The browser app. Trunk builds this binary for wasm32 (`make serve`).

#[cfg(target_arch = "wasm32")]
fn main() {
    let root = gloo_root();
    yew::Renderer::<audio_cost::ui::App>::with_root(root).render();
}

#[cfg(target_arch = "wasm32")]
fn gloo_root() -> web_sys::Element {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .expect("index.html has <div id=\"app\">")
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The calculator runs in the browser: `make serve` builds it. For a native quote, use `cargo run --bin quote`.");
}
