//! The .ics feeds: everything, by campaign, region and country, and single actions.

use actix_web::web::{Data, Path};
use actix_web::{HttpRequest, HttpResponse};
use jiff::civil::Date;
use utoipa_actix_web::service_config::ServiceConfig;

use super::cache::{self, ICS};
use super::extract::{EventId, Listing};
use super::{ApiError, ApiResult, AppState, Endpoint, get};
use crate::domain::filter::Scope;
use crate::domain::{CampaignSlug, Country, FeedFilter, FeedQuery, Region};
use crate::i18n::{Ui, plain};
use crate::ical::{self, FeedMeta};
use crate::store::{campaigns, events, known};

/// The feeds' routes.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(Endpoint::read(__path_everything, get(everything)))
        .service(Endpoint::read(__path_atom, get(atom)))
        .service(Endpoint::read(__path_campaign, get(campaign)))
        .service(Endpoint::read(__path_campaign_atom, get(campaign_atom)))
        .service(Endpoint::read(__path_region_atom, get(region_atom)))
        .service(Endpoint::read(__path_country_atom, get(country_atom)))
        .service(Endpoint::read(__path_region, get(region)))
        .service(Endpoint::read(__path_country, get(country)))
        .service(Endpoint::read(__path_single, get(single)));
}

/// Refuses (400) a filter naming a campaign, tag or language nobody uses, before anything is
/// rendered: the names are kept per store revision, so a refusal costs a lookup whatever the
/// store's size, and a filter naming none costs nothing.
pub async fn check_known(state: &AppState, filter: &FeedFilter) -> ApiResult<()> {
    if !known::names_anything(filter) {
        return Ok(());
    }
    match state.known.current(state).await?.refusal(filter) {
        Some(refusal) => Err(refusal.into()),
        None => Ok(()),
    }
}

/// How far back a feed reaches by default: actions that ended up to this many days ago.
pub const PAST_DAYS: i64 = 30;

/// What a feed takes besides the filters: `ui`, the language of its name and description
/// (`X-WR-CALNAME`, `NAME`, `X-WR-CALDESC`; Atom's title). English when not given; the actions'
/// own text is never translated.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct FeedUi {
    /// Interface language of the feed's name (`ar`, `es`, …); unknown codes fall back to English.
    pub ui: Option<String>,
}

fn feed_language(ui: Option<&str>) -> Ui {
    ui.and_then(Ui::by_code).unwrap_or(Ui::ENGLISH)
}

/// The default horizon of feeds on `today`: actions that ended up to [`PAST_DAYS`] ago.
pub fn horizon(today: Date) -> Date {
    today.checked_sub(jiff::Span::new().days(PAST_DAYS)).unwrap_or(today)
}

/// The feed name: what the scope holds, then the filters on top, from parsed values only.
pub fn describe(ui: Ui, scope_name: &str, f: &FeedFilter) -> String {
    let join = |v: Vec<String>| ui.list_or(&v);
    let mut parts = Vec::new();
    if !f.regions.is_empty() {
        parts.push(join(
            f.regions
                .iter()
                .map(|r| ui.area(&r.info().m49, &r.info().name))
                .collect(),
        ));
    }
    if !f.countries.is_empty() {
        parts.push(join(
            f.countries.iter().map(|c| ui.country(c.code(), c.name())).collect(),
        ));
    }
    if !f.campaigns.is_empty() {
        let names = join(f.campaigns.iter().map(|c| c.as_str().to_string()).collect());
        parts.push(ui.tf("feed_campaign", "names", &names));
    }
    if !f.tags.is_empty() {
        let names = join(f.tags.iter().map(|t| t.as_str().to_string()).collect());
        parts.push(ui.tf("feed_tag", "names", &names));
    }
    if !f.langs.is_empty() {
        let names = join(f.langs.iter().map(|l| ui.language(l.as_str())).collect());
        parts.push(ui.tf("feed_in_languages", "names", &names));
    }
    let day = |d: Date| d.to_string();
    match (f.from, f.to) {
        (Some(a), Some(b)) => {
            parts.push(ui.ta("feed_from_to", &[("from", (&day(a)).into()), ("to", (&day(b)).into())]))
        }
        (Some(a), None) => parts.push(ui.tf("feed_from", "from", &day(a))),
        (None, Some(b)) => parts.push(ui.tf("feed_until", "to", &day(b))),
        (None, None) => {}
    }
    // iCalendar clients show names as plain text: no bidi isolates in them.
    plain(&if parts.is_empty() {
        scope_name.to_string()
    } else {
        ui.ta(
            "feed_name_filtered",
            &[("scope", scope_name.into()), ("filters", (&parts.join(", ")).into())],
        )
    })
}

