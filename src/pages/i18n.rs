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
