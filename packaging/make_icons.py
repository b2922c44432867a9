"""Draws Jalon's application icon and writes it in every format the bundles need.

    python packaging/make_icons.py      # needs Pillow; writes resources/icons/jalon.{png,ico,icns}

A "jalon" is a surveyor's ranging pole: the icon shows one, striped, with a flag, planted on a
teal tile. The files are committed; run this again only to change the drawing.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
TEAL, TEAL_DARK, ORANGE, WHITE = (15, 118, 110), (11, 84, 79), (242, 140, 40), (255, 255, 255)
SIZE = 1024


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((40, 40, SIZE - 40, SIZE - 40), radius=200, fill=TEAL)
    # The ground the pole stands in.
    pen.rounded_rectangle((210, 800, 814, 850), radius=25, fill=TEAL_DARK)
    # The pole: white, with orange bands, a pointed foot in the ground.
    left, right, top, foot = 370, 490, 170, 780
    pen.rectangle((left, top, right, foot), fill=WHITE)
    band = (foot - top) // 5
    for index in range(1, 5, 2):
        pen.rectangle((left, top + index * band, right, top + (index + 1) * band), fill=ORANGE)
    pen.polygon([(left, foot), (right, foot), ((left + right) // 2, 840)], fill=WHITE)
    # The flag: where the work is going.
    pen.polygon([(right, top), (right + 250, top + 95), (right, top + 190)], fill=ORANGE)
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "jalon.png")
    image.save(ICONS / "jalon.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    image.save(ICONS / "jalon.icns")


if __name__ == "__main__":
    main()
