//! Files in and out: the quote as CSV, rate cards as JSON and CSV (pure; the browser and the
//! CLI only move the bytes).

pub mod csv_cell;
pub mod quote_csv;
pub mod rate_import;
pub mod rate_worker;
