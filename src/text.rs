//! The words the page and the CLI show for the engine's results (English).

use rust_decimal::Decimal;

use crate::format;
use crate::io::rate_import::ImportProblem;
use crate::pricing::quote::PoolUse;
use crate::pricing::{
    Basis, BreakEven, CountryCode, LineProblem, Mix, OfferPreset, OptionQuote, PhoneType,
    PoolBasis, PoolCoverage, Quote, RateCard, Scenario, Side, Unavailable, UsageKind, Verdict,
    Warning,
};

pub fn kind(kind: UsageKind) -> &'static str {
    match kind {
        UsageKind::TollDialIn => "Toll dial-in",
        UsageKind::TollFreeDialIn => "Toll-free dial-in",
        UsageKind::DialOut => "Dial-out",
    }
}

pub fn phone(phone: PhoneType) -> &'static str {
    match phone {
        PhoneType::Wireline => "Wireline",
        PhoneType::Wireless => "Mobile",
    }
}

pub fn basis(basis: Basis) -> &'static str {
    match basis {
        Basis::PerOrganizer => "per organizer",
        Basis::Total => "in total",
    }
}

pub fn side(side: Side) -> &'static str {
    match side {
        Side::PerUser => "Per-user licence",
        Side::PayPerMinute => "Pay-per-minute",
    }
}

fn side_lower(side: Side) -> &'static str {
    match side {
        Side::PerUser => "the per-user licence",
        Side::PayPerMinute => "pay-per-minute",
    }
}

pub fn offer(preset: OfferPreset) -> &'static str {
    match preset {
        OfferPreset::AudioConferencing => "Audio Conferencing (per user)",
        OfferPreset::DialOutUsCan => "Audio Conferencing with dial-out to USA/CAN",
        OfferPreset::PayPerMinute => "Pay-per-minute",
    }
}

/// "Dial-out to United Kingdom (GB), mobile": what a usage line is.
pub fn line_label(kind: UsageKind, country: CountryCode, phone: PhoneType) -> String {
    let place = country.label();
    match kind {
        UsageKind::TollDialIn => format!("Toll dial-in from {place}"),
        UsageKind::TollFreeDialIn => format!(
            "Toll-free dial-in from {place}, {}",
            self::phone(phone).to_lowercase()
        ),
        UsageKind::DialOut => format!("Dial-out to {place}, {}", self::phone(phone).to_lowercase()),
    }
}

pub fn term(months: u32) -> String {
    if months == 1 {
        "1 month".into()
    } else {
        format!("{months} months")
    }
}

fn money_or_not_available(amount: Option<Decimal>, currency: &str) -> String {
    amount.map_or_else(|| "Not available".into(), |m| format::money(m, currency))
}

/// The monthly total as shown in `total-per-user` / `total-ppm`.
pub fn monthly_total(option: &OptionQuote, currency: &str) -> String {
    money_or_not_available(option.monthly(), currency)
}

pub fn term_total(option: &OptionQuote, currency: &str) -> String {
    money_or_not_available(option.priced().map(|p| p.term_total), currency)
}

pub fn verdict(quote: &Quote) -> String {
    let country = quote.tenant_country.name();
    match &quote.verdict {
        Verdict::Cheaper { side, .. } => {
            let mut text = format!("{} is cheaper.", capitalise(side_lower(*side)));
            if *side == Side::PerUser {
                text.push_str(
                    " The licence fee buys included toll dial-in and pooled dial-out minutes.",
                );
            } else {
                text.push_str(
                    " At this usage, what the licence includes is worth less than its fee.",
                );
            }
            text
        }
        Verdict::Equal => "Both options cost the same at this usage.".into(),
        Verdict::OnlyAvailable { side } => {
            format!(
                "Only {} can be bought in {country}: there is nothing to compare.",
                side_lower(*side)
            )
        }
        Verdict::NeitherAvailable => format!("Audio Conferencing can't be bought in {country}."),
    }
}

/// What the cheaper option saves, as shown in `savings`.
pub fn savings(quote: &Quote) -> String {
    match &quote.verdict {
        Verdict::Cheaper {
            monthly_savings,
            term_savings,
            percent,
            ..
        } => format!(
            "{} a month ({}), {} over {}",
            format::money(*monthly_savings, &quote.currency),
            format::percent(*percent),
            format::money(*term_savings, &quote.currency),
            term(quote.term_months)
        ),
        Verdict::Equal => format!("{} a month", format::money(Decimal::ZERO, &quote.currency)),
        Verdict::OnlyAvailable { .. } | Verdict::NeitherAvailable => "No saving to compare".into(),
    }
}

