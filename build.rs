//! Turns `data/*.csv` into static Rust tables (`$OUT_DIR/builtin_card.rs`), so the app parses
//! nothing at start-up and every shipped figure stays in `data/` with its source, and the
//! message catalogues `i18n/*.txt` into `$OUT_DIR/messages.rs` (one `Msg` per key, one table per
//! language). Any bad row, missing key or mismatched placeholder fails the build with the file,
//! line and reason.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

type Row = BTreeMap<String, String>;

fn read_rows(path: &str) -> Vec<(u64, Row)> {
    println!("cargo:rerun-if-changed={path}");
    let mut reader = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let headers = reader
        .headers()
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .clone();
    reader
        .records()
        .map(|record| {
            let record = record.unwrap_or_else(|e| panic!("{path}: {e}"));
            let line = record.position().map_or(0, |p| p.line());
            let row = headers
                .iter()
                .map(String::from)
                .zip(record.iter().map(String::from))
                .collect();
            (line, row)
        })
        .collect()
}

fn field<'a>(path: &str, line: u64, row: &'a Row, name: &str) -> &'a str {
    row.get(name)
        .unwrap_or_else(|| panic!("{path}:{line}: column {name} is missing"))
        .trim()
}

fn check_code(path: &str, line: u64, code: &str) {
    let ok = code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase());
    assert!(
        ok,
        "{path}:{line}: {code:?} is not an ISO 3166-1 alpha-2 code"
    );
}

/// A non-negative decimal as a `const` expression: `Decimal::from_parts(lo, mid, hi, false, scale)`.
fn decimal_expr(path: &str, line: u64, text: &str) -> String {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let digits = format!("{int}{frac}");
    let valid = !int.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && frac.len() <= 10;
    assert!(
        valid,
        "{path}:{line}: {text:?} is not a non-negative decimal"
    );
    let mantissa: u64 = digits
        .parse()
        .unwrap_or_else(|e| panic!("{path}:{line}: {text:?}: {e}"));
    let (lo, mid) = (mantissa & 0xFFFF_FFFF, mantissa >> 32);
    format!("Decimal::from_parts({lo}, {mid}, 0, false, {})", frac.len())
}

fn rust_str(s: &str) -> String {
    format!("{s:?}")
}

const SERVICES: [&str; 5] = [
    "toll_dial_in",
    "toll_free_wireline",
    "toll_free_wireless",
    "dial_out_wireline",
    "dial_out_wireless",
];

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

