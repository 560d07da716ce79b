//! Stretches of the input that the analysis points at: the mentions of a speaker or a place,
//! and the cue of a quotation.

use crate::span::Span;

/// One mention of a speaker or a place in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mention<'a> {
    span: Span,
    text: &'a str,
}

/// The words that introduce a quotation (`کا کہنا تھا کہ`, `کے مطابق`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Cue<'a> {
    span: Span,
    text: &'a str,
}

/// What both kinds of stretch offer: a constructor from the input and a span, and
/// accessors.
macro_rules! stretch {
    ($ty:ident) => {
        impl<'a> $ty<'a> {
            /// The stretch `span` of `input` (empty if the span is not on `char` boundaries).
            pub(crate) fn new(input: &'a str, span: Span) -> $ty<'a> {
                $ty {
                    span,
                    text: input.get(span.range()).unwrap_or(""),
                }
            }

            /// Byte span in the original input.
            #[must_use]
            pub fn span(&self) -> Span {
                self.span
            }

            /// The text as written: `&input[self.span()]`.
            #[must_use]
            pub fn text(&self) -> &'a str {
                self.text
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty<'_> {
            /// `{"start", "end", "text"}`, as in the analyze contract.
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeStruct;
                let mut s = serializer.serialize_struct(stringify!($ty), 3)?;
                s.serialize_field("start", &self.span.start)?;
                s.serialize_field("end", &self.span.end)?;
                s.serialize_field("text", self.text)?;
                s.end()
            }
        }
    };
}

stretch!(Mention);
stretch!(Cue);
