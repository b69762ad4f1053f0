//! What an import tells the user: what is wrong with the file, or what was made of it. Shared
//! by the worker that reads it and the page that shows it (the page is built without the
//! readers themselves).

use std::fmt;

use crate::i18n::{Lang, Msg, Phrase};
use crate::pricing::{CardClash, RateCard, SheetFor, Side};

/// A card read from a file, and what the page tells about the reading.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Imported {
    pub card: RateCard,
    pub summary: ImportSummary,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ImportSummary {
    /// The option the card is for, and who said so.
    pub sheet: SheetFor,
    pub said_by: SaidBy,
    /// Countries with a service listed by several prefixes at different rates (priced at the
    /// highest).
    pub prefix_countries: usize,
    /// Premium-number rows left out (no offer covers premium numbers).
    pub premium_rows: usize,
    /// Countries whose toll dial-in has its own rate from mobiles.
    pub toll_by_phone: usize,
}

/// Who said which option a card is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SaidBy {
    /// Its file: the name, a sheet's name or title, a "Rate Type" column, or a card's JSON.
    File,
    /// The user, at import.
    You,
    /// No one: the card prices both options.
    #[default]
    Nobody,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ImportProblem {
    /// The sheet (or file) the problem is in.
    pub sheet: String,
    /// 1-based, as the spreadsheet numbers rows; `None` for the file as a whole.
    pub row: Option<usize>,
    pub column: Option<String>,
    /// What is wrong, in any language (the worker doesn't know the page's).
    pub message: Phrase,
}

impl ImportProblem {
    /// Why `file`, a card for the option `new`, can't join `current`, whose card for the other
    /// option is in another currency or increment.
    pub fn clash(file: &str, clash: &CardClash, current: &RateCard, new: SheetFor) -> Self {
        let other = match new {
            SheetFor::PayPerMinute => Side::PerUser,
            SheetFor::PerUser | SheetFor::Both => Side::PayPerMinute,
        };
        let (here, there) = match clash {
            CardClash::Currency(here, there) => (here.clone(), there.clone()),
            CardClash::Increment(here, there) => (here.to_string(), there.to_string()),
        };
        ImportProblem {
            sheet: file.into(),
            row: None,
            column: None,
            message: Phrase {
                msg: Msg::RatesClash,
                args: vec![
                    ("here".into(), here),
                    ("there".into(), there),
                    ("name".into(), current.for_side(other).name.to_string()),
                ],
            },
        }
    }

    /// "Dial-out calls - UK, row 3, Destination: …" in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        let mut text = self.sheet.clone();
        if let Some(row) = self.row {
            text.push_str(&lang.tf(Msg::ImportRow, &[("row", &row.to_string())]));
        }
        if let Some(column) = &self.column {
            text.push_str(", ");
            text.push_str(column);
        }
        format!("{text}: {}", lang.phrase(&self.message))
    }
}

/// In English, as the CLI shows it.
impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}
