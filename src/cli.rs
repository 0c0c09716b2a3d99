//! The command line: `serve`, `import`, `zones`, `backup`, `check`, `admin`, `sources`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::config::Settings;
use crate::domain::zone;
use crate::service::import::{self, Progress};
use crate::service::{self, Clock};
use crate::startup::Application;
use crate::store::{Store, coordinators, maintenance};

/// Publishes a worldwide calendar of actions as subscribable iCalendar feeds.
#[derive(Debug, Parser)]
#[command(name = "actioncal")]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the feeds and the JSON API.
    Serve {
        /// SQLite store (created if missing).
        #[arg(long, default_value = "actioncal.db")]
        db: PathBuf,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        bind: String,
        /// Public origin used in every absolute link (default: from --bind).
        #[arg(long)]
        base_url: Option<String>,
        /// Load the demo actions into the store when it is empty.
        #[arg(long)]
        demo: bool,
        /// Never write to the store (a read replica, or a read-only disk): feeds, pages and the
        /// API answer; submissions and changes get 503.
        #[arg(long, conflicts_with = "demo")]
        read_only: bool,
        /// Refuse writes once the store file would pass this many MiB (writes then get 507;
        /// reads keep working).
        #[arg(long, value_name = "MIB", value_parser = clap::value_parser!(u64).range(1..))]
        max_store_mib: Option<u64>,
        /// Address of a reverse proxy in front (repeatable): its X-Forwarded-For names the
        /// client for the per-address limits. Never trust an address clients can reach from.
        #[arg(long = "trust-proxy", value_name = "IP")]
        trust_proxy: Vec<std::net::IpAddr>,
        /// MiB of everything kept between requests (rendered feeds, pages and lists, and the
        /// pieces feeds are rendered from); the least recently used go first.
        #[arg(long, value_name = "MIB", env = "ACTIONCAL_CACHE_MIB", default_value_t = crate::config::CACHE_MIB_DEFAULT,
              value_parser = clap::value_parser!(u64).range(8..=65536))]
        cache_mib: u64,
        /// Threads answering HTTP requests (default: one per core). Fewer than the cores
        /// leaves a core to a reverse proxy or a load generator on the same machine.
        #[arg(long, value_name = "N", env = "ACTIONCAL_WORKERS", value_parser = clap::value_parser!(u16).range(1..=1024))]
        workers: Option<u16>,
        /// The SMTP relay mail leaves through: smtp://[user:password@]host[:port] with
        /// ?tls=required for STARTTLS (opportunistic: when offered), or smtps://… for TLS from
        /// the start; or file:///folder, a spool: each message written there as an .eml file
        /// (for a relay or a script to take). Without it no mail is sent, and pages say so.
        #[arg(long, value_name = "URL", env = "ACTIONCAL_SMTP_URL")]
        smtp_url: Option<String>,
        /// The From address of mail ("Calendar <calendar@example.org>"); needed with
        /// --smtp-url. Its domain names the Message-IDs.
        #[arg(long, value_name = "ADDRESS", env = "ACTIONCAL_MAIL_FROM", requires = "smtp_url")]
        mail_from: Option<String>,
        /// A PEM file of the certificate authority the relay's TLS certificate is signed by
        /// (a private CA), trusted besides the usual roots, for STARTTLS and smtps://.
        #[arg(long, value_name = "FILE", env = "ACTIONCAL_SMTP_CA", requires = "smtp_url")]
        smtp_ca: Option<std::path::PathBuf>,
        /// At most this many messages to one address per hour; more wait their turn.
        #[arg(long, value_name = "N", default_value_t = crate::config::MAIL_PER_HOUR,
              value_parser = clap::value_parser!(u32).range(1..))]
        mail_per_hour: u32,
        /// Do not poll partners' calendars in the background (`actioncal sources poll` from
        /// cron instead, or another server does).
        #[arg(long)]
        no_poll_sources: bool,
        /// Let partners' calendars be fetched from loopback addresses (127.0.0.1, ::1): for
        /// tests only. Anyone who can add a source could then make this server read its own
        /// machine's services. Private addresses are never fetched.
        #[arg(long, env = "ACTIONCAL_DANGEROUSLY_ALLOW_LOOPBACK_SOURCES")]
        dangerously_allow_loopback_sources: bool,
    },
    /// Add or update campaigns and actions from a JSON file, all or nothing.
    Import {
        /// SQLite store (created if missing).
        #[arg(long, default_value = "actioncal.db")]
        db: PathBuf,
        /// The file: {"campaigns": [...], "events": [...]} or an array of events.
        file: PathBuf,
    },
    /// List every time zone name the service accepts.
    Zones,
    /// Copy the store consistently (SQLite online backup), even while the server runs.
    Backup {
        /// SQLite store.
        #[arg(long, default_value = "actioncal.db")]
        db: PathBuf,
        /// The copy to write (must not exist).
        out: PathBuf,
    },
    /// Verify a store: file integrity, foreign keys, every action readable.
    Check {
        /// SQLite store.
        #[arg(long, default_value = "actioncal.db")]
        db: PathBuf,
    },
    /// Manage coordinators, who moderate submissions.
    #[command(subcommand)]
    Admin(Admin),
    /// Partners' calendars (add and change them in the API or the desk).
    #[command(subcommand)]
    Sources(Sources),
    /// The e-mail intake from an IMAP mailbox.
    #[command(subcommand)]
    Mail(Mail),
    /// Take one e-mailed event: an RFC 5322 message on standard input, as an MTA's pipe
    /// transport delivers it. Exit status (sysexits): 0 once the message is kept (even when
    /// nothing in it can be taken: it waits for a coordinator), 75 when it could not be kept
    /// (the store busy, full or missing), for the MTA to try again later.
    IngestMail {
        /// SQLite store (must exist).
        #[arg(long, default_value = "actioncal.db")]
        db: PathBuf,
        /// The envelope recipient (`calendar+campaign@…` picks the campaign).
        #[arg(long)]
        recipient: Option<String>,
        /// The envelope sender.
        #[arg(long)]
        sender: Option<String>,
        /// The authserv-id of the receiving MTA's Authentication-Results headers (its host name,
        /// as opendmarc or rspamd write it): senders are answered with their edit links only
        /// when it shows DMARC, or SPF or DKIM aligned with From, passed. Without it nobody is
        /// answered and every e-mailed action waits for a coordinator.
        #[arg(long, env = "ACTIONCAL_AUTHSERV_ID")]
        authserv_id: Option<String>,
        /// Answer one address at most once in this many minutes.
        #[arg(long, value_name = "MINUTES", default_value_t = 10)]
        reply_interval_min: i64,
    },
}

