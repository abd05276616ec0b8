"""Hypothesis strategies for the public models: valid instances with evidence spans.

Every strategy that needs evidence draws spans from one shared text, so an
:class:`Article` built from them satisfies its evidence invariant.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

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
from vn_digital_policy.models import (
    Article,
    ConnectionPoint,
    Directive,
    DirectiveItem,
    Event,
    Official,
    Organization,
    Position,
    Resolution,
    Span,
    Target,
)

VIETNAMESE_WORDS = (
    "Thủ tướng",
    "Chính phủ",
    "Phạm Minh Chính",
    "chủ trì",
    "Diễn đàn",
    "chuyển đổi số",
    "Nghị quyết",
    "57-NQ/TW",
    "Ủy ban",
    "hóa",
    "hoá",
    "đến năm 2030",
    "100%",
    "“5 không”",
    "Sáng 6/12",
    "\n",
)

texts = st.lists(st.sampled_from(VIETNAMESE_WORDS), min_size=1, max_size=40).map(" ".join)
short_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=30)
names = st.sampled_from(
    ["Phạm Minh Chính", "Nguyễn Mạnh Hùng", "Trần Tuấn Anh", "Lê Thành Long", "Vũ Việt Văn"]
)
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))
years = st.integers(min_value=1990, max_value=2100)
ids = st.from_regex(r"[a-z]{1,8}:[a-z0-9-]{1,12}", fullmatch=True)


@st.composite
def spans_in(draw: st.DrawFn, text: str, article_id: str | None = None) -> Span:
    """A valid span of ``text``."""
    start = draw(st.integers(min_value=0, max_value=len(text)))
    end = draw(st.integers(min_value=start, max_value=len(text)))
    return Span.of(text, start, end, article_id=article_id)


codes = st.sampled_from(
    ["57-NQ/TW", "749/QĐ-TTg", "13/2023/NĐ-CP", "20/2023/QH15", "2844/VPCP-KSTT", "36a/NQ-CP"]
).map(DocumentCode.parse)


def organizations() -> st.SearchStrategy[Organization]:
    return st.builds(
        Organization,
        id=ids,
        name=short_text,
        abbreviation=st.none() | short_text,
    )


def positions(text: str) -> st.SearchStrategy[Position]:
    return st.builds(
        Position,
        title=short_text,
        role=st.none() | short_text,
        organization=st.none() | organizations(),
        observed=st.none() | dates,
        article_id=st.none() | ids,
        evidence=st.none() | spans_in(text),
    )


def officials(text: str) -> st.SearchStrategy[Official]:
    return st.builds(
        Official,
        id=ids,
        name=names,
        honorifics=st.lists(st.sampled_from(["đồng chí", "TS.", "Đại tướng"]), max_size=2).map(
            tuple
        ),
        positions=st.lists(positions(text), max_size=3).map(tuple),
        mentions=st.lists(spans_in(text), max_size=3).map(tuple),
    )


def resolutions(text: str) -> st.SearchStrategy[Resolution]:
    return st.builds(
        Resolution,
        id=ids,
        kind=st.sampled_from(DocumentKind),
        code=st.none() | codes,
        name=st.none() | short_text,
        title=st.none() | short_text,
        issuer=st.none() | short_text,
        date=st.none() | dates,
        mentions=st.lists(spans_in(text), max_size=3).map(tuple),
    )


def events(text: str) -> st.SearchStrategy[Event]:
    return st.builds(
        Event,
        id=ids,
        kind=st.sampled_from(EventKind),
        name=st.none() | short_text,
        edition=st.none() | st.integers(min_value=1, max_value=50),
        theme=st.none() | short_text,
        date=st.none() | dates,
        part_of_day=st.none() | st.sampled_from(PartOfDay),
        location=st.none() | short_text,
        format=st.none() | st.sampled_from(EventFormat),
        connection_points=st.lists(
            st.builds(
                ConnectionPoint,
                count=st.none() | st.integers(min_value=0, max_value=100),
                description=short_text,
                evidence=st.none() | spans_in(text),
            ),
            max_size=2,
        ).map(tuple),
        organisers=st.lists(short_text, max_size=2).map(tuple),
        chairs=st.lists(names, max_size=2).map(tuple),
        participants=st.lists(names, max_size=3).map(tuple),
        is_main=st.booleans(),
        mentions=st.lists(spans_in(text), max_size=3).map(tuple),
    )


def directives(text: str) -> st.SearchStrategy[Directive]:
    return st.builds(
        Directive,
        id=ids,
        issuer=st.none() | names,
        issuer_id=st.none() | ids,
        verb=st.none() | st.sampled_from(DirectiveVerb),
        addressees=st.lists(short_text, max_size=2).map(tuple),
        content=short_text,
        label=st.none() | st.sampled_from(["5 đẩy mạnh", "5 không", "3 đột phá"]),
        count=st.none() | st.integers(min_value=0, max_value=10),
        items=st.lists(
            st.builds(DirectiveItem, text=short_text, evidence=spans_in(text)), max_size=6
        ).map(tuple),
        evidence=st.lists(spans_in(text), max_size=2).map(tuple),
    )


def targets(text: str) -> st.SearchStrategy[Target]:
    return st.builds(
        Target,
        id=ids,
        kind=st.sampled_from(TargetKind),
        text=short_text,
        value=st.none() | st.floats(allow_nan=False, allow_infinity=False),
        unit=st.none() | st.sampled_from(["%", "tỷ USD", "doanh nghiệp"]),
        qualifier=st.none() | st.sampled_from(["ít nhất", "hai con số"]),
        year=st.none() | years,
        start_year=st.none() | years,
        horizon=st.none() | st.sampled_from(HorizonKind),
        subject=st.none() | short_text,
        source_id=st.none() | ids,
        evidence=st.lists(spans_in(text), max_size=2).map(tuple),
    )


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """A valid article whose entities' evidence all reads its text."""
    text = draw(texts)
    return Article(
        id=draw(ids),
        text=text,
        title=draw(st.none() | short_text),
        published=draw(st.none() | dates),
        published_basis=draw(st.none() | short_text),
        publisher=draw(st.none() | short_text),
        authors=tuple(draw(st.lists(names, max_size=2))),
        url=draw(st.none() | st.just("https://example.org/a")),
        file=draw(st.none() | st.just("a.txt")),
        officials=tuple(draw(st.lists(officials(text), max_size=3))),
        resolutions=tuple(draw(st.lists(resolutions(text), max_size=2))),
        events=tuple(draw(st.lists(events(text), max_size=2))),
        directives=tuple(draw(st.lists(directives(text), max_size=2))),
        targets=tuple(draw(st.lists(targets(text), max_size=2))),
    )


