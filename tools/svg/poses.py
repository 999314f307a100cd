# SPDX-License-Identifier: GPL-3.0-or-later
"""Technique pose diagrams for Rollwise: side-view figures on a floor line with a foam roller seen
end-on. Units are centimetres; the SVG user units are (x, -height above the floor).

Every figure is the reference body of body.py posed with forward kinematics, so proportions are
the same as in the anatomy views. Ids per file: pose-<poseId> (root group), pose-target,
roller (circle, start of travel), roller-travel (line from start to end of the roller centre's
travel along the body), zone-lumbar-spine.
"""
import math

from svglib import (Doc, num, sx, px, add, sub, mul, norm, perp, rot, dist, lerp, angle_of, bbox, smooth_d,
                    rounded_d, poly_d, local_shape, linear, radial, seg_poly_dist, point_in_poly)
import body
from body import L, F, Rig, two_link, circle_meet

VIEWBOX = (0.0, -96.0, 240.0, 102.0)    # x, y (svg), width, height
FLOOR_Y = 0.0
# How far the body sinks onto the roller where they touch: core's RollerFootprint::kIndentationCm, the same
# assumption the validator's contact patch rests on (gentle pressure, about half a centimetre of soft tissue).
# It is measured to the visible edge of the skin, half its outline stroke outside the outline the rig places.
# check_ids.py accepts 0 to 1 cm of overlap and at most 0.5 cm of gap.
SKIN_STROKE = 0.55
SINK = 0.5 - SKIN_STROKE / 2

SKIN_LINE = '#a5735b'
SKIN_CREASE = '#b9876d'
MUSCLE_LINE = '#74302a'
# Neutral grey-green under the lumbar zone: the app lays a translucent red and a dark red hatch over it,
# and the hatch stays legible on this tone even at small sizes (a light beige swallows thin stripes).
LUMBAR_FILL = '#9a9c92'

# segment lengths of the lateral reference figure
L_THIGH = dist(L['hip'], L['knee'])
L_SHANK = dist(L['knee'], L['ankle'])
L_UPPER = dist(L['shoulder'], L['elbow'])
L_FORE = dist(L['elbow'], L['wrist'])
L_HAND = dist(L['wrist'], L['tip'])
FOOT_DIR = (1.0, 0.0)          # reference direction of the foot bone (heel -> toes)

# hand lying flat on the floor, seen from the side: local (along wrist->fingertips, towards the back of the hand)
HAND_FLAT = [(-1.4, 0.2), (0.0, 1.9), (3.0, 2.15), (6.5, 2.05), (9.5, 1.6), (13.0, 1.15), (16.5, 0.8), (18.6, 0.25),
             (18.9, -0.35), (17.0, -0.75), (12.0, -0.95), (7.0, -1.2), (3.0, -1.6), (0.0, -1.9)]
WRIST_ON_FLOOR = 2.25          # wrist centre height with the palm flat on the floor

# target shapes in the lateral reference frame
GLUTE_LAT = [(-9.0, 99.8), (-13.2, 98.4), (-15.2, 95.4), (-15.65, 91.0), (-15.0, 86.6), (-12.9, 83.4), (-10.2, 81.6),
             (-6.8, 82.0), (-4.2, 84.6), (-2.6, 88.5), (-2.4, 92.6), (-4.2, 96.6)]
ILIOPSOAS_LAT = [(-3.6, 118.5), (-1.4, 117.8), (0.2, 112.0), (2.0, 104.0), (4.6, 97.6), (5.5, 94.2), (4.3, 90.2),
                 (1.4, 86.6), (-1.2, 85.2), (-2.0, 86.6), (0.8, 89.6), (1.6, 93.2), (0.6, 97.6), (-1.4, 103.0),
                 (-3.2, 110.0)]
HAMSTRING_LAT = [(-9.7, 79.6), (-9.9, 74.0), (-9.3, 66.0), (-8.2, 58.6), (-6.8, 54.8), (-4.9, 55.4), (-4.0, 60.0),
                 (-3.6, 68.0), (-3.8, 76.0), (-5.2, 81.4), (-7.6, 82.8)]
ERECTOR_LAT = [(-12.0, 121.0), (-12.4, 126.0), (-12.5, 132.0), (-11.95, 138.0), (-10.85, 143.0), (-9.6, 146.6),
               (-7.4, 146.0), (-8.5, 142.2), (-9.4, 137.6), (-9.8, 132.0), (-9.6, 126.0), (-9.0, 121.0)]


# ----------------------------------------------------------------------------- helpers


def lowest(points):
    return min(points, key=lambda p: p[1])


def outward_normal(outline, p):
    """Unit normal of a closed outline near point p, pointing out of the shape."""
    i = min(range(len(outline)), key=lambda k: dist(outline[k], p))
    a = outline[i - 1]
    b = outline[(i + 1) % len(outline)]
    t = norm(sub(b, a))
    n = perp(t)
    probe = add(p, mul(n, 0.5))
    if point_in_poly(probe, outline):
        n = (-n[0], -n[1])
    return n


