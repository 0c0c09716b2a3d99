//! A generator of realistic import files: actions in 60 zones across every country, in many
//! scripts, 5 % recurring, 3 % all-day, about 100 campaigns. Deterministic for a given size.

use serde_json::{Value, json};

/// Zones and a country in each, the places actions of these campaigns happen.
pub const PLACES: [(&str, &str, &str); 60] = [
    ("Asia/Gaza", "PS", "غزة"),
    ("Asia/Hebron", "PS", "رام الله"),
    ("Asia/Beirut", "LB", "بيروت"),
    ("Asia/Amman", "JO", "عمّان"),
    ("Asia/Baghdad", "IQ", "بغداد"),
    ("Asia/Aden", "YE", "صنعاء"),
    ("Asia/Tehran", "IR", "تهران"),
    ("Europe/Istanbul", "TR", "İstanbul"),
    ("Africa/Cairo", "EG", "القاهرة"),
    ("Africa/Casablanca", "MA", "الدار البيضاء"),
    ("Africa/Tunis", "TN", "تونس"),
    ("Africa/Algiers", "DZ", "الجزائر"),
    ("Africa/Johannesburg", "ZA", "Johannesburg"),
    ("Africa/Lagos", "NG", "Lagos"),
    ("Africa/Nairobi", "KE", "Nairobi"),
    ("Africa/Dakar", "SN", "Dakar"),
    ("Europe/London", "GB", "London"),
    ("Europe/Dublin", "IE", "Dublin"),
    ("Europe/Paris", "FR", "Paris"),
    ("Europe/Berlin", "DE", "Berlin"),
    ("Europe/Rome", "IT", "Roma"),
    ("Europe/Madrid", "ES", "Madrid"),
    ("Europe/Brussels", "BE", "Bruxelles"),
    ("Europe/Oslo", "NO", "Oslo"),
    ("Europe/Athens", "GR", "Αθήνα"),
    ("Europe/Kyiv", "UA", "Київ"),
    ("Europe/Chisinau", "MD", "Chișinău"),
    ("America/New_York", "US", "New York"),
    ("America/Chicago", "US", "Chicago"),
    ("America/Los_Angeles", "US", "Los Angeles"),
    ("America/Toronto", "CA", "Toronto"),
    ("America/Vancouver", "CA", "Vancouver"),
    ("America/Edmonton", "CA", "Edmonton"),
    ("America/Winnipeg", "CA", "Winnipeg"),
    ("America/St_Johns", "CA", "St. John's"),
    ("America/Mexico_City", "MX", "Ciudad de México"),
    ("America/Havana", "CU", "La Habana"),
    ("America/Caracas", "VE", "Caracas"),
    ("America/Bogota", "CO", "Bogotá"),
    ("America/Lima", "PE", "Lima"),
    ("America/Santiago", "CL", "Santiago"),
    ("America/Sao_Paulo", "BR", "São Paulo"),
    ("America/Argentina/Buenos_Aires", "AR", "Buenos Aires"),
    ("America/La_Paz", "BO", "La Paz"),
    ("Asia/Kolkata", "IN", "दिल्ली"),
    ("Asia/Karachi", "PK", "کراچی"),
    ("Asia/Dhaka", "BD", "ঢাকা"),
    ("Asia/Kathmandu", "NP", "काठमाडौं"),
    ("Asia/Jakarta", "ID", "Jakarta"),
    ("Asia/Kuala_Lumpur", "MY", "Kuala Lumpur"),
    ("Asia/Manila", "PH", "Manila"),
    ("Asia/Tokyo", "JP", "東京"),
    ("Asia/Seoul", "KR", "서울"),
    ("Asia/Shanghai", "CN", "上海"),
    ("Australia/Sydney", "AU", "Sydney"),
    ("Australia/Adelaide", "AU", "Adelaide"),
    ("Australia/Lord_Howe", "AU", "Lord Howe"),
    ("Pacific/Auckland", "NZ", "Auckland"),
    ("Pacific/Chatham", "NZ", "Waitangi"),
    ("Pacific/Kiritimati", "KI", "Tabwakea"),
];

const TITLES: [&str; 8] = [
    "Vigil for the prisoners",
    "وقفة تضامنية مع الأسرى",
    "Marcha por Palestina",
    "Rassemblement pour Gaza",
    "パレスチナ連帯デモ",
    "Flag raising, All for Palestine",
    "Kundgebung: Freiheit für Palästina",
    "Μεγάλη πορεία για την Παλαιστίνη",
];

const TAGS: [&str; 4] = ["march", "vigil", "rally", "flag-raising"];
const LANGUAGES: [&str; 5] = ["ar", "en", "es", "fr", "ja"];

/// A tiny deterministic generator (xorshift), so every run builds the same store.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// An import file with `n` actions starting from 2027 and about 100 campaigns.
pub fn import_file(n: usize) -> Value {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let countries: Vec<&'static str> = actioncal::domain::Country::all().map(|c| c.code()).collect();
    let campaigns: Vec<Value> = (0..100)
        .map(|i| json!({"slug": format!("campaign-{i}"), "name": format!("Campaign {i}: All for Palestine"), "hashtag": format!("#AllForPalestine{i}")}))
        .collect();
    let events: Vec<Value> = (0..n)
        .map(|i| {
            let (zone, mut country, city) = PLACES[i % PLACES.len()];
            // Every country appears: one action in ten sits in another country of the table.
            if i % 10 == 9 {
                country = countries[(i / 10) % countries.len()];
            }
            let month = 1 + rng.below(12);
            let day = 1 + rng.below(28);
            let hour = 8 + rng.below(12);
            let mut e = json!({
                "uid": format!("gen-{i}@bench"),
                "title": format!("{} #{i}", TITLES[i % TITLES.len()]),
                "description": format!("{}\nBring flags, banners and friends; all welcome.\nمرحباً بالجميع", TITLES[(i + 3) % TITLES.len()]),
                "timezone": zone, "country": country, "city": city, "venue": "Central square",
                "latitude": (rng.below(17_000) as f64 / 100.0) - 85.0, "longitude": (rng.below(36_000) as f64 / 100.0) - 180.0,
                "campaigns": [format!("campaign-{}", i % 100)],
                "tags": [TAGS[i % TAGS.len()]],
                "languages": [LANGUAGES[i % LANGUAGES.len()]],
                "organiser_email": format!("organiser{i}@example.org"),
            });
            if i % 33 == 0 {
                e["all_day"] = json!(true);
                e["start"] = json!(format!("2027-{month:02}-{day:02}"));
            } else {
                e["start"] = json!(format!("2027-{month:02}-{day:02}T{hour:02}:00"));
                e["end"] = json!(format!("2027-{month:02}-{day:02}T{:02}:30", hour + 2));
                if i % 20 == 0 {
                    e["recurrence"] = json!("FREQ=WEEKLY;COUNT=8");
                }
            }
            e
        })
        .collect();
    json!({"campaigns": campaigns, "events": events})
}
