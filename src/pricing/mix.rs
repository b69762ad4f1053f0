//! Best mix: which organizer groups to put on the per-user licence and which on pay-per-minute
//! so the tenant's total is lowest. The dial-out pool is shared by every licensed group, so the
//! groups are not independent: every assignment of whole groups is priced (at most
//! 2^MAX_GROUPS = 256). A group is assigned whole; to price licensing part of a group, split it
//! into two groups.

use rust_decimal::Decimal;
use serde::Serialize;

use super::money::round_money;
use super::quote::{
    cost, licence_count, owned_licences, pool_minutes, price, Measured, OptionQuote, Outcome,
    Priced, Tenant,
};
use super::scenario::{Scenario, Side};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mix {
    /// The side of each group, in the scenario's order.
    pub assignment: Vec<Side>,
    pub monthly: Decimal,
    pub term_total: Decimal,
    /// The mix line by line when it is a real mix; a pure option's are in its own quote.
    pub priced: Option<Box<Priced>>,
    /// What the mix saves a month against each pure option; `None`: that option can't be bought.
    pub saves_against_per_user: Option<Decimal>,
    pub saves_against_ppm: Option<Decimal>,
}

impl Mix {
    /// True when every group is on the same side: the mix is one of the pure options.
    pub fn is_pure(&self) -> bool {
        self.priced.is_none()
    }
}

/// The cheapest assignment; `None` when neither option can be bought.
pub(super) fn best_mix(
    scenario: &Scenario,
    tenant: &Tenant,
    measured: &[Measured],
    per_user: &OptionQuote,
    pay_per_minute: &OptionQuote,
    currency: &str,
) -> Option<Mix> {
    let pure = |option: &OptionQuote| {
        option
            .priced()
            .map(|p| (option.side, p.monthly, p.term_total))
    };
    let (l, p) = (pure(per_user), pure(pay_per_minute));
    // Ties go to pay-per-minute, as below: fewer licences to buy.
    let cheaper_pure = match (l, p) {
        (Some(l), Some(p)) => Some(if l.1 < p.1 { l } else { p }),
        (one, other) => one.or(other),
    }?;
    let groups = scenario.groups.len();
    let mixed = match (per_user.priced(), pay_per_minute.priced()) {
        (Some(l), Some(p)) if groups > 1 => cheapest(scenario, tenant, measured, l, p, currency),
        _ => None,
    };
    let (assignment, monthly, term_total, priced) = match mixed {
        Some((assignment, priced)) => (assignment, priced.monthly, priced.term_total, Some(priced)),
        None => {
            let (side, monthly, term_total) = cheaper_pure;
            (vec![side; groups], monthly, term_total, None)
        }
    };
    // What the totals shown differ by: each is billed, and shown, to the cent.
    let saves = |option: &OptionQuote| {
        option
            .monthly()
            .map(|m| round_money(m, currency) - round_money(monthly, currency))
    };
    Some(Mix {
        saves_against_per_user: saves(per_user),
        saves_against_ppm: saves(pay_per_minute),
        assignment,
        monthly,
        term_total,
        priced,
    })
}

/// What one group adds to a side's total: a fixed part, and the dial-out the side's pool may
/// cover (its minutes and what they cost uncovered).
#[derive(Clone, Copy, Default)]
struct GroupTerms {
    fixed: Decimal,
    pool_size: Decimal,
    eligible_minutes: Decimal,
    eligible_cost: Decimal,
}

/// Each group's terms on `side` (its owned organizers' lines left to `owned_terms`).
fn group_terms(
    scenario: &Scenario,
    tenant: &Tenant,
    measured: &[Measured],
    side: Side,
) -> Vec<GroupTerms> {
    let offer = side.offer(scenario);
    let per_licence = pool_minutes(offer, tenant).0;
    let terms: Vec<GroupTerms> = scenario
        .groups
        .iter()
        .map(|group| {
            let licences = licence_count(offer, group);
            let add_on = if group.us_can_add_on {
                Decimal::from(group.organizers) * scenario.us_can_add_on_price
            } else {
                Decimal::ZERO
            };
            GroupTerms {
                fixed: Decimal::from(licences.billed) * offer.price + add_on,
                pool_size: Decimal::from(licences.pooled) * per_licence,
                ..GroupTerms::default()
            }
        })
        .collect();
    add_lines(
        terms,
        measured.iter().filter(|m| !m.owned),
        scenario,
        side,
        |m| m.group,
    )
}

/// What the owned organizers add to the per-user side whatever the assignment: their licences'
/// pool and their lines, on the licence's terms.
fn owned_terms(scenario: &Scenario, tenant: &Tenant, measured: &[Measured]) -> GroupTerms {
    let offer = &scenario.per_user;
    let base = GroupTerms {
        pool_size: Decimal::from(owned_licences(scenario)) * pool_minutes(offer, tenant).0,
        ..GroupTerms::default()
    };
    let owned = measured.iter().filter(|m| m.owned);
    let [terms] = add_lines([base], owned, scenario, Side::PerUser, |_| 0);
    terms
}

