//! The JSON shapes of every answer. The public ones (`EventView`, lists, the sync) carry
//! nothing private; the organiser's contact appears only in the coordinators' views
//! (`ModerationView`, `EditReview`), and in `SubmissionView` never.

use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::country::RegionInfo;
use crate::domain::{Campaign, Event};
use crate::ical;
use crate::store::events::ProposedEdit;

/// One action as the JSON API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventView {
    pub id: i64,
    pub uid: String,
    pub title: String,
    pub description: Option<String>,
    /// Local start, `YYYY-MM-DDTHH:MM` (or `YYYY-MM-DD` when all-day).
    pub start: String,
    /// Local end (the last day, inclusive, when all-day).
    pub end: String,
    pub timezone: String,
    /// The start instant, RFC 3339 UTC.
    pub start_utc: String,
    pub end_utc: String,
    pub all_day: bool,
    pub recurrence: Option<String>,
    pub status: &'static str,
    pub sequence: u32,
    pub country: Option<&'static str>,
    pub country_name: Option<&'static str>,
    pub city: Option<String>,
    pub venue: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub location: String,
    /// Region slugs, broadest first; `["online"]` without a country.
    pub regions: Vec<&'static str>,
    pub campaigns: Vec<String>,
    pub tags: Vec<String>,
    pub languages: Vec<String>,
    /// The first way to join online (`online_links[0].url`).
    pub online_url: Option<String>,
    /// Every way to join online, the main one first.
    pub online_links: Vec<OnlineLinkView>,
    pub url: String,
    pub ics_url: String,
    pub created_at: String,
    pub updated_at: String,
    /// The start of its next occurrence ending today or later (today in the server's clock,
    /// UTC), local like `start`; null when none is left (or in answers that do not look:
    /// moderation, submissions).
    pub next_start: Option<String>,
    /// That occurrence's start instant, RFC 3339 UTC.
    pub next_start_utc: Option<String>,
}

/// One way to join an action online.
#[derive(Debug, Serialize, ToSchema)]
pub struct OnlineLinkView {
    /// What it is ("Zoom", "Facebook Live"); null for a bare link.
    pub label: Option<String>,
    pub url: String,
}

impl EventView {
    /// The view of `e`, with links under `base`.
    pub fn new(e: &Event, base: &str) -> Self {
        let country = e.place.country;
        let regions = match country {
            Some(c) => c.regions().map(|r| r.slug.as_str()).collect(),
            None => vec![crate::domain::country::ONLINE],
        };
        Self {
            id: e.id,
            uid: e.uid.as_str().to_string(),
            title: e.title.clone(),
            description: e.description.clone(),
            start: e.time.start_text(),
            end: e.time.end_text(),
            timezone: e.time.zone().name().to_string(),
            start_utc: e.time.start_utc().to_string(),
            end_utc: e.time.end_utc().to_string(),
            all_day: e.time.is_all_day(),
            recurrence: e.recurrence.as_ref().map(|r| r.rule().to_string()),
            status: e.status.as_str(),
            sequence: e.sequence,
            country: country.map(|c| c.code()),
            country_name: country.map(|c| c.name()),
            city: e.place.city.clone(),
            venue: e.place.venue.clone(),
            latitude: e.place.geo.map(|g| g.0),
            longitude: e.place.geo.map(|g| g.1),
            location: ical::location(e),
            regions,
            campaigns: e.campaigns.iter().map(|c| c.slug.as_str().to_string()).collect(),
            tags: e.tags.iter().map(|t| t.as_str().to_string()).collect(),
            languages: e.languages.iter().map(|l| l.as_str().to_string()).collect(),
            online_url: e.online_links.first().map(|l| l.url.to_string()),
            online_links: e
                .online_links
                .iter()
                .map(|l| OnlineLinkView {
                    label: l.label.clone(),
                    url: l.url.to_string(),
                })
                .collect(),
            url: ical::event_page(base, e.id),
            ics_url: format!("{base}/events/{}.ics", e.id),
            created_at: e.created_at.to_string(),
            updated_at: e.updated_at.to_string(),
            next_start: None,
            next_start_utc: None,
        }
    }

