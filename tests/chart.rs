//! The break-even chart's geometry and the growth what-if, against the engine and by hand.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use audio_cost::pricing::{builtin_card, quote, BreakEven, Side, UsageKind};
use audio_cost::ui::break_even_chart::geometry::chart;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

#[test]
fn the_charts_crossover_is_the_engines_break_even() {
    // The example: today 440 min per organizer; the licence pays off above 280.70 min
    // (tests/engine.rs); the x axis runs to twice today, 880 min.
    let q = quote(&common::example(), &builtin_card()).unwrap();
    let c = chart(&q).unwrap();
    let BreakEven::Crossings { points } = &q.break_even else {
        panic!()
    };
    assert_eq!(c.crossings.len(), 1);
    let (point, side) = c.crossings[0];
    assert_eq!(
        (point.minutes, side),
        (points[0].minutes_per_organizer, Side::PerUser)
    );
    assert_eq!(point.minutes.round_dp(2), dec!(280.70));
    // Both lines pass through the crossing, t = 200 / 313.5, where pay-per-minute costs
    // 444.75 x 200 / 313.5 = 283.73205741626794... and so does the licence; the chart marks it
    // at that cost.
    let (l, p) = q.totals_at(points[0].scale);
    let at_crossing = dec!(283.7320574163);
    assert_eq!(
        (
            l.unwrap().round_dp(10),
            p.unwrap().round_dp(10),
            point.cost.round_dp(10)
        ),
        (at_crossing, at_crossing, at_crossing)
    );
    assert_eq!((c.today, c.max_minutes), (dec!(440), dec!(880)));
    // The licence line bends where the pool runs out: 3,000 / 4,000 of today's mix = 330 min.
    let kinks: Vec<Decimal> = c.per_user.iter().map(|p| p.minutes).collect();
    assert_eq!(kinks, vec![dec!(0), dec!(330), dec!(880)]);
    // Pay-per-minute is one straight line from 0 to 2 x 444.75 = 889.50.
    assert_eq!(c.pay_per_minute.len(), 2);
    assert_eq!(c.pay_per_minute[1].cost, dec!(889.50));
}

#[test]
fn lines_that_never_cross_draw_no_crossing_and_say_so() {
    // Only toll-free dial-in: billed alike by both options, so the licence fee never pays off.
    let mut s = common::example();
    s.groups[0]
        .usage
        .retain(|l| l.kind == UsageKind::TollFreeDialIn);
    let q = quote(&s, &builtin_card()).unwrap();
    let c = chart(&q).unwrap();
    assert!(c.crossings.is_empty());
    assert_eq!(
        q.break_even,
        BreakEven::Always {
            side: Side::PayPerMinute
        }
    );
    assert!(
        audio_cost::i18n::text::break_even(audio_cost::i18n::Lang::En, &q)
            .contains("never pays off")
    );
}

#[test]
fn growth_what_if_by_hand() {
    // Licence L(t) = 200 + 131.25 t + 66 max(0, t - 0.75); pay-per-minute 444.75 t.
    // +20 %: 200 + 157.50 + 29.70 = 387.20 vs 533.70. +50 %: 200 + 196.875 + 49.50 = 446.375
    // vs 667.125: the licence stays cheaper.
    let q = quote(&common::example(), &builtin_card()).unwrap();
    assert_eq!(
        q.totals_at(dec!(1.2)),
        (Some(dec!(387.20)), Some(dec!(533.70)))
    );
    assert_eq!(
        q.totals_at(dec!(1.5)),
        (Some(dec!(446.375)), Some(dec!(667.125)))
    );
    // Today (t = 1): 200 + 131.25 + 66 x 0.25 = 347.75 vs 444.75, the quote's totals.
    assert_eq!(
        q.totals_at(Decimal::ONE),
        (Some(dec!(347.75)), Some(dec!(444.75)))
    );
}
