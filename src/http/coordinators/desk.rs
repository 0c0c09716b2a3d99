//! Coordinators' HTML: sign in with the API token, the queue, one-click approve and reject.
//! The session cookie is HttpOnly, Secure, SameSite=Strict and scoped to /admin; every form
//! carries the session's CSRF token.

use std::collections::HashMap;

use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::web::{Data, Path};
use actix_web::{HttpRequest, HttpResponse};

use super::auth::SESSION_COOKIE;
use crate::http::csrf;
use crate::http::extract::{self, EventId, Form};
use crate::http::limits::token_attempt;
use crate::http::web::forms;
use crate::http::{ApiError, ApiResult, AppState};
use crate::pages::admin;
use crate::service::{coordinators, moderation};
use crate::store::coordinators::{self as roster, Coordinator, Digest, digest};

/// How long a coordinator stays signed in.
pub const SESSION_HOURS: i64 = 12;

fn html(status: StatusCode, markup: maud::Markup) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header(("Cache-Control", "no-store"))
        .content_type("text/html; charset=utf-8")
        .body(markup.into_string())
}

fn see_other(to: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, to.to_string()))
        .insert_header(("Cache-Control", "no-store"))
        .finish()
}

fn session_cookie(value: &str, max_age_secs: i64, secure: bool) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, value.to_string())
        .path("/admin")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .max_age(actix_web::cookie::time::Duration::seconds(max_age_secs))
        .finish()
}

/// The signed-in coordinator and the session's CSRF token, if any.
async fn session(state: &AppState, req: &HttpRequest) -> ApiResult<Option<(Coordinator, String)>> {
    let Some(value) = req.cookie(SESSION_COOKIE).map(|c| c.value().to_string()) else {
        return Ok(None);
    };
    let now = state.clock.unix();
    Ok(state.store.run(move |c| coordinators::session(c, &value, now)).await?)
}

/// `GET /admin/login`.
pub async fn login_form(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let (csrf, cookie) = csrf::issue(&state.csrf_key, &state.base_url, &req)?;
    let mut res = html(StatusCode::OK, admin::login(extract::ui(&req, None), None, &csrf));
    if let Some(cookie) = cookie {
        res.add_cookie(&cookie).map_err(|e| ApiError::Internal(e.to_string()))?;
    }
    Ok(res)
}

/// `POST /admin/login` with the coordinator's token.
pub async fn login(state: Data<AppState>, req: HttpRequest, form: Form) -> ApiResult<HttpResponse> {
    let (f, csrf) = form.signed(&state.base_url, &state.csrf_key)?;
    let token = f.values.get("token").map(|t| t.trim().to_string()).unwrap_or_default();
    let lookup = async {
        let found = state.store.run(move |c| coordinators::by_token(c, &token)).await?;
        found.ok_or_else(|| ApiError::Forbidden("unknown or revoked token".into()))
    };
    let who = match token_attempt(&state, &req, lookup).await {
        Ok(who) => who,
        Err(ApiError::Forbidden(_)) => {
            return Ok(html(
                StatusCode::FORBIDDEN,
                admin::login(extract::ui(&req, None), Some("desk_token_refused"), &csrf),
            ));
        }
        Err(e) => return Err(e),
    };
    let expires = state.clock.unix() + SESSION_HOURS * 3600;
    let (session, _) = state
        .store
        .run(move |c| coordinators::sign_in(c, &who, expires))
        .await?;
    let mut res = see_other("/admin");
    res.add_cookie(&session_cookie(
        &session,
        SESSION_HOURS * 3600,
        csrf::secure_cookies(&state.base_url, &req),
    ))
    .map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(res)
}

/// `POST /admin/logout`.
pub async fn logout(state: Data<AppState>, req: HttpRequest, form: Form) -> ApiResult<HttpResponse> {
    let Some((_, csrf)) = session(&state, &req).await? else {
        return Ok(see_other("/admin/login"));
    };
    form.of_session(&state.base_url, &state.csrf_key, &csrf)?;
    if let Some(value) = req.cookie(SESSION_COOKIE).map(|c| c.value().to_string()) {
        state.store.run(move |c| coordinators::sign_out(c, &value)).await?;
    }
    let mut res = see_other("/admin/login");
    res.add_cookie(&session_cookie("", 0, csrf::secure_cookies(&state.base_url, &req)))
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(res)
}

