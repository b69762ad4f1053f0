//! Importing a tenant's call logs: the PSTN usage report's CSV (two header spellings) and Graph
//! getPstnCalls JSON (one page per file, pages in an array), from the fixtures in
//! tests/fixtures/usage/, written by hand from Microsoft's documented columns. Every figure below
//! is worked out by hand from those files.
#![cfg(not(target_arch = "wasm32"))]

use audio_cost::io::usage::{
    derive, read_usage, reconcile, Capability, Choices, Dial, Field, Format, Grouping, Reason,
    TollClass, UsageError, UsageReader, UsageSummary,
};
use audio_cost::pricing::{builtin_card, CountryCode, PhoneType, UsageKind};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/usage/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn read(names: &[&str]) -> UsageSummary {
    let files: Vec<(&str, Vec<u8>)> = names.iter().map(|n| (*n, fixture(n))).collect();
    let borrowed: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    read_usage(&borrowed).unwrap()
}

fn cc(code: &str) -> CountryCode {
    CountryCode::parse(code).unwrap()
}

/// The mix as (kind, country, phone, calls, billed minutes).
fn mix(
    summary: &UsageSummary,
    choices: &Choices,
) -> Vec<(UsageKind, String, PhoneType, Decimal, Decimal)> {
    derive(summary, choices)
        .mix
        .into_iter()
        .map(|l| {
            (
                l.kind,
                l.country.to_string(),
                l.phone,
                l.calls,
                l.billed_minutes,
            )
        })
        .collect()
}

use PhoneType::{Wireless as Mobile, Wireline as Land};
use UsageKind::{DialOut, TollDialIn, TollFreeDialIn};

/// pstn-usage-november.csv, the report's documented header and column order, durations in
/// seconds. Rows (the header is row 1):
///  2 conf_in  US caller, bridge +14255550100 (Toll),  61 s -> ceil(61/6)  = 11 tenths = 1.1 min
///  3 conf_in  GB caller, same bridge,                600 s -> 100 tenths = 10.0 min
///  4 conf_in  US caller, bridge +18005550199 (no number type; 1800 -> toll-free pre-fill),
///             120 s -> 2.0 min, charged 0.0152 (MCOPSTNPP)
///  5 conf_in  the same, 61 s -> 1.1 min, charged 0.0084
///  6 conf_out to DE, 150 s -> 2.5 min, charged 0.0525 (MCOPSTNPP)
///  7 conf_out to DE,  59 s -> ceil(59/6) = 10 tenths = 1.0 min, no charge (the pool)
///  8 user_out, 9 ucap_in: Calling Plan and bot calls, not conferencing: ignored
/// 10 conf_in, duration "abc": malformed;  11 conf_out to "Atlantis": malformed
/// 12 conf_in of 0 s (30 Nov): never connected, not billed, but its day counts
/// 13 conf_out to GB, 6 s -> 1 tenth = 0.1 min
#[test]
fn report_csv_counts_rounds_each_call_and_ignores_the_rest() {
    let s = read(&["pstn-usage-november.csv"]);
    // 7 connected conferencing calls, 1 unconnected, 2 ignored: 10 read; 2 malformed.
    assert_eq!(s.conferencing_calls, 7);
    assert_eq!(s.unconnected, 1);
    assert_eq!(s.calls_read, 10);
    assert_eq!(
        s.ignored,
        vec![("ucap_in".to_string(), 1), ("user_out".to_string(), 1)]
    );
    assert_eq!(s.malformed, 2);
    let listed: Vec<(u64, Reason)> = s
        .malformed_listed
        .iter()
        .map(|m| (m.row, m.reason))
        .collect();
    assert_eq!(
        listed,
        vec![
            (10, Reason::NotUnderstood(Field::Duration)),
            (11, Reason::UnknownCountry(Field::ToCountry))
        ]
    );
    // The reason names the column, never the value (which might be a name or a number).
    let text = s.malformed_listed[0].phrase().to_string();
    assert_eq!(
        text,
        "pstn-usage-november.csv, row 10: Duration not understood"
    );
    // 1 to 30 November: one whole month.
    assert_eq!(
        (s.period.first.as_str(), s.period.last.as_str()),
        ("2026-11-01", "2026-11-30")
    );
    // ann, bob, carol (dave's call is not conferencing).
    assert_eq!(s.organizers, 3);
    assert_eq!(s.tenant_country, Some(cc("US")));
    let bridges: Vec<(&str, u64, Option<TollClass>, TollClass)> = s
        .bridges
        .iter()
        .map(|b| (b.number.as_str(), b.calls, b.from_file, b.prefill))
        .collect();
    assert_eq!(
        bridges,
        vec![
            ("+14255550100", 2, Some(TollClass::Toll), TollClass::Toll),
            ("+18005550199", 2, None, TollClass::TollFree),
        ]
    );

    let d = derive(&s, &Choices::default());
    assert_eq!((d.months, d.whole_months), (Decimal::ONE, true));
    // Per-call rounding: DE is 150 s + 59 s = 209 s; its average, 1.741.. min, rounded up to
    // 1.8 x 2 calls would be 3.6 min, but each call billed on its own is 2.5 + 1.0 = 3.5.
    assert_eq!(
        mix(&s, &Choices::default()),
        vec![
            (TollDialIn, "GB".into(), Land, dec!(1), dec!(10.0)),
            (TollDialIn, "US".into(), Land, dec!(1), dec!(1.1)),
            (TollFreeDialIn, "US".into(), Land, dec!(2), dec!(3.1)),
            (DialOut, "DE".into(), Land, dec!(2), dec!(3.5)),
            (DialOut, "GB".into(), Land, dec!(1), dec!(0.1)),
        ]
    );
    // One group of the 3 organizers seen, lines of the group's total calls per month.
    assert_eq!(d.groups.len(), 1);
    assert_eq!(d.groups[0].organizers, 3);
    let de = &d.groups[0].usage[3];
    assert_eq!(
        (de.kind, de.country, de.calls),
        (DialOut, cc("DE"), dec!(2))
    );
    assert_eq!(de.basis, audio_cost::pricing::Basis::Total);
}

