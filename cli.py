"""`flask --app app …` commands: init-db, worker (and, as they land, centers, staff, chat)."""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading

import click
from flask import Flask

log = logging.getLogger("bot.worker")


def register_commands(app: Flask) -> None:
    register_domain_commands(app)
    register_db_commands(app)
    register_privacy_commands(app)
    register_chat_command(app)
    register_richmenu_commands(app)
    register_schedule_commands(app)
    register_event_commands(app)
    register_register_commands(app)
    register_agency_commands(app)

    @app.cli.command("init-db")
    def init_db() -> None:
        """Create the schema or upgrade it to the latest version (safe to run again)."""
        from models.schema import upgrade_database

        upgrade_database(app.extensions["bot_engine"])
        click.echo("database schema is up to date")

    @app.cli.command("worker")
    def worker() -> None:
        """Run the event and delivery workers and the scheduler, without the web part."""
        from bot.workers.runtime import Runtime

        runtime = Runtime(app.config["BOT_SETTINGS"], app.extensions["bot_sessions"])
        stopped = threading.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stopped.set())
        runtime.start()
        log.info(json.dumps({"worker": "started", "id": runtime.worker_id, "scheduler": runtime.scheduler is not None}))
        stopped.wait()
        runtime.stop()
        log.info(json.dumps({"worker": "stopped", "id": runtime.worker_id}))


def register_register_commands(app: Flask) -> None:
    register = click.Group("register", help="The household register of vulnerable people.")

    @register.command("import")
    @click.argument("file", type=click.Path(exists=True, dir_okay=False))
    def import_register_command(file: str) -> None:
        """Import people from a CSV (header: see dispatch/register_import.py), in UTF-8 or Thai Windows
        cp874. Any problem is listed with its line number and nothing is imported."""
        from dispatch.centers_import import CentersFileError, centers_file
        from dispatch.register import Rhythm
        from dispatch.register_import import RegisterImportError, import_people
        from models.base import utcnow

        try:
            handle, _ = centers_file(file)
        except CentersFileError as error:
            raise click.ClickException(f"{file}: {error}") from None
        rhythm = Rhythm.from_settings(app.config["BOT_SETTINGS"])
        try:
            with app.extensions["bot_sessions"].begin() as session:
                report = import_people(session, handle, utcnow(), rhythm)
        except RegisterImportError as error:
            for problem in error.errors:
                click.echo(str(problem), err=True)
            raise click.ClickException(f"{len(error.errors)} problem(s) found; nothing was imported") from None
        click.echo(f"{report.people} people in {report.households} household(s) added to the register")

    app.cli.add_command(register)


def register_db_commands(app: Flask) -> None:
    from models.schema import current_revision, head_revision, run_alembic

    db = click.Group("db", help="The database schema: its version and the migrations (Alembic).")

    @db.command("current")
    @click.option("--check", is_flag=True, help="Exit with status 1 unless the schema is the latest.")
    def current_command(check: bool) -> None:
        """The schema version of the database, and whether it is the latest."""
        current, head = current_revision(app.extensions["bot_engine"]), head_revision()
        if current is None:
            click.echo(f"empty database (no schema); latest is {head}: run `flask --app app db upgrade`")
        elif current == head:
            click.echo(f"{current} (head)")
        else:
            click.echo(f"{current} (the latest is {head}: run `flask --app app db upgrade`)")
        if check and current != head:
            sys.exit(1)

    @db.command("history")
    def history_command() -> None:
        """Every migration, newest first; the database's current one is marked."""
        from alembic import command

        run_alembic(app.extensions["bot_engine"], lambda config: command.history(config, indicate_current=True))

    @db.command("upgrade")
    @click.argument("revision", default="head")
    def upgrade_command(revision: str) -> None:
        """Upgrade the schema to REVISION (default: the latest). Same as init-db without an argument."""
        from alembic import command

        engine = app.extensions["bot_engine"]
        run_alembic(engine, lambda config: command.upgrade(config, revision))
        click.echo(f"database schema at {current_revision(engine)}")

    @db.command("downgrade")
    @click.argument("revision")
    @click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
    def downgrade_command(revision: str, yes: bool) -> None:
        """Downgrade the schema to REVISION (e.g. 0010; one step back: `-- -1`). Tables and columns added
        after it are dropped with their data: back up first (README, Backup and restore)."""
        from alembic import command

        engine = app.extensions["bot_engine"]
        if not yes:
            click.confirm(
                f"Downgrade from {current_revision(engine)} to {revision}, dropping what came after?", abort=True
            )
        run_alembic(engine, lambda config: command.downgrade(config, revision))
        click.echo(f"database schema at {current_revision(engine)}")

    app.cli.add_command(db)


