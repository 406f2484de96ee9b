import json

from exitplanner.networks.mastodon_limits import MastodonLimits
from exitplanner.plan.model import Plan, StepId, StepStatus
from exitplanner.steps.networks import (
    BLUESKY_FIELDS,
    MASTODON_FIELDS,
    NetworksModel,
    bluesky_description_counter,
    bluesky_display_name_counter,
    bluesky_post_counter,
    mastodon_display_name_counter,
    mastodon_note_counter,
    mastodon_status_counter,
    website_domain,
)


def test_bluesky_counters_count_graphemes_and_the_appended_website():
    assert bluesky_display_name_counter("Ville d’Évry").text() == "12 / 64"
    decomposed = "E\u0301vry"  # É typed as E + combining accent: one grapheme
    assert bluesky_display_name_counter(decomposed).count == 4
    over = bluesky_display_name_counter("x" * 70)
    assert over.over and "70" in over.text() and "64" in over.text() and over.text() != "70 / 64"
    assert bluesky_description_counter("Compte officiel", "https://ville.fr").count == len(
        "Compte officiel\nhttps://ville.fr")
    assert bluesky_description_counter("Voir https://ville.fr", "https://ville.fr").count == 21
    assert bluesky_post_counter("é" * 300).over is False and bluesky_post_counter("é" * 301).over


def test_mastodon_counters_follow_the_instance_rules():
    assert mastodon_display_name_counter("Ville d’Exemple").text() == "15 / 30"
    link = "https://www.ville-exemple.fr/une/tres/longue/adresse/de/communique"
    assert mastodon_status_counter(link).count == 23
    assert mastodon_note_counter("@mairie@piaille.fr").count == len("@mairie")
    assert mastodon_status_counter("x" * 600, MastodonLimits(status=1000)).over is False
    assert mastodon_display_name_counter("x" * 31).over


def test_defaults_from_the_plan_and_nothing_silly_without_a_website():
    plan = Plan()
    model = NetworksModel(plan)
    assert model.default_domain() == "" and model.default_mastodon_fields() == []
    assert model.authority_website == ""
    plan.authority.website = "www.Ville-Exemple.fr/accueil"
    plan.authority.name = "Ville-Exemple"
    assert model.default_domain() == "ville-exemple.fr"
    assert model.default_mastodon_fields()[0][1] == "https://www.Ville-Exemple.fr/accueil"
    assert website_domain("localhost") == ""


def test_section_holds_public_facts_only_and_drives_the_status():
    plan = Plan()
    model = NetworksModel(plan)
    assert model.status() == StepStatus.NOT_STARTED
    model.bluesky_connected("ville.test", "did:plc:abc", "https://pds.example")
    assert plan.step_status(StepId.NETWORKS) == StepStatus.IN_PROGRESS
    model.bluesky["session"] = "secret-token"  # a bug elsewhere must not reach the plan file
    model.bluesky_profile_applied("Ville d’Évry", "Compte officiel", "https://ville.fr")
    model.bluesky_published("Bonjour", "at://did:plc:abc/app.bsky.feed.post/1", "https://bsky.app/x", True)
    assert plan.step_status(StepId.NETWORKS) == StepStatus.DONE
    section = plan.sections["networks"]
    assert "secret-token" not in json.dumps(section)
    assert set(section["bluesky"]) <= set(BLUESKY_FIELDS)
    model.mastodon_connected("https://piaille.fr", "ville", "@ville@piaille.fr", "https://piaille.fr/@ville")
    assert model.status() == StepStatus.IN_PROGRESS
    assert any("Mastodon" in p for p in model.problems())
    model.mastodon_profile_applied("Ville", "Note", [("Site", "https://ville.fr")])
    model.mastodon_published("Bonjour", "42", "https://piaille.fr/@ville/42", False)
    assert model.status() == StepStatus.IN_PROGRESS  # not pinned
    model.mastodon_published("Bonjour", "42", "https://piaille.fr/@ville/42", True)
    assert plan.step_status(StepId.NETWORKS) == StepStatus.DONE
    assert set(plan.sections["networks"]["mastodon"]) <= set(MASTODON_FIELDS)
    reloaded = NetworksModel(plan)
    assert reloaded.mastodon["fields"] == [["Site", "https://ville.fr"]]
    assert reloaded.bluesky["display_name"] == "Ville d’Évry"


