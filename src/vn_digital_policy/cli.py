"""Dòng lệnh (command line): the ``vn-digital-policy`` command.

Commands::

    vn-digital-policy summary [--folder DIR]
    vn-digital-policy parse FILE... [--published YYYY-MM-DD] [--format table|json|jsonl]
    vn-digital-policy query officials|events|resolutions|directives|targets
        [--folder DIR] [--name ..] [--title ..] [--kind ..] [--issuer ..] [--since ..]
        [--until ..] [--due-by YEAR] [--year YEAR] [--location ..] [--chair ..]
        [--label ..] [--text ..] [--code ..] [--unit ..] [--subject ..] [--exact]
        [--format table|json|jsonl]
    vn-digital-policy search WORDS [--folder DIR] [--kind KIND] [--limit N] [--format ..]
    vn-digital-policy export [--folder DIR] [--sqlite PATH] [--jsonl PATH] [--json PATH]
    vn-digital-policy schema [MODEL]

``parse`` reads files, or standard input for ``-``. Without ``--folder`` the commands
work on the bundled seed corpus. Tables are for reading in a terminal; ``json`` and
``jsonl`` are the formats of :mod:`vn_digital_policy.export`.

Every command exits 0 on success. Bad input (a missing file, text that is not UTF-8,
a malformed date, an unknown model or filter) prints one line
``vn-digital-policy: error: ...`` on standard error and exits non-zero (2 for bad
arguments, 1 for bad data), never a traceback; the output is built in full before
anything is written, and exported files are written atomically.

>>> main(["summary"])  # doctest: +ELLIPSIS
Corpus: 5 articles (bundled seeds)
...
0
>>> main(["query", "targets", "--due-by", "2030", "--format", "json"])  # doctest: +ELLIPSIS
[...]
0
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from vn_digital_policy._version import __version__
from vn_digital_policy.corpus import (
    Corpus,
    decode_article_bytes,
    load_corpus,
    read_article_text,
)
from vn_digital_policy.errors import QueryError, VNDigitalPolicyError
from vn_digital_policy.export import (
    json_schema,
    json_schemas,
    to_json,
    to_jsonl,
    write_json,
    write_jsonl,
)
from vn_digital_policy.models import (
    Article,
    Directive,
    Event,
    Official,
    Resolution,
    Target,
)
from vn_digital_policy.query import SearchHit, coerce_date_bound

__all__ = ["build_parser", "format_articles", "format_summary", "main"]

_PROG = "vn-digital-policy"
_FORMATS = ("table", "json", "jsonl")


class _UsageError(Exception):
    """Bad command-line arguments (argparse's complaint, made one line)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _shorten(text: str | None, width: int) -> str:
    if not text:
        return "-"
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _render_rows(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """Columns padded to their widest cell; the last column is left ragged."""
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header) - 1)]

    def render(row: Sequence[str]) -> str:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        return "  ".join([*cells, row[-1]]).rstrip()

    return [render(header), *(render(row) for row in rows)]


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
            _shorten(a.title or next(iter(a.text.strip().splitlines()), ""), 60),
        )
        for a in articles
    ]
    lines += ["", *_render_rows(header, rows), ""]
    totals = {
        "officials": len(corpus.officials),
        "resolutions": len(corpus.resolutions),
        "events": len(corpus.events),
        "directives": len(corpus.directives),
        "targets": len(corpus.targets),
    }
    lines.append(
        "Totals (merged): " + ", ".join(f"{count} {name}" for name, count in totals.items())
    )
    dated = sorted(a.published for a in articles if a.published)
    if dated:
        lines.append(f"Published: {dated[0].isoformat()} .. {dated[-1].isoformat()}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------
# Plain-text rendering of entities


def _number(value: float | None) -> str:
    if value is None:
        return "-"
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:g}"


def _official_line(official: Official) -> str:
    titles = "; ".join(official.titles)
    return f"{official.name} — {titles}" if titles else official.name


