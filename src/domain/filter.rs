//! Feed and list filters: raw query strings in, a validated `FeedFilter` out.
//!
//! Comma-separated values within one filter mean any of them; different filters all apply.

use jiff::civil::Date;
use serde::Deserialize;

use super::campaign::CampaignSlug;
use super::country::{Country, Region};
use super::event::{Language, Tag};
use super::event_time::parse_date;
use super::{DomainError, DomainResult};

/// Most values one filter may list.
pub const VALUES_MAX: usize = 20;
/// Longest single filter value.
pub const VALUE_MAX: usize = 64;

/// The filters as they arrive in a query string.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct FeedQuery {
    /// UN M49 region slugs or `online`, comma-separated (any of them).
    pub region: Option<String>,
    /// ISO 3166-1 alpha-2 codes, any case, comma-separated.
    pub country: Option<String>,
    /// Campaign slugs, comma-separated.
    pub campaign: Option<String>,
    /// Tags, comma-separated.
    pub tag: Option<String>,
    /// BCP 47 primary language tags, comma-separated.
    pub lang: Option<String>,
    /// First local date, `YYYY-MM-DD`, inclusive (default: 30 days ago for feeds).
    pub from: Option<String>,
    /// Last local date, `YYYY-MM-DD`, inclusive.
    pub to: Option<String>,
}

impl FeedQuery {
    /// The names of the filters, in the order they are shown and linked.
    pub const NAMES: [&str; 7] = ["region", "country", "campaign", "tag", "lang", "from", "to"];

    /// The value of the filter called `name`, to fill in; `None` for a name that is no filter.
    pub fn slot(&mut self, name: &str) -> Option<&mut Option<String>> {
        Some(match name {
            "region" => &mut self.region,
            "country" => &mut self.country,
            "campaign" => &mut self.campaign,
            "tag" => &mut self.tag,
            "lang" => &mut self.lang,
            "from" => &mut self.from,
            "to" => &mut self.to,
            _ => return None,
        })
    }

    /// The value filters (not the dates) that are set, by name, in [`Self::NAMES`] order.
    pub fn values(&self) -> Vec<(&'static str, &str)> {
        [
            ("region", &self.region),
            ("country", &self.country),
            ("campaign", &self.campaign),
            ("tag", &self.tag),
            ("lang", &self.lang),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.as_deref().filter(|v| !v.is_empty()).map(|v| (k, v)))
        .collect()
    }

    /// The same query with empty values left out (a form sends `region=` for "any").
    pub fn without_empty(mut self) -> Self {
        for name in Self::NAMES {
            if let Some(slot) = self.slot(name)
                && slot.as_deref() == Some("")
            {
                *slot = None;
            }
        }
        self
    }
}

/// What a feed's path already restricts it to, before the query's filters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// `/calendar.ics`: everything published.
    All,
    /// `/regions/{slug}.ics`.
    Region(Region),
    /// `/countries/{cc}.ics`.
    Country(Country),
    /// `/campaigns/{slug}.ics`.
    Campaign(CampaignSlug),
}

/// Validated filters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedFilter {
    pub scope: Scope,
    pub regions: Vec<Region>,
    pub countries: Vec<Country>,
    pub campaigns: Vec<CampaignSlug>,
    pub tags: Vec<Tag>,
    pub langs: Vec<Language>,
    pub from: Option<Date>,
    pub to: Option<Date>,
}

fn values<T: PartialEq>(
    field: &str,
    raw: Option<&str>,
    parse: impl Fn(&str) -> DomainResult<T>,
) -> DomainResult<Vec<T>> {
    let Some(raw) = raw else { return Ok(Vec::new()) };
    let parts: Vec<&str> = raw.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    if parts.is_empty() {
        return Err(DomainError::says(field, "err_filter_empty", &[]));
    }
    if parts.len() > VALUES_MAX {
        return Err(DomainError::says(
            field,
            "err_filter_too_many",
            &[("count", &parts.len()), ("max", &VALUES_MAX)],
        ));
    }
    let mut out: Vec<T> = Vec::with_capacity(parts.len());
    for p in parts {
        if p.len() > VALUE_MAX {
            return Err(DomainError::says(
                field,
                "err_filter_value_long",
                &[("max", &VALUE_MAX)],
            ));
        }
        let v = parse(p).map_err(|e| e.renamed(field))?;
        if !out.contains(&v) {
            out.push(v);
        }
    }
    Ok(out)
}