/// The signed-in coordinator and their form's fields, checked (same site, the session's form
/// token) and the session's form token (to show a form again): what every desk form that
/// changes something starts with. Without a session, 401.
async fn signed_in(
    state: &AppState,
    req: &HttpRequest,
    form: Form,
) -> ApiResult<(Coordinator, crate::http::extract::Fields, String)> {
    let Some((who, csrf)) = session(state, req).await? else {
        return Err(ApiError::Unauthorized("sign in at /admin/login first".into()));
    };
    let fields = form.of_session(&state.base_url, &state.csrf_key, &csrf)?;
    Ok((who, fields, csrf))
}

/// `GET /admin`: the queue.
pub async fn queue(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let Some((who, csrf)) = session(&state, &req).await? else {
        return Ok(see_other("/admin/login"));
    };
    let who_id = who.id;
    let today = state.clock.today();
    let (reviews, changes) = state
        .store
        .run(move |c| moderation::desk_queue(c, today).map_err(ApiError::from))
        .await?;
    let setting = state.store.run(move |c| digest(c, who_id)).await?;
    let ui = extract::ui(&req, None);
    let digest_form = admin::digest_form(
        ui,
        &csrf,
        setting.as_ref().map_or("off", |d| d.every.as_str()),
        setting.as_ref().and_then(|d| d.email.as_deref()).unwrap_or(""),
        state.mail_enabled,
    );
    let notice = match req.query_string() {
        "done=approved" => Some("desk_done_approved"),
        "done=rejected" => Some("desk_done_rejected"),
        "done=digest" => Some("desk_done_digest"),
        "done=edit-approved" => Some("desk_done_edit_approved"),
        "done=edit-rejected" => Some("desk_done_edit_rejected"),
        _ => None,
    };
    Ok(html(
        StatusCode::OK,
        admin::queue(ui, &who.name, &reviews, &changes, &csrf, notice, digest_form),
    ))
}

/// A decision taken on the desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decision {
    Approve,
    Reject,
}

async fn decide(
    state: Data<AppState>,
    req: HttpRequest,
    id: Path<String>,
    form: Form,
    decision: Decision,
) -> ApiResult<HttpResponse> {
    // Who first: without a session, nothing else about the request is answered.
    let (who, f, _) = signed_in(&state, &req, form).await?;
    let EventId(id) = EventId::parse(&id)?;
    let reason = f.values.get("reason").cloned().unwrap_or_default();
    // The version the coordinator saw on the queue page: an edit since is not approved unseen.
    let reviewed = f.values.get("sequence").and_then(|s| s.parse::<u32>().ok());
    let now = state.clock.unix();
    state
        .store
        .run(move |c| match decision {
            Decision::Approve => moderation::approve(c, &who, id, reviewed, now),
            Decision::Reject => moderation::reject(c, &who, id, &reason, now),
        })
        .await?;
    Ok(see_other(match decision {
        Decision::Approve => "/admin?done=approved",
        Decision::Reject => "/admin?done=rejected",
    }))
}

