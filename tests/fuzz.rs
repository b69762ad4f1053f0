//! Fuzzing every decoder: scenario JSON, the share-link fragment, stored state, rate imports as
//! CSV, xlsx and JSON, and usage imports (the PSTN usage report's CSV, Graph's JSON). cargo-fuzz needs a nightly toolchain, which this project's
//! machines don't have, so this is proptest over arbitrary bytes and over the seed corpora in
//! fuzz/seeds/<target>/, mutated (bytes flipped, inserted, deleted, duplicated, cut). Each
//! target must finish its executions without a panic; a failure is shrunk to a small input.
//!
//! Executions per target: FUZZ_CASES (default 2,000 in `make test`; `make fuzz` runs 100,000).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::cell::Cell;

use audio_cost::io::rate_import::import_card;
use audio_cost::io::usage::{derive, read_usage, reconcile, Choices, Grouping, UsageReader};
use audio_cost::pricing::{builtin_card, quote, Scenario};
use audio_cost::share::decode;
use audio_cost::state::State;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestRunner};

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

fn seeds(target: &str) -> Vec<Vec<u8>> {
    let dir = format!("{}/fuzz/seeds/{target}", env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files.iter().map(|f| std::fs::read(f).unwrap()).collect()
}

#[derive(Clone, Debug)]
enum Mutation {
    Flip(Index, u8),
    Insert(Index, u8),
    Delete(Index, Index),
    Duplicate(Index, Index),
    Cut(Index),
}

fn mutate(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        let len = bytes.len();
        match m {
            Mutation::Flip(i, b) if len > 0 => bytes[i.index(len)] ^= b | 1,
            Mutation::Insert(i, b) => bytes.insert(i.index(len + 1), *b),
            Mutation::Delete(i, n) if len > 0 => {
                let at = i.index(len);
                let end = (at + n.index(16) + 1).min(len);
                bytes.drain(at..end);
            }
            Mutation::Duplicate(i, n) if len > 0 => {
                let at = i.index(len);
                let end = (at + n.index(64) + 1).min(len);
                let copy = bytes[at..end].to_vec();
                bytes.splice(at..at, copy);
            }
            Mutation::Cut(i) => bytes.truncate(i.index(len + 1)),
            _ => {}
        }
    }
    bytes
}

fn input(target: &str) -> impl Strategy<Value = Vec<u8>> {
    let mutation = prop_oneof![
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::Insert(i, b)),
        (any::<Index>(), any::<Index>()).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (any::<Index>(), any::<Index>()).prop_map(|(i, n)| Mutation::Duplicate(i, n)),
        any::<Index>().prop_map(Mutation::Cut),
    ];
    let mutated = (
        proptest::sample::select(seeds(target)),
        proptest::collection::vec(mutation, 1..8),
    )
        .prop_map(|(seed, mutations)| mutate(seed, &mutations));
    prop_oneof![1 => proptest::collection::vec(any::<u8>(), 0..1024), 3 => mutated]
}

/// Inputs that once made `target` panic (fuzz/regressions/<target>, if any): each is run first.
fn regressions(target: &str) -> Vec<Vec<u8>> {
    let dir = format!("{}/fuzz/regressions/{target}", env!("CARGO_MANIFEST_DIR"));
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    entries
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect()
}

/// Runs `check` over the inputs that once failed, then `cases()` inputs; a panic anywhere fails
/// the test with the (shrunk) input.
fn fuzz(target: &str, check: impl Fn(&[u8])) {
    for bytes in regressions(target) {
        check(&bytes);
    }
    let executions = Cell::new(0u32);
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&input(target), |bytes| {
            check(&bytes);
            executions.set(executions.get() + 1);
            Ok(())
        })
        .unwrap_or_else(|e| panic!("fuzz {target}: {e}"));
    eprintln!("fuzz {target}: {} executions, no panic", executions.get());
}

#[test]
fn scenario_json() {
    let card = builtin_card();
    fuzz("scenario_json", |bytes| {
        if let Ok(scenario) = serde_json::from_slice::<Scenario>(bytes) {
            let _ = quote(&scenario, &card);
        }
    });
}

#[test]
fn share_link() {
    fuzz("share_link", |bytes| {
        let text = String::from_utf8_lossy(bytes);
        let _ = decode(&text);
        let state = State::restore(Some(&text), None, audio_cost::i18n::Lang::En);
        assert!(
            state.quote.per_user.monthly().is_some()
                || state.quote.pay_per_minute.monthly().is_some()
        );
    });
}

#[test]
fn stored_state() {
    fuzz("stored_state", |bytes| {
        let _ = State::restore(
            None,
            Some(&String::from_utf8_lossy(bytes)),
            audio_cost::i18n::Lang::En,
        );
    });
}

