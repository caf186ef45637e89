#pragma once

#include <QByteArrayView>
#include <QString>

namespace Mailwarden {

/// What a host shows of its MTAs: which daemons run and what is configured.
/// Read from the output of MtaDetector's fixed probe ("key=value" lines), so
/// it can be tested without a host. Detection decides on this, never on the
/// mere presence of a program: Postfix, Sendmail and qmail hosts all carry a
/// `sendmail` program, and a stray `postconf` proves nothing (Webmin's known
/// misdetection).
struct MtaEvidence {
    struct Side {
        bool running = false; ///< its queue manager/daemon is a process now
        bool configured = false; ///< its main configuration file exists
        QString version; ///< as the MTA reports it; empty when unknown
        QString configPath; ///< the file that made it "configured"
    };
    Side postfix;
    Side sendmail;
    Side qmail;
    bool processesVisible = false; ///< false when /proc hid the other users' processes
    QString hostName; ///< the kernel's node name (not resolved through DNS)

    /// Reads the probe's lines; unknown keys and malformed lines are ignored.
    static MtaEvidence parse(QByteArrayView probeOutput);

    /// Who prints the postfix.config/postfix.version facts: the probe itself
    /// (one postconf run), or the caller's script, which runs `postconf -d`
    /// anyway and reads them from there (MtaSurvey: one program less).
    enum class PostfixFacts { Probe, Caller };
    /// The fixed POSIX sh program whose output parse() reads. It contains no
    /// user data; it runs as the admin account, without sudo.
    static QByteArray probeScript(PostfixFacts postfixFacts = PostfixFacts::Probe);
};

} // namespace Mailwarden
