"""Tests of ``extract_resolutions``: coded, short-numbered and named documents."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from strategies.resev import any_text, seed_texts
from strategies.text import ADVERSARIAL, new_style, to_nfd
from vn_digital_policy.enums import DocumentKind
from vn_digital_policy.extract.document import Document
from vn_digital_policy.extract.resolutions import (
    extract_resolutions,
    find_bodies,
    issuing_body_at,
    sentence_bounds,
)
from vn_digital_policy.models import Resolution
from vn_digital_policy.text import fold

PUBLISHED = dt.date(2025, 1, 10)
DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset"
OWN = Path(__file__).resolve().parent / "articles"


def read(text: str, published: dt.date | None = PUBLISHED) -> list[Resolution]:
    return extract_resolutions(Document.read(text, published=published))


def one(text: str) -> Resolution:
    found = read(text)
    assert len(found) == 1, [r.label for r in found]
    return found[0]


def labels(text: str) -> list[str]:
    return [r.label for r in read(text)]


# ---------------------------------------------------------------------------------------
# Coded documents
# ---------------------------------------------------------------------------------------


def test_code_with_date_issuer_and_quoted_title() -> None:
    r = one(
        "Hội nghị quán triệt Nghị quyết số 09-NQ/TU ngày 12/5/2022 của BTV Tỉnh ủy về "
        "“Chuyển đổi số toàn diện tỉnh Quảng Ninh đến năm 2025, định hướng đến năm 2030”."
    )
    assert str(r.code) == "09-NQ/TU"
    assert r.kind is DocumentKind.RESOLUTION
    assert r.issuer == "BTV Tỉnh ủy"
    assert r.date == dt.date(2022, 5, 12)
    assert (
        r.title == "Chuyển đổi số toàn diện tỉnh Quảng Ninh đến năm 2025, định hướng đến năm 2030"
    )


def test_comma_before_date_and_unquoted_title_ends_at_the_clause() -> None:
    r = one(
        "Nghị quyết 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa "
        "học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia đã tạo cú hích mạnh mẽ."
    )
    assert r.date == dt.date(2024, 12, 22)
    assert r.issuer == "Bộ Chính trị"
    assert r.title == (
        "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"
    )


def test_title_ends_after_the_vision_year() -> None:
    r = one(
        "Nghị quyết 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị về định hướng xây dựng chính "
        "sách phát triển công nghiệp quốc gia đến năm 2030, tầm nhìn đến năm 2045 tập trung "
        "vào việc đẩy nhanh tích hợp công nghệ thông tin."
    )
    assert r.title == (
        "định hướng xây dựng chính sách phát triển công nghiệp quốc gia đến năm 2030, "
        "tầm nhìn đến năm 2045"
    )


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        ("Thực hiện Quy định số 144-QĐ/TW của Bộ Chính trị.", "144-QĐ/TW", DocumentKind.REGULATION),
        ("Quyết định số 31-QĐ/TW của Ban Chấp hành Trung ương.", "31-QĐ/TW", DocumentKind.DECISION),
        ("Luật Giao dịch điện tử số 20/2023/QH15 có hiệu lực.", "20/2023/QH15", DocumentKind.LAW),
        ("Nghị quyết số 124/2020/QH14 của Quốc hội.", "124/2020/QH14", DocumentKind.RESOLUTION),
        ("Thông báo kết luận số 70-TB/TW của Ban Bí thư.", "70-TB/TW", DocumentKind.NOTICE),
        ("văn bản số 4912/UBND-NC của UBND tỉnh", "4912/UBND-NC", DocumentKind.OFFICIAL_LETTER),
        ("Theo Chỉ thị 05 – CT/TW của Ban Bí thư,", "05-CT/TW", DocumentKind.DIRECTIVE),
        ("Nghị Quyết số 22/NQ-TU của Tỉnh ủy Kiên Giang", "22-NQ/TU", DocumentKind.RESOLUTION),
        (
            "Thông tư số 29/2024/TT-BGDĐT quy định về dạy thêm",
            "29/2024/TT-BGDĐT",
            DocumentKind.CIRCULAR,
        ),
    ],
)
def test_the_kind_word_decides_the_kind(text: str, code: str, kind: DocumentKind) -> None:
    r = one(text)
    assert str(r.code) == code
    assert r.kind is kind
    assert r.code is not None
    assert r.code.kind in {kind, None} or kind is DocumentKind.OFFICIAL_LETTER


def test_law_name_before_its_code_is_the_name() -> None:
    r = one("Luật Giao dịch điện tử số 20/2023/QH15 có hiệu lực từ ngày 1/7/2024.")
    assert r.name == "Luật Giao dịch điện tử"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Quyết định số 749/QĐ-TTg của Thủ tướng Chính phủ phê duyệt", "Thủ tướng Chính phủ"),
        ("Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội", "Bộ Chính trị"),
        ("Nghị định 13/2023/NĐ-CP của Chính phủ về bảo vệ dữ liệu cá nhân", "Chính phủ"),
        ("Quyết định 1206/QĐ-HVTC do Bộ trưởng Bộ Tài chính ban hành", "Bộ trưởng Bộ Tài chính"),
        ("Kế hoạch số 35/KH-UBND ngày 20/02/2023 của UBND tỉnh Hà Nam,", "UBND tỉnh Hà Nam"),
        ("Nghị quyết số 11-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về", "Ban Chấp hành Đảng bộ tỉnh"),
        ("UBND tỉnh đã ban hành Kế hoạch số 176/KH-UBND về chuyển đổi số.", "UBND tỉnh"),
        ("Nghị quyết số 03/NQ-CP của Chính phủ ban hành Chương trình hành động", "Chính phủ"),
    ],
)
def test_issuer(text: str, issuer: str) -> None:
    assert read(text)[0].issuer == issuer


def test_no_issuer_is_invented_for_a_bare_party_code() -> None:
    r = one("Quán triệt Nghị quyết 52-NQ/TW trong toàn Đảng bộ.")
    assert r.issuer is None
    assert r.date is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Nghị định số 13/2023/NĐ-CP ngày 17 tháng 4 năm 2023 của Chính phủ", dt.date(2023, 4, 17)),
        ("Nghị quyết 03-NQ/CP ngày 9.1.2025 của Chính phủ", dt.date(2025, 1, 9)),
        ("Quyết định 2941/QĐ-BCT của Bộ Công Thương ngày 8/11/2023 về", dt.date(2023, 11, 8)),
        ("Nghị quyết 57-NQ/TW ban hành ngày 22/12/2024", dt.date(2024, 12, 22)),
    ],
)
def test_date_after_the_code_or_the_issuer(text: str, date: dt.date) -> None:
    assert read(text)[0].date == date


def test_title_led_by_phe_duyet_keeps_the_verb() -> None:
    r = read(
        "Quyết định số 749/QĐ-TTg ngày 3/6/2020 của Thủ tướng Chính phủ phê duyệt Chương "
        "trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030."
    )[0]
    assert r.title == (
        "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030"
    )


def test_one_record_per_code_with_every_mention() -> None:
    found = read(
        "Nghị quyết 52-NQ/TW của Bộ Chính trị về “Một số chủ trương, chính sách chủ động tham "
        "gia cuộc Cách mạng công nghiệp lần thứ 4”. Nghị Quyết 52-NQ/TW là văn bản quan "
        "trọng. Quan điểm chỉ đạo theo Nghị quyết 52-NQ/TW là chủ động. NQ 52 đặt mục tiêu."
    )
    assert len(found) == 1
    assert [m.text for m in found[0].mentions] == [
        "Nghị quyết 52-NQ/TW",
        "Nghị Quyết 52-NQ/TW",
        "Nghị quyết 52-NQ/TW",
        "NQ 52",
    ]


def test_listed_codes_share_the_kind_and_issuer() -> None:
    found = read("Theo Nghị quyết số 52-NQ/TW ngày 27/9/2019 và số 57-NQ/TW của Bộ Chính trị.")
    assert [(str(r.code), r.issuer) for r in found] == [
        ("52-NQ/TW", "Bộ Chính trị"),
        ("57-NQ/TW", "Bộ Chính trị"),
    ]
    found = read("các Công văn số 2522, 2523/UBND-VX của UBND tỉnh")
    assert [(str(r.code), r.kind) for r in found] == [
        ("2522/UBND-VX", DocumentKind.OFFICIAL_LETTER),
        ("2523/UBND-VX", DocumentKind.OFFICIAL_LETTER),
    ]


def test_numbers_sharing_one_suffix_share_its_date_issuer_and_title() -> None:
    found = read(
        "Các Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng "
        "khóa XII về sắp xếp tổ chức bộ máy."
    )
    assert [(str(r.code), r.date, r.issuer, r.title) for r in found] == [
        (
            code,
            dt.date(2017, 10, 25),
            "Ban Chấp hành Trung ương Đảng khóa XII",
            "sắp xếp tổ chức bộ máy",
        )
        for code in ("18-NQ/TW", "19-NQ/TW")
    ]


def test_an_issuer_named_before_a_list_applies_to_every_code() -> None:
    found = read(
        "Căn cứ các Quyết định của Thủ tướng Chính phủ: số 950/QĐ-TTg ngày 1/8/2018; số "
        "749/QĐ-TTg ngày 3/6/2020."
    )
    assert [(str(r.code), r.issuer, r.date) for r in found] == [
        ("950/QĐ-TTg", "Thủ tướng Chính phủ", dt.date(2018, 8, 1)),
        ("749/QĐ-TTg", "Thủ tướng Chính phủ", dt.date(2020, 6, 3)),
    ]


def test_several_issuers_and_a_title_after_them() -> None:
    r = read(
        "Thực hiện Kết luận số 127-KL/TW, ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư về "
        "triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy, Tỉnh ủy đã ban hành "
        "Kế hoạch số 355-KH/TU."
    )[0]
    assert r.issuer == "Bộ Chính trị, Ban Bí thư"
    assert r.title == "triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy"


def test_a_dated_clause_after_a_comma_ends_the_title() -> None:
    r = one(
        "Bộ cần trình Chính phủ dự thảo sửa đổi Nghị định 72/2013/NĐ-CP về quản lý, cung cấp, "
        "sử dụng dịch vụ Internet và thông tin trên mạng, hoàn thành trong quý II/2024."
    )
    assert r.title == "quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng"


def test_laws_listed_in_one_sentence_are_separate() -> None:
    assert labels(
        "Chính phủ thảo luận dự án Luật Công nghiệp công nghệ số, dự án Luật Dữ liệu và dự "
        "thảo Nghị định quy định chi tiết Luật Giao dịch điện tử."
    ) == ["Luật Công nghiệp công nghệ số", "Luật Dữ liệu", "Luật Giao dịch điện tử"]


# ---------------------------------------------------------------------------------------
# Short numbers
# ---------------------------------------------------------------------------------------


def test_short_forms_merge_with_the_coded_document() -> None:
    found = read(
        "Quyết định 749 đã tạo nền tảng. Quyết định số 749/QĐ-TTg của Thủ tướng Chính phủ "
        "phê duyệt Chương trình Chuyển đổi số quốc gia. Nghị quyết 57-NQ/TW (Nghị quyết 57)."
    )
    coded = {str(r.code): r for r in found if r.code is not None}
    assert set(coded) == {"749/QĐ-TTg", "57-NQ/TW"}
    assert [m.text for m in coded["749/QĐ-TTg"].mentions] == [
        "Quyết định 749",
        "Quyết định số 749/QĐ-TTg",
    ]
    assert len(coded["57-NQ/TW"].mentions) == 2


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Tổ Công tác Đề án 06 của Chính phủ.", "Đề án 06", DocumentKind.PROJECT),
        ("Triển khai Đề án 06/CP trên toàn quốc.", "Đề án 06", DocumentKind.PROJECT),
        (
            "Chương trình MTQG 1719 được triển khai.",
            "Chương trình MTQG 1719",
            DocumentKind.PROGRAMME,
        ),
        ("theo Thông tư 29/2024 của Bộ GD&ĐT,", "Thông tư 29/2024", DocumentKind.CIRCULAR),
        ("Kết luận 127 của Bộ Chính trị nêu rõ", "Kết luận 127", DocumentKind.CONCLUSION),
        ("thực hiện quyết định 1069 của UBND tỉnh", "Quyết định 1069", DocumentKind.DECISION),
        ("Công điện số 1292 của Thủ tướng", "Công điện 1292", DocumentKind.DISPATCH),
    ],
)
def test_bare_numbers_name_a_document(text: str, name: str, kind: DocumentKind) -> None:
    r = one(text)
    assert (r.name, r.kind, r.code) == (name, kind, None)


def test_de_an_06_and_06_cp_are_one_document() -> None:
    found = read("Đề án 06/CP và Đề án 06 được triển khai đồng bộ; Đề án 06 đồng bộ, hiệu quả.")
    assert [(r.name, len(r.mentions)) for r in found] == [("Đề án 06", 3)]


def test_a_long_name_and_its_short_form_in_brackets_are_one_document() -> None:
    found = read(
        "Thủ tướng phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác "
        "thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm "
        "2030 (Đề án 06). Đề án 06 đã mang lại hiệu quả."
    )
    assert len(found) == 1
    assert found[0].name == "Đề án 06"
    assert found[0].title is not None
    assert found[0].title.endswith("tầm nhìn đến năm 2030")
    assert len(found[0].mentions) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh xây dựng kế hoạch 5 năm 2021-2025.",
        "Hội đồng quyết định 3 vấn đề lớn.",
        "Ban chỉ đạo thông báo 2 nội dung.",
        "Chương trình 2 tập trung vào nông thôn.",
    ],
)
def test_numbers_that_count_something_are_not_documents(text: str) -> None:
    assert read(text) == []


# ---------------------------------------------------------------------------------------
# Named documents
# ---------------------------------------------------------------------------------------


def test_congress_resolution_has_one_normalised_name() -> None:
    found = read(
        "góp phần triển khai thực hiện Nghị quyết Đại hội XIII của Đảng. Đồng thời thực "
        "hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và nghị quyết Đại "
        "hội Đảng toàn quốc lần thứ XIII."
    )
    assert [(r.name, len(r.mentions)) for r in found] == [("Nghị quyết Đại hội XIII", 3)]


def test_provincial_congress_and_plenum_documents_keep_their_wording() -> None:
    assert labels(
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020-2025 đã xác "
        "định. Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng. Theo Kết luận của Hội nghị "
        "Trung ương 4 khóa XIII và chỉ đạo của Thủ tướng."
    ) == [
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII",
        "Nghị quyết Trung ương 4 khóa XII",
        "Kết luận của Hội nghị Trung ương 4 khóa XIII",
    ]


def test_quoted_de_an_mentioned_twice_with_slightly_different_wording_is_one() -> None:
    found = read(
        "Tổ biên tập Đề án “Chủ trương, chính sách công nghiệp hóa, hiện đại hóa đến năm 2030, "
        "tầm nhìn đến năm 2045” tiếp thu. Diễn đàn gắn với xây dựng Đề án “Chủ trương, chính "
        "sách công nghiệp hóa, hiện đại hóa đến năm 2030, tầm nhìn 2045” trình Hội nghị "
        "Trung ương 6 khóa XIII. Đề án “Chủ trương, chính sách phát triển nông nghiệp đến "
        "năm 2030” là đề án khác."
    )
    assert [(r.kind, len(r.mentions)) for r in found] == [
        (DocumentKind.PROJECT, 2),
        (DocumentKind.PROJECT, 1),
    ]
    assert found[0].name == (
        "Chủ trương, chính sách công nghiệp hóa, hiện đại hóa đến năm 2030, tầm nhìn đến năm 2045"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Luật Chuyển đổi số được Quốc hội thông qua.", "Luật Chuyển đổi số"),
        ("Bộ Luật Lao động 2019 có hiệu lực.", "Bộ Luật Lao động 2019"),
        ("theo Luật Dữ liệu năm 2024,", "Luật Dữ liệu năm 2024"),
        (
            "Thủ tướng phê duyệt Chiến lược quốc gia về phát triển kinh tế số và xã hội số đến "
            "năm 2025, định hướng đến năm 2030 tại Quyết định 411.",
            "Chiến lược quốc gia về phát triển kinh tế số và xã hội số đến năm 2025, định "
            "hướng đến năm 2030",
        ),
        (
            "Chương trình Chuyển đổi số quốc gia, Đề án 06 được triển khai.",
            "Chương trình Chuyển đổi số quốc gia",
        ),
        (
            "Quy hoạch tỉnh Quảng Ninh thời kỳ 2021-2030, tầm nhìn đến năm 2050 được phê duyệt.",
            "Quy hoạch tỉnh Quảng Ninh thời kỳ 2021-2030, tầm nhìn đến năm 2050",
        ),
    ],
)
def test_proper_names(text: str, name: str) -> None:
    assert name in labels(text)


def test_a_law_named_with_and_without_its_year_is_one_document() -> None:
    found = read(
        "Luật Giao dịch điện tử 2023 thay thế luật cũ. Luật Giao dịch điện tử có hiệu lực."
    )
    assert [(r.name, len(r.mentions)) for r in found] == [("Luật Giao dịch điện tử 2023", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Đại hội XIII của Đảng, các nghị quyết của Quốc hội, Chính phủ đều xác định.",
        "tiếp tục xây dựng một nghị quyết mới của Trung ương về công nghiệp hóa",
        "thực hiện thành công chiến lược công nghiệp hóa, hiện đại hóa giai đoạn đến năm 2030",
        "Bưu điện đã triển khai nhiều đề án về công nghệ thông tin; các chương trình, kế hoạch",
        "hoàn thiện chiến lược cũng như kế hoạch hành động để thực hiện",
        "Trong khuôn khổ diễn đàn diễn ra lễ phát động Chương trình “Học từ làm việc thực tế”.",
        "Chương trình nhằm thúc đẩy phát triển nguồn nhân lực kinh tế số.",
        "Viện trưởng Viện Chiến lược và Chính sách khoa học và công nghệ phát biểu.",
        "Giám đốc Sở Kế hoạch và Đầu tư, Bộ Kế hoạch và Đầu tư cho biết.",
        "Luật sư Nguyễn Văn An cho biết.",
        "xây dựng Đề án trình Ban Chấp hành Trung ương vào năm 2022",
        "Chiến lược này đặt mục tiêu đến năm 2030.",
    ],
)
def test_generic_mentions_are_not_documents(text: str) -> None:
    assert read(text) == []


# ---------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("của UBND tỉnh Bà Rịa - Vũng Tàu về", "UBND tỉnh Bà Rịa - Vũng Tàu"),
        (
            "của Ban Chấp hành Trung ương Đảng khóa XIII về",
            "Ban Chấp hành Trung ương Đảng khóa XIII",
        ),
        ("của Bộ Văn hóa, Thể thao và Du lịch về", "Bộ Văn hóa, Thể thao và Du lịch"),
        ("của Tỉnh ủy Quảng Ninh về", "Tỉnh ủy Quảng Ninh"),
        (
            "của Hiệp hội Phần mềm và Dịch vụ CNTT Việt Nam tổ chức",
            "Hiệp hội Phần mềm và Dịch vụ CNTT Việt Nam",
        ),
        ("của Ban Bí thư và Thông tư 29", "Ban Bí thư"),
    ],
)
def test_issuing_body_at(text: str, body: str) -> None:
    found = issuing_body_at(text, 4)
    assert found is not None
    assert text[found[0] : found[1]] == body


def test_find_bodies_splits_a_partnership() -> None:
    text = "Bộ Khoa học và Công nghệ phối hợp với UBND tỉnh Bắc Ninh tổ chức hội thảo."
    assert [text[s:e] for s, e in find_bodies(text)] == [
        "Bộ Khoa học và Công nghệ",
        "UBND tỉnh Bắc Ninh",
    ]
    assert find_bodies(text, 50, 10) == []


def test_sentence_bounds_do_not_split_after_abbreviations() -> None:
    doc = Document.read("Tại TP. Hồ Chí Minh, TS. Nguyễn Văn An phát biểu. Hết.", published=None)
    starts, ends = sentence_bounds(doc)
    assert len(starts) == 2
    assert doc.text[starts[0] : ends[0]].endswith("phát biểu.")


# ---------------------------------------------------------------------------------------
# Scanning shortcuts: the same answers as the plain patterns
# ---------------------------------------------------------------------------------------

# Words the shortcuts look for, spaces and letters that match others in another case.
_SCAN_WORDS = st.sampled_from(
    [
        "Nghị quyết",
        "NGHỊ QUYẾT",
        "nghị\nquyết",
        "Thông báo kết luận",
        "kết luận",
        "Luật",
        "QĐ",
        "nq",
        "Bộ luật",
        "quy định",
        "Chương trình  MTQG",
        "văn bản",
        "bao",
        "Nghị",
        "ban hành",
        "BAN HÀNH",
        "đã ban\nhành",
        "phát động",
        "Ra mắt",
        "lễ phát ĐỘNG",
        "khởi xướng",
        " ",
        "  ",
        "\n",
        ",",
        "(",
        "x",
        "9",
        "İ",
        "ſ",
        "K",
        "\u00a0",
    ]
)
_SCAN_TEXT = st.lists(_SCAN_WORDS, max_size=12).map("".join)


@given(_SCAN_TEXT)
@example("Thông báo kết luận số 1")
def test_kind_words_are_found_as_one_scan_of_the_whole_tree_finds_them(text: str) -> None:
    import regex

    from vn_digital_policy.extract.resolutions import _kind_pattern, _kind_spans, _lexicon

    lowered = text.lower()
    if len(lowered) == len(text):
        surfaces = [word.surface.lower() for word in _lexicon().words.values()]
        whole_tree = regex.compile(_kind_pattern(surfaces))
        assert _kind_spans(text) == [m.span() for m in whole_tree.finditer(lowered)]


@given(_SCAN_TEXT, st.integers(0, 60), st.integers(0, 60))
def test_skipped_searches_find_nothing(text: str, start: int, end: int) -> None:
    from vn_digital_policy.extract.resolutions import (
        _ISSUED_BEFORE,
        _LAUNCH_BEFORE,
        _ends_with_launch,
        _issued_before,
    )

    assert _ends_with_launch(text) == (_LAUNCH_BEFORE.search(text) is not None)
    start = min(start, len(text))
    end = max(start, min(end, len(text)))
    found, plain = _issued_before(text, start, end), _ISSUED_BEFORE.search(text, start, end)
    assert (found and found.span()) == (plain and plain.span())


# ---------------------------------------------------------------------------------------
# Gold articles
# ---------------------------------------------------------------------------------------


def _gold_articles() -> list[Path]:
    paths = sorted(DEVSET.glob("*.json")) if DEVSET.is_dir() else []
    return paths + sorted(OWN.glob("rev_*.json"))


@pytest.mark.parametrize("path", _gold_articles(), ids=lambda p: p.stem)
def test_gold_documents(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
    found = read(path.with_suffix(".txt").read_text(encoding="utf-8"), published)
    codes = {str(r.code) for r in found if r.code is not None}
    assert codes == {d["code"] for d in gold["documents"] if d.get("code")}
    texts = [fold(" ".join(filter(None, (r.kind.value, r.name, r.title)))) for r in found]
    for doc in gold["documents"]:
        if not doc.get("code") and doc.get("name"):
            assert any(fold(doc["name"]) in t for t in texts), doc["name"]
    by_code = {str(r.code): r for r in found if r.code is not None}
    for doc in gold["documents"]:
        if doc.get("code"):
            r = by_code[doc["code"]]
            assert r.kind.value == doc["kind"]
            if doc.get("date"):
                assert r.date == dt.date.fromisoformat(doc["date"])
            if doc.get("issuer"):
                assert r.issuer == doc["issuer"] or fold(r.issuer or "") == fold(doc["issuer"])


# ---------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------


def _signature(found: list[Resolution]) -> list[tuple[object, ...]]:
    return [
        (
            r.kind,
            str(r.code) if r.code else None,
            fold(r.name or ""),
            fold(r.title or ""),
            fold(r.issuer or ""),
            r.date,
            len(r.mentions),
        )
        for r in found
    ]


@given(text=any_text())
@example(text="Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về “")
@example(text="Đề án “" * 50 + "Đề án 06 (Đề án 06 (")
@example(text="Quyết định 749 Quyết định 749/QĐ-TTg Quyết định 749")
def test_never_raises_and_every_mention_reads_the_original(text: str) -> None:
    doc = Document.read(text, published=PUBLISHED)
    found = extract_resolutions(doc)
    codes = [str(r.code) for r in found if r.code is not None]
    assert len(codes) == len(set(codes))
    known = {str(c.code) for c in doc.codes}
    for r in found:
        assert r.mentions
        assert r.code is None or str(r.code) in known or str(r.code.with_kind(None)) in known
        for span in r.mentions:
            assert span.reads(text)
        assert r.name or r.title or r.code


@settings(max_examples=20)
@given(seed=st.sampled_from(seed_texts()), variant=st.sampled_from((to_nfd, new_style)))
def test_seed_variants_give_the_same_documents(seed: str, variant: object) -> None:
    assert callable(variant)
    text = variant(seed)
    original = _signature(read(seed, dt.date(2021, 12, 6)))
    varied = read(text, dt.date(2021, 12, 6))
    assert _signature(varied) == original
    for r in varied:
        assert all(span.reads(text) for span in r.mentions)


@pytest.mark.parametrize(
    "text",
    [
        *ADVERSARIAL[:5],
        "Nghị quyết " * 3000,
        "Nghị quyết số 57-NQ/TW, " * 1000,
        "Đề án “" * 3000,
        "của UBND tỉnh " * 2000,
        "Luật " + "Giao " * 5000,
        "Ban " + "Kinh Tế " * 5000,
        "Chiến lược quốc gia về " + "phát triển, " * 3000,
    ],
    ids=lambda t: f"{t[:12]!r}x{len(t)}",
)
def test_adversarial_input_finishes(text: str) -> None:
    doc = Document.read(text, published=PUBLISHED)
    for r in extract_resolutions(doc):
        assert all(span.reads(text) for span in r.mentions)
