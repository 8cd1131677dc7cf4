"""An assessment workspace over the classified sample sites, with stakeholders, fits and decisions.

Every site gets a snapshot; S02 and S05 get stakeholders (one of a sensitive group, one marked
sensitive in a group that is not, contacts, one contact marked shareable, hostile names),
relations, fits and decisions. CONTACTS lists the contact strings that must never leave a
redacted dossier; SENSITIVE_NAME and MARKED_NAME the stakeholders that must stay out;
SHAREABLE_CONTACT the contact a redacted dossier keeps.
"""

import sqlite3

from hostile_text import HOSTILE_TEXTS
from qgis.core import QgsGeometry

from asm_pace_plugin.core.assessment.approach_fit import assess_site
from asm_pace_plugin.core.assessment.catalogues import load_catalogues
from asm_pace_plugin.core.assessment.stakeholders import Stakeholder
from asm_pace_plugin.core.assessment.workspace import open_workspace

CONTACTS = ("+243 999 111 222 Chief Kasongo", "kivalu.coop@example.org", "+243 811 000 777 Major X",
            "+243 822 333 444 Kalume")  # fmt: skip
SENSITIVE_NAME = "Mai-Mai Kifuafua faction"
MARKED_NAME = "Kalume, leader of the informal diggers"
SHAREABLE_CONTACT = "buying.office@kamituga.example"
HOSTILE_NAME = HOSTILE_TEXTS[1]  # the one with <script> and &amp;
DECISIONS = {"S02": ("formalisation", "Miners' cooperative agreed to zone " + HOSTILE_TEXTS[0]),
             "S05": ("livelihoods", "Alternative livelihoods first; revisit in 2027.")}  # fmt: skip


def build(path, classified_layer, key_field="site_code"):
    """Write the workspace at path from a classified-sites layer; returns the site keys."""
    catalogues = load_catalogues()
    workspace = open_workspace(path, officer="Officer Amani")
    keys = []
    try:
        workspace.set_setting("key_field", key_field)
        names = classified_layer.fields().names()
        for feature in classified_layer.getFeatures():
            key = str(feature[key_field])
            attributes = {name: feature[name] for name in names}
            workspace.record_site(key, feature["site_name"], feature.geometry(), attributes)
            keys.append(key)
            if key not in DECISIONS:
                continue
            ids = workspace.add_stakeholders(
                key,
                [
                    Stakeholder("Coopérative minière de Kivalu", "miner_organisations", 4, 5, 1,
                                goals="Legal title", contact=CONTACTS[1]),
                    Stakeholder("Chef coutumier", "customary_authorities", 3, 4, 0, contact=CONTACTS[0]),
                    Stakeholder(HOSTILE_NAME, "pa_authority", 5, 4, -1, goals=HOSTILE_TEXTS[2]),
                    Stakeholder("Traders of Kamituga", "traders", 2, 2, 0, contact=SHAREABLE_CONTACT,
                                contact_sensitive=False),
                    Stakeholder(MARKED_NAME, "miners", 3, 5, -1, contact=CONTACTS[3], sensitive=True),
                ],
            )  # fmt: skip
            armed = workspace.add_stakeholder(
                key, Stakeholder(SENSITIVE_NAME, "armed_actors", 4, 2, -2, contact=CONTACTS[2])
            )
            workspace.add_relation(key, ids[0], ids[1], "cooperation", "both ways", 3)
            workspace.add_relation(key, ids[2], ids[0], "authority", "one way", 2)
            workspace.add_relation(key, armed, ids[0], "conflict", "one way", 3)
            workspace.add_relation(key, ids[4], ids[3], "trade", "one way", 2)
            workspace.set_profile_field(key, "minerals", "gold")
            workspace.set_profile_field(key, "miners_count", 350)
            workspace.set_profile_field(key, "notes", HOSTILE_TEXTS[5])
            workspace.save_fits(
                key, assess_site(catalogues, {}, str(feature["pace_class"]), feature["iucn_cat"])
            )
            approach, rationale = DECISIONS[key]
            workspace.add_decision(key, "exclusion", "First thought, before the meeting.")
            workspace.add_decision(key, approach, rationale)
    finally:
        workspace.close()
    return keys


def decided_workspace(path, profile=None):
    """A workspace at path with one site, S01 (Camp Mbuti-Est, in the sample's national park), and
    one decision for it, taken on 1 March 2021 (mining over time compares the years around it)."""
    workspace = open_workspace(path, officer="Officer Test")
    workspace.record_site("S01", "Camp Mbuti-Est", QgsGeometry.fromWkt("POINT(28.3 -1.6)"), profile or {})
    workspace.add_decision("S01", "formalisation", "Agreed with the miners' association")
    workspace.close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE decision SET decided_at = '2021-03-01T10:00:00.000Z'")
    connection.commit()
    connection.close()
