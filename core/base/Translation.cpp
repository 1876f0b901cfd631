#include "base/Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <optional>

namespace mockloop {

namespace {

// What the last call installed: a second call (a test switching languages) replaces it, so
// an earlier language's translators cannot answer first.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

std::optional<QLocale> &chosenLocale()
{
    static std::optional<QLocale> locale;
    return locale;
}

bool install(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *t = new QTranslator(QCoreApplication::instance());
    if (!t->load(locale, name, QStringLiteral("_"), directory)) {
        delete t;
        return false;
    }
    QCoreApplication::installTranslator(t);
    installed().append(t);
    return true;
}

} // namespace

bool installTranslations(const QLocale &locale)
{
    for (const QPointer<QTranslator> &t : std::as_const(installed())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t.data();
        }
    }
    installed().clear();
    chosenLocale() = locale;
    QLocale::setDefault(locale);

    install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return install(locale, QStringLiteral("mockloop"), QStringLiteral(":/i18n"));
}

QLocale uiLocale()
{
    return chosenLocale().value_or(QLocale());
}

} // namespace mockloop
