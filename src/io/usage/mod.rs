//! A tenant's own call logs in: the Teams admin center's PSTN usage report (CSV, "Export to
//! Excel") and Microsoft Graph's `getPstnCalls` (JSON pages of `pstnCallLogRow`), read as a
//! stream of chunks into aggregates, never into rows: a 90-day export of a large tenant (a
//! million rows) takes the memory of its organizers and countries, not of its calls.
//!
//! By concern: `fields` names the columns in either format, `csv` and `json` turn chunks of
//! bytes into records of text fields, `tally` reads each record as a call (per-call billed
//! minutes, country, bridge number) and adds it up, `derive` turns the tally into usage lines
//! and reconciles what Microsoft charged with a rate card.
//!
//! Privacy: names, user names, callers' and callees' numbers and call IDs are read one record at
//! a time and never kept: an organizer is kept as a hash, to count organizers and sum their
//! minutes. What leaves this module ([`UsageSummary`]) is aggregates, plus the tenant's own
//! bridge numbers (its service numbers, which the user marks toll or toll-free).

mod csv;
mod derive;
mod fields;
mod json;
mod tally;
pub mod worker;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::i18n::{Msg, Phrase};
use crate::pricing::CountryCode;

pub use crate::io::usage_protocol::{Choices, Grouping, TollClass};
pub use derive::{derive, group_name, reconcile, Derived, MixLine, Reconciled, Reconciliation};
pub use fields::Field;
pub use tally::{Bridge, Cell, Dial, GroupLabel, GroupTally, Period};

/// How many malformed records are listed by row number; the rest are only counted.
pub const MALFORMED_LISTED: usize = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    /// The PSTN usage report's CSV.
    Csv,
    /// Graph `getPstnCalls` JSON.
    Graph,
}

/// The licence a call was billed under (the report's "Capability", Graph's
/// `licenseCapability`), as far as the conferencing options go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Capability {
    /// `MCOMEETADD`: Audio Conferencing (per user).
    AudioConferencing,
    /// `MCOMEETACPEA`: pay-per-minute Audio Conferencing.
    PayPerMinute,
    /// `MCOPSTNPP`: Communications Credits.
    CommunicationsCredits,
    /// Anything else, or none given.
    Other,
}

impl Capability {
    fn parse(text: &str) -> Self {
        match text.trim().to_ascii_uppercase().as_str() {
            "MCOMEETADD" => Capability::AudioConferencing,
            "MCOMEETACPEA" => Capability::PayPerMinute,
            "MCOPSTNPP" => Capability::CommunicationsCredits,
            _ => Capability::Other,
        }
    }
}

/// Why a record was left out. Never the field's value: it may be a name or a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reason {
    Missing(Field),
    NotUnderstood(Field),
    UnknownCountry(Field),
    /// A call longer than a day.
    TooLong,
    /// More distinct bridge numbers than [`tally::MAX_BRIDGES`].
    TooManyBridges,
    /// A JSON object that is not valid JSON, or not a call or a page of calls.
    NotJson,
}

/// A record left out: the file, its row (CSV: the record's number, the header being 1; JSON: the
/// call's number in the file) and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Malformed {
    pub file: String,
    pub row: u64,
    pub reason: Reason,
}

impl Malformed {
    pub fn phrase(&self) -> Phrase {
        let (msg, field) = match self.reason {
            Reason::Missing(f) => (Msg::LogsRowMissing, Some(f)),
            Reason::NotUnderstood(f) => (Msg::LogsRowNotUnderstood, Some(f)),
            Reason::UnknownCountry(f) => (Msg::LogsRowUnknownCountry, Some(f)),
            Reason::TooLong => (Msg::LogsRowTooLong, None),
            Reason::TooManyBridges => (Msg::LogsRowTooManyBridges, None),
            Reason::NotJson => (Msg::LogsRowNotJson, None),
        };
        let mut args = vec![
            ("file".to_string(), self.file.clone()),
            ("row".to_string(), self.row.to_string()),
        ];
        if let Some(field) = field {
            args.push(("column".to_string(), field.csv_name().to_string()));
        }
        Phrase { msg, args }
    }
}

/// A file that can't be read as a usage report at all: nothing of it is imported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum UsageError {
    /// A CSV without the report's header, or JSON without calls: what is missing.
    NotAReport {
        file: String,
        format: Format,
        missing: Vec<Field>,
    },
    /// UTF-16 text (Excel's "Unicode text").
    NotUtf8 { file: String },
    /// One JSON object (a page) larger than [`json::MAX_OBJECT_BYTES`].
    ObjectTooLarge { file: String, mb: usize },
    /// A CSV record over [`csv::MAX_RECORD_BYTES`] (an unclosed quote, say).
    RowTooLarge { file: String, row: u64 },
    /// No conferencing call: nothing to derive a mix from (`ignored` calls of other types).
    NoCalls { ignored: u64 },
}

impl UsageError {
    pub fn phrase(&self) -> Phrase {
        let arg = |n: &str, v: String| (n.to_string(), v);
        match self {
            UsageError::NotAReport {
                file,
                format,
                missing,
            } => {
                let names: Vec<&str> = missing
                    .iter()
                    .map(|f| match format {
                        Format::Csv => f.csv_name(),
                        Format::Graph => f.graph_name(),
                    })
                    .collect();
                let msg = match format {
                    Format::Csv => Msg::LogsNotReportCsv,
                    Format::Graph => Msg::LogsNotReportGraph,
                };
                Phrase {
                    msg,
                    args: vec![arg("file", file.clone()), arg("columns", names.join(", "))],
                }
            }
            UsageError::NotUtf8 { file } => Phrase {
                msg: Msg::LogsNotUtf8,
                args: vec![arg("file", file.clone())],
            },
            UsageError::ObjectTooLarge { file, mb } => Phrase {
                msg: Msg::LogsObjectTooLarge,
                args: vec![arg("file", file.clone()), arg("mb", mb.to_string())],
            },
            UsageError::RowTooLarge { file, row } => Phrase {
                msg: Msg::LogsRowTooLarge,
                args: vec![arg("file", file.clone()), arg("row", row.to_string())],
            },
            UsageError::NoCalls { ignored } => Phrase {
                msg: Msg::LogsNoCalls,
                args: vec![arg("ignored", ignored.to_string())],
            },
        }
    }
}

