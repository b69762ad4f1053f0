//! This project's own card format in: checked like a sheet, and held to Microsoft's facts.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::{parse_amount, phrase, problem, summary, ImportProblem, Imported, SaidBy};
use crate::i18n::Msg;
use crate::pricing::{Availability, CountryCode, CountryRates, RateCard, Rates, SheetFor};

/// This project's own card format (what [`card_json`](super::card_json) writes), checked like a
/// sheet. A card carries rates: Zone A and availability are Microsoft's documented facts, which
/// come from `base` (data/). A card that repeats them as documented is read; one that states
/// otherwise (a country made Zone A, a licence made purchasable) is refused, country by country.
/// A card may hold pay-per-minute's own card, in its currency and increment. `chosen` (the
/// user's) overrides the option a single card names.
pub fn card_from_json(
    file_name: &str,
    bytes: &[u8],
    base: &RateCard,
    chosen: Option<SheetFor>,
) -> Result<Imported, Vec<ImportProblem>> {
    let mut card = parse(file_name, bytes)?;
    let mut problems = problems_of(file_name, &card, base);
    if let Some(own) = &card.pay_per_minute {
        problems.extend(problems_of(file_name, own, base));
        if (&own.currency, own.billing_increment) != (&card.currency, card.billing_increment) {
            problems.push(problem(
                file_name,
                None,
                Some("pay_per_minute"),
                phrase(
                    Msg::ImportPairDiffers,
                    &[
                        (
                            "here",
                            format!("{} {}", own.currency, own.billing_increment),
                        ),
                        (
                            "first",
                            format!("{} {}", card.currency, card.billing_increment),
                        ),
                    ],
                ),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    with_facts(&mut card, base);
    if let Some(own) = &mut card.pay_per_minute {
        with_facts(own, base);
    }
    let said_by = match chosen {
        Some(sheet) if card.pay_per_minute.is_none() => {
            card.sheet = sheet;
            SaidBy::You
        }
        _ if card.sheet == SheetFor::Both && card.pay_per_minute.is_none() => SaidBy::Nobody,
        _ => SaidBy::File,
    };
    let summary = summary(&card, said_by, 0);
    Ok(Imported { card, summary })
}

/// Every country with the facts from data/ and the card's rates (none where it has none).
fn with_facts(card: &mut RateCard, base: &RateCard) {
    let rates: BTreeMap<CountryCode, Rates> =
        card.countries.iter().map(|c| (c.code, c.rates)).collect();
    card.countries = base
        .countries
        .iter()
        .map(|c| CountryRates {
            rates: rates.get(&c.code).copied().unwrap_or(Rates::NONE),
            ..c.clone()
        })
        .collect();
}

/// The card as its JSON states it, or where the JSON is not a card.
fn parse(file_name: &str, bytes: &[u8]) -> Result<RateCard, Vec<ImportProblem>> {
    let not_a_card = |e: serde_json::Error| {
        vec![ImportProblem {
            sheet: file_name.into(),
            row: Some(e.line()),
            column: Some(format!("column {}", e.column())),
            message: phrase(Msg::ImportNotACard, &[("error", e.to_string())]),
        }]
    };
    let mut value: serde_json::Value = serde_json::from_slice(bytes).map_err(not_a_card)?;
    // Cards exported before availability notes were named carry them as text: the facts come
    // from data/, so that text is dropped rather than refused.
    let countries = value.get_mut("countries").and_then(|c| c.as_array_mut());
    for country in countries.into_iter().flatten() {
        if let Some(notes) = country.pointer_mut("/availability/notes") {
            if notes.is_string() {
                *notes = serde_json::Value::Array(Vec::new());
            }
        }
    }
    serde_json::from_value(value).map_err(not_a_card)
}

/// What is wrong with a card read from JSON: its `countries` are checked like a sheet's rows
/// and against `base`'s facts.
fn problems_of(file_name: &str, card: &RateCard, base: &RateCard) -> Vec<ImportProblem> {
    let mut countries = card.countries.to_vec();
    countries.sort_by_key(|c| c.code);
    let mut problems = Vec::new();
    let currency_ok =
        card.currency.len() == 3 && card.currency.bytes().all(|b| b.is_ascii_uppercase());
    if !currency_ok {
        problems.push(problem(
            file_name,
            None,
            Some("currency"),
            phrase(
                Msg::ImportBadCurrency,
                &[("value", card.currency.to_string())],
            ),
        ));
    }
    if card.billing_increment <= Decimal::ZERO || card.billing_increment > Decimal::ONE {
        problems.push(problem(
            file_name,
            None,
            Some("billing_increment"),
            phrase(Msg::ImportBadIncrement, &[]),
        ));
    }
    for pair in countries.windows(2).filter(|w| w[0].code == w[1].code) {
        problems.push(problem(
            file_name,
            None,
            Some("countries"),
            phrase(Msg::ImportTwice, &[("code", pair[0].code.to_string())]),
        ));
    }
    for c in &countries {
        for rate in c.rates.all().into_iter().flatten() {
            for value in [rate.per_minute, rate.per_call] {
                if let Err(message) = parse_amount(&value.to_string()) {
                    problems.push(problem(file_name, None, Some(c.code.as_str()), message));
                }
            }
        }
        if let Some(what) = fact_it_changes(c, base.country(c.code)) {
            problems.push(problem(
                file_name,
                None,
                Some(c.code.as_str()),
                phrase(Msg::ImportFactsDiffer, &[("what", what.to_string())]),
            ));
        }
    }
    problems
}

/// The fact a card's country states otherwise than Microsoft documents (its JSON field), if
/// any: Zone A membership, or availability (its notes and source are wording, not facts).
fn fact_it_changes(card: &CountryRates, documented: Option<&CountryRates>) -> Option<&'static str> {
    let Some(documented) = documented else {
        return Some("availability");
    };
    let flags = |a: &Availability| {
        (
            a.purchase,
            a.toll_numbers,
            a.toll_free_numbers,
            a.communications_credits,
        )
    };
    if card.zone_a != documented.zone_a {
        Some("zone_a")
    } else if card.availability.as_ref().map(flags) != documented.availability.as_ref().map(flags) {
        Some("availability")
    } else {
        None
    }
}
