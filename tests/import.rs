//! Rate-sheet import: workbooks and CSVs made here in Microsoft's layout (shared/data/SOURCES.md),
//! the per-row problem list, round trips of the card's own exports, and a 10,000-row sheet.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use audio_cost::i18n::number::money;
use audio_cost::io::rate_import::{
    card_csv, card_json, import_card, ImportProblem, ImportSummary, Imported, SaidBy,
};
use audio_cost::pricing::{
    builtin_card, quote, CardClash, CountryCode, PhoneType, PrefixSpread, Rate, RateCard, Rates,
    SheetFor, UsageKind,
};
use rust_decimal_macros::dec;
use rust_xlsxwriter::Workbook;

use common::{cc, line, one_group, rate, MS_HEADER as HEADER};

enum Cell {
    Text(&'static str),
    Number(f64),
}
use Cell::{Number as N, Text as T};
use PhoneType::Wireline;
use UsageKind::{DialOut, TollDialIn};

/// A workbook of `(sheet name, rows)`; every sheet starts with a title and a blank row, as the
/// download form's sheets do, so the header must be found by its names.
fn workbook(sheets: &[(&str, Vec<Vec<Cell>>)]) -> Vec<u8> {
    titled_workbook("Microsoft Teams Audio Conferencing rates", sheets)
}

/// A workbook whose sheets have `title` above their header.
fn titled_workbook(title: &str, sheets: &[(&str, Vec<Vec<Cell>>)]) -> Vec<u8> {
    let mut book = Workbook::new();
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name).unwrap();
        sheet.write_string(0, 0, title).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32 + 2, c as u16);
                match cell {
                    T(text) => sheet.write_string(r, c, *text).map(|_| ()).unwrap(),
                    N(number) => sheet.write_number(r, c, *number).map(|_| ()).unwrap(),
                }
            }
        }
    }
    book.save_to_buffer().unwrap()
}

fn header() -> Vec<Cell> {
    HEADER.iter().map(|h| T(h)).collect()
}

/// A rate row: dial-in rows name the caller's country and phone (Origin, Originating Number
/// Type), dial-out rows the number dialled (Destination, Terminating Number Type).
fn rate_row(
    dial_out: bool,
    country: &'static str,
    number_type: &'static str,
    rate: Cell,
    connection: Cell,
) -> Vec<Cell> {
    prefix_row(dial_out, country, "+1", number_type, rate, connection)
}

/// A rate row for one of the country's prefixes.
fn prefix_row(
    dial_out: bool,
    country: &'static str,
    prefix: &'static str,
    number_type: &'static str,
    rate: Cell,
    connection: Cell,
) -> Vec<Cell> {
    let (origin, destination) = if dial_out {
        ("", country)
    } else {
        (country, "")
    };
    let (originating, terminating) = if dial_out {
        ("", number_type)
    } else {
        (number_type, "")
    };
    vec![
        T(origin),
        T(destination),
        T(prefix),
        T(originating),
        T(terminating),
        rate,
        connection,
    ]
}

fn dial_in(
    country: &'static str,
    number_type: &'static str,
    rate: Cell,
    connection: Cell,
) -> Vec<Cell> {
    rate_row(false, country, number_type, rate, connection)
}

fn dial_out(
    country: &'static str,
    number_type: &'static str,
    rate: Cell,
    connection: Cell,
) -> Vec<Cell> {
    rate_row(true, country, number_type, rate, connection)
}

fn uk_workbook() -> Vec<u8> {
    workbook(&[
        (
            "Dial-in to toll - UK",
            vec![
                header(),
                dial_in("United States", "All Number Types", N(0.013), N(0.0)),
                dial_in("United Kingdom", "All Number Types", N(0.012), N(0.0)),
            ],
        ),
        (
            "Dial-in to toll free - UK",
            vec![
                header(),
                dial_in("United States", "Wireline", N(0.006), N(0.0)),
                dial_in("United States", "Wireless", N(0.02), N(0.0)),
            ],
        ),
        (
            "Dial-out calls - UK",
            vec![
                header(),
                dial_out("Germany", "Wireline", N(0.011), N(0.05)),
                dial_out("Germany", "Wireless", N(0.03), T("")),
                dial_out("Germany", "Premium", N(1.5), N(0.0)),
                dial_out("France", "All Number Types", N(0.02), N(0.0)),
            ],
        ),
        ("Notes", vec![vec![T("Rates exclude tax.")]]),
    ])
}

