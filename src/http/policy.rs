//! The headers every answer carries, whichever layer made it (a cache hit, a 304, an error
//! page), applied in one place: the `DefaultHeaders` layer of [`crate::startup`]. An answer
//! may set its own `Content-Security-Policy` (the widget's), which that layer leaves alone.

use actix_web::middleware::DefaultHeaders;

/// The site's pages load their one script from here and nothing from elsewhere, and are
/// framed by nobody.
pub const SITE_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The partner widget (and its error pages): framable by any site, no script, nothing from
/// elsewhere.
pub const EMBED_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors *; base-uri 'none'; form-action 'none'";

/// The site-wide headers: feeds, the API and pages may be read from any origin (they are
/// public; CORS `*`, never with credentials); no type sniffing; no referrer leaves the site.
pub fn site_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add(("Access-Control-Allow-Origin", "*"))
        .add(("Access-Control-Expose-Headers", "ETag, Last-Modified"))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Content-Security-Policy", SITE_CSP))
        .add(("Referrer-Policy", "no-referrer"))
}
