//! The `urdu` command on real Urdu news: every subcommand and format, on files, directories,
//! standard input and JSON Lines, compared with what the library itself finds in the same
//! texts (so that the tests hold whatever the extractor's counts become).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

/// The seed article.
fn seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/article.txt")
}

/// The annotated news articles of the library's tests (Bend-the-Truth and COUNTER).
fn articles() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/dev");
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "the library's test articles are missing");
    files
}

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("commands")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// A corpus directory of `n` real articles (in a subdirectory for every third one, to walk
/// recursively), and the texts in the order the command reads them (by path).
fn corpus(name: &str, n: usize) -> (PathBuf, Vec<(String, String)>) {
    let dir = scratch(name).join("corpus");
    let mut docs = Vec::new();
    for (i, src) in articles().iter().take(n).enumerate() {
        let sub = if i % 3 == 0 {
            dir.join("more")
        } else {
            dir.clone()
        };
        fs::create_dir_all(&sub).unwrap();
        let path = sub.join(src.file_name().unwrap());
        fs::copy(src, &path).unwrap();
        docs.push((
            path.to_string_lossy().into_owned(),
            fs::read_to_string(src).unwrap(),
        ));
    }
    // Not read: does not match `*.txt`.
    fs::write(dir.join("notes.md"), "# not an article").unwrap();
    docs.sort_by(|a, b| {
        let key = |p: &str| {
            Path::new(p)
                .strip_prefix(&dir)
                .unwrap()
                .components()
                .map(|c| c.as_os_str().to_owned())
                .collect::<Vec<_>>()
        };
        key(&a.0).cmp(&key(&b.0))
    });
    (dir, docs)
}

fn urdu() -> Command {
    let mut cmd = Command::cargo_bin("urdu").unwrap();
    cmd.arg("--quiet");
    cmd
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

/// `value` without the fields the command adds to the library's JSON: the origin, and the
/// character offsets (checked against the text on the way).
fn strip_added(value: &mut Value, text: &str) {
    match value {
        Value::Object(map) => {
            if let (Some(cs), Some(ce), Some(s), Some(e)) = (
                map.remove("char_start"),
                map.remove("char_end"),
                map.get("start"),
                map.get("end"),
            ) {
                let (cs, ce) = (cs.as_u64().unwrap() as usize, ce.as_u64().unwrap() as usize);
                let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                let by_chars: String = text.chars().skip(cs).take(ce - cs).collect();
                assert_eq!(
                    by_chars,
                    text[s..e],
                    "character offsets {cs}..{ce} for bytes {s}..{e}"
                );
            }
            for key in ["path", "line", "id"] {
                map.remove(key);
            }
            for v in map.values_mut() {
                strip_added(v, text);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| strip_added(v, text)),
        _ => {}
    }
}

/// What the library serializes for `text`: the analyze contract.
fn library_json(text: &str) -> Value {
    serde_json::to_value(urdu::analyze(text)).unwrap()
}

#[test]
fn analyze_json_is_the_librarys_analysis_with_character_offsets() {
    let out = stdout(urdu().arg("analyze").arg(seed()));
    let mut json: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["path"], seed().to_string_lossy().as_ref());
    let text = fs::read_to_string(seed()).unwrap();
    // Every span also has character offsets that select the same text.
    let quote = &json["quotes"][0];
    assert!(quote["char_start"].as_u64().unwrap() < quote["start"].as_u64().unwrap());
    strip_added(&mut json, &text);
    assert_eq!(json, library_json(&text));
}

#[test]
fn analyze_jsonl_over_a_directory_gives_every_article_in_order() {
    let (dir, docs) = corpus("jsonl_dir", 12);
    let out = stdout(urdu().args(["analyze", "--format", "jsonl"]).arg(&dir));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), docs.len());
    for (line, (path, text)) in lines.iter().zip(&docs) {
        let mut json: Value = serde_json::from_str(line).unwrap();
        assert_eq!(json["path"], path.as_str());
        strip_added(&mut json, text);
        assert_eq!(json, library_json(text), "{path}");
    }
}

