"""Benchmark ``parse_article``: throughput (MB/s, articles/s) and peak memory.

Run: ``python benchmarks/bench_parse.py [--megabytes 5]``. Not a test: numbers vary
with the machine; record them in the issue note.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
import tracemalloc
from pathlib import Path

from vn_digital_policy import parse_article
from vn_digital_policy.corpus import seed_records

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=5.0)
    args = parser.parse_args()

    records = seed_records()
    texts = [(SEEDS / r.file).read_text(encoding="utf-8") for r in records]
    published = [r.published or dt.date(2021, 11, 1) for r in records]
    one_round = sum(len(t.encode("utf-8")) for t in texts)
    rounds = max(1, int(args.megabytes * 1_000_000 / one_round))

    parse_article(texts[0], published=published[0])  # warm caches (lexicons, regexes)
    start = time.perf_counter()
    for _ in range(rounds):
        for text, day in zip(texts, published, strict=True):
            parse_article(text, published=day)
    elapsed = time.perf_counter() - start
    total_mb = rounds * one_round / 1_000_000
    count = rounds * len(texts)
    print(f"parse_article: {count} articles, {total_mb:.2f} MB in {elapsed:.2f} s")
    print(f"  throughput: {total_mb / elapsed:.2f} MB/s, {count / elapsed:.0f} articles/s")

    tracemalloc.start()
    for text, day in zip(texts, published, strict=True):
        parse_article(text, published=day)
    big = "\n\n".join(texts) * max(1, rounds // 10)
    parse_article(big, published=published[0])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"  peak memory: {peak / 1_000_000:.1f} MB "
        f"(largest single article {len(big.encode()) / 1_000_000:.2f} MB)"
    )


if __name__ == "__main__":
    main()
