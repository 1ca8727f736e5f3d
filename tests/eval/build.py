#!/usr/bin/env python3
"""Builds the entity evaluation set from its annotated sources and validates it.

Reads tests/eval/src/<name>.md (inline markup, see GUIDELINES.md) and writes
tests/eval/docs/<name>.txt (plain text) and tests/eval/gold/<name>.json (mentions
with UTF-16 offsets into that text). Run from anywhere:

    python3 tests/eval/build.py            # build, validate, print counts per type
    python3 tests/eval/build.py --lint     # also list suspicious unannotated text
    python3 tests/eval/build.py --check    # fail if docs/ or gold/ differ from the sources
    python3 tests/eval/build.py --set tests/eval-heldout   # the same for another set of the same layout

Exit status is 1 when a source is invalid (or, with --check, out of date).
Python 3 standard library only.
"""

import argparse
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, DOCS, GOLD = HERE / "src", HERE / "docs", HERE / "gold"

TYPES = ("PERSON", "ORGANIZATION", "LOCATION", "DATE", "QUANTITY")
SHORT = {"P": "PERSON", "O": "ORGANIZATION", "L": "LOCATION", "D": "DATE", "Q": "QUANTITY"}

# Canonical names of frequent aliases, used when a mention gives none of its own.
GLOBAL_ALIASES = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "America": "United States", "UNITED STATES": "United States",
    "UAE": "United Arab Emirates",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "EU": "European Union", "UN": "United Nations", "U.N.": "United Nations",
    "IMF": "International Monetary Fund", "WTO": "World Trade Organization",
    "ECB": "European Central Bank", "OPEC": "Organization of the Petroleum Exporting Countries",
    "IAEA": "International Atomic Energy Agency", "AP": "Associated Press",
    "AFP": "Agence France-Presse", "ICC": "International Criminal Court",
    "OSCE": "Organization for Security and Co-operation in Europe",
    "Security Council": "United Nations Security Council",
    "U.N. Security Council": "United Nations Security Council",
    "UN Security Council": "United Nations Security Council",
    "Baltic": "Baltic Sea", "BALTIC": "Baltic Sea",
    "ASEAN": "Association of Southeast Asian Nations", "AU": "African Union",
}

MARK = re.compile(r"\[\[([A-Z]+)\|([^|\]\n]+?)(?:\|([^\]\n]+?))?\]\]")
DIRECTIVE = re.compile(r"^%\s*alias\s+(.+?)\s*=>\s*(.+?)\s*$")

TITLES = {"mr", "mrs", "ms", "dr", "president", "chancellor", "minister", "prime", "general",
          "gen", "admiral", "judge", "justice", "senator", "governor", "mayor", "king", "queen",
          "prince", "sir", "lord", "colonel", "secretary", "ambassador", "commissioner",
          "professor", "prof", "chief", "deputy", "vice", "foreign", "defence", "defense",
          "finance", "speaker", "lieutenant", "captain", "major", "sheikh", "premier"}
FOCUS = {"only", "just", "even", "merely", "on", "in", "at", "by", "since", "until", "from",
         "for", "during", "of", "the", "The"}
MONTHS = ("January February March April May June July August September October November "
          "December Monday Tuesday Wednesday Thursday Friday Saturday Sunday").split()
UNIT_WORDS = ("per cent percent % dollars euros pounds yen yuan roubles rubles rupees francs kronor "
              "barrels tonnes tons kilometres kilometers km miles metres meters hectares "
              "megawatts gigawatts MW GW bcm cubic litres liters kilograms kg degrees "
              "billion million trillion").split()
# Capitalised words that are not names (demonyms, titles, sentence words) for the lint.
NOT_NAMES = set("""I A An The This That These Those It Its He She They We His Her Their Our But And Or
If When While After Before As At In On Of For By With From To Under Over Since Until During Despite
Mr Mrs Ms Dr President Chancellor Minister Prime Foreign Defence Defense Finance Interior Economy
Energy Trade Secretary General Admiral Judge Justice Senator Governor Mayor King Queen Prince Deputy
Vice Chief Commissioner Ambassador Spokesman Spokeswoman Speaker Professor Colonel Lieutenant Captain
Date Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December German Polish French British Russian Chinese
American European Ukrainian Japanese Indian Pakistani Turkish Iranian Israeli Brazilian Mexican Canadian
Australian Korean African Arab Italian Spanish Dutch Belgian Swedish Norwegian Finnish Danish Greek Hungarian
Serbian Egyptian Saudi Qatari Nigerian Kenyan Indonesian Western Eastern Asian Baltic Gulf""".split())