/// Adds each line's cost on `side` to the terms `slot` picks for it.
fn add_lines<'a, T: AsMut<[GroupTerms]>>(
    mut terms: T,
    lines: impl Iterator<Item = &'a Measured<'a>>,
    scenario: &Scenario,
    side: Side,
    slot: impl Fn(&Measured) -> usize,
) -> T {
    for m in lines {
        let line = m.terms(scenario, side);
        if line.problem.is_some() {
            continue;
        }
        let t = &mut terms.as_mut()[slot(m)];
        let full_cost = m
            .rate(side)
            .map(|rate| cost(rate, m.billed, m.calls, m.billed));
        if line.eligible {
            // A line with no rate still draws on the pool.
            t.eligible_minutes += m.billed;
            t.eligible_cost += full_cost.unwrap_or_default();
        } else if !line.included {
            t.fixed += full_cost.unwrap_or_default();
        }
    }
    terms
}

impl GroupTerms {
    fn plus(self, other: &GroupTerms) -> GroupTerms {
        GroupTerms {
            fixed: self.fixed + other.fixed,
            pool_size: self.pool_size + other.pool_size,
            eligible_minutes: self.eligible_minutes + other.eligible_minutes,
            eligible_cost: self.eligible_cost + other.eligible_cost,
        }
    }

    /// What the groups together cost on their side: the fixed part, and the eligible dial-out
    /// the shared pool leaves uncovered. Equal to `price`'s total but for the last digits of
    /// its divisions.
    fn total(&self) -> Decimal {
        if self.pool_size < self.eligible_minutes {
            // The ratio first keeps the product within Decimal's range at the largest inputs.
            let covered = self.pool_size / self.eligible_minutes;
            self.fixed + self.eligible_cost - self.eligible_cost * covered
        } else {
            self.fixed
        }
    }
}

/// The terms of every subset of groups (bit g of the index: group g in it), each built from a
/// smaller subset with one addition.
fn subset_terms(terms: &[GroupTerms]) -> Vec<GroupTerms> {
    let mut subsets = vec![GroupTerms::default(); 1 << terms.len()];
    for mask in 1..subsets.len() {
        let lowest = mask.trailing_zeros() as usize;
        subsets[mask] = subsets[mask & (mask - 1)].plus(&terms[lowest]);
    }
    subsets
}

/// Both options can be bought (so the tenant has Communications Credits and every line is
/// priced on either side): estimate every assignment from the group terms, then price line by
/// line the few whose estimate is within rounding of the lowest, and keep the exact cheapest.
/// `None` when that is a pure option. Ties go to fewer groups on the licence.
fn cheapest(
    scenario: &Scenario,
    tenant: &Tenant,
    measured: &[Measured],
    per_user: &Priced,
    pay_per_minute: &Priced,
    currency: &str,
) -> Option<(Vec<Side>, Box<Priced>)> {
    let groups = scenario.groups.len();
    let all = (1usize << groups) - 1;
    let licensed = subset_terms(&group_terms(scenario, tenant, measured, Side::PerUser));
    let per_minute = subset_terms(&group_terms(scenario, tenant, measured, Side::PayPerMinute));
    let owned = owned_terms(scenario, tenant, measured);
    // Bit g of a mask set: group g on the licence.
    let estimates: Vec<Decimal> = (0..=all)
        .map(|mask| owned.plus(&licensed[mask]).total() + per_minute[all ^ mask].total())
        .collect();
    let lowest = estimates.iter().copied().min()?;
    // Rounding in the estimate and in `price` is below 1e-20 of the total.
    let margin = lowest.abs().max(Decimal::ONE) * Decimal::new(1, 18);
    let mut best: Option<(Decimal, u32, usize, Option<Box<Priced>>)> = None;
    for (mask, estimate) in estimates.into_iter().enumerate() {
        if estimate > lowest + margin {
            continue;
        }
        let (monthly, priced) = match mask {
            0 => (pay_per_minute.monthly, None),
            m if m == all => (per_user.monthly, None),
            _ => match price(
                scenario,
                tenant,
                measured,
                &assignment(mask, groups),
                currency,
            ) {
                Outcome::Priced(priced) => (priced.monthly, Some(priced)),
                Outcome::Unavailable { .. } => continue,
            },
        };
        let on_licence = mask.count_ones();
        let better = best
            .as_ref()
            .is_none_or(|(m, fewest, ..)| (monthly, on_licence) < (*m, *fewest));
        if better {
            best = Some((monthly, on_licence, mask, priced));
        }
    }
    let (_, _, mask, priced) = best?;
    priced.map(|priced| (assignment(mask, groups), priced))
}

fn assignment(mask: usize, groups: usize) -> Vec<Side> {
    (0..groups)
        .map(|g| {
            if mask >> g & 1 == 1 {
                Side::PerUser
            } else {
                Side::PayPerMinute
            }
        })
        .collect()
}
