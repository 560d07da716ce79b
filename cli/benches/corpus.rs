//! `urdu analyze --format jsonl` over a real corpus, next to the library's
//! `Analyzer::analyze_all` on the same texts in the same run.
//!
//! ```text
//! cargo bench -p urdu-cli --bench corpus
//! ```
//!
//! Corpus: the 500 Bend-the-Truth articles (`../shared/data/bend_the_truth_urdu_news`, or
//! `URDU_BENCH_CORPUS`), as a directory of files, and as one JSON Lines file of 200 MB made
//! from them (`URDU_BENCH_MB` to change the size), cycling through the 500 articles (2.6 MB
//! of different text, too much for the branch predictor to learn). Each row is the median
//! of several runs; the command's rows are whole processes (start-up included) writing to
//! `/dev/null`; peak memory is the process's `VmHWM`, sampled every 5 ms while it runs.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// The `.txt` files under `dir`, sorted by path.
fn text_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            text_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    out.sort();
}

/// A JSON Lines file of at least `bytes` bytes, cycling through `texts`; made once.
fn jsonl_corpus(path: &Path, texts: &[(String, String)], bytes: u64) -> (usize, u64) {
    let docs_in = |path: &Path| fs::read_to_string(path).map(|s| s.lines().count()).ok();
    if let (Ok(meta), Some(n)) = (fs::metadata(path), docs_in(path)) {
        if meta.len() >= bytes && meta.len() < bytes + 1_000_000 {
            return (n, meta.len());
        }
    }
    let mut out = std::io::BufWriter::new(fs::File::create(path).unwrap());
    let (mut written, mut n) = (0u64, 0usize);
    'outer: for round in 0.. {
        for (name, text) in texts {
            let line =
                serde_json::json!({"id": format!("{round}/{name}"), "text": text}).to_string();
            out.write_all(line.as_bytes()).unwrap();
            out.write_all(b"\n").unwrap();
            written += line.len() as u64 + 1;
            n += 1;
            if written >= bytes {
                break 'outer;
            }
        }
    }
    out.flush().unwrap();
    (n, written)
}

/// Peak resident memory of a running process, in bytes (`VmHWM`).
fn peak_rss(pid: u32) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// CPU seconds (user + system) of this process, and of its children that have been waited
/// for, from `/proc/self/stat` (clock ticks of 10 ms).
fn cpu_seconds() -> (f64, f64) {
    let stat = fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name, which is in parentheses.
    let fields: Vec<f64> = stat
        .rsplit_once(')')
        .map(|(_, rest)| {
            rest.split_whitespace()
                .map(|f| f.parse().unwrap_or(0.0))
                .collect()
        })
        .unwrap_or_default();
    let field = |i: usize| fields.get(i).copied().unwrap_or(0.0) / 100.0;
    // utime, stime, cutime, cstime are fields 14-17 of stat; 12-15 after the name.
    (field(11) + field(12), field(13) + field(14))
}

/// Wall-clock and CPU seconds of one run, and the peak memory of a child process.
#[derive(Clone, Copy)]
struct Run {
    wall: f64,
    cpu: f64,
    peak: u64,
}

/// Runs `f` in this process.
fn measure(f: &mut dyn FnMut()) -> Run {
    let (cpu, _) = cpu_seconds();
    let started = Instant::now();
    f();
    Run {
        wall: started.elapsed().as_secs_f64(),
        cpu: cpu_seconds().0 - cpu,
        peak: 0,
    }
}

/// Runs a program to its end: time, CPU time (all its threads) and peak memory.
fn spawn(program: &Path, args: &[&str], path: &Path) -> Run {
    let (_, children) = cpu_seconds();
    let started = Instant::now();
    let mut child = Command::new(program)
        .args(args)
        .arg(path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut peak = 0;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "{} {args:?} failed", program.display());
            break;
        }
        peak = peak.max(peak_rss(child.id()).unwrap_or(0));
        std::thread::sleep(Duration::from_millis(5));
    }
    Run {
        wall: started.elapsed().as_secs_f64(),
        cpu: cpu_seconds().1 - children,
        peak,
    }
}

/// The median of each measure over `runs`, and the highest peak.
fn summary(runs: &[Run]) -> Run {
    Run {
        wall: median(runs.iter().map(|r| r.wall).collect()),
        cpu: median(runs.iter().map(|r| r.cpu).collect()),
        peak: runs.iter().map(|r| r.peak).max().unwrap_or(0),
    }
}

struct Row {
    what: String,
    docs: usize,
    bytes: u64,
    run: Run,
    /// The library's row to compare with.
    baseline: Option<usize>,
}

