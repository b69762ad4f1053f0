//! ISO 3166-1 alpha-2 country codes and their English names (from `data/countries.csv`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::builtin::{COUNTRY_ALIASES, COUNTRY_NAMES};

/// A known ISO 3166-1 alpha-2 code. Two bytes, `Copy`, so usage lines stay cheap to clone.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct CountryCode([u8; 2]);

/// Alphabetical, compared as one big-endian u16: the derived order would call memcmp for two
/// bytes, and card lookups (a binary search per usage line) are hot.
impl Ord for CountryCode {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        u16::from_be_bytes(self.0).cmp(&u16::from_be_bytes(other.0))
    }
}

impl PartialOrd for CountryCode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl CountryCode {
    pub(crate) const fn from_static(code: [u8; 2]) -> Self {
        Self(code)
    }

    /// A known code, upper or lower case: `"gb"` and `"GB"` are both the United Kingdom.
    pub fn parse(text: &str) -> Option<Self> {
        let bytes: [u8; 2] = text.trim().as_bytes().try_into().ok()?;
        let code = Self(bytes.map(|b| b.to_ascii_uppercase()));
        COUNTRY_NAMES
            .binary_search_by_key(&code, |(c, _)| *c)
            .ok()
            .map(|_| code)
    }

    /// What a person (or a rate sheet) may write: a code, a name or a common alias such as
    /// "Russia" or "Korea, Republic of" (any case), or "Name (CC)" as the lists show it.
    pub fn find(text: &str) -> Option<Self> {
        Self::parse(text).or_else(|| Self::by_name(text))
    }

    /// A name or alias (any case), or "Name (CC)" as the lists show it; not a bare code.
    pub fn by_name(text: &str) -> Option<Self> {
        let text = text.trim();
        let labelled = text.strip_suffix(')').and_then(|t| t.rsplit_once('('));
        if let Some(code) = labelled.and_then(|(_, code)| Self::parse(code)) {
            return Some(code);
        }
        all()
            .chain(COUNTRY_ALIASES.iter().copied())
            .find(|(_, name)| name.eq_ignore_ascii_case(text))
            .map(|(code, _)| code)
    }

    /// The countries an English name or alias of starts with `prefix` (any case): what a person
    /// typing that far may still mean.
    pub fn named_from(prefix: &str) -> impl Iterator<Item = Self> + '_ {
        all()
            .chain(COUNTRY_ALIASES.iter().copied())
            .filter(move |(_, name)| {
                name.get(..prefix.len())
                    .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
            })
            .map(|(code, _)| code)
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored (`parse` and build.rs check them).
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    pub fn name(&self) -> &'static str {
        COUNTRY_NAMES
            .binary_search_by_key(self, |(c, _)| *c)
            .map_or("?", |i| COUNTRY_NAMES[i].1)
    }

    /// "United Kingdom (GB)": the label lists and messages use.
    pub fn label(&self) -> String {
        format!("{} ({})", self.name(), self.as_str())
    }
}

/// Every ISO 3166-1 country, sorted by code.
pub fn all() -> impl Iterator<Item = (CountryCode, &'static str)> {
    COUNTRY_NAMES.iter().copied()
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CountryCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "{text:?} is not an ISO 3166-1 alpha-2 country code"
            ))
        })
    }
}