/// What a scope holds, in words ("Actions in Western Asia", a campaign's name); 404 for a
/// campaign that does not exist.
fn scope_name(c: &rusqlite::Connection, scope: &Scope, ui: Ui) -> ApiResult<String> {
    Ok(plain(&match scope {
        Scope::All => ui.t("feed_all"),
        Scope::Region(r) => ui.tf("actions_in", "place", &ui.area(&r.info().m49, &r.info().name)),
        Scope::Country(k) => ui.tf("actions_in", "place", &ui.country(k.code(), k.name())),
        Scope::Campaign(slug) => named_campaign(c, slug)?.name,
    }))
}

/// The campaign a `/campaigns/{slug}…` path names; 404 when there is none.
pub fn named_campaign(c: &rusqlite::Connection, slug: &CampaignSlug) -> ApiResult<crate::domain::Campaign> {
    campaigns::by_slug(c, slug)?.ok_or_else(|| {
        ApiError::NotFound(format!(
            "no campaign {:?}; GET /api/v1/campaigns lists them",
            slug.as_str()
        ))
    })
}

async fn serve(
    state: Data<AppState>,
    req: HttpRequest,
    scope: Scope,
    query: FeedQuery,
    ui: Option<String>,
) -> ApiResult<HttpResponse> {
    let ui = feed_language(ui.as_deref());
    let filter = FeedFilter::parse(scope, &query)?;
    let horizon = horizon(state.clock.today());
    let base = state.base_url.clone();
    let feed_url = super::public_url(&base, &req);
    let kept = state.fragments.clone();
    let published = state.published.clone();
    check_known(&state, &filter).await?;
    cache::respond(&state, &req, ICS, move |c| {
        // The published actions first: reading them may begin the transaction again.
        published.with(c, |all, c| {
            let (scope_name, description) = match &filter.scope {
                Scope::Campaign(slug) => {
                    let campaign = named_campaign(c, slug)?;
                    (campaign.name, campaign.description)
                }
                scope => (scope_name(c, scope, ui)?, None),
            };
            let meta = FeedMeta {
                name: describe(ui, &scope_name, &filter),
                description: description.unwrap_or_else(|| plain(&ui.t("feed_description"))),
                url: feed_url,
            };
            Ok(kept.feed(&meta, &all.select(&filter, horizon), &base))
        })?
    })
    .await
}

#[utoipa::path(get, path = "/calendar.ics", tag = "feeds", params(FeedQuery),
    responses((status = 200, description = "RFC 5545 calendar", content_type = "text/calendar", body = String),
              (status = 304, description = "Not modified (If-None-Match / If-Modified-Since)"),
              (status = 400, description = "A filter was refused", body = super::views::ErrorView)))]
/// `GET /calendar.ics`: everything published.
pub async fn everything(state: Data<AppState>, req: HttpRequest, query: Listing<FeedUi>) -> ApiResult<HttpResponse> {
    serve(state, req, Scope::All, query.filter, query.rest.ui).await
}

#[utoipa::path(get, path = "/campaigns/{slug}.ics", tag = "feeds", params(("slug" = String, Path), FeedQuery),
    responses((status = 200, content_type = "text/calendar", body = String), (status = 404, body = super::views::ErrorView)))]
