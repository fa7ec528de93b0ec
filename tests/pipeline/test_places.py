from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path

import pycountry
import pytest

from dateline.evaluation.compare import admin1_match
from dateline.gazetteer.countries import country_by_iso2
from dateline.gazetteer.resolve import distance_km
from dateline.model import Article, Event
from dateline.pipeline import Pipeline


@cache
def _pipeline() -> Pipeline:
    return Pipeline(stages=("actors", "places"))


def places(text):
    return _pipeline()(Article("t", text)).places


def resolved(text, surface):
    found = [pm for pm in places(text) if pm.span.text == surface]
    assert found, f"{surface!r} not found in {[pm.span.text for pm in places(text)]}"
    return found[0]


def test_spans_point_into_the_text():
    text = "Shelling hit Homs and Hama in central Syria on Monday."
    for pm in places(text):
        assert text[pm.span.start:pm.span.end] == pm.span.text


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Clashes in Tripoli, in northern Lebanon near the Syrian border, killed two.",
         "Tripoli", "LB"),
        ("Militias in Tripoli, the Libyan capital, exchanged fire with forces from Misrata.",
         "Tripoli", "LY"),
        ("The council of Paris, Texas, met on Tuesday to discuss the water tower.",
         "Paris", "US"),
        ("Government troops retook Palmyra from Islamic State fighters near Homs in Syria.",
         "Palmyra", "SY"),
        ("French troops entered Kidal in northern Mali after taking Gao.", "Kidal", "ML"),
        ("Protests spread to Minneapolis, Louisville and Denver on Friday.", "Louisville", "US"),
        ("Police fired tear gas at protesters in Hong Kong on Sunday.", "Hong Kong", "HK"),
        # a name before a division noun is the division, spelt as written
        pytest.param("Gunmen attacked Wanlaweyn, in Wanla Weyn district, Somalia.",
                     "Wanla Weyn", "SO", id="division-noun"),
        # a name opening the report before a colon is the report's place
        pytest.param("Kenscoff: terror in the hills once more. Bandits burned houses at dawn.",
                     "Kenscoff", "HT", id="dateline-colon"),
        pytest.param("TURBAT: Three soldiers were martyred when their vehicle was hit by a "
                     "bomb.", "TURBAT", "PK", id="dateline-colon-upper"),
        # a name folding only to a village abroad is no evidence of that country
        pytest.param("Al Shabaab militants took control of the village of Sabiid near Afgooye "
                     "(Afgooye, Lower Shabelle), Somali officials said.",
                     "Sabiid", "SO", id="folded-abroad"),
        # a folded reading repeated does not vote for (and anchor) itself
        pytest.param("Two persons were shot dead at Zongo, a suburb of Bawku, on Monday "
                     "night.\n\nThe Bawku chieftaincy dispute flared again in 2021.",
                     "Bawku", "GH", id="folded-repeated"),
        # an apposition naming a settlement supports the name
        pytest.param("Kyrgyz servicemen opened fire on Vorukh, a Tajik exclave surrounded by "
                     "Kyrgyzstan's Batken region, wounding two residents.",
                     "Vorukh", "TJ", id="apposition"),
    ],
)
def test_homonyms_follow_the_article(text, surface, country):
    pm = resolved(text, surface)
    assert pm.place is not None and pm.place.country_code == country


def test_kinds_country_admin1_demonym_and_feature():
    text = ("Syrian forces shelled villages in Idlib province and in the Euphrates Valley, "
            "in eastern Syria.")
    kinds = {pm.span.text: pm.kind for pm in places(text)}
    assert kinds.get("Syria") == "country"
    assert kinds.get("Idlib") == "admin1"
    assert kinds.get("Euphrates Valley") == "feature"
    assert kinds.get("Syrian") in ("demonym", None)


def test_common_words_and_organisations_are_not_places():
    text = ("Most of the fighters left. The Syrian Observatory for Human Rights said the "
            "Police had withdrawn, and Hay'at Tahrir al-Sham denied it.")
    surfaces = {pm.span.text for pm in places(text) if pm.kind != "demonym"}
    assert "Most" not in surfaces and "Police" not in surfaces
    assert not any("Sham" in s for s in surfaces)
    assert not any(pm.span.text == "Syrian" for pm in places(text))


def test_unknown_settlement_is_placed_at_its_province():
    text = "Air strikes hit the village of Qaryat Zibdiyya in Idlib province on Thursday."
    pm = resolved(text, "Qaryat Zibdiyya")
    assert pm.place is not None and pm.place.admin1 == "Idlib"
    assert pm.place.feature_code == "APPROX"


def test_transliterated_press_spellings_resolve():
    text = "Fighting continued near Deir az-Zour and in the desert of Sweida province."
    deir = resolved(text, "Deir az-Zour")
    assert deir.place.country_code == "SY"
    sweida = resolved(text, "Sweida")
    assert sweida.kind == "admin1" and sweida.place.admin1 == "As-Suwayda"


def test_acronyms_name_countries():
    pm = resolved("Aid groups in the DRC said the U.S. had cut funding.", "DRC")
    assert pm.place.country_code == "CD"


