//! The words the page and the CLI show for the engine's results, in the reader's language
//! (the catalogues in i18n/).

use std::borrow::Cow;

use rust_decimal::Decimal;

use crate::embed::HostRatesProblem;
use crate::i18n::{Lang, Msg};
use crate::io::import_problem::{ImportSummary, SaidBy};
use crate::pricing::money::round_money;
use crate::pricing::presets::Preset;
use crate::pricing::quote::PoolUse;
use crate::pricing::scenario::ProblemKind;
use crate::pricing::{
    AvailabilityNote, Basis, BreakEven, CallRounding, Channel, CountryCode, CreditsPlan, Group,
    LineProblem, Mix, OfferPreset, OptionQuote, Outcome, PhoneType, PoolBasis, PoolCoverage, Quote,
    Rate, RateCard, Scenario, SheetFor, Side, Unavailable, UsageKind, Verdict, Warning,
    SAMPLE_ANCHOR,
};
use crate::share::LinkError;

pub fn kind(lang: Lang, kind: UsageKind) -> &'static str {
    lang.t(match kind {
        UsageKind::TollDialIn => Msg::KindTollDialIn,
        UsageKind::TollFreeDialIn => Msg::KindTollFreeDialIn,
        UsageKind::DialOut => Msg::KindDialOut,
    })
}

pub fn phone(lang: Lang, phone: PhoneType) -> &'static str {
    lang.t(match phone {
        PhoneType::Wireline => Msg::PhoneWireline,
        PhoneType::Wireless => Msg::PhoneWireless,
    })
}

pub fn basis(lang: Lang, basis: Basis) -> &'static str {
    lang.t(match basis {
        Basis::PerOrganizer => Msg::BasisPerOrganizer,
        Basis::Total => Msg::BasisTotal,
    })
}

pub fn side(lang: Lang, side: Side) -> &'static str {
    lang.t(match side {
        Side::PerUser => Msg::SidePerUser,
        Side::PayPerMinute => Msg::SidePayPerMinute,
    })
}

fn side_lower(lang: Lang, side: Side) -> &'static str {
    lang.t(match side {
        Side::PerUser => Msg::SidePerUserLower,
        Side::PayPerMinute => Msg::SidePayPerMinuteLower,
    })
}

pub fn offer(lang: Lang, preset: OfferPreset) -> &'static str {
    lang.t(match preset {
        OfferPreset::AudioConferencing => Msg::OfferAudioConferencing,
        OfferPreset::DialOutUsCan => Msg::OfferDialOutUsCan,
        OfferPreset::PayPerMinute => Msg::OfferPayPerMinute,
    })
}

/// The offer as the licence select names it: what tells it from the other choice, short
/// enough for a phone.
pub fn offer_choice(lang: Lang, preset: OfferPreset) -> &'static str {
    lang.t(match preset {
        OfferPreset::AudioConferencing => Msg::OfferChoiceAudioConferencing,
        OfferPreset::DialOutUsCan => Msg::OfferChoiceDialOutUsCan,
        OfferPreset::PayPerMinute => Msg::OfferPayPerMinute,
    })
}

pub fn channel(lang: Lang, channel: Channel) -> &'static str {
    lang.t(match channel {
        Channel::NotSure => Msg::ChannelNotSure,
        Channel::VolumeLicensing => Msg::ChannelVolumeLicensing,
        Channel::CloudSolutionProvider => Msg::ChannelCloudSolutionProvider,
        Channel::CustomerAgreement => Msg::ChannelCustomerAgreement,
    })
}

pub fn rounding(lang: Lang, rounding: CallRounding) -> &'static str {
    lang.t(match rounding {
        CallRounding::Varied => Msg::RoundingVaried,
        CallRounding::ExactAverage => Msg::RoundingExactAverage,
    })
}

/// A preset's name, and what it assumes.
pub fn preset(lang: Lang, preset: Preset) -> (&'static str, &'static str) {
    let (name, assumes) = match preset {
        Preset::Example => (Msg::PresetExampleName, Msg::PresetExampleAssumes),
        Preset::UsOnly => (Msg::PresetUsOnlyName, Msg::PresetUsOnlyAssumes),
        Preset::EmeaSales => (Msg::PresetEmeaSalesName, Msg::PresetEmeaSalesAssumes),
        Preset::GlobalSupport => (
            Msg::PresetGlobalSupportName,
            Msg::PresetGlobalSupportAssumes,
        ),
    };
    (lang.t(name), lang.t(assumes))
}

