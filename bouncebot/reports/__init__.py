"""Evidence: the practice's report, the anonymised export for its LMC, and the LMC's aggregate.

`query` counts the bounce log; `render` turns a count into CSV, HTML or Word; `export` makes what
may leave the practice; `aggregate` merges exports at the LMC. Nothing here sends anything anywhere.
"""

from __future__ import annotations

from bouncebot.reports.query import Report, build_report

__all__ = ["Report", "build_report"]
