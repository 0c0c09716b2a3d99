//! Campaigns, made and edited by coordinators, each change with its audit entry.

use rusqlite::Connection;
use serde_json::Value;

use super::{WriteError, WriteResult};
use crate::domain::campaign::CampaignForm;
use crate::domain::{DomainError, NewCampaign};
use crate::store::audit::{self, Action, Actor, Record};
use crate::store::campaigns;
use crate::store::coordinators::Coordinator;

/// A campaign as the audit log records it.
fn recorded(slug: &str, name: &str, description: Option<&str>, hashtag: Option<&str>) -> Value {
    serde_json::json!({ "slug": slug, "name": name, "description": description, "hashtag": hashtag })
}

/// A coordinator makes a campaign; answers its slug. 409 when the slug is taken.
pub fn create(c: &mut Connection, who: &Coordinator, form: CampaignForm, now: i64) -> WriteResult<String> {
    let campaign = NewCampaign::try_from(form)?;
    let slug = campaign.slug.as_str().to_string();
    save(c, who, campaign, Save::Create, now)?;
    Ok(slug)
}

/// A coordinator edits the campaign `slug`, which stays (it is in every feed URL); answers
/// the slug. 404 when there is none.
pub fn edit(
    c: &mut Connection,
    who: &Coordinator,
    slug: &str,
    mut form: CampaignForm,
    now: i64,
) -> WriteResult<String> {
    if form.slug.as_deref().is_some_and(|s| s != slug) {
        return Err(DomainError::new("slug", "cannot change; it is in every feed URL").into());
    }
    form.slug = Some(slug.to_string());
    let campaign = NewCampaign::try_from(form)?;
    save(c, who, campaign, Save::Edit, now)?;
    Ok(slug.to_string())
}

/// Whether a save makes a campaign or changes one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Save {
    Create,
    Edit,
}

fn save(c: &mut Connection, who: &Coordinator, campaign: NewCampaign, save: Save, now: i64) -> WriteResult<()> {
    let tx = c.transaction()?;
    let existing = campaigns::by_slug(&tx, &campaign.slug)?;
    match (&existing, save) {
        (Some(_), Save::Create) => {
            return Err(WriteError::Conflict(format!(
                "campaign {:?} exists; edit it instead",
                campaign.slug.as_str()
            )));
        }
        (None, Save::Edit) => {
            return Err(WriteError::NotFound(format!(
                "no campaign {:?}",
                campaign.slug.as_str()
            )));
        }
        _ => {}
    }
    let before = existing.map(|e| recorded(e.slug.as_str(), &e.name, e.description.as_deref(), e.hashtag.as_deref()));
    campaigns::upsert(&tx, &campaign, now)?;
    let after = recorded(
        campaign.slug.as_str(),
        &campaign.name,
        campaign.description.as_deref(),
        campaign.hashtag.as_deref(),
    );
    audit::record(
        &tx,
        now,
        Record {
            actor: Actor::Coordinator(who),
            action: match save {
                Save::Create => Action::CampaignCreate,
                Save::Edit => Action::CampaignEdit,
            },
            event_id: None,
            campaign: Some(campaign.slug.as_str()),
            before,
            after: Some(after),
        },
    )?;
    tx.commit()?;
    Ok(())
}
