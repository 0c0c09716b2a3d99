//! The OpenAPI 3.1 document of the HTTP interface, served at `/api/v1/openapi.json`. Its paths
//! and schemas are collected from the routes as they are registered ([`super::Endpoint`]:
//! each handler's `#[utoipa::path]` and the view types it names); only the title, the tags and
//! the security scheme are written here.

use actix_web::HttpResponse;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

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
    modifiers(&Bearer),
    tags(
        (name = "feeds", description = "Subscribable iCalendar and Atom feeds"),
        (name = "read", description = "The JSON read API, with incremental sync"),
        (name = "organisers", description = "Submissions without an account; the edit link is the capability"),
        (name = "coordinators", description = "Moderation, campaigns, audit log (Bearer token)"),
    )
)]
pub struct ApiDoc;

/// `GET /api/v1/openapi.json`: `document`, the document collected when the routes were
/// registered, as JSON.
pub fn service(document: utoipa::openapi::OpenApi) -> actix_web::Resource {
    let json = document
        .to_pretty_json()
        .unwrap_or_else(|e| format!("{{\"error\": \"the document could not be written: {e}\"}}"));
    actix_web::web::resource("/api/v1/openapi.json").route(super::get(move || {
        let json = json.clone();
        async move {
            HttpResponse::Ok()
                .content_type("application/json")
                .insert_header(("Cache-Control", "public, max-age=3600"))
                .body(json)
        }
    }))
}
