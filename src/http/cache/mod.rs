//! Everything kept between requests, and the path every cacheable answer takes: read the
//! store revision, answer from the cache when the answer was rendered at that revision today,
//! else render, keep and answer.
//!
//! - [`rendered`]: an answer as kept (identity and gzip), its validators, the conditional GET;
//!   [`ResponseCache`] holds them by URI.
//! - [`body`]: an answer as shared parts, each hashed and compressed at most once.
//! - [`fragments`]: VEVENT runs and VTIMEZONEs of earlier renders, reused while unchanged.
//! - [`parallel`]: work shared among the cores (rendering and compressing large feeds).
//! - [`public`]: the published actions in memory, brought forward by what changed.
//!
//! `ical/` renders; everything here decides what is rendered again and what is reused.

pub mod body;
pub mod fragments;
pub mod parallel;
pub mod public;
pub mod rendered;

pub use body::{Body, Part};
pub use fragments::{Fragments, Listed};
pub use public::Published;
pub use rendered::{ATOM, EMBED, HTML, ICS, JSON, Kind, Rendered, ResponseCache};

use std::sync::Arc;

use actix_web::{HttpRequest, HttpResponse};
use rusqlite::Connection;

use actix_web::ResponseError as _;

use super::{ApiError, ApiResult, AppState};
use crate::store;

/// Answers `req` with what `render` produces, rendering only when the store changed since.
pub async fn respond<F, B>(state: &AppState, req: &HttpRequest, kind: Kind, render: F) -> ApiResult<HttpResponse>
where
    F: FnOnce(&mut Connection) -> ApiResult<B> + Send + 'static,
    B: Into<Body> + Send + 'static,
{
    respond_variant(state, req, kind, "", render).await
}

/// Like [`respond`], for answers that also depend on `variant` (e.g. the negotiated language).
pub async fn respond_variant<F, B>(
    state: &AppState,
    req: &HttpRequest,
    kind: Kind,
    variant: &str,
    render: F,
) -> ApiResult<HttpResponse>
where
    F: FnOnce(&mut Connection) -> ApiResult<B> + Send + 'static,
    B: Into<Body> + Send + 'static,
{
    let today = state.clock.today();
    let revision = state.store.revision()?;
    let key = cache_key(req, variant);
    if let Some(hit) = state.cache.get(&key, revision.number, today) {
        return answer(state, &key, hit, req).await;
    }
    // One render per answer at a time: whoever asks for an answer being rendered waits for
    // that render and takes its result from the cache, rather than rendering it again.
    let _turn = state.rendering.take(&key).await;
    if let Some(hit) = state.cache.get(&key, state.store.revision()?.number, today) {
        return answer(state, &key, hit, req).await;
    }
    // Cold renders take memory and CPU in proportion to the feed: a few at a time.
    let _slot = state
        .render_slots
        .acquire()
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    // The answer is filed under the revision it was read at, which may be newer than the one
    // the watch knew when the request came in (another write landed meanwhile).
    let started = std::time::Instant::now();
    let rendered = state
        .store
        .run(move |c| store::at_one_revision(c, |c, _| render(c)))
        .await;
    let took_render = started.elapsed();
    let (body, revision) = match rendered {
        Ok(done) => done,
        // What the request asked for is refused (404, 400): said as it is.
        Err(e) if e.status_code().is_client_error() => return Err(e),
        // Anything else is this server's failure, not the answer: 503 and a time to retry,
        // never a partial body.
        Err(e) => return Err(ApiError::RenderFailed(e.to_string())),
    };
    // Hashing the parts not hashed before: on the blocking pool, never on the async workers
    // (compressing waits for a client that takes gzip: [`answer`]).
    let rendered = actix_web::web::block(move || Arc::new(Rendered::new(body, kind, revision)))
        .await
        .map_err(|e| ApiError::RenderFailed(e.to_string()))?;
    tracing::debug!(
        key = %key,
        revision = revision.number,
        render_ms = took_render.as_secs_f64() * 1e3,
        hash_ms = (started.elapsed() - took_render).as_secs_f64() * 1e3,
        "rendered"
    );
    state
        .cache
        .put(key.to_string(), revision.number, today, rendered.clone());
    answer(state, &key, rendered, req).await
}

