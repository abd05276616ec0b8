"""Hand-built, realistic articles with every kind of entity and valid evidence spans.

The texts paraphrase real government-press reports (baochinhphu.vn, qdnd.vn, VnExpress);
the entities are what a perfect extractor would return, so the corpus, query, export
and HTML code can be tested before (and independently of) the extractors.

* ``forum_2021``: the Industry 4.0 high-level forum of 6/12/2021, chaired by the Prime
  Minister; Nguyễn Mạnh Hùng is Minister of Information and Communications; 52-NQ/TW.
* ``conference_2024``: the conference on digital transformation of 19/7/2024 at the
  Government headquarters; the "5 đẩy mạnh" set lists six items (a miscount); a deputy
  PM gives a directive too.
* ``forum_2025``: the 3rd national forum on the digital economy of 20/12/2025;
  Nguyễn Mạnh Hùng is now Minister of Science and Technology; 57-NQ/TW and 52-NQ/TW.
* ``undated_notice``: no publication date; an undated workshop; the Politburo
  (a body, not a person) issues a directive; a target with no year.
"""

from __future__ import annotations

import datetime as dt

from vn_digital_policy.codes import DocumentCode
from vn_digital_policy.corpus import Corpus
from vn_digital_policy.enums import (
    DirectiveVerb,
    DocumentKind,
    EventFormat,
    EventKind,
    HorizonKind,
    PartOfDay,
    TargetKind,
)
from vn_digital_policy.ids import entity_id, official_id, organization_id, resolution_id
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


