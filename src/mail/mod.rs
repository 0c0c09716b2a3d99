//! Mail out: the worker that takes messages from the outbox (written by `service` in the
//! transaction of each change), composes them in the recipient's language and hands them to
//! the SMTP relay (`serve --smtp-url`). A relay that is down or refuses delays mail, with
//! backoff (its reply kept in the row), never loses it; a message is given up only after about
//! a week of attempts. At most `per_hour` messages go to one address an hour: more wait.
//!
//! Headers: `Auto-Submitted: auto-generated` (RFC 3834: no auto-replies to it), a
//! `Message-ID` on the From address's domain, `Date`, and a `multipart/alternative` body
//! (plain text, then HTML).

pub mod compose;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{Message, SmtpTransport, Transport};

use crate::config::MailSettings;
use crate::store::outbox::{self, Kind, Waiting};
use crate::store::{Store, StoreError, coordinators, events};

/// Attempts after which a message that never got through is given up (with the waits
/// doubling up to an hour, about a week of trying).
pub const ATTEMPTS_MAX: u32 = 180;
/// The longest wait between two attempts.
pub const RETRY_MAX: Duration = Duration::from_secs(3600);
/// Messages taken from the outbox per look.
const BATCH: usize = 20;
/// How long a message taken for an attempt is not due again (longer than any SMTP exchange,
/// whose every step times out after 30 s).
pub const LEASE: Duration = Duration::from_secs(300);

/// Where messages leave through.
enum Relay {
    /// An SMTP relay (`--smtp-url smtp://…` or `smtps://…`).
    Smtp(SmtpTransport),
    /// A spool folder (`--smtp-url file:///path`): each message written as an RFC 5322 file
    /// (`<time>-<outbox id>.eml`, written aside then renamed, so a reader never sees half of
    /// one), for a relay, a script or a person to take from there.
    Spool(std::path::PathBuf),
}

/// Why a message did not leave: the relay's status code (for the log) and its words.
struct NotSent {
    code: String,
    words: String,
}

impl Relay {
    fn send(&self, message: &Message, name: &str) -> Result<(), NotSent> {
        match self {
            Relay::Smtp(smtp) => smtp.send(message).map(|_| ()).map_err(|e| NotSent {
                code: e.status().map(|c| c.to_string()).unwrap_or_else(|| "none".into()),
                words: e.to_string(),
            }),
            Relay::Spool(dir) => {
                let spool_error = |e: std::io::Error| NotSent {
                    code: "spool".into(),
                    words: format!("{}: {e}", dir.display()),
                };
                let aside = dir.join(format!(".{name}.tmp"));
                std::fs::write(&aside, message.formatted()).map_err(spool_error)?;
                std::fs::rename(&aside, dir.join(format!("{name}.eml"))).map_err(spool_error)
            }
        }
    }
}

/// The relay and what every message carries.
pub struct Mailer {
    transport: Relay,
    /// The key of digest unsubscribe links (the store's `digest` secret).
    digest_key: [u8; 32],
    /// When the digests due were last looked for (Unix seconds).
    digests_checked: std::sync::atomic::AtomicI64,
    from: Mailbox,
    domain: String,
    base_url: String,
    per_hour: u32,
    retry_after: Duration,
    poll: Duration,
}

/// Why mail cannot be set up: said at start-up, before anything is served.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error(
        "--smtp-url: {0} (expected smtp://[user:password@]host[:port][?tls=required], smtps://… or file:///spool/folder)"
    )]
    Url(String),
    #[error("--mail-from {0:?}: {1} (expected an address such as \"Calendar <calendar@example.org>\")")]
    From(String, String),
    #[error("--smtp-ca {0:?}: {1} (expected a PEM file of the relay's certificate authority)")]
    Ca(std::path::PathBuf, String),
}

/// `Auto-Submitted` (RFC 3834 §5): mail written by a program (`auto-generated`), or a
/// program's answer to a message (`auto-replied`, the e-mail intake's reply), which
/// well-behaved responders never answer automatically.
#[derive(Clone)]
struct AutoSubmitted(&'static str);

/// `X-Auto-Response-Suppress: All`: Exchange and Outlook send no out-of-office or other
/// automatic answer to it.
#[derive(Clone)]
struct SuppressAutoResponses;

impl Header for SuppressAutoResponses {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("X-Auto-Response-Suppress")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "All".into())
    }
}

