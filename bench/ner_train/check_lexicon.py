#!/usr/bin/env python3
"""Says how the NER model's frozen Korean word lists differ from the lexicon.

The model's features (src/extract/ner_*.cc) were trained with their own copy
of the particles, surnames and titles; changing that copy without retraining
would change the features the weights were learnt on. The rest of kosearch
reads src/text/korean_lexicon.cc. A retrain can adopt the lexicon: this
script lists, per table, what the frozen copy has that the lexicon lacks and
the reverse, so the retrain knows what changes.

  python3 bench/ner_train/check_lexicon.py            # report, exit 0
  python3 bench/ner_train/check_lexicon.py --strict   # exit 1 if they differ

Exit 2 when a table cannot be found (a renamed table must not pass silently).
"""
import argparse
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read(paths):
    return "\n".join(open(p, encoding="utf-8").read() for p in paths)


def block(text, name, where):
    """The source of the table `name` (from its name to the closing '};')."""
    m = re.search(r"\b" + re.escape(name) + r"\b[^=;]*=\s*(.*?);", text, re.S)
    if not m:
        sys.exit(f"check_lexicon: table {name} not found in {where}")  # exit 1 is for differences
    return m.group(1)


def strings(src):
    return re.findall(r'U"([^"]*)"', src)


def syllables(src):
    return set("".join(strings(src)))


def compare(label, frozen, lexicon):
    only_frozen = [w for w in frozen if w not in lexicon]
    only_lexicon = [w for w in lexicon if w not in frozen]
    print(f"{label}: frozen copy {len(frozen)}, lexicon {len(lexicon)}")
    print(f"  only in the frozen copy ({len(only_frozen)}): {' '.join(only_frozen) or '-'}")
    print(f"  only in the lexicon     ({len(only_lexicon)}): {' '.join(only_lexicon) or '-'}")
    return bool(only_frozen or only_lexicon)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="exit 1 when the copies differ")
    args = parser.parse_args()
    ner_paths = sorted(glob.glob(os.path.join(ROOT, "src/extract/ner_*.cc")))
    lexicon_path = os.path.join(ROOT, "src/text/korean_lexicon.cc")
    if not ner_paths:
        print("check_lexicon: no src/extract/ner_*.cc", file=sys.stderr)
        return 2
    ner, lexicon = read(ner_paths), read([lexicon_path])
    try:
        # Particle rows of the lexicon: {U"text", uses, attach, traits}.
        particle_rows = re.findall(r'\{U"([^"]*)", ([^,]*),', block(lexicon, "kParticles", lexicon_path))
        lexicon_particles = [t for t, _ in particle_rows]
        after_name = [t for t, uses in particle_rows if "kAfterName" in uses]
        differs = False
        differs |= compare("particles (all rows)", strings(block(ner, "kParticles", "ner_*.cc")), lexicon_particles)
        compare("particles (rows marked kAfterName, the closest use)",
                strings(block(ner, "kParticles", "ner_*.cc")), after_name)
        frozen_surnames = sorted(syllables(block(ner, "kSurnames", "ner_*.cc")))
        lexicon_surnames = sorted(syllables(block(lexicon, "kSurnames", lexicon_path)))
        differs |= compare("surnames (one syllable)", frozen_surnames, lexicon_surnames)
        lexicon_titles = strings(block(lexicon, "kTitles", lexicon_path))
        differs |= compare("titles", strings(block(ner, "kTitles", "ner_*.cc")), lexicon_titles)
    except SystemExit as e:
        print(e, file=sys.stderr)
        return 2
    if not lexicon_particles or not frozen_surnames or not lexicon_titles:
        print("check_lexicon: an empty table; the parser no longer matches the sources", file=sys.stderr)
        return 2
    return 1 if (differs and args.strict) else 0


if __name__ == "__main__":
    sys.exit(main())
