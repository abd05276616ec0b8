"""The ``vn-digital-policy`` command line (dòng lệnh).

Run ``vn-digital-policy --help`` for the commands. Every command exits 0 on success
and 1 with a one-line message on standard error for bad input (never a traceback).

>>> main(["summary"])  # doctest: +ELLIPSIS
Corpus: 5 articles (bundled seeds)
...
0
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from vn_digital_policy._version import __version__
from vn_digital_policy.corpus import Corpus, load_corpus
from vn_digital_policy.errors import VNDigitalPolicyError

__all__ = ["build_parser", "main"]

_PROG = "vn-digital-policy"


def _shorten(text: str | None, width: int) -> str:
    if not text:
        return "-"
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_summary(corpus: Corpus, *, source: str) -> str:
    """Render what a corpus holds as a plain-text table.

    >>> print(format_summary(Corpus([]), source="empty"))
    Corpus: 0 articles (empty)
    """
    articles = list(corpus)
    lines = [f"Corpus: {len(articles)} articles ({source})"]
    if not articles:
        return "\n".join(lines)
    header = ("id", "published", "off", "doc", "evt", "dir", "tgt", "title")
    rows = [
        (
            a.id,
            a.published.isoformat() if a.published else "?",
            str(len(a.officials)),
            str(len(a.resolutions)),
            str(len(a.events)),
            str(len(a.directives)),
            str(len(a.targets)),
            _shorten(a.title or a.text.strip().splitlines()[0], 60),
        )
        for a in articles
    ]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header) - 1)]

    def render(row: Sequence[str]) -> str:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        return "  ".join([*cells, row[-1]]).rstrip()

    lines += ["", render(header), *(render(row) for row in rows), ""]
    totals = {
        "officials": sum(len(a.officials) for a in articles),
        "resolutions": sum(len(a.resolutions) for a in articles),
        "events": sum(len(a.events) for a in articles),
        "directives": sum(len(a.directives) for a in articles),
        "targets": sum(len(a.targets) for a in articles),
    }
    lines.append("Totals: " + ", ".join(f"{count} {name}" for name, count in totals.items()))
    dated = sorted(a.published for a in articles if a.published)
    if dated:
        lines.append(f"Published: {dated[0].isoformat()} .. {dated[-1].isoformat()}")
    return "\n".join(lines)


def _cmd_summary(args: argparse.Namespace) -> int:
    del args
    print(format_summary(load_corpus(), source="bundled seeds"))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the ``vn-digital-policy`` command.

    >>> build_parser().prog
    'vn-digital-policy'
    """
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Structured data from Vietnamese digital-policy news.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    summary = commands.add_parser("summary", help="what the bundled corpus holds")
    summary.set_defaults(handler=_cmd_summary)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    >>> main(["--version"])  # doctest: +SKIP
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except VNDigitalPolicyError as exc:
        print(f"{_PROG}: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
