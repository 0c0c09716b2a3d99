//! ISO 3166-1 countries and their UN M49 regions, from the table shipped in `m49.csv`.
//!
//! The table lists all 249 ISO 3166-1 countries with the UN's region, sub-region and (where
//! there is one) intermediate region. Sources: ISO codes and names from Debian's iso-codes (via
//! pycountry); region membership from the UN M49 "standard country or area codes" (via
//! country_converter's UNregion column), with GB, GR, GG, JE, BQ and TW filled in by hand.
//! Antarctica belongs to no M49 region. Actions without a country are in the region `online`.

use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

use serde::Serialize;

use super::{DomainError, DomainResult};

const TABLE: &str = include_str!("m49.csv");

/// The slug of the pseudo-region holding every action without a country.
pub const ONLINE: &str = "online";

/// How deep a region sits in the M49 hierarchy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RegionLevel {
    /// Africa, Americas, Asia, Europe, Oceania.
    Region,
    /// e.g. Western Asia, Sub-Saharan Africa.
    SubRegion,
    /// e.g. South America, Channel Islands.
    IntermediateRegion,
    /// Actions with no country.
    Online,
}

/// One region of the M49 table, or `online`.
#[derive(Debug, Clone, Serialize)]
pub struct RegionInfo {
    /// Lowercase, hyphenated M49 name (`latin-america-and-the-caribbean`).
    pub slug: String,
    /// The M49 name.
    pub name: String,
    /// The three-digit M49 code (empty for `online`).
    pub m49: String,
    /// Its depth.
    pub level: RegionLevel,
    /// The slug of the region it belongs to.
    pub parent: Option<String>,
}

struct CountryRow {
    alpha2: String,
    name: String,
    regions: Vec<usize>,
}

struct Table {
    countries: Vec<CountryRow>,
    by_code: HashMap<String, usize>,
    regions: Vec<RegionInfo>,
    region_by_slug: HashMap<String, usize>,
}

fn slugify(name: &str) -> String {
    name.to_ascii_lowercase().replace(' ', "-")
}

static TABLE_DATA: LazyLock<Table> = LazyLock::new(|| {
    let mut table = Table {
        countries: Vec::new(),
        by_code: HashMap::new(),
        regions: Vec::new(),
        region_by_slug: HashMap::new(),
    };
    let add_region = |t: &mut Table, code: &str, name: &str, level, parent: Option<usize>| -> Option<usize> {
        if name.is_empty() {
            return None;
        }
        let slug = slugify(name);
        if let Some(&i) = t.region_by_slug.get(&slug) {
            return Some(i);
        }
        let parent = parent.map(|i| t.regions[i].slug.clone());
        t.regions.push(RegionInfo {
            slug: slug.clone(),
            name: name.to_string(),
            m49: code.to_string(),
            level,
            parent,
        });
        t.region_by_slug.insert(slug, t.regions.len() - 1);
        Some(t.regions.len() - 1)
    };
    for line in TABLE.lines().skip(1) {
        let cols = split_csv(line);
        assert_eq!(cols.len(), 9, "m49.csv row has 9 columns: {line}");
        let region = add_region(&mut table, &cols[3], &cols[4], RegionLevel::Region, None);
        let sub = add_region(&mut table, &cols[5], &cols[6], RegionLevel::SubRegion, region);
        let inter = add_region(&mut table, &cols[7], &cols[8], RegionLevel::IntermediateRegion, sub);
        let regions = [region, sub, inter].into_iter().flatten().collect();
        table.by_code.insert(cols[0].clone(), table.countries.len());
        table.countries.push(CountryRow {
            alpha2: cols[0].clone(),
            name: cols[2].clone(),
            regions,
        });
    }
    table.regions.push(RegionInfo {
        slug: ONLINE.to_string(),
        name: "Online".to_string(),
        m49: String::new(),
        level: RegionLevel::Online,
        parent: None,
    });
    table.region_by_slug.insert(ONLINE.to_string(), table.regions.len() - 1);
    table
});

/// Splits one line of the table; fields may be double-quoted (names with commas).
fn split_csv(line: &str) -> Vec<String> {
    let mut cols = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => cols.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    cols.push(cur);
    cols
}

/// An ISO 3166-1 alpha-2 country.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Country(usize);

impl Country {
    /// The upper-case alpha-2 code (`PS`).
    pub fn code(&self) -> &'static str {
        &TABLE_DATA.countries[self.0].alpha2
    }

    /// The short English name (`Palestine`).
    pub fn name(&self) -> &'static str {
        &TABLE_DATA.countries[self.0].name
    }

    /// Region, sub-region and intermediate region, broadest first.
    pub fn regions(&self) -> impl Iterator<Item = &'static RegionInfo> {
        TABLE_DATA.countries[self.0]
            .regions
            .iter()
            .map(|&i| &TABLE_DATA.regions[i])
    }

    /// Every country in the table.
    pub fn all() -> impl Iterator<Item = Country> {
        (0..TABLE_DATA.countries.len()).map(Country)
    }

    /// The country `text` names, as the end of a LOCATION in someone else's calendar does:
    /// its ISO 3166-1 code or its English name, whatever the case; `None` for anything else.
    pub fn named(text: &str) -> Option<Country> {
        let s = text.trim();
        Country::try_from(s)
            .ok()
            .filter(|_| s.len() == 2)
            .or_else(|| Country::all().find(|k| k.name().eq_ignore_ascii_case(s)))
    }
}

