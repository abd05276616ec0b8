"""Benchmark ``extract_resolutions`` and ``extract_events`` (throughput in MB/s).

Run: ``python benchmarks/bench_resev.py [--megabytes 3]``. Not a test: figures vary with
the machine. Two measures:

* per article: the seed articles, each read once into a ``Document`` (not timed), are
  run through the extractors again and again until ~N MB of text have been processed;
* one long document: the seeds joined and repeated to ~N MB, read once (not timed),
  then extracted once, to show that time grows linearly with the text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from vn_digital_policy.extract.document import Document
from vn_digital_policy.extract.events import extract_events
from vn_digital_policy.extract.resolutions import extract_resolutions
from vn_digital_policy.models import Official, Position

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PUBLISHED = dt.date(2021, 12, 6)
OFFICIALS = [
    Official(
        id="official:pham-minh-chinh",
        name="Phạm Minh Chính",
        positions=(Position(title="Thủ tướng Chính phủ", role="Thủ tướng"),),
    )
]


def _mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1_000_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=3.0)
    args = parser.parse_args()

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    docs = [Document.read(t, published=PUBLISHED) for t in texts]
    rounds = max(1, int(args.megabytes / _mb(texts)))
    for doc in docs:  # warm up: lexicons and patterns are built on first use
        extract_resolutions(doc)
        extract_events(doc, OFFICIALS)
    for name, run in (
        ("extract_resolutions", extract_resolutions),
        ("extract_events", lambda d: extract_events(d, OFFICIALS)),
    ):
        start = time.perf_counter()
        for _ in range(rounds):
            for doc in docs:
                run(doc)
        elapsed = time.perf_counter() - start
        size = _mb(texts) * rounds
        rate = size / elapsed
        print(f"{name:20s} per article: {size:.1f} MB in {elapsed:.2f} s = {rate:.1f} MB/s")

    long_text = "\n\n".join(texts * rounds)
    doc = Document.read(long_text, published=PUBLISHED)
    for name, run in (
        ("extract_resolutions", extract_resolutions),
        ("extract_events", lambda d: extract_events(d, OFFICIALS)),
    ):
        start = time.perf_counter()
        found = run(doc)
        elapsed = time.perf_counter() - start
        size = _mb([long_text])
        print(
            f"{name:20s} one document: {size:.1f} MB in {elapsed:.2f} s = "
            f"{size / elapsed:.1f} MB/s ({len(found)} records)"
        )


if __name__ == "__main__":
    main()
