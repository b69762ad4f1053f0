//! The document itself: printing, the next paint, the prerendered first screen, the
//! browser's languages, the console.

use super::window;
use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// Today's date in the browser's clock, YYYY-MM-DD (UTC).
pub fn today() -> String {
    if window().is_none() {
        return String::new();
    }
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// Makes every `<select>` show the option marked `selected`. Yew writes `selected` as an
/// attribute, which is an option's default only: once a person (or a script) has picked
/// another option, the browser keeps showing that pick when the state changes by other means
/// (start over, the way back, a preset, a link), and the choice shown would not be the one
/// priced.
pub fn show_selected_options() {
    let selects = window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all("select").ok());
    for node in selects
        .into_iter()
        .flat_map(|list| (0..list.length()).filter_map(move |i| list.item(i)))
    {
        let Ok(select) = node.dyn_into::<web_sys::HtmlSelectElement>() else {
            continue;
        };
        if let Ok(Some(marked)) = select.query_selector("option[selected]") {
            let value = marked.get_attribute("value").unwrap_or_default();
            if select.value() != value {
                select.set_value(&value);
            }
        }
    }
}

/// Collapsed `<details>` (line items, assumptions) print closed; open them before printing.
/// The returned listener lives as long as the page.
pub fn open_details_when_printing() {
    let Some(window) = window() else { return };
    let listener = gloo_events::EventListener::new(&window, "beforeprint", |_| {
        let details = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector_all("details").ok());
        for node in details
            .into_iter()
            .flat_map(|list| (0..list.length()).filter_map(move |i| list.item(i)))
        {
            if let Ok(element) = node.dyn_into::<web_sys::Element>() {
                let _ = element.set_attribute("open", "");
            }
        }
    });
    listener.forget();
}

/// The prerendered first screen (ui/prerender.rs) that index.html may hold, shown or hidden by
/// static/prerender-guard.js.
fn prerendered() -> Option<web_sys::Element> {
    window()?
        .document()?
        .query_selector(".ac-prerendered")
        .ok()?
}

/// Whether index.html shows a prerendered first screen: it has one, and the guard script
/// didn't hide it.
pub fn shows_prerendered() -> bool {
    let hidden = window()
        .and_then(|w| w.document()?.document_element())
        .is_some_and(|html| html.class_list().contains("ac-no-prerender"));
    !hidden && prerendered().is_some()
}

/// The app's first render has taken the prerendered screen's place.
pub fn remove_prerendered() {
    if let Some(copy) = prerendered() {
        copy.remove();
    }
}

/// Runs `f` once the browser has painted the next frame: the frame callback runs just before
/// that paint, the task it queues just after it. The callback frees itself once called.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let Some(window) = window() else { return };
    let callback = Closure::once_into_js(move || Timeout::new(0, f).forget());
    let _ = window.request_animation_frame(callback.unchecked_ref());
}

/// Whether no element has the focus (it is on the body, as after its element was removed).
pub fn focus_is_lost() -> bool {
    let document = window().and_then(|w| w.document());
    document.is_some_and(|d| {
        d.active_element()
            .is_none_or(|active| d.body().is_some_and(|body| *body == active))
    })
}

pub fn warn(message: &str) {
    if window().is_some() {
        web_sys::console::warn_1(&message.into());
    }
}

/// The browser's preferred languages, most wanted first.
pub fn languages() -> Vec<String> {
    window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default()
}
