//! Lists the interface languages: one per `src/i18n/locales/{code}.ftl`, English first, so that
//! adding a language is adding its file (the unit tests then hold it to English's messages).
//! Writes `$OUT_DIR/languages.rs`, included by `src/i18n/mod.rs`. Reads nothing else.

use std::path::Path;

fn main() {
    let dir = Path::new("src/i18n/locales");
    println!("cargo:rerun-if-changed=src/i18n/locales");
    let mut codes: Vec<String> = std::fs::read_dir(dir)
        .expect("src/i18n/locales is readable")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            (path.extension()? == "ftl").then_some(())?;
            Some(path.file_stem()?.to_str()?.to_string())
        })
        .filter(|code| code != "en")
        .collect();
    codes.sort();
    codes.insert(0, "en".to_string());
    let mut out = format!(
        "/// Every interface language, English first: one per `src/i18n/locales/*.ftl` (build.rs).\nconst LANGUAGES: [Language; {}] = [\n",
        codes.len()
    );
    for code in &codes {
        // English is CLDR's World English (`en-001`): day-month-year dates for a worldwide
        // readership; every other language is its own CLDR locale.
        let cldr = if code == "en" { "en-001" } else { code };
        out.push_str(&format!(
            "    Language {{ code: {code:?}, cldr: {cldr:?}, messages: include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/src/i18n/locales/{code}.ftl\")) }},\n"
        ));
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("languages.rs");
    std::fs::write(target, out).expect("OUT_DIR is writable");
}
