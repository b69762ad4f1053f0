//! Files in and out: the quote as CSV, rate cards as JSON and CSV (pure; the browser and the
//! CLI only move the bytes).

pub mod csv_cell;
pub mod import_problem;
pub mod quote_csv;
/// The readers and writers of rate cards: in the worker, the CLI and the tests (the `files`
/// feature), not in the page.
#[cfg(feature = "files")]
pub mod rate_import;
pub mod rate_worker;
/// The readers of a tenant's call logs (PSTN usage report, Graph getPstnCalls): in the worker,
/// the CLI and the tests, like the rate-card readers.
#[cfg(feature = "files")]
pub mod usage;
pub mod usage_protocol;
