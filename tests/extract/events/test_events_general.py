# Rules written to generalise (issue 10, fourth round), each on short sentences written
# for the test: strikes as subjects, "the strike" pointing back, hedges on what a strike
# did, penalties the law provides, powers a law gives, hosts and phone calls as meetings,
# where a meeting took place, agreements welcomed or on a topic, Kingpin Act
# identifications, and a verb tag the tagger gave a noun.
from __future__ import annotations

from tests.extract.events.conftest import Events, one


def test_a_strike_that_hits_or_kills_is_a_raid(events_of: Events) -> None:
    raid = one(events_of("An airstrike hit a fuel depot in Raqqah on Monday."), "raid")
    assert raid["trigger"] == "airstrike"
    assert raid["places"] == ["Raqqah"]
    raid = one(events_of("The strike killed Abu Omar al-Shami, a senior ISIS leader."), "raid")
    assert raid["targets"] == ["Abu Omar al-Shami"]


def test_the_strike_points_back_to_a_stated_one(events_of: Events) -> None:
    text = (
        "Coalition forces conducted an airstrike near Mosul on March 17. "
        "The Coalition will investigate the strike."
    )
    raids = [e for e in events_of(text) if e["type"] == "raid"]
    assert [r["trigger"] for r in raids] == ["airstrike", "strike"]
    assert raids[1]["status"] == "occurred"
    assert raids[1]["agents"] == []  # the Coalition investigates it
    # no strike stated before: "the strike" alone is no raid (it could be a labour one)
    assert events_of("The Coalition will investigate the strike.") == []


def test_a_hedge_on_what_a_strike_did_keeps_the_strike(events_of: Events) -> None:
    text = "An airstrike near Idlib on March 3 may have caused civilian casualties."
    assert one(events_of(text), "raid")["status"] == "occurred"
    assert events_of("Jets could strike the convoy near Homs.") == []


def test_a_labour_strike_is_no_raid(events_of: Events) -> None:
    assert events_of("Dock workers went on strike in Rotterdam on Monday.") == []
    assert events_of("The prisoner began a hunger strike that killed him in May.") == []


def test_a_penalty_the_law_provides_is_no_sentence(events_of: Events) -> None:
    assert events_of("Perez faces a maximum penalty of 20 years in prison.") == []
    assert events_of("Each count is punishable by up to 10 years in prison.") == []
    found = events_of("Daniel Perez was sentenced to 20 years in prison.")
    assert one(found, "sentence")["targets"] == ["Daniel Perez"]


def test_a_power_a_law_gives_is_no_event(events_of: Events) -> None:
    text = "The Kingpin Act authorizes the Treasury Department to impose sanctions on traffickers."
    assert events_of(text) == []
    text = "The court authorized the extradition of Juan Perez to Spain."
    assert one(events_of(text), "extradition")["status"] == "approved"


def test_hosting_a_guest_is_a_meeting_hosting_a_website_is_not(events_of: Events) -> None:
    text = "Deputy Secretary Sullivan hosted Colombian Vice President Marta Lucia Ramirez."
    meeting = one(events_of(text), "meeting")
    assert meeting["agents"] == ["Sullivan", "Marta Lucia Ramirez"]
    assert events_of("The company hosted the website on servers in Romania.") == []


def test_a_phone_call_is_a_meeting(events_of: Events) -> None:
    text = "Secretary Kelly held a call with Honduran President Juan Orlando Hernandez."
    assert "Juan Orlando Hernandez" in one(events_of(text), "meeting")["agents"]
    text = "Minister Alvarez spoke by phone with President Ivan Duque on Tuesday."
    assert one(events_of(text), "meeting")["trigger"] == "spoke"
    assert events_of("The minister made a call for calm in Bogota.") == []


def test_where_a_meeting_took_place(events_of: Events) -> None:
    found = events_of("The talks between Colombia and Peru were held in Geneva.")
    assert one(found, "meeting")["places"] == ["Geneva"]


