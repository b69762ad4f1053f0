//! The `quote` CLI: the example scenario in, the same figures as the page out.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use rust_decimal_macros::dec;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/us-team.json");

fn quote(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quote"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.unwrap_or("").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn table_shows_both_totals_and_the_verdict() {
    // The page's example, calls varying in length (tests/ssr.rs works it out): 348.40 vs
    // 445.81 a month; a year 12 x 348.40 = 4,180.80 vs 12 x 445.81 = 5,349.72.
    let (code, out, _) = quote(&[EXAMPLE], None);
    assert_eq!(code, 0);
    let monthly = out.lines().find(|l| l.starts_with("Monthly")).unwrap();
    assert!(
        monthly.contains("$348.40") && monthly.contains("$445.81"),
        "{monthly}"
    );
    assert!(out.contains("$4,180.80") && out.contains("$5,349.72"));
    assert!(out.contains("Savings: $97.41 a month"));
    // One group: the best mix is the cheaper option, the licence.
    let mix = out
        .lines()
        .find(|l| l.starts_with("Best mix, monthly"))
        .unwrap();
    assert!(mix.ends_with("$348.40"), "{mix}");
    assert!(out.contains("Sample rates, not Microsoft's price list"));
}

#[test]
fn json_from_stdin_carries_exact_amounts_and_display_strings() {
    let scenario = std::fs::read_to_string(EXAMPLE).unwrap();
    let (code, out, _) = quote(&["--json", "-"], Some(&scenario));
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["display"]["total_per_user"], "$348.40");
    assert_eq!(value["display"]["total_ppm"], "$445.81");
    // Exact and unrounded (its scale follows the arithmetic): 200 + 57.114 + 16.665 +
    // 74.62125.
    let monthly = value["quote"]["per_user"]["outcome"]["monthly"]
        .as_str()
        .unwrap();
    assert_eq!(
        monthly.parse::<rust_decimal::Decimal>().unwrap(),
        dec!(348.40025)
    );
    assert_eq!(
        value["quote"]["break_even"]["points"][0]["cheaper_above"],
        "per_user"
    );
}

#[test]
fn problems_are_reported_per_field_with_a_failing_exit_code() {
    let bad = r#"{"version":1,"tenant_country":"US","per_user":{"preset":"audio_conferencing"},
        "pay_per_minute":{"preset":"pay_per_minute"},"term_months":12,
        "groups":[{"name":"A","organizers":0,"usage":[{"kind":"dial_out","country":"GB","calls":"-2","minutes_per_call":"5"}]}]}"#;
    let (code, _, err) = quote(&[], Some(bad));
    assert_eq!(code, 1);
    assert!(
        err.contains("groups[0].organizers: enter a number from 1 to 1,000,000"),
        "{err}"
    );
    assert!(
        err.contains("groups[0].usage[0].calls: can't be negative"),
        "{err}"
    );

    let (code, _, err) = quote(&[], Some("{ not json"));
    assert_eq!(code, 1);
    assert!(err.contains("not a valid scenario"), "{err}");
    let (code, _, err) = quote(&[], Some(r#"{"version":1,"tenant_country":"ZZ"}"#));
    assert_eq!(code, 1);
    assert!(
        err.contains("\"ZZ\" is not an ISO 3166-1 alpha-2 country code"),
        "{err}"
    );
}

#[test]
fn csv_output_is_the_pages_export() {
    let (code, out, _) = quote(&["--csv", EXAMPLE], None);
    assert_eq!(code, 0);
    assert!(
        out.contains("\nPer-user licence,348.40,12,4180.80,USD\n"),
        "{out}"
    );
    assert!(out.contains("\nPay-per-minute,445.81,12,5349.72,USD\n"));
}

#[test]
fn rates_from_a_file_replace_the_sample_card() {
    use audio_cost::io::rate_import::card_csv;
    // The built-in card with US toll dial-in at 0.02 instead of 0.0165: pay-per-minute toll
    // dial-in becomes 15,025 x 0.02 = 300.50 instead of 247.9125, so 445.81275 + 52.5875 =
    // 498.40025; the licence is unchanged.
    let card = common::card_with("US", |rates| {
        rates.toll_dial_in = common::rate(dec!(0.02), dec!(0));
    });
    let file = concat!(env!("CARGO_TARGET_TMPDIR"), "/negotiated-rates.csv");
    std::fs::write(file, card_csv(&card)).unwrap();
    let (code, out, err) = quote(&["--json", "--rates", file, EXAMPLE], None);
    assert_eq!(code, 0, "{err}");
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["display"]["total_ppm"], "$498.40");
    assert_eq!(value["display"]["total_per_user"], "$348.40");

    let bad = concat!(env!("CARGO_TARGET_TMPDIR"), "/Dial-out calls - bad.csv");
    std::fs::write(bad, "Destination,Per Minute Rate in USD\nGermany,lots\n").unwrap();
    let (code, _, err) = quote(&["--rates", bad, EXAMPLE], None);
    assert_eq!(code, 1);
    assert!(
        err.contains("was not imported")
            && err.contains("row 2, Per Minute Rate in USD: \"lots\" is not a number"),
        "{err}"
    );
}

