"""Location rules probed with sentences written for them (many countries and registers):
ACLED's admin1 names, an analyst note's parenthesis naming the province, landmarks of a
town, several towns or a road between two, local datelines, capitals standing for their
governments, 'the city's X district', and the trigger's paragraph before other ones.
Scored as a table with a pinned floor; a few rules also get their own assertions."""

from datetime import date
from functools import cache
from pathlib import Path

from tests.pipeline.test_places import first_event, probe_checks, probe_rows

from dateline.gazetteer.normalize import fold_key
from dateline.model import Article, Document, Event, Span
from dateline.pipeline import Pipeline
from dateline.pipeline.locate import locate_event
from dateline.pipeline.locate_rules import country_named_with, is_dateline, note_verdict

PROBES = [
    # --- admin1 as ACLED names it (France's 2016 regions, capital districts) ---
    ("Farmers with tractors blocked the ring road of Lyon on Monday, protesting fuel taxes.",
     "blocked", "Lyon", "Auvergne-Rhone-Alpes", 1),
    ("Dockworkers clashed with riot police in Marseille on Tuesday.", "clashed",
     "Marseille", "Provence-Alpes-Cote d'Azur", 1),
    ("Hundreds of students marched through Strasbourg against the pension reform.", "marched",
     "Strasbourg", "Grand Est", 1),
    ("Police used tear gas on protesters in Bordeaux, France.", "tear gas",
     "Bordeaux", "Nouvelle-Aquitaine", 1),
    ("Retirees demonstrated in front of the Casa Rosada in Buenos Aires on Wednesday.",
     "demonstrated", "Buenos Aires", "Ciudad Autonoma de Buenos Aires", 1),
    ("Police detained 12 protesters in Batumi, Georgia, on Sunday.", "detained",
     "Batumi", "Adjara", 1),
    ("Al Shabaab fighters attacked an army base in Dhusamareb on Friday.", "attacked",
     "Dhusamareb", "Galgaduud", 1),
    ("Tribal fighting near Wabag in Enga province killed six people.", "fighting",
     "Wabag", "Enga", 2),
    # --- Haiti's gang-war communes GeoNames lacks (curated) ---
    ("Gang members attacked Pont-Sondé in Haiti's Artibonite department, killing 5.",
     "attacked", "Pont-Sonde", "Artibonite", 1),
    ("Gunmen of the Gran Grif gang raided Petite-Rivière on Sunday, Haitian police said.",
     "raided", "Petite Riviere de l'Artibonite", "Artibonite", 1),
    ("Armed gangs burned houses in Tabarre, Haiti, on Tuesday.", "burned", "Tabarre",
     "Ouest", 1),
    # --- an analyst note's parenthesis names the event's province ---
    ("On 5 May 2024, police dispersed traders blocking the road to Nairobi near Machakos "
     "(Machakos), arresting 8.", "dispersed", "Machakos", "Machakos", 2),
    ("On 2 June 2024, miners blocking the highway to Santiago near Rancagua (O'Higgins) "
     "were removed by police.", "removed", "Rancagua", "O'Higgins", 2),
    ("On 9 July 2024, truckers blocking the highway to Mexico City near Cuernavaca "
     "(Morelos) were dispersed by state police.", "dispersed", "Cuernavaca", "Morelos", 2),
    ("On 9 May 2025, youths in Zaria (Zaria, Kaduna) blocked the Kaduna-Kano expressway "
     "for hours, protesting power cuts.", "blocked", "Zaria", "Kaduna", 1),
    # --- a district named like one of another province, where the article's places lie ---
    ("Maoists torched three vehicles at a road site in Balrampur district on Friday. The "
     "district lies north of Ambikapur.", "torched", "Balrampur", "Chhattisgarh", 2),
    ("An IED planted by Maoists killed two jawans in Bijapur district on Sunday, officers in "
     "Jagdalpur said.", "IED", "Bijapur", "Chhattisgarh", 2),
    # --- a landmark named before or around the town ---
    ("On 3 March 2025, police baton-charged journalists protesting outside the Peshawar "
     "Press Club (Peshawar, Khyber Pakhtunkhwa).", "baton-charged", "Peshawar",
     "Khyber Pakhtunkhwa", 1),
    ("On 14 May 2025, drivers blocked the access road to the airport of Cusco (Cusco) "
     "for six hours.", "blocked", "Cusco", "Cusco", 1),
    ("On 6 June 2025, Russian forces shelled the Saltivka neighbourhood of Kharkiv city "
     "(Kharkiv), killing 3 civilians.", "shelled", "Kharkiv", "Kharkiv", 1),
    ("On 4 May 2025, Russian drones struck the Ostriv neighbourhood of Kherson city "
     "(Kherson), injuring 4 civilians.", "drones struck", "Kherson", "Kherson", 1),
    ("Mortar shells fired by Al Shabaab hit houses in Hodan district of Mogadishu on Monday.",
     "Mortar shells", "Mogadishu", "Banadir", 1),
    ("Around 300 farmers blocked the ring road of Montpellier with tractors on Monday.",
     "blocked", "Montpellier", "Occitanie", 1),
    # --- roads between towns, rivers ---
    ("Gunmen ambushed a convoy on the Kidal - Anefis road on Monday, killing 4 soldiers.",
     "ambushed", "Kidal", "Kidal", 2),
    ("An army patrol fell into an ambush on the axis Diffa-Mainé Soroa on Friday.",
     "ambush", "Diffa", "Diffa", 2),
    ("A guided bomb hit the town of Izium, which lies on the Donets river, on Saturday.",
     "hit", "Izium", "Kharkiv", 1),
    # --- local datelines after a headline; 'Place:' openings ---
    ("Soldier, two rebels killed in encounter in Bukidnon\n\nMalaybalay, Bukidnon - One "
     "soldier and two rebels died in an encounter on Sunday in the hills outside "
     "Maramag, the army said.", "died in an", "Maramag", "Northern Mindanao", 2),
    ("Gao: five soldiers killed in ambush\n\nFive soldiers were killed in an ambush on "
     "Tuesday about 40 kilometres from Gao, the army said.", "ambush", "Gao", "Gao", 2, 1),
    ("Sabha: calm returns after clashes\n\nArmed groups clashed on Sunday in the hills "
     "outside Ubari, a local official said.", "clashed", "Ubari", "Wadi al Hayat", 2),
    # --- a capital named as its government is not a place ---
    ("ANKARA, Turkey - Turkish drones struck a village in Iraq's Duhok province on Monday, "
     "killing two shepherds, the Iraqi government said, accusing Ankara of violating its "
     "sovereignty.", "drones struck", "Dihok", "Duhok", 3),
    ("KABUL - Pakistani jets bombed a house in Afghanistan's Paktika province, killing 6, "
     "Taliban officials said, and urged Islamabad to stop.", "bombed", "Sharan", "Paktika", 3),
    # --- 'the city's X district' is the city named before ---
    ("KHERSON, Ukraine - Russian drones hit a port warehouse overnight.\n\nOn Friday, a "
     "missile struck the city's Kyivskyi district, killing two people, the governor said.",
     "missile struck", "Kherson", "Kherson", 1),
    ("DNIPRO, Ukraine - The city has been hit often this year. On Tuesday, drones struck "
     "the city's Samarskyi and Industrialnyi districts, wounding 9.", "drones struck",
     "Dnipro", "Dnipropetrovsk", 1),
    # --- 'the city' points back to the town, not past a reference point ---
    ("NYALA, Sudan - Fighting in Darfur has displaced millions. Thousands live in Otash "
     "camp, north of Nyala.\n\nOn Sunday, shells hit a market on the northern edge of the "
     "city, killing four.", "shells hit", "Nyala", "South Darfur", 2),
    ("KHARTOUM - Fighters killed dozens in Tawila, in North Darfur; last month they overran "
     "a camp south of Nyala.\n\nOn Sunday, shells hit the northern edge of the city, killing "
     "four.", "shells hit", "Nyala", "South Darfur", 2),
    # --- the trigger's paragraph before a quote in another paragraph ---
    ("In Peshawar, lawyers have protested for weeks. On Monday, police broke up their sit-in "
     "outside the courts, detaining 20.\n\n\"Next time we march to Islamabad,\" one said.",
     "broke up", "Peshawar", "Khyber Pakhtunkhwa", 1, 1),
    # --- a department in a note's parenthesis read as a homonym elsewhere ---
    ("On 5 March 2025, riot police charged protesters in the centre of Nantes "
     "(Loire-Atlantique, Pays de la Loire).", "charged", "Nantes", "Pays de la Loire", 1),
    ("On 8 March 2025, supporters of rival clubs fought in Lens (Pas-de-Calais, "
     "Hauts-de-France) after the match.", "fought", "Lens", "Hauts-de-France", 1),
]


