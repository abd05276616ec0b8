"""Stable identifiers (mã định danh) for articles and extracted entities.

Ids are deterministic: the same input always gives the same id, across runs,
machines and Python versions, so downstream apps can key on them. They are
built from the folded form of a name (see :func:`vn_digital_policy.text.fold`), so
tone-mark style, Unicode normal form and case do not change them.

>>> slugify("Phạm Minh Chính")
'pham-minh-chinh'
>>> official_id("Phạm  Minh Chính") == official_id("PHẠM MINH CHÍNH")
True
>>> article_id_for_text("Sáng 6/12, ...")
'a-...'
"""

from __future__ import annotations

import hashlib
import unicodedata

import regex

from vn_digital_policy.text import fold, normalize

__all__ = [
    "article_id_for_text",
    "entity_id",
    "official_id",
    "organization_id",
    "resolution_id",
    "slugify",
]

_NON_ALNUM = regex.compile(r"[^a-z0-9]++")


def slugify(text: str) -> str:
    """Fold ``text`` to lower-case ASCII words joined by hyphens.

    >>> slugify("Đề án 06")
    'de-an-06'
    >>> slugify("57-NQ/TW")
    '57-nq-tw'
    """
    return _NON_ALNUM.sub("-", fold(text)).strip("-")


def _digest(*parts: str) -> str:
    joined = "\x1f".join(unicodedata.normalize("NFC", part) for part in parts)
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=6).hexdigest()


def article_id_for_text(text: str) -> str:
    """Content-derived id for an article given without one (``a-`` + 12 hex digits).

    The text is normalised first, so NFC/NFD and tone-mark style give the same id.

    >>> article_id_for_text("hoá") == article_id_for_text("hóa")
    True
    """
    return "a-" + _digest(normalize(text))


def official_id(name: str) -> str:
    """Id of a person, from the folded full name.

    >>> official_id("Nguyễn Mạnh Hùng")
    'official:nguyen-manh-hung'
    """
    return "official:" + slugify(name)


def organization_id(name: str) -> str:
    """Id of a body, from the folded name.

    >>> organization_id("Bộ Khoa học và Công nghệ")
    'org:bo-khoa-hoc-va-cong-nghe'
    """
    return "org:" + slugify(name)


def resolution_id(*, code: str | None = None, name: str | None = None, kind: str = "") -> str:
    """Id of a document: from its code, else from its kind and name.

    >>> resolution_id(code="52-NQ/TW")
    'resolution:52-nq-tw'
    >>> resolution_id(name="Đề án 06", kind="đề án")
    'resolution:de-an-06'
    """
    if code:
        return "resolution:" + slugify(code)
    label = name or ""
    if kind and not fold(label).startswith(fold(kind)):
        label = f"{kind} {label}"
    return "resolution:" + slugify(label)


def entity_id(prefix: str, article_id: str, *parts: str) -> str:
    """Id of an entity that lives inside one article (event, directive, target).

    >>> entity_id("event", "s000", "diễn đàn", "2021-12-06")
    'event:s000:...'
    """
    return f"{prefix}:{article_id}:{_digest(*parts)}"