def closest_on(outline, target):
    return min(outline, key=lambda q: dist(q, target))


def densify(pts, step=0.6):
    out = []
    n = len(pts)
    for i in range(n):
        a, b = pts[i], pts[(i + 1) % n]
        k = max(1, int(dist(a, b) / step))
        for j in range(k):
            out.append(lerp(a, b, j / k))
    return out


class Figure:
    """World-space outlines of a posed figure, grouped by depth."""

    def __init__(self):
        self.far = []      # far limbs (drawn first, darker)
        self.back = []     # limbs behind the main silhouette but not in shadow
        self.main = []     # trunk, head, near leg (one silhouette)
        self.near = []     # near arm (drawn over the trunk)
        self.creases_main = []
        self.creases_near = []
        self.hands_behind_head = False
        self.crossed_shin = False

    def all_points(self):
        pts = []
        for g in (self.far, self.back, self.main, self.near):
            for o in g:
                pts += o
        return pts


def lat_limb_pieces(rig, side):
    pcs = body.lateral_pieces()
    out = {}
    for name in ('thigh', 'shank', 'foot', 'upperarm', 'forearm', 'hand'):
        bone = name + '-' + side
        if bone in rig.bones:
            out[name] = rig.apply(pcs[name][0], bone)
    return out


def pose_lat_leg(rig, side, hip_w, knee_w, ankle_w, foot_angle, k_thigh=1.0, k_shank=1.0, k_foot=1.0):
    rig.chain('thigh-' + side, None, L['hip'], L['knee'], angle_of(sub(knee_w, hip_w)), k_thigh, pivot_w=hip_w)
    kw = rig.bones['thigh-' + side](L['knee'])
    rig.chain('shank-' + side, None, L['knee'], L['ankle'], angle_of(sub(ankle_w, kw)), k_shank, pivot_w=kw)
    aw = rig.bones['shank-' + side](L['ankle'])
    rig.chain('foot-' + side, None, L['ankle'], add(L['ankle'], FOOT_DIR), foot_angle, k_foot, pivot_w=aw)
    return kw, aw


def pose_lat_arm(rig, side, shoulder_w, elbow_w, wrist_w, hand_angle=None, k_upper=1.0, k_fore=1.0, k_hand=1.0):
    rig.chain('upperarm-' + side, None, L['shoulder'], L['elbow'], angle_of(sub(elbow_w, shoulder_w)), k_upper,
              pivot_w=shoulder_w)
    ew = rig.bones['upperarm-' + side](L['elbow'])
    rig.chain('forearm-' + side, None, L['elbow'], L['wrist'], angle_of(sub(wrist_w, ew)), k_fore, pivot_w=ew)
    ww = rig.bones['forearm-' + side](L['wrist'])
    if hand_angle is not None:
        rig.chain('hand-' + side, None, L['wrist'], L['tip'], hand_angle, k_hand, pivot_w=ww)
    return ew, ww


def flat_hand(wrist_w, direction):
    """Hand flat on the floor, palm down, fingers pointing along `direction` (+1 right, -1 left)."""
    u = (direction, 0.0)
    return local_shape(wrist_w, u, HAND_FLAT, flip=direction < 0)


def straight_arm_to_floor(shoulder_w, back, wrist_h=WRIST_ON_FLOOR, bend=6.0):
    """Wrist on the floor behind (back=-1) or in front (+1) of the shoulder, elbow almost straight."""
    reach = math.sqrt(L_UPPER ** 2 + L_FORE ** 2 + 2 * L_UPPER * L_FORE * math.cos(math.radians(bend)))
    dy = shoulder_w[1] - wrist_h
    dx = math.sqrt(max(reach ** 2 - dy ** 2, 0.0))
    wrist = (shoulder_w[0] + back * dx, wrist_h)
    # elbow bends backwards (posteriorly) for a supporting arm behind the body
    elbow = two_link(shoulder_w, wrist, L_UPPER, L_FORE, -back)
    return elbow, wrist


# ----------------------------------------------------------------------------- poses (lateral rig)


def _seated_base(pelvis, thorax, neck, head):
    return Rig(L, (0.0, 0.0), pelvis, thorax, neck, head)


def _place(rig_fn, contact_fn, roller_x, squash=SINK):
    """Build the rig twice: once at the origin to find the contact point, then shifted so the
    contact point rests on top of a roller centred at roller_x."""
    r0 = rig_fn((0.0, 0.0))
    c = contact_fn(r0)
    hip = (roller_x - c[0], 2 * ROLLER_R() - squash - c[1])
    return rig_fn(hip), hip


_ROLLER = {'r': 7.5}

ARM_INCLINE = 4.0      # supporting arms behind the body lean back this much from vertical


