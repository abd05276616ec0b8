"""Local Sphinx extension of the vn_digital_policy docs.

It keeps the pages in step with the code by generating what would otherwise be
copied by hand, and it links external types without a network:

* ``model-fields``: a table of a pydantic model's fields (type, default, meaning),
  read from ``model_fields``; the directive's content may give the meaning of fields
  whose ``Field(description=...)`` is missing (``name: meaning`` lines).
* ``enum-values``: a table of an enum's members and their Vietnamese values.
* ``cli-help`` / ``cli-run``: the ``--help`` text, or the output, of a
  ``vn-digital-policy`` command, produced by running ``vn_digital_policy.cli.main``.
* ``json-schema`` files: ``_generated/<model>.schema.json`` written at start-up from
  ``model_json_schema()`` for the pages to include and offer for download.
* offline links: a ``missing-reference`` handler that links the standard library to
  docs.python.org and the few third-party types of our signatures (``EXTERNAL_DOCS``)
  to their documentation, and resolves ``vn_digital_policy.X`` (the public re-export)
  to where ``X`` is documented (its defining module).
* a check that every name in ``vn_digital_policy.__all__`` is documented.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import enum
import importlib
import importlib.util
import inspect
import io
import json
import os
import pkgutil
import re
import shlex
import sys
import types
import typing
from pathlib import Path
from typing import Any, ClassVar

import attrs
from docutils import nodes
from docutils.parsers.rst import Parser as RstParser
from docutils.parsers.rst import directives
from docutils.utils import new_document
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

logger = logging.getLogger(__name__)

PACKAGE = "vn_digital_policy"
GENERATED = "_generated"
#: Models whose JSON Schema is written to _generated/ at start-up.
SCHEMA_MODELS = ("Article",)

PYTHON_DOCS = "https://docs.python.org/3/library/"
#: Built-in types documented in stdtypes.html rather than functions.html.
_STDTYPES = frozenset({"str", "tuple", "list", "dict", "set", "frozenset", "bytes", "range"})
#: Third-party names in our signatures and docstrings, and where they are documented.
#: Keys are exact targets or prefixes ending in "."; values are full URLs.
_PYDANTIC = "https://docs.pydantic.dev/latest/api/"
_REGEX = "https://github.com/mrabarnett/mrab-regex#readme"
_ATTRS = "https://www.attrs.org/en/stable/api.html"
_DATAFRAME = "https://pandas.pydata.org/docs/reference/api/pandas.DataFrame.html"
EXTERNAL_DOCS: dict[str, str] = {
    "pydantic.BaseModel": f"{_PYDANTIC}base_model/#pydantic.BaseModel",
    "pydantic.main.BaseModel": f"{_PYDANTIC}base_model/#pydantic.BaseModel",
    "pydantic.ConfigDict": f"{_PYDANTIC}config/#pydantic.config.ConfigDict",
    "pydantic.config.ConfigDict": f"{_PYDANTIC}config/#pydantic.config.ConfigDict",
    "pydantic.Field": f"{_PYDANTIC}fields/#pydantic.fields.Field",
    "pydantic.ValidationError": f"{_PYDANTIC}pydantic_core/#pydantic_core.ValidationError",
    "pydantic_core.ValidationError": f"{_PYDANTIC}pydantic_core/#pydantic_core.ValidationError",
    "pydantic_core._pydantic_core.ValidationError": (
        f"{_PYDANTIC}pydantic_core/#pydantic_core.ValidationError"
    ),
    "regex.": _REGEX,
    "_regex.": _REGEX,
    "attrs.": _ATTRS,
    "attr.": _ATTRS,
    "pandas.DataFrame": _DATAFRAME,
    "pandas.core.frame.DataFrame": _DATAFRAME,
    "dateutil.": "https://dateutil.readthedocs.io/en/stable/",
}

# --------------------------------------------------------------------------------------
# Importing objects by dotted name


def import_object(dotted: str) -> Any:  # noqa: ANN401 - any documented object
    """Import ``package.module.Qual.name``: the longest importable module, then attributes."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attr in parts[cut:]:
            obj = getattr(obj, attr)
        return obj
    msg = f"cannot import {dotted!r}"
    raise ImportError(msg)