def register_privacy_commands(app: Flask) -> None:
    privacy = click.Group("privacy", help="PDPA requests of one person: access (export) and erasure. Both are audited.")
    operator_option = click.option(
        "--operator", default=None, help="Who carries out the request, for the audit (default: the OS user)."
    )

    def operator_name(given: str | None) -> str:
        import getpass

        return given or getpass.getuser()

    @privacy.command("export")
    @click.option("--line-user-id", "line_user_id", required=True, help="The person's LINE user id.")
    @click.option(
        "--output", type=click.Path(dir_okay=False, writable=True), help="Write the JSON here, not to stdout."
    )
    @operator_option
    def export_command(line_user_id: str, output: str | None, operator: str | None) -> None:
        """Everything held about the person, as JSON (profile, reports with timelines and photos,
        conversation, volunteer record, webhook events and messages)."""
        from bot.ops.privacy import export_request
        from models.base import utcnow

        data = export_request(app.extensions["bot_sessions"], line_user_id, operator_name(operator), utcnow())
        if data is None:
            raise click.ClickException(f"nothing is held about {line_user_id} (the request is recorded)")
        document = json.dumps(data, ensure_ascii=False, indent=2, default=str)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(document + "\n")
            click.echo(f"{output}: {len(data['cases_reported'])} case(s)")
        else:
            click.echo(document)

    @privacy.command("erase")
    @click.option("--line-user-id", "line_user_id", required=True, help="The person's LINE user id.")
    @click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
    @operator_option
    def erase_command(line_user_id: str, yes: bool, operator: str | None) -> None:
        """Remove the person's personal data from their reports and profile (statistics are kept) and
        tell the staff of their open cases. Cannot be undone."""
        from bot.ops.privacy import erase_request
        from models.base import utcnow

        if not yes:
            click.confirm(f"Erase the personal data of {line_user_id}? This cannot be undone", abort=True)
        erasure = erase_request(app.extensions["bot_sessions"], line_user_id, operator_name(operator), utcnow())
        if erasure is None:
            raise click.ClickException(f"nothing is held about {line_user_id} (the request is recorded)")
        for key, value in erasure.summary().items():
            click.echo(f"{key}: {value}")
        click.echo(f"erased; staff of {len(erasure.open_cases)} open case(s) are told")

    app.cli.add_command(privacy)


