//! Everything kept between requests, and the path every cacheable answer takes: read the
//! store revision, answer from the cache when the answer was rendered at that revision today,
//! else render, keep and answer.
//!
//! - [`rendered`]: an answer as kept (identity and gzip), its validators, the conditional GET;
//!   [`ResponseCache`] holds them by URI.
//! - [`body`]: an answer as shared parts, each hashed and compressed at most once.
//! - [`fragments`]: VEVENT runs and VTIMEZONEs of earlier renders, reused while unchanged.
//! - [`parallel`]: work shared among the cores (rendering and compressing large feeds).
//!
//! `ical/` renders; everything here decides what is rendered again and what is reused.

pub mod body;
pub mod fragments;
pub mod parallel;
pub mod rendered;

pub use body::{Body, Part};
pub use fragments::Fragments;
pub use rendered::{ATOM, EMBED, HTML, ICS, JSON, Kind, Rendered, ResponseCache};

use std::sync::Arc;

use actix_web::{HttpRequest, HttpResponse};
use rusqlite::Connection;

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
        return Ok(hit.respond(req));
    }
    // Cold renders take memory and CPU in proportion to the feed: a few at a time. Whoever
    // waited for a slot looks again, since the same answer may have been rendered meanwhile.
    let _slot = state
        .render_slots
        .acquire()
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    if let Some(hit) = state.cache.get(&key, revision.number, today) {
        return Ok(hit.respond(req));
    }
    // The answer is filed under the revision it was read at, which may be newer than the one
    // the watch knew when the request came in (another write landed meanwhile).
    let (body, revision) = state
        .store
        .run(move |c| store::at_one_revision(c, |c, _| render(c)))
        .await?;
    let rendered = Arc::new(Rendered::new(body, kind, revision));
    state
        .cache
        .put(key.into_owned(), revision.number, today, rendered.clone());
    Ok(rendered.respond(req))
}

/// The names filters may use, at the revision they were read at.
#[derive(Default)]
pub struct KnownNames(std::sync::Mutex<Option<(i64, Arc<store::known::Names>)>>);

impl KnownNames {
    /// The names at the store's current revision: kept, or read once (on the blocking pool)
    /// and kept until the next change.
    pub async fn current(&self, state: &AppState) -> ApiResult<Arc<store::known::Names>> {
        let revision = state.store.revision()?.number;
        if let Ok(kept) = self.0.lock()
            && let Some((at, names)) = kept.as_ref()
            && *at == revision
        {
            return Ok(names.clone());
        }
        let (names, read_at) = state
            .store
            .run(|c| store::at_one_revision(c, |c, _| Ok::<_, ApiError>(store::known::Names::read(c)?)))
            .await?;
        let names = Arc::new(names);
        if let Ok(mut kept) = self.0.lock() {
            *kept = Some((read_at.number, names.clone()));
        }
        Ok(names)
    }
}

/// The cached answer to `req` at the store's current revision, if there is one.
pub fn hit(state: &AppState, req: &HttpRequest, variant: &str) -> Option<HttpResponse> {
    let revision = state.store.revision().ok()?;
    let today = state.clock.today();
    let found = state.cache.get(&cache_key(req, variant), revision.number, today)?;
    Some(found.respond(req))
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