fn import(name: &str, bytes: &[u8]) -> Result<RateCard, Vec<ImportProblem>> {
    import_as(name, bytes, None).map(|i| i.card)
}

/// What importing `bytes` as `name` for the option `chosen` makes: the card and its summary.
fn import_as(
    name: &str,
    bytes: &[u8],
    chosen: Option<SheetFor>,
) -> Result<Imported, Vec<ImportProblem>> {
    import_card(name, bytes, &builtin_card(), "2026-11-26", chosen)
}

/// What importing `bytes` as `name` reports, each problem as the page lists it; nothing may
/// be imported.
fn listed_problems(name: &str, bytes: &[u8]) -> Vec<String> {
    let problems = import(name, bytes).expect_err("refused");
    problems.iter().map(ToString::to_string).collect()
}

fn rates_of(card: &RateCard, code: &str) -> Rates {
    card.country(cc(code)).unwrap().rates
}

#[test]
fn microsofts_workbook_imports_every_sheet() {
    let bytes = uk_workbook();
    // Kept for the end-to-end import test (tests/e2e), which runs after this suite.
    std::fs::write(
        concat!(env!("CARGO_TARGET_TMPDIR"), "/microsoft-rates-gb.xlsx"),
        &bytes,
    )
    .unwrap();
    let card = import("rates-gb.xlsx", &bytes).unwrap();
    assert_eq!(
        (card.currency.as_ref(), card.as_of.as_ref(), card.sample),
        ("GBP", "2026-11-26", false)
    );
    let us = rates_of(&card, "US");
    assert_eq!(us.toll_dial_in, rate(dec!(0.013), dec!(0)));
    assert_eq!(
        (us.toll_free_wireline, us.toll_free_wireless),
        (rate(dec!(0.006), dec!(0)), rate(dec!(0.02), dec!(0)))
    );
    let de = rates_of(&card, "DE");
    // Premium numbers are no offer's business: the 1.50 row is skipped.
    assert_eq!(
        (de.dial_out_wireline, de.dial_out_wireless),
        (rate(dec!(0.011), dec!(0.05)), rate(dec!(0.03), dec!(0)))
    );
    let fr = rates_of(&card, "FR");
    assert_eq!(
        (fr.dial_out_wireline, fr.dial_out_wireless),
        (rate(dec!(0.02), dec!(0)), rate(dec!(0.02), dec!(0)))
    );
    // Not in the sheet: missing, not zero. Availability stays Microsoft's documented facts,
    // the built-in card's.
    assert_eq!(rates_of(&card, "AE").dial_out_wireline, None);
    let availability = |card: &RateCard| card.country(cc("US")).unwrap().availability.clone();
    assert_eq!(availability(&card), availability(&builtin_card()));
}

#[test]
fn an_imported_workbook_changes_the_totals_as_worked_out_by_hand() {
    // 10 organizers in GB. Toll dial-in from US 10 x 30 min: 3,000 min, included on the licence,
    // 3,000 x 0.013 = 39.00 on pay-per-minute. Dial-out to DE wireline 1 x 100 min: 1,000 min.
    // Licence: pool 600, 400 charged x 0.011 = 4.40, plus 40 % of the 10 calls x 0.05 = 0.20;
    // 40.00 + 4.60 = 44.60. Pay-per-minute: 39.00 + 11.00 + 10 x 0.05 = 50.50.
    let card = import("rates-gb.xlsx", &uk_workbook()).unwrap();
    let scenario = one_group(
        "GB",
        10,
        vec![
            line(TollDialIn, "US", Wireline, dec!(10), dec!(30)),
            line(DialOut, "DE", Wireline, dec!(1), dec!(100)),
        ],
    );
    let q = quote(&scenario, &card).unwrap();
    assert_eq!(money(q.per_user.monthly().unwrap(), "GBP"), "£44.60");
    assert_eq!(money(q.pay_per_minute.monthly().unwrap(), "GBP"), "£50.50");
}

