"""Who is actor1 and actor2: a scored table of varied reports (many countries and registers:
ACLED analyst notes, wire copy, translated local reports, headlines) with the actors ACLED would
code, plus exact checks of each role rule. Names are compared as the evaluator compares them
(regime years ignored, a name may start the other)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dateline.evaluation.compare import actors_match
from dateline.model import Article, Event
from dateline.pipeline import Pipeline

# (text, published, actor1, actor2 as ACLED would code them; "" = no second actor)
PROBES: list[tuple[str, str, str, str]] = [
    (
        "On 12 April 2023, unidentified gunmen shot dead a local councillor in Kalaat "
        "(Nineveh).",
        "2023-04-13", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)",
    ),
    (
        "On 3 May 2024, Military Forces of Burkina Faso and VDP clashed with JNIM militants "
        "near Djibo (Sahel). 14 fatalities.",
        "2024-05-04", "Military Forces of Burkina Faso",
        "JNIM: Group for Support of Islam and Muslims",
    ),
    (
        "Gunmen killed five villagers in an attack on Kwall in Plateau state on Sunday, police "
        "said.",
        "2024-04-15", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
    ),
    (
        "Bandits abducted 20 passengers on the Kaduna-Abuja highway on Tuesday.",
        "2024-02-14", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
    ),
    (
        "Suspected militants ambushed a military patrol near Mocimboa da Praia on Monday, "
        "killing three soldiers.",
        "2023-09-12", "Islamic State (Mozambique)", "Military Forces of Mozambique",
    ),
    (
        "Security forces fired tear gas to disperse hundreds of protesters in Nairobi on "
        "Tuesday.",
        "2024-06-26", "Protesters (Kenya)", "Police Forces of Kenya",
    ),
    (
        "Police opened fire on protesters in Nairobi on Tuesday, killing two people.",
        "2024-06-26", "Police Forces of Kenya", "Protesters (Kenya)",
    ),
    (
        "Police arrested 15 opposition activists in Harare on Saturday.",
        "2024-03-10", "Police Forces of Zimbabwe", "Protesters (Zimbabwe)",
    ),
    (
        "Russian forces shelled the city of Kherson on Monday, killing two civilians, regional "
        "officials said.",
        "2024-01-09", "Military Forces of Russia", "Civilians (Ukraine)",
    ),
    (
        "Turkish drones struck a vehicle near Qamishli in northeast Syria on Thursday, killing "
        "two SDF fighters.",
        "2023-10-06", "Military Forces of Turkey", "SDF: Syrian Democratic Forces",
    ),
    (
        "Israeli warplanes struck a house in the Jabalia refugee camp in Gaza on Friday, "
        "killing seven civilians.",
        "2023-11-10", "Military Forces of Israel", "Civilians (Palestine)",
    ),
    (
        "An Israeli drone strike hit a car near Tyre in southern Lebanon on Wednesday, killing "
        "a Hezbollah commander.",
        "2024-03-14", "Military Forces of Israel", "Hezbollah",
    ),
    (
        "Turkish warplanes bombed suspected PKK positions in the Qandil mountains of northern "
        "Iraq on Sunday.",
        "2023-07-03", "Military Forces of Turkey", "PKK: Kurdistan Workers Party",
    ),
    (
        "Members of the Hausa and Funj communities clashed in Blue Nile state on Saturday, "
        "leaving 12 dead.",
        "2022-07-17", "Hausa Ethnic Militia (Sudan)", "Funj Ethnic Militia (Sudan)",
    ),
    (
        "Armed youths from the Lou Nuer community attacked Murle villages in Pibor on Sunday, "
        "killing 30 people.",
        "2023-03-06", "Lou Nuer Ethnic Militia (South Sudan)", "Civilians (South Sudan)",
    ),
    (
        "Herders and farmers clashed in Benue state on Monday, killing eight.",
        "2024-05-07", "Unidentified Communal Militia (Nigeria)",
        "Unidentified Communal Militia (Nigeria)",
    ),
    (
        "Fulani herdsmen killed 12 farmers in Guma, Benue state, on Sunday.",
        "2024-04-08", "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)",
    ),
    (
        "Al-Shabaab fighters attacked a military base in Lower Shabelle on Friday. The army "
        "said 15 militants were killed.",
        "2024-02-10", "Al Shabaab", "Military Forces of Somalia",
    ),
    (
        "A roadside bomb killed four soldiers in Balochistan on Monday. No group claimed "
        "responsibility.",
        "2024-02-06", "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan",
    ),
    (
        "A suicide bomber blew himself up at a mosque in Peshawar on Friday, killing 56 "
        "worshippers. Islamic State claimed responsibility.",
        "2022-03-05", "Islamic State", "Civilians (Pakistan)",
    ),
    (
        "Soldiers killed 14 militants in a raid on a hideout in North Waziristan on Wednesday, "
        "the military said.",
        "2024-03-21", "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)",
    ),
    (
        "Unidentified assailants torched a church in Kaduna state overnight.",
        "2024-01-22", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
    ),
    (
        "Rioters set fire to a police station in Dhaka on Thursday.",
        "2024-07-19", "Rioters (Bangladesh)", "Police Forces of Bangladesh",
    ),
    (
        "Angry residents lynched a suspected thief in Kampala on Monday.",
        "2024-05-14", "Rioters (Uganda)", "Civilians (Uganda)",
    ),
    (
        "Hundreds of students marched peacefully in Dakar on Friday to demand the release of "
        "their classmates.",
        "2024-02-10", "Protesters (Senegal)", "",
    ),
    (
        "The Arakan Army seized the town of Paletwa in Chin state on Monday after days of "
        "fighting with the military.",
        "2024-01-16", "AA: Arakan Army", "Military Forces of Myanmar",
    ),
    (
        "M23 rebels clashed with FARDC troops and Wazalendo fighters near Sake on Wednesday.",
        "2024-02-08", "M23: March 23 Movement",
        "Military Forces of the Democratic Republic of Congo",
    ),
    (
        "The RSF shelled residential neighbourhoods of El Fasher on Sunday, killing 12 "
        "civilians.",
        "2024-06-10", "Rapid Support Forces", "Civilians (Sudan)",
    ),
    (
        "Sudanese army aircraft bombed a market in Nyala on Monday, killing 20 people.",
        "2024-06-11", "Military Forces of Sudan", "Civilians (Sudan)",
    ),
    (
        "Gunmen on motorbikes attacked a village near Djibo on Thursday, killing 20 civilians, "
        "local sources said.",
        "2023-05-12", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)",
    ),
    (
        "Suspected jihadists killed 15 civilians in Tillaberi region in western Niger on "
        "Tuesday.",
        "2024-03-20", "Unidentified Armed Group (Niger)", "Civilians (Niger)",
    ),
    (
        "Malian troops and Wagner mercenaries killed dozens of civilians in Moura, in the Mopti"
        " region of Mali, witnesses said.",
        "2022-04-02", "Military Forces of Mali", "Civilians (Mali)",
    ),
    (
        "A gang attacked the Haitian capital's Solino neighbourhood on Tuesday, killing at "
        "least ten residents.",
        "2024-05-01", "Unidentified Gang (Haiti)", "Civilians (Haiti)",
    ),
    (
        "Police clashed with gang members in Port-au-Prince on Monday, killing five suspected "
        "gangsters.",
        "2024-04-16", "Police Forces of Haiti", "Unidentified Gang (Haiti)",
    ),
    (
        "Houthi forces fired a missile at a commercial ship in the Red Sea on Saturday.",
        "2024-01-27", "Ansar Allah", "",
    ),
    (
        "Ukrainian drones struck an oil depot in Russia's Bryansk region overnight, the "
        "governor said.",
        "2024-01-19", "Military Forces of Ukraine", "",
    ),
    (
        "Indian security forces killed two militants in a gunfight in Kulgam district on "
        "Sunday, police said.",
        "2024-05-06", "Military Forces of India", "Unidentified Armed Group (India)",
    ),
    (
        "Maoists killed a villager they suspected of being a police informer in Bijapur on "
        "Saturday.",
        "2024-03-03", "CPI (Maoist): Communist Party of India (Maoist)", "Civilians (India)",
    ),
    (
        "Two people were killed when police fired on stone-throwing protesters in Srinagar on "
        "Friday.",
        "2024-05-11", "Rioters (India)", "Police Forces of India",
    ),
    (
        "Unknown gunmen shot dead a journalist in Mogadishu on Saturday.",
        "2024-02-11", "Unidentified Armed Group (Somalia)", "Civilians (Somalia)",
    ),
    (
        "Boko Haram fighters abducted 30 women collecting firewood near Gamboru on Friday.",
        "2024-03-09", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
        "Civilians (Nigeria)",
    ),
    (
        "Security forces killed five suspected Boko Haram fighters near Maiduguri on Monday.",
        "2024-03-12", "Military Forces of Nigeria",
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
    ),
    (
        "Separatist fighters killed two soldiers in an attack on a checkpoint in Bamenda on "
        "Tuesday.",
        "2024-03-13", "Ambazonian Separatists", "Military Forces of Cameroon",
    ),
    (
        "Gunmen believed to be Ambazonian separatists kidnapped a school principal in Kumbo.",
        "2024-03-13", "Ambazonian Separatists", "Civilians (Cameroon)",
    ),
    (
        "Militiamen killed 15 displaced people in Djugu territory on Saturday. Local officials "
        "blamed CODECO.",
        "2024-02-04", "CODECO: Cooperative for Development of Congo",
        "Civilians (Democratic Republic of Congo)",
    ),
    (
        "The ADF killed 18 civilians in an attack on a village in Beni territory on Thursday.",
        "2024-02-02", "ADF: Allied Democratic Forces", "Civilians (Democratic Republic of Congo)",
    ),
    (
        "Taliban forces clashed with NRF fighters in Panjshir on Monday.",
        "2023-05-09", "Taliban", "NRF: National Resistance Front",
    ),
    (
        "Pakistani Taliban militants attacked a police post in Khyber Pakhtunkhwa on Thursday, "
        "killing four policemen.",
        "2024-01-12", "TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan",
    ),
    (
        "Hamas fighters fired rockets at Tel Aviv on Saturday.",
        "2023-10-08", "Hamas Movement", "",
    ),
    (
        "Israeli forces arrested 12 Palestinians in raids across the West Bank overnight.",
        "2024-02-20", "Military Forces of Israel", "Civilians (Palestine)",
    ),
    (
        "Israeli settlers attacked the village of Huwara on Sunday, burning homes and cars.",
        "2023-02-27", "Settlers (Israel)", "Civilians (Palestine)",
    ),
    (
        "Cartel gunmen killed six people at a party in Guanajuato on Saturday.",
        "2024-03-04", "Unidentified Gang (Mexico)", "Civilians (Mexico)",
    ),
    (
        "Police in Rio de Janeiro killed eight suspected drug traffickers during an operation "
        "in the Mare favela.",
        "2024-03-10", "Police Forces of Brazil", "Unidentified Gang (Brazil)",
    ),
    (
        "FARC dissidents attacked a police station in Cauca on Wednesday with explosives.",
        "2024-05-23", "FARC Dissidents", "Police Forces of Colombia",
    ),
    (
        "ELN guerrillas kidnapped two soldiers in Arauca.",
        "2024-04-11", "ELN: National Liberation Army", "Military Forces of Colombia",
    ),
    (
        "Myanmar junta airstrikes killed 20 villagers in Sagaing region on Tuesday.",
        "2024-03-20", "Military Forces of Myanmar", "Civilians (Myanmar)",
    ),
    (
        "PDF fighters ambushed a military convoy in Magway region, killing 10 soldiers.",
        "2024-02-15", "PDF: People's Defense Force", "Military Forces of Myanmar",
    ),
    (
        "Fighters of the TPLF clashed with Ethiopian troops near Alamata on Monday.",
        "2021-11-02", "TPLF: Tigray People's Liberation Front", "Military Forces of Ethiopia",
    ),
    (
        "Fano militiamen attacked a police station in Gondar, freeing prisoners.",
        "2023-08-05", "Fano Militia", "Police Forces of Ethiopia",
    ),
    (
        "Ethiopian federal forces killed 10 civilians in Merawi, residents said.",
        "2024-01-30", "Military Forces of Ethiopia", "Civilians (Ethiopia)",
    ),
    (
        "Police in Lagos arrested 40 people suspected of planning a protest.",
        "2024-08-01", "Police Forces of Nigeria", "Civilians (Nigeria)",
    ),
    (
        "Security forces arrested three suspected Islamic State members in Diyala on Sunday.",
        "2024-03-10", "Police Forces of Iraq", "Islamic State (Iraq)",
    ),
    (
        "Russian airstrikes hit a market in Idlib province on Sunday, killing nine civilians, "
        "rescuers said.",
        "2023-10-23", "Military Forces of Russia", "Civilians (Syria)",
    ),
    (
        "Syrian government forces shelled villages in southern Idlib on Tuesday.",
        "2023-10-10", "Military Forces of Syria", "",
    ),
    (
        "Cattle raiders from South Sudan killed 13 people in Turkana county.",
        "2024-04-02", "Unidentified Armed Group (South Sudan)", "Civilians (Kenya)",
    ),
    (
        "Armed men kidnapped a Catholic priest in Enugu state on Sunday.",
        "2024-04-08", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
    ),
    (
        "Demonstrators threw stones at police who responded with tear gas in Conakry on "
        "Thursday.",
        "2024-03-01", "Rioters (Guinea)", "Police Forces of Guinea",
    ),
    (
        "Protesters blocked roads in Lima on Wednesday demanding the president's resignation.",
        "2023-01-05", "Protesters (Peru)", "",
    ),
    (
        "Unidentified gunmen killed a police officer in Quetta.",
        "2024-06-02", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan",
    ),
    (
        "A landmine explosion killed three civilians near Kayes.",
        "2024-06-02", "Unidentified Armed Group (Mali)", "Civilians (Mali)",
    ),
    (
        "In Ouham prefecture, 3R rebels attacked Fulani herders on Tuesday, killing four.",
        "2024-05-08", "3R: Return, Reclamation, Rehabilitation",
        "Civilians (Central African Republic)",
    ),
    (
        "The gendarmerie killed three armed bandits in a shootout near Maradi.",
        "2024-02-04", "Police Forces of Niger", "Unidentified Armed Group (Niger)",
    ),
    (
        "Riot police fired tear gas and rubber bullets at thousands of opposition supporters in"
        " Kinshasa on Thursday.",
        "2024-01-12", "Protesters (Democratic Republic of Congo)",
        "Police Forces of the Democratic Republic of Congo",
    ),
    (
        "Security forces shot dead three protesters in Freetown on Wednesday as demonstrations "
        "over the cost of living turned violent.",
        "2022-08-11", "Police Forces of Sierra Leone", "Protesters (Sierra Leone)",
    ),
    (
        "Soldiers opened fire on demonstrators in Mandalay, killing four people, witnesses "
        "said.",
        "2021-03-04", "Military Forces of Myanmar", "Protesters (Myanmar)",
    ),
    (
        "Hundreds of people took to the streets of Bamako on Friday to protest against the "
        "French military presence.",
        "2022-01-15", "Protesters (Mali)", "",
    ),
    (
        "Police arrested a prominent opposition politician at his home in Kampala on Monday.",
        "2024-02-13", "Police Forces of Uganda", "Civilians (Uganda)",
    ),
    (
        "Soldiers detained five journalists covering the clashes in Goma.",
        "2024-02-13", "Military Forces of the Democratic Republic of Congo",
        "Civilians (Democratic Republic of Congo)",
    ),
    (
        "Israeli troops killed two Palestinian gunmen during a raid in Jenin on Tuesday, the "
        "army said.",
        "2023-07-05", "Military Forces of Israel", "Unidentified Armed Group (Palestine)",
    ),
    (
        "An Israeli airstrike on a house in Rafah killed 12 members of one family, health "
        "officials said.",
        "2024-02-10", "Military Forces of Israel", "Civilians (Palestine)",
    ),
    (
        "Russian troops captured the village of Krasnohorivka in Donetsk region, the Russian "
        "defence ministry said.",
        "2024-09-10", "Military Forces of Russia", "",
    ),
    (
        "Turkish artillery shelled villages near Tal Rifaat held by Kurdish-led forces.",
        "2022-11-22", "Military Forces of Turkey", "SDF: Syrian Democratic Forces",
    ),
    (
        "US forces conducted an airstrike against al-Shabaab militants near Jilib on Sunday, "
        "AFRICOM said.",
        "2023-12-04", "Military Forces of the United States", "Al Shabaab",
    ),
    (
        "Houthi rebels fired a ballistic missile at Saudi Arabia's Jizan on Saturday; it was "
        "intercepted by Saudi air defences.",
        "2021-06-05", "Military Forces of Saudi Arabia", "Ansar Allah",
    ),
    (
        "Saudi-led coalition warplanes bombed a Houthi-held district of Sanaa overnight.",
        "2021-06-05", "Military Forces of Saudi Arabia", "Ansar Allah",
    ),
    (
        "Gunmen stormed a church in Owo, Ondo state, during Sunday mass, killing at least 40 "
        "worshippers.",
        "2022-06-06", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
    ),
    (
        "Suspected ISWAP fighters killed 10 farmers in Borno state on Saturday.",
        "2024-01-14", "Islamic State (West Africa)", "Civilians (Nigeria)",
    ),
    (
        "Troops of Operation Hadin Kai killed 12 Boko Haram terrorists in Sambisa forest.",
        "2024-01-14", "Military Forces of Nigeria",
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
    ),
    (
        "Militants attacked a checkpoint in North Sinai on Thursday, killing five Egyptian "
        "soldiers.",
        "2022-05-13", "Unidentified Armed Group (Egypt)", "Military Forces of Egypt",
    ),
    (
        "Two policemen were killed when gunmen attacked their patrol in Zamfara.",
        "2024-01-14", "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria",
    ),
    (
        "A bomb exploded at a bus station in Kabul on Tuesday, killing four people. No group "
        "claimed responsibility.",
        "2022-06-08", "Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)",
    ),
    (
        "Al-Shabaab claimed responsibility for a car bomb that killed 10 people outside a hotel"
        " in Mogadishu.",
        "2024-03-15", "Al Shabaab", "Civilians (Somalia)",
    ),
    (
        "The Kenyan military said its troops killed 8 al-Shabaab militants in Boni forest.",
        "2024-03-15", "Military Forces of Kenya", "Al Shabaab",
    ),
    (
        "Police said unknown attackers threw a grenade at a bar in Bujumbura, wounding 12 "
        "people.",
        "2024-03-15", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)",
    ),
    (
        "Armed men abducted 15 students from a school in Kuriga, Kaduna state.",
        "2024-03-08", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
    ),
    (
        "Unidentified gunmen killed three Chinese nationals working at a mine in South Kivu.",
        "2024-03-08", "Unidentified Armed Group (Democratic Republic of Congo)",
        "Civilians (China)",
    ),
    (
        "Security forces clashed with Baloch militants in Kech district, the military's media "
        "wing said.",
        "2024-03-08", "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)",
    ),
    (
        "BLA militants attacked a naval air station in Turbat on Monday night.",
        "2024-03-26", "BLA: Balochistan Liberation Army", "Military Forces of Pakistan",
    ),
    (
        "Students clashed with police in Dhaka on Tuesday as protests over job quotas spread.",
        "2024-07-16", "Rioters (Bangladesh)", "Police Forces of Bangladesh",
    ),
    (
        "Supporters of rival parties fought with machetes in Abidjan, leaving two dead.",
        "2020-10-20", "Rioters (Ivory Coast)", "Rioters (Ivory Coast)",
    ),
    (
        "A mob burned a man accused of blasphemy to death in Sialkot.",
        "2021-12-04", "Rioters (Pakistan)", "Civilians (Pakistan)",
    ),
    (
        "Hundreds of women marched through Khartoum demanding justice for victims, and security"
        " forces fired tear gas to disperse them.",
        "2022-01-18", "Protesters (Sudan)", "Police Forces of Sudan",
    ),
    (
        "Men armed with machetes attacked the village of Ngouma, killing six, in what police "
        "called a communal dispute over land.",
        "2024-01-18", "Unidentified Communal Militia (Cameroon)", "Civilians (Cameroon)",
    ),
    (
        "Wagner fighters and Malian soldiers executed 30 men in the village of Hombori.",
        "2022-11-18", "Military Forces of Mali", "Civilians (Mali)",
    ),
    (
        "The Malian army said it had killed 20 terrorists in an air strike near Menaka.",
        "2023-11-18", "Military Forces of Mali", "Unidentified Armed Group (Mali)",
    ),
    (
        "JNIM militants besieging Djibo attacked a supply convoy escorted by the army, killing "
        "12 soldiers.",
        "2023-11-18", "JNIM: Group for Support of Islam and Muslims",
        "Military Forces of Burkina Faso",
    ),
    (
        "Islamic State Sahel Province fighters killed 17 villagers near Menaka.",
        "2023-11-18", "Islamic State (Sahel)", "Civilians (Mali)",
    ),
    (
        "Chadian troops clashed with Boko Haram fighters on the islands of Lake Chad, killing "
        "17 militants.",
        "2024-10-28", "Military Forces of Chad",
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
    ),
    (
        "Rwandan soldiers killed a Congolese soldier who crossed the border near Gisenyi, the "
        "Rwandan army said.",
        "2022-06-17", "Military Forces of Rwanda",
        "Military Forces of the Democratic Republic of Congo",
    ),
    (
        "Azerbaijani forces shelled Armenian positions near Jermuk on Tuesday.",
        "2022-09-13", "Military Forces of Azerbaijan", "Military Forces of Armenia",
    ),
    (
        "Indian troops and Pakistani troops exchanged fire along the Line of Control.",
        "2024-09-13", "Military Forces of India", "Military Forces of Pakistan",
    ),
    (
        "The Thai army said suspected insurgents detonated a bomb in Narathiwat, wounding two "
        "rangers.",
        "2024-09-13", "Unidentified Armed Group (Thailand)", "Military Forces of Thailand",
    ),
    (
        "Suspected NPA rebels ambushed an army patrol in Samar, killing a soldier.",
        "2024-09-13", "NPA: New People's Army", "Military Forces of the Philippines",
    ),
    (
        "Colombian soldiers killed four members of the Clan del Golfo in Antioquia.",
        "2024-09-13", "Military Forces of Colombia",
        "AGC: Gaitanista Self-Defense Forces of Colombia",
    ),
    (
        "Gang members killed a police officer in Tegucigalpa on Friday.",
        "2024-09-13", "Unidentified Gang (Honduras)", "Police Forces of Honduras",
    ),
    (
        "Mexican soldiers clashed with cartel gunmen in Culiacan, killing 19 suspects.",
        "2024-09-13", "Military Forces of Mexico", "Unidentified Gang (Mexico)",
    ),
    (
        "Haitian police and Kenyan officers of the multinational mission clashed with Viv "
        "Ansanm gang members in Port-au-Prince.",
        "2024-09-13", "Police Forces of Haiti", "Viv Ansanm",
    ),
    (
        "A farmer was hacked to death by herdsmen in Benue on Monday, police said.",
        "2024-09-10", "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)",
    ),
    (
        "Police dispersed a peaceful sit-in by teachers in Tegucigalpa and arrested 12.",
        "2024-09-10", "Protesters (Honduras)", "Police Forces of Honduras",
    ),
    (
        "Armed Fulani militiamen attacked Dogon villages in Bankass circle, killing 20.",
        "2022-09-10", "Fulani Ethnic Militia (Mali)", "Civilians (Mali)",
    ),
    (
        "Dozo hunters attacked a Fulani village near Djenne, killing seven.",
        "2022-09-10", "Dozo Militia", "Civilians (Mali)",
    ),
    (
        "Ukrainian forces shot down 20 Russian drones overnight, the air force said.",
        "2024-09-10", "Military Forces of Ukraine", "Military Forces of Russia",
    ),
    (
        "A Russian missile strike on Kharkiv killed six people.",
        "2024-09-10", "Military Forces of Russia", "Civilians (Ukraine)",
    ),
    (
        "Explosions hit Russian-occupied Melitopol after a Ukrainian strike.",
        "2024-09-10", "Military Forces of Ukraine", "Military Forces of Russia",
    ),
    (
        "In the city of Sittwe, junta soldiers arrested 30 Rohingya men.",
        "2024-09-10", "Military Forces of Myanmar", "Civilians (Myanmar)",
    ),
    (
        "Government forces and allied militia recaptured the town of Kurmuk from rebels.",
        "2024-09-10", "Military Forces of Sudan", "Unidentified Armed Group (Sudan)",
    ),
    (
        "The Islamic State group claimed the assassination of a Taliban official in Balkh.",
        "2024-09-10", "Islamic State Khorasan Province (ISKP)", "Taliban",
    ),
]
# Measured 2026-11-26: actor1 119/127, actor2 119/127. Pinned slightly below; never lower.
ACTOR1_FLOOR = 0.91
ACTOR2_FLOOR = 0.91

# A later round (protests, arrests, transfers, headlines): written after the rules above, so
# closer to unseen text. Measured actor1 46/54 (0.852), actor2 44/54 (0.815).
LATER_PROBES: list[tuple[str, str, str, str]] = [
    (
        "Police fired live rounds at protesters in Khartoum on Thursday, killing three, medics "
        "said.",
        "2022-01-14", "Police Forces of Sudan", "Protesters (Sudan)",
    ),
    (
        "Thousands rallied in Tbilisi against the foreign agents bill; police used water cannon"
        " to disperse them.",
        "2024-05-02", "Protesters (Georgia)", "Police Forces of Georgia",
    ),
    (
        "Opposition supporters burned tyres and threw stones at police in Conakry.",
        "2024-03-01", "Rioters (Guinea)", "Police Forces of Guinea",
    ),
    (
        "Farmers protested outside the district office in Ludhiana on Monday demanding crop "
        "price guarantees.",
        "2024-02-13", "Protesters (India)", "",
    ),
    (
        "Police detained 25 members of the banned Hizb ut-Tahrir in Dhaka.",
        "2024-02-13", "Police Forces of Bangladesh", "Civilians (Bangladesh)",
    ),
    (
        "Burkinabe authorities arrested four army officers accused of plotting a coup.",
        "2024-02-13", "Military Forces of Burkina Faso", "Military Forces of Burkina Faso",
    ),
    (
        "Houthi rebels announced they had established a new military base near the Saudi "
        "border.",
        "2024-02-13", "Ansar Allah", "",
    ),
    (
        "Al-Shabaab fighters withdrew from the town of Mahas after government forces and "
        "Macawisley militia advanced.",
        "2023-02-13", "Military Forces of Somalia", "Al Shabaab",
    ),
    (
        "Government troops backed by Russian mercenaries recaptured the town of Kidal from "
        "Tuareg rebels on Tuesday.",
        "2023-11-15", "Military Forces of Mali",
        "CSP-PSD: Permanent Strategic Framework for Peace Security and Development",
    ),
    (
        "M23 rebels took control of the town of Rubaya on Tuesday after government forces "
        "withdrew.",
        "2024-05-01", "M23: March 23 Movement",
        "Military Forces of the Democratic Republic of Congo",
    ),
    (
        "The army defused a roadside bomb planted on the Kabul-Jalalabad highway, officials "
        "said.",
        "2023-05-01", "Military Forces of Afghanistan", "",
    ),
    (
        "Suspected Boko Haram insurgents killed 12 fishermen near Lake Chad, a militia leader "
        "said.",
        "2024-05-01", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
        "Civilians (Nigeria)",
    ),
    (
        "Police said a man threw a grenade into a crowd at a political rally in Mogadishu.",
        "2024-05-01", "Unidentified Armed Group (Somalia)", "Civilians (Somalia)",
    ),
    (
        "Masked men set fire to a school in Ntui overnight, residents said.",
        "2024-05-01", "Unidentified Armed Group (Cameroon)", "Civilians (Cameroon)",
    ),
    (
        "According to local sources, the terrorists attacked the Solhan village, killing 132 "
        "civilians.",
        "2021-06-06", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)",
    ),
    (
        "The enemy shelled Nikopol district with heavy artillery, wounding a 60-year-old man, "
        "the regional governor said.",
        "2024-05-01", "Military Forces of Russia", "Civilians (Ukraine)",
    ),
    (
        "Occupiers dropped a guided aerial bomb on Kostiantynivka; two civilians were killed.",
        "2024-05-01", "Military Forces of Russia", "Civilians (Ukraine)",
    ),
    (
        "Russian forces attacked Ukrainian positions near Bakhmut with artillery and drones.",
        "2023-05-01", "Military Forces of Russia", "Military Forces of Ukraine",
    ),
    (
        "Islamic State militants attacked a Syrian army bus near Palmyra, killing 20 soldiers.",
        "2023-08-11", "Islamic State (Syria)", "Military Forces of Syria",
    ),
    (
        "Hezbollah fired anti-tank missiles at an Israeli military post near Metula.",
        "2024-01-11", "Hezbollah", "Military Forces of Israel",
    ),
    (
        "Israeli jets struck Hezbollah targets in the Bekaa valley overnight, the army said.",
        "2024-03-11", "Military Forces of Israel", "Hezbollah",
    ),
    (
        "US forces in Syria came under drone attack at the Tanf garrison; the Islamic "
        "Resistance in Iraq claimed it.",
        "2024-01-11", "Islamic Resistance in Iraq", "Military Forces of the United States",
    ),
    (
        "A Turkish drone killed three PKK members near Sinjar, Kurdish officials said.",
        "2023-06-11", "Military Forces of Turkey", "PKK: Kurdistan Workers Party",
    ),
    (
        "Two Kenyan soldiers were killed when their vehicle struck an IED in Lamu county. Al-"
        "Shabaab claimed the attack.",
        "2023-06-11", "Al Shabaab", "Military Forces of Kenya",
    ),
    (
        "Clashes erupted between the army and the RSF in Omdurman on Friday.",
        "2023-06-11", "Military Forces of Sudan", "Rapid Support Forces",
    ),
    (
        "The Darfur Joint Forces repelled an RSF attack on El Fasher.",
        "2024-06-11", "Rapid Support Forces", "Darfur Joint Forces",
    ),
    (
        "Gendarmes arrested a journalist in Yaounde on Sunday.",
        "2024-06-11", "Police Forces of Cameroon", "Civilians (Cameroon)",
    ),
    (
        "Unknown gunmen assassinated the mayor of Tlalixcoyan in Veracruz.",
        "2024-06-11", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)",
    ),
    (
        "A suicide bomber targeted a police convoy in Quetta, killing three officers. The TTP "
        "claimed responsibility.",
        "2024-06-11", "TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan",
    ),
    (
        "Five soldiers were killed in a Taliban attack on a checkpoint in Helmand province.",
        "2019-06-11", "Taliban", "Military Forces of Afghanistan",
    ),
    (
        "Policemen beat protesting nurses in Lilongwe on Wednesday.",
        "2024-06-11", "Police Forces of Malawi", "Protesters (Malawi)",
    ),
    (
        "Armed men killed a traditional chief in the village of Bunia, Ituri province.",
        "2024-06-11", "Unidentified Armed Group (Democratic Republic of Congo)",
        "Civilians (Democratic Republic of Congo)",
    ),
    (
        "CODECO militiamen attacked a displacement camp at Plaine Savo, killing 60 people.",
        "2022-02-02", "CODECO: Cooperative for Development of Congo",
        "Civilians (Democratic Republic of Congo)",
    ),
    (
        "Soldiers of the Nigerien army killed 15 jihadists near the border with Mali.",
        "2024-02-02", "Military Forces of Niger", "Unidentified Armed Group (Niger)",
    ),
    (
        "A drone strike by the Burkinabe army killed dozens of people at a market in Tiona, "
        "witnesses said.",
        "2024-02-02", "Military Forces of Burkina Faso", "Civilians (Burkina Faso)",
    ),
    (
        "Unidentified assailants kidnapped two Italian nuns in Niamey.",
        "2024-02-02", "Unidentified Armed Group (Niger)", "Civilians (Italy)",
    ),
    (
        "Five soldiers killed in attack on army base in western Niger",
        "2024-03-01", "Unidentified Armed Group (Niger)", "Military Forces of Niger",
    ),
    (
        "Gunmen kill 10 villagers in northwest Nigeria",
        "2024-03-01", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
    ),
    (
        "At least 12 people were killed when suspected jihadists attacked a village in northern"
        " Burkina Faso on Sunday, a local official said.",
        "2024-03-01", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)",
    ),
    (
        "Troops repelled an attack by jihadists on a military post near Timbuktu, killing 15 "
        "assailants, the army said.",
        "2024-03-01", "Unidentified Armed Group (Mali)", "Military Forces of Mali",
    ),
    (
        "Three civilians were killed by a stray mortar round in Mogadishu's Hodan district.",
        "2024-03-01", "Unidentified Armed Group (Somalia)", "Civilians (Somalia)",
    ),
    (
        "Kenyan police killed two suspected al-Shabaab militants in Mandera.",
        "2024-03-01", "Police Forces of Kenya", "Al Shabaab",
    ),
    (
        "An airstrike by the Nigerian Air Force killed 20 bandits in Zamfara state.",
        "2024-03-01", "Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)",
    ),
    (
        "Somali forces, backed by US air strikes, retook the town of Harardhere from al-"
        "Shabaab.",
        "2024-03-01", "Military Forces of Somalia", "Al Shabaab",
    ),
    (
        "Pro-government militia fighters killed four rebels in Beni territory.",
        "2024-03-01", "Military Forces of the Democratic Republic of Congo",
        "Unidentified Armed Group (Democratic Republic of Congo)",
    ),
    (
        "A Hamas gunman opened fire at a bus stop in Jerusalem, killing three Israelis.",
        "2023-11-30", "Hamas Movement", "Civilians (Israel)",
    ),
    (
        "Israeli police shot dead a Palestinian who tried to stab officers at a checkpoint near"
        " Jerusalem.",
        "2024-03-01", "Police Forces of Israel", "Unidentified Armed Group (Palestine)",
    ),
    (
        "Unknown assailants set ablaze a polling station in Kogi state on election eve.",
        "2024-03-01", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
    ),
    (
        "Ethiopian federal police arrested 30 people in Addis Ababa accused of links to Fano.",
        "2024-03-01", "Police Forces of Ethiopia", "Civilians (Ethiopia)",
    ),
    (
        "Five people were abducted by gunmen in Kajuru.",
        "2024-03-01", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
    ),
    (
        "Taliban fighters beat women protesting in Kabul.",
        "2022-01-20", "Taliban", "Protesters (Afghanistan)",
    ),
    (
        "The Burkinabe army and its VDP auxiliaries killed dozens of civilians in the village "
        "of Nodin, Human Rights Watch said.",
        "2024-03-01", "Military Forces of Burkina Faso", "Civilians (Burkina Faso)",
    ),
    (
        "Suspected Fulani gunmen killed 8 worshippers at a church in Enugu.",
        "2024-03-01", "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)",
    ),
    (
        "The Syrian Observatory said regime shelling killed two children in Idlib.",
        "2023-03-01", "Military Forces of Syria", "Civilians (Syria)",
    ),
]
LATER_ACTOR1_FLOOR = 0.84
LATER_ACTOR2_FLOOR = 0.80

# Round 5 (actors that generalise): written before the rules that serve them, one block per kind
# the blind test split missed. (text, published, actor1, actor2, assoc_actor_1, assoc_actor_2);
# "" = no such actor; assoc names are compared as sets of names.
ROUND5_PROBES: list[tuple[str, str, str, str, str, str]] = [
    # the government as a party: agreements, changes to groups, other developments
    (
        "The Ethiopian government and the Tigray People's Liberation Front signed a peace "
        "agreement in Pretoria on Wednesday to end two years of war.",
        "2022-11-03", "Government of Ethiopia", "TPLF: Tigray People's Liberation Front", "", "",
    ),
    (
        "Colombia's government and the ELN agreed on Friday in Havana to extend their bilateral "
        "ceasefire for another six months.",
        "2024-02-10", "Government of Colombia", "ELN: National Liberation Army", "", "",
    ),
    (
        "On 12 March 2024, the Philippine government and the MILF signed a decommissioning "
        "deal in Cotabato City.",
        "2024-03-13", "Government of the Philippines", "MILF: Moro Islamic Liberation Front",
        "", "",
    ),
    (
        "Mozambique's government and RENAMO signed a permanent ceasefire agreement in the "
        "Gorongosa mountains on Thursday.",
        "2019-08-02", "Government of Mozambique", "RENAMO: Mozambican National Resistance",
        "", "",
    ),
    (
        "The Malian transitional government and the CMA agreed to a ceasefire in Algiers on "
        "Monday, mediators said.",
        "2022-06-14", "Government of Mali", "CMA: Coordination of Azawad Movements", "", "",
    ),
    (
        "Pakistan's federal government and the TLP reached an agreement late on Sunday to end "
        "the sit-in at Faizabad.",
        "2023-11-06", "Government of Pakistan", "TLP: Tehreek-e-Labbaik Pakistan", "", "",
    ),
    (
        "The Yemeni government and the Houthis agreed in Muscat on Friday to exchange 900 "
        "prisoners.",
        "2023-03-18", "Government of Yemen", "Ansar Allah", "", "",
    ),
    (
        "The Burkinabe government dissolved all political parties by decree on Saturday.",
        "2025-01-30", "Government of Burkina Faso", "", "", "",
    ),
    (
        "Niger's military government suspended the activities of all political parties on "
        "Wednesday until further notice.",
        "2023-08-03", "Government of Niger", "", "", "",
    ),
    (
        "Burundian authorities exhumed a mass grave holding the remains of 60 people in Karusi "
        "province on Monday.",
        "2020-02-04", "Government of Burundi", "", "", "",
    ),
    (
        "The Sudanese government and the SPLM-N signed a cessation of hostilities agreement in "
        "Juba on Saturday.",
        "2020-10-04", "Government of Sudan", "SPLM-N: Sudan People's Liberation Movement-North",
        "", "",
    ),
    # named allies: the second doer is actor1's associate
    (
        "JNIM and Ansarul Islam fighters attacked a military detachment in Djibo on Monday.",
        "2023-11-28", "JNIM: Group for Support of Islam and Muslims",
        "Military Forces of Burkina Faso", "Ansaroul Islam", "",
    ),
    (
        "Burkinabe soldiers and VDP volunteers killed 20 militants near Titao on Sunday, the "
        "army said.",
        "2024-05-13", "Military Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)",
        "VDP: Volunteers for the Defense of the Homeland", "",
    ),
    (
        "Russian troops and Wagner fighters clashed with Ukrainian forces near Bakhmut on "
        "Tuesday.",
        "2023-02-01", "Military Forces of Russia", "Military Forces of Ukraine",
        "Wagner Group", "",
    ),
    (
        "Government troops and allied Mai-Mai militiamen attacked M23 positions near Sake in "
        "North Kivu on Tuesday.",
        "2024-02-14", "Military Forces of the Democratic Republic of Congo",
        "M23: March 23 Movement", "Mai-Mai Militia", "",
    ),
    (
        "Somali forces and Ma'awisley militia recaptured the town of Adan Yabaal from "
        "al-Shabaab on Sunday.",
        "2022-12-07", "Military Forces of Somalia", "Al Shabaab", "Ma'awisley Militia", "",
    ),
    (
        "Hamas and Islamic Jihad militants fired rockets at Sderot on Monday, killing a woman.",
        "2023-05-16", "Hamas Movement", "Civilians (Israel)",
        "PIJ: Palestinian Islamic Jihad", "",
    ),
    (
        "Fighters of the Arakan Army and the TNLA seized a military base in Kyaukme on "
        "Thursday after three days of fighting with junta troops.",
        "2024-07-20", "AA: Arakan Army", "Military Forces of Myanmar",
        "TNLA: Ta'ang National Liberation Army", "",
    ),
    (
        "Malian soldiers and Africa Corps fighters killed 12 civilians in Diafarabe on Monday, "
        "residents said.",
        "2025-05-15", "Military Forces of Mali", "Civilians (Mali)", "Africa Corps", "",
    ),
    (
        "HTS and allied NLF fighters shelled government positions near Saraqib on Thursday.",
        "2020-02-08", "HTS: Hayat Tahrir al Sham", "Military Forces of Syria",
        "NLF: National Front for Liberation", "",
    ),
    (
        "TPLF and OLA forces captured the town of Kemise from government forces on Monday.",
        "2021-11-02", "TPLF: Tigray People's Liberation Front", "Military Forces of Ethiopia",
        "OLA: Oromo Liberation Army", "",
    ),
    (
        "Sudanese army troops and Darfur Joint Forces fighters repelled an RSF assault on El "
        "Fasher on Friday.",
        "2024-06-15", "Rapid Support Forces", "Military Forces of Sudan", "",
        "Darfur Joint Forces",
    ),
    # "X repelled an attack by Y": the attacker leads
    (
        "Soldiers repelled an attack by JNIM fighters on their base in Boni on Monday, killing "
        "15 assailants.",
        "2024-04-09", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali",
        "", "",
    ),
    (
        "The army said it repelled an attack by Boko Haram insurgents on a base in Gwoza, Borno "
        "state.",
        "2024-04-09", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
        "Military Forces of Nigeria", "", "",
    ),
    (
        "Nigerien troops foiled an attack by ISWAP fighters on their position in Diffa on "
        "Sunday.",
        "2024-04-09", "Islamic State (West Africa)", "Military Forces of Niger", "", "",
    ),
    (
        "Police repulsed an attack by bandits on a police station in Zamfara state on Tuesday, "
        "killing three of them.",
        "2024-04-10", "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria", "", "",
    ),
    (
        "Ukrainian troops repelled an assault by Russian forces near Chasiv Yar on Tuesday, the "
        "General Staff said.",
        "2024-04-10", "Military Forces of Russia", "Military Forces of Ukraine", "", "",
    ),
    (
        "Security forces thwarted an assault by al-Shabaab militants on a military base in "
        "Lower Shabelle on Wednesday.",
        "2024-04-11", "Al Shabaab", "Military Forces of Somalia", "", "",
    ),
    (
        "SDF fighters repelled an attack by Islamic State cells on a checkpoint in Deir ez-Zor "
        "on Saturday.",
        "2024-04-14", "Islamic State (Syria)", "SDF: Syrian Democratic Forces", "", "",
    ),
    (
        "An attack by M23 rebels on Sake was repelled by the army on Wednesday, a local "
        "official said.",
        "2024-02-08", "M23: March 23 Movement",
        "Military Forces of the Democratic Republic of Congo", "", "",
    ),
    (
        "Army repels Boko Haram attack on Monguno base",
        "2024-04-09", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
        "Military Forces of Nigeria", "", "",
    ),
    (
        "Pakistani troops repulsed a TTP attack on a border post in Kurram district, killing "
        "five militants.",
        "2024-04-09", "TTP: Tehreek-i-Taliban Pakistan", "Military Forces of Pakistan", "", "",
    ),
    (
        "Cameroonian soldiers beat back an attack by Ambazonian separatists on a checkpoint in "
        "Bamenda on Friday.",
        "2024-04-13", "Ambazonian Separatists", "Military Forces of Cameroon", "", "",
    ),
    # state forces by wording and country; foreign forces abroad
    (
        "Gendarmes killed two suspected jihadists at a checkpoint near Kaya on Sunday.",
        "2024-03-04", "Police Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)",
        "", "",
    ),
    (
        "Chadian troops killed 30 Boko Haram fighters on islands of Lake Chad in Nigeria's "
        "Borno state on Monday.",
        "2020-04-14", "Military Forces of Chad",
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "", "",
    ),
    (
        "Rwandan troops killed 15 Islamic State militants near Mocimboa da Praia on Monday.",
        "2021-08-10", "Military Forces of Rwanda", "Islamic State (Mozambique)", "", "",
    ),
    (
        "US forces conducted an airstrike against al-Shabaab near Jilib on Friday, AFRICOM "
        "said.",
        "2024-03-09", "Military Forces of the United States", "Al Shabaab", "", "",
    ),
    (
        "Egyptian police killed six suspected militants in a shootout in Giza on Tuesday, the "
        "interior ministry said.",
        "2019-05-08", "Police Forces of Egypt", "Unidentified Armed Group (Egypt)", "", "",
    ),
    (
        "Ethiopian federal police clashed with Fano militiamen in Bahir Dar on Thursday.",
        "2023-08-04", "Police Forces of Ethiopia", "Fano Militia", "", "",
    ),
    (
        "Nigerian police killed three kidnappers in a gunfight in Edo state on Saturday.",
        "2024-03-10", "Police Forces of Nigeria", "Unidentified Armed Group (Nigeria)", "", "",
    ),
    (
        "Pakistani Rangers killed two suspected militants in a raid in Karachi on Friday.",
        "2024-03-09", "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)",
        "", "",
    ),
    (
        "ELN guerrillas killed two police officers in an ambush in Arauca on Sunday.",
        "2024-03-11", "ELN: National Liberation Army", "Police Forces of Colombia", "", "",
    ),
    (
        "Eritrean troops killed dozens of civilians in Adwa in Ethiopia's Tigray region, "
        "witnesses said.",
        "2021-01-20", "Military Forces of Eritrea", "Civilians (Ethiopia)", "", "",
    ),
    (
        "Kenyan police officers deployed in Haiti clashed with gang members in Port-au-Prince "
        "on Sunday.",
        "2024-08-12", "Police Forces of Kenya", "Unidentified Gang (Haiti)", "", "",
    ),
    (
        "The gendarmerie arrested a journalist and two opposition politicians in Tahoua on "
        "Thursday.",
        "2024-03-08", "Police Forces of Niger", "Civilians (Niger)", "", "",
    ),
    # generic actors take the event's country; victims abroad keep their nationality
    (
        "Gunmen killed two Chinese workers at a mining site in Ituri province on Sunday.",
        "2024-03-11", "Unidentified Armed Group (Democratic Republic of Congo)",
        "Civilians (China)", "", "",
    ),
    (
        "Unidentified attackers kidnapped three Indian engineers in Mali's Kayes region on "
        "Monday.",
        "2024-07-02", "Unidentified Armed Group (Mali)", "Civilians (India)", "", "",
    ),
    (
        "A French aid worker was abducted by gunmen in Niamey on Saturday.",
        "2024-03-11", "Unidentified Armed Group (Niger)", "Civilians (France)", "", "",
    ),
    (
        "Militants killed 11 Pakistani labourers in Kech district of Balochistan on Saturday.",
        "2024-03-11", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", "", "",
    ),
    (
        "Unidentified gunmen shot dead a Nigerian trader in Bawku in northern Ghana on Monday.",
        "2024-03-12", "Unidentified Armed Group (Ghana)", "Civilians (Nigeria)", "", "",
    ),
    (
        "Armed men kidnapped two Moroccan truck drivers near Menaka on Tuesday.",
        "2024-03-13", "Unidentified Armed Group (Mali)", "Civilians (Morocco)", "", "",
    ),
    (
        "Bandits killed 12 farmers in a village in Zamfara state on Wednesday.",
        "2024-03-14", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "", "",
    ),
    (
        "Suspected ADF rebels killed 20 villagers in Beni territory overnight, local officials "
        "said.",
        "2024-03-14", "ADF: Allied Democratic Forces",
        "Civilians (Democratic Republic of Congo)", "", "",
    ),
    (
        "A mob beat three Afghan migrants in Kayseri on Sunday night, police said.",
        "2024-07-02", "Rioters (Turkey)", "Civilians (Afghanistan)", "", "",
    ),
    (
        "Gunmen abducted two Turkish engineers working on a road project near Kaduna on "
        "Tuesday.",
        "2024-03-14", "Unidentified Armed Group (Nigeria)", "Civilians (Turkey)", "", "",
    ),
    (
        "Suspected jihadists killed 14 Ghanaian traders in Burkina Faso's Sahel region on "
        "Saturday.",
        "2024-03-11", "Unidentified Armed Group (Burkina Faso)", "Civilians (Ghana)", "", "",
    ),
    # arrests: the force arrests; the arrested category is actor2 (arrests at a protest are
    # ACLED's "Protest with intervention": the protesters lead, the police intervene)
    (
        "Police arrested 30 protesters in Nairobi's central business district on Tuesday.",
        "2024-06-19", "Protesters (Kenya)", "Police Forces of Kenya", "", "",
    ),
    (
        "Turkish police detained 25 people suspected of links to the Islamic State in raids in "
        "Istanbul on Friday.",
        "2024-01-06", "Police Forces of Turkey", "Islamic State", "", "",
    ),
    (
        "The army arrested five suspected ELN members in Norte de Santander on Saturday.",
        "2024-01-07", "Military Forces of Colombia", "ELN: National Liberation Army", "", "",
    ),
    (
        "Police in Harare arrested 20 CCC supporters at a party meeting on Sunday.",
        "2024-01-08", "Police Forces of Zimbabwe", "CCC: Citizens Coalition for Change", "", "",
    ),
    (
        "Pakistani police arrested dozens of PTI workers in Lahore ahead of a planned rally.",
        "2024-01-08", "Police Forces of Pakistan", "PTI: Pakistan Tehreek-i-Insaf", "", "",
    ),
    (
        "Junta troops arrested 15 villagers in Sagaing region on Monday, accusing them of "
        "supporting the resistance.",
        "2024-01-09", "Military Forces of Myanmar", "Civilians (Myanmar)", "", "",
    ),
    (
        "Russian police detained at least 40 people at protests in Moscow against the "
        "mobilisation.",
        "2022-09-25", "Protesters (Russia)", "Police Forces of Russia", "", "",
    ),
    (
        "Indian police arrested three Lashkar-e-Taiba operatives in Srinagar on Sunday.",
        "2024-01-08", "Police Forces of India", "LeT: Lashkar-e-Taiba", "", "",
    ),
    (
        "The Taliban detained two female journalists in Kabul on Sunday, relatives said.",
        "2024-01-08", "Taliban", "Civilians (Afghanistan)", "", "",
    ),
    (
        "Iranian security forces arrested a journalist in Tehran on Saturday.",
        "2024-01-07", "Police Forces of Iran", "Civilians (Iran)", "", "",
    ),
    (
        "Security forces arrested 12 suspected Boko Haram members in Maiduguri on Thursday.",
        "2024-01-12", "Police Forces of Nigeria",
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "", "",
    ),
    (
        "Ugandan police arrested 18 students who were marching to parliament in Kampala.",
        "2024-07-24", "Protesters (Uganda)", "Police Forces of Uganda", "", "",
    ),
]
# Measured 2026-11-26 before the round-5 rules (first draft of the table): actor1 49/68,
# actor2 40/68, associates 59/68
# (no event counts as a miss); after: 62/68 (0.912), 61/68 (0.897), 63/68 (0.926). The misses
# left are mostly acts no trigger reads yet ("agreed to extend their ceasefire", "dissolved all
# political parties"). Pinned slightly below; never lower.
ROUND5_ACTOR1_FLOOR = 0.90
ROUND5_ACTOR2_FLOOR = 0.88
ROUND5_ASSOC_FLOOR = 0.91


# Round 6 (held-out kinds of batches 24-32, written before the rules that serve them): state
# police units coded as military, victims counted as "two men" in strikes, the arrested party,
# a target named only in the attacker's own account when plainly civilian dead are counted,
# claims of both attacks, victims accused of helping the army, police arresting afterwards,
# a foreign army hitting the host's servicemen, men who identified themselves as agents.
# masked/armed men, vehicles carrying people onto mines, forces sent in "to rescue ... and
# arrest", attackers "suspected of being" a named group. (text, published, actor1, actor2).
# Misses left: acts no trigger reads ("took a journalist from his home"), places that decide
# the country, "alleged members of X" in arrests, "a group of masked men" read as a crowd.
ROUND6_PROBES: list[tuple[str, str, str, str]] = [
    # police units of a state
    (
        "On 3 May 2025, a pressure IED planted by Maoists hit a vehicle carrying District "
        "Reserve Guard personnel near Bijapur (Chhattisgarh), killing 4 of them.",
        "2025-05-04",
        "CPI (Maoist): Communist Party of India (Maoist)",
        "Police Forces of India (2014-)",
    ),
    (
        "CRPF personnel and Maoists exchanged fire in the forests of West Singhbhum district "
        "on Tuesday; two Maoists were killed, police said.",
        "2025-02-12",
        "Police Forces of India (2014-)",
        "CPI (Maoist): Communist Party of India (Maoist)",
    ),
    (
        "Commandos of the C-60 force killed three Maoists in an encounter in Gadchiroli on "
        "Friday.",
        "2025-01-18",
        "Police Forces of India (2014-)",
        "CPI (Maoist): Communist Party of India (Maoist)",
    ),
    (
        "Special Task Force personnel shot dead two suspected Maoists during a search "
        "operation in Koraput district, Odisha, on Monday.",
        "2024-11-20",
        "Police Forces of India (2014-)",
        "CPI (Maoist): Communist Party of India (Maoist)",
    ),
    (
        "On 9 June 2025, the Rapid Action Battalion arrested 12 alleged members of "
        "Jamaat-ul-Mujahideen Bangladesh in Dhaka.",
        "2025-06-10",
        "Police Forces of Bangladesh (2024-)",
        "JMB: Jamaat-ul-Mujahideen Bangladesh",
    ),
    (
        "Gunmen attacked a Frontier Constabulary checkpoint in Dera Ismail Khan on Sunday "
        "night, killing two constables.",
        "2025-03-10",
        "Unidentified Armed Group (Pakistan)",
        "Police Forces of Pakistan (2024-)",
    ),
    (
        "Suspected ELN fighters fired on a patrol of the Carabineros in Arauca on Saturday, "
        "wounding two officers.",
        "2025-04-06",
        "ELN: National Liberation Army",
        "Police Forces of Colombia (2022-)",
    ),
    (
        "Men claiming to be intelligence agents took a journalist from his home in Caracas "
        "on Tuesday night; his whereabouts remain unknown.",
        "2025-02-05",
        "Police Forces of Venezuela (2013-)",
        "Civilians (Venezuela)",
    ),
    (
        "Gunmen killed three members of the Border Police in an ambush near the Iranian "
        "border on Thursday.",
        "2025-02-07",
        "Unidentified Armed Group (Iraq)",
        "Police Forces of Iraq (2022-)",
    ),
    (
        "Militants attacked a post of the Frontier Constabulary in Bannu late on Monday, "
        "killing four constables, officials said.",
        "2025-05-06",
        "Unidentified Armed Group (Pakistan)",
        "Police Forces of Pakistan (2024-)",
    ),
    # victims counted as men/women/people in a strike on a town
    (
        "On 4 June 2025, Russian forces shelled Kherson city with artillery, killing 2 men "
        "near the central market.",
        "2025-06-05",
        "Military Forces of Russia (2000-)",
        "Civilians (Ukraine)",
    ),
    (
        "A Russian glide bomb hit the town of Kostiantynivka on Saturday, killing two women "
        "outside a pharmacy, local officials said.",
        "2025-03-02",
        "Military Forces of Russia (2000-)",
        "Civilians (Ukraine)",
    ),
    (
        "An Israeli drone struck a motorcycle in the town of Bint Jbeil on Friday, killing "
        "two men, the health ministry said.",
        "2025-03-15",
        "Military Forces of Israel (2022-)",
        "Civilians (Lebanon)",
    ),
    (
        "Sudanese army warplanes bombed a market in Nyala on Monday, killing 14 men and "
        "women, residents said.",
        "2025-02-11",
        "Military Forces of Sudan (2019-)",
        "Civilians (Sudan)",
    ),
    (
        "Myanmar military jets bombed a village in Sagaing region on Wednesday, killing five "
        "men working in the fields.",
        "2025-01-23",
        "Military Forces of Myanmar (2021-)",
        "Civilians (Myanmar)",
    ),
    (
        "Ukrainian drones struck a bus in the Belgorod region on Thursday, killing one man, "
        "the regional governor said.",
        "2025-04-11",
        "Military Forces of Ukraine (2019-)",
        "Civilians (Russia)",
    ),
    (
        "On 2 May 2025, Russian forces struck Zaporizhzhia city with guided aerial bombs, "
        "killing 3 people and injuring 11.",
        "2025-05-03",
        "Military Forces of Russia (2000-)",
        "Civilians (Ukraine)",
    ),
    (
        "RSF artillery shelled the Abu Shouk camp in El Fasher on Sunday, killing seven men, "
        "activists said.",
        "2025-04-15",
        "Rapid Support Forces",
        "Civilians (Sudan)",
    ),
    (
        "An air strike hit a wedding party in Saada province on Tuesday, killing 12 men, "
        "Houthi media said.",
        "2025-01-30",
        "Unidentified Armed Group (Yemen)",
        "Civilians (Yemen)",
    ),
    (
        "Turkish drones struck a car near Qamishli on Monday, killing two men and a woman, "
        "the SDF said.",
        "2025-01-14",
        "Military Forces of Turkey (2016-)",
        "Civilians (Syria)",
    ),
    # the arrested party
    (
        "Police in Tanzania arrested the chairman of the opposition party Chadema after a "
        "rally in Mbeya on Sunday.",
        "2025-04-14",
        "Police Forces of Tanzania (2021-)",
        "CHADEMA: Party for Democracy and Progress",
    ),
    (
        "Ugandan police arrested 40 supporters of the National Unity Platform outside the "
        "party's headquarters in Kampala on Friday.",
        "2025-01-11",
        "Police Forces of Uganda (1986-)",
        "NUP: National Unity Platform",
    ),
    (
        "Security forces arrested the secretary general of Chadema in Dar es Salaam on "
        "Monday, the party said.",
        "2025-06-03",
        "Police Forces of Tanzania (2021-)",
        "CHADEMA: Party for Democracy and Progress",
    ),
    (
        "Police detained several NUP officials in Masaka on Tuesday ahead of a planned rally.",
        "2025-03-05",
        "Police Forces of Uganda (1986-)",
        "NUP: National Unity Platform",
    ),
    (
        "Senegalese police arrested a senior official of Pastef in Dakar on Thursday over "
        "remarks about the judiciary.",
        "2023-06-09",
        "Police Forces of Senegal (2012-2024)",
        "PASTEF: African Patriots of Senegal for Work Ethics and Fraternity",
    ),
    (
        "Police arrested 25 members of the MDC Alliance in Harare on Saturday for holding an "
        "unsanctioned meeting.",
        "2021-05-16",
        "Police Forces of Zimbabwe (2017-)",
        "MDC Alliance: Movement for Democratic Change Alliance",
    ),
    (
        "Pakistani police arrested dozens of PTI workers in Lahore on Sunday ahead of a "
        "planned march.",
        "2024-10-14",
        "Police Forces of Pakistan (2024-)",
        "PTI: Pakistan Tehreek-i-Insaf",
    ),
    (
        "Bangladesh police arrested 30 BNP activists in Dhaka on Friday after clashes near "
        "the party office.",
        "2023-11-04",
        "Police Forces of Bangladesh (2009-2024)",
        "BNP: Bangladesh Nationalist Party",
    ),
    (
        "Police arrested a district leader of Chadema in Arusha on Wednesday, the party's "
        "spokesperson said.",
        "2025-05-15",
        "Police Forces of Tanzania (2021-)",
        "CHADEMA: Party for Democracy and Progress",
    ),
    (
        "Kenyan police arrested three ODM politicians in Kisumu on Thursday over the "
        "violence.",
        "2024-07-05",
        "Police Forces of Kenya (2022-)",
        "ODM: Orange Democratic Movement",
    ),
    # unnamed armed attackers
    (
        "Armed individuals on motorcycles attacked a gendarmerie post near Tera on Sunday, "
        "killing four gendarmes.",
        "2025-03-10",
        "Unidentified Armed Group (Niger)",
        "Police Forces of Niger (2023-)",
    ),
    (
        "Hooded men shot dead a trade unionist outside his home in Cali on Saturday, police "
        "said.",
        "2025-04-06",
        "Unidentified Armed Group (Colombia)",
        "Civilians (Colombia)",
    ),
    (
        "Masked men abducted a priest from his parish in Enugu State on Monday, police said.",
        "2025-02-18",
        "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
    ),
    (
        "Armed individuals killed a village chief in the commune of Djibo on Tuesday, local "
        "sources said.",
        "2025-01-29",
        "Unidentified Armed Group (Burkina Faso)",
        "Civilians (Burkina Faso)",
    ),
    (
        "Unknown armed men stormed a church in Kaduna State on Sunday and kidnapped 12 "
        "worshippers.",
        "2025-05-05",
        "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
    ),
    (
        "Armed individuals set fire to three lorries on the road between Bamako and Segou on "
        "Friday.",
        "2025-02-22",
        "Unidentified Armed Group (Mali)",
        "Civilians (Mali)",
    ),
    (
        "A group of masked men beat a journalist in Tegucigalpa on Thursday, the press union "
        "said.",
        "2025-03-14",
        "Unidentified Armed Group (Honduras)",
        "Civilians (Honduras)",
    ),
    (
        "Armed individuals attacked a police station in Dosso region overnight, killing two "
        "officers.",
        "2025-06-02",
        "Unidentified Armed Group (Niger)",
        "Police Forces of Niger (2023-)",
    ),
    (
        "Hooded gunmen killed two social leaders in Cauca department on Wednesday, the "
        "ombudsman said.",
        "2025-01-16",
        "Unidentified Armed Group (Colombia)",
        "Civilians (Colombia)",
    ),
    (
        "Armed assailants on motorbikes killed five villagers near Fada N'Gourma on Saturday.",
        "2025-04-20",
        "Unidentified Armed Group (Burkina Faso)",
        "Civilians (Burkina Faso)",
    ),
    # a vehicle carrying people hits a mine
    (
        "On 5 April 2025, a bus carrying pilgrims struck an IED near Tillaberi, killing 7 "
        "passengers.",
        "2025-04-06",
        "Unidentified Armed Group (Niger)",
        "Civilians (Niger)",
    ),
    (
        "A minibus carrying traders hit a landmine on the road to Djibo on Monday, killing 5 "
        "people.",
        "2025-02-04",
        "Unidentified Armed Group (Burkina Faso)",
        "Civilians (Burkina Faso)",
    ),
    (
        "A truck carrying soldiers ran over a mine near Menaka on Thursday, killing three "
        "soldiers.",
        "2025-03-21",
        "Unidentified Armed Group (Mali)",
        "Military Forces of Mali (2021-)",
    ),
    (
        "A vehicle carrying wedding guests struck a roadside bomb in Helmand province on "
        "Friday, killing nine civilians.",
        "2020-07-11",
        "Unidentified Armed Group (Afghanistan)",
        "Civilians (Afghanistan)",
    ),
    (
        "A pickup carrying farmers hit an explosive device near Kidal on Sunday; four of "
        "them died.",
        "2025-01-13",
        "Unidentified Armed Group (Mali)",
        "Civilians (Mali)",
    ),
    (
        "On 8 May 2025, a tractor carrying farmers struck a landmine in Kyaukme township "
        "(Shan), killing 2 farmers.",
        "2025-05-09",
        "Unidentified Armed Group (Myanmar)",
        "Civilians (Myanmar)",
    ),
    (
        "A minibus carrying students hit an IED on the Gao road on Wednesday; six students "
        "were killed.",
        "2025-03-06",
        "Unidentified Armed Group (Mali)",
        "Civilians (Mali)",
    ),
    (
        "A car carrying health workers struck a mine near Tal Afar on Tuesday, killing two "
        "nurses.",
        "2025-02-26",
        "Unidentified Armed Group (Iraq)",
        "Civilians (Iraq)",
    ),
    (
        "A convoy carrying police officers hit an IED in Lakki Marwat on Monday, killing two "
        "officers.",
        "2025-05-20",
        "Unidentified Armed Group (Pakistan)",
        "Police Forces of Pakistan (2024-)",
    ),
    (
        "A bus carrying migrants struck a landmine near the border with Eritrea on Saturday, "
        "killing four passengers.",
        "2025-01-26",
        "Unidentified Armed Group (Ethiopia)",
        "Civilians (Ethiopia)",
    ),
    # forces sent in afterwards, with a purpose
    (
        "Bandits abducted 20 villagers in Zamfara State on Sunday; police said operatives "
        "had been deployed to rescue the victims and arrest the perpetrators.",
        "2025-03-10",
        "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
    ),
    (
        "Gunmen killed six farmers in Benue State on Monday, and soldiers were deployed to "
        "restore calm and arrest the attackers.",
        "2025-04-22",
        "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
    ),
    (
        "Armed men kidnapped a priest in Edo State on Friday, and police said a tactical "
        "team had been dispatched to rescue him and arrest the kidnappers.",
        "2025-02-15",
        "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
    ),
    (
        "Suspected herders killed nine villagers in Plateau State on Sunday; troops were "
        "deployed to track and arrest the attackers.",
        "2025-04-14",
        "Fulani Ethnic Militia (Nigeria)",
        "Civilians (Nigeria)",
    ),
    (
        "Gunmen abducted 15 passengers on the Abuja-Kaduna highway on Saturday, and police "
        "said officers were sent to rescue them and arrest the gunmen.",
        "2025-01-19",
        "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
    ),
    # unnamed attackers said to belong to, or blamed on, a named group
    (
        "Armed individuals presumed to belong to JNIM attacked the village of Dioura on "
        "Sunday, killing 8 civilians.",
        "2025-03-10",
        "JNIM: Group for Support of Islam and Muslims",
        "Civilians (Mali)",
    ),
    (
        "Armed individuals believed to be JNIM militants killed five traders near Bandiagara "
        "on Friday.",
        "2025-03-10",
        "JNIM: Group for Support of Islam and Muslims",
        "Civilians (Mali)",
    ),
    (
        "Armed individuals killed 8 civilians in the village of Dioura on Sunday. JNIM "
        "claimed the attack.",
        "2025-03-10",
        "JNIM: Group for Support of Islam and Muslims",
        "Civilians (Mali)",
    ),
    (
        "Armed individuals, presumably JNIM members, killed 8 civilians in Dioura (Segou) on "
        "Sunday.",
        "2025-03-10",
        "JNIM: Group for Support of Islam and Muslims",
        "Civilians (Mali)",
    ),
    (
        "On 2 March 2025, armed individuals suspected to be JNIM militants killed 4 "
        "villagers in Dioura (Segou).",
        "2025-03-10",
        "JNIM: Group for Support of Islam and Muslims",
        "Civilians (Mali)",
    ),
    (
        "Armed individuals attacked the village of Dioura on Sunday, killing 8 civilians. "
        "The attack was attributed to JNIM.",
        "2025-03-10",
        "JNIM: Group for Support of Islam and Muslims",
        "Civilians (Mali)",
    ),
    (
        "JNIM militants attacked the village of Dioura on Sunday, killing 8 civilians "
        "accused of collaborating with the army. The armed individuals also burned shops.",
        "2025-03-10",
        "JNIM: Group for Support of Islam and Muslims",
        "Civilians (Mali)",
    ),
    (
        "On 2 March 2025, armed individuals presumed to be JNIM elements killed 4 villagers "
        "in Dioura (Segou).",
        "2025-03-10",
        "JNIM: Group for Support of Islam and Muslims",
        "Civilians (Mali)",
    ),
    (
        "On 2 March 2025, armed individuals suspected of being JNIM militants killed 4 "
        "villagers in Dioura (Segou).",
        "2025-03-10",
        "JNIM: Group for Support of Islam and Muslims",
        "Civilians (Mali)",
    ),
    (
        "On 2 March 2025, armed individuals from JNIM killed 4 villagers in Dioura (Segou).",
        "2025-03-10",
        "JNIM: Group for Support of Islam and Muslims",
        "Civilians (Mali)",
    ),
    (
        "On 2 March 2025, JNIM militants and armed individuals killed 4 villagers in Dioura "
        "(Segou).",
        "2025-03-10",
        "JNIM: Group for Support of Islam and Muslims",
        "Civilians (Mali)",
    ),
    (
        "On 2 March 2025, armed individuals on motorbikes, believed to be JNIM militants, "
        "killed 4 villagers in Dioura (Segou).",
        "2025-03-10",
        "JNIM: Group for Support of Islam and Muslims",
        "Civilians (Mali)",
    ),
    (
        "Armed individuals killed 4 villagers in Dioura (Segou) on 2 March 2025. Local "
        "sources blamed JNIM militants, who have imposed a blockade on the area.",
        "2025-03-10",
        "JNIM: Group for Support of Islam and Muslims",
        "Civilians (Mali)",
    ),
    # what the attacker says it struck does not replace plainly civilian dead
    (
        "An Israeli air strike hit a school sheltering displaced families in Gaza City on "
        "Thursday, killing 22 people, among them eight children. The Israeli military said "
        "it had struck Hamas militants operating from a command centre in the compound.",
        "2025-06-13",
        "Military Forces of Israel (2022-)",
        "Civilians (Palestine)",
    ),
    (
        "Turkish drones struck a village near Kobani on Monday, killing five civilians "
        "including two children. The Turkish defence ministry said it had neutralised PKK "
        "terrorists in the area.",
        "2025-01-14",
        "Military Forces of Turkey (2016-)",
        "Civilians (Syria)",
    ),
    (
        "A Pakistani air strike on a house in Paktika killed eight people, mostly women and "
        "children, the Taliban said. Pakistan's military said it had targeted TTP hideouts.",
        "2024-12-26",
        "Military Forces of Pakistan (2024-)",
        "Civilians (Afghanistan)",
    ),
    (
        "Sudanese army warplanes bombed a market in Kabkabiya on Monday, killing 40 "
        "civilians, activists said. The army said it had targeted RSF fighters gathered in "
        "the area.",
        "2025-02-11",
        "Military Forces of Sudan (2019-)",
        "Civilians (Sudan)",
    ),
    (
        "Myanmar military jets bombed a monastery in Sagaing region on Friday, killing 15 "
        "civilians including children. The military said it had struck a PDF base.",
        "2025-01-25",
        "Military Forces of Myanmar (2021-)",
        "Civilians (Myanmar)",
    ),
    (
        "Nigerian military jets bombed a village in Zamfara State on Sunday, killing 16 "
        "civilians, residents said. The air force said it had targeted bandits hiding in the "
        "village.",
        "2025-01-13",
        "Military Forces of Nigeria (2023-)",
        "Civilians (Nigeria)",
    ),
    (
        "An Israeli drone strike on a car in southern Lebanon killed a woman and her two "
        "children on Friday. The Israeli army said it had targeted a Hezbollah operative.",
        "2025-03-15",
        "Military Forces of Israel (2022-)",
        "Civilians (Lebanon)",
    ),
    (
        "Ethiopian military drones hit a bus in Amhara region on Tuesday, killing 12 "
        "passengers. The army said it had targeted Fano militants travelling on the road.",
        "2025-03-05",
        "Military Forces of Ethiopia (2018-)",
        "Civilians (Ethiopia)",
    ),
    (
        "Russian missiles struck a hotel in Kharkiv on Sunday, killing four civilians and "
        "wounding 20. The Russian defence ministry said it had hit a command post of "
        "Ukrainian troops.",
        "2025-03-10",
        "Military Forces of Russia (2000-)",
        "Civilians (Ukraine)",
    ),
    (
        "Israeli jets struck a house in Khan Younis on Tuesday, killing 11 members of one "
        "family, among them five children, the civil defence said. The Israeli military said "
        "it had targeted a PIJ commander.",
        "2025-04-09",
        "Military Forces of Israel (2022-)",
        "Civilians (Palestine)",
    ),
    (
        "An Israeli drone hit a car in Tyre on Friday, killing two men. The Israeli military "
        "said it had killed a Hezbollah commander in the strike.",
        "2025-03-15",
        "Military Forces of Israel (2022-)",
        "Hezbollah",
    ),
    (
        "Turkish drones struck a vehicle near Qamishli on Thursday, killing two SDF "
        "fighters, the SDF said.",
        "2025-03-15",
        "Military Forces of Turkey (2016-)",
        "SDF: Syrian Democratic Forces",
    ),
    # a claim of several acts ("the BLA claimed both attacks") names the doer of each
    (
        "Gunmen pulled nine passengers off a bus near Zhob and shot them dead on Friday. "
        "Hours later, militants attacked a Levies post in Mastung, killing three personnel. "
        "The BLA claimed both attacks.",
        "2025-03-10",
        "BLA: Balochistan Liberation Army",
        "Civilians (Pakistan)",
    ),
    (
        "Unidentified gunmen killed four soldiers at a checkpoint near Menaka on Monday. On "
        "Tuesday, an IED hit an army convoy near Gao. JNIM claimed both attacks in a "
        "statement.",
        "2025-03-10",
        "JNIM: Group for Support of Islam and Muslims",
        "Military Forces of Mali (2021-)",
    ),
    (
        "A suicide bomber struck a market in Maiduguri on Friday, killing 12 people. On "
        "Saturday, militants attacked a military base in Monguno. ISWAP claimed both attacks.",
        "2025-03-10",
        "Islamic State (West Africa)",
        "Civilians (Nigeria)",
    ),
    (
        "Gunmen attacked a police station in Lakki Marwat on Sunday, killing two policemen. "
        "On Monday, a roadside bomb killed three soldiers in North Waziristan. The TTP "
        "claimed responsibility for both attacks.",
        "2025-03-10",
        "TTP: Tehreek-i-Taliban Pakistan",
        "Police Forces of Pakistan (2024-)",
    ),
    (
        "Rockets hit a US base near Erbil on Sunday. On Monday, a drone targeted Ain al-Asad "
        "air base. The Islamic Resistance in Iraq claimed both attacks.",
        "2024-01-10",
        "Islamic Resistance in Iraq",
        "Military Forces of the United States (2021-2025)",
    ),
    (
        "Gunmen shot dead a police officer in Baramulla on Monday. On Tuesday, militants "
        "threw a grenade at a CRPF bunker in Srinagar. The Resistance Front claimed both "
        "attacks.",
        "2025-03-10",
        "TRF: The Resistance Front",
        "Police Forces of India (2014-)",
    ),
    (
        "Unknown assailants killed six herders near Tillaberi on Friday. On Saturday, an "
        "army convoy was ambushed nearby. The Islamic State Sahel Province claimed the two "
        "attacks.",
        "2025-03-10",
        "Islamic State (Sahel)",
        "Civilians (Niger)",
    ),
    (
        "A car bomb exploded near a military checkpoint in Mogadishu on Sunday, killing four "
        "soldiers. Hours later, mortar shells hit the presidential palace. Al-Shabaab "
        "claimed both attacks.",
        "2025-03-10",
        "Al Shabaab",
        "Military Forces of Somalia (2022-)",
    ),
    (
        "Gunmen killed three policemen at a checkpoint in Dera Ismail Khan on Monday. "
        "Separately, a bomb hit a police van in Bannu. The TTP said it carried out both "
        "attacks.",
        "2025-03-10",
        "TTP: Tehreek-i-Taliban Pakistan",
        "Police Forces of Pakistan (2024-)",
    ),
    (
        "Militants ambushed an army patrol near Macomia on Tuesday. Two days later, "
        "insurgents beheaded three villagers near Mocimboa da Praia. Islamic State claimed "
        "all the attacks through its Amaq news agency.",
        "2025-03-10",
        "Islamic State (Mozambique)",
        "Military Forces of Mozambique (2025-)",
    ),
    # whom the victims were accused of helping is no party
    (
        "Al-Shabaab militants executed a man in Bay region on Saturday after accusing him of "
        "spying for the government.",
        "2025-03-10",
        "Al Shabaab",
        "Civilians (Somalia)",
    ),
    (
        "JNIM fighters killed two villagers in Segou region on Monday, accusing them of "
        "collaborating with the army.",
        "2025-03-10",
        "JNIM: Group for Support of Islam and Muslims",
        "Civilians (Mali)",
    ),
    (
        "Islamic State militants beheaded a shepherd in Kirkuk province on Sunday after "
        "accusing him of informing for the army.",
        "2025-03-10",
        "Islamic State (Iraq)",
        "Civilians (Iraq)",
    ),
    (
        "Suspected ISWAP fighters abducted three farmers near Monguno on Sunday, accusing "
        "them of working with the military.",
        "2025-03-10",
        "Islamic State (West Africa)",
        "Civilians (Nigeria)",
    ),
    (
        "Gunmen shot dead a village elder in Hiran region on Tuesday, accusing him of "
        "supporting government forces.",
        "2025-03-10",
        "Unidentified Armed Group (Somalia)",
        "Civilians (Somalia)",
    ),
    (
        "Ansar Allah forces detained 12 aid workers in Sanaa on Thursday, accusing them of "
        "spying for the United States.",
        "2025-03-10",
        "Ansar Allah",
        "Civilians (Yemen)",
    ),
    (
        "Militants killed a tribal elder in North Waziristan on Monday, accusing him of "
        "cooperating with security forces.",
        "2025-03-10",
        "Unidentified Armed Group (Pakistan)",
        "Civilians (Pakistan)",
    ),
    (
        "ADF rebels killed a pastor in Beni territory on Friday, accusing him of "
        "collaborating with the army.",
        "2025-03-10",
        "ADF: Allied Democratic Forces",
        "Civilians (Democratic Republic of Congo)",
    ),
    (
        "Al-Shabaab gunmen shot dead a teacher in Lower Shabelle on Wednesday, saying he had "
        "worked for the government.",
        "2025-03-10",
        "Al Shabaab",
        "Civilians (Somalia)",
    ),
    (
        "Islamic State fighters executed four men in Cabo Delgado on Monday, accusing them "
        "of helping the Rwandan troops.",
        "2025-03-10",
        "Islamic State (Mozambique)",
        "Civilians (Mozambique)",
    ),
    # forces arresting afterwards are no side of an attack on civilians
    (
        "A mob lynched two men suspected of cattle theft near Gumla on Sunday; police "
        "recovered the bodies and arrested five people.",
        "2025-03-10",
        "Rioters (India)",
        "Civilians (India)",
    ),
    (
        "Villagers beat a suspected thief to death in Kisii on Monday. Police arrested three "
        "people over the killing.",
        "2025-03-10",
        "Rioters (Kenya)",
        "Civilians (Kenya)",
    ),
    (
        "Gunmen abducted 12 students from a school in Katsina State on Friday; police said "
        "two suspects had been arrested.",
        "2025-03-10",
        "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
    ),
    (
        "An angry crowd burned a man accused of blasphemy to death in Swat on Thursday. "
        "Police detained 23 people.",
        "2024-06-22",
        "Rioters (Pakistan)",
        "Civilians (Pakistan)",
    ),
    (
        "Residents lynched two suspected kidnappers in Puebla on Tuesday; state police later "
        "detained four people.",
        "2025-03-10",
        "Rioters (Mexico)",
        "Civilians (Mexico)",
    ),
    (
        "Gunmen killed a pastor in Plateau State on Sunday, and police said they had "
        "arrested two suspects.",
        "2025-03-10",
        "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
    ),
    (
        "A mob killed a woman accused of witchcraft in Kilifi on Saturday, and police "
        "arrested six suspects.",
        "2025-03-10",
        "Rioters (Kenya)",
        "Civilians (Kenya)",
    ),
    (
        "Unknown assailants stabbed a journalist in Dhaka on Monday; police detained one man.",
        "2025-03-10",
        "Unidentified Armed Group (Bangladesh)",
        "Civilians (Bangladesh)",
    ),
    (
        "A crowd beat a man to death in Lilongwe on Friday after accusing him of theft; "
        "police arrested 10 people.",
        "2025-03-10",
        "Rioters (Malawi)",
        "Civilians (Malawi)",
    ),
    (
        "Bandits kidnapped 20 passengers on the Kaduna-Abuja highway on Saturday. Police "
        "later arrested three suspected informants.",
        "2025-03-10",
        "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
    ),
    # a vehicle carrying people onto a mine: the people are hit
    (
        "On 1 March 2025, a minibus carrying traders from the weekly market struck an IED "
        "near Douentza (Mopti), killing 6 passengers. No group claimed the attack.",
        "2025-03-02",
        "Unidentified Armed Group (Mali)",
        "Civilians (Mali)",
    ),
    (
        "A truck carrying pilgrims from a shrine hit a roadside bomb in Diyala province on "
        "Friday, killing four of them.",
        "2025-03-10",
        "Unidentified Armed Group (Iraq)",
        "Civilians (Iraq)",
    ),
    (
        "A bus transporting workers of a mining company struck a mine near Essakane on "
        "Monday, killing three.",
        "2025-03-10",
        "Unidentified Armed Group (Burkina Faso)",
        "Civilians (Burkina Faso)",
    ),
    (
        "A boat ferrying villagers across the river hit an explosive device in Borno State "
        "on Tuesday, killing seven.",
        "2025-03-10",
        "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
    ),
    (
        "A lorry carrying cattle traders struck an IED between Kaya and Dori on Wednesday, "
        "killing five.",
        "2025-03-10",
        "Unidentified Armed Group (Burkina Faso)",
        "Civilians (Burkina Faso)",
    ),
    (
        "A van transporting schoolteachers hit a landmine in Hsipaw township, Shan State, on "
        "Monday, killing two teachers.",
        "2025-03-10",
        "Unidentified Armed Group (Myanmar)",
        "Civilians (Myanmar)",
    ),
    (
        "A tractor carrying women farmers hit an explosive device near Gao on Sunday; three "
        "women died.",
        "2025-03-10",
        "Unidentified Armed Group (Mali)",
        "Civilians (Mali)",
    ),
    (
        "A car carrying relatives of the village chief struck an IED in Tillaberi region on "
        "Thursday, killing four.",
        "2025-03-10",
        "Unidentified Armed Group (Niger)",
        "Civilians (Niger)",
    ),
    (
        "A military truck carrying soldiers struck an IED near Boulkessi on Friday, killing "
        "four soldiers.",
        "2025-03-10",
        "Unidentified Armed Group (Mali)",
        "Military Forces of Mali (2021-)",
    ),
    (
        "A minibus carrying passengers from the market in Kantchari hit a landmine on "
        "Saturday, killing nine people.",
        "2025-03-10",
        "Unidentified Armed Group (Burkina Faso)",
        "Civilians (Burkina Faso)",
    ),
    # a foreign army hits the host country's unnamed servicemen
    (
        "Russian forces dropped explosives from drones on trenches near Pokrovsk on Monday, "
        "wounding several servicemen, the General Staff said.",
        "2025-03-10",
        "Military Forces of Russia (2000-)",
        "Military Forces of Ukraine (2019-)",
    ),
    (
        "Azerbaijani forces shelled positions near Tegh on Tuesday, killing two servicemen, "
        "the Armenian defence ministry said.",
        "2022-09-14",
        "Military Forces of Azerbaijan (2003-)",
        "Military Forces of Armenia (2018-)",
    ),
    (
        "Rwandan troops shelled positions near Goma on Monday, killing four soldiers, the "
        "Congolese army said.",
        "2025-01-21",
        "Military Forces of Rwanda (2000-)",
        "Military Forces of the Democratic Republic of Congo (2019-)",
    ),
    (
        "Russian artillery hit a training ground in Dnipropetrovsk region on Sunday, killing "
        "12 servicemen.",
        "2025-03-10",
        "Military Forces of Russia (2000-)",
        "Military Forces of Ukraine (2019-)",
    ),
    (
        "Ukrainian drones struck a barracks in Russia's Kursk region on Friday, killing six "
        "conscripts, Russian officials said.",
        "2025-03-10",
        "Military Forces of Ukraine (2019-)",
        "Military Forces of Russia (2000-)",
    ),
    (
        "Israeli troops opened fire near a Lebanese army post at Kfar Kila on Friday, "
        "wounding two soldiers, the Lebanese army said.",
        "2025-03-10",
        "Military Forces of Israel (2022-)",
        "Military Forces of Lebanon (2025-)",  # the era of President Aoun (9 January 2025)
    ),
    # attackers who identified themselves as a force or group are that party
    (
        "Men who identified themselves as police officers abducted a human rights lawyer in "
        "Harare on Saturday.",
        "2025-03-10",
        "Police Forces of Zimbabwe (2017-)",
        "Civilians (Zimbabwe)",
    ),
    (
        "Plainclothes men who presented themselves as intelligence officers abducted a "
        "journalist in Bamako on Monday.",
        "2025-03-10",
        "Police Forces of Mali (2021-)",
        "Civilians (Mali)",
    ),
    (
        "Gunmen who said they were members of the ELN kidnapped two engineers in Arauca on "
        "Thursday.",
        "2025-03-10",
        "ELN: National Liberation Army",
        "Civilians (Colombia)",
    ),
    (
        "Armed men who identified themselves as members of the Arakan Army detained 30 "
        "villagers in Rakhine State on Sunday.",
        "2025-03-10",
        "AA: Arakan Army",
        "Civilians (Myanmar)",
    ),
    (
        "Men claiming to be Al-Shabaab fighters kidnapped two aid workers near Mandera on "
        "Tuesday.",
        "2025-03-10",
        "Al Shabaab",
        "Civilians (Kenya)",
    ),
    (
        "Gunmen who identified themselves as members of Ansaroul Islam abducted a village "
        "chief near Djibo on Monday.",
        "2025-03-10",
        "Ansaroul Islam",
        "Civilians (Burkina Faso)",
    ),
    (
        "Men who identified themselves as soldiers arrested four youths in Bamenda on Sunday.",
        "2025-03-10",
        "Military Forces of Cameroon (1982-)",
        "Civilians (Cameroon)",
    ),
    (
        "Armed men who said they were members of the RSF looted shops in Omdurman on Friday.",
        "2025-03-10",
        "Rapid Support Forces",
        "Civilians (Sudan)",
    ),
    # "the Taliban administration said": an administration or authorities that speak are a source
    (
        "Pakistani jets bombed villages in Khost province on Tuesday, killing ten civilians, "
        "the Taliban administration said.",
        "2024-12-26",
        "Military Forces of Pakistan (2024-)",
        "Civilians (Afghanistan)",
    ),
    (
        "Ukrainian drones struck a bus in Horlivka on Monday, killing three passengers, the "
        "Russian-installed administration said.",
        "2025-03-10",
        "Military Forces of Ukraine (2019-)",
        "Civilians (Ukraine)",
    ),
    (
        "An Israeli strike killed eight people in Khan Younis on Friday, the Hamas "
        "administration's media office said.",
        "2025-03-10",
        "Military Forces of Israel (2022-)",
        "Civilians (Palestine)",
    ),
    (
        "Turkish drones struck a village near Kobani in Syria on Monday, killing three "
        "civilians, the Kurdish-led administration said.",
        "2025-01-14",
        "Military Forces of Turkey (2016-)",
        "Civilians (Syria)",
    ),
    (
        "Sudanese army jets bombed a market in Nyala on Monday, killing 20 people, the RSF "
        "administration in South Darfur said.",
        "2025-03-10",
        "Military Forces of Sudan (2019-)",
        "Civilians (Sudan)",
    ),
    (
        "Russian missiles hit Odesa port on Tuesday, killing two workers, the regional "
        "military administration said.",
        "2025-03-10",
        "Military Forces of Russia (2000-)",
        "Civilians (Ukraine)",
    ),
    (
        "Houthi drones struck a village in Taiz on Monday, killing a child, the Yemeni "
        "authorities said.",
        "2025-03-10",
        "Ansar Allah",
        "Civilians (Yemen)",
    ),
    (
        "Myanmar military jets bombed a school in Sagaing region, killing seven children, "
        "the National Unity Government said.",
        "2025-03-10",
        "Military Forces of Myanmar (2021-)",
        "Civilians (Myanmar)",
    ),
    (
        "Al-Shabaab fighters killed four civilians in Galmudug on Sunday, the Galmudug "
        "administration said.",
        "2025-03-10",
        "Al Shabaab",
        "Civilians (Somalia)",
    ),
    (
        "Israeli drones struck a car in Nabatieh on Friday, killing two civilians, the "
        "Lebanese authorities said.",
        "2025-03-10",
        "Military Forces of Israel (2022-)",
        "Civilians (Lebanon)",
    ),
    # India's security forces and commandos are its police; its army stays the army
    (
        "Security forces killed five Maoists in an encounter in Bijapur district on Sunday, "
        "police said.",
        "2025-03-10",
        "Police Forces of India (2014-)",
        "CPI (Maoist): Communist Party of India (Maoist)",
    ),
    (
        "Commandos shot dead two Maoists in the forests of Gadchiroli on Friday.",
        "2025-03-10",
        "Police Forces of India (2014-)",
        "CPI (Maoist): Communist Party of India (Maoist)",
    ),
    (
        "Two commandos were wounded when Maoists triggered an IED in Sukma on Tuesday.",
        "2025-03-10",
        "CPI (Maoist): Communist Party of India (Maoist)",
        "Police Forces of India (2014-)",
    ),
    (
        "Maoists ambushed security forces in Dantewada on Saturday, killing three jawans.",
        "2025-03-10",
        "CPI (Maoist): Communist Party of India (Maoist)",
        "Police Forces of India (2014-)",
    ),
    (
        "Security forces and militants exchanged fire in Manipur's Jiribam district on "
        "Monday.",
        "2025-03-10",
        "Police Forces of India (2014-)",
        "Unidentified Armed Group (India)",
    ),
    (
        "Security forces killed three militants in an encounter in Kulgam on Tuesday.",
        "2025-03-10",
        "Police Forces of India (2014-)",
        "Unidentified Armed Group (India)",
    ),
    (
        "Protesters threw stones at security forces in Imphal on Wednesday; two people were "
        "injured.",
        "2025-03-10",
        "Rioters (India)",
        "Police Forces of India (2014-)",
    ),
    (
        "Army troops and militants exchanged fire in Rajouri on Sunday, killing a soldier.",
        "2025-03-10",
        "Military Forces of India (2014-)",
        "Unidentified Armed Group (India)",
    ),
    (
        "Militants ambushed an army truck in Poonch on Thursday, killing five soldiers, the "
        "army said.",
        "2025-03-10",
        "Unidentified Armed Group (India)",
        "Military Forces of India (2014-)",
    ),
    (
        "Security forces fired tear gas at a crowd that torched a police post in "
        "Churachandpur on Friday.",
        "2025-03-10",
        "Rioters (India)",
        "Police Forces of India (2014-)",
    ),
    # more people joining the protesters are the same protesters, no second side
    (
        "Hundreds of residents rallied peacefully in Suwayda on Friday, and religious "
        "sheikhs joined the protesters.",
        "2025-03-10",
        "Protesters (Syria)",
        "",
    ),
    (
        "Thousands of teachers marched peacefully in Nairobi on Monday; nurses later joined "
        "the protesters.",
        "2025-03-10",
        "Protesters (Kenya)",
        "",
    ),
    (
        "Farmers staged a sit-in on a highway in Punjab, India, on Tuesday to demand crop "
        "prices; students joined the demonstrators.",
        "2025-03-10",
        "Protesters (India)",
        "",
    ),
    (
        "Residents of Sfax demonstrated on Sunday against water cuts; activists joined the "
        "protesters in the afternoon.",
        "2025-03-10",
        "Protesters (Tunisia)",
        "",
    ),
    (
        "Women marched in Tehran on Saturday, and students joined the protesters at the "
        "university gates.",
        "2025-03-10",
        "Protesters (Iran)",
        "",
    ),
    (
        "Pensioners rallied in Buenos Aires on Wednesday, and trade unionists joined the "
        "protesters.",
        "2025-03-10",
        "Protesters (Argentina)",
        "",
    ),
    (
        "Traders closed their shops and protested in Kano on Monday; youths joined the "
        "demonstrators.",
        "2025-03-10",
        "Protesters (Nigeria)",
        "",
    ),
    (
        "Hundreds of doctors protested in Dhaka on Tuesday; nurses joined the protesters "
        "later in the day.",
        "2025-03-10",
        "Protesters (Bangladesh)",
        "",
    ),
    (
        "Students rallied peacefully in Belgrade on Friday; farmers on tractors joined the "
        "protesters.",
        "2025-03-10",
        "Protesters (Serbia)",
        "",
    ),
    (
        "Hundreds of workers demonstrated in Casablanca on Thursday, and unemployed "
        "graduates joined the protesters.",
        "2025-03-10",
        "Protesters (Morocco)",
        "",
    ),
]
ROUND6_ACTOR1_FLOOR = 0.90
ROUND6_ACTOR2_FLOOR = 0.90


# Round 6, riots: forces that step in to separate two sides are neither side ("police fired tear
# gas to separate the groups"). Left: two crowds named as civilians fighting each other are both
# rioters (actor2 still comes out as civilians or the police).
ROUND6_RIOT_PROBES: list[tuple[str, str, str, str]] = [
    (
        "Students clashed with activists of the Bangladesh Chhatra League in Rajshahi on "
        "Monday, leaving 20 injured; police fired rubber bullets to separate the two sides.",
        "2024-07-16",
        "Rioters (Bangladesh)",
        "BCL: Bangladesh Chhatra League",
    ),
    (
        "BNP activists fought with Chhatra League members in Bogura on Sunday; police fired "
        "tear gas to separate the groups.",
        "2023-11-06",
        "Rioters (Bangladesh)",
        "BCL: Bangladesh Chhatra League",
    ),
    (
        "Supporters of Orange Democratic Movement clashed with rival youths in Kisumu on "
        "Saturday before police fired tear gas to disperse both groups.",
        "2024-07-07",
        "Rioters (Kenya)",
        "Rioters (Kenya)",
    ),
    (
        "Rival groups of football fans fought in the streets of Belgrade on Saturday until "
        "riot police moved in to separate them.",
        "2025-03-10",
        "Rioters (Serbia)",
        "Rioters (Serbia)",
    ),
    (
        "Students from two colleges threw stones at each other in Dhaka on Tuesday; police "
        "fired tear gas to break up the clashes.",
        "2025-03-10",
        "Rioters (Bangladesh)",
        "Rioters (Bangladesh)",
    ),
    (
        "Awami League and BNP supporters clashed in Feni on Friday; police fired shots in "
        "the air to separate them.",
        "2023-11-04",
        "Rioters (Bangladesh)",
        "Rioters (Bangladesh)",
    ),
    (
        "Two groups of students fought with sticks at a university in Lahore on Monday until "
        "police intervened to separate them.",
        "2025-03-10",
        "Rioters (Pakistan)",
        "Rioters (Pakistan)",
    ),
    (
        "Rival supporters of two candidates threw stones at each other in Kano on Saturday; "
        "police fired tear gas to break up the fight.",
        "2025-03-10",
        "Rioters (Nigeria)",
        "Rioters (Nigeria)",
    ),
    (
        "Herders and farmers fought with machetes in Kwara State on Sunday, and soldiers "
        "were deployed to separate the two groups.",
        "2025-03-10",
        "Unidentified Communal Militia (Nigeria)",
        "Unidentified Communal Militia (Nigeria)",
    ),
    (
        "Youths from two neighbourhoods fought with machetes in Conakry on Sunday; gendarmes "
        "fired tear gas to separate them.",
        "2025-03-10",
        "Rioters (Guinea)",
        "Rioters (Guinea)",
    ),
]
ROUND6_RIOT_ACTOR1_FLOOR = 0.75
ROUND6_RIOT_ACTOR2_FLOOR = 0.55

# Round 7 (issue #4): "the same group" / "the group" / "the same militants" point back to the
# group named before; two civilian-worded crowds fighting each other are rioters on both sides;
# "alleged members of X" / "suspected X members" arrested are X; a distant note summary
# ("... 1 fatality.") joined to an event does not change who is blamed.
ROUND7_PROBES: list[tuple[str, str, str, str]] = [
    (
        "Boko Haram has stepped up its raids around Lake Chad since January. On Tuesday, "
        "soldiers fought the same group near Diffa, killing four fighters.",
        "2024-05-08",
        "Military Forces of Niger (2023-)",
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
    ),
    (
        "Al Shabaab has controlled much of the Lower Shabelle countryside for years. On "
        "Monday, Somali troops clashed with the same militants outside Wanlaweyn.",
        "2024-03-06",
        "Military Forces of Somalia (2022-)",
        "Al Shabaab",
    ),
    (
        "The ADF has moved its camps west of Beni, local officials say. FARDC soldiers "
        "engaged the group in the forest near Oicha on Friday, killing six fighters.",
        "2024-06-10",
        "Military Forces of the Democratic Republic of Congo (2019-)",
        "ADF: Allied Democratic Forces",
    ),
    (
        "The ELN has expanded its presence in Arauca since the talks broke down. On Sunday "
        "the army clashed with the same group in rural Arauca, the defence ministry said.",
        "2024-09-16",
        "Military Forces of Colombia (2022-)",
        "ELN: National Liberation Army",
    ),
    (
        "The OLA has long been active in western Oromia, according to analysts. Federal "
        "troops attacked the group near Nekemte on Wednesday, residents said.",
        "2024-02-14",
        "Military Forces of Ethiopia (2018-)",
        "OLA: Oromo Liberation Army",
    ),
    (
        "Police said ISWAP fighters had been seen around Monguno. Troops later fought the "
        "same militants near the town, killing nine.",
        "2024-07-20",
        "Military Forces of Nigeria (2023-)",
        "Islamic State (West Africa)",
    ),
    (
        "Pakistani jets struck TTP hideouts in Afghanistan's Khost province on Sunday in "
        "retaliation for attacks by the group on border posts.",
        "2024-12-23",
        "Military Forces of Pakistan (2024-)",
        "TTP: Tehreek-i-Taliban Pakistan",
    ),
    (
        "Villagers from Kagunga and Mwaro clashed with sticks and machetes over a land "
        "dispute on Saturday, leaving three people injured.",
        "2024-04-08",
        "Rioters (Burundi)",
        "Rioters (Burundi)",
    ),
    (
        "Students of two colleges fought each other with stones and iron rods in Dhaka on "
        "Wednesday; 15 were hurt.",
        "2024-10-03",
        "Rioters (Bangladesh)",
        "Rioters (Bangladesh)",
    ),
    (
        "Residents of two neighbouring villages in Bihar's Gaya district fought with sticks on "
        "Tuesday over irrigation water; eight were injured.",
        "2024-05-22",
        "Rioters (India)",
        "Rioters (India)",
    ),
    (
        "Traders and bus drivers clashed at the main market in Onitsha on Monday, injuring "
        "several people.",
        "2024-08-13",
        "Rioters (Nigeria)",
        "Rioters (Nigeria)",
    ),
    (
        "Youths from two rival neighbourhoods of Conakry fought with machetes on Sunday night, "
        "leaving one man dead.",
        "2024-01-15",
        "Rioters (Guinea)",
        "Rioters (Guinea)",
    ),
    (
        "Youths from two villages threw stones at one another in Gulu on Sunday until police "
        "intervened.",
        "2024-06-03",
        "Rioters (Uganda)",
        "Rioters (Uganda)",
    ),
    (
        "Residents of two neighbouring estates fought with iron bars in Harare on Saturday "
        "before police separated them.",
        "2024-10-14",
        "Rioters (Zimbabwe)",
        "Rioters (Zimbabwe)",
    ),
    (
        "Police arrested six alleged members of Al Shabaab in Garissa on Thursday.",
        "2024-03-15",
        "Police Forces of Kenya (2022-)",
        "Al Shabaab",
    ),
    (
        "Security forces detained three suspected Al Shabaab members in Mandera on Monday.",
        "2024-05-07",
        "Police Forces of Kenya (2022-)",
        "Al Shabaab",
    ),
    (
        "The army arrested 12 suspected ISWAP members at a checkpoint near Monguno on Friday.",
        "2024-07-20",
        "Military Forces of Nigeria (2023-)",
        "Islamic State (West Africa)",
    ),
    (
        "Pakistani police on Sunday arrested four alleged TTP militants in Peshawar.",
        "2024-11-04",
        "Police Forces of Pakistan (2024-)",
        "TTP: Tehreek-i-Taliban Pakistan",
    ),
    (
        "Colombian police arrested two alleged members of the Clan del Golfo in Caucasia.",
        "2024-06-02",
        "Police Forces of Colombia (2022-)",
        "AGC: Gaitanista Self-Defense Forces of Colombia",
    ),
    (
        "Indian police arrested three suspected Maoist members in Gadchiroli on Saturday.",
        "2024-04-21",
        "Police Forces of India (2014-)",
        "CPI (Maoist): Communist Party of India (Maoist)",
    ),
    (
        "Police arrested four men in Garissa on Monday. The suspects are alleged members of "
        "al-Shabaab, police said.",
        "2024-03-19",
        "Police Forces of Kenya (2022-)",
        "Al Shabaab",
    ),
    (
        "Soldiers detained six people near Beni on Friday. Those arrested were believed to be "
        "ADF collaborators, the army said.",
        "2024-06-10",
        "Military Forces of the Democratic Republic of Congo (2019-)",
        "ADF: Allied Democratic Forces",
    ),
    (
        "Police arrested three people in Kano on Monday. The men are suspected members of "
        "Boko Haram.",
        "2024-02-27",
        "Police Forces of Nigeria (2023-)",
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
    ),
    (
        "Gendarmes arrested two men near Dori on Friday. The detainees are suspected JNIM "
        "members, officials said.",
        "2024-09-16",
        "Police Forces of Burkina Faso (2022-)",
        "JNIM: Group for Support of Islam and Muslims",
    ),
    (
        "Police in Islamabad arrested five people on Tuesday; the suspects are alleged TTP "
        "operatives.",
        "2024-11-06",
        "Police Forces of Pakistan (2024-)",
        "TTP: Tehreek-i-Taliban Pakistan",
    ),
    (
        "On 3 May 2024, unidentified gunmen shot dead a trader in Bama (Borno). Bama has seen "
        "repeated raids this year. The town lies on a road used by many traders. Residents "
        "have long blamed ISWAP for insecurity on the road. 1 fatality.",
        "2024-05-06",
        "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
    ),
    (
        "On 10 March 2024, gunmen killed a farmer near Djibo (Soum). The area is mostly "
        "farmland. Many families have left for the town. Residents blame JNIM for the "
        "insecurity in the province. 1 fatality.",
        "2024-03-12",
        "Unidentified Armed Group (Burkina Faso)",
        "Civilians (Burkina Faso)",
    ),
    (
        "On 2 February 2024, an unidentified gunman shot dead a teacher in Beledweyne "
        "(Hiraan). The school has been closed since. Local elders met on Sunday. Residents "
        "blame Al Shabaab for the insecurity in the district. 1 fatality.",
        "2024-02-05",
        "Unidentified Armed Group (Somalia)",
        "Civilians (Somalia)",
    ),
    (
        "On 8 July 2024, unknown assailants killed a fisherman near Kasindi (North Kivu). "
        "Fishing resumed two days later. Prices at the market rose sharply. Residents "
        "blamed the ADF for the insecurity in the area. 1 fatality.",
        "2024-07-10",
        "Unidentified Armed Group (Democratic Republic of Congo)",
        "Civilians (Democratic Republic of Congo)",
    ),
    (
        "On 14 August 2024, unidentified armed men killed a social leader in Tumaco "
        "(Narino). He had led a farmers' association. His family held a vigil on Friday. "
        "Residents blame the ELN for threats against leaders in the region. 1 fatality.",
        "2024-08-16",
        "Unidentified Armed Group (Colombia)",
        "Civilians (Colombia)",
    ),
]
ROUND7_ACTOR1_FLOOR = 0.95
ROUND7_ACTOR2_FLOOR = 0.95


# Round 8 (issue #4): "came under fire/attack from X" (X is the doer), garrisons and border
# forces by country (Pakistan's and Bangladesh's border guards are the military, India's BSF the
# police), crowds that fight (fans, rival supporters, students against a party wing: rioters),
# and named groups (Ecuador's gangs, Viv Ansanm, Security Belt Forces, ISKP, tribal lashkars).
# The football-fan probes fail at the events stage (a "football fans" clause reads as a match
# report, cues.json non_event_clause), kept to show the gap.
ROUND8_PROBES: list[tuple[str, str, str, str]] = [
    (
        "Pakistani border guards came under fire from Afghan Taliban fighters near "
        "Torkham on Sunday, officials said.",
        "2024-05-13",
        "Taliban",
        "Military Forces of Pakistan",
    ),
    (
        "A police patrol was fired upon by gunmen in Mardan district on Tuesday night; "
        "one constable was wounded.",
        "2024-03-06",
        "Unidentified Armed Group (Pakistan)",
        "Police Forces of Pakistan",
    ),
    (
        "Soldiers manning a checkpoint in Idlib came under attack from HTS fighters on "
        "Friday.",
        "2024-02-10",
        "HTS: Hayat Tahrir al Sham",
        "Military Forces of Syria",
    ),
    (
        "The army post at Kidal came under heavy fire from JNIM militants on Monday, "
        "killing two soldiers.",
        "2024-04-02",
        "JNIM: Group for Support of Islam and Muslims",
        "Military Forces of Mali",
    ),
    (
        "A Somali army convoy came under attack from al-Shabaab fighters near Afgoye on "
        "Wednesday.",
        "2024-06-13",
        "Al Shabaab",
        "Military Forces of Somalia",
    ),
    (
        "On 4 May, the small garrison at Tongo Tongo in Niger was attacked by ISGS "
        "militants; four soldiers were killed.",
        "2024-05-06",
        "Islamic State",
        "Military Forces of Niger",
    ),
    (
        "Militants stormed a garrison in Zhob on Thursday, killing three soldiers.",
        "2024-07-12",
        "Unidentified Armed Group (Pakistan)",
        "Military Forces of Pakistan",
    ),
    (
        "Gunmen attacked outpost troops near Kalma in Darfur on Saturday.",
        "2024-01-21",
        "Unidentified Armed Group (Sudan)",
        "Military Forces of Sudan",
    ),
    (
        "BSF jawans exchanged fire with militants along the border in Kupwara district on "
        "Monday.",
        "2024-03-19",
        "Police Forces of India",
        "Unidentified Armed Group (India)",
    ),
    (
        "Frontier Corps troops killed four militants in a raid in Kech on Sunday.",
        "2024-08-12",
        "Military Forces of Pakistan",
        "Unidentified Armed Group (Pakistan)",
    ),
    (
        "Football fans clashed with police outside the stadium in Lagos on Saturday after "
        "the match.",
        "2024-02-11",
        "Rioters (Nigeria)",
        "Police Forces of Nigeria",
    ),
    (
        "Supporters of two candidates clashed in Kisumu on Tuesday, injuring six people.",
        "2024-08-14",
        "Rioters (Kenya)",
        "Rioters (Kenya)",
    ),
    (
        "Rival youths clashed with machetes in Bamenda town on Friday.",
        "2024-05-18",
        "Rioters (Cameroon)",
        "Rioters (Cameroon)",
    ),
    (
        "Students clashed with BCL activists at Dhaka University on Monday, leaving 20 "
        "injured.",
        "2024-07-16",
        "Rioters (Bangladesh)",
        "BCL: Bangladesh Chhatra League",
    ),
    (
        "Angry football fans attacked the referee after the match in Kumasi on Sunday.",
        "2024-04-08",
        "Rioters (Ghana)",
        "Civilians (Ghana)",
    ),
    (
        "Gunmen from Los Choneros killed three people in Guayaquil on Sunday.",
        "2024-01-08",
        "Los Choneros",
        "Civilians (Ecuador)",
    ),
    (
        "Members of Los Lobos shot dead a bus driver in Cuenca, Ecuador, on Monday, "
        "police said.",
        "2024-02-06",
        "Los Lobos",
        "Civilians (Ecuador)",
    ),
    (
        "Los Tiguerones gang members shot dead two men in Esmeraldas on Friday.",
        "2024-03-16",
        "Los Tiguerones",
        "Civilians (Ecuador)",
    ),
    (
        "Viv Ansanm gangs attacked the town of Mirebalais on Monday, killing 10 "
        "residents.",
        "2025-04-01",
        "Viv Ansanm",
        "Civilians (Haiti)",
    ),
    (
        "Security Belt Forces clashed with AQAP fighters in Abyan on Tuesday.",
        "2024-05-15",
        "Security Belt Forces",
        "AQAP: Al Qaeda in the Arabian Peninsula",
    ),
    (
        "ISKP claimed a suicide bombing that killed 12 people at a mosque in Kunduz on "
        "Friday.",
        "2024-10-12",
        "Islamic State Khorasan Province (ISKP)",
        "Civilians (Afghanistan)",
    ),
    (
        "A tribal lashkar clashed with TTP militants in Bajaur on Sunday.",
        "2024-09-16",
        "Unidentified Tribal Militia (Pakistan)",
        "TTP: Tehreek-i-Taliban Pakistan",
    ),
    (
        "Tribal militia fighters attacked a police post in Kurram on Friday.",
        "2024-10-05",
        "Unidentified Tribal Militia (Pakistan)",
        "Police Forces of Pakistan",
    ),
    (
        "Two Frontier Corps soldiers were killed when their patrol came under fire from "
        "militants in Kech, Balochistan, on Thursday.",
        "2024-08-23",
        "Unidentified Armed Group (Pakistan)",
        "Military Forces of Pakistan",
    ),
    (
        "Insurgents attacked the army garrison in Djibo, Burkina Faso, on Sunday; the "
        "garrison repelled the assault.",
        "2024-05-27",
        "Unidentified Armed Group (Burkina Faso)",
        "Military Forces of Burkina Faso",
    ),
    (
        "A police station in Dera Ismail Khan came under attack from TTP militants late "
        "on Monday.",
        "2024-02-06",
        "TTP: Tehreek-i-Taliban Pakistan",
        "Police Forces of Pakistan",
    ),
    (
        "BGB members opened fire on cattle smugglers in Jessore, Bangladesh, on Monday, "
        "killing one.",
        "2024-04-02",
        "Military Forces of Bangladesh",
        "Civilians (Bangladesh)",
    ),
    (
        "Rival supporters fought with sticks and stones in Mombasa, Kenya, on Sunday.",
        "2024-09-02",
        "Rioters (Kenya)",
        "Rioters (Kenya)",
    ),
    (
        "Villagers clashed with police in Kisii, Kenya, on Monday, leaving five people "
        "injured.",
        "2024-06-11",
        "Rioters (Kenya)",
        "Police Forces of Kenya",
    ),
    (
        "Youths clashed with soldiers in Bamenda, Cameroon, on Friday after a roadblock "
        "dispute.",
        "2024-05-18",
        "Rioters (Cameroon)",
        "Military Forces of Cameroon",
    ),
    (
        "Suspected Choneros gunmen opened fire on a bar in Manta, Ecuador, on Saturday, "
        "killing four.",
        "2024-03-17",
        "Los Choneros",
        "Civilians (Ecuador)",
    ),
    (
        "Lashkar members clashed with militants in Khyber district, Pakistan, on Friday.",
        "2024-10-12",
        "Unidentified Tribal Militia (Pakistan)",
        "Unidentified Armed Group (Pakistan)",
    ),
]
ROUND8_ACTOR1_FLOOR = 0.88
ROUND8_ACTOR2_FLOOR = 0.78


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _first_event(pipeline: Pipeline, text: str, published: str) -> Event | None:
    doc = pipeline(Article("probe", text, date.fromisoformat(published)))
    return doc.events[0] if doc.events else None


def _scores(pipeline: Pipeline, probes: list[tuple[str, str, str, str]]) -> tuple[float, float]:
    hits1 = hits2 = 0
    for text, published, actor1, actor2 in probes:
        event = _first_event(pipeline, text, published)
        hits1 += event is not None and actors_match(actor1, event.actor1)
        hits2 += event is not None and actors_match(actor2, event.actor2)
    return hits1 / len(probes), hits2 / len(probes)


def _same_associates(gold: str, predicted: str) -> bool:
    """The associated actors, as sets of names ("; "-joined), each matched as actors are."""
    wanted = [a for a in gold.split("; ") if a]
    found = [a for a in predicted.split("; ") if a]
    return len(wanted) == len(found) and all(
        any(actors_match(w, f) for f in found) for w in wanted
    )


def test_round5_probe_table_scores_above_the_floor(pipeline: Pipeline) -> None:
    hits = [0, 0, 0]
    for text, published, actor1, actor2, assoc1, assoc2 in ROUND5_PROBES:
        event = _first_event(pipeline, text, published)
        if event is None:
            continue
        hits[0] += actors_match(actor1, event.actor1)
        hits[1] += actors_match(actor2, event.actor2)
        hits[2] += _same_associates(assoc1, event.assoc_actor_1) and _same_associates(
            assoc2, event.assoc_actor_2
        )
    score1, score2, assoc = (h / len(ROUND5_PROBES) for h in hits)
    assert score1 >= ROUND5_ACTOR1_FLOOR
    assert score2 >= ROUND5_ACTOR2_FLOOR
    assert assoc >= ROUND5_ASSOC_FLOOR


def _actors(pipeline: Pipeline, text: str, published: str = "2024-03-01") -> tuple[str, str]:
    event = _first_event(pipeline, text, published)
    assert event is not None, text
    return event.actor1, event.actor2


def test_a_titled_victim_is_a_party_not_a_source(pipeline: Pipeline) -> None:
    # "a police officer" with no speech verb after it is the one killed, not the reporter
    actor1, actor2 = _actors(
        pipeline, "Unidentified gunmen killed a police officer in Quetta.", "2024-06-02"
    )
    assert (actor1, actor2) == (
        "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan (2024-)"
    )
    _, hezbollah = _actors(
        pipeline,
        "An Israeli drone strike hit a car near Tyre in southern Lebanon on Wednesday, "
        "killing a Hezbollah commander.",
    )
    assert hezbollah == "Hezbollah"


def test_weapon_words_inside_the_act_are_the_doers(pipeline: Pipeline) -> None:
    actor1, _ = _actors(
        pipeline, "Ukrainian drones struck an oil depot in Russia's Bryansk region overnight."
    )
    assert actor1 == "Military Forces of Ukraine (2019-)"


# One function a case once stood here: ``data/actor_probes_r11_cases.tsv`` holds them (case,
# published, text with "\n" for a line break, actor1, actor2), each checked by the one test
# below.
CASES_FILE = Path(__file__).parent / "data" / "actor_probes_r11_cases.tsv"


def _actor_cases() -> list[Any]:
    rows = CASES_FILE.read_text(encoding="utf-8").splitlines()
    cases = [row.split("\t") for row in rows if row.strip() and not row.startswith("#")]
    return [
        pytest.param(text.replace("\\n", "\n"), published, *actors, id=case)
        for case, published, text, *actors in cases
    ]


def _agrees(expected: str, actor: str) -> bool:
    """"?": not checked; a trailing "*": the name starts so; else the exact name."""
    if expected == "?":
        return True
    if expected.endswith("*"):
        return actor.startswith(expected[:-1])
    return actor == expected


@pytest.mark.parametrize(("text", "published", "actor1", "actor2"), _actor_cases())
def test_the_first_event_carries_the_expected_actors(
    pipeline: Pipeline, text: str, published: str, actor1: str, actor2: str
) -> None:
    got = _actors(pipeline, text, published)
    assert _agrees(actor1, got[0]) and _agrees(actor2, got[1]), got


def test_one_mention_of_both_sides_fills_both_slots(pipeline: Pipeline) -> None:
    clans = _actors(
        pipeline,
        "Clashes broke out on Friday between members of two clans in the al-Qurna district "
        "north of Basrah, and three people were killed.",
        "2019-09-15",
    )
    assert clans == ("Unidentified Clan Militia (Iraq)", "Unidentified Clan Militia (Iraq)")
    herders = _actors(pipeline, "Herders and farmers clashed in Benue state on Monday.")
    assert herders[0] == herders[1] == "Unidentified Communal Militia (Nigeria)"


def test_a_stated_origin_names_unnamed_actors(pipeline: Pipeline) -> None:
    raiders = "Cattle raiders from South Sudan killed 13 people in Turkana county."
    assert _actors(pipeline, raiders)[0] == "Unidentified Armed Group (South Sudan)"
    workers = "Unidentified gunmen killed three Chinese nationals at a mine in South Kivu."
    assert _actors(pipeline, workers)[1] == "Civilians (China)"


def test_gunmen_believed_to_be_a_group_are_that_group(pipeline: Pipeline) -> None:
    text = "Gunmen believed to be Ambazonian separatists kidnapped a school principal in Kumbo."
    assert _actors(pipeline, text) == ("Ambazonian Separatists", "Civilians (Cameroon)")


def test_a_party_is_the_arrested_category_and_its_people_riot(pipeline: Pipeline) -> None:
    arrests = "On 16 June 2023, police arrested 40 activists of the opposition CCC in Harare."
    assert _actors(pipeline, arrests, "2023-06-18")[1] == "CCC: Citizens Coalition for Change"
    riot = (
        "Supporters of the opposition Bangladesh Nationalist Party clashed with police at a "
        "rally in Dhaka on Saturday and set fire to buses."
    )
    assert _actors(pipeline, riot, "2022-10-30")[0] == "Rioters (Bangladesh)"


def test_a_mob_s_victim_is_a_civilian(pipeline: Pipeline) -> None:
    text = "Angry residents lynched a suspected thief in Kampala on Monday."
    assert _actors(pipeline, text) == ("Rioters (Uganda)", "Civilians (Uganda)")


def test_a_police_informer_is_no_police_force(pipeline: Pipeline) -> None:
    text = "Maoists killed a villager they accused of being a police informer in Bijapur."
    assert _actors(pipeline, text)[1] == "Civilians (India)"


def test_who_withdrew_lost_the_place(pipeline: Pipeline) -> None:
    text = (
        "On 31 October 2023, MINUSMA completed its withdrawal from its camp in Aguelhok and "
        "handed the camp over to the Malian armed forces."
    )
    actor1, actor2 = _actors(pipeline, text, "2023-11-02")
    assert (actor1, actor2[:8]) == ("Military Forces of Mali (2021-)", "MINUSMA:")


def test_armed_parties_hit_with_actor2_are_its_associates() -> None:
    from dateline.pipeline import events
    from dateline.pipeline.roles import assign_roles
    from dateline.pipeline.segment import frames

    text = (
        "JNIM militants attacked a convoy near Djibo on Monday, killing four soldiers and two "
        "VDP members."
    )
    doc = Pipeline(stages=("actors", "places", "dates", "numbers"))(
        Article("a", text, date(2024, 3, 1))
    )
    events._actors_in_context(doc)
    (frame,) = frames(doc)
    roles = assign_roles(doc, frame)
    assert roles.actor2 is not None and roles.actor2.name == "Military Forces of {country}"
    assert [a.name for a in roles.assoc2] == ["VDP: Volunteers for the Defense of the Homeland"]


def test_an_anaphor_points_back_not_to_a_group_named_later_in_its_sentence(
    pipeline: Pipeline,
) -> None:
    text = (
        "Jihadists ambushed an army convoy near Djibo on Tuesday, killing four soldiers and "
        "two VDP members."
    )
    event = _first_event(pipeline, text, "2024-03-06")
    assert event is not None
    assert event.actor1 == "Unidentified Armed Group (Burkina Faso)"
    assert event.actor2.startswith("Military Forces of Burkina Faso")
    # the militia hit beside the army is actor2's associate, with its own evidence
    assert event.assoc_actor_2 == "VDP: Volunteers for the Defense of the Homeland"
    assert "assoc_actor_2" in {e.field for e in event.evidence}
    earlier = "JNIM fighters attacked Djibo on Monday. On Tuesday, " + text[0].lower() + text[1:]
    assert _actors(pipeline, earlier, "2024-03-06")[0].startswith("JNIM")


def test_unnamed_attackers_are_not_an_ally_of_the_group_that_claimed_them(
    pipeline: Pipeline,
) -> None:
    text = (
        "Gunmen attacked an army post near Tessalit on Tuesday, killing nine soldiers. "
        "JNIM claimed the assault in a message on its channels."
    )
    event = _first_event(pipeline, text, "2024-03-14")
    assert event is not None and event.actor1.startswith("JNIM")
    assert event.assoc_actor_1 == ""


def test_the_two_groups_named_before_are_the_two_sides(pipeline: Pipeline) -> None:
    text = (
        "Al-Shabaab and the Islamic State have competed for control of the Cal Miskaad "
        "mountains for a year. On Monday, fighters of the two groups clashed near Bosaso, "
        "leaving 20 dead."
    )
    actor1, actor2 = _actors(pipeline, text, "2024-05-14")
    assert (actor1, actor2[:14]) == ("Al Shabaab", "Islamic State ")


# Round 9 (issue #4): ``data/actor_probes_round9.tsv``, 60 reports of my own wording (34+
# countries, notes, wire, translated local, headlines) written before this round's fixes.
ROUND9_FILE = Path(__file__).parent / "data" / "actor_probes_round9.tsv"
# Scored once before the fixes of round 9: actor1 0.850, actor2 0.833 (60 probes). The fixes: the
# passive of holding off an attack ("X were repulsed by troops": X is actor1), Brazil's Military
# Police as police, state forces leading the militias hit with them, "X and Y exchanged fire" as
# two sides, more victims named by role, FACA/FDS, Papuan rebels' aliases, the Islamic State in
# Niger as its Sahel branch.
ROUND9_ACTOR1_FLOOR = 0.93
ROUND9_ACTOR2_FLOOR = 0.93


def _tsv_probes(path: Path) -> list[tuple[str, str, str, str]]:
    """(text, published, actor1, actor2) rows of a probe file (register, published, text,
    actor1, actor2; "#" lines are comments)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            _register, published, text, actor1, actor2 = line.split("\t")
            rows.append((text, published, actor1, actor2))
    return rows


