//! Files and the clipboard: copying a link, downloading a file the page made, reading a file
//! the user picked.

use super::window;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::BlobPropertyBag;
use web_sys::HtmlAnchorElement;
use web_sys::{Blob, Url};

/// Copies `text`; resolves to whether the browser allowed it.
pub async fn copy(text: String) -> bool {
    let Some(window) = window() else { return false };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Offers `content` as a file download, made in the page (no server).
pub(super) fn download(filename: &str, mime: &str, content: &str) -> bool {
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

/// The first file picked in `input`: its name and bytes, read in the page.
pub async fn read_picked_file(input: &web_sys::HtmlInputElement) -> Option<(String, Vec<u8>)> {
    let file = input.files()?.get(0)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some((file.name(), js_sys::Uint8Array::new(&buffer).to_vec()))
}
