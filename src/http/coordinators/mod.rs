//! Coordinators: the moderation API under `/api/v1/moderation` (Bearer token) and the
//! moderation desk under `/admin` (browser session).

pub mod auth;
pub mod desk;
pub mod moderation;
pub mod sources;

use actix_web::web as aw;
use utoipa_actix_web::service_config::ServiceConfig;

use super::{Endpoint, get};

/// The coordinators' routes.
pub fn routes(cfg: &mut ServiceConfig) {
    use moderation as m;
    cfg.service(Endpoint::new(m::__path_queue, aw::get().to(m::queue)))
        .service(Endpoint::new(m::__path_approve, aw::post().to(m::approve)))
        .service(Endpoint::new(m::__path_reject, aw::post().to(m::reject)))
        .service(Endpoint::new(m::__path_edits, aw::get().to(m::edits)))
        .service(Endpoint::new(m::__path_approve_edit, aw::post().to(m::approve_edit)))
        .service(Endpoint::new(m::__path_reject_edit, aw::post().to(m::reject_edit)))
        .service(
            Endpoint::new(m::__path_edit, aw::put().to(m::edit))
                .and(m::__path_patch, aw::patch().to(m::patch))
                .and(m::__path_remove, aw::delete().to(m::remove)),
        )
        .service(Endpoint::new(m::__path_cancel, aw::post().to(m::cancel)))
        .service(Endpoint::new(
            m::__path_create_campaign,
            aw::post().to(m::create_campaign),
        ))
        .service(Endpoint::new(m::__path_edit_campaign, aw::put().to(m::edit_campaign)))
        .service(Endpoint::new(m::__path_log, aw::get().to(m::log)))
        .service(
            Endpoint::new(sources::__path_list, aw::get().to(sources::list))
                .and(sources::__path_add, aw::post().to(sources::add)),
        )
        .service(
            Endpoint::new(sources::__path_one, aw::get().to(sources::one))
                .and(sources::__path_edit, aw::put().to(sources::edit))
                .and(sources::__path_remove, aw::delete().to(sources::remove)),
        )
        .service(Endpoint::new(
            sources::__path_poll_now,
            aw::post().to(sources::poll_now),
        ))
        .service(Endpoint::new(sources::__path_release, aw::post().to(sources::release)));
    cfg.map(|cfg| {
        cfg.service(aw::resource("/admin").route(get(desk::queue)))
            .service(
                aw::resource("/admin/login")
                    .route(get(desk::login_form))
                    .route(aw::post().to(desk::login)),
            )
            .service(aw::resource("/admin/logout").route(aw::post().to(desk::logout)))
            .service(aw::resource("/admin/digest").route(aw::post().to(desk::set_digest)))
            .service(
                aw::resource("/admin/digest/unsubscribe")
                    .route(get(desk::unsubscribe_page))
                    .route(aw::post().to(desk::unsubscribe)),
            )
            .service(aw::resource("/admin/submissions/{id}/approve").route(aw::post().to(desk::approve)))
            .service(aw::resource("/admin/submissions/{id}/reject").route(aw::post().to(desk::reject)))
            .service(aw::resource("/admin/edits/{id}/approve").route(aw::post().to(desk::approve_edit)))
            .service(aw::resource("/admin/edits/{id}/reject").route(aw::post().to(desk::reject_edit)))
            .service(aw::resource("/admin/log").route(get(desk::log)))
            .service(aw::resource("/admin/events").route(get(desk::find)))
            .service(
                aw::resource("/admin/campaigns")
                    .route(get(desk::campaigns_page))
                    .route(aw::post().to(desk::create_campaign)),
            )
            .service(aw::resource("/admin/campaigns/{slug}").route(aw::post().to(desk::edit_campaign)))
            .service(aw::resource("/admin/coordinators").route(get(desk::coordinators_page)))
            .service(aw::resource("/admin/coordinators/{id}/revoke").route(aw::post().to(desk::revoke)))
            .service(
                aw::resource("/admin/events/{id}")
                    .route(get(desk::open))
                    .route(aw::post().to(desk::save)),
            )
            .service(aw::resource("/admin/events/{id}/cancel").route(aw::post().to(desk::cancel)))
            .service(aw::resource("/admin/events/{id}/remove").route(aw::post().to(desk::remove)))
            .service(
                aw::resource("/admin/sources")
                    .route(get(desk::sources_page))
                    .route(aw::post().to(desk::add_source)),
            )
            .service(aw::resource("/admin/mail").route(get(desk::mail_page)))
            .service(aw::resource("/admin/mail/{id}").route(get(desk::mail_message)))
            .service(aw::resource("/admin/sources/{id}").route(aw::post().to(desk::save_source)))
            .service(aw::resource("/admin/sources/{id}/poll").route(aw::post().to(desk::poll_source_now)))
            .service(aw::resource("/admin/sources/{id}/release").route(aw::post().to(desk::release_source)))
            .service(aw::resource("/admin/sources/{id}/remove").route(aw::post().to(desk::remove_source)))
    });
}
