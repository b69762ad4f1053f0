//! Embedding: the options a host page gives (`options`), where the calculator starts on its own
//! page, in an iframe or in a host's element (`start`), the iframe's messages with its host
//! (`frame`), the host's rate card (`host_rates`), and the "Embed this calculator" dialog with
//! its snippets (`dialog`, `snippets`).

pub mod dialog;
mod frame;
pub mod host_rates;
pub mod options;
pub mod snippets;
mod start;

pub use crate::ui::theme::Theme;
pub use options::{origin_allowed, EmbedOptions, HostRatesProblem, Mode};
pub use snippets::{host_csp, snippets};
pub use start::{start_page, start_script};
