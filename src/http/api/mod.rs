//! The JSON API under `/api/v1`: reading actions, campaigns and regions (with incremental
//! sync), and organisers' submissions through their edit link. `/healthz` sits here too.

pub mod organisers;
pub mod read;

use actix_web::web as aw;
use utoipa_actix_web::service_config::ServiceConfig;

use super::{Endpoint, get};

/// The JSON API's routes.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(Endpoint::read(read::__path_events, get(read::events)))
        .service(Endpoint::read(read::__path_event, get(read::event)))
        .service(Endpoint::read(read::__path_campaigns, get(read::campaigns)))
        .service(Endpoint::read(read::__path_regions, get(read::regions)))
        .service(Endpoint::read(read::__path_health, get(read::health)))
        .service(Endpoint::new(
            organisers::__path_create,
            aw::post().to(organisers::create),
        ))
        .service(
            Endpoint::new(organisers::__path_show, get(organisers::show))
                .and(organisers::__path_edit, aw::put().to(organisers::edit))
                .and(organisers::__path_patch, aw::patch().to(organisers::patch)),
        )
        .service(Endpoint::new(
            organisers::__path_cancel,
            aw::post().to(organisers::cancel),
        ));
}
