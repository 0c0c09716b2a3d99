//! Reading an action from a person's own words: the subject and text of an e-mail ("Marcha
//! por Palestina, jueves 18 de marzo a las 19:00 en Plaza Italia, Santiago"), in English,
//! Spanish, French or Arabic (month names of Portuguese, Italian and German too).
//!
//! What is read: the title (a `Title:` line, else the subject, else the first line), the date
//! (ISO, day/month numbers, or a month's name, with or without the year: then the next such
//! day), the start and end times (`19:00`, `19h30`, `7 pm`, `7:30 p.m.`, `الساعة 7 مساءً`, a
//! range `19:00–21:00`), the place (a `Place:` line, or a city named in the text), the zone
//! (an IANA name, `UTC+2`, `Pacific`/`Eastern`/`CET`…, "hora de Caracas", else the zone of
//! the city or single-zone country named: "19:00 in Caracas" is `America/Caracas`), and a
//! link to join online. What could not be read with confidence is listed in
//! [`Reading::missing`]: such a reading is a suggestion for a coordinator, never published
//! as it is.
//!
//! Pure: no I/O. Arabic-Indic and Persian digits count as digits.

use std::collections::HashMap;
use std::sync::LazyLock;

use jiff::civil::{Date, Time};
use regex::Regex;

use super::EventForm;
use super::gazetteer::{self, City, fold, simplify};

/// A part of an action the text did not give with confidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// No title line, subject or first line to use.
    Title,
    /// No date, or one that could be read two ways (`03/04` in English).
    Date,
    /// No time of day.
    Time,
    /// No zone written, and no city or single-zone country named to take it from (or cities
    /// in different zones named).
    Zone,
    /// The text says the action is cancelled or postponed.
    Status,
}

impl Missing {
    /// The field of the submission form it concerns.
    pub fn field(self) -> &'static str {
        match self {
            Missing::Title => "title",
            Missing::Date => "start",
            Missing::Time => "start",
            Missing::Zone => "timezone",
            Missing::Status => "status",
        }
    }
}

/// What was read from one message.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// The action as far as it was read, in the submission form's shape (`start`/`end` local,
    /// `YYYY-MM-DDTHH:MM`, with `timezone`).
    pub form: EventForm,
    /// The language the text is in, as far as it shows (`en`, `es`, `fr`, `ar`, `fa`).
    pub language: &'static str,
    /// What is missing or unsure, each once.
    pub missing: Vec<Missing>,
}

/// Field labels people write before a value ("Lugar: Plaza Italia"), folded.
const LABELS: &[(&str, &[&str])] = &[
    (
        "title",
        &[
            "title",
            "titulo",
            "titre",
            "event",
            "evento",
            "evenement",
            "action",
            "accion",
            "اسم الفعالية",
            "الفعالية",
            "النشاط",
        ],
    ),
    (
        "date",
        &[
            "date",
            "fecha",
            "dia",
            "jour",
            "when",
            "cuando",
            "quand",
            "التاريخ",
            "اليوم",
            "الموعد",
            "متى",
        ],
    ),
    (
        "time",
        &["time", "hora", "horario", "heure", "horaire", "الوقت", "الساعة"],
    ),
    (
        "place",
        &[
            "place",
            "where",
            "location",
            "venue",
            "address",
            "lugar",
            "donde",
            "direccion",
            "sitio",
            "lieu",
            "ou",
            "adresse",
            "المكان",
            "العنوان",
            "الموقع",
        ],
    ),
    ("city", &["city", "ciudad", "ville", "المدينة"]),
    ("country", &["country", "pais", "pays", "البلد", "الدولة"]),
    (
        "zone",
        &[
            "zone",
            "time zone",
            "timezone",
            "zona horaria",
            "huso horario",
            "fuseau horaire",
            "المنطقة الزمنية",
            "التوقيت",
        ],
    ),
    ("link", &["link", "enlace", "lien", "zoom", "online", "url", "الرابط"]),
];

