#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates Rollwise's SVG art from core/content/content.json (python3 stdlib only).

    python3 tools/svg/generate_svg.py            # writes resources/svg/*.svg
    python3 tools/svg/generate_svg.py --out DIR  # somewhere else

Everything is drawn procedurally by this script (and body.py / poses.py / svglib.py next to it).
Coordinate convention: body frame in cm (x to the viewer's right, y above the floor), SVG user
units (x, -y). No SVG transforms are used anywhere, so QSvgRenderer::boundsOnElement is exact.
Element ids: region-<regionId>, zone-<zoneId> (anatomy views); pose-<poseId>, pose-target, roller,
roller-travel, zone-lumbar-spine (pose views); paint-* (gradients only).
"""
import argparse
import sys as _sys
_sys.dont_write_bytecode = True
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from svglib import (Doc, num, sx, px, add, sub, mul, norm, perp, rot, dist, lerp, mirror, bbox, spline,
                    path_d, smooth_d, sample, poly_d, point_in_poly, clip_line, shrink_seg,
                    inflate_convex, linear, radial, convex_hull, rounded_d, rounded_sample, band_outline,
                    local_shape)
import body
import poses

REPO = os.path.normpath(os.path.join(HERE, '..', '..'))

# ----------------------------------------------------------------------------- palette

SKIN_LIGHT = '#f7e2d2'
SKIN_MID = '#efcdb5'
SKIN_DARK = '#deb093'
SKIN_LINE = '#a5735b'
SKIN_CREASE = '#b9876d'
FAR_LIGHT = '#e6c1a6'
NERVE_FILL = '#d98e04'
FAR_DARK = '#d2a385'
MUSCLE_LINE = '#74302a'
FIBRE = '#fff1ea'
BONE_LINE = '#ad9a74'
BONE_DARK = '#8f7d58'


def skin_paints(doc, x0=-24.0, x1=24.0):
    doc.grad(linear('paint-skin', [(0, SKIN_DARK), (0.22, SKIN_MID), (0.5, SKIN_LIGHT), (0.78, SKIN_MID),
                                   (1, SKIN_DARK)], x0, 0, x1, 0))


def common_paints(doc):
    doc.grad(radial('paint-muscle', [(0, '#d27a6c'), (0.55, '#b45449'), (1, '#8e3931')], 0.45, 0.4, 0.75))
    doc.grad(linear('paint-bone', [(0, '#fbf6e9'), (1, '#e7dbbd')], 0, 0, 0, 1, user=False))


def fade_paints(doc, y_top, y_bottom):
    """Bone fill that fades out downwards (for femora seen through the thigh)."""
    doc.grad(linear('paint-bone-fade', [(0, '#f6eedb', 0.85), (0.45, '#f3e9d2', 0.6), (1, '#f3e9d2', 0.0)],
                    0, -y_top, 0, -y_bottom))


def faded_bone(doc, pts):
    # The outline is a light solid line, not a fading one: Qt's PDF engine turns a gradient stroke into a
    # filled outline with a shading (8 KB a femur on the sheet, see Doc).
    doc.el('path', d=smooth_d(pts), fill='url(#paint-bone-fade)', stroke=BONE_LINE, stroke_opacity='0.45',
           stroke_width='0.16', stroke_linejoin='round')


# ----------------------------------------------------------------------------- content


def load_content(path):
    with open(path, encoding='utf-8') as fh:
        c = json.load(fh)
    regions, zones = [], []
    for r in c['regions']:
        for view, g in r['geometry'].items():
            pts = [tuple(p) for p in g['points']]
            anc = tuple(g['anchor'])
            if r['sided']:
                regions.append(dict(id=r['id'] + '-right', base=r['id'], view=view, pts=pts, anchor=anc, side='right'))
                if view != 'lateral':
                    regions.append(dict(id=r['id'] + '-left', base=r['id'], view=view, pts=mirror(pts),
                                        anchor=(-anc[0], anc[1]), side='left'))
            else:
                regions.append(dict(id=r['id'], base=r['id'], view=view, pts=pts, anchor=anc, side='centre'))
    for z in c['zones']:
        for view, g in z['geometry'].items():
            pts = [tuple(p) for p in g['points']]
            rad = float(g.get('radius', 0.0))
            if z['sided']:
                zones.append(dict(id=z['id'] + '-right', base=z['id'], view=view, pts=pts, radius=rad, side='right',
                                  kind=z['kind']))
                if view != 'lateral':
                    zones.append(dict(id=z['id'] + '-left', base=z['id'], view=view, pts=mirror(pts), radius=rad,
                                      side='left', kind=z['kind']))
            else:
                zones.append(dict(id=z['id'], base=z['id'], view=view, pts=pts, radius=rad, side='centre',
                                  kind=z['kind']))
    return c, regions, zones


def zone_bounds(z):
    x0, y0, x1, y1 = bbox(z['pts'])
    r = z['radius']
    return (x0 - r, y0 - r, x1 + r, y1 + r)


# ----------------------------------------------------------------------------- drawing helpers


def draw_union(doc, outlines, fill, line=SKIN_LINE, width=0.55):
    """Several closed outlines drawn as one silhouette: strokes first, fills on top."""
    ds = [smooth_d(p) for p in outlines]
    doc.open('g', fill='none', stroke=line, stroke_width=num(width), stroke_linejoin='round')
    for d in ds:
        doc.el('path', d=d)
    doc.close('g')
    doc.open('g', fill=fill, stroke='none')
    for d in ds:
        doc.el('path', d=d)
    doc.close('g')


def lines(doc, polylines, stroke, width, opacity=1.0, smooth=True, cap='round'):
    doc.open('g', fill='none', stroke=stroke, stroke_width=num(width), stroke_linecap=cap,
             stroke_linejoin='round', stroke_opacity=None if opacity == 1.0 else num(opacity))
    for pl in polylines:
        doc.el('path', d=smooth_d(pl, closed=False) if smooth and len(pl) > 2 else poly_d(pl, closed=False))
    doc.close('g')


def bone_shape(doc, pts, smooth=True, opacity=None, corners=()):
    d = smooth_d(pts, corners=corners) if smooth else poly_d(pts)
    doc.el('path', d=d, fill='url(#paint-bone)', stroke=BONE_LINE, stroke_width='0.16', stroke_linejoin='round',
           opacity=None if opacity is None else num(opacity))


def ellipse_pts(c, rx, ry, n=24, start=0.0):
    return [(c[0] + rx * math.cos(start + 2 * math.pi * k / n), c[1] + ry * math.sin(start + 2 * math.pi * k / n))
            for k in range(n)]


# ----------------------------------------------------------------------------- muscles


FIBRES = {
    # base id -> ('parallel', direction) or ('fan', focal point) for the right side as given in content
    'glutes': ('parallel', (0.78, -0.62)),
    'piriformis': ('fan', (17.2, 93.4)),
    'hamstrings': ('parallel', (-0.05, -1.0)),
    'thoracic-extensors': ('parallel', (0.04, 1.0)),
    'lats': ('fan', (19.5, 133.5)),
    'psoas': ('parallel', (-0.2, -1.0)),
    'iliacus': ('fan', (-11.6, 86.0)),
}


def fibre_segments(outline, spec, anchor, mirrored, spacing=0.95, margin=0.45, keep_clear=1.1):
    poly = outline
    kind, val = spec
    if mirrored:
        val = (-val[0], val[1])
    segs = []
    x0, y0, x1, y1 = bbox(poly)
    c = ((x0 + x1) / 2, (y0 + y1) / 2)
    span = math.hypot(x1 - x0, y1 - y0)
    if kind == 'parallel':
        u = norm(val)
        v = perp(u)
        n = int(span / spacing) + 2
        for k in range(-n, n + 1):
            o = add(c, mul(v, k * spacing + 0.3))
            segs += clip_line(sub(o, mul(u, span)), add(o, mul(u, span)), poly)
    else:
        f = val
        angs = [math.atan2(p[1] - f[1], p[0] - f[0]) for p in poly]
        # unwrap around the mean direction
        mean = math.atan2(c[1] - f[1], c[0] - f[0])
        rel = [((a - mean + math.pi) % (2 * math.pi)) - math.pi for a in angs]
        far = max(dist(f, p) for p in poly)
        step = spacing / max(far * 0.75, 1.0)
        a = min(rel)
        while a <= max(rel):
            d = (math.cos(mean + a), math.sin(mean + a))
            segs += clip_line(f, add(f, mul(d, far + 1)), poly)
            a += step
    out = []
    for (p, q) in segs:
        s = shrink_seg(p, q, margin)
        if not s:
            continue
        p, q = s
        # keep the anchor pixel in the region colour
        pieces = [(p, q)]
        res = []
        for (a_, b_) in pieces:
            ab = sub(b_, a_)
            l2 = ab[0] ** 2 + ab[1] ** 2
            t = max(0.0, min(1.0, ((anchor[0] - a_[0]) * ab[0] + (anchor[1] - a_[1]) * ab[1]) / l2))
            cp = add(a_, mul(ab, t))
            if dist(cp, anchor) >= keep_clear:
                res.append((a_, b_))
                continue
            h = math.sqrt(max(keep_clear ** 2 - dist(cp, anchor) ** 2, 0.0)) / math.sqrt(l2)
            if t - h > 0.08:
                res.append((a_, add(a_, mul(ab, t - h))))
            if t + h < 0.92:
                res.append((add(a_, mul(ab, t + h)), b_))
        for (a_, b_) in res:
            if dist(a_, b_) > 0.6:
                out.append((a_, b_))
    return out


REGION_ROUNDING = 2.2


def draw_region(doc, r):
    d = rounded_d(r['pts'], REGION_ROUNDING)
    doc.el('path', id='region-' + r['id'], d=d, fill='url(#paint-muscle)', stroke=MUSCLE_LINE,
           stroke_width='0.16', stroke_linejoin='round')
    outline = rounded_sample(r['pts'], REGION_ROUNDING)
    spec = FIBRES.get(r['base'])
    if spec:
        fs = fibre_segments(outline, spec, r['anchor'], r['side'] == 'left')
        if fs:
            doc.open('g', fill='none', stroke=FIBRE, stroke_width='0.13', stroke_linecap='round',
                     stroke_opacity='0.4')
            d = ' '.join('M' + px(a) + ' L' + px(b) for (a, b) in fs)
            doc.el('path', d=d)
            doc.close('g')


# ----------------------------------------------------------------------------- zones


def zone_element(doc, z, fill, opacity=None, rx=None, outline=True, outline_color=BONE_LINE, extra=None,
                 band=False):
    """Zone element with exactly the zone's bounds (no stroke on the element itself)."""
    pts, r = z['pts'], z['radius']
    zid = 'zone-' + z['id']
    attrs = dict(fill=fill, stroke='none')
    if opacity is not None:
        attrs['fill_opacity'] = num(opacity)
    if extra:
        attrs.update(extra)
    outline_d = None
    if len(pts) == 1 and r > 0:
        doc.el('circle', id=zid, cx=num(pts[0][0]), cy=num(-pts[0][1]), r=num(r), **attrs)
        outline_d = poly_d(ellipse_pts(pts[0], r, r, 48))
    elif r > 0 and band:
        hull = band_outline(pts, r)
        doc.el('polygon', id=zid, points=' '.join(sx(p) for p in hull), **attrs)
        outline_d = poly_d(hull)
    elif r > 0:
        hull = inflate_convex(pts, r)
        doc.el('polygon', id=zid, points=' '.join(sx(p) for p in hull), **attrs)
        outline_d = poly_d(hull)
    else:
        x0, y0, x1, y1 = bbox(pts)
        is_rect = len(pts) == 4 and all((abs(p[0] - x0) < 1e-9 or abs(p[0] - x1) < 1e-9) and
                                        (abs(p[1] - y0) < 1e-9 or abs(p[1] - y1) < 1e-9) for p in pts)
        if is_rect:
            doc.el('rect', id=zid, x=num(x0), y=num(-y1), width=num(x1 - x0), height=num(y1 - y0),
                   rx=None if rx is None else num(rx), **attrs)
            if rx:
                outline_d = None
            else:
                outline_d = poly_d(pts)
        else:
            doc.el('polygon', id=zid, points=' '.join(sx(p) for p in pts), **attrs)
            outline_d = poly_d(pts)
    if outline and outline_d:
        doc.el('path', d=outline_d, fill='none', stroke=outline_color, stroke_width='0.16', stroke_linejoin='round')


def nerve_zones(doc, zones, view):
    """Nerves and vessels close under the skin (femoral triangle, armpit, back of the knee): a soft amber
    wash here; the app draws their hatch, outline and legend over it from core's geometry."""
    doc.comment('nerve and vessel zones')
    for z in zones:
        if z['view'] == view and z['kind'] == 'neurovascular':
            zone_element(doc, z, NERVE_FILL, opacity=0.22, outline=False)


# ----------------------------------------------------------------------------- spine pieces


def posterior_lumbar_vertebra(doc, yc, half=4.4):
    """One lumbar vertebra seen from behind, centred on the midline at height yc (~3.6 cm tall)."""
    body_ = [(-2.3, yc + 1.55), (2.3, yc + 1.55), (2.6, yc + 0.9), (half, yc + 0.55), (half + 0.15, yc - 0.05),
             (2.7, yc - 0.25), (2.2, yc - 1.3), (0.9, yc - 1.75), (0.55, yc - 2.05), (-0.55, yc - 2.05),
             (-0.9, yc - 1.75), (-2.2, yc - 1.3), (-2.7, yc - 0.25), (-half - 0.15, yc - 0.05), (-half, yc + 0.55),
             (-2.6, yc + 0.9)]
    bone_shape(doc, body_, smooth=True, corners=(0, 1))
    # spinous process
    doc.el('path', d=smooth_d([(0, yc + 1.0), (0.75, yc + 0.4), (0.7, yc - 1.0), (0, yc - 1.9),
                               (-0.7, yc - 1.0), (-0.75, yc + 0.4)]),
           fill='#fffaf0', stroke=BONE_LINE, stroke_width='0.12')


def posterior_thoracic_vertebra(doc, yc):
    tp = [(-2.9, yc + 0.55), (-1.2, yc + 0.75), (0, yc + 0.9), (1.2, yc + 0.75), (2.9, yc + 0.55),
          (3.1, yc + 0.05), (1.3, yc - 0.2), (0.55, yc - 1.0), (0, yc - 1.45), (-0.55, yc - 1.0),
          (-1.3, yc - 0.2), (-3.1, yc + 0.05)]
    bone_shape(doc, tp)


def cervical_vertebra(doc, yc, w=2.3, prominent=False):
    pts = [(-w, yc + 0.45), (0, yc + 0.6), (w, yc + 0.45), (w + 0.1, yc - 0.05), (0.5, yc - 0.35),
           (0, yc - (1.2 if prominent else 0.85)), (-0.5, yc - 0.35), (-w - 0.1, yc - 0.05)]
    bone_shape(doc, pts)


# ----------------------------------------------------------------------------- posterior view


def rib_polylines_posterior():
    out = []
    reach = [7.5, 11.2, 13.4, 14.8, 15.6, 16.1, 16.3, 16.2, 15.8, 14.9, 12.2, 8.8]
    for i in range(12):
        y = 146.5 - i * 2.32
        r = reach[i]
        drop = 2.6 + 0.42 * i
        pts = [(2.9, y + 0.25), (0.35 * r + 1.5, y + 0.5 - 0.1 * i), (0.75 * r, y - drop * 0.45), (r, y - drop)]
        if i >= 10:
            pts = [(2.9, y + 0.2), (0.55 * r + 1.0, y - 0.7), (r, y - drop * 0.8)]
        out.append(pts)
    return out


def scapula_pts():
    return [(7.3, 144.6), (10.5, 145.3), (13.6, 144.7), (15.4, 143.3), (16.35, 141.4), (16.0, 138.8),
            (14.6, 136.3), (12.3, 132.6), (10.0, 129.7), (9.1, 130.2), (8.0, 133.5), (7.2, 137.8), (7.0, 141.5)]


# right femur seen from the front/back: head in the acetabulum, neck, trochanters, shaft (faded)
FEMUR_FRONT = [(11.4, 90.0), (9.8, 89.45), (7.9, 90.2), (7.0, 92.0), (7.6, 93.8), (9.0, 94.6), (10.8, 94.3),
               (13.2, 93.4), (15.6, 94.4), (17.4, 94.9), (18.6, 93.4), (18.5, 90.6), (16.6, 86.5), (15.1, 80.0),
               (13.7, 70.0), (12.2, 62.0), (11.7, 58.0), (12.4, 55.0), (12.1, 52.0), (8.4, 51.0), (4.8, 52.0),
               (4.6, 55.0), (6.2, 58.0), (8.3, 62.0), (10.6, 70.0), (12.0, 80.0), (12.25, 84.8), (11.4, 86.0),
               (12.2, 87.6), (12.6, 89.0)]


def draw_frontal_skin(doc, fill='url(#paint-skin)'):
    pieces = body.frontal_pieces()
    order = ['upperarm-r', 'forearm-r', 'hand-r', 'upperarm-l', 'forearm-l', 'hand-l',
             'thigh-r', 'shank-r', 'foot-r', 'thigh-l', 'shank-l', 'foot-l', 'trunk']
    draw_union(doc, [pieces[k][0] for k in order], fill)
    out = []
    for sgn in (1, -1):
        wr = (body.F['wrist'][0] * sgn, body.F['wrist'][1])
        tip = (body.F['tip'][0] * sgn, body.F['tip'][1])
        for pl in body.HAND_FRONT_CREASES:
            out.append(local_shape(wr, sub(tip, wr), pl, flip=sgn < 0))
    lines(doc, out, SKIN_CREASE, 0.16, 0.7)


def sym(pl):
    return [pl, mirror(pl)]


def draw_posterior(regions, zones):
    view = 'posterior'
    doc = Doc('-45 -182 90 186', 900, 1860, 'Rollwise body diagram, posterior view')
    skin_paints(doc)
    common_paints(doc)
    fade_paints(doc, 95, 62)
    doc.comment('skin (subject\'s right on the viewer\'s right)')
    draw_frontal_skin(doc)

    doc.comment('surface anatomy')
    creases = []
    creases += sym([(1.5, 81.9), (4.5, 80.95), (9.0, 80.75), (12.8, 81.4), (15.0, 82.5)])      # gluteal fold
    creases += sym([(4.4, 50.6), (8.4, 50.1), (12.4, 50.6)])                                     # popliteal crease
    creases += sym([(3.6, 40.5), (5.3, 33.0), (7.1, 27.0)])                                       # gastrocnemius
    creases += sym([(13.2, 41.5), (11.6, 34.0), (9.2, 28.0)])
    creases += sym([(6.7, 21.0), (6.9, 12.0)])                                                   # Achilles
    creases += sym([(8.4, 21.0), (8.1, 12.0)])
    creases += sym([(24.4, 110.8), (25.5, 109.5), (26.5, 110.6)])                                 # olecranon
    creases += sym([(3.3, 156.4), (4.1, 152.2), (6.8, 149.2)])                                    # neck
    creases += sym([(17.0, 131.2), (17.8, 128.5)])                                               # axilla
    lines(doc, creases, SKIN_CREASE, 0.2, 0.7)
    lines(doc, [[(0, 85.6), (0, 82.3)]], SKIN_CREASE, 0.25, 0.9)                                  # natal cleft

    doc.comment('skeleton (no ids): ribs, scapulae, pelvis, femora')
    ribs = []
    for pl in rib_polylines_posterior():
        ribs += sym(pl)
    doc.open('g', fill='none', stroke_linecap='round', stroke_linejoin='round')
    for pl in ribs:
        d = smooth_d(pl, closed=False)
        doc.el('path', d=d, stroke=BONE_LINE, stroke_width='1.05', stroke_opacity='0.45')
    for pl in ribs:
        d = smooth_d(pl, closed=False)
        doc.el('path', d=d, stroke='#f6eedb', stroke_width='0.75', stroke_opacity='0.9')
    doc.close('g')
    for s in (1, -1):
        sc = [(x * s, y) for (x, y) in scapula_pts()]
        bone_shape(doc, sc, opacity=0.92)
        spine_ridge = [(7.2 * s, 141.2), (11.0 * s, 142.2), (14.8 * s, 143.1), (17.0 * s, 143.6)]
        doc.el('path', d=smooth_d(spine_ridge, closed=False), fill='none', stroke=BONE_LINE, stroke_width='0.75',
               stroke_linecap='round')
        doc.el('path', d=smooth_d(spine_ridge, closed=False), fill='none', stroke='#fbf5e6', stroke_width='0.5',
               stroke_linecap='round')
        bone_shape(doc, [(16.4 * s, 143.9), (18.2 * s, 144.5), (19.4 * s, 143.9), (19.0 * s, 142.7), (17.0 * s, 142.8)])
        # ilium, ischium (mostly under the glutes)
        il = [(6.2 * s, 100.8), (8.5 * s, 103.6), (12.0 * s, 104.6), (15.5 * s, 103.9), (17.3 * s, 102.2),
              (17.2 * s, 99.8), (15.6 * s, 96.6), (14.0 * s, 94.9), (13.0 * s, 91.5), (12.2 * s, 88.6),
              (9.8 * s, 85.4), (7.2 * s, 83.2), (5.2 * s, 83.8), (5.0 * s, 86.2), (6.4 * s, 89.2),
              (4.9 * s, 92.8), (4.7 * s, 96.0)]
        bone_shape(doc, il, opacity=0.75)
        faded_bone(doc, [(x * s, y) for (x, y) in FEMUR_FRONT])

    doc.comment('spine: cervical and thoracic spinous processes; the lumbar segment is its own element')
    zmap = {z['id']: z for z in zones if z['view'] == view}
    zone_element(doc, zmap['cervical-spine'], '#d9a07e', opacity=0.22, outline=False)
    for i, yc in enumerate([158.6, 156.6, 154.6, 152.6, 150.6, 148.9]):
        cervical_vertebra(doc, yc, w=1.9 + 0.12 * i, prominent=(i == 5))
    for i in range(12):
        posterior_thoracic_vertebra(doc, 146.3 - i * 2.3)

    doc.comment('muscles (regions)')
    regs = [r for r in regions if r['view'] == view]
    order = ['lats', 'thoracic-extensors', 'glutes', 'piriformis', 'hamstrings']
    for base in order:
        for r in regs:
            if r['base'] == base:
                draw_region(doc, r)

    doc.comment('lumbar spine: never roll here')
    zone_element(doc, zmap['lumbar-spine'], '#d46a5a', opacity=0.16, outline=False)
    for k in range(5):
        posterior_lumbar_vertebra(doc, 118.0 - k * 3.7)

    doc.comment('bony zones')
    zone_element(doc, zmap['sacrum'], 'url(#paint-bone)')
    sac_det = []
    for k, yy in enumerate([98.6, 96.1, 93.6, 91.1]):
        w = 3.2 - 0.42 * k
        sac_det.append((w, yy))
    doc.open('g', fill='#cbb893', stroke='none')
    for (w, yy) in sac_det:
        for s in (1, -1):
            doc.el('ellipse', cx=num(w * s), cy=num(-yy), rx='0.42', ry='0.55')
    doc.close('g')
    lines(doc, [[(0, 100.3), (0, 89.0)]], BONE_LINE, 0.35, 0.8)
    for side in ('right', 'left'):
        zone_element(doc, zmap['iliac-crest-' + side], 'url(#paint-bone)', band=True)
        zone_element(doc, zmap['greater-trochanter-' + side], 'url(#paint-bone)')
        zone_element(doc, zmap['ischial-tuberosity-' + side], 'url(#paint-bone)', opacity=0.9)
    lines(doc, sym([(4.9, 50.4), (8.4, 49.95), (11.9, 50.4)]), SKIN_CREASE, 0.2, 0.9)
    nerve_zones(doc, zones, view)
    return doc


# ----------------------------------------------------------------------------- anterior view


def draw_anterior(regions, zones):
    view = 'anterior'
    doc = Doc('-45 -182 90 186', 900, 1860, 'Rollwise body diagram, anterior view')
    skin_paints(doc)
    common_paints(doc)
    fade_paints(doc, 95, 60)
    doc.comment('skin (subject\'s right on the viewer\'s left)')
    draw_frontal_skin(doc)

    doc.comment('surface anatomy')
    creases = []
    creases += sym([(2.0, 124.6), (7.0, 123.3), (12.2, 125.4), (15.6, 129.4)])        # pectoral border
    creases += sym([(12.6, 100.4), (9.0, 95.2), (5.0, 90.6), (2.6, 88.6)])            # inguinal groove
    creases += sym([(0.9, 80.7), (3.5, 79.3), (5.2, 76.5)])                            # groin
    creases += sym([(4.6, 45.6), (8.4, 44.7), (12.2, 45.6)])                            # below the patella
    creases += sym([(22.0, 109.4), (24.8, 108.0), (27.2, 108.8)])                       # elbow crease
    creases += sym([(3.2, 156.6), (4.2, 151.8), (6.6, 149.0)])                         # sternocleidomastoid
    creases += sym([(5.3, 2.8), (5.4, 0.4)])
    creases += sym([(7.2, 2.5), (7.3, 0.3)])
    creases += sym([(9.1, 2.6), (9.2, 0.4)])
    lines(doc, creases, SKIN_CREASE, 0.2, 0.7)
    lines(doc, [[(0, 122.5), (0, 109.0)], [(0, 105.0), (0, 92.0)]], SKIN_CREASE, 0.18, 0.45)
    # a quiet face: closed eyes, nose, mouth
    face = sym([(1.6, 165.3), (2.6, 164.9), (3.7, 165.3)]) + [[(-0.55, 163.6), (-0.75, 161.4), (0.0, 160.8), (0.75, 161.4), (0.55, 163.6)]]
    face += [[(-1.6, 158.4), (0.0, 158.0), (1.6, 158.4)]]
    face += sym([(1.3, 166.8), (2.6, 167.3), (4.0, 167.0)])
    lines(doc, face, SKIN_CREASE, 0.18, 0.6)
    doc.el('ellipse', cx='0', cy=num(-107.0), rx='0.55', ry='0.85', fill='#c98f74', fill_opacity='0.8')

    doc.comment('skeleton (no ids): clavicles, sternum, costal margin, pelvis, femora, patellae')
    for s in (1, -1):
        clav = [(1.6 * s, 145.4), (5.5 * s, 145.0), (10.0 * s, 145.8), (14.5 * s, 145.0), (18.6 * s, 144.2)]
        doc.el('path', d=smooth_d(clav, closed=False), fill='none', stroke=BONE_LINE, stroke_width='1.25',
               stroke_linecap='round')
        doc.el('path', d=smooth_d(clav, closed=False), fill='none', stroke='#f8f1e0', stroke_width='0.9',
               stroke_linecap='round')
    bone_shape(doc, [(-1.9, 145.6), (0, 146.0), (1.9, 145.6), (1.6, 141.5), (1.3, 128.0), (0.6, 124.0),
                     (0, 122.6), (-0.6, 124.0), (-1.3, 128.0), (-1.6, 141.5)], opacity=0.85)
    costal = []
    for s in (1, -1):
        costal.append([(0.8 * s, 123.6), (4.5 * s, 121.2), (9.0 * s, 117.6), (12.8 * s, 114.8), (15.0 * s, 114.6)])
    doc.open('g', fill='none', stroke_linecap='round')
    for pl in costal:
        doc.el('path', d=smooth_d(pl, closed=False), stroke=BONE_LINE, stroke_width='1.05', stroke_opacity='0.5')
        doc.el('path', d=smooth_d(pl, closed=False), stroke='#f6eedb', stroke_width='0.75', stroke_opacity='0.9')
    doc.close('g')
    for s in (1, -1):
        faded_bone(doc, [(x * s, y) for (x, y) in FEMUR_FRONT])
    # sacrum between the ilia (behind them)
    bone_shape(doc, [(-5.2, 101.0), (-2.0, 101.4), (2.0, 101.4), (5.2, 101.0), (4.6, 97.0), (3.0, 92.4), (1.2, 88.8),
                     (0.0, 88.0), (-1.2, 88.8), (-3.0, 92.4), (-4.6, 97.0)], opacity=0.7, corners=(0, 3))
    for s in (1, -1):
        # hip bone seen from the front: iliac crest, ASIS, AIIS, acetabular rim, ischium, pubis
        hb = [(4.8, 100.6), (6.5, 103.0), (9.0, 104.7), (11.0, 105.3), (13.5, 105.3), (15.6, 104.5), (17.0, 103.2),
              (16.9, 102.1), (15.0, 101.0), (13.1, 100.3), (12.4, 99.1), (12.7, 97.6), (13.2, 95.8), (12.8, 94.0),
              (12.2, 91.2), (11.7, 88.4), (11.0, 86.0), (9.4, 83.6), (7.2, 83.2), (5.0, 84.0), (2.6, 85.2),
              (0.6, 85.6), (0.6, 88.4), (2.2, 89.0), (4.8, 89.6), (7.0, 90.8), (6.6, 93.4), (5.6, 96.4),
              (4.8, 99.0)]
        bone_shape(doc, [(x * s, y) for (x, y) in hb], opacity=0.8, corners=(21, 22))
        doc.el('ellipse', cx=num(6.5 * s), cy=num(-86.8), rx='1.6', ry='1.9', fill=SKIN_MID, stroke=BONE_LINE,
               stroke_width='0.12')
        # pelvic brim and the acetabulum round the femoral head
        lines(doc, [[(7.0 * s, 90.8), (5.8 * s, 95.6), (3.8 * s, 99.6), (1.5 * s, 100.6)],
                    [(12.6 * s, 94.4), (11.0 * s, 95.0), (8.6 * s, 94.6)]], BONE_LINE, 0.16, 0.8)
        doc.el('ellipse', cx=num(8.4 * s), cy=num(-52.4), rx='2.5', ry='3.1', fill='url(#paint-bone)',
               stroke=BONE_LINE, stroke_width='0.16')

    doc.comment('muscles (regions): iliacus under psoas')
    regs = [r for r in regions if r['view'] == view]
    for base in ('iliacus', 'psoas'):
        for r in regs:
            if r['base'] == base:
                draw_region(doc, r)

    zmap = {z['id']: z for z in zones if z['view'] == view}
    doc.comment('lumbar spine (vertebral bodies seen from the front): never roll here')
    zone_element(doc, zmap['lumbar-spine'], '#d46a5a', opacity=0.16, outline=False)
    for k in range(5):
        y1 = 119.55 - k * 3.72
        y0 = y1 - 3.05
        w = 2.45 + 0.12 * k
        pts = [(-w, y1), (w, y1), (w + 0.35, y1 - 0.5), (w - 0.1, (y0 + y1) / 2), (w + 0.35, y0 + 0.5), (w, y0),
               (-w, y0), (-w - 0.35, y0 + 0.5), (-w + 0.1, (y0 + y1) / 2), (-w - 0.35, y1 - 0.5)]
        bone_shape(doc, pts, corners=(0, 1, 5, 6))
        for s in (1, -1):
            tp = [(s * (w - 0.1), (y0 + y1) / 2 + 0.55), (s * 3.3, (y0 + y1) / 2 + 0.35),
                  (s * 3.3, (y0 + y1) / 2 - 0.3), (s * (w - 0.1), (y0 + y1) / 2 - 0.5)]
            doc.el('path', d=poly_d(tp), fill='#efe4c9', stroke=BONE_LINE, stroke_width='0.1')

    doc.comment('bony zones')
    zone_element(doc, zmap['pubic-bone'], 'url(#paint-bone)')
    for side in ('right', 'left'):
        zone_element(doc, zmap['asis-' + side], 'url(#paint-bone)')
    nerve_zones(doc, zones, view)
    return doc


# ----------------------------------------------------------------------------- lateral view


def lateral_skeleton(doc, ghost=False):
    """Rib cage, pelvis, femur, tibia, patella and the vertebral column (bodies and posterior
    elements) of the standing lateral figure. ghost=True draws it faintly over the arm."""
    op = 0.38 if ghost else None
    if ghost:
        doc.open('g', opacity=num(op))
    cage = [(-6.2, 146.0), (-1.0, 146.6), (4.2, 144.2), (7.4, 138.0), (8.4, 130.0), (7.6, 122.5), (4.8, 117.4),
            (-1.5, 115.8), (-8.0, 117.6), (-11.2, 122.0), (-12.0, 130.0), (-11.0, 139.0)]
    doc.el('path', d=smooth_d(cage), fill='#f3ead6', fill_opacity='0.35', stroke=BONE_LINE, stroke_width='0.2',
           stroke_opacity='0.7')
    rib_lines = []
    for k in range(7):
        y = 143 - k * 3.4
        rib_lines.append([(-10.6 + 0.1 * k, y), (-3.0, y - 1.6 - 0.2 * k), (4.0, y - 3.4 - 0.35 * k),
                          (6.8 - 0.2 * k, y - 5.2 - 0.5 * k)])
    lines(doc, rib_lines, BONE_LINE, 0.16, 0.45)
    pelvis = [(6.4, 100.4), (4.5, 103.2), (1.0, 105.2), (-3.0, 105.9), (-6.6, 104.9), (-9.2, 102.6),
              (-10.2, 100.2), (-9.8, 98.4), (-8.0, 96.6), (-6.6, 94.4), (-6.7, 92.4), (-5.9, 90.6), (-6.6, 88.4),
              (-6.4, 85.6), (-5.0, 83.8), (-2.6, 83.6), (1.2, 84.6), (5.0, 85.4), (6.2, 86.6), (6.0, 88.0),
              (4.2, 89.0), (3.4, 90.2), (4.6, 93.2), (5.8, 96.0), (5.2, 98.2)]
    bone_shape(doc, pelvis, opacity=None if ghost else 0.8)
    doc.el('ellipse', cx=num(1.4), cy=num(-87.3), rx='2.1', ry='1.45', fill=SKIN_MID, stroke=BONE_LINE,
           stroke_width='0.12')
    doc.el('circle', cx=num(0.5), cy=num(-92.0), r='3.1', fill='#e9dcbd', stroke=BONE_LINE, stroke_width='0.16')
    fem = [(-1.6, 94.7), (1.6, 94.8), (3.1, 92.2), (2.0, 89.2), (1.2, 80.0), (0.9, 62.0), (1.8, 55.0), (2.4, 51.6),
           (1.4, 48.8), (-1.8, 48.2), (-4.4, 49.2), (-4.8, 52.4), (-3.3, 56.0), (-2.6, 62.0), (-2.3, 80.0),
           (-2.8, 88.4), (-3.8, 91.6)]
    bone_shape(doc, fem, opacity=None if ghost else 0.6)
    doc.el('circle', cx=num(0.5), cy=num(-92.0), r='2.5', fill='url(#paint-bone)', stroke=BONE_LINE,
           stroke_width='0.14')
    tib = [(-4.2, 48.0), (1.6, 48.0), (2.2, 45.4), (0.4, 40.0), (-1.0, 20.0), (-1.6, 9.5), (-5.2, 9.0),
           (-5.0, 20.0), (-4.0, 40.0), (-4.6, 45.6)]
    bone_shape(doc, tib, opacity=None if ghost else 0.5)
    doc.el('ellipse', cx=num(4.0), cy=num(-51.4), rx='1.5', ry='2.7', fill='url(#paint-bone)', stroke=BONE_LINE,
           stroke_width='0.16')

    # vertebral body centres (cervical lordosis, thoracic kyphosis, lumbar lordosis)
    cervical = [(-2.6, 159.0), (-2.2, 157.0), (-2.2, 155.0), (-2.5, 153.0), (-3.0, 151.0), (-3.7, 149.0)]
    thoracic = [(-4.6, 146.9), (-5.4, 144.6), (-6.1, 142.3), (-6.7, 140.0), (-7.1, 137.7), (-7.3, 135.4),
                (-7.3, 133.1), (-7.1, 130.8), (-6.8, 128.5), (-6.4, 126.2), (-5.9, 123.9), (-5.4, 121.6)]
    lumbar = [(-4.9, 118.3), (-4.4, 114.6), (-4.1, 110.9), (-4.2, 107.2), (-4.8, 103.5)]

    def vbody(c, h, w, ang):
        u = rot((0, 1), ang)
        v = perp(u)
        return [add(add(c, mul(u, h / 2)), mul(v, w / 2)), add(add(c, mul(u, h / 2)), mul(v, -w / 2)),
                add(add(c, mul(u, -h / 2)), mul(v, -w / 2)), add(add(c, mul(u, -h / 2)), mul(v, w / 2))]

    def spinous(c, ang, w, reach, h, tilt):
        """Posterior elements: from the back of the body to a tip `reach` cm behind its centre."""
        u = rot((0, 1), ang)
        back = rot((-1, 0), ang)
        tipdir = rot(back, tilt)
        b0 = add(c, mul(back, w / 2 - 0.1))
        tip = add(c, mul(tipdir, reach))
        if tilt > 20:   # thoracic: long slender processes sloping down like roof tiles
            bw, tw = 0.34 * h, 0.22
        else:
            bw, tw = 0.36 * h, 0.3 * h
        return [add(b0, mul(u, bw)), add(tip, mul(perp(tipdir), -tw)), add(tip, mul(tipdir, 0.25)),
                add(tip, mul(perp(tipdir), tw)), add(b0, mul(u, -bw))]

    allc = cervical + thoracic + lumbar
    for i, c in enumerate(allc):
        nb = allc[max(i - 1, 0)]
        na = allc[min(i + 1, len(allc) - 1)]
        ang = math.degrees(math.atan2(-(nb[0] - na[0]), nb[1] - na[1]))
        if i < 6:
            h, w, reach, tilt = 1.45, 2.0, (4.4 if i < 5 else 5.8), 12
        elif i < 18:
            h, w, reach, tilt = 2.0, 3.0, 5.3, 38
        else:
            h, w, reach, tilt = 3.0, 4.2, 6.7, 4
        bone_shape(doc, spinous(c, ang, w, reach, h, tilt), corners=(0, 4))
        bone_shape(doc, vbody(c, h, w, ang), corners=(0, 1, 2, 3))
    sacrum = [(-6.9, 101.4), (-3.6, 101.6), (-3.8, 98.5), (-5.4, 94.5), (-7.8, 90.6), (-9.6, 87.6), (-10.3, 86.3),
              (-11.0, 87.4), (-11.3, 90.0), (-11.2, 94.0), (-10.4, 98.0)]
    bone_shape(doc, sacrum, opacity=None if ghost else 0.9)
    if ghost:
        doc.close('g')


def draw_lateral(regions, zones):
    view = 'lateral'
    doc = Doc('-45 -182 90 186', 900, 1860, 'Rollwise body diagram, lateral view (right side)')
    doc.grad(linear('paint-skin', [(0, SKIN_DARK), (0.3, SKIN_MID), (0.62, SKIN_LIGHT), (0.85, SKIN_MID),
                                   (1, SKIN_DARK)], -17, 0, 12, 0))
    common_paints(doc)
    pcs = body.lateral_pieces()
    doc.comment('skin: trunk, head and leg as one silhouette')
    draw_union(doc, [pcs[k][0] for k in ('thigh', 'shank', 'foot', 'trunk', 'head')], 'url(#paint-skin)')
    creases = [[(-10.2, 80.8), (-12.6, 81.4), (-14.2, 82.8)],             # gluteal fold
               [(-6.3, 48.6), (-5.0, 49.3), (-4.0, 50.6)],                # back of the knee
               [(-2.0, 158.3), (-1.0, 160.6), (-0.8, 163.2), (-1.8, 164.8), (-3.4, 164.2), (-3.8, 161.6),
                (-3.3, 158.8), (-2.0, 158.3)]]                           # ear
    lines(doc, creases, SKIN_CREASE, 0.2, 0.8)

    zmap = {z['id']: z for z in zones if z['view'] == view}
    doc.comment('zones: posterior elements of the cervical and lumbar spine')
    zone_element(doc, zmap['cervical-spine'], '#d9a07e', opacity=0.25, outline=False)
    zone_element(doc, zmap['lumbar-spine'], '#d46a5a', opacity=0.18, outline=False)
    doc.comment('skeleton (no ids): rib cage, pelvis, femur, tibia, patella, vertebral column')
    lateral_skeleton(doc)
    doc.comment('muscles (regions)')
    for r in regions:
        if r['view'] == view:
            draw_region(doc, r)
    nerve_zones(doc, zones, view)

    doc.comment('near arm, with the skeleton showing faintly through it')
    draw_union(doc, [pcs[k][0] for k in ('upperarm', 'forearm', 'hand')], 'url(#paint-skin)')
    lines(doc, [[(1.4, 111.0), (-0.2, 109.2), (-1.0, 107.2)]], SKIN_CREASE, 0.2, 0.7)
    lateral_skeleton(doc, ghost=True)
    return doc


# ----------------------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--content', default=os.path.join(REPO, 'core', 'content', 'content.json'))
    ap.add_argument('--out', default=os.path.join(REPO, 'resources', 'svg'))
    args = ap.parse_args()
    content, regions, zones = load_content(args.content)
    os.makedirs(args.out, exist_ok=True)
    docs = {
        'posterior.svg': draw_posterior(regions, zones),
        'anterior.svg': draw_anterior(regions, zones),
        'lateral.svg': draw_lateral(regions, zones),
    }
    for t in content['techniques']:
        pid = t['pose']
        docs['pose-%s.svg' % pid] = poses.draw_pose(pid, content, regions, zones)
    for name, doc in docs.items():
        with open(os.path.join(args.out, name), 'w', encoding='utf-8') as fh:
            fh.write(doc.text())
        print('wrote', os.path.join(args.out, name))


if __name__ == '__main__':
    main()