/// "Dial-out to United Kingdom (GB), mobile": what a usage line is.
pub fn line_label(lang: Lang, kind: UsageKind, country: CountryCode, phone: PhoneType) -> String {
    let place = lang.country_label(country);
    let phone_text = lang.t(match phone {
        PhoneType::Wireline => Msg::LinePhoneWireline,
        PhoneType::Wireless => Msg::LinePhoneWireless,
    });
    let msg = match kind {
        // From a mobile only where a card has that rate of its own (the select says so).
        UsageKind::TollDialIn if phone == PhoneType::Wireless => Msg::LineTollDialInPhone,
        UsageKind::TollDialIn => Msg::LineTollDialIn,
        UsageKind::TollFreeDialIn => Msg::LineTollFreeDialIn,
        UsageKind::DialOut => Msg::LineDialOut,
    };
    lang.tf(msg, &[("place", &place), ("phone", phone_text)])
}

pub fn term(lang: Lang, months: u32) -> String {
    if months == 1 {
        lang.t(Msg::TermOneMonth).into()
    } else {
        lang.tf(Msg::TermMonths, &[("n", &months.to_string())])
    }
}

fn money_or_not_available(lang: Lang, amount: Option<Decimal>, currency: &str) -> String {
    amount.map_or_else(
        || lang.t(Msg::NotAvailable).into(),
        |m| lang.money(m, currency),
    )
}

/// The monthly total as shown in `total-per-user` / `total-ppm`.
pub fn monthly_total(lang: Lang, option: &OptionQuote, currency: &str) -> String {
    money_or_not_available(lang, option.monthly(), currency)
}

pub fn term_total(lang: Lang, option: &OptionQuote, currency: &str) -> String {
    money_or_not_available(lang, option.priced().map(|p| p.term_total), currency)
}

/// Why each option (per-user licence, pay-per-minute) can't be bought; `None`: it can.
fn unavailable_reasons(quote: &Quote) -> [Option<Unavailable>; 2] {
    [&quote.per_user, &quote.pay_per_minute].map(|o| match o.outcome {
        Outcome::Unavailable { reason } => Some(reason),
        Outcome::Priced(_) => None,
    })
}

pub fn verdict(lang: Lang, quote: &Quote, scenario: &Scenario) -> String {
    let country = lang.country(quote.tenant_country);
    match &quote.verdict {
        Verdict::Cheaper {
            side: Side::PerUser,
            ..
        } => lang.t(Msg::VerdictPerUser).into(),
        Verdict::Cheaper {
            side: Side::PayPerMinute,
            ..
        } => lang.t(Msg::VerdictPayPerMinute).into(),
        Verdict::Equal => lang.t(Msg::VerdictEqual).into(),
        Verdict::OnlyAvailable { side } => {
            // The other option's reason: the way the tenant buys, or the country.
            let msg = match unavailable_reasons(quote) {
                [_, Some(Unavailable::NotVolumeLicensing)] => Msg::VerdictOnlyChannel,
                _ => Msg::VerdictOnly,
            };
            lang.tf(
                msg,
                &[("option", side_lower(lang, *side)), ("country", &country)],
            )
        }
        Verdict::NeitherAvailable => match unavailable_reasons(quote) {
            [Some(Unavailable::NotSold), Some(Unavailable::NotSold)] => {
                lang.tf(Msg::VerdictNeither, &[("country", &country)])
            }
            // Each option for its own reason (the licence not sold here, no Credits, ...).
            reasons => {
                let said: Vec<String> = reasons
                    .into_iter()
                    .flatten()
                    .map(|r| unavailable(lang, r, quote.tenant_country))
                    .collect();
                format!("{} {}", lang.t(Msg::VerdictNeitherOptions), said.join(" "))
            }
        },
        Verdict::Unequal { lines } => {
            let lines: Vec<String> = lines
                .iter()
                .map(|one| {
                    lang.tf(
                        Msg::VerdictUnequalLine,
                        &[
                            ("line", &line_ref(lang, scenario, one.group, one.line)),
                            ("option", side_lower(lang, one.priced_by)),
                        ],
                    )
                })
                .collect();
            lang.tf(Msg::VerdictUnequal, &[("lines", &lines.join("; "))])
        }
    }
}