#[derive(Debug, Subcommand)]
enum Mail {
    /// Read an IMAP mailbox: each new message is taken as `ingest-mail` takes one, then moved
    /// to --processed-folder; every --every-secs until stopped, or one round with --once.
    /// Exit status with --once: 0 when every message was kept, 75 when the store or the server
    /// could not take one (it stays in the mailbox for the next round).
    Poll {
        /// SQLite store (must exist).
        #[arg(long, default_value = "actioncal.db")]
        db: PathBuf,
        /// `imaps://user@host[:port]/Mailbox` (the user percent-encoded: `cal%40x.org`), or
        /// `imap://…` to a loopback host.
        #[arg(long, env = "ACTIONCAL_IMAP_URL")]
        imap_url: String,
        /// The account's password (kept out of the command line, which other users can see).
        #[arg(long, env = "ACTIONCAL_IMAP_PASSWORD", hide_env_values = true)]
        imap_password: String,
        /// Certificate authorities (PEM) trusted besides the Mozilla roots.
        #[arg(long)]
        imap_ca: Option<PathBuf>,
        /// Where read messages go (made when missing).
        #[arg(long, default_value = "Processed")]
        processed_folder: String,
        /// The recipient when a message names none (`Delivered-To`, `X-Original-To`).
        #[arg(long)]
        recipient: Option<String>,
        /// As for ingest-mail: the authserv-id of the mail provider's Authentication-Results
        /// (Gmail: mx.google.com).
        #[arg(long, env = "ACTIONCAL_AUTHSERV_ID")]
        authserv_id: Option<String>,
        /// Answer one address at most once in this many minutes.
        #[arg(long, value_name = "MINUTES", default_value_t = 10)]
        reply_interval_min: i64,
        /// One round, then exit (for cron).
        #[arg(long)]
        once: bool,
        /// Seconds between rounds.
        #[arg(long, default_value_t = 60)]
        every_secs: u64,
    },
}

