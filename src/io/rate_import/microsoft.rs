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
    let mut found = Found::default();
    let mut rate_sheets = 0;
    for sheet in sheets {
        let kind = sheet_kind(&sheet.name);
        if kind.is_none() && !has_sheet_column(sheet) && sheets.len() > 1 {
            continue;
        }
        rate_sheets += 1;
        found.read_sheet(sheet, kind)?;
    }
    if rate_sheets == 0 {
        found.problems.push(problem(
            file_name,
            None,
            None,
            phrase(Msg::ImportNoSheet, &[]),
        ));
    }
    if !found.problems.is_empty() {
        return Err(found.problems);
    }
    Ok(found.card(file_name, base, today))
}

/// A sheet whose rows name their own sheet (how [`card_csv`](super::card_csv) writes a card).
fn has_sheet_column(sheet: &Sheet) -> bool {
    sheet
        .rows
        .iter()
        .take(HEADER_SEARCH_ROWS)
        .any(|r| r.iter().any(|c| c.trim().eq_ignore_ascii_case("Sheet")))
}

/// What the rate sheets read so far hold.
#[derive(Default)]
struct Found {
    /// Each rate with where it was first read: sheet and row.
    rates: BTreeMap<(CountryCode, Slot), (Rate, String, usize)>,
    /// The currency, with the sheet that first named it.
    currency: Option<(String, String)>,
    /// Data rows in every sheet so far, against `MAX_ROWS`.
    rows_read: usize,
    problems: Vec<ImportProblem>,
}

impl Found {
    /// Reads one rate sheet, keeping its problems. Past `MAX_ROWS` in all, it stops with every
    /// problem so far.
    fn read_sheet(
        &mut self,
        sheet: &Sheet,
        kind: Option<SheetKind>,
    ) -> Result<(), Vec<ImportProblem>> {
        let (header_row, columns) = match find_header(sheet, kind) {
            Ok(found) => found,
            Err(p) => {
                self.problems.push(p);
                return Ok(());
            }
        };
        self.check_currency(sheet, header_row, &columns);
        let mut data_rows = 0;
        for (i, row) in sheet.rows.iter().enumerate().skip(header_row + 1) {
            let row_number = i + 1;
            if row.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            self.rows_read += 1;
            if self.rows_read > MAX_ROWS {
                self.problems.push(problem(
                    &sheet.name,
                    Some(row_number),
                    None,
                    phrase(Msg::ImportTooManyRows, &[("max", MAX_ROWS.to_string())]),
                ));
                return Err(std::mem::take(&mut self.problems));
            }
            data_rows += 1;
            match row_rates(&sheet.name, &columns, kind, row_number, row) {
                Ok(rates) => self.record(&sheet.name, row_number, rates),
                Err(p) => self.problems.push(p),
            }
        }
        if data_rows == 0 {
            self.problems.push(problem(
                &sheet.name,
                None,
                None,
                phrase(Msg::ImportNoRates, &[]),
            ));
        }
        Ok(())
    }

    /// One card, one currency: the first sheet's; a sheet in another is a problem.
    fn check_currency(&mut self, sheet: &Sheet, header_row: usize, columns: &Columns) {
        match &self.currency {
            None => self.currency = Some((columns.currency.clone(), sheet.name.clone())),
            Some((first, where_)) if *first != columns.currency => self.problems.push(problem(
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
    }

    /// Keeps the first rate of each slot; the same rate again is fine, another one a conflict.
    fn record(&mut self, sheet: &str, row_number: usize, row: RowRates) {
        for slot in row.slots {
            match self.rates.get(&(row.country, *slot)) {
                Some((earlier, where_, earlier_row)) if *earlier != row.rate => {
                    self.problems.push(problem(
                        sheet,
                        Some(row_number),
                        Some(row.country_column),
                        phrase(
                            Msg::ImportConflict,
                            &[
                                ("country", row.country.name().to_string()),
                                ("rate", slot_name(*slot).to_string()),
                                ("sheet", where_.clone()),
                                ("row", earlier_row.to_string()),
                            ],
                        ),
                    ))
                }
                Some(_) => {}
                None => {
                    self.rates.insert(
                        (row.country, *slot),
                        (row.rate, sheet.to_string(), row_number),
                    );
                }
            }
        }
    }

    /// The card: `base`'s countries (their facts) with the rates found.
    fn card(self, file_name: &str, base: &RateCard, today: &str) -> RateCard {
        let currency = self.currency.map_or_else(|| "USD".to_string(), |(c, _)| c);
        let countries = base
            .countries
            .iter()
            .map(|c| {
                let mut c = c.clone();
                let get = |slot| self.rates.get(&(c.code, slot)).map(|(rate, _, _)| *rate);
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
        RateCard {
            name: Cow::Owned(file_name.to_string()),
            currency: Cow::Owned(currency),
            as_of: Cow::Owned(today.to_string()),
            source: Cow::Owned(format!(
                "Imported from {file_name} ({} rates)",
                self.rates.len()
            )),
            sample: false,
            // "Billed in Tenths of a Minute", as every Microsoft sheet says.
            billing_increment: Decimal::new(1, 1),
            countries: Cow::Owned(countries),
        }
    }
}

/// What one data row states: the rate of its country for the slots its number type fills.
struct RowRates {
    country: CountryCode,
    /// The country's column ("Origin" or "Destination"), where a conflict is reported.
    country_column: &'static str,
    slots: &'static [Slot],
    rate: Rate,
}

/// One data row's rates, or the first thing wrong with it. `kind` is the sheet's, which a
/// Sheet column overrides row by row.
fn row_rates(
    sheet: &str,
    columns: &Columns,
    kind: Option<SheetKind>,
    row_number: usize,
    row: &[String],
) -> Result<RowRates, ImportProblem> {
    let cell = |c: usize| row.get(c).map_or("", |s| s.trim());
    let at = |column: &str, message| problem(sheet, Some(row_number), Some(column), message);
    let row_kind = match columns.sheet {
        Some(c) => sheet_kind(cell(c)),
        None => kind,
    };
    let Some(row_kind) = row_kind else {
        let message = match columns.sheet {
            Some(c) => phrase(Msg::ImportNotASheetName, &[("value", cell(c).to_string())]),
            None => phrase(Msg::ImportUnknownKind, &[]),
        };
        return Err(at("Sheet", message));
    };
    let (country_column, country_name, type_column, type_name) = if row_kind == SheetKind::DialOut {
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
    let country_column =
        country_column.ok_or_else(|| at(country_name, phrase(Msg::ImportRowNeedsColumn, &[])))?;
    let country_text = cell(country_column);
    let country = CountryCode::find(country_text).ok_or_else(|| {
        at(
            country_name,
            phrase(
                Msg::ImportUnknownCountry,
                &[("value", country_text.to_string())],
            ),
        )
    })?;
    let number_type = type_column.map_or("", cell);
    let slots = slots(row_kind, number_type).map_err(|()| {
        at(
            type_name,
            phrase(Msg::ImportNumberType, &[("value", number_type.to_string())]),
        )
    })?;
    let per_minute = parse_amount(cell(columns.rate)).map_err(|e| at(&columns.rate_name, e))?;
    // An empty connection charge is none.
    let per_call = match &columns.connection {
        Some((c, name)) if !cell(*c).is_empty() => {
            parse_amount(cell(*c)).map_err(|e| at(name, e))?
        }
        _ => Decimal::ZERO,
    };
    Ok(RowRates {
        country,
        country_column: country_name,
        slots,
        rate: Rate {
            per_minute,
            per_call,
        },
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
