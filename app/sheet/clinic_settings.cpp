// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sheet/clinic_settings.h"

#include "core/routine_reader.h"

#include <QCoreApplication>
#include <QSettings>

#include <map>

namespace rollwise {

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(ClinicSettings)
};
const QString kName = QStringLiteral("clinic/name");
const QString kAddress = QStringLiteral("clinic/address");
const QString kPhone = QStringLiteral("clinic/phone");
const QString kLogo = QStringLiteral("clinic/logo");
} // namespace

Clinic ClinicSettings::load(const QSettings& settings)
{
    Clinic c;
    c.name = settings.value(kName).toString();
    c.address = settings.value(kAddress).toString();
    c.phone = settings.value(kPhone).toString();
    c.logo = settings.value(kLogo).toString();
    c.logoFile = c.logo; // Settings keep the file's full name
    return c;
}

void ClinicSettings::save(QSettings& settings, const Clinic& clinic)
{
    for (const auto& [key, value] : {std::pair{kName, clinic.name}, {kAddress, clinic.address},
                                     {kPhone, clinic.phone}, {kLogo, clinic.logoFile}}) {
        if (value.isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value);
    }
}

Clinic ClinicSettings::forSheet(const Routine& routine, const QSettings* settings)
{
    if (!routine.clinic.isEmpty() || !settings)
        return routine.clinic;
    return load(*settings);
}

QString ClinicSettings::problem(const Clinic& clinic)
{
    // Core's rules for a routine file's clinic, worded for the fields of Clinic Details.
    const std::map<QString, QString> labels{{QStringLiteral("clinic.name"), Words::tr("Clinic name")},
                                            {QStringLiteral("clinic.address"), Words::tr("Address")},
                                            {QStringLiteral("clinic.phone"), Words::tr("Phone")},
                                            {QStringLiteral("clinic.logo"), Words::tr("Logo")}};
    QStringList problems;
    const Diagnostics found = RoutineReader::checkClinic(clinic, QString());
    for (const Diagnostic& d : found.items()) {
        const auto label = labels.find(d.path);
        const QString what = d.expected.isEmpty() ? d.message : Words::tr("%1 (expected %2)").arg(d.message, d.expected);
        problems << Words::tr("%1: %2").arg(label == labels.end() ? d.path : label->second, what);
    }
    return problems.join(QLatin1Char('\n'));
}

} // namespace rollwise
