//! Microsoft's facts and the sample rates in `data/*.csv` into `$OUT_DIR/builtin_card.rs`:
//! `COUNTRY_ALIASES`, `COUNTRY_NAMES` and `BUILTIN_COUNTRIES` (one `CountryRates` per country,
//! sorted by code), so the app parses nothing at start-up and every shipped figure stays in
//! `data/` with its source. A bad code, a country twice or unknown, a zone that disagrees with
//! the Zone A list, a rate that isn't a non-negative decimal, a tier without all five services,
//! or availability wording no `AvailabilityNote` says fails the build with the file and line.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use crate::common::{field, read_rows, rust_str, write_out, Row};

const COUNTRIES: &str = "data/countries.csv";
const ZONE_A: &str = "data/zone-a.csv";
const RATES: &str = "data/sample-rates.csv";
const AVAILABILITY: &str = "data/availability.csv";
const ALIASES: &str = "data/country-aliases.csv";
const ANCHOR: &str = "data/sample-anchor.csv";

const SERVICES: [&str; 5] = [
    "toll_dial_in",
    "toll_free_wireline",
    "toll_free_wireless",
    "dial_out_wireline",
    "dial_out_wireless",
];

/// The availability columns whose wording can say more than yes or no.
const NOTES: [&str; 3] = [
    "ac_purchasable",
    "toll_service_numbers",
    "toll_free_service_numbers",
];

/// A rate's two `Decimal` expressions (per minute, per call), by (tier, service).
type Tiers = BTreeMap<(String, String), (String, String)>;

struct AvailabilityExpr {
    expr: String,
    toll_numbers: bool,
    toll_free_numbers: bool,
}

pub fn generate() {
    let names = country_names();
    let zone_a = zone_a(&names);
    let tiers = tiers();
    let availability = availability(&names, &zone_a);
    let aliases = aliases(&names);

    let mut out = String::new();
    write_anchor(&mut out, &tiers);
    write_code_table(&mut out, "COUNTRY_ALIASES", &aliases);
    let names_list: Vec<(String, String)> = names.clone().into_iter().collect();
    write_code_table(&mut out, "COUNTRY_NAMES", &names_list);
    write_countries(&mut out, &names, &zone_a, &tiers, &availability);
    write_out("builtin_card.rs", &out);
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

/// Every ISO 3166-1 country once: code -> English name, sorted by code.
fn country_names() -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    for (line, row) in read_rows(COUNTRIES) {
        let code = field(COUNTRIES, line, &row, "iso2").to_string();
        check_code(COUNTRIES, line, &code);
        let name = field(COUNTRIES, line, &row, "name").to_string();
        assert!(
            names.insert(code.clone(), name).is_none(),
            "{COUNTRIES}:{line}: {code} twice"
        );
    }
    names
}

fn zone_a(names: &BTreeMap<String, String>) -> BTreeSet<String> {
    let mut zone_a = BTreeSet::new();
    for (line, row) in read_rows(ZONE_A) {
        let code = field(ZONE_A, line, &row, "iso2").to_string();
        assert!(
            names.contains_key(&code),
            "{ZONE_A}:{line}: {code} is not in {COUNTRIES}"
        );
        assert!(zone_a.insert(code.clone()), "{ZONE_A}:{line}: {code} twice");
    }
    zone_a
}

fn tiers() -> Tiers {
    let mut tiers = Tiers::new();
    for (line, row) in read_rows(RATES) {
        let tier = field(RATES, line, &row, "tier").to_string();
        let service = field(RATES, line, &row, "service").to_string();
        assert!(
            tier == "zone_a" || tier == "other",
            "{RATES}:{line}: unknown tier {tier:?}"
        );
        assert!(
            SERVICES.contains(&service.as_str()),
            "{RATES}:{line}: unknown service {service:?}"
        );
        let per_minute = decimal_expr(RATES, line, field(RATES, line, &row, "per_minute_usd"));
        let per_call = decimal_expr(RATES, line, field(RATES, line, &row, "per_call_usd"));
        assert!(
            tiers
                .insert((tier, service), (per_minute, per_call))
                .is_none(),
            "{RATES}:{line}: tier and service twice"
        );
    }
    assert_eq!(
        tiers.len(),
        10,
        "{RATES}: every tier needs all five services"
    );
    tiers
}

