//! The licence offers a scenario compares. Facts and their sources: data/licence-facts.csv.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OfferPreset {
    /// "Audio Conferencing (per user)": USD 4.00 list price (2017 sources), toll dial-in included,
    /// 60 dial-out minutes per purchased licence pooled for Zone A (since 2020-10-22).
    AudioConferencing,
    /// "Audio Conferencing with dial-out to USA/CAN": free (product page after 2023-10), 60 minutes
    /// per *assigned* licence pooled for US and Canada numbers.
    DialOutUsCan,
    /// "Audio Conferencing pay-per-minute": no per-user fee, every minute billed, no pool.
    PayPerMinute,
}

/// How Microsoft bills an offer, which decides where it can be bought.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Billing {
    Subscription,
    PayPerMinute,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PoolCoverage {
    ZoneA,
    UsCanada,
    None,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PoolBasis {
    Purchased,
    Assigned,
}

/// One offer, every figure editable. In JSON only `preset` is required; the other fields
/// default to the preset's values. It is written with every field, the same shape it is read in
/// (the binary share-link format needs both to match).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "OfferSpec", into = "OfferSpec")]
pub struct Offer {
    pub preset: OfferPreset,
    /// Per organizer per month, in the rate card's currency.
    pub price: Decimal,
    /// Dial-out minutes each counted licence adds to the tenant pool per month.
    pub pool_minutes: Decimal,
    pub pool_covers: PoolCoverage,
    pub pool_counts: PoolBasis,
    pub toll_dial_in_included: bool,
}

/// The currency of the presets' list prices.
pub const LIST_PRICE_CURRENCY: &str = "USD";

impl Offer {
    pub fn preset(preset: OfferPreset) -> Self {
        let sixty = Decimal::from(60);
        match preset {
            OfferPreset::AudioConferencing => Offer {
                preset,
                price: Decimal::new(400, 2),
                pool_minutes: sixty,
                pool_covers: PoolCoverage::ZoneA,
                pool_counts: PoolBasis::Purchased,
                toll_dial_in_included: true,
            },
            OfferPreset::DialOutUsCan => Offer {
                preset,
                price: Decimal::ZERO,
                pool_minutes: sixty,
                pool_covers: PoolCoverage::UsCanada,
                pool_counts: PoolBasis::Assigned,
                toll_dial_in_included: true,
            },
            OfferPreset::PayPerMinute => Offer {
                preset,
                price: Decimal::ZERO,
                pool_minutes: Decimal::ZERO,
                pool_covers: PoolCoverage::None,
                pool_counts: PoolBasis::Assigned,
                toll_dial_in_included: false,
            },
        }
    }

    pub fn billing(&self) -> Billing {
        match self.preset {
            OfferPreset::AudioConferencing | OfferPreset::DialOutUsCan => Billing::Subscription,
            OfferPreset::PayPerMinute => Billing::PayPerMinute,
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct OfferSpec {
    preset: OfferPreset,
    price: Option<Decimal>,
    pool_minutes: Option<Decimal>,
    pool_covers: Option<PoolCoverage>,
    pool_counts: Option<PoolBasis>,
    toll_dial_in_included: Option<bool>,
}

impl From<Offer> for OfferSpec {
    fn from(offer: Offer) -> Self {
        OfferSpec {
            preset: offer.preset,
            price: Some(offer.price),
            pool_minutes: Some(offer.pool_minutes),
            pool_covers: Some(offer.pool_covers),
            pool_counts: Some(offer.pool_counts),
            toll_dial_in_included: Some(offer.toll_dial_in_included),
        }
    }
}

impl From<OfferSpec> for Offer {
    fn from(spec: OfferSpec) -> Self {
        let base = Offer::preset(spec.preset);
        Offer {
            preset: spec.preset,
            price: spec.price.unwrap_or(base.price),
            pool_minutes: spec.pool_minutes.unwrap_or(base.pool_minutes),
            pool_covers: spec.pool_covers.unwrap_or(base.pool_covers),
            pool_counts: spec.pool_counts.unwrap_or(base.pool_counts),
            toll_dial_in_included: spec
                .toll_dial_in_included
                .unwrap_or(base.toll_dial_in_included),
        }
    }
}