# --------------------------------------------------------------------------------------
# Corpora (appended for the corpus, query, export and HTML tests)

#: Small pools of entity ids, so that ids clash across articles and merging is exercised.
clashing_ids = st.sampled_from(["x:1", "x:2", "x:3"])


@st.composite
def light_articles(draw: st.DrawFn) -> Article:
    """Like :func:`articles`, with fewer entities: cheaper to draw many of them."""
    text = draw(texts)
    return Article(
        id=draw(ids),
        text=text,
        title=draw(st.none() | names),
        published=draw(st.none() | dates),
        officials=tuple(draw(st.lists(officials(text), max_size=2))),
        resolutions=tuple(draw(st.lists(resolutions(text), max_size=1))),
        events=tuple(draw(st.lists(events(text), max_size=2))),
        directives=tuple(draw(st.lists(directives(text), max_size=1))),
        targets=tuple(draw(st.lists(targets(text), max_size=1))),
    )


@st.composite
def corpus_articles(draw: st.DrawFn, max_size: int = 4) -> list[Article]:
    """Articles with unique ids, whose officials are keyed by folded name (so they merge
    across articles) and whose other entities draw ids from a tiny pool (so they clash).
    """
    from vn_digital_policy.ids import official_id

    count = draw(st.integers(min_value=0, max_value=max_size))
    out = []
    for number in range(count):
        article = draw(light_articles())
        officials = tuple(
            o.model_copy(update={"id": official_id(o.name)}) for o in article.officials
        )
        events = tuple(e.model_copy(update={"id": draw(clashing_ids)}) for e in article.events)
        directives = tuple(
            d.model_copy(update={"id": draw(clashing_ids)}) for d in article.directives
        )
        targets = tuple(t.model_copy(update={"id": draw(clashing_ids)}) for t in article.targets)
        out.append(
            article.model_copy(
                update={
                    "id": f"a{number}",
                    "officials": officials,
                    "events": events,
                    "directives": directives,
                    "targets": targets,
                }
            )
        )
    return out
