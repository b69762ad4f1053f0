//! The rate card: per country, Zone A membership, what Microsoft sells there, and the per-minute
//! rates. A missing rate is `None` ("not available"), never zero.

use std::borrow::Cow;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::country::CountryCode;
use super::scenario::{PhoneType, Side, UsageKind};

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
    /// The option whose Microsoft sheet the rates come from; cards from before carry none.
    #[serde(default)]
    pub sheet: SheetFor,
    /// Pay-per-minute's own card (its "Pay-Per-Minute" sheet), in the same currency and
    /// increment; `countries` then price the per-user licence. `None`: this card prices both.
    #[serde(default)]
    pub pay_per_minute: Option<Box<RateCard>>,
}

/// Which option a card's rates are for. Microsoft's download form issues a "Standard
/// Subscription" sheet (the per-user licence's) and a "Pay-Per-Minute" sheet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SheetFor {
    /// Said by no file and no one: the card prices both options.
    #[default]
    Both,
    /// "Standard Subscription".
    PerUser,
    /// "Pay-Per-Minute".
    PayPerMinute,
}

/// Why two cards can't price the two options together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardClash {
    /// The options would be priced in two currencies: (the new card's, the other's).
    Currency(String, String),
    /// The options would bill calls in different increments: (the new card's, the other's).
    Increment(Decimal, Decimal),
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
    /// Where the sheet lists the country's numbers by prefix at different rates: the rate
    /// above is the highest of them (so a quote never understates), this the spread.
    #[serde(default)]
    pub prefixes: Option<PrefixSpread>,
}

impl Rate {
    pub const fn new(per_minute: Decimal, per_call: Decimal) -> Rate {
        Rate {
            per_minute,
            per_call,
            prefixes: None,
        }
    }
}

/// Several prefixes of one country, service and number type at different per-minute rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrefixSpread {
    /// The lowest per-minute rate among them.
    pub lowest: Decimal,
    /// How many rows (prefixes) the sheet lists.
    pub count: u32,
}

/// Rates for calls from (dial-in) or to (dial-out) one country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rates {
    /// From a wireline phone, or from any when the sheet doesn't tell them apart.
    pub toll_dial_in: Option<Rate>,
    /// From a mobile, where the sheet has its own rate; `None`: `toll_dial_in` serves both.
    #[serde(default)]
    pub toll_dial_in_wireless: Option<Rate>,
    pub toll_free_wireline: Option<Rate>,
    pub toll_free_wireless: Option<Rate>,
    pub dial_out_wireline: Option<Rate>,
    pub dial_out_wireless: Option<Rate>,
}

impl Rates {
    pub const NONE: Rates = Rates {
        toll_dial_in: None,
        toll_dial_in_wireless: None,
        toll_free_wireline: None,
        toll_free_wireless: None,
        dial_out_wireline: None,
        dial_out_wireless: None,
    };

    pub fn get(&self, kind: UsageKind, phone: PhoneType) -> Option<Rate> {
        match (kind, phone) {
            (UsageKind::TollDialIn, PhoneType::Wireline) => self.toll_dial_in,
            (UsageKind::TollDialIn, PhoneType::Wireless) => {
                self.toll_dial_in_wireless.or(self.toll_dial_in)
            }
            (UsageKind::TollFreeDialIn, PhoneType::Wireline) => self.toll_free_wireline,
            (UsageKind::TollFreeDialIn, PhoneType::Wireless) => self.toll_free_wireless,
            (UsageKind::DialOut, PhoneType::Wireline) => self.dial_out_wireline,
            (UsageKind::DialOut, PhoneType::Wireless) => self.dial_out_wireless,
        }
    }

    pub fn all(&self) -> [Option<Rate>; 6] {
        [
            self.toll_dial_in,
            self.toll_dial_in_wireless,
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

    /// The card whose rates price `side`: pay-per-minute's own, if it has one.
    pub fn for_side(&self, side: Side) -> &RateCard {
        match (side, &self.pay_per_minute) {
            (Side::PayPerMinute, Some(own)) => own,
            _ => self,
        }
    }

    /// True when some country's toll dial-in has a rate of its own from mobiles.
    pub fn toll_by_phone(&self) -> bool {
        [Side::PerUser, Side::PayPerMinute].into_iter().any(|side| {
            self.for_side(side)
                .countries
                .iter()
                .any(|c| c.rates.toll_dial_in_wireless.is_some())
        })
    }

    /// The cards that price the options once `new` (just imported) joins this one. A card for
    /// both, or a pair, replaces everything. A card for one option prices that option; the
    /// other keeps the imported card it had (which must share the currency and increment),
    /// or, where it had only the built-in sample or a card for the first option, takes the
    /// new card too until its own comes (the page says so).
    pub fn with_card(&self, new: RateCard) -> Result<RateCard, CardClash> {
        if new.pay_per_minute.is_some() {
            return Ok(new);
        }
        let kept = match new.sheet {
            SheetFor::Both => None,
            SheetFor::PerUser => self.own_card(Side::PayPerMinute),
            SheetFor::PayPerMinute => self.own_card(Side::PerUser),
        };
        let Some(kept) = kept else {
            return Ok(new);
        };
        if new.currency != kept.currency {
            return Err(CardClash::Currency(
                new.currency.to_string(),
                kept.currency.to_string(),
            ));
        }
        if new.billing_increment != kept.billing_increment {
            return Err(CardClash::Increment(
                new.billing_increment,
                kept.billing_increment,
            ));
        }
        Ok(match new.sheet {
            SheetFor::PayPerMinute => RateCard {
                pay_per_minute: Some(Box::new(new)),
                ..kept
            },
            _ => RateCard {
                pay_per_minute: Some(Box::new(kept)),
                ..new
            },
        })
    }

    /// The imported card that prices `side` and was imported for it (or for both), alone.
    fn own_card(&self, side: Side) -> Option<RateCard> {
        let card = self.for_side(side);
        let other = match side {
            Side::PerUser => SheetFor::PayPerMinute,
            Side::PayPerMinute => SheetFor::PerUser,
        };
        (!card.sample && card.sheet != other).then(|| RateCard {
            pay_per_minute: None,
            ..card.clone()
        })
    }

    /// The countries a tenant can be in: those with documented availability.
    pub fn tenant_countries(&self) -> impl Iterator<Item = &CountryRates> {
        self.countries.iter().filter(|c| c.availability.is_some())
    }
}
