"""Finding the project's data folders (config/, templates/) from a checkout or the current folder."""

from __future__ import annotations

import os
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


def project_root() -> Path:
    """The folder holding config/ and templates/: $BOUNCEBOT_HOME, the checkout, or the cwd."""
    home = os.environ.get("BOUNCEBOT_HOME")
    if home:
        return Path(home)
    if (_CHECKOUT / "config").is_dir():
        return _CHECKOUT
    return Path.cwd()


def project_path(relative: str) -> Path:
    return project_root() / relative
