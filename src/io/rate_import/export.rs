//! Cards out: this project's JSON, and CSV in Microsoft's layout.

use super::microsoft::{rate_type_name, RATE_TYPE};
use crate::io::csv_cell::write_rows;
use crate::pricing::RateCard;

/// The card as this project's JSON format.
pub fn card_json(card: &RateCard) -> String {
    serde_json::to_string_pretty(card).unwrap_or_default()
}

/// The card as CSV in Microsoft's column layout with a Sheet column and a Rate Type column (the
/// option of each row, for a card of one option or a pair): it imports back as the same rates.
/// A rate read from several prefixes is written as the rate that prices it (the highest); the
/// JSON keeps the spread too.
pub fn card_csv(card: &RateCard) -> String {
    let rate_header = format!(
        "Per Minute Rate in {} (Billed in Tenths of a Minute)",
        card.currency
    );
    let connection_header = format!("Connection charge in {}", card.currency);
    let mut rows: Vec<Vec<String>> = vec![[
        "Sheet",
        RATE_TYPE,
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
    for card in [Some(card), card.pay_per_minute.as_deref()]
        .into_iter()
        .flatten()
    {
        rows.extend(card_rows(card));
    }
    write_rows(rows)
}

/// One card's rows.
fn card_rows(card: &RateCard) -> Vec<Vec<String>> {
    let rate_type = rate_type_name(card.sheet);
    let mut rows = Vec::new();
    for c in card.countries.iter() {
        let name = c.code.name();
        let r = &c.rates;
        // One toll dial-in rate for every phone, unless mobiles have their own.
        let toll_type = if r.toll_dial_in_wireless.is_some() {
            "Wireline"
        } else {
            "All Number Types"
        };
        let entries = [
            ("Dial-in to toll", true, toll_type, r.toll_dial_in),
            ("Dial-in to toll", true, "Wireless", r.toll_dial_in_wireless),
            (
                "Dial-in to toll free",
                true,
                "Wireline",
                r.toll_free_wireline,
            ),
            (
                "Dial-in to toll free",
                true,
                "Wireless",
                r.toll_free_wireless,
            ),
            ("Dial-out calls", false, "Wireline", r.dial_out_wireline),
            ("Dial-out calls", false, "Wireless", r.dial_out_wireless),
        ];
        for (sheet, dial_in, number_type, rate) in entries {
            let Some(rate) = rate else { continue };
            let (origin, destination, originating, terminating) = if dial_in {
                (name, "", number_type, "")
            } else {
                ("", name, "", number_type)
            };
            rows.push(
                [
                    sheet,
                    rate_type,
                    origin,
                    destination,
                    "",
                    originating,
                    terminating,
                ]
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
    rows
}
