//! Shared by the native test suites; each suite uses part of it.
#![allow(dead_code)]

use std::rc::Rc;

use audio_cost::i18n::number::money;
use audio_cost::pricing::scenario::SCENARIO_VERSION;
use audio_cost::pricing::{
    builtin_card, country, quote, Basis, CallRounding, Channel, CountryCode, Group, Offer,
    OfferPreset, OptionQuote, PhoneType, Quote, Rate, RateCard, Rates, Scenario, UsageKind,
    UsageLine,
};
use audio_cost::state::{Action, Edit, State};
use proptest::prelude::*;
use rust_decimal::Decimal;
use yew::Reducible;

/// The header row of Microsoft's rate sheets (shared/data/SOURCES.md), in GBP.
pub const MS_HEADER: [&str; 7] = [
    "Origin",
    "Destination",
    "Prefix(es)",
    "Originating Number Type",
    "Terminating Number Type",
    "Per Minute Rate in GBP (Billed in Tenths of a Minute)",
    "Connection charge in GBP",
];

/// A known country code, upper or lower case: `cc("GB")`.
pub fn cc(code: &str) -> CountryCode {
    CountryCode::parse(code).expect("a known country code")
}

/// A usage line counted per organizer: each organizer makes `calls` calls a month of `minutes`
/// minutes each.
pub fn line(
    kind: UsageKind,
    country: &str,
    phone: PhoneType,
    calls: Decimal,
    minutes: Decimal,
) -> UsageLine {
    UsageLine {
        kind,
        country: cc(country),
        phone,
        calls,
        minutes_per_call: minutes,
        basis: Basis::PerOrganizer,
        billed_minutes: None,
    }
}

/// A group of `organizers`, one licence each (none purchased beyond them).
pub fn group(name: &str, organizers: u32, usage: Vec<UsageLine>) -> Group {
    Group {
        name: name.into(),
        organizers,
        licences_purchased: None,
        usage,
        licences_owned: 0,
        us_can_add_on: false,
    }
}

/// A tenant in `tenant` at the list prices (Audio Conferencing at 4.00 per organizer with its
/// 60 pooled Zone A minutes, pay-per-minute at 0), over 12 months, bought through Volume
/// Licensing. Calls last exactly their average (the average rounded up once), which keeps the
/// hand-worked figures short; the tests of the other rounding set it.
pub fn scenario(tenant: &str, groups: Vec<Group>) -> Scenario {
    Scenario {
        version: SCENARIO_VERSION,
        tenant_country: cc(tenant),
        per_user: Offer::preset(OfferPreset::AudioConferencing),
        pay_per_minute: Offer::preset(OfferPreset::PayPerMinute),
        term_months: 12,
        groups,
        channel: Channel::VolumeLicensing,
        rounding: CallRounding::ExactAverage,
        us_can_add_on_price: Decimal::ZERO,
    }
}

/// The page's example with each call's average length rounded up once, the rule the figures
/// worked out by hand in these tests follow (the page's default adds half a tenth a call).
pub fn example() -> Scenario {
    Scenario {
        rounding: CallRounding::ExactAverage,
        ..Scenario::example()
    }
}

/// [`scenario`] with one group, "Team".
pub fn one_group(tenant: &str, organizers: u32, usage: Vec<UsageLine>) -> Scenario {
    scenario(tenant, vec![group("Team", organizers, usage)])
}

/// The quote on the built-in card; the scenario must be valid.
pub fn priced(s: &Scenario) -> Quote {
    quote(s, &builtin_card()).expect("valid scenario")
}

/// The per-user licence's monthly total, exact; it must be priced.
pub fn per_user(q: &Quote) -> Decimal {
    q.per_user.monthly().expect("per-user priced")
}

/// Pay-per-minute's monthly total, exact; it must be priced.
pub fn ppm(q: &Quote) -> Decimal {
    q.pay_per_minute.monthly().expect("pay-per-minute priced")
}

/// A rate as a card holds it (`None` is a missing rate).
pub fn rate(per_minute: Decimal, per_call: Decimal) -> Option<Rate> {
    Some(Rate::new(per_minute, per_call))
}

/// An option's monthly total as the page shows it in US dollars ("$347.75"), "n/a" where the
/// option isn't priced.
pub fn shown(option: &OptionQuote) -> String {
    option.monthly().map_or("n/a".into(), |m| money(m, "USD"))
}

/// Both monthly totals as shown: (per-user licence, pay-per-minute).
pub fn shown_totals(q: &Quote) -> (String, String) {
    (shown(&q.per_user), shown(&q.pay_per_minute))
}

/// The page's state after `actions`, from the first screen.
/// The page's first state, with each call's average rounded up once as the figures these
/// tests work out by hand assume (see [`example`]), after `actions`.
pub fn run(actions: Vec<Action>) -> Rc<State> {
    let exact = Action::Edit(Edit::Rounding(CallRounding::ExactAverage));
    run_from(
        State::default(),
        std::iter::once(exact).chain(actions).collect(),
    )
}

/// `state` after `actions`.
pub fn run_from(state: State, actions: Vec<Action>) -> Rc<State> {
    actions
        .into_iter()
        .fold(Rc::new(state), |state, action| state.reduce(action))
}

/// The built-in card with `code`'s rates changed by `edit`.
pub fn card_with(code: &str, edit: impl FnOnce(&mut Rates)) -> RateCard {
    let mut card = builtin_card();
    let mut countries = card.countries.to_vec();
    let code = cc(code);
    let entry = countries
        .iter_mut()
        .find(|c| c.code == code)
        .expect("every ISO country is on the card");
    edit(&mut entry.rates);
    card.countries = countries.into();
    card
}

/// Decimals from 0 to `max_units` hundredths (dp 2), tenths (dp 1), …
pub fn decimal(max_units: i64, dp: u32) -> impl Strategy<Value = Decimal> {
    (0..=max_units).prop_map(move |m| Decimal::new(m, dp))
}

/// Any of the 249 ISO 3166-1 countries.
pub fn any_country() -> impl Strategy<Value = CountryCode> {
    (0..249usize).prop_map(|i| country::all().nth(i).map(|(c, _)| c).unwrap())
}

pub fn usage_kind() -> impl Strategy<Value = UsageKind> {
    prop_oneof![
        Just(UsageKind::TollDialIn),
        Just(UsageKind::TollFreeDialIn),
        Just(UsageKind::DialOut)
    ]
}

pub fn phone_type() -> impl Strategy<Value = PhoneType> {
    prop_oneof![Just(PhoneType::Wireline), Just(PhoneType::Wireless)]
}

/// A usage line of any kind, country and phone, with calls, minutes and basis from the given
/// strategies.
pub fn usage_line(
    calls: impl Strategy<Value = Decimal>,
    minutes: impl Strategy<Value = Decimal>,
    basis: impl Strategy<Value = Basis>,
) -> impl Strategy<Value = UsageLine> {
    (
        usage_kind(),
        any_country(),
        phone_type(),
        calls,
        minutes,
        basis,
    )
        .prop_map(
            |(kind, country, phone, calls, minutes_per_call, basis)| UsageLine {
                kind,
                country,
                phone,
                calls,
                minutes_per_call,
                basis,
                billed_minutes: None,
            },
        )
}
