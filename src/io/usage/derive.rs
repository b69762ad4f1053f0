//! From the tally to the calculator: usage lines per group for one month, with the user's
//! choices (which bridge numbers are toll-free, the share of mobiles, the grouping), and the
//! reconciliation of what Microsoft charged with what a rate card says for the same calls.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::tally::{days_in_month, Cell, Dial, GroupLabel, GroupTally, Period};
use super::{Capability, Choices, Grouping, TollClass, UsageSummary};
use crate::i18n::{Lang, Msg};
use crate::pricing::quote::cost;
use crate::pricing::scenario::limits::{MAX_DECIMALS, MAX_NAME_CHARS, MAX_USAGE_LINES};
use crate::pricing::scenario::SCENARIO_VERSION;
use crate::pricing::{
    Basis, CallRounding, Channel, CountryCode, Group, Offer, OfferPreset, PhoneType, RateCard,
    Scenario, UsageKind, UsageLine,
};

/// A bridge's class: the user's, else its pre-fill.
fn class(summary: &UsageSummary, choices: &Choices, bridge: u16) -> TollClass {
    let i = usize::from(bridge);
    choices
        .bridges
        .get(i)
        .copied()
        .or_else(|| summary.bridges.get(i).map(|b| b.prefill))
        .unwrap_or(TollClass::Toll)
}

/// One line of the call mix as the file counts it, over its whole period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MixLine {
    pub kind: UsageKind,
    pub country: CountryCode,
    pub phone: PhoneType,
    pub calls: Decimal,
    pub billed_minutes: Decimal,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Derived {
    pub period: Period,
    /// The period's length in months: whole calendar months when it covers them exactly, else
    /// its days over an average month (365.25 / 12 days).
    pub months: Decimal,
    pub whole_months: bool,
    /// The call mix over the whole period, all groups together.
    pub mix: Vec<MixLine>,
    /// The scenario's groups, per month: names are the page's to word (`labels`).
    pub groups: Vec<Group>,
    pub labels: Vec<GroupLabel>,
    /// Calls on lines beyond a group's [`MAX_USAGE_LINES`] (the least used), left out.
    pub left_out_calls: Decimal,
}

/// The file's period in months, as a fraction (numerator, denominator) so that a month's share
/// is one multiplication and one division, and whether it is whole calendar months.
fn months(period: &Period) -> (Decimal, Decimal, bool) {
    let parse = |d: &str| -> Option<(u32, u32, u32)> {
        let mut it = d.split('-').map(|p| p.parse::<u32>().ok());
        Some((it.next()??, it.next()??, it.next()??))
    };
    let (Some((y1, m1, d1)), Some((y2, m2, d2))) = (parse(&period.first), parse(&period.last))
    else {
        return (Decimal::ONE, Decimal::ONE, false);
    };
    if d1 == 1 && d2 == days_in_month(y2, m2) {
        let n = (y2 * 12 + m2) - (y1 * 12 + m1) + 1;
        return (Decimal::from(n), Decimal::ONE, true);
    }
    let days = day_number(y2, m2, d2) - day_number(y1, m1, d1) + 1;
    // 365.25 / 12 = 30.4375 days in an average month.
    (Decimal::from(days), Decimal::new(304_375, 4), false)
}

/// Days since 1 March of year 0 (Hinnant's days_from_civil without the era shift).
fn day_number(y: u32, m: u32, d: u32) -> i64 {
    let (y, m, d) = (i64::from(y), i64::from(m), i64::from(d));
    let y = if m <= 2 { y - 1 } else { y };
    let mp = (m + 9) % 12;
    365 * y + y / 4 - y / 100 + y / 400 + (153 * mp + 2) / 5 + d - 1
}

fn kind_of(summary: &UsageSummary, choices: &Choices, dial: Dial) -> UsageKind {
    match dial {
        Dial::Out => UsageKind::DialOut,
        Dial::In { bridge } => match class(summary, choices, bridge) {
            TollClass::Toll => UsageKind::TollDialIn,
            TollClass::TollFree => UsageKind::TollFreeDialIn,
        },
    }
}

