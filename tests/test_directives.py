"""Tests of :mod:`vn_digital_policy.extract.directives`: labelled sets and instructions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from strategies.targets_directives import LabelledCase, labelled_sets
from strategies.text import ADVERSARIAL, messy_text, new_style, to_nfd
from vn_digital_policy.enums import DirectiveVerb
from vn_digital_policy.errors import ParseError
from vn_digital_policy.extract.directives import (
    extract_directives,
    find_instruction_clauses,
    sentence_bounds,
)
from vn_digital_policy.extract.document import Document
from vn_digital_policy.ids import official_id
from vn_digital_policy.models import Directive, Official, Position, Span
from vn_digital_policy.text import normalize

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT.parent / "shared" / "devset"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
PUBLISHED = dt.date(2024, 7, 19)


def _doc(text: str, published: dt.date | None = PUBLISHED) -> Document:
    return Document.read(text, published=published, article_id="t")


def _official(text: str, name: str, *titles: str) -> Official:
    """An official named in ``text`` with every mention of the name as evidence."""
    mentions = []
    position = text.find(name)
    while position >= 0:
        mentions.append(Span.of(text, position, position + len(name)))
        position = text.find(name, position + 1)
    positions = tuple(Position(title=t, role=t.split(" Bộ ")[0]) for t in titles)
    return Official(id=official_id(name), name=name, positions=positions, mentions=tuple(mentions))


def _labels(text: str, officials: tuple[Official, ...] = ()) -> dict[str, Directive]:
    return {d.label: d for d in extract_directives(_doc(text), officials) if d.label}


def _check_evidence(text: str, directives: list[Directive]) -> None:
    for directive in directives:
        for span in directive.evidence:
            assert text[span.start : span.end] == span.text
        for item in directive.items:
            assert text[item.evidence.start : item.evidence.end] == item.evidence.text
            assert item.text == normalize(item.evidence.text)


# ---------------------------------------------------------------------------------------
# Labelled sets: which are, which are not
# ---------------------------------------------------------------------------------------

LABELLED = [
    # quoted fully, items split by ";"
    (
        "Thời gian tới, Thủ tướng Chính phủ yêu cầu thực hiện chuyển đổi số bao trùm với "
        "“5 trọng tâm”: phát triển nhân lực số; ưu tiên nguồn lực cho kinh tế số; phát triển "
        "hạ tầng số; số hóa quản lý điều hành; hoàn thiện thể chế.",
        {"5 trọng tâm": (5, 5)},
    ),
    # head quoted, three labels in one sentence, no enumeration
    (
        "Thủ tướng yêu cầu chuyển đổi số với tinh thần là 5 “đẩy mạnh”, 5 “bảo đảm” gắn với "
        "5 “không”.",
        {"5 đẩy mạnh": (5, 0), "5 bảo đảm": (5, 0), "5 không": (5, 0)},
    ),
    # bare lexicon head governed by an instruction verb, comma list with "và"
    (
        "Tổng Bí thư yêu cầu tập trung thực hiện 3 đột phá chiến lược là thể chế, nhân lực "
        "và hạ tầng.",
        {"3 đột phá chiến lược": (3, 3)},
    ),
    # count in words, ordinal items on the following lines
    (
        "Thủ tướng chỉ đạo tập trung thực hiện năm nhiệm vụ trọng tâm sau:\n"
        "Thứ nhất, hoàn thiện thể chế về chuyển đổi số.\nThứ hai, phát triển hạ tầng số.\n"
        "Thứ ba, phát triển nhân lực số.\nThứ tư, bảo đảm an toàn thông tin.\n"
        "Thứ năm, thúc đẩy kinh tế số.\nCác đại biểu đã thảo luận sôi nổi.",
        {"5 nhiệm vụ trọng tâm": (5, 5)},
    ),
    # numbered "(1) ... (n)" items, one more than declared
    (
        "Bộ trưởng yêu cầu các đơn vị thực hiện 3 giải pháp: (1) rà soát thủ tục; "
        "(2) số hóa hồ sơ; (3) kết nối dữ liệu; (4) đào tạo cán bộ.",
        {"3 giải pháp": (3, 4)},
    ),
    # a slogan outside the lexicon, quoted and governed
    (
        "Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện “3 giảm” trong phục vụ "
        "người dân: giảm thời gian, giảm chi phí, giảm giấy tờ.",
        {"3 giảm": (3, 3)},
    ),
    # quoted-only heads
    (
        'Chủ tịch UBND tỉnh yêu cầu các địa phương thực hiện tốt phương châm "5 rõ": rõ '
        "người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ kết quả.",
        {"5 rõ": (5, 5)},
    ),
    (
        "Bí thư Tỉnh ủy yêu cầu các địa phương làm tốt “3 sẵn sàng”, “4 tại chỗ” trong "
        "phòng chống thiên tai.",
        {"3 sẵn sàng": (3, 0), "4 tại chỗ": (4, 0)},
    ),
    # the enumeration in the next sentences of the paragraph
    (
        "Thủ tướng yêu cầu các bộ, ngành, địa phương tập trung ba nhiệm vụ trọng tâm. Thứ "
        "nhất, hoàn thiện thể chế. Thứ hai, phát triển hạ tầng số. Thứ ba, phát triển dữ liệu.",
        {"3 nhiệm vụ trọng tâm": (3, 3)},
    ),
    # an enumerated set in the paragraph of a leader's instruction
    (
        "Thủ tướng yêu cầu các bộ, ngành thực hiện tốt các nhiệm vụ sau. Trong đó, 3 đột phá "
        "chiến lược gồm: thể chế; hạ tầng; nhân lực.",
        {"3 đột phá chiến lược": (3, 3)},
    ),
    # an apposition between the subject and the verb
    (
        "Đồng chí Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP. Hồ Chí Minh, "
        "nhấn mạnh 4 nhiệm vụ trọng tâm, trong đó thành phố cần phát triển kinh tế số.",
        {"4 nhiệm vụ trọng tâm": (4, 0)},
    ),
    # several labels in one pair of quotation marks
    (
        "Thủ tướng yêu cầu thực hiện tinh thần “5 đẩy mạnh, 5 bảo đảm, 5 không” trong chuyển "
        "đổi số.",
        {"5 đẩy mạnh": (5, 0), "5 bảo đảm": (5, 0), "5 không": (5, 0)},
    ),
    # a capitalised count in words inside the quotes
    (
        "Thủ tướng đề nghị phát huy tinh thần “Ba nhất”: nhanh nhất, hiệu quả nhất, tiết "
        "kiệm nhất.",
        {"3 nhất": (3, 3)},
    ),
    # a generic head counts unquoted only with its items listed
    (
        "Thủ tướng yêu cầu thực hiện 5 nhiệm vụ: thể chế; hạ tầng; nhân lực; dữ liệu; an ninh.",
        {"5 nhiệm vụ": (5, 5)},
    ),
    # bulleted lines after a colon that ends its line
    (
        "Ban Thường vụ Tỉnh ủy yêu cầu thực hiện 3 nhóm giải pháp:\n- Nâng cao nhận thức;\n"
        "- Hoàn thiện hạ tầng số;\n- Phát triển nguồn nhân lực.",
        {"3 nhóm giải pháp": (3, 3)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED)
def test_labelled_sets(text: str, expected: dict[str, tuple[int, int]]) -> None:
    found = _labels(text)
    assert {label: (d.count, len(d.items)) for label, d in found.items()} == expected
    _check_evidence(text, list(found.values()))


NOT_LABELLED = [
    # discussed by delegates, not an instruction; no quotes
    "Tại diễn đàn, các đại biểu tập trung thảo luận 3 nhóm vấn đề trọng tâm gồm: đánh giá "
    "tổng quan; chia sẻ kinh nghiệm; thảo luận chuyên sâu về AI.",
    # delegates propose, they do not instruct
    "Tại hội nghị, các đại biểu đề xuất 3 nhóm giải pháp: hoàn thiện hạ tầng dữ liệu; "
    "phát triển nhân lực; thu hút doanh nghiệp công nghệ.",
    # resources, not instructions
    "Thủ tướng Phạm Minh Chính yêu cầu quan tâm đầu tư phát triển hạ tầng phục vụ chuyển "
    "đổi số dựa trên 3 nội lực là con người, thiên nhiên và văn hóa truyền thống.",
    # connection points, workshops, editions
    "Diễn đàn được kết nối tới 63 tỉnh, thành phố và 32 điểm cầu quốc tế.",
    "Trong tháng 11, sẽ có chuỗi 10 phiên hội thảo chuyên đề về các chủ đề liên quan.",
    "Diễn đàn quốc gia phát triển kinh tế số lần thứ 3 có 3 phiên toàn thể.",
    # numbered viewpoints of a resolution with no label
    "Quan điểm chỉ đạo theo Nghị quyết 52-NQ/TW là (1) Chủ động tham gia cuộc CMCN 4.0; "
    "(2) Nắm bắt kịp thời cơ hội; (3) Chủ động phòng ngừa các tác động tiêu cực.",
    # “Năm ...” is "the Year of", not five
    "Thủ tướng chỉ rõ, năm 2023 được chọn là “Năm dữ liệu số”.",
    # a description after the verb
    "Thủ tướng nhấn mạnh, chuyển đổi số có 3 trụ cột là chính phủ số, kinh tế số và xã hội số.",
    # a quotation, not a list of labels
    "Ông Hùng yêu cầu: “Chúng ta có 3 điều phải làm, 2 điều không được làm”.",
    # an assignment of unlisted tasks
    "Thủ tướng yêu cầu Bộ Công an thực hiện 5 nhiệm vụ trong tháng 6.",
    # common words never count unquoted
    "Thủ tướng yêu cầu 5 không được chậm trễ.",
]


@pytest.mark.parametrize("text", NOT_LABELLED)
def test_not_labelled_sets(text: str) -> None:
    assert _labels(text) == {}


def test_a_set_set_out_by_a_resolution() -> None:
    text = (
        "Nghị quyết Đại hội XIII xác định 3 đột phá chiến lược: hoàn thiện thể chế; phát "
        "triển nguồn nhân lực; xây dựng hạ tầng."
    )
    [directive] = extract_directives(_doc(text), ())
    assert (directive.label, directive.count, len(directive.items)) == (
        "3 đột phá chiến lược",
        3,
        3,
    )
    assert directive.issuer == "Nghị quyết Đại hội XIII"
    assert directive.verb is None  # "xác định" sets out the set; it is not an instruction


def test_same_label_is_one_directive_with_every_mention() -> None:
    text = (
        "Thủ tướng yêu cầu chuyển đổi số với tinh thần là 5 “đẩy mạnh”, 5 “bảo đảm”.\n\n"
        "Trong đó, “5 đẩy mạnh” gồm: đẩy mạnh thể chế; đẩy mạnh hạ tầng; đẩy mạnh dữ liệu; "
        "đẩy mạnh nhân lực; đẩy mạnh an ninh mạng; đẩy mạnh văn hóa số.\n\n"
        "Việc thực hiện “5 đẩy mạnh” phải quyết liệt."
    )
    found = _labels(text)
    pushing = found["5 đẩy mạnh"]
    assert len(pushing.evidence) == 3
    assert pushing.count == 5
    assert len(pushing.items) == 6  # kept, never dropped to match the label
    assert pushing.count_mismatch
    assert pushing.issuer == "Thủ tướng"
    assert not found["5 bảo đảm"].items


def test_count_in_words_and_digits_is_one_label() -> None:
    text = (
        "Thủ tướng yêu cầu thực hiện ba đột phá chiến lược: thể chế; hạ tầng; nhân lực. "
        "Thủ tướng nhấn mạnh 3 đột phá chiến lược phải đi trước."
    )
    found = _labels(text)
    assert list(found) == ["3 đột phá chiến lược"]
    assert len(found["3 đột phá chiến lược"].evidence) == 2


def test_counts_read_directly_agree_with_parse_number() -> None:
    """The spellings looked up by ``_count_value`` are what ``parse_number`` reads."""
    from vn_digital_policy.extract.directives import _count_value, _lexicon
    from vn_digital_policy.numbers import parse_number

    for spelling, number in _lexicon().count_values.items():
        assert parse_number(spelling).value == number
        assert _count_value(spelling) == number
    for digits in [*map(str, range(100)), "00", "05", "010"]:
        try:
            value = parse_number(digits).value
        except ParseError:  # "05": a leading zero is no count
            value = None
        expected = value if value is not None and 2 <= value <= 20 else None
        assert _count_value(digits) == expected


# ---------------------------------------------------------------------------------------
# The dev-set article with labelled sets
# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def s004() -> str:
    path = DEVSET / "s004.txt"
    if not path.is_file():
        pytest.skip("../shared/devset is not beside the checkout")
    return path.read_text(encoding="utf-8")


def test_s004_labelled_sets_keep_every_item(s004: str) -> None:
    pm = _official(
        s004, "Phạm Minh Chính", "Thủ tướng", "Chủ tịch Ủy ban Quốc gia về chuyển đổi số"
    )
    deputy = _official(s004, "Lê Minh Khái", "Phó thủ tướng Chính phủ")
    directives = extract_directives(_doc(s004), (pm, deputy))
    found = {d.label: d for d in directives if d.label}
    assert {k: (d.count, len(d.items)) for k, d in found.items()} == {
        "5 trọng tâm": (5, 5),
        "5 đẩy mạnh": (5, 6),
        "5 bảo đảm": (5, 5),
        "5 không": (5, 7),
    }
    assert {d.issuer for d in found.values()} == {"Phạm Minh Chính"}
    assert {d.issuer_id for d in found.values()} == {"official:pham-minh-chinh"}
    assert (
        found["5 không"].items[0].text
        == "Không nói không, không nói khó, không nói có mà không làm"
    )
    assert found["5 bảo đảm"].items[2].text.startswith("bảo đảm 100% dịch vụ công")
    assert found["5 trọng tâm"].verb is DirectiveVerb.REQUEST
    _check_evidence(s004, directives)


# ---------------------------------------------------------------------------------------
# Issuers
# ---------------------------------------------------------------------------------------


def test_lone_title_resolves_to_the_named_holder() -> None:
    text = (
        "Thủ tướng Chính phủ Phạm Minh Chính chủ trì hội nghị. Phó Thủ tướng Trần Hồng Hà dự.\n\n"
        "Thủ tướng yêu cầu thực hiện “3 trọng tâm”: thể chế; hạ tầng; nhân lực."
    )
    officials = (
        _official(text, "Phạm Minh Chính", "Thủ tướng Chính phủ"),
        _official(text, "Trần Hồng Hà", "Phó Thủ tướng"),
    )
    [directive] = [d for d in extract_directives(_doc(text), officials) if d.label]
    assert (directive.issuer, directive.issuer_id) == (
        "Phạm Minh Chính",
        "official:pham-minh-chinh",
    )


def test_title_shared_by_two_officials_goes_to_the_last_mentioned() -> None:
    text = (
        "Dự có Bộ trưởng Bộ Nội vụ Đỗ Thanh Bình và Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn "
        "Mạnh Hùng.\n\nPhát biểu tại hội nghị, Bộ trưởng Nguyễn Mạnh Hùng cho biết thêm. "
        "Bộ trưởng đề nghị các địa phương thực hiện “4 tiên phong”: nhận thức; thể chế; hạ "
        "tầng; dữ liệu."
    )
    officials = (
        _official(text, "Đỗ Thanh Bình", "Bộ trưởng Bộ Nội vụ"),
        _official(text, "Nguyễn Mạnh Hùng", "Bộ trưởng Bộ Khoa học và Công nghệ"),
    )
    [directive] = [d for d in extract_directives(_doc(text), officials) if d.label]
    assert directive.issuer == "Nguyễn Mạnh Hùng"


THREE_NO = "“3 không”: không giấy tờ; không tiền mặt; không tiếp xúc."


@pytest.mark.parametrize(
    ("subject", "issuer"),
    [
        ("Đồng chí yêu cầu các cấp ủy thực hiện", "Trương Văn Hải"),
        ("Ông Hải yêu cầu các sở thực hiện", "Trương Văn Hải"),
        ("Ban Thường vụ Tỉnh ủy yêu cầu thực hiện", "Ban Thường vụ Tỉnh ủy"),
    ],
)
def test_issuer_by_pronoun_given_name_or_body(subject: str, issuer: str) -> None:
    text = f"Đồng chí Trương Văn Hải, Bí thư Tỉnh ủy chủ trì hội nghị.\n\n{subject} {THREE_NO}"
    officials = (_official(text, "Trương Văn Hải", "Bí thư Tỉnh ủy"),)
    [directive] = [d for d in extract_directives(_doc(text), officials) if d.label]
    assert directive.issuer == issuer


def test_labelled_set_without_a_verb_takes_the_previous_issuer() -> None:
    text = (
        "Kết luận hội nghị, Bí thư Tỉnh ủy yêu cầu các cấp ủy tập trung chuyển đổi số. Đồng "
        "thời thực hiện “3 không” trong giải quyết thủ tục: không giấy tờ, không tiền mặt, "
        "không tiếp xúc."
    )
    [directive] = [d for d in extract_directives(_doc(text), ()) if d.label]
    assert (directive.label, directive.issuer, len(directive.items)) == (
        "3 không",
        "Bí thư Tỉnh ủy",
        3,
    )


# ---------------------------------------------------------------------------------------
# Plain instructions
# ---------------------------------------------------------------------------------------


def test_plain_instruction_fields() -> None:
    text = (
        "Thủ tướng Phạm Minh Chính yêu cầu các bộ, ban, ngành, các địa phương tiếp tục tập "
        "trung làm tốt công tác phòng chống dịch bệnh, bảo đảm an sinh xã hội."
    )
    officials = (_official(text, "Phạm Minh Chính", "Thủ tướng"),)
    [directive] = extract_directives(_doc(text), officials)
    assert directive.label is None
    assert directive.count is None
    assert directive.issuer == "Phạm Minh Chính"
    assert directive.verb is DirectiveVerb.REQUEST
    assert directive.addressees == ("các bộ, ban, ngành, các địa phương",)
    assert directive.content.startswith("tiếp tục tập trung làm tốt")
    _check_evidence(text, [directive])


@pytest.mark.parametrize(
    ("text", "issuer", "verb", "addressees"),
    [
        (
            "Bộ trưởng Bộ Khoa học và Công nghệ giao Cục Chuyển đổi số quốc gia chủ trì xây "
            "dựng đề án.",
            "Bộ trưởng Bộ Khoa học và Công nghệ",
            DirectiveVerb.ASSIGN,
            ("Cục Chuyển đổi số quốc gia",),
        ),
        (
            "Đồng chí Bí thư Tỉnh ủy kêu gọi toàn thể cán bộ, đảng viên và Nhân dân chung tay "
            "xây dựng chính quyền số.",
            "Đồng chí Bí thư Tỉnh ủy",
            DirectiveVerb.CALL_ON,
            ("toàn thể cán bộ, đảng viên và Nhân dân",),
        ),
        (
            "Đặc biệt, các đại biểu đề nghị Chính phủ cần có các chính sách hỗ trợ cụ thể cho "
            "doanh nghiệp.",
            "các đại biểu",
            DirectiveVerb.PROPOSE,
            ("Chính phủ",),
        ),
        (
            "Bộ Chính trị yêu cầu các cấp ủy tập trung lãnh đạo chuyển đổi số.",
            "Bộ Chính trị",
            DirectiveVerb.REQUEST,
            ("các cấp ủy",),
        ),
    ],
)
def test_plain_instructions(
    text: str, issuer: str, verb: DirectiveVerb, addressees: tuple[str, ...]
) -> None:
    [directive] = extract_directives(_doc(text), ())
    assert (directive.issuer, directive.verb, directive.addressees) == (issuer, verb, addressees)


@pytest.mark.parametrize(
    "text",
    [
        # nouns, not verbs
        "Chuyển đổi số là yêu cầu tất yếu, tiến trình không thể đảo ngược.",
        "Theo yêu cầu của Thủ tướng, hội nghị được tổ chức trực tuyến.",
        "Đồng chí Vũ Việt Văn, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh chủ trì hội nghị.",
        "Người dân chuyển thanh toán tiền mặt sang giao dịch điện tử.",
        "Kết luận của Hội nghị Trung ương 4 khóa XIII đã được ban hành.",
        # a statement, not an instruction
        "Thủ tướng nhấn mạnh, công tác chỉ đạo, điều hành đã có kinh nghiệm hơn.",
        # photo caption
        "Thủ tướng Chính phủ Phạm Minh Chính phát biểu chỉ đạo tại Diễn đàn",
    ],
)
def test_no_instruction(text: str) -> None:
    assert extract_directives(_doc(text), ()) == []


def test_second_verb_of_an_assignment_is_not_another_instruction() -> None:
    text = "Bí thư Tỉnh ủy giao Ban cán sự đảng UBND tỉnh chỉ đạo rà soát, bổ sung nguồn lực."
    clauses = find_instruction_clauses(_doc(text))
    assert [(c.subject, c.verb) for c in clauses] == [("Bí thư Tỉnh ủy", DirectiveVerb.ASSIGN)]


def test_sentence_bounds_mend_abbreviations() -> None:
    doc = _doc("Ông A, Bí thư Thành ủy TP. Hồ Chí Minh yêu cầu. PGS.TS. Nguyễn Văn B phát biểu.")
    starts, _ = sentence_bounds(doc)
    assert len(starts) == 2


# ---------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------


@given(labelled_sets())
@example(
    LabelledCase(
        "Thủ tướng yêu cầu chuyển đổi số với “5 không”: không giấy tờ; không tiền mặt.",
        "5 không",
        5,
        2,
    )
)
def test_generated_labelled_sets(case: LabelledCase) -> None:
    found = _labels(case.text)
    assert case.label in found, case.text
    directive = found[case.label]
    assert (directive.count, len(directive.items)) == (case.count, case.items)
    assert directive.count_mismatch == (case.count != case.items)
    _check_evidence(case.text, list(found.values()))


@given(st.data())
def test_spelling_variants_give_the_same_directives(data: st.DataObject) -> None:
    case = data.draw(labelled_sets())
    variant = data.draw(st.sampled_from((to_nfd, new_style, lambda t: to_nfd(new_style(t)))))
    text = variant(case.text)
    found = _labels(text)
    assert case.label in {_normal(label) for label in found}
    _check_evidence(text, list(found.values()))


def _normal(label: str) -> str:
    from vn_digital_policy.text import normalize

    return normalize(label)


def _summary(directives: list[Directive]) -> list[tuple[str | None, int | None, int, str | None]]:
    return [
        (d.label and _normal(d.label), d.count, len(d.items), d.verb and d.verb.value)
        for d in directives
    ]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_seed_variants_give_the_same_directives(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = _summary(extract_directives(_doc(text), ()))
    for variant in (to_nfd(text), new_style(text), to_nfd(new_style(text))):
        found = extract_directives(_doc(variant), ())
        assert _summary(found) == expected
        _check_evidence(variant, found)


@given(messy_text())
@example("Thủ tướng yêu cầu “5 không”: ;;;")
@example("5 “”")
@example("“5 trọng tâm")
@example("yêu cầu")
def test_never_raises_and_evidence_reads_the_text(text: str) -> None:
    directives = extract_directives(_doc(text), ())
    _check_evidence(text, directives)


# The clause separators, scanned plainly: what ``_pieces`` must give ("a - - b" too).
_PIECE_REFERENCE = regex.compile(r"[,;:()\[\]]|\s[-–—]\s|[\"“”„‟«»]")


@given(
    st.text(alphabet=' \n\t-–—,;:()[]"“”ab', max_size=14), st.integers(0, 14), st.integers(0, 14)
)
@example(" - - b", 0, 6)
@example(" - - b", 1, 6)
@example("\n- b", 1, 4)
def test_pieces_cut_where_the_plain_separator_scan_does(text: str, start: int, end: int) -> None:
    from vn_digital_policy.extract.directives import _pieces

    start = min(start, len(text))
    end = max(start, min(end, len(text)))
    expected = [start] + [m.end() for m in _PIECE_REFERENCE.finditer(text, start, end)]
    assert _pieces(text, start, end) == expected


@given(
    st.lists(
        st.sampled_from(
            [
                *("ba", "Ba", "BA", "mười", "Mười hai", "mười\nhai", "bảy", "đột phá"),
                *("nhiệm vụ", "bao", "khai", "hai_", " ", "\t", "\n", ",", "-", "5", "İ"),
            ]
        ),
        max_size=10,
    ).map(" ".join),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_counts_in_words_are_found_as_a_scan_at_every_position_finds_them(
    text: str, start: int, end: int
) -> None:
    from vn_digital_policy.extract.directives import (
        _count_word_starts,
        _count_words_at,
        _lexicon,
    )

    start = min(start, len(text))
    end = max(start, min(end, len(text)))
    counts = _count_word_starts(text, 0, len(text))
    plain = [m.span() for m in _lexicon().bare_res[1].finditer(text, start, end)]
    assert [m.span() for m in _count_words_at(text, counts, start, end)] == plain


@given(
    st.lists(
        st.sampled_from(
            [
                *("cũng", "CŨNG", "đã", "Đà", "một lần nữa", "tiếp tục", "năm", "Mười hai", "5"),
                *("٣", "hai mươi", "İ", "ſ", "x", " ", "\t", "\n", "\u001c", ",", "-", "“"),
            ]
        ),
        max_size=10,
    ).map(" ".join),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_searches_skipped_before_a_stretch_end_find_nothing(
    text: str, start: int, end: int
) -> None:
    from vn_digital_policy.extract.directives import _lexicon, _search_before

    lexicon = _lexicon()
    start = min(start, len(text))
    end = max(start, min(end, len(text)))
    for pattern, last in (
        (lexicon.adverb_tail_re, lexicon.adverb_last_re),
        (lexicon.count_before_re, lexicon.count_last_re),
    ):
        found, plain = (
            _search_before(pattern, last, text, start, end),
            pattern.search(text, start, end),
        )
        assert (found and found.span()) == (plain and plain.span())


ADVERSARIAL_DIRECTIVES = (
    "Thủ tướng yêu cầu " * 3000,
    "yêu cầu " * 3000,
    "5 “không”: a; " * 2000,
    "Thủ tướng yêu cầu “5 không”: " + "a; " * 5000,
    "Thủ tướng yêu cầu 5 nhiệm vụ: " + "(1) a " * 3000,
    "năm nhiệm vụ " * 3000,
    "Đồng chí A, " * 3000 + "nhấn mạnh 5 nhiệm vụ",
    '"5 không" ' * 3000,
    "Thủ tướng yêu cầu. " * 3000,
)


# Document.read itself is quadratic on a long run of "…" (its sentence splitter), so
# that input is shortened here; the extractors bound their own work per match.
ADVERSARIAL_INPUTS = tuple(t if not t.startswith("…") else t[:2000] for t in ADVERSARIAL)


@pytest.mark.parametrize(
    "text", ADVERSARIAL_INPUTS + ADVERSARIAL_DIRECTIVES, ids=lambda t: f"{t[:12]!r}x{len(t)}"
)
def test_adversarial_input_completes(text: str) -> None:
    directives = extract_directives(_doc(text, published=None), ())
    _check_evidence(text, directives)
