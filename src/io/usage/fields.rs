//! The fields a call is read from, and the names each format gives them. The report's CSV
//! headers (Teams/teams-analytics-and-reports/pstn-usage-report.md) are matched loosely: case,
//! spaces and punctuation don't count ("Time stamp (UTC)", "Timestamp UTC" and "time_stamp_utc"
//! are one name), and a few other spellings seen in exports, in Graph's property names
//! (resources/callrecords-pstncalllogrow.md) and in Spanish are accepted too.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Field {
    Time,
    CallType,
    User,
    CalledTo,
    ToCountry,
    CalledFrom,
    FromCountry,
    Charge,
    Currency,
    Duration,
    NumberType,
    UsageCountry,
    TenantCountry,
    Capability,
    /// Graph beta's `otherPartyCountryCode`: the caller's (dial-in) or callee's (dial-out)
    /// country.
    OtherPartyCountry,
}

/// Number of fields: the size of a record.
pub const COUNT: usize = 15;

/// Without these a file is not a usage report.
pub const REQUIRED: [Field; 3] = [Field::Time, Field::CallType, Field::Duration];

impl Field {
    pub const ALL: [Field; COUNT] = [
        Field::Time,
        Field::CallType,
        Field::User,
        Field::CalledTo,
        Field::ToCountry,
        Field::CalledFrom,
        // Before FromCountry, whose Graph name is the same: a CSV of Graph's properties means
        // the other party, which is the caller or the callee by call type.
        Field::OtherPartyCountry,
        Field::FromCountry,
        Field::Charge,
        Field::Currency,
        Field::Duration,
        Field::NumberType,
        Field::UsageCountry,
        Field::TenantCountry,
        Field::Capability,
    ];

    /// The report's column header, as Microsoft documents it.
    pub fn csv_name(self) -> &'static str {
        match self {
            Field::Time => "Time stamp (UTC)",
            Field::CallType => "Call type",
            Field::User => "Username",
            Field::CalledTo => "Called to",
            Field::ToCountry => "To country or region",
            Field::CalledFrom => "Called from",
            Field::FromCountry => "From country or region",
            Field::Charge => "Charge",
            Field::Currency => "Currency",
            Field::Duration => "Duration",
            Field::NumberType => "Number type",
            Field::UsageCountry => "Country or region",
            Field::TenantCountry => "Tenant country",
            Field::Capability => "Capability",
            Field::OtherPartyCountry => "Other party country",
        }
    }

    /// The `pstnCallLogRow` property.
    pub fn graph_name(self) -> &'static str {
        match self {
            Field::Time => "startDateTime",
            Field::CallType => "callType",
            Field::User => "userPrincipalName",
            Field::CalledTo => "calleeNumber",
            Field::ToCountry => "destinationName",
            Field::CalledFrom => "callerNumber",
            Field::FromCountry | Field::OtherPartyCountry => "otherPartyCountryCode",
            Field::Charge => "charge",
            Field::Currency => "currency",
            Field::Duration => "duration",
            Field::NumberType => "inventoryType",
            Field::UsageCountry => "usageCountryCode",
            Field::TenantCountry => "tenantCountryCode",
            Field::Capability => "licenseCapability",
        }
    }

    /// Other names for the field, already [`squash`]ed.
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Field::Time => &[
                "timestamp",
                "timestamputc",
                "starttime",
                "starttimeutc",
                "utctime",
                "date",
                "marcadetiempoutc",
                "fechayhorautc",
            ],
            Field::CallType => &["tipodellamada"],
            Field::User => &["upn", "sipaddress", "userid", "nombredeusuario"],
            Field::CalledTo => &["tonumber", "numerodedestino", "llamadaa"],
            Field::ToCountry => &["tocountry", "tocountryregion", "paisoregiondedestino"],
            Field::CalledFrom => &["fromnumber", "llamadade"],
            Field::FromCountry => &["fromcountry", "fromcountryregion", "paisoregiondeorigen"],
            Field::Charge => &["cost", "cargo", "costo"],
            Field::Currency => &["moneda"],
            Field::Duration => &["durationseconds", "durationsec", "duracion"],
            Field::NumberType => &["tipodenumero"],
            Field::UsageCountry => &["usagelocation", "countryregion", "paisoregion"],
            Field::TenantCountry => &[],
            Field::Capability => &["license", "licence", "funcionalidad", "capacidad"],
            Field::OtherPartyCountry => &[],
        }
    }

    /// The field a header or property names, if any.
    pub fn named(name: &str) -> Option<Field> {
        let name = squash(name);
        Field::ALL.into_iter().find(|f| {
            squash(f.csv_name()) == name
                || squash(f.graph_name()) == name
                || f.aliases().contains(&name.as_str())
        })
    }
}

/// A name with case, accents on the Spanish vowels, spaces and punctuation taken out.
fn squash(name: &str) -> String {
    name.chars()
        .filter_map(|c| match c {
            'á' | 'Á' => Some('a'),
            'é' | 'É' => Some('e'),
            'í' | 'Í' => Some('i'),
            'ó' | 'Ó' => Some('o'),
            'ú' | 'Ú' => Some('u'),
            'ñ' | 'Ñ' => Some('n'),
            c if c.is_ascii_alphanumeric() => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}

/// One record's fields as text, by [`Field`]; `None` when the file has no such field.
pub type Record<'a> = [Option<&'a str>; COUNT];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_spellings() {
        // The documented header, a squashed one, Graph's property and a Spanish one.
        assert_eq!(Field::named("Time stamp (UTC)"), Some(Field::Time));
        assert_eq!(Field::named("TIMESTAMP_UTC"), Some(Field::Time));
        assert_eq!(Field::named("startDateTime"), Some(Field::Time));
        assert_eq!(Field::named("Duración"), Some(Field::Duration));
        // "Country or region" is the usage location, not the destination.
        assert_eq!(Field::named("Country or region"), Some(Field::UsageCountry));
        assert_eq!(Field::named("To country or region"), Some(Field::ToCountry));
        assert_eq!(Field::named("Display name"), None);
    }
}
