//! Microsoft Teams Audio Conferencing cost calculator: per-user licence vs pay-per-minute.
//!
//! `pricing` is the pure engine; `i18n` turns its results into the words and figures both the
//! page and the `quote` CLI show (`i18n::number`, `i18n::text`); `state` is the page's one
//! reducer; `ui` the Yew components; `io` the files, in the worker; `share` the link.

pub mod embed;
pub mod i18n;
pub mod io;
pub mod pricing;
pub mod share;
pub mod state;
pub mod ui;