/// `POST /admin/digest` (`every`: off, hourly or daily; `email`): the signed-in coordinator's
/// digest of new submissions.
pub async fn set_digest(state: Data<AppState>, req: HttpRequest, form: Form) -> ApiResult<HttpResponse> {
    let (who, f, _) = signed_in(&state, &req, form).await?;
    // Digests are written in the language the coordinator reads the desk in.
    let lang = extract::ui(&req, None).code();
    let every = f.values.get("every").map(String::as_str).unwrap_or("off");
    let every = Digest::parse(every).ok_or_else(|| {
        ApiError::Unprocessable(crate::domain::DomainError::says(
            "every",
            "err_digest_every",
            &[("value", &format!("{every:?}"))],
        ))
    })?;
    let email = f
        .values
        .get("email")
        .map(|e| e.trim().to_string())
        .filter(|e| !e.is_empty());
    if let Some(e) = &email
        && !email_address::EmailAddress::is_valid(e)
    {
        return Err(ApiError::Unprocessable(crate::domain::DomainError::says(
            "email",
            "err_email",
            &[("value", &format!("{e:?}"))],
        )));
    }
    if every != Digest::Off
        && email.is_none()
        && state
            .store
            .run(move |c| digest(c, who.id))
            .await?
            .and_then(|d| d.email)
            .is_none()
    {
        return Err(ApiError::Unprocessable(crate::domain::DomainError::says(
            "email",
            "err_digest_email",
            &[],
        )));
    }
    state
        .store
        .run(move |c| roster::set_digest(c, who.id, every, email.as_deref(), Some(lang)))
        .await?;
    Ok(see_other("/admin?done=digest"))
}

/// The parameters of `req`'s query (a repeated one: the last).
fn query(req: &HttpRequest) -> HashMap<String, String> {
    url::form_urlencoded::parse(req.query_string().as_bytes())
        .into_owned()
        .collect()
}

/// The coordinator and secret of a digest unsubscribe link (`?c=ID&t=TOKEN`), checked.
async fn unsubscriber(state: &AppState, req: &HttpRequest) -> ApiResult<i64> {
    let q = query(req);
    let refused = || ApiError::NotFound("this unsubscribe link opens nothing; check that it was copied whole".into());
    let id: i64 = q.get("c").and_then(|c| c.parse().ok()).ok_or_else(refused)?;
    let token = q.get("t").cloned().unwrap_or_default();
    let key = state.store.run(|c| crate::store::secrets::stored(c, "digest")).await?;
    match key {
        Some(k) if crate::service::tokens::unsubscribe_ok(&k, id, &token) => Ok(id),
        _ => Err(refused()),
    }
}

/// `GET /admin/digest/unsubscribe?c=…&t=…`: the link of a digest's footer and
/// `List-Unsubscribe`; a page with one button (a GET never changes anything: link checkers
/// and mail scanners follow links).
pub async fn unsubscribe_page(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    unsubscriber(&state, &req).await?;
    let action = format!("/admin/digest/unsubscribe?{}", req.query_string());
    Ok(html(
        StatusCode::OK,
        admin::unsubscribe(extract::ui(&req, None), &action, false),
    ))
}

/// `POST /admin/digest/unsubscribe?c=…&t=…`: RFC 8058 one-click unsubscribe (the mail client's
/// POST, or the page's button): the link's secret is the authority, no session or cookie.
pub async fn unsubscribe(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let id = unsubscriber(&state, &req).await?;
    state
        .store
        .run(move |c| roster::set_digest(c, id, Digest::Off, None, None))
        .await?;
    Ok(html(
        StatusCode::OK,
        admin::unsubscribe(extract::ui(&req, None), "", true),
    ))
}

/// `POST /admin/edits/{id}/approve` (with the `version` reviewed): the organiser's proposed
/// change goes live.
pub async fn approve_edit(
    state: Data<AppState>,
    req: HttpRequest,
    id: Path<String>,
    form: Form,
) -> ApiResult<HttpResponse> {
    let (who, f, _) = signed_in(&state, &req, form).await?;
    let EventId(id) = EventId::parse(&id)?;
    let version = f.values.get("version").cloned();
    let (today, now) = (state.clock.today(), state.clock.unix());
    state
        .store
        .run(move |c| moderation::approve_edit(c, &who, id, version.as_deref(), today, now))
        .await?;
    Ok(see_other("/admin?done=edit-approved"))
}

