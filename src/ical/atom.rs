//! Atom (RFC 4287) rendering of upcoming and newly published actions, with the feeds' filters.

use atom_syndication::{Category, Content, Entry, Feed, FixedDateTime, Link, Person, Text};
use chrono::TimeZone as _;

use crate::domain::{Event, Status};
use crate::ical;

fn time(t: jiff::Timestamp) -> FixedDateTime {
    chrono::FixedOffset::east_opt(0)
        .and_then(|utc| utc.timestamp_opt(t.as_second(), 0).single())
        .unwrap_or_default()
}

fn link(href: &str, rel: &str, mime: Option<&str>) -> Link {
    let mut l = Link::default();
    l.set_href(href);
    l.set_rel(rel);
    l.set_mime_type(mime.map(str::to_string));
    l
}

/// When and where, as a line for feed readers.
fn summary(e: &Event) -> String {
    let t = &e.time;
    let when = if t.is_all_day() {
        format!("{} – {}", t.start_text(), t.end_text())
    } else {
        format!(
            "{} – {} ({}; {} UTC)",
            t.start_text(),
            &t.end_text()[11..],
            t.zone().name(),
            t.start_utc().strftime("%Y-%m-%d %H:%M")
        )
    };
    let cancelled = match e.status {
        Status::Cancelled => "CANCELLED. ",
        Status::Tentative => "TENTATIVE. ",
        _ => "",
    };
    format!("{cancelled}{when}. {}", ical::location(e))
}

/// The feed: `title`, its own URL `self_url`, the page it mirrors `page_url`, and `events`.
pub fn render(title: &str, self_url: &str, page_url: &str, events: &[Event], base: &str) -> String {
    let mut feed = Feed::default();
    feed.set_title(Text::plain(title));
    feed.set_id(self_url);
    feed.set_updated(
        events
            .iter()
            .map(|e| e.updated_at)
            .max()
            .map(time)
            .unwrap_or_else(|| time(jiff::Timestamp::UNIX_EPOCH)),
    );
    let mut author = Person::default();
    author.set_name("actioncal");
    author.set_uri(Some(base.to_string()));
    feed.set_authors(vec![author]);
    feed.set_links(vec![
        link(self_url, "self", Some("application/atom+xml")),
        link(page_url, "alternate", Some("text/html")),
    ]);
    let entries: Vec<Entry> = events
        .iter()
        .map(|e| {
            let page = ical::event_page(base, e.id);
            let mut entry = Entry::default();
            entry.set_id(page.clone());
            entry.set_title(Text::plain(match e.status {
                Status::Cancelled => format!("CANCELLED: {}", e.title),
                Status::Tentative => format!("TENTATIVE: {}", e.title),
                _ => e.title.clone(),
            }));
            entry.set_updated(time(e.updated_at));
            entry.set_published(Some(time(e.created_at)));
            let mut links = vec![
                link(&page, "alternate", Some("text/html")),
                link(
                    &format!("{base}/events/{}.ics", e.id),
                    "enclosure",
                    Some("text/calendar"),
                ),
            ];
            // Every way to join online, labelled, as feed readers show related links.
            for online in &e.online_links {
                let mut l = link(online.url.as_str(), "related", None);
                l.set_title(online.label.clone().or_else(|| Some(super::JOIN_ONLINE.into())));
                links.push(l);
            }
            entry.set_links(links);
            entry.set_summary(Some(Text::plain(summary(e))));
            if let Some(d) = &e.description {
                let mut content = Content::default();
                content.set_content_type(Some("text".to_string()));
                content.set_value(Some(d.clone()));
                content.set_lang(e.languages.first().map(|l| l.as_str().to_string()));
                entry.set_content(Some(content));
            }
            let categories = e
                .campaigns
                .iter()
                .map(|c| (c.slug.as_str(), c.name.as_str()))
                .chain(e.tags.iter().map(|t| (t.as_str(), t.as_str())));
            entry.set_categories(
                categories
                    .map(|(term, label)| {
                        let mut c = Category::default();
                        c.set_term(term);
                        c.set_label(Some(label.to_string()));
                        c
                    })
                    .collect::<Vec<_>>(),
            );
            entry
        })
        .collect();
    feed.set_entries(entries);
    let xml = feed.to_string();
    // Text is cleaned when it is stored (`domain::text::clean`), but a row written before that
    // rule, or by hand, must not make the document ill-formed for every reader.
    if xml.chars().all(crate::domain::text::is_xml_char) {
        xml
    } else {
        xml.chars().filter(|c| crate::domain::text::is_xml_char(*c)).collect()
    }
}
