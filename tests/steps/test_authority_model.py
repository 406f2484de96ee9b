from exitplanner.plan.model import AuthorityKind, Gender, Plan, StepId, StepStatus
from exitplanner.steps.authority import AuthorityModel, de_form, official_name
from exitplanner.territories.search import search


def _kremlin():
    return next(t for t in search("Kremlin-Bicêtre") if t.code == "94043")


def test_choose_from_official_list_fills_insee_data_and_title():
    plan = Plan()
    model = AuthorityModel(plan)
    model.choose(_kremlin())
    assert plan.authority.code == "94043"
    assert plan.authority.tncc == 2
    assert not plan.authority.manual
    assert official_name(plan.authority) == "Ville du Kremlin-Bicêtre"
    assert de_form(plan.authority) == "du Kremlin-Bicêtre"
    assert plan.title == "Ville du Kremlin-Bicêtre"


def test_choosing_keeps_website_and_logo():
    plan = Plan()
    model = AuthorityModel(plan)
    model.set_website("https://www.exemple.fr/")
    plan.authority.logo_path = "/tmp/logo.png"
    model.choose(_kremlin())
    assert plan.authority.website
    assert plan.authority.logo_path == "/tmp/logo.png"


def test_manual_entry_and_forms():
    plan = Plan()
    model = AuthorityModel(plan)
    model.set_manual("  Les Lilas ", AuthorityKind.COMMUNE, 4)
    assert plan.authority.manual and plan.authority.name == "Les Lilas"
    assert de_form(plan.authority) == "des Lilas"


def test_validation_messages_and_status():
    plan = Plan()
    model = AuthorityModel(plan)
    assert model.status() == StepStatus.NOT_STARTED
    assert model.set_contact("email", "pas-une-adresse") is not None
    assert model.set_contact("phone", "12") is not None
    assert model.status() == StepStatus.IN_PROGRESS
    assert model.set_contact("email", "presse@ville-exemple.fr") is None
    assert model.set_contact("phone", "01.23.45.67.89") is None
    assert plan.contact.phone != "01.23.45.67.89"  # normalised for display
    assert model.set_website("ville-exemple.fr") is None
    model.choose(_kremlin())
    model.set_head(name="Jeanne Exemple", title="Maire")
    fields = {p.field for p in model.problems()}
    assert fields == {"gender"}
    model.set_head(gender=Gender.FEMININE)
    assert model.problems() == []
    assert model.update_status() == StepStatus.DONE
    assert plan.step_status(StepId.AUTHORITY) == StepStatus.DONE
