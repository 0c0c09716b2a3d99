//! The interface language of pages, the widget, forms, errors and e-mails.
//!
//! Messages are Project Fluent files, one per language (`locales/{code}.ftl`), with plural and
//! select rules; names, dates, times and lists come from CLDR (`cldr`). Action text is always
//! shown as the organiser wrote it. Adding a language is adding its `.ftl` file: build.rs lists
//! every file of `locales/` (the unit tests then check it has every message).
//!
//! A text value whose script runs against the sentence's direction (a Latin title inside an
//! Arabic sentence, an Arabic place inside an English one) is wrapped in Unicode isolates
//! (FSI … PDI, UAX #9 §2.7), so that it keeps its order in HTML and in plain-text mail alike;
//! other values (numbers, text of the sentence's own direction) are inserted as they are.

pub mod cldr;

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// One interface language: its BCP 47 code, the CLDR locale its names and dates come from, and
/// its messages.
struct Language {
    code: &'static str,
    cldr: &'static str,
    messages: &'static str,
}

// `LANGUAGES`: every interface language, English (the fallback of every message) first.
include!(concat!(env!("OUT_DIR"), "/languages.rs"));

static IDS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .map(|l| {
            l.code
                .parse()
                .expect("interface language codes are valid BCP 47 (unit-tested)")
        })
        .collect()
});

static BUNDLES: LazyLock<Vec<FluentBundle<FluentResource>>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .zip(IDS.iter())
        .map(|(lang, id)| {
            let resource = FluentResource::try_new(lang.messages.to_string())
                .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse (unit-tested): {errors:?}", lang.code));
            let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
            // Isolation is decided per value in `Ui::ta` (only where directions differ).
            bundle.set_use_isolating(false);
            // Numbers in the language's own digits (CLDR: ۶ in Persian), plural rules unchanged.
            bundle.set_formatter(Some(number_in_digits));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errors| panic!("{}.ftl repeats a message (unit-tested): {errors:?}", lang.code));
            bundle
        })
        .collect()
});

/// ICU4X's number formatter for a bundle's language, made once per bundle (Fluent's memoizer).
struct Digits(icu_decimal::DecimalFormatter);

impl intl_memoizer::Memoizable for Digits {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let locale: icu_locale_core::Locale = lang.to_string().parse().map_err(|_| ())?;
        // No grouping: counts and limits read as they are written ("2048", not "2,048").
        let options = icu_decimal::options::GroupingStrategy::Never.into();
        icu_decimal::DecimalFormatter::try_new((&locale).into(), options)
            .map(Digits)
            .map_err(|_| ())
    }
}

/// Fluent's number formatting, in the bundle's digits; whole numbers only (the catalogues use
/// no other), anything else left to Fluent.
fn number_in_digits<M: fluent_bundle::memoizer::MemoizerKind>(value: &FluentValue, memoizer: &M) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    if n.value.fract() != 0.0 || n.value.abs() > 1e15 {
        return None;
    }
    let decimal = icu_decimal::input::Decimal::from(n.value as i64);
    memoizer
        .with_try_get_threadsafe::<Digits, _, _>((), |d| d.0.format(&decimal).to_string())
        .ok()
}

/// A value made once per interface language, on first use (a language's direction, its zone
/// picker, its sorted country names): what depends only on the language is never made per
/// request. Lock-free once made.
pub struct PerLanguage<T> {
    made: [std::sync::OnceLock<T>; LANGUAGES.len()],
}

impl<T> PerLanguage<T> {
    /// Nothing made yet (usable in a `static`).
    pub const fn new() -> Self {
        Self {
            made: [const { std::sync::OnceLock::new() }; LANGUAGES.len()],
        }
    }

    /// The value for `ui`, made by `make` the first time.
    pub fn get(&'static self, ui: Ui, make: impl FnOnce(Ui) -> T) -> &'static T {
        self.made[ui.index].get_or_init(|| make(ui))
    }
}

impl<T> Default for PerLanguage<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A value given to a message: text, or a number (which plural rules select on).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// Text, inserted as it is (isolated from the sentence's direction).
    Text(&'a str),
    /// A number: `{ $n -> [one] … *[other] … }` selects by the language's CLDR plural rules.
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Number(i64::from(n))
    }
}

