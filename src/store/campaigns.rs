//! Campaign rows.

use rusqlite::{Connection, OptionalExtension, params};

use super::Result;
use crate::domain::{Campaign, CampaignSlug, NewCampaign};

/// Inserts or updates a campaign; returns true when something changed.
pub fn upsert(c: &Connection, campaign: &NewCampaign, now: i64) -> Result<bool> {
    let mut stmt = c.prepare_cached(
        "INSERT INTO campaigns (slug, name, description, hashtag, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)
         ON CONFLICT (slug) DO UPDATE SET
             name = excluded.name, description = excluded.description,
             hashtag = excluded.hashtag, updated_at = excluded.updated_at
         WHERE name IS NOT excluded.name OR description IS NOT excluded.description
            OR hashtag IS NOT excluded.hashtag",
    )?;
    let n = stmt.execute(params![
        campaign.slug.as_str(),
        campaign.name,
        campaign.description,
        campaign.hashtag,
        now
    ])?;
    Ok(n > 0)
}

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(String, String, Option<String>, Option<String>)> {
    Ok((r.get("slug")?, r.get("name")?, r.get("description")?, r.get("hashtag")?))
}

fn build((slug, name, description, hashtag): (String, String, Option<String>, Option<String>)) -> Result<Campaign> {
    let slug = CampaignSlug::try_from(slug).map_err(|e| super::StoreError::Corrupt(e.to_string()))?;
    Ok(Campaign {
        slug,
        name,
        description,
        hashtag,
    })
}

/// Every campaign, by slug.
pub fn all(c: &Connection) -> Result<Vec<Campaign>> {
    let mut stmt = c.prepare_cached("SELECT slug, name, description, hashtag FROM campaigns ORDER BY slug")?;
    let rows = stmt.query_map([], from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(build).collect()
}

/// One campaign.
pub fn by_slug(c: &Connection, slug: &CampaignSlug) -> Result<Option<Campaign>> {
    let mut stmt = c.prepare_cached("SELECT slug, name, description, hashtag FROM campaigns WHERE slug = ?1")?;
    stmt.query_row([slug.as_str()], from_row)
        .optional()?
        .map(build)
        .transpose()
}

/// The slugs of every campaign.
pub fn slugs(c: &Connection) -> Result<Vec<String>> {
    let mut stmt = c.prepare_cached("SELECT slug FROM campaigns ORDER BY slug")?;
    Ok(stmt
        .query_map([], |r| r.get("slug"))?
        .collect::<rusqlite::Result<_>>()?)
}