/// A set of countries, one bit each: a filter tests 100 000 actions against it in memory.
#[derive(Debug, Clone, Default)]
pub struct CountrySet(Vec<u64>);

impl CountrySet {
    /// Adds `c`.
    pub fn insert(&mut self, c: Country) {
        let (word, bit) = (c.0 / 64, c.0 % 64);
        if self.0.len() <= word {
            self.0.resize(word + 1, 0);
        }
        self.0[word] |= 1 << bit;
    }

    /// True when `c` is in the set.
    pub fn contains(&self, c: Country) -> bool {
        self.0.get(c.0 / 64).is_some_and(|w| w & (1 << (c.0 % 64)) != 0)
    }
}

impl FromIterator<Country> for CountrySet {
    fn from_iter<I: IntoIterator<Item = Country>>(countries: I) -> Self {
        let mut set = Self::default();
        for c in countries {
            set.insert(c);
        }
        set
    }
}

impl TryFrom<&str> for Country {
    type Error = DomainError;

    fn try_from(raw: &str) -> DomainResult<Self> {
        let code = raw.trim().to_ascii_uppercase();
        TABLE_DATA
            .by_code
            .get(&code)
            .map(|&i| Country(i))
            .ok_or_else(|| DomainError::says("country", "err_country", &[("value", &format!("{raw:?}"))]))
    }
}

impl fmt::Debug for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Country({})", self.code())
    }
}

/// A UN M49 region, sub-region or intermediate region, or `online`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Region(usize);

impl Region {
    /// The slug (`western-asia`).
    pub fn slug(&self) -> &'static str {
        &TABLE_DATA.regions[self.0].slug
    }

    /// Everything known about the region.
    pub fn info(&self) -> &'static RegionInfo {
        &TABLE_DATA.regions[self.0]
    }

    /// True for the pseudo-region of actions without a country.
    pub fn is_online(&self) -> bool {
        self.slug() == ONLINE
    }

    /// The countries inside this region (none for `online`).
    pub fn countries(&self) -> Vec<Country> {
        Country::all()
            .filter(|c| TABLE_DATA.countries[c.0].regions.contains(&self.0))
            .collect()
    }

    /// Every region, in table order, `online` last.
    pub fn all() -> impl Iterator<Item = &'static RegionInfo> {
        TABLE_DATA.regions.iter()
    }
}

impl TryFrom<&str> for Region {
    type Error = DomainError;

    fn try_from(raw: &str) -> DomainResult<Self> {
        let slug = raw.trim().to_ascii_lowercase();
        TABLE_DATA
            .region_by_slug
            .get(&slug)
            .map(|&i| Region(i))
            .ok_or_else(|| DomainError::says("region", "err_region", &[("value", &format!("{raw:?}"))]))
    }
}

impl fmt::Debug for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Region({})", self.slug())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_set_holds_exactly_what_was_put_in() {
        let asia = Region::try_from("western-asia").expect("region");
        let set: CountrySet = asia.countries().into_iter().collect();
        for c in Country::all() {
            assert_eq!(set.contains(c), asia.countries().contains(&c), "{c:?}");
        }
        assert!(!CountrySet::default().contains(Country::try_from("PS").expect("country")));
    }

    fn slugs(code: &str) -> Vec<&'static str> {
        Country::try_from(code)
            .unwrap()
            .regions()
            .map(|r| r.slug.as_str())
            .collect()
    }

    #[test]
    fn the_table_holds_every_iso_country() {
        assert_eq!(Country::all().count(), 249);
        assert!(
            Country::all()
                .filter(|c| c.code() != "AQ")
                .all(|c| c.regions().count() >= 2)
        );
    }

    #[test]
    fn countries_sit_in_their_m49_regions() {
        assert_eq!(slugs("ps"), ["asia", "western-asia"]);
        assert_eq!(
            slugs("BR"),
            ["americas", "latin-america-and-the-caribbean", "south-america"]
        );
        assert_eq!(slugs("ZA"), ["africa", "sub-saharan-africa", "southern-africa"]);
        assert_eq!(slugs("EG"), ["africa", "northern-africa"]);
        assert_eq!(slugs("FJ"), ["oceania", "melanesia"]);
        assert_eq!(slugs("JE"), ["europe", "northern-europe", "channel-islands"]);
        assert_eq!(slugs("GB"), ["europe", "northern-europe"]);
    }

    #[test]
    fn regions_know_their_parent_and_members() {
        let r = Region::try_from("South-America").unwrap();
        assert_eq!(r.info().parent.as_deref(), Some("latin-america-and-the-caribbean"));
        assert_eq!(r.countries().len(), 16);
        assert!(Region::try_from("online").unwrap().is_online());
        assert!(
            Region::try_from("atlantis")
                .unwrap_err()
                .message()
                .contains("western-asia")
        );
    }

    #[test]
    fn unknown_country_codes_are_refused() {
        assert!(Country::try_from("XX").is_err());
        assert!(Country::try_from("USA").is_err());
        assert_eq!(Country::try_from("ps").unwrap().name(), "Palestine");
    }
}
