//! The buyer's real situation (issue #16): how they buy, the licences they already own, the
//! countries Microsoft treats apart, the US/Canada add-on, how call lengths round, and what
//! Communications Credits each option needs. Sample rates as in tests/engine.rs: Zone A toll
//! dial-in and dial-out wireline 0.0165, toll-free wireline 0.0076; outside Zone A 3x.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use audio_cost::pricing::credits::credits_plan;
use audio_cost::pricing::scenario::LineField;
use audio_cost::pricing::{
    quote, Basis, CallRounding, Channel, Field, Inclusion, LicenceCharge, LineProblem, Offer,
    OfferPreset, PhoneType, ProblemKind, Side, Unavailable, UsageKind, Verdict, Warning,
};
use common::{line, one_group, per_user, ppm, priced};
use rust_decimal_macros::dec;

use PhoneType::Wireline;
use UsageKind::{DialOut, TollDialIn, TollFreeDialIn};

#[test]
fn a_buyer_outside_volume_licensing_is_never_offered_pay_per_minute() {
    // 10 organizers in the US, each with 10 toll dial-in calls of 30 min from the US: 3,000 min.
    // Pay-per-minute would cost 3,000 x 0.0165 = 49.50 against the licences' 40.00, so it is
    // not the cheaper one here; with 1 call each (300 min = 4.95) it would be, and still must
    // not be recommended to a CSP or web-direct buyer.
    for channel in [Channel::CloudSolutionProvider, Channel::CustomerAgreement] {
        let mut s = one_group(
            "US",
            10,
            vec![line(TollDialIn, "US", Wireline, dec!(1), dec!(30))],
        );
        s.channel = channel;
        let q = priced(&s);
        assert_eq!(
            q.pay_per_minute.priced(),
            None,
            "{channel:?}: pay-per-minute is not priced"
        );
        assert!(matches!(
            q.pay_per_minute.outcome,
            audio_cost::pricing::Outcome::Unavailable {
                reason: Unavailable::NotVolumeLicensing
            }
        ));
        assert_eq!(
            q.verdict,
            Verdict::OnlyAvailable {
                side: Side::PerUser
            }
        );
        let mix = q.mixed.as_ref().expect("the licence is still sold");
        assert_eq!(mix.assignment, vec![Side::PerUser]);
        assert_eq!(per_user(&q), dec!(40.00));
    }
}

#[test]
fn not_sure_of_the_channel_prices_both_with_a_standing_note() {
    // The same 300 min of toll dial-in: pay-per-minute 4.95 is cheaper than 40.00 and named,
    // with the note beside it; a Volume Licensing buyer gets no note.
    let mut s = one_group(
        "US",
        10,
        vec![line(TollDialIn, "US", Wireline, dec!(1), dec!(30))],
    );
    s.channel = Channel::NotSure;
    let q = priced(&s);
    assert_eq!(ppm(&q), dec!(4.95));
    assert_eq!(q.verdict.favours(), Some(Side::PayPerMinute));
    assert!(q.warnings.contains(&Warning::ChannelUnconfirmed));
    s.channel = Channel::VolumeLicensing;
    assert!(!priced(&s).warnings.contains(&Warning::ChannelUnconfirmed));
}

/// 10 US organizers, 4 of whom own Audio Conferencing already, each dialling GB once for 100 min.
fn four_of_ten_own_a_licence() -> audio_cost::pricing::Scenario {
    let mut s = one_group(
        "US",
        10,
        vec![line(DialOut, "GB", Wireline, dec!(1), dec!(100))],
    );
    s.groups[0].licences_owned = 4;
    s
}