/// The user marks the toll-free bridge as toll, and says a quarter of calls are mobiles.
#[test]
fn bridge_marks_and_mobile_share_change_the_mix() {
    let s = read(&["pstn-usage-november.csv"]);
    let choices = Choices {
        grouping: Grouping::All,
        bridges: vec![TollClass::Toll, TollClass::Toll],
        mobile_share: dec!(0.25),
    };
    // Toll dial-in US is now both bridges: 1 + 2 calls, 1.1 + 3.1 = 4.2 min; toll dial-in has
    // one rate whatever the phone, so it is not split. DE dial-out: 2 calls x 0.25 = 0.5 mobile,
    // 3.5 min x 0.25 = 0.875 mobile; GB: 0.25 call, 0.025 min.
    assert_eq!(
        mix(&s, &choices),
        vec![
            (TollDialIn, "GB".into(), Land, dec!(1), dec!(10.0)),
            (TollDialIn, "US".into(), Land, dec!(3), dec!(4.2)),
            (DialOut, "DE".into(), Land, dec!(1.5), dec!(2.625)),
            (DialOut, "DE".into(), Mobile, dec!(0.5), dec!(0.875)),
            (DialOut, "GB".into(), Land, dec!(0.75), dec!(0.075)),
            (DialOut, "GB".into(), Mobile, dec!(0.25), dec!(0.025)),
        ]
    );
}

/// What Microsoft charged against the built-in sample card (Zone A: toll-free wireline 0.0076,
/// dial-out wireline 0.0165 per minute, no connection charge). Only charged calls count:
/// toll-free US, rows 4-5: 3.1 min charged 0.0152 + 0.0084 = 0.0236, card 3.1 x 0.0076 = 0.02356;
/// dial-out DE, row 6: 2.5 min charged 0.0525 (0.021/min), card 2.5 x 0.0165 = 0.04125.
/// Totals 0.0761 charged, 0.06481 card: (0.06481 - 0.0761) / 0.0761 = -14.8357.. %.
#[test]
fn reconciliation_by_country_and_kind() {
    let s = read(&["pstn-usage-november.csv"]);
    let r = reconcile(&s, &Choices::default(), &builtin_card());
    let lines: Vec<_> = r
        .lines
        .iter()
        .map(|l| {
            (
                l.kind,
                l.country.to_string(),
                l.calls,
                l.billed_minutes,
                l.charged,
                l.card,
            )
        })
        .collect();
    assert_eq!(
        lines,
        vec![
            (
                TollFreeDialIn,
                "US".into(),
                dec!(2),
                dec!(3.1),
                dec!(0.0236),
                Some(dec!(0.02356))
            ),
            (
                DialOut,
                "DE".into(),
                dec!(1),
                dec!(2.5),
                dec!(0.0525),
                Some(dec!(0.04125))
            ),
        ]
    );
    assert_eq!(r.lines[1].charged_per_minute(), dec!(0.021));
    assert_eq!(r.lines[1].card_per_minute(), Some(dec!(0.0165)));
    assert_eq!(
        r.lines[1].capabilities,
        vec![Capability::CommunicationsCredits]
    );
    assert_eq!((r.charged, r.card), (dec!(0.0761), dec!(0.06481)));
    assert_eq!(r.percent.map(|p| p.round_dp(4)), Some(dec!(-14.8357)));
    assert_eq!(r.other_currency, None);
}

