"""Typed domain models: what Vietnamese digital-policy news states, with its evidence.

Every model is an immutable, strictly validated pydantic v2 model that round-trips
through JSON without loss and exports a JSON Schema. Every extracted fact carries
evidence: :class:`Span` objects, character offsets into the article text such that
``article.text[span.start:span.end] == span.text``.

The models:

* :class:`Article` — one news article (text, metadata) and everything extracted from it.
* :class:`Official` — a named person (quan chức) with the :class:`Position` s the text gives.
* :class:`Resolution` — a formally issued instrument (nghị quyết, kết luận, quyết định,
  chỉ thị, nghị định, luật, đề án, chương trình, chiến lược ...), coded or named.
* :class:`Directive` — an instruction (chỉ đạo) a leader or body gives, possibly a
  labelled set such as "5 đẩy mạnh" with its items.
* :class:`Target` — a measurable or time-bound goal (mục tiêu, chỉ tiêu).
* :class:`Event` — a forum, conference, workshop, meeting, exhibition or ceremony.

>>> span = Span(start=0, end=7, text="Diễn đàn")
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for Span
...
>>> span = Span(start=0, end=8, text="Diễn đàn")
>>> Span.model_validate_json(span.model_dump_json()) == span
True
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from vn_digital_policy.codes import DocumentCode
from vn_digital_policy.enums import (
    DirectiveVerb,
    DocumentKind,
    EventFormat,
    EventKind,
    HorizonKind,
    PartOfDay,
    TargetKind,
)

__all__ = [
    "Article",
    "ConnectionPoint",
    "Directive",
    "DirectiveItem",
    "Event",
    "Official",
    "Organization",
    "Position",
    "Resolution",
    "Span",
    "Target",
]


class _Model(BaseModel):
    """Base of the public models: frozen, strict, no unknown fields.

    ``Model.model_validate_json(m.model_dump_json()) == m`` holds for every model.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        frozen=True,
        extra="forbid",
        strict=True,
        validate_default=True,
        use_enum_values=False,
    )


class Span(_Model):
    """Evidence: the characters ``text`` read at ``[start, end)`` of an article's text.

    ``article_id`` names the article when the span travels outside it (for example in
    a corpus-wide :class:`Official`); inside an :class:`Article` it may be left unset.

    >>> text = "Sáng 6/12, Thủ tướng Phạm Minh Chính dự Diễn đàn."
    >>> span = Span.of(text, 21, 36)
    >>> span.text
    'Phạm Minh Chính'
    >>> span.reads(text)
    True
    """

    start: int = Field(ge=0, description="Offset of the first character (0-based).")
    end: int = Field(ge=0, description="Offset one past the last character.")
    text: str = Field(description="The characters read, text[start:end].")
    article_id: str | None = Field(default=None, description="Id of the article read.")

    @model_validator(mode="after")
    def _check_length(self) -> Span:
        if self.end < self.start:
            msg = f"span end {self.end} is before its start {self.start}"
            raise ValueError(msg)
        if len(self.text) != self.end - self.start:
            msg = (
                f"span text has {len(self.text)} characters but covers "
                f"{self.end - self.start} ({self.start}..{self.end})"
            )
            raise ValueError(msg)
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int, *, article_id: str | None = None) -> Span:
        """Build the span of ``text[start:end]``.

        >>> Span.of("Hà Nội", 0, 2).text
        'Hà'
        """
        return cls(start=start, end=end, text=text[start:end], article_id=article_id)

    def reads(self, text: str) -> bool:
        """Tell whether this span reads the same characters in ``text``.

        >>> Span.of("abc", 1, 2).reads("xbz")
        True
        """
        return text[self.start : self.end] == self.text


class Organization(_Model):
    """A body: a ministry, a Party committee, a provincial People's Committee, a company.

    >>> Organization(id="org:bo-khoa-hoc-va-cong-nghe", name="Bộ Khoa học và Công nghệ").name
    'Bộ Khoa học và Công nghệ'
    """

    id: str = Field(description="Stable id from the folded name.")
    name: str = Field(description="Name as written, expanded where the text expands it.")
    abbreviation: str | None = Field(default=None, description='Short form, e.g. "UBND".')


