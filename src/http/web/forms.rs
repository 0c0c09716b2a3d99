//! The organiser's HTML: `/submit` and the edit link `/submissions/{token}`. Plain forms that
//! work without JavaScript, protected from cross-site forgery ([`crate::http::csrf`]), with a
//! honeypot field.

use std::collections::HashMap;
use std::sync::LazyLock;

use actix_web::cookie::Cookie;
use actix_web::web::{Data, Path};
use actix_web::{HttpRequest, HttpResponse};
use serde_json::{Map, Value, json};

use crate::domain::{Campaign, DomainError, Event, zone};
use crate::http::csrf;
use crate::http::extract::{self, Fields, Form};
use crate::http::limits::{rate_limited, token_attempt};
use crate::http::views::edit_links;
use crate::http::{ApiError, ApiResult, AppState};
use crate::i18n::Ui;
use crate::pages::submit::{self, FormView};
use crate::service::submissions::{self, Author};
use crate::service::{Submission, WriteError};
use crate::store::campaigns;

static ZONES: LazyLock<Vec<String>> = LazyLock::new(zone::all_names);
static ZONES_JSON: LazyLock<String> =
    LazyLock::new(|| serde_json::to_string(zone::zones_by_country()).unwrap_or_else(|_| "{}".into()));

fn html(status: actix_web::http::StatusCode, markup: maud::Markup, cookie: Option<Cookie<'static>>) -> HttpResponse {
    let mut res = HttpResponse::build(status);
    res.insert_header(("Cache-Control", "no-store"))
        .content_type("text/html; charset=utf-8");
    if let Some(c) = cookie {
        res.cookie(c);
    }
    res.body(markup.into_string())
}

/// The fields as the JSON the API takes; the timezone defaults from a single-zone country.
fn to_json(f: &Fields) -> Value {
    let mut map = Map::new();
    let all_day = f.values.get("all_day").is_some_and(|v| v == "true" || v == "on");
    // The end shown was derived from the start and left as it was: derived again.
    let end_derived = f
        .values
        .get("end_derived")
        .is_some_and(|d| f.values.get("end") == Some(d));
    for key in [
        "title",
        "description",
        "start",
        "end",
        "timezone",
        "country",
        "city",
        "venue",
        "online_url",
        "recurrence",
        "organiser_email",
        "organiser_name",
    ] {
        if key == "end" && end_derived {
            continue;
        }
        if let Some(v) = f.values.get(key).map(|v| v.trim()).filter(|v| !v.is_empty()) {
            // Browsers send datetime-local values; an all-day action keeps the dates only.
            let v = if all_day && (key == "start" || key == "end") {
                v.get(..10).unwrap_or(v)
            } else {
                v
            };
            map.insert(key.into(), json!(v));
        }
    }
    if all_day {
        map.insert("all_day".into(), json!(true));
    }
    // Coordinates the form carries as stored (given by import or the API): kept on save.
    for key in ["latitude", "longitude"] {
        if let Some(v) = f.values.get(key).map(|v| v.trim()).filter(|v| !v.is_empty()) {
            map.insert(key.into(), v.parse::<f64>().map_or_else(|_| json!(v), |n| json!(n)));
        }
    }
    // A repeat chosen in words becomes its RRULE; an RRULE typed under "another rule" wins.
    if !map.contains_key("recurrence")
        && let Some(rule) = rule_from_words(f, all_day, map.get("timezone").and_then(Value::as_str))
    {
        map.insert("recurrence".into(), json!(rule));
    }
    // A time that happens twice, with the instant the organiser picked (local time + offset).
    for key in ["start", "end"] {
        if let Some(choice) = f.values.get(&format!("{key}_choice")).filter(|c| !c.is_empty()) {
            map.insert(key.into(), json!(choice));
        }
    }
    if !map.contains_key("timezone") {
        if let Some(zones) = map
            .get("country")
            .and_then(Value::as_str)
            .map(|c| zone::zones_of(&c.to_ascii_uppercase()))
        {
            if zones.len() == 1 {
                map.insert("timezone".into(), json!(zones[0]));
            }
        }
    }
    if let Some(v) = f.values.get("online_links") {
        let lines: Vec<&str> = v.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        if !lines.is_empty() {
            map.insert("online_links".into(), json!(lines));
        }
    }
    for key in ["tags", "languages"] {
        if let Some(v) = f.values.get(key) {
            let items: Vec<&str> = v.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
            map.insert(key.into(), json!(items));
        }
    }
    map.insert("campaigns".into(), json!(f.campaigns));
    if !f.confirm.is_empty() {
        map.insert("confirm".into(), json!(f.confirm));
    }
    Value::Object(map)
}

