use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::rendered;

use super::use_lang;
use crate::i18n::Msg;

use crate::presets::PRESETS;
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
    let chosen = use_state(|| None::<usize>);
    let onchange = {
        let (chosen, on_action) = (chosen.clone(), props.on_action.clone());
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<HtmlSelectElement>();
            if let Some(i) = PRESETS.iter().position(|p| p.key == select.value()) {
                on_action.emit(Action::Load(Rc::new((PRESETS[i].scenario)())));
                chosen.set(Some(i));
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
                { for PRESETS.iter().map(|p| html! { <option value={p.key}>{lang.t(p.name)}</option> }) }
            </select>
            <p id="preset-assumes" class="hint" aria-live="polite">
                { chosen.map_or("", |i| lang.t(PRESETS[i].assumes)) }
            </p>
        </div>
    }
}
