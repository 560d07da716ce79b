//! `urdu report`: a self-contained HTML page per article (the text right to left, each
//! quotation highlighted in its speaker's colour, the speakers and the places), and an index
//! of the pages. Written with maud, which escapes every piece of text by construction; the
//! page fetches nothing (its Content-Security-Policy forbids it) and needs no framework.

use maud::{html, Markup, PreEscaped, DOCTYPE};

use crate::process::{place_rows, speaker_rows, Doc};

/// How many speaker colours there are; speakers beyond that share them in turn.
const COLOURS: usize = 8;

/// Quotations nested deeper than this are shown as plain text inside their parent (real
/// text nests two or three deep).
const MAX_DEPTH: usize = 24;

/// The longest title, in characters.
const TITLE_CHARS: usize = 90;

/// Nastaliq first, then Naskh, then anything that has Arabic letters; all local fonts.
const FONTS: &str = "\"Noto Nastaliq Urdu\", \"Jameel Noori Nastaleeq\", \"Alvi Nastaleeq\", \
     \"Nafees Nastaleeq\", \"Urdu Typesetting\", \"Noto Naskh Arabic\", \"Scheherazade New\", \
     \"Amiri\", \"Noto Sans Arabic\", \"Geeza Pro\", \"Tahoma\", serif";

const CSS: &str = r#"
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #e3e3e3; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fbfaf7; font-family: FONTS; }
.ltr { direction: ltr; unicode-bidi: isolate; font-family: system-ui, sans-serif; }
header, .layout { max-width: 76rem; margin: 0 auto; padding: 1rem 1.25rem; }
header { border-bottom: 1px solid var(--rule); }
header h1 { font-size: 1.35rem; line-height: 2.4; margin: 0; font-weight: normal; }
header p { margin: .25rem 0; color: var(--muted); font-size: .85rem; text-align: right; }
nav a { font-family: system-ui, sans-serif; font-size: .85rem; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 19rem; gap: 2rem; align-items: start; }
article { font-size: 1.2rem; line-height: 2.5; text-align: justify; }
article p { margin: 0 0 1rem; }
h2 { font-size: 1rem; margin: 1rem 0 .25rem; font-weight: normal; color: var(--muted); }
aside ol, aside ul { list-style: none; margin: 0; padding: 0; }
aside li { margin: .3rem 0; }
button.speaker { all: unset; box-sizing: border-box; display: block; width: 100%; cursor: pointer;
  padding: .2rem .6rem; border-radius: .5rem; border: 2px solid transparent; background: var(--cl); line-height: 2.1; }
button.speaker:hover { border-color: var(--c); }
button.speaker:focus-visible { outline: 2px solid var(--cs); outline-offset: 2px; }
button.speaker[aria-pressed="true"] { border-color: var(--cs); background: var(--c); }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 50%; background: var(--c);
  border: 1px solid var(--cs); margin-inline-end: .4em; }