/// The RRULE of the form's repeat choice (`repeat`, see `pages::submit::REPEATS`) for an action
/// starting on the form's start date: the weekday or date of the month comes from the start;
/// the end from `repeat_count` (COUNT) or else `repeat_until` (the last day, local: UNTIL is the
/// end of that day in the action's zone, in UTC, or the date itself for an all-day action).
/// `None` when nothing repeats or the start is not a date yet (validation then says so).
fn rule_from_words(f: &Fields, all_day: bool, zone: Option<&str>) -> Option<String> {
    let choice = f.values.get("repeat").map(|v| v.trim()).filter(|v| !v.is_empty())?;
    let start: jiff::civil::Date = f.values.get("start")?.trim().get(..10)?.parse().ok()?;
    let weekday = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][start.weekday().to_monday_zero_offset() as usize];
    // Weekdays ticked for a weekly repeat; the start's own weekday always among them (the
    // start is the first occurrence).
    const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    let ticked = f.values.get("repeat_days").map(String::as_str).unwrap_or("");
    let days: Vec<&str> = DAYS
        .iter()
        .copied()
        .filter(|d| *d == weekday || ticked.split(',').any(|t| t.trim() == *d))
        .collect();
    let by_day = if days.len() > 1 {
        format!(";BYDAY={}", days.join(","))
    } else {
        String::new()
    };
    let mut rule = match choice {
        "daily" => "FREQ=DAILY".to_string(),
        "weekly" => format!("FREQ=WEEKLY{by_day}"),
        "fortnightly" => format!("FREQ=WEEKLY;INTERVAL=2{by_day}"),
        "monthly-weekday" => {
            // The first to fourth such weekday of the month, or its last one (a fifth).
            let nth = (start.day() - 1) / 7 + 1;
            let last = start.day() + 7 > start.days_in_month();
            let n = if nth >= 5 || (nth == 4 && last) { -1 } else { nth };
            format!("FREQ=MONTHLY;BYDAY={n}{weekday}")
        }
        "monthly-date" => format!("FREQ=MONTHLY;BYMONTHDAY={}", start.day()),
        // Anything else is named as it came, and refused by the rule's validation.
        other => other.to_string(),
    };
    let count = f.values.get("repeat_count").map(|v| v.trim()).filter(|v| !v.is_empty());
    let until = f.values.get("repeat_until").map(|v| v.trim()).filter(|v| !v.is_empty());
    if let Some(n) = count {
        rule.push_str(&format!(";COUNT={n}"));
    } else if let Some(day) = until.and_then(|d| d.parse::<jiff::civil::Date>().ok()) {
        if all_day {
            rule.push_str(&format!(";UNTIL={}", day.strftime("%Y%m%d")));
        } else {
            let end_of_day = day.to_datetime(jiff::civil::Time::MAX);
            let utc = zone
                .and_then(|z| jiff::tz::TimeZone::get(z).ok())
                .and_then(|tz| tz.to_ambiguous_timestamp(end_of_day).later().ok())
                .or_else(|| jiff::tz::Offset::UTC.to_timestamp(end_of_day).ok())?;
            rule.push_str(&format!(";UNTIL={}", utc.strftime("%Y%m%dT%H%M%SZ")));
        }
    }
    Some(rule)
}

