"""Scoring the extractor on the labelled report corpus (tests/data/report_corpus/).

A corpus document is rebuilt as its title followed by its distinct quotes (facts, then
negatives), one paragraph each (or, where the corpus folder holds ``texts/<doc_id>.txt``, is that
whole text: a held-out set labelled on whole excerpts), with the document's date where the corpus has one (else the
date the loader infers from the text, as for a report without one) and its province as a
sidecar would give it; the extractor runs on it as on any report. A labelled fact
is found when an extracted figure whose number lies inside the fact's quote has the same value
(as written or in the indicator's unit) and target flag; it is found exactly when, besides,
the indicator agrees through the reviewed mapping (indicator_code_map.csv) and the period
agrees: by year for annual and "as of" labels, an "as of publication" label with a period taken
from the document's date (or none at all) or, when the label gives its year ("as of publication
(c. 2023)"), with a period of that year; by span otherwise (a range at the precision its ends
are written with). Matching is one to one.
A negative is wrongly extracted when a figure's number lies on the negative's value. Figures
found only in a document's title are not labelled (labels quote the text) and are reported apart.
Province inference is scored separately: title, quotes, publisher and URL, no province given.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from assets.periods import PeriodError, parse_period
from assets.reference.resolver import ProvinceResolutionError
from assets.reports.documents import ReportError, infer_date, infer_province, read_text
from assets.reports.extract import ExtractedFact, ReportDocument
from assets.reports.places import NATION
from assets.reports.titles import opening_title
from assets.text import normalize_text

REGIONS = {"N": "north", "C": "central", "H": "highlands_southeast", "S": "mekong"}


@dataclass
class Label:
    doc_id: str
    province: str
    period: str
    indicator: str  # catalog code, through the mapping
    source_indicator: str
    value: float
    is_target: bool
    quote: str
    family: str


@dataclass
class Negative:
    doc_id: str
    quote: str
    value_as_written: str
    reason: str


@dataclass
class CorpusDocument:
    doc_id: str
    region: str
    province: str
    title: str
    publisher: str
    url: str
    document_date: date | None
    kind: str
    text: str | None = None  # the whole text, where the corpus stores it (texts/<doc_id>.txt)
    labels: list[Label] = field(default_factory=list)
    negatives: list[Negative] = field(default_factory=list)


@dataclass
class Tally:
    labels: int = 0
    found: int = 0
    exact: int = 0
    extracted: int = 0
    correct: int = 0  # extracted figures that match a label on (value, target)
    correct_exact: int = 0
    # Exact matches whose period is fixed as the label's is: a figure with a period (it loads), or a
    # figure nothing in its document dates for a label whose writer could not date it either (a
    # bare "as of publication"). Not counted: "as of publication (c. 2023)" labels met by an undated
    # figure, quarantined until the analyst gives the document's date.
    exact_strict: int = 0
    # extracted figures outside the catalog (no indicator: found by value and target flag only), and how
    # many of them match a label; precision(exact) is over the figures that name an indicator
    outside: int = 0
    outside_correct: int = 0
    found_catalog: int = 0  # labels found by a figure that names a catalog indicator (not one outside the catalog)

    def add(self, other: Tally) -> None:
        for name in (
            "labels",
            "found",
            "exact",
            "extracted",
            "correct",
            "correct_exact",
            "exact_strict",
            "outside",
            "outside_correct",
            "found_catalog",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float:
        return self.found / self.labels if self.labels else 1.0

    @property
    def recall_catalog(self) -> float:
        return self.found_catalog / self.labels if self.labels else 1.0

    @property
    def recall_exact(self) -> float:
        return self.exact / self.labels if self.labels else 1.0

    @property
    def recall_exact_strict(self) -> float:
        return self.exact_strict / self.labels if self.labels else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 1.0

    @property
    def precision_exact(self) -> float:
        named = self.extracted - self.outside
        return self.correct_exact / named if named else 1.0


@dataclass
class Report:
    total: Tally = field(default_factory=Tally)
    by_region: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_family: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    negatives: int = 0
    title_figures: int = 0  # figures found only in a title (not labelled, not counted)
    negatives_extracted: list[tuple[str, str, str, str]] = field(default_factory=list)  # doc, quote, value, indicator
    provinces_inferred: int = 0
    documents: int = 0
    province_misses: list[tuple[str, str, str]] = field(default_factory=list)
    owners_checked: int = 0  # found figures whose label names a province or the nation
    owner_misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # doc, quote, labelled, extracted
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # doc, label, why
    extras: list[tuple[str, str]] = field(default_factory=list)  # doc, figure

    @property
    def negative_rate(self) -> float:
        return len(self.negatives_extracted) / self.negatives if self.negatives else 0.0


def read_code_map(reference_dir: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(corpus code -> catalog code, catalog code -> family), from the reviewed mapping and the catalog."""
    import yaml

    with open(reference_dir / "indicator_code_map.csv", encoding="utf-8", newline="") as handle:
        mapping = {row["source_code"]: row["catalog_code"] for row in csv.DictReader(handle)}
    catalog = yaml.safe_load((reference_dir / "indicators.yaml").read_text(encoding="utf-8"))["indicators"]
    return mapping, {entry["code"]: entry["family"] for entry in catalog}