#[test]
fn no_tokens_leaves_only_the_tokens_out() {
    let out = stdout(urdu().args(["analyze", "--no-tokens"]).arg(seed()));
    let mut json: Value = serde_json::from_str(&out).unwrap();
    let text = fs::read_to_string(seed()).unwrap();
    strip_added(&mut json, &text);
    let mut expected = library_json(&text);
    expected.as_object_mut().unwrap().remove("tokens");
    assert_eq!(json, expected);
}

#[test]
fn json_of_several_documents_is_one_list() {
    let (dir, docs) = corpus("json_list", 4);
    let out = stdout(urdu().args(["analyze", "--format", "json"]).arg(&dir));
    let list: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(list.len(), docs.len());
    // No documents: an empty list.
    let empty = scratch("json_empty");
    let out = stdout(urdu().args(["analyze", "--format", "json"]).arg(&empty));
    assert_eq!(serde_json::from_str::<Vec<Value>>(&out).unwrap().len(), 0);
}

#[test]
fn standard_input_is_one_document() {
    let text = fs::read_to_string(seed()).unwrap();
    let out = stdout(urdu().args(["analyze", "-"]).write_stdin(text.clone()));
    let mut json: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["path"], "-");
    strip_added(&mut json, &text);
    assert_eq!(json, library_json(&text));
    // No path at all reads standard input too.
    let out2 = stdout(urdu().arg("analyze").write_stdin(text));
    assert_eq!(out, out2);
}

