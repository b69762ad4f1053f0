//! The share link and autosave codec: what a quote needs to be rebuilt elsewhere, as text.
//!
//! Format `v3.` + base64url (no padding) of the postcard encoding of [`Saved`]. Postcard is
//! compact (varints, no field names) but not self-describing, so the layout is frozen per
//! version: a change to `Saved` or `Scenario` needs a new prefix, and every old one is still
//! decoded. `v1` (the first release) carried no compared scenarios, `v2` no language or display
//! currency; each is the next without its last fields, so an old payload reads as the new one
//! with those fields empty (a zero byte each). tests/share.rs keeps a
//! link of each version and fails if one stops opening. Decoding never panics: any garbage is
//! a [`LinkError`].

use std::borrow::Cow;
use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::pricing::{CountryCode, RateCard, Rates, Scenario};

pub const PREFIX_V1: &str = "v1.";
pub const PREFIX_V2: &str = "v2.";
pub const PREFIX_V3: &str = "v3.";
/// Far above any real scenario (a 50-line one is under 2 KB): a longer text is not ours.
pub const MAX_TEXT_LEN: usize = 64 * 1024;
/// Scenarios kept for comparison beside the one being edited.
pub const MAX_COMPARED: usize = 3;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub scenario: Scenario,
    /// The imported card's rates that the scenarios use; `None` with the built-in card.
    pub rates: Option<CarriedRates>,
    /// Scenarios kept for comparison, at most [`MAX_COMPARED`].
    pub compared: Vec<Named>,
    /// The language it was made in; `None` from links older than v3.
    pub language: Option<Lang>,
    /// Totals also shown in another currency; `None` from links older than v3.
    pub display: Option<DisplayCurrency>,
}

/// Totals also shown in `currency`, converted at `rate` (one unit of the card's currency is
/// `rate` of it), marked approximate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisplayCurrency {
    pub currency: String,
    pub rate: Decimal,
}

/// A scenario kept for comparison under a name the user chose.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Named {
    pub name: String,
    pub scenario: Scenario,
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
    /// The rates of `card` for the countries the `scenarios` mention.
    pub fn from_card<'a>(
        card: &RateCard,
        scenarios: impl IntoIterator<Item = &'a Scenario>,
    ) -> Self {
        let mut used: Vec<CountryCode> = scenarios
            .into_iter()
            .flat_map(|s| &s.groups)
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
    format!("{PREFIX_V3}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// Reads a link fragment (with or without `#`) or a stored value, of any version.
pub fn decode(text: &str) -> Result<Saved, LinkError> {
    let text = text.trim().trim_start_matches('#');
    if text.is_empty() {
        return Err(LinkError::Empty);
    }
    if text.len() > MAX_TEXT_LEN {
        return Err(LinkError::TooLong);
    }
    // How many trailing fields the version lacks (see the module's comment).
    let (payload, missing) = [(PREFIX_V1, 3), (PREFIX_V2, 2), (PREFIX_V3, 0)]
        .into_iter()
        .find_map(|(prefix, missing)| text.strip_prefix(prefix).map(|p| (p, missing)))
        .ok_or(LinkError::UnknownVersion)?;
    let mut bytes = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| LinkError::NotBase64)?;
    bytes.extend(std::iter::repeat_n(0, missing));
    let (mut saved, rest): (Saved, &[u8]) =
        postcard::take_from_bytes(&bytes).map_err(|_| LinkError::Garbled)?;
    if !rest.is_empty() || saved.compared.len() > MAX_COMPARED {
        return Err(LinkError::Garbled);
    }
    unname_old_defaults(&mut saved.scenario);
    for named in &mut saved.compared {
        unname_old_defaults(&mut named.scenario);
    }
    Ok(saved)
}

/// The names this calculator gave the groups it made, before an unnamed group's name was
/// kept empty: the example's, the presets' and the added groups' ("Group 2" in its place).
/// Read as unnamed, so an old link's groups are named in the page's language too.
fn unname_old_defaults(scenario: &mut Scenario) {
    const OLD: [&str; 4] = ["All organizers", "US team", "EMEA sales", "Global support"];
    for (i, group) in scenario.groups.iter_mut().enumerate() {
        let n = i + 1;
        let name = group.name.as_str();
        if OLD.contains(&name) || name == format!("Group {n}") || name == format!("Grupo {n}") {
            group.name.clear();
        }
    }
}