#[test]
fn every_problem_is_listed_by_sheet_row_and_column_and_nothing_is_imported() {
    let rate_col = HEADER[5];
    let bytes = workbook(&[
        (
            "Dial-in to toll - UK",
            vec![
                header(),
                dial_in("United States", "All Number Types", T("abc"), N(0.0)),
                dial_in("Atlantis", "All Number Types", N(0.01), N(0.0)),
                dial_in("Germany", "Satellite", N(0.01), N(0.0)),
                dial_in("France", "All Number Types", N(-0.01), N(0.0)),
            ],
        ),
        (
            "Dial-out calls - UK",
            vec![
                header(),
                dial_out("Germany", "Wireline", N(0.011), N(0.0)),
                dial_out("Germany", "Wireline", N(0.012), N(0.0)),
            ],
        ),
        ("Dial-in to toll free - UK", vec![header()]),
        (
            "Dial-out Audio Rates - UK",
            vec![
                vec![
                    T("Destination"),
                    T("Terminating Number Type"),
                    T("Per Minute Rate in EUR (Billed in Tenths of a Minute)"),
                ],
                vec![T("Spain"), T("Wireline"), N(0.01)],
            ],
        ),
        (
            "Dial-out calls - Canada",
            vec![
                vec![T("Destination"), T("Per Minute Rate in GBP")],
                vec![T("Spain"), N(0.01)],
            ],
        ),
        (
            "Dial-in to toll - Canada",
            vec![
                vec![T("Country"), T("Per Minute Rate in GBP")],
                vec![T("Spain"), N(0.01)],
            ],
        ),
    ]);
    let problems = import("bad.xlsx", &bytes).unwrap_err();
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    // Rows are the spreadsheet's own numbers: title on row 1, blank row 2, header row 3.
    let toll = "Dial-in to toll - UK";
    let out = "Dial-out calls - UK";
    assert_eq!(
        listed,
        vec![
            format!("{toll}, row 4, {rate_col}: \"abc\" is not a number"),
            format!("{toll}, row 5, Origin: \"Atlantis\" is not a country this calculator knows"),
            format!("{toll}, row 6, Originating Number Type: \"Satellite\" is not Wireline, Wireless, Premium or All Number Types"),
            format!("{toll}, row 7, {rate_col}: -0.01 is negative"),
            format!("{out}, row 5, Destination: Germany already has a different dial-out (wireline) rate in {out}, row 4"),
            "Dial-in to toll free - UK: this sheet has a header but no rates".to_string(),
            "Dial-out Audio Rates - UK, row 3, Per Minute Rate in EUR (Billed in Tenths of a Minute): rates are in EUR here but in GBP in Dial-in to toll - UK: one card has one currency".to_string(),
            "Dial-in to toll - Canada, row 3, Origin: this column is missing".to_string(),
        ],
        "{listed:#?}"
    );
}

#[test]
fn one_sheet_saved_as_csv_imports_by_its_file_name() {
    let csv = format!(
        "{}\n,Germany,+49,,Wireline,0.011,0.05\n,Spain,+34,,All Number Types,0.02,\n",
        HEADER.join(",")
    );
    let card = import("Dial-out calls - United Kingdom.csv", csv.as_bytes()).unwrap();
    assert_eq!(
        rates_of(&card, "DE").dial_out_wireline,
        rate(dec!(0.011), dec!(0.05))
    );
    assert_eq!(
        rates_of(&card, "ES").dial_out_wireless,
        rate(dec!(0.02), dec!(0))
    );

    let problems = import("rates.csv", csv.as_bytes()).unwrap_err();
    assert_eq!(problems.len(), 2);
    assert!(
        problems[0]
            .message
            .to_string()
            .starts_with("can't tell which kind of rate this is"),
        "{}",
        problems[0]
    );

    assert_eq!(
        listed_problems("Dial-out calls.csv", b""),
        ["Dial-out calls: no header row with a \"Per Minute Rate in …\" column"]
    );
}

#[test]
fn the_cards_own_csv_and_json_import_back_unchanged() {
    let builtin = builtin_card();
    let from_csv = import("rate-card.csv", card_csv(&builtin).as_bytes()).unwrap();
    assert_eq!(from_csv.currency, "USD");
    // Every country's rates: as many countries (a zip alone stops at the shorter list), and
    // each the same.
    assert_eq!(from_csv.countries.len(), builtin.countries.len());
    for (a, b) in builtin.countries.iter().zip(from_csv.countries.iter()) {
        assert_eq!((a.code, a.rates), (b.code, b.rates));
    }
    let from_json = import("rate-card.json", card_json(&builtin).as_bytes()).unwrap();
    assert_eq!(from_json, builtin);
}