    /// [`EventView::new`] with `next_start` seen from `today` (within two years).
    pub fn new_at(e: &Event, base: &str, today: jiff::civil::Date) -> Self {
        let mut view = Self::new(e, base);
        let until = today.checked_add(jiff::Span::new().years(2)).unwrap_or(today);
        if let Some(o) = e.occurrences(today, until, 1).first() {
            view.next_start = Some(local_text(e, o.start));
            view.next_start_utc = Some(o.start_utc.to_string());
        }
        view
    }

    /// The view of occurrence `o` of `e` (`expand=true`): the action with that occurrence's
    /// start and end, local and UTC.
    pub fn occurrence(e: &Event, base: &str, o: &crate::domain::event::Occurrence) -> Self {
        let mut view = Self::new(e, base);
        view.start = local_text(e, o.start);
        view.end = if e.time.is_all_day() {
            // All-day ends are the last day, inclusive (the occurrence ends at midnight after it).
            let last = if o.end > o.start {
                o.end.date().yesterday().unwrap_or(o.end.date())
            } else {
                o.start.date()
            };
            last.to_string()
        } else {
            local_text(e, o.end)
        };
        view.start_utc = o.start_utc.to_string();
        view.end_utc = o.end_utc.to_string();
        view.next_start = Some(view.start.clone());
        view.next_start_utc = Some(view.start_utc.clone());
        view
    }
}

/// A local time as `start` gives it: `YYYY-MM-DDTHH:MM`, or the date of an all-day action.
fn local_text(e: &Event, at: jiff::civil::DateTime) -> String {
    if e.time.is_all_day() {
        at.date().to_string()
    } else {
        at.strftime("%Y-%m-%dT%H:%M").to_string()
    }
}

/// A campaign with its feed.
#[derive(Debug, Serialize, ToSchema)]
pub struct CampaignView {
    pub slug: String,
    pub name: String,
    pub description: Option<String>,
    pub hashtag: Option<String>,
    pub ics_url: String,
}

impl CampaignView {
    /// The view of `c`, with links under `base`.
    pub fn new(c: &Campaign, base: &str) -> Self {
        Self {
            slug: c.slug.as_str().to_string(),
            name: c.name.clone(),
            description: c.description.clone(),
            hashtag: c.hashtag.clone(),
            ics_url: format!("{base}/campaigns/{}.ics", c.slug.as_str()),
        }
    }
}

/// A region with its feed.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegionView {
    /// Lowercase, hyphenated M49 name (`western-asia`), or `online`.
    pub slug: &'static str,
    /// The M49 name.
    pub name: &'static str,
    /// The three-digit M49 code (empty for `online`).
    pub m49: &'static str,
    /// `region`, `sub-region`, `intermediate-region` or `online`.
    pub level: &'static str,
    /// The slug of the region it belongs to.
    pub parent: Option<&'static str>,
    /// ISO 3166-1 codes of its countries.
    pub countries: Vec<&'static str>,
    /// Its feed.
    pub ics_url: String,
}

impl RegionView {
    /// The view of `info`, with its feed under `base`.
    pub fn new(info: &'static RegionInfo, base: &str) -> Self {
        let region = crate::domain::Region::try_from(info.slug.as_str()).ok();
        Self {
            slug: &info.slug,
            name: &info.name,
            m49: &info.m49,
            level: match info.level {
                crate::domain::country::RegionLevel::Region => "region",
                crate::domain::country::RegionLevel::SubRegion => "sub-region",
                crate::domain::country::RegionLevel::IntermediateRegion => "intermediate-region",
                crate::domain::country::RegionLevel::Online => "online",
            },
            parent: info.parent.as_deref(),
            countries: region
                .map(|r| r.countries().iter().map(|c| c.code()).collect())
                .unwrap_or_default(),
            ics_url: format!("{base}/regions/{}.ics", info.slug),
        }
    }
}

/// A page of `GET /api/v1/events`.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventList {
    pub events: Vec<EventView>,
    /// Pass as `cursor` for the next page; null on the last.
    pub next: Option<String>,
    /// The next page's full URL; null on the last.
    pub next_url: Option<String>,
}