class Position(_Model):
    """A title (chức vụ) a person holds, as the text attaches it, and when it was seen.

    ``title`` is the full title as written ("Bộ trưởng Bộ Khoa học và Công nghệ");
    ``role`` its head ("Bộ trưởng") and ``organization`` the body, where they split.

    >>> p = Position(title="Thủ tướng Chính phủ", role="Thủ tướng")
    >>> p.title
    'Thủ tướng Chính phủ'
    """

    title: str = Field(description="The title as the text writes it.")
    role: str | None = Field(default=None, description='The office: "Bộ trưởng", "Phó Chủ tịch".')
    organization: Organization | None = Field(default=None, description="The body, if named.")
    observed: dt.date | None = Field(default=None, description="Date the text attests it.")
    article_id: str | None = Field(default=None, description="Article that attests it.")
    evidence: Span | None = Field(default=None, description="Where the title was read.")


class Official(_Model):
    """A named natural person and the positions the text gives them.

    Honorifics ("đồng chí", "TS.", "Đại tướng") are kept apart from titles.

    >>> o = Official(
    ...     id="official:pham-minh-chinh",
    ...     name="Phạm Minh Chính",
    ...     positions=(Position(title="Thủ tướng Chính phủ"),),
    ... )
    >>> o.titles
    ['Thủ tướng Chính phủ']
    """

    id: str = Field(description="Stable id from the folded full name.")
    name: str = Field(description="Full name as written, NFC, with diacritics.")
    honorifics: tuple[str, ...] = Field(default=(), description='E.g. "đồng chí", "TS."')
    positions: tuple[Position, ...] = Field(default=(), description="Titles, as first met.")
    mentions: tuple[Span, ...] = Field(default=(), description="Every mention, short ones too.")

    @property
    def titles(self) -> list[str]:
        """The distinct titles, in the order first met."""
        seen: dict[str, None] = {}
        for position in self.positions:
            seen.setdefault(position.title, None)
        return list(seen)

    def _repr_html_(self) -> str:
        from vn_digital_policy.html import render_table  # noqa: PLC0415 - import cycle

        return render_table([self])


class Resolution(_Model):
    """A formally issued instrument cited in the text: coded ("52-NQ/TW") or named ("Đề án 06").

    ``kind`` is nghị quyết, kết luận, quyết định, chỉ thị, nghị định, luật, đề án ...;
    ``name`` the identifying name for uncoded documents ("Nghị quyết Đại hội XIII"),
    ``title`` the subject line (trích yếu) where stated.

    >>> r = Resolution(
    ...     id="resolution:52-nq-tw",
    ...     kind=DocumentKind.RESOLUTION,
    ...     code=DocumentCode.parse("52-NQ/TW"),
    ...     issuer="Bộ Chính trị",
    ... )
    >>> str(r.code), r.kind.value
    ('52-NQ/TW', 'nghị quyết')
    """

    id: str = Field(description="Stable id from the code, else the folded name.")
    kind: DocumentKind
    code: DocumentCode | None = Field(default=None, description="Số và ký hiệu, if coded.")
    name: str | None = Field(default=None, description='Identifying name: "Đề án 06".')
    title: str | None = Field(default=None, description="Subject line (trích yếu).")
    issuer: str | None = Field(default=None, description='Issuing body: "Bộ Chính trị".')
    date: dt.date | None = Field(default=None, description="Date of issue, if stated.")
    mentions: tuple[Span, ...] = Field(default=(), description="Every mention in the text.")

    @property
    def label(self) -> str:
        """A short human label: the kind and code, else the name."""
        if self.code is not None:
            return f"{self.kind.value.capitalize()} {self.code}"
        return self.name or self.title or self.kind.value.capitalize()

    def _repr_html_(self) -> str:
        from vn_digital_policy.html import render_table  # noqa: PLC0415 - import cycle

        return render_table([self])


class DirectiveItem(_Model):
    """One item of a labelled set of instructions.

    >>> DirectiveItem(text="không nói không", evidence=Span.of("không nói không", 0, 15)).text
    'không nói không'
    """

    text: str
    evidence: Span


