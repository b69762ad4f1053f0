//! Each record read as a call and added up: conferencing calls by organizer, dial-in or dial-out,
//! country and licence, each call's minutes rounded up to the tenth on its own as Microsoft bills
//! them; other call types counted by name; malformed records counted and the first listed.

use std::collections::HashMap;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::fields::{Field, Record};
use super::{Capability, Malformed, Reason, TollClass, UsageError, UsageSummary, MALFORMED_LISTED};
use crate::pricing::scenario::limits::MAX_GROUPS;
use crate::pricing::CountryCode;

/// Distinct bridge numbers kept (a tenant has a handful; a file with more is not sane).
pub const MAX_BRIDGES: usize = 1_000;
/// Distinct other call-type names kept; the rest are counted under "other".
const MAX_CALL_TYPES: usize = 50;
/// Distinct country spellings remembered (a lookup walks every name).
const MAX_MEMO: usize = 4_096;
/// A day, in milliseconds: no conference call is longer.
const MAX_CALL_MS: u64 = 24 * 60 * 60 * 1000;

/// Where a conferencing call went: into the bridge (by the bridge number's index in
/// [`UsageSummary::bridges`]) or out of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Dial {
    In { bridge: u16 },
    Out,
}

/// The calls of one kind, country and licence: how many, their billed minutes (in tenths), and
/// the part Microsoft charged for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    pub dial: Dial,
    pub country: CountryCode,
    pub capability: Capability,
    pub calls: u64,
    pub tenths: u64,
    /// Calls with a charge above zero, their tenths and the charges.
    pub charged_calls: u64,
    pub charged_tenths: u64,
    pub charge: Decimal,
}

impl Cell {
    fn same(&self, other: &Cell) -> bool {
        self.dial == other.dial
            && self.country == other.country
            && self.capability == other.capability
    }

    fn add(&mut self, other: &Cell) {
        self.calls += other.calls;
        self.tenths += other.tenths;
        self.charged_calls += other.charged_calls;
        self.charged_tenths += other.charged_tenths;
        self.charge += other.charge;
    }
}

fn merge_into(cells: &mut Vec<Cell>, cell: &Cell) {
    match cells.iter_mut().find(|c| c.same(cell)) {
        Some(c) => c.add(cell),
        None => cells.push(cell.clone()),
    }
}

/// A bridge number dial-in calls reached.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bridge {
    /// `+` and digits as the file gives them; empty when the file has no number.
    pub number: String,
    pub calls: u64,
    /// What the file's number type says, if it says.
    pub from_file: Option<TollClass>,
    /// The file's word, or else a guess from well-known toll-free prefixes.
    pub prefill: TollClass,
}

/// The first and last day calls were made on (YYYY-MM-DD, UTC).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub first: String,
    pub last: String,
}

/// What a group of organizers is, for the page to word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GroupLabel {
    All,
    /// Organizers whose usage location is the country (`None`: the file doesn't say).
    Location(Option<CountryCode>),
    OtherLocations,
    /// Organizers whose billed minutes are above the average organizer's.
    Heavy,
    Light,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupTally {
    pub label: GroupLabel,
    pub organizers: u32,
    pub cells: Vec<Cell>,
}

impl GroupTally {
    fn tenths(&self) -> u64 {
        self.cells.iter().map(|c| c.tenths).sum()
    }
}

#[derive(Default)]
struct Organizer {
    location: Option<CountryCode>,
    cells: Vec<Cell>,
}

#[derive(Default)]
pub struct Tally {
    /// By a hash of the user name: the name itself is never kept.
    organizers: HashMap<u64, Organizer>,
    bridges: Vec<Bridge>,
    bridge_index: HashMap<String, u16>,
    ignored: HashMap<String, u64>,
    calls_read: u64,
    conferencing: u64,
    unconnected: u64,
    malformed: u64,
    malformed_listed: Vec<Malformed>,
    guessed: u64,
    first: Option<String>,
    last: Option<String>,
    currencies: Vec<String>,
    tenant_votes: HashMap<CountryCode, u64>,
    countries: HashMap<String, Option<CountryCode>>,
}

