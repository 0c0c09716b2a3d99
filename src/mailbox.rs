//! `actioncal mail poll`: the e-mail intake for coordinators who cannot touch an MTA. Reads an
//! IMAP mailbox (RFC 9051; IMAP4rev1 servers too), gives each new message to
//! [`intake::ingest`](crate::service::intake::ingest) as the pipe transport would, then moves
//! it to a folder (`MOVE`, RFC 6851, or `COPY` + `\Deleted` + `UID EXPUNGE`).
//!
//! Where it got to is kept per mailbox (its UIDVALIDITY and the last UID taken, table
//! `imap_mailboxes`): a message is moved only once it is kept in the store, and the position
//! saved only after; a crash between the two means the message is looked at again, and the
//! intake takes a message it already has only once (Message-ID and content). When the store
//! cannot take a message (busy, full) the round stops there and the message stays for the next.
//!
//! The envelope comes from the headers the delivering MTA wrote: `Return-Path` (the sender),
//! `Delivered-To` or `X-Original-To` (the recipient, whose `+extension` picks the campaign),
//! else `--recipient`.
//!
//! `imaps://` (TLS, port 993) trusts the Mozilla roots and `--imap-ca`; `imap://` sends the
//! password in clear and is accepted for loopback hosts only.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::Duration;

use crate::service::clock::Clock;
use crate::service::intake::{self, Envelope, ReplyPolicy, Taken};
use crate::store::{self, Store};

/// How long one network read or write may wait.
const IO_TIMEOUT: Duration = Duration::from_secs(60);
/// The most messages taken in one round (the rest wait for the next).
const ROUND_MAX: usize = 500;

/// Where the mailbox is and how to reach it.
#[derive(Debug, Clone)]
pub struct Account {
    /// `imaps://user@host[:port]/Mailbox` or, loopback only, `imap://…`.
    pub url: url::Url,
    pub password: String,
    /// The folder read messages are moved to (made when missing).
    pub processed: String,
    /// A PEM file of certificate authorities trusted besides the Mozilla roots.
    pub ca: Option<std::path::PathBuf>,
}

impl Account {
    /// Checks `url`'s shape: scheme, user, host; `imap://` only to a loopback host.
    pub fn new(url: &str, password: String, processed: String, ca: Option<std::path::PathBuf>) -> Result<Self, String> {
        let parsed = url::Url::parse(url).map_err(|e| format!("--imap-url {url:?}: {e}"))?;
        let expected = "expected imaps://user@host[:port]/Mailbox (or imap://… to a loopback host)";
        let host = parsed
            .host_str()
            .ok_or_else(|| format!("--imap-url {url:?}: no host; {expected}"))?;
        if parsed.username().is_empty() {
            return Err(format!("--imap-url {url:?}: no user name; {expected}"));
        }
        match parsed.scheme() {
            "imaps" => {}
            "imap" if ["localhost", "127.0.0.1", "[::1]", "::1"].contains(&host) => {}
            "imap" => {
                return Err(format!(
                    "--imap-url {url:?}: imap:// would send the password in clear to {host}; use imaps://"
                ));
            }
            other => return Err(format!("--imap-url {url:?}: scheme {other:?}; {expected}")),
        }
        Ok(Self {
            url: parsed,
            password,
            processed,
            ca,
        })
    }

    /// The mailbox's name (the URL's path, `INBOX` when none).
    fn mailbox(&self) -> String {
        let path = self.url.path().trim_start_matches('/');
        let decoded = percent_decode(path);
        if decoded.is_empty() { "INBOX".into() } else { decoded }
    }

    /// `user@host:port/Mailbox`: the key of the position kept in the store.
    fn key(&self) -> String {
        format!(
            "{}@{}:{}/{}",
            percent_decode(self.url.username()),
            self.url.host_str().unwrap_or(""),
            self.port(),
            self.mailbox()
        )
    }

    fn port(&self) -> u16 {
        self.url
            .port()
            .unwrap_or(if self.url.scheme() == "imaps" { 993 } else { 143 })
    }
}

fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// A TLS or (loopback) plain connection.
trait Stream: Read + Write + Send {}
impl<T: Read + Write + Send> Stream for T {}

