// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editor/diagnostic_paths.h"

#include "core/content_library.h"
#include "core/routine.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rollwise {

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(DiagnosticWords)
};

QString fieldLabel(const QString& field)
{
    const QString key = field.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
    if (key == u"holdSeconds")
        return Words::tr("hold");
    if (key == u"rollSeconds")
        return Words::tr("roll time");
    if (key == u"passes")
        return Words::tr("passes");
    if (key == u"restSeconds")
        return Words::tr("rest");
    if (key == u"transitionSeconds")
        return Words::tr("get-ready time");
    if (key == u"sides")
        return Words::tr("sides");
    if (key == u"variant")
        return Words::tr("variant");
    if (key == u"technique")
        return Words::tr("technique");
    if (key == u"notes")
        return Words::tr("notes");
    if (key == u"sets")
        return Words::tr("sets");
    if (key == u"sessionsPerWeek")
        return Words::tr("sessions a week");
    if (key == u"title")
        return Words::tr("Title");
    if (key == u"patient")
        return Words::tr("Patient");
    if (key == u"clinician")
        return Words::tr("Clinician");
    if (key == u"created")
        return Words::tr("Date");
    if (key == u"clearance")
        return field.endsWith(QLatin1String(".date")) ? Words::tr("Cleared on") : Words::tr("Cleared by");
    if (key == u"exercises")
        return Words::tr("Exercises");
    if (key == u"customTechniques")
        return Words::tr("Custom techniques");
    if (key == u"paths") {
        static const QRegularExpression number(QStringLiteral("^paths\\[(\\d+)\\]"));
        const auto m = number.match(field);
        return m.hasMatch() ? Words::tr("roller path %1").arg(m.captured(1).toInt() + 1) : Words::tr("roller paths");
    }
    if (key == u"steps")
        return Words::tr("steps");
    if (key == u"primaryTargets" || key == u"secondaryTargets")
        return Words::tr("target muscles");
    if (key == u"name")
        return Words::tr("name");
    if (key == u"id")
        return Words::tr("id");
    return field;
}

// The routine's own prescription and clinic, which share some keys with an exercise's fields.
QString routineFieldLabel(const QString& field)
{
    if (field == u"holdSeconds")
        return Words::tr("Default hold");
    if (field == u"rollSeconds")
        return Words::tr("Default roll time");
    if (field == u"sets")
        return Words::tr("Sets");
    if (field == u"sessionsPerWeek")
        return Words::tr("Sessions a week");
    if (field == u"nextReview")
        return Words::tr("Next review");
    if (field == u"clinic.name")
        return Words::tr("Clinic name");
    if (field == u"clinic.address")
        return Words::tr("Clinic address");
    if (field == u"clinic.phone")
        return Words::tr("Clinic phone");
    if (field == u"clinic.logo")
        return Words::tr("Clinic logo");
    return fieldLabel(field);
}
} // namespace

bool isPrescriptionField(const QString& field)
{
    static const QStringList keys{QStringLiteral("holdSeconds"), QStringLiteral("rollSeconds"), QStringLiteral("sets"),
                                  QStringLiteral("sessionsPerWeek"), QStringLiteral("nextReview"),
                                  QStringLiteral("clinic")};
    return keys.contains(field.section(QLatin1Char('.'), 0, 0));
}

DiagnosticTarget diagnosticTarget(const QString& path)
{
    static const QRegularExpression item(QStringLiteral("^(exercises|customTechniques)\\[(\\d+)\\](?:\\.(.*))?$"));
    DiagnosticTarget t;
    const auto m = item.match(path);
    if (!m.hasMatch()) {
        t.field = path;
        return t;
    }
    t.kind = m.captured(1) == u"exercises" ? DiagnosticTarget::Kind::Exercise : DiagnosticTarget::Kind::CustomTechnique;
    t.index = m.captured(2).toInt();
    t.field = m.captured(3);
    return t;
}

bool pathWithin(const QString& path, const QString& prefix)
{
    if (!path.startsWith(prefix))
        return false;
    if (path.size() == prefix.size())
        return true;
    const QChar next = path.at(prefix.size());
    return next == QLatin1Char('.') || next == QLatin1Char('[');
}

QString diagnosticMessage(const Diagnostic& d)
{
    return d.expected.isEmpty() ? d.message : Words::tr("%1 (expected %2)").arg(d.message, d.expected);
}

QString describeDiagnostic(const Diagnostic& d, const Routine& routine, const ContentLibrary& content)
{
    const DiagnosticTarget t = diagnosticTarget(d.path);
    QString where;
    switch (t.kind) {
    case DiagnosticTarget::Kind::Routine:
        where = d.path.isEmpty() ? Words::tr("Routine") : routineFieldLabel(t.field);
        break;
    case DiagnosticTarget::Kind::Exercise: {
        const bool known = t.index >= 0 && size_t(t.index) < routine.exercises.size();
        const Technique* tech = known ? routine.technique(routine.exercises[size_t(t.index)].techniqueId, content) : nullptr;
        where = tech ? Words::tr("Exercise %1 (%2)").arg(QString::number(t.index + 1), tech->name)
                     : Words::tr("Exercise %1").arg(t.index + 1);
        if (!t.field.isEmpty())
            where += QStringLiteral(", ") + fieldLabel(t.field);
        break;
    }
    case DiagnosticTarget::Kind::CustomTechnique: {
        const bool known = t.index >= 0 && size_t(t.index) < routine.customTechniques.size();
        where = known ? Words::tr("Custom technique \u201c%1\u201d").arg(routine.customTechniques[size_t(t.index)].name)
                      : Words::tr("Custom technique %1").arg(t.index + 1);
        if (!t.field.isEmpty())
            where += QStringLiteral(", ") + fieldLabel(t.field);
        break;
    }
    }
    return Words::tr("%1: %2").arg(where, diagnosticMessage(d));
}

} // namespace rollwise
