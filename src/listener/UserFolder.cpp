#include "UserFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace trustdesk {

namespace {

bool isInside(const QString &path, const QString &home)
{
    return path == home || path.startsWith(home + QLatin1Char('/'));
}

QString temporaryName()
{
    return QStringLiteral(".upload-%1.part")
        .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

} // namespace

UserFolder::UserFolder(const QString &home) : m_home(QFileInfo(home).canonicalFilePath()) {}

QString UserFolder::resolve(const QString &cwd, const QString &path) const
{
    if (m_home.isEmpty())
        return QString();
    const QString joined = path.startsWith(QLatin1Char('/')) ? path : cwd + QLatin1Char('/') + path;
    // "." and ".." on the virtual path first: it can never climb above "/".
    QStringList parts;
    for (const QString &part : joined.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        if (part.contains(QLatin1Char('\\')) || part.contains(QChar(0)))
            return QString();
        parts << part;
    }
    // Then every component that exists: a link counts only when it stays inside.
    QString real = m_home;
    for (const QString &part : std::as_const(parts)) {
        real += QLatin1Char('/') + part;
        const QFileInfo info(real);
        if (info.isSymLink()) {
            const QString target = info.canonicalFilePath(); // empty when it leads nowhere
            if (target.isEmpty() || !isInside(target, m_home))
                return QString();
        } else if (!info.exists()) {
            break; // nothing below a missing component exists either
        }
    }
    return parts.isEmpty() ? m_home : m_home + QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

QString UserFolder::virtualPath(const QString &real) const
{
    const QString relative = QDir(m_home).relativeFilePath(real);
    if (relative == QLatin1String(".") || relative.isEmpty())
        return QStringLiteral("/");
    return QLatin1Char('/') + relative;
}

int UserFolder::openParent(const QString &real, QString *name) const
{
#ifdef Q_OS_UNIX
    if (m_home.isEmpty() || !isInside(real, m_home) || real == m_home)
        return -1;
    QStringList parts = real.mid(m_home.size() + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return -1;
    *name = parts.takeLast();
    int folder = ::open(QFile::encodeName(m_home).constData(), O_DIRECTORY | O_RDONLY | O_CLOEXEC);
    for (const QString &part : std::as_const(parts)) {
        if (folder < 0)
            return -1;
        const int next = ::openat(folder, QFile::encodeName(part).constData(),
                                  O_DIRECTORY | O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        ::close(folder);
        folder = next;
    }
    return folder;
#else
    Q_UNUSED(real)
    Q_UNUSED(name)
    return -1;
#endif
}

bool UserFolder::remove(const QString &real) const
{
#ifdef Q_OS_UNIX
    QString name;
    const int folder = openParent(real, &name);
    if (folder < 0)
        return false;
    struct stat st;
    const QByteArray encoded = QFile::encodeName(name);
    const bool removed = ::fstatat(folder, encoded.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                         !S_ISDIR(st.st_mode) && ::unlinkat(folder, encoded.constData(), 0) == 0;
    ::close(folder);
    return removed;
#else
    return !real.isEmpty() && QFileInfo(real).isFile() && QFile::remove(real);
#endif
}

std::unique_ptr<QFile> UserFolder::openForReading(const QString &real, QString *error) const
{
    auto file = std::make_unique<QFile>();
#ifdef Q_OS_UNIX
    QString name;
    const int folder = openParent(real, &name);
    const int fd = folder < 0 ? -1
                              : ::openat(folder, QFile::encodeName(name).constData(),
                                         O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (folder >= 0)
        ::close(folder);
    struct stat st;
    if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (fd >= 0)
            ::close(fd);
        *error = QStringLiteral("not a file that can be read");
        return nullptr;
    }
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = file->errorString();
        return nullptr;
    }
#else
    file->setFileName(real);
    if (real.isEmpty() || !QFileInfo(real).isFile() || !file->open(QIODevice::ReadOnly)) {
        *error = file->errorString();
        return nullptr;
    }
#endif
    return file;
}

std::unique_ptr<UserFolder::Upload> UserFolder::beginUpload(const QString &real,
                                                            QString *error) const
{
    std::unique_ptr<Upload> upload(new Upload());
    upload->m_temporary = temporaryName();
#ifdef Q_OS_UNIX
    QString name;
    const int folder = openParent(real, &name);
    if (folder < 0) {
        *error = QStringLiteral("no such folder");
        return nullptr;
    }
    struct stat st;
    if (::fstatat(folder, QFile::encodeName(name).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
        S_ISDIR(st.st_mode)) {
        ::close(folder);
        *error = QStringLiteral("a folder of that name exists");
        return nullptr;
    }
    const int fd = ::openat(folder, QFile::encodeName(upload->m_temporary).constData(),
                            O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0 || !upload->m_file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        if (fd >= 0)
            ::close(fd);
        ::close(folder);
        *error = QStringLiteral("cannot create the file");
        return nullptr;
    }
    upload->m_folder = folder;
    upload->m_target = name;
#else
    upload->m_target = real;
    upload->m_temporary = QFileInfo(real).dir().filePath(upload->m_temporary);
    upload->m_file.setFileName(upload->m_temporary);
    if (QFileInfo(real).isDir() || !upload->m_file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot create the file");
        return nullptr;
    }
#endif
    return upload;
}

UserFolder::Upload::~Upload()
{
    if (!m_done)
        cancel();
}

bool UserFolder::Upload::commit()
{
    if (m_done)
        return false;
    m_done = true;
    const bool written = m_file.flush();
#ifdef Q_OS_UNIX
    const bool synced = written && ::fsync(m_file.handle()) == 0;
    m_file.close();
    // renameat replaces a link at the target with the file; it never writes through it.
    const bool renamed =
        synced && ::renameat(m_folder, QFile::encodeName(m_temporary).constData(), m_folder,
                             QFile::encodeName(m_target).constData()) == 0;
    if (!renamed)
        ::unlinkat(m_folder, QFile::encodeName(m_temporary).constData(), 0);
    ::close(m_folder);
    m_folder = -1;
    return renamed;
#else
    m_file.close();
    QFile::remove(m_target);
    return written && QFile::rename(m_temporary, m_target);
#endif
}

void UserFolder::Upload::cancel()
{
    m_done = true;
    m_file.close();
#ifdef Q_OS_UNIX
    if (m_folder >= 0) {
        ::unlinkat(m_folder, QFile::encodeName(m_temporary).constData(), 0);
        ::close(m_folder);
        m_folder = -1;
    }
#else
    QFile::remove(m_temporary);
#endif
}

} // namespace trustdesk
