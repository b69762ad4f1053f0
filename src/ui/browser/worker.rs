//! The worker that reads and writes files (src/io/rate_worker.rs), started on first use.

use super::address::base;
use super::files::download;
use super::page::today;
use super::window;
use crate::io::import_problem::{ImportProblem, Imported};
use crate::io::rate_worker::{self, Export, Postcard, RateWorker, WorkerRequest, WorkerResponse};
use crate::io::usage_protocol::{UsageRequest, UsageResponse};
use crate::pricing::SheetFor;
use web_sys::BlobPropertyBag;
use web_sys::{Blob, Url};

/// Where the importer worker's loader is. A worker must come from the page's origin: embedded
/// in another origin's page, it starts from a same-origin blob that loads the calculator's
/// scripts by their full address (the host's CSP must allow `worker-src blob:`).
fn worker_loader() -> String {
    let Some(base) = base() else {
        return rate_worker::LOADER.to_string();
    };
    let here = window().and_then(|w| w.location().origin().ok());
    let there = Url::new(&base).map(|u| u.origin()).ok();
    if here.is_some() && here == there {
        return format!("{base}importer_loader.js");
    }
    // wasm-bindgen's initialisation takes an object (a bare path is deprecated and warns).
    let shim = format!(
        "importScripts({:?});wasm_bindgen({{module_or_path:{:?}}});",
        format!("{base}importer.js"),
        format!("{base}importer_bg.wasm")
    );
    let options = BlobPropertyBag::new();
    options.set_type("text/javascript");
    Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&shim.into()), &options)
        .and_then(|blob| Url::create_object_url_with_blob(&blob))
        .unwrap_or_default()
}

/// Runs one request in the worker. The worker starts with the first request and serves the
/// page from then on, so its ~670 KB are fetched and compiled once. A bridge runs one request
/// at a time: each request gets a fork of the page's bridge to the same worker.
async fn ask_worker(request: WorkerRequest) -> WorkerResponse {
    use gloo_worker::oneshot::OneshotBridge;
    use gloo_worker::Spawnable;
    thread_local! {
        static WORKER: std::cell::OnceCell<OneshotBridge<RateWorker>> =
            const { std::cell::OnceCell::new() };
    }
    let mut bridge = WORKER.with(|worker| {
        worker
            .get_or_init(|| {
                RateWorker::spawner()
                    .encoding::<Postcard>()
                    .spawn_with_loader(&worker_loader())
            })
            .fork()
    });
    bridge.run(request).await
}

/// Reads a rate card file (.xlsx, .csv or .json) in the worker, for the option `chosen` (`None`:
/// as the file says).
pub async fn import_card(
    file: String,
    bytes: Vec<u8>,
    chosen: Option<SheetFor>,
) -> Result<Imported, Vec<ImportProblem>> {
    let request = WorkerRequest::Import {
        file,
        bytes,
        today: today(),
        chosen,
    };
    match ask_worker(request).await {
        WorkerResponse::Imported(result) => result,
        WorkerResponse::Exported(_) | WorkerResponse::Usage(_) => Err(Vec::new()),
    }
}

/// One step of importing call logs in the worker.
pub async fn usage(request: UsageRequest) -> UsageResponse {
    match ask_worker(WorkerRequest::Usage(request)).await {
        WorkerResponse::Usage(response) => response,
        WorkerResponse::Imported(_) | WorkerResponse::Exported(_) => UsageResponse::Read,
    }
}

/// Writes `export` in the worker and offers it as a download named `filename`.
pub fn save(export: Export, filename: &'static str, mime: &'static str) {
    wasm_bindgen_futures::spawn_local(async move {
        if let WorkerResponse::Exported(text) =
            ask_worker(WorkerRequest::Export(Box::new(export))).await
        {
            if !text.is_empty() {
                download(filename, mime, &text);
            }
        }
    });
}