#[test]
fn owned_licences_cost_nothing_but_fill_the_pool() {
    // 10 organizers, 4 already own Audio Conferencing (E5). Each dials GB (Zone A) once for
    // 100 min: 1,000 min, 400 of them by the owners.
    // Per-user licence: 6 licences bought x 4.00 = 24.00. Pool (6 + 4) x 60 = 600 covers 600 of
    // 1,000; 400 x 0.0165 = 6.60. Total 30.60.
    // Pay-per-minute for the other 6: their 600 min x 0.0165 = 9.90. The owners keep their
    // licences: a pool of 4 x 60 = 240 covers 240 of their 400; 160 x 0.0165 = 2.64. 12.54.
    let q = priced(&four_of_ten_own_a_licence());
    let licence = q.per_user.priced().unwrap();
    assert_eq!(licence.licence_items.len(), 1);
    assert_eq!(
        (licence.licence_items[0].licences, licence.licences),
        (6, dec!(24.00))
    );
    let pool = licence.pool.clone().unwrap();
    assert_eq!((pool.licences, pool.size), (10, dec!(600)));
    assert_eq!(per_user(&q), dec!(30.60));

    let per_minute = q.pay_per_minute.priced().unwrap();
    let pool = per_minute.pool.clone().unwrap();
    assert_eq!(
        (pool.licences, pool.size, pool.used),
        (4, dec!(240), dec!(240))
    );
    let owned: Vec<_> = per_minute
        .usage_items
        .iter()
        .map(|i| (i.owned, i.billed_minutes, i.amount))
        .collect();
    assert_eq!(
        owned,
        vec![
            (true, dec!(400), Some(dec!(2.64))),
            (false, dec!(600), Some(dec!(9.90)))
        ]
    );
    assert_eq!(ppm(&q), dec!(12.54));
    // The verdict answers what the other 6 should get: 30.60 - 12.54 = 18.06 a month less.
    assert!(matches!(
        q.verdict,
        Verdict::Cheaper { side: Side::PayPerMinute, monthly_savings, .. } if monthly_savings == dec!(18.06)
    ));
}

#[test]
fn when_every_organizer_owns_a_licence_there_is_nothing_to_buy() {
    // 5 organizers, all licensed already, 10 toll dial-in calls of 30 min each: included under
    // both options (the owners keep their licence), no licence bought: 0.00 and 0.00, Equal.
    let mut s = one_group(
        "US",
        5,
        vec![line(TollDialIn, "US", Wireline, dec!(10), dec!(30))],
    );
    s.groups[0].licences_owned = 5;
    let q = priced(&s);
    assert_eq!((per_user(&q), ppm(&q)), (dec!(0), dec!(0)));
    assert!(q.per_user.priced().unwrap().licence_items.is_empty());
    assert_eq!(q.verdict, Verdict::Equal);
}

#[test]
fn more_owned_licences_than_organizers_is_refused_beside_the_field() {
    let mut s = one_group("US", 5, vec![]);
    s.groups[0].licences_owned = 6;
    let problems = quote(&s, &audio_cost::pricing::builtin_card()).unwrap_err();
    assert_eq!(problems[0].field, Field::LicencesOwned(0));
    assert_eq!(problems[0].kind, ProblemKind::MoreOwnedThanOrganizers);
    // 3 of 5 owned: licences bought for the other 2 may be 2 or more, not 1.
    s.groups[0].licences_owned = 3;
    s.groups[0].licences_purchased = Some(1);
    let problems = quote(&s, &audio_cost::pricing::builtin_card()).unwrap_err();
    assert_eq!(problems[0].kind, ProblemKind::FewerLicencesThanOrganizers);
    s.groups[0].licences_purchased = Some(2);
    assert!(quote(&s, &audio_cost::pricing::builtin_card()).is_ok());
}

