"""Where files live: package data from the installed packages, writable folders in the checkout or per user."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.locations import PROJECT_ROOT, TrainingDataMissing, training_input, user_data_dir
from assistant.settings import Settings


@pytest.mark.parametrize(("platform", "environ", "expected"), [
    ("linux", {"XDG_DATA_HOME": "/data/me"}, Path("/data/me/what-matters")),
    ("linux", {}, Path.home() / ".local" / "share" / "what-matters"),
    ("win32", {"LOCALAPPDATA": "C:/Users/me/AppData/Local"}, Path("C:/Users/me/AppData/Local/what-matters")),
])
def test_an_installed_package_writes_to_the_users_data_folder(platform, environ, expected):
    assert user_data_dir(environ, platform) == expected


def test_a_checkout_keeps_its_writable_folders_and_reads_the_shipped_corpus_in_place():
    settings = Settings()
    assert (settings.index_dir, settings.instance_dir) == (PROJECT_ROOT / "index", PROJECT_ROOT / "instance")
    assert settings.corpus_dir == PROJECT_ROOT / "guidance_corpus"
    assert (settings.corpus_dir / "supervision.yaml").is_file()


def test_a_missing_training_input_is_one_line_naming_the_checkout(tmp_path):
    with pytest.raises(TrainingDataMissing) as missing:
        training_input(tmp_path / "labelled", "the labelled examples")
    assert "checkout" in str(missing.value) and "\n" not in str(missing.value)
    assert training_input(tmp_path, "a folder") == tmp_path
