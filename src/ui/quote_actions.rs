use yew::prelude::*;

use super::browser;

#[derive(Properties, PartialEq)]
pub struct QuoteActionsProps {
    /// The encoded scenario (the link's fragment).
    pub fragment: AttrValue,
    /// Builds and downloads the CSV of what is on screen.
    pub on_export: Callback<()>,
}

/// What a quote can become: a link (the whole scenario travels in it; nothing is uploaded),
/// a CSV file, or a printed page.
#[component]
pub fn QuoteActions(props: &QuoteActionsProps) -> Html {
    let status = use_state(|| None::<&'static str>);
    let link =
        browser::link_with(&props.fragment).unwrap_or_else(|| format!("#{}", props.fragment));
    let onclick = {
        let (status, link) = (status.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, link) = (status.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(if browser::copy(link).await {
                    "Link copied: anyone who opens it sees this quote."
                } else {
                    "Copying isn't allowed here: select the link and copy it."
                }));
            });
        })
    };
    html! {
        <div class="share-bar">
            <button type="button" data-testid="share-link" {onclick}>{"Copy share link"}</button>
            <button type="button" data-testid="export-csv" onclick={props.on_export.reform(|_: MouseEvent| ())}>{"Export CSV"}</button>
            <button type="button" data-testid="print" onclick={Callback::from(|_: MouseEvent| browser::print())}>{"Print or save as PDF"}</button>
            <input type="text" readonly=true aria-label="Share link" class="share-url" data-testid="share-url" value={link} />
            <span class="share-status" role="status" aria-live="polite">{ status.unwrap_or("") }</span>
        </div>
    }
}