def test_unreadable_section_does_not_crash():
    plan = Plan()
    plan.sections["networks"] = {"bluesky": "nonsense", "mastodon": {"token": "x", "handle": "@a@b.fr"}}
    model = NetworksModel(plan)
    assert model.bluesky == {} and model.mastodon == {"handle": "@a@b.fr"}


def test_connected_accounts_join_the_inventory_once():
    from exitplanner.plan.model import Network, Plan, Verdict
    from exitplanner.steps.networks import NetworksModel

    plan = Plan()
    model = NetworksModel(plan)
    model.bluesky_connected("ville-exemple.fr", "did:plc:abc", "https://pds.example")
    model.bluesky_connected("ville-exemple.fr", "did:plc:abc", "https://pds.example")
    model.mastodon_connected("social.example", "ville", "@ville@social.example", "https://social.example/@ville")
    rows = [(a.network, a.handle, a.verdict) for a in plan.accounts]
    assert rows == [(Network.BLUESKY, "ville-exemple.fr", Verdict.KEEP),
                    (Network.MASTODON, "@ville@social.example", Verdict.KEEP)]
    assert plan.accounts[0].url == "https://bsky.app/profile/ville-exemple.fr"


def test_public_figures_are_stored_and_the_inventory_gets_what_it_has_columns_for():
    from datetime import date

    from exitplanner.networks.public_figures import FiguresSource, PublicFigures
    from exitplanner.plan.codec import from_json_dict, to_json_dict
    from exitplanner.plan.model import Network, Plan
    from exitplanner.steps.network_figures import figures_text, inventory_figures_text
    from exitplanner.steps.networks import NetworksModel

    plan = Plan()
    model = NetworksModel(plan)
    model.bluesky_connected("ville.bsky.social", "did:plc:abc", "https://pds.example")
    row = plan.accounts[0]
    row.followers = 40  # typed earlier by the user, from the app
    model.record_figures("bluesky", PublicFigures(None, 3, 12, False, last_activity=date(2026, 11, 20),
                                                  source=FiguresSource.REPOSITORY))
    stored = plan.sections["networks"]["bluesky"]["figures"]
    assert [stored[k] for k in ("followers", "following", "posts", "verified")] == [None, 3, 12, False]
    assert stored["source"] == "repository" and stored["checked"]
    assert row.followers == 40  # an unknown count never overwrites a known one, nor becomes 0
    assert row.last_activity == "2026-11-20"
    text = figures_text(model.figures("bluesky"))
    assert text.startswith("Followers unknown") and "12 post" in text and "Not verified yet." in text
    assert "not zero" in text and "0 follower" not in text

    # the domain handle switch: the same row follows the account, now verified
    model.bluesky_connected("ville-exemple.fr", "did:plc:abc", "https://pds.example")
    model.record_figures("bluesky", PublicFigures(1234, 3, 13, True, "ville-exemple.fr"))
    assert [(a.handle, a.followers) for a in plan.accounts] == [("ville-exemple.fr", 1234)]
    tooltip = inventory_figures_text(plan, plan.accounts[0])
    assert "1\u202f234 follower" in tooltip and "✓ Verified: ville-exemple.fr" in tooltip

    # kept through a save and a load; another network's row has no figures to show
    reloaded = from_json_dict(json.loads(json.dumps(to_json_dict(plan))))
    assert NetworksModel(reloaded).figures("bluesky")["followers"] == 1234
    model.mastodon_connected("social.example", "ville", "@ville@social.example", "https://social.example/@ville")
    mastodon_row = next(a for a in plan.accounts if a.network == Network.MASTODON)
    assert inventory_figures_text(plan, mastodon_row) == "" and figures_text({}) == ""


def test_announcement_picture_size_follows_each_network():
    from exitplanner.networks.images import bounded_size
    from exitplanner.steps.networks import announcement_image_size

    assert announcement_image_size("bluesky", 3200, 1800) == (2000, 1125)
    assert announcement_image_size("bluesky", 800, 600) == (800, 600)  # never enlarged
    assert announcement_image_size("mastodon", 8000, 4500) == (3840, 2160)
    # an instance announcing a small image_matrix_limit: the pixel count decides
    width, height = announcement_image_size("mastodon", 4000, 4000, MastodonLimits(image_matrix=4_000_000))
    assert width * height <= 4_000_000 and width == height
    assert bounded_size(0, 10, 100) == (0, 0)
