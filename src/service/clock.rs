//! The one clock: every "now" and "today" of the service is read here, from the clock the
//! application was built with, so that tests can fix the time instead of choosing dates far
//! enough ahead.

use jiff::Timestamp;
use jiff::civil::Date;

/// Where the time comes from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Clock {
    /// The system clock.
    #[default]
    System,
    /// Always this instant (tests, reproducible runs).
    Fixed(Timestamp),
}

impl Clock {
    /// The current instant.
    pub fn now(&self) -> Timestamp {
        match self {
            Self::System => Timestamp::now(),
            Self::Fixed(at) => *at,
        }
    }

    /// The current instant in Unix seconds, as the store keeps times.
    pub fn unix(&self) -> i64 {
        self.now().as_second()
    }

    /// Today's date in UTC: the day feeds, pages and warnings count from.
    pub fn today(&self) -> Date {
        jiff::tz::TimeZone::UTC.to_datetime(self.now()).date()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_gives_its_instant_and_its_utc_date() {
        let at: Timestamp = "2027-11-29T23:30:00-05:00".parse().expect("instant");
        let clock = Clock::Fixed(at);
        assert_eq!(clock.now(), at);
        assert_eq!(clock.unix(), at.as_second());
        assert_eq!(clock.today().to_string(), "2027-11-30");
    }
}
