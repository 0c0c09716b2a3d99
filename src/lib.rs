//! actioncal: a worldwide calendar of actions, published as subscribable iCalendar feeds.

/// Atom rendering of the same selections as the feeds.
pub mod atom;
/// Answers kept as shared parts, each hashed and compressed once.
pub mod body;
/// Command line: serve, import, version.
pub mod cli;
/// Settings from flags, checked once at start-up.
pub mod config;
/// Domain types, parsed and validated once at the edge.
pub mod domain;
/// The HTTP interface: feeds, JSON API, errors.
pub mod http;
/// Rendering to RFC 5545 iCalendar, with a VTIMEZONE for every zone used.
pub mod ical;
/// Reading import files: all or nothing.
pub mod import;
/// HTML pages.
pub mod pages;
/// Work shared among the cores.
pub mod parallel;
/// Building and running the server.
pub mod startup;
/// The SQLite store: the only SQL.
pub mod store;
/// Submissions, edits and moderation: every write that is not a file import.
pub mod submissions;
/// Edit links, API tokens and sessions: generated once, stored hashed.
pub mod tokens;
