"""The people of the web simulator (simulator mode): a citizen, staff of a demo center, a district
supervisor and a volunteer, enrolled the way real people are (a staff or supervisor invite code sent
in chat; a volunteer's application approved by the center's staff), and the hooks that give the
emulator's simulator the bot's roles, languages, centers and sweeps."""

from __future__ import annotations

import json
import logging
import secrets
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.speech.texts import LANGUAGES, has_text
from config import Settings
from dispatch.menus import MenuRole, menu_role, request_menu_update
from dispatch.scheduler import run_job
from dispatch.staffing import issue_invite, issue_supervisor_invite
from dispatch.volunteers import Decision, decide, register
from line_emulator.simulator import Persona, SimulatorHooks
from models.base import utcnow
from models.cases import ReporterUpdate
from models.centers import Center, StaffRole
from models.richmenus import UserMenuLink
from models.users import User, get_or_create_user

log = logging.getLogger("bot.dev.simulator_people")

ROLES = {
    "citizen": "ประชาชน (citizen)",
    "staff": "เจ้าหน้าที่ศูนย์ (staff)",
    "supervisor": "ผู้กำกับดูแลอำเภอ (supervisor)",
    "volunteer": "อาสาสมัคร อพม. (volunteer)",
}
# Fixed ids: the embedded database outlives the emulator, so a restart finds the same people.
PEOPLE = (
    Persona("Usimcitizen000000000000000000000001", "สมใจ ประชาชน", "citizen"),
    Persona("Usimstaff00000000000000000000000001", "สมศรี เจ้าหน้าที่", "staff"),
    Persona("Usimvolunteer0000000000000000000001", "มานี อาสา", "volunteer"),
    Persona("Usimsupervisor000000000000000000001", "ผอ.ประสิทธิ์", "supervisor"),
)
PREFERRED_CENTER = "DEMO-KKN-01"  # Khon Kaen: in the middle of the demo set
ROLE_MENU = {
    "staff": MenuRole.STAFF,
    "supervisor": MenuRole.SUPERVISOR,
    "volunteer": MenuRole.VOLUNTEER,
    "citizen": MenuRole.CITIZEN,
}
MAX_PLACES = 30


def languages() -> tuple[str, ...]:
    """Every language the catalogue greets in (Burmese and Lao too: their own modules), Thai first."""
    return tuple(code for code in LANGUAGES if has_text("greeting", code))


def home_center(session: Session) -> Center | None:
    preferred = session.scalar(select(Center).where(Center.code == PREFERRED_CENTER, Center.active.is_(True)))
    return preferred or session.scalar(select(Center).where(Center.active.is_(True)).order_by(Center.code))


