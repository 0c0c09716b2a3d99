//! The frame every page shares.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::i18n::Ui;

const STYLE: &str = "body{overflow-wrap:anywhere;font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:1rem auto;padding:0 1rem;color:#111}\
a{color:#0645ad}.cancelled{color:#a00;font-weight:bold}.desc{white-space:pre-line}dt{font-weight:bold;margin-top:.5rem}dd{margin:0}\
label{display:block;font-weight:bold;margin-top:1rem}input,select,textarea{font:inherit;width:100%;box-sizing:border-box;padding:.3rem}\
input[type=checkbox]{width:auto}.check{font-weight:normal}.error{color:#a00;margin:.2rem 0}.warning{background:#fff4d6;padding:.5rem;border-left:4px solid #c80}\
.hint{color:#555;font-size:.9rem;margin:.2rem 0}.hp{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}\
button{font:inherit;padding:.4rem 1rem;margin-top:1rem}.secret{word-break:break-all;background:#eef;padding:.5rem}\
.filters label{display:inline-block;margin-inline-end:.5rem}.filters select{width:auto;max-width:12rem}.buttons li{margin:.3rem 0}.action{margin:.6rem 0}.when{display:block}.zone,.reader{color:#555}.languages{font-size:.9rem}.languages a,.languages strong{margin-inline-end:.6rem;display:inline-block}table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #ccc;padding:.3rem;vertical-align:top;text-align:start}\
.card{border:1px solid #ccc;border-radius:.3rem;padding:.2rem 1rem .8rem;margin:1rem 0}.card:focus{outline:3px solid #36c}.card h2,.card h3{margin:.5rem 0}\
.decide{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:flex-end}.decide form{flex:1 1 14rem}ins{background:#dfd;text-decoration:none}del{background:#fdd}.contact{display:inline}\
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}a{color:#8cf}.warning{background:#332200}.secret{background:#223}.hint{color:#aaa}}";

/// A whole page in English: `title`, then `body` inside `main`; `script` is a path under /static.
pub fn page(title: &str, script: Option<&str>, body: Markup) -> Markup {
    page_in(Ui::ENGLISH, "", title, &[], script, body)
}

/// The link to `here` (a path with its query, `ui` left out) in the language `ui`.
pub fn in_language(here: &str, ui: Ui) -> String {
    let sep = if here.contains('?') { '&' } else { '?' };
    format!("{here}{sep}ui={}", ui.code())
}

/// What a link to a public page shows when shared (OpenGraph, Twitter cards) and what search
/// engines read about it (schema.org JSON-LD).
#[derive(Debug, Clone, Default)]
pub struct Preview {
    /// The page's absolute address (`og:url`, `rel=canonical`).
    pub url: String,
    /// One line about it (`og:description`, `<meta name=description>`).
    pub description: String,
    /// A schema.org item as JSON (an action's `Event`), put in a `<script
    /// type="application/ld+json">` with `<` escaped.
    pub json_ld: Option<serde_json::Value>,
}

/// [`page_in`] for a public page, with its [`Preview`] in the head.
pub fn page_shared(
    ui: Ui,
    here: &str,
    title: &str,
    alternates: &[(&str, &str)],
    script: Option<&str>,
    preview: &Preview,
    body: Markup,
) -> Markup {
    page_with(ui, here, title, alternates, script, Some(preview), body)
}

/// The head's preview tags: OpenGraph (<https://ogp.me>), Twitter's summary card, the
/// description, the canonical address and the JSON-LD.
fn preview_tags(ui: Ui, title: &str, p: &Preview) -> Markup {
    // In a <script>, "</script>" would end it: `<` is written as its JSON escape.
    let json_ld = p.json_ld.as_ref().map(|j| j.to_string().replace('<', "\\u003c"));
    html! {
        meta name="description" content=(p.description);
        link rel="canonical" href=(p.url);
        meta property="og:type" content="website";
        meta property="og:site_name" content=(ui.t("site_name"));
        meta property="og:title" content=(title);
        meta property="og:description" content=(p.description);
        meta property="og:url" content=(p.url);
        meta property="og:locale" content=(ui.code().replace('-', "_"));
        meta name="twitter:card" content="summary";
        meta name="twitter:title" content=(title);
        meta name="twitter:description" content=(p.description);
        @if let Some(j) = json_ld {
            script type="application/ld+json" { (PreEscaped(j)) }
        }
    }
}

/// A whole page in the interface language `ui`, with `alternates` (media type, URL) as
/// `<link rel="alternate">`. `here` is the page's own path and query without `ui`: the language
/// switcher at the top leads to the same page, filters kept, in each other language (empty:
/// no switcher, for pages that are not addressed by GET).
pub fn page_in(
    ui: Ui,
    here: &str,
    title: &str,
    alternates: &[(&str, &str)],
    script: Option<&str>,
    body: Markup,
) -> Markup {
    page_with(ui, here, title, alternates, script, None, body)
}

fn page_with(
    ui: Ui,
    here: &str,
    title: &str,
    alternates: &[(&str, &str)],
    script: Option<&str>,
    preview: Option<&Preview>,
    body: Markup,
) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(ui.code()) dir=(ui.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) }
                @if let Some(p) = preview { (preview_tags(ui, title, p)) }
                // No favicon request: an empty icon inline.
                link rel="icon" href="data:,";
                @for (kind, href) in alternates {
                    link rel="alternate" type=(kind) href=(href);
                }
                @if !here.is_empty() {
                    @for other in Ui::all() {
                        link rel="alternate" hreflang=(other.code()) href=(in_language(here, other));
                    }
                }
                style { (PreEscaped(STYLE)) }
                @if let Some(src) = script {
                    script src=(src) defer {}
                }
            }
            body {
                @if !here.is_empty() {
                    nav.languages aria-label=(ui.t("choose_language")) {
                        @for other in Ui::all() {
                            @if other == ui {
                                strong lang=(other.code()) dir=(other.dir()) aria-current="true" { (other.autonym()) }
                            } @else {
                                a href=(in_language(here, other)) lang=(other.code()) dir=(other.dir()) hreflang=(other.code()) { (other.autonym()) }
                            }
                            " "
                        }
                    }
                }
                main { (body) }
            }
        }
    }
}
