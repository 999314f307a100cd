// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content_library.h"

#include "core/content_translation.h"
#include "core/json_reader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <spdlog/spdlog.h>

#include <cstdlib>

namespace rollwise {

namespace {

// Sided structures are described once, for the right side; the left is the mirror image. The lateral
// view shows the right side only, so a left structure has no lateral shape.
bool mirrorsInto(View v)
{
    return v != View::Lateral;
}

std::vector<Side> sidesOf(bool sided)
{
    return sided ? std::vector<Side>{Side::Right, Side::Left} : std::vector<Side>{Side::Centre};
}

std::optional<TextItem> readTextItem(JsonReader& r, const QJsonValue& v, const QString& path, bool needTitle)
{
    const auto o = r.asObject(v, path);
    if (!o)
        return std::nullopt;
    const auto id = r.string(*o, path, QStringLiteral("id"));
    const auto title = r.string(*o, path, QStringLiteral("title"), needTitle ? Need::Required : Need::Optional);
    const auto text = r.string(*o, path, QStringLiteral("text"));
    if (!id || !text || (needTitle && !title))
        return std::nullopt;
    return TextItem{*id, title.value_or(QString()), *text};
}

bool readTextItems(JsonReader& r, const QJsonObject& root, const QString& key, bool needTitle,
                   std::vector<TextItem>& out)
{
    const auto a = r.array(root, {}, key);
    if (!a)
        return false;
    bool ok = true;
    for (qsizetype i = 0; i < a->size(); ++i) {
        if (auto item = readTextItem(r, a->at(i), JsonReader::index(key, i), needTitle))
            out.push_back(*item);
        else
            ok = false;
    }
    return ok;
}

} // namespace

namespace {
QString& chosenLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

QString translationPath(const QString& language)
{
    return QStringLiteral(":/rollwise/content.%1.json").arg(language);
}
} // namespace

QStringList ContentLibrary::availableLanguages()
{
    QStringList out{QStringLiteral("en")};
    for (const QString& f : QDir(QStringLiteral(":/rollwise")).entryList({QStringLiteral("content.*.json")}))
        out << f.section(QLatin1Char('.'), 1, 1);
    return out;
}

QString ContentLibrary::setLanguage(const QString& language)
{
    const QString lang = language.left(2).toLower();
    chosenLanguage() = availableLanguages().contains(lang) ? lang : QStringLiteral("en");
    return chosenLanguage();
}

QString ContentLibrary::language()
{
    return chosenLanguage();
}

std::optional<ContentLibrary> ContentLibrary::load(const QString& language, Diagnostics& diags)
{
    QFile file(QStringLiteral(":/rollwise/content.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        diags.error(file.fileName(), {}, file.errorString());
        return std::nullopt;
    }
    QByteArray json = file.readAll();
    if (language != u"en") {
        QFile tf(translationPath(language));
        if (!tf.open(QIODevice::ReadOnly)) {
            diags.error(tf.fileName(), {}, tf.errorString());
            return std::nullopt;
        }
        QJsonParseError err{};
        QJsonObject content = QJsonDocument::fromJson(json, &err).object();
        const QJsonObject translation = QJsonDocument::fromJson(tf.readAll(), &err).object();
        if (err.error != QJsonParseError::NoError) {
            diags.error(tf.fileName(), {}, tr("not a JSON object: %1").arg(err.errorString()));
            return std::nullopt;
        }
        if (!applyTranslation(content, translation, tf.fileName(), diags))
            return std::nullopt;
        json = QJsonDocument(content).toJson(QJsonDocument::Compact);
    }
    return fromJson(json, file.fileName(), diags);
}

const ContentLibrary& ContentLibrary::builtIn()
{
    static const ContentLibrary library = [] {
        Diagnostics diags;
        std::optional<ContentLibrary> loaded = load(chosenLanguage(), diags);
        if (!loaded || diags.hasErrors()) {
            spdlog::critical("built-in content is broken:\n{}", diags.toText().toStdString());
            std::abort();
        }
        return *loaded;
    }();
    return library;
}

std::optional<ContentLibrary> ContentLibrary::fromJson(const QByteArray& json, const QString& fileName,
                                                       Diagnostics& diagnostics, const Provenance* provenance)
{
    const Provenance& origins = provenance ? *provenance : Provenance::builtIn();
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        diagnostics.error(fileName, {}, tr("not a JSON object: %1").arg(err.errorString()));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    JsonReader r(fileName, diagnostics);
    ContentLibrary lib;
    bool ok = true;

    if (const auto d = r.object(root, {}, QStringLiteral("dosage"))) {
        const QString p = QStringLiteral("dosage");
        Dosage& s = lib.m_dosage;
        const auto pace = r.number(*d, p, QStringLiteral("paceCmPerSecond"), 0.1, 100);
        const auto hmin = r.integer(*d, p, QStringLiteral("holdSecondsMin"), 1, 600);
        const auto hmax = r.integer(*d, p, QStringLiteral("holdSecondsMax"), 1, 600);
        const auto wmin = r.integer(*d, p, QStringLiteral("sessionsPerWeekMin"), 1, 14);
        const auto wmax = r.integer(*d, p, QStringLiteral("sessionsPerWeekMax"), 1, 14);
        const auto hold = r.integer(*d, p, QStringLiteral("defaultHoldSeconds"), 1, 600);
        const auto roll = r.integer(*d, p, QStringLiteral("defaultRollSeconds"), 1, 600);
        const auto rest = r.integer(*d, p, QStringLiteral("defaultRestSeconds"), 0, 600);
        const auto trans = r.integer(*d, p, QStringLiteral("defaultTransitionSeconds"), 0, 600);
        const auto rel = r.integer(*d, p, QStringLiteral("releaseSeconds"), 0, 60);
        const auto dia = r.number(*d, p, QStringLiteral("rollerDiameterCm"), 1, 100);
        const auto paceText = r.string(*d, p, QStringLiteral("paceText"));
        const auto holdText = r.string(*d, p, QStringLiteral("holdText"));
        const auto freqText = r.string(*d, p, QStringLiteral("frequencyText"));
        if (pace && hmin && hmax && wmin && wmax && hold && roll && rest && trans && rel && dia && paceText
            && holdText && freqText) {
            // By name, not position: fourteen fields of two types are too easy to swap unnoticed.
            s.paceCmPerSecond = *pace;
            s.paceText = *paceText;
            s.holdSecondsMin = *hmin;
            s.holdSecondsMax = *hmax;
            s.holdText = *holdText;
            s.sessionsPerWeekMin = *wmin;
            s.sessionsPerWeekMax = *wmax;
            s.frequencyText = *freqText;
            s.defaultHoldSeconds = *hold;
            s.defaultRollSeconds = *roll;
            s.defaultRestSeconds = *rest;
            s.defaultTransitionSeconds = *trans;
            s.releaseSeconds = *rel;
            s.rollerDiameterCm = *dia;
        } else {
            ok = false;
        }
    } else {
        ok = false;
    }

    ok = readTextItems(r, root, QStringLiteral("principles"), true, lib.m_principles) && ok;
    ok = lib.readRegions(r, root) && ok;
    ok = lib.readZones(r, root) && ok;
    ok = lib.readBodyOutline(r, root) && ok;
    ok = lib.readTexts(r, root, origins) && ok;

    if (const auto a = r.array(root, {}, QStringLiteral("techniques"))) {
        for (qsizetype i = 0; i < a->size(); ++i) {
            const QString path = JsonReader::index(QStringLiteral("techniques"), i);
            const auto o = r.asObject(a->at(i), path);
            auto t = o ? lib.readTechnique(r, *o, path, false) : std::nullopt;
            if (t)
                lib.m_techniques.push_back(std::move(*t));
            else
                ok = false;
        }
    } else {
        ok = false;
    }
    if (!ok || diagnostics.hasErrors())
        return std::nullopt;
    lib.markOwnGuidance(origins);
    return lib;
}

bool ContentLibrary::readRegions(JsonReader& r, const QJsonObject& root)
{
    bool ok = true;
    if (const auto groups = r.array(root, {}, QStringLiteral("muscleGroups"))) {
        for (qsizetype i = 0; i < groups->size(); ++i) {
            const QString path = JsonReader::index(QStringLiteral("muscleGroups"), i);
            const auto o = r.asObject(groups->at(i), path);
            const auto id = o ? r.string(*o, path, QStringLiteral("id")) : std::nullopt;
            const auto name = o ? r.string(*o, path, QStringLiteral("name")) : std::nullopt;
            const auto why = o ? r.string(*o, path, QStringLiteral("why")) : std::nullopt;
            if (id && name && why)
                m_groups.push_back({*id, *name, *why, {}});
            else
                ok = false;
        }
    } else {
        ok = false;
    }

    const auto regions = r.array(root, {}, QStringLiteral("regions"));
    if (!regions)
        return false;
    for (qsizetype i = 0; i < regions->size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("regions"), i);
        const auto o = r.asObject(regions->at(i), path);
        if (!o) {
            ok = false;
            continue;
        }
        const auto id = r.string(*o, path, QStringLiteral("id"));
        const auto name = r.string(*o, path, QStringLiteral("name"));
        const auto group = r.string(*o, path, QStringLiteral("group"));
        const auto sided = r.boolean(*o, path, QStringLiteral("sided"));
        const auto geometry = r.object(*o, path, QStringLiteral("geometry"));
        if (!id || !name || !group || !sided || !geometry) {
            ok = false;
            continue;
        }
        MuscleGroup* mg = nullptr;
        for (MuscleGroup& g : m_groups)
            if (g.id == *group)
                mg = &g;
        if (!mg) {
            r.error(JsonReader::field(path, QStringLiteral("group")), tr("unknown muscle group \"%1\"").arg(*group));
            ok = false;
            continue;
        }
        std::vector<RegionShape> shapes;
        for (auto it = geometry->begin(); it != geometry->end(); ++it) {
            const QString gpath = JsonReader::field(JsonReader::field(path, QStringLiteral("geometry")), it.key());
            const auto view = viewFromString(it.key());
            const auto g = r.asObject(it.value(), gpath);
            if (!view || !g) {
                r.error(gpath, tr("unknown view"), tr("posterior, anterior or lateral"));
                ok = false;
                continue;
            }
            const auto pts = r.points(*g, gpath, QStringLiteral("points"), 3, 200);
            const auto anchorValue = g->value(QStringLiteral("anchor"));
            const auto anchor = r.point(anchorValue, JsonReader::field(gpath, QStringLiteral("anchor")));
            if (!pts || !anchor) {
                ok = false;
                continue;
            }
            shapes.push_back({*view, Shape{*pts, 0.0, true}, *anchor});
        }
        for (Side side : sidesOf(*sided)) {
            BodyRegion region{sidedId(*id, side), *id, *name, *group, side, {}};
            for (const RegionShape& s : shapes) {
                if (side != Side::Left) {
                    region.shapes.push_back(s);
                } else if (mirrorsInto(s.view)) {
                    region.shapes.push_back({s.view, s.shape.mirroredX(), Point{-s.anchor.x, s.anchor.y}});
                }
            }
            mg->regionIds << region.id;
            m_regions.push_back(std::move(region));
        }
    }
    return ok;
}

bool ContentLibrary::readZones(JsonReader& r, const QJsonObject& root)
{
    const auto zones = r.array(root, {}, QStringLiteral("zones"));
    if (!zones)
        return false;
    bool ok = true;
    for (qsizetype i = 0; i < zones->size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("zones"), i);
        const auto o = r.asObject(zones->at(i), path);
        if (!o) {
            ok = false;
            continue;
        }
        const auto id = r.string(*o, path, QStringLiteral("id"));
        const auto kind = r.string(*o, path, QStringLiteral("kind"));
        const auto name = r.string(*o, path, QStringLiteral("name"));
        const auto summary = r.string(*o, path, QStringLiteral("summary"));
        const auto sided = r.boolean(*o, path, QStringLiteral("sided"));
        const auto reasons = r.array(*o, path, QStringLiteral("reasons"));
        const auto geometry = r.object(*o, path, QStringLiteral("geometry"));
        if (!id || !kind || !name || !summary || !sided || !reasons || !geometry) {
            ok = false;
            continue;
        }
        ContraindicatedZone zone;
        zone.baseId = *id;
        zone.name = *name;
        zone.summary = *summary;
        if (*kind == u"spine") {
            zone.kind = ZoneKind::Spine;
        } else if (*kind == u"bony") {
            zone.kind = ZoneKind::Bony;
        } else if (*kind == u"neurovascular") {
            zone.kind = ZoneKind::Neurovascular;
        } else {
            r.error(JsonReader::field(path, QStringLiteral("kind")), tr("unknown zone kind \"%1\"").arg(*kind),
                    tr("spine, bony or neurovascular"));
            ok = false;
        }
        for (qsizetype k = 0; k < reasons->size(); ++k) {
            const QString rpath = JsonReader::index(path + QStringLiteral(".reasons"), k);
            if (auto reason = readTextItem(r, reasons->at(k), rpath, true)) {
                zone.reasons.push_back({reason->id, reason->title, reason->text, false});
            } else {
                ok = false;
            }
        }
        for (auto it = geometry->begin(); it != geometry->end(); ++it) {
            const QString gpath = JsonReader::field(JsonReader::field(path, QStringLiteral("geometry")), it.key());
            const auto view = viewFromString(it.key());
            const auto g = r.asObject(it.value(), gpath);
            const auto pts = g ? r.points(*g, gpath, QStringLiteral("points"), 1, 200) : std::nullopt;
            const auto radius = g ? r.number(*g, gpath, QStringLiteral("radius"), 0, 50, Need::Optional) : std::nullopt;
            if (!view || !pts) {
                ok = false;
                continue;
            }
            zone.shapes[*view] = Shape{*pts, radius.value_or(0.0), pts->size() >= 3};
        }
        for (Side side : sidesOf(*sided)) {
            ContraindicatedZone z = zone;
            z.id = sidedId(*id, side);
            z.side = side;
            if (side == Side::Left) {
                z.shapes.clear();
                for (const auto& [view, shape] : zone.shapes)
                    if (mirrorsInto(view))
                        z.shapes[view] = shape.mirroredX();
            }
            m_zones.push_back(std::move(z));
        }
    }
    return ok;
}