#[test]
fn csv_of_quotations_parses_back_to_the_librarys_quotations() {
    let (dir, docs) = corpus("csv_quotes", 10);
    let out = stdout(urdu().args(["analyze", "--format", "csv"]).arg(&dir));
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let headers = reader.headers().unwrap().clone();
    for column in [
        "document",
        "start",
        "end",
        "kind",
        "speaker",
        "speaker_kind",
        "cue",
        "text",
    ] {
        assert!(headers.iter().any(|h| h == column), "no column {column}");
    }
    let rows: Vec<BTreeMap<String, String>> = reader.deserialize().map(Result::unwrap).collect();
    let expected: Vec<BTreeMap<String, String>> = docs
        .iter()
        .flat_map(|(path, text)| {
            let a = urdu::analyze(text);
            a.quotes()
                .iter()
                .map(|q| {
                    let speaker = a.speaker_of(q);
                    BTreeMap::from([
                        ("document".to_owned(), path.clone()),
                        ("start".to_owned(), q.span().start.to_string()),
                        ("end".to_owned(), q.span().end.to_string()),
                        (
                            "char_start".to_owned(),
                            text[..q.span().start].chars().count().to_string(),
                        ),
                        (
                            "char_end".to_owned(),
                            text[..q.span().end].chars().count().to_string(),
                        ),
                        ("kind".to_owned(), q.kind().to_string()),
                        (
                            "speaker".to_owned(),
                            speaker.map_or("", |s| s.name()).to_owned(),
                        ),
                        (
                            "speaker_title".to_owned(),
                            speaker.and_then(|s| s.title()).unwrap_or("").to_owned(),
                        ),
                        (
                            "speaker_kind".to_owned(),
                            speaker.map_or(String::new(), |s| s.kind().to_string()),
                        ),
                        (
                            "speaker_key".to_owned(),
                            speaker.map_or(String::new(), |s| s.key()),
                        ),
                        (
                            "cue".to_owned(),
                            q.cue().map_or("", |c| c.text()).to_owned(),
                        ),
                        ("text".to_owned(), q.text().to_owned()),
                    ])
                })
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(rows, expected);
}

#[test]
fn csv_tables_of_speakers_locations_and_tokens() {
    let (dir, docs) = corpus("csv_tables", 8);
    let analyses: Vec<urdu::Analysis<'_>> = docs.iter().map(|(_, t)| urdu::analyze(t)).collect();

    // Speakers across documents: one row per speaker key, counts summed.
    let out = stdout(
        urdu()
            .args(["analyze", "--format", "csv", "--table", "speakers"])
            .arg(&dir),
    );
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<BTreeMap<String, String>> = reader.deserialize().map(Result::unwrap).collect();
    let mut quotations: BTreeMap<String, usize> = BTreeMap::new();
    for a in &analyses {
        for q in a.quotes() {
            if let Some(s) = a.speaker_of(q) {
                *quotations.entry(s.key()).or_default() += 1;
            }
        }
        for s in a.speakers() {
            quotations.entry(s.key()).or_default();
        }
    }
    let got: BTreeMap<String, usize> = rows
        .iter()
        .map(|r| (r["key"].clone(), r["quotations"].parse().unwrap()))
        .collect();
    assert_eq!(got.len(), rows.len(), "one row per key");
    assert_eq!(got, quotations);

    // Per document: one row per speaker of each analysis.
    let out = stdout(
        urdu()
            .args([
                "analyze",
                "--format",
                "csv",
                "--table",
                "speakers",
                "--by-document",
            ])
            .arg(&dir),
    );
    let n: usize = analyses.iter().map(|a| a.speakers().len()).sum();
    assert_eq!(
        csv::Reader::from_reader(out.as_bytes()).records().count(),
        n
    );

    // Places across documents: mentions summed per place.
    let out = stdout(
        urdu()
            .args(["analyze", "--format", "csv", "--table", "locations"])
            .arg(&dir),
    );
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<BTreeMap<String, String>> = reader.deserialize().map(Result::unwrap).collect();
    let mut mentions: BTreeMap<String, usize> = BTreeMap::new();
    for a in &analyses {
        for l in a.locations() {
            *mentions.entry(l.name().to_owned()).or_default() += l.mentions().len();
        }
    }
    let mut got: BTreeMap<String, usize> = BTreeMap::new();
    for r in &rows {
        *got.entry(r["name"].clone()).or_default() += r["mentions"].parse::<usize>().unwrap();
    }
    assert_eq!(got, mentions);
    let pakistan = rows
        .iter()
        .find(|r| r["country"] == "PK" && r["kind"] == "city");
    if let Some(city) = pakistan {
        assert_eq!(city["country_name"], "پاکستان");
    }

    // Tokens: one row per token, with its normalized form.
    let out = stdout(
        urdu()
            .args(["analyze", "--format", "csv", "--table", "tokens"])
            .arg(&dir),
    );
    let n: usize = analyses.iter().map(|a| a.tokens().len()).sum();
    assert_eq!(
        csv::Reader::from_reader(out.as_bytes()).records().count(),
        n
    );
}

#[test]
fn jsonl_corpus_with_ids_and_a_broken_line() {
    let dir = scratch("jsonl_in");
    let docs: Vec<String> = articles()
        .iter()
        .take(5)
        .map(|p| fs::read_to_string(p).unwrap())
        .collect();
    let mut lines = Vec::new();
    for (i, text) in docs.iter().enumerate() {
        lines.push(serde_json::json!({"url": format!("https://example.com/{i}"), "body": text, "extra": [1, {"a": 2}]}).to_string());
        if i == 1 {
            lines.push("{\"url\": \"broken\", \"body\": ".to_owned());
            lines.push(String::new()); // blank lines are skipped
        }
    }
    let path = dir.join("dump.jsonl");
    fs::write(&path, lines.join("\n") + "\n").unwrap();
    let assert = urdu()
        .args([
            "analyze",
            "--jsonl",
            "--text-field",
            "body",
            "--id-field",
            "url",
        ])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "{}:3: not a JSON object",
            path.display()
        )));
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    let out_lines: Vec<&str> = out.lines().collect();
    assert_eq!(out_lines.len(), docs.len());
    for (i, (line, text)) in out_lines.iter().zip(&docs).enumerate() {
        let mut json: Value = serde_json::from_str(line).unwrap();
        assert_eq!(json["id"], format!("https://example.com/{i}"));
        assert!(json["line"].as_u64().is_some());
        strip_added(&mut json, text);
        assert_eq!(json, library_json(text));
    }
    // The same corpus on standard input.
    let stdin_out = urdu()
        .args([
            "analyze",
            "--jsonl",
            "--text-field",
            "body",
            "--id-field",
            "url",
            "-",
        ])
        .write_stdin(fs::read(&path).unwrap())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("-:3: not a JSON object"))
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8(stdin_out).unwrap().lines().count(),
        docs.len()
    );
    // A missing text field is named.
    urdu()
        .args(["analyze", "--jsonl", "-"])
        .write_stdin("{\"body\": \"لاہور\"}\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("-:1: no field \"text\""));
}

