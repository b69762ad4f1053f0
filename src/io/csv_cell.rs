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

/// CSV text (RFC 4180, `\n` line ends) from rows of cells, every cell neutralised and quoted
/// where CSV needs it. An empty row is a blank line, which spreadsheets show as a gap.
///
/// Written by hand rather than with the csv crate's writer: that writer brings float parsing and
/// its tables (a 30 KB data segment, 16 KB compressed) into the page's wasm, for what is a few
/// lines of quoting here.
pub fn write_rows<I, R, C>(rows: I) -> String
where
    I: IntoIterator<Item = R>,
    R: IntoIterator<Item = C>,
    C: AsRef<str>,
{
    let mut out = String::new();
    for row in rows {
        for (i, cell) in row.into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_cell(&mut out, &neutralise(cell.as_ref()));
        }
        out.push('\n');
    }
    out
}

/// A cell holding a comma, a quote or a line break is quoted, its quotes doubled.
fn push_cell(out: &mut String, cell: &str) {
    if cell.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}
