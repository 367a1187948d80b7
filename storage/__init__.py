"""The layer below the assets: where raw files, the staged store and the warehouse live, and
how they are read and written (Dagster resources and the IO manager). Nothing here imports
assets/, checks/ or pipelines/; assets/ and checks/ import from here, pipelines/ binds it."""
