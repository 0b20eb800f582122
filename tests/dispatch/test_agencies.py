"""The agencies directory: `agencies import` reports every bad row with its line and imports nothing
until the file is clean, re-import updates by code, `agencies list`; nearest agencies of a kind;
working days."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from dispatch.agencies import nearest_agencies
from dispatch.working_days import add_working_days, holidays_of
from models.base import utcnow
from models.cases import Case
from models.referrals import Agency
from tests.referral_support import AGENCIES_CSV, AGENCY_LINE

BAD_CSV = (
    "code,name,kind,subdistrict_code,latitude,longitude,phone,email,line_id,open311_partner\n"
    "KK-H1,โรงพยาบาลขอนแก่น,hospital,400101,16.43,102.83,043000111,social@kkh.example,,\n"
    "KK-H1,ซ้ำ,hospital,400101,,,,,,\n"
    "KK-X,วัด,temple,999999,1.0,2.0,12,not-an-email,Uabc,ไม่มีคู่สัญญา\n"
    "KK-S1,โรงเรียนบ้านทุ่ม,school,400101,,,\n"
)


def _cli(database_url: str):  # noqa: ANN202 - Flask's CLI runner and the app
    from app import create_app

    app = create_app({"database_url": database_url})
    return app, app.test_cli_runner()


def test_agencies_import_reports_each_bad_line_and_imports_nothing(database_url: str, tmp_path: Path) -> None:
    app, runner = _cli(database_url)
    runner.invoke(args=["init-db"])
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD_CSV, encoding="utf-8")
    result = runner.invoke(args=["agencies", "import", str(bad)])
    assert result.exit_code != 0
    output = result.output
    assert "line 3: duplicate code KK-H1 (also on line 2)" in output
    for problem in (
        "line 4: unknown kind 'temple'",
        "line 4: unknown subdistrict code '999999'",
        "line 4: coordinates 1.0, 2.0 are outside Thailand",
        "line 4: phone '12' is not a Thai phone number",
        "line 4: email 'not-an-email' is not an email address",
        "line 4: line_id 'Uabc' is not a LINE user (U…) or group (C…) id",
        "line 4: no Open311 partner named 'ไม่มีคู่สัญญา'",
        "line 5: expected 10 columns, found 7",
    ):
        assert problem in output, problem
    assert "nothing was imported" in output
    with app.extensions["bot_sessions"]() as session:
        assert session.scalars(select(Agency)).all() == []
    app.extensions["bot_engine"].dispose()


def test_agencies_import_then_update_and_list(database_url: str, tmp_path: Path) -> None:
    app, runner = _cli(database_url)
    runner.invoke(args=["init-db"])
    good = tmp_path / "agencies.csv"
    good.write_text(AGENCIES_CSV, encoding="utf-8-sig")
    first = runner.invoke(args=["agencies", "import", str(good)])
    assert first.exit_code == 0, first.output
    assert "3 agency(ies) added, 0 updated, 0 unchanged" in first.output
    good.write_text(AGENCIES_CSV.replace("043000222", "043000999"), encoding="utf-8")
    second = runner.invoke(args=["agencies", "import", str(good)])
    assert "0 agency(ies) added, 1 updated, 2 unchanged" in second.output
    listed = runner.invoke(args=["agencies", "list", "--province", "40"])
    lines = listed.output.strip().splitlines()
    assert len(lines) == 3
    assert "KK-H1\thospital\tโรงพยาบาลขอนแก่น\tต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น\temail,line" in lines
    assert any(line.startswith("KK-P1\tpolice\t") and line.endswith("\t-") for line in lines)
    with app.extensions["bot_sessions"]() as session:
        agency = session.scalars(select(Agency).where(Agency.code == "KK-H1")).one()
        assert (agency.district_code, agency.province_code, agency.line_id) == ("4001", "40", AGENCY_LINE)
    app.extensions["bot_engine"].dispose()


def test_nearest_agencies_of_a_kind_come_first_by_distance_then_by_area(sessions) -> None:  # noqa: ANN001
    import io

    from dispatch.agencies import import_agencies

    with sessions.begin() as session:
        import_agencies(session, io.StringIO(AGENCIES_CSV), utcnow())
    near_srinagarind = Case(latitude=16.4700, longitude=102.8290, subdistrict_code="400101", district_code="4001")
    near_srinagarind.province_code = "40"
    with sessions() as session:
        found = nearest_agencies(session, near_srinagarind, "hospital")
        assert [choice.agency.code for choice in found] == ["KK-H2", "KK-H1"]
        assert found[0].distance_km is not None and found[0].distance_km < 1
        police = nearest_agencies(session, near_srinagarind, "police")
        assert [(choice.agency.code, choice.distance_km) for choice in police] == [("KK-P1", None)]
        assert nearest_agencies(session, near_srinagarind, "school") == []


def test_working_days_skip_weekends_and_public_holidays() -> None:
    holidays = holidays_of(["2026-12-10", "2026-12-31", "2027-01-01"])
    friday = datetime(2026, 12, 11, 3, 0, tzinfo=UTC)  # 10:00 Bangkok
    assert add_working_days(friday, 2, holidays) == datetime(2026, 12, 15, 3, 0, tzinfo=UTC)
    wednesday = datetime(2026, 12, 9, 3, 0, tzinfo=UTC)
    assert add_working_days(wednesday, 2, holidays) == datetime(2026, 12, 14, 3, 0, tzinfo=UTC)
    new_year = datetime(2026, 12, 30, 3, 0, tzinfo=UTC)  # Wednesday; Thursday and Friday are holidays
    assert add_working_days(new_year, 2, holidays) == datetime(2027, 1, 5, 3, 0, tzinfo=UTC)
    saturday_night = datetime(2026, 12, 12, 16, 30, tzinfo=UTC)  # Saturday 23:30 Bangkok
    assert add_working_days(saturday_night, 2, holidays) == datetime(2026, 12, 15, 16, 30, tzinfo=UTC)


def test_the_demo_agencies_load_once_into_an_empty_directory(sessions) -> None:  # noqa: ANN001
    from dispatch.agencies import load_demo_agencies

    with sessions.begin() as session:
        added = load_demo_agencies(session, utcnow())
        assert added == 12
        assert load_demo_agencies(session, utcnow()) == 0
        names = session.scalars(select(Agency.name)).all()
    assert all("(ข้อมูลสาธิต)" in name for name in names)