/// Month names (folded) of the languages read, to their number.
const MONTHS: &[(&str, i8)] = &[
    ("january", 1),
    ("jan", 1),
    ("enero", 1),
    ("janvier", 1),
    ("janeiro", 1),
    ("gennaio", 1),
    ("januar", 1),
    ("february", 2),
    ("feb", 2),
    ("febrero", 2),
    ("fevrier", 2),
    ("fevereiro", 2),
    ("febbraio", 2),
    ("februar", 2),
    ("march", 3),
    ("mar", 3),
    ("marzo", 3),
    ("mars", 3),
    ("marco", 3),
    ("marz", 3),
    ("april", 4),
    ("apr", 4),
    ("abril", 4),
    ("avril", 4),
    ("aprile", 4),
    ("may", 5),
    ("mayo", 5),
    ("mai", 5),
    ("maio", 5),
    ("maggio", 5),
    ("june", 6),
    ("jun", 6),
    ("junio", 6),
    ("juin", 6),
    ("junho", 6),
    ("giugno", 6),
    ("juni", 6),
    ("july", 7),
    ("jul", 7),
    ("julio", 7),
    ("juillet", 7),
    ("julho", 7),
    ("luglio", 7),
    ("juli", 7),
    ("august", 8),
    ("aug", 8),
    ("agosto", 8),
    ("aout", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("septembre", 9),
    ("setembro", 9),
    ("settembre", 9),
    ("october", 10),
    ("oct", 10),
    ("octubre", 10),
    ("octobre", 10),
    ("outubro", 10),
    ("ottobre", 10),
    ("oktober", 10),
    ("november", 11),
    ("nov", 11),
    ("noviembre", 11),
    ("novembre", 11),
    ("novembro", 11),
    ("december", 12),
    ("dec", 12),
    ("diciembre", 12),
    ("decembre", 12),
    ("dezembro", 12),
    ("dicembre", 12),
    ("dezember", 12),
    ("يناير", 1),
    ("كانون الثاني", 1),
    ("فبراير", 2),
    ("شباط", 2),
    ("مارس", 3),
    ("اذار", 3),
    ("ابريل", 4),
    ("نيسان", 4),
    ("مايو", 5),
    ("ايار", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("حزيران", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("تموز", 7),
    ("اغسطس", 8),
    ("اب", 8),
    ("سبتمبر", 9),
    ("ايلول", 9),
    ("اكتوبر", 10),
    ("تشرين الاول", 10),
    ("نوفمبر", 11),
    ("تشرين الثاني", 11),
    ("ديسمبر", 12),
    ("كانون الاول", 12),
    ("ocak", 1),
    ("subat", 2),
    ("mart", 3),
    ("nisan", 4),
    ("mayis", 5),
    ("haziran", 6),
    ("temmuz", 7),
    ("agustos", 8),
    ("eylul", 9),
    ("ekim", 10),
    ("kasim", 11),
    ("aralik", 12),
    ("ژانویه", 1),
    ("فوریه", 2),
    ("اوریل", 4),
    ("مه", 5),
    ("ژوئن", 6),
    ("ژوئیه", 7),
    ("اوت", 8),
    ("سپتامبر", 9),
    ("اکتبر", 10),
    ("نوامبر", 11),
    ("دسامبر", 12),
];

/// Zone words written after a time ("7 pm Eastern", "19:00 CET"), folded, to an IANA zone.
const ZONE_WORDS: &[(&str, &str)] = &[
    // An abbreviation names one offset (CET is +01 even in July): the fixed zone it says.
    ("pst", "Etc/GMT+8"),
    ("pdt", "Etc/GMT+7"),
    ("mst", "Etc/GMT+7"),
    ("mdt", "Etc/GMT+6"),
    ("cet", "Etc/GMT-1"),
    ("cest", "Etc/GMT-2"),
    ("cst", "Etc/GMT+6"),
    ("cdt", "Etc/GMT+5"),
    ("est", "Etc/GMT+5"),
    ("edt", "Etc/GMT+4"),
    ("bst", "Etc/GMT-1"),
    ("eastern european", "Europe/Athens"),
    ("central european", "Europe/Berlin"),
    ("central europe", "Europe/Berlin"),
    ("western european", "Europe/Lisbon"),
    // A region's time, with its summer time: only when "time" or nothing wordy follows
    // ("6 pm Central Park" names no zone).
    ("pacific", "America/Los_Angeles"),
    ("mountain", "America/Denver"),
    ("central", "America/Chicago"),
    ("eastern", "America/New_York"),
    ("utc", "UTC"),
    ("gmt", "UTC"),
];

/// Words after which a place is named ("in Caracas", "en Santiago", "à Paris", "في عمان").
const BEFORE_PLACE: &[&str] = &[
    "in", "en", "a", "at", "au", "dans", "de", "desde", "في", "ب", "near", "cerca", "em", "no", "na", "nel", "nella",
];

/// Words that look like city names but are not one here (months, weekdays, the usual words of
/// a call to action).
const NOT_PLACES: &[&str] = &[
    "mayo",
    "marcha",
    "march",
    "mars",
    "marzo",
    "junio",
    "julio",
    "agosto",
    "mai",
    "sabado",
    "domingo",
    "lunes",
    "martes",
    "viernes",
    "jueves",
    "miercoles",
    "samedi",
    "dimanche",
    "vendredi",
    "zoom",
    "online",
    "palestina",
    "palestine",
    "gaza",
    "plaza",
    "place",
    "paz",
    "victoria",
    "concordia",
    "libertad",
    "esperanza",
    "union",
    "rally",
    "university",
    "universidad",
    "la paz",
    "el",
    "la",
    "los",
    "las",
    "san",
    "santa",
    "nice",
    "mobile",
    "reading",
    "bath",
    "split",
    "street",
    "calle",
    "rue",
    "avenue",
    "avenida",
    "centro",
    "center",
    "centre",
    "parque",
    "park",
];

struct Patterns {
    day_range: Regex,
    repeats: Regex,
    bare_link: Regex,
    email: Regex,
    phone: Regex,
    noon: Regex,
    cancelled: Regex,
    weekday: Regex,
    spoken: Regex,
    span: Regex,
    italian_hour: Regex,
    arabic_words: Regex,
    forwarded: Regex,
    header_line: Regex,
    iso: Regex,
    numeric: Regex,
    day_month: Regex,
    month_day: Regex,
    clock: Regex,
    ampm: Regex,
    hours: Regex,
    arabic_hour: Regex,
    range: Regex,
    offset: Regex,
    iana: Regex,
    url: Regex,
    reply_header: Regex,
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let months = {
        let mut names: Vec<&str> = MONTHS.iter().map(|(n, _)| *n).collect();
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        names.join("|")
    };
    let re = |s: &str| Regex::new(s).expect("a valid pattern");
    Patterns {
        iso: re(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"),
        numeric: re(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}|\d{2}))?\b"),
        day_month: re(&format!(
            r"\b(\d{{1,2}})(?:st|nd|rd|th|er|º|o|\.)?(?: de| of)? ({months})\b(?:,?(?: de)? (\d{{4}}))?"
        )),
        month_day: re(&format!(r"\b({months}) (\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (\d{{4}}))?")),
        clock: re(r"\b([01]?\d|2[0-3])[:h.]([0-5]\d)(?: ?(am|pm|a\.m\.|p\.m\.))?"),
        ampm: re(r"\b(1[0-2]|0?[1-9]) ?(am\b|pm\b|a\.m\.|p\.m\.)"),
        day_range: re(&format!(
            r"\b(\d{{1,2}}) ?(?:-|–|to|al|au|a|y|et|and|bis) ?(\d{{1,2}})(?:st|nd|rd|th|er|\.)?(?: de| of)? ({months})\b"
        )),
        repeats: re(
            r"\b(every (?:day|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|weekly|each (?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|cada (?:semana|lunes|martes|miercoles|jueves|viernes|sabado|domingo)|todos los (?:lunes|martes|miercoles|jueves|viernes|sabados|domingos)|chaque (?:semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|tous les (?:lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches)|ogni (?:settimana|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)|كل (?:يوم|اسبوع|جمعة|سبت|احد))\b",
        ),
        bare_link: re(r"\b[\w-]+(?:\.[\w-]+)+/\S*"),
        email: re(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
        phone: re(
            r"\+\d[\d ().-]{7,}\d|\(\d{2,4}\) ?\d[\d .-]{5,}\d|\b\d{3}[ .-]\d{3}[ .-]\d{4}\b|\b0\d{3} \d{3} \d{2} \d{2}\b",
        ),
        noon: re(r"\b(noon|midday|mediodia|midi|mezzogiorno|meio-dia|meio dia|ظهرا تماما|الظهر)\b"),
        cancelled: re(
            r"\b(cancel\w*|called off|postponed|take it off|no longer (?:happening|taking place)|not happening|cancelad\w*|cancelamos|suspend\w*|aplazad\w*|anulad\w*|annul\w*|reporte|reportee|n'aura pas lieu|annullat\w*|rinviat\w*|abgesagt|verschoben|iptal|ertelendi|الغيت|ملغاة|ملغى|تأجيل|تاجيل|لغو شد)\b",
        ),
        weekday: re(
            r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|segunda-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|lunedi|martedi|mercoledi|giovedi|venerdi|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b",
        ),
        spoken: re(
            r"\b(1[0-2]|0?[1-9]) (de la tarde|de la noche|de la manana|du soir|du matin|de l'apres-midi|di sera|del pomeriggio|di mattina|da tarde|da noite|da manha)\b",
        ),
        span: re(
            r"\b(?:(?:de|de las|desde las|from|between|dalle ore|dalle|von|entre|das) )?([01]?\d|2[0-3])(?:[:h.]([0-5]\d))? ?(?:-|–|a|a las|à|to|and|alle|al|hasta|bis|y|et|e|as|às) ?([01]?\d|2[0-3])(?:[:h.]([0-5]\d))? ?(h\b|hs\b|hrs\b|horas\b|heures\b|uhr\b|am\b|pm\b|a\.m\.|p\.m\.)?",
        ),
        italian_hour: re(r"\bore ([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\b"),
        arabic_words: re(
            r"(?:الساعة|الساعه) (الحادية عشرة|الثانية عشرة|الواحدة|الثانية|الثالثة|الرابعة|الخامسة|السادسة|السابعة|الثامنة|التاسعة|العاشرة)(?: (والنصف|والربع|الا ربعا))?(?: (مساء|مساءا|ليلا|صباحا|ظهرا|عصرا))?",
        ),
        hours: re(r"\b([01]?\d|2[0-3]) ?(?:h|hs|hrs|horas|heures|uhr)\b"),
        arabic_hour: re(r"(?:الساعة|الساعه) ?(\d{1,2})(?::(\d{2}))?(?: (مساء|مساءا|ليلا|صباحا|ظهرا|عصرا))?"),
        range: re(r"^\s*(?:-|–|—|(?:to|until|till|a|a las|hasta|al|alle|bis|à|jusqu'a|jusqu a|الى|حتى|و)\s)\s*"),
        offset: re(r"\b(?:utc|gmt) ?([+-]) ?(\d{1,2})(?:[: ]?(\d{2}))?\b"),
        iana: re(r"\b([A-Z][A-Za-z_]+/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?)\b"),
        url: re(r"https?://[^\s<>()\[\]]+"),
        forwarded: re(
            r"(?i)^-+ ?(forwarded message|mensaje reenviado|message transf[eé]r[eé]|messaggio inoltrato|weitergeleitete nachricht|mensagem encaminhada|original message)",
        ),
        header_line: re(
            r"(?i)^(from|de|date|fecha|data|datum|sent|enviado|envoy[eé]|subject|asunto|objet|oggetto|betreff|assunto|to|para|à|a|an|cc|von|da|inviato)\s?:",
        ),
        reply_header: re(r"^(On .* wrote:|El .* escribió:|Le .* a écrit ?:|-----Original Message-----)$"),
    }
});

static COUNTRY_NAMES: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut names = HashMap::new();
    for country in super::Country::all() {
        names.insert(fold(country.name()), country.code());
        for ui in crate::i18n::Ui::all() {
            if let Some(name) = crate::i18n::cldr::region(ui.code(), country.code()) {
                names.entry(fold(&name)).or_insert(country.code());
            }
        }
    }
    names
});

