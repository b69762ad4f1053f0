//! Two generators of static tables, so the app parses nothing at start-up:
//! - `build/messages.rs`: the catalogues `i18n/*.txt` into `$OUT_DIR/messages.rs` (`Msg`, one
//!   table per language);
//! - `build/builtin_card.rs`: `data/*.csv` into `$OUT_DIR/builtin_card.rs` (country names and
//!   aliases, the built-in card).
//!
//! `build/common.rs` has what both use. Any bad row, missing key or mismatched placeholder fails
//! the build with the file, line and reason.

#[path = "build/builtin_card.rs"]
mod builtin_card;
#[path = "build/common.rs"]
mod common;
#[path = "build/messages.rs"]
mod messages;

fn main() {
    messages::generate();
    builtin_card::generate();
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build");
}
