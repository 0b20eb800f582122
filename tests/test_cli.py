"""The operator commands: centers import with errors and a summary."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app import create_app
from models.centers import Center


def invoke(database_url: str, *args: str):
    app = create_app({"database_url": database_url})
    try:
        return app.test_cli_runner().invoke(args=list(args))
    finally:
        app.extensions["bot_engine"].dispose()


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
