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
use crate::store::outbox::{self, Waiting};
use crate::store::{Store, StoreError, events};

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

/// The relay and what every message carries.
pub struct Mailer {
    transport: SmtpTransport,
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
    #[error("--smtp-url: {0} (expected smtp://[user:password@]host[:port][?tls=required] or smtps://…)")]
    Url(String),
    #[error("--mail-from {0:?}: {1} (expected an address such as \"Calendar <calendar@example.org>\")")]
    From(String, String),
}

/// `Auto-Submitted: auto-generated` (RFC 3834 §5): mail written by a program, which
/// well-behaved responders never answer automatically.
#[derive(Clone)]
struct AutoSubmitted;

impl Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "auto-generated".into())
    }
}

impl Mailer {
    /// The mailer of `settings`, linking to pages under `base_url`. The relay is not contacted
    /// yet: a relay that is down at start-up only delays mail.
    pub fn new(settings: &MailSettings, base_url: &str) -> Result<Self, MailError> {
        let transport = SmtpTransport::from_url(&settings.smtp_url)
            .map_err(|e| MailError::Url(e.to_string()))?
            .timeout(Some(Duration::from_secs(30)))
            .build();
        let from: Mailbox = settings
            .from
            .parse()
            .map_err(|e: lettre::address::AddressError| MailError::From(settings.from.clone(), e.to_string()))?;
        Ok(Self {
            transport,
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
        let event = match mail.event_id {
            Some(id) => store.with_conn(|c| events::any_by_id(c, id))?,
            None => None,
        };
        let Some(event) = event else {
            return store.with_conn(|c| outbox::give_up(c, mail.id, false, "the action no longer exists", now));
        };
        let message = match self.message(mail, &event, &message_id) {
            Ok(m) => m,
            Err(why) => return store.with_conn(|c| outbox::give_up(c, mail.id, false, &why, now)),
        };
        match self.transport.send(&message) {
            Ok(_) => {
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
            Err(e) => {
                // The relay's words may repeat the address: only the status code goes to the log;
                // the whole reply stays in the outbox row, which no answer reads.
                let code = e.status().map(|c| c.to_string()).unwrap_or_else(|| "none".into());
                if mail.attempts + 1 >= ATTEMPTS_MAX {
                    tracing::warn!(outbox = mail.id, code, "mail given up after every attempt");
                    return store.with_conn(|c| outbox::give_up(c, mail.id, true, &e.to_string(), now));
                }
                let wait = self.backoff(mail.attempts + 1);
                tracing::info!(outbox = mail.id, code, wait_s = wait.as_secs(), "mail delayed");
                store.with_conn(|c| outbox::retry_at(c, mail.id, now + wait.as_secs() as i64, &e.to_string(), true))
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

    fn message(&self, mail: &Waiting, event: &crate::domain::Event, message_id: &str) -> Result<Message, String> {
        let to: Mailbox = mail.recipient.parse().map_err(|e: lettre::address::AddressError| {
            format!("the address {:?} cannot be used: {e}", mail.recipient)
        })?;
        let composed = compose::compose(mail, event, &self.base_url);
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(composed.subject)
            .message_id(Some(message_id.to_string()))
            .date_now()
            .header(AutoSubmitted)
            .multipart(MultiPart::alternative_plain_html(composed.text, composed.html))
            .map_err(|e| e.to_string())
    }
}

fn random_hex() -> String {
    let mut bytes = [0u8; 8];
    // Without randomness the outbox id alone keeps the Message-ID unique on this domain.
    let _ = getrandom::fill(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
