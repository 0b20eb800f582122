"""PDPA requests: `privacy export` gives everything held about a person as JSON; `privacy erase`
removes their personal data from every table (statistics kept), tells the staff of their open
cases, and both are audited without keeping who asked."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import inspect, select, text

from bot.speech.texts import text as catalogue
from dispatch.privacy import subject_hash
from models.cases import Case
from models.operations import PrivacyRequest
from models.users import User
from tests.bot.chat import Chat, report_for_family, settle
from tests.bot.scenes import KHON_KAEN, STAFF_A, STAFF_B

pytestmark = pytest.mark.in_process

REPORTER = "Updpa00000000000000000000000000001"
NAME, PHONE, STORY = "นางบุญมี ศรีสุข", "0861234567", "แม่อายุมากอยู่บ้านคนเดียว ขาดอาหารมาสามวันแล้ว"


def report(bot) -> Chat:  # noqa: ANN001 - the bot fixture
    chat = Chat(bot, REPORTER)
    report_for_family(chat, KHON_KAEN, NAME, "91", STORY, PHONE)
    return chat


def invoke(bot, *args: str):  # noqa: ANN001, ANN201
    return bot.app.test_cli_runner().invoke(args=list(args))


def everything_stored(bot) -> str:  # noqa: ANN001
    """Every value of every column of every table, as text."""
    engine = bot.app.extensions["bot_engine"]
    dumped = []
    with engine.connect() as connection:
        for table in inspect(engine).get_table_names():
            for found in connection.execute(text(f'SELECT * FROM "{table}"')):
                dumped.extend(value.decode("latin-1") if isinstance(value, bytes) else str(value) for value in found)
    return "\n".join(dumped)


def traces(stored: str) -> list[str]:
    words = (NAME, PHONE, STORY, REPORTER, "บุญมี")
    return [word for word in words for form in (word, json.dumps(word)[1:-1]) if form in stored]


def test_export_then_erase_leaves_no_trace_and_keeps_statistics(staffed_bot) -> None:
    bot = staffed_bot
    report(bot)
    staff = Chat(bot, STAFF_A)
    staff.say("ค้นหาเคส")
    staff.say(PHONE)  # the phone now sits in a staff member's webhook event too
    settle(bot)
    assert set(traces(everything_stored(bot))) >= {NAME, PHONE, REPORTER}

    exported = invoke(bot, "privacy", "export", "--line-user-id", REPORTER, "--operator", "officer-1")
    assert exported.exit_code == 0, exported.output
    data = json.loads(exported.stdout)
    (case,) = data["cases_reported"]
    assert case["person_name"] == NAME and case["contact_phone"] == PHONE and case["description"] == STORY
    assert case["timeline"] and data["profile"]["line_user_id"] == REPORTER
    assert data["webhook_events_from_them"] and data["messages_to_them"]

    erased = invoke(bot, "privacy", "erase", "--line-user-id", REPORTER, "--yes", "--operator", "officer-1")
    assert erased.exit_code == 0, erased.output
    assert "open_cases: 1" in erased.stdout
    settle(bot)

    stored = everything_stored(bot)
    assert traces(stored) == []
    with bot.sessions() as session:
        kept = session.scalar(select(Case))
        assert kept.category == "elderly" and kept.center_id is not None and kept.needs and kept.created_at
        assert kept.status == "assigned" and kept.person_name is None and kept.anonymised_at is not None
        audits = session.scalars(select(PrivacyRequest).order_by(PrivacyRequest.id)).all()
    assert [(audit.kind, audit.operator) for audit in audits] == [("export", "officer-1"), ("erase", "officer-1")]
    assert {audit.subject_hash for audit in audits} == {subject_hash(REPORTER)}
    assert audits[1].summary["found"] is True and audits[1].summary["cases"] == 1

    told = catalogue("privacy_erased_staff", "th", reference=kept.reference)
    for member in (STAFF_A, STAFF_B):
        texts = [item["message"].get("text") for item in bot.line.messages_to(member)]
        assert told in texts, member

    # The person can start again: a new message makes a new, empty profile, not linked to the case.
    Chat(bot, REPORTER).say("ติดตาม")
    with bot.sessions() as session:
        again = session.scalar(select(User).where(User.line_user_id == REPORTER))
        assert again is not None and again.id != kept.reporter_user_id
        assert session.get(User, kept.reporter_user_id).line_user_id.startswith("erased:")


def test_requests_about_someone_unknown_are_refused_and_still_audited(bot) -> None:
    unknown = "Unobody000000000000000000000000001"
    assert invoke(bot, "privacy", "export", "--line-user-id", unknown).exit_code != 0
    refused = invoke(bot, "privacy", "erase", "--line-user-id", unknown, "--yes")
    assert refused.exit_code != 0 and "nothing is held" in refused.output
    with bot.sessions() as session:
        audits = session.scalars(select(PrivacyRequest)).all()
    assert [(audit.kind, audit.summary["found"]) for audit in audits] == [("export", False), ("erase", False)]


def test_erase_asks_first(bot) -> None:
    Chat(bot, REPORTER).say("สวัสดีค่ะ")
    answer = bot.app.test_cli_runner().invoke(args=["privacy", "erase", "--line-user-id", REPORTER], input="n\n")
    assert answer.exit_code != 0
    assert REPORTER in everything_stored(bot)
