//! Reading other people's iCalendar files (RFC 5545) as partners' calendars export them: the
//! first layer of following partner feeds (issue 17). Lenient about the file (a byte-order
//! mark, Latin-1 instead of UTF-8, blank lines, lines folded anywhere, unknown components),
//! strict about time: every DTSTART/DTEND is resolved to an IANA zone and a local time, or the
//! event says why it could not be.
//!
//! How each kind of time is resolved:
//! - `TZID=` an IANA name or alias, a vendor-prefixed IANA name (Mozilla, libical) or a Windows
//!   name (Exchange, Outlook; CLDR's windowsZones): [`Zone::from_tzid`];
//! - UTC (`…Z`): the calendar's `X-WR-TIMEZONE` when it names a zone (Google writes UTC times
//!   with it), the instant converted to that zone's local time; else kept in UTC;
//! - floating (no zone): the calendar's `X-WR-TIMEZONE`, else UTC, with a note;
//! - `VALUE=DATE`: an all-day action, `DTEND` exclusive (RFC 5545 §3.6.1), so the last day is
//!   the day before it; `DURATION` instead of `DTEND` is read too.
//!
//! A TZID naming nothing known (a custom VTIMEZONE with no IANA name) is not guessed here: the
//! event is returned with no time and a note, for the next layer to read the VTIMEZONE's rules.

use icalendar::parser::{Component, Property, read_calendar, unfold};
use jiff::civil::{Date, DateTime};

use crate::domain::Zone;
use crate::domain::zone::TzidKind;

/// When a partner's event happens, resolved to a zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemoteTime {
    /// All day, from `start` to `last_day` inclusive.
    AllDay { start: Date, last_day: Date },
    /// A start and an end in `zone`'s local time; `how` says what named the zone.
    Timed {
        start: DateTime,
        end: DateTime,
        zone: Zone,
        how: ZoneFrom,
    },
}

/// What named a timed event's zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZoneFrom {
    /// Its TZID, read as [`TzidKind`] says.
    Tzid(TzidKind),
    /// UTC times shown in the calendar's `X-WR-TIMEZONE`.
    CalendarZone,
    /// UTC times, kept in UTC.
    Utc,
    /// Floating times (no zone), read in the calendar's `X-WR-TIMEZONE` or else UTC.
    Floating,
    /// A custom VTIMEZONE with no IANA name, evaluated by its own rules; the IANA zone that
    /// agrees with it over the action's dates.
    CustomRules,
    /// A custom VTIMEZONE that no IANA zone agrees with on the action's dates: the instants
    /// are right, shown in UTC (flagged in the notes).
    CustomInUtc,
}

/// One VEVENT of a partner's calendar, as read.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoteEvent {
    /// `UID`.
    pub uid: String,
    /// `RECURRENCE-ID` (its value as written), for an override of one occurrence.
    pub recurrence_id: Option<String>,
    /// `SEQUENCE` (0 when absent).
    pub sequence: i64,
    /// `SUMMARY`, unescaped.
    pub summary: String,
    /// `DESCRIPTION`, unescaped.
    pub description: Option<String>,
    /// `LOCATION`, unescaped.
    pub location: Option<String>,
    /// `GEO` (latitude, longitude).
    pub geo: Option<(f64, f64)>,
    /// `URL`.
    pub url: Option<String>,
    /// `CATEGORIES`, each one.
    pub categories: Vec<String>,
    /// `STATUS` (`CONFIRMED`, `TENTATIVE`, `CANCELLED`), upper case.
    pub status: Option<String>,
    /// `RRULE`, as written.
    pub rrule: Option<String>,
    /// `EXDATE` values, as written.
    pub exdates: Vec<String>,
    /// The occurrence a `RECURRENCE-ID` names, as an [`occurrence_key`]: comparable with the
    /// keys of the series' own occurrences whatever zone each was written in.
    pub recurrence_key: Option<String>,
    /// The occurrences `EXDATE` removes, as [`occurrence_key`]s.
    pub exdate_keys: Vec<String>,
    /// The occurrences `RDATE` adds (dates, date-times, periods), in file order.
    pub rdates: Vec<Rdate>,
    /// `CLASS` (`PUBLIC`, `PRIVATE`, `CONFIDENTIAL`), upper case: a secret address of a
    /// calendar (Google's) lists private events too.
    pub class: Option<String>,
    /// Neither `DTEND` nor `DURATION` (a date-time start alone ends when it starts, RFC 5545
    /// §3.6.1): the action takes this project's default length.
    pub open_ended: bool,
    /// When; `None` when its time could not be resolved (see `notes`).
    pub time: Option<RemoteTime>,
    /// What could not be read or was read with a guess, in words.
    pub notes: Vec<String>,
    /// The calendar's `X-WR-TIMEZONE`, when it names a zone.
    pub calendar_zone: Option<Zone>,
}

/// A calendar file that cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// Not an iCalendar document (an HTML page, an empty body).
    #[error("not an iCalendar file: {0}")]
    NotCalendar(String),
    /// A calendar that stops before its `END:VCALENDAR` (a transfer cut short): nothing of it
    /// is trusted, since what is missing cannot be told from what was removed.
    #[error("the calendar is cut short: it does not end with END:VCALENDAR")]
    Truncated,
}

