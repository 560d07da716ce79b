//! The names of the crate's kind enums: one macro gives each enum `as_str`, `Display`,
//! `FromStr` and (with the `serde` feature) `Serialize`, all from one table, so that the
//! names in data files, JSON and user input are the same everywhere.

/// `names! { Type, "what it is", Variant = "name", ... }`.
macro_rules! names {
    ($ty:ident, $what:literal, $($variant:ident = $name:literal),+ $(,)?) => {
        impl $ty {
            /// Every value, in declaration order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The lowercase name used in data files and JSON.
            #[must_use]
            pub fn as_str(&self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }
        }

        impl ::core::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::str::FromStr for $ty {
            type Err = $crate::Error;

            /// The value named by [`as_str`](Self::as_str).
            fn from_str(name: &str) -> Result<$ty, $crate::Error> {
                match name {
                    $($name => Ok($ty::$variant),)+
                    _ => Err($crate::Error::unknown_name(name, concat!("not a ", $what))),
                }
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

pub(crate) use names;