/// `GET /campaigns/{slug}.ics`.
pub async fn campaign(
    state: Data<AppState>,
    req: HttpRequest,
    slug: Path<String>,
    query: Listing<FeedUi>,
) -> ApiResult<HttpResponse> {
    serve(
        state,
        req,
        campaign_scope(slug.into_inner())?,
        query.filter,
        query.rest.ui,
    )
    .await
}

#[utoipa::path(get, path = "/regions/{slug}.ics", tag = "feeds", params(("slug" = String, Path), FeedQuery),
    responses((status = 200, content_type = "text/calendar", body = String), (status = 404, body = super::views::ErrorView)))]
/// `GET /regions/{slug}.ics`.
pub async fn region(
    state: Data<AppState>,
    req: HttpRequest,
    slug: Path<String>,
    query: Listing<FeedUi>,
) -> ApiResult<HttpResponse> {
    serve(state, req, region_scope(&slug)?, query.filter, query.rest.ui).await
}

#[utoipa::path(get, path = "/countries/{code}.ics", tag = "feeds", params(("code" = String, Path), FeedQuery),
    responses((status = 200, content_type = "text/calendar", body = String), (status = 404, body = super::views::ErrorView)))]
/// `GET /countries/{code}.ics` (case-insensitive code).
pub async fn country(
    state: Data<AppState>,
    req: HttpRequest,
    code: Path<String>,
    query: Listing<FeedUi>,
) -> ApiResult<HttpResponse> {
    serve(state, req, country_scope(&code)?, query.filter, query.rest.ui).await
}

/// The scope of a `/campaigns/{slug}…` path; 404 for a slug no campaign could have.
pub fn campaign_scope(slug: String) -> ApiResult<Scope> {
    CampaignSlug::try_from(slug)
        .map(Scope::Campaign)
        .map_err(|e| ApiError::NotFound(format!("no such campaign: {}", e.message())))
}

/// The scope of a `/regions/{slug}…` path; 404 for an unknown region.
pub fn region_scope(slug: &str) -> ApiResult<Scope> {
    Region::try_from(slug)
        .map(Scope::Region)
        .map_err(|e| ApiError::NotFound(e.message().to_string()))
}

/// The scope of a `/countries/{code}…` path (any case); 404 for an unknown code.
pub fn country_scope(code: &str) -> ApiResult<Scope> {
    Country::try_from(code)
        .map(Scope::Country)
        .map_err(|e| ApiError::NotFound(e.message().to_string()))
}

#[utoipa::path(get, path = "/events/{id}.ics", tag = "feeds", params(("id" = i64, Path)),
    responses((status = 200, content_type = "text/calendar", body = String), (status = 404, body = super::views::ErrorView)))]
/// `GET /events/{id}.ics`: one action, whatever its date or status.
pub async fn single(state: Data<AppState>, req: HttpRequest, EventId(id): EventId) -> ApiResult<HttpResponse> {
    let base = state.base_url.clone();
    let url = format!("{base}{}", req.path());
    let kept = state.fragments.clone();
    cache::respond(&state, &req, ICS, move |c| {
        let event = events::by_id(c, id)?.ok_or_else(|| ApiError::NotFound(format!("no action {id}")))?;
        let meta = FeedMeta {
            name: event.title.clone(),
            description: format!("One action: {}", event.title),
            url,
        };
        Ok(kept.feed(&meta, &[cache::Listed::new(&event)], &base))
    })
    .await
}

/// Most entries of an Atom feed.
pub const ATOM_MAX: usize = 200;

#[utoipa::path(get, path = "/feed.atom", tag = "feeds", params(FeedQuery),
    responses((status = 200, content_type = "application/atom+xml", body = String)))]
/// `GET /feed.atom`: upcoming actions (ending today or later) with the feeds' filters.
pub async fn atom(state: Data<AppState>, req: HttpRequest, query: Listing<FeedUi>) -> ApiResult<HttpResponse> {
    serve_atom(state, req, Scope::All, query.filter, query.rest.ui).await
}