#[test]
fn a_bad_file_is_reported_and_every_other_file_is_complete() {
    let (dir, docs) = corpus("bad_file", 6);
    let bad = dir.join("c-broken.txt");
    let mut bytes = "پاکستان میں".as_bytes().to_vec();
    let at = bytes.len();
    bytes.extend_from_slice(&[0xff, 0xfe, b' ']);
    fs::write(&bad, &bytes).unwrap();
    let assert = urdu()
        .args(["analyze", "--format", "jsonl"])
        .arg(&dir)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "urdu: error: {}: not UTF-8: invalid byte sequence at byte {at}",
            bad.display()
        )));
    let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert_eq!(err.lines().count(), 1, "one line per error: {err}");
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    let paths: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["path"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let expected: Vec<&str> = docs.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(paths, expected);
    for (line, (_, text)) in out.lines().zip(&docs) {
        let mut json: Value = serde_json::from_str(line).unwrap();
        strip_added(&mut json, text);
        assert_eq!(json, library_json(text));
    }

    // With --lossy the bad file is read, its bad bytes replaced.
    let out = stdout(
        urdu()
            .args(["analyze", "--format", "jsonl", "--lossy"])
            .arg(&dir),
    );
    assert_eq!(out.lines().count(), docs.len() + 1);
    assert!(out.contains("\u{fffd}"));

    // A file that does not exist: named, and the others are still done.
    let missing = dir.join("missing.txt");
    urdu()
        .args(["analyze", "--format", "csv"])
        .arg(&missing)
        .arg(seed())
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "{}: cannot read",
            missing.display()
        )))
        .stdout(predicate::str::contains("ولادی میر پوتن"));
}

#[test]
fn one_job_and_two_jobs_write_the_same() {
    let (dir, _) = corpus("jobs", 20);
    for args in [
        &["analyze", "--format", "jsonl"][..],
        &["analyze", "--format", "csv", "--table", "speakers"],
        &["tokenize", "--format", "csv"],
        &["normalize"],
    ] {
        let one = stdout(urdu().args(args).args(["--jobs", "1"]).arg(&dir));
        let two = stdout(urdu().args(args).args(["--jobs", "2"]).arg(&dir));
        let eight = stdout(urdu().args(args).args(["--jobs", "8"]).arg(&dir));
        assert!(!one.is_empty());
        assert!(one == two && one == eight, "{args:?}");
    }
}

#[test]
fn normalize_is_a_filter() {
    let text = "پاكستـان كى حكومت\u{200f} نے كہا\n";
    let out = urdu()
        .arg("normalize")
        .write_stdin(text)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(out).unwrap(), urdu::normalize(text));
    // Options of the library's normalizer.
    let out = stdout(
        urdu()
            .args(["normalize", "--digits", "ascii", "--remove-diacritics"])
            .write_stdin("تقریباً ۳۰ سالہ"),
    );
    assert_eq!(out, "تقریبا 30 سالہ");
    // Several documents: JSON Lines by default, each with its path.
    let (dir, docs) = corpus("normalize", 3);
    let out = stdout(urdu().arg("normalize").arg(&dir));
    for (line, (path, text)) in out.lines().zip(&docs) {
        let json: Value = serde_json::from_str(line).unwrap();
        assert_eq!(json["path"], path.as_str());
        assert_eq!(json["text"], urdu::normalize(text).as_ref());
    }
    assert_eq!(out.lines().count(), docs.len());
}

