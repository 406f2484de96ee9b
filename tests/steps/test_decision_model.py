from datetime import date

from exitplanner.plan.model import Account, Network, Plan, StepId, StepStatus
from exitplanner.steps.decision import DecisionModel, OtherChoice, Strategy, deletion_hours


def _plan():
    plan = Plan(
        accounts=[
            Account(network=Network.X, handle="@VilleExemple"),
            Account(network=Network.FACEBOOK, handle="villeexemple"),
        ]
    )
    plan.sections["x_archive"] = {"summary": {"counts": {"posts": 12_000, "likes": 500}}}
    return plan


def test_deletion_duration_follows_the_documented_rate():
    assert deletion_hours(0) == 0
    assert deletion_hours(50) == 0.25
    assert deletion_hours(51) == 0.5
    assert deletion_hours(12_500) == 62.5


def test_consequences_use_the_audit_figures_and_the_handle():
    model = DecisionModel(_plan())
    posts = " ".join(c.text for c in model.consequences(Strategy.DELETE_POSTS))
    assert "12,000" in posts and "62.5" in posts  # English figures in the English interface (tests)
    account = model.consequences(Strategy.DELETE_ACCOUNT, today=date(2025, 1, 20))
    text = " ".join(c.text for c in account)
    assert "19/02/2025" in text and "@VilleExemple" in text
    assert any(c.risk for c in account)
    assert model.consequences(Strategy.DORMANT)


def test_choice_is_recorded_in_the_plan_and_drives_the_status():
    plan = _plan()
    model = DecisionModel(plan)
    assert model.status() == StepStatus.NOT_STARTED
    model.choose(
        Strategy.DELETE_POSTS, "  la maire  ", "Garder le nom, retirer les contenus.", date(2025, 1, 20)
    )
    assert plan.sections["decision"]["strategy"] == "delete_posts"
    assert plan.sections["decision"]["validated_by"] == "la maire"
    assert plan.step_status(StepId.DECISION) == StepStatus.IN_PROGRESS  # Facebook not decided yet
    facebook = plan.accounts[1]
    model.set_other(facebook.id, OtherChoice.REASSESS)
    assert plan.step_status(StepId.DECISION) == StepStatus.DONE
    reloaded = DecisionModel(plan)
    assert reloaded.decision.strategy == Strategy.DELETE_POSTS
    assert reloaded.decision.other_accounts[facebook.id] == OtherChoice.REASSESS


def test_unknown_values_in_the_section_do_not_crash():
    plan = Plan()
    plan.sections["decision"] = {
        "strategy": "burn_it",
        "other_accounts": {"x": "maybe"},
        "price_per_request": "n",
    }
    model = DecisionModel(plan)
    assert model.decision.strategy is None
    assert model.decision.other_accounts["x"] == OtherChoice.UNDECIDED
