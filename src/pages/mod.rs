//! HTML pages, from maud templates that escape every value by default.

pub mod admin;
pub mod calendar;
pub mod error;
pub mod event;
pub mod layout;
pub mod submit;
pub mod subscribe;
pub mod widget;
