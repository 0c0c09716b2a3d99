//! Recurring actions: an RFC 5545 RRULE, validated with the `rrule` crate and stored as text.
//!
//! Clients expand the rule themselves; the server expands it only in bounded windows (the
//! `from`/`to` filters), and always in wall-clock time: RFC 5545 repeats the local time of
//! DTSTART, so an action at 18:00 every Friday stays at 18:00 across DST changes. Expanding
//! floating times keeps chrono-tz's outdated tz data out of the result.

use chrono::{NaiveDate, TimeZone as _};
use jiff::SignedDuration;
use jiff::civil::{Date, DateTime};
use jiff::{Timestamp, tz::Offset};
use rrule::{Frequency, RRule, RRuleSet, Tz, Unvalidated};

use super::event_time::{EventTime, last_touched_day};
use super::{DomainError, DomainResult};

/// Longest RRULE text accepted.
pub const RULE_MAX: usize = 300;
/// Most occurrences a rule with COUNT or UNTIL may have.
pub const OCCURRENCES_MAX: usize = 1000;

const EXAMPLES: &str =
    "FREQ=WEEKLY;COUNT=6, FREQ=WEEKLY;BYDAY=FR;UNTIL=20271119T235959Z, FREQ=MONTHLY;BYDAY=1FR;COUNT=3";

/// A validated recurrence rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recurrence {
    rule: String,
    last_date: Option<Date>,
}

fn err(id: &'static str, args: &[(&'static str, &dyn std::fmt::Display)]) -> DomainError {
    DomainError::says("recurrence", id, args)
}

fn floating(dt: DateTime) -> chrono::DateTime<Tz> {
    let naive = NaiveDate::from_ymd_opt(dt.year().into(), dt.month() as u32, dt.day() as u32)
        .and_then(|d| d.and_hms_opt(dt.hour() as u32, dt.minute() as u32, dt.second() as u32))
        .unwrap_or_default();
    Tz::UTC.from_utc_datetime(&naive)
}

fn civil(dt: &chrono::DateTime<Tz>) -> DateTime {
    use chrono::{Datelike, Timelike};
    DateTime::new(
        dt.year() as i16,
        dt.month() as i8,
        dt.day() as i8,
        dt.hour() as i8,
        dt.minute() as i8,
        dt.second() as i8,
        0,
    )
    .unwrap_or_default()
}

/// Splits `UNTIL=…` out of a rule; the rest is parsed by the crate, UNTIL by us (see module doc).
fn split_until(rule: &str) -> (String, Option<&str>) {
    let mut rest = Vec::new();
    let mut until = None;
    for part in rule.split(';') {
        match part.strip_prefix("UNTIL=") {
            Some(u) => until = Some(u),
            None => rest.push(part),
        }
    }
    (rest.join(";"), until)
}

/// The rule as the crate expands it: floating start, UNTIL turned into floating local time.
fn build(rule: &str, time: &EventTime) -> DomainResult<RRuleSet> {
    build_near(rule, time, None)
}