def register_domain_commands(app: Flask) -> None:
    centers = click.Group("centers", help="Subdistrict social-assistance centers.")
    staff = click.Group("staff", help="Center staff and supervisors.")

    @centers.command("import")
    @click.argument("file", type=click.Path(exists=True, dir_okay=False))
    def import_centers_command(file: str) -> None:
        """Import or update centers from a CSV: code,name,subdistrict_code,latitude,longitude,phone
        (and optionally service_radius_km), in UTF-8 (with or without BOM) or Thai Windows cp874/TIS-620."""
        from tqdm import tqdm

        from dispatch.centers_import import CentersFileError, CentersImportError, centers_file, import_centers
        from models.base import utcnow

        settings = app.config["BOT_SETTINGS"]
        try:
            handle, encoding = centers_file(file)
        except CentersFileError as error:
            raise click.ClickException(f"{file}: {error}") from None
        total = max(handle.getvalue().count("\n") - 1, 0)
        with tqdm(total=total, unit="row", disable=total < 1000, file=sys.stderr) as bar:
            try:
                with app.extensions["bot_sessions"].begin() as session:
                    report = import_centers(
                        session,
                        handle,
                        utcnow(),
                        progress=bar.update,
                        province_check_km=settings.centers_province_check_km,
                    )
            except CentersImportError as error:
                for problem in error.errors:
                    click.echo(str(problem), err=True)
                raise click.ClickException(f"{len(error.errors)} problem(s) found; nothing was imported") from None
        if encoding != "utf-8":
            click.echo(f"read as {encoding} (Thai Windows)")
        click.echo(str(report))
        _retry_waiting()

    def _retry_waiting() -> None:
        """Cases waiting without a center: routed again now that centers or staff changed."""
        from bot.jobs.rerouting import retry_waiting_cases
        from models.base import utcnow

        settings = app.config["BOT_SETTINGS"]
        with app.extensions["bot_sessions"].begin() as session:
            moved = retry_waiting_cases(session, utcnow(), settings.deadlines, settings.routing_max_km)
        if moved:
            click.echo(f"{moved} waiting case(s) routed again (see flask --app app cases unrouted)")

    @centers.command("list")
    @click.option("--province", "province_code", help="Only this province (2-digit code).")
    def list_centers_command(province_code: str | None) -> None:
        """Every center by code: whether it takes new cases, its open cases and active staff."""
        from dispatch.console_admin import center_overview

        with app.extensions["bot_sessions"]() as session:
            rows = center_overview(session, province_code)
        for row in rows:
            state = "active  " if row.center.active else "INACTIVE"
            click.echo(
                f"{row.center.code}  {state}  open {row.open_cases:>4}  staff {len(row.staff):>2}  "
                f"{row.center.subdistrict_code}  {row.center.name}"
            )
        click.echo(f"{len(rows)} center(s)")

    @centers.command("deactivate")
    @click.argument("code")
    def deactivate_command(code: str) -> None:
        """Stop routing new cases to a center; lists its open cases, to transfer with ส่งต่อศูนย์อื่น."""
        from bot.ops.center_status import deactivate_center
        from models.base import utcnow

        with app.extensions["bot_sessions"].begin() as session:
            outcome = deactivate_center(session, code, utcnow())
        if outcome is None:
            raise click.ClickException(f"no center with code {code}")
        center, open_cases, changed = outcome
        click.echo(
            f"center {code} ({center}) "
            + ("no longer receives new cases" if changed else "was already inactive; nothing changed")
        )
        if open_cases:
            click.echo(f"{len(open_cases)} open case(s) still at this center; transfer them (ส่งต่อศูนย์อื่น):")
            for reference, status, since in open_cases:
                click.echo(f"  {reference}  {status}  reported {since:%Y-%m-%d %H:%M} UTC")
        else:
            click.echo("no open cases at this center")

    @centers.command("reactivate")
    @click.argument("code")
    def reactivate_command(code: str) -> None:
        """Route new cases to a deactivated center again (and the waiting cases near it)."""
        from bot.ops.center_status import reactivate_center
        from models.base import utcnow

        with app.extensions["bot_sessions"].begin() as session:
            outcome = reactivate_center(session, code, utcnow())
        if outcome is None:
            raise click.ClickException(f"no center with code {code}")
        name, changed = outcome
        click.echo(f"center {code} ({name}) " + ("receives new cases again" if changed else "was already active"))
        _retry_waiting()

    cases = click.Group("cases", help="Cases as a whole (operators).")

    @cases.command("unrouted")
    @click.option("--retry", is_flag=True, help="Route them again first (normally automatic).")
    def unrouted_command(retry: bool) -> None:
        """The unrouted queue: open cases with no center near enough and no supervisor in their area,
        oldest first (no personal data: reference, urgency, group, area, reported)."""
        from dispatch.address import describe_codes
        from dispatch.intake import unrouted_cases

        if retry:
            _retry_waiting()
        with app.extensions["bot_sessions"]() as session:
            found, total = unrouted_cases(session, limit=10_000)
        click.echo(f"{total} case(s) waiting without a center or supervisor")
        for case in found:
            area = describe_codes(case.subdistrict_code, case.district_code, case.province_code) or "area not known"
            codes = "/".join(code for code in (case.subdistrict_code, case.district_code, case.province_code) if code)
            click.echo(
                f"{case.reference}  {case.urgency:<6}  {case.category:<12}  reported {case.created_at:%Y-%m-%d %H:%M} UTC"
                f"  {area} {codes}".rstrip()
            )

    app.cli.add_command(cases)

    @staff.command("invite")
    @click.option("--center", "center_code", help="The center's code: an invite for its staff.")
    @click.option("--district", "district_code", help="A district's 4-digit code: an invite for its supervisor.")
    @click.option("--province", "province_code", help="A province's 2-digit code: an invite for its supervisor.")
    @click.option("--admin", is_flag=True, help="With --province: an invite for its administrator (web console).")
    def invite_command(
        center_code: str | None, district_code: str | None, province_code: str | None, admin: bool
    ) -> None:
        """Print a one-time code (valid 7 days); the LINE user who sends it becomes staff of the
        center, or supervisor of the district or province (exactly one of the three options), or with
        --admin the province's administrator (centers, staff and volunteers in the web console)."""
        from dispatch.staffing import UnknownArea, UnknownCenter, area_has_center, issue_invite, issue_supervisor_invite
        from models.base import utcnow
        from models.centers import StaffRole

        if sum(option is not None for option in (center_code, district_code, province_code)) != 1:
            raise click.UsageError("give exactly one of --center, --district or --province")
        if admin and province_code is None:
            raise click.UsageError("--admin goes with --province")
        sessions = app.extensions["bot_sessions"]
        if center_code is not None:
            try:
                with sessions.begin() as session:
                    code = issue_invite(session, center_code, utcnow())
            except UnknownCenter:
                raise click.ClickException(f"no center with code {center_code}") from None
            click.echo(f"Invite for center {center_code}, valid for 7 days. Send this code to the bot in LINE:")
            click.echo(code)
            return
        role, area_code, level = (
            (StaffRole.DISTRICT_SUPERVISOR, district_code, "district")
            if district_code is not None
            else (StaffRole.PROVINCE_ADMIN if admin else StaffRole.PROVINCE_SUPERVISOR, province_code, "province")
        )
        try:
            with sessions.begin() as session:
                code, area = issue_supervisor_invite(session, role, area_code, utcnow())
                has_center = area_has_center(session, role, area_code)
        except UnknownArea:
            raise click.ClickException(f"no {level} with code {area_code} (a geothai code)") from None
        if not has_center:
            click.echo(
                f"No center in this {level} yet: its supervisor answers for the cases reported there "
                "that no center is near enough to take."
            )
        who = "administrator" if admin else "supervisor"
        click.echo(
            f"Invite for the {who} of {area.label('th')} ({area.label('en')}, {level} {area_code}), "
            "valid for 7 days. Send this code to the bot in LINE:"
        )
        click.echo(code)

    @staff.command("list")
    @click.option("--center", "center_code", help="Only the staff of this center.")
    def list_staff_command(center_code: str | None) -> None:
        """Active staff, supervisors and administrators: center or area, role, LINE name and id."""
        from sqlalchemy import select

        from dispatch.console_admin import staff_members
        from models.centers import Center

        with app.extensions["bot_sessions"]() as session:
            center_ids = None
            if center_code is not None:
                center = session.scalar(select(Center).where(Center.code == center_code))
                if center is None:
                    raise click.ClickException(f"no center with code {center_code}")
                center_ids = [center.id]
            members = staff_members(session, center_ids)
        for member in members:
            where = member.center_code or f"area {member.area_code}"
            click.echo(
                f"{where:<12}  {member.role:<19}  {member.line_user_id}  {member.name}  since {member.since:%Y-%m-%d}"
            )
        click.echo(f"{len(members)} membership(s)")

    @staff.command("remove")
    @click.option("--line-user-id", "line_user_id", required=True, help="The LINE user id of the staff member.")
    @click.option("--center", "center_code", help="Only their membership of this center.")
    @click.option("--district", "district_code", help="Only their supervision of this district.")
    @click.option("--province", "province_code", help="Only their supervision of this province.")
    def remove_command(
        line_user_id: str, center_code: str | None, district_code: str | None, province_code: str | None
    ) -> None:
        """Deactivate a user's staff memberships (all of them when no area is given)."""
        from dispatch.staffing import UnknownCenter, UnknownUser, remove_staff
        from models.base import utcnow

        if sum(option is not None for option in (center_code, district_code, province_code)) > 1:
            raise click.UsageError("give at most one of --center, --district or --province")
        try:
            with app.extensions["bot_sessions"].begin() as session:
                removed = remove_staff(
                    session,
                    line_user_id,
                    utcnow(),
                    center_code=center_code,
                    district_code=district_code,
                    province_code=province_code,
                )
        except UnknownUser:
            raise click.ClickException(f"no LINE user {line_user_id} has used the bot") from None
        except UnknownCenter:
            raise click.ClickException(f"no center with code {center_code}") from None
        if not removed:
            raise click.ClickException(f"{line_user_id} has no active membership like that; nothing changed")
        for removal in removed:
            if removal.center_code is not None:
                click.echo(f"deactivated: staff of center {removal.center_code} ({removal.center_name})")
            elif removal.area is not None:
                click.echo(f"deactivated: supervisor of {removal.area.label('en')} ({removal.area.code})")
            else:
                click.echo(f"deactivated: {removal.role}")
        click.echo(f"{len(removed)} membership(s) deactivated; {line_user_id} can no longer act as staff there")
        _retry_waiting()

    app.cli.add_command(centers)
    app.cli.add_command(staff)


