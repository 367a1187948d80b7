"""Reading raw files: bytes to text (or a clear reason why not), and provenance sidecars.

Real files arrive as UTF-8 (with or without a byte-order mark), UTF-16 from Excel's
"Unicode text", or legacy Windows-1258 from old Vietnamese systems. Windows-1258 writes tone
marks as combining characters; the text is accepted only when it decodes to Vietnamese letters,
so a wrong guess never turns into mojibake in the warehouse.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

import yaml

_VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class TextDecodeError(ValueError):
    pass


class SidecarError(ValueError):
    """A provenance sidecar that cannot be read (broken YAML, an impossible date): the file it
    describes is quarantined, not the run."""


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """(NFC text, encoding name). Raises TextDecodeError with the reason.
    NFC at ingestion: joins on NFC and NFD forms of one word fail silently downstream."""
    text, encoding = _decode(raw)
    return unicodedata.normalize("NFC", text), encoding


def _decode(raw: bytes) -> tuple[str, str]:
    if not raw.strip():
        raise TextDecodeError("the file is empty")
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(raw, "utf-8-sig"), "UTF-8 with byte-order mark"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(raw, "utf-16"), "UTF-16"
    if len(raw) >= 4 and raw[1::2].count(0) > len(raw) // 4 and raw[0::2].count(0) == 0:
        return _strict(raw, "utf-16-le"), "UTF-16 (little-endian, no byte-order mark)"
    if b"\x00" in raw:
        raise TextDecodeError("binary content (NUL bytes): this is not a text file")
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as error:
        utf8_error = error
    try:
        text = raw.decode("cp1258")
    except UnicodeDecodeError:
        text = None
    if text is not None and _VIETNAMESE.search(text) and not _CONTROL.search(text):
        return text, "Windows-1258 (converted to Unicode)"
    raise TextDecodeError(
        f"not UTF-8 (invalid byte 0x{raw[utf8_error.start]:02x} at offset {utf8_error.start}), UTF-16 or "
        "Vietnamese Windows-1258: save the file as UTF-8"
    )


def read_sidecar(path: Path) -> dict:
    """The provenance sidecar of a raw file (``<file>.source.yml``), or {} when it has none.
    Raises SidecarError naming the sidecar and the reason when it cannot be read: YAML that does
    not parse, a date that does not exist (`2023-02-30`: PyYAML raises ValueError), or YAML that
    is not a mapping."""
    sidecar = path.with_name(path.name + ".source.yml")
    if not sidecar.exists():
        return {}
    try:
        meta = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
    except (yaml.YAMLError, ValueError, UnicodeDecodeError) as error:
        reason = str(error).replace("\n", " ")
        raise SidecarError(f"sidecar {sidecar.name} cannot be read ({type(error).__name__}: {reason})") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise SidecarError(f"sidecar {sidecar.name} is not a mapping of fields (province, document_date, ...)")
    return meta


def _strict(raw: bytes, encoding: str) -> str:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise TextDecodeError(f"declares {encoding} but byte {error.start} is invalid") from None
    if encoding.startswith("utf-16") and _CONTROL.search(text.replace("\t", "")):
        raise TextDecodeError("binary content decoded as UTF-16: this is not a text file")
    return text.lstrip("\ufeff")
