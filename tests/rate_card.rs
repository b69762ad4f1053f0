//! The built-in card matches the facts in data/ (counts from shared/data/SOURCES.md).
//! build/builtin_card.rs refuses malformed codes, countries listed twice or unknown, zones that
//! disagree with the Zone A list and rates that aren't non-negative decimals, so none of that is
//! checked again here; these tests check what it writes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use audio_cost::pricing::{
    builtin_card, country, Availability, AvailabilityNote, CountryCode, Purchase, Rates,
};
use common::{cc, rate};
use rust_decimal_macros::dec;

#[test]
fn the_249_iso_countries_are_each_found_by_their_code() {
    // ISO 3166-1 has 249 alpha-2 codes (data/countries.csv), from AD Andorra to ZW Zimbabwe.
    // The build sorts the tables as strings; lookups binary-search them in CountryCode's own
    // order (two bytes as one big-endian u16), so every code is found only if the two agree.
    let card = builtin_card();
    assert_eq!((card.countries.len(), country::all().count()), (249, 249));
    let codes: Vec<CountryCode> = card.countries.iter().map(|c| c.code).collect();
    assert!(
        codes.windows(2).all(|w| w[0] < w[1]),
        "sorted, for binary search"
    );
    for (code, name) in country::all() {
        assert_eq!(CountryCode::parse(code.as_str()), Some(code));
        assert_eq!(card.country(code).map(|c| c.code), Some(code));
        assert_eq!(code.name(), name);
    }
    assert_eq!(
        (country::all().next(), country::all().last()),
        (Some((cc("AD"), "Andorra")), Some((cc("ZW"), "Zimbabwe")))
    );
}

#[test]
fn zone_a_has_44_countries() {
    let card = builtin_card();
    assert_eq!(card.countries.iter().filter(|c| c.zone_a).count(), 44);
    for code in ["US", "GB", "PR", "IN", "CN"] {
        assert!(card.country(cc(code)).unwrap().zone_a, "{code}");
    }
    assert!(!card.country(cc("AE")).unwrap().zone_a);
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
fn the_card_is_labelled_sample_and_carries_the_sample_rates() {
    let card = builtin_card();
    assert!(card.sample);
    assert_eq!(card.currency, "USD");
    assert_eq!(card.billing_increment, dec!(0.1));
    // data/sample-rates.csv, no connection charge anywhere. The US is in Zone A: toll dial-in
    // and dial-out to landlines 0.0165, toll-free 0.0076 from landlines and 0.0228 from mobiles,
    // dial-out to mobiles 0.0495. Argentina is not, and has toll and toll-free numbers: three
    // times each, 0.0495, 0.0228, 0.0684, 0.0495 and 0.1485.
    let zero = dec!(0);
    assert_eq!(
        card.country(cc("US")).unwrap().rates,
        Rates {
            toll_dial_in: rate(dec!(0.0165), zero),
            // One toll dial-in rate for every phone.
            toll_dial_in_wireless: None,
            toll_free_wireline: rate(dec!(0.0076), zero),
            toll_free_wireless: rate(dec!(0.0228), zero),
            dial_out_wireline: rate(dec!(0.0165), zero),
            dial_out_wireless: rate(dec!(0.0495), zero),
        }
    );
    assert_eq!(
        card.country(cc("AR")).unwrap().rates,
        Rates {
            toll_dial_in: rate(dec!(0.0495), zero),
            toll_dial_in_wireless: None,
            toll_free_wireline: rate(dec!(0.0228), zero),
            toll_free_wireless: rate(dec!(0.0684), zero),
            dial_out_wireline: rate(dec!(0.0495), zero),
            dial_out_wireless: rate(dec!(0.1485), zero),
        }
    );
}

#[test]
fn missing_rates_are_missing_not_zero() {
    let card = builtin_card();
    let get = |code: &str| card.country(cc(code)).unwrap();
    // Albania: toll numbers on request, no toll-free numbers. Not in Zone A: toll dial-in 0.0495.
    let al = get("AL");
    assert_eq!(al.rates.toll_dial_in, rate(dec!(0.0495), dec!(0)));
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
    assert_eq!(aq.rates.dial_out_wireline.unwrap().per_minute, dec!(0.0495));
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
    let documented = |code: &str| -> &Availability {
        card.country(cc(code))
            .unwrap()
            .availability
            .as_ref()
            .unwrap()
    };
    // The toll-free exception for customers buying from China is the China note's to say.
    assert_eq!(
        *documented("CN").notes,
        [AvailabilityNote::ChinaOutsideUsersOnly]
    );
    assert!(documented("US").notes.is_empty());
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
