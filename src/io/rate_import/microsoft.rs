//! Rates from sheets in Microsoft's layout (shared/data/SOURCES.md): sheets "Dial-in to toll -
//! {country}", "Dial-in to toll free - {country}", "Dial-out calls - {country}"; columns
//! "Origin", "Destination", "Prefix(es)", "Originating Number Type", "Terminating Number Type"
//! (Wireline, Wireless, Premium, All Number Types), "Per Minute Rate in {currency} (Billed in
//! Tenths of a Minute)", "Connection charge in {currency}". The header row is found by its
//! names, wherever it is. A CSV is one sheet; a "Sheet" column, if present, names each row's
//! sheet, and a "Rate Type" column the option of each row's sheet (this is also how
//! [`card_csv`](super::card_csv) writes a card out).
//!
//! Microsoft lists rates per prefix, so a country can have several rows for one service and
//! number type at different rates: the card prices it at the highest per-minute rate and the
//! highest connection charge among them (a quote never understates) and keeps the lowest rate
//! and the count to show the spread. The same prefix twice at different rates is a conflict.

use std::borrow::Cow;
use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::summary;
use super::{parse_amount, phrase, problem, ImportProblem, Sheet, MAX_ROWS};
use crate::i18n::Msg;
use crate::io::import_problem::{Imported, SaidBy};
use crate::pricing::{CountryCode, PrefixSpread, Rate, RateCard, Rates, SheetFor};

/// How far down a sheet its header row is looked for.
const HEADER_SEARCH_ROWS: usize = 30;

/// The six rates a card holds for a country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Slot {
    TollDialIn,
    TollDialInWireless,
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

/// "Dial-in to toll free - United States" -> toll-free; unrelated sheets (notes) -> None. The
/// name may have words before it ("Pay-Per-Minute - Dial-out calls - UK.csv").
fn sheet_kind(name: &str) -> Option<SheetKind> {
    let name = name.trim().to_ascii_lowercase();
    if name.contains("dial-in to toll free") || name.contains("dial-in to toll-free") {
        Some(SheetKind::TollFree)
    } else if name.contains("dial-in to toll") {
        Some(SheetKind::Toll)
    } else if name.contains("dial-out") {
        Some(SheetKind::DialOut)
    } else {
        None
    }
}

/// Which slots a row's number type fills; `Ok(&[])` for premium numbers, which no offer covers.
fn slots(kind: SheetKind, number_type: &str) -> Result<&'static [Slot], ()> {
    let number_type = number_type.trim().to_ascii_lowercase();
    let (wireline, wireless, all) = match kind {
        // All number types: one rate that serves both (no wireless rate of its own).
        SheetKind::Toll => (
            &[Slot::TollDialIn][..],
            &[Slot::TollDialInWireless][..],
            &[Slot::TollDialIn][..],
        ),
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
    prefix: Option<usize>,
    rate: usize,
    rate_name: String,
    connection: Option<(usize, String)>,
    sheet: Option<usize>,
    rate_type: Option<usize>,
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
            prefix: starts("prefix"),
            rate,
            rate_name,
            connection: starts("connection charge").map(|i| (i, header[i].trim().to_string())),
            sheet: sheet_column,
            rate_type: find(RATE_TYPE),
            currency,
        },
    ))
}

/// The column of [`card_csv`](super::card_csv) that names each row's option.
pub(super) const RATE_TYPE: &str = "Rate Type";

/// How Microsoft's form names each option's sheet, as a "Rate Type" cell says it.
pub(super) fn rate_type_name(sheet: SheetFor) -> &'static str {
    match sheet {
        SheetFor::PerUser => "Standard Subscription",
        SheetFor::PayPerMinute => "Pay-Per-Minute",
        SheetFor::Both => "",
    }
}

/// The option a text names: "Pay-Per-Minute" (or "pay per minute", "PayPerMinute") or
/// "Standard Subscription"; `None` when it names neither or both.
fn named_option(text: &str) -> Option<SheetFor> {
    let text: String = text
        .to_ascii_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    match (
        text.contains("payperminute"),
        text.contains("standardsubscription"),
    ) {
        (true, false) => Some(SheetFor::PayPerMinute),
        (false, true) => Some(SheetFor::PerUser),
        _ => None,
    }
}

