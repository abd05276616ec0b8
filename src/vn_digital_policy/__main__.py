"""``python -m vn_digital_policy``: the same as the ``vn-digital-policy`` command."""

from __future__ import annotations

import sys

from vn_digital_policy.cli import main

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