#[utoipa::path(get, path = "/campaigns/{slug}.atom", tag = "feeds", params(("slug" = String, Path), FeedQuery),
    responses((status = 200, content_type = "application/atom+xml", body = String), (status = 404, body = super::views::ErrorView)))]
/// `GET /campaigns/{slug}.atom`: the Atom twin of the campaign's `.ics`, filters on top.
pub async fn campaign_atom(
    state: Data<AppState>,
    req: HttpRequest,
    slug: Path<String>,
    query: Listing<FeedUi>,
) -> ApiResult<HttpResponse> {
    serve_atom(
        state,
        req,
        campaign_scope(slug.into_inner())?,
        query.filter,
        query.rest.ui,
    )
    .await
}

#[utoipa::path(get, path = "/regions/{slug}.atom", tag = "feeds", params(("slug" = String, Path), FeedQuery),
    responses((status = 200, content_type = "application/atom+xml", body = String), (status = 404, body = super::views::ErrorView)))]
/// `GET /regions/{slug}.atom`.
pub async fn region_atom(
    state: Data<AppState>,
    req: HttpRequest,
    slug: Path<String>,
    query: Listing<FeedUi>,
) -> ApiResult<HttpResponse> {
    serve_atom(state, req, region_scope(&slug)?, query.filter, query.rest.ui).await
}

#[utoipa::path(get, path = "/countries/{code}.atom", tag = "feeds", params(("code" = String, Path), FeedQuery),
    responses((status = 200, content_type = "application/atom+xml", body = String), (status = 404, body = super::views::ErrorView)))]
/// `GET /countries/{code}.atom`.
pub async fn country_atom(
    state: Data<AppState>,
    req: HttpRequest,
    code: Path<String>,
    query: Listing<FeedUi>,
) -> ApiResult<HttpResponse> {
    serve_atom(state, req, country_scope(&code)?, query.filter, query.rest.ui).await
}

/// An Atom feed of `scope` with the query's filters: the same selection as the `.ics` of the
/// same path, so that a scoped page's alternate links agree even when the query repeats the
/// scope's kind of filter (`/regions/europe.atom?region=western-asia` holds what both allow).
async fn serve_atom(
    state: Data<AppState>,
    req: HttpRequest,
    scope: Scope,
    query: FeedQuery,
    ui: Option<String>,
) -> ApiResult<HttpResponse> {
    let ui = feed_language(ui.as_deref());
    let filter = FeedFilter::parse(scope, &query)?;
    let today = state.clock.today();
    let base = state.base_url.clone();
    let self_url = super::public_url(&base, &req);
    // The page showing the same selection: `/` for `/feed.atom`, `/regions/x` for
    // `/regions/x.atom`, with the same query.
    let page_path = match req.path().strip_suffix(".atom") {
        Some("/feed") | None => "/",
        Some(path) => path,
    };
    let query = Some(req.query_string()).filter(|q| !q.is_empty());
    let page_url = format!(
        "{base}{page_path}{}",
        query.map(|q| format!("?{q}")).unwrap_or_default()
    );
    let published = state.published.clone();
    check_known(&state, &filter).await?;
    cache::respond(&state, &req, cache::ATOM, move |c| {
        // The published actions first: reading them may begin the transaction again.
        published.with(c, |all, c| {
            let heading = match &filter.scope {
                Scope::All => ui.t("upcoming"),
                scoped => plain(&ui.tf("feed_upcoming_in", "scope", &scope_name(c, scoped, ui)?)),
            };
            let list: Vec<_> = all
                .select(&filter, today)
                .into_iter()
                .take(ATOM_MAX)
                .map(|l| l.event.clone())
                .collect();
            let title = describe(ui, &heading, &filter);
            Ok(ical::atom::render(&title, &self_url, &page_url, &list, &base))
        })?
    })
    .await
}
