use yew::prelude::*;

use super::field::Field;
use super::rendered;
use super::use_lang;
use crate::i18n::Msg;
use crate::pricing::money::RATE_SHEET_CURRENCIES;
use crate::state::{Action, Edit, Input};

#[derive(Properties, PartialEq)]
pub struct DisplayPanelProps {
    /// The rate card's currency: amounts stay in it; the other is an approximation.
    pub card_currency: AttrValue,
    /// "" for none.
    pub currency: AttrValue,
    pub rate: AttrValue,
    pub rate_error: Option<AttrValue>,
    pub on_action: Callback<Action>,
}

/// Totals also in another currency, at an exchange rate the user types (nothing is fetched).
#[component]
pub fn DisplayPanel(props: &DisplayPanelProps) -> Html {
    rendered("DisplayPanel");
    let lang = use_lang();
    let on_action = &props.on_action;
    let onchange = on_action.reform(|e: Event| {
        let code = e.target_unchecked_into::<web_sys::HtmlSelectElement>();
        Action::Edit(Edit::DisplayCurrency(code.value()))
    });
    let chosen = props.currency.as_str();
    html! {
        <fieldset class="panel display-currency">
            <legend>{lang.t(Msg::DisplayLegend)}</legend>
            <div class="field">
                <label for="display-currency">{lang.t(Msg::DisplayCurrency)}</label>
                <select id="display-currency" data-testid="display-currency" {onchange}>
                    <option value="" selected={chosen.is_empty()}>{lang.t(Msg::DisplayNone)}</option>
                    { for RATE_SHEET_CURRENCIES.iter().filter(|c| **c != props.card_currency.as_str()).map(|c| html! {
                        <option value={*c} selected={chosen == *c}>{*c}</option>
                    }) }
                </select>
            </div>
            if !chosen.is_empty() {
                <Field id="exchange-rate" testid="exchange-rate" value={&props.rate}
                    label={lang.tf(Msg::DisplayRate, &[("from", &props.card_currency), ("to", chosen)])}
                    hint={lang.t(Msg::DisplayRateHint)} error={props.rate_error.clone()}
                    input={Input::ExchangeRate} {on_action} />
            }
        </fieldset>
    }
}
