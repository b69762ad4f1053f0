//! The PSTN usage report's CSV, chunk by chunk: the separator told from the first line (`,`,
//! `;` as some Excel locales save, or a tab), the header found by its names among the first
//! lines and in any order, then each record handed to the tally as it ends.

use csv_core::{ReadRecordResult, Reader, ReaderBuilder};

use super::fields::{Field, Record, COUNT, REQUIRED};
use super::tally::Tally;
use super::{Format, UsageError};

/// How many records may come before the header (a title line, a blank one).
const HEADER_SEARCH: u64 = 10;
/// How much of the file's start is read to find the separator.
const SNIFF_BYTES: usize = 64 * 1024;
/// A report's row is a few hundred bytes; one this long (an unclosed quote, say) is not a row.
pub const MAX_RECORD_BYTES: usize = 1024 * 1024;

#[derive(Default)]
pub struct CsvStream {
    /// The file's first bytes, until the first line has ended.
    head: Vec<u8>,
    reader: Option<Reader>,
    out: Vec<u8>,
    ends: Vec<usize>,
    out_len: usize,
    ends_len: usize,
    /// Each field's column, once the header is found.
    columns: Option<[Option<usize>; COUNT]>,
    /// What the first record lacked, to name if no header is ever found.
    first_missing: Option<Vec<Field>>,
    records: u64,
}

impl CsvStream {
    pub fn feed(&mut self, chunk: &[u8], file: &str, tally: &mut Tally) -> Result<(), UsageError> {
        if self.reader.is_none() {
            self.head.extend_from_slice(chunk);
            if !self.head.contains(&b'\n') && self.head.len() < SNIFF_BYTES {
                return Ok(());
            }
            let head = self.begin();
            return self.read(&head, file, tally);
        }
        self.read(chunk, file, tally)
    }

    pub fn finish(mut self, file: &str, tally: &mut Tally) -> Result<(), UsageError> {
        if self.reader.is_none() {
            let head = self.begin();
            self.read(&head, file, tally)?;
        }
        // An empty input flushes the last record (a file need not end with a line break).
        self.read(&[], file, tally)?;
        match self.columns {
            Some(_) => Ok(()),
            None => Err(not_a_report(file, &self.first_missing)),
        }
    }

    /// Sets the reader up for the separator of the bytes so far, and returns them.
    fn begin(&mut self) -> Vec<u8> {
        let head = std::mem::take(&mut self.head);
        self.reader = Some(ReaderBuilder::new().delimiter(separator(&head)).build());
        self.out = vec![0; 4096];
        self.ends = vec![0; 32];
        head
    }

    fn read(&mut self, mut input: &[u8], file: &str, tally: &mut Tally) -> Result<(), UsageError> {
        let Some(reader) = &mut self.reader else {
            return Ok(());
        };
        loop {
            let (result, n_in, n_out, n_ends) = reader.read_record(
                input,
                &mut self.out[self.out_len..],
                &mut self.ends[self.ends_len..],
            );
            input = &input[n_in..];
            self.out_len += n_out;
            self.ends_len += n_ends;
            match result {
                ReadRecordResult::InputEmpty | ReadRecordResult::End => return Ok(()),
                ReadRecordResult::OutputFull if self.out.len() >= MAX_RECORD_BYTES => {
                    return Err(UsageError::RowTooLarge {
                        file: file.into(),
                        row: self.records + 1,
                    });
                }
                ReadRecordResult::OutputFull => {
                    let len = self.out.len() * 2;
                    self.out.resize(len, 0);
                }
                ReadRecordResult::OutputEndsFull => {
                    let len = self.ends.len() * 2;
                    self.ends.resize(len, 0);
                }
                ReadRecordResult::Record => {
                    self.records += 1;
                    let cells = Cells {
                        out: &self.out[..self.out_len],
                        ends: &self.ends[..self.ends_len],
                    };
                    match self.columns {
                        Some(columns) => {
                            if !cells.blank() {
                                let mut record: Record = [None; COUNT];
                                for (slot, column) in record.iter_mut().zip(columns) {
                                    *slot = column.and_then(|c| cells.get(c));
                                }
                                tally.add(file, self.records, &record);
                            }
                        }
                        None => {
                            let (columns, missing) = header(&cells);
                            if missing.is_empty() {
                                self.columns = Some(columns);
                            } else if self.records >= HEADER_SEARCH {
                                return Err(not_a_report(file, &self.first_missing));
                            } else if self.first_missing.is_none() && !cells.blank() {
                                self.first_missing = Some(missing);
                            }
                        }
                    }
                    self.out_len = 0;
                    self.ends_len = 0;
                }
            }
        }
    }
}

fn not_a_report(file: &str, first_missing: &Option<Vec<Field>>) -> UsageError {
    UsageError::NotAReport {
        file: file.into(),
        format: Format::Csv,
        missing: first_missing.clone().unwrap_or_else(|| REQUIRED.to_vec()),
    }
}

/// One record's cells, as csv-core leaves them: the bytes of all fields and where each ends.
struct Cells<'a> {
    out: &'a [u8],
    ends: &'a [usize],
}

impl<'a> Cells<'a> {
    fn get(&self, i: usize) -> Option<&'a str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        std::str::from_utf8(self.out.get(start..end)?).ok()
    }

    fn blank(&self) -> bool {
        self.out.iter().all(u8::is_ascii_whitespace)
    }
}

/// Each field's column in a header record, and the required fields it lacks.
fn header(cells: &Cells) -> ([Option<usize>; COUNT], Vec<Field>) {
    let mut columns = [None; COUNT];
    for i in 0..cells.ends.len() {
        if let Some(field) = cells.get(i).and_then(Field::named) {
            // The first column of a name counts (a report has each once).
            columns[field as usize].get_or_insert(i);
        }
    }
    let missing = REQUIRED
        .into_iter()
        .filter(|f| columns[*f as usize].is_none())
        .collect();
    (columns, missing)
}

/// The separator of the first line: whichever of `,` `;` and tab it holds most, outside quotes.
fn separator(head: &[u8]) -> u8 {
    let line = head.split(|b| *b == b'\n').next().unwrap_or_default();
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

#[cfg(test)]
mod tests {
    use super::separator;

    #[test]
    fn separators() {
        assert_eq!(separator(b"a,b;c,d\n"), b',');
        // A quoted comma doesn't count.
        assert_eq!(separator(b"\"a,b,c\";d;e\n"), b';');
        assert_eq!(separator(b"a\tb\tc"), b'\t');
        assert_eq!(separator(b""), b',');
    }
}
