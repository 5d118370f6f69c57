"""Every relative link in the README, docs/ and results/README.md resolves to a file or
folder of this repository, so that moving a document or a results folder cannot break
a link unnoticed. Web and mail links and links within a page (#anchor) are not checked;
a link's #fragment is ignored."""
import re
import sys
from pathlib import Path
from typing import List
from urllib.parse import unquote

import pytest

REPO = Path(__file__).resolve().parents[1]
DOCUMENTS = [REPO / "README.md", REPO / "results" / "README.md",
             *sorted((REPO / "docs").glob("*.md"))]

FENCED = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
CODE = re.compile(r"`[^`\n]*`")
# [text](target) and ![alt](target), with an optional "title"; and [label]: target
INLINE = re.compile(r"!?\[[^\]]*\]\(\s*(?:<([^>\n]*)>|([^)\s]*))(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
EXTERNAL = ("http://", "https://", "mailto:")


def relative_links(markdown: str) -> List[str]:
    """The link targets to check: outside code, not web or mail, fragment removed."""
    text = CODE.sub(lambda code: " " * len(code.group(0)), FENCED.sub("", markdown))
    targets = [a or b for a, b in INLINE.findall(text)] + REFERENCE.findall(text)
    paths = [unquote(t.split("#", 1)[0]) for t in targets if not t.startswith(EXTERNAL)]
    return [p for p in paths if p]


def broken_links(document: Path) -> List[str]:
    broken = []
    for target in relative_links(document.read_text()):
        # A leading / is the repository's root, as on GitHub.
        base = REPO if target.startswith("/") else document.parent
        path = (base / target.lstrip("/")).resolve()
        if not path.exists() or REPO.resolve() not in (path, *path.parents):
            broken.append(target)
    return broken


def test_the_link_finder_finds_what_a_reader_can_click():
    text = ("[a](docs/a.md) ![plot](results/x.png) [b](<b c.md> \"title\") [web](https://x.org) "
            "[mail](mailto:a@b) [here](#anchor) [c](d.md#part) `[code](not/a/link.md)`\n"
            "```\n[fenced](not/either.md)\n```\n[ref]: e%20f.md\n")
    assert relative_links(text) == ["docs/a.md", "results/x.png", "b c.md", "d.md", "e f.md"]


def test_a_link_to_nothing_is_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(sys.modules[__name__], "REPO", tmp_path)
    (tmp_path / "there.md").write_text("x")
    (tmp_path / "sub").mkdir()
    doc = tmp_path / "README.md"
    doc.write_text("[ok](there.md) [folder](sub) [root](/there.md) [gone](missing.md) "
                   "[outside](../elsewhere.md)")
    assert broken_links(doc) == ["missing.md", "../elsewhere.md"]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: str(p.relative_to(REPO)))
def test_every_relative_link_resolves(document):
    assert relative_links(document.read_text()), f"{document} has no link to check"
    assert broken_links(document) == [], (
        f"{document.relative_to(REPO)} links to paths that do not exist in the repository")


def test_the_readme_lists_at_most_eight_options_each_a_declared_one():
    """The README's table holds what a user sets (one line each); every option is in
    docs/options.md (tests/test_tools.py checks that page against the code)."""
    import dataclasses

    from fairseq_autoassist.task import AutoAssistConfig

    declared = {"--" + f.name.replace("_", "-") for f in dataclasses.fields(AutoAssistConfig)}
    readme = (REPO / "README.md").read_text()
    table = readme.split("### Options", 1)[1].split("| option | default | meaning |", 1)[1]
    rows = [line for line in table.split("\n\n", 1)[0].splitlines()
            if line.startswith("|") and not line.startswith("|---")]
    flags = [re.match(r"\| `(--[\w-]+)` \|", row).group(1) for row in rows]
    assert 1 <= len(rows) <= 8 and set(flags) <= declared
    assert "--assistant-selection" in flags and "autoassist-tools options" in readme
    assert "[docs/options.md](docs/options.md)" in readme


def test_the_readme_reads_in_five_minutes_and_its_results_are_generated():
    """At most 150 lines, and the Results block is what `autoassist-tools results`
    makes from the folders it names (the fix: autoassist-tools results --readme
    README.md)."""
    from autoassist_tools.results_table import CURRENT, readme_block

    readme = (REPO / "README.md").read_text()
    assert len(readme.splitlines()) <= 150
    block = readme.split("<!-- results:start -->\n", 1)[1].split("\n<!-- results:end -->")[0]
    assert block == readme_block(REPO)
    methods = {m.method for rows in CURRENT.values() for m in rows}
    assert methods == {"plain fairseq", "defaults (`none`)", "`paper`", "`assistant`",
                       "`uniform`"}
    assert set(CURRENT) == {"bible", "bible-long"}
    assert "not trained" not in block


def test_the_results_table_compares_seed_by_seed_within_a_folder(tmp_path):
    import json

    from autoassist_tools.results_table import Measured, method_figures, updates_to_reach

    folder = tmp_path / "results" / "f"
    folder.mkdir(parents=True)
    rows, tests = [], {}
    for seed, shift in ((1, 0.0), (2, 1.0)):
        for arm, bleus in (("baseline", (10, 20)), ("keepall", (15, 24)), ("sel", (16, 22))):
            for updates, bleu in zip((100, 200), bleus):
                rows.append({"arm": arm, "seed": seed, "updates": updates,
                             "bleu": bleu + shift, "valid_nll": 3.0 - bleu / 100})
            tests[f"{arm}/{seed}"] = {"bleu": bleus[-1] + shift}
    (folder / "results.json").write_text(json.dumps(rows))
    (folder / "tests.json").write_text(json.dumps(tests))
    figures = method_figures(Measured("s", "f", "sel"), tmp_path)
    assert figures["vs_plain"] == [2.0, 2.0] and figures["vs_defaults"] == [-2.0, -2.0]
    assert figures["updates_ratio"] == [pytest.approx(5 / 6)] * 2  # 166.7 of 200 updates
    assert updates_to_reach(rows[:2], 15) == pytest.approx(150)
    assert updates_to_reach(rows[:2], 21) is None
