#pragma once

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

namespace Mailwarden::Testing {

struct LabHost;

/// mailwarden-cli run as an admin runs it, but in a home of its own (config,
/// data, cache; secrets in the vault with a fixed master password), so a test
/// never reads or changes the machine's own hosts, in the C locale, and with
/// `false` as the editor unless a test gives one. The calling thread's event
/// loop keeps running while the CLI works (a test's SMTP relay answers from it).
class CliRunner
{
public:
    struct Result {
        int exitCode = -1; ///< -1: it did not finish in time
        QByteArray out;
        QByteArray err;
    };

    CliRunner();

    Result run(const QStringList &args, const QByteArray &input = {}, const QString &editor = {}) const;
    /// `hosts add NAME` for \a lab, by its key (\a port: another than the lab host's).
    Result addHost(const QString &name, const LabHost &lab, quint16 port = 0) const;

    /// The private home; files in it by their path relative to it.
    QString home() const { return m_home.path(); }
    QString homeFile(const QString &relative) const { return m_home.filePath(relative); }

private:
    QTemporaryDir m_home;
};

} // namespace Mailwarden::Testing