def test_state_forces_lead_the_militia_hit_with_them(pipeline: Pipeline) -> None:
    text = "Wagner fighters and Malian soldiers were ambushed by JNIM near Niono on Monday."
    event = _first_event(pipeline, text, "2024-05-10")
    assert event is not None
    assert event.actor2.startswith("Military Forces of Mali")
    assert event.assoc_actor_2 == "Wagner Group"


def test_brazils_military_police_are_police(pipeline: Pipeline) -> None:
    text = "Gang members opened fire on Military Police officers in Salvador, Bahia, on Thursday."
    assert _actors(pipeline, text, "2024-05-10")[1].startswith("Police Forces of Brazil")
    # elsewhere military police stay the military
    text = "Gunmen opened fire on military police officers in Kherson, Ukraine, on Thursday."
    assert _actors(pipeline, text, "2024-05-10")[1].startswith("Military Forces of Ukraine")


def test_militants_are_never_the_militia_hit_beside_the_soldiers(pipeline: Pipeline) -> None:
    text = (
        "Three soldiers and a VDP were killed when their unit was attacked by suspected "
        "jihadists near Djibo on Thursday."
    )
    actor1, actor2 = _actors(pipeline, text, "2024-05-10")
    assert actor1 == "Unidentified Armed Group (Burkina Faso)"
    assert actor2.startswith("Military Forces of Burkina Faso")
    # allies clashing with a third party stay allies, led by the host country's forces
    text = "Rwandan and Mozambican troops clashed with insurgents near Mocimboa da Praia."
    actor1, actor2 = _actors(pipeline, text, "2024-05-10")
    assert actor1.startswith("Military Forces of Mozambique")
    assert actor2 == "Islamic State (Mozambique)"