/// `List-Unsubscribe: <https://…>` (RFC 2369) on digests.
#[derive(Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.trim_matches(['<', '>']).to_string()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), format!("<{}>", self.0))
    }
}

/// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058): mail clients may
/// unsubscribe with one POST, no page to read.
#[derive(Clone)]
struct OneClick;

impl Header for OneClick {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".into())
    }
}

/// The worker looks for digests due every this many polls (30 s at the default 1 s poll).
const DIGEST_CHECK_POLLS: u32 = 30;

impl Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(if s.trim() == "auto-replied" {
            "auto-replied"
        } else {
            "auto-generated"
        }))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.into())
    }
}

/// The TLS of relay `url` (as `SmtpTransport::from_url` reads it: `smtps://` TLS from the start,
/// `?tls=required` STARTTLS or nothing, else STARTTLS when offered) trusting the certificate
/// authorities of the PEM file `ca` besides the Mozilla roots.
fn tls_trusting(url: &str, ca: &std::path::Path) -> Result<lettre::transport::smtp::client::Tls, MailError> {
    use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
    let refused = |why: String| MailError::Ca(ca.to_path_buf(), why);
    let pem = std::fs::read(ca).map_err(|e| refused(e.to_string()))?;
    let parsed = url::Url::parse(url).map_err(|e| MailError::Url(e.to_string()))?;
    let host = parsed
        .host_str()
        .ok_or_else(|| MailError::Url("no host".into()))?
        .to_string();
    let parameters = TlsParameters::builder(host)
        .add_root_certificate(Certificate::from_pem(&pem).map_err(|e| refused(e.to_string()))?)
        .build()
        .map_err(|e| refused(e.to_string()))?;
    let required = parsed.query_pairs().any(|(k, v)| k == "tls" && v == "required");
    Ok(match parsed.scheme() {
        "smtps" => Tls::Wrapper(parameters),
        _ if required => Tls::Required(parameters),
        _ => Tls::Opportunistic(parameters),
    })
}

impl Mailer {
    /// The mailer of `settings`, linking to pages under `base_url`. The relay is not contacted
    /// yet: a relay that is down at start-up only delays mail.
    pub fn new(settings: &MailSettings, base_url: &str, digest_key: [u8; 32]) -> Result<Self, MailError> {
        let transport = if let Some(path) = settings.smtp_url.strip_prefix("file://") {
            let dir = std::path::PathBuf::from(path);
            std::fs::create_dir_all(&dir).map_err(|e| MailError::Url(format!("the spool {path}: {e}")))?;
            Relay::Spool(dir)
        } else {
            let mut builder = SmtpTransport::from_url(&settings.smtp_url)
                .map_err(|e| MailError::Url(e.to_string()))?
                .timeout(Some(Duration::from_secs(30)));
            if let Some(ca) = &settings.ca {
                builder = builder.tls(tls_trusting(&settings.smtp_url, ca)?);
            }
            Relay::Smtp(builder.build())
        };
        let from: Mailbox = settings
            .from
            .parse()
            .map_err(|e: lettre::address::AddressError| MailError::From(settings.from.clone(), e.to_string()))?;
        Ok(Self {
            transport,
            digest_key,
            digests_checked: std::sync::atomic::AtomicI64::new(0),
            domain: from.email.domain().to_string(),
            from,
            base_url: base_url.to_string(),
            per_hour: settings.per_hour,
            retry_after: settings.retry_after,
            poll: settings.poll,
        })
    }

