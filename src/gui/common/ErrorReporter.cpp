#include "common/ErrorReporter.h"

#include "InputError.h"
#include "store/StoreError.h"

#include <QMessageBox>

namespace trustdesk {

bool ErrorReporter::attempt(QWidget *parent, const QString &title,
                            const std::function<void()> &action)
{
    try {
        action();
        return true;
    } catch (const InputError &error) {
        show(parent, title, error.message());
    } catch (const StoreError &error) {
        show(parent, title, error.message());
    } catch (const std::exception &error) {
        show(parent, title, tr("Unexpected error: %1").arg(QString::fromLocal8Bit(error.what())));
    }
    return false;
}

void ErrorReporter::show(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.exec();
}

} // namespace trustdesk
