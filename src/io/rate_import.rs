//! Rate cards in: Microsoft's downloadable rate spreadsheet (.xlsx), the same as CSV, or this
//! project's own JSON card. Every problem is listed (sheet, row, column, what is wrong) and a file
//! with any problem imports nothing: never half a card.
//!
//! Microsoft's layout (shared/data/SOURCES.md): sheets "Dial-in to toll - {country}", "Dial-in to
//! toll free - {country}", "Dial-out calls - {country}"; columns "Origin", "Destination",
//! "Prefix(es)", "Originating Number Type", "Terminating Number Type" (Wireline, Wireless,
//! Premium, All Number Types), "Per Minute Rate in {currency} (Billed in Tenths of a Minute)",
//! "Connection charge in {currency}". The header row is found by its names, wherever it is.
//! A CSV is one sheet; a "Sheet" column, if present, names each row's sheet (this is also how
//! [`card_csv`] writes a card out).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::io::Cursor;
use std::str::FromStr;

use calamine::{Data, Reader, Xlsx};
use rust_decimal::Decimal;

use super::csv_cell::write_rows;
use crate::i18n::{Lang, Msg, Phrase};
use crate::pricing::{Availability, CountryCode, CountryRates, Rate, RateCard, Rates};

/// Far more rows than any rate sheet (Microsoft's have a few thousand); beyond it, a message.
pub const MAX_ROWS: usize = 100_000;
pub const MAX_BYTES: usize = 20 * 1024 * 1024;
/// No real per-minute rate or connection charge comes near this, in any currency offered.
const MAX_RATE: u32 = 100_000;
const HEADER_SEARCH_ROWS: usize = 30;

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ImportProblem {
    /// The sheet (or file) the problem is in.
    pub sheet: String,
    /// 1-based, as the spreadsheet numbers rows; `None` for the file as a whole.
    pub row: Option<usize>,
    pub column: Option<String>,
    /// What is wrong, in any language (the worker doesn't know the page's).
    pub message: Phrase,
}

impl ImportProblem {
    /// "Dial-out calls - UK, row 3, Destination: …" in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        let mut text = self.sheet.clone();
        if let Some(row) = self.row {
            text.push_str(&lang.tf(Msg::ImportRow, &[("row", &row.to_string())]));
        }
        if let Some(column) = &self.column {
            text.push_str(", ");
            text.push_str(column);
        }
        format!("{text}: {}", lang.phrase(&self.message))
    }
}

/// In English, as the CLI shows it.
impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

fn phrase(msg: Msg, args: &[(&str, String)]) -> Phrase {
    Phrase {
        msg,
        args: args
            .iter()
            .map(|(name, value)| (name.to_string(), value.clone()))
            .collect(),
    }
}

fn problem(
    sheet: &str,
    row: Option<usize>,
    column: Option<&str>,
    message: Phrase,
) -> ImportProblem {
    ImportProblem {
        sheet: sheet.into(),
        row,
        column: column.map(String::from),
        message,
    }
}

/// One sheet's cells as text, row by row.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<String>>,
}

/// Reads `bytes` (xlsx, CSV or JSON, told apart by their content) into a card whose
/// availability and Zone A come from `base`. `today` becomes the card's as-of date for sheets,
/// which carry none.
pub fn import_card(
    file_name: &str,
    bytes: &[u8],
    base: &RateCard,
    today: &str,
) -> Result<RateCard, Vec<ImportProblem>> {
    if bytes.len() > MAX_BYTES {
        return Err(vec![problem(
            file_name,
            None,
            None,
            phrase(
                Msg::ImportTooLarge,
                &[("mb", (MAX_BYTES / 1024 / 1024).to_string())],
            ),
        )]);
    }
    let text_start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF);
    if bytes.starts_with(b"PK\x03\x04") {
        from_sheets(file_name, &read_xlsx(file_name, bytes)?, base, today)
    } else if text_start.is_some_and(|i| bytes[i] == b'{') {
        card_from_json(file_name, bytes, base)
    } else {
        from_sheets(file_name, &[read_csv(file_name, bytes)?], base, today)
    }
}

