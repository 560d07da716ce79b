//! The Bend-the-Truth news articles (Amjad et al. 2020, 500 real articles) that the recall
//! test, the example and the benchmark read from `../shared/data/` beside the repository;
//! they are evaluation data and are not shipped with the crate.

use std::path::{Path, PathBuf};

/// The folder that holds the articles, `Train/Real` and `Test/Real`.
pub fn default_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/data/bend_the_truth_urdu_news/1.Corpus")
}

/// The articles under `dir` as (file name, text), sorted by path; empty when there are none.
pub fn articles(dir: &Path) -> Vec<(String, String)> {
    let mut files = Vec::new();
    for sub in ["Train/Real", "Test/Real"] {
        if let Ok(entries) = std::fs::read_dir(dir.join(sub)) {
            files.extend(entries.filter_map(|e| e.ok()).map(|e| e.path()));
        }
    }
    files.sort();
    files
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            let name = p.strip_prefix(dir).unwrap_or(p).display().to_string();
            Some((name, text))
        })
        .collect()
}
