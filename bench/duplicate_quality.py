"""Precision and recall of duplicate detection on the labelled pairs (tests/data/duplicate_pairs.csv).

Thresholds were chosen on the `dev` split only; `test` is the held-out half the README reports.
Prints, per split: pairs, true/false positives and negatives, precision, recall, and the pairs it got
wrong by kind (with --errors, the pairs themselves).

Usage: python bench/duplicate_quality.py [--split dev|test|all] [--errors]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dispatch.duplicates import Report, compare  # noqa: E402

PAIRS = Path(__file__).resolve().parents[1] / "tests" / "data" / "duplicate_pairs.csv"


def _report(row: dict[str, str], side: str) -> Report:
    def number(key: str) -> float | None:
        value = row[f"{side}_{key}"]
        return float(value) if value else None

    age = row[f"{side}_age"]
    return Report(
        row[f"{side}_name"] or None,
        int(age) if age else None,
        row[f"{side}_category"],
        row[f"{side}_district"] or None,
        number("latitude"),
        number("longitude"),
    )


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    tn: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def load(path: Path = PAIRS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def evaluate(rows: list[dict[str, str]]) -> tuple[Score, list[dict[str, str]]]:
    score, wrong = Score(), []
    for row in rows:
        said = compare(_report(row, "a"), _report(row, "b")).reason is not None
        truth = row["label"] == "1"
        if said and truth:
            score.tp += 1
        elif said:
            score.fp += 1
            wrong.append(row)
        elif truth:
            score.fn += 1
            wrong.append(row)
        else:
            score.tn += 1
    return score, wrong


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    rows = load()
    splits = ("dev", "test") if args.split == "all" else (args.split,)
    for split in splits:
        chosen = [row for row in rows if row["split"] == split]
        score, wrong = evaluate(chosen)
        print(
            f"{split}: {len(chosen)} pairs ({score.tp + score.fn} duplicates); TP {score.tp} FP {score.fp} "
            f"TN {score.tn} FN {score.fn}; precision {score.precision:.3f}, recall {score.recall:.3f}"
        )
        kinds = Counter(("missed" if row["label"] == "1" else "false alarm", row["kind"]) for row in wrong)
        for (what, kind), count in sorted(kinds.items()):
            print(f"  {what}: {kind} x{count}")
        if args.errors:
            for row in wrong:
                print(
                    "   ",
                    row["pair"],
                    row["label"],
                    row["kind"],
                    "|",
                    row["a_name"],
                    row["a_age"],
                    row["a_category"],
                    row["a_latitude"],
                    "|",
                    row["b_name"],
                    row["b_age"],
                    row["b_category"],
                    row["b_latitude"],
                )


if __name__ == "__main__":
    main()
