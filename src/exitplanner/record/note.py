"""The *note d'accompagnement*: the short French description of the fonds for the archives service.

It says what an archivist needs to take the folder in (producer, period, volume, formats, how it
was produced, the original's checksum, how to check integrity, what the original holds that the
copies leave out). The content is built once as sections of paragraphs and rendered as plain
text (:func:`note_text`) and as HTML for the PDF (:func:`note_html`); U+202F and U+00A0 of French
typography are kept in both.
"""

from __future__ import annotations

from html import escape

from exitplanner.record import french
from exitplanner.record.bagit import human_size
from exitplanner.record.facts import RecordFacts

NOTE_PDF = "data/note-accompagnement.pdf"
NOTE_TXT = "data/note-accompagnement.txt"
NOTE_ODT = "data/note-accompagnement.odt"
NBSP = "\u00a0"
NNBSP = french.NNBSP


def note_title(facts: RecordFacts) -> str:
    return f"Note d{chr(0x2019)}accompagnement — archives du compte X {facts.account_label}"


def note_sections(facts: RecordFacts) -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) of the note, in French with French typography."""
    f = facts
    colon = NBSP + ":"
    kinds = f.by_kind
    if f.first_post is not None and f.last_post is not None:
        period = f"du {french.day(f.first_post)} au {french.day(f.last_post)} (dates en temps universel)"
    else:
        period = "l’archive ne contient aucune publication"
    account = f.account_label + (f" ({f.display_name})" if f.display_name else "")
    created = f", créé le {french.day(f.account_created)}" if f.account_created else ""
    volume = [
        f"{french.plural(f.posts, 'publication', 'publications')}, dont "
        f"{french.plural(kinds.get('original', 0), 'publication originale', 'publications originales')}, "
        f"{french.plural(kinds.get('reply', 0), 'réponse', 'réponses')}, "
        f"{french.plural(kinds.get('repost', 0), 'republication', 'republications')} et "
        f"{french.plural(kinds.get('quote', 0), 'citation', 'citations')}.",
    ]
    if f.deleted or f.community:
        volume.append(
            "Ce total comprend "
            + french.plural(f.deleted, "publication supprimée encore présente",
                            "publications supprimées encore présentes") +
            " dans l’archive X et "
            f"{french.plural(f.community, 'publication', 'publications')} dans des communautés."
        )
    volume.append(
        f"{french.plural(f.media_files, 'fichier média', 'fichiers médias')} "
        f"({human_size(f.media_bytes)}), répartis sur {french.plural(f.months, 'mois', 'mois')}."
    )
    if f.media_missing:
        volume.append(french.plural(f.media_missing, "média annoncé par les publications ne figure",
                                    "médias annoncés par les publications ne figurent")
                      + " pas dans l’archive fournie par X.")
    original = ("le dossier décompressé de l’archive, copié fichier par fichier"
                if f.original_is_folder else "le fichier ZIP téléchargé depuis X, copié à l’identique")
    generation = (f" (archive générée par X le {french.day_from_iso(f.x_generation_date)})"
                  if f.x_generation_date else "")
    checksum = (f"Empreinte SHA-256 de l’archive d’origine{colon} {f.original_sha256}"
                if f.original_sha256 else
                "L’archive d’origine étant un dossier, l’empreinte de chacun de ses fichiers figure dans "
                "le manifeste.")
    private = []
    if f.dm_conversations or f.dm_group_conversations:
        conversations = french.plural(f.dm_conversations + f.dm_group_conversations, "conversation",
                                      "conversations")
        private.append(
            f"L’archive d’origine contient aussi des messages privés ({conversations}) et des données "
            "personnelles du compte. Ils ne sont pas reproduits dans les copies HTML, CSV et JSON mais "
            f"restent dans le fichier d’origine{NNBSP}; leur communicabilité relève des règles sur les "
            "données personnelles."
        )
    return [
        ("Producteur", [f.producer]),
        ("Objet", [
            f"Archives des publications du compte X {account}{created}, identifiant {f.account_id}.",
            "Les publications d’une collectivité sur un réseau social sont des archives publiques "
            f"(Code du patrimoine, articles L211-1 et L211-4){NNBSP}; leur destruction est soumise au visa "
            "préalable des Archives départementales (article L212-2).",
        ]),
        ("Dates extrêmes", [f"Publications {period}."]),
        ("Volume", volume),
        ("Contenu et formats", [
            f"original/{NBSP}: {original}{generation}.",
            f"index.html et html/{NBSP}: copie consultable hors ligne de toutes les publications, une page "
            "par mois, avec les médias affichés depuis les fichiers locaux et les liens menant à leur "
            "adresse réelle plutôt qu’au raccourcisseur t.co (HTML5, aucune ressource extérieure). "
            "Le sommaire offre une recherche par mots, sans réseau, dont l’index est rangé dans "
            f"html/recherche/{NBSP}: un fichier JavaScript de données par mois.",
            f"posts.csv{NBSP}: une ligne par publication (UTF-8 avec BOM, séparateur point-virgule, fins de "
            "ligne CRLF), pour Excel et LibreOffice. Les cellules commençant par = + - ou @ sont précédées "
            "d’une apostrophe pour qu’aucun tableur ne les exécute comme formules. La colonne adresse "
            "contient l’identifiant exact de chaque publication.",
            f"posts.json{NBSP}: les mêmes publications en JSON (UTF-8), texte exact.",
            f"media/{NBSP}: les images et vidéos jointes aux publications, telles que fournies par X.",
            f"note-accompagnement.pdf, .odt et .txt{NBSP}: la présente note.",
        ]),
        ("Mode de production", [
            f"Dossier produit le {french.day_from_iso(f.exported_on)} par le logiciel ExitPlanner "
            f"(version {f.app_version}) à partir de l’archive fournie par X, sans modification de "
            "l’original.",
            "Organisation au format BagIt (RFC 8493)" + NBSP + ": le fichier manifest-sha256.txt donne "
            "l’empreinte SHA-256 de chaque fichier du dossier data/, tagmanifest-sha256.txt celle des "
            "fichiers de description. L’intégrité se vérifie avec tout outil BagIt ou avec la commande "
            "« exitplanner verify » (le dossier doit être transmis tel quel, sans renommer ni "
            "ajouter de fichier).".replace("« ", "«" + NNBSP).replace(" »", NNBSP + "»"),
            checksum,
        ]),
        *([("Données personnelles", private)] if private else []),
    ]


def note_text(facts: RecordFacts) -> str:
    title = note_title(facts)
    lines = [title, "=" * len(title), ""]
    for heading, paragraphs in note_sections(facts):
        lines += [heading, "-" * len(heading)]
        for paragraph in paragraphs:
            lines += [paragraph, ""]
    return "\n".join(lines)


def note_html(facts: RecordFacts) -> str:
    """HTML for QTextDocument. ``white-space: pre-wrap`` keeps U+202F/U+00A0 (setHtml drops them)."""
    parts = [
        "<html><head><style>body { white-space: pre-wrap; } h1 { font-size: 16pt; } "
        "h2 { font-size: 12pt; margin-top: 12pt; } p { margin: 0 0 6pt 0; }</style></head><body>",
        f"<h1>{escape(note_title(facts), quote=False)}</h1>",
    ]
    for heading, paragraphs in note_sections(facts):
        parts.append(f"<h2>{escape(heading, quote=False)}</h2>")
        parts += [f"<p>{escape(p, quote=False)}</p>" for p in paragraphs]
    parts.append("</body></html>")
    return "".join(parts)