def test_an_agreement_welcomed_is_one_reached_by_its_parties(events_of: Events) -> None:
    text = "Minister Ana Torres welcomed the agreement on a truce between Armenia and Azerbaijan."
    signed = one(events_of(text), "agreement_signed")
    assert signed["targets"] == ["agreement on a truce"]
    assert signed["agents"] == ["Armenia", "Azerbaijan"]
    text = "Under the agreement between Mexico and Peru, fugitives are returned within 60 days."
    assert events_of(text) == []


def test_an_agreement_on_a_topic_is_an_agreement(events_of: Events) -> None:
    text = "Peru and Chile signed an agreement on mutual legal assistance in 2019."
    signed = one(events_of(text), "agreement_signed")
    assert signed["targets"] == ["agreement on mutual legal assistance"]
    assert signed["date"] == "2019"


def test_a_kingpin_identification_is_a_designation(events_of: Events) -> None:
    text = (
        "The President identified the Gulf Cartel as a significant foreign narcotics "
        "trafficker under the Kingpin Act."
    )
    assert one(events_of(text), "sanction")["targets"] == ["the Gulf Cartel"]
    assert events_of("Police identified the driver as Juan Perez.") == []


def test_a_noun_tagged_as_a_verb_still_states_the_event(events_of: Events) -> None:
    text = "The U.S. airstrikes in Idlib province killed several al-Qaida operatives."
    assert one(events_of(text), "raid")["places"] == ["Idlib"]


def test_the_staff_of_a_body_act_for_it(events_of: Events) -> None:
    text = "Special agents with Homeland Security Investigations arrested Maria Gomez in Miami."
    arrest = one(events_of(text), "arrest")
    assert arrest["agents"] == ["Homeland Security Investigations"]
    assert arrest["targets"] == ["Maria Gomez"]
    # a person's origin is not who arrests or who is arrested
    assert (
        one(events_of("Police arrested a suspect from Mexico in Laredo."), "arrest")["targets"]
        == []
    )


def test_a_past_form_coordinated_with_a_passive_is_passive(events_of: Events) -> None:
    text = (
        "Jose Luis Mendoza was arrested by Honduran police in Tegucigalpa in March 2019 "
        "and extradited to the United States in June 2020."
    )
    extradition = one(events_of(text), "extradition")
    assert extradition["targets"] == ["Jose Luis Mendoza"]
    assert extradition["agents"] == []


def test_custody_taken_by_officers_of_a_body(events_of: Events) -> None:
    arrest = one(events_of("Maria Gomez was taken into custody by ICE officers."), "arrest")
    assert arrest["agents"] == ["ICE"]
    assert arrest["targets"] == ["Maria Gomez"]


def test_sanctions_imposed_on_someone_in_the_passive(events_of: Events) -> None:
    text = "Sanctions were imposed on Carlos Mario Jimenez by the Treasury Department."
    sanction = one(events_of(text), "sanction")
    assert sanction["targets"] == ["Carlos Mario Jimenez"]
    assert sanction["agents"] == ["the Treasury Department"]


def test_who_executes_search_warrants_searches(events_of: Events) -> None:
    text = "The FBI executed search warrants at three homes in Provo."
    assert one(events_of(text), "raid")["agents"] == ["FBI"]


def test_welcoming_or_receiving_a_named_guest_is_a_meeting(events_of: Events) -> None:
    text = "Secretary Tillerson welcomed Foreign Minister Luis Videgaray to the State Department."
    assert one(events_of(text), "meeting")["agents"] == ["Tillerson", "Luis Videgaray"]
    assert events_of("Secretary Tillerson welcomed Colombia's decision.") == []


def test_two_named_parties_who_talk_meet(events_of: Events) -> None:
    text = "President Trump spoke with President Lopez Obrador on Monday about migration."
    assert one(events_of(text), "meeting")["agents"] == ["Trump", "Lopez Obrador"]
    assert events_of("Sheriff Daniel Ortiz spoke with reporters on Monday.") == []


def test_who_acts_during_a_meeting_takes_part_in_it(events_of: Events) -> None:
    text = (
        "Deputy Secretary Sullivan and Foreign Minister Videgaray discussed border "
        "security during their meeting in Washington."
    )
    meeting = one(events_of(text), "meeting")
    assert meeting["agents"] == ["Sullivan", "Videgaray"]
    assert meeting["places"] == ["Washington"]