def load_sources(only=None):
    files = sorted(SRC.glob("*.md"))
    if only:
        files = [f for f in files if f.stem in only]
    return files


def parse(path, errors):
    """Returns (text, mentions) for one source file; appends problems to errors."""
    raw = path.read_text(encoding="utf-8")
    if "\r" in raw:
        errors.append(f"{path.name}: contains CR characters")
        raw = raw.replace("\r", "")
    aliases = {}
    lines = raw.split("\n")
    body_start = 0
    for i, line in enumerate(lines):
        if line.startswith("%"):
            m = DIRECTIVE.match(line)
            if not m:
                errors.append(f"{path.name}:{i + 1}: bad directive {line!r}")
            else:
                aliases[m.group(1)] = m.group(2)
            body_start = i + 1
        elif line.strip() == "" and body_start == i:
            body_start = i + 1
        else:
            break
    src = "\n".join(lines[body_start:]).rstrip("\n") + "\n"
    out, mentions, pos = [], [], 0
    length = 0
    for m in MARK.finditer(src):
        chunk = src[pos:m.start()]
        out.append(chunk)
        length += utf16_len(chunk)
        tcode, span, canon = m.group(1), m.group(2), m.group(3)
        typ = SHORT.get(tcode, tcode)
        if typ not in TYPES:
            errors.append(f"{path.name}: unknown type {tcode!r} in {m.group(0)!r}")
        if canon is None:
            canon = aliases.get(span, GLOBAL_ALIASES.get(span, span)) \
                if typ not in ("DATE", "QUANTITY") else span
        elif typ in ("DATE", "QUANTITY") and canon != span:
            errors.append(f"{path.name}: {typ} canonical must be the span: {m.group(0)!r}")
        start = length
        out.append(span)
        length += utf16_len(span)
        mentions.append({"start": start, "end": length, "text": span, "type": typ, "entity": canon,
                         "_auto": m.group(3) is None and span not in aliases})
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    # A name written in capitals (headline, dateline) takes the entity of the same name written
    # normally in the document ("WARSAW" -> "Warsaw").
    normal = {(x["type"], x["text"].upper()): x["entity"] for x in mentions if not x["text"].isupper()}
    for x in mentions:
        if x["_auto"] and x["text"].isupper() and (x["type"], x["text"]) in normal:
            x["entity"] = normal[(x["type"], x["text"])]
        elif x["_auto"] and x["type"] == "LOCATION" and x["text"].isupper() and len(x["text"]) > 3 \
                and x["entity"] == x["text"]:
            x["entity"] = x["text"].title()
    # A partial person name without a canonical of its own takes the one full name of the
    # document that contains it as a word or ends with it ("Berger" -> "Anna Berger").
    full = {x["entity"] for x in mentions if x["type"] == "PERSON" and " " in x["entity"]}
    for x in mentions:
        auto = x.pop("_auto")
        if auto and x["type"] == "PERSON":
            longer = [f for f in full if f != x["text"] and (name_word(x["text"], f)
                                                             or f.endswith(" " + x["text"]))]
            if len(longer) == 1:
                x["entity"] = longer[0]
            elif len(longer) > 1:
                errors.append(f"{path.name}: {x['text']!r} could be any of {sorted(longer)}")
    # The value of the "Date:" line is a date written in the text like any other: it is annotated
    # without markup in the source.
    m = re.match(r"[^\n]*\nDate: (\d{4}-\d{2}-\d{2})\n", text)
    if m:
        start = utf16_len(text[:m.start(1)])
        mentions.append({"start": start, "end": start + utf16_len(m.group(1)), "text": m.group(1),
                         "type": "DATE", "entity": m.group(1)})
    if "[[" in text or "]]" in text:
        bad = text[max(0, text.find("[[") - 20):text.find("[[") + 40] if "[[" in text else "]]"
        errors.append(f"{path.name}: unparsed markup near {bad!r}")
    return text, mentions