class Directive(_Model):
    """An instruction a leader or body gives (chỉ đạo), possibly a labelled set.

    For a labelled set such as "5 đẩy mạnh", ``label`` is the label, ``count`` the
    number the label declares and ``items`` every item found. Real text miscounts:
    the items are never dropped or merged to make the numbers agree;
    :attr:`count_mismatch` flags the difference.

    >>> d = Directive(
    ...     id="directive:x",
    ...     issuer="Phạm Minh Chính",
    ...     label="5 không",
    ...     count=5,
    ...     content="“5 không”",
    ... )
    >>> d.count_mismatch
    True
    """

    id: str
    issuer: str | None = Field(default=None, description="Who gives it, as named.")
    issuer_id: str | None = Field(default=None, description="Official id of the issuer.")
    verb: DirectiveVerb | None = Field(default=None, description="yêu cầu, đề nghị, ...")
    addressees: tuple[str, ...] = Field(default=(), description="To whom, as written.")
    content: str = Field(description="What is asked, as written.")
    label: str | None = Field(default=None, description='Label of a set: "5 đẩy mạnh".')
    count: int | None = Field(default=None, ge=0, description="Count the label declares.")
    items: tuple[DirectiveItem, ...] = Field(default=(), description="Every item found.")
    evidence: tuple[Span, ...] = Field(default=(), description="Where it was read.")
    count_mismatch: bool = Field(
        default=False,
        description="Derived: the label declares a count the items do not match.",
    )

    @model_validator(mode="after")
    def _flag_miscount(self) -> Directive:
        mismatch = self.count is not None and len(self.items) != self.count
        if mismatch != self.count_mismatch:
            # Derived state: always recomputed, whatever the input said.
            object.__setattr__(self, "count_mismatch", mismatch)
        return self

    def _repr_html_(self) -> str:
        from vn_digital_policy.html import render_table  # noqa: PLC0415 - import cycle

        return render_table([self])


class Target(_Model):
    """A measurable or time-bound goal: a value to reach, a deadline, a period, a horizon.

    ``year`` is the deadline or the end year of the period; horizons ("tầm nhìn đến
    năm 2045") are targets with no value.

    >>> t = Target(
    ...     id="target:x",
    ...     kind=TargetKind.QUANTIFIED,
    ...     text="100% dịch vụ công trực tuyến",
    ...     value=100.0,
    ...     unit="%",
    ... )
    >>> t.value, t.unit, t.year
    (100.0, '%', None)

    A range ("chiếm 60-65%") is one target: ``value`` is its low end, ``value_max`` its
    high end.

    >>> Target(
    ...     id="target:y",
    ...     kind=TargetKind.QUANTIFIED,
    ...     text="60-65%",
    ...     value=60.0,
    ...     value_max=65.0,
    ...     unit="%",
    ... ).value_max
    65.0
    """

    id: str
    kind: TargetKind
    text: str = Field(description="The phrase stating the goal.")
    value: float | None = Field(
        default=None, description="The number to reach, if any (the low end of a range)."
    )
    value_max: float | None = Field(
        default=None, description='The high end of a range ("60-65%" -> 60 and 65), if any.'
    )
    unit: str | None = Field(default=None, description='"%", "tỷ USD", "doanh nghiệp" ...')
    qualifier: str | None = Field(default=None, description='"ít nhất", "trên", "hai con số".')
    year: int | None = Field(default=None, description="Deadline or end year of the period.")
    start_year: int | None = Field(default=None, description="First year of a period.")
    horizon: HorizonKind | None = Field(default=None, description="The lead-in of the year.")
    subject: str | None = Field(default=None, description="What the goal is about.")
    source_id: str | None = Field(default=None, description="Resolution/directive/event id.")
    evidence: tuple[Span, ...] = Field(default=(), description="Where it was read.")

    @model_validator(mode="after")
    def _check_range(self) -> Target:
        if self.value_max is not None and (self.value is None or self.value_max < self.value):
            msg = f"range high end {self.value_max} needs a low end at most as large ({self.value})"
            raise ValueError(msg)
        return self

    def _repr_html_(self) -> str:
        from vn_digital_policy.html import render_table  # noqa: PLC0415 - import cycle

        return render_table([self])


class ConnectionPoint(_Model):
    """A set of remote sites (điểm cầu) an event connects: "63 tỉnh, thành phố".

    >>> ConnectionPoint(count=32, description="32 điểm cầu quốc tế").count
    32
    """

    count: int | None = Field(default=None, ge=0)
    description: str
    evidence: Span | None = None


