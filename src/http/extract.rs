//! What handlers take from a request, parsed once, for every audience: the action id of a
//! path, the client's address, the interface language, a listing's filters and a posted form
//! (checked against cross-site forgery).

use std::collections::HashMap;
use std::future::{Ready, ready};
use std::net::IpAddr;

use actix_web::dev::Payload;
use actix_web::web::Bytes;
use actix_web::{FromRequest, HttpRequest};
use serde::de::DeserializeOwned;

use super::csrf::{self, CsrfKey};
use super::{ApiError, ApiResult};
use crate::domain::campaign::CampaignForm;
use crate::domain::{DomainError, FeedQuery};
use crate::i18n::Ui;
use crate::service::submissions::Author;
use crate::service::{Change, Submission};

/// The `{id}` of an action's path (`/events/{id}`, `/api/v1/moderation/events/{id}`…); 404
/// when it is not a number, as for any path that names nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventId(pub i64);

impl EventId {
    /// Parses `raw`, the `{id}` segment.
    pub fn parse(raw: &str) -> ApiResult<Self> {
        raw.parse()
            .map(Self)
            .map_err(|_| ApiError::NotFound(format!("no action {raw:?}; ids are numbers")))
    }
}

impl FromRequest for EventId {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        // `{id}` may carry a suffix in the route (`/events/{id}.ics`); the segment is the id.
        ready(Self::parse(req.match_info().get("id").unwrap_or_default()))
    }
}

/// The client's address: the TCP peer, unless the peer is one of `trusted` (a reverse proxy
/// of this deployment), in which case the last address of `X-Forwarded-For` that is not itself
/// a trusted proxy. Forwarded headers from anyone else are ignored, so a client cannot pick its
/// own bucket of the rate limits.
pub fn client_addr(req: &HttpRequest, trusted: &[IpAddr]) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip();
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let forwarded: Vec<IpAddr> = req
        .headers()
        .get_all("X-Forwarded-For")
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|a| a.trim().parse().ok())
        .collect();
    Some(
        forwarded
            .into_iter()
            .rev()
            .find(|a| !trusted.contains(a))
            .unwrap_or(peer),
    )
}

/// The interface language: `ui` (a handler's own `?ui=`), else the request's `?ui=`, when it
/// names one; else the reader's earlier choice (the `ui` cookie, set by [`crate::http::front`]);
/// else the best of `Accept-Language` (RFC 9110 §12.5.4, by weight, `q=0` excluded, items that
/// cannot be read skipped; `es-419` is Spanish, `pt-BR` Portuguese), else English.
pub fn ui(req: &HttpRequest, ui: Option<&str>) -> Ui {
    let asked = ui.map(str::to_string).or_else(|| query_ui(req.query_string()));
    let chosen = asked
        .filter(|u| Ui::by_code(u).is_some())
        .or_else(|| req.cookie(LANGUAGE_COOKIE).map(|c| c.value().to_string()));
    Ui::negotiate(chosen.as_deref(), accepted_languages(req))
}

/// The `ui` of a query string (the first).
pub fn query_ui(query: &str) -> Option<String> {
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "ui")
        .map(|(_, v)| v.into_owned())
}

/// The language ranges of `Accept-Language`, best first (stable for equal weights), `q=0`
/// and unreadable items left out: one odd byte or item costs that item, not the header.
fn accepted_languages(req: &HttpRequest) -> Vec<String> {
    let mut ranked: Vec<(u16, usize, String)> = Vec::new();
    for value in req.headers().get_all(actix_web::http::header::ACCEPT_LANGUAGE) {
        let text = String::from_utf8_lossy(value.as_bytes());
        for item in text.split(',') {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or("").trim();
            if tag.is_empty() || tag == "*" || !tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                continue;
            }
            // q in thousandths (RFC 9110 §12.4.2): "q=0.8" is 800; anything unreadable counts as 1.
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .next()
                .and_then(|q| q.trim().parse::<f32>().ok())
                .map_or(1000, |q| (q.clamp(0.0, 1.0) * 1000.0) as u16);
            if q > 0 {
                ranked.push((q, ranked.len(), tag.to_string()));
            }
        }
    }
    ranked.sort_by_key(|(q, order, _)| (std::cmp::Reverse(*q), *order));
    ranked.into_iter().map(|(_, _, tag)| tag).collect()
}

/// The cookie keeping the reader's choice of interface language (nothing else is kept in it).
pub const LANGUAGE_COOKIE: &str = "ui";

