//! `quote`: a scenario JSON (file or stdin) in, the quote out as a table, as JSON (`--json`:
//! `quote` is the exact engine result, `display` the strings the page shows) or as the page's
//! CSV export (`--csv`). `--rates FILE` prices with a rate sheet (.xlsx, .csv or .json) instead
//! of the built-in sample card, read exactly as the page's import reads it; `--rates-ppm FILE`
//! prices pay-per-minute from its own sheet (then `--rates` is the per-user licence's).
//! `--usage FILE` (repeatable) derives the scenario from a tenant's own call logs instead: the
//! Teams PSTN usage report's CSV or Graph getPstnCalls pages (see README, "Pricing what you
//! used").

use std::io::Read;
use std::process::ExitCode;

use audio_cost::i18n::number;
use audio_cost::i18n::text::{self, Summary};
use audio_cost::i18n::{Lang, Msg};
use audio_cost::io::quote_csv::quote_csv;
use audio_cost::io::rate_import::{import_card, ImportProblem};
use audio_cost::io::usage::{
    derive, reconcile, Choices, Grouping, TollClass, UsageReader, UsageSummary,
};
use audio_cost::pricing::{
    builtin_card, quote, CountryCode, Outcome, Quote, RateCard, Scenario, SheetFor, Side,
};
use rust_decimal::Decimal;

const USAGE: &str = "usage: quote [--json | --csv] [--rates RATES.xlsx|.csv|.json] [--rates-ppm PPM.xlsx|.csv|.json] [SCENARIO.json | -]\n\
    \x20      quote --usage FILE [--usage FILE ...] [--group all|location|heavy] [--mobile PERCENT]\n\
    \x20            [--toll NUMBER] [--toll-free NUMBER] [--tenant CC] [--scenario] [--json | --csv] [--rates CARD] [--rates-ppm CARD]\n\
    Prices a scenario (see README, \"The scenario format\"); reads stdin when no file or '-' is given.\n\
    --usage derives the scenario from a PSTN usage report (CSV) or Graph getPstnCalls pages (JSON);\n\
    --toll/--toll-free mark a bridge number, --mobile sets the share of mobile calls, --scenario\n\
    prints the derived scenario JSON instead of the quote.";

