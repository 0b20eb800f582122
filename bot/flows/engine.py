"""The flow engine: runs declared flows (ordered named steps with a prompt and a validator).

The engine, not each flow, handles ยกเลิก (cancel), ย้อนกลับ (back), re-asking after unexpected input,
the idle timeout with an offer to resume or start over, a flow started in the middle of another,
and going back to the summary after a field is changed. State is one Conversation row per user,
`"<flow>:<step>"` plus a data dict, saved after every step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from bot.flows.inputs import UserInput
from bot.line.responses import Button, Card, Response, Text
from bot.postbacks import Postback
from bot.speech.texts import text
from dispatch.understanding import command_word
from models.cases import Conversation, find_conversation, new_conversation
from models.users import User

CANCEL_WORDS = frozenset({"ยกเลิก", "cancel"})
BACK_WORDS = frozenset({"ย้อนกลับ", "back"})
HISTORY = "_history"
PAUSED = "_paused"
EDITING = "_editing"
MAX_QUICK_REPLIES = 13


@dataclass
class FlowContext:
    """What a step sees: the collected data and the tools it may use."""

    session: Session
    user: User
    now: datetime
    data: dict[str, Any]
    tools: Any = None

    @property
    def language(self) -> str:
        return self.user.language


@dataclass(frozen=True)
class Accept:
    """The answer is taken. `goto` jumps to a named step instead of the next one; `complete=False`
    means the field needs another step (so a change from the summary does not return there yet)."""

    values: dict[str, Any] = field(default_factory=dict)
    say: tuple[Response, ...] = ()
    goto: str | None = None
    complete: bool = True


@dataclass(frozen=True)
class End:
    """The flow stops here without finishing (for example, consent refused); data is discarded."""

    say: tuple[Response, ...] = ()


@dataclass(frozen=True)
class Reject:
    say: tuple[Response, ...] = ()


Prompt = Callable[[FlowContext], list[Response]]
Validator = Callable[[UserInput, FlowContext], Accept | Reject | End]


@dataclass(frozen=True)
class Step:
    name: str
    prompt: Prompt
    accept: Validator
    # Input kinds the step understands; anything else gets a polite re-ask naming what is wanted.
    expects: frozenset[str] = frozenset({"text", "postback"})
    wanted: str = "reask_choice"
    # True when the data already holds this step's answer (said in a first message, say): the
    # engine then goes past it. Never applies when the step is named (back, edit, goto).
    known: Callable[[dict[str, Any]], bool] | None = None
    # A short form of the prompt for asking again after a refused answer (a long notice is not
    # repeated on every retry); None: the prompt itself.
    reask: Prompt | None = None


@dataclass(frozen=True)
class Flow:
    name: str
    steps: tuple[Step, ...]
    finish: Callable[[FlowContext], list[Response]]
    idle_timeout: timedelta = timedelta(minutes=30)
    # After a field is changed from the summary, the engine returns here instead of going on.
    summary_step: str | None = None
    # Input any step of the flow takes before its own validator (a photo or a location sent early,
    # danger typed anywhere): values to keep and what to say, or None to go on as usual.
    early: Callable[[UserInput, FlowContext, str], Accept | None] | None = None
    # What to say instead of "cancelled, nothing was sent" when something was sent already.
    on_cancel: Callable[[FlowContext], list[Response]] | None = None

    def next_unknown(self, step: Step | None, data: dict[str, Any]) -> Step | None:
        """`step`, or the first step after it whose answer the data does not hold yet."""
        while step is not None and step.known is not None and step.known(data):
            step = self.after(step.name)
        return step

    def step(self, name: str) -> Step | None:
        return next((step for step in self.steps if step.name == name), None)

    def after(self, name: str) -> Step | None:
        names = [step.name for step in self.steps]
        index = names.index(name)
        return self.steps[index + 1] if index + 1 < len(self.steps) else None


def choice(value: str, label: str, step: str) -> Button:
    """A choice button for a step: the step name rides along so old buttons can be recognised."""
    return Button.postback(label, f"s={step}&v={value}", shown=label)


class FlowEngine:
    def __init__(self, flows: list[Flow]) -> None:
        self.flows = {flow.name: flow for flow in flows}

    # -- entry points -------------------------------------------------------------------------

    def active(self, session: Session, user: User) -> tuple[Flow, Step, Conversation] | None:
        conversation = find_conversation(session, user.id)
        if conversation is None:
            return None
        flow_name, _, step_name = conversation.state.partition(":")
        flow = self.flows.get(flow_name)
        step = flow.step(step_name) if flow else None
        if flow is None or step is None:
            session.delete(conversation)  # a flow or step that no longer exists
            return None
        return flow, step, conversation

    def start(self, context: FlowContext, flow_name: str, data: dict[str, Any] | None = None) -> list[Response]:
        """Start a flow (with `data` known from the start); in the middle of the same flow, offer to
        resume or start over instead of losing it."""
        current = self.active(context.session, context.user)
        if current is not None:
            flow, step, conversation = current
            if flow.name == flow_name:
                return self._pause(context, conversation, "flow_already_open")
            context.session.delete(conversation)
            context.session.flush()
            return [Text(text("flow_replaced", context.language))] + self._begin(context, flow_name, data)
        return self._begin(context, flow_name, data)

    def start_at(self, context: FlowContext, flow_name: str, data: dict[str, Any]) -> list[Response]:
        """Start (or restart) a flow with `data` known, at its first step still unanswered."""
        current = self.active(context.session, context.user)
        if current is not None:
            context.session.delete(current[2])
            context.session.flush()
        return self._begin(context, flow_name, data)

    def reprompt(self, context: FlowContext) -> list[Response]:
        """Ask the current step again (after a command answered in the middle of a flow)."""
        current = self.active(context.session, context.user)
        if current is None:
            return []
        flow, step, conversation = current
        context.data = dict(conversation.data)
        if context.data.get(PAUSED):
            return self._pause(context, conversation, "flow_expired")
        return self._prompt(flow, step, context)

    def handle(self, context: FlowContext, user_input: UserInput) -> list[Response] | None:
        """Feed input to the user's flow; None when the user is in no flow."""
        current = self.active(context.session, context.user)
        if current is None:
            return None
        flow, step, conversation = current
        context.data = dict(conversation.data)
        control = user_input.data.get("flow") if user_input.kind == "postback" else None

        if control == "cancel" or (user_input.kind == "text" and _is_cancel(user_input.text)):
            context.session.delete(conversation)
            if flow.on_cancel is not None:
                said = flow.on_cancel(context)
                if said:
                    return said
            return [Text(text("flow_cancelled", context.language), quick_replies=_menu(context.language))]
        # A tap on the current question's own button answers it, however long the pause: the
        # tap that comes back to a report is not lost to a "continue or start over?" question.
        own_tap = user_input.kind == "postback" and user_input.data.get("s") == step.name
        if context.data.get(PAUSED):
            if not own_tap:
                return self._while_paused(flow, step, conversation, context, control)
            context.data.pop(PAUSED)
        elif context.now - conversation.updated_at > flow.idle_timeout and not own_tap:
            return self._pause(context, conversation, "flow_expired")
        if control == "back" or (user_input.kind == "text" and user_input.text in BACK_WORDS):
            return self._back(flow, step, conversation, context)
        if control is not None or _is_stale_tap(user_input, step):
            return [Text(text("flow_stale_button", context.language))] + self._prompt(flow, step, context)
        early = flow.early(user_input, context, step.name) if flow.early is not None else None
        if early is not None:
            context.data.update(early.values)
            following = flow.step(early.goto) if early.goto else flow.next_unknown(step, context.data)
            if following is None:
                following = flow.step(flow.summary_step) if flow.summary_step else step
            self._save(conversation, flow, following, context)
            return list(early.say) + self._prompt(flow, following, context)
        if user_input.kind not in step.expects:
            self._save(conversation, flow, step, context)
            return [Text(text(step.wanted, context.language))] + self._prompt(flow, step, context)

        result = step.accept(user_input, context)
        if isinstance(result, End):
            context.session.delete(conversation)
            return list(result.say)
        if isinstance(result, Reject):
            self._save(conversation, flow, step, context)
            return list(result.say) + self._prompt(flow, step, context, again=True)
        return self._advance(flow, step, conversation, context, result)

    # -- internals ------------------------------------------------------------------------------

    def _begin(self, context: FlowContext, flow_name: str, data: dict[str, Any] | None = None) -> list[Response]:
        flow = self.flows[flow_name]
        context.data = {**(data or {}), HISTORY: []}
        first = flow.next_unknown(flow.steps[0], context.data) or flow.steps[-1]
        conversation = new_conversation(context.session, context.user.id, context.now)
        self._save(conversation, flow, first, context)
        return self._prompt(flow, first, context)

    def _advance(
        self, flow: Flow, step: Step, conversation: Conversation, context: FlowContext, result: Accept
    ) -> list[Response]:
        context.data.update(result.values)
        history = list(context.data.get(HISTORY, []))
        if not history or history[-1] != step.name:
            history.append(step.name)
        context.data[HISTORY] = history
        following = flow.step(result.goto) if result.goto else flow.next_unknown(flow.after(step.name), context.data)
        returning = context.data.get(EDITING) and result.complete and step.name != flow.summary_step
        if returning and flow.summary_step:
            context.data.pop(EDITING)
            following = flow.step(flow.summary_step)
        if following is None:
            context.session.delete(conversation)
            context.session.flush()
            return list(result.say) + flow.finish(context)
        self._save(conversation, flow, following, context)
        return list(result.say) + self._prompt(flow, following, context)

    def _back(self, flow: Flow, step: Step, conversation: Conversation, context: FlowContext) -> list[Response]:
        history = list(context.data.get(HISTORY, []))
        context.data.pop(EDITING, None)
        while history and history[-1] == step.name:
            history.pop()
        if not history:
            self._save(conversation, flow, step, context)
            return [Text(text("flow_no_back", context.language))] + self._prompt(flow, step, context)
        previous = flow.step(history.pop()) or step
        context.data[HISTORY] = history
        self._save(conversation, flow, previous, context)
        return self._prompt(flow, previous, context)

    def _pause(self, context: FlowContext, conversation: Conversation, message: str) -> list[Response]:
        data = dict(conversation.data)
        data[PAUSED] = True
        conversation.data = data
        conversation.updated_at = context.now
        language = context.language
        return [
            Text(
                text(message, language),
                quick_replies=(
                    Button.postback(text("flow_resume", language), "flow=resume"),
                    Button.postback(text("flow_restart", language), "flow=restart"),
                    Button.postback(text("flow_cancel_button", language), "flow=cancel"),
                ),
            )
        ]

    def _while_paused(
        self, flow: Flow, step: Step, conversation: Conversation, context: FlowContext, control: str | None
    ) -> list[Response]:
        if control == "resume":
            context.data.pop(PAUSED, None)
            self._save(conversation, flow, step, context)
            return [Text(text("flow_resumed", context.language))] + self._prompt(flow, step, context)
        if control == "restart":
            context.session.delete(conversation)
            context.session.flush()
            return self._begin(context, flow.name)
        return self._pause(context, conversation, "flow_expired")

    def _save(self, conversation: Conversation, flow: Flow, step: Step, context: FlowContext) -> None:
        conversation.state = f"{flow.name}:{step.name}"
        conversation.data = dict(context.data)
        conversation.updated_at = context.now

    def _prompt(self, flow: Flow, step: Step, context: FlowContext, again: bool = False) -> list[Response]:
        responses = step.reask(context) if again and step.reask is not None else step.prompt(context)
        if not responses:
            return responses
        language = context.language
        navigation = []
        if context.data.get(HISTORY):
            navigation.append(Button.postback(text("flow_back_button", language), "flow=back"))
        navigation.append(Button.postback(text("flow_cancel_button", language), "flow=cancel"))
        last = responses[-1]
        if isinstance(last, Text | Card):
            room = MAX_QUICK_REPLIES - len(navigation)
            buttons = tuple(last.quick_replies[:room]) + tuple(navigation)
            responses = responses[:-1] + [replace(last, quick_replies=buttons)]
        return responses


def _is_cancel(typed: str) -> bool:
    return typed.lower() in CANCEL_WORDS or command_word(typed) == "cancel"


def _is_stale_tap(user_input: UserInput, step: Step) -> bool:
    tapped_step = user_input.data.get("s") if user_input.kind == "postback" else None
    return tapped_step is not None and tapped_step != step.name


def _menu(language: str) -> tuple[Button, ...]:
    return (
        Button.postback(text("menu_report", language), Postback("report").data),
        Button.postback(text("menu_track", language), Postback("track").data),
    )
