//! The OpenAPI 3.1 document of the HTTP interface, generated from the handlers' annotations and
//! the view types (utoipa), served at `/api/v1/openapi.json`.

use actix_web::HttpResponse;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::{api, feeds, moderation, submissions, views};

struct Bearer;

impl Modify for Bearer {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("Coordinator token from actioncal admin add-coordinator"))
                    .build(),
            ),
        );
    }
}

/// The document.
#[derive(OpenApi)]
#[openapi(
    info(title = "actioncal", description = "A worldwide calendar of actions: feeds, read API, submissions and moderation."),
    paths(
        feeds::everything, feeds::campaign, feeds::region, feeds::country, feeds::single, feeds::atom,
        api::events, api::event, api::campaigns, api::regions,
        submissions::create, submissions::show, submissions::edit, submissions::cancel,
        moderation::queue, moderation::approve, moderation::reject, moderation::edit, moderation::cancel,
        moderation::edits, moderation::approve_edit, moderation::reject_edit,
        moderation::remove, moderation::create_campaign, moderation::edit_campaign, moderation::log,
    ),
    components(schemas(
        views::EventView, views::OnlineLinkView, views::EventList, views::ChangeList, views::ChangeView, views::TombstoneView, views::CampaignView, views::CampaignList, views::RegionView,
        views::RegionList, views::ErrorView, views::WarningView, views::SubmissionCreated, views::SubmissionView,
        views::ModerationView, views::ProposedEditView, views::EditReview, views::FieldChange,
    )),
    modifiers(&Bearer),
    tags(
        (name = "feeds", description = "Subscribable iCalendar and Atom feeds"),
        (name = "read", description = "The JSON read API, with incremental sync"),
        (name = "organisers", description = "Submissions without an account; the edit link is the capability"),
        (name = "coordinators", description = "Moderation, campaigns, audit log (Bearer token)"),
    )
)]
pub struct ApiDoc;

/// `GET /api/v1/openapi.json`.
pub async fn document() -> HttpResponse {
    match ApiDoc::openapi().to_pretty_json() {
        Ok(json) => HttpResponse::Ok()
            .content_type("application/json")
            .insert_header(("Cache-Control", "public, max-age=3600"))
            .body(json),
        Err(e) => actix_web::ResponseError::error_response(&super::ApiError::Internal(e.to_string())),
    }
}
