//! The pricing engine against figures worked out by hand (sample rates: data/README.md).
//! Zone A: toll dial-in and dial-out wireline 0.0165, toll-free wireline 0.0076, wireless 0.0228,
//! dial-out wireless 0.0495. Elsewhere 3x: dial-out wireline 0.0495, wireless 0.1485.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use audio_cost::pricing::scenario::LineField;
use audio_cost::pricing::{
    builtin_card, quote, Basis, BreakEven, Field, LineProblem, Offer, OfferPreset, PhoneType,
    ProblemKind, Quote, RateCard, Scenario, SheetFor, Side, Unavailable, UsageKind, Verdict,
    Warning,
};
use common::{card_with, cc, line, one_group, per_user, ppm, priced, rate};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use PhoneType::{Wireless, Wireline};
use UsageKind::{DialOut, TollDialIn, TollFreeDialIn};

/// A quote for `organizers` in `tenant` with one usage line.
fn one_line(
    tenant: &str,
    organizers: u32,
    kind: UsageKind,
    country: &str,
    phone: PhoneType,
    calls: Decimal,
    minutes: Decimal,
) -> Quote {
    priced(&one_group(
        tenant,
        organizers,
        vec![line(kind, country, phone, calls, minutes)],
    ))
}

#[test]
fn docs_pool_example_115_licences_give_6900_minutes() {
    // 115 licences x 60 = 6,900 pooled minutes (Microsoft's worked example). Each organizer dials
    // GB (Zone A) once for 100 minutes: 11,500 eligible, 6,900 covered, 4,600 x 0.0165 = 75.90.
    // Licences 115 x 4.00 = 460.00; total 535.90.
    let q = one_line("US", 115, DialOut, "GB", Wireline, dec!(1), dec!(100));
    let pool = q.per_user.priced().unwrap().pool.clone().unwrap();
    assert_eq!(pool.size, dec!(6900));
    assert_eq!(pool.eligible, dec!(11500));
    assert_eq!(pool.used, dec!(6900));
    assert_eq!(per_user(&q), dec!(535.90));
    // Pay-per-minute has no pool: 11,500 x 0.0165 = 189.75.
    assert_eq!(ppm(&q), dec!(189.75));
}

#[test]
fn dial_out_to_us_can_pool_counts_assigned_licences() {
    // The docs: 100 licences bought, 20 assigned -> 20 x 60 = 1,200 minutes, US and Canada only.
    // 20 organizers each dial CA for 100 min: 2,000 eligible, 1,200 covered, 800 x 0.0165 = 13.20.
    // Each also dials GB 10 min: not covered by this pool, 200 x 0.0165 = 3.30. Price 0.
    let mut s = one_group(
        "US",
        20,
        vec![
            line(DialOut, "CA", Wireline, dec!(1), dec!(100)),
            line(DialOut, "GB", Wireline, dec!(1), dec!(10)),
        ],
    );
    s.per_user = Offer::preset(OfferPreset::DialOutUsCan);
    s.groups[0].licences_purchased = Some(100);
    let q = priced(&s);
    let pool = q.per_user.priced().unwrap().pool.clone().unwrap();
    assert_eq!(
        (pool.licences, pool.size, pool.used),
        (20, dec!(1200), dec!(1200))
    );
    assert_eq!(per_user(&q), dec!(16.50));
}

#[test]
fn zone_a_dial_out_inside_the_pool_costs_nothing_beyond_the_licence() {
    // 10 organizers: pool 600. Each dials DE 5 x 10 min: 500 minutes, all covered.
    // Licence 10 x 4.00 = 40.00. Pay-per-minute: 500 x 0.0165 = 8.25.
    let q = one_line("GB", 10, DialOut, "DE", Wireline, dec!(5), dec!(10));
    assert_eq!(per_user(&q), dec!(40.00));
    assert_eq!(ppm(&q), dec!(8.25));
    let item = &q.per_user.priced().unwrap().usage_items[0];
    assert_eq!(
        (item.pool_minutes, item.charged_minutes),
        (dec!(500), dec!(0))
    );
}

