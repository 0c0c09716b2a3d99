//! When an action happens: local wall-clock times in its own zone, resolved once to instants.
//!
//! Organisers write the time on their poster (`2027-11-07T01:30` in `America/Havana`). That
//! local time is what feeds publish (with TZID), and the instant it means is fixed here, with
//! the bundled tz database, refusing times that do not exist (DST gaps) and asking which of
//! two instants is meant when a time happens twice (DST overlaps).

use jiff::civil::{Date, DateTime};
use jiff::tz::{AmbiguousOffset, Offset};
use jiff::{SignedDuration, Timestamp};

use super::zone::Zone;
use super::{DomainError, DomainResult};

/// Earliest and latest years an action may be in.
pub const YEARS: std::ops::RangeInclusive<i16> = 1970..=2100;
/// Longest action accepted, in days.
pub const MAX_DAYS: i64 = 366;
/// Length given to a timed action that has no end.
pub const DEFAULT_HOURS: i64 = 2;

/// The time of an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventTime {
    /// Starts and ends at wall-clock times in `zone`.
    Timed {
        /// The action's zone.
        zone: Zone,
        /// Local start.
        start: DateTime,
        /// Local end.
        end: DateTime,
        /// The instant of `start`.
        start_utc: Timestamp,
        /// The instant of `end`.
        end_utc: Timestamp,
    },
    /// Whole days, `start` to `last_day` inclusive, as organisers write them.
    AllDay {
        /// The zone of the place (kept for display and defaults; dates float).
        zone: Zone,
        /// First day.
        start: Date,
        /// Last day, inclusive.
        last_day: Date,
    },
}

