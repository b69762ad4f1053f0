//! The page's address: its fragment (the scenario), its query (an iframe's options), the
//! calculator's own address when embedded, links to a scenario, and fetching from an allowed
//! origin.

use super::window;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Url;

/// The location's fragment without `#`, if any.
pub fn fragment() -> Option<String> {
    window()?.location().hash().ok().filter(|h| h.len() > 1)
}

thread_local! {
    /// The calculator's own address when it is embedded (ending in `/`); `None` on its page.
    static BASE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Embedded, share links and the importer worker use the calculator's address, not the host's.
pub fn set_base(base: &str) {
    BASE.with(|b| *b.borrow_mut() = Some(base.to_string()));
}

pub(super) fn base() -> Option<String> {
    BASE.with(|b| b.borrow().clone())
}

/// The page's URL with `fragment`, as a share link (the calculator's own page when embedded).
pub fn link_with(fragment: &str) -> Option<String> {
    if let Some(base) = base() {
        return Some(format!("{base}#{fragment}"));
    }
    let location = window()?.location();
    Some(format!(
        "{}{}{}#{fragment}",
        location.origin().ok()?,
        location.pathname().ok()?,
        location.search().ok()?
    ))
}

/// The calculator page's address without query or fragment (what embeds point at).
pub fn page_base() -> Option<String> {
    if let Some(base) = base() {
        return Some(base);
    }
    let location = window()?.location();
    Some(format!(
        "{}{}",
        location.origin().ok()?,
        location.pathname().ok()?
    ))
}

/// Keeps the address bar current without adding history entries (Back still leaves the page).
pub fn replace_fragment(fragment: &str) {
    if let Some(window) = window() {
        if let (Ok(history), Some(url)) = (window.history(), link_with(fragment)) {
            // A failure here (e.g. a sandboxed iframe) only leaves the address bar stale.
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
}

/// Calls `opened` with the new fragment whenever the address's fragment changes under the page
/// (a link pasted into the address bar of a tab that already shows the calculator): the page
/// doesn't reload then. The returned listener lives as long as the page.
pub fn on_fragment_change(opened: impl Fn(String) + 'static) {
    let Some(window) = window() else { return };
    let listener = gloo_events::EventListener::new(&window, "hashchange", move |_| {
        if let Some(fragment) = fragment() {
            opened(fragment);
        }
    });
    listener.forget();
}

/// `url` resolved against the page's address, if its origin is the page's or one of `also`.
pub fn same_origin_url(url: &str, also: &[String]) -> Result<String, String> {
    let location = window().ok_or("no browser")?.location();
    let href = location.href().map_err(|_| "no address")?;
    let resolved = Url::new_with_base(url, &href).map_err(|_| "it is not a URL")?;
    let origin = resolved.origin();
    if Some(&origin) == location.origin().ok().as_ref() || also.contains(&origin) {
        Ok(resolved.href())
    } else {
        Err(format!("{origin} is not this page's origin"))
    }
}

/// The text at `url` (one GET, no credentials beyond the browser's defaults for the origin).
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = window().ok_or("no browser")?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| "the request failed".to_string())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "no response")?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let text = response.text().map_err(|_| "no body")?;
    wasm_bindgen_futures::JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| "the body isn't text".into())
}

/// The URL's query parameters, in order.
pub fn query() -> Vec<(String, String)> {
    let Some(search) = window().and_then(|w| w.location().search().ok()) else {
        return Vec::new();
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    js_sys::try_iter(&params)
        .ok()
        .flatten()
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.ok()?.dyn_into().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}
