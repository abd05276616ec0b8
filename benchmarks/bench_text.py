"""Benchmark ``vn_digital_policy.text``: MB/s of normalize, normalize_with_map and fold.

Run: ``python benchmarks/bench_text.py [--megabytes 3] [--repeat 5]``. Not a test:
numbers vary with the machine and its load. The seed articles are repeated to the
requested size and fed as they are ("raw", NFC, old tone style, curly quotes),
already normalised, decomposed (NFD), and rewritten in the new tone style. The best
of ``--repeat`` runs is printed, in wall-clock and in CPU time (CPU time is steadier on
a shared machine).
"""

from __future__ import annotations

import argparse
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from vn_digital_policy.text import (
    fold,
    fold_aligned,
    normalize,
    normalize_with_map,
    set_tone_style,
    strip_diacritics,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def best_of(function: Callable[[str], object], text: str, repeat: int) -> tuple[float, float]:
    wall = cpu = float("inf")
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        function(text)
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=3.0)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    seeds = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    rounds = max(1, round(args.megabytes * 1_000_000 / len(seeds.encode("utf-8"))))
    raw = "\n\n".join([seeds] * rounds)
    inputs = {
        "raw seeds": raw,
        "normalised": normalize(raw),
        "NFD": unicodedata.normalize("NFD", raw),
        "new tone style": set_tone_style(raw, "new"),
    }
    functions: dict[str, Callable[[str], object]] = {
        "normalize": normalize,
        "normalize_with_map": normalize_with_map,
        "fold": fold,
        "fold_aligned": fold_aligned,
        "strip_diacritics": strip_diacritics,
    }
    print(f"{len(raw.encode('utf-8')) / 1e6:.1f} MB ({rounds} x the seeds), best of {args.repeat}")
    print(f"{'function':<20} {'input':<16} {'MB/s wall':>10} {'MB/s CPU':>10}")
    for input_name, text in inputs.items():
        megabytes = len(text.encode("utf-8")) / 1e6
        for function_name, function in functions.items():
            wall, cpu = best_of(function, text, args.repeat)
            print(
                f"{function_name:<20} {input_name:<16} "
                f"{megabytes / wall:>10.1f} {megabytes / max(cpu, 1e-9):>10.1f}"
            )


if __name__ == "__main__":
    main()
