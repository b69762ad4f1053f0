//! The few browser APIs the page uses: the URL fragment, localStorage, the clipboard and
//! downloads. Outside the browser (server-side rendering, native tests) there is no window:
//! reads give nothing and writes do nothing.

use crate::io::rate_worker::{self, Postcard, RateWorker, WorkerRequest, WorkerResponse};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

const STORAGE_KEY: &str = "audio-cost.scenario";

fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// The location's fragment without `#`, if any.
pub fn fragment() -> Option<String> {
    window()?.location().hash().ok().filter(|h| h.len() > 1)
}

/// The page's URL with `fragment`, as a share link.
pub fn link_with(fragment: &str) -> Option<String> {
    let location = window()?.location();
    Some(format!(
        "{}{}{}#{fragment}",
        location.origin().ok()?,
        location.pathname().ok()?,
        location.search().ok()?
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

fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

pub fn stored() -> Option<String> {
    storage()?.get_item(STORAGE_KEY).ok().flatten()
}

/// Saves quietly: private browsing or a full quota just means no autosave.
pub fn store(text: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(STORAGE_KEY, text);
    }
}

/// Copies `text`; resolves to whether the browser allowed it.
pub async fn copy(text: String) -> bool {
    let Some(window) = window() else { return false };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Offers `content` as a file download, made in the page (no server).
pub fn download(filename: &str, mime: &str, content: &str) -> bool {
    let save = || -> Option<()> {
        let document = window()?.document()?;
        let options = BlobPropertyBag::new();
        options.set_type(mime);
        let parts = js_sys::Array::of1(&JsValue::from_str(content));
        let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = Url::create_object_url_with_blob(&blob).ok()?;
        let anchor: HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        anchor.set_href(&url);
        anchor.set_download(filename);
        anchor.click();
        Url::revoke_object_url(&url).ok()
    };
    save().is_some()
}

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

/// The first file picked in `input`: its name and bytes, read in the page.
pub async fn read_picked_file(input: &web_sys::HtmlInputElement) -> Option<(String, Vec<u8>)> {
    let file = input.files()?.get(0)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some((file.name(), js_sys::Uint8Array::new(&buffer).to_vec()))
}

/// Runs one request in the rate-sheet worker, loading it if this is the first.
pub async fn ask_rate_worker(request: WorkerRequest) -> WorkerResponse {
    use gloo_worker::Spawnable;
    let mut bridge = RateWorker::spawner()
        .encoding::<Postcard>()
        .spawn_with_loader(rate_worker::LOADER);
    bridge.run(request).await
}

const THEME_KEY: &str = "audio-cost.theme";

/// The theme chosen here before ("light", "dark"), if any; otherwise the system's.
pub fn stored_theme() -> Option<String> {
    storage()?.get_item(THEME_KEY).ok().flatten()
}

/// Applies a theme to the page (`data-theme` on the root element) and remembers it; "auto"
/// follows the system.
pub fn apply_theme(theme: &str) {
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    if theme == "auto" {
        let _ = root.remove_attribute("data-theme");
    } else {
        let _ = root.set_attribute("data-theme", theme);
    }
    if let Some(storage) = storage() {
        let _ = storage.set_item(THEME_KEY, theme);
    }
}
