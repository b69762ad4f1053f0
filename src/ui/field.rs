use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::rendered;
use crate::state::{Action, Input};

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub testid: AttrValue,
    /// What the field edits: each keystroke is `Action::text(input, value)`.
    pub input: Input,
    /// The app's dispatcher, the same every render, so an unchanged field skips its render.
    pub on_action: Callback<Action>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// `list` attribute: the id of a `<datalist>` to suggest from.
    #[prop_or_default]
    pub list: Option<AttrValue>,
    #[prop_or(AttrValue::Static("decimal"))]
    pub inputmode: AttrValue,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
}

/// A labelled text input with its message beside it. It keeps whatever was typed (the state
/// holds the text), and ties the message to the input for screen readers. Its elements are the
/// same whether the value reads or not (the message's slot is always there, empty when there
/// is nothing to say), so typing through an invalid value never replaces the input under the
/// cursor.
#[component]
pub fn Field(props: &FieldProps) -> Html {
    rendered("Field");
    let input = props.input;
    let oninput = props.on_action.reform(move |e: InputEvent| {
        Action::text(input, e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let error_id = format!("{}-error", props.id);
    let hint_id = format!("{}-hint", props.id);
    let described = match &props.hint {
        Some(_) => format!("{error_id} {hint_id}"),
        None => error_id.clone(),
    };
    html! {
        <div class={classes!("field", props.error.is_some().then_some("invalid"))}>
            <label for={&props.id}>{&props.label}</label>
            <input
                id={&props.id}
                type="text"
                inputmode={&props.inputmode}
                autocomplete="off"
                list={props.list.clone()}
                placeholder={props.placeholder.clone()}
                data-testid={&props.testid}
                value={&props.value}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={described}
                {oninput}
            />
            if let Some(hint) = &props.hint {
                <small id={hint_id} class="hint">{hint}</small>
            }
            <small id={error_id} class="error" role="alert">{props.error.clone().unwrap_or_default()}</small>
        </div>
    }
}