/// [`build`], but expanded from a start moved forward to shortly before `near` where that
/// changes no occurrence from `near` on, so that a window decades after the start costs what
/// the window holds, not every occurrence since the start (the crate always iterates from
/// DTSTART: 2 000 endless daily rules asked for 2100 took 12 s).
///
/// Only DAILY and WEEKLY rules without COUNT move: their occurrences repeat every INTERVAL days
/// or weeks from the start, whatever their BY parts, so moving the start by whole periods keeps
/// every later occurrence (and the crate, like python-dateutil, yields a start that does not
/// fit the BY parts only if it fits them). COUNT counts from the real start, so a rule with it
/// stays (at most 1 000 occurrences); a MONTHLY or YEARLY rule iterates at most 12 or 1 times a
/// year, which is cheap anyway.
fn build_near(rule: &str, time: &EventTime, near: Option<Date>) -> DomainResult<RRuleSet> {
    let (rest, until) = split_until(rule);
    let mut parsed: RRule<Unvalidated> = rest.parse().map_err(|e: rrule::RRuleError| {
        err(
            "err_rrule",
            &[("value", &format!("{rule:?}")), ("detail", &e), ("examples", &EXAMPLES)],
        )
    })?;
    if let Some(until) = until {
        let local = match time {
            EventTime::AllDay { .. } => {
                let d = super::event_time::parse_date(
                    "recurrence",
                    &format!(
                        "{}-{}-{}",
                        &until.get(0..4).unwrap_or(""),
                        until.get(4..6).unwrap_or(""),
                        until.get(6..8).unwrap_or("")
                    ),
                )
                .ok()
                .filter(|_| until.len() == 8)
                .ok_or_else(|| err("err_until_date", &[("until", &until)]))?;
                d.to_datetime(jiff::civil::Time::MAX)
            }
            EventTime::Timed { zone, .. } => {
                let ts = parse_utc_basic(until).ok_or_else(|| err("err_until_utc", &[("until", &until)]))?;
                zone.tz().to_datetime(ts)
            }
        };
        parsed = parsed.until(floating(local));
    }
    let freq = parsed.get_freq();
    if matches!(freq, Frequency::Hourly | Frequency::Minutely | Frequency::Secondly) {
        return Err(err("err_freq", &[("freq", &freq)]));
    }
    if !parsed.get_by_hour().is_empty() || !parsed.get_by_minute().is_empty() || !parsed.get_by_second().is_empty() {
        return Err(err("err_byhour", &[]));
    }
    if parsed.get_count().is_some_and(|c| c as usize > OCCURRENCES_MAX) {
        return Err(err("err_count", &[("max", &OCCURRENCES_MAX)]));
    }
    let start = time.start_local();
    let period_days = match freq {
        Frequency::Daily => Some(i64::from(parsed.get_interval().max(1))),
        Frequency::Weekly => Some(7 * i64::from(parsed.get_interval().max(1))),
        _ => None,
    };
    let moved = match (near, period_days) {
        (Some(near), Some(period)) if parsed.get_count().is_none() => {
            // Whole periods that end before `near`, less one period and the action's length
            // (an occurrence starting before `near` may still touch it) as a margin.
            let margin = period + time.local_length().as_hours().div_euclid(24) + 1;
            let days = (near - start.date()).get_days() as i64 - margin;
            let periods = days.div_euclid(period);
            if periods > 0 {
                start
                    .checked_add(jiff::Span::new().days(periods * period))
                    .unwrap_or(start)
            } else {
                start
            }
        }
        _ => start,
    };
    parsed.build(floating(moved)).map_err(|e| {
        err(
            "err_rrule_start",
            &[("value", &format!("{rule:?}")), ("detail", &e), ("examples", &EXAMPLES)],
        )
    })
}

fn parse_utc_basic(s: &str) -> Option<Timestamp> {
    let b = s.as_bytes();
    if s.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let n = |r: std::ops::Range<usize>| s.get(r)?.parse::<i32>().ok();
    let date = Date::new(n(0..4)? as i16, n(4..6)? as i8, n(6..8)? as i8).ok()?;
    // Time::new refuses hour 47 where Date::at would panic (found by fuzz/import_json).
    let time = jiff::civil::Time::new(n(9..11)? as i8, n(11..13)? as i8, n(13..15)? as i8, 0).ok()?;
    let dt = date.to_datetime(time);
    Offset::UTC.to_timestamp(dt).ok()
}