/// A group's name as shown: the one the user typed, else a name in the reader's language
/// ("All organizers" for a tenant's only group, else "Group 2"). The engine and the link keep
/// an unnamed group's name empty, so it follows the page's language.
pub fn group_name(lang: Lang, name: &str, index: usize, only: bool) -> Cow<'_, str> {
    if !name.trim().is_empty() {
        Cow::Borrowed(name)
    } else if only {
        Cow::Borrowed(lang.t(Msg::GroupAllOrganizers))
    } else {
        Cow::Owned(lang.tf(Msg::GroupDefaultName, &[("n", &(index + 1).to_string())]))
    }
}

/// Group `index` of `scenario`, named as `group_name` shows it.
pub fn scenario_group_name(lang: Lang, scenario: &Scenario, index: usize) -> Cow<'_, str> {
    let name = scenario.groups.get(index).map_or("", |g| g.name.as_str());
    group_name(lang, name, index, scenario.groups.len() == 1)
}

/// "line 3", or "Sales, line 3" when there are several groups.
fn line_ref(lang: Lang, scenario: &Scenario, group: usize, line: usize) -> String {
    let line = lang.tf(Msg::LineRef, &[("n", &(line + 1).to_string())]);
    match scenario.groups.get(group) {
        Some(_) if scenario.groups.len() > 1 => {
            format!("{}, {line}", scenario_group_name(lang, scenario, group))
        }
        _ => line,
    }
}

/// The verdict in a few words, for the results bar: which option is cheaper and by how much a
/// month; any other verdict is already short.
pub fn short_verdict(lang: Lang, quote: &Quote, scenario: &Scenario) -> String {
    match &quote.verdict {
        Verdict::Cheaper {
            side,
            monthly_savings,
            ..
        } => {
            let msg = match side {
                Side::PerUser => Msg::BarPerUserCheaper,
                Side::PayPerMinute => Msg::BarPpmCheaper,
            };
            lang.tf(
                msg,
                &[("amount", &lang.money(*monthly_savings, &quote.currency))],
            )
        }
        Verdict::Unequal { .. } => lang.t(Msg::CompareUnequal).into(),
        _ => verdict(lang, quote, scenario),
    }
}

/// What the cheaper option saves, as shown in `savings`.
pub fn savings(lang: Lang, quote: &Quote) -> String {
    let currency = quote.currency.as_str();
    match &quote.verdict {
        Verdict::Cheaper {
            monthly_savings,
            term_savings,
            percent,
            ..
        } => lang.tf(
            Msg::Savings,
            &[
                ("monthly", &lang.money(*monthly_savings, currency)),
                ("percent", &lang.percent(*percent)),
                ("term", &lang.money(*term_savings, currency)),
                ("months", &term(lang, quote.term_months)),
            ],
        ),
        Verdict::Equal => lang.tf(
            Msg::SavingsNone,
            &[("zero", &lang.money(Decimal::ZERO, currency))],
        ),
        Verdict::OnlyAvailable { .. } | Verdict::NeitherAvailable => {
            lang.t(Msg::SavingsNothingToCompare).into()
        }
        Verdict::Unequal { .. } => lang.t(Msg::SavingsUnequal).into(),
    }
}