/// A clearer message for a missing zone: the zones of the chosen country.
fn explain(e: DomainError, f: &Fields) -> DomainError {
    let country = f
        .values
        .get("country")
        .map(|c| c.to_ascii_uppercase())
        .unwrap_or_default();
    if e.field() == "timezone" && !country.is_empty() {
        let zones = zone::zones_of(&country);
        if zones.len() > 1 {
            return DomainError::says("timezone", "err_choose_zone", &[("zones", &zones.join(", "))]);
        }
    }
    e
}

pub(crate) fn view<'a>(
    action: String,
    f: &Fields,
    csrf: &str,
    campaigns: &'a [Campaign],
    label: &'static str,
    ui: Ui,
) -> FormView<'a> {
    FormView {
        ui,
        here: String::new(),
        action,
        values: f
            .values
            .iter()
            .filter(|(k, _)| !["csrf", "website", "start_choice", "end_choice"].contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        campaigns_ticked: f.campaigns.clone(),
        errors: HashMap::new(),
        choices: HashMap::new(),
        warnings: Vec::new(),
        confirmed: f.confirm.clone(),
        csrf: csrf.to_string(),
        campaigns,
        zones: &ZONES,
        zones_by_country: &ZONES_JSON,
        submit_label: label,
        notice: None,
        also_submit: None,
    }
}

/// A wait in words, as a person reads it: "less than a minute", "about 7 minutes".
pub fn wait_in_words(ui: Ui, secs: u64) -> String {
    match secs {
        0..=59 => ui.t("wait_seconds"),
        60..=3599 => ui.tf(
            "wait_minutes",
            "n",
            i64::try_from(secs.div_ceil(60)).unwrap_or(i64::MAX),
        ),
        _ => ui.tf(
            "wait_hours",
            "n",
            i64::try_from(secs.div_ceil(3600)).unwrap_or(i64::MAX),
        ),
    }
}

/// What a refused write looks like on the form: errors by field, or warnings to confirm.
pub(crate) fn refused(v: &mut FormView<'_>, e: WriteError, f: &Fields) -> ApiResult<()> {
    match e {
        WriteError::Invalid(all) => {
            // Every refused field at once, each next to its field.
            for d in all.each() {
                let d = explain(d.clone(), f);
                let field =
                    if v.values.contains_key(d.field()) || ["campaigns", "timezone", "country"].contains(&d.field()) {
                        d.field().to_string()
                    } else {
                        "body".to_string()
                    };
                if !d.choices().is_empty() {
                    v.choices.insert(field.clone(), d.choices().to_vec());
                }
                v.errors.entry(field).or_insert_with(|| d.message_in(v.ui));
            }
            Ok(())
        }
        WriteError::NeedsConfirmation(w) => {
            v.warnings = w;
            Ok(())
        }
        other => Err(other.into()),
    }
}

/// Runs `write` with the form's submission, or gives back why the form could not be read.
pub(crate) async fn attempt<T: Send + 'static>(
    state: &AppState,
    f: &Fields,
    write: impl FnOnce(&mut rusqlite::Connection, Submission) -> Result<T, WriteError> + Send + 'static,
) -> ApiResult<Result<T, WriteError>> {
    match Submission::from_json(to_json(f), Author::Organiser) {
        Ok(sub) => state.store.run(move |c| Ok::<_, ApiError>(write(c, sub))).await,
        Err(e) => Ok(Err(WriteError::Invalid(e))),
    }
}

/// `GET /submit`: the empty form.
pub async fn new_form(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let (csrf, cookie) = csrf::issue(&state.csrf_key, &state.base_url, &req)?;
    let campaigns = state.store.run(|c| campaigns::all(c)).await?;
    let mut f = Fields::default();
    // `/submit?campaign=slug` (a campaign page's button) ticks that campaign.
    f.campaigns.extend(
        url::form_urlencoded::parse(req.query_string().as_bytes())
            .filter(|(k, _)| k == "campaign")
            .map(|(_, v)| v.into_owned()),
    );
    let ui = extract::ui(&req, None);
    let mut v = view("/submit".into(), &f, &csrf, &campaigns, "form_send", ui);
    v.here = extract::here(&req);
    let intro = maud::html! {
        p { (ui.t("form_submit_intro")) }
    };
    let page = submit::form(&v, &ui.t("form_submit_heading"), intro);
    Ok(html(actix_web::http::StatusCode::OK, page, cookie))
}

