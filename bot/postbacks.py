"""What a button says when it is tapped: `Postback("status", case=reference, to="visiting")` and its
data string, both ways.

Version 1, every button since the first release: a query string whose `action` names the command,
its fields after it in the order given ("action=status&case=KK-0001&to=visiting"), values as they
are but for the four characters a query string gives a meaning to (% & = +). Buttons stay in
people's chats for months, so every version ever written must still decode: a new format writes
`pv=2` (and a decoder of its own) and version 1 stays readable. Choice buttons inside a flow
(`s=…&v=…`, `flow=…`) are the flow engine's own and carry no action.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

VERSION_FIELD = "pv"
_ESCAPES = {"%": "%25", "&": "%26", "=": "%3D", "+": "%2B"}


def _escape(value: str) -> str:
    # Only what parse_qsl would misread: Thai stays as it is (LINE allows 300 characters of data,
    # and a percent-encoded Thai letter takes nine).
    return "".join(_ESCAPES.get(character, character) for character in value)


class Postback:
    """A command and its fields (strings; None leaves a field out)."""

    __slots__ = ("action", "fields")

    def __init__(self, action: str, /, **fields: object) -> None:
        self.action = action
        self.fields = {name: str(value) for name, value in fields.items() if value is not None}

    @property
    def data(self) -> str:
        pairs = [("action", self.action), *self.fields.items()]
        return "&".join(f"{name}={_escape(value)}" for name, value in pairs)

    def get(self, name: str, default: str = "") -> str:
        return self.fields.get(name, default)

    def page(self) -> int:
        """The `page` field as a page number (0 when missing or odd)."""
        page = self.get("page", "0")
        return int(page) if page.isdecimal() and len(page) <= 4 else 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Postback) and (self.action, self.fields) == (other.action, other.fields)

    def __hash__(self) -> int:
        return hash((self.action, tuple(self.fields.items())))

    def __repr__(self) -> str:
        fields = "".join(f", {name}={value!r}" for name, value in self.fields.items())
        return f"Postback({self.action!r}{fields})"


def _version_1(pairs: dict[str, str]) -> Postback | None:
    action = pairs.pop("action", "")
    return Postback(action, **pairs) if action else None


DECODERS = {"1": _version_1}


def decode(data: str) -> Postback | None:
    """The command of a button's data, of any version; None for a flow's own buttons, an unknown
    version or data that names no action."""
    pairs = dict(parse_qsl(data))
    decoder = DECODERS.get(pairs.pop(VERSION_FIELD, "1"))
    return decoder(pairs) if decoder is not None else None