impl Recurrence {
    /// Validates `raw` (with or without the `RRULE:` prefix) for an action at `time`.
    pub fn parse(raw: &str, time: &EventTime) -> DomainResult<Self> {
        let rule = raw.trim().trim_start_matches("RRULE:").to_ascii_uppercase();
        if rule.is_empty() || rule.len() > RULE_MAX {
            return Err(err("err_rrule_length", &[("max", &RULE_MAX), ("examples", &EXAMPLES)]));
        }
        if !rule.bytes().all(|b| b.is_ascii_alphanumeric() || b"=;,-+".contains(&b)) {
            return Err(err(
                "err_rrule_chars",
                &[("value", &format!("{rule:?}")), ("examples", &EXAMPLES)],
            ));
        }
        if time.is_ambiguous() {
            return Err(err(
                "err_repeat_ambiguous",
                &[("start", &time.start_text()), ("end", &time.end_text())],
            ));
        }
        let set = build(&rule, time)?;
        let start = floating(time.start_local());
        let first = set.clone().all(1).dates;
        if first.first() != Some(&start) {
            return Err(err(
                "err_start_not_occurrence",
                &[("start", &time.start_text()), ("value", &format!("{rule:?}"))],
            ));
        }
        let bounded = rule.contains("COUNT=") || rule.contains("UNTIL=");
        if let EventTime::Timed { zone, .. } = time {
            every_occurrence_exists(&set, time, zone, bounded)?;
        }
        let last_date = if bounded {
            let all = set.all(OCCURRENCES_MAX as u16 + 1).dates;
            if all.len() > OCCURRENCES_MAX {
                return Err(err("err_too_many_occurrences", &[("max", &OCCURRENCES_MAX)]));
            }
            all.last()
                .map(|last| occurrence_days(civil(last), time.local_length()).1)
        } else {
            None
        };
        Ok(Self { rule, last_date })
    }

    /// Rebuilds a rule read back from the store.
    pub fn from_stored(rule: String, last_date: Option<Date>) -> Self {
        Self { rule, last_date }
    }

    /// The RRULE value, as written in feeds.
    pub fn rule(&self) -> &str {
        &self.rule
    }

    /// The last local day of the last occurrence; `None` when the rule never ends.
    pub fn last_date(&self) -> Option<Date> {
        self.last_date
    }

    /// True when some occurrence touches a local day in `from..=to`.
    pub fn occurs_between(&self, time: &EventTime, from: Date, to: Date) -> bool {
        !self.starts_between(time, from, to, 1).is_empty()
    }

    /// The local starts of the first `limit` occurrences touching a local day in `from..=to`.
    pub fn starts_between(&self, time: &EventTime, from: Date, to: Date, limit: u16) -> Vec<DateTime> {
        let Ok(set) = build_near(&self.rule, time, Some(from)) else {
            return Vec::new();
        };
        let length = time.local_length();
        let window_start = from
            .to_datetime(jiff::civil::Time::midnight())
            .checked_sub(length)
            .unwrap_or_default();
        let window_end = to.to_datetime(jiff::civil::Time::MAX);
        set.after(floating(window_start))
            .before(floating(window_end))
            .all(limit.saturating_mul(2).max(2))
            .dates
            .iter()
            .map(civil)
            .filter(|s| {
                let (first, last) = occurrence_days(*s, length);
                first <= to && last >= from
            })
            .take(limit as usize)
            .collect()
    }
}

/// How far ahead the occurrences of a rule without COUNT or UNTIL are checked against clock
/// changes, in years: every DST rule in the tz database repeats within a year, and a monthly
/// or yearly rule meets each weekday-date combination within 28 years.
pub const CHECKED_YEARS: i16 = 30;