/// Formats a local time as the import format writes it (`2027-11-07T01:30`).
pub fn format_local(dt: DateTime) -> String {
    dt.strftime("%Y-%m-%dT%H:%M").to_string()
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Parses `YYYY-MM-DD` strictly, refusing impossible dates such as 2027-02-30.
pub fn parse_date(field: &str, raw: &str) -> DomainResult<Date> {
    let bad = |id: &'static str| DomainError::says(field, id, &[("value", &format!("{raw:?}"))]);
    let parts: Vec<&str> = raw.split('-').collect();
    if raw.len() != 10 || parts.len() != 3 || parts.iter().zip([4, 2, 2]).any(|(p, n)| p.len() != n || !digits(p)) {
        return Err(bad("err_date"));
    }
    let (y, m, d) = (parts[0].parse::<i16>(), parts[1].parse::<i8>(), parts[2].parse::<i8>());
    let (Ok(y), Ok(m), Ok(d)) = (y, m, d) else {
        return Err(bad("err_date"));
    };
    if !YEARS.contains(&y) {
        return Err(DomainError::says(
            field,
            "err_year_range",
            &[
                ("value", &format!("{raw:?}")),
                ("first", &YEARS.start()),
                ("last", &YEARS.end()),
            ],
        ));
    }
    Date::new(y, m, d).map_err(|_| bad("err_date_missing"))
}

/// A local time as written, with the UTC offset that may follow it.
struct LocalInput {
    dt: DateTime,
    offset: Option<Offset>,
}

fn parse_local(field: &str, raw: &str) -> DomainResult<LocalInput> {
    let raw = raw.trim();
    let bad = || DomainError::says(field, "err_local_time", &[("value", &format!("{raw:?}"))]);
    if raw.len() < 16 || !raw.is_char_boundary(16) {
        return Err(bad());
    }
    let (local, rest) = raw.split_at(16);
    let (date, time) = local.split_once('T').ok_or_else(bad)?;
    let date = parse_date(field, date)?;
    let (h, m) = time.split_once(':').ok_or_else(bad)?;
    if h.len() != 2 || m.len() != 2 || !digits(h) || !digits(m) {
        return Err(bad());
    }
    let (h, m) = (h.parse::<i8>().map_err(|_| bad())?, m.parse::<i8>().map_err(|_| bad())?);
    if h > 23 || m > 59 {
        return Err(DomainError::says(
            field,
            "err_time_of_day",
            &[("value", &format!("{raw:?}"))],
        ));
    }
    let dt = date.at(h, m, 0, 0);
    let offset = match rest {
        "" => None,
        "Z" | "z" => Some(Offset::UTC),
        r if r.len() == 6
            && (r.starts_with('+') || r.starts_with('-'))
            && &r[3..4] == ":"
            && digits(&r[1..3])
            && digits(&r[4..6]) =>
        {
            let secs =
                r[1..3].parse::<i32>().map_err(|_| bad())? * 3600 + r[4..6].parse::<i32>().map_err(|_| bad())? * 60;
            let secs = if r.starts_with('-') { -secs } else { secs };
            Some(Offset::from_seconds(secs).map_err(|_| bad())?)
        }
        _ => return Err(bad()),
    };
    Ok(LocalInput { dt, offset })
}

fn fmt_offset(o: Offset) -> String {
    super::zone::format_offset(o, super::zone::OffsetStyle::Rfc3339)
}

/// Fixes the instant of a local time in `zone`, refusing gaps and unresolved overlaps.
fn resolve(field: &str, zone: &Zone, input: &LocalInput) -> DomainResult<Timestamp> {
    let tz = zone.tz();
    let shown = format_local(input.dt);
    let at = |o: Offset| {
        o.to_timestamp(input.dt)
            .map_err(|_| DomainError::says(field, "err_out_of_range", &[]))
    };
    match tz.to_ambiguous_timestamp(input.dt).offset() {
        AmbiguousOffset::Unambiguous { offset } => match input.offset {
            Some(given) if given != offset => Err(DomainError::says(
                field,
                "err_offset_mismatch",
                &[
                    ("value", &format!("{shown}{}", fmt_offset(given))),
                    ("zone", &zone.name()),
                    ("offset", &fmt_offset(offset)),
                ],
            )),
            _ => at(offset),
        },
        AmbiguousOffset::Gap { before, after } => {
            // The skipped local times are [t + before, t + after) for the transition instant t.
            let probe = at(after)?;
            let (from, to) = tz
                .following(probe)
                .next()
                .map(|t| {
                    (
                        format_local(before.to_datetime(t.timestamp())),
                        format_local(after.to_datetime(t.timestamp())),
                    )
                })
                .unwrap_or_else(|| (shown.clone(), shown.clone()));
            Err(DomainError::says(
                field,
                "err_gap",
                &[
                    ("value", &shown),
                    ("zone", &zone.name()),
                    ("from", &&from[11..]),
                    ("to", &&to[11..]),
                    ("offset_before", &fmt_offset(before)),
                    ("offset_after", &fmt_offset(after)),
                ],
            ))
        }
        AmbiguousOffset::Fold { before, after } => match input.offset {
            Some(given) if given == before || given == after => at(given),
            _ => Err(DomainError::says(
                field,
                "err_fold",
                &[
                    ("value", &shown),
                    ("zone", &zone.name()),
                    ("offset_before", &fmt_offset(before)),
                    ("offset_after", &fmt_offset(after)),
                    ("first", &format!("{shown}{}", fmt_offset(before))),
                    ("second", &format!("{shown}{}", fmt_offset(after))),
                ],
            )
            .with_choices(vec![
                format!("{shown}{}", fmt_offset(before)),
                format!("{shown}{}", fmt_offset(after)),
            ])),
        },
    }
}

impl EventTime {
    /// Parses the time fields of an action: `timezone`, `start`, `end` and `all_day`.
    pub fn parse(timezone: Option<&str>, start: Option<&str>, end: Option<&str>, all_day: bool) -> DomainResult<Self> {
        let zone = match timezone {
            Some(z) => Zone::try_from(z)?,
            None => {
                return Err(DomainError::says("timezone", "err_timezone_required", &[]));
            }
        };
        let Some(start) = start else {
            let example = if all_day { "2027-11-29" } else { "2027-11-29T19:00" };
            return Err(DomainError::says(
                "start",
                "err_start_required",
                &[("example", &format!("{example:?}"))],
            ));
        };
        if all_day {
            let start = parse_date("start", start.trim())?;
            let last_day = match end {
                Some(e) => parse_date("end", e.trim())?,
                None => start,
            };
            if last_day < start {
                return Err(DomainError::says("end", "err_end_before_start_all_day", &[]));
            }
            if (last_day - start).get_days() as i64 >= MAX_DAYS {
                return Err(DomainError::says("end", "err_too_long_days", &[("max", &MAX_DAYS)]));
            }
            return Ok(Self::AllDay { zone, start, last_day });
        }
        let start_in = parse_local("start", start)?;
        let start_utc = resolve("start", &zone, &start_in)?;
        let (end_local, end_utc) = match end {
            Some(e) => {
                let end_in = parse_local("end", e)?;
                let end_utc = resolve("end", &zone, &end_in)?;
                (end_in.dt, end_utc)
            }
            None => {
                let end_utc = start_utc + SignedDuration::from_hours(DEFAULT_HOURS);
                (zone.tz().to_datetime(end_utc), end_utc)
            }
        };
        if end_utc <= start_utc {
            return Err(DomainError::says("end", "err_end_before_start", &[]));
        }
        if end_utc.duration_since(start_utc) > SignedDuration::from_hours(24 * MAX_DAYS) {
            return Err(DomainError::says("end", "err_too_long_days", &[("max", &MAX_DAYS)]));
        }
        if !YEARS.contains(&end_local.year()) {
            return Err(DomainError::says(
                "end",
                "err_years_allowed",
                &[("first", &YEARS.start()), ("last", &YEARS.end())],
            ));
        }
        Ok(Self::Timed {
            zone,
            start: start_in.dt,
            end: end_local,
            start_utc,
            end_utc,
        })
    }

    /// Rebuilds a time read back from the store, which only holds values parsed before.
    pub fn from_stored(
        zone: Zone,
        all_day: bool,
        start: &str,
        end: &str,
        start_utc: i64,
        end_utc: i64,
    ) -> Option<Self> {
        if all_day {
            Some(Self::AllDay {
                zone,
                start: start.parse().ok()?,
                last_day: end.parse().ok()?,
            })
        } else {
            Some(Self::Timed {
                zone,
                start: start.parse().ok()?,
                end: end.parse().ok()?,
                start_utc: Timestamp::from_second(start_utc).ok()?,
                end_utc: Timestamp::from_second(end_utc).ok()?,
            })
        }
    }

    /// The action's zone.
    pub fn zone(&self) -> &Zone {
        match self {
            Self::Timed { zone, .. } | Self::AllDay { zone, .. } => zone,
        }
    }

    /// True for whole-day actions.
    pub fn is_all_day(&self) -> bool {
        matches!(self, Self::AllDay { .. })
    }

    /// The local start as the import format writes it (`YYYY-MM-DDTHH:MM` or `YYYY-MM-DD`).
    pub fn start_text(&self) -> String {
        match self {
            Self::Timed { start, .. } => format_local(*start),
            Self::AllDay { start, .. } => start.to_string(),
        }
    }

    /// The local end as the import format writes it (the last day for all-day actions).
    pub fn end_text(&self) -> String {
        match self {
            Self::Timed { end, .. } => format_local(*end),
            Self::AllDay { last_day, .. } => last_day.to_string(),
        }
    }

    /// The start's local date, the date on the poster.
    pub fn start_date(&self) -> Date {
        match self {
            Self::Timed { start, .. } => start.date(),
            Self::AllDay { start, .. } => *start,
        }
    }

    /// The last local date the action touches (an end at midnight belongs to the day before).
    pub fn last_date(&self) -> Date {
        match self {
            Self::Timed { start, end, .. } => last_touched_day(*start, *end),
            Self::AllDay { last_day, .. } => *last_day,
        }
    }

    /// The start instant (midnight in the zone for all-day actions).
    pub fn start_utc(&self) -> Timestamp {
        match self {
            Self::Timed { start_utc, .. } => *start_utc,
            Self::AllDay { zone, start, .. } => day_start(zone, *start),
        }
    }

    /// The end instant (midnight after the last day for all-day actions).
    pub fn end_utc(&self) -> Timestamp {
        match self {
            Self::Timed { end_utc, .. } => *end_utc,
            Self::AllDay { zone, last_day, .. } => day_start(zone, last_day.tomorrow().unwrap_or(*last_day)),
        }
    }

    /// The start as the import format accepts it back: with its UTC offset when the local time
    /// happens twice, so that it names the same instant again.
    pub fn start_input(&self) -> String {
        match self {
            Self::Timed {
                zone, start, start_utc, ..
            } => with_offset_if_ambiguous(zone, *start, *start_utc),
            Self::AllDay { .. } => self.start_text(),
        }
    }

    /// The end as the import format accepts it back (see [`EventTime::start_input`]).
    pub fn end_input(&self) -> String {
        match self {
            Self::Timed { zone, end, end_utc, .. } => with_offset_if_ambiguous(zone, *end, *end_utc),
            Self::AllDay { .. } => self.end_text(),
        }
    }

    /// The local start as a civil date-time (midnight for all-day actions).
    pub fn start_local(&self) -> DateTime {
        match self {
            Self::Timed { start, .. } => *start,
            Self::AllDay { start, .. } => start.to_datetime(jiff::civil::Time::midnight()),
        }
    }

    /// True when the start or end is a local time that happens twice (a DST overlap).
    ///
    /// RFC 5545 reads such a TZID time as its first instant, and ical.js reads it as the second,
    /// so feeds write these times in UTC instead.
    pub fn is_ambiguous(&self) -> bool {
        match self {
            Self::Timed { zone, start, end, .. } => [start, end].into_iter().any(|dt| {
                matches!(
                    zone.tz().to_ambiguous_timestamp(*dt).offset(),
                    AmbiguousOffset::Fold { .. }
                )
            }),
            Self::AllDay { .. } => false,
        }
    }

    /// The wall-clock length, which every occurrence of a recurring action keeps.
    pub fn local_length(&self) -> SignedDuration {
        match self {
            Self::Timed { start, end, .. } => end.duration_since(*start),
            Self::AllDay { start, last_day, .. } => {
                SignedDuration::from_hours(24 * ((*last_day - *start).get_days() as i64 + 1))
            }
        }
    }
}

/// The last local day an interval touches: an end at exactly midnight belongs to the day before.
pub fn last_touched_day(start: DateTime, end: DateTime) -> Date {
    if end.time() == jiff::civil::Time::midnight() && end.date() > start.date() {
        end.date().yesterday().unwrap_or(end.date())
    } else {
        end.date()
    }
}

fn with_offset_if_ambiguous(zone: &Zone, local: DateTime, at: Timestamp) -> String {
    match zone.tz().to_ambiguous_timestamp(local).offset() {
        AmbiguousOffset::Fold { .. } => format!("{}{}", format_local(local), fmt_offset(zone.tz().to_offset(at))),
        _ => format_local(local),
    }
}

fn day_start(zone: &Zone, d: Date) -> Timestamp {
    zone.tz()
        .to_ambiguous_timestamp(d.to_datetime(jiff::civil::Time::midnight()))
        .compatible()
        .unwrap_or(Timestamp::UNIX_EPOCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timed(zone: &str, start: &str, end: Option<&str>) -> DomainResult<EventTime> {
        EventTime::parse(Some(zone), Some(start), end, false)
    }

    #[test]
    fn local_times_resolve_with_current_tz_data() {
        // tzdata 2026f: Casablanca is at +00 in November 2027 (2025b said +01, an hour off).
        let t = timed("Africa/Casablanca", "2027-11-07T10:00", None).unwrap();
        assert_eq!(t.start_utc().to_string(), "2027-11-07T10:00:00Z");
        let t = timed("Asia/Kathmandu", "2027-01-10T12:00", Some("2027-01-10T13:30")).unwrap();
        assert_eq!(t.start_utc().to_string(), "2027-01-10T06:15:00Z");
    }

    #[test]
    fn a_time_in_a_dst_gap_is_refused_with_the_valid_times_around_it() {
        let err = timed("America/New_York", "2027-03-14T02:30", None).unwrap_err();
        assert_eq!(err.field(), "start");
        assert!(err.message().contains("from 02:00 straight to 03:00"), "{err}");
    }

    #[test]
    fn a_time_in_a_dst_overlap_needs_its_offset() {
        let err = timed("America/New_York", "2027-11-07T01:30", None).unwrap_err();
        assert!(err.message().contains("2027-11-07T01:30-04:00"), "{err}");
        assert_eq!(err.choices(), ["2027-11-07T01:30-04:00", "2027-11-07T01:30-05:00"]);
        let first = timed("America/New_York", "2027-11-07T01:30-04:00", None).unwrap();
        let second = timed("America/New_York", "2027-11-07T01:30-05:00", None).unwrap();
        assert_eq!(
            second.start_utc().duration_since(first.start_utc()),
            SignedDuration::from_hours(1)
        );
        assert!(timed("America/New_York", "2027-11-07T01:30+01:00", None).is_err());
    }

    #[test]
    fn end_must_follow_start() {
        assert_eq!(
            timed("UTC", "2027-01-01T10:00", Some("2027-01-01T09:00"))
                .unwrap_err()
                .field(),
            "end"
        );
        assert!(EventTime::parse(Some("UTC"), Some("2027-01-02"), Some("2027-01-01"), true).is_err());
    }

    #[test]
    fn impossible_and_malformed_dates_are_refused() {
        assert!(
            timed("UTC", "2027-02-30T10:00", None)
                .unwrap_err()
                .message()
                .contains("does not exist")
        );
        assert!(timed("UTC", "2027-1-3T10:00", None).is_err());
        assert!(timed("UTC", "2027-01-03 10:00", None).is_err());
        assert!(timed("UTC", "2027-01-03T24:00", None).is_err());
        assert!(
            timed("UTC", "3027-01-03T10:00", None)
                .unwrap_err()
                .message()
                .contains("1970 to 2100")
        );
        assert!(
            EventTime::parse(None, Some("2027-01-03T10:00"), None, false)
                .unwrap_err()
                .field()
                == "timezone"
        );
    }

    #[test]
    fn all_day_end_is_inclusive() {
        let t = EventTime::parse(Some("Europe/Paris"), Some("2027-11-04"), Some("2027-11-05"), true).unwrap();
        assert_eq!(t.last_date().to_string(), "2027-11-05");
        assert_eq!(t.local_length(), SignedDuration::from_hours(48));
    }

    #[test]
    fn an_end_at_midnight_belongs_to_the_day_before() {
        let t = timed("UTC", "2027-11-04T20:00", Some("2027-11-05T00:00")).unwrap();
        assert_eq!(t.last_date().to_string(), "2027-11-04");
    }
}