#[test]
fn tokenize_and_sentences_in_every_format() {
    let text = fs::read_to_string(seed()).unwrap();
    let tokens = urdu::tokenize(&text);
    let sentences = urdu::sentences(&text);

    let out = stdout(urdu().args(["tokenize", "--format", "text"]).arg(seed()));
    let expected: Vec<&str> = tokens.iter().map(|t| t.text()).collect();
    assert_eq!(out.lines().collect::<Vec<_>>(), expected);

    let out = stdout(urdu().arg("tokenize").arg(seed()));
    let json: Value = serde_json::from_str(&out).unwrap();
    let mut got = json["tokens"].clone();
    strip_added(&mut got, &text);
    assert_eq!(got, serde_json::to_value(&tokens).unwrap());

    let out = stdout(
        urdu()
            .args(["tokenize", "--format", "csv"])
            .write_stdin(text.clone()),
    );
    assert_eq!(
        csv::Reader::from_reader(out.as_bytes()).records().count(),
        tokens.len()
    );

    let out = stdout(urdu().args(["sentences", "--format", "text"]).arg(seed()));
    assert_eq!(out.lines().count(), sentences.len());
    assert_eq!(out.lines().next(), sentences.first().map(|s| s.text()));

    let out = stdout(urdu().args(["sentences", "--format", "jsonl"]).arg(seed()));
    let json: Value = serde_json::from_str(out.trim_end()).unwrap();
    let mut got = json["sentences"].clone();
    strip_added(&mut got, &text);
    assert_eq!(got, serde_json::to_value(&sentences).unwrap());

    let out = stdout(urdu().args(["sentences", "--format", "csv"]).arg(seed()));
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let texts: Vec<String> = reader.records().map(|r| r.unwrap()[5].to_owned()).collect();
    let expected: Vec<&str> = sentences.iter().map(|s| s.text()).collect();
    assert_eq!(texts, expected);
}

#[test]
fn report_marks_every_quotation_and_escapes_the_text() {
    let dir = scratch("report");
    let page = dir.join("article.html");
    urdu()
        .args(["report"])
        .arg(seed())
        .arg("-o")
        .arg(&page)
        .assert()
        .success();
    let html = fs::read_to_string(&page).unwrap();
    let text = fs::read_to_string(seed()).unwrap();
    let a = urdu::analyze(&text);
    assert!(html.contains("<html lang=\"ur\" dir=\"rtl\">"));
    assert_eq!(
        html.matches("<mark class=\"q ").count() - 3,
        a.quotes().len(),
        "one mark per quotation (and three in the legend)"
    );
    assert_eq!(
        html.matches("<button class=\"speaker ").count(),
        a.speakers().len()
    );
    assert_eq!(
        html.matches("<li class=\"place\"").count(),
        a.locations().len()
    );
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "nothing fetched"
    );

    // Article text is text, never markup.
    let hostile = "<script>alert(1)</script> صدر نے کہا کہ \"<b>ہم</b>\" & 'تیار' ہیں۔";
    let out = stdout(urdu().arg("report").write_stdin(hostile));
    assert!(!out.contains("<script>alert"), "{out}");
    assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(out.contains("&lt;b&gt;"));
    assert_eq!(
        out.matches("<script>").count(),
        1,
        "only the page's own script"
    );
}