/// ASCII digits for Arabic-Indic and Persian ones.
fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06f0}'..='\u{06f9}' => char::from(b'0' + (c as u32 - 0x06f0) as u8),
            c => c,
        })
        .collect()
}

/// The text the sender wrote: quoted lines, the quoted message after "On … wrote:" and the
/// signature after `-- ` left out.
fn own_words(body: &str) -> String {
    let mut kept = Vec::new();
    // Inside the header lines a mail client writes above a forwarded message (its From, Date,
    // Subject): their date is when it was sent, not when the action is.
    let mut forwarded_header = false;
    for line in body.lines() {
        let trimmed = line.trim_end();
        if trimmed == "--" || PATTERNS.reply_header.is_match(trimmed.trim()) {
            break;
        }
        if PATTERNS.forwarded.is_match(trimmed.trim()) {
            forwarded_header = true;
            continue;
        }
        if forwarded_header {
            if PATTERNS.header_line.is_match(trimmed.trim()) {
                continue;
            }
            forwarded_header = false;
        }
        if trimmed.trim_start().starts_with('>') {
            continue;
        }
        // A closing ("Saludos,", "In solidarity,"): what follows is a signature (names,
        // phone numbers, an address in another city), neither read nor published.
        if is_closing(trimmed) {
            break;
        }
        kept.push(trimmed);
    }
    kept.join("\n").trim().to_string()
}

/// Whether `line` is a letter's closing formula, alone on its line.
fn is_closing(line: &str) -> bool {
    const CLOSINGS: &[&str] = &[
        "thanks",
        "thank you",
        "many thanks",
        "with thanks",
        "thanks so much",
        "thanks a lot",
        "regards",
        "best",
        "best regards",
        "kind regards",
        "warm regards",
        "cheers",
        "solidarity",
        "in solidarity",
        "peace",
        "saludos",
        "un saludo",
        "saludos cordiales",
        "un abrazo",
        "un abrazo solidario",
        "abrazos",
        "atentamente",
        "cordialmente",
        "gracias",
        "muchas gracias",
        "cordialement",
        "bien a vous",
        "salutations",
        "salutations solidaires",
        "avec nos salutations solidaires",
        "merci",
        "grazie",
        "cordiali saluti",
        "un saluto",
        "un saluto solidale",
        "abracos",
        "abraco",
        "cumprimentos",
        "atenciosamente",
        "saudacoes",
        "mit freundlichen grussen",
        "solidarische grusse",
        "viele grusse",
        "dayanismayla",
        "saygilarimizla",
        "مع التحية",
        "مع خالص التحية",
        "شكرا",
        "وشكرا",
        "با سپاس",
        "با احترام",
        "تحياتنا",
    ];
    let folded = fold(line);
    !folded.is_empty() && folded.split(' ').count() <= 6 && CLOSINGS.contains(&folded.as_str())
}

/// The text of the messages `body` quotes (a reply's `>` lines, or what follows "On … wrote:"),
/// for when the sender's own words give no date: an answer above a forwarded invitation.
fn quoted_words(body: &str) -> String {
    let mut kept = Vec::new();
    let mut after_header = false;
    for line in body.lines() {
        let trimmed = line.trim();
        if PATTERNS.reply_header.is_match(trimmed) {
            after_header = true;
            continue;
        }
        if let Some(quoted) = trimmed.strip_prefix('>') {
            kept.push(quoted.trim_start_matches(['>', ' ']).to_string());
        } else if after_header {
            kept.push(trimmed.to_string());
        }
    }
    kept.join("\n")
}

/// The language the text is in, by its script and its commonest words.
pub fn language_of(text: &str) -> &'static str {
    let arabic = text.chars().filter(|c| ('\u{0600}'..='\u{06ff}').contains(c)).count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count().max(1);
    if arabic * 3 > letters {
        let persian = text.chars().any(|c| matches!(c, 'پ' | 'چ' | 'ژ' | 'گ'));
        return if persian { "fa" } else { "ar" };
    }
    let words: Vec<String> = fold(text).split(' ').map(str::to_string).collect();
    let score = |markers: &[&str]| words.iter().filter(|w| markers.contains(&w.as_str())).count();
    let scores = [
        (
            "en",
            score(&[
                "the", "and", "for", "at", "on", "with", "join", "us", "will", "is", "of", "we",
            ]),
        ),
        (
            "es",
            score(&[
                "el", "los", "las", "y", "por", "para", "con", "del", "hora", "lugar", "que", "una",
            ]),
        ),
        (
            "fr",
            score(&[
                "le", "les", "des", "du", "et", "pour", "avec", "au", "une", "est", "nous", "lieu",
            ]),
        ),
    ];
    // A tie goes to the first (English): reading "3/4" day-first is the risky guess.
    let best = scores.iter().map(|(_, n)| *n).max().unwrap_or(0);
    scores.iter().find(|(_, n)| *n == best).map_or("en", |(l, _)| l)
}

/// The value of the first line labelled as `field` ("Lugar: Plaza Italia"), trimmed.
fn labelled(lines: &[&str], field: &str) -> Option<String> {
    let labels = LABELS.iter().find(|(f, _)| *f == field)?.1;
    lines.iter().find_map(|line| {
        let (label, value) = line.split_once([':', '：'])?;
        let value = value.trim();
        // "19:00" is not a label; a label is a word or two before the colon.
        (labels.contains(&fold(label).as_str()) && !value.is_empty() && !value.starts_with("//"))
            .then(|| value.to_string())
    })
}

/// A title from the subject, unless it is a reply or forward prefix and a generic word.
fn title_from_subject(subject: &str) -> Option<String> {
    let mut s = subject.trim();
    loop {
        let lower = s.to_lowercase();
        let Some(rest) = [
            "re:",
            "fwd:",
            "fw:",
            "rv:",
            "tr:",
            "aw:",
            "wg:",
            "enc:",
            "رد:",
            "إعادة توجيه:",
        ]
        .iter()
        .find_map(|p| lower.starts_with(p).then(|| s[p.len()..].trim())) else {
            break;
        };
        s = rest;
    }
    let generic = [
        "event",
        "new event",
        "evento",
        "nuevo evento",
        "evenement",
        "action",
        "calendar",
        "calendario",
        "calendrier",
        "فعالية",
        "",
    ];
    (!generic.contains(&fold(s).as_str())).then(|| s.to_string())
}

