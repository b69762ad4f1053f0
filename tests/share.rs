//! The share-link and autosave codec: exact round trips of every scenario field, old links keep
//! opening, and garbage is an error or a notice, never a panic.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use audio_cost::i18n::Lang;
use audio_cost::pricing::scenario::SCENARIO_VERSION;
use audio_cost::pricing::{
    builtin_card, Basis, CallRounding, Channel, CountryCode, Group, Offer, OfferPreset, PhoneType,
    PoolBasis, PoolCoverage, Scenario, SheetFor, UsageKind, UsageLine,
};
use audio_cost::share::{decode, encode, CarriedRates, LinkError, Named, Saved};
use audio_cost::state::{Action, Input, State};
use common::{any_country, decimal, rate, run, shown, usage_line};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use yew::Reducible;

/// The example scenario's link as the first release wrote it. If this stops decoding, old
/// links broke: add a v2 prefix instead of changing v1.
const V1_EXAMPLE: &str = "v1.AQJVUwABBDQuMDABAjYwAQABAAEBAgEBMAEBMAECAQEBAAwBDkFsbCBvcmdhbml6ZXJzMgAEAAJVUwACMTACMzAAAQJVUwEBMgIyNQACAkdCAAE0AjIwAAICQUUBATECMTAAAA";

/// The same scenario with a copy for 100 organizers compared beside it ("Bigger"), as the
/// second format writes it.
const V2_EXAMPLE: &str = "v2.AQJVUwABBDQuMDABAjYwAQABAAEBAgEBMAEBMAECAQEBAAwBDkFsbCBvcmdhbml6ZXJzMgAEAAJVUwACMTACMzAAAQJVUwEBMgIyNQACAkdCAAE0AjIwAAICQUUBATECMTAAAAEGQmlnZ2VyAQJVUwABBDQuMDABAjYwAQABAAEBAgEBMAEBMAECAQEBAAwBDkFsbCBvcmdhbml6ZXJzZAAEAAJVUwACMTACMzAAAQJVUwEBMgIyNQACAkdCAAE0AjIwAAICQUUBATECMTAA";

/// The same as the third format writes it, made in Spanish (language Some(Es): bytes 1, 1;
/// no display currency: 0). v4 added fields inside the scenario, so v1-v3 are read with their
/// frozen layout: each call's average rounded up once, as they were priced.
const V3_EXAMPLE: &str = "v3.AQJVUwABBDQuMDABAjYwAQABAAEBAgEBMAEBMAECAQEBAAwBDkFsbCBvcmdhbml6ZXJzMgAEAAJVUwACMTACMzAAAQJVUwEBMgIyNQACAkdCAAE0AjIwAAICQUUBATECMTAAAAEGQmlnZ2VyAQJVUwABBDQuMDABAjYwAQABAAEBAgEBMAEBMAECAQEBAAwBDkFsbCBvcmdhbml6ZXJzZAAEAAJVUwACMTACMzAAAQJVUwEBMgIyNQACAkdCAAE0AjIwAAICQUUBATECMTAAAQEA";

#[test]
fn a_third_format_link_still_opens_as_it_was_priced() {
    let expected = Saved {
        language: Some(Lang::Es),
        ..with_bigger_compared()
    };
    assert_eq!(decode(V3_EXAMPLE), Ok(expected));
    // Priced as it was: $347.75 (tests/engine.rs), not the first screen's $348.40.
    let state = State::restore(Some(V3_EXAMPLE), None, Lang::En);
    assert_eq!(state.lang, Lang::Es);
    assert_eq!(state.scenario.rounding, CallRounding::ExactAverage);
    assert_eq!(shown(&state.quote.per_user), "$347.75");
    // Saved again, it is a v4 link that reads back the same scenario.
    let again = encode(&state.saved());
    assert!(again.starts_with("v4."), "{again}");
    assert_eq!(decode(&again).unwrap().scenario, *state.scenario);
}

fn saved(scenario: Scenario) -> Saved {
    Saved {
        scenario,
        rates: None,
        compared: vec![],
        language: None,
        display: None,
    }
}

fn bigger() -> Scenario {
    let mut bigger = common::example();
    bigger.groups[0].organizers = 100;
    bigger
}