def test_big_town_beats_a_nearby_village_and_city_states_are_cities():
    louisville = resolved("Protests spread to Minneapolis, Louisville and Denver.", "Louisville")
    assert louisville.place.admin1 == "Kentucky"
    hong_kong = resolved("Police fired tear gas at protesters in Hong Kong.", "Hong Kong")
    assert hong_kong.kind == "place"


def test_lists_of_countries_are_not_qualifiers():
    text = "Cases were reported in China, Japan and Iraq, Iran and Angola."
    codes = {pm.span.text: pm.place.country_code for pm in places(text) if pm.place}
    assert codes == {"China": "CN", "Japan": "JP", "Iraq": "IQ", "Iran": "IR", "Angola": "AO"}


def test_locative_words_and_a_province_after_support_a_bare_name():
    pm = resolved("Gunmen attacked soldiers near Djibo, Soum province, on Sunday.", "Djibo")
    assert pm.place is not None and pm.place.country_code == "BF"


def test_attack_verbs_support_a_name_tagged_as_a_person():
    pm = resolved("Russian drones struck Kherson overnight, the governor said.", "Kherson")
    assert pm.place is not None and pm.place.country_code == "UA"


def test_an_actors_demonym_still_points_to_its_country():
    pm = resolved("Chadian troops clashed with rebels near Mao on Sunday.", "Mao")
    assert pm.place is not None and pm.place.country_code == "TD"


def test_one_sense_per_article_for_a_recurring_name():
    text = "IZIUM, Ukraine - Residents returned to Izium after troops retook Izium, the mayor said."
    found = [pm for pm in places(text) if pm.span.text.lower() == "izium"]
    assert len(found) == 3 and {pm.place.country_code for pm in found if pm.place} == {"UA"}


def test_a_city_named_without_its_article_and_a_short_dateline_are_found():
    assert resolved("Protesters gathered in the port of Mukalla on Sunday.",
                    "Mukalla").place.country_code == "YE"
    text = "ABUJA, Nigeria, June 2 - Bandits attacked Gusau on Sunday, killing five."
    assert resolved(text, "ABUJA").place.country_code == "NG"


def test_a_country_named_as_a_border_is_no_qualifier():
    pm = resolved("Fighters raided the town of Gamboru near the Cameroon border.", "Gamboru")
    assert pm.place is not None and pm.place.country_code == "NG"


def test_a_division_abroad_named_as_a_district_is_left_unresolved():
    text = ("Afghan forces fought the Taliban in Kandahar and Helmand, Afghanistan. Fighting "
            "also hit the Lahij district, officials in Kabul said.")
    lahij = [pm for pm in places(text) if pm.span.text == "Lahij"]
    assert all(pm.place is None or pm.place.country_code == "AF" for pm in lahij)


def test_a_name_running_on_through_al_or_followed_by_square_is_not_a_place():
    text = "Crowds filled Riad al-Hamra square and Tahrir Square in Cairo."
    surfaces = [pm.span.text for pm in places(text)]
    assert "Riad" not in surfaces and "Tahrir" not in surfaces and "Cairo" in surfaces


def test_a_full_division_name_is_no_organisation():
    text = ("Bandits killed nine people in Mazakuka village of Gusau Local Government Area of "
            "Zamfara State, residents said.")
    pm = resolved(text, "Gusau")
    assert pm.place is not None and pm.place.country_code == "NG"


def test_a_division_of_a_neighbouring_country_is_kept():
    text = ("Refugees fled from Kayin state into Thailand, where camps near Mae Sot and Tak are "
            "crowded, Thai officials in Bangkok said.")
    pm = resolved(text, "Kayin")
    assert pm.place is not None and pm.place.country_code == "MM" and pm.kind == "admin1"


def test_a_name_listed_among_provinces_is_a_province():
    pm = resolved("Recalls reached Oregon, Georgia, Florida and Alabama stores.", "Georgia")
    assert pm.kind == "admin1" and pm.place is not None and pm.place.country_code == "US"
    town = resolved("Police arrested 12 activists near the Capitol in Washington, DC.",
                    "Washington")
    assert town.kind == "place" and town.place is not None
    assert town.place.admin1 == "District of Columbia"


def test_a_qualifier_after_a_comma_and_in():
    pm = resolved("Paris, in Lamar County, Texas, held a parade.", "Paris")
    assert pm.place is not None and pm.place.country_code == "US" and pm.place.admin1 == "Texas"


def test_a_village_before_its_province_after_a_comma_is_placed_there():
    text = "Gunmen attacked a patrol near Tchoukoutalia, Lac province, on Monday."
    pm = resolved(text, "Tchoukoutalia")
    assert pm.place is not None and pm.place.country_code == "TD" and pm.place.admin1 == "Lac"


def test_a_bare_capital_name_is_the_capital():
    text = ("Villagers in Peru fell ill near Lake Titicaca. A meteorite expert at a museum in "
            "London said fireballs are common, and researchers in Massachusetts agreed.")
    pm = resolved(text, "London")
    assert pm.place is not None and pm.place.country_code == "GB"