impl Tally {
    pub fn malformed(&mut self, file: &str, row: u64, reason: Reason) {
        self.malformed += 1;
        if self.malformed_listed.len() < MALFORMED_LISTED {
            self.malformed_listed.push(Malformed {
                file: file.into(),
                row,
                reason,
            });
        }
    }

    /// Adds one record; a malformed one is counted instead.
    pub fn add(&mut self, file: &str, row: u64, record: &Record) {
        if let Err(reason) = self.call(record) {
            self.malformed(file, row, reason);
        }
    }

    fn country(&mut self, record: &Record, field: Field) -> Result<Option<CountryCode>, Reason> {
        let Some(text) = non_empty(record, field) else {
            return Ok(None);
        };
        let code = match self.countries.get(text) {
            Some(code) => *code,
            None => {
                let code = CountryCode::find(text);
                if self.countries.len() < MAX_MEMO {
                    self.countries.insert(text.to_string(), code);
                }
                code
            }
        };
        code.map(Some).ok_or(Reason::UnknownCountry(field))
    }

    fn call(&mut self, record: &Record) -> Result<(), Reason> {
        let call_type = non_empty(record, Field::CallType)
            .ok_or(Reason::Missing(Field::CallType))?
            .to_ascii_lowercase();
        let date = date(non_empty(record, Field::Time).ok_or(Reason::Missing(Field::Time))?)
            .ok_or(Reason::NotUnderstood(Field::Time))?;
        let inbound = match call_type.as_str() {
            "conf_in" => true,
            "conf_out" => false,
            _ => {
                self.see_date(date);
                self.calls_read += 1;
                let name = if self.ignored.len() < MAX_CALL_TYPES && call_type.len() <= 40 {
                    call_type
                } else {
                    "other".to_string()
                };
                *self.ignored.entry(name).or_default() += 1;
                return Ok(());
            }
        };
        let ms = duration_ms(
            non_empty(record, Field::Duration).ok_or(Reason::Missing(Field::Duration))?,
        )
        .ok_or(Reason::NotUnderstood(Field::Duration))?;
        if ms > MAX_CALL_MS {
            return Err(Reason::TooLong);
        }
        let location = self.country(record, Field::UsageCountry)?;
        let (country, guessed) = if inbound {
            // The caller's country; else the country of the number dialled (Graph v1.0 gives
            // only that), else the organizer's usage location.
            match (
                self.country(record, Field::FromCountry)?,
                self.country(record, Field::OtherPartyCountry)?,
            ) {
                (Some(c), _) | (None, Some(c)) => (c, false),
                (None, None) => (
                    self.country(record, Field::ToCountry)?
                        .or(location)
                        .ok_or(Reason::Missing(Field::FromCountry))?,
                    true,
                ),
            }
        } else {
            let country = match self.country(record, Field::ToCountry)? {
                Some(c) => c,
                None => self
                    .country(record, Field::OtherPartyCountry)?
                    .ok_or(Reason::Missing(Field::ToCountry))?,
            };
            (country, false)
        };
        let charge = match non_empty(record, Field::Charge) {
            None => Decimal::ZERO,
            Some(text) => amount(text).ok_or(Reason::NotUnderstood(Field::Charge))?,
        };
        if let Some(tenant) = self.country(record, Field::TenantCountry)? {
            *self.tenant_votes.entry(tenant).or_default() += 1;
        }
        if let Some(currency) = non_empty(record, Field::Currency) {
            let currency = currency.to_ascii_uppercase();
            if self.currencies.len() < 10 && !self.currencies.contains(&currency) {
                self.currencies.push(currency);
            }
        }
        if ms == 0 {
            self.see_date(date);
            self.calls_read += 1;
            self.unconnected += 1;
            return Ok(());
        }
        let dial = if inbound {
            let class = non_empty(record, Field::NumberType).and_then(toll_class);
            Dial::In {
                bridge: self.bridge(non_empty(record, Field::CalledTo).unwrap_or(""), class)?,
            }
        } else {
            Dial::Out
        };
        self.see_date(date);
        self.calls_read += 1;
        self.conferencing += 1;
        self.guessed += u64::from(guessed);
        // Billed in tenths of a minute (6 s), each call rounded up on its own.
        let tenths = ms.div_ceil(6_000);
        let charged = !charge.is_zero();
        let cell = Cell {
            dial,
            country,
            capability: Capability::parse(non_empty(record, Field::Capability).unwrap_or("")),
            calls: 1,
            tenths,
            charged_calls: u64::from(charged),
            charged_tenths: if charged { tenths } else { 0 },
            charge,
        };
        let organizer = self
            .organizers
            .entry(hash(non_empty(record, Field::User).unwrap_or("")))
            .or_default();
        organizer.location = organizer.location.or(location);
        merge_into(&mut organizer.cells, &cell);
        Ok(())
    }