def canonical_name(obj: object) -> str | None:
    """``module.qualname`` of a class or function, where autodoc documents it."""
    module = getattr(obj, "__module__", None)
    qualname = getattr(obj, "__qualname__", None)
    if isinstance(module, str) and isinstance(qualname, str):
        return f"{module}.{qualname}"
    return None


# --------------------------------------------------------------------------------------
# Rendering types as reST


def type_rst(tp: Any) -> str:  # noqa: ANN401 - any annotation
    """An annotation as inline reST, classes as cross-references."""
    if tp is type(None) or tp is None:
        return "``None``"
    if tp is Ellipsis:
        return "..."
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(type_rst(arg) for arg in typing.get_args(tp))
    if origin is not None:
        args = ", ".join(type_rst(arg) for arg in typing.get_args(tp))
        return f"{type_rst(origin)}\\ [{args}]"
    if isinstance(tp, type):
        if tp.__module__ == "builtins":
            return f"``{tp.__qualname__}``"
        return f":py:class:`~{tp.__module__}.{tp.__qualname__}`"
    return f"``{tp}``"


def cell(text: str) -> list[str]:
    """A list-table cell body: the first line after the bullet, the rest indented."""
    lines = text.splitlines() or [""]
    return [lines[0], *(f"    {line}" for line in lines[1:])]


def list_table(header: list[str], rows: list[list[str]], widths: str) -> list[str]:
    """Lines of a reST ``list-table``."""
    out = [
        ".. list-table::",
        "   :header-rows: 1",
        f"   :widths: {widths}",
        "   :class: vndp-table",
        "",
    ]
    for row in [header, *rows]:
        first, *rest = row
        out.append(f"   * - {cell(first)[0]}")
        out.extend(f"     {line}" for line in cell(first)[1:])
        for value in rest:
            body = cell(value)
            out.append(f"     - {body[0]}")
            out.extend(f"     {line}" for line in body[1:])
    return out


class _TableDirective(SphinxDirective):
    """Shared plumbing: parse generated reST into nodes, in reST and MyST pages alike.

    ``state.nested_parse`` would read the lines as Markdown in a MyST page, so the
    lines are parsed by the reST parser into a scratch document (as MyST's own
    ``eval-rst`` does) and its nodes moved here.
    """

    def parse_lines(self, lines: list[str]) -> list[nodes.Node]:
        document = self.state.document
        scratch = new_document(document["source"], document.settings)
        scratch.reporter = document.reporter
        padding = "\n" * max(self.lineno - 1, 0)  # line numbers of messages stay right
        RstParser().parse(padding + "\n".join(lines), scratch)
        return list(scratch.children)


class ModelFieldsDirective(_TableDirective):
    """``.. model-fields:: vn_digital_policy.models.Article``."""

    required_arguments = 1
    has_content = True

    def run(self) -> list[nodes.Node]:
        target = self.arguments[0]
        try:
            model = import_object(target)
            fields = model.model_fields
        except (ImportError, AttributeError) as exc:
            logger.warning("model-fields: %s: %s", target, exc, location=self.get_location())
            return []
        meanings: dict[str, str] = {}
        for line in self.content:
            if line.strip():
                name, _, meaning = line.partition(":")
                meanings[name.strip()] = meaning.strip()
        unknown = sorted(set(meanings) - set(fields))
        if unknown:
            logger.warning(
                "model-fields: %s has no field(s) %s",
                target,
                ", ".join(unknown),
                location=self.get_location(),
            )
        rows = []
        for name, info in fields.items():
            if info.is_required():
                default = "required"
            elif info.default_factory is not None:
                default = "(computed)"
            else:
                default = f"``{info.default!r}``"
            meaning = info.description or meanings.get(name) or ""
            if not meaning:
                logger.warning(
                    "model-fields: %s.%s has no description; give one in the directive",
                    target,
                    name,
                    location=self.get_location(),
                )
            rows.append([f"``{name}``", type_rst(info.annotation), default, meaning])
        return self.parse_lines(
            list_table(["Field", "Type", "Default", "Meaning"], rows, "18 30 12 40")
        )


