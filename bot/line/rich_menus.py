"""The rich menu of each role: its areas (LINE JSON) and its image, drawn with Pillow.

A menu is declared as rows of buttons; each row is split evenly across the width, so adding a button
(the citizen's สมัครอาสาสมัคร) or a role (volunteers) is a matter of adding a definition here.
The image is drawn large and plain for old phones: big bold Thai, dark on light or white on dark, one
colour per kind of button. Thai needs text shaping (tone marks stacked above upper vowels, marks
placed on tall consonants), so the renderer insists on Pillow's raqm layout and refuses to draw
without it rather than drawing misplaced marks.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont, features

from bot.postbacks import Postback
from bot.speech.texts import text
from dispatch.menus import MenuRole

# LINE's large menu size: the widest image LINE takes, at its 2500x1686 "full" height.
WIDTH = 2500
HEIGHT = 1686
FONT_PACKAGE = "fontpkg_sarabun"  # Sarabun (OFL-1.1), the Thai government's standard typeface
LABEL_FONT = "Sarabun-Bold.ttf"
HINT_FONT = "Sarabun-Medium.ttf"
MAX_LABEL_SIZE = 150
MIN_LABEL_SIZE = 80
HINT_SIZE = 72
GAP = 14  # light gap between the buttons' cards; the tap areas themselves cover the whole menu
CORNER = 36
PADDING = 60  # inside a card, around the text


class ShapingUnavailable(RuntimeError):
    """Pillow was built without raqm: Thai would be drawn with misplaced vowels and tone marks."""


@dataclass(frozen=True)
class Palette:
    background: str
    text: str
    hint: str


# Contrast of text on background is at least 7:1 (WCAG AAA), checked by the tests.
PALETTES = {
    "primary": Palette(background="#A3231B", text="#FFFFFF", hint="#FFFFFF"),
    "call": Palette(background="#0B5A2A", text="#FFFFFF", hint="#FFFFFF"),
    "plain": Palette(background="#E8EEF6", text="#0B2545", hint="#1F3A5F"),
    "staff": Palette(background="#12355B", text="#FFFFFF", hint="#FFFFFF"),
}
MENU_BACKGROUND = "#FFFFFF"


@dataclass(frozen=True)
class MenuButton:
    """One tap area. `label` is a catalogue key: what the image shows and, for a postback, what the
    chat shows as the user's tap. Either `action` (postback `action=<action>`) or `uri` is set."""

    label: str
    action: str | None = None
    uri: str | None = None
    hint: str | None = None
    style: str = "plain"


@dataclass(frozen=True)
class MenuSpec:
    role: MenuRole
    chat_bar: str  # catalogue key
    rows: tuple[tuple[MenuButton, ...], ...]

    def buttons(self) -> list[MenuButton]:
        return [button for row in self.rows for button in row]


REPORT = MenuButton("richmenu_report", action="report", hint="richmenu_report_hint", style="primary")
TRACK = MenuButton("richmenu_track", action="track", hint="richmenu_track_hint")
HOTLINE = MenuButton("richmenu_hotline", uri="tel:1300", hint="richmenu_hotline_hint", style="call")
NEW_CASES = MenuButton("richmenu_new_cases", action="new_cases", style="staff")
OVERDUE = MenuButton("richmenu_overdue", action="overdue", style="primary")
SEARCH = MenuButton("richmenu_search", action="search", style="staff")
TODAY = MenuButton("richmenu_today", action="today", style="staff")
INVITE = MenuButton("richmenu_invite", action="invite", style="staff")
# The web console (map, photos, exports, administration): the bot answers with its link, which LINE
# opens in its in-app browser, where LINE Login needs no password.
CONSOLE = MenuButton("richmenu_console", action="console", hint="richmenu_console_hint")
STAFF_REPORT = MenuButton("richmenu_report", action="report")
VOLUNTEER_REGISTER = MenuButton("richmenu_volunteer_register", action="volunteer_register")
VOL_OFFERS = MenuButton("richmenu_vol_offers", action="vol_offers", style="staff")
VOL_MINE = MenuButton("richmenu_vol_mine", action="vol_mine", style="staff")
VOL_REPORT = MenuButton("richmenu_vol_report", action="vol_report", style="staff")
VOL_TOGGLE = MenuButton("richmenu_vol_toggle", action="vol_toggle")

