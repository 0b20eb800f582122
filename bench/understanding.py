"""How well dispatch/understanding.py reads citizens' messages, on the labelled sets under
tests/data/understanding/, and how fast.

**None of these files but heldout_41.psv and heldout_42.psv is held out.** messages.psv was written before the module; a
quarter of it (CRC-32 of the text divisible by 4) was first kept out, then read. heldout_2.psv to
heldout_40.psv were written blind as held-out sets, measured, then read and tuned on:
training data now.
training_3.psv was written by a rule tuner; training_4a.psv (Thai) and training_4b.psv (English,
Burmese, Lao) by writers who read neither the code nor the other sets, for training. The rules were tuned
and the learnt models (dispatch/text_model.py, bench/train_text_models.py) trained on all of those, so
their splits are training figures: how well the reading fits what it was built on, not how it does on
new words.

**heldout_41.psv is held out**: written blind (its authors read neither the code nor the other sets) and
committed before the rules tuned in that round were merged, and measured at the round's start and end. Its figures are the honest ones.
Nobody tuning may read its misses (`--errors` on it): once they are read, it is training data like the
rest and a new blind set is needed. A further blind set is evaluated with `--file PATH` (its own split):
heldout_42.psv, written blind at the same time, is measured that way and is not a split here; so are
heldout_43.psv and heldout_44.psv, written blind at the end of the round that measured heldout_41 and 42
(unread too: the next round's start).

Splits: `dev` (three quarters of messages.psv and training_2.psv), `quarter` (the quarter of
messages.psv once held out), `set_2` (heldout_2.psv), `training_3`, `set_3` (heldout_3.psv),
`training_4a`, `training_4b`, `training_5a`, `training_5b` (Thai; English, Burmese and Lao: written for
the learnt models), `set_4` (heldout_4.psv), `training_6a` to `training_6d` (Thai; English, Burmese
and Lao; Burmese; Lao and English), `training_7a` to `training_7c` and `training_8a` to `training_8c`
(English; Burmese; Lao; the 8s short and without the obvious words), `training_9a` to `training_9d` (English;
Lao; Thai; Burmese and English: calm messages with alarming words, ages, phones and places written every
way), `training_10a` to `training_10d` (Burmese; Lao; Thai; English: places and ages written every way),
`training_11a`, `training_11b` (Lao; Thai: tambons and ages), `training_12a` (English and Burmese: calm
messages with alarming words, and emergencies written flatly), `training_12b` (Lao: places written every
way), `training_13a` (English: ages written every way, every group), `training_13b` (Burmese and Lao:
every group, flat emergencies and calm alarming words), `training_13c` (Thai: the same), `training_14a` (Burmese: ages and
places), `training_14b` (Lao: places and ages), `training_14c` (Thai and English: ages and phones in hard
contexts), `training_15a` (Burmese: districts and tambons), `training_15b` (four languages: ages and phones in
hard contexts), `training_15c` (Lao: districts and tambons), `training_15d` (Burmese: places said anywhere
in a message), all written by writers who read nothing else, `set_5` to `set_40` (heldout_5.psv to heldout_40.psv) and `heldout_41` (the blind set). `--split all`
leaves the blind set out: name it to see its figures.
Prints, per split: intent accuracy (the share that leads to a report or the right answer), danger
recall and false-alarm rate, per-field precision and recall (a field counts when stated in the label
or found by the module), and the time to understand one message (p50, p99).

Places are compared by geothai's Thai name without the เขต of Bangkok's districts (the labels write
the official name without prefix). A tambon read as a name 2 to 5 places share (Place.subdistrict_choices,
the bot asking which) counts as read; a line under the table gives the tambons read as one place alone. Labels state only the place parts the text says; a district or
province the module infers above a subdistrict or district it read right is not counted as found
(it is true, just not stated), unless `--strict`.

Usage: python bench/understanding.py [--split SPLIT|all] [--file PATH ...] [--by-language]
       [--errors] [--strict] [--repeat N] [--baseline OLD_UNDERSTANDING.py]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import geothai  # noqa: E402

from dispatch.scripts import language_of  # noqa: E402
from dispatch.understanding import Understanding, understand  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "understanding"
MESSAGES = DATA / "messages.psv"
SECOND_SET = DATA / "heldout_2.psv"  # written as held-out, read since: training now
MORE_TRAINING = DATA / "training_2.psv"
TUNER_TRAINING = DATA / "training_3.psv"
THIRD_SET = DATA / "heldout_3.psv"  # written as held-out, read since: training now
THAI_TRAINING = DATA / "training_4a.psv"
OTHER_LANGUAGES_TRAINING = DATA / "training_4b.psv"
MORE_THAI = DATA / "training_5a.psv"  # written for the learnt models, after the rules' last round
MORE_OTHER_LANGUAGES = DATA / "training_5b.psv"
FOURTH_SET = DATA / "heldout_4.psv"  # written as held-out, read since: training now
THAI_2 = DATA / "training_6a.psv"
OTHER_LANGUAGES_2 = DATA / "training_6b.psv"
BURMESE = DATA / "training_6c.psv"
LAO_AND_ENGLISH = DATA / "training_6d.psv"
MORE_ENGLISH, MORE_BURMESE, MORE_LAO = (DATA / f"training_7{part}.psv" for part in "abc")
SHORT_ENGLISH, SHORT_BURMESE, SHORT_LAO = (DATA / f"training_8{part}.psv" for part in "abc")
ALARMING_ENGLISH, ALARMING_LAO, ALARMING_THAI, MIGRANTS = (DATA / f"training_9{part}.psv" for part in "abcd")
BURMESE_PLACES, LAO_PLACES, THAI_AGES, ENGLISH_AGES = (DATA / f"training_10{part}.psv" for part in "abcd")
LAO_TAMBONS, THAI_TAMBONS = (DATA / f"training_11{part}.psv" for part in "ab")
CALM_ALARMING, LAO_PLACES_2 = (DATA / f"training_12{part}.psv" for part in "ab")
ENGLISH_AGES_GROUPS, BURMESE_LAO_GROUPS, THAI_DANGER_GROUPS = (DATA / f"training_13{part}.psv" for part in "abc")
BURMESE_AGES_PLACES, LAO_PLACES_AGES, HARD_AGES_PHONES = (DATA / f"training_14{part}.psv" for part in "abc")
BURMESE_DISTRICTS, HARDER_AGES_PHONES, LAO_DISTRICTS, BURMESE_PLACES_ANYWHERE = (
    DATA / f"training_15{part}.psv" for part in "abcd"
)


def _read_sets(first: int, last: int) -> dict[Path, str]:
    """heldout_<first>.psv to heldout_<last>.psv, each written blind as a held-out set, measured at a round's
    start (and middle and end) and read since (docs/performance.md, each round): training now, "set_N"."""
    return {DATA / f"heldout_{number}.psv": f"set_{number}" for number in range(first, last + 1)}


BLIND = DATA / "heldout_41.psv"
WHOLE_FILE_SPLITS = {
    SECOND_SET: "set_2",
    MORE_TRAINING: "dev",
    TUNER_TRAINING: "training_3",
    THIRD_SET: "set_3",
    THAI_TRAINING: "training_4a",
    OTHER_LANGUAGES_TRAINING: "training_4b",
    MORE_THAI: "training_5a",
    MORE_OTHER_LANGUAGES: "training_5b",
    FOURTH_SET: "set_4",
    THAI_2: "training_6a",
    OTHER_LANGUAGES_2: "training_6b",
    BURMESE: "training_6c",
    LAO_AND_ENGLISH: "training_6d",
    MORE_ENGLISH: "training_7a",
    MORE_BURMESE: "training_7b",
    MORE_LAO: "training_7c",
    SHORT_ENGLISH: "training_8a",
    SHORT_BURMESE: "training_8b",
    SHORT_LAO: "training_8c",
    ALARMING_ENGLISH: "training_9a",
    ALARMING_LAO: "training_9b",
    ALARMING_THAI: "training_9c",
    MIGRANTS: "training_9d",
    BURMESE_PLACES: "training_10a",
    LAO_PLACES: "training_10b",
    THAI_AGES: "training_10c",
    ENGLISH_AGES: "training_10d",
    **_read_sets(5, 5),
    LAO_TAMBONS: "training_11a",
    THAI_TAMBONS: "training_11b",
    **_read_sets(6, 12),
    CALM_ALARMING: "training_12a",
    LAO_PLACES_2: "training_12b",
    ENGLISH_AGES_GROUPS: "training_13a",
    BURMESE_LAO_GROUPS: "training_13b",
    THAI_DANGER_GROUPS: "training_13c",
    BURMESE_AGES_PLACES: "training_14a",
    LAO_PLACES_AGES: "training_14b",
    HARD_AGES_PHONES: "training_14c",
    BURMESE_DISTRICTS: "training_15a",
    HARDER_AGES_PHONES: "training_15b",
    LAO_DISTRICTS: "training_15c",
    BURMESE_PLACES_ANYWHERE: "training_15d",
    **_read_sets(13, 40),
    BLIND: "heldout_41",
}
# every split, in the order printed: the quarter of messages.psv, then each whole file's
SPLITS = tuple(dict.fromkeys(("dev", "quarter", *WHOLE_FILE_SPLITS.values())))
BLIND_SPLIT = WHOLE_FILE_SPLITS[BLIND]
FIELDS = ("group", "age", "phone", "reporter", "moo", "subdistrict", "district", "province")


@dataclass(frozen=True)
class Labelled:
    intent: str
    danger: bool
    expected: dict[str, str | None]
    text: str
    whole_file_split: str | None = None

    @property
    def split(self) -> str:
        if self.whole_file_split:
            return self.whole_file_split
        return "quarter" if zlib.crc32(self.text.encode()) % 4 == 0 else "dev"


def load(path: Path = MESSAGES, split: str | None = None) -> list[Labelled]:
    """The labelled rows of one file; `split` names them all (else the file's own split)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        intent, danger, group, age, phone, reporter, moo, sub, dist, prov, text = line.split("|", 10)
        values = dict(zip(FIELDS, (group, age, phone, reporter, moo, sub, dist, prov), strict=True))
        expected = {key: (None if value == "-" else value) for key, value in values.items()}
        rows.append(Labelled(intent, danger == "1", expected, text, split or WHOLE_FILE_SPLITS.get(path)))
    return rows


def _bare(name: str) -> str:
    """A place's name as the labels write it: the official name without its prefix (เขตดินแดง: ดินแดง)."""
    return name.removeprefix("เขต")


def found_fields(result: Understanding) -> dict[str, str | None]:
    place = result.place
    # a tambon name that several places share, which the bot asks the person to choose among, is read
    sub_code = (place.subdistrict_code or next(iter(place.subdistrict_choices), None)) if place else None
    sub = geothai.subdistrict(sub_code) if sub_code else None
    dist = geothai.district(place.district_code) if place and place.district_code else None
    prov = geothai.province(place.province_code) if place and place.province_code else None
    return {
        "group": str(result.group.value) if result.group else None,
        "age": str(result.age.value) if result.age else None,
        "phone": result.phones[0] if result.phones else None,
        "reporter": str(result.reporter.value) if result.reporter else None,
        "moo": place.moo if place else None,
        "subdistrict": sub.name_th if sub else None,
        "district": _bare(dist.name_th) if dist else None,
        "province": prov.name_th if prov else None,
    }


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  -  "


PLACE_LEVELS = ("subdistrict", "district", "province")


def _implied(name: str, expected: dict[str, str | None], got: dict[str, str | None]) -> bool:
    """Whether `name` is a place level above one the label states and the module read right: the
    labels state only what the text says, the module infers a district's province from geothai."""
    if name not in PLACE_LEVELS:
        return False
    finer = PLACE_LEVELS[: PLACE_LEVELS.index(name)]
    return any(expected[level] is not None and expected[level] == got[level] for level in finer)


def evaluate(rows: list[Labelled], show_errors: bool, strict: bool = False) -> None:
    intent_right = danger_hit = danger_total = alarms = calm_total = danger_asked = 0
    counts = {name: [0, 0, 0] for name in FIELDS}  # right, found, stated
    asked_which = 0  # tambons read right as a name several places share, the bot asking which
    errors: list[str] = []
    for row in rows:
        result = understand(row.text)
        place = result.place
        asked_which += bool(
            place
            and not place.subdistrict_code
            and place.subdistrict_choices
            and geothai.subdistrict(place.subdistrict_choices[0]).name_th == row.expected["subdistrict"]
        )
        wanted_intent = "report" if row.intent == "report" else row.intent
        intent_right += result.intent == wanted_intent
        if result.intent != wanted_intent:
            errors.append(f"intent {row.intent!r} got {result.intent!r}: {row.text}")
        if row.danger:
            danger_total += 1
            danger_hit += result.danger is not None
            # not read as danger but as a report: the report's first question is the danger one
            danger_asked += result.danger is None and result.intent == "report"
            if result.danger is None:
                errors.append(f"danger missed: {row.text}")
        else:
            calm_total += 1
            alarms += result.danger is not None
            if result.danger is not None:
                errors.append(f"false alarm ({result.danger.evidence}): {row.text}")
        got = found_fields(result)
        for name in FIELDS:
            want, have = row.expected[name], got[name]
            if not strict and want is None and _implied(name, row.expected, got):
                continue  # the province of the tambon read right: true, though the text did not say it
            counts[name][0] += want is not None and want == have
            counts[name][1] += have is not None
            counts[name][2] += want is not None
            if want != have:
                errors.append(f"{name} {want!r} got {have!r}: {row.text}")
    print(f"  messages {len(rows)}; intent (led to a report or the right answer) {_ratio(intent_right, len(rows))}")
    print(
        f"  danger recall {_ratio(danger_hit, danger_total)} ({danger_hit}/{danger_total}); "
        f"false alarms {_ratio(alarms, calm_total)} ({alarms}/{calm_total})"
    )
    print(
        f"  danger met in the first reply by the card or the danger question "
        f"{_ratio(danger_hit + danger_asked, danger_total)} ({danger_hit} + {danger_asked})/{danger_total}"
    )
    print(f"  {'field':<12} {'precision':>9} {'recall':>7}  right/found/stated")
    for name, (right, found, stated) in counts.items():
        print(f"  {name:<12} {_ratio(right, found):>9} {_ratio(right, stated):>7}  {right}/{found}/{stated}")
    right, _, stated = counts["subdistrict"]
    print(
        f"  subdistrict right as one place {_ratio(right - asked_which, stated)} ({right - asked_which}/{stated});"
        f" as a name several share, the person asked which: {asked_which}"
    )
    if show_errors:
        for line in errors:
            print("    " + line)


def timing(rows: list[Labelled], repeat: int, baseline: Path | None = None) -> None:
    """p50/p99 of one message; with `baseline` (another copy of dispatch/understanding.py, e.g. from
    `git show COMMIT:dispatch/understanding.py`), both are timed in turn in the same run."""
    modules: dict[str, Any] = {"this": sys.modules[understand.__module__]}
    if baseline is not None:
        spec = importlib.util.spec_from_file_location("baseline_understanding", baseline)
        assert spec is not None and spec.loader is not None
        modules["baseline"] = importlib.util.module_from_spec(spec)
        sys.modules["baseline_understanding"] = modules["baseline"]  # dataclasses look their module up
        spec.loader.exec_module(modules["baseline"])
    samples: dict[str, list[float]] = {name: [] for name in modules}
    for module in modules.values():
        module.warm_up()
    for _ in range(repeat):
        for name, module in modules.items():
            uncached = module.understand.__wrapped__  # the handler's cache would time dictionary look-ups
            for row in rows:
                start = time.perf_counter()
                uncached(row.text)
                samples[name].append(time.perf_counter() - start)
    for name, times in samples.items():
        times.sort()
        p50, p99 = times[len(times) // 2] * 1000, times[int(len(times) * 0.99)] * 1000
        print(
            f"time to understand one message ({name}): p50 {p50:.2f} ms, p99 {p99:.2f} ms, max {times[-1] * 1000:.2f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--file", type=Path, action="append", default=[], help="another labelled file, its own split")
    parser.add_argument("--errors", action="store_true", help="list every miss of the splits shown")
    parser.add_argument(
        "--strict", action="store_true", help="count a province or district the text did not state as a false find"
    )
    parser.add_argument("--by-language", action="store_true", help="each split also per script: th, en, my, lo")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--baseline", type=Path, help="another dispatch/understanding.py to time beside this one")
    parser.add_argument("--spoil-blind", action="store_true", help="allow --errors on the blind set (it is then spent)")
    args = parser.parse_args()
    if args.errors and args.split == BLIND_SPLIT and not args.spoil_blind:
        parser.error("--errors would show the blind set's misses: pick a training split, or add --spoil-blind")
    rows = load() + [row for path in WHOLE_FILE_SPLITS if path.exists() for row in load(path)]
    splits = tuple(name for name in SPLITS if name != BLIND_SPLIT) if args.split == "all" else (args.split,)
    for extra in args.file:
        rows += load(extra, split=extra.stem)
        splits = (*splits, extra.stem)
    for split in splits:
        part = [row for row in rows if row.split == split]
        if not part:
            continue  # a file not written yet
        print(f"{split}:")
        evaluate(part, args.errors, args.strict)
        for language in ("th", "en", "my", "lo") if args.by_language else ():
            written = [row for row in part if (language_of(row.text) or "th") == language]
            if written and len(written) < len(part):
                print(f"{split}, {language}:")
                evaluate(written, args.errors, args.strict)
    if args.repeat:  # --repeat 0: the figures alone
        timing(rows, args.repeat, args.baseline)


if __name__ == "__main__":
    main()
