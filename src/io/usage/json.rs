//! Graph `getPstnCalls` responses, chunk by chunk. A response is a page, an object whose `value`
//! holds up to 1,000 `pstnCallLogRow`s; a file may hold one page, several concatenated (as a
//! script saving each response in turn writes them), an array of pages, or an array of rows.
//! Each top-level object, or element of a top-level array, is cut out of the stream by counting
//! brackets outside strings and parsed on its own: memory holds one page, not the file.

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;

use super::fields::{Field, Record, COUNT, REQUIRED};
use super::tally::Tally;
use super::{Format, Reason, UsageError};

/// A page of 1,000 rows is about 1 MB; one object this large is not a Graph page.
pub const MAX_OBJECT_BYTES: usize = 64 * 1024 * 1024;

#[derive(Default)]
pub struct JsonStream {
    /// Brackets open, counted from the top level.
    depth: usize,
    /// Whether the top-level value is an array (its elements are the objects cut out).
    in_array: bool,
    in_string: bool,
    escaped: bool,
    /// The object being cut out, from its `{`.
    object: Vec<u8>,
    /// Calls read (or found malformed) so far: the row number of the next one is one more.
    rows: u64,
    /// Calls with a `callType`: a file without any is not Graph's (an error response, say).
    typed: u64,
    /// Bytes outside any object that JSON of pages can't hold.
    stray: bool,
}

impl JsonStream {
    pub fn feed(&mut self, chunk: &[u8], file: &str, tally: &mut Tally) -> Result<(), UsageError> {
        let mut start = None;
        for (i, &b) in chunk.iter().enumerate() {
            let capturing = !self.object.is_empty() || start.is_some();
            if capturing {
                if self.in_string {
                    match b {
                        _ if self.escaped => self.escaped = false,
                        b'\\' => self.escaped = true,
                        b'"' => self.in_string = false,
                        _ => {}
                    }
                    continue;
                }
                match b {
                    b'"' => self.in_string = true,
                    b'{' | b'[' => self.depth += 1,
                    b'}' | b']' => {
                        self.depth -= 1;
                        if self.depth == usize::from(self.in_array) {
                            self.object
                                .extend_from_slice(&chunk[start.unwrap_or(0)..=i]);
                            start = None;
                            self.object_ended(file, tally);
                        }
                    }
                    _ => {}
                }
                continue;
            }
            match b {
                b'{' => {
                    self.depth += 1;
                    start = Some(i);
                }
                b'[' if self.depth == 0 => {
                    self.depth = 1;
                    self.in_array = true;
                }
                b']' if self.in_array && self.depth == 1 => {
                    self.depth = 0;
                    self.in_array = false;
                }
                b',' => {}
                _ if b.is_ascii_whitespace() => {}
                _ => self.stray = true,
            }
        }
        if let Some(start) = start {
            self.object.extend_from_slice(&chunk[start..]);
        } else if !self.object.is_empty() {
            // Inside an object begun in an earlier chunk (one that ends empties `object`).
            self.object.extend_from_slice(chunk);
        }
        if self.object.len() > MAX_OBJECT_BYTES {
            return Err(UsageError::ObjectTooLarge {
                file: file.into(),
                mb: MAX_OBJECT_BYTES / 1024 / 1024,
            });
        }
        Ok(())
    }

    fn object_ended(&mut self, file: &str, tally: &mut Tally) {
        let object = std::mem::take(&mut self.object);
        match serde_json::from_slice::<GraphRow>(&object) {
            Ok(GraphRow {
                value: Some(rows), ..
            }) => {
                for row in &rows {
                    self.row(row, file, tally);
                }
            }
            Ok(row) => self.row(&row, file, tally),
            Err(_) => {
                self.rows += 1;
                tally.malformed(file, self.rows, Reason::NotJson);
            }
        }
    }

    fn row(&mut self, row: &GraphRow, file: &str, tally: &mut Tally) {
        self.rows += 1;
        self.typed += u64::from(row.call_type.0.is_some());
        tally.add(file, self.rows, &row.record());
    }

    pub fn finish(self, file: &str, tally: &mut Tally) -> Result<(), UsageError> {
        if self.typed == 0 {
            return Err(UsageError::NotAReport {
                file: file.into(),
                format: Format::Graph,
                missing: REQUIRED.to_vec(),
            });
        }
        // A file cut off inside an object, or with text between the pages.
        if !self.object.is_empty() || self.stray {
            tally.malformed(file, self.rows + 1, Reason::NotJson);
        }
        Ok(())
    }
}

/// The `pstnCallLogRow` properties read, as text whatever their JSON type; or a page, whose
/// `value` holds the rows (one type for both: an object is read once, without buffering it to
/// tell which it is).
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct GraphRow {
    value: Option<Vec<GraphRow>>,
    start_date_time: Loose,
    call_type: Loose,
    user_principal_name: Loose,
    user_id: Loose,
    callee_number: Loose,
    destination_name: Loose,
    caller_number: Loose,
    other_party_country_code: Loose,
    charge: Loose,
    currency: Loose,
    duration: Loose,
    inventory_type: Loose,
    usage_country_code: Loose,
    tenant_country_code: Loose,
    license_capability: Loose,
}

impl GraphRow {
    fn record(&self) -> Record<'_> {
        let mut record: Record = [None; COUNT];
        let user = self
            .user_principal_name
            .0
            .as_ref()
            .or(self.user_id.0.as_ref());
        for (field, value) in [
            (Field::Time, self.start_date_time.0.as_ref()),
            (Field::CallType, self.call_type.0.as_ref()),
            (Field::User, user),
            (Field::CalledTo, self.callee_number.0.as_ref()),
            (Field::ToCountry, self.destination_name.0.as_ref()),
            (Field::CalledFrom, self.caller_number.0.as_ref()),
            (
                Field::OtherPartyCountry,
                self.other_party_country_code.0.as_ref(),
            ),
            (Field::Charge, self.charge.0.as_ref()),
            (Field::Currency, self.currency.0.as_ref()),
            (Field::Duration, self.duration.0.as_ref()),
            (Field::NumberType, self.inventory_type.0.as_ref()),
            (Field::UsageCountry, self.usage_country_code.0.as_ref()),
            (Field::TenantCountry, self.tenant_country_code.0.as_ref()),
            (Field::Capability, self.license_capability.0.as_ref()),
        ] {
            record[field as usize] = value.map(String::as_str);
        }
        record
    }
}

/// A string, number or boolean as text (`219`, `"219"` and `0.021` alike); null as none.
#[derive(Default)]
struct Loose(Option<String>);

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Text;
        impl Visitor<'_> for Text {
            type Value = Loose;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string, a number or null")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Loose, E> {
                Ok(Loose(Some(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Loose, E> {
                Ok(Loose(Some(v.to_string())))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Loose, E> {
                Ok(Loose(Some(v.to_string())))
            }
            // The shortest text that reads back as the same double: 0.021 stays "0.021".
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Loose, E> {
                Ok(Loose(Some(v.to_string())))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Loose, E> {
                Ok(Loose(Some(v.to_string())))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Loose, E> {
                Ok(Loose(None))
            }
        }
        deserializer.deserialize_any(Text)
    }
}