def register_chat_command(app: Flask) -> None:
    @app.cli.command("chat")
    @click.option("--user", "user_id", default="Udemo0000000000000000000000000001", help="LINE user id to chat as.")
    @click.option(
        "--emulator", "emulator_url", default=None, help="LINE emulator URL (default: the running simulator)."
    )
    def chat(user_id: str, emulator_url: str | None) -> None:
        """Chat with the bot in this terminal, through the LINE emulator of `python app.py`."""
        import json

        from bot.dev.simulator import SIMULATOR_FILE
        from bot.dev.terminal_chat import run_chat
        from line_emulator import EmulatorClient

        if emulator_url is None:
            if not SIMULATOR_FILE.exists():
                raise click.ClickException("the bot is not running: start it first with ./run.sh (simulator mode)")
            emulator_url = json.loads(SIMULATOR_FILE.read_text())["emulator_url"]
        run_chat(EmulatorClient(emulator_url), user_id)


def register_richmenu_commands(app: Flask) -> None:
    from dispatch.menus import MenuRole

    richmenu = click.Group(
        "richmenu", help="The rich menus of each role (citizen default, in four languages; staff, supervisor, volunteer)."
    )

    @richmenu.command("sync")
    def sync_command() -> None:
        """Create changed menus on LINE, make the citizen menu the default, move users of replaced menus
        to the new ones, then delete the replaced menus. Unchanged menus are reused (safe to run again)."""
        from bot.line.line_client import LineClient
        from bot.line.rich_menu_sync import SyncError, sync_rich_menus

        settings = app.config["BOT_SETTINGS"]
        if settings.simulator_mode:
            raise click.ClickException("LINE_CHANNEL_ACCESS_TOKEN is not set: there is no LINE channel to sync")
        line = LineClient(settings)
        try:
            report = sync_rich_menus(app.extensions["bot_sessions"], line)
        except SyncError as error:
            raise click.ClickException(f"rich menu sync failed: {error}") from None
        finally:
            line.close()
        for line_text in report.lines():
            click.echo(line_text)
        click.echo("rich menus are in sync")

    @richmenu.command("render")
    @click.argument("role", type=click.Choice([str(role) for role in MenuRole]))
    @click.option("--language", default="th", show_default=True, help="th, en, my or lo (the citizen menu).")
    @click.option("--output", "output", type=click.Path(dir_okay=False), required=True, help="PNG file to write.")
    def render_command(role: str, language: str, output: str) -> None:
        """Write a role's menu image, as LINE would show it (the README's pictures come from here)."""
        from bot.line.rich_menus import MENUS, render_image
        from dispatch.menus import MenuKey

        spec = MENUS.get(MenuKey(MenuRole(role), language))
        if spec is None:
            raise click.ClickException(f"there is no {role} menu in {language!r}")
        image = render_image(spec)
        with open(output, "wb") as handle:
            handle.write(image)
        click.echo(f"{output}: {len(image):,} bytes")

    app.cli.add_command(richmenu)


