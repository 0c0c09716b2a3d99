//! The feed builder (`/subscribe`) and the partner widget (`/embed`).

use maud::{Markup, PreEscaped, html};

use super::calendar::{FilterForm, filter_form, site_header};
use super::layout;
use super::subscribe::{self, Links};
use crate::domain::event::Occurrence;
use crate::domain::{Event, Status};
use crate::i18n::Ui;
use crate::ical;

/// The feed builder: pick filters, get the feed address and the buttons.
pub fn builder(
    ui: Ui,
    filters: &FilterForm<'_>,
    keep: &[(&'static str, String)],
    links: &Links,
    atom: &str,
    page: &str,
    here: &str,
) -> Markup {
    let body = html! {
        (site_header(ui))
        h1 { (ui.t("feed_builder")) }
        p { (ui.t("feed_builder_intro")) }
        (filter_form(ui, filters, keep))
        p { a href=(page) { (ui.t("upcoming")) } }
        (subscribe::panel(ui, links, Some(atom)))
    };
    layout::page_in(
        ui,
        here,
        &ui.t("feed_builder"),
        &[("text/calendar", &links.url), ("application/atom+xml", atom)],
        Some("/static/pages.js"),
        body,
    )
}

/// Light and dark widget themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// The reader's system setting (`prefers-color-scheme`).
    Auto,
}

const LIGHT: &str = ":root{--bg:#fff;--fg:#111;--muted:#555;--line:#ddd;--link:#0645ad}";
const DARK: &str = ":root{--bg:#111;--fg:#eee;--muted:#aaa;--line:#333;--link:#8cf}";

/// The colours of `theme`, as CSS custom properties.
fn colours(theme: Theme) -> String {
    match theme {
        Theme::Light => LIGHT.to_string(),
        Theme::Dark => DARK.to_string(),
        Theme::Auto => format!("{LIGHT}@media (prefers-color-scheme:dark){{{DARK}}}"),
    }
}

/// The head every widget answer shares.
fn head(ui: Ui, theme: Theme) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            meta name="referrer" content="no-referrer";
            title { (ui.t("upcoming")) }
            link rel="icon" href="data:,";
            style { (PreEscaped(colours(theme))) "body{background:var(--bg);color:var(--fg)}" (PreEscaped(WIDGET_STYLE)) }
        }
    }
}

/// A parameter the widget cannot take, said inside it: `message` in the reader's language.
pub fn refusal(ui: Ui, theme: Theme, message: &str) -> Markup {
    html! {
        (maud::DOCTYPE)
        html lang=(ui.code()) dir=(ui.dir()) {
            (head(ui, theme))
            body { main { p.refused role="alert" { (message) } } }
        }
    }
}

const WIDGET_STYLE: &str = "body{margin:0;overflow-wrap:anywhere;font:14px/1.4 system-ui,sans-serif}ol{list-style:none;margin:0;padding:.5rem}\
li{padding:.4rem 0;border-bottom:1px solid var(--line)}a{color:var(--link);text-decoration:none}a:hover{text-decoration:underline}\
.when{display:block;font-size:.85em;color:var(--muted)}.cancelled{color:#c00;font-weight:bold}.more{display:block;padding:.5rem}\
.refused{margin:.5rem;padding:.5rem;border-left:4px solid #c80}";

/// The widget: the next actions, compact, self-contained (no script, no cookie, nothing fetched
/// from elsewhere), safe in an iframe on any site.
pub fn embed(ui: Ui, theme: Theme, items: &[(&Event, Occurrence)], more: &str) -> Markup {
    html! {
        (maud::DOCTYPE)
        html lang=(ui.code()) dir=(ui.dir()) {
            (head(ui, theme))
            body {
                main {
                    @if items.is_empty() { p { (ui.t("nothing")) } }
                    ol {
                        @for (e, o) in items {
                            li {
                                a href=(super::layout::in_language(&ical::event_page("", e.id), ui)) target="_blank" rel="noopener" dir="auto" { (e.title) }
                                @if e.status == Status::Cancelled { " " span.cancelled { (ui.t("cancelled_short")) } }
                                @if e.status == Status::Tentative { " " span.tentative { (ui.t("tentative_short")) } }
                                span.when {
                                    time datetime=(o.start_utc.to_string()) { (ui.date(o.start.date())) }
                                    @if !e.time.is_all_day() { ", " (ui.time(o.start.time())) " " (ui.zone(e.time.zone().name())) }
                                    " · " span dir="auto" { (crate::pages::event::place(ui, &e.place)) }
                                }
                                @if let Some(r) = &e.recurrence {
                                    span.when.repeats { (ui.t("repeats")) ": " (ui.rule(r.rule(), r.last_date())) }
                                }
                            }
                        }
                    }
                    a.more href=(more) target="_blank" rel="noopener" { (ui.t("more")) }
                }
            }
        }
    }
}