/// `POST /submit`.
pub async fn create(state: Data<AppState>, req: HttpRequest, form: Form) -> ApiResult<HttpResponse> {
    let ui = extract::ui(&req, None);
    let (f, csrf) = match form.checked(&state.base_url, &state.csrf_key)? {
        (f, Some(token)) => (f, token),
        (f, None) => {
            // From this site's own page, with a stale or missing token: shown again with what
            // was typed and a fresh token, nothing stored (403, as any refused form token).
            let (csrf, cookie) = csrf::issue(&state.csrf_key, &state.base_url, &req)?;
            let campaigns = state.store.run(|c| campaigns::all(c)).await?;
            let mut v = view("/submit".into(), &f, &csrf, &campaigns, "form_send", ui);
            v.notice = Some(ui.t("form_expired"));
            let page = submit::form(&v, &ui.t("form_submit_heading"), maud::html! {});
            return Ok(html(actix_web::http::StatusCode::FORBIDDEN, page, cookie));
        }
    };
    if f.values.get("website").is_some_and(|v| !v.is_empty()) {
        // The honeypot: only robots fill it. They get a thank-you and nothing is stored.
        return Ok(html(
            actix_web::http::StatusCode::CREATED,
            submit::accepted(ui, &format!("{}/submit", state.base_url), state.mail_enabled),
            None,
        ));
    }
    let campaigns = state.store.run(|c| campaigns::all(c)).await?;
    let (today, now) = (state.clock.today(), state.clock.unix());
    // Only a stored submission counts against the limit: a form shown again with its
    // messages, or a busy store, leaves the allowance as it was.
    let lang = ui.code();
    let write = attempt(&state, &f, move |c, sub| submissions::submit(c, sub, lang, today, now));
    let result = match rate_limited(&state, &req, write, |r| matches!(r, Ok(Ok(_)))).await {
        Ok(outcome) => outcome?,
        Err(ApiError::TooManyRequests { secs, .. }) => {
            // Over the limit: the form again with everything typed, and the wait in words.
            let mut v = view("/submit".into(), &f, &csrf, &campaigns, "form_send", ui);
            v.notice = Some(ui.tf("form_too_many", "wait", &wait_in_words(ui, secs)));
            let page = submit::form(&v, &ui.t("form_submit_heading"), maud::html! {});
            let mut res = html(actix_web::http::StatusCode::TOO_MANY_REQUESTS, page, None);
            res.headers_mut().insert(
                actix_web::http::header::RETRY_AFTER,
                actix_web::http::header::HeaderValue::from(secs),
            );
            return Ok(res);
        }
        Err(e) => return Err(e),
    };
    match result {
        Ok(accepted) => {
            let (edit_url, _) = edit_links(&state.base_url, &accepted.edit_token);
            Ok(html(
                actix_web::http::StatusCode::CREATED,
                submit::accepted(ui, &edit_url, state.mail_enabled),
                None,
            ))
        }
        Err(e) => {
            let mut v = view("/submit".into(), &f, &csrf, &campaigns, "form_send", ui);
            refused(&mut v, e, &f)?;
            let page = submit::form(&v, &ui.t("form_submit_heading"), maud::html! {});
            // The form again with its messages is a page shown normally (200), not an error page.
            Ok(html(actix_web::http::StatusCode::OK, page, None))
        }
    }
}

pub(crate) fn fields_of(event: &Event) -> Fields {
    let mut f = fields_of_json(&event.to_import_json(None));
    // An end the organiser never gave (the default length after the start) stays derived: the
    // form says so, and a start moved without touching the end moves the end too.
    if !event.time.is_all_day()
        && event.time.local_length() == jiff::SignedDuration::from_hours(crate::domain::event_time::DEFAULT_HOURS)
        && let Some(end) = f.values.get("end").cloned()
    {
        f.values.insert("end_derived".into(), end);
    }
    f
}

