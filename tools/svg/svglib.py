# SPDX-License-Identifier: GPL-3.0-or-later
"""Small geometry + SVG writing helpers for the Rollwise art generator (python3 stdlib only).

Body frame: centimetres, x to the viewer's right, y = height above the floor.
SVG user units are (x, -y); the conversion happens only when text is written.
Nothing here uses SVG transforms: every coordinate is written out absolutely.
"""
import math

# ----------------------------------------------------------------------------- numbers


def num(v, digits=3):
    s = ('%.' + str(digits) + 'f') % v
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    if s in ('-0', ''):
        s = '0'
    return s


def sx(p):
    """SVG coordinate text of body point p."""
    return num(p[0]) + ',' + num(-p[1])


# Outlines and muscle shapes (path data) to the millimetre: a tenth of a pixel on screen, a fifth of a point
# on the sheet, and the printed PDF's largest cost (Qt writes every coordinate with nine decimals, so fewer
# distinct digits compress to about a sixth less: docs/benchmarks.md, "Sheet size"). Shapes that must have a
# zone's exact bounds (rect, circle, polygon) keep num()'s three decimals.
PATH_DIGITS = 1


def px(p):
    """Path-data text of body point p, to PATH_DIGITS decimals."""
    return num(p[0], PATH_DIGITS) + ',' + num(-p[1], PATH_DIGITS)


# ----------------------------------------------------------------------------- vectors


def add(a, b):
    return (a[0] + b[0], a[1] + b[1])


def sub(a, b):
    return (a[0] - b[0], a[1] - b[1])


def mul(a, k):
    return (a[0] * k, a[1] * k)


def dot(a, b):
    return a[0] * b[0] + a[1] * b[1]


def length(a):
    return math.hypot(a[0], a[1])


def dist(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])


def norm(a):
    l = length(a)
    return (a[0] / l, a[1] / l) if l > 1e-12 else (0.0, 0.0)


def rot(a, deg):
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return (a[0] * c - a[1] * s, a[0] * s + a[1] * c)


def perp(a):
    """a rotated 90 degrees counter-clockwise (body frame, y up)."""
    return (-a[1], a[0])


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def angle_of(a):
    return math.degrees(math.atan2(a[1], a[0]))


def mirror(pts):
    return [(-p[0], p[1]) for p in pts]


def bbox(pts):
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return (min(xs), min(ys), max(xs), max(ys))


# ----------------------------------------------------------------------------- splines


def _phantom(a, b):
    return (2 * a[0] - b[0], 2 * a[1] - b[1])


def _ctrl(p0, p1, p2, p3, alpha=0.5, tension=1.0):
    """Centripetal Catmull-Rom segment p1->p2 as cubic bezier control points."""
    t1 = max(dist(p0, p1), 1e-4) ** alpha
    t2 = max(dist(p1, p2), 1e-4) ** alpha
    t3 = max(dist(p2, p3), 1e-4) ** alpha
    b1 = tuple((t1 * t1 * p2[i] - t2 * t2 * p0[i] + (2 * t1 * t1 + 3 * t1 * t2 + t2 * t2) * p1[i])
               / (3 * t1 * (t1 + t2)) for i in range(2))
    b2 = tuple((t3 * t3 * p1[i] - t2 * t2 * p3[i] + (2 * t3 * t3 + 3 * t3 * t2 + t2 * t2) * p2[i])
               / (3 * t3 * (t3 + t2)) for i in range(2))
    if tension != 1.0:
        b1 = lerp(p1, b1, tension)
        b2 = lerp(p2, b2, tension)
    return b1, b2


def spline(points, closed=True, corners=(), tension=1.0):
    """Smooth curve through points: list of cubic segments (p1, c1, c2, p2).
    corners: indices where the curve may turn sharply (the tangent follows the chord there)."""
    pts = list(points)
    n = len(pts)
    corners = set(i % n for i in corners)
    segs = []
    count = n if closed else n - 1
    for i in range(count):
        i1, i2 = i, (i + 1) % n
        p1, p2 = pts[i1], pts[i2]
        if (not closed and i1 == 0) or i1 in corners:
            p0 = _phantom(p1, p2)
        else:
            p0 = pts[(i1 - 1) % n]
        if (not closed and i2 == n - 1) or i2 in corners:
            p3 = _phantom(p2, p1)
        else:
            p3 = pts[(i2 + 1) % n]
        c1, c2 = _ctrl(p0, p1, p2, p3, tension=tension)
        segs.append((p1, c1, c2, p2))
    return segs