class EnumValuesDirective(_TableDirective):
    """``.. enum-values:: vn_digital_policy.enums.EventKind``."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        target = self.arguments[0]
        try:
            enum_cls = import_object(target)
        except (ImportError, AttributeError) as exc:
            logger.warning("enum-values: %s: %s", target, exc, location=self.get_location())
            return []
        if not (isinstance(enum_cls, type) and issubclass(enum_cls, enum.Enum)):
            logger.warning("enum-values: %s is not an enum", target, location=self.get_location())
            return []
        rows = [[f"``{m.name}``", f"``{m.value}``"] for m in enum_cls]
        heading = f":py:class:`~{target}`: {_summary(enum_cls)}"
        table = list_table(["Member (code)", "Value (JSON, Vietnamese)"], rows, "40 60")
        lines = [heading, "", *table]
        return self.parse_lines(lines)


def run_cli(argv: list[str], stdin: str = "") -> tuple[int, str]:
    """Run ``vn-digital-policy ARGV`` in-process; return the status and the output."""
    from vn_digital_policy.cli import main  # noqa: PLC0415 - imported when used

    out = io.StringIO()
    saved_columns, saved_stdin = os.environ.get("COLUMNS"), sys.stdin
    os.environ["COLUMNS"] = "88"  # argparse wraps help text to the terminal width
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            try:
                status = main(argv)
            except SystemExit as exc:  # in case a command exits
                status = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.stdin = saved_stdin
        if saved_columns is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved_columns
    return status, out.getvalue()


class CliDirective(SphinxDirective):
    """``.. cli-run:: query targets --due-by 2030`` (``cli-help`` adds ``--help``).

    The content, if any, is the command's standard input (shown as a here-document).
    Options: ``:max-lines:`` cuts long output (an ellipsis line marks the cut),
    ``:status:`` the expected exit status (default 0; anything else is a warning).
    """

    required_arguments = 0
    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True
    option_spec: ClassVar[dict[str, Any]] = {
        "max-lines": directives.positive_int,
        "status": int,
    }
    help_mode = False

    def run(self) -> list[nodes.Node]:
        argv = shlex.split(self.arguments[0]) if self.arguments else []
        if self.help_mode:
            argv.append("--help")
        stdin = "\n".join(self.content) + "\n" if self.content else ""
        status, output = run_cli(argv, stdin)
        expected = self.options.get("status", 0)
        if status != expected:
            logger.warning(
                "%s: vn-digital-policy %s exited %s (expected %s):\n%s",
                self.name,
                shlex.join(argv),
                status,
                expected,
                output,
                location=self.get_location(),
            )
        lines = output.rstrip("\n").splitlines()
        limit = self.options.get("max-lines")
        if limit is not None and len(lines) > limit:
            lines = [*lines[:limit], f"... ({len(lines) - limit} more lines)"]
        command = f"$ vn-digital-policy {shlex.join(argv)}"
        if stdin:
            command = "\n".join([f"{command} <<'EOF'", *self.content, "EOF"])
        text = "\n".join([command, *lines])
        block = nodes.literal_block(text, text, language="console")
        self.set_source_info(block)
        return [block]


class CliHelpDirective(CliDirective):
    help_mode = True


_ROLE = re.compile(r":(?:\w+:)?\w+:`(?P<tilde>~?)(?P<body>[^`<]+?)(?:\s*<[^`]*>)?`")


def _plain_role(match: re.Match[str]) -> str:
    body = match["body"].strip()
    if match["tilde"]:
        body = body.rsplit(".", 1)[-1]
    return f"``{body}``"


def _summary(obj: object) -> str:
    """The first line of an object's own docstring, its roles made literal text.

    The roles of a docstring resolve relative to its module, which a summary shown on
    another page does not have.
    """
    doc = inspect.getdoc(obj) if not isinstance(obj, str) else None
    first = doc.strip().splitlines()[0] if doc else ""
    return _ROLE.sub(_plain_role, first)


class PublicApiDirective(_TableDirective):
    """``.. public-api::``: every name of ``vn_digital_policy.__all__``, linked."""

    def run(self) -> list[nodes.Node]:
        package = importlib.import_module(PACKAGE)
        rows = []
        for name in getattr(package, "__all__", ()):
            obj = getattr(package, name)
            target = canonical_name(obj) if not isinstance(obj, str) else None
            target = target or f"{PACKAGE}.{name}"
            kind = "class" if isinstance(obj, type) else "func" if callable(obj) else "data"
            summary = _summary(obj) if kind != "data" else "The version of the package."
            rows.append([f":py:{kind}:`{name} <{target}>`", summary])
        if not rows:
            return self.parse_lines(["*The package exports no names yet.*"])
        return self.parse_lines(list_table(["Name", "What it is"], rows, "30 70"))


class ExceptionTreeDirective(_TableDirective):
    """``.. exception-tree::``: the exception classes of the package, as a tree.

    Every public module is imported first, so exceptions defined outside
    ``errors.py`` (a query or export error) appear too.
    """

    def run(self) -> list[nodes.Node]:
        package = importlib.import_module(PACKAGE)
        for module in _public_modules(package):
            try:
                importlib.import_module(module)
            except ImportError as exc:
                logger.warning(
                    "exception-tree: cannot import %s: %s",
                    module,
                    exc,
                    location=self.get_location(),
                )
        root = import_object(f"{PACKAGE}.errors.VNDigitalPolicyError")
        lines: list[str] = []

        def walk(cls: type, depth: int) -> None:
            others = [
                f":py:exc:`~{canonical_name(base)}`"
                for base in cls.__bases__
                if base is not Exception and not issubclass(base, root)
            ]
            also = f" (also a subclass of {', '.join(others)})" if others else ""
            summary = _summary(cls)
            lines.append(f"{'  ' * depth}* :py:exc:`~{canonical_name(cls)}`{also}: {summary}")
            children = sorted(
                (c for c in cls.__subclasses__() if _ours(c)), key=lambda c: c.__name__
            )
            if children:
                lines.append("")
                for child in children:
                    walk(child, depth + 1)
                lines.append("")

        walk(root, 0)
        return self.parse_lines(lines)


def _public_modules(package: types.ModuleType) -> list[str]:
    """The package's modules whose name has no leading underscore."""
    return sorted(
        info.name
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{PACKAGE}.")
        if not any(part.startswith("_") for part in info.name.split("."))
    )