/// `POST /admin/edits/{id}/reject` with a `reason`: the published version stays.
pub async fn reject_edit(
    state: Data<AppState>,
    req: HttpRequest,
    id: Path<String>,
    form: Form,
) -> ApiResult<HttpResponse> {
    let (who, f, _) = signed_in(&state, &req, form).await?;
    let EventId(id) = EventId::parse(&id)?;
    let reason = f.values.get("reason").cloned().unwrap_or_default();
    let now = state.clock.unix();
    state
        .store
        .run(move |c| moderation::reject_edit(c, &who, id, &reason, now))
        .await?;
    Ok(see_other("/admin?done=edit-rejected"))
}

/// `GET /admin/log[?event=ID][&actor=TEXT][&before=ID]`: the audit log in the browser, newest
/// first, each change field by field; filtered by action and by who (a part of the name).
pub async fn log(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    if session(&state, &req).await?.is_none() {
        return Ok(see_other("/admin/login"));
    }
    let q = query(&req);
    let event = q.get("event").and_then(|v| v.trim().parse::<i64>().ok());
    let actor = q.get("actor").map(|a| a.trim().to_string()).filter(|a| !a.is_empty());
    let before = q.get("before").and_then(|v| v.parse::<i64>().ok());
    let (a, e) = (actor.clone(), event);
    let entries = state
        .store
        .run(move |c| crate::store::audit::filtered(c, e, a.as_deref(), before, 100))
        .await?;
    Ok(html(
        StatusCode::OK,
        admin::log(extract::ui(&req, None), &entries, event, actor.as_deref()),
    ))
}

/// `POST /admin/submissions/{id}/approve`.
pub async fn approve(state: Data<AppState>, req: HttpRequest, id: Path<String>, form: Form) -> ApiResult<HttpResponse> {
    decide(state, req, id, form, Decision::Approve).await
}

/// `POST /admin/submissions/{id}/reject` with a `reason`.
pub async fn reject(state: Data<AppState>, req: HttpRequest, id: Path<String>, form: Form) -> ApiResult<HttpResponse> {
    decide(state, req, id, form, Decision::Reject).await
}

/// `GET /admin/events[?q=…]`: find any action (title, city or number), newest first.
pub async fn find(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    if session(&state, &req).await?.is_none() {
        return Ok(see_other("/admin/login"));
    }
    let q = query(&req);
    let text = q
        .get("q")
        .map(|s| s.trim().chars().take(100).collect::<String>())
        .unwrap_or_default();
    let t = text.clone();
    let found = state
        .store
        .run(move |c| crate::store::events::find_for_desk(c, &t, 100))
        .await?;
    Ok(html(
        StatusCode::OK,
        admin::find(extract::ui(&req, None), &text, &found),
    ))
}

/// The desk's page of action `id`: where it stands, the organiser's form with every field
/// (the contact included), and its buttons; `f` is the form as sent (with `failure`) or, when
/// `None`, the action as stored.
async fn event_page(
    state: &AppState,
    id: i64,
    csrf: &str,
    f: Option<&crate::http::extract::Fields>,
    failure: Option<crate::service::WriteError>,
    notice: Option<&'static str>,
    ui: crate::i18n::Ui,
) -> ApiResult<HttpResponse> {
    let (event, contact, campaigns) = state
        .store
        .run(move |c| {
            let e =
                crate::store::events::any_by_id(c, id)?.ok_or_else(|| ApiError::NotFound(format!("no action {id}")))?;
            Ok::<_, ApiError>((
                e,
                crate::store::events::contact(c, id)?,
                crate::store::campaigns::all(c)?,
            ))
        })
        .await?;
    let stored;
    let f = match f {
        Some(f) => f,
        None => {
            let mut fields = forms::fields_of(&event);
            for (k, v) in [("organiser_email", &contact.email), ("organiser_name", &contact.name)] {
                if let Some(v) = v {
                    fields.values.insert(k.into(), v.clone());
                }
            }
            stored = fields;
            &stored
        }
    };
    let mut v = forms::view(format!("/admin/events/{id}"), f, csrf, &campaigns, "save", ui);
    if let Some(e) = failure {
        forms::refused(&mut v, e, f)?;
    }
    let today = state.clock.today();
    Ok(html(StatusCode::OK, admin::event(&event, v, csrf, today, notice)))
}

