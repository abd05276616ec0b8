"""The public models: validation, immutability, JSON round-trips, JSON Schema, spans."""

from __future__ import annotations

import datetime as dt
import json

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies.models import articles, spans_in, texts
from vn_digital_policy.enums import DocumentKind, EventKind, TargetKind
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

ALL_MODELS = (
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


@given(articles())
def test_article_json_round_trip(article: Article) -> None:
    again = Article.model_validate_json(article.model_dump_json())
    assert again == article
    assert again.model_dump_json() == article.model_dump_json()


@given(articles())
def test_python_mode_round_trip(article: Article) -> None:
    assert Article.model_validate(article.model_dump()) == article


@given(articles())
def test_every_span_reads_the_text(article: Article) -> None:
    for span in article.spans():
        assert article.text[span.start : span.end] == span.text


@given(st.data(), texts)
def test_span_invariant(data: st.DataObject, text: str) -> None:
    span = data.draw(spans_in(text))
    assert span.reads(text)
    assert Span.model_validate_json(span.model_dump_json()) == span


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [(0, 3, "ab"), (5, 2, ""), (-1, 1, "ab"), (0, 1, "ab")],
)
def test_span_rejects_inconsistent_offsets(start: int, end: int, text: str) -> None:
    with pytest.raises(pydantic.ValidationError):
        Span(start=start, end=end, text=text)


def test_article_rejects_evidence_that_does_not_read_its_text() -> None:
    bad = Official(id="official:x", name="X", mentions=(Span(start=0, end=3, text="abc"),))
    with pytest.raises(pydantic.ValidationError, match="does not read the text"):
        Article(id="a", text="xyz", officials=(bad,))


def test_models_are_frozen() -> None:
    span = Span.of("abc", 0, 1)
    with pytest.raises(pydantic.ValidationError):
        span.start = 1  # type: ignore[misc]


def test_unknown_fields_and_loose_types_are_rejected() -> None:
    with pytest.raises(pydantic.ValidationError):
        Organization(id="org:x", name="X", colour="red")  # type: ignore[call-arg]
    with pytest.raises(pydantic.ValidationError):
        Event(id="e", kind="diễn đàn")  # type: ignore[arg-type]  # strict: enum, not str
    # From JSON, the Vietnamese value is the enum's representation.
    event = Event.model_validate_json('{"id": "e", "kind": "diễn đàn"}')
    assert event.kind is EventKind.FORUM


def test_enum_values_are_vietnamese_terms_in_json() -> None:
    resolution = Resolution(id="r", kind=DocumentKind.CONCLUSION, name="Kết luận 36")
    data = json.loads(resolution.model_dump_json())
    assert data["kind"] == "kết luận"


def test_titles_are_the_distinct_position_titles() -> None:
    official = Official(
        id="official:pham-minh-chinh",
        name="Phạm Minh Chính",
        positions=(
            Position(title="Thủ tướng Chính phủ", observed=dt.date(2024, 7, 19)),
            Position(title="Thủ tướng Chính phủ", observed=dt.date(2025, 12, 20)),
            Position(title="Chủ tịch Ủy ban Quốc gia về chuyển đổi số"),
        ),
    )
    assert official.titles == ["Thủ tướng Chính phủ", "Chủ tịch Ủy ban Quốc gia về chuyển đổi số"]
    assert Official.model_validate_json(official.model_dump_json()) == official


def test_directive_flags_a_miscount_and_keeps_every_item() -> None:
    text = "a; b; c; d; e; f"
    items = tuple(
        DirectiveItem(text=part, evidence=Span.of(text, i * 3, i * 3 + 1))
        for i, part in enumerate("abcdef")
    )
    directive = Directive(id="d", label="5 đẩy mạnh", count=5, items=items, content=text)
    assert directive.count_mismatch
    assert len(directive.items) == 6
    assert json.loads(directive.model_dump_json())["count_mismatch"] is True
    fewer = Directive(id="d", label="5 đẩy mạnh", count=5, items=items[:5], content=text)
    assert not fewer.count_mismatch
    # The flag is derived: JSON that claims otherwise is corrected on read.
    forged = fewer.model_dump_json().replace('"count_mismatch":false', '"count_mismatch":true')
    assert not Directive.model_validate_json(forged).count_mismatch


def test_target_value_is_a_float() -> None:
    target = Target(id="t", kind=TargetKind.QUANTIFIED, text="100%", value=100.0, unit="%")
    assert Target.model_validate_json('{"id":"t","kind":"định lượng","text":"100%","value":100}')
    assert target.value == 100.0


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda m: m.__name__)
def test_json_schema_is_exported(model: type[pydantic.BaseModel]) -> None:
    for mode in ("validation", "serialization"):
        schema = model.model_json_schema(mode=mode)
        assert schema["type"] == "object"
        assert schema["title"] == model.__name__
        json.dumps(schema)  # serialisable


def test_public_models_have_docstrings_with_examples() -> None:
    for model in ALL_MODELS:
        assert model.__doc__
        assert ">>>" in model.__doc__, model.__name__


@pytest.mark.parametrize(("value", "value_max"), [(65.0, 60.0), (None, 65.0)])
def test_a_range_needs_a_low_end_below_its_high_end(value: float | None, value_max: float) -> None:
    with pytest.raises(pydantic.ValidationError, match="range high end"):
        Target(id="t", kind=TargetKind.QUANTIFIED, text="x", value=value, value_max=value_max)
