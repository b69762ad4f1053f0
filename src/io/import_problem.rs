//! What is wrong with a file the user imported: shared by the worker that reads it and the page
//! that shows it (the page is built without the readers themselves).

use std::fmt;

use crate::i18n::{Lang, Msg, Phrase};

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
