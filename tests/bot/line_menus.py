"""What LINE holds of the rich menus, read from the emulator: shared by the rich-menu test modules."""

from __future__ import annotations

from typing import Any


class LineView:
    """What LINE holds, read from the emulator's state (not over its API: reading must neither be
    recorded as a call nor use up an injected failure)."""

    def __init__(self, bot: Any) -> None:
        self.state = bot.emulator.emulator.state

    def menus(self) -> dict[str, dict]:
        with self.state.lock:
            return {menu_id: menu.as_json() for menu_id, menu in self.state.rich_menus.menus.items()}

    def default(self) -> str | None:
        return self.state.rich_menus.default_menu

    def linked(self, user_id: str) -> str | None:
        return self.state.rich_menus.user_links.get(user_id)

    def image(self, menu_id: str) -> bytes | None:
        return self.state.rich_menus.menus[menu_id].image

    def menu_of(self, key: str) -> str:
        """The id of a menu on LINE by its key ("staff", "citizen-my"): its name is the key, a dash and
        the start of its fingerprint."""
        found = [menu_id for menu_id, menu in self.menus().items() if menu["name"].rsplit("-", 1)[0] == key]
        assert len(found) == 1, found
        return found[0]

    def menu(self, menu_id: str) -> dict:
        return self.menus()[menu_id]
