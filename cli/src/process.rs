//! What a worker does with one document: decode it (UTF-8, or a JSON line), run the
//! library, and write the document's output into a buffer, which the main thread then
//! writes in input order.

use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::Serialize;

use crate::chars::CharIndex;
use crate::input::{Body, Item, Label};
use crate::json::{Origin, Writer};
use crate::report::{self, Page};

/// Output formats, as the workers see them (the subcommand's default already chosen).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// JSON: an object per document (the main thread makes a list of them).
    Json,
    /// CSV rows without the header (the main thread writes it once).
    Csv,
}

/// The CSV tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    /// A row per quotation.
    Quotes,
    /// A row per speaker and document.
    Speakers,
    /// A row per place and document.
    Locations,
    /// A row per token.
    Tokens,
    /// A row per sentence.
    Sentences,
}

impl Table {
    /// The header row.
    pub fn header(self, by_document: bool) -> &'static [&'static str] {
        match (self, by_document) {
            (Table::Quotes, _) => &[
                "document",
                "start",
                "end",
                "char_start",
                "char_end",
                "kind",
                "speaker",
                "speaker_title",
                "speaker_kind",
                "speaker_key",
                "cue",
                "text",
            ],
            (Table::Speakers, true) => &[
                "document",
                "key",
                "name",
                "kind",
                "title",
                "quotations",
                "mentions",
            ],
            (Table::Speakers, false) => &[
                "key",
                "name",
                "spellings",
                "kind",
                "titles",
                "documents",
                "quotations",
                "mentions",
            ],
            (Table::Locations, true) => &[
                "document",
                "name",
                "kind",
                "country",
                "country_name",
                "mentions",
            ],
            (Table::Locations, false) => &[
                "name",
                "kind",
                "country",
                "country_name",
                "documents",
                "mentions",
            ],
            (Table::Tokens, _) => &[
                "document",
                "start",
                "end",
                "char_start",
                "char_end",
                "kind",
                "text",
                "normalized",
                "from_join",
            ],
            (Table::Sentences, _) => {
                &["document", "start", "end", "char_start", "char_end", "text"]
            }
        }
    }
}

/// The subcommand, with its output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Task {
    /// `normalize`.
    Normalize(Format),
    /// `tokenize`.
    Tokenize(Format),
    /// `sentences`.
    Sentences(Format),
    /// `analyze`; with CSV, which table, and whether speakers and places are listed per
    /// document (else the worker hands them to the main thread, which totals them).
    Analyze(Format, Table, bool),
    /// `report`: a page per article; whether the page links back to an index.
    Report(bool),
}

/// Everything a worker needs, shared by all of them.
pub struct Job {
    /// What to do.
    pub task: Task,
    /// The analyzer (its tokenizer and normalizer serve the other subcommands).
    pub analyzer: urdu::Analyzer,
    /// Decode invalid UTF-8 with replacement characters.
    pub lossy: bool,
    /// The text field of JSON lines.
    pub text_field: String,
    /// The id field of JSON lines.
    pub id_field: String,
    /// Whether the input is one document (its text output then gets no separator).
    pub single: bool,
    /// Whether `analyze`'s JSON leaves the tokens out.
    pub no_tokens: bool,
}

/// A document done: its output, and what the main thread totals or lists.
pub struct Done {
    /// The document's output, complete.
    pub bytes: Vec<u8>,
    /// For totals across documents, or the index of pages.
    pub summary: Summary,
}

/// What the main thread keeps of a document besides its output.
pub enum Summary {
    /// Nothing.
    None,
    /// Its speakers, for the table of speakers across documents.
    Speakers(Vec<SpeakerRow>),
    /// Its places, for the table of places across documents.
    Places(Vec<PlaceRow>),
    /// Its page's entry in the index.
    Page(Page),
}

/// One speaker of one document.
#[derive(Clone, Debug, Serialize)]
pub struct SpeakerRow {
    /// The library's speaker key of the name.
    pub key: String,
    /// The canonical name.
    pub name: String,
    /// Person, organization or unknown.
    pub kind: &'static str,
    /// The title, if given.
    pub title: Option<String>,
    /// How many quotations are attributed to the speaker.
    pub quotations: usize,
    /// How many times the speaker is mentioned.
    pub mentions: usize,
}

