use yew::prelude::*;

use super::use_lang;
use crate::i18n::Msg;

use super::choice::{on_pick, options, Choices};
use super::field::Field;
use super::rendered;
use crate::i18n::text;
use crate::pricing::OfferPreset;
use crate::state::{Action, Edit, Input};

#[derive(Properties, PartialEq)]
pub struct OfferPanelProps {
    pub offer: OfferPreset,
    pub currency: AttrValue,
    pub licence_price: AttrValue,
    pub ppm_price: AttrValue,
    pub add_on_price: AttrValue,
    pub licence_price_error: Option<AttrValue>,
    pub ppm_price_error: Option<AttrValue>,
    pub add_on_price_error: Option<AttrValue>,
    pub on_action: Callback<Action>,
}

const OFFERS: &Choices<OfferPreset> = &[
    (OfferPreset::AudioConferencing, "audio_conferencing"),
    (OfferPreset::DialOutUsCan, "dial_out_us_can"),
];

/// Which per-user licence to compare, and every price editable.
#[component]
pub fn OfferPanel(props: &OfferPanelProps) -> Html {
    rendered("OfferPanel");
    let lang = use_lang();
    let on_action = &props.on_action;
    let onchange = on_pick(OFFERS, on_action.reform(|o| Action::Edit(Edit::Offer(o))));
    let currency = &props.currency;
    html! {
        <fieldset class="panel offer">
            <legend>{lang.t(Msg::OfferLegend)}</legend>
            <div class="field">
                <label for="licence-offer">{lang.t(Msg::SidePerUser)}</label>
                <select id="licence-offer" data-testid="licence-offer" {onchange}>
                    { options(OFFERS, props.offer, |o| text::offer_choice(lang, o)) }
                </select>
            </div>
            <Field id="licence-price" label={lang.tf(Msg::OfferLicencePrice, &[("currency", currency)])}
                testid="licence-price" value={&props.licence_price}
                hint={lang.tf(Msg::OfferLicencePriceHint, &[("currency", currency)])}
                error={props.licence_price_error.clone()} input={Input::LicencePrice} {on_action} />
            <Field id="ppm-price" label={lang.tf(Msg::OfferPpmFee, &[("currency", currency)])}
                testid="ppm-price" value={&props.ppm_price} hint={lang.t(Msg::OfferPpmFeeHint)}
                error={props.ppm_price_error.clone()} input={Input::PpmPrice} {on_action} />
            <Field id="add-on-price" label={lang.tf(Msg::AddOnPrice, &[("currency", currency)])}
                testid="add-on-price" value={&props.add_on_price} hint={lang.t(Msg::AddOnPriceHint)}
                error={props.add_on_price_error.clone()} input={Input::AddOnPrice} {on_action} />
        </fieldset>
    }
}