/// The date written in `text` (folded, ASCII digits), its byte span, and whether it is sure.
fn date_in(text: &str, language: &str, today: Date) -> Option<(Date, (usize, usize), bool)> {
    let p = &*PATTERNS;
    let month = |name: &str| MONTHS.iter().find(|(n, _)| *n == name).map(|(_, m)| *m);
    let year_or_next = |y: Option<&str>, m: i8, d: i8| -> Option<Date> {
        match y {
            Some(y) => {
                let y: i16 = y.parse().ok()?;
                Date::new(if y < 100 { 2000 + y } else { y }, m, d).ok()
            }
            None => {
                let this = Date::new(today.year(), m, d).ok();
                match this {
                    Some(d) if d >= today => Some(d),
                    _ => Date::new(today.year() + 1, m, d).ok(),
                }
            }
        }
    };
    let mut found: Vec<(usize, Date, (usize, usize), bool)> = Vec::new();
    for c in p.iso.captures_iter(text) {
        let whole = c.get(0)?;
        if let Some(d) = year_or_next(Some(&c[1]), c[2].parse().ok()?, c[3].parse().ok()?) {
            found.push((whole.start(), d, (whole.start(), whole.end()), true));
        }
    }
    for c in p.day_month.captures_iter(text) {
        let whole = c.get(0)?;
        if let (Some(m), Ok(d)) = (month(&c[2]), c[1].parse()) {
            if let Some(date) = year_or_next(c.get(3).map(|y| y.as_str()), m, d) {
                found.push((whole.start(), date, (whole.start(), whole.end()), true));
            }
        }
    }
    for c in p.month_day.captures_iter(text) {
        let whole = c.get(0)?;
        if let (Some(m), Ok(d)) = (month(&c[1]), c[2].parse()) {
            if let Some(date) = year_or_next(c.get(3).map(|y| y.as_str()), m, d) {
                found.push((whole.start(), date, (whole.start(), whole.end()), true));
            }
        }
    }
    for c in p.numeric.captures_iter(text) {
        let whole = c.get(0)?;
        // A time ("19.30") is not a date; a numeric date needs its year or a slash.
        if c.get(3).is_none() && whole.as_str().contains('.') {
            continue;
        }
        let (a, b): (i8, i8) = (c[1].parse().ok()?, c[2].parse().ok()?);
        let year = c.get(3).map(|y| y.as_str());
        let (day, month, sure) = if language == "en" {
            match (a > 12, b > 12) {
                (true, false) => (a, b, true),
                (false, true) => (b, a, true),
                _ => (b, a, a == b),
            }
        } else {
            (a, b, true)
        };
        if let Some(date) = year_or_next(year, month, day) {
            found.push((whole.start(), date, (whole.start(), whole.end()), sure));
        }
    }
    found.sort_by_key(|f| f.0);
    let &(_, date, span, sure) = found.first()?;
    // Two different days named ("le 20 ou le 27 février"): which one is not for us to pick.
    let several = found.iter().any(|f| f.1 != date);
    // A weekday written just before the date that is not its weekday ("sexta-feira, 20 de
    // fevereiro" when the 20th is a Saturday): one of the two is wrong.
    let weekday_before = |at: usize| {
        let mut from = at.saturating_sub(24);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        PATTERNS
            .weekday
            .find_iter(&text[from..at])
            .last()
            .and_then(|m| weekday_number(m.as_str()))
    };
    let disagrees = found
        .iter()
        .filter(|f| f.1 == date)
        .any(|f| weekday_before(f.2.0).is_some_and(|n| n != date.weekday().to_monday_zero_offset()));
    // "samedi 20 ou le samedi 27 février": a weekday and a day of the month alone is a date
    // too, and another one than the date read.
    let other_day = PATTERNS.weekday.find_iter(text).any(|m| {
        let after = text[m.end()..].trim_start_matches([',', ' ']);
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        digits
            .parse::<i8>()
            .is_ok_and(|d| (1..=31).contains(&d) && d != date.day())
    });
    // "18-20 March", "from 18 to 20 March": several days, not one start.
    let range = PATTERNS.day_range.is_match(text);
    // No year written and nearly a year ahead: "30 November" written on 1 December is the day
    // before, not next year's.
    let year_written = text.contains(&date.year().to_string());
    let just_past = !year_written && (date - today).get_days() > 300;
    Some((
        date,
        span,
        sure && !several && !disagrees && !other_day && !range && !just_past,
    ))
}

/// Monday 0 … Sunday 6 for a weekday's name in the languages read.
fn weekday_number(name: &str) -> Option<i8> {
    const NAMES: [[&str; 7]; 6] = [
        [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ],
        ["lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"],
        ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        [
            "segunda-feira",
            "terca-feira",
            "quarta-feira",
            "quinta-feira",
            "sexta-feira",
            "sabado",
            "domingo",
        ],
        [
            "lunedi",
            "martedi",
            "mercoledi",
            "giovedi",
            "venerdi",
            "sabato",
            "domenica",
        ],
        [
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag",
            "sonntag",
        ],
    ];
    NAMES
        .iter()
        .find_map(|days| days.iter().position(|d| *d == name))
        .map(|i| i as i8)
}

