use yew::prelude::*;

use super::rendered;

use super::use_lang;
use crate::i18n::{Lang, Msg};

use super::browser;
use super::choice::{on_pick, options, Choices};

const THEMES: &Choices<&str> = &[("auto", "auto"), ("light", "light"), ("dark", "dark")];

fn label(lang: Lang, theme: &str) -> &'static str {
    lang.t(match theme {
        "light" => Msg::ThemeLight,
        "dark" => Msg::ThemeDark,
        _ => Msg::ThemeAuto,
    })
}

/// Light, dark, or the system's: remembered in this browser.
#[component]
pub fn ThemePicker() -> Html {
    rendered("ThemePicker");
    let lang = use_lang();
    let theme = use_state(|| {
        let stored = browser::storage::stored_theme().unwrap_or_default();
        THEMES
            .iter()
            .map(|(t, _)| *t)
            .find(|t| *t == stored)
            .unwrap_or("auto")
    });
    use_effect_with(*theme, |theme| browser::storage::apply_theme(theme));
    let onchange = on_pick(
        THEMES,
        Callback::from({
            let theme = theme.clone();
            move |chosen| theme.set(chosen)
        }),
    );
    html! {
        <div class="theme-picker">
            <label for="theme">{lang.t(Msg::ThemeLabel)}</label>
            <select id="theme" data-testid="theme" {onchange}>
                { options(THEMES, *theme, |t| label(lang, t)) }
            </select>
        </div>
    }
}