MENUS: dict[MenuRole, MenuSpec] = {
    MenuRole.CITIZEN: MenuSpec(
        MenuRole.CITIZEN, "richmenu_chat_bar_citizen", ((REPORT, VOLUNTEER_REGISTER), (TRACK, HOTLINE))
    ),
    MenuRole.STAFF: MenuSpec(
        MenuRole.STAFF,
        "richmenu_chat_bar_staff",
        ((NEW_CASES, OVERDUE, SEARCH), (TODAY, STAFF_REPORT, CONSOLE)),
    ),
    MenuRole.SUPERVISOR: MenuSpec(
        MenuRole.SUPERVISOR,
        "richmenu_chat_bar_supervisor",
        ((OVERDUE, NEW_CASES, SEARCH), (CONSOLE, INVITE, STAFF_REPORT)),
    ),
    MenuRole.VOLUNTEER: MenuSpec(
        MenuRole.VOLUNTEER,
        "richmenu_chat_bar_volunteer",
        ((VOL_OFFERS, VOL_MINE, STAFF_REPORT), (VOL_REPORT, VOL_TOGGLE)),
    ),
}


@dataclass(frozen=True)
class Bounds:
    x: int
    y: int
    width: int
    height: int

    def as_json(self) -> dict[str, int]:
        return {"x": self.x, "y": self.y, "width": self.width, "height": self.height}


def layout(spec: MenuSpec) -> list[tuple[MenuButton, Bounds]]:
    """Every button with its area: rows split the height evenly, buttons split their row's width;
    the last row and column take the rounding remainder, so the areas tile the whole menu."""
    placed = []
    row_height = HEIGHT // len(spec.rows)
    for row_index, row in enumerate(spec.rows):
        y = row_index * row_height
        height = HEIGHT - y if row_index == len(spec.rows) - 1 else row_height
        column_width = WIDTH // len(row)
        for column_index, button in enumerate(row):
            x = column_index * column_width
            width = WIDTH - x if column_index == len(row) - 1 else column_width
            placed.append((button, Bounds(x, y, width, height)))
    return placed


def label_text(button: MenuButton) -> str:
    """The label as one line: what the chat shows when the button is tapped."""
    return text(button.label).replace("\n", "")


def _action(button: MenuButton) -> dict[str, Any]:
    if button.uri:
        return {"type": "uri", "uri": button.uri}
    return {"type": "postback", "data": Postback(button.action).data, "displayText": label_text(button)}


def menu_definition(spec: MenuSpec) -> dict[str, Any]:
    """The rich menu object LINE is sent, without its `name` (which carries the fingerprint)."""
    return {
        "size": {"width": WIDTH, "height": HEIGHT},
        "selected": True,  # open when the chat opens: the menu is how most users start
        "chatBarText": text(spec.chat_bar),
        "areas": [{"bounds": bounds.as_json(), "action": _action(button)} for button, bounds in layout(spec)],
    }


# -- drawing ---------------------------------------------------------------------------------------


def font_path(name: str) -> Path:
    return Path(str(files(FONT_PACKAGE) / "files" / name))


@cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    if not features.check("raqm"):
        raise ShapingUnavailable("Pillow has no raqm layout (libraqm, FriBiDi): Thai marks would be misplaced")
    return ImageFont.truetype(str(font_path(name)), size, layout_engine=ImageFont.Layout.RAQM)