#[test]
fn zone_a_dial_out_beyond_the_pool_is_billed_per_minute() {
    // 10 organizers x 10 calls x 10 min = 1,000 minutes to DE; pool 600; 400 x 0.0165 = 6.60.
    let q = one_line("GB", 10, DialOut, "DE", Wireline, dec!(10), dec!(10));
    assert_eq!(per_user(&q), dec!(46.60));
    let pool = q.per_user.priced().unwrap().pool.clone().unwrap();
    assert_eq!(pool.share_used, Some(dec!(1)));
}

#[test]
fn non_zone_a_dial_out_is_billed_from_the_first_minute() {
    // AE is not in Zone A: 10 organizers x 1 call x 10 min = 100 min x 0.0495 = 4.95, although the
    // 600-minute pool is untouched. Licence total 40.00 + 4.95.
    let q = one_line("GB", 10, DialOut, "AE", Wireline, dec!(1), dec!(10));
    assert_eq!(per_user(&q), dec!(44.95));
    let pool = q.per_user.priced().unwrap().pool.clone().unwrap();
    assert_eq!((pool.eligible, pool.used), (dec!(0), dec!(0)));
}

#[test]
fn toll_dial_in_is_included_in_the_licence_but_billed_on_pay_per_minute() {
    // 10 organizers x 10 calls x 30 min = 3,000 min from GB. Licence: included, 40.00 in all.
    // Pay-per-minute: 3,000 x 0.0165 = 49.50.
    let q = one_line("GB", 10, TollDialIn, "GB", Wireline, dec!(10), dec!(30));
    assert_eq!(per_user(&q), dec!(40.00));
    assert_eq!(ppm(&q), dec!(49.50));
    let item = &q.per_user.priced().unwrap().usage_items[0];
    assert_eq!(
        (item.included_minutes, item.amount),
        (dec!(3000), Some(dec!(0)))
    );
}

#[test]
fn toll_free_dial_in_is_billed_on_both_options() {
    // 10 organizers x 4 calls x 15 min = 600 min from US mobiles x 0.0228 = 13.68 on both.
    let q = one_line("US", 10, TollFreeDialIn, "US", Wireless, dec!(4), dec!(15));
    assert_eq!(per_user(&q), dec!(53.68));
    assert_eq!(ppm(&q), dec!(13.68));
}

#[test]
fn each_call_is_rounded_up_to_a_tenth_of_a_minute() {
    // 2.01 min is billed as 2.1. 1 organizer, 100 calls in total: 210 min x 0.0165 = 3.465,
    // shown as $3.47 (half away from zero). 2.1 stays 2.1.
    let mut usage = line(TollDialIn, "US", Wireline, dec!(100), dec!(2.01));
    usage.basis = Basis::Total;
    let q = priced(&one_group("US", 1, vec![usage]));
    let item = &q.pay_per_minute.priced().unwrap().usage_items[0];
    assert_eq!(item.billed_minutes_per_call, dec!(2.1));
    assert_eq!(item.billed_minutes, dec!(210));
    assert_eq!(ppm(&q), dec!(3.465));
    assert_eq!(audio_cost::i18n::number::money(ppm(&q), "USD"), "$3.47");
}

#[test]
fn a_pay_per_minute_only_country_prices_pay_per_minute_alone() {
    // Albania sells pay-per-minute only. Dial-out to AL (not Zone A) 2 x 10 min x 5 organizers
    // = 100 min x 0.0495 = 4.95.
    let q = one_line("AL", 5, DialOut, "AL", Wireline, dec!(2), dec!(10));
    assert_eq!(q.per_user.monthly(), None);
    assert_eq!(ppm(&q), dec!(4.95));
    assert_eq!(
        q.verdict,
        Verdict::OnlyAvailable {
            side: Side::PayPerMinute
        }
    );
    assert_eq!(q.break_even, BreakEven::NotApplicable);
    assert!(q.warnings.contains(&Warning::Unavailable {
        side: Side::PerUser,
        reason: Unavailable::PayPerMinuteOnly,
        country: cc("AL")
    }));
}

