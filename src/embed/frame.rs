//! An iframe embed and its host page (static/embed.js) talk with versioned messages:
//!
//! - child to parent `{type: "audio-cost:ready", version: 1}`, no data, to any origin: the
//!   calculator is listening;
//! - parent to child `{type: "audio-cost:hello", version: 1}`: the host wants heights;
//! - parent to child `{type: "audio-cost:rates", version: 1, name, json}`: a rate card (JSON)
//!   the host fetched from its own origin;
//! - child to parent `{type: "audio-cost:height", version: 1, height}` on every layout change,
//!   only to the origin that said hello.
//!
//! The child heeds only its parent window, and only origins in its allow-list (`origins`; when
//! empty, any parent).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

use super::origin_allowed;

const VERSION: f64 = 1.0;

fn message(kind: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &kind.into());
    let _ = Reflect::set(&message, &"version".into(), &VERSION.into());
    for (name, value) in fields {
        let _ = Reflect::set(&message, &(*name).into(), value);
    }
    message.into()
}

fn field(data: &JsValue, name: &str) -> JsValue {
    Reflect::get(data, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Starts talking to the parent window, if there is one; `on_rates` gets (file name, JSON).
/// The listeners live as long as the page.
pub fn connect(allowed: Vec<String>, on_rates: Callback<(String, String)>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if Object::is(&parent, &window) {
        return; // opened on its own, not framed
    }
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let host: Rc<RefCell<Option<String>>> = Rc::default();

    let post_height = {
        let (parent, host, root) = (parent.clone(), Rc::clone(&host), root.clone());
        move || {
            if let Some(origin) = host.borrow().as_deref() {
                let height = root.get_bounding_client_rect().height().ceil();
                let _ = parent.post_message(
                    &message("audio-cost:height", &[("height", height.into())]),
                    origin,
                );
            }
        }
    };
    let on_resize = Closure::<dyn FnMut()>::new({
        let post_height = post_height.clone();
        move || post_height()
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    on_resize.forget();

    let listener = gloo_events::EventListener::new(&window, "message", {
        let parent = parent.clone();
        move |event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            let from_parent = event.source().is_some_and(|s| Object::is(&s, &parent));
            let origin = event.origin();
            let data = event.data();
            if !from_parent
                || !origin_allowed(&origin, &allowed)
                || field(&data, "version").as_f64() != Some(VERSION)
            {
                return;
            }
            match field(&data, "type").as_string().as_deref() {
                Some("audio-cost:hello") => {
                    *host.borrow_mut() = Some(origin);
                    post_height();
                }
                Some("audio-cost:rates") => {
                    if let (Some(name), Some(json)) = (
                        field(&data, "name").as_string(),
                        field(&data, "json").as_string(),
                    ) {
                        on_rates.emit((name, json));
                    }
                }
                _ => {}
            }
        }
    });
    listener.forget();
    let _ = parent.post_message(&message("audio-cost:ready", &[]), "*");
}