pub fn read_xlsx(file_name: &str, bytes: &[u8]) -> Result<Vec<Sheet>, Vec<ImportProblem>> {
    let unreadable = |e: &dyn fmt::Display| {
        vec![problem(
            file_name,
            None,
            None,
            phrase(Msg::ImportNotXlsx, &[("error", e.to_string())]),
        )]
    };
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
    let mut sheets = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook
            .worksheet_range(&name)
            .map_err(|e| unreadable(&e))?;
        // Cell (0,0) of the range may not be A1: keep spreadsheet row numbers right.
        let first_row = range.start().map_or(0, |(row, _)| row as usize);
        let first_col = range.start().map_or(0, |(_, col)| col as usize);
        let mut rows = vec![Vec::new(); first_row];
        for row in range.rows() {
            let mut cells = vec![String::new(); first_col];
            cells.extend(row.iter().map(cell_text));
            rows.push(cells);
        }
        sheets.push(Sheet { name, rows });
    }
    Ok(sheets)
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        // Shortest round-trip text of the binary double: 0.0135 reads back as "0.0135".
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        other => other.to_string(),
    }
}

pub fn read_csv(file_name: &str, bytes: &[u8]) -> Result<Sheet, Vec<ImportProblem>> {
    let text = std::str::from_utf8(bytes).map_err(|_| {
        // Named like a workbook but no zip (import_card checked): a damaged or renamed file, not
        // a CSV saved in another encoding.
        let named_xlsx = file_name.to_ascii_lowercase().ends_with(".xlsx");
        let msg = if named_xlsx {
            Msg::ImportNotSpreadsheet
        } else {
            Msg::ImportNotUtf8
        };
        vec![problem(file_name, None, None, phrase(msg, &[]))]
    })?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            vec![problem(
                file_name,
                Some(i + 1),
                None,
                phrase(Msg::ImportNotCsv, &[("error", e.to_string())]),
            )]
        })?;
        rows.push(record.iter().map(String::from).collect());
    }
    let name = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    Ok(Sheet {
        name: name
            .strip_suffix(".csv")
            .or_else(|| name.strip_suffix(".CSV"))
            .unwrap_or(name)
            .to_string(),
        rows,
    })
}

/// The five rates a card holds for a country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Slot {
    TollDialIn,
    TollFreeWireline,
    TollFreeWireless,
    DialOutWireline,
    DialOutWireless,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SheetKind {
    Toll,
    TollFree,
    DialOut,
}

/// "Dial-in to toll free - United States" -> toll-free; unrelated sheets (notes) -> None.
fn sheet_kind(name: &str) -> Option<SheetKind> {
    let name = name.trim().to_ascii_lowercase();
    if name.starts_with("dial-in to toll free") || name.starts_with("dial-in to toll-free") {
        Some(SheetKind::TollFree)
    } else if name.starts_with("dial-in to toll") {
        Some(SheetKind::Toll)
    } else if name.starts_with("dial-out") {
        Some(SheetKind::DialOut)
    } else {
        None
    }
}

/// Which slots a row's number type fills; `Ok(&[])` for premium numbers, which no offer covers.
fn slots(kind: SheetKind, number_type: &str) -> Result<&'static [Slot], ()> {
    let number_type = number_type.trim().to_ascii_lowercase();
    let (wireline, wireless, all) = match kind {
        // One toll dial-in rate: the wireline (or all-types) figure.
        SheetKind::Toll => (&[Slot::TollDialIn][..], &[][..], &[Slot::TollDialIn][..]),
        SheetKind::TollFree => (
            &[Slot::TollFreeWireline][..],
            &[Slot::TollFreeWireless][..],
            &[Slot::TollFreeWireline, Slot::TollFreeWireless][..],
        ),
        SheetKind::DialOut => (
            &[Slot::DialOutWireline][..],
            &[Slot::DialOutWireless][..],
            &[Slot::DialOutWireline, Slot::DialOutWireless][..],
        ),
    };
    match number_type.as_str() {
        "wireline" | "landline" | "fixed" => Ok(wireline),
        "wireless" | "mobile" => Ok(wireless),
        "all number types" | "all" | "" => Ok(all),
        "premium" => Ok(&[]),
        _ => Err(()),
    }
}

