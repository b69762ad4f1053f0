//! `quote`: a scenario JSON (file or stdin) in, the quote out as a table, as JSON (`--json`:
//! `quote` is the exact engine result, `display` the strings the page shows) or as the page's
//! CSV export (`--csv`). `--rates FILE` prices with a rate sheet (.xlsx, .csv or .json) instead
//! of the built-in sample card, read exactly as the page's import reads it; `--rates-ppm FILE`
//! prices pay-per-minute from its own sheet (then `--rates` is the per-user licence's).

use std::io::Read;
use std::process::ExitCode;

use audio_cost::i18n::number;
use audio_cost::i18n::text::{self, Summary};
use audio_cost::i18n::{Lang, Msg};
use audio_cost::io::quote_csv::quote_csv;
use audio_cost::io::rate_import::{import_card, ImportProblem};
use audio_cost::pricing::{
    builtin_card, quote, Outcome, Quote, RateCard, Scenario, SheetFor, Side,
};

const USAGE: &str = "usage: quote [--json | --csv] [--rates RATES.xlsx|.csv|.json] [--rates-ppm PPM.xlsx|.csv|.json] [SCENARIO.json | -]\n\
    Prices a scenario (see README, \"The scenario format\"); reads stdin when no file or '-' is given.";

/// The CLI answers in English, like the page's CSV export.
const LANG: Lang = Lang::En;

#[derive(Clone, Copy, PartialEq)]
enum Output {
    Table,
    Json,
    Csv,
}

fn main() -> ExitCode {
    let mut output = Output::Table;
    let mut path = None;
    let mut rates = None;
    let mut rates_ppm = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => output = Output::Json,
            "--csv" => output = Output::Csv,
            "--rates" | "--rates-ppm" => match args.next() {
                Some(file) if arg == "--rates" => rates = Some(file),
                Some(file) => rates_ppm = Some(file),
                None => {
                    eprintln!("quote: {arg} needs a file\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if path.is_none() && (arg == "-" || !arg.starts_with('-')) => path = Some(arg),
            _ => {
                eprintln!("quote: unexpected argument {arg:?}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    match run(
        path.as_deref(),
        [rates.as_deref(), rates_ppm.as_deref()],
        output,
    ) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("quote: {message}");
            ExitCode::from(1)
        }
    }
}

/// Today (UTC) as YYYY-MM-DD, from the system clock (days since 1970 to a civil date).
fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The card(s) of `--rates` and `--rates-ppm`: pay-per-minute's own card joins the first (the
/// per-user licence's, whatever its file says) as the page's import joins them.
fn load_card([rates, rates_ppm]: [Option<&str>; 2]) -> Result<RateCard, String> {
    let builtin = builtin_card();
    let mut card = builtin.clone();
    for (file, chosen) in [
        (rates, rates_ppm.map(|_| SheetFor::PerUser)),
        (rates_ppm, Some(SheetFor::PayPerMinute)),
    ] {
        let Some(file) = file else { continue };
        let bytes = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
        let name = std::path::Path::new(file)
            .file_name()
            .map_or(file.into(), |n| n.to_string_lossy().into_owned());
        let imported =
            import_card(&name, &bytes, &builtin, &today(), chosen).map_err(|problems| {
                let lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
                format!(
                    "{file} was not imported; its problems:\n{}",
                    lines.join("\n")
                )
            })?;
        let sheet = imported.card.sheet;
        card = card.with_card(imported.card).map_err(|clash| {
            format!(
                "{file} was not imported; its problem:\n  {}",
                ImportProblem::clash(&name, &clash, &card, sheet)
            )
        })?;
    }
    Ok(card)
}

fn run(path: Option<&str>, rates: [Option<&str>; 2], output: Output) -> Result<String, String> {
    let input = match path {
        None | Some("-") => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("reading stdin: {e}"))?;
            text
        }
        Some(file) => std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?,
    };
    let scenario: Scenario =
        serde_json::from_str(&input).map_err(|e| format!("not a valid scenario: {e}"))?;
    let card = load_card(rates)?;
    let quote = quote(&scenario, &card).map_err(|problems| {
        let lines: Vec<String> = problems
            .iter()
            .map(|p| {
                format!(
                    "  {}: {}",
                    p.field,
                    after_colon(&text::problem(LANG, &p.kind))
                )
            })
            .collect();
        format!("the scenario has problems:\n{}", lines.join("\n"))
    })?;
    let summary = Summary::new(LANG, &quote, &scenario);
    match output {
        Output::Json => {
            let value = serde_json::json!({ "quote": quote, "display": summary });
            serde_json::to_string_pretty(&value)
                .map(|s| s + "\n")
                .map_err(|e| e.to_string())
        }
        Output::Csv => Ok(quote_csv(&scenario, &card, &quote, &today(), None)),
        Output::Table => Ok(table(&scenario, &card, &quote, &summary)),
    }
}