/// The interface language of one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ui {
    index: usize,
}

impl Ui {
    /// English, the fallback of every message.
    pub const ENGLISH: Ui = Ui { index: 0 };

    /// Every interface language, English first.
    pub fn all() -> impl Iterator<Item = Ui> {
        (0..LANGUAGES.len()).map(|index| Ui { index })
    }

    /// The language named by `ui` (`?ui=`, a cookie), else the best of `accepted` (the
    /// `Accept-Language` ranges, best first), else English. Both fall back as CLDR and RFC 4647
    /// filtering do: `es-419` is Spanish, `pt-BR` Portuguese, `zh` nothing (then English).
    pub fn negotiate(ui: Option<&str>, accepted: impl IntoIterator<Item = String>) -> Ui {
        if let Some(found) = ui.and_then(Self::by_code) {
            return found;
        }
        accepted
            .into_iter()
            .find_map(|tag| Self::by_code(&tag))
            .unwrap_or(Self::ENGLISH)
    }

    /// The interface language for one BCP 47 tag, if any fits it (`pt-BR` → `pt`).
    pub fn by_code(tag: &str) -> Option<Ui> {
        // Extensions and private use (`ar-u-nu-latn`, `ar-x-foo`) say nothing of the language.
        let tag = tag.trim();
        let tag = tag
            .split('-')
            .take_while(|part| part.len() != 1)
            .collect::<Vec<_>>()
            .join("-");
        let wanted: LanguageIdentifier = tag.parse().ok()?;
        let found =
            fluent_langneg::negotiate_languages(&[wanted], &IDS, None, fluent_langneg::NegotiationStrategy::Lookup);
        let first = found.first()?;
        IDS.iter().position(|id| id == *first).map(|index| Ui { index })
    }