/// Lines of `cells` by kind and country, split by phone type, in (calls, billed minutes).
fn lines(
    summary: &UsageSummary,
    choices: &Choices,
    cells: &[Cell],
    part: impl Fn(&Cell) -> (u64, u64),
) -> Vec<MixLine> {
    let mut by_key: Vec<(UsageKind, CountryCode, u64, u64)> = Vec::new();
    for cell in cells {
        let kind = kind_of(summary, choices, cell.dial);
        let (calls, tenths) = part(cell);
        if calls == 0 {
            continue;
        }
        match by_key
            .iter_mut()
            .find(|(k, c, _, _)| *k == kind && *c == cell.country)
        {
            Some(line) => {
                line.2 += calls;
                line.3 += tenths;
            }
            None => by_key.push((kind, cell.country, calls, tenths)),
        }
    }
    let mut out = Vec::new();
    for (kind, country, calls, tenths) in by_key {
        let (calls, minutes) = (Decimal::from(calls), super::tenths(tenths));
        // Toll dial-in has one rate whatever the phone; the others split by the share.
        let share = if kind == UsageKind::TollDialIn {
            Decimal::ZERO
        } else {
            choices.mobile_share
        };
        let mobile = |x: Decimal| round4(x * share);
        for (phone, calls, minutes) in [
            (
                PhoneType::Wireline,
                calls - mobile(calls),
                minutes - mobile(minutes),
            ),
            (PhoneType::Wireless, mobile(calls), mobile(minutes)),
        ] {
            if !calls.is_zero() {
                // Without the trailing zeros the share's rounding leaves: "6", not "6.0000".
                out.push(MixLine {
                    kind,
                    country,
                    phone,
                    calls: calls.normalize(),
                    billed_minutes: minutes.normalize(),
                });
            }
        }
    }
    out.sort_by_key(|l| (l.kind as u8, l.country, l.phone as u8));
    out
}

fn round4(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(MAX_DECIMALS, RoundingStrategy::MidpointAwayFromZero)
}

/// The groups and lines for one month of the file's calls, as the choices say.
pub fn derive(summary: &UsageSummary, choices: &Choices) -> Derived {
    let (num, den, whole_months) = months(&summary.period);
    let per_month = |x: Decimal| round4(x * den / num);
    let tallies: &[GroupTally] = match choices.grouping {
        Grouping::All => &summary.all,
        Grouping::Location => &summary.by_location,
        Grouping::HeavyLight => &summary.heavy_light,
    };
    let mut left_out_calls = Decimal::ZERO;
    let mut groups = Vec::new();
    for tally in tallies {
        let mut mix = lines(summary, choices, &tally.cells, |c| (c.calls, c.tenths));
        if mix.len() > MAX_USAGE_LINES {
            mix.sort_by_key(|l| std::cmp::Reverse(l.billed_minutes));
            left_out_calls += mix
                .split_off(MAX_USAGE_LINES)
                .iter()
                .map(|l| l.calls)
                .sum::<Decimal>();
        }
        let usage = mix
            .iter()
            .map(|l| {
                usage_line(
                    l.kind,
                    l.country,
                    l.phone,
                    per_month(l.calls),
                    per_month(l.billed_minutes),
                )
            })
            .collect();
        groups.push(Group {
            name: String::new(),
            organizers: tally.organizers.max(1),
            licences_purchased: None,
            usage,
            licences_owned: 0,
            us_can_add_on: false,
        });
    }
    Derived {
        period: summary.period.clone(),
        months: num / den,
        whole_months,
        mix: lines(summary, choices, &summary.all[0].cells, |c| {
            (c.calls, c.tenths)
        }),
        groups,
        labels: tallies.iter().map(|t| t.label).collect(),
        left_out_calls,
    }
}

/// A group's name in `lang`.
pub fn group_name(lang: Lang, label: GroupLabel) -> String {
    match label {
        GroupLabel::All => lang.t(Msg::LogsGroupAll).into(),
        GroupLabel::Location(Some(code)) => lang.tf(
            Msg::LogsGroupLocation,
            &[("country", &lang.country_label(code))],
        ),
        GroupLabel::Location(None) => lang.t(Msg::LogsGroupNoLocation).into(),
        GroupLabel::OtherLocations => lang.t(Msg::LogsGroupOtherLocations).into(),
        GroupLabel::Heavy => lang.t(Msg::LogsGroupHeavy).into(),
        GroupLabel::Light => lang.t(Msg::LogsGroupLight).into(),
    }
}

impl Derived {
    /// A scenario of the derived groups, for a tenant in `tenant`, comparing the presets over a
    /// year: the call mix is the file's, the rest the user's to edit.
    pub fn scenario(&self, tenant: CountryCode, lang: Lang) -> Scenario {
        Scenario {
            version: SCENARIO_VERSION,
            tenant_country: tenant,
            per_user: Offer::preset(OfferPreset::AudioConferencing),
            pay_per_minute: Offer::preset(OfferPreset::PayPerMinute),
            term_months: 12,
            groups: self.named_groups(lang),
            channel: Channel::NotSure,
            rounding: CallRounding::default(),
            us_can_add_on_price: Decimal::ZERO,
        }
    }

    /// The groups, named in `lang`.
    pub fn named_groups(&self, lang: Lang) -> Vec<Group> {
        let mut groups = self.groups.clone();
        for (group, label) in groups.iter_mut().zip(&self.labels) {
            // A long country name can pass the scenario's limit on names.
            group.name = group_name(lang, *label)
                .chars()
                .take(MAX_NAME_CHARS)
                .collect();
        }
        groups
    }
}

