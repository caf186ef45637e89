#include "tlsprobe.h"

#include "certificatechecks.h"
#include "core/tr.h"

#include <QSslSocket>

namespace Mailwarden::Probes {

namespace {

QString keyAlgorithmName(QSsl::KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case QSsl::Rsa:
        return QStringLiteral("RSA");
    case QSsl::Dsa:
        return QStringLiteral("DSA");
    case QSsl::Ec:
        return QStringLiteral("ECDH");
    case QSsl::Dh:
        return QStringLiteral("DH");
    case QSsl::Opaque:
        return QStringLiteral("X25519/X448");
    }
    return {};
}

QStringList toStrings(const QByteArrayList &list)
{
    QStringList out;
    for (const QByteArray &b : list)
        out << QString::fromLatin1(b);
    return out;
}

} // namespace

TlsProbe::TlsProbe(const ProbeSettings &settings, QObject *parent) : SmtpProbe(settings, parent)
{
    m_failedCheckId = QStringLiteral("tls.connection");
}

void TlsProbe::run()
{
    if (!m_now.isValid())
        m_now = QDateTime::currentDateTimeUtc();
    openConnection(Greet::Ehlo, [this] {
        m_bannerName = greetingName(m_greeting);
        m_starttls = m_caps.has("STARTTLS");
        m_authBefore = m_caps.authMechanisms();
        if (!m_starttls) {
            m_mainTranscript = m_client->transcript();
            m_client->quit([this](const SmtpOutcome &) { evaluate(); });
            return;
        }
        const Transcript before = m_client->transcript();
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        m_client->startTls(config, [this, before](const SmtpOutcome &outcome) {
            if (!outcome || outcome->code != 220) {
                m_handshakeError
                    = outcome ? Tr::tr("STARTTLS refused: %1").arg(outcome->summary()) : outcome.error().message;
                m_mainTranscript = m_client->transcript();
                m_client->abort();
                m_versions = allTlsVersions();
                return tryVersion(0);
            }
            afterMainHandshake(before);
        });
    });
}

void TlsProbe::afterMainHandshake(const Transcript &)
{
    m_handshake = true;
    const QSslSocket *socket = m_client->socket();
    m_cipher = socket->sessionCipher();
    m_ephemeralKey = socket->sslConfiguration().ephemeralServerKey();
    m_chain = socket->peerCertificateChain();
    m_sslErrors = m_client->sslErrors();
    // RFC 3207: forget what was said before TLS and greet again.
    send("EHLO " + m_settings.heloName, [this](const SmtpOutcome &ehlo) {
        if (ehlo && ehlo->isPositive())
            m_authAfter = EhloCapabilities::fromReply(*ehlo).authMechanisms();
        m_client->quit([this](const SmtpOutcome &) {
            m_mainTranscript = m_client->transcript();
            m_versions = allTlsVersions();
            tryVersion(0);
        });
    });
}

void TlsProbe::tryVersion(qsizetype index)
{
    if (index >= m_versions.size())
        return evaluate();
    const TlsVersion version = m_versions[index];
    auto *offer = new TlsOfferCheck(this);
    offer->check(version, [=, this](bool offered) {
        offer->deleteLater();
        if (!offered)
            return versionDone(index, TlsFindings::Version::Untested,
                Tr::tr("untested: this machine's TLS library will not offer %1").arg(tlsVersionName(version)), {});
        const auto failed = [=, this](const QString &why) {
            versionDone(index, TlsFindings::Version::Untested, Tr::tr("untested: %1").arg(why), m_client->transcript());
        };
        openConnection(
            Greet::Ehlo,
            [=, this] {
                if (!m_caps.has("STARTTLS"))
                    return failed(Tr::tr("STARTTLS is not offered on this connection"));
                m_client->startTls(tlsConfigurationFor(version), [=, this](const SmtpOutcome &outcome) {
                    if (outcome && outcome->code == 220) {
                        const QString negotiated = m_client->socket()->sessionCipher().name();
                        m_client->quit();
                        return versionDone(index, TlsFindings::Version::Accepted,
                            Tr::tr("accepted (%1)").arg(negotiated), m_client->transcript());
                    }
                    if (!outcome && outcome.error().kind == SmtpError::Kind::Tls)
                        return versionDone(index, TlsFindings::Version::Refused,
                            Tr::tr("refused: %1").arg(outcome.error().message), m_client->transcript());
                    failed(outcome ? outcome->summary() : outcome.error().message);
                });
            },
            failed);
    });
}