.name { font-size: 1.05rem; }
.title { color: var(--muted); }
.meta { display: block; font-size: .75rem; line-height: 1.8; color: var(--muted); }
.meta.ltr, p.legend { text-align: right; }
.place { padding: .2rem .6rem; border-inline-start: 3px solid var(--rule); line-height: 2.1; }
mark.q { color: inherit; background: var(--c); border-radius: .25em; padding: 0 .1em; cursor: help;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.q.indirect { background: var(--cl); text-decoration: underline dotted var(--cs) 2px; text-underline-offset: .35em; }
mark.q.partial { background: var(--c); box-shadow: inset 0 -2px 0 var(--cs); }
mark.q.direct { background: var(--c); }
mark.q:focus { outline: 2px solid var(--cs); }
mark.q.marked { outline: 3px solid var(--cs); outline-offset: 1px; }
body.selecting mark.q:not(.marked) { opacity: .35; }
mark.q:is(:hover, :focus):not(:has(mark.q:hover, mark.q:focus))::after {
  content: attr(data-tip); position: fixed; inset-inline: 0; bottom: 0; z-index: 10;
  padding: .4rem 1rem; background: #202124; color: #fff; font-size: 1rem; line-height: 2.2;
  text-align: center; white-space: normal; }
.legend { font-size: .85rem; color: var(--muted); line-height: 2.4; }
.legend mark { margin-inline-end: .6rem; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: .35rem .6rem; border-bottom: 1px solid var(--rule); text-align: start; vertical-align: top; }
th { font: 600 .85rem/1.6 system-ui, sans-serif; color: var(--muted); vertical-align: bottom; }
a { color: #174ea6; text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
td.n, th.n { text-align: center; font-family: system-ui, sans-serif; }
td a { line-height: 2.2; }
.c0 { --c: #ffe27a; --cl: #fff3c4; --cs: #a67c00; }
.c1 { --c: #a8d8ff; --cl: #dcefff; --cs: #1f6fb2; }
.c2 { --c: #b5eaa5; --cl: #e1f7da; --cs: #2e7d32; }
.c3 { --c: #ffb3b3; --cl: #ffe0e0; --cs: #c62828; }
.c4 { --c: #d9c2ff; --cl: #efe6ff; --cs: #6a3fb5; }
.c5 { --c: #ffcc99; --cl: #ffe9d4; --cs: #c25e00; }
.c6 { --c: #a6ebe2; --cl: #dcf7f3; --cs: #00796b; }
.c7 { --c: #f5b8e6; --cl: #fce3f5; --cs: #ad1457; }
.none { --c: #dedede; --cl: #f0f0f0; --cs: #6b6b6b; }
@media (max-width: 48rem) {
  .layout { grid-template-columns: minmax(0, 1fr); gap: .5rem; padding: .75rem; }
  header { padding: .75rem; }
  article { font-size: 1.1rem; text-align: start; }
}
"#;

/// Clicking a speaker marks all its quotations (and dims the others); again unmarks them.
const SCRIPT: &str = r#"
for (const b of document.querySelectorAll("button[data-speaker]")) {
  b.addEventListener("click", () => {
    const on = b.getAttribute("aria-pressed") !== "true";
    b.setAttribute("aria-pressed", String(on));
    for (const m of document.querySelectorAll('mark.q[data-speaker="' + b.dataset.speaker + '"]')) m.classList.toggle("marked", on);
    document.body.classList.toggle("selecting", document.querySelector('button[aria-pressed="true"]') !== null);
  });
}
"#;

/// No fetch of any kind: styles and the script are inline.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

fn head(title: &str) -> Markup {
    html! {
        meta charset="utf-8";
        meta name="viewport" content="width=device-width, initial-scale=1";
        meta http-equiv="Content-Security-Policy" content=(CSP);
        meta name="generator" content=(concat!("urdu-cli ", env!("CARGO_PKG_VERSION")));
        title { (title) }
        style { (PreEscaped(CSS.replace("FONTS", FONTS))) }
    }
}

/// The colour class of a speaker (or of quotations without one).
fn colour(speaker: Option<usize>) -> String {
    speaker.map_or_else(|| "none".to_owned(), |i| format!("c{}", i % COLOURS))
}

/// A page's entry in the index.
#[derive(Clone, Debug)]
pub struct Page {
    /// The document's name (path, path and line, or id).
    pub name: String,
    /// The first sentence, shortened.
    pub title: String,
    /// Quotations.
    pub quotes: usize,
    /// Speakers.
    pub speakers: usize,
    /// Places.
    pub places: usize,
}

impl Page {
    /// The index entry of the analysis of `doc`.
    pub fn new(doc: &Doc, a: &urdu::Analysis<'_>) -> Page {
        Page {
            name: doc.name(),
            title: title(a),
            quotes: a.quotes().len(),
            speakers: a.speakers().len(),
            places: a.locations().len(),
        }
    }
}

/// Sentences shorter than this many words (a photo credit, a dateline) are passed over for
/// the title.
const TITLE_WORDS: usize = 6;

/// The first sentence of at least [`TITLE_WORDS`] words (else the first sentence), cut at a
/// word after [`TITLE_CHARS`] characters.
fn title(a: &urdu::Analysis<'_>) -> String {
    let words = |s: &urdu::Sentence<'_>| {
        a.tokens()
            .iter_range(s.tokens())
            .filter(|t| t.kind() == urdu::TokenKind::Word)
            .count()
    };
    let first = a
        .sentences()
        .iter()
        .find(|s| words(s) >= TITLE_WORDS)
        .or_else(|| a.sentences().first())
        .map_or("", |s| s.text())
        .trim();
    if first.chars().count() <= TITLE_CHARS {
        return first.to_owned();
    }
    let cut: String = first.chars().take(TITLE_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

/// A quotation to show, with the quotations it holds.
struct Node {
    index: usize,
    start: usize,
    end: usize,
    children: Vec<Node>,
}

/// The quotations as a forest of nested spans. Quotations that cross another one, or
/// whose span is not a stretch of the text, are left out (the library promises neither).
fn forest(a: &urdu::Analysis<'_>) -> Vec<Node> {
    let text = a.text();
    let mut order: Vec<usize> = (0..a.quotes().len()).collect();
    order.sort_by_key(|&i| {
        let span = a.quotes().get(i).map(urdu::Quote::span).unwrap_or_default();
        (span.start, std::cmp::Reverse(span.end))
    });
    let mut roots: Vec<Node> = Vec::new();
    let mut open: Vec<Node> = Vec::new();
    let close = |open: &mut Vec<Node>, roots: &mut Vec<Node>| {
        if let Some(node) = open.pop() {
            match open.last_mut() {
                Some(parent) => parent.children.push(node),
                None => roots.push(node),
            }
        }
    };
    for i in order {
        let Some(span) = a.quotes().get(i).map(urdu::Quote::span) else {
            continue;
        };
        if span.is_empty() || text.get(span.range()).is_none() {
            continue;
        }
        while open.last().is_some_and(|top| top.end <= span.start) {
            close(&mut open, &mut roots);
        }
        if open.last().is_some_and(|top| span.end > top.end) || open.len() >= MAX_DEPTH {
            continue;
        }
        open.push(Node {
            index: i,
            start: span.start,
            end: span.end,
            children: Vec::new(),
        });
    }
    while !open.is_empty() {
        close(&mut open, &mut roots);
    }
    roots
}

/// What a paragraph holds: stretches of text and quotations.
enum Piece<'n, 't> {
    Text(&'t str),
    Quote(&'n Node),
}

/// The article's paragraphs: the text split at line breaks that no quotation spans.
fn paragraphs<'n, 't>(text: &'t str, roots: &'n [Node]) -> Vec<Vec<Piece<'n, 't>>> {
    let mut paragraphs = vec![Vec::new()];
    let gap = |from: usize, to: usize, paragraphs: &mut Vec<Vec<Piece<'n, 't>>>| {
        let stretch = text.get(from..to).unwrap_or("");
        for (i, line) in stretch.split('\n').enumerate() {
            if i > 0 {
                paragraphs.push(Vec::new());
            }
            let line = line.strip_suffix('\r').unwrap_or(line);
            if let (false, Some(p)) = (line.is_empty(), paragraphs.last_mut()) {
                p.push(Piece::Text(line));
            }
        }
    };
    let mut pos = 0;
    for node in roots {
        gap(pos, node.start, &mut paragraphs);
        if let Some(p) = paragraphs.last_mut() {
            p.push(Piece::Quote(node));
        }
        pos = node.end;
    }
    gap(pos, text.len(), &mut paragraphs);
    paragraphs.retain(|p| {
        p.iter().any(|piece| match piece {
            Piece::Text(t) => !t.trim().is_empty(),
            Piece::Quote(_) => true,
        })
    });
    paragraphs
}

/// The name of a quotation's kind in the tooltip, in Urdu like the rest of its line.
fn kind_name(kind: urdu::QuoteKind) -> &'static str {
    match kind {
        urdu::QuoteKind::Direct => "براہِ راست",
        urdu::QuoteKind::Partial => "جزوی",
        urdu::QuoteKind::Indirect => "بالواسطہ",
        _ => kind.as_str(),
    }
}

/// The tooltip of a quotation, one right-to-left line: speaker (and title), «cue», kind.
fn tip(a: &urdu::Analysis<'_>, q: &urdu::Quote<'_>) -> String {
    let mut parts = Vec::new();
    match a.speaker_of(q) {
        Some(s) => parts.push(match s.title() {
            Some(title) => format!("{} ({title})", s.name()),
            None => s.name().to_owned(),
        }),
        None => parts.push("نامعلوم".to_owned()),
    }
    if let Some(cue) = q.cue() {
        parts.push(format!("«{}»", cue.text()));
    }
    parts.push(kind_name(q.kind()).to_owned());
    parts.join(" · ")
}

/// A quotation and the ones it holds.
fn quote(a: &urdu::Analysis<'_>, node: &Node) -> Markup {
    let text = a.text();
    let Some(q) = a.quotes().get(node.index) else {
        return html! {};
    };
    let mut pieces = Vec::new();
    let mut pos = node.start;
    for child in &node.children {
        pieces.push(Piece::Text(text.get(pos..child.start).unwrap_or("")));
        pieces.push(Piece::Quote(child));
        pos = child.end;
    }
    pieces.push(Piece::Text(text.get(pos..node.end).unwrap_or("")));
    html! {
        mark.q.(q.kind().as_str()).(colour(q.speaker()))
            data-quote=(node.index) data-speaker=[q.speaker()] tabindex="0" data-tip=(tip(a, q)) {
            @for piece in &pieces {
                (piece_markup(a, piece))
            }
        }
    }
}

fn piece_markup(a: &urdu::Analysis<'_>, piece: &Piece<'_, '_>) -> Markup {
    match piece {
        Piece::Text(t) => html! { (t) },
        Piece::Quote(node) => quote(a, node),
    }
}

/// `n thing` or `n things`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The page of one article.
pub fn page(analyzer: &urdu::Analyzer, doc: &Doc, a: &urdu::Analysis<'_>, index: bool) -> String {
    let roots = forest(a);
    let paragraphs = paragraphs(a.text(), &roots);
    let speakers = speaker_rows(a);
    let places = place_rows(analyzer, a);
    let title = title(a);
    let name = doc.name();
    html! {
        (DOCTYPE)
        html lang="ur" dir="rtl" {
            head { (head(if title.is_empty() { &name } else { &title })) }
            body {
                header {
                    @if index {
                        nav { a href="index.html" { "← all articles" } }
                    }
                    h1 { (title) }
                    p.ltr { (name) }
                    p.ltr.counts {
                        (count(a.quotes().len(), "quotation", "quotations")) " · "
                        (count(speakers.len(), "speaker", "speakers")) " · "
                        (count(places.len(), "place", "places"))
                    }
                }
                div.layout {
                    main {
                        article #article lang="ur" dir="rtl" {
                            @for paragraph in &paragraphs {
                                p {
                                    @for piece in paragraph {
                                        (piece_markup(a, piece))
                                    }
                                }
                            }
                        }
                        p.legend.ltr {
                            mark.q.direct.none { "direct" }
                            mark.q.partial.none { "partial" }
                            mark.q.indirect.none { "indirect" }
                            "quotations, in their speaker's colour (grey: no speaker); hover over, \
                             tap or tab to one for its speaker and cue."
                        }
                    }
                    aside {
                        section #speakers {
                            h2 { "بولنے والے · " span.ltr { "speakers" } }
                            @if speakers.is_empty() {
                                p.meta.ltr { "none found" }
                            }
                            ol {
                                @for (i, s) in speakers.iter().enumerate() {
                                    li {
                                        button.speaker.(colour(Some(i))) type="button"
                                            data-speaker=(i) aria-pressed="false" {
                                            span.swatch {}
                                            span.name { (s.name) }
                                            @if let Some(t) = &s.title {
                                                " " span.title { "(" (t) ")" }
                                            }
                                            span.meta.ltr {
                                                (s.kind) " · "
                                                (count(s.quotations, "quotation", "quotations")) " · "
                                                (count(s.mentions, "mention", "mentions"))
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        section #places {
                            h2 { "مقامات · " span.ltr { "places" } }
                            @if places.is_empty() {
                                p.meta.ltr { "none found" }
                            }
                            ul {
                                @for place in &places {
                                    li.place data-kind=(place.kind) data-country=[place.country.as_deref()] {
                                        span.name { (place.name) }
                                        span.meta {
                                            span.ltr { (place.kind) }
                                            @if let Some(code) = &place.country {
                                                " · "
                                                @if let (Some(country), false) = (&place.country_name, place.kind == "country") {
                                                    (country) " "
                                                }
                                                span.ltr { (code) }
                                            }
                                            " · " span.ltr { (count(place.mentions, "mention", "mentions")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                script { (PreEscaped(SCRIPT)) }
            }
        }
    }
    .into_string()
}

/// The index of a corpus's pages: each article with its counts.
pub fn index(pages: &[(String, Page)], errors: u64) -> String {
    let total = |f: fn(&Page) -> usize| pages.iter().map(|(_, p)| f(p)).sum::<usize>();
    html! {
        (DOCTYPE)
        html lang="ur" dir="rtl" {
            head { (head("Articles")) }
            body {
                header {
                    h1 { "مضامین · " span.ltr { "articles" } }
                    p.ltr {
                        (count(pages.len(), "article", "articles")) " · "
                        (count(total(|p| p.quotes), "quotation", "quotations"))
                        @if errors > 0 {
                            " · " (count(errors as usize, "document", "documents")) " could not be read"
                        }
                    }
                }
                div.layout style="display: block" {
                    table #articles {
                        thead {
                            tr {
                                th { "article" }
                                th.n { "quotations" }
                                th.n { "speakers" }
                                th.n { "places" }
                            }
                        }
                        tbody {
                            @for (file, page) in pages {
                                tr {
                                    td {
                                        a href=(file) { (if page.title.is_empty() { &page.name } else { &page.title }) }
                                        p.meta.ltr { (page.name) }
                                    }
                                    td.n { (page.quotes) }
                                    td.n { (page.speakers) }
                                    td.n { (page.places) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    .into_string()
}

/// The file name of the `n`th page (one-based) of a document named `name`: the number
/// keeps names unique and in order; the rest is the name's last part, in letters, digits,
/// `-` and `_`.
pub fn file_name(n: usize, name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = last.strip_suffix(".txt").unwrap_or(last);
    let stem: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    let stem = stem.trim_matches('_');
    if stem.is_empty() {
        format!("{n:05}.html")
    } else {
        format!("{n:05}-{stem}.html")
    }
}
