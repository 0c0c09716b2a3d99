//! Interface language of pages and the widget: one message catalogue per language
//! (`i18n/{en,ar,es,fr}.json`), chosen by `?ui=` or `Accept-Language`. Action text is always
//! shown as the organiser wrote it.

use std::collections::HashMap;
use std::sync::LazyLock;

type Catalogue = HashMap<String, String>;

const SOURCES: [(&str, &str); 4] = [
    ("en", include_str!("i18n/en.json")),
    ("ar", include_str!("i18n/ar.json")),
    ("es", include_str!("i18n/es.json")),
    ("fr", include_str!("i18n/fr.json")),
];

static CATALOGUES: LazyLock<Vec<(&'static str, Catalogue)>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(lang, json)| {
            (
                *lang,
                serde_json::from_str(json).expect("message catalogues are valid JSON (unit-tested)"),
            )
        })
        .collect()
});

/// The interface language of one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ui {
    index: usize,
}

impl Ui {
    /// English, the fallback of every message.
    pub const ENGLISH: Ui = Ui { index: 0 };

    /// Every language with a catalogue.
    pub fn all() -> impl Iterator<Item = Ui> {
        (0..SOURCES.len()).map(|index| Ui { index })
    }

    /// The language named by `?ui=`, else the first supported one of `Accept-Language`
    /// (quality order), else English.
    pub fn negotiate(ui: Option<&str>, accepted: impl IntoIterator<Item = String>) -> Ui {
        if let Some(found) = ui.and_then(Self::by_code) {
            return found;
        }
        accepted
            .into_iter()
            .find_map(|tag| Self::by_code(&tag))
            .unwrap_or(Self::ENGLISH)
    }

    fn by_code(code: &str) -> Option<Ui> {
        SOURCES
            .iter()
            .position(|(l, _)| l.eq_ignore_ascii_case(code.trim()))
            .map(|index| Ui { index })
    }