def _resolution_line(doc: Resolution) -> str:
    extra = [value for value in (doc.issuer, doc.date and doc.date.isoformat()) if value]
    return doc.label + (f" ({', '.join(extra)})" if extra else "")


def _event_line(event: Event) -> str:
    parts = [event.date.isoformat() if event.date else "undated", event.kind.value]
    if event.name:
        parts.append(_shorten(event.name, 60))
    if event.location:
        parts.append(f"at {event.location}")
    if event.chairs:
        parts.append("chaired by " + ", ".join(event.chairs))
    return " · ".join(parts) + (" [main]" if event.is_main else "")


def _directive_line(directive: Directive) -> str:
    head = f"{directive.issuer}: " if directive.issuer else ""
    if directive.label:
        declared = "" if directive.count is None else f"/{directive.count}"
        flag = " (miscounted)" if directive.count_mismatch else ""
        head += f"“{directive.label}” [{len(directive.items)}{declared} items{flag}] "
    return head + _shorten(directive.content, 90)


def _target_line(target: Target) -> str:
    value = ""
    if target.value is not None:
        value = f"{target.qualifier + ' ' if target.qualifier else ''}{_number(target.value)}"
        value += f" {target.unit}" if target.unit else ""
    year = str(target.year) if target.year is not None else "no year"
    return f"{year} · {value + ' · ' if value else ''}{_shorten(target.text, 90)}"


def format_articles(articles: Sequence[Article]) -> str:
    """Render parsed articles as readable text: what each states, section by section.

    >>> print(format_articles([Article(id="a", text="Hội nghị.")]))
    a · ? · Hội nghị.
      officials: none
      documents: none
      events: none
      directives: none
      targets: none
    """
    sections: list[tuple[str, Callable[[Article], Sequence[Any]], Callable[[Any], str]]] = [
        ("officials", lambda a: a.officials, _official_line),
        ("documents", lambda a: a.resolutions, _resolution_line),
        ("events", lambda a: a.events, _event_line),
        ("directives", lambda a: a.directives, _directive_line),
        ("targets", lambda a: a.targets, _target_line),
    ]
    blocks = []
    for article in articles:
        heading = article.title or next(iter(article.text.strip().splitlines()), "")
        published = article.published.isoformat() if article.published else "?"
        lines = [f"{article.id} · {published} · {_shorten(heading, 80)}"]
        for name, get, line in sections:
            items = get(article)
            if not items:
                lines.append(f"  {name}: none")
                continue
            lines.append(f"  {name} ({len(items)}):")
            lines += [f"    - {line(item)}" for item in items]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


_QUERY_COLUMNS: dict[str, tuple[tuple[str, ...], Callable[[Any], tuple[str, ...]]]] = {
    "officials": (
        ("id", "name", "titles (observed)", "articles"),
        lambda o: (
            o.id,
            o.name,
            _shorten(
                "; ".join(
                    f"{p.title} ({p.observed.isoformat()})" if p.observed else p.title
                    for p in o.positions
                ),
                100,
            ),
            ", ".join(dict.fromkeys(p.article_id for p in o.positions if p.article_id)) or "-",
        ),
    ),
    "events": (
        ("date", "kind", "location", "chairs", "name"),
        lambda e: (
            e.date.isoformat() if e.date else "-",
            e.kind.value,
            _shorten(e.location, 30),
            _shorten(", ".join(e.chairs), 30),
            _shorten(e.name or e.theme, 70),
        ),
    ),
    "resolutions": (
        ("document", "kind", "issuer", "date", "title"),
        lambda r: (
            _shorten(r.label, 40),
            r.kind.value,
            _shorten(r.issuer, 30),
            r.date.isoformat() if r.date else "-",
            _shorten(r.title or r.name, 60),
        ),
    ),
    "directives": (
        ("issuer", "label", "items", "content"),
        lambda d: (
            _shorten(d.issuer, 30),
            _shorten(d.label, 20),
            "-"
            if d.count is None and not d.items
            else f"{len(d.items)}/{'?' if d.count is None else d.count}"
            + ("!" if d.count_mismatch else ""),
            _shorten(d.content, 80),
        ),
    ),
    "targets": (
        ("year", "value", "unit", "text"),
        lambda t: (
            "-" if t.year is None else str(t.year),
            _number(t.value),
            _shorten(t.unit, 15),
            _shorten(t.text, 90),
        ),
    ),
    "search": (
        ("kind", "id", "field", "snippet"),
        lambda h: (h.kind, _shorten(h.id, 40), h.field, _shorten(h.snippet, 90)),
    ),
}


