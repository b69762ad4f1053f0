//! `<select>` helpers: each choice is a value and the key the DOM (and the hooks) use for it.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

pub type Choices<T> = [(T, &'static str)];

/// The `<option>`s, `selected` marked.
pub fn options<T: Copy + PartialEq>(
    choices: &Choices<T>,
    selected: T,
    label: impl Fn(T) -> &'static str,
) -> Html {
    choices
        .iter()
        .map(|(value, key)| html! { <option value={*key} selected={*value == selected}>{label(*value)}</option> })
        .collect()
}

/// An `onchange` handler that emits the value whose key was picked.
pub fn on_pick<T: Copy + 'static>(
    choices: &'static Choices<T>,
    emit: Callback<T>,
) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let key = e.target_unchecked_into::<HtmlSelectElement>().value();
        if let Some((value, _)) = choices.iter().find(|(_, k)| *k == key) {
            emit.emit(*value);
        }
    })
}