bool ContentLibrary::readBodyOutline(JsonReader& r, const QJsonObject& root)
{
    const QString key = QStringLiteral("bodyOutline");
    const auto views = r.object(root, {}, key);
    if (!views)
        return false;
    bool ok = true;
    for (View v : allViews()) {
        const QString vpath = JsonReader::field(key, toString(v));
        const auto pieces = r.array(*views, key, toString(v));
        if (!pieces) {
            ok = false;
            continue;
        }
        for (qsizetype i = 0; i < pieces->size(); ++i) {
            const QString ppath = JsonReader::index(vpath, i);
            const auto o = r.asObject(pieces->at(i), ppath);
            const auto pts = o ? r.points(*o, ppath, QStringLiteral("points"), 3, 400) : std::nullopt;
            if (pts)
                m_outline[v].push_back(Shape{*pts, 0.0, true});
            else
                ok = false;
        }
    }
    return ok;
}

const std::vector<Shape>& ContentLibrary::bodyOutline(View v) const
{
    static const std::vector<Shape> none;
    const auto it = m_outline.find(v);
    return it == m_outline.end() ? none : it->second;
}

bool ContentLibrary::readTexts(JsonReader& r, const QJsonObject& root, const Provenance& provenance)
{
    bool ok = readTextItems(r, root, QStringLiteral("bestPractices"), true, m_bestPractices);
    ok = readTextItems(r, root, QStringLiteral("stopSigns"), false, m_stopSigns) && ok;
    ok = readTextItems(r, root, QStringLiteral("redFlags"), false, m_redFlags) && ok;
    std::vector<ScreeningSign> consultSigns;
    for (const TextItem& f : m_redFlags)
        consultSigns.push_back({f.id, f.text, ScreeningTier::Consult});
    if (auto screening = Screening::read(r, root, std::move(consultSigns), provenance))
        m_screening = std::move(*screening);
    else
        ok = false;
    const auto stop = r.string(root, {}, QStringLiteral("stopAdvice"));
    const auto disclaimer = r.string(root, {}, QStringLiteral("disclaimer"));
    const auto takeaways = r.stringList(root, {}, QStringLiteral("keyTakeaways"));
    if (!stop || !disclaimer || !takeaways)
        return false;
    m_stopAdvice = *stop;
    m_disclaimer = *disclaimer;
    m_keyTakeaways = *takeaways;
    if (const auto reminders = r.array(root, {}, QStringLiteral("reminders"))) {
        for (qsizetype i = 0; i < reminders->size(); ++i) {
            const QString path = JsonReader::index(QStringLiteral("reminders"), i);
            const auto o = r.asObject(reminders->at(i), path);
            const auto cue = o ? r.string(*o, path, QStringLiteral("cue")) : std::nullopt;
            const auto practice = o ? r.string(*o, path, QStringLiteral("practice")) : std::nullopt;
            if (!cue || !practice) {
                ok = false;
            } else if (!bestPractice(*practice)) {
                r.error(JsonReader::field(path, QStringLiteral("practice")),
                        tr("unknown best practice \"%1\"").arg(*practice));
                ok = false;
            } else {
                m_reminders.emplace_back(*cue, *practice);
            }
        }
    } else {
        ok = false;
    }
    if (const auto faq = r.array(root, {}, QStringLiteral("faq"))) {
        for (qsizetype i = 0; i < faq->size(); ++i) {
            const QString path = JsonReader::index(QStringLiteral("faq"), i);
            const auto o = r.asObject(faq->at(i), path);
            const auto q = o ? r.string(*o, path, QStringLiteral("question")) : std::nullopt;
            const auto a = o ? r.string(*o, path, QStringLiteral("answer")) : std::nullopt;
            if (q && a)
                m_faq.push_back({*q, *a});
            else
                ok = false;
        }
    } else {
        ok = false;
    }
    return ok;
}

