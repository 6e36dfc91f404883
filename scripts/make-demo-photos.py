#!/usr/bin/env python3
"""Generate the small placeholder photos used by resources/demo/portal.json.

Uses only the Python standard library (zlib + struct write the PNG files).
Run from the repository root:  python3 scripts/make-demo-photos.py
Output: resources/demo/photos/*.png (640x400, 8-bit RGB, each well under 60 KB).
The data drawn in the charts is fictional demo data.
"""

import math
import os
import struct
import zlib

W, H = 640, 400
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "demo", "photos")


class Canvas:
    def __init__(self, w, h, bg):
        self.w, self.h = w, h
        self.px = [bytearray(bytes(bg) * w) for _ in range(h)]

    def set(self, x, y, c):
        if 0 <= x < self.w and 0 <= y < self.h:
            i = x * 3
            self.px[y][i:i + 3] = bytes(c)

    def rect(self, x0, y0, x1, y1, c):
        x0, x1 = max(0, min(x0, x1)), min(self.w, max(x0, x1))
        y0, y1 = max(0, min(y0, y1)), min(self.h, max(y0, y1))
        if x1 <= x0 or y1 <= y0:
            return
        row = bytes(c) * (x1 - x0)
        for y in range(y0, y1):
            self.px[y][x0 * 3:x1 * 3] = row

    def line(self, x0, y0, x1, y1, c, width=1):
        steps = max(abs(x1 - x0), abs(y1 - y0), 1)
        r = width // 2
        for s in range(steps + 1):
            x = round(x0 + (x1 - x0) * s / steps)
            y = round(y0 + (y1 - y0) * s / steps)
            self.rect(x - r, y - r, x - r + width, y - r + width, c)

    def vgradient(self, top, bottom):
        for y in range(self.h):
            t = y / (self.h - 1)
            c = bytes(round(a + (b - a) * t) for a, b in zip(top, bottom))
            self.px[y][:] = c * self.w

    def save(self, path):
        raw = b"".join(b"\x00" + bytes(r) for r in self.px)

        def chunk(tag, data):
            body = tag + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

        png = b"\x89PNG\r\n\x1a\n"
        png += chunk(b"IHDR", struct.pack(">IIBBBBB", self.w, self.h, 8, 2, 0, 0, 0))
        png += chunk(b"IDAT", zlib.compress(raw, 9))
        png += chunk(b"IEND", b"")
        with open(path, "wb") as f:
            f.write(png)


def hibor_chart():
    """Line chart: fictional one-month HKD interbank rate, falling through October."""
    c = Canvas(W, H, (250, 250, 247))
    left, right, top, bottom = 60, 610, 40, 350
    vals = [4.62, 4.58, 4.55, 4.49, 4.51, 4.44, 4.38, 4.31, 4.27, 4.22,
            4.18, 4.20, 4.12, 4.05, 3.98, 4.01, 3.94, 3.88, 3.85, 3.91,
            3.86, 3.80]
    lo, hi = 3.6, 4.8
    pts = []
    for i, v in enumerate(vals):
        x = left + 10 + i * (right - left - 20) // (len(vals) - 1)
        y = bottom - round((v - lo) / (hi - lo) * (bottom - top))
        pts.append((x, y))
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):  # soft area fill under the line
        for x in range(x0, x1 + 1):
            y = round(y0 + (y1 - y0) * (x - x0) / (x1 - x0))
            c.rect(x, y, x + 1, bottom, (214, 229, 240))
    for i in range(6):  # horizontal grid
        y = top + i * (bottom - top) // 5
        c.line(left, y, right, y, (200, 205, 210))
    c.line(left, top, left, bottom, (120, 120, 120), 2)
    c.line(left, bottom, right, bottom, (120, 120, 120), 2)
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
        c.line(x0, y0, x1, y1, (16, 86, 150), 3)
    for (x, y) in pts:
        c.rect(x - 3, y - 3, x + 4, y + 4, (200, 40, 40))
    return c