/// An action that left the public calendar (removed after its dates, rejected, deleted), as
/// the incremental sync reports it: a mirror drops its copy with this `id` / `uid`.
#[derive(Debug, Serialize, ToSchema)]
pub struct TombstoneView {
    pub id: i64,
    pub uid: String,
    /// Always `true`.
    pub removed: bool,
    /// When it left, RFC 3339 UTC.
    pub changed_at: String,
}

/// One entry of the incremental sync: an action as it is now, or a tombstone.
#[derive(Debug, Serialize, ToSchema)]
#[serde(untagged)]
pub enum ChangeView {
    Published(Box<EventView>),
    Removed(TombstoneView),
}

impl ChangeView {
    /// The view of `change`, with links under `base`, next occurrences seen from `today`.
    pub fn new(change: &crate::store::events::Change, base: &str, today: jiff::civil::Date) -> Self {
        use crate::store::events::Change;
        match change {
            Change::Published(e) => Self::Published(Box::new(EventView::new_at(e, base, today))),
            Change::Removed(t) => Self::Removed(TombstoneView {
                id: t.id,
                uid: t.uid.clone(),
                removed: true,
                changed_at: rfc3339(t.changed_at),
            }),
        }
    }
}

/// A page of `GET /api/v1/events?updated_since=…`: every public change after the cursor, oldest
/// first, then the cursor to ask with next.
#[derive(Debug, Serialize, ToSchema)]
pub struct ChangeList {
    pub events: Vec<ChangeView>,
    /// Pass back as `updated_since` next time: every change committed up to it is in this
    /// page or an earlier one, in commit order, so nothing committed later can be skipped.
    pub next_since: String,
    /// The same as `next_since` while more changes follow at once; null on the last page.
    pub next: Option<String>,
    /// The next page's full URL; null on the last.
    pub next_url: Option<String>,
}

/// What `GET /api/v1/events` answers: a page of actions ([`EventList`]), or with
/// `updated_since` the changes since ([`ChangeList`]). Documented as `anyOf` the two (a page of
/// changes holding only actions has both shapes).
pub struct EventsAnswer;

impl utoipa::PartialSchema for EventsAnswer {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{AnyOf, Schema};
        use utoipa::openapi::{Ref, RefOr};
        RefOr::T(Schema::AnyOf(
            AnyOf::builder()
                .item(Ref::from_schema_name("EventList"))
                .item(Ref::from_schema_name("ChangeList"))
                .build(),
        ))
    }
}

impl utoipa::ToSchema for EventsAnswer {
    fn schemas(schemas: &mut Vec<(String, utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>)>) {
        use utoipa::PartialSchema as _;
        schemas.push(("EventList".into(), EventList::schema()));
        <EventList as utoipa::ToSchema>::schemas(schemas);
        schemas.push(("ChangeList".into(), ChangeList::schema()));
        <ChangeList as utoipa::ToSchema>::schemas(schemas);
    }
}

/// `GET /healthz`.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// Always `ok`.
    pub status: &'static str,
    /// The store's revision.
    pub revision: i64,
}

/// `GET /api/v1/campaigns`.
#[derive(Debug, Serialize, ToSchema)]
pub struct CampaignList {
    pub campaigns: Vec<CampaignView>,
}

/// `GET /api/v1/regions`.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegionList {
    pub regions: Vec<RegionView>,
}

/// A refusal: what was wrong and what is allowed; `field` names the culprit.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorView {
    pub error: String,
    pub field: Option<String>,
    /// Values that would be accepted, when the refusal can name them.
    pub choices: Option<Vec<String>>,
    /// Likely mistakes to confirm (submissions).
    pub warnings: Option<Vec<WarningView>>,
    /// Every field refused, at once (a 422): the first is `field`.
    pub errors: Option<Vec<FieldError>>,
}

/// One refused field of a 422.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldError {
    pub field: String,
    /// What was wrong and what is allowed.
    pub message: String,
    /// Values that would be accepted, when the refusal can name them.
    pub choices: Option<Vec<String>>,
}