fn connect(account: &Account) -> Result<Box<dyn Stream>, String> {
    let host = account
        .url
        .host_str()
        .unwrap_or("")
        .trim_matches(['[', ']'])
        .to_string();
    let tcp = TcpStream::connect((host.as_str(), account.port())).map_err(|e| format!("{host}: {e}"))?;
    tcp.set_read_timeout(Some(IO_TIMEOUT)).map_err(|e| e.to_string())?;
    tcp.set_write_timeout(Some(IO_TIMEOUT)).map_err(|e| e.to_string())?;
    if account.url.scheme() == "imap" {
        return Ok(Box::new(tcp));
    }
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(ca) = &account.ca {
        use rustls::pki_types::pem::PemObject as _;
        let certs = rustls::pki_types::CertificateDer::pem_file_iter(ca)
            .map_err(|e| format!("--imap-ca {}: {e}", ca.display()))?;
        for cert in certs {
            let cert = cert.map_err(|e| format!("--imap-ca {}: {e}", ca.display()))?;
            roots
                .add(cert)
                .map_err(|e| format!("--imap-ca {}: {e}", ca.display()))?;
        }
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_root_certificates(roots)
        .with_no_client_auth();
    let name = rustls::pki_types::ServerName::try_from(host.clone()).map_err(|e| format!("{host}: {e}"))?;
    let conn = rustls::ClientConnection::new(Arc::new(config), name).map_err(|e| e.to_string())?;
    Ok(Box::new(rustls::StreamOwned::new(conn, tcp)))
}

/// What one round did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Round {
    /// Messages kept (and moved).
    pub taken: usize,
    /// Messages already in the store (moved too).
    pub known: usize,
    /// The mailbox's UIDVALIDITY changed since the last round: every message was looked at.
    pub revalidated: bool,
}

/// One round: every message after the last one taken is kept and read, then moved to
/// `account.processed`. Stops at the first message the store cannot take (it stays for the
/// next round). Errors say what failed, in words.
pub fn poll(store: &Store, account: &Account, envelope: &Envelope, policy: &ReplyPolicy) -> Result<Round, String> {
    let mut client = imap::Client::new(connect(account)?);
    client.read_greeting().map_err(|e| format!("greeting: {e}"))?;
    let user = percent_decode(account.url.username());
    let mut session = client
        .login(&user, &account.password)
        .map_err(|(e, _)| format!("login as {user}: {e}"))?;
    let result = take_new(&mut session, store, account, envelope, policy);
    let _ = session.logout();
    result
}

fn take_new<T: Read + Write>(
    session: &mut imap::Session<T>,
    store: &Store,
    account: &Account,
    envelope: &Envelope,
    policy: &ReplyPolicy,
) -> Result<Round, String> {
    let mailbox = account.mailbox();
    // The folder for read messages; "already exists" is the usual answer.
    let _ = session.create(&account.processed);
    let selected = session.select(&mailbox).map_err(|e| format!("select {mailbox}: {e}"))?;
    let validity = selected
        .uid_validity
        .ok_or_else(|| format!("{mailbox}: the server gave no UIDVALIDITY"))?;
    let key = account.key();
    let known = store
        .with_conn(|c| store::inbound::imap_position(c, &key))
        .map_err(|e| e.to_string())?;
    let mut round = Round::default();
    let mut last = match known {
        Some((v, last)) if v == validity => last,
        Some(_) => {
            round.revalidated = true;
            0
        }
        None => 0,
    };
    let can_move = session.capabilities().map(|c| c.has_str("MOVE")).unwrap_or(false);
    // `UID n:*` always answers the last message, even below n (RFC 9051 §6.4.4): filtered.
    let mut uids: Vec<u32> = session
        .uid_search(format!("UID {}:*", last.saturating_add(1)))
        .map_err(|e| format!("search {mailbox}: {e}"))?
        .into_iter()
        .filter(|u| *u > last)
        .collect();
    uids.sort_unstable();
    for uid in uids.into_iter().take(ROUND_MAX) {
        let fetched = session
            .uid_fetch(uid.to_string(), "BODY.PEEK[]")
            .map_err(|e| format!("fetch {uid}: {e}"))?;
        let Some(raw) = fetched.iter().find_map(|f| f.body()).map(<[u8]>::to_vec) else {
            continue;
        };
        let envelope = envelope_of(&raw, envelope);
        let clock = Clock::System;
        let taken = store
            .with_conn(|c| intake::ingest(c, &raw, &envelope, policy, clock.today(), clock.unix()))
            .map_err(|e| format!("message {uid} not kept, left in {mailbox} for the next round: {e}"))?;
        tracing::info!(uid, %taken, "mail poll");
        match taken {
            Taken::AlreadyTaken => round.known += 1,
            _ => round.taken += 1,
        }
        let set = uid.to_string();
        if can_move {
            session
                .uid_mv(&set, &account.processed)
                .map_err(|e| format!("move {uid} to {}: {e}", account.processed))?;
        } else {
            session
                .uid_copy(&set, &account.processed)
                .map_err(|e| format!("copy {uid} to {}: {e}", account.processed))?;
            session
                .uid_store(&set, "+FLAGS.SILENT (\\Deleted)")
                .map_err(|e| format!("flag {uid}: {e}"))?;
            session.uid_expunge(&set).map_err(|e| format!("expunge {uid}: {e}"))?;
        }
        last = uid;
        let now = Clock::System.unix();
        store
            .with_conn(|c| store::inbound::set_imap_position(c, &key, validity, last, now))
            .map_err(|e| e.to_string())?;
    }
    if round.revalidated || known.is_none() {
        let now = Clock::System.unix();
        store
            .with_conn(|c| store::inbound::set_imap_position(c, &key, validity, last, now))
            .map_err(|e| e.to_string())?;
    }
    Ok(round)
}