#[test]
fn rates_ppm_prices_pay_per_minute_from_its_own_card() {
    use audio_cost::io::rate_import::card_csv;
    // --rates: the sample card (the licence's), --rates-ppm: the sample with US toll dial-in
    // at 0.02. The example file's calls vary in length (348.40 and 445.81275, tests/ssr.rs).
    // Only pay-per-minute changes: 15,025 toll minutes x (0.02 - 0.0165) = 52.5875 more,
    // 498.40025; the licence stays 348.40 (its toll dial-in is included anyway).
    let ppm = common::card_with("US", |rates| {
        rates.toll_dial_in = common::rate(dec!(0.02), dec!(0));
    });
    let dir = env!("CARGO_TARGET_TMPDIR");
    let (licence_file, ppm_file) = (
        format!("{dir}/licence-rates.csv"),
        format!("{dir}/ppm-rates.csv"),
    );
    std::fs::write(
        &licence_file,
        card_csv(&audio_cost::pricing::builtin_card()),
    )
    .unwrap();
    std::fs::write(&ppm_file, card_csv(&ppm)).unwrap();
    let (code, out, err) = quote(
        &["--rates", &licence_file, "--rates-ppm", &ppm_file, EXAMPLE],
        None,
    );
    assert_eq!(code, 0, "{err}");
    let monthly = out.lines().find(|l| l.starts_with("Monthly")).unwrap();
    assert!(
        monthly.contains("$348.40") && monthly.contains("$498.40"),
        "{monthly}"
    );
    assert!(
        out.contains("The per-user licence is priced from licence-rates.csv")
            && out.contains("pay-per-minute from ppm-rates.csv"),
        "{out}"
    );
    // The same sheet for pay-per-minute in another currency: refused, saying why.
    let gbp_file = format!("{dir}/Pay-Per-Minute - Dial-out calls - GB.csv");
    std::fs::write(
        &gbp_file,
        "Destination,Per Minute Rate in GBP\nGermany,0.02\n",
    )
    .unwrap();
    let (code, _, err) = quote(
        &["--rates", &licence_file, "--rates-ppm", &gbp_file, EXAMPLE],
        None,
    );
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "its rates are in GBP, but the other option is priced from licence-rates.csv in USD"
        ),
        "{err}"
    );
}

fn usage_fixture(name: &str) -> String {
    format!("{}/tests/fixtures/usage/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// `--usage` with two Graph pages: the JSON carries the derived mix and the period
/// (tests/usage.rs works the figures out: toll US 1 call 0.2 min, toll-free US 1 call 1.6 min,
/// dial-out DE 1 call 6 min, October 2026, one whole month), and the quote of that mix.
#[test]
fn usage_files_make_the_scenario_and_the_json_shows_the_mix() {
    let (p1, p2) = (
        usage_fixture("graph-page-1.json"),
        usage_fixture("graph-page-2.json"),
    );
    let (code, out, err) = quote(&["--usage", &p1, "--usage", &p2, "--json"], None);
    assert_eq!(code, 0, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let usage = &json["usage"];
    assert_eq!(usage["period"]["first"], "2026-10-01");
    assert_eq!(usage["period"]["last"], "2026-10-31");
    assert_eq!(usage["period"]["whole_months"], true);
    let mix: Vec<(String, String, String, String)> = usage["mix"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let s = |k: &str| l[k].as_str().unwrap().to_string();
            (s("kind"), s("country"), s("calls"), s("billed_minutes"))
        })
        .collect();
    let want = [
        ("toll_dial_in", "US", "1", "0.2"),
        ("toll_free_dial_in", "US", "1", "1.6"),
        ("dial_out", "DE", "1", "6"),
    ];
    assert_eq!(
        mix,
        want.map(|(a, b, c, d)| (a.into(), b.into(), c.into(), d.into()))
    );
    // The charges match the sample card exactly (0.01216 + 0.099 both ways).
    assert_eq!(usage["reconciliation"]["percent"], "0");
    // Priced: the tenant is the files' (US), two organizers seen.
    assert_eq!(json["quote"]["tenant_country"], "US");
    assert_eq!(usage["organizers_seen"], 2);
}

/// `--scenario` prints the derived scenario for editing; `--toll-free` marks a bridge; a file
/// that is not a report fails naming the columns.
#[test]
fn usage_scenario_output_marks_and_bad_files() {
    let csv = usage_fixture("pstn-usage-november.csv");
    let (code, out, err) = quote(
        &[
            "--usage",
            &csv,
            "--toll-free",
            "+1 425 555 0100",
            "--scenario",
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    let scenario: audio_cost::pricing::Scenario = serde_json::from_str(&out).unwrap();
    let kinds: Vec<_> = scenario.groups[0].usage.iter().map(|l| l.kind).collect();
    // Both bridges toll-free now: no toll dial-in line is left.
    assert!(!kinds.contains(&audio_cost::pricing::UsageKind::TollDialIn));
    assert_eq!(scenario.groups[0].name, "All organizers");

    let rates = format!(
        "{}/fuzz/seeds/rates_csv/dial-out-gb.csv",
        env!("CARGO_MANIFEST_DIR")
    );
    let (code, _, err) = quote(&["--usage", &rates], None);
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "is not a PSTN usage report: its header lacks Time stamp (UTC), Call type, Duration"
        ),
        "{err}"
    );
}