def test_an_entity_holding_near_is_two_places_not_an_organisation():
    text = ("Gunmen abducted five people in the village of Bafut near Bamenda in Cameroon's "
            "North-West region on Monday.")
    surfaces = {pm.span.text: pm for pm in places(text)}
    assert "Bamenda" in surfaces and surfaces["Bamenda"].place is not None


def test_the_municipality_holding_a_place_qualifies_it():
    text = "Residents of Santa Rosa, in the municipality of Tepalcatepec, reported shootings."
    pm = resolved(text, "Santa Rosa")
    assert pm.place is not None and pm.place.country_code == "MX"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("The ferry from Port-aux-Basques to Nova Scotia was cancelled on Monday.",
         "Port-aux-Basques", "CA"),
        ("Gunmen attacked the police station of Anse-à-Veau, Haiti, on Tuesday night.",
         "Anse-à-Veau", "HT"),
        ("Farmers blocked the roads around Pont-à-Mousson on Friday.", "Pont-à-Mousson", "FR"),
    ],
)
def test_hyphenated_names_run_through_lowercase_particles(text, surface, country):
    pm = resolved(text, surface)
    assert pm.place is not None and pm.place.country_code == country


def test_a_village_of_the_articles_country_beats_a_bigger_namesake_abroad():
    # Egypt's Mansoura is bigger, but the report is about Syria.
    pm = resolved("Drone strikes hit al-Mansura near Raqqa in Syria on Friday.", "al-Mansura")
    assert pm.place is not None and pm.place.country_code == "SY"


def test_a_big_city_abroad_found_by_another_name_is_no_reading_in_a_far_country():
    # "Milano" is Milan's Italian name; in a Kenyan report it is a local name.
    text = "Kenyan police said gunmen killed two guards near Milano in Nairobi late on Friday."
    assert all(pm.place is None or pm.place.country_code != "IT" for pm in places(text))


def test_a_name_qualified_once_keeps_its_place_where_it_recurs():
    text = ("The council of Paris, Texas, met on Tuesday. Later, Paris officials said the water "
            "tower in Paris was safe.")
    found = [pm for pm in places(text) if pm.span.text == "Paris"]
    assert len(found) == 3
    assert all(pm.place is not None and pm.place.country_code == "US" for pm in found)


def test_compass_words_before_a_name_make_no_region_abroad():
    # "East Midlands" is not Zimbabwe's Midlands province; "North West Wales" is Wales.
    east = places("Police in the East Midlands arrested two men on Friday.")
    assert all(pm.place is None or pm.place.country_code != "ZW" for pm in east)
    wales = {pm.span.text: pm for pm in places("Storms hit North West Wales on Friday.")}
    assert "North West" not in wales
    assert wales["Wales"].place is not None and wales["Wales"].place.country_code == "GB"


def test_a_compass_region_of_ones_own_country_is_still_read():
    pm = resolved("Clashes in Cameroon's South West region killed five.", "South West")
    assert pm.place is not None and pm.place.country_code == "CM"


def test_with_little_evidence_a_neighbour_of_the_named_country_beats_a_far_namesake():
    # Mozambique's Gaza province is the bigger reading, but the strikes are Israeli.
    pm = resolved("Israeli strikes hit Gaza on Friday.", "Gaza")
    assert pm.place is not None and pm.place.country_code == "PS"


def test_a_town_qualified_by_a_place_read_in_its_country_is_no_foreigner():
    # "Gaza" is also a Mozambican province; read as Gaza city, it still holds Khan Yunis.
    pm = resolved("Israeli strikes hit Khan Yunis in Gaza on Friday.", "Khan Yunis")
    assert pm.place is not None and pm.place.country_code == "PS"


def test_a_common_word_before_a_province_noun_is_the_division_of_that_name():
    pm = resolved("Cattle raiders attacked Rumbek in Lakes state on Monday.", "Lakes")
    assert pm.place is not None and pm.place.country_code == "SS" and pm.kind == "admin1"
    assert not [p for p in places("Most state officials said so.") if p.span.text == "Most"]


def test_a_name_running_on_through_a_persian_ezafe_is_not_its_first_word():
    # "Parwan" alone is a province (and a town's alternate name); "Parwan-e Do" is not.
    found = places("Agents raided homes in the Parwan-e Do area of Kabul on Monday.")
    assert [pm.span.text for pm in found if pm.place is not None] == ["Kabul"]
    pm = resolved("Clashes were reported in Pul-i Khumri on Monday.", "Pul-i Khumri")
    assert pm.place is not None and pm.place.country_code == "AF"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # spaCy calls these towns an organisation, a person or a people: the preposition or
        # the settlement noun says they are places, and the article's country has them
        ("Cattle raiders from Jonglei state, South Sudan, attacked herders in Pibor at dawn.",
         "Pibor", "SS"),
        ("Troops of Myanmar's junta shelled Kawkareik town on Friday.", "Kawkareik", "MM"),
        ("Thousands of people in DR Congo fled from Goma as the rebels advanced on Tuesday.",
         "Goma", "CD"),
        ("South Sudanese soldiers looted shops at the Yei main market on Sunday night.",
         "Yei", "SS"),
    ],
)
def test_a_town_after_a_place_cue_is_read_whatever_its_label(text, surface, country):
    pm = resolved(text, surface)
    assert pm.place is not None and pm.place.country_code == country
    assert pm.place.feature_class == "P"


