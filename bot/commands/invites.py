"""ออกรหัสเชิญ: a supervisor issues a one-time staff invite for a center in their district or province.

One step: the centers in scope as buttons when they fit in the quick replies, otherwise the
supervisor types a center's code or part of its name and picks among the matches. Whatever
arrives, the server decides: the scope is checked when the flow starts, when a center is chosen
and again when the code is made (dispatch/staffing.py logs each refusal and each issued invite).
"""

from __future__ import annotations

from bot.flows.engine import (
    HISTORY,
    MAX_QUICK_REPLIES,
    Accept,
    End,
    Flow,
    FlowContext,
    FlowEngine,
    Reject,
    Step,
    choice,
)
from bot.flows.inputs import UserInput
from bot.line.responses import Button, Response, Text
from bot.postbacks import Postback
from bot.speech.texts import text
from bot.speech.thai_dates import thai_datetime
from dispatch.staffing import (
    center_for_invite,
    centers_for_invites,
    invite_for_center,
    invite_refused,
    supervisor_scope,
)
from models.centers import Center

FLOW = "invite"
STEP = "center"
QUERY_LENGTH = 40
CENTER_PREFIX = "ศูนย์ช่วยเหลือสังคม"
INVITE_WORDS = frozenset({"ออกรหัสเชิญ", "เชิญเจ้าหน้าที่"})


def asks_for_invite(user_input: UserInput) -> bool:
    """The words that start ออกรหัสเชิญ (the rich-menu button sends the postback action=invite)."""
    return user_input.kind == "text" and user_input.text in INVITE_WORDS


def start_invite(context: FlowContext, engine: FlowEngine) -> list[Response]:
    """The ออกรหัสเชิญ button or words: the flow for a supervisor, a polite refusal for anyone else."""
    if supervisor_scope(context.session, context.user) is None:
        invite_refused(context.user, None)
        return [Text(text("invite_not_supervisor", context.language))] + engine.reprompt(context)
    return engine.start(context, FLOW)


def center_label(center: Center) -> str:
    """A short button label: ศูนย์ช่วยเหลือสังคมตำบลในเมือง → ตำบลในเมือง (the renderer clips to 20)."""
    return center.name.removeprefix(CENTER_PREFIX).strip() or center.code


def _room(context: FlowContext) -> int:
    """Quick replies left for centers: the engine adds ยกเลิก, and ย้อนกลับ once there is a history."""
    return MAX_QUICK_REPLIES - 1 - (1 if context.data.get(HISTORY) else 0)


def _center_prompt(context: FlowContext) -> list[Response]:
    language = context.language
    query = context.data.get("query")
    found = centers_for_invites(context.session, context.user, query, _room(context))
    if found is None:
        return [Text(text("invite_not_supervisor", language))]
    centers, total = found
    if total == 0 and query:
        return [Text(text("invite_no_match", language, query=query))]
    if total > len(centers):
        if query:
            return [Text(text("invite_too_many", language, count=total, query=query))]
        return [Text(text("invite_type_center", language, count=total))]
    listing = "\n".join(f"• {center.code} {center.name}" for center in centers)
    buttons = tuple(choice(center.code, center_label(center), STEP) for center in centers)
    key = "invite_matches" if query else "invite_choose_center"
    return [Text(text(key, language, centers=listing, query=query), quick_replies=buttons)]


def _center_accept(user_input: UserInput, context: FlowContext) -> Accept | Reject | End:
    session, user, language = context.session, context.user, context.language
    if supervisor_scope(session, user) is None:  # no longer a supervisor since the flow began
        invite_refused(user, user_input.choice)
        return End((Text(text("invite_not_supervisor", language)),))
    if user_input.kind == "postback":
        code = user_input.choice or ""
        if center_for_invite(session, user, code) is None:  # a crafted or outdated button
            invite_refused(user, code)
            return Reject((Text(text("invite_out_of_scope", language)),))
        return Accept({"center": code})
    query = " ".join(user_input.text.split())[:QUERY_LENGTH]
    if not query:
        return Reject()
    exact = center_for_invite(session, user, query) or center_for_invite(session, user, query.upper())
    if exact is not None:  # the center's code: no need to pick it again
        return Accept({"center": exact.code})
    return Accept({"query": query}, goto=STEP, complete=False)


def _issue(context: FlowContext) -> list[Response]:
    language = context.language
    issued = invite_for_center(context.session, context.user, context.data.get("center", ""), context.now)
    if issued is None:
        return [Text(text("invite_out_of_scope", language))]
    again = (Button.postback(text("invite_again", language), Postback("invite").data),)
    return [
        Text(
            text(
                "invite_issued",
                language,
                center=issued.center.name,
                expires=thai_datetime(issued.expires_at, language),
            )
        ),
        Text(issued.code, quick_replies=again),
    ]


def build_invite_flow() -> Flow:
    return Flow(name=FLOW, steps=(Step(STEP, _center_prompt, _center_accept),), finish=_issue)
