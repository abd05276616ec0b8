"""Sphinx configuration of the vn_digital_policy documentation.

CI builds the site twice, with warnings as errors and every cross-reference checked::

    python -m sphinx -n -W --keep-going -b html docs docs/_build/html
    python -m sphinx -n -W --keep-going -b doctest docs docs/_build/doctest

The build is offline: no intersphinx inventory is fetched. References to the standard
library and to the few third-party types in our signatures are linked by the local
extension ``_ext/vndp_docs.py`` instead (see ``EXTERNAL_DOCS`` there).
"""

from __future__ import annotations

import datetime as dt
import doctest
import sys
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# The package is normally installed (editable) in the build environment; the src
# path makes a plain checkout build too. The local extension lives in _ext/.
sys.path[:0] = [str(ROOT / "src"), str(HERE / "_ext")]

import vn_digital_policy  # noqa: E402 - after the path set-up above

# sphinx-autodoc-typehints still calls an API that Sphinx 9 deprecates; the message is
# about the extension, not about this project, and would repeat once per docstring.
warnings.filterwarnings(
    "ignore", message=".*set_application.*is deprecated", module="sphinx_autodoc_typehints.*"
)

# -- Project ---------------------------------------------------------------------------

project = "vn-digital-policy"
author = "vn_digital_policy developers"
copyright = f"2024-{dt.date.today().year}, {author}"  # Sphinx's name for it
release = vn_digital_policy.__version__
version = ".".join(release.split(".")[:2])
language = "en"

# -- General ---------------------------------------------------------------------------

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",  # before sphinx_autodoc_typehints, which reads its output
    "sphinx_autodoc_typehints",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "vndp_docs",  # _ext/vndp_docs.py: model/enum tables, CLI help, offline links
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "_generated", "_ext", "Thumbs.db", ".DS_Store"]
templates_path: list[str] = []

# Nitpicky mode (also forced by -n in CI): every cross-reference must resolve. The
# standard library, pydantic, attrs, regex, dateutil and pandas are linked offline by
# _ext/vndp_docs.py (no intersphinx: the build has no network), so nothing needs
# ignoring. Add an entry here only for a name that has no documentation to link to,
# with a comment saying why.
nitpicky = True
nitpick_ignore: list[tuple[str, str]] = []

# -- MyST (Markdown pages) -------------------------------------------------------------

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc, napoleon, type hints -----------------------------------------------------

# "members" and "undoc-members" are deliberately absent (off): every directive states
# what it shows, and an object without a docstring is never listed by accident.
autodoc_default_options = {
    "member-order": "bysource",
}
autodoc_class_signature = "mixed"
# Defaults as values ("None"), not as source text: attrs' generated __init__ would show
# "attr_dict['scale'].default".
autodoc_preserve_defaults = False
# "Span", not "vn_digital_policy.models.Span", wherever the reference resolves.
python_use_unqualified_type_names = True
# The type aliases of the query module read better than their expansions.
autodoc_type_aliases = {
    "DateBound": "vn_digital_policy.query.DateBound",
    "EnumFilter": "vn_digital_policy.query.EnumFilter",
    "Entity": "vn_digital_policy.query.Entity",
}

napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_use_ivar = False  # "Attributes:" become attribute entries, linkable with :attr:

# sphinx-autodoc-typehints: types move from the signature into the description.
typehints_fully_qualified = False
always_document_param_types = False
typehints_document_rtype = True
typehints_use_signature = False
typehints_use_signature_return = False
typehints_defaults = "comma"

# -- Doctest builder -------------------------------------------------------------------

# Only the explicit ``{doctest}`` blocks of the pages run here. The ">>>" examples in
# the docstrings that autodoc pulls in are run by pytest (``--doctest-modules``) in
# their own module namespace; run here they would lack that namespace.
doctest_test_doctest_blocks = ""
doctest_default_flags = (
    doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE | doctest.IGNORE_EXCEPTION_DETAIL
)
doctest_global_setup = """
import datetime as dt
import importlib.util  # for the ":skipif:" of examples that need an optional extra
import json
import vn_digital_policy as vdp
from vn_digital_policy import *
"""

# -- HTML ------------------------------------------------------------------------------

html_theme = "furo"
html_title = f"vn-digital-policy {release}"
html_static_path: list[str] = []
html_show_sourcelink = False

# vn_digital_policy.query annotates ``corpus: Corpus`` with a TYPE_CHECKING-only import
# (corpus.py imports query.py, so a runtime import would be a cycle); the typehints
# extension cannot evaluate that forward reference. The parameter is still documented.
suppress_warnings = ["sphinx_autodoc_typehints.forward_reference"]
