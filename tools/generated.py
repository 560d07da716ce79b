"""What the data generators in tools/ share: writing a generated file, or checking it."""
import os
import sys


def write_or_check(path, content, check, summary):
    """Writes `content` to `path`, or with `check` exits 1 if the file differs from it."""
    name = os.path.relpath(path, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if check:
        same = os.path.exists(path) and open(path, encoding="utf-8").read() == content
        print(f"{name} is up to date" if same else f"{name} is out of date")
        sys.exit(0 if same else 1)
    open(path, "w", encoding="utf-8").write(content)
    print(f"wrote {name}: {summary}")