impl FeedFilter {
    /// Validates `query` on top of the path's `scope`.
    pub fn parse(scope: Scope, query: &FeedQuery) -> DomainResult<Self> {
        let date = |field: &str, raw: Option<&str>| raw.map(|r| parse_date(field, r.trim())).transpose();
        let from = date("from", query.from.as_deref())?;
        let to = date("to", query.to.as_deref())?;
        if let (Some(f), Some(t)) = (from, to) {
            if t < f {
                return Err(DomainError::says(
                    "to",
                    "err_to_before_from",
                    &[("to", &t), ("from", &f)],
                ));
            }
        }
        Ok(Self {
            scope,
            regions: values("region", query.region.as_deref(), |s| Region::try_from(s))?,
            countries: values("country", query.country.as_deref(), |s| Country::try_from(s))?,
            campaigns: values("campaign", query.campaign.as_deref(), |s| {
                CampaignSlug::try_from(s.to_string())
            })?,
            tags: values("tag", query.tag.as_deref(), |s| Tag::try_from(s))?,
            langs: values("lang", query.lang.as_deref(), |s| Language::try_from(s))?,
            from,
            to,
        })
    }

    /// Every campaign slug the filter names, in its path or its query.
    pub fn named_campaigns(&self) -> impl Iterator<Item = &CampaignSlug> {
        let scoped = match &self.scope {
            Scope::Campaign(c) => Some(c),
            _ => None,
        };
        scoped.into_iter().chain(self.campaigns.iter())
    }

    /// The filter made ready to test actions one at a time in memory, for the published actions
    /// that end on or after `horizon` unless the filter gives its own `from`. It admits exactly
    /// what the store's query for the same filter returns (`store::events::published`; a test
    /// in `store` holds the two together on every kind of filter).
    pub fn admitting(&self, horizon: Date) -> Admits<'_> {
        let place = |countries: Vec<Country>, online: bool| PlaceIn {
            countries: countries.into_iter().collect(),
            online,
        };
        let regions = |regions: &[Region]| {
            place(
                regions.iter().flat_map(Region::countries).collect(),
                regions.iter().any(Region::is_online),
            )
        };
        let mut places = Vec::new();
        match &self.scope {
            Scope::Region(r) => places.push(regions(std::slice::from_ref(r))),
            Scope::Country(c) => places.push(place(vec![*c], false)),
            Scope::All | Scope::Campaign(_) => {}
        }
        if !self.regions.is_empty() {
            places.push(regions(&self.regions));
        }
        if !self.countries.is_empty() {
            places.push(place(self.countries.clone(), false));
        }
        Admits {
            filter: self,
            places,
            from: self.from.unwrap_or(horizon),
            lists: self.named_campaigns().next().is_some() || !self.tags.is_empty() || !self.langs.is_empty(),
        }
    }
}

/// Countries an action may be in; `online` admits actions without a country.
struct PlaceIn {
    countries: super::country::CountrySet,
    online: bool,
}

/// What filters test first, small enough to keep beside each action in memory (an in-memory
/// copy of 100 000 actions is filtered without reading the actions themselves).
#[derive(Debug, Clone, Copy)]
pub struct Summary {
    /// The action's country; `None` online.
    pub country: Option<Country>,
    /// Its first local day.
    pub first_day: Date,
    /// Its last local day; `None` for a rule that never ends.
    pub last_day: Option<Date>,
    /// Whether it repeats.
    pub recurs: bool,
}

impl Summary {
    /// The summary of `e`.
    pub fn of(e: &super::Event) -> Self {
        Self {
            country: e.place.country,
            first_day: e.time.start_date(),
            last_day: e.last_date(),
            recurs: e.recurrence.is_some(),
        }
    }
}

/// A [`FeedFilter`] as a test of one action ([`FeedFilter::admitting`]).
pub struct Admits<'a> {
    filter: &'a FeedFilter,
    /// Every one must hold: the path's region or country, `region=`, `country=`.
    places: Vec<PlaceIn>,
    /// The first day an action must reach.
    from: Date,
    /// Whether the filter names campaigns, tags or languages (in its path or query).
    lists: bool,
}

