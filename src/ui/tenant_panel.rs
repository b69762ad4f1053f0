use yew::prelude::*;

use super::country_lists::TENANT_LIST_ID;
use super::field::Field;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct TenantPanelProps {
    pub country: AttrValue,
    pub term_months: AttrValue,
    pub country_error: Option<AttrValue>,
    pub term_error: Option<AttrValue>,
    pub on_action: Callback<Action>,
}

/// Where the tenant buys and over how long.
#[component]
pub fn TenantPanel(props: &TenantPanelProps) -> Html {
    let emit = |make: fn(String) -> Action| props.on_action.reform(make);
    html! {
        <fieldset class="panel tenant">
            <legend>{"Your tenant"}</legend>
            <Field id="tenant-country" label="Tenant country" testid="tenant-country" inputmode="text"
                value={&props.country} list={AttrValue::Static(TENANT_LIST_ID)}
                hint="Where you buy: it decides what Microsoft sells you. Type to search."
                error={props.country_error.clone()} on_input={emit(Action::SetTenantCountry)} />
            <Field id="term-months" label="Term (months)" testid="term-months" inputmode="numeric"
                value={&props.term_months} error={props.term_error.clone()} on_input={emit(Action::SetTermMonths)} />
        </fieldset>
    }
}