#[test]
fn a_country_without_communications_credits_cannot_bill_per_minute() {
    // South Korea: licence sold, no Communications Credits. Pay-per-minute can't be bought.
    // On the licence, toll dial-in (included) and pooled dial-out work; toll-free can't be billed.
    // 10 organizers: toll 10 x 30 from KR (included), dial-out 1 x 30 to JP (300 min, pool 600),
    // toll-free 1 x 10 from KR (needs credits: left out). Total = licences 40.00.
    let q = priced(&one_group(
        "KR",
        10,
        vec![
            line(TollDialIn, "KR", Wireline, dec!(10), dec!(30)),
            line(DialOut, "JP", Wireline, dec!(1), dec!(30)),
            line(TollFreeDialIn, "KR", Wireline, dec!(1), dec!(10)),
        ],
    ));
    assert_eq!(q.pay_per_minute.monthly(), None);
    assert_eq!(per_user(&q), dec!(40.00));
    let items = &q.per_user.priced().unwrap().usage_items;
    assert_eq!(items[1].amount, Some(dec!(0)));
    assert_eq!(items[2].amount, None);
    assert_eq!(items[2].problem, Some(LineProblem::NoCommunicationsCredits));
    assert!(q.warnings.contains(&Warning::Unavailable {
        side: Side::PayPerMinute,
        reason: Unavailable::NoCommunicationsCredits,
        country: cc("KR")
    }));
}

#[test]
fn a_country_where_nothing_is_sold_prices_nothing() {
    let q = one_line("BH", 5, DialOut, "GB", Wireline, dec!(1), dec!(10));
    assert_eq!(
        (q.per_user.monthly(), q.pay_per_minute.monthly()),
        (None, None)
    );
    assert_eq!(q.verdict, Verdict::NeitherAvailable);
}

#[test]
fn a_missing_rate_is_not_priced_as_zero() {
    // Albania has no toll-free numbers: that line is left out of both totals, with a warning;
    // the dial-out line still counts: 5 x 1 x 10 = 50 min to GB x 0.0165 = 0.825.
    let q = priced(&one_group(
        "GB",
        5,
        vec![
            line(TollFreeDialIn, "AL", Wireline, dec!(1), dec!(10)),
            line(DialOut, "GB", Wireline, dec!(1), dec!(10)),
        ],
    ));
    let item = &q.pay_per_minute.priced().unwrap().usage_items[0];
    assert_eq!(
        (item.rate, item.amount, item.problem),
        (None, None, Some(LineProblem::NoTollFreeNumbers))
    );
    assert_eq!(ppm(&q), dec!(0.825));
    assert!(q.warnings.contains(&Warning::LineNotPriced {
        group: 0,
        line: 0,
        country: cc("AL"),
        problem: LineProblem::NoTollFreeNumbers,
        // Albania has no toll-free numbers at all: both totals leave the line out.
        left_out_of: None,
    }));
}

#[test]
fn connection_charges_apply_to_calls_billed_per_minute() {
    // A card whose GB dial-out costs 0.02/min + 0.05/call. 2 organizers x 10 calls x 60 min =
    // 1,200 min; pool 120 covers 10 % of the minutes and so 10 % of the 20 calls.
    // Charged 1,080 x 0.02 + 18 x 0.05 = 21.60 + 0.90 = 22.50; licences 8.00.
    // Pay-per-minute: 1,200 x 0.02 + 20 x 0.05 = 25.00.
    let card = common::card_with("GB", |rates| {
        rates.dial_out_wireline = rate(dec!(0.02), dec!(0.05));
    });
    let s = one_group(
        "GB",
        2,
        vec![line(DialOut, "GB", Wireline, dec!(10), dec!(60))],
    );
    let q = quote(&s, &card).unwrap();
    assert_eq!(q.per_user.monthly(), Some(dec!(30.50)));
    assert_eq!(q.pay_per_minute.monthly(), Some(dec!(25.00)));
}

