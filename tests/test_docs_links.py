"""The repository's documentation holds together: every relative link in README.md, docs/*.md and
benchmarks/README.md names a file that exists (and, with a `#fragment`, a heading in it), the README stays short,
and no document sends a reader to the `shared/` folder beside the checkout, which a clone does not have."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted([ROOT / "README.md", ROOT / "benchmarks" / "README.md", *(ROOT / "docs").glob("*.md")])
README_LIMIT_BYTES = 20 * 1024
DOCUMENT_LIMIT_BYTES = 40 * 1024

# [text](target) and ![alt](target); a target ends at whitespace or the closing parenthesis.
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
INLINE_CODE = re.compile(r"`[^`\n]*`")


def without_code(text: str) -> str:
    """Markdown without code blocks and inline code, where brackets are not links."""
    return INLINE_CODE.sub("", FENCE.sub("", text))


def heading_anchors(path: Path) -> set[str]:
    """GitHub's anchors for a Markdown file's headings: lower case, punctuation dropped, spaces to hyphens,
    a repeated heading numbered -1, -2, ..."""
    anchors: set[str] = set()
    for line in FENCE.sub("", path.read_text(encoding="utf-8")).splitlines():
        heading = re.match(r"#{1,6} +(.*?) *#*$", line)
        if heading is None:
            continue
        slug = re.sub(r"[^\w\- ]", "", heading.group(1).lower()).replace(" ", "-")
        anchor, number = slug, 0
        while anchor in anchors:
            number += 1
            anchor = f"{slug}-{number}"
        anchors.add(anchor)
    return anchors


def broken_links(document: Path) -> list[str]:
    problems = []
    for target in LINK.findall(without_code(document.read_text(encoding="utf-8"))):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):  # https:, mailto: ...
            continue
        path_part, _, fragment = target.partition("#")
        linked = (document.parent / path_part).resolve() if path_part else document
        if not linked.exists():
            problems.append(f"{target}: no such file")
        elif fragment and linked.suffix == ".md" and fragment not in heading_anchors(linked):
            shown = linked.relative_to(ROOT) if linked.is_relative_to(ROOT) else linked.name
            problems.append(f"{target}: no heading #{fragment} in {shown}")
    return problems


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_relative_link_resolves(document: Path) -> None:
    assert broken_links(document) == []


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_link_leaves_the_repository_for_shared(document: Path) -> None:
    links = LINK.findall(without_code(document.read_text(encoding="utf-8")))
    assert [target for target in links if "shared/" in target] == []


def test_the_readme_stays_short() -> None:
    assert (ROOT / "README.md").stat().st_size <= README_LIMIT_BYTES


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_each_document_stays_readable_in_one_sitting(document: Path) -> None:
    assert document.stat().st_size <= DOCUMENT_LIMIT_BYTES


def test_the_checker_catches_a_broken_file_and_a_broken_anchor(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Title (`x`)\n\n## Two words\n", encoding="utf-8")
    page = tmp_path / "b.md"
    page.write_text("[ok](a.md#title-x) [ok](a.md#two-words) [gone](missing.md) [bad](a.md#three)\n"
                    "`[not a link](nowhere.md)` [web](https://example.org/x)\n", encoding="utf-8")
    assert broken_links(page) == ["missing.md: no such file", "a.md#three: no heading #three in a.md"]