def _lean_for_arms(make, contact, roller_x, lo=0.0, hi=50.0):
    """Choose the lean (pelvic tilt) so straight arms reach the floor behind at ARM_INCLINE."""
    reach = math.sqrt(L_UPPER ** 2 + L_FORE ** 2 + 2 * L_UPPER * L_FORE * math.cos(math.radians(6.0)))
    want = WRIST_ON_FLOOR + reach * math.cos(math.radians(ARM_INCLINE))
    best = None
    for t10 in range(int(lo * 10), int(hi * 10), 2):
        T = t10 / 10.0
        rig, hip = _place(lambda h: make(h, T), contact, roller_x)
        sh = rig.bones['thorax'](L['shoulder'])
        err = abs(sh[1] - want)
        if best is None or err < best[0]:
            best = (err, T)
    return best[1]


def ROLLER_R():
    return _ROLLER['r']


def figure_four():
    """Sitting on the roller, hands on the floor behind, right ankle across the left knee, roller
    under the right glute. Seen from the subject's right."""
    T, N, H = 12.0, -30.0, -14.0
    pcs = body.lateral_pieces()
    trunk_ref = pcs['trunk'][0]

    def mk2(hip, P):
        return Rig(L, hip, P, T, N, H)

    def contact(r):
        pts = [r.trunk(p) for p in densify(trunk_ref) if p[1] < 96 and p[0] < -2]
        return lowest(pts)

    P = _lean_for_arms(mk2, contact, 88.0, 20.0, 60.0)
    rig, hip = _place(lambda h: mk2(h, P), contact, 88.0)
    fig = Figure()
    # far (left) leg: foot flat, knee about 90 degrees
    dy = hip[1] - L['ankle'][1]
    D = math.sqrt(max(L_THIGH ** 2 + L_SHANK ** 2 - dy ** 2, 0.0)) * 0.98
    ankle_l = (hip[0] + D, L['ankle'][1])
    knee_l = two_link(hip, ankle_l, L_THIGH, L_SHANK, +1)
    pose_lat_leg(rig, 'f', hip, knee_l, ankle_l, 0.0)
    # near (right) leg crossed: ankle resting on the left thigh just above the knee; the thigh is
    # turned out towards the viewer, so thigh and shin are foreshortened in this view.
    u = norm(sub(knee_l, hip))
    ankle_r = add(add(hip, mul(u, L_THIGH * 0.8)), mul(perp(u), 8.2))
    k_th, k_sh = 0.8, 0.6
    knee_r = circle_meet(hip, L_THIGH * k_th, ankle_r, L_SHANK * k_sh, pick_lower=True)
    shank_ang = angle_of(sub(ankle_r, knee_r))
    pose_lat_leg(rig, 'n', hip, knee_r, ankle_r, 12.0, k_th, k_sh, 0.66)
    fig.crossed_shin = True
    # arms straight down to the floor behind the hips, fingers pointing back
    for side, off in (('f', 2.5), ('n', 0.0)):
        sh = rig.bones['thorax'](L['shoulder'])
        sh = (sh[0] + off, sh[1])
        el, wr = straight_arm_to_floor(sh, -1)
        pose_lat_arm(rig, side, sh, el, wr)
        hand = flat_hand(rig.bones['forearm-' + side](L['wrist']), -1)
        (fig.near if side == 'n' else fig.far).append(hand)
    return rig, fig


def prone_hip():
    """Face down, propped on the forearms, roller across the front of the right hip just below the
    hip bone. Seen from the subject's right; head to the right."""
    pcs = body.lateral_pieces()
    trunk_ref = pcs['trunk'][0]
    P, N, H = -93.0, 6.0, 4.0
    elbow_h = 3.4

    def mk_t(T):
        def mk(hip):
            return Rig(L, hip, P, T, N, H)
        return mk

    def contact(r):
        pts = [r.trunk(p) for p in densify(trunk_ref) if 86 < p[1] < 99 and p[0] > 3]
        return lowest(pts)

    # lumbar extension so that the upper arm is vertical with the elbow on the floor
    best = None
    for T10 in range(0, 400):
        T = T10 / 10.0
        rig, hip = _place(mk_t(T), contact, 0.0)
        sh = rig.bones['thorax'](L['shoulder'])
        err = abs(sh[1] - elbow_h - L_UPPER)
        if best is None or err < best[0]:
            best = (err, T)
    T = best[1]
    roller_x = 116.0
    rig, hip = _place(mk_t(T), contact, roller_x)
    fig = Figure()
    sh = rig.bones['thorax'](L['shoulder'])
    for side, off in (('f', 3.0), ('n', 0.0)):
        s = (sh[0] + off, sh[1])
        el = (s[0], elbow_h)
        wr = (el[0] + L_FORE * math.cos(math.radians(-4.0)), el[1] + L_FORE * math.sin(math.radians(-4.0)))
        wr = (wr[0], WRIST_ON_FLOOR + 0.4)
        pose_lat_arm(rig, side, s, el, wr)
        hand = flat_hand(rig.bones['forearm-' + side](L['wrist']), +1)
        (fig.near if side == 'n' else fig.far).append(hand)
    # legs straight back, ankles plantar-flexed so the tops of the feet rest on the floor
    foot_ref = pcs['foot'][0]
    best = None
    for b10 in range(0, 300):
        beta = b10 / 10.0
        ang = 180.0 + beta
        kw = add(hip, mul((math.cos(math.radians(ang)), math.sin(math.radians(ang))), L_THIGH))
        aw = add(kw, mul((math.cos(math.radians(ang - 2)), math.sin(math.radians(ang - 2))), L_SHANK))
        test = Rig(L, hip, P, T, N, H)
        pose_lat_leg(test, 'n', hip, kw, aw, (ang - 2) + 93.8 - 72.0)
        low = min(p[1] for p in test.apply(foot_ref, 'foot-n'))
        if best is None or abs(low - 0.15) < best[0]:
            best = (abs(low - 0.15), kw, aw, ang)
    _, kw, aw, ang = best
    pose_lat_leg(rig, 'n', hip, kw, aw, (ang - 2) + 93.8 - 72.0)
    kf = add(kw, (1.5, 0.0))
    af = add(aw, (1.5, 0.0))
    pose_lat_leg(rig, 'f', hip, kf, af, (ang - 2) + 93.8 - 72.0)
    return rig, fig