#: The scorer's figures, in the order shown, with what each measures.
GOLD_FIGURES = (
    ("officials", "named people found (name match, tone style and case ignored)"),
    ("titles.recall", "share of the gold titles found, for officials found"),
    ("codes", "coded documents (52-NQ/TW) found, canonical code match"),
    ("named_docs.recall", "uncoded documents (Đề án 06) found by name"),
    ("events.recall", "gold events found with the right kind and date"),
    ("main_event.acc", "the main event found with the right kind and date"),
    ("targets", "distinct (value, unit, year) triples"),
    ("quantified_targets", "targets with a value"),
    ("horizons", "targets with a year only"),
    ("directives", "labelled directive sets, (label, count) match"),
)


def run_scorer(scorer: Path, folder: Path) -> dict[str, float]:
    """Run the shared scorer on a folder of gold pairs; return its figures."""
    spec = importlib.util.spec_from_file_location("score_gold", scorer)
    if spec is None or spec.loader is None:
        msg = f"cannot load {scorer}"
        raise ImportError(msg)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = io.StringIO()
    saved = sys.argv
    sys.argv = ["score_gold.py", str(folder)]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            module.main()
    finally:
        sys.argv = saved
    figures: dict[str, float] = {}
    for line in out.getvalue().splitlines():
        parts = line.split()
        if len(parts) == 2:
            with contextlib.suppress(ValueError):
                figures[parts[0]] = float(parts[1])
    return figures