def skyline():
    """Harbour skyline silhouette at dusk with reflections."""
    c = Canvas(W, H, (0, 0, 0))
    c.vgradient((28, 40, 92), (238, 150, 96))
    water = 300
    c.rect(0, 0, W, 0, (0, 0, 0))
    # hills
    for x in range(W):
        h = 70 + 35 * math.sin(x / 90.0) + 20 * math.sin(x / 37.0 + 1.3)
        c.rect(x, water - round(h), x + 1, water, (70, 60, 90))
    # towers
    towers = [(20, 40, 120), (65, 30, 90), (100, 45, 150), (150, 28, 110), (182, 36, 205),
              (224, 30, 130), (258, 50, 175), (312, 26, 95), (340, 40, 230), (385, 34, 140),
              (424, 44, 185), (472, 30, 120), (505, 38, 160), (548, 28, 100), (580, 46, 135)]
    dark = (24, 22, 38)
    for x, w, h in towers:
        c.rect(x, water - h, x + w, water, dark)
        if h > 180:  # spire
            c.rect(x + w // 2 - 2, water - h - 30, x + w // 2 + 2, water - h, dark)
        for wy in range(water - h + 10, water - 8, 14):  # lit windows
            for wx in range(x + 5, x + w - 6, 9):
                if (wx * 7 + wy * 3) % 5 < 2:
                    c.rect(wx, wy, wx + 4, wy + 6, (250, 214, 120))
    # water with reflections
    for y in range(water, H):
        t = (y - water) / (H - water)
        base = (round(30 - 10 * t), round(44 - 14 * t), round(84 - 30 * t))
        c.rect(0, y, W, y + 1, base)
        if y % 4 == 0:
            for x, w, h in towers:
                if (y - water) < h * 0.6:
                    c.rect(x + 3, y, x + w - 3, y + 1, (60, 60, 92))
    return c


def pattern():
    """Abstract pattern: overlapping film-strip frames (stand-in for an event photo)."""
    c = Canvas(W, H, (0, 0, 0))
    c.vgradient((36, 30, 54), (92, 40, 70))
    palette = [(232, 96, 76), (244, 176, 66), (76, 170, 160), (120, 110, 200), (236, 236, 228)]
    for band in range(4):
        y0 = 50 + band * 82
        c.rect(0, y0, W, y0 + 56, (20, 18, 28))
        for x in range(6 - band * 9, W, 24):
            c.rect(x, y0 + 4, x + 10, y0 + 10, (220, 220, 210))
            c.rect(x, y0 + 46, x + 10, y0 + 52, (220, 220, 210))
        for k, x in enumerate(range(10 + band * 31, W, 96)):
            col = palette[(k + band) % len(palette)]
            c.rect(x, y0 + 14, x + 78, y0 + 42, col)
    for i in range(0, W, 2):  # diagonal light sweep
        y = round(H - i * 0.55)
        c.line(i, y, i + 1, y - 1, (255, 240, 210))
    return c


def bar_chart():
    """Bar chart: fictional retailer survey, share expecting lower/flat/higher sales."""
    c = Canvas(W, H, (248, 246, 240))
    left, bottom = 80, 350
    c.line(left - 20, bottom, 600, bottom, (110, 110, 110), 2)
    for i in range(1, 5):
        y = bottom - i * 70
        c.line(left - 20, y, 600, y, (226, 222, 214))
    groups = [(24, 68, 8), (31, 57, 12)]  # two survey rounds: lower, flat, higher (%)
    colours = [(200, 70, 60), (150, 150, 150), (40, 140, 90)]
    for g, vals in enumerate(groups):
        x = left + g * 270
        for k, v in enumerate(vals):
            h = round(v / 100 * 280)
            c.rect(x + k * 70, bottom - h, x + k * 70 + 54, bottom, colours[k])
    return c


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, fn in [("hibor-one-month-chart.png", hibor_chart),
                     ("harbour-skyline-dusk.png", skyline),
                     ("film-strip-pattern.png", pattern),
                     ("retail-survey-bars.png", bar_chart)]:
        path = os.path.join(OUT, name)
        fn().save(path)
        print(f"{path}: {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