fn table(scenario: &Scenario, card: &RateCard, quote: &Quote, summary: &Summary) -> String {
    let currency = card.currency.as_ref();
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(format!(
        "Audio Conferencing quote for a tenant in {}",
        scenario.tenant_country.label()
    ));
    line(text::rate_card_notice(LANG, card));
    line(String::new());
    line(format!(
        "{:<22}{:>30}{:>30}",
        "",
        text::side(LANG, quote.per_user.side),
        text::side(LANG, quote.pay_per_minute.side)
    ));
    line(format!(
        "{:<22}{:>30}{:>30}",
        "Offer",
        text::offer(LANG, quote.per_user.preset),
        text::offer(LANG, quote.pay_per_minute.preset)
    ));
    line(format!(
        "{:<22}{:>30}{:>30}",
        "Monthly", summary.total_per_user, summary.total_ppm
    ));
    line(format!(
        "{:<22}{:>30}{:>30}",
        text::term(LANG, quote.term_months),
        summary.term_per_user,
        summary.term_ppm
    ));
    line(format!(
        "{:<22}{:>30}",
        "Best mix, monthly", summary.total_mixed
    ));
    line(format!("Best mix: {}", summary.mix));
    line(String::new());
    line(format!("Verdict: {}", summary.verdict));
    line(format!("Savings: {}", summary.savings));
    line(format!("Break-even: {}", summary.break_even));
    if let Some(pool) = &summary.pool {
        line(pool.clone());
    }
    for option in [&quote.per_user, &quote.pay_per_minute] {
        let Outcome::Priced(priced) = &option.outcome else {
            continue;
        };
        line(String::new());
        line(format!("{} line items", text::side(LANG, option.side)));
        for item in &priced.licence_items {
            let msg = match item.side {
                Side::PerUser => Msg::ItemsLicences,
                Side::PayPerMinute => Msg::ItemsOrganizerFee,
            };
            line(format!(
                "  {:<58}{:>16}",
                LANG.tf(
                    msg,
                    &[
                        (
                            "group",
                            &text::scenario_group_name(LANG, scenario, item.group)
                        ),
                        ("n", &item.licences.to_string()),
                        ("price", &number::money(item.price, currency)),
                    ]
                ),
                number::money(item.amount, currency)
            ));
        }
        for item in &priced.usage_items {
            let what = text::line_label(LANG, item.kind, item.country, item.phone);
            let rate = item.rate.map_or_else(
                || "not available".into(),
                |r| number::rate(r.per_minute, currency),
            );
            let amount = item
                .amount
                .map_or_else(|| "not priced".into(), |a| number::money(a, currency));
            line(format!("  {what:<58}{amount:>16}"));
            line(format!(
                "      {} billed min ({} calls x {} min); included {}, pool {}, charged {} at {rate}/min",
                number::minutes(item.billed_minutes),
                number::minutes(item.calls),
                number::minutes(item.billed_minutes_per_call),
                number::minutes(item.included_minutes),
                number::minutes(item.pool_minutes),
                number::minutes(item.charged_minutes),
            ));
        }
    }
    if !summary.warnings.is_empty() {
        line(String::new());
        line("Warnings".into());
        for warning in &summary.warnings {
            line(format!("  - {warning}"));
        }
    }
    if !summary.credits.is_empty() {
        line(String::new());
        line("Communications Credits".into());
        for credits in &summary.credits {
            line(format!("  - {credits}"));
        }
    }
    line(String::new());
    line("Assumptions".into());
    for assumption in text::assumptions(LANG, card, text::Assumed::of(scenario)) {
        line(format!("  - {assumption}"));
    }
    out
}

/// The page's sentence as the rest of a "field: problem" line: its first letter in lower case.
fn after_colon(sentence: &str) -> String {
    let mut chars = sentence.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}