pub fn break_even(lang: Lang, quote: &Quote) -> String {
    let today = lang.minutes(quote.minutes_per_organizer);
    match &quote.break_even {
        BreakEven::NotApplicable => lang.t(Msg::BreakEvenNotApplicable).into(),
        BreakEven::Unequal => lang.t(Msg::BreakEvenUnequal).into(),
        BreakEven::NoUsage => lang.t(Msg::BreakEvenNoUsage).into(),
        BreakEven::SameCost => lang.t(Msg::BreakEvenSameCost).into(),
        BreakEven::Always {
            side: Side::PerUser,
        } => lang.tf(Msg::BreakEvenAlwaysLicence, &[("today", &today)]),
        BreakEven::Always {
            side: Side::PayPerMinute,
        } => lang.tf(Msg::BreakEvenNeverLicence, &[("today", &today)]),
        BreakEven::Crossings { points } => {
            let parts: Vec<String> = points
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let at = lang.minutes(c.minutes_per_organizer);
                    let msg = match (i, c.cheaper_above) {
                        (0, Side::PerUser) => Msg::BreakEvenFirstLicenceAbove,
                        (0, Side::PayPerMinute) => Msg::BreakEvenFirstPpmAbove,
                        (_, Side::PerUser) => Msg::BreakEvenLicenceAbove,
                        (_, Side::PayPerMinute) => Msg::BreakEvenPpmAbove,
                    };
                    lang.tf(msg, &[("minutes", &at)])
                })
                .collect();
            lang.tf(
                Msg::BreakEvenCrossings,
                &[("crossings", &parts.join("; ")), ("today", &today)],
            )
        }
    }
}