def seated_hamstrings():
    """Sitting with the roller under the back of both thighs just below the glutes, hands behind,
    legs straight. Seen from the subject's right."""
    pcs = body.lateral_pieces()
    T, N, H = 14.0, -30.0, -12.0
    th_ang = -5.0
    sh_ang = -8.0
    thigh_ref = pcs['thigh'][0]

    def mk(hip, P):
        r = Rig(L, hip, P, T, N, H)
        kw = add(hip, mul((math.cos(math.radians(th_ang)), math.sin(math.radians(th_ang))), L_THIGH))
        aw = add(kw, mul((math.cos(math.radians(sh_ang)), math.sin(math.radians(sh_ang))), L_SHANK))
        pose_lat_leg(r, 'n', hip, kw, aw, sh_ang + 93.8 - 28.0)
        return r

    def contact(r):
        pts = [r.bones['thigh-n'](p) for p in densify(thigh_ref) if 74 < p[1] < 82 and p[0] < -4]
        return lowest(pts)

    P = _lean_for_arms(mk, contact, 96.0, 20.0, 60.0)
    rig, hip = _place(lambda h: mk(h, P), contact, 96.0)
    fig = Figure()
    kw = rig.bones['thigh-n'](L['knee'])
    aw = rig.bones['shank-n'](L['ankle'])
    pose_lat_leg(rig, 'f', hip, add(kw, (1.2, 0.4)), add(aw, (1.6, 0.6)), sh_ang + 93.8 - 22.0)
    for side, off in (('f', 2.5), ('n', 0.0)):
        sh = rig.bones['thorax'](L['shoulder'])
        sh = (sh[0] + off, sh[1])
        el, wr = straight_arm_to_floor(sh, -1)
        pose_lat_arm(rig, side, sh, el, wr)
        hand = flat_hand(rig.bones['forearm-' + side](L['wrist']), -1)
        (fig.near if side == 'n' else fig.far).append(hand)
    return rig, fig


def supine_thoracic():
    """On the back, roller across the mid-upper back (bra line), fingers interlaced behind the head,
    elbows wide, hips lifted slightly, knees bent with the feet flat. Head to the left."""
    pcs = body.lateral_pieces()
    trunk_ref = pcs['trunk'][0]
    T, N, H = 9.0, -10.0, -4.0
    hip_h = 21.0
    bra = (-13.25, 131.0)

    best = None
    for p10 in range(600, 1000):
        P = p10 / 10.0
        r = Rig(L, (0.0, hip_h), P, T, N, H)
        c = r.trunk(bra)
        err = abs(c[1] - (2 * ROLLER_R() - SINK))
        if best is None or err < best[0]:
            best = (err, P)
    P = best[1]
    r0 = Rig(L, (0.0, hip_h), P, T, N, H)
    c = r0.trunk(bra)
    roller_x = 70.0
    hip = (roller_x - c[0], hip_h)
    rig = Rig(L, hip, P, T, N, H)
    fig = Figure()
    # legs: knees bent, feet flat
    dy = hip[1] - L['ankle'][1]
    D = math.sqrt(max(L_THIGH ** 2 + L_SHANK ** 2 - dy ** 2, 0.0)) * 0.97
    aw = (hip[0] + D, L['ankle'][1])
    kw = two_link(hip, aw, L_THIGH, L_SHANK, +1)
    pose_lat_leg(rig, 'n', hip, kw, aw, 0.0)
    pose_lat_leg(rig, 'f', hip, add(kw, (1.8, 0.0)), add(aw, (2.4, 0.0)), 0.0)
    # arms: fingers interlaced behind the head, elbows out to the sides. The upper arms point
    # towards the viewer, so they are foreshortened; the hands are hidden behind the head.
    head = rig.bones['head']
    ear = head((-2.3, 161.5))
    sh = rig.bones['thorax'](L['shoulder'])
    axis = norm(sub(head((-1.5, 175.0)), head((-1.5, 152.0))))    # towards the top of the head
    up = perp(axis)
    if up[1] < 0:
        up = (-up[0], -up[1])
    for side, lift in (('f', 2.0), ('n', 0.0)):
        elbow = add(add(ear, mul(axis, 9.0 + lift)), mul(up, 5.5 + lift))
        wrist = head((-9.0, 165.5))
        ku = min(1.0, dist(sh, elbow) / L_UPPER)
        kf = min(1.0, dist(elbow, wrist) / L_FORE)
        pose_lat_arm(rig, side, sh, elbow, wrist, angle_of(axis) - 150.0, ku, kf, 0.6)
    fig.hands_behind_head = True
    return rig, fig