def _format_results(kind: str, items: Sequence[Any], output: str) -> str:
    if output == "json":
        return to_json(items)
    if output == "jsonl":
        return to_jsonl(items).rstrip("\n")
    header, row = _QUERY_COLUMNS[kind]
    noun = kind if kind != "search" else "hits"
    if not items:
        return f"No {noun} found."
    return "\n".join(
        [*_render_rows(header, [row(item) for item in items]), f"({len(items)} {noun})"]
    )


# --------------------------------------------------------------------------------------
# Argument types and input


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        msg = f"not a date: {_shorten(text, 40)!r} (use YYYY-MM-DD)"
        raise argparse.ArgumentTypeError(msg) from None


def _date_bound(text: str) -> str:
    try:
        coerce_date_bound(text)
    except QueryError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _year(text: str) -> int:
    stripped = text.strip()
    if stripped.isdigit() and len(stripped) <= 6:
        return int(stripped)
    msg = f"not a year: {_shorten(text, 40)!r}"
    raise argparse.ArgumentTypeError(msg)


def _positive(text: str) -> int:
    stripped = text.strip()
    if stripped.isdigit() and int(stripped) > 0:
        return int(stripped)
    msg = f"not a positive number: {_shorten(text, 40)!r}"
    raise argparse.ArgumentTypeError(msg)


def _corpus(args: argparse.Namespace) -> tuple[Corpus, str]:
    folder = getattr(args, "folder", None)
    if folder is None:
        return load_corpus(), "bundled seeds"
    return Corpus.from_folder(folder), str(folder)


def _read_inputs(files: Sequence[str]) -> list[tuple[str, str | None, str | None]]:
    """Read every input first: (text, article id, file name) for each."""
    if files.count("-") > 1:
        msg = "standard input ('-') can be read only once"
        raise _UsageError(msg)
    inputs: list[tuple[str, str | None, str | None]] = []
    for name in files:
        if name == "-":
            data = sys.stdin.buffer.read()
            inputs.append((decode_article_bytes(data, source="<stdin>"), None, None))
        else:
            path = Path(name)
            inputs.append((read_article_text(path), path.stem, path.name))
    return inputs


# --------------------------------------------------------------------------------------
# Commands


def _cmd_summary(args: argparse.Namespace) -> str:
    corpus, source = _corpus(args)
    return format_summary(corpus, source=source)


def _cmd_parse(args: argparse.Namespace) -> str:
    from vn_digital_policy.extract import parse_article  # noqa: PLC0415 - import cycle

    inputs = _read_inputs(args.files)
    articles = [
        parse_article(text, published=args.published, article_id=article_id, file=file)
        for text, article_id, file in inputs
    ]
    if args.format == "json":
        return to_json(articles)
    if args.format == "jsonl":
        return to_jsonl(articles).rstrip("\n")
    return format_articles(articles)


