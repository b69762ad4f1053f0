//! English and Spanish. Every word the page shows comes from the catalogues `i18n/en.txt` and
//! `i18n/es.txt` (build.rs turns them into `Msg` and one table per language, and fails the build
//! if a key or a `{placeholder}` is missing in either). Numbers and money follow the language:
//! in the browser through `Intl.NumberFormat` and country names through `Intl.DisplayNames`
//! (no wasm cost); natively (the CLI, server-side rendering) through `number` and the embedded
//! English names. `number` writes and reads numbers in each language; `text` words the engine's
//! results.

use std::borrow::Cow;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::pricing::CountryCode;

#[cfg(target_arch = "wasm32")]
mod intl;
pub mod number;
pub mod text;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A message with its values, to be worded in whichever language reads it (e.g. a problem the
/// importer worker found, shown in the page's language).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phrase {
    pub msg: Msg,
    pub args: Vec<(String, String)>,
}

/// In English.
impl std::fmt::Display for Phrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Lang::En.phrase(self))
    }
}

/// The browser's preferred locales (`navigator.languages`), set once at start-up: a Spanish
/// page in Mexico writes and reads numbers as Mexico does.
static BROWSER_LOCALES: OnceLock<Vec<String>> = OnceLock::new();

/// The Spanish page's decimal and grouping marks in the browser's locale, asked of `Intl` once:
/// every number typed is read with them, on every keystroke.
#[cfg(target_arch = "wasm32")]
static SPANISH_MARKS: OnceLock<number::Marks> = OnceLock::new();

/// Called once, before anything is shown, with the browser's preferred locales.
pub fn set_browser_locales(locales: Vec<String>) {
    let _ = BROWSER_LOCALES.set(locales);
    #[cfg(target_arch = "wasm32")]
    let _ = SPANISH_MARKS.get_or_init(number::spanish_marks);
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 code: `lang` on the page, `Intl`'s locale.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The reader's locale in this language, for `Intl`'s numbers: the first of the browser's
    /// locales in it ("es-MX"), else the language alone ("es").
    pub fn locale(self) -> &'static str {
        BROWSER_LOCALES
            .get()
            .and_then(|all| all.iter().find(|l| Lang::from_code(l) == Some(self)))
            .map_or(self.code(), String::as_str)
    }

    /// "es", "es-MX", "EN-gb": the language; `None` for one this page doesn't speak.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language's own name, as a language menu shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    pub fn t(self, msg: Msg) -> &'static str {
        match self {
            Lang::En => EN[msg as usize],
            Lang::Es => ES[msg as usize],
        }
    }

    /// The message with each `{name}` replaced by its value.
    pub fn tf(self, msg: Msg, args: &[(&str, &str)]) -> String {
        let mut text = self.t(msg).to_string();
        for (name, value) in args {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }

    pub fn phrase(self, phrase: &Phrase) -> String {
        let args: Vec<(&str, &str)> = phrase
            .args
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        self.tf(phrase.msg, &args)
    }

    /// `one` for a count of 1, else `many` with `{count}` filled in; `args` fill the rest.
    pub fn plural(self, count: usize, (one, many): (Msg, Msg), args: &[(&str, &str)]) -> String {
        let count_text = count.to_string();
        let mut all = vec![("count", count_text.as_str())];
        all.extend_from_slice(args);
        self.tf(if count == 1 { one } else { many }, &all)
    }

    /// The country's name in this language.
    pub fn country(self, code: CountryCode) -> Cow<'static, str> {
        #[cfg(target_arch = "wasm32")]
        if self != Lang::En {
            if let Some(name) = intl::region(self.code(), code) {
                return Cow::Owned(name);
            }
        }
        Cow::Borrowed(code.name())
    }

    /// "United Kingdom (GB)", "Reino Unido (GB)".
    pub fn country_label(self, code: CountryCode) -> String {
        format!("{} ({code})", self.country(code))
    }

    /// A country as typed: a code, an English name or alias, or its name in this language;
    /// else the message to show. While the text could still grow into a name ("Ge" on the way
    /// to "Germany"), it is not read as the code it happens to be (GE, Georgia): a code counts
    /// when written in capitals, or when every name it begins is that country's ("us").
    pub fn read_country(self, text: &str) -> Result<CountryCode, Msg> {
        let text = text.trim();
        if text.is_empty() {
            return Err(Msg::CountryHint);
        }
        // The names a text begins are looked for only when they decide: a lower-case code, or
        // what to say about text that isn't a country (every keystroke reads every field).
        let found = match CountryCode::parse(text) {
            Some(code) if text.bytes().all(|b| b.is_ascii_uppercase()) => Some(code),
            Some(code) => self
                .countries_named_from(text)
                .iter()
                .all(|c| *c == code)
                .then_some(code),
            None => CountryCode::by_name(text).or_else(|| self.local_country(text)),
        };
        found.ok_or_else(|| {
            if self.countries_named_from(text).is_empty() {
                Msg::CountryHint
            } else {
                Msg::CountryKeepTyping
            }
        })
    }

    /// The countries whose name (in English, or in this language) begins with `prefix`.
    fn countries_named_from(self, prefix: &str) -> Vec<CountryCode> {
        let english = CountryCode::named_from(prefix);
        #[cfg(target_arch = "wasm32")]
        if self != Lang::En {
            return english
                .chain(intl::regions_named_from(self.code(), prefix))
                .collect();
        }
        english.collect()
    }

    /// The country with this name in this language.
    #[cfg(target_arch = "wasm32")]
    fn local_country(self, name: &str) -> Option<CountryCode> {
        (self != Lang::En)
            .then(|| intl::region_named(self.code(), name))
            .flatten()
    }

    /// Natively the names are the English ones, which `CountryCode::by_name` already reads.
    #[cfg(not(target_arch = "wasm32"))]
    fn local_country(self, _name: &str) -> Option<CountryCode> {
        None
    }
}