def test_the_owner_of_a_hideout_is_hit_not_an_ally(pipeline: Pipeline) -> None:
    text = "Pakistani jets bombed suspected TTP hideouts in Khost province, Afghanistan."
    event = _first_event(pipeline, text, "2024-05-10")
    assert event is not None and event.actor1.startswith("Military Forces of Pakistan")
    assert event.actor2 == "TTP: Tehreek-i-Taliban Pakistan" and event.assoc_actor_1 == ""


# Round 10 (issue #4): ``data/actor_probes_r10.tsv``, 50 reports of my own wording (32
# countries) written before this round's fixes.
ROUND10_FILE = Path(__file__).parent / "data" / "actor_probes_r10.tsv"
# Scored once before the fixes of round 10: actor1 0.560, actor2 0.800 (50 probes; 0.600 / 0.800 on
# the gold as corrected in the file's header). The fixes: a crowd named as "the population of
# <place>" or "community members" acts; "<people> militant group" and "Murle armed youth" are
# ethnic militias; state forces reporting their armed enemies killed with no doer named did it;
# "died in a shootout with police" (police first); a weapon or ministry named by its country ("a
# Russian ballistic missile", "Russia's defence ministry"); rival tribes in Pakistan are tribal
# militias. Now actor1 0.880, actor2 0.880.
ROUND10_ACTOR1_FLOOR = 0.86
ROUND10_ACTOR2_FLOOR = 0.86


