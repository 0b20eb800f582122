"""An agency that is also an Open311 partner reads its referrals with its key: the referral's state
and the signed link to the package; another partner and the public see nothing of it."""

from __future__ import annotations

import io

import pytest
import requests
from sqlalchemy import select

from dispatch.agencies import import_agencies
from dispatch.case_actions import acknowledge
from dispatch.partners import add_partner
from dispatch.referrals import ReferralRequest, ReferralRules, refer
from models.audit import AuditEntry
from models.base import utcnow
from models.centers import Center
from models.referrals import Agency
from models.users import User
from tests.bot.conftest import STAFF_A, STAFF_B, with_centers_and_staff
from tests.factories import new_case
from tests.referral_support import local_path

pytestmark = pytest.mark.in_process

AGENCY_CSV = (
    "code,name,kind,subdistrict_code,latitude,longitude,phone,email,line_id,open311_partner\n"
    "KK-H1,โรงพยาบาลขอนแก่น,hospital,400101,16.43,102.83,043000111,,,โรงพยาบาลขอนแก่น\n"
)


def test_a_partner_agency_reads_its_referral_with_its_key(bot) -> None:  # noqa: ANN001
    bot = with_centers_and_staff(bot)
    now = utcnow()
    with bot.sessions.begin() as session:
        hospital_key = add_partner(session, "โรงพยาบาลขอนแก่น", now).key
        other_key = add_partner(session, "เทศบาลนครขอนแก่น", now).key
        import_agencies(session, io.StringIO(AGENCY_CSV), now)
        center = session.scalars(select(Center).where(Center.code == "KK01")).one()
        staff = session.scalars(select(User).where(User.line_user_id == STAFF_A)).one()
        reporter = session.scalars(select(User).where(User.line_user_id == STAFF_B)).one()
        case = new_case(session, center, reporter.id, "SC-PARTNER-1", person_name="นายทดสอบ ระบบ")
        acknowledge(session, staff, case.reference, now)
        agency = session.scalars(select(Agency)).one()
        wanted = ReferralRequest(agency.id, "ต้องการแพทย์", "เยี่ยมบ้าน", ("needs",), "public_task")
        assert refer(session, staff, case.reference, wanted, now, ReferralRules()).referral is not None

    url = f"{bot.url}/open311/v2/requests/SC-PARTNER-1.json"
    own = requests.get(url, params={"api_key": hospital_key}, timeout=10).json()[0]
    assert own["referral_state"] == "sent" and own["referral_agency"] == "โรงพยาบาลขอนแก่น"
    package = requests.get(bot.url + local_path(own["referral_url"]), timeout=10)
    assert package.status_code == 200 and "SC-PARTNER-1" in package.text and "นายทดสอบ" not in package.text
    for params in ({"api_key": other_key}, {}):
        row = requests.get(url, params=params, timeout=10).json()[0]
        assert "referral_url" not in row and "referral_state" not in row
    xml = requests.get(url.replace(".json", ".xml"), params={"api_key": hospital_key}, timeout=10).text
    assert "<referral_state>sent</referral_state>" in xml
    with bot.sessions() as session:
        channels = [entry.channel for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert channels == ["api", "link", "api"]
