//! The page a browser gets when a request fails: the same message the API sends as JSON.

use maud::{Markup, html};

use super::layout;

/// A page saying `message` under the status line `status` (`404 Not Found`).
pub fn page(status: &str, message: &str) -> Markup {
    layout::page(
        status,
        None,
        html! {
            h1 { (status) }
            p.error { (message) }
            p { a href="/" { "Back to the calendar" } }
        },
    )
}