def test_state_forces_reporting_enemies_killed_did_the_killing(pipeline: Pipeline) -> None:
    text = (
        "Killed in the airstrike were two Hezbollah commanders, the Israeli military said on "
        "Tuesday."
    )
    actor1, actor2 = _actors(pipeline, text, "2024-05-10")
    assert actor1.startswith("Military Forces of Israel") and actor2 == "Hezbollah"
    # civilians killed are no claim of the speaker's: the doer stays unnamed
    text = "Killed in the airstrike were six civilians, the Syrian army said on Tuesday."
    assert not _actors(pipeline, text, "2024-05-10")[0].startswith("Military Forces")


def test_forces_that_arrived_after_the_act_are_no_side(pipeline: Pipeline) -> None:
    text = (
        "On 3 June 2025, a mob in Onitsha (Anambra) beat a man accused of stealing a phone and "
        "set him ablaze. Soldiers arrived after he had died. 1 fatality."
    )
    event = _first_event(pipeline, text, "2025-06-05")
    assert event is not None
    assert (event.actor1, event.actor2) == ("Rioters (Nigeria)", "Civilians (Nigeria)")
    assert not event.assoc_actor_1


def test_troops_of_the_au_mission_are_the_mission_of_the_day(pipeline: Pipeline) -> None:
    text = (
        "Al-Shabaab fighters ambushed Burundian soldiers of the African Union mission near "
        "Balad on Sunday, killing four of them."
    )
    assert _actors(pipeline, text, "2025-03-10")[1].startswith("AUSSOM")
    assert _actors(pipeline, text, "2023-03-10")[1].startswith("ATMIS")


