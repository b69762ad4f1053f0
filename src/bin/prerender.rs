//! A build step (scripts/build.sh): renders the first screen natively and puts it into the
//! built index.html (see src/ui/prerender.rs).   prerender dist/index.html

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use audio_cost::ui::prerender::{first_fragment, first_screen, into_page};

    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender dist/index.html");
        return std::process::ExitCode::from(2);
    };
    let run = || -> Result<(), String> {
        let page = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|e| e.to_string())?;
        let screen = tokio::task::LocalSet::new().block_on(&runtime, first_screen());
        std::fs::write(&path, into_page(&page, &screen, &first_fragment())?)
            .map_err(|e| format!("{path}: {e}"))
    };
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
