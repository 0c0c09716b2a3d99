//! HTML pages served over HTTP.

use actix_web::web::{Data, Path};
use actix_web::{HttpRequest, HttpResponse};

use super::cached::{self, HTML};
use super::feeds::event_id;
use super::{ApiError, ApiResult, AppState};
use crate::store::events;

/// `GET /events/{id}`: the action's page, which every VEVENT's URL points at.
pub async fn event(state: Data<AppState>, req: HttpRequest, id: Path<String>) -> ApiResult<HttpResponse> {
    let id = event_id(&id)?;
    let base = state.base_url.clone();
    cached::respond(&state, &req, HTML, move |c| {
        let event = events::by_id(c, id)?.ok_or_else(|| ApiError::NotFound(format!("no action {id}")))?;
        Ok(crate::pages::event::render(&event, &base).into_string())
    })
    .await
}