/// A line of the group's total calls whose billed minutes are given.
fn usage_line(
    kind: UsageKind,
    country: CountryCode,
    phone: PhoneType,
    calls: Decimal,
    billed: Decimal,
) -> UsageLine {
    UsageLine {
        kind,
        country,
        phone,
        calls,
        // Shown only: the engine prices the billed minutes as they are.
        minutes_per_call: if calls.is_zero() {
            Decimal::ZERO
        } else {
            round4(billed / calls)
        },
        basis: Basis::Total,
        billed_minutes: Some(billed),
    }
}

/// What Microsoft charged for the calls it charged for (a charge above zero: calls the licence
/// or the pool covered cost nothing and are not compared), against what the card says for the
/// same calls, by kind and country.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reconciled {
    pub kind: UsageKind,
    pub country: CountryCode,
    pub calls: Decimal,
    pub billed_minutes: Decimal,
    pub charged: Decimal,
    /// The card's price for the same calls; `None`: the card has no rate for them.
    pub card: Option<Decimal>,
    /// The licences the file says the calls were charged under.
    pub capabilities: Vec<Capability>,
}

impl Reconciled {
    pub fn charged_per_minute(&self) -> Decimal {
        self.charged / self.billed_minutes
    }

    pub fn card_per_minute(&self) -> Option<Decimal> {
        self.card.map(|c| c / self.billed_minutes)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reconciliation {
    pub lines: Vec<Reconciled>,
    /// Totals over the lines the card prices.
    pub charged: Decimal,
    pub card: Decimal,
    /// (card - charged) / charged in percent; `None` when nothing charged is priced.
    pub percent: Option<Decimal>,
    /// A currency of the file's charges that is not the card's: no comparison is made.
    pub other_currency: Option<String>,
}

pub fn reconcile(summary: &UsageSummary, choices: &Choices, card: &RateCard) -> Reconciliation {
    let other_currency = summary
        .currencies
        .iter()
        .find(|c| **c != card.currency)
        .cloned();
    let mix = lines(summary, choices, &summary.all[0].cells, |c| {
        (c.charged_calls, c.charged_tenths)
    });
    let mut out: Vec<Reconciled> = Vec::new();
    for line in &mix {
        let rate = card
            .country(line.country)
            .and_then(|c| c.rates.get(line.kind, line.phone));
        let price = rate.map(|r| cost(r, line.billed_minutes, line.calls, line.billed_minutes));
        match out
            .iter_mut()
            .find(|r| r.kind == line.kind && r.country == line.country)
        {
            // The mobile part of a line already listed for its landlines.
            Some(r) => {
                r.calls += line.calls;
                r.billed_minutes += line.billed_minutes;
                r.card = r.card.zip(price).map(|(a, b)| a + b);
            }
            None => out.push(Reconciled {
                kind: line.kind,
                country: line.country,
                calls: line.calls,
                billed_minutes: line.billed_minutes,
                charged: Decimal::ZERO,
                card: price,
                capabilities: Vec::new(),
            }),
        }
    }
    for cell in summary.all[0].cells.iter().filter(|c| c.charged_calls > 0) {
        let kind = kind_of(summary, choices, cell.dial);
        if let Some(r) = out
            .iter_mut()
            .find(|r| r.kind == kind && r.country == cell.country)
        {
            r.charged += cell.charge;
            if !r.capabilities.contains(&cell.capability) {
                r.capabilities.push(cell.capability);
                r.capabilities.sort();
            }
        }
    }
    let priced = out.iter().filter(|r| r.card.is_some());
    let charged: Decimal = priced.clone().map(|r| r.charged).sum();
    let card_total: Decimal = priced.filter_map(|r| r.card).sum();
    Reconciliation {
        percent: (!charged.is_zero() && other_currency.is_none())
            .then(|| (card_total - charged) * Decimal::ONE_HUNDRED / charged),
        lines: out,
        charged,
        card: card_total,
        other_currency,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period(first: &str, last: &str) -> Period {
        Period {
            first: first.into(),
            last: last.into(),
        }
    }

    #[test]
    fn period_in_months() {
        // A whole calendar month, and a whole quarter.
        let avg = Decimal::new(304_375, 4);
        assert_eq!(
            months(&period("2026-11-01", "2026-11-30")),
            (Decimal::ONE, Decimal::ONE, true)
        );
        assert_eq!(
            months(&period("2026-08-01", "2026-10-31")),
            (Decimal::from(3), Decimal::ONE, true)
        );
        // 3 Nov to 30 Nov is 28 days: 28 / 30.4375 months.
        assert_eq!(
            months(&period("2026-11-03", "2026-11-30")),
            (Decimal::from(28), avg, false)
        );
        // Across a year end and a leap day: 2027-12-31 .. 2028-03-01 is 1 + 31 + 29 + 1 = 62 days.
        assert_eq!(
            months(&period("2027-12-31", "2028-03-01")).0,
            Decimal::from(62)
        );
    }
}