void TlsProbe::versionDone(
    qsizetype index, TlsFindings::Version result, const QString &evidence, const Transcript &transcript)
{
    const TlsVersion version = m_versions[index];
    const QString id = tlsVersionId(version);
    const bool old = version == TlsVersion::V1_0 || version == TlsVersion::V1_1;
    CheckResult r {
        QStringLiteral("tls.version.") + id, tlsVersionName(version), Verdict::Pass, evidence, {}, {}, transcript};
    switch (result) {
    case TlsFindings::Version::Accepted:
        r.verdict = old ? Verdict::Warn : Verdict::Pass;
        r.facts[QStringLiteral("result")] = QStringLiteral("accepted");
        if (old)
            r.advice = Tr::tr("Accept TLS 1.2 and newer only: Postfix smtpd_tls_protocols = >=TLSv1.2; Sendmail "
                              "ServerSSLOptions +SSL_OP_NO_TLSv1 +SSL_OP_NO_TLSv1_1.");
        break;
    case TlsFindings::Version::Refused:
        r.verdict = old ? Verdict::Pass : Verdict::Info;
        r.facts[QStringLiteral("result")] = QStringLiteral("refused");
        break;
    case TlsFindings::Version::Untested:
        r.verdict = Verdict::Skipped;
        r.facts[QStringLiteral("result")] = QStringLiteral("untested");
        break;
    }
    m_versionResults[id] = result;
    m_versionChecks[id] = r;
    tryVersion(index + 1);
}

