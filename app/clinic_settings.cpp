#include "app/clinic_settings.h"

#include <QCoreApplication>
#include <QSettings>

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
    QStringList problems;
    for (const auto& [label, text, limit] :
         {std::tuple{Words::tr("Clinic name"), clinic.name, SheetTextLimits::kClinicName},
          {Words::tr("Address"), clinic.address, SheetTextLimits::kClinicLine},
          {Words::tr("Phone"), clinic.phone, SheetTextLimits::kClinicLine}}) {
        if (text.size() > limit)
            problems << Words::tr("%1: %2").arg(label, SheetTextLimits::tooLong(text.size(), limit));
        else if (text.contains(QLatin1Char('\n')))
            problems << Words::tr("%1: one line of text, without line breaks").arg(label);
    }
    const QString logo = clinic.logoFile.isEmpty() ? clinic.logo : clinic.logoFile;
    if (!logo.isEmpty())
        if (const QString bad = logoProblem(logo); !bad.isEmpty())
            problems << Words::tr("Logo: %1 (expected %2)").arg(bad, logoExpectation());
    return problems.join(QLatin1Char('\n'));
}

} // namespace rollwise
