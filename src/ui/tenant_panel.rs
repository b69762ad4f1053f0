use yew::prelude::*;

use super::country_lists::TENANT_LIST_ID;
use super::field::Field;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct TenantPanelProps {
    pub country: AttrValue,
    pub organizers: AttrValue,
    pub licences: AttrValue,
    pub term_months: AttrValue,
    pub country_error: Option<AttrValue>,
    pub organizers_error: Option<AttrValue>,
    pub licences_error: Option<AttrValue>,
    pub term_error: Option<AttrValue>,
    pub on_action: Callback<Action>,
}

/// Where the tenant buys, how many organizers, how many licences, over how long.
#[component]
pub fn TenantPanel(props: &TenantPanelProps) -> Html {
    let emit = |make: fn(String) -> Action| props.on_action.reform(make);
    let on_organizers = props
        .on_action
        .reform(|text| Action::SetOrganizers(0, text));
    let on_licences = props.on_action.reform(|text| Action::SetLicences(0, text));
    html! {
        <fieldset class="panel tenant">
            <legend>{"Your tenant"}</legend>
            <Field id="tenant-country" label="Tenant country" testid="tenant-country" inputmode="text"
                value={&props.country} list={AttrValue::Static(TENANT_LIST_ID)}
                hint="Where you buy: it decides what Microsoft sells you. Type to search."
                error={props.country_error.clone()} on_input={emit(Action::SetTenantCountry)} />
            <Field id="organizers" label="Meeting organizers" testid="organizers" inputmode="numeric"
                value={&props.organizers} hint="People who schedule meetings; attendees need no licence."
                error={props.organizers_error.clone()} on_input={on_organizers} />
            <Field id="licences" label="Licences purchased" testid="licences" inputmode="numeric"
                value={&props.licences} placeholder="one per organizer"
                hint="Leave empty for one per organizer. The pool counts purchased licences."
                error={props.licences_error.clone()} on_input={on_licences} />
            <Field id="term-months" label="Term (months)" testid="term-months" inputmode="numeric"
                value={&props.term_months} error={props.term_error.clone()} on_input={emit(Action::SetTermMonths)} />
        </fieldset>
    }
}
