// trustdesk-cli: the TrustDesk engine and store for scripts and help desks.
#include "CliApplication.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop application, so both find the same default store.
    QCoreApplication::setOrganizationName(QStringLiteral("TrustDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TrustDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRUSTDESK_VERSION));

    // Messages for a person at a terminal come in their language; what a script reads
    // (a pipe, a file, --json) stays as CLI.md writes it, whatever the locale.
    QTranslator own, qt;
    if (isatty(STDOUT_FILENO) && isatty(STDERR_FILENO) &&
        own.load(QLocale(), QStringLiteral("trustdesk"), QStringLiteral("_"),
                 QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&own);
        if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
    }

    QFile out, err, in;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    in.open(stdin, QIODevice::ReadOnly);
    return trustdesk::CliApplication().run(app.arguments().mid(1), out, err, in);
}