#[test]
fn a_broken_json_card_says_where() {
    let problems = import("card.json", b"{\n  \"name\": \"x\",\n  oops\n}").unwrap_err();
    assert_eq!(
        (problems[0].row, problems[0].column.as_deref()),
        (Some(3), Some("column 3"))
    );
    let mut card = builtin_card();
    card.currency = "dollars".into();
    let problems = import("card.json", card_json(&card).as_bytes()).unwrap_err();
    assert_eq!(
        problems[0].message.to_string(),
        "\"dollars\" is not a currency code such as USD"
    );
    // The same problem, worded for a Spanish page.
    assert_eq!(
        problems[0].in_lang(audio_cost::i18n::Lang::Es),
        "card.json, currency: \"dollars\" no es un código de moneda como USD"
    );
}

#[test]
fn a_binary_file_named_xlsx_is_not_a_spreadsheet() {
    // Neither a zip ("PK\x03\x04", what every .xlsx starts with) nor UTF-8 (0xFF never occurs
    // in UTF-8): a damaged or renamed file. It used to be read as a CSV and called "not UTF-8
    // text", which sent people to re-save a CSV they never had.
    let bytes: Vec<u8> = (0..=255u8).rev().cycle().take(4096).collect();
    let problems = import("Rates.XLSX", &bytes).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].to_string(),
        "Rates.XLSX: not a spreadsheet: an .xlsx workbook is a zip archive and this file isn't \
         one (is it damaged, or another kind of file renamed?)"
    );
    assert_eq!(
        problems[0].in_lang(audio_cost::i18n::Lang::Es),
        "Rates.XLSX: no es una hoja de cálculo: un libro .xlsx es un archivo zip y este no lo es \
         (¿está dañado o es otro tipo de archivo renombrado?)"
    );
    // A CSV in another encoding (Windows-1252 "é" is the lone byte 0xE9) still says how to fix it.
    assert_eq!(
        listed_problems("Dial-out calls - France.csv", b"Destination\nR\xe9union\n"),
        ["Dial-out calls - France.csv: not UTF-8 text: save the CSV as UTF-8"]
    );
}

#[test]
fn a_ten_thousand_row_sheet_imports() {
    // 10,000 dial-out rows over the 249 countries, each country's rate the same wherever it
    // repeats (repeats with equal rates are allowed, as Microsoft lists one row per prefix).
    // Row 0 is AD, wireline, 0.0100; the same rows as CSV (with a Sheet column) and as xlsx.
    let codes: Vec<CountryCode> = audio_cost::pricing::country::all()
        .map(|(c, _)| c)
        .collect();
    let rows: Vec<(&str, &str, String)> = (0..10_000)
        .map(|i| {
            let number_type = if i % 2 == 0 { "Wireline" } else { "Wireless" };
            (
                codes[i % codes.len()].name(),
                number_type,
                format!("0.0{}", 100 + i % 249),
            )
        })
        .collect();
    let mut csv = format!("Sheet,{}\n", HEADER.join(","));
    for (i, (name, number_type, rate)) in rows.iter().enumerate() {
        csv.push_str(&format!(
            "Dial-out calls - Test,,\"{name}\",+{i},,{number_type},{rate},0\n"
        ));
    }
    let card = import("big.csv", csv.as_bytes()).unwrap();
    assert_eq!(
        card.countries
            .iter()
            .filter(|c| c.rates.dial_out_wireline.is_some())
            .count(),
        249
    );
    assert_eq!(
        rates_of(&card, "AD").dial_out_wireline,
        rate(dec!(0.0100), dec!(0))
    );

    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Dial-out calls - Test").unwrap();
    for (c, name) in HEADER.iter().enumerate() {
        sheet.write_string(0, c as u16, *name).unwrap();
    }
    for (r, (name, number_type, rate)) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        sheet.write_string(r, 1, *name).unwrap();
        sheet.write_string(r, 4, *number_type).unwrap();
        sheet
            .write_number(r, 5, rate.parse::<f64>().unwrap())
            .unwrap();
        sheet.write_number(r, 6, 0.0).unwrap();
    }
    let xlsx = book.save_to_buffer().unwrap();
    let card = import("big.xlsx", &xlsx).unwrap();
    assert_eq!(
        rates_of(&card, "AD").dial_out_wireline,
        rate(dec!(0.01), dec!(0))
    );
    assert_eq!(
        card.countries
            .iter()
            .filter(|c| c.rates.dial_out_wireless.is_some())
            .count(),
        249
    );
    // Kept for scripts/bench-import.mjs, which times importing both.
    let dir = env!("CARGO_TARGET_TMPDIR");
    std::fs::write(format!("{dir}/ten-thousand-rows.csv"), &csv).unwrap();
    std::fs::write(format!("{dir}/ten-thousand-rows.xlsx"), xlsx).unwrap();
}