def test_a_cued_name_needs_a_town_of_exactly_that_name_in_the_articles_country():
    text = "Police in Kenya said the letter came from Wendt on Tuesday."
    assert not [pm for pm in places(text) if pm.span.text == "Wendt"]  # no town in Kenya
    text = "The praise came from Johnson and Peters at the meeting."
    assert not places(text)  # no country named, and many towns called so


def test_a_settlement_noun_after_the_name_is_dropped_before_resolving():
    pm = resolved("Soldiers burned houses in Pauk township in Myanmar's Magway region.", "Pauk")
    assert pm.place is not None and pm.place.country_code == "MM" and pm.kind == "place"


def test_peoples_and_demonyms_are_no_unknown_places():
    text = ("Tuareg rebels and Fulani herders clashed near Kidal in Mali, and settlers raided "
            "a Palestinian village near Nablus in the West Bank.")
    names = {pm.span.text for pm in places(text)}
    assert "Tuareg" not in names and "Fulani" not in names
    assert all(pm.place is None or pm.place.feature_code != "APPROX" for pm in places(text)
               if pm.span.text == "Palestinian")


def test_the_sahel_beyond_burkina_faso_is_the_region_not_burkinas_province():
    pm = resolved("Jihadists from the Sahel crossed into northern Benin and attacked a post.",
                  "Sahel")
    assert pm.place is not None and pm.place.country_code != "BF"
    pm = resolved("Jihadists attacked a convoy in the Sahel region of Burkina Faso.", "Sahel")
    assert pm.place is not None and pm.place.country_code == "BF" and pm.kind == "admin1"


def test_a_province_in_brackets_after_a_town_does_not_make_an_organisation():
    pm = resolved("On 3 May the rebels announced from Goma (North Kivu) a ceasefire.", "Goma")
    assert pm.place is not None and pm.place.country_code == "CD"


def test_short_town_names_are_read():
    pm = resolved("Fighting broke out in Yei, South Sudan, on Monday.", "Yei")
    assert pm.place is not None and pm.place.country_code == "SS"


def test_a_cued_town_abroad_is_re_read_as_the_articles_town_of_that_name():
    text = "Insurgents attacked Palma on Friday. The Mozambican army said it repelled them."
    pm = resolved(text, "Palma")
    assert pm.place is not None and pm.place.country_code == "MZ"
    assert resolved(text, "Mozambican").kind == "demonym"  # not "The Mozambican"


def test_a_place_opening_an_organisation_name_is_no_place_of_the_report():
    text = "Houthi drones were shot down, according to U.S. Central Command."
    assert not [pm for pm in places(text) if pm.span.text == "U.S."]
    pm = resolved("Police in Kenya said gunmen attacked Garissa.", "Kenya")
    assert pm.kind == "country"


def test_no_fuzzy_reading_in_a_country_the_article_names_only_in_passing():
    text = ("Houthi fighters shelled Khwaf in Yemen's Taiz province, Yemeni officials said; "
            "Yemen's government blamed Iran.")
    assert all(pm.place is None or pm.place.country_code != "IR"
               for pm in places(text) if pm.span.text == "Khwaf")


def test_a_name_folding_only_to_an_alternate_name_of_a_far_town_is_no_reading():
    # "Bawku" folds like "Boku", an alternate name of Baku: not tagged as a place, it is not Baku
    for text in ("Gunmen shot two men dead in a suburb of Bawku on Monday night.",
                 "The Bawku Municipal Security Council imposed a curfew after two killings."):
        assert all(pm.place is None or pm.place.country_code != "AZ" for pm in places(text))


def test_a_town_named_by_another_of_its_names_keeps_the_texts_spelling():
    pm = resolved("ADF rebels killed 12 civilians in Oicha, Beni territory, North Kivu, DR Congo.",
                  "Oicha")
    assert pm.place is not None and pm.place.name == "Oicha" and pm.place.country_code == "CD"


# Issue 4 (location helper): spaCy runs several names into one ORG/PERSON entity ("X in Y
# (Y", "X (Y, Z"); each part is judged on its own, as "near"/"outside" already were.
@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("On 12 May 2024, boda boda riders protested at Nyalenda in Kisumu (Kisumu) over "
         "police harassment.", "Kisumu", "KE"),
        ("On 18 March 2025, Arakan Army fighters shelled a camp at Kyauktaw in Rakhine "
         "(Myanmar).", "Kyauktaw", "MM"),
        ("On 18 March 2025, Arakan Army fighters shelled a camp at Kyauktaw in Rakhine "
         "(Myanmar).", "Rakhine", "MM"),
        ("On 7 March 2025, gunmen killed two traders at Kadugli in South Kordofan (Sudan).",
         "Kadugli", "SD"),
        ("On 2 February 2024, members of the Popular Mobilization in Diyala province clashed "
         "with police.", "Diyala", "IQ"),
        ("On 19 August 2024, Al Shabaab attacked a base at Bariire in Afgoye (Lower "
         "Shabelle).", "Afgoye", "SO"),
    ],
)
def test_names_run_into_one_entity_are_cut_at_in_at_and_brackets(text, surface, country):
    pm = resolved(text, surface)
    assert pm.place is not None and pm.place.country_code == country


