"""Benchmark ``parse_article``: throughput (MB/s, articles/s), peak memory, and stages.

Run: ``python benchmarks/bench_parse.py [--megabytes 5] [--stages] [--extra DIR ...]``.
Not a test: numbers vary with the machine; record them in the issue note.

* Throughput: the seed articles parsed again and again until about ``--megabytes`` of
  text have been read (wall clock and CPU time, one core).
* Peak memory: every seed once, then the seeds joined and repeated as one long article.
* ``--stages``: the same articles with each stage of the pipeline timed on its own (CPU
  time): reading the ``Document``, then bylines, officials, resolutions, events,
  directives, targets and building the ``Article``.
* ``--extra DIR``: also parse the ``*.txt`` articles of DIR (e.g. ``tests/articles``),
  which are shorter and denser than the seeds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from vn_digital_policy import parse_article
from vn_digital_policy.corpus import seed_records
from vn_digital_policy.extract.bylines import extract_bylines
from vn_digital_policy.extract.directives import extract_directives
from vn_digital_policy.extract.document import Document
from vn_digital_policy.extract.events import extract_events
from vn_digital_policy.extract.officials import extract_officials
from vn_digital_policy.extract.resolutions import extract_resolutions
from vn_digital_policy.extract.targets import extract_targets
from vn_digital_policy.ids import article_id_for_text
from vn_digital_policy.models import Article

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
#: Publication date for articles whose date is not known (s001, the extra folders).
DEFAULT_PUBLISHED = dt.date(2021, 11, 1)

T = TypeVar("T")


def _articles(extra: list[Path]) -> list[tuple[str, dt.date]]:
    records = seed_records()
    out = [
        ((SEEDS / r.file).read_text(encoding="utf-8"), r.published or DEFAULT_PUBLISHED)
        for r in records
    ]
    for folder in extra:
        out.extend(
            (path.read_text(encoding="utf-8"), DEFAULT_PUBLISHED)
            for path in sorted(folder.glob("*.txt"))
        )
    return out


def _throughput(articles: list[tuple[str, dt.date]], rounds: int, one_round: int) -> None:
    start, cpu_start = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for text, day in articles:
            parse_article(text, published=day)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    total_mb = rounds * one_round / 1_000_000
    count = rounds * len(articles)
    print(f"parse_article: {count} articles, {total_mb:.2f} MB in {elapsed:.2f} s")
    print(
        f"  throughput: {total_mb / elapsed:.2f} MB/s wall, {total_mb / cpu:.2f} MB/s CPU, "
        f"{count / elapsed:.0f} articles/s"
    )


def _stages(articles: list[tuple[str, dt.date]], rounds: int, one_round: int) -> None:
    spent: dict[str, float] = {}

    def timed(stage: str, call: Callable[..., T], *args: Any, **kwargs: Any) -> T:  # noqa: ANN401
        before = time.process_time()
        result = call(*args, **kwargs)
        spent[stage] = spent.get(stage, 0.0) + time.process_time() - before
        return result

    for _ in range(rounds):
        for text, day in articles:
            ident = timed("article id", article_id_for_text, text)
            doc = timed("Document.read", Document.read, text, published=day, article_id=ident)
            bylines = timed("bylines", extract_bylines, doc)
            officials = timed("officials", extract_officials, doc, bylines=bylines)
            resolutions = timed("resolutions", extract_resolutions, doc)
            events = timed("events", extract_events, doc, officials)
            directives = timed("directives", extract_directives, doc, officials)
            targets = timed(
                "targets",
                extract_targets,
                doc,
                resolutions=resolutions,
                directives=directives,
                events=events,
            )
            timed(
                "Article model",
                Article,
                id=ident,
                text=text,
                published=day,
                officials=tuple(officials),
                resolutions=tuple(resolutions),
                events=tuple(events),
                directives=tuple(directives),
                targets=tuple(targets),
            )
    total_mb = rounds * one_round / 1_000_000
    total = sum(spent.values())
    print(f"stages (CPU time, {total_mb:.2f} MB, {total_mb / total:.2f} MB/s overall):")
    for stage, seconds in spent.items():
        print(
            f"  {stage:14s} {seconds:6.2f} s {100 * seconds / total:5.1f} % "
            f"{total_mb / seconds:8.1f} MB/s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--stages", action="store_true", help="time each stage too")
    parser.add_argument("--extra", type=Path, action="append", default=[], metavar="DIR")
    args = parser.parse_args()

    articles = _articles(args.extra)
    one_round = sum(len(text.encode("utf-8")) for text, _ in articles)
    rounds = max(1, int(args.megabytes * 1_000_000 / one_round))
    parse_article(articles[0][0], published=articles[0][1])  # warm caches (lexicons, regexes)

    _throughput(articles, rounds, one_round)
    if args.stages:
        _stages(articles, rounds, one_round)

    tracemalloc.start()
    for text, day in articles:
        parse_article(text, published=day)
    big = "\n\n".join(text for text, _ in articles) * max(1, rounds // 10)
    parse_article(big, published=articles[0][1])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"  peak memory: {peak / 1_000_000:.1f} MB "
        f"(largest single article {len(big.encode()) / 1_000_000:.2f} MB)"
    )


if __name__ == "__main__":
    main()
