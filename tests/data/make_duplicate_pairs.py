"""Writes tests/data/duplicate_pairs.csv: labelled pairs of reports for measuring duplicate detection.

Run: `python tests/data/make_duplicate_pairs.py` (seeded: the same file every time).

How the set is made, and why it is honest to measure on it:
- Made-up people (Thai first names and surnames common in Isan, the North, the Centre and the South;
  ages; help groups; homes), in 12 real districts (geothai codes). Coordinates are MADE UP: each
  district gets a random anchor inside Thailand's box and homes a few km around it, so distances
  between reports are realistic while no place is real.
- Each pair is two reports drawn from the same person (label 1) or from two different people (label
  0), and the label comes from that draw alone. The ways a report is messy are the ways people write
  in chat: with or without a kinship word or title (ยาย, ตา, แม่ใหญ่, ป้า, นาง, นาย, ด.ญ. ...), a
  surname dropped, spaces lost or doubled, a slip on look-alike letters (ส/ศ/ษ, ท/ธ, ร/ล, ต/ด ...), a
  tone mark or ์ dropped, a nickname instead of the name, no name at all; the age exact, guessed a
  few years off or not given; the help group seen differently (elderly / bedridden); a LINE pin with
  GPS and "sent from the road" error, or only a typed address in the district.
- The hard negatives are the ones a social worker worries about: neighbours in the same compound,
  the same common first name in the same district, namesakes in other provinces, two homeless people
  at the same market, a parent and child with one surname.
- Written before the matcher (dispatch/duplicates.py), and `split` is drawn here at random per pair:
  the matcher's thresholds are chosen on `dev` only; `test` is the held-out half that the README
  reports.
"""

from __future__ import annotations

import csv
import math
import random
from pathlib import Path

SEED = 20261205
OUT = Path(__file__).with_name("duplicate_pairs.csv")

# Real district codes (geothai); the anchors are made up.
DISTRICTS = ("4001", "4002", "4011", "5001", "5004", "9011", "9001", "1033", "3001", "3401", "6701", "8001")
FIRST = {
    "f": (
        "สมศรี", "มาลี", "บุญเรือน", "ทองใบ", "สมพร", "ประไพ", "คำปุ่น", "บัวผัน", "ลำดวน", "สุนีย์",
        "อรุณี", "จันทร์เพ็ญ", "พิมพ์ใจ", "ศรีนวล", "สายทอง", "ดวงใจ", "กาญจนา", "ละเอียด", "ทองม้วน", "นงลักษณ์",
    ),
    "m": (
        "สมชาย", "บุญมี", "ประยูร", "ทองดี", "สมบัติ", "คำพอง", "บุญส่ง", "สุรศักดิ์", "วิชัย", "ประสิทธิ์",
        "สมศักดิ์", "ทองสุข", "บุญธรรม", "เสถียร", "ชาญ", "ศักดิ์ชัย", "สุเทพ", "อนันต์", "ธนพล", "ณรงค์",
    ),
}
SURNAMES = (
    "ใจดี", "ศรีสุข", "บุญมา", "ทองคำ", "แสงทอง", "พรหมมา", "สุขสวัสดิ์", "ศรีวงศ์", "มณีรัตน์", "ธรรมวงศ์",
    "แก้วมณี", "ภูมิสถาน", "นาคสวัสดิ์", "รัตนพันธ์", "สีดา", "คำแก้ว", "บุตรดี", "ทองประเสริฐ", "ศักดิ์ศรี", "ปัญญาดี",
)
NICKNAMES = ("แดง", "ดำ", "น้อย", "หล้า", "นิด", "แอ๊ด", "ติ๋ม", "ปุ๊", "เล็ก", "หมู")
CONFUSABLE = {
    "ส": "ศ", "ศ": "ส", "ษ": "ส", "ท": "ธ", "ธ": "ท", "ร": "ล", "ล": "ร", "ต": "ด", "ด": "ต",
    "ข": "ค", "ค": "ข", "พ": "ภ", "ภ": "พ", "น": "ณ", "ณ": "น", "ย": "ญ", "ญ": "ย", "ช": "ฉ", "ฉ": "ช",
}
TONES = "่้๊๋์"
ELDER_F, ELDER_M = ("ยาย", "แม่ใหญ่", "แม่เฒ่า", "ป้า", "นาง"), ("ตา", "พ่อใหญ่", "พ่อเฒ่า", "ลุง", "นาย")
ADULT_F, ADULT_M = ("นาง", "นางสาว", "น.ส.", "คุณ", "พี่"), ("นาย", "คุณ", "พี่", "ลุง")
CHILD_F, CHILD_M = ("ด.ญ.", "เด็กหญิง", "น้อง"), ("ด.ช.", "เด็กชาย", "น้อง")
FIELDS = (
    "pair", "split", "label", "kind",
    "a_name", "a_age", "a_category", "a_district", "a_latitude", "a_longitude",
    "b_name", "b_age", "b_category", "b_district", "b_latitude", "b_longitude",
)


