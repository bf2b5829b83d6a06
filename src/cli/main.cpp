// trustdesk-cli: the TrustDesk engine and store for scripts and help desks.
#include "CliApplication.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop application, so both find the same default store.
    QCoreApplication::setOrganizationName(QStringLiteral("TrustDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TrustDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRUSTDESK_VERSION));

    QFile out, err, in;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    in.open(stdin, QIODevice::ReadOnly);
    return trustdesk::CliApplication().run(app.arguments().mid(1), out, err, in);
}
