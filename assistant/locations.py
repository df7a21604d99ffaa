"""Where files live: shipped data inside the installed packages, writable folders in the checkout or per user.

Run-time files (migrations, the corpus, the model export, openapi.yaml) are package data, found through
importlib.resources, so a wheel installed anywhere has them. Writable folders (the index, the instance folder with
the database) stay in the checkout when there is one and go to the user's data folder otherwise.
"""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

APP_NAME = "what-matters"
PROJECT_ROOT = Path(__file__).resolve().parent.parent  # the checkout, when running from one
# Training and benchmark inputs: a checkout has them, an installed package does not.
LABELLED = PROJECT_ROOT / "data" / "labelled"
ANNOMI = PROJECT_ROOT.parent / "shared" / "data" / "annomi" / "annomi_full_dev.csv"


class TrainingDataMissing(FileNotFoundError):
    """A training or benchmark input that only a checkout of the project has."""


def package_dir(package: str, *parts: str) -> Path:
    """A folder shipped inside an installed package, as a path (wheels install unzipped, so it is on disk)."""
    return Path(str(files(package).joinpath(*parts)))


def in_checkout() -> bool:
    """Whether the code runs from a source checkout (editable install or PYTHONPATH), not an installed wheel."""
    return (PROJECT_ROOT / "pyproject.toml").is_file() and (PROJECT_ROOT / "assistant").is_dir() \
        and (PROJECT_ROOT / "tests").is_dir()


def user_data_dir(environ: dict[str, str] | None = None, platform: str = sys.platform) -> Path:
    """The per-user folder for writable files when installed: XDG on Linux, LOCALAPPDATA on Windows."""
    environ = os.environ if environ is None else environ
    if platform == "win32":
        base = environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME


def writable_dir(name: str) -> Path:
    """checkout/NAME in a checkout, else the user's data folder/NAME."""
    return (PROJECT_ROOT if in_checkout() else user_data_dir()) / name


def training_input(path: Path, what: str) -> Path:
    """path, or a one-line error saying this input comes with a checkout of the project only."""
    if not Path(path).exists():
        raise TrainingDataMissing(f"{what} not found at {path}; it comes with a checkout of the project "
                                  f"(not the installed package)")
    return Path(path)
