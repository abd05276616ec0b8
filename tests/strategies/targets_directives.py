"""Hypothesis strategies for goals (mục tiêu) and labelled instruction sets (chỉ đạo).

Each strategy builds a realistic sentence of the government press from interchangeable
parts and returns it with what a careful reader extracts from it, so tests can check
the extractors against an expectation that does not come from the extractors:

* :func:`goal_sentences` -- "Phấn đấu đến năm 2030, tỷ lệ ... đạt tối thiểu 80%." with
  the (value, unit, year) triples it states;
* :func:`past_statistics` -- descriptions of results ("Năm 2022, tỉnh đã có 1.250 doanh
  nghiệp ...") that state no quantified goal;
* :func:`labelled_sets` -- "Thủ tướng yêu cầu ... “5 đẩy mạnh”: A; B; C." with the label,
  the declared count and the number of items (which may differ from the count).
"""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

ISSUERS = (
    "Thủ tướng Chính phủ",
    "Thủ tướng",
    "Bộ trưởng Bộ Khoa học và Công nghệ",
    "Bí thư Tỉnh ủy",
    "Chủ tịch UBND tỉnh",
    "Ban Thường vụ Tỉnh ủy",
    "Đồng chí Bí thư Thành ủy",
    "Bộ Chính trị",
)
VERBS = ("yêu cầu", "đề nghị", "chỉ đạo")
ADDRESSEES = (
    "các bộ, ngành",
    "các cấp ủy, chính quyền",
    "các sở, ban, ngành",
    "các địa phương",
    "",
)
LEADS = ("thực hiện", "quán triệt", "tập trung thực hiện", "thực hiện nghiêm")
#: Heads a reader recognises as instruction labels, quoted or not.
HEADS = ("trọng tâm", "đẩy mạnh", "bảo đảm", "không", "đột phá", "nhiệm vụ trọng tâm", "tiên phong")
#: Heads that are instructions only because they are quoted.
QUOTED_HEADS = ("nhất", "rõ", "không", "sẵn sàng", "dám")
ITEMS = (
    "phát triển hạ tầng số",
    "hoàn thiện thể chế, cơ chế chính sách",
    "đào tạo nhân lực số",
    "bảo đảm an toàn thông tin mạng",
    "không để ai bị bỏ lại phía sau",
    "đẩy mạnh xây dựng chính quyền số",
    "phát triển kinh tế số, xã hội số",
    "khai thác, chia sẻ dữ liệu",
)
COUNT_WORDS = {2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy"}

SUBJECTS = (
    "tỷ lệ dịch vụ công trực tuyến toàn trình",
    "kinh tế số",
    "tỷ lệ người dân có tài khoản định danh điện tử",
    "tỷ trọng kinh tế số trong GRDP",
)
GOAL_CUES = ("Phấn đấu", "Mục tiêu", "Chỉ tiêu", "Tỉnh phấn đấu", "Thành phố đặt mục tiêu")
GOAL_VERBS = ("đạt", "chiếm", "đạt tối thiểu", "đạt trên", "đạt ít nhất")
HORIZONS = ("đến năm", "đến hết năm", "tới năm", "vào năm")
#: Counted phrases as written, and the unit a reader records: the counted noun.
COUNTED = (
    ("doanh nghiệp công nghệ số", "doanh nghiệp"),
    ("người", "người"),
    ("hộ gia đình", "hộ gia đình"),
    ("dịch vụ công trực tuyến", "dịch vụ công"),
)
PAST_LEADS = ("Năm {past}", "Năm qua", "Thời gian qua", "Hiện nay", "Tính đến nay")
PAST_VERBS = ("đã có", "đã đạt", "hiện có", "có", "đạt")


@attrs.frozen
class GoalCase:
    """A goal sentence and the (value, unit, year) triples a reader extracts from it."""

    text: str
    published_year: int
    triples: frozenset[tuple[float | None, str | None, int | None]]


@attrs.frozen
class LabelledCase:
    """A labelled instruction set and what a reader extracts from it."""

    text: str
    label: str
    count: int
    items: int


def _vietnamese_digits(value: int) -> str:
    """``value`` written the Vietnamese way: "." groups thousands."""
    return f"{value:,}".replace(",", ".")


@st.composite
def goal_sentences(draw: st.DrawFn) -> GoalCase:
    """A sentence stating a percentage or a count to reach by a future year."""
    published = draw(st.integers(2019, 2026))
    year = draw(st.integers(published, 2050))
    cue = draw(st.sampled_from(GOAL_CUES))
    horizon = draw(st.sampled_from(HORIZONS))
    if draw(st.booleans()):
        value = draw(st.integers(1, 100))
        verb = draw(st.sampled_from(GOAL_VERBS))
        subject = draw(st.sampled_from(SUBJECTS))
        text = f"{cue} {horizon} {year}, {subject} {verb} {value}%."
        unit = "%"
    else:
        value = draw(st.integers(2, 2_000_000))
        counted, unit = draw(st.sampled_from(COUNTED))
        qualifier = draw(st.sampled_from(("", "ít nhất ", "tối thiểu ", "trên ")))
        text = f"{cue} {horizon} {year} có {qualifier}{_vietnamese_digits(value)} {counted}."
    triples = frozenset({(float(value), unit, year), (None, None, year)})
    return GoalCase(text, published, triples)


@st.composite
def past_statistics(draw: st.DrawFn) -> GoalCase:
    """A sentence describing results already reached: no quantified goal in it."""
    published = draw(st.integers(2019, 2026))
    past = draw(st.integers(2010, published - 1))
    lead = draw(st.sampled_from(PAST_LEADS)).format(past=past)
    verb = draw(st.sampled_from(PAST_VERBS))
    if draw(st.booleans()):
        value = draw(st.integers(1, 100))
        subject = draw(st.sampled_from(SUBJECTS))
        text = f"{lead}, {subject} {verb} {value}%, tăng {value % 9 + 1}% so với cùng kỳ."
    else:
        value = draw(st.integers(2, 2_000_000))
        counted, _unit = draw(st.sampled_from(COUNTED))
        text = f"{lead}, toàn tỉnh {verb} {_vietnamese_digits(value)} {counted}."
    return GoalCase(text, published, frozenset())


@st.composite
def labelled_sets(draw: st.DrawFn) -> LabelledCase:
    """A leader's labelled instruction set with its enumeration, counts possibly off."""
    count = draw(st.integers(2, 7))
    items = draw(st.lists(st.sampled_from(ITEMS), min_size=2, max_size=8))
    issuer = draw(st.sampled_from(ISSUERS))
    verb = draw(st.sampled_from(VERBS))
    addressees = draw(st.sampled_from(ADDRESSEES))
    lead = draw(st.sampled_from(LEADS))
    form = draw(st.sampled_from(("quoted", "head-quoted", "bare", "words")))
    if form == "bare":
        head = draw(st.sampled_from(("đột phá", "nhiệm vụ trọng tâm", "đột phá chiến lược")))
        label_text = f"{count} {head}"
    elif form == "words":
        head = draw(st.sampled_from(("nhiệm vụ trọng tâm", "đột phá", "giải pháp")))
        label_text = f"{COUNT_WORDS[count]} {head}"
    else:
        head = draw(st.sampled_from(HEADS + QUOTED_HEADS))
        label_text = f"“{count} {head}”" if form == "quoted" else f"{count} “{head}”"
    intro = draw(st.sampled_from((": ", " gồm: ", " là: ", ", cụ thể: ")))
    body = "; ".join(items)
    who = f"{issuer} {verb} {addressees} {lead}".replace("  ", " ")
    text = f"{who} {label_text}{intro}{body}."
    return LabelledCase(text, f"{count} {head}", count, len(items))