def path_d(segs, closed=True):
    if not segs:
        return ''
    out = ['M' + px(segs[0][0])]
    for (_, c1, c2, p2) in segs:
        out.append('C' + px(c1) + ' ' + px(c2) + ' ' + px(p2))
    if closed:
        out.append('Z')
    return ' '.join(out)


# How far (cm) a smooth curve's through-points may be thinned out: a tenth of a millimetre on the body, far
# below what a screen or a printed figure shows, but it halves the nodes of densely sampled outlines and
# with them the bytes of every printed figure (docs/benchmarks.md, sheet size).
THIN_TOLERANCE = 0.04


def thin(points, closed, tol=THIN_TOLERANCE):
    """Douglas-Peucker: the fewest of the points that keep the polyline within tol of all of them."""
    pts = list(points)
    if len(pts) < 4:
        return pts
    if closed:
        pts = pts + [pts[0]]

    def dist(p, a, b):
        ax, ay = b[0] - a[0], b[1] - a[1]
        L = math.hypot(ax, ay)
        if L == 0:
            return math.hypot(p[0] - a[0], p[1] - a[1])
        return abs(ax * (p[1] - a[1]) - ay * (p[0] - a[0])) / L

    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        best, k = 0.0, -1
        for m in range(i + 1, j):
            d = dist(pts[m], pts[i], pts[j])
            if d > best:
                best, k = d, m
        if k >= 0 and best > tol:
            keep[k] = True
            stack += [(i, k), (k, j)]
    out = [p for p, kept in zip(pts, keep) if kept]
    if closed:
        out = out[:-1]
    return out if len(out) >= (3 if closed else 2) else list(points)


def smooth_d(points, closed=True, corners=(), tension=1.0):
    # Corners are indices into the points, so a curve with corners keeps all of them.
    pts = list(points) if corners else thin(points, closed)
    return path_d(spline(pts, closed, corners, tension), closed)


def bez(seg, t):
    p0, p1, p2, p3 = seg
    u = 1 - t
    return (u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
            u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1])


def sample(segs, per=16):
    out = []
    for s in segs:
        for k in range(per):
            out.append(bez(s, k / per))
    if segs:
        out.append(segs[-1][3])
    return out


def poly_d(points, closed=True):
    d = 'M' + px(points[0]) + ''.join(' L' + px(p) for p in points[1:])
    return d + (' Z' if closed else '')


# ----------------------------------------------------------------------------- polygons


def point_in_poly(p, poly):
    x, y = p
    inside = False
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            xi = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if xi > x:
                inside = not inside
    return inside


def seg_dist(p, a, b):
    ab = sub(b, a)
    l2 = dot(ab, ab)
    t = 0.0 if l2 < 1e-12 else max(0.0, min(1.0, dot(sub(p, a), ab) / l2))
    return dist(p, add(a, mul(ab, t)))


def _seg_intersect(a, b, c, d):
    def orient(p, q, r):
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    o1, o2, o3, o4 = orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)
    return (o1 * o2 < 0) and (o3 * o4 < 0)


def seg_seg_dist(a, b, c, d):
    if _seg_intersect(a, b, c, d):
        return 0.0
    return min(seg_dist(a, c, d), seg_dist(b, c, d), seg_dist(c, a, b), seg_dist(d, a, b))


def seg_poly_dist(a, b, poly):
    """0 if the segment touches the polygon (inside or crossing)."""
    if point_in_poly(a, poly) or point_in_poly(b, poly):
        return 0.0
    n = len(poly)
    return min(seg_seg_dist(a, b, poly[i], poly[(i + 1) % n]) for i in range(n))


def convex_hull(pts):
    pts = sorted(set((round(p[0], 9), round(p[1], 9)) for p in pts))
    if len(pts) <= 2:
        return pts

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def inflate_convex(pts, r, steps=72):
    """Outline of a convex point set inflated by r (a disc around every point, hull of all).
    Circle samples include the 0/90/180/270 degree points, so the outline's bounds are exact."""
    circ = []
    for p in pts:
        for k in range(steps):
            a = 2 * math.pi * k / steps
            circ.append((p[0] + r * math.cos(a), p[1] + r * math.sin(a)))
    return convex_hull(circ)


