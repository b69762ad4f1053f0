//! The rate card: per country, Zone A membership, what Microsoft sells there, and the per-minute
//! rates. A missing rate is `None` ("not available"), never zero.

use std::borrow::Cow;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::country::CountryCode;
use super::scenario::{PhoneType, UsageKind};

// Eq (not just PartialEq) lets an `Rc<RateCard>` prop compare by pointer first: otherwise every
// re-render would compare all 249 countries. The same holds for Scenario and Quote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateCard {
    pub name: Cow<'static, str>,
    /// ISO 4217 code of every rate and price on the card.
    pub currency: Cow<'static, str>,
    /// The date the rates were read or published (YYYY-MM-DD).
    pub as_of: Cow<'static, str>,
    pub source: Cow<'static, str>,
    /// True for illustrative rates that are not a price list; the page says so.
    pub sample: bool,
    /// Calls are billed in multiples of this many minutes (Microsoft: tenths of a minute).
    pub billing_increment: Decimal,
    /// Sorted by code, one entry per country.
    pub countries: Cow<'static, [CountryRates]>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryRates {
    pub code: CountryCode,
    pub zone_a: bool,
    /// `None` where Microsoft documents no availability for the country.
    pub availability: Option<Availability>,
    pub rates: Rates,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Availability {
    pub purchase: Purchase,
    pub toll_numbers: bool,
    pub toll_free_numbers: bool,
    pub communications_credits: bool,
    /// What the documented wording says beyond yes or no (e.g. "Yes (on request)").
    pub notes: Cow<'static, [AvailabilityNote]>,
    pub source: Cow<'static, str>,
    /// The date (YYYY-MM-DD) of the copy of Microsoft's page the facts were read from.
    #[serde(default)]
    pub snapshot: Cow<'static, str>,
}

/// Each qualification Microsoft's availability pages make beyond yes or no; build.rs reads it
/// from data/availability.csv (and fails on wording it doesn't know), the catalogue words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AvailabilityNote {
    /// "Yes (on request)" for toll numbers.
    TollOnRequest,
    /// "Non-geographic (on request)".
    TollNonGeographic,
    /// "Toll numbers reachable only from within the country."
    TollDomesticOnly,
    /// "only available to organizations within Chile."
    TollLocalOrganizations,
    /// "Yes (on request)" for toll-free numbers.
    TollFreeOnRequest,
    /// China: sold for users located outside China; dial-out disabled and toll-free unavailable
    /// for customers buying from China.
    ChinaOutsideUsersOnly,
    /// India: not sold by Microsoft; TATA Communications offers a compatible service.
    IndiaPartnerService,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purchase {
    /// Both the per-user licence and pay-per-minute can be bought.
    Standard,
    PayPerMinuteOnly,
    NotSold,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rate {
    pub per_minute: Decimal,
    /// Connection charge per billed call.
    pub per_call: Decimal,
}

/// Rates for calls from (dial-in) or to (dial-out) one country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rates {
    pub toll_dial_in: Option<Rate>,
    pub toll_free_wireline: Option<Rate>,
    pub toll_free_wireless: Option<Rate>,
    pub dial_out_wireline: Option<Rate>,
    pub dial_out_wireless: Option<Rate>,
}

impl Rates {
    pub const NONE: Rates = Rates {
        toll_dial_in: None,
        toll_free_wireline: None,
        toll_free_wireless: None,
        dial_out_wireline: None,
        dial_out_wireless: None,
    };

    pub fn get(&self, kind: UsageKind, phone: PhoneType) -> Option<Rate> {
        match (kind, phone) {
            (UsageKind::TollDialIn, _) => self.toll_dial_in,
            (UsageKind::TollFreeDialIn, PhoneType::Wireline) => self.toll_free_wireline,
            (UsageKind::TollFreeDialIn, PhoneType::Wireless) => self.toll_free_wireless,
            (UsageKind::DialOut, PhoneType::Wireline) => self.dial_out_wireline,
            (UsageKind::DialOut, PhoneType::Wireless) => self.dial_out_wireless,
        }
    }

    pub fn all(&self) -> [Option<Rate>; 5] {
        [
            self.toll_dial_in,
            self.toll_free_wireline,
            self.toll_free_wireless,
            self.dial_out_wireline,
            self.dial_out_wireless,
        ]
    }
}

impl RateCard {
    pub fn country(&self, code: CountryCode) -> Option<&CountryRates> {
        self.countries
            .binary_search_by_key(&code, |c| c.code)
            .ok()
            .map(|i| &self.countries[i])
    }

    /// The countries a tenant can be in: those with documented availability.
    pub fn tenant_countries(&self) -> impl Iterator<Item = &CountryRates> {
        self.countries.iter().filter(|c| c.availability.is_some())
    }
}