def span(text: str, needle: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def spans(text: str, needle: str) -> tuple[Span, ...]:
    """The spans of every occurrence of ``needle``."""
    return tuple(span(text, needle, nth) for nth in range(text.count(needle)))


PM = "Phạm Minh Chính"
HUNG = "Nguyễn Mạnh Hùng"

FORUM_2021_TEXT = (
    "Diễn đàn cấp cao về công nghiệp 4.0\n\n"
    "Sáng 6/12, tại Hà Nội, Thủ tướng Chính phủ Phạm Minh Chính dự và chủ trì Diễn đàn "
    "cấp cao về công nghiệp 4.0 với chủ đề “Công nghệ số và đổi mới sáng tạo - chìa khóa "
    "phục hồi và phát triển thời kỳ hậu Covid-19”. Diễn đàn được tổ chức theo hình thức "
    "trực tiếp kết hợp trực tuyến với 32 điểm cầu quốc tế.\n\n"
    "Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng cho biết, thực hiện Nghị quyết "
    "số 52-NQ/TW của Bộ Chính trị, Việt Nam đặt mục tiêu đến năm 2025 kinh tế số chiếm "
    "20% GDP và đến năm 2030 chiếm 30% GDP.\n\n"
    "Thủ tướng Phạm Minh Chính yêu cầu các bộ, ngành, địa phương đẩy mạnh chuyển đổi số "
    "quốc gia, lấy người dân và doanh nghiệp làm trung tâm.\n\n"
    "Thanh Nga"
)


def forum_2021() -> Article:
    text = FORUM_2021_TEXT
    aid = "f2021"
    mic = Organization(
        id=organization_id("Bộ Thông tin và Truyền thông"),
        name="Bộ Thông tin và Truyền thông",
        abbreviation="TT&TT",
    )
    pm = Official(
        id=official_id(PM),
        name=PM,
        positions=(
            Position(
                title="Thủ tướng Chính phủ",
                role="Thủ tướng",
                evidence=span(text, "Thủ tướng Chính phủ"),
            ),
        ),
        mentions=spans(text, PM),
    )
    hung = Official(
        id=official_id(HUNG),
        name=HUNG,
        positions=(
            Position(
                title="Bộ trưởng Bộ Thông tin và Truyền thông",
                role="Bộ trưởng",
                organization=mic,
                evidence=span(text, "Bộ trưởng Bộ Thông tin và Truyền thông"),
            ),
        ),
        mentions=spans(text, HUNG),
    )
    nq52 = Resolution(
        id=resolution_id(code="52-NQ/TW"),
        kind=DocumentKind.RESOLUTION,
        code=DocumentCode.parse("52-NQ/TW"),
        mentions=(span(text, "Nghị quyết số 52-NQ/TW"),),
    )
    forum = Event(
        id=entity_id("event", aid, "diễn đàn", "2021-12-06"),
        kind=EventKind.FORUM,
        name="Diễn đàn cấp cao về công nghiệp 4.0",
        theme="Công nghệ số và đổi mới sáng tạo - chìa khóa phục hồi và phát triển thời kỳ "
        "hậu Covid-19",
        date=dt.date(2021, 12, 6),
        part_of_day=PartOfDay.MORNING,
        location="Hà Nội",
        format=EventFormat.HYBRID,
        connection_points=(
            ConnectionPoint(
                count=32,
                description="32 điểm cầu quốc tế",
                evidence=span(text, "32 điểm cầu quốc tế"),
            ),
        ),
        chairs=(PM,),
        is_main=True,
        mentions=(span(text, "Diễn đàn cấp cao về công nghiệp 4.0", 1),),
    )
    directive = Directive(
        id=entity_id("directive", aid, "1"),
        issuer="Thủ tướng Phạm Minh Chính",
        issuer_id=pm.id,
        verb=DirectiveVerb.REQUEST,
        addressees=("các bộ, ngành, địa phương",),
        content="đẩy mạnh chuyển đổi số quốc gia, lấy người dân và doanh nghiệp làm trung tâm",
        evidence=(
            span(
                text,
                "yêu cầu các bộ, ngành, địa phương đẩy mạnh chuyển đổi số quốc gia, lấy người "
                "dân và doanh nghiệp làm trung tâm",
            ),
        ),
    )
    targets = (
        Target(
            id=entity_id("target", aid, "2025"),
            kind=TargetKind.QUANTIFIED,
            text="đến năm 2025 kinh tế số chiếm 20% GDP",
            value=20.0,
            unit="%",
            year=2025,
            horizon=HorizonKind.DEADLINE,
            subject="kinh tế số chiếm GDP",
            source_id=nq52.id,
            evidence=(span(text, "đến năm 2025 kinh tế số chiếm 20% GDP"),),
        ),
        Target(
            id=entity_id("target", aid, "2030"),
            kind=TargetKind.QUANTIFIED,
            text="đến năm 2030 chiếm 30% GDP",
            value=30.0,
            unit="%",
            year=2030,
            horizon=HorizonKind.DEADLINE,
            subject="kinh tế số chiếm GDP",
            source_id=nq52.id,
            evidence=(span(text, "đến năm 2030 chiếm 30% GDP"),),
        ),
    )
    return Article(
        id=aid,
        text=text,
        title="Diễn đàn cấp cao về công nghiệp 4.0",
        published=dt.date(2021, 12, 6),
        authors=("Thanh Nga",),
        officials=(pm, hung),
        resolutions=(nq52,),
        events=(forum,),
        directives=(directive,),
        targets=targets,
    )


CONFERENCE_2024_TEXT = (
    "Thủ tướng chủ trì Hội nghị về chuyển đổi số\n\n"
    "Sáng 19-7, Thủ tướng Phạm Minh Chính, Chủ tịch Ủy ban Quốc gia về chuyển đổi số chủ trì "
    "Hội nghị Thường trực Chính phủ với các Bộ trưởng, Chủ tịch UBND tỉnh, thành phố về "
    "chuyển đổi số tại Trụ sở Chính phủ. Dự hội nghị có các Phó thủ tướng Chính phủ: "
    "Lê Minh Khái, Trần Hồng Hà; các thành viên Tổ Công tác Đề án 06.\n\n"
    "Phó thủ tướng Trần Hồng Hà đề nghị các địa phương hoàn thiện cơ sở dữ liệu đất đai.\n\n"
    "Thủ tướng yêu cầu thực hiện “5 đẩy mạnh”: đẩy mạnh hoàn thiện thể chế; đẩy mạnh phát "
    "triển hạ tầng số; đẩy mạnh phát triển dữ liệu số; đẩy mạnh phát triển nền tảng số; đẩy "
    "mạnh bảo đảm an ninh mạng; đẩy mạnh phát triển nhân lực số. Mục tiêu là bảo đảm 100% "
    "dịch vụ công trực tuyến thiết yếu cho người dân.\n\n"
    "TTXVN"
)


def conference_2024() -> Article:
    text = CONFERENCE_2024_TEXT
    aid = "c2024"
    pm = Official(
        id=official_id(PM),
        name=PM,
        positions=(
            Position(title="Thủ tướng", role="Thủ tướng", evidence=span(text, "Thủ tướng", 1)),
            Position(
                title="Chủ tịch Ủy ban Quốc gia về chuyển đổi số",
                role="Chủ tịch",
                evidence=span(text, "Chủ tịch Ủy ban Quốc gia về chuyển đổi số"),
            ),
        ),
        mentions=spans(text, PM),
    )
    deputies = tuple(
        Official(
            id=official_id(name),
            name=name,
            positions=(
                Position(
                    title="Phó thủ tướng Chính phủ",
                    role="Phó Thủ tướng",
                    evidence=span(text, "Phó thủ tướng Chính phủ"),
                ),
            ),
            mentions=spans(text, name),
        )
        for name in ("Lê Minh Khái", "Trần Hồng Hà")
    )
    de_an = Resolution(
        id=resolution_id(name="Đề án 06", kind="đề án"),
        kind=DocumentKind.PROJECT,
        name="Đề án 06",
        mentions=(span(text, "Đề án 06"),),
    )
    conference = Event(
        id=entity_id("event", aid, "hội nghị", "2024-07-19"),
        kind=EventKind.CONFERENCE,
        name="Hội nghị Thường trực Chính phủ với các Bộ trưởng, Chủ tịch UBND tỉnh, thành phố "
        "về chuyển đổi số",
        date=dt.date(2024, 7, 19),
        part_of_day=PartOfDay.MORNING,
        location="Trụ sở Chính phủ",
        chairs=(PM,),
        participants=("Lê Minh Khái", "Trần Hồng Hà"),
        organisers=("Thường trực Chính phủ",),
        is_main=True,
        mentions=(span(text, "Hội nghị Thường trực Chính phủ"),),
    )
    items_text = (
        "đẩy mạnh hoàn thiện thể chế",
        "đẩy mạnh phát triển hạ tầng số",
        "đẩy mạnh phát triển dữ liệu số",
        "đẩy mạnh phát triển nền tảng số",
        "đẩy mạnh bảo đảm an ninh mạng",
        "đẩy mạnh phát triển nhân lực số",
    )
    items = tuple(DirectiveItem(text=item, evidence=span(text, item)) for item in items_text)
    five = Directive(
        id=entity_id("directive", aid, "5 đẩy mạnh"),
        issuer="Thủ tướng",
        issuer_id=pm.id,
        verb=DirectiveVerb.REQUEST,
        content="thực hiện “5 đẩy mạnh”",
        label="5 đẩy mạnh",
        count=5,
        items=items,
        evidence=(span(text, "Thủ tướng yêu cầu thực hiện “5 đẩy mạnh”"),),
    )
    deputy_directive = Directive(
        id=entity_id("directive", aid, "deputy"),
        issuer="Phó thủ tướng Trần Hồng Hà",
        issuer_id=official_id("Trần Hồng Hà"),
        verb=DirectiveVerb.PROPOSE,
        addressees=("các địa phương",),
        content="hoàn thiện cơ sở dữ liệu đất đai",
        evidence=(span(text, "đề nghị các địa phương hoàn thiện cơ sở dữ liệu đất đai"),),
    )
    target = Target(
        id=entity_id("target", aid, "100"),
        kind=TargetKind.QUANTIFIED,
        text="bảo đảm 100% dịch vụ công trực tuyến thiết yếu cho người dân",
        value=100.0,
        unit="%",
        subject="dịch vụ công trực tuyến thiết yếu",
        evidence=(span(text, "bảo đảm 100% dịch vụ công trực tuyến thiết yếu cho người dân"),),
    )
    return Article(
        id=aid,
        text=text,
        title="Thủ tướng chủ trì Hội nghị về chuyển đổi số",
        published=dt.date(2024, 7, 19),
        publisher="qdnd.vn",
        authors=("TTXVN",),
        url="https://www.qdnd.vn/chinh-tri/tin-tuc/hoi-nghi-chuyen-doi-so",
        officials=(pm, *deputies),
        resolutions=(de_an,),
        events=(conference,),
        directives=(five, deputy_directive),
        targets=(target,),
    )


FORUM_2025_TEXT = (
    "Thủ tướng chủ trì Diễn đàn quốc gia phát triển Kinh tế số và xã hội số lần thứ 3\n\n"
    "Sáng 20/12, Thủ tướng Phạm Minh Chính chủ trì Diễn đàn quốc gia phát triển Kinh tế số "
    "và xã hội số lần thứ 3. Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn Mạnh Hùng báo cáo "
    "việc triển khai Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới "
    "sáng tạo và chuyển đổi số quốc gia, cùng Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ "
    "Chính trị. Tầm nhìn đến năm 2045, Việt Nam trở thành nước phát triển, thu nhập cao.\n\n"
    "Lê Hoàng"
)


def forum_2025() -> Article:
    text = FORUM_2025_TEXT
    aid = "f2025"
    most = Organization(
        id=organization_id("Bộ Khoa học và Công nghệ"), name="Bộ Khoa học và Công nghệ"
    )
    pm = Official(
        id=official_id(PM),
        name=PM,
        positions=(
            Position(title="Thủ tướng", role="Thủ tướng", evidence=span(text, "Thủ tướng", 1)),
        ),
        mentions=spans(text, PM),
    )
    hung = Official(
        id=official_id(HUNG),
        name=HUNG,
        positions=(
            Position(
                title="Bộ trưởng Bộ Khoa học và Công nghệ",
                role="Bộ trưởng",
                organization=most,
                evidence=span(text, "Bộ trưởng Bộ Khoa học và Công nghệ"),
            ),
        ),
        mentions=spans(text, HUNG),
    )
    nq57 = Resolution(
        id=resolution_id(code="57-NQ/TW"),
        kind=DocumentKind.RESOLUTION,
        code=DocumentCode.parse("57-NQ/TW"),
        title="về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
        "quốc gia",
        issuer="Bộ Chính trị",
        mentions=(span(text, "Nghị quyết 57-NQ/TW"),),
    )
    nq52 = Resolution(
        id=resolution_id(code="52-NQ/TW"),
        kind=DocumentKind.RESOLUTION,
        code=DocumentCode.parse("52-NQ/TW"),
        issuer="Bộ Chính trị",
        date=dt.date(2019, 9, 27),
        mentions=(span(text, "Nghị quyết số 52-NQ/TW"),),
    )
    forum = Event(
        id=entity_id("event", aid, "diễn đàn", "2025-12-20"),
        kind=EventKind.FORUM,
        name="Diễn đàn quốc gia phát triển Kinh tế số và xã hội số lần thứ 3",
        edition=3,
        date=dt.date(2025, 12, 20),
        part_of_day=PartOfDay.MORNING,
        chairs=(PM,),
        is_main=True,
        mentions=(span(text, "Diễn đàn quốc gia phát triển Kinh tế số và xã hội số lần thứ 3", 1),),
    )
    vision = Target(
        id=entity_id("target", aid, "2045"),
        kind=TargetKind.HORIZON,
        text="Tầm nhìn đến năm 2045, Việt Nam trở thành nước phát triển, thu nhập cao",
        year=2045,
        horizon=HorizonKind.VISION,
        subject="nước phát triển, thu nhập cao",
        evidence=(span(text, "Tầm nhìn đến năm 2045"),),
    )
    return Article(
        id=aid,
        text=text,
        title="Thủ tướng chủ trì Diễn đàn quốc gia phát triển Kinh tế số và xã hội số lần thứ 3",
        published=dt.date(2025, 12, 20),
        authors=("Lê Hoàng",),
        officials=(pm, hung),
        resolutions=(nq57, nq52),
        events=(forum,),
        targets=(vision,),
    )


UNDATED_TEXT = (
    "Trong tháng 11, sẽ có hội thảo về nông nghiệp thông minh tại Thành phố Hồ Chí Minh. "
    "Bộ Chính trị chỉ đạo các cấp ủy quán triệt Nghị quyết 57-NQ/TW. "
    "Mục tiêu: phổ cập kỹ năng số cho người dân."
)


def undated_notice() -> Article:
    text = UNDATED_TEXT
    aid = "u001"
    workshop = Event(
        id=entity_id("event", aid, "hội thảo"),
        kind=EventKind.WORKSHOP,
        name="hội thảo về nông nghiệp thông minh",
        location="Thành phố Hồ Chí Minh",
        mentions=(span(text, "hội thảo về nông nghiệp thông minh"),),
    )
    politburo = Directive(
        id=entity_id("directive", aid, "btc"),
        issuer="Bộ Chính trị",
        verb=DirectiveVerb.DIRECT,
        addressees=("các cấp ủy",),
        content="quán triệt Nghị quyết 57-NQ/TW",
        evidence=(span(text, "Bộ Chính trị chỉ đạo các cấp ủy quán triệt Nghị quyết 57-NQ/TW"),),
    )
    nq57 = Resolution(
        id=resolution_id(code="57-NQ/TW"),
        kind=DocumentKind.RESOLUTION,
        code=DocumentCode.parse("57-NQ/TW"),
        mentions=(span(text, "Nghị quyết 57-NQ/TW"),),
    )
    skills = Target(
        id=entity_id("target", aid, "skills"),
        kind=TargetKind.QUALITATIVE,
        text="phổ cập kỹ năng số cho người dân",
        subject="kỹ năng số",
        evidence=(span(text, "phổ cập kỹ năng số cho người dân"),),
    )
    return Article(
        id=aid,
        text=text,
        resolutions=(nq57,),
        events=(workshop,),
        directives=(politburo,),
        targets=(skills,),
    )


def sample_articles() -> list[Article]:
    """The four articles, in the order 2021, undated, 2024, 2025 (not date order)."""
    return [forum_2021(), undated_notice(), conference_2024(), forum_2025()]


def sample_corpus() -> Corpus:
    return Corpus(sample_articles())
