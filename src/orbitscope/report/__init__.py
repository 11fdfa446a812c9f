"""Reports of a store: a self-contained HTML page (more formats later)."""

from orbitscope.report.html import render_report, write_report

__all__ = ["render_report", "write_report"]