#[test]
fn the_example_host_pages_card_imports_with_its_one_change() {
    // examples/host/rates/negotiated.json: the built-in card with US toll dial-in at 0.0120
    // (the e2e embed test prices the example with it: 15,000 min x 0.0120 = 180.00, 67.50 less).
    let card = import(
        "negotiated.json",
        &std::fs::read("examples/host/rates/negotiated.json").unwrap(),
    )
    .unwrap();
    let builtin = builtin_card();
    let changed: Vec<&str> = card
        .countries
        .iter()
        .zip(builtin.countries.iter())
        .filter(|(a, b)| a != b)
        .map(|(a, _)| a.code.as_str())
        .collect();
    assert_eq!(changed, ["US"]);
    assert_eq!(
        rates_of(&card, "US").toll_dial_in,
        rate(dec!(0.0120), dec!(0))
    );
    // examples/host/rates/broken.json has a bare word, `oops`, indented by two spaces on its
    // fourth line: the problem is there, row 4, column 3, and nothing is imported.
    let broken = import(
        "broken.json",
        &std::fs::read("examples/host/rates/broken.json").unwrap(),
    )
    .unwrap_err();
    assert_eq!(
        broken
            .iter()
            .map(|p| (p.row, p.column.as_deref()))
            .collect::<Vec<_>>(),
        [(Some(4), Some("column 3"))]
    );
}

/// The built-in card as Export this card (JSON) writes it, to edit before importing.
fn builtin_card_json() -> serde_json::Value {
    serde_json::from_str(&card_json(&builtin_card())).unwrap()
}

#[test]
fn a_card_exported_before_notes_were_named_still_imports() {
    // Cards exported before this change wrote a country's availability notes as text ("Toll
    // numbers: Yes (on request)"); that text is dropped (the notes, like every fact, come from
    // data/), the rates are read as before.
    let mut json = builtin_card_json();
    let countries = json["countries"].as_array_mut().unwrap();
    let al = countries.iter_mut().find(|c| c["code"] == "AL").unwrap();
    al["availability"]["notes"] = "Toll numbers: Yes (on request)".into();
    let card = import("old.json", json.to_string().as_bytes()).unwrap();
    let documented = builtin_card();
    assert_eq!(card.country(cc("AL")), documented.country(cc("AL")));
}

#[test]
fn a_card_carries_rates_and_cannot_change_microsofts_facts() {
    // The United Arab Emirates are not in Zone A (data/zone-a.csv) and Albania can buy pay-per-minute only
    // (data/availability.csv). A card that says otherwise is refused, naming each country; the
    // pool and what can be bought are never the card's to decide.
    let mut json = builtin_card_json();
    let countries = json["countries"].as_array_mut().unwrap();
    let ae = countries.iter_mut().find(|c| c["code"] == "AE").unwrap();
    assert_eq!(ae["zone_a"], false);
    ae["zone_a"] = true.into();
    let al = countries.iter_mut().find(|c| c["code"] == "AL").unwrap();
    al["availability"]["purchase"] = "standard".into();
    let problems = import("claims.json", json.to_string().as_bytes()).unwrap_err();
    let columns: Vec<_> = problems.iter().map(|p| p.column.clone().unwrap()).collect();
    assert_eq!(columns, ["AE", "AL"]);
    assert!(problems[1]
        .to_string()
        .contains("AL: availability differs from what Microsoft documents for this country"));
    // A card that lists only some countries keeps every country's facts, and rates only where
    // it has them: here only GB, at 0.0200 for landlines.
    let card = builtin_card();
    let mut gb = card.country(cc("GB")).unwrap().clone();
    gb.rates.dial_out_wireline = rate(dec!(0.0200), dec!(0));
    let mut json = builtin_card_json();
    json["countries"] = serde_json::json!([gb]);
    let imported = import("gb-only.json", json.to_string().as_bytes()).unwrap();
    assert_eq!(imported.countries.len(), card.countries.len());
    let us = imported.country(cc("US")).unwrap();
    assert_eq!((us.zone_a, us.rates), (true, Rates::NONE));
    assert_eq!(
        us.availability,
        card.country(cc("US")).unwrap().availability
    );
}

