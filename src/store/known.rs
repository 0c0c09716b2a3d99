//! Names that must exist in the store: a filter, a submission or an import naming a campaign,
//! tag or language nobody uses is a typo, answered with the known values (one check for every
//! path that takes such a name).

use std::collections::HashSet;

use rusqlite::Connection;

use super::{Result, campaigns, events};
use crate::domain::{CampaignSlug, DomainError, FeedFilter};

/// The campaign slugs in the store, read once (an import checks 100 000 actions against them).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Campaigns(HashSet<String>);

impl Campaigns {
    /// The campaigns in the store now.
    pub fn read(c: &Connection) -> Result<Self> {
        Ok(Self(campaigns::slugs(c)?.into_iter().collect()))
    }

    /// Counts `slug` as known (a campaign an import file adds before its actions).
    pub fn add(&mut self, slug: &CampaignSlug) {
        self.0.insert(slug.as_str().to_string());
    }

    /// The first of `slugs` that names no known campaign.
    pub fn first_unknown<'a>(&self, slugs: impl IntoIterator<Item = &'a CampaignSlug>) -> Option<&'a CampaignSlug> {
        slugs.into_iter().find(|s| !self.0.contains(s.as_str()))
    }

    /// The refusal of `unknown` in `field`: what was wrong and which campaigns there are.
    pub fn refusal(&self, field: &str, unknown: &CampaignSlug) -> DomainError {
        DomainError::says(
            field,
            "err_unknown_campaign",
            &[
                ("value", &format!("{:?}", unknown.as_str())),
                ("known", &listing(&self.0)),
            ],
        )
    }

    /// Refuses (in `field`) the first of `slugs` that names no campaign.
    pub fn check<'a>(
        &self,
        field: &str,
        slugs: impl IntoIterator<Item = &'a CampaignSlug>,
    ) -> std::result::Result<(), DomainError> {
        match self.first_unknown(slugs) {
            Some(unknown) => Err(self.refusal(field, unknown)),
            None => Ok(()),
        }
    }
}

fn listing(values: &HashSet<String>) -> String {
    let mut v: Vec<&str> = values.iter().map(String::as_str).collect();
    v.sort_unstable();
    v.join(", ")
}

/// Every name a filter may use (campaigns, and the tags and languages of public actions), read
/// at one revision and kept for as long as it is current: a refusal of an unknown value then
/// costs a lookup, not a scan of the store.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Names {
    campaigns: Campaigns,
    tags: HashSet<String>,
    langs: HashSet<String>,
}

impl Names {
    /// The names in the store now.
    pub fn read(c: &Connection) -> Result<Self> {
        let (tags, langs) = events::known_tags_and_languages(c)?;
        Ok(Self {
            campaigns: Campaigns::read(c)?,
            tags,
            langs,
        })
    }

    /// The names made of the campaigns' slugs and the tags and languages of public actions
    /// (as an in-memory copy of them knows them).
    pub fn of(campaigns: HashSet<String>, tags: HashSet<String>, langs: HashSet<String>) -> Self {
        Self {
            campaigns: Campaigns(campaigns),
            tags,
            langs,
        }
    }

    /// The refusal of `filter` when it names something nobody uses (a campaign, tag or
    /// language), saying which values there are.
    pub fn refusal(&self, filter: &FeedFilter) -> Option<DomainError> {
        if let Err(e) = self.campaigns.check("campaign", &filter.campaigns) {
            return Some(e);
        }
        if let Some(t) = filter.tags.iter().find(|t| !self.tags.contains(t.as_str())) {
            return Some(DomainError::says(
                "tag",
                "err_unknown_tag",
                &[("value", &format!("{:?}", t.as_str())), ("known", &listing(&self.tags))],
            ));
        }
        if let Some(l) = filter.langs.iter().find(|l| !self.langs.contains(l.as_str())) {
            return Some(DomainError::says(
                "lang",
                "err_unknown_language",
                &[
                    ("value", &format!("{:?}", l.as_str())),
                    ("known", &listing(&self.langs)),
                ],
            ));
        }
        None
    }
}

/// Whether `filter` names anything that must exist (a campaign, a tag, a language).
pub fn names_anything(filter: &FeedFilter) -> bool {
    !(filter.campaigns.is_empty() && filter.tags.is_empty() && filter.langs.is_empty())
}
