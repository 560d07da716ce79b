//! The tables across documents: one row per speaker (spellings merged by the library's
//! speaker key) and one per place, totalled in input order and written at the end.

use std::collections::HashMap;
use std::io::Write;

use crate::process::{PlaceRow, SpeakerRow};

/// One speaker across documents.
struct SpeakerTotal {
    /// Canonical names seen, with the number of documents each was the name in.
    names: Vec<(String, usize)>,
    kinds: Vec<(&'static str, usize)>,
    titles: Vec<String>,
    documents: usize,
    quotations: usize,
    mentions: usize,
}

/// Adds one to the count of `value`, keeping first-seen order.
fn tally<T: PartialEq>(counts: &mut Vec<(T, usize)>, value: T) {
    match counts.iter_mut().find(|(v, _)| *v == value) {
        Some((_, n)) => *n += 1,
        None => counts.push((value, 1)),
    }
}

/// The most frequent value, the first seen among equals.
fn most<T>(counts: &[(T, usize)]) -> Option<&T> {
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.iter().find(|(_, n)| *n == best).map(|(v, _)| v)
}

/// The speakers of a corpus, by key, in order of first appearance.
#[derive(Default)]
pub struct Speakers {
    keys: HashMap<String, usize>,
    totals: Vec<(String, SpeakerTotal)>,
}

impl Speakers {
    /// Adds the speakers of one document.
    pub fn add(&mut self, rows: Vec<SpeakerRow>) {
        for row in rows {
            // A name without letters has an empty key: it stands for itself.
            let key = if row.key.is_empty() {
                row.name.clone()
            } else {
                row.key
            };
            let i = *self.keys.entry(key.clone()).or_insert_with(|| {
                self.totals.push((
                    key,
                    SpeakerTotal {
                        names: Vec::new(),
                        kinds: Vec::new(),
                        titles: Vec::new(),
                        documents: 0,
                        quotations: 0,
                        mentions: 0,
                    },
                ));
                self.totals.len() - 1
            });
            let Some((_, t)) = self.totals.get_mut(i) else {
                continue;
            };
            tally(&mut t.names, row.name);
            tally(&mut t.kinds, row.kind);
            if let Some(title) = row.title {
                if !t.titles.contains(&title) {
                    t.titles.push(title);
                }
            }
            t.documents += 1;
            t.quotations += row.quotations;
            t.mentions += row.mentions;
        }
    }

    /// Writes the rows (no header), most quoted first, then most mentioned, then first seen.
    pub fn write(&self, out: impl Write) -> csv::Result<()> {
        let mut order: Vec<&(String, SpeakerTotal)> = self.totals.iter().collect();
        order.sort_by_key(|(_, t)| {
            (
                std::cmp::Reverse(t.quotations),
                std::cmp::Reverse(t.mentions),
            )
        });
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(out);
        for (key, t) in order {
            let spellings: Vec<&str> = t.names.iter().map(|(n, _)| n.as_str()).collect();
            w.write_record([
                key.as_str(),
                most(&t.names).map_or("", String::as_str),
                &spellings.join(" | "),
                most(&t.kinds).copied().unwrap_or(""),
                &t.titles.join(" | "),
                &t.documents.to_string(),
                &t.quotations.to_string(),
                &t.mentions.to_string(),
            ])?;
        }
        w.flush()?;
        Ok(())
    }
}

/// The places of a corpus, by name, kind and country, in order of first appearance.
#[derive(Default)]
pub struct Places {
    keys: HashMap<(String, &'static str, Option<String>), usize>,
    totals: Vec<(PlaceRow, usize)>,
}

impl Places {
    /// Adds the places of one document.
    pub fn add(&mut self, rows: Vec<PlaceRow>) {
        for row in rows {
            let key = (row.name.clone(), row.kind, row.country.clone());
            match self.keys.get(&key) {
                Some(&i) => {
                    if let Some((total, documents)) = self.totals.get_mut(i) {
                        total.mentions += row.mentions;
                        *documents += 1;
                    }
                }
                None => {
                    self.keys.insert(key, self.totals.len());
                    self.totals.push((row, 1));
                }
            }
        }
    }

    /// Writes the rows (no header), in most documents first, then most mentions, then first
    /// seen.
    pub fn write(&self, out: impl Write) -> csv::Result<()> {
        let mut order: Vec<&(PlaceRow, usize)> = self.totals.iter().collect();
        order.sort_by_key(|(p, documents)| {
            (std::cmp::Reverse(*documents), std::cmp::Reverse(p.mentions))
        });
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(out);
        for (p, documents) in order {
            w.write_record([
                p.name.as_str(),
                p.kind,
                p.country.as_deref().unwrap_or(""),
                p.country_name.as_deref().unwrap_or(""),
                &documents.to_string(),
                &p.mentions.to_string(),
            ])?;
        }
        w.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, quotations: usize) -> SpeakerRow {
        SpeakerRow {
            key: urdu::speaker_key(name),
            name: name.to_owned(),
            kind: "person",
            title: None,
            quotations,
            mentions: 1,
        }
    }

    #[test]
    fn spellings_of_one_speaker_make_one_row() {
        let mut s = Speakers::default();
        s.add(vec![row("پوتن", 2), row("عمران خان", 1)]);
        s.add(vec![row("پوتین", 3)]);
        s.add(vec![row("پوتین", 1)]);
        let mut out = Vec::new();
        s.write(&mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2, "{out}");
        // Most quoted first; the spelling of most documents is the name; all are listed.
        assert!(
            lines[0].contains(",پوتین,پوتن | پوتین,person,,3,6,3"),
            "{out}"
        );
        assert!(lines[1].contains(",عمران خان,"), "{out}");
    }
}
