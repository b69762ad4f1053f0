//! Rates from sheets in Microsoft's layout (shared/data/SOURCES.md): sheets "Dial-in to toll -
//! {country}", "Dial-in to toll free - {country}", "Dial-out calls - {country}"; columns
//! "Origin", "Destination", "Prefix(es)", "Originating Number Type", "Terminating Number Type"
//! (Wireline, Wireless, Premium, All Number Types), "Per Minute Rate in {currency} (Billed in
//! Tenths of a Minute)", "Connection charge in {currency}". The header row is found by its
//! names, wherever it is. A CSV is one sheet; a "Sheet" column, if present, names each row's
//! sheet (this is also how [`card_csv`](super::card_csv) writes a card out).

use std::borrow::Cow;
use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::{parse_amount, phrase, problem, ImportProblem, Sheet, MAX_ROWS};
use crate::i18n::Msg;
use crate::pricing::{CountryCode, Rate, RateCard, Rates};

/// How far down a sheet its header row is looked for.
const HEADER_SEARCH_ROWS: usize = 30;

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