/// The option a file says it is for: its name, else its sheets' names and the titles above
/// their headers. Microsoft's form issues one file per option; which words its files use is
/// not public, so both the file name and the titles are read.
fn said_by_file(file_name: &str, sheets: &[Sheet]) -> Option<SheetFor> {
    named_option(file_name).or_else(|| {
        let titles = sheets.iter().flat_map(|sheet| {
            let above_header = sheet
                .rows
                .iter()
                .take(HEADER_SEARCH_ROWS)
                .take_while(|row| !row.iter().any(|c| c.trim().eq_ignore_ascii_case(RATE_TYPE)))
                .take_while(|row| {
                    !row.iter()
                        .any(|c| c.trim().to_ascii_lowercase().starts_with("per minute rate"))
                })
                .flatten();
            std::iter::once(&sheet.name).chain(above_header)
        });
        let mut said = titles.filter_map(|text| named_option(text));
        let first = said.next()?;
        said.all(|other| other == first).then_some(first)
    })
}

/// Sheets in Microsoft's layout to a card, for the option `chosen` (by the user) or, if `None`,
/// the one the file names (else both). Sheets that are not rate sheets are skipped.
pub fn from_sheets(
    file_name: &str,
    sheets: &[Sheet],
    base: &RateCard,
    today: &str,
    chosen: Option<SheetFor>,
) -> Result<Imported, Vec<ImportProblem>> {
    let (file_type, said_by) = match (chosen, said_by_file(file_name, sheets)) {
        (Some(sheet), _) => (sheet, SaidBy::You),
        (None, Some(sheet)) => (sheet, SaidBy::File),
        (None, None) => (SheetFor::Both, SaidBy::Nobody),
    };
    let mut found = Found {
        file_type,
        ..Found::default()
    };
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
    Ok(found.cards(file_name, base, today, said_by))
}

/// A sheet whose rows name their own sheet (how [`card_csv`](super::card_csv) writes a card).
fn has_sheet_column(sheet: &Sheet) -> bool {
    sheet
        .rows
        .iter()
        .take(HEADER_SEARCH_ROWS)
        .any(|r| r.iter().any(|c| c.trim().eq_ignore_ascii_case("Sheet")))
}

/// A rate as one row states it, with where: sheet and row.
type Stated = (Rate, String, usize);

/// What the rate sheets read so far hold.
#[derive(Default)]
struct Found {
    /// The option of rows that don't name theirs.
    file_type: SheetFor,
    /// Each rate by option, country, slot and prefix, where it was first read.
    rates: BTreeMap<(SheetFor, CountryCode, Slot), BTreeMap<String, Stated>>,
    /// Rows of premium numbers, left out.
    premium_rows: usize,
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
                Ok(rates) if rates.slots.is_empty() => self.premium_rows += 1,
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

