"""Pictures and PDF files for the demo content, drawn with Pillow (nothing is downloaded).

Pictures are northern landscapes made of a sky gradient, optional northern lights, layers
of hills, and water; a seed makes every article's picture its own and the same on each run.
PDFs are one A4 page with the document's title, written in the file's language, and a line
saying that it is a demo placeholder: the real papers are not reproduced. Portraits are a
person's initials on a coloured square.
"""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

WIDTH, HEIGHT = 1600, 900

PALETTES = {
    "polar-night": ((8, 16, 42), (36, 62, 104), (20, 34, 52)),
    "aurora": ((4, 12, 30), (18, 52, 74), (14, 28, 40)),
    "midnight-sun": ((246, 176, 92), (252, 226, 170), (58, 74, 92)),
    "spring": ((120, 170, 220), (214, 232, 246), (60, 92, 80)),
    "autumn": ((96, 120, 168), (236, 196, 150), (120, 70, 40)),
    "winter-day": ((150, 184, 220), (236, 242, 250), (200, 210, 224)),
}

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "DejaVuSans.ttf",
]


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def landscape(seed, palette="polar-night", aurora=False, water=True):
    """A JPEG of WIDTH × HEIGHT pixels."""
    rng = random.Random(seed)
    top, horizon, ground = PALETTES[palette]
    image = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(image)
    for y in range(HEIGHT):
        draw.line([(0, y), (WIDTH, y)], fill=_mix(top, horizon, min(1, y / (HEIGHT * 0.62))))

    if aurora:
        glow = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
        glow_draw = ImageDraw.Draw(glow)
        for band in range(3):
            base = HEIGHT * (0.18 + 0.09 * band) + rng.uniform(-30, 30)
            amplitude, period = rng.uniform(30, 80), rng.uniform(500, 900)
            phase = rng.uniform(0, math.tau)
            colour = (90, 255, 160) if band != 1 else (120, 230, 255)
            for x in range(0, WIDTH, 4):
                y = base + amplitude * math.sin(x / period * math.tau + phase)
                glow_draw.line([(x, y - 90), (x, y + 10)], fill=(*colour, 60), width=4)
        image.paste(
            glow.filter(ImageFilter.GaussianBlur(18)),
            (0, 0),
            glow.filter(ImageFilter.GaussianBlur(18)),
        )
        draw = ImageDraw.Draw(image)
    else:
        x, y = rng.uniform(0.15, 0.85) * WIDTH, rng.uniform(0.12, 0.3) * HEIGHT
        radius = rng.uniform(40, 70)
        sun = (
            (255, 244, 214)
            if palette in {"midnight-sun", "spring", "winter-day"}
            else (236, 236, 220)
        )
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=sun)

    horizon_y = HEIGHT * 0.62
    for layer in range(3):
        shade = _mix(horizon, ground, 0.45 + 0.25 * layer)
        points = [(0, HEIGHT)]
        x = 0
        base = horizon_y - 120 + layer * 55
        while x <= WIDTH:
            points.append((x, base - rng.uniform(0, 140 - layer * 35)))
            x += rng.uniform(90, 220)
        points += [(WIDTH, base), (WIDTH, HEIGHT)]
        draw.polygon(points, fill=shade)

    if water:
        water_top = HEIGHT * 0.74
        for y in range(int(water_top), HEIGHT):
            t = (y - water_top) / (HEIGHT - water_top)
            draw.line([(0, y), (WIDTH, y)], fill=_mix(_mix(horizon, top, 0.3), top, t))
        for _ in range(60):
            y = rng.uniform(water_top + 8, HEIGHT)
            x = rng.uniform(0, WIDTH)
            length = rng.uniform(30, 160)
            draw.line([(x, y), (x + length, y)], fill=_mix(horizon, (255, 255, 255), 0.35), width=2)

    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88)
    return buffer.getvalue()


def _font(size):
    for candidate in FONT_CANDIDATES:
        try:
            return ImageFont.truetype(candidate, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _wrap(draw, text, font, width):
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=font) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def pdf_document(heading, title, lines):
    """A one-page A4 PDF (as a greyscale picture of the page) in any script."""
    page_width, page_height = 827, 1169  # A4 at 100 dpi
    page = Image.new("L", (page_width, page_height), 255)
    draw = ImageDraw.Draw(page)
    margin = 80
    y = margin
    draw.rectangle((margin, y, page_width - margin, y + 6), fill=40)
    y += 30
    small, large, body = _font(20), _font(34), _font(22)
    draw.text((margin, y), heading, font=small, fill=60)
    y += 44
    for line in _wrap(draw, title, large, page_width - 2 * margin):
        draw.text((margin, y), line, font=large, fill=0)
        y += 46
    y += 30
    for paragraph in lines:
        for line in _wrap(draw, paragraph, body, page_width - 2 * margin):
            draw.text((margin, y), line, font=body, fill=30)
            y += 32
        y += 16
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=100.0, title=title)
    return buffer.getvalue()


PORTRAIT_SIZE = 600


def initials(name):
    parts = name.replace("-", " ").split()
    return (parts[0][0] + parts[-1][0]).upper() if len(parts) > 1 else parts[0][:2].upper()


def portrait(name, colour):
    """A 600×600 JPEG: the person's initials in white on a coloured square."""
    image = Image.new("RGB", (PORTRAIT_SIZE, PORTRAIT_SIZE), colour)
    draw = ImageDraw.Draw(image)
    centre = PORTRAIT_SIZE // 2
    radius = PORTRAIT_SIZE * 0.38
    draw.ellipse(
        (centre - radius, centre - radius, centre + radius, centre + radius),
        outline=(255, 255, 255),
        width=6,
    )
    font = ImageFont.load_default(size=PORTRAIT_SIZE // 3)
    draw.text((centre, centre), initials(name), font=font, fill=(255, 255, 255), anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()
