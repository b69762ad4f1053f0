//! The message catalogues `i18n/en.txt` and `i18n/es.txt` into `$OUT_DIR/messages.rs`: one
//! `Msg` variant per key, `KEYS`, and one table per language (`EN`, `ES`), in the order of
//! en.txt. A malformed line, a key twice or without text, a key missing from either file, or a
//! message whose `{placeholders}` differ between the languages fails the build.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use crate::common::{rust_str, write_out};

/// `key = text` lines (`#` comments, blank lines ignored), in file order.
fn read_catalogue(path: &str) -> Vec<(usize, String, String)> {
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut seen = BTreeSet::new();
    let mut entries = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line
            .split_once(" = ")
            .unwrap_or_else(|| panic!("{path}:{line_no}: expected `key = text`"));
        let key = key.trim();
        assert!(
            !key.is_empty()
                && key
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
            "{path}:{line_no}: a key is lower_snake_case"
        );
        assert!(
            seen.insert(key.to_string()),
            "{path}:{line_no}: {key} appears twice"
        );
        assert!(
            !value.trim().is_empty(),
            "{path}:{line_no}: {key} has no text"
        );
        entries.push((line_no, key.to_string(), value.trim().to_string()));
    }
    entries
}

/// The `{name}` placeholders of a message, sorted.
fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .collect()
}

/// `toll_dial_in` -> `TollDialIn`.
fn variant(key: &str) -> String {
    key.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
        })
        .collect()
}

pub fn generate() {
    let english = read_catalogue("i18n/en.txt");
    let spanish: BTreeMap<String, (usize, String)> = read_catalogue("i18n/es.txt")
        .into_iter()
        .map(|(line, key, text)| (key, (line, text)))
        .collect();
    let mut out = String::from("/// One message of the catalogues (i18n/*.txt).\n#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]\npub enum Msg {\n");
    let mut en = String::new();
    let mut es = String::new();
    for (line, key, text) in &english {
        let (es_line, es_text) = spanish
            .get(key)
            .unwrap_or_else(|| panic!("i18n/es.txt: {key} is missing (i18n/en.txt:{line})"));
        assert_eq!(
            placeholders(text),
            placeholders(es_text),
            "i18n/es.txt:{es_line}: {key} must use the same {{placeholders}} as i18n/en.txt:{line}"
        );
        writeln!(out, "    {},", variant(key)).unwrap();
        writeln!(en, "    {},", rust_str(text)).unwrap();
        writeln!(es, "    {},", rust_str(es_text)).unwrap();
    }
    for (key, (line, _)) in &spanish {
        assert!(
            english.iter().any(|(_, k, _)| k == key),
            "i18n/es.txt:{line}: {key} is not in i18n/en.txt"
        );
    }
    let n = english.len();
    write!(out, "}}\n\npub static KEYS: [&str; {n}] = [{}];\npub static EN: [&str; {n}] = [\n{en}];\npub static ES: [&str; {n}] = [\n{es}];\n",
        english.iter().map(|(_, k, _)| rust_str(k)).collect::<Vec<_>>().join(", ")).unwrap();
    write_out("messages.rs", &out);
}
