"""Enumerations shared by the parsers and the public models.

Every enum's *values* are the Vietnamese terms as they appear in the press (lower
case, NFC, government-press tone style), its *member names* are English. Values
are what JSON carries; names are what code reads.

>>> EventKind.FORUM.value
'diễn đàn'
>>> EventKind("hội nghị") is EventKind.CONFERENCE
True
>>> DocumentKind.RESOLUTION.value
'nghị quyết'
"""

from __future__ import annotations

import enum

__all__ = [
    "DatePrecision",
    "DirectiveVerb",
    "DocumentFamily",
    "DocumentKind",
    "EventFormat",
    "EventKind",
    "EventRole",
    "HorizonKind",
    "PartOfDay",
    "TargetKind",
]


class _VietnameseEnum(str, enum.Enum):
    """A ``str`` enum whose value is a Vietnamese term; ``str()`` gives the term."""

    def __str__(self) -> str:
        return str(self.value)


class DocumentFamily(_VietnameseEnum):
    """Which system issued a document: the Communist Party or the State.

    >>> DocumentFamily.PARTY.value
    'Đảng'
    """

    PARTY = "Đảng"
    STATE = "Nhà nước"


class DocumentKind(_VietnameseEnum):
    """The kind (thể loại) of a formally issued instrument.

    >>> DocumentKind("kết luận").name
    'CONCLUSION'
    """

    RESOLUTION = "nghị quyết"
    CONCLUSION = "kết luận"
    DECISION = "quyết định"
    REGULATION = "quy định"
    DIRECTIVE = "chỉ thị"
    DECREE = "nghị định"
    CIRCULAR = "thông tư"
    JOINT_CIRCULAR = "thông tư liên tịch"
    LAW = "luật"
    ORDINANCE = "pháp lệnh"
    PROJECT = "đề án"
    PROGRAMME = "chương trình"
    STRATEGY = "chiến lược"
    PLAN = "kế hoạch"
    GUIDANCE = "hướng dẫn"
    NOTICE = "thông báo"
    OFFICIAL_LETTER = "công văn"
    DISPATCH = "công điện"
    REPORT = "báo cáo"
    SUBMISSION = "tờ trình"
    RULES = "quy chế"
    CIRCULAR_NOTE = "thông tri"
    CONSOLIDATED_TEXT = "văn bản hợp nhất"
    MASTER_PLAN = "quy hoạch"
    OTHER = "văn bản"


class EventKind(_VietnameseEnum):
    """The head noun of a meeting-like happening.

    >>> EventKind("tọa đàm").name
    'ROUNDTABLE'
    """

    FORUM = "diễn đàn"
    CONFERENCE = "hội nghị"
    WORKSHOP = "hội thảo"
    SESSION = "phiên họp"
    LEGISLATIVE_SESSION = "kỳ họp"
    DEBATE = "phiên thảo luận"
    MEETING = "cuộc họp"
    PRESS_CONFERENCE = "họp báo"
    WORKING_SESSION = "buổi làm việc"
    EXHIBITION = "triển lãm"
    CEREMONY = "lễ"
    ROUNDTABLE = "tọa đàm"
    CONGRESS = "đại hội"
    SUMMIT = "hội nghị thượng đỉnh"
    TALKS = "hội đàm"
    FAIR = "hội chợ"
    FESTIVAL = "ngày hội"
    CONTEST = "cuộc thi"
    TRAINING = "lớp tập huấn"


class EventFormat(_VietnameseEnum):
    """How an event was held.

    >>> EventFormat.HYBRID.value
    'kết hợp'
    """

    IN_PERSON = "trực tiếp"
    ONLINE = "trực tuyến"
    HYBRID = "kết hợp"


class EventRole(_VietnameseEnum):
    """The part a person or body plays in an event.

    >>> EventRole.CHAIR.value
    'chủ trì'
    """

    CHAIR = "chủ trì"
    ORGANISER = "tổ chức"
    PARTICIPANT = "tham dự"
    SPEAKER = "phát biểu"


class PartOfDay(_VietnameseEnum):
    """The part of the day a dateline gives ("Sáng 6/12", "chiều 19-7").

    >>> PartOfDay("chiều").name
    'AFTERNOON'
    """

    MORNING = "sáng"
    NOON = "trưa"
    AFTERNOON = "chiều"
    EVENING = "tối"
    NIGHT = "đêm"


class DatePrecision(_VietnameseEnum):
    """How precise a parsed date or period is.

    >>> DatePrecision.DAY.value
    'ngày'
    """

    DAY = "ngày"
    MONTH = "tháng"
    QUARTER = "quý"
    HALF_YEAR = "nửa năm"
    YEAR = "năm"
    PERIOD = "giai đoạn"


class HorizonKind(_VietnameseEnum):
    """The lead-in that makes a year or period forward-looking.

    >>> HorizonKind.VISION.value
    'tầm nhìn'
    """

    DEADLINE = "đến năm"
    VISION = "tầm nhìn"
    ORIENTATION = "định hướng"
    AT_YEAR = "vào năm"
    WITHIN_YEAR = "trong năm"
    PERIOD = "giai đoạn"


class TargetKind(_VietnameseEnum):
    """Whether a target states a measurable value or only a horizon.

    >>> TargetKind.HORIZON.value
    'mốc thời gian'
    """

    QUANTIFIED = "định lượng"
    HORIZON = "mốc thời gian"
    QUALITATIVE = "định tính"


class DirectiveVerb(_VietnameseEnum):
    """The verb that introduces an instruction.

    >>> DirectiveVerb("yêu cầu").name
    'REQUEST'
    """

    REQUEST = "yêu cầu"
    PROPOSE = "đề nghị"
    DIRECT = "chỉ đạo"
    ASSIGN = "giao"
    EMPHASISE = "nhấn mạnh"
    INSTRUCT = "chỉ rõ"
    ASK = "đề xuất"
    REQUIRE = "đòi hỏi"
    CALL_ON = "kêu gọi"
    NOTE = "lưu ý"
    CONCLUDE = "kết luận"
