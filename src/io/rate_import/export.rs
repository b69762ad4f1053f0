//! Cards out: this project's JSON, and CSV in Microsoft's layout.

use crate::io::csv_cell::write_rows;
use crate::pricing::RateCard;

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