    /// Keeps each prefix's first rate for each slot; the same rate again is fine, another one a
    /// conflict. Other prefixes may have other rates.
    fn record(&mut self, sheet: &str, row_number: usize, row: RowRates) {
        let option = row.option.unwrap_or(self.file_type);
        for slot in row.slots {
            let prefixes = self.rates.entry((option, row.country, *slot)).or_default();
            match prefixes.get(&row.prefix) {
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
                    prefixes.insert(
                        row.prefix.clone(),
                        (row.rate, sheet.to_string(), row_number),
                    );
                }
            }
        }
    }

    /// The card (or, for a file with rows of both options, the per-user licence's with
    /// pay-per-minute's inside) over `base`'s countries (their facts), and what the page says.
    fn cards(self, file_name: &str, base: &RateCard, today: &str, said_by: SaidBy) -> Imported {
        let options: Vec<SheetFor> = [SheetFor::PerUser, SheetFor::PayPerMinute]
            .into_iter()
            .filter(|o| self.rates.keys().any(|(option, _, _)| option == o))
            .collect();
        let card = match options[..] {
            [] => self.card(SheetFor::Both, file_name, base, today),
            [only] => self.card(only, file_name, base, today),
            _ => RateCard {
                pay_per_minute: Some(Box::new(self.card(
                    SheetFor::PayPerMinute,
                    file_name,
                    base,
                    today,
                ))),
                ..self.card(SheetFor::PerUser, file_name, base, today)
            },
        };
        // Options other than the file's come from a "Rate Type" column: the file says them.
        let said_by = if options.iter().any(|o| *o != self.file_type) {
            SaidBy::File
        } else {
            said_by
        };
        let summary = summary(&card, said_by, self.premium_rows);
        Imported { card, summary }
    }

    /// The card of one option: its rows and those for both.
    fn card(&self, option: SheetFor, file_name: &str, base: &RateCard, today: &str) -> RateCard {
        let currency = self
            .currency
            .as_ref()
            .map_or_else(|| "USD".to_string(), |(c, _)| c.clone());
        let mut count = 0;
        let countries = base
            .countries
            .iter()
            .map(|c| {
                let mut c = c.clone();
                let mut get = |slot| {
                    let rate = [option, SheetFor::Both]
                        .into_iter()
                        .find_map(|o| self.rates.get(&(o, c.code, slot)))
                        .map(highest);
                    count += usize::from(rate.is_some());
                    rate
                };
                c.rates = Rates {
                    toll_dial_in: get(Slot::TollDialIn),
                    toll_dial_in_wireless: get(Slot::TollDialInWireless),
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
            source: Cow::Owned(format!("Imported from {file_name} ({count} rates)")),
            sample: false,
            // "Billed in Tenths of a Minute", as every Microsoft sheet says.
            billing_increment: Decimal::new(1, 1),
            countries: Cow::Owned(countries),
            sheet: option,
            pay_per_minute: None,
        }
    }
}

/// One rate from a slot's rows, prefix by prefix: the highest per-minute rate and connection
/// charge (each on its own, so no call is priced below what any prefix costs), with the spread
/// when the prefixes differ.
fn highest(prefixes: &BTreeMap<String, Stated>) -> Rate {
    let rates = || prefixes.values().map(|(rate, _, _)| rate);
    let per_minute = rates().map(|r| r.per_minute).max().unwrap_or_default();
    let lowest = rates().map(|r| r.per_minute).min().unwrap_or_default();
    let per_call = rates().map(|r| r.per_call).max().unwrap_or_default();
    let differ = rates().any(|r| (r.per_minute, r.per_call) != (per_minute, per_call));
    Rate {
        per_minute,
        per_call,
        prefixes: differ.then(|| PrefixSpread {
            lowest,
            count: u32::try_from(prefixes.len()).unwrap_or(u32::MAX),
        }),
    }
}

/// What one data row states: the rate of its country for the slots its number type fills.
struct RowRates {
    country: CountryCode,
    /// The prefix the row prices ("" where the sheet has no such column).
    prefix: String,
    /// The option its "Rate Type" cell names; `None`: the file's.
    option: Option<SheetFor>,
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
    let option = match columns.rate_type.map_or("", cell) {
        "" => None,
        text => Some(named_option(text).ok_or_else(|| {
            at(
                RATE_TYPE,
                phrase(Msg::ImportRateType, &[("value", text.to_string())]),
            )
        })?),
    };
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
        prefix: columns.prefix.map_or("", cell).to_string(),
        option,
        country_column: country_name,
        slots,
        rate: Rate::new(per_minute, per_call),
    })
}

fn slot_name(slot: Slot) -> &'static str {
    match slot {
        Slot::TollDialIn => "toll dial-in",
        Slot::TollDialInWireless => "toll dial-in (wireless)",
        Slot::TollFreeWireline => "toll-free (wireline)",
        Slot::TollFreeWireless => "toll-free (wireless)",
        Slot::DialOutWireline => "dial-out (wireline)",
        Slot::DialOutWireless => "dial-out (wireless)",
    }
}
