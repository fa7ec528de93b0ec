"""Round 11 of issue #5: a place read from a translation note ("[Translated from French]") is
no place (store/translation_note.py); own scenes."""

from __future__ import annotations

from datetime import date

from dateline.model import Event, Evidence
from dateline.store.dedup import compare
from dateline.store.testing import report_event
from dateline.store.translation_note import placed_by_note, without_note_place

# JNIM fighters attack Djibo (Soum, Burkina Faso) on 3 March; a Burkinabe outlet in translation.
TEXT = "[Translated from French] JNIM fighters attacked the town of Djibo on Tuesday morning."
RAID = {
    "event_date": date(2026, 3, 3), "time_precision": 1, "disorder_type": "Political violence",
    "event_type": "Violence against civilians", "sub_event_type": "Attack",
    "actor1": "JNIM: Group for Support of Islam and Muslims", "inter1": 2,
    "actor2": "Civilians (France)", "inter2": 7, "country": "France", "admin1": "Ile-de-France",
    "location": "Paris", "latitude": 48.8534, "longitude": 2.3488, "geo_precision": 3,
}  # fmt: skip
IN_NOTE = [Evidence("location", TEXT.index("French"), TEXT.index("French") + 6, "French")]
AT_DJIBO = {"country": "Burkina Faso", "admin1": "Sahel", "location": "Djibo",
            "latitude": 14.1011, "longitude": -1.6280, "geo_precision": 1,
            "actor2": "Civilians (Burkina Faso)"}  # fmt: skip


def _report(article_id: str, **changes: object) -> Event:
    return report_event(article_id, RAID, **changes)


def test_a_place_read_from_the_note_is_no_place() -> None:
    translated = _report("sidwaya", evidence=IN_NOTE)
    assert placed_by_note(translated, TEXT)
    cleaned = without_note_place(translated, TEXT)
    assert (cleaned.country, cleaned.location, cleaned.latitude) == ("", "", None)
    assert cleaned.actor2 == "Civilians" and cleaned.actor1 == translated.actor1
    wire = _report("afp", **AT_DJIBO)
    texts = {"sidwaya": TEXT, "afp": "JNIM fighters attacked Djibo, in northern Burkina Faso."}
    assert not compare(translated, wire, texts.get).same  # France and Burkina Faso
    assert compare(cleaned, wire, texts.get).same  # the group and the town its text names


def test_a_place_named_outside_the_note_is_kept() -> None:
    start = TEXT.index("Djibo")
    located = _report("sidwaya", evidence=[Evidence("location", start, start + 5, "Djibo")],
                      **AT_DJIBO)  # fmt: skip
    assert not placed_by_note(located, TEXT)
    assert without_note_place(located, TEXT) is located
    plain = "JNIM fighters attacked the town of Djibo; French troops left in 2022."
    french = [Evidence("country", plain.index("French"), plain.index("French") + 6, "French")]
    assert not placed_by_note(_report("x", evidence=french), plain)  # no note: the pipeline's