/// Refuses a rule with an occurrence that starts or ends at a local time that does not exist
/// (a DST gap) or happens twice (an overlap) in its zone, naming the first one.
///
/// RFC 5545 §3.3.10 drops an occurrence in a gap (the RRULE yields an invalid date-time),
/// ical.js moves it forward, Python `icalendar` with `recurring-ical-events` shifts it by the
/// offset change, and in an overlap ical.js takes the second instant where RFC 5545 takes the
/// first. No writing of the rule makes every client agree, so such a rule is refused like a
/// single action in a gap, with the times around it; the organiser picks another time or ends
/// the rule before that date.
fn every_occurrence_exists(set: &RRuleSet, time: &EventTime, zone: &super::Zone, bounded: bool) -> DomainResult<()> {
    let length = time.local_length();
    let starts = if bounded {
        set.clone().all(OCCURRENCES_MAX as u16 + 1).dates
    } else {
        let start = time.start_local();
        let horizon = start
            .checked_add(jiff::Span::new().years(CHECKED_YEARS))
            .unwrap_or(DateTime::MAX);
        set.clone().before(floating(horizon)).all(u16::MAX).dates
    };
    let tz = zone.tz();
    for start in starts.iter().map(civil) {
        let end = start.checked_add(length).unwrap_or(start);
        for (what, at) in [("start", start), ("end", end)] {
            let hhmm = |dt: DateTime| dt.strftime("%H:%M").to_string();
            // The clock change of that night, as wall-clock times just before and after it
            // (probed from the instant `at` would be at its earlier offset).
            let change = |probe: Offset, before: Offset, after: Offset| {
                probe
                    .to_timestamp(at)
                    .ok()
                    .and_then(|t| tz.following(t).next())
                    .map(|t| (before.to_datetime(t.timestamp()), after.to_datetime(t.timestamp())))
                    .unwrap_or((at, at))
            };
            let (id, from, to, latest_before, earliest_after) = match tz.to_ambiguous_timestamp(at).offset() {
                jiff::tz::AmbiguousOffset::Unambiguous { .. } => continue,
                jiff::tz::AmbiguousOffset::Gap { before, after } => {
                    let (from, to) = change(after, before, after);
                    ("err_occurrence_gap", from, to, from, to)
                }
                jiff::tz::AmbiguousOffset::Fold { before, after } => {
                    let (from, to) = change(before, before, after);
                    ("err_occurrence_fold", from, to, to, from)
                }
            };
            return Err(err(
                id,
                &[
                    ("date", &at.date()),
                    ("what", &what),
                    ("time", &hhmm(at)),
                    ("zone", &zone.name()),
                    ("from", &hhmm(from)),
                    ("to", &hhmm(to)),
                    ("before", &hhmm(latest_before)),
                    ("after", &hhmm(earliest_after)),
                ],
            ));
        }
    }
    Ok(())
}