def _lines(label: str, size: int, room: int) -> list[str] | None:
    """The label on one line if it fits `room` pixels at `size`, else broken at its marked places;
    None when even that does not fit."""
    face = font(LABEL_FONT, size)
    whole = label.replace("\n", "")
    if face.getlength(whole) <= room:
        return [whole]
    parts = label.split("\n")
    if len(parts) > 1 and all(face.getlength(part) <= room for part in parts):
        return parts
    return None


def label_size(spec: MenuSpec) -> int:
    """One label size for the whole menu (buttons of one size read as one set): the largest at which
    every label fits its card, on one line or at its marked breaks."""
    for size in range(MAX_LABEL_SIZE, MIN_LABEL_SIZE - 1, -2):
        if all(_lines(text(button.label), size, bounds.width - 2 * (GAP + PADDING)) for button, bounds in layout(spec)):
            return size
    raise ValueError(f"a label of the {spec.role} menu does not fit its area even at {MIN_LABEL_SIZE}px")


def _draw_centred(draw: ImageDraw.ImageDraw, lines: list[tuple[str, ImageFont.FreeTypeFont, str]], box: Bounds) -> None:
    """Lines centred in the box, each as high as its font's ascent + descent (room for Thai marks)."""
    heights = [sum(face.getmetrics()) for _, face, _ in lines]
    y = box.y + (box.height - sum(heights)) / 2
    for (line, face, colour), height in zip(lines, heights, strict=True):
        draw.text((box.x + box.width / 2, y + height / 2), line, font=face, fill=colour, anchor="mm")
        y += height


def render_image(spec: MenuSpec) -> bytes:
    """The menu's PNG: one rounded card per area, its label large and bold, an optional hint below."""
    # Drawing takes a third of a second: cached by the menu and the words it shows.
    words = tuple(text(key) for button in spec.buttons() for key in (button.label, button.hint) if key)
    return _render(spec, words)


@cache
def _render(spec: MenuSpec, words: tuple[str, ...]) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), MENU_BACKGROUND)
    draw = ImageDraw.Draw(image)
    size = label_size(spec)
    for button, bounds in layout(spec):
        palette = PALETTES[button.style]
        card = Bounds(bounds.x + GAP, bounds.y + GAP, bounds.width - 2 * GAP, bounds.height - 2 * GAP)
        draw.rounded_rectangle(
            (card.x, card.y, card.x + card.width - 1, card.y + card.height - 1), CORNER, fill=palette.background
        )
        room = card.width - 2 * PADDING
        label = _lines(text(button.label), size, room) or []
        lines = [(line, font(LABEL_FONT, size), palette.text) for line in label]
        if button.hint and font(HINT_FONT, HINT_SIZE).getlength(text(button.hint)) <= room:
            lines.append((text(button.hint), font(HINT_FONT, HINT_SIZE), palette.hint))
        _draw_centred(draw, lines, card)
    output = io.BytesIO()
    # A palette PNG: flat colours and anti-aliased text need few colours, and the file stays small.
    image.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        output, format="PNG", optimize=True
    )
    return output.getvalue()


@dataclass(frozen=True)
class BuiltMenu:
    role: MenuRole
    definition: dict[str, Any]  # includes the name
    image: bytes
    content_type: str
    fingerprint: str


def build_menu(spec: MenuSpec) -> BuiltMenu:
    """Definition and image; the fingerprint covers both, so any change of either makes a new menu."""
    definition = menu_definition(spec)
    image = render_image(spec)
    digest = hashlib.sha256(json.dumps(definition, sort_keys=True, ensure_ascii=False).encode())
    digest.update(image)
    fingerprint = digest.hexdigest()
    # The name is for people looking at LINE's menu list: the role and the start of the fingerprint.
    named = {"name": f"{spec.role}-{fingerprint[:12]}"} | definition
    return BuiltMenu(spec.role, named, image, "image/png", fingerprint)


def build_menus() -> list[BuiltMenu]:
    return [build_menu(spec) for spec in MENUS.values()]
