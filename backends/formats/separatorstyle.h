#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Mailwarden {

/// Learns how a file separates keys from values, so that a new entry looks like
/// its neighbours: the most common separator ("\t", " = ", ": "), or, when the
/// values line up in a column, padding (tabs or spaces, like the samples) to it.
///
/// A separator is blanks, an optional core ("=", ":") and blanks again.
class SeparatorStyle
{
public:
    explicit SeparatorStyle(QByteArray fallback);

    /// Feeds one existing entry: its key text and the bytes between key and value.
    void addSample(QByteArrayView key, QByteArrayView separator);
    int sampleCount() const { return int(m_samples.size()); }

    /// The separator to write after \a key in a new or edited entry.
    QByteArray separatorFor(QByteArrayView key) const;

    /// Display width of \a text starting at column \a column (tabs to multiples of 8).
    static int width(QByteArrayView text, int column = 0);

private:
    struct Sample {
        QByteArray separator;
        int keyWidth = 0;
        int column = 0; ///< where the value starts
    };
    QByteArray m_fallback;
    QList<Sample> m_samples;
};

} // namespace Mailwarden