/// The form's fields holding an action in the import format (never its private contact,
/// which the edit form leaves as stored unless the organiser types a new one).
fn fields_of_json(json: &Value) -> Fields {
    let mut f = Fields::default();
    if let Some(map) = json.as_object() {
        for (k, v) in map {
            match (k.as_str(), v) {
                ("organiser_email" | "organiser_name", _) => {}
                ("campaigns", Value::Array(items)) => {
                    f.campaigns = items.iter().filter_map(|i| i.as_str().map(String::from)).collect()
                }
                // Several links, or labelled: all of them in the textarea, one per line, and
                // none in the `online_url` input, so that each can be changed or removed.
                ("online_links", Value::Array(items)) => {
                    let lines: Vec<String> = items
                        .iter()
                        .filter_map(crate::domain::event::OnlineLink::from_json)
                        .map(|l| l.to_text())
                        .collect();
                    f.values.insert(k.clone(), lines.join("\n"));
                }
                ("online_url", _) if map.contains_key("online_links") => {}
                ("tags" | "languages", Value::Array(items)) => {
                    let joined: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
                    f.values.insert(k.clone(), joined.join(", "));
                }
                ("all_day", Value::Bool(true)) => {
                    f.values.insert(k.clone(), "true".into());
                }
                ("start" | "end", Value::String(s)) if s.len() == 10 => {
                    f.values.insert(k.clone(), format!("{s}T00:00"));
                }
                ("start" | "end", Value::String(s)) => {
                    // datetime-local holds no offset; an overlap time is resolved again on save.
                    f.values.insert(k.clone(), s.get(..16).unwrap_or(s).to_string());
                }
                (_, Value::String(s)) => {
                    f.values.insert(k.clone(), s.clone());
                }
                (_, Value::Number(n)) => {
                    f.values.insert(k.clone(), n.to_string());
                }
                _ => {}
            }
        }
    }
    f
}

