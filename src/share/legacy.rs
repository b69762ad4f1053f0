//! The layouts links v1 to v3 were written in, frozen: postcard reads fields in order with no
//! names, so an old link is read with the structs it was written with, then converted. A link
//! records a quote, so its scenario keeps the terms it was priced on: the average call length
//! rounded up once, and no channel, owned licences or add-on (which v4 added).

use rust_decimal::Decimal;
use serde::Deserialize;

use super::{CarriedRates, DisplayCurrency, Named, Saved};
use crate::i18n::Lang;
use crate::pricing::{
    Basis, CallRounding, Channel, CountryCode, Group, Offer, PhoneType, Rate, Rates, Scenario,
    SheetFor, UsageKind, UsageLine,
};

#[derive(Deserialize)]
pub(super) struct SavedV3 {
    scenario: ScenarioV3,
    rates: Option<CarriedRatesV3>,
    compared: Vec<NamedV3>,
    language: Option<Lang>,
    display: Option<DisplayCurrency>,
}

/// An imported card's rates, one card for both options.
#[derive(Deserialize)]
struct CarriedRatesV3 {
    name: String,
    currency: String,
    as_of: String,
    source: String,
    billing_increment: Decimal,
    countries: Vec<(CountryCode, RatesV3)>,
}

/// Five rates of two amounts each: toll dial-in (from any phone), toll-free from landlines and
/// mobiles, dial-out to landlines and mobiles.
#[derive(Deserialize)]
struct RatesV3([Option<(Decimal, Decimal)>; 5]);

#[derive(Deserialize)]
struct NamedV3 {
    name: String,
    scenario: ScenarioV3,
}

#[derive(Deserialize)]
struct ScenarioV3 {
    version: u32,
    tenant_country: CountryCode,
    per_user: Offer,
    pay_per_minute: Offer,
    term_months: u32,
    groups: Vec<GroupV3>,
}

#[derive(Deserialize)]
struct GroupV3 {
    name: String,
    organizers: u32,
    licences_purchased: Option<u32>,
    usage: Vec<UsageLineV3>,
}

#[derive(Deserialize)]
struct UsageLineV3 {
    kind: UsageKind,
    country: CountryCode,
    phone: PhoneType,
    calls: Decimal,
    minutes_per_call: Decimal,
    basis: Basis,
}

impl From<SavedV3> for Saved {
    fn from(old: SavedV3) -> Self {
        Saved {
            scenario: old.scenario.into(),
            rates: old.rates.map(CarriedRates::from),
            compared: old
                .compared
                .into_iter()
                .map(|n| Named {
                    name: n.name,
                    scenario: n.scenario.into(),
                })
                .collect(),
            language: old.language,
            display: old.display,
        }
    }
}

impl From<CarriedRatesV3> for CarriedRates {
    fn from(old: CarriedRatesV3) -> Self {
        CarriedRates {
            name: old.name,
            currency: old.currency,
            as_of: old.as_of,
            source: old.source,
            billing_increment: old.billing_increment,
            sheet: SheetFor::Both,
            countries: old
                .countries
                .into_iter()
                .map(|(code, RatesV3(r))| {
                    let rate = |i: usize| {
                        r[i].map(|(per_minute, per_call)| Rate::new(per_minute, per_call))
                    };
                    let rates = Rates {
                        toll_dial_in: rate(0),
                        toll_dial_in_wireless: None,
                        toll_free_wireline: rate(1),
                        toll_free_wireless: rate(2),
                        dial_out_wireline: rate(3),
                        dial_out_wireless: rate(4),
                    };
                    (code, rates)
                })
                .collect(),
            pay_per_minute: None,
        }
    }
}

impl From<ScenarioV3> for Scenario {
    fn from(old: ScenarioV3) -> Self {
        Scenario {
            version: old.version,
            tenant_country: old.tenant_country,
            per_user: old.per_user,
            pay_per_minute: old.pay_per_minute,
            term_months: old.term_months,
            groups: old
                .groups
                .into_iter()
                .enumerate()
                .map(|(i, group)| unnamed_if_default(i, group.into()))
                .collect(),
            channel: Channel::NotSure,
            rounding: CallRounding::ExactAverage,
            us_can_add_on_price: Decimal::ZERO,
        }
    }
}

impl From<GroupV3> for Group {
    fn from(old: GroupV3) -> Self {
        Group {
            name: old.name,
            organizers: old.organizers,
            licences_purchased: old.licences_purchased,
            usage: old
                .usage
                .into_iter()
                .map(|l| UsageLine {
                    kind: l.kind,
                    country: l.country,
                    phone: l.phone,
                    calls: l.calls,
                    minutes_per_call: l.minutes_per_call,
                    basis: l.basis,
                    billed_minutes: None,
                })
                .collect(),
            licences_owned: 0,
            us_can_add_on: false,
        }
    }
}

/// The names this calculator gave the groups it made, before an unnamed group's name was
/// kept empty: the example's, the presets' and the added groups' ("Group 2" in its place).
/// Read as unnamed, so an old link's groups are named in the page's language too.
fn unnamed_if_default(i: usize, mut group: Group) -> Group {
    const OLD: [&str; 4] = ["All organizers", "US team", "EMEA sales", "Global support"];
    let n = i + 1;
    let name = group.name.as_str();
    if OLD.contains(&name) || name == format!("Group {n}") || name == format!("Grupo {n}") {
        group.name.clear();
    }
    group
}