LAT_POSES = {
    'seated-figure-four': figure_four,
    'prone-hip': prone_hip,
    'seated-hamstrings': seated_hamstrings,
    'supine-thoracic': supine_thoracic,
}


def lateral_figure(rig, fig):
    pcs = body.lateral_pieces()
    far = lat_limb_pieces(rig, 'f')
    near = lat_limb_pieces(rig, 'n')
    fig.far = [far[k] for k in ('upperarm', 'forearm', 'hand') if k in far] + fig.far
    fig.far += [far[k] for k in ('thigh', 'shank', 'foot') if k in far]
    if fig.crossed_shin:
        fig.main = [near['thigh']]
        fig.near = [near['shank'], near['foot']] + fig.near
    else:
        fig.main = [near[k] for k in ('thigh', 'shank', 'foot') if k in near]
    fig.main += [rig.apply(pcs['trunk'][0], 'trunk'), rig.apply(pcs['head'][0], 'head')]
    if getattr(fig, 'hands_behind_head', False):
        fig.far += [near['forearm'], near['hand']]
        fig.near = [near['upperarm']] + fig.near
    else:
        fig.near = [near[k] for k in ('upperarm', 'forearm', 'hand') if k in near] + fig.near
    ear = [(-2.0, 158.3), (-1.0, 160.6), (-0.8, 163.2), (-1.8, 164.8), (-3.4, 164.2), (-3.8, 161.6),
           (-3.3, 158.8), (-2.0, 158.3)]
    fig.creases_main.append(rig.apply(ear, 'head'))
    return fig


# ----------------------------------------------------------------------------- side-lying (frontal rig)