#[test]
fn report_of_a_corpus_writes_pages_and_an_index() {
    let (dir, docs) = corpus("report_corpus", 5);
    let out = scratch("report_corpus_out");
    urdu()
        .args(["report", "--out-dir"])
        .arg(&out)
        .arg(&dir)
        .assert()
        .success();
    let index = fs::read_to_string(out.join("index.html")).unwrap();
    let pages: Vec<PathBuf> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap() != "index.html")
        .collect();
    assert_eq!(pages.len(), docs.len());
    for (i, (path, text)) in docs.iter().enumerate() {
        let a = urdu::analyze(text);
        let stem = Path::new(path).file_stem().unwrap().to_string_lossy();
        let file = format!("{:05}-{stem}.html", i + 1);
        assert!(
            index.contains(&format!("href=\"{file}\"")),
            "{file} not in the index"
        );
        let row = format!(
            "<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>",
            a.quotes().len(),
            a.speakers().len(),
            a.locations().len()
        );
        let at = index.find(&format!("href=\"{file}\"")).unwrap();
        assert!(index[at..].contains(&row), "counts of {file}");
        let page = fs::read_to_string(out.join(&file)).unwrap();
        assert_eq!(
            page.matches("<mark class=\"q ").count() - 3,
            a.quotes().len()
        );
        assert!(page.contains("href=\"index.html\""));
    }
}

#[test]
fn bad_arguments_exit_with_2() {
    for args in [
        &["analyze", "--format", "xml"][..],
        &["analyze", "--table", "speakers", "-"],
        &["analyze", "--format", "text", "-"],
        &["normalize", "--format", "csv", "-"],
        &["analyze", "--format", "csv", "--no-tokens", "-"],
        &["analyze", "--glob", "[", "-"],
        &["analyze", "--text-field", "body", "-"],
        &["frobnicate"],
    ] {
        urdu()
            .args(args)
            .write_stdin("")
            .assert()
            .code(2)
            .stderr(predicate::str::is_empty().not());
    }
    let (dir, _) = corpus("bad_args", 2);
    urdu()
        .arg("report")
        .arg(&dir)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--out-dir"));
}

#[test]
fn help_has_examples() {
    urdu()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:"));
    for sub in ["normalize", "tokenize", "sentences", "analyze", "report"] {
        urdu().args([sub, "--help"]).assert().success().stdout(
            predicate::str::contains("Examples:")
                .and(predicate::str::contains(format!("urdu {sub}"))),
        );
    }
}

#[test]
fn no_panic_on_hostile_input() {
    let inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"   \n\n\r\n".to_vec(),
        "’".repeat(20_000).into_bytes(),
        "”“’‘«»\"".repeat(3_000).into_bytes(),
        (0..=255u8).cycle().take(50_000).collect(),
        "ک".repeat(100_000).into_bytes(),
        "\u{202e}<script>\u{0}\u{feff}".repeat(1_000).into_bytes(),
    ];
    // JSON Lines that are not documents: each is reported in one line, the run goes on.
    let lines = [
        "[".repeat(100_000),
        format!("{{\"x\": {}}}", "[".repeat(100_000)),
        "{\"text\": \"\\ud800\"}".to_owned(),
        "\u{0}\u{1}\u{2}".to_owned(),
        "{\"text\": \"لاہور\", \"id\": {\"a\": [1, null]}}".to_owned(),
    ];
    let assert = urdu()
        .args([
            "analyze",
            "--jsonl",
            "--format",
            "csv",
            "--table",
            "locations",
            "-",
        ])
        .write_stdin(lines.join("\n"))
        .assert()
        .code(1);
    let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert_eq!(err.lines().count(), 4, "{err}");
    assert!(
        err.lines().all(|l| l.starts_with("urdu: error: -:")),
        "{err}"
    );
    assert!(String::from_utf8_lossy(&assert.get_output().stdout).contains("لاہور"));

    for input in inputs {
        for sub in ["normalize", "tokenize", "sentences", "analyze", "report"] {
            let assert = urdu()
                .args([sub, "--lossy", "-"])
                .write_stdin(input.clone())
                .assert();
            let out = assert.get_output();
            assert_eq!(
                out.status.code(),
                Some(0),
                "{sub}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}
