//! Indexes the 500 Bend-the-Truth news articles twice, with the Urdu analyzer and with
//! tantivy's default tokenizer, and answers a query from the command line with each, side by
//! side, with highlighted snippets.
//!
//! ```sh
//! cargo run --release -p urdu-tantivy --example search -- "پاكستان"
//! cargo run --release -p urdu-tantivy --example search -- "گیاہے"
//! cargo run --release -p urdu-tantivy --example search -- --limit 3 --corpus DIR "عمران خان"
//! ```
//!
//! The articles are read from `../shared/data/bend_the_truth_urdu_news/1.Corpus` beside the
//! repository (evaluation data, not shipped with the crate), or from `--corpus DIR`.

#[path = "../tests/common/corpus.rs"]
mod corpus;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{Query, QueryParser};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{doc, Index, Searcher, TantivyDocument};

struct Args {
    query: String,
    corpus: PathBuf,
    limit: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut corpus = corpus::default_dir();
    let mut limit = 5;
    let mut words = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--corpus" => corpus = args.next().ok_or("--corpus needs a folder")?.into(),
            "--limit" => {
                limit = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .ok_or("--limit needs a number above 0")?;
            }
            "-h" | "--help" => return Err(String::new()),
            _ => words.push(arg),
        }
    }
    if words.is_empty() {
        return Err("no query given".into());
    }
    Ok(Args {
        query: words.join(" "),
        corpus,
        limit,
    })
}

/// One answer: the analyzer's name, the terms the query became, the hit count and the top
/// hits with their snippets.
struct Answer {
    name: &'static str,
    terms: Vec<String>,
    count: usize,
    hits: Vec<(f32, String, String)>,
}

/// The index of the articles, with what answering a query needs.
struct Archive<'a> {
    index: Index,
    searcher: Searcher,
    id: Field,
    articles: &'a [(String, String)],
    /// What goes before and after a highlighted word.
    highlight: (&'static str, &'static str),
}

fn answer(
    archive: &Archive<'_>,
    name: &'static str,
    field: Field,
    args: &Args,
) -> tantivy::Result<Answer> {
    let Archive {
        index,
        searcher,
        id,
        articles,
        highlight,
    } = archive;
    let parser = QueryParser::for_index(index, vec![field]);
    // Lenient: whatever a person types is a query, at worst one that finds nothing.
    let (query, _errors) = parser.parse_query_lenient(&args.query);
    let mut terms = Vec::new();
    query.query_terms(&mut |term, _| {
        if let Some(text) = term.value().as_str() {
            terms.push(text.to_owned());
        }
    });
    let count = searcher.search(&query, &Count)?;
    let top = searcher.search(&query, &TopDocs::with_limit(args.limit).order_by_score())?;
    let mut snippets = SnippetGenerator::create(searcher, &*query as &dyn Query, field)?;
    snippets.set_max_num_chars(300);
    let mut hits = Vec::new();
    for (score, address) in top {
        let doc: TantivyDocument = searcher.doc(address)?;
        let Some((name, text)) = doc
            .get_first(*id)
            .and_then(|v| v.as_u64())
            .and_then(|i| articles.get(i as usize))
        else {
            continue;
        };
        let snippet = snippets.snippet(text);
        let mut shown = String::new();
        let fragment = snippet.fragment();
        let mut at = 0;
        for range in snippet.highlighted() {
            if let (Some(before), Some(word)) =
                (fragment.get(at..range.start), fragment.get(range.clone()))
            {
                shown.push_str(before);
                shown.push_str(highlight.0);
                shown.push_str(word);
                shown.push_str(highlight.1);
                at = range.end;
            }
        }
        shown.push_str(fragment.get(at..).unwrap_or(""));
        let shown = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        hits.push((score, name.clone(), shown));
    }
    Ok(Answer {
        name,
        terms,
        count,
        hits,
    })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(why) => {
            if !why.is_empty() {
                eprintln!("error: {why}");
            }
            eprintln!("usage: search [--corpus DIR] [--limit N] QUERY...");
            return ExitCode::from(2);
        }
    };
    let articles = corpus::articles(&args.corpus);
    if articles.is_empty() {
        eprintln!(
            "error: no articles under {} (Train/Real/*.txt, Test/Real/*.txt); give --corpus DIR",
            args.corpus.display()
        );
        return ExitCode::from(2);
    }
    match run(&args, &articles) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args, articles: &[(String, String)]) -> tantivy::Result<()> {
    let mut schema = Schema::builder();
    let text_options = |tokenizer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let id = schema.add_u64_field("id", STORED);
    let urdu = schema.add_text_field("urdu", text_options(urdu_tantivy::TOKENIZER_NAME));
    let default = schema.add_text_field("default", text_options("default"));
    let index = Index::create_in_ram(schema.build());
    urdu_tantivy::register(&index);

    let start = Instant::now();
    let mut writer = index.writer(100_000_000)?;
    for (i, (_, text)) in articles.iter().enumerate() {
        writer
            .add_document(doc!(id => i as u64, urdu => text.as_str(), default => text.as_str()))?;
    }
    writer.commit()?;
    let searcher = index.reader()?.searcher();
    println!(
        "{} articles indexed in {:.2} s, each with the urdu analyzer and with tantivy's default tokenizer.",
        articles.len(),
        start.elapsed().as_secs_f64()
    );
    println!("query: {}\n", args.query);

    let highlight = if std::io::stdout().is_terminal() {
        ("\x1b[1;33m", "\x1b[0m")
    } else {
        ("【", "】")
    };
    let archive = Archive {
        index,
        searcher,
        id,
        articles,
        highlight,
    };
    let answers = [
        answer(&archive, "urdu", urdu, args)?,
        answer(&archive, "default", default, args)?,
    ];
    println!("| analyzer | query terms | articles found |");
    println!("|---|---|---:|");
    for a in &answers {
        println!("| {} | {} | {} |", a.name, a.terms.join(" "), a.count);
    }
    for a in &answers {
        println!("\n== {}: {} articles", a.name, a.count);
        for (rank, (score, name, snippet)) in a.hits.iter().enumerate() {
            println!("{:>2}. {name} (score {score:.2})", rank + 1);
            println!("    {snippet}");
        }
    }
    Ok(())
}