@cache
def _pipeline() -> Pipeline:
    return Pipeline(stages=("actors", "places"))


def _located(text: str, trigger: str, more_sentences: int = 0) -> Event:
    doc: Document = _pipeline()(Article("t", text))
    start = text.index(trigger)
    sid = doc.sentence_index(start)
    event = Event("t", "t-1", date(2020, 1, 1), 1, "Political violence", "Battles",
                  "Armed clash", "A", 1, trigger=Span(start, start + len(trigger), trigger),
                  sentence_ids=tuple(range(sid, sid + 1 + more_sentences)))
    locate_event(doc, event)
    return event


def _score() -> tuple[float, list[str]]:
    right, misses = 0, []
    for text, trigger, location, admin1, precision, *more in PROBES:
        e = _located(text, trigger, more[0] if more else 0)
        got = (fold_key(e.location or "") == fold_key(location),
               fold_key(e.admin1 or "") == fold_key(admin1), e.geo_precision == precision)
        right += sum(got)
        if not all(got):
            misses.append(f"{text[:50]!r}: {e.location}/{e.admin1}/{e.geo_precision}")
    return right / (3 * len(PROBES)), misses


def test_location_probes_stay_above_their_floor():
    # Measured (session 3): 0.974 (0.535 before these rules); the one miss is a road named
    # "Kidal - Anefis" that the place stage does not find.
    score, misses = _score()
    assert score >= 0.95, misses


