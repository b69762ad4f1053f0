//! The theme, in one place: light, dark, or the system's. The page's picker remembers it in
//! this browser (static/prerender-guard.js applies it before the first paint); an embed sets it
//! with its `theme` option; the embed dialog writes it into its snippets.

use yew::prelude::*;

use super::browser;
use super::choice::{on_pick, options, Choices};
use super::{rendered, use_lang};
use crate::i18n::{Lang, Msg};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// The system's light or dark setting.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// Each theme and its key: the select's value, the embed option's, the stored one, and
    /// `data-theme` on the root.
    pub const CHOICES: &Choices<Theme> = &[
        (Theme::Auto, "auto"),
        (Theme::Light, "light"),
        (Theme::Dark, "dark"),
    ];

    pub fn as_str(self) -> &'static str {
        Theme::CHOICES
            .iter()
            .find(|(theme, _)| *theme == self)
            .map_or("auto", |(_, key)| key)
    }

    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::CHOICES
            .iter()
            .find(|(_, k)| *k == key)
            .map(|(theme, _)| *theme)
    }
}

fn label(lang: Lang, theme: Theme) -> &'static str {
    lang.t(match theme {
        Theme::Light => Msg::ThemeLight,
        Theme::Dark => Msg::ThemeDark,
        Theme::Auto => Msg::ThemeAuto,
    })
}

/// Light, dark, or the system's: remembered in this browser.
#[component]
pub fn ThemePicker() -> Html {
    rendered("ThemePicker");
    let lang = use_lang();
    let theme = use_state(|| browser::storage::stored_theme().unwrap_or_default());
    use_effect_with(*theme, |theme| browser::storage::apply_theme(*theme));
    let onchange = on_pick(
        Theme::CHOICES,
        Callback::from({
            let theme = theme.clone();
            move |chosen| theme.set(chosen)
        }),
    );
    html! {
        <div class="theme-picker">
            <label for="theme">{lang.t(Msg::ThemeLabel)}</label>
            <select id="theme" data-testid="theme" {onchange}>
                { options(Theme::CHOICES, *theme, |t| label(lang, t)) }
            </select>
        </div>
    }
}