    /// The BCP 47 code (`ar`).
    pub fn code(&self) -> &'static str {
        LANGUAGES[self.index].code
    }

    /// The CLDR locale its names and dates come from (`en-001` for English).
    fn cldr(&self) -> &'static str {
        LANGUAGES[self.index].cldr
    }

    /// `rtl` or `ltr`: the language's character order, from CLDR (Arabic and Persian are
    /// right to left).
    /// Asked once per language (every message and every page asks).
    pub fn dir(&self) -> &'static str {
        static DIRS: PerLanguage<&'static str> = PerLanguage::new();
        DIRS.get(*self, |ui| {
            let id: icu_locale_core::LanguageIdentifier = ui.code().parse().expect("valid codes (unit-tested)");
            match icu_locale::LocaleDirectionality::new_common().is_right_to_left(&id) {
                true => "rtl",
                false => "ltr",
            }
        })
    }

    /// The language's own name ("العربية", "Deutsch"), for the language switcher: looked up
    /// once per language.
    pub fn autonym(&self) -> &'static str {
        static NAMES: PerLanguage<String> = PerLanguage::new();
        NAMES.get(*self, |ui| cldr::autonym(ui.code())).as_str()
    }

    /// The message `id`, in this language or else in English. A message missing from every
    /// catalogue is a bug the unit tests catch; it shows as its id, never as an empty string.
    pub fn t(&self, id: &str) -> String {
        self.ta(id, &[])
    }

    /// The message `id` with one variable.
    pub fn tf<'a>(&self, id: &str, name: &str, value: impl Into<Arg<'a>>) -> String {
        self.ta(id, &[(name, value.into())])
    }

    /// The message `id` with variables (`{ $name }`).
    pub fn ta(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        let rtl = self.dir() == "rtl";
        for (name, value) in args {
            match value {
                Arg::Text(s) if runs_against(s, rtl) => {
                    fluent_args.set(*name, FluentValue::from(format!("\u{2068}{s}\u{2069}")))
                }
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(*s)),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        for index in [self.index, 0] {
            let bundle = &BUNDLES[index];
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(id, lang = self.code(), ?errors, "message formatted with errors");
                }
                return text.into_owned();
            }
        }
        tracing::warn!(id, "message missing from every catalogue");
        id.to_string()
    }

    /// A date in words, in the locale's pattern: "Friday 27 November 2026",
    /// "vendredi 27 novembre 2026", "2026年11月27日金曜日".
    pub fn date(&self, d: jiff::civil::Date) -> String {
        cldr::date(self.cldr(), d)
    }

    /// A time of day on the locale's clock: "6:30 pm", "18:30".
    pub fn time(&self, t: jiff::civil::Time) -> String {
        cldr::time(self.cldr(), t)
    }

    /// A weekday's name (`0` = Monday).
    pub fn weekday(&self, monday_zero: usize) -> String {
        cldr::weekday(self.cldr(), monday_zero)
    }

    /// Items joined as the language joins a list: "Monday, Wednesday and Friday".
    pub fn list(&self, items: &[String]) -> String {
        cldr::list(self.cldr(), items)
    }

    /// A date and a time of day joined as the language joins them ("Monday, 29 November 2027
    /// at 6:00 pm", "الاثنين، 29 نوفمبر 2027 في 6:00 م").
    pub fn date_time(&self, dt: jiff::civil::DateTime) -> String {
        cldr::date_time(self.cldr(), dt)
    }

    /// Sorts `items` by name in this language's alphabetical order (CLDR collation).
    pub fn sort_by_name<T>(&self, items: &mut [T], name: impl Fn(&T) -> &str) {
        cldr::sort_by_name(self.cldr(), items, name)
    }

    /// Alternatives joined as the language joins them: "Europe or Western Asia".
    pub fn list_or(&self, items: &[String]) -> String {
        cldr::list_or(self.cldr(), items)
    }

    /// A country's name (ISO 3166-1 alpha-2) in this language; `english` when CLDR has none.
    pub fn country(&self, code: &str, english: &str) -> String {
        cldr::region(self.cldr(), code).unwrap_or_else(|| english.to_string())
    }

    /// A UN M49 area's name (three digits, `145` Western Asia); `english` when CLDR has none.
    pub fn area(&self, m49: &str, english: &str) -> String {
        if m49.is_empty() {
            return self.t("online");
        }
        cldr::region(self.cldr(), m49).unwrap_or_else(|| english.to_string())
    }

    /// A language's name (ISO 639) in this language, or the code when CLDR has none.
    pub fn language(&self, code: &str) -> String {
        cldr::language(self.cldr(), code).unwrap_or_else(|| code.to_string())
    }

    /// The name a person knows a time zone by ("Lebanon Time", "hora de Chile").
    pub fn zone(&self, iana: &str) -> String {
        if iana == "UTC" {
            return self.t("utc");
        }
        cldr::zone(self.cldr(), iana)
    }

    /// A zone's exemplar city in this language ("Beyrouth" for `Asia/Beirut` in French).
    pub fn city(&self, iana: &str) -> String {
        cldr::city(self.cldr(), iana)
    }

    /// The name of a field or query parameter as forms and filters label it ("Starts", "Tag");
    /// the name itself for one no person fills in.
    pub fn field_name(&self, field: &str) -> String {
        let id = match field {
            "title" => "field_title",
            "description" => "field_description",
            "start" => "field_start",
            "end" => "field_end",
            "timezone" | "tz" => "field_timezone",
            "country" => "country",
            "region" => "region",
            "campaign" | "campaigns" => "campaign",
            "tag" | "tags" => "field_tags",
            "lang" | "languages" => "languages",
            "city" => "field_city",
            "venue" => "field_venue",
            "online_url" => "field_online_url",
            "online_links" => "field_online_links",
            "organiser_email" | "email" => "field_organiser_email",
            "organiser_name" => "field_organiser_name",
            "recurrence" => "repeats",
            "from" => "field_from",
            "to" => "field_to",
            "query" => "field_query",
            "theme" => "field_theme",
            "limit" => "field_limit",
            "slug" => "field_slug",
            "hashtag" => "campaign_hashtag",
            "name" => "campaign_name",
            _ => return field.to_string(),
        };
        self.t(id)
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
            "DAILY" => "days",
            "WEEKLY" => "weeks",
            "MONTHLY" => "months",
            "YEARLY" => "years",
            _ => return self.t("rule_custom"),
        };
        let mut out = self.tf(&format!("rule_every_{unit}"), "n", interval);
        let plain: Vec<String> = days
            .iter()
            .filter(|(n, _)| *n == 0)
            .map(|(_, i)| self.weekday(*i))
            .collect();
        if !plain.is_empty() {
            out = format!("{out} {}", self.tf("rule_on", "days", &self.list(&plain)));
        }
        for (n, i) in days.iter().filter(|(n, _)| *n != 0) {
            if !matches!(n, -1 | 1..=5) {
                other = true;
                continue;
            }
            let words = self.ta(
                "rule_on_nth",
                &[("n", i64::from(*n).into()), ("day", Arg::Text(&self.weekday(*i)))],
            );
            out = format!("{out} {words}");
        }
        if !monthdays.is_empty() {
            let list: Vec<String> = monthdays.iter().map(|d| d.to_string()).collect();
            out = format!("{out} {}", self.tf("rule_on_monthday", "day", &self.list(&list)));
        }
        if let Some(n) = count {
            out = format!("{out}{}{}", self.t("comma"), self.tf("rule_times", "n", n));
        } else if let (true, Some(last)) = (until, last) {
            out = format!(
                "{out}{}{}",
                self.t("comma"),
                self.tf("rule_until", "date", &self.date(last))
            );
        }
        if other {
            out = format!("{out} ({})", self.t("rule_custom"));
        }
        out
    }
}

