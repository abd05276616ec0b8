"""Tests for vn_digital_policy.extract.bylines: bylines, credits, page furniture, headline."""

from __future__ import annotations

import datetime as dt
import json
import pathlib

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from strategies.officials import ADVERSARIAL, spelling_variants
from vn_digital_policy.extract.bylines import Bylines, extract_bylines
from vn_digital_policy.extract.document import Document
from vn_digital_policy.extract.officials import extract_officials
from vn_digital_policy.text import fold

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
BODY = "Sáng 6/12, Thủ tướng Chính phủ Phạm Minh Chính dự và chủ trì Diễn đàn."


def bylines(text: str) -> Bylines:
    return extract_bylines(Document.read(text, published=dt.date(2024, 7, 19)))


def credited(text: str) -> list[str]:
    """The texts of the spans other extractors must skip."""
    doc = Document.read(text, published=None)
    return [doc.text[a:b] for a, b in extract_bylines(doc).spans]


def assert_well_formed(doc: Document, found: Bylines) -> None:
    previous = 0
    for start, end in found.spans:
        assert previous <= start < end <= len(doc.text)
        previous = end
    if found.title is not None:
        assert found.title in doc.text.split("\n")


# ---------------------------------------------------------------------------------------------
# Seeds
# ---------------------------------------------------------------------------------------------


def seed_records() -> list[dict[str, object]]:
    metadata = json.loads((SEEDS / "metadata.json").read_text(encoding="utf-8"))
    return list(metadata["articles"])


@pytest.mark.parametrize("record", seed_records(), ids=lambda r: str(r["id"]))
def test_seed_bylines_and_headlines(record: dict[str, object]) -> None:
    text = (SEEDS / str(record["file"])).read_text(encoding="utf-8")
    doc = Document.read(text, published=None)
    found = extract_bylines(doc)
    assert_well_formed(doc, found)
    assert found.title == record["title"]
    assert list(found.authors) == record["authors"]
    assert found.url == record["url"]
    names = {fold(o.name) for o in extract_officials(doc)}
    assert not names & {fold(a) for a in found.authors}


def test_seed_publishers_as_written() -> None:
    publishers = {}
    for record in seed_records():
        text = (SEEDS / str(record["file"])).read_text(encoding="utf-8")
        publishers[record["id"]] = bylines(text).publisher
    assert publishers == {
        "s000": None,
        "s001": "baochinhphu.vn",
        "s002": None,
        "s003": None,
        "s004": "QĐND",
    }


# ---------------------------------------------------------------------------------------------
# Shapes of bylines and credits
# ---------------------------------------------------------------------------------------------

ENDINGS = [
    ("Thanh Nga", ("Thanh Nga",), None, None),
    ("Minh Anh (TTXVN)", ("Minh Anh",), "TTXVN", None),
    ("Minh Đức (Báo Quảng Ninh)", ("Minh Đức",), "Báo Quảng Ninh", None),
    ("Theo Huy Thắng/baochinhphu.vn", ("Huy Thắng",), "baochinhphu.vn", None),
    ("(Theo VnExpress)", (), "VnExpress", None),
    ("Theo VGP", (), "VGP", None),
    ("Nguồn: https://mst.gov.vn/tin-tuc-1.htm", (), None, "https://mst.gov.vn/tin-tuc-1.htm"),
    (
        "TTXVN\n\nNguồn QĐND: https://www.qdnd.vn/a-786010",
        ("TTXVN",),
        "QĐND",
        "https://www.qdnd.vn/a-786010",
    ),
    ("Nhóm PV", ("Nhóm PV",), None, None),
    ("PV", ("PV",), None, None),
    ("Thanh Hà - Đức Minh", ("Thanh Hà", "Đức Minh"), None, None),
    ("Bài và ảnh: Thu Hà", ("Thu Hà",), None, None),
    (
        "Vân Anh\n\nTrả lời\n\nEmail của bạn sẽ không được hiển thị công khai.",
        ("Vân Anh",),
        None,
        None,
    ),
    ("Ảnh: VGP/Nhật Bắc\n\nHồng Nhung", ("Hồng Nhung",), None, None),
    ("Hữu Thắng (TTXVN/Vietnam+)", ("Hữu Thắng",), "TTXVN/Vietnam+", None),
    ("T.Hằng - Q. Hương", ("T.Hằng", "Q. Hương"), None, None),
    ("Thu Hằng - Minh Quân (Ban Thời sự)", ("Thu Hằng", "Minh Quân"), None, None),
    ("PV (tổng hợp)", ("PV",), None, None),
    ("Theo Báo Tin tức", (), "Báo Tin tức", None),
]