class GoldScoresDirective(_TableDirective):
    """``.. gold-scores::``: the shared scorer's figures on the gold sets, at build time.

    Columns: the dev set (``../shared/devset``, the five seeds) and the project's own
    test articles (``tests/articles``). Without the shared scorer (a build from an
    sdist) the directive says so instead.
    """

    def run(self) -> list[nodes.Node]:
        root = Path(self.env.srcdir).parent
        scorer = root.parent / "shared" / "tools" / "score_gold.py"
        sets = [
            ("dev set (seeds)", root.parent / "shared" / "devset"),
            ("project test articles", root / "tests" / "articles"),
        ]
        sets = [(label, folder) for label, folder in sets if folder.is_dir()]
        if not scorer.is_file() or not sets:
            return self.parse_lines(
                [
                    ".. note::",
                    "",
                    "   The gold annotations and their scorer (``../shared``) are not",
                    "   beside this build, so no scores are shown here. Run",
                    "   ``python ../shared/tools/score_gold.py ../shared/devset`` in a",
                    "   checkout to see them.",
                ]
            )
        results = []
        for label, folder in sets:
            try:
                figures = run_scorer(scorer, folder)
            except Exception as exc:  # any failure of the scorer becomes a build warning
                logger.warning(
                    "gold-scores: the scorer failed on %s: %r",
                    folder,
                    exc,
                    location=self.get_location(),
                )
                return []
            results.append((label, figures))
        header = [
            "Figure",
            *(f"{label} ({int(f.get('articles', 0))})" for label, f in results),
            "Measures",
        ]
        rows = []
        for key, meaning in GOLD_FIGURES:
            cells = []
            for _, figures in results:
                if f"{key}.f1" in figures:
                    cells.append(
                        f"{figures[key + '.f1']:.2f} (P {figures[key + '.precision']:.2f}, "
                        f"R {figures[key + '.recall']:.2f})"
                    )
                else:
                    cells.append(f"{figures.get(key, float('nan')):.2f}")
            name = f"{key}.f1" if f"{key}.f1" in results[0][1] else key
            rows.append([f"``{name}``", *cells, meaning])
        widths = " ".join(["22", *(["22"] * len(results)), "34"])
        return self.parse_lines(list_table(header, rows, widths))