def clip_line(a, b, poly):
    """Parts of segment a-b inside polygon poly, as (p, q) pairs."""
    ts = [0.0, 1.0]
    n = len(poly)
    d = sub(b, a)
    for i in range(n):
        c, e = poly[i], poly[(i + 1) % n]
        f_ = sub(e, c)
        den = d[0] * f_[1] - d[1] * f_[0]
        if abs(den) < 1e-12:
            continue
        w = sub(c, a)
        t = (w[0] * f_[1] - w[1] * f_[0]) / den
        u = (w[0] * d[1] - w[1] * d[0]) / den
        if 0 <= t <= 1 and 0 <= u <= 1:
            ts.append(t)
    ts.sort()
    out = []
    for t0, t1 in zip(ts, ts[1:]):
        if t1 - t0 < 1e-6:
            continue
        m = add(a, mul(d, (t0 + t1) / 2))
        if point_in_poly(m, poly):
            out.append((add(a, mul(d, t0)), add(a, mul(d, t1))))
    return out


def shrink_seg(p, q, m):
    l = dist(p, q)
    if l <= 2 * m:
        return None
    u = norm(sub(q, p))
    return add(p, mul(u, m)), sub(q, mul(u, m))


# ----------------------------------------------------------------------------- limbs


def limb_outline(a, b, profile, left_first=True):
    """Closed outline of a limb segment from joint a to joint b.
    profile: list of (t, wl, wr); t in cm along a->b (may be < 0 or > |ab| for the end caps),
    wl = half-width to the left of the direction a->b (counter-clockwise side), wr = to the right.
    Entries with wl == wr == 0 are tips (used once)."""
    u = norm(sub(b, a))
    v = perp(u)
    left, right = [], []
    for (t, wl, wr) in profile:
        c = add(a, mul(u, t))
        if wl == 0 and wr == 0:
            left.append(c)
            right.append(None)
            continue
        left.append(add(c, mul(v, wl)))
        right.append(sub(c, mul(v, wr)))
    pts = []
    for p in left:
        pts.append(p)
    for p in reversed(right):
        if p is not None:
            pts.append(p)
    return pts


# ----------------------------------------------------------------------------- svg document


# What a translucent stroke is seen against, by stroke colour (muscle fibres lie on muscle); anything else
# lies on skin. Used to make strokes opaque, see Doc._opaque.
STROKE_BACKDROPS = {'#fff1ea': '#b45449'}
DEFAULT_BACKDROP = '#efcdb5'


