use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::rendered;

use super::use_lang;
use crate::i18n::Msg;

use crate::i18n::text;
use crate::pricing::presets::Preset;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct PresetPickerProps {
    pub on_action: Callback<Action>,
}

/// "Start from a typical customer": loads a preset and says what it assumes.
#[component]
pub fn PresetPicker(props: &PresetPickerProps) -> Html {
    rendered("PresetPicker");
    let lang = use_lang();
    let chosen = use_state(|| None::<Preset>);
    let onchange = {
        let (chosen, on_action) = (chosen.clone(), props.on_action.clone());
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<HtmlSelectElement>();
            if let Some(preset) = Preset::ALL.into_iter().find(|p| p.key() == select.value()) {
                on_action.emit(Action::Load(Rc::new(preset.scenario())));
                chosen.set(Some(preset));
            }
            // Back to the prompt, so the same preset can be chosen again after edits.
            select.set_value("");
        })
    };
    html! {
        <div class="preset-picker">
            <label for="preset">{lang.t(Msg::PresetLabel)}</label>
            <select id="preset" data-testid="preset" {onchange} aria-describedby="preset-assumes">
                <option value="" selected=true>{lang.t(Msg::PresetChoose)}</option>
                { for Preset::ALL.into_iter().map(|p| html! { <option value={p.key()}>{text::preset(lang, p).0}</option> }) }
            </select>
            <p id="preset-assumes" class="hint" aria-live="polite">
                { chosen.map_or("", |p| text::preset(lang, p).1) }
            </p>
        </div>
    }
}
