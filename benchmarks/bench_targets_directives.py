"""Throughput of the targets and directives extractors on news text.

Repeats the seed articles (``seeds/*.txt``, published dates from ``seeds/metadata.json``
are not needed: a fixed publication date is used) to about 3 MB, reads the text once into
a :class:`~vn_digital_policy.extract.document.Document` (not timed: the primitives are
benchmarked by their own scripts) and times :func:`extract_directives` and
:func:`extract_targets` over it, best of five runs in process CPU time (the machine is
shared). Prints MB/s (UTF-8 bytes of input per second). Not a test: run it by hand,

    .venv/bin/python benchmarks/bench_targets_directives.py
"""

from __future__ import annotations

import datetime as dt
import pathlib
import time

from vn_digital_policy.extract.directives import extract_directives
from vn_digital_policy.extract.document import Document
from vn_digital_policy.extract.targets import extract_targets

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGET_BYTES = 3_000_000
REPEATS = 5


def main() -> None:
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("seeds/*.txt")))
    text = seeds * (TARGET_BYTES // len(seeds.encode("utf-8")) + 1)
    size_mb = len(text.encode("utf-8")) / 1e6
    started = time.perf_counter()
    doc = Document.read(text, published=dt.date(2024, 7, 19))
    print(f"Document.read        {size_mb:.2f} MB in {time.perf_counter() - started:.2f} s")
    for name, run in (
        ("extract_directives", lambda: extract_directives(doc, ())),
        ("extract_targets", lambda: extract_targets(doc)),
    ):
        best = float("inf")
        found = 0
        for _ in range(REPEATS):
            started = time.process_time()  # CPU time: the machine is shared
            found = len(run())
            best = min(best, time.process_time() - started)
        print(f"{name:20s} {size_mb / best:7.1f} MB/s  ({found} found, best of {REPEATS})")


if __name__ == "__main__":
    main()