#[test]
fn break_even_is_exact_and_orders_the_options_on_each_side() {
    // The example scenario (50 organizers, US). Costs as the whole mix is scaled by t:
    //   licence  L(t) = 200 + 57t + 74.25t + 66 x max(0, t - 0.75)   (pool 3,000 / 4,000 eligible)
    //   per min  P(t) = 444.75t
    // For t <= 0.75: L - P = 200 - 313.5t = 0 at t = 200/313.5; minutes today 440 per organizer,
    // so the licence pays off above 440 x 200 / 313.5 = 280.70175438... minutes.
    let q = priced(&common::example());
    let BreakEven::Crossings { points } = &q.break_even else {
        panic!("expected a crossing: {:?}", q.break_even)
    };
    assert_eq!(points.len(), 1);
    let crossing = &points[0];
    assert_eq!(crossing.cheaper_above, Side::PerUser);
    assert_eq!(
        crossing.minutes_per_organizer.round_dp(10),
        dec!(280.7017543860)
    );
    assert_eq!(q.minutes_per_organizer, dec!(440));

    let (l, p) = (
        &q.per_user.priced().unwrap().curve,
        &q.pay_per_minute.priced().unwrap().curve,
    );
    // At t = 1 the curves are today's totals: L(1) = 200 + 57 + 74.25 + 66 x 0.25 = 347.75 and
    // P(1) = 444.75.
    assert_eq!(
        (l.at(Decimal::ONE), p.at(Decimal::ONE)),
        (Some(dec!(347.75)), Some(dec!(444.75)))
    );
    // Equal at the point (to 20 decimal places: t = 200/313.5 does not terminate in decimal).
    let (at_l, at_p) = (l.at(crossing.scale).unwrap(), p.at(crossing.scale).unwrap());
    assert_eq!(at_l.round_dp(20), at_p.round_dp(20));
    assert_eq!(audio_cost::i18n::number::money(at_l, "USD"), "$283.73"); // 444.75 x 0.63795... = 283.732...
}

#[test]
fn break_even_sides_agree_with_independently_priced_scenarios() {
    // Halving every line (t = 0.5, 220 min per organizer, below 280.7):
    //   L = 200 + 28.50 + 37.125 = 265.625 (GB 2,000 min inside the pool); P = 222.375: PPM cheaper.
    // Three quarters (t = 0.75, 330 min, above): L = 200 + 42.75 + 55.6875 = 298.4375;
    //   P = 333.5625: the licence is cheaper.
    let scaled = |factor: Decimal| {
        let mut s = common::example();
        for usage in &mut s.groups[0].usage {
            usage.calls *= factor;
        }
        priced(&s)
    };
    let half = scaled(dec!(0.5));
    assert_eq!(
        (per_user(&half), ppm(&half)),
        (dec!(265.625), dec!(222.375))
    );
    let three_quarters = scaled(dec!(0.75));
    assert_eq!(
        (per_user(&three_quarters), ppm(&three_quarters)),
        (dec!(298.4375), dec!(333.5625))
    );
}

#[test]
fn break_even_says_when_the_licence_never_pays_off() {
    // Only toll-free calls: both options bill them alike, so the licence's 4.00 per organizer is
    // never earned back, whatever the volume.
    let q = one_line("US", 3, TollFreeDialIn, "US", Wireline, dec!(5), dec!(5));
    assert_eq!(
        q.break_even,
        BreakEven::Always {
            side: Side::PayPerMinute
        }
    );
}

#[test]
fn a_free_licence_is_never_dearer() {
    // "Dial-out to USA/CAN" at price 0 includes toll dial-in: equal at zero usage, cheaper above.
    let mut s = one_group(
        "US",
        3,
        vec![line(TollDialIn, "US", Wireline, dec!(5), dec!(5))],
    );
    s.per_user = Offer::preset(OfferPreset::DialOutUsCan);
    let q = priced(&s);
    assert_eq!(
        q.break_even,
        BreakEven::Always {
            side: Side::PerUser
        }
    );
}

#[test]
fn savings_and_verdict_name_the_cheaper_option() {
    // 444.75 - 347.75 = 97.00 a month; 97 / 444.75 = 21.81 %; 12 months: 1,164.00.
    let q = priced(&common::example());
    let Verdict::Cheaper {
        side,
        monthly_savings,
        term_savings,
        percent,
    } = q.verdict
    else {
        panic!()
    };
    assert_eq!(
        (side, monthly_savings, term_savings),
        (Side::PerUser, dec!(97.00), dec!(1164.00))
    );
    assert_eq!(percent.round_dp(2), dec!(21.81));
}

