//! The page a browser gets when a request fails, in the reader's language: what the status
//! means and what to do, and the refusal itself when it can be said in that language (the JSON
//! answer keeps the English message for tools).

use maud::{Markup, html};

use super::layout;
use crate::i18n::Ui;

/// The message ids of a status: its title and what to do about it.
fn ids(status: u16) -> (&'static str, &'static str) {
    match status {
        400 => ("error_400", "error_400_hint"),
        401 => ("error_401", "error_401_hint"),
        403 => ("error_403", "error_403_hint"),
        404 => ("error_404", "error_404_hint"),
        405 => ("error_405", "error_405_hint"),
        409 => ("error_409", "error_409_hint"),
        413 => ("error_413", "error_413_hint"),
        422 => ("error_422", "error_422_hint"),
        429 => ("error_429", "error_429_hint"),
        503 => ("error_503", "error_503_hint"),
        507 => ("error_507", "error_507_hint"),
        _ => ("error_500", "error_500_hint"),
    }
}

/// A page for the status `status` (`404`), with `detail` (already in `ui`'s language) when
/// there is more to say than the status.
pub fn page(ui: Ui, status: u16, detail: Option<&str>) -> Markup {
    let (title, hint) = ids(status);
    let heading = format!("{status} · {}", ui.t(title));
    layout::page_in(
        ui,
        "",
        &heading,
        &[],
        None,
        html! {
            h1 { (heading) }
            @if let Some(d) = detail {
                @for line in d.lines() { p.error { (line) } }
            }
            p { (ui.t(hint)) }
            p { a href="/" { (ui.t("back_to_calendar")) } }
        },
    )
}
