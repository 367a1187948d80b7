"""The resources of a deployment, bound from the settings (storage/ defines them)."""

from __future__ import annotations

import dagster as dg

from assets.warehouse.dictionary import column_descriptions
from storage.raw_files import RawFiles
from storage.settings import Settings, load_settings
from storage.staged_store import StagedStore
from storage.warehouse import Warehouse, WarehouseBusy, hold_run_lock

__all__ = [
    "RawFiles",
    "StagedStore",
    "Warehouse",
    "WarehouseBusy",
    "build_resources",
    "hold_run_lock",
    "with_staged_store",
]


def build_resources(settings: Settings | None = None) -> dict[str, dg.ConfigurableResource]:
    settings = settings or load_settings()
    return with_staged_store(
        {
            "raw": RawFiles(root=str(settings.raw_dir)),
            "warehouse": Warehouse(path=str(settings.warehouse_path), as_of=settings.as_of.isoformat()),
        }
    )


def with_staged_store(resources: dict) -> dict:
    """Add the staged store (the IO manager) of the warehouse in `resources`, unless given."""
    warehouse: Warehouse = resources["warehouse"]
    return {
        "io_manager": StagedStore(
            base_dir=str(warehouse.staged_dir),
            lock_path=str(warehouse.lock_path),
            column_descriptions=column_descriptions(),
        ),
        **resources,
    }