def test_an_organisation_without_a_break_still_blocks_its_place():
    text = "The Kisumu Boda Boda Riders Association condemned the killing on Friday."
    assert not [pm for pm in places(text) if pm.span.text == "Kisumu"]


# The unknown-settlement rule must not read (part of) an armed group's name as a village.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A commander of the Rapid Support in Al Jazirah state said his men had taken the "
         "town.", "Rapid Support"),
        ("The Rapid Support Forces shelled El Fasher. A commander of the Rapid Support in "
         "North Darfur denied it.", "Rapid Support"),
        ("On 2 February 2024, members of the Popular Mobilization in Diyala province clashed "
         "with police.", "Popular Mobilization"),
        ("A spokesman of the Jama'at Nusrat in Mopti region denied the attack.",
         "Jama'at Nusrat"),
    ],
)
def test_an_armed_groups_name_is_no_unknown_settlement(text, name):
    assert not [pm for pm in places(text) if name in pm.span.text]


def test_a_village_beside_an_armed_group_is_still_an_unknown_settlement():
    text = "RSF fighters attacked the village of Tabit Kurmuk in Al Jazirah state on Monday."
    pm = resolved(text, "Tabit Kurmuk")
    assert pm.place is not None and pm.place.feature_code == "APPROX"
    assert pm.place.country_code == "SD" and pm.place.admin1 == "Al Jazirah"


# A place opening a local institution's name is the only clue some reports give: a
# low-priority mention of kind 'organisation', at a town (a division's seat).
@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Hundreds of oil workers protested in front of the headquarters of the Basra Oil "
         "Company on Sunday.", "Basra", "IQ"),
        ("Workers of the Mombasa Water Company blocked the road to demand their pay.",
         "Mombasa", "KE"),
        ("Members of the Herat Provincial Council condemned the killing of two teachers.",
         "Herat", "AF"),
        ("Prisoners rioted inside the Goma Central Prison on Saturday, witnesses said.",
         "Goma", "CD"),
        ("Members of the Kisumu County Assembly marched against the governor on Tuesday.",
         "Kisumu", "KE"),
        ("Workers of the Bombay Port Trust Hospital protested over pay.", "Bombay", "IN"),
    ],
)
def test_a_town_named_only_in_a_local_institutions_name(text, surface, country):
    pm = resolved(text, surface)
    assert pm.kind == "organisation"
    assert pm.place is not None and pm.place.country_code == country
    assert pm.place.feature_class == "P"  # the county assembly sits in the county's seat


@pytest.mark.parametrize(
    "text",
    [
        "Employees of the Iraq National Oil Company protested over unpaid bonuses.",
        "Houthi drones were shot down, according to U.S. Central Command.",
        "Officers of the Kenya Police Service dispersed the protesters on Monday.",
        # the paragraph names the place of the report: the institution's town is no clue
        "Workers of the Basra Oil Company marched to the governorate building in Nasiriyah.",
        # a short form of a longer town's name opening a longer name: no Stoke-on-Trent
        "An outbreak of measles was confirmed at the Stoke Mandeville Hospital last week.",
    ],
)
def test_no_institution_place_for_national_bodies_or_beside_another_place(text):
    assert not [pm for pm in places(text) if pm.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "surface", "country", "admin1"),
    [
        ("Bandits abducted 20 passengers on the Kaduna-Abuja highway.", "Kaduna", "NG", "Kaduna"),
        ("Bandits abducted 20 passengers on the Kaduna-Abuja highway.", "Abuja", "NG",
         "Federal Capital Territory"),
        ("An IED hit a patrol on the Gao-Ansongo road.", "Gao", "ML", "Gao"),
        ("Students blocked the Dhaka-Mymensingh highway for hours.", "Mymensingh", "BD", None),
        ("Gunmen attacked vehicles on the Dar es Salaam-Morogoro highway.", "Morogoro", "TZ",
         None),
    ],
)
def test_towns_joined_by_a_hyphen_before_a_road_noun_are_both_read(text, surface, country,
                                                                   admin1):
    pm = resolved(text, surface)
    assert pm.place is not None and pm.place.country_code == country
    assert admin1 is None or pm.place.admin1 == admin1


def test_two_names_joined_by_a_hyphen_without_a_road_noun_are_not_one_road():
    assert not [pm for pm in places("The Kaduna-based newspaper ran the story.")
                if pm.span.text == "Abuja"]


