use yew::prelude::*;

use crate::i18n::{Lang, Msg};
use crate::ui::{copy_on_click, rendered, use_lang};

use super::{host_csp, snippets, Theme};
use crate::ui::browser;
use crate::ui::choice::{on_pick, options};

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// The encoded scenario: the snippets start from it.
    pub fragment: AttrValue,
}

fn label(lang: Lang, theme: Theme) -> &'static str {
    lang.t(match theme {
        Theme::Auto => Msg::EmbedThemeAuto,
        Theme::Light => Msg::ThemeLight,
        Theme::Dark => Msg::ThemeDark,
    })
}

/// "Embed this calculator": ready-to-paste iframe and script snippets that start from the
/// current scenario, with a copy button each.
#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    rendered("EmbedDialog");
    let lang = use_lang();
    let open = use_state(|| false);
    let theme = use_state(|| Theme::Auto);
    let status = use_state(|| None::<&'static str>);
    let base = browser::address::page_base().unwrap_or_default();
    let (iframe, script) = snippets(&base, &props.fragment, *theme);
    let (iframe_csp, script_csp) = host_csp(&base);
    let said = (lang.t(Msg::EmbedCopied), lang.t(Msg::EmbedCopyRefused));
    let copy = |code: String| copy_on_click(&status, code, said);
    let on_theme = on_pick(Theme::CHOICES, {
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
                {lang.t(Msg::EmbedOpen)}
            </button>
            if *open {
                <section id="embed-panel" class="panel embed-panel" aria-labelledby="embed-title">
                    <h2 id="embed-title">{lang.t(Msg::EmbedTitle)}</h2>
                    <p class="hint">{lang.t(Msg::EmbedHint)}</p>
                    <div class="field">
                        <label for="embed-theme">{lang.t(Msg::ThemeLabel)}</label>
                        <select id="embed-theme" data-testid="embed-theme" onchange={on_theme}>
                            { options(Theme::CHOICES, *theme, |t| label(lang, t)) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="embed-iframe-code">{lang.t(Msg::EmbedIframe)}</label>
                        <textarea id="embed-iframe-code" data-testid="embed-iframe-code" readonly=true rows="4" value={iframe.clone()} />
                        <button type="button" data-testid="embed-copy-iframe" onclick={copy(iframe)}>{lang.t(Msg::EmbedCopyIframe)}</button>
                        <p class="hint">{lang.t(Msg::EmbedCsp)}{" "}<code data-testid="embed-iframe-csp">{iframe_csp}</code></p>
                    </div>
                    <div class="field">
                        <label for="embed-script-code">{lang.t(Msg::EmbedScript)}</label>
                        <textarea id="embed-script-code" data-testid="embed-script-code" readonly=true rows="3" value={script.clone()} />
                        <button type="button" data-testid="embed-copy-script" onclick={copy(script)}>{lang.t(Msg::EmbedCopyScript)}</button>
                        <p class="hint">{lang.t(Msg::EmbedCsp)}{" "}<code data-testid="embed-script-csp">{script_csp}</code></p>
                    </div>
                    <p class="share-status" role="status" aria-live="polite">{ status.unwrap_or("") }</p>
                </section>
            }
        </div>
    }
}