/// The text of `bytes`: UTF-8 (a byte-order mark dropped), else Latin-1 (what older exporters
/// write whatever they declare; every byte is a Latin-1 character).
pub fn text_of(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

/// Every VEVENT of the calendar `bytes`, in file order.
pub fn read(bytes: &[u8]) -> Result<Vec<RemoteEvent>, ReadError> {
    Ok(read_calendar_text(&text_of(bytes))?.events)
}

/// Deepest nesting of components read (real calendars nest 3 deep).
pub const NESTING_MAX: usize = 16;
/// Most observances (STANDARD, DAYLIGHT) of a custom VTIMEZONE, and most RDATE onsets of one:
/// a zone's whole history has a few hundred; past this the VTIMEZONE is not used.
pub const OBSERVANCES_MAX: usize = 1000;
/// Most RDATE values of one event taken (the first ones).
pub const RDATES_MAX: usize = 1000;

/// A partner's calendar as read.
#[derive(Debug, Clone)]
pub struct RemoteCalendar {
    /// Its VEVENTs, in file order.
    pub events: Vec<RemoteEvent>,
    /// How often it asks to be fetched again: `REFRESH-INTERVAL` (RFC 7986 §5.7) or Outlook's
    /// `X-PUBLISHED-TTL`.
    pub refresh: Option<std::time::Duration>,
}

/// The calendar `bytes` as served with `charset` (the `Content-Type` parameter): a Latin-1
/// family charset is decoded as Latin-1 (Windows-1252's extra letters are rare in calendars);
/// anything else as [`text_of`] does.
pub fn read_served(bytes: &[u8], charset: Option<&str>) -> Result<RemoteCalendar, ReadError> {
    let latin1 = matches!(
        charset,
        Some("iso-8859-1" | "latin1" | "latin-1" | "iso-8859-15" | "windows-1252" | "cp1252")
    );
    let text = if latin1 {
        bytes.iter().map(|&b| char::from(b)).collect()
    } else {
        text_of(bytes)
    };
    read_calendar_text(&text)
}

fn read_calendar_text(text: &str) -> Result<RemoteCalendar, ReadError> {
    // Line ends made CRLF-free and blank lines dropped before unfolding (some exporters leave
    // blank lines between components; RFC 5545 has none).
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let unfolded = unfold(&(lines.join("\n") + "\n"));
    if !unfolded
        .trim_start()
        .to_ascii_uppercase()
        .starts_with("BEGIN:VCALENDAR")
    {
        let start: String = unfolded.trim_start().chars().take(40).collect();
        return Err(ReadError::NotCalendar(format!("it begins {start:?}")));
    }
    if !unfolded
        .trim_end()
        .lines()
        .last()
        .is_some_and(|l| l.trim().eq_ignore_ascii_case("END:VCALENDAR"))
    {
        return Err(ReadError::Truncated);
    }
    // The parser descends one level per nested component: a file nesting thousands would
    // overflow the stack (and abort the process). Real calendars nest 3 deep (VCALENDAR,
    // VEVENT, VALARM; VTIMEZONE, STANDARD).
    let mut depth = 0usize;
    for line in unfolded.lines() {
        let line = line.trim_start();
        if line.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("BEGIN:")) {
            depth += 1;
            if depth > NESTING_MAX {
                return Err(ReadError::NotCalendar(format!(
                    "components are nested more than {NESTING_MAX} deep"
                )));
            }
        } else if line.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("END:")) {
            depth = depth.saturating_sub(1);
        }
    }
    let calendar = read_calendar(&unfolded).map_err(ReadError::NotCalendar)?;
    let calendar_zone = calendar
        .properties
        .iter()
        .find(|p| p.name.as_str().eq_ignore_ascii_case("X-WR-TIMEZONE"))
        .and_then(|p| Zone::from_tzid(p.val.as_str(), None))
        .map(|(z, _)| z);
    let customs: Customs = calendar
        .components
        .iter()
        .filter(|c| c.name.as_str().eq_ignore_ascii_case("VTIMEZONE"))
        .filter_map(CustomZone::read)
        .collect();
    let mut events = Vec::new();
    for component in calendar.components.iter() {
        collect(component, calendar_zone.as_ref(), &customs, &mut events);
    }
    let refresh = calendar
        .properties
        .iter()
        .find(|p| {
            p.name.as_str().eq_ignore_ascii_case("REFRESH-INTERVAL")
                || p.name.as_str().eq_ignore_ascii_case("X-PUBLISHED-TTL")
        })
        .and_then(|p| duration(p.val.as_str()))
        .and_then(|span| span.to_duration(jiff::SpanRelativeTo::days_are_24_hours()).ok())
        .and_then(|d| std::time::Duration::try_from(d).ok());
    Ok(RemoteCalendar { events, refresh })
}

fn collect(c: &Component<'_>, calendar_zone: Option<&Zone>, customs: &Customs, out: &mut Vec<RemoteEvent>) {
    if c.name.as_str().eq_ignore_ascii_case("VEVENT") {
        out.push(event(c, calendar_zone, customs));
    }
    for inner in &c.components {
        collect(inner, calendar_zone, customs, out);
    }
}

fn property<'c>(c: &'c Component<'_>, name: &str) -> Option<&'c Property<'c>> {
    c.properties.iter().find(|p| p.name.as_str().eq_ignore_ascii_case(name))
}

fn param(p: &Property<'_>, key: &str) -> Option<String> {
    p.params
        .iter()
        .find(|q| q.key.as_str().eq_ignore_ascii_case(key))
        .and_then(|q| q.val.as_ref())
        .map(|v| v.as_str().trim_matches('"').to_string())
}

fn value(c: &Component<'_>, name: &str) -> Option<String> {
    property(c, name)
        .map(|p| p.val.as_str().trim().to_string())
        .filter(|v| !v.is_empty())
}

/// A TEXT value unescaped (RFC 5545 §3.3.11).
fn text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out.trim().to_string()
}

/// The key of one occurrence: a date as `YYYYMMDD`, an instant as `YYYYMMDDTHHMMSSZ` in UTC.
/// RFC 5545 §3.8.4.4 matches a RECURRENCE-ID with the occurrence whose DTSTART has the same
/// value; an Outlook override written in UTC for a series written in `Europe/Berlin` names
/// the same instant, so instants are compared, not the text.
pub fn occurrence_key(start: OccurrenceStart<'_>) -> Option<String> {
    match start {
        OccurrenceStart::Date(d) => Some(d.strftime("%Y%m%d").to_string()),
        OccurrenceStart::Local(dt, zone) => {
            let instant = zone.tz().to_ambiguous_timestamp(dt).compatible().ok()?;
            Some(instant.strftime("%Y%m%dT%H%M%SZ").to_string())
        }
    }
}

