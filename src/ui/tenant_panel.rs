use yew::prelude::*;

use super::use_lang;
use crate::i18n::Msg;

use super::country_lists::TENANT_LIST_ID;
use super::field::Field;
use super::rendered;
use crate::state::{Action, Input};

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
    rendered("TenantPanel");
    let lang = use_lang();
    let on_action = &props.on_action;
    html! {
        <fieldset class="panel tenant">
            <legend>{lang.t(Msg::TenantLegend)}</legend>
            <Field id="tenant-country" label={lang.t(Msg::TenantCountry)} testid="tenant-country" inputmode="text"
                value={&props.country} list={AttrValue::Static(TENANT_LIST_ID)}
                hint={lang.t(Msg::TenantCountryHint)}
                error={props.country_error.clone()} input={Input::TenantCountry} {on_action} />
            <Field id="term-months" label={lang.t(Msg::TenantTerm)} testid="term-months" inputmode="numeric"
                value={&props.term_months} error={props.term_error.clone()} input={Input::TermMonths} {on_action} />
        </fieldset>
    }
}