@pytest.mark.parametrize(
    ("text", "surface", "country", "admin1"),
    [
        ("Militants overran the army base at Boulkessi overnight.", "Boulkessi", "ML", "Mopti"),
        ("Turkish drones struck a car in Kobani on Tuesday.", "Kobani", "SY", "Aleppo"),
        ("Kurdish fighters shelled Kobane from the hills.", "Kobane", "SY", "Aleppo"),
        ("Boko Haram fighters attacked Kordo in Mayo-Sava on Monday.", "Kordo", "CM",
         "Far North"),
        ("Boko Haram fighters attacked Kordo in Mayo-Sava on Monday.", "Mayo-Sava", "CM",
         "Far North"),
        ("Al-Shabaab fighters attacked Siinka village near Afgooye.", "Siinka", "SO",
         "Lower Shabelle"),
        ("Police killed two suspected drug dealers in Penha, in Rio de Janeiro's north zone.",
         "Penha", "BR", "Rio de Janeiro"),
        ("Gunmen killed four civilians in Tera, in Niger's Tillaberi region.", "Tera", "NE",
         "Tillaberi"),
        ("Protesters gathered on Rustaveli Avenue outside parliament.", "Rustaveli Avenue",
         "GE", "Tbilisi"),
        ("Police fired tear gas at students at UCAD on Wednesday.", "UCAD", "SN", "Dakar"),
        ("Students clashed with police at Makerere University.", "Makerere University", "UG",
         None),
        ("Riot police stormed the University of Khartoum campus.", "University of Khartoum",
         "SD", "Khartoum"),
        ("Protesters marched down Habib Bourguiba Avenue on Friday.", "Habib Bourguiba Avenue",
         "TN", "Tunis"),
    ],
)
def test_conflict_towns_protest_sites_and_press_names_are_read(text, surface, country, admin1):
    pm = resolved(text, surface)
    assert pm.place is not None and pm.place.country_code == country
    assert admin1 is None or pm.place.admin1 == admin1


def test_a_name_folding_only_to_a_valley_is_no_valley():
    # "Tera" only folds to Pakistan's "Tirah" (Valley): no valley, whichever town it is
    pm = resolved("Gunmen killed four civilians in Tera on Friday.", "Tera")
    assert pm.place is not None and pm.kind != "feature" and pm.place.country_code != "PK"


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Lynching village in Kisii county killed a man. The lynching shocked many.",
        "Looting spread to Kabale district. Police said looting went on all night.",
    ],
)
def test_a_word_the_article_also_writes_lowercase_is_no_unknown_place(text):
    word = text.split()[2] if text.startswith("Residents") else text.split()[0]
    assert word not in [pm.span.text for pm in places(text)]


@pytest.mark.parametrize(
    ("text", "surface", "country", "admin1"),
    [
        ("Unidentified men shot a councillor dead in Santa Cruz, Laguna, on Monday.",
         "Santa Cruz", "PH", "Calabarzon"),
        ("Soldiers fired on protesters in Santa Cruz, Quiche, on Monday.",
         "Santa Cruz", "GT", "Quiche"),
        ("Farmers clashed with police in San Jose, Guaviare, on Friday.",
         "San Jose", "CO", "Guaviare"),
        ("A child died of fever in Houston, Texas, officials said.", "Houston", "US", "Texas"),
        ("Dissidents killed a leader in San Pablo, in the south of Bolivar department.",
         "San Pablo", "CO", "Bolivar"),
    ],
)
def test_a_town_and_its_division_pick_the_namesake_inside_it(text, surface, country, admin1):
    """'X, Division' is a town and its division even when X is also another country's
    province (Santa Cruz, Bolivia); the town may carry the division in its full name
    ('Santa Cruz del Quiché'); a division named like a state's county is the state; so is
    'X, in the south of Y department'."""
    pm = resolved(text, surface)
    assert pm.place is not None
    assert (pm.place.country_code, pm.place.admin1) == (country, admin1)


PROBES_ROUND7 = Path(__file__).parent / "data" / "place_probes_round7.tsv"
# First score, before any round-7 fix (12:01 UTC, 26 Nov 2026): 0.843 (43/51) of reports whose
# first event lies within 25 km of the gold place in the gold country. After the round-7
# fixes (speaker seats that act, "Place, Division" pairs, neighbourhoods of a city, road
# ends, "X, a district of <city>"): 0.941 (48/51) at 12:22 UTC; the misses are reports no
# event was read from (events, not places).
# Round 8 (12:58 UTC): 0.961 (49/51) after the round-8 fixes; floor raised.
ROUND7_FLOOR = 0.92


def probe_rows(path: Path) -> list[dict[str, str]]:
    """A probe table's rows (tab-separated, '#' comments), shared by the place and locate tests."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"), strict=True)) for ln in lines[1:]]


@cache
def full_pipeline() -> Pipeline:
    return Pipeline()


def _probe_hit(row: dict[str, str]) -> tuple[bool, str]:
    """Is the report's first event within 25 km of the gold place, in the gold country?"""
    text = row["text"].replace("\\n", "\n")
    events = full_pipeline()(Article(row["id"], text, published=date(2024, 5, 10))).events
    if not events or events[0].latitude is None or events[0].longitude is None:
        return False, "no located event"
    ev = events[0]
    km = distance_km(ev.latitude, ev.longitude, float(row["lat"]), float(row["lon"]))
    iso = pycountry.countries.get(alpha_2=row["country"])
    # Kosovo (XK) is no ISO 3166 country: the project's own table gives its numeric code
    numeric = int(iso.numeric) if iso is not None else country_by_iso2(row["country"]).iso_numeric
    same_country = ev.iso == numeric
    return same_country and km <= 25.0, f"{ev.location}, {ev.admin1}, {ev.country} ({km:.0f} km)"