class HtmlPreviewDirective(SphinxDirective):
    """``.. html-preview::`` with article text as content: what Jupyter shows for it.

    The text is parsed (option ``:published:`` gives the publication date, ISO) and
    rendered with :func:`vn_digital_policy.html.render_article`; the HTML builder gets
    the markup as is (it is escaped and self-contained, with inline styles), other
    builders nothing.
    """

    has_content = True
    option_spec: ClassVar[dict[str, Any]] = {
        "published": directives.unchanged,
        "no-tables": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        from vn_digital_policy.extract.article import parse_article  # noqa: PLC0415
        from vn_digital_policy.html import render_article  # noqa: PLC0415

        published = self.options.get("published")
        article = parse_article(
            "\n".join(self.content),
            published=dt.date.fromisoformat(published) if published else None,
            article_id="preview",
        )
        markup = render_article(article, tables="no-tables" not in self.options)
        box = '<div class="vndp-preview" style="border:1px solid #ddd;padding:8px;overflow:auto">'
        return [nodes.raw("", f"{box}{markup}</div>", format="html")]


# --------------------------------------------------------------------------------------
# Generated files


def write_schemas(app: Sphinx) -> None:
    """Write ``_generated/<model>.schema.json`` (only when the content changed)."""
    from vn_digital_policy import models  # noqa: PLC0415 - after conf.py set the path

    folder = Path(app.srcdir) / GENERATED
    folder.mkdir(exist_ok=True)
    for name in SCHEMA_MODELS:
        schema = getattr(models, name).model_json_schema()
        text = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
        path = folder / f"{name.lower()}.schema.json"
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------------------
# Docstring hooks


#: Napoleon reads the docstrings of these as "type: description" on their first line.
_INLINE_TYPED = frozenset({"attribute", "data", "property"})
#: Such docstrings saved before napoleon reads them (see ``keep_prose_property``).
_PROPERTY_LINES: dict[str, list[str]] = {}


def _ours(obj: object) -> bool:
    module = getattr(obj, "__module__", None) or getattr(
        getattr(obj, "fget", None), "__module__", None
    )
    return isinstance(module, str) and (module == PACKAGE or module.startswith(PACKAGE + "."))


def save_property_lines(  # noqa: PLR0917 - Sphinx passes event arguments by position
    app: Sphinx, what: str, name: str, obj: object, options: object, lines: list[str]
) -> None:
    """Before napoleon: remember the docstrings of our properties and data."""
    del app, options
    if what in _INLINE_TYPED and (_ours(obj) or name.startswith(PACKAGE + ".")):
        _PROPERTY_LINES[name] = list(lines)


def keep_prose_property(  # noqa: PLR0917 - Sphinx passes event arguments by position
    app: Sphinx, what: str, name: str, obj: object, options: object, lines: list[str]
) -> None:
    """After napoleon: undo its reading of "Prose: more prose." as "type: description".

    Napoleon reads the first line of the docstring of a property, attribute or module
    constant as ``type: description``. Our docstrings are Google style with the types
    in the annotations, so a first line such as "A short human label: the kind and
    code, else the name." is prose; its "type" would render as a broken
    cross-reference. The original lines are restored then.
    """
    del app, obj, options
    original = _PROPERTY_LINES.pop(name, None)
    if what not in _INLINE_TYPED or not original:
        return
    head, colon, rest = original[0].partition(": ")
    looks_like_type = " " not in head.strip() or any(c in head for c in "[]|.")
    if colon and rest and not looks_like_type:
        lines[:] = original


def _annotation_text(tp: Any) -> str:  # noqa: ANN401 - any annotation
    """An annotation as the dotted text Sphinx parses into cross-references."""
    if isinstance(tp, str):
        return tp
    if tp is None or tp is type(None):
        return "None"
    if tp is Ellipsis:
        return "..."
    if isinstance(tp, list):  # the parameters of a Callable
        return "[" + ", ".join(_annotation_text(arg) for arg in tp) + "]"
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_annotation_text(arg) for arg in typing.get_args(tp))
    if origin is not None:
        args = ", ".join(_annotation_text(arg) for arg in typing.get_args(tp))
        return f"{_annotation_text(origin)}[{args}]"
    if isinstance(tp, type):
        if tp.__module__ == "builtins":
            return tp.__qualname__
        return f"{tp.__module__}.{tp.__qualname__}"
    return repr(tp)


def _fields(cls: type) -> list[tuple[str, Any, str | None, str]]:
    """(name, annotation, default text or None if required, description) of a model."""
    out: list[tuple[str, Any, str | None, str]] = []
    model_fields = getattr(cls, "model_fields", None)
    if isinstance(model_fields, dict):
        for name, info in model_fields.items():
            default = None if info.is_required() else repr(info.default)
            out.append((name, info.annotation, default, info.description or ""))
        return out
    if attrs.has(cls):
        try:
            hints = typing.get_type_hints(cls)
        except (NameError, TypeError):
            hints = {}
        for field in attrs.fields(cls):
            if field.name.startswith("_"):
                continue
            default = None if field.default is attrs.NOTHING else repr(field.default)
            if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                default = "(computed)"
            out.append((field.name, hints.get(field.name, field.type), default, ""))
    return out