/// One place of one document.
#[derive(Clone, Debug, Serialize)]
pub struct PlaceRow {
    /// The gazetteer's canonical name.
    pub name: String,
    /// Country, city, ...
    pub kind: &'static str,
    /// ISO 3166-1 alpha-2 code of its country.
    pub country: Option<String>,
    /// The country's canonical Urdu name.
    pub country_name: Option<String>,
    /// How many times the place is mentioned.
    pub mentions: usize,
}

/// A decoded document.
pub struct Doc {
    /// Where it came from.
    pub label: Label,
    /// Its id field (JSON Lines).
    pub id: Option<serde_json::Value>,
    /// Its text.
    pub text: String,
}

impl Doc {
    /// How the document is named in tables: its id, else its path (and line).
    pub fn name(&self) -> String {
        match &self.id {
            Some(serde_json::Value::String(id)) => id.clone(),
            Some(id) => id.to_string(),
            None => self.label.to_string(),
        }
    }

    fn origin(&self) -> Origin<'_> {
        Origin {
            label: &self.label,
            id: self.id.as_ref(),
        }
    }
}

/// Processes one document: its output, or a one-line reason it has none.
pub fn process(job: &Job, item: Item) -> Result<Done, String> {
    let doc = decode(job, item)?;
    let mut out = Vec::new();
    let summary = write(job, &doc, &mut out).map_err(|e| format!("cannot write: {e}"))?;
    Ok(Done {
        bytes: out,
        summary,
    })
}

/// The text (and id) of a document as read.
fn decode(job: &Job, item: Item) -> Result<Doc, String> {
    let label = item.label;
    match item.body {
        Body::Error(reason) => Err(reason),
        Body::Text(bytes) => {
            let text = utf8(bytes, job.lossy, "")?;
            Ok(Doc {
                label,
                id: None,
                text,
            })
        }
        Body::JsonLine(bytes) => {
            let line = utf8(bytes, job.lossy, " of the line")?;
            let (text, id) = json_fields(&line, &job.text_field, &job.id_field)?;
            Ok(Doc { label, id, text })
        }
    }
}

/// `bytes` as a string: checked, or decoded with replacement characters.
fn utf8(bytes: Vec<u8>, lossy: bool, of: &str) -> Result<String, String> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(format!(
            "not UTF-8: invalid byte sequence at byte {}{of} (--lossy replaces it)",
            e.utf8_error().valid_up_to()
        )),
    }
}

/// The text and id fields of a JSON line; every other field is skipped unread.
fn json_fields(
    line: &str,
    text_field: &str,
    id_field: &str,
) -> Result<(String, Option<serde_json::Value>), String> {
    let mut de = serde_json::Deserializer::from_str(line);
    let fields = Fields {
        text: text_field,
        id: id_field,
    }
    .deserialize(&mut de)
    .and_then(|fields| de.end().map(|()| fields))
    .map_err(|e| format!("not a JSON object: {e}"))?;
    let text = match fields.0 {
        Some(serde_json::Value::String(text)) => text,
        Some(other) => {
            return Err(format!(
                "field {text_field:?} is not a string but {}",
                json_type(&other)
            ))
        }
        None => return Err(format!("no field {text_field:?} (see --text-field)")),
    };
    let id = fields.1.filter(|id| !id.is_null());
    Ok((text, id))
}

fn json_type(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// Reads the two named fields of a JSON object.
struct Fields<'f> {
    text: &'f str,
    id: &'f str,
}

type FieldValues = (Option<serde_json::Value>, Option<serde_json::Value>);