#[test]
fn problems_are_values_tied_to_their_fields() {
    let card = builtin_card();
    let mut s = one_group(
        "US",
        0,
        vec![line(DialOut, "GB", Wireline, dec!(-1), dec!(2000))],
    );
    s.term_months = 0;
    s.groups[0].licences_purchased = Some(0);
    let problems = quote(&s, &card).unwrap_err();
    let fields: Vec<Field> = problems.iter().map(|p| p.field).collect();
    assert!(fields.contains(&Field::TermMonths));
    assert!(fields.contains(&Field::Organizers(0)));
    assert!(
        problems
            .iter()
            .any(|p| p.field == Field::Line(0, 0, LineField::Calls)
                && p.kind == ProblemKind::Negative)
    );
    assert!(problems
        .iter()
        .any(|p| p.field == Field::Line(0, 0, LineField::Minutes)
            && p.kind == ProblemKind::OutOfRange { min: 0, max: 1440 }));

    // Fewer licences than organizers; a tenant country Microsoft documents nothing for.
    let mut s = one_group("AQ", 10, vec![]);
    s.groups[0].licences_purchased = Some(9);
    let kinds: Vec<ProblemKind> = quote(&s, &card)
        .unwrap_err()
        .into_iter()
        .map(|p| p.kind)
        .collect();
    assert_eq!(
        kinds,
        vec![
            ProblemKind::UnknownTenantCountry,
            ProblemKind::FewerLicencesThanOrganizers
        ]
    );
}

#[test]
fn the_example_file_is_the_first_screen() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/us-team.json"
    ))
    .unwrap();
    let from_file: Scenario = serde_json::from_str(&text).unwrap();
    assert_eq!(from_file, Scenario::example());
}

#[test]
fn the_term_is_the_monthly_bill_as_shown_times_the_months() {
    // examples/uk-sales.json (worked out in tests/e2e/app.test.mjs): the licence costs 91.3088
    // a month and pay-per-minute 175.27755. Each month is billed to the cent, 91.31 and 175.28,
    // so 12 months are 12 x 91.31 = 1,095.72 and 12 x 175.28 = 2,103.36 (not 12 x the exact
    // figures, 1,095.7056 and 2,103.3306, which round to 1,095.71 and 2,103.33). The savings are
    // the difference of what is shown: 175.28 - 91.31 = 83.97 a month, 12 x 83.97 = 1,007.64.
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/uk-sales.json"
    ))
    .unwrap();
    let q = priced(&serde_json::from_str(&text).unwrap());
    assert_eq!(per_user(&q), dec!(91.3088));
    let terms = (
        q.per_user.priced().unwrap().term_total,
        q.pay_per_minute.priced().unwrap().term_total,
    );
    assert_eq!(terms, (dec!(1095.72), dec!(2103.36)));
    let Verdict::Cheaper {
        monthly_savings,
        term_savings,
        ..
    } = q.verdict
    else {
        panic!("{:?}", q.verdict)
    };
    assert_eq!(
        (monthly_savings, term_savings),
        (dec!(83.97), dec!(1007.64))
    );
}

#[test]
fn totals_that_show_alike_are_equal() {
    // One organizer, 0.1 min of toll dial-in from GB: pay-per-minute 0.1 x 0.0165 = 0.00165,
    // shown as $0.00; a free USA/CAN licence includes toll dial-in: 0.00. Both bills are $0.00,
    // so neither is "cheaper" by an amount that shows as $0.00.
    let mut s = one_group(
        "GB",
        1,
        vec![line(TollDialIn, "GB", Wireline, dec!(1), dec!(0.1))],
    );
    s.per_user = Offer::preset(OfferPreset::DialOutUsCan);
    let q = priced(&s);
    assert_eq!(ppm(&q), dec!(0.00165));
    assert_eq!(q.verdict, Verdict::Equal);
}

