"""The case page's remaining actions over HTTP, with the chat's rules: a duplicate only of a case in
the user's own scope, a volunteer offer only on a case in scope (a refusal is audited), closing with
an outcome; a case link opened before signing in lands on that case; the register in the navigation;
the dashboard in English. Runs on SQLite and PostgreSQL (TEST_DATABASE)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import requests
from sqlalchemy import select

from models.audit import AuditEntry
from models.cases import Case, CaseStatus
from models.users import User
from models.volunteers import VolunteerOffer
from tests.factories import approved_volunteer
from tests.web.conftest import STAFF_A, SUPERVISOR, Console, csrf_of


def _case(console: Console, reference: str) -> Case:
    with console.bot.sessions() as session:
        return session.scalars(select(Case).where(Case.reference == reference)).one()


def test_a_duplicate_only_of_a_case_in_scope_and_both_cases_show_it(console: Console) -> None:
    http = console.sign_in(STAFF_A)
    page = http.get(console.url + "/console/cases/A-2", timeout=10).text
    refused = http.post(
        console.url + "/console/cases/A-2/duplicate", data={"csrf_token": csrf_of(page), "original": "B-1"}, timeout=10
    )
    assert "ไม่พบเรื่อง B-1" in refused.text  # KK02's case: not this staff member's to merge into
    assert _case(console, "A-2").status == CaseStatus.ASSIGNED

    merged = http.post(
        console.url + "/console/cases/A-2/duplicate", data={"csrf_token": csrf_of(page), "original": "a-1"}, timeout=10
    )
    duplicate, original = _case(console, "A-2"), _case(console, "A-1")
    assert duplicate.status == CaseStatus.CLOSED and duplicate.outcome == "duplicate"
    assert duplicate.duplicate_of_id == original.id
    assert 'id="duplicate-of"><a href="/console/cases/A-1">A-1</a>' in merged.text
    assert 'id="duplicates"><a href="/console/cases/A-2">A-2</a>' in http.get(console.url + "/console/cases/A-1").text
    assert 'id="duplicate-form"' not in merged.text  # a closed case is merged no further


def test_a_volunteer_offer_on_a_case_out_of_scope_is_a_404_and_audited(console: Console) -> None:
    with console.bot.sessions.begin() as session:
        approved_volunteer(session, "Uvolunteer0000000000000000000001", "KK01", (16.452, 102.842), "สมปอง")
    http = console.sign_in(STAFF_A)
    page = http.get(console.url + "/console/cases/A-1", timeout=10).text
    assert 'id="volunteer-form"' in page and "สมปอง · 0.3 กม." in page
    answer = http.post(
        console.url + "/console/cases/C-1/volunteer", data={"csrf_token": csrf_of(page), "to": "nearest"}, timeout=10
    )
    assert answer.status_code == 404
    with console.bot.sessions() as session:
        refusals = session.scalars(select(AuditEntry).where(AuditEntry.action == "refused")).all()
        assert any(
            entry.subject_id == "C-1" and entry.detail.get("attempt") == "assign_volunteer" for entry in refusals
        )
        assert session.scalar(select(VolunteerOffer.id)) is None

    offered = http.post(
        console.url + "/console/cases/A-1/volunteer", data={"csrf_token": csrf_of(page), "to": "nearest"}, timeout=10
    )
    assert "เสนองานเรื่อง A-1" in offered.text and "รอตอบรับ" in offered.text
    a1 = _case(console, "A-1").id
    with console.bot.sessions() as session:
        offer = session.scalars(select(VolunteerOffer)).one()
        assert (offer.case_id, offer.state) == (a1, "offered")
        by = session.get(User, offer.offered_by_user_id)
        assert by is not None and by.line_user_id == STAFF_A


def test_closing_with_an_outcome_as_in_chat(console: Console) -> None:
    http = console.sign_in(STAFF_A)
    page = http.get(console.url + "/console/cases/A-2", timeout=10).text
    page = http.post(console.url + "/console/cases/A-2/acknowledge", data={"csrf_token": csrf_of(page)}).text
    assert 'value="not_found"' in page  # the closing outcomes of an acknowledged case
    http.post(
        console.url + "/console/cases/A-2/status",
        data={"csrf_token": csrf_of(page), "to": "closed", "outcome": "not_found"},
        timeout=10,
    )
    closed = _case(console, "A-2")
    assert (closed.status, closed.outcome) == (CaseStatus.CLOSED, "not_found")


def test_a_case_link_opened_before_signing_in_lands_on_the_case(console: Console) -> None:
    http = requests.Session()
    first = http.get(console.url + "/console/cases/A-1?from=line", allow_redirects=False, timeout=10)
    assert first.status_code == 302 and first.headers["Location"].endswith("/console/login")
    # A script's fetch made meanwhile (a map's data) is not where the user wanted to go.
    http.get(console.url + "/console/cases/A-2", headers={"Sec-Fetch-Dest": "empty"}, allow_redirects=False, timeout=10)
    started = http.get(console.url + "/console/login/start", allow_redirects=False, timeout=10)
    authorize = urlsplit(started.headers["Location"])
    fields = {key: values[0] for key, values in parse_qs(authorize.query).items()} | {"user_id": STAFF_A}
    chosen = http.post(  # the emulator's LINE Login page, as a browser would
        f"{authorize.scheme}://{authorize.netloc}{authorize.path}", data=fields, allow_redirects=False, timeout=10
    )
    callback = http.get(chosen.headers["Location"], allow_redirects=False, timeout=10)
    assert callback.headers["Location"] == "/console/cases/A-1?from=line"  # not the queue
    assert http.get(console.url + callback.headers["Location"], timeout=10).status_code == 200

    again = requests.Session()  # with nothing asked for first, the queue as before
    console.sign_in(STAFF_A, again)
    assert again.get(console.url + "/console/", timeout=10).status_code == 200


def test_the_register_is_in_the_navigation_and_the_dashboard_speaks_english(console: Console) -> None:
    page = console.sign_in(SUPERVISOR).get(console.url + "/console/dashboard", timeout=10).text
    assert 'href="/console/register/"' in page and "ทะเบียนกลุ่มเปราะบาง" in page
    assert "district:4001" in page and "center:KK02" in page and "center:CM01" not in page  # the area picker
    outside = console.sign_in(SUPERVISOR).get(console.url + "/console/dashboard?area=center:CM01", timeout=10)
    assert outside.status_code == 404
    with console.bot.sessions.begin() as session:
        session.scalars(select(User).where(User.line_user_id == STAFF_A)).one().language = "en"
    page = console.sign_in(STAFF_A).get(console.url + "/console/dashboard", timeout=10).text
    assert "Timeliness against the deadlines" in page and "Median time to acknowledge" in page
    assert ">Register</a>" in page