fn with_bigger_compared() -> Saved {
    Saved {
        compared: vec![Named {
            name: "Bigger".into(),
            scenario: bigger(),
        }],
        ..saved(common::example())
    }
}

#[test]
fn a_link_with_a_comparison_still_opens_and_prices_both() {
    assert_eq!(decode(V2_EXAMPLE), Ok(with_bigger_compared()));
    // The compared copy is priced with the card: 100 organizers, 695.50 (tests/state.rs).
    let state = State::restore(Some(V2_EXAMPLE), None, Lang::En);
    assert_eq!(state.compared.len(), 1);
    let quote = state.compared[0].quote.as_ref().unwrap();
    assert_eq!(shown(&quote.per_user), "$695.50");
    assert_eq!(
        state.saved(),
        Saved {
            language: Some(Lang::En),
            ..with_bigger_compared()
        }
    );
}

#[test]
fn more_than_three_compared_scenarios_is_not_a_link_of_ours() {
    let mut saved = with_bigger_compared();
    saved.compared = vec![saved.compared[0].clone(); 4];
    assert_eq!(decode(&encode(&saved)), Err(LinkError::Garbled));
}

#[test]
fn a_first_release_link_still_opens() {
    assert_eq!(decode(V1_EXAMPLE), Ok(saved(common::example())));
    assert_eq!(
        decode(&format!("#{V1_EXAMPLE}")),
        Ok(saved(common::example()))
    );
}

#[test]
fn garbage_is_an_error_not_a_panic() {
    assert_eq!(decode(""), Err(LinkError::Empty));
    assert_eq!(decode("#"), Err(LinkError::Empty));
    assert_eq!(decode("v9.AAAA"), Err(LinkError::UnknownVersion));
    assert_eq!(decode("v1.@@@"), Err(LinkError::NotBase64));
    assert_eq!(decode("v1.AAAA"), Err(LinkError::Garbled));
    // Cut short (a chat app trimmed it): 57 base64 characters (57 = 4 x 14 + 1) can't be
    // base64, whose last group has 2 to 4 characters; 60 are valid base64, but cut.
    assert_eq!(decode(&V1_EXAMPLE[..60]), Err(LinkError::NotBase64));
    assert_eq!(decode(&V1_EXAMPLE[..63]), Err(LinkError::Garbled));
    // The last character changed from A to x: the link's 134 characters (134 = 4 x 33 + 2)
    // end in a group of two, whose second character brings 2 bits and must leave the other
    // 4 at zero; x (110001) doesn't, so no encoder writes it.
    assert_eq!(
        decode(&format!("{}x", &V1_EXAMPLE[..V1_EXAMPLE.len() - 1])),
        Err(LinkError::NotBase64)
    );
    assert_eq!(
        decode(&format!("v1.{}", "A".repeat(100_000))),
        Err(LinkError::TooLong)
    );
}

#[test]
fn a_malformed_link_opens_the_example_with_a_notice() {
    let state = State::restore(Some("#v1.not-a-quote"), None, Lang::En);
    assert_eq!(state.scenario, State::default().scenario);
    let notice = state.notice.clone().unwrap();
    assert!(
        notice.starts_with("This link couldn't be opened: it is damaged or incomplete"),
        "{notice}"
    );
    assert!(notice.contains("Showing the example instead; the address bar keeps the link"));
    assert!(state.link_failed);
}

#[test]
fn a_damaged_link_shows_the_saved_work_and_leaves_it_saved() {
    // Saved: 100 organizers (695.50, tests/state.rs); the link is damaged.
    let stored = encode(&saved(bigger()));
    let state = State::restore(Some("#v3.not-a-quote"), Some(&stored), Lang::En);
    assert_eq!(shown(&state.quote.per_user), "$695.50");
    let notice = state.notice.clone().unwrap();
    assert!(
        notice.contains("Showing your saved work instead"),
        "{notice}"
    );
    // What the page stores is the saved work itself: nothing of it is lost.
    assert_eq!(state.saved().scenario, bigger());
    assert!(state.link_failed);
}

