//! The headers every answer carries, whichever layer made it (a cache hit, a 304, an error
//! page), applied in one place: the `DefaultHeaders` layer of [`crate::startup`]. An answer
//! may set its own `Content-Security-Policy` (the widget's), which that layer leaves alone.

use actix_web::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use actix_web::middleware::DefaultHeaders;

/// The site's pages load their one script from here and nothing from elsewhere, and are
/// framed by nobody.
pub const SITE_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The partner widget (and its error pages): framable by any site, no script, nothing from
/// elsewhere.
pub const EMBED_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors *; base-uri 'none'; form-action 'none'";

/// The site-wide headers: feeds, the API and pages may be read from any origin (they are
/// public; CORS `*`, never with credentials); no type sniffing; no referrer leaves the site.
pub const SITE_HEADERS: [(HeaderName, &str); 5] = [
    (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
    (header::ACCESS_CONTROL_EXPOSE_HEADERS, "ETag, Last-Modified"),
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::CONTENT_SECURITY_POLICY, SITE_CSP),
    (header::REFERRER_POLICY, "no-referrer"),
];

/// The layer that puts [`SITE_HEADERS`] on every answer that leaves through it.
pub fn site_headers() -> DefaultHeaders {
    SITE_HEADERS
        .iter()
        .fold(DefaultHeaders::new(), |d, (name, value)| d.add((name.clone(), *value)))
}

/// Puts [`SITE_HEADERS`] on an answer made outside that layer (a cached answer sent by
/// [`crate::http::cached`]), leaving alone those it set itself, as the layer does.
pub fn apply(headers: &mut HeaderMap) {
    for (name, value) in &SITE_HEADERS {
        if !headers.contains_key(name) {
            headers.insert(name.clone(), HeaderValue::from_static(value));
        }
    }
}