def register_schedule_commands(app: Flask) -> None:
    schedule = click.Group("schedule", help="The scheduled jobs (sweeps) and what they did.")

    @schedule.command("status")
    def status_command() -> None:
        """Each job: how often it runs, its last run (when, where, what it did) and its next run."""
        from datetime import datetime

        from bot.jobs import scheduled_jobs
        from bot.speech.thai_dates import BANGKOK
        from dispatch.scheduler import job_status
        from models.base import utcnow

        def local(moment: datetime) -> str:
            return f"{moment.astimezone(BANGKOK):%Y-%m-%d %H:%M:%S} (Bangkok)"

        now = utcnow()
        with app.extensions["bot_sessions"]() as session:
            statuses = job_status(session, scheduled_jobs(app.config["BOT_SETTINGS"]), now)
        for status in statuses:
            click.echo(f"{status.name}: every {status.every}")
            if status.last is None:
                if status.next_run is None:
                    click.echo("  last run: never (runs one interval after a scheduler starts)")
                else:
                    click.echo("  last run: never")
                    click.echo(f"  next run: {local(status.next_run)}")
                continue
            last = status.last
            seconds = (last.finished_at - last.started_at).total_seconds()
            outcome = f"failed: {last.error}" if last.error else f"ok, {last.count} done"
            click.echo(f"  last run: {local(last.started_at)} on {last.host}, {seconds:.2f} s, {outcome}")
            click.echo(f"  next run: {local(status.next_run)}")
            click.echo(f"  last 24 h: {status.runs_24h} run(s), {status.errors_24h} failed")

    app.cli.add_command(schedule)