def side_lying_lats():
    """Lying on the right side with the roller under the right armpit, right arm extended overhead,
    left hand on the floor in front of the chest. Seen from behind; head to the right."""
    pcs = body.frontal_pieces()
    trunk_ref = pcs['trunk'][0]
    troch = (20.3, 92.5)
    flank = (17.45, 126.0)
    N, H = -9.0, -8.0
    root = (0.0, 92.0)

    T = -6.0

    def mk(P, hip):
        return Rig(F, hip, P, T, N, H, root_ref=root)

    best = None
    for p10 in range(-1000, -500):
        P = p10 / 10.0
        r = mk(P, (0.0, 0.0))
        a = r.trunk(troch)
        b = r.trunk(flank)
        err = abs((b[1] - a[1]) - (2 * ROLLER_R() - SINK - 0.2))
        if best is None or err < best[0]:
            best = (err, P)
    P = best[1]
    r0 = mk(P, (0.0, 0.0))
    a = r0.trunk(troch)
    b = r0.trunk(flank)
    # the roller touches the chest wall where its surface faces the roller centre: shift the figure
    # so that this roller rests on the floor
    tw = [r0.trunk(p) for p in densify(trunk_ref, 0.5)]
    n0 = outward_normal(tw, b)
    c0 = add(b, mul(n0, ROLLER_R() - SINK))
    roller_x = 140.0
    hip = (roller_x - c0[0], ROLLER_R() - c0[1])
    rig = mk(P, hip)
    fig = Figure()
    fig.roller_start = (roller_x, ROLLER_R())
    thigh_len = dist(F['hip'], F['knee'])
    shank_len = dist(F['knee'], F['ankle'])
    # bottom (right) leg on the floor: search the thigh/shank angles so the outer knee and ankle touch
    hip_r = rig.trunk(F['hip'])
    thigh_ref = pcs['thigh-r'][0]
    shank_ref = pcs['shank-r'][0]

    def leg_rig(ang_t, ang_s):
        r = mk(P, hip)
        kw = add(hip_r, mul((math.cos(math.radians(ang_t)), math.sin(math.radians(ang_t))), thigh_len))
        r.chain('thigh-r', None, F['hip'], F['knee'], ang_t, pivot_w=hip_r)
        r.chain('shank-r', None, F['knee'], F['ankle'], ang_s, pivot_w=kw)
        return r, kw

    best = None
    for t10 in range(1700, 1900):
        ang_t = t10 / 10.0
        r, kw = leg_rig(ang_t, ang_t)
        low = min(p[1] for p in r.apply(thigh_ref, 'thigh-r') if dist(p, kw) < 9)
        if best is None or abs(low - 0.2) < best[0]:
            best = (abs(low - 0.2), ang_t)
    ang_t = best[1]
    best = None
    for s10 in range(1700, 1950):
        ang_s = s10 / 10.0
        r, kw = leg_rig(ang_t, ang_s)
        aw = r.bones['shank-r'](F['ankle'])
        low = min(p[1] for p in r.apply(shank_ref, 'shank-r') if dist(p, aw) < 5)
        if best is None or abs(low - 0.2) < best[0]:
            best = (abs(low - 0.2), ang_s)
    ang_s = best[1]
    kw = add(hip_r, mul((math.cos(math.radians(ang_t)), math.sin(math.radians(ang_t))), thigh_len))
    rig.chain('thigh-r', None, F['hip'], F['knee'], ang_t, pivot_w=hip_r)
    rig.chain('shank-r', None, F['knee'], F['ankle'], ang_s, pivot_w=kw)
    aw = rig.bones['shank-r'](F['ankle'])
    rig.chain('foot-r', None, F['ankle'], add(F['ankle'], (0, -1)), ang_s, pivot_w=aw)
    # top (left) leg resting on the bottom one
    hip_l = rig.trunk((-F['hip'][0], F['hip'][1]))
    kl_y = kw[1] + 10.6
    dyk = (kl_y - hip_l[1]) / thigh_len
    kl = add(hip_l, (-math.sqrt(max(1 - dyk * dyk, 0.0)) * thigh_len, dyk * thigh_len))
    al_y = aw[1] + 5.6
    dya = (al_y - kl[1]) / shank_len
    al = add(kl, (-math.sqrt(max(1 - dya * dya, 0.0)) * shank_len, dya * shank_len))
    lk = (-F['knee'][0], F['knee'][1])
    la = (-F['ankle'][0], F['ankle'][1])
    lh = (-F['hip'][0], F['hip'][1])
    rig.chain('thigh-l', None, lh, lk, angle_of(sub(kl, hip_l)), pivot_w=hip_l)
    rig.chain('shank-l', None, lk, la, angle_of(sub(al, kl)), pivot_w=kl)
    rig.chain('foot-l', None, la, add(la, (0, -1)), angle_of(sub(al, kl)), pivot_w=al)
    # bottom (right) arm extended overhead along the floor
    sh_r = rig.trunk(F['shoulder'])
    reach = dist(F['shoulder'], F['elbow']) + dist(F['elbow'], F['wrist']) - 0.6
    wy = 3.0
    ang = -math.degrees(math.asin(min(1.0, (sh_r[1] - wy) / reach)))
    wr = add(sh_r, mul((math.cos(math.radians(ang)), math.sin(math.radians(ang))), reach))
    el = two_link(sh_r, wr, dist(F['shoulder'], F['elbow']), dist(F['elbow'], F['wrist']), -1)
    rig.chain('upperarm-r', None, F['shoulder'], F['elbow'], angle_of(sub(el, sh_r)), pivot_w=sh_r)
    rig.chain('forearm-r', None, F['elbow'], F['wrist'], angle_of(sub(wr, el)), pivot_w=el)
    rig.chain('hand-r', None, F['wrist'], F['tip'], angle_of(sub(wr, el)) + 4.0, pivot_w=wr)
    # top (left) arm: hand on the floor in front of the chest (behind the trunk in this view)
    sh_l = rig.trunk((-F['shoulder'][0], F['shoulder'][1]))
    wl = (roller_x + 24.0, WRIST_ON_FLOOR)
    ell = two_link(sh_l, wl, dist(F['shoulder'], F['elbow']), dist(F['elbow'], F['wrist']), +1)
    ls, le, lw, lt = [(-F[k][0], F[k][1]) for k in ('shoulder', 'elbow', 'wrist', 'tip')]
    rig.chain('upperarm-l', None, ls, le, angle_of(sub(ell, sh_l)), pivot_w=sh_l)
    rig.chain('forearm-l', None, le, lw, angle_of(sub(wl, ell)), pivot_w=ell)

    fig.far = [rig.apply(pcs[k][0], k) for k in ('upperarm-l', 'forearm-l')] + [flat_hand(wl, +1)]
    fig.back = [rig.apply(pcs[k][0], k) for k in ('thigh-r', 'shank-r', 'foot-r')]
    fig.main = [rig.apply(pcs[k][0], k) for k in ('upperarm-r', 'forearm-r', 'hand-r')]
    fig.main += [rig.apply(pcs[k][0], k) for k in ('thigh-l', 'shank-l', 'foot-l')]
    fig.main += [rig.apply(pcs['trunk'][0], 'trunk')]
    # surface cues of the back: spine furrow, shoulder blades, gluteal cleft and folds
    scap = [(7.3, 144.6), (10.5, 145.3), (13.6, 144.7), (15.4, 143.3), (16.35, 141.4), (16.0, 138.8), (14.6, 136.3),
            (12.3, 132.6), (10.0, 129.7), (9.1, 130.2), (8.0, 133.5), (7.2, 137.8), (7.0, 141.5), (7.3, 144.6)]
    fig.creases_main += [[rig.trunk(p) for p in [(0.0, 149.0), (0.0, 140.0), (0.0, 130.0), (0.0, 121.0)]],
                         [rig.trunk(p) for p in scap], [rig.trunk((-x, y)) for (x, y) in scap],
                         [rig.trunk(p) for p in [(0.0, 86.0), (0.0, 82.4)]],
                         [rig.trunk(p) for p in [(1.5, 81.9), (5.0, 80.9), (9.5, 80.8), (13.5, 81.6)]],
                         [rig.trunk(p) for p in [(-1.5, 81.9), (-5.0, 80.9), (-9.5, 80.8), (-13.5, 81.6)]]]
    return rig, fig, P