impl Admits<'_> {
    /// True when `e` (a published action, `summary` being [`Summary::of`] it) belongs in the
    /// filter's answer: in its places, campaigns, tags and languages, ending on or after its
    /// first day, starting on or before its last (`to`), and, when the filter gives dates, with
    /// an occurrence between them. The summary is tested first; `e` is read only when the
    /// filter names campaigns, tags or languages, or a repeating action's occurrences need a
    /// look, which `occurs` gives: whether the rule has an occurrence touching a day from
    /// `from` to `to` (`Date::MAX` when the filter gives no `to`), as
    /// [`super::recurrence::Recurrence::occurs_between`] answers it (a caller may remember it).
    pub fn admits(
        &self,
        summary: &Summary,
        e: &super::Event,
        occurs: impl FnOnce(&super::recurrence::Recurrence, &super::EventTime, Date, Date) -> bool,
    ) -> bool {
        self.admits_summary(summary) && (self.settled_by(summary) || self.admits_rest(e, occurs))
    }

    /// The part of [`Self::admits`] a [`Summary`] answers: places and days.
    fn admits_summary(&self, s: &Summary) -> bool {
        self.places.iter().all(|p| match s.country {
            Some(c) => p.countries.contains(c),
            None => p.online,
        }) && self.filter.to.is_none_or(|to| s.first_day <= to)
            && s.last_day.is_none_or(|last| last >= self.from)
    }

    /// True when [`Self::admits_summary`] is the whole answer for an action like `s`: the
    /// filter names no campaign, tag or language, and the occurrences need no look (see
    /// [`Self::occurrences_settled`]).
    fn settled_by(&self, s: &Summary) -> bool {
        !self.lists && self.occurrences_settled(s.recurs, s.last_day)
    }

    /// True when an action that repeats (`recurs`) until `last_day` needs no look at its
    /// occurrences: the filter gives no dates, or the action does not repeat, or the filter
    /// gives no `to` and the rule ends (its last occurrence ends on `last_day`, which
    /// [`Self::admits_summary`] found on or after the first day, so it touches the dates).
    fn occurrences_settled(&self, recurs: bool, last_day: Option<Date>) -> bool {
        let f = self.filter;
        !recurs || f.from.is_none() && f.to.is_none() || f.to.is_none() && last_day.is_some()
    }

    /// The rest of [`Self::admits`], for an action [`Self::admits_summary`] admitted: campaigns,
    /// tags, languages, and a repeating action's occurrences between the filter's dates.
    fn admits_rest(
        &self,
        e: &super::Event,
        occurs: impl FnOnce(&super::recurrence::Recurrence, &super::EventTime, Date, Date) -> bool,
    ) -> bool {
        let f = self.filter;
        let in_campaign = match &f.scope {
            Scope::Campaign(slug) => e.campaigns.iter().any(|c| &c.slug == slug),
            _ => true,
        };
        in_campaign
            && (f.campaigns.is_empty() || e.campaigns.iter().any(|c| f.campaigns.contains(&c.slug)))
            && (f.tags.is_empty() || e.tags.iter().any(|t| f.tags.contains(t)))
            && (f.langs.is_empty() || e.languages.iter().any(|l| f.langs.contains(l)))
            && e.recurrence.as_ref().is_none_or(|r| {
                self.occurrences_settled(true, r.last_date())
                    || occurs(r, &e.time, self.from, f.to.unwrap_or(Date::MAX))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(f: impl FnOnce(&mut FeedQuery)) -> DomainResult<FeedFilter> {
        let mut query = FeedQuery::default();
        f(&mut query);
        FeedFilter::parse(Scope::All, &query)
    }

    #[test]
    fn comma_separated_values_are_parsed_and_deduplicated() {
        let f = q(|q| q.country = Some("ps, LB,ps".into())).unwrap();
        assert_eq!(f.countries.iter().map(|c| c.code()).collect::<Vec<_>>(), ["PS", "LB"]);
        let f = q(|q| q.region = Some("western-asia,online".into())).unwrap();
        assert_eq!(f.regions.len(), 2);
    }

    #[test]
    fn bad_values_name_their_parameter() {
        assert_eq!(q(|q| q.region = Some("narnia".into())).unwrap_err().field(), "region");
        assert_eq!(q(|q| q.country = Some("ZZ".into())).unwrap_err().field(), "country");
        assert_eq!(q(|q| q.from = Some("2027-02-30".into())).unwrap_err().field(), "from");
        assert_eq!(q(|q| q.to = Some("tomorrow".into())).unwrap_err().field(), "to");
        assert_eq!(q(|q| q.lang = Some("".into())).unwrap_err().field(), "lang");
        let too_many = vec!["ps"; VALUES_MAX + 1].join(",");
        assert!(
            q(|q| q.country = Some(too_many))
                .unwrap_err()
                .message()
                .contains("at most")
        );
        let err = q(|q| {
            q.from = Some("2027-12-01".into());
            q.to = Some("2027-11-01".into());
        })
        .unwrap_err();
        assert_eq!(err.field(), "to");
    }
}
