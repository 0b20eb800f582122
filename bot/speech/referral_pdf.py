"""The referral form (ใบส่งต่อ) as a PDF: fpdf2 with the Sarabun font (the rich menus' typeface) and
HarfBuzz shaping, so Thai vowels and tone marks sit where they belong. Printable on A4."""

from __future__ import annotations

import io
from functools import lru_cache
from importlib import resources
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image

from bot.line.rich_menus import FONT_PACKAGE
from bot.speech.referral_package import Package
from bot.speech.texts import text

FONT = "Sarabun"
LABEL_WIDTH = 48  # mm, of the A4 page's 180 mm between margins
GREEN = (27, 110, 76)
PHOTO_WIDTH = 85  # mm: two photos side by side


@lru_cache(maxsize=1)
def _font_files() -> dict[str, Path]:
    folder = resources.files(FONT_PACKAGE) / "files"
    return {style: Path(str(folder / name)) for style, name in (("", "Sarabun-Regular.ttf"), ("B", "Sarabun-Bold.ttf"))}


class _Form(FPDF):
    def __init__(self, package: Package, language: str) -> None:
        super().__init__(format="A4")
        self.package, self.language = package, language
        for style, path in _font_files().items():
            self.add_font(FONT, style, str(path))
        self.set_text_shaping(True)
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(True, margin=20)
        self.alias_nb_pages("{nb}")
        self.set_title(f"{package.title} {package.reference}")
        self.set_creator("line-help-bot")

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(FONT, "", 9)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.package.reference} · {self.package.confidential}", align="L")
        self.set_y(-9)
        page = text("pdf_page", self.language, page=self.page_no(), pages="{nb}")
        self.cell(0, 5, page, align="R")
        self.set_text_color(0, 0, 0)


def render_pdf(package: Package, language: str = "th") -> bytes:
    pdf = _Form(package, language)
    pdf.add_page()
    pdf.set_font(FONT, "B", 20)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 10, package.title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(FONT, "", 12)
    pdf.cell(0, 7, package.issuer, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, f"{text('pdf_reference', language)} {package.reference}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*GREEN)
    pdf.line(15, pdf.get_y() + 2, 195, pdf.get_y() + 2)
    pdf.ln(5)
    for section in package.sections:
        _section_title(pdf, section.title)
        pdf.set_font(FONT, "", 12)
        if section.rows:
            with pdf.table(
                col_widths=(LABEL_WIDTH, 180 - LABEL_WIDTH),
                first_row_as_headings=False,
                line_height=6.5,
                text_align="LEFT",
                borders_layout="HORIZONTAL_LINES",
                padding=1.5,
            ) as table:
                for label, value in section.rows:
                    row = table.row()
                    row.cell(label, style=FontFace(emphasis="BOLD"))
                    row.cell(value)
        for line in section.lines:
            pdf.multi_cell(0, 6.5, f"• {line}", align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    if package.photos:
        _section_title(pdf, text("pdf_section_photos", language))
        _photos(pdf, package)
    pdf.ln(2)
    pdf.set_font(FONT, "", 11)
    pdf.multi_cell(0, 6, package.shared, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, package.answer_at, align="L", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _section_title(pdf: FPDF, title: str) -> None:
    pdf.set_font(FONT, "B", 14)
    pdf.set_fill_color(232, 243, 237)
    pdf.cell(0, 8, f" {title}", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _photos(pdf: FPDF, package: Package) -> None:
    """Two photos a row, each 85 mm wide, a row moved to a new page when it would not fit."""
    row_top, row_height = pdf.get_y(), 0.0
    for index, photo in enumerate(package.photos):
        try:
            with Image.open(io.BytesIO(photo.content)) as image:
                height = PHOTO_WIDTH * image.height / image.width
        except Exception:  # noqa: BLE001 - a photo that cannot be read is left out, not the form
            continue
        column = index % 2
        if column == 0 and index:
            row_top, row_height = row_top + row_height + 4, 0.0
        if row_top + height > pdf.page_break_trigger:
            pdf.add_page()
            row_top, row_height = pdf.get_y(), 0.0
        pdf.image(io.BytesIO(photo.content), x=15 + column * (PHOTO_WIDTH + 10), y=row_top, w=PHOTO_WIDTH)
        row_height = max(row_height, height)
    pdf.set_y(row_top + row_height + 4)