/// How the best mix splits the groups and what it saves, as shown in `mix-detail`.
pub fn mix(lang: Lang, mix: &Mix, scenario: &Scenario, currency: &str) -> String {
    if scenario.groups.len() == 1 {
        return lang.t(Msg::MixOneGroup).into();
    }
    if mix.is_pure() {
        let side = mix.assignment.first().map_or("", |s| side_lower(lang, *s));
        return lang.tf(Msg::MixPure, &[("option", side)]);
    }
    let names = |side: Side| {
        mix.assignment
            .iter()
            .enumerate()
            .filter(|(_, s)| **s == side)
            .map(|(g, _)| scenario_group_name(lang, scenario, g))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // Both options are sold when the mix is real, so both savings exist.
    let saves = |amount: Option<Decimal>| lang.money(amount.unwrap_or_default(), currency);
    lang.tf(
        Msg::MixDetail,
        &[
            ("licensed", &names(Side::PerUser)),
            ("per_minute", &names(Side::PayPerMinute)),
            ("against_licence", &saves(mix.saves_against_per_user)),
            ("against_ppm", &saves(mix.saves_against_ppm)),
        ],
    )
}

pub fn unavailable(lang: Lang, reason: Unavailable, country: CountryCode) -> String {
    let msg = match reason {
        Unavailable::NotSold => Msg::UnavailableNotSold,
        Unavailable::PayPerMinuteOnly => Msg::UnavailablePpmOnly,
        Unavailable::NoCommunicationsCredits => Msg::UnavailableNoCredits,
        Unavailable::NotVolumeLicensing => Msg::UnavailableNotVolumeLicensing,
        Unavailable::LicenceNotSoldHere => Msg::UnavailableLicenceNotSoldHere,
    };
    lang.tf(msg, &[("country", &lang.country(country))])
}

pub fn country_note(lang: Lang, note: AvailabilityNote, country: CountryCode) -> String {
    let msg = match note {
        AvailabilityNote::TollOnRequest => Msg::NoteTollOnRequest,
        AvailabilityNote::TollNonGeographic => Msg::NoteTollNonGeographic,
        AvailabilityNote::TollDomesticOnly => Msg::NoteTollDomesticOnly,
        AvailabilityNote::TollLocalOrganizations => Msg::NoteTollLocalOrganizations,
        AvailabilityNote::TollFreeOnRequest => Msg::NoteTollFreeOnRequest,
        AvailabilityNote::ChinaOutsideUsersOnly => Msg::NoteChinaOutsideUsersOnly,
        AvailabilityNote::IndiaPartnerService => Msg::NoteIndiaPartnerService,
    };
    lang.tf(msg, &[("country", &lang.country(country))])
}

pub fn line_problem(lang: Lang, problem: LineProblem, country: CountryCode) -> String {
    let msg = match problem {
        LineProblem::NoTollNumbers => Msg::LineProblemNoToll,
        LineProblem::NoTollFreeNumbers => Msg::LineProblemNoTollFree,
        LineProblem::NoRate => Msg::LineProblemNoRate,
        LineProblem::NoCommunicationsCredits => Msg::LineProblemNoCredits,
        LineProblem::NoDialOutForTenant => Msg::LineProblemNoDialOutTenant,
        LineProblem::NoTollFreeForTenant => Msg::LineProblemNoTollFreeTenant,
    };
    lang.tf(msg, &[("country", &lang.country(country))])
}

pub fn warning(lang: Lang, warning: &Warning, scenario: &Scenario) -> String {
    match warning {
        Warning::CountryNote { country, note } => country_note(lang, *note, *country),
        Warning::Unavailable {
            reason, country, ..
        } => unavailable(lang, *reason, *country),
        Warning::LineNotPriced {
            group,
            line,
            country,
            problem,
            left_out_of,
        } => {
            let what = scenario
                .groups
                .get(*group)
                .and_then(|g| g.usage.get(*line))
                .map_or_else(String::new, |l| {
                    line_label(lang, l.kind, l.country, l.phone)
                });
            let group = match scenario.groups.get(*group) {
                Some(_) if scenario.groups.len() > 1 => {
                    format!("{}: ", scenario_group_name(lang, scenario, *group))
                }
                _ => String::new(),
            };
            let msg = match left_out_of {
                None => Msg::WarningLineNotPriced,
                Some(Side::PerUser) => Msg::WarningLineNotPricedPerUser,
                Some(Side::PayPerMinute) => Msg::WarningLineNotPricedPpm,
            };
            lang.tf(
                msg,
                &[
                    ("group", &group),
                    ("line", &(line + 1).to_string()),
                    ("what", &what),
                    ("problem", &line_problem(lang, *problem, *country)),
                ],
            )
        }
        Warning::ChannelUnconfirmed => lang.t(Msg::WarningChannelUnconfirmed).into(),
        Warning::ComplimentaryDialOut { country } => lang.tf(
            Msg::WarningComplimentary,
            &[("country", &lang.country(*country))],
        ),
        Warning::TollFreeStopsAtZero => lang.t(Msg::WarningTollFreeZero).into(),
    }
}

/// The pool's size and use and, when the order of the calls changes the bill by a cent or
/// more, the range the licence total can really fall in.
pub fn pool(lang: Lang, pool: &PoolUse, currency: &str) -> String {
    let covers = lang.t(match pool.covers {
        PoolCoverage::ZoneA => Msg::PoolCoversZoneA,
        PoolCoverage::UsCanada => Msg::PoolCoversUsCanada,
        PoolCoverage::None => Msg::PoolCoversNone,
    });
    let basis = lang.t(match pool.counts {
        PoolBasis::Purchased => Msg::PoolPurchased,
        PoolBasis::Assigned => Msg::PoolAssigned,
    });
    let share = pool.share_used.map_or_else(String::new, |s| {
        format!(" ({})", lang.percent(s * Decimal::ONE_HUNDRED))
    });
    let sentence = lang.tf(
        Msg::Pool,
        &[
            ("size", &lang.minutes(pool.size)),
            ("licences", &lang.count(pool.licences)),
            ("basis", basis),
            ("per_licence", &lang.minutes(pool.minutes_per_licence)),
            ("covers", covers),
            ("used", &lang.minutes(pool.used)),
            ("share", &share),
            ("eligible", &lang.minutes(pool.eligible)),
        ],
    );
    let range = pool
        .total_range
        .filter(|r| round_money(r.low, currency) != round_money(r.high, currency));
    match range {
        Some(r) => format!(
            "{sentence} {}",
            lang.tf(
                Msg::PoolRange,
                &[
                    ("low", &lang.money(r.low, currency)),
                    ("high", &lang.money(r.high, currency)),
                ],
            )
        ),
        None => sentence,
    }
}

/// A group in the print summary: organizers, licences bought and owned, the add-on.
pub fn print_group(lang: Lang, group: &Group) -> String {
    let mut said = lang.tf(
        Msg::PrintGroup,
        &[
            ("organizers", &lang.count(group.organizers)),
            ("licences", &lang.count(group.licences())),
        ],
    );
    if group.licences_owned > 0 {
        said = format!(
            "{said}; {}: {}",
            lang.t(Msg::GroupOwned),
            lang.count(group.licences_owned)
        );
    }
    if group.us_can_add_on {
        said = format!("{said}; {}", lang.t(Msg::GroupAddOn));
    }
    said
}

/// The date of the availability facts for `country`, from the card's documented facts.
pub fn availability_snapshot(lang: Lang, card: &RateCard, country: CountryCode) -> Option<String> {
    let availability = card.country(country)?.availability.as_ref()?;
    (!availability.snapshot.is_empty()).then(|| {
        lang.tf(
            Msg::AvailabilitySnapshot,
            &[
                ("country", &lang.country(country)),
                ("date", &availability.snapshot),
            ],
        )
    })
}

pub fn rate_card_notice(lang: Lang, card: &RateCard) -> String {
    if card.sample {
        // The sample's provenance comes from data/sample-anchor.csv, not from the card's
        // English name and source.
        let anchor = SAMPLE_ANCHOR;
        return lang.tf(
            Msg::RateCardSample,
            &[
                ("currency", &card.currency),
                ("date", anchor.date),
                ("toll", &lang.editable(anchor.toll_pence)),
                ("toll_free", &lang.editable(anchor.toll_free_pence)),
                ("publisher", anchor.publisher),
                ("usd_per_gbp", &lang.editable(anchor.usd_per_gbp)),
            ],
        );
    }
    let notice = lang.tf(
        Msg::RateCardOwn,
        &[
            ("name", &card.name),
            ("currency", &card.currency),
            ("as_of", &card.as_of),
        ],
    );
    format!("{notice} {}", cards_in_use(lang, card))
}

/// Which card prices which option.
pub fn cards_in_use(lang: Lang, card: &RateCard) -> String {
    let name = |side| {
        format!(
            "{} ({})",
            card.for_side(side).name,
            sheet_name(lang, card.for_side(side).sheet)
        )
    };
    match (&card.pay_per_minute, card.sheet) {
        (Some(_), _) => lang.tf(
            Msg::CardsPair,
            &[
                ("per_user", &name(Side::PerUser)),
                ("pay_per_minute", &name(Side::PayPerMinute)),
            ],
        ),
        (None, SheetFor::Both) => lang.t(Msg::CardsOne).into(),
        (None, SheetFor::PerUser) => lang.tf(Msg::CardsOnePerUser, &[("name", &card.name)]),
        (None, SheetFor::PayPerMinute) => {
            lang.tf(Msg::CardsOnePayPerMinute, &[("name", &card.name)])
        }
    }
}

/// The option a card is for, as the import's select names it.
pub fn sheet_name(lang: Lang, sheet: SheetFor) -> &'static str {
    lang.t(match sheet {
        SheetFor::Both => Msg::RatesForBoth,
        SheetFor::PerUser => Msg::RatesForPerUser,
        SheetFor::PayPerMinute => Msg::RatesForPayPerMinute,
    })
}

