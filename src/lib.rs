//! actioncal: a worldwide calendar of actions, published as subscribable iCalendar feeds.
//!
//! The layers, top to bottom (arrows only point down): `cli` and `http` (with `pages`) call
//! `service` for writes, `store` for reads and `ical` to render; `service` calls `store` and
//! `domain`; `domain` imports nothing of ours. See the README's architecture section.

/// Command line: serve, import, backup, check, zones, admin.
pub mod cli;
/// Settings from flags, checked once at start-up.
pub mod config;
/// Domain types, parsed and validated once at the edge; no I/O.
pub mod domain;
/// The HTTP interface: middleware, routes by audience, extractors, errors, caches.
pub mod http;
/// The interface language: Fluent message catalogues, CLDR names and dates (ICU4X).
pub mod i18n;
/// Pure rendering to RFC 5545 iCalendar (a VTIMEZONE for every zone used) and to Atom.
pub mod ical;
/// Mail out: the outbox worker, composing in the recipient's language, sending by SMTP.
pub mod mail;
/// HTML templates that escape by default.
pub mod pages;
/// Every write path, each one transaction with its audit entry; the clock; secrets.
pub mod service;
/// Building and running the server.
pub mod startup;
/// The SQLite store: the only SQL.
pub mod store;