def probe_table_score(path: Path) -> tuple[float, list[str]]:
    rows = probe_rows(path)
    misses = []
    for row in rows:
        ok, got = _probe_hit(row)
        if not ok:
            misses.append(f"{row['id']} {row['kind']}: gold {row['place']} / {row['country']}"
                          f" -> {got}")
    return 1 - len(misses) / len(rows), misses


PROBES_R8 = Path(__file__).parent / "data" / "place_probes_r8.tsv"
# First score, before any round-8 fix (12:35 UTC, 26 Nov 2026): 0.775 (31/40); one of the
# nine misses (bor03, 9 km from gold) was the table's own fault: Kosovo has no ISO code, so
# no Kosovo event could match; scored through the project's country table since. After the
# round-8 fixes (division nouns, 'X, in the Y division', a name before a division noun is no
# village spelt otherwise, 'opposite'/'facing' places, appositions naming a settlement,
# ACLED's Benin spellings, 'in the south of Y department' qualifiers, 'Place:' datelines,
# folded names of hamlets abroad): 0.825 (33/40) at 12:55 UTC. Left: an exclave named
# with the province around it (bor01), villages the gazetteer lacks placed at a far
# seat (bor06, div04), a town's smaller namesake (dep02), Cameroon's North-West read
# as South Africa's (div01), two reports no event was read from (reg03, var01).
ROUND8_FLOOR = 0.80


def test_a_name_before_a_division_noun_is_no_village_spelt_otherwise():
    """'the Iffou region' is a division the gazetteer lacks, not the village Ifou."""
    found = places("Violence broke out in the town of Daoukro, in the Iffou region, Ivory Coast.")
    iffou = [pm for pm in found if pm.span.text == "Iffou"]
    assert not iffou or iffou[0].place is None


def test_a_division_noun_makes_the_division_and_a_village_before_it_is_placed_there():
    text = "Boko Haram fighters killed three farmers in Dabanga, in the Mayo Sava division."
    pm = resolved(text, "Mayo Sava")
    assert pm.place is not None and pm.place.country_code == "CM"
    village = resolved(text, "Dabanga")
    assert village.place is not None and village.place.admin1 == pm.place.admin1


def test_a_place_label_does_not_make_a_folded_name_of_an_unpeopled_hamlet_a_reading():
    found = places("Macomia: The residents of Nguida fled into the bush once again.")
    nguida = [pm for pm in found if pm.span.text == "Nguida"]
    assert all(pm.place is None or pm.place.country_code == "MZ" for pm in nguida)


def test_benin_divisions_under_acled_spellings():
    pm = resolved("Jihadists attacked an army post in the Atacora department of Benin.", "Atacora")
    assert pm.place is not None and pm.place.admin1 == "Atacora"


def test_a_name_running_on_through_an_elided_article_is_one_name():
    pm = resolved("In Côte d'Ivoire, the town of Daoukro was the scene of violence on Sunday.",
                  "Côte d'Ivoire")
    assert pm.place is not None and pm.place.country_code == "CI" and pm.kind == "country"


PROBES_R9 = Path(__file__).parent / "data" / "place_probes_r9.tsv"
# First score, before any round-9 fix (13:36 UTC, 26 Nov 2026): 0.733 (22/30). After the
# round-9 fixes (a name after 'Lake' beside a town of another country is the lake; a part
# of town owned by a town, "Taizz's Al Qahirah district" or "... district in the city of
# Taizz", is no namesake abroad and its owner is read though tagged ORG; a dateline town
# is the namesake in the province of the article's other places): 0.867 (26/30) at 13:41
# UTC. Left: wat01 is read at Buliisa, Uganda, but GeoNames puts the town 45 km from the
# table's point; villages the gazetteer lacks placed at a town of their region (vil01,
# vil02, vil05).
ROUND9_FLOOR = 0.84


PROBES_R10 = Path(__file__).parent / "data" / "place_probes_r10.tsv"
# First score, before any round-10 fix (14:04 UTC, 26 Nov 2026): 0.579 (11/19). After the
# round-10 fixes (a country made a sponsor's adjective, 'Iran-backed', casts no country vote,
# seeds no fuzzy match and anchors no unknown settlement; the town a named part of town lies
# in, 'the Al-Jahmaliya neighbourhood of Taizz', is a place whatever spaCy tags it; a name
# after 'X village,' says where the village lies; a village read as civilians' property
# still names a settlement): 0.895 (17/19). Left: spo04 (Kupiansk, tagged ORG and spelt
# otherwise than GeoNames, was read only thanks to Russia's vote as Ukraine's neighbour),
# spo05 (Shaddadi, GeoNames' Ash Shaddadah, is folded too far with no country named).
ROUND10_FLOOR = 0.87


@pytest.mark.parametrize(("table", "floor"), [
    (PROBES_ROUND7, ROUND7_FLOOR), (PROBES_R8, ROUND8_FLOOR),
    (PROBES_R9, ROUND9_FLOOR), (PROBES_R10, ROUND10_FLOOR),
], ids=["round7", "round8", "round9", "round10"])
def test_place_probes_score_above_their_round_floor(table: Path, floor: float) -> None:
    score, misses = probe_table_score(table)
    assert score >= floor, "\n".join(misses)