/// What an import did, sentence by sentence: the option the card is for and who said so, the
/// prefixes priced at their highest rate, the premium rows left out, toll dial-in by phone.
pub fn import_summary(lang: Lang, file: &str, summary: &ImportSummary, pair: bool) -> Vec<String> {
    let sheet = match summary.sheet {
        SheetFor::PerUser => "Standard Subscription",
        SheetFor::PayPerMinute => "Pay-Per-Minute",
        SheetFor::Both => "",
    };
    let args = [("file", file), ("sheet", sheet)];
    let said = match (summary.said_by, summary.sheet) {
        _ if pair => Msg::SummaryPair,
        (_, SheetFor::Both) if summary.said_by != SaidBy::Nobody => Msg::SummaryBothYou,
        (SaidBy::Nobody, _) => Msg::SummaryNobody,
        (SaidBy::You, _) => Msg::SummaryYou,
        (SaidBy::File, _) => Msg::SummaryFile,
    };
    let mut sentences = vec![lang.tf(said, &args)];
    for (count, msgs) in [
        (
            summary.prefix_countries,
            (Msg::SummaryPrefixesOne, Msg::SummaryPrefixes),
        ),
        (
            summary.premium_rows,
            (Msg::SummaryPremiumOne, Msg::SummaryPremium),
        ),
        (
            summary.toll_by_phone,
            (Msg::SummaryTollByPhoneOne, Msg::SummaryTollByPhone),
        ),
    ] {
        if count > 0 {
            sentences.push(lang.plural(count, msgs, &[]));
        }
    }
    if summary.toll_by_phone == 0 {
        sentences.push(lang.t(Msg::SummaryTollOneRate).into());
    }
    sentences
}