/// `GET /admin/events/{id}`: any action, published or not, to edit, cancel or remove.
pub async fn open(state: Data<AppState>, req: HttpRequest, id: Path<String>) -> ApiResult<HttpResponse> {
    let Some((_, csrf)) = session(&state, &req).await? else {
        return Ok(see_other("/admin/login"));
    };
    let EventId(id) = EventId::parse(&id)?;
    let notice = match req.query_string() {
        "done=saved" => Some("notice_saved"),
        "done=cancelled" => Some("desk_done_cancelled"),
        _ => None,
    };
    event_page(&state, id, &csrf, None, None, notice, extract::ui(&req, None)).await
}

/// `POST /admin/events/{id}`: the coordinator's edit (every field, warnings theirs to confirm);
/// with `then=approve`, a pending submission is published right after, as edited.
pub async fn save(state: Data<AppState>, req: HttpRequest, id: Path<String>, form: Form) -> ApiResult<HttpResponse> {
    let (who, f, csrf) = signed_in(&state, &req, form).await?;
    let EventId(id) = EventId::parse(&id)?;
    let then_approve = f.values.get("then").is_some_and(|t| t == "approve");
    let (today, now) = (state.clock.today(), state.clock.unix());
    let write = forms::attempt(&state, &f, move |c, sub| {
        let edited =
            moderation::edit_by_coordinator(c, &who, id, crate::service::Change::Whole(Box::new(sub)), today, now)?;
        if then_approve && edited.moderation == crate::domain::Moderation::Pending {
            moderation::approve(c, &who, id, None, now)?;
            return Ok(true);
        }
        Ok(false)
    });
    match write.await? {
        Ok(true) => Ok(see_other("/admin?done=approved")),
        Ok(false) => Ok(see_other(&format!("/admin/events/{id}?done=saved"))),
        Err(e) => event_page(&state, id, &csrf, Some(&f), Some(e), None, extract::ui(&req, None)).await,
    }
}

/// `POST /admin/events/{id}/cancel`.
pub async fn cancel(state: Data<AppState>, req: HttpRequest, id: Path<String>, form: Form) -> ApiResult<HttpResponse> {
    let (who, _, _) = signed_in(&state, &req, form).await?;
    let EventId(id) = EventId::parse(&id)?;
    let now = state.clock.unix();
    state
        .store
        .run(move |c| moderation::cancel_by_coordinator(c, &who, id, now))
        .await?;
    Ok(see_other(&format!("/admin/events/{id}?done=cancelled")))
}

/// `POST /admin/events/{id}/remove`: out of every feed, once its dates have passed (409 before).
pub async fn remove(state: Data<AppState>, req: HttpRequest, id: Path<String>, form: Form) -> ApiResult<HttpResponse> {
    let (who, _, _) = signed_in(&state, &req, form).await?;
    let EventId(id) = EventId::parse(&id)?;
    let (today, now) = (state.clock.today(), state.clock.unix());
    state
        .store
        .run(move |c| moderation::remove(c, &who, id, today, now))
        .await?;
    Ok(see_other("/admin/events?done=removed"))
}

/// `GET /admin/campaigns`: every campaign, a form to make one and one to edit each.
pub async fn campaigns_page(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let Some((_, csrf)) = session(&state, &req).await? else {
        return Ok(see_other("/admin/login"));
    };
    let all = state.store.run(|c| crate::store::campaigns::all(c)).await?;
    let notice = (req.query_string() == "done=saved").then_some("notice_saved");
    Ok(html(
        StatusCode::OK,
        admin::campaigns(extract::ui(&req, None), &all, &csrf, notice),
    ))
}

fn campaign_form(f: &crate::http::extract::Fields) -> crate::domain::campaign::CampaignForm {
    let get = |k: &str| f.values.get(k).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    crate::domain::campaign::CampaignForm {
        slug: get("slug"),
        name: get("name"),
        description: get("description"),
        hashtag: get("hashtag"),
    }
}