    fn see_date(&mut self, date: String) {
        if self.first.as_ref().is_none_or(|f| date < *f) {
            self.first = Some(date.clone());
        }
        if self.last.as_ref().is_none_or(|l| date > *l) {
            self.last = Some(date);
        }
    }

    /// The index of a bridge number, added the first time it is seen.
    fn bridge(&mut self, number: &str, class: Option<TollClass>) -> Result<u16, Reason> {
        let number: String = number
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        let index = match self.bridge_index.get(&number) {
            Some(&i) => i,
            None if self.bridges.len() >= MAX_BRIDGES => return Err(Reason::TooManyBridges),
            None => {
                let i = self.bridges.len() as u16;
                self.bridges.push(Bridge {
                    prefill: toll_free_prefix(&number),
                    number: number.clone(),
                    calls: 0,
                    from_file: None,
                });
                self.bridge_index.insert(number, i);
                i
            }
        };
        let bridge = &mut self.bridges[usize::from(index)];
        bridge.calls += 1;
        if class.is_some() {
            bridge.from_file = class;
            bridge.prefill = class.unwrap_or(bridge.prefill);
        }
        Ok(index)
    }

    pub fn summary(self) -> Result<UsageSummary, UsageError> {
        let (Some(first), Some(last)) = (self.first, self.last) else {
            return Err(UsageError::NoCalls { ignored: 0 });
        };
        if self.conferencing == 0 {
            return Err(UsageError::NoCalls {
                ignored: self.ignored.values().sum(),
            });
        }
        let organizers: Vec<Organizer> = self.organizers.into_values().collect();
        let mut location_votes: HashMap<CountryCode, u64> = HashMap::new();
        for o in &organizers {
            if let Some(l) = o.location {
                *location_votes.entry(l).or_default() += 1;
            }
        }
        let most = |votes: &HashMap<CountryCode, u64>| {
            votes
                .iter()
                .max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c)))
                .map(|(c, _)| *c)
        };
        let mut ignored: Vec<(String, u64)> = self.ignored.into_iter().collect();
        ignored.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Ok(UsageSummary {
            calls_read: self.calls_read,
            conferencing_calls: self.conferencing,
            unconnected: self.unconnected,
            ignored,
            malformed: self.malformed,
            malformed_listed: self.malformed_listed,
            dial_in_country_guessed: self.guessed,
            period: Period { first, last },
            bridges: self.bridges,
            organizers: organizers.len() as u32,
            tenant_country: most(&self.tenant_votes).or_else(|| most(&location_votes)),
            currencies: self.currencies,
            all: vec![group(GroupLabel::All, organizers.iter())],
            by_location: by_location(&organizers),
            heavy_light: heavy_light(&organizers),
        })
    }
}

fn group<'a>(label: GroupLabel, members: impl Iterator<Item = &'a Organizer>) -> GroupTally {
    let mut tally = GroupTally {
        label,
        organizers: 0,
        cells: Vec::new(),
    };
    for o in members {
        tally.organizers += 1;
        for cell in &o.cells {
            merge_into(&mut tally.cells, cell);
        }
    }
    // A stable order: the page and the CLI list lines in it.
    tally.cells.sort_by_key(|c| {
        (
            c.dial == Dial::Out,
            c.country,
            c.capability,
            dial_bridge(c.dial),
        )
    });
    tally
}

