//! `quote`: a scenario JSON (file or stdin) in, the quote out as a table or, with `--json`,
//! as JSON (`quote`: the exact engine result; `display`: the strings the page shows).

use std::io::Read;
use std::process::ExitCode;

use audio_cost::format;
use audio_cost::pricing::{builtin_card, quote, Outcome, Quote, RateCard, Scenario};
use audio_cost::text::{self, Summary};

const USAGE: &str = "usage: quote [--json] [SCENARIO.json | -]\n\
    Prices a scenario (see README, \"The scenario format\"); reads stdin when no file or '-' is given.";

fn main() -> ExitCode {
    let mut json = false;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
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
    match run(path.as_deref(), json) {
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

fn run(path: Option<&str>, json: bool) -> Result<String, String> {
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
    let card = builtin_card();
    let quote = quote(&scenario, &card).map_err(|problems| {
        let lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
        format!("the scenario has problems:\n{}", lines.join("\n"))
    })?;
    let summary = Summary::new(&quote, &scenario);
    if json {
        let value = serde_json::json!({ "quote": quote, "display": summary });
        serde_json::to_string_pretty(&value)
            .map(|s| s + "\n")
            .map_err(|e| e.to_string())
    } else {
        Ok(table(&scenario, &card, &quote, &summary))
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
    line(text::rate_card_notice(card));
    line(String::new());
    line(format!(
        "{:<22}{:>30}{:>30}",
        "",
        text::side(quote.per_user.side),
        text::side(quote.pay_per_minute.side)
    ));
    line(format!(
        "{:<22}{:>30}{:>30}",
        "Offer",
        text::offer(quote.per_user.preset),
        text::offer(quote.pay_per_minute.preset)
    ));
    line(format!(
        "{:<22}{:>30}{:>30}",
        "Monthly", summary.total_per_user, summary.total_ppm
    ));
    line(format!(
        "{:<22}{:>30}{:>30}",
        text::term(quote.term_months),
        summary.term_per_user,
        summary.term_ppm
    ));
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
        line(format!("{} line items", text::side(option.side)));
        for item in &priced.licence_items {
            line(format!(
                "  {:<58}{:>16}",
                format!(
                    "{}: {} licences x {}",
                    scenario.groups[item.group].name,
                    item.licences,
                    format::money(item.price, currency)
                ),
                format::money(item.amount, currency)
            ));
        }
        for item in &priced.usage_items {
            let what = text::line_label(item.kind, item.country, item.phone);
            let rate = item.rate.map_or_else(
                || "not available".into(),
                |r| format::rate(r.per_minute, currency),
            );
            let amount = item
                .amount
                .map_or_else(|| "not priced".into(), |a| format::money(a, currency));
            line(format!("  {what:<58}{amount:>16}"));
            line(format!(
                "      {} billed min ({} calls x {} min); included {}, pool {}, charged {} at {rate}/min",
                format::minutes(item.billed_minutes),
                format::minutes(item.calls),
                format::minutes(item.billed_minutes_per_call),
                format::minutes(item.included_minutes),
                format::minutes(item.pool_minutes),
                format::minutes(item.charged_minutes),
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
    line(String::new());
    line("Assumptions".into());
    for assumption in text::assumptions(card, scenario.tenant_country) {
        line(format!("  - {assumption}"));
    }
    out
}