# ----------------------------------------------------------------------------- drawing


def skin_paints(doc):
    doc.grad(linear('paint-skin', [(0, '#f8e4d5'), (0.55, '#efccb3'), (1, '#e0b193')], 0, -80, 0, 2))
    doc.grad(linear('paint-skin-far', [(0, '#e6c3a9'), (1, '#cf9f82')], 0, -80, 0, 2))
    doc.grad(radial('paint-muscle', [(0, '#d27a6c'), (0.55, '#b45449'), (1, '#8e3931')], 0.45, 0.4, 0.75))
    doc.grad(radial('paint-roller', [(0, '#2f5f78'), (0.26, '#3b6f8c'), (0.3, '#7fb3cc'), (0.68, '#6aa3bf'),
                                     (0.72, '#a9d0e0'), (0.76, '#5f9ab7'), (1, '#3b6f8c')], 0.5, 0.5, 0.5))
    doc.grad(linear('paint-floor', [(0, '#d9d4cc'), (1, '#f4f1ec', 0.0)], 0, 0, 0, 7))


def union(doc, outlines, fill, width=SKIN_STROKE, line=SKIN_LINE):
    ds = [smooth_d(o) for o in outlines]
    doc.open('g', fill='none', stroke=line, stroke_width=num(width), stroke_linejoin='round')
    for d in ds:
        doc.el('path', d=d)
    doc.close('g')
    doc.open('g', fill=fill, stroke='none')
    for d in ds:
        doc.el('path', d=d)
    doc.close('g')


def crease_lines(doc, pls, width=0.22, opacity=0.8):
    if not pls:
        return
    doc.open('g', fill='none', stroke=SKIN_CREASE, stroke_width=num(width), stroke_linecap='round',
             stroke_opacity=num(opacity))
    for pl in pls:
        doc.el('path', d=smooth_d(pl, closed=False))
    doc.close('g')


def draw_roller(doc, c, r):
    """The roller is one <circle> (the app removes it and draws its own moving roller); the end face's
    core and rim are in the gradient, not in extra elements that would stay behind."""
    doc.el('circle', id='roller', cx=num(c[0]), cy=num(-c[1]), r=num(r), fill='url(#paint-roller)',
           stroke='#2f5b73', stroke_width='0.3')


def draw_travel(doc, a, b):
    """A single dashed <line> from the roller centre's start to the end of its travel."""
    doc.el('line', id='roller-travel', x1=num(a[0]), y1=num(-a[1]), x2=num(b[0]), y2=num(-b[1]),
           stroke='#1f4e66', stroke_width='0.6', stroke_dasharray='1.6,1.1', stroke_linecap='round')


def draw_pose(pid, content, regions, zones):
    _ROLLER['r'] = content['dosage'].get('rollerDiameterCm', 15) / 2.0
    R = ROLLER_R()
    titles = {t['pose']: t['name'] for t in content['techniques']}
    x0, y0, w, h = VIEWBOX
    doc = Doc('%s %s %s %s' % (num(x0), num(y0), num(w), num(h)), int(w * 5), int(h * 5),
              'Rollwise pose: %s' % titles.get(pid, pid))
    skin_paints(doc)
    lum_zone = [z for z in zones if z['id'] == 'lumbar-spine']

    if pid in LAT_POSES:
        rig, fig = LAT_POSES[pid]()
        fig = lateral_figure(rig, fig)
        lz = [z for z in lum_zone if z['view'] == 'lateral'][0]
        zone_pts = [rig.trunk(p) for p in densify(lz['pts'], 1.0)]
        target, start, direction = _lat_target_and_start(pid, rig, fig, R)
    else:
        rig, fig, _ = side_lying_lats()
        lz = [z for z in lum_zone if z['view'] == 'posterior'][0]
        zone_pts = [rig.trunk(p) for p in densify(lz['pts'], 1.0)]
        lats = [r for r in regions if r['id'] == 'lats-right' and r['view'] == 'posterior'][0]
        target = [rig.trunk(p) for p in densify(lats['pts'], 1.0)]
        start, direction = fig.roller_start, -1     # down the side of the chest towards the waist
    # The roller rolls on the floor (its centre stays R above it) and covers the technique's path length;
    # the figure is drawn still, at the start of the travel, where it rests on the roller.
    end = (start[0] + direction * travel_length(pid, content), start[1])

    # sanity: the roller never reaches the lumbar zone
    clear = seg_poly_dist(start, end, zone_pts) - R
    if clear <= 0.5:
        raise SystemExit('pose %s: roller travel reaches the lumbar zone (clearance %.2f cm)' % (pid, clear))

    doc.open('g', id='pose-' + pid)
    doc.comment('floor')
    doc.el('rect', x=num(x0), y='0', width=num(w), height='6', fill='url(#paint-floor)')
    doc.el('line', x1=num(x0), y1='0', x2=num(x0 + w), y2='0', stroke='#9b948a', stroke_width='0.4')
    doc.comment('far limbs')
    union(doc, fig.far, 'url(#paint-skin-far)')
    if fig.back:
        union(doc, fig.back, 'url(#paint-skin)')
    doc.comment('trunk, head and near leg')
    union(doc, fig.main, 'url(#paint-skin)')
    crease_lines(doc, fig.creases_main)
    doc.comment('muscle being rolled (the app recolours it)')
    doc.el('path', id='pose-target', d=smooth_d(target), fill='url(#paint-muscle)', fill_opacity='0.92',
           stroke=MUSCLE_LINE, stroke_width='0.2', stroke_linejoin='round')
    doc.comment('lumbar spine: never roll here (the app hatches it)')
    doc.el('polygon', id='zone-lumbar-spine', points=' '.join(sx(p) for p in zone_pts), fill=LUMBAR_FILL,
           stroke='#7a3b33', stroke_width='0.25', stroke_linejoin='round')
    _lumbar_ticks(doc, zone_pts)
    doc.comment('near limbs')
    union(doc, fig.near, 'url(#paint-skin)')
    crease_lines(doc, fig.creases_near)
    doc.comment('foam roller (seen end-on) at the start of its travel, and the travel of its centre')
    draw_roller(doc, start, R)
    draw_travel(doc, start, end)
    doc.close('g')
    return doc


