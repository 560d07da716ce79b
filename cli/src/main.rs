//! `urdu`: the command line of the `urdu` crate. It reads documents, hands them to the
//! library, and writes what the library finds; every rule of Urdu lives in the library.
//!
//! The main thread reads documents one at a time (`input`), a pool of workers decodes and
//! processes them (`process`), and the main thread writes the results in input order as
//! each is done (`pipeline`, `Sink` below), so memory holds only the documents in flight.

#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#![cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

mod args;
mod chars;
mod input;
mod json;
mod pipeline;
mod process;
mod progress;
mod report;
mod tables;

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;

use args::{Cli, Command};
use input::Spec;
use pipeline::Delivery;
use process::{Format, Job, Summary, Table, Task};
use progress::Progress;
use report::Page;

/// A reason to stop before any document is read: bad arguments (exit code 2) or an output
/// that cannot be created (exit code 1).
enum Fatal {
    Usage(String),
    Output(String),
}

fn main() -> ExitCode {
    // A panic in a worker is caught and reported as that document's error, in one line;
    // the hook stays quiet there and speaks, in one line, anywhere else.
    std::panic::set_hook(Box::new(|info| {
        let worker = std::thread::current()
            .name()
            .is_some_and(|n| n.starts_with("urdu-worker"));
        if !worker {
            eprintln!(
                "urdu: internal error: {}",
                info.to_string().replace('\n', " ")
            );
        }
    }));
    let cli = Cli::parse();
    match run(cli) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(Fatal::Usage(message)) => {
            eprintln!("urdu: error: {message}");
            ExitCode::from(2)
        }
        Err(Fatal::Output(message)) => {
            eprintln!("urdu: error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// What each subcommand asks for, made uniform.
struct Plan {
    input: args::Input,
    processing: args::Processing,
    task: Task,
    /// How documents are put together on the output.
    layout: Layout,
    output: Output,
    /// `analyze --no-tokens`.
    no_tokens: bool,
}

/// How the outputs of documents are put together.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// As they are (text, CSV rows).
    Plain,
    /// One JSON value per line.
    Lines,
    /// One JSON object (one document).
    Object,
    /// A JSON list of objects.
    List,
}

/// Where the output goes.
enum Output {
    /// A file, or standard output.
    File(Option<PathBuf>),
    /// A page per document and an index, in a directory.
    Dir(PathBuf),
}

/// Runs the command line; `Ok(false)` when a document could not be processed.
fn run(cli: Cli) -> Result<bool, Fatal> {
    let jobs = if cli.jobs == 0 {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    } else {
        cli.jobs
    };
    let plan = plan(cli.command)?;
    let spec = Spec::new(
        plan.input.paths.clone(),
        plan.input.glob.as_deref(),
        plan.input.jsonl,
    )
    .map_err(Fatal::Usage)?;
    if plan.input.paths.is_empty() && std::io::IsTerminal::is_terminal(&io::stdin()) {
        return Err(Fatal::Usage(
            "no input: give files, directories, or - to read standard input (see urdu --help)"
                .to_owned(),
        ));
    }
    let analyzer = plan
        .processing
        .analyzer()
        .map_err(|e| Fatal::Usage(e.to_string()))?;
    let job = Arc::new(Job {
        task: plan.task,
        analyzer,
        lossy: plan.input.lossy,
        text_field: plan.input.text_field.clone(),
        id_field: plan.input.id_field.clone(),
        single: spec.is_single(),
        no_tokens: plan.no_tokens,
    });
    let layout = match plan.layout {
        Layout::Object if !spec.is_single() => Layout::List,
        layout => layout,
    };
    let mut progress = Progress::new(cli.quiet);
    {
        let spec = spec.clone();
        progress.count_total(move || spec.total_size());
    }
    let mut sink = Sink::new(&plan.output, plan.task, layout)?;
    let result = pipeline::run(
        spec.items(),
        jobs,
        Arc::clone(&job),
        &mut progress,
        |delivery, progress| sink.deliver(delivery, progress),
    )
    .and_then(|()| sink.finish());
    progress.finish(sink.errors);
    match result {
        Ok(()) => {}
        // The reader of the output went away (`urdu … | head`): stop quietly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            progress.message(&format!("urdu: error: cannot write the output: {e}"));
            return Ok(false);
        }
    }
    Ok(sink.errors == 0)
}

/// The format asked for, or the subcommand's default: `text` for normalize, `json` for one
/// document, `jsonl` for several.
fn plan(command: Command) -> Result<Plan, Fatal> {
    let json = |format: Option<args::Format>, default_text: bool| match format {
        None if default_text => (Format::Text, Layout::Plain),
        None | Some(args::Format::Json) => (Format::Json, Layout::Object),
        Some(args::Format::Jsonl) => (Format::Json, Layout::Lines),
        Some(args::Format::Text) => (Format::Text, Layout::Plain),
        Some(args::Format::Csv) => (Format::Csv, Layout::Plain),
    };
    Ok(match command {
        Command::Normalize(r) => {
            let single = Spec::new(r.input.paths.clone(), None, r.input.jsonl)
                .map(|s| s.is_single())
                .unwrap_or(false);
            let format = match r.format {
                Some(args::Format::Csv) => {
                    return Err(Fatal::Usage(
                        "normalize writes text, json or jsonl, not csv".to_owned(),
                    ))
                }
                None if !single => Some(args::Format::Jsonl),
                f => f,
            };
            let (format, layout) = json(format, true);
            Plan {
                task: Task::Normalize(format),
                no_tokens: false,
                layout,
                output: Output::File(r.output),
                input: r.input,
                processing: r.processing,
            }
        }
        Command::Tokenize(r) => {
            let (format, layout) = json(default_lines(r.format, &r.input), false);
            Plan {
                task: Task::Tokenize(format),
                no_tokens: false,
                layout,
                output: Output::File(r.output),
                input: r.input,
                processing: r.processing,
            }
        }
        Command::Sentences(r) => {
            let (format, layout) = json(default_lines(r.format, &r.input), false);
            Plan {
                task: Task::Sentences(format),
                no_tokens: false,
                layout,
                output: Output::File(r.output),
                input: r.input,
                processing: r.processing,
            }
        }
        Command::Analyze(a) => {
            if a.format == Some(args::Format::Text) {
                return Err(Fatal::Usage(
                    "analyze writes json, jsonl or csv (text is for normalize, tokenize and sentences)"
                        .to_owned(),
                ));
            }
            let (format, layout) = json(default_lines(a.format, &a.input), false);
            let table = match a.table {
                args::Table::Quotes => Table::Quotes,
                args::Table::Speakers => Table::Speakers,
                args::Table::Locations => Table::Locations,
                args::Table::Tokens => Table::Tokens,
            };
            if format == Format::Csv && a.no_tokens {
                return Err(Fatal::Usage(
                    "--no-tokens goes with json or jsonl".to_owned(),
                ));
            }
            if format != Format::Csv && a.table != args::Table::Quotes {
                return Err(Fatal::Usage("--table goes with --format csv".to_owned()));
            }
            Plan {
                task: Task::Analyze(format, table, a.by_document),
                no_tokens: a.no_tokens,
                layout,
                output: Output::File(a.output),
                input: a.input,
                processing: a.processing,
            }
        }
        Command::Report(r) => {
            let single = Spec::new(r.input.paths.clone(), None, r.input.jsonl)
                .map(|s| s.is_single())
                .unwrap_or(false);
            let output = match (r.out_dir, single) {
                (Some(dir), _) => Output::Dir(dir),
                (None, true) => Output::File(r.output),
                (None, false) => {
                    return Err(Fatal::Usage(
                        "a report of more than one article needs --out-dir DIR".to_owned(),
                    ))
                }
            };
            Plan {
                task: Task::Report(matches!(output, Output::Dir(_))),
                no_tokens: false,
                layout: Layout::Plain,
                output,
                input: r.input,
                processing: r.processing,
            }
        }
    })
}

/// `jsonl` when no format is given and the input is more than one document.
fn default_lines(format: Option<args::Format>, input: &args::Input) -> Option<args::Format> {
    let single = Spec::new(input.paths.clone(), None, input.jsonl)
        .map(|s| s.is_single())
        .unwrap_or(false);
    match format {
        None if !single => Some(args::Format::Jsonl),
        f => f,
    }
}

/// Where finished documents go, in input order.
struct Sink {
    out: Box<dyn Write>,
    dir: Option<PathBuf>,
    task: Task,
    layout: Layout,
    /// Documents written.
    written: usize,
    /// Documents that could not be read or processed.
    errors: u64,
    speakers: tables::Speakers,
    places: tables::Places,
    pages: Vec<(String, Page)>,
}

impl Sink {
    fn new(output: &Output, task: Task, layout: Layout) -> Result<Sink, Fatal> {
        let create = |path: &Path| {
            File::create(path)
                .map(|f| Box::new(f) as Box<dyn Write>)
                .map_err(|e| Fatal::Output(format!("cannot create {}: {e}", path.display())))
        };
        let (out, dir) = match output {
            Output::File(Some(path)) => (create(path)?, None),
            Output::File(None) => (Box::new(io::stdout().lock()) as Box<dyn Write>, None),
            Output::Dir(dir) => {
                std::fs::create_dir_all(dir)
                    .map_err(|e| Fatal::Output(format!("cannot create {}: {e}", dir.display())))?;
                (create(&dir.join("index.html"))?, Some(dir.clone()))
            }
        };
        let mut sink = Sink {
            out,
            dir,
            task,
            layout,
            written: 0,
            errors: 0,
            speakers: tables::Speakers::default(),
            places: tables::Places::default(),
            pages: Vec::new(),
        };
        sink.header()
            .map_err(|e| Fatal::Output(format!("cannot write the output: {e}")))?;
        Ok(sink)
    }

    /// The CSV header, written before any document so that even an empty run gives a
    /// table.
    fn header(&mut self) -> io::Result<()> {
        let table = match self.task {
            Task::Tokenize(Format::Csv) => Table::Tokens,
            Task::Sentences(Format::Csv) => Table::Sentences,
            Task::Analyze(Format::Csv, table, _) => table,
            _ => return Ok(()),
        };
        let by_document = matches!(self.task, Task::Analyze(_, _, true));
        let mut w = csv::Writer::from_writer(&mut self.out);
        w.write_record(table.header(by_document))
            .map_err(|e| io::Error::other(e.to_string()))?;
        w.flush()?;
        drop(w);
        self.out.flush()
    }

    /// Writes a finished document, or reports why there is none.
    fn deliver(&mut self, delivery: Delivery, progress: &mut Progress) -> io::Result<()> {
        progress.done(delivery.size);
        let done = match delivery.result {
            Ok(done) => done,
            Err(reason) => {
                self.errors += 1;
                progress.message(&format!("urdu: error: {}: {reason}", delivery.label));
                return Ok(());
            }
        };
        match done.summary {
            Summary::Speakers(rows) => self.speakers.add(rows),
            Summary::Places(rows) => self.places.add(rows),
            Summary::Page(page) => {
                if let Some(dir) = &self.dir {
                    let file = report::file_name(self.pages.len() + 1, &page.name);
                    std::fs::write(dir.join(&file), &done.bytes).map_err(|e| {
                        io::Error::new(e.kind(), format!("{}: {e}", dir.join(&file).display()))
                    })?;
                    self.pages.push((file, page));
                    self.written += 1;
                    return Ok(());
                }
            }
            Summary::None => {}
        }
        match self.layout {
            Layout::Plain | Layout::Object => self.out.write_all(&done.bytes)?,
            Layout::Lines => {
                self.out.write_all(&done.bytes)?;
                self.out.write_all(b"\n")?;
            }
            Layout::List => {
                self.out
                    .write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
                self.out.write_all(&done.bytes)?;
            }
        }
        if self.layout == Layout::Object {
            self.out.write_all(b"\n")?;
        }
        self.written += 1;
        self.out.flush()
    }

    /// Closes a JSON list, writes the tables across documents or the index of pages.
    fn finish(&mut self) -> io::Result<()> {
        let csv = |e: csv::Error| io::Error::other(e.to_string());
        match self.task {
            Task::Analyze(Format::Csv, Table::Speakers, false) => {
                self.speakers.write(&mut self.out).map_err(csv)?;
            }
            Task::Analyze(Format::Csv, Table::Locations, false) => {
                self.places.write(&mut self.out).map_err(csv)?;
            }
            Task::Report(_) if self.dir.is_some() => {
                let index = report::index(&self.pages, self.errors);
                self.out.write_all(index.as_bytes())?;
            }
            _ => {}
        }
        if self.layout == Layout::List {
            self.out
                .write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()
    }
}