/// Microsoft's "Standard Subscription" sheet for a UK tenant, as its form lays one out: several
/// prefixes for Germany, toll dial-in by originating number type for the US (one rate for all
/// types in the UK), a premium row. The title above each header names the rate type.
fn standard_workbook() -> Vec<u8> {
    titled_workbook(
        "Microsoft Teams Audio Conferencing - Standard Subscription - GBP",
        &[
            (
                "Dial-in to toll - UK",
                vec![
                    header(),
                    dial_in("United States", "Wireline", N(0.013), N(0.0)),
                    dial_in("United States", "Wireless", N(0.02), N(0.0)),
                    dial_in("United Kingdom", "All Number Types", N(0.012), N(0.0)),
                ],
            ),
            (
                "Dial-in to toll free - UK",
                vec![
                    header(),
                    dial_in("United States", "Wireline", N(0.006), N(0.0)),
                    dial_in("United States", "Wireless", N(0.02), N(0.0)),
                ],
            ),
            (
                "Dial-out calls - UK",
                vec![
                    header(),
                    prefix_row(true, "Germany", "+49", "Wireline", N(0.011), N(0.05)),
                    prefix_row(true, "Germany", "+4930", "Wireline", N(0.015), N(0.0)),
                    prefix_row(true, "Germany", "+4989", "Wireline", N(0.013), N(0.0)),
                    prefix_row(true, "Germany", "+4915", "Wireless", N(0.03), N(0.0)),
                    prefix_row(true, "Germany", "+49900", "Premium", N(1.5), N(0.0)),
                    prefix_row(true, "France", "+33", "All Number Types", N(0.02), N(0.0)),
                ],
            ),
        ],
    )
}

/// The "Pay-Per-Minute" sheet of the same tenant (named so by its file, see the tests), with
/// its own, higher, rates and two premium rows.
fn pay_per_minute_workbook() -> Vec<u8> {
    workbook(&[
        (
            "Dial-in to toll - UK",
            vec![
                header(),
                dial_in("United States", "Wireline", N(0.015), N(0.0)),
                dial_in("United States", "Wireless", N(0.025), N(0.0)),
            ],
        ),
        (
            "Dial-out calls - UK",
            vec![
                header(),
                prefix_row(true, "Germany", "+49", "Wireline", N(0.012), N(0.05)),
                prefix_row(true, "Germany", "+4930", "Wireline", N(0.018), N(0.0)),
                prefix_row(true, "Germany", "+4915", "Wireless", N(0.035), N(0.0)),
                prefix_row(true, "Germany", "+49900", "Premium", N(2.0), N(0.0)),
                prefix_row(true, "France", "+33899", "Premium", N(1.8), N(0.0)),
            ],
        ),
    ])
}

const PPM_FILE: &str = "Teams Audio Conferencing Pay-Per-Minute rates GBP.xlsx";