pub fn break_even(quote: &Quote) -> String {
    let today = format::minutes(quote.minutes_per_organizer);
    match &quote.break_even {
        BreakEven::NotApplicable => {
            "No break-even: only one option (or none) can be bought here.".into()
        }
        BreakEven::NoUsage => "Add phone usage to see where the per-user licence pays off.".into(),
        BreakEven::SameCost => "Both options cost the same at any usage of this call mix.".into(),
        BreakEven::Always {
            side: Side::PerUser,
        } => {
            format!("The per-user licence is never dearer, at any usage of this call mix (today: {today} minutes per organizer per month).")
        }
        BreakEven::Always {
            side: Side::PayPerMinute,
        } => {
            format!("The per-user licence never pays off for this call mix, however much it grows (today: {today} minutes per organizer per month).")
        }
        BreakEven::Crossings { points } => {
            let parts: Vec<String> = points
                .iter()
                .map(|c| {
                    let at = format::minutes(c.minutes_per_organizer);
                    match c.cheaper_above {
                        Side::PerUser => format!("the per-user licence pays off above {at} phone minutes per organizer per month"),
                        Side::PayPerMinute => format!("pay-per-minute is cheaper above {at} phone minutes per organizer per month"),
                    }
                })
                .collect();
            format!("{} (today: {today}).", capitalise(&parts.join("; ")))
        }
    }
}

