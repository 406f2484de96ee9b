#!/usr/bin/env python3
"""Maintain the French translation: extract, fill, compile, check.

    python scripts/i18n.py update         lupdate src/ -> translations/exitplanner_fr.ts (drops vanished)
    python scripts/i18n.py missing        print unfinished entries as TSV lines to fill in
    python scripts/i18n.py fill FILE.tsv  set translations from "context<TAB>source<TAB>French" lines
                                          (plural forms separated by " ||| ")
    python scripts/i18n.py release        lrelease .ts -> .qm
    python scripts/i18n.py check          exit 1 if anything is unfinished or a placeholder differs

The .ts file is the source of truth (Qt Linguist can edit it too); the TSV route lets several people
add their strings without hand-editing XML. Every command takes a lock so concurrent runs queue up.
"""

from __future__ import annotations

import fcntl
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "exitplanner_fr.ts"
QM = TS.with_suffix(".qm")
SEPARATOR = " ||| "
PLACEHOLDER = re.compile(r"%(?:n|L?\d+)|\{[A-Za-z_][A-Za-z0-9_]*\}")


def _tool(name: str) -> str:
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}", shutil.which(f"pyside6-{name}")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials in this environment")


@contextmanager
def _locked():
    TS.parent.mkdir(exist_ok=True)
    with open(TS.parent / ".i18n.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _sources() -> list[str]:
    files = sorted((ROOT / "src" / "exitplanner").rglob("*.py"))
    return [str(f.relative_to(ROOT)) for f in files]


def update() -> None:
    subprocess.run(
        [_tool("lupdate"), *_sources(), "-ts", str(TS.relative_to(ROOT)), "-target-language", "fr_FR",
         "-no-obsolete", "-locations", "none", "-silent"],
        cwd=ROOT, check=True,
    )


def _read() -> ET.ElementTree:
    return ET.parse(TS)


def _write(tree: ET.ElementTree) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def missing() -> list[tuple[str, str]]:
    out = []
    for context, message in _messages(_read()):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            out.append((context, message.findtext("source", "")))
    return out


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def fill(tsv: Path) -> int:
    wanted: dict[tuple[str, str], str] = {}
    for number, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise SystemExit(f"{tsv}:{number}: expected context<TAB>source<TAB>translation")
        wanted[(parts[0], _unescape(parts[1]))] = _unescape(parts[2])
    tree = _read()
    done = 0
    for context, message in _messages(tree):
        key = (context, message.findtext("source", ""))
        if key not in wanted:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in wanted[key].split(SEPARATOR):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = wanted[key]
        done += 1
    _write(tree)
    unknown = len(wanted) - done
    print(f"filled {done} translations" + (f"; {unknown} lines matched no source string" if unknown else ""))
    return done


def release() -> None:
    # Write beside and rename: a running app or test maps the .qm, and rewriting it in place crashes it.
    fresh = QM.with_suffix(".qm.new")
    subprocess.run([_tool("lrelease"), "-silent", str(TS), "-qm", str(fresh)], cwd=ROOT, check=True)
    fresh.replace(QM)


def problems() -> list[str]:
    found = []
    for context, message in _messages(_read()):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            found.append(f"unfinished: [{context}] {source!r}")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if not form.strip():
                found.append(f"empty: [{context}] {source!r}")
            expected = sorted(set(PLACEHOLDER.findall(source)))
            got = sorted(set(PLACEHOLDER.findall(form)))
            if message.get("numerus") == "yes":
                # A French singular may spell the number out ("un message"); other placeholders must match.
                expected = [p for p in expected if p != "%n"]
                got = [p for p in got if p != "%n"]
            if expected != got:
                found.append(f"placeholders differ: [{context}] {source!r} -> {form!r}")
    return found


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command = argv[0]
    with _locked():
        if command == "update":
            update()
            print(f"{len(missing())} unfinished entries in {TS.name}")
        elif command == "missing":
            for context, source in missing():
                print(f"{context}\t{_escape(source)}\t")
        elif command == "fill":
            fill(Path(argv[1]))
            update()  # lupdate rewrites the file in its own layout, so diffs stay small
        elif command == "release":
            release()
        elif command == "check":
            issues = problems()
            for issue in issues:
                print(issue)
            return 1 if issues else 0
        else:
            print(__doc__)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
