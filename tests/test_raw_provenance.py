"""Every raw input file carries a provenance sidecar; copied files keep their checksum."""

import hashlib

import pytest
import yaml

from tests.conftest import RAW

DATA_FILES = sorted(
    p
    for folder in ("reference", "dti")
    for p in (RAW / folder).iterdir()
    if p.is_file() and not p.name.endswith(".source.yml")
)


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_sidecar(path):
    sidecar = path.with_name(path.name + ".source.yml")
    assert sidecar.exists(), f"{path} has no provenance sidecar {sidecar.name}"
    meta = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
    assert meta.get("title") and meta.get("publisher")
    if "sha256" in meta:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == meta["sha256"], (
            f"{path.name} changed since it was copied: update its sidecar only if the new content is from the same source"
        )
    if meta.get("copied_from"):
        assert "sha256" in meta, f"{sidecar.name}: a copied file must record its checksum"