struct Columns {
    origin: Option<usize>,
    destination: Option<usize>,
    originating_type: Option<usize>,
    terminating_type: Option<usize>,
    rate: usize,
    rate_name: String,
    connection: Option<(usize, String)>,
    sheet: Option<usize>,
    currency: String,
}

fn find_header(sheet: &Sheet, kind: Option<SheetKind>) -> Result<(usize, Columns), ImportProblem> {
    let header_row = sheet
        .rows
        .iter()
        .take(HEADER_SEARCH_ROWS)
        .position(|row| {
            row.iter()
                .any(|c| c.trim().to_ascii_lowercase().starts_with("per minute rate"))
        })
        .ok_or_else(|| problem(&sheet.name, None, None, phrase(Msg::ImportNoHeader, &[])))?;
    let header = &sheet.rows[header_row];
    let find = |name: &str| {
        header
            .iter()
            .position(|c| c.trim().eq_ignore_ascii_case(name))
    };
    let starts = |prefix: &str| {
        header
            .iter()
            .position(|c| c.trim().to_ascii_lowercase().starts_with(prefix))
    };
    let missing = |column: &str| {
        problem(
            &sheet.name,
            Some(header_row + 1),
            Some(column),
            phrase(Msg::ImportColumnMissing, &[]),
        )
    };
    let sheet_column = find("Sheet");
    let (origin, destination) = (find("Origin"), find("Destination"));
    // A dial-in sheet names where callers are (Origin), a dial-out sheet where calls go
    // (Destination); with a Sheet column, rows may be either.
    match kind {
        Some(SheetKind::DialOut) if destination.is_none() => return Err(missing("Destination")),
        Some(SheetKind::Toll | SheetKind::TollFree) if origin.is_none() => {
            return Err(missing("Origin"))
        }
        None if origin.is_none() && destination.is_none() => return Err(missing("Origin")),
        _ => {}
    }
    let rate = starts("per minute rate").ok_or_else(|| missing("Per Minute Rate"))?;
    let rate_name = header[rate].trim().to_string();
    let currency = rate_name
        .split_whitespace()
        .skip_while(|w| !w.eq_ignore_ascii_case("in"))
        .nth(1)
        .filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()))
        .ok_or_else(|| {
            problem(
                &sheet.name,
                Some(header_row + 1),
                Some(&rate_name),
                phrase(Msg::ImportNoCurrency, &[]),
            )
        })?
        .to_string();
    Ok((
        header_row,
        Columns {
            origin,
            destination,
            originating_type: find("Originating Number Type"),
            terminating_type: find("Terminating Number Type"),
            rate,
            rate_name,
            connection: starts("connection charge").map(|i| (i, header[i].trim().to_string())),
            sheet: sheet_column,
            currency,
        },
    ))
}

fn parse_amount(text: &str) -> Result<Decimal, Phrase> {
    let text = text.trim();
    let args = [("value", text.to_string())];
    let value = Decimal::from_str(text).map_err(|_| phrase(Msg::ImportNotNumber, &args))?;
    if value.is_sign_negative() && !value.is_zero() {
        return Err(phrase(Msg::ImportNegative, &args));
    }
    if value > Decimal::from(MAX_RATE) {
        return Err(phrase(Msg::ImportTooHigh, &args));
    }
    Ok(value)
}