/// A time of day at the start of `rest`, or the first one in it: the time, and where it ends.
fn time_in(text: &str, from: usize, avoid: (usize, usize)) -> Option<(Time, usize, usize)> {
    let p = &*PATTERNS;
    let pm = |h: i8, mark: Option<&str>| -> i8 {
        match mark {
            Some("pm" | "p.m." | "مساء" | "مساءا" | "ليلا" | "عصرا") if h < 12 => h + 12,
            Some("ظهرا") if h <= 5 => h + 12,
            Some("am" | "a.m." | "صباحا") if h == 12 => 0,
            _ => h,
        }
    };
    // "de la tarde", "du soir", "de la noche" after a bare hour.
    let afternoon = |end: usize| {
        let after = &text[end..];
        [
            "de la tarde",
            "de la noche",
            "du soir",
            "de l'apres-midi",
            "in the evening",
            "in the afternoon",
            "di sera",
            "del pomeriggio",
        ]
        .iter()
        .any(|w| after.trim_start().starts_with(w))
    };
    let mut found: Vec<(usize, usize, Time)> = Vec::new();
    let outside = |s: usize, e: usize| e <= avoid.0 || s >= avoid.1;
    // "de 19 a 21 h", "from 6 to 8 pm", "dalle ore 18 alle 20": the start, its unit written
    // once at the end (the caller reads the end from the range after the start).
    for c in p.span.captures_iter(text) {
        let whole = c.get(0)?;
        if !outside(whole.start(), whole.end()) {
            continue;
        }
        let unit = c.get(5).map(|m| m.as_str());
        let led = ["de ", "de las ", "desde las ", "dalle", "von ", "das "]
            .iter()
            .any(|w| whole.as_str().starts_with(w));
        if unit.is_none() && !led {
            continue;
        }
        let (mut h, h2): (i8, i8) = (c[1].parse().ok()?, c[3].parse().ok()?);
        if matches!(unit, Some("pm" | "p.m.")) {
            // "2-3 pm", "7-9pm": both in the afternoon; "from 11 to 1 pm": the start is not.
            let h2 = if h2 < 12 { h2 + 12 } else { h2 };
            if h < 12 && h + 12 <= h2 {
                h += 12;
            }
        }
        let m: i8 = c.get(2).map_or(Ok(0), |m| m.as_str().parse()).ok()?;
        let first_end = c.get(2).or(c.get(1)).map_or(whole.end(), |m| m.end());
        found.push((c.get(1)?.start(), first_end, Time::new(h, m, 0, 0).ok()?));
    }
    for c in p.spoken.captures_iter(text) {
        let whole = c.get(0)?;
        if outside(whole.start(), whole.end()) {
            let mut h: i8 = c[1].parse().ok()?;
            let morning = ["manana", "matin", "mattina", "manha"].iter().any(|w| c[2].contains(w));
            if !morning && h < 12 {
                h += 12;
            }
            found.push((whole.start(), whole.end(), Time::new(h, 0, 0, 0).ok()?));
        }
    }
    for m in p.noon.find_iter(text) {
        if outside(m.start(), m.end()) {
            found.push((m.start(), m.end(), Time::new(12, 0, 0, 0).ok()?));
        }
    }
    for c in p.italian_hour.captures_iter(text) {
        let whole = c.get(0)?;
        if outside(whole.start(), whole.end()) {
            let m: i8 = c.get(2).map_or(Ok(0), |m| m.as_str().parse()).ok()?;
            found.push((whole.start(), whole.end(), Time::new(c[1].parse().ok()?, m, 0, 0).ok()?));
        }
    }
    for c in p.arabic_words.captures_iter(text) {
        let whole = c.get(0)?;
        if outside(whole.start(), whole.end()) {
            let words = [
                "الواحدة",
                "الثانية",
                "الثالثة",
                "الرابعة",
                "الخامسة",
                "السادسة",
                "السابعة",
                "الثامنة",
                "التاسعة",
                "العاشرة",
                "الحادية عشرة",
                "الثانية عشرة",
            ];
            let h = words.iter().position(|w| *w == &c[1]).map(|i| i as i8 + 1)?;
            let (h, m) = match c.get(2).map(|m| m.as_str()) {
                Some("والنصف") => (h, 30),
                Some("والربع") => (h, 15),
                Some(_) => (h - 1, 45),
                None => (h, 0),
            };
            let h = pm(h, c.get(3).map(|m| m.as_str()));
            found.push((whole.start(), whole.end(), Time::new(h, m, 0, 0).ok()?));
        }
    }
    for c in p.clock.captures_iter(text) {
        let whole = c.get(0)?;
        // A time ends where a word does ("6.30pm" is one, "19.305" is none); a phone number
        // ("19.30.45.67") or a price ("15.00 €") is none.
        let after = &text[whole.end()..];
        let unit = ["hrs", "hs", "h"]
            .iter()
            .find_map(|u| after.strip_prefix(u))
            .unwrap_or(after);
        let ends_word = !unit.starts_with(|ch: char| ch.is_alphanumeric());
        let more_digits = after.starts_with(['.', ':']) && after[1..].starts_with(|ch: char| ch.is_ascii_digit());
        let price = ["€", "$", "£", " €", " $", " £", " eur", " usd"]
            .iter()
            .any(|w| after.starts_with(w));
        let in_number = text[..whole.start()].ends_with(['.', ':', '+']);
        if !outside(whole.start(), whole.end()) || !ends_word || more_digits || price || in_number {
            continue;
        }
        let mut h: i8 = c[1].parse().ok()?;
        h = pm(h, c.get(3).map(|m| m.as_str()));
        if afternoon(whole.end()) && h < 12 {
            h += 12;
        }
        found.push((whole.start(), whole.end(), Time::new(h, c[2].parse().ok()?, 0, 0).ok()?));
    }
    for c in p.ampm.captures_iter(text) {
        let whole = c.get(0)?;
        if outside(whole.start(), whole.end()) {
            let h = pm(c[1].parse().ok()?, Some(&c[2]));
            found.push((whole.start(), whole.end(), Time::new(h, 0, 0, 0).ok()?));
        }
    }
    for c in p.hours.captures_iter(text) {
        let whole = c.get(0)?;
        // "19.00h" is one time (read above), not 00h; "pendant 2h", "2 h of silence" are
        // durations.
        let before = &text[..whole.start()];
        let part_of_number = before.ends_with(['.', ':']) || before.ends_with(|ch: char| ch.is_ascii_digit());
        let duration = ["pendant ", "for ", "durante ", "during ", "per "]
            .iter()
            .any(|w| before.ends_with(w))
            || text[whole.end()..].trim_start().starts_with("of ");
        if outside(whole.start(), whole.end()) && !part_of_number && !duration {
            let mut h: i8 = c[1].parse().ok()?;
            if afternoon(whole.end()) && h < 12 {
                h += 12;
            }
            found.push((whole.start(), whole.end(), Time::new(h, 0, 0, 0).ok()?));
        }
    }
    for c in p.arabic_hour.captures_iter(text) {
        let whole = c.get(0)?;
        if outside(whole.start(), whole.end()) {
            let h = pm(c[1].parse().ok()?, c.get(3).map(|m| m.as_str()));
            let m: i8 = c.get(2).map_or(Ok(0), |m| m.as_str().parse()).ok()?;
            found.push((whole.start(), whole.end(), Time::new(h, m, 0, 0).ok()?));
        }
    }
    found.sort_by_key(|f| (f.0 < from, f.0));
    found.into_iter().next().map(|(s, e, t)| (t, s, e))
}

/// A zone written right after a time ("7 pm Eastern", "19:00 CET", "UTC+2", "hora de
/// Caracas", "بتوقيت القدس"), as an IANA name.
fn zone_after(text: &str) -> Option<String> {
    let head: String = text.chars().take(40).collect();
    let head = head.trim_start_matches([' ', '(']);
    if let Some(c) = PATTERNS
        .offset
        .captures(head)
        .filter(|c| c.get(0).is_some_and(|m| m.start() == 0))
    {
        let hours: i8 = c[2].parse().ok()?;
        if c.get(3).is_some_and(|m| m.as_str() != "00") || hours > 14 {
            return None;
        }
        // Etc/GMT signs are inverted (POSIX): UTC+2 is Etc/GMT-2.
        return Some(match (hours, &c[1]) {
            (0, _) => "UTC".into(),
            (h, "+") => format!("Etc/GMT-{h}"),
            (h, _) => format!("Etc/GMT+{h}"),
        });
    }
    for (word, zone) in ZONE_WORDS {
        let regional = ["pacific", "mountain", "central", "eastern"].contains(word);
        let fits = |rest: &str| {
            if rest.starts_with(char::is_alphanumeric) {
                return false;
            }
            // After a region's name, the next word may only say it is a time.
            let next: String = rest
                .trim_start_matches(' ')
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            !regional || next.is_empty() || ["time", "standard", "daylight"].contains(&next.as_str())
        };
        if head.strip_prefix(word).is_some_and(fits) {
            return Some((*zone).to_string());
        }
    }
    for lead in [
        "hora de ",
        "heure de ",
        "time in ",
        "به وقت ",
        "بتوقيت ",
        "توقيت ",
        "hora ",
        "heure ",
    ] {
        if let Some(place) = head.strip_prefix(lead) {
            let words: Vec<&str> = place.split_whitespace().collect();
            for n in (1..=words.len().min(3)).rev() {
                let name = fold(&words[..n].join(" "));
                if let Some(code) = COUNTRY_NAMES.get(&name) {
                    if let Some(zone) = super::zone::zones_of(code).into_iter().next() {
                        return Some(zone);
                    }
                }
                if let Some(city) = gazetteer::named(&name).first() {
                    return Some(city.zone.to_string());
                }
            }
        }
    }
    None
}

/// Words before a name that make it part of a venue's name ("Plaza Italia", "Embajada de
/// Chile"), not the place where the action is.
const VENUE_WORDS: &[&str] = &[
    "largo",
    "praca",
    "piazza",
    "piazzale",
    "rua",
    "platz",
    "strasse",
    "paseo",
    "glorieta",
    "viale",
    "via",
    "corso",
    "plaza",
    "place",
    "calle",
    "rue",
    "avenida",
    "avenue",
    "av",
    "street",
    "square",
    "embassy",
    "embajada",
    "ambassade",
    "consulate",
    "consulado",
    "consulat",
    "سفارة",
    "ساحة",
    "شارع",
    "parque",
    "parc",
    "park",
];

