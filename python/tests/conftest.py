"""Shared fixtures: the repository's texts, and the Rust ``analyze`` example to compare with."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Dict, List, Optional

import pytest

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "examples" / "article.txt"
DATA = REPO / "tests" / "data"


def read(path: Path) -> str:
    """A text file as the Rust example reads it: UTF-8, line ends and BOM kept."""
    return path.read_bytes().decode("utf-8")


def articles() -> List[Path]:
    """Every annotated article of the crate's conformance data."""
    return sorted(DATA.glob("*/*.txt"))


@pytest.fixture(scope="session")
def seed() -> str:
    return read(SEED)


def _analyze_binary() -> Optional[Path]:
    """The Rust `analyze` example, built with cargo in the test profile (optimized a little,
    as the crate's tests are; CI's `cargo test --all-features` has built it already)."""
    given = os.environ.get("URDU_ANALYZE_BIN")
    if given:
        return Path(given)
    cargo = shutil.which("cargo")
    if cargo is None:
        return None
    done = subprocess.run(
        [cargo, "build", "--quiet", "--profile", "test", "--all-features", "--example",
         "analyze", "--message-format=json"],
        cwd=REPO, capture_output=True, text=True, check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"cannot build the analyze example:\n{done.stderr}")
    for line in done.stdout.splitlines():
        message = json.loads(line)
        if (message.get("reason") == "compiler-artifact"
                and message["target"]["name"] == "analyze" and message.get("executable")):
            return Path(message["executable"])
    return None


@pytest.fixture(scope="session")
def rust_analyze():
    """A function giving the Rust example's JSON for a file, or a skip where there is no
    cargo (CI sets URDU_REQUIRE_RUST=1, which makes that a failure)."""
    binary = _analyze_binary()
    if binary is None:
        if os.environ.get("URDU_REQUIRE_RUST"):
            pytest.fail("the Rust analyze example is required (URDU_REQUIRE_RUST) but cargo is missing")
        pytest.skip("no cargo to build the Rust analyze example")
    cache: Dict[Path, dict] = {}

    def run(path: Path) -> dict:
        if path not in cache:
            out = subprocess.run([str(binary), str(path)], capture_output=True, check=True)
            cache[path] = json.loads(out.stdout)
        return cache[path]

    return run


def to_chars(text: str, value):
    """The Rust example's JSON with every byte offset turned into a character offset."""
    chars = {}
    at = 0
    for i, c in enumerate(text):
        chars[at] = i
        at += len(c.encode("utf-8"))
    chars[at] = len(text)

    def walk(v):
        if isinstance(v, dict):
            out = {}
            for k, x in v.items():
                out[k] = chars[x] if k in ("start", "end") else walk(x)
            return out
        if isinstance(v, list):
            return [walk(x) for x in v]
        return v

    return walk(value)
