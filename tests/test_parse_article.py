"""``parse_article`` end to end: evidence, determinism, invariance, robustness."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vn_digital_policy import Article, parse_article, set_tone_style
from vn_digital_policy.corpus import seed_records

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
RECORDS = seed_records()


def _seed(record_id: str) -> tuple[str, dt.date | None]:
    record = next(r for r in RECORDS if r.id == record_id)
    return (SEEDS / record.file).read_text(encoding="utf-8"), record.published


def _facts(article: Article) -> dict[str, Any]:
    """What was extracted, without the offsets (which differ between input forms)."""
    return {
        "officials": [(o.name, o.titles, o.honorifics) for o in article.officials],
        "resolutions": [
            (r.kind, str(r.code) if r.code else None, r.name, r.issuer, r.date)
            for r in article.resolutions
        ],
        "events": [(e.kind, e.date, e.is_main, e.chairs, e.format) for e in article.events],
        "directives": [
            (d.issuer, d.label, d.count, [i.text for i in d.items]) for d in article.directives
        ],
        "targets": sorted({(t.value, t.unit, t.year) for t in article.targets}, key=repr),
    }


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.id)
def test_every_span_reads_the_original_text(record: Any) -> None:
    text = (SEEDS / record.file).read_text(encoding="utf-8")
    article = parse_article(text, published=record.published)
    spans = article.spans()
    assert spans
    for span in spans:
        assert text[span.start : span.end] == span.text


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.id)
@pytest.mark.parametrize("variant", ["NFD", "new-tone-style", "old-tone-style"])
def test_same_facts_for_any_normal_form_or_tone_style(record: Any, variant: str) -> None:
    text = (SEEDS / record.file).read_text(encoding="utf-8")
    if variant == "NFD":
        other = unicodedata.normalize("NFD", text)
    else:
        other = set_tone_style(text, "new" if variant == "new-tone-style" else "old")
    original = parse_article(text, published=record.published)
    changed = parse_article(other, published=record.published)
    assert _facts(changed) == _facts(original)
    for span in changed.spans():
        assert other[span.start : span.end] == span.text


def test_parsing_is_deterministic() -> None:
    text, published = _seed("s004")
    first = parse_article(text, published=published)
    assert parse_article(text, published=published) == first
    assert parse_article(text, published=published).model_dump_json() == first.model_dump_json()


def test_ids_are_stable_and_derived_from_the_text() -> None:
    text, published = _seed("s000")
    article = parse_article(text, published=published)
    assert article.id == parse_article(unicodedata.normalize("NFD", text)).id
    assert next(o.id for o in article.officials) == "official:pham-minh-chinh"


def test_a_real_sentence_gives_linked_entities() -> None:
    text = (
        "Sáng 19-7, tại Trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính chủ trì "
        "Hội nghị về chuyển đổi số. Thủ tướng yêu cầu bảo đảm 100% dịch vụ công trực tuyến "
        "thiết yếu và triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị."
    )
    article = parse_article(text, published=dt.date(2024, 7, 19))
    assert [o.name for o in article.officials] == ["Phạm Minh Chính"]
    assert article.main_event is not None
    assert article.main_event.date == dt.date(2024, 7, 19)
    (resolution,) = [r for r in article.resolutions if r.code is not None]
    assert str(resolution.code) == "57-NQ/TW"
    assert resolution.date == dt.date(2024, 12, 22)
    assert any(t.value == 100.0 and t.unit == "%" for t in article.targets)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    article = parse_article(text, published=dt.date(2024, 1, 1))
    for span in article.spans():
        assert text[span.start : span.end] == span.text


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Thủ tướng ",
                "Phạm Minh Chính",
                ", ",
                "Sáng 6/12",
                "“5 không”",
                "gồm: ",
                "; ",
                "đến năm 2030",
                "57-NQ/TW",
                "Hội nghị ",
                "100% ",
                "\n\n",
                "Uỷ ban ",
                "TP. ",
                "...",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_news_like_fragments_never_raise(text: str) -> None:
    article = parse_article(text, published=dt.date(2021, 12, 6))
    assert article.text == text


@pytest.mark.parametrize(
    "text",
    [
        "9" * 20_000,
        "1/" * 10_000,
        "Thủ tướng " * 3_000,
        "“" * 10_000,
        "." * 20_000,
        "Phạm " * 4_000,
        "Hội nghị lần thứ " * 2_000,
        " - " * 5_000,
        "5 “không”: " * 2_000,
    ],
    ids=lambda t: repr(t[:12]),
)
def test_adversarial_input_finishes(text: str) -> None:
    article = parse_article(text, published=dt.date(2024, 1, 1))
    assert article.text == text
