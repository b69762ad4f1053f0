use yew::prelude::*;

use super::choice::{on_pick, options, Choices};
use super::field::Field;
use crate::pricing::OfferPreset;
use crate::state::Action;
use crate::text;

#[derive(Properties, PartialEq)]
pub struct OfferPanelProps {
    pub offer: OfferPreset,
    pub currency: AttrValue,
    pub licence_price: AttrValue,
    pub ppm_price: AttrValue,
    pub licence_price_error: Option<AttrValue>,
    pub ppm_price_error: Option<AttrValue>,
    pub on_action: Callback<Action>,
}

const OFFERS: &Choices<OfferPreset> = &[
    (OfferPreset::AudioConferencing, "audio_conferencing"),
    (OfferPreset::DialOutUsCan, "dial_out_us_can"),
];

/// Which per-user licence to compare, and every price editable.
#[component]
pub fn OfferPanel(props: &OfferPanelProps) -> Html {
    let onchange = on_pick(OFFERS, props.on_action.reform(Action::SetOffer));
    let currency = &props.currency;
    html! {
        <fieldset class="panel offer">
            <legend>{"Licences"}</legend>
            <div class="field">
                <label for="licence-offer">{"Per-user licence"}</label>
                <select id="licence-offer" data-testid="licence-offer" {onchange}>
                    { options(OFFERS, props.offer, text::offer) }
                </select>
            </div>
            <Field id="licence-price" label={format!("Licence price ({currency} per organizer per month)")}
                testid="licence-price" value={&props.licence_price}
                hint="List price USD 4.00 (2017 sources); enter what you pay."
                error={props.licence_price_error.clone()} on_input={props.on_action.reform(Action::SetLicencePrice)} />
            <Field id="ppm-price" label={format!("Pay-per-minute fee ({currency} per organizer per month)")}
                testid="ppm-price" value={&props.ppm_price} hint="Microsoft charges none; set one if your agreement has it."
                error={props.ppm_price_error.clone()} on_input={props.on_action.reform(Action::SetPpmPrice)} />
        </fieldset>
    }
}