#[test]
fn per_prefix_sheets_price_the_highest_rate_and_show_the_range() {
    let imported = import_as("rates.xlsx", &standard_workbook(), None).unwrap();
    let de = rates_of(&imported.card, "DE");
    // Three wireline prefixes at 0.011 (connection 0.05), 0.015 and 0.013: priced at the
    // highest per-minute rate, 0.015, and the highest connection charge, 0.05 (each on its
    // own, so no call is priced below any prefix), with the lowest rate kept for the range.
    assert_eq!(
        de.dial_out_wireline,
        Some(Rate {
            per_minute: dec!(0.015),
            per_call: dec!(0.05),
            prefixes: Some(PrefixSpread {
                lowest: dec!(0.011),
                count: 3
            }),
        })
    );
    // One prefix: no spread.
    assert_eq!(de.dial_out_wireless, rate(dec!(0.03), dec!(0)));
    // Germany is the one country with several prefixes; the premium row is left out, counted.
    assert_eq!(
        imported.summary,
        ImportSummary {
            sheet: SheetFor::PerUser,
            said_by: SaidBy::File,
            prefix_countries: 1,
            premium_rows: 1,
            toll_by_phone: 1,
        }
    );
    // The same prefix twice at two rates is still a conflict (tests above); several at one
    // rate are one rate. A CSV of one sheet reads the same way.
    let csv = format!(
        "{}\n,Germany,+49,,Wireline,0.011,0.05\n,Germany,+4930,,Wireline,0.015,\n,Germany,+4989,,Wireline,0.011,0.05\n",
        HEADER.join(",")
    );
    let card = import("Dial-out calls - United Kingdom.csv", csv.as_bytes()).unwrap();
    assert_eq!(
        rates_of(&card, "DE").dial_out_wireline.unwrap().prefixes,
        Some(PrefixSpread {
            lowest: dec!(0.011),
            count: 3
        })
    );
}

#[test]
fn toll_dial_in_is_read_by_originating_number_type() {
    let card = import("rates.xlsx", &standard_workbook()).unwrap();
    let us = rates_of(&card, "US");
    // Wireline and Wireless rows: a rate each, no longer the wireless one dropped.
    assert_eq!(
        (us.toll_dial_in, us.toll_dial_in_wireless),
        (rate(dec!(0.013), dec!(0)), rate(dec!(0.02), dec!(0)))
    );
    // "All Number Types": one rate that serves both phones.
    let gb = rates_of(&card, "GB");
    assert_eq!(
        (gb.toll_dial_in, gb.toll_dial_in_wireless),
        (rate(dec!(0.012), dec!(0)), None)
    );
    assert_eq!(
        gb.get(TollDialIn, PhoneType::Wireless),
        rate(dec!(0.012), dec!(0))
    );
    assert!(card.toll_by_phone());
    assert!(!builtin_card().toll_by_phone());
}

#[test]
fn the_rate_type_comes_from_the_file_or_from_the_user() {
    let option = |name: &str, bytes: &[u8], chosen| {
        let summary = import_as(name, bytes, chosen).unwrap().summary;
        (summary.sheet, summary.said_by)
    };
    // The title above the header ("… Standard Subscription …"), the file's name
    // ("… Pay-Per-Minute …"), neither (both options), and the user's choice over the file's.
    assert_eq!(
        option("rates.xlsx", &standard_workbook(), None),
        (SheetFor::PerUser, SaidBy::File)
    );
    assert_eq!(
        option(PPM_FILE, &pay_per_minute_workbook(), None),
        (SheetFor::PayPerMinute, SaidBy::File)
    );
    assert_eq!(
        option("rates.xlsx", &pay_per_minute_workbook(), None),
        (SheetFor::Both, SaidBy::Nobody)
    );
    assert_eq!(
        option(
            "rates.xlsx",
            &standard_workbook(),
            Some(SheetFor::PayPerMinute)
        ),
        (SheetFor::PayPerMinute, SaidBy::You)
    );
    let card = import(PPM_FILE, &pay_per_minute_workbook()).unwrap();
    assert_eq!(card.sheet, SheetFor::PayPerMinute);
    let summary = import_as(PPM_FILE, &pay_per_minute_workbook(), None)
        .unwrap()
        .summary;
    // Two premium rows left out; Germany's two wireline prefixes; US toll dial-in by phone.
    assert_eq!(
        (
            summary.premium_rows,
            summary.prefix_countries,
            summary.toll_by_phone
        ),
        (2, 1, 1)
    );
}

/// Both Microsoft sheets imported, each for its option, joined as the page joins them.
fn both_sheets() -> RateCard {
    let standard = import("rates-standard.xlsx", &standard_workbook()).unwrap();
    let ppm = import(PPM_FILE, &pay_per_minute_workbook()).unwrap();
    builtin_card()
        .with_card(standard)
        .unwrap()
        .with_card(ppm)
        .unwrap()
}