/// `actioncal mail poll`.
fn poll_mail(command: Mail) -> ExitCode {
    let Mail::Poll {
        db,
        imap_url,
        imap_password,
        imap_ca,
        processed_folder,
        recipient,
        authserv_id,
        reply_interval_min,
        once,
        every_secs,
    } = command;
    let account = match crate::mailbox::Account::new(&imap_url, imap_password, processed_folder, imap_ca) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("actioncal: {e}");
            return ExitCode::from(64);
        }
    };
    let store = match open_existing(&db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("actioncal: {e}");
            return ExitCode::from(EX_TEMPFAIL);
        }
    };
    let envelope = crate::service::intake::Envelope {
        sender: None,
        recipient,
    };
    let policy = crate::service::intake::ReplyPolicy {
        authserv_id,
        interval: reply_interval_min.saturating_mul(60),
    };
    loop {
        match crate::mailbox::poll(&store, &account, &envelope, &policy) {
            Ok(round) => {
                println!(
                    "{} new message(s) taken, {} already in the store{}",
                    round.taken,
                    round.known,
                    if round.revalidated {
                        " (the mailbox's UIDVALIDITY changed: every message looked at again)"
                    } else {
                        ""
                    }
                );
                if once {
                    return ExitCode::SUCCESS;
                }
            }
            Err(e) => {
                eprintln!("actioncal: mail poll: {e}");
                if once {
                    return ExitCode::from(EX_TEMPFAIL);
                }
            }
        }
        std::thread::sleep(std::time::Duration::from_secs(every_secs.max(1)));
    }
}

#[derive(Debug, Subcommand)]
enum Sources {
    /// Poll partners' calendars: those due (every source with --all), then wait for the next
    /// due one, until stopped; with --once, one round and exit (for cron).
    Poll {
        /// SQLite store.
        #[arg(long, default_value = "actioncal.db")]
        db: PathBuf,
        /// One round, then exit.
        #[arg(long)]
        once: bool,
        /// Poll every source not paused, due or not.
        #[arg(long)]
        all: bool,
        /// The public origin of this calendar, named in the User-Agent partners see.
        #[arg(long, default_value = "http://localhost:8080")]
        base_url: String,
        /// Let partners' calendars be fetched from loopback addresses: tests only (see serve).
        #[arg(long, env = "ACTIONCAL_DANGEROUSLY_ALLOW_LOOPBACK_SOURCES")]
        dangerously_allow_loopback_sources: bool,
    },
    /// List the sources: status, last poll, counts, last error.
    List {
        /// SQLite store.
        #[arg(long, default_value = "actioncal.db")]
        db: PathBuf,
    },
}

/// `actioncal sources …`.
fn poll_sources(command: Sources) -> ExitCode {
    let result = (|| -> Result<(), String> {
        match command {
            Sources::List { db } => {
                let store = open_existing(&db)?;
                let all = store
                    .with_conn(|c| crate::store::sources::all(c))
                    .map_err(|e| e.to_string())?;
                for s in all {
                    println!(
                        "{}\t{}\t{}\t{}\t{}\tnew {} updated {} cancelled {} held {}\t{}",
                        s.id,
                        s.settings.name,
                        s.settings.url,
                        if s.settings.paused {
                            "paused"
                        } else {
                            s.settings.trust.as_str()
                        },
                        s.last_status.as_deref().unwrap_or("never polled"),
                        s.counts.new,
                        s.counts.updated,
                        s.counts.cancelled,
                        s.counts.held,
                        s.last_error.as_deref().unwrap_or("")
                    );
                }
                Ok(())
            }
            Sources::Poll {
                db,
                once,
                all,
                base_url,
                dangerously_allow_loopback_sources,
            } => {
                let store = open_existing(&db)?;
                let fetcher = crate::fetch::Fetcher::new(
                    &crate::poller::user_agent(&base_url),
                    dangerously_allow_loopback_sources,
                );
                let clock = Clock::System;
                loop {
                    let due = if all {
                        store.with_conn(|c| crate::store::sources::all(c))
                    } else {
                        store.with_conn(|c| crate::store::sources::due(c, clock.unix()))
                    }
                    .map_err(|e| e.to_string())?;
                    for s in due.iter().filter(|s| !s.settings.paused) {
                        let r = crate::poller::poll(&store, &fetcher, s, &clock).map_err(|e| e.to_string())?;
                        println!(
                            "{} {}: {} (new {}, updated {}, cancelled {}, held {}){}",
                            s.id,
                            s.settings.name,
                            r.status,
                            r.counts.new,
                            r.counts.updated,
                            r.counts.cancelled,
                            r.counts.held,
                            r.message.map(|m| format!(": {m}")).unwrap_or_default()
                        );
                    }
                    if once {
                        return Ok(());
                    }
                    std::thread::sleep(std::time::Duration::from_secs(5));
                }
            }
        }
    })();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("actioncal: {e}");
            ExitCode::FAILURE
        }
    }
}

