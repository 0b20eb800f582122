"""Time dispatch/understanding.understand on every text of a labelled file, in this tree or another
checkout, so two versions can be timed in turn on one machine in one run.

Only the texts are read (never the labels), so a blind set can be timed without spoiling it.

Usage: python bench/understanding_speed.py [--tree PATH] [--passes N] FILE.psv
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path


def texts_of(path: Path) -> list[str]:
    return [
        line.split("|", 10)[10]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--tree", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--passes", type=int, default=10)
    args = parser.parse_args()
    texts = texts_of(args.file.resolve())
    sys.path.insert(0, str(args.tree.resolve()))
    os.chdir(args.tree)
    from dispatch.understanding import understand, warm_up  # noqa: PLC0415 (the tree is chosen at run time)

    warm_up()
    raw = understand.__wrapped__  # the cache would time a dictionary lookup from the second pass on
    for text in texts:
        raw(text)  # models and tables loaded before timing
    times: list[float] = []
    for _ in range(args.passes):
        for text in texts:
            start = time.perf_counter()
            raw(text)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p99 = times[int(len(times) * 0.99)]
    print(
        f"{args.tree}: {len(texts)} texts x {args.passes}: p50 {statistics.median(times):.2f} ms, "
        f"p99 {p99:.2f} ms, max {times[-1]:.2f} ms (load {os.getloadavg()[0]:.1f})"
    )


if __name__ == "__main__":
    main()