class Event(_Model):
    """A meeting-like happening: diễn đàn, hội nghị, hội thảo, phiên họp, lễ, triển lãm ...

    >>> e = Event(id="event:x", kind=EventKind.FORUM, date=dt.date(2021, 12, 6))
    >>> e.kind.value, e.date.isoformat()
    ('diễn đàn', '2021-12-06')
    """

    id: str
    kind: EventKind
    name: str | None = Field(default=None, description="Name as written.")
    edition: int | None = Field(default=None, ge=1, description='"lần thứ ba" -> 3.')
    theme: str | None = Field(default=None, description='The "chủ đề" text.')
    date: dt.date | None = Field(default=None, description="Day it is held, if stated.")
    part_of_day: PartOfDay | None = None
    location: str | None = None
    format: EventFormat | None = Field(default=None, description="trực tiếp/trực tuyến/kết hợp.")
    connection_points: tuple[ConnectionPoint, ...] = ()
    organisers: tuple[str, ...] = Field(default=(), description="Organising bodies.")
    chairs: tuple[str, ...] = Field(default=(), description="Names of who chairs it.")
    participants: tuple[str, ...] = Field(default=(), description="Names of who attends.")
    is_main: bool = Field(default=False, description="The event the article is about.")
    mentions: tuple[Span, ...] = Field(default=(), description="Where it was read.")

    def _repr_html_(self) -> str:
        from vn_digital_policy.html import render_table  # noqa: PLC0415 - import cycle

        return render_table([self])


class Article(_Model):
    """One news article: its text, metadata, and everything extracted from it.

    >>> a = Article(id="a1", text="Sáng 6/12, Diễn đàn.", published=dt.date(2021, 12, 6))
    >>> a.officials, a.main_event
    ((), None)
    """

    id: str = Field(description="Stable id.")
    text: str = Field(description="The text as given; every span indexes into it.")
    title: str | None = Field(default=None, description="Headline, if any.")
    published: dt.date | None = Field(default=None, description="Publication date, if known.")
    published_basis: str | None = Field(default=None, description="How the date is known.")
    publisher: str | None = Field(default=None, description="Outlet or source.")
    authors: tuple[str, ...] = Field(default=(), description="Bylines and agency credits.")
    url: str | None = None
    file: str | None = Field(default=None, description="File name it was read from.")
    officials: tuple[Official, ...] = ()
    resolutions: tuple[Resolution, ...] = ()
    events: tuple[Event, ...] = ()
    directives: tuple[Directive, ...] = ()
    targets: tuple[Target, ...] = ()

    @model_validator(mode="after")
    def _check_evidence(self) -> Article:
        for span in self.spans():
            if span.article_id not in (None, self.id):
                continue
            if not span.reads(self.text):
                msg = f"evidence {span.text!r} at {span.start}..{span.end} does not read the text"
                raise ValueError(msg)
        return self

    def spans(self) -> list[Span]:
        """Every evidence span of every extracted entity, in entity order.

        >>> Article(id="a", text="x").spans()
        []
        """
        out: list[Span] = []
        for official in self.officials:
            out.extend(official.mentions)
            out.extend(p.evidence for p in official.positions if p.evidence is not None)
        for resolution in self.resolutions:
            out.extend(resolution.mentions)
        for event in self.events:
            out.extend(event.mentions)
            out.extend(c.evidence for c in event.connection_points if c.evidence is not None)
        for directive in self.directives:
            out.extend(directive.evidence)
            out.extend(item.evidence for item in directive.items)
        for target in self.targets:
            out.extend(target.evidence)
        return out

    @property
    def main_event(self) -> Event | None:
        """The event the article is mainly about, if any."""
        return next((event for event in self.events if event.is_main), None)

    def __repr__(self) -> str:
        """A one-line summary: id, date, title and what was extracted (not the whole text).

        >>> Article(id="a1", text="Hội nghị về chuyển đổi số.", published=dt.date(2024, 7, 19))
        Article(id='a1', published=2024-07-19, title='Hội nghị về chuyển đổi số.',
                0 officials, 0 resolutions, 0 events, 0 directives, 0 targets)
        """
        heading = self.title or next((line for line in self.text.splitlines() if line.strip()), "")
        heading = " ".join(heading.split())
        if len(heading) > 40:
            heading = heading[:39] + "…"
        published = self.published.isoformat() if self.published is not None else None
        counts = ", ".join(
            f"{len(items)} {name}"
            for name, items in (
                ("officials", self.officials),
                ("resolutions", self.resolutions),
                ("events", self.events),
                ("directives", self.directives),
                ("targets", self.targets),
            )
        )
        return f"Article(id={self.id!r}, published={published}, title={heading!r}, {counts})"

    def _repr_html_(self) -> str:
        from vn_digital_policy.html import render_article  # noqa: PLC0415 - import cycle

        return render_article(self)
