//! Any query string on every kind of feed path: a filter or a clear refusal, never a panic;
//! the parsed filter describes itself without panicking either.
#![no_main]

use actioncal::domain::filter::Scope;
use actioncal::domain::{Country, FeedFilter, FeedQuery, Region};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // As actix-web's Query extractor reads it.
    let Ok(query) = serde_urlencoded::from_bytes::<FeedQuery>(data) else {
        return;
    };
    let scopes = [
        Scope::All,
        Scope::Region(Region::try_from("western-asia").expect("region")),
        Scope::Country(Country::try_from("PS").expect("country")),
    ];
    for scope in scopes {
        if let Ok(filter) = FeedFilter::parse(scope, &query) {
            let _ = actioncal::http::feeds::describe("Actions", &filter);
        }
    }
});
