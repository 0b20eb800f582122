"""The help groups (DESIGN.md section 9) and the kinds of help: one list for the report flow, the
Open311 services and the public statistics."""

from __future__ import annotations

HELP_GROUPS = (
    "elderly",
    "bedridden",
    "disability",
    "child",
    "homeless",
    "violence",
    "poverty",
    "mental_health",
    "other",
)
NEEDS = ("food", "money", "device", "housing", "medical", "rights", "carer", "other")
