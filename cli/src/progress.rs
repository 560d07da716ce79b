//! The progress bar on standard error: documents, megabytes, megabytes per second and time
//! left, shown only on a terminal, once a second document is read, and not with `--quiet`.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Progress of a run, and the one way to print a message while a bar may be on screen.
pub struct Progress {
    bar: ProgressBar,
    enabled: bool,
    shown: bool,
    read: u64,
    done: u64,
    bytes: u64,
    started: Instant,
}

const KNOWN: &str =
    "{spinner} {elapsed_precise} [{wide_bar}] {decimal_bytes}/{decimal_total_bytes} \
                     {decimal_bytes_per_sec}, {eta} left, {msg}";
const UNKNOWN: &str = "{spinner} {elapsed_precise} {decimal_bytes} {decimal_bytes_per_sec}, {msg}";

fn style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template)
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ")
}

impl Progress {
    /// Progress that may show a bar if standard error is a terminal and `quiet` is off.
    pub fn new(quiet: bool) -> Progress {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(style(UNKNOWN));
        Progress {
            bar,
            enabled: !quiet && std::io::stderr().is_terminal(),
            shown: false,
            read: 0,
            done: 0,
            bytes: 0,
            started: Instant::now(),
        }
    }

    /// Learns the total size of the input in a background thread, if it can be known
    /// (`size` walks the directories again).
    pub fn count_total(&self, size: impl FnOnce() -> Option<u64> + Send + 'static) {
        if !self.enabled {
            return;
        }
        let bar = self.bar.clone();
        std::thread::spawn(move || {
            if let Some(total) = size() {
                bar.set_length(total);
                bar.set_style(style(KNOWN));
            }
        });
    }

    /// A document was read: the bar appears with the second.
    pub fn read(&mut self) {
        self.read += 1;
        if self.enabled && !self.shown && self.read > 1 {
            self.shown = true;
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.bar.enable_steady_tick(Duration::from_millis(120));
        }
    }

    /// A document of `size` bytes was written.
    pub fn done(&mut self, size: u64) {
        self.done += 1;
        self.bytes += size;
        self.bar.inc(size);
        if self.shown {
            self.bar.set_message(format!("{} documents", self.done));
        }
    }

    /// Prints one line on standard error without garbling the bar.
    pub fn message(&self, line: &str) {
        self.bar.suspend(|| eprintln!("{line}"));
    }

    /// Removes the bar, leaving a summary line if it was shown.
    pub fn finish(&self, errors: u64) {
        if self.shown {
            self.bar.finish_and_clear();
            let secs = self.started.elapsed().as_secs_f64();
            eprintln!(
                "urdu: {} documents, {:.1} MB in {:.1} s ({:.1} MB/s), {} errors",
                self.done,
                self.bytes as f64 / 1e6,
                secs,
                self.bytes as f64 / 1e6 / secs.max(1e-9),
                errors
            );
        }
    }
}
