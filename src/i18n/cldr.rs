//! Names, dates, times and lists from CLDR, through ICU4X's compiled data: country, UN M49
//! region, language and time-zone names in every interface language; dates, weekdays and times
//! in the locale's own patterns (12- or 24-hour clock, digits, separators).
//!
//! Formatters are built once per thread and language (building one loads its data; formatting
//! is then cheap), so nothing here needs to be `Sync`.

use std::cell::RefCell;
use std::collections::HashMap;

use icu_calendar::{Date, Gregorian};
use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_datetime::fieldsets::{self, zone};
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_experimental::displaynames::{DisplayNamesOptions, LanguageDisplayNames, RegionDisplayNames};
use icu_list::ListFormatter;
use icu_list::options::ListFormatterOptions;
use icu_locale_core::Locale;
use icu_locale_core::subtags::{Language, Region};
use icu_time::Time;
use icu_time::TimeZone;
use icu_time::zone::WindowsParser;
use icu_time::zone::iana::{IanaParserExtended, IanaParserExtendedBorrowed};

/// Everything CLDR gives one interface language.
struct Formatters {
    date: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YMDE>,
    date_time: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YMDET>,
    weekday: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::E>,
    time: NoCalendarFormatter<fieldsets::T>,
    and: ListFormatter,
    or: ListFormatter,
    regions: RegionDisplayNames,
    languages: LanguageDisplayNames,
    zone: NoCalendarFormatter<zone::Location>,
    city: NoCalendarFormatter<zone::ExemplarCity>,
    collator: CollatorBorrowed<'static>,
}

impl Formatters {
    fn new(tag: &str) -> Self {
        let locale: Locale = tag.parse().expect("interface language tags are valid (unit-tested)");
        // Compiled data covers every interface language: a failure is a build mistake,
        // caught by the unit tests that format in every language.
        Formatters {
            date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), fieldsets::YMDE::long())
                .expect("CLDR dates"),
            date_time: FixedCalendarDateTimeFormatter::try_new(
                (&locale).into(),
                fieldsets::YMDET::long().with_time_precision(icu_datetime::options::TimePrecision::Minute),
            )
            .expect("CLDR dates and times"),
            weekday: FixedCalendarDateTimeFormatter::try_new((&locale).into(), fieldsets::E::long())
                .expect("CLDR weekdays"),
            time: NoCalendarFormatter::try_new((&locale).into(), fieldsets::T::hm()).expect("CLDR times"),
            and: ListFormatter::try_new_and((&locale).into(), ListFormatterOptions::default()).expect("CLDR lists"),
            or: ListFormatter::try_new_or((&locale).into(), ListFormatterOptions::default()).expect("CLDR lists"),
            regions: RegionDisplayNames::try_new((&locale).into(), DisplayNamesOptions::default())
                .expect("CLDR regions"),
            languages: LanguageDisplayNames::try_new((&locale).into(), DisplayNamesOptions::default())
                .expect("CLDR languages"),
            zone: NoCalendarFormatter::try_new((&locale).into(), zone::Location).expect("CLDR zone names"),
            city: NoCalendarFormatter::try_new((&locale).into(), zone::ExemplarCity).expect("CLDR cities"),
            collator: Collator::try_new((&locale).into(), CollatorOptions::default()).expect("CLDR collation"),
        }
    }
}

thread_local! {
    static FORMATTERS: RefCell<HashMap<&'static str, &'static Formatters>> = RefCell::new(HashMap::new());
}

/// The formatters of `tag` on this thread. Leaked once per thread and language: a bounded set
/// (threads × interface languages), alive as long as the process.
fn with<R>(tag: &'static str, f: impl FnOnce(&Formatters) -> R) -> R {
    let formatters = FORMATTERS.with(|cell| {
        *cell
            .borrow_mut()
            .entry(tag)
            .or_insert_with(|| Box::leak(Box::new(Formatters::new(tag))))
    });
    f(formatters)
}

fn gregorian(d: jiff::civil::Date) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(i32::from(d.year()), d.month() as u8, d.day() as u8).ok()
}

/// A date in words, in the locale's long pattern with its weekday ("Friday 27 November 2026",
/// "vendredi 27 novembre 2026", "2026年11月27日金曜日"). Always the Gregorian calendar, the one
/// feeds and clients use.
pub fn date(tag: &'static str, d: jiff::civil::Date) -> String {
    match gregorian(d) {
        Some(g) => with(tag, |f| f.date.format(&g).to_string()),
        None => d.to_string(),
    }
}

/// A date and a time of day in the locale's long pattern and its glue ("Friday 27 November
/// 2026 at 6:30 pm").
pub fn date_time(tag: &'static str, dt: jiff::civil::DateTime) -> String {
    let (Some(g), Ok(t)) = (
        gregorian(dt.date()),
        Time::try_new(dt.hour() as u8, dt.minute() as u8, 0, 0),
    ) else {
        return dt.to_string();
    };
    with(tag, |f| {
        f.date_time
            .format(&icu_datetime::input::DateTime { date: g, time: t })
            .to_string()
    })
}

