//! Cells that a spreadsheet would run as a formula are neutralised before they are written.

use std::borrow::Cow;

/// A leading `=`, `+`, `-`, `@`, tab or carriage return makes Excel, LibreOffice and Sheets
/// treat a cell as a formula; a leading apostrophe makes it text (OWASP's advice).
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// CSV text from rows of cells, every cell neutralised, quoted where CSV needs it. An empty row
/// is a blank line (the csv crate would write `""`), which spreadsheets show as a gap.
pub fn write_rows<I, R, C>(rows: I) -> String
where
    I: IntoIterator<Item = R>,
    R: IntoIterator<Item = C>,
    C: AsRef<str>,
{
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .into_iter()
            .map(|c| neutralise(c.as_ref()).into_owned())
            .collect();
        if cells.is_empty() {
            out.push('\n');
            continue;
        }
        let mut writer = csv::Writer::from_writer(Vec::new());
        // Writing to a Vec cannot fail; the bytes are the UTF-8 cells plus quotes.
        let _ = writer.write_record(&cells);
        out.push_str(
            &String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default(),
        );
    }
    out
}