# Which filters each kind of query takes: option dest -> keyword of the Corpus method.
_QUERY_FILTERS: dict[str, dict[str, str]] = {
    "officials": {"name": "name", "title": "title", "year": "year", "exact": "exact"},
    "events": {
        "kind": "kind",
        "since": "since",
        "until": "until",
        "year": "year",
        "location": "location",
        "chair": "chair",
        "name": "name",
    },
    "resolutions": {
        "kind": "kind",
        "issuer": "issuer",
        "code": "code",
        "name": "name",
        "year": "year",
        "exact": "exact",
    },
    "directives": {"issuer": "issuer", "label": "label", "text": "text", "exact": "exact"},
    "targets": {
        "due_by": "due_by",
        "year": "year",
        "unit": "unit",
        "subject": "subject",
        "kind": "kind",
    },
}
_FILTER_DESTS = tuple(dict.fromkeys(dest for table in _QUERY_FILTERS.values() for dest in table))


def _option(dest: str) -> str:
    return "--" + dest.replace("_", "-")


def _cmd_query(args: argparse.Namespace) -> str:
    allowed = _QUERY_FILTERS[args.what]
    given = {dest: getattr(args, dest) for dest in _FILTER_DESTS if getattr(args, dest)}
    for dest in given:
        if dest not in allowed:
            options = ", ".join(_option(d) for d in allowed)
            msg = f"{_option(dest)} does not apply to {args.what} (they take {options})"
            raise _UsageError(msg)
    corpus, _ = _corpus(args)
    finder = getattr(corpus, f"find_{args.what}")
    results = finder(**{allowed[dest]: value for dest, value in given.items()})
    if args.limit is not None:
        results = results[: args.limit]
    return _format_results(args.what, results, args.format)


def _cmd_search(args: argparse.Namespace) -> str:
    corpus, _ = _corpus(args)
    hits: Sequence[SearchHit] = corpus.search(
        " ".join(args.words), kinds=args.kind or None, limit=args.limit
    )
    return _format_results("search", hits, args.format)


def _cmd_export(args: argparse.Namespace) -> str:
    targets = [(kind, getattr(args, kind)) for kind in ("sqlite", "jsonl", "json")]
    targets = [(kind, path) for kind, path in targets if path is not None]
    if not targets:
        msg = "say where to export: --sqlite PATH, --jsonl PATH or --json PATH"
        raise _UsageError(msg)
    for _, path in targets:  # check every destination before writing any
        folder = Path(path).parent
        if not folder.is_dir():
            msg = f"{folder}: no such folder"
            raise VNDigitalPolicyError(msg)
        if Path(path).is_dir():
            msg = f"{path}: is a folder"
            raise VNDigitalPolicyError(msg)
    corpus, source = _corpus(args)
    done = []
    for kind, path in targets:
        if kind == "sqlite":
            corpus.to_sqlite(path)
        elif kind == "jsonl":
            write_jsonl(corpus, path)
        else:
            write_json(corpus, path)
        done.append(f"Wrote {len(corpus)} articles ({source}) to {path} ({kind})")
    return "\n".join(done)


def _cmd_schema(args: argparse.Namespace) -> str:
    schema = json_schemas() if args.model is None else json_schema(args.model)
    return json.dumps(schema, ensure_ascii=False, indent=2)


# --------------------------------------------------------------------------------------
# The parser


def _add_folder(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--folder",
        metavar="DIR",
        help="a folder of .txt articles (with an optional metadata.json) "
        "instead of the bundled seeds",
    )


