//! Free text from organisers: normalised once so that no renderer ever sees a control character.

use super::{DomainError, DomainResult};

/// Limits on free text, in characters (Unicode scalar values).
pub const TITLE_MAX: usize = 200;
/// Longest description accepted.
pub const DESCRIPTION_MAX: usize = 10_000;
/// Longest city, venue, organiser name or campaign name accepted.
pub const SHORT_TEXT_MAX: usize = 200;

/// Whether a text may hold line breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    /// One line (a title, a name): every line break becomes a space.
    One,
    /// Paragraphs (a description): line breaks are kept, as LF.
    Many,
}

/// What free text may hold once cleaned, whatever output it goes to (iCalendar, XML, HTML,
/// JSON), and why:
///
/// | input | becomes | why |
/// |---|---|---|
/// | CR, CRLF | LF (a space in single-line text) | a bare CR would end an iCalendar content line (the `icalendar` crate passes it through) |
/// | U+2028 LINE SEPARATOR | LF (a space in single-line text) | a line break by intent; dropping it glued two words |
/// | U+2029 PARAGRAPH SEPARATOR | two LFs (a space in single-line text) | a paragraph break by intent |
/// | tab | a space | |
/// | other C0/C1 controls, DEL | dropped | not allowed in XML 1.0, nor in iCalendar TEXT (RFC 5545 §3.3.11) |
/// | noncharacters (U+FDD0–U+FDEF, U+xxFFFE, U+xxFFFF) | dropped | U+FFFE/U+FFFF make XML (the Atom feed) ill-formed; none is meant for interchange |
/// | bidi embeddings, overrides, isolates (U+202A–U+202E, U+2066–U+2069) | dropped | an unclosed one reorders whatever a client shows after the field (a spoofed title, "Trojan Source"); pages isolate each text themselves |
///
/// Kept: the bidi marks LRM, RLM and ALM (U+200E, U+200F, U+061C), which affect nothing beyond
/// their neighbours, and every other character. The result is trimmed; an empty one is `None`.
pub fn clean(raw: &str, lines: Lines) -> Option<String> {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    let line_break = |out: &mut String, n: usize| {
        if lines == Lines::Many {
            (0..n).for_each(|_| out.push('\n'));
        } else {
            out.push(' ');
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                line_break(&mut out, 1);
            }
            '\n' | '\u{2028}' => line_break(&mut out, 1),
            '\u{2029}' => line_break(&mut out, 2),
            '\t' => out.push(' '),
            c if c.is_control() || is_noncharacter(c) || is_bidi_control(c) => {}
            c => out.push(c),
        }
    }
    let trimmed = out.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// Unicode noncharacters: U+FDD0–U+FDEF and the last two code points of every plane.
pub fn is_noncharacter(c: char) -> bool {
    let n = c as u32;
    (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE
}

/// Explicit bidi embeddings, overrides and isolates (and their terminators).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` may appear in an XML 1.0 document (§2.2 `Char`).
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Cleans `raw` and enforces `max` characters; `None` when nothing is left.
pub fn optional(field: &str, raw: Option<&str>, max: usize, lines: Lines) -> DomainResult<Option<String>> {
    let Some(raw) = raw else { return Ok(None) };
    let Some(text) = clean(raw, lines) else {
        return Ok(None);
    };
    let len = text.chars().count();
    if len > max {
        return Err(DomainError::says(
            field,
            "err_text_too_long",
            &[("len", &len), ("max", &max)],
        ));
    }
    Ok(Some(text))
}

/// Like [`optional`], but the text must be present and non-empty.
pub fn required(field: &str, raw: Option<&str>, max: usize, lines: Lines) -> DomainResult<String> {
    optional(field, raw, max, lines)?.ok_or_else(|| DomainError::says(field, "err_text_required", &[("max", &max)]))
}

/// SHA-256 of `text`, as 64 lowercase hex digits (stored token hashes, proposal versions).
pub fn sha256_hex(text: &str) -> String {
    use sha2::Digest as _;
    use std::fmt::Write as _;
    sha2::Sha256::digest(text.as_bytes())
        .iter()
        .fold(String::with_capacity(64), |mut out, b| {
            let _ = write!(out, "{b:02x}");
            out
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_carriage_returns_become_newlines_and_controls_vanish() {
        assert_eq!(
            clean("a\rEND:VEVENT\r\nb\u{0}\u{7}c", Lines::Many).as_deref(),
            Some("a\nEND:VEVENT\nbc")
        );
    }

    #[test]
    fn single_line_text_has_no_line_breaks() {
        assert_eq!(clean(" x\r\ny\tz ", Lines::One).as_deref(), Some("x y z"));
    }

    #[test]
    fn separators_break_lines_and_never_glue_words() {
        assert_eq!(clean("March\u{2028}today", Lines::One).as_deref(), Some("March today"));
        assert_eq!(
            clean("March\u{2028}today", Lines::Many).as_deref(),
            Some("March\ntoday")
        );
        assert_eq!(clean("One\u{2029}Two", Lines::Many).as_deref(), Some("One\n\nTwo"));
        assert_eq!(clean("One\u{2029}Two", Lines::One).as_deref(), Some("One Two"));
    }

    #[test]
    fn noncharacters_and_bidi_controls_vanish_marks_stay() {
        assert_eq!(
            clean("Vigil\u{FFFF}\u{FFFE}\u{FDD0}\u{10FFFF}", Lines::One).as_deref(),
            Some("Vigil")
        );
        assert_eq!(
            clean("\u{202E}lirgiV\u{202C} \u{2067}غزة\u{2069}", Lines::One).as_deref(),
            Some("lirgiV غزة")
        );
        assert_eq!(
            clean("\u{200F}غزة\u{200E}", Lines::One).as_deref(),
            Some("\u{200F}غزة\u{200E}")
        );
        // Every character left is one XML 1.0 allows.
        let all: String = (0..=0x10FFFFu32).filter_map(char::from_u32).collect();
        assert!(clean(&all, Lines::Many).unwrap().chars().all(is_xml_char));
    }

    #[test]
    fn blank_text_is_absent() {
        assert_eq!(clean(" \r\n\u{1} ", Lines::Many), None);
        assert!(required("title", Some("  "), 10, Lines::One).is_err());
    }

    #[test]
    fn length_is_counted_in_characters() {
        let arabic = "ف".repeat(10);
        assert!(optional("t", Some(&arabic), 10, Lines::One).is_ok());
        let err = optional("t", Some(&arabic), 9, Lines::One).unwrap_err();
        assert!(err.message().contains("at most 9"));
    }
}
