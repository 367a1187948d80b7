"""How every asset is presented in the Dagster UI, applied once in the composition root:
owners by layer, and each warehouse table's column schema from the data dictionary (names and
descriptions before the first run; each materialization then records the DuckDB types too)."""

from __future__ import annotations

import dagster as dg

from assets.warehouse.dictionary import dictionary

# Who answers for each layer (group). A new group must be given an owner here.
OWNERS = {
    "raw": "team:ingestion",
    "staged": "team:ingestion",
    "reports": "team:ingestion",
    "warehouse": "team:warehouse",
    "quality": "team:warehouse",
    "publish": "team:warehouse",
    "marts": "team:analysis",
    "analysis": "team:analysis",
}


def present(spec: dg.AssetSpec) -> dg.AssetSpec:
    if spec.group_name not in OWNERS:
        raise KeyError(
            f"asset group {spec.group_name!r} ({spec.key.to_user_string()}) has no owner in pipelines/presentation.py"
        )
    entry = dictionary().get(spec.key.to_user_string())
    metadata = {}
    if entry is not None and "dagster/column_schema" not in spec.metadata:
        metadata["dagster/column_schema"] = dg.TableSchema(
            columns=[
                dg.TableColumn(name=name, type="see latest materialization", description=text)
                for name, text in entry["columns"].items()
            ]
        )
        metadata["dagster/table_name"] = f"dx.main.{spec.key.to_user_string()}"
    return spec.replace_attributes(owners=[OWNERS[spec.group_name]]).merge_attributes(metadata=metadata)


def presented(assets: list) -> list:
    """Every asset definition and spec of the project, as the UI should show it."""
    return list(dg.map_asset_specs(present, assets))
