//! Properties of the engine over generated scenarios (proptest). Each property is a fact of
//! the pricing rules, argued in its comment.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use audio_cost::pricing::scenario::SCENARIO_VERSION;
use audio_cost::pricing::{
    builtin_card, quote, Basis, BreakEven, CallRounding, Channel, CountryCode, Group, Offer,
    OfferPreset, PhoneType, Quote, RateCard, Scenario, Side, UsageKind, UsageLine,
};
use common::{
    any_country, cc, decimal, group, line, one_group, priced, rate, usage_kind, usage_line,
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// A tenant country, each availability class (what can be bought, whether Communications
/// Credits exist) as likely as any other, however few countries it has.
fn tenant() -> impl Strategy<Value = CountryCode> {
    let card = builtin_card();
    let mut classes: Vec<Vec<CountryCode>> = Vec::new();
    let mut keys = Vec::new();
    for c in card.tenant_countries() {
        let a = c
            .availability
            .as_ref()
            .expect("a tenant country has availability");
        let key = (format!("{:?}", a.purchase), a.communications_credits);
        match keys.iter().position(|k| *k == key) {
            Some(i) => classes[i].push(c.code),
            None => {
                keys.push(key);
                classes.push(vec![c.code]);
            }
        }
    }
    proptest::sample::select(classes).prop_flat_map(proptest::sample::select)
}

fn any_line(basis: impl Strategy<Value = Basis>) -> impl Strategy<Value = UsageLine> {
    usage_line(decimal(20_000, 2), decimal(12_000, 2), basis)
}

/// Valid scenarios a person could enter: up to 3 groups, 1..500 organizers, 0..6 lines.
fn scenario_with(basis: impl Strategy<Value = Basis> + Clone) -> impl Strategy<Value = Scenario> {
    scenario_of(any_line(basis))
}

/// Scenarios whose lines come from `line`.
fn scenario_of(line: impl Strategy<Value = UsageLine>) -> impl Strategy<Value = Scenario> {
    // Some organizers may own a licence already, and some groups take
    // the US/Canada add-on: the properties hold for the split lines and covered lines too.
    let group = (
        1u32..500,
        0u32..=4,
        any::<bool>(),
        proptest::collection::vec(line, 0..6),
    )
        .prop_map(|(organizers, owned_quarters, add_on, usage)| Group {
            name: "G".into(),
            organizers,
            licences_purchased: None,
            usage,
            // Owned shares of a quarter (when they divide the organizers) keep every part exact
            // to the last digit, which these properties compare.
            licences_owned: if organizers * owned_quarters % 4 == 0 {
                organizers * owned_quarters / 4
            } else {
                0
            },
            us_can_add_on: add_on,
        });
    (
        tenant(),
        prop_oneof![
            Just(OfferPreset::AudioConferencing),
            Just(OfferPreset::DialOutUsCan)
        ],
        decimal(2_000, 2),
        decimal(500, 2),
        proptest::collection::vec(group, 1..4),
        prop_oneof![Just(CallRounding::Varied), Just(CallRounding::ExactAverage)],
        decimal(1_000, 2),
    )
        .prop_map(
            |(tenant_country, preset, price, fee, groups, rounding, add_on_price)| Scenario {
                version: SCENARIO_VERSION,
                tenant_country,
                per_user: Offer {
                    price,
                    ..Offer::preset(preset)
                },
                pay_per_minute: Offer {
                    price: fee,
                    ..Offer::preset(OfferPreset::PayPerMinute)
                },
                term_months: 12,
                groups,
                channel: Channel::VolumeLicensing,
                rounding,
                us_can_add_on_price: add_on_price,
            },
        )
}

fn scenario() -> impl Strategy<Value = Scenario> {
    scenario_with(prop_oneof![Just(Basis::PerOrganizer), Just(Basis::Total)])
}

/// Light usage, per organizer (up to 2 calls of up to 30 minutes): dial-out that the pool
/// covers today and not at twice or three times today, where the curves have their kinks.
fn light_scenario() -> impl Strategy<Value = Scenario> {
    scenario_of(usage_line(
        decimal(200, 2),
        decimal(3_000, 2),
        Just(Basis::PerOrganizer),
    ))
}

/// Neither option's total is lower for `more` than for `base`.
fn assert_not_cheaper(base: &Scenario, more: &Scenario) -> Result<(), TestCaseError> {
    let (before, after) = (totals(&priced(base)), totals(&priced(more)));
    for (b, a) in [(before.0, after.0), (before.1, after.1)] {
        if let (Some(b), Some(a)) = (b, a) {
            prop_assert!(a >= b, "{} -> {}", b, a);
        }
    }
    Ok(())
}

fn totals(q: &Quote) -> (Option<Decimal>, Option<Decimal>) {
    (q.per_user.monthly(), q.pay_per_minute.monthly())
}

/// Scenarios at and past every limit, with any decimals: the engine answers, never panics.
fn extreme_scenario() -> impl Strategy<Value = Scenario> {
    let extreme_decimal = prop_oneof![
        Just(Decimal::MAX),
        Just(Decimal::MIN),
        Just(Decimal::new(1, 28)),
        any::<i64>().prop_map(|m| Decimal::new(m, 0)),
        (any::<i64>(), 0u32..28).prop_map(|(m, s)| Decimal::new(m, s)),
        Just(Decimal::from(1_000_000)),
        Just(Decimal::from(1_440)),
    ];
    let line = (
        usage_kind(),
        any_country(),
        extreme_decimal.clone(),
        extreme_decimal.clone(),
        prop_oneof![Just(Basis::PerOrganizer), Just(Basis::Total)],
    )
        .prop_map(
            |(kind, country, calls, minutes_per_call, basis)| UsageLine {
                kind,
                country,
                phone: PhoneType::Wireless,
                calls,
                minutes_per_call,
                basis,
                billed_minutes: None,
            },
        );
    let group = (
        prop_oneof![Just(1_000_000u32), Just(u32::MAX), Just(0u32), any::<u32>()],
        proptest::option::of(any::<u32>()),
        proptest::collection::vec(line, 0..60),
    )
        .prop_map(|(organizers, licences_purchased, usage)| Group {
            name: "X".repeat(70),
            organizers,
            licences_purchased,
            usage,
            licences_owned: organizers / 2,
            us_can_add_on: true,
        });
    (
        any_country(),
        extreme_decimal.clone(),
        extreme_decimal,
        any::<u32>(),
        proptest::collection::vec(group, 0..10),
    )
        .prop_map(
            |(tenant_country, price, pool_minutes, term_months, groups)| Scenario {
                version: SCENARIO_VERSION,
                tenant_country,
                per_user: Offer {
                    price,
                    pool_minutes,
                    ..Offer::preset(OfferPreset::AudioConferencing)
                },
                pay_per_minute: Offer::preset(OfferPreset::PayPerMinute),
                term_months,
                groups,
                channel: Channel::NotSure,
                rounding: CallRounding::Varied,
                us_can_add_on_price: price,
            },
        )
}

/// A card at the importer's limits: every present rate 100,000 per minute and per call.
fn dearest_card() -> RateCard {
    let mut card = builtin_card();
    let top = rate(dec!(100_000), dec!(100_000));
    let countries = card
        .countries
        .iter()
        .map(|c| {
            let mut c = c.clone();
            c.rates = audio_cost::pricing::Rates {
                toll_dial_in: top,
                toll_dial_in_wireless: top,
                toll_free_wireline: top,
                toll_free_wireless: top,
                dial_out_wireline: top,
                dial_out_wireless: top,
            };
            c
        })
        .collect::<Vec<_>>();
    card.countries = countries.into();
    card
}

/// Each line at its limits (1,000,000 organizers x 1,000,000 calls x 1,440 minutes), 50 lines
/// in each of 8 groups, at the dearest rates, over 120 months: the exactness bound in README.
fn largest_scenario() -> Scenario {
    let each = line(
        UsageKind::DialOut,
        "GB",
        PhoneType::Wireless,
        dec!(1_000_000),
        dec!(1_440),
    );
    Scenario {
        per_user: Offer {
            price: dec!(10_000),
            pool_minutes: dec!(100_000),
            ..Offer::preset(OfferPreset::AudioConferencing)
        },
        pay_per_minute: Offer {
            price: dec!(10_000),
            ..Offer::preset(OfferPreset::PayPerMinute)
        },
        term_months: 120,
        ..common::scenario("GB", vec![group("max", 1_000_000, vec![each; 50]); 8])
    }
}

#[test]
fn the_largest_scenario_within_the_limits_is_priced_exactly() {
    // Per line 1e12 calls x 1,440 min = 1.44e15 min x 100,000 + 1e12 calls x 100,000 = 1.44e20 + 1e17;
    // 400 lines and 8e6 licences x 10,000: the monthly pay-per-minute total is exactly
    // 400 x 144,100,000,000,000,000,000 + 80,000,000,000 = 57,640,000,000,080,000,000,000.
    let q = quote(&largest_scenario(), &dearest_card()).unwrap();
    assert_eq!(
        q.pay_per_minute.monthly().unwrap(),
        dec!(57_640_000_000_080_000_000_000)
    );
    // The licence: 8e6 licences x 10,000 = 8e10, and a pool of 8e6 x 100,000 = 8e11 minutes
    // over 400 x 1.44e15 = 5.76e17 eligible (GB is in Zone A), so 1 in 720,000 minutes (and
    // calls) is covered. Charged: (5.76e17 - 8e11) x 100,000 = 57,599,920,000,000,000,000,000
    // for minutes, 4e14 x (1 - 1/720,000) = 399,999,444,444,444.44... calls x 100,000 =
    // 39,999,944,444,444,444,444.44... for connections; in all
    // 57,639,919,944,524,444,444,444.44..., which has more digits than a Decimal's 28: to the
    // cent (README: within half a cent at the limits).
    assert_eq!(
        q.per_user.monthly().unwrap().round_dp(2),
        dec!(57_639_919_944_524_444_444_444.44)
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Any scenario, at and past every limit: a quote or a list of problems, never a panic
    /// (decimal overflow included), also with the dearest rates an import allows.
    #[test]
    fn the_engine_never_panics(s in extreme_scenario()) {
        let _ = quote(&s, &builtin_card());
        let _ = quote(&s, &dearest_card());
    }

    /// No total and no line is ever negative.
    #[test]
    fn costs_are_never_negative(s in scenario()) {
        let q = priced(&s);
        for option in [&q.per_user, &q.pay_per_minute] {
            if let Some(p) = option.priced() {
                prop_assert!(p.monthly >= Decimal::ZERO);
                prop_assert!(p.usage_items.iter().filter_map(|i| i.amount).all(|a| a >= Decimal::ZERO));
            }
        }
    }

    /// The licence total is at least licences x price: usage only adds to it.
    #[test]
    fn the_licence_total_is_never_below_its_fees(s in scenario()) {
        let q = priced(&s);
        if let Some(monthly) = q.per_user.monthly() {
            let fees: Decimal = s.groups.iter().map(|g| Decimal::from(g.licences()) * s.per_user.price).sum();
            prop_assert!(monthly >= fees);
        }
    }

    /// More calls on any line never lower a total: pay-per-minute bills each minute; on the
    /// licence, a line's extra minutes may take pool from others, but each minute still costs
    /// at least what the pool saves.
    #[test]
    fn more_minutes_never_cost_less(s in scenario(), pick in any::<proptest::sample::Index>(), extra in decimal(5_000, 2)) {
        let lines: Vec<(usize, usize)> = s.groups.iter().enumerate().flat_map(|(g, grp)| (0..grp.usage.len()).map(move |l| (g, l))).collect();
        prop_assume!(!lines.is_empty());
        let (g, l) = lines[pick.index(lines.len())];
        let mut more = s.clone();
        more.groups[g].usage[l].calls += extra;
        assert_not_cheaper(&s, &more)?;
    }

    /// In a one-group scenario with calls counted per organizer, another organizer brings their
    /// own calls in the same mix as well as 60 pooled minutes: no total falls.
    #[test]
    fn more_organizers_never_cost_less_in_one_group(s in scenario_with(Just(Basis::PerOrganizer)), extra in 1u32..200) {
        let mut one = s.clone();
        one.groups.truncate(1);
        let mut more = one.clone();
        more.groups[0].organizers += extra;
        assert_not_cheaper(&one, &more)?;
    }

    /// In any scenario, another organizer costs at least the licence price and saves at most
    /// 60 pooled minutes at the dearest Zone A rate (0.0495 on the sample card: 2.97). With a
    /// price of at least that, no total falls. Below it, an organizer who dials out less than
    /// the pool gives can lower the tenant's total: their pooled minutes cover others' calls
    /// (README, "Limits").
    #[test]
    fn more_organizers_never_cost_less_at_a_price_above_the_pool_value(s in scenario(), pick in any::<proptest::sample::Index>(), extra in 1u32..200, price in 297i64..2_000) {
        let mut base = s.clone();
        base.per_user.price = Decimal::new(price, 2);
        let mut more = base.clone();
        let g = pick.index(more.groups.len());
        more.groups[g].organizers += extra;
        assert_not_cheaper(&base, &more)?;
    }

    /// Pay-per-minute is linear in usage: doubling every line's calls doubles the usage part,
    /// exactly (no pool, no division). Organizers who own a licence keep its pool under either
    /// option, so here nobody does.
    #[test]
    fn pay_per_minute_is_linear_in_usage(s in scenario()) {
        let scaled = |factor: i64| {
            let mut t = s.clone();
            for g in &mut t.groups { g.licences_owned = 0; }
            for line in t.groups.iter_mut().flat_map(|g| g.usage.iter_mut()) { line.calls *= Decimal::from(factor); }
            priced(&t).pay_per_minute.monthly()
        };
        if let (Some(zero), Some(one), Some(two)) = (scaled(0), scaled(1), scaled(2)) {
            prop_assert_eq!(two - zero, (one - zero) * Decimal::TWO);
        }
    }

    /// The cost curves the break-even, the chart and the growth table use are the engine's own
    /// totals: at scale t they equal the quote of the scenario with every line's calls times t,
    /// for every kind of tenant (no Communications Credits, pay-per-minute only, …) and with
    /// lines that can't be priced (those count in neither, at any scale). Equal to 12 decimal
    /// places: the two divide in different orders, so the 28th digit may differ.
    #[test]
    fn the_cost_curves_are_the_engines_totals_at_every_scale(s in prop_oneof![scenario(), light_scenario()]) {
        let q = priced(&s);
        for t in [Decimal::new(5, 1), Decimal::ONE, Decimal::TWO, Decimal::new(3, 0)] {
            let mut scaled = s.clone();
            for line in scaled.groups.iter_mut().flat_map(|g| g.usage.iter_mut()) { line.calls *= t; }
            let qt = priced(&scaled);
            for (option, at_t) in [(&q.per_user, &qt.per_user), (&q.pay_per_minute, &qt.pay_per_minute)] {
                if let (Some(p), Some(pt)) = (option.priced(), at_t.priced()) {
                    prop_assert_eq!(p.curve.at(t).unwrap().round_dp(12), pt.monthly.round_dp(12), "at {}", t);
                }
            }
        }
    }

    /// At each break-even point both totals are equal; just below and above it they are ordered
    /// as reported; and "always cheaper" holds at zero, today and ten times today.
    #[test]
    fn break_even_points_are_exact_and_ordered(s in scenario()) {
        let q = priced(&s);
        let (Some(l), Some(p)) = (q.per_user.priced(), q.pay_per_minute.priced()) else { return Ok(()) };
        let diff = |t: Decimal| l.curve.at(t).unwrap() - p.curve.at(t).unwrap();
        match &q.break_even {
            BreakEven::Crossings { points } => {
                for c in points {
                    prop_assert!(diff(c.scale).abs() < Decimal::new(1, 12), "not equal at {}", c.scale);
                    let step = (c.scale * Decimal::new(1, 3)).max(Decimal::new(1, 6));
                    let above = diff(c.scale + step);
                    match c.cheaper_above {
                        Side::PerUser => prop_assert!(above < Decimal::ZERO),
                        Side::PayPerMinute => prop_assert!(above > Decimal::ZERO),
                    }
                    if c.scale > step {
                        let below = diff(c.scale - step);
                        match c.cheaper_above {
                            Side::PerUser => prop_assert!(below >= Decimal::ZERO),
                            Side::PayPerMinute => prop_assert!(below <= Decimal::ZERO),
                        }
                    }
                }
            }
            BreakEven::Always { side } => {
                for t in [Decimal::ZERO, Decimal::ONE, Decimal::TEN] {
                    match side {
                        Side::PerUser => prop_assert!(diff(t) <= Decimal::ZERO),
                        Side::PayPerMinute => prop_assert!(diff(t) >= Decimal::ZERO),
                    }
                }
            }
            BreakEven::SameCost => prop_assert_eq!(diff(Decimal::TEN), Decimal::ZERO),
            BreakEven::NoUsage => prop_assert!(q.minutes_per_organizer.is_zero()),
            BreakEven::NotApplicable => prop_assert!(false, "both options were priced"),
            // No break-even is stated when the options price different lines (checked below).
            BreakEven::Unequal => prop_assert!(!q.verdict.comparable()),
        }
    }
}

/// Every order of `calls` (each its billed minutes and cost a minute): the uncovered cost when
/// a pool of `size` minutes is drawn call by call in that order.
fn bills_in_every_order(calls: &[(Decimal, Decimal)], size: Decimal) -> Vec<Decimal> {
    fn go(
        left: &mut Vec<(Decimal, Decimal)>,
        pool: Decimal,
        cost: Decimal,
        out: &mut Vec<Decimal>,
    ) {
        if left.is_empty() {
            out.push(cost);
            return;
        }
        for i in 0..left.len() {
            let (minutes, per_minute) = left.remove(i);
            let covered = pool.min(minutes);
            go(
                left,
                pool - covered,
                cost + (minutes - covered) * per_minute,
                out,
            );
            left.insert(i, (minutes, per_minute));
        }
    }
    let mut out = Vec::new();
    go(&mut calls.to_vec(), size, Decimal::ZERO, &mut out);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Microsoft draws the pool call by call in the order the calls are made. Whatever that
    /// order, the licence bill lies within the range the quote states, and the quote's own
    /// estimate (the pool spread in proportion) too. Small cases: one organizer (a 60-minute
    /// pool), two or three dial-out lines of one or two calls, every order enumerated.
    #[test]
    fn the_pool_range_bounds_every_order_of_the_calls(
        lines in proptest::collection::vec(
            (prop_oneof![Just("GB"), Just("DE"), Just("US"), Just("AE")],
             prop_oneof![Just(PhoneType::Wireline), Just(PhoneType::Wireless)],
             1u32..3, 1i64..60),
            2..4)
    ) {
        let usage: Vec<UsageLine> = lines.iter().map(|(country, phone, calls, minutes)| {
            line(UsageKind::DialOut, country, *phone, Decimal::from(*calls), Decimal::from(*minutes))
        }).collect();
        let s = one_group("US", 1, usage);
        let q = priced(&s);
        let p = q.per_user.priced().unwrap();
        let pool = p.pool.clone().unwrap();
        // The calls the pool may cover, each with its line's cost a minute.
        let mut calls = Vec::new();
        let mut fixed = p.monthly;
        for item in p.usage_items.iter().filter(|i| i.pool_minutes > Decimal::ZERO) {
            let rate = item.rate.unwrap();
            fixed -= item.amount.unwrap();
            for _ in 0..item.calls.to_string().parse::<usize>().unwrap() {
                calls.push((item.billed_minutes_per_call, rate.per_minute));
            }
        }
        let bills = bills_in_every_order(&calls, pool.size);
        let close = Decimal::new(1, 12);
        match pool.total_range {
            Some(range) => {
                for bill in bills {
                    prop_assert!(fixed + bill >= range.low - close && fixed + bill <= range.high + close,
                        "{} outside {}..{}", fixed + bill, range.low, range.high);
                }
                prop_assert!(p.monthly >= range.low - close && p.monthly <= range.high + close);
            }
            // No range: every order costs the same.
            None => for bill in bills { prop_assert!((fixed + bill - p.monthly).abs() < close) },
        }
    }
}

/// `value` as an integer count of 10^-`scale` (exact: `scale` is at least the value's).
fn at_scale(value: Decimal, scale: u32) -> i128 {
    value.mantissa() * 10i128.pow(scale - value.scale())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// At the input limits, with decimals everywhere (calls to 4 places, minutes to 2, rates
    /// and connection charges to 6), a pay-per-minute total can need more than Decimal's 28
    /// significant digits: near 10^22 only 5 or 6 decimals remain, and each of up to 400 line
    /// sums rounds there. This bounds the error the README states: within half a cent of the
    /// exact total (seen: 4e-6), so a total shown to the cent is right, or one cent off when
    /// the exact total lies within that error of a half cent (the seed kept in
    /// properties.proptest-regressions: 0.2149996 shown as .22). The reference is computed in
    /// whole units of 10^-11 in an i128 (no rounding at all): each line is organizers x calls x
    /// (minutes rounded up to 0.1) x rate + organizers x calls x connection charge.
    #[test]
    fn at_the_limits_every_total_is_within_half_a_cent(
        groups in proptest::collection::vec(
            (900_000u32..=1_000_000,
             proptest::collection::vec((9_990_000_000i64..=10_000_000_000, 140_000i64..=144_000), 1..50)),
            1..9),
        per_minute in 90_000_000_000i64..=100_000_000_000,
        per_call in 0i64..=100_000_000_000,
        fee in 0i64..=100_000_000,
    ) {
        let mut card = dearest_card();
        let rate = audio_cost::pricing::Rate::new(Decimal::new(per_minute, 6), Decimal::new(per_call, 6));
        card.countries = card.countries.iter().map(|c| {
            let mut c = c.clone();
            c.rates.dial_out_wireless = Some(rate);
            c
        }).collect::<Vec<_>>().into();
        let mut s = largest_scenario();
        s.pay_per_minute.price = Decimal::new(fee, 4);
        s.groups = groups.iter().map(|(organizers, lines)| Group {
            name: "max".into(),
            organizers: *organizers,
            licences_purchased: None,
            usage: lines.iter().map(|(calls, minutes)| UsageLine {
                kind: UsageKind::DialOut,
                country: cc("GB"),
                phone: PhoneType::Wireless,
                calls: Decimal::new(*calls, 4),
                minutes_per_call: Decimal::new(*minutes, 2),
                basis: Basis::PerOrganizer,
                billed_minutes: None,
            }).collect(),
            licences_owned: 0,
            us_can_add_on: false,
        }).collect();
        let mut exact: i128 = 0;
        for (organizers, lines) in &groups {
            let organizers = i128::from(*organizers);
            exact += organizers * at_scale(Decimal::new(fee, 4), 11);
            for (calls, minutes) in lines {
                // Minutes (2 places) rounded up to the tenth: in tenths.
                let tenths = i128::from((*minutes + 9) / 10);
                let calls = organizers * i128::from(*calls); // in 10^-4
                // calls (10^-4) x tenths (10^-1) x rate (10^-6) = 10^-11
                exact += calls * tenths * i128::from(per_minute);
                // calls (10^-4) x charge (10^-6) = 10^-10
                exact += calls * i128::from(per_call) * 10;
            }
        }
        let q = quote(&s, &card).unwrap();
        let monthly = q.pay_per_minute.monthly().unwrap();
        // Half a cent is 5 x 10^8 units of 10^-11.
        let error = at_scale(monthly.round_dp(11), 11) - exact;
        prop_assert!(error.abs() < 500_000_000, "engine {} vs exact {}e-11", monthly, exact);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    /// The per-user licence total against a re-pricing written from the rules alone, on cards
    /// where any dial-out rate may be missing: the pool (60 minutes a purchased licence, owned
    /// ones too; 900 where the complimentary period goes on) covers dial-out to Zone A whether
    /// or not the card has a rate for it, spread over those minutes in proportion; a covered
    /// line costs nothing; what the pool leaves of a line needs its rate, and without one that
    /// line is left out; toll dial-in is included, and so is a group's dial-out to the US and
    /// Canada with the add-on (at its price per organizer); customers buying from China have
    /// no dial-out or toll-free; every other line costs its billed minutes (each call its
    /// average rounded up, plus half a tenth when calls vary) at its rate, or is left out
    /// without one.
    #[test]
    fn the_licence_total_follows_the_pool_rule_with_missing_rates(
        s in prop_oneof![
            scenario_with(Just(Basis::PerOrganizer)),
            light_scenario(),
            // About as many dial-out minutes as the pool holds: where it covers part.
            scenario_of(usage_line(decimal(300, 2), decimal(6_000, 2), Just(Basis::PerOrganizer))),
        ],
        mask in any::<u64>(),
    ) {
        // Some of the scenario's own destinations lose their dial-out rates.
        let missing: Vec<CountryCode> = s.groups.iter().flat_map(|g| &g.usage)
            .enumerate().filter(|(i, _)| mask >> (i % 64) & 1 == 1).map(|(_, l)| l.country).collect();
        let mut card = builtin_card();
        card.countries = card.countries.iter().map(|c| {
            let mut c = c.clone();
            if missing.contains(&c.code) {
                c.rates.dial_out_wireline = None;
                c.rates.dial_out_wireless = None;
            }
            c
        }).collect::<Vec<_>>().into();
        let tenant = card.country(s.tenant_country).unwrap().availability.clone().unwrap();
        let Ok(q) = quote(&s, &card) else { return Ok(()) };
        let Some(p) = q.per_user.priced() else { return Ok(()) };
        let offer = &s.per_user;
        let covers = |code: CountryCode| match offer.pool_covers {
            audio_cost::pricing::PoolCoverage::ZoneA => card.country(code).unwrap().zone_a,
            audio_cost::pricing::PoolCoverage::UsCanada => matches!(code.as_str(), "US" | "CA"),
            audio_cost::pricing::PoolCoverage::None => false,
        };
        let china = s.tenant_country.as_str() == "CN";
        let has_numbers = |line: &UsageLine| {
            let a = card.country(line.country).and_then(|c| c.availability.clone());
            match line.kind {
                UsageKind::TollDialIn => a.is_some_and(|a| a.toll_numbers),
                UsageKind::TollFreeDialIn => !china && a.is_some_and(|a| a.toll_free_numbers),
                UsageKind::DialOut => !china,
            }
        };
        let complimentary = matches!(s.tenant_country.as_str(), "RU" | "KR" | "TW")
            && offer.pool_covers == audio_cost::pricing::PoolCoverage::ZoneA;
        let per_licence = if complimentary { Decimal::from(900) } else { offer.pool_minutes };
        let mut pool = Decimal::ZERO;
        let mut eligible = Decimal::ZERO;
        let mut total = Decimal::ZERO;
        let mut lines = Vec::new();
        for g in &s.groups {
            let counted = match offer.pool_counts {
                audio_cost::pricing::PoolBasis::Purchased => g.licences(),
                audio_cost::pricing::PoolBasis::Assigned => g.organizers - g.licences_owned,
            } + g.licences_owned;
            pool += Decimal::from(counted) * per_licence;
            total += Decimal::from(g.licences()) * offer.price;
            if g.us_can_add_on {
                total += Decimal::from(g.organizers) * s.us_can_add_on_price;
            }
            for line in &g.usage {
                let calls = line.total_calls(g.organizers);
                let rounded = (line.minutes_per_call * Decimal::TEN).ceil() / Decimal::TEN;
                let per_call = match s.rounding {
                    CallRounding::Varied if !line.minutes_per_call.is_zero() => {
                        rounded.max(line.minutes_per_call + Decimal::new(5, 2))
                    }
                    _ => rounded,
                };
                let billed = calls * per_call;
                let add_on = g.us_can_add_on && line.kind == UsageKind::DialOut
                    && matches!(line.country.as_str(), "US" | "CA");
                if add_on && has_numbers(line) { continue; }
                let pooled = line.kind == UsageKind::DialOut && covers(line.country) && has_numbers(line);
                if pooled { eligible += billed; }
                lines.push((line, billed, pooled));
            }
        }
        let share_left = if eligible > pool { (eligible - pool) / eligible } else { Decimal::ZERO };
        for (line, billed, pooled) in lines {
            if !has_numbers(line) { continue; }
            if line.kind == UsageKind::TollDialIn && offer.toll_dial_in_included { continue; }
            let charged = if pooled { billed * share_left } else { billed };
            if charged.is_zero() { continue; }
            if !tenant.communications_credits { continue; }
            let rate = card.country(line.country).and_then(|c| c.rates.get(line.kind, line.phone));
            if let Some(rate) = rate { total += charged * rate.per_minute; }
        }
        prop_assert_eq!(p.monthly.round_dp(10), total.round_dp(10));
    }
}