/// A city named in the original text (its GeoNames entry) and the country it is in, or a
/// country named after a place word ("en Chile", "في الأردن") when no city is. `preferred` (a
/// country given apart) picks among cities of one name. Latin-script names count only when
/// written with a capital; names inside a venue's name ("Plaza Italia") do not count.
///
/// The third value: whether cities in different zones are named (a meeting "at 11am in Sydney,
/// 10am in Brisbane"): the zone is then not the city's to give.
fn place_in(original: &str, preferred: Option<&'static str>) -> (Option<&'static City>, Option<&'static str>, bool) {
    let words: Vec<(&str, String)> = original
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-' || ('\u{064b}'..='\u{0652}').contains(&c)))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| (w, fold(w)))
        .collect();
    let longest = gazetteer::longest_name().min(4);
    // (score, every city of that name); countries named after a place word, and anywhere.
    // (score, every city of that name, named as a place: after a place word, or a big city
    // by its own name)
    let mut cities: Vec<(i64, Vec<&'static City>, bool)> = Vec::new();
    let mut countries: Vec<&'static str> = Vec::new();
    let mut mentioned: Vec<&'static str> = Vec::new();
    for i in 0..words.len() {
        let first = words[i].0.chars().next().unwrap_or(' ');
        let latin = first.is_ascii_alphabetic() || ('\u{c0}'..'\u{250}').contains(&first);
        if latin && !first.is_uppercase() {
            continue;
        }
        let before = i.checked_sub(1).map(|j| words[j].1.as_str());
        let in_venue = before.is_some_and(|w| VENUE_WORDS.contains(&w))
            || (before.is_some_and(|w| ["de", "of", "du", "d"].contains(&w))
                && i.checked_sub(2)
                    .is_some_and(|j| VENUE_WORDS.contains(&words[j].1.as_str())));
        if in_venue {
            continue;
        }
        let after_place_word = before.is_some_and(|w| BEFORE_PLACE.contains(&w));
        for n in (1..=longest.min(words.len() - i)).rev() {
            let name: String = words[i..i + n]
                .iter()
                .map(|(_, f)| f.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            // An Arabic place is often written with its preposition joined: "بعمان".
            let mut names = vec![name.clone()];
            if !latin && n == 1 && ["ب", "و", "ل", "ف"].iter().any(|p| name.starts_with(p)) {
                names.push(name.chars().skip(1).collect());
            }
            let mut matched = false;
            for name in names {
                if name.chars().count() < 4 || NOT_PLACES.contains(&name.as_str()) {
                    continue;
                }
                if let Some(code) = COUNTRY_NAMES.get(&name) {
                    if after_place_word && !countries.contains(code) {
                        countries.push(code);
                    }
                    if !mentioned.contains(code) {
                        mentioned.push(code);
                    }
                    // "Lebanon" is the country here, not a town in Pennsylvania.
                    matched = true;
                    continue;
                }
                // "Trafalgar Square", "the Federal Building", "Independence Day": a name
                // followed by what it names is no city.
                const NAMED: &[&str] = &[
                    "square",
                    "building",
                    "hall",
                    "park",
                    "street",
                    "station",
                    "bridge",
                    "road",
                    "gardens",
                    "day",
                    "center",
                    "centre",
                    "memorial",
                    "avenue",
                    "plaza",
                    "mall",
                    "university",
                    "college",
                    "church",
                    "mosque",
                ];
                if words.get(i + n).is_some_and(|(_, f)| NAMED.contains(&f.as_str())) {
                    continue;
                }
                let named = gazetteer::named(&name);
                if let Some(city) = named
                    .iter()
                    .find(|c| preferred.is_some_and(|p| p == c.country))
                    .or(named.first())
                    .copied()
                {
                    // A Latin name that is only one of a city's alternates ("Jalisco" for
                    // Xalisco) is weaker evidence than its own name.
                    let alternate = latin && fold(city.name) != name;
                    let score = (city.population.max(1) as i64).ilog10() as i64 + if after_place_word { 3 } else { 0 }
                        - if alternate { 3 } else { 0 }
                        + if preferred.is_some_and(|p| p == city.country) {
                            5
                        } else {
                            0
                        }
                        + n as i64;
                    let placed = after_place_word || (!alternate && city.population >= 1_000_000);
                    cities.push((score, named, placed));
                    matched = true;
                }
            }
            if matched {
                break;
            }
        }
    }
    // A country named apart, after a place word or anywhere ("Valencia, España") picks among
    // the cities of one name; without one, a name that is also a city of some size elsewhere
    // in another zone ("Córdoba", "Valencia", "Tripoli") is no answer: the place is unsure.
    let wanted = preferred.or(countries.first().copied());
    let resolve = |named: &[&'static City]| -> Option<&'static City> {
        for country in preferred.iter().chain(&countries).chain(&mentioned) {
            if let Some(c) = named.iter().find(|c| c.country == *country) {
                return Some(*c);
            }
        }
        if preferred.is_some() {
            return None;
        }
        let top = named.first()?;
        // A rival of the same name counts from 3 % of the first's population (Córdoba in
        // Spain beside Argentina's, Tripoli in Lebanon beside Libya's, whatever script they
        // are written in); one that only shares this name among its alternates (Parys, South
        // Africa, also "Paris"; Santiago de los Caballeros) from half.
        let rival = named.iter().skip(1).any(|c| {
            let share = if fold(c.name) == fold(top.name) { 3 } else { 50 };
            c.country != top.country && c.zone != top.zone && c.population * 100 >= top.population * share
        });
        (!rival).then_some(*top)
    };
    let best = cities.iter().max_by_key(|(s, _, _)| *s);
    let city = best.and_then(|(_, named, _)| resolve(named));
    // Cities named as places ("in Brisbane"), or big ones by their own names ("Sydney"), not
    // a word that happens to be some town's name.
    let mut zones: Vec<&str> = cities
        .iter()
        .filter_map(|(_, named, placed)| resolve(named).filter(|_| *placed))
        .map(|c| c.zone)
        .collect();
    zones.sort_unstable();
    zones.dedup();
    (city, city.map(|c| c.country).or(wanted), zones.len() > 1)
}

/// Reads an action from a message's `subject` and `body` (plain text; HTML already turned
/// to text). `today` is the day the message came: a date without its year is the next one.
pub fn read(subject: &str, body: &str, today: Date) -> Reading {
    // What is read is bounded (a message of megabytes is a coordinator's to read).
    const READ_MAX: usize = 20_000;
    let body: String = body.chars().take(READ_MAX).collect();
    let subject: String = subject.chars().take(500).collect();
    let (body, subject) = (body.as_str(), subject.as_str());
    let mut own = own_words(body);
    let no_date = |t: &str| date_in(&simplify(&ascii_digits(t)), language_of(t), today).is_none();
    // The sender's words said something of a time but no date, and the date comes from the
    // message they answer ("Correction: it now starts at 18:00"): a person must look.
    let mut from_quote_with_own_time = false;
    if no_date(&format!("{subject}\n{own}")) {
        let quoted = quoted_words(body);
        if !quoted.is_empty() && !no_date(&quoted) {
            from_quote_with_own_time = time_in(&simplify(&ascii_digits(&own)), 0, (0, 0)).is_some();
            own = format!("{own}\n{}", own_words(&quoted));
        }
    }
    // Links are no text: "/2027/06/17/" or "/Europe/London" in an address say nothing.
    let own_text = PATTERNS
        .bare_link
        .replace_all(&PATTERNS.url.replace_all(&own, " "), " ")
        .into_owned();
    let digits = ascii_digits(&format!("{subject}\n{own_text}"));
    let lines: Vec<&str> = digits.lines().map(str::trim).collect();
    let language = language_of(&digits);
    let mut missing = Vec::new();
    let title = labelled(&lines, "title")
        .or_else(|| title_from_subject(subject))
        .or_else(|| {
            own.lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .map(|l| l.chars().take(120).collect())
        });
    if title.is_none() {
        missing.push(Missing::Title);
    }
    let mut form = EventForm {
        title,
        ..EventForm::default()
    };

    // Dates and times are looked for in the labelled lines first, then in the whole text
    // (its links left out: "/2027/03/" in a URL is no date).
    let plain = |t: &str| simplify(&PATTERNS.url.replace_all(t, " "));
    // A reply's or a forward's subject names the first message's date, not the new one.
    let replying = title_from_subject(subject).is_some_and(|t| t != subject.trim());
    let folded_all = if replying {
        plain(&ascii_digits(&own_text))
    } else {
        plain(&digits)
    };
    let date_text = labelled(&lines, "date").map(|v| plain(&v));
    let date = date_text
        .as_deref()
        .and_then(|t| date_in(t, language, today))
        .or_else(|| date_in(&folded_all, language, today));
    let time_text = labelled(&lines, "time").map(|v| plain(&v));
    let (time, zone_written) = {
        let (text, from, avoid) = match (&time_text, &date_text) {
            (Some(t), _) => (t.as_str(), 0, (0, 0)),
            (None, Some(d)) if time_in(d, 0, date_in(d, language, today).map_or((0, 0), |x| x.1)).is_some() => {
                (d.as_str(), 0, date_in(d, language, today).map_or((0, 0), |x| x.1))
            }
            _ => {
                let span = date_in(&folded_all, language, today).map_or((0, 0), |x| x.1);
                (folded_all.as_str(), span.1, span)
            }
        };
        match time_in(text, from, avoid) {
            Some((start, _, end_at)) => {
                let rest = &text[end_at..];
                let (end, zone_from) = match PATTERNS.range.find(rest) {
                    Some(m) => match time_in(&rest[m.end()..], 0, (0, 0)) {
                        Some((end, 0, e)) => (Some(end), end_at + m.end() + e),
                        _ => (None, end_at),
                    },
                    None => (None, end_at),
                };
                (Some((start, end)), zone_after(&text[zone_from..]))
            }
            None => (None, None),
        }
    };

    let explicit_zone = labelled(&lines, "zone")
        .and_then(|z| {
            super::Zone::from_tzid(z.trim(), None)
                .map(|(zone, _)| zone.name().to_string())
                .or_else(|| zone_after(&simplify(&z)))
        })
        .or(zone_written)
        .or_else(|| {
            PATTERNS
                .iana
                .find_iter(&digits)
                .find_map(|m| super::Zone::from_tzid(m.as_str(), None).map(|(z, _)| z.name().to_string()))
        });

    // The place: a labelled line, else a city named anywhere.
    let place_line = labelled(&lines, "place");
    let city_line = labelled(&lines, "city");
    let country_line = labelled(&lines, "country").and_then(|c| {
        COUNTRY_NAMES
            .get(&fold(&c))
            .copied()
            .or_else(|| super::Country::named(&c).map(|c| c.code()))
    });
    let look_in = [city_line.clone(), place_line.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("\n");
    let (mut city, mut country, _) = place_in(&look_in, country_line);
    let mut several_zones = false;
    if city.is_none() {
        let (c, k, several) = place_in(&digits, country_line);
        city = c;
        country = country.or(k);
        several_zones = several;
    }
    let country = country_line.or(country);
    let city = city.filter(|c| country.is_none_or(|k| k == c.country));

    // Links are read from the text as written (the rest was read with them taken out).
    let with_links = format!("{subject}\n{own}");
    let link_lines: Vec<&str> = with_links.lines().map(str::trim).collect();
    let online_url = labelled(&link_lines, "link")
        .and_then(|l| PATTERNS.url.find(&l).map(|m| m.as_str().to_string()))
        .or_else(|| {
            PATTERNS
                .url
                .find_iter(&with_links)
                .map(|m| m.as_str().trim_end_matches(['.', ',', ';']).to_string())
                .find(|u| {
                    [
                        "zoom.us",
                        "meet.google",
                        "teams.microsoft",
                        "teams.live",
                        "jit.si",
                        "jitsi",
                        "webex",
                        "whereby",
                        "bigbluebutton",
                        "meet.",
                        "youtube.com/live",
                        "youtu.be",
                        "facebook.com",
                        "twitch.tv",
                        "crowdcast",
                        "streamyard",
                    ]
                    .iter()
                    .any(|h| u.contains(h))
                })
        });

    let zone = explicit_zone.or_else(|| {
        if several_zones {
            return None;
        }
        city.map(|c| c.zone.to_string()).or_else(|| {
            let zones = super::zone::zones_of(country?);
            (zones.len() == 1).then(|| zones[0].clone())
        })
    });

    match (date, time) {
        (Some((d, _, sure)), Some((start, end))) => {
            // A day already past is a mistake or an old message: a person asks.
            if !sure || d < today {
                missing.push(Missing::Date);
            }
            form.start = Some(format!("{}T{}", d, start.strftime("%H:%M")));
            if let Some(end) = end {
                let end_day = if end > start { d } else { d.tomorrow().unwrap_or(d) };
                form.end = Some(format!("{}T{}", end_day, end.strftime("%H:%M")));
            }
        }
        (Some((d, _, sure)), None) => {
            if !sure {
                missing.push(Missing::Date);
            }
            form.start = Some(d.to_string());
            missing.push(Missing::Time);
        }
        (None, _) => missing.push(Missing::Date),
    }
    match &zone {
        Some(z) => form.timezone = Some(z.clone()),
        None => missing.push(Missing::Zone),
    }
    if PATTERNS.cancelled.is_match(&folded_all) {
        missing.push(Missing::Status);
    }
    if from_quote_with_own_time {
        missing.push(Missing::Time);
    }
    // "Every Friday": a series, whose rule is not read here.
    if PATTERNS.repeats.is_match(&folded_all) {
        missing.push(Missing::Date);
    }
    form.country = country.map(str::to_string);
    form.city = city.map(|c| c.name.to_string()).or(city_line);
    form.venue = place_line;
    form.online_url = online_url;
    if form.venue.is_none() && form.city.is_none() && form.online_url.is_some() && form.country.is_none() {
        // Online only: no place to show.
        form.country = None;
    }
    // Published once approved: addresses and phone numbers left in the text are not.
    let described = PATTERNS
        .phone
        .replace_all(&PATTERNS.email.replace_all(&own, "[…]"), "[…]")
        .into_owned();
    form.description = (!described.is_empty()).then(|| described.chars().take(super::text::DESCRIPTION_MAX).collect());
    if ["en", "es", "fr", "ar", "fa"].contains(&language) {
        form.languages = vec![language.to_string()];
    }
    missing.dedup();
    Reading {
        form,
        language,
        missing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        jiff::civil::date(2026, 12, 1)
    }

    #[test]
    fn a_spanish_message_with_a_city_gives_date_time_and_zone() {
        let r = read(
            "Marcha por Palestina",
            "Hola, el jueves 18 de marzo a las 19:00 hacemos una marcha en Plaza Italia, Santiago de Chile.\nSaludos",
            today(),
        );
        assert_eq!(r.form.title.as_deref(), Some("Marcha por Palestina"));
        assert_eq!(r.form.start.as_deref(), Some("2027-03-18T19:00"));
        assert_eq!(r.form.timezone.as_deref(), Some("America/Santiago"));
        assert_eq!(r.form.country.as_deref(), Some("CL"));
        assert_eq!(r.language, "es");
        assert!(r.missing.is_empty(), "{:?}", r.missing);
    }

    #[test]
    fn a_time_in_a_city_takes_the_city_zone() {
        let r = read("Vigil", "Vigil on 5 April 2027, 19:00 in Caracas.", today());
        assert_eq!(r.form.start.as_deref(), Some("2027-04-05T19:00"));
        assert_eq!(r.form.timezone.as_deref(), Some("America/Caracas"));
    }

    #[test]
    fn arabic_with_arabic_digits_and_evening() {
        let r = read(
            "وقفة تضامنية",
            "ندعوكم إلى وقفة تضامنية يوم ٢٠ مارس ٢٠٢٧ الساعة ٦ مساءً في عمّان أمام السفارة",
            today(),
        );
        assert_eq!(r.form.start.as_deref(), Some("2027-03-20T18:00"));
        assert_eq!(r.form.timezone.as_deref(), Some("Asia/Amman"));
        assert_eq!(r.language, "ar");
    }

    #[test]
    fn french_labels_and_a_range() {
        let r = read(
            "Rassemblement",
            "Date : samedi 3 avril 2027\nHeure : 14h30 - 17h\nLieu : Place de la République, Paris",
            today(),
        );
        assert_eq!(r.form.start.as_deref(), Some("2027-04-03T14:30"));
        assert_eq!(r.form.end.as_deref(), Some("2027-04-03T17:00"));
        assert_eq!(r.form.timezone.as_deref(), Some("Europe/Paris"));
        assert_eq!(r.form.venue.as_deref(), Some("Place de la République, Paris"));
        assert_eq!(r.language, "fr");
    }

    #[test]
    fn an_online_meeting_takes_the_zone_written_after_its_time() {
        let r = read(
            "Public event",
            "Join us on Sunday, 29 November 2026 at 10 am Pacific, 1 pm Eastern. Zoom: https://us02web.zoom.us/j/869",
            jiff::civil::date(2026, 11, 1),
        );
        assert_eq!(r.form.start.as_deref(), Some("2026-11-29T10:00"));
        assert_eq!(r.form.timezone.as_deref(), Some("America/Los_Angeles"));
        assert_eq!(r.form.online_url.as_deref(), Some("https://us02web.zoom.us/j/869"));
    }

    #[test]
    fn what_is_not_written_is_missing_never_guessed() {
        let r = read("Meeting", "We meet on 3/4 at 7 pm, link to follow.", today());
        assert!(r.missing.contains(&Missing::Date), "3/4 is two dates in English");
        assert!(r.missing.contains(&Missing::Zone));
        let r = read("Protest", "Come to the protest!", today());
        assert!(r.missing.contains(&Missing::Date));
        let r = read("Protest", "Protest on 12 June 2027 in Berlin.", today());
        assert_eq!(r.missing, vec![Missing::Time]);
    }

    #[test]
    fn what_a_person_would_ask_about_is_left_unsure() {
        let unsure = |subject: &str, body: &str| read(subject, body, today()).missing;
        assert!(
            unsure("Rassemblement", "Samedi 20 ou le samedi 27 février, 15h, à Toulouse.").contains(&Missing::Date)
        );
        assert!(
            unsure(
                "Concentração",
                "Na sexta-feira, 20 de fevereiro de 2027, às 18h00, em Lisboa."
            )
            .contains(&Missing::Date),
            "20 February 2027 is a Saturday"
        );
        assert!(
            unsure("Vigil", "The vigil on 9 January 2027 at 17:00 in Oslo is cancelled.").contains(&Missing::Status)
        );
        assert!(
            unsure(
                "Rally",
                "Rally on 28 February 2027, 11am in Sydney; that is 10am in Brisbane."
            )
            .contains(&Missing::Zone),
            "two cities in two zones, no zone written"
        );
        assert!(
            unsure("Protest", "Protest on 12 June 2025 at 18:00 in Berlin.").contains(&Missing::Date),
            "past"
        );
    }

    #[test]
    fn a_hostile_review_s_readings_are_right_or_unsure() {
        let r = |body: &str| read("Vigil", body, today());
        let start = |body: &str| r(body).form.start;
        let sure = |body: &str| r(body).missing.is_empty();
        assert_eq!(
            start("Vigil on 5 April 2027, 19.00h in Caracas."),
            Some("2027-04-05T19:00".into())
        );
        assert_eq!(
            start("Vigil on 5 April 2027, 2-3 pm in Caracas."),
            Some("2027-04-05T14:00".into())
        );
        assert_eq!(
            r("Vigil on 5 April 2027, 2-3 pm in Caracas.").form.end,
            Some("2027-04-05T15:00".into())
        );
        assert_eq!(
            start("Vigil on 5 April 2027, 7-9pm in Caracas."),
            Some("2027-04-05T19:00".into())
        );
        assert_eq!(
            start("Vigil on 5 April 2027, from 11 to 1 pm in Caracas."),
            Some("2027-04-05T11:00".into())
        );
        assert_eq!(
            start("Vigil on 5 April 2027 at 18:00 in Caracas. Call 19.30.45.67"),
            Some("2027-04-05T18:00".into())
        );
        assert!(
            !sure("Protest camp 18-20 March 2027 in Caracas, 10:00."),
            "a date range"
        );
        assert!(
            !sure("Yesterday, 30 November, we held our vigil at 18:00 in Paris."),
            "just past"
        );
        assert!(
            !sure("Weekly vigil every Friday from 9 April 2027 at 19:00 in Caracas."),
            "a series"
        );
        assert!(
            !sure("Vigil on 5 April 2027 at 19:00 UTC+5:30 online."),
            "an offset with minutes"
        );
        assert!(!sure(
            "We have to cancel, sorry.\n\nOn Mon, 1 Dec 2026, Dana wrote:\n> Vigil on 5 April 2027 at 19:00 in Caracas."
        ));
        assert!(!sure(
            "Correction: it now starts at 18:00.\n\nOn Mon, 1 Dec 2026, Dana wrote:\n> Vigil on 5 April 2027 at 19:00 in Caracas."
        ));
        assert_eq!(
            r("Rassemblement le 5 avril 2027 à 14h et nous marcherons à Lyon.")
                .form
                .timezone,
            Some("Europe/Paris".into())
        );
        assert_ne!(
            r("Rally 5 April 2027, 6 pm Central Park entrance, New York.")
                .form
                .timezone,
            Some("America/Chicago".into())
        );
        assert_eq!(
            r("Vigil 5 April 2027 at 19:00 CET online.").form.timezone,
            Some("Etc/GMT-1".into())
        );
        assert_ne!(
            r("Rally for the people in Lebanon, 5 April 2027, 18:00, Trafalgar Square.")
                .form
                .country,
            Some("US".into())
        );
        assert_ne!(
            r("Vigil 5 April 2027 at 19:00 in Caracas. https://time.example/Europe/London")
                .form
                .timezone,
            Some("Europe/London".into())
        );
        let d = r("Vigil on 5 April 2027 at 19:00 in Caracas.\nDana\nPhone +58 212 555 0199\ndana.private@gmail.com")
            .form
            .description
            .unwrap();
        assert!(!d.contains("555") && !d.contains("dana.private"), "{d}");
        let english = r("Vigil 3/4, 7 pm, Chicago.");
        assert_eq!(english.language, "en");
        assert!(english.missing.contains(&Missing::Date));
    }

    #[test]
    fn noon_dotted_evening_times_and_signatures() {
        let r = read(
            "Rally",
            "Saturday, January 16, 2027, starting at noon, Oakland.",
            today(),
        );
        assert_eq!(r.form.start.as_deref(), Some("2027-01-16T12:00"));
        let r = read(
            "Vigil",
            "Vigil on Thursday March 18, 2027 at 6.30pm in Toronto, at City Hall.\n\nWith thanks,\n\nOmar\n1207 11 Ave SW, Calgary, AB",
            today(),
        );
        assert_eq!(r.form.start.as_deref(), Some("2027-03-18T18:30"));
        assert_eq!(
            r.form.timezone.as_deref(),
            Some("America/Toronto"),
            "the signature's city is not read"
        );
        assert!(
            !r.form.description.unwrap_or_default().contains("Calgary"),
            "nor published"
        );
    }

    #[test]
    fn quoted_text_and_signatures_are_not_read() {
        let r = read(
            "Re: Vigil",
            "Vigil 2 May 2027 at 18:00 in Lisbon.\n\nOn Mon, 1 Dec 2026, someone wrote:\n> Meeting 9 May 2027 at 10:00 in Tokyo",
            today(),
        );
        assert_eq!(r.form.start.as_deref(), Some("2027-05-02T18:00"));
        assert_eq!(r.form.timezone.as_deref(), Some("Europe/Lisbon"));
        assert_eq!(r.form.title.as_deref(), Some("Vigil"));
    }
}
