"""A file of the repository cites only documents that are in the repository.

A docstring or a catalogue note that sends the reader to "some-notes.md §2" is a dead end for anyone
who has only the repository; this reads every text file for cited Markdown documents
("name.md", or "name §N") and checks each is one of the repository's own.
"""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCANNED = ("asm_pace_plugin", "resources", "tests", "tools", "docs", "README.md", "Makefile", "metadata.txt")
TEXT_SUFFIXES = {".py", ".json", ".md", ".txt", ".csv", ".html", ".model3", ".sh", ""}
CITED_FILE = re.compile(r"([\w./-]+)\.md\b")
CITED_SECTION = re.compile(r"([\w./-]*\w) §\s?\d")


def text_files():
    for name in SCANNED:
        root = REPO / name
        for path in [root] if root.is_file() else sorted(root.rglob("*")):
            if path.is_file() and path.suffix in TEXT_SUFFIXES and "__pycache__" not in path.parts:
                yield path


def repository_documents():
    """Every Markdown document of the repository, by its path from the root and by its name."""
    known = set()
    for path in text_files():
        if path.suffix == ".md":
            stem = path.relative_to(REPO).with_suffix("")
            known.update({stem.as_posix(), stem.name})
    return known


def cited_documents(text):
    cited = (match.group(1) for pattern in (CITED_FILE, CITED_SECTION) for match in pattern.finditer(text))
    return {name.removesuffix(".md") for name in cited}


def test_the_patterns_see_both_ways_of_citing():
    assert cited_documents("see notes/rules.md for it; also Other-Notes §5 and README §2") == {
        "notes/rules",
        "Other-Notes",
        "README",
    }


def test_every_cited_document_is_in_the_repository():
    known = repository_documents()
    missing = [
        f"{path.relative_to(REPO)}: {cited}"
        for path in text_files()
        if path != Path(__file__).resolve()
        for cited in cited_documents(path.read_text(encoding="utf-8", errors="replace"))
        if cited.lstrip("./") not in known and Path(cited).name not in known
    ]
    assert not missing, "documents cited but not in the repository:\n" + "\n".join(missing)