/// excel-semicolon.csv: BOM, `;` separators, another header spelling and order, an extra
/// column, a decimal comma, clock durations, US dates. 3 to 30 November is 28 days, so a month
/// is 30.4375 / 28 = 1.0870535.. of the file: each line's calls and minutes times that, to 4
/// decimals. Toll US: 5:01 = 301 s -> 51 tenths = 5.1 min -> 5.5440 (5.5439732..), 1 call ->
/// 1.0871; toll-free US: 30 s = 0.5 min -> 0.5435 (0.5435267..); DE: 60 s = 1.0 min -> 1.0871.
#[test]
fn excel_csv_with_semicolons_and_a_partial_month() {
    let s = read(&["excel-semicolon.csv"]);
    assert_eq!((s.conferencing_calls, s.malformed), (3, 0));
    assert_eq!(s.ignored, vec![("user_in".to_string(), 1)]);
    assert_eq!(
        (s.period.first.as_str(), s.period.last.as_str()),
        ("2026-11-03", "2026-11-30")
    );
    // "+1 800 555 0199" marked "Toll Free" in the file.
    assert_eq!(s.bridges[1].number, "+18005550199");
    assert_eq!(s.bridges[1].from_file, Some(TollClass::TollFree));
    let d = derive(&s, &Choices::default());
    assert!(!d.whole_months);
    let lines: Vec<_> = d.groups[0]
        .usage
        .iter()
        .map(|l| (l.kind, l.calls, l.minutes_per_call))
        .collect();
    // minutes per call = billed / calls, to 4 decimals: 5.5440 / 1.0871 = 5.0998..
    assert_eq!(
        lines,
        vec![
            (TollDialIn, dec!(1.0871), dec!(5.0998)),
            (TollFreeDialIn, dec!(1.0871), dec!(0.5000)),
            (DialOut, dec!(1.0871), dec!(1.0000)),
        ]
    );
    // The reconciliation: the one charged call, 0.5 min at 0.0076 = 0.0038, as billed.
    let r = reconcile(&s, &Choices::default(), &builtin_card());
    assert_eq!(r.percent, Some(Decimal::ZERO));
}

/// Graph pages: page 1 holds a toll-free dial-in (95 s -> 16 tenths = 1.6 min, charged
/// 0.01216 = 1.6 x 0.0076) and a user_out; page 2 a dial-out to DE (360 s = 6.0 min, charged
/// 0.099 = 6.0 x 0.0165) and a toll dial-in of 7 s -> 2 tenths = 0.2 min whose duration is a
/// string. Graph v1.0 gives no caller country: both dial-ins are counted in the country of the
/// number dialled (destinationName), and said to be.
#[test]
fn graph_pages_in_two_files_or_in_one_array() {
    let s = read(&["graph-page-1.json", "graph-page-2.json"]);
    assert_eq!((s.conferencing_calls, s.malformed), (3, 0));
    assert_eq!(s.dial_in_country_guessed, 2);
    assert_eq!(s.ignored, vec![("user_out".to_string(), 1)]);
    assert_eq!(
        (s.period.first.as_str(), s.period.last.as_str()),
        ("2026-10-01", "2026-10-31")
    );
    assert_eq!(
        mix(&s, &Choices::default()),
        vec![
            (TollDialIn, "US".into(), Land, dec!(1), dec!(0.2)),
            (TollFreeDialIn, "US".into(), Land, dec!(1), dec!(1.6)),
            (DialOut, "DE".into(), Land, dec!(1), dec!(6.0)),
        ]
    );
    let r = reconcile(&s, &Choices::default(), &builtin_card());
    assert_eq!(
        (r.charged, r.card, r.percent),
        (dec!(0.11116), dec!(0.11116), Some(Decimal::ZERO))
    );

    // The same pages as one array, and concatenated in one file: the same summary.
    let (p1, p2) = (fixture("graph-page-1.json"), fixture("graph-page-2.json"));
    let array = [b"[".as_slice(), &p1, b",", &p2, b"]"].concat();
    let concatenated = [p1.as_slice(), b"\n", &p2].concat();
    for bytes in [array, concatenated] {
        let one = read_usage(&[("pages.json", &bytes)]).unwrap();
        assert_eq!(one.all, s.all);
        assert_eq!(one.conferencing_calls, 3);
    }
}

