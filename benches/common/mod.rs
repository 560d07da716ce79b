//! The corpus the benchmarks run on: the Bend-the-Truth news articles in `../shared/data/`
//! (Amjad et al. 2020) when they are there, else the seed article.

use std::path::Path;

/// The articles of the corpus, one string each.
pub fn articles() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/bend_the_truth_urdu_news/1.Corpus");
    let mut files = Vec::new();
    for sub in ["Train/Real", "Test/Real"] {
        if let Ok(dir) = std::fs::read_dir(root.join(sub)) {
            files.extend(dir.filter_map(|e| e.ok()).map(|e| e.path()));
        }
    }
    files.sort();
    let articles: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if articles.is_empty() {
        return vec![include_str!("../../examples/article.txt").to_owned()];
    }
    articles
}

/// All articles as one text.
pub fn corpus() -> String {
    articles().join("\n\n")
}