#[test]
fn a_link_keeps_different_saved_work_aside_and_restoring_swaps_them() {
    // Link: the example (347.75); saved in this browser: 100 organizers (695.50).
    let stored = encode(&saved(bigger()));
    let link = encode(&saved(common::example()));
    let state = State::restore(Some(&link), Some(&stored), Lang::En);
    let monthly = |s: &State| shown(&s.quote.per_user);
    assert_eq!(monthly(&state), "$347.75");
    assert_eq!(state.previous.as_deref(), Some(stored.as_str()));
    // Restoring brings the saved work back and keeps the link's scenario aside instead.
    let state = std::rc::Rc::new(state).reduce(Action::RestorePrevious);
    assert_eq!(monthly(&state), "$695.50");
    let kept = decode(state.previous.as_deref().unwrap()).unwrap();
    assert_eq!(kept.scenario, common::example());
    // Editing, a preset or starting over keeps it aside; forgetting it drops it.
    let state = state.reduce(Action::text(Input::Organizers(0), "20"));
    let reset = state.clone().reduce(Action::Reset);
    let kept = decode(reset.previous.as_deref().expect("kept aside")).unwrap();
    assert_eq!(kept.scenario.groups[0].organizers, 20);
    assert_eq!(state.reduce(Action::DismissPrevious).previous, None);
    // The same work in the link and in storage keeps nothing aside.
    assert_eq!(
        State::restore(Some(&link), Some(&link), Lang::En).previous,
        None
    );
}

#[test]
fn a_link_whose_scenario_is_invalid_says_which_field() {
    let mut scenario = common::example();
    scenario.groups[0].organizers = 0;
    let state = State::restore(Some(&encode(&saved(scenario))), None, Lang::En);
    let notice = state.notice.clone().unwrap();
    assert!(notice.contains("groups[0].organizers"), "{notice}");
    // The page's example instead, as first shown (tests/ssr.rs).
    assert_eq!(shown(&state.quote.per_user), "$348.40");
}

#[test]
fn the_link_wins_over_storage_and_corrupt_storage_is_reported() {
    // Link: 100 organizers (695.50, tests/state.rs); storage: the example.
    let state = State::restore(Some(&encode(&saved(bigger()))), Some(V1_EXAMPLE), Lang::En);
    assert_eq!(shown(&state.quote.per_user), "$695.50");
    assert_eq!(state.notice, None);

    let state = State::restore(None, Some("{\"old\":\"format\"}"), Lang::En);
    assert!(state
        .notice
        .unwrap()
        .starts_with("Your saved work couldn't be read"));
    let state = State::restore(Some(""), None, Lang::En);
    assert_eq!(state.notice, None, "an empty fragment is no link at all");
}

#[test]
fn start_over_after_a_bad_link_clears_the_notice() {
    let state =
        std::rc::Rc::new(State::restore(Some("#v1.@"), None, Lang::En)).reduce(Action::Reset);
    assert_eq!(state.notice, None);
}

#[test]
fn an_imported_cards_rates_travel_with_the_link() {
    // An imported card where US toll dial-in costs 0.02. The link carries the US, GB and AE
    // rates the example uses, and nothing else. Reopened, pay-per-minute toll dial-in is
    // 15,000 x 0.02 = 300.00 instead of 247.50: 444.75 + 52.50 = 497.25.
    let mut card = common::card_with("US", |rates| {
        rates.toll_dial_in = rate(dec!(0.02), dec!(0));
    });
    card.sample = false;
    card.name = "negotiated.xlsx".into();
    let state = State::new(std::rc::Rc::new(card), true, common::example()).unwrap();
    let link = encode(&state.saved());
    let carried = decode(&link).unwrap().rates.unwrap();
    let codes: Vec<&str> = carried.countries.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(codes, ["AE", "GB", "US"]);
    // A compared scenario's countries travel too: one that dials DE adds DE.
    let mut dials_de = common::example();
    dials_de.groups[0].usage[2].country = CountryCode::parse("DE").unwrap();
    let comparing = std::rc::Rc::new(State::new(state.card.clone(), true, dials_de).unwrap())
        .reduce(Action::Compare)
        .reduce(Action::Load(std::rc::Rc::new(common::example())));
    let carried = decode(&encode(&comparing.saved())).unwrap().rates.unwrap();
    let codes: Vec<&str> = carried.countries.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(codes, ["AE", "DE", "GB", "US"]);

    let reopened = State::restore(Some(&link), None, Lang::En);
    assert!(reopened.imported);
    assert_eq!(reopened.card.name, "negotiated.xlsx");
    assert_eq!(shown(&reopened.quote.pay_per_minute), "$497.25");
    // A country the link doesn't carry has no rates: missing, not zero.
    let de = reopened
        .card
        .country(CountryCode::parse("DE").unwrap())
        .unwrap();
    assert_eq!(de.rates.dial_out_wireline, None);
}

