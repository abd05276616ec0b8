"""The exception hierarchy of :mod:`vn_digital_policy`.

Every exception the library raises on purpose derives from :class:`VNDigitalPolicyError`.
Errors about malformed input also derive from :class:`ValueError`, so code that already
catches ``ValueError`` keeps working.

>>> from vn_digital_policy.errors import DocumentCodeError, ParseError, VNDigitalPolicyError
>>> issubclass(DocumentCodeError, ParseError) and issubclass(ParseError, ValueError)
True
>>> err = ParseError("not a date", text="31/2")
>>> err.text
'31/2'
>>> isinstance(err, VNDigitalPolicyError)
True
"""

from __future__ import annotations

__all__ = [
    "CorpusError",
    "DataFileError",
    "DateParseError",
    "DocumentCodeError",
    "ExportError",
    "MissingDependencyError",
    "NumberParseError",
    "ParseError",
    "QueryError",
    "VNDigitalPolicyError",
]


class VNDigitalPolicyError(Exception):
    """Root of every exception raised by :mod:`vn_digital_policy`.

    >>> try:
    ...     raise VNDigitalPolicyError("boom")
    ... except VNDigitalPolicyError as exc:
    ...     str(exc)
    'boom'
    """


class ParseError(VNDigitalPolicyError, ValueError):
    """Input text could not be parsed.

    Carries the offending ``text`` and, where known, the ``span`` (start, end) inside it
    that the parser rejected, plus human-readable ``suggestions``.

    >>> err = ParseError("bad input", text="abc", span=(0, 1), suggestions=("a",))
    >>> err.span, err.suggestions
    ((0, 1), ('a',))
    """

    default_message = "the text could not be parsed"

    def __init__(
        self,
        message: str | None = None,
        *,
        text: str | None = None,
        span: tuple[int, int] | None = None,
        suggestions: tuple[str, ...] = (),
    ) -> None:
        self.message = message or self.default_message
        self.text = text
        self.span = span
        self.suggestions = suggestions
        super().__init__(self.message)

    def __str__(self) -> str:
        if self.text is None:
            return self.message
        shown = self.text if len(self.text) <= 80 else self.text[:77] + "..."
        return f"{self.message}: {shown!r}"


class NumberParseError(ParseError):
    """The text is not a Vietnamese number (digits, number words, ordinal or Roman numeral).

    >>> raise NumberParseError(text="xyz")
    Traceback (most recent call last):
    ...
    vn_digital_policy.errors.NumberParseError: not a Vietnamese number: 'xyz'
    """

    default_message = "not a Vietnamese number"


class DateParseError(ParseError):
    """The text is not a valid date, month, year or period (for example "31/2").

    >>> str(DateParseError(text="31/2"))
    "not a valid Vietnamese date: '31/2'"
    """

    default_message = "not a valid Vietnamese date"


class DocumentCodeError(ParseError):
    """The text is not a Vietnamese document code ("số và ký hiệu") or, strictly, not canonical.

    >>> str(DocumentCodeError(text="52/NQ"))
    "not a Vietnamese document code: '52/NQ'"
    """

    default_message = "not a Vietnamese document code"


class DataFileError(VNDigitalPolicyError):
    """A data file shipped with (or given to) the package is missing or malformed.

    >>> isinstance(DataFileError("missing"), VNDigitalPolicyError)
    True
    """


class CorpusError(VNDigitalPolicyError):
    """A corpus could not be loaded (missing folder, unreadable file, bad metadata).

    >>> isinstance(CorpusError("no such folder"), VNDigitalPolicyError)
    True
    """


class QueryError(VNDigitalPolicyError, ValueError):
    """A query filter is malformed: an unknown kind, a bad date, a filter with no words.

    ``suggestions`` holds the close valid values, when there are some.

    >>> err = QueryError("unknown event kind 'hoi ngi'", suggestions=("hội nghị",))
    >>> isinstance(err, ValueError), err.suggestions
    (True, ('hội nghị',))
    """

    def __init__(self, message: str, *, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.suggestions = suggestions


class ExportError(VNDigitalPolicyError, ValueError):
    """Data could not be exported or read back: bad path, malformed file, unknown model.

    >>> isinstance(ExportError("x"), ValueError)
    True
    """


class MissingDependencyError(VNDigitalPolicyError, ImportError):
    """An optional dependency is not installed (the message says what to install).

    >>> isinstance(MissingDependencyError("pip install ..."), ImportError)
    True
    """
