#include "postqueuejson.h"

#include "core/tr.h"

namespace Mailwarden::Queue {

// The scanner over one line. Errors stop it: the first one is kept.
class JsonLineScanner final
{
public:
    JsonLineScanner(PostqueueJsonParser &parser, QByteArrayView line)
        : m_parser(parser), m_begin(line.data()), m_p(line.data()), m_end(line.data() + line.size())
    {
    }

    std::expected<QueueMessage, PostqueueJsonParser::Error> message()
    {
        QueueMessage message;
        bool haveId = false;
        object([&](QByteArrayView key) {
            // Values are read as views into the line (decoded only when
            // escaped): a temporary per field would leave holes between the
            // strings the messages keep.
            if (key == "queue_name") {
                QByteArray decoded;
                QByteArrayView name;
                if (stringView(name, decoded))
                    message.queue = queueFromKey(name);
            } else if (key == "queue_id") {
                QByteArray decoded;
                QByteArrayView id;
                if (stringView(id, decoded)) {
                    message.id = QString::fromUtf8(id);
                    haveId = !message.id.isEmpty();
                }
            } else if (key == "arrival_time") {
                integer(message.arrival);
            } else if (key == "message_size") {
                integer(message.size);
            } else if (key == "forced_expire" || key == "force_expired") {
                boolean(message.forcedExpire);
            } else if (key == "sender") {
                message.sender = internedString();
            } else if (key == "recipients") {
                // Gathered in the parser's list, then copied at their exact
                // size: one allocation per message, no spare room to trim.
                QList<QueueRecipient> &recipients = m_parser.m_recipients;
                recipients.resize(0);
                array([&] {
                    QueueRecipient recipient;
                    object([&](QByteArrayView field) {
                        if (field == "address")
                            recipient.address = internedString();
                        else if (field == "delay_reason")
                            recipient.reason = internedString();
                        else
                            skipValue(0);
                    });
                    recipients.append(std::move(recipient));
                });
                message.recipients = QList<QueueRecipient>(recipients.cbegin(), recipients.cend());
                recipients.resize(0);
            } else {
                skipValue(0);
            }
        });
        skipSpace();
        if (!m_error && m_p != m_end)
            fail(Tr::tr("text after the end of the message's object"));
        if (!m_error && !haveId)
            fail(Tr::tr("the message has no queue_id"));
        if (m_error)
            return std::unexpected(*m_error);
        return message;
    }

private:
    static constexpr int kMaxDepth = 32;

    void fail(const QString &message)
    {
        if (!m_error)
            m_error = PostqueueJsonParser::Error {qsizetype(m_p - m_begin) + 1, message};
        m_p = m_end;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'))
            ++m_p;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    bool expect(char c)
    {
        if (take(c))
            return true;
        fail(m_p < m_end ? Tr::tr("expected '%1' but found '%2'").arg(QLatin1Char(c)).arg(QLatin1Char(*m_p))
                         : Tr::tr("the line ends in the middle of the message (expected '%1')").arg(QLatin1Char(c)));
        return false;
    }

    // '{' "key" ':' value (',' "key" ':' value)* '}'; \a member reads each value.
    template<typename F>
    void object(F &&member)
    {
        if (!expect('{'))
            return;
        if (take('}'))
            return;
        do {
            QByteArray decoded;
            QByteArrayView key;
            if (!stringView(key, decoded) || !expect(':'))
                return;
            member(key);
            if (m_error)
                return;
        } while (take(','));
        expect('}');
    }

    template<typename F>
    void array(F &&element)
    {
        if (!expect('['))
            return;
        if (take(']'))
            return;
        do {
            element();
            if (m_error)
                return;
        } while (take(','));
        expect(']');
    }

    // A JSON string into \a out as UTF-8. Postfix escapes control characters
    // and replaces bad UTF-8 by '?', so raw control bytes mean a broken line.
    QString internedString()
    {
        QByteArray decoded;
        QByteArrayView view;
        if (!stringView(view, decoded))
            return {};
        return m_parser.intern(view);
    }

    // \a view: the string's text, a view into the line; a string with
    // escapes is decoded into \a decoded and \a view shows that.
    bool stringView(QByteArrayView &view, QByteArray &decoded)
    {
        if (!expect('"'))
            return false;
        const char *start = m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\' && uchar(*m_p) >= 0x20)
            ++m_p;
        if (m_p < m_end && *m_p == '"') {
            view = QByteArrayView(start, m_p - start);
            ++m_p;
            return true;
        }
        decoded = QByteArray(start, m_p - start);
        while (m_p < m_end) {
            const char c = *m_p++;
            if (c == '"') {
                view = decoded;
                return true;
            }
            if (uchar(c) < 0x20) {
                --m_p;
                fail(Tr::tr("a control character inside a string"));
                return false;
            }
            if (c != '\\') {
                decoded.append(c);
                continue;
            }
            if (m_p == m_end)
                break;
            switch (const char e = *m_p++) {
            case '"':
            case '\\':
            case '/':
                decoded.append(e);
                break;
            case 'b':
                decoded.append('\b');
                break;
            case 'f':
                decoded.append('\f');
                break;
            case 'n':
                decoded.append('\n');
                break;
            case 'r':
                decoded.append('\r');
                break;
            case 't':
                decoded.append('\t');
                break;
            case 'u':
                if (!unicodeEscape(decoded))
                    return false;
                break;
            default:
                --m_p;
                fail(Tr::tr("an unknown escape '\\%1' in a string").arg(QLatin1Char(e)));
                return false;
            }
        }
        fail(Tr::tr("a string that does not end"));
        return false;
    }

    bool hex4(char32_t &value)
    {
        if (m_end - m_p < 4) {
            fail(Tr::tr("a \\u escape with fewer than four hex digits"));
            return false;
        }
        value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p;
            int digit = -1;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0) {
                fail(Tr::tr("a \\u escape with fewer than four hex digits"));
                return false;
            }
            value = value * 16 + char32_t(digit);
            ++m_p;
        }
        return true;
    }

