from dateline.evaluation.compare import admin1_match
from dateline.gazetteer.admin import admin1_by_code, admin1_name


def test_acled_spellings_replace_geonames_names():
    assert admin1_name("AF", "34") == "Kunar"
    assert admin1_name("YE", "25") == "Taizz"
    assert admin1_name("IL", "01") == "HaDarom"
    assert admin1_name("KE", "05") == "Nairobi"
    assert admin1_name("US", "DC") == "District of Columbia"


def test_divisions_named_by_code_drop_their_stale_geonames_name():
    assert admin1_name("CD", "17") == "Ituri" and admin1_name("CD", "16") == "Haut-Uele"
    menaka = admin1_by_code("ML", "12070577")
    assert menaka is not None and menaka.name == "Menaka" and "Gao" not in menaka.aliases


def test_geonames_and_iso_spellings_stay_aliases():
    kunar = admin1_by_code("AF", "34")
    assert kunar is not None and "Konar" in kunar.aliases
    assert admin1_match("Timbuktu", "Tombouctou") and admin1_match("Marib", "Ma'rib")


def test_divisions_the_generated_table_lacks_are_added():
    lac = admin1_by_code("TD", "07")
    assert lac is not None and lac.name == "Lac" and lac.seat_geonameid


def test_divisions_split_after_the_snapshot_carry_acled_names_by_code():
    # GeoNames' snapshot calls both Indian territories "Kashmir"; ACLED splits them.
    assert {admin1_name("IN", "12"), admin1_name("IN", "41")} == {"Jammu and Kashmir", "Ladakh"}


def test_afghan_provinces_carry_acled_spellings_and_keep_geonames_ones_as_aliases():
    division = admin1_by_code("AF", "40")
    assert division is not None and division.name == "Parwan" and "Parvan" in division.aliases


def test_renamed_divisions_carry_acled_current_names():
    # GeoNames keeps the codes of the new units under the old units' names
    assert admin1_name("MA", "09") == "Souss-Massa"
    assert admin1_name("MA", "04") == "Rabat-Sale-Kenitra"
    assert admin1_name("NP", "3") == "Bagmati" and admin1_name("NP", "2") == "Madhesh"
    assert admin1_name("ID", "PT") == "Central Papua" and admin1_name("ID", "36") == "Papua"
    assert admin1_name("KZ", "09") == "Mangystau"
    mangystau = admin1_by_code("KZ", "09")
    assert mangystau is not None and "Mangghystau" in mangystau.aliases
    assert admin1_match("Souss-Massa", "Souss-Massa-Draa")


def test_a_curated_seat_replaces_the_generated_one():
    menaka = admin1_by_code("ML", "12070577")
    assert menaka is not None and menaka.seat_geonameid == 2453514  # Menaka town itself


def test_french_2016_regions_are_named_by_code_as_acled_writes_them():
    # GeoNames' snapshot carries the new regions' codes under the old regions' names.
    assert admin1_name("FR", "76") == "Occitanie" and admin1_name("FR", "53") == "Bretagne"
    assert admin1_name("FR", "84") == "Auvergne-Rhone-Alpes"
    assert admin1_name("FR", "44") == "Grand Est"
    assert admin1_name("FR", "75") == "Nouvelle-Aquitaine"
    brittany = admin1_by_code("FR", "53")
    assert brittany is not None and "Brittany" in brittany.aliases
    centre = admin1_by_code("FR", "24")
    assert centre is not None and "Centre" not in centre.aliases  # no stale one-word alias


def test_capital_districts_and_regions_under_acled_spellings():
    assert admin1_name("AR", "07") == "Ciudad Autonoma de Buenos Aires"
    assert admin1_name("BR", "07") == "Federal District"  # not cleaned to "Federal"
    assert admin1_name("GE", "04") == "Adjara" and admin1_name("SO", "05") == "Galgaduud"


def test_papua_new_guinea_highland_provinces_exist():
    assert admin1_name("PG", "19") == "Enga" and admin1_name("PG", "21") == "Hela"
    enga = admin1_by_code("PG", "19")
    assert enga is not None and enga.seat_geonameid == 2084246  # Wabag


def test_merged_french_regions_stay_aliases_of_the_new_ones():
    new = admin1_by_code("FR", "84")
    assert new is not None and "Rhone-Alpes" in new.aliases and "Auvergne" in new.aliases


def test_iran_egypt_and_baku_carry_acled_spellings():
    # Iran follows GADM (Esfahan, West Azarbaijan, Kordestan); Egypt English names; GeoNames
    # names stay aliases, so a gold row in either spelling matches.
    assert admin1_name("IR", "28") == "Esfahan" and admin1_name("IR", "01") == "West Azarbaijan"
    assert admin1_name("IR", "16") == "Kordestan" and admin1_name("IR", "41") == "South Khorasan"
    assert admin1_name("EG", "01") == "Dakahlia" and admin1_name("EG", "10") == "Minya"
    assert admin1_name("EG", "23") == "Qena" and admin1_name("EG", "21") == "Kafr El Sheikh"
    assert admin1_name("AZ", "09") == "Baku"
    assert admin1_match("Esfahan", "Isfahan") and admin1_match("Qena", "Qina")
    assert admin1_match("Ardabil", "Ardebil") and admin1_match("Sohag", "Suhaj")


def test_acled_splits_shan_and_bago_by_district():
    from dateline.gazetteer.admin import acled_admin1

    assert acled_admin1("MM", "Shan", "", (22.95, 97.16)) == "Shan-North"  # Namhsan
    assert acled_admin1("MM", "Shan", "", (20.45, 99.88)) == "Shan-East"  # Tachileik
    assert acled_admin1("MM", "Shan", "", (20.63, 96.56)) == "Shan-South"  # Kalaw
    assert acled_admin1("MM", "Bago", "", (18.49, 95.51)) == "Bago-West"  # Paungde
    assert acled_admin1("MM", "Bago", "", (18.94, 96.43)) == "Bago-East"  # Taungoo
    assert acled_admin1("MM", "Sagaing", "", (22.0, 95.0)) == "Sagaing"
    assert acled_admin1("MM", "Shan", "") == "Shan"  # no point: GeoNames' division


def test_bahrain_governorates_delhi_and_andalucia_carry_acled_names():
    # GeoNames' generated table named Bahrain's Capital (Manama, Sitra) and Southern (Riffa)
    # governorates "Northern"; the Northern one (Hamad Town) is code 19.
    assert [admin1_name("BH", c) for c in ("16", "17", "19")] == [
        "Capital", "Southern", "Northern"]
    assert admin1_name("IN", "07") == "Delhi" and admin1_match("Delhi", "NCT")
    assert admin1_name("ES", "51") == "Andalucia" and admin1_match("Andalusia", "Andalucia")