fn dial_bridge(dial: Dial) -> u16 {
    match dial {
        Dial::In { bridge } => bridge,
        Dial::Out => 0,
    }
}

/// One group per usage location, the locations with the most minutes first; beyond the
/// scenario's groups, the rest in one.
fn by_location(organizers: &[Organizer]) -> Vec<GroupTally> {
    let mut locations: Vec<Option<CountryCode>> = organizers.iter().map(|o| o.location).collect();
    locations.sort();
    locations.dedup();
    let mut groups: Vec<GroupTally> = locations
        .into_iter()
        .map(|l| {
            group(
                GroupLabel::Location(l),
                organizers.iter().filter(|o| o.location == l),
            )
        })
        .collect();
    groups.sort_by_key(|g| std::cmp::Reverse(g.tenths()));
    if groups.len() > MAX_GROUPS {
        let rest = groups.split_off(MAX_GROUPS - 1);
        let mut other = GroupTally {
            label: GroupLabel::OtherLocations,
            organizers: 0,
            cells: Vec::new(),
        };
        for g in rest {
            other.organizers += g.organizers;
            for cell in &g.cells {
                merge_into(&mut other.cells, cell);
            }
        }
        groups.push(other);
    }
    groups
}

/// Organizers above the average organizer's billed minutes, and the others.
fn heavy_light(organizers: &[Organizer]) -> Vec<GroupTally> {
    let minutes = |o: &Organizer| o.cells.iter().map(|c| c.tenths).sum::<u64>();
    let total: u64 = organizers.iter().map(minutes).sum();
    let n = organizers.len() as u64;
    // heavy: minutes > total / n, in integers.
    let heavy = |o: &Organizer| minutes(o) * n > total;
    [
        group(GroupLabel::Heavy, organizers.iter().filter(|o| heavy(o))),
        group(GroupLabel::Light, organizers.iter().filter(|o| !heavy(o))),
    ]
    .into_iter()
    .filter(|g| g.organizers > 0)
    .collect()
}

fn non_empty<'a>(record: &Record<'a>, field: Field) -> Option<&'a str> {
    record[field as usize]
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// FNV-1a of the name in lower case: organizers are told apart without keeping their names.
fn hash(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3)
    })
}

/// "toll free", "TollFree", "Toll-free service" -> toll-free; "toll", "service" -> toll.
fn toll_class(number_type: &str) -> Option<TollClass> {
    let t = number_type.to_ascii_lowercase();
    if t.contains("free") || t.contains("gratuit") {
        Some(TollClass::TollFree)
    } else if t.contains("toll") || t.contains("service") || t.contains("pago") {
        Some(TollClass::Toll)
    } else {
        None
    }
}

/// Well-known toll-free ranges (E.164, after the `+`): a pre-fill the user confirms, not a fact
/// the calculator relies on.
const TOLL_FREE_PREFIXES: &[&str] = &[
    "1800", "1833", "1844", "1855", "1866", "1877", "1888", // US, Canada (NANP)
    "44800", "44808", // United Kingdom
    "49800", // Germany
    "33800", "33805", // France
    "39800", "39803", // Italy
    "34800", "34900", // Spain
    "31800", "32800", "41800", "43800", "45800", "47800", "48800", "351800", "3531800", "35880",
    "4620", // Benelux, Switzerland, Austria, Nordics, Poland, Portugal, Ireland
    "611800", "64800", "65800", "852800", "81120", "81800", "911800", // Asia-Pacific
    "52800", "550800", "27800", // Mexico, Brazil, South Africa
];

fn toll_free_prefix(number: &str) -> TollClass {
    let digits = number.trim_start_matches('+');
    if TOLL_FREE_PREFIXES.iter().any(|p| digits.starts_with(p)) {
        TollClass::TollFree
    } else {
        TollClass::Toll
    }
}

/// A charge: a non-negative decimal, `.` or a lone `,` as the decimal mark.
fn amount(text: &str) -> Option<Decimal> {
    let text = text.trim();
    let value = if text.contains('.') {
        Decimal::from_str(text)
    } else {
        Decimal::from_str(&text.replacen(',', ".", 1))
    }
    .ok()?;
    (!value.is_sign_negative() || value.is_zero()).then_some(value)
}

