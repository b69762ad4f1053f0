//! The worker's side of the import (see `io::usage_protocol`): the reader between chunks, the
//! summary between derivations, and the view worded for the page.

use std::cell::RefCell;

use rust_decimal::Decimal;

use super::{derive, reconcile, Derived, Reconciliation, UsageReader, UsageSummary};
use crate::i18n::{text, Lang, Msg};
use crate::io::usage_protocol::{BridgeView, Derive, UsageRequest, UsageResponse, UsageView};

/// The import under way (its reader) or done (its summary): one at a time.
enum Import {
    Reading(Box<UsageReader>),
    Read(Box<UsageSummary>),
}

thread_local! {
    static IMPORT: RefCell<Option<Import>> = const { RefCell::new(None) };
}

pub fn answer(request: UsageRequest) -> UsageResponse {
    IMPORT.with(|import| {
        let mut import = import.borrow_mut();
        match request {
            UsageRequest::Start { file } => {
                let mut reader = UsageReader::new();
                match reader.start(&file) {
                    Ok(()) => {
                        *import = Some(Import::Reading(Box::new(reader)));
                        UsageResponse::Read
                    }
                    Err(e) => UsageResponse::Failed(e.phrase()),
                }
            }
            UsageRequest::Chunk(bytes) => match import.as_mut() {
                Some(Import::Reading(reader)) => match reader.feed(&bytes) {
                    Ok(()) => UsageResponse::Read,
                    Err(e) => {
                        *import = None;
                        UsageResponse::Failed(e.phrase())
                    }
                },
                _ => UsageResponse::Read,
            },
            UsageRequest::Finish(how) => match import.take() {
                Some(Import::Reading(reader)) => match reader.finish() {
                    Ok(summary) => {
                        let response = view(&summary, &how);
                        *import = Some(Import::Read(Box::new(summary)));
                        response
                    }
                    Err(e) => UsageResponse::Failed(e.phrase()),
                },
                other => {
                    *import = other;
                    UsageResponse::Read
                }
            },
            UsageRequest::Derive(how) => match import.as_ref() {
                Some(Import::Read(summary)) => view(summary, &how),
                _ => UsageResponse::Read,
            },
            UsageRequest::Cancel => {
                *import = None;
                UsageResponse::Read
            }
        }
    })
}

fn view(summary: &UsageSummary, how: &Derive) -> UsageResponse {
    let derived = derive(summary, &how.choices);
    let reconciliation = reconcile(summary, &how.choices, &how.card);
    let lang = how.lang;
    UsageResponse::View(Box::new(UsageView {
        facts: facts(lang, summary, &derived),
        malformed: summary
            .malformed_listed
            .iter()
            .map(|m| lang.phrase(&m.phrase()))
            .collect(),
        bridges: summary
            .bridges
            .iter()
            .enumerate()
            .map(|(i, b)| BridgeView {
                number: b.number.clone(),
                calls: lang.count(b.calls),
                class: how.choices.bridges.get(i).copied().unwrap_or(b.prefill),
                from_file: b.from_file.is_some(),
            })
            .collect(),
        reconciliation: rows(lang, &reconciliation, &how.card.currency),
        verdict: verdict(lang, &reconciliation, &how.card.currency),
        groups: derived.named_groups(lang),
    }))
}

fn facts(lang: Lang, s: &UsageSummary, d: &Derived) -> Vec<String> {
    let count = |n: u64| lang.count(n);
    let mut facts = vec![if d.whole_months {
        lang.tf(
            Msg::LogsFactPeriodMonths,
            &[
                ("first", &s.period.first),
                ("last", &s.period.last),
                ("months", &lang.minutes(d.months)),
            ],
        )
    } else {
        let days = (d.months * Decimal::new(304_375, 4)).round();
        lang.tf(
            Msg::LogsFactPeriodDays,
            &[
                ("first", &s.period.first),
                ("last", &s.period.last),
                ("days", &lang.minutes(days)),
                ("months", &lang.minutes(d.months)),
            ],
        )
    }];
    facts.push(lang.tf(
        Msg::LogsFactCalls,
        &[("count", &count(s.conferencing_calls))],
    ));
    let ignored: u64 = s.ignored.iter().map(|(_, n)| n).sum();
    if ignored > 0 {
        let types: Vec<String> = s
            .ignored
            .iter()
            .map(|(name, n)| format!("{name} {}", count(*n)))
            .collect();
        facts.push(lang.tf(
            Msg::LogsFactIgnored,
            &[("count", &count(ignored)), ("types", &types.join(", "))],
        ));
    }
    for (n, msg) in [
        (s.unconnected, Msg::LogsFactUnconnected),
        (s.dial_in_country_guessed, Msg::LogsFactGuessed),
        (s.malformed, Msg::LogsFactMalformed),
    ] {
        if n > 0 {
            facts.push(lang.tf(msg, &[("count", &count(n))]));
        }
    }
    if !d.left_out_calls.is_zero() {
        facts.push(lang.tf(
            Msg::LogsFactLeftOut,
            &[("count", &lang.minutes(d.left_out_calls))],
        ));
    }
    facts.push(lang.tf(
        Msg::LogsFactOrganizers,
        &[("count", &count(u64::from(s.organizers)))],
    ));
    facts
}

fn rows(lang: Lang, r: &Reconciliation, currency: &str) -> Vec<[String; 5]> {
    r.lines
        .iter()
        .map(|line| {
            let per_minute = |amount: Decimal, per: Decimal| {
                lang.tf(
                    Msg::LogsAmountPerMinute,
                    &[
                        ("amount", &lang.rate(amount.normalize(), currency)),
                        ("rate", &lang.rate(per.round_dp(4).normalize(), currency)),
                    ],
                )
            };
            [
                format!(
                    "{} {}",
                    text::kind(lang, line.kind),
                    lang.country_label(line.country)
                ),
                lang.minutes(line.calls),
                lang.minutes(line.billed_minutes),
                per_minute(line.charged, line.charged_per_minute()),
                match (line.card, line.card_per_minute()) {
                    (Some(card), Some(per)) => per_minute(card, per),
                    _ => lang.t(Msg::NotAvailable).into(),
                },
            ]
        })
        .collect()
}

fn verdict(lang: Lang, r: &Reconciliation, currency: &str) -> String {
    if let Some(other) = &r.other_currency {
        return lang.tf(
            Msg::LogsVerdictCurrency,
            &[("currency", other), ("card_currency", currency)],
        );
    }
    match r.percent {
        None => lang.t(Msg::LogsVerdictNone).into(),
        Some(percent) => lang.tf(
            Msg::LogsVerdictWithin,
            &[
                ("percent", &lang.percent(percent.abs())),
                ("charged", &lang.rate(r.charged.normalize(), currency)),
                ("card", &lang.rate(r.card.normalize(), currency)),
            ],
        ),
    }
}