# Round 11 (issue #4): ``data/actor_probes_r11.tsv``, 30 reports of my own wording (18
# countries) written before this round's fixes.
ROUND11_FILE = Path(__file__).parent / "data" / "actor_probes_r11.tsv"
# Scored once before the fixes of round 11: actor1 0.667, actor2 0.667 (30 probes; the Congolese
# army's name corrected in the file's header). The fixes: youths or militia named by a party act
# as its militia, not rioters (its activists still riot, as ACLED codes them); CNDD-FDD youths are
# the Imbonerakure; a state's forces taking ground in another state took it from that state's
# forces; shepherds, "an MDC supporter", "members of the opposition" are civilians; supporters
# "of X" blocking a road who attack police are a crowd. Now actor1 0.833, actor2 0.867.
ROUND11_ACTOR1_FLOOR = 0.83
ROUND11_ACTOR2_FLOOR = 0.86


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ZANU-PF youths assaulted two villagers in Mudzi on Monday.", "Zimbabwe"),
        ("Youths of the ruling ZANU-PF beat two shopkeepers in Gokwe on Sunday.", "Zimbabwe"),
    ],
)
def test_a_partys_youths_acting_are_its_militia(
    pipeline: Pipeline, text: str, country: str
) -> None:
    actor1, actor2 = _actors(pipeline, text, "2025-03-04")
    assert not actor1.startswith("Rioters") and actor2 == f"Civilians ({country})"