/// A line's rate per minute, with the spread of the prefixes it was read from, if they differ.
pub fn rate(lang: Lang, rate: &Rate, currency: &str) -> String {
    let shown = lang.rate(rate.per_minute, currency);
    match rate.prefixes {
        Some(p) if p.lowest != rate.per_minute => lang.tf(
            Msg::ItemsRateRange,
            &[
                ("rate", &shown),
                ("low", &lang.rate(p.lowest, currency)),
                ("count", &p.count.to_string()),
            ],
        ),
        _ => shown,
    }
}

/// What the scenario sets that the assumptions depend on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Assumed {
    pub tenant: CountryCode,
    pub rounding: CallRounding,
    /// Some group has licences already owned.
    pub owned: bool,
    /// Some group takes the US/Canada add-on.
    pub add_on: bool,
}

impl Assumed {
    pub fn of(scenario: &Scenario) -> Self {
        Assumed {
            tenant: scenario.tenant_country,
            rounding: scenario.rounding,
            owned: scenario.groups.iter().any(|g| g.licences_owned > 0),
            add_on: scenario.groups.iter().any(|g| g.us_can_add_on),
        }
    }
}

/// What every quote takes for granted, in the order a reader needs it: exactly what the
/// engine does with this scenario.
pub fn assumptions(lang: Lang, card: &RateCard, assumed: Assumed) -> Vec<String> {
    let tax = if matches!(assumed.tenant.as_str(), "US" | "PR") {
        Msg::AssumptionTaxIncluded
    } else {
        Msg::AssumptionTaxExcluded
    };
    let rounding = match assumed.rounding {
        CallRounding::Varied => Msg::AssumptionRoundingVaried,
        CallRounding::ExactAverage => Msg::AssumptionRounding,
    };
    let mut said = vec![
        lang.tf(
            rounding,
            &[("increment", &lang.minutes(card.billing_increment))],
        ),
        lang.t(Msg::AssumptionPerLeg).into(),
        lang.t(Msg::AssumptionLicenceIncludes).into(),
        lang.t(Msg::AssumptionPool).into(),
        lang.t(Msg::AssumptionPoolMonth).into(),
    ];
    for (applies, msg) in [
        (assumed.owned, Msg::AssumptionOwned),
        (assumed.add_on, Msg::AssumptionAddOn),
        (true, Msg::AssumptionCredits),
        (true, Msg::AssumptionConnection),
        (true, Msg::AssumptionExact),
        (true, tax),
    ] {
        if applies {
            said.push(lang.t(msg).into());
        }
    }
    said
}

/// The Communications Credits an option draws and the auto-recharge suggested for it.
pub fn credits(lang: Lang, option: &str, plan: &CreditsPlan, currency: &str) -> String {
    if plan.monthly.is_zero() {
        return lang.tf(Msg::CreditsNone, &[("option", option)]);
    }
    let monthly = lang.tf(
        Msg::CreditsMonthly,
        &[
            ("option", option),
            ("amount", &lang.money(plan.monthly, currency)),
        ],
    );
    let suggest = lang.tf(
        Msg::CreditsSuggest,
        &[
            ("threshold", &lang.money(plan.threshold, currency)),
            ("recharge", &lang.money(plan.recharge, currency)),
        ],
    );
    format!("{monthly} {suggest}")
}

