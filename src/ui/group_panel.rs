use std::collections::BTreeMap;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::use_lang;
use crate::i18n::{text, Msg};

use super::field::Field;
use super::rendered;
use super::usage_table::UsageTable;
use crate::pricing::Field as ScenarioField;
use crate::state::{Action, Edit, FieldError, GroupForm, Input};

#[derive(Properties, PartialEq)]
pub struct GroupPanelProps {
    pub index: usize,
    pub group: GroupForm,
    pub errors: BTreeMap<ScenarioField, FieldError>,
    /// False for the only group: a tenant has at least one.
    pub removable: bool,
    /// The rate card prices toll dial-in by phone type somewhere.
    pub toll_by_phone: bool,
    pub on_action: Callback<Action>,
}

/// One organizer group: its name, size and licences, and its own call mix.
#[component]
pub fn GroupPanel(props: &GroupPanelProps) -> Html {
    rendered("GroupPanel");
    let lang = use_lang();
    let on_action = &props.on_action;
    let g = props.index;
    // The first group keeps the ids the page had before groups, so links to them still work.
    let id = |name: &str| {
        if g == 0 {
            AttrValue::from(name.to_string())
        } else {
            AttrValue::from(format!("{name}-{g}"))
        }
    };
    let error = |field: ScenarioField| {
        props
            .errors
            .get(&field)
            .map(|e| AttrValue::from(e.in_lang(lang)))
    };
    let group = &props.group;
    // Removable exactly when the tenant has more than one group.
    let title = text::group_name(lang, &group.name, g, !props.removable).into_owned();
    let on_remove = props
        .on_action
        .reform(move |_: MouseEvent| Action::Edit(Edit::RemoveGroup(g)));
    let on_add_on = props.on_action.reform(move |e: Event| {
        let on = e.target_unchecked_into::<HtmlInputElement>().checked();
        Action::Edit(Edit::AddOn(g, on))
    });
    html! {
        <fieldset class="panel group" data-testid="group">
            <legend>{&title}</legend>
            <div class="group-fields">
                <Field id={id("group-name")} label={lang.t(Msg::GroupName)} testid="group-name" inputmode="text"
                    value={group.name.clone()} placeholder={title.clone()} error={error(ScenarioField::GroupName(g))}
                    input={Input::GroupName(g)} {on_action} />
                <Field id={id("organizers")} label={lang.t(Msg::GroupOrganizers)} testid="organizers" inputmode="numeric"
                    value={group.organizers.clone()} hint={lang.t(Msg::GroupOrganizersHint)}
                    error={error(ScenarioField::Organizers(g))}
                    input={Input::Organizers(g)} {on_action} />
                <Field id={id("licences")} label={lang.t(Msg::GroupLicences)} testid="licences" inputmode="numeric"
                    value={group.licences.clone()} placeholder={lang.t(Msg::GroupLicencesPlaceholder)}
                    hint={lang.t(Msg::GroupLicencesHint)}
                    error={error(ScenarioField::Licences(g))}
                    input={Input::Licences(g)} {on_action} />
                <Field id={id("licences-owned")} label={lang.t(Msg::GroupOwned)} testid="licences-owned" inputmode="numeric"
                    value={group.owned.clone()} placeholder="0" hint={lang.t(Msg::GroupOwnedHint)}
                    error={error(ScenarioField::LicencesOwned(g))}
                    input={Input::LicencesOwned(g)} {on_action} />
                <div class="field check">
                    <label>
                        <input type="checkbox" data-testid="add-on" checked={group.add_on} onchange={on_add_on} />
                        {lang.t(Msg::GroupAddOn)}
                    </label>
                </div>
                if props.removable {
                    <button type="button" class="remove-group" data-testid="remove-group"
                        aria-label={lang.tf(Msg::GroupRemoveLabel, &[("name", &title)])} onclick={on_remove}>{lang.t(Msg::GroupRemove)}</button>
                }
            </div>
            <UsageTable group={g} lines={group.lines.clone()} errors={props.errors.clone()}
                toll_by_phone={props.toll_by_phone} on_action={props.on_action.clone()} />
        </fieldset>
    }
}