@pytest.mark.parametrize(
    "text",
    [
        "Party thugs beat an opposition activist in Epworth on Saturday.",
        "Gunmen whipped two members of the opposition in Gokwe on Monday night.",
        "Police assaulted an MDC supporter during a raid on his home in Harare on Friday.",
    ],
)
def test_party_people_hit_are_civilians(pipeline: Pipeline, text: str) -> None:
    assert _actors(pipeline, text, "2025-03-04")[1] == "Civilians (Zimbabwe)"


# Every probe table with its size and floors: (probes, size, actor1 floor, actor2 floor).
PROBE_TABLES = [
    pytest.param(PROBES, len(PROBES), ACTOR1_FLOOR, ACTOR2_FLOOR, id="first"),
    pytest.param(
        LATER_PROBES,
        len(LATER_PROBES),
        LATER_ACTOR1_FLOOR,
        LATER_ACTOR2_FLOOR,
        id="later",
    ),
    pytest.param(
        ROUND6_RIOT_PROBES,
        len(ROUND6_RIOT_PROBES),
        ROUND6_RIOT_ACTOR1_FLOOR,
        ROUND6_RIOT_ACTOR2_FLOOR,
        id="round6-riots",
    ),
    pytest.param(
        ROUND6_PROBES,
        len(ROUND6_PROBES),
        ROUND6_ACTOR1_FLOOR,
        ROUND6_ACTOR2_FLOOR,
        id="round6",
    ),
    pytest.param(
        ROUND7_PROBES,
        len(ROUND7_PROBES),
        ROUND7_ACTOR1_FLOOR,
        ROUND7_ACTOR2_FLOOR,
        id="round7",
    ),
    pytest.param(
        ROUND8_PROBES,
        len(ROUND8_PROBES),
        ROUND8_ACTOR1_FLOOR,
        ROUND8_ACTOR2_FLOOR,
        id="round8",
    ),
    pytest.param(
        _tsv_probes(ROUND9_FILE),
        60,
        ROUND9_ACTOR1_FLOOR,
        ROUND9_ACTOR2_FLOOR,
        id="round9",
    ),
    pytest.param(
        _tsv_probes(ROUND10_FILE),
        50,
        ROUND10_ACTOR1_FLOOR,
        ROUND10_ACTOR2_FLOOR,
        id="round10",
    ),
    pytest.param(
        _tsv_probes(ROUND11_FILE),
        30,
        ROUND11_ACTOR1_FLOOR,
        ROUND11_ACTOR2_FLOOR,
        id="round11",
    ),
]


