//! Everything a user sets, serialisable and versioned: the same JSON in the app and the CLI.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::country::CountryCode;
use super::offers::{Offer, OfferPreset};
use super::rate_card::RateCard;

pub const SCENARIO_VERSION: u32 = 1;

/// Bounds on every input, chosen so every total stays exact in a `Decimal` (28 digits):
/// the largest monthly amount is about 1e6 organizers x 1e6 calls x 1,440 min x 1,000 per min,
/// about 1.4e21, far below Decimal's 7.9e28.
pub mod limits {
    pub const MAX_GROUPS: usize = 8;
    pub const MAX_USAGE_LINES: usize = 50;
    pub const MAX_ORGANIZERS: u32 = 1_000_000;
    pub const MAX_CALLS: u32 = 1_000_000;
    pub const MAX_MINUTES_PER_CALL: u32 = 1_440;
    pub const MAX_PRICE: u32 = 10_000;
    pub const MAX_POOL_MINUTES: u32 = 100_000;
    pub const MAX_TERM_MONTHS: u32 = 120;
    pub const MAX_DECIMALS: u32 = 4;
    pub const MAX_NAME_CHARS: usize = 60;
    /// A logged line's billed minutes: at most MAX_CALLS calls of MAX_MINUTES_PER_CALL.
    pub const MAX_BILLED_MINUTES: u32 = 1_440_000_000;
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub version: u32,
    /// Where the tenant buys: decides what can be bought and whether Communications Credits exist.
    pub tenant_country: CountryCode,
    /// The per-user licence side of the comparison.
    pub per_user: Offer,
    /// The pay-per-minute side of the comparison.
    pub pay_per_minute: Offer,
    pub term_months: u32,
    pub groups: Vec<Group>,
    /// How the tenant buys: pay-per-minute is sold to Volume Licensing customers only.
    #[serde(default)]
    pub channel: Channel,
    /// How a line's billed minutes per call follow from its average call length.
    #[serde(default)]
    pub rounding: CallRounding,
    /// The "Extended Dial-out Minutes to US/Canada" add-on, per organizer per month in the
    /// card's currency: Microsoft's docs state no price, so the user enters it.
    #[serde(default)]
    pub us_can_add_on_price: Decimal,
}

/// How the tenant buys Microsoft 365 (data/licence-facts.csv: pay-per-minute is for Volume
/// Licensing customers only).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Unknown: both options are priced, pay-per-minute with a standing note.
    #[default]
    NotSure,
    /// An Enterprise Agreement or another Volume Licensing agreement.
    VolumeLicensing,
    CloudSolutionProvider,
    /// Microsoft Customer Agreement, or bought on the web.
    CustomerAgreement,
}

impl Channel {
    /// False where the channel rules pay-per-minute out; `NotSure` keeps it.
    pub fn sells_pay_per_minute(self) -> bool {
        matches!(self, Channel::NotSure | Channel::VolumeLicensing)
    }
}

/// Microsoft bills each call rounded up to the card's increment (a tenth of a minute).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CallRounding {
    /// Calls vary in length: each is rounded up on its own, which adds half an increment per
    /// call on average (never less than the average rounded up).
    #[default]
    Varied,
    /// Every call lasts exactly the average: the average rounded up once.
    ExactAverage,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub name: String,
    pub organizers: u32,
    /// Licences bought for this group; `None` means one per organizer.
    // No skip_serializing_if: the binary link format reads every field in order.
    #[serde(default)]
    pub licences_purchased: Option<u32>,
    pub usage: Vec<UsageLine>,
    /// Organizers who already have Audio Conferencing (e.g. through an E5 plan): they cost
    /// nothing here, keep their licence's terms whatever the group's option, and their licences
    /// still add to the per-user option's pool.
    #[serde(default)]
    pub licences_owned: u32,
    /// The group's organizers take the US/Canada dial-out add-on: their dial-out to US and
    /// Canada numbers is covered, outside the pool and the Communications Credits.
    #[serde(default)]
    pub us_can_add_on: bool,
}

impl Group {
    /// The organizers the comparison decides for: those without a licence already.
    pub fn deciding(&self) -> u32 {
        self.organizers.saturating_sub(self.licences_owned)
    }