#[test]
fn a_card_per_option_travels_with_the_link() {
    // The per-user licence priced from a "Standard Subscription" card with US toll dial-in from
    // mobiles at 0.03, pay-per-minute from its own card with US toll dial-in at 0.02. Both travel
    // in the link and price as before: the licence includes toll dial-in (347.75, the example
    // with each average rounded up once); pay-per-minute's toll dial-in is 15,000 x 0.02 = 300.00
    // instead of 247.50: 444.75 + 52.50 = 497.25.
    let mut per_user = common::card_with("US", |rates| {
        rates.toll_dial_in_wireless = rate(dec!(0.03), dec!(0));
    });
    per_user.sample = false;
    per_user.name = "standard.xlsx".into();
    per_user.sheet = SheetFor::PerUser;
    let mut own = common::card_with("US", |rates| {
        rates.toll_dial_in = rate(dec!(0.02), dec!(0));
    });
    own.sample = false;
    own.name = "ppm.xlsx".into();
    own.sheet = SheetFor::PayPerMinute;
    per_user.pay_per_minute = Some(Box::new(own));
    let state = State::new(std::rc::Rc::new(per_user), true, common::example()).unwrap();
    assert_eq!(shown(&state.quote.pay_per_minute), "$497.25");
    let link = encode(&state.saved());
    let reopened = State::restore(Some(&link), None, Lang::En);
    assert_eq!(reopened.card.name, "standard.xlsx");
    assert_eq!(reopened.card.sheet, SheetFor::PerUser);
    let us = CountryCode::parse("US").unwrap();
    let mobile = reopened
        .card
        .country(us)
        .unwrap()
        .rates
        .toll_dial_in_wireless;
    assert_eq!(mobile.map(|r| r.per_minute), Some(dec!(0.03)));
    let ppm = reopened
        .card
        .pay_per_minute
        .as_deref()
        .expect("its own card");
    assert_eq!(
        (ppm.name.as_ref(), ppm.sheet),
        ("ppm.xlsx", SheetFor::PayPerMinute)
    );
    assert_eq!(shown(&reopened.quote.pay_per_minute), "$497.25");
    assert_eq!(shown(&reopened.quote.per_user), "$347.75");
}

fn offer() -> impl Strategy<Value = Offer> {
    (
        prop_oneof![
            Just(OfferPreset::AudioConferencing),
            Just(OfferPreset::DialOutUsCan),
            Just(OfferPreset::PayPerMinute)
        ],
        decimal(100_000_000, 4),
        decimal(1_000_000, 1),
        prop_oneof![
            Just(PoolCoverage::ZoneA),
            Just(PoolCoverage::UsCanada),
            Just(PoolCoverage::None)
        ],
        prop_oneof![Just(PoolBasis::Purchased), Just(PoolBasis::Assigned)],
        any::<bool>(),
    )
        .prop_map(
            |(preset, price, pool_minutes, pool_covers, pool_counts, toll_dial_in_included)| {
                Offer {
                    preset,
                    price,
                    pool_minutes,
                    pool_covers,
                    pool_counts,
                    toll_dial_in_included,
                }
            },
        )
}

fn any_usage_line() -> impl Strategy<Value = UsageLine> {
    usage_line(
        decimal(i64::MAX, 4),
        decimal(14_400_000, 4),
        prop_oneof![Just(Basis::PerOrganizer), Just(Basis::Total)],
    )
}

