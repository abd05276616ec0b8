"""Hypothesis strategies for vn_digital_policy.numbers: numbers, spellings, news text, junk."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from hypothesis import strategies as st

from vn_digital_policy.numbers import number_to_words

#: Integers number_to_words reads (0 .. 10**12 is the required range, up to 10**18 works).
word_integers = st.integers(min_value=0, max_value=10**12)
big_word_integers = st.integers(min_value=0, max_value=10**18 - 1)
roman_integers = st.integers(min_value=1, max_value=3999)
#: Strings of Roman letters, canonical or not ("IIII", "VX", "IC", "MCMXCIV").
roman_letters = st.text(alphabet="IVXLCDM", min_size=1, max_size=9)

#: Integers and decimals (up to three fractional digits) for format_number round trips.
vn_integers = st.integers(min_value=-(10**30), max_value=10**30)
vn_decimals = st.decimals(
    min_value=Decimal(-(10**12)),
    max_value=Decimal(10**12),
    places=3,
    allow_nan=False,
    allow_infinity=False,
).map(float)

#: Word-by-word alternatives parse_number must accept besides the canonical reading.
_ALTERNATIVES = {
    "nghìn": ("ngàn",),
    "tỷ": ("tỉ",),
    "tư": ("bốn",),
    "linh": ("lẻ",),
    "lăm": ("nhăm", "năm"),
    "bảy": ("bẩy",),
    "mốt": ("một",),
}


@st.composite
def respelled(draw: st.DrawFn, n: int) -> str:
    """``number_to_words(n)`` with each word possibly replaced by a regional/colloquial form."""
    out = []
    for word in number_to_words(n).split():
        choices = (word, *_ALTERNATIVES.get(word, ()))
        out.append(draw(st.sampled_from(choices)))
    return " ".join(out)


#: Old ("hóa") and new ("hoá") tone placement, and NFD, must read the same.
_NEW_STYLE = {
    "óa": "oá",
    "òa": "oà",
    "ỏa": "oả",
    "õa": "oã",
    "ọa": "oạ",
    "úy": "uý",
    "ủy": "uỷ",
    "ùy": "uỳ",
}


def new_tone_style(text: str) -> str:
    """Move final oa/uy tones to the second vowel ("khóa" -> "khoá"), as some outlets write."""
    for old, new in _NEW_STYLE.items():
        text = text.replace(old + " ", new + " ").replace(old + ",", new + ",")
        if text.endswith(old):
            text = text[: -len(old)] + new
    return text


def nfd(text: str) -> str:
    """The decomposed form, as some CMSs and PDF extractors emit it."""
    return unicodedata.normalize("NFD", text)


#: Real sentences from Vietnamese government and Party news (seed articles and the
#: brief), each with the (text, value) pairs find_numbers must return.
NEWS: tuple[tuple[str, tuple[tuple[str, int | float], ...]], ...] = (
    ("Phát huy thế mạnh về hơn 13.000 điểm giao dịch", (("13.000", 13000),)),
    ("dự kiến thu hút hơn 2.000 đại biểu trong nước và quốc tế", (("2.000", 2000),)),
    ("tới 63 tỉnh, thành phố và 32 điểm cầu quốc tế", (("63", 63), ("32", 32))),
    ("đến năm 2025, kinh tế số chiếm 20% GDP", (("2025", 2025), ("20%", 20))),
    ("đạt mục tiêu tăng trưởng GDP hai con số giai đoạn 2026-2030", (("hai con số", 10),)),
    ("chào mừng Đại hội Đảng toàn quốc lần thứ XIV", (("thứ XIV", 14),)),
    ("Diễn đàn quốc gia phát triển kinh tế số lần thứ ba", (("thứ ba", 3),)),
    ("Quốc hội khóa XV đã thông qua", (("XV", 15),)),
    ("nền kinh tế số quy mô 1,5 triệu tỷ đồng", (("1,5 triệu tỷ", 1_500_000_000_000_000),)),
    ("bảo đảm 100% dịch vụ công trực tuyến thiết yếu", (("100%", 100),)),
    ("GDP quý III tăng 7,09% so với cùng kỳ", (("III", 3), ("7,09%", 7.09))),
    ("xuất khẩu điện tử đạt khoảng 30 tỷ USD", (("30 tỷ", 30_000_000_000),)),
    ("Trong tháng 11, sẽ có chuỗi 10 phiên hội thảo chuyên đề", (("11", 11), ("10", 10))),
    ("chiến lược đến năm 2030, tầm nhìn đến năm 2045", (("2030", 2030), ("2045", 2045))),
    ("Năm nay, diễn đàn nhằm cung cấp bức tranh toàn cảnh", ()),
    ("trong năm 2022 trình Ban Chấp hành Trung ương", (("2022", 2022),)),
    ("Diễn đàn là sự kiện thường niên, tổ chức hằng năm", ()),
    ("Sáng 6/12, Ban Kinh tế Trung ương tổ chức Diễn đàn cấp cao công nghiệp 4.0", (("4.0", 4),)),
    ("thực hiện Nghị quyết 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị", ()),
    ("Sáng 19-7, Thủ tướng chủ trì hội nghị; Tổ Công tác Đề án 06", ()),
    ("Đường dây nóng hỗ trợ   1900 54 54 81", ()),
    ("hậu Covid-19 và giai đoạn 2021-2024", ()),
    ("trình Hội nghị Trung ương 6 khóa XIII", (("6", 6), ("XIII", 13))),
    ("dựa trên 3 nội lực là con người, thiên nhiên và văn hóa", (("3", 3),)),
    ("với “5 trọng tâm”: phát triển nhân lực số", (("5", 5),)),
    ("tập trung vào 3 nhóm vấn đề trọng tâm", (("3", 3),)),
    ("xây dựng một nghị quyết mới của Trung ương", ()),
    ("lãnh đạo một số sở, ban, ngành", ()),
    ("hai phạm trù, hai lĩnh vực “tuy hai mà một, tuy một mà hai”", (("hai", 2),)),
    ("Cách mạng công nghiệp lần thứ tư với mong muốn", (("thứ tư", 4),)),
    ("GDP tăng 6,5-7% trong năm nay", (("6,5", 6.5), ("7%", 7))),
    ("hàng nghìn doanh nghiệp và hàng triệu người dân", ()),
    ("tỷ lệ hồ sơ trực tuyến đạt ba mươi phần trăm", (("ba mươi phần trăm", 30),)),
    ("Thứ Hai (20/5), Thủ tướng làm việc", ()),
    (
        "hai mươi năm qua, ngân sách chi hai nghìn tỷ đồng",
        (("hai mươi", 20), ("hai nghìn tỷ", 2 * 10**12)),
    ),
    ("kỷ nguyên mới của thế kỷ XXI", (("XXI", 21),)),
)

#: News-like text: a real sentence between arbitrary strings.
noisy_news = st.builds(
    lambda before, sentence, after: f"{before} {sentence[0]} {after}",
    st.text(max_size=12),
    st.sampled_from(NEWS),
    st.text(max_size=12),
)

#: Inputs that make naive regexes backtrack or loop.
ADVERSARIAL: tuple[str, ...] = (
    "9" * 20000,
    "1." * 10000,
    "1," * 10000,
    "hai mươi " * 5000,
    "I" * 10000,
    "X I " * 5000,
    "/" * 5000,
    "1/" * 3000,
    " - " * 3000,
    "“" * 3000,
    "1 " * 5000,
    "1-" * 5000,
    "một nghìn hai trăm " * 2000,
    "năm " * 5000,
    "thứ " * 5000,
    "hơn " * 5000,
    "khóa " * 3000 + "X" * 3000,
    "9" * 5000 + "%",
    "1.000" * 3000,
    "\u0301" * 5000,
    "e\u0302\u0301 " * 3000,
)
adversarial = st.sampled_from(ADVERSARIAL)
