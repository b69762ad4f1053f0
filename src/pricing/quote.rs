//! The quote: both options priced line by line, the verdict, the break-even and the warnings.

use rust_decimal::Decimal;
use serde::Serialize;

use super::break_even::{break_even, BreakEven, CostCurve, PooledTerm};
use super::country::CountryCode;
use super::country_rules::{rules, CountryRules};
use super::credits::{credits_plan, CreditsPlan};
use super::mix::{best_mix, Mix};
use super::money::{round_money, round_up_to_increment, term_total};
use super::offers::{Billing, Offer, OfferPreset, PoolBasis, PoolCoverage};
use super::rate_card::{Availability, AvailabilityNote, CountryRates, Purchase, Rate, RateCard};
use super::scenario::{
    Basis, CallRounding, Channel, Field, Group, PhoneType, Problem, ProblemKind, Scenario, Side,
    UsageKind, UsageLine,
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Quote {
    pub currency: String,
    pub term_months: u32,
    pub tenant_country: CountryCode,
    pub per_user: OptionQuote,
    pub pay_per_minute: OptionQuote,
    pub verdict: Verdict,
    pub break_even: BreakEven,
    /// The cheapest assignment of groups to the two options; `None` when neither can be bought.
    pub mixed: Option<Mix>,
    /// Billed phone minutes per organizer per month today (all lines, all groups).
    pub minutes_per_organizer: Decimal,
    pub warnings: Vec<Warning>,
}

impl Quote {
    /// Both monthly totals with every line's calls multiplied by `scale` (1.2 = 20 % more
    /// usage), from the cost curves, which equal the engine's totals (tests/properties.rs).
    pub fn totals_at(&self, scale: Decimal) -> (Option<Decimal>, Option<Decimal>) {
        let at = |o: &OptionQuote| o.priced().and_then(|p| p.curve.at(scale));
        (at(&self.per_user), at(&self.pay_per_minute))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OptionQuote {
    pub side: Side,
    pub preset: OfferPreset,
    pub outcome: Outcome,
    /// What the option draws on Communications Credits and how to fund it; `None` when it is
    /// not priced or the tenant can't have Communications Credits.
    pub credits: Option<CreditsPlan>,
}

impl OptionQuote {
    pub fn priced(&self) -> Option<&Priced> {
        match &self.outcome {
            Outcome::Priced(priced) => Some(priced.as_ref()),
            Outcome::Unavailable { .. } => None,
        }
    }

    pub fn monthly(&self) -> Option<Decimal> {
        self.priced().map(|p| p.monthly)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Outcome {
    Priced(Box<Priced>),
    /// The offer can't be bought in the tenant's country: nothing is priced.
    Unavailable {
        reason: Unavailable,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unavailable {
    NotSold,
    PayPerMinuteOnly,
    NoCommunicationsCredits,
    /// Pay-per-minute is sold to Volume Licensing customers only.
    NotVolumeLicensing,
    /// The "dial-out to USA/CAN" licence is not sold in the tenant's country.
    LicenceNotSoldHere,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Priced {
    pub licence_items: Vec<LicenceItem>,
    pub usage_items: Vec<LineItem>,
    pub pool: Option<PoolUse>,
    pub licences: Decimal,
    pub usage: Decimal,
    pub monthly: Decimal,
    pub term_total: Decimal,
    /// Monthly cost as the whole call mix is scaled: what the break-even solves on.
    pub curve: CostCurve,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LicenceItem {
    pub group: usize,
    pub side: Side,
    pub charge: LicenceCharge,
    /// Licences billed: purchased ones for a subscription, organizers for pay-per-minute.
    pub licences: u32,
    pub price: Decimal,
    pub amount: Decimal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LicenceCharge {
    /// The option's licence (or pay-per-minute's fee, if the agreement has one).
    Licence,
    /// The US/Canada dial-out add-on, per organizer, whatever the option.
    UsCanAddOn,
}

/// What covers a line's minutes without a per-minute charge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Inclusion {
    /// Toll dial-in, included in the per-user licence.
    Licence,
    /// Dial-out to US and Canada numbers, covered by the group's add-on.
    UsCanAddOn,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LineItem {
    pub group: usize,
    pub line: usize,
    /// The part of the line made by organizers who already own a licence: priced on the
    /// licence's terms whatever the group's option.
    pub owned: bool,
    pub kind: UsageKind,
    pub country: CountryCode,
    pub phone: PhoneType,
    /// Calls per month for the whole group.
    pub calls: Decimal,
    /// The average call length rounded up to the billing increment.
    pub billed_minutes_per_call: Decimal,
    pub billed_minutes: Decimal,
    /// Minutes included without a per-minute charge, and what includes them.
    pub included_minutes: Decimal,
    pub included_by: Option<Inclusion>,
    /// Dial-out minutes the tenant pool covers (its share of the pool, see the assumptions).
    pub pool_minutes: Decimal,
    pub charged_minutes: Decimal,
    pub rate: Option<Rate>,
    /// `None`: the line can't be priced (see `problem`) and is left out of the total.
    pub amount: Option<Decimal>,
    pub problem: Option<LineProblem>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineProblem {
    NoTollNumbers,
    NoTollFreeNumbers,
    NoRate,
    NoCommunicationsCredits,
    /// Customers buying from China have no dial-out from meetings.
    NoDialOutForTenant,
    /// Customers buying from China have no toll-free numbers.
    NoTollFreeForTenant,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PoolUse {
    /// Licences counted, those already owned included.
    pub licences: u32,
    /// The tenant's country kept the complimentary dial-out period's pool (see country_rules).
    pub complimentary: bool,
    pub minutes_per_licence: Decimal,
    pub covers: PoolCoverage,
    pub counts: PoolBasis,
    pub size: Decimal,
    /// Dial-out minutes to destinations the pool covers.
    pub eligible: Decimal,
    pub used: Decimal,
    /// used / size, `None` for an empty pool.
    pub share_used: Option<Decimal>,
    /// Where the option's monthly total can really fall, when the pool covers only part of
    /// lines with different costs: Microsoft draws it in call order, so the bill depends on
    /// which calls come first. `None` when the order can't matter (all covered, one cost) or
    /// the uncovered part can't be priced.
    pub total_range: Option<TotalRange>,
}

/// The monthly total with the pool spent on the dearest eligible minutes first (`low`) and on
/// the cheapest first (`high`); any order of the same calls costs in between.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TotalRange {
    pub low: Decimal,
    pub high: Decimal,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Verdict {
    Cheaper {
        side: Side,
        monthly_savings: Decimal,
        term_savings: Decimal,
        percent: Decimal,
    },
    Equal,
    OnlyAvailable {
        side: Side,
    },
    NeitherAvailable,
    /// Both options are priced, but not for the same calls: these lines are priced by one
    /// option only (a missing rate, say), so the totals can't be compared and no winner,
    /// saving, break-even or best mix is stated.
    Unequal {
        lines: Vec<OneSided>,
    },
}

/// A usage line only one option prices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct OneSided {
    pub group: usize,
    pub line: usize,
    pub priced_by: Side,
}

impl Verdict {
    /// The option the page marks as the one to take: the cheaper, or the only one sold.
    pub fn favours(&self) -> Option<Side> {
        match self {
            Verdict::Cheaper { side, .. } | Verdict::OnlyAvailable { side } => Some(*side),
            Verdict::Equal | Verdict::NeitherAvailable | Verdict::Unequal { .. } => None,
        }
    }

    /// True when both totals describe the same calls and can be set against each other.
    pub fn comparable(&self) -> bool {
        !matches!(self, Verdict::Unequal { .. })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// Something Microsoft documents about the tenant country that qualifies the answer.
    CountryNote {
        country: CountryCode,
        note: AvailabilityNote,
    },
    Unavailable {
        side: Side,
        reason: Unavailable,
        country: CountryCode,
    },
    LineNotPriced {
        group: usize,
        line: usize,
        country: CountryCode,
        problem: LineProblem,
        /// The one total the line is left out of; `None`: left out of every total priced.
        left_out_of: Option<Side>,
    },
    /// The channel is not known: pay-per-minute is priced, but only Volume Licensing buys it.
    ChannelUnconfirmed,
    /// The tenant's country kept the complimentary dial-out pool, with no Communications Credits.
    ComplimentaryDialOut { country: CountryCode },
    /// Toll-free dial-in is billed from Communications Credits and stops at a zero balance.
    TollFreeStopsAtZero,
}

/// What decides what the tenant can buy and how it is billed.
pub(super) struct Tenant<'a> {
    pub country: CountryCode,
    pub availability: &'a Availability,
    pub rules: CountryRules,
    pub channel: Channel,
}

/// The tenant once the scenario is valid for the card.
fn checked<'a>(scenario: &Scenario, card: &'a RateCard) -> Result<Tenant<'a>, Vec<Problem>> {
    let problems = scenario.validate(card);
    if !problems.is_empty() {
        return Err(problems);
    }
    let availability = card
        .country(scenario.tenant_country)
        .and_then(|c| c.availability.as_ref())
        .ok_or_else(|| {
            vec![Problem {
                field: Field::TenantCountry,
                kind: ProblemKind::UnknownTenantCountry,
            }]
        })?;
    Ok(Tenant {
        country: scenario.tenant_country,
        availability,
        rules: rules(scenario.tenant_country),
        channel: scenario.channel,
    })
}

/// Prices one assignment of groups to sides (`assignment[g]` is group g's), the way Best mix
/// prices each candidate: for scripts that try a mix of their own, and to check the optimiser.
pub fn price_assignment(
    scenario: &Scenario,
    card: &RateCard,
    assignment: &[Side],
) -> Result<Outcome, Vec<Problem>> {
    let tenant = checked(scenario, card)?;
    let groups = scenario.groups.len();
    if assignment.len() != groups {
        return Err(vec![Problem {
            field: Field::Groups,
            kind: ProblemKind::Count {
                min: groups,
                max: groups,
            },
        }]);
    }
    Ok(price(
        scenario,
        &tenant,
        &measure(scenario, card, &tenant),
        assignment,
        &card.currency,
    ))
}

/// Prices a scenario. Errors are the validation problems, each tied to its field.
pub fn quote(scenario: &Scenario, card: &RateCard) -> Result<Quote, Vec<Problem>> {
    let tenant = checked(scenario, card)?;
    let measured = measure(scenario, card, &tenant);
    let option = |side: Side| {
        let outcome = price(
            scenario,
            &tenant,
            &measured,
            &vec![side; scenario.groups.len()],
            &card.currency,
        );
        let credits = match &outcome {
            Outcome::Priced(p) if tenant.availability.communications_credits => {
                Some(credits_plan(p.usage, &card.currency))
            }
            _ => None,
        };
        OptionQuote {
            side,
            preset: side.offer(scenario).preset,
            outcome,
            credits,
        }
    };
    let mut per_user = option(Side::PerUser);
    // The range the call order spans, for the licence's pool only: Best mix prices many
    // candidates through `price` and shows none of their ranges.
    if let Outcome::Priced(p) = &mut per_user.outcome {
        if let Some(pool) = &mut p.pool {
            pool.total_range = total_range(&p.usage_items, pool.size, p.monthly);
        }
    }
    let pay_per_minute = option(Side::PayPerMinute);

    let organizers: Decimal = scenario
        .groups
        .iter()
        .map(|g| Decimal::from(g.organizers))
        .sum();
    let minutes: Decimal = measured.iter().map(|m| m.billed).sum();
    let minutes_per_organizer = minutes / organizers;

    let one_sided = one_sided(&per_user, &pay_per_minute);
    let break_even = match (per_user.priced(), pay_per_minute.priced()) {
        _ if !one_sided.is_empty() => BreakEven::Unequal,
        (Some(l), Some(p)) if !minutes.is_zero() => {
            break_even(&l.curve, &p.curve, minutes_per_organizer)
        }
        (Some(_), Some(_)) => BreakEven::NoUsage,
        _ => BreakEven::NotApplicable,
    };
    let (mixed, verdict) = if one_sided.is_empty() {
        (
            best_mix(
                scenario,
                &tenant,
                &measured,
                &per_user,
                &pay_per_minute,
                &card.currency,
            ),
            verdict(
                &per_user,
                &pay_per_minute,
                scenario.term_months,
                &card.currency,
            ),
        )
    } else {
        (None, Verdict::Unequal { lines: one_sided })
    };
    let warnings = warnings(&tenant, &per_user, &pay_per_minute);

    Ok(Quote {
        currency: card.currency.to_string(),
        term_months: scenario.term_months,
        tenant_country: scenario.tenant_country,
        per_user,
        pay_per_minute,
        verdict,
        break_even,
        mixed,
        minutes_per_organizer,
        warnings,
    })
}

/// The lines one option prices and the other leaves out, when both are priced.
fn one_sided(per_user: &OptionQuote, pay_per_minute: &OptionQuote) -> Vec<OneSided> {
    let (Some(l), Some(p)) = (per_user.priced(), pay_per_minute.priced()) else {
        return Vec::new();
    };
    l.usage_items
        .iter()
        .zip(&p.usage_items)
        .filter(|(a, b)| a.amount.is_some() != b.amount.is_some())
        .map(|(a, _)| OneSided {
            group: a.group,
            line: a.line,
            priced_by: if a.amount.is_some() {
                Side::PerUser
            } else {
                Side::PayPerMinute
            },
        })
        .collect()
}

fn unavailable(offer: &Offer, tenant: &Tenant) -> Option<Unavailable> {
    match (offer.billing(), tenant.availability.purchase) {
        (_, Purchase::NotSold) => Some(Unavailable::NotSold),
        (Billing::Subscription, Purchase::PayPerMinuteOnly) => Some(Unavailable::PayPerMinuteOnly),
        (Billing::Subscription, _)
            if offer.preset == OfferPreset::DialOutUsCan && tenant.rules.no_us_can_licence =>
        {
            Some(Unavailable::LicenceNotSoldHere)
        }
        (Billing::PayPerMinute, _) if !tenant.channel.sells_pay_per_minute() => {
            Some(Unavailable::NotVolumeLicensing)
        }
        (Billing::PayPerMinute, _) if !tenant.availability.communications_credits => {
            Some(Unavailable::NoCommunicationsCredits)
        }
        _ => None,
    }
}

fn pool_covers(covers: PoolCoverage, destination: &CountryRates) -> bool {
    match covers {
        PoolCoverage::ZoneA => destination.zone_a,
        PoolCoverage::UsCanada => matches!(destination.code.as_str(), "US" | "CA"),
        PoolCoverage::None => false,
    }
}

/// Why a line's service doesn't exist at all, whatever the offer.
fn service_problem(
    kind: UsageKind,
    country: Option<&CountryRates>,
    tenant: &CountryRules,
) -> Option<LineProblem> {
    let availability = country.and_then(|c| c.availability.as_ref());
    match kind {
        UsageKind::DialOut if tenant.no_dial_out_or_toll_free => {
            Some(LineProblem::NoDialOutForTenant)
        }
        UsageKind::TollFreeDialIn if tenant.no_dial_out_or_toll_free => {
            Some(LineProblem::NoTollFreeForTenant)
        }
        UsageKind::TollDialIn if !availability.is_some_and(|a| a.toll_numbers) => {
            Some(LineProblem::NoTollNumbers)
        }
        UsageKind::TollFreeDialIn if !availability.is_some_and(|a| a.toll_free_numbers) => {
            Some(LineProblem::NoTollFreeNumbers)
        }
        _ => None,
    }
}

/// What a usage line is whatever the offer: measured once, priced by each option.
pub(super) struct Measured<'a> {
    pub group: usize,
    line: usize,
    /// Made by organizers who own a licence already: priced on the per-user licence's terms.
    pub owned: bool,
    /// Dial-out to US or Canada by a group with the add-on: covered whatever the option.
    add_on: bool,
    pub usage: &'a UsageLine,
    destination: Option<&'a CountryRates>,
    pub calls: Decimal,
    per_call: Decimal,
    pub billed: Decimal,
    /// The rate each option is priced at (by [`Side`]): each from its own card.
    rates: [Option<Rate>; 2],
    service: Option<LineProblem>,
}

/// How an offer treats a measured line.
pub(super) struct LineTerms {
    /// Toll dial-in the licence includes.
    pub included: bool,
    /// Why the line can't be priced at all.
    pub problem: Option<LineProblem>,
    /// Dial-out the offer's pool may cover.
    pub eligible: bool,
}

impl Measured<'_> {
    pub(super) fn rate(&self, side: Side) -> Option<Rate> {
        self.rates[side as usize]
    }

    pub(super) fn terms(&self, scenario: &Scenario, side: Side) -> LineTerms {
        let offer = side.offer(scenario);
        let kind = self.usage.kind;
        let included = self.inclusion(offer).is_some();
        // Whether the pool covers a minute depends on where it goes, not on the card: a line
        // without a rate still draws on the pool, and only what the pool leaves needs a rate
        // (`price` flags that part).
        let eligible = self.service.is_none()
            && !self.add_on
            && kind == UsageKind::DialOut
            && self
                .destination
                .is_some_and(|d| pool_covers(offer.pool_covers, d));
        let problem = self.service.or_else(|| {
            (!included && !eligible && self.rate(side).is_none()).then_some(LineProblem::NoRate)
        });
        LineTerms {
            included,
            problem,
            eligible,
        }
    }

    fn inclusion(&self, offer: &Offer) -> Option<Inclusion> {
        if self.service.is_some() {
            None
        } else if self.add_on {
            Some(Inclusion::UsCanAddOn)
        } else if self.usage.kind == UsageKind::TollDialIn && offer.toll_dial_in_included {
            Some(Inclusion::Licence)
        } else {
            None
        }
    }

    /// The offer whose terms price this line when its group is on `side`.
    pub(super) fn side(&self, side: Side) -> Side {
        if self.owned {
            Side::PerUser
        } else {
            side
        }
    }
}

/// Billed minutes per call from the average call length, as `rounding` says.
fn billed_per_call(minutes: Decimal, increment: Decimal, rounding: CallRounding) -> Decimal {
    let rounded = round_up_to_increment(minutes, increment);
    match rounding {
        CallRounding::ExactAverage => rounded,
        // Each call rounded up on its own adds half an increment on average; no call of any
        // length is billed below one increment, so never less than the average rounded up.
        CallRounding::Varied if minutes.is_zero() => rounded,
        CallRounding::Varied => rounded.max(minutes + increment / Decimal::TWO),
    }
}

/// Every line once, or, in a group where some organizers own a licence, twice: the owned
/// organizers' share (in proportion to the organizers) and the deciding organizers' share.
pub(super) fn measure<'a>(
    scenario: &'a Scenario,
    card: &'a RateCard,
    tenant: &Tenant,
) -> Vec<Measured<'a>> {
    let mut measured = Vec::new();
    for (g, group) in scenario.groups.iter().enumerate() {
        let organizers = Decimal::from(group.organizers);
        let owned = Decimal::from(group.licences_owned);
        for (l, usage) in group.usage.iter().enumerate() {
            let destination = card.country(usage.country);
            let calls = usage.total_calls(group.organizers);
            let per_call = billed_per_call(
                usage.minutes_per_call,
                card.billing_increment,
                scenario.rounding,
            );
            // A logged line's minutes as billed, else calls x billed minutes per call.
            let billed = usage.billed_minutes.unwrap_or(calls * per_call);
            let add_on = group.us_can_add_on
                && usage.kind == UsageKind::DialOut
                && matches!(usage.country.as_str(), "US" | "CA");
            // The owners' share: exact per organizer, else in proportion; the others' is what
            // is left, so the two parts add up to the line. A line of one part is left whole
            // (its figures, scale included, as without owners).
            let parts = if group.licences_owned == 0 {
                vec![(false, calls, billed)]
            } else if group.deciding() == 0 {
                vec![(true, calls, billed)]
            } else {
                let (owned_calls, owned_billed) =
                    if usage.basis == Basis::PerOrganizer && usage.billed_minutes.is_none() {
                        let calls = usage.calls * owned;
                        (calls, calls * per_call)
                    } else {
                        (calls * owned / organizers, billed * owned / organizers)
                    };
                vec![
                    (true, owned_calls, owned_billed),
                    (false, calls - owned_calls, billed - owned_billed),
                ]
            };
            // What a call bills, shown per line: a log's minutes spread over its calls.
            let per_call = match usage.billed_minutes {
                Some(b) if !calls.is_zero() => b / calls,
                Some(b) => b,
                None => per_call,
            };
            for (owned, calls_part, billed_part) in parts {
                measured.push(Measured {
                    group: g,
                    line: l,
                    owned,
                    add_on,
                    usage,
                    destination,
                    calls: calls_part,
                    per_call,
                    billed: billed_part,
                    rates: [Side::PerUser, Side::PayPerMinute].map(|side| {
                        let own = card.for_side(side).country(usage.country);
                        own.and_then(|c| c.rates.get(usage.kind, usage.phone))
                    }),
                    service: service_problem(usage.kind, destination, &tenant.rules),
                });
            }
        }
    }
    measured
}

/// The licences of a group on an offer, counted for its price and for its pool.
pub(super) struct LicenceCount {
    /// Licences billed: the purchased ones for a subscription; for pay-per-minute, which has
    /// no licences, the organizers (its fee, if the agreement has one, is per organizer).
    pub billed: u32,
    /// Licences that add to the offer's pool: purchased, or assigned (one per organizer).
    pub pooled: u32,
}

/// The one licence-count rule, shared by the quote and the best mix's estimate: the estimate
/// picks the right assignments to price only if it counts licences as `price` does.
/// Licences already owned are counted by `owned_licences`, not here.
pub(super) fn licence_count(offer: &Offer, group: &Group) -> LicenceCount {
    LicenceCount {
        billed: match offer.billing() {
            Billing::Subscription => group.licences(),
            Billing::PayPerMinute => group.deciding(),
        },
        pooled: match offer.pool_counts {
            PoolBasis::Purchased => group.licences(),
            PoolBasis::Assigned => group.deciding(),
        },
    }
}

/// Licences owned across the tenant: they add to the per-user option's pool whatever the
/// groups' options, as Microsoft counts every Audio Conferencing licence.
pub(super) fn owned_licences(scenario: &Scenario) -> u32 {
    scenario.groups.iter().map(|g| g.licences_owned).sum()
}

/// Minutes each counted licence adds to `offer`'s pool in the tenant's country, and whether
/// that is the complimentary period's pool (see country_rules).
pub(super) fn pool_minutes(offer: &Offer, tenant: &Tenant) -> (Decimal, bool) {
    match tenant.rules.complimentary_pool() {
        Some(minutes)
            if offer.billing() == Billing::Subscription
                && offer.pool_covers == PoolCoverage::ZoneA =>
        {
            (minutes, true)
        }
        _ => (offer.pool_minutes, false),
    }
}

/// A usage line as one assignment prices it: its line item, filled in step by step, and the
/// side whose pool may cover it.
struct PricedLine {
    item: LineItem,
    /// `None`: no pool may cover the line (not dial-out, or to a destination not covered).
    pooled_by: Option<Side>,
}

/// Prices every group on the side `assignment` gives it. The pool of each side is shared by all
/// of that side's groups and spread over its eligible lines in proportion to their minutes.
pub(super) fn price(
    scenario: &Scenario,
    tenant: &Tenant,
    measured: &[Measured],
    assignment: &[Side],
    currency: &str,
) -> Outcome {
    for side in assignment {
        if let Some(reason) = unavailable(side.offer(scenario), tenant) {
            return Outcome::Unavailable { reason };
        }
    }
    let licence_items = licence_items(scenario, assignment);
    let mut lines = priced_lines(scenario, measured, assignment);
    let mut pool = None;
    let mut pooled = Vec::new();
    for side in [Side::PerUser, Side::PayPerMinute] {
        let (side_pool, term) = share_pool(scenario, assignment, side, &mut lines, tenant);
        // A pure option has at most one side, so at most one pool.
        pool = pool.or(side_pool);
        pooled.extend(term);
    }
    let mut usage = Decimal::ZERO;
    // What the lines no pool may cover cost: the part of the curve linear in the scale.
    let mut linear = Decimal::ZERO;
    for line in &mut lines {
        if let Some(amount) = charge(&mut line.item, tenant.availability) {
            usage += amount;
            if line.pooled_by.is_none() {
                linear += amount;
            }
        }
    }

    let licences: Decimal = licence_items.iter().map(|i| i.amount).sum();
    let monthly = licences + usage;
    Outcome::Priced(Box::new(Priced {
        licence_items,
        usage_items: lines.into_iter().map(|line| line.item).collect(),
        pool,
        licences,
        usage,
        monthly,
        term_total: term_total(monthly, scenario.term_months, currency),
        curve: CostCurve {
            fixed: licences,
            per_scale: linear,
            pooled,
        },
    }))
}

/// Each group's licences on its side, and its add-on.
fn licence_items(scenario: &Scenario, assignment: &[Side]) -> Vec<LicenceItem> {
    let mut items = Vec::new();
    for ((g, group), &side) in scenario.groups.iter().enumerate().zip(assignment) {
        let offer = side.offer(scenario);
        let mut item = |charge, licences: u32, price: Decimal| {
            items.push(LicenceItem {
                group: g,
                side,
                charge,
                licences,
                price,
                amount: Decimal::from(licences) * price,
            })
        };
        // Pay-per-minute has no licences: an item only for a fee per organizer, if the
        // agreement has one. Nothing to buy when every organizer owns a licence.
        let fee_free = offer.billing() == Billing::PayPerMinute && offer.price.is_zero();
        let licences = licence_count(offer, group).billed;
        if !fee_free && licences > 0 {
            item(LicenceCharge::Licence, licences, offer.price);
        }
        // The add-on is per organizer, owned licence or not.
        if group.us_can_add_on && !scenario.us_can_add_on_price.is_zero() {
            item(
                LicenceCharge::UsCanAddOn,
                group.organizers,
                scenario.us_can_add_on_price,
            );
        }
    }
    items
}

/// Each measured line under its group's side, before any pool or charge.
fn priced_lines(
    scenario: &Scenario,
    measured: &[Measured],
    assignment: &[Side],
) -> Vec<PricedLine> {
    measured
        .iter()
        .map(|m| {
            let side = m.side(assignment[m.group]);
            let offer = side.offer(scenario);
            let LineTerms {
                included,
                problem,
                eligible,
            } = m.terms(scenario, side);
            PricedLine {
                item: LineItem {
                    group: m.group,
                    line: m.line,
                    owned: m.owned,
                    kind: m.usage.kind,
                    country: m.usage.country,
                    phone: m.usage.phone,
                    calls: m.calls,
                    billed_minutes_per_call: m.per_call,
                    billed_minutes: m.billed,
                    included_minutes: if included { m.billed } else { Decimal::ZERO },
                    included_by: m.inclusion(offer),
                    pool_minutes: Decimal::ZERO,
                    charged_minutes: Decimal::ZERO,
                    rate: m.rate(side),
                    amount: None,
                    problem,
                },
                pooled_by: eligible.then_some(side),
            }
        })
        .collect()
}

/// The items of the lines `side`'s pool may cover.
fn pooled_by(lines: &mut [PricedLine], side: Side) -> impl Iterator<Item = &mut LineItem> {
    lines
        .iter_mut()
        .filter(move |line| line.pooled_by == Some(side))
        .map(|line| &mut line.item)
}

/// Spreads `side`'s pool over the lines it may cover (their `pool_minutes`). Returns the pool
/// as the quote shows it (`None`: the side has none) and its term of the cost curve (`None`:
/// the pool covers nothing that costs).
fn share_pool(
    scenario: &Scenario,
    assignment: &[Side],
    side: Side,
    lines: &mut [PricedLine],
    tenant: &Tenant,
) -> (Option<PoolUse>, Option<PooledTerm>) {
    let offer = side.offer(scenario);
    let owned = match side {
        Side::PerUser => owned_licences(scenario),
        Side::PayPerMinute => 0,
    };
    let counted: u32 = owned
        + scenario
            .groups
            .iter()
            .zip(assignment)
            .filter(|(_, s)| **s == side)
            .map(|(group, _)| licence_count(offer, group).pooled)
            .sum::<u32>();
    let (per_licence, complimentary) = pool_minutes(offer, tenant);
    let size = Decimal::from(counted) * per_licence;
    let eligible: Decimal = pooled_by(lines, side).map(|item| item.billed_minutes).sum();
    let used = size.min(eligible);
    let mut term = None;
    if !eligible.is_zero() {
        let all_covered = used == eligible;
        for item in pooled_by(lines, side) {
            // Covered in full, or a share in proportion to the line's minutes.
            item.pool_minutes = if all_covered {
                item.billed_minutes
            } else {
                used * item.billed_minutes / eligible
            };
        }
        // The pool makes its lines free until the mix is scaled past size / eligible; beyond
        // that they cost what they would cost without a pool, if they can be billed at all:
        // with no rate, or no Communications Credits, what the pool leaves is not priced
        // (`charge`), at any scale.
        let per_scale: Decimal = if tenant.availability.communications_credits {
            pooled_by(lines, side)
                .filter_map(|item| {
                    item.rate
                        .map(|r| cost(r, item.billed_minutes, item.calls, item.billed_minutes))
                })
                .sum()
        } else {
            Decimal::ZERO
        };
        term = (!per_scale.is_zero()).then(|| PooledTerm {
            per_scale,
            free_until: size / eligible,
        });
    }
    // No pool where the tenant has no dial-out from meetings at all (customers buying from China).
    let has_pool = counted > 0
        && offer.pool_covers != PoolCoverage::None
        && !per_licence.is_zero()
        && !tenant.rules.no_dial_out_or_toll_free;
    let pool = has_pool.then(|| PoolUse {
        licences: counted,
        complimentary,
        minutes_per_licence: per_licence,
        covers: offer.pool_covers,
        counts: offer.pool_counts,
        size,
        eligible,
        used,
        share_used: (!size.is_zero()).then(|| used / size),
        total_range: None,
    });
    (pool, term)
}

/// Bills what the licence and the pool leave of a line (its charged minutes), or says why
/// that can't be priced. The line's amount, `None` when it is left out.
fn charge(item: &mut LineItem, tenant: &Availability) -> Option<Decimal> {
    if item.problem.is_some() {
        return None;
    }
    // Subtract only what is there: Decimal arithmetic dominates a quote's time.
    item.charged_minutes = if !item.included_minutes.is_zero() {
        item.billed_minutes - item.included_minutes
    } else if item.pool_minutes.is_zero() {
        item.billed_minutes
    } else {
        item.billed_minutes - item.pool_minutes
    };
    let charged = !item.charged_minutes.is_zero() && item.charged_minutes.is_sign_positive();
    if !tenant.communications_credits && charged {
        item.problem = Some(LineProblem::NoCommunicationsCredits);
        return None;
    }
    let amount = match item.rate {
        Some(r) => cost(r, item.billed_minutes, item.calls, item.charged_minutes),
        // Nothing is billed per minute (included, or all in the pool): no rate needed.
        None if !charged => Decimal::ZERO,
        // What the pool leaves of a line with no rate can't be priced.
        None => {
            item.problem = Some(LineProblem::NoRate);
            return None;
        }
    };
    item.amount = Some(amount);
    item.amount
}

/// The range of `monthly` over the orders in which a pool of `size` minutes can be drawn by
/// the lines it covers (those with pool minutes). Each line's minutes cost the same (its rate,
/// plus its connection charges spread over its minutes), so spending the pool on the dearest
/// minutes first gives the lowest bill and on the cheapest first the highest; every call order
/// lies in between.
fn total_range(items: &[LineItem], size: Decimal, monthly: Decimal) -> Option<TotalRange> {
    let mut eligible = Vec::new();
    let mut estimate = Decimal::ZERO;
    for item in items.iter().filter(|i| !i.pool_minutes.is_zero()) {
        // A line the estimate left unpriced has no cost to order by.
        let (Some(rate), Some(amount)) = (item.rate, item.amount) else {
            return None;
        };
        let per_minute =
            cost(rate, item.billed_minutes, item.calls, item.billed_minutes) / item.billed_minutes;
        eligible.push((per_minute, item.billed_minutes));
        estimate += amount;
    }
    let total: Decimal = eligible.iter().map(|(_, m)| *m).sum();
    let first = eligible.first().map(|(u, _)| *u);
    if size >= total || eligible.iter().all(|(u, _)| Some(*u) == first) {
        return None;
    }
    eligible.sort_by_key(|(per_minute, _)| std::cmp::Reverse(*per_minute));
    let uncovered_cost = |order: &mut dyn Iterator<Item = &(Decimal, Decimal)>| {
        let mut left = size;
        order
            .map(|(per_minute, minutes)| {
                let covered = left.min(*minutes);
                left -= covered;
                (*minutes - covered) * *per_minute
            })
            .sum::<Decimal>()
    };
    let rest = monthly - estimate;
    Some(TotalRange {
        low: rest + uncovered_cost(&mut eligible.iter()),
        high: rest + uncovered_cost(&mut eligible.iter().rev()),
    })
}

/// What a line costs when `charged` of its `billed` minutes are billed per minute. Connection
/// charges follow the minutes: calls the licence or the pool covers pay none, a line partly
/// covered pays for the same share of its calls as of its minutes, and calls of no billed
/// minutes pay nothing.
pub(crate) fn cost(rate: Rate, billed: Decimal, calls: Decimal, charged: Decimal) -> Decimal {
    let minutes = charged * rate.per_minute;
    if rate.per_call.is_zero() || billed.is_zero() {
        minutes
    } else if charged == billed {
        minutes + calls * rate.per_call
    } else {
        minutes + calls * charged / billed * rate.per_call
    }
}

/// The verdict on the monthly totals as billed (to the minor unit), so that the savings are the
/// difference of the totals shown, and two totals shown alike are equal.
fn verdict(
    per_user: &OptionQuote,
    pay_per_minute: &OptionQuote,
    term_months: u32,
    currency: &str,
) -> Verdict {
    let billed = |option: &OptionQuote| option.monthly().map(|m| round_money(m, currency));
    match (billed(per_user), billed(pay_per_minute)) {
        (Some(l), Some(p)) if l == p => Verdict::Equal,
        (Some(l), Some(p)) => {
            let (side, cheap, dear) = if l < p {
                (Side::PerUser, l, p)
            } else {
                (Side::PayPerMinute, p, l)
            };
            let monthly_savings = dear - cheap;
            Verdict::Cheaper {
                side,
                monthly_savings,
                term_savings: monthly_savings * Decimal::from(term_months),
                percent: monthly_savings * Decimal::ONE_HUNDRED / dear,
            }
        }
        (Some(_), None) => Verdict::OnlyAvailable {
            side: Side::PerUser,
        },
        (None, Some(_)) => Verdict::OnlyAvailable {
            side: Side::PayPerMinute,
        },
        (None, None) => Verdict::NeitherAvailable,
    }
}

fn warnings(tenant: &Tenant, per_user: &OptionQuote, ppm: &OptionQuote) -> Vec<Warning> {
    let country = tenant.country;
    let mut warnings = Vec::new();
    warnings.extend(
        tenant
            .availability
            .notes
            .iter()
            .map(|&note| Warning::CountryNote { country, note }),
    );
    // Said where the licence's pool is the complimentary one (not for the USA/CAN licence,
    // whose pool is not).
    let complimentary = per_user
        .priced()
        .and_then(|p| p.pool.as_ref())
        .is_some_and(|pool| pool.complimentary);
    if complimentary {
        warnings.push(Warning::ComplimentaryDialOut { country });
    }
    if tenant.channel == Channel::NotSure && ppm.priced().is_some() {
        warnings.push(Warning::ChannelUnconfirmed);
    }
    let toll_free_billed = [per_user, ppm]
        .iter()
        .filter_map(|o| o.priced())
        .flat_map(|p| &p.usage_items)
        .any(|i| i.kind == UsageKind::TollFreeDialIn && i.amount.is_some_and(|a| !a.is_zero()));
    if toll_free_billed {
        warnings.push(Warning::TollFreeStopsAtZero);
    }
    for option in [per_user, ppm] {
        if let Outcome::Unavailable { reason } = option.outcome {
            // Said once when both options fail for the same reason (nothing is sold there).
            let said = warnings
                .iter()
                .any(|w| matches!(w, Warning::Unavailable { reason: r, .. } if *r == reason));
            if !said {
                warnings.push(Warning::Unavailable {
                    side: option.side,
                    reason,
                    country,
                });
            }
        }
    }
    // Each line left out, in the call mix's order (both options list the same lines in it),
    // once when every total priced leaves it out for the same reason, else per total.
    let priced: Vec<(Side, &Priced)> = [per_user, ppm]
        .into_iter()
        .filter_map(|o| o.priced().map(|p| (o.side, p)))
        .collect();
    let lines = priced.first().map_or(0, |(_, p)| p.usage_items.len());
    for i in 0..lines {
        let left_out: Vec<(Side, &LineItem, LineProblem)> = priced
            .iter()
            .filter_map(|(side, p)| {
                let item = &p.usage_items[i];
                item.problem.map(|problem| (*side, item, problem))
            })
            .collect();
        let everywhere = left_out.len() == priced.len()
            && left_out.windows(2).all(|pair| pair[0].2 == pair[1].2);
        for &(side, item, problem) in left_out
            .iter()
            .take(if everywhere { 1 } else { usize::MAX })
        {
            let warning = Warning::LineNotPriced {
                group: item.group,
                line: item.line,
                country: item.country,
                problem,
                left_out_of: (!everywhere).then_some(side),
            };
            // A line split between owned and deciding organizers is said once.
            if !warnings.contains(&warning) {
                warnings.push(warning);
            }
        }
    }
    warnings
}
