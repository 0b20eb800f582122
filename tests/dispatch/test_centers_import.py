"""Centers CSV import: all-or-nothing with a clear error per bad row; re-import updates by code."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from dispatch.centers_import import DEMO_CENTERS, CentersImportError, import_centers, load_demo_centers
from models.base import utcnow
from models.centers import Center

HEADER = "code,name,subdistrict_code,latitude,longitude,phone\n"
GOOD = HEADER + (
    "KK01,ศูนย์ช่วยเหลือสังคมตำบลในเมือง,400101,16.4330,102.8350,043000001\n"
    "CM01,ศูนย์ช่วยเหลือสังคมตำบลศรีภูมิ,500101,18.7953,98.9866,053-000-001\n"
)


def run(sessions, text: str):
    with sessions.begin() as session:
        return import_centers(session, io.StringIO(text), utcnow())


def centers(sessions) -> dict[str, Center]:
    with sessions() as session:
        return {c.code: c for c in session.scalars(select(Center))}


def test_a_good_file_imports_with_area_codes(sessions) -> None:
    report = run(sessions, GOOD)
    assert (report.inserted, report.updated) == (2, 0)
    stored = centers(sessions)
    assert stored["KK01"].district_code == "4001" and stored["KK01"].province_code == "40"
    assert stored["CM01"].phone == "053000001"


def test_reimport_updates_by_code(sessions) -> None:
    run(sessions, GOOD)
    report = run(sessions, HEADER + "KK01,ศูนย์ในเมือง (ใหม่),400101,16.44,102.84,043000009\n")
    assert (report.inserted, report.updated, report.not_in_file) == (0, 1, 1)
    stored = centers(sessions)
    assert stored["KK01"].name == "ศูนย์ในเมือง (ใหม่)" and stored["KK01"].phone == "043000009"
    assert "CM01" in stored
    assert run(sessions, GOOD.replace("(ใหม่)", "")).updated == 1


def test_every_bad_row_is_reported_with_its_line_and_nothing_is_imported(sessions) -> None:
    bad = GOOD + (
        "XX01,,400101,16.4,102.8,043000001\n"  # line 4: missing name
        "XX02,ศูนย์,999999,16.4,102.8,043000001\n"  # line 5: unknown subdistrict
        "XX03,ศูนย์,400101,35.68,139.76,043000001\n"  # line 6: outside Thailand
        "KK01,ศูนย์ซ้ำ,400101,16.4,102.8,043000001\n"  # line 7: duplicate code
        "XX04,ศูนย์,400101,north,102.8,043000001\n"  # line 8: not a number
        "XX05,ศูนย์,400101,16.4,102.8,12345\n"  # line 9: bad phone
        ",ศูนย์,400101,16.4,102.8,043000001\n"  # line 10: missing code
        "XX06,ศูนย์,400101\n"  # line 11: wrong number of columns
    )
    with pytest.raises(CentersImportError) as raised:
        run(sessions, bad)
    problems = [str(problem) for problem in raised.value.errors]
    expected = {
        4: "missing name",
        5: "unknown subdistrict code",
        6: "outside Thailand",
        7: "duplicate code KK01",
        8: "must be numbers",
        9: "not a Thai phone number",
        10: "missing code",
        11: "expected 6 columns",
    }
    for line, words in expected.items():
        assert any(p.startswith(f"line {line}:") and words in p for p in problems), (line, problems)
    assert centers(sessions) == {}


def test_wrong_header_and_bom(sessions) -> None:
    with pytest.raises(CentersImportError) as raised:
        run(sessions, "id,name\n1,x\n")
    assert "header" in str(raised.value.errors[0])
    assert run(sessions, "\ufeff" + GOOD).inserted == 2


def test_a_national_sized_file_imports(sessions) -> None:
    import geothai

    codes = [
        s.code for p in geothai.provinces() for d in geothai.districts(p.code) for s in geothai.subdistricts(d.code)
    ]
    assert len(codes) == 7436
    lines = [HEADER] + [f"C{i:05d},ศูนย์ {code},{code},15.0,101.0,020000000\n" for i, code in enumerate(codes)]
    assert run(sessions, "".join(lines)).inserted == 7436


def test_demo_centers_load_once_into_an_empty_database(sessions) -> None:
    assert DEMO_CENTERS.exists()
    with sessions.begin() as session:
        added = load_demo_centers(session, utcnow())
    with sessions.begin() as session:
        again = load_demo_centers(session, utcnow())
    assert added >= 12 and again == 0
    assert all("ข้อมูลสาธิต" in center.name for center in centers(sessions).values())


# -- encodings, the province check, service radius ---------------------------------------------------

from dispatch.centers_import import CentersFileError, decode_centers_file  # noqa: E402

KK_ROWS = (
    "KK01,ศูนย์ช่วยเหลือสังคมตำบลในเมือง,400101,16.4330,102.8350,043000001\n"
    "KK02,ศูนย์ช่วยเหลือสังคมตำบลสำราญ,400102,16.5163,102.8597,043000002\n"
    "KK11,ศูนย์ช่วยเหลือสังคมตำบลหนองบัว,400201,16.4593,102.6380,043000003\n"
)


def test_utf8_with_and_without_bom_and_thai_windows_are_read_the_same() -> None:
    text = HEADER + KK_ROWS
    assert decode_centers_file(text.encode("utf-8")) == (text, "utf-8")
    assert decode_centers_file(b"\xef\xbb\xbf" + text.encode("utf-8")) == (text, "utf-8")
    assert decode_centers_file(text.encode("cp874")) == (text, "cp874")
    assert decode_centers_file(text.encode("tis-620")) == (text, "cp874")


def test_other_encodings_are_refused_clearly() -> None:
    with pytest.raises(CentersFileError, match="UTF-16"):
        decode_centers_file((HEADER + KK_ROWS).encode("utf-16"))
    with pytest.raises(CentersFileError, match="neither UTF-8 nor Thai Windows"):
        decode_centers_file((HEADER + "X1,Centre d'aide ÿ,400101,16.4,102.8,043000001\n").encode("cp1252"))
    with pytest.raises(CentersFileError, match="neither UTF-8 nor Thai Windows"):
        decode_centers_file((HEADER + "X1,Zentrum Straße,400101,16.4,102.8,043000001\n").encode("latin-1"))


def test_a_center_far_from_its_provinces_other_centers_is_refused_with_its_line(sessions) -> None:
    hat_yai_in_khon_kaen = "KK99,ศูนย์ผิดจังหวัด,400103,7.0086,100.4747,043000009\n"  # line 5
    with pytest.raises(CentersImportError) as raised:
        run(sessions, HEADER + KK_ROWS + hat_yai_in_khon_kaen)
    (problem,) = raised.value.errors
    assert (
        str(problem).startswith("line 5:") and "ขอนแก่น" in str(problem) and "km from the other centers" in str(problem)
    )
    assert centers(sessions) == {}
    # The same check against centers already in the database.
    run(sessions, HEADER + KK_ROWS)
    with pytest.raises(CentersImportError) as raised:
        run(sessions, HEADER + hat_yai_in_khon_kaen)
    assert str(raised.value.errors[0]).startswith("line 2:")
    # A right one passes, and a province with too few centers is reported as unchecked.
    report = run(
        sessions,
        HEADER + "KK03,ศูนย์โคกสี,400103,16.47,102.80,043000004\n" + "SK01,ศูนย์หาดใหญ่,901101,7.0086,100.4747,074000001\n",
    )
    assert report.inserted == 2 and report.province_unchecked == 1 and "not checked" in str(report)


def test_an_optional_service_radius_column(sessions) -> None:
    header = HEADER.strip() + ",service_radius_km\n"
    run(
        sessions,
        header + "KK01,ศูนย์ในเมือง,400101,16.4330,102.8350,043000001,12.5\nKK02,ศูนย์สำราญ,400102,16.5163,102.8597,,\n",
    )
    stored = centers(sessions)
    assert stored["KK01"].service_radius_km == 12.5 and stored["KK02"].service_radius_km is None
    with pytest.raises(CentersImportError) as raised:
        run(sessions, header + "KK01,ศูนย์ในเมือง,400101,16.4330,102.8350,043000001,far\n")
    assert "line 2: service_radius_km 'far'" in str(raised.value.errors[0])