#[test]
fn russia_korea_and_taiwan_keep_the_complimentary_900_minute_pool() {
    // 10 organizers each dial GB once for 100 min: 1,000 min. Under the 60-minute rule the pool
    // would be 600 and the other 400 would need Communications Credits, which these countries
    // don't have (the line could not be priced). The complimentary terms give 10 x 900 = 9,000:
    // all covered, the total is the licences' 40.00. Pay-per-minute needs Credits: not sold.
    for tenant in ["RU", "KR", "TW"] {
        let q = priced(&one_group(
            tenant,
            10,
            vec![line(DialOut, "GB", Wireline, dec!(1), dec!(100))],
        ));
        let licence = q.per_user.priced().unwrap();
        let pool = licence.pool.clone().unwrap();
        assert_eq!(
            (pool.minutes_per_licence, pool.size, pool.complimentary),
            (dec!(900), dec!(9000), true),
            "{tenant}"
        );
        assert_eq!(per_user(&q), dec!(40.00), "{tenant}");
        assert!(q.warnings.contains(&Warning::ComplimentaryDialOut {
            country: common::cc(tenant)
        }));
        assert_eq!(
            q.verdict,
            Verdict::OnlyAvailable {
                side: Side::PerUser
            }
        );
    }
    // Beyond 9,000 min (10 calls each: 10,000) the last 1,000 can't be bought there: the line
    // is left out and the page says why.
    let q = priced(&one_group(
        "RU",
        10,
        vec![line(DialOut, "GB", Wireline, dec!(10), dec!(100))],
    ));
    let item = &q.per_user.priced().unwrap().usage_items[0];
    assert_eq!(item.problem, Some(LineProblem::NoCommunicationsCredits));
    // The USA/CAN licence's pool is not the complimentary one: its 60 minutes a licence, and no
    // word of 900.
    let mut s = one_group("RU", 10, vec![]);
    s.per_user = Offer::preset(OfferPreset::DialOutUsCan);
    let q = priced(&s);
    let pool = q.per_user.priced().unwrap().pool.clone().unwrap();
    assert_eq!((pool.size, pool.complimentary), (dec!(600), false));
    assert!(!q
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::ComplimentaryDialOut { .. })));
    // A standard country keeps 60 minutes a licence.
    let q = priced(&one_group(
        "GB",
        10,
        vec![line(DialOut, "GB", Wireline, dec!(1), dec!(100))],
    ));
    let pool = q.per_user.priced().unwrap().pool.clone().unwrap();
    assert_eq!((pool.size, pool.complimentary), (dec!(600), false));
}

#[test]
fn customers_buying_from_china_have_no_dial_out_and_no_toll_free() {
    // A CN tenant: toll dial-in is included in the licence (10 x 5 x 30 = 1,500 min, 0.00);
    // dial-out and toll-free can't be had, so both lines are left out with the reason, not
    // priced. Pay-per-minute needs Communications Credits, which China doesn't have.
    let q = priced(&one_group(
        "CN",
        10,
        vec![
            line(TollDialIn, "CN", Wireline, dec!(5), dec!(30)),
            line(DialOut, "GB", Wireline, dec!(1), dec!(10)),
            line(TollFreeDialIn, "US", Wireline, dec!(1), dec!(10)),
        ],
    ));
    let items = &q.per_user.priced().unwrap().usage_items;
    let problems: Vec<_> = items.iter().map(|i| i.problem).collect();
    assert_eq!(
        problems,
        vec![
            None,
            Some(LineProblem::NoDialOutForTenant),
            Some(LineProblem::NoTollFreeForTenant)
        ]
    );
    assert_eq!(per_user(&q), dec!(40.00));
    // No dial-out, so no dial-out pool to show.
    assert_eq!(q.per_user.priced().unwrap().pool, None);
    assert!(matches!(
        q.pay_per_minute.outcome,
        audio_cost::pricing::Outcome::Unavailable {
            reason: Unavailable::NoCommunicationsCredits
        }
    ));
}

#[test]
fn the_us_and_canada_dial_out_licence_is_not_sold_in_china() {
    let mut s = one_group("CN", 10, vec![]);
    s.per_user = Offer::preset(OfferPreset::DialOutUsCan);
    let q = priced(&s);
    assert!(matches!(
        q.per_user.outcome,
        audio_cost::pricing::Outcome::Unavailable {
            reason: Unavailable::LicenceNotSoldHere
        }
    ));
    // In the US it is sold (free, with its US/Canada pool).
    let mut s = one_group("US", 10, vec![]);
    s.per_user = Offer::preset(OfferPreset::DialOutUsCan);
    assert_eq!(per_user(&priced(&s)), dec!(0));
}