/// The start of one occurrence, for [`occurrence_key`].
#[derive(Debug, Clone, Copy)]
pub enum OccurrenceStart<'a> {
    /// An all-day occurrence's day.
    Date(Date),
    /// A local time in a zone.
    Local(DateTime, &'a Zone),
}

/// One occurrence an `RDATE` adds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rdate {
    /// An all-day occurrence.
    Date(Date),
    /// An occurrence starting at an instant, lasting as long as its period says (`start/end`,
    /// `start/duration`) or, without one, as long as the series' first occurrence.
    At(jiff::Timestamp, Option<jiff::SignedDuration>),
}

/// The occurrences of an `RDATE` property, each value read in its `TZID`, as UTC when it ends
/// in `Z`, else (floating) in `zone`.
fn rdates_of(p: &Property<'_>, zone: &Zone) -> Vec<Rdate> {
    let own = param(p, "TZID").and_then(|t| Zone::from_tzid(&t, None)).map(|(z, _)| z);
    let instant = |v: &str| -> Option<jiff::Timestamp> {
        let (dt, is_utc, _) = parse_value(v)?;
        let tz = if is_utc {
            jiff::tz::TimeZone::UTC
        } else {
            own.as_ref().unwrap_or(zone).tz().clone()
        };
        tz.to_ambiguous_timestamp(dt).compatible().ok()
    };
    p.val
        .as_str()
        .split(',')
        .filter_map(|v| {
            let v = v.trim();
            match v.split_once('/') {
                Some((start, end)) => {
                    let from = instant(start)?;
                    let length = match instant(end) {
                        Some(to) => to.duration_since(from),
                        None => duration(end)?
                            .to_duration(jiff::SpanRelativeTo::days_are_24_hours())
                            .ok()?,
                    };
                    Some(Rdate::At(from, Some(length)))
                }
                None => match parse_value(v)? {
                    (dt, _, true) => Some(Rdate::Date(dt.date())),
                    _ => Some(Rdate::At(instant(v)?, None)),
                },
            }
        })
        .collect()
}

/// The [`occurrence_key`]s of a RECURRENCE-ID, EXDATE or RDATE property's values, each read in
/// its `TZID`, as UTC when it ends in `Z`, else (floating) in `zone`.
fn keys_of(p: &Property<'_>, zone: &Zone) -> Vec<String> {
    let own = param(p, "TZID").and_then(|t| Zone::from_tzid(&t, None)).map(|(z, _)| z);
    let utc = Zone::try_from("UTC").ok();
    p.val
        .as_str()
        .split(',')
        .filter_map(|v| {
            // An RDATE period (`start/end` or `start/duration`) is keyed by its start.
            let v = v.split('/').next().unwrap_or(v);
            let (dt, is_utc, is_date) = parse_value(v)?;
            if is_date {
                return occurrence_key(OccurrenceStart::Date(dt.date()));
            }
            let z = if is_utc {
                utc.as_ref()?
            } else {
                own.as_ref().unwrap_or(zone)
            };
            occurrence_key(OccurrenceStart::Local(dt, z))
        })
        .collect()
}

fn event(c: &Component<'_>, calendar_zone: Option<&Zone>, customs: &Customs) -> RemoteEvent {
    let mut notes = Vec::new();
    let time = time(c, calendar_zone, customs, &mut notes);
    // Floating exception dates are read in the event's own zone.
    let zone = match &time {
        Some(RemoteTime::Timed { zone, .. }) => Some(zone.clone()),
        _ => calendar_zone.cloned(),
    }
    .or_else(|| Zone::try_from("UTC").ok());
    let keys = |name: &str| -> Vec<String> {
        let Some(zone) = zone.as_ref() else { return Vec::new() };
        c.properties
            .iter()
            .filter(|p| p.name.as_str().eq_ignore_ascii_case(name))
            .flat_map(|p| keys_of(p, zone))
            .collect()
    };
    let recurrence_key = keys("RECURRENCE-ID").into_iter().next();
    let exdate_keys = keys("EXDATE");
    let rdates = match zone.as_ref() {
        Some(zone) => c
            .properties
            .iter()
            .filter(|p| p.name.as_str().eq_ignore_ascii_case("RDATE"))
            .flat_map(|p| rdates_of(p, zone))
            .take(RDATES_MAX)
            .collect(),
        None => Vec::new(),
    };
    let open_ended = property(c, "DTEND").is_none()
        && value(c, "DURATION")
            .and_then(|d| duration(&d))
            .is_none_or(|d| d.is_zero());
    RemoteEvent {
        class: value(c, "CLASS").map(|s| s.to_ascii_uppercase()),
        open_ended,
        rdates,
        calendar_zone: calendar_zone.cloned(),
        recurrence_key,
        exdate_keys,
        uid: value(c, "UID").unwrap_or_default(),
        recurrence_id: value(c, "RECURRENCE-ID"),
        sequence: value(c, "SEQUENCE").and_then(|s| s.parse().ok()).unwrap_or(0),
        summary: value(c, "SUMMARY").map(|s| text(&s)).unwrap_or_default(),
        description: value(c, "DESCRIPTION").map(|s| text(&s)).filter(|s| !s.is_empty()),
        location: value(c, "LOCATION").map(|s| text(&s)).filter(|s| !s.is_empty()),
        geo: value(c, "GEO").and_then(|g| {
            let (lat, lon) = g.split_once(';')?;
            Some((lat.trim().parse().ok()?, lon.trim().parse().ok()?))
        }),
        url: value(c, "URL"),
        categories: c
            .properties
            .iter()
            .filter(|p| p.name.as_str().eq_ignore_ascii_case("CATEGORIES"))
            .flat_map(|p| split_list(p.val.as_str()))
            .collect(),
        status: value(c, "STATUS").map(|s| s.to_ascii_uppercase()),
        rrule: value(c, "RRULE"),
        exdates: c
            .properties
            .iter()
            .filter(|p| p.name.as_str().eq_ignore_ascii_case("EXDATE"))
            .flat_map(|p| {
                p.val
                    .as_str()
                    .split(',')
                    .map(|v| v.trim().to_string())
                    .collect::<Vec<_>>()
            })
            .collect(),
        time,
        notes,
    }
}

