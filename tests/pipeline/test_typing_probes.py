"""Event detection and typing on probe reports written to test generalisation, not dev wording.

``data/typing_probes.tsv``: 10+ short reports per ACLED sub-event type and 45 non-events
(accidents, disasters, crime, diplomacy, sport "battles", threats, calls to protest,
anniversaries, plans, denials, hypotheticals) in five registers (analyst note, wire, translated
local report, headline, feature) from many countries. They were written before the rules were
run on them; the rules were then fixed on their failures (0.657 -> 0.967 sub-event accuracy).

``data/typing_probes_heldout.tsv``: 118 more, written after that tuning and scored once before
any further change: 0.847 (the rules before this round scored 0.780 on them). Later fixes may
raise it, but the first figure is the honest estimate of how the rules generalise.

``data/typing_probes_kinds.tsv``: 119 in three sets for the kinds of error the blind
second-edition test split showed (arrest mentions that are no event, abductions typed as
arrests, territory over-fired on a retaken post or a handover, strategic developments missed,
protests typed as force or mob violence for a grievance or police presence), each set written
before the rules for it. The first 84 scored 0.464 before any fix; the fixes are general rules
and vocabulary (cues.json, triggers.csv, rules.csv).

``data/typing_probes_kinds_heldout.tsv``: 40 more of those kinds, written after that round's
fixes and scored once before any further change: 0.825 sub-event, 0.850 event type.
``data/typing_probes_kinds_heldout2.tsv``: 32 more, written at the end of the round after all
its fixes (dev material of the third edition included) and scored once: 0.594 sub-event, 0.656
event type. The phrasings of these kinds vary far more than the rules yet cover.
``data/typing_probes_round7.tsv`` (issue #4): 37 reports whose wording reached no event (forces
that "came under fire/attack", "fired upon", "returned fire", a person "taken from his home",
an attempted advance met by forces, a market raid told by its dead), scored 19/37 before the
fixes and 36/37 after; 3 political "came under fire" non-events added with the fix.
``data/typing_probes_audit.tsv`` (issue #4 audit): 85 written at once after all the rounds above,
3 per sub-event type (analyst note and wire, countries and verbs absent from the other tables)
and 10 non-events, scored once before any change: 0.788 sub-event, 0.835 event type (the
honest number). Its failures were mostly words for a known tactic the lexicon lacked
("reoccupied", "took ... hostage", "placed in custody", "plundered", "relinquished", "turned
over", "strapped with explosives", "signed a pledge to protect civilians", "a stash of rifles",
"declared a naval blockade"), then a tactic shadowed inside its event type (jets that
"bombarded", shells with an "asphyxiating agent", police that "dragged away" protesters, a town
"gained full control of" after an offensive). After the fixes (general vocabulary in
triggers.csv, each also checked on other wording in test_targeted_fixes): 1.000 / 1.000.

``data/typing_probes_nonevents.tsv`` (nulls9, issue #4: spurious events): 50 no-event texts
(accidents, stampedes, fires, floods, quakes, ordinary crime, trials for past attacks,
anniversaries, diplomacy, announced rallies, sport "battles", threats, calls to protest,
denials, exercises and parades, arms purchases, tallies of past violence, funerals) written at
once and scored once before any change: 0.860 (43/50; spurious events from a trial "for his
role in the 2016 truck attack", "missile launchers" in a parade, a funeral of men killed in a
raid last week, an arrest for a grandmother's murder, a cricket "attack", "respond to any
attack", "foiled a plan by youths to protest"). After the general fixes (cues.json
sport_clause/sport_violence, campaign_clause, year_named_before, parade/funeral/relative
patterns, "any" and "a plan by X to" as hypothetical): 1.000.

``data/typing_probes_demos.tsv`` (demos12, issue #4: demonstrations): 70 written at once, 10 each
of Peaceful protest, Protest with intervention, Excessive force against protesters, Violent
demonstration and Mob violence, 10 hard negatives (strikes announced, protests called or
postponed, petitions, bans, an anniversary, a history) and 10 lookalikes of other types
(organisers arrested later, a party's "abducted by police", vigilantes fighting jihadists, a
militia beating, arson by unknown men, a wedding fired on), 30+ countries. Scored once before
any change: 0.657 sub-event, 0.714 event type (46/70; the honest number). Its failures were
protests in words the lexicon lacked ("marchers", "striking drivers", portraits carried, a
vigil that demands, traffic halted), force told without a protest word (a demonstrator "beaten
to death", police that "shoot" marchers, a pupil who "succumbed to bullet wounds"), mob violence
told in the present or with the crowd as agent ("burn ... to death", "beaten unconscious by a
crowd", "set fire to a man" read as an abduction), interventions ("pepper-spray", "chased from",
"removed them"), a protest named by its past ("last month's sit-in", "years ago") and police
"abductions" (ACLED: arrests). After the general fixes: 0.943 / 0.957; left: a gathering to
mark a birthday, supporters storming an office (Violent demonstration, read as Mob violence),
and two crowds the actors stage does not see ("the population of", "community members").
``data/typing_probes_demos_heldout.tsv``: 26 more, written after those fixes for the pooled
test's kinds (violent demonstrations met by police, protests in words that reach no event),
scored once before any further change: 0.615 sub-event, 0.692 event type (16/26). Its failures:
protests told by a purpose ("camped outside Congress, demanding", "paraded ... to denounce", a
human chain, a silent procession, "occupied the square to oppose"), a protest participle read
as the grievance of the crowd's own act ("youths demonstrating against the curfew attacked a
post"), a relative aside between protesters and their act, a police push-back. After the
general fixes: 0.923 / 0.962.

``data/typing_probes_r13.tsv`` (typing13, issue #4: event type >= 95%): 60 written at once for
the kinds the fifth edition's dev split and other helpers reported (party youths beating
opponents, forces "martyred" as a post is stormed, people "set upon", a side "driven/forced out
of" a place, incursions "repulsed", protesters beaten by police, gatherings met by detentions,
offices stormed by supporters, air forces that "bombed", arrests in raids, bodies found dumped,
people found murdered, deaths "in clashes" of unnamed sides, crowds that burn public buildings,
IEDs, shelling, chemical agents, non-events told with violent words), 30+ countries, scored once
before any change: 0.667 sub-event, 0.750 event type (40/60; the honest number). Its failures
were words the lexicon lacked ("set upon", "thrashed", "repulsed", "forced out of", "set off an
explosive", a "toxic substance" released, bodies "found dumped", "found murdered"), protesters
"clubbed by riot police" read as a peaceful protest, crowds that storm or burn a police station,
district office or tallying centre read as mob violence (the corpus gold codes them violent
demonstrations), deaths "in Friday's clashes" with no side named, and a "dead" politician
commemorated read as a killing. After the general fixes: 0.950 / 0.950; left: a party's youths
or militants beating opponents and settlers beating a shepherd, whose victims the actors stage
does not name (actor2 none: typed a clash).

``data/typing_probes_r14.tsv`` (triggers14, issue #4): 31 written at once for the kinds other
helpers reported (mortars fired, devices found and destroyed / defused / blown up in a controlled
explosion, people "neutralised", crowds blocking roads or railways, stones pelted at police, drones
or mines that "struck" a place or a vehicle, two states' border forces exchanging fire) and
lookalike non-events, scored once before any change: 0.806 sub-event, 0.806 event type (25/31;
most reported kinds already held). Its failures: a road "barricaded" by villagers, "a mine
struck a bus" (read as an attack), floodwaters that "blocked" a road (read as a protest), a
speech that "struck a chord" (an attack), police who "demonstrated how to defuse a bomb" (a
protest and a disrupted weapon), and Pakistani and Afghan "border forces" that the actors stage
does not see (no event). After the general fixes: 0.968 / 0.968 (the border forces are left).

``data/typing_probes_r16.tsv`` (typing16, issue #4: event-type boundaries): 60 written at once
on the boundaries the sixth edition's dev split and the pooled test splits showed (mob violence
vs attack vs violent demonstration, violent demonstration vs protest with intervention vs
peaceful protest, arrests at a protest vs after it, air strikes alone vs inside a battle,
clashes vs attacks vs captures, looting vs abduction), about half on each side, 30+ countries,
scored once before any change: 0.900 sub-event, 0.933 event type (54/60; the honest number).
Its failures: a crowd that burns a private house with no protest (read as a violent
demonstration), protesters whose destruction the grievance filter hid ("protesting against a
land seizure burned a government vehicle", "smashed the windows of"), climate activists
"glued to a road" arrested (read as arrests), a capture only "tried" (read as taken), people
taken and held "for a ransom" (no event). After the general fixes (cues seize_not_held_before,
mob_noun, gathering_noun, scuffle; rules intervene+looting and disappear; triggers for a
burned vehicle, civil disobedience and an advance "pushed back"): 1.000 / 1.000.
``data/typing_probes_r16_more.tsv``: 30 more on the same boundaries (attacks on civilians where
forces arrive later vs clashes where the target fights back, aircraft that fire rockets, crowds
cleared after violence, rallies broken up with arrests, crowds with a grievance), written after
those fixes and scored once before any further change: 0.767 sub-event, 0.900 event type
(23/30). Its failures: aircraft that "fired rockets/a missile" (read as shelling), a rally
"broken up" then arrests (arrests), striking workers "removed" (peaceful), residents "angry
over power cuts" ransacking offices (mob violence), a march the segmentation drops ("supporters
of the jailed opposition leader marched") and villagers "armed with machetes" who killed two
suspected thieves (no crowd act seen: roles.json crowd_acts). After the general fixes: 0.933 /
0.933 (the last two are left to their owners).
``data/typing_probes_r16_attacks.tsv``: 20 on attack vs armed clash (the pooled test splits'
Attack -> Armed clash), written after the second set's fixes and scored once: 0.900 / 0.900.
Both failures are victims the actors stage types as forces: "a retired army colonel" and "an
off-duty police officer" (the second is arguable: ACLED may keep the officer's force). Left to
the actors stage (a retired or former member of a force is a civilian).
``data/typing_probes_r16_crowds.tsv``: 20 on violent demonstration vs protest with intervention
(the pooled test splits' Violent demonstration -> Protest with intervention), written after the
third set and scored once: 0.750 sub-event, 0.800 event type (15/20). Its failures: words for a
crowd's damage or blows the lexicon lacked ("smashed the windscreens of", "beat a security
guard"), a crowd's protest acts chained to its violent act ("protesting ... blocked the road
with rocks and beat"), arrests "during a silent vigil", activists "who had chained themselves"
removed, pensioners "who were blocking the entrance" dragged away. After the general fixes
(vocabulary, cue act_chain in crowds._own_acts): 1.000 / 1.000.
``data/typing_probes_r16_last.tsv``: 15 on mob violence vs attack, captures vs clashes and
looting vs abduction, written after the fourth set and scored once: 0.800 sub-event, 0.867
event type (12/15). Its failures: youths of two villages fighting each other (read as a
violent demonstration: rioters against rioters with no protest are a mob, ACLED), livestock
"carted away" (no looting word: the storming read as an attack), and a post "briefly held ...
before withdrawing under air and artillery fire" (shelling; left). After the fixes: 0.933 /
0.933.
``data/typing_probes_r17.tsv`` (typing17, issue #4: events found in no frame, type boundaries):
60 written at once for the kinds other helpers reported (a person "taken away", "picked up" and
held incommunicado, detained and driven to an undisclosed location; people who "lost their
lives" when raiders invaded, "speared to death", "murdered", "slain", killed "in the raid on" a
place; a family killed when a shell fell; crowds "gathered ... against" a law; fighters who
burned or handed in their weapons; vigilantes or villagers fighting kidnappers; communities
clashing with shops torched; burned vehicles found with or without bodies; retired or former
members of a force killed vs forces ambushed who fight back), 30+ countries, scored once before
any change: 0.583 sub-event, 0.583 event type (35/60; the honest number). Its failures: words
the lexicon lacked ("took away" a unionist, "speared", "murdered", "slain", a single "shell"
that fell or hit, "gathered ... against the law", weapons burned or handed in for disarmament,
property "were burnt" in the passive, charred bodies found in a burned car), a detention driven
to an undisclosed location (read as arrests), deaths "in the attack on Kumbwa" / "during the
raid on" a hamlet in the lead (read as a reference back: no event), villagers armed with guns
repelling kidnappers (a violent demonstration), communities or clans clashing with property
burned (looting or an armed clash), and retired or former officers killed (an armed clash).
After the general fixes (triggers.csv rows; cues attack_named, attack_place_after,
former_member_before, crowd_armed_after, defence_act, communal_sides, unknown_place; rules
self_defence and former_target; event_tactics._sides_read): 1.000 / 1.000.
``data/typing_probes_r17_lookalikes.tsv``: 20 more, lookalikes of the new words (a "slain"
journalist's relatives marching, a murder trial, the company Shell, ministers gathered to agree
sanctions "against" a junta, a weapons shipment handed over, shops gutted by an electrical
fire, a formal arrest with the place unknown to the reporter, a former army base) and the
round's kinds in other words, written after those fixes and scored once: 0.950 / 0.950
(19/20; "handed over its weapons shipment" read as a disarmament). After the fix: 1.000.
``data/typing_probes_r17_more.tsv``: 16 more of the round's kinds in other wordings, written
after the second set's fix and scored once: 0.812 / 0.812 (13/16). Its failures: deaths "in the
raid" in the lead with no place after it, a "university lecturer" taken away (noun missing),
and "local hunters repelled an attack by bandits on the village" (read as an attack on the
village: an attack fought off is a clash whoever fights it, event_tactics._attack_repelled).
After the fixes: 1.000 / 1.000. The round's former_target rule also lifts
``typing_probes_r16_attacks.tsv`` from 0.900 to 0.950 (the retired colonel; the off-duty
officer is left as the round-16 note says).
``data/typing_probes_r18.tsv`` (parties18, issue #4): 40 written at once on arrests vs
territory (state forces that enter a village, push into a town or take over a checkpoint and
detain people; escaped inmates recaptured; suspects captured) against real captures after
fighting, party supporters clashing with each other, party supporters attacking a rally,
against protesters' own violence, force on protesters and a peaceful rally, and grenades thrown
at a bar or a bus stand; 30 countries, scored once before any change: 0.475 sub-event, 0.625
event type (19/40; the honest number). Its failures: a place "entered", "moved into" or a
checkpoint "taken over" outranking the arrests made there (Government regains territory),
"recaptured six inmates" read as a town retaken, "captured two suspected members" read as a
clash, party people clashing read as a violent demonstration (activists worded as protesters)
or an armed clash (a party's youth wing against supporters), "came to blows" and "fought with
stones and sticks" reaching no event, and supporters who attack a rally read as a violent
demonstration. After the general fixes (event_tactics._entered_to_arrest; crowds.rival_crowds_fight,
crowd_falls_on_gathering, crowd_side, crowd_fighter; triggers._people_taken on
escapees; new triggers): 0.900 / 0.925. Left: party people the actors stage reads as armed
("UPND and PF cadres" as an armed group and the army, Nepal's "Maoist cadres" as the Indian
CPI (Maoist)), youths "armed with sticks" who "broke up a protest" (the roles make the
teachers lead), and police arresting drug-gang members after entering a district (the arrests
are ordinary crime: no event; probe labelled Arrests). 15 more of these kinds, written after
those fixes and scored once: 0.667 sub-event, 0.800 event type (10/15): the Taliban entering a
district to detain (a de facto authority), "drove ... out of a village" (no territory word with
"a"), "PPP and PTI workers", "members of the ruling Frelimo party" (no actor mention) and
police that "beat opposition supporters at a rally" (read as a peaceful protest). After the
general fixes (cues beaten_at_gathering, party_crowd_words; _gathering_beaten): 15/15; seven
of them are in test_targeted_fixes.

``data/typing_probes_r19.tsv`` (typing19, issue #4: type boundaries and missed strategic
events from the seventh edition's dev kinds): 60 written at once on attacks on civilians named
as a group or beside a fight told elsewhere vs two armed sides fighting, crowds attacking people
(suspects, migrants, a minority) vs demonstrations, police present or deployed vs police
intervening, live fire on protesters, drones that drop explosives, arrests vs territory, a gang
that burns and kills, groups banned, disbanding, joining a ceasefire or calling off a march,
deals signed, bases and posts set up, abductions, and hard negatives (a ban only proposed, a
deal under negotiation, police deployed ahead of a march next week), 30+ countries, scored once
before any change: 0.800 sub-event, 0.817 event type (48/60; the honest number). Most
boundary probes already held; its failures were strategic events in words the lexicon lacked
(a group "banned"/"outlawed", "announced it would disband", "joined the ceasefire", a march
"called off" read as a protest, a "suspension of operations pact" read as a suspension of
operations, "signed a deal ... to cease hostilities", "a new checkpoint post" established), a
ceasefire deal "still being negotiated" read as signed, an attack on displaced families read as
a clash because the army was named in a fight days before, and students "angry over" a closure
who smashed windows (no doer read: looting). After the general fixes (triggers.csv rows for
bans, announced changes, a protest called off, surrender to the state, arms handed over,
suspension-of-operations and cease-hostilities deals, inaugurated bases and new posts; cues
'still negotiating'; event_tactics._people_are_the_target with rules 'civilian_object',
_crowd_harms_people_first, _aggrieved_crowd_wrecks reading the first crowd named): 0.967 /
0.967; with a group's property seized ("seized its university": no territory) at the end of
the round, 0.983 / 0.983. Left: the Dakar march that "passed off peacefully" after police were
deployed "ahead of" it ("ahead of" is a hypothetical cue within five words of the march).
``data/typing_probes_r19_more.tsv``: 24 more of the round's kinds in other words and lookalikes
of its new words ('the outlawed X', a search called off, seized rifles handed over, a deal still
being negotiated), written after those fixes and scored once: 0.792 sub-event, 0.833 event
type (19/24). Its failures: "thirty fighters of the Allied Democratic Forces surrendered" (the
group's name broke the row), a camp inaugurated "to protect the besieged town" (the adjective
read as a siege), "they dispersed after handing a letter" (read as an intervention), explosives
dropped from a "quadcopter" and an attack on miners next to "the army had clashed with
militants ... last week" (a clash of the week before, left). After the fixes: 0.958 / 0.958.
A second set of fixes for the seventh dev's remaining kinds (a grievance arrest after "the
release of X,", a death "who died" after "justice for", a crowd named far from its act with no
doer read, "firing in all directions" as a gang burns, a person driven off with, baton charges
and stun grenades, flares or eggs hurled at an office) was followed by
``data/typing_probes_r19_last.tsv``: 16 on those kinds and their lookalikes (a van driven off
with, bodies recovered by villagers, militiamen who loot a market emptied before they came),
scored once: 1.000 / 1.000 (written by the author of the rules, so a weak test of them).

``data/typing_probes_r20.tsv`` (typing20, issue #4: type boundaries and missed events from the
eighth edition's dev kinds): 60 written at once on missed peaceful protests in many wordings,
protest lookalikes (a diplomatic protest, a letter of protest, markets that rallied, a march
only planned), militia, clan, gang and Maoist clashes vs attacks on civilians, shelling vs
missile tests, drills and arms purchases, crowds' damage vs looting by unnamed or state doers,
abductions by armed men vs formal arrests vs places seized, local peace deals, drone strikes
on a crowd vs a mob, arrests of men holding grenades vs grenades thrown, 30+ countries, scored
once before any change: 0.817 sub-event, 0.817 event type (49/60; the honest number). One of
its labels disagreed with the corpus convention (a road blocked with burning tyres, written as
a peaceful protest; the gold and rules.csv code it a violent demonstration): relabelled after
the first score, which makes that score 50/60. Its failures: "letter of protest" and "lodged a
formal protest" read as protests, a missile "test-fired", "a budget to buy artillery shells"
and a "live-fire artillery drill" read as shelling, "factory workers demanding unpaid wages
vandalised machinery" read as looting (no doer read), "bulldozed three homes" reaching no event,
"seized a contractor" read as a town taken, plain-clothes men who "bundled" an activist away
with the authorities denying it read as arrests, and "arrested two men carrying hand grenades"
read as a grenade attack. After the general fixes (triggers._without_weapons_held with cue
weapon_held_before; cues demand_between and people_group in
event_tactics._aggrieved_crowd_wrecks; described_before for a protest lodged or written;
non-event clauses for tests, drills and arms purchases; rules: a crowd struck by an air,
missile or suicide attack is its victim; vocabulary for demolitions, persons seized and
detentions not acknowledged): 0.983 / 0.983 with the frame vote off, 0.967 with it on (the vote
types "detained a teenager suspected of planning to throw a hand grenade" a grenade attack).
Left: the plain-clothes abduction (the denial after ';' is not joined to the frame).
``data/typing_probes_r20_more.tsv``: 24 more of the round's kinds in other words and lookalikes
of its new words (unknown people vandalising a mosque, two villages' youths fighting with
machetes, "engaged in talks with the rebels", a ceasefire only called for, drivers who "would go
on strike", protests "have been held ... this year", a derby score, European leaders gathered
"in solidarity with Ukraine" for a summit), written after the round's second set of fixes (by
their author) and scored once: 0.792 sub-event, 0.833 event type (19/24). Its failures: "smashed
the gates of" (no looting word), "signed a humanitarian ceasefire", people gathered "in
solidarity with detained journalists" (the arrest read as an intervention), the leaders' summit
read as a protest, and one probe written wrongly (a road block on Monday and offices stormed on
Tuesday are two events: its first day is now told as weeks of blockades). After the fixes
(the gathering row skips leaders, ministers, officials, diplomats and delegates; 'in
solidarity with' is a protest's reason, read from the protest's start): 1.000 / 1.000 with the
frame vote off; with it on, 0.958 sub-event (the vote types the Rabat gathering an intervention).
``data/typing_probes_r21.tsv`` (round 21, issue #4: detection and typing boundaries): 30 probes
in new wording on the typing kinds the ninth edition's dev part showed, with lookalikes (a doer's
quoted label for its act, aircraft named by model, people killed "by a drone", "the ousted
president", a negated relative clause before a protest, pots, slogans, flares and eggs, arson and
explosive charges in the passive, a party's activities suspended, "taken over the inquiry",
"vowed more attacks", accidents with an arrest, forces entering a town after others fought),
written after the round's segmentation and trigger rules (by their author) and scored once: 27/30
with the frame vote off. Fixed after: aircraft models in the plural ("K-8s struck") and a
relative clause whose negated verb has an object ("who have never been paid their arrears"):
29/30 (0.967) with the vote off; 0.900 sub-event, 1.000 event type with it on. Left: residents
stoning a MONUSCO convoy typed Attack (the actors stage names the convoy actor1).

``data/typing_probes_r22.tsv`` (round 22, issue #4: detection and typing on new text): 44 probes
in my own wording (28 countries; wire, translated local, notes, headlines, features) on the kinds
the tenth edition's dev part showed, with lookalikes on the other side of each boundary, written
at once before any round-22 rule and scored once: 28/44 (0.636 sub-event, 0.682 event type) with
the frame vote off, 31/44 (0.705, 0.727) with it on (the honest number). Its failures: people
"picked up", "led away", "took away" (no trigger), plain-clothes agents whose denial of holding a
man came in the next sentence (read as arrests), crowds told only by a demand ("parked their cars
across the avenue ..., demanding", "sat on the highway ..., demanding", "moored pirogues ... to
denounce"), a rally "after six newborns died" (read as force), "attacked a car ... with an FPV
drone" and "dropped a mortar round from a quadcopter", rival party factions "clashed with
homemade guns" (a riot), police "regained control of the main roads" after a riot (territory), a
town "under daily drone and artillery attack for weeks" (an event), arrests of students "who had
organised a sit-in" (an intervention), a raid told with "the police command said" (a clash with
the police: actors), pensioners who storm an office (no actor read: actors). After the general
fixes (triggers: a take-away verb with a person after it is an abduction, the police's an arrest;
a demand after a group's act, with a comma or "to", is its protest; an act with or from a drone
is a strike from the air; segment: a clause telling only that nobody knows where the taken are
stays with the arrest or abduction; cues: a protest "after" deaths with no doer has them as its
grievance; an arrest by "who had organised ..." is the reason; past_acts: "under daily ...
attack" is a state; rules: communities or rival factions fighting with firearms are an armed
clash before any crowd reading; crowd_readings.order_restored: state forces taking streets back
from a crowd take no territory): 41/44 (0.932 / 0.932) with the vote off and on. Left: the two
actors-stage failures and a headline "held in Algiers after campus sit-in".
``data/typing_probes_r22_more.tsv``: 14 more in other words and lookalikes of the round's new
rules (written after them by their author, so a weak test), scored once: 13/14 with the vote
off, 12/14 with it on (kidnappers "holding" engineers who send a ransom video read as an
abduction; with the vote on, police that "hauled off two student organisers" typed an
intervention).
``data/typing_probes_r22_last.tsv``: 10 on the round's last rules (a crowd gathered "with
placards", one that "dispersed after reading a statement", students "who wanted to march" blocked
by police, an ambush with rockets and machine guns vs rockets fired from afar, an offensive "being
planned", bells at "the minute the bomb exploded", helicopters that "evacuated the wounded", a
"new observation point"), written after them by their author and scored once: 7/10 (an
offensive whose plan came 9 words after it, "observation point" after "set up", and a crowd that
"assembled ... and dispersed after reading a press statement against the new water tariffs");
after widening the plan window and the set-up row: 9/10 (the last left: no protest word).

``data/typing_probes_r23.tsv`` (round 23, issue #4: event type on new text): 44 probes in my
own wording (28 countries; notes, wire, translated local, headlines, a feature) on the kinds the
eleventh edition's dev part showed with the frame vote off, both sides of each boundary, written
at once before any round-23 rule and scored once: 24/44 (0.545 sub-event, 0.614 event type) with
the vote off, 26/44 (0.591, 0.636) with it on (the honest number). Its failures: a note's tag
"[size=no report]" read as a negation of the act after it (youths who set fire to a town hall,
then dispersed: an intervention), "a group of armed men" read as a mob, captives "marched into
the bush" read as a protest, captives later found dead (an abduction, not an attack), a vehicle
"intercepted" to take its passengers (disrupted weapons use), "the bomb site", "the attack site",
"the site of Monday's roadside blast" read as acts, an "air raid alert" with no strike, judicial
executions ("executed a man convicted of ...", "hanged two men ... convicted of killing"),
cocaine laboratories "dismantled", a protest "claiming that 3 fishermen had been killed" (force),
bombs "were dropped on a monastery by junta jets" (a bomb), residents who "denounced that
explosives were dropped from drones" (a reaction, no act), residents beating a thief handed "to
the police with head injuries" (the police read as the doers), a vigil, an arms truck
intercepted. After the general fixes (triggers: a note's tag is no words of the report; the noun
of an act before "site"/"scene" or after "the site of" names a place; an execution in a clause
of a conviction or sentence is judicial; a reaction verb with "that" reports the act; deaths a
protest claims are its grievance; event_tactics: an abduction absorbs the interception that made
it and, with its captives killed or found dead, is an Attack; crowds: a wound named as the state
of the hurt is no act of the police who received him; vocabulary: passive take-aways into the
forest or bush, passive crowd verbs, bombs dropped on or from, air raid alerts, dismantled
weapons only, vigils, "planning" attacks): 41/44 (0.932 / 0.932) with the vote off, 39/44
(0.886 / 0.909) with it on. Left: a feature's aircraft told apart from its strike, a protocol
signed (no agreement word), a vigil by "relatives" (no crowd actor read: actors).
``data/typing_probes_r23_more.tsv``: 16 more in other words and lookalikes of the round's rules
(written after them by their author, so a weak test), scored once: 13/15 with the vote off (a
raid whose "ensuing shootout" had no clash word, fixed by reading gunfire too; villagers who
"beat a suspected goat thief": no trigger), then one lookalike added (a convoy that "came under
fire from gunmen" stays an attack): 15/16 with the vote off.
``data/typing_probes_r23_last.tsv``: 6 on the round's last rule (police that meet a crowd's act
named back, "stopped the march at Maitighar", "broke up the rally near the Kaloum roundabout",
at a spot of their own: one protest with intervention, not a peaceful protest beside it) and
vigils announced or held, written after it by their author and scored once: 6/6 (5/6 before the
rule: the Kathmandu march split in two).
``data/typing_probes_r23_air.tsv``: 3 on the round's aircraft rule (aircraft told coming over a
place, then deaths with no strike word, as a feature tells it: a strike from the air), written
after it and scored once: 2/3 (0/3 without it).

A probe is right when the article's events have exactly the probe's sub-event type (no event
for NONE). The floors sit slightly below the measured accuracy.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from dateline.model import Article
from dateline.pipeline import Pipeline
from dateline.taxonomy import NONE, sub_event, sub_event_types

DATA = Path(__file__).parent / "data"
FLOORS = {
    "typing_probes.tsv": 0.965,
    "typing_probes_heldout.tsv": 0.85,
    "typing_probes_kinds.tsv": 0.975,
    "typing_probes_kinds_heldout.tsv": 0.92,
    "typing_probes_kinds_heldout2.tsv": 0.95,
    "typing_probes_round7.tsv": 0.95,
    "typing_probes_audit.tsv": 0.97,
    "typing_probes_nonevents.tsv": 0.97,
    "typing_probes_demos.tsv": 0.93,
    "typing_probes_demos_heldout.tsv": 0.9,
    "typing_probes_r13.tsv": 0.94,
    "typing_probes_r14.tsv": 0.95,
    "typing_probes_r16.tsv": 0.98,
    "typing_probes_r16_more.tsv": 0.92,
    "typing_probes_r16_attacks.tsv": 0.93,
    "typing_probes_r16_crowds.tsv": 0.98,
    "typing_probes_r16_last.tsv": 0.92,
    "typing_probes_r17.tsv": 0.98,
    "typing_probes_r17_lookalikes.tsv": 0.98,
    "typing_probes_r17_more.tsv": 0.98,
    "typing_probes_r18.tsv": 0.88,
    "typing_probes_r19.tsv": 0.97,
    "typing_probes_r19_more.tsv": 0.94,
    "typing_probes_r19_last.tsv": 0.98,
    "typing_probes_r20.tsv": 0.95,
    "typing_probes_r20_more.tsv": 0.95,
    "typing_probes_r21.tsv": 0.88,
    "typing_probes_r22.tsv": 0.9,
    "typing_probes_r22_more.tsv": 0.85,
    "typing_probes_r22_last.tsv": 0.85,
    "typing_probes_r23.tsv": 0.88,
    "typing_probes_r23_more.tsv": 0.93,
    "typing_probes_r23_last.tsv": 0.98,
    "typing_probes_r23_air.tsv": 0.65,
}
EVENT_TYPE_FLOORS = {
    "typing_probes.tsv": 0.97,
    "typing_probes_heldout.tsv": 0.86,
    "typing_probes_kinds.tsv": 0.975,
    "typing_probes_kinds_heldout.tsv": 0.92,
    "typing_probes_kinds_heldout2.tsv": 0.95,
    "typing_probes_round7.tsv": 0.95,
    "typing_probes_audit.tsv": 0.97,
    "typing_probes_nonevents.tsv": 0.97,
    "typing_probes_demos.tsv": 0.94,
    "typing_probes_demos_heldout.tsv": 0.95,
    "typing_probes_r13.tsv": 0.94,
    "typing_probes_r14.tsv": 0.95,
    "typing_probes_r16.tsv": 0.98,
    "typing_probes_r16_more.tsv": 0.92,
    "typing_probes_r16_attacks.tsv": 0.93,
    "typing_probes_r16_crowds.tsv": 0.98,
    "typing_probes_r16_last.tsv": 0.92,
    "typing_probes_r17.tsv": 0.98,
    "typing_probes_r17_lookalikes.tsv": 0.98,
    "typing_probes_r17_more.tsv": 0.98,
    "typing_probes_r18.tsv": 0.9,
    "typing_probes_r19.tsv": 0.97,
    "typing_probes_r19_more.tsv": 0.94,
    "typing_probes_r19_last.tsv": 0.98,
    "typing_probes_r20.tsv": 0.95,
    "typing_probes_r20_more.tsv": 0.95,
    "typing_probes_r21.tsv": 0.93,
    "typing_probes_r22.tsv": 0.9,
    "typing_probes_r22_more.tsv": 0.85,
    "typing_probes_r22_last.tsv": 0.85,
    "typing_probes_r23.tsv": 0.9,
    "typing_probes_r23_more.tsv": 0.93,
    "typing_probes_r23_last.tsv": 0.98,
    "typing_probes_r23_air.tsv": 0.65,
}

Probe = tuple[str, str, date | None, str]


def _probes(name: str) -> list[Probe]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, register, published, text = line.split("\t")
        rows.append((label, register, date.fromisoformat(published) if published else None, text))
    return rows


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _types(pipeline: Pipeline, text: str, published: date | None = date(2024, 5, 15)) -> list[str]:
    events = pipeline(Article("probe", text, published)).events
    return sorted({e.sub_event_type for e in events}) or [NONE]


def _event_type(label: str) -> str:
    return NONE if label == NONE else sub_event(label).event_type


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_probe_accuracy_is_above_its_floor(pipeline: Pipeline, name: str) -> None:
    probes = _probes(name)
    right = event_right = 0
    misses: Counter[tuple[str, str]] = Counter()
    for label, _register, published, text in probes:
        got = _types(pipeline, text, published)
        right += got == [label]
        event_right += sorted({_event_type(g) for g in got}) == [_event_type(label)]
        if got != [label]:
            misses[(label, "+".join(got))] += 1
    accuracy, event_accuracy = right / len(probes), event_right / len(probes)
    print(f"{name}: sub-event accuracy {accuracy:.3f}, event type {event_accuracy:.3f}; {misses}")
    assert accuracy >= FLOORS[name], misses.most_common(10)
    assert event_accuracy >= EVENT_TYPE_FLOORS[name], misses.most_common(10)


def test_probe_files_cover_every_sub_event_type_and_none() -> None:
    labels = Counter(label for label, *_ in _probes("typing_probes.tsv"))
    assert set(labels) == set(sub_event_types()) | {NONE}
    assert min(labels.values()) >= 8  # Other and the transfers are rare: 8+; the rest 10+
    registers = Counter(register for _, register, *_ in _probes("typing_probes.tsv"))
    assert set(registers) == {"note", "wire", "local", "headline", "feature"}


# One case per fix made on the probes' failures (each rule is general: other wording of the
# same pattern is in the probe files).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # territory words beyond "captured/retook"
        ("Ukrainian forces liberate village of Robotyne in Zaporizhzhia region",
         "Government regains territory"),
        ("Iraqi troops drove Islamic State militants out of the village of Tal Abtah on Sunday.",
         "Government regains territory"),
        ("On 9 May 2024, TPLF forces occupied the town of Alamata (Southern Tigray).",
         "Non-state actor overtakes territory"),
        # a place taken after the other side left, or without a fight
        ("Al-Shabaab fighters took control of the town of Galcad on Monday after the army "
         "withdrew.", "Non-violent transfer of territory"),
        ("Government soldiers walked into the town of Kalehe on Tuesday without firing a shot.",
         "Non-violent transfer of territory"),
        # a withdrawal told after a capture is the loser's side of it, not a second event
        ("The army said on Tuesday it had taken control of Kidal. The rebels said their fighters "
         "had withdrawn from the town.", "Government regains territory"),
        ("Soldiers and militants traded fire near Miranshah on Sunday, killing four.",
         "Armed clash"),
        ("Police shoot dead three demonstrators in Kenya tax protests",
         "Excessive force against protesters"),
        ("A young protester was beaten to death by police during Saturday's march.",
         "Excessive force against protesters"),
        ("Indian farmers staged a hunger strike in Punjab on Sunday against new farm laws.",
         "Peaceful protest"),
        ("Crowd kills alleged thief in Uganda", "Mob violence"),
        ("An aircraft of the junta bombed the village of Let Yet Kone on Tuesday.",
         "Air/drone strike"),
        ("A Ukrainian UAV hit a bus near Oleshky on Monday, killing one passenger.",
         "Air/drone strike"),
        ("A female kamikaze exploded her belt in the market of Konduga on Sunday.",
         "Suicide bomb"),
        ("Suicide blast at Pakistan rally kills 40", "Suicide bomb"),
        ("Two soldiers were killed on Wednesday when they stepped on an anti-personnel mine.",
         "Remote explosive/landmine/IED"),
        ("Suspected herders hacked to death four farmers in Benue state on Monday.", "Attack"),
        ("Armed men seize 30 schoolchildren in northwest Nigeria",
         "Abduction/forced disappearance"),
        ("The army and the rebels agreed to a temporary ceasefire in northern Shan on Friday.",
         "Agreement"),
        ("Russia and Ukraine exchanged 75 prisoners of war each on Friday.", "Agreement"),
        # arrests made in raids or an operation are arrests, not attacks or battles
        ("Turkish police detained 25 people suspected of links to Islamic State in raids "
         "across Istanbul on Tuesday.", "Arrests"),
        ("The gendarmerie apprehended two presumed terrorists on Monday in Dori.", "Arrests"),
        ("Opposition leader arrested in Tanzania ahead of rally", "Arrests"),
        ("Houthis announce suspension of attacks on ships in Red Sea",
         "Change to group/activity"),
        ("Haitian gangs announce end of truce with police", "Change to group/activity"),
        ("The army discovered and destroyed an IED on the Maiduguri road on Monday.",
         "Disrupted weapons use"),
        ("Police in Mombasa seized a cache of explosives and grenades in a raid on Wednesday.",
         "Disrupted weapons use"),
        ("Turkish army establishes new outpost in northern Iraq",
         "Headquarters or base established"),
        ("Militants torch school in Pakistan's Swat", "Looting/property destruction"),
        ("Armed men pillaged the health centre of Djibasso on Monday.",
         "Looting/property destruction"),
        ("Soldiers stage coup in Niger, detain president", "Other"),
        ("Mutinous soldiers took control of the state broadcaster on Sunday and announced they "
         "had deposed the president.", "Other"),
        ("Armed settlers raided the village of Qusra on Saturday, setting fire to two houses "
         "and a mosque.", "Looting/property destruction"),
        ("Insurgents attacked the village of Quiterajo on Friday, beheading three farmers.",
         "Attack"),
        ("Two armed groups in the Central African Republic said on Monday they were forming an "
         "alliance to fight the government.", "Change to group/activity"),
        ("The last Chadian troops left the town on Friday, handing over their camp to the "
         "army of Niger.", "Non-violent transfer of territory"),
        ("Members of the ruling party's youth wing beat three opposition activists with "
         "sticks on Saturday evening in the commune of Gihanga.", "Attack"),
        ("On 12 May 2024, the army set up a new military position on a hill near Jenin.",
         "Headquarters or base established"),
        ("On 13 May 2024, the rebels announced a unilateral ceasefire for humanitarian reasons.",
         "Change to group/activity"),
        ("On 9 May 2024, residents uncovered a mass grave near Sirte.", "Other"),
        # weapons backing a ground assault are part of the battle, not shelling
        ("Rebels backed by mortars attacked an army post near Kalehe on Sunday, killing four "
         "soldiers.", "Armed clash"),
        # a seizing with no object takes no place ("weapons it said it had seized")
        ("On Friday militants killed six soldiers in an ambush near Kandi. The group published "
         "pictures of the weapons it said it had seized.", "Armed clash"),
        ("A drone of the Nigerien armed forces struck a market near Tillaberi on Sunday, "
         "killing nine civilians.", "Air/drone strike"),
        ("Rebels walked into the centre of Kalehe on Friday after brief exchanges of fire with "
         "retreating soldiers.", "Non-state actor overtakes territory"),
        # a tie the victim was accused of is no party: the killing stays violence on a civilian
        ("On 12 May 2024, NPA rebels shot dead a farmer in Samar, accusing him of being an "
         "informant for the army.", "Attack"),
        # a crowd that disperses of its own accord met no intervention
        ("On Tuesday, hundreds of women blocked the highway in Moirang for six hours to demand "
         "protection, before dispersing peacefully.", "Peaceful protest"),
        # round 5: arrests by armed groups are abductions, unless they govern the place
        ("Al-Shabaab fighters detained two elders in Jilib on Monday.",
         "Abduction/forced disappearance"),
        ("Houthi rebels arrested two journalists in Sanaa on Monday.", "Arrests"),
        # a detention with no news since is a disappearance
        ("On 12 May 2024, soldiers arrested 12 civilians near Niono. Relatives have had no news "
         "since.", "Abduction/forced disappearance"),
        # a post retaken in a fight is the fight; people captured are abducted
        ("Soldiers retook a checkpoint near Gao on Sunday after a gunfight with jihadists.",
         "Armed clash"),
        ("Militants captured a village chief near Diffa on Sunday.",
         "Abduction/forced disappearance"),
        # killings during an abduction make it an attack (ACLED)
        ("Bandits killed nine villagers and abducted 30 others in Zamfara on Sunday.", "Attack"),
        # the violence a protest is about is not done at it
        ("Residents demonstrated in Goma on Sunday against the killing of a driver by soldiers "
         "last week.", "Peaceful protest"),
        # armed men blocking a road stage no protest
        ("Separatist gunmen blocked a highway near Kalat on Sunday and shot dead 14 passengers.",
         "Attack"),
        # explosives at a rally, or striking a bus of traders, are the explosion (no force
        # against protesters, no mob)
        ("Grenades thrown into a crowd at a rally in Bukavu killed 11 people on Thursday.",
         "Grenade"),
        ("A minibus carrying traders struck an IED near Douentza on Saturday, killing six "
         "passengers.", "Remote explosive/landmine/IED"),
        ("Gunmen stormed a church in Kaduna on Sunday and marched 17 worshippers into the bush.",
         "Abduction/forced disappearance"),
        ("Two rockets fired from Gaza were intercepted over Ashkelon on Monday.",
         "Disrupted weapons use"),
        ("Separatists intercepted a bus near Kumba on Sunday and abducted six passengers.",
         "Abduction/forced disappearance"),
        ("On Tuesday, health workers held a dharna in front of the collectorate in "
         "Kozhikode, demanding higher pay.", "Peaceful protest"),
        ("On Monday, lecturers gathered in front of the governorate building in "
         "Nasiriyah (Dhi Qar), demanding permanent contracts.", "Peaceful protest"),
        ("Thousands rallied in Tripoli on Friday to demand the government's resignation after a "
         "week of deadly clashes between armed groups.", "Peaceful protest"),
        ("On Saturday, a crowd of villagers in Gumla beat two men to death on suspicion of "
         "child lifting.", "Mob violence"),
        ("A young man was beaten to death by a group of students in Dhaka on Wednesday night.",
         "Mob violence"),
        ("Searching mothers located on Monday at least seven clandestine graves near Fresnillo.",
         "Other"),
        ("The ELN announced on Wednesday a 72-hour armed strike in Arauca.",
         "Change to group/activity"),
        ("Two activists were taken from their home in Caracas on Saturday by hooded men; their "
         "families have had no news of them since.", "Abduction/forced disappearance"),
        ("On Sunday, protesters angry at power cuts during a heatwave burned tyres and threw "
         "stones at the council building in Basra.", "Violent demonstration"),
        # a strike that landed is the strike, even when other drones were shot down
        ("On Sunday, Ukrainian drones struck the oil refinery in Saratov. The defence ministry "
         "said air defences had downed 12 drones over the region.", "Air/drone strike"),
        ("On Friday, about 200 residents gathered in Zhanaozen on Independence Day to "
         "commemorate the oil workers killed in 2011.", "Peaceful protest"),
        ("Gunmen seized a bus carrying 30 passengers near Gusau on Sunday, police said.",
         "Abduction/forced disappearance"),
        ("The rebels ceded the locality of Kiwanja to the army on Monday, following negotiations.",
         "Non-violent transfer of territory"),
        ("On Monday the Arakan Army made the captured town of Paletwa its new headquarters.",
         "Headquarters or base established"),
        ("The CODECO militia withdrew from the peace process on Sunday, a spokesman said.",
         "Change to group/activity"),
        ("Soldiers mutinied at a barracks in Bouake on Monday, seizing the armoury.", "Other"),
        ("Police fired warning shots into the air to disperse students protesting in Conakry on "
         "Tuesday.", "Protest with intervention"),
        # journalists "covering a demonstration" are arrested, no protest is told
        ("Police in Mogadishu detained three journalists on Monday who were covering a "
         "demonstration by displaced people.", "Arrests"),
        # a town a road leads to is no second place of the ambush
        ("Militants ambushed a military bus east of Palmyra on Thursday, killing six soldiers. "
         "The attackers fired rocket-propelled grenades at the bus on the road to Deir ez-Zor.",
         "Armed clash"),
        ("About 300 families occupied a farm near Petrolina on Sunday, demanding land reform.",
         "Peaceful protest"),
        # a long-run phrase voids only what follows it, not the act told before it
        ("Gunmen killed 13 farmers near Argungu on Friday, police said, blaming a group that has "
         "spread across the border in recent years.", "Attack"),
        ("Ukrainian drones set an oil refinery in the city of Ryazan ablaze overnight on Tuesday.",
         "Air/drone strike"),
        ("Police blocked the march in Panama City on Wednesday with riot shields and pepper spray.",
         "Protest with intervention"),
        # an assault with mortars or a bomb and direct fire on soldiers is a battle
        ("On Monday, IS militants attacked an army position near Tuz Khurmatu with sniper fire "
         "and mortars, killing two soldiers.", "Armed clash"),
        ("Militants attacked an army outpost on Sunday night: they set off a roadside bomb as a "
         "patrol approached and then opened fire with machine guns.", "Armed clash"),
        # a bomb disposal team is no bomb; suspects detained in the operation are part of it
        ("Police found and defused a car loaded with explosives in Mogadishu on Monday. Two "
         "suspects were detained during the operation, while the bomb disposal team worked.",
         "Disrupted weapons use"),
        # round 7: a market raid told only by its dead is an Attack, without dead a looting
        ("On 3 May 2024, gunmen raided a cattle market near Birnin Gwari and looted stalls. "
         "5 fatalities.", "Attack"),
        ("On 3 May 2024, gunmen raided a cattle market near Birnin Gwari and looted stalls.",
         "Looting/property destruction"),
        ("Soldiers manning a checkpoint near Ras Kamboni came under fire from al-Shabaab "
         "militants on Sunday.", "Armed clash"),
        # "since" a day long past opens a span up to now: the clause is background
        ("The region has been divided since May 2022, when clashes killed more than 250 people. "
         "On Sunday night, gunmen shot dead a farmer near Moirang, police said.", "Attack"),
        # audit round: other wording of each new phrase than the audit table's
        ("Houthi fighters took two UN staff members hostage in Hodeidah on Thursday.",
         "Abduction/forced disappearance"),
        ("Security agents took the opposition spokesman into custody at Entebbe airport on "
         "Friday.", "Arrests"),
        ("Police placed four student leaders under arrest in Dhaka on Sunday.", "Arrests"),
        ("Myanmar's junta and the Three Brotherhood Alliance signed a commitment in Kunming on "
         "Monday to halt attacks on civilians.", "Agreement"),
        ("The Arakan Army announced on Friday a blockade of all roads leading to Sittwe.",
         "Change to group/activity"),
        ("Soldiers found a hidden stash of AK-47 rifles in a cave near Kidal on Monday.",
         "Disrupted weapons use"),
        ("Militiamen plundered the health centre of Kalembelembe on Sunday.",
         "Looting/property destruction"),
        ("Settlers cut down dozens of olive trees near Turmus Ayya on Thursday.",
         "Looting/property destruction"),
        ("The rebels relinquished control of the town of Walikale to the army on Tuesday.",
         "Non-violent transfer of territory"),
        ("The French army turned the Gao base over to Malian troops on Monday.",
         "Non-violent transfer of territory"),
        ("A woman with explosives strapped to her body blew up at a checkpoint in Mora on "
         "Sunday, killing three soldiers.", "Suicide bomb"),
        ("Soldiers violated two girls in a village near Kindu on Saturday, a local NGO said.",
         "Sexual violence"),
        ("Police hauled away dozens of protesters blocking the entrance of the parliament in "
         "Skopje on Monday.", "Protest with intervention"),
        ("Israeli jets strafed a convoy near Rafah on Tuesday, killing four.", "Air/drone strike"),
        ("Witnesses said the shells released a choking gas over the trenches near Bakhmut on "
         "Monday.", "Chemical weapon"),
        ("Al-Shabaab fighters gained complete control of the town of Mahas on Monday after a "
         "two-day offensive.", "Non-state actor overtakes territory"),
        ("Afghan forces reoccupied the district centre of Jani Khel on Friday, ending a "
         "week-long battle with the Taliban.", "Government regains territory"),
        # demos12: other wording of each demonstration fix than typing_probes_demos.tsv's
        ("Gendarmes beat a young marcher to death in Thies on Monday.",
         "Excessive force against protesters"),
        ("Soldiers opened fire on striking miners near Rustenburg on Friday, wounding seven.",
         "Excessive force against protesters"),
        ("Police shoot three marchers dead in Conakry", "Excessive force against protesters"),
        ("Villagers stone alleged witch to death in Tanzania", "Mob violence"),
        ("A suspected pickpocket was beaten senseless by a mob in Lagos on Tuesday.",
         "Mob violence"),
        ("Residents of the Kibera slum in Nairobi set fire to a suspected thief on Sunday night.",
         "Mob violence"),
        ("Police on Monday detained two organisers of last week's march in Lome.", "Arrests"),
        ("The opposition said police had abducted one of its MPs in Harare on Tuesday.",
         "Arrests"),
        ("Students occupying the rectorate in Dakar to protest against fee rises were chased "
         "out by gendarmes on Tuesday.", "Protest with intervention"),
        ("Police pepper-sprayed farmers who were blocking the entrance to the parliament in "
         "Brussels on Monday.", "Protest with intervention"),
        ("Hundreds of families held a vigil outside the police headquarters in Karachi on "
         "Sunday to demand the return of missing relatives.", "Peaceful protest"),
        ("Bus drivers brought traffic to a standstill in central Lima on Tuesday, parking "
         "across the main avenues against extortion.", "Peaceful protest"),
        ("Dock workers began a 48-hour strike in Mombasa on Monday, picketing the port gates.",
         "Peaceful protest"),
        ("Rioters set fire to the governor's office in Kano on Monday.", "Violent demonstration"),
        ("Hundreds of nurses camped outside the health ministry in Accra on Tuesday, demanding "
         "unpaid allowances.", "Peaceful protest"),
        ("Residents opposed to the dam formed a human chain across the river bridge in Kalagala "
         "on Sunday.", "Peaceful protest"),
        ("Youths demonstrating against the curfew in Labe attacked a gendarmerie post on Monday; "
         "gendarmes fired tear gas.", "Violent demonstration"),
        ("Riot police pushed the demonstrators back from the presidential palace in Lima on "
         "Monday.", "Protest with intervention"),
        # fire aimed at a protest is excessive force, unhurt too; a shooting marched over is not
        ("Police fired on striking taxi drivers in Kampala on Monday.",
         "Excessive force against protesters"),
        ("Soldiers opened fire on villagers protesting against a mine in Kambove on Friday.",
         "Excessive force against protesters"),
        ("Police fired tear gas and shot rubber bullets at students protesting in Dhaka on "
         "Monday.", "Protest with intervention"),
        # a crowd that opens its own clause ("when supporters ... attacked"), named by the
        # protest it was holding, does the violence
        ("Three police officers were killed on Thursday in the mining town of Llallagua when "
         "supporters of the mayor who were blocking roads attacked security forces trying to "
         "clear the blockade.", "Violent demonstration"),
        ("Two officers were injured on Monday in Mombasa when traders protesting against "
         "evictions attacked them with stones.", "Violent demonstration"),
        ("Residents protested in Goma on Sunday against soldiers who attacked their village last "
         "week.", "Peaceful protest"),
        # round 13 (other wording than typing_probes_r13.tsv): crowds that burn a town hall riot;
        # protesters beaten by forces; people beaten by police; deaths in clashes of unnamed sides;
        # bodies found dumped; gunmen who open fire and kill; bombs set off; explosives dropped from
        # drones; arrests of people who tried to march; a loaded truck found; incursions repulsed;
        # a side forced out by the army; grenades with a chemical irritant
        ("Angry residents burned down the town hall of Kimpese on Sunday.",
         "Violent demonstration"),
        ("Police beat striking nurses in Accra on Monday.",
         "Excessive force against protesters"),
        ("Teachers protesting over unpaid salaries were assaulted by soldiers in Bangui on "
         "Tuesday.",
         "Excessive force against protesters"),
        ("A journalist was beaten by police officers in Dhaka on Monday.",
         "Attack"),
        ("Four people were killed in clashes in Kismayo on Sunday, a local official said.",
         "Armed clash"),
        ("The body of a trader was found dumped near the river in Goma on Tuesday.",
         "Attack"),
        ("Gunmen opened fire on a wedding party in Zamfara on Saturday, killing six.",
         "Attack"),
        ("Militants set off a bomb at a bus stop in Quetta on Monday.",
         "Remote explosive/landmine/IED"),
        ("Grenades dropped from drones hit an army post near Kidal on Monday.",
         "Air/drone strike"),
        ("Police detained 15 activists who tried to march to parliament in Harare on Monday.",
         "Protest with intervention"),
        ("Soldiers found a truck loaded with explosives near Gao on Monday.",
         "Disrupted weapons use"),
        ("An ISWAP assault on Monguno was repulsed by troops on Monday.",
         "Armed clash"),
        ("Houthi fighters were forced out of the district of Hays by government forces on Sunday.",
         "Government regains territory"),
        ("Russian troops used grenades containing a chemical irritant against Ukrainian "
         "positions near Toretsk on Friday.",
         "Chemical weapon"),
        # a target hit "with drones"; a village entered only to burn it is raided, not taken; a
        # clash the attack "followed" is background
        ("Ukrainian forces hit an oil terminal in Tuapse with drones on Monday, starting a fire.",
         "Air/drone strike"),
        ("Insurgents entered the village of Mitope on Sunday and burned dozens of huts.",
         "Looting/property destruction"),
        ("Rebels entered the town of Kiwanja on Monday after fighting with the army.",
         "Non-state actor overtakes territory"),
        ("Gunmen shot dead three farmers in Zamfara on Monday; the attack reportedly followed "
         "clashes between bandits and vigilantes.", "Attack"),
        # people "detained during the 2022 unrest" were arrested then: history, no event
        ("The judge had presided over the trials of dozens of people detained during the 2022 "
         "unrest, the agency said on Tuesday.", "NONE"),
        # a controlled blast set off by forces makes a device safe
        ("Police set off a controlled explosion to destroy a suspicious package in Quito on "
         "Friday.", "Disrupted weapons use"),
        # round 14 (other wording than typing_probes_r14.tsv): a mine that hits a vehicle; crowds
        # that barricade a railway line
        ("An anti-personnel mine hit a pick-up carrying traders near Tessalit on Friday.",
         "Remote explosive/landmine/IED"),
        ("The mine blew up a tractor in a field outside Kherson on Thursday, killing its driver.",
         "Remote explosive/landmine/IED"),
        ("Angry commuters barricaded the rail tracks at Thane station on Monday over delays.",
         "Peaceful protest"),
        # a device "disarmed" (after the r14 probes were scored: a second wording found)
        ("Sappers found and disarmed a bomb hidden under a bridge near Mopti on Friday.",
         "Disrupted weapons use"),
        # round 16 (other wording than typing_probes_r16.tsv): a capture tried or held briefly;
        # a crowd's destruction before forces clear it; a grievance then a finite act with its
        # object; people held for ransom; arrests of a gathering; scuffles after a push; a crowd
        # that burns a private house; a torch-lit march
        ("Jihadists attempting to take the town of Boni on Monday were beaten back by soldiers "
         "after a long firefight.", "Armed clash"),
        ("Houthi fighters temporarily captured a hilltop near Taiz on Thursday before "
         "government forces counter-attacked.", "Armed clash"),
        ("Farmers protesting over unpaid cotton prices burned two company trucks in Kara on "
         "Monday; gendarmes dispersed them with tear gas.", "Violent demonstration"),
        ("Traders demonstrating against new levies smashed the windows of the municipal "
         "offices in Kumasi on Wednesday.", "Violent demonstration"),
        ("Kidnappers seized a rice farmer in Kebbi state on Sunday and later demanded a "
         "ransom from his family.", "Abduction/forced disappearance"),
        ("Gunmen took two engineers from a quarry in Ogun on Monday and have demanded a "
         "ransom.", "Abduction/forced disappearance"),
        ("Riot police detained 25 marchers in central Istanbul on Sunday.",
         "Protest with intervention"),
        ("Police pushed the protesters back from the embassy in Valletta on Friday and "
         "scuffles broke out.", "Protest with intervention"),
        ("A mob burned the home of a man accused of witchcraft near Kakamega on Friday.",
         "Mob violence"),
        ("Hundreds of students held a torch rally in Dhaka on Monday to demand justice.",
         "Peaceful protest"),
        # round 16, second set (other wording than typing_probes_r16_more.tsv)
        ("Armed men ordered the workers out of the sawmill at gunpoint near Tirua on Friday and "
         "burned the machinery.", "Looting/property destruction"),
        ("A Russian helicopter launched two missiles at a Ukrainian position near Vovchansk on "
         "Friday.", "Air/drone strike"),
        ("Gendarmes broke up a sit-in of unpaid teachers in Niamey on Tuesday and detained "
         "eleven of them.", "Protest with intervention"),
        ("Police evicted striking dock workers from the port entrance in Mombasa on Monday.",
         "Protest with intervention"),
        ("Traders angry over new market fees vandalised the council offices in Kisumu on "
         "Thursday.", "Violent demonstration"),
        # round 16, fourth set (other wording than typing_probes_r16_crowds.tsv)
        ("Villagers demonstrating over a land deal blocked the highway, then beat a farm "
         "manager near Kitale on Monday.", "Violent demonstration"),
        # round 16, fifth set (other wording than typing_probes_r16_last.tsv)
        ("Students of two rival colleges clashed with sticks and stones in Rajshahi on "
         "Wednesday, injuring 15.", "Mob violence"),
        ("Raiders drove away 200 cattle from a kraal near Moroto on Friday; nobody was hurt.",
         "Looting/property destruction"),
        ("Police carried off students who had occupied the rector's office in Belgrade on "
         "Tuesday.", "Protest with intervention"),
        ("Twelve people were arrested at a silent march for the disappeared in Caracas on "
         "Sunday.", "Protest with intervention"),
        # round 18 (other wording than typing_probes_r18.tsv): forces that move into a place
        # and arrest make arrests; a place held by the other side or a fight for it is taken
        ("Nigerien gendarmes moved into the village of Tassia on Friday and arrested nine "
         "herders suspected of collaborating with bandits.", "Arrests"),
        ("Kenyan police recaptured four escapees from Shimo La Tewa prison on Sunday.",
         "Arrests"),
        ("Cameroonian troops captured three suspected separatists in Bamenda on Tuesday.",
         "Arrests"),
        ("Burkinabe troops entered the town of Arbinda on Monday, held by jihadists since "
         "2022, and arrested five men.", "Government regains territory"),
        ("Nigerian troops recaptured the town of Marte after heavy fighting with ISWAP on "
         "Friday and arrested 12 fighters.", "Government regains territory"),
        # party people fighting each other, or falling on a rally: mob violence
        ("PDP and APC supporters clashed in Port Harcourt on Saturday, injuring five.",
         "Mob violence"),
        ("Supporters of the ruling party clashed with opposition activists in Blantyre on "
         "Monday.", "Mob violence"),
        ("Ruling party youths came to blows with opposition supporters in Lusaka on Friday.",
         "Mob violence"),
        ("Supporters of the governing party stormed an opposition rally in Bo on Sunday, "
         "beating several participants.", "Mob violence"),
        ("Two civilians were killed in clashes between the army and rebels near Beni on "
         "Monday.", "Armed clash"),
        ("Opposition protesters clashed with ruling party supporters during a march in "
         "Abidjan on Saturday.", "Violent demonstration"),
        ("Soldiers attacked an opposition rally in Bamako on Sunday, killing two "
         "demonstrators.", "Excessive force against protesters"),
        # round 18, 15 more written after the first fixes (first 10/15; see the docstring)
        ("Afghan Taliban forces rolled into the district of Panjshir's Rokha on Monday and "
         "detained dozens of men suspected of links to the resistance front.", "Arrests"),
        ("On 12 May 2024, Iraqi forces drove Islamic State militants out of a village near Tuz "
         "Khurmatu after an hour-long firefight and detained four of them.",
         "Government regains territory"),
        ("Rival PPP and PTI workers clashed in Larkana on Tuesday after a dispute over "
         "banners; four were wounded.", "Mob violence"),
        ("Members of the ruling Frelimo party attacked a Renamo rally in Quelimane on "
         "Saturday, injuring six people.", "Mob violence"),
        ("Zimbabwean police beat opposition supporters at a rally in Bulawayo on Saturday, "
         "injuring 12.", "Excessive force against protesters"),
        ("Haitian police recaptured 20 of the inmates who broke out of the national "
         "penitentiary, in Port-au-Prince on Saturday.", "Arrests"),
        ("NPP, NDC supporters clash in Ghana's Ejura, five hurt", "Mob violence"),
        # round 18 lookalikes: the other side of each boundary stays as it was
        ("The Malian army entered Kidal on Tuesday after fierce fighting with separatist "
         "rebels and detained dozens of men.", "Government regains territory"),
        ("Rebels entered the town of Kalemie on Tuesday and detained the local administrator.",
         "Non-state actor overtakes territory"),
        ("Police entered the university campus in Dhaka on Monday and arrested 30 students "
         "who were staging a sit-in.", "Protest with intervention"),
        ("Ruling party supporters clashed with riot police outside the electoral commission "
         "in Harare on Friday.", "Violent demonstration"),
        # round 19: strategic events in more words, a crowd's victims, the target of an attack
        ("The Kazakh government outlawed the Alga party on Monday, calling it an extremist "
         "group.", "Change to group/activity"),
        ("Fishermen's associations called off their sit-in at the port of Dakhla on Sunday.",
         "Change to group/activity"),
        ("The Karen National Union said on Monday it would lay down its arms and join the "
         "peace process.", "Change to group/activity"),
        ("Eleven members of the Bangsamoro Islamic Freedom Fighters surrendered to the army "
         "in Maguindanao on Friday.", "Change to group/activity"),
        ("The Congolese army and the Twirwaneho militia signed a cessation of hostilities "
         "agreement in Uvira on Tuesday.", "Agreement"),
        ("The Nigerian army established a new checkpoint post at the entrance of Gwoza on "
         "Monday.", "Headquarters or base established"),
        ("Villagers beat two suspected witches in Kitui on Sunday, injuring both, before "
         "police arrived and arrested four of them.", "Mob violence"),
        ("Armed herders attacked displaced Tiv families at a camp in Yelwata on Sunday, "
         "killing five, days after fighting between soldiers and militiamen nearby.",
         "Attack"),
        ("Women marched to the town hall of Cotonou on Monday, handed in a petition and "
         "dispersed.", "Peaceful protest"),
        ("Rebels used drones to drop mortar bombs on a police post in Kauswagan on Sunday.",
         "Air/drone strike"),
        # round 19, second set (seventh-edition dev kinds, in other words)
        ("Soldiers opened fire on villagers who had gathered outside the district office in "
         "Kara to demand the release of their chief, detained on Friday, killing three.",
         "Excessive force against protesters"),
        ("Riot police fired tear gas at students who marched in Lusaka on Monday demanding "
         "justice for a classmate who died in a police cell.", "Protest with intervention"),
        ("Residents of the Kasika quarter of Bukavu (South Kivu) stoned to death a man they "
         "accused of spying for the rebels on Sunday.", "Mob violence"),
        ("Gang members entered the Carrefour-Feuilles district on Sunday, firing in all "
         "directions and setting fire to houses.", "Attack"),
        ("Police detained 25 opposition supporters in Gulu on Monday after their meeting "
         "overran its allotted time.", "Arrests"),
        # people seized by armed men and then killed were attacked (round 19)
        ("Soldiers detained four young men at a checkpoint near Kidal on Monday and executed "
         "them the same night, relatives said.", "Attack"),
        ("Police arrested three men in Kano on Monday over the killing of a trader last week.",
         "Arrests"),
        # a side's quoted label for the people it hit is not what they did (round 19)
        ("Gendarmes opened fire on a march in Conakry on Monday, killing two demonstrators; "
         'the government said its forces had responded to "rioters burning tyres".',
         "Excessive force against protesters"),
        ('Witnesses said gunmen "opened fire on everyone in the market" in Gao on Sunday, '
         "killing nine.", "Attack"),
        # round 19 lookalikes: the same words that tell no change, no deal, no mob
        ("Rioters threw stones at police in Sanaa on Sunday until troops dispersed them.",
         "Violent demonstration"),
    ],
)  # fmt: skip
def test_targeted_fixes(pipeline: Pipeline, text: str, expected: str) -> None:
    assert _types(pipeline, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban threatened on Tuesday to attack any foreign troops that remain.",
        "Kenya's opposition threatened on Monday to call mass protests if the bill is passed.",
        "Nigeria's army said on Monday it was preparing a major offensive against bandits.",
        "No attack took place despite rumours of an imminent assault on the town on Tuesday.",
        "UN Security Council condemns attacks on peacekeepers in Lebanon",
        "A trial opened on Monday in Paris of 20 men accused of involvement in the 2015 attacks.",
        "The minister met on Monday the families of soldiers killed last year in the attack on "
        "the base.",
        "A fire at a crowded market in Dhaka destroyed hundreds of shops on Tuesday.",
        "A man shot dead his neighbour during a dispute over land in Kisumu on Saturday.",
        "A bus travelling to Dodoma collided with a lorry on Sunday, killing eleven people.",
        "An explosion at an illegal fireworks workshop near Tultepec killed nine on Saturday.",
        "Detectives on Saturday arrested twelve suspects believed to be behind an online fraud "
        "ring that defrauded job seekers.",
        "The commander said on Monday that the bus driver, who was trying to overtake on a bend, "
        "has been arrested.",
        "Activists called on Friday for nationwide protests and accused police of using "
        "excessive force against demonstrators.",
        "The journalist, who was arrested in March, remains in detention, his lawyer said on "
        "Monday.",
        "More than 200 people have been arbitrarily arrested since the start of the year, a rights "
        "group said on Thursday.",
        "Kenya's opposition calls nationwide rallies for Saba Saba day",
        "The two leaders met in Cairo on Tuesday to discuss the reconstruction of areas the army "
        "has retaken.",
        "Local vigilantes had been deployed on Monday to rescue the victims, police said.",
        "Chivas and America fought a bruising battle to a goalless draw on Sunday.",
        "A court in Kinshasa on Monday issued an arrest warrant for the former governor.",
        "The activist was released on Tuesday after being detained for three weeks.",
        "Police took a statement from the hostage's family on Monday.",
        "Thousands of families fled fighting near Kidal on Monday, the UN said.",
        "Thirty years ago, soldiers fired on students protesting in the capital, killing dozens.",
        "The hospital said on Monday that the patient had succumbed to his injuries after a car "
        "crash.",
        # a removal or a chase is an intervention only at a protest
        "Soldiers chased the militants out of the forest near Dori on Sunday.",
        "Police chased away hawkers from the central market in Kampala on Monday.",
        "The storm prevented the ferry from reaching the island on Sunday.",
        # round 14: a natural blockage, a figure of speech, a lesson
        "A landslide blocked the highway between Kathmandu and Pokhara on Monday.",
        "The minister's plea for calm struck a note of hope with traders in Juba on Tuesday.",
        "Deminers trained villagers how to spot unexploded shells near Kramatorsk on Monday.",
        "The drill demonstrated that the police can clear a street in minutes.",
        # round 19: a banned group named, a deal talked of, a search called off
        "The banned Muslim Brotherhood said on Monday it had no part in the unrest.",
        "Negotiators were still negotiating a ceasefire agreement in Geneva on Tuesday.",
        "Divers called off the search for the missing fishermen off Mombasa on Monday.",
        "Parliament voted on Tuesday on a bill that would ban the opposition party.",
        "Residents of Gao found the bodies of two herders on Monday, a week after they went "
        "missing.",
    ],
)
def test_targeted_non_events(pipeline: Pipeline, text: str) -> None:
    assert _types(pipeline, text) == [NONE]


def test_a_coup_that_describes_the_actors_is_no_event(pipeline: Pipeline) -> None:
    text = "Thousands rallied on Sunday in support of the officers who seized power in July."
    assert _types(pipeline, text) == ["Peaceful protest"]


def test_a_farm_occupation_is_no_territory_taken(pipeline: Pipeline) -> None:
    text = "About 300 families occupied an unproductive farm near Petrolina on Sunday."
    assert "Non-state actor overtakes territory" not in _types(pipeline, text)


def test_a_recent_act_that_arrests_were_made_for_is_an_event_of_its_own(
    pipeline: Pipeline,
) -> None:
    text = (
        "Police said on Wednesday they had arrested two men in Srinagar on Tuesday over a "
        "grenade attack on a police post on Sunday."
    )
    assert _types(pipeline, text) == ["Arrests", "Grenade"]
    long_ago = "Police arrested two men on Tuesday over a grenade attack on a police post in 2019."
    assert _types(pipeline, long_ago) == ["Arrests"]


def test_an_act_long_past_gives_the_clause_no_day(pipeline: Pipeline) -> None:
    text = (
        "On 2 May 2024, elders of the two clans that fought near Wabag in January signed a "
        "peace agreement in Wabag."
    )
    assert _types(pipeline, text) == ["Agreement"]


def test_the_shells_of_houses_are_no_shelling(pipeline: Pipeline) -> None:
    text = "On Sunday the road north from Mueda was lined with the shells of burned houses."
    assert "Shelling/artillery/missile attack" not in _types(pipeline, text)


def test_a_day_told_without_an_act_moves_the_story_on(pipeline: Pipeline) -> None:
    text = (
        "On Monday, hundreds of protesters marched peacefully through Nakuru. The march ended "
        "without incident.\n\nBut on Tuesday morning youths returned to the streets. Police fired "
        "tear gas and live bullets to disperse them, and one man was shot dead."
    )
    events = pipeline(Article("probe", text, date(2024, 5, 15))).events
    by_day = {e.event_date.isoformat(): e.sub_event_type for e in events}
    assert by_day["2024-05-13"] == "Peaceful protest"
    assert by_day.get("2024-05-14") not in (None, "Peaceful protest")


def test_a_day_inside_a_week_told_starts_another_event(pipeline: Pipeline) -> None:
    text = (
        "Last week, insurgents beheaded three fishermen on the beach near Mucojo. On Saturday, "
        "Rwandan troops clashed with a group of insurgents west of Mucojo."
    )
    assert _types(pipeline, text) == ["Armed clash", "Attack"]


def test_firefighters_battling_a_blaze_fight_no_battle(pipeline: Pipeline) -> None:
    text = "Drones struck the substation in Atbara on Tuesday. Firefighters battled the blaze."
    assert _types(pipeline, text) == ["Air/drone strike"]


def test_two_events_on_the_same_day_in_two_places(pipeline: Pipeline) -> None:
    text = (
        "On Monday, lawyers continued their sit-in on the highway near Khairpur against the "
        "canals. On the same day, police baton-charged a rally against the canals in Hyderabad."
    )
    assert _types(pipeline, text) == ["Peaceful protest", "Protest with intervention"]


def test_the_other_side_in_retaliation_is_another_event(pipeline: Pipeline) -> None:
    text = (
        "On Monday, BLA militants attacked a Levies post in Kalat, killing two. In retaliation, "
        "on the same day, FC troops launched an operation near Kalat, killing four militants."
    )
    assert len(pipeline(Article("probe", text, date(2024, 5, 15))).events) == 2
