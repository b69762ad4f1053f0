//! What the "Embed this calculator" dialog offers: the snippets, and what the host page's
//! Content-Security-Policy must allow for each. Pure.

use super::Theme;

/// The "Embed this calculator" snippets: an auto-resizing iframe, and a script embed, both
/// starting from the scenario `fragment` with `theme`. `base` is the calculator's address
/// (ending in `/`). A cross-origin iframe may write to the clipboard ("Copy share link") only
/// if its host allows it.
pub fn snippets(base: &str, fragment: &str, theme: Theme) -> (String, String) {
    let theme = theme.as_str();
    let iframe = format!(
        "<iframe src=\"{base}?embed=1&amp;theme={theme}#{fragment}\" title=\"Teams Audio Conferencing cost calculator\" allow=\"clipboard-write\" data-audio-cost-frame style=\"width:100%;height:900px;border:0\"></iframe>\n<script src=\"{base}embed.js\" defer></script>"
    );
    let script = format!(
        "<div data-audio-cost-calculator data-scenario=\"{fragment}\" data-theme=\"{theme}\"></div>\n<script src=\"{base}embed.js\" defer></script>"
    );
    (iframe, script)
}

/// What a host page's Content-Security-Policy must allow for each snippet, calculator at
/// `base`: the iframe and embed.js (which sizes it); for a script embed, embed.js, the app's
/// JS and the compiling of its wasm, the fetch of that wasm, its stylesheet, and the importer
/// worker, which starts from a `blob:` (see `ui::browser`). A host's own `rates` adds
/// `connect-src 'self'`.
pub fn host_csp(base: &str) -> (String, String) {
    let origin = match base.split_once("://") {
        Some((scheme, rest)) => format!("{scheme}://{}", rest.split('/').next().unwrap_or(rest)),
        None => base.trim_end_matches('/').to_string(),
    };
    (
        format!("frame-src {origin}; script-src {origin}"),
        format!(
            "script-src {origin} 'wasm-unsafe-eval'; connect-src {origin}; style-src {origin}; worker-src blob:"
        ),
    )
}