def test_roundtables_and_videoconferences_are_meetings(events_of: Events) -> None:
    text = "The Secretary held a videoconference with Defense Minister Carlos Holmes Trujillo."
    assert one(events_of(text), "meeting")["agents"] == ["Carlos Holmes Trujillo"]
    # "in consultation with" is a way of working, not a meeting
    text = "Treasury designated Ivan Petrov in consultation with the State Department."
    assert [e["type"] for e in events_of(text)] == ["sanction"]


def test_a_state_force_seizing_ground_carries_out_a_raid(events_of: Events) -> None:
    text = "Iraqi Security Forces seized the hospital complex from ISIS fighters in Mosul."
    raid = one(events_of(text), "raid")
    assert raid["trigger"] == "seized"
    assert raid["agents"] == ["Iraqi Security Forces"]
    assert [e for e in events_of(text) if e["type"] == "seizure"] == []
    # an armed group taking ground is an attack, no event; goods seized stay a seizure
    assert events_of("ISIS fighters seized the hospital complex in Mosul.") == []
    found = events_of("Federal Police seized 300 kilograms of cocaine in Manzanillo.")
    assert [e["type"] for e in found] == ["seizure"]


def test_a_meeting_named_for_its_kind_is_a_meeting(events_of: Events) -> None:
    text = "The ministers reviewed commitments made at the Lakeside Summit in November."
    meeting = one(events_of(text), "meeting")
    assert meeting["trigger"] == "Summit"
    assert meeting["agents"] == []  # the summit's name does not meet


def test_strikes_against_a_group_and_parts_of_a_set(events_of: Events) -> None:
    text = "A series of precision airstrikes against al-Qaida operatives hit Idlib province."
    assert one(events_of(text), "raid")["targets"] == ["al-Qaida"]
    text = "The Coalition conducted 10 airstrikes, including strikes against oil wells."
    assert [e["trigger"] for e in events_of(text)] == ["airstrikes"]


def test_a_complaint_filed_is_a_charge(events_of: Events) -> None:
    text = "Prosecutors cited the criminal complaint filed in Virginia against Daniel Perez."
    assert one(events_of(text), "charge")["trigger"] == "complaint"


def test_a_planned_event_noun(events_of: Events) -> None:
    text = "Peshmerga units trained in preparation for the Mosul offensive."
    raid = one(events_of(text), "raid")
    assert raid["status"] == "planned"
    assert (raid["agents"], raid["places"]) == ([], ["Mosul"])  # a city does not act
    text = "The upcoming talks between Colombia and Peru were postponed."
    assert one(events_of(text), "meeting")["status"] == "planned"


def test_a_state_or_its_capital_acts_a_city_does_not(events_of: Events) -> None:
    found = events_of("Russia's withdrawal from the 2002 agreement surprised Washington.")
    assert one(found, "agreement_cancelled")["agents"] == ["Russia"]
    found = events_of("The Geneva meeting of the two ministers ended on Friday.")
    assert one(found, "meeting")["places"] == ["Geneva"]


def test_labels_exposure_and_generic_persons_state_no_sanction(events_of: Events) -> None:
    text = "All property of the designated persons that is in the United States is blocked."
    assert events_of(text) == []
    text = "Banks that deal with Ivan Petrov may themselves be exposed to designation."
    assert events_of(text) == []
    text = "Persons designated under the order will be added to the list."
    assert events_of(text) == []
    found = events_of("Police arrested three persons in Cali.")
    assert [e["type"] for e in found] == ["arrest"]


def test_a_tally_since_a_date_is_no_event(events_of: Events) -> None:
    text = "Treasury has designated more than 2,000 individuals under the Kingpin Act since 2000."
    assert events_of(text) == []
    text = "Mexico has extradited 95 fugitives to the United States since January."
    assert events_of(text) == []
    found = events_of("Daniel Perez has been detained in Madrid since May.")
    assert one(found, "arrest")["places"] == ["Madrid"]