    bool unicodeEscape(QByteArray &out)
    {
        char32_t code = 0;
        if (!hex4(code))
            return false;
        if (code >= 0xD800 && code <= 0xDBFF && m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
            const char *back = m_p;
            m_p += 2;
            char32_t low = 0;
            if (!hex4(low))
                return false;
            if (low >= 0xDC00 && low <= 0xDFFF)
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            else
                m_p = back; // a lone high surrogate; the next escape is read on its own
        }
        if (code >= 0xD800 && code <= 0xDFFF)
            code = 0xFFFD;
        out.append(QString::fromUcs4(&code, 1).toUtf8());
        return true;
    }

    void integer(qint64 &out)
    {
        skipSpace();
        const bool negative = m_p < m_end && *m_p == '-';
        if (negative)
            ++m_p;
        if (m_p == m_end || *m_p < '0' || *m_p > '9') {
            fail(Tr::tr("expected a number"));
            return;
        }
        qint64 value = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            if (value > (std::numeric_limits<qint64>::max() - 9) / 10) {
                fail(Tr::tr("a number too large"));
                return;
            }
            value = value * 10 + (*m_p++ - '0');
        }
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E')) {
            fail(Tr::tr("expected a whole number"));
            return;
        }
        out = negative ? -value : value;
    }

    void boolean(bool &out)
    {
        skipSpace();
        if (literal("true"))
            out = true;
        else if (literal("false"))
            out = false;
        else
            fail(Tr::tr("expected true or false"));
    }

    bool literal(QByteArrayView word)
    {
        if (QByteArrayView(m_p, m_end - m_p).startsWith(word)) {
            m_p += word.size();
            return true;
        }
        return false;
    }

    // Any JSON value, for keys this reader does not use; nesting is bounded.
    void skipValue(int depth)
    {
        if (depth > kMaxDepth) {
            fail(Tr::tr("values nested too deeply"));
            return;
        }
        skipSpace();
        if (m_p == m_end) {
            fail(Tr::tr("the line ends where a value should be"));
            return;
        }
        switch (*m_p) {
        case '{':
            object([&](QByteArrayView) { skipValue(depth + 1); });
            return;
        case '[':
            array([&] { skipValue(depth + 1); });
            return;
        case '"': {
            QByteArray decoded;
            QByteArrayView ignored;
            stringView(ignored, decoded);
            return;
        }
        default:
            break;
        }
        if (literal("true") || literal("false") || literal("null"))
            return;
        const char *start = m_p;
        while (m_p < m_end
            && (std::isdigit(uchar(*m_p)) || *m_p == '-' || *m_p == '+' || *m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            ++m_p;
        if (m_p == start)
            fail(Tr::tr("expected a value"));
    }

    PostqueueJsonParser &m_parser;
    const char *m_begin;
    const char *m_p;
    const char *m_end;
    std::optional<PostqueueJsonParser::Error> m_error;
};

std::expected<QueueMessage, PostqueueJsonParser::Error> PostqueueJsonParser::parseLine(QByteArrayView line)
{
    return JsonLineScanner(*this, line).message();
}

QString PostqueueJsonParser::intern(QByteArrayView utf8)
{
    return m_strings.share(utf8);
}

} // namespace Mailwarden::Queue