/// What `--usage` and the options that go with it ask for.
#[derive(Default)]
struct UsageArgs {
    files: Vec<String>,
    choices: Choices,
    marks: Vec<(String, TollClass)>,
    tenant: Option<String>,
    print_scenario: bool,
}

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
    let mut usage = UsageArgs::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let takes_value = matches!(
            arg.as_str(),
            "--rates"
                | "--rates-ppm"
                | "--usage"
                | "--group"
                | "--mobile"
                | "--toll"
                | "--toll-free"
                | "--tenant"
        );
        let value = if takes_value {
            match args.next() {
                Some(value) => value,
                None => {
                    eprintln!("quote: {arg} needs a value\n{USAGE}");
                    return ExitCode::from(2);
                }
            }
        } else {
            String::new()
        };
        match arg.as_str() {
            "--json" => output = Output::Json,
            "--csv" => output = Output::Csv,
            "--rates" => rates = Some(value),
            "--rates-ppm" => rates_ppm = Some(value),
            "--usage" => usage.files.push(value),
            "--toll" => usage.marks.push((value, TollClass::Toll)),
            "--toll-free" => usage.marks.push((value, TollClass::TollFree)),
            "--tenant" => usage.tenant = Some(value),
            "--scenario" => usage.print_scenario = true,
            "--group" => {
                usage.choices.grouping = match value.as_str() {
                    "all" => Grouping::All,
                    "location" => Grouping::Location,
                    "heavy" => Grouping::HeavyLight,
                    _ => {
                        eprintln!("quote: --group is all, location or heavy\n{USAGE}");
                        return ExitCode::from(2);
                    }
                }
            }
            "--mobile" => match value.parse::<Decimal>() {
                Ok(p) if (Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&p) => {
                    usage.choices.mobile_share = p / Decimal::ONE_HUNDRED;
                }
                _ => {
                    eprintln!("quote: --mobile is a percentage from 0 to 100\n{USAGE}");
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
    if !usage.files.is_empty() && path.is_some() {
        eprintln!("quote: a scenario file or --usage, not both\n{USAGE}");
        return ExitCode::from(2);
    }
    match run(
        path.as_deref(),
        [rates.as_deref(), rates_ppm.as_deref()],
        output,
        &mut usage,
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

/// Reads the usage files in chunks of 1 MB (the page sends the worker 4 MB slices): a 200 MB
/// export is never in memory whole.
fn read_usage_files(files: &[String]) -> Result<UsageSummary, String> {
    let mut reader = UsageReader::new();
    let problem = |e: audio_cost::io::usage::UsageError| e.phrase().to_string();
    for file in files {
        let mut handle = std::fs::File::open(file).map_err(|e| format!("{file}: {e}"))?;
        reader.start(file).map_err(problem)?;
        let mut chunk = vec![0; 1 << 20];
        loop {
            let n = handle
                .read(&mut chunk)
                .map_err(|e| format!("{file}: {e}"))?;
            if n == 0 {
                break;
            }
            reader.feed(&chunk[..n]).map_err(problem)?;
        }
    }
    reader.finish().map_err(problem)
}

/// The scenario a tenant's call logs make, and what the JSON output says of them.
fn usage_scenario(
    usage: &mut UsageArgs,
    card: &RateCard,
) -> Result<(Scenario, serde_json::Value), String> {
    let summary = read_usage_files(&usage.files)?;
    let digits = |n: &str| -> String { n.chars().filter(|c| c.is_ascii_digit()).collect() };
    usage.choices.bridges = summary.bridges.iter().map(|b| b.prefill).collect();
    for (number, class) in &usage.marks {
        let i = summary
            .bridges
            .iter()
            .position(|b| digits(&b.number) == digits(number))
            .ok_or_else(|| format!("no dial-in call reached the bridge number {number}"))?;
        usage.choices.bridges[i] = *class;
    }
    let tenant = match &usage.tenant {
        Some(code) => {
            CountryCode::find(code).ok_or_else(|| format!("{code:?} is not a country"))?
        }
        None => summary
            .tenant_country
            .ok_or("the files don't say where the tenant is: give --tenant CC")?,
    };
    let derived = derive(&summary, &usage.choices);
    let scenario = derived.scenario(tenant, LANG);
    let bridges: Vec<serde_json::Value> = summary
        .bridges
        .iter()
        .zip(&usage.choices.bridges)
        .map(|(b, class)| {
            serde_json::json!({
                "number": b.number, "calls": b.calls, "class": class, "from_file": b.from_file
            })
        })
        .collect();
    let report = serde_json::json!({
        "period": {
            "first": summary.period.first,
            "last": summary.period.last,
            "months": derived.months.round_dp(4),
            "whole_months": derived.whole_months,
        },
        "conferencing_calls": summary.conferencing_calls,
        "unconnected_calls": summary.unconnected,
        "ignored_calls": summary.ignored,
        "malformed_rows": summary.malformed,
        "malformed_listed": summary.malformed_listed.iter().map(|m| m.phrase().to_string()).collect::<Vec<_>>(),
        "dial_in_country_guessed": summary.dial_in_country_guessed,
        "organizers_seen": summary.organizers,
        "bridges": bridges,
        "mix": derived.mix,
        "left_out_calls": derived.left_out_calls,
        "reconciliation": reconcile(&summary, &usage.choices, card),
    });
    Ok((scenario, report))
}

fn run(
    path: Option<&str>,
    rates: [Option<&str>; 2],
    output: Output,
    usage: &mut UsageArgs,
) -> Result<String, String> {
    let card = load_card(rates)?;
    let (scenario, report) = if usage.files.is_empty() {
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
        (scenario, None)
    } else {
        let (scenario, report) = usage_scenario(usage, &card)?;
        if usage.print_scenario {
            return serde_json::to_string_pretty(&scenario)
                .map(|s| s + "\n")
                .map_err(|e| e.to_string());
        }
        (scenario, Some(report))
    };
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
            let mut value = serde_json::json!({ "quote": quote, "display": summary });
            if let Some(report) = report {
                value["usage"] = report;
            }
            serde_json::to_string_pretty(&value)
                .map(|s| s + "\n")
                .map_err(|e| e.to_string())
        }
        Output::Csv => Ok(quote_csv(&scenario, &card, &quote, &today(), None)),
        Output::Table => Ok(report.map_or_else(String::new, |r| usage_table(&r))
            + &table(&scenario, &card, &quote, &summary)),
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
            // A call log's minutes are billed call by call: its calls times a rounded average
            // would not give them.
            let logged = scenario.groups[item.group].usage[item.line]
                .billed_minutes
                .is_some();
            let per_call = if logged {
                "as logged".to_string()
            } else {
                format!("x {} min", number::minutes(item.billed_minutes_per_call))
            };
            line(format!(
                "      {} billed min ({} calls {per_call}); included {}, pool {}, charged {} at {rate}/min",
                number::minutes(item.billed_minutes),
                number::minutes(item.calls),
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

/// What the call logs held, above the quote they make.
fn usage_table(report: &serde_json::Value) -> String {
    let text = |v: &serde_json::Value| v.as_str().map_or_else(|| v.to_string(), String::from);
    let mut out = format!(
        "Call mix from the usage files, {} to {} ({} months): {} conferencing calls",
        text(&report["period"]["first"]),
        text(&report["period"]["last"]),
        text(&report["period"]["months"]),
        report["conferencing_calls"],
    );
    for ignored in report["ignored_calls"].as_array().into_iter().flatten() {
        out += &format!(
            "; {} {} calls are not conferencing",
            ignored[1],
            text(&ignored[0])
        );
    }
    out += &format!("; {} malformed rows\n", report["malformed_rows"]);
    for line in report["malformed_listed"].as_array().into_iter().flatten() {
        out += &format!("  {}\n", text(line));
    }
    for line in report["mix"].as_array().into_iter().flatten() {
        out += &format!(
            "  {:<18} {:<3} {:<9} {:>10} calls {:>12} billed min\n",
            text(&line["kind"]),
            text(&line["country"]),
            text(&line["phone"]),
            text(&line["calls"]),
            text(&line["billed_minutes"]),
        );
    }
    let r = &report["reconciliation"];
    if let Some(percent) = r["percent"].as_str() {
        let percent: Decimal = percent.parse().unwrap_or_default();
        out += &format!(
            "What Microsoft charged, {} in all, the card prices at {} ({:+}%)\n",
            text(&r["charged"]),
            text(&r["card"]),
            percent.round_dp(1)
        );
    }
    out + "\n"
}

/// The page's sentence as the rest of a "field: problem" line: its first letter in lower case.
fn after_colon(sentence: &str) -> String {
    let mut chars = sentence.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}
