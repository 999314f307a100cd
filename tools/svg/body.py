# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference body shapes for the Rollwise art (drawn for this project, in body-frame centimetres).

Two reference figures, both standing, stature 175 cm:
  FRONTAL  - the posterior view (subject's right on +x). The anterior view uses the same outline
             mirrored (subject's right on -x); the outline is symmetric so only details differ.
  LATERAL  - the subject's right side, facing +x (anterior).
Each figure is a set of pieces (closed outlines) bound to bones, so the same shapes can be posed
for the technique diagrams (see poses.py). Outlines are point lists that get a centripetal
Catmull-Rom fit when written.
"""
import math
from svglib import add, sub, mul, norm, perp, rot, dist, angle_of, limb_outline, lerp, local_shape

# ============================================================================ frontal (posterior)

F = {
    'hip': (9.5, 92.0), 'knee': (8.4, 50.0), 'ankle': (7.5, 7.5),
    'shoulder': (16.5, 140.0),
}
_ua = (math.sin(math.radians(15)), -math.cos(math.radians(15)))
F['elbow'] = add(F['shoulder'], mul(_ua, 32.5))
_fa = (math.sin(math.radians(20)), -math.cos(math.radians(20)))
F['wrist'] = add(F['elbow'], mul(_fa, 25.5))
_ha = (math.sin(math.radians(21)), -math.cos(math.radians(21)))
F['tip'] = add(F['wrist'], mul(_ha, 19.0))
F['lumbar'] = (0.0, 110.0)
F['c7'] = (0.0, 147.0)
F['atlas'] = (0.0, 155.5)

# right half of the trunk (head, neck, torso, buttocks), top centre to bottom centre
_TRUNK_R = [
    (0.0, 175.0), (3.4, 174.5), (5.9, 172.5), (7.4, 169.5), (7.85, 166.0), (7.75, 163.4),
    (8.25, 163.0), (8.6, 161.5), (8.45, 159.4), (7.7, 158.1),
    (6.95, 156.6), (6.15, 154.5), (5.75, 152.6), (5.85, 151.0), (7.3, 149.6), (9.9, 148.3),
    (12.9, 147.0), (15.7, 145.8), (17.7, 144.9), (18.95, 143.9), (19.4, 142.3), (18.9, 138.5),
    (18.1, 134.0), (17.6, 130.0), (17.5, 126.0), (17.3, 121.0), (16.8, 116.0), (16.45, 111.0),
    (16.5, 107.8), (17.3, 105.6), (18.5, 103.8), (19.35, 101.5), (19.95, 98.0), (20.3, 94.5),
    (20.35, 91.0), (20.05, 87.5), (18.3, 83.6), (13.5, 80.6), (7.0, 80.1), (2.2, 80.6),
]


def frontal_trunk():
    right = _TRUNK_R
    left = [(-x, y) for (x, y) in reversed(right[1:])]
    return right + [(0.0, 81.9)] + left


def _thigh_profile():
    return [(-8.0, 0, 0), (-6.0, 6.5, 6.5), (-2.0, 9.8, 8.6), (4.0, 10.5, 9.0), (8.0, 10.3, 9.0),
            (12.0, 9.7, 8.6), (20.0, 8.8, 7.6), (28.0, 7.8, 6.6), (35.0, 6.6, 5.7), (40.0, 5.55, 5.35),
            (44.0, 5.25, 5.1), (47.0, 4.3, 4.3), (49.5, 0, 0)]


def _shank_profile():
    return [(-6.0, 0, 0), (-4.0, 4.6, 4.6), (-1.0, 5.2, 5.1), (4.0, 5.3, 4.9), (9.0, 6.1, 4.8),
            (14.0, 6.3, 5.1), (17.0, 6.0, 5.15), (20.0, 5.6, 4.9), (27.0, 4.2, 4.0), (34.0, 2.95, 3.5),
            (39.0, 2.7, 2.75), (42.5, 2.85, 2.7), (45.0, 2.0, 2.0), (46.5, 0, 0)]


def _foot_front():
    return [(10.1, 9.5), (10.5, 6.0), (11.2, 3.0), (11.75, 1.1), (11.2, 0.0), (7.6, -0.05), (4.2, 0.0),
            (3.55, 0.9), (3.9, 3.0), (4.4, 6.0), (4.9, 9.5), (7.5, 11.0)]


def _upper_arm_profile():
    return [(-5.6, 0, 0), (-4.0, 4.2, 2.2), (-1.0, 5.6, 3.4), (4.0, 6.0, 3.8), (9.0, 5.3, 3.8),
            (14.0, 4.6, 3.9), (20.0, 4.3, 3.8), (26.0, 4.1, 3.6), (30.0, 3.8, 3.4), (32.5, 3.5, 3.3),
            (34.5, 2.5, 2.5), (35.8, 0, 0)]


def _forearm_profile():
    return [(-3.0, 0, 0), (-1.5, 3.0, 3.0), (1.0, 3.9, 3.5), (5.0, 4.3, 3.5), (10.0, 3.9, 3.1),
            (16.0, 3.1, 2.5), (22.0, 2.5, 2.15), (25.5, 2.4, 2.1), (27.3, 0, 0)]


# hand seen from the back (or the palm), local (along wrist->fingertip, towards the thumb)
HAND_FRONT = [(-1.6, 0.0), (0.0, 2.4), (2.0, 2.85), (3.8, 3.5), (5.6, 4.05), (7.6, 4.2), (9.3, 3.95),
              (10.3, 3.45), (10.1, 2.95), (9.3, 2.75), (10.6, 2.65), (13.6, 2.5), (16.4, 2.05), (18.2, 1.3),
              (18.9, 0.3), (18.7, -0.8), (17.8, -1.7), (16.3, -2.45), (13.8, -2.95), (10.6, -3.25), (7.0, -3.3),
              (3.6, -2.95), (0.0, -2.35)]
HAND_FRONT_CREASES = [[(12.4, 1.3), (17.2, 1.05)], [(12.8, 0.0), (18.3, -0.15)], [(12.4, -1.3), (17.2, -1.6)]]
# hand seen from the thumb side
HAND_SIDE = [(-1.2, 0.0), (0.0, 1.9), (2.4, 2.5), (4.8, 3.2), (7.2, 3.6), (9.4, 3.4), (10.4, 2.7), (9.4, 2.0),
             (11.5, 1.7), (14.5, 1.4), (17.2, 0.9), (18.6, 0.0), (18.4, -0.9), (16.6, -1.5), (13.5, -1.75),
             (9.5, -2.0), (5.5, -2.15), (2.0, -2.15), (0.0, -2.05)]


def frontal_pieces():
    """name -> (points, bone). Right side pieces carry '-r', left side '-l' (mirrored)."""
    out = {'trunk': (frontal_trunk(), 'trunk')}
    for side, sgn in (('r', 1), ('l', -1)):
        def m(p):
            return (p[0] * sgn, p[1])
        hip, knee, ankle = m(F['hip']), m(F['knee']), m(F['ankle'])
        sh, el, wr, tip = m(F['shoulder']), m(F['elbow']), m(F['wrist']), m(F['tip'])
        # limb_outline puts wl on the counter-clockwise side of the bone direction; for the right
        # leg pointing down that is +x (lateral). For the left side swap the two widths.
        def prof(p):
            return p if sgn > 0 else [(t, b, a) for (t, a, b) in p]
        out['thigh-' + side] = (limb_outline(hip, knee, prof(_thigh_profile())), 'thigh-' + side)
        out['shank-' + side] = (limb_outline(knee, ankle, prof(_shank_profile())), 'shank-' + side)
        out['foot-' + side] = ([m(p) for p in _foot_front()], 'foot-' + side)
        out['upperarm-' + side] = (limb_outline(sh, el, prof(_upper_arm_profile())), 'upperarm-' + side)
        out['forearm-' + side] = (limb_outline(el, wr, prof(_forearm_profile())), 'forearm-' + side)
        out['hand-' + side] = (local_shape(wr, sub(tip, wr), HAND_FRONT, flip=sgn < 0), 'hand-' + side)
    return out


# ============================================================================ lateral

L = {
    'hip': (0.5, 92.0), 'knee': (-1.2, 50.0), 'ankle': (-4.0, 7.5),
    'shoulder': (-1.5, 140.5), 'elbow': (-2.5, 109.0), 'wrist': (0.2, 85.0), 'tip': (2.3, 66.3),
    'lumbar': (-6.0, 110.0), 'c7': (-6.5, 147.0), 'atlas': (-4.0, 157.5),
}

# trunk outline (without head and limbs), from the throat clockwise round the back
_LAT_TRUNK = [
    (2.9, 151.5), (2.7, 149.0), (3.1, 146.6), (5.0, 144.6), (8.0, 140.2), (10.3, 134.2),
    (11.2, 128.2), (10.9, 124.2), (9.9, 121.8), (9.0, 118.0), (8.6, 112.5), (8.5, 107.0),
    (8.5, 101.5), (8.1, 96.4), (6.6, 91.6), (4.6, 88.0), (1.0, 84.8), (-4.0, 81.3), (-10.4, 80.5),
    (-13.2, 82.5), (-15.0, 86.0), (-15.65, 90.4), (-15.2, 95.8), (-13.8, 100.8), (-12.75, 105.4),
    (-12.3, 110.0), (-12.4, 114.5), (-12.8, 120.0), (-13.2, 126.0), (-13.25, 132.0), (-12.7, 138.0),
    (-11.6, 143.0), (-10.35, 147.0), (-9.65, 151.0), (-9.4, 155.0), (-6.0, 157.6), (0.0, 156.0),
]

_LAT_HEAD = [
    (-1.5, 175.0), (3.5, 174.3), (6.8, 171.8), (8.3, 168.0), (8.6, 165.6), (8.25, 164.1), (8.6, 162.8),
    (10.05, 160.5), (10.0, 159.7), (8.9, 159.0), (9.15, 157.8), (8.7, 156.4), (8.85, 154.6), (8.2, 152.6),
    (6.4, 151.7), (3.6, 151.9), (1.0, 153.6), (-1.6, 155.8), (-6.0, 156.9), (-9.5, 157.9), (-10.6, 160.0),
    (-11.4, 163.0), (-11.45, 166.5), (-10.5, 170.0), (-8.0, 173.0), (-4.8, 174.7),
]

_LAT_FOOT = [
    (-6.9, 10.2), (-8.6, 6.6), (-9.3, 3.6), (-8.9, 1.0), (-7.0, 0.0), (5.0, 0.25), (14.5, 0.0), (17.3, 0.35),
    (17.6, 1.4), (16.0, 2.25), (11.0, 3.45), (6.0, 5.7), (2.0, 8.5), (-1.5, 10.7), (-4.5, 11.6),
]


def _lat_thigh_profile():
    # wl = anterior (the counter-clockwise side of a bone pointing down), wr = posterior
    return [(-8.0, 0, 0), (-5.0, 6.0, 6.0), (0.0, 8.0, 9.5), (5.0, 8.0, 10.5), (10.0, 7.7, 10.5),
            (17.0, 8.9, 9.6), (26.0, 9.15, 8.65), (34.0, 8.36, 7.34), (38.0, 7.0, 6.3), (42.0, 7.0, 5.6),
            (45.5, 4.8, 5.2), (48.5, 0, 0)]


def _lat_shank_profile():
    return [(-5.5, 0, 0), (-3.0, 4.2, 5.4), (0.0, 6.4, 5.6), (3.0, 5.9, 5.9), (8.0, 5.9, 6.9),
            (15.0, 6.2, 7.2), (20.0, 6.1, 6.5), (28.0, 5.95, 4.55), (36.0, 5.8, 3.2), (41.0, 5.5, 3.0),
            (43.0, 4.8, 3.0), (45.0, 3.0, 3.0), (46.5, 0, 0)]


def _lat_upper_arm_profile():
    return [(-6.0, 0, 0), (-4.5, 3.6, 3.6), (0.0, 4.8, 4.8), (5.0, 4.9, 4.8), (11.0, 4.1, 4.6),
            (17.0, 4.2, 4.4), (24.0, 3.7, 3.9), (29.0, 3.4, 3.5), (31.5, 3.2, 3.6), (34.0, 0, 0)]


def _lat_forearm_profile():
    return [(-3.0, 0, 0), (-2.0, 2.5, 2.8), (0.0, 3.4, 3.4), (5.0, 3.9, 3.5), (11.0, 3.4, 3.0),
            (17.0, 2.6, 2.5), (22.0, 2.1, 2.0), (24.2, 2.0, 1.9), (26.0, 0, 0)]


def _lat_hand_profile():
    return [(-1.0, 0, 0), (0.0, 1.9, 2.2), (3.0, 2.6, 2.6), (6.0, 3.6, 2.8), (9.0, 3.1, 2.9),
            (11.0, 2.0, 2.8), (13.0, 1.8, 2.6), (16.0, 1.4, 2.0), (18.8, 0, 0)]


def lateral_pieces():
    return {
        'trunk': (list(_LAT_TRUNK), 'trunk'),
        'head': (list(_LAT_HEAD), 'head'),
        'thigh': (limb_outline(L['hip'], L['knee'], _lat_thigh_profile()), 'thigh'),
        'shank': (limb_outline(L['knee'], L['ankle'], _lat_shank_profile()), 'shank'),
        'foot': (list(_LAT_FOOT), 'foot'),
        'upperarm': (limb_outline(L['shoulder'], L['elbow'], _lat_upper_arm_profile()), 'upperarm'),
        'forearm': (limb_outline(L['elbow'], L['wrist'], _lat_forearm_profile()), 'forearm'),
        'hand': (local_shape(L['wrist'], sub(L['tip'], L['wrist']), HAND_SIDE), 'hand'),
    }


# ============================================================================ skinning


def smoothstep(a, b, x):
    if x <= a:
        return 0.0
    if x >= b:
        return 1.0
    t = (x - a) / (b - a)
    return t * t * (3 - 2 * t)


def trunk_weights(y):
    """Blend weights of the spine bones for a trunk point at reference height y."""
    s1 = smoothstep(100.0, 121.0, y)   # pelvis -> thorax through the lumbar spine
    s2 = smoothstep(145.0, 151.0, y)   # thorax -> neck
    s3 = smoothstep(152.5, 157.0, y)   # neck -> head
    wp = 1 - s1
    wt = s1 * (1 - s2)
    wn = s1 * s2 * (1 - s3)
    wh = s1 * s2 * s3
    return {'pelvis': wp, 'thorax': wt, 'neck': wn, 'head': wh}


class Bone:
    """Rigid placement: p -> pivot_w + R(angle) * S(p - pivot_ref); S scales along axis by k."""

    def __init__(self, pivot_ref, pivot_w, angle, axis=None, k=1.0):
        self.pivot_ref = pivot_ref
        self.pivot_w = pivot_w
        self.angle = angle
        self.axis = norm(axis) if axis else (1.0, 0.0)
        self.k = k

    def __call__(self, p):
        q = sub(p, self.pivot_ref)
        if self.k != 1.0:
            u = self.axis
            v = perp(u)
            a, b = q[0] * u[0] + q[1] * u[1], q[0] * v[0] + q[1] * v[1]
            q = add(mul(u, a * self.k), mul(v, b))
        return add(self.pivot_w, rot(q, self.angle))


class Rig:
    """Forward kinematics over a reference figure (FRONTAL or LATERAL joint table)."""

    def __init__(self, ref, hip_w, pelvis, thorax=0.0, neck=0.0, head=0.0, root_ref=None):
        self.ref = ref
        root_ref = root_ref or ref['hip']
        self.bones = {}
        self.bones['pelvis'] = Bone(root_ref, hip_w, pelvis)
        self.bones['thorax'] = Bone(ref['lumbar'], self.bones['pelvis'](ref['lumbar']), pelvis + thorax)
        self.bones['neck'] = Bone(ref['c7'], self.bones['thorax'](ref['c7']), pelvis + thorax + neck)
        self.bones['head'] = Bone(ref['atlas'], self.bones['neck'](ref['atlas']), pelvis + thorax + neck + head)

    def trunk(self, p):
        w = trunk_weights(p[1])
        x = y = 0.0
        for name, wt in w.items():
            if wt <= 0:
                continue
            q = self.bones[name](p)
            x += wt * q[0]
            y += wt * q[1]
        return (x, y)

    def chain(self, name, parent, a_ref, b_ref, world_angle, k=1.0, pivot_w=None):
        """Add bone `name` rotating about reference joint a_ref so that a_ref->b_ref points at
        world_angle (degrees); k foreshortens it along that axis. Returns the world position of b."""
        ref_angle = angle_of(sub(b_ref, a_ref))
        if pivot_w is None:
            pivot_w = self.bones[parent](a_ref) if parent != 'trunk' else self.trunk(a_ref)
        self.bones[name] = Bone(a_ref, pivot_w, world_angle - ref_angle, sub(b_ref, a_ref), k)
        return self.bones[name](b_ref)

    def place(self, name, bone):
        if bone == 'trunk':
            return None
        return self.bones[bone]

    def apply(self, pts, bone):
        if bone == 'trunk':
            return [self.trunk(p) for p in pts]
        b = self.bones[bone]
        return [b(p) for p in pts]


def two_link(a, target, l1, l2, bend_sign):
    """Planar IK: joint position between a and target for segment lengths l1, l2.
    bend_sign +1 puts the joint to the left of a->target (counter-clockwise side)."""
    d = dist(a, target)
    d = max(min(d, l1 + l2 - 1e-6), abs(l1 - l2) + 1e-6)
    x = (l1 * l1 - l2 * l2 + d * d) / (2 * d)
    h = math.sqrt(max(l1 * l1 - x * x, 0.0))
    u = norm(sub(target, a))
    return add(add(a, mul(u, x)), mul(perp(u), h * bend_sign))


def circle_meet(c1, r1, c2, r2, pick_lower=True):
    d = dist(c1, c2)
    a = (r1 * r1 - r2 * r2 + d * d) / (2 * d)
    h = math.sqrt(max(r1 * r1 - a * a, 0.0))
    u = norm(sub(c2, c1))
    m = add(c1, mul(u, a))
    p1 = add(m, mul(perp(u), h))
    p2 = sub(m, mul(perp(u), h))
    if pick_lower:
        return p1 if p1[1] < p2[1] else p2
    return p1 if p1[1] > p2[1] else p2
