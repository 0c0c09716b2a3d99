//! The web: the day-by-day pages, an action's page, the feed builder and the partner widget
//! (all cached like the feeds), and the organisers' forms (never cached).

pub mod forms;
pub mod pages;

use actix_web::HttpResponse;
use actix_web::web as aw;
use utoipa_actix_web::service_config::ServiceConfig;

use super::{get, page};

/// The web's routes.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.map(|cfg| {
        cfg.service(page("/events/{id}", pages::event))
            .service(page("/", pages::home))
            .service(page("/subscribe", pages::builder))
            .service(page("/embed", pages::embed))
            .service(page("/campaigns/{slug}", pages::campaign))
            .service(page("/regions/{slug}", pages::region))
            .service(page("/countries/{code}", pages::country))
            .service(aw::resource("/static/pages.js").route(get(pages_js)))
            .service(aw::resource("/static/submit.js").route(get(submit_js)))
            .service(aw::resource("/static/admin.js").route(get(admin_js)))
            .service(
                aw::resource("/submit")
                    .route(get(forms::new_form))
                    .route(aw::post().to(forms::create)),
            )
            .service(
                aw::resource("/submissions/{token}")
                    .route(get(forms::show))
                    .route(aw::post().to(forms::edit)),
            )
            .service(aw::resource("/submissions/{token}/cancel").route(aw::post().to(forms::cancel)))
            .service(aw::resource("/submissions/{token}/uncancel").route(aw::post().to(forms::uncancel)))
    });
}

/// One of the pages' scripts, served from the binary.
fn script(body: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .insert_header(("Cache-Control", "public, max-age=3600"))
        .body(body)
}

/// The submission form's progressive script.
async fn submit_js() -> HttpResponse {
    script(include_str!("../../../static/submit.js"))
}

/// The public pages' progressive script.
async fn pages_js() -> HttpResponse {
    script(include_str!("../../../static/pages.js"))
}

/// The moderation desk's keys.
async fn admin_js() -> HttpResponse {
    script(include_str!("../../../static/admin.js"))
}
