//! Subscribe links for any feed: webcal, Google Calendar, Outlook.com, the plain address.

use maud::{Markup, html};

use crate::i18n::Ui;

/// `s` percent-encoded for a query string (`application/x-www-form-urlencoded`).
pub(crate) fn encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// The ways to subscribe to one feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Links {
    /// The feed's https (or http) address.
    pub url: String,
    /// `webcal://…`, which opens the system's calendar app.
    pub webcal: String,
    /// Google Calendar's add-by-URL link.
    pub google: String,
    /// Outlook.com's add-from-web link.
    pub outlook: String,
}

impl Links {
    /// The links of the feed at `url`, named `name` in Outlook.
    pub fn new(url: &str, name: &str) -> Self {
        let webcal = match url.split_once("://") {
            Some((_, rest)) => format!("webcal://{rest}"),
            None => url.to_string(),
        };
        Self {
            url: url.to_string(),
            google: format!("https://calendar.google.com/calendar/render?cid={}", encode(&webcal)),
            outlook: format!(
                "https://outlook.live.com/calendar/0/addfromweb?url={}&name={}",
                encode(url),
                encode(name)
            ),
            webcal,
        }
    }
}

/// The subscribe box: buttons, the address to copy, and Google's manual steps.
pub fn panel(ui: Ui, links: &Links, atom: Option<&str>) -> Markup {
    html! {
        section.subscribe aria-labelledby="subscribe-heading" {
            h2 id="subscribe-heading" { (ui.t("subscribe")) }
            p { (ui.t("subscribe_hint")) }
            ul.buttons {
                li { a.webcal href=(links.webcal) { (ui.t("webcal")) } }
                li { a.google href=(links.google) rel="noopener" { (ui.t("google")) } }
                li { a.outlook href=(links.outlook) rel="noopener" { (ui.t("outlook")) } }
                @if let Some(a) = atom { li { a href=(a) type="application/atom+xml" { (ui.t("atom")) } } }
            }
            label for="feed-url" { (ui.t("feed_url")) }
            input id="feed-url" type="url" readonly value=(links.url) dir="ltr";
            button type="button" data-copy="feed-url" data-copied=(ui.t("copied")) hidden { (ui.t("copy")) }
            p.hint { (ui.t("google_steps")) }
            p.hint { (ui.t("google_refresh")) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_link_carries_the_whole_feed_address_encoded() {
        let l = Links::new(
            "https://cal.example.org/calendar.ics?region=western-asia&lang=ar,en",
            "Actions: Western Asia & more",
        );
        assert_eq!(
            l.webcal,
            "webcal://cal.example.org/calendar.ics?region=western-asia&lang=ar,en"
        );
        assert_eq!(
            l.google,
            "https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fcal.example.org%2Fcalendar.ics%3Fregion%3Dwestern-asia%26lang%3Dar%2Cen"
        );
        assert_eq!(
            l.outlook,
            "https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fcal.example.org%2Fcalendar.ics%3Fregion%3Dwestern-asia%26lang%3Dar%2Cen&name=Actions%3A+Western+Asia+%26+more"
        );
    }
}