impl<'de> DeserializeSeed<'de> for Fields<'_> {
    type Value = FieldValues;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<FieldValues, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Fields<'_> {
    type Value = FieldValues;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FieldValues, A::Error> {
        let (mut text, mut id) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            if key == self.text {
                text = Some(map.next_value()?);
            } else if key == self.id {
                id = Some(map.next_value()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok((text, id))
    }
}

/// Writes the document's output for the task into `out`.
fn write(job: &Job, doc: &Doc, out: &mut Vec<u8>) -> std::io::Result<Summary> {
    let tokenizer = job.analyzer.tokenizer();
    let text = doc.text.as_str();
    match job.task {
        Task::Normalize(format) => {
            let normalized = tokenizer.normalizer().normalize(text);
            let changed = !normalized.is_borrowed();
            let text = normalized.as_str();
            match format {
                Format::Text => {
                    out.extend_from_slice(text.as_bytes());
                    if !job.single && !text.ends_with('\n') {
                        out.push(b'\n');
                    }
                }
                Format::Json | Format::Csv => {
                    Writer::new(out, &doc.text).normalized(doc.origin(), text, changed);
                }
            }
        }
        Task::Tokenize(format) => {
            let tokens = tokenizer.tokenize(text);
            match format {
                Format::Text => {
                    for token in &tokens {
                        out.extend_from_slice(token.text().as_bytes());
                        out.push(b'\n');
                    }
                    if !job.single {
                        out.push(b'\n');
                    }
                }
                Format::Json => Writer::new(out, text).tokenized(doc.origin(), &tokens),
                Format::Csv => token_rows(doc, &tokens, out)?,
            }
        }
        Task::Sentences(format) => {
            let sentences = tokenizer.sentences(text);
            match format {
                Format::Text => {
                    for sentence in &sentences {
                        // A sentence ends at a line break; one inside would split its line.
                        let line = sentence.text().replace(['\r', '\n'], " ");
                        out.extend_from_slice(line.as_bytes());
                        out.push(b'\n');
                    }
                    if !job.single {
                        out.push(b'\n');
                    }
                }
                Format::Json => Writer::new(out, text).split(doc.origin(), &sentences),
                Format::Csv => sentence_rows(doc, &sentences, out)?,
            }
        }
        Task::Analyze(format, table, by_document) => {
            let analysis = job.analyzer.analyze(text);
            match (format, table) {
                (Format::Csv, Table::Quotes) => quote_rows(doc, &analysis, out)?,
                (Format::Csv, Table::Tokens) => token_rows(doc, analysis.tokens(), out)?,
                (Format::Csv, Table::Sentences) => sentence_rows(doc, analysis.sentences(), out)?,
                (Format::Csv, Table::Speakers) => {
                    let rows = speaker_rows(&analysis);
                    if !by_document {
                        return Ok(Summary::Speakers(rows));
                    }
                    let mut w = csv_writer(out);
                    let name = doc.name();
                    for r in &rows {
                        w.write_record([
                            name.as_str(),
                            &r.key,
                            &r.name,
                            r.kind,
                            r.title.as_deref().unwrap_or(""),
                            &r.quotations.to_string(),
                            &r.mentions.to_string(),
                        ])
                        .io()?;
                    }
                    w.flush()?;
                }
                (Format::Csv, Table::Locations) => {
                    let rows = place_rows(&job.analyzer, &analysis);
                    if !by_document {
                        return Ok(Summary::Places(rows));
                    }
                    let mut w = csv_writer(out);
                    let name = doc.name();
                    for r in &rows {
                        w.write_record([
                            name.as_str(),
                            &r.name,
                            r.kind,
                            r.country.as_deref().unwrap_or(""),
                            r.country_name.as_deref().unwrap_or(""),
                            &r.mentions.to_string(),
                        ])
                        .io()?;
                    }
                    w.flush()?;
                }
                _ => Writer::new(out, text).analysis(doc.origin(), &analysis, !job.no_tokens),
            }
        }
        Task::Report(index_link) => {
            let analysis = job.analyzer.analyze(text);
            let page = Page::new(doc, &analysis);
            let html = report::page(&job.analyzer, doc, &analysis, index_link);
            out.extend_from_slice(html.as_bytes());
            return Ok(Summary::Page(page));
        }
    }
    Ok(Summary::None)
}

fn csv_writer(out: &mut Vec<u8>) -> csv::Writer<&mut Vec<u8>> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(out)
}

fn csv_error(e: csv::Error) -> std::io::Error {
    std::io::Error::other(e.to_string())
}

trait CsvResult<T> {
    fn io(self) -> std::io::Result<T>;
}

impl<T> CsvResult<T> for Result<T, csv::Error> {
    fn io(self) -> std::io::Result<T> {
        self.map_err(csv_error)
    }
}