def test_surrendering_or_returning_a_named_person_is_an_extradition(events_of: Events) -> None:
    text = "Mexican authorities surrendered Garcia Arreola to the U.S. Marshals Service."
    extradition = one(events_of(text), "extradition")
    assert extradition["targets"] == ["Garcia Arreola"]
    text = "Carlos Mario Jimenez was returned to the United States to face charges."
    assert one(events_of(text), "extradition")["targets"] == ["Carlos Mario Jimenez"]
    assert events_of("Police surrendered the documents to the court.") == []
    assert events_of("The company transferred funds to accounts in Panama.") == []


def test_a_verb_swept_into_a_name_still_states_the_event(events_of: Events) -> None:
    found = events_of("The Czech Republic extradited Omarov to the United States.")
    assert one(found, "extradition")["places"] == ["United States"]


def test_an_operation_or_sweep_that_targets_or_nets_is_a_raid(events_of: Events) -> None:
    found = events_of("The operation targeted fugitives with outstanding orders of removal.")
    assert one(found, "raid")["trigger"] == "operation"
    found = events_of("The sweep netted 120 arrests across five states.")
    assert one(found, "raid")["trigger"] == "sweep"
    assert events_of("The smuggling operation moved cocaine to Houston.") == []
    assert events_of("The fraud operation targeted elderly victims in Florida.") == []


def test_searching_premises_is_a_raid(events_of: Events) -> None:
    found = events_of("FBI agents searched the residence of Daniel Perez in Ogden.")
    raid = one(found, "raid")
    assert raid["agents"] == ["FBI"]
    assert raid["targets"] == ["Daniel Perez"]
    assert events_of("Volunteers searched for the missing girl in the woods.") == []


def test_what_may_come_when_or_until_is_no_event(events_of: Events) -> None:
    assert events_of("Daniel Perez faces up to 20 years in prison when he is sentenced.") == []
    assert events_of("All defendants are presumed innocent until proven guilty.") == []
    found = events_of("Daniel Perez was arrested when he arrived in Miami.")
    assert one(found, "arrest")["targets"] == ["Daniel Perez"]


def test_the_place_of_whoever_brings_the_event_noun(events_of: Events) -> None:
    text = "A grand jury in Houston returned an indictment against Daniel Perez."
    charge = one(events_of(text), "charge")
    assert (charge["targets"], charge["places"]) == (["Daniel Perez"], ["Houston"])


def test_generic_statements_state_no_event(events_of: Events) -> None:
    assert events_of("Extradition is an important tool against transnational crime.") == []
    assert events_of("The agreement allows for the extradition of nationals.") == []
    found = events_of("The extradition of Daniel Perez is a victory for justice.")
    assert one(found, "extradition")["targets"] == ["Daniel Perez"]


def test_who_is_urged_to_act_acts(events_of: Events) -> None:
    extradition = one(events_of("We urge Mexico to extradite Rafael Caro Quintero."), "extradition")
    assert (extradition["agents"], extradition["status"]) == (["Mexico"], "requested")


def test_who_is_thanked_for_an_event_carried_it_out(events_of: Events) -> None:
    text = "The Justice Department thanks the government of Mexico for its help in the extradition."
    assert one(events_of(text), "extradition")["agents"] == ["Mexico"]
    text = "Sessions commended the Colombian National Police for the arrest of Dairo Usuga."
    assert one(events_of(text), "arrest")["agents"] == ["the Colombian National Police"]
    text = "Mexico thanked the United States for the extradition request."
    assert one(events_of(text), "extradition")["agents"] == []


def test_states_of_detention_are_no_arrests(events_of: Events) -> None:
    assert events_of("Daniel Perez remains in ICE detention in Houston.") == []
    assert events_of("The defendant remains detained pending trial.") == []
    assert events_of("Daniel Perez resisted arrest in Miami.") == []


def test_a_body_before_an_arrest_noun_holds_a_person_undergoes(events_of: Events) -> None:
    arrest = one(events_of("Daniel Perez was taken into ICE custody in Houston."), "arrest")
    assert arrest["agents"] == ["ICE"]
    found = events_of("Mexico's extradition of Joaquin Guzman came in 2017.")
    extradition = one(found, "extradition")
    assert (extradition["agents"], extradition["targets"]) == (["Mexico"], ["Joaquin Guzman"])
    assert one(events_of("Viktor Bout's arrest came in 2008."), "arrest")["targets"] == [
        "Viktor Bout"
    ]
