"""The *note de décision*: a PDF for the elected officials who validate the way out of X (DESIGN §2.7).

It gathers what the wizard already knows, so nobody has to copy figures by hand: the audit's totals
and the monthly chart (step 2), the three strategies with the consequences computed for this
authority (step 4), the recommendation as recorded (strategy, date, who validated it and why), and
the timeline of the execution checklist (step 7).

The text is French, written here directly (it is a generated document, like the press release);
the consequences and checklist titles come from their own modules through the translation file.
The chart is drawn with QPainter into a QImage and embedded as a document resource: QtCharts would
be a large dependency for a dozen bars per year. QtGui only (no widgets), so the command line can
write the memo too; :func:`exitplanner.gui_app.ensure_gui_app` provides the GUI application
QtGui needs for fonts.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPen,
    QTextDocument,
)

from exitplanner.gui_app import ensure_gui_app
from exitplanner.oserrors import describe_os_error
from exitplanner.pdf_pages import RESOLUTION, SANS_FAMILIES, a4_writer, document_font, paint_pages
from exitplanner.plan.model import Network, Plan
from exitplanner.record.french import MONTHS, day_from_iso, number
from exitplanner.steps.decision import Decision, DecisionModel, Strategy
from exitplanner.steps.execution import ExecutionModel, ItemStatus

CHART_URL = QUrl("memo://posts-per-month.png")
NNBSP = "\u202f"

# The strategies as the elected officials know them (DESIGN §2.4), in French.
STRATEGY_FRENCH = {
    Strategy.DELETE_ACCOUNT: "Supprimer le compte",
    Strategy.DELETE_POSTS: "Supprimer les publications, garder le compte",
    Strategy.DORMANT: "Mettre le compte en sommeil",
}
STATUS_FRENCH = {ItemStatus.TODO: "à faire", ItemStatus.DONE: "fait", ItemStatus.SKIPPED: "sans objet"}
# Audit totals shown in the memo, in this order: (key of summary["counts"], French label).
FIGURES = (
    ("posts", "Publications au total"),
    ("originals", "dont messages originaux"),
    ("replies", "dont réponses"),
    ("reposts", "dont republications"),
    ("quotes", "dont citations"),
    ("with_media", "Publications avec image ou vidéo"),
    ("likes", "Mentions « J’aime » données"),
    ("followers", "Abonnés"),
)


class MemoError(Exception):
    """The memo could not be written; ``message`` is shown to the user as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def memo_title(plan: Plan) -> str:
    name = plan.authority.name if plan.authority else ""
    return f"Note de décision — sortie de X{' — ' + name if name else ''}"


def _summary(plan: Plan) -> dict[str, Any]:
    section = plan.sections.get("x_archive") or {}
    summary = section.get("summary") if isinstance(section, dict) else None
    return summary if isinstance(summary, dict) else {}


