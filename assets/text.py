"""Vietnamese text normalisation shared by every ingestion path.

Two facts of real documents drive this module:
- the same word arrives as NFC or NFD Unicode, and joins on the two forms fail silently;
- tone marks on open ``oa``/``oe``/``uy`` syllables are placed two ways (``Hoà``/``Hòa``,
  ``Thuỷ``/``Thủy``); NFC keeps them different.

``normalize_text`` fixes both (NFC, tone on the first vowel as in official place names)
and folds the many Unicode spaces of web pages into one plain space and every kind of line end
into ``\n`` (Unicode's paragraph separator into a blank line);
``fold_ascii`` removes diacritics for matching names typed without them.
"""

from __future__ import annotations

import re
import unicodedata

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
# Open: no letter follows, past the syllable's other marks ("hoặc" is o a <dot below> <breve> c in
# NFD: closed, its mark stays on ă).
_LETTER_AFTER = r"(?![\u0300-\u036f]*[^\W\d_])"
# In NFD, "Hoà" is H o a <grave>; the official spelling "Hòa" is H o <grave> a.
# Only open syllables differ between the two styles ("Hoàng" is the same in both),
# and "qu" + "y" keeps the mark on y ("quý").
_OPEN_OA_OE = re.compile(rf"([oO])([aAeE])([{_TONE_MARKS}]){_LETTER_AFTER}")
_OPEN_UY = re.compile(rf"(?<![qQ])([uU])([yY])([{_TONE_MARKS}]){_LETTER_AFTER}")


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Windows (CRLF) and old Mac (CR) line ends, page breaks of PDF text and Unicode's line separator are
# one line break; Unicode's paragraph separator is a blank line (a paragraph break).
_LINE_BREAK = re.compile(r"\r\n?|[\v\f\u0085\u2028]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")


_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def normalize_text(text: str) -> str:
    """NFC with one tone-mark placement and plain single spaces, so equal words compare equal
    (web captures are full of non-breaking and zero-width spaces). The Icelandic eth (Ð, ð), which
    some Vietnamese pages type for Đ, đ, is read as Đ, đ ("Ðề án 06"). Every line end is ``\n`` (a
    paragraph separator a blank line): a carriage return left in a report breaks what reads its lines."""
    text = _LINE_BREAK.sub("\n", text).replace("\u2029", "\n\n")
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text)).translate(_ETH)
    nfd = unicodedata.normalize("NFD", text)
    nfd = _OPEN_OA_OE.sub(r"\1\3\2", nfd)
    nfd = _OPEN_UY.sub(r"\1\3\2", nfd)
    return unicodedata.normalize("NFC", nfd)


def fold_ascii(text: str) -> str:
    """Drop diacritics (``Đà Nẵng`` -> ``Da Nang``)."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