def test_a_sponsor_country_does_not_pull_a_town_abroad():
    """'Iran-backed' names who backs the militia, not where Taizz lies."""
    found = places("A sniper of the Iran-backed militia killed a boy in the Al-Salam "
                   "neighbourhood of Taizz on Friday.")
    assert not any(pm.place is not None and pm.place.country_code == "IR"
                   for pm in found if pm.kind != "country")
    taizz = [pm for pm in found if pm.span.text == "Taizz"]
    assert taizz and taizz[0].place is not None and taizz[0].place.country_code == "YE"


def test_a_village_named_before_its_region_is_placed_in_that_region():
    """'Kanan village, Sagaing': a village the gazetteer lacks is no namesake abroad."""
    found = places("Army jets bombed Kanan village, Sagaing, on Monday, killing 15 people.")
    kanan = [pm for pm in found if pm.span.text == "Kanan"]
    assert kanan and kanan[0].place is not None and kanan[0].place.country_code == "MM"


PROBES_R11 = Path(__file__).parent / "data" / "place_probes_r11.tsv"
# First score, before any round-11 fix (15:00 UTC, 26 Nov 2026), scored once: location within
# 25 km 0.900 (45/50), admin1 0.900 (45/50), geo_precision 0.900 (45/50); all three right
# 0.880 (44/50). Misses: no event read (road03, spell03, adm07: events, not places); 'Zaporozhye'
# unknown so 'Russian missiles' put the event in Moscow (spell01); Ariha in 'the Edlib
# countryside' read as Jericho, West Bank (spell04); 'the Sadr City district of Baghdad' coded
# p2 (hood01). After the round-11 fixes (15:25 UTC): location 0.900, admin1 0.900, precision
# 0.920 ('the Sadr City district of Baghdad', Baghdad read as its province, is Baghdad p1).
# The round-11 fixes were for kinds of error on the fifth and sixth dev parts (far namesakes,
# destinations, ACLED admin1 names and levels, spots near a dateline town); the table's other
# misses are NER misses ('Zaporozhye', 'Edlib') and reports no event was read from.
ROUND11_LOCATION_FLOOR = 0.88
ROUND11_ADMIN1_FLOOR = 0.88
ROUND11_PRECISION_FLOOR = 0.90


def probe_checks(row: dict[str, str], published: date = date(2024, 5, 10),
                 ) -> tuple[bool, bool, bool, str]:
    """(location, admin1, precision) right for the report's first event. A region row has no
    point: its location is right when the event lies in the gold country."""
    text = row["text"].replace("\\n", "\n")
    events = full_pipeline()(Article(row["id"], text, published=published)).events
    if not events or events[0].latitude is None or events[0].longitude is None:
        return False, False, False, "no located event"
    ev = events[0]
    in_country = ev.iso == int(pycountry.countries.get(alpha_2=row["country"]).numeric)
    km = (distance_km(ev.latitude, ev.longitude, float(row["lat"]), float(row["lon"]))
          if row["lat"] else 0.0)
    got = f"{ev.location}, {ev.admin1}, {ev.country}, p{ev.geo_precision} ({km:.0f} km)"
    return (in_country and km <= 25.0, admin1_match(row["admin1"], ev.admin1),
            ev.geo_precision == int(row["precision"]), got)


def probe_scores(path: Path, published: Callable[[str], date]) -> tuple[list[float], list[str]]:
    """(location, admin1, precision) accuracy of a probe table, each report published on
    ``published(text)``, and the misses ("id -> what was read")."""
    rows = probe_rows(path)
    checks = [probe_checks(row, published=published(row["text"])) for row in rows]
    misses = [f"{row['id']} -> {c[3]}" for row, c in zip(rows, checks, strict=True)
              if not all(c[:3])]
    return [sum(c[col] for c in checks) / len(rows) for col in range(3)], misses


def first_event(text: str, published: date = date(2025, 5, 10)) -> Event:
    """The first event the full pipeline reads from ``text`` (there must be one)."""
    events = full_pipeline()(Article("t", text, published=published)).events
    assert events, text
    return events[0]


def round11_scores() -> tuple[list[float], list[str]]:
    rows = probe_rows(PROBES_R11)
    hits = [0, 0, 0]
    misses = []
    for row in rows:
        *checks, got = probe_checks(row)
        hits = [h + bool(c) for h, c in zip(hits, checks, strict=True)]
        if not all(checks):
            marks = "".join("LAP"[i] if not c else "." for i, c in enumerate(checks))
            misses.append(f"{row['id']} {row['kind']} [{marks}]: gold {row['place']}, "
                          f"{row['admin1']}, {row['country']}, p{row['precision']} -> {got}")
    return [h / len(rows) for h in hits], misses


def test_round11_place_probes_score_above_the_floors():
    (location, admin1, precision), misses = round11_scores()
    assert location >= ROUND11_LOCATION_FLOOR, "\n".join(misses)
    assert admin1 >= ROUND11_ADMIN1_FLOOR, "\n".join(misses)
    assert precision >= ROUND11_PRECISION_FLOOR, "\n".join(misses)