/// The library as a program uses it, in a process of its own (start-up included): reads
/// the articles under `dir`, builds an analyzer, analyzes them all on `threads` threads.
fn library_process(threads: usize, dir: &Path) {
    let mut files = Vec::new();
    text_files(dir, &mut files);
    let texts: Vec<String> = files
        .iter()
        .map(|p| fs::read_to_string(p).unwrap())
        .collect();
    let analyzer = urdu::Analyzer::new();
    let analyses = analyzer.analyze_all_with_threads(&texts, threads);
    assert_eq!(analyses.len(), texts.len());
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let [_, mode, threads, dir] = args.as_slice() {
        if mode == "--library-process" {
            library_process(threads.parse().unwrap(), Path::new(dir));
            return;
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let corpus = std::env::var_os("URDU_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("shared/data/bend_the_truth_urdu_news"));
    let mut files = Vec::new();
    text_files(&corpus, &mut files);
    if files.is_empty() {
        println!(
            "skipped: no articles under {} (set URDU_BENCH_CORPUS)",
            corpus.display()
        );
        return;
    }
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|p| {
            (
                p.strip_prefix(&corpus).unwrap_or(p).display().to_string(),
                fs::read_to_string(p).unwrap(),
            )
        })
        .collect();
    let dir_bytes: u64 = texts.iter().map(|(_, t)| t.len() as u64).sum();
    let mb: u64 = std::env::var("URDU_BENCH_MB")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
    let big = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("bench-{mb}mb.jsonl"));
    let (big_docs, big_bytes) = jsonl_corpus(&big, &texts, mb * 1_000_000);
    let big_text: u64 = {
        let sum: u64 = texts.iter().map(|(_, t)| t.len() as u64).sum();
        let full = (big_docs / texts.len()) as u64 * sum;
        full + texts
            .iter()
            .take(big_docs % texts.len())
            .map(|(_, t)| t.len() as u64)
            .sum::<u64>()
    };
    println!(
        "corpus: {} articles, {:.2} MB of text; JSON Lines: {} documents, {:.0} MB ({:.0} MB of text)",
        texts.len(),
        dir_bytes as f64 / 1e6,
        big_docs,
        big_bytes as f64 / 1e6,
        big_text as f64 / 1e6
    );

    let analyzer = urdu::Analyzer::new();
    let only_texts: Vec<&str> = texts.iter().map(|(_, t)| t.as_str()).collect();
    drop(analyzer.analyze_all_with_threads(&only_texts, 1)); // warm: lexicons compiled

    let this = std::env::current_exe().unwrap();
    let urdu_cli = Path::new(env!("CARGO_BIN_EXE_urdu"));
    let rounds = big_docs / texts.len();
    let rest = big_docs % texts.len();
    let mut rows: Vec<Row> = Vec::new();
    let row = |rows: &mut Vec<Row>, what: String, docs, bytes, runs: &[Run], baseline| {
        rows.push(Row {
            what,
            docs,
            bytes,
            run: summary(runs),
            baseline,
        });
        rows.len() - 1
    };
    let start_up: Vec<Run> = (0..7)
        .map(|_| {
            spawn(
                urdu_cli,
                &["--quiet", "analyze", "--format", "jsonl"],
                Path::new("/dev/null"),
            )
        })
        .collect();
    for threads in [1usize, 2] {
        let jobs = threads.to_string();
        let jobs = jobs.as_str();
        // The library in this process, warm: each run analyzes the 500 articles 3 times.
        let runs: Vec<Run> = (0..7)
            .map(|_| {
                measure(&mut || {
                    for _ in 0..3 {
                        drop(analyzer.analyze_all_with_threads(&only_texts, threads));
                    }
                })
            })
            .collect();
        row(
            &mut rows,
            format!("library `analyze_all`, {threads} thread(s), in process, warm"),
            3 * texts.len(),
            3 * dir_bytes,
            &runs,
            None,
        );
        // The library as a program: a process that reads the files and analyzes them.
        let corpus_arg = corpus.to_string_lossy().into_owned();
        let runs: Vec<Run> = (0..5)
            .map(|_| spawn(&this, &["--library-process", jobs], Path::new(&corpus_arg)))
            .collect();
        let cold = row(
            &mut rows,
            format!("library `analyze_all`, {threads} thread(s), as a process (start-up included)"),
            texts.len(),
            dir_bytes,
            &runs,
            None,
        );
        let runs: Vec<Run> = (0..5)
            .map(|_| {
                spawn(
                    urdu_cli,
                    &["--quiet", "analyze", "--format", "jsonl", "--jobs", jobs],
                    &corpus,
                )
            })
            .collect();
        row(
            &mut rows,
            format!("`urdu analyze --format jsonl --jobs {jobs}` DIR"),
            texts.len(),
            dir_bytes,
            &runs,
            Some(cold),
        );
        // 200 MB: the library on the same texts in rounds of 500 (keeping every analysis of
        // 200 MB would take gigabytes), then the command on the file.
        let runs: Vec<Run> = (0..3)
            .map(|_| {
                measure(&mut || {
                    for _ in 0..rounds {
                        drop(analyzer.analyze_all_with_threads(&only_texts, threads));
                    }
                    drop(analyzer.analyze_all_with_threads(&only_texts[..rest], threads));
                })
            })
            .collect();
        let big_lib = row(
            &mut rows,
            format!("library `analyze_all`, {threads} thread(s), {mb} MB of texts, warm"),
            big_docs,
            big_text,
            &runs,
            None,
        );
        let runs: Vec<Run> = (0..3)
            .map(|_| {
                spawn(
                    urdu_cli,
                    &[
                        "--quiet", "analyze", "--jsonl", "--format", "jsonl", "--jobs", jobs,
                    ],
                    &big,
                )
            })
            .collect();
        row(
            &mut rows,
            format!("`urdu analyze --jsonl --format jsonl --jobs {jobs}` {mb} MB file"),
            big_docs,
            big_text,
            &runs,
            Some(big_lib),
        );
        let runs: Vec<Run> = (0..3)
            .map(|_| {
                spawn(
                    urdu_cli,
                    &[
                        "--quiet",
                        "analyze",
                        "--jsonl",
                        "--format",
                        "jsonl",
                        "--no-tokens",
                        "--jobs",
                        jobs,
                    ],
                    &big,
                )
            })
            .collect();
        row(
            &mut rows,
            format!("`urdu analyze --jsonl --format jsonl --no-tokens --jobs {jobs}` {mb} MB file"),
            big_docs,
            big_text,
            &runs,
            Some(big_lib),
        );
        // The same with a small output (a CSV row per quotation): what reading, decoding
        // and the pipeline cost without 18 bytes of JSON per byte of text.
        let runs: Vec<Run> = (0..3)
            .map(|_| {
                spawn(
                    urdu_cli,
                    &[
                        "--quiet", "analyze", "--jsonl", "--format", "csv", "--jobs", jobs,
                    ],
                    &big,
                )
            })
            .collect();
        row(
            &mut rows,
            format!("`urdu analyze --jsonl --format csv --jobs {jobs}` {mb} MB file"),
            big_docs,
            big_text,
            &runs,
            Some(big_lib),
        );
    }
    // What writing the JSON costs: the library and serde_json, one thread, no files.
    let runs: Vec<Run> = (0..7)
        .map(|_| {
            measure(&mut || {
                let mut sink = std::io::sink();
                for _ in 0..3 {
                    for t in &only_texts {
                        serde_json::to_writer(&mut sink, &analyzer.analyze(t)).unwrap();
                    }
                }
            })
        })
        .collect();
    row(
        &mut rows,
        "library `analyze` + `serde_json` to a sink, 1 thread, warm".to_owned(),
        3 * texts.len(),
        3 * dir_bytes,
        &runs,
        None,
    );

    println!();
    println!(
        "| run | docs/s | MB/s | MB per CPU-s | peak memory | vs library (time) | vs library (CPU) |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for r in &rows {
        let base = r.baseline.and_then(|b| rows.get(b)).map(|b| {
            let rate = |x: &Row, t: f64| x.bytes as f64 / t;
            (
                rate(r, r.run.wall) / rate(b, b.run.wall),
                rate(r, r.run.cpu) / rate(b, b.run.cpu),
            )
        });
        println!(
            "| {} | {:.0} | {:.1} | {:.1} | {} | {} | {} |",
            r.what,
            r.docs as f64 / r.run.wall,
            r.bytes as f64 / 1e6 / r.run.wall,
            r.bytes as f64 / 1e6 / r.run.cpu,
            if r.run.peak > 0 {
                format!("{:.0} MB", r.run.peak as f64 / 1e6)
            } else {
                String::new()
            },
            base.map_or(String::new(), |b| format!("{:.0}%", 100.0 * b.0)),
            base.map_or(String::new(), |b| format!("{:.0}%", 100.0 * b.1)),
        );
    }
    let s = summary(&start_up);
    println!();
    println!(
        "start-up of `urdu analyze` on empty input: {:.0} ms ({:.0} ms of CPU), peak {:.0} MB",
        s.wall * 1e3,
        s.cpu * 1e3,
        s.peak as f64 / 1e6
    );
    println!(
        "load average at the end: {}",
        fs::read_to_string("/proc/loadavg")
            .unwrap_or_default()
            .trim()
    );
}