/// Writes a row per quotation.
fn quote_rows(doc: &Doc, a: &urdu::Analysis<'_>, out: &mut Vec<u8>) -> std::io::Result<()> {
    #[derive(Serialize)]
    struct Row<'a> {
        document: &'a str,
        start: usize,
        end: usize,
        char_start: usize,
        char_end: usize,
        kind: &'static str,
        speaker: Option<&'a str>,
        speaker_title: Option<&'a str>,
        speaker_kind: Option<&'static str>,
        speaker_key: Option<String>,
        cue: Option<&'a str>,
        text: &'a str,
    }
    let name = doc.name();
    let mut chars = CharIndex::new(a.text());
    let mut w = csv_writer(out);
    for q in a.quotes() {
        let speaker = a.speaker_of(q);
        let span = q.span();
        w.serialize(Row {
            document: &name,
            start: span.start,
            end: span.end,
            char_start: chars.char_at(span.start),
            char_end: chars.char_at(span.end),
            kind: q.kind().as_str(),
            speaker: speaker.map(urdu::Speaker::name),
            speaker_title: speaker.and_then(urdu::Speaker::title),
            speaker_kind: speaker.map(|s| s.kind().as_str()),
            speaker_key: speaker.map(urdu::Speaker::key),
            cue: q.cue().map(|c| c.text()),
            text: q.text(),
        })
        .io()?;
    }
    w.flush()
}

/// Writes a row per token.
fn token_rows(doc: &Doc, tokens: &urdu::Tokens<'_>, out: &mut Vec<u8>) -> std::io::Result<()> {
    #[derive(Serialize)]
    struct Row<'a> {
        document: &'a str,
        start: usize,
        end: usize,
        char_start: usize,
        char_end: usize,
        kind: &'static str,
        text: &'a str,
        normalized: &'a str,
        from_join: bool,
    }
    let name = doc.name();
    let mut chars = CharIndex::new(tokens.text());
    let mut w = csv_writer(out);
    for t in tokens {
        let span = t.span();
        w.serialize(Row {
            document: &name,
            start: span.start,
            end: span.end,
            char_start: chars.char_at(span.start),
            char_end: chars.char_at(span.end),
            kind: t.kind().as_str(),
            text: t.text(),
            normalized: t.normalized(),
            from_join: t.is_from_join(),
        })
        .io()?;
    }
    w.flush()
}

/// Writes a row per sentence.
fn sentence_rows(
    doc: &Doc,
    sentences: &[urdu::Sentence<'_>],
    out: &mut Vec<u8>,
) -> std::io::Result<()> {
    let name = doc.name();
    let mut chars = CharIndex::new(&doc.text);
    let mut w = csv_writer(out);
    for s in sentences {
        let span = s.span();
        let (cs, ce) = (chars.char_at(span.start), chars.char_at(span.end));
        w.serialize((&name, span.start, span.end, cs, ce, s.text()))
            .io()?;
    }
    w.flush()
}

/// The speakers of an analysis, with their counts of quotations and mentions.
pub fn speaker_rows(a: &urdu::Analysis<'_>) -> Vec<SpeakerRow> {
    let mut quotations = vec![0; a.speakers().len()];
    for q in a.quotes() {
        if let Some(n) = q.speaker().and_then(|i| quotations.get_mut(i)) {
            *n += 1;
        }
    }
    a.speakers()
        .iter()
        .zip(quotations)
        .map(|(s, quotations)| SpeakerRow {
            key: s.key(),
            name: s.name().to_owned(),
            kind: s.kind().as_str(),
            title: s.title().map(str::to_owned),
            quotations,
            mentions: s.mentions().len(),
        })
        .collect()
}

/// The places of an analysis, with their country's name and count of mentions.
pub fn place_rows(analyzer: &urdu::Analyzer, a: &urdu::Analysis<'_>) -> Vec<PlaceRow> {
    a.locations()
        .iter()
        .map(|l| PlaceRow {
            name: l.name().to_owned(),
            kind: l.kind().as_str(),
            country: l.country().map(str::to_owned),
            country_name: l
                .country()
                .and_then(|c| analyzer.gazetteer().country_name(c))
                .map(str::to_owned),
            mentions: l.mentions().len(),
        })
        .collect()
}
