"""vn_digital_policy: structured data from Vietnamese digital-policy news.

>>> import vn_digital_policy
>>> isinstance(vn_digital_policy.__version__, str)
True
"""

from __future__ import annotations

from vn_digital_policy._version import __version__

__all__ = ["__version__"]
