//! actioncal: a worldwide calendar of actions, published as subscribable iCalendar feeds.
//!
//! The layers, top to bottom (arrows only point down): `cli` and `http` (with `pages`) call
//! `service` for writes, `store` for reads and `ical` to render; `service` calls `store` and
//! `domain`; `domain` imports only `i18n`, which imports nothing of ours. See the README's architecture section.

/// Command line: serve, import, backup, check, zones, admin.
pub mod cli;
/// Settings from flags, checked once at start-up.
pub mod config;
/// Domain types, parsed and validated once at the edge; no I/O.
pub mod domain;
/// Fetching partners' calendars from URLs coordinators type: public addresses only, capped.
pub mod fetch;
/// The HTTP interface: middleware, routes by audience, extractors, errors, caches.
pub mod http;
/// The interface language: Fluent message catalogues, CLDR names and dates (ICU4X).
pub mod i18n;
/// Pure rendering to RFC 5545 iCalendar (a VTIMEZONE for every zone used) and to Atom, and
/// reading partners' iCalendar files (`ical::read`).
pub mod ical;
/// Mail out: the outbox worker, composing in the recipient's language, sending by SMTP.
pub mod mail;
/// Mail in from an IMAP mailbox (`actioncal mail poll`), for those who cannot pipe from an MTA.
pub mod mailbox;
/// HTML templates that escape by default.
pub mod pages;
/// Polling partners' calendars: fetch, read, bring into the store, on each one's schedule.
pub mod poller;
/// Every write path, each one transaction with its audit entry; the clock; secrets.
pub mod service;
/// Building and running the server.
pub mod startup;
/// The SQLite store: the only SQL.
pub mod store;

#[cfg(test)]
mod layering {
    /// The modules whose imports are held: each may name only the modules listed with it.
    const RULES: [(&str, &[&str]); 2] = [("domain", &["domain", "i18n"]), ("i18n", &["i18n"])];

    #[test]
    fn domain_and_i18n_import_only_what_the_layering_allows() {
        let mut wrong = Vec::new();
        for (module, allowed) in RULES {
            let mut stack = vec![std::path::PathBuf::from(format!(
                "{}/src/{module}",
                env!("CARGO_MANIFEST_DIR")
            ))];
            while let Some(dir) = stack.pop() {
                for entry in std::fs::read_dir(&dir).expect("readable") {
                    let path = entry.expect("entry").path();
                    if path.is_dir() {
                        stack.push(path);
                        continue;
                    }
                    if path.extension().is_none_or(|e| e != "rs") {
                        continue;
                    }
                    let source = std::fs::read_to_string(&path).expect("UTF-8");
                    for (at, _) in source.match_indices("crate::") {
                        let named: String = source[at + 7..]
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect();
                        if !allowed.contains(&named.as_str()) {
                            wrong.push(format!("{}: crate::{named}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(wrong.is_empty(), "imports against the layering: {wrong:#?}");
    }
}