def own_code_map(folder: Path) -> dict[str, str]:
    """A labelled set's own mapping of the codes it labels with to catalog codes
    (``<folder>/indicator_code_map.csv``, same columns as the reviewed one), where it has one:
    a held-out set labelled before the catalog grew maps its codes without touching the project's."""
    path = folder / "indicator_code_map.csv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as handle:
        return {row["source_code"]: row["catalog_code"] for row in csv.DictReader(handle)}


class CorpusError(ValueError):
    """A labelled set that cannot be read: the file, the line and why."""


def load_corpus(
    folder: Path, mapping: dict[str, str], families: dict[str, str], *, unmapped: set[str] | None = None
) -> list[CorpusDocument]:
    """The labelled documents of ``folder``. A label whose code the reviewed mapping lacks raises,
    unless ``unmapped`` (a set) is given: then it is kept with the code ``unmapped:<code>`` (it can
    be found on value and target, never exactly) and the code is added to the set, so that a
    held-out set labelled with new codes can be scored and its uncovered concepts listed."""

    def rows(name):
        # (line, row): the line of the file each row starts on, for errors that name it
        with open(folder / name, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames  # read here, so that line_num counts the header's lines
            found, line = [], reader.line_num + 1 if header else 1
            for row in reader:
                found.append((line, row))
                line = reader.line_num + 1
            return found

    def fail(name: str, line: int, reason: str):
        raise CorpusError(f"{folder / name}, line {line}: {reason}")

    def iso_date(line: int, written: str) -> date | None:
        try:
            return date.fromisoformat(written) if written else None
        except ValueError:
            fail(
                "documents.csv",
                line,
                f"document_date {written!r} is not a date (YYYY-MM-DD; leave it empty and say "
                "what is known in date_note)",
            )

    def number(line: int, written: str) -> float:
        try:
            return float(written)
        except ValueError:
            fail("facts.csv", line, f"value {written!r} is not a plain number")

    def document(name: str, line: int, doc_id: str):
        if doc_id not in documents:
            fail(name, line, f"doc_id {doc_id!r} is not in documents.csv")
        return documents[doc_id]

    def whole_text(doc_id: str) -> str | None:
        path = folder / "texts" / f"{doc_id}.txt"
        return read_text(path) if path.exists() else None  # as a report dropped in data/raw/reports is read

    documents = {}
    for line, row in rows("documents.csv"):
        documents[row["doc_id"]] = CorpusDocument(
            doc_id=row["doc_id"],
            region=row["region"],
            province=row["province"],
            title=normalize_text(row["title"]),
            publisher=row["publisher"],
            url=row["source_url"],
            document_date=iso_date(line, row["document_date"]),
            kind=row["kind"],
            text=whole_text(row["doc_id"]),
        )
    for line, row in rows("facts.csv"):
        code = mapping.get(row["indicator"])
        if code is None and unmapped is None:
            raise ValueError(f"indicator_code_map.csv does not map the corpus code {row['indicator']!r}")
        if code is None:
            unmapped.add(row["indicator"])
            code = f"unmapped:{row['indicator']}"
        document("facts.csv", line, row["doc_id"]).labels.append(
            Label(
                doc_id=row["doc_id"],
                province=row["province"],
                period=row["period"],
                indicator=code,
                source_indicator=row["indicator"],
                value=number(line, row["value"]),
                is_target=row["is_target"] == "true",
                quote=normalize_text(row["quote"]),
                family=families.get(code, "unknown"),
            )
        )
    for line, row in rows("negatives.csv"):
        document("negatives.csv", line, row["doc_id"]).negatives.append(
            Negative(
                row["doc_id"], normalize_text(row["quote"]), normalize_text(row["value_as_written"]), row["reason"]
            )
        )
    return list(documents.values())


def document_text(doc: CorpusDocument) -> str:
    """The title; then the distinct quotes of the labelled facts, in the order the labels follow
    the page, as the sentences of one paragraph (the stored pages are short excerpts); then each
    distinct negative quote as a paragraph of its own (where they stood on the page is unknown).
    A document stored whole is its text, after its title unless the text opens with it."""
    if doc.text is not None:
        return doc.text if not doc.title or doc.text.lstrip().startswith(doc.title) else f"{doc.title}\n\n{doc.text}"
    facts: list[str] = []
    for quote in (label.quote for label in doc.labels):
        if quote not in facts:
            facts.append(quote)
    negatives = [q for q in dict.fromkeys(n.quote for n in doc.negatives) if q not in facts]
    body = "\n".join(q if q.rstrip()[-1:] in ".!?" else q + "." for q in facts)
    return "\n\n".join(part for part in [doc.title, body, *negatives] if part)


def _occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Where ``quote`` stands in ``text``. A quote copied from a page whose lines are hard-wrapped keeps its line
    ends, which the reader joins into spaces (``unwrapped``): its words are then found with any run of spaces
    or line ends between them."""
    spans, start = [], text.find(quote)
    while start >= 0:
        spans.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    if not spans and quote.strip():
        spaced = r"\s+".join(re.escape(word) for word in quote.split())
        spans = [found.span() for found in re.finditer(spaced, text)]
    if not spans and ("|" in quote or "\t" in quote):
        # a table's row, which the reader writes out a value a line, each line opening with the row's label
        # ("Tỷ lệ hồ sơ nộp trực tuyến: Kế hoạch: 50%."): the lines of its label
        cells = [cell.strip() for cell in re.split(r"[|\t]", quote)]
        label = max((cell for cell in cells if re.search(r"[^\W\d_]{3}", cell)), key=len, default="")
        label = _BRACKETED_UNIT.sub("", label).strip()
        if not label and re.fullmatch(r"(?:19|20)\d\d", cells[0]):
            label = f"Năm {cells[0]}"  # a row of a column of years ("2021 | 0,4710 | 33"): "Năm 2021: ..."
        if label:
            spans = [
                (found.start(), text.find("\n", found.start()) if "\n" in text[found.start() :] else len(text))
                for found in re.finditer(rf"(?m)^\s*{re.escape(label)}", text)
            ]
    return spans


_BRACKETED_UNIT = re.compile(r"\(\s*[^()]{1,12}\)\s*$")


def _written_at(quote: str, written: str) -> int:
    """Where a negative's number stands in its quote: as a number of its own, not as digits of a
    larger one ("2" in "1.290 trạm 2G" is the 2 of 2G)."""
    found = re.search(rf"(?<![\d.,]){re.escape(written)}(?![\d]|[.,]\d)", quote)
    return found.start() if found else quote.find(written)


def _spans(fact: ExtractedFact) -> list[tuple[int, int]]:
    return [(fact.value_start, fact.value_end), *fact.also_at]


def _inside(fact: ExtractedFact, regions: list[tuple[int, int]]) -> bool:
    return any(s < e2 and s2 < e for s, e in _spans(fact) for s2, e2 in regions)


def _same_value(fact: ExtractedFact, value: float) -> bool:
    tolerance = 1e-6 * max(1.0, abs(value))
    return any(v is not None and abs(v - value) <= tolerance for v in (fact.value, fact.value_as_written))


def period_agrees(label: str, fact: ExtractedFact) -> bool:
    dated = fact.period_end is not None
    if label.startswith("as of publication"):
        # From the document's date (or none: nothing in the document fixes it, so it is
        # quarantined until the analyst gives the date); "(c. 2023)" is an "as of" label of
        # that year, so a period ending in 2023 agrees by year as well.
        if fact.period_basis in ("document_date", None):
            return True
        circa = re.search(r"\(c\. (\d{4})", label)
        return bool(circa and dated and fact.period_end.year == int(circa.group(1)))
    if not dated:
        return False
    if label.startswith("as of"):
        return label[len("as of ") :][:4] == str(fact.period_end.year)
    if label.startswith("target year not stated"):
        return fact.period_end.year in (2025, 2030)
    if len(label) == 4 and label.isdigit():
        return fact.period_end.year == int(label)
    try:
        start, end = parse_period(label)
    except PeriodError:
        return False
    if (fact.period_start, fact.period_end) == (start, end):
        return True
    if "/" in label:
        # A range agrees at the precision its ends are written with: "2022-06-01/2025-08" (from a
        # day to some day of August 2025) holds 2022-06-01..2025-08-11.
        try:
            first, last = (parse_period(part) for part in label.split("/", 1))
        except PeriodError:
            return False
        return first[0] <= fact.period_start <= first[1] and last[0] <= fact.period_end <= last[1]
    return False


def _match(
    labels: list[Label], facts: list[ExtractedFact], text: str, exact: bool, place_of=lambda name: name
) -> dict[int, int]:
    """label index -> fact index, one to one, except that labels of one figure quoted twice (same
    place, indicator, value, period and target flag) are one figure: the extractor states it once. (The members of
    a leading group, "Top 10 ... gồm: A, B, C", are one figure per province; ``place_of`` makes two spellings of one
    province one place.)"""
    used: set[int] = set()
    out = {}
    same = {}
    for i, label in enumerate(labels):
        key = (place_of(label.province), label.indicator, label.value, label.period, label.is_target)
        if key in same and same[key] in out:
            j = out[same[key]]
            if _inside(facts[j], _occurrences(text, label.quote)):
                out[i] = j
                continue
        same.setdefault(key, i)
        regions = _occurrences(text, label.quote)
        fitting = [
            j
            for j, fact in enumerate(facts)
            if j not in used
            and _inside(fact, regions)
            and _same_value(fact, label.value)
            and fact.is_target == label.is_target
        ]
        if exact:
            fitting = [
                j
                for j in fitting
                if facts[j].indicator_code == label.indicator and period_agrees(label.period, facts[j])
            ]
        # A figure of the same indicator first, so that another value of the quote is not taken.
        fitting.sort(key=lambda j: facts[j].indicator_code != label.indicator)
        if fitting:
            used.add(fitting[0])
            out[i] = fitting[0]
    return out


def evaluate(
    corpus: list[CorpusDocument], context, *, regions: set[str] | None = None, details: bool = False
) -> Report:
    """Score ``context`` (an ExtractionContext) on the corpus documents of ``regions`` (all by default)."""
    report = Report()
    codes = {v: k for k, v in context.names.items()}
    for doc in corpus:
        if regions and doc.region not in regions:
            continue
        text = normalize_text(document_text(doc))
        province = context.resolver.resolve(doc.province, 63)
        # Without a date in documents.csv, the date the loader infers from the text (or the address),
        # as for a report dropped in without one in its sidecar.
        inferred_date = (
            None if doc.document_date else infer_date(text, url=doc.url or None, language=context.grammar.language)
        )
        report_doc = ReportDocument(
            document_id=doc.doc_id,
            source_file=f"{doc.doc_id}.txt",
            text=text,
            province_code=province,
            document_date=doc.document_date or inferred_date,
            date_inferred=inferred_date is not None,
            # (a document without a title in documents.csv: the one its text opens with, as for a report dropped in)
            title=doc.title or opening_title(text),
            url=doc.url or None,
            publisher=doc.publisher or None,
        )
        extraction = context.extract_document(report_doc)
        # Figures outside the catalog count as found by value and target flag, never by indicator.
        facts = extraction.facts + extraction.undated + extraction.uncatalogued

        def place_of(name: str) -> str:
            return context.resolver.try_resolve(name, 63)[0] or name

        loose = _match(doc.labels, facts, text, exact=False, place_of=place_of)
        strict = _match(doc.labels, facts, text, exact=True, place_of=place_of)
        # Figures stated only in the title cannot be labelled (labels are quotes of the text): they
        # are counted apart, not as errors.
        title_end = len(doc.title)
        in_title = {
            j for j, f in enumerate(facts) if all(s < title_end for s, _ in _spans(f)) and j not in loose.values()
        }
        report.title_figures += len(in_title)
        facts_counted = len(facts) - len(in_title)
        tally = Tally(
            labels=len(doc.labels),
            found=len(loose),
            exact=len(strict),
            extracted=facts_counted,
            correct=len(set(loose.values())),
            correct_exact=len(set(strict.values())),
            exact_strict=sum(
                facts[j].period_end is not None or doc.labels[i].period == "as of publication"
                for i, j in strict.items()
            ),
            outside=sum(f.indicator_code is None for j, f in enumerate(facts) if j not in in_title),
            outside_correct=sum(facts[j].indicator_code is None for j in set(loose.values())),
            found_catalog=sum(facts[j].indicator_code is not None for j in loose.values()),
        )
        for target in (report.total, report.by_region[doc.region], report.by_kind[doc.kind]):
            target.add(tally)
        for i, j in loose.items():
            # whose figure it is: the label's province, or the nation ("Việt Nam")
            labelled = (
                NATION if doc.labels[i].province == NATIONAL_LABEL else _resolved(context, doc.labels[i].province)
            )
            if labelled is None:
                continue
            report.owners_checked += 1
            if facts[j].province_code != labelled:
                report.owner_misses.append((doc.doc_id, doc.labels[i].quote, labelled, str(facts[j].province_code)))
        for i, label in enumerate(doc.labels):
            family = report.by_family[label.family]
            family.labels += 1
            family.found += i in loose
            family.exact += i in strict
            if details and i not in strict:
                why = "not found" if i not in loose else _why(label, facts[loose[i]])
                report.misses.append(
                    (
                        doc.doc_id,
                        f"{label.source_indicator}={label.value:g} {label.period}"
                        f"{' T' if label.is_target else ''} | {label.quote[:110]}",
                        why,
                    )
                )
        if details:
            matched = set(loose.values())
            for j, fact in enumerate(facts):
                if j not in matched and j not in in_title:
                    report.extras.append(
                        (
                            doc.doc_id,
                            f"{fact.indicator_code}={fact.value:g} {fact.period_start}.."
                            f"{fact.period_end} {'T ' if fact.is_target else ''}| {text[max(0, fact.value_start - 40) : fact.value_end + 30]!r}",
                        )
                    )
        for negative in doc.negatives:
            report.negatives += 1
            regions_ = []
            for start, end in _occurrences(text, negative.quote):
                at = _written_at(negative.quote, negative.value_as_written)
                regions_.append((start + at, start + at + len(negative.value_as_written)) if at >= 0 else (start, end))
            hits = [f for f in facts if _inside(f, regions_)]
            if hits:
                report.negatives_extracted.append(
                    (doc.doc_id, negative.quote, negative.value_as_written, hits[0].indicator_code)
                )
        report.documents += 1
        try:
            inferred = infer_province(
                text,
                context.aliases,
                context.resolver,
                title=doc.title,
                publisher=doc.publisher,
                url=doc.url,
                publisher_domains=context.publisher_domains,
            )
        except ReportError:
            inferred = None
        if inferred == province:
            report.provinces_inferred += 1
        else:
            report.province_misses.append(
                (doc.doc_id, doc.province, codes.get(inferred, "") and context.names.get(inferred) or str(inferred))
            )
    return report


NATIONAL_LABEL = "Việt Nam"  # the corpus's province for a figure of the nation (README)


def _resolved(context, name: str) -> str | None:
    try:
        return context.resolver.resolve(name, 63)
    except ProvinceResolutionError:
        return None


def _why(label: Label, fact: ExtractedFact) -> str:
    parts = []
    if fact.indicator_code != label.indicator:
        parts.append(f"indicator {fact.indicator_code} (labelled {label.indicator})")
    if not period_agrees(label.period, fact):
        parts.append(f"period {fact.period_start}..{fact.period_end} [{fact.period_basis}] (labelled {label.period})")
    return "; ".join(parts)


def format_report(report: Report) -> str:
    def line(name: str, t: Tally) -> str:
        return (
            f"  {name:<22} labels {t.labels:>4}  recall {t.recall:.3f}  recall(exact) {t.recall_exact:.3f}  "
            f"precision {t.precision:.3f}  precision(exact) {t.precision_exact:.3f}  extracted {t.extracted}  "
            f"recall(exact, strict) {t.recall_exact_strict:.3f}  outside the catalog {t.outside} "
            f"({t.outside_correct} match a label; recall without them {t.recall_catalog:.3f})"
        )

    def family_line(name: str, t: Tally) -> str:
        return f"  {name:<22} labels {t.labels:>4}  recall {t.recall:.3f}  recall(exact) {t.recall_exact:.3f}"

    out = [
        "Report extraction on the labelled corpus (value+target; exact = value+indicator+period+target)",
        line("all", report.total),
        "  (exact, strict: an undated figure (quarantined until the analyst gives the document's date) agrees only "
        "with a bare 'as of publication' label, not with one the labeller dated '(c. YYYY)'; outside the catalog: "
        "measures no catalog indicator states, found by value and target flag only; precision(exact) leaves them out)",
        "by region:",
    ]
    out += [line(name, t) for name, t in sorted(report.by_region.items())]
    out += ["by document kind:"] + [line(name, t) for name, t in sorted(report.by_kind.items())]
    out += ["by family (recall):"] + [family_line(name, t) for name, t in sorted(report.by_family.items())]
    out.append(f"figures stated only in a title (not labelled; not counted above): {report.title_figures}")
    out.append(
        f"negatives extracted: {len(report.negatives_extracted)} of {report.negatives} ({report.negative_rate:.1%})"
    )
    out += [f"  {doc}: {value!r} as {code} in {quote[:90]!r}" for doc, quote, value, code in report.negatives_extracted]
    out.append(
        f"province inferred without a sidecar: {report.provinces_inferred} of {report.documents} "
        f"({report.provinces_inferred / report.documents:.1%})"
        if report.documents
        else "no documents"
    )
    out += [f"  {doc}: {expected} inferred as {got}" for doc, expected, got in report.province_misses]
    agree = report.owners_checked - len(report.owner_misses)
    out.append(
        f"whose figure (province or nation) among the figures found: {agree} of {report.owners_checked} agree"
        + (f" ({agree / report.owners_checked:.1%})" if report.owners_checked else "")
    )
    out += [
        f"  {doc}: labelled {labelled}, extracted {got} in {quote[:90]!r}"
        for doc, quote, labelled, got in report.owner_misses
    ]
    return "\n".join(out)
