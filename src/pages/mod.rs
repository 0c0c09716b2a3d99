//! HTML pages, from maud templates that escape every value by default.

pub mod admin;
pub mod event;
pub mod layout;
pub mod submit;