fn scenario() -> impl Strategy<Value = Scenario> {
    let line = (any_usage_line(), proptest::option::of(decimal(i64::MAX, 1))).prop_map(
        |(line, billed_minutes)| UsageLine {
            billed_minutes,
            ..line
        },
    );
    let group = (
        ".{0,80}",
        any::<u32>(),
        proptest::option::of(any::<u32>()),
        proptest::collection::vec(line, 0..8),
        any::<u32>(),
        any::<bool>(),
    )
        .prop_map(
            |(name, organizers, licences_purchased, usage, licences_owned, us_can_add_on)| Group {
                name,
                organizers,
                licences_purchased,
                usage,
                licences_owned,
                us_can_add_on,
            },
        );
    let channel = proptest::sample::select(vec![
        Channel::NotSure,
        Channel::VolumeLicensing,
        Channel::CloudSolutionProvider,
        Channel::CustomerAgreement,
    ]);
    let rounding = prop_oneof![Just(CallRounding::Varied), Just(CallRounding::ExactAverage)];
    (
        any_country(),
        offer(),
        offer(),
        any::<u32>(),
        proptest::collection::vec(group, 0..4),
        (channel, rounding, decimal(i64::MAX, 4)),
    )
        .prop_map(
            |(tenant_country, per_user, pay_per_minute, term_months, groups, more)| Scenario {
                version: SCENARIO_VERSION,
                tenant_country,
                per_user,
                pay_per_minute,
                term_months,
                groups,
                channel: more.0,
                rounding: more.1,
                us_can_add_on_price: more.2,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Every field of any scenario, valid or not, comes back exactly.
    #[test]
    fn every_scenario_round_trips(
        scenario in scenario(),
        compared in proptest::collection::vec((".{0,80}", scenario()), 0..=3),
    ) {
        let saved = Saved {
            compared: compared.into_iter().map(|(name, scenario)| Named { name, scenario }).collect(),
            ..saved(scenario)
        };
        prop_assert_eq!(decode(&encode(&saved)), Ok(saved));
    }

    /// Carried rates round trip too.
    #[test]
    fn carried_rates_round_trip(scenario in scenario(), name in ".{0,40}") {
        let card = builtin_card();
        let mut rates = CarriedRates::from_card(&card, [&scenario]);
        rates.name = name;
        let saved = Saved { rates: Some(rates), ..saved(scenario) };
        prop_assert_eq!(decode(&encode(&saved)), Ok(saved));
    }

    /// Any text at all, and any bytes behind a valid prefix: an error or a value, never a panic;
    /// restoring from it always yields a priced page.
    #[test]
    fn any_text_decodes_without_panicking(text in ".{0,300}", bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = decode(&text);
        use base64::Engine;
        for prefix in ["v1.", "v2."] {
            let link = format!("{prefix}{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&bytes));
            let _ = decode(&link);
            let state = State::restore(Some(&link), Some(&text), Lang::En);
            prop_assert!(state.quote.per_user.monthly().is_some() || state.quote.pay_per_minute.monthly().is_some());
        }
    }
}

#[test]
fn a_link_carries_its_language() {
    // A Spanish quote reopens in Spanish whatever the receiver's browser prefers; its numbers
    // are typed with a decimal comma (the example's licence price 4.00 is "4,00").
    let saved = Saved {
        language: Some(Lang::Es),
        ..saved(common::example())
    };
    let link = encode(&saved);
    assert!(link.starts_with("v4."), "{link}");
    let state = State::restore(Some(&link), None, Lang::En);
    assert_eq!(state.lang, Lang::Es);
    assert_eq!(state.form.licence_price, "4,00");
    assert_eq!(state.saved(), saved);
    // Links from before v3 take the receiver's language.
    assert_eq!(
        State::restore(Some(V2_EXAMPLE), None, Lang::Es).lang,
        Lang::Es
    );
}

#[test]
fn a_link_opened_in_an_open_page_keeps_the_work_on_screen_aside() {
    // On screen: 100 organizers (695.50). A link to the example arrives in the same tab.
    let link = encode(&saved(common::example()));
    let state = run(vec![Action::text(Input::Organizers(0), "100")]);
    let monthly = |s: &State| shown(&s.quote.per_user);
    let opened = state.clone().reduce(Action::OpenLink(format!("#{link}")));
    assert_eq!(monthly(&opened), "$347.75");
    let kept = decode(opened.previous.as_deref().unwrap()).unwrap();
    assert_eq!(kept.scenario.groups[0].organizers, 100);
    // A damaged link changes nothing but says so and keeps the address as it is.
    let damaged = state.reduce(Action::OpenLink("v3.not-a-quote".into()));
    assert_eq!(monthly(&damaged), "$695.50");
    assert!(damaged.link_failed);
    assert!(damaged
        .notice
        .clone()
        .unwrap()
        .starts_with("This link couldn't be opened"));
}

/// `scenario` as the third link format wrote it (no rates, nothing compared, English, no
/// display currency): its layout, field by field.
fn v3_link(scenario: &Scenario) -> String {
    use base64::Engine;
    use serde::Serialize;
    #[derive(Serialize)]
    struct SavedV3<'a> {
        scenario: ScenarioV3<'a>,
        rates: Option<()>,
        compared: Vec<()>,
        language: Option<Lang>,
        display: Option<()>,
    }
    #[derive(Serialize)]
    struct ScenarioV3<'a> {
        version: u32,
        tenant_country: CountryCode,
        per_user: &'a Offer,
        pay_per_minute: &'a Offer,
        term_months: u32,
        groups: Vec<GroupV3<'a>>,
    }
    #[derive(Serialize)]
    struct GroupV3<'a> {
        name: &'a str,
        organizers: u32,
        licences_purchased: Option<u32>,
        usage: Vec<(UsageKind, CountryCode, PhoneType, Decimal, Decimal, Basis)>,
    }
    let v3 = SavedV3 {
        scenario: ScenarioV3 {
            version: scenario.version,
            tenant_country: scenario.tenant_country,
            per_user: &scenario.per_user,
            pay_per_minute: &scenario.pay_per_minute,
            term_months: scenario.term_months,
            groups: scenario
                .groups
                .iter()
                .map(|g| GroupV3 {
                    name: &g.name,
                    organizers: g.organizers,
                    licences_purchased: g.licences_purchased,
                    usage: g
                        .usage
                        .iter()
                        .map(|l| {
                            (
                                l.kind,
                                l.country,
                                l.phone,
                                l.calls,
                                l.minutes_per_call,
                                l.basis,
                            )
                        })
                        .collect(),
                })
                .collect(),
        },
        rates: None,
        compared: vec![],
        language: Some(Lang::En),
        display: None,
    };
    let bytes = postcard::to_allocvec(&v3).unwrap();
    format!(
        "v3.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    )
}

#[test]
fn groups_the_calculator_named_open_unnamed_so_they_follow_the_language() {
    // Links made before an unnamed group's name was kept empty carry the English defaults:
    // the example's "All organizers" (V1_EXAMPLE opens as the example, whose group is
    // unnamed), a preset's "EMEA sales", an added group's "Group 2" or "Grupo 2" in second
    // place. They open unnamed. A typed name stays, and so does "Group 2" in third place,
    // which the calculator never wrote there.
    let mut old = Scenario::example();
    let group = |name: &str| Group {
        name: name.into(),
        ..old.groups[0].clone()
    };
    old.groups = vec![
        group("EMEA sales"),
        group("Grupo 2"),
        group("Group 2"),
        group("Ventas"),
    ];
    let opened = decode(&v3_link(&old)).unwrap().scenario;
    let names: Vec<&str> = opened.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["", "", "Group 2", "Ventas"]);
    let shown: Vec<String> = (0..4)
        .map(|g| audio_cost::i18n::text::scenario_group_name(Lang::Es, &opened, g).into_owned())
        .collect();
    assert_eq!(shown, ["Grupo 1", "Grupo 2", "Group 2", "Ventas"]);
    // A v4 link's names are the user's: never written by the calculator, kept as typed.
    let typed = decode(&encode(&saved(old.clone()))).unwrap().scenario;
    let names: Vec<&str> = typed.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["EMEA sales", "Grupo 2", "Group 2", "Ventas"]);
}
