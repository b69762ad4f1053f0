use yew::prelude::*;

use super::use_lang;
use crate::i18n::Msg;

use super::choice::{on_pick, options, Choices};
use super::country_lists::TENANT_LIST_ID;
use super::field::Field;
use super::rendered;
use crate::i18n::text;
use crate::pricing::{CallRounding, Channel};
use crate::state::{Action, Edit, Input};

#[derive(Properties, PartialEq)]
pub struct TenantPanelProps {
    pub country: AttrValue,
    pub term_months: AttrValue,
    pub channel: Channel,
    pub rounding: CallRounding,
    /// "What can be bought in ...: Microsoft's page as of ..." for the country priced.
    pub snapshot: Option<AttrValue>,
    pub country_error: Option<AttrValue>,
    pub term_error: Option<AttrValue>,
    pub on_action: Callback<Action>,
}

const CHANNELS: &Choices<Channel> = &[
    (Channel::NotSure, "not_sure"),
    (Channel::VolumeLicensing, "volume_licensing"),
    (Channel::CloudSolutionProvider, "cloud_solution_provider"),
    (Channel::CustomerAgreement, "customer_agreement"),
];

const ROUNDINGS: &Choices<CallRounding> = &[
    (CallRounding::Varied, "varied"),
    (CallRounding::ExactAverage, "exact_average"),
];

/// Where and how the tenant buys, over how long, and how its calls are billed.
#[component]
pub fn TenantPanel(props: &TenantPanelProps) -> Html {
    rendered("TenantPanel");
    let lang = use_lang();
    let on_action = &props.on_action;
    let on_channel = on_pick(
        CHANNELS,
        on_action.reform(|c| Action::Edit(Edit::Channel(c))),
    );
    let on_rounding = on_pick(
        ROUNDINGS,
        on_action.reform(|r| Action::Edit(Edit::Rounding(r))),
    );
    html! {
        <fieldset class="panel tenant">
            <legend>{lang.t(Msg::TenantLegend)}</legend>
            <Field id="tenant-country" label={lang.t(Msg::TenantCountry)} testid="tenant-country" inputmode="text"
                value={&props.country} list={AttrValue::Static(TENANT_LIST_ID)}
                hint={lang.t(Msg::TenantCountryHint)}
                error={props.country_error.clone()} input={Input::TenantCountry} {on_action} />
            if let Some(snapshot) = &props.snapshot {
                <p class="hint snapshot" data-testid="availability-snapshot">{snapshot}</p>
            }
            <div class="field">
                <label for="channel">{lang.t(Msg::ChannelLabel)}</label>
                <select id="channel" data-testid="channel" aria-describedby="channel-hint" onchange={on_channel}>
                    { options(CHANNELS, props.channel, |c| text::channel(lang, c)) }
                </select>
                <small id="channel-hint" class="hint">{lang.t(Msg::ChannelHint)}</small>
            </div>
            <Field id="term-months" label={lang.t(Msg::TenantTerm)} testid="term-months" inputmode="numeric"
                value={&props.term_months} error={props.term_error.clone()} input={Input::TermMonths} {on_action} />
            <div class="field">
                <label for="rounding">{lang.t(Msg::RoundingLabel)}</label>
                <select id="rounding" data-testid="rounding" onchange={on_rounding}>
                    { options(ROUNDINGS, props.rounding, |r| text::rounding(lang, r)) }
                </select>
            </div>
        </fieldset>
    }
}
