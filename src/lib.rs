//! Microsoft Teams Audio Conferencing cost calculator: per-user licence vs pay-per-minute.
//!
//! `pricing` is the pure engine; `format` and `text` turn its results into the words and
//! figures both the page and the `quote` CLI show; `state` is the page's one reducer; `ui` the
//! Yew components.

pub mod chart;
pub mod embed;
pub mod format;
pub mod i18n;
pub mod io;
pub mod presets;
pub mod pricing;
pub mod share;
pub mod state;
pub mod text;
pub mod ui;
