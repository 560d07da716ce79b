//! The command line: subcommands and options, parsed by clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  urdu normalize < in.txt > out.txt
  urdu analyze --format csv articles/ > quotations.csv
  urdu analyze --format csv --table speakers articles/ > speakers.csv
  urdu analyze --jsonl --text-field body --id-field url dump.jsonl > analyses.jsonl
  urdu report article.txt -o article.html
  urdu report --out-dir pages/ articles/";

/// Urdu text processing for corpora: normalize, tokenize, split sentences, find who said
/// what and where, and write one readable HTML page per article.
///
/// Reads files, directories (recursively, `*.txt` by default) or standard input (`-`), and
/// corpora in JSON Lines (`--jsonl`). Documents are processed in parallel and written in
/// input order, each as soon as it is done. A file that cannot be read or decoded is
/// reported on standard error and the run goes on; the exit code is then 1 (2 for bad
/// arguments).
#[derive(Debug, Parser)]
#[command(name = "urdu", version, after_help = EXAMPLES, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,

    /// Documents processed at once: 0 (the default) for all cores.
    #[arg(short, long, global = true, value_name = "N", default_value_t = 0)]
    pub jobs: usize,

    /// No progress bar (errors are still reported).
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Normalize text: Urdu letters for Arabic ones, presentation forms, hamza, tatweel and
    /// bidi controls, as the library's normalizer does. With one input and the default
    /// format, writes the normalized text itself, so that `urdu normalize < in > out` is a
    /// filter.
    #[command(after_help = "\
Examples:
  urdu normalize < in.txt > out.txt
  urdu normalize --remove-diacritics --digits ascii article.txt
  urdu normalize --format jsonl articles/ > normalized.jsonl")]
    Normalize(Run),

    /// Split into tokens (words, numbers, punctuation, quote marks, Latin, URLs, ...), each
    /// with its byte and character offsets, kind and normalized form.
    #[command(after_help = "\
Examples:
  urdu tokenize --format text article.txt        # one token per line
  urdu tokenize --format csv articles/ > tokens.csv
  echo 'صدر نے کہاکہ' | urdu tokenize -")]
    Tokenize(Run),

    /// Split into sentences, each with its byte and character offsets.
    #[command(after_help = "\
Examples:
  urdu sentences --format text article.txt       # one sentence per line
  urdu sentences --format jsonl articles/ > sentences.jsonl")]
    Sentences(Run),

    /// Find quotations with their speakers and cues, speakers with their titles and
    /// mentions, and places: the analyze contract's JSON (sentences, tokens, quotes,
    /// speakers, locations) with byte and character offsets, or tables in CSV.
    #[command(after_help = "\
Examples:
  urdu analyze article.txt > article.json
  urdu analyze --format csv articles/ > quotations.csv
  urdu analyze --format csv --table speakers articles/ > speakers.csv
  urdu analyze --format csv --table locations --by-document articles/ > places.csv
  urdu analyze --jsonl --text-field body --id-field url dump.jsonl > analyses.jsonl")]
    Analyze(Analyze),

    /// Write a self-contained HTML page per article: the text right to left with each
    /// quotation highlighted in its speaker's colour, the speakers and the places.
    #[command(after_help = "\
Examples:
  urdu report article.txt -o article.html
  urdu report --out-dir pages/ articles/         # pages/index.html lists the articles
  urdu report --jsonl --out-dir pages/ dump.jsonl")]
    Report(Report),
}

/// Where the documents come from.
#[derive(Debug, Args)]
pub struct Input {
    /// Files, directories (searched recursively) or `-` for standard input; standard input
    /// when none is given.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Which files of a directory to read, matched against their path inside the
    /// directory (`*` also crosses `/`): `*.txt` by default, `*.jsonl` with `--jsonl`. Files
    /// named on the command line are always read.
    #[arg(long, value_name = "PATTERN")]
    pub glob: Option<String>,

    /// Read JSON Lines: one document per line, a JSON object whose `--text-field` holds the
    /// text.
    #[arg(long)]
    pub jsonl: bool,

    /// With `--jsonl`: the field that holds a document's text.
    #[arg(long, value_name = "NAME", default_value = "text", requires = "jsonl")]
    pub text_field: String,

    /// With `--jsonl`: the field that identifies a document (a string or a number); it is
    /// written with the results. Documents without it are named by their path and line.
    #[arg(long, value_name = "NAME", default_value = "id", requires = "jsonl")]
    pub id_field: String,

    /// Decode invalid UTF-8 with replacement characters (U+FFFD) instead of reporting the
    /// document as an error. Offsets are then into the decoded text.
    #[arg(long)]
    pub lossy: bool,
}

/// The library's normalizer and tokenizer options.
#[derive(Debug, Args)]
pub struct Processing {
    /// Remove diacritics (harakat, tanwin, shadda, superscript alef) while normalizing.
    #[arg(long)]
    pub remove_diacritics: bool,

