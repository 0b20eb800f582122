"""The rich menu of each role: its areas (LINE JSON) and its image, drawn with Pillow.

A menu is declared as rows of buttons; each row is split evenly across the width, so adding a button
(the citizen's สมัครอาสาสมัคร) or a role (volunteers) is a matter of adding a definition here.
The citizen menu is drawn in Thai, English, Burmese and Lao (a migrant worker must not face Thai
buttons); the staff, supervisor and volunteer menus are Thai.
The image is drawn large and plain for old phones: big bold letters, dark on light or white on dark,
one colour per kind of button. Thai, Burmese and Lao need text shaping (Thai tone marks stacked above
upper vowels, Burmese medials drawn around their consonant and stacked consonants, Lao marks), so the
renderer insists on Pillow's raqm layout, and shapes every word with HarfBuzz before drawing: a
character its font lacks (a box) or cannot place (a dotted circle) stops the menu from being drawn
rather than uploaded broken.
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

import uharfbuzz
from PIL import Image, ImageDraw, ImageFont, features

from bot.postbacks import Postback
from bot.speech.texts import text
from dispatch.menus import CITIZEN_MENU_LANGUAGES, DEFAULT_LANGUAGE, MenuKey, MenuRole

# LINE's large menu size: the widest image LINE takes, at its 2500x1686 "full" height.
WIDTH = 2500
HEIGHT = 1686
MAX_LABEL_SIZE = 150
MIN_LABEL_SIZE = 80
HINT_SIZE = 72
GAP = 14  # light gap between the buttons' cards; the tap areas themselves cover the whole menu
CORNER = 36
PADDING = 60  # inside a card, around the text


class ShapingUnavailable(RuntimeError):
    """The menu's words cannot be drawn right: Pillow was built without raqm (Thai, Burmese and Lao
    marks would be misplaced), or a font lacks a character or cannot shape it."""


@dataclass(frozen=True)
class Typeface:
    """A font file shipped in a Python package, at one named instance when it is a variable font."""

    package: str
    file: str
    instance: str | None = None

    def __str__(self) -> str:
        return f"{self.file} {self.instance or ''}".strip()


# Sarabun (OFL-1.1, fontpkg-sarabun): the Thai government's standard typeface, with Latin for English.
FONT_PACKAGE = "fontpkg_sarabun"
SARABUN_BOLD = Typeface(FONT_PACKAGE, "files/Sarabun-Bold.ttf")
SARABUN_MEDIUM = Typeface(FONT_PACKAGE, "files/Sarabun-Medium.ttf")
# Noto Sans Myanmar and Noto Sans Lao (OFL-1.1, justmytype-intl-sea): variable fonts, Latin digits included.
_NOTO = "justmytype_intl_sea"
_MYANMAR = "fonts/ofl/notosansmyanmar/NotoSansMyanmar[wdth,wght].ttf"
_LAO = "fonts/ofl/notosanslao/NotoSansLao[wdth,wght].ttf"


@dataclass(frozen=True)
class Lettering:
    label: Typeface
    hint: Typeface


LETTERING = {
    "th": Lettering(SARABUN_BOLD, SARABUN_MEDIUM),
    "en": Lettering(SARABUN_BOLD, SARABUN_MEDIUM),
    "my": Lettering(Typeface(_NOTO, _MYANMAR, "Bold"), Typeface(_NOTO, _MYANMAR, "Medium")),
    "lo": Lettering(Typeface(_NOTO, _LAO, "Bold"), Typeface(_NOTO, _LAO, "Medium")),
}


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
    language: str = DEFAULT_LANGUAGE  # of every word on it; its actions are the same in every language

    @property
    def key(self) -> MenuKey:
        return MenuKey(self.role, self.language)

    @property
    def lettering(self) -> Lettering:
        return LETTERING[self.language]

    def buttons(self) -> list[MenuButton]:
        return [button for row in self.rows for button in row]

    def words(self, key: str) -> str:
        return text(key, self.language)


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
# In the English, Burmese and Lao menus the language button takes สมัครอาสาสมัคร's place: อพม. volunteers
# are Thai, and whoever reads a menu not in Thai may have been given it by their phone's language.
LANGUAGE = MenuButton("richmenu_language", action="language", hint="richmenu_language_hint")


def citizen_menu(language: str) -> MenuSpec:
    corner = VOLUNTEER_REGISTER if language == DEFAULT_LANGUAGE else LANGUAGE
    return MenuSpec(MenuRole.CITIZEN, "richmenu_chat_bar_citizen", ((REPORT, corner), (TRACK, HOTLINE)), language)


MENUS: dict[MenuKey, MenuSpec] = {
    **{MenuKey(MenuRole.CITIZEN, language): citizen_menu(language) for language in CITIZEN_MENU_LANGUAGES},
    MenuKey(MenuRole.STAFF): MenuSpec(
        MenuRole.STAFF,
        "richmenu_chat_bar_staff",
        ((NEW_CASES, OVERDUE, SEARCH), (TODAY, STAFF_REPORT, CONSOLE)),
    ),
    MenuKey(MenuRole.SUPERVISOR): MenuSpec(
        MenuRole.SUPERVISOR,
        "richmenu_chat_bar_supervisor",
        ((OVERDUE, NEW_CASES, SEARCH), (CONSOLE, INVITE, STAFF_REPORT)),
    ),
    MenuKey(MenuRole.VOLUNTEER): MenuSpec(
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


def label_text(spec: MenuSpec, button: MenuButton) -> str:
    """The label as one line: what the chat shows when the button is tapped."""
    return spec.words(button.label).replace("\n", "")


def _action(spec: MenuSpec, button: MenuButton) -> dict[str, Any]:
    if button.uri:
        return {"type": "uri", "uri": button.uri}
    return {"type": "postback", "data": Postback(button.action).data, "displayText": label_text(spec, button)}


def menu_definition(spec: MenuSpec) -> dict[str, Any]:
    """The rich menu object LINE is sent, without its `name` (which carries the fingerprint)."""
    return {
        "size": {"width": WIDTH, "height": HEIGHT},
        "selected": True,  # open when the chat opens: the menu is how most users start
        "chatBarText": spec.words(spec.chat_bar),
        "areas": [{"bounds": bounds.as_json(), "action": _action(spec, button)} for button, bounds in layout(spec)],
    }


# -- drawing ---------------------------------------------------------------------------------------


def font_path(face: Typeface) -> Path:
    try:
        path = Path(str(files(face.package) / face.file))
    except ModuleNotFoundError:
        raise ShapingUnavailable(f"the font package {face.package} is not installed (requirements.txt)") from None
    if not path.is_file():
        raise ShapingUnavailable(f"{face.package} has no {face.file}")
    return path


@cache
def font(face: Typeface, size: int) -> ImageFont.FreeTypeFont:
    if not features.check("raqm"):
        raise ShapingUnavailable("Pillow has no raqm layout (libraqm, FriBiDi): Thai marks would be misplaced")
    loaded = ImageFont.truetype(str(font_path(face)), size, layout_engine=ImageFont.Layout.RAQM)
    if face.instance:
        loaded.set_variation_by_name(face.instance)
    return loaded


@cache
def _shaper(face: Typeface) -> tuple[uharfbuzz.Font, frozenset[int]]:
    shaper = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(font_path(face)))))
    # Glyph 0 is the font's box for a missing character; HarfBuzz puts a dotted circle (U+25CC) where
    # a mark has no letter to sit on (a Burmese vowel typed before its consonant, say).
    dotted_circle = shaper.get_nominal_glyph(0x25CC)
    return shaper, frozenset({0} if dotted_circle is None else {0, dotted_circle})


def unshaped(face: Typeface, words: str) -> list[str]:
    """The characters of `words` that `face` would draw as a box or with a dotted circle."""
    shaper, broken = _shaper(face)
    buffer = uharfbuzz.Buffer()
    buffer.add_codepoints([ord(character) for character in words])
    buffer.guess_segment_properties()
    uharfbuzz.shape(shaper, buffer, {})
    return sorted({words[glyph.cluster] for glyph in buffer.glyph_infos if glyph.codepoint in broken})


def check_shaping(spec: MenuSpec) -> None:
    """Refuse a menu with a word its fonts cannot draw (say a Thai fallback in the Burmese menu)."""
    for button in spec.buttons():
        for key, face in ((button.label, spec.lettering.label), (button.hint, spec.lettering.hint)):
            if key is None:
                continue
            words = spec.words(key).replace("\n", "")
            if missing := unshaped(face, words):
                raise ShapingUnavailable(
                    f"the {spec.key} menu's {key} ({words!r}) cannot be drawn with {face}: {''.join(missing)!r}"
                )


def _line_height(face: ImageFont.FreeTypeFont) -> int:
    return sum(face.getmetrics())  # ascent + descent: room for marks above and below


def _lines(spec: MenuSpec, label: str, size: int, room: int) -> list[str] | None:
    """The label on one line if it fits `room` pixels at `size`, else on two: at its marked place
    (Thai has no spaces) or at the space that gives the shorter longest line. None when that does not fit."""
    face = font(spec.lettering.label, size)
    whole = label.replace("\n", "")
    if face.getlength(whole) <= room:
        return [whole]
    if "\n" in label:
        parts = label.split("\n")
        return parts if all(face.getlength(part) <= room for part in parts) else None
    words = whole.split(" ")
    splits = [[" ".join(words[:cut]), " ".join(words[cut:])] for cut in range(1, len(words))]
    fitting = [lines for lines in splits if all(face.getlength(line) <= room for line in lines)]
    return min(fitting, key=lambda lines: max(face.getlength(line) for line in lines)) if fitting else None


def _stack(
    spec: MenuSpec, button: MenuButton, card: Bounds, size: int
) -> list[tuple[str, ImageFont.FreeTypeFont, str]] | None:
    """The button's lines, label then hint, if they fit the card at this label size."""
    room = card.width - 2 * PADDING
    label = _lines(spec, spec.words(button.label), size, room)
    if label is None:
        return None
    palette = PALETTES[button.style]
    label_face = font(spec.lettering.label, size)
    lines = [(line, label_face, palette.text) for line in label]
    if button.hint:
        hint_face = font(spec.lettering.hint, HINT_SIZE)
        hint = spec.words(button.hint)
        if hint_face.getlength(hint) > room:
            return None
        lines.append((hint, hint_face, palette.hint))
    if sum(_line_height(face) for _, face, _ in lines) > card.height - 2 * PADDING:
        return None
    return lines


