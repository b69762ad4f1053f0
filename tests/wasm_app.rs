//! The app mounted in headless Chromium (wasm-bindgen-test): change an input, see the totals
//! change. Run by `make test` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use audio_cost::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, EventInit, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    // The first render is the quote; the form follows after a frame (see App). Wait for it.
    for _ in 0..100 {
        if root
            .query_selector("[data-testid='organizers']")
            .unwrap()
            .is_some()
        {
            break;
        }
        gloo_timers::future::TimeoutFuture::new(20).await;
    }
    yew::scheduler::flush().await;
    root
}

fn text(root: &Element, testid: &str) -> String {
    root.query_selector(&format!("[data-testid='{testid}']"))
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
}

async fn type_into(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn typing_organizers_updates_both_totals() {
    let root = mount().await;
    assert_eq!(text(&root, "total-per-user"), "$347.75");
    assert_eq!(text(&root, "total-ppm"), "$444.75");
    // 100 organizers: 400.00 + 114.00 + 33.00 + 148.50 = 695.50; pay-per-minute 2 x 444.75.
    type_into(&root, "[data-testid='organizers']", "100").await;
    assert_eq!(text(&root, "total-per-user"), "$695.50");
    assert_eq!(text(&root, "total-ppm"), "$889.50");
}

#[wasm_bindgen_test]
async fn a_bad_value_shows_its_message_and_keeps_the_last_quote() {
    let root = mount().await;
    type_into(&root, "[data-testid='organizers']", "lots").await;
    assert_eq!(text(&root, "total-per-user"), "$347.75");
    let error = root.query_selector("#organizers-error").unwrap().unwrap();
    assert_eq!(
        error.text_content().unwrap(),
        "Enter a number like 20 or 2.5"
    );
    let input = root
        .query_selector("[data-testid='organizers']")
        .unwrap()
        .unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("organizers-error organizers-hint")
    );
}
