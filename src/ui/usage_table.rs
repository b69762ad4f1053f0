use std::collections::BTreeMap;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::use_lang;
use crate::i18n::Msg;

use super::hooks::use_focus_after_removal;
use super::rendered;
use super::usage_row::UsageRow;
use crate::pricing::scenario::limits::MAX_USAGE_LINES;
use crate::pricing::scenario::LineField;
use crate::pricing::Field;
use crate::state::{Action, Edit, FieldError, LineForm};

#[derive(Properties, PartialEq)]
pub struct UsageTableProps {
    pub group: usize,
    pub lines: Vec<LineForm>,
    pub errors: BTreeMap<Field, FieldError>,
    /// The rate card prices toll dial-in by phone type somewhere.
    pub toll_by_phone: bool,
    pub on_action: Callback<Action>,
}

/// The call mix: one row per kind of call, added and removed freely.
#[component]
pub fn UsageTable(props: &UsageTableProps) -> Html {
    rendered("UsageTable");
    let lang = use_lang();
    let g = props.group;
    let error = |l: usize, field: LineField| {
        props
            .errors
            .get(&Field::Line(g, l, field))
            .map(|e| AttrValue::from(e.in_lang(lang)))
    };
    let full = props.lines.len() >= MAX_USAGE_LINES;
    // After "+ Add a line" the new line (the last) takes the focus, at its first control: a
    // keyboard user goes on typing where the line is, not from the button below it.
    let list = use_node_ref();
    let focus_new = use_mut_ref(|| false);
    use_effect_with(props.lines.len(), {
        let (list, focus_new) = (list.clone(), focus_new.clone());
        move |_| {
            if focus_new.replace(false) {
                let first_control = list
                    .cast::<web_sys::Element>()
                    .and_then(|ol| ol.last_element_child())
                    .and_then(|li| li.query_selector("select").ok().flatten())
                    .and_then(|select| select.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(control) = first_control {
                    let _ = control.focus();
                }
            }
        }
    });
    let add_button = use_node_ref();
    use_focus_after_removal(props.lines.len(), &add_button);
    let on_add = props.on_action.reform(move |_: MouseEvent| {
        *focus_new.borrow_mut() = true;
        Action::Edit(Edit::AddLine(g))
    });
    html! {
        <fieldset class="usage">
            <legend>{lang.t(Msg::UsageLegend)}</legend>
            <p class="hint">{lang.t(Msg::UsageHint)}</p>
            if props.lines.is_empty() {
                <p class="empty">{lang.t(Msg::UsageEmpty)}</p>
            }
            <ol class="usage-lines" ref={list}>
                { for props.lines.iter().enumerate().map(|(l, line)| html! {
                    <UsageRow key={line.id} group={g} number={l + 1} line={line.clone()}
                        country_error={error(l, LineField::Country)}
                        calls_error={error(l, LineField::Calls)}
                        minutes_error={error(l, LineField::Minutes)}
                        toll_by_phone={props.toll_by_phone}
                        on_action={props.on_action.clone()} />
                }) }
            </ol>
            if let Some(message) = props.errors.get(&Field::UsageLines(g)) {
                <small class="error" role="alert">{message.in_lang(lang)}</small>
            }
            <p class="line-actions">
                <button type="button" class="add" data-testid="add-usage-line" onclick={on_add} ref={add_button}
                    disabled={full} aria-describedby={full.then(|| format!("lines-full-{g}"))}>{lang.t(Msg::UsageAdd)}</button>
                if full {
                    <span id={format!("lines-full-{g}")} class="hint" data-testid="lines-full">{lang.tf(Msg::UsageFull, &[("max", &MAX_USAGE_LINES.to_string())])}</span>
                }
            </p>
        </fieldset>
    }
}
