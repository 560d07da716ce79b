//! Extraction: the facts a news reader wants from a text: who said what (quotations and
//! their speakers) and where (locations).

pub mod analysis;
mod keys;
pub mod locations;
mod quotes;
pub mod speakers;
mod speech;

pub(crate) use keys::{key_of, KeyedText};
