"""What is left to translate in a Qt Linguist file, and a plain-text round trip for translators.

    python scripts/translation_status.py [resources/translations/facestation_es.ts]
        Lists the messages that are unfinished, empty, or whose translation does not keep the source's
        placeholders ({0}, {1:.1f}, %n, %s …), line breaks or keyboard mnemonic (&). Exit status 1 when any.
    python scripts/translation_status.py FILE.ts --dump todo.txt [--all]
        Writes the unfinished messages (every message with --all) as `key<TAB>context<TAB>source` lines.
    python scripts/translation_status.py FILE.ts --apply done.txt
        Reads `key<TAB>translation` (or `key|translation`) lines, numerus forms separated by ` || `,
        and fills them in as finished.

In the text files a line break inside a message is written as \\n. The key is a short hash of context and
source, so a dump stays valid while the .ts is updated in between.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import xml.etree.ElementTree as ElementTree
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "resources" / "translations" / "facestation_es.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:n|s|v|m|p|\d+)")
MNEMONIC = re.compile(r"&(?!&)(\w)")
NUMERUS_SEPARATOR = " || "


@dataclass
class Message:
    context: str
    element: ElementTree.Element

    @property
    def source(self) -> str:
        return self.element.findtext("source") or ""

    @property
    def key(self) -> str:
        return hashlib.sha1(f"{self.context}\x04{self.source}".encode()).hexdigest()[:10]

    @property
    def translation(self) -> ElementTree.Element:
        found = self.element.find("translation")
        if found is None:
            found = ElementTree.SubElement(self.element, "translation")
        return found

    @property
    def texts(self) -> list[str]:
        """The translated text, or each numerus form."""
        forms = self.translation.findall("numerusform")
        return [form.text or "" for form in forms] if forms else [self.translation.text or ""]

    @property
    def finished(self) -> bool:
        return self.translation.get("type") not in ("unfinished", "vanished", "obsolete")


def messages(tree: ElementTree.ElementTree) -> list[Message]:
    return [Message(context.findtext("name") or "", message)
            for context in tree.getroot().iter("context") for message in context.iter("message")]


def problems(message: Message) -> list[str]:
    """Why `message` is not ready to ship; empty when it is."""
    found = []
    if not message.finished:
        found.append("unfinished")
    for text in message.texts:
        if not text.strip():
            found.append("empty")
            continue
        source_placeholders = Counter(PLACEHOLDER.findall(message.source))
        if message.element.get("numerus") == "yes":
            source_placeholders.pop("%n", None)  # a singular form may spell the number out
            placeholders = Counter(p for p in PLACEHOLDER.findall(text) if p != "%n")
        else:
            placeholders = Counter(PLACEHOLDER.findall(text))
        if placeholders != source_placeholders:
            found.append(f"placeholders {sorted(source_placeholders.elements())} → {sorted(placeholders.elements())}")
        if message.source.count("\n") != text.count("\n"):
            found.append("line breaks differ")
        if bool(MNEMONIC.search(message.source)) != bool(MNEMONIC.search(text)):
            found.append("mnemonic (&) missing" if MNEMONIC.search(message.source) else "mnemonic (&) added")
        if len(MNEMONIC.findall(text)) > 1:
            found.append("more than one mnemonic (&)")
    return found


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda match: {"n": "\n", "t": "\t"}.get(match[1], match[1]), text)


def dump(tree: ElementTree.ElementTree, target: Path, everything: bool) -> int:
    lines = [f"{m.key}\t{m.context}\t{escape(m.source)}" for m in messages(tree) if everything or problems(m)]
    target.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)


def apply(tree: ElementTree.ElementTree, source: Path) -> tuple[int, list[str]]:
    """Fill in the translations of `source`; how many were applied and the keys no message has."""
    translations: dict[str, str] = {}
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        key, separator, text = line[:10], line[10:11], line[11:]
        if separator not in ("\t", "|") or not text.strip():
            raise SystemExit(f"{source}:{number}: expected key<TAB>translation or key|translation")
        translations[key] = unescape(text)
    applied = 0
    for message in messages(tree):
        text = translations.pop(message.key, None)
        if text is None:
            continue
        translation = message.translation
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            values = text.split(NUMERUS_SEPARATOR)
            for index, form in enumerate(forms):
                form.text = values[min(index, len(values) - 1)]
        else:
            translation.text = text
        applied += 1
    return applied, sorted(translations)


def write(tree: ElementTree.ElementTree, path: Path) -> None:
    """Write the .ts in the layout lupdate uses (so the next lupdate run changes little)."""
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode", short_empty_elements=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", type=Path, nargs="?", default=DEFAULT)
    parser.add_argument("--dump", type=Path, help="write the unfinished messages to this text file")
    parser.add_argument("--all", action="store_true", help="with --dump: every message")
    parser.add_argument("--apply", type=Path, help="fill in the translations of this text file")
    args = parser.parse_args(argv)
    tree = ElementTree.parse(args.ts)
    if args.dump:
        print(f"{dump(tree, args.dump, args.all)} messages written to {args.dump}")
        return 0
    if args.apply:
        applied, unknown = apply(tree, args.apply)
        write(tree, args.ts)
        print(f"{applied} translations applied to {args.ts}")
        for key in unknown:
            print(f"no message has the key {key} (the source changed?)")
    every = messages(tree)
    bad = [(message, found) for message in every if (found := problems(message))]
    for message, found in bad:
        print(f"{message.key} [{message.context}] {escape(message.source)[:70]!r}: {'; '.join(found)}")
    print(f"{len(every) - len(bad)} of {len(every)} messages finished and consistent")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
