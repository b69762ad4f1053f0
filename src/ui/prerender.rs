//! The first screen, rendered natively at build time: `scripts/build.sh` puts it into
//! `dist/index.html`, so a first visit paints the default quote with the page, before the wasm
//! has loaded. `static/prerender-guard.js` hides it when this visit starts anywhere else (a
//! share link, saved work, another language, an iframe embed), and the app replaces it as soon as
//! it runs (see `App`). It is the engine's own quote of the example, worked out when building.

use std::rc::Rc;

use yew::LocalServerRenderer;

use super::app::{App, AppProps};
use crate::embed::EmbedOptions;
use crate::i18n::Lang;
use crate::share;
use crate::state::State;

/// Where the first screen goes in index.html: first inside the app's root.
const ROOT: &str = "<div id=\"audio-cost-app\">";
/// Where the guard script finds what the first screen shows: first in the head.
const HEAD: &str = "<head>";

/// The first screen's state as its share link (and autosave) writes it: a visit that opens
/// exactly this sees exactly the prerendered screen.
pub fn first_fragment() -> String {
    share::encode(&State::restore(None, None, Lang::En).saved())
}

/// The page's first screen as the app's first render draws it (the masthead and the quote),
/// wrapped so that nothing in it can be used (`inert`: no focus, no clicks, not read out) until
/// the app takes over. The automation hooks (`data-testid`) and ids belong to the live page, so
/// the copy has none.
pub async fn first_screen() -> String {
    let props = AppProps {
        options: Rc::new(EmbedOptions::default()),
        prerender: true,
    };
    let html = LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    format!(
        "<div class=\"ac-prerendered\" inert>{}</div>",
        without_attributes(&html, &["data-testid", "id"])
    )
}

/// `html` with every `name="…"` attribute of these names removed. Yew escapes quotes in
/// attribute values, so a value ends at the next quote.
fn without_attributes(html: &str, names: &[&str]) -> String {
    let mut out = html.to_string();
    for name in names {
        let start = format!(" {name}=\"");
        while let Some(at) = out.find(&start) {
            let value_end = out[at + start.len()..]
                .find('"')
                .map_or(out.len(), |end| at + start.len() + end + 1);
            out.replace_range(at..value_end, "");
        }
    }
    out
}

/// `page` (Trunk's index.html) with `screen` first inside the app's root, and `fragment` (what
/// the screen shows) in a `<meta name="audio-cost-first-screen">` first in the head, where
/// static/prerender-guard.js reads it.
pub fn into_page(page: &str, screen: &str, fragment: &str) -> Result<String, String> {
    if page.contains("class=\"ac-prerendered\"") {
        return Err("the page already has a prerendered first screen".into());
    }
    let after = |marker: &str| {
        page.find(marker)
            .map(|at| at + marker.len())
            .ok_or_else(|| format!("the page has no {marker}"))
    };
    let (head, root) = (after(HEAD)?, after(ROOT)?);
    if root < head {
        return Err(format!("the page's {ROOT} comes before its {HEAD}"));
    }
    Ok(format!(
        "{}\n  <meta name=\"audio-cost-first-screen\" content=\"{fragment}\">{}{screen}{}",
        &page[..head],
        &page[head..root],
        &page[root..]
    ))
}
