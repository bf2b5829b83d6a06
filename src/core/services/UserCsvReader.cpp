#include "UserCsvReader.h"

#include "../InputError.h"
#include "../domain/CommonName.h"
#include "../domain/NameRules.h"
#include "../x509/Thumbprint.h"

#include <QHash>
#include <QSet>
#include <QStringDecoder>

namespace trustdesk {

namespace {

enum Column
{
    Username,
    FullName,
    HttpsPolicy,
    FtpsPolicy,
    Thumbprints,
    Cns,
    ColumnCount
};

const char *const ColumnNames[ColumnCount] = {"username",    "full_name",   "https_policy",
                                              "ftps_policy", "thumbprints", "cns"};

struct Record
{
    int line = 0;
    QStringList fields;
};

// RFC 4180 records from UTF-8 text: quoted fields may hold commas, quotes ("") and line
// breaks; a record ends at an unquoted CRLF or LF.
class CsvSplitter
{
public:
    CsvSplitter(const QString &text, const QString &what) : m_text(text), m_what(what) {}

    bool next(Record *record)
    {
        record->fields.clear();
        if (m_at >= m_text.size())
            return false;
        record->line = m_line;
        QString field;
        bool quoted = false;
        bool wasQuoted = false;
        for (;;) {
            if (m_at >= m_text.size()) {
                if (quoted)
                    throw InputError(UserCsvReader::tr("%1: line %2: a quoted field is not "
                                                       "closed before the end of the file")
                                         .arg(m_what)
                                         .arg(record->line));
                record->fields << field;
                return true;
            }
            const QChar c = m_text.at(m_at++);
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (m_at < m_text.size() && m_text.at(m_at) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        ++m_at;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == QLatin1Char('\n'))
                        ++m_line;
                    field += c;
                }
            } else if (c == QLatin1Char('"')) {
                if (!field.isEmpty() || wasQuoted)
                    throw InputError(
                        UserCsvReader::tr("%1: line %2: a quote inside an unquoted field (quote "
                                          "the whole field and double the quote: \"\"\")")
                            .arg(m_what)
                            .arg(m_line));
                quoted = wasQuoted = true;
            } else if (c == QLatin1Char(',')) {
                record->fields << field;
                field.clear();
                wasQuoted = false;
            } else if (c == QLatin1Char('\r') && m_at < m_text.size() &&
                       m_text.at(m_at) == QLatin1Char('\n')) {
                continue; // the LF ends the record
            } else if (c == QLatin1Char('\n')) {
                ++m_line;
                record->fields << field;
                return true;
            } else {
                if (wasQuoted)
                    throw InputError(UserCsvReader::tr("%1: line %2: text after a closing "
                                                       "quote")
                                         .arg(m_what)
                                         .arg(m_line));
                field += c;
            }
            if (field.size() > UserCsvReader::MaxFieldLength)
                throw InputError(UserCsvReader::tr("%1: line %2: a field is longer than %3 "
                                                   "characters")
                                     .arg(m_what)
                                     .arg(m_line)
                                     .arg(UserCsvReader::MaxFieldLength));
        }
    }

private:
    const QString &m_text;
    QString m_what;
    qsizetype m_at = 0;
    int m_line = 1;
};