#[test]
fn every_warning_is_said_once_in_the_readers_words() {
    // India (data/availability.csv): Microsoft sells neither option there, which is one fact,
    // said once, and the page's note about TATA Communications is worded by the catalogue, not
    // copied from the data. China's note had a "[page text]" marker in the data.
    let words = |tenant: &str| {
        let s = one_group(
            tenant,
            5,
            vec![line(DialOut, "GB", Wireline, dec!(1), dec!(10))],
        );
        let q = priced(&s);
        audio_cost::i18n::text::Summary::new(audio_cost::i18n::Lang::En, &q, &s).warnings
    };
    assert_eq!(
        words("IN"),
        [
            "India: TATA Communications offers a dial-in and dial-out service that works with Teams meetings.",
            "Microsoft doesn't sell Audio Conferencing in India.",
        ]
    );
    // China also has no Communications Credits, a warning of its own. Its toll-free numbers
    // are "Yes (on request), except customers buying from China": the China note says so, and
    // a second note saying "available on request" would contradict it for a tenant there. The
    // dial-out line is left out, as customers buying from China have none (tests/buyer.rs).
    let china = words("CN");
    assert_eq!(china.len(), 3, "{china:?}");
    assert!(china[2].contains("dial-out from meetings is disabled"));
    assert!(
        china[0].starts_with("China: Audio Conferencing is sold for users located outside China")
    );
    assert!(china[1].starts_with("Communications Credits aren't available in China"));
    assert!(china.iter().all(|w| !w.contains('[')), "{china:?}");
    // In Spanish too, every word from the catalogue.
    let s = one_group("IN", 5, vec![]);
    let es =
        audio_cost::i18n::text::Summary::new(audio_cost::i18n::Lang::Es, &priced(&s), &s).warnings;
    assert_eq!(es[1], "Microsoft no vende Audioconferencia en India.");
}

#[test]
fn beyond_the_pool_the_curve_prices_what_the_quote_prices_without_credits() {
    // Ukraine has no Communications Credits: nothing can be billed per minute. 10
    // organizers pool 600 min; dial-out to GB (Zone A), 1 call of 30 min each = 300 min, all in
    // the pool: 40.00. At three times the calls (900 min) the pool leaves 300 min that can't be
    // billed there, so the quote stays 40.00 with that line flagged, and so must the curve the
    // growth table and the chart read (it charged 300 x 0.0165 = 4.95 more).
    let today = one_group(
        "UA",
        10,
        vec![line(DialOut, "GB", Wireline, dec!(1), dec!(30))],
    );
    let q = priced(&today);
    assert_eq!(per_user(&q), dec!(40.00));
    let mut tripled = today.clone();
    tripled.groups[0].usage[0].calls = dec!(3);
    let q3 = priced(&tripled);
    assert_eq!(per_user(&q3), dec!(40.00));
    assert_eq!(
        q3.per_user.priced().unwrap().usage_items[0].problem,
        Some(LineProblem::NoCommunicationsCredits)
    );
    assert_eq!(q.totals_at(dec!(3)).0, Some(dec!(40.00)));
}

#[test]
fn the_pool_covers_a_destination_whether_or_not_the_card_has_its_rate() {
    // A card without a rate for GB landlines. 10 organizers pool 600 min. Dial-out per
    // organizer: GB 1 call of 30 min (300 min, no rate) and DE 1 call of 60 min (600 min at
    // 0.0165). Both are Zone A, so the pool is spread over all 900 eligible minutes: GB 200,
    // DE 400. DE pays for 200 min: 3.30; the licence total is 40.00 + 3.30 = 43.30. GB's 100
    // uncovered minutes have no rate: flagged, not priced. (Leaving GB out of the pool, as
    // before, gave DE all 600 and a total of 40.00.)
    let card = common::card_with("GB", |r| r.dial_out_wireline = None);
    let partly = one_group(
        "US",
        10,
        vec![
            line(DialOut, "GB", Wireline, dec!(1), dec!(30)),
            line(DialOut, "DE", Wireline, dec!(1), dec!(60)),
        ],
    );
    let q = quote(&partly, &card).unwrap();
    let items = &q.per_user.priced().unwrap().usage_items;
    assert_eq!(
        (items[0].pool_minutes, items[0].amount, items[0].problem),
        (dec!(200), None, Some(LineProblem::NoRate))
    );
    assert_eq!(
        (items[1].pool_minutes, items[1].amount),
        (dec!(400), Some(dec!(3.300)))
    );
    assert_eq!(per_user(&q), dec!(43.30));
    // 20 organizers pool 1,200 min; GB 1 call of 20 min each (400 min) and DE 1 call of 40
    // min (800 min) make 1,200 eligible minutes, all covered. GB costs nothing beyond the
    // licence, so it is priced at 0.00 without a rate: 20 x 4.00 = 80.00.
    let covered = one_group(
        "US",
        20,
        vec![
            line(DialOut, "GB", Wireline, dec!(1), dec!(20)),
            line(DialOut, "DE", Wireline, dec!(1), dec!(40)),
        ],
    );
    let q = quote(&covered, &card).unwrap();
    let items = &q.per_user.priced().unwrap().usage_items;
    assert_eq!(
        (items[0].amount, items[0].problem),
        (Some(Decimal::ZERO), None)
    );
    assert_eq!(per_user(&q), dec!(80.00));
}

