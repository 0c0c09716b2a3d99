//! Rendered answers kept until the store changes, and the conditional GET logic that lets an
//! unchanged feed cost one revision read.

use std::sync::{Arc, Mutex, OnceLock};

use actix_web::http::header::{self, Header as _, HeaderValue};
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse};
use jiff::civil::Date;

use super::body::Body;
use crate::store::Revision;

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
    vary: "Accept-Encoding, Accept-Language, Cookie",
    csp: None,
};
/// The partner widget: framable by any site, no script, nothing from elsewhere.
pub const EMBED: Kind = Kind {
    content_type: "text/html; charset=utf-8",
    cache_control: "public, max-age=300",
    vary: "Accept-Encoding, Accept-Language, Cookie",
    csp: Some(crate::http::policy::EMBED_CSP),
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

/// A rendered answer, identity and (once a client asked for it) gzip, with its validators.
pub struct Rendered {
    kind: Kind,
    /// `ETag` of the identity and the gzip representation, built once.
    tags: [HeaderValue; 2],
    /// The same tags, to compare with `If-None-Match`.
    entity_tags: [header::EntityTag; 2],
    last_modified: HeaderValue,
    /// When the store last changed (`Last-Modified`), to compare with `If-Modified-Since`.
    modified: std::time::SystemTime,
    body: Slices,
    /// The gzip form, made the first time a client that takes gzip asks ([`Self::make_gzip`]).
    gzip: OnceLock<Slices>,
    /// The parts, to make the gzip form from.
    parts: Body,
}

/// A body as the shared slices it is sent from.
#[derive(Clone)]
struct Slices {
    slices: Arc<[Bytes]>,
    len: usize,
}

/// Slices under this size are joined with their neighbours into blocks of up to [`CHUNK`].
const SMALL: usize = 16 * 1024;

impl From<Vec<Bytes>> for Slices {
    /// Keeps large slices as they are (shared, never copied) and joins runs of small ones:
    /// the connection writes once its buffer holds 32 KiB, so a gzip feed of ~170 deflated
    /// runs of ~4 KB each sent one by one took twice the writes and a third of the speed.
    fn from(slices: Vec<Bytes>) -> Self {
        let len = slices.iter().map(Bytes::len).sum();
        let mut out = Vec::with_capacity(slices.len());
        let mut block: Vec<u8> = Vec::new();
        for slice in slices {
            if slice.len() >= SMALL {
                if !block.is_empty() {
                    out.push(Bytes::from(std::mem::take(&mut block)));
                }
                out.push(slice);
                continue;
            }
            if block.len() + slice.len() > CHUNK {
                out.push(Bytes::from(std::mem::take(&mut block)));
            }
            if block.is_empty() {
                block.reserve(CHUNK);
            }
            block.extend_from_slice(&slice);
        }
        if !block.is_empty() {
            out.push(Bytes::from(block));
        }
        Self {
            slices: out.into(),
            len,
        }
    }
}

impl Rendered {
    /// Hashes `body` (its parts that were not already) for its validators; the gzip form waits
    /// for a client that takes it ([`Self::make_gzip`]).
    pub fn new(body: impl Into<Body>, kind: Kind, revision: Revision) -> Self {
        let body = body.into();
        let etag: String = body.digest().iter().take(16).map(|b| format!("{b:02x}")).collect();
        let modified = std::time::UNIX_EPOCH + std::time::Duration::from_secs(revision.at.max(0) as u64);
        let last_modified = HeaderValue::from_str(&header::HttpDate::from(modified).to_string())
            .unwrap_or(HeaderValue::from_static("Thu, 01 Jan 1970 00:00:00 GMT"));
        let tag = |suffix: &str| {
            HeaderValue::from_str(&format!("\"{etag}{suffix}\"")).unwrap_or(HeaderValue::from_static("\"\""))
        };
        let entity_tag = |suffix: &str| header::EntityTag::new_strong(format!("{etag}{suffix}"));
        Self {
            kind,
            tags: [tag(""), tag("-gz")],
            entity_tags: [entity_tag(""), entity_tag("-gz")],
            last_modified,
            modified,
            gzip: OnceLock::new(),
            body: body.slices().into(),
            parts: body,
        }
    }

    /// Bytes held: the identity form, and the gzip form once made.
    fn size(&self) -> usize {
        self.body.len + self.gzip.get().map_or(0, |g| g.len)
    }

    /// True when answering `req` takes the gzip form and it is not made yet: call
    /// [`Self::make_gzip`] first, off the async workers.
    pub fn wants_gzip(&self, req: &HttpRequest) -> bool {
        self.gzip.get().is_none() && accepts_gzip(req) && !self.not_modified(req, true)
    }

    /// Makes the gzip form, compressing the parts not compressed before (blocking work, for
    /// the blocking pool); those who ask meanwhile wait for it rather than make it again.
    pub fn make_gzip(&self) {
        self.gzip.get_or_init(|| self.parts.gzip().into());
    }

    /// The answer to `req`: 304 when its validators match, else the body it accepts (identity
    /// when the gzip form is not made: see [`Self::wants_gzip`]).
    pub fn respond(&self, req: &HttpRequest) -> HttpResponse {
        // The representation `req` selects: gzip when it takes it. A 304 needs its tag only,
        // not its bytes, so a gzip client revalidates whether or not the gzip form is made.
        let takes_gzip = accepts_gzip(req);
        let not_modified = self.not_modified(req, takes_gzip);
        let gzip = takes_gzip && (not_modified || self.gzip.get().is_some());
        // One strong tag per representation; only the one of the representation sent matches.
        let tag = self.tags[usize::from(gzip)].clone();
        let mut res = if not_modified {
            HttpResponse::NotModified()
        } else {
            HttpResponse::Ok()
        };
        res.insert_header((header::ETAG, tag))
            .insert_header((header::LAST_MODIFIED, self.last_modified.clone()))
            .insert_header((header::CACHE_CONTROL, self.kind.cache_control))
            .insert_header((header::VARY, self.kind.vary));
        if let Some(csp) = self.kind.csp {
            res.insert_header((header::CONTENT_SECURITY_POLICY, csp));
        }
        if not_modified {
            return res.finish();
        }
        res.insert_header((header::CONTENT_TYPE, self.kind.content_type));
        if gzip {
            res.insert_header((header::CONTENT_ENCODING, "gzip"));
        }
        let body = match self.gzip.get() {
            Some(zipped) if gzip => zipped,
            _ => &self.body,
        };
        match &*body.slices {
            [] => res.finish(),
            [one] if one.len() <= CHUNK => res.body(one.clone()),
            _ => res.body(Chunked {
                body: body.clone(),
                slice: 0,
                at: 0,
            }),
        }
    }

    /// Whether `req`'s validators match the representation it would be sent (`gzip` or
    /// identity). RFC 9110 §13.1.2: `If-None-Match` is compared (weakly) with the tag of the
    /// selected representation only, so a 304 never carries a tag the client did not send;
    /// `If-Modified-Since` is then ignored.
    fn not_modified(&self, req: &HttpRequest, gzip: bool) -> bool {
        if req.headers().contains_key(header::IF_NONE_MATCH) {
            return match header::IfNoneMatch::parse(req) {
                Ok(header::IfNoneMatch::Any) => true,
                Ok(header::IfNoneMatch::Items(tags)) => {
                    let selected = &self.entity_tags[usize::from(gzip)];
                    tags.iter().any(|t| t.weak_eq(selected))
                }
                Err(_) => false,
            };
        }
        match header::IfModifiedSince::parse(req) {
            Ok(header::IfModifiedSince(since)) => self.modified <= std::time::SystemTime::from(since),
            Err(_) => false,
        }
    }
}

/// Large answers leave in pieces of at most this size, each copied into the connection's
/// buffer only when the one before has gone out: a slow reader of a 6 MB feed holds 64 KiB,
/// not a copy of the feed (the shared body itself is never copied).
const CHUNK: usize = 64 * 1024;

/// A cached body sent piece by piece, with its length known up front (Content-Length, no
/// chunked encoding).
struct Chunked {
    body: Slices,
    /// The slice being sent, and how far into it.
    slice: usize,
    at: usize,
}

impl actix_web::body::MessageBody for Chunked {
    type Error = std::convert::Infallible;

    fn size(&self) -> actix_web::body::BodySize {
        actix_web::body::BodySize::Sized(self.body.len as u64)
    }

    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<Bytes, Self::Error>>> {
        let this = &mut *self;
        while let Some(current) = this.body.slices.get(this.slice) {
            if this.at < current.len() {
                let end = (this.at + CHUNK).min(current.len());
                let piece = current.slice(this.at..end);
                this.at = end;
                return std::task::Poll::Ready(Some(Ok(piece)));
            }
            this.slice += 1;
            this.at = 0;
        }
        std::task::Poll::Ready(None)
    }
}

/// Whether the client takes gzip (RFC 9110 §12.5.3): listed, or matched by `*`, with a
/// non-zero weight; an explicit `gzip;q=0` refuses it whatever `*` says.
fn accepts_gzip(req: &HttpRequest) -> bool {
    let Ok(header::AcceptEncoding(items)) = header::AcceptEncoding::parse(req) else {
        return false;
    };
    let weight = |p: &header::Preference<header::Encoding>| items.iter().find(|q| &q.item == p).map(|q| q.quality);
    weight(&header::Preference::Specific(header::Encoding::gzip()))
        .or_else(|| weight(&header::Preference::Any))
        .is_some_and(|q| q > header::Quality::ZERO)
}

struct Entry {
    revision: i64,
    day: Date,
    rendered: Arc<Rendered>,
    /// Bytes counted for it.
    size: usize,
}

/// Rendered answers by request URI, valid for one store revision and one day (the default
/// window of feeds moves with the date); the least recently used go first once their bytes
/// pass the budget.
pub struct ResponseCache {
    budget: usize,
    inner: Mutex<(lru::LruCache<String, Entry>, usize)>,
}

impl Default for ResponseCache {
    fn default() -> Self {
        Self::with_budget(crate::config::CACHE_BYTES_DEFAULT / 2)
    }
}

impl ResponseCache {
    /// A cache keeping at most `budget` bytes of answers (identity and gzip).
    pub fn with_budget(budget: usize) -> Self {
        Self {
            budget,
            inner: Mutex::new((lru::LruCache::unbounded(), 0)),
        }
    }

    /// The answer cached for `key`, if still current.
    pub fn get(&self, key: &str, revision: i64, day: Date) -> Option<Arc<Rendered>> {
        let mut guard = self.inner.lock().ok()?;
        guard
            .0
            .get(key)
            .filter(|e| e.revision == revision && e.day == day)
            .map(|e| e.rendered.clone())
    }

    /// Keeps `rendered` for `key`, dropping the least recently used answers while the bytes
    /// kept pass the budget (an answer larger than the whole budget is sent, not kept).
    pub fn put(&self, key: String, revision: i64, day: Date, rendered: Arc<Rendered>) {
        let size = rendered.size();
        let Ok(mut guard) = self.inner.lock() else { return };
        let (map, bytes) = &mut *guard;
        if let Some(old) = map.pop(&key) {
            *bytes = bytes.saturating_sub(old.size);
        }
        if size > self.budget {
            return;
        }
        while *bytes + size > self.budget
            && let Some((_, old)) = map.pop_lru()
        {
            *bytes = bytes.saturating_sub(old.size);
        }
        *bytes += size;
        map.put(
            key,
            Entry {
                revision,
                day,
                rendered,
                size,
            },
        );
    }

    /// Counts the bytes `rendered` holds now (its gzip form made since it was kept), if it is
    /// still the answer kept for `key`, dropping the least recently used others past the budget.
    pub fn recount(&self, key: &str, rendered: &Arc<Rendered>) {
        let Ok(mut guard) = self.inner.lock() else { return };
        let (map, bytes) = &mut *guard;
        let Some(entry) = map.peek_mut(key).filter(|e| Arc::ptr_eq(&e.rendered, rendered)) else {
            return;
        };
        let size = rendered.size();
        *bytes = (*bytes + size).saturating_sub(entry.size);
        entry.size = size;
        while *bytes > self.budget
            && map.len() > 1
            && let Some((_, old)) = map.pop_lru()
        {
            *bytes = bytes.saturating_sub(old.size);
        }
    }

    /// Bytes kept now, and how many answers.
    pub fn usage(&self) -> (usize, usize) {
        self.inner.lock().map_or((0, 0), |g| (g.1, g.0.len()))
    }
}

#[cfg(test)]
mod tests {
    use actix_web::body::{BodySize, MessageBody};

    use super::*;

    async fn sent(res: HttpResponse) -> (BodySize, Vec<Bytes>) {
        let mut body = res.into_body();
        let size = body.size();
        let mut pieces = Vec::new();
        while let Some(piece) = std::future::poll_fn(|cx| std::pin::Pin::new(&mut body).poll_next(cx)).await {
            pieces.push(piece.expect("infallible"));
        }
        (size, pieces)
    }

    #[test]
    fn the_least_recently_used_answers_go_first_once_past_the_budget() {
        let day: Date = "2027-11-29".parse().expect("date");
        let answer = |n: usize| {
            let text: String = (0..n).map(|i| format!("LINE:{i}\r\n")).collect();
            Arc::new(Rendered::new(text, ICS, Revision { number: 1, at: 0 }))
        };
        let one = answer(2_000);
        let size = one.size();
        let cache = ResponseCache::with_budget(size * 3);
        for key in ["a", "b", "c"] {
            cache.put(key.into(), 1, day, answer(2_000));
        }
        assert_eq!(cache.usage().1, 3);
        assert!(cache.get("a", 1, day).is_some(), "a is used again");
        cache.put("d".into(), 1, day, answer(2_000));
        assert!(cache.get("b", 1, day).is_none(), "b, the least recently used, went");
        for key in ["a", "c", "d"] {
            assert!(cache.get(key, 1, day).is_some(), "{key} stayed");
        }
        assert!(cache.usage().0 <= size * 3);
        // An answer larger than the whole budget is not kept, and pushes nothing out.
        cache.put("huge".into(), 1, day, answer(20_000));
        assert!(cache.get("huge", 1, day).is_none());
        assert_eq!(cache.usage().1, 3);
        // A stale revision is not an answer.
        assert!(cache.get("a", 2, day).is_none());
    }

    #[test]
    fn small_parts_are_joined_into_blocks() {
        let parts: Vec<Bytes> = (0..300).map(|i| Bytes::from(format!("{i:0>1000}"))).collect();
        let whole = parts.concat();
        let slices = Slices::from(parts);
        assert_eq!(slices.len, whole.len());
        assert_eq!(slices.slices.concat(), whole);
        assert_eq!(slices.slices.len(), whole.len().div_ceil(CHUNK));
        assert!(slices.slices.iter().all(|s| s.len() <= CHUNK));
    }

    #[actix_web::test]
    async fn a_large_answer_leaves_in_pieces_of_its_shared_parts() {
        let texts: Vec<String> = [200_000, 3, 70_000]
            .into_iter()
            .map(|n| (0..n).map(|i| format!("LINE:{i}\r\n")).collect())
            .collect();
        let parts: Vec<Arc<super::super::body::Part>> = texts
            .iter()
            .map(|t| Arc::new(super::super::body::Part::new(t.clone())))
            .collect();
        let rendered = Rendered::new(
            Body::new(parts.clone()),
            ICS,
            crate::store::Revision { number: 1, at: 0 },
        );
        let whole = texts.concat();
        let req = actix_web::test::TestRequest::default().to_http_request();
        let (size, pieces) = sent(rendered.respond(&req)).await;
        assert_eq!(size, BodySize::Sized(whole.len() as u64), "Content-Length, not chunked");
        let large = parts.iter().filter(|p| p.text().len() >= SMALL);
        let views = |t: &Bytes| {
            pieces
                .iter()
                .filter(|piece| piece.as_ptr() >= t.as_ptr() && piece.as_ptr() < t.as_ptr().wrapping_add(t.len()))
                .map(|piece| piece.len())
                .sum::<usize>()
        };
        for part in large {
            assert_eq!(
                views(part.text()),
                part.text().len(),
                "large parts leave as views, not copies"
            );
        }
        assert!(pieces.iter().all(|p| p.len() <= CHUNK));
        assert_eq!(pieces.concat(), whole.as_bytes());

        let req = actix_web::test::TestRequest::default()
            .insert_header(("Accept-Encoding", "gzip"))
            .to_http_request();
        assert!(rendered.wants_gzip(&req), "nothing compressed before a client asks");
        // A gzip client revalidating its gzip tag gets its 304 (and that tag) whether or not
        // the gzip form was made in this process.
        let revalidate = actix_web::test::TestRequest::default()
            .insert_header(("Accept-Encoding", "gzip"))
            .insert_header(("If-None-Match", rendered.tags[1].clone()))
            .to_http_request();
        assert!(!rendered.wants_gzip(&revalidate), "a 304 needs no gzip body");
        let not_modified = rendered.respond(&revalidate);
        assert_eq!(not_modified.status(), actix_web::http::StatusCode::NOT_MODIFIED);
        assert_eq!(not_modified.headers().get("etag"), Some(&rendered.tags[1]));
        let identity = rendered.respond(&req);
        assert!(
            identity.headers().get("content-encoding").is_none(),
            "without its gzip form, the identity is sent"
        );
        rendered.make_gzip();
        assert!(!rendered.wants_gzip(&req));
        let res = rendered.respond(&req);
        assert_eq!(res.headers().get("content-encoding").unwrap(), "gzip");
        let (size, pieces) = sent(res).await;
        for slices in [&rendered.body.slices, &rendered.gzip.get().expect("made").slices] {
            assert!(
                slices.windows(2).all(|w| w[0].len() >= SMALL || w[1].len() >= SMALL),
                "small slices leave joined, not one by one"
            );
        }
        let gz = pieces.concat();
        assert_eq!(size, BodySize::Sized(gz.len() as u64));
        let mut plain = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(gz.as_slice()), &mut plain).expect("gzip");
        assert_eq!(plain, whole.as_bytes());
    }
}
