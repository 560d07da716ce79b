//! The report in a real browser: headless Chromium loads the seed article's page, and the
//! test checks through the DOM that every quotation of the library's analysis is marked
//! (with its text and speaker), every speaker and place is listed, clicking a speaker marks
//! its quotations, focusing a quotation shows its speaker and cue, the page fits a phone's
//! width, and no script error or blocked fetch is logged. Screenshots at desktop and phone
//! widths go to `target/tmp/report-browser/`.
//!
//! Chromium is driven over the DevTools protocol (a WebSocket on the loopback interface).
//! Without a browser the test is skipped with a printed reason, unless
//! `URDU_REQUIRE_BROWSER` is set (as `.ci/run` does), when it fails.

use std::io::ErrorKind;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{json, Value};
use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Message, WebSocket};

/// The browser to use: `URDU_CHROMIUM`, or the first of the usual names on the `PATH`.
fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("URDU_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let names = [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ];
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// The browser process, ended when the test ends, however it ends.
struct Browser {
    child: Child,
    profile: PathBuf,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// Starts headless Chromium with a new empty profile and the flags that work on a machine
/// without a network, and connects to its DevTools endpoint.
fn launch(chromium: &Path, profile: PathBuf) -> (Browser, Cdp) {
    let _ = std::fs::remove_dir_all(&profile);
    std::fs::create_dir_all(&profile).unwrap();
    let child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--remote-debugging-port=0",
            "--remote-allow-origins=*",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("about:blank")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", chromium.display()));
    let browser = Browser { child, profile };
    // Chromium writes its port and the browser's endpoint into the profile.
    let port_file = browser.profile.join("DevToolsActivePort");
    let started = Instant::now();
    let endpoint = loop {
        if let Ok(s) = std::fs::read_to_string(&port_file) {
            let mut lines = s.lines();
            if let (Some(port), Some(path)) = (lines.next(), lines.next()) {
                break format!("ws://127.0.0.1:{port}{path}");
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "Chromium did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    let (ws, _) = tungstenite::connect(endpoint.as_str()).unwrap();
    if let MaybeTlsStream::Plain(stream) = ws.get_ref() {
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
    }
    (
        browser,
        Cdp {
            ws,
            next: 0,
            session: None,
            events: Vec::new(),
        },
    )
}

/// A DevTools protocol connection: commands and the events that arrive meanwhile.
struct Cdp {
    ws: WebSocket<MaybeTlsStream<TcpStream>>,
    next: u64,
    session: Option<String>,
    events: Vec<Value>,
}

impl Cdp {
    /// Sends a command (to the page's session once attached) and waits for its result.
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = self.next;
        let mut message = json!({"id": id, "method": method, "params": params});
        if let Some(session) = &self.session {
            message["sessionId"] = json!(session);
        }
        self.ws.send(Message::text(message.to_string())).unwrap();
        loop {
            let reply = self.read();
            if reply["id"] == json!(id) {
                assert!(reply.get("error").is_none(), "{method}: {}", reply["error"]);
                return reply["result"].clone();
            }
            self.events.push(reply);
        }
    }

    fn read(&mut self) -> Value {
        loop {
            match self.ws.read() {
                Ok(Message::Text(text)) => return serde_json::from_str(&text).unwrap(),
                Ok(_) => continue,
                Err(tungstenite::Error::Io(e)) if e.kind() == ErrorKind::WouldBlock => {
                    panic!("no answer from Chromium in 30 s")
                }
                Err(e) => panic!("DevTools connection: {e}"),
            }
        }
    }

    /// Waits for an event of the page.
    fn wait_for(&mut self, method: &str) {
        if self.events.iter().any(|e| e["method"] == method) {
            return;
        }
        loop {
            let event = self.read();
            let found = event["method"] == method;
            self.events.push(event);
            if found {
                return;
            }
        }
    }

    /// The value of a JavaScript expression in the page.
    fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true, "awaitPromise": true}),
        );
        assert!(
            result.get("exceptionDetails").is_none(),
            "{expression}: {}",
            result["exceptionDetails"]
        );
        result["result"]["value"].clone()
    }

    /// Sets the viewport's width (the height follows the page), and saves a screenshot of
    /// the whole page.
    fn screenshot(&mut self, width: u32, mobile: bool, path: &Path) {
        let scale = if mobile { 2 } else { 1 };
        let metrics =
            json!({"width": width, "height": 900, "deviceScaleFactor": scale, "mobile": mobile});
        self.call("Emulation.setDeviceMetricsOverride", metrics);
        let height = self
            .eval("document.documentElement.scrollHeight")
            .as_u64()
            .unwrap();
        let metrics =
            json!({"width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile});
        self.call("Emulation.setDeviceMetricsOverride", metrics);
        let shot = self.call("Page.captureScreenshot", json!({"format": "png"}));
        let png = base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().unwrap())
            .unwrap();
        std::fs::write(path, png).unwrap();
        eprintln!("screenshot: {}", path.display());
    }

    /// Errors the page logged: exceptions, console errors, blocked loads.
    fn errors(&self) -> Vec<String> {
        self.events
            .iter()
            .filter(|e| {
                e["method"] == "Runtime.exceptionThrown"
                    || (e["method"] == "Runtime.consoleAPICalled" && e["params"]["type"] == "error")
                    || (e["method"] == "Log.entryAdded" && e["params"]["entry"]["level"] == "error")
            })
            .map(|e| e["params"].to_string())
            .collect()
    }
}

#[test]
fn the_seed_articles_report_in_chromium() {
    let Some(chromium) = find_chromium() else {
        assert!(
            std::env::var_os("URDU_REQUIRE_BROWSER").is_none(),
            "URDU_REQUIRE_BROWSER is set but no Chromium was found (set URDU_CHROMIUM)"
        );
        eprintln!(
            "skipped: no Chromium on the PATH (install Debian's chromium, or set URDU_CHROMIUM)"
        );
        return;
    };
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report-browser");
    std::fs::create_dir_all(&out).unwrap();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/article.txt");
    let page = out.join("article.html");
    let status = Command::new(env!("CARGO_BIN_EXE_urdu"))
        .args(["--quiet", "report"])
        .arg(&seed)
        .arg("-o")
        .arg(&page)
        .status()
        .unwrap();
    assert!(status.success());
    let text = std::fs::read_to_string(&seed).unwrap();
    let a = urdu::analyze(&text);

    let (_browser, mut cdp) = launch(&chromium, out.join("profile"));
    let target = cdp.call("Target.createTarget", json!({"url": "about:blank"}));
    let attached = cdp.call(
        "Target.attachToTarget",
        json!({"targetId": target["targetId"], "flatten": true}),
    );
    cdp.session = Some(attached["sessionId"].as_str().unwrap().to_owned());
    for domain in ["Runtime.enable", "Log.enable", "Page.enable"] {
        cdp.call(domain, json!({}));
    }
    let metrics = json!({"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": false});
    cdp.call("Emulation.setDeviceMetricsOverride", metrics);
    let url = format!("file://{}", page.canonicalize().unwrap().display());
    cdp.call("Page.navigate", json!({"url": url}));
    cdp.wait_for("Page.loadEventFired");

    // Right to left, in Urdu.
    assert_eq!(cdp.eval("document.documentElement.lang"), "ur");
    assert_eq!(cdp.eval("document.documentElement.dir"), "rtl");
    assert_eq!(
        cdp.eval("getComputedStyle(document.getElementById('article')).direction"),
        "rtl"
    );

    // One highlighted element per quotation, with the quotation's text and speaker.
    let marks = cdp.eval(
        "[...document.querySelectorAll('#article mark.q')].map(m => \
         [Number(m.dataset.quote), m.textContent, m.dataset.speaker ?? null, m.classList[1]])",
    );
    let marks = marks.as_array().unwrap();
    assert_eq!(marks.len(), a.quotes().len(), "one mark per quotation");
    let mut seen: Vec<u64> = marks.iter().map(|m| m[0].as_u64().unwrap()).collect();
    seen.sort_unstable();
    assert_eq!(seen, (0..a.quotes().len() as u64).collect::<Vec<_>>());
    for m in marks {
        let q = &a.quotes()[m[0].as_u64().unwrap() as usize];
        assert_eq!(m[1], q.text());
        assert_eq!(m[2], json!(q.speaker().map(|s| s.to_string())));
        assert_eq!(m[3], q.kind().as_str());
    }

    // One entry per speaker and per place, in the library's order.
    let speakers = cdp
        .eval("[...document.querySelectorAll('#speakers button .name')].map(e => e.textContent)");
    let names: Vec<&str> = a.speakers().iter().map(|s| s.name()).collect();
    assert_eq!(speakers, json!(names));
    let places =
        cdp.eval("[...document.querySelectorAll('#places li .name')].map(e => e.textContent)");
    let names: Vec<&str> = a.locations().iter().map(|l| l.name()).collect();
    assert_eq!(places, json!(names));

    // Clicking a speaker marks exactly its quotations; clicking again unmarks them.
    let (busiest, count) = (0..a.speakers().len())
        .map(|i| {
            (
                i,
                a.quotes().iter().filter(|q| q.speaker() == Some(i)).count(),
            )
        })
        .max_by_key(|&(_, n)| n)
        .unwrap();
    let click = format!("document.querySelector('button[data-speaker=\"{busiest}\"]').click()");
    cdp.eval(&click);
    let marked = cdp.eval(
        "[...document.querySelectorAll('mark.q.marked')].map(m => Number(m.dataset.speaker))",
    );
    assert_eq!(marked, json!(vec![busiest; count]));
    cdp.eval(&click);
    assert_eq!(
        cdp.eval("document.querySelectorAll('mark.q.marked').length"),
        0
    );

    // Focusing a quotation shows its speaker and cue.
    let (i, q) = a
        .quotes()
        .iter()
        .enumerate()
        .find(|(_, q)| q.speaker().is_some() && q.cue().is_some())
        .unwrap();
    cdp.eval(&format!(
        "document.querySelector('mark.q[data-quote=\"{i}\"]').focus()"
    ));
    let tip = cdp.eval(&format!(
        "getComputedStyle(document.querySelector('mark.q[data-quote=\"{i}\"]'), '::after').content"
    ));
    let tip = tip.as_str().unwrap();
    assert!(tip.contains(a.speaker_of(q).unwrap().name()), "{tip}");
    assert!(tip.contains(q.cue().unwrap().text()), "{tip}");

    let nastaliq = cdp.eval("document.fonts.check('16px \"Noto Nastaliq Urdu\"')");
    eprintln!("Noto Nastaliq Urdu installed: {nastaliq}");

    cdp.eval("document.activeElement.blur()");
    cdp.screenshot(1280, false, &out.join("desktop.png"));
    cdp.screenshot(390, true, &out.join("phone.png"));
    // At a phone's width nothing sticks out sideways.
    assert_eq!(
        cdp.eval("document.documentElement.scrollWidth <= window.innerWidth"),
        true,
        "the page is wider than the phone"
    );
    // A quotation focused on the phone, its speaker and cue at the bottom of the screen.
    let metrics = json!({"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": true});
    cdp.call("Emulation.setDeviceMetricsOverride", metrics);
    cdp.eval(&format!(
        "document.querySelector('mark.q[data-quote=\"{i}\"]').scrollIntoView({{block: 'center'}}); \
         document.querySelector('mark.q[data-quote=\"{i}\"]').focus()"
    ));
    let shot = cdp.call("Page.captureScreenshot", json!({"format": "png"}));
    let png = base64::engine::general_purpose::STANDARD
        .decode(shot["data"].as_str().unwrap())
        .unwrap();
    std::fs::write(out.join("phone-focused.png"), png).unwrap();

    let errors = cdp.errors();
    assert!(errors.is_empty(), "the page logged errors: {errors:#?}");
}
