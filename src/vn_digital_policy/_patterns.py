"""Regex building blocks shared by the lexicon-driven scanners.

Every extractor turns a lexicon (a data file of titles, bodies, event heads, verbs ...)
into a pattern; this module is the one place that does it:

- :func:`alternation`: the words as ``a|b|c``, longest first, so the first branch that
  matches is the longest entry (the ``regex`` engine tries branches in order).
- :func:`trie`: the same language as one prefix tree. A big alternation makes the
  engine try every branch at every position; a tree tries only the branches that
  continue the text, which keeps a scan over news text fast however big the lexicon.
- :func:`lower_aligned` and :func:`scan_lower`: scan lower-cased text with a
  lower-case pattern (much faster than ``IGNORECASE`` in ``regex``) while keeping the
  offsets of the original text.

Both builders escape every character that is not a letter or digit, so their output
is safe inside ``VERBOSE`` patterns, and write a space of a word as ``space`` (by
default a possessive run of whitespace).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import regex

__all__ = ["alternation", "find_all", "lower_aligned", "scan_lower", "trie"]

#: What a space inside a lexicon entry matches by default: any run of whitespace.
SPACE_RUN = r"\s++"


def _escape_char(char: str) -> str:
    """``char`` as a literal that also holds in ``VERBOSE`` patterns (letters stay bare)."""
    return char if char.isalnum() else regex.escape(char, special_only=False)


def _escape(word: str, space: str) -> str:
    return space.join("".join(map(_escape_char, part)) for part in word.split(" "))


def alternation(words: Iterable[str], *, space: str = SPACE_RUN) -> str:
    r"""The ``words`` as one alternation, longest first (not grouped).

    Runs of whitespace inside a word are read as one space, written as ``space``.
    An empty lexicon gives a pattern that never matches.

    >>> alternation(["chỉ đạo", "giao", "yêu cầu"])
    'chỉ\\s++đạo|yêu\\s++cầu|giao'
    >>> alternation([])
    '(?!)'
    """
    unique = {" ".join(w.split()) for w in words} - {""}
    if not unique:
        return "(?!)"
    ordered = sorted(unique, key=lambda w: (-len(w), w))
    return "|".join(_escape(w, space) for w in ordered)


class _Node(dict[str, "_Node"]):
    """A prefix-tree node: children by character, and what may end a word here."""

    def __init__(self) -> None:
        super().__init__()
        self.ending: str | None = None


def trie(words: Iterable[str] | Mapping[str, str], *, space: str = SPACE_RUN) -> str:
    r"""A group matching exactly ``words``, as a prefix tree that tries longer words first.

    When ``words`` maps each word to a regex, that regex must match right after the
    word (it ends the branch; several words ending alike are alternatives). Runs of
    whitespace inside a word are read as one space, written as ``space``. An empty
    lexicon gives a pattern that never matches.

    >>> trie(["lễ", "lễ ký", "lập"])
    '(?:l(?:ập|ễ(?:\\s++ký)?))'
    >>> regex.fullmatch(trie(["lễ", "lễ ký", "lễ ký kết"]), "lễ ký  kết") is not None
    True
    >>> regex.fullmatch(trie({"Bộ": r"\s++trưởng"}), "Bộ trưởng") is not None
    True
    """
    root = _Node()
    endings = words if isinstance(words, Mapping) else dict.fromkeys(words, "")
    for raw, ending in endings.items():
        word = " ".join(raw.split())
        if not word:
            continue
        node = root
        for char in word:
            node = node.setdefault(char, _Node())
        node.ending = ending if node.ending is None else f"{node.ending}|{ending}"

    def build(node: _Node) -> str:
        branches = [
            (space if char == " " else _escape_char(char)) + build(child)
            for char, child in sorted(node.items())
        ]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if node.ending is None:
            return body if branches else ""
        if not branches:
            return f"(?:{node.ending})" if node.ending else ""
        if not node.ending:
            return f"(?:{body})?" if len(branches) == 1 else f"{body}?"
        return "(?:" + "|".join([*branches, node.ending]) + ")"

    pattern = build(root)
    return f"(?:{pattern})" if pattern else "(?!)"


def lower_aligned(text: str) -> str:
    """``text.lower()`` with the same offsets as ``text``.

    A few non-Vietnamese letters grow when lower-cased ("İ" becomes two characters);
    those are kept as they are so that every offset still points into ``text``.

    >>> lower_aligned("Diễn đàn İstanbul")
    'diễn đàn İstanbul'
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def scan_lower(
    text: str, pattern: regex.Pattern[str], any_case: regex.Pattern[str]
) -> Iterator[regex.Match[str]]:
    """Matches of a lower-case ``pattern`` on ``text.lower()`` (offsets hold for ``text``).

    Falls back to ``any_case`` (the same pattern, case-insensitive) on the original text
    when lower-casing would change its length (a few non-Vietnamese letters do).

    >>> [m.span() for m in scan_lower("Diễn đàn", regex.compile("diễn"), regex.compile("x"))]
    [(0, 4)]
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return pattern.finditer(lowered)
    return any_case.finditer(text)


def find_all(text: str, literal: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Every offset of ``literal`` in ``text[start:end]``, overlaps included, in order.

    ``str.find`` runs at C speed: for a handful of literals it is much faster than a
    regex tried at every position, so scanners look for their entries' first words this
    way and try their patterns only there.

    >>> list(find_all("hội nghị, hội thảo", "hội"))
    [0, 10]
    """
    stop = len(text) if end is None else end
    position = text.find(literal, start, stop)
    while position >= 0:
        yield position
        position = text.find(literal, position + 1, stop)