#[test]
fn totals_of_different_calls_name_no_winner() {
    // A card without a rate for toll dial-in from the US. The licence includes toll dial-in,
    // so it prices that line (at 0.00); pay-per-minute needs the rate and leaves the line out.
    // The two totals then don't describe the same calls: pay-per-minute would look cheaper by
    // what it left out. So there is no verdict, no saving, no break-even and no best mix.
    let card = common::card_with("US", |r| r.toll_dial_in = None);
    let s = one_group(
        "US",
        10,
        vec![
            line(TollDialIn, "US", Wireline, dec!(10), dec!(30)),
            line(DialOut, "GB", Wireline, dec!(1), dec!(10)),
        ],
    );
    let q = quote(&s, &card).unwrap();
    assert_eq!(
        q.verdict,
        Verdict::Unequal {
            lines: vec![audio_cost::pricing::OneSided {
                group: 0,
                line: 0,
                priced_by: Side::PerUser
            }]
        }
    );
    assert_eq!(q.break_even, BreakEven::Unequal);
    assert_eq!(q.mixed, None);
    // Each total is still shown for what it prices: licences 10 x 4.00 = 40.00 (GB's 100 min
    // are in the pool); pay-per-minute 100 min to GB x 0.0165 = 1.65.
    assert_eq!((per_user(&q), ppm(&q)), (dec!(40.00), dec!(1.65)));
    let summary = audio_cost::i18n::text::Summary::new(audio_cost::i18n::Lang::En, &q, &s);
    assert_eq!(
        summary.verdict,
        "No verdict: the two totals don't describe the same calls. Priced by one option only: \
         line 1 by the per-user licence. The warnings say what each needs."
    );
    assert_eq!(
        summary.savings,
        "None stated: the totals don't describe the same calls"
    );
    assert!(summary.break_even.starts_with("No break-even"));
    assert!(summary.mix.starts_with("No best mix"));
    // The warning says which total leaves the line out.
    assert_eq!(
        summary.warnings,
        [
            "Line 1 (Toll dial-in from United States (US)): the rate card has no rate for this \
          call; left out of the pay-per-minute total."
        ]
    );
}