/// `POST /admin/campaigns`: a new campaign (`slug`, `name`, `description`, `hashtag`).
pub async fn create_campaign(state: Data<AppState>, req: HttpRequest, form: Form) -> ApiResult<HttpResponse> {
    let (who, f, _) = signed_in(&state, &req, form).await?;
    let campaign = campaign_form(&f);
    let now = state.clock.unix();
    state
        .store
        .run(move |c| crate::service::campaigns::create(c, &who, campaign, now))
        .await?;
    Ok(see_other("/admin/campaigns?done=saved"))
}

/// `POST /admin/campaigns/{slug}`: the campaign edited (its slug stays: it is in feed URLs).
pub async fn edit_campaign(
    state: Data<AppState>,
    req: HttpRequest,
    slug: Path<String>,
    form: Form,
) -> ApiResult<HttpResponse> {
    let (who, f, _) = signed_in(&state, &req, form).await?;
    let mut campaign = campaign_form(&f);
    campaign.slug = None;
    let now = state.clock.unix();
    let slug = slug.into_inner();
    state
        .store
        .run(move |c| crate::service::campaigns::edit(c, &who, &slug, campaign, now))
        .await?;
    Ok(see_other("/admin/campaigns?done=saved"))
}

/// `GET /admin/coordinators`: every coordinator and their state, with a button to revoke.
pub async fn coordinators_page(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let Some((who, csrf)) = session(&state, &req).await? else {
        return Ok(see_other("/admin/login"));
    };
    let all = state.store.run(|c| roster::list(c)).await?;
    let notice = (req.query_string() == "done=revoked").then_some("desk_done_revoked");
    Ok(html(
        StatusCode::OK,
        admin::coordinators(extract::ui(&req, None), &all, who.id, &csrf, notice),
    ))
}

/// `POST /admin/coordinators/{id}/revoke`: the token and every session of that coordinator
/// end (the coordinator's own included, when it is theirs).
pub async fn revoke(state: Data<AppState>, req: HttpRequest, id: Path<String>, form: Form) -> ApiResult<HttpResponse> {
    let (who, _, _) = signed_in(&state, &req, form).await?;
    let EventId(id) = EventId::parse(&id)?;
    let now = state.clock.unix();
    state
        .store
        .run(move |c| {
            coordinators::revoke_by(
                c,
                coordinators::Whom::Id(id),
                crate::store::audit::Actor::Coordinator(&who),
                now,
            )
        })
        .await?;
    Ok(see_other("/admin/coordinators?done=revoked"))
}

/// `GET /admin/sources`: partners' calendars, each with its state, counts, last message and
/// settings, and a form to follow a new one.
pub async fn sources_page(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let Some((_, csrf)) = session(&state, &req).await? else {
        return Ok(see_other("/admin/login"));
    };
    let all = state.store.run(|c| crate::store::sources::all(c)).await?;
    let notice = match req.query_string() {
        "done=saved" => Some("notice_saved"),
        "done=polled" => Some("desk_done_polled"),
        "done=removed" => Some("desk_done_removed"),
        _ => None,
    };
    Ok(html(
        StatusCode::OK,
        admin::sources(extract::ui(&req, None), &all, &csrf, notice),
    ))
}

