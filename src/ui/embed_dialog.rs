use yew::prelude::*;

use super::browser;
use super::choice::{on_pick, options, Choices};
use crate::embed::{snippets, Theme};

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// The encoded scenario: the snippets start from it.
    pub fragment: AttrValue,
}

const THEMES: &Choices<Theme> = &[
    (Theme::Auto, "auto"),
    (Theme::Light, "light"),
    (Theme::Dark, "dark"),
];

fn label(theme: Theme) -> &'static str {
    match theme {
        Theme::Auto => "Follow the visitor's system",
        Theme::Light => "Light",
        Theme::Dark => "Dark",
    }
}

/// "Embed this calculator": ready-to-paste iframe and script snippets that start from the
/// current scenario, with a copy button each.
#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let open = use_state(|| false);
    let theme = use_state(|| Theme::Auto);
    let status = use_state(|| None::<&'static str>);
    let base = browser::page_base().unwrap_or_default();
    let (iframe, script) = snippets(&base, &props.fragment, *theme);
    let copy = |code: String| {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let (status, code) = (status.clone(), code.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(if browser::copy(code).await {
                    "Copied."
                } else {
                    "Copying isn't allowed here: select the code and copy it."
                }));
            });
        })
    };
    let on_theme = on_pick(THEMES, {
        let theme = theme.clone();
        Callback::from(move |chosen| theme.set(chosen))
    });
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <div class="embed-dialog">
            <button type="button" data-testid="embed-open" aria-expanded={open.to_string()} aria-controls="embed-panel" onclick={toggle}>
                {"Embed this calculator"}
            </button>
            if *open {
                <section id="embed-panel" class="panel embed-panel" aria-labelledby="embed-title">
                    <h2 id="embed-title">{"Embed this calculator in your page"}</h2>
                    <p class="hint">{"Both start from the scenario on screen. The iframe sizes itself to its content; the script embed lives in your page, isolated from its CSS. See the README for every option (country, organizers, theme, your rate card, brand colour, font, radius)."}</p>
                    <div class="field">
                        <label for="embed-theme">{"Theme"}</label>
                        <select id="embed-theme" data-testid="embed-theme" onchange={on_theme}>
                            { options(THEMES, *theme, label) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="embed-iframe-code">{"Iframe"}</label>
                        <textarea id="embed-iframe-code" data-testid="embed-iframe-code" readonly=true rows="4" value={iframe.clone()} />
                        <button type="button" data-testid="embed-copy-iframe" onclick={copy(iframe)}>{"Copy the iframe code"}</button>
                    </div>
                    <div class="field">
                        <label for="embed-script-code">{"Script"}</label>
                        <textarea id="embed-script-code" data-testid="embed-script-code" readonly=true rows="3" value={script.clone()} />
                        <button type="button" data-testid="embed-copy-script" onclick={copy(script)}>{"Copy the script code"}</button>
                    </div>
                    <p class="share-status" role="status" aria-live="polite">{ status.unwrap_or("") }</p>
                </section>
            }
        </div>
    }
}