    /// Runs the worker on its own thread until `stop` is set: every `poll`, everything due is
    /// sent (the SMTP client blocks; it never runs on the server's async workers).
    pub fn spawn(self, store: Store, stop: Arc<AtomicBool>) -> std::io::Result<std::thread::JoinHandle<()>> {
        std::thread::Builder::new().name("mail".into()).spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                // A panic in one round (a bug) must not end the worker silently while pages
                // keep saying that links are mailed: it is logged, and the next round runs.
                let round = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.round(&store)));
                match round {
                    // A full batch: more may be due at once.
                    Ok(Ok(n)) if n == BATCH => continue,
                    Ok(Ok(_)) => {}
                    Ok(Err(e)) => tracing::warn!(error = %e, "mail: cannot read the outbox; trying again"),
                    Err(_) => tracing::error!("mail: a round of the worker panicked; trying again"),
                }
                std::thread::sleep(self.poll);
            }
        })
    }

    /// Sends what is due now; returns how many messages it looked at. A message whose
    /// bookkeeping fails is logged and left for a later round; the others still go.
    pub fn round(&self, store: &Store) -> Result<usize, StoreError> {
        let now = jiff::Timestamp::now().as_second();
        let every = (self.poll * DIGEST_CHECK_POLLS).as_secs().max(1) as i64;
        if now - self.digests_checked.load(Ordering::Relaxed) >= every {
            self.digests_checked.store(now, Ordering::Relaxed);
            if let Err(e) = self.write_digests(store, now) {
                tracing::warn!(error = %e, "mail: cannot write the digests due");
            }
        }
        let due = store.with_conn(|c| outbox::due(c, now, BATCH))?;
        for mail in &due {
            if let Err(e) = self.one(store, mail, now) {
                tracing::warn!(outbox = mail.id, error = %e, "mail: cannot update the outbox; the message waits");
            }
        }
        Ok(due.len())
    }

    /// One attempt at `mail`. It is claimed first (not due again for [`LEASE`]), so neither
    /// another server on the same store nor this one after a failed write sends it twice in
    /// that time. Every relay error, a 5xx included, is retried with backoff: a rotated
    /// password or a relay refusing the sender must delay mail, not lose it; only
    /// [`ATTEMPTS_MAX`] attempts, a message that cannot be built or an action that no longer
    /// exists give a message up.
    fn one(&self, store: &Store, mail: &Waiting, now: i64) -> Result<(), StoreError> {
        let (sent, oldest) = store.with_conn(|c| outbox::sent_to_since(c, &mail.recipient, now - 3600))?;
        if sent >= self.per_hour {
            let next = oldest.unwrap_or(now) + 3600;
            let why = format!("waits: {sent} messages went to this address in the last hour");
            return store.with_conn(|c| outbox::retry_at(c, mail.id, next, &why, false));
        }
        let fresh_id = format!("<outbox-{}.{}@{}>", mail.id, random_hex(), self.domain);
        let lease_until = now + LEASE.as_secs() as i64;
        let Some(message_id) = store.with_conn(|c| outbox::claim(c, mail.id, now, lease_until, &fresh_id))? else {
            return Ok(());
        };
        let message = match self.build(store, mail, &message_id)? {
            Ok(m) => m,
            Err(why) => return store.with_conn(|c| outbox::give_up(c, mail.id, false, &why, now)),
        };
        match self.transport.send(&message, &format!("{now}-{}", mail.id)) {
            Ok(()) => {
                tracing::info!(outbox = mail.id, kind = mail.kind.as_str(), "mail sent");
                // Sent: recording it must not fail lightly, or the lease's end sends it again.
                let mut tries = 0;
                loop {
                    match store.with_conn(|c| outbox::sent(c, mail.id, now)) {
                        Ok(()) => return Ok(()),
                        Err(e) if tries < 5 => {
                            tries += 1;
                            tracing::warn!(outbox = mail.id, error = %e, "mail: cannot record a sent message yet");
                            std::thread::sleep(Duration::from_secs(1));
                        }
                        Err(e) => return Err(e),
                    }
                }
            }
            Err(NotSent { code, words }) => {
                // The relay's words may repeat the address: only the status code goes to the log;
                // the whole reply stays in the outbox row, which no answer reads.
                if mail.attempts + 1 >= ATTEMPTS_MAX {
                    tracing::warn!(outbox = mail.id, code, "mail given up after every attempt");
                    return store.with_conn(|c| outbox::give_up(c, mail.id, true, &words, now));
                }
                let wait = self.backoff(mail.attempts + 1);
                tracing::info!(outbox = mail.id, code, wait_s = wait.as_secs(), "mail delayed");
                store.with_conn(|c| outbox::retry_at(c, mail.id, now + wait.as_secs() as i64, &words, true))
            }
        }
    }

    /// The wait after the `attempts`-th failure: `retry_after`, doubled each time, at most
    /// [`RETRY_MAX`].
    pub fn backoff(&self, attempts: u32) -> Duration {
        let doubled = self
            .retry_after
            .saturating_mul(1u32 << attempts.saturating_sub(1).min(20));
        doubled.clamp(Duration::from_secs(1), RETRY_MAX)
    }

    /// Writes a digest into the outbox for every coordinator whose digest is due, each with
    /// the instant after which submissions are new for it, in one transaction per digest.
    fn write_digests(&self, store: &Store, now: i64) -> Result<(), StoreError> {
        let due = store.with_conn(|c| coordinators::digests_due(c, now))?;
        for (id, email, after, lang) in due {
            store.with_conn(|c| {
                let tx = c.transaction()?;
                outbox::enqueue(
                    &tx,
                    &outbox::NewMail {
                        kind: Kind::Digest,
                        recipient: &email,
                        event_id: None,
                        coordinator_id: Some(id),
                        lang: &lang,
                        data: serde_json::json!({ "after": after }),
                    },
                    now,
                )?;
                coordinators::digest_written(&tx, id, now)?;
                tx.commit()?;
                Ok::<_, StoreError>(())
            })?;
        }
        Ok(())
    }

    /// The message `mail` makes, or why it cannot be made (it is then given up).
    fn build(&self, store: &Store, mail: &Waiting, message_id: &str) -> Result<Result<Message, String>, StoreError> {
        let to: Mailbox = match mail.recipient.parse() {
            Ok(to) => to,
            Err(e) => return Ok(Err(format!("the address {:?} cannot be used: {e}", mail.recipient))),
        };
        let builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .message_id(Some(message_id.to_string()))
            .date_now();
        // The answer to an e-mailed event: in its thread, marked as an automatic reply.
        let builder = match mail.data.get("in_reply_to").and_then(serde_json::Value::as_str) {
            Some(original) => builder
                .in_reply_to(format!("<{original}>"))
                .references(format!("<{original}>"))
                .header(AutoSubmitted("auto-replied"))
                .header(SuppressAutoResponses),
            None => builder.header(AutoSubmitted("auto-generated")),
        };
        let (composed, builder) = if mail.kind == Kind::Digest {
            let Some(id) = mail.coordinator_id else {
                return Ok(Err("a digest for nobody".into()));
            };
            let setting = store.with_conn(|c| coordinators::digest(c, id))?;
            if setting.is_none_or(|s| s.revoked || s.every == coordinators::Digest::Off) {
                return Ok(Err("the coordinator turned digests off or was revoked".into()));
            }
            let after = mail.data.get("after").and_then(serde_json::Value::as_i64).unwrap_or(0);
            let (waiting, edits) =
                store.with_conn(|c| Ok::<_, StoreError>((events::pending(c)?, events::proposed_edits(c)?.len())))?;
            let new: Vec<crate::domain::Event> = waiting
                .iter()
                .filter(|e| e.created_at.as_second() > after)
                .cloned()
                .collect();
            let token = crate::service::tokens::unsubscribe(&self.digest_key, id);
            let unsubscribe = format!("{}/admin/digest/unsubscribe?c={id}&t={token}", self.base_url);
            let ui = crate::i18n::Ui::negotiate(Some(&mail.lang), Vec::new());
            let composed = compose::digest(ui, &new, waiting.len(), edits, &self.base_url, &unsubscribe);
            (composed, builder.header(ListUnsubscribe(unsubscribe)).header(OneClick))
        } else {
            let event = match mail.event_id {
                Some(id) => store.with_conn(|c| events::any_by_id(c, id))?,
                None => None,
            };
            let Some(event) = event else {
                return Ok(Err("the action no longer exists".into()));
            };
            (compose::compose(mail, &event, &self.base_url), builder)
        };
        Ok(builder
            .subject(composed.subject)
            .multipart(MultiPart::alternative_plain_html(composed.text, composed.html))
            .map_err(|e| e.to_string()))
    }
}

fn random_hex() -> String {
    let mut bytes = [0u8; 8];
    // Without randomness the outbox id alone keeps the Message-ID unique on this domain.
    let _ = getrandom::fill(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
