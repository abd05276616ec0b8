"""Hiển thị HTML (HTML display): articles with their evidence highlighted, and result tables.

Jupyter calls ``_repr_html_`` on the last value of a cell;
:class:`~vn_digital_policy.models.Article`, :class:`~vn_digital_policy.query.ResultSet` and
:class:`~vn_digital_policy.corpus.Corpus` answer with these functions:

* :func:`render_article`: the article's metadata, a legend, and its text with every
  evidence span in a ``<mark>`` coloured by entity type (``class="vdp-official"``
  ...); hovering shows the extracted values (the ``title`` attribute). Then tables of
  what was extracted.
* :func:`render_table`: a table of officials, events, targets, directives, documents,
  articles or search hits, with columns chosen for each.

Overlapping spans are **split**: the text is cut at every span boundary, and each
piece is one ``<mark>`` coloured as the shortest span covering it (the most specific,
e.g. a position inside a directive), with an underline in the colour of the widest
one when several overlap; its hover text lists every covering span, innermost first.
So marks never nest and the HTML stays valid whatever the overlaps. Empty spans and
spans that do not read the text (evidence from another article) are not drawn.

All text is escaped (:func:`html.escape`); only ``http``/``https`` URLs become links.
The styling is inline (a few ``style`` attributes), so it survives notebook viewers
that drop ``<style>`` blocks.

>>> from vn_digital_policy.models import Article, Official, Span
>>> text = "Thủ tướng Phạm Minh Chính <b>chủ trì</b>."
>>> article = Article(
...     id="a",
...     text=text,
...     officials=(
...         Official(
...             id="official:pham-minh-chinh",
...             name="Phạm Minh Chính",
...             mentions=(Span.of(text, 10, 25),),
...         ),
...     ),
... )
>>> page = render_article(article)
>>> '<mark class="vdp-official"' in page, "&lt;b&gt;chủ trì&lt;/b&gt;" in page
(True, True)
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs
from pydantic import BaseModel

from vn_digital_policy.models import (
    Article,
    Directive,
    Event,
    Official,
    Organization,
    Position,
    Resolution,
    Span,
    Target,
)
from vn_digital_policy.query import SearchHit, describe

__all__ = ["ENTITY_STYLES", "render_article", "render_table"]

#: Entity types drawn in articles: type -> (legend label, background colour).
ENTITY_STYLES: dict[str, tuple[str, str]] = {
    "official": ("official", "#bfdbfe"),
    "position": ("title / position", "#c7d2fe"),
    "resolution": ("document", "#fed7aa"),
    "event": ("event", "#bbf7d0"),
    "connection": ("connection points", "#99f6e4"),
    "directive": ("directive", "#e9d5ff"),
    "item": ("directive item", "#f5d0fe"),
    "target": ("target", "#fecaca"),
}

_CELL = "text-align:left;vertical-align:top;padding:2px 8px;border-bottom:1px solid #ddd"
_MUTED = "color:#666;font-size:90%"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _short(text: str | None, width: int = 120) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else f"{value:g}"


# --------------------------------------------------------------------------------------
# Evidence marks


@attrs.frozen(slots=True)
class _Mark:
    start: int
    end: int
    kind: str
    note: str
    order: int


def _official_note(official: Official) -> str:
    titles = "; ".join(official.titles)
    return f"Official: {official.name}" + (f" — {titles}" if titles else "")


def _position_note(position: Position, official: Official) -> str:
    parts = [f"Title: {position.title}", f"holder: {official.name}"]
    if position.role:
        parts.append(f"role: {position.role}")
    if position.organization is not None:
        parts.append(f"body: {position.organization.name}")
    if position.observed is not None:
        parts.append(f"observed: {position.observed.isoformat()}")
    return " · ".join(parts)


def _resolution_note(doc: Resolution) -> str:
    parts = [f"Document: {doc.label}", f"kind: {doc.kind.value}"]
    if doc.issuer:
        parts.append(f"issuer: {doc.issuer}")
    if doc.date is not None:
        parts.append(f"date: {doc.date.isoformat()}")
    if doc.title:
        parts.append(f"on: {_short(doc.title, 80)}")
    return " · ".join(parts)


def _event_note(event: Event) -> str:
    parts = [f"Event: {event.kind.value}" + (" (main)" if event.is_main else "")]
    if event.name:
        parts.append(_short(event.name, 80))
    if event.date is not None:
        when = event.date.isoformat()
        parts.append(f"{event.part_of_day.value} {when}" if event.part_of_day else when)
    if event.location:
        parts.append(f"at: {event.location}")
    if event.format is not None:
        parts.append(event.format.value)
    if event.chairs:
        parts.append("chaired by: " + ", ".join(event.chairs))
    return " · ".join(parts)


def _directive_note(directive: Directive) -> str:
    parts = ["Directive"]
    if directive.issuer:
        parts.append(f"by: {directive.issuer}")
    if directive.verb is not None:
        parts.append(directive.verb.value)
    if directive.label:
        declared = f", declares {directive.count}" if directive.count is not None else ""
        parts.append(f"“{directive.label}” ({len(directive.items)} items{declared})")
    parts.append(_short(directive.content, 100))
    return " · ".join(parts)


def _target_note(target: Target) -> str:
    parts = [f"Target ({target.kind.value})"]
    if target.value is not None:
        qualifier = f"{target.qualifier} " if target.qualifier else ""
        parts.append(f"{qualifier}{_number(target.value)} {target.unit or ''}".strip())
    if target.year is not None:
        span = f"{target.start_year}-{target.year}" if target.start_year else str(target.year)
        parts.append(f"by {span}")
    if target.subject:
        parts.append(f"on: {_short(target.subject, 80)}")
    return " · ".join(parts)


def _marks(article: Article) -> list[_Mark]:
    marks: list[tuple[Span, str, str]] = []
    for official in article.officials:
        note = _official_note(official)
        marks += [(span, "official", note) for span in official.mentions]
        for position in official.positions:
            if position.evidence is not None:
                marks.append((position.evidence, "position", _position_note(position, official)))
    for doc in article.resolutions:
        note = _resolution_note(doc)
        marks += [(span, "resolution", note) for span in doc.mentions]
    for event in article.events:
        note = _event_note(event)
        marks += [(span, "event", note) for span in event.mentions]
        for point in event.connection_points:
            if point.evidence is not None:
                count = f"{point.count} " if point.count is not None else ""
                marks.append((point.evidence, "connection", f"Connection points: {count}"
                              f"{point.description}"))  # fmt: skip
    for directive in article.directives:
        note = _directive_note(directive)
        marks += [(span, "directive", note) for span in directive.evidence]
        total = len(directive.items)
        for number, item in enumerate(directive.items, start=1):
            label = f" of “{directive.label}”" if directive.label else ""
            marks.append((item.evidence, "item", f"Item {number}/{total}{label}: {item.text}"))
    for target in article.targets:
        note = _target_note(target)
        marks += [(span, "target", note) for span in target.evidence]
    return [
        _Mark(span.start, span.end, kind, note, order)
        for order, (span, kind, note) in enumerate(marks)
        if span.end > span.start and span.reads(article.text)
    ]


def _highlight(text: str, marks: list[_Mark]) -> str:
    """The escaped text with marks drawn, overlaps split at every boundary."""
    if not marks:
        return _e(text)
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    by_start = sorted(marks, key=lambda m: m.start)
    active: list[_Mark] = []
    out: list[str] = []
    next_mark = 0
    for left, right in itertools.pairwise(bounds):
        while next_mark < len(by_start) and by_start[next_mark].start <= left:
            active.append(by_start[next_mark])
            next_mark += 1
        active = [m for m in active if m.end > left]
        piece = _e(text[left:right])
        covering = [m for m in active if m.start <= left and m.end >= right]
        if not covering:
            out.append(piece)
            continue
        covering.sort(key=lambda m: (m.end - m.start, m.order))
        inner, outer = covering[0], covering[-1]
        notes = "\n".join(dict.fromkeys(m.note for m in covering))
        kinds = " ".join(dict.fromkeys(m.kind for m in covering))
        style = f"background:{ENTITY_STYLES[inner.kind][1]};padding:0 1px;border-radius:2px"
        if len(covering) > 1:
            style += f";box-shadow:inset 0 -3px {ENTITY_STYLES[outer.kind][1]}"
        out.append(
            f'<mark class="vdp-{inner.kind}" data-vdp-types="{_e(kinds)}" '
            f'style="{style}" title="{_e(notes)}">{piece}</mark>'
        )
    return "".join(out)


def _legend(marks: list[_Mark]) -> str:
    counts: dict[str, int] = {}
    for mark in marks:
        counts[mark.kind] = counts.get(mark.kind, 0) + 1
    if not counts:
        return f'<div style="{_MUTED}">No evidence spans to highlight.</div>'
    items = [
        f'<mark class="vdp-{kind}" style="background:{color};padding:0 4px;'
        f'border-radius:2px">{_e(label)} ({counts[kind]})</mark>'
        for kind, (label, color) in ENTITY_STYLES.items()
        if kind in counts
    ]
    return f'<div style="margin:4px 0">{" ".join(items)}</div>'


def _safe_url(url: str | None) -> str:
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{_e(url)}" target="_blank" rel="noopener">{_e(_short(url, 60))}</a>'
    return _e(url) if url else ""


def render_article(article: Article, *, tables: bool = True) -> str:
    """Render an article as HTML: metadata, legend, highlighted text, entity tables.

    Args:
        article: the article.
        tables: add tables of the officials, documents, events, directives and
            targets below the text.

    >>> from vn_digital_policy.models import Article
    >>> "&lt;script&gt;" in render_article(Article(id="x", text="<script>alert(1)</script>"))
    True
    """
    marks = _marks(article)
    title = article.title or _short(article.text.strip().split("\n", 1)[0], 120) or article.id
    meta = [article.id]
    if article.published is not None:
        meta.append(article.published.isoformat())
    meta += [value for value in (article.publisher, ", ".join(article.authors)) if value]
    meta_html = " · ".join(_e(value) for value in meta)
    if article.url:
        meta_html += " · " + _safe_url(article.url)
    parts = [
        '<div class="vdp-article" style="max-width:60em">',
        f'<div style="font-weight:bold;font-size:110%">{_e(title)}</div>',
        f'<div style="{_MUTED}">{meta_html}</div>',
        _legend(marks),
        '<div class="vdp-text" style="white-space:pre-wrap;line-height:1.6;'
        'border-left:3px solid #eee;padding-left:8px">',
        _highlight(article.text, marks),
        "</div>",
    ]
    if tables:
        for caption, items in (
            ("Officials", article.officials),
            ("Documents", article.resolutions),
            ("Events", article.events),
            ("Directives", article.directives),
            ("Targets", article.targets),
        ):
            if items:
                parts.append(render_table(items, caption=caption))
    parts.append("</div>")
    return "".join(parts)


# --------------------------------------------------------------------------------------
# Tables

_Column = tuple[str, Callable[[Any], str]]


def _lines(values: Iterable[str]) -> str:
    """Cell content of several lines: each escaped, joined by <br>."""
    return "<br>".join(_e(value) for value in values)


def _official_titles(official: Official) -> str:
    seen: dict[str, list[str]] = {}
    for position in official.positions:
        dates = seen.setdefault(position.title, [])
        if position.observed is not None and position.observed.isoformat() not in dates:
            dates.append(position.observed.isoformat())
    return _lines(
        f"{title} ({', '.join(dates)})" if dates else title for title, dates in seen.items()
    )


def _official_articles(official: Official) -> str:
    ids = [p.article_id for p in official.positions] + [s.article_id for s in official.mentions]
    return _e(", ".join(dict.fromkeys(i for i in ids if i)))


def _date(value: Any) -> str:  # noqa: ANN401 - a date or None
    return "" if value is None else _e(value.isoformat())


def _opt(value: object) -> str:
    return "" if value is None else _e(value)


def _items_cell(directive: Directive) -> str:
    if directive.count is None:
        return _e(len(directive.items)) if directive.items else ""
    flag = " ⚠" if directive.count_mismatch else ""
    return _e(f"{len(directive.items)} / {directive.count}{flag}")


_COLUMNS: dict[type, list[_Column]] = {
    Official: [
        ("Name", lambda o: _e(o.name)),
        ("Titles (observed)", _official_titles),
        ("Articles", _official_articles),
        ("Mentions", lambda o: _e(len(o.mentions))),
    ],
    Event: [
        ("Date", lambda e: _date(e.date)),
        ("Kind", lambda e: _e(e.kind.value)),
        ("Name", lambda e: _e(_short(e.name or e.theme))),
        ("Location", lambda e: _opt(e.location)),
        ("Format", lambda e: "" if e.format is None else _e(e.format.value)),
        ("Chairs", lambda e: _lines(e.chairs)),
        ("Main", lambda e: "✓" if e.is_main else ""),
    ],
    Directive: [
        ("Issuer", lambda d: _opt(d.issuer)),
        ("Verb", lambda d: "" if d.verb is None else _e(d.verb.value)),
        ("Label", lambda d: _opt(d.label)),
        ("Items / declared", _items_cell),
        ("Content", lambda d: _e(_short(d.content, 160))),
    ],
    Target: [
        ("Year", lambda t: _opt(t.year)),
        ("Kind", lambda t: _e(t.kind.value)),
        ("Value", lambda t: _e(f"{t.qualifier or ''} {_number(t.value)}".strip())),
        ("Unit", lambda t: _opt(t.unit)),
        ("Text", lambda t: _e(_short(t.text, 160))),
        ("Subject", lambda t: _e(_short(t.subject, 80))),
    ],
    Resolution: [
        ("Document", lambda r: _e(r.label)),
        ("Kind", lambda r: _e(r.kind.value)),
        ("Issuer", lambda r: _opt(r.issuer)),
        ("Date", lambda r: _date(r.date)),
        ("Title", lambda r: _e(_short(r.title or r.name, 120))),
    ],
    Article: [
        ("Id", lambda a: _e(a.id)),
        ("Published", lambda a: _date(a.published)),
        ("Title", lambda a: _e(_short(a.title or a.text.strip().split("\n", 1)[0], 80))),
        ("Officials", lambda a: _e(len(a.officials))),
        ("Documents", lambda a: _e(len(a.resolutions))),
        ("Events", lambda a: _e(len(a.events))),
        ("Directives", lambda a: _e(len(a.directives))),
        ("Targets", lambda a: _e(len(a.targets))),
    ],
    SearchHit: [
        ("Kind", lambda h: _e(h.kind)),
        ("Label", lambda h: _e(_short(h.label, 80))),
        ("Field", lambda h: _e(h.field)),
        ("Snippet", lambda h: _e(h.snippet)),
        ("Article", lambda h: _opt(h.article_id)),
    ],
    Position: [
        ("Title", lambda p: _e(p.title)),
        ("Role", lambda p: _opt(p.role)),
        ("Body", lambda p: "" if p.organization is None else _e(p.organization.name)),
        ("Observed", lambda p: _date(p.observed)),
        ("Article", lambda p: _opt(p.article_id)),
    ],
    Organization: [
        ("Name", lambda o: _e(o.name)),
        ("Abbreviation", lambda o: _opt(o.abbreviation)),
        ("Id", lambda o: _e(o.id)),
    ],
    Span: [
        ("Text", lambda s: _e(s.text)),
        ("Start", lambda s: _e(s.start)),
        ("End", lambda s: _e(s.end)),
        ("Article", lambda s: _opt(s.article_id)),
    ],
}


def _field_cell(name: str) -> Callable[[Any], str]:
    def cell(item: Any) -> str:  # noqa: ANN401 - any model
        value = getattr(item, name)
        return "" if value is None else _e(_short(str(value), 120))

    return cell


def _generic_columns(sample: object) -> list[_Column]:
    if isinstance(sample, BaseModel):
        return [(name, _field_cell(name)) for name in type(sample).model_fields]
    return [("Item", lambda item: _e(describe(item)))]


def render_table(
    items: Sequence[object], *, caption: str | None = None, max_rows: int = 200
) -> str:
    """Render a list of models (or search hits) as an HTML table.

    Columns suit the type (officials: name, titles with the dates observed, articles;
    events: date, kind, name, place, chairs; targets: year, value, unit, text ...);
    mixed lists get a type and a label column. At most ``max_rows`` rows are shown.

    >>> from vn_digital_policy.models import Official
    >>> table = render_table([Official(id="official:x", name="Lê <Minh> Khái")])
    >>> "<th" in table and "Lê &lt;Minh&gt; Khái" in table
    True
    >>> render_table([])
    '<div style="color:#666;font-size:90%">No results.</div>'
    """
    if not items:
        return f'<div style="{_MUTED}">No results.</div>'
    types = {type(item) for item in items}
    if len(types) == 1:
        (kind,) = types
        columns = _COLUMNS.get(kind) or _generic_columns(items[0])
        noun = kind.__name__
    else:
        columns = [
            ("Type", lambda item: _e(type(item).__name__)),
            ("Item", lambda i: _e(describe(i))),
        ]
        noun = "result"
    if caption is None:
        caption = f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"
    head = "".join(f'<th style="{_CELL}">{_e(name)}</th>' for name, _ in columns)
    rows = [
        "<tr>"
        + "".join(f'<td style="{_CELL}">{render(item)}</td>' for _, render in columns)
        + "</tr>"
        for item in items[:max_rows]
    ]
    more = ""
    if len(items) > max_rows:
        more = f'<div style="{_MUTED}">… and {len(items) - max_rows} more</div>'
    return (
        f'<table class="vdp-table" style="border-collapse:collapse;margin:6px 0">'
        f'<caption style="text-align:left;font-weight:bold">{_e(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{more}"
    )
