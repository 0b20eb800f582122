"""The learnt models' scoring (dispatch/text_model.py) against scikit-learn, which learnt them, and the
stored weights against what training on the committed files gives (bench/train_text_models.py)."""

from __future__ import annotations

import json
import math

import pytest

from bench import train_text_models as training
from bench.understanding import Labelled
from dispatch.text_model import MODELS, TextModel, features, load
from dispatch.understanding import normalise


def _model(data: dict) -> TextModel:
    return TextModel(
        tuple(data["classes"]), tuple(data["intercepts"]), {gram: tuple(row) for gram, row in data["weights"].items()}
    )


def _row(text: str, danger: bool, group: str | None) -> Labelled:
    expected = dict.fromkeys(("group", "age", "phone", "reporter", "moo", "subdistrict", "district", "province"))
    expected["group"] = group
    return Labelled("report", danger, expected, text)


ROWS = [
    _row("ยายหมดสติอยู่ในห้องน้ำ ไม่หายใจ", True, "elderly"),
    _row("ยายล้มหัวแตก เลือดออกไม่หยุด", True, "elderly"),
    _row("ผัวกำลังตีเมียอยู่ตอนนี้ ช่วยด้วย", True, "violence"),
    _row("he is beating her right now", True, "violence"),
    _row("ยายอยู่คนเดียว อยากได้ถุงยังชีพ", False, "elderly"),
    _row("ยายอยากได้รถเข็น เดินไม่ค่อยไหว", False, "elderly"),
    _row("สามีชอบด่า อยากปรึกษาเรื่องหย่า", False, "violence"),
    _row("my neighbour shouts at his wife, she asked for advice", False, "violence"),
] * 3  # n-grams must be seen in MIN_MESSAGES messages to be kept


def test_features_are_letter_ngrams_without_spaces_and_english_words():
    found = features("ช่วย ด้วย help me")
    assert {"ยด", "วยด้", "ด้วย"} <= found  # across the space Thai leaves between words
    assert {"w:help", "w:me", "w:help_me"} <= found
    assert not any(" " in gram for gram in found)


@pytest.mark.parametrize("learn", [training.learn_danger, training.learn_group])
def test_scoring_gives_what_scikit_learn_gives(learn):
    vocabulary, learnt = learn(ROWS)
    model = _model(training.saved(vocabulary, learnt))
    for text in ("ยายหมดสติ ช่วยด้วย", "อยากได้ถุงยังชีพ", "he is beating her", "ข้อความที่ไม่มีคำไหนเคยเห็น"):
        expected = learnt.predict_proba(vocabulary.matrix([normalise(text)]))[0]
        if len(model.classes) == 2:
            assert model.probability(normalise(text)) == pytest.approx(expected[1], abs=0.01)
        else:
            label, probability = model.best(normalise(text))
            assert label == learnt.classes_[expected.argmax()]
            assert probability == pytest.approx(expected.max(), abs=0.01)


def test_an_empty_message_scores_the_intercept_alone():
    model = load("danger")
    assert model.probability("") == pytest.approx(1 / (1 + math.exp(-model.intercepts[0])))


@pytest.mark.parametrize("name", ["danger", "group", "intent"])
def test_the_stored_weights_are_what_training_on_the_committed_files_learns(name):
    rows = [row for part in training.training_rows().values() for row in part]
    learn = {"danger": training.learn_danger, "group": training.learn_group, "intent": training.learn_intent}[name]
    relearnt = training.saved(*learn(rows))
    stored = json.loads((MODELS / f"{name}.json").read_text(encoding="utf-8"))
    assert stored["classes"] == relearnt["classes"]
    assert stored["weights"].keys() == relearnt["weights"].keys()
    worst = max(
        abs(old - new)
        for gram, row in stored["weights"].items()
        for old, new in zip(row, relearnt["weights"][gram], strict=True)
    )
    assert worst <= 0.002  # rounding to DIGITS, nothing else


# -- how the understanding uses them ---------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "แม่นั่งหอบตัวโยน พูดได้ทีละคำ มือเท้าเย็นเฉียบ",
        "ลุงข้างบ้านนอนคว่ำหน้าอยู่หน้าบ้านตั้งแต่เช้า เรียกแล้วเงียบ",
    ],
)
def test_danger_no_rule_names_is_read_by_the_model(message):
    from dispatch.danger_signals import find_danger
    from dispatch.understanding import squeeze, understand

    assert find_danger(normalise(message), squeeze(normalise(message))) is None, "a rule names it: pick another"
    found = understand(message).danger
    assert found is not None and found.evidence == "model" and found.hotlines[0] == "1669"


@pytest.mark.parametrize(
    "message",
    [
        "ไม่แน่ใจ",  # a short answer to a question: the model scores it 0.8, too few letters to count
        "ข้อความ 12",
        "ยายอยู่คนเดียว ไม่มีคนดูแล อยากได้ถุงยังชีพค่ะ",
        "พ่อไม่ได้หมดสติ แค่เวียนหัว อยากพาไปหาหมอ",
    ],
)
def test_short_calm_or_negated_messages_are_not_danger_by_the_model(message):
    from dispatch.understanding import understand

    assert understand(message).danger is None
