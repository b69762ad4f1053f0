//! What both generators share: reading the CSV files of `data/` by column name, and writing a
//! generated Rust file into `$OUT_DIR`. Every failure panics with the file and line, which fails
//! the build.

use std::collections::BTreeMap;
use std::path::Path;

/// One CSV record, by column name.
pub type Row = BTreeMap<String, String>;

/// The records of a CSV file with a header row, each with its line number.
pub fn read_rows(path: &str) -> Vec<(u64, Row)> {
    println!("cargo:rerun-if-changed={path}");
    let mut reader = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let headers = reader
        .headers()
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .clone();
    reader
        .records()
        .map(|record| {
            let record = record.unwrap_or_else(|e| panic!("{path}: {e}"));
            let line = record.position().map_or(0, |p| p.line());
            let row = headers
                .iter()
                .map(String::from)
                .zip(record.iter().map(String::from))
                .collect();
            (line, row)
        })
        .collect()
}

/// The trimmed value of column `name`; a missing column fails the build.
pub fn field<'a>(path: &str, line: u64, row: &'a Row, name: &str) -> &'a str {
    row.get(name)
        .unwrap_or_else(|| panic!("{path}:{line}: column {name} is missing"))
        .trim()
}

/// `s` as a Rust string literal.
pub fn rust_str(s: &str) -> String {
    format!("{s:?}")
}

/// Writes `$OUT_DIR/{name}`, which the crate `include!`s.
pub fn write_out(name: &str, text: &str) {
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join(name);
    std::fs::write(&dest, text).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