def blend(color, backdrop, alpha):
    """The opaque colour of `color` at `alpha` over `backdrop` (both #rrggbb)."""
    a = [int(color[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(backdrop[i:i + 2], 16) for i in (1, 3, 5)]
    return '#' + ''.join('%02x' % int(round(alpha * x + (1 - alpha) * y)) for (x, y) in zip(a, b))


class Doc:
    """Strokes are always written opaque: a translucent stroke (stroke-opacity, or an element's or group's
    opacity) becomes its colour blended over what it lies on, and element and group opacity move into
    fill-opacity. Why: Qt's PDF engine strokes natively only with an opaque pen at full opacity; any other
    stroke it converts into a filled outline, which made the printed sheet several times larger
    (docs/benchmarks.md, sheet size)."""

    def __init__(self, viewbox, width, height, title):
        self.viewbox = viewbox
        self.width = width
        self.height = height
        self.title = title
        self.defs = []
        self.body = []
        self.indent = 1
        self.ghosts = []  # per open element: the opacity of a group, applied to what is inside it

    def grad(self, text):
        self.defs.append(text)

    def _opacity(self):
        out = 1.0
        for g in self.ghosts:
            out *= g
        return out

    def _opaque(self, attrs):
        attrs = dict(attrs)
        op = float(attrs.pop('opacity', None) or 1.0) * self._opacity()
        fill = attrs.get('fill')
        if op < 1.0 and fill not in (None, 'none'):
            attrs['fill_opacity'] = num(float(attrs.get('fill_opacity') or 1.0) * op)
        stroke = attrs.get('stroke')
        alpha = float(attrs.pop('stroke_opacity', None) or 1.0) * op
        if stroke not in (None, 'none') and alpha < 1.0:
            if not stroke.startswith('#'):
                raise ValueError('a translucent stroke must be a plain colour, not %s' % stroke)
            attrs['stroke'] = blend(stroke, STROKE_BACKDROPS.get(stroke, DEFAULT_BACKDROP), alpha)
        return attrs

    def open(self, tag, **attrs):
        ghost = float(attrs.pop('opacity', None) or 1.0) if tag == 'g' else 1.0
        self.body.append('  ' * self.indent + '<' + tag + _attrs(self._opaque(attrs)) + '>')
        self.ghosts.append(ghost)
        self.indent += 1

    def close(self, tag):
        self.ghosts.pop()
        self.indent -= 1
        self.body.append('  ' * self.indent + '</' + tag + '>')

    def el(self, tag, **attrs):
        self.body.append('  ' * self.indent + '<' + tag + _attrs(self._opaque(attrs)) + '/>')

    def comment(self, text):
        self.body.append('  ' * self.indent + '<!-- ' + text + ' -->')

    def text(self):
        head = ['<?xml version="1.0" encoding="UTF-8"?>',
                '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
                'viewBox="%s" width="%s" height="%s">' % (self.viewbox, self.width, self.height),
                '  <title>%s</title>' % self.title,
                '  <!-- Generated by tools/svg/generate_svg.py from core/content/content.json. Do not edit by hand. -->']
        if self.defs:
            head.append('  <defs>')
            for d in self.defs:
                head.append('    ' + d)
            head.append('  </defs>')
        return '\n'.join(head + self.body + ['</svg>', ''])


def _attrs(attrs):
    out = []
    order = ['id', 'd', 'points', 'x', 'y', 'width', 'height', 'rx', 'ry', 'cx', 'cy', 'r',
             'x1', 'y1', 'x2', 'y2']
    keys = sorted(attrs.keys(), key=lambda k: (order.index(k) if k in order else 100, k))
    for k in keys:
        v = attrs[k]
        if v is None:
            continue
        name = k.rstrip('_').replace('_', '-')
        if isinstance(v, float):
            v = num(v)
        out.append(' %s="%s"' % (name, v))
    return ''.join(out)


def linear(id_, stops, x1, y1, x2, y2, user=True):
    units = ' gradientUnits="userSpaceOnUse"' if user else ''
    s = ''.join('<stop offset="%s" stop-color="%s"%s/>' % (num(o), c, '' if op is None else ' stop-opacity="%s"' % num(op))
                for (o, c, op) in _stops(stops))
    return '<linearGradient id="%s"%s x1="%s" y1="%s" x2="%s" y2="%s">%s</linearGradient>' % (
        id_, units, num(x1), num(y1), num(x2), num(y2), s)


def radial(id_, stops, cx, cy, r, fx=None, fy=None, user=False):
    units = ' gradientUnits="userSpaceOnUse"' if user else ''
    foc = '' if fx is None else ' fx="%s" fy="%s"' % (num(fx), num(fy))
    s = ''.join('<stop offset="%s" stop-color="%s"%s/>' % (num(o), c, '' if op is None else ' stop-opacity="%s"' % num(op))
                for (o, c, op) in _stops(stops))
    return '<radialGradient id="%s"%s cx="%s" cy="%s" r="%s"%s>%s</radialGradient>' % (
        id_, units, num(cx), num(cy), num(r), foc, s)


def _stops(stops):
    for s in stops:
        if len(s) == 2:
            yield (s[0], s[1], None)
        else:
            yield s


# ----------------------------------------------------------------------------- rounded polygons


def rounded_segments(points, rmax=2.0, frac=0.5, max_shrink=0.75):
    """A polygon with every corner replaced by a curve (cubic form of a quadratic with the vertex as
    control point). Returns a list of ('L', p, q) / ('C', p, c1, c2, q) pieces. The curve never
    leaves the polygon's bounding box."""
    pts = list(points)
    n = len(pts)
    cuts = []
    for i in range(n):
        v = pts[i]
        p = pts[i - 1]
        q = pts[(i + 1) % n]
        d = min(rmax, frac * dist(v, p), frac * dist(v, q))
        # the curve passes d*cos(half-angle)/2 inside the vertex: keep sharp tips close to it
        half_cos = math.sqrt(max((1 + dot(norm(sub(p, v)), norm(sub(q, v)))) / 2, 0.0))
        if half_cos > 1e-6:
            d = min(d, 2 * max_shrink / half_cos)
        a = add(v, mul(norm(sub(p, v)), d))
        b = add(v, mul(norm(sub(q, v)), d))
        cuts.append((a, v, b))
    out = []
    for i in range(n):
        a, v, b = cuts[i]
        c1 = lerp(a, v, 2.0 / 3.0)
        c2 = lerp(b, v, 2.0 / 3.0)
        out.append(('C', a, c1, c2, b))
        na = cuts[(i + 1) % n][0]
        if dist(b, na) > 1e-6:
            out.append(('L', b, na))
    return out


def rounded_d(points, rmax=2.0, frac=0.5):
    segs = rounded_segments(points, rmax, frac)  # noqa
    d = ['M' + px(segs[0][1])]
    for s in segs:
        if s[0] == 'C':
            d.append('C' + px(s[2]) + ' ' + px(s[3]) + ' ' + px(s[4]))
        else:
            d.append('L' + px(s[2]))
    d.append('Z')
    return ' '.join(d)


def rounded_sample(points, rmax=2.0, frac=0.5, per=10):
    out = []
    for s in rounded_segments(points, rmax, frac):
        if s[0] == 'C':
            for k in range(per):
                out.append(bez(s[1:], k / per))
        else:
            out.append(s[1])
    return out


def local_shape(origin, u, pts, flip=False):
    """Map local (a along u, b along the counter-clockwise normal of u) points to the body frame.
    flip mirrors the local b axis."""
    u = norm(u)
    v = perp(u)
    if flip:
        v = (-v[0], -v[1])
    return [add(origin, add(mul(u, a), mul(v, b))) for (a, b) in pts]


def _arc(c, r, a0, a1, step=5.0):
    """Points on a circle from angle a0 to a1 (degrees, either direction), including a0 and a1 and
    every multiple of 90 degrees in between (so bounds are exact)."""
    lo, hi = min(a0, a1), max(a0, a1)
    angs = {a0, a1}
    k = math.ceil(lo / 90.0)
    while k * 90.0 <= hi:
        angs.add(k * 90.0)
        k += 1
    n = max(1, int(abs(a1 - a0) / step))
    for i in range(1, n):
        angs.add(a0 + (a1 - a0) * i / n)
    ordered = sorted(angs, reverse=(a1 < a0))
    return [(c[0] + r * math.cos(math.radians(a)), c[1] + r * math.sin(math.radians(a))) for a in ordered]


def _line_meet(p, d, q, e):
    den = d[0] * e[1] - d[1] * e[0]
    if abs(den) < 1e-12:
        return p
    t = ((q[0] - p[0]) * e[1] - (q[1] - p[1]) * e[0]) / den
    return (p[0] + d[0] * t, p[1] + d[1] * t)


def band_outline(points, r):
    """Outline of an open polyline inflated by r (round caps and round outer joins): a curved band
    whose bounds equal the polyline's bounds grown by r."""
    pts = list(points)
    n = len(pts)
    ds = [norm(sub(pts[i + 1], pts[i])) for i in range(n - 1)]
    ns = [perp(d) for d in ds]

    def side(sign, seq_pts, seq_ds, seq_ns):
        out = [add(seq_pts[0], mul(seq_ns[0], sign * r))]
        for j in range(1, len(seq_pts) - 1):
            d0, d1 = seq_ds[j - 1], seq_ds[j]
            n0, n1 = mul(seq_ns[j - 1], sign), mul(seq_ns[j], sign)
            turn = d0[0] * d1[1] - d0[1] * d1[0]
            outer = (turn < 0) if sign > 0 else (turn > 0)
            if outer:
                a0 = math.degrees(math.atan2(n0[1], n0[0]))
                a1 = math.degrees(math.atan2(n1[1], n1[0]))
                if sign > 0:
                    while a1 > a0:
                        a1 -= 360.0
                else:
                    while a1 < a0:
                        a1 += 360.0
                out += _arc(seq_pts[j], r, a0, a1)
            else:
                p0 = add(seq_pts[j], mul(n0, r))
                p1 = add(seq_pts[j], mul(n1, r))
                out.append(_line_meet(p0, d0, p1, d1))
        out.append(add(seq_pts[-1], mul(seq_ns[-1], sign * r)))
        return out

    left = side(1, pts, ds, ns)
    right = side(-1, pts, ds, ns)
    a_end = math.degrees(math.atan2(ns[-1][1], ns[-1][0]))
    end_cap = _arc(pts[-1], r, a_end, a_end - 180.0)
    a_start = math.degrees(math.atan2(-ns[0][1], -ns[0][0]))
    start_cap = _arc(pts[0], r, a_start, a_start - 180.0)
    return left[:-1] + end_cap + list(reversed(right))[1:-1] + start_cap[:-1]
