//! HTML pages, from maud templates that escape every value by default.

pub mod event;
