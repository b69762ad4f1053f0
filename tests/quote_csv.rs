//! The CSV export: the same figures as the screen, and no cell a spreadsheet would run.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use audio_cost::i18n::text::Summary;
use audio_cost::io::csv_cell::{neutralise, write_rows};
use audio_cost::io::quote_csv::quote_csv;
use audio_cost::pricing::{builtin_card, quote};

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
    // The example (tests/engine.rs): 347.75 and 444.75 a month, 12 months 4,173.00 and
    // 5,337.00; the licence 97.00 a month cheaper (97 / 444.75 = 21.8 %), 1,164.00 over the
    // term; break-even at 280.7 minutes per organizer, today 440.
    let (scenario, card) = (common::example(), builtin_card());
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
    assert_eq!(
        (
            screen.total_per_user.as_str(),
            screen.term_per_user.as_str()
        ),
        ("$347.75", "$4,173.00")
    );
    let per_user = find(&rows, "Per-user licence", None);
    assert_eq!(per_user[1], "Audio Conferencing (per user)");
    let totals_at = rows.iter().position(|r| r[0] == "Totals").unwrap();
    let cells = |at: usize| -> Vec<&str> { rows[at].iter().map(String::as_str).collect() };
    assert_eq!(
        cells(totals_at + 1),
        ["Per-user licence", "347.75", "12", "4173.00", "USD"]
    );
    assert_eq!(
        cells(totals_at + 2),
        ["Pay-per-minute", "444.75", "12", "5337.00", "USD"]
    );
    // One group: the best mix is the cheaper option, the licence.
    assert_eq!(
        cells(totals_at + 3),
        ["Best mix", "347.75", "12", "4173.00", "USD"]
    );
    assert_eq!(
        find(&rows, "Best mix groups", None)[1],
        "With one group the best mix is the cheaper option. Add a group to mix the two."
    );
    assert_eq!(
        find(&rows, "Verdict", None)[1],
        "The per-user licence is cheaper. The licence fee buys included toll dial-in and pooled \
         dial-out minutes."
    );
    assert_eq!(
        find(&rows, "Savings", None)[1],
        "$97.00 a month (21.8%), $1,164.00 over 12 months"
    );
    assert_eq!(
        find(&rows, "Break-even", None)[1],
        "The per-user licence pays off above 280.7 phone minutes per organizer per month \
         (today: 440)."
    );
    assert_eq!(
        find(&rows, "Share link", None)[1],
        "http://127.0.0.1:8080/#v1.x"
    );
    // The rate used, at full precision, with its card and date (the sample's: its anchor's,
    // 2017, data/sample-anchor.csv); a line item rounded to cents:
    // toll-free from US mobiles, 50 x 2 x 25 = 2,500 min x 0.0228 = 57.00.
    let rate = rows
        .iter()
        .find(|r| r[0] == "Dial-out" && r[1] == "United Arab Emirates (AE)")
        .unwrap();
    assert_eq!((rate[3].as_str(), rate[5].as_str()), ("0.1485", "2017"));
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
    let mut scenario = common::example();
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
