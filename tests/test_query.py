"""Queries: name, title and issuer matching, the find_* filters, search, result sets."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import unicodedata

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fixtures_models import HUNG, PM, forum_2021, sample_corpus
from vn_digital_policy.corpus import Corpus, load_corpus
from vn_digital_policy.enums import DocumentKind, EventKind, TargetKind
from vn_digital_policy.models import Article, Official, Position
from vn_digital_policy.query import (
    _BETWEEN,
    _END,
    _START,
    QueryError,
    ResultSet,
    SearchHit,
    _search_pattern,
    _words,
    coerce_date_bound,
    find_events,
    find_officials,
    issuer_matches,
    name_matches,
    search,
    text_matches,
    title_matches,
)
from vn_digital_policy.text import fold_aligned, set_tone_style

ADVERSARIAL = ["9" * 5000, "/" * 5000, "1/" * 3000, " - " * 3000, "“" * 3000, "\u0301" * 3000]
NAMES = ["Phạm Minh Chính", "Nguyễn Mạnh Hùng", "Trần Hồng Hà", "Lê Thành Long", "Nguyễn Hòa Bình"]
TITLES = [
    "Thủ tướng Chính phủ",
    "Phó Thủ tướng Chính phủ",
    "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ",
    "Bộ trưởng Bộ Khoa học và Công nghệ",
    "Chủ tịch Ủy ban Quốc gia về chuyển đổi số",
    "Phó Chủ tịch Thường trực UBND tỉnh Quảng Ninh",
]


def _variants(text: str) -> list[str]:
    """Spellings that must match alike: NFD, upper case, no accents, both tone styles."""
    from vn_digital_policy.text import strip_diacritics

    return [
        unicodedata.normalize("NFD", text),
        text.upper(),
        strip_diacritics(text).lower(),
        set_tone_style(text, "new"),
        set_tone_style(text, "old"),
    ]


# -- matching primitives ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "name", "expected"),
    [
        ("pham minh chinh", "Phạm Minh Chính", True),
        ("PHẠM MINH CHÍNH", "Phạm Minh Chính", True),
        ("Chính", "Phạm Minh Chính", True),
        ("Minh Chính", "Phạm Minh Chính", True),
        ("Chính Minh", "Phạm Minh Chính", False),
        ("Chinh Pham", "Phạm Minh Chính", False),
        ("Hoà Bình", "Nguyễn Hòa Bình", True),  # new vs old tone style
        ("Hung", "Nguyễn Mạnh Hùng", True),
        ("Hùng Anh", "Nguyễn Mạnh Hùng", False),
        ("Ha", "Trần Hồng Hà", True),
        ("Han", "Trần Hồng Hà", False),  # whole words only
        ("", "Trần Hồng Hà", False),
    ],
)
def test_name_matches(query: str, name: str, expected: bool) -> None:
    assert name_matches(query, name) is expected


@pytest.mark.parametrize(
    ("query", "title", "expected"),
    [
        ("Thu tuong", "Thủ tướng Chính phủ", True),
        ("Thủ tướng", "Phó Thủ tướng Chính phủ", False),
        ("Thủ tướng", "Phó thủ tướng Chính phủ", False),
        ("Thủ tướng", "nguyên Thủ tướng Chính phủ", False),
        ("Thủ tướng", "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ", True),
        ("Phó Thủ tướng", "Phó thủ tướng Chính phủ", True),
        ("Thủ tướng Chính phủ", "Thủ tướng", False),
        ("Bộ trưởng", "Bộ trưởng Bộ Công an kiêm Chủ tịch Hội đồng", True),
        ("Chủ tịch Hội đồng", "Bộ trưởng Bộ Công an kiêm Chủ tịch Hội đồng", True),
        ("Chủ tịch", "Phó Chủ tịch Thường trực UBND tỉnh Quảng Ninh", False),
        ("Bo truong Bo Khoa hoc", "Bộ trưởng Bộ Khoa học và Công nghệ", True),
        ("Uỷ ban", "Ủy ban nhân dân tỉnh", True),
        ("Thủ trưởng", "Thủ tướng Chính phủ", False),
    ],
)
def test_title_matches(query: str, title: str, expected: bool) -> None:
    assert title_matches(query, title) is expected


def test_exact_title_and_name() -> None:
    assert title_matches(
        "Thủ tướng Chính phủ", "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ", exact=True
    )
    assert not title_matches("Thủ tướng", "Thủ tướng Chính phủ", exact=True)
    assert name_matches("pham minh chinh", PM, exact=True)
    assert not name_matches("Chính", PM, exact=True)


@pytest.mark.parametrize(
    ("query", "issuer", "expected"),
    [
        ("Thủ tướng", "Thủ tướng Phạm Minh Chính", True),
        ("Thủ tướng", "Thủ tướng Chính phủ", True),
        ("Thủ tướng", "Phó thủ tướng Trần Hồng Hà", False),
        ("Trần Hồng Hà", "Phó thủ tướng Trần Hồng Hà", True),
        ("Bộ Chính trị", "Bộ Chính trị", True),
        ("Chính trị", "Ban Tuyên giáo, Bộ Chính trị", True),
        ("Ban", "Bộ Chính trị", False),
    ],
)
def test_issuer_matches(query: str, issuer: str, expected: bool) -> None:
    assert issuer_matches(query, issuer) is expected


@given(st.sampled_from(NAMES), st.data())
def test_name_matching_ignores_spelling(name: str, data: st.DataObject) -> None:
    query = data.draw(st.sampled_from(_variants(name)))
    assert name_matches(query, name)
    assert name_matches(name, query)
    assert name_matches(query, name, exact=True)


@given(st.sampled_from(TITLES), st.data())
def test_title_matching_ignores_spelling(title: str, data: st.DataObject) -> None:
    query = data.draw(st.sampled_from(_variants(title)))
    assert title_matches(query, title)
    assert title_matches(title, query)


@given(st.text(), st.text())
@example("9" * 5000, "9" * 5000)
@example("1/" * 3000, " - " * 3000)
def test_matchers_never_raise(query: str, text: str) -> None:
    for matcher in (name_matches, title_matches, issuer_matches):
        assert isinstance(matcher(query, text), bool)
    assert isinstance(text_matches(query, text), bool)


@given(st.text(min_size=1))
def test_anything_with_words_matches_itself(text: str) -> None:
    if name_matches(text, text):
        assert text_matches(text, text)
        assert title_matches(text, text) or not title_matches(text, text, exact=True)


# -- coercion --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind", [EventKind.CONFERENCE, "hội nghị", "HOI NGHI", "conference", "Conference", ["hội nghị"]]
)
def test_enum_filters_accept_members_values_and_names(kind: object) -> None:
    corpus = sample_corpus()
    found = corpus.find_events(kind=kind)  # type: ignore[arg-type]
    assert [e.kind for e in found] == [EventKind.CONFERENCE]


def test_enum_filters_accept_several_and_reject_unknown() -> None:
    corpus = sample_corpus()
    assert len(corpus.find_events(kind=("diễn đàn", EventKind.WORKSHOP))) == 3
    with pytest.raises(QueryError, match="did you mean 'hội nghị'") as info:
        corpus.find_events(kind="hoi ngi")
    assert "hội nghị" in info.value.suggestions
    with pytest.raises(QueryError):
        corpus.find_events(kind=[3])  # type: ignore[list-item]
    with pytest.raises(QueryError):
        corpus.find_events(kind=3.5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "end", "expected"),
    [
        ("2024", False, dt.date(2024, 1, 1)),
        ("2024", True, dt.date(2024, 12, 31)),
        (2024, True, dt.date(2024, 12, 31)),
        ("2024-02", True, dt.date(2024, 2, 29)),
        ("2024-12", True, dt.date(2024, 12, 31)),
        ("2024-07-19", False, dt.date(2024, 7, 19)),
        ("19/7/2024", False, dt.date(2024, 7, 19)),
        (dt.datetime(2024, 7, 19, 8, 0), False, dt.date(2024, 7, 19)),
    ],
)
def test_date_bounds(value: object, end: bool, expected: dt.date) -> None:
    assert coerce_date_bound(value, end=end) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["2024-13", "31/2/2024", "last year", "", True, 3.5, "9" * 5000])
def test_bad_date_bounds(value: object) -> None:
    with pytest.raises(QueryError):
        coerce_date_bound(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("blank", ["", "   ", "—", "...", "“”"])
def test_filters_without_words_are_errors(blank: str) -> None:
    corpus = sample_corpus()
    with pytest.raises(QueryError, match="no words"):
        corpus.find_officials(name=blank)
    with pytest.raises(QueryError, match="no words"):
        corpus.find_directives(issuer=blank)


# -- the questions people ask ----------------------------------------------------------


def test_which_directives_did_the_prime_minister_give() -> None:
    corpus = sample_corpus()
    found = corpus.find_directives(issuer="Thủ tướng")
    assert [d.label or d.content[:19] for d in found] == ["đẩy mạnh chuyển đổi", "5 đẩy mạnh"]
    # The deputy's directive names a "Phó thủ tướng": it is not the PM's.
    deputy = corpus.find_directives(issuer="Phó Thủ tướng")
    assert [d.issuer for d in deputy] == ["Phó thủ tướng Trần Hồng Hà"]
    assert len(corpus.find_directives(issuer="pham minh chinh")) == 2
    assert [d.issuer for d in corpus.find_directives(issuer="Bộ Chính trị")] == ["Bộ Chính trị"]


def test_issuer_matches_through_the_titles_held_in_that_article() -> None:
    corpus = sample_corpus()
    found = corpus.find_directives(issuer="Chủ tịch Ủy ban Quốc gia về chuyển đổi số")
    assert [d.label for d in found] == ["5 đẩy mạnh"]  # a title he holds in c2024 only


def test_which_targets_fall_due_by_2030() -> None:
    corpus = sample_corpus()
    assert [t.year for t in corpus.find_targets(due_by=2030)] == [2025, 2030]
    assert [t.year for t in corpus.find_targets(year=2045)] == [2045]
    assert [t.year for t in corpus.find_targets(since_year=2030)] == [2030, 2045]
    assert len(corpus.find_targets(unit="%")) == 3
    assert len(corpus.find_targets(unit="%", due_by=2030, subject="kinh te so")) == 2
    assert len(corpus.find_targets(subject="dịch vụ công")) == 1
    assert len(corpus.find_targets(kind=TargetKind.HORIZON)) == 1
    assert len(corpus.find_targets(horizon="tầm nhìn")) == 1
    assert len(corpus.find_targets(source_id="resolution:52-nq-tw")) == 2


def test_officials_by_name_title_and_year() -> None:
    corpus = sample_corpus()
    assert [o.name for o in corpus.find_officials(title="Thủ tướng")] == [PM]
    assert [o.name for o in corpus.find_officials(title="Phó Thủ tướng")] == [
        "Lê Minh Khái",
        "Trần Hồng Hà",
    ]
    assert [o.name for o in corpus.find_officials(title="Bộ trưởng Bộ Khoa học", year=2025)] == [
        HUNG
    ]
    assert corpus.find_officials(title="Bộ trưởng Bộ Khoa học", year=2021) == ()
    assert [o.name for o in corpus.find_officials(name="nguyen", title="bo truong")] == [HUNG]
    assert len(corpus.officials_named("Hà")) == 1
    assert corpus.officials_named("Chính", exact=True) == ()


def test_events_by_date_place_chair() -> None:
    corpus = sample_corpus()
    assert len(corpus.find_events(since="2024-01-01")) == 2
    assert len(corpus.find_events(until=2024)) == 2
    assert len(corpus.find_events(since="2024-07", until="2024-07")) == 1
    assert len(corpus.find_events(year=2021)) == 1
    assert len(corpus.find_events(chair="Phạm Minh Chính")) == 3
    assert len(corpus.find_events(participant="Lê Minh Khái")) == 1
    assert len(corpus.find_events(location="tru so chinh phu")) == 1
    assert len(corpus.find_events(location="Hồ Chí Minh")) == 1
    assert len(corpus.find_events(name="Kinh tế số")) == 1
    assert len(corpus.find_events(main=True)) == 3
    assert len(corpus.find_events(kind="diễn đàn", chair="Chính", since=2025)) == 1


def test_documents_by_kind_issuer_code() -> None:
    corpus = sample_corpus()
    assert len(corpus.find_resolutions(kind="nghị quyết")) == 2
    assert len(corpus.find_resolutions(kind=DocumentKind.PROJECT)) == 1
    assert len(corpus.find_resolutions(code="57-NQ/TW")) == 1
    assert len(corpus.find_resolutions(code="57 nq tw")) == 1
    assert len(corpus.find_resolutions(code="57-NQ")) == 1
    assert len(corpus.find_resolutions(code="5")) == 0
    assert len(corpus.find_resolutions(issuer="Bộ Chính trị")) == 2
    # The issuer is read from the code too: TW is the Party Central Committee.
    assert len(corpus.find_resolutions(issuer="TW")) == 2
    assert len(corpus.find_resolutions(name="Đề án 06")) == 1
    assert len(corpus.find_resolutions(year=2019)) == 1


def test_filters_combine() -> None:
    corpus = sample_corpus()
    both = corpus.find_events(kind="forum", year=2025)
    assert [e.date for e in both] == [dt.date(2025, 12, 20)]
    assert corpus.find_events(kind="forum", location="Trụ sở Chính phủ") == ()


def test_three_lines_answer_the_readme_question() -> None:
    c = load_corpus()
    directives = c.find_directives(issuer="Thủ tướng")
    targets = c.find_targets(due_by=2030)
    assert isinstance(directives, ResultSet)
    assert all(t.year is not None and t.year <= 2030 for t in targets)


# -- search ----------------------------------------------------------------------------


def test_search_finds_entities_then_articles() -> None:
    corpus = sample_corpus()
    hits = corpus.search("chuyen doi so")
    kinds = [hit.kind for hit in hits]
    assert kinds == sorted(
        kinds, key=["official", "resolution", "event", "directive", "target", "article"].index
    )
    article_hits = [hit for hit in hits if hit.kind == "article"]
    assert [hit.id for hit in article_hits] == ["f2021", "c2024", "f2025"]
    for hit in article_hits:
        assert hit.span is not None
        assert hit.span.reads(corpus[hit.id].text)
        assert hit.count >= 1
    c2024 = next(hit for hit in article_hits if hit.id == "c2024")
    assert c2024.count == CONFERENCE_COUNT


CONFERENCE_COUNT = 3  # "chuyển đổi số" thrice in the 2024 text


def test_search_by_code_and_name_and_kinds() -> None:
    corpus = sample_corpus()
    hits = corpus.search("57-NQ/TW", kinds=["resolution"])
    assert [hit.id for hit in hits] == ["resolution:57-nq-tw"]
    assert hits[0].item is corpus.resolutions[1]
    officials = corpus.search("manh hung", kinds=["official"])
    assert [hit.label for hit in officials] == [HUNG]
    assert len(corpus.search("chuyển đổi số", limit=2)) == 2
    assert corpus.search("") == ()
    assert corpus.search("—") == ()
    assert corpus.search("x", limit=0) == ()
    with pytest.raises(QueryError):
        corpus.search("x", kinds=["person"])


def test_search_reports_spans_into_decomposed_text() -> None:
    text = unicodedata.normalize("NFD", "Thúc đẩy chuyển đổi số quốc gia.")
    corpus = Corpus([Article(id="nfd", text=text)])
    (hit,) = search(corpus, "CHUYỂN ĐỔI SỐ")
    assert hit.span is not None
    assert text[hit.span.start : hit.span.end] == hit.span.text
    assert unicodedata.normalize("NFC", hit.span.text) == "chuyển đổi số"


def test_search_matches_whole_words_only() -> None:
    corpus = Corpus([Article(id="a", text="Số hóa và chuyển đổi số.")])
    assert search(corpus, "so hoa")
    assert not search(corpus, "so ho")
    assert not search(corpus, "uyen doi")


@settings(max_examples=50)
@given(st.text(max_size=60))
@example("9" * 5000)
@example("/" * 5000)
@example("1/" * 3000)
@example(" - " * 3000)
@example("“" * 3000)
@example("a" + "\u0301" * 3000)
def test_search_never_raises(query: str) -> None:
    corpus = sample_corpus()
    hits = corpus.search(query)
    for hit in hits:
        assert isinstance(hit, SearchHit)
        if hit.span is not None:
            assert hit.span.reads(corpus[hit.id].text)


@given(st.text(max_size=200))
@example("9" * 5000)
@example("1/" * 3000)
def test_search_over_arbitrary_articles(text: str) -> None:
    corpus = Corpus([Article(id="a", text=text)])
    for query in ("chuyen doi so", "9 9", "a"):
        for hit in corpus.search(query):
            assert hit.span is not None
            assert hit.span.reads(text)


_SEARCH_ALPHABET = st.sampled_from(
    [*"aăâeêđdoôơuưĐÁÀẢẠẤậNnQqTt57 -/,.K", "\u0301", "\u0302", "\u0323", "\u212a"]
)


@given(
    st.text(alphabet=_SEARCH_ALPHABET, max_size=60),
    st.sampled_from(["a", "d o", "57 nq", "ang", "da", "k", "t 5", "ươ"]),
)
@example("Đa dạng", "da")
@example("o\u0302\u0301 a", "a")
@example("\u212a", "k")
def test_searching_the_text_agrees_with_searching_its_folded_form(text: str, query: str) -> None:
    words = _words(query)
    direct, on_folded = _search_pattern(words)
    assert not on_folded
    via_folding = regex.compile(
        _START
        + _BETWEEN.join("".join(regex.escape(c) + r"\p{M}*+" for c in word) for word in words)
        + _END
    )
    assert [m.span() for m in direct.finditer(text)] == [
        m.span() for m in via_folding.finditer(fold_aligned(text))
    ]


def test_queries_beyond_latin_search_the_folded_text() -> None:
    corpus = Corpus([Article(id="ru", text="Встреча в Москве, Йошкар-Ола.")])
    (hit,) = corpus.search("йошкар ола")
    assert hit.span is not None
    assert hit.span.text == "Йошкар-Ола"
    assert _search_pattern(_words("йошкар"))[1]


@pytest.mark.parametrize("junk", ADVERSARIAL)
def test_filters_on_adversarial_input_return_or_raise_query_error(junk: str) -> None:
    corpus = sample_corpus()
    for call in (
        lambda: corpus.find_officials(name=junk, title=junk),
        lambda: corpus.find_events(location=junk, chair=junk, name=junk),
        lambda: corpus.find_directives(issuer=junk, label=junk, text=junk),
        lambda: corpus.find_targets(subject=junk, unit=junk),
        lambda: corpus.find_resolutions(code=junk, issuer=junk, name=junk),
        lambda: corpus.find_events(since=junk),
        lambda: corpus.find_events(kind=junk),
    ):
        with contextlib.suppress(QueryError):
            assert isinstance(call(), ResultSet)


@given(st.text(max_size=40))
def test_filters_on_arbitrary_text_return_or_raise_query_error(text: str) -> None:
    corpus = sample_corpus()
    try:
        found = corpus.find_events(location=text, kind=None)
    except QueryError:
        return
    assert all(e.location is not None for e in found)


# -- result sets -----------------------------------------------------------------------


def test_result_sets_slice_repr_and_export() -> None:
    corpus = sample_corpus()
    officials = corpus.officials
    assert isinstance(officials[:2], ResultSet)
    assert isinstance(officials[0], Official)
    assert repr(officials).startswith("<ResultSet of 4 Official: Phạm Minh Chính, ")
    assert len(repr(corpus.events)) < 300
    assert repr(ResultSet()) == "<ResultSet of 0 results>"
    assert "results" in repr(ResultSet([officials[0], corpus.events[0]]))
    data = json.loads(officials.to_json())
    assert [o["name"] for o in data] == [o.name for o in officials]
    lines = officials.to_jsonl().splitlines()
    assert [Official.model_validate_json(line) for line in lines] == list(officials)
    assert "<table" in officials._repr_html_()


def test_free_functions_work_on_plain_lists() -> None:
    official = Official(
        id="official:x", name="Vũ Việt Văn", positions=(Position(title="Thủ tướng"),)
    )
    assert find_officials([official], title="thu tuong") == (official,)
    event = forum_2021().events[0]
    assert find_events([event], kind="dien dan", year=2021) == (event,)
