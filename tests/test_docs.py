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


def test_every_assistant_option_is_in_the_readme_options_table():
    """The README's options table documents every option the task declares."""
    import dataclasses

    from fairseq_autoassist.task import AutoAssistConfig

    flags = ["--" + f.name.replace("_", "-") for f in dataclasses.fields(AutoAssistConfig)
             if "assistant" in f.name]
    readme = (REPO / "README.md").read_text()
    assert "--assistant-base" in flags and "--reset-assistant" in flags
    assert [flag for flag in flags if f"| `{flag}` |" not in readme] == []
