//! The rate-sheet importer worker (see src/io/rate_worker.rs). Trunk builds it for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    use gloo_worker::Registrable;
    audio_cost::io::rate_worker::RateWorker::registrar()
        .encoding::<audio_cost::io::rate_worker::Postcard>()
        .register();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The importer runs as a Web Worker in the browser. Natively, use `quote --rates FILE`."
    );
}