/// How the best mix splits the groups and what it saves, as shown in `mix-detail`.
pub fn mix(mix: &Mix, scenario: &Scenario, currency: &str) -> String {
    if scenario.groups.len() == 1 {
        return "With one group the best mix is the cheaper option. Add a group to mix the two."
            .into();
    }
    if mix.is_pure() {
        let side = mix.assignment.first().map_or("", |s| side_lower(*s));
        return format!("Every group on {side}: no mix costs less.");
    }
    let names = |side: Side| {
        scenario
            .groups
            .iter()
            .zip(&mix.assignment)
            .filter(|(_, s)| **s == side)
            .map(|(g, _)| g.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    // Both options are sold when the mix is real, so both savings exist.
    let saves = |amount: Option<Decimal>| format::money(amount.unwrap_or_default(), currency);
    format!(
        "Per-user licence: {}. Pay-per-minute: {}. Saves {} a month against the per-user licence and {} against pay-per-minute.",
        names(Side::PerUser),
        names(Side::PayPerMinute),
        saves(mix.saves_against_per_user),
        saves(mix.saves_against_ppm),
    )
}

pub fn unavailable(reason: Unavailable, country: CountryCode) -> String {
    let name = country.name();
    match reason {
        Unavailable::NotSold => format!("Microsoft doesn't sell Audio Conferencing in {name}."),
        Unavailable::PayPerMinuteOnly => {
            format!("{name} can buy pay-per-minute only: the per-user licence isn't sold there.")
        }
        Unavailable::NoCommunicationsCredits => format!(
            "Communications Credits aren't available in {name}, so pay-per-minute (and any per-minute billing) can't be bought there."
        ),
    }
}

pub fn line_problem(problem: LineProblem, country: CountryCode) -> String {
    let name = country.name();
    match problem {
        LineProblem::NoTollNumbers => format!("Microsoft lists no toll dial-in numbers in {name}"),
        LineProblem::NoTollFreeNumbers => format!("Microsoft lists no toll-free numbers in {name}"),
        LineProblem::NoRate => "the rate card has no rate for this call".into(),
        LineProblem::NoCommunicationsCredits => {
            "these minutes need Communications Credits, which the tenant's country doesn't have"
                .into()
        }
    }
}

pub fn warning(warning: &Warning, scenario: &Scenario) -> String {
    match warning {
        Warning::CountryNote { country, note } => format!("{}: {note}", country.name()),
        Warning::Unavailable {
            reason, country, ..
        } => unavailable(*reason, *country),
        Warning::LineNotPriced {
            group,
            line,
            country,
            problem,
        } => {
            let what = scenario
                .groups
                .get(*group)
                .and_then(|g| g.usage.get(*line))
                .map_or_else(String::new, |l| line_label(l.kind, l.country, l.phone));
            let group = match scenario.groups.get(*group) {
                Some(g) if scenario.groups.len() > 1 => format!("{}, ", g.name),
                _ => String::new(),
            };
            format!(
                "{group}line {} ({what}): {}; left out of the total.",
                line + 1,
                line_problem(*problem, *country)
            )
        }
    }
}

pub fn pool(pool: &PoolUse) -> String {
    let covers = match pool.covers {
        PoolCoverage::ZoneA => "Zone A numbers",
        PoolCoverage::UsCanada => "US and Canada numbers",
        PoolCoverage::None => "no numbers",
    };
    let basis = match pool.counts {
        PoolBasis::Purchased => "purchased",
        PoolBasis::Assigned => "assigned",
    };
    let share = pool.share_used.map_or_else(String::new, |s| {
        format!(" ({})", format::percent(s * Decimal::ONE_HUNDRED))
    });
    format!(
        "Dial-out pool: {} minutes a month ({} {basis} licences x {}) for {covers}; {} used{share}, {} eligible.",
        format::minutes(pool.size),
        format::group_digits(&pool.licences.to_string()),
        format::minutes(pool.minutes_per_licence),
        format::minutes(pool.used),
        format::minutes(pool.eligible),
    )
}

pub fn rate_card_notice(card: &RateCard) -> String {
    if card.sample {
        format!(
            "Sample rates, not Microsoft's price list: {} ({}, as of {}). Microsoft publishes its per-minute rates only as downloadable spreadsheets; use your own rate sheet for a real quote.",
            card.name, card.currency, card.as_of
        )
    } else {
        format!(
            "Rates: {} ({}, as of {}), your own card. Availability and Zone A are Microsoft's documented facts.",
            card.name, card.currency, card.as_of
        )
    }
}

/// What every quote takes for granted, in the order a reader needs it.
pub fn assumptions(card: &RateCard, tenant: CountryCode) -> Vec<String> {
    let tax = if matches!(tenant.as_str(), "US" | "PR") {
        "Prices in the United States and Puerto Rico include tax."
    } else {
        "Prices exclude tax (they include it only in the United States and Puerto Rico)."
    };
    vec![
        format!(
            "Each call is billed in tenths of a minute: its average length is rounded up to the next {} minute, then multiplied by the number of calls.",
            format::minutes(card.billing_increment)
        ),
        "Billing is per participant leg: each person who dials in or is dialled out is a call.".into(),
        "The per-user licence includes toll dial-in; toll-free dial-in and dial-out beyond the pool are billed per minute from Communications Credits.".into(),
        "The dial-out pool is shared by the whole tenant; this quote spreads it over the eligible lines in proportion to their minutes (Microsoft draws it down call by call, so per-line figures are an estimate; the total is the same).".into(),
        "Connection charges apply only to the calls billed per minute.".into(),
        "Amounts are exact to the rate's full precision; each figure is rounded to the cent only when shown, so lines may not add up to the total by a cent.".into(),
        tax.into(),
    ]
}

/// The notice when a host's rate card (an embed's `rates`) was read but isn't a valid card.
pub fn host_rates_rejected(name: &str, problems: &[ImportProblem]) -> String {
    let first = problems
        .first()
        .map_or_else(String::new, |p| format!(": {p}"));
    format!(
        "The host's rate card {name} couldn't be used ({} problem{}{first}). Showing the built-in sample rates.",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    )
}

/// The notice when a host's rate card couldn't be fetched at all.
pub fn host_rates_unreachable(url: &str, why: &str) -> String {
    format!(
        "The host's rate card {url} couldn't be loaded ({why}). Showing the built-in sample rates."
    )
}

pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Every headline string the page shows for a quote, keyed like its `data-testid`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Summary {
    pub total_per_user: String,
    pub total_ppm: String,
    pub term_per_user: String,
    pub term_ppm: String,
    pub total_mixed: String,
    pub term_mixed: String,
    pub mix: String,
    pub verdict: String,
    pub savings: String,
    pub break_even: String,
    pub pool: Option<String>,
    pub warnings: Vec<String>,
}

impl Summary {
    pub fn new(quote: &Quote, scenario: &Scenario) -> Self {
        let currency = quote.currency.as_str();
        Summary {
            total_per_user: monthly_total(&quote.per_user, currency),
            total_ppm: monthly_total(&quote.pay_per_minute, currency),
            term_per_user: term_total(&quote.per_user, currency),
            term_ppm: term_total(&quote.pay_per_minute, currency),
            total_mixed: money_or_not_available(quote.mixed.as_ref().map(|m| m.monthly), currency),
            term_mixed: money_or_not_available(
                quote.mixed.as_ref().map(|m| m.term_total),
                currency,
            ),
            mix: quote.mixed.as_ref().map_or_else(
                || "Neither option can be bought here.".into(),
                |m| mix(m, scenario, currency),
            ),
            verdict: verdict(quote),
            savings: savings(quote),
            break_even: break_even(quote),
            pool: quote
                .per_user
                .priced()
                .and_then(|p| p.pool.as_ref())
                .map(pool),
            warnings: quote
                .warnings
                .iter()
                .map(|w| warning(w, scenario))
                .collect(),
        }
    }
}