#[test]
fn calls_that_vary_in_length_add_half_a_tenth_each() {
    // 100 calls in total averaging 2 min. Exact average: 2.0 billed, 200 x 0.0165 = 3.30.
    // Calls varying in length are each rounded up on their own: on average 2.05 billed,
    // 205 x 0.0165 = 3.3825. An average of 0.03 min: every call bills at least a tenth, so 0.1
    // (not 0.03 + 0.05 = 0.08): 10 x 0.0165 = 0.165.
    let mut usage = line(TollDialIn, "US", Wireline, dec!(100), dec!(2));
    usage.basis = Basis::Total;
    let mut s = one_group("US", 1, vec![usage]);
    assert_eq!(s.rounding, CallRounding::ExactAverage);
    assert_eq!(ppm(&priced(&s)), dec!(3.30));
    s.rounding = CallRounding::Varied;
    let q = priced(&s);
    let item = &q.pay_per_minute.priced().unwrap().usage_items[0];
    assert_eq!(
        (item.billed_minutes_per_call, item.billed_minutes),
        (dec!(2.05), dec!(205))
    );
    assert_eq!(ppm(&q), dec!(3.3825));
    s.groups[0].usage[0].minutes_per_call = dec!(0.03);
    assert_eq!(ppm(&priced(&s)), dec!(0.165));
}

#[test]
fn a_call_logs_billed_minutes_are_priced_as_they_are() {
    // 3 calls whose log billed 2.1 + 0.4 + 4.8 = 7.3 min: 7.3 x 0.0165 = 0.12045 on
    // pay-per-minute, whatever the rounding (the log rounded each call already; 3 x 2.5 rounded
    // as calls of varying length would give 3 x 2.55 = 7.65).
    let mut usage = line(TollDialIn, "US", Wireline, dec!(3), dec!(2.4333));
    usage.basis = Basis::Total;
    usage.billed_minutes = Some(dec!(7.3));
    let mut s = one_group("US", 1, vec![usage]);
    s.rounding = CallRounding::Varied;
    let q = priced(&s);
    let item = &q.pay_per_minute.priced().unwrap().usage_items[0];
    assert_eq!(item.billed_minutes, dec!(7.3));
    assert_eq!(ppm(&q), dec!(0.12045));
    // Logged minutes are the group's total: per organizer they are refused.
    s.groups[0].usage[0].basis = Basis::PerOrganizer;
    let problems = quote(&s, &audio_cost::pricing::builtin_card()).unwrap_err();
    assert_eq!(
        problems[0].field,
        Field::Line(0, 0, LineField::BilledMinutes)
    );
    assert_eq!(problems[0].kind, ProblemKind::LoggedNotTotal);
}

#[test]
fn the_us_canada_add_on_covers_its_dial_out_outside_the_pool() {
    // 10 organizers with the add-on at 2.00 each: 20.00 under either option. Each dials the US
    // and Canada once for 100 min (2,000 min, covered by the add-on, not the pool) and GB once
    // for 100 min (1,000 min: Zone A, the pool's).
    // Licence: 40.00 + 20.00; the pool of 600 covers 600 of GB's 1,000; 400 x 0.0165 = 6.60.
    // Total 66.60. Pay-per-minute: 20.00 + GB 1,000 x 0.0165 = 16.50: 36.50.
    let mut s = one_group(
        "US",
        10,
        vec![
            line(DialOut, "US", Wireline, dec!(1), dec!(100)),
            line(DialOut, "CA", Wireline, dec!(1), dec!(100)),
            line(DialOut, "GB", Wireline, dec!(1), dec!(100)),
        ],
    );
    s.groups[0].us_can_add_on = true;
    s.us_can_add_on_price = dec!(2.00);
    let q = priced(&s);
    let licence = q.per_user.priced().unwrap();
    let pool = licence.pool.clone().unwrap();
    assert_eq!((pool.eligible, pool.used), (dec!(1000), dec!(600)));
    let covered: Vec<_> = licence.usage_items.iter().map(|i| i.included_by).collect();
    assert_eq!(
        covered,
        vec![
            Some(Inclusion::UsCanAddOn),
            Some(Inclusion::UsCanAddOn),
            None
        ]
    );
    assert_eq!(per_user(&q), dec!(66.60));
    assert_eq!(ppm(&q), dec!(36.50));
    let add_on = &q.pay_per_minute.priced().unwrap().licence_items[0];
    assert_eq!(
        (add_on.charge, add_on.licences, add_on.amount),
        (LicenceCharge::UsCanAddOn, 10, dec!(20.00))
    );
}

