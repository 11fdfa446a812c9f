"""The store: schema, migrations and the DuckDB backend (the default; Postgres later for servers)."""

from orbitscope.store.duckdb_store import Store
from orbitscope.store.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Store"]
