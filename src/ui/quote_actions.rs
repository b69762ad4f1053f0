use yew::prelude::*;

use super::{copy_on_click, rendered, use_lang};
use crate::i18n::Msg;

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
    rendered("QuoteActions");
    let lang = use_lang();
    let status = use_state(|| None::<&'static str>);
    let link = browser::address::link_with(&props.fragment)
        .unwrap_or_else(|| format!("#{}", props.fragment));
    let onclick = copy_on_click(
        &status,
        link.clone(),
        (lang.t(Msg::ShareCopied), lang.t(Msg::ShareCopyRefused)),
    );
    html! {
        <div class="share-bar">
            <button type="button" data-testid="share-link" {onclick}>{lang.t(Msg::ShareCopy)}</button>
            <button type="button" data-testid="export-csv" onclick={props.on_export.reform(|_: MouseEvent| ())}>{lang.t(Msg::ShareExportCsv)}</button>
            <button type="button" data-testid="print" onclick={Callback::from(|_: MouseEvent| browser::page::print())}>{lang.t(Msg::SharePrint)}</button>
            <input type="text" readonly=true aria-label={lang.t(Msg::ShareLink)} class="share-url" data-testid="share-url" value={link} />
            <span class="share-status" role="status" aria-live="polite">{ status.unwrap_or("") }</span>
        </div>
    }
}