/// The weekday name, standalone (`0` = Monday … `6` = Sunday).
pub fn weekday(tag: &'static str, monday_zero: usize) -> String {
    // 2024-01-01 was a Monday.
    let d = jiff::civil::date(2024, 1, 1 + (monday_zero % 7) as i8);
    with(tag, |f| {
        f.weekday.format(&gregorian(d).expect("a valid date")).to_string()
    })
}

/// A time of day in the locale's clock ("6:30 pm", "18:30", "۱۸:۳۰").
pub fn time(tag: &'static str, t: jiff::civil::Time) -> String {
    match Time::try_new(t.hour() as u8, t.minute() as u8, 0, 0) {
        Ok(time) => with(tag, |f| f.time.format(&time).to_string()),
        Err(_) => t.strftime("%H:%M").to_string(),
    }
}

/// Items joined as the locale joins a list: "Monday, Wednesday and Friday", "a، b و c".
pub fn list(tag: &'static str, items: &[String]) -> String {
    with(tag, |f| f.and.format(items.iter().map(String::as_str)).to_string())
}

/// Alternatives joined as the locale joins them: "Europe or Western Asia".
pub fn list_or(tag: &'static str, items: &[String]) -> String {
    with(tag, |f| f.or.format(items.iter().map(String::as_str)).to_string())
}

/// Sorts `items` by their names (`name` of each) in the locale's alphabetical order (CLDR
/// collation: "Åland" with the A's, "Éire" with the E's, Japanese in its own order).
pub fn sort_by_name<T>(tag: &'static str, items: &mut [T], name: impl Fn(&T) -> &str) {
    with(tag, |f| items.sort_by(|a, b| f.collator.compare(name(a), name(b))));
}

/// The name of a country (ISO 3166-1 alpha-2) or a UN M49 area (three digits), if CLDR has one.
pub fn region(tag: &'static str, code: &str) -> Option<String> {
    let region: Region = code.parse().ok()?;
    with(tag, |f| f.regions.of(region).map(str::to_string))
}

/// The name of a language (ISO 639 code), if CLDR has one ("arabe", "árabe").
pub fn language(tag: &'static str, code: &str) -> Option<String> {
    let language: Language = code.parse().ok()?;
    with(tag, |f| f.languages.of(language).map(str::to_string))
}

/// A language's own name for itself ("العربية", "español"): for a language switcher.
pub fn autonym(tag: &'static str) -> String {
    let name = language(tag, tag.split('-').next().unwrap_or(tag)).unwrap_or_else(|| tag.to_string());
    // CLDR writes some names in lower case, as inside a sentence; a menu entry starts a line.
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => name,
    }
}

/// CLDR's IANA name table (compiled data: no allocation).
fn parser() -> IanaParserExtendedBorrowed<'static> {
    IanaParserExtended::new()
}

/// The name a person knows a time zone by, in the reader's language: the CLDR location format
/// ("Lebanon Time", "hora de Chile", "Moskau (Ortszeit)"), else the exemplar city, else the
/// IANA name with underscores as spaces.
pub fn zone(tag: &'static str, iana: &str) -> String {
    let id = parser().parse(iana).time_zone;
    if id == TimeZone::UNKNOWN {
        return iana.replace('_', " ");
    }
    with(tag, |f| f.zone.format(&id.with_offset(None)).to_string())
}

/// The zone's exemplar city in the reader's language ("Beyrouth", "ベイルート").
pub fn city(tag: &'static str, iana: &str) -> String {
    let id = parser().parse(iana).time_zone;
    if id == TimeZone::UNKNOWN {
        return iana.rsplit('/').next().unwrap_or(iana).replace('_', " ");
    }
    with(tag, |f| f.city.format(&id.with_offset(None)).to_string())
}

/// The canonical IANA name of `iana` (`US/Pacific` → `America/Los_Angeles`), when CLDR knows it.
pub fn canonical_zone(iana: &str) -> Option<String> {
    let found = parser().parse(iana);
    (found.time_zone != TimeZone::UNKNOWN).then(|| found.canonical.to_string())
}

/// The ISO 3166-1 country a zone belongs to, from its CLDR (BCP 47) zone id, whose first two
/// letters are the country for every geographic zone (`lbbey` is Beirut, Lebanon). `None` for
/// zones of no country (`UTC`, `Etc/GMT+5`).
pub fn zone_country(iana: &str) -> Option<String> {
    let id = parser().parse(iana).time_zone;
    let bcp = id.0.as_str();
    (id != TimeZone::UNKNOWN && bcp.len() == 5 && bcp.bytes().all(|b| b.is_ascii_lowercase()))
        .then(|| bcp[..2].to_ascii_uppercase())
}

/// The IANA zone of a Windows time zone name ("W. Europe Standard Time" → `Europe/Berlin`), by
/// CLDR's windowsZones mapping: the zone for `region` (ISO 3166-1) when given and CLDR has one,
/// else the mapping's default ("001") zone. What Exchange and Outlook write as TZID.
pub fn windows_zone(name: &str, region: Option<&str>) -> Option<String> {
    let region = region.and_then(|r| r.parse::<icu_locale_core::subtags::Region>().ok());
    let id = WindowsParser::new().parse(name.trim(), region)?;
    parser()
        .iter()
        .find(|z| z.time_zone == id)
        .map(|z| z.canonical.to_string())
}