def register_event_commands(app: Flask) -> None:
    events = click.Group("events", help="Webhook events the workers gave up on after their retries.")

    @events.command("failed")
    @click.option("--limit", default=100, show_default=True, help="How many, newest first.")
    def failed_command(limit: int) -> None:
        """List parked events: id, when received, type, user (pseudonym), attempts and the error class."""
        from bot.workers.event_worker import lane_pseudonym
        from models.inbox import parked_events

        with app.extensions["bot_sessions"]() as session:
            parked = parked_events(session, limit)
            if not parked:
                click.echo("no parked events")
                return
            for event in parked:
                # The error's class only: its message can quote what the person wrote.
                error_class = (event.last_error or "").split(":", 1)[0].strip()
                click.echo(
                    f"{event.id}\t{event.received_at:%Y-%m-%d %H:%M:%S}Z\t{event.event_type}\t"
                    f"user {lane_pseudonym(event.source_key)}\t{event.attempts} attempts\t{error_class}"
                )

    @events.command("retry")
    @click.argument("event_id", type=int)
    def retry_command(event_id: int) -> None:
        """Hand a parked event to the workers again (after the fix for its error is deployed)."""
        from models.base import utcnow
        from models.inbox import retry_parked_event

        with app.extensions["bot_sessions"].begin() as session:
            event = retry_parked_event(session, event_id, utcnow())
        if event is None:
            raise click.ClickException(f"no parked event with id {event_id} (see: events failed)")
        click.echo(f"event {event_id} is queued again")

    app.cli.add_command(events)


def register_agency_commands(app: Flask) -> None:
    agencies = click.Group("agencies", help="The agencies cases are referred to (hospital, police, อบต., ...).")

    @agencies.command("import")
    @click.argument("file", type=click.Path(exists=True, dir_okay=False))
    def import_agencies_command(file: str) -> None:
        """Import or update agencies from a CSV with the header
        code,name,kind,subdistrict_code,latitude,longitude,phone,email,line_id,open311_partner
        (kind: hospital, health_station, police, local_government, province_office, school, ngo;
        latitude/longitude, phone, email, line_id and open311_partner may be empty)."""
        from dispatch.agencies import AgenciesImportError, agencies_file, import_agencies
        from dispatch.centers_import import CentersFileError
        from models.base import utcnow

        try:
            handle = agencies_file(file)
        except CentersFileError as error:
            raise click.ClickException(f"{file}: {error}") from None
        try:
            with app.extensions["bot_sessions"].begin() as session:
                report = import_agencies(session, handle, utcnow())
        except AgenciesImportError as error:
            for problem in error.errors:
                click.echo(str(problem), err=True)
            raise click.ClickException(f"{len(error.errors)} problem(s) found; nothing was imported") from None
        click.echo(str(report))

    @agencies.command("list")
    @click.option("--province", "province_code", help="Only this province (2-digit code).")
    def list_agencies_command(province_code: str | None) -> None:
        """Every agency: code, kind, name, area, and how referrals reach it (email, LINE, Open311)."""
        from dispatch.address import describe_codes
        from dispatch.agencies import list_agencies

        with app.extensions["bot_sessions"]() as session:
            for agency in list_agencies(session, province_code):
                reach = [name for name, value in (("email", agency.email), ("line", agency.line_id)) if value]
                if agency.partner_id:
                    reach.append("open311")
                area = describe_codes(agency.subdistrict_code, agency.district_code, agency.province_code)
                state = "" if agency.active else "\tinactive"
                click.echo(f"{agency.code}\t{agency.kind}\t{agency.name}\t{area}\t{','.join(reach) or '-'}{state}")

    app.cli.add_command(agencies)