@pytest.mark.parametrize(("probes", "size", "actor1_floor", "actor2_floor"), PROBE_TABLES)
def test_probe_table_scores_above_the_floor(
    pipeline: Pipeline,
    probes: list[tuple[str, str, str, str]],
    size: int,
    actor1_floor: float,
    actor2_floor: float,
) -> None:
    assert len(probes) == size  # a table that lost rows scores on fewer than it was pinned on
    actor1, actor2 = _scores(pipeline, probes)
    assert actor1 >= actor1_floor
    assert actor2 >= actor2_floor


# Round 12 (issue #4): ``data/actor_probes_r12.tsv``, 26 reports of my own wording written before
# this round's fixes; actor1 "-" marks a report that tells no event (a labour deal).
ROUND12_FILE = Path(__file__).parent / "data" / "actor_probes_r12.tsv"
# Scored once before the fixes of round 12: actor1 0.269, actor2 0.500 (26 probes). The fixes:
# "<country> and <country> border forces/troops" are both states' soldiers; sappers and army
# engineers are the state's military; a bomb squad is the police; mines or unexploded ordnance
# cleared is a disrupted weapons use; "agreed a ceasefire" is an agreement; a deal of no named
# kind ("struck a deal with the unions") is an Agreement only between conflict actors. Now actor1
# 0.808, actor2 0.769 (the misses left: "border guards" stay police, as the actor tables code
# them; a coordinated pair of clan militias; a bystander read as actor2).
ROUND12_ACTOR1_FLOOR = 0.80
ROUND12_ACTOR2_FLOOR = 0.76


