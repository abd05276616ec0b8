"""Benchmark ``extract_officials`` and ``extract_bylines`` on the seed articles.

Run: ``python benchmarks/bench_officials.py [--megabytes 3]``. Not a test: numbers vary
with the machine. Two figures: per article (the seeds one by one, as parse_article reads
them, ``Document.read`` done beforehand and not timed) and on one long text (the seeds
repeated into one ~3 MB document, which shows the cost grows linearly).
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from vn_digital_policy.extract.bylines import extract_bylines
from vn_digital_policy.extract.document import Document
from vn_digital_policy.extract.officials import extract_officials

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=3.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    day = dt.date(2024, 7, 19)
    docs = [Document.read(t, published=day) for t in texts]
    one_round = sum(len(t.encode("utf-8")) for t in texts)
    rounds = max(1, int(args.megabytes * 1_000_000 / one_round))
    extract_officials(docs[0])  # warm caches (lexicons, regexes)

    for name, function in (
        ("extract_officials", extract_officials),
        ("extract_bylines", extract_bylines),
    ):
        elapsed = float("inf")
        for _ in range(args.repeat):  # the best of several runs: the machine is shared
            start = time.perf_counter()
            for _ in range(rounds):
                for doc in docs:
                    function(doc)
            elapsed = min(elapsed, time.perf_counter() - start)
        megabytes = rounds * one_round / 1_000_000
        rate = megabytes / elapsed
        print(f"{name} per article: {megabytes:.2f} MB in {elapsed:.2f} s = {rate:.1f} MB/s")

    big = Document.read("\n\n".join(texts * rounds), published=day)
    megabytes = len(big.text.encode("utf-8")) / 1_000_000
    elapsed = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        officials = extract_officials(big)
        elapsed = min(elapsed, time.perf_counter() - start)
    print(
        f"extract_officials one text: {megabytes:.2f} MB in {elapsed:.2f} s = "
        f"{megabytes / elapsed:.1f} MB/s ({len(officials)} officials)"
    )


if __name__ == "__main__":
    main()
