use yew::prelude::*;

use super::browser;
use super::choice::{on_pick, options, Choices};

const THEMES: &Choices<&str> = &[("auto", "auto"), ("light", "light"), ("dark", "dark")];

fn label(theme: &str) -> &'static str {
    match theme {
        "light" => "Light",
        "dark" => "Dark",
        _ => "Auto (system)",
    }
}

/// Light, dark, or the system's: remembered in this browser.
#[component]
pub fn ThemePicker() -> Html {
    let theme = use_state(|| {
        let stored = browser::stored_theme().unwrap_or_default();
        THEMES
            .iter()
            .map(|(t, _)| *t)
            .find(|t| *t == stored)
            .unwrap_or("auto")
    });
    use_effect_with(*theme, |theme| browser::apply_theme(theme));
    let onchange = on_pick(
        THEMES,
        Callback::from({
            let theme = theme.clone();
            move |chosen| theme.set(chosen)
        }),
    );
    html! {
        <div class="theme-picker">
            <label for="theme">{"Theme"}</label>
            <select id="theme" data-testid="theme" {onchange}>
                { options(THEMES, *theme, label) }
            </select>
        </div>
    }
}
