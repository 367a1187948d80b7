"""The version of the code that produced an output: recorded with every materialization, and
watched by the raw-files sensor (a change of the staging code restages everything)."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
# The code and rules that decide what a staged row is, and how it is stored (the pipelines'
# orchestration is not), and the locked library versions it runs with (they parse and validate).
CODE_FOLDERS = ("assets", "checks", "storage")
CODE_FILES = ("uv.lock",)
CODE_SUFFIXES = {".py", ".sql", ".yaml", ".yml", ".json"}


def git_commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True, cwd=PROJECT, timeout=10
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def code_digest() -> str:
    """sha256 of the source of assets/, checks/ and storage/ (CODE_FOLDERS) and of uv.lock (committed or not)."""
    digest = hashlib.sha256()
    paths = [
        p
        for folder in CODE_FOLDERS
        for p in (PROJECT / folder).rglob("*")
        if p.is_file() and p.suffix in CODE_SUFFIXES and "__pycache__" not in p.parts
    ]
    for path in sorted([*paths, *(PROJECT / f for f in CODE_FILES if (PROJECT / f).exists())]):
        digest.update(path.relative_to(PROJECT).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()
