"""Checks a labelled message file (tests/data/understanding/BRIEF.md) for format and place names; prints only
errors and a count, so a writer who may read nothing else can fix their file."""

import re
import sys

import geothai

INTENTS = {"report", "question", "track", "cancel", "volunteer", "greeting"}
GROUPS = {"elderly", "bedridden", "disability", "child", "homeless", "violence", "poverty", "mental_health", "-"}
REPORTERS = {"self", "relative", "neighbour", "volunteer", "-"}

provinces = {p.name_th: p.code for p in geothai.provinces()}
districts: dict[str, set[str]] = {}
subdistricts: dict[str, set[str]] = {}
for p in geothai.provinces():
    for d in geothai.districts(p.code):
        districts.setdefault(d.name_th.removeprefix("เขต"), set()).add(d.code)
        for s in geothai.subdistricts(d.code):
            subdistricts.setdefault(s.name_th, set()).add(s.code)


def check(path: str) -> int:
    errors = rows = 0
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        rows += 1
        parts = line.split("|", 10)
        problems = []
        if len(parts) != 11:
            problems.append(f"{len(parts)} columns, want 11")
        else:
            intent, danger, group, age, phone, reporter, moo, sub, dist, prov, text = parts
            if intent not in INTENTS:
                problems.append(f"intent {intent!r}")
            if danger not in {"0", "1"}:
                problems.append(f"danger {danger!r}")
            if intent != "report" and danger == "1":
                problems.append("danger=1 on a non-report")
            if group not in GROUPS:
                problems.append(f"group {group!r}")
            if age != "-" and not re.fullmatch(r"\d{1,3}", age):
                problems.append(f"age {age!r}")
            if phone != "-" and not re.fullmatch(r"0\d{8,9}", phone):
                problems.append(f"phone {phone!r}")
            if reporter not in REPORTERS:
                problems.append(f"reporter {reporter!r}")
            if moo != "-" and not re.fullmatch(r"\d{1,3}", moo):
                problems.append(f"moo {moo!r}")
            if prov != "-" and prov not in provinces:
                problems.append(f"no province named {prov!r}")
            if dist != "-" and dist not in districts:
                problems.append(f"no district named {dist!r}")
            if sub != "-" and sub not in subdistricts:
                problems.append(f"no subdistrict named {sub!r}")
            if sub != "-" and dist in districts and sub in subdistricts:
                if not any(code[:4] in districts[dist] for code in subdistricts[sub]):
                    problems.append(f"subdistrict {sub!r} is not in district {dist!r}")
            if dist in districts and prov in provinces:
                if not any(code[:2] == provinces[prov] for code in districts[dist]):
                    problems.append(f"district {dist!r} is not in province {prov!r}")
            if not text.strip():
                problems.append("empty text")
        if problems:
            errors += 1
            print(f"line {number}: " + "; ".join(problems))
    print(f"{rows} rows, {errors} with errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(max(check(path) for path in sys.argv[1:]))