/// The path and query of this request without `ui`: where each entry of the language switcher
/// leads, the same page with the same filters in another language.
pub fn here(req: &HttpRequest) -> String {
    let kept: Vec<(String, String)> = url::form_urlencoded::parse(req.query_string().as_bytes())
        .filter(|(k, _)| k != "ui")
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        return req.path().to_string();
    }
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(kept)
        .finish();
    format!("{}?{query}", req.path())
}

/// The reader's zone (`?tz=`), in which pages show times besides the action's own; none when
/// absent or empty.
pub fn reader_zone(tz: Option<&str>) -> ApiResult<Option<crate::domain::Zone>> {
    Ok(tz
        .filter(|z| !z.is_empty())
        .map(crate::domain::Zone::try_from)
        .transpose()?)
}

/// A listing's query: the feed filters (the one filter type every feed, page, widget and the
/// JSON list share), and `E`, what the listing takes besides (paging, language, theme…).
/// A name that is neither is refused (400), naming the filters and `E`'s fields.
#[derive(Debug, Clone, Default)]
pub struct Listing<E> {
    /// The filters, as sent.
    pub filter: FeedQuery,
    /// The rest of the query.
    pub rest: E,
}

/// A listing that takes nothing besides the filters.
#[derive(Debug, Clone, Copy, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Nothing {}

impl<E: DeserializeOwned> Listing<E> {
    /// Parses a query string (`application/x-www-form-urlencoded`).
    pub fn parse(query: &str) -> ApiResult<Self> {
        let refused = |why: String| ApiError::from(DomainError::says("query", "err_query", &[("detail", &why)]));
        let mut filter = FeedQuery::default();
        let mut rest = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
            let Some(slot) = filter.slot(&name) else {
                rest.append_pair(&name, &value);
                continue;
            };
            if slot.is_some() {
                return Err(refused(format!("duplicate field `{name}`")));
            }
            *slot = Some(value.into_owned());
        }
        let rest = serde_urlencoded::from_str(&rest.finish()).map_err(|e| refused(e.to_string()))?;
        Ok(Self { filter, rest })
    }
}

impl<E: DeserializeOwned> FromRequest for Listing<E> {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Self::parse(req.query_string()))
    }
}

/// A form's fields as sent: single values, and the repeated `campaigns` and `confirm`.
#[derive(Debug, Default)]
pub struct Fields {
    pub values: HashMap<String, String>,
    pub campaigns: Vec<String>,
    pub confirm: Vec<String>,
}

impl Fields {
    /// Parses an `application/x-www-form-urlencoded` body.
    pub fn parse(body: &[u8]) -> Self {
        let mut f = Self::default();
        for (k, v) in url::form_urlencoded::parse(body) {
            match k.as_ref() {
                "campaigns" => f.campaigns.push(v.into_owned()),
                "confirm" => f.confirm.push(v.into_owned()),
                // Ticked weekdays of a weekly repeat, kept as one comma-separated value.
                "repeat_days" => {
                    let days = f.values.entry("repeat_days".into()).or_default();
                    if !days.is_empty() {
                        days.push(',');
                    }
                    days.push_str(&v);
                }
                _ => {
                    f.values.insert(k.into_owned(), v.into_owned());
                }
            }
        }
        f
    }
}

/// A posted HTML form, not yet trusted: its fields are handed out only by [`Form::signed`]
/// (anonymous forms: the token made for this browser's cookie) or [`Form::of_session`] (a
/// coordinator's: the session's token), which first refuse a form a browser says comes from
/// another site ([`csrf::same_origin`]) and compare the token in constant time. Reading the
/// body first keeps the framework's 413 for one over the limit.
#[derive(Debug)]
pub struct Form {
    fields: Fields,
    req: HttpRequest,
}

impl Form {
    /// The fields, if the form comes from this site (`base_url`) and its `csrf` field was made
    /// for this browser's cookie with `key`; and that token, to send the form again with its
    /// messages.
    pub fn signed(self, base_url: &str, key: &CsrfKey) -> ApiResult<(Fields, String)> {
        match self.checked(base_url, key)? {
            (fields, Some(token)) => Ok((fields, token)),
            (_, None) => Err(csrf::stale()),
        }
    }

    /// The fields, if the form comes from this site (`base_url`; else 403), with its token
    /// when that token is right for this browser's cookie, and `None` when it is missing or
    /// stale (an expired or cleared cookie, a page kept open across a new cookie): the form
    /// can then be shown again with what was typed and a fresh token, since the browser says
    /// it comes from this site's own page.
    pub fn checked(self, base_url: &str, key: &CsrfKey) -> ApiResult<(Fields, Option<String>)> {
        csrf::same_origin(base_url, &self.req)?;
        let token = self.fields.values.get("csrf").cloned();
        let valid = key.check(&self.req, token.as_deref()).is_ok();
        Ok((self.fields, token.filter(|_| valid)))
    }

