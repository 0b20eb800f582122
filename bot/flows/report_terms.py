"""Names the report flow (report.py) and its ending (report_done.py) share; here so that the ending,
which the flow calls, does not import the flow back."""

from __future__ import annotations

CONSENT_VERSION = "2026-11-v1"
QUICK = "_quick"  # a report started from what the person typed: optional details come from the summary