    /// Digits in the normalized text: kept as written, or all ASCII, or all Urdu.
    #[arg(long, value_enum, value_name = "DIGITS", default_value_t = DigitsArg::Keep)]
    pub digits: DigitsArg,

    /// Fix the spacing around Urdu punctuation (`۔ ، ؛ ؟ !`) while normalizing.
    #[arg(long)]
    pub punctuation_spacing: bool,

    /// Do not split words that writers ran together (`کہاکہ` stays one token).
    #[arg(long)]
    pub no_split_joins: bool,
}

/// The options of `normalize`, `tokenize` and `sentences`.
#[derive(Debug, Args)]
pub struct Run {
    #[command(flatten)]
    pub input: Input,

    #[command(flatten)]
    pub processing: Processing,

    /// Output format: `text` (normalize: the text; tokenize: a token per line; sentences: a
    /// sentence per line), `json` (one object for one document, a list for several),
    /// `jsonl` (an object per document per line) or `csv` (a row per token or sentence).
    /// Default: `text` for normalize, else `json` for one document and `jsonl` for several.
    #[arg(short, long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The options of `analyze`.
#[derive(Debug, Args)]
pub struct Analyze {
    #[command(flatten)]
    pub input: Input,

    #[command(flatten)]
    pub processing: Processing,

    /// Output format: `json` (one object for one document, a list for several), `jsonl`
    /// (an object per document per line) or `csv` (see `--table`). Default: `json` for one
    /// document, `jsonl` for several.
    #[arg(short, long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// With `--format csv`: which table. `quotes`: a row per quotation; `speakers`: a row per
    /// speaker across all documents, spellings merged by the library's speaker key;
    /// `locations`: a row per place across all documents; `tokens`: a row per token.
    #[arg(long, value_enum, value_name = "TABLE", default_value_t = Table::Quotes)]
    pub table: Table,

    /// With JSON: leave the tokens out. They are four fifths of the JSON (a hundred bytes
    /// for a word of six); without them writing the JSON costs little beside the analysis.
    #[arg(long)]
    pub no_tokens: bool,

    /// With `--table speakers` or `locations`: a row per document and speaker or place,
    /// written as each document is done, instead of one row per speaker or place for the
    /// whole corpus at the end.
    #[arg(long)]
    pub by_document: bool,

    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The options of `report`.
#[derive(Debug, Args)]
pub struct Report {
    #[command(flatten)]
    pub input: Input,

    #[command(flatten)]
    pub processing: Processing,

    /// Write the page of one article to FILE (standard output without it).
    #[arg(short, long, value_name = "FILE", conflicts_with = "out_dir")]
    pub output: Option<PathBuf>,

    /// Write one page per article into DIR, and `index.html` listing the articles with their
    /// counts of quotations, speakers and places. Needed for more than one article.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Plain text.
    Text,
    /// One JSON value: an object for one document, a list of objects for several.
    Json,
    /// JSON Lines: one object per document, one per line.
    Jsonl,
    /// CSV with a header row.
    Csv,
}

/// The tables of `analyze --format csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Table {
    /// A row per quotation.
    Quotes,
    /// A row per speaker (across documents, or per document with `--by-document`).
    Speakers,
    /// A row per place (across documents, or per document with `--by-document`).
    Locations,
    /// A row per token.
    Tokens,
}

/// `--digits`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DigitsArg {
    /// Keep digits as written.
    Keep,
    /// Convert Urdu and Arabic-Indic digits to ASCII `0-9`.
    Ascii,
    /// Convert ASCII and Arabic-Indic digits to Urdu `۰-۹`.
    Urdu,
}

impl Processing {
    /// Whether every option is left at the library's default.
    fn is_default(&self) -> bool {
        !self.remove_diacritics
            && self.digits == DigitsArg::Keep
            && !self.punctuation_spacing
            && !self.no_split_joins
    }

    /// The tokenizer (with its normalizer) these options ask for.
    pub fn tokenizer(&self) -> Result<urdu::Tokenizer, urdu::Error> {
        if self.is_default() {
            return Ok(urdu::Tokenizer::new());
        }
        let digits = match self.digits {
            DigitsArg::Keep => urdu::Digits::Keep,
            DigitsArg::Ascii => urdu::Digits::Ascii,
            DigitsArg::Urdu => urdu::Digits::Urdu,
        };
        let normalizer = urdu::Normalizer::builder()
            .remove_diacritics(self.remove_diacritics)
            .digits(digits)
            .punctuation_spacing(self.punctuation_spacing)
            .build()?;
        urdu::Tokenizer::builder()
            .normalizer(normalizer)
            .split_joins(!self.no_split_joins)
            .build()
    }

    /// The analyzer these options ask for: the library's default one unless an option
    /// changes the normalizer or tokenizer.
    pub fn analyzer(&self) -> Result<urdu::Analyzer, urdu::Error> {
        if self.is_default() {
            return Ok(urdu::Analyzer::new());
        }
        urdu::Analyzer::builder()
            .tokenizer(self.tokenizer()?)
            .build()
    }
}
