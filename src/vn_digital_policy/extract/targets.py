"""Mục tiêu, chỉ tiêu (targets): the measurable and time-bound goals an article states.

Two kinds of target are read (the annotation guide's rules):

**Horizons** (:attr:`~vn_digital_policy.enums.TargetKind.HORIZON`), by a mechanical rule:
every forward-looking year phrase led by "đến năm", "tới năm", "tầm nhìn (đến) năm",
"định hướng (đến) năm", "vào năm", "trong năm", or a period "giai đoạn 2026-2030", gives
a target with no value and ``year`` = that year (the end year of a period), wherever it
stands, inside the name of a resolution or an event theme too. The phrases come from
:func:`vn_digital_policy.dates.find_dates` (``DateMatch.horizon``). Not targets: a period
already over or under review when the article was published (end year <= the publication
year: "giai đoạn 2021-2024" in a July 2024 review), a year before the publication year
("đến năm 2020" cited in 2024), a year "as of" ("tính đến năm 2023"), and a "trong năm"/
"vào năm"/"đến năm" phrase of the publication year whose clause reports what was done
("Trong năm 2023, tỉnh đã ..."). One target per (year, lead-in, source) with every
occurrence as evidence.

**Quantified targets** (:attr:`~vn_digital_policy.enums.TargetKind.QUANTIFIED`): a number
with a unit (``data/units.txt``: "%", "tỷ USD", "doanh nghiệp", "người" ...) that the
sentence states as a goal, with ``value`` the number as written (20.0 for "20 tỷ USD", unit
"tỷ USD"; 1.5 and "triệu người" for "1,5 triệu người"), the qualifier ("tối thiểu", "ít
nhất", "trên", "khoảng", "trở lên"), ``year`` the deadline or period end of its clause or
sentence, and ``subject`` what it is about ("kinh tế số/GDP"). The unit is the counted
noun; what qualifies it goes to the subject ("100.000 doanh nghiệp công nghệ số": unit
"doanh nghiệp", subject "công nghệ số"). A growth band
("tăng trưởng GDP hai con số") is a quantified goal with no value and the qualifier "hai con
số". A range ("chiếm 60-65%", "từ 10 đến 15%", "5-7 triệu người") is one target:
``value`` its low end, ``value_max`` its high end. The cues are in ``data/target_cues.tsv``:

* a *goal* cue ("phấn đấu", "mục tiêu", "chỉ tiêu", "bảo đảm", "tối thiểu", "hướng tới" ...)
  before the number in its sentence, or in the heading line of its bulleted list ("Mục
  tiêu đến năm 2025:"), or
* a *weak* verb ("đạt", "chiếm", "có", "tăng") or an instruction verb before it in its
  clause, with a forward-looking frame: a future year in its comma part or before it in
  the sentence, "sẽ"/"cần"/"phải"/"tiếp tục" or an instruction verb before it, or
* an item of a labelled directive set ("bảo đảm 100% dịch vụ công trực tuyến ..."), or
* a future deadline or period in its clause ("Đến năm 2030, 100% hồ sơ ...");

and no description before it in its clause: a *veto* word ("đã", "hiện có", "hiện nay",
"năm qua", "vừa qua", "tính đến" ...) or a reporting period already over ("Năm 2022, ...",
"6 tháng đầu năm 2023" in a 2024 article), unless a goal cue in a later comma part
("Hiện nay đạt 45%, phấn đấu ... đạt 80%") or a future deadline comes after it; and no
"so với cùng kỳ" right after it unless its clause has a goal cue. A number without a unit
("63 tỉnh, thành phố", "32 điểm cầu", "công nghiệp 4.0", "lần thứ 4") is never a target.
The cost is kept proportional to the goal-like part of the text: cues are read only in
the sentences that hold a candidate number or a horizon whose year needs checking.

``source_id`` is the id of the resolution whose mention contains the target, else of the
labelled directive whose item contains it, else of the event whose mention or theme
contains it, else of the resolution cited in the same sentence (the nearest), else None.

>>> import datetime as dt
>>> doc = Document.read(
...     "Phấn đấu đến năm 2025, kinh tế số chiếm 20% GDP.", published=dt.date(2021, 6, 1)
... )
>>> [(t.kind.name, t.value, t.unit, t.year) for t in extract_targets(doc)]
[('HORIZON', None, None, 2025), ('QUANTIFIED', 20.0, '%', 2025)]
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

import attrs
import regex

from vn_digital_policy._data import read_lines, read_table
from vn_digital_policy._patterns import alternation, trie
from vn_digital_policy.dates import DateMatch
from vn_digital_policy.enums import DatePrecision, HorizonKind, TargetKind
from vn_digital_policy.extract.directives import _key, find_instruction_clauses, sentence_bounds
from vn_digital_policy.extract.document import Document
from vn_digital_policy.ids import entity_id
from vn_digital_policy.models import Directive, Event, Resolution, Span, Target
from vn_digital_policy.numbers import NumberKind, ParsedNumber
from vn_digital_policy.text import fold, normalize

__all__ = ["extract_targets"]

_CUES_FILE = "target_cues.tsv"
_UNITS_FILE = "units.txt"

#: Horizons that name a long-term outlook rather than the deadline of a goal.
_OUTLOOK = frozenset({HorizonKind.VISION, HorizonKind.ORIENTATION})
#: Horizons that may report the past when their year is the publication year.
_DATED = frozenset({HorizonKind.DEADLINE, HorizonKind.AT_YEAR, HorizonKind.WITHIN_YEAR})
#: Number kinds that are never the value of a goal.
_NOT_VALUES = frozenset({NumberKind.ORDINAL, NumberKind.ROMAN})
#: Growth bands ("hai con số").
_BANDS = frozenset({NumberKind.SINGLE_DIGIT, NumberKind.DOUBLE_DIGIT, NumberKind.TRIPLE_DIGIT})
#: Most words of a subject phrase on either side of the number.
_MAX_SUBJECT_WORDS = 10
#: Context (characters) read on either side of a number or horizon: a sentence longer
#: than this is clipped, which bounds the work per number on adversarial text.
_WINDOW = 1500
#: Most characters before the comma that closes a sentence-opening date ("Đến hết năm 2025,").
_FRAME_WINDOW = 30
#: Characters a qualifier may stand before the number.
_QUALIFIER_WINDOW = 24

_WORD_RUN = regex.compile(r"[\p{L}\p{M}\p{N}]++")
_SUBJECT_STOP = regex.compile(
    r"""
    [,;:.!?()\[\]"\n\d]                             # punctuation or a number ends it
    | (?<!\w)(?:vào|trong|đến|tới|trở|so|với|cho|để|nhằm|giai|năm|tại|từ|theo
       |trên|khi|của|được|phải|cần|sẽ|là|và|hoặc)(?!\w)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_BAND_CONTEXT = regex.compile(
    r"(?<!\w)(?:tăng\s+trưởng|GDP|GRDP|tốc\s+độ|mức|đạt)(?!\w)[^;.\n]{0,40}$", regex.IGNORECASE
)
_BULLET = regex.compile(r"[-+•*]\s|\d{1,2}[.)]\s|[a-zđ]\)\s")
#: A comparison base right before a year: "tăng 10% so với năm 2024" is not due in 2024.
_COMPARED_WITH = regex.compile(r"(?<!\w)so(?:\s++với)?\s++$", regex.IGNORECASE)
#: What joins the two ends of a range: "60-65%", "6,5 – 7%", "10 đến 15%", "5 tới 7 triệu".
_RANGE_JOIN = regex.compile(r"[ \t]*+[-–—][ \t]*+|[ \t]++(?:đến|tới)[ \t]++", regex.IGNORECASE)


@attrs.frozen(slots=True)
class _Lexicon:
    cue_re: regex.Pattern[str]  # on lower-cased text (case-sensitive: much faster)
    cue_re_any_case: regex.Pattern[str]  # when lower-casing changes the text's length
    categories: dict[str, frozenset[str]]
    unit_re: regex.Pattern[str]
    units: dict[str, str]
    veto_after_re: regex.Pattern[str]
    horizon_veto_re: regex.Pattern[str]
    qualifier_re: regex.Pattern[str]
    qualifier_after_re: regex.Pattern[str]
    strip_tail_re: regex.Pattern[str]
    deadline_before_re: regex.Pattern[str]


@functools.cache
def _lexicon() -> _Lexicon:
    words: dict[str, set[str]] = {}
    by_category: dict[str, list[str]] = {}
    for category, surface, _note in read_table(_CUES_FILE, columns=3):
        key = _key(surface)
        by_category.setdefault(category, []).append(key)
        if category in {"goal", "weak", "future", "veto"}:
            words.setdefault(key, set()).add(category)
    units = {_key(u): normalize(u) for u in read_lines(_UNITS_FILE)}
    flags = regex.IGNORECASE
    edge = r"(?<![\w])"
    qualifiers = alternation(by_category["qualifier"])
    weak = alternation(by_category["weak"] + by_category["goal"])
    cue_words = trie(words.keys())  # lexicon keys are lower case
    return _Lexicon(
        cue_re=regex.compile(rf"{edge}{cue_words}(?!\w)"),
        cue_re_any_case=regex.compile(rf"{edge}{cue_words}(?!\w)", flags),
        categories={key: frozenset(value) for key, value in words.items()},
        units=units,
        unit_re=regex.compile(
            rf"[ \t]*+(?!(?:{alternation(by_category['not_unit'])})(?!\w))"
            rf"(?P<unit>{alternation(units)})(?![\w])",
            flags,
        ),
        veto_after_re=regex.compile(
            rf"[ \t]*+(?:{alternation(by_category['veto_after'])})(?!\w)", flags
        ),
        horizon_veto_re=regex.compile(
            rf"{edge}(?:{alternation(by_category['horizon_veto'])})\s*+$", flags
        ),
        qualifier_re=regex.compile(rf"{edge}(?P<q>{qualifiers})\s*+$", flags),
        qualifier_after_re=regex.compile(
            rf"[ \t]*+(?P<q>{alternation(by_category['qualifier_after'])})(?!\w)", flags
        ),
        strip_tail_re=regex.compile(rf"(?:\s*+{edge}(?:{weak}|{qualifiers})(?!\w))++\s*+$", flags),
        deadline_before_re=regex.compile(
            rf"{edge}(?:{alternation(by_category['deadline_before'])})\s++$", flags
        ),
    )


# ---------------------------------------------------------------------------------------
# The article's layout: sentences, clauses, cues
# ---------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Cue:
    start: int
    end: int
    categories: frozenset[str]


@attrs.frozen(slots=True)
class _Layout:
    """The article as the goal reader sees it: sentences, cues and dates, all sorted."""

    text: str
    sentence_starts: list[int]
    sentence_ends: list[int]
    cues: list[_Cue]
    cue_starts: list[int]
    dates: list[DateMatch]
    date_starts: list[int]
    reference_year: int | None
    item_spans: list[tuple[int, int]]
    number_ends: list[int]

    def sentence(self, position: int) -> tuple[int, int]:
        """The sentence around ``position``, clipped to :data:`_WINDOW` on either side."""
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        if index < 0:
            start, end = 0, len(self.text)
        else:
            start, end = self.sentence_starts[index], max(self.sentence_ends[index], position)
        return max(start, position - _WINDOW), min(end, position + _WINDOW)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The ";"-separated part of the sentence around ``[start, end)``."""
        sent_start, sent_end = self.sentence(start)
        left = self.text.rfind(";", sent_start, start)
        right = self.text.find(";", end, sent_end)
        return (left + 1 if left >= 0 else sent_start), (right if right >= 0 else sent_end)

    def cues_between(self, start: int, end: int) -> list[_Cue]:
        lo = bisect.bisect_left(self.cue_starts, start)
        hi = bisect.bisect_left(self.cue_starts, end)
        return [c for c in self.cues[lo:hi] if c.end <= end]

    def dates_between(self, start: int, end: int) -> list[DateMatch]:
        lo = bisect.bisect_left(self.date_starts, start)
        hi = bisect.bisect_left(self.date_starts, end)
        return [d for d in self.dates[lo:hi] if d.end <= end]

    def lead_line(self, sentence_start: int) -> tuple[int, int] | None:
        """The heading line ending in ":" of the bulleted list a line belongs to."""
        text = self.text
        floor = max(0, sentence_start - _WINDOW)
        line_start = text.rfind("\n", floor, sentence_start) + 1
        if line_start != sentence_start or line_start == 0:
            return None
        position = line_start
        for _ in range(30):
            previous_end = position - 1
            while previous_end > floor and text[previous_end - 1] == "\n":
                previous_end -= 1
            previous_start = text.rfind("\n", floor, previous_end) + 1
            if previous_start == 0 and floor > 0:
                return None
            if text[previous_start:previous_end].rstrip().endswith(":"):
                return previous_start, previous_end
            if not _BULLET.match(text, previous_start) or not _BULLET.match(text, line_start):
                return None
            if previous_start == 0:
                return None
            position = previous_start
        return None


def _regions(doc: Document, layout: _Layout) -> list[tuple[int, int]]:
    """The stretches whose cues matter: sentences (and list headings) with a candidate.

    A candidate is a horizon phrase, or a number followed by a unit, "%" or a growth
    band. Reading cues only there keeps the cost proportional to the goal-like part of
    the text, not to the whole article.
    """
    text = doc.text
    unit_re = _lexicon().unit_re
    reference = layout.reference_year
    # A horizon needs its cues only when its year is the publication year and it may
    # report the past ("Trong năm 2023, tỉnh đã ..."): see _is_future.
    positions = [
        d.start
        for d in layout.dates
        if d.horizon in _DATED and reference is not None and _horizon_year(d) == reference
    ]
    positions.extend(
        n.start
        for n in doc.numbers
        if n.is_percent or n.kind in _BANDS or unit_re.match(text, n.end) is not None
    )
    spans = []
    for position in positions:
        start, end = layout.sentence(position)
        spans.append((start, end))
        lead = layout.lead_line(start)
        if lead is not None:
            spans.append(lead)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _layout(doc: Document, directives: Sequence[Directive]) -> _Layout:
    """Read the article's sentences, dates and (in the regions that matter) its cues."""
    starts, ends = sentence_bounds(doc)
    items = []
    for directive in directives:
        if directive.label is None:
            continue
        for item in directive.items:
            items.append((item.evidence.start, item.evidence.end))
    dates = sorted(doc.dates, key=lambda d: d.start)
    layout = _Layout(
        text=doc.text,
        sentence_starts=starts,
        sentence_ends=ends,
        cues=[],
        cue_starts=[],
        dates=dates,
        date_starts=[d.start for d in dates],
        reference_year=doc.reference_year,
        item_spans=sorted(items),
        number_ends=sorted(n.end for n in doc.numbers),
    )
    lexicon = _lexicon()
    cues = []
    regions = _regions(doc, layout)
    lowered = doc.text.lower()
    cue_re, scanned = lexicon.cue_re, lowered
    if len(lowered) != len(doc.text):  # a few letters grow when lower-cased ("İ")
        cue_re, scanned = lexicon.cue_re_any_case, doc.text
    for start, end in regions:
        for match in cue_re.finditer(scanned, start, end):
            categories = lexicon.categories.get(" ".join(match.group().lower().split()))
            if categories:
                cues.append(_Cue(match.start(), match.end(), categories))
    instruction = frozenset({"instruction"})
    cues.extend(
        _Cue(c.verb_start, c.verb_end, instruction)
        for c in find_instruction_clauses(doc, within=regions)
        if c.verb is not None
    )
    cues.sort(key=lambda c: (c.start, c.end))
    return attrs.evolve(layout, cues=cues, cue_starts=[c.start for c in cues])


# ---------------------------------------------------------------------------------------
# Horizons
# ---------------------------------------------------------------------------------------


def _horizon_year(match: DateMatch) -> int | None:
    if match.horizon is None:
        return None
    if match.precision is DatePrecision.PERIOD:
        return match.end_year
    return match.year


def _is_future(layout: _Layout, match: DateMatch) -> bool:
    """Whether a horizon phrase looks forward from the publication date."""
    year = _horizon_year(match)
    if year is None or match.horizon is None:
        return False
    reference = layout.reference_year
    if _lexicon().horizon_veto_re.search(layout.text, max(0, match.start - 12), match.start):
        return False
    if reference is None:
        return True
    if match.precision is DatePrecision.PERIOD and match.horizon is not HorizonKind.DEADLINE:
        return year > reference
    if year < reference:
        return False
    if year == reference and match.horizon in _DATED:
        _, clause_end = layout.clause(match.start, match.end)
        vetoes = [c for c in layout.cues_between(match.end, clause_end) if "veto" in c.categories]
        return not vetoes
    return True


@attrs.frozen(slots=True)
class _Found:
    kind: TargetKind
    start: int
    end: int
    value: float | None
    unit: str | None
    qualifier: str | None
    year: int | None
    start_year: int | None
    horizon: HorizonKind | None
    subject: str | None
    extra: tuple[tuple[int, int], ...] = ()
    value_max: float | None = None


def _horizons(layout: _Layout) -> list[_Found]:
    out = []
    for match in layout.dates:
        if match.horizon is None or not _is_future(layout, match):
            continue
        period = match.precision is DatePrecision.PERIOD
        out.append(
            _Found(
                kind=TargetKind.HORIZON,
                start=match.start,
                end=match.end,
                value=None,
                unit=None,
                qualifier=None,
                year=_horizon_year(match),
                start_year=match.year if period else None,
                horizon=match.horizon,
                subject=None,
            )
        )
    return out


# ---------------------------------------------------------------------------------------
# Quantified targets
# ---------------------------------------------------------------------------------------


def _blocked(doc: Document) -> list[tuple[int, int]]:
    """Spans numbers inside which are never values: dates and document codes."""
    spans = [(d.start, d.end) for d in doc.dates] + [(c.start, c.end) for c in doc.codes]
    return sorted(spans)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect.bisect_left(spans, (end, -1))
    return any(left < end and start < right for left, right in spans[max(0, index - 8) : index])


def _unit(text: str, number: ParsedNumber) -> tuple[str, int] | None:
    """The unit after a number and where it ends; scale words go in front ("tỷ USD")."""
    if number.is_percent:
        return "%", number.end
    match = _lexicon().unit_re.match(text, number.end)
    if match is None:
        return None
    written = " ".join(match.group("unit").split())
    unit = _lexicon().units.get(written.lower(), written)
    if unit in {"phần trăm", "%"}:
        unit = "%"
    elif number.scale:
        unit = f"{number.scale} {unit}"
    return unit, match.end()


def _value(number: ParsedNumber) -> float:
    return float(number.mantissa if number.scale else number.value)


def _future_date(layout: _Layout, match: DateMatch) -> bool:
    """A date that looks forward: a future horizon, or a year after the publication year."""
    if match.horizon is not None:
        return _is_future(layout, match)
    reference = layout.reference_year
    return (
        match.precision is DatePrecision.YEAR
        and match.year is not None
        and reference is not None
        and match.year > reference
    )


def _past_date(layout: _Layout, match: DateMatch) -> bool:
    """A reporting period already over: "năm 2022", "quý I/2023", "đến năm 2020" (in 2024).

    Day dates are not counted: they date documents and events, not results.
    """
    reference = layout.reference_year
    if reference is None or match.precision is DatePrecision.DAY:
        return False
    year = _horizon_year(match) if match.horizon is not None else (match.end_year or match.year)
    return year is not None and year < reference


def _forward(
    layout: _Layout,
    sentence_start: int,
    start: int,
    part: tuple[int, int],
    lead: tuple[int, int] | None,
) -> bool:
    """Whether a goal's context looks forward.

    A future word or an instruction verb before it in its sentence, a future date before
    it in its sentence or anywhere in its comma part, or either in its list heading.
    """
    for left, right in [(sentence_start, start), *([lead] if lead else [])]:
        if any(c.categories & {"future", "instruction"} for c in layout.cues_between(left, right)):
            return True
    spans = [(sentence_start, start), part, *([lead] if lead else [])]
    return any(
        _future_date(layout, m) for left, right in spans for m in layout.dates_between(left, right)
    )


def _in_item(layout: _Layout, doc: Document, start: int, end: int) -> bool:
    if not layout.item_spans:
        return False
    span = doc.span(start, end)
    index = bisect.bisect_right(layout.item_spans, (span.start, 1 << 62)) - 1
    return index >= 0 and layout.item_spans[index][1] >= span.end


def _is_goal(layout: _Layout, doc: Document, number_start: int, after_end: int) -> bool:
    """Whether the number at ``number_start`` states a goal (see the module docstring)."""
    text = layout.text
    sent_start, _ = layout.sentence(number_start)
    clause_start, clause_end = layout.clause(number_start, number_start)
    left_comma = text.rfind(",", clause_start, number_start)
    right_comma = text.find(",", after_end, clause_end)
    part = (
        left_comma + 1 if left_comma >= 0 else clause_start,
        right_comma if right_comma >= 0 else clause_end,
    )
    lead = layout.lead_line(sent_start)
    before = layout.cues_between(sent_start, number_start)
    in_clause = layout.cues_between(clause_start, number_start)
    # The last description before the number: a veto word or a reporting period over.
    veto_end = -1
    for cue in in_clause:
        if "veto" in cue.categories:
            veto_end = max(veto_end, cue.end)
    for match in layout.dates_between(clause_start, number_start):
        if _past_date(layout, match):
            veto_end = max(veto_end, match.end)
    # "Năm 2021, A; B" / "Đến năm 2025, A; B": a year opening the sentence frames its
    # later ";" clauses too.
    frame = _sentence_frame(layout, sent_start, clause_start)
    if frame is not None and veto_end < 0 and _past_date(layout, frame):
        veto_end = frame.end
    if veto_end >= 0:
        # A goal cue in a later comma part ("Hiện nay đạt 45%, phấn đấu ... đạt 80%") or a
        # future deadline after the description makes it a goal again; "đã hoàn thành",
        # "đã vượt chỉ tiêu với 65%" stay descriptions.
        return any(
            "goal" in c.categories and c.start > veto_end and "," in text[veto_end : c.start]
            for c in before
        ) or any(
            _is_future_deadline(layout, m) for m in layout.dates_between(veto_end, number_start)
        )
    goal_in_clause = any("goal" in c.categories for c in in_clause)
    if _lexicon().veto_after_re.match(text, after_end) and not goal_in_clause:
        return False
    if any("goal" in c.categories for c in before):
        return True
    if lead and any("goal" in c.categories for c in layout.cues_between(*lead)):
        return True
    if _in_item(layout, doc, number_start, after_end):
        return True
    weak = any(c.categories & {"weak", "instruction"} for c in in_clause)
    if weak and _forward(layout, sent_start, number_start, part, lead):
        return True
    if frame is not None and _is_future_deadline(layout, frame):
        return True
    return any(
        _is_future_deadline(layout, match)
        for match in layout.dates_between(clause_start, clause_end)
    )


def _sentence_frame(layout: _Layout, sent_start: int, clause_start: int) -> DateMatch | None:
    """The date opening the sentence ("Năm 2021, ...", "Đến năm 2025, ...").

    Only when the goal stands in a later ";" clause of the sentence; None otherwise.
    """
    if clause_start <= sent_start:
        return None
    comma = layout.text.find(",", sent_start, min(clause_start, sent_start + _FRAME_WINDOW))
    if comma < 0:
        return None
    dates = layout.dates_between(sent_start, comma)
    return dates[0] if dates else None


def _is_future_deadline(layout: _Layout, match: DateMatch) -> bool:
    """A deadline ahead: a future horizon that is no outlook, or "trước năm 2030".

    "trước năm"/"chậm nhất năm" is not a horizon phrase (no year-only target of its own,
    by the annotation rule) but dates the goal of its clause all the same.
    """
    if match.horizon is not None:
        return match.horizon not in _OUTLOOK and _is_future(layout, match)
    reference = layout.reference_year
    return (
        match.precision is DatePrecision.YEAR
        and match.year is not None
        and (reference is None or match.year >= reference)
        and _lexicon().deadline_before_re.search(
            layout.text, max(0, match.start - _QUALIFIER_WINDOW), match.start
        )
        is not None
    )


def _deadline(layout: _Layout, match: DateMatch) -> int | None:
    """The year a date gives a goal as its deadline, if it can be one."""
    if match.horizon is not None:
        return _horizon_year(match) if _is_future(layout, match) else None
    if match.precision is DatePrecision.YEAR and match.year is not None:
        reference = layout.reference_year
        return match.year if reference is None or match.year >= reference else None
    return None


def _year(layout: _Layout, start: int, end: int) -> tuple[int | None, tuple[int, int] | None]:
    """The deadline of a goal at ``[start, end)``.

    The nearest usable year before it in its conjunct ("100.000 doanh nghiệp vào năm 2025
    và 150.000 doanh nghiệp vào năm 2030": the part between two "và"), else after it there;
    else the same in its comma-separated part, then its clause; else the nearest before it
    in its sentence, else in its list heading. An outlook ("tầm nhìn đến năm 2045") only
    when nothing else is found; a comparison base ("tăng 10% so với năm 2024") never.
    """
    text = layout.text
    sent_start, _ = layout.sentence(start)
    clause_start, clause_end = layout.clause(start, end)
    left_comma = text.rfind(",", clause_start, start)
    right_comma = text.find(",", end, clause_end)
    part_start = left_comma + 1 if left_comma >= 0 else clause_start
    part_end = right_comma if right_comma >= 0 else clause_end
    left_and = text.rfind(" và ", part_start, start)
    right_and = text.find(" và ", end, part_end)
    conjunct_start = left_and + 3 if left_and >= 0 else part_start
    conjunct_end = right_and if right_and >= 0 else part_end
    lead = layout.lead_line(sent_start)
    scopes: list[list[DateMatch]] = [
        layout.dates_between(conjunct_start, start)[::-1],
        layout.dates_between(end, conjunct_end),
        layout.dates_between(part_start, start)[::-1],
        layout.dates_between(end, part_end),
        layout.dates_between(clause_start, part_start)[::-1],
        layout.dates_between(part_end, clause_end),
        layout.dates_between(sent_start, clause_start)[::-1],
        layout.dates_between(*lead)[::-1] if lead else [],
    ]
    fallback: tuple[int, DateMatch] | None = None
    for candidates in scopes:
        for match in candidates:
            year = _deadline(layout, match)
            if year is None or _COMPARED_WITH.search(text, max(0, match.start - 12), match.start):
                continue
            if match.horizon in _OUTLOOK:
                if fallback is None:
                    fallback = (year, match)
                continue
            return year, (match.start, match.end)
    if fallback is not None:
        return fallback[0], (fallback[1].start, fallback[1].end)
    return None, None


def _qualifier_before(text: str, start: int) -> tuple[str, int] | None:
    match = _lexicon().qualifier_re.search(text, max(0, start - _QUALIFIER_WINDOW), start)
    if match is None:
        return None
    return " ".join(match.group("q").split()).lower(), match.start()


def _subject_after(text: str, start: int, limit: int) -> tuple[int, int] | None:
    position = start
    while position < limit and text[position] == " ":
        position += 1
    stop = _SUBJECT_STOP.search(text, position, limit)
    end = stop.start() if stop else limit
    words = list(_WORD_RUN.finditer(text, position, end))
    if not words:
        return None
    words = words[:_MAX_SUBJECT_WORDS]
    return words[0].start(), words[-1].end()


def _subject_before(
    layout: _Layout, doc: Document, start: int, clause_start: int
) -> tuple[int, int] | None:
    """The phrase before the value that names what it measures ("kinh tế số chiếm")."""
    text = layout.text
    left = clause_start
    for match in layout.dates_between(clause_start, start):
        left = max(left, match.end)
    index = bisect.bisect_left(layout.number_ends, start) - 1
    if index >= 0 and layout.number_ends[index] > left:
        left = layout.number_ends[index]
    comma = text.rfind(",", left, start)
    if comma >= 0:
        left = comma + 1
    tail = _lexicon().strip_tail_re.search(text, left, start)
    right = tail.start() if tail else start
    for cue in layout.cues_between(left, right):
        left = max(left, cue.end)
    # "20% GRDP và có ít nhất 2.000 ...": after "và" starts a new goal.
    conjunction = text.rfind(" và", left, right)
    if conjunction >= 0 and (conjunction + 3 == right or text[conjunction + 3] == " "):
        left = conjunction + 3
    bullet = _BULLET.match(text, left)
    if bullet is not None:
        left = bullet.end()
    words = list(_WORD_RUN.finditer(text, left, right))
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return None
    return words[0].start(), words[-1].end()


def _band_subject(text: str, start: int) -> tuple[int, int] | None:
    """What a growth band measures: "tăng trưởng GDP" in "tăng trưởng GDP hai con số"."""
    match = _BAND_CONTEXT.search(text, max(0, start - 60), start)
    if match is None:
        return None
    words = list(_WORD_RUN.finditer(text, match.start(), start))
    return (words[0].start(), words[-1].end()) if words else None


def _range_end(text: str, low: ParsedNumber, high: ParsedNumber | None) -> ParsedNumber | None:
    """``high`` when ``low`` and ``high`` are the two ends of one range ("60-65%").

    The joint is a dash or "đến"/"tới" and nothing else; the low end has no unit of its
    own (it may borrow the high end's: "5-7 triệu"); both are plain quantities, the low
    end the smaller.
    """
    if high is None or high.kind in _NOT_VALUES or high.kind in _BANDS:
        return None
    if _RANGE_JOIN.fullmatch(text, low.end, high.start) is None:
        return None
    if _lexicon().unit_re.match(text, low.end) is not None or low.scale not in {None, high.scale}:
        return None
    return high if _value(low) < _value(high) else None


def _quantified(doc: Document, layout: _Layout) -> list[_Found]:
    text = layout.text
    blocked = _blocked(doc)
    out = []
    numbers = doc.numbers
    skip_until = -1
    for index, first in enumerate(numbers):
        if first.start < skip_until:
            continue  # the high end of a range, read with its low end
        if first.kind in _NOT_VALUES or _overlaps(blocked, first.start, first.end):
            continue
        band = first.kind in _BANDS
        # A range ("60-65%", "từ 10 đến 15%") is one goal: its unit is read after the high end.
        number = first
        if not band:
            following = numbers[index + 1] if index + 1 < len(numbers) else None
            high = _range_end(text, first, following)
            if high is not None and not _overlaps(blocked, high.start, high.end):
                number = high
        if band:
            if not _BAND_CONTEXT.search(text, max(0, first.start - 60), first.start):
                continue
            unit, after = None, first.end
        else:
            found_unit = _unit(text, number)
            if found_unit is None:
                continue
            unit, after = found_unit
        qualifier_after = _lexicon().qualifier_after_re.match(text, after)
        tail = qualifier_after.end() if qualifier_after else after
        if not _is_goal(layout, doc, first.start, tail):
            continue
        if number is not first:
            skip_until = number.end
        qualifier: str | None = None
        start = first.start
        if band:
            qualifier = " ".join(first.text.split()).lower()
        else:
            before = _qualifier_before(text, first.start)
            if before is not None:
                qualifier, start = before
            if first.qualifier:
                qualifier = first.qualifier
        if qualifier_after and qualifier is None:
            qualifier = " ".join(qualifier_after.group("q").split()).lower()
        clause_start, clause_end = layout.clause(first.start, number.end)
        year, year_span = _year(layout, first.start, tail)
        after_subject = None if band else _subject_after(text, tail, clause_end)
        before_subject = (
            _band_subject(text, first.start)
            if band
            else _subject_before(layout, doc, start, clause_start)
        )
        parts = [text[pair[0] : pair[1]] for pair in (before_subject, after_subject) if pair]
        subject = "/".join(parts) if parts else None
        span_start = min(start, before_subject[0]) if before_subject else start
        span_end = max(tail, after_subject[1]) if after_subject else tail
        extra = (
            (year_span,)
            if year_span and not (span_start <= year_span[0] and year_span[1] <= span_end)
            else ()
        )
        out.append(
            _Found(
                kind=TargetKind.QUANTIFIED,
                start=span_start,
                end=span_end,
                value=None if band else _value(first),
                value_max=_value(number) if number is not first else None,
                unit=unit,
                qualifier=qualifier,
                year=year,
                start_year=None,
                horizon=None,
                subject=subject,
                extra=extra,
            )
        )
    return out


# ---------------------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Source:
    start: int
    end: int
    priority: int
    id: str


#: Longest source span (characters of the original text) looked back over.
_MAX_SOURCE = 4000
#: Priorities: a resolution mention, a labelled directive's item or an event's mention or
#: theme that contains the target; then a resolution cited in the target's sentence.
_IN_RESOLUTION, _IN_ITEM, _IN_EVENT, _CITED = range(4)


def _sources(
    doc: Document,
    resolutions: Sequence[Resolution],
    directives: Sequence[Directive],
    events: Sequence[Event],
) -> list[_Source]:
    """Spans of the ORIGINAL text that attribute a target to a source, sorted."""
    out: list[_Source] = []
    for resolution in resolutions:
        out.extend(
            _Source(s.start, s.end, _IN_RESOLUTION, resolution.id) for s in resolution.mentions
        )
    for directive in directives:
        if directive.label is not None:
            out.extend(
                _Source(i.evidence.start, i.evidence.end, _IN_ITEM, directive.id)
                for i in directive.items
            )
    for event in events:
        out.extend(_Source(s.start, s.end, _IN_EVENT, event.id) for s in event.mentions)
        if event.theme:
            for theme in {event.theme, normalize(event.theme)}:
                position = doc.original.find(theme)
                while position >= 0:
                    out.append(_Source(position, position + len(theme), _IN_EVENT, event.id))
                    position = doc.original.find(theme, position + 1)
    out.sort(key=lambda s: (s.start, s.end))
    return out


def _source_for(
    sources: Sequence[_Source], starts: list[int], span: Span, sentence: tuple[int, int]
) -> str | None:
    """The id of the source a target at ``span`` (original offsets) belongs to, if any."""
    best: tuple[int, int, str] | None = None
    index = bisect.bisect_right(starts, span.end)
    floor = min(sentence[0], span.start - _MAX_SOURCE)
    while index > 0:
        index -= 1
        source = sources[index]
        if source.start < floor:
            break
        if source.start <= span.start and span.end <= source.end:
            rank = (source.priority, source.end - source.start, source.id)
        elif source.priority == _IN_RESOLUTION and sentence[0] <= source.start < sentence[1]:
            rank = (_CITED, abs(span.start - source.start), source.id)
        else:
            continue
        if best is None or rank < best:
            best = rank
    return best[2] if best else None


# ---------------------------------------------------------------------------------------
# Public function
# ---------------------------------------------------------------------------------------


def extract_targets(
    doc: Document,
    *,
    resolutions: Sequence[Resolution] = (),
    directives: Sequence[Directive] = (),
    events: Sequence[Event] = (),
) -> list[Target]:
    """Every goal of the article: horizons and quantified targets, with evidence.

    Args:
        doc: the article, read once.
        resolutions: the article's documents, to attribute targets to them.
        directives: the article's directives; items of labelled sets count as goal
            context and attribute the targets they contain.
        events: the article's events, whose themes may state targets.

    Returns:
        Targets in text order. Horizons sharing a year, lead-in and source are one target
        with every occurrence as evidence; evidence reads the caller's original text.

    >>> import datetime as dt
    >>> doc = Document.read(
    ...     "Hội nghị đánh giá giai đoạn 2021 - 2025 và bàn kế hoạch giai đoạn 2026-2030.",
    ...     published=dt.date(2025, 12, 20),
    ... )
    >>> [(t.kind.value, t.year, t.start_year) for t in extract_targets(doc)]
    [('mốc thời gian', 2030, 2026)]
    """
    layout = _layout(doc, directives)
    sources = _sources(doc, resolutions, directives, events)
    source_starts = [source.start for source in sources]
    found = sorted(_horizons(layout) + _quantified(doc, layout), key=lambda f: f.start)
    article = doc.article_id or ""
    merged: dict[tuple[object, ...], list[Span]] = {}
    seen_spans: dict[tuple[object, ...], set[tuple[int, int]]] = {}
    heads: dict[tuple[object, ...], tuple[_Found, str | None, Span]] = {}
    for item in found:
        span = doc.span(item.start, item.end)
        sent_start, sent_end = layout.sentence(item.start)
        sentence = doc.span(sent_start, sent_end)
        source_id = _source_for(sources, source_starts, span, (sentence.start, sentence.end))
        if item.kind is TargetKind.HORIZON:
            key: tuple[object, ...] = (
                item.kind,
                item.year,
                item.start_year,
                item.horizon,
                source_id,
            )
        else:
            key = (
                item.kind,
                item.value,
                item.unit,
                item.year,
                item.qualifier,
                fold(item.subject or ""),
                source_id,
            )
            if item.value_max is not None:  # ranges only: other ids stay as they were
                key += (item.value_max,)
        spans = [span, *(doc.span(s, e) for s, e in item.extra)]
        if key in merged:
            seen = seen_spans[key]
            for extra in spans:
                if (extra.start, extra.end) not in seen:
                    seen.add((extra.start, extra.end))
                    merged[key].append(extra)
            continue
        merged[key] = spans
        seen_spans[key] = {(e.start, e.end) for e in spans}
        heads[key] = (item, source_id, span)
    out = []
    for key, (item, source_id, span) in heads.items():
        out.append(
            Target(
                id=entity_id("target", article, *(str(part) for part in key)),
                kind=item.kind,
                text=span.text,
                value=item.value,
                value_max=item.value_max,
                unit=item.unit,
                qualifier=item.qualifier,
                year=item.year,
                start_year=item.start_year,
                horizon=item.horizon,
                subject=item.subject,
                source_id=source_id,
                evidence=tuple(merged[key]),
            )
        )
    return out
