#!/usr/bin/env python3
"""Checks the library's declared `rust-version` against its locked dependencies.

Usage: python3 tools/check_msrv.py

Reads `cargo metadata --locked` and walks the dependency graph of the `urdu` package with all
its features (normal and build dependencies: what a user compiles; dev-dependencies only
build the crate's own tests and benchmarks), then compares the highest `rust-version` those
packages declare with the one `urdu` declares. Exits 1, naming the package, if a dependency
needs a newer Rust than `urdu` says; the machine has one toolchain, so this is how the claim
is checked instead of building with the old compiler.
"""
import json, subprocess, sys


def version(v):
    """`1.85` and `1.85.0` are the same version: pad to three numbers before comparing."""
    parts = [int(x) for x in (v or "0").split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


def main():
    meta = json.loads(subprocess.check_output(
        ["cargo", "metadata", "--format-version", "1", "--locked", "--all-features"]))
    packages = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = next(p for p in meta["packages"] if p["name"] == "urdu")
    seen, stack = set(), [root["id"]]
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        for dep in nodes[pid]["deps"]:
            kinds = {k["kind"] for k in dep["dep_kinds"]}
            if pid == root["id"] and kinds <= {"dev"}:
                continue
            if kinds - {"dev"}:
                stack.append(dep["pkg"])
    needs = max((version(packages[p].get("rust_version")), packages[p]["name"]) for p in seen if p != root["id"])
    declared = version(root.get("rust_version"))
    need_str = ".".join(map(str, needs[0]))
    print(f"urdu declares rust-version {root.get('rust_version')}; its dependencies need {need_str} ({needs[1]})")
    if declared < needs[0]:
        sys.exit(f"rust-version too low: {needs[1]} needs Rust {need_str}")


if __name__ == "__main__":
    main()
