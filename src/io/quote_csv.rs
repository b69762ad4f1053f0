//! The quote as CSV: exactly what the page shows (inputs, the rates used with their source,
//! line items, totals, verdict), amounts rounded as on screen but written as plain numbers a
//! spreadsheet can add up.

use super::csv_cell::write_rows;
use crate::i18n::number::{plain, plain_minutes, plain_money};
use crate::i18n::text::{self, Summary};
use crate::i18n::Lang;
use crate::pricing::{Basis, Outcome, PoolBasis, Quote, RateCard, Scenario, Side};

/// `generated`: the date to print (YYYY-MM-DD); `link`: the share link, when there is one.
pub fn quote_csv(
    scenario: &Scenario,
    card: &RateCard,
    quote: &Quote,
    generated: &str,
    link: Option<&str>,
) -> String {
    let currency = card.currency.as_ref();
    // English whatever the page's language: the columns are a stable format for spreadsheets
    // and scripts (README, "Sharing, saving, exporting, printing").
    let lang = Lang::En;
    let summary = Summary::new(lang, quote, scenario);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row = |cells: &[&str]| rows.push(cells.iter().map(|c| c.to_string()).collect());

    row(&["Teams Audio Conferencing quote"]);
    row(&["Generated", generated]);
    if let Some(link) = link {
        row(&["Share link", link]);
    }
    row(&[
        "Rate card",
        &card.name,
        &card.currency,
        &format!("as of {}", card.as_of),
        if card.sample { "sample rates" } else { "" },
    ]);
    row(&["Rate card source", &card.source]);
    if let Some(own) = &card.pay_per_minute {
        row(&[
            "Pay-per-minute rate card",
            &own.name,
            &own.currency,
            &format!("as of {}", own.as_of),
        ]);
        row(&["Pay-per-minute rate card source", &own.source]);
    }
    if !card.sample {
        row(&["Rate cards", &text::cards_in_use(lang, card)]);
    }
    row(&[]);

    row(&["Inputs"]);
    row(&["Tenant country", &scenario.tenant_country.label()]);
    for (label, offer) in [
        ("Per-user licence", &scenario.per_user),
        ("Pay-per-minute", &scenario.pay_per_minute),
    ] {
        let pool = match offer.pool_counts {
            PoolBasis::Purchased => "purchased",
            PoolBasis::Assigned => "assigned",
        };
        row(&[
            label,
            text::offer(lang, offer.preset),
            &plain(offer.price, offer.price.normalize().scale().max(2)),
            &format!("{currency} per organizer per month"),
            &if offer.pool_minutes.is_zero() {
                "no dial-out pool".to_string()
            } else {
                format!(
                    "pool {} min per {pool} licence",
                    plain_minutes(offer.pool_minutes)
                )
            },
        ]);
    }
    row(&["Term (months)", &scenario.term_months.to_string()]);
    row(&["How the tenant buys", text::channel(lang, scenario.channel)]);
    row(&["Call lengths", text::rounding(lang, scenario.rounding)]);
    row(&[
        "US/Canada add-on",
        &plain(scenario.us_can_add_on_price, 2),
        &format!("{currency} per organizer per month"),
    ]);
    row(&[
        "Group",
        "Organizers",
        "Licences purchased",
        "Licences already owned",
        "US/Canada add-on",
    ]);
    for (g, group) in scenario.groups.iter().enumerate() {
        row(&[
            &text::scenario_group_name(lang, scenario, g),
            &group.organizers.to_string(),
            &group.licences().to_string(),
            &group.licences_owned.to_string(),
            if group.us_can_add_on { "yes" } else { "no" },
        ]);
    }
    row(&[
        "Group",
        "Line",
        "Kind",
        "Country",
        "Phone",
        "Calls per month",
        "Counted",
        "Average minutes per call",
        "Billed minutes (call log)",
    ]);
    for (g, group) in scenario.groups.iter().enumerate() {
        let name = text::scenario_group_name(lang, scenario, g);
        for (l, line) in group.usage.iter().enumerate() {
            let counted = match line.basis {
                Basis::PerOrganizer => "per organizer",
                Basis::Total => "in total",
            };
            row(&[
                &name,
                &(l + 1).to_string(),
                text::kind(lang, line.kind),
                &line.country.label(),
                text::phone(lang, line.phone),
                &line.calls.normalize().to_string(),
                counted,
                &line.minutes_per_call.normalize().to_string(),
                &line
                    .billed_minutes
                    .map_or_else(String::new, |b| b.normalize().to_string()),
            ]);
        }
    }
    row(&[]);

    row(&[
        "Rates used",
        &format!(
            "{currency} per minute, billed in {} min increments",
            plain_minutes(card.billing_increment)
        ),
    ]);
    row(&[
        "Kind",
        "Country",
        "Phone",
        "Per minute",
        "Per call",
        "As of",
        "Source",
    ]);
    // Each card's rates, when each option has its own.
    let cards = match &card.pay_per_minute {
        Some(own) => vec![card, own.as_ref()],
        None => vec![card],
    };
    let mut seen = Vec::new();
    for (c, card) in cards.into_iter().enumerate() {
        for line in scenario.groups.iter().flat_map(|g| &g.usage) {
            let key = (c, line.kind, line.country, line.phone);
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let rate = card
                .country(line.country)
                .and_then(|c| c.rates.get(line.kind, line.phone));
            let (per_minute, per_call) =
                rate.map_or(("not available".into(), String::new()), |r| {
                    (
                        r.per_minute.normalize().to_string(),
                        r.per_call.normalize().to_string(),
                    )
                });
            row(&[
                text::kind(lang, line.kind),
                &line.country.label(),
                text::phone(lang, line.phone),
                &per_minute,
                &per_call,
                &card.as_of,
                &card.name,
            ]);
        }
    }
    row(&[]);

    row(&["Line items"]);
    row(&[
        "Option",
        "Group",
        "Item",
        "Calls",
        "Billed minutes per call",
        "Billed minutes",
        "Included minutes",
        "Pool minutes",
        "Charged minutes",
        "Rate per minute",
        "Amount",
    ]);
    for option in [&quote.per_user, &quote.pay_per_minute] {
        let side = text::side(lang, option.side);
        let priced = match &option.outcome {
            Outcome::Priced(priced) => priced,
            Outcome::Unavailable { reason } => {
                row(&[
                    side,
                    "",
                    &text::unavailable(lang, *reason, quote.tenant_country),
                ]);
                continue;
            }
        };
        let group_name = |g: usize| text::scenario_group_name(lang, scenario, g);
        for item in &priced.licence_items {
            let billed = match item.side {
                Side::PerUser => "licences",
                Side::PayPerMinute => "organizers (pay-per-minute fee)",
            };
            let what = format!(
                "{} {billed} x {}",
                item.licences,
                plain_money(item.price, currency)
            );
            row(&[
                side,
                &group_name(item.group),
                &what,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                &plain_money(item.amount, currency),
            ]);
        }
        for item in &priced.usage_items {
            row(&[
                side,
                &group_name(item.group),
                &text::line_label(lang, item.kind, item.country, item.phone),
                &plain_minutes(item.calls),
                &plain_minutes(item.billed_minutes_per_call),
                &plain_minutes(item.billed_minutes),
                &plain_minutes(item.included_minutes),
                &plain_minutes(item.pool_minutes),
                &plain_minutes(item.charged_minutes),
                &item.rate.map_or("not available".into(), |r| {
                    r.per_minute.normalize().to_string()
                }),
                &item
                    .amount
                    .map_or("not priced".into(), |a| plain_money(a, currency)),
            ]);
        }
    }
    row(&[]);

    row(&[
        "Totals",
        "Monthly",
        "Term (months)",
        "Term total",
        "Currency",
    ]);
    let term = quote.term_months.to_string();
    for option in [&quote.per_user, &quote.pay_per_minute] {
        match option.priced() {
            Some(p) => row(&[
                text::side(lang, option.side),
                &plain_money(p.monthly, currency),
                &term,
                &plain_money(p.term_total, currency),
                currency,
            ]),
            None => row(&[
                text::side(lang, option.side),
                "not available",
                &term,
                "not available",
                currency,
            ]),
        }
    }
    match &quote.mixed {
        Some(mix) => row(&[
            "Best mix",
            &plain_money(mix.monthly, currency),
            &term,
            &plain_money(mix.term_total, currency),
            currency,
        ]),
        None => row(&[
            "Best mix",
            "not available",
            &term,
            "not available",
            currency,
        ]),
    }
    row(&["Best mix groups", &summary.mix]);
    row(&["Verdict", &summary.verdict]);
    row(&["Savings", &summary.savings]);
    row(&["Break-even", &summary.break_even]);
    if let Some(pool) = &summary.pool {
        row(&["Pool", pool]);
    }
    for warning in &summary.warnings {
        row(&["Warning", warning]);
    }
    for credits in &summary.credits {
        row(&["Communications Credits", credits]);
    }
    for assumption in text::assumptions(lang, card, text::Assumed::of(scenario)) {
        row(&["Assumption", &assumption]);
    }
    write_rows(rows)
}
