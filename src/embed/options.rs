//! The options a host page gives the calculator (as `data-` attributes of a script embed, or as
//! URL parameters of an iframe), read strictly. Pure.
//!
//! Anything unknown or invalid is a warning (the page logs it to the console) and the default.

use crate::i18n::number::parse_whole;
use crate::i18n::Lang;
use crate::io::import_problem::ImportProblem;
use crate::pricing::scenario::limits::MAX_ORGANIZERS;
use crate::pricing::CountryCode;
use crate::state::{Action, Input};
use crate::ui::theme::Theme;

/// How the calculator is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Its own page: the masthead, autosave in this browser, the scenario in the address.
    #[default]
    Page,
    /// Inside an iframe (`?embed=1`): no masthead, no autosave; sizes itself to the host.
    Frame,
    /// Mounted into a host page's `<div data-audio-cost-calculator>`, in a shadow root.
    Script,
}

/// Every option an embed may set; `None` and empty mean the default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    pub mode: Mode,
    pub theme: Theme,
    pub transparent: bool,
    pub country: Option<CountryCode>,
    pub organizers: Option<u32>,
    /// A share link's fragment (`v2.…`): the scenario to start from.
    pub scenario: Option<String>,
    /// A JSON rate card to fetch on start-up (resolved against the host page or the iframe's
    /// own address), and the origins besides the page's own it may come from.
    pub rates: Option<String>,
    pub rates_origins: Vec<String>,
    /// Origins allowed to talk to an iframe embed (its parent); empty: any parent.
    pub parent_origins: Vec<String>,
    /// White-label custom properties: (`--ac-brand` etc., value), checked.
    pub style: Vec<(&'static str, String)>,
    /// The page's language; `None`: the visitor's browser's.
    pub lang: Option<Lang>,
}

impl EmbedOptions {
    /// Reads `(name, value)` pairs; returns the options and one warning per pair ignored.
    /// `currency`: the rate card's, the only one the calculator shows amounts in.
    pub fn read<'a>(
        mode: Mode,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        currency: &str,
    ) -> (Self, Vec<String>) {
        let mut options = EmbedOptions {
            mode,
            ..EmbedOptions::default()
        };
        let mut warnings = Vec::new();
        for (name, value) in pairs {
            let value = value.trim();
            if let Err(why) = options.set(name, value, currency) {
                warnings.push(format!(
                    "Audio Conferencing calculator: {name}=\"{}\" ignored: {why}.",
                    value.chars().take(80).collect::<String>()
                ));
            }
        }
        (options, warnings)
    }

    fn set(&mut self, name: &str, value: &str, currency: &str) -> Result<(), String> {
        match name {
            "country" => {
                self.country = Some(CountryCode::find(value).ok_or("not a country name or code")?)
            }
            "organizers" => {
                let n = parse_whole(value, Lang::En).map_err(|msg| Lang::En.says(msg))?;
                let n = u32::try_from(n.normalize().mantissa()).map_err(|_| "too large")?;
                if !(1..=MAX_ORGANIZERS).contains(&n) {
                    return Err("use 1 to 1,000,000".into());
                }
                self.organizers = Some(n);
            }
            "theme" => {
                self.theme = Theme::from_key(value).ok_or("use auto, light or dark")?;
            }
            "transparent" => {
                self.transparent = match value {
                    "" | "1" | "true" => true,
                    "0" | "false" => false,
                    _ => return Err("use true or false".into()),
                }
            }
            "scenario" => self.scenario = Some(value.trim_start_matches('#').to_string()),
            "rates" if !value.is_empty() => self.rates = Some(value.to_string()),
            "rates-origins" => self.rates_origins = origins(value)?,
            "origins" => self.parent_origins = origins(value)?,
            "brand" if is_colour(value) => self.style.push(("--ac-brand", value.into())),
            "brand" => return Err("use a hex colour such as #0b5cad".into()),
            "font" if is_font(value) => self.style.push(("--ac-font", value.into())),
            "font" => return Err("use font family names, e.g. Inter, sans-serif".into()),
            "radius" if is_length(value) => self.style.push(("--ac-radius", value.into())),
            "radius" => return Err("use a length such as 4px or 0.5em".into()),
            "locale" => {
                self.lang = Some(Lang::from_code(value).ok_or("use en or es")?);
            }
            "currency" if value.eq_ignore_ascii_case(currency) => {}
            "currency" => {
                return Err(format!(
                    "amounts are in the rate card's currency, {currency}"
                ))
            }
            _ => return Err("not an option of this calculator".into()),
        }
        Ok(())
    }

    /// What the options change in the scenario the page starts with.
    pub fn initial_actions(&self) -> Vec<Action> {
        let mut actions = Vec::new();
        if let Some(country) = self.country {
            actions.push(Action::text(
                Input::TenantCountry,
                country.name().to_string(),
            ));
        }
        if let Some(n) = self.organizers {
            actions.push(Action::text(Input::Organizers(0), n.to_string()));
        }
        actions
    }
}

/// Space-separated origins such as `https://example.com http://127.0.0.1:8080`.
fn origins(value: &str) -> Result<Vec<String>, String> {
    value
        .split_whitespace()
        .map(|o| {
            let o = o.trim_end_matches('/');
            let (scheme, host) = o
                .split_once("://")
                .ok_or("use origins like https://example.com")?;
            let ok = matches!(scheme, "http" | "https")
                && !host.is_empty()
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
            if ok {
                Ok(o.to_string())
            } else {
                Err("use origins like https://example.com".to_string())
            }
        })
        .collect()
}

fn is_colour(value: &str) -> bool {
    value.strip_prefix('#').is_some_and(|hex| {
        matches!(hex.len(), 3 | 4 | 6 | 8) && hex.chars().all(|c| c.is_ascii_hexdigit())
    })
}

/// Family names only: nothing that could close the declaration or load a resource.
fn is_font(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 120
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | ',' | '-' | '"' | '\''))
}

fn is_length(value: &str) -> bool {
    let number = value
        .strip_suffix("px")
        .or_else(|| value.strip_suffix("rem"))
        .or_else(|| value.strip_suffix("em"));
    number.is_some_and(|n| {
        !n.is_empty()
            && n.len() <= 5
            && n.chars().all(|c| c.is_ascii_digit() || c == '.')
            && n.chars().filter(|c| *c == '.').count() <= 1
    })
}

/// Why the host's rate card isn't in use.
#[derive(Clone, Debug, PartialEq)]
pub enum HostRatesProblem {
    /// Read, but not a valid card: its name and what is wrong.
    Rejected(String, Vec<ImportProblem>),
    /// Not fetched: its address and why.
    Unreachable(String, String),
}

/// Whether a message from `origin` may be heeded: it is listed, or nothing is listed.
pub fn origin_allowed(origin: &str, allowed: &[String]) -> bool {
    allowed.is_empty() || allowed.iter().any(|a| a == origin)
}