/// A likely mistake in a submission.
#[derive(Debug, Serialize, ToSchema)]
pub struct WarningView {
    /// Send it back in `confirm` to submit anyway.
    pub code: String,
    pub field: String,
    pub message: String,
}

/// What `POST /api/v1/submissions` answers.
#[derive(Debug, Serialize, ToSchema)]
pub struct SubmissionCreated {
    pub id: i64,
    pub uid: String,
    /// Always `pending`.
    pub status: String,
    /// The private edit link (page).
    pub edit_url: String,
    /// The private edit link (API).
    pub api_url: String,
    /// Whether the edit link is also e-mailed to the organiser (the server has a mail relay).
    pub edit_link_mailed: bool,
    pub message: String,
}

/// An action as coordinators see it: everything, the organiser's contact included.
#[derive(Debug, Serialize, ToSchema)]
pub struct ModerationView {
    #[serde(flatten)]
    pub event: EventView,
    pub moderation: &'static str,
    pub reject_reason: Option<String>,
    pub organiser_email: Option<String>,
    pub organiser_name: Option<String>,
}

impl ModerationView {
    /// The view of `e` and its contact.
    pub fn new(e: &Event, contact: crate::domain::event::OrganiserContact, base: &str) -> Self {
        Self {
            event: EventView::new(e, base),
            moderation: e.moderation.as_str(),
            reject_reason: e.reject_reason.clone(),
            organiser_email: contact.email,
            organiser_name: contact.name,
        }
    }
}

/// What an organiser's edit link shows: the action and where it stands.
#[derive(Debug, Serialize, ToSchema)]
pub struct SubmissionView {
    pub id: i64,
    /// `pending`, `published` or `rejected`.
    pub moderation: &'static str,
    /// Why it was rejected, when it was.
    pub reject_reason: Option<String>,
    /// The action as the calendar shows it (for a published action, until a coordinator
    /// accepts a proposed change).
    pub event: EventView,
    /// The organiser's change to a published action, while it waits or once refused.
    pub proposed_edit: Option<ProposedEditView>,
}

impl SubmissionView {
    /// The view of `e` (and the change proposed for it) for its organiser.
    pub fn new(e: &Event, proposed: Option<&ProposedEdit>, base: &str) -> Self {
        Self {
            id: e.id,
            moderation: e.moderation.as_str(),
            reject_reason: e.reject_reason.clone(),
            event: EventView::new(e, base),
            proposed_edit: proposed.map(|p| ProposedEditView::new(p, Viewer::Organiser)),
        }
    }
}

/// A change an organiser proposed for their published action.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProposedEditView {
    /// `pending` (waiting for a coordinator) or `rejected`.
    pub state: &'static str,
    /// Why a coordinator refused it.
    pub reason: Option<String>,
    /// When it was proposed, RFC 3339 UTC.
    pub proposed_at: String,
    /// The proposed action in the import format.
    #[schema(value_type = Object)]
    pub proposal: serde_json::Value,
}

/// Who a view is for: the organiser's contact is shown to coordinators only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    /// The organiser, through their edit link.
    Organiser,
    /// A coordinator.
    Coordinator,
}

impl ProposedEditView {
    /// The view of `p` for `reader`.
    pub fn new(p: &ProposedEdit, reader: Viewer) -> Self {
        let mut proposal = p.proposal.clone();
        if reader == Viewer::Organiser {
            crate::domain::event::without_contact(&mut proposal);
        }
        Self {
            state: if p.refused.is_some() { "rejected" } else { "pending" },
            reason: p.refused.clone(),
            proposed_at: rfc3339(p.proposed_at),
            proposal,
        }
    }
}

/// One field a proposed change would change.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldChange {
    /// The import format's field name.
    pub field: String,
    /// Its value now (any JSON value; absent: null).
    pub before: serde_json::Value,
    /// Its proposed value (any JSON value; absent: null).
    pub after: serde_json::Value,
}