/// The items of a comma-separated TEXT list, unescaped (`\,` stays inside an item).
fn split_list(raw: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut current = String::new();
    let mut escaped = false;
    for c in raw.chars() {
        match (escaped, c) {
            (false, '\\') => {
                escaped = true;
                current.push(c);
            }
            (false, ',') => items.push(std::mem::take(&mut current)),
            _ => {
                escaped = false;
                current.push(c);
            }
        }
    }
    items.push(current);
    items.into_iter().map(|i| text(&i)).filter(|i| !i.is_empty()).collect()
}

/// A DATE-TIME or DATE value as written: `(local date-time, ends in Z, is a date)`.
fn parse_value(raw: &str) -> Option<(DateTime, bool, bool)> {
    let raw = raw.trim();
    let utc = raw.ends_with('Z') || raw.ends_with('z');
    let digits = raw.trim_end_matches(['Z', 'z']);
    let n = |r: std::ops::Range<usize>| digits.get(r)?.parse::<i32>().ok();
    let date = Date::new(n(0..4)? as i16, n(4..6)? as i8, n(6..8)? as i8).ok()?;
    if digits.len() == 8 {
        return Some((date.to_datetime(jiff::civil::Time::midnight()), false, true));
    }
    if digits.len() != 15 || digits.as_bytes()[8] != b'T' {
        return None;
    }
    let time = jiff::civil::Time::new(n(9..11)? as i8, n(11..13)? as i8, n(13..15)? as i8, 0).ok()?;
    Some((date.to_datetime(time), utc, false))
}

/// `DURATION` (RFC 5545 §3.3.6: `P1D`, `PT2H30M`, `P1W`) as a span.
fn duration(raw: &str) -> Option<jiff::Span> {
    raw.trim().trim_start_matches('+').parse::<jiff::Span>().ok()
}

fn time(
    c: &Component<'_>,
    calendar_zone: Option<&Zone>,
    customs: &Customs,
    notes: &mut Vec<String>,
) -> Option<RemoteTime> {
    let start_p = property(c, "DTSTART")?;
    let Some((start, start_utc, is_date)) = parse_value(start_p.val.as_str()) else {
        notes.push(format!("DTSTART {:?} is not a date or time", start_p.val.as_str()));
        return None;
    };
    let end_p = property(c, "DTEND");
    let end = end_p.and_then(|p| parse_value(p.val.as_str()));
    let span = match value(c, "DURATION") {
        Some(raw) => match duration(&raw) {
            Some(d) => Some(d),
            None => {
                notes.push(format!("DURATION {raw:?} is not a duration"));
                None
            }
        },
        None => None,
    };
    if is_date {
        // DTEND of an all-day event is the day after its last (exclusive).
        let last_day = match (end, span) {
            (Some((e, _, _)), _) => e
                .date()
                .yesterday()
                .ok()
                .filter(|d| *d >= start.date())
                .unwrap_or(start.date()),
            (None, Some(s)) => start
                .date()
                .checked_add(s)
                .ok()
                .and_then(|d| d.yesterday().ok())
                .filter(|d| *d >= start.date())
                .unwrap_or(start.date()),
            (None, None) => start.date(),
        };
        return Some(RemoteTime::AllDay {
            start: start.date(),
            last_day,
        });
    }
    // The country the LOCATION ends with picks among the zones of a Windows name ("W. Europe
    // Standard Time" in the Netherlands is Europe/Amsterdam, not CLDR's default Berlin).
    let region = value(c, "LOCATION")
        .and_then(|l| crate::domain::Country::named(text(&l).rsplit(',').next()?.trim()))
        .map(|country| country.code());
    // The zone of the start: its TZID, else UTC shown in the calendar's zone, else floating.
    let (zone, how) = match param(start_p, "TZID") {
        Some(tzid) => match Zone::from_tzid(&tzid, region) {
            Some((zone, kind)) => (zone, ZoneFrom::Tzid(kind)),
            None => match customs.get(tzid.as_str()) {
                Some(custom) => return custom_time(c, custom, &tzid, start, end_p, end, span, calendar_zone, notes),
                None => {
                    notes.push(format!(
                        "TZID {tzid:?} names no known zone and the file has no VTIMEZONE for it"
                    ));
                    return None;
                }
            },
        },
        None if start_utc => match calendar_zone {
            Some(z) => (z.clone(), ZoneFrom::CalendarZone),
            None => (Zone::try_from("UTC").ok()?, ZoneFrom::Utc),
        },
        None => {
            notes.push("floating time (no zone)".to_string());
            let zone = calendar_zone.cloned().or_else(|| Zone::try_from("UTC").ok())?;
            (zone, ZoneFrom::Floating)
        }
    };
    // A value in UTC, shown in the action's zone.
    let local = |dt: DateTime, utc: bool| -> Option<DateTime> {
        if utc {
            let instant = jiff::tz::TimeZone::UTC.to_timestamp(dt).ok()?;
            Some(zone.tz().to_datetime(instant))
        } else {
            Some(dt)
        }
    };
    let start_local = local(start, start_utc)?;
    let end_local = match (end, end_p, span) {
        (Some((e, e_utc, _)), Some(p), _) => {
            // An end in another zone than the start: through its instant.
            match param(p, "TZID").and_then(|t| Zone::from_tzid(&t, region)) {
                Some((ez, _)) if ez.name() != zone.name() => {
                    let instant = ez.tz().to_ambiguous_timestamp(e).compatible().ok()?;
                    zone.tz().to_datetime(instant)
                }
                _ => local(e, e_utc)?,
            }
        }
        (_, _, Some(s)) => match start_local.checked_add(s) {
            Ok(end) => end,
            Err(_) => {
                notes.push(format!("DURATION {s} ends beyond any date"));
                return None;
            }
        },
        _ => start_local,
    };
    Some(RemoteTime::Timed {
        start: start_local,
        end: end_local,
        zone,
        how,
    })
}