def _add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=_FORMATS, default="table", help="output format (default: table)"
    )


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of the ``vn-digital-policy`` command.

    >>> build_parser().prog
    'vn-digital-policy'
    """
    parser = _Parser(
        prog=_PROG,
        description="Structured data from Vietnamese digital-policy news.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    summary = commands.add_parser("summary", help="what the bundled corpus (or a folder) holds")
    _add_folder(summary)
    summary.set_defaults(handler=_cmd_summary)

    parse = commands.add_parser("parse", help="parse article files ('-' for standard input)")
    parse.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files, or -")
    parse.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD", help="publication date")
    _add_format(parse)
    parse.set_defaults(handler=_cmd_parse)

    query = commands.add_parser("query", help="find officials, events, documents ...")
    query.add_argument("what", choices=tuple(_QUERY_FILTERS), metavar="KIND",
                       help="officials, events, resolutions, directives or targets")  # fmt: skip
    _add_folder(query)
    query.add_argument("--name", help="words of a name (officials, events, documents)")
    query.add_argument("--title", help="the beginning of a title: 'Thủ tướng'")
    query.add_argument("--kind", help="event, document or target kind: 'hội nghị', 'decree'")
    query.add_argument("--issuer", help="who gave or issued it: 'Thủ tướng', 'Bộ Chính trị'")
    query.add_argument("--since", type=_date_bound, metavar="DATE", help="events from")
    query.add_argument("--until", type=_date_bound, metavar="DATE", help="events until")
    query.add_argument("--due-by", type=_year, metavar="YEAR", help="targets due by")
    query.add_argument("--year", type=_year, metavar="YEAR", help="the year")
    query.add_argument("--location", help="words of an event's location")
    query.add_argument("--chair", help="a name among an event's chairs")
    query.add_argument("--label", help="a directive set's label: '5 đẩy mạnh'")
    query.add_argument("--text", help="words of a directive's content")
    query.add_argument("--code", help="a document code: '57-NQ/TW'")
    query.add_argument("--unit", help="a target's unit: '%%', 'tỷ USD'")
    query.add_argument("--subject", help="words of a target's subject or text")
    query.add_argument("--exact", action="store_true", help="names and titles match whole")
    query.add_argument("--limit", type=_positive, metavar="N", help="at most N results")
    _add_format(query)
    query.set_defaults(handler=_cmd_query)

    search = commands.add_parser("search", help="free-text search over entities and articles")
    search.add_argument("words", nargs="+", metavar="WORDS", help="what to find")
    _add_folder(search)
    search.add_argument(
        "--kind",
        action="append",
        choices=("official", "resolution", "event", "directive", "target", "article"),
        help="only hits of this kind (repeatable)",
    )
    search.add_argument("--limit", type=_positive, metavar="N", help="at most N hits")
    _add_format(search)
    search.set_defaults(handler=_cmd_search)

    export = commands.add_parser("export", help="write the corpus to SQLite, JSON Lines, JSON")
    _add_folder(export)
    export.add_argument("--sqlite", metavar="PATH", help="a SQLite database")
    export.add_argument("--jsonl", metavar="PATH", help="JSON Lines, one article a line")
    export.add_argument("--json", metavar="PATH", help="one JSON document")
    export.set_defaults(handler=_cmd_export)

    schema = commands.add_parser("schema", help="print the JSON Schema of a model (or all)")
    schema.add_argument("model", nargs="?", metavar="MODEL", help="e.g. Article, Official")
    schema.set_defaults(handler=_cmd_schema)
    return parser


def _emit(text: str) -> None:
    """Write the whole output at once (UTF-8 whatever the terminal's encoding)."""
    out = text if text.endswith("\n") else text + "\n"
    try:
        sys.stdout.write(out)
    except UnicodeEncodeError:
        sys.stdout.flush()
        sys.stdout.buffer.write(out.encode("utf-8"))
    sys.stdout.flush()


def _error(message: str) -> None:
    line = " ".join(str(message).split()) or "unknown error"
    print(f"{_PROG}: error: {line}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 bad data, 2 bad arguments).

    >>> main(["schema", "Nothing"])
    1
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        handler: Callable[[argparse.Namespace], str] = args.handler
        output = handler(args)
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else 0
    except _UsageError as exc:
        _error(f"{exc} (see {_PROG} --help)")
        return 2
    except QueryError as exc:
        _error(str(exc))
        return 2
    except VNDigitalPolicyError as exc:
        _error(str(exc))
        return 1
    except OSError as exc:
        _error(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        return 1
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    try:
        _emit(output)
    except BrokenPipeError:  # the reader went away (| head): not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
