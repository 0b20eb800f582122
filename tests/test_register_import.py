"""`flask --app app register import FILE`: a clean file is imported with its households; a file with
bad rows or duplicates is refused with line numbers and nothing is imported."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app import create_app
from models.audit import AuditEntry
from models.register import Household, RegisteredPerson
from tests.factories import new_center, registered_person

HEADER = "household,name,birth_year,sex,id_last4,groups,needs,phone,subdistrict_code,address,latitude,longitude,center_code,lawful_basis"
GOOD = [
    "H1,ยายสมศรี ใจดี,2482,female,1234,elderly_alone;bedridden,food,0812345678,400101,12 หมู่ 3,16.45,102.83,KK01,consent",
    "H1,ตาสม ใจดี,2480,male,,elderly_alone,,,400101,12 หมู่ 3,16.45,102.83,KK01,consent",
    ",นายบุญมา ศรีสุข,1975,male,,poor;disability,money,,400101,4 หมู่ 1,,,KK01,public_task",
]


def invoke(database_url: str, *args: str):  # noqa: ANN201 - click's result
    app = create_app({"database_url": database_url})
    try:
        return app.test_cli_runner().invoke(args=list(args))
    finally:
        app.extensions["bot_engine"].dispose()


def people(sessions) -> int:  # noqa: ANN001
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(RegisteredPerson))


def write(tmp_path: Path, rows: list[str]) -> str:
    path = tmp_path / "survey.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return str(path)


def test_a_clean_file_is_imported_with_its_households(database_url: str, sessions, tmp_path: Path) -> None:  # noqa: ANN001
    with sessions.begin() as session:
        new_center(session, "KK01", "400101", (16.44, 102.83))
    result = invoke(database_url, "register", "import", write(tmp_path, GOOD))
    assert result.exit_code == 0, result.output
    assert "3 people in 2 household(s) added to the register" in result.output
    with sessions() as session:
        rows = session.scalars(select(RegisteredPerson).order_by(RegisteredPerson.id)).all()
        assert [(p.name, p.birth_year) for p in rows] == [
            ("ยายสมศรี ใจดี", 1939),
            ("ตาสม ใจดี", 1937),
            ("นายบุญมา ศรีสุข", 1975),
        ]
        assert rows[0].household_id == rows[1].household_id != rows[2].household_id
        assert rows[0].check_in_days == 7 and rows[2].check_in_days == 30
        assert session.scalar(select(func.count()).select_from(Household)) == 2
        channels = set(session.scalars(select(AuditEntry.channel).where(AuditEntry.action == "create")))
        assert channels == {"cli"}


def test_bad_rows_and_duplicates_are_refused_with_line_numbers_and_nothing_is_imported(
    database_url: str,
    sessions,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    with sessions.begin() as session:
        new_center(session, "KK01", "400101", (16.44, 102.83))
        already = registered_person(session, "KK01", "สมปอง ทองดี", birth_year=1950).id
    rows = [
        *GOOD,
        "H2,ยายสมศรี  ใจดี,2483,female,,elderly_alone,,,400101,,,,KK01,consent",  # line 5: as line 2
        "H3,สมปอง ทองดี,1950,male,,poor,,,400101,,,,KK01,consent",  # line 6: on the register
        "H4,x,25xx,alien,12,rich,caviar,12,999999,,200,1,KK99,because",  # line 7: everything wrong
        "H5,too,few",  # line 8
    ]
    result = invoke(database_url, "register", "import", write(tmp_path, rows))
    assert result.exit_code != 0
    output = result.output
    assert "line 7: missing name" in output and "line 7: birth_year '25xx'" in output
    assert "line 7: sex 'alien'" in output and "line 7: id_last4 '12'" in output
    assert "line 7: unknown group rich" in output and "line 7: unknown need caviar" in output
    assert (
        "line 7: unknown subdistrict code '999999'" in output and "line 7: no active center with code 'KK99'" in output
    )
    assert "line 7: lawful_basis 'because'" in output and "line 8: expected 14 columns, found 3" in output
    assert "nothing was imported" in output
    assert people(sessions) == 1

    result = invoke(database_url, "register", "import", write(tmp_path, rows[:5]))
    assert "line 5: the same person as line 2?" in result.output
    assert f"line 6: possibly already registered as No. {already}" in result.output
    assert "nothing was imported" in result.output and people(sessions) == 1
