//! Cross-site request forgery: every form that changes something proves that it was sent from
//! this service's own pages, in two independent ways.
//!
//! 1. **Where it comes from.** Browsers say it in `Sec-Fetch-Site` (Fetch Metadata): anything
//!    but `same-origin` (or `none`, a request the user made themselves) is refused, so a
//!    sibling subdomain (`same-site`) is refused too. Browsers without it send `Origin` on a
//!    POST: it must be this service's origin, the configured `--base-url` or the `Host` the
//!    browser addressed (a reverse proxy may rewrite neither). A request with neither header
//!    is not a browser's and goes on to 2.
//! 2. **A token bound to the browser.** The cookie holds a random nonce; the form holds
//!    HMAC-SHA256(key, nonce), the key made once and kept in the store (`secrets`). Whoever can
//!    plant a cookie in the victim's browser (a sibling subdomain, a plain-HTTP hop: "cookie
//!    tossing") still cannot make the matching form value without the key: OWASP's signed
//!    double-submit cookie. The comparison takes constant time.

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, SameSite};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::Mac as _;

use super::{ApiError, ApiResult};

/// Name of the cookie holding the browser's nonce.
pub const COOKIE: &str = "actioncal_csrf";

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

/// The key form tokens are signed with.
pub struct CsrfKey([u8; 32]);

impl CsrfKey {
    /// The key `bytes` (from [`crate::store::secrets::key`]).
    pub fn new(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    fn mac(&self, nonce: &str) -> HmacSha256 {
        // HMAC takes a key of any length; 32 bytes never fail.
        let mut mac = <HmacSha256 as hmac::KeyInit>::new_from_slice(&self.0).unwrap_or_else(|_| unreachable!());
        mac.update(b"actioncal form token\0");
        mac.update(nonce.as_bytes());
        mac
    }

    /// The form token for the browser whose cookie holds `nonce`.
    pub fn sign(&self, nonce: &str) -> String {
        URL_SAFE_NO_PAD.encode(self.mac(nonce).finalize().into_bytes())
    }

    /// Refuses a form whose `token` was not made for this browser's cookie.
    pub fn check(&self, req: &HttpRequest, token: Option<&str>) -> ApiResult<()> {
        match (nonce(req), token) {
            (Some(nonce), Some(token)) if self.verify(&nonce, token) => Ok(()),
            _ => Err(stale()),
        }
    }

    /// Whether two secrets (a session's form token and the one sent) are equal, in time that
    /// does not depend on where they differ (the MAC of one is verified against the other's).
    pub fn same_secret(&self, sent: &str, expected: &str) -> bool {
        let tag = self.mac(expected).finalize().into_bytes();
        self.mac(sent).verify_slice(&tag).is_ok()
    }

    /// Whether `token` is the form token for `nonce`, compared in constant time.
    pub fn verify(&self, nonce: &str, token: &str) -> bool {
        match URL_SAFE_NO_PAD.decode(token) {
            Ok(tag) => self.mac(nonce).verify_slice(&tag).is_ok(),
            Err(_) => false,
        }
    }
}

impl std::fmt::Debug for CsrfKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CsrfKey(..)")
    }
}

/// The token for this browser's forms, and the cookie to set when it has no nonce yet
/// (`Secure` as [`secure_cookies`] says).
pub fn issue(key: &CsrfKey, base_url: &str, req: &HttpRequest) -> ApiResult<(String, Option<Cookie<'static>>)> {
    if let Some(nonce) = nonce(req) {
        return Ok((key.sign(&nonce), None));
    }
    let (nonce, _) = crate::service::tokens::generate("")?;
    let cookie = Cookie::build(COOKIE, nonce.clone())
        .path("/")
        .http_only(true)
        .secure(secure_cookies(base_url, req))
        .same_site(SameSite::Strict)
        .finish();
    Ok((key.sign(&nonce), Some(cookie)))
}