#[test]
fn rates_csv() {
    let base = builtin_card();
    fuzz("rates_csv", |bytes| {
        let _ = import_card(
            "Dial-out calls - fuzz.csv",
            bytes,
            &base,
            "2026-11-26",
            None,
        );
    });
}

#[test]
fn rates_xlsx() {
    let base = builtin_card();
    fuzz("rates_xlsx", |bytes| {
        let _ = import_card("fuzz.xlsx", bytes, &base, "2026-11-26", None);
    });
}

#[test]
fn rates_json() {
    let base = builtin_card();
    fuzz("rates_json", |bytes| {
        if let Ok(card) = import_card("fuzz.json", bytes, &base, "2026-11-26", None) {
            // An accepted card must be safe to price with.
            let _ = quote(&Scenario::example(), &card.card);
        }
    });
}

/// Structure-aware: valid workbooks whose sheet names and cells are arbitrary text and numbers,
/// so the importer's own parsing (header search, countries, numbers) is reached; mutated zip
/// bytes (`rates_xlsx`) mostly stop at the zip layer.
#[test]
fn rates_xlsx_cells() {
    let base = builtin_card();
    let header = proptest::sample::select(
        common::MS_HEADER
            .iter()
            .copied()
            .chain(["Sheet", ""])
            .collect::<Vec<_>>(),
    );
    let cell = prop_oneof![
        header.prop_map(String::from),
        ".{0,12}",
        proptest::sample::select(vec![
            "Germany",
            "Wireline",
            "Wireless",
            "All Number Types",
            "Premium",
            "0.011",
            "-1",
            "1e30",
            "Dial-out calls"
        ])
        .prop_map(String::from),
        any::<f64>().prop_map(|f| format!("#{f}")),
    ];
    let sheet = (
        proptest::sample::select(vec![
            "Dial-in to toll - UK",
            "Dial-in to toll free - UK",
            "Dial-out calls - UK",
            "Notes",
            "Sheet1",
        ]),
        proptest::collection::vec(proptest::collection::vec(cell, 0..8), 0..12),
    );
    let workbook = proptest::collection::vec(sheet, 1..4);
    let executions = Cell::new(0u32);
    let mut runner = TestRunner::new(Config {
        cases: cases() / 10,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&workbook, |sheets| {
            let mut book = rust_xlsxwriter::Workbook::new();
            for (i, (name, rows)) in sheets.iter().enumerate() {
                let sheet = book.add_worksheet();
                sheet.set_name(format!("{name} {i}")).unwrap();
                for (r, row) in rows.iter().enumerate() {
                    for (c, text) in row.iter().enumerate() {
                        let (r, c) = (r as u32, c as u16);
                        // "#" marks a number cell (NaN and infinities included).
                        match text.strip_prefix('#').and_then(|n| n.parse::<f64>().ok()) {
                            Some(number) => sheet.write_number(r, c, number).map(|_| ()),
                            None => sheet.write_string(r, c, text).map(|_| ()),
                        }
                        .unwrap();
                    }
                }
            }
            let bytes = book.save_to_buffer().unwrap();
            let _ = import_card("fuzz.xlsx", &bytes, &base, "2026-11-26", None);
            executions.set(executions.get() + 1);
            Ok(())
        })
        .unwrap_or_else(|e| panic!("fuzz rates_xlsx_cells: {e}"));
    eprintln!(
        "fuzz rates_xlsx_cells: {} executions, no panic",
        executions.get()
    );
}

/// A usage file read whole and in three uneven chunks gives the same answer; an accepted file
/// makes a scenario that prices without a panic under every grouping.
fn usage_check(name: &str, bytes: &[u8]) {
    let card = builtin_card();
    let whole = read_usage(&[(name, bytes)]);
    let mut reader = UsageReader::new();
    let chunked = reader.start(name).and_then(|()| {
        let (a, rest) = bytes.split_at(bytes.len() / 3);
        let (b, c) = rest.split_at(rest.len() / 2);
        for chunk in [a, b, c] {
            reader.feed(chunk)?;
        }
        reader.finish()
    });
    assert_eq!(whole, chunked);
    if let Ok(summary) = whole {
        for grouping in [Grouping::All, Grouping::Location, Grouping::HeavyLight] {
            let choices = Choices {
                grouping,
                ..Choices::default()
            };
            let derived = derive(&summary, &choices);
            let tenant = summary
                .tenant_country
                .unwrap_or(Scenario::example().tenant_country);
            let _ = quote(&derived.scenario(tenant, audio_cost::i18n::Lang::En), &card);
            let _ = reconcile(&summary, &choices, &card);
        }
    }
}

#[test]
fn usage_csv() {
    fuzz("usage_csv", |bytes| usage_check("fuzz.csv", bytes));
}

#[test]
fn usage_json() {
    fuzz("usage_json", |bytes| usage_check("fuzz.json", bytes));
}
