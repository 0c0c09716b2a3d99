//! Filter values that must name something in the store: a filter on a campaign, tag or
//! language nobody uses is a typo, answered with the known values instead of an empty feed.

use std::collections::HashSet;

use rusqlite::Connection;

use super::ApiResult;
use crate::domain::{DomainError, FeedFilter};
use crate::store::{campaigns, events};

fn listing<'a>(values: impl Iterator<Item = &'a str>) -> String {
    let mut v: Vec<&str> = values.collect();
    v.sort_unstable();
    v.join(", ")
}

/// Refuses campaign, tag and language filter values that name nothing in the store.
pub fn check(c: &Connection, filter: &FeedFilter) -> ApiResult<()> {
    if !filter.campaigns.is_empty() {
        let known = campaigns::slugs(c)?;
        if let Some(unknown) = filter.campaigns.iter().find(|s| !known.iter().any(|k| k == s.as_str())) {
            let msg = format!("{:?} is not a campaign; known: {}", unknown.as_str(), known.join(", "));
            return Err(DomainError::new("campaign", msg).into());
        }
    }
    if filter.tags.is_empty() && filter.langs.is_empty() {
        return Ok(());
    }
    let (tags, langs): (HashSet<String>, HashSet<String>) = events::known_tags_and_languages(c)?;
    if let Some(t) = filter.tags.iter().find(|t| !tags.contains(t.as_str())) {
        let msg = format!(
            "{:?} is not a tag of any action; known: {}",
            t.as_str(),
            listing(tags.iter().map(String::as_str))
        );
        return Err(DomainError::new("tag", msg).into());
    }
    if let Some(l) = filter.langs.iter().find(|l| !langs.contains(l.as_str())) {
        let msg = format!(
            "{:?} is not a language of any action; known: {}",
            l.as_str(),
            listing(langs.iter().map(String::as_str))
        );
        return Err(DomainError::new("lang", msg).into());
    }
    Ok(())
}