/// The calendar's own VTIMEZONEs whose TZID names no known zone, by TZID.
type Customs = std::collections::HashMap<String, CustomZone>;

/// What a custom zone's choice of IANA zone is kept by: the year, the country hint, and the
/// rules' UTC offsets at the event's start and end (seconds; `i32::MIN` for an end in UTC).
type ZoneKey = (i16, String, i32, i32);

/// A VTIMEZONE read for its rules (RFC 5545 §3.6.5): its STANDARD and DAYLIGHT observances.
#[derive(Debug, Clone)]
pub struct CustomZone {
    observances: Vec<Observance>,
    /// The zone chosen for a year, a country hint and the rules' offsets at an event's start
    /// and end, once searched (`None`: none agreed), so that a file of many events searches the
    /// zones once per kind of event, not once per event.
    chosen: std::cell::RefCell<std::collections::HashMap<ZoneKey, Option<String>>>,
}

/// One STANDARD or DAYLIGHT part: from its onsets on, the offset is `to`.
#[derive(Debug, Clone)]
struct Observance {
    /// The first onset, in local time before it (the time of day of every onset).
    start: DateTime,
    /// UTC offsets before and after each onset, in seconds.
    from: i32,
    to: i32,
    /// A yearly rule: month, and which weekday of it (`-1SU`: the last Sunday); until when.
    yearly: Option<(i8, i8, jiff::civil::Weekday, Option<DateTime>)>,
    /// More onsets (RDATE).
    more: Vec<DateTime>,
}

fn offset_seconds(raw: &str) -> Option<i32> {
    let raw = raw.trim();
    let (sign, digits) = match raw.as_bytes().first()? {
        b'+' => (1, &raw[1..]),
        b'-' => (-1, &raw[1..]),
        _ => return None,
    };
    let n = |r: std::ops::Range<usize>| digits.get(r)?.parse::<i32>().ok();
    let secs = n(0..2)? * 3600 + n(2..4)? * 60 + if digits.len() >= 6 { n(4..6)? } else { 0 };
    Some(sign * secs)
}

fn weekday(code: &str) -> Option<jiff::civil::Weekday> {
    use jiff::civil::Weekday::*;
    Some(match code {
        "MO" => Monday,
        "TU" => Tuesday,
        "WE" => Wednesday,
        "TH" => Thursday,
        "FR" => Friday,
        "SA" => Saturday,
        "SU" => Sunday,
        _ => return None,
    })
}

impl CustomZone {
    /// The TZID and rules of a VTIMEZONE whose TZID names no known zone.
    fn read(c: &Component<'_>) -> Option<(String, CustomZone)> {
        let tzid = value(c, "TZID")?.trim_matches('"').to_string();
        if Zone::from_tzid(&tzid, None).is_some() {
            return None;
        }
        if c.components.len() > OBSERVANCES_MAX {
            return None;
        }
        let observances: Vec<Observance> = c
            .components
            .iter()
            .filter_map(|o| {
                let (start, _, _) = parse_value(&value(o, "DTSTART")?)?;
                let from = offset_seconds(&value(o, "TZOFFSETFROM")?)?;
                let to = offset_seconds(&value(o, "TZOFFSETTO")?)?;
                let yearly = value(o, "RRULE").and_then(|rule| {
                    let part = |key: &str| {
                        rule.split(';').find_map(|p| {
                            p.split_once('=')
                                .filter(|(k, _)| k.eq_ignore_ascii_case(key))
                                .map(|(_, v)| v.to_string())
                        })
                    };
                    if !part("FREQ")?.eq_ignore_ascii_case("YEARLY") {
                        return None;
                    }
                    let month: i8 = part("BYMONTH")?.parse().ok()?;
                    let by_day = part("BYDAY")?;
                    let cut = by_day.len().checked_sub(2)?;
                    let (n, code) = (by_day.get(..cut)?, by_day.get(cut..)?);
                    let n: i8 = if n.is_empty() {
                        1
                    } else {
                        n.trim_start_matches('+').parse().ok()?
                    };
                    let until = part("UNTIL").and_then(|u| parse_value(&u)).map(|(u, _, _)| u);
                    Some((month, n, weekday(code)?, until))
                });
                let more = o
                    .properties
                    .iter()
                    .filter(|p| p.name.as_str().eq_ignore_ascii_case("RDATE"))
                    .flat_map(|p| {
                        p.val
                            .as_str()
                            .split(',')
                            .filter_map(|v| parse_value(v).map(|(d, _, _)| d))
                            .collect::<Vec<_>>()
                    })
                    .take(OBSERVANCES_MAX)
                    .collect();
                Some(Observance {
                    start,
                    from,
                    to,
                    yearly,
                    more,
                })
            })
            .collect();
        (!observances.is_empty()).then(|| {
            (
                tzid,
                CustomZone {
                    observances,
                    chosen: Default::default(),
                },
            )
        })
    }

    /// The UTC offset (seconds) in force at local time `at` by these rules: that of the latest
    /// onset at or before it, else the earliest observance's offset before its first onset.
    pub fn offset_at(&self, at: DateTime) -> i32 {
        let mut best: Option<(DateTime, i32)> = None;
        for o in &self.observances {
            let mut onsets = vec![o.start];
            onsets.extend(o.more.iter().copied());
            if let Some((month, n, day, until)) = o.yearly {
                for year in [at.year() - 1, at.year()] {
                    if year < o.start.year() {
                        continue;
                    }
                    let Ok(first) = Date::new(year, month, 1) else { continue };
                    // `nth` counts from the month's end when negative (`-1SU`: its last Sunday).
                    let Ok(date) = first.nth_weekday_of_month(n, day) else {
                        continue;
                    };
                    let onset = date.to_datetime(o.start.time());
                    if onset >= o.start && until.is_none_or(|u| onset <= u) {
                        onsets.push(onset);
                    }
                }
            }
            for onset in onsets.into_iter().filter(|t| *t <= at) {
                if best.is_none_or(|(b, _)| onset > b) {
                    best = Some((onset, o.to));
                }
            }
        }
        match best {
            Some((_, to)) => to,
            None => self.observances.iter().min_by_key(|o| o.start).map_or(0, |o| o.from),
        }
    }

