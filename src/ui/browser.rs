//! The few browser APIs the page uses: the URL fragment, localStorage, the clipboard and
//! downloads. Outside the browser (server-side rendering, native tests) there is no window:
//! reads give nothing and writes do nothing.

use crate::i18n::Lang;
use crate::io::rate_import::ImportProblem;
use crate::io::rate_worker::{self, Postcard, RateWorker, WorkerRequest, WorkerResponse};
use crate::pricing::RateCard;
use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// localStorage: the work autosaved in this browser (static/prerender-guard.js reads it too).
pub const STORAGE_KEY: &str = "audio-cost.scenario";
/// Saved work that a link replaced, kept until the user restores or forgets it.
pub const KEPT_ASIDE_KEY: &str = "audio-cost.previous";

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

thread_local! {
    /// The calculator's own address when it is embedded (ending in `/`); `None` on its page.
    static BASE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Embedded, share links and the importer worker use the calculator's address, not the host's.
pub fn set_base(base: &str) {
    BASE.with(|b| *b.borrow_mut() = Some(base.to_string()));
}

fn base() -> Option<String> {
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

pub fn kept_aside() -> Option<String> {
    storage()?.get_item(KEPT_ASIDE_KEY).ok().flatten()
}

/// Keeps `text` aside (or forgets what was, for `None`), quietly like `store`.
pub fn keep_aside(text: Option<&str>) {
    if let Some(storage) = storage() {
        let _ = match text {
            Some(text) => storage.set_item(KEPT_ASIDE_KEY, text),
            None => storage.remove_item(KEPT_ASIDE_KEY),
        };
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

/// The first file picked in `input`: its name and bytes, read in the page.
pub async fn read_picked_file(input: &web_sys::HtmlInputElement) -> Option<(String, Vec<u8>)> {
    let file = input.files()?.get(0)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some((file.name(), js_sys::Uint8Array::new(&buffer).to_vec()))
}

/// Where the importer worker's loader is. A worker must come from the page's origin: embedded
/// in another origin's page, it starts from a same-origin blob that loads the calculator's
/// scripts by their full address (the host's CSP must allow `worker-src blob:`).
fn worker_loader() -> String {
    let Some(base) = base() else {
        return rate_worker::LOADER.to_string();
    };
    let here = window().and_then(|w| w.location().origin().ok());
    let there = Url::new(&base).map(|u| u.origin()).ok();
    if here.is_some() && here == there {
        return format!("{base}importer_loader.js");
    }
    // wasm-bindgen's initialisation takes an object (a bare path is deprecated and warns).
    let shim = format!(
        "importScripts({:?});wasm_bindgen({{module_or_path:{:?}}});",
        format!("{base}importer.js"),
        format!("{base}importer_bg.wasm")
    );
    let options = BlobPropertyBag::new();
    options.set_type("text/javascript");
    Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&shim.into()), &options)
        .and_then(|blob| Url::create_object_url_with_blob(&blob))
        .unwrap_or_default()
}

/// Runs one request in the rate-sheet worker. The worker starts with the first request and
/// serves the page from then on, so its ~670 KB are fetched and compiled once. A bridge runs
/// one request at a time: each request gets a fork of the page's bridge to the same worker.
pub async fn ask_rate_worker(request: WorkerRequest) -> WorkerResponse {
    use gloo_worker::oneshot::OneshotBridge;
    use gloo_worker::Spawnable;
    thread_local! {
        static WORKER: std::cell::OnceCell<OneshotBridge<RateWorker>> =
            const { std::cell::OnceCell::new() };
    }
    let mut bridge = WORKER.with(|worker| {
        worker
            .get_or_init(|| {
                RateWorker::spawner()
                    .encoding::<Postcard>()
                    .spawn_with_loader(&worker_loader())
            })
            .fork()
    });
    bridge.run(request).await
}

/// Reads a rate card file (.xlsx, .csv or .json) in the worker.
pub async fn import_card(file: String, bytes: Vec<u8>) -> Result<RateCard, Vec<ImportProblem>> {
    let request = WorkerRequest::Import {
        file,
        bytes,
        today: today(),
    };
    match ask_rate_worker(request).await {
        WorkerResponse::Imported(result) => result,
        WorkerResponse::Json(_) => Err(Vec::new()),
    }
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

pub fn warn(message: &str) {
    if window().is_some() {
        web_sys::console::warn_1(&message.into());
    }
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

/// localStorage: the language chosen on this page.
pub const LANGUAGE_KEY: &str = "audio-cost.language";

/// The language chosen on this page before, if any.
pub fn stored_language() -> Option<String> {
    storage()?.get_item(LANGUAGE_KEY).ok().flatten()
}

/// Remembers the page's language and tells the document (`<html lang>`) for assistive
/// technology and the browser's own widgets.
pub fn remember_language(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANGUAGE_KEY, lang.code());
    }
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// The browser's preferred languages, most wanted first.
pub fn languages() -> Vec<String> {
    window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default()
}

/// localStorage: the theme chosen on this page.
pub const THEME_KEY: &str = "audio-cost.theme";

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
