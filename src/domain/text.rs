//! Free text from organisers: normalised once so that no renderer ever sees a control character.

use super::{DomainError, DomainResult};

/// Limits on free text, in characters (Unicode scalar values).
pub const TITLE_MAX: usize = 200;
/// Longest description accepted.
pub const DESCRIPTION_MAX: usize = 10_000;
/// Longest city, venue, organiser name or campaign name accepted.
pub const SHORT_TEXT_MAX: usize = 200;

/// Normalises line breaks to `\n`, drops other control characters (tab kept as a space in
/// single-line text) and trims; an empty result is `None`.
///
/// A bare CR would pass through the `icalendar` crate unescaped and end a content line, so it
/// must never reach it (see shared/notes/crates.md).
pub fn clean(raw: &str, multiline: bool) -> Option<String> {
    let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(unified.len());
    for c in unified.chars() {
        match c {
            '\n' if multiline => out.push('\n'),
            '\n' | '\t' => out.push(' '),
            // C0, DEL, C1 controls and the Unicode line/paragraph separators.
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => {}
            c => out.push(c),
        }
    }
    let trimmed = out.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// Cleans `raw` and enforces `max` characters; `None` when nothing is left.
pub fn optional(field: &str, raw: Option<&str>, max: usize, multiline: bool) -> DomainResult<Option<String>> {
    let Some(raw) = raw else { return Ok(None) };
    let Some(text) = clean(raw, multiline) else {
        return Ok(None);
    };
    let len = text.chars().count();
    if len > max {
        return Err(DomainError::new(
            field,
            format!("is {len} characters long; at most {max} are allowed"),
        ));
    }
    Ok(Some(text))
}

/// Like [`optional`], but the text must be present and non-empty.
pub fn required(field: &str, raw: Option<&str>, max: usize, multiline: bool) -> DomainResult<String> {
    optional(field, raw, max, multiline)?.ok_or_else(|| {
        DomainError::new(
            field,
            format!("is required and must not be empty (1 to {max} characters)"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_carriage_returns_become_newlines_and_controls_vanish() {
        assert_eq!(
            clean("a\rEND:VEVENT\r\nb\u{0}\u{7}c", true).as_deref(),
            Some("a\nEND:VEVENT\nbc")
        );
    }

    #[test]
    fn single_line_text_has_no_line_breaks() {
        assert_eq!(clean(" x\r\ny\tz ", false).as_deref(), Some("x y z"));
    }

    #[test]
    fn blank_text_is_absent() {
        assert_eq!(clean(" \r\n\u{1} ", true), None);
        assert!(required("title", Some("  "), 10, false).is_err());
    }

    #[test]
    fn length_is_counted_in_characters() {
        let arabic = "ف".repeat(10);
        assert!(optional("t", Some(&arabic), 10, false).is_ok());
        let err = optional("t", Some(&arabic), 9, false).unwrap_err();
        assert!(err.message().contains("at most 9"));
    }
}
