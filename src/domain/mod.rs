//! Domain types: everything that enters the service is parsed into these once, at the edge.
//! Nothing here does I/O, and nothing here imports the rest of the crate.

pub mod campaign;
pub mod country;
pub mod event;
pub mod event_time;
pub mod filter;
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

/// A value that was refused: which field, and what was wrong with it and what is allowed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct DomainError {
    field: String,
    message: String,
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
            choices: Vec::new(),
            also: Vec::new(),
        }
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
        Err(DomainError::new(
            field,
            format!(
                "{s:?} is not a valid slug; allowed: 1 to {max} lowercase letters a-z, digits and single hyphens inside"
            ),
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