// Whose words each text is lives in content/provenance.json alone; the views ask the loaded content.
void ContentLibrary::markOwnGuidance(const Provenance& provenance)
{
    for (ContraindicatedZone& z : m_zones) {
        const QString zone = QStringLiteral("zones.") + z.baseId;
        z.summaryIsOwnGuidance = provenance.isOwnGuidance(zone + QStringLiteral(".summary"));
        for (Reason& reason : z.reasons)
            reason.ownGuidance = provenance.isOwnGuidance(zone + QStringLiteral(".reasons.") + reason.id + QStringLiteral(".text"));
    }
    for (Technique& t : m_techniques) {
        std::vector<std::pair<QString, const QString*>> fields{
            {QStringLiteral("startingPosition"), &t.startingPosition},
            {QStringLiteral("rollerPlacement"), &t.rollerPlacement},
            {QStringLiteral("rollerOrientation"), &t.rollerOrientation},
            {QStringLiteral("pressure"), &t.pressure}};
        for (int i = 0; i < t.cautions.size(); ++i)
            fields.emplace_back(QStringLiteral("cautions[%1]").arg(i), &t.cautions[i]);
        for (const TechniqueVariant& v : t.variants)
            fields.emplace_back(QStringLiteral("variants.%1.description").arg(v.id), &v.description);
        const QString prefix = QStringLiteral("techniques.") + t.id + QLatin1Char('.');
        for (const auto& [field, text] : fields)
            if (!text->isEmpty() && provenance.isOwnGuidance(prefix + field)) // unclassified words count as ours
                t.ownGuidance.insert(field);
    }
}

} // namespace rollwise