fn messages() {
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
        let variant: String = key
            .split('_')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
            })
            .collect();
        writeln!(out, "    {variant},").unwrap();
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
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("messages.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}

fn main() {
    messages();
    let countries_path = "data/countries.csv";
    let mut names = BTreeMap::new();
    for (line, row) in read_rows(countries_path) {
        let code = field(countries_path, line, &row, "iso2").to_string();
        check_code(countries_path, line, &code);
        let name = field(countries_path, line, &row, "name").to_string();
        assert!(
            names.insert(code.clone(), name).is_none(),
            "{countries_path}:{line}: {code} twice"
        );
    }

    let zone_path = "data/zone-a.csv";
    let mut zone_a = BTreeSet::new();
    for (line, row) in read_rows(zone_path) {
        let code = field(zone_path, line, &row, "iso2").to_string();
        assert!(
            names.contains_key(&code),
            "{zone_path}:{line}: {code} is not in {countries_path}"
        );
        assert!(
            zone_a.insert(code.clone()),
            "{zone_path}:{line}: {code} twice"
        );
    }

    let rates_path = "data/sample-rates.csv";
    let mut tiers: BTreeMap<(String, String), (String, String)> = BTreeMap::new();
    for (line, row) in read_rows(rates_path) {
        let tier = field(rates_path, line, &row, "tier").to_string();
        let service = field(rates_path, line, &row, "service").to_string();
        assert!(
            tier == "zone_a" || tier == "other",
            "{rates_path}:{line}: unknown tier {tier:?}"
        );
        assert!(
            SERVICES.contains(&service.as_str()),
            "{rates_path}:{line}: unknown service {service:?}"
        );
        let per_minute = decimal_expr(
            rates_path,
            line,
            field(rates_path, line, &row, "per_minute_usd"),
        );
        let per_call = decimal_expr(
            rates_path,
            line,
            field(rates_path, line, &row, "per_call_usd"),
        );
        assert!(
            tiers
                .insert((tier, service), (per_minute, per_call))
                .is_none(),
            "{rates_path}:{line}: tier and service twice"
        );
    }
    assert_eq!(
        tiers.len(),
        10,
        "{rates_path}: every tier needs all five services"
    );

    let availability_path = "data/availability.csv";
    let mut availability = BTreeMap::new();
    for (line, row) in read_rows(availability_path) {
        let code = field(availability_path, line, &row, "iso2").to_string();
        assert!(
            names.contains_key(&code),
            "{availability_path}:{line}: {code} is not in {countries_path}"
        );
        let zone = field(availability_path, line, &row, "zone");
        assert_eq!(
            zone == "A",
            zone_a.contains(&code),
            "{availability_path}:{line}: zone disagrees with {zone_path}"
        );
        let expr = availability_expr(availability_path, line, &row);
        assert!(
            availability.insert(code.clone(), expr).is_none(),
            "{availability_path}:{line}: {code} twice"
        );
    }

    let aliases_path = "data/country-aliases.csv";
    let mut aliases = Vec::new();
    for (line, row) in read_rows(aliases_path) {
        let code = field(aliases_path, line, &row, "iso2").to_string();
        assert!(
            names.contains_key(&code),
            "{aliases_path}:{line}: {code} is not in {countries_path}"
        );
        field(aliases_path, line, &row, "source");
        aliases.push((code, field(aliases_path, line, &row, "alias").to_string()));
    }

    let mut out = String::new();
    writeln!(
        out,
        "pub(crate) static COUNTRY_ALIASES: [(CountryCode, &str); {}] = [",
        aliases.len()
    )
    .unwrap();
    for (code, alias) in &aliases {
        writeln!(
            out,
            "    (CountryCode::from_static(*b\"{code}\"), {}),",
            rust_str(alias)
        )
        .unwrap();
    }
    writeln!(out, "];\n").unwrap();
    writeln!(
        out,
        "pub(crate) static COUNTRY_NAMES: [(CountryCode, &str); {}] = [",
        names.len()
    )
    .unwrap();
    for (code, name) in &names {
        writeln!(
            out,
            "    (CountryCode::from_static(*b\"{code}\"), {}),",
            rust_str(name)
        )
        .unwrap();
    }
    writeln!(out, "];\n").unwrap();

    writeln!(
        out,
        "pub(crate) static BUILTIN_COUNTRIES: [CountryRates; {}] = [",
        names.len()
    )
    .unwrap();
    for code in names.keys() {
        let in_zone_a = zone_a.contains(code);
        let tier = if in_zone_a { "zone_a" } else { "other" };
        let (toll, toll_free) = availability
            .get(code)
            .map_or((false, false), |a: &AvailabilityExpr| {
                (a.toll_numbers, a.toll_free_numbers)
            });
        let rate = |service: &str, present: bool| -> String {
            if !present {
                return "None".into();
            }
            let (per_minute, per_call) = &tiers[&(tier.to_string(), service.to_string())];
            format!("Some(Rate {{ per_minute: {per_minute}, per_call: {per_call} }})")
        };
        let availability_code = availability
            .get(code)
            .map_or("None".to_string(), |a| format!("Some({})", a.expr));
        writeln!(
            out,
            "    CountryRates {{ code: CountryCode::from_static(*b\"{code}\"), zone_a: {in_zone_a}, availability: {availability_code}, \
             rates: Rates {{ toll_dial_in: {}, toll_free_wireline: {}, toll_free_wireless: {}, dial_out_wireline: {}, dial_out_wireless: {} }} }},",
            rate("toll_dial_in", toll),
            rate("toll_free_wireline", toll_free),
            rate("toll_free_wireless", toll_free),
            rate("dial_out_wireline", true),
            rate("dial_out_wireless", true),
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();

    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("builtin_card.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
    println!("cargo:rerun-if-changed=build.rs");
}

/// The availability columns whose wording can say more than yes or no.
const NOTES: [&str; 3] = [
    "ac_purchasable",
    "toll_service_numbers",
    "toll_free_service_numbers",
];

struct AvailabilityExpr {
    expr: String,
    toll_numbers: bool,
    toll_free_numbers: bool,
}

/// Reads one availability row. Plain "Yes"/"No" values map to flags; anything more (e.g.
/// "Yes (on request)") also becomes a note so the page can show the documented wording.
fn availability_expr(path: &str, line: u64, row: &Row) -> AvailabilityExpr {
    let purchasable = field(path, line, row, "ac_purchasable");
    let purchase = if purchasable.starts_with("Yes, pay-per-minute only") {
        "Purchase::PayPerMinuteOnly"
    } else if purchasable.starts_with("Yes") {
        "Purchase::Standard"
    } else if purchasable.starts_with("No") {
        "Purchase::NotSold"
    } else {
        panic!("{path}:{line}: ac_purchasable {purchasable:?} is neither Yes nor No")
    };
    let numbers = |column: &str| -> bool {
        let value = field(path, line, row, column);
        if value.starts_with("Yes") || value.starts_with("Non-geographic") {
            true
        } else if value.starts_with("No") {
            false
        } else {
            panic!("{path}:{line}: {column} {value:?} is neither Yes nor No")
        }
    };
    let toll_numbers = numbers("toll_service_numbers");
    let toll_free_numbers = numbers("toll_free_service_numbers");
    let credits = match field(path, line, row, "communications_credits_available") {
        "Yes" => true,
        "No" => false,
        other => panic!(
            "{path}:{line}: communications_credits_available {other:?} is neither Yes nor No"
        ),
    };
    let notes: Vec<&str> = NOTES
        .iter()
        .filter_map(|column| {
            let value = field(path, line, row, column);
            let note = |start: &str| value.starts_with(start);
            match *column {
                _ if matches!(value, "Yes" | "No" | "Yes, pay-per-minute only") => None,
                "ac_purchasable" if note("No - Microsoft does not sell Audio Conferencing in India") => Some("IndiaPartnerService"),
                "ac_purchasable" if note("Yes, for use by users located outside China") => Some("ChinaOutsideUsersOnly"),
                "toll_service_numbers" if value == "Yes (on request)" => Some("TollOnRequest"),
                "toll_service_numbers" if note("Non-geographic (on request)") => Some("TollNonGeographic"),
                "toll_service_numbers" if value.ends_with("reachable only from within the country.") => Some("TollDomesticOnly"),
                "toll_service_numbers" if value.ends_with("only available to organizations within Chile.") => Some("TollLocalOrganizations"),
                // China's own note says toll-free is unavailable to customers buying from China
                // (the tenant country is where the customer buys): "on request" would contradict it.
                "toll_free_service_numbers" if value.ends_with("except customers buying from China") => None,
                "toll_free_service_numbers" if note("Yes (on request)") => Some("TollFreeOnRequest"),
                _ => panic!("{path}:{line}: {column} {value:?}: no AvailabilityNote says this yet (src/pricing/rate_card.rs, and its wording in i18n/)"),
            }
        })
        .collect();
    let source = format!(
        "Microsoft Docs {} ({})",
        field(path, line, row, "source_page"),
        field(path, line, row, "source_snapshot")
    );
    let expr = format!(
        "Availability {{ purchase: {purchase}, toll_numbers: {toll_numbers}, toll_free_numbers: {toll_free_numbers}, \
         communications_credits: {credits}, notes: Cow::Borrowed(&[{}]), source: Cow::Borrowed({}) }}",
        notes.iter().map(|n| format!("AvailabilityNote::{n}")).collect::<Vec<_>>().join(", "),
        rust_str(&source)
    );
    AvailabilityExpr {
        expr,
        toll_numbers,
        toll_free_numbers,
    }
}