#[test]
fn credits_are_planned_from_each_options_per_minute_charges() {
    // The owned-licences example: the licence draws 6.60 a month from Credits, pay-per-minute
    // 12.54. Threshold a quarter, rounded up: 2 and 4; recharge a month rounded up, at least
    // Microsoft's USD 50: 50 and 50.
    let q = priced(&four_of_ten_own_a_licence());
    let licence = q.per_user.credits.unwrap();
    assert_eq!(
        (licence.monthly, licence.threshold, licence.recharge),
        (dec!(6.60), dec!(2), dec!(50))
    );
    let per_minute = q.pay_per_minute.credits.unwrap();
    assert_eq!(
        (per_minute.threshold, per_minute.recharge),
        (dec!(4), dec!(50))
    );
    // A EUR card has no stated minimum: 1,234.50 a month -> 308.625 -> 309, and 1,235.
    let plan = credits_plan(dec!(1234.50), "EUR");
    assert_eq!((plan.threshold, plan.recharge), (dec!(309), dec!(1235)));
    // No Credits in Russia: no plan.
    let q = priced(&one_group("RU", 1, vec![]));
    assert_eq!(q.per_user.credits, None);
}

#[test]
fn toll_free_dial_in_warns_that_it_stops_at_a_zero_balance() {
    let q = priced(&one_group(
        "US",
        1,
        vec![line(TollFreeDialIn, "US", Wireline, dec!(1), dec!(10))],
    ));
    assert!(q.warnings.contains(&Warning::TollFreeStopsAtZero));
    let q = priced(&one_group(
        "US",
        1,
        vec![line(TollDialIn, "US", Wireline, dec!(1), dec!(10))],
    ));
    assert!(!q.warnings.contains(&Warning::TollFreeStopsAtZero));
}

#[test]
fn the_verdict_gives_the_reason_each_option_cant_be_bought() {
    use audio_cost::i18n::{text::verdict, Lang};
    // A CSP buyer in the US: pay-per-minute is sold in the US, but not through a CSP.
    let mut s = one_group(
        "US",
        10,
        vec![line(TollDialIn, "US", Wireline, dec!(1), dec!(30))],
    );
    s.channel = Channel::CloudSolutionProvider;
    let said = verdict(Lang::En, &priced(&s), &s);
    assert!(
        said.starts_with(
            "Only the per-user licence can be bought the way your organization buys: \
             pay-per-minute is sold to Volume Licensing customers only."
        ),
        "{said}"
    );
    // China with the USA/CAN licence: Audio Conferencing is sold there, but neither option
    // compared is: each says why.
    let mut s = one_group("CN", 10, vec![]);
    s.per_user = Offer::preset(OfferPreset::DialOutUsCan);
    assert_eq!(
        verdict(Lang::En, &priced(&s), &s),
        "Neither option compared can be bought: The Audio Conferencing with dial-out to USA/CAN \
         licence isn't sold in China. Communications Credits aren't available in China, so \
         pay-per-minute (and any per-minute billing) can't be bought there."
    );
    // India sells neither: one fact, said once.
    let s = one_group("IN", 10, vec![]);
    assert_eq!(
        verdict(Lang::En, &priced(&s), &s),
        "Audio Conferencing can't be bought in India."
    );
}