def _round12_hits(pipeline: Pipeline, row: tuple[str, str, str, str]) -> tuple[bool, bool]:
    text, published, actor1, actor2 = row
    event = _first_event(pipeline, text, published)
    if actor1 == "-":
        return event is None, event is None
    if event is None:
        return False, False
    return actors_match(actor1, event.actor1), actors_match(actor2, event.actor2)


def test_round12_probes_score_above_the_floor(pipeline: Pipeline) -> None:
    rows = _tsv_probes(ROUND12_FILE)
    assert len(rows) == 26
    hits = [_round12_hits(pipeline, row) for row in rows]
    assert sum(h1 for h1, _ in hits) / len(rows) >= ROUND12_ACTOR1_FLOOR
    assert sum(h2 for _, h2 in hits) / len(rows) >= ROUND12_ACTOR2_FLOOR


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Sudanese and Chadian border forces traded fire near Adre on Friday.",
            "Military Forces of Sudan",
            "Military Forces of Chad",
        ),
        (
            "Burmese and Bangladeshi border troops exchanged fire near Teknaf on Friday.",
            "Military Forces of Myanmar",
            "Military Forces of Bangladesh",
        ),
    ],
)
def test_two_nations_border_forces_are_both_states_soldiers(
    pipeline: Pipeline, text: str, first: str, second: str
) -> None:
    actor1, actor2 = _actors(pipeline, text, "2025-03-04")
    assert {actor1.split(" (")[0], actor2.split(" (")[0]} == {first, second}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Sappers defused a bomb hidden under a culvert near Mopti on Sunday.",
            "Military Forces of Mali",
        ),
        (
            "A bomb squad defused a grenade left at a market in Kampala on Sunday.",
            "Police Forces of Uganda",
        ),
        (
            "A pipe bomb outside a church in Jos was defused by the bomb squad.",
            "Police Forces of Nigeria",
        ),
    ],
)
def test_who_defused_a_device_is_actor1(pipeline: Pipeline, text: str, actor: str) -> None:
    event = _first_event(pipeline, text, "2025-03-04")
    assert event is not None and event.sub_event_type == "Disrupted weapons use"
    assert event.actor1.startswith(actor)


@pytest.mark.parametrize(
    "text",
    [
        "The finance minister struck a deal with the transport unions in Abuja on Monday.",
        "The government reached an agreement with the nurses union in Lusaka on Friday.",
    ],
)
def test_a_labour_deal_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _first_event(pipeline, text, "2025-03-04") is None


def test_a_deal_between_armed_sides_is_an_agreement(pipeline: Pipeline) -> None:
    text = (
        "The army and Ansar Dine fighters struck a deal to exchange prisoners near Kidal on Monday."
    )
    event = _first_event(pipeline, text, "2025-03-04")
    assert event is not None and event.sub_event_type == "Agreement"
