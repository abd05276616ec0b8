"""Throughput of :func:`vn_digital_policy.codes.find_document_codes` on news text.

Repeats the seed articles (``seeds/*.txt``) to about 3 MB, runs the finder a few times and prints
the best MB/s (UTF-8 bytes of input per second). Also times a code-dense variant (every article
followed by a paragraph full of codes) and a few adversarial inputs. Not a test: run it by hand,

    .venv/bin/python benchmarks/bench_codes.py
"""

from __future__ import annotations

import pathlib
import time

from vn_digital_policy.codes import find_document_codes

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGET_BYTES = 3_000_000
REPEATS = 5

CODE_PARAGRAPH = (
    "\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Quyết định số 749/QĐ-TTg "
    "ngày 3/6/2020, Nghị định 13/2023/NĐ-CP, Luật Giao dịch điện tử số 20/2023/QH15, "
    "Công văn 2844/VPCP-KSTT và các Công văn số 2522, 2523/UBND - VX; Chỉ thị 05 – CT/TW.\n"
)


def _grow(text: str) -> str:
    size = len(text.encode("utf-8"))
    return text * (TARGET_BYTES // size + 1)


def _measure(label: str, text: str) -> None:
    size_mb = len(text.encode("utf-8")) / 1e6
    best = float("inf")
    count = 0
    for _ in range(REPEATS):
        started = time.perf_counter()
        count = len(find_document_codes(text))
        best = min(best, time.perf_counter() - started)
    print(f"{label:<28} {size_mb:6.2f} MB  {count:7d} codes  {size_mb / best:8.1f} MB/s")


def main() -> None:
    seeds = "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))
    )
    _measure("seeds (news text)", _grow(seeds))
    _measure("seeds + code paragraphs", _grow(seeds + CODE_PARAGRAPH))
    for label, text in (
        ('"9" * 1e6', "9" * 1_000_000),
        ('"1/" * 5e5', "1/" * 500_000),
        ('"1-NQ/" * 2e5', "1-NQ/" * 200_000),
        ('"số " * 3e5', "số " * 300_000),
        ('"1, " * 3e5 + code', "số " + "1, " * 300_000 + "2/QĐ-TTg"),
        ('"1/QĐ-TTg " * 1e5', "1/QĐ-TTg " * 100_000),
    ):
        _measure(label, text)


if __name__ == "__main__":
    main()