/// What the organiser's page says about the last step.
enum After {
    /// Nothing: the page as it is.
    Nothing,
    /// The form was refused: its messages next to the fields.
    Refused(WriteError),
    /// A notice (a message id): saved, cancelled, …
    Notice(&'static str),
}

/// The organiser's page: the action, where it stands, and the form holding `f` (or, when
/// `f` is `None`, the change waiting for review if there is one, else the action).
async fn status_page(
    state: &AppState,
    token: &str,
    event: &Event,
    f: Option<&Fields>,
    csrf: &str,
    after: After,
    ui: Ui,
) -> ApiResult<HttpResponse> {
    let (failure, notice) = match after {
        After::Nothing => (None, None),
        After::Refused(e) => (Some(e), None),
        After::Notice(id) => (None, Some(id)),
    };
    let id = event.id;
    let now = state.clock.unix();
    let e = event.clone();
    let (campaigns, proposed, may_uncancel) = state
        .store
        .run(move |c| {
            Ok::<_, ApiError>((
                campaigns::all(c)?,
                submissions::proposed_edit(c, id)?,
                submissions::may_uncancel(c, &e, now)?,
            ))
        })
        .await?;
    let shown;
    let f = match (f, &proposed) {
        (Some(f), _) => f,
        (None, Some(p)) if p.refused.is_none() => {
            shown = fields_of_json(&p.proposal);
            &shown
        }
        (None, _) => {
            shown = fields_of(event);
            &shown
        }
    };
    let (_, api) = edit_links("", token);
    let action = api.replace("/api/v1", "");
    let mut v = view(action.clone(), f, csrf, &campaigns, "form_save", ui);
    // The private page in another language: the same private address (never sent elsewhere:
    // pages send no referrer).
    v.here = action.clone();
    let status = match failure {
        Some(e) => {
            refused(&mut v, e, f)?;
            actix_web::http::StatusCode::OK
        }
        None => actix_web::http::StatusCode::OK,
    };
    Ok(html(
        status,
        submit::status(
            event,
            proposed.as_ref(),
            &v,
            &submit::StatusLinks {
                cancel: format!("{action}/cancel"),
                uncancel: may_uncancel.then(|| format!("{action}/uncancel")),
                notice: notice.map(|id| ui.t(id)),
            },
        ),
        None,
    ))
}

/// `GET /submissions/{token}`: status, edit form, cancel button.
pub async fn show(state: Data<AppState>, req: HttpRequest, token: Path<String>) -> ApiResult<HttpResponse> {
    let (csrf, cookie) = csrf::issue(&state.csrf_key, &state.base_url, &req)?;
    let t = token.clone();
    let lookup = state
        .store
        .run(move |c| submissions::by_edit_token(c, &t).map_err(ApiError::from));
    let event = token_attempt(&state, &req, lookup).await?;
    let mut res = status_page(
        &state,
        &token,
        &event,
        None,
        &csrf,
        After::Nothing,
        extract::ui(&req, None),
    )
    .await?;
    if let Some(cookie) = cookie {
        res.add_cookie(&cookie).map_err(|e| ApiError::Internal(e.to_string()))?;
    }
    Ok(res)
}

/// `POST /submissions/{token}`: the edited form.
pub async fn edit(state: Data<AppState>, req: HttpRequest, token: Path<String>, form: Form) -> ApiResult<HttpResponse> {
    let (f, csrf) = form.signed(&state.base_url, &state.csrf_key)?;
    let ui = extract::ui(&req, None);
    let (today, now) = (state.clock.today(), state.clock.unix());
    let t = token.clone();
    let write = attempt(&state, &f, move |c, sub| {
        submissions::edit_by_organiser(c, &t, crate::service::Change::Whole(Box::new(sub)), today, now)
    });
    let result = token_attempt(&state, &req, write).await?;
    match result {
        Ok(event) => {
            let saved = if event.moderation == crate::domain::Moderation::Published {
                "notice_change_sent"
            } else {
                "notice_saved"
            };
            status_page(&state, &token, &event, None, &csrf, After::Notice(saved), ui).await
        }
        Err(e) => {
            let t = token.clone();
            let event = state
                .store
                .run(move |c| submissions::by_edit_token(c, &t).map_err(ApiError::from))
                .await?;
            status_page(&state, &token, &event, Some(&f), &csrf, After::Refused(e), ui).await
        }
    }
}

/// `POST /submissions/{token}/cancel`.
pub async fn cancel(
    state: Data<AppState>,
    req: HttpRequest,
    token: Path<String>,
    form: Form,
) -> ApiResult<HttpResponse> {
    let (f, csrf) = form.signed(&state.base_url, &state.csrf_key)?;
    let ui = extract::ui(&req, None);
    let now = state.clock.unix();
    let t = token.clone();
    if f.values.get("sure").is_none_or(|v| v != "yes") {
        // Asked first: nothing changes until the box is ticked.
        let lookup = state
            .store
            .run(move |c| submissions::by_edit_token(c, &t).map_err(ApiError::from));
        let event = token_attempt(&state, &req, lookup).await?;
        return status_page(
            &state,
            &token,
            &event,
            None,
            &csrf,
            After::Notice("notice_cancel_ask"),
            ui,
        )
        .await;
    }
    let write = state
        .store
        .run(move |c| submissions::cancel_by_organiser(c, &t, now).map_err(ApiError::from));
    let event = token_attempt(&state, &req, write).await?;
    status_page(
        &state,
        &token,
        &event,
        None,
        &csrf,
        After::Notice("notice_cancelled"),
        ui,
    )
    .await
}

/// `POST /submissions/{token}/uncancel`: the organiser takes back their own cancellation,
/// before the action begins.
pub async fn uncancel(
    state: Data<AppState>,
    req: HttpRequest,
    token: Path<String>,
    form: Form,
) -> ApiResult<HttpResponse> {
    let (_, csrf) = form.signed(&state.base_url, &state.csrf_key)?;
    let ui = extract::ui(&req, None);
    let now = state.clock.unix();
    let t = token.clone();
    let write = state
        .store
        .run(move |c| submissions::uncancel_by_organiser(c, &t, now).map_err(ApiError::from));
    let event = token_attempt(&state, &req, write).await?;
    status_page(
        &state,
        &token,
        &event,
        None,
        &csrf,
        After::Notice("notice_uncancelled"),
        ui,
    )
    .await
}
