//! Engine benchmarks (criterion, native): a quote for 1, 50 and 400 usage lines (400 is the
//! most a scenario may have: 8 groups x 50 lines), the best mix at its group limit (8 groups of
//! one line: 256 assignments, where the optimiser dominates the quote), the break-even alone, the start-up work
//! (the built-in card and the first state), the share-link codec and the CSV export.
//! `make bench` runs them with the browser timings and writes bench/REPORT.md.

// Criterion is a native dev-dependency: on wasm32 (clippy --all-targets) this is empty.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;

    use audio_cost::io::quote_csv::quote_csv;
    use audio_cost::pricing::break_even::break_even;
    use audio_cost::pricing::{
        builtin_card, country, quote, Basis, Group, PhoneType, Scenario, UsageKind, UsageLine,
    };
    use audio_cost::share::{decode, encode, Saved};
    use audio_cost::state::State;
    use criterion::{criterion_group, Criterion};
    use rust_decimal::Decimal;

    /// `lines` usage lines spread over groups of at most `per_group`, cycling kinds, countries
    /// and phones.
    fn scenario(lines: usize, per_group: usize) -> Scenario {
        let countries: Vec<_> = country::all().map(|(c, _)| c).collect();
        let kinds = [
            UsageKind::TollDialIn,
            UsageKind::TollFreeDialIn,
            UsageKind::DialOut,
        ];
        let mut s = Scenario::example();
        s.groups = (0..lines.div_ceil(per_group))
            .map(|g| Group {
                name: format!("Group {g}"),
                organizers: 40 + g as u32,
                licences_purchased: None,
                usage: (g * per_group..lines.min((g + 1) * per_group))
                    .map(|i| UsageLine {
                        kind: kinds[i % 3],
                        country: countries[(i * 7) % countries.len()],
                        phone: if i % 2 == 0 {
                            PhoneType::Wireline
                        } else {
                            PhoneType::Wireless
                        },
                        calls: Decimal::new(3 + i as i64 % 9, 0),
                        minutes_per_call: Decimal::new(125 + i as i64, 1),
                        basis: Basis::PerOrganizer,
                        billed_minutes: None,
                    })
                    .collect(),
                licences_owned: 0,
                us_can_add_on: false,
            })
            .collect();
        s
    }

    fn engine(c: &mut Criterion) {
        let card = builtin_card();
        for (name, lines, per_group) in [
            ("quote/1 line", 1, 50),
            ("quote/50 lines", 50, 50),
            ("quote/400 lines", 400, 50),
            ("best mix/8 groups x 1 line", 8, 1),
        ] {
            let s = scenario(lines, per_group);
            assert!(quote(&s, &card).is_ok(), "a valid scenario");
            c.bench_function(name, |b| b.iter(|| quote(black_box(&s), black_box(&card))));
        }
        let q = quote(&scenario(50, 50), &card).unwrap();
        let (l, p) = (
            q.per_user.priced().unwrap(),
            q.pay_per_minute.priced().unwrap(),
        );
        c.bench_function("break-even/50 lines", |b| {
            b.iter(|| {
                break_even(
                    black_box(&l.curve),
                    black_box(&p.curve),
                    black_box(q.minutes_per_organizer),
                )
            })
        });
        c.bench_function("start-up/built-in card", |b| b.iter(builtin_card));
        c.bench_function("start-up/first state", |b| b.iter(State::default));
        let saved = Saved {
            scenario: scenario(50, 50),
            rates: None,
            compared: Vec::new(),
            language: None,
            display: None,
        };
        let link = encode(&saved);
        c.bench_function("share/encode 50 lines", |b| {
            b.iter(|| encode(black_box(&saved)))
        });
        c.bench_function("share/decode 50 lines", |b| {
            b.iter(|| decode(black_box(&link)))
        });
        let s = scenario(50, 50);
        c.bench_function("export/CSV 50 lines", |b| {
            b.iter(|| quote_csv(black_box(&s), &card, &q, "2026-11-26", None))
        });
    }

    criterion_group!(benches, engine);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
