//! HTML pages served over HTTP.

use actix_web::web::{Data, Path, Query};
use actix_web::{HttpRequest, HttpResponse};
use jiff::civil::Date;
use serde::Deserialize;

use crate::domain::filter::Scope;
use crate::domain::{DomainError, FeedFilter, FeedQuery};
use crate::http::cache::{self, HTML};
use crate::http::extract::{self, EventId, Listing};
use crate::http::feeds::{self, check_known};
use crate::http::{ApiError, ApiResult, AppState};
use crate::pages::calendar::{self, CalendarView, FilterForm, Item};
use crate::pages::subscribe::Links;
use crate::store::{campaigns, events};

/// Most days one calendar page shows.
pub const PAGE_DAYS_MAX: i64 = 62;

/// The reader's choices: the interface language and their zone. What the day-by-day pages take
/// besides the feed filters, and all an action's page takes.
/// Parameters a page does not know (`fbclid`, `utm_source`: added to links shared on social
/// sites) are ignored: a page is for people, and a shared link must open. Feeds, the widget and
/// the API refuse them, as tools should hear of a mistyped filter.
#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    ui: Option<String>,
    tz: Option<String>,
}

/// The query of a feed link for a reader of `ui`: the filters, and `ui` unless English (a feed's
/// name and description follow it).
fn feed_suffix(filters: &FeedQuery, ui: crate::i18n::Ui) -> String {
    let suffix = query_suffix(filters);
    if ui == crate::i18n::Ui::ENGLISH {
        return suffix;
    }
    let sep = if suffix.is_empty() { '?' } else { '&' };
    format!("{suffix}{sep}ui={}", ui.code())
}

fn query_string(pairs: &[(&str, &str)]) -> String {
    let mut ser = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
        ser.append_pair(k, v);
    }
    ser.finish()
}

/// `?region=…&…` for the chosen value filters, or nothing: the page's alternate `.ics` and
/// Atom feeds and its subscribe links. Not its dates: they are the days the page shows (its
/// paging sets them), and a subscription pinned to them would never show a later week.
fn query_suffix(q: &FeedQuery) -> String {
    let qs = query_string(&q.values());
    if qs.is_empty() { qs } else { format!("?{qs}") }
}

/// The filter form with the store's choices.
fn form<'a>(
    q: &FeedQuery,
    (campaigns, tags, langs): &'a (Vec<crate::domain::Campaign>, Vec<String>, Vec<String>),
) -> FilterForm<'a> {
    let v = |o: &Option<String>| o.clone().unwrap_or_default();
    FilterForm {
        campaigns,
        tags: tags.clone(),
        langs: langs.clone(),
        region: v(&q.region),
        country: v(&q.country),
        campaign: v(&q.campaign),
        tag: v(&q.tag),
        lang: v(&q.lang),
    }
}

