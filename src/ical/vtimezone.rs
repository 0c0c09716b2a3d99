//! VTIMEZONE components generated from the bundled tz database (RFC 5545 3.6.5).
//!
//! One observance per transition in the needed range, folded into yearly RRULEs where a series of
//! transitions follows one rule (same month, weekday, local time and offsets, on one weekday
//! inside a seven-day window). Rules never seen to hold get explicit DTSTARTs, so the file is
//! exact for the whole range even in zones without a fixed rule (Morocco's Ramadan changes).
//! No RDATE lists: ical.js (Thunderbird) reads only the first value of one.

use std::collections::HashMap;
use std::fmt::Write as _;

use jiff::civil::{DateTime, Weekday};
use jiff::tz::Offset;
use jiff::{SignedDuration, Timestamp};

use crate::domain::Zone;
use crate::domain::zone::{OffsetStyle, format_offset};

struct Observance {
    at: Timestamp,
    from: Offset,
    to: Offset,
    dst: bool,
    name: String,
    /// Onset in local time before the change, as DTSTART wants it.
    local: DateTime,
}

/// A yearly series of observances with one rule.
struct Series {
    first: usize,
    last: usize,
    lo: i8,
    hi: i8,
}

type SeriesKey = (i32, i32, bool, String, i8, Weekday, jiff::civil::Time);

fn key(o: &Observance) -> SeriesKey {
    (
        o.from.seconds(),
        o.to.seconds(),
        o.dst,
        o.name.clone(),
        o.local.month(),
        o.local.weekday(),
        o.local.time(),
    )
}

fn observances(zone: &Zone, from: Timestamp, until: Timestamp) -> Vec<Observance> {
    let tz = zone.tz();
    let make = |at: Timestamp, to: Offset, dst: bool, name: &str| {
        let from = tz.to_offset(at - SignedDuration::from_secs(1));
        Observance {
            at,
            from,
            to,
            dst,
            name: name.to_string(),
            local: from.to_datetime(at),
        }
    };
    let mut out = Vec::new();
    match tz.preceding(from + SignedDuration::from_secs(1)).next() {
        Some(t) => out.push(make(t.timestamp(), t.offset(), t.dst().is_dst(), t.abbreviation())),
        None => {
            let info = tz.to_offset_info(from);
            let epoch = Timestamp::UNIX_EPOCH;
            out.push(Observance {
                at: epoch,
                from: info.offset(),
                to: info.offset(),
                dst: info.dst().is_dst(),
                name: info.abbreviation().to_string(),
                local: info.offset().to_datetime(epoch),
            });
        }
    }
    for t in tz.following(from + SignedDuration::from_secs(1)) {
        if t.timestamp() > until {
            break;
        }
        out.push(make(t.timestamp(), t.offset(), t.dst().is_dst(), t.abbreviation()));
    }
    out
}

fn yearly(obs: &[Observance]) -> Vec<Series> {
    let mut list: Vec<Series> = Vec::new();
    let mut open: HashMap<SeriesKey, usize> = HashMap::new();
    for (i, o) in obs.iter().enumerate() {
        let day = o.local.day();
        let k = key(o);
        // The first observance is only the one in effect when the range starts: keep it alone.
        let extend = i > 0
            && open.get(&k).is_some_and(|&r| {
                let series = &list[r];
                list[r].first > 0
                    && obs[series.last].local.year() + 1 == o.local.year()
                    && series.hi.max(day) - series.lo.min(day) <= 6
            });
        if extend {
            let r = open[&k];
            let series = &mut list[r];
            series.last = i;
            series.lo = series.lo.min(day);
            series.hi = series.hi.max(day);
        } else {
            list.push(Series {
                first: i,
                last: i,
                lo: day,
                hi: day,
            });
            open.insert(k, list.len() - 1);
        }
    }
    list.sort_by_key(|r| r.first);
    list
}