/// The notice when the host's rate card (an embed's `rates`, or one the host sent an iframe)
/// can't be used, ending with the card in use instead: `in_use` is its name, `None` for the
/// built-in one.
pub fn host_rates_problem(lang: Lang, problem: &HostRatesProblem, in_use: Option<&str>) -> String {
    let what = match problem {
        HostRatesProblem::Rejected(name, problems) => {
            let first = problems
                .first()
                .map_or_else(String::new, |p| format!(": {}", p.in_lang(lang)));
            lang.plural(
                problems.len(),
                (Msg::HostRatesRejectedOne, Msg::HostRatesRejected),
                &[("name", name), ("first", &first)],
            )
        }
        HostRatesProblem::Unreachable(url, why) => {
            lang.tf(Msg::HostRatesUnreachable, &[("url", url), ("why", why)])
        }
    };
    let instead = match in_use {
        None => lang.t(Msg::HostRatesShowingBuiltin).to_string(),
        Some(name) => lang.tf(Msg::HostRatesShowingOwn, &[("name", name)]),
    };
    format!("{what} {instead}")
}

/// Why a link or saved work didn't open.
pub fn link_error(lang: Lang, error: &LinkError) -> String {
    lang.t(match error {
        LinkError::Empty => Msg::LinkEmpty,
        LinkError::TooLong => Msg::LinkTooLong,
        LinkError::UnknownVersion => Msg::LinkUnknownVersion,
        LinkError::NotBase64 | LinkError::Garbled => Msg::LinkDamaged,
    })
    .into()
}

/// A validation problem, as the message beside its field.
pub fn problem(lang: Lang, kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::UnsupportedVersion(v) => {
            lang.tf(Msg::ProblemVersion, &[("version", &v.to_string())])
        }
        ProblemKind::UnknownTenantCountry => lang.t(Msg::ProblemTenantCountry).into(),
        ProblemKind::OutOfRange { min, max } => lang.tf(
            Msg::ProblemRange,
            &[("min", &lang.count(*min)), ("max", &lang.count(*max))],
        ),
        ProblemKind::Count { min, max } => lang.tf(
            Msg::ProblemCount,
            &[("min", &min.to_string()), ("max", &max.to_string())],
        ),
        ProblemKind::Negative => lang.t(Msg::ProblemNegative).into(),
        ProblemKind::TooManyDecimals { max } => {
            lang.tf(Msg::ProblemDecimals, &[("max", &max.to_string())])
        }
        ProblemKind::TooLong { max } => lang.tf(Msg::ProblemTooLong, &[("max", &max.to_string())]),
        ProblemKind::FewerLicencesThanOrganizers => lang.t(Msg::ProblemLicences).into(),
        ProblemKind::MoreOwnedThanOrganizers => lang.t(Msg::ProblemOwned).into(),
        ProblemKind::LoggedNotTotal => lang.t(Msg::ProblemLogged).into(),
    }
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
    /// Each priced option's Communications Credits and the auto-recharge suggested.
    pub credits: Vec<String>,
}

impl Summary {
    pub fn new(lang: Lang, quote: &Quote, scenario: &Scenario) -> Self {
        let currency = quote.currency.as_str();
        let mixed = quote.mixed.as_ref();
        Summary {
            total_per_user: monthly_total(lang, &quote.per_user, currency),
            total_ppm: monthly_total(lang, &quote.pay_per_minute, currency),
            term_per_user: term_total(lang, &quote.per_user, currency),
            term_ppm: term_total(lang, &quote.pay_per_minute, currency),
            total_mixed: money_or_not_available(lang, mixed.map(|m| m.monthly), currency),
            term_mixed: money_or_not_available(lang, mixed.map(|m| m.term_total), currency),
            mix: match mixed {
                Some(m) => mix(lang, m, scenario, currency),
                None if !quote.verdict.comparable() => lang.t(Msg::MixUnequal).into(),
                None => lang.t(Msg::MixNeither).into(),
            },
            verdict: verdict(lang, quote, scenario),
            savings: savings(lang, quote),
            break_even: break_even(lang, quote),
            pool: quote
                .per_user
                .priced()
                .and_then(|p| p.pool.as_ref())
                .map(|p| pool(lang, p, currency)),
            warnings: quote
                .warnings
                .iter()
                .map(|w| warning(lang, w, scenario))
                .collect(),
            credits: [&quote.per_user, &quote.pay_per_minute]
                .into_iter()
                .filter_map(|o| {
                    let plan = o.credits.as_ref()?;
                    Some(credits(lang, side(lang, o.side), plan, currency))
                })
                .collect(),
        }
    }
}