    /// The instant of local time `at` by these rules.
    pub fn instant(&self, at: DateTime) -> Option<jiff::Timestamp> {
        let offset = jiff::tz::Offset::from_seconds(self.offset_at(at)).ok()?;
        offset.to_timestamp(at).ok()
    }
}

/// Whether IANA zone `tz` agrees with `custom` at each of `instants` and at noon on 15 January
/// and 15 July of their years (the same standard and summer offsets, not just the same offset
/// once).
fn agrees(tz: &jiff::tz::TimeZone, custom: &CustomZone, instants: &[jiff::Timestamp]) -> bool {
    instants.iter().all(|t| {
        let local = tz.to_datetime(*t);
        if custom.instant(local) != Some(*t) {
            return false;
        }
        [1, 7].into_iter().all(|month| {
            Date::new(local.year(), month, 15)
                .map(|d| d.to_datetime(jiff::civil::Time::constant(12, 0, 0, 0)))
                .is_ok_and(|noon| {
                    tz.to_ambiguous_timestamp(noon)
                        .compatible()
                        .is_ok_and(|t| custom.instant(noon) == Some(t))
                })
        })
    })
}

/// The time of an event whose TZID is a custom VTIMEZONE: its instants by the file's own rules,
/// shown in the IANA zone that agrees with those rules over the event's dates: the calendar's
/// `X-WR-TIMEZONE`, a zone of the country its LOCATION ends with, a zone whose city the TZID
/// names, else the first agreeing zone by name; none agreeing: UTC, flagged.
#[allow(clippy::too_many_arguments)]
fn custom_time(
    c: &Component<'_>,
    custom: &CustomZone,
    tzid: &str,
    start: DateTime,
    end_p: Option<&Property<'_>>,
    end: Option<(DateTime, bool, bool)>,
    span: Option<jiff::Span>,
    calendar_zone: Option<&Zone>,
    notes: &mut Vec<String>,
) -> Option<RemoteTime> {
    let start_at = custom.instant(start)?;
    let end_at = match (end, end_p) {
        (Some((e, true, _)), _) => jiff::tz::TimeZone::UTC.to_timestamp(e).ok()?,
        (Some((e, false, _)), Some(p)) => match param(p, "TZID").and_then(|t| Zone::from_tzid(&t, None)) {
            Some((ez, _)) => ez.tz().to_ambiguous_timestamp(e).compatible().ok()?,
            None => custom.instant(e)?,
        },
        _ => match span {
            Some(s) => start_at
                .checked_add(s.to_duration(jiff::SpanRelativeTo::days_are_24_hours()).ok()?)
                .ok()?,
            None => start_at,
        },
    };
    let instants = [start_at, end_at];
    let country = value(c, "LOCATION").and_then(|l| crate::domain::Country::named(text(&l).rsplit(',').next()?));
    let key = (
        jiff::tz::TimeZone::UTC.to_datetime(start_at).year(),
        country.map(|k| k.code().to_string()).unwrap_or_default(),
        custom.offset_at(start),
        end.map_or(0, |(e, utc, _)| if utc { i32::MIN } else { custom.offset_at(e) }),
    );
    let agreeing = |name: &str| jiff::tz::TimeZone::get(name).is_ok_and(|tz| agrees(&tz, custom, &instants));
    let cached = custom.chosen.borrow().get(&key).cloned();
    let chosen = match cached {
        Some(Some(name)) if agreeing(&name) => Some(name),
        Some(None) => None,
        _ => {
            let found = search(tzid, calendar_zone, country, &agreeing);
            custom.chosen.borrow_mut().insert(key, found.clone());
            found
        }
    };
    let (zone, how) = match chosen.and_then(|n| Zone::try_from(n.as_str()).ok()) {
        Some(z) => {
            notes.push(format!(
                "TZID {tzid:?} read by its own VTIMEZONE rules: {} agrees with them",
                z.name()
            ));
            (z, ZoneFrom::CustomRules)
        }
        None => {
            notes.push(format!(
                "TZID {tzid:?}: no IANA zone agrees with its VTIMEZONE rules on these dates; the times are kept in UTC"
            ));
            (Zone::try_from("UTC").ok()?, ZoneFrom::CustomInUtc)
        }
    };
    Some(RemoteTime::Timed {
        start: zone.tz().to_datetime(start_at),
        end: zone.tz().to_datetime(end_at),
        zone,
        how,
    })
}

/// The first zone that agrees with `custom` at an event's instants (`agreeing`): the calendar's
/// zone, a zone of the LOCATION's country, a zone whose city the TZID names, then any by name.
fn search(
    tzid: &str,
    calendar_zone: Option<&Zone>,
    country: Option<crate::domain::Country>,
    agreeing: &dyn Fn(&str) -> bool,
) -> Option<String> {
    let names = all_names_cached();
    let lower = tzid.to_lowercase();
    let hinted = calendar_zone
        .map(|z| z.name().to_string())
        .into_iter()
        .chain(
            country
                .map(|k| crate::domain::zone::zones_of(k.code()))
                .unwrap_or_default(),
        )
        .chain(
            names
                .iter()
                .filter(|n| {
                    n.rsplit('/')
                        .next()
                        .is_some_and(|city| lower.contains(&city.replace('_', " ").to_lowercase()))
                })
                .cloned(),
        );
    hinted.chain(names.iter().cloned()).find(|name| agreeing(name))
}