void TlsProbe::evaluate()
{
    TlsFindings findings;
    findings.starttlsOffered = m_starttls;
    findings.handshakeWorked = m_handshake;
    findings.versions = m_versionResults;

    CheckResult offered {
        QStringLiteral("tls.offered"), Tr::tr("STARTTLS"), Verdict::Pass, {}, {}, {}, m_mainTranscript};
    offered.facts = {{QStringLiteral("offered"), m_starttls}, {QStringLiteral("handshake"), m_handshake}};
    if (!m_starttls) {
        offered.verdict = Verdict::Fail;
        offered.evidence = Tr::tr("STARTTLS is not offered: mail to and from this server travels in clear text");
        offered.advice = Tr::tr("Offer STARTTLS with the host's certificate: Postfix smtpd_tls_security_level = may "
                                "with smtpd_tls_chain_files; Sendmail confSERVER_CERT and confSERVER_KEY.");
    } else if (!m_handshake) {
        offered.verdict = Verdict::Fail;
        offered.evidence = Tr::tr("STARTTLS is offered, but TLS does not work: %1").arg(m_handshakeError);
        offered.advice = Tr::tr("Check the server's certificate and key files and its TLS log lines.");
    } else {
        offered.evidence = Tr::tr("offered, and the handshake works");
    }
    add(offered);

    if (m_starttls) {
        for (const TlsVersion v : allTlsVersions()) {
            if (m_versionChecks.contains(tlsVersionId(v)))
                add(m_versionChecks.value(tlsVersionId(v)));
        }
    }

    if (m_handshake) {
        const bool tls13 = m_cipher.protocol() == QSsl::TlsV1_3;
        const QString kx = m_cipher.keyExchangeMethod();
        findings.forwardSecrecy = tls13 || kx.contains(QLatin1String("DH"));
        QString exchange = tls13 ? QStringLiteral("(EC)DHE") : kx;
        // X25519/X448 keys are opaque to Qt and have no length.
        if (!m_ephemeralKey.isNull() && m_ephemeralKey.length() > 0)
            exchange = QStringLiteral("%1 %2 (%3 bits)")
                           .arg(exchange, keyAlgorithmName(m_ephemeralKey.algorithm()))
                           .arg(m_ephemeralKey.length());
        else if (!m_ephemeralKey.isNull())
            exchange = QStringLiteral("%1 %2").arg(exchange, keyAlgorithmName(m_ephemeralKey.algorithm()));
        CheckResult cipher {QStringLiteral("tls.cipher"), Tr::tr("Cipher and key exchange"), Verdict::Pass, {}, {}, {},
            m_mainTranscript};
        cipher.facts = {{QStringLiteral("protocol"), m_cipher.protocolString()},
            {QStringLiteral("cipher"), m_cipher.name()}, {QStringLiteral("keyExchange"), exchange},
            {QStringLiteral("bits"), m_cipher.usedBits()}, {QStringLiteral("forwardSecrecy"), findings.forwardSecrecy}};
        cipher.evidence
            = Tr::tr("%1, %2 (%3 bits), key exchange %4, %5")
                  .arg(m_cipher.protocolString(), m_cipher.name())
                  .arg(m_cipher.usedBits())
                  .arg(exchange, findings.forwardSecrecy ? Tr::tr("forward secrecy") : Tr::tr("NO forward secrecy"));
        if (!findings.forwardSecrecy) {
            cipher.verdict = Verdict::Warn;
            cipher.advice
                = Tr::tr("Prefer ECDHE key exchange: drop static RSA key exchange from the server's ciphers.");
        }
        add(cipher);
        addCertificateChecks(findings);
    }

    CheckResult auth {
        QStringLiteral("auth.plaintext"), Tr::tr("AUTH before TLS"), Verdict::Pass, {}, {}, {}, m_mainTranscript};
    auth.facts = {
        {QStringLiteral("beforeTls"), toStrings(m_authBefore)}, {QStringLiteral("afterTls"), toStrings(m_authAfter)}};
    findings.authBeforeTls = !m_authBefore.isEmpty();
    findings.plaintextAuthBeforeTls = m_authBefore.contains("PLAIN") || m_authBefore.contains("LOGIN");
    const QString mechanisms = QString::fromLatin1(m_authBefore.join(' '));
    if (findings.plaintextAuthBeforeTls) {
        auth.verdict = Verdict::Fail;
        auth.evidence
            = Tr::tr("AUTH %1 is offered before STARTTLS: passwords can be sent in clear text").arg(mechanisms);
    } else if (findings.authBeforeTls) {
        auth.verdict = Verdict::Warn;
        auth.evidence = Tr::tr("AUTH %1 is offered before STARTTLS").arg(mechanisms);
    } else {
        auth.evidence = m_authAfter.isEmpty()
            ? Tr::tr("AUTH is not offered")
            : Tr::tr("AUTH is offered only after STARTTLS (%1)").arg(QString::fromLatin1(m_authAfter.join(' ')));
    }
    if (auth.verdict != Verdict::Pass)
        auth.advice = Tr::tr("Offer AUTH only over TLS: Postfix smtpd_tls_auth_only = yes; Sendmail "
                             "define(`confAUTH_OPTIONS', `p').");
    add(auth);

    const TlsGrade grade = gradeTls(findings);
    CheckResult g {QStringLiteral("tls.grade"), Tr::tr("TLS grade"), Verdict::Pass, {}, {}, {}, {}};
    g.facts = {{QStringLiteral("grade"), QString(grade.letter)}, {QStringLiteral("reasons"), grade.reasons}};
    g.evidence = grade.reasons.isEmpty()
        ? Tr::tr("grade %1").arg(grade.letter)
        : Tr::tr("grade %1: %2").arg(grade.letter).arg(grade.reasons.join(QLatin1String("; ")));
    g.verdict = grade.letter == QLatin1Char('A') ? Verdict::Pass
        : grade.letter >= QLatin1Char('E')       ? Verdict::Fail
                                                 : Verdict::Warn;
    m_results.prepend(g);
    done();
}

void TlsProbe::addCertificateChecks(TlsFindings &findings)
{
    // The name the user asked for and the name the server greets with.
    QStringList names {m_settings.targetName};
    if (!m_bannerName.isEmpty() && !names.contains(m_bannerName, Qt::CaseInsensitive))
        names << m_bannerName;
    for (const CheckResult &check : certificateChecks(m_chain, m_sslErrors, names, m_now, findings))
        add(check);
}

} // namespace Mailwarden::Probes
