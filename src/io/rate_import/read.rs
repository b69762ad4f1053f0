//! Bytes to rows: a workbook's sheets, or a CSV file as one sheet, every cell as text.

use std::fmt;
use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use super::{phrase, problem, ImportProblem};
use crate::i18n::Msg;

/// One sheet's cells as text, row by row.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<String>>,
}

pub fn read_xlsx(file_name: &str, bytes: &[u8]) -> Result<Vec<Sheet>, Vec<ImportProblem>> {
    let unreadable = |e: &dyn fmt::Display| {
        vec![problem(
            file_name,
            None,
            None,
            phrase(Msg::ImportNotXlsx, &[("error", e.to_string())]),
        )]
    };
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
    let mut sheets = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook
            .worksheet_range(&name)
            .map_err(|e| unreadable(&e))?;
        // Cell (0,0) of the range may not be A1: keep spreadsheet row numbers right.
        let first_row = range.start().map_or(0, |(row, _)| row as usize);
        let first_col = range.start().map_or(0, |(_, col)| col as usize);
        let mut rows = vec![Vec::new(); first_row];
        for row in range.rows() {
            let mut cells = vec![String::new(); first_col];
            cells.extend(row.iter().map(cell_text));
            rows.push(cells);
        }
        sheets.push(Sheet { name, rows });
    }
    Ok(sheets)
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        // Shortest round-trip text of the binary double: 0.0135 reads back as "0.0135".
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        other => other.to_string(),
    }
}

pub fn read_csv(file_name: &str, bytes: &[u8]) -> Result<Sheet, Vec<ImportProblem>> {
    let text = std::str::from_utf8(bytes).map_err(|_| {
        // Named like a workbook but no zip (import_card checked): a damaged or renamed file, not
        // a CSV saved in another encoding.
        let named_xlsx = file_name.to_ascii_lowercase().ends_with(".xlsx");
        let msg = if named_xlsx {
            Msg::ImportNotSpreadsheet
        } else {
            Msg::ImportNotUtf8
        };
        vec![problem(file_name, None, None, phrase(msg, &[]))]
    })?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            vec![problem(
                file_name,
                Some(i + 1),
                None,
                phrase(Msg::ImportNotCsv, &[("error", e.to_string())]),
            )]
        })?;
        rows.push(record.iter().map(String::from).collect());
    }
    let name = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    Ok(Sheet {
        name: name
            .strip_suffix(".csv")
            .or_else(|| name.strip_suffix(".CSV"))
            .unwrap_or(name)
            .to_string(),
        rows,
    })
}