def _card(bounds: Bounds) -> Bounds:
    return Bounds(bounds.x + GAP, bounds.y + GAP, bounds.width - 2 * GAP, bounds.height - 2 * GAP)


def label_size(spec: MenuSpec) -> int:
    """One label size for the whole menu (buttons of one size read as one set): the largest at which
    every label and its hint fit their card, on one line or two."""
    for size in range(MAX_LABEL_SIZE, MIN_LABEL_SIZE - 1, -2):
        if all(_stack(spec, button, _card(bounds), size) for button, bounds in layout(spec)):
            return size
    raise ValueError(f"a label of the {spec.key} menu does not fit its area even at {MIN_LABEL_SIZE}px")


def _draw_centred(draw: ImageDraw.ImageDraw, lines: list[tuple[str, ImageFont.FreeTypeFont, str]], box: Bounds) -> None:
    """Lines centred in the box, each as high as its font's ascent + descent (room for marks)."""
    heights = [_line_height(face) for _, face, _ in lines]
    y = box.y + (box.height - sum(heights)) / 2
    for (line, face, colour), height in zip(lines, heights, strict=True):
        draw.text((box.x + box.width / 2, y + height / 2), line, font=face, fill=colour, anchor="mm")
        y += height


def render_image(spec: MenuSpec) -> bytes:
    """The menu's PNG: one rounded card per area, its label large and bold, a hint below."""
    check_shaping(spec)
    # Drawing takes a third of a second: cached by the menu and the words it shows.
    words = tuple(spec.words(key) for button in spec.buttons() for key in (button.label, button.hint) if key)
    return _render(spec, words)


@cache
def _render(spec: MenuSpec, words: tuple[str, ...]) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), MENU_BACKGROUND)
    draw = ImageDraw.Draw(image)
    size = label_size(spec)
    for button, bounds in layout(spec):
        card = _card(bounds)
        draw.rounded_rectangle(
            (card.x, card.y, card.x + card.width - 1, card.y + card.height - 1),
            CORNER,
            fill=PALETTES[button.style].background,
        )
        _draw_centred(draw, _stack(spec, button, card, size) or [], card)
    output = io.BytesIO()
    # A palette PNG: flat colours and anti-aliased text need few colours, and the file stays small.
    image.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        output, format="PNG", optimize=True
    )
    return output.getvalue()


@dataclass(frozen=True)
class BuiltMenu:
    key: MenuKey
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
    # The name is for people looking at LINE's menu list: the menu's key and the start of the fingerprint.
    named = {"name": f"{spec.key}-{fingerprint[:12]}"} | definition
    return BuiltMenu(spec.key, named, image, "image/png", fingerprint)


def build_menus() -> list[BuiltMenu]:
    return [build_menu(spec) for spec in MENUS.values()]
