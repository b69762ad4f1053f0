//! The CSV export: the same figures as the screen, and no cell a spreadsheet would run.
#![cfg(not(target_arch = "wasm32"))]

use audio_cost::i18n::text::Summary;
use audio_cost::io::csv_cell::{neutralise, write_rows};
use audio_cost::io::quote_csv::quote_csv;
use audio_cost::pricing::{builtin_card, quote, Scenario};

fn rows(csv: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

fn find<'a>(rows: &'a [Vec<String>], first: &str, second: Option<&str>) -> &'a Vec<String> {
    rows.iter()
        .find(|r| r[0] == first && second.is_none_or(|s| r.get(2).map(String::as_str) == Some(s)))
        .unwrap_or_else(|| panic!("no row {first} {second:?}"))
}

#[test]
fn the_export_shows_the_screens_figures() {
    let (scenario, card) = (Scenario::example(), builtin_card());
    let q = quote(&scenario, &card).unwrap();
    let screen = Summary::new(audio_cost::i18n::Lang::En, &q, &scenario);
    let csv = quote_csv(
        &scenario,
        &card,
        &q,
        "2026-11-26",
        Some("http://127.0.0.1:8080/#v1.x"),
    );
    let rows = rows(&csv);
    // The screen shows "$347.75" and "$4,173.00": the CSV the same rounded numbers, plainly.
    let plain = |shown: &str| shown.replace(['$', ','], "");
    let per_user = find(&rows, "Per-user licence", None);
    let totals_at = rows.iter().position(|r| r[0] == "Totals").unwrap();
    let totals = &rows[totals_at + 1];
    assert_eq!(per_user[1], "Audio Conferencing (per user)");
    assert_eq!(
        (totals[1].as_str(), totals[3].as_str()),
        (
            plain(&screen.total_per_user).as_str(),
            plain(&screen.term_per_user).as_str()
        )
    );
    let ppm = &rows[totals_at + 2];
    assert_eq!((ppm[1].as_str(), ppm[4].as_str()), ("444.75", "USD"));
    // One group: the best mix is the cheaper option, the licence at 347.75 (4,173.00 a year).
    let mix = &rows[totals_at + 3];
    assert_eq!(
        (mix[0].as_str(), mix[1].as_str(), mix[3].as_str()),
        ("Best mix", "347.75", "4173.00")
    );
    assert_eq!(find(&rows, "Best mix groups", None)[1], screen.mix);
    assert_eq!(find(&rows, "Verdict", None)[1], screen.verdict);
    assert_eq!(find(&rows, "Break-even", None)[1], screen.break_even);
    assert_eq!(
        find(&rows, "Share link", None)[1],
        "http://127.0.0.1:8080/#v1.x"
    );
    // The rate used, at full precision, with its card and date; a line item rounded to cents.
    let rate = rows
        .iter()
        .find(|r| r[0] == "Dial-out" && r[1] == "United Arab Emirates (AE)")
        .unwrap();
    assert_eq!(
        (rate[3].as_str(), rate[5].as_str()),
        ("0.1485", "2026-11-26")
    );
    let toll_free = find(
        &rows,
        "Per-user licence",
        Some("Toll-free dial-in from United States (US), mobile"),
    );
    assert_eq!(toll_free.last().unwrap(), "57.00");
}

#[test]
fn cells_a_spreadsheet_would_run_are_neutralised() {
    for (cell, written) in [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Sales", "Sales"),
        ("", ""),
    ] {
        assert_eq!(neutralise(cell), written, "{cell:?}");
    }
    let mut scenario = Scenario::example();
    scenario.groups[0].name = "=HYPERLINK(\"http://evil\",\"x\")".into();
    let card = builtin_card();
    let q = quote(&scenario, &card).unwrap();
    let csv = quote_csv(&scenario, &card, &q, "2026-11-26", None);
    assert!(rows(&csv)
        .iter()
        .flatten()
        .all(|cell| !cell.starts_with(['=', '+', '-', '@', '\t', '\r'])));
    assert!(csv.contains("'=HYPERLINK"));
}

#[test]
fn cells_are_quoted_only_where_csv_needs_it() {
    // By RFC 4180: a cell with a comma, a quote or a line break is wrapped in quotes and its
    // quotes doubled; `say "hi"` becomes `"say ""hi"""`. Others are written as they are, and an
    // empty row is a blank line. The formula cell is neutralised first ('=1), then needs no quotes.
    let written = write_rows([
        vec!["Acme, Inc.", "say \"hi\"", "two\nlines", "plain", "=1"],
        vec![],
        vec!["", "x"],
    ]);
    assert_eq!(
        written,
        "\"Acme, Inc.\",\"say \"\"hi\"\"\",\"two\nlines\",plain,'=1\n\n,x\n"
    );
    // And the csv crate's reader, which spreadsheets agree with here, reads the cells back.
    assert_eq!(
        rows(&written),
        [
            vec!["Acme, Inc.", "say \"hi\"", "two\nlines", "plain", "'=1"],
            vec!["", "x"]
        ]
    );
}