def monthly_counts(plan: Plan) -> list[tuple[str, int]]:
    """Posts per month from the audit, every month between the first and the last (gaps as zero)."""
    raw = _summary(plan).get("posts_per_month") or {}
    months: dict[tuple[int, int], int] = {}
    for key, value in raw.items():
        try:
            year, month = (int(part) for part in str(key).split("-")[:2])
            months[(year, month)] = int(value)
        except (TypeError, ValueError):
            continue
    if not months:
        return []
    (year, month), last = min(months), max(months)
    out = []
    while (year, month) <= last:
        out.append((f"{year:04d}-{month:02d}", months.get((year, month), 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def chart_image(months: list[tuple[str, int]], width: int = 2000, height: int = 620) -> QImage:
    """Bars of posts per month, a grid with round values, one label per year (or per month if few)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setFamilies(list(SANS_FAMILIES))
    font.setPixelSize(34)
    painter.setFont(font)
    left, right, top, bottom = 110, 60, 20, 70
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    peak = max((count for _, count in months), default=0)
    step = _grid_step(peak)
    scale_top = max(step, -(-peak // step) * step)
    painter.setPen(QPen(QColor("#c8c8c8"), 2))
    value = 0
    while value <= scale_top:
        y = plot.bottom() - plot.height() * value / scale_top
        painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
        painter.setPen(QColor("#404040"))
        painter.drawText(QRectF(0, y - 20, left - 14, 40),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), number(value))
        painter.setPen(QPen(QColor("#c8c8c8"), 2))
        value += step
    if months:
        slot = plot.width() / len(months)
        gap = slot * 0.15 if slot > 6 else 0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1f5fa8"))
        for index, (_, count) in enumerate(months):
            bar = plot.height() * count / scale_top
            painter.drawRect(QRectF(plot.left() + index * slot + gap / 2, plot.bottom() - bar,
                                    max(1.0, slot - gap), bar))
        painter.setPen(QColor("#404040"))
        by_year = len(months) > 24
        years = len({key[:4] for key, _ in months})
        label_every = max(1, -(-years // 14))  # at most ~14 year labels
        for index, (key, _) in enumerate(months):
            year, month = int(key[:4]), int(key[5:7])
            if by_year and ((month != 1 and index != 0) or (year - int(months[0][0][:4])) % label_every):
                continue
            if not by_year and len(months) > 12 and index % 2:
                continue
            text = str(year) if by_year else f"{MONTHS[month - 1][:4]}. {year % 100:02d}"
            x = plot.left() + index * slot
            painter.drawLine(int(x), int(plot.bottom()), int(x), int(plot.bottom() + 8))
            painter.drawText(QRectF(x - 80, plot.bottom() + 10, 160, bottom - 10),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), text)
    painter.setPen(QPen(QColor("#404040"), 2))
    painter.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))
    painter.end()
    return image


def _grid_step(peak: int) -> int:
    """A round step (1, 2, 5 × 10^n) giving four to eight grid lines."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if peak / (step * factor) <= 6:
                return step * factor
        step *= 10


def _p(text: str) -> str:
    return f"<p>{escape(text, quote=False)}</p>"


def _x_handles(plan: Plan) -> str:
    username = (_summary(plan).get("account") or {}).get("username") or ""
    if username:
        return "@" + str(username).lstrip("@")
    handles = [a.handle for a in plan.accounts if a.network == Network.X and a.handle]
    return ", ".join("@" + h.lstrip("@") for h in handles) or "X"


def _audit_html(plan: Plan, has_chart: bool) -> list[str]:
    summary = _summary(plan)
    parts = ["<h2>1. Le compte aujourd’hui</h2>"]
    if not summary:
        parts.append(_p("L’archive X du compte n’a pas encore été importée (étape 2) : les chiffres de "
                        "l’audit manquent à cette note.".replace(" :", "\u00a0:")))
        return parts
    counts = summary.get("counts") or {}
    first, last = summary.get("first_post"), summary.get("last_post")
    period = ""
    if first and last:
        period = f", du {day_from_iso(str(first))} au {day_from_iso(str(last))}"
    parts.append(_p(f"Chiffres tirés de l’archive officielle du compte {_x_handles(plan)}{period}."))
    rows = "".join(
        f"<tr><td>{escape(label, quote=False)}</td><td align='right'>{number(int(counts[key]))}</td></tr>"
        for key, label in FIGURES if isinstance(counts.get(key), int | float)
    )
    if rows:
        parts.append(f"<table cellspacing='0' cellpadding='4' border='0'>{rows}</table>")
    if has_chart:
        parts.append("<h3>Publications par mois</h3>")
        parts.append(f"<p><img src='{CHART_URL.toString()}' width='{{chart_width}}'/></p>")
    return parts


def _options_html(model: DecisionModel, today: date) -> list[str]:
    parts = ["<h2>2. Les trois options</h2>"]
    chosen = model.decision.strategy
    for index, strategy in enumerate(Strategy, 1):
        mark = " (retenue)" if strategy == chosen else ""
        parts.append(f"<h3>Option {index} — {escape(STRATEGY_FRENCH[strategy], quote=False)}{mark}</h3>")
        items = "".join(
            f"<li><b>{escape(c.topic, quote=False)}{NNBSP}:</b> {'⚠ ' if c.risk else ''}"
            f"{escape(c.text, quote=False)}</li>"
            for c in model.consequences(strategy, today)
        )
        parts.append(f"<ul>{items}</ul>")
    return parts


def _recommendation_html(decision: Decision) -> list[str]:
    parts = ["<h2>3. Recommandation</h2>"]
    if decision.strategy is None:
        parts.append(_p("Aucune option n’a encore été retenue (étape 4 de l’assistant)."))
        return parts
    parts.append(f"<p>Option recommandée{NNBSP}: <b>{escape(STRATEGY_FRENCH[decision.strategy], quote=False)}"
                 f"</b>.</p>".replace(f"{NNBSP}:", "\u00a0:"))
    facts = []
    if decision.decided_on:
        facts.append(f"décision du {day_from_iso(decision.decided_on)}")
    if decision.validated_by:
        facts.append(f"validée par {decision.validated_by}")
    if facts:
        parts.append(_p(facts[0][0].upper() + ", ".join(facts)[1:] + "."))
    if decision.rationale:
        parts.append("<p><b>Motifs\u00a0:</b></p>")
        parts += [_p(line) for line in decision.rationale.splitlines() if line.strip()]
    return parts


def _timeline_html(plan: Plan) -> list[str]:
    parts = ["<h2>4. Calendrier</h2>"]
    items = ExecutionModel(plan).items()
    if not items:
        parts.append(_p("Le calendrier sera établi une fois l’option retenue."))
        return parts
    rows = "".join(
        f"<tr><td>{item.due.strftime('%d/%m/%Y')}</td><td>{escape(item.title, quote=False)}</td>"
        f"<td>{STATUS_FRENCH[item.status]}</td></tr>"
        for item in items
    )
    header = "<tr><th align='left'>Date</th><th align='left'>Étape</th><th align='left'>État</th></tr>"
    parts.append(f"<table cellspacing='0' cellpadding='4' border='1' width='100%'>{header}{rows}</table>")
    return parts


def memo_html(plan: Plan, today: date | None = None, *, has_chart: bool = True,
              chart_width: int = 2000) -> str:
    """The memo as HTML for QTextDocument (no line breaks between tags: the body is ``pre-wrap``)."""
    today = today or date.today()
    model = DecisionModel(plan)
    name = plan.authority.name if plan.authority else ""
    parts = [
        "<html><head><style>body { white-space: pre-wrap; } h1 { font-size: 17pt; } "
        "h2 { font-size: 13pt; margin-top: 14pt; } h3 { font-size: 11pt; margin-top: 8pt; } "
        "p { margin: 0 0 6pt 0; } li { margin-bottom: 3pt; } th { background-color: #e8eef6; }"
        "</style></head><body>",
        f"<h1>{escape(memo_title(plan), quote=False)}</h1>",
        f"<p>{escape(name + ', le ' if name else 'Le ', quote=False)}{_day(today)}"
        "<br/>Note à l’attention des élus</p><p></p>",
        _p("Objet\u00a0: choix de la stratégie de sortie du réseau X (ex-Twitter) et calendrier de mise en "
           "œuvre. Les publications d’une collectivité sont des archives publiques\u00a0: l’archive de "
           "conservation est constituée avant toute suppression."),
    ]
    parts += _audit_html(plan, has_chart and bool(monthly_counts(plan)))
    parts += _options_html(model, today)
    parts += _recommendation_html(model.decision)
    parts += _timeline_html(plan)
    parts.append(f"<p style='color:#606060; font-size: 8pt;'>Document établi avec ExitPlanner le "
                 f"{_day(today)}.</p></body></html>")
    return "".join(parts).replace("{chart_width}", str(chart_width))


def _day(value: date) -> str:
    return f"{'1er' if value.day == 1 else value.day} {MONTHS[value.month - 1]} {value.year}"


def memo_pdf_bytes(plan: Plan, today: date | None = None) -> bytes:
    """The memo laid out on A4 by QPdfWriter; needs a QGuiApplication (created on the main thread)."""
    ensure_gui_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_writer(buffer, memo_title(plan), QMarginsF(20, 18, 20, 18))
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    document = QTextDocument()
    document.setDefaultFont(document_font(point_size=10))  # complete French fonts, no ligatures
    document.documentLayout().setPaintDevice(writer)
    months = monthly_counts(plan)
    if months:
        document.addResource(QTextDocument.ResourceType.ImageResource, CHART_URL,
                             chart_image(months, width=area.width() - 4, height=area.width() * 28 // 100))
    # QTextDocument sizes images in 96 dpi pixels and scales them to the paint device.
    width = (area.width() - 4) * 96 // RESOLUTION
    document.setHtml(memo_html(plan, today, has_chart=bool(months), chart_width=width))
    if not paint_pages(writer, document, area.height()):
        raise MemoError(QCoreApplication.translate("memo",
                                                   "The PDF of the decision memo could not be started."))
    buffer.close()
    return bytes(data.data())


def write_memo(plan: Plan, path: str | Path, today: date | None = None) -> Path:
    """Write the memo to ``path`` (written to a temporary name first, so a failure leaves no half file)."""
    target = Path(path)
    content = memo_pdf_bytes(plan, today)
    temporary = target.with_name(target.name + ".part")
    try:
        temporary.write_bytes(content)
        temporary.replace(target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise MemoError(QCoreApplication.translate("memo", "The decision memo could not be written to %1: %2")
                        .replace("%1", str(target)).replace("%2", describe_os_error(error))) from error
    return target
