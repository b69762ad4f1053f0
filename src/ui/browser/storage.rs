//! What this browser keeps between visits (localStorage): the work on screen, work kept
//! aside, the language and the theme. Quiet when storage is refused (private modes).

use super::window;
use crate::i18n::{Lang, Msg};
use crate::ui::theme::Theme;

/// Every key this page stores under; static/prerender-guard.js reads the same ones before the
/// app starts (tests/ssr.rs checks it).
pub const KEYS: [&str; 4] = [STORAGE_KEY, KEPT_ASIDE_KEY, LANGUAGE_KEY, THEME_KEY];

const STORAGE_KEY: &str = "audio-cost.scenario";

/// Saved work that a link replaced, kept until the user restores or forgets it.
const KEPT_ASIDE_KEY: &str = "audio-cost.previous";

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

const LANGUAGE_KEY: &str = "audio-cost.language";

/// The language chosen on this page before, if any.
pub fn stored_language() -> Option<String> {
    storage()?.get_item(LANGUAGE_KEY).ok().flatten()
}

/// Remembers the page's language and tells the document (`<html lang>`, for assistive
/// technology and the browser's own widgets, and the title, which index.html has in English).
pub fn remember_language(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANGUAGE_KEY, lang.code());
    }
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(lang.t(Msg::AppTitle));
}

const THEME_KEY: &str = "audio-cost.theme";

/// The theme chosen here before, if any; otherwise the system's.
pub fn stored_theme() -> Option<Theme> {
    Theme::from_key(&storage()?.get_item(THEME_KEY).ok().flatten()?)
}

/// Applies a theme to the page (`data-theme` on the root element) and remembers it; `Auto`
/// follows the system.
pub fn apply_theme(theme: Theme) {
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    if theme == Theme::Auto {
        let _ = root.remove_attribute("data-theme");
    } else {
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
    if let Some(storage) = storage() {
        let _ = storage.set_item(THEME_KEY, theme.as_str());
    }
}
