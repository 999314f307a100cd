#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks Rollwise's SVG art against core/content/content.json (python3 stdlib only).

    python3 tools/svg/check_ids.py [--content PATH] [--svg DIR]

Anatomy views (posterior.svg, anterior.svg, lateral.svg):
  * ids are exactly region-<id> / zone-<id> for every region/zone with geometry in that view
    (sided ids <base>-right / <base>-left; left = mirror for posterior/anterior), plus paint-*
    gradients inside <defs>;
  * every zone element has the bounds of the zone geometry (points grown by radius) within
    0.05 cm and carries no stroke (QSvgRenderer::boundsOnElement includes stroke width);
  * every region element's bounds are within 1 cm of its polygon's bounds, its anchor lies inside
    it, and no later-drawn region covers the anchor;
Pose files (pose-<poseId>.svg for each technique):
  * root group pose-<poseId>; pose-target, roller (<circle>), roller-travel (<line>),
    zone-lumbar-spine present; no other ids except existing zone-* ids and paint-* gradients;
  * roller radius = rollerDiameterCm / 2, the travel starts at the roller centre, and the roller
    keeps clear of the lumbar zone polygon along its whole travel;
  * the roller rests on the floor along its whole travel (at most 0.5 cm above it, never below), the
    body rests on the roller at the start (gap at most 0.5 cm, sinking at most 1 cm into soft tissue),
    and the travel is as long as the main (first) body path of each technique drawn in the pose (10%);
