//! The browser's `Intl`: numbers, money and country names in any language, at no wasm cost.
//! Formatters are made once per language and kept.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use super::number::Marks;
use crate::pricing::CountryCode;

thread_local! {
    static FORMATS: RefCell<HashMap<String, Function>> = RefCell::default();
    static REGIONS: RefCell<HashMap<(&'static str, CountryCode), String>> = RefCell::default();
    /// Per language, every country's lower-case name to its code: what a country field typed
    /// in that language reads, on every keystroke, without asking Intl 249 times.
    static NAMED: RefCell<HashMap<&'static str, Vec<(String, CountryCode)>>> = RefCell::default();
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let options = Object::new();
    for (name, value) in pairs {
        let _ = Reflect::set(&options, &(*name).into(), value);
    }
    options
}

/// Formats `digits` (an exact decimal as text: `Intl` reads strings exactly) with the
/// formatter `key` names, making it with `make` the first time.
fn format(key: String, digits: &str, make: impl FnOnce() -> Intl::NumberFormat) -> Option<String> {
    let format = FORMATS.with(|f| {
        f.borrow_mut()
            .entry(key)
            .or_insert_with(|| make().format())
            .clone()
    });
    format
        .call1(&JsValue::NULL, &digits.into())
        .ok()?
        .as_string()
}

pub fn currency(lang: &str, currency: &str, digits: &str, dp: u32) -> Option<String> {
    format(format!("{lang}/{currency}/{dp}"), digits, || {
        Intl::NumberFormat::new(
            &Array::of1(&lang.into()),
            &options(&[
                ("style", "currency".into()),
                ("currency", currency.into()),
                ("minimumFractionDigits", dp.into()),
                ("maximumFractionDigits", dp.into()),
            ]),
        )
    })
}

/// At most `dp` decimals, trailing zeros dropped.
pub fn number(lang: &str, digits: &str, dp: u32) -> Option<String> {
    format(format!("{lang}/number/{dp}"), digits, || {
        Intl::NumberFormat::new(
            &Array::of1(&lang.into()),
            &options(&[("maximumFractionDigits", dp.into())]),
        )
    })
}

/// The decimal and grouping marks `locale` writes numbers with, read off 12345.5 as it writes
/// it ("12.345,5", "12,345.5", "12 345,5").
pub fn marks(locale: &str) -> Option<Marks> {
    let text: Vec<char> = number(locale, "12345.5", 1)?.chars().collect();
    let decimal = *text.get(text.len().checked_sub(2)?)?;
    let group = *text.get(2)?;
    (!decimal.is_ascii_digit() && !group.is_ascii_digit()).then_some(Marks { decimal, group })
}

pub fn region(lang: &'static str, code: CountryCode) -> Option<String> {
    if let Some(name) = REGIONS.with(|r| r.borrow().get(&(lang, code)).cloned()) {
        return Some(name);
    }
    let names = Intl::DisplayNames::new(
        &Array::of1(&lang.into()),
        &options(&[("type", "region".into()), ("fallback", "none".into())]),
    );
    let name = String::from(names.of(code.as_str())?);
    REGIONS.with(|r| r.borrow_mut().insert((lang, code), name.clone()));
    Some(name)
}

/// `text` in lower case by `lang`'s rules. JavaScript's, not Rust's: `str::to_lowercase` would
/// bring Unicode's case tables into the wasm (9 KB, barely compressible) for a few dozen names.
fn lower(lang: &str, text: &str) -> String {
    js_sys::JsString::from(text)
        .to_locale_lower_case(Some(lang))
        .into()
}

/// Runs `f` on every country's name in `lang`, lower-cased, with its code.
fn with_names<R>(lang: &'static str, f: impl FnOnce(&[(String, CountryCode)]) -> R) -> R {
    NAMED.with(|named| {
        let mut named = named.borrow_mut();
        let names = named.entry(lang).or_insert_with(|| {
            crate::pricing::country::all()
                .filter_map(|(code, _)| region(lang, code).map(|n| (lower(lang, &n), code)))
                .collect()
        });
        f(names)
    })
}

/// The country whose name in `lang`, lower-cased the same way, is `name`.
pub fn region_named(lang: &'static str, name: &str) -> Option<CountryCode> {
    let name = lower(lang, name);
    with_names(lang, |names| {
        names
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, code)| *code)
    })
}

/// The countries whose name in `lang` begins with `prefix` (any case).
pub fn regions_named_from(lang: &'static str, prefix: &str) -> Vec<CountryCode> {
    let prefix = lower(lang, prefix);
    with_names(lang, |names| {
        names
            .iter()
            .filter(|(n, _)| n.starts_with(&prefix))
            .map(|(_, code)| *code)
            .collect()
    })
}
