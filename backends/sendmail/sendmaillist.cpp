#include "sendmaillist.h"

#include "core/tr.h"
#include "formats/logicallinesplitter.h"
#include "formats/validators.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace Mailwarden {

namespace {

struct Word {
    qsizetype begin = 0, end = 0;
};

QList<Word> wordsOf(QByteArrayView text)
{
    QList<Word> words;
    qsizetype i = Bytes::skipSpace(text, 0);
    while (i < text.size()) {
        const qsizetype end = Bytes::skipNonSpace(text, i);
        words.append(Word {i, end});
        i = Bytes::skipSpace(text, end);
    }
    return words;
}

bool isHostMember(QByteArrayView word)
{
    if (word.startsWith('[') && word.endsWith(']'))
        return Validators::isIPAddress(word.sliced(1, word.size() - 2)) || Validators::isIPAddress(word);
    bool prefix = true; // relay-domains takes IP prefixes such as "10.1"
    for (char c : word)
        prefix = prefix && ((c >= '0' && c <= '9') || c == '.');
    return prefix || Validators::isDomain(word, true) || Validators::isIPAddress(word);
}

} // namespace

std::expected<SendmailList, ParseError> SendmailList::parse(QByteArrayView bytes, const QString &fileName)
{
    LogicalLineOptions options;
    options.continuation = false;
    SendmailList list;
    list.m_doc = splitLogicalLines(bytes.toByteArray(), options);
    list.m_kind = QFileInfo(fileName).fileName().contains(QLatin1String("users")) ? Kind::Users : Kind::Hosts;
    return list;
}

QList<SendmailList::Item> SendmailList::items() const
{
    QList<Item> out;
    int line = 1;
    for (qsizetype i = 0; i < m_doc.size(); line += m_doc.record(i).lineCount, ++i) {
        if (m_doc.kind(i) != quint8(RecordKind::Content))
            continue;
        const QByteArrayView text = m_doc.text(i);
        for (const Word &w : wordsOf(text))
            out.append(Item {text.sliced(w.begin, w.end - w.begin).toByteArray(), line, int(w.begin) + 1});
    }
    return out;
}

bool SendmailList::contains(QByteArrayView word) const
{
    const QList<Item> all = items();
    return std::any_of(
        all.begin(), all.end(), [&](const Item &item) { return item.word.compare(word, Qt::CaseInsensitive) == 0; });
}

bool SendmailList::add(QByteArrayView word)
{
    if (word.isEmpty() || word.front() == '#' || wordsOf(word).size() != 1 || Bytes::trimmed(word) != word
        || contains(word))
        return false;
    qsizetype last = -1;
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) == quint8(RecordKind::Content))
            last = i;
    }
    if (last < 0)
        m_doc.append(word, quint8(RecordKind::Content));
    else
        m_doc.insert(last + 1, word, quint8(RecordKind::Content));
    return true;
}

bool SendmailList::remove(QByteArrayView word)
{
    for (qsizetype i = 0; i < m_doc.size(); ++i) {
        if (m_doc.kind(i) != quint8(RecordKind::Content))
            continue;
        const QByteArrayView text = m_doc.text(i);
        const QList<Word> words = wordsOf(text);
        for (qsizetype w = 0; w < words.size(); ++w) {
            if (text.sliced(words[w].begin, words[w].end - words[w].begin).compare(word, Qt::CaseInsensitive) != 0)
                continue;
            if (words.size() == 1) {
                m_doc.remove(i);
                return true;
            }
            // Take the blanks after the word, or before it when it is the last one.
            const bool last = w + 1 == words.size();
            const qsizetype from = last ? words[w - 1].end : words[w].begin;
            const qsizetype to = last ? words[w].end : words[w + 1].begin;
            m_doc.replace(i, QByteArray(text.first(from).toByteArray() + text.sliced(to).toByteArray()),
                quint8(RecordKind::Content));
            return true;
        }
    }
    return false;
}

QList<Diagnostic> SendmailList::check() const
{
    QList<Diagnostic> out;
    QHash<QByteArray, int> seen;
    for (const Item &item : items()) {
        const QByteArray folded = item.word.toLower();
        if (const auto it = seen.constFind(folded); it != seen.cend()) {
            out.append({item.line, item.column, Diagnostic::Severity::Warning,
                Tr::tr("duplicate \"%1\" (first on line %2)").arg(QString::fromUtf8(item.word)).arg(*it)});
            continue;
        }
        seen.insert(folded, item.line);
        if (m_kind == Kind::Hosts && !isHostMember(item.word))
            out.append({item.line, item.column, Diagnostic::Severity::Warning,
                Tr::tr("\"%1\" is neither a domain nor an IP address").arg(QString::fromUtf8(item.word))});
    }
    return out;
}

} // namespace Mailwarden
