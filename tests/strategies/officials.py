"""Hypothesis strategies for officials and bylines (vn_digital_policy.extract.officials/bylines).

``official_sentences()`` draws a news sentence naming one person in one of the shapes the
press uses (title before the name, apposition after it with "," / " - " / "(...)", an
honorific first), together with the name and the title written in it. ``eponym_sentences()``
draws a sentence where the same kind of name only names a place or an institution ("đường
Lê Văn Hùng", "Trường THPT Nguyễn Thị Lan"): no official may come out of it.
``spelling_variants()`` rewrites a text the ways real input differs (NFD, the "new" tone
style "hoá"/"Uỷ", both); extraction must not care. ``ADVERSARIAL`` lists long, repetitive
strings that must not make any regex backtrack for long.
"""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

from vn_digital_policy._data import read_table
from vn_digital_policy.text import normalize, set_tone_style

#: Places whose names read like a person's ("Lương Sơn", "Hà Nam"): never drawn as names.
PLACES = frozenset(
    normalize(name)
    for name, _abbreviation, kind, _note in read_table("organizations.tsv", columns=4)
    if kind in {"locality", "locality-prefixed", "country"}
)

# Family names that never start a place name of the lexicon ("Hà Giang", "Cao Bằng").
SURNAMES = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Ngô",
    "Dương",
    "Đinh",
    "Lương",
    "Trịnh",
    "Đoàn",
)
MIDDLE = ("Văn", "Thị", "Minh", "Đức", "Quốc", "Thanh", "Hữu", "Xuân", "Ngọc", "Công", "Thu")
GIVEN = (
    "Hùng",
    "Dũng",
    "Tuấn",
    "Lan",
    "Hương",
    "Thắng",
    "Bình",
    "Long",
    "Sơn",
    "Nam",
    "Trung",
    "Hải",
    "Phong",
    "Tâm",
    "Hòa",
    "Thủy",
    "Khoa",
    "Vinh",
    "Linh",
    "Quyết",
)
#: Titles as written in the press, with their bodies.
TITLES = (
    "Bộ trưởng Bộ Khoa học và Công nghệ",
    "Thứ trưởng Bộ Tài chính",
    "Chủ tịch UBND tỉnh",
    "Phó Chủ tịch UBND tỉnh Quảng Ninh",
    "Phó Chủ tịch Thường trực UBND tỉnh",
    "Bí thư Tỉnh ủy",
    "Phó Bí thư Thường trực Thành ủy",
    "Giám đốc Sở Thông tin và Truyền thông",
    "Phó Thủ tướng Chính phủ",
    "Trưởng Ban Kinh tế Trung ương",
    "Cục trưởng Cục Chuyển đổi số quốc gia",
    "Ủy viên Ban Thường vụ Tỉnh ủy",
    "Tổng Giám đốc Tập đoàn Bưu chính Viễn thông Việt Nam",
    "Phó Giám đốc Sở Nội vụ",
    "Vụ trưởng Vụ Pháp chế",
    "Viện trưởng Viện Chiến lược Thông tin và Truyền thông",
    "Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội",
    "Chánh Văn phòng UBND tỉnh",
    "Thứ trưởng Bộ TT&TT",
    "Chủ tịch HĐND thành phố Hải Phòng",
)
HONORIFICS = ("đồng chí", "ông", "bà", "TS.", "PGS.TS", "Thượng tướng")
ENDINGS = (
    "cho biết, năm 2024 tỉnh sẽ hoàn thành số hóa hồ sơ.",
    "phát biểu tại hội nghị.",
    "chủ trì buổi làm việc.",
    "nhấn mạnh vai trò của dữ liệu số.",
)
#: Nouns after which a capitalised name names a place or an institution.
EPONYM_HEADS = (
    "đường",
    "phố",
    "Trường THPT",
    "Trường Đại học",
    "tư tưởng",
    "Giải thưởng",
    "Bệnh viện",
    "Đại lộ",
)

#: Long repetitive strings; extraction must finish on each without backtracking for long.
ADVERSARIAL = (
    "9" * 5000,
    "/" * 5000,
    "1/" * 3000,
    " - " * 3000,
    "“" * 3000,
    "Nguyễn " * 3000,
    "Nguyễn Văn " * 2000,
    "Phó Chủ tịch " * 2000,
    "Phó Chủ tịch UBND tỉnh, " * 1000,
    "ông " * 3000,
    "đồng chí Nguyễn Văn Hùng, " * 800,
    "Bộ trưởng Bộ Khoa học và Công nghệ " * 800,
    ", " * 5000,
    "H'" * 3000,
    "Ủy viên " * 2500,
    "(" * 3000 + ")" * 3000,
    "Trưởng Ban Chỉ đạo chuyển đổi số tỉnh " * 600,
    "đường " * 3000,
    "A " * 5000,
    "\n" * 5000,
    "Thanh Nga\n\n" * 2000,
    "Theo " * 3000,
    "Ảnh: " * 3000,
)


@st.composite
def person_names(draw: st.DrawFn) -> str:
    """A Vietnamese full name of two to four syllables ("Trần Hùng", "Nguyễn Thị Thu Lan")."""
    surname = draw(st.sampled_from(SURNAMES))
    middles = draw(st.lists(st.sampled_from(MIDDLE), min_size=0, max_size=2, unique=True))
    given = draw(st.sampled_from(GIVEN))
    name = " ".join([surname, *middles, given])
    if name in PLACES:
        name = f"{surname} Văn {given}"
    return name


@st.composite
def official_sentences(draw: st.DrawFn) -> tuple[str, str, str]:
    """A sentence naming one person with one title: ``(text, name, title)``."""
    name = draw(person_names())
    title = draw(st.sampled_from(TITLES))
    ending = draw(st.sampled_from(ENDINGS))
    honorific = draw(st.sampled_from(HONORIFICS))
    shape = draw(st.integers(min_value=0, max_value=4))
    if shape == 0:
        text = f"{title} {name} {ending}"
    elif shape == 1:
        text = f"Tại hội nghị, {honorific} {name}, {title} {ending}"
    elif shape == 2:
        text = f"Dự có {honorific} {name} - {title}; lãnh đạo các sở, ngành."
    elif shape == 3:
        text = f"Theo {honorific} {name} ({title}), dữ liệu số là tài nguyên mới."
    else:
        text = f"Chiều 5/3, {honorific} {title} {name} {ending}"
    return text, name, title


@st.composite
def eponym_sentences(draw: st.DrawFn) -> str:
    """A sentence where a person-like name only names a place or an institution."""
    name = draw(person_names())
    head = draw(st.sampled_from(EPONYM_HEADS))
    return f"Lễ ra mắt diễn ra tại {head} {name}, thu hút đông đảo người dân."


def spelling_variants(text: str) -> st.SearchStrategy[str]:
    """The same text as NFD, in the new tone style ("hoá", "Uỷ"), or both."""
    new = set_tone_style(text, "new")
    return st.sampled_from(
        (
            text,
            unicodedata.normalize("NFD", text),
            new,
            unicodedata.normalize("NFD", new),
        )
    )
