//! The built-in card matches the facts in data/ (counts from shared/data/SOURCES.md).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use audio_cost::pricing::{builtin_card, country, AvailabilityNote, CountryCode, Purchase};
use rust_decimal::Decimal;

#[test]
fn every_iso_country_once_with_a_valid_sorted_code() {
    let card = builtin_card();
    assert_eq!(card.countries.len(), 249);
    let codes: Vec<&str> = card.countries.iter().map(|c| c.code.as_str()).collect();
    assert!(codes
        .iter()
        .all(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())));
    let unique: BTreeSet<&str> = codes.iter().copied().collect();
    assert_eq!(unique.len(), 249);
    assert!(
        codes.windows(2).all(|w| w[0] < w[1]),
        "sorted, for binary search"
    );
    assert_eq!(country::all().count(), 249);
}

#[test]
fn zone_a_has_44_countries() {
    let card = builtin_card();
    assert_eq!(card.countries.iter().filter(|c| c.zone_a).count(), 44);
    for code in ["US", "GB", "PR", "IN", "CN"] {
        assert!(
            card.country(CountryCode::parse(code).unwrap())
                .unwrap()
                .zone_a,
            "{code}"
        );
    }
    assert!(
        !card
            .country(CountryCode::parse("AE").unwrap())
            .unwrap()
            .zone_a
    );
}

#[test]
fn availability_matches_the_114_documented_countries() {
    // SOURCES.md: 33 pay-per-minute only; 6 "No" plus India's "not sold" = 7 not sold; the other
    // 74 (China's "for users outside China" included) standard. 11 without Communications Credits.
    let card = builtin_card();
    let documented: Vec<_> = card
        .tenant_countries()
        .filter_map(|c| c.availability.as_ref())
        .collect();
    assert_eq!(documented.len(), 114);
    let count = |p: Purchase| documented.iter().filter(|a| a.purchase == p).count();
    assert_eq!(
        (
            count(Purchase::Standard),
            count(Purchase::PayPerMinuteOnly),
            count(Purchase::NotSold)
        ),
        (74, 33, 7)
    );
    assert_eq!(
        documented
            .iter()
            .filter(|a| !a.communications_credits)
            .count(),
        11
    );
    assert!(documented
        .iter()
        .all(|a| a.source.contains("availability-in-")));
}

#[test]
fn no_rate_is_negative_and_the_card_is_labelled_sample() {
    let card = builtin_card();
    assert!(card.sample);
    assert_eq!(card.currency, "USD");
    assert_eq!(card.billing_increment, Decimal::new(1, 1));
    for c in card.countries.iter() {
        for rate in c.rates.all().into_iter().flatten() {
            assert!(
                rate.per_minute >= Decimal::ZERO && rate.per_call >= Decimal::ZERO,
                "{:?}",
                c.code
            );
        }
    }
}

#[test]
fn missing_rates_are_missing_not_zero() {
    let card = builtin_card();
    let get = |code: &str| card.country(CountryCode::parse(code).unwrap()).unwrap();
    // Albania: toll numbers on request, no toll-free numbers.
    let al = get("AL");
    assert!(al.rates.toll_dial_in.is_some());
    assert_eq!(
        (al.rates.toll_free_wireline, al.rates.toll_free_wireless),
        (None, None)
    );
    // Antarctica: no documented service numbers, but every country can be dialled out to.
    let aq = get("AQ");
    assert_eq!(
        (aq.rates.toll_dial_in, aq.rates.toll_free_wireline),
        (None, None)
    );
    assert_eq!(
        aq.rates.dial_out_wireline.unwrap().per_minute,
        Decimal::new(495, 4)
    );
    // No present rate is zero per minute in the sample card.
    assert!(card
        .countries
        .iter()
        .flat_map(|c| c.rates.all())
        .flatten()
        .all(|r| !r.per_minute.is_zero()));
}

#[test]
fn documented_wording_beyond_yes_and_no_is_kept_as_a_note() {
    // data/availability.csv, China: "Yes, for use by users located outside China … dial-out
    // disabled and toll-free unavailable for customers buying from China" (purchase) and
    // "Yes (on request), except customers buying from China" (toll-free numbers).
    let card = builtin_card();
    let cn = card
        .country(CountryCode::parse("CN").unwrap())
        .unwrap()
        .availability
        .clone()
        .unwrap();
    // The toll-free exception for customers buying from China is the China note's to say.
    assert_eq!(*cn.notes, [AvailabilityNote::ChinaOutsideUsersOnly]);
    let us = card
        .country(CountryCode::parse("US").unwrap())
        .unwrap()
        .availability
        .clone()
        .unwrap();
    assert!(us.notes.is_empty());
}

#[test]
fn countries_are_found_by_code_or_name() {
    assert_eq!(
        CountryCode::find("gb").map(|c| c.name()),
        Some("United Kingdom")
    );
    assert_eq!(
        CountryCode::find("united kingdom").map(|c| c.to_string()),
        Some("GB".into())
    );
    assert_eq!(
        CountryCode::find("United Kingdom (GB)").map(|c| c.to_string()),
        Some("GB".into())
    );
    assert_eq!(CountryCode::find("Narnia"), None);
    // Aliases from data/country-aliases.csv, as Microsoft's pages and price lists write them.
    for (alias, code) in [
        ("Russia", "RU"),
        ("Korea, Republic of", "KR"),
        ("hong kong sar", "HK"),
        ("Congo (DRC)", "CD"),
    ] {
        assert_eq!(
            CountryCode::find(alias).map(|c| c.to_string()),
            Some(code.into()),
            "{alias}"
        );
    }
    assert_eq!(CountryCode::parse("XX"), None);
}