def document_fields(  # noqa: PLR0917 - Sphinx passes event arguments by position
    app: Sphinx, what: str, name: str, obj: object, options: object, lines: list[str]
) -> None:
    """After napoleon: list the fields of our pydantic models and attrs classes.

    Pydantic fields are not class attributes, so autodoc cannot see them; attrs fields
    carry no docstring. Each field the docstring does not already describe (in an
    "Attributes:" section) becomes an ``attribute`` entry with its type, default and
    ``Field(description=...)``, so the reference lists it and ``:attr:`` links resolve.
    """
    del app, name, options
    if what != "class" or not isinstance(obj, type) or not _ours(obj):
        return
    described = {
        line.split("::", 1)[1].strip()
        for line in lines
        if line.lstrip().startswith(".. attribute::")
    }
    if issubclass(obj, enum.Enum):
        for member in obj:
            if member.name not in described:
                lines.extend(["", f".. attribute:: {member.name}", f"   :value: {member.value!r}"])
        lines.append("")
        return
    for field, annotation, default, description in _fields(obj):
        if field in described:
            continue
        lines.extend(["", f".. attribute:: {field}", f"   :type: {_annotation_text(annotation)}"])
        if default is not None and default != "(computed)":
            lines.append(f"   :value: {default}")
        if description:
            lines.extend(["", f"   {description}"])
    lines.append("")


def separate_doctests(  # noqa: PLR0917 - Sphinx passes event arguments by position
    app: Sphinx, what: str, name: str, obj: object, options: object, lines: list[str]
) -> None:
    """After sphinx-autodoc-typehints: keep a blank line before every ``>>>`` block.

    When a "Raises:" entry spans several lines, sphinx-autodoc-typehints inserts its
    ``:rtype:`` field right before a doctest that follows, with no blank line between,
    and docutils then reports "Field list ends without a blank line". A doctest block
    must start after a blank line anyway, so one is added where it is missing.
    """
    del app, what, name, obj, options
    fixed: list[str] = []
    in_doctest = False
    for line in "\n".join(lines).split("\n"):
        stripped = line.strip()
        if stripped.startswith(">>>") and not in_doctest:
            if fixed and fixed[-1].strip():
                fixed.append("")
            in_doctest = True
        elif not stripped:
            in_doctest = False
        fixed.append(line)
    lines[:] = fixed


def skip_pydantic_internals(  # noqa: PLR0917 - Sphinx passes event arguments by position
    app: Sphinx, what: str, name: str, obj: object, skip: bool, options: object
) -> bool | None:
    """Leave pydantic's ``model_config`` out: it is configuration, not API."""
    del app, what, obj, options
    return True if name == "model_config" else None


def model_signature(  # noqa: PLR0917 - Sphinx passes event arguments by position
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: object,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str, str | None] | None:
    """Show a model's keyword-only fields as its signature, not pydantic's ``(**data)``.

    The types are listed with the fields below, so the signature gives names and
    defaults only.
    """
    del app, name, options, signature
    if what != "class" or not isinstance(obj, type) or not _ours(obj):
        return None
    if not isinstance(getattr(obj, "model_fields", None), dict):
        return None
    params = [
        p.replace(annotation=inspect.Parameter.empty)
        for p in inspect.signature(obj).parameters.values()
    ]
    return str(inspect.Signature(params)), return_annotation


# --------------------------------------------------------------------------------------
# Offline links and the re-exports


def external_url(target: str) -> str | None:
    """Documentation URL of a standard-library or known third-party name."""
    for key, url in EXTERNAL_DOCS.items():
        if target == key or (key.endswith(".") and target.startswith(key)):
            return url
    if "." not in target:
        obj = getattr(builtins, target, None)
        if target in {"None", "True", "False"}:
            return f"{PYTHON_DOCS}constants.html#{target}"
        if inspect.isclass(obj) and issubclass(obj, BaseException):
            return f"{PYTHON_DOCS}exceptions.html#{target}"
        if target in _STDTYPES:
            return f"{PYTHON_DOCS}stdtypes.html#{target}"
        if obj is not None:
            return f"{PYTHON_DOCS}functions.html#{target}"
        return None
    parts = target.split(".")
    if parts[0] not in sys.stdlib_module_names or parts[0].startswith("_"):
        return None
    for cut in range(len(parts) - 1, 0, -1):
        module = ".".join(parts[:cut])
        try:
            importlib.import_module(module)
        except ImportError:
            continue
        return f"{PYTHON_DOCS}{module}.html#{target}"
    return None


