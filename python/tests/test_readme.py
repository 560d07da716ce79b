"""The README's examples run, so that it stays true."""

from __future__ import annotations

import re

from conftest import REPO


def test_readme_examples(monkeypatch, capsys):
    readme = (REPO / "python" / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert len(blocks) >= 5
    monkeypatch.chdir(REPO)
    namespace: dict = {}
    for block in blocks:
        exec(compile(block, "python/README.md", "exec"), namespace)
    # What the README says it prints (the comments right after a print) is what it prints.
    printed = capsys.readouterr().out.splitlines()
    said = []
    for block in blocks:
        after_print = False
        for line in block.splitlines():
            if line.startswith("print("):
                after_print = True
            elif after_print and line.startswith("# "):
                said.append(line[2:])
            else:
                after_print = False
    assert len(said) >= 2
    assert printed == said