content.json bodyOutline: the skin pieces of body.py as outline.py samples them;
All files: no transform attributes, only the SVG Tiny subset QSvgRenderer handles.
Exit status 1 when a check fails.
"""
import argparse
import json
import math
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..'))
NS = '{http://www.w3.org/2000/svg}'

ALLOWED_TAGS = {'svg', 'title', 'desc', 'defs', 'linearGradient', 'radialGradient', 'stop', 'g', 'path', 'rect',
                'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan'}
SHAPES = {'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon'}
ZONE_TOL = 0.05
REGION_TOL = 1.0

errors = []
notes = []


def fail(msg):
    errors.append(msg)


def tag(e):
    return e.tag[len(NS):] if e.tag.startswith(NS) else e.tag


# ----------------------------------------------------------------------------- geometry


def bbox(pts):
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return (min(xs), min(ys), max(xs), max(ys))


def point_in_poly(p, poly):
    x, y = p
    inside = False
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            if x1 + (y - y1) * (x2 - x1) / (y2 - y1) > x:
                inside = not inside
    return inside


def seg_dist(p, a, b):
    abx, aby = b[0] - a[0], b[1] - a[1]
    l2 = abx * abx + aby * aby
    t = 0.0 if l2 == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * abx + (p[1] - a[1]) * aby) / l2))
    return math.hypot(p[0] - a[0] - abx * t, p[1] - a[1] - aby * t)


def segs_cross(a, b, c, d):
    def o(p, q, r):
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    return o(a, b, c) * o(a, b, d) < 0 and o(c, d, a) * o(c, d, b) < 0


def seg_poly_dist(a, b, poly):
    if point_in_poly(a, poly) or point_in_poly(b, poly):
        return 0.0
    n = len(poly)
    best = float('inf')
    for i in range(n):
        c, d = poly[i], poly[(i + 1) % n]
        if segs_cross(a, b, c, d):
            return 0.0
        best = min(best, seg_dist(a, c, d), seg_dist(b, c, d), seg_dist(c, a, b), seg_dist(d, a, b))
    return best


def polys_overlap(p, q):
    if any(point_in_poly(v, q) for v in p) or any(point_in_poly(v, p) for v in q):
        return True
    for i in range(len(p)):
        for j in range(len(q)):
            if segs_cross(p[i], p[(i + 1) % len(p)], q[j], q[(j + 1) % len(q)]):
                return True
    return False


def nums(s):
    return [float(v) for v in re.findall(r'[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?', s or '')]


def parse_path(d):
    """Outline points (body frame: y up) sampled from M/L/H/V/C/Q/Z path data (abs or rel)."""
    toks = re.findall(r'[MLHVCQZmlhvcqz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?', d)
    pts = []
    cur = (0.0, 0.0)
    start = cur
    i = 0
    cmd = None
    while i < len(toks):
        t = toks[i]
        if re.match(r'[A-Za-z]', t):
            cmd = t
            i += 1
            if cmd in 'Zz':
                cur = start
                pts.append(cur)
                continue
        rel = cmd.islower()
        c = cmd.upper()

        def take(n):
            nonlocal i
            v = [float(x) for x in toks[i:i + n]]
            i += n
            return v
        if c == 'M':
            x, y = take(2)
            cur = (cur[0] + x, cur[1] + y) if rel else (x, y)
            start = cur
            pts.append(cur)
            cmd = 'l' if rel else 'L'
        elif c == 'L':
            x, y = take(2)
            cur = (cur[0] + x, cur[1] + y) if rel else (x, y)
            pts.append(cur)
        elif c == 'H':
            (x,) = take(1)
            cur = (cur[0] + x if rel else x, cur[1])
            pts.append(cur)
        elif c == 'V':
            (y,) = take(1)
            cur = (cur[0], cur[1] + y if rel else y)
            pts.append(cur)
        elif c in 'CQ':
            n = 6 if c == 'C' else 4
            v = take(n)
            ctrl = [(v[k], v[k + 1]) for k in range(0, n, 2)]
            if rel:
                ctrl = [(cur[0] + x, cur[1] + y) for (x, y) in ctrl]
            p = [cur] + ctrl
            for k in range(1, 25):
                s = k / 24.0
                if c == 'C':
                    u = 1 - s
                    pts.append((u ** 3 * p[0][0] + 3 * u * u * s * p[1][0] + 3 * u * s * s * p[2][0] + s ** 3 * p[3][0],
                                u ** 3 * p[0][1] + 3 * u * u * s * p[1][1] + 3 * u * s * s * p[2][1] + s ** 3 * p[3][1]))
                else:
                    u = 1 - s
                    pts.append((u * u * p[0][0] + 2 * u * s * p[1][0] + s * s * p[2][0],
                                u * u * p[0][1] + 2 * u * s * p[1][1] + s * s * p[2][1]))
            cur = p[-1]
        else:
            raise ValueError('unsupported path command %s' % cmd)
    return [(x, -y) for (x, y) in pts]


def element_outline(e):
    """Outline (body frame) of a basic shape, or None."""
    t = tag(e)
    g = lambda k, d=0.0: float(e.get(k, d))
    if t == 'rect':
        x, y, w, h = g('x'), g('y'), g('width'), g('height')
        return [(x, -y), (x + w, -y), (x + w, -(y + h)), (x, -(y + h))]
    if t in ('circle', 'ellipse'):
        cx, cy = g('cx'), g('cy')
        rx = g('r') if t == 'circle' else g('rx')
        ry = g('r') if t == 'circle' else g('ry')
        return [(cx + rx * math.cos(2 * math.pi * k / 360), -(cy + ry * math.sin(2 * math.pi * k / 360)))
                for k in range(360)]
    if t in ('polygon', 'polyline'):
        v = nums(e.get('points'))
        return [(v[k], -v[k + 1]) for k in range(0, len(v), 2)]
    if t == 'line':
        return [(g('x1'), -g('y1')), (g('x2'), -g('y2'))]
    if t == 'path':
        return parse_path(e.get('d', ''))
    return None


def has_stroke(e, parents):
    own = e.get('stroke')
    style = e.get('style', '')
    m = re.search(r'stroke\s*:\s*([^;]+)', style)
    if m:
        own = m.group(1).strip()
    if own is not None:
        return own != 'none'
    for p in reversed(parents):
        v = p.get('stroke')
        if v is not None:
            return v != 'none'
    return False


# ----------------------------------------------------------------------------- content


def expected(content):
    regions, zones = {}, {}
    for r in content['regions']:
        for view, g in r['geometry'].items():
            pts = [tuple(p) for p in g['points']]
            anc = tuple(g['anchor'])
            sides = [('right', 1)] + ([('left', -1)] if view != 'lateral' else []) if r['sided'] else [(None, 1)]
            for side, s in sides:
                rid = r['id'] + ('-' + side if side else '')
                regions.setdefault(view, {})[rid] = ([(x * s, y) for (x, y) in pts], (anc[0] * s, anc[1]))
    for z in content['zones']:
        for view, g in z['geometry'].items():
            pts = [tuple(p) for p in g['points']]
            rad = float(g.get('radius', 0.0))
            sides = [('right', 1)] + ([('left', -1)] if view != 'lateral' else []) if z['sided'] else [(None, 1)]
            for side, s in sides:
                zid = z['id'] + ('-' + side if side else '')
                zones.setdefault(view, {})[zid] = ([(x * s, y) for (x, y) in pts], rad)
    return regions, zones


def zone_ids(content):
    out = set()
    for z in content['zones']:
        if z['sided']:
            out |= {z['id'] + '-right', z['id'] + '-left'}
        else:
            out.add(z['id'])
    return out


# ----------------------------------------------------------------------------- checks


def walk(root):
    """(element, parents) in document order."""
    stack = [(root, [])]
    out = []
    while stack:
        e, parents = stack.pop()
        out.append((e, parents))
        for c in reversed(list(e)):
            stack.append((c, parents + [e]))
    return out


def common_checks(name, root):
    ids = {}
    for e, parents in walk(root):
        t = tag(e)
        if t not in ALLOWED_TAGS:
            fail('%s: element <%s> is not in the Qt SVG Tiny subset used here' % (name, t))
        if e.get('transform') is not None:
            fail('%s: transform attribute on <%s id=%s>' % (name, t, e.get('id')))
        if 'mix-blend-mode' in (e.get('style') or ''):
            fail('%s: mix-blend-mode' % name)
        for k, v in e.attrib.items():
            if 'url(#' in v:
                ref = re.findall(r'url\(#([^)]+)\)', v)
                for r in ref:
                    if not r.startswith('paint-'):
                        fail('%s: reference to non-paint id %s' % (name, r))
        i = e.get('id')
        if i is None:
            continue
        if i in ids:
            fail('%s: duplicate id %s' % (name, i))
        ids[i] = (e, parents)
        if i.startswith('paint-'):
            if t not in ('linearGradient', 'radialGradient') or not any(tag(p) == 'defs' for p in parents):
                fail('%s: %s must be a gradient inside <defs>' % (name, i))
        elif t in ('linearGradient', 'radialGradient'):
            fail('%s: gradient id %s must start with paint-' % (name, i))
    return ids


def check_anatomy(name, root, view, regions, zones):
    ids = common_checks(name, root)
    want = {'region-' + k for k in regions.get(view, {})} | {'zone-' + k for k in zones.get(view, {})}
    have = {k for k in ids if not k.startswith('paint-')}
    for k in sorted(want - have):
        fail('%s: missing id %s' % (name, k))
    for k in sorted(have - want):
        fail('%s: unexpected id %s' % (name, k))
    for zid, (pts, rad) in zones.get(view, {}).items():
        key = 'zone-' + zid
        if key not in ids:
            continue
        e, parents = ids[key]
        if tag(e) not in SHAPES:
            fail('%s: %s should be a basic shape, is <%s>' % (name, key, tag(e)))
            continue
        if has_stroke(e, parents):
            fail('%s: %s has a stroke (it would grow its bounds)' % (name, key))
        got = bbox(element_outline(e))
        x0, y0, x1, y1 = bbox(pts)
        exp = (x0 - rad, y0 - rad, x1 + rad, y1 + rad)
        worst = max(abs(a - b) for a, b in zip(got, exp))
        if worst > ZONE_TOL:
            fail('%s: %s bounds %s differ from the zone %s by %.3f cm' % (
                name, key, tuple(round(v, 3) for v in got), exp, worst))
    order = [k for (k, _) in sorted(((k, list(ids).index(k)) for k in ids), key=lambda kv: kv[1])]
    outlines = {}
    for rid, (pts, anc) in regions.get(view, {}).items():
        key = 'region-' + rid
        if key not in ids:
            continue
        e, parents = ids[key]
        o = element_outline(e)
        if o is None:
            fail('%s: %s is not a shape' % (name, key))
            continue
        outlines[key] = o
        got = bbox(o)
        exp = bbox(pts)
        worst = max(abs(a - b) for a, b in zip(got, exp))
        if worst > REGION_TOL:
            fail('%s: %s bounds differ from its polygon by %.2f cm' % (name, key, worst))
        if not point_in_poly(anc, o):
            fail('%s: anchor of %s is outside the drawn shape' % (name, key))
        if not point_in_poly(anc, pts):
            fail('content: anchor of %s (%s) is outside its polygon' % (rid, view))
    # the region drawn last at each anchor must be the region itself (pixel probes)
    region_keys = [k for k in order if k in outlines]
    for rid, (pts, anc) in regions.get(view, {}).items():
        key = 'region-' + rid
        if key not in outlines:
            continue
        top = None
        for k in region_keys:
            if point_in_poly(anc, outlines[k]):
                top = k
        if top != key:
            fail('%s: %s is covered at its anchor by %s' % (name, key, top))
        for other, (opts, _) in regions.get(view, {}).items():
            if other != rid and point_in_poly(anc, opts):
                notes.append('%s: anchor of %s lies inside the %s polygon (drawn on top of it)' % (view, rid, other))
    # no region overlaps the lumbar zone
    lz = zones.get(view, {}).get('lumbar-spine')
    if lz:
        for rid, (pts, anc) in regions.get(view, {}).items():
            if polys_overlap(pts, lz[0]):
                fail('content: region %s overlaps the lumbar-spine zone in the %s view' % (rid, view))


FLOOR_GAP_MAX = 0.5     # cm between the roller's bottom and the floor line
BODY_GAP_MAX = 0.5      # cm between the roller and the nearest body outline
BODY_SINK_MAX = 1.0     # cm of soft tissue the roller may press in (the generator aims at 0.5, core's indentation)
TRAVEL_TOL = 0.10       # relative difference between the pose's travel and the technique's path


def inherited(e, parents, key):
    v = e.get(key)
    for p in reversed(parents):
        if v is None:
            v = p.get(key)
    return v


def body_outlines(root):
    """(outline, half stroke width) of every filled or stroked shape in the pose except the roller and the
    floor: the skin, the target muscle and the lumbar zone, as drawn (a stroke shows half its width outside)."""
    out = []
    for e, parents in walk(root):
        if tag(e) not in ('path', 'polygon') or e.get('id') in ('roller', 'roller-travel'):
            continue
        fill = inherited(e, parents, 'fill')
        stroke = inherited(e, parents, 'stroke')
        half = float(inherited(e, parents, 'stroke-width') or 1.0) / 2 if stroke not in (None, 'none') else 0.0
        if fill not in (None, 'none') or half > 0:
            out.append((element_outline(e), half))
    return out


def roller_sink(c, r, outlines, floor_margin=0.3):
    """How far the roller circle reaches into the body: negative is a gap. Edges lying on the floor (hands,
    feet) are left out, the floor is checked on its own."""
    nearest = float('inf')
    for o, half in outlines:
        if point_in_poly(c, o):
            return float('inf')
        for k in range(len(o)):
            a, b = o[k], o[(k + 1) % len(o)]
            if a[1] < floor_margin and b[1] < floor_margin:
                continue
            nearest = min(nearest, seg_dist(c, a, b) - half)
    return r - nearest


def path_length(pts):
    return sum(math.hypot(pts[k + 1][0] - pts[k][0], pts[k + 1][1] - pts[k][1]) for k in range(len(pts) - 1))


def check_contact(name, root, pid, content, c, r, a, b):
    for where, p in (('start', a), ('end', b)):
        gap = p[1] - r
        if gap < -0.01 or gap > FLOOR_GAP_MAX:
            fail('%s: roller is %.2f cm above the floor at the %s of its travel' % (name, gap, where))
    sink = roller_sink(c, r, body_outlines(root))
    if sink > BODY_SINK_MAX or sink < -BODY_GAP_MAX:
        fail('%s: roller sinks %.2f cm into the body (negative: a gap)' % (name, sink))
    travel = math.hypot(b[0] - a[0], b[1] - a[1])
    for t in content['techniques']:
        if t['pose'] != pid:
            continue
        want = path_length(t['paths'][0]['points'])
        if abs(travel - want) > TRAVEL_TOL * want:
            fail('%s: roller travel %.2f cm, technique %s path %.2f cm' % (name, travel, t['id'], want))
        notes.append('%s: body sinks %.2f cm onto the roller; travel %.2f cm for %s path %.2f cm' % (
            name, sink, travel, t['id'], want))


def check_pose(name, root, pid, content):
    ids = common_checks(name, root)
    allowed_zone = {'zone-' + z for z in zone_ids(content)}
    need = ['pose-' + pid, 'pose-target', 'roller', 'roller-travel', 'zone-lumbar-spine']
    for k in need:
        if k not in ids:
            fail('%s: missing id %s' % (name, k))
    for k in ids:
        if k.startswith('paint-') or k in need or k in allowed_zone:
            continue
        fail('%s: unexpected id %s' % (name, k))
    if any(k not in ids for k in need):
        return
    root_g, _ = ids['pose-' + pid]
    if tag(root_g) != 'g':
        fail('%s: pose-%s must be a <g>' % (name, pid))
    for k in need[1:]:
        e, parents = ids[k]
        if root_g not in parents:
            fail('%s: %s is outside the pose-%s group' % (name, k, pid))
    roller, _ = ids['roller']
    travel, _ = ids['roller-travel']
    if tag(roller) != 'circle':
        fail('%s: roller must be a <circle>' % name)
        return
    if tag(travel) != 'line':
        fail('%s: roller-travel must be a <line>' % name)
        return
    r = float(roller.get('r'))
    want_r = content['dosage'].get('rollerDiameterCm', 15) / 2.0
    if abs(r - want_r) > 0.01:
        fail('%s: roller radius %.2f, expected %.2f' % (name, r, want_r))
    c = (float(roller.get('cx')), -float(roller.get('cy')))
    a = (float(travel.get('x1')), -float(travel.get('y1')))
    b = (float(travel.get('x2')), -float(travel.get('y2')))
    if math.hypot(a[0] - c[0], a[1] - c[1]) > 0.01:
        fail('%s: roller-travel does not start at the roller centre' % name)
    if math.hypot(b[0] - a[0], b[1] - a[1]) < 1.0:
        fail('%s: roller-travel is shorter than 1 cm' % name)
    if c[1] < r - 0.5:
        fail('%s: roller sinks into the floor' % name)
    check_contact(name, root_g, pid, content, c, r, a, b)
    zone, _ = ids['zone-lumbar-spine']
    zpoly = element_outline(zone)
    clear = seg_poly_dist(a, b, zpoly) - r
    if clear <= 0:
        fail('%s: the roller reaches the lumbar zone during its travel (clearance %.2f cm)' % (name, clear))
    else:
        notes.append('%s: roller clearance from the lumbar zone along its travel %.1f cm; travel %.1f cm' % (
            name, clear, math.hypot(b[0] - a[0], b[1] - a[1])))


def main():
    ap = argparse.ArgumentParser(description='Check Rollwise SVG ids and geometry against content.json')
    ap.add_argument('--content', default=os.path.join(REPO, 'core', 'content', 'content.json'))
    ap.add_argument('--svg', default=os.path.join(REPO, 'resources', 'svg'))
    ap.add_argument('-v', '--verbose', action='store_true')
    args = ap.parse_args()
    with open(args.content, encoding='utf-8') as fh:
        content = json.load(fh)
    regions, zones = expected(content)
    # Core's body outline (where roller paths must lie) is the drawn skin, sampled: the two must agree.
    sys.path.insert(0, HERE)
    import outline
    for d in outline.differences(content, outline.outlines()):
        fail('content: bodyOutline %s (run tools/svg/outline.py)' % d)
    checked = 0
    for view in ('posterior', 'anterior', 'lateral'):
        path = os.path.join(args.svg, view + '.svg')
        if not os.path.exists(path):
            fail('missing %s' % path)
            continue
        check_anatomy(view + '.svg', ET.parse(path).getroot(), view, regions, zones)
        checked += 1
    for pid in sorted({t['pose'] for t in content['techniques']}):
        path = os.path.join(args.svg, 'pose-%s.svg' % pid)
        if not os.path.exists(path):
            fail('missing %s' % path)
            continue
        check_pose(os.path.basename(path), ET.parse(path).getroot(), pid, content)
        checked += 1
    if args.verbose:
        for n in sorted(set(notes)):
            print('note:', n)
    for e in errors:
        print('FAIL:', e)
    print('%d files checked, %d problems' % (checked, len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
