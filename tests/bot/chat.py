"""Drive the bot like a LINE user: send through the emulator, read what the bot sent back."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from bot.dev.terminal_chat import describe
from models.db import read_only_sessions
from models.messaging import InboundEvent, InboundStatus, OutboundMessage, OutboundStatus
from tests.helpers import wait_until


def settle(bot: Any, timeout: float = 15.0) -> None:
    """Wait until every event is handled and every message delivered; fail on a refused message."""

    if hasattr(bot, "work"):  # in-process (tests/in_process.py): the workers run here, now
        bot.work(timeout)
    reader = read_only_sessions(bot.sessions)

    def quiet() -> bool:
        with reader() as session:
            pending_in = session.scalar(
                select(func.count()).select_from(InboundEvent).where(InboundEvent.status == InboundStatus.PENDING)
            )
            pending_out = session.scalar(
                select(func.count())
                .select_from(OutboundMessage)
                .where(OutboundMessage.status.in_([OutboundStatus.PENDING, OutboundStatus.SENDING]))
            )
        return pending_in == 0 and pending_out == 0

    wait_until(quiet, timeout=timeout)
    with bot.sessions() as session:
        failed = session.scalars(select(OutboundMessage).where(OutboundMessage.status == OutboundStatus.FAILED)).all()
        broken = session.scalars(select(InboundEvent).where(InboundEvent.status == InboundStatus.FAILED)).all()
    assert not failed, [(row.last_status, row.last_error) for row in failed]
    assert not broken, [row.last_error for row in broken]


class Chat:
    def __init__(self, bot: Any, user_id: str) -> None:
        self.bot = bot
        self.user_id = user_id
        self.seen = 0
        self.last: list[dict] = []

    def _collect(self) -> list[dict]:
        settle(self.bot)
        messages = [item["message"] for item in self.bot.line.messages_to(self.user_id)]
        self.last = messages[self.seen :]
        self.seen = len(messages)
        return self.last

    def say(self, text: str) -> list[dict]:
        self.bot.line.send_text(self.user_id, text)
        return self._collect()

    def postback(self, data: str) -> list[dict]:
        self.bot.line.send_postback(self.user_id, data)
        return self._collect()

    def location(self, latitude: float, longitude: float, address: str | None = None) -> list[dict]:
        self.bot.line.send_location(self.user_id, latitude, longitude, title="ตำแหน่ง", address=address)
        return self._collect()

    def image(self, content: bytes = b"\xff\xd8\xff\xe0fake-jpeg") -> list[dict]:
        self.bot.line.send_image(self.user_id, content, content_type="image/jpeg")
        return self._collect()

    def sticker(self) -> list[dict]:
        self.bot.line.send_sticker(self.user_id)
        return self._collect()

    def follow(self) -> list[dict]:
        self.bot.line.follow(self.user_id)
        return self._collect()

    def buttons(self) -> dict[str, dict]:
        """Actions offered by the bot's latest answer, by label."""
        offered: dict[str, dict] = {}
        for message in self.last:
            for action in describe(message)[1]:
                offered[action.get("label", action.get("type"))] = action
        return offered

    def tap(self, label: str) -> list[dict]:
        offered = self.buttons()
        assert label in offered, f"no button {label!r}; offered: {list(offered)}"
        action = offered[label]
        if action["type"] == "postback":
            return self.postback(action["data"])
        if action["type"] == "message":
            return self.say(action["text"])
        raise AssertionError(f"cannot tap a {action['type']} action in a test")

    def texts(self) -> str:
        """Everything the latest answer says, as one string."""
        return "\n".join(line for message in self.last for line in describe(message)[0])


def report_for_family(
    chat: Chat, position: tuple[float, float], name: str, age: str, description: str, phone: str
) -> None:
    """A whole report about an elderly relative short of food, at `position`, with consent."""
    chat.say("แจ้งเหตุ")
    for label in ("ไม่มี", "คนในครอบครัว", "ผู้สูงอายุ", "อาหาร/ถุงยังชีพ", "เสร็จแล้ว"):
        chat.tap(label)
    chat.location(*position)
    for answer in (name, age, description):
        chat.say(answer)
    chat.tap("ข้าม")
    chat.say(phone)
    chat.tap("เจ้าตัวยินยอมแล้ว")
    chat.tap("ยืนยันส่งเรื่อง")