fn availability(
    names: &BTreeMap<String, String>,
    zone_a: &BTreeSet<String>,
) -> BTreeMap<String, AvailabilityExpr> {
    let mut availability = BTreeMap::new();
    for (line, row) in read_rows(AVAILABILITY) {
        let code = field(AVAILABILITY, line, &row, "iso2").to_string();
        assert!(
            names.contains_key(&code),
            "{AVAILABILITY}:{line}: {code} is not in {COUNTRIES}"
        );
        let zone = field(AVAILABILITY, line, &row, "zone");
        assert_eq!(
            zone == "A",
            zone_a.contains(&code),
            "{AVAILABILITY}:{line}: zone disagrees with {ZONE_A}"
        );
        let expr = availability_expr(AVAILABILITY, line, &row);
        assert!(
            availability.insert(code.clone(), expr).is_none(),
            "{AVAILABILITY}:{line}: {code} twice"
        );
    }
    availability
}

/// (code, alias) in file order.
fn aliases(names: &BTreeMap<String, String>) -> Vec<(String, String)> {
    let mut aliases = Vec::new();
    for (line, row) in read_rows(ALIASES) {
        let code = field(ALIASES, line, &row, "iso2").to_string();
        assert!(
            names.contains_key(&code),
            "{ALIASES}:{line}: {code} is not in {COUNTRIES}"
        );
        field(ALIASES, line, &row, "source");
        aliases.push((code, field(ALIASES, line, &row, "alias").to_string()));
    }
    aliases
}

/// `SAMPLE_ANCHOR`: the published pair the sample rates start from, with its date and source,
/// and the exchange rate that turned it into dollars. The Zone A toll and toll-free (wireline)
/// rates must be that pair converted and rounded to four decimals, so neither can change alone.
fn write_anchor(out: &mut String, tiers: &Tiers) {
    let rows: BTreeMap<String, (u64, Row)> = read_rows(ANCHOR)
        .into_iter()
        .map(|(line, row)| (field(ANCHOR, line, &row, "fact").to_string(), (line, row)))
        .collect();
    let get = |fact: &str, column: &str| -> String {
        let (line, row) = rows
            .get(fact)
            .unwrap_or_else(|| panic!("{ANCHOR}: no {fact} row"));
        field(ANCHOR, *line, row, column).to_string()
    };
    let (toll, toll_free, rate) = (
        get("toll_dial_in_gbp_pence", "value"),
        get("toll_free_dial_in_gbp_pence", "value"),
        get("usd_per_gbp", "value"),
    );
    assert!(
        get("usd_per_gbp", "date").is_empty(),
        "{ANCHOR}: the page says the exchange rate's date was not recorded (i18n rate_card_sample): say its date there too"
    );
    for (pence, service) in [(&toll, "toll_dial_in"), (&toll_free, "toll_free_wireline")] {
        // Units of 1e-10: pence x USD/GBP / 100 is dollars, rounded half up to 1e-4.
        let dollars = ten_billionths(pence) * ten_billionths(&rate) / 10u128.pow(12);
        let rounded = (dollars + 5 * 10u128.pow(5)) / 10u128.pow(6);
        let (per_minute, _) = &tiers[&("zone_a".to_string(), service.to_string())];
        let expected = decimal_expr(ANCHOR, 0, &format!("0.{rounded:04}"));
        assert_eq!(
            per_minute, &expected,
            "{RATES}: zone_a {service} is not {pence}p at {rate} USD/GBP ({ANCHOR})"
        );
    }
    writeln!(
        out,
        "pub const SAMPLE_ANCHOR: SampleAnchor = SampleAnchor {{ toll_pence: {}, toll_free_pence: {}, date: {}, \
         publisher: {}, usd_per_gbp: {} }};\n",
        decimal_expr(ANCHOR, 0, &toll),
        decimal_expr(ANCHOR, 0, &toll_free),
        rust_str(&get("toll_dial_in_gbp_pence", "date")),
        rust_str(&get("toll_dial_in_gbp_pence", "publisher")),
        decimal_expr(ANCHOR, 0, &rate),
    )
    .unwrap();
}