    /// Licences to buy for the deciding organizers; `None` in the scenario means one each.
    pub fn licences(&self) -> u32 {
        self.licences_purchased.unwrap_or(self.deciding())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UsageKind {
    TollDialIn,
    TollFreeDialIn,
    DialOut,
}

/// For toll-free dial-in the caller's phone; for dial-out the number dialled. Toll dial-in has
/// one rate whatever the phone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhoneType {
    #[default]
    Wireline,
    Wireless,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// `calls` is per organizer per month.
    #[default]
    PerOrganizer,
    /// `calls` is the group's total per month.
    Total,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UsageLine {
    pub kind: UsageKind,
    /// Dial-in: the country callers dial in from. Dial-out: the country dialled.
    pub country: CountryCode,
    #[serde(default)]
    pub phone: PhoneType,
    pub calls: Decimal,
    pub minutes_per_call: Decimal,
    #[serde(default)]
    pub basis: Basis,
    /// The group's billed minutes a month exactly as a call log billed them (each call rounded
    /// on its own); `basis` is then `Total`. `None`: calls x minutes per call, rounded as the
    /// scenario's `rounding` says.
    #[serde(default)]
    pub billed_minutes: Option<Decimal>,
}

impl UsageLine {
    /// A line counted per organizer, in whole calls and minutes (presets and the example).
    pub(crate) fn per_organizer(
        kind: UsageKind,
        country: &[u8; 2],
        phone: PhoneType,
        calls: i64,
        minutes: i64,
    ) -> Self {
        UsageLine {
            kind,
            country: CountryCode::from_static(*country),
            phone,
            calls: Decimal::from(calls),
            minutes_per_call: Decimal::from(minutes),
            basis: Basis::PerOrganizer,
            billed_minutes: None,
        }
    }

    /// Calls per month for the whole group.
    pub fn total_calls(&self, organizers: u32) -> Decimal {
        match self.basis {
            Basis::PerOrganizer => self.calls * Decimal::from(organizers),
            Basis::Total => self.calls,
        }
    }
}

impl Scenario {
    /// The first screen: a US tenant whose 50 organizers mix every kind of call, so the
    /// comparison, the pool and the break-even all have something to show.
    pub fn example() -> Self {
        let line = UsageLine::per_organizer;
        Scenario {
            version: SCENARIO_VERSION,
            tenant_country: CountryCode::from_static(*b"US"),
            per_user: Offer::preset(OfferPreset::AudioConferencing),
            pay_per_minute: Offer::preset(OfferPreset::PayPerMinute),
            term_months: 12,
            groups: vec![Group {
                // Unnamed: the page names it in its own language (`i18n::text::group_name`).
                name: String::new(),
                organizers: 50,
                licences_purchased: None,
                usage: vec![
                    line(UsageKind::TollDialIn, b"US", PhoneType::Wireline, 10, 30),
                    line(UsageKind::TollFreeDialIn, b"US", PhoneType::Wireless, 2, 25),
                    line(UsageKind::DialOut, b"GB", PhoneType::Wireline, 4, 20),
                    line(UsageKind::DialOut, b"AE", PhoneType::Wireless, 1, 10),
                ],
                licences_owned: 0,
                us_can_add_on: false,
            }],
            channel: Channel::NotSure,
            rounding: CallRounding::Varied,
            us_can_add_on_price: Decimal::ZERO,
        }
    }

    /// Every problem at once, each tied to its field, so a form can mark them all.
    pub fn validate(&self, card: &RateCard) -> Vec<Problem> {
        use limits::*;
        let mut problems = Vec::new();
        let mut check = |ok: bool, field: Field, kind: ProblemKind| {
            if !ok {
                problems.push(Problem { field, kind });
            }
        };
        check(
            self.version == SCENARIO_VERSION,
            Field::Version,
            ProblemKind::UnsupportedVersion(self.version),
        );
        let documented = card
            .country(self.tenant_country)
            .is_some_and(|c| c.availability.is_some());
        check(
            documented,
            Field::TenantCountry,
            ProblemKind::UnknownTenantCountry,
        );
        check(
            (1..=MAX_TERM_MONTHS).contains(&self.term_months),
            Field::TermMonths,
            ProblemKind::OutOfRange {
                min: 1,
                max: MAX_TERM_MONTHS,
            },
        );
        if let Some(kind) = decimal_problem(self.us_can_add_on_price, MAX_PRICE) {
            check(false, Field::AddOnPrice, kind);
        }
        for (side, offer) in [
            (Side::PerUser, &self.per_user),
            (Side::PayPerMinute, &self.pay_per_minute),
        ] {
            for (field, value, max) in [
                (OfferField::Price, offer.price, MAX_PRICE),
                (
                    OfferField::PoolMinutes,
                    offer.pool_minutes,
                    MAX_POOL_MINUTES,
                ),
            ] {
                if let Some(kind) = decimal_problem(value, max) {
                    check(false, Field::Offer(side, field), kind);
                }
            }
        }
        check(
            (1..=MAX_GROUPS).contains(&self.groups.len()),
            Field::Groups,
            ProblemKind::Count {
                min: 1,
                max: MAX_GROUPS,
            },
        );
        for (g, group) in self.groups.iter().enumerate() {
            check(
                group.name.chars().count() <= MAX_NAME_CHARS,
                Field::GroupName(g),
                ProblemKind::TooLong {
                    max: MAX_NAME_CHARS,
                },
            );
            check(
                (1..=MAX_ORGANIZERS).contains(&group.organizers),
                Field::Organizers(g),
                ProblemKind::OutOfRange {
                    min: 1,
                    max: MAX_ORGANIZERS,
                },
            );
            check(
                group.licences_owned <= group.organizers,
                Field::LicencesOwned(g),
                ProblemKind::MoreOwnedThanOrganizers,
            );
            if let Some(licences) = group.licences_purchased {
                check(
                    (group.deciding()..=MAX_ORGANIZERS).contains(&licences),
                    Field::Licences(g),
                    ProblemKind::FewerLicencesThanOrganizers,
                );
            }
            check(
                group.usage.len() <= MAX_USAGE_LINES,
                Field::UsageLines(g),
                ProblemKind::Count {
                    min: 0,
                    max: MAX_USAGE_LINES,
                },
            );
            for (l, line) in group.usage.iter().enumerate() {
                for (field, value, max) in [
                    (LineField::Calls, line.calls, MAX_CALLS),
                    (
                        LineField::Minutes,
                        line.minutes_per_call,
                        MAX_MINUTES_PER_CALL,
                    ),
                ] {
                    if let Some(kind) = decimal_problem(value, max) {
                        check(false, Field::Line(g, l, field), kind);
                    }
                }
                if let Some(billed) = line.billed_minutes {
                    let field = Field::Line(g, l, LineField::BilledMinutes);
                    if let Some(kind) = decimal_problem(billed, MAX_BILLED_MINUTES) {
                        check(false, field, kind);
                    }
                    check(
                        line.basis == Basis::Total,
                        field,
                        ProblemKind::LoggedNotTotal,
                    );
                }
            }
        }
        problems
    }
}

fn decimal_problem(value: Decimal, max: u32) -> Option<ProblemKind> {
    if value.is_sign_negative() && !value.is_zero() {
        Some(ProblemKind::Negative)
    } else if value.mantissa() > i128::from(max) * 10i128.pow(value.scale()) {
        // value > max, in integers: max <= 1e6 and scale <= 28 fit an i128, and this is far
        // cheaper than Decimal's comparison, which runs twice per usage line.
        Some(ProblemKind::OutOfRange { min: 0, max })
    } else if value.scale() > limits::MAX_DECIMALS
        && value.normalize().scale() > limits::MAX_DECIMALS
    {
        // (normalize, a loop of divisions, only for the rare value written with trailing zeros)
        Some(ProblemKind::TooManyDecimals {
            max: limits::MAX_DECIMALS,
        })
    } else {
        None
    }
}

/// The two sides of the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    PerUser,
    PayPerMinute,
}

impl Side {
    pub fn offer(self, scenario: &Scenario) -> &Offer {
        match self {
            Side::PerUser => &scenario.per_user,
            Side::PayPerMinute => &scenario.pay_per_minute,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OfferField {
    Price,
    PoolMinutes,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LineField {
    Country,
    Calls,
    Minutes,
    BilledMinutes,
}

/// Where in a scenario a problem is: groups and lines by position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Version,
    TenantCountry,
    TermMonths,
    Offer(Side, OfferField),
    Groups,
    GroupName(usize),
    Organizers(usize),
    Licences(usize),
    LicencesOwned(usize),
    AddOnPrice,
    UsageLines(usize),
    Line(usize, usize, LineField),
}

impl fmt::Display for Field {
    /// The JSON path, e.g. `groups[0].usage[2].calls`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let side = |s: &Side| match s {
            Side::PerUser => "per_user",
            Side::PayPerMinute => "pay_per_minute",
        };
        match self {
            Field::Version => write!(f, "version"),
            Field::TenantCountry => write!(f, "tenant_country"),
            Field::TermMonths => write!(f, "term_months"),
            Field::Offer(s, OfferField::Price) => write!(f, "{}.price", side(s)),
            Field::Offer(s, OfferField::PoolMinutes) => write!(f, "{}.pool_minutes", side(s)),
            Field::Groups => write!(f, "groups"),
            Field::GroupName(g) => write!(f, "groups[{g}].name"),
            Field::Organizers(g) => write!(f, "groups[{g}].organizers"),
            Field::Licences(g) => write!(f, "groups[{g}].licences_purchased"),
            Field::LicencesOwned(g) => write!(f, "groups[{g}].licences_owned"),
            Field::AddOnPrice => write!(f, "us_can_add_on_price"),
            Field::UsageLines(g) => write!(f, "groups[{g}].usage"),
            Field::Line(g, l, field) => {
                let name = match field {
                    LineField::Country => "country",
                    LineField::Calls => "calls",
                    LineField::Minutes => "minutes_per_call",
                    LineField::BilledMinutes => "billed_minutes",
                };
                write!(f, "groups[{g}].usage[{l}].{name}")
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: Field,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    UnsupportedVersion(u32),
    UnknownTenantCountry,
    OutOfRange {
        min: u32,
        max: u32,
    },
    Count {
        min: usize,
        max: usize,
    },
    Negative,
    TooManyDecimals {
        max: u32,
    },
    TooLong {
        max: usize,
    },
    FewerLicencesThanOrganizers,
    MoreOwnedThanOrganizers,
    /// Logged billed minutes are the group's total: the line's basis must say so.
    LoggedNotTotal,
}