/// The envelope of a message taken from a mailbox: the delivering MTA's `Return-Path` and
/// `Delivered-To` (or `X-Original-To`), else what was given.
fn envelope_of(raw: &[u8], given: &Envelope) -> Envelope {
    let head_end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .or_else(|| raw.windows(2).position(|w| w == b"\n\n"))
        .unwrap_or(raw.len());
    let head = String::from_utf8_lossy(&raw[..head_end]);
    let field = |name: &str| {
        head.lines().find_map(|l| {
            let (n, v) = l.split_once(':')?;
            n.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().trim_matches(['<', '>']).to_string())
        })
    };
    Envelope {
        sender: field("Return-Path").or_else(|| given.sender.clone()),
        recipient: field("Delivered-To")
            .or_else(|| field("X-Original-To"))
            .or_else(|| given.recipient.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_imaps_or_loopback_imap_with_a_user() {
        let ok = |u: &str| Account::new(u, String::new(), "Processed".into(), None);
        assert!(ok("imaps://calendar@mail.example/INBOX").is_ok());
        assert!(ok("imap://calendar@127.0.0.1:1143/INBOX").is_ok());
        assert!(
            ok("imap://calendar@mail.example/INBOX")
                .unwrap_err()
                .contains("in clear")
        );
        assert!(ok("imaps://mail.example/INBOX").unwrap_err().contains("no user"));
        assert!(ok("pop3://u@mail.example").unwrap_err().contains("scheme"));
        let a = ok("imaps://cal%40x.org@mail.example/Campaign%20Mail").unwrap();
        assert_eq!(a.mailbox(), "Campaign Mail");
        assert_eq!(a.key(), "cal@x.org@mail.example:993/Campaign Mail");
        assert_eq!(ok("imaps://u@h").unwrap().mailbox(), "INBOX");
    }

    #[test]
    fn the_envelope_comes_from_the_delivering_mta_headers() {
        let raw = b"Return-Path: <ana@x.example>\r\nDelivered-To: calendar+flags@c.example\r\nFrom: a@b\r\n\r\nDelivered-To: not@this";
        let e = envelope_of(raw, &Envelope::default());
        assert_eq!(e.sender.as_deref(), Some("ana@x.example"));
        assert_eq!(e.recipient.as_deref(), Some("calendar+flags@c.example"));
        let given = Envelope {
            sender: None,
            recipient: Some("calendar@c.example".into()),
        };
        assert_eq!(
            envelope_of(b"From: a@b\n\nhi", &given).recipient.as_deref(),
            Some("calendar@c.example")
        );
    }
}
