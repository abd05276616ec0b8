"""Throughput of the data layer: corpus merging, queries, search, exports, HTML.

Repeats the seed articles (``seeds/*.txt``) to about 3 MB and times, on that corpus:

* ``search``: free-text search over the article texts (MB of text per second);
* ``merge``: building the merged views (officials, documents, events ...) from parsed
  articles (the parsed seeds, copied with new ids);
* ``find_*``: the README question (PM's directives, targets due by 2030) and more;
* ``to_jsonl``, ``to_json``, ``to_sqlite``, ``render_article``.

Parsing itself is measured by ``bench_parse.py``; here the seeds are parsed once and
copied. Not a test: run it by hand,

    .venv/bin/python benchmarks/bench_corpus.py
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vn_digital_policy.corpus import Corpus, load_corpus
from vn_digital_policy.export import to_json, to_jsonl, to_sqlite
from vn_digital_policy.html import render_article
from vn_digital_policy.models import Article

TARGET_BYTES = 3_000_000
REPEATS = 3


def _best(action: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def _report(label: str, seconds: float, megabytes: float) -> None:
    print(f"{label:<34} {seconds * 1000:9.1f} ms  {megabytes / seconds:8.1f} MB/s")


def _copy(article: Article, number: int) -> Article:
    """The article under a new id, its per-article entities renamed to match."""

    def renamed(items: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(item.model_copy(update={"id": f"{item.id}-{number}"}) for item in items)

    return article.model_copy(
        update={
            "id": f"{article.id}-{number}",
            "events": renamed(article.events),
            "directives": renamed(article.directives),
            "targets": renamed(article.targets),
        }
    )


def _once(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> None:
    seeds = load_corpus()
    one_round = sum(len(a.text.encode("utf-8")) for a in seeds)
    rounds = TARGET_BYTES // one_round + 1
    articles = [_copy(article, n) for n in range(rounds) for article in seeds]
    size_mb = rounds * one_round / 1e6
    print(f"{len(articles)} articles, {size_mb:.2f} MB of text")

    def fresh() -> Corpus:
        return Corpus(articles)

    def merge() -> None:
        corpus = fresh()
        _ = (corpus.officials, corpus.resolutions, corpus.events)
        _ = (corpus.directives, corpus.targets)

    _report("merge (all views)", _best(merge), size_mb)
    corpus = fresh()
    merge()
    _ = corpus.officials
    print(
        f"  -> {len(corpus.officials)} officials, {len(corpus.resolutions)} documents, "
        f"{len(corpus.events)} events, {len(corpus.directives)} directives, "
        f"{len(corpus.targets)} targets"
    )
    _report(
        "find_directives(issuer='Thủ tướng')",
        _best(lambda: corpus.find_directives(issuer="Thủ tướng")),
        size_mb,
    )
    _report("find_targets(due_by=2030)", _best(lambda: corpus.find_targets(due_by=2030)), size_mb)
    _report(
        "find_officials(title='Bộ trưởng')",
        _best(lambda: corpus.find_officials(title="Bộ trưởng")),
        size_mb,
    )
    _report(
        "search('chuyển đổi số'), first",
        _once(lambda: corpus.search("chuyển đổi số")),
        size_mb,
    )
    _report(
        "search('chuyen doi so'), later",
        _best(lambda: corpus.search("chuyen doi so")),
        size_mb,
    )
    _report(
        "search('57-NQ/TW'), later",
        _best(lambda: corpus.search("57-NQ/TW")),
        size_mb,
    )
    _report("to_jsonl", _best(lambda: to_jsonl(corpus)), size_mb)
    _report("to_json", _best(lambda: to_json(corpus)), size_mb)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        _report("to_sqlite", _best(lambda: to_sqlite(corpus, path)), size_mb)
    _report(
        "render_article (all articles)",
        _best(lambda: [render_article(article) for article in corpus]),
        size_mb,
    )


if __name__ == "__main__":
    main()