/// A source as the desk's form sends it: lists as comma-separated text.
fn source_form(f: &crate::http::extract::Fields) -> crate::service::sources::SourceForm {
    let get = |k: &str| f.values.get(k).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    let list = |k: &str| {
        get(k)
            .map(|v| {
                // The Arabic and Persian comma too, as their keyboards type it.
                v.split([',', '،'])
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    };
    crate::service::sources::SourceForm {
        url: get("url"),
        name: get("name"),
        campaigns: list("campaigns"),
        tags: list("tags"),
        languages: list("languages"),
        country: get("country"),
        trust: get("trust"),
        paused: Some(f.values.get("paused").is_some_and(|v| v == "on")),
        ignored: Default::default(),
    }
}

/// `POST /admin/sources`: follow a new partner calendar; it is polled at once.
pub async fn add_source(state: Data<AppState>, req: HttpRequest, form: Form) -> ApiResult<HttpResponse> {
    let (_, f, _) = signed_in(&state, &req, form).await?;
    let source = source_form(&f);
    let now = state.clock.unix();
    let added = state
        .store
        .run(move |c| crate::service::sources::add(c, source, now))
        .await?;
    poll_source(&state, added.id).await?;
    Ok(see_other("/admin/sources?done=polled"))
}

/// `POST /admin/sources/{id}`: a source's settings saved.
pub async fn save_source(
    state: Data<AppState>,
    req: HttpRequest,
    id: Path<String>,
    form: Form,
) -> ApiResult<HttpResponse> {
    let (_, f, _) = signed_in(&state, &req, form).await?;
    let EventId(id) = EventId::parse(&id)?;
    let source = source_form(&f);
    let now = state.clock.unix();
    state
        .store
        .run(move |c| crate::service::sources::edit(c, id, source, now))
        .await?;
    Ok(see_other("/admin/sources?done=saved"))
}

/// Polls source `id` now, on the blocking pool.
async fn poll_source(state: &AppState, id: i64) -> ApiResult<()> {
    let store = state.store.clone();
    let fetcher = state.fetcher.clone();
    let clock = state.clock;
    actix_web::web::block(move || crate::poller::poll_by_id(&store, &fetcher, id, &clock))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))??;
    Ok(())
}

/// `POST /admin/sources/{id}/poll`: poll it now.
pub async fn poll_source_now(
    state: Data<AppState>,
    req: HttpRequest,
    id: Path<String>,
    form: Form,
) -> ApiResult<HttpResponse> {
    signed_in(&state, &req, form).await?;
    let EventId(id) = EventId::parse(&id)?;
    poll_source(&state, id).await?;
    Ok(see_other("/admin/sources?done=polled"))
}

/// `POST /admin/sources/{id}/release`: a held poll was checked: cancel what vanished, now.
pub async fn release_source(
    state: Data<AppState>,
    req: HttpRequest,
    id: Path<String>,
    form: Form,
) -> ApiResult<HttpResponse> {
    signed_in(&state, &req, form).await?;
    let EventId(id) = EventId::parse(&id)?;
    let now = state.clock.unix();
    state
        .store
        .run(move |c| crate::service::sources::release(c, id, now))
        .await?;
    poll_source(&state, id).await?;
    Ok(see_other("/admin/sources?done=polled"))
}

/// `POST /admin/sources/{id}/remove`: stop following it; its actions stay.
pub async fn remove_source(
    state: Data<AppState>,
    req: HttpRequest,
    id: Path<String>,
    form: Form,
) -> ApiResult<HttpResponse> {
    signed_in(&state, &req, form).await?;
    let EventId(id) = EventId::parse(&id)?;
    state.store.run(move |c| crate::service::sources::remove(c, id)).await?;
    Ok(see_other("/admin/sources?done=removed"))
}

/// `GET /admin/mail`: the e-mailed events received, newest first: from whom, what became of
/// each (actions made, or left for a coordinator and why), each one click from its message.
pub async fn mail_page(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    if session(&state, &req).await?.is_none() {
        return Ok(see_other("/admin/login"));
    }
    let all = state.store.run(|c| crate::store::inbound::recent(c, 200)).await?;
    Ok(html(StatusCode::OK, admin::mail_list(extract::ui(&req, None), &all)))
}

/// `GET /admin/mail/{id}`: one message as it came (headers and text, escaped), and the
/// actions it made.
pub async fn mail_message(state: Data<AppState>, req: HttpRequest, id: Path<String>) -> ApiResult<HttpResponse> {
    if session(&state, &req).await?.is_none() {
        return Ok(see_other("/admin/login"));
    }
    let EventId(id) = EventId::parse(&id)?;
    let message = state
        .store
        .run(move |c| crate::store::inbound::one(c, id))
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no message {id}")))?;
    Ok(html(
        StatusCode::OK,
        admin::mail_message(extract::ui(&req, None), &message),
    ))
}