def _lumbar_ticks(doc, zone_pts):
    """Short cross lines marking the five lumbar vertebrae inside the zone polygon."""
    n = len(zone_pts)
    xs = bbox(zone_pts)
    # principal axis of the polygon
    cx = sum(p[0] for p in zone_pts) / n
    cy = sum(p[1] for p in zone_pts) / n
    sxx = sum((p[0] - cx) ** 2 for p in zone_pts)
    syy = sum((p[1] - cy) ** 2 for p in zone_pts)
    sxy = sum((p[0] - cx) * (p[1] - cy) for p in zone_pts)
    ang = 0.5 * math.atan2(2 * sxy, sxx - syy)
    u = (math.cos(ang), math.sin(ang))
    v = perp(u)
    proj = [(p[0] - cx) * u[0] + (p[1] - cy) * u[1] for p in zone_pts]
    lo, hi = min(proj), max(proj)
    wproj = [(p[0] - cx) * v[0] + (p[1] - cy) * v[1] for p in zone_pts]
    half = (max(wproj) - min(wproj)) / 2 * 0.6
    segs = []
    for k in range(1, 5):
        t = lo + (hi - lo) * k / 5
        c = (cx + u[0] * t, cy + u[1] * t)
        segs.append('M' + px(add(c, mul(v, half))) + ' L' + px(sub(c, mul(v, half))))
    doc.el('path', d=' '.join(segs), fill='none', stroke='#e8cfa6', stroke_width='0.3', stroke_linecap='round')


def travel_length(pid, content):
    """Length of the main body path (paths[0], what a pass is counted on) of the technique drawn in this
    pose: the roller in the pose covers the same distance as in the body views."""
    for t in content['techniques']:
        if t['pose'] == pid:
            pts = t['paths'][0]['points']
            return sum(dist(pts[k], pts[k + 1]) for k in range(len(pts) - 1))
    raise KeyError(pid)


def _lat_target_and_start(pid, rig, fig, R):
    """The target outline, the roller centre at the start of travel (on the floor, under the contact point)
    and the travel direction along the floor (+1 right, -1 left)."""
    pcs = body.lateral_pieces()
    ref = densify(pcs['trunk'][0], 0.5)
    if pid == 'seated-figure-four':
        target = [rig.trunk(p) for p in densify(GLUTE_LAT, 1.0)]
        p0 = lowest([rig.trunk(p) for p in ref if p[1] < 96 and p[0] < -2])
        # from the top of the glute towards the hip joint: the body slides back over the roller
        return target, (p0[0], R), +1
    if pid == 'prone-hip':
        target = [rig.trunk(p) for p in densify(ILIOPSOAS_LAT, 1.0)]
        p0 = lowest([rig.trunk(p) for p in ref if 86 < p[1] < 99 and p[0] > 3])
        return target, (p0[0], R), -1     # towards the thigh
    if pid == 'seated-hamstrings':
        thigh_w = rig.apply(densify(pcs['thigh'][0], 0.5), 'thigh-n')
        target = rig.apply(densify(HAMSTRING_LAT, 1.0), 'thigh-n')
        back = [q for (p, q) in zip(densify(pcs['thigh'][0], 0.5), thigh_w) if 74 < p[1] < 82 and p[0] < -4]
        return target, (lowest(back)[0], R), +1     # towards the knee
    if pid == 'supine-thoracic':
        target = [rig.trunk(p) for p in densify(ERECTOR_LAT, 1.0)]
        return target, (rig.trunk((-13.25, 131.0))[0], R), -1     # up the back, towards the head
    raise KeyError(pid)
