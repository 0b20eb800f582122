"""The operator commands: centers import with errors and a summary; staff invites and removal."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from models.base import utcnow
from models.centers import Center, Invite, StaffRole
from models.users import get_or_create_user
from tests.bot.scenes import KHON_KAEN, add_center
from tests.helpers import invoke


def count(sessions) -> int:
    with sessions() as session:
        return session.scalar(select(func.count(Center.id)))


def test_centers_import_prints_a_summary_and_reimports_by_code(database_url: str, sessions, tmp_path: Path) -> None:
    csv = tmp_path / "centers.csv"
    csv.write_text(
        "code,name,subdistrict_code,latitude,longitude,phone\nKK01,ศูนย์ในเมือง,400101,16.433,102.835,043000001\n",
        encoding="utf-8",
    )
    first = invoke(database_url, "centers", "import", str(csv))
    assert first.exit_code == 0, first.output
    assert "1 center(s) added" in first.output
    second = invoke(database_url, "centers", "import", str(csv))
    assert "0 center(s) added" in second.output and "1 unchanged" in second.output
    assert count(sessions) == 1


def test_centers_import_lists_each_bad_row_and_imports_nothing(database_url: str, sessions, tmp_path: Path) -> None:
    csv = tmp_path / "centers.csv"
    csv.write_text(
        "code,name,subdistrict_code,latitude,longitude,phone\n"
        "KK01,ศูนย์ในเมือง,400101,16.433,102.835,043000001\n"
        "KK02,,000000,1.0,1.0,043000001\n",
        encoding="utf-8",
    )
    result = invoke(database_url, "centers", "import", str(csv))
    assert result.exit_code != 0
    assert "line 3: missing name" in result.output and "line 3: unknown subdistrict code" in result.output
    assert "nothing was imported" in result.output
    assert count(sessions) == 0


def add_khon_kaen_center(sessions) -> None:
    add_center(sessions, "KK01", "ศูนย์ช่วยเหลือสังคมตำบลในเมือง", "400101", KHON_KAEN, "043000001")


def test_staff_invite_for_a_district_or_province_supervisor(database_url: str, sessions) -> None:
    add_khon_kaen_center(sessions)
    district = invoke(database_url, "staff", "invite", "--district", "4001")
    assert district.exit_code == 0, district.output
    assert "อำเภอเมืองขอนแก่น" in district.output and "district 4001" in district.output
    province = invoke(database_url, "staff", "invite", "--province", "40")
    assert province.exit_code == 0, province.output
    assert "จังหวัดขอนแก่น" in province.output and "province 40" in province.output
    codes = [result.output.strip().splitlines()[-1] for result in (district, province)]
    assert all(len(code) == 9 and code[4] == "-" for code in codes) and codes[0] != codes[1]
    with sessions() as session:
        stored = [(i.role, i.area_code, i.center_id) for i in session.scalars(select(Invite).order_by(Invite.id))]
    assert stored == [(StaffRole.DISTRICT_SUPERVISOR, "4001", None), (StaffRole.PROVINCE_SUPERVISOR, "40", None)]


def test_staff_invite_refuses_an_unknown_area_and_needs_exactly_one_target(database_url: str, sessions) -> None:
    add_khon_kaen_center(sessions)
    for args, said in (
        (("--district", "9999"), "no district with code 9999"),
        (("--province", "4001"), "no province with code 4001"),
        (("--center", "KK01", "--district", "4001"), "exactly one of --center, --district or --province"),
        ((), "exactly one of --center, --district or --province"),
    ):
        result = invoke(database_url, "staff", "invite", *args)
        assert result.exit_code != 0 and said in result.output, (args, result.output)
    with sessions() as session:
        assert session.scalar(select(func.count(Invite.id))) == 0


def test_a_supervisor_may_be_invited_for_an_area_without_a_center_yet(database_url: str, sessions) -> None:
    """No center in Songkhla yet: its province office still answers for the cases reported there."""
    add_khon_kaen_center(sessions)
    result = invoke(database_url, "staff", "invite", "--province", "90")
    assert result.exit_code == 0, result.output
    assert "No center in this province yet" in result.output and "สงขลา" in result.output
    with sessions() as session:
        assert session.scalar(select(Invite.area_code)) == "90"


def test_staff_remove_reports_an_unknown_user_or_center(database_url: str, sessions) -> None:
    add_khon_kaen_center(sessions)
    with sessions.begin() as session:
        get_or_create_user(session, "Uknown00000000000000000000000001", utcnow())
    unknown = invoke(database_url, "staff", "remove", "--line-user-id", "Unobody0000000000000000000000001")
    assert unknown.exit_code != 0 and "no LINE user Unobody0000000000000000000000001" in unknown.output
    center = invoke(
        database_url, "staff", "remove", "--line-user-id", "Uknown00000000000000000000000001", "--center", "NOPE"
    )
    assert center.exit_code != 0 and "no center with code NOPE" in center.output
    nothing = invoke(database_url, "staff", "remove", "--line-user-id", "Uknown00000000000000000000000001")
    assert nothing.exit_code != 0 and "nothing changed" in nothing.output
    both = invoke(
        database_url,
        "staff",
        "remove",
        "--line-user-id",
        "Uknown00000000000000000000000001",
        "--center",
        "KK01",
        "--province",
        "40",
    )
    assert both.exit_code != 0 and "at most one" in both.output


def test_events_failed_lists_parked_events_without_their_text_and_retry_requeues_one(database_url, sessions) -> None:
    from models.inbox import store_events
    from models.messaging import InboundEvent, InboundStatus

    now = utcnow()
    message = {"type": "text", "id": "1", "text": "คุณสมศรี เบอร์ 0812345678"}
    events = [
        {
            "webhookEventId": f"PARK-{n}",
            "type": "message",
            "timestamp": 1,
            "message": message,
            "source": {"type": "user", "userId": f"Upark{n}"},
        }
        for n in range(2)
    ]
    with sessions.begin() as session:
        store_events(session, events, now)
        parked = session.scalars(select(InboundEvent).where(InboundEvent.webhook_event_id == "PARK-0")).one()
        parked.status, parked.attempts = InboundStatus.FAILED, 5
        parked.last_error = "KeyError: 'คุณสมศรี เบอร์ 0812345678'"
        parked_id = parked.id

    listed = invoke(database_url, "events", "failed")
    assert listed.exit_code == 0, listed.output
    (line,) = listed.output.strip().splitlines()
    assert line.startswith(f"{parked_id}\t") and "KeyError" in line and "5 attempts" in line
    assert "สมศรี" not in listed.output and "0812345678" not in listed.output and "Upark0" not in listed.output

    assert invoke(database_url, "events", "retry", str(parked_id)).exit_code == 0
    with sessions() as session:
        again = session.get(InboundEvent, parked_id)
        assert (again.status, again.attempts) == (InboundStatus.PENDING, 0)
    assert invoke(database_url, "events", "failed").output.strip() == "no parked events"
    refused = invoke(database_url, "events", "retry", str(parked_id))
    assert refused.exit_code != 0 and "no parked event" in refused.output


def test_staff_invite_for_a_province_administrator_and_the_lists(database_url: str, sessions) -> None:
    add_khon_kaen_center(sessions)
    assert invoke(database_url, "staff", "invite", "--district", "4001", "--admin").exit_code != 0
    admin = invoke(database_url, "staff", "invite", "--province", "40", "--admin")
    assert admin.exit_code == 0, admin.output
    assert "administrator of จังหวัดขอนแก่น" in admin.output
    with sessions.begin() as session:
        assert session.scalars(select(Invite.role)).all() == [StaffRole.PROVINCE_ADMIN]
        from models.centers import StaffMembership

        user = get_or_create_user(session, "Ustaff000000000000000000000000001", utcnow())
        user.display_name = "สมศรี"
        center = session.scalars(select(Center)).one()
        session.add(StaffMembership(user_id=user.id, center_id=center.id, role=StaffRole.STAFF, created_at=utcnow()))

    listed = invoke(database_url, "centers", "list")
    assert listed.exit_code == 0, listed.output
    assert "KK01  active    open    0  staff  1  400101" in listed.output and "1 center(s)" in listed.output
    staff = invoke(database_url, "staff", "list", "--center", "KK01")
    assert "KK01" in staff.output and "Ustaff000000000000000000000000001  สมศรี" in staff.output
    assert "1 membership(s)" in staff.output
    assert invoke(database_url, "staff", "list", "--center", "NOPE").exit_code != 0
    assert (
        "INACTIVE"
        in (invoke(database_url, "centers", "deactivate", "KK01") and invoke(database_url, "centers", "list")).output
    )
