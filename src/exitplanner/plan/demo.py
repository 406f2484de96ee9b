"""The demo plan (``exitplanner --demo``): a fictional commune, step 1 done, inventory under way.

« Villeneuve-sur-Exemple » does not exist: it has no INSEE code (it is entered by hand, as a
missing authority would be), its phone number is the textbook 01 23 45 67 89, and its Mastodon
instance uses the reserved ``.example`` domain. Everything is filled the way a real team would
fill it, so that every page of the app has something to show.

The same plan is stored as ``resources/demo/demo-plan.exitplan`` (regenerate it with
``scripts/make_demo_plan.py``; a test keeps the two in sync). In that file ``logo_path`` is
``logo.png`` and the X archive's ``path`` is ``x-archive-demo.zip``, both relative to the file, and
the timestamps are fixed; :func:`demo_plan` gives the absolute paths of the bundled logo and
archive (so the archive of record step can read it) and fresh timestamps, so each demo session is
a new plan.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

from exitplanner import paths
from exitplanner.plan.model import (
    Account,
    Authority,
    AuthorityKind,
    ElectedHead,
    Gender,
    Network,
    Plan,
    PressContact,
    StepId,
    StepStatus,
    Verdict,
)

DEMO_FOLDER = "demo"
DEMO_FILE_NAME = "demo-plan.exitplan"
DEMO_LOGO_NAME = "logo.png"
# Timestamps written into the bundled file, so that regenerating it changes nothing.
DEMO_FILE_TIMESTAMP = "2026-11-02T09:00:00+00:00"

_DOMAIN = "villeneuve-sur-exemple.fr"
_SHARED_MAILBOX = f"communication@{_DOMAIN} (boîte partagée du service)"


def demo_file() -> Path:
    """The bundled copy of the demo plan."""
    return paths.resource(DEMO_FOLDER, DEMO_FILE_NAME)


def demo_logo() -> Path:
    return paths.resource(DEMO_FOLDER, DEMO_LOGO_NAME)


@functools.cache
def _demo_x_archive_section() -> dict[str, Any]:
    from exitplanner.steps.audit_view import neutral_summary
    from exitplanner.xarchive import demo_archive_path, plan_section

    section = plan_section(demo_archive_path())
    section["summary"] = neutral_summary(section["summary"])
    return section


def demo_x_archive_section() -> dict[str, Any] | None:
    """``plan.sections["x_archive"]`` of the demo: the import of the bundled synthetic X archive.

    Computed once per process (about 40 ms) and copied for each plan. The findings' messages are
    the English source texts whatever the language (the dashboard renders them again from their
    codes), so that the bundled file does not depend on the translators installed. The ``path`` is
    absolute here, resolved against this installation's resources; :func:`plan_for_demo_file`
    writes the archive's name relative to the bundled file instead, like the logo.
    """
    return copy.deepcopy(_demo_x_archive_section())


def _accounts() -> list[Account]:
    return [
        Account(
            id="demo-x-main", network=Network.X, handle="VilleneuveSurEx", url="https://x.com/VilleneuveSurEx",
            purpose="Compte institutionnel : actualités, alertes (météo, travaux), vie municipale",
            followers=18450, last_activity="2026-10-28",
            credentials_holder="Julien Marchand (service communication)", two_factor=True,
            recovery_owner=_SHARED_MAILBOX, verdict=Verdict.LEAVE,
            notes="Ouvert en 2010, badge gris « organisation gouvernementale ». Plus de publication "
                  "depuis le vote du conseil municipal ; en attente de la stratégie de sortie.",
        ),
        Account(
            id="demo-x-culture", network=Network.X, handle="VilleneuveCult",
            url="https://x.com/VilleneuveCult",
            purpose="Programmation du théâtre municipal Jean-Vilar et de la médiathèque",
            followers=2310, last_activity="2026-06-30",
            credentials_holder="Sophie Lenoir (direction des affaires culturelles)", two_factor=False,
            recovery_owner="Adresse personnelle d’une ancienne chargée de mission (à récupérer)",
            verdict=Verdict.LEAVE,
            notes="Activer la double authentification et changer l’adresse de récupération avant toute "
                  "autre action.",
        ),
        Account(
            id="demo-facebook", network=Network.FACEBOOK, handle="villeneuvesurexemple",
            url="https://www.facebook.com/villeneuvesurexemple",
            purpose="Page officielle : événements, démarches, échanges avec les habitants",
            followers=31200, last_activity="2026-11-20",
            credentials_holder="Service communication (deux administrateurs nominatifs)", two_factor=True,
            recovery_owner="Comptes personnels des deux administrateurs", verdict=Verdict.WATCH,
            notes="Audience la plus large de la ville ; à réévaluer au printemps.",
        ),
        Account(
            id="demo-facebook-library", network=Network.FACEBOOK, handle="mediatheque.villeneuve",
            url="https://www.facebook.com/mediatheque.villeneuve",
            purpose="Médiathèque Louise-Michel : animations, heure du conte, nouveautés",
            followers=1980, last_activity="2026-11-05",
            credentials_holder="Équipe de la médiathèque (mot de passe dans le coffre-fort du service)",
            two_factor=False, recovery_owner="Compte personnel d’un agent parti en 2024",
            verdict=Verdict.WATCH,
            notes="Rattacher la page au compte professionnel de la ville.",
        ),
        Account(
            id="demo-instagram", network=Network.INSTAGRAM, handle="villeneuve_sur_exemple",
            url="https://www.instagram.com/villeneuve_sur_exemple",
            purpose="Photos de la ville, coulisses des services, stories des événements",
            followers=9870, last_activity="2026-11-19",
            credentials_holder="Julien Marchand (service communication)", two_factor=True,
            recovery_owner=_SHARED_MAILBOX, verdict=Verdict.KEEP,
            notes="",
        ),
        Account(
            id="demo-linkedin", network=Network.LINKEDIN, handle="ville-de-villeneuve-sur-exemple",
            url="https://www.linkedin.com/company/ville-de-villeneuve-sur-exemple",
            purpose="Recrutement et marque employeur",
            followers=4120, last_activity="2026-11-12",
            credentials_holder="Direction des ressources humaines (super-administratrice de la page)",
            two_factor=True, recovery_owner="Compte personnel de la DRH", verdict=Verdict.KEEP,
            notes="Ajouter un second super-administrateur au service communication.",
        ),
        Account(
            id="demo-youtube", network=Network.YOUTUBE, handle="@VilleneuveSurExemple",
            url="https://www.youtube.com/@VilleneuveSurExemple",
            purpose="Retransmission des conseils municipaux, vidéos des grands projets",
            followers=1540, last_activity="2026-10-16",
            credentials_holder="Service communication (compte Google de la ville)", two_factor=True,
            recovery_owner="Direction des systèmes d’information (téléphone d’astreinte)",
            verdict=Verdict.KEEP, notes="",
        ),
        Account(
            id="demo-bluesky", network=Network.BLUESKY, handle="villeneuve-sur-exemple.bsky.social",
            url="https://bsky.app/profile/villeneuve-sur-exemple.bsky.social",
            purpose="Réservé en 2024 ; futur compte principal",
            followers=640, last_activity="2026-06-03",
            credentials_holder="Julien Marchand (service communication)", two_factor=True,
            recovery_owner=_SHARED_MAILBOX, verdict=Verdict.KEEP,
            notes=f"Passer au handle de domaine @{_DOMAIN} (enregistrement DNS à demander à la DSI).",
        ),
        Account(
            id="demo-mastodon", network=Network.MASTODON, handle="@villeneuve@social.example",
            url="https://social.example/@villeneuve",
            purpose="Ouvert pour la sortie de X, pas encore animé",
            followers=85, last_activity="2026-09-14",
            credentials_holder="Julien Marchand (service communication)", two_factor=False,
            recovery_owner=_SHARED_MAILBOX, verdict=Verdict.KEEP,
            notes="Choix de l’instance à confirmer (instance publique ou mutualisée avec l’agglomération).",
        ),
    ]


def demo_plan() -> Plan:
    """A fresh copy of the demo plan (step 1 done, inventory in progress)."""
    plan = Plan(
        title="Sortie de X – Villeneuve-sur-Exemple",
        authority=Authority(
            kind=AuthorityKind.COMMUNE,
            code="",  # fictional: no INSEE code, entered by hand like any missing authority
            name="Villeneuve-sur-Exemple",
            tncc=0,
            population=48230,
            departement="",
            postal_codes=[],
            manual=True,
            website=_DOMAIN,
            logo_path=str(demo_logo()),
        ),
        contact=PressContact(
            service="Service communication",
            name="Julien Marchand",
            phone="01 23 45 67 89",
            email=f"presse@{_DOMAIN}",
        ),
        head=ElectedHead(name="Hélène Garnier-Roussel", title="Maire", gender=Gender.FEMININE),
        accounts=_accounts(),
    )
    plan.set_step_status(StepId.AUTHORITY, StepStatus.DONE)
    plan.set_step_status(StepId.INVENTORY, StepStatus.IN_PROGRESS)
    x_archive = demo_x_archive_section()
    if x_archive is not None:
        plan.sections["x_archive"] = x_archive
    return plan


def plan_for_demo_file() -> Plan:
    """:func:`demo_plan` as stored in the bundled file: fixed timestamps, logo relative to the file."""
    plan = demo_plan()
    plan.created = plan.modified = DEMO_FILE_TIMESTAMP
    plan.authority.logo_path = DEMO_LOGO_NAME
    if "x_archive" in plan.sections:
        plan.sections["x_archive"]["path"] = Path(plan.sections["x_archive"]["path"]).name
    return plan