/// A call's length in milliseconds: seconds (`219`, `219.5`, as Graph and some exports give
/// it) or a clock (`00:03:39`, `3:39`).
fn duration_ms(text: &str) -> Option<u64> {
    let parts: Vec<&str> = text.split(':').collect();
    if parts.len() > 3 {
        return None;
    }
    let mut ms: u64 = 0;
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let value = if last {
            seconds_ms(part)?
        } else {
            part.trim().parse::<u64>().ok()?.checked_mul(1000)?
        };
        ms = ms
            .checked_mul(if i == 0 { 1 } else { 60 })?
            .checked_add(value)?;
    }
    Some(ms)
}

/// `219` or `219.5` seconds in milliseconds (beyond a millisecond, rounded up).
fn seconds_ms(text: &str) -> Option<u64> {
    let value = Decimal::from_str(text.trim()).ok()?;
    if value.is_sign_negative() && !value.is_zero() {
        return None;
    }
    let ms = (value * Decimal::ONE_THOUSAND).ceil();
    u64::try_from(ms).ok()
}

/// The day of a time stamp: ISO (`2026-11-03T10:15:00Z`, `2026-11-03 10:15`), or Excel's
/// `11/3/2026 10:15 AM` (month first, as the admin center writes in English; day first when the
/// first number can't be a month) or `3.11.2026`.
fn date(text: &str) -> Option<String> {
    let day_part = text.split(['T', ' ']).next()?;
    let numbers: Vec<&str> = day_part.split(['-', '/', '.']).collect();
    let [a, b, c] = numbers[..] else {
        return None;
    };
    let n = |s: &str| s.parse::<u32>().ok().filter(|_| s.len() <= 4);
    let (year, month, day) = if day_part.contains('-') && a.len() == 4 {
        (n(a)?, n(b)?, n(c)?)
    } else if day_part.contains('/') && c.len() == 4 {
        let (a, b) = (n(a)?, n(b)?);
        if a > 12 {
            (n(c)?, b, a)
        } else {
            (n(c)?, a, b)
        }
    } else if day_part.contains('.') && c.len() == 4 {
        (n(c)?, n(b)?, n(a)?)
    } else {
        return None;
    };
    let valid = (1..=12).contains(&month)
        && (1..=days_in_month(year, month)).contains(&day)
        && (1970..=9999).contains(&year);
    valid.then(|| format!("{year:04}-{month:02}-{day:02}"))
}

pub(super) fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(duration_ms("219"), Some(219_000));
        assert_eq!(duration_ms("00:03:39"), Some(219_000));
        assert_eq!(duration_ms("3:39"), Some(219_000));
        assert_eq!(duration_ms("1.0005"), Some(1_001));
        assert_eq!(duration_ms("-3"), None);
        assert_eq!(duration_ms("a:b"), None);
    }

    #[test]
    fn dates() {
        assert_eq!(date("2026-11-03T10:15:00Z").as_deref(), Some("2026-11-03"));
        assert_eq!(date("11/3/2026 10:15 AM").as_deref(), Some("2026-11-03"));
        assert_eq!(date("13/3/2026").as_deref(), Some("2026-03-13"));
        assert_eq!(date("3.11.2026").as_deref(), Some("2026-11-03"));
        assert_eq!(date("2026-02-30"), None);
        assert_eq!(date("yesterday"), None);
    }

    #[test]
    fn toll_free_prefill() {
        assert_eq!(toll_free_prefix("+18005550100"), TollClass::TollFree);
        assert_eq!(toll_free_prefix("+442071234567"), TollClass::Toll);
        assert_eq!(toll_class("TollFree"), Some(TollClass::TollFree));
        assert_eq!(toll_class("Service"), Some(TollClass::Toll));
        assert_eq!(toll_class("Subscriber"), None);
    }

    #[test]
    fn amounts() {
        assert_eq!(amount("0,35"), Some(Decimal::new(35, 2)));
        assert_eq!(amount("0.021"), Some(Decimal::new(21, 3)));
        assert_eq!(amount("-1"), None);
    }
}
