//! Where documents come from: files, directories walked in name order, standard input, and
//! JSON Lines, read one document at a time so that memory holds only the documents in
//! flight. Reading happens here, on the main thread; decoding (UTF-8, JSON) happens in the
//! workers (see `process`).

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use globset::{GlobBuilder, GlobMatcher};

/// Where a document came from: its path (`-` for standard input) and, in JSON Lines, its
/// one-based line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// The path as given or as found under a directory given.
    pub path: Arc<str>,
    /// The line of a JSON Lines document.
    pub line: Option<u64>,
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}", self.path),
            None => f.write_str(&self.path),
        }
    }
}

/// What was read for one document.
#[derive(Debug)]
pub enum Body {
    /// The bytes of a text file (or of standard input).
    Text(Vec<u8>),
    /// One line of a JSON Lines file, without its line break.
    JsonLine(Vec<u8>),
    /// The document could not be read: a one-line reason.
    Error(String),
}

/// One document as read: where it came from, and its bytes or why there are none.
#[derive(Debug)]
pub struct Item {
    /// Where it came from.
    pub label: Label,
    /// Its bytes, or the reason it could not be read.
    pub body: Body,
    /// The bytes of input it took (for the progress bar).
    pub size: u64,
}

/// What to read, and how.
#[derive(Clone, Debug)]
pub struct Spec {
    /// The paths given (`-` is standard input); standard input when empty.
    pub paths: Vec<PathBuf>,
    /// Which files of a directory to read.
    pub glob: GlobMatcher,
    /// Whether files hold JSON Lines.
    pub jsonl: bool,
}

impl Spec {
    /// The spec for `paths`, with the glob pattern given or the default for the mode.
    ///
    /// # Errors
    /// A one-line message when the pattern is not a valid glob.
    pub fn new(paths: Vec<PathBuf>, glob: Option<&str>, jsonl: bool) -> Result<Spec, String> {
        let pattern = glob.unwrap_or(if jsonl { "*.jsonl" } else { "*.txt" });
        let glob = GlobBuilder::new(pattern)
            .literal_separator(false)
            .build()
            .map_err(|e| format!("invalid --glob {pattern:?}: {}", e.kind()))?
            .compile_matcher();
        Ok(Spec { paths, glob, jsonl })
    }

    /// Whether the input is exactly one text document: one file or standard input, not
    /// JSON Lines.
    pub fn is_single(&self) -> bool {
        !self.jsonl
            && match self.paths.as_slice() {
                [] => true,
                [p] => is_stdin(p) || p.is_file(),
                _ => false,
            }
    }

    /// The documents, in order.
    pub fn items(&self) -> Items {
        let pending = if self.paths.is_empty() {
            VecDeque::from([PathBuf::from("-")])
        } else {
            self.paths.iter().cloned().collect()
        };
        Items {
            spec: self.clone(),
            pending,
            walk: None,
            lines: None,
        }
    }

    /// The total size in bytes of what will be read, if it can be known without reading
    /// (not for standard input). Walks the directories again: meant for a background
    /// thread.
    pub fn total_size(&self) -> Option<u64> {
        let mut total = 0;
        for path in &self.paths {
            if is_stdin(path) {
                return None;
            }
            let Ok(meta) = std::fs::metadata(path) else {
                continue;
            };
            if meta.is_dir() {
                for entry in walk(path).filter_map(Result::ok) {
                    if entry.file_type().is_file() && self.matches(path, entry.path()) {
                        total += entry.metadata().map(|m| m.len()).unwrap_or(0);
                    }
                }
            } else {
                total += meta.len();
            }
        }
        if self.paths.is_empty() {
            None
        } else {
            Some(total)
        }
    }

    /// Whether the file at `path`, found under the directory `root`, is to be read.
    fn matches(&self, root: &Path, path: &Path) -> bool {
        self.glob.is_match(path.strip_prefix(root).unwrap_or(path))
    }
}

fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// A directory's files and subdirectories, recursively, in name order, following links.
fn walk(root: &Path) -> walkdir::IntoIter {
    walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
}

