//! Where the calculator starts: on its own page (or in an iframe, `?embed=1`), or mounted by
//! static/embed.js into a host page's element. Each reads its embed options, warns about the
//! ones it ignores, styles its root and renders the app.

use std::rc::Rc;

use wasm_bindgen::JsCast;

use super::{EmbedOptions, Mode, Theme};
use crate::pricing::builtin_card;
use crate::ui::browser;
use crate::ui::{App, AppProps};

/// The page's `#audio-cost-app` (index.html): the full page, or an iframe embed.
pub fn start_page(root: web_sys::Element) {
    let query = browser::address::query();
    let framed = query.iter().any(|(name, _)| name == "embed");
    let options = if framed {
        let location = web_sys::window().map(|w| w.location());
        if let Some(base) =
            location.and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        {
            browser::address::set_base(&base);
        }
        let pairs = query.iter().filter(|(name, _)| name != "embed");
        let options = read(Mode::Frame, pairs.map(|(n, v)| (n.as_str(), v.as_str())));
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            style(&html, &options);
        }
        options
    } else {
        EmbedOptions::default()
    };
    if browser::page::shows_prerendered() {
        // Let the browser paint the prerendered quote first: started now, the app's first
        // render would take the main thread before that paint.
        browser::page::after_next_paint(move || render(root, options));
    } else {
        render(root, options);
    }
}

/// A host page's element, inside the shadow root static/embed.js made; `base` is where the
/// calculator's files are, `attributes` the host element's `data-` attributes as name, value.
pub fn start_script(root: web_sys::Element, base: &str, attributes: &[String]) {
    browser::address::set_base(base);
    let pairs = attributes.chunks(2).filter_map(|pair| match pair {
        [name, value] => Some((name.as_str(), value.as_str())),
        _ => None,
    });
    let options = read(Mode::Script, pairs);
    style(&root, &options);
    render(root, options);
}

fn read<'a>(mode: Mode, pairs: impl Iterator<Item = (&'a str, &'a str)>) -> EmbedOptions {
    let (options, warnings) = EmbedOptions::read(mode, pairs, &builtin_card().currency);
    for warning in warnings {
        browser::page::warn(&warning);
    }
    options
}

/// Theme, transparency and white-label colours on the embed's root, through the CSSOM (the
/// page's CSP forbids style attributes in markup, not this).
fn style(root: &web_sys::Element, options: &EmbedOptions) {
    let _ = root.class_list().add_2("ac-root", "embedded");
    if options.transparent {
        let _ = root.class_list().add_1("transparent");
    }
    if options.theme != Theme::Auto {
        let _ = root.set_attribute("data-theme", options.theme.as_str());
    }
    if let Some(element) = root.dyn_ref::<web_sys::HtmlElement>() {
        for (property, value) in &options.style {
            let _ = element.style().set_property(property, value);
        }
    }
}

fn render(root: web_sys::Element, options: EmbedOptions) {
    let props = AppProps {
        options: Rc::new(options),
        prerender: false,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
