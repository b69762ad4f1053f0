//! The share link and autosave codec: what a quote needs to be rebuilt elsewhere, as text.
//!
//! Format `v1.` + base64url (no padding) of the postcard encoding of [`Saved`]. Postcard is
//! compact (varints, no field names) but not self-describing, so the `Saved` layout is frozen
//! per version: a change to `Scenario`'s fields needs a `v2` prefix, with `v1` still decoded
//! (tests/share.rs keeps a v1 link from the first release and fails if it stops opening).
//! Decoding never panics: any garbage is a [`LinkError`].

use std::borrow::Cow;
use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::pricing::{CountryCode, RateCard, Rates, Scenario};

pub const PREFIX_V1: &str = "v1.";
/// Far above any real scenario (a 50-line one is under 2 KB): a longer text is not ours.
pub const MAX_TEXT_LEN: usize = 64 * 1024;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub scenario: Scenario,
    /// The imported card's rates that the scenario uses; `None` with the built-in card.
    pub rates: Option<CarriedRates>,
}

/// An imported rate card, cut down to the countries a scenario uses, so a link can carry it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CarriedRates {
    pub name: String,
    pub currency: String,
    pub as_of: String,
    pub source: String,
    pub billing_increment: Decimal,
    pub countries: Vec<(CountryCode, Rates)>,
}

impl CarriedRates {
    /// The rates of `card` for the countries `scenario` mentions.
    pub fn from_card(card: &RateCard, scenario: &Scenario) -> Self {
        let mut used: Vec<CountryCode> = scenario
            .groups
            .iter()
            .flat_map(|g| g.usage.iter().map(|l| l.country))
            .collect();
        used.sort();
        used.dedup();
        CarriedRates {
            name: card.name.to_string(),
            currency: card.currency.to_string(),
            as_of: card.as_of.to_string(),
            source: card.source.to_string(),
            billing_increment: card.billing_increment,
            countries: used
                .into_iter()
                .filter_map(|code| card.country(code).map(|c| (code, c.rates)))
                .collect(),
        }
    }

    /// A card with these rates over `base`'s countries, Zone A and availability; countries it
    /// doesn't carry have no rates (missing, never zero).
    pub fn to_card(&self, base: &RateCard) -> RateCard {
        let countries = base
            .countries
            .iter()
            .map(|c| {
                let mut c = c.clone();
                c.rates = self
                    .countries
                    .iter()
                    .find(|(code, _)| *code == c.code)
                    .map_or(Rates::NONE, |(_, r)| *r);
                c
            })
            .collect::<Vec<_>>();
        RateCard {
            name: Cow::Owned(self.name.clone()),
            currency: Cow::Owned(self.currency.clone()),
            as_of: Cow::Owned(self.as_of.clone()),
            source: Cow::Owned(self.source.clone()),
            sample: false,
            billing_increment: self.billing_increment,
            countries: Cow::Owned(countries),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    Empty,
    TooLong,
    UnknownVersion,
    NotBase64,
    Garbled,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LinkError::Empty => "it is empty",
            LinkError::TooLong => "it is far too long to be a quote",
            LinkError::UnknownVersion => {
                "it was made by a version of this calculator that this one doesn't know"
            }
            LinkError::NotBase64 | LinkError::Garbled => {
                "it is damaged or incomplete (was it cut or changed?)"
            }
        })
    }
}

pub fn encode(saved: &Saved) -> String {
    // Serialising owned, plain data into a Vec cannot fail; an empty payload would only make
    // the link undecodable, never panic.
    let bytes = postcard::to_allocvec(saved).unwrap_or_default();
    format!("{PREFIX_V1}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// Reads a link fragment (with or without `#`) or a stored value.
pub fn decode(text: &str) -> Result<Saved, LinkError> {
    let text = text.trim().trim_start_matches('#');
    if text.is_empty() {
        return Err(LinkError::Empty);
    }
    if text.len() > MAX_TEXT_LEN {
        return Err(LinkError::TooLong);
    }
    let payload = text
        .strip_prefix(PREFIX_V1)
        .ok_or(LinkError::UnknownVersion)?;
    let bytes = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| LinkError::NotBase64)?;
    let (saved, rest): (Saved, &[u8]) =
        postcard::take_from_bytes(&bytes).map_err(|_| LinkError::Garbled)?;
    if !rest.is_empty() {
        return Err(LinkError::Garbled);
    }
    Ok(saved)
}