#[test]
fn a_standard_and_a_pay_per_minute_sheet_price_each_option_from_its_own() {
    let bytes = [standard_workbook(), pay_per_minute_workbook()];
    // Kept for the end-to-end test of two cards (tests/e2e), which runs after this suite.
    for (name, bytes) in ["rates-standard.xlsx", PPM_FILE].iter().zip(&bytes) {
        std::fs::write(format!("{}/{name}", env!("CARGO_TARGET_TMPDIR")), bytes).unwrap();
    }
    let card = both_sheets();
    assert_eq!(card.name, "rates-standard.xlsx");
    assert_eq!(card.pay_per_minute.as_ref().unwrap().name, PPM_FILE);
    // 10 organizers in GB, on the per-user licence at 4.00.
    // Toll dial-in from US mobiles, 10 x 30 min each: 3,000 min. Licence: included.
    //   Pay-per-minute: its own sheet's wireless toll rate, 3,000 x 0.025 = 75.00.
    // Dial-out to DE wireline, 1 x 100 min each: 1,000 min, 10 calls.
    //   Licence: pool 10 x 60 = 600, 400 charged at the Standard sheet's highest prefix rate
    //   0.015 = 6.00, and 40 % of the calls at its highest connection charge, 4 x 0.05 = 0.20;
    //   40.00 + 6.20 = 46.20.
    //   Pay-per-minute: 1,000 x 0.018 (its sheet's highest) = 18.00, + 10 x 0.05 = 0.50.
    //   75.00 + 18.50 = 93.50.
    let scenario = one_group(
        "GB",
        10,
        vec![
            line(TollDialIn, "US", PhoneType::Wireless, dec!(10), dec!(30)),
            line(DialOut, "DE", Wireline, dec!(1), dec!(100)),
        ],
    );
    let q = quote(&scenario, &card).unwrap();
    assert_eq!(money(q.per_user.monthly().unwrap(), "GBP"), "£46.20");
    assert_eq!(money(q.pay_per_minute.monthly().unwrap(), "GBP"), "£93.50");
}

#[test]
fn a_card_for_one_option_in_another_currency_is_refused() {
    let standard = import("rates-standard.xlsx", &standard_workbook()).unwrap();
    // A Pay-Per-Minute sheet (its file name says so) in US dollars.
    let csv = "Origin,Originating Number Type,Per Minute Rate in USD (Billed in Tenths of a Minute)\nUnited States,Wireline,0.02\n";
    let usd = import(
        "Pay-Per-Minute - Dial-in to toll - United Kingdom.csv",
        csv.as_bytes(),
    )
    .unwrap();
    assert_eq!(usd.sheet, SheetFor::PayPerMinute);
    let card = builtin_card().with_card(standard).unwrap();
    assert_eq!(
        card.with_card(usd.clone()),
        Err(CardClash::Currency("USD".into(), "GBP".into()))
    );
    // Over the built-in sample (USD or not), a card for one option prices both until the
    // other's comes: the sample never prices one side of an imported card.
    let alone = builtin_card().with_card(usd.clone()).unwrap();
    assert_eq!(
        (alone.pay_per_minute.is_none(), alone.sheet),
        (true, SheetFor::PayPerMinute)
    );
    // A card for both replaces the pair.
    let both = RateCard {
        sheet: SheetFor::Both,
        ..usd
    };
    assert_eq!(card.with_card(both.clone()), Ok(both));
}

#[test]
fn a_pair_of_cards_exports_and_imports_back() {
    let card = both_sheets();
    let from_json = import("rate-card.json", card_json(&card).as_bytes()).unwrap();
    assert_eq!(from_json, card);
    // The CSV names each row's option (Rate Type) and writes the rate that prices it.
    let from_csv = import_as("rate-card.csv", card_csv(&card).as_bytes(), None).unwrap();
    let own = from_csv.card.pay_per_minute.as_ref().expect("a pair");
    assert_eq!(
        (from_csv.card.sheet, own.sheet, from_csv.summary.said_by),
        (SheetFor::PerUser, SheetFor::PayPerMinute, SaidBy::File)
    );
    let priced = |card: &RateCard, code: &str| {
        let r = card.country(cc(code)).unwrap().rates;
        r.all().map(|r| r.map(|r| (r.per_minute, r.per_call)))
    };
    for code in ["US", "GB", "DE", "FR"] {
        assert_eq!(priced(&from_csv.card, code), priced(&card, code), "{code}");
        assert_eq!(
            priced(own, code),
            priced(card.pay_per_minute.as_ref().unwrap(), code),
            "{code}"
        );
    }
}