/// A non-negative decimal of at most ten decimals, in units of 1e-10.
fn ten_billionths(text: &str) -> u128 {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    format!("{int}{frac:0<10}")
        .parse()
        .unwrap_or_else(|e| panic!("{ANCHOR}: {text:?}: {e}"))
}

/// `pub(crate) static {name}: [(CountryCode, &str); n]`.
fn write_code_table(out: &mut String, name: &str, entries: &[(String, String)]) {
    writeln!(
        out,
        "pub(crate) static {name}: [(CountryCode, &str); {}] = [",
        entries.len()
    )
    .unwrap();
    for (code, text) in entries {
        writeln!(
            out,
            "    (CountryCode::from_static(*b\"{code}\"), {}),",
            rust_str(text)
        )
        .unwrap();
    }
    writeln!(out, "];\n").unwrap();
}

/// One `CountryRates` per country: its tier's rates where it has the numbers (dial-out
/// everywhere), its documented availability if any.
fn write_countries(
    out: &mut String,
    names: &BTreeMap<String, String>,
    zone_a: &BTreeSet<String>,
    tiers: &Tiers,
    availability: &BTreeMap<String, AvailabilityExpr>,
) {
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
            .map_or((false, false), |a| (a.toll_numbers, a.toll_free_numbers));
        let rate = |service: &str, present: bool| -> String {
            if !present {
                return "None".into();
            }
            let (per_minute, per_call) = &tiers[&(tier.to_string(), service.to_string())];
            format!("Some(Rate::new({per_minute}, {per_call}))")
        };
        let availability_code = availability
            .get(code)
            .map_or("None".to_string(), |a| format!("Some({})", a.expr));
        writeln!(
            out,
            "    CountryRates {{ code: CountryCode::from_static(*b\"{code}\"), zone_a: {in_zone_a}, availability: {availability_code}, \
             rates: Rates {{ toll_dial_in: {}, toll_dial_in_wireless: None, toll_free_wireline: {}, toll_free_wireless: {}, dial_out_wireline: {}, dial_out_wireless: {} }} }},",
            rate("toll_dial_in", toll),
            rate("toll_free_wireline", toll_free),
            rate("toll_free_wireless", toll_free),
            rate("dial_out_wireline", true),
            rate("dial_out_wireless", true),
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
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
    let snapshot_text = field(path, line, row, "source_snapshot");
    let source = format!(
        "Microsoft Docs {} ({})",
        field(path, line, row, "source_page"),
        snapshot_text
    );
    // "... file last changed 2022-07-05 ...": the date the page shows what it says.
    let snapshot = snapshot_text
        .split_once("last changed ")
        .map(|(_, rest)| &rest[..rest.len().min(10)])
        .filter(|date| date.len() == 10 && date.as_bytes()[4] == b'-')
        .unwrap_or_else(|| {
            panic!("{path}:{line}: source_snapshot has no \"last changed YYYY-MM-DD\"")
        });
    let expr = format!(
        "Availability {{ purchase: {purchase}, toll_numbers: {toll_numbers}, toll_free_numbers: {toll_free_numbers}, \
         communications_credits: {credits}, notes: Cow::Borrowed(&[{}]), source: Cow::Borrowed({}), \
         snapshot: Cow::Borrowed({}) }}",
        notes.iter().map(|n| format!("AvailabilityNote::{n}")).collect::<Vec<_>>().join(", "),
        rust_str(&source),
        rust_str(snapshot)
    );
    AvailabilityExpr {
        expr,
        toll_numbers,
        toll_free_numbers,
    }
}