fn weekday(w: Weekday) -> &'static str {
    match w {
        Weekday::Monday => "MO",
        Weekday::Tuesday => "TU",
        Weekday::Wednesday => "WE",
        Weekday::Thursday => "TH",
        Weekday::Friday => "FR",
        Weekday::Saturday => "SA",
        Weekday::Sunday => "SU",
    }
}

/// The yearly rule of a series: the one weekday of a seven-day window of the month.
fn rule(o: &Observance, series: &Series) -> String {
    let month = o.local.month();
    let wd = weekday(o.local.weekday());
    let month_len = o.local.date().days_in_month();
    let aligned = (series.lo - 1) / 7 * 7 + 1;
    if series.hi <= aligned + 6 && aligned <= 22 {
        format!("FREQ=YEARLY;BYMONTH={month};BYDAY={}{wd}", (aligned - 1) / 7 + 1)
    } else if month != 2 && series.lo >= month_len - 6 {
        format!("FREQ=YEARLY;BYMONTH={month};BYDAY=-1{wd}")
    } else {
        let days: Vec<String> = (series.lo..=series.lo + 6).map(|d| d.to_string()).collect();
        format!("FREQ=YEARLY;BYMONTH={month};BYDAY={wd};BYMONTHDAY={}", days.join(","))
    }
}

