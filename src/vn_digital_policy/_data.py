"""Loading the package's data files (lexicons and tables) once, via :mod:`importlib.resources`.

Data files live in ``vn_digital_policy/data/``. Tables are UTF-8 text, tab-separated,
one record a line; lines starting with ``#`` are comments (every file opens with a
header saying what it holds and where it comes from) and blank lines are skipped.
Every cell is NFC-normalised on load, so files may be edited with any editor.

>>> rows = read_table("abbreviations.tsv")
>>> isinstance(rows, tuple)
True
"""

from __future__ import annotations

import functools
import importlib.resources
import unicodedata

from vn_digital_policy.errors import DataFileError

__all__ = ["read_lines", "read_table", "read_text"]

_PACKAGE = "vn_digital_policy"


@functools.cache
def read_text(name: str, *, folder: str = "data") -> str:
    """Return the text of the package data file ``folder/name`` (NFC), cached.

    Raises:
        DataFileError: the file is not shipped with the package.
    """
    try:
        resource = importlib.resources.files(_PACKAGE).joinpath(folder).joinpath(name)
        raw = resource.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError, UnicodeDecodeError) as exc:
        msg = f"package data file {folder}/{name} is missing or unreadable: {exc}"
        raise DataFileError(msg) from exc
    return unicodedata.normalize("NFC", raw)


@functools.cache
def read_lines(name: str) -> tuple[str, ...]:
    """Return the non-blank, non-comment lines of ``data/name``, stripped."""
    out = []
    for line in read_text(name).splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            out.append(stripped)
    return tuple(out)


@functools.cache
def read_table(name: str, *, columns: int | None = None) -> tuple[tuple[str, ...], ...]:
    """Return the rows of the tab-separated table ``data/name``.

    Args:
        name: file name inside ``vn_digital_policy/data``.
        columns: when given, every row must have exactly this many cells (missing
            trailing cells are padded with ``""``; extra cells are an error).

    Raises:
        DataFileError: the file is missing or a row has too many cells.
    """
    rows = []
    for number, line in enumerate(read_text(name).splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if columns is not None:
            if len(cells) > columns:
                msg = f"data/{name}:{number}: expected {columns} columns, got {len(cells)}"
                raise DataFileError(msg)
            cells += [""] * (columns - len(cells))
        rows.append(tuple(cells))
    return tuple(rows)
