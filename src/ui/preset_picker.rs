use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::presets::PRESETS;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct PresetPickerProps {
    pub on_action: Callback<Action>,
}

/// "Start from a typical customer": loads a preset and says what it assumes.
#[component]
pub fn PresetPicker(props: &PresetPickerProps) -> Html {
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
            <label for="preset">{"Start from a typical customer"}</label>
            <select id="preset" data-testid="preset" {onchange} aria-describedby="preset-assumes">
                <option value="" selected=true>{"Choose a preset…"}</option>
                { for PRESETS.iter().map(|p| html! { <option value={p.key}>{p.name}</option> }) }
            </select>
            <p id="preset-assumes" class="hint" aria-live="polite">
                { chosen.map_or("", |i| PRESETS[i].assumes) }
            </p>
        </div>
    }
}
