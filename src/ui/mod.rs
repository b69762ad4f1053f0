//! Yew function components, one per file: each takes its data and `Callback`s as props.

mod app;
mod assumptions;
pub mod break_even_chart;
pub mod browser;
mod call_logs;
pub(crate) mod choice;
mod comparison;
mod country_lists;
mod display_panel;
mod field;
mod group_panel;
mod growth;
mod hooks;
mod language_picker;
mod line_items;
mod offer_panel;
mod pool_gauge;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod preset_picker;
mod print_summary;
mod quote_actions;
mod rate_card_panel;
mod results;
mod results_bar;
mod tenant_panel;
pub mod theme;
mod usage_row;
mod usage_table;

pub use app::{App, AppProps};
pub(crate) use hooks::use_lang;

/// A click that copies `text` and then says, in `status`, whether the browser allowed it.
pub(crate) fn copy_on_click(
    status: &yew::UseStateHandle<Option<&'static str>>,
    text: String,
    said: (&'static str, &'static str),
) -> yew::Callback<yew::MouseEvent> {
    let status = status.clone();
    yew::Callback::from(move |_| {
        let (status, text) = (status.clone(), text.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let (copied, refused) = said;
            status.set(Some(if browser::files::copy(text).await {
                copied
            } else {
                refused
            }));
        });
    })
}

/// Counts a component's renders in debug builds, so a test can show that a keystroke
/// re-renders only the components whose props it changed (tests/wasm_app.rs). Release builds
/// compile it to nothing.
pub(crate) fn rendered(component: &'static str) {
    #[cfg(debug_assertions)]
    RENDERS.with_borrow_mut(|renders| *renders.entry(component).or_default() += 1);
    #[cfg(not(debug_assertions))]
    let _ = component;
}

#[cfg(debug_assertions)]
thread_local! {
    static RENDERS: std::cell::RefCell<std::collections::BTreeMap<&'static str, u32>> =
        Default::default();
}

/// How many times each counted component has rendered so far (debug builds).
#[cfg(debug_assertions)]
pub fn render_counts() -> std::collections::BTreeMap<&'static str, u32> {
    RENDERS.with_borrow(Clone::clone)
}