/// sysexits(3): the message could not be kept; the MTA keeps it and tries again.
const EX_TEMPFAIL: u8 = 75;

/// `actioncal ingest-mail`: one message from standard input.
fn ingest_mail(
    db: &std::path::Path,
    envelope: crate::service::intake::Envelope,
    policy: &crate::service::intake::ReplyPolicy,
) -> ExitCode {
    use std::io::Read as _;
    let mut raw = Vec::new();
    let limit = (crate::service::intake::MESSAGE_MAX + 1) as u64;
    if let Err(e) = std::io::stdin().take(limit).read_to_end(&mut raw) {
        eprintln!("actioncal: cannot read the message: {e}");
        return ExitCode::from(EX_TEMPFAIL);
    }
    let taken = open_existing(db).and_then(|store| {
        let clock = Clock::System;
        store
            .with_conn(|c| crate::service::intake::ingest(c, &raw, &envelope, policy, clock.today(), clock.unix()))
            .map_err(|e| e.to_string())
    });
    match taken {
        Ok(taken) => {
            println!("{taken}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("actioncal: the message was not kept, try again later: {e}");
            ExitCode::from(EX_TEMPFAIL)
        }
    }
}

/// The store at `db`, which must exist (a mistyped path creates nothing).
fn open_existing(db: &std::path::Path) -> Result<Store, String> {
    if !db.exists() {
        return Err(format!(
            "{} does not exist; give the store the server uses (--db)",
            db.display()
        ));
    }
    Store::open(db).map_err(|e| e.to_string())
}

#[derive(Debug, Subcommand)]
enum Admin {
    /// Add a coordinator and print their API token, once (only its hash is stored).
    AddCoordinator {
        /// SQLite store.
        #[arg(long, default_value = "actioncal.db")]
        db: PathBuf,
        /// Who they are, as the audit log will name them.
        name: String,
    },
    /// List coordinators, active and revoked.
    ListCoordinators {
        /// SQLite store.
        #[arg(long, default_value = "actioncal.db")]
        db: PathBuf,
    },
    /// Revoke a coordinator's token and end their sessions.
    Revoke {
        /// SQLite store.
        #[arg(long, default_value = "actioncal.db")]
        db: PathBuf,
        /// Their id or name.
        coordinator: String,
    },
}

/// The version line: the crate version and the tz database release.
pub fn version() -> String {
    format!("{} (tzdata {})", env!("CARGO_PKG_VERSION"), zone::tzdata_release())
}

/// Parses the command line and runs it.
pub fn run() -> ExitCode {
    let matches = Cli::command()
        .version(clap::builder::Str::from(Box::leak(version().into_boxed_str()) as &str))
        .get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    match cli.command {
        Command::Serve {
            db,
            bind,
            base_url,
            demo,
            read_only,
            max_store_mib,
            trust_proxy,
            cache_mib,
            workers,
            smtp_url,
            mail_from,
            smtp_ca,
            mail_per_hour,
            no_poll_sources,
            dangerously_allow_loopback_sources,
        } => serve(Settings {
            db,
            bind,
            base_url,
            demo,
            submissions_per_window: crate::config::SUBMISSIONS_PER_WINDOW,
            submission_window: crate::config::SUBMISSION_WINDOW,
            store: crate::store::OpenOptions {
                read_only,
                max_bytes: max_store_mib.map(|m| m.saturating_mul(1024 * 1024)),
                busy_timeout: None,
            },
            trusted_proxies: trust_proxy,
            clock: Clock::System,
            cache_bytes: (cache_mib as usize).saturating_mul(1024 * 1024),
            workers: workers.map(usize::from),
            mail: match (smtp_url, mail_from) {
                (None, _) => None,
                (Some(_), None) => {
                    eprintln!("actioncal: --smtp-url needs --mail-from (the From address of mail)");
                    return ExitCode::FAILURE;
                }
                (Some(smtp_url), Some(from)) => Some(crate::config::MailSettings {
                    smtp_url,
                    ca: smtp_ca,
                    from,
                    per_hour: mail_per_hour,
                    retry_after: std::time::Duration::from_secs(30),
                    poll: std::time::Duration::from_secs(1),
                }),
            },
            poll_sources: !no_poll_sources,
            allow_loopback_sources: dangerously_allow_loopback_sources,
            fetch_timeout: crate::fetch::TOTAL_TIMEOUT,
        }),
        Command::Sources(sources) => poll_sources(sources),
        Command::Mail(mail) => poll_mail(mail),
        Command::IngestMail {
            db,
            recipient,
            sender,
            authserv_id,
            reply_interval_min,
        } => ingest_mail(
            &db,
            crate::service::intake::Envelope { sender, recipient },
            &crate::service::intake::ReplyPolicy {
                authserv_id,
                interval: reply_interval_min.saturating_mul(60),
            },
        ),
        Command::Import { db, file } => import(&db, &file),
        Command::Admin(admin) => match administer(admin) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("actioncal: {e}");
                ExitCode::FAILURE
            }
        },
        Command::Backup { db, out } => {
            // Read only: a backup of a replica or of a store on a read-only disk works too.
            let copied = crate::store::read_only_uri(&db).and_then(|uri| {
                let c = rusqlite::Connection::open_with_flags(uri, crate::store::READ_ONLY_FLAGS)?;
                maintenance::backup(&c, &out)
            });
            match copied {
                Ok(()) => {
                    println!("backed up {} to {}", db.display(), out.display());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("actioncal: backup failed: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Check { db } => check(&db),
        Command::Zones => {
            for name in zone::all_names() {
                println!("{name}");
            }
            ExitCode::SUCCESS
        }
    }
}

/// Memory arenas glibc may keep when the environment does not say: two, the number that kept
/// the server's memory flat under five minutes of load with renders every few seconds (with
/// glibc's default of eight per core, freed render buffers piled up in per-thread arenas:
/// 281 -> 399 MB). See docs/scaling.md.
const MALLOC_ARENAS: &str = "2";

/// Starts this same command again with `MALLOC_ARENA_MAX` set when it is not: glibc reads it
/// only at start-up, and setting it from inside would take unsafe code. The process keeps its
/// pid and arguments; an operator's own value is left alone.
#[cfg(target_os = "linux")]
fn with_bounded_arenas() {
    use std::os::unix::process::CommandExt as _;
    if std::env::var_os("MALLOC_ARENA_MAX").is_some() {
        return;
    }
    let Ok(exe) = std::env::current_exe() else { return };
    let err = std::process::Command::new(exe)
        .args(std::env::args_os().skip(1))
        .env("MALLOC_ARENA_MAX", MALLOC_ARENAS)
        .exec();
    // Only reached when the exec failed: serve anyway, with glibc's defaults.
    tracing::warn!(error = %err, "could not restart with MALLOC_ARENA_MAX={MALLOC_ARENAS}");
}

#[cfg(not(target_os = "linux"))]
fn with_bounded_arenas() {}

fn serve(settings: Settings) -> ExitCode {
    with_bounded_arenas();
    let result = actix_web::rt::System::new().block_on(async move {
        let app = Application::build(settings).await.map_err(|e| e.to_string())?;
        tracing::info!(base_url = app.base_url(), tzdata = zone::tzdata_release(), "serving");
        eprintln!(
            "actioncal serving on {} (tzdata {})",
            app.base_url(),
            zone::tzdata_release()
        );
        app.run_until_stopped().await.map_err(|e| e.to_string())
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("actioncal: {e}");
            ExitCode::FAILURE
        }
    }
}

fn check(db: &std::path::Path) -> ExitCode {
    if !db.exists() {
        eprintln!("actioncal: {} does not exist", db.display());
        return ExitCode::FAILURE;
    }
    // Read only: checking changes nothing, and works on a replica or a read-only disk.
    let options = crate::store::OpenOptions {
        read_only: true,
        ..Default::default()
    };
    match Store::open_with(db, &options).and_then(|s| s.with_conn(|c| maintenance::check(c))) {
        Ok(report) => {
            for line in report.integrity.iter().chain(&report.unreadable) {
                eprintln!("problem: {line}");
            }
            if report.foreign_keys > 0 {
                eprintln!("problem: {} rows break a foreign key", report.foreign_keys);
            }
            println!(
                "{}: {} actions and {} campaigns; {}",
                db.display(),
                report.events,
                report.campaigns,
                if report.ok() { "ok" } else { "PROBLEMS FOUND" }
            );
            if report.ok() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("actioncal: check failed: {e}");
            ExitCode::FAILURE
        }
    }
}

fn administer(admin: Admin) -> Result<(), String> {
    // Coordinators belong to an existing calendar: a mistyped path is an error, never a new,
    // empty store.
    let open = |db: &std::path::Path| {
        if !db.exists() {
            return Err(format!(
                "{} does not exist; give the store the server uses (--db)",
                db.display()
            ));
        }
        Store::open(db).map_err(|e| format!("cannot open {}: {e}", db.display()))
    };
    let now = Clock::System.unix();
    match admin {
        Admin::AddCoordinator { db, name } => {
            let store = open(&db)?;
            let (who, token) = store
                .with_conn(|c| service::coordinators::add(c, &name, now))
                .map_err(|e| e.to_string())?;
            eprintln!(
                "coordinator {} ({}) added; their token, shown only this once:",
                who.id, who.name
            );
            println!("{token}");
            Ok(())
        }
        Admin::ListCoordinators { db } => {
            // Listing changes nothing: it works on a replica or a read-only disk too.
            let options = crate::store::OpenOptions {
                read_only: true,
                ..Default::default()
            };
            let store = Store::open_with(&db, &options).map_err(|e| format!("cannot open {}: {e}", db.display()))?;
            for row in store.with_conn(|c| coordinators::list(c)).map_err(|e| e.to_string())? {
                let state = match row.revoked_at {
                    Some(t) => format!(
                        "revoked {}",
                        jiff::Timestamp::from_second(t)
                            .map(|t| t.to_string())
                            .unwrap_or_default()
                    ),
                    None => "active".into(),
                };
                let created = jiff::Timestamp::from_second(row.created_at)
                    .map(|t| t.to_string())
                    .unwrap_or_default();
                println!(
                    "{}\t{}\tadded {created}\t{state}",
                    row.coordinator.id, row.coordinator.name
                );
            }
            Ok(())
        }
        Admin::Revoke { db, coordinator } => {
            let store = open(&db)?;
            store
                .with_conn(|c| service::coordinators::revoke(c, &coordinator, now))
                .map_err(|e| e.to_string())?;
            println!("revoked {coordinator}");
            Ok(())
        }
    }
}

fn import(db: &std::path::Path, file: &std::path::Path) -> ExitCode {
    if !db.exists() {
        eprintln!(
            "actioncal: {} does not exist yet: creating a new store there",
            db.display()
        );
    }
    let store = match Store::open(db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("actioncal: cannot open {}: {e}", db.display());
            return ExitCode::FAILURE;
        }
    };
    let now = Clock::System.unix();
    // A bar on stderr for large files only (a small import is over before it could be read);
    // indicatif hides it when stderr is not a terminal.
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg:<9} [{bar:30}] {pos:>7}/{len} actions, {elapsed_precise}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("#-"),
    );
    // Without a terminal (a script, a log), one line when the import starts and when it ends.
    let mut started = false;
    let progress = |p: Progress| {
        if p.total >= 5_000 && bar.is_hidden() {
            if !started || p.done == p.total {
                eprintln!("importing {}/{} actions", p.done, p.total);
                started = true;
            }
        } else if p.total >= 5_000 {
            bar.set_length(p.total as u64);
            bar.set_message("importing");
            bar.set_position(p.done as u64);
            if p.done == p.total {
                bar.finish();
            }
        }
    };
    let result = import::import_file(&store, file, now, progress);
    if !bar.is_finished() {
        bar.finish_and_clear();
    }
    match result {
        Ok(s) => {
            println!(
                "imported {}: {} campaigns added or changed; actions: {} added, {} updated, {} unchanged",
                file.display(),
                s.campaigns_changed,
                s.events.inserted,
                s.events.updated,
                s.events.unchanged
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("actioncal: import refused, nothing was written: {e}");
            ExitCode::FAILURE
        }
    }
}