/// Sheets in Microsoft's layout to a card. Sheets that are not rate sheets are skipped.
pub fn from_sheets(
    file_name: &str,
    sheets: &[Sheet],
    base: &RateCard,
    today: &str,
) -> Result<RateCard, Vec<ImportProblem>> {
    let mut problems = Vec::new();
    let mut found: BTreeMap<(CountryCode, Slot), (Rate, String, usize)> = BTreeMap::new();
    let mut currency: Option<(String, String)> = None;
    let mut rows_read = 0usize;
    let mut rate_sheets = 0;
    for sheet in sheets {
        let kind = sheet_kind(&sheet.name);
        let has_sheet_column = sheet
            .rows
            .iter()
            .take(HEADER_SEARCH_ROWS)
            .any(|r| r.iter().any(|c| c.trim().eq_ignore_ascii_case("Sheet")));
        if kind.is_none() && !has_sheet_column && sheets.len() > 1 {
            continue;
        }
        rate_sheets += 1;
        let (header_row, columns) = match find_header(sheet, kind) {
            Ok(found) => found,
            Err(p) => {
                problems.push(p);
                continue;
            }
        };
        match &currency {
            None => currency = Some((columns.currency.clone(), sheet.name.clone())),
            Some((first, where_)) if *first != columns.currency => problems.push(problem(
                &sheet.name,
                Some(header_row + 1),
                Some(&columns.rate_name),
                phrase(
                    Msg::ImportTwoCurrencies,
                    &[
                        ("here", columns.currency.clone()),
                        ("first", first.clone()),
                        ("sheet", where_.clone()),
                    ],
                ),
            )),
            Some(_) => {}
        }
        let mut data_rows = 0;
        for (i, row) in sheet.rows.iter().enumerate().skip(header_row + 1) {
            let row_number = i + 1;
            let cell = |c: usize| row.get(c).map_or("", |s| s.trim());
            if row.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            rows_read += 1;
            if rows_read > MAX_ROWS {
                problems.push(problem(
                    &sheet.name,
                    Some(row_number),
                    None,
                    phrase(Msg::ImportTooManyRows, &[("max", MAX_ROWS.to_string())]),
                ));
                return Err(problems);
            }
            data_rows += 1;
            let row_kind = match columns.sheet {
                Some(c) => sheet_kind(cell(c)),
                None => kind,
            };
            let Some(row_kind) = row_kind else {
                let message = match columns.sheet {
                    Some(c) => phrase(Msg::ImportNotASheetName, &[("value", cell(c).to_string())]),
                    None => phrase(Msg::ImportUnknownKind, &[]),
                };
                problems.push(problem(
                    &sheet.name,
                    Some(row_number),
                    Some("Sheet"),
                    message,
                ));
                continue;
            };
            let (country_column, country_name, type_column, type_name) =
                if row_kind == SheetKind::DialOut {
                    (
                        columns.destination,
                        "Destination",
                        columns.terminating_type,
                        "Terminating Number Type",
                    )
                } else {
                    (
                        columns.origin,
                        "Origin",
                        columns.originating_type,
                        "Originating Number Type",
                    )
                };
            let Some(country_column) = country_column else {
                problems.push(problem(
                    &sheet.name,
                    Some(row_number),
                    Some(country_name),
                    phrase(Msg::ImportRowNeedsColumn, &[]),
                ));
                continue;
            };
            let country_text = cell(country_column);
            let Some(country) = CountryCode::find(country_text) else {
                problems.push(problem(
                    &sheet.name,
                    Some(row_number),
                    Some(country_name),
                    phrase(
                        Msg::ImportUnknownCountry,
                        &[("value", country_text.to_string())],
                    ),
                ));
                continue;
            };
            let number_type = type_column.map_or("", cell);
            let Ok(slots) = slots(row_kind, number_type) else {
                problems.push(problem(
                    &sheet.name,
                    Some(row_number),
                    Some(type_name),
                    phrase(Msg::ImportNumberType, &[("value", number_type.to_string())]),
                ));
                continue;
            };
            let per_minute = parse_amount(cell(columns.rate));
            let per_call = columns
                .connection
                .as_ref()
                .map_or(Ok(Decimal::ZERO), |(c, _)| {
                    let text = cell(*c);
                    if text.is_empty() {
                        Ok(Decimal::ZERO)
                    } else {
                        parse_amount(text)
                    }
                });
            let (per_minute, per_call) = match (per_minute, per_call) {
                (Ok(m), Ok(c)) => (m, c),
                (Err(e), _) => {
                    problems.push(problem(
                        &sheet.name,
                        Some(row_number),
                        Some(&columns.rate_name),
                        e,
                    ));
                    continue;
                }
                (_, Err(e)) => {
                    let column = columns
                        .connection
                        .as_ref()
                        .map_or("Connection charge", |(_, name)| name.as_str());
                    problems.push(problem(&sheet.name, Some(row_number), Some(column), e));
                    continue;
                }
            };
            let rate = Rate {
                per_minute,
                per_call,
            };
            for slot in slots {
                match found.get(&(country, *slot)) {
                    Some((earlier, where_, row)) if *earlier != rate => problems.push(problem(
                        &sheet.name,
                        Some(row_number),
                        Some(country_name),
                        phrase(
                            Msg::ImportConflict,
                            &[
                                ("country", country.name().to_string()),
                                ("rate", slot_name(*slot).to_string()),
                                ("sheet", where_.clone()),
                                ("row", row.to_string()),
                            ],
                        ),
                    )),
                    Some(_) => {}
                    None => {
                        found.insert((country, *slot), (rate, sheet.name.clone(), row_number));
                    }
                }
            }
        }
        if data_rows == 0 {
            problems.push(problem(
                &sheet.name,
                None,
                None,
                phrase(Msg::ImportNoRates, &[]),
            ));
        }
    }
    if rate_sheets == 0 {
        problems.push(problem(
            file_name,
            None,
            None,
            phrase(Msg::ImportNoSheet, &[]),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let currency = currency.map_or_else(|| "USD".to_string(), |(c, _)| c);
    let countries = base
        .countries
        .iter()
        .map(|c| {
            let mut c = c.clone();
            let get = |slot| found.get(&(c.code, slot)).map(|(rate, _, _)| *rate);
            c.rates = Rates {
                toll_dial_in: get(Slot::TollDialIn),
                toll_free_wireline: get(Slot::TollFreeWireline),
                toll_free_wireless: get(Slot::TollFreeWireless),
                dial_out_wireline: get(Slot::DialOutWireline),
                dial_out_wireless: get(Slot::DialOutWireless),
            };
            c
        })
        .collect::<Vec<_>>();
    Ok(RateCard {
        name: Cow::Owned(file_name.to_string()),
        currency: Cow::Owned(currency),
        as_of: Cow::Owned(today.to_string()),
        source: Cow::Owned(format!("Imported from {file_name} ({} rates)", found.len())),
        sample: false,
        // "Billed in Tenths of a Minute", as every Microsoft sheet says.
        billing_increment: Decimal::new(1, 1),
        countries: Cow::Owned(countries),
    })
}

fn slot_name(slot: Slot) -> &'static str {
    match slot {
        Slot::TollDialIn => "toll dial-in",
        Slot::TollFreeWireline => "toll-free (wireline)",
        Slot::TollFreeWireless => "toll-free (wireless)",
        Slot::DialOutWireline => "dial-out (wireline)",
        Slot::DialOutWireless => "dial-out (wireless)",
    }
}

/// This project's own card format (what [`card_json`] writes), checked like a sheet. A card
/// carries rates: Zone A and availability are Microsoft's documented facts, which come from
/// `base` (data/). A card that repeats them as documented is read; one that states otherwise
/// (a country made Zone A, a licence made purchasable) is refused, country by country.
pub fn card_from_json(
    file_name: &str,
    bytes: &[u8],
    base: &RateCard,
) -> Result<RateCard, Vec<ImportProblem>> {
    let not_a_card = |e: serde_json::Error| {
        vec![ImportProblem {
            sheet: file_name.into(),
            row: Some(e.line()),
            column: Some(format!("column {}", e.column())),
            message: phrase(Msg::ImportNotACard, &[("error", e.to_string())]),
        }]
    };
    let mut value: serde_json::Value = serde_json::from_slice(bytes).map_err(not_a_card)?;
    // Cards exported before availability notes were named carry them as text: the facts come
    // from data/, so that text is dropped rather than refused.
    let countries = value.get_mut("countries").and_then(|c| c.as_array_mut());
    for country in countries.into_iter().flatten() {
        if let Some(notes) = country.pointer_mut("/availability/notes") {
            if notes.is_string() {
                *notes = serde_json::Value::Array(Vec::new());
            }
        }
    }
    let mut card: RateCard = serde_json::from_value(value).map_err(not_a_card)?;
    let mut problems = Vec::new();
    let currency_ok =
        card.currency.len() == 3 && card.currency.bytes().all(|b| b.is_ascii_uppercase());
    if !currency_ok {
        problems.push(problem(
            file_name,
            None,
            Some("currency"),
            phrase(
                Msg::ImportBadCurrency,
                &[("value", card.currency.to_string())],
            ),
        ));
    }
    if card.billing_increment <= Decimal::ZERO || card.billing_increment > Decimal::ONE {
        problems.push(problem(
            file_name,
            None,
            Some("billing_increment"),
            phrase(Msg::ImportBadIncrement, &[]),
        ));
    }
    let mut countries = card.countries.to_vec();
    countries.sort_by_key(|c| c.code);
    for pair in countries.windows(2).filter(|w| w[0].code == w[1].code) {
        problems.push(problem(
            file_name,
            None,
            Some("countries"),
            phrase(Msg::ImportTwice, &[("code", pair[0].code.to_string())]),
        ));
    }
    for c in &countries {
        for rate in c.rates.all().into_iter().flatten() {
            for value in [rate.per_minute, rate.per_call] {
                if let Err(message) = parse_amount(&value.to_string()) {
                    problems.push(problem(file_name, None, Some(c.code.as_str()), message));
                }
            }
        }
        if let Some(what) = fact_it_changes(c, base.country(c.code)) {
            problems.push(problem(
                file_name,
                None,
                Some(c.code.as_str()),
                phrase(Msg::ImportFactsDiffer, &[("what", what.to_string())]),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    // Every country with the facts from data/ and the card's rates (none where it has none).
    let rates: BTreeMap<CountryCode, Rates> = countries.iter().map(|c| (c.code, c.rates)).collect();
    card.countries = base
        .countries
        .iter()
        .map(|c| CountryRates {
            rates: rates.get(&c.code).copied().unwrap_or(Rates::NONE),
            ..c.clone()
        })
        .collect();
    Ok(card)
}

/// The fact a card's country states otherwise than Microsoft documents (its JSON field), if
/// any: Zone A membership, or availability (its notes and source are wording, not facts).
fn fact_it_changes(card: &CountryRates, documented: Option<&CountryRates>) -> Option<&'static str> {
    let Some(documented) = documented else {
        return Some("availability");
    };
    let flags = |a: &Availability| {
        (
            a.purchase,
            a.toll_numbers,
            a.toll_free_numbers,
            a.communications_credits,
        )
    };
    if card.zone_a != documented.zone_a {
        Some("zone_a")
    } else if card.availability.as_ref().map(flags) != documented.availability.as_ref().map(flags) {
        Some("availability")
    } else {
        None
    }
}

/// The card as this project's JSON format.
pub fn card_json(card: &RateCard) -> String {
    serde_json::to_string_pretty(card).unwrap_or_default()
}

/// The card as CSV in Microsoft's column layout with a Sheet column: it imports back as the
/// same rates.
pub fn card_csv(card: &RateCard) -> String {
    let rate_header = format!(
        "Per Minute Rate in {} (Billed in Tenths of a Minute)",
        card.currency
    );
    let connection_header = format!("Connection charge in {}", card.currency);
    let mut rows: Vec<Vec<String>> = vec![[
        "Sheet",
        "Origin",
        "Destination",
        "Prefix(es)",
        "Originating Number Type",
        "Terminating Number Type",
        &rate_header,
        &connection_header,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()];
    for c in card.countries.iter() {
        let name = c.code.name();
        let entries = [
            (
                "Dial-in to toll",
                true,
                "All Number Types",
                c.rates.toll_dial_in,
            ),
            (
                "Dial-in to toll free",
                true,
                "Wireline",
                c.rates.toll_free_wireline,
            ),
            (
                "Dial-in to toll free",
                true,
                "Wireless",
                c.rates.toll_free_wireless,
            ),
            (
                "Dial-out calls",
                false,
                "Wireline",
                c.rates.dial_out_wireline,
            ),
            (
                "Dial-out calls",
                false,
                "Wireless",
                c.rates.dial_out_wireless,
            ),
        ];
        for (sheet, dial_in, number_type, rate) in entries {
            let Some(rate) = rate else { continue };
            let (origin, destination, originating, terminating) = if dial_in {
                (name, "", number_type, "")
            } else {
                ("", name, "", number_type)
            };
            rows.push(
                [sheet, origin, destination, "", originating, terminating]
                    .iter()
                    .map(|s| s.to_string())
                    .chain([
                        rate.per_minute.normalize().to_string(),
                        rate.per_call.normalize().to_string(),
                    ])
                    .collect(),
            );
        }
    }
    write_rows(rows)
}