/// First and last local day of an occurrence starting at `start` and lasting `length`.
fn occurrence_days(start: DateTime, length: SignedDuration) -> (Date, Date) {
    let end = start.checked_add(length).unwrap_or(start);
    (start.date(), last_touched_day(start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(zone: &str, start: &str) -> EventTime {
        EventTime::parse(Some(zone), Some(start), None, false).unwrap()
    }

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn refused(zone: &str, start: &str, rule: &str) -> String {
        let t = time(zone, start);
        Recurrence::parse(rule, &t).unwrap_err().message().to_string()
    }

    #[test]
    fn an_occurrence_in_a_dst_gap_is_refused_with_its_date_and_the_times_around_it() {
        // Daily at 02:30 in Berlin from 26 March 2027: 28 March 02:30 does not exist.
        let m = refused("Europe/Berlin", "2027-03-26T02:30", "FREQ=DAILY;COUNT=4");
        assert!(m.contains("2027-03-28"), "{m}");
        assert!(
            m.contains("jump from 02:00 straight to 03:00") && m.contains("before 02:00 or from 03:00 on"),
            "{m}"
        );
        // Southern hemisphere, weekly, no end: Santiago skips 00:00-01:00 in September.
        let m = refused("America/Santiago", "2027-08-08T00:30", "FREQ=WEEKLY;BYDAY=SU");
        assert!(m.contains("2027-09-05"), "{m}");
        // Monthly and yearly too.
        let m = refused("America/New_York", "2027-01-10T02:15", "FREQ=MONTHLY;BYDAY=2SU");
        assert!(m.contains("2027-03-14"), "{m}");
        let m = refused("Europe/Berlin", "2026-03-28T02:30", "FREQ=YEARLY");
        assert!(m.contains("2027-03-28") && m.contains("does not exist"), "{m}");
        // The end of an occurrence counts as well.
        let t = EventTime::parse(
            Some("Europe/Berlin"),
            Some("2027-03-26T01:30"),
            Some("2027-03-26T02:30"),
            false,
        )
        .unwrap();
        let m = Recurrence::parse("FREQ=DAILY;COUNT=4", &t)
            .unwrap_err()
            .message()
            .to_string();
        assert!(m.contains("end at 02:30"), "{m}");
    }

    #[test]
    fn an_occurrence_in_a_dst_overlap_is_refused_in_both_hemispheres() {
        let m = refused("Europe/Berlin", "2027-10-29T02:30", "FREQ=DAILY;COUNT=3");
        assert!(m.contains("2027-10-31") && m.contains("happens twice"), "{m}");
        assert!(
            m.contains("go back from 03:00 to 02:00") && m.contains("before 02:00 or from 03:00 on"),
            "{m}"
        );
        // Sydney goes back from 03:00 to 02:00 on the first Sunday of April.
        let m = refused("Australia/Sydney", "2027-03-28T02:30", "FREQ=WEEKLY");
        assert!(m.contains("2027-04-04") && m.contains("happens twice"), "{m}");
    }

    #[test]
    fn rules_that_stay_clear_of_clock_changes_pass() {
        let t = time("Europe/Berlin", "2027-03-26T18:00");
        assert!(Recurrence::parse("FREQ=DAILY", &t).is_ok());
        // Ending the rule before the gap is what the message suggests.
        let t = time("Europe/Berlin", "2027-03-26T02:30");
        assert!(Recurrence::parse("FREQ=DAILY;UNTIL=20270327T235959Z", &t).is_ok());
        // All-day actions have no time of day.
        let t = EventTime::parse(Some("Europe/Berlin"), Some("2027-03-26"), None, true).unwrap();
        assert!(Recurrence::parse("FREQ=DAILY;COUNT=10", &t).is_ok());
    }

    #[test]
    fn a_window_far_from_the_start_gives_the_same_occurrences() {
        let rules = [
            ("Europe/Paris", "2027-03-05T18:00", "FREQ=DAILY"),
            ("Europe/Paris", "2027-03-05T18:00", "FREQ=DAILY;INTERVAL=3"),
            (
                "Europe/Paris",
                "2027-03-05T18:00",
                "FREQ=DAILY;BYDAY=MO,WE,FR;INTERVAL=2",
            ),
            ("Asia/Beirut", "2027-03-05T18:00", "FREQ=WEEKLY;BYDAY=FR"),
            ("Asia/Beirut", "2027-03-01T09:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH"),
            (
                "America/Santiago",
                "2027-03-07T12:00",
                "FREQ=WEEKLY;INTERVAL=3;UNTIL=20400101T000000Z",
            ),
            ("UTC", "2027-01-31T20:00", "FREQ=MONTHLY;BYDAY=-1SU"),
            ("UTC", "2027-03-05T18:00", "FREQ=DAILY;COUNT=900"),
        ];
        for (zone, start, rule) in rules {
            let t = time(zone, start);
            let r = Recurrence::parse(rule, &t).unwrap();
            for (from, to) in [
                ("2027-03-01", "2027-04-30"),
                ("2029-02-25", "2029-03-10"),
                ("2031-12-20", "2032-01-10"),
            ] {
                let (from, to) = (d(from), d(to));
                // The reference: every occurrence from the real start, filtered to the window.
                let all = build(&r.rule, &t).unwrap().all(u16::MAX).dates;
                let expected: Vec<DateTime> = all
                    .iter()
                    .map(civil)
                    .filter(|s| {
                        let (a, b) = occurrence_days(*s, t.local_length());
                        a <= to && b >= from
                    })
                    .take(40)
                    .collect();
                assert_eq!(r.starts_between(&t, from, to, 40), expected, "{rule} in {from}..{to}");
            }
        }
        // Decades ahead: the start moves to the window (timed in benches, never here).
        let t = time("Europe/Paris", "2027-03-05T18:00");
        let r = Recurrence::parse("FREQ=DAILY", &t).unwrap();
        let december = r.starts_between(&t, d("2100-12-01"), d("2100-12-31"), 40);
        assert_eq!(december.len(), 31);
        assert_eq!(december[0].to_string(), "2100-12-01T18:00:00");
    }

    #[test]
    fn bounded_rules_know_their_last_day() {
        let t = time("Europe/Paris", "2027-03-05T18:00");
        let r = Recurrence::parse("FREQ=WEEKLY;COUNT=6", &t).unwrap();
        assert_eq!(r.last_date(), Some(d("2027-04-09")));
        let r = Recurrence::parse("RRULE:freq=weekly;byday=fr;until=20270319T235959Z", &t).unwrap();
        assert_eq!(r.rule(), "FREQ=WEEKLY;BYDAY=FR;UNTIL=20270319T235959Z");
        assert_eq!(r.last_date(), Some(d("2027-03-19")));
        assert_eq!(Recurrence::parse("FREQ=WEEKLY", &t).unwrap().last_date(), None);
    }

    #[test]
    fn an_until_with_an_impossible_time_is_refused_not_a_panic() {
        // Found by fuzz/import_json: hour 47 made jiff's Date::at panic.
        let t = time("Europe/London", "2026-11-27T18:00");
        for until in [
            "20271105T471918Z",
            "20271105T236000Z",
            "20271105T235960Z",
            "20271332T000000Z",
            "2027110-T000000Z",
        ] {
            let e = Recurrence::parse(&format!("FREQ=WEEKLY;BYDAY=FR;UNTIL={until}"), &t).unwrap_err();
            assert_eq!(e.field(), "recurrence", "{until}: {e}");
        }
    }

    #[test]
    fn until_is_compared_as_an_instant() {
        // 18:00 in Auckland on 19 March is 05:00Z that day: an UNTIL of 04:00Z excludes it.
        let t = time("Pacific/Auckland", "2027-03-05T18:00");
        let r = Recurrence::parse("FREQ=WEEKLY;UNTIL=20270319T040000Z", &t).unwrap();
        assert_eq!(r.last_date(), Some(d("2027-03-12")));
    }

    #[test]
    fn window_matching_uses_local_days() {
        let t = time("America/Santiago", "2027-01-01T20:00");
        let r = Recurrence::parse("FREQ=MONTHLY;BYDAY=1FR;COUNT=3", &t).unwrap();
        assert!(r.occurs_between(&t, d("2027-02-05"), d("2027-02-05")));
        assert!(!r.occurs_between(&t, d("2027-02-06"), d("2027-02-28")));
        assert!(!r.occurs_between(&t, d("2027-04-01"), d("2027-12-31")));
    }

    #[test]
    fn unsupported_and_malformed_rules_are_refused() {
        let t = time("UTC", "2027-01-01T10:00");
        for bad in [
            "FREQ=HOURLY;COUNT=3",
            "FREQ=SOMETIMES",
            "FREQ=DAILY;COUNT=5000",
            "FREQ=DAILY;BYHOUR=3",
            "FREQ=WEEKLY;UNTIL=20270301",
            "FREQ=WEEKLY;BYDAY=MO",
            "FREQ=DAILY\r\nEND:VEVENT",
            "",
        ] {
            let e = Recurrence::parse(bad, &t).unwrap_err();
            assert_eq!(e.field(), "recurrence", "{bad}");
        }
        let all_day = EventTime::parse(Some("UTC"), Some("2027-01-01"), None, true).unwrap();
        assert!(Recurrence::parse("FREQ=YEARLY;UNTIL=20300101", &all_day).is_ok());
        assert!(Recurrence::parse("FREQ=YEARLY;UNTIL=20300101T000000Z", &all_day).is_err());
    }
}