    /// The BCP 47 code (`ar`).
    pub fn code(&self) -> &'static str {
        SOURCES[self.index].0
    }

    /// `rtl` for Arabic, else `ltr`.
    pub fn dir(&self) -> &'static str {
        if self.code() == "ar" { "rtl" } else { "ltr" }
    }

    /// The message `key`, in this language or else in English, else the key itself.
    pub fn t(&self, key: &str) -> &'static str {
        let lookup = |i: usize| CATALOGUES[i].1.get(key).map(String::as_str);
        lookup(self.index).or_else(|| lookup(0)).unwrap_or_else(|| {
            tracing::warn!(key, "message missing from every catalogue");
            ""
        })
    }

    /// A date in words: "Friday 27 November 2026", "vendredi 27 novembre 2026", …
    pub fn date(&self, d: jiff::civil::Date) -> String {
        let pick = |key: &str, i: usize| self.t(key).split(',').nth(i).unwrap_or("").to_string();
        self.t("date_format")
            .replace(
                "{weekday}",
                &pick("weekdays", d.weekday().to_monday_zero_offset() as usize),
            )
            .replace("{day}", &d.day().to_string())
            .replace("{month}", &pick("months", d.month() as usize - 1))
            .replace("{year}", &d.year().to_string())
    }

    /// A repeat rule (RFC 5545 RRULE) in words, for a person: "every week on Friday, 6 times",
    /// "every month on the first Friday, until Friday 19 November 2027". `last` is the local
    /// date of the last occurrence (what UNTIL comes to). Parts the words do not cover (BYSETPOS,
    /// BYMONTH, …) make it "on a schedule of its own" rather than raw RRULE text.
    pub fn rule(&self, rule: &str, last: Option<jiff::civil::Date>) -> String {
        let mut freq = "";
        let mut interval = 1u32;
        let mut count = None;
        let mut until = false;
        let mut days: Vec<(i8, usize)> = Vec::new();
        let mut monthdays: Vec<i8> = Vec::new();
        let mut other = false;
        for part in rule.trim_start_matches("RRULE:").split(';') {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            match k {
                "FREQ" => freq = v,
                "INTERVAL" => interval = v.parse().unwrap_or(1),
                "COUNT" => count = v.parse::<u32>().ok(),
                "UNTIL" => until = true,
                "WKST" => {}
                "BYDAY" => {
                    for d in v.split(',') {
                        let split = d.len().saturating_sub(2);
                        let (n, wd) = d.split_at(split);
                        match ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].iter().position(|w| *w == wd) {
                            Some(i) => days.push((n.parse().unwrap_or(0), i)),
                            None => other = true,
                        }
                    }
                }
                "BYMONTHDAY" => monthdays.extend(v.split(',').filter_map(|d| d.parse::<i8>().ok())),
                _ => other = true,
            }
        }
        let unit = match freq {
            "DAILY" => "day",
            "WEEKLY" => "week",
            "MONTHLY" => "month",
            "YEARLY" => "year",
            _ => return self.t("rule_custom").to_string(),
        };
        let mut out = if interval > 1 {
            self.tf(&format!("rule_every_n_{unit}s"), "n", &interval.to_string())
        } else {
            self.t(&format!("rule_every_{unit}")).to_string()
        };
        let weekday = |i: usize| self.t("weekdays").split(',').nth(i).unwrap_or("").to_string();
        let plain: Vec<String> = days.iter().filter(|(n, _)| *n == 0).map(|(_, i)| weekday(*i)).collect();
        if !plain.is_empty() {
            out = format!("{out} {}", self.tf("rule_on", "days", &self.list(&plain)));
        }
        for (n, i) in days.iter().filter(|(n, _)| *n != 0) {
            let nth = match n {
                -1 => self.t("rule_last").to_string(),
                1..=5 => self
                    .t("rule_ordinals")
                    .split(',')
                    .nth(*n as usize - 1)
                    .unwrap_or("")
                    .to_string(),
                _ => {
                    other = true;
                    continue;
                }
            };
            out = format!(
                "{out} {}",
                self.t("rule_on_nth")
                    .replace("{nth}", &nth)
                    .replace("{day}", &weekday(*i))
            );
        }
        if !monthdays.is_empty() {
            let list: Vec<String> = monthdays.iter().map(|d| d.to_string()).collect();
            out = format!("{out} {}", self.tf("rule_on_monthday", "day", &self.list(&list)));
        }
        if let Some(n) = count {
            out = format!("{out}, {}", self.tf("rule_times", "n", &n.to_string()));
        } else if let (true, Some(last)) = (until, last) {
            out = format!("{out}, {}", self.tf("rule_until", "date", &self.date(last)));
        }
        if other {
            out = format!("{out} ({})", self.t("rule_custom"));
        }
        out
    }

    /// Items joined as a list: "Monday, Wednesday and Friday".
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} {} {last}", init.join(", "), self.t("and")),
        }
    }

    /// The message `key` with `{name}` replaced by `value`.
    pub fn tf(&self, key: &str, name: &str, value: &str) -> String {
        self.t(key).replace(&format!("{{{name}}}"), value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_has_every_key() {
        let english: Vec<&String> = {
            let mut k: Vec<&String> = CATALOGUES[0].1.keys().collect();
            k.sort();
            k
        };
        for (lang, cat) in CATALOGUES.iter() {
            let mut keys: Vec<&String> = cat.keys().collect();
            keys.sort();
            assert_eq!(keys, english, "{lang}");
            assert!(
                cat.values().all(|v| !v.trim().is_empty()),
                "{lang} has an empty message"
            );
        }
    }

    #[test]
    fn repeat_rules_read_as_words_in_every_language() {
        let en = Ui::ENGLISH;
        let last = jiff::civil::date(2027, 11, 19);
        assert_eq!(en.rule("FREQ=WEEKLY;COUNT=6", None), "every week, 6 times");
        assert_eq!(
            en.rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20271119T235959Z", Some(last)),
            "every 2 weeks on Monday and Thursday, until Friday 19 November 2027"
        );
        assert_eq!(
            en.rule("FREQ=MONTHLY;BYDAY=1FR;COUNT=3", None),
            "every month on the first Friday, 3 times"
        );
        assert_eq!(
            en.rule("FREQ=MONTHLY;BYDAY=-1SA", None),
            "every month on the last Saturday"
        );
        assert_eq!(en.rule("FREQ=DAILY", None), "every day");
        assert_eq!(
            en.rule("FREQ=YEARLY;BYMONTH=3", None),
            "every year (on a schedule of its own)"
        );
        for ui in Ui::all() {
            let words = ui.rule("FREQ=WEEKLY;BYDAY=FR;COUNT=6", None);
            assert!(
                !words.contains("FREQ") && !words.contains('{') && words.contains('6'),
                "{}: {words}",
                ui.code()
            );
        }
        let es = Ui::negotiate(Some("es"), Vec::new());
        assert_eq!(
            es.rule("FREQ=WEEKLY;BYDAY=FR;COUNT=6", None),
            "cada semana el viernes, 6 veces"
        );
    }

    #[test]
    fn the_language_is_negotiated() {
        let none = Vec::<String>::new;
        assert_eq!(Ui::negotiate(Some("fr"), ["ar".to_string()]).code(), "fr");
        assert_eq!(Ui::negotiate(None, ["de", "ar", "en"].map(String::from)).code(), "ar");
        assert_eq!(Ui::negotiate(Some("xx"), none()).code(), "en");
        assert_eq!(Ui::negotiate(Some("ar"), none()).dir(), "rtl");
        assert_eq!(
            Ui::negotiate(Some("es"), none()).tf("week_of", "date", "2027-11-01"),
            "Semana del 2027-11-01"
        );
    }
}
