"""The raw inputs as external assets: Dagster shows where every flow starts."""

import dagster as dg

RAW_FOLDERS = {
    "reference": "Reviewed reference data (data/raw/reference): provinces, 2025 units, aliases, indicator catalog, publishers; each file with a provenance sidecar.",
    "dti": "Published DTI figures (data/raw/dti): the facts file with a URL and quote per row, and the official ranking page text; each with a provenance sidecar.",
    "reports": "Provincial reports in prose (data/raw/reports: .txt, .md, .html), each with an optional sidecar giving province, date and reporting period.",
    "submissions": "Analysts' long-format CSV/XLSX submissions (data/raw/submissions; template and rules in its README).",
}

raw_specs = [
    dg.AssetSpec(key=["raw", folder], group_name="raw", kinds={"file"}, description=text)
    for folder, text in RAW_FOLDERS.items()
]
