//! Building the application: open and migrate the store, load demo data, bind, serve.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::middleware::{Condition, Logger};
use actix_web::{App, HttpServer, web};

use utoipa::OpenApi as _;
use utoipa_actix_web::AppExt as _;

use crate::config::Settings;
use crate::http::{self, AppState};
use crate::service::import;
use crate::store::{self, Store};

/// The demo data, built from the seed calls to action.
pub const DEMO: &str = include_str!("../fixtures/demo.json");

/// A bound, ready-to-run server.
pub struct Application {
    port: u16,
    base_url: String,
    server: Server,
    /// Set when the server stops: the mail worker, if any, ends after its current message.
    mail_stop: Arc<AtomicBool>,
}

/// Why the application could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("store: {0}")]
    Store(#[from] store::StoreError),
    #[error("demo data: {0}")]
    Demo(#[from] import::ImportError),
    #[error("{0}")]
    Config(String),
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: String, source: std::io::Error },
}

impl Application {
    /// Opens the store and binds the listener (port 0 picks a free one).
    pub async fn build(settings: Settings) -> Result<Self, StartError> {
        let store = Store::open_with(&settings.db, &settings.store)?;
        if settings.demo && !settings.store.read_only && store.with_conn(|c| store::is_empty(c))? {
            let summary = import::import_bytes(&store, DEMO.as_bytes(), settings.clock.unix(), |_| {})?;
            tracing::info!(events = summary.events.inserted, "loaded demo data");
        }
        // The forms' signing key, made once per store; a read-only store that has none yet
        // signs with one of its own (its forms cannot write anyway).
        let mut fresh = [0u8; 32];
        getrandom::fill(&mut fresh).map_err(|e| StartError::Config(format!("no randomness: {e}")))?;
        let csrf_key = if settings.store.read_only {
            store.with_conn(|c| store::secrets::stored(c, "csrf"))?.unwrap_or(fresh)
        } else {
            store.with_conn(|c| store::secrets::key(c, "csrf", fresh))?
        };
        // The published actions, read once before the first request rather than by it.
        let published = http::cache::Published::default();
        let started = std::time::Instant::now();
        store.with_conn(|c| published.load(c))?;
        tracing::info!(
            held = ?published.held(),
            ms = started.elapsed().as_millis() as u64,
            "read the published actions"
        );
        let listener = TcpListener::bind(&settings.bind).map_err(|source| StartError::Bind {
            addr: settings.bind.clone(),
            source,
        })?;
        let addr = listener.local_addr().map_err(|source| StartError::Bind {
            addr: settings.bind.clone(),
            source,
        })?;
        let base_url = match &settings.base_url {
            Some(raw) => Settings::checked_base_url(raw).map_err(StartError::Config)?,
            None => format!("http://{addr}"),
        };
        let mail = match &settings.mail {
            // A read-only store (a replica) takes no submissions and cannot record what it
            // sent: its writer sends the mail.
            Some(_) if settings.store.read_only => {
                tracing::warn!("--read-only: no mail is sent from this server, whatever --smtp-url says");
                None
            }
            Some(m) => {
                let mut fresh = [0u8; 32];
                getrandom::fill(&mut fresh).map_err(|e| StartError::Config(format!("no randomness: {e}")))?;
                let digest_key = store.with_conn(|c| store::secrets::key(c, "digest", fresh))?;
                Some(
                    crate::mail::Mailer::new(m, &base_url, digest_key)
                        .map_err(|e| StartError::Config(e.to_string()))?,
                )
            }
            None => {
                tracing::info!("no --smtp-url: no mail is sent (pages say so)");
                None
            }
        };
        let mail_enabled = mail.is_some();
        let mail_stop = Arc::new(AtomicBool::new(false));
        if let Some(mailer) = mail {
            mailer
                .spawn(store.clone(), mail_stop.clone())
                .map_err(|e| StartError::Config(format!("cannot start the mail worker: {e}")))?;
        }
        // Partners' calendars: polled in the background by one thread, and on a coordinator's
        // request ("poll now") through the same fetcher.
        let fetcher = Arc::new(crate::fetch::Fetcher::with_timeout(
            &crate::poller::user_agent(&base_url),
            settings.allow_loopback_sources,
            settings.fetch_timeout,
        ));
        if settings.allow_loopback_sources {
            tracing::warn!(
                "--dangerously-allow-loopback-sources: partners' calendars may be fetched from this machine"
            );
        }
        if settings.poll_sources && !settings.store.read_only {
            crate::poller::spawn(store.clone(), fetcher.clone(), settings.clock, mail_stop.clone())
                .map_err(|e| StartError::Config(format!("cannot start the partner poller: {e}")))?;
        }
        let state = web::Data::new(AppState {
            store,
            clock: settings.clock,
            base_url: base_url.clone(),
            cache: http::cache::ResponseCache::with_budget(settings.cache_bytes / 2),
            known: Default::default(),
            rendering: Default::default(),
            fragments: std::sync::Arc::new(http::cache::Fragments::with_budget(settings.cache_bytes / 2)),
            published: std::sync::Arc::new(published),
            render_slots: tokio::sync::Semaphore::new(http::renders_at_once()),
            submission_limit: http::limits::RateLimit::new(settings.submissions_per_window, settings.submission_window),
            attempt_limit: http::limits::RateLimit::new(
                settings
                    .submissions_per_window
                    .saturating_mul(http::limits::ATTEMPTS_PER_SUBMISSION)
                    .max(60),
                settings.submission_window,
            ),
            auth_failures: http::limits::RateLimit::new(
                http::limits::AUTH_FAILURES_PER_WINDOW,
                http::limits::AUTH_FAILURE_WINDOW,
            ),
            trusted_proxies: settings.trusted_proxies.clone(),
            csrf_key: http::csrf::CsrfKey::new(csrf_key),
            mail_enabled,
            fetcher: fetcher.clone(),
        });
        let access_log = tracing::enabled!(target: "actix_web::middleware::logger", tracing::Level::INFO);
        let server = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                // Middleware, innermost first (the last `wrap` is the outermost layer):
                // 1. `front` refuses over-long queries and sets the language cookie; its
                //    answers must still pass through 2 and 3.
                // 2. `pages_for_browsers` turns every error (a handler's or front's) into an
                //    HTML page for browsers, keeping its headers.
                // 3. The site-wide policy headers go on every answer that leaves, whichever
                //    layer made it: a cache hit, a 304, a HEAD, an error page. `DefaultHeaders`
                //    never replaces a header an answer set itself (the widget's own CSP).
                // 4. `cached` answers cached GETs and HEADs (feeds, 304s) before all of these,
                //    adding the policy headers of 3 itself.
                // 5. The access log sees the final status.
                .wrap(actix_web::middleware::from_fn(http::front))
                .wrap(actix_web::middleware::from_fn(http::error::pages_for_browsers))
                .wrap(http::policy::site_headers())
                .wrap(actix_web::middleware::from_fn(http::cached))
                // The path is logged with edit-link tokens blanked out; no query, no body. Left
                // out entirely when the log level hides it.
                .wrap(Condition::new(
                    access_log,
                    Logger::new("%{request}xi %s %b %Dms").custom_request_replace("request", |req| {
                        format!("{} {}", req.method(), http::redact_path(req.path()))
                    }),
                ))
                // Routes, each audience's in its own module; the OpenAPI document is collected
                // from them as they are registered.
                .into_utoipa_app()
                .openapi(http::openapi::ApiDoc::openapi())
                .configure(http::configure)
                .openapi_service(http::openapi::service)
                .default_service(web::to(http::not_found))
                .into_app()
        })
        .workers(
            settings
                .workers
                .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)),
        )
        .client_request_timeout(std::time::Duration::from_secs(10))
        // Large answers leave in slices: without TCP_NODELAY the last small segment of each
        // would wait for the client's delayed ACK (40 ms on Linux) on keep-alive connections.
        .on_connect(|conn, _| {
            if let Some(tcp) = conn.downcast_ref::<actix_web::rt::net::TcpStream>() {
                let _ = tcp.set_nodelay(true);
            }
        })
        .listen(listener)
        .map_err(|source| StartError::Bind {
            addr: addr.to_string(),
            source,
        })?
        .run();
        Ok(Self {
            port: addr.port(),
            base_url,
            server,
            mail_stop,
        })
    }

    /// The port actually bound.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The public origin used in links.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Serves until the server is stopped (SIGINT/SIGTERM end it gracefully).
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let served = self.server.await;
        self.mail_stop.store(true, Ordering::Relaxed);
        served
    }
}