class World:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.anchors = {code: (rng.uniform(7.0, 19.5), rng.uniform(98.5, 104.5)) for code in DISTRICTS}

    def person(self, district: str | None = None, kind: str | None = None, surname: str | None = None) -> dict:
        rng = self.rng
        kind = kind or rng.choices(("elder", "adult", "child"), weights=(6, 3, 1))[0]
        sex = rng.choice("fm")
        age = {"elder": rng.randint(62, 95), "adult": rng.randint(25, 61), "child": rng.randint(2, 15)}[kind]
        category = {
            "elder": rng.choice(("elderly", "elderly", "bedridden", "disability", "poverty")),
            "adult": rng.choice(("disability", "homeless", "poverty", "violence", "bedridden")),
            "child": rng.choice(("child", "child", "disability", "violence")),
        }[kind]
        district = district or rng.choice(DISTRICTS)
        lat0, lon0 = self.anchors[district]
        home = self.offset(lat0, lon0, rng.uniform(0, 6000))
        return {
            "kind": kind,
            "sex": sex,
            "first": rng.choice(FIRST[sex]),
            "surname": surname or rng.choice(SURNAMES),
            "nickname": rng.choice(NICKNAMES),
            "age": age,
            "category": category,
            "district": district,
            "home": home,
        }

    def offset(self, lat: float, lon: float, metres: float) -> tuple[float, float]:
        angle = self.rng.uniform(0, 2 * math.pi)
        d_lat = metres * math.cos(angle) / 111_320
        d_lon = metres * math.sin(angle) / (111_320 * math.cos(math.radians(lat)))
        return round(lat + d_lat, 6), round(lon + d_lon, 6)


def title(person: dict, rng: random.Random) -> str:
    table = {
        "elder": (ELDER_F, ELDER_M),
        "adult": (ADULT_F, ADULT_M),
        "child": (CHILD_F, CHILD_M),
    }[person["kind"]]
    return rng.choice(table[0] if person["sex"] == "f" else table[1])


def typo(name: str, rng: random.Random) -> str:
    """One slip a person makes typing Thai on a phone."""
    letters = list(name)
    spots = [i for i, c in enumerate(letters) if c in CONFUSABLE]
    tones = [i for i, c in enumerate(letters) if c in TONES]
    move = rng.choice(("confuse", "tone", "double") if tones else ("confuse", "double"))
    if move == "confuse" and spots:
        i = rng.choice(spots)
        letters[i] = CONFUSABLE[letters[i]]
    elif move == "tone" and tones:
        del letters[rng.choice(tones)]
    else:
        i = rng.randrange(len(letters))
        letters.insert(i, letters[i])
    return "".join(letters)