/// A proposed change as coordinators review it: the action now, the proposal, and the diff.
#[derive(Debug, Serialize, ToSchema)]
pub struct EditReview {
    pub event_id: i64,
    /// Send back as `?version=` when approving: a proposal replaced since is not approved.
    pub version: String,
    /// The action as published now.
    pub current: ModerationView,
    pub proposed_edit: ProposedEditView,
    /// Every field that would change, by field name.
    pub changes: Vec<FieldChange>,
}

impl EditReview {
    /// The review of `p`, a change to `e` (whose contact is `contact`).
    pub fn new(e: &Event, contact: crate::domain::event::OrganiserContact, p: &ProposedEdit, base: &str) -> Self {
        let before = e.to_import_json(Some(&contact));
        let mut fields: Vec<&String> = before
            .as_object()
            .into_iter()
            .chain(p.proposal.as_object())
            .flat_map(|m| m.keys())
            .collect();
        fields.sort();
        fields.dedup();
        let changes = fields
            .into_iter()
            .filter_map(|f| {
                let (b, a) = (&before[f.as_str()], &p.proposal[f.as_str()]);
                (b != a).then(|| FieldChange {
                    field: f.clone(),
                    before: b.clone(),
                    after: a.clone(),
                })
            })
            .collect();
        Self {
            event_id: e.id,
            version: p.version(),
            current: ModerationView::new(e, contact, base),
            proposed_edit: ProposedEditView::new(p, Viewer::Coordinator),
            changes,
        }
    }
}

pub(crate) fn rfc3339(unix: i64) -> String {
    jiff::Timestamp::from_second(unix)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .to_string()
}

/// The edit link of a submission: the page, and its API twin.
pub fn edit_links(base: &str, token: &str) -> (String, String) {
    (
        format!("{base}/submissions/{token}"),
        format!("{base}/api/v1/submissions/{token}"),
    )
}

/// `GET /api/v1/moderation/queue`: pending submissions, oldest first, and the changes
/// proposed for published actions.
#[derive(Debug, Serialize, ToSchema)]
pub struct Queue {
    pub submissions: Vec<ModerationView>,
    pub edits: Vec<EditReview>,
}

/// `GET /api/v1/moderation/edits`.
#[derive(Debug, Serialize, ToSchema)]
pub struct EditList {
    pub edits: Vec<EditReview>,
}

/// A campaign made or edited, with its feed.
#[derive(Debug, Serialize, ToSchema)]
pub struct CampaignSaved {
    pub slug: String,
    pub ics_url: String,
}

impl CampaignSaved {
    /// The campaign `slug`, with its feed under `base`.
    pub fn new(slug: String, base: &str) -> Self {
        let ics_url = format!("{base}/campaigns/{slug}.ics");
        Self { slug, ics_url }
    }
}

/// One entry of the audit log: who did what to which action or campaign, when, before and
/// after.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEntryView {
    pub id: i64,
    /// Unix seconds.
    pub at: i64,
    /// `coordinator:{id}:{name}`, `organiser` or `operator` (the command line).
    pub actor: String,
    /// `submit`, `approve`, `reject`, `edit`, `propose-edit`, `cancel`, `remove`,
    /// `campaign-create`, `import`, `coordinator-add`…
    pub action: String,
    pub event_id: Option<i64>,
    pub campaign: Option<String>,
    /// The thing before the change.
    #[schema(value_type = Option<Object>)]
    pub before: Option<serde_json::Value>,
    /// The thing after the change.
    #[schema(value_type = Option<Object>)]
    pub after: Option<serde_json::Value>,
}

impl From<crate::store::audit::Entry> for AuditEntryView {
    fn from(e: crate::store::audit::Entry) -> Self {
        let crate::store::audit::Entry {
            id,
            at,
            actor,
            action,
            event_id,
            campaign,
            before,
            after,
        } = e;
        Self {
            id,
            at,
            actor,
            action,
            event_id,
            campaign,
            before,
            after,
        }
    }
}

/// `GET /api/v1/moderation/log`: newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct LogPage {
    pub entries: Vec<AuditEntryView>,
    /// Pass as `before` for the page after; null on the last.
    pub next_before: Option<i64>,
}
