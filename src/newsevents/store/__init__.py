"""Store: the embedded DuckDB database (one writer) and Parquet/CSV/JSONL exports."""

from .duck import Store

__all__ = ["Store"]
