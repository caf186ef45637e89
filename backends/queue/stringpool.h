#pragma once

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace Mailwarden::Queue {

/// Hands out one shared QString per distinct UTF-8 text, so a reason or
/// sender that repeats in 100,000 messages is held once. It keeps no copy of
/// the bytes as a key (a QHash<QByteArray, QString> did, and the keys' freed
/// blocks stayed scattered between the messages' strings): an open-addressing
/// table of the strings themselves and their hashes. Bounded: it starts over
/// when kMaxStrings are held. Not thread-safe.
class StringPool final
{
public:
    static constexpr qsizetype kMaxStrings = 1 << 16;

    /// The shared string for \a utf8 (a null QString for empty text).
    QString share(QByteArrayView utf8);
    qsizetype size() const { return m_size; }
    /// Forgets every string and frees the table (the strings live on where used).
    void release();

private:
    void grow();

    struct Slot {
        size_t hash = 0;
        QString text; ///< null: the slot is free
    };
    std::vector<Slot> m_slots; ///< a power of two, at most half full
    qsizetype m_size = 0;
};

} // namespace Mailwarden::Queue
