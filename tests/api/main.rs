//! Integration tests: each starts the real server on a free port with its own store.

mod api;
mod clients;
mod feeds;
mod forms;
mod helpers;
mod http;
mod i18n;
mod import;
mod intake;
mod layers;
mod mail;
mod moderation;
mod pages;
mod paths;
mod properties;
mod proxy;
mod reliability;
mod sources;
mod staleness;