async fn calendar_page(
    state: Data<AppState>,
    req: HttpRequest,
    scope: Scope,
    Listing {
        filter: filters,
        rest: q,
    }: Listing<PageQuery>,
) -> ApiResult<HttpResponse> {
    let ui = extract::ui(&req, q.ui.as_deref());
    let here = extract::here(&req);
    let reader_zone = extract::reader_zone(q.tz.as_deref())?;
    let filters = filters.without_empty();
    let mut filter = FeedFilter::parse(scope, &filters)?;
    let today = state.clock.today();
    // The days shown: `from` (default today) to `to` (default a week), as in the feeds; pages
    // step by the same number of days.
    let week_start = filter.from.unwrap_or(today);
    let day = move |n: i64| week_start.checked_add(jiff::Span::new().days(n)).unwrap_or(week_start);
    let span = match filter.to {
        Some(to) => (to - week_start).get_days() as i64 + 1,
        None => 7,
    };
    if span < 1 {
        return Err(DomainError::says("to", "err_to_before_page", &[("first", &week_start)]).into());
    }
    if span > PAGE_DAYS_MAX {
        return Err(DomainError::says("to", "err_page_too_long", &[("days", &span), ("max", &PAGE_DAYS_MAX)]).into());
    }
    let week_end = day(span - 1);
    filter.from = Some(week_start);
    filter.to = Some(week_end);
    let filter_to_given = filters.to.is_some();
    let base = state.base_url.clone();
    let path = req.path().to_string();
    let feed_path = format!("{path}.ics").replace("/.ics", "/calendar.ics");
    // The Atom twin of the same path: the same scope, the same filters on top.
    let atom_path = format!("{path}.atom").replace("/.atom", "/feed.atom");
    let published = state.published.clone();
    check_known(&state, &filter).await?;
    cache::respond_variant(&state, &req, HTML, ui.code(), move |c| {
        // The published actions first: reading them may begin the transaction again.
        published.with(c, |all, c| {
            let heading = match &filter.scope {
                Scope::All => ui.t("upcoming").to_string(),
                Scope::Region(r) => ui.tf("actions_in", "place", &ui.area(&r.info().m49, &r.info().name)),
                Scope::Country(k) => ui.tf("actions_in", "place", &ui.country(k.code(), k.name())),
                Scope::Campaign(slug) => feeds::named_campaign(c, slug)?.name,
            };
            let list: Vec<&crate::domain::Event> =
                all.select(&filter, week_start).into_iter().map(|l| l.event).collect();
            let mut days: Vec<(Date, Vec<Item<'_>>)> = (0..span).map(|n| (day(n), Vec::new())).collect();
            for &e in &list {
                for o in e.occurrences(week_start, week_end, 14) {
                    let listed = o.start.date().max(week_start);
                    if let Some((_, items)) = days.iter_mut().find(|(d, _)| *d == listed) {
                        items.push(Item {
                            event: e,
                            occurrence: o,
                        });
                    }
                }
            }
            for (_, items) in &mut days {
                items.sort_by_key(|i| (i.occurrence.start_utc, i.event.id));
            }
            let choices = choices(c, all)?;
            let keep: Vec<(&'static str, String)> = [
                ("ui", q.ui.map(|_| ui.code().to_string()).unwrap_or_default()),
                ("tz", q.tz.unwrap_or_default()),
            ]
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .collect();
            let explicit_to = filter_to_given;
            let nav = |from: Date| {
                let to = from
                    .checked_add(jiff::Span::new().days(span - 1))
                    .unwrap_or(from)
                    .to_string();
                let from = from.to_string();
                let mut pairs = filters.values();
                pairs.push(("from", &from));
                if explicit_to {
                    pairs.push(("to", &to));
                }
                pairs.extend(keep.iter().map(|(k, v)| (*k, v.as_str())));
                format!("{path}?{}", query_string(&pairs))
            };
            // The feeds' names follow the reader's language too (English needs no `ui`).
            let suffix = feed_suffix(&filters, ui);
            let feed_url = format!("{base}{feed_path}{suffix}");
            let atom = format!("{base}{atom_path}{suffix}");
            let preview = crate::pages::layout::Preview {
                url: format!("{base}{here}"),
                description: ui.t("preview_calendar"),
                json_ld: None,
            };
            let view = CalendarView {
                ui,
                preview,
                links: Links::new(&feed_url, &heading),
                heading,
                week_start,
                days,
                previous: nav(day(-span)),
                next: nav(day(span)),
                filters: form(&filters, &choices),
                atom,
                reader_zone,
                keep,
                here,
            };
            Ok(calendar::render(&view).into_string())
        })?
    })
    .await
}

/// `GET /`: upcoming actions day by day, filters and week paging as in the feeds.
pub async fn home(state: Data<AppState>, req: HttpRequest, q: Listing<PageQuery>) -> ApiResult<HttpResponse> {
    calendar_page(state, req, Scope::All, q).await
}

/// `GET /campaigns/{slug}`.
pub async fn campaign(
    state: Data<AppState>,
    req: HttpRequest,
    slug: Path<String>,
    q: Listing<PageQuery>,
) -> ApiResult<HttpResponse> {
    calendar_page(state, req, feeds::campaign_scope(slug.into_inner())?, q).await
}

/// `GET /regions/{slug}`.
pub async fn region(
    state: Data<AppState>,
    req: HttpRequest,
    slug: Path<String>,
    q: Listing<PageQuery>,
) -> ApiResult<HttpResponse> {
    calendar_page(state, req, feeds::region_scope(&slug)?, q).await
}

/// `GET /countries/{cc}`.
pub async fn country(
    state: Data<AppState>,
    req: HttpRequest,
    code: Path<String>,
    q: Listing<PageQuery>,
) -> ApiResult<HttpResponse> {
    calendar_page(state, req, feeds::country_scope(&code)?, q).await
}

/// What the filter form offers: every campaign, and the tags and languages of the published
/// actions (from the in-memory copy `published` holds at `c`'s revision), sorted.
fn choices(
    c: &rusqlite::Connection,
    published: &cache::public::Mirror,
) -> ApiResult<(Vec<crate::domain::Campaign>, Vec<String>, Vec<String>)> {
    let (tags, langs) = published.tags_and_languages();
    Ok((campaigns::all(c)?, tags, langs))
}

/// `GET /subscribe`: the feed builder; the chosen filters give the feed's address and buttons.
pub async fn builder(
    state: Data<AppState>,
    req: HttpRequest,
    Listing {
        filter: filters,
        rest: q,
    }: Listing<PageQuery>,
) -> ApiResult<HttpResponse> {
    let ui = extract::ui(&req, q.ui.as_deref());
    let here = extract::here(&req);
    let filters = filters.without_empty();
    let filter = FeedFilter::parse(Scope::All, &filters)?;
    let base = state.base_url.clone();
    check_known(&state, &filter).await?;
    let published = state.published.clone();
    cache::respond_variant(&state, &req, HTML, ui.code(), move |c| {
        let choices = published.with(c, |all, c| choices(c, all))??;
        let suffix = feed_suffix(&filters, ui);
        let name = feeds::describe(ui, &ui.t("feed_all"), &filter);
        let links = Links::new(&format!("{base}/calendar.ics{suffix}"), &name);
        let keep: Vec<(&'static str, String)> = q.ui.iter().map(|_| ("ui", ui.code().to_string())).collect();
        let form = form(&filters, &choices);
        let page = crate::pages::widget::builder(
            ui,
            &form,
            &keep,
            &links,
            &format!("{base}/feed.atom{suffix}"),
            &format!("/{suffix}"),
            &here,
        );
        Ok(page.into_string())
    })
    .await
}

/// What the widget takes besides the feed filters: how many actions, label language, theme.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmbedQuery {
    limit: Option<String>,
    ui: Option<String>,
    theme: Option<String>,
}

/// Most actions a widget lists.
pub const EMBED_MAX: usize = 50;

/// `GET /embed`: the partner widget, for an iframe on any site. A parameter it cannot take
/// is said inside the widget, in its language and theme, with status 400 (a partner's page
/// shows a small message, not an error page).
pub async fn embed(state: Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    // The language and theme of the message, read leniently from the query itself.
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(req.query_string().as_bytes())
        .into_owned()
        .collect();
    let param = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let ui = extract::ui(&req, param("ui").as_deref());
    let theme = match param("theme").as_deref() {
        Some("dark") => crate::pages::widget::Theme::Dark,
        Some("auto") => crate::pages::widget::Theme::Auto,
        _ => crate::pages::widget::Theme::Light,
    };
    match embed_list(&state, &req).await {
        // Framed by partners' pages: the widget's own policy (any site may frame it).
        Err(ApiError::Invalid(e)) => Ok(HttpResponse::BadRequest()
            .content_type("text/html; charset=utf-8")
            .insert_header((
                actix_web::http::header::CONTENT_SECURITY_POLICY,
                crate::http::policy::EMBED_CSP,
            ))
            .body(crate::pages::widget::refusal(ui, theme, &e.message_in(ui)).into_string())),
        other => other,
    }
}

async fn embed_list(state: &Data<AppState>, req: &HttpRequest) -> ApiResult<HttpResponse> {
    let Listing {
        filter: filters,
        rest: q,
    } = Listing::<EmbedQuery>::parse(req.query_string())?;
    let ui = extract::ui(req, q.ui.as_deref());
    let theme = match q.theme.as_deref() {
        None | Some("") | Some("light") => crate::pages::widget::Theme::Light,
        Some("dark") => crate::pages::widget::Theme::Dark,
        Some("auto") => crate::pages::widget::Theme::Auto,
        Some(other) => {
            return Err(DomainError::says("theme", "err_theme", &[("value", &format!("{other:?}"))]).into());
        }
    };
    let limit = match q.limit.as_deref().filter(|l| !l.is_empty()) {
        None => 10,
        Some(l) => l
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=EMBED_MAX).contains(n))
            .ok_or_else(|| {
                DomainError::says(
                    "limit",
                    "err_embed_limit",
                    &[("value", &format!("{l:?}")), ("max", &EMBED_MAX)],
                )
            })?,
    };
    let filters = filters.without_empty();
    let mut filter = FeedFilter::parse(Scope::All, &filters)?;
    let today = state.clock.today();
    // Upcoming actions: from today (or `from`) to a year later (or `to`).
    let start = filter.from.unwrap_or(today);
    let until = filter
        .to
        .unwrap_or_else(|| start.checked_add(jiff::Span::new().days(366)).unwrap_or(start));
    filter.from = Some(start);
    filter.to = Some(until);
    // The widget sets no cookie (it lives in other sites' pages): its links carry the language.
    let more = crate::pages::layout::in_language(&format!("{}/{}", state.base_url, query_suffix(&filters)), ui);
    let published = state.published.clone();
    check_known(state, &filter).await?;
    cache::respond_variant(state, req, cache::EMBED, ui.code(), move |c| {
        published.with(c, |all, _| {
            let list = all.select(&filter, start);
            // A repeating action once, at its next date (the widget says how it repeats).
            let mut items: Vec<_> = list
                .iter()
                .map(|l| l.event)
                .filter_map(|e| e.occurrences(start, until, 1).into_iter().next().map(|o| (e, o)))
                .collect();
            items.sort_by_key(|(e, o)| (o.start_utc, e.id));
            items.truncate(limit);
            Ok(crate::pages::widget::embed(ui, theme, &items, &more).into_string())
        })?
    })
    .await
}

/// `GET /events/{id}`: the action's page, which every VEVENT's URL points at.
pub async fn event(
    state: Data<AppState>,
    req: HttpRequest,
    EventId(id): EventId,
    q: Query<PageQuery>,
) -> ApiResult<HttpResponse> {
    let ui = extract::ui(&req, q.ui.as_deref());
    let here = extract::here(&req);
    let reader = extract::reader_zone(q.tz.as_deref())?;
    let base = state.base_url.clone();
    cache::respond_variant(&state, &req, HTML, ui.code(), move |c| {
        let event = events::by_id(c, id)?.ok_or_else(|| ApiError::NotFound(format!("no action {id}")))?;
        Ok(crate::pages::event::render(&event, &base, ui, reader.as_ref(), &here).into_string())
    })
    .await
}
