//! The path every cacheable answer takes: read the store revision, answer from the cache when
//! the answer was rendered at that revision today, else render, keep and answer.

use std::sync::Arc;

use actix_web::{HttpRequest, HttpResponse};
use rusqlite::Connection;

use super::cache::Rendered;
use super::feeds::today_and_horizon;
use super::{ApiError, ApiResult, AppState};
use crate::body::Body;
use crate::store;

/// The media type and caching policy of a kind of answer.
#[derive(Debug, Clone, Copy)]
pub struct Kind {
    /// `Content-Type`.
    pub content_type: &'static str,
    /// `Cache-Control`.
    pub cache_control: &'static str,
    /// `Vary`: the request headers the answer depends on.
    pub vary: &'static str,
    /// A `Content-Security-Policy` replacing the site-wide one.
    pub csp: Option<&'static str>,
}

/// iCalendar feeds: shared caches may keep them five minutes, then revalidate with the ETag.
pub const ICS: Kind = Kind {
    content_type: "text/calendar; charset=utf-8",
    cache_control: "public, max-age=300",
    vary: "Accept-Encoding",
    csp: None,
};
/// HTML pages: shared caches may keep them five minutes.
pub const HTML: Kind = Kind {
    content_type: "text/html; charset=utf-8",
    cache_control: "public, max-age=300",
    vary: "Accept-Encoding, Accept-Language",
    csp: None,
};
/// The partner widget: framable by any site, no script, nothing from elsewhere.
pub const EMBED: Kind = Kind {
    content_type: "text/html; charset=utf-8",
    cache_control: "public, max-age=300",
    vary: "Accept-Encoding, Accept-Language",
    csp: Some(
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors *; base-uri 'none'; form-action 'none'",
    ),
};
/// Atom feeds.
pub const ATOM: Kind = Kind {
    content_type: "application/atom+xml; charset=utf-8",
    cache_control: "public, max-age=300",
    vary: "Accept-Encoding",
    csp: None,
};
/// JSON answers: polled by tools, kept one minute.
pub const JSON: Kind = Kind {
    content_type: "application/json",
    cache_control: "public, max-age=60",
    vary: "Accept-Encoding",
    csp: None,
};

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
    let (today, _) = today_and_horizon();
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

/// The cached answer to `req` at the store's current revision, if there is one.
pub fn hit(state: &AppState, req: &HttpRequest, variant: &str) -> Option<HttpResponse> {
    let revision = state.store.revision().ok()?;
    let (today, _) = today_and_horizon();
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