#[test]
fn the_pool_range_is_the_bill_with_the_dearest_or_the_cheapest_calls_first() {
    // 10 organizers pool 600 min. Dial-out to GB, Zone A: landlines 2 calls of 30 min each
    // (600 min at 0.0165) and mobiles 1 call of 30 min each (300 min at 0.0495): 900 eligible.
    // Spread in proportion (2/3 covered): 200 x 0.0165 + 100 x 0.0495 = 3.30 + 4.95 = 8.25,
    // so 40.00 + 8.25 = 48.25. Microsoft draws the pool in call order:
    // - mobiles first: all 300 covered, 300 landline min left: 300 x 0.0165 = 4.95 -> 44.95;
    // - landlines first: all 600 covered, 300 mobile min left: 300 x 0.0495 = 14.85 -> 54.85.
    let s = one_group(
        "US",
        10,
        vec![
            line(DialOut, "GB", Wireline, dec!(2), dec!(30)),
            line(DialOut, "GB", Wireless, dec!(1), dec!(30)),
        ],
    );
    let q = priced(&s);
    assert_eq!(per_user(&q), dec!(48.25));
    let range = q
        .per_user
        .priced()
        .unwrap()
        .pool
        .clone()
        .unwrap()
        .total_range
        .unwrap();
    assert_eq!((range.low, range.high), (dec!(44.95), dec!(54.85)));
    let words = audio_cost::i18n::text::Summary::new(audio_cost::i18n::Lang::En, &q, &s)
        .pool
        .unwrap();
    assert!(
        words.ends_with(
            "depending on which calls come first the licence total is between $44.95 and \
             $54.85 a month (the figures above spread the pool in proportion)."
        ),
        "{words}"
    );
    // All at one rate, the order can't matter: no range.
    let one_rate = one_group(
        "US",
        10,
        vec![line(DialOut, "GB", Wireline, dec!(9), dec!(10))],
    );
    let pool = priced(&one_rate)
        .per_user
        .priced()
        .unwrap()
        .pool
        .clone()
        .unwrap();
    assert_eq!(pool.total_range, None);
}

#[test]
fn one_card_per_option() {
    // The per-user licence's card: the sample with dial-out to US landlines at 0.02 and no
    // toll-free rate from US mobiles. Pay-per-minute's own card: dial-out to US landlines at
    // 0.05, toll dial-in from the US at 0.03, from US mobiles 0.04 (a rate of its own).
    let per_user_card = RateCard {
        sheet: SheetFor::PerUser,
        sample: false,
        ..card_with("US", |r| {
            r.dial_out_wireline = rate(dec!(0.02), dec!(0));
            r.toll_free_wireless = None;
        })
    };
    let ppm_card = RateCard {
        sheet: SheetFor::PayPerMinute,
        sample: false,
        ..card_with("US", |r| {
            r.dial_out_wireline = rate(dec!(0.05), dec!(0));
            r.toll_dial_in = rate(dec!(0.03), dec!(0));
            r.toll_dial_in_wireless = rate(dec!(0.04), dec!(0.01));
        })
    };
    let card = per_user_card.with_card(ppm_card).unwrap();
    // 10 organizers in the US, per organizer a month:
    //   toll dial-in from mobiles, 2 calls x 10 min: 200 min, 20 calls;
    //   dial-out to landlines, 12 calls x 10 min: 1,200 min.
    // Licence (4.00 each, 40.00): toll dial-in included; pool 600 of the 1,200, 600 charged at
    //   its card's 0.02 = 12.00; 52.00.
    // Pay-per-minute: 200 x 0.04 + 20 calls x 0.01 = 8.20; 1,200 x 0.05 = 60.00; 68.20.
    // With one card for both (the licence's), pay-per-minute would be 200 x 0.0165 + 24.00.
    let s = one_group(
        "US",
        10,
        vec![
            line(TollDialIn, "US", Wireless, dec!(2), dec!(10)),
            line(DialOut, "US", Wireline, dec!(12), dec!(10)),
        ],
    );
    let q = quote(&s, &card).unwrap();
    assert_eq!((per_user(&q), ppm(&q)), (dec!(52.00), dec!(68.20)));
    let items = |side: Side| {
        let option = if side == Side::PerUser {
            &q.per_user
        } else {
            &q.pay_per_minute
        };
        let priced = option.priced().unwrap();
        priced
            .usage_items
            .iter()
            .map(|i| i.rate.map(|r| r.per_minute))
            .collect::<Vec<_>>()
    };
    assert_eq!(items(Side::PerUser), [Some(dec!(0.0165)), Some(dec!(0.02))]);
    assert_eq!(
        items(Side::PayPerMinute),
        [Some(dec!(0.04)), Some(dec!(0.05))]
    );
    // A line one card can't price and the other can: no verdict (toll-free from US mobiles:
    // the licence's card has no rate, pay-per-minute's the sample's 0.0228).
    let s = one_group(
        "US",
        10,
        vec![line(TollFreeDialIn, "US", Wireless, dec!(1), dec!(10))],
    );
    let q = quote(&s, &card).unwrap();
    assert!(!q.verdict.comparable(), "{:?}", q.verdict);
}
