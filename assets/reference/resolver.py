"""Resolve province names as sources write them to province codes.

One resolver is used by every ingestion path. It is built from the alias table
(``staged_province_aliases``), never from code: adding a spelling is a data change in
``data/raw/reference/province_aliases.csv``.

Names resolve within a grouping: ``63`` (the provinces before 1 July 2025) or ``34``
(the units after it). ``Huế`` means Thừa Thiên Huế (46) among the 63 and the unit
Huế (N46) among the 34; ``Hải Dương`` exists only among the 63.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import polars as pl

from assets.text import fold_ascii, normalize_text

# Administrative prefixes and suffixes that do not change which unit is meant.
_PREFIXES = ("thành phố", "thanh pho", "tp", "tỉnh", "tinh", "city of", "province of")
_SUFFIXES = ("city", "province", "tỉnh", "thành phố")
_ANNOTATION = re.compile(r"[\(\[][^\)\]]*[\)\]]")  # "(former)", "[34-unit]"
_SEPARATORS = re.compile(r"\s*(?:/|,|;|&|\bvà\b|\band\b|\s[-–—]\s)\s*", re.IGNORECASE)
_PUNCTUATION = re.compile(r"[.\-–—_,;:'’\"“”/]+")


class ProvinceResolutionError(ValueError):
    """A province name that cannot be mapped to exactly one unit."""

    def __init__(self, name: str, grouping: int | None, reason: str):
        self.name = name
        self.grouping = grouping
        self.reason = reason
        where = f" among the {grouping} units" if grouping else ""
        super().__init__(f"province name {name!r}{where}: {reason}")


class UnknownProvinceError(ProvinceResolutionError):
    pass


class AmbiguousProvinceError(ProvinceResolutionError):
    pass


def name_key(name: str) -> str:
    """Matching key of a name: normalised Unicode, lower case, no punctuation or prefixes."""
    text = normalize_text(name).lower()
    text = _ANNOTATION.sub(" ", text)
    text = _PUNCTUATION.sub(" ", text)
    text = " ".join(text.split())
    changed = True
    while changed and text:
        changed = False
        for prefix in _PREFIXES:
            if text.startswith(prefix + " "):
                text = text[len(prefix) + 1 :]
                changed = True
        for suffix in _SUFFIXES:
            if text.endswith(" " + suffix):
                text = text[: -len(suffix) - 1]
                changed = True
    return text


def ascii_key(name: str) -> str:
    return fold_ascii(name_key(name))


@dataclass(frozen=True)
class ProvinceResolver:
    """Lookup tables built from the alias frame (columns alias_key, alias_ascii_key,
    grouping, province_code)."""

    exact: dict[tuple[int, str], frozenset[str]]
    folded: dict[tuple[int, str], frozenset[str]]
    former: dict[str, str]  # ascii key of a pre-2025 name -> explanation, for messages

    @classmethod
    def from_aliases(cls, aliases: pl.DataFrame) -> ProvinceResolver:
        exact: dict[tuple[int, str], set[str]] = {}
        folded: dict[tuple[int, str], set[str]] = {}
        for row in aliases.iter_rows(named=True):
            grouping = row["grouping"]
            exact.setdefault((grouping, row["alias_key"]), set()).add(row["province_code"])
            folded.setdefault((grouping, row["alias_ascii_key"]), set()).add(row["province_code"])
        former = {key: codes for (grouping, key), codes in folded.items() if grouping == 63}
        return cls(
            exact={k: frozenset(v) for k, v in exact.items()},
            folded={k: frozenset(v) for k, v in folded.items()},
            former={k: ", ".join(sorted(v)) for k, v in former.items()},
        )

    def resolve(self, name: str | None, grouping: int = 63) -> str:
        """The code of ``name`` within ``grouping``; raises ProvinceResolutionError otherwise."""
        if name is None or not name.strip():
            raise UnknownProvinceError(str(name), grouping, "empty name")
        key = name_key(name)
        codes = self.exact.get((grouping, key))
        if codes is None:
            codes = self.folded.get((grouping, fold_ascii(key)))
        if codes is None:
            several = self._several_units(name, grouping)
            if several:
                raise AmbiguousProvinceError(name, grouping, f"names several units ({', '.join(several)})")
            reason = "not a known spelling of any unit"
            if grouping == 34 and fold_ascii(key) in self.former:
                reason = (
                    f"a pre-2025 province (code {self.former[fold_ascii(key)]}) that is not "
                    "one of the 34 units formed on 2025-07-01"
                )
            raise UnknownProvinceError(name, grouping, reason)
        if len(codes) > 1:
            raise AmbiguousProvinceError(name, grouping, f"matches several units ({', '.join(sorted(codes))})")
        return next(iter(codes))

    def _several_units(self, name: str, grouping: int) -> list[str]:
        """Codes of the units a name lists ("Hưng Yên - Thái Bình", "Bắc Giang/Bắc Ninh"), if it lists several."""
        parts = [p for p in _SEPARATORS.split(normalize_text(name)) if p.strip()]
        if len(parts) < 2:
            return []
        codes = []
        for part in parts:
            key = name_key(part)
            found = self.exact.get((grouping, key)) or self.folded.get((grouping, fold_ascii(key)))
            if not found or len(found) > 1:
                return []
            codes.append(next(iter(found)))
        return sorted(set(codes)) if len(set(codes)) > 1 else []

    def try_resolve(self, name: str | None, grouping: int = 63) -> tuple[str | None, str | None]:
        """(code, None) or (None, error message): for row-wise staging with quarantine."""
        try:
            return self.resolve(name, grouping), None
        except ProvinceResolutionError as error:
            return None, str(error)