/// Whether cookies set in answer to `req` are `Secure`: when the calendar is served over https
/// (`base_url`, or the request's own scheme). Browsers drop a `Secure` cookie set over plain
/// http except on localhost, so a plain-http calendar (a LAN address, a test host) would
/// otherwise refuse every form as stale.
pub fn secure_cookies(base_url: &str, req: &HttpRequest) -> bool {
    base_url.starts_with("https://") || req.connection_info().scheme() == "https"
}

fn nonce(req: &HttpRequest) -> Option<String> {
    req.cookie(COOKIE)
        .map(|c| c.value().to_string())
        .filter(|v| v.len() >= 32)
}

/// The refusal of a form without the right token.
pub fn stale() -> ApiError {
    ApiError::Forbidden("the form's security token is missing or stale; reload the page and send it again".into())
}

/// Refuses a request that a browser says comes from another site (`Sec-Fetch-Site`, else
/// `Origin`); see the module documentation.
pub fn same_origin(base_url: &str, req: &HttpRequest) -> ApiResult<()> {
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
    let refused = |from: &str| {
        ApiError::Forbidden(format!(
            "this form was sent from {from}, not from this calendar's own pages; open the page here and send it again"
        ))
    };
    if let Some(site) = header("sec-fetch-site") {
        return match site {
            "same-origin" | "none" => Ok(()),
            other => Err(refused(&format!("another site (Sec-Fetch-Site: {other})"))),
        };
    }
    let Some(origin) = header("origin") else {
        return Ok(());
    };
    let own = url::Url::parse(base_url).ok().map(|u| u.origin().ascii_serialization());
    let addressed = header("host").and_then(|host| {
        let scheme = url::Url::parse(origin).ok()?.scheme().to_string();
        Some(format!("{scheme}://{host}"))
    });
    if own.as_deref() == Some(origin) || addressed.as_deref() == Some(origin) {
        Ok(())
    } else {
        Err(refused(&format!("{origin:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn a_form_token_opens_only_the_nonce_and_key_it_was_made_for() {
        let key = CsrfKey::new([7; 32]);
        let token = key.sign("nonce-of-this-browser-0123456789abcdef");
        assert!(key.verify("nonce-of-this-browser-0123456789abcdef", &token));
        assert!(!key.verify("nonce-of-another-browser-0123456789abcd", &token));
        assert!(!CsrfKey::new([8; 32]).verify("nonce-of-this-browser-0123456789abcdef", &token));
        assert!(!key.verify("nonce-of-this-browser-0123456789abcdef", "not base64!"));
        // A planted cookie whose value is also sent as the token (plain double-submit) fails.
        let planted = "attacker-chosen-nonce-0123456789abcdef";
        assert!(!key.verify(planted, planted));
        assert!(key.same_secret("session-token", "session-token"));
        assert!(!key.same_secret("session-token", "session-tokeN"));
        assert!(!key.same_secret("", "session-token"));
    }

    #[test]
    fn only_this_services_own_pages_may_post() {
        let base = "https://calendar.example.org";
        let req = |headers: &[(&str, &str)]| {
            let mut r = TestRequest::post().uri("/submit");
            for h in headers {
                r = r.insert_header(*h);
            }
            r.to_http_request()
        };
        assert!(same_origin(base, &req(&[("Sec-Fetch-Site", "same-origin")])).is_ok());
        assert!(same_origin(base, &req(&[("Sec-Fetch-Site", "none")])).is_ok());
        assert!(same_origin(base, &req(&[("Sec-Fetch-Site", "cross-site")])).is_err());
        assert!(same_origin(base, &req(&[("Sec-Fetch-Site", "same-site")])).is_err());
        assert!(same_origin(base, &req(&[("Origin", base)])).is_ok());
        assert!(
            same_origin(
                base,
                &req(&[("Origin", "http://localhost:8080"), ("Host", "localhost:8080")])
            )
            .is_ok(),
            "the host the browser addressed"
        );
        assert!(same_origin(base, &req(&[("Origin", "https://evil.example")])).is_err());
        assert!(same_origin(base, &req(&[("Origin", "null")])).is_err());
        assert!(same_origin(base, &req(&[])).is_ok(), "not a browser: the token decides");
    }
}