    /// The fields, if the form comes from this site (`base_url`) and its `csrf` field is the
    /// coordinator's session token `expected`.
    pub fn of_session(self, base_url: &str, key: &CsrfKey, expected: &str) -> ApiResult<Fields> {
        csrf::same_origin(base_url, &self.req)?;
        match self.fields.values.get("csrf") {
            Some(sent) if key.same_secret(sent, expected) => Ok(self.fields),
            _ => Err(csrf::stale()),
        }
    }
}

impl FromRequest for Form {
    type Error = actix_web::Error;
    type Future = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Self, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let body = Bytes::from_request(&req, payload);
        Box::pin(async move {
            let body = body.await?;
            Ok(Self {
                fields: Fields::parse(&body),
                req,
            })
        })
    }
}

/// A JSON body made into `T`. Every refusal of a body (not JSON, the wrong shape, a value
/// the domain refuses) is a 422 here, the one place body validation meets HTTP; a body over
/// the limit keeps the framework's 413 ([`super::configure`]).
#[derive(Debug)]
pub struct Valid<T>(pub T);

/// What a JSON body can be made into.
pub trait FromBody: Sized {
    /// `body` made into `Self`, or why not.
    fn from_body(body: serde_json::Value) -> Result<Self, DomainError>;
}

impl<T: FromBody> Valid<T> {
    /// `body` made into `T`; a refusal is a 422. Handlers that must check something before
    /// the body (the caller's token, the rate limit) take `Json<Value>` and call this.
    pub fn from_json(body: serde_json::Value) -> ApiResult<T> {
        T::from_body(body).map_err(ApiError::Unprocessable)
    }
}

impl<T: FromBody + 'static> FromRequest for Valid<T> {
    type Error = actix_web::Error;
    type Future = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Self, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let json = actix_web::web::Json::<serde_json::Value>::from_request(req, payload);
        Box::pin(async move { Ok(Valid(Self::from_json(json.await?.into_inner())?)) })
    }
}

/// An action as an organiser sends it (without `uid`: the service assigns it).
#[derive(Debug)]
pub struct ByOrganiser(pub Submission);

impl FromBody for ByOrganiser {
    fn from_body(body: serde_json::Value) -> Result<Self, DomainError> {
        Submission::from_json(body, Author::Organiser).map(Self)
    }
}

/// An action as a coordinator sends it (its `uid` may be named).
#[derive(Debug)]
pub struct ByCoordinator(pub Submission);

impl FromBody for ByCoordinator {
    fn from_body(body: serde_json::Value) -> Result<Self, DomainError> {
        Submission::from_json(body, Author::Coordinator).map(Self)
    }
}

/// The fields of an action's answers (`GET /api/v1/events/{id}`, the moderation and edit-link
/// views) that are not the action's to set: sent back in an edit, they are ignored.
pub const READ_ONLY_FIELDS: [&str; 17] = [
    "id",
    "next_start",
    "next_start_utc",
    "start_utc",
    "end_utc",
    "sequence",
    "country_name",
    "location",
    "regions",
    "url",
    "ics_url",
    "created_at",
    "updated_at",
    "moderation",
    "reject_reason",
    "proposed_edit",
    "api_url",
];

/// An edit's body as a tool may send it: an answer of the API sent back changed. The edit
/// link's view (`{"event": {…}, "moderation": …}`) is unwrapped, read-only fields are dropped,
/// and `online_url`, which the answers repeat as the first of `online_links`, is dropped when
/// it is that; an organiser's `uid` (the action's own, never changed) too.
pub fn editable(
    body: serde_json::Value,
    author: Author,
) -> Result<serde_json::Map<String, serde_json::Value>, DomainError> {
    let serde_json::Value::Object(mut map) = body else {
        return Err(DomainError::new(
            "body",
            "must be a JSON object with the fields of an action",
        ));
    };
    if !map.contains_key("title")
        && let Some(serde_json::Value::Object(inner)) = map.remove("event")
    {
        let confirm = map.remove("confirm");
        map = inner;
        if let Some(c) = confirm {
            map.insert("confirm".into(), c);
        }
    }
    for field in READ_ONLY_FIELDS {
        map.remove(field);
    }
    let first_link = map
        .get("online_links")
        .and_then(|l| l.get(0))
        .and_then(|l| l.get("url").or(Some(l)))
        .and_then(|u| u.as_str())
        .map(str::to_string);
    if first_link.is_some() && map.get("online_url").and_then(|u| u.as_str()) == first_link.as_deref() {
        map.remove("online_url");
    }
    if author == Author::Organiser {
        map.remove("uid");
    }
    Ok(map)
}

