//! The page's side of importing call logs: what it asks the worker (src/io/usage/, in the
//! worker's build only) and what comes back. The file goes to the worker in chunks, so the page
//! can show progress and stop; what comes back is aggregates worded in the page's language and
//! the derived groups, never a name, a caller's number or a call ID.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Phrase};
use crate::pricing::{Group, RateCard};

/// Whether a bridge number is toll or toll-free.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TollClass {
    Toll,
    TollFree,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grouping {
    /// One group, every organizer.
    #[default]
    All,
    /// A group per usage location.
    Location,
    /// Heavy and light callers.
    HeavyLight,
}

/// What the file can't say and the user decides.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choices {
    pub grouping: Grouping,
    /// Each bridge number's class, by its index in the summary; a bridge without one takes its
    /// pre-fill.
    pub bridges: Vec<TollClass>,
    /// The share of toll-free dial-in and dial-out calls made from or to mobiles, 0 to 1 (the
    /// file doesn't tell a mobile number from a landline).
    pub mobile_share: Decimal,
}

#[derive(Serialize, Deserialize)]
pub enum UsageRequest {
    /// A new import of the file named (an unfinished one is dropped).
    Start { file: String },
    /// The file's next bytes.
    Chunk(Vec<u8>),
    /// The file is all read: sum it up and derive.
    Finish(Box<Derive>),
    /// Derive again with other choices, from what the worker kept.
    Derive(Box<Derive>),
    /// Drop the import.
    Cancel,
}

/// How to derive and word the mix: the user's choices, the card to reconcile with, the
/// page's language.
#[derive(Serialize, Deserialize)]
pub struct Derive {
    pub choices: Choices,
    pub card: RateCard,
    pub lang: Lang,
}

#[derive(Serialize, Deserialize)]
pub enum UsageResponse {
    /// A chunk read, or the import dropped.
    Read,
    /// The file is not a usage report, or nothing was imported: why.
    Failed(Phrase),
    View(Box<UsageView>),
}

/// What the page shows of an import, already worded.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UsageView {
    /// The period used, the calls counted, ignored and left out, the organizers seen.
    pub facts: Vec<String>,
    /// The first malformed rows, with their row numbers and why.
    pub malformed: Vec<String>,
    pub bridges: Vec<BridgeView>,
    /// Per kind and country: the line, calls, billed minutes, charged, the card's price.
    pub reconciliation: Vec<[String; 5]>,
    /// How far the card reproduces what was charged, in one sentence.
    pub verdict: String,
    /// The call mix per month, grouped as chosen, the groups named.
    pub groups: Vec<Group>,
}

/// A bridge number the tenant's callers dialled: the tenant's own service number.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BridgeView {
    pub number: String,
    pub calls: String,
    pub class: TollClass,
    /// Whether the file said which it is (else it is a guess from the number to confirm).
    pub from_file: bool,
}