/// Answers `req` with `rendered` (kept under `key`), making its gzip form first, on the
/// blocking pool, when `req` is the first to take it.
pub async fn answer(
    state: &AppState,
    key: &str,
    rendered: Arc<Rendered>,
    req: &HttpRequest,
) -> ApiResult<HttpResponse> {
    if rendered.wants_gzip(req) {
        let making = rendered.clone();
        actix_web::web::block(move || making.make_gzip())
            .await
            .map_err(|e| ApiError::RenderFailed(e.to_string()))?;
        state.cache.recount(key, &rendered);
    }
    Ok(rendered.respond(req))
}

/// Answers being rendered, by cache key: each a lock whoever wants the same answer waits on.
/// Entries live only while someone holds or waits on them.
#[derive(Default)]
pub struct InFlight(std::sync::Mutex<std::collections::HashMap<String, Arc<tokio::sync::Mutex<()>>>>);

/// The turn to render one answer; forgotten when the last who held or awaited it is done.
pub struct Turn<'a> {
    flight: &'a InFlight,
    key: String,
    _held: tokio::sync::OwnedMutexGuard<()>,
}

impl InFlight {
    /// Waits for the turn to render `key`'s answer.
    async fn take(&self, key: &str) -> Turn<'_> {
        let lock = match self.0.lock() {
            Ok(mut map) => map.entry(key.to_string()).or_default().clone(),
            Err(_) => Arc::default(),
        };
        Turn {
            flight: self,
            key: key.to_string(),
            _held: lock.lock_owned().await,
        }
    }

    /// Answers being rendered or awaited now.
    pub fn len(&self) -> usize {
        self.0.lock().map_or(0, |m| m.len())
    }

    /// True when nothing is being rendered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        // Held by the map and by this turn's guard only: nobody else waits.
        if let Ok(mut map) = self.flight.0.lock()
            && map.get(&self.key).is_some_and(|t| Arc::strong_count(t) <= 2)
        {
            map.remove(&self.key);
        }
    }
}

/// The names filters may use, at the revision they were read at.
#[derive(Default)]
pub struct KnownNames(std::sync::Mutex<Option<(i64, Arc<store::known::Names>)>>);

impl KnownNames {
    /// The names at the store's current revision: kept, or asked of the in-memory copy of the
    /// published actions once and kept until the next change.
    pub async fn current(&self, state: &AppState) -> ApiResult<Arc<store::known::Names>> {
        let revision = state.store.revision()?.number;
        if let Ok(kept) = self.0.lock()
            && let Some((at, names)) = kept.as_ref()
            && *at == revision
        {
            return Ok(names.clone());
        }
        // The in-memory copy of the published actions knows them when it is current; else it
        // is brought forward (on the blocking pool) and asked.
        let (names, at) = match state.published.names_at(revision) {
            Some(names) => (names, revision),
            None => {
                let published = state.published.clone();
                let (names, read_at) = state
                    .store
                    .run(move |c| store::at_one_revision(c, |c, _| published.with(c, |m, _| m.names())))
                    .await?;
                (names, read_at.number)
            }
        };
        let names = Arc::new(names);
        if let Ok(mut kept) = self.0.lock() {
            *kept = Some((at, names.clone()));
        }
        Ok(names)
    }
}

/// The cached answer to `req` at the store's current revision, if there is one.
pub async fn hit(state: &AppState, req: &HttpRequest, variant: &str) -> Option<HttpResponse> {
    let revision = state.store.revision().ok()?;
    let today = state.clock.today();
    let key = cache_key(req, variant);
    let found = state.cache.get(&key, revision.number, today)?;
    answer(state, &key, found, req).await.ok()
}

