//! Rate cards in and out: Microsoft's downloadable rate spreadsheet (.xlsx), the same as CSV,
//! or this project's own JSON card. Every problem is listed (sheet, row, column, what is wrong)
//! and a file with any problem imports nothing: never half a card.
//!
//! By concern: `read` turns bytes into rows (xlsx, CSV), `microsoft` reads rates from rows in
//! Microsoft's layout, `json` reads a card in this project's format, `export` writes a card out.
//! This module tells the formats apart and holds what they share: the problems (their type is
//! `io::import_problem`, which the page shows without these readers), the limits and
//! the check on an amount.

mod export;
mod json;
mod microsoft;
mod read;

use std::str::FromStr;

use rust_decimal::Decimal;

pub use super::import_problem::{ImportProblem, ImportSummary, Imported, SaidBy};
use crate::i18n::{Msg, Phrase};
use crate::pricing::{RateCard, Rates, SheetFor};

pub use export::{card_csv, card_json};
pub use json::card_from_json;
pub use microsoft::from_sheets;
pub use read::{read_csv, read_xlsx, Sheet};

/// Far more rows than any rate sheet (Microsoft's have a few thousand); beyond it, a message.
pub const MAX_ROWS: usize = 100_000;
pub const MAX_BYTES: usize = 20 * 1024 * 1024;
/// No real per-minute rate or connection charge comes near this, in any currency offered.
const MAX_RATE: u32 = 100_000;

fn phrase(msg: Msg, args: &[(&str, String)]) -> Phrase {
    Phrase {
        msg,
        args: args
            .iter()
            .map(|(name, value)| (name.to_string(), value.clone()))
            .collect(),
    }
}

fn problem(
    sheet: &str,
    row: Option<usize>,
    column: Option<&str>,
    message: Phrase,
) -> ImportProblem {
    ImportProblem {
        sheet: sheet.into(),
        row,
        column: column.map(String::from),
        message,
    }
}

/// Reads `bytes` (xlsx, CSV or JSON, told apart by their content) into a card whose
/// availability and Zone A come from `base`, for the option `chosen` (by the user; `None`: the
/// one the file names, else both). `today` becomes the card's as-of date for sheets, which
/// carry none.
pub fn import_card(
    file_name: &str,
    bytes: &[u8],
    base: &RateCard,
    today: &str,
    chosen: Option<SheetFor>,
) -> Result<Imported, Vec<ImportProblem>> {
    if bytes.len() > MAX_BYTES {
        return Err(vec![problem(
            file_name,
            None,
            None,
            phrase(
                Msg::ImportTooLarge,
                &[("mb", (MAX_BYTES / 1024 / 1024).to_string())],
            ),
        )]);
    }
    let text_start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF);
    if bytes.starts_with(b"PK\x03\x04") {
        from_sheets(
            file_name,
            &read_xlsx(file_name, bytes)?,
            base,
            today,
            chosen,
        )
    } else if text_start.is_some_and(|i| bytes[i] == b'{') {
        card_from_json(file_name, bytes, base, chosen)
    } else {
        from_sheets(
            file_name,
            &[read_csv(file_name, bytes)?],
            base,
            today,
            chosen,
        )
    }
}

/// What the page tells about `card` once read: the option it is for, who said so, and what
/// its rates hold.
fn summary(card: &RateCard, said_by: SaidBy, premium_rows: usize) -> ImportSummary {
    let counted = |has: fn(&Rates) -> bool| {
        card.countries
            .iter()
            .filter(|c| {
                [Some(card), card.pay_per_minute.as_deref()]
                    .into_iter()
                    .flatten()
                    .any(|card| card.country(c.code).is_some_and(|c| has(&c.rates)))
            })
            .count()
    };
    ImportSummary {
        sheet: card.sheet,
        said_by,
        prefix_countries: counted(|r| r.all().iter().flatten().any(|r| r.prefixes.is_some())),
        premium_rows,
        toll_by_phone: counted(|r| r.toll_dial_in_wireless.is_some()),
    }
}

/// An amount as a sheet or a card states it: a number, not negative, at most [`MAX_RATE`].
fn parse_amount(text: &str) -> Result<Decimal, Phrase> {
    let text = text.trim();
    let args = [("value", text.to_string())];
    let value = Decimal::from_str(text).map_err(|_| phrase(Msg::ImportNotNumber, &args))?;
    if value.is_sign_negative() && !value.is_zero() {
        return Err(phrase(Msg::ImportNegative, &args));
    }
    if value > Decimal::from(MAX_RATE) {
        return Err(phrase(Msg::ImportTooHigh, &args));
    }
    Ok(value)
}
