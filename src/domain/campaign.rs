//! Campaigns: a named call to action (#AllForPalestine) that actions belong to.

use serde::{Deserialize, Serialize};

use super::text::Lines;
use super::text::{self, SHORT_TEXT_MAX};
use super::{DomainError, DomainResult, check_slug};

/// Longest campaign slug.
pub const SLUG_MAX: usize = 64;
/// Longest campaign description.
pub const DESCRIPTION_MAX: usize = 2_000;
/// Longest hashtag, without its `#`.
pub const HASHTAG_MAX: usize = 100;

/// A campaign's URL name: lowercase letters, digits and hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CampaignSlug(String);

impl CampaignSlug {
    /// The slug text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for CampaignSlug {
    type Error = DomainError;
    fn try_from(s: String) -> DomainResult<Self> {
        check_slug("campaign", &s, SLUG_MAX)?;
        Ok(Self(s))
    }
}

impl From<CampaignSlug> for String {
    fn from(s: CampaignSlug) -> String {
        s.0
    }
}

/// A campaign as it arrives in an import file, unchecked.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CampaignForm {
    /// Slug, e.g. `all-for-palestine`.
    pub slug: Option<String>,
    /// Display name.
    pub name: Option<String>,
    /// Optional description.
    pub description: Option<String>,
    /// Optional hashtag, with or without `#`.
    pub hashtag: Option<String>,
}

/// A validated campaign, not yet stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCampaign {
    /// Slug.
    pub slug: CampaignSlug,
    /// Display name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// Hashtag without `#`.
    pub hashtag: Option<String>,
}

impl TryFrom<CampaignForm> for NewCampaign {
    type Error = DomainError;
    fn try_from(form: CampaignForm) -> DomainResult<Self> {
        let slug = CampaignSlug::try_from(
            form.slug
                .ok_or_else(|| DomainError::new("slug", "is required, e.g. \"all-for-palestine\""))?,
        )
        .map_err(|e| e.renamed("slug"))?;
        let name = text::required("name", form.name.as_deref(), SHORT_TEXT_MAX, Lines::One)?;
        let description = text::optional("description", form.description.as_deref(), DESCRIPTION_MAX, Lines::Many)?;
        let hashtag = match form.hashtag.as_deref().map(|h| h.trim().trim_start_matches('#')) {
            None | Some("") => None,
            Some(h) if h.chars().count() <= HASHTAG_MAX && h.chars().all(|c| c.is_alphanumeric() || c == '_') => {
                Some(h.to_string())
            }
            Some(h) => {
                return Err(DomainError::says(
                    "hashtag",
                    "err_hashtag",
                    &[("value", &format!("{h:?}")), ("max", &HASHTAG_MAX)],
                ));
            }
        };
        Ok(Self {
            slug,
            name,
            description,
            hashtag,
        })
    }
}

/// A stored campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Campaign {
    /// Slug.
    pub slug: CampaignSlug,
    /// Display name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// Hashtag without `#`.
    pub hashtag: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_digits_and_inner_hyphens() {
        assert!(CampaignSlug::try_from("all-for-palestine-2027".to_string()).is_ok());
        for bad in ["", "All", "a b", "-a", "a-", "a--b", "ä", &"x".repeat(65)] {
            assert!(CampaignSlug::try_from(bad.to_string()).is_err(), "{bad}");
        }
    }

    #[test]
    fn hashtags_lose_their_hash_and_keep_their_script() {
        let form = |h: &str| CampaignForm {
            slug: Some("c".into()),
            name: Some("C".into()),
            hashtag: Some(h.into()),
            ..Default::default()
        };
        assert_eq!(
            NewCampaign::try_from(form("#AllForPalestine"))
                .unwrap()
                .hashtag
                .as_deref(),
            Some("AllForPalestine")
        );
        assert_eq!(
            NewCampaign::try_from(form("#كلنا_لفلسطين")).unwrap().hashtag.as_deref(),
            Some("كلنا_لفلسطين")
        );
        assert_eq!(NewCampaign::try_from(form("#a b")).unwrap_err().field(), "hashtag");
    }
}
