from exitplanner.plan.model import Account, Network, Plan, StepId, StepStatus, Verdict
from exitplanner.steps.inventory import COLUMNS, InventoryModel, account_problems


def _accounts():
    return [
        Account(
            network=Network.X,
            handle="@VilleExemple",
            followers=12000,
            last_activity="2025-01-10",
            verdict=Verdict.LEAVE,
        ),
        Account(network=Network.FACEBOOK, handle="villeexemple", followers=30000, verdict=Verdict.KEEP),
        Account(
            network=Network.BLUESKY, handle="ville-exemple.fr", followers=None, verdict=Verdict.UNDECIDED
        ),
    ]


def test_add_update_remove_and_status():
    plan = Plan()
    model = InventoryModel(plan)
    assert model.status() == StepStatus.NOT_STARTED
    first, second, third = _accounts()
    for account in (first, second, third):
        model.add(account)
    assert plan.step_status(StepId.INVENTORY) == StepStatus.IN_PROGRESS
    third.verdict = Verdict.KEEP
    model.update(third)
    assert plan.account(third.id).verdict == Verdict.KEEP
    model.remove(second.id)
    assert [a.id for a in plan.accounts] == [first.id, third.id]
    # Every verdict given and an X account, but no archive imported yet: still in progress.
    assert model.status() == StepStatus.IN_PROGRESS
    plan.sections["x_archive"] = {"path": "x.zip", "sha256": "0" * 64}
    assert model.status() == StepStatus.DONE


def test_update_unknown_account_raises():
    model = InventoryModel(Plan())
    try:
        model.update(Account())
    except KeyError:
        return
    raise AssertionError("update of an unknown account must fail")


def test_sort_by_every_column_with_unknown_values():
    plan = Plan(accounts=_accounts())
    model = InventoryModel(plan)
    for column in COLUMNS:
        ascending = model.sorted(column.key)
        descending = model.sorted(column.key, descending=True)
        assert len(ascending) == 3
        assert [a.id for a in ascending] == [a.id for a in reversed(descending)] or column.key in (
            "url",
            "purpose",
            "credentials_holder",
            "recovery_owner",
            "two_factor",
            "last_activity",
        )
    by_followers = model.sorted("followers", descending=True)
    assert [a.followers for a in by_followers] == [30000, 12000, None]


def test_followers_display_uses_french_grouping():
    column = next(c for c in COLUMNS if c.key == "followers")
    assert column.display(Account(followers=1234567)) == "1\u202f234\u202f567"
    assert column.display(Account(followers=None)) == ""


def test_row_problems():
    assert account_problems(Account(handle="", url=""))
    assert account_problems(Account(handle="@ok_handle", last_activity="not a date"))
    assert account_problems(Account(handle="@ok_handle", followers=-1))
    assert account_problems(Account(handle="@VilleExemple", last_activity="2024-12-31")) == []


def test_counts_by_verdict():
    counts = InventoryModel(Plan(accounts=_accounts())).counts_by_verdict()
    assert counts[Verdict.LEAVE] == 1 and counts[Verdict.KEEP] == 1 and counts[Verdict.UNDECIDED] == 1
