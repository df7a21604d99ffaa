"""Dependency audit of the installed packages with pip-audit, bounded in time, in one short report.

Exit 1 when a known vulnerability is found (it is printed with the versions that fix it); exit 0 when none is, and
also when the advisory service cannot be reached, which is said as "could not check", never as "no known
vulnerabilities". Usage: python scripts/audit.py [--timeout SECONDS]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass

PREFIX = "dependency audit:"


@dataclass
class Audit:
    message: str
    exit_code: int


def read_report(returncode: int, stdout: str, stderr: str) -> Audit:
    """What pip-audit's JSON output says: vulnerabilities (exit 1), none (0), or that it could not check (0)."""
    try:
        report = json.loads(stdout)
        dependencies = report["dependencies"]
    except (ValueError, KeyError, TypeError):
        reason = next((line.strip() for line in reversed(stderr.splitlines()) if line.strip()), f"exit {returncode}")
        return Audit(f"{PREFIX} could not check (the advisory service could not be reached: {reason[:200]})", 0)
    found = [(d["name"], d["version"], v) for d in dependencies for v in d.get("vulns", [])]
    unaudited = sum(1 for d in dependencies if "skip_reason" in d)
    if found:
        lines = [f"{PREFIX} {len(found)} known vulnerabilit{'y' if len(found) == 1 else 'ies'} in installed packages:"]
        for name, version, vuln in found:
            fixes = ", ".join(vuln.get("fix_versions") or []) or "no fixed release yet"
            lines.append(f"  {name} {version}: {vuln['id']} (fixed in: {fixes})")
        return Audit("\n".join(lines), 1)
    checked = len(dependencies) - unaudited
    if checked == 0:
        reason = next((d["skip_reason"] for d in dependencies if "skip_reason" in d), "no packages were listed")
        return Audit(f"{PREFIX} could not check (none of the {len(dependencies)} installed packages could be looked "
                     f"up: {reason[:160]})", 0)
    note = f"; {unaudited} could not be looked up and were not checked" if unaudited else ""
    return Audit(f"{PREFIX} no known vulnerabilities in the {checked} packages checked{note}", 0)


def run_audit(timeout: float, extra_args: list[str] | None = None) -> Audit:
    """Run pip-audit over this interpreter's installed packages, giving up after timeout seconds."""
    command = [sys.executable, "-m", "pip_audit", "--progress-spinner", "off", "--skip-editable", "--timeout", "15",
               "--format", "json", *(extra_args or [])]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return Audit(f"{PREFIX} could not check (the advisory service did not answer within {timeout:.0f} s)", 0)
    return read_report(done.returncode, done.stdout, done.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=180.0, help="Give up after this many seconds.")
    args, extra = parser.parse_known_args(argv)
    audit = run_audit(args.timeout, extra)
    print(audit.message, file=sys.stderr if audit.exit_code else sys.stdout)
    return audit.exit_code


if __name__ == "__main__":
    sys.exit(main())
