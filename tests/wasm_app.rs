//! The app mounted in headless Chromium (wasm-bindgen-test): change an input, see the totals
//! change. Run by `make test` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use audio_cost::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, EventInit, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn mount() -> Element {
    // Each test starts from the example: no work saved by an earlier test, no link in the
    // address bar (the app keeps both current).
    let window = web_sys::window().unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    let document = window.document().unwrap();
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
    // The first screen, calls varying in length (tests/ssr.rs works it out).
    assert_eq!(text(&root, "total-per-user"), "$348.40");
    assert_eq!(text(&root, "total-ppm"), "$445.81");
    // 100 organizers, each call 0.05 min over its average: licences 400.00 + toll-free
    // 200 x 25.05 x 0.0228 = 114.228 + GB (400 x 20.05 - 6,000 pool) x 0.0165 = 33.33 + AE
    // 100 x 10.05 x 0.1485 = 149.2425: 696.8005. Pay-per-minute: toll 1,000 x 30.05 x 0.0165 =
    // 495.825 + 114.228 + GB 8,020 x 0.0165 = 132.33 + 149.2425 = 891.6255.
    type_into(&root, "[data-testid='organizers']", "100").await;
    assert_eq!(text(&root, "total-per-user"), "$696.80");
    assert_eq!(text(&root, "total-ppm"), "$891.63");
}

#[wasm_bindgen_test]
async fn a_bad_value_shows_its_message_and_keeps_the_last_quote() {
    let root = mount().await;
    type_into(&root, "[data-testid='organizers']", "lots").await;
    assert_eq!(text(&root, "total-per-user"), "$348.40");
    let error = root.query_selector("#organizers-error").unwrap().unwrap();
    assert_eq!(
        error.text_content().unwrap(),
        "Enter a whole number like 20"
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

fn present(root: &Element, testid: &str) -> bool {
    root.query_selector(&format!("[data-testid='{testid}']"))
        .unwrap()
        .is_some()
}

/// A debug build checks that every component calls the same hooks on every render: moving the
/// page through states where panels appear and disappear must not panic ("Hooks are called
/// conditionally"), and each panel follows the quote.
#[wasm_bindgen_test]
async fn panels_come_and_go_with_the_quote_in_a_debug_build() {
    let root = mount().await;
    assert!(present(&root, "break-even-chart"));
    assert!(present(&root, "pool-gauge"));
    // Albania can buy pay-per-minute only: no licence, so no chart and no pool; the licence's
    // card says why, and the warnings list Albania's note.
    type_into(&root, "[data-testid='tenant-country']", "Albania").await;
    assert_eq!(text(&root, "total-per-user"), "Not available");
    assert!(!present(&root, "break-even-chart"));
    assert!(!present(&root, "pool-gauge"));
    let reason = root
        .query_selector(".option .unavailable")
        .unwrap()
        .unwrap();
    assert!(reason
        .text_content()
        .unwrap()
        .contains("pay-per-minute only"));
    assert!(
        text(&root, "warnings").contains("Albania: toll dial-in numbers are available on request.")
    );
    // Back in the US, both return.
    type_into(&root, "[data-testid='tenant-country']", "United States").await;
    assert!(present(&root, "break-even-chart"));
    assert!(present(&root, "pool-gauge"));
    // No calls at all: nothing to chart.
    for field in ["usage-calls"] {
        let count = root
            .query_selector_all(&format!("[data-testid='{field}']"))
            .unwrap()
            .length();
        for n in 1..=count {
            let selector =
                format!("[data-testid='usage-line']:nth-child({n}) [data-testid='{field}']");
            type_into(&root, &selector, "0").await;
        }
    }
    assert!(!present(&root, "break-even-chart"));
    // Calls again, and the chart is back.
    type_into(
        &root,
        "[data-testid='usage-line']:nth-child(1) [data-testid='usage-calls']",
        "10",
    )
    .await;
    assert!(present(&root, "break-even-chart"));
}

/// With the app's one dispatcher handed down unchanged, a keystroke re-renders only the
/// components whose props it changed: the edited line (not the other lines of its group, nor
/// any other panel of the form) and what shows the quote.
#[wasm_bindgen_test]
async fn a_keystroke_re_renders_only_what_it_changed() {
    let root = mount().await;
    let lines = root
        .query_selector_all("[data-testid='usage-line']")
        .unwrap()
        .length();
    assert!(lines >= 3, "the example has several lines: {lines}");
    let before = audio_cost::ui::render_counts();
    type_into(
        &root,
        "[data-testid='usage-line']:nth-child(2) [data-testid='usage-calls']",
        "3",
    )
    .await;
    let after = audio_cost::ui::render_counts();
    let renders =
        |name: &str| after.get(name).copied().unwrap_or(0) - before.get(name).copied().unwrap_or(0);
    // One render of the app, its group, the group's table and the one line typed into.
    for (component, expected) in [
        ("App", 1),
        ("GroupPanel", 1),
        ("UsageTable", 1),
        ("UsageRow", 1),
    ] {
        assert_eq!(renders(component), expected, "{component}");
    }
    // The quote changed, so the results follow it.
    assert_eq!(renders("Results"), 1);
    // Nothing else on the form: its props are unchanged.
    for component in [
        "Field",
        "TenantPanel",
        "OfferPanel",
        "DisplayPanel",
        "RateCardPanel",
        "CallLogs",
        "PresetPicker",
        "LanguagePicker",
        "ThemePicker",
        "CountryLists",
        "Assumptions",
        "HostRates",
    ] {
        assert_eq!(renders(component), 0, "{component} re-rendered");
    }
}
