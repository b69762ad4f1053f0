//! The browser APIs the page uses, by concern. Outside the browser (server-side rendering,
//! native tests) there is no window: reads give nothing and writes do nothing.

pub mod address;
pub mod files;
pub mod page;
pub mod storage;
pub mod worker;

fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}
