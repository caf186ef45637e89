#pragma once

#include <QByteArray>
#include <QString>
#include <QTest>

#include <expected>

namespace Mailwarden::Testing {

/// True in CI (CI is set) or with MAILWARDEN_REQUIRE_LAB=1: then everything a
/// test needs (the lab, pflogsumm, ../shared/corpus, openssl, swaks) must be
/// there, and a missing one fails the test instead of skipping it.
bool prerequisitesRequired();

/// The bytes of tests/data/\a path; \a error says why when it cannot be read.
QByteArray testData(const QString &path, QString *error);

/// "FILE:LINE:COL: error: …" of a parse result, for QVERIFY2.
template<typename T, typename E>
QByteArray whyNot(const std::expected<T, E> &result)
{
    if (result)
        return {};
    if constexpr (requires { result.error().toString(); })
        return result.error().toString().toUtf8();
    else
        return QString(result.error()).toUtf8();
}

/// The document of a parse result, or — recording a failure of the running
/// test function, not aborting the whole program — an empty one. For helpers
/// whose callers use the document in an expression; \a file and \a line are
/// the caller's (use MW_PARSED_OR_FAIL).
template<typename Doc, typename E>
Doc parsedOrFail(std::expected<Doc, E> result, const char *file, int line)
{
    if (result)
        return std::move(*result);
    QTest::qFail(whyNot(result).constData(), file, line);
    return Doc();
}

} // namespace Mailwarden::Testing

#define MW_PARSED_OR_FAIL(expr) Mailwarden::Testing::parsedOrFail((expr), __FILE__, __LINE__)

/// Skips the test with \a reason, or fails it where prerequisites are required.
#define MW_SKIP_OR_FAIL(reason)                                                                                        \
    do {                                                                                                               \
        const QString mwReason_ = (reason);                                                                            \
        if (Mailwarden::Testing::prerequisitesRequired())                                                              \
            QFAIL(qPrintable(mwReason_ + QStringLiteral(" (required here: CI or MAILWARDEN_REQUIRE_LAB is set)")));    \
        QSKIP(qPrintable(mwReason_));                                                                                  \
    } while (false)

/// Declares \a var with the bytes of tests/data/\a path, or fails the row.
#define MW_TEST_DATA(var, path)                                                                                        \
    QString var##Error_;                                                                                               \
    const QByteArray var = Mailwarden::Testing::testData((path), &var##Error_);                                        \
    QVERIFY2(var##Error_.isEmpty(), qPrintable(var##Error_))

/// Declares \a var as the document \a expr parses to (a std::expected), or fails the row with its error.
#define MW_PARSED(var, expr)                                                                                           \
    auto var##Parsed_ = (expr);                                                                                        \
    QVERIFY2(var##Parsed_, Mailwarden::Testing::whyNot(var##Parsed_).constData());                                     \
    auto &var = *var##Parsed_
