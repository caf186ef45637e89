#include "stringpool.h"

#include <QHashFunctions>

#include <utility>

namespace Mailwarden::Queue {

QString StringPool::share(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return {};
    if (m_size >= kMaxStrings) {
        // A hostile listing of all-different strings costs no more than this.
        for (Slot &slot : m_slots)
            slot = Slot();
        m_size = 0;
    }
    if (qsizetype(m_slots.size()) < 2 * (m_size + 1))
        grow();
    const size_t hash = qHash(utf8);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.text.isNull()) {
            slot.hash = hash;
            slot.text = QString::fromUtf8(utf8);
            ++m_size;
            return slot.text;
        }
        if (slot.hash == hash && QAnyStringView::equal(QUtf8StringView(utf8), slot.text))
            return slot.text;
    }
}

void StringPool::grow()
{
    const size_t slots = qMax<size_t>(256, m_slots.size() * 2);
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(slots));
    const size_t mask = m_slots.size() - 1;
    for (Slot &slot : old) {
        if (slot.text.isNull())
            continue;
        size_t i = slot.hash & mask;
        while (!m_slots[i].text.isNull())
            i = (i + 1) & mask;
        m_slots[i] = std::move(slot);
    }
}

void StringPool::release()
{
    m_slots = {};
    m_size = 0;
}

} // namespace Mailwarden::Queue
