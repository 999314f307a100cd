// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/learn/learn_topics.h"

#include "app/text/labels.h"

#include "core/content_library.h"

#include <QCoreApplication>

namespace rollwise {

namespace {
struct Learn {
    Q_DECLARE_TR_FUNCTIONS(Learn)
};

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString heading(const QString& title)
{
    return QStringLiteral("<h2>%1</h2>").arg(esc(title));
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(esc(text));
}

QString viewName(View v)
{
    switch (v) {
    case View::Posterior: return Learn::tr("Back view");
    case View::Anterior: return Learn::tr("Front view");
    case View::Lateral: return Learn::tr("Side view");
    }
    return {};
}

QString lumbarWarning()
{
    return Learn::tr("The lumbar spine is hatched red: never roll it.");
}

// Names of the regions a technique targets, once each (the two sides share a name).
QStringList targetNames(const ContentLibrary& content, const Technique& t)
{
    QStringList names;
    for (const QString& id : content.regionIds(t.primaryTargets + t.secondaryTargets, Side::Centre))
        if (const BodyRegion* r = content.region(id))
            names << r->name;
    names.removeDuplicates();
    return names;
}

void describe(LearnTopic& topic, const ContentLibrary& content)
{
    const QString view = topic.display.kind == Display::Kind::Pose ? Learn::tr("Position on the roller")
                                                                     : viewName(topic.display.view);
    if (topic.zoomOnLumbar)
        topic.diagramDescription = Learn::tr("%1, zoomed on the lower back. %2").arg(view, lumbarWarning());
    else if (topic.highlight && topic.display.kind == Display::Kind::Anatomy)
        topic.diagramDescription = Learn::tr("%1. Highlighted: %2. %3")
                                       .arg(view, targetNames(content, *topic.highlight).join(QStringLiteral(", ")),
                                            lumbarWarning());
    else
        topic.diagramDescription = QStringLiteral("%1. %2").arg(view, lumbarWarning());
}

// Every muscle the built-in techniques work on: the "surrounding muscle groups" the article points to.
Technique allTargets(const ContentLibrary& content)
{
    Technique all;
    for (const Technique& t : content.techniques())
        all.primaryTargets += t.primaryTargets;
    all.primaryTargets.removeDuplicates();
    return all;
}

LearnTopic topic(LearnTopic::Kind kind, const QString& id, const QString& title, const QString& html)
{
    LearnTopic t;
    t.kind = kind;
    t.id = id;
    t.title = title;
    t.html = html;
    t.display = Display::anatomy(View::Posterior);
    return t;
}
} // namespace

std::vector<LearnTopic> learnTopics(const ContentLibrary& content)
{
    std::vector<LearnTopic> topics;
    for (const TextItem& p : content.principles()) {
        LearnTopic t = topic(LearnTopic::Kind::Principle, QStringLiteral("principle-") + p.id, p.title,
                             heading(p.title) + paragraph(p.text));
        // The principle about the surrounding muscles shows them; the others show the lumbar spine on its own.
        if (p.id == u"referred-pain")
            t.highlight = allTargets(content);
        topics.push_back(std::move(t));
    }

    if (const ContraindicatedZone* lumbar = content.zone(QStringLiteral("lumbar-spine"))) {
        const QString title = Learn::tr("Why the lumbar spine is never rolled");
        QString html = heading(title) + QStringLiteral("<p><b>%1</b></p>").arg(esc(lumbar->summary));
        for (const Reason& r : lumbar->reasons) {
            const QString name = r.ownGuidance ? Learn::tr("%1 (Rollwise guidance, not from the article)").arg(r.title)
                                               : r.title;
            html += QStringLiteral("<h3>%1</h3>").arg(esc(name)) + paragraph(r.text);
        }
        LearnTopic t = topic(LearnTopic::Kind::Lumbar, QStringLiteral("lumbar-spine"), title, html);
        t.zoomOnLumbar = true;
        topics.push_back(std::move(t));
    }

    for (const MuscleGroup& g : content.muscleGroups()) {
        QString html = heading(g.name) + paragraph(g.why);
        const Technique* first = nullptr;
        for (const Technique& t : content.techniques()) {
            if (t.groupId != g.id)
                continue;
            first = first ? first : &t;
            if (t.name != g.name) // most techniques are named after their group: no heading saying it twice
                html += QStringLiteral("<h3>%1</h3>").arg(esc(t.name));
            if (!t.rollerOrientation.isEmpty())
                html += QStringLiteral("<p><b>%1</b> %2</p>")
                            .arg(Learn::tr("Roller orientation:"),
                                 esc(markedIfOwn(t.rollerOrientation, t.isOwnGuidance(QStringLiteral("rollerOrientation")))));
            if (!t.rollerPlacement.isEmpty())
                html += QStringLiteral("<p><b>%1</b> %2</p>")
                            .arg(Learn::tr("Roller placement:"),
                                 esc(markedIfOwn(t.rollerPlacement, t.isOwnGuidance(QStringLiteral("rollerPlacement")))));
        }
        LearnTopic t = topic(LearnTopic::Kind::MuscleGroup, QStringLiteral("group-") + g.id, g.name, html);
        if (first) {
            const auto views = first->views();
            t.display = Display::anatomy(views.empty() ? View::Posterior : views.front());
            t.highlight = *first;
            t.zoomOnTargets = true;
        }
        topics.push_back(std::move(t));
    }

    const Dosage& d = content.dosage();
    const QString dosageTitle = Learn::tr("Pace, hold and how often");
    LearnTopic dosage = topic(LearnTopic::Kind::Dosage, QStringLiteral("dosage"), dosageTitle,
                              heading(dosageTitle) + paragraph(d.paceText) + paragraph(d.holdText)
                                  + paragraph(d.frequencyText));
    if (!content.techniques().empty()) {
        // A pose with the roller's travel drawn: what "slowly" and "hold" apply to.
        const Technique& t = content.techniques().front();
        dosage.display = Display::posed(content.poseFor(t));
        dosage.highlight = t;
    }
    topics.push_back(std::move(dosage));

    const QString takeawaysTitle = Learn::tr("Key takeaways");
    QString list = QStringLiteral("<ul>");
    for (const QString& k : content.keyTakeaways())
        list += QStringLiteral("<li>%1</li>").arg(esc(k));
    LearnTopic takeaways = topic(LearnTopic::Kind::Takeaways, QStringLiteral("takeaways"), takeawaysTitle,
                                 heading(takeawaysTitle) + list + QStringLiteral("</ul>"));
    takeaways.highlight = allTargets(content);
    topics.push_back(std::move(takeaways));

    const QString faqTitle = Learn::tr("Questions and answers");
    QString faq = heading(faqTitle);
    for (const FaqEntry& f : content.faq())
        faq += QStringLiteral("<h3>%1</h3>").arg(esc(f.question)) + paragraph(f.answer);
    topics.push_back(topic(LearnTopic::Kind::Faq, QStringLiteral("faq"), faqTitle, faq));

    for (LearnTopic& t : topics)
        describe(t, content);
    return topics;
}

} // namespace rollwise
