// displayText(): what servers and hosts send, made safe for a terminal or a label.
#include "core/displaytext.h"

#include <QTest>

using namespace Mailwarden;

class TestDisplayText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void strips_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("join");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const QString &in, bool join, const QString &out) {
            QTest::newRow(name) << in << join << out;
        };
        row("plain", QStringLiteral("220 mx.example ESMTP Postfix"), false,
            QStringLiteral("220 mx.example ESMTP Postfix"));
        row("umlauts stay", QStringLiteral("CN=Müller GmbH"), false, QStringLiteral("CN=Müller GmbH"));
        row("tab stays", QStringLiteral("a\tb"), false, QStringLiteral("a\tb"));
        row("newline kept", QStringLiteral("a\nb"), false, QStringLiteral("a\nb"));
        row("newline joined", QStringLiteral("a\r\nb"), true, QStringLiteral("a  b"));
        row("carriage return", QStringLiteral("250 ok\rFAKE"), false, QStringLiteral("250 okFAKE"));
        row("csi colour", QStringLiteral("\x1b[31mred\x1b[0m"), false, QStringLiteral("red"));
        row("csi clear screen", QStringLiteral("x\x1b[2J\x1b[Hy"), false, QStringLiteral("xy"));
        row("osc title bel", QStringLiteral("a\x1b]0;pwned\x07z"), false, QStringLiteral("az"));
        row("osc hyperlink st", QStringLiteral("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\"), false,
            QStringLiteral("link"));
        row("two-byte esc",
            QStringLiteral("a\x1b"
                           "cb"),
            false, QStringLiteral("ab"));
        row("esc at end", QStringLiteral("a\x1b"), false, QStringLiteral("a"));
        row("unterminated csi", QStringLiteral("a\x1b[123"), false, QStringLiteral("a"));
        row("8-bit csi", QStringLiteral("a") + QChar(0x9b) + QStringLiteral("31mb"), false, QStringLiteral("ab"));
        row("c1 control", QStringLiteral("a") + QChar(0x85) + QStringLiteral("b"), false, QStringLiteral("ab"));
        row("bell backspace nul del",
            QStringLiteral("a\x07\x08") + QChar(0)
                + QStringLiteral("\x7f"
                                 "b"),
            false, QStringLiteral("ab"));
        row("bidi override", QStringLiteral("evil") + QChar(0x202e) + QStringLiteral("txt") + QChar(0x2066), false,
            QStringLiteral("eviltxt"));
    }
    void strips()
    {
        QFETCH(QString, input);
        QFETCH(bool, join);
        QFETCH(QString, expected);
        QCOMPARE(displayText(input, join ? LineBreaks::Join : LineBreaks::Keep), expected);
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