/// Fed a byte at a time, the readers find the same calls as fed whole.
#[test]
fn chunk_boundaries_change_nothing() {
    for name in [
        "pstn-usage-november.csv",
        "excel-semicolon.csv",
        "graph-page-1.json",
    ] {
        let bytes = fixture(name);
        let whole = read_usage(&[(name, &bytes)]).unwrap();
        let mut reader = UsageReader::new();
        reader.start(name).unwrap();
        for b in &bytes {
            reader.feed(std::slice::from_ref(b)).unwrap();
        }
        assert_eq!(reader.finish().unwrap(), whole, "{name}");
    }
}

#[test]
fn grouping_by_location_and_by_heavy_callers() {
    let s = read(&["pstn-usage-november.csv"]);
    // Usage locations: ann and bob United States, carol Germany (rows 6, 13).
    let d = derive(
        &s,
        &Choices {
            grouping: Grouping::Location,
            ..Choices::default()
        },
    );
    let organizers: Vec<u32> = d.groups.iter().map(|g| g.organizers).collect();
    assert_eq!(organizers, vec![2, 1]);
    // Billed minutes: ann 1.1 + 10.0 + 1.0 = 12.1, bob 3.1, carol 2.6; the average is 17.8 / 3
    // = 5.93: ann is the one heavy caller.
    let d = derive(
        &s,
        &Choices {
            grouping: Grouping::HeavyLight,
            ..Choices::default()
        },
    );
    let organizers: Vec<u32> = d.groups.iter().map(|g| g.organizers).collect();
    assert_eq!(organizers, vec![1, 2]);
}

/// A rate sheet is not a usage report: the message names the columns a report has.
#[test]
fn not_a_report_names_the_columns() {
    let sheet = b"Origin,Destination,Prefix(es),Per Minute Rate in USD\nUS,GB,44,0.02\n";
    let err = read_usage(&[("rates.csv", sheet)]).unwrap_err();
    assert_eq!(
        err,
        UsageError::NotAReport {
            file: "rates.csv".into(),
            format: Format::Csv,
            missing: vec![Field::Time, Field::CallType, Field::Duration],
        }
    );
    assert!(err
        .phrase()
        .to_string()
        .starts_with("rates.csv is not a PSTN usage report: its header lacks Time stamp (UTC), Call type, Duration"));
    // Graph's error response is JSON without calls.
    let err = read_usage(&[("error.json", br#"{"error":{"code":"Forbidden"}}"#)]).unwrap_err();
    assert!(matches!(
        err,
        UsageError::NotAReport {
            format: Format::Graph,
            ..
        }
    ));
    // A report of Calling Plan calls only: nothing to derive, and it says how many it ignored.
    let calling_plan =
        b"Time stamp (UTC),Call type,Duration\n2026-11-01,user_out,60\n2026-11-02,user_in,60\n";
    assert_eq!(
        read_usage(&[("cp.csv", calling_plan)]).unwrap_err(),
        UsageError::NoCalls { ignored: 2 }
    );
}

/// Dial-in cells keep their bridge, so a mark applies after the import.
#[test]
fn dial_in_cells_keep_their_bridge() {
    let s = read(&["graph-page-1.json"]);
    assert_eq!(s.all[0].cells[0].dial, Dial::In { bridge: 0 });
}

/// An unclosed quote would make the rest of a file one cell: it stops at 1 MB, naming the row.
#[test]
fn an_endless_row_is_refused_not_buffered() {
    let mut csv = b"Time stamp (UTC),Call type,Duration\n2026-11-01,conf_out,\"60".to_vec();
    csv.extend(std::iter::repeat_n(b'x', 2 * 1024 * 1024));
    assert_eq!(
        read_usage(&[("open-quote.csv", &csv)]).unwrap_err(),
        UsageError::RowTooLarge {
            file: "open-quote.csv".into(),
            row: 2
        }
    );
}
