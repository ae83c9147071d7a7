//! Reading numbers as people type them, and writing money, rates and multiples as people read
//! them, in the reader's locale and currency. The model works in US dollars; money is converted
//! here and only here ([`to_local`], [`from_local`]), on its way to and from the reader.
//!
//! The locale and currency, plain numbers, months, money, axis ticks, the links' number grammar
//! and what readers type are modules of their own; everything public is re-exported here, so
//! `view::format::money` and the rest keep their paths.

mod dates;
mod link;
mod locale;
mod money;
mod numbers;
mod ticks;
mod typed;

pub use dates::{build_month, month, months};
pub use link::{exact, link_number};
pub use locale::{isolate, locale, set_locale, Currency, Locale, CURRENCIES, RATES_AS_OF, RATES_NOTE};
pub use money::{amount, from_local, from_local_rounded, is_money, local_money, local_param, money, price, quantity, to_local, unit};
pub use numbers::{cover, decimals_for, multiple, number, trimmed};
pub use ticks::{tick, Ticks};
pub use typed::{echo, foreign_marks, parse_typed, typed_note, typed_places, Unread};

#[cfg(test)]
pub(crate) mod tests;
