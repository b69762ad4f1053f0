//! Shared by the native test suites; each suite uses part of it.
#![allow(dead_code)]

use audio_cost::pricing::{
    builtin_card, country, Basis, CountryCode, PhoneType, RateCard, Rates, UsageKind, UsageLine,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

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

/// The built-in card with `code`'s rates changed by `edit`.
pub fn card_with(code: &str, edit: impl FnOnce(&mut Rates)) -> RateCard {
    let mut card = builtin_card();
    let mut countries = card.countries.to_vec();
    let code = CountryCode::parse(code).expect("a known country code");
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
            },
        )
}