/// The VTIMEZONE for `zone`, exact for every instant from `from` to `until`. Every content
/// line goes through the one folder (at most 75 octets, RFC 5545 §3.1): an RRULE with a long
/// BYMONTHDAY list and an UNTIL reaches 92 octets (Asia/Gaza).
pub fn render(zone: &Zone, from: Timestamp, until: Timestamp) -> String {
    let obs = observances(zone, from, until);
    let mut out = String::with_capacity(512);
    let line = |out: &mut String, args: std::fmt::Arguments<'_>| {
        super::vevent::text(out, "", |out| {
            let _ = out.write_fmt(args);
        })
    };
    line(&mut out, format_args!("BEGIN:VTIMEZONE"));
    line(&mut out, format_args!("TZID:{}", zone.name()));
    for series in yearly(&obs) {
        let o = &obs[series.first];
        let kind = if o.dst { "DAYLIGHT" } else { "STANDARD" };
        line(&mut out, format_args!("BEGIN:{kind}"));
        line(&mut out, format_args!("DTSTART:{}", o.local.strftime("%Y%m%dT%H%M%S")));
        line(
            &mut out,
            format_args!("TZOFFSETFROM:{}", format_offset(o.from, OffsetStyle::Ical)),
        );
        line(
            &mut out,
            format_args!("TZOFFSETTO:{}", format_offset(o.to, OffsetStyle::Ical)),
        );
        line(&mut out, format_args!("TZNAME:{}", o.name));
        if series.last > series.first {
            let last = &obs[series.last];
            // A series whose next yearly change would fall past the range may go on; one that
            // stopped inside the range must say when, or clients would keep applying it.
            let until = if last.at + SignedDuration::from_hours(24 * 358) <= until {
                format!(";UNTIL={}", last.at.strftime("%Y%m%dT%H%M%SZ"))
            } else {
                String::new()
            };
            line(&mut out, format_args!("RRULE:{}{until}", rule(o, &series)));
        }
        line(&mut out, format_args!("END:{kind}"));
    }
    line(&mut out, format_args!("END:VTIMEZONE"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn vtz(name: &str, from: &str, until: &str) -> String {
        render(&Zone::try_from(name).unwrap(), ts(from), ts(until))
    }

    #[test]
    fn every_line_of_every_zone_is_at_most_75_octets() {
        // Asia/Gaza over a long range wrote RRULE lines of 91 and 92 octets.
        let gaza = vtz("Asia/Gaza", "1990-01-01T00:00:00Z", "2040-12-31T00:00:00Z");
        assert!(gaza.contains("\r\n "), "Gaza's long rules are folded:\n{gaza}");
        let zones: Vec<Zone> = jiff::tz::db()
            .available()
            .filter_map(|name| Zone::try_from(name.as_str()).ok())
            .collect();
        assert!(zones.len() > 400, "every accepted zone");
        for zone in zones {
            let name = zone.name();
            let v = render(&zone, ts("1970-01-01T00:00:00Z"), ts("2100-01-01T00:00:00Z"));
            for l in v.split("\r\n") {
                assert!(l.len() <= 75, "{name}: {} octets: {l}", l.len());
            }
        }
    }

    #[test]
    fn regular_dst_zones_fold_into_yearly_rules() {
        let v = vtz("America/New_York", "2026-11-20T00:00:00Z", "2030-12-31T00:00:00Z");
        assert!(v.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"), "{v}");
        assert!(v.contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"), "{v}");
        assert!(
            v.contains("TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nTZNAME:EST"),
            "{v}"
        );
        let eu = vtz("Europe/Paris", "2026-11-20T00:00:00Z", "2030-12-31T00:00:00Z");
        assert!(
            eu.contains("BYMONTH=3;BYDAY=-1SU") && eu.contains("BYMONTH=10;BYDAY=-1SU"),
            "{eu}"
        );
    }

    #[test]
    fn zones_without_dst_have_one_observance() {
        let v = vtz("Asia/Kathmandu", "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z");
        assert_eq!(v.matches("BEGIN:STANDARD").count(), 1, "{v}");
        assert!(v.contains("TZOFFSETTO:+0545"), "{v}");
        assert!(vtz("Pacific/Kiritimati", "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z").contains("TZOFFSETTO:+1400"));
    }

    #[test]
    fn irregular_transitions_stay_explicit() {
        // Until 2026 Morocco left +01 during Ramadan, whose dates follow the lunar calendar.
        let v = vtz("Africa/Casablanca", "2023-06-01T00:00:00Z", "2026-06-01T00:00:00Z");
        assert!(!v.contains("RRULE"), "{v}");
        assert!(v.matches("BEGIN:STANDARD").count() >= 3, "{v}");
    }

    #[test]
    fn weekday_rules_off_the_nth_grid_use_a_day_window() {
        // Palestine: the Saturday before the last Sunday of March.
        let v = vtz("Asia/Gaza", "2026-11-20T00:00:00Z", "2031-01-01T00:00:00Z");
        assert!(
            v.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=SA;BYMONTHDAY=24,25,26,27,28,29,30\r\n"),
            "{v}"
        );
    }

    #[test]
    fn a_rule_that_stops_in_the_last_year_of_the_range_still_says_until_when() {
        // Mexico's last DST ended 30 October 2022; a range reaching into late 2023 must not
        // let clients apply the old rule in April 2023.
        let v = vtz("America/Mexico_City", "2021-06-01T00:00:00Z", "2023-12-01T00:00:00Z");
        assert!(v.contains("BYMONTH=10;BYDAY=-1SU;UNTIL=20221030T070000Z"), "{v}");
        assert!(
            v.lines()
                .filter(|l| l.starts_with("RRULE:"))
                .all(|l| l.contains(";UNTIL=")),
            "{v}"
        );
        assert!(v.ends_with("TZOFFSETTO:-0600\r\nTZNAME:CST\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20221030T070000Z\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:20220403T020000\r\nTZOFFSETFROM:-0600\r\nTZOFFSETTO:-0500\r\nTZNAME:CDT\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"), "{v}");
    }

    #[test]
    fn a_rule_that_stopped_says_until_when() {
        // Mexico abolished DST after October 2022.
        let v = vtz("America/Mexico_City", "2020-06-01T00:00:00Z", "2025-01-01T00:00:00Z");
        assert!(v.contains(";UNTIL=2022"), "{v}");
    }

    #[test]
    fn rules_that_changed_recently_come_from_current_data() {
        // tzdata 2026f: Morocco left +01 for good in September 2026.
        let v = vtz("Africa/Casablanca", "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z");
        assert_eq!(v.matches("BEGIN:STANDARD").count(), 1, "{v}");
        assert!(v.contains("TZOFFSETTO:+0000"), "{v}");
    }
}