def name_word(part, full):
    """Whether part is one of the words of the full name (case-insensitive, also across hyphens)."""
    part, full = part.lower(), full.lower()
    return part in full.split() or part in full.replace("-", " ").split()


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def validate(name, text, mentions, errors):
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip():
        errors.append(f"{name}: needs a headline, a Date line and a body")
        return
    m = re.fullmatch(r"Date: (\d{4}-\d{2}-\d{2})", lines[1])
    if not m:
        errors.append(f"{name}: second line must be 'Date: YYYY-MM-DD', got {lines[1]!r}")
    else:
        try:
            datetime.date.fromisoformat(m.group(1))
        except ValueError:
            errors.append(f"{name}: invalid document date {m.group(1)}")
    for ch in text:
        if ord(ch) > 0xFFFF or (ord(ch) < 32 and ch != "\n"):
            errors.append(f"{name}: character U+{ord(ch):04X} not allowed")
            break
    words = len(re.findall(r"\S+", "\n".join(lines[2:])))
    if not 300 <= words <= 700:
        errors.append(f"{name}: body has {words} words, expected 300-700")
    # Offsets are UTF-16 units; with BMP-only text they equal Python indices.
    prev_end = -1
    for x in sorted(mentions, key=lambda x: x["start"]):
        span = text[x["start"]:x["end"]]
        where = f"{name}@{x['start']} {x['text']!r}"
        if span != x["text"]:
            errors.append(f"{where}: offsets give {span!r}")
        if x["start"] < prev_end:
            errors.append(f"{where}: overlaps the previous mention")
        prev_end = x["end"]
        if span != span.strip() or not span:
            errors.append(f"{where}: leading or trailing space")
        first = span.split()[0] if span.split() else ""
        if first in ("the", "The", "THE") and span.lower() != "the hague":
            errors.append(f"{where}: leading article")
        if span.endswith("'s") or span.endswith("'"):
            errors.append(f"{where}: possessive ending")
        if x["type"] == "PERSON" and first.lower().rstrip(".") in TITLES:
            errors.append(f"{where}: title inside a PERSON span")
        if x["type"] in ("DATE", "QUANTITY") and first in FOCUS:
            errors.append(f"{where}: focus particle or preposition inside the span")
        before = text[max(0, x["start"] - 12):x["start"]]
        if x["type"] in ("DATE", "QUANTITY") and re.search(
                r"(?i)\b(almost|about|nearly|around|roughly|some|more than|less than|at least|up to|"
                r"approximately) $", before):
            errors.append(f"{where}: approximator left outside the span")
        if "\n" in span:
            errors.append(f"{where}: span crosses a line")
        # A span must start and end on word boundaries.
        if x["start"] > 0 and text[x["start"] - 1].isalnum() and span[0].isalnum():
            errors.append(f"{where}: starts inside a word")
        if x["end"] < len(text) and text[x["end"]].isalnum() and span[-1].isalnum():
            errors.append(f"{where}: ends inside a word")
    types = {x["type"] for x in mentions}
    if len(types) < 3:
        errors.append(f"{name}: only {len(types)} types annotated")
    # Person canonical names should be met in full somewhere in the document.
    spans = {x["text"] for x in mentions}
    for x in mentions:
        if x["type"] == "PERSON" and x["entity"] not in spans:
            errors.append(f"{name}: PERSON {x['text']!r} resolves to {x['entity']!r}, never written in full")
    full = {x["entity"] for x in mentions if x["type"] == "PERSON" and " " in x["entity"]}
    for x in mentions:
        if x["type"] == "PERSON" and (x["entity"] not in full or x["entity"] == x["text"]):
            longer = [f for f in full if f != x["entity"] and (name_word(x["entity"], f)
                                                              or f.endswith(" " + x["entity"]))]
            if longer:
                errors.append(f"{name}@{x['start']}: PERSON {x['text']!r} left unresolved, not {longer}")