/// Everything read from one or several files, as aggregates: what the page and the CLI see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsageSummary {
    /// Records read as calls (conferencing or not), malformed ones excluded.
    pub calls_read: u64,
    /// Conferencing calls (`conf_in`, `conf_out`) in the mix.
    pub conferencing_calls: u64,
    /// Conferencing calls that never connected (0 s): not billed, left out of the mix.
    pub unconnected: u64,
    /// Other call types by name (`user_in`, `ucap_out`, …), with their counts, by count.
    pub ignored: Vec<(String, u64)>,
    pub malformed: u64,
    /// The first [`MALFORMED_LISTED`] malformed records.
    pub malformed_listed: Vec<Malformed>,
    /// Dial-in calls whose caller's country the file doesn't give (Graph v1.0 has none): counted
    /// from the country of the number dialled, or else the organizer's usage location.
    pub dial_in_country_guessed: u64,
    pub period: Period,
    /// The tenant's bridge numbers that dial-in calls reached, by calls.
    pub bridges: Vec<Bridge>,
    /// Distinct organizers seen in conferencing calls: a hint, not the licence count.
    pub organizers: u32,
    /// The country most organizers are in (Graph's `tenantCountryCode` when given).
    pub tenant_country: Option<CountryCode>,
    /// The currencies charges are in (one, in a well-formed file).
    pub currencies: Vec<String>,
    /// The calls grouped each way the page offers, the group's organizers counted.
    pub all: Vec<GroupTally>,
    pub by_location: Vec<GroupTally>,
    pub heavy_light: Vec<GroupTally>,
}

/// Reads usage files pushed in chunks: [`UsageReader::start`] each file, [`feed`] its bytes in
/// chunks of any size, then [`finish`] once for all of them.
///
/// [`feed`]: UsageReader::feed
/// [`finish`]: UsageReader::finish
#[derive(Default)]
pub struct UsageReader {
    file: String,
    source: Option<Source>,
    tally: tally::Tally,
    started: bool,
}

enum Source {
    Csv(Box<csv::CsvStream>),
    Json(json::JsonStream),
}

impl UsageReader {
    pub fn new() -> Self {
        Self::default()
    }

    /// Begins a file: its format is told from its first bytes.
    pub fn start(&mut self, file: &str) -> Result<(), UsageError> {
        self.end_file()?;
        self.file = file.rsplit(['/', '\\']).next().unwrap_or(file).to_string();
        self.source = None;
        self.started = true;
        Ok(())
    }

    /// Reads the next chunk of the current file.
    pub fn feed(&mut self, chunk: &[u8]) -> Result<(), UsageError> {
        if !self.started {
            self.start("")?;
        }
        let source = match &mut self.source {
            Some(source) => source,
            None => {
                // Skip a BOM and leading blanks; wait for the first meaningful byte.
                let rest = skip_bom(chunk);
                let Some(&first) = rest.iter().find(|b| !b.is_ascii_whitespace()) else {
                    return Ok(());
                };
                if rest.starts_with(&[0xFF, 0xFE]) || rest.starts_with(&[0xFE, 0xFF]) {
                    return Err(UsageError::NotUtf8 {
                        file: self.file.clone(),
                    });
                }
                self.source = Some(if first == b'{' || first == b'[' {
                    Source::Json(json::JsonStream::default())
                } else {
                    Source::Csv(Box::default())
                });
                return self.feed(rest);
            }
        };
        match source {
            Source::Csv(s) => s.feed(chunk, &self.file, &mut self.tally),
            Source::Json(s) => s.feed(chunk, &self.file, &mut self.tally),
        }
    }

    fn end_file(&mut self) -> Result<(), UsageError> {
        match self.source.take() {
            Some(Source::Csv(s)) => s.finish(&self.file, &mut self.tally),
            Some(Source::Json(s)) => s.finish(&self.file, &mut self.tally),
            None if self.started => Err(UsageError::NotAReport {
                file: self.file.clone(),
                format: Format::Csv,
                missing: fields::REQUIRED.to_vec(),
            }),
            None => Ok(()),
        }
    }

    /// Ends the last file and sums everything up.
    pub fn finish(mut self) -> Result<UsageSummary, UsageError> {
        self.end_file()?;
        self.tally.summary()
    }
}

fn skip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes)
}

/// Reads files already in memory (the tests and the fuzz targets): each `(name, bytes)` in turn,
/// in chunks of 64 KB, so records cross chunk boundaries as they do in the page's 4 MB slices.
pub fn read_usage(files: &[(&str, &[u8])]) -> Result<UsageSummary, UsageError> {
    let mut reader = UsageReader::new();
    for (name, bytes) in files {
        reader.start(name)?;
        for chunk in bytes.chunks(64 * 1024) {
            reader.feed(chunk)?;
        }
    }
    reader.finish()
}

/// Tenths of a minute as minutes, exactly.
pub fn tenths(n: u64) -> Decimal {
    Decimal::from(n) / Decimal::TEN
}