/// The path as written in messages and results.
fn display(path: &Path) -> Arc<str> {
    Arc::from(path.to_string_lossy().as_ref())
}

/// A directory being walked.
struct Walk {
    root: PathBuf,
    entries: walkdir::IntoIter,
}

/// A JSON Lines file being read.
struct Lines {
    path: Arc<str>,
    reader: Box<dyn BufRead>,
    line: u64,
}

/// The documents of a [`Spec`], read one at a time, in order: the paths as given, each
/// directory's files in name order, each JSON Lines file's lines in order.
pub struct Items {
    spec: Spec,
    pending: VecDeque<PathBuf>,
    walk: Option<Walk>,
    lines: Option<Lines>,
}

impl Iterator for Items {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(lines) = &mut self.lines {
                match next_line(lines) {
                    Some(item) => return Some(item),
                    None => self.lines = None,
                }
            }
            if let Some(walk) = &mut self.walk {
                match walk.entries.next() {
                    None => self.walk = None,
                    Some(Err(e)) => {
                        let path = e.path().map_or_else(|| display(&walk.root), display);
                        let reason = e
                            .io_error()
                            .map_or_else(|| e.to_string(), ToString::to_string);
                        return Some(error(path, format!("cannot read: {reason}")));
                    }
                    Some(Ok(entry)) => {
                        if entry.file_type().is_file()
                            && self.spec.matches(&walk.root, entry.path())
                        {
                            let path = entry.path().to_path_buf();
                            if let Some(item) = self.open(&path) {
                                return Some(item);
                            }
                        }
                    }
                }
                continue;
            }
            let path = self.pending.pop_front()?;
            if !is_stdin(&path) && path.is_dir() {
                self.walk = Some(Walk {
                    entries: walk(&path),
                    root: path,
                });
                continue;
            }
            if let Some(item) = self.open(&path) {
                return Some(item);
            }
        }
    }
}

impl Items {
    /// Reads the text file at `path`, or opens it as JSON Lines (and gives `None`: its lines
    /// come next).
    fn open(&mut self, path: &Path) -> Option<Item> {
        let name = display(path);
        if self.spec.jsonl {
            let reader: Box<dyn BufRead> = if is_stdin(path) {
                Box::new(BufReader::with_capacity(1 << 16, io::stdin()))
            } else {
                match File::open(path) {
                    Ok(file) => Box::new(BufReader::with_capacity(1 << 16, file)),
                    Err(e) => return Some(error(name, format!("cannot read: {e}"))),
                }
            };
            self.lines = Some(Lines {
                path: name,
                reader,
                line: 0,
            });
            return None;
        }
        let read = if is_stdin(path) {
            let mut bytes = Vec::new();
            io::stdin().read_to_end(&mut bytes).map(|_| bytes)
        } else {
            std::fs::read(path)
        };
        Some(match read {
            Ok(bytes) => Item {
                label: Label {
                    path: name,
                    line: None,
                },
                size: bytes.len() as u64,
                body: Body::Text(bytes),
            },
            Err(e) => error(name, format!("cannot read: {e}")),
        })
    }
}

/// The next non-blank line of a JSON Lines file, or a read error (which ends the file).
fn next_line(lines: &mut Lines) -> Option<Item> {
    loop {
        let mut bytes = Vec::new();
        lines.line += 1;
        let label = Label {
            path: lines.path.clone(),
            line: Some(lines.line),
        };
        match lines.reader.read_until(b'\n', &mut bytes) {
            Ok(0) => return None,
            Ok(size) => {
                while matches!(bytes.last(), Some(b'\n' | b'\r')) {
                    bytes.pop();
                }
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                return Some(Item {
                    label,
                    body: Body::JsonLine(bytes),
                    size: size as u64,
                });
            }
            Err(e) => {
                // Nothing more can be read from this file: report it and stop here.
                lines.reader = Box::new(io::empty());
                return Some(Item {
                    label,
                    body: Body::Error(format!("cannot read: {e}")),
                    size: 0,
                });
            }
        }
    }
}

fn error(path: Arc<str>, reason: String) -> Item {
    Item {
        label: Label { path, line: None },
        body: Body::Error(reason),
        size: 0,
    }
}