def _doc(text: str) -> Document:
    return _pipeline()(Article("t", text))


def test_a_note_parenthesis_says_which_towns_of_its_clause_lie_in_its_province():
    doc = _doc("On 2 June 2024, miners blocking the highway to Santiago near Rancagua "
               "(O'Higgins) were removed by police.")
    by_name = {pm.span.text: pm for pm in doc.places}
    assert note_verdict(doc, by_name["Santiago"]) is False
    assert note_verdict(doc, by_name["Rancagua"]) is True


def test_a_local_dateline_after_the_headline_is_a_dateline():
    doc = _doc("Two soldiers killed\n\nMalaybalay, Bukidnon - Two soldiers were killed near "
               "Maramag on Sunday.")
    by_name = {pm.span.text: pm for pm in doc.places}
    assert is_dateline(doc, by_name["Malaybalay"]) and not is_dateline(doc, by_name["Maramag"])


def test_a_place_named_with_its_country_is_no_homonym_abroad():
    doc = _doc("Pakistani jets bombed villages in Afghanistan's eastern Khost province.")
    khost = next(pm for pm in doc.places if pm.span.text == "Khost")
    assert country_named_with(doc, khost)


def test_a_province_after_a_list_of_towns_qualifies_each_of_them():
    """'between Mindouli and Loutete, in the department of Pool': the gazetteer's only
    Mindouli lies in Likouala, so the text's province wins over that reading."""
    e = _located("Armed men attacked a passenger train between Mindouli and Loutete, in the "
                 "department of Pool, on Saturday.", "attacked")
    assert e.admin1 == "Pool" and e.country == "Republic of Congo"
    # towns of the named province stay what they are
    e = _located("Gunmen killed two traders between Kaya and Kongoussi, in the Centre-Nord "
                 "region, on Monday.", "killed")
    assert e.location == "Kaya" and e.admin1 == "Centre-Nord"