QStringList listOf(const QString &field)
{
    QStringList out;
    for (const QString &item : field.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

} // namespace

QList<ImportedUser> UserCsvReader::read(const QByteArray &data, const QString &what)
{
    if (data.size() > MaxFileBytes)
        throw InputError(tr("%1: larger than %2 MB").arg(what).arg(MaxFileBytes / 1024 / 1024));
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // the byte order mark spreadsheets write
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        throw InputError(tr("%1: not UTF-8 text").arg(what));
    if (text.contains(QChar(0)))
        throw InputError(tr("%1: holds NUL characters; not a CSV file").arg(what));

    CsvSplitter splitter(text, what);
    Record header;
    if (!splitter.next(&header) || (header.fields.size() == 1 && header.fields[0].isEmpty()))
        throw InputError(tr("%1: is empty; the first line names the columns (%2)")
                             .arg(what, QStringLiteral("username,full_name,https_policy,"
                                                       "ftps_policy[,thumbprints][,cns]")));
    int index[ColumnCount];
    std::fill(std::begin(index), std::end(index), -1);
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        int column = -1;
        for (int c = 0; c < ColumnCount; ++c)
            if (name == QLatin1String(ColumnNames[c]))
                column = c;
        if (column < 0)
            throw InputError(tr("%1: line 1: unknown column '%2' (the columns are username, "
                                "full_name, https_policy, ftps_policy, thumbprints, cns)")
                                 .arg(what, header.fields.at(i)));
        if (index[column] >= 0)
            throw InputError(tr("%1: line 1: the column '%2' is named twice").arg(what, name));
        index[column] = i;
    }
    for (int c : {Username, FullName, HttpsPolicy, FtpsPolicy})
        if (index[c] < 0)
            throw InputError(tr("%1: line 1: the column '%2' is missing")
                                 .arg(what, QLatin1String(ColumnNames[c])));

    QList<ImportedUser> out;
    QHash<QString, int> seen; // username key -> line
    Record record;
    while (splitter.next(&record)) {
        if (record.fields.size() == 1 && record.fields[0].trimmed().isEmpty())
            continue; // a blank line
        const auto bad = [&](const QString &problem) {
            return InputError(tr("%1: line %2: %3").arg(what).arg(record.line).arg(problem));
        };
        if (record.fields.size() != header.fields.size())
            throw bad(tr("%1 fields where the header has %2")
                          .arg(record.fields.size())
                          .arg(header.fields.size()));
        const auto field = [&](Column c) {
            return index[c] < 0 ? QString() : record.fields.at(index[c]).trimmed();
        };
        ImportedUser user;
        user.line = record.line;
        UserProfile &p = user.profile;
        p.username = field(Username);
        p.fullName = field(FullName);
        try {
            NameRules::validate(tr("username"), p.username);
        } catch (const InputError &problem) {
            throw bad(problem.message());
        }
        if (CommonName::hasControlCharacter(p.fullName) || p.fullName.size() > 256)
            throw bad(tr("the full name of '%1' has control characters or more than 256 "
                         "characters")
                          .arg(p.username));
        const auto policy = [&](Column c) {
            const auto parsed = UserProfile::policyFromText(field(c).toLower());
            if (!parsed)
                throw bad(tr("%1 '%2' is not one of password, certificate, password+certificate")
                              .arg(QLatin1String(ColumnNames[c]), field(c)));
            return *parsed;
        };
        p.httpsPolicy = policy(HttpsPolicy);
        p.ftpsPolicy = policy(FtpsPolicy);
        for (const QString &tp : listOf(field(Thumbprints))) {
            const auto parsed = Thumbprint::fromText(tp);
            if (!parsed)
                throw bad(tr("'%1' is not a thumbprint (40 hexadecimal digits)").arg(tp));
            if (!p.thumbprints.contains(parsed->key()))
                p.thumbprints << parsed->key();
        }
        for (const QString &cn : listOf(field(Cns))) {
            if (CommonName::hasControlCharacter(cn) || CommonName::hasFormatCharacter(cn) ||
                cn.size() > 256)
                throw bad(tr("the CN '%1' has control or invisible characters, or more than 256 "
                             "characters")
                              .arg(cn));
            if (!std::any_of(p.commonNames.begin(), p.commonNames.end(),
                             [&](const QString &known) { return CommonName::equal(known, cn); }))
                p.commonNames << cn;
        }
        const QString key = p.username.toCaseFolded();
        if (seen.contains(key))
            throw bad(tr("user '%1' is also on line %2 (usernames are compared without case)")
                          .arg(p.username)
                          .arg(seen.value(key)));
        seen.insert(key, record.line);
        out << user;
    }
    return out;
}

} // namespace trustdesk
