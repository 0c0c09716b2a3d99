//! Settings, checked once at start-up.

use std::path::PathBuf;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The SQLite file.
    pub db: PathBuf,
    /// Address to listen on; port 0 picks a free port.
    pub bind: String,
    /// Public origin for absolute links; derived from the bound address when absent.
    pub base_url: Option<String>,
    /// Load the demo data into an empty store.
    pub demo: bool,
    /// Submissions accepted per client address in each `submission_window`.
    pub submissions_per_window: u32,
    /// The window of the submission limit.
    pub submission_window: std::time::Duration,
    /// Read-only store (replica) and store size quota.
    pub store: crate::store::OpenOptions,
    /// Reverse proxies in front (their `X-Forwarded-For` names the client for rate limits).
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Where "now" and "today" come from.
    pub clock: crate::service::Clock,
    /// Bytes of everything kept between requests: half for rendered answers, half for the
    /// pieces feeds are rendered from.
    pub cache_bytes: usize,
    /// Threads answering HTTP requests (`serve --workers`); `None`: one per core.
    pub workers: Option<usize>,
    /// Outgoing mail (`serve --smtp-url`, `--mail-from`); `None`: no mail is sent.
    pub mail: Option<MailSettings>,
    /// Whether `serve` polls partners' calendars in the background (not with `--read-only`
    /// or `--no-poll-sources`).
    pub poll_sources: bool,
    /// Whether partners' calendars may be fetched from loopback addresses
    /// (`--dangerously-allow-loopback-sources`: tests only).
    pub allow_loopback_sources: bool,
    /// Time for each fetch of a partner's calendar, body included.
    pub fetch_timeout: std::time::Duration,
}

/// Where and how mail leaves.
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// The relay: `smtp://[user:password@]host[:port][?tls=required|opportunistic]` (STARTTLS)
    /// or `smtps://…` (TLS from the start), as `lettre`'s `SmtpTransport::from_url` reads it.
    pub smtp_url: String,
    /// A PEM file of the certificate authority (or authorities) the relay's TLS certificate is
    /// signed by, trusted besides the Mozilla roots: for a relay with a private CA.
    pub ca: Option<std::path::PathBuf>,
    /// The From address (`Calendar <calendar@example.org>`); its domain names the Message-IDs.
    pub from: String,
    /// At most this many messages to one address per hour; more wait their turn.
    pub per_hour: u32,
    /// First wait after a failed attempt; each further failure doubles it, up to an hour.
    pub retry_after: std::time::Duration,
    /// How often the worker looks for mail that is due.
    pub poll: std::time::Duration,
}

/// Default hourly allowance of messages to one address.
pub const MAIL_PER_HOUR: u32 = 10;

/// The default budget of everything kept between requests, in MiB (`serve --cache-mib`).
pub const CACHE_MIB_DEFAULT: u64 = 160;
/// The same in bytes.
pub const CACHE_BYTES_DEFAULT: usize = CACHE_MIB_DEFAULT as usize * 1024 * 1024;

/// Default: 10 submissions per client address per 10 minutes.
pub const SUBMISSIONS_PER_WINDOW: u32 = 10;
/// Default window of the submission limit.
pub const SUBMISSION_WINDOW: std::time::Duration = std::time::Duration::from_secs(600);

impl Settings {
    /// Settings for tests: the given store, a free port on loopback.
    pub fn for_tests(db: PathBuf) -> Self {
        Self {
            db,
            bind: "127.0.0.1:0".into(),
            base_url: None,
            demo: false,
            submissions_per_window: 1000,
            submission_window: SUBMISSION_WINDOW,
            store: Default::default(),
            trusted_proxies: Vec::new(),
            clock: Default::default(),
            cache_bytes: CACHE_BYTES_DEFAULT,
            workers: None,
            mail: None,
            poll_sources: false,
            allow_loopback_sources: true,
            fetch_timeout: std::time::Duration::from_secs(3),
        }
    }

    /// Checks `--base-url`: an absolute http(s) origin, kept without a trailing slash.
    pub fn checked_base_url(raw: &str) -> Result<String, String> {
        let url = url::Url::parse(raw)
            .map_err(|e| format!("--base-url {raw:?} is not a URL ({e}); e.g. https://calendar.example.org"))?;
        if !matches!(url.scheme(), "http" | "https")
            || url.host_str().is_none()
            || url.query().is_some()
            || url.fragment().is_some()
        {
            return Err(format!(
                "--base-url {raw:?} must be an http(s) origin with an optional path, e.g. https://calendar.example.org"
            ));
        }
        Ok(url.as_str().trim_end_matches('/').to_string())
    }
}