def _candidates(target: str, module: str | None, cls: str | None) -> list[str]:
    """Where a name written in a docstring may live, as Python would look it up there.

    ``Official`` in the docstring of ``vn_digital_policy.corpus`` is the name that
    module imports; ``vn_digital_policy.parse_article`` is a re-export.
    """
    target = target.lstrip("~.")
    out = []
    if module and cls:
        out.append(f"{module}.{cls}.{target}")
    if module:
        out.append(f"{module}.{target}")
    out.append(target)
    return [c for c in out if c == PACKAGE or c.startswith(PACKAGE + ".")]


def _documented_as(dotted: str, documented: dict[str, Any]) -> str | None:
    """The documented name of the object ``dotted`` imports as, if it is documented.

    The longest importable prefix is replaced by its canonical name (module and
    qualified name of its definition) and the rest kept, so fields and members of a
    re-exported class resolve too.
    """
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = import_object(".".join(parts[:cut]))
        except (ImportError, AttributeError):
            continue
        base = obj.__name__ if inspect.ismodule(obj) else canonical_name(obj) or ""
        if not base:
            continue
        name = ".".join([base, *parts[cut:]])
        if name in documented:
            return name
    return None


def resolve_missing(
    app: Sphinx, env: BuildEnvironment, node: nodes.Element, contnode: nodes.Element
) -> nodes.Element | None:
    """``missing-reference``: re-exports to their definition, external names to URLs."""
    if node.get("refdomain") != "py":
        return None
    target = str(node.get("reftarget", ""))
    domain = env.get_domain("py")
    documented = domain.objects  # type: ignore[attr-defined]
    for candidate in _candidates(target, node.get("py:module"), node.get("py:class")):
        found = _documented_as(candidate, documented)
        if found is not None:
            return domain.resolve_xref(
                env,
                node.get("refdoc", ""),
                app.builder,
                node.get("reftype", "obj"),
                found,
                node,  # type: ignore[arg-type]
                contnode,
            )
    url = external_url(target)
    if url is None:
        return None
    reference = nodes.reference("", "", internal=False, refuri=url, reftitle=target)
    reference += contnode
    return reference


def check_public_api(app: Sphinx, env: BuildEnvironment) -> None:
    """Warn about names in ``vn_digital_policy.__all__`` the API reference misses."""
    package = importlib.import_module(PACKAGE)
    documented = env.get_domain("py").objects  # type: ignore[attr-defined]
    for name in getattr(package, "__all__", ()):
        obj = getattr(package, name)
        candidates = {f"{PACKAGE}.{name}", canonical_name(obj)}
        if not candidates & set(documented):
            logger.warning(
                "the public name %s.%s is not documented (add it to docs/api.md)",
                PACKAGE,
                name,
                type="vndp",
                subtype="api",
            )


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("model-fields", ModelFieldsDirective)
    app.add_directive("enum-values", EnumValuesDirective)
    app.add_directive("cli-run", CliDirective)
    app.add_directive("cli-help", CliHelpDirective)
    app.add_directive("public-api", PublicApiDirective)
    app.add_directive("exception-tree", ExceptionTreeDirective)
    app.add_directive("gold-scores", GoldScoresDirective)
    app.add_directive("html-preview", HtmlPreviewDirective)
    app.connect("builder-inited", write_schemas)
    app.connect("autodoc-process-docstring", save_property_lines, priority=400)
    app.connect("autodoc-process-docstring", keep_prose_property, priority=600)
    app.connect("autodoc-process-docstring", document_fields, priority=600)
    app.connect("autodoc-process-docstring", separate_doctests, priority=700)
    app.connect("autodoc-skip-member", skip_pydantic_internals)
    app.connect("autodoc-process-signature", model_signature, priority=400)
    app.connect("missing-reference", resolve_missing)
    app.connect("env-check-consistency", check_public_api)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