/// True for a character of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko, …,
/// and their presentation forms): the strong R and AL classes of UAX #9.
fn is_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
}

/// True when `text` holds a letter written against a sentence of direction `rtl`: it must be
/// isolated to keep its order (and the sentence's) intact.
fn runs_against(text: &str, rtl: bool) -> bool {
    text.chars().any(|c| {
        if rtl {
            c.is_alphabetic() && !is_rtl(c)
        } else {
            is_rtl(c)
        }
    })
}

/// `text` without the Unicode isolates Fluent wraps around placeables: for comparing a
/// message with plain text (tests, logs).
pub fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;

    /// Each message id of a catalogue with the variables it uses, sorted.
    fn shape(source: &str) -> Vec<(String, Vec<String>)> {
        let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, e)| panic!("{e:?}"));
        let mut out: Vec<(String, Vec<String>)> = resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(m) => {
                    let mut vars = Vec::new();
                    if let Some(p) = &m.value {
                        variables(p, &mut vars);
                    }
                    vars.sort();
                    vars.dedup();
                    Some((m.id.name.to_string(), vars))
                }
                _ => None,
            })
            .collect();
        out.sort();
        out
    }

    fn variables(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, out);
            }
        }
    }

    fn expression_variables(e: &ast::Expression<&str>, out: &mut Vec<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                if let ast::InlineExpression::VariableReference { id } = selector {
                    out.push(id.name.to_string());
                }
                for v in variants {
                    variables(&v.value, out);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => out.push(id.name.to_string()),
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                expression_variables(expression, out)
            }
            ast::Expression::Inline(_) => {}
        }
    }

    #[test]
    fn every_catalogue_has_the_same_messages_and_variables() {
        let english = shape(LANGUAGES[0].messages);
        assert!(english.len() > 50);
        for lang in &LANGUAGES {
            let theirs = shape(lang.messages);
            let ids = |s: &[(String, Vec<String>)]| s.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>();
            let missing: Vec<String> = ids(&english)
                .into_iter()
                .filter(|id| !ids(&theirs).contains(id))
                .collect();
            let extra: Vec<String> = ids(&theirs)
                .into_iter()
                .filter(|id| !ids(&english).contains(id))
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, extra {extra:?}",
                lang.code
            );
            for ((id, en_vars), (_, vars)) in english.iter().zip(&theirs) {
                assert_eq!(
                    en_vars, vars,
                    "{}: message {id} uses other variables than English",
                    lang.code
                );
            }
            // Every message formats to something in the bundle (no parse error, no empty text).
            let ui = Ui::by_code(lang.code).expect("listed");
            assert_eq!(ui.code(), lang.code);
            for (id, _) in &theirs {
                let bundle = &BUNDLES[ui.index];
                assert!(
                    bundle.get_message(id).and_then(|m| m.value()).is_some(),
                    "{}: {id} has no value",
                    lang.code
                );
                assert!(!ui.t(id).trim().is_empty(), "{}: {id} is empty", lang.code);
            }
        }
    }

    /// Every message id named in the code as a literal (`t("…")`, `tf("…"`, `ta("…"`) exists in
    /// English (and so, by the test above, in every language).
    #[test]
    fn every_message_used_in_the_code_exists() {
        let english: Vec<String> = shape(LANGUAGES[0].messages).into_iter().map(|(id, _)| id).collect();
        let mut missing = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("src is readable") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let source = std::fs::read_to_string(&path).expect("source is UTF-8");
                    for call in [".t(\"", ".tf(\"", ".ta(\"", "msg!(\""] {
                        for (at, _) in source.match_indices(call) {
                            let rest = &source[at + call.len()..];
                            let id = &rest[..rest.find('"').unwrap_or(0)];
                            if !english.iter().any(|e| e == id) {
                                missing.push(format!("{}: {id}", path.display()));
                            }
                        }
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "messages used but missing from en.ftl: {missing:#?}"
        );
    }

    #[test]
    fn repeat_rules_read_as_words_in_every_language() {
        let en = Ui::ENGLISH;
        let last = jiff::civil::date(2027, 11, 19);
        assert_eq!(plain(&en.rule("FREQ=WEEKLY;COUNT=6", None)), "every week, 6 times");
        assert_eq!(
            plain(&en.rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20271119T235959Z", Some(last))),
            "every 2 weeks on Monday and Thursday, until Friday, 19 November 2027"
        );
        assert_eq!(
            plain(&en.rule("FREQ=MONTHLY;BYDAY=1FR;COUNT=3", None)),
            "every month on the first Friday, 3 times"
        );
        assert_eq!(
            plain(&en.rule("FREQ=MONTHLY;BYDAY=-1SA", None)),
            "every month on the last Saturday"
        );
        assert_eq!(plain(&en.rule("FREQ=DAILY;COUNT=1", None)), "every day, once");
        assert_eq!(
            plain(&en.rule("FREQ=YEARLY;BYMONTH=3", None)),
            "every year (on a schedule of its own)"
        );
        for ui in Ui::all() {
            let words = ui.rule("FREQ=WEEKLY;BYDAY=FR;COUNT=6", None);
            assert!(
                !words.contains("FREQ") && !words.contains('{') && (words.contains('6') || words.contains('۶')),
                "{}: {words}",
                ui.code()
            );
        }
        let es = Ui::negotiate(Some("es"), Vec::new());
        assert_eq!(
            plain(&es.rule("FREQ=WEEKLY;BYDAY=FR;COUNT=6", None)),
            "cada semana el viernes, 6 veces"
        );
        // Arabic has a dual: "every two weeks" is one word.
        let ar = Ui::negotiate(Some("ar"), Vec::new());
        assert_eq!(plain(&ar.rule("FREQ=WEEKLY;INTERVAL=2", None)), "كل أسبوعين");
    }

    #[test]
    fn only_values_written_against_the_sentence_are_isolated() {
        let ar = Ui::by_code("ar").expect("listed");
        let en = Ui::ENGLISH;
        assert_eq!(en.tf("actions_in", "place", "Lebanon"), "Actions in Lebanon");
        assert_eq!(
            en.tf("actions_in", "place", "لبنان"),
            "Actions in \u{2068}لبنان\u{2069}"
        );
        assert!(
            ar.tf("actions_in", "place", "Beirut")
                .contains("\u{2068}Beirut\u{2069}")
        );
        assert!(!ar.tf("actions_in", "place", "لبنان").contains('\u{2068}'));
    }

    #[test]
    fn the_language_is_negotiated_with_fallback() {
        let none = Vec::<String>::new;
        assert_eq!(Ui::negotiate(Some("fr"), ["ar".to_string()]).code(), "fr");
        assert_eq!(Ui::negotiate(None, ["zh", "ar", "en"].map(String::from)).code(), "ar");
        assert_eq!(Ui::negotiate(Some("xx"), none()).code(), "en");
        assert_eq!(Ui::negotiate(None, ["es-419".to_string()]).code(), "es");
        assert_eq!(Ui::negotiate(None, ["pt-BR".to_string()]).code(), "pt");
        assert_eq!(Ui::negotiate(Some("de-CH"), none()).code(), "de");
        assert_eq!(Ui::negotiate(Some("ar-u-nu-latn"), none()).code(), "ar");
        assert_eq!(Ui::negotiate(Some("ar-x-private"), none()).code(), "ar");
        assert_eq!(Ui::negotiate(Some("ar\0"), none()).code(), "en");
        assert_eq!(Ui::negotiate(Some("ar"), none()).dir(), "rtl");
        assert_eq!(Ui::negotiate(Some("fa"), none()).dir(), "rtl");
        assert_eq!(Ui::negotiate(Some("ja"), none()).dir(), "ltr");
        assert_eq!(
            plain(&Ui::negotiate(Some("es"), none()).tf("week_of", "date", "2027-11-01")),
            "Semana del 2027-11-01"
        );
    }

    #[test]
    fn names_and_dates_come_from_cldr_in_every_language() {
        let by = |c: &str| Ui::by_code(c).expect("listed");
        assert_eq!(by("ar").country("LB", "Lebanon"), "لبنان");
        assert_eq!(by("es").area("145", "Western Asia"), "Asia occidental");
        assert_eq!(by("fr").language("ar"), "arabe");
        assert_eq!(by("ar").zone("Asia/Beirut"), "توقيت لبنان");
        assert_eq!(by("es").zone("America/Santiago"), "hora de Chile");
        assert_eq!(Ui::ENGLISH.zone("W-SU"), "Moscow Time");
        // Numbers inside messages in the language's digits, plural rules unchanged.
        assert!(by("fa").rule("FREQ=WEEKLY;COUNT=6", None).contains('۶'));
        assert!(Ui::ENGLISH.rule("FREQ=WEEKLY;COUNT=2048", None).contains("2048"));
        assert_eq!(
            Ui::ENGLISH.date(jiff::civil::date(2026, 11, 27)),
            "Friday, 27 November 2026"
        );
        assert_eq!(by("fa").time(jiff::civil::time(18, 30, 0, 0)), "۱۸:۳۰");
        assert_eq!(by("ja").date(jiff::civil::date(2026, 11, 27)), "2026年11月27日金曜日");
        assert_eq!(by("ar").autonym(), "العربية");
        assert_eq!(by("de").autonym(), "Deutsch");
        for ui in Ui::all() {
            assert!(!ui.date(jiff::civil::date(2026, 1, 1)).is_empty());
            assert!(!ui.zone("Asia/Tokyo").contains("Asia/"), "{}", ui.code());
            assert_ne!(ui.country("FR", "France"), "", "{}", ui.code());
        }
        // Alphabetical order is the language's (CLDR collation), not the code points'.
        let mut names = vec!["Zimbabwe", "Åland Islands", "Albania", "Égypte", "Eswatini"];
        Ui::ENGLISH.sort_by_name(&mut names, |n| n);
        assert_eq!(names, ["Åland Islands", "Albania", "Égypte", "Eswatini", "Zimbabwe"]);
        assert_eq!(cldr::zone_country("Asia/Beirut").as_deref(), Some("LB"));
        assert_eq!(cldr::zone_country("UTC"), None);
        assert_eq!(
            cldr::canonical_zone("US/Pacific").as_deref(),
            Some("America/Los_Angeles")
        );
    }
}
