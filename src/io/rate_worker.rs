//! The Web Worker that reads rate sheets and writes the files a quote or a card becomes.
//! Reading .xlsx (zip, XML) and JSON costs far more code than the whole calculator, and only
//! people with their own rates need it; writing CSV and JSON is needed only by those who save a
//! file. So all of it lives in its own wasm (src/bin/importer.rs), which the page fetches from
//! its own server the first time someone imports or exports. No file ever leaves the page.

use gloo_worker::oneshot::oneshot;
use gloo_worker::Codec;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use super::import_problem::{ImportProblem, Imported};
#[cfg(feature = "files")]
use super::quote_csv::quote_csv;
#[cfg(feature = "files")]
use super::rate_import::{card_csv, card_json, import_card};
use super::usage_protocol::{UsageRequest, UsageResponse};
#[cfg(feature = "files")]
use crate::pricing::{builtin_card, quote};
use crate::pricing::{RateCard, Scenario, SheetFor};

/// Where Trunk puts the worker's loader, next to index.html (see index.html).
pub const LOADER: &str = "./importer_loader.js";

#[derive(Serialize, Deserialize)]
pub enum WorkerRequest {
    Import {
        file: String,
        bytes: Vec<u8>,
        today: String,
        /// The option the user says the card is for; `None`: as the file says.
        chosen: Option<SheetFor>,
    },
    Export(Box<Export>),
    /// A step of importing call logs (`io::usage_protocol`).
    Usage(UsageRequest),
}

/// A file to write.
#[derive(Serialize, Deserialize)]
pub enum Export {
    /// The quote of `scenario` with `card` (the page's last valid pair), dated `today`, with
    /// the share link when there is one.
    QuoteCsv {
        scenario: Scenario,
        card: RateCard,
        today: String,
        link: Option<String>,
    },
    CardJson(RateCard),
    CardCsv(RateCard),
}

#[derive(Serialize, Deserialize)]
pub enum WorkerResponse {
    Imported(Result<Imported, Vec<ImportProblem>>),
    /// The file's text; empty only if the page sent a scenario its card can't price, which it
    /// never keeps.
    Exported(String),
    Usage(UsageResponse),
}

#[oneshot]
pub async fn RateWorker(request: WorkerRequest) -> WorkerResponse {
    answer(request)
}

/// The worker's answer: in its own build (src/bin/importer.rs, with the `files` feature).
#[cfg(feature = "files")]
fn answer(request: WorkerRequest) -> WorkerResponse {
    match request {
        WorkerRequest::Import {
            file,
            bytes,
            today,
            chosen,
        } => WorkerResponse::Imported(import_card(&file, &bytes, &builtin_card(), &today, chosen)),
        WorkerRequest::Export(export) => WorkerResponse::Exported(match *export {
            Export::QuoteCsv {
                scenario,
                card,
                today,
                link,
            } => quote(&scenario, &card)
                .map(|quote| quote_csv(&scenario, &card, &quote, &today, link.as_deref()))
                .unwrap_or_default(),
            Export::CardJson(card) => card_json(&card),
            Export::CardCsv(card) => card_csv(&card),
        }),
        WorkerRequest::Usage(request) => {
            WorkerResponse::Usage(super::usage::worker::answer(request))
        }
    }
}

/// The page is built without the file readers and writers: it only sends requests, to the
/// worker's own build, and never runs this side of the worker.
#[cfg(not(feature = "files"))]
fn answer(_: WorkerRequest) -> WorkerResponse {
    unreachable!("the page's build of the worker is never started")
}

/// Messages as postcard bytes: the page already links postcard (the share link), so the
/// worker adds no second serializer to the start-up bundle.
pub struct Postcard;

impl Codec for Postcard {
    fn encode<I: Serialize>(input: I) -> JsValue {
        let bytes = postcard::to_allocvec(&input).unwrap_or_default();
        js_sys::Uint8Array::from(bytes.as_slice()).into()
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        let bytes = js_sys::Uint8Array::new(&input).to_vec();
        // Both ends are this crate, built together: a message that doesn't decode is a build
        // mix-up, not user input, and gloo-worker's Codec has no error path.
        postcard::from_bytes(&bytes)
            .expect("the importer worker and the page come from the same build")
    }
}
