"""Where ExitPlanner finds its bundled resources and keeps the user's files.

Resources live at the top of the repository (``resources/``, ``translations/``) so that the
packaging scripts, the data-building scripts and the app agree on one place. Three layouts
must work: a source checkout or editable install (the folders sit two levels above this
package), an installed wheel (hatch copies them into the package), and a PyInstaller bundle
(``sys._MEIPASS``). User files go to platformdirs' folders, overridable with
``EXITPLANNER_HOME`` so that tests and portable installs never touch the real profile.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "exitplanner"
APP_AUTHOR = "ExitPlanner"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(folder: str) -> list[Path]:
    found = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / "exitplanner" / folder)
        found.append(Path(frozen_root) / folder)
    found.append(_PACKAGE_DIR / folder)
    found.append(_PACKAGE_DIR.parent.parent / folder)
    return found


@cache
def _bundled(folder: str) -> Path:
    for candidate in _candidates(folder):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {folder!r} not found in {_candidates(folder)}")


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (icons, territories data, templates, demo plan)."""
    return _bundled("resources")


def resource(*parts: str) -> Path:
    """Path of one bundled resource file."""
    return resources_dir().joinpath(*parts)


def translations_dir() -> Path:
    """The bundled ``translations/`` folder holding the compiled ``.qm`` files."""
    return _bundled("translations")


def _user_root() -> Path | None:
    home = os.environ.get("EXITPLANNER_HOME")
    return Path(home) if home else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_data_dir() -> Path:
    """Default folder for plans, user templates and job journals."""
    root = _user_root()
    if root:
        return _ensure(root / "data")
    return _ensure(Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)))


def user_log_dir() -> Path:
    """Folder for the rotated log files."""
    root = _user_root()
    if root:
        return _ensure(root / "logs")
    return _ensure(Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)))


def user_config_dir() -> Path:
    """Folder for settings (QSettings ini file)."""
    root = _user_root()
    if root:
        return _ensure(root / "config")
    return _ensure(Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)))


def plans_dir() -> Path:
    """Default folder where new plans are saved."""
    return _ensure(user_data_dir() / "plans")