/// Every canonical zone name, sorted, made once.
fn all_names_cached() -> &'static [String] {
    static NAMES: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        let mut names: Vec<String> = crate::domain::zone::all_names()
            .into_iter()
            .filter(|n| jiff::tz::TimeZone::get(n).is_ok_and(|tz| tz.is_primary()))
            .collect();
        names.sort();
        names
    });
    &NAMES
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timed(e: &RemoteEvent) -> (String, String, String, ZoneFrom) {
        match e.time.as_ref().expect("a time") {
            RemoteTime::Timed { start, end, zone, how } => {
                (start.to_string(), end.to_string(), zone.name().to_string(), *how)
            }
            other => panic!("timed expected: {other:?}"),
        }
    }

    #[test]
    fn a_windows_zone_takes_the_zone_of_the_location_country() {
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:nl@x\r\nSUMMARY:Wake\r\nDTSTART;TZID=W. Europe Standard Time:20270410T140000\r\nLOCATION:Dam\\, Amsterdam\\, Netherlands\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:ch@x\r\nSUMMARY:Wake\r\nDTSTART;TZID=W. Europe Standard Time:20270410T140000\r\nLOCATION:Bern\\, CH\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let events = read(ics.as_bytes()).unwrap();
        let zone = |i: usize| match &events[i].time {
            Some(RemoteTime::Timed { zone, .. }) => zone.name().to_string(),
            other => panic!("{other:?}"),
        };
        assert_eq!(zone(0), "Europe/Amsterdam");
        assert_eq!(zone(1), "Europe/Zurich");
    }

    #[test]
    fn an_exchange_export_with_a_windows_zone_and_values_folded_anywhere() {
        let ics = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:Microsoft Exchange Server 2010",
            "BEGIN:VTIMEZONE",
            "TZID:W. Europe Standard Time",
            "BEGIN:STANDARD",
            "DTSTART:16010101T030000",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "END:STANDARD",
            "END:VTIMEZONE",
            "",
            "BEGIN:VEVENT",
            "UID:040000008200E00074C5B7101A82E00800000000",
            " 1",
            "SUMMARY;LANGUAGE=de-DE:Mahnwache f",
            " ür Gaza\\, Berlin",
            "DTSTART;TZID=W. Europe Standard Time:20271129T180000",
            "DTEND;TZID=W. Europe Standard Time:20271129T200000",
            "LOCATION:Pariser Platz\\, Berlin",
            "CATEGORIES:Mahnwache,Gaza",
            "STATUS:CONFIRMED",
            "SEQUENCE:2",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        .join("\r\n");
        let events = read(ics.as_bytes()).expect("reads");
        assert_eq!(events.len(), 1);
        let e = &events[0];
        // Folded anywhere: inside the UID and inside a word.
        assert_eq!(e.uid, "040000008200E00074C5B7101A82E008000000001");
        assert_eq!(e.summary, "Mahnwache für Gaza, Berlin");
        assert_eq!(e.location.as_deref(), Some("Pariser Platz, Berlin"));
        assert_eq!(e.categories, ["Mahnwache", "Gaza"]);
        assert_eq!(e.sequence, 2);
        assert_eq!(
            timed(e),
            (
                "2027-11-29T18:00:00".into(),
                "2027-11-29T20:00:00".into(),
                "Europe/Berlin".into(),
                ZoneFrom::Tzid(TzidKind::Windows)
            )
        );
    }

    #[test]
    fn google_utc_times_are_shown_in_the_calendar_zone_and_all_day_ends_are_exclusive() {
        let ics = "BEGIN:VCALENDAR\nX-WR-TIMEZONE:America/Santiago\nBEGIN:VEVENT\nUID:a@google.com\n\
SUMMARY:Marcha\nDTSTART:20271129T210000Z\nDURATION:PT2H\nGEO:-33.4489;-70.6693\nEND:VEVENT\n\
BEGIN:VEVENT\nUID:b@google.com\nSUMMARY:Semana de acción\nDTSTART;VALUE=DATE:20271201\n\
DTEND;VALUE=DATE:20271204\nSTATUS:cancelled\nEND:VEVENT\nEND:VCALENDAR\n";
        let events = read(ics.as_bytes()).expect("reads");
        // 21:00 UTC is 18:00 in Santiago (UTC-3 in summer).
        assert_eq!(
            timed(&events[0]),
            (
                "2027-11-29T18:00:00".into(),
                "2027-11-29T20:00:00".into(),
                "America/Santiago".into(),
                ZoneFrom::CalendarZone
            )
        );
        assert_eq!(events[0].geo, Some((-33.4489, -70.6693)));
        assert_eq!(
            events[1].time,
            Some(RemoteTime::AllDay {
                start: jiff::civil::date(2027, 12, 1),
                last_day: jiff::civil::date(2027, 12, 3)
            })
        );
        assert_eq!(events[1].status.as_deref(), Some("CANCELLED"));
    }

    #[test]
    fn a_thunderbird_file_in_latin_1_with_a_mozilla_prefixed_zone() {
        let mut bytes = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:tb-1\r\nSUMMARY:Rassemblement place de la R".to_vec();
        bytes.push(0xE9); // é in Latin-1
        bytes.extend_from_slice(
            b"publique\r\nDTSTART;TZID=/mozilla.org/20050126_1/Europe/Paris:20271127T140000\r\n\
DTEND;TZID=/mozilla.org/20050126_1/Europe/Paris:20271127T160000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        );
        let e = &read(&bytes).expect("reads")[0];
        assert_eq!(e.summary, "Rassemblement place de la République");
        assert_eq!(timed(e).2, "Europe/Paris");
        assert_eq!(timed(e).3, ZoneFrom::Tzid(TzidKind::Prefixed));
    }

    #[test]
    fn what_cannot_be_resolved_is_said_and_what_is_not_a_calendar_is_refused() {
        let ics = "\u{feff}BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nSUMMARY:Vigil\n\
DTSTART;TZID=Customized Time Zone:20271129T180000\nEND:VEVENT\nEND:VCALENDAR\n";
        let e = &read(ics.as_bytes()).expect("reads")[0];
        assert_eq!(e.time, None);
        assert!(e.notes[0].contains("Customized Time Zone"), "{:?}", e.notes);
        assert!(matches!(read(b"<!DOCTYPE html><html>"), Err(ReadError::NotCalendar(_))));
        assert!(matches!(read(b""), Err(ReadError::NotCalendar(_))));
    }

    /// A VTIMEZONE observance whose RRULE has `BYDAY=€` (a 3-byte character) is read without a panic (a
    /// cut inside the character once panicked, which would have ended the poller thread).
    #[test]
    fn byday_multibyte_does_not_panic() {
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:My Zone\r\nBEGIN:DAYLIGHT\r\n\
DTSTART:19700329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=\u{20ac}\r\n\
END:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nDTSTART;TZID=My Zone:20270310T100000\r\n\
END:VEVENT\r\nEND:VCALENDAR\r\n";
        let r = std::panic::catch_unwind(|| read(ics.as_bytes()));
        assert!(r.is_ok(), "reading a partner's VTIMEZONE panicked");
    }

    /// Inner half of [`deep_nesting_does_not_crash_the_process`], run in a child
    /// process (a stack overflow aborts the whole process, not just the test).
    #[test]
    #[ignore]
    fn deep_nesting_inner() {
        let depth = 100_000;
        let mut ics = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        for _ in 0..depth {
            ics.push_str("BEGIN:X\r\n");
        }
        for _ in 0..depth {
            ics.push_str("END:X\r\n");
        }
        ics.push_str("END:VCALENDAR\r\n");
        // The poller thread has the default 2 MiB stack.
        std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(move || {
                let _ = read(ics.as_bytes());
            })
            .unwrap()
            .join()
            .unwrap();
    }

    /// A calendar of 100 000 nested components (1.4 MB, far under the 16 MiB cap) is refused before
    /// icalendar's recursive parser sees it, whose stack overflow would abort the whole process (all of
    /// `serve`).
    #[test]
    fn deep_nesting_does_not_crash_the_process() {
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--ignored",
                "--exact",
                "ical::read::tests::deep_nesting_inner",
                "--nocapture",
            ])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "child died: {:?}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// A custom VTIMEZONE of 1 000 observances used by 100 events whose offsets no IANA zone has: the
    /// zones are searched once per year, country and offsets, not once per event (3 000 x 300 once took
    /// 149 s in a debug build), and every event still gets its instants.
    #[test]
    fn custom_vtimezone_with_many_observances_is_cheap() {
        let mut ics = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:Odd\r\n");
        for i in 0..1000 {
            ics.push_str(&format!(
                "BEGIN:STANDARD\r\nDTSTART:{:04}0101T000000\r\nTZOFFSETFROM:+0117\r\nTZOFFSETTO:+0117\r\nRDATE:{:04}0601T000000\r\nEND:STANDARD\r\n",
                1000 + i % 1000,
                1000 + i % 1000
            ));
        }
        ics.push_str("END:VTIMEZONE\r\n");
        for i in 0..100 {
            ics.push_str(&format!(
                "BEGIN:VEVENT\r\nUID:e{i}\r\nSUMMARY:e\r\nDTSTART;TZID=Odd:2027{:02}10T100000\r\nDURATION:PT1H\r\nEND:VEVENT\r\n",
                1 + i % 12
            ));
        }
        ics.push_str("END:VCALENDAR\r\n");
        eprintln!("{} bytes", ics.len());
        // The zones are searched once per year and country, not once per event; a VTIMEZONE
        // past OBSERVANCES_MAX is not used (its events say so).
        let events = read(ics.as_bytes()).unwrap();
        assert_eq!(events.len(), 100);
        assert!(events.iter().all(|e| e.time.is_some()), "{:?}", events[0].notes);
    }

    /// One event whose DTEND (in UTC) falls in the repeated hour of the custom zone's autumn change
    /// agrees with no IANA zone; later events of that year and country, which Europe/Berlin agrees
    /// with, still get Europe/Berlin (the choice is kept per offsets too).
    #[test]
    fn one_event_does_not_poison_the_custom_zone_of_its_year() {
        let zone = "BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\n\
BEGIN:STANDARD\r\nDTSTART:16011028T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n\
BEGIN:DAYLIGHT\r\nDTSTART:16010325T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n";
        let later = "BEGIN:VEVENT\r\nUID:later@x\r\nSUMMARY:Rally\r\nDTSTART;TZID=Customized Time Zone:20271115T180000\r\nDTEND;TZID=Customized Time Zone:20271115T200000\r\nLOCATION:Rathaus\\, Berlin\\, Germany\r\nEND:VEVENT\r\n";
        let night = "BEGIN:VEVENT\r\nUID:night@x\r\nSUMMARY:Night vigil\r\nDTSTART;TZID=Customized Time Zone:20271031T000000\r\nDTEND:20271031T013000Z\r\nLOCATION:Rathaus\\, Berlin\\, Germany\r\nEND:VEVENT\r\n";
        let alone = format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{zone}{later}END:VCALENDAR\r\n");
        let alone = read(alone.as_bytes()).unwrap();
        assert_eq!(timed(&alone[0]).2, "Europe/Berlin", "alone it agrees");
        let both = format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{zone}{night}{later}END:VCALENDAR\r\n");
        let both = read(both.as_bytes()).unwrap();
        assert_eq!(
            (timed(&both[1]).2, timed(&both[1]).3),
            ("Europe/Berlin".to_string(), ZoneFrom::CustomRules),
            "the same event after another of the same year: {:?}",
            both[1].notes
        );
    }

    /// DTSTART in a custom VTIMEZONE, DTEND in UTC: the end's instant is kept.
    #[test]
    fn custom_start_utc_end() {
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\n\
BEGIN:STANDARD\r\nDTSTART:16011028T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n\
BEGIN:DAYLIGHT\r\nDTSTART:16010325T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n\
BEGIN:VEVENT\r\nUID:a@x\r\nSUMMARY:A\r\nDTSTART;TZID=Customized Time Zone:20270615T180000\r\nDTEND:20270615T180000Z\r\nLOCATION:Berlin\\, Germany\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let e = &read(ics.as_bytes()).unwrap()[0];
        let (start, end, zone, _) = timed(e);
        assert_eq!(
            (start.as_str(), end.as_str(), zone.as_str()),
            ("2027-06-15T18:00:00", "2027-06-15T20:00:00", "Europe/Berlin")
        );
    }
}
