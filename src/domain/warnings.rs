//! The likely mistakes (warnings) an organiser must confirm before a submission is accepted.

use jiff::civil::Date;
use serde::Serialize;

use super::event::NewEvent;
use super::event_time::EventTime;
use super::zone::zones_of;
use super::{DomainError, DomainResult};

/// A likely mistake the organiser is asked to confirm before the submission is accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// Stable code, sent back in `confirm` to accept the submission anyway.
    pub code: WarningCode,
    /// The field it is about.
    pub field: &'static str,
    /// What looks wrong, in words (English).
    pub message: String,
    /// The same, from the message catalogues, to say it in the organiser's language.
    #[serde(skip)]
    said: DomainError,
}

impl Warning {
    /// A warning of `code` about `field`: the catalogue message `id` with its variables.
    pub fn says(
        code: WarningCode,
        field: &'static str,
        id: &'static str,
        args: &[(&'static str, &dyn std::fmt::Display)],
    ) -> Self {
        let said = DomainError::says(field, id, args);
        Self {
            code,
            field,
            message: said.message().to_string(),
            said,
        }
    }

    /// What looks wrong, in `ui`'s language.
    pub fn message_in(&self, ui: crate::i18n::Ui) -> String {
        self.said.message_in(ui)
    }
}

/// The kinds of likely mistakes; each is confirmed by sending its code back in `confirm`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningCode {
    /// The zone is not one the tz database places in the country.
    ZoneNotInCountry,
    /// A start between midnight and 06:00 at a place: usually a 12-hour slip.
    NightTime,
    /// The last date has passed.
    InThePast,
    /// More than [`FAR_AHEAD_DAYS`] ahead: usually a wrong year.
    FarAhead,
    /// An action at the same place and time with a similar title is in the calendar.
    PossibleDuplicate,
}

impl WarningCode {
    /// Every code.
    pub const ALL: [Self; 5] = [
        Self::ZoneNotInCountry,
        Self::NightTime,
        Self::InThePast,
        Self::FarAhead,
        Self::PossibleDuplicate,
    ];

    /// The code as sent and shown (`night_time`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ZoneNotInCountry => "zone_not_in_country",
            Self::NightTime => "night_time",
            Self::InThePast => "in_the_past",
            Self::FarAhead => "far_ahead",
            Self::PossibleDuplicate => "possible_duplicate",
        }
    }
}

impl TryFrom<&str> for WarningCode {
    type Error = DomainError;
    fn try_from(s: &str) -> DomainResult<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s).ok_or_else(|| {
            let codes: Vec<&str> = Self::ALL.iter().map(|c| c.as_str()).collect();
            DomainError::says(
                "confirm",
                "err_warning_code",
                &[("value", &format!("{s:?}")), ("codes", &codes.join(", "))],
            )
        })
    }
}

impl std::fmt::Display for WarningCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How far ahead an action may be before the organiser is asked whether the year is right.
pub const FAR_AHEAD_DAYS: i32 = 2 * 366;

/// The warnings `event` raises on `today` (UTC), duplicates aside (those need the store).
pub fn warnings(event: &NewEvent, today: Date) -> Vec<Warning> {
    let mut out = Vec::new();
    let time = &event.time;
    if let Some(country) = event.place.country {
        let zones = zones_of(country.code());
        if !zones.is_empty() && !time.zone().is_utc() && !zones.iter().any(|z| z == time.zone().name()) {
            out.push(Warning::says(
                WarningCode::ZoneNotInCountry,
                "timezone",
                "warn_zone_not_in_country",
                &[
                    ("zone", &time.zone().name()),
                    ("country", &country.code()),
                    ("zones", &zones.join(", ")),
                ],
            ));
        }
    }
    if let EventTime::Timed { start, .. } = time {
        if event.place.country.is_some() && start.hour() < 6 {
            out.push(Warning::says(
                WarningCode::NightTime,
                "start",
                "warn_night_time",
                &[
                    ("time", &format!("{:02}:{:02}", start.hour(), start.minute())),
                    ("zone", &time.zone().name()),
                ],
            ));
        }
    }
    let last = event
        .recurrence
        .as_ref()
        .map_or(Some(time.last_date()), |r| r.last_date());
    if last.is_some_and(|d| d < today) {
        out.push(Warning::says(
            WarningCode::InThePast,
            "start",
            "warn_in_the_past",
            &[("today", &today)],
        ));
    }
    if (time.start_date() - today).get_days() > FAR_AHEAD_DAYS {
        out.push(Warning::says(
            WarningCode::FarAhead,
            "start",
            "warn_far_ahead",
            &[("date", &time.start_date())],
        ));
    }
    out
}

/// Words of a title, lowercased, for comparing titles across punctuation and case.
fn words(title: &str) -> std::collections::BTreeSet<String> {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 1)
        .map(str::to_lowercase)
        .collect()
}

/// True when two titles share most of their words (Jaccard ≥ 0.5) or one holds the other.
pub fn similar_titles(a: &str, b: &str) -> bool {
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return a.trim().eq_ignore_ascii_case(b.trim());
    }
    let shared = wa.intersection(&wb).count();
    let union = wa.union(&wb).count();
    shared * 2 >= union || wa.is_subset(&wb) || wb.is_subset(&wa)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::EventForm;

    fn event(zone: &str, country: &str, start: &str) -> NewEvent {
        NewEvent::try_from(EventForm {
            title: Some("Vigil".into()),
            start: Some(start.into()),
            timezone: Some(zone.into()),
            country: Some(country.into()),
            city: Some("X".into()),
            ..Default::default()
        })
        .unwrap()
    }

    fn codes(e: &NewEvent) -> Vec<&'static str> {
        warnings(e, "2026-11-23".parse().unwrap())
            .iter()
            .map(|w| w.code.as_str())
            .collect()
    }

    #[test]
    fn the_usual_mistakes_are_caught() {
        assert!(codes(&event("Asia/Beirut", "LB", "2027-11-29T18:00")).is_empty());
        assert_eq!(
            codes(&event("Europe/Paris", "LB", "2027-11-29T18:00")),
            ["zone_not_in_country"]
        );
        assert_eq!(codes(&event("Asia/Beirut", "LB", "2027-11-29T03:00")), ["night_time"]);
        assert_eq!(codes(&event("Asia/Beirut", "LB", "2025-11-29T18:00")), ["in_the_past"]);
        assert_eq!(codes(&event("Asia/Beirut", "LB", "2029-11-29T18:00")), ["far_ahead"]);
        assert!(zones_of("US").contains(&"America/New_York".to_string()));
        assert_eq!(zones_of("IN"), ["Asia/Kolkata"]);
        assert_eq!(zones_of("LB"), ["Asia/Beirut"]);
        assert_eq!(zones_of("PS"), ["Asia/Gaza", "Asia/Hebron"]);
    }

    #[test]
    fn titles_are_compared_by_their_words() {
        assert!(similar_titles("Vigil for Gaza", "vigil for gaza!"));
        assert!(similar_titles("March for Palestine", "Big march for Palestine, London"));
        assert!(!similar_titles("March for Palestine", "Film screening: Gaza"));
        assert!(similar_titles("وقفة تضامنية مع غزة", "وقفة تضامنية مع غزة اليوم"));
    }
}