def written(person: dict, rng: random.Random, style: str) -> str:
    """How a reporter writes the name. style: full, first, titled, titled_first, typo, nickname, none."""
    first, surname = person["first"], person["surname"]
    if style == "none":
        return ""
    if style == "nickname":
        kin = ("", "ป้า", "ยาย", "น้อง", "แม่") if person["sex"] == "f" else ("", "ลุง", "ตา", "น้อง", "พ่อ")
        return rng.choice(kin) + person["nickname"]
    if style == "typo":
        full = f"{typo(first, rng)} {surname}" if rng.random() < 0.6 else f"{first} {typo(surname, rng)}"
        return f"{title(person, rng)}{full}" if rng.random() < 0.4 else full
    if style == "first":
        return first
    if style == "titled_first":
        return f"{title(person, rng)}{first}"
    if style == "titled":
        joiner = rng.choice(("", " "))
        return f"{title(person, rng)}{joiner}{first} {surname}"
    space = rng.choice((" ", " ", "  ", ""))
    return f"{first}{space}{surname}"


def reported_age(person: dict, rng: random.Random) -> int | None:
    roll = rng.random()
    if roll < 0.25:
        return None
    if roll < 0.6:
        return person["age"]
    spread = 2 if person["kind"] == "child" else 5
    return max(1, person["age"] + rng.randint(-spread, spread))


def report(world: World, person: dict, name_style: str, place: str) -> dict:
    """place: pin (GPS noise), road (pin from the road, 40-150 m off), typed (no pin)."""
    rng = world.rng
    latitude = longitude = None
    if place == "pin":
        latitude, longitude = world.offset(*person["home"], abs(rng.gauss(0, 25)))
    elif place == "road":
        latitude, longitude = world.offset(*person["home"], rng.uniform(40, 150))
    category = person["category"]
    if category in ("elderly", "bedridden") and rng.random() < 0.2:
        category = "bedridden" if category == "elderly" else "elderly"
    return {
        "name": written(person, rng, name_style),
        "age": reported_age(person, rng),
        "category": category,
        "district": person["district"],
        "latitude": latitude,
        "longitude": longitude,
    }


STYLES = ("full", "full", "titled", "titled", "first", "titled_first", "typo", "typo")
PLACES = ("pin", "pin", "pin", "road", "typed")


def positives(world: World, count: int) -> list[tuple[str, dict, dict]]:
    rng = world.rng
    pairs = []
    kinds = (
        ("reworded", 0.45),  # two reporters, both naming the person their own way
        ("typo", 0.2),
        ("first_name_only", 0.1),
        ("no_name_same_place", 0.1),  # the second reporter does not know the name
        ("nickname_same_place", 0.1),
        ("typed_addresses", 0.05),
    )
    for _ in range(count):
        kind = rng.choices([k for k, _ in kinds], weights=[w for _, w in kinds])[0]
        person = world.person()
        if kind == "reworded":
            a = report(world, person, rng.choice(STYLES[:4]), rng.choice(PLACES))
            b = report(world, person, rng.choice(STYLES[:6]), rng.choice(PLACES))
        elif kind == "typo":
            a = report(world, person, rng.choice(("full", "titled")), rng.choice(PLACES))
            b = report(world, person, "typo", rng.choice(PLACES))
        elif kind == "first_name_only":
            a = report(world, person, rng.choice(("full", "titled")), rng.choice(PLACES))
            b = report(world, person, rng.choice(("first", "titled_first")), rng.choice(PLACES))
        elif kind == "no_name_same_place":
            a = report(world, person, rng.choice(("full", "titled", "none")), "pin")
            b = report(world, person, "none", rng.choice(("pin", "pin", "road")))
        elif kind == "nickname_same_place":
            a = report(world, person, rng.choice(("full", "titled")), "pin")
            b = report(world, person, "nickname", rng.choice(("pin", "road")))
        else:
            a = report(world, person, rng.choice(("full", "titled")), "typed")
            b = report(world, person, rng.choice(("full", "titled", "typo", "first")), "typed")
        pairs.append((kind, a, b))
    return pairs