def lint(name, text, mentions):
    """Prints unannotated text that looks like a mention, for a human to review."""
    covered = bytearray(len(text))
    for x in mentions:
        for i in range(x["start"], x["end"]):
            covered[i] = 1
    notes = []
    names = {x["text"] for x in mentions if x["type"] in ("PERSON", "ORGANIZATION", "LOCATION")}
    for s in sorted(names):
        for m in re.finditer(r"(?<![\w])" + re.escape(s) + r"(?![\w])", text):
            if not any(covered[m.start():m.end()]):
                notes.append((m.start(), f"unannotated repeat of {s!r}"))
    for m in re.finditer(r"\b(" + "|".join(MONTHS) + r")\b", text):
        if not covered[m.start()] and m.start() > len(text.split("\n")[0]):
            notes.append((m.start(), f"unannotated {m.group(0)!r}"))
    for m in re.finditer(r"[$\u00a3\u20ac]?\d[\d,.]*(?:[- ]\w+)?", text):
        if not any(covered[m.start():m.end()]) and not text[m.start() - 6:m.start()] == "Date: ":
            line_start = text.rfind("\n", 0, m.start()) + 1
            if text[line_start:line_start + 6] != "Date: ":
                notes.append((m.start(), f"unannotated number {m.group(0)!r}"))
    for m in re.finditer(r"(?i)\b(yesterday|today|tomorrow|tonight|ago|earlier|later|(?:last|next|this|"
                         r"past|coming|previous) (?:week|month|year|decade|quarter|spring|summer|autumn|"
                         r"winter|weekend))\b", text):
        if not covered[m.start()]:
            notes.append((m.start(), f"unannotated relative {m.group(0)!r}"))
    for u in UNIT_WORDS:
        for m in re.finditer(r"(?<![\w])" + re.escape(u) + r"(?![\w])", text):
            if not covered[m.start()]:
                notes.append((m.start(), f"unannotated unit {u!r}"))
    for m in re.finditer(r"(?<=[a-z,;] )([A-Z][\w.'-]+(?: [A-Z][\w.'-]+)*)", text):
        word = re.split(r"[-' ]", m.group(1))[0]
        if not any(covered[m.start():m.end()]) and word not in NOT_NAMES:
            notes.append((m.start(), f"capitalised {m.group(1)!r}"))
    for pos, note in sorted(set(notes)):
        ctx = text[max(0, pos - 30):pos + 40].replace("\n", " ")
        print(f"  {name}@{pos}: {note}   ...{ctx}...")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lint", action="store_true", help="list suspicious unannotated text")
    ap.add_argument("--check", action="store_true", help="fail if generated files are stale")
    ap.add_argument("--set", type=Path, help="the set's folder (src/, docs/, gold/); default: this script's folder")
    ap.add_argument("names", nargs="*", help="only these documents (stems)")
    args = ap.parse_args()
    if args.set:
        global SRC, DOCS, GOLD
        root = args.set.resolve()
        SRC, DOCS, GOLD = root / "src", root / "docs", root / "gold"
    errors, totals, stale = [], {t: 0 for t in TYPES}, []
    entities = {t: set() for t in TYPES}
    files = load_sources(args.names)
    if not files:
        print("no sources in", SRC)
        return 1
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    per_doc = []
    for path in files:
        text, mentions = parse(path, errors)
        mentions.sort(key=lambda x: x["start"])
        validate(path.stem, text, mentions, errors)
        if args.lint:
            lint(path.stem, text, mentions)
        gold = "[\n" + ",\n".join(json.dumps(x, ensure_ascii=False) for x in mentions) + "\n]\n"
        targets = ((DOCS / f"{path.stem}.txt", text), (GOLD / f"{path.stem}.json", gold))
        for target, content in targets:
            if args.check:
                if not target.exists() or target.read_text(encoding="utf-8") != content:
                    stale.append(target.name)
            else:
                with open(target, "w", encoding="utf-8", newline="\n") as f:
                    f.write(content)
        counts = {t: sum(1 for x in mentions if x["type"] == t) for t in TYPES}
        for t in TYPES:
            totals[t] += counts[t]
            entities[t].update(x["entity"] for x in mentions if x["type"] == t)
        words = len(re.findall(r"\S+", text))
        per_doc.append((path.stem, words, len(mentions), counts))
    if not args.names and not args.check:
        wanted = {p.stem for p in files}
        for folder, ext in ((DOCS, ".txt"), (GOLD, ".json")):
            for f in folder.glob("*" + ext):
                if f.stem not in wanted:
                    errors.append(f"{folder.name}/{f.name}: no source for it")
    print(f"{'document':32} {'words':>5} {'ment':>5}  " + " ".join(f"{t[:4]:>5}" for t in TYPES))
    for stem, words, n, counts in per_doc:
        print(f"{stem:32} {words:5} {n:5}  " + " ".join(f"{counts[t]:5}" for t in TYPES))
    print(f"{'TOTAL (' + str(len(per_doc)) + ' documents)':32} {sum(d[1] for d in per_doc):5} "
          f"{sum(d[2] for d in per_doc):5}  " + " ".join(f"{totals[t]:5}" for t in TYPES))
    print(f"{'distinct entities':32} {'':5} {'':5}  " + " ".join(f"{len(entities[t]):5}" for t in TYPES))
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    for s in stale:
        print("STALE", s, file=sys.stderr)
    return 1 if errors or stale else 0


if __name__ == "__main__":
    sys.exit(main())
