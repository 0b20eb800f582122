"""`flask --app app richmenu sync`: put each role's rich menu on LINE, once (the citizen menu once per
language).

A menu whose definition and image are unchanged (same fingerprint, still on LINE) is reused. New menus
are created and given their image first; only when every menu is complete does anything users see
change: the Thai citizen menu becomes the default, users of replaced menus are linked to the new
ones, the replaced menus are deleted, and citizens who speak another language get the menu in it. An error before that point leaves every menu and link as
it was (a half-created menu is deleted); an error after it leaves the replaced menus in place, still
linked, for the next run to finish.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.line.line_client import LineApiError, LineClient
from bot.line.rich_menus import BuiltMenu, ShapingUnavailable, build_menus
from dispatch.menus import DEFAULT_MENU, MenuKey, citizens_without_their_menu, request_menu_update
from models.base import utcnow
from models.centers import StaffMembership
from models.richmenus import MenuLinkState, RichMenuRecord, RichMenuStatus, UserMenuLink
from models.users import User

BULK_LINK_LIMIT = 500  # LINE's limit of user ids per bulk link
REUSABLE = (RichMenuStatus.READY, RichMenuStatus.CURRENT, RichMenuStatus.RETIRED)


class SyncError(Exception):
    """The sync stopped; the message says what failed and what state LINE was left in."""


@dataclass
class SyncReport:
    created: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    relinked_users: int = 0
    deleted: list[str] = field(default_factory=list)
    default_menu: str | None = None

    def lines(self) -> list[str]:
        return [
            f"created: {', '.join(self.created) or 'none'}",
            f"reused (unchanged): {', '.join(self.reused) or 'none'}",
            f"default menu: {self.default_menu}",
            f"users moved from replaced menus: {self.relinked_users}",
            f"replaced menus deleted: {len(self.deleted)}",
        ]


class RichMenuSync:
    def __init__(
        self, sessions: sessionmaker[Session], line: LineClient, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self._sessions = sessions
        self._line = line
        self._clock = clock
        self.report = SyncReport()

    def run(self) -> SyncReport:
        try:
            menus = build_menus()
        except ShapingUnavailable as error:
            raise SyncError(f"cannot draw the menus: {error}; nothing was changed") from None
        try:
            on_line = self._line.list_rich_menus()
        except LineApiError as error:
            raise SyncError(f"{error}; nothing was changed") from None
        self._forget_vanished(on_line)
        self._clean_up_half_created(on_line)
        chosen = {menu.key: self._reuse_or_create(menu, on_line) for menu in menus}
        # From here on users see the change: every new menu is complete.
        try:
            self._switch(chosen)
        except LineApiError as error:
            raise SyncError(
                f"{error}; the new menus are complete but the switch did not finish: replaced menus are "
                "kept (their users still see them); run the sync again to finish"
            ) from None
        return self.report

    # -- before the switch: nothing users see changes ---------------------------------------------

    def _forget_vanished(self, on_line: dict[str, str]) -> None:
        """Records of menus LINE no longer has (deleted by hand in the console) are dropped."""
        with self._sessions.begin() as session:
            for record in session.scalars(select(RichMenuRecord)):
                if record.line_rich_menu_id not in on_line:
                    session.delete(record)

    def _clean_up_half_created(self, on_line: dict[str, str]) -> None:
        """A menu whose creation was interrupted (no image) is deleted before anything else."""
        with self._sessions() as session:
            stale = session.scalars(
                select(RichMenuRecord.line_rich_menu_id).where(RichMenuRecord.status == RichMenuStatus.CREATING)
            ).all()
        for menu_id in stale:
            self._delete_half_created(menu_id)

    def _delete_half_created(self, menu_id: str) -> bool:
        try:
            self._line.delete_rich_menu(menu_id)
        except LineApiError as error:
            if error.result.status != 404:
                return False
        with self._sessions.begin() as session:
            session.execute(RichMenuRecord.__table__.delete().where(RichMenuRecord.line_rich_menu_id == menu_id))
        return True

    def _reuse_or_create(self, menu: BuiltMenu, on_line: dict[str, str]) -> str:
        with self._sessions() as session:
            existing = session.scalars(
                select(RichMenuRecord.line_rich_menu_id).where(
                    RichMenuRecord.role == menu.key.role,
                    RichMenuRecord.language == menu.key.language,
                    RichMenuRecord.fingerprint == menu.fingerprint,
                    RichMenuRecord.status.in_(REUSABLE),
                )
            ).all()
        for menu_id in existing:
            if menu_id in on_line:
                self.report.reused.append(str(menu.key))
                return menu_id
        return self._create(menu)

    def _create(self, menu: BuiltMenu) -> str:
        try:
            menu_id = self._line.create_rich_menu(menu.definition)
        except LineApiError as error:
            raise SyncError(f"{error}; no menu in use was changed") from None
        now = self._clock()
        with self._sessions.begin() as session:
            session.add(
                RichMenuRecord(
                    role=menu.key.role,
                    language=menu.key.language,
                    line_rich_menu_id=menu_id,
                    fingerprint=menu.fingerprint,
                    status=RichMenuStatus.CREATING,
                    created_at=now,
                    updated_at=now,
                )
            )
        try:
            self._line.upload_rich_menu_image(menu_id, menu.image, menu.content_type)
        except LineApiError as error:
            cleaned = self._delete_half_created(menu_id)
            left = "it was deleted" if cleaned else "it will be deleted by the next sync"
            raise SyncError(
                f"{error}; the new {menu.key} menu has no image, {left}; no menu in use was changed"
            ) from None
        with self._sessions.begin() as session:
            record = session.scalars(select(RichMenuRecord).where(RichMenuRecord.line_rich_menu_id == menu_id)).one()
            record.status = RichMenuStatus.READY
            record.updated_at = self._clock()
        self.report.created.append(str(menu.key))
        return menu_id

    # -- the switch ---------------------------------------------------------------------------------

    def _switch(self, chosen: dict[MenuKey, str]) -> None:
        default = chosen[DEFAULT_MENU]
        if self._line.default_rich_menu() != default:
            self._line.set_default_rich_menu(default)
        self.report.default_menu = default
        now = self._clock()
        with self._sessions.begin() as session:
            for record in session.scalars(select(RichMenuRecord)):
                current = record.line_rich_menu_id == chosen.get(MenuKey(record.role, record.language))
                status = RichMenuStatus.CURRENT if current else RichMenuStatus.RETIRED
                if record.status != status:
                    record.status, record.updated_at = status, now
        self._relink_and_delete_retired(chosen)
        self._link_waiting_users()

    def _relink_and_delete_retired(self, chosen: dict[MenuKey, str]) -> None:
        with self._sessions() as session:
            retired = session.execute(
                select(RichMenuRecord.line_rich_menu_id, RichMenuRecord.role, RichMenuRecord.language).where(
                    RichMenuRecord.status == RichMenuStatus.RETIRED
                )
            ).all()
        for old_id, role, language in retired:
            self._relink(old_id, chosen.get(MenuKey(role, language)))
            try:
                self._line.delete_rich_menu(old_id)
            except LineApiError as error:
                if error.result.status != 404:
                    raise
            with self._sessions.begin() as session:
                session.execute(RichMenuRecord.__table__.delete().where(RichMenuRecord.line_rich_menu_id == old_id))
                # A link made by the menu worker while this ran may point at the deleted menu: look again.
                stragglers = session.scalars(
                    select(UserMenuLink.user_id).where(UserMenuLink.linked_rich_menu_id == old_id)
                ).all()
                request_menu_update(session, list(stragglers), self._clock())
            self.report.deleted.append(old_id)

    def _relink(self, old_id: str, new_id: str | None) -> None:
        """Users linked to a replaced menu get its successor before it is deleted (LINE cannot list
        a menu's users: the bot's own record says who they are)."""
        if new_id is None:
            return  # a menu no longer drawn: deleting it unlinks its users (the worker looks again)
        while True:
            with self._sessions() as session:
                batch = session.execute(
                    select(UserMenuLink.id, User.line_user_id)
                    .join(User, User.id == UserMenuLink.user_id)
                    .where(UserMenuLink.linked_rich_menu_id == old_id)
                    .order_by(UserMenuLink.id)
                    .limit(BULK_LINK_LIMIT)
                ).all()
            if not batch:
                return
            self._line.bulk_link_rich_menu(new_id, [line_user_id for _, line_user_id in batch])
            with self._sessions.begin() as session:
                session.execute(
                    UserMenuLink.__table__.update()
                    .where(UserMenuLink.id.in_([row_id for row_id, _ in batch]))
                    .values(linked_rich_menu_id=new_id, updated_at=self._clock())
                )
            self.report.relinked_users += len(batch)

    def _link_waiting_users(self) -> None:
        """Users who became staff before their role had a menu, or before menus existed at all, and
        citizens speaking another language than Thai who have no menu in it linked yet."""
        with self._sessions.begin() as session:
            waiting = session.scalars(select(UserMenuLink.user_id).where(UserMenuLink.state == MenuLinkState.WAITING))
            unrecorded = session.scalars(
                select(StaffMembership.user_id)
                .where(StaffMembership.active.is_(True))
                .where(~select(UserMenuLink.id).where(UserMenuLink.user_id == StaffMembership.user_id).exists())
            )
            citizens = citizens_without_their_menu(session)
            request_menu_update(session, [*waiting, *unrecorded, *citizens], self._clock())


def sync_rich_menus(
    sessions: sessionmaker[Session], line: LineClient, clock: Callable[[], datetime] = utcnow
) -> SyncReport:
    return RichMenuSync(sessions, line, clock).run()