@pytest.mark.parametrize(("ending", "authors", "publisher", "url"), ENDINGS)
def test_endings(
    ending: str, authors: tuple[str, ...], publisher: str | None, url: str | None
) -> None:
    text = f"Diễn đàn cấp cao về công nghiệp 4.0\n\n{BODY}\n\n{ending}"
    found = bylines(text)
    assert (found.authors, found.publisher, found.url) == (authors, publisher, url)
    assert found.title == "Diễn đàn cấp cao về công nghiệp 4.0"
    skipped = credited(text)
    for line in ending.split("\n\n"):
        assert line in skipped


@pytest.mark.parametrize(
    "last",
    [
        "Các đại biểu tham dự diễn đàn tại điểm cầu tỉnh Phú Thọ.",
        "Quang cảnh hội nghị",
        "Phó Thủ tướng Trần Hồng Hà phát biểu",
        "Theo Thủ tướng, chuyển đổi số là động lực chính để phát triển.",
        "Nguồn lực bắt nguồn từ tư duy",
    ],
)
def test_body_lines_are_not_bylines(last: str) -> None:
    found = bylines(f"{BODY}\n\n{last}")
    assert found.authors == ()
    assert found.publisher is None
    assert last not in credited(f"{BODY}\n\n{last}")


def test_furniture_and_credits_inside_the_article() -> None:
    text = (
        "Đường dây nóng hỗ trợ 1900 54 54 81\n\n"
        "Thứ Hai, 06/12/2021 09:39\n\n"
        "Hội nghị chuyên đề về chuyển đổi số\n\n"
        "(Chinhphu.vn) - Sáng 6/12, Thủ tướng chủ trì hội nghị.\n\n"
        "Thủ tướng phát biểu tại hội nghị. Ảnh: VGP/Nhật Bắc\n\n"
        "Quang cảnh hội nghị (Ảnh minh họa)\n\n"
        "Bình luận\n\nChia sẻ"
    )
    found = bylines(text)
    assert found.title == "Hội nghị chuyên đề về chuyển đổi số"
    assert found.publisher == "Chinhphu.vn"
    assert found.authors == ()
    assert credited(text) == [
        "Đường dây nóng hỗ trợ 1900 54 54 81",
        "Thứ Hai, 06/12/2021 09:39",
        "(Chinhphu.vn) - ",
        "Ảnh: VGP/Nhật Bắc",
        "(Ảnh minh họa)",
        "Bình luận",
        "Chia sẻ",
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"{BODY}\n\nThanh Nga", None),  # the first line is a sentence
        ("Diễn đàn cấp cao về công nghiệp 4.0", None),  # nothing follows it
        (
            "Thủ tướng: Chuyển đổi số là yêu cầu tất yếu\n" + BODY,
            "Thủ tướng: Chuyển đổi số là yêu cầu tất yếu",
        ),
        (
            "Quảng Ninh: Khai mạc Ngày hội Chuyển đổi số?\n\n" + BODY,
            "Quảng Ninh: Khai mạc Ngày hội Chuyển đổi số?",
        ),
        ("x" * 250 + "\n\n" + BODY, None),  # too long for a headline
    ],
)
def test_headline(text: str, title: str | None) -> None:
    assert bylines(text).title == title


# ---------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------


@given(st.text(max_size=300))
@example("Theo \n\n(Theo )")
@example("Ảnh:\n(Ảnh: )")
def test_never_raises_and_spans_are_ordered(text: str) -> None:
    doc = Document.read(text, published=None)
    assert_well_formed(doc, extract_bylines(doc))


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda s: repr(s[:12]))
def test_adversarial_input_finishes(text: str) -> None:
    doc = Document.read(text, published=None)
    assert_well_formed(doc, extract_bylines(doc))


@given(
    st.sampled_from([e for e, *_ in ENDINGS]).flatmap(
        lambda ending: spelling_variants(f"Diễn đàn về chuyển đổi số\n\n{BODY}\n\n{ending}")
    )
)
def test_spelling_does_not_change_bylines(text: str) -> None:
    plain = bylines(Document.read(text, published=None).text)
    found = bylines(text)
    assert (found.authors, found.publisher, found.url, found.title) == (
        plain.authors,
        plain.publisher,
        plain.url,
        plain.title,
    )
