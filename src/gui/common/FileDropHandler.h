// Lets a view take certificate files dropped on it from a file manager.
#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace trustdesk {

class FileDropHandler : public QObject
{
    Q_OBJECT
public:
    // Watches `target` (and accepts drops on it) for as long as it lives.
    explicit FileDropHandler(QWidget *target);

    // Local files among dropped URLs; empty when the drop holds none.
    static QStringList localFiles(const QMimeData *mime);

signals:
    void filesDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace trustdesk
