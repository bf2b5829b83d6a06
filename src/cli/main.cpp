// trustdesk-cli: the TrustDesk engine and store for scripts and help desks.
#include "CliArguments.h"
#include "CliCommands.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop application, so both find the same default store.
    QCoreApplication::setOrganizationName(QStringLiteral("TrustDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("TrustDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRUSTDESK_VERSION));

    trustdesk::CliArguments arguments;
    QString error;
    if (!arguments.parse(app.arguments().mid(1), &error)) {
        QTextStream(stderr) << "trustdesk-cli: " << error << "\nTry 'trustdesk-cli --help'.\n";
        return trustdesk::CliCommands::UsageError;
    }
    return trustdesk::CliCommands(arguments).run();
}