# --- Round 12 (issues #4, #5): place_probes_r12.tsv, 33 reports in our own wording ---
PROBES_R12 = Path(__file__).parent / "data" / "place_probes_r12.tsv"
# First score, before any round-12 fix (15:35 UTC, 26 Nov 2026), scored once: location within
# 25 km 0.788 (26/33), admin1 0.788, geo_precision 0.758. Misses: a speaker's seat, the only
# place ('police in Garissa said'), left the event unplaced (3); 'the Korabelnyi district of
# Kherson' coded at the oblast, p3 (2); 'San Jose de Apartado' read as San Jose, Costa Rica;
# 'Saada' tagged ORG rejected; 'Al Qahirah, Taizz' read as Cairo; 'the western Galilee'
# unknown. After the round-12 fixes (15:45 UTC): 0.909 / 0.909 / 0.939. Left: San Jose de
# Apartado (no longer Costa Rica, but unknown), Saada (ORG, alternate spelling), Al Qahirah.
ROUND12_FLOORS = (0.89, 0.89, 0.92)


def test_round12_place_probes_score_above_the_floors():
    rows = probe_rows(PROBES_R12)
    checks = [probe_checks(row)[:3] for row in rows]
    misses = [row["id"] for row, c in zip(rows, checks, strict=True) if not all(c)]
    for column, floor in enumerate(ROUND12_FLOORS):
        score = sum(c[column] for c in checks) / len(rows)
        assert score >= floor, (column, score, misses)


def _first_event(text: str) -> Event:
    return first_event(text, date(2024, 5, 10))


def test_a_speakers_seat_alone_places_the_event_near_it():
    ev = _first_event("Armed men burned a church overnight, police in Lodwar said on Sunday.")
    assert ev.location == "Lodwar" and ev.geo_precision == 2


def test_named_part_of_a_city_its_province_is_named_after_is_the_city():
    ev = _first_event("A glide bomb hit the Slobidskyi district of Kharkiv, wounding nine.")
    assert ev.location == "Kharkiv" and ev.geo_precision == 1


def test_a_name_opening_a_longer_unknown_place_name_is_not_that_place():
    ev = _first_event("Paramilitaries killed a farmer in the village of San Juan de Urabá.")
    assert ev.country != "Argentina"


def test_a_bracketed_province_named_like_a_country_after_evidence():
    ev = _first_event("Bandits killed 11 farmers in Mariga (Niger) on Tuesday, and gunmen "
                      "abducted a chief in Kebbi.")
    assert ev.country == "Nigeria" and ev.admin1 == "Niger"


def test_every_name_of_a_note_parenthesis_qualifies_the_village():
    ev = _first_event("Israeli forces arrested three men in Deir Dibwan (Ramallah and al-Bireh).")
    assert ev.location == "Dayr Dibwan"


def test_a_city_district_named_without_its_city_is_the_reports_citys():
    ev = _first_event("MYKOLAIV, Ukraine - A missile struck a warehouse in the Zavodskyi "
                      "district on Thursday, killing two workers.")
    assert ev.admin1 == "Mykolaiv" and ev.latitude is not None and abs(ev.latitude - 46.97) < 0.1


def test_a_named_part_of_a_town_read_abroad_yields_to_the_town():
    ev = _first_event("Houthi shells hit homes in the Al Qahirah district of Taizz on Friday.")
    assert ev.country == "Yemen" and ev.geo_precision == 1
