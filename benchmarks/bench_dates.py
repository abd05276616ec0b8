"""Throughput of ``find_dates`` on the seed articles repeated to about 3 MB.

Run: ``.venv/bin/python benchmarks/bench_dates.py [--mb 3] [--repeat 3]``.
Prints MB/s (UTF-8 bytes of input per second of CPU time, best of ``--repeat`` runs; CPU
time, because the machine is shared and wall time swings with its load) and the matches.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
import unicodedata
from pathlib import Path

from vn_digital_policy.dates import find_dates

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(megabytes: float) -> str:
    articles = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    one = "\n\n".join(articles)
    size = len(one.encode("utf-8"))
    copies = max(1, round(megabytes * 1_000_000 / size))
    return "\n\n".join([one] * copies)


def measure(text: str, repeat: int, **options: object) -> tuple[float, int]:
    size = len(text.encode("utf-8")) / 1_000_000
    best = float("inf")
    found = 0
    find_dates(text[:10_000])  # build the patterns outside the timing
    for _ in range(repeat):
        began = time.process_time()
        found = len(find_dates(text, **options))  # type: ignore[arg-type]
        best = min(best, time.process_time() - began)
    return size / best, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=3.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    text = corpus(args.mb)
    size = len(text.encode("utf-8")) / 1_000_000
    print(f"input: {size:.2f} MB of seed articles")
    ref = dt.date(2021, 12, 6)
    for label, sample, options in (
        ("NFC, no reference", text, {}),
        ("NFC, reference", text, {"reference": ref}),
        ("NFD, reference", unicodedata.normalize("NFD", text), {"reference": ref}),
    ):
        speed, found = measure(sample, args.repeat, **options)
        print(f"{label:<20} {speed:7.1f} MB/s  {found} matches")


if __name__ == "__main__":
    main()