def negatives(world: World, count: int) -> list[tuple[str, dict, dict]]:
    rng = world.rng
    pairs = []
    kinds = (
        ("same_district_other_person", 0.3),
        ("neighbours", 0.2),  # same compound or soi, within 100 m, often the same help group
        ("same_first_name_same_district", 0.15),
        ("namesake_elsewhere", 0.1),
        ("two_unnamed_at_one_place", 0.05),
        ("same_place_other_group", 0.1),
        ("family_same_surname", 0.1),
    )
    for _ in range(count):
        kind = rng.choices([k for k, _ in kinds], weights=[w for _, w in kinds])[0]
        first = world.person()
        if kind == "same_district_other_person":
            second = world.person(district=first["district"])
            a = report(world, first, rng.choice(STYLES), rng.choice(PLACES))
            b = report(world, second, rng.choice(STYLES), rng.choice(PLACES))
        elif kind == "neighbours":
            second = world.person(district=first["district"], kind=first["kind"])
            second["home"] = world.offset(*first["home"], rng.uniform(10, 90))
            if rng.random() < 0.6:
                second["category"] = first["category"]
            a = report(world, first, rng.choice(STYLES[:6]), "pin")
            b = report(world, second, rng.choice(STYLES[:6]), "pin")
        elif kind == "same_first_name_same_district":
            second = world.person(district=first["district"], kind=first["kind"])
            second["first"], second["sex"] = first["first"], first["sex"]
            a = report(world, first, rng.choice(("full", "titled")), rng.choice(PLACES))
            b = report(world, second, rng.choice(("full", "titled")), rng.choice(PLACES))
        elif kind == "namesake_elsewhere":
            second = dict(world.person(district=rng.choice([d for d in DISTRICTS if d != first["district"]])))
            second.update(first=first["first"], surname=first["surname"], sex=first["sex"], kind=first["kind"])
            second["age"] = first["age"] + rng.randint(-3, 3)
            a = report(world, first, rng.choice(STYLES[:4]), rng.choice(PLACES))
            b = report(world, second, rng.choice(STYLES[:4]), rng.choice(PLACES))
        elif kind == "two_unnamed_at_one_place":
            first = world.person(kind="adult")
            first["category"] = "homeless"
            second = world.person(district=first["district"], kind="adult")
            second["category"], second["home"] = "homeless", world.offset(*first["home"], rng.uniform(5, 60))
            a = report(world, first, "none", "pin")
            b = report(world, second, "none", "pin")
        elif kind == "same_place_other_group":
            second = world.person(district=first["district"], kind=rng.choice(("adult", "child")))
            second["home"] = first["home"]
            while second["category"] == first["category"]:
                second["category"] = rng.choice(("child", "violence", "disability", "poverty"))
            a = report(world, first, rng.choice(("none", "full", "titled")), "pin")
            b = report(world, second, rng.choice(("none", "full", "titled")), "pin")
        else:  # a parent and a grown child, or a couple, in one house
            second = world.person(district=first["district"], surname=first["surname"])
            second["home"] = world.offset(*first["home"], rng.uniform(0, 30))
            a = report(world, first, rng.choice(("full", "titled")), rng.choice(PLACES))
            b = report(world, second, rng.choice(("full", "titled")), rng.choice(PLACES))
        pairs.append((kind, a, b))
    return pairs


def main() -> None:
    rng = random.Random(SEED)
    world = World(rng)
    rows = [(1, kind, a, b) for kind, a, b in positives(world, 120)]
    rows += [(0, kind, a, b) for kind, a, b in negatives(world, 140)]
    rng.shuffle(rows)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(FIELDS)
        for number, (label, kind, a, b) in enumerate(rows, start=1):
            split = "dev" if rng.random() < 0.5 else "test"
            cells = [number, split, label, kind]
            for side in (a, b):
                cells += [
                    side["name"],
                    "" if side["age"] is None else side["age"],
                    side["category"],
                    side["district"],
                    "" if side["latitude"] is None else side["latitude"],
                    "" if side["longitude"] is None else side["longitude"],
                ]
            writer.writerow(cells)
    print(f"{OUT}: {len(rows)} pairs")


if __name__ == "__main__":
    main()