/// Answers are kept by path and query, plus the variant when there is one.
fn cache_key<'a>(req: &'a HttpRequest, variant: &str) -> std::borrow::Cow<'a, str> {
    let uri = req.uri().path_and_query().map_or(req.path(), |p| p.as_str());
    if variant.is_empty() {
        uri.into()
    } else {
        format!("{variant}|{uri}").into()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    fn state(dir: &std::path::Path) -> AppState {
        AppState {
            store: store::Store::open(&dir.join("s.db")).expect("store"),
            clock: Default::default(),
            base_url: "https://calendar.test".into(),
            cache: Default::default(),
            known: Default::default(),
            rendering: Default::default(),
            fragments: Default::default(),
            published: Default::default(),
            render_slots: tokio::sync::Semaphore::new(crate::http::RENDERS_AT_ONCE),
            submission_limit: crate::http::limits::RateLimit::new(10, std::time::Duration::from_secs(60)),
            attempt_limit: crate::http::limits::RateLimit::new(60, std::time::Duration::from_secs(60)),
            auth_failures: crate::http::limits::RateLimit::new(10, std::time::Duration::from_secs(60)),
            trusted_proxies: Vec::new(),
            csrf_key: crate::http::csrf::CsrfKey::new([1; 32]),
            mail_enabled: false,
            fetcher: std::sync::Arc::new(crate::fetch::Fetcher::new("actioncal-test", false)),
        }
    }

    #[actix_web::test]
    async fn requests_for_the_same_cold_answer_render_it_once() {
        let dir = tempfile::tempdir().expect("dir");
        let state = state(dir.path());
        let renders = Arc::new(AtomicUsize::new(0));
        let ask = |path: &'static str| {
            let renders = renders.clone();
            let state = &state;
            async move {
                let req = actix_web::test::TestRequest::get().uri(path).to_http_request();
                respond(state, &req, ICS, move |_| {
                    renders.fetch_add(1, Ordering::SeqCst);
                    // Long enough for every other request to arrive while it renders.
                    std::thread::sleep(std::time::Duration::from_millis(200));
                    Ok(format!("BEGIN:VCALENDAR\r\nX-PATH:{path}\r\nEND:VCALENDAR\r\n"))
                })
                .await
                .expect("answered")
                .status()
            }
        };
        let answers = futures_join(vec![
            ask("/calendar.ics"),
            ask("/calendar.ics"),
            ask("/calendar.ics"),
            ask("/calendar.ics"),
            ask("/calendar.ics"),
            ask("/calendar.ics?tag=x"),
        ])
        .await;
        assert!(answers.iter().all(|s| s.is_success()));
        assert_eq!(renders.load(Ordering::SeqCst), 2, "one render per answer");
        assert!(state.rendering.is_empty(), "nothing left in flight");
    }

    #[actix_web::test]
    async fn a_render_that_fails_is_a_503_with_retry_after_and_a_refusal_stays_itself() {
        let dir = tempfile::tempdir().expect("dir");
        let state = state(dir.path());
        let req = actix_web::test::TestRequest::get()
            .uri("/calendar.ics")
            .to_http_request();
        let failed = respond(&state, &req, ICS, |_| -> ApiResult<String> {
            Err(store::StoreError::Corrupt("event 7: zone".into()).into())
        })
        .await
        .expect_err("failed");
        let res = failed.error_response();
        assert_eq!(res.status(), actix_web::http::StatusCode::SERVICE_UNAVAILABLE);
        assert!(res.headers().contains_key("retry-after"));
        let refused = respond(&state, &req, ICS, |_| -> ApiResult<String> {
            Err(ApiError::NotFound("no action 7".into()))
        })
        .await
        .expect_err("refused");
        assert_eq!(refused.status_code(), actix_web::http::StatusCode::NOT_FOUND);
        assert!(state.rendering.is_empty());
    }

    /// Runs `futures` at once on this task and gives their outputs in order.
    async fn futures_join<F: std::future::Future>(futures: Vec<F>) -> Vec<F::Output> {
        let mut futures: Vec<_> = futures.into_iter().map(Box::pin).collect();
        let mut done: Vec<Option<F::Output>> = futures.iter().map(|_| None).collect();
        std::future::poll_fn(|cx| {
            for (f, out) in futures.iter_mut().zip(done.iter_mut()) {
                if out.is_none()
                    && let std::task::Poll::Ready(v) = f.as_mut().poll(cx)
                {
                    *out = Some(v);
                }
            }
            if done.iter().all(Option::is_some) {
                std::task::Poll::Ready(())
            } else {
                std::task::Poll::Pending
            }
        })
        .await;
        done.into_iter().map(|o| o.expect("finished")).collect()
    }
}
