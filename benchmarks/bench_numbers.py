"""Throughput of vn_digital_policy.numbers.find_numbers on the seed articles (not a test).

Repeats the seed articles (seeds/*.txt) to about 3 MB of text and prints MB/s (UTF-8
bytes) for find_numbers on the NFC text, on its NFD form, and for parse_number over
the numbers found.

Run: .venv/bin/python benchmarks/bench_numbers.py
"""

from __future__ import annotations

import pathlib
import time
import unicodedata

from vn_digital_policy.numbers import find_numbers, parse_number

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGET_BYTES = 3_000_000


def corpus() -> str:
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("seeds/*.txt")))
    repeats = TARGET_BYTES // len(seeds.encode("utf-8")) + 1
    return "\n\n".join([seeds] * repeats)


def measure(label: str, text: str, rounds: int = 5) -> None:
    """Print the best of ``rounds`` runs, in CPU time (the machine is shared) and wall time."""
    size = len(text.encode("utf-8")) / 1e6
    cpu = wall = float("inf")
    found = 0
    for _ in range(rounds):
        began_cpu, began_wall = time.process_time(), time.perf_counter()
        found = len(find_numbers(text))
        cpu = min(cpu, time.process_time() - began_cpu)
        wall = min(wall, time.perf_counter() - began_wall)
    print(
        f"{label:>18}: {size:.2f} MB, {found} numbers: {size / cpu:6.1f} MB/s CPU,"
        f" {size / wall:6.1f} MB/s wall"
    )


def main() -> None:
    text = corpus()
    find_numbers("warm up the lexicon: 1,5 triệu")
    measure("find_numbers NFC", text)
    measure("find_numbers NFD", unicodedata.normalize("NFD", text), rounds=2)
    numbers = [n.text for n in find_numbers(text)]
    began = time.process_time()
    for number in numbers:
        parse_number(number)
    elapsed = time.process_time() - began
    print(f"{'parse_number':>18}: {len(numbers) / elapsed:,.0f} numbers/s CPU")


if __name__ == "__main__":
    main()
