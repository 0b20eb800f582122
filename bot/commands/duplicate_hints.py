"""Duplicate hints for staff: "อาจซ้ำกับ SC-…" under a new case's card and an opened case, with one
tap to merge (the existing duplicate action: the newer report closes into the older) or ไม่ซ้ำ
(remembered: the pair is not suggested again). The reporter is told nothing unless staff merge.
The merge itself is bot/flows/case_work.merge_cases."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.flows.engine import FlowContext
from bot.line.responses import Button, Card, Response, Text
from bot.postbacks import Postback
from bot.speech.texts import text
from dispatch.duplicates import Dismissal, Suggestion, dismiss, find_duplicates
from models.cases import Case

HINT_ACCENT = "#6A1B9A"


def _why(suggestion: Suggestion, language: str) -> str:
    if suggestion.reason == "person":
        return text("dup_why_person", language)
    return text("dup_why_place", language, metres=f"{suggestion.metres:.0f}")


def duplicate_hint(session: Session, case: Case, now: datetime, language: str, scope: Any = None) -> Card | None:
    """The hint card for `case`, or None when nothing looks like it (see find_duplicates for `scope`)."""
    found = find_duplicates(session, case, now, scope=scope)
    if not found:
        return None
    lines, buttons = [], []
    for suggestion in found:
        other = suggestion.case
        lines.append(text("dup_line", language, reference=other.reference, why=_why(suggestion, language)))
        newer, older = (case, other) if (case.created_at, case.id) > (other.created_at, other.id) else (other, case)
        label_key = "dup_merge_into" if newer is case else "dup_merge_here"
        buttons.append(
            Button.postback(
                text(label_key, language, reference=other.reference),
                Postback("merge", case=newer.reference, into=older.reference).data,
            )
        )
        buttons.append(
            Button.postback(
                text("dup_not_same", language, reference=other.reference),
                Postback("not_dup", case=case.reference, of=other.reference).data,
            )
        )
    return Card(
        alt_text=text("dup_alt", language, reference=case.reference, other=found[0].case.reference),
        title=text("dup_title", language, reference=case.reference),
        accent=HINT_ACCENT,
        lines=(*lines, text("dup_note", language)),
        buttons=tuple(buttons),
    )


def not_duplicate(context: FlowContext, reference: str, of: str) -> list[Response]:
    result, case = dismiss(context.session, context.user, reference, of, context.now)
    language = context.language
    if result == Dismissal.REFUSED:
        return [Text(text("case_refused", language))]
    return [Text(text("dup_dismissed", language, reference=case.reference, other=of[:20]))]
