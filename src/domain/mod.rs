//! Domain types: everything that enters the service is parsed into these once, at the edge.
//! Nothing here does I/O, and nothing here imports the rest of the crate but `i18n` (the
//! message catalogues, for refusals a person reads in their language).

pub mod campaign;
pub mod country;
pub mod event;
pub mod event_time;
pub mod filter;
pub mod gazetteer;
pub mod prose;
pub mod recurrence;
pub mod text;
pub mod warnings;
pub mod zone;

pub use campaign::{Campaign, CampaignSlug, NewCampaign};
pub use country::{Country, Region};
pub use event::{Event, EventForm, Language, Moderation, NewEvent, Place, Status, Tag, Uid};
pub use event_time::EventTime;
pub use filter::{FeedFilter, FeedQuery};
pub use recurrence::Recurrence;
pub use warnings::{Warning, WarningCode};
pub use zone::Zone;

/// A catalogue message id with its variables' values.
type Said = (&'static str, Vec<(&'static str, String)>);

/// A value that was refused: which field, and what was wrong with it and what is allowed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct DomainError {
    field: String,
    /// In English: what the API answers and the log records.
    message: String,
    /// The catalogue message it was made from, with its variables, to say it in another
    /// language; `None` for refusals only tools meet (said in English to everyone).
    said: Option<Box<Said>>,
    choices: Vec<String>,
    /// The other fields refused in the same value, so that every mistake is told at once.
    also: Vec<DomainError>,
}

impl DomainError {
    /// A refusal of `field`, with a message that says what was wrong and what is allowed.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
            said: None,
            choices: Vec::new(),
            also: Vec::new(),
        }
    }

    /// A refusal of `field` a person may read: the catalogue message `id` (see
    /// `i18n/locales/en.ftl`) with its variables, said in English here and in the reader's
    /// language by [`DomainError::message_in`]. Integer values select plural forms.
    pub fn says(field: impl Into<String>, id: &'static str, args: &[(&'static str, &dyn std::fmt::Display)]) -> Self {
        let args: Vec<(&'static str, String)> = args.iter().map(|(k, v)| (*k, v.to_string())).collect();
        let message = crate::i18n::plain(&Self::render(crate::i18n::Ui::ENGLISH, id, &args));
        Self {
            field: field.into(),
            message,
            said: Some(Box::new((id, args))),
            choices: Vec::new(),
            also: Vec::new(),
        }
    }

    /// The message `id` in `ui` with `args`. Values under three names are said in `ui`'s words:
    /// `country` (an ISO 3166-1 code) as the country's name, `zone` (an IANA name) and `zones`
    /// (several, comma-separated) as the zones' names with the IANA name kept ("Lebanon Time
    /// (Asia/Beirut)"); integers select plural forms.
    fn render(ui: crate::i18n::Ui, id: &str, args: &[(&'static str, String)]) -> String {
        let zone = |z: &str| format!("{} ({z})", ui.zone(z));
        let worded: Vec<(&'static str, String)> = args
            .iter()
            .map(|(k, v)| match *k {
                "country" => (*k, ui.country(v, v)),
                "zone" => (*k, zone(v)),
                "zones" => (*k, ui.list(&v.split(", ").map(zone).collect::<Vec<_>>())),
                _ => (*k, v.clone()),
            })
            .collect();
        let values: Vec<(&str, crate::i18n::Arg<'_>)> = worded
            .iter()
            .map(|(k, v)| match v.parse::<i64>() {
                Ok(n) => (*k, crate::i18n::Arg::Number(n)),
                Err(_) => (*k, crate::i18n::Arg::Text(v)),
            })
            .collect();
        ui.ta(id, &values)
    }

    /// What was wrong and what is allowed, in `ui`'s language when the catalogues say it (else
    /// in English).
    pub fn message_in(&self, ui: crate::i18n::Ui) -> String {
        match &self.said {
            Some(said) => Self::render(ui, said.0, &said.1),
            None => self.message.clone(),
        }
    }

    /// What was wrong and what is allowed in `ui`'s language, labelled with the field's name
    /// ("Tag: …"), when the catalogues say it; `None` for a refusal only tools meet (said in
    /// English), unless `ui` is English.
    pub fn said_in(&self, ui: crate::i18n::Ui) -> Option<String> {
        (self.said.is_some() || ui == crate::i18n::Ui::ENGLISH)
            .then(|| format!("{}: {}", ui.field_name(&self.field), self.message_in(ui)))
    }

    /// The same refusal, of another field (a list entry's refusal, told of the list).
    pub fn renamed(mut self, field: impl Into<String>) -> Self {
        self.field = field.into();
        self
    }

    /// The first of `errors` carrying the others (`None` when there are none).
    pub fn all_of(mut errors: Vec<DomainError>) -> Option<Self> {
        if errors.is_empty() {
            return None;
        }
        let mut first = errors.remove(0);
        first.also.extend(errors);
        Some(first)
    }

    /// This refusal and every other one found in the same value, in field order.
    pub fn each(&self) -> impl Iterator<Item = &DomainError> {
        std::iter::once(self).chain(self.also.iter())
    }

    /// The same refusal, listing the values that would be accepted (e.g. the two instants of
    /// a local time in a DST overlap).
    pub fn with_choices(mut self, choices: Vec<String>) -> Self {
        self.choices = choices;
        self
    }

    /// Accepted values, when the refusal can name them.
    pub fn choices(&self) -> &[String] {
        &self.choices
    }

    /// The field (or query parameter) that was refused.
    pub fn field(&self) -> &str {
        &self.field
    }

    /// What was wrong and what is allowed.
    pub fn message(&self) -> &str {
        &self.message
    }
}

/// Shorthand for results of parsing.
pub type DomainResult<T> = Result<T, DomainError>;

/// A slug: lowercase ASCII letters, digits and single hyphens, 1 to `max` characters.
pub(crate) fn check_slug(field: &str, s: &str, max: usize) -> DomainResult<()> {
    let allowed = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-';
    if (1..=max).contains(&s.len())
        && s.bytes().all(allowed)
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
    {
        Ok(())
    } else {
        Err(DomainError::says(
            field,
            "err_slug",
            &[("value", &format!("{s:?}")), ("max", &max)],
        ))
    }
}

/// Deserialises a JSON value into a raw form, naming the field of any type error.
pub fn from_json<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> DomainResult<T> {
    serde_path_to_error::deserialize(value).map_err(path_error)
}

/// [`from_json`] straight from JSON text (one record of an import file), without building a
/// `serde_json::Value` first.
pub fn from_json_text<T: serde::de::DeserializeOwned>(text: &str) -> DomainResult<T> {
    serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(text)).map_err(path_error)
}

fn path_error(e: serde_path_to_error::Error<serde_json::Error>) -> DomainError {
    let path = e.path().to_string();
    let inner = e.into_inner().to_string();
    let inner = inner.split(" at line ").next().unwrap_or(&inner);
    let inner = inner
        .replace("expected f64", "expected a number")
        .replace("expected a sequence", "expected a list");
    let field = if path == "." { "body".to_string() } else { path };
    DomainError::new(field, inner)
}
