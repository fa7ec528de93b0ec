"""Generate the templated part of the classifier corpus (deterministic, seed fixed).

Reads training/lexicon/{countries.psv,slots.txt,templates.txt} and writes
training/data/generated.jsonl: {"text", "label", "register", "split", "source"} per line.

Registers: "note" (ACLED analyst note), "wire" (news-agency sentence), "feature" (long
sentence) are training registers; "headline" and "local" (translated local report) are held
out entirely (cross-register test). Within the training registers, one core in five per label
is held out as in-register test, so that test never sees a template it was trained on.

    .venv/bin/python training/generate_corpus.py [--per-core 12] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
LEXICON = HERE / "lexicon"
SEED = 20180609
TRAIN_REGISTERS = ("note", "wire", "feature")
SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Country:
    name: str
    places: list[str]
    state: list[str]
    rebel: list[str]
    militia: list[str]
    police: list[str]


def load_countries() -> list[Country]:
    rows = []
    for line in (LEXICON / "countries.psv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, *lists = line.split("|")
            rows.append(Country(name, *[[x.strip() for x in f.split(";")] for f in lists]))
    return rows


def load_sections(name: str) -> dict[str, list[str]]:
    """``[header]`` sections of a lexicon file, each a list of non-comment lines."""
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in (LEXICON / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            current.append(line.rstrip())
    return sections


class Filler:
    """Fills {slots} for one sample, keeping actors and places within one country."""

    def __init__(self, rng: random.Random, slots: dict[str, list[str]], country: Country) -> None:
        self.rng, self.slots, self.country = rng, slots, country
        self.places = rng.sample(country.places, k=min(2, len(country.places)))

    def value(self, slot: str) -> str:
        c, pick = self.country, self.rng.choice
        by_country = {
            "place": lambda: self.places[0], "place2": lambda: self.places[-1],
            "country": lambda: c.name, "state": lambda: pick(c.state),
            "rebel": lambda: pick(c.rebel), "militia": lambda: pick(c.militia),
            "police": lambda: pick(c.police), "armed": lambda: pick(c.rebel + c.militia),
            "actor": lambda: pick(c.state + c.rebel + c.militia),
            "n2": lambda: pick(self.slots["slot n"]),
        }  # fmt: skip
        if slot in by_country:
            return by_country[slot]()
        return pick(self.slots[f"slot {slot}"])

    def fill(self, template: str, depth: int = 0) -> str:
        text = SLOT.sub(lambda m: self.value(m.group(1)), template)
        return self.fill(text, depth + 1) if "{" in text and depth < 3 else text


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def wrap(register: str, core: str, f: Filler) -> str:
    """A past-tense core sentence dressed in one register's conventions."""
    r = f.rng
    if register == "note":
        lead = r.choice(["On {date}, ", "On {date} (as reported), ", "Around {date}, ", ""])
        tail = r.choice(
            ["", "", " in {country}", ". Fatalities unknown", ". {n} reported fatalities"]
        )
        return f.fill(lead) + (core if lead else capital(core)) + f.fill(tail) + "."
    if register == "wire":
        when, src = f.value("weekday"), f.value("source")
        form = r.choice(["{C} {w}, {s}.", "{C}, {s}.", "{C} {w}."])
        return form.format(w=when, s=src, C=capital(core))
    if register == "feature":
        intro = r.choice(FEATURE_INTROS)
        tail = r.choice(FEATURE_TAILS)
        return f.fill(intro) + " " + core + f.fill(tail) + "."
    if register == "local":
        intro = r.choice(LOCAL_INTROS)
        return f.fill(intro) + " " + local_wording(core) + "."
    raise ValueError(register)


FEATURE_INTROS = [
    "In the latest violence to hit {country}, where the conflict has dragged on for years,",
    "Months after a fragile truce collapsed,",
    "In an escalation that alarmed aid agencies working across the region,",
    "According to a report released by a rights group this week,",
    "As the international community looked on with growing concern,",
    "Residents who fled to {place2} described how",
]
FEATURE_TAILS = [
    ", deepening a crisis that has displaced millions",
    ", a reminder of how little has changed since the last peace talks",
    ", according to several people who witnessed the events",
    "",
    ", in an area that had been relatively calm for months",
]
LOCAL_INTROS = [
    "Local sources in {place} reported that yesterday",
    "The correspondent of our agency reported that",
    "A source from the area, who requested anonymity, confirmed that",
    "According to activists in {place},",
    "In a new development,",
    "Eyewitnesses told the local radio station that",
]
LOCAL_SWAPS = [
    (r"\bmilitants\b", "elements"), (r"\bsoldiers\b", "army elements"),
    (r"\bkilling\b", "which led to the death of"), (r"\bcivilians\b", "citizens"),
    (r"\bvillagers\b", "inhabitants"), (r"\bwere killed\b", "were martyred"),
    (r"\bfighters\b", "members"), (r"\bgunmen\b", "armed men"),
]  # fmt: skip


def local_wording(core: str) -> str:
    for pattern, repl in LOCAL_SWAPS:
        core = re.sub(pattern, repl, core)
    return core


def headline(core: str, f: Filler) -> str:
    form = f.rng.choice(["{h}", "{h}", "{C}: {h}", "{h} - report", "UPDATE 1-{h}", "{h} ({C})"])
    return form.format(h=capital(core), C=f.country.name)


def generate(per_core: int, seed: int = SEED) -> list[dict[str, str]]:
    rng = random.Random(seed)
    countries, slots = load_countries(), load_sections("slots.txt")
    rows: dict[str, dict[str, str]] = {}
    for header, cores in load_sections("templates.txt").items():
        if header.startswith("slot "):
            continue
        label, form = header.split("|")
        for i, core in enumerate(cores):
            held_out = i % 5 == 4
            for _ in range(per_core):
                filler = Filler(rng, slots, rng.choice(countries))
                filled = filler.fill(core)
                for register, text in samples(form, filled, held_out, filler):
                    split = split_of(register, held_out)
                    rows.setdefault(text, {"text": text, "label": label, "register": register,
                                           "split": split, "source": "generated"})
    return list(rows.values())


def samples(form: str, filled: str, held_out: bool, f: Filler) -> list[tuple[str, str]]:
    if form == "headline":
        return [("headline", headline(filled, f))]
    register = f.rng.choice(TRAIN_REGISTERS)
    out = [(register, wrap(register, filled, f))]
    if held_out:  # the local register only ever wraps cores the model never trained on
        out.append(("local", wrap("local", filled, f)))
    return out


def split_of(register: str, held_out: bool) -> str:
    if register not in TRAIN_REGISTERS:
        return "test_cross"
    return "test_in" if held_out else "train"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-core", type=int, default=12)
    parser.add_argument("--out", type=Path, default=HERE / "data" / "generated.jsonl")
    args = parser.parse_args()
    rows = generate(args.per_core)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
