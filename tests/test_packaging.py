"""The package installs anywhere: a wheel built from the tree, installed into a fresh venv without torch, serves pages
and stores conversations from a folder with no checkout around, with its writable files in the user's data folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import venv
import zipfile
from pathlib import Path

import pytest

from assistant.settings import PROJECT_ROOT

pytestmark = [pytest.mark.slow, pytest.mark.packaging]

SOURCES = ("assistant", "web", "guidance_corpus", "pyproject.toml", "README.md")
QUIET = ("--quiet", "--disable-pip-version-check", "--no-input")

# Runs inside the fresh venv: drives the installed package through its Python API (create_app + test client),
# signing in as a user would with the token the install made in its instance folder.
PROBE = textwrap.dedent("""\
    import importlib.util, json, sys
    from pathlib import Path
    from web import create_app
    from assistant.settings import Settings

    app = create_app({"SECRET_KEY": "probe"})
    client = app.test_client()
    refused = client.get("/api/conversations").status_code
    token = (Path(app.instance_path) / "access_token").read_text().strip()
    signed_in = client.get("/login?token=" + token).status_code
    page = client.get("/ask", query_string={"q": "What is a personal outcome?"})
    made = client.post("/api/conversations", json={"title": "Visit to Mrs Jones"})
    cid = made.get_json()["id"]
    turn = client.post(f"/api/conversations/{cid}/turns",
                       json={"speaker": "person", "text": "I miss going to chapel on Sundays."})
    back = client.get(f"/api/conversations/{cid}").get_json()
    print(json.dumps({
        "refused": refused, "signed_in": signed_in,
        "instance_mode": oct(Path(app.instance_path).stat().st_mode & 0o777),
        "database_mode": oct(Path(app.config["DATABASE"]).stat().st_mode & 0o777),
        "page": page.status_code, "page_has_source": "/guidance/" in page.get_data(as_text=True),
        "created": made.status_code, "turn": turn.status_code, "turns": [t["text"] for t in back["turns"]],
        "openapi": client.get("/api/openapi.yaml").status_code,
        "database": app.config["DATABASE"], "settings": {k: str(v) for k, v in vars(Settings()).items()},
        "torch_installed": importlib.util.find_spec("torch") is not None,
        "heavy_imported": sorted(m for m in ("torch", "transformers", "sentence_transformers", "sklearn")
                                 if m in sys.modules),
    }))
""")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from a copy of the package's sources (so the build leaves nothing in the checkout)."""
    root = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        source = PROJECT_ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, root / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", *QUIET, "--no-deps", str(root),
                    "-w", str(out)], check=True, capture_output=True)
    (built,) = out.glob("what_matters-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel and its runtime dependencies only; returns its python."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    done = subprocess.run([str(python), "-m", "pip", "install", *QUIET, str(wheel)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    return python


def outside_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user with no checkout: a home of their own, nothing pointing at this tree."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ASSISTANT_", "PYTHON", "XDG_", "VIRTUAL_ENV"))}
    return env | {"HOME": str(home), "USERPROFILE": str(home), "LOCALAPPDATA": str(home / "AppData" / "Local")} | extra


def test_the_wheel_carries_every_file_read_at_run_time(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = [p for p in (PROJECT_ROOT / "guidance_corpus").rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    wanted += list((PROJECT_ROOT / "assistant" / "migrations").glob("*.sql"))
    wanted += [p for p in (PROJECT_ROOT / "assistant" / "data").rglob("*") if p.is_file()]
    wanted += [PROJECT_ROOT / "web" / "openapi.yaml"]
    missing = [str(p.relative_to(PROJECT_ROOT)) for p in wanted
               if p.relative_to(PROJECT_ROOT).as_posix() not in names]
    assert missing == []
    assert wheel.stat().st_size < 40 * 1024 * 1024  # the int8 model is most of it


def test_an_installed_wheel_serves_and_stores_without_torch_or_a_checkout(installed, real_index_dir, tmp_path):
    home, work = tmp_path / "home", tmp_path / "elsewhere"
    work.mkdir()
    env = outside_env(home, ASSISTANT_INDEX_DIR=str(real_index_dir))
    done = subprocess.run([str(installed), "-c", PROBE], cwd=work, env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["refused"] == 401 and result["signed_in"] == 302
    assert result["instance_mode"] == "0o700" and result["database_mode"] == "0o600"
    assert result["page"] == 200 and result["page_has_source"]
    assert (result["created"], result["turn"], result["openapi"]) == (201, 201, 200)
    assert result["turns"] == ["I miss going to chapel on Sundays."]
    assert result["torch_installed"] is False and result["heavy_imported"] == []
    data = home / ".local" / "share" / "what-matters"
    if sys.platform.startswith("linux"):
        assert Path(result["database"]) == data / "instance" / "conversations.sqlite3"
        assert Path(result["database"]).stat().st_size > 0  # the conversation really was written there
        assert result["settings"]["onnx_dir"] == str(data / "index" / "onnx")
    assert "guidance_corpus" in result["settings"]["corpus_dir"] and str(PROJECT_ROOT) not in done.stdout


def test_installed_commands_answer_and_say_when_training_inputs_are_checkout_only(installed, real_index_dir,
                                                                                  tmp_path):
    assistant = installed.parent / ("assistant.exe" if os.name == "nt" else "assistant")
    env = outside_env(tmp_path / "home", ASSISTANT_INDEX_DIR=str(real_index_dir))
    asked = subprocess.run([str(assistant), "ask", "Is a walk-in shower a personal outcome?", "--json"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert asked.returncode == 0, asked.stderr[-2000:]
    assert json.loads(asked.stdout)["sources"]
    for command in (["train-classifiers"], ["bench"]):
        refused = subprocess.run([str(assistant), *command], cwd=tmp_path, env=env, capture_output=True, text=True,
                                 timeout=600)
        assert refused.returncode == 2 and refused.stdout == ""
        assert len(refused.stderr.strip().splitlines()) == 1 and "checkout" in refused.stderr
    torch_backend = subprocess.run([str(assistant), "outcome", "To walk to the shop"], cwd=tmp_path,
                                   env=env | {"ASSISTANT_BACKEND": "torch"}, capture_output=True, text=True,
                                   timeout=600)
    assert torch_backend.returncode == 2 and "what-matters[train]" in torch_backend.stderr
    assert len(torch_backend.stderr.strip().splitlines()) == 1