/// A whole action sent again by its organiser (`PUT` with the edit link).
#[derive(Debug)]
pub struct EditByOrganiser(pub Change);

impl FromBody for EditByOrganiser {
    fn from_body(body: serde_json::Value) -> Result<Self, DomainError> {
        let map = editable(body, Author::Organiser)?;
        Submission::from_json(serde_json::Value::Object(map), Author::Organiser)
            .map(|s| Self(Change::Whole(Box::new(s))))
    }
}

/// A whole action sent again by a coordinator (`PUT`).
#[derive(Debug)]
pub struct EditByCoordinator(pub Change);

impl FromBody for EditByCoordinator {
    fn from_body(body: serde_json::Value) -> Result<Self, DomainError> {
        let map = editable(body, Author::Coordinator)?;
        Submission::from_json(serde_json::Value::Object(map), Author::Coordinator)
            .map(|s| Self(Change::Whole(Box::new(s))))
    }
}

/// Only the fields that change (`PATCH`, RFC 7396 merge patch; `null` removes a field).
#[derive(Debug)]
pub struct Patch(pub serde_json::Map<String, serde_json::Value>);

impl FromBody for Patch {
    fn from_body(body: serde_json::Value) -> Result<Self, DomainError> {
        // The author's rules (an organiser's `uid`) are applied when the patch is.
        editable(body, Author::Coordinator).map(Self)
    }
}

impl FromBody for CampaignForm {
    fn from_body(body: serde_json::Value) -> Result<Self, DomainError> {
        crate::domain::from_json(body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_negotiated_from_accept_language_by_weight() {
        let with = |header: &str| {
            let req = actix_web::test::TestRequest::default()
                .insert_header(("Accept-Language", header))
                .to_http_request();
            ui(&req, None).code()
        };
        assert_eq!(with("zh-CN,ar-LB;q=0.9,en;q=0.8"), "ar");
        assert_eq!(with("pt-BR,en;q=0.5"), "pt");
        assert_eq!(with("es-419"), "es");
        assert_eq!(with("es;q=0.2, fr;q=0.7"), "fr");
        assert_eq!(with("ar;q=0"), "en");
        let req = actix_web::test::TestRequest::default()
            .insert_header(("Accept-Language", "ar"))
            .to_http_request();
        assert_eq!(ui(&req, Some("fr")).code(), "fr", "?ui= first");
    }

    #[test]
    fn filters_and_the_rest_of_a_query_are_told_apart() {
        #[derive(Debug, Default, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Paging {
            limit: Option<String>,
        }
        let l = Listing::<Paging>::parse("region=western-asia&limit=5&tag=vigil").expect("parses");
        assert_eq!(l.filter.region.as_deref(), Some("western-asia"));
        assert_eq!(l.filter.tag.as_deref(), Some("vigil"));
        assert_eq!(l.rest.limit.as_deref(), Some("5"));
        let refused = |q: &str| Listing::<Paging>::parse(q).expect_err(q).to_string();
        assert!(refused("bogus=1").contains("unknown field `bogus`"));
        assert!(refused("region=a&region=b").contains("duplicate field `region`"));
        assert!(Listing::<Nothing>::parse("limit=5").is_err(), "a feed takes no limit");
    }

    #[test]
    fn forwarded_addresses_count_only_from_trusted_proxies() {
        use actix_web::test::TestRequest;
        let proxy: std::net::IpAddr = "10.0.0.2".parse().unwrap();
        let via_proxy = TestRequest::default()
            .peer_addr("10.0.0.2:4000".parse().unwrap())
            .insert_header(("X-Forwarded-For", "203.0.113.9, 198.51.100.7"))
            .to_http_request();
        assert_eq!(
            client_addr(&via_proxy, &[proxy]),
            "198.51.100.7".parse().ok(),
            "the proxy's own view"
        );
        assert_eq!(client_addr(&via_proxy, &[]), Some(proxy), "no proxy trusted: the peer");
        let spoofed = TestRequest::default()
            .peer_addr("198.51.100.50:4000".parse().unwrap())
            .insert_header(("X-Forwarded-For", "192.0.2.1"))
            .to_http_request();
        assert_eq!(
            client_addr(&spoofed, &[proxy]),
            "198.51.100.50".parse().ok(),
            "ignored from others"
        );
    }
}