class SimulatorPeople:
    """Enrols simulator users through the bot's own paths; `line` is the emulator's client."""

    def __init__(
        self,
        settings: Settings,
        sessions: sessionmaker[Session],
        line: Any,
        jobs: tuple = (),
        store: Path | None = None,
    ) -> None:
        """`store`: a JSON file keeping the people made in the simulator, for the next run (the
        embedded database remembers their roles; the emulator starts empty)."""
        self.settings = settings
        self.sessions = sessions
        self.line = line
        self.jobs = jobs
        self.store = store
        self.people: dict[str, Persona] = {}

    def hooks(self) -> SimulatorHooks:
        return SimulatorHooks(
            roles=ROLES,
            languages=languages(),
            personas=lambda: list(self.people.values()),
            enrol=self.enrol_new,
            run_sweeps=self.run_sweeps,
            places=self.places(),
        )

    def places(self) -> list[dict[str, Any]]:
        with self.sessions() as session:
            home = home_center(session)
            centers = session.scalars(select(Center).where(Center.active.is_(True)).order_by(Center.code)).all()
        ordered = sorted(centers, key=lambda center: center.id != (home.id if home else None))[:MAX_PLACES]
        return [{"name": c.name, "latitude": c.latitude, "longitude": c.longitude} for c in ordered]

    def start(self) -> None:
        """Register the standard people with the emulator and enrol those whose role is missing."""
        self._relink_menus()
        for person in (*PEOPLE, *self._stored()):
            self.line.add_user(person.user_id, person.display_name, person.language)
            self.people[person.user_id] = person
            if not self._has_role(person):
                self.enrol(person)
                if person.role == "staff":  # the volunteer is approved by this staff member
                    self._wait_for_role(person)

    def _wait_for_role(self, person: Persona, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while not self._has_role(person) and time.monotonic() < deadline:
            time.sleep(0.1)

    def _stored(self) -> list[Persona]:
        if self.store is None or not self.store.exists():
            return []
        try:
            return [Persona(**fields) for fields in json.loads(self.store.read_text(encoding="utf-8"))]
        except (ValueError, TypeError):
            log.warning("%s is not a list of simulator people: ignored", self.store)
            return []

    def _remember(self) -> None:
        if self.store is None:
            return
        made = [person for person in self.people.values() if person not in PEOPLE]
        rows = [
            {"user_id": p.user_id, "display_name": p.display_name, "role": p.role, "language": p.language} for p in made
        ]
        self.store.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")

    def _relink_menus(self) -> None:
        """The emulator starts empty on every run while the embedded database remembers the menus users
        had: every user's menu is linked again."""
        with self.sessions.begin() as session:
            request_menu_update(session, list(session.scalars(select(UserMenuLink.user_id))), utcnow())

    def _has_role(self, person: Persona) -> bool:
        with self.sessions() as session:
            user = session.scalar(select(User).where(User.line_user_id == person.user_id))
            return user is not None and menu_role(session, user.id) == ROLE_MENU[person.role]

    def enrol_new(self, role: str, display_name: str, language: str) -> Persona:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        person = Persona("U" + secrets.token_hex(16), display_name, role, language)
        self.line.add_user(person.user_id, person.display_name, person.language)
        self.people[person.user_id] = person
        self.enrol(person)
        self._remember()
        return person

    def enrol(self, person: Persona) -> None:
        """As a real person would: (volunteers) apply and be approved by the center's staff, add the
        bot as a friend, then (staff, supervisors) send the invite code an administrator issued."""
        if person.role == "citizen":
            return  # the phone shows "Add friend": the greeting is part of what a trainer shows
        now = utcnow()
        with self.sessions.begin() as session:
            center = home_center(session)
            if center is None:
                raise RuntimeError("no center to enrol simulator staff in: import centers first")
            if person.role == "staff":
                code = issue_invite(session, center.code, now)
            elif person.role == "supervisor":
                code, _area = issue_supervisor_invite(session, StaffRole.DISTRICT_SUPERVISOR, center.district_code, now)
            else:
                code = None  # the application is made before the follow: one writer creates the user
                self._approve_volunteer(session, person, center, now)
        self.line.follow(person.user_id)
        if code:
            self.line.send_text(person.user_id, code)

    def _approve_volunteer(self, session: Session, person: Persona, center: Center, now: datetime) -> None:
        approver = self._approver(session)
        user = get_or_create_user(session, person.user_id, now)
        volunteer = register(
            session,
            user,
            {
                "center_id": center.id,
                "name": person.display_name,
                "phone": "0812345678",
                "latitude": center.latitude + 0.005,
                "longitude": center.longitude + 0.005,
                "skills": [],
                "max_cases": 3,
            },
            now,
        )
        if volunteer is not None and approver is not None:
            decide(session, approver, str(volunteer.id), Decision.APPROVE, now)

    def _approver(self, session: Session) -> User | None:
        """The simulator's staff member (enrolled first), as the one who approves volunteers."""
        staff = next(person for person in PEOPLE if person.role == "staff")
        return session.scalar(select(User).where(User.line_user_id == staff.user_id))

    def run_sweeps(self) -> dict[str, Any]:
        """Every scheduled job once, now (each in its own transaction, recorded like a scheduled run).
        News for reporters is held a few minutes to gather changes into one message; a trainer who
        presses the button wants to see it, so held news is released first."""
        with self.sessions.begin() as session:
            now = utcnow()
            session.execute(
                update(ReporterUpdate)
                .where(ReporterUpdate.told_at.is_(None), ReporterUpdate.send_after > now)
                .values(send_after=now)
            )
        ran: dict[str, Any] = {}
        for job in self.jobs:
            try:
                ran[job.name] = run_job(self.sessions, job, utcnow)
            except Exception as error:  # noqa: BLE001 - one failing sweep must not hide the others
                ran[job.name] = f"failed: {type(error).__name__}"
        return ran
