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


def test_a_place_named_after_a_note_in_its_languages_one_home_country_is_kept() -> None:
    """"[Translated from Vietnamese] ... in Da Nang": the country the note suggests is the
    place's own, so the report keeps Da Nang; a namesake in France read after a French note
    (Diema, Mali resolved to Deyme, France) is still no place."""
    text = "[Translated from Vietnamese] Police clashed with land protesters in Da Nang on Monday."
    at_da_nang = _report(
        "tuoitre", country="Vietnam", admin1="Da Nang", location="Da Nang", latitude=16.07,
        longitude=108.22, geo_precision=1, actor2="Protesters (Vietnam)",
        evidence=[Evidence("location", text.index("Da Nang"), text.index("Da Nang") + 7, "Da Nang"),
                  Evidence("country", 17, 27, "Vietnamese")],
    )  # fmt: skip
    assert not placed_by_note(at_da_nang, text)
    assert without_note_place(at_da_nang, text) == at_da_nang
    french = "[Translated from French] Gunmen attacked the market of Diema on Monday."
    deyme = _report(
        "fama", country="France", admin1="Occitanie", location="Deyme", latitude=43.48,
        longitude=1.53, geo_precision=1,
        evidence=[Evidence("location", french.index("Diema"), french.index("Diema") + 5, "Diema"),
                  Evidence("country", 17, 23, "French")],
    )  # fmt: skip
    assert placed_by_note(deyme, french)
    assert without_note_place(deyme, french).country == ""
    # Only a place named outside the note: the note alone ("Vietnamese" read as Hanoi) is no place.
    hanoi = _report("vnx", country="Vietnam", location="Hanoi", geo_precision=3,
                    evidence=[Evidence("location", 17, 27, "Vietnamese")])  # fmt: skip
    assert placed_by_note(hanoi, text)


# Round 13: the pipeline left a translated report without place or country, but qualified its
# generic actors by the note's language ("Civilians (Portugal)" for a riot in Maputo).
MAPUTO_NOTE = "[Translated from Portuguese] Youths torched minibuses in the city centre."
UNPLACED = {"country": "", "admin1": "", "location": "", "latitude": None, "longitude": None,
            "geo_precision": 3, "actor1": "Unidentified Armed Group (Portugal)",
            "actor2": "Civilians (Portugal)"}  # fmt: skip


def test_an_unplaced_report_drops_a_qualifier_its_text_names_only_in_the_note() -> None:
    unplaced = _report("domingo", **UNPLACED)
    cleaned = without_note_place(unplaced, MAPUTO_NOTE)
    assert (cleaned.actor1, cleaned.actor2) == ("Unidentified Armed Group", "Civilians")
    # A country the text names outside the note, or a text without a note, keeps it.
    named = MAPUTO_NOTE + " Police said Portugal's embassy was closed."
    assert without_note_place(unplaced, named).actor2 == "Civilians (Portugal)"
    plain = "Youths torched minibuses in the city centre."
    assert without_note_place(unplaced, plain).actor2 == "Civilians (Portugal)"
    state = _report("x", **{**UNPLACED, "actor1": "Police Forces of Mozambique (2025-)"})
    assert without_note_place(state, MAPUTO_NOTE).actor1 == "Police Forces of Mozambique (2025-)"
