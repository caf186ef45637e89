#include "tlsprobe.h"

#include "certificatechecks.h"
#include "core/tr.h"
#include "tlsciphers.h"

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
    if (m_settings.endpoint.implicitTls) {
        // SMTPS: the first connection is encrypted from its first byte.
        m_settings.endpoint.implicitTls = QSslConfiguration::defaultConfiguration();
        openConnection(Greet::Ehlo, [this] {
            m_bannerName = greetingName(m_greeting);
            m_starttls = true;
            m_authAfter = m_caps.authMechanisms();
            afterMainHandshake();
        });
        return;
    }
    openConnection(Greet::Ehlo, [this] {
        m_bannerName = greetingName(m_greeting);
        m_starttls = m_caps.has("STARTTLS");
        m_authBefore = m_caps.authMechanisms();
        if (!m_starttls) {
            m_mainTranscript = m_client->transcript();
            m_client->quit([this](const SmtpOutcome &) { evaluate(); });
            return;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        m_client->startTls(config, [this](const SmtpOutcome &outcome) {
            if (!outcome || outcome->code != 220) {
                m_handshakeError
                    = outcome ? Tr::tr("STARTTLS refused: %1").arg(outcome->summary()) : outcome.error().message;
                m_mainTranscript = m_client->transcript();
                m_client->abort();
                m_versions = allTlsVersions();
                return tryVersion(0);
            }
            // RFC 3207: forget what was said before TLS and greet again.
            send("EHLO " + m_settings.heloName, [this](const SmtpOutcome &ehlo) {
                if (ehlo && ehlo->isPositive())
                    m_authAfter = EhloCapabilities::fromReply(*ehlo).authMechanisms();
                afterMainHandshake();
            });
        });
    });
}

void TlsProbe::openTls(const QSslConfiguration &configuration, const std::function<void()> &encrypted,
    const std::function<void(const SmtpError &why)> &failed)
{
    if (m_settings.endpoint.implicitTls) {
        m_settings.endpoint.implicitTls = configuration;
        return openConnection(Greet::None, encrypted, failed);
    }
    openConnection(
        Greet::Ehlo,
        [=, this] {
            if (!m_caps.has("STARTTLS"))
                return failed({SmtpError::Kind::Refused, Tr::tr("STARTTLS is not offered on this connection")});
            m_client->startTls(configuration, [=](const SmtpOutcome &outcome) {
                if (outcome && outcome->code == 220)
                    return encrypted();
                failed(outcome ? SmtpError {SmtpError::Kind::Refused, outcome->summary()} : outcome.error());
            });
        },
        failed);
}

void TlsProbe::afterMainHandshake()
{
    m_handshake = true;
    const QSslSocket *socket = m_client->socket();
    m_cipher = socket->sessionCipher();
    m_ephemeralKey = socket->sslConfiguration().ephemeralServerKey();
    m_chain = socket->peerCertificateChain();
    m_sslErrors = m_client->sslErrors();
    m_client->quit([this](const SmtpOutcome &) {
        m_mainTranscript = m_client->transcript();
        m_versions = allTlsVersions();
        tryVersion(0);
    });
}

void TlsProbe::tryHandshake(
    const QSslConfiguration &configuration, const std::function<void(Handshake, const QString &detail)> &done)
{
    auto *offer = new TlsOfferCheck(this);
    offer->check(configuration, [=, this](bool offered) {
        offer->deleteLater();
        if (!offered)
            return done(Handshake::Unoffered, {});
        openTls(
            configuration,
            [=, this] {
                const QString negotiated = m_client->socket()->sessionCipher().name();
                m_client->quit();
                done(Handshake::Accepted, negotiated);
            },
            [=](const SmtpError &why) {
                done(why.kind == SmtpError::Kind::Tls ? Handshake::Refused : Handshake::Failed, why.message);
            });
    });
}

void TlsProbe::tryVersion(qsizetype index)
{
    if (index >= m_versions.size())
        return m_handshake && !m_settings.tlsVersionsOnly ? scanCiphers(0) : evaluate();
    const TlsVersion version = m_versions[index];
    tryHandshake(tlsConfigurationFor(version), [=, this](Handshake result, const QString &detail) {
        switch (result) {
        case Handshake::Unoffered:
            return versionDone(index, TlsFindings::Version::Untested,
                Tr::tr("untested: this machine's TLS library will not offer %1").arg(tlsVersionName(version)), {});
        case Handshake::Accepted:
            return versionDone(
                index, TlsFindings::Version::Accepted, Tr::tr("accepted (%1)").arg(detail), m_client->transcript());
        case Handshake::Refused:
            return versionDone(
                index, TlsFindings::Version::Refused, Tr::tr("refused: %1").arg(detail), m_client->transcript());
        case Handshake::Failed:
            return versionDone(
                index, TlsFindings::Version::Untested, Tr::tr("untested: %1").arg(detail), m_client->transcript());
        }
    });
}

void TlsProbe::scanCiphers(qsizetype index)
{
    if (index >= m_versions.size()) {
        // The groups are tried with the newest version the server accepts.
        const auto accepted = [this](TlsVersion v) {
            return m_versionResults.value(tlsVersionId(v)) == TlsFindings::Version::Accepted;
        };
        if (accepted(TlsVersion::V1_3) || accepted(TlsVersion::V1_2)) {
            m_groupVersion = accepted(TlsVersion::V1_3) ? TlsVersion::V1_3 : TlsVersion::V1_2;
            m_groupCandidates = keyExchangeGroups(m_groupVersion);
        }
        return scanGroups(0);
    }
    const TlsVersion version = m_versions[index];
    const QString id = tlsVersionId(version);
    if (m_versionResults.value(id) != TlsFindings::Version::Accepted)
        return scanCiphers(index + 1);
    if (m_suites[id].size() >= MaxSuitesPerVersion) {
        m_suiteScanStopped[id] = Tr::tr("stopped after %1 suites").arg(MaxSuitesPerVersion);
        return scanCiphers(index + 1);
    }
    openTls(
        cipherScanConfiguration(version, m_suites[id]),
        [=, this] {
            const QString name = m_client->socket()->sessionCipher().name();
            m_client->quit();
            // OpenSSL ends a handshake on a suite it did not offer; this is a second guard.
            if (name.isEmpty() || m_suites[id].contains(name)) {
                m_suiteScanStopped[id] = Tr::tr("the server chose %1 again").arg(name);
                return scanCiphers(index + 1);
            }
            m_suites[id] << name;
            scanCiphers(index);
        },
        [=, this](const SmtpError &why) {
            // A failed handshake is the end of the list; anything else cut it short.
            if (why.kind != SmtpError::Kind::Tls)
                m_suiteScanStopped[id] = why.message;
            scanCiphers(index + 1);
        });
}

void TlsProbe::scanGroups(qsizetype index)
{
    if (index >= m_groupCandidates.size())
        return evaluate();
    const QString group = m_groupCandidates[index];
    tryHandshake(groupScanConfiguration(m_groupVersion, group), [=, this](Handshake result, const QString &) {
        if (result == Handshake::Accepted)
            m_groupsAccepted << group;
        else if (result == Handshake::Refused)
            m_groupsRefused << group;
        else
            m_groupsUntested << group;
        scanGroups(index + 1);
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

    const bool implicit = m_settings.endpoint.implicitTls.has_value();
    CheckResult offered {QStringLiteral("tls.offered"), implicit ? Tr::tr("Implicit TLS (SMTPS)") : Tr::tr("STARTTLS"),
        Verdict::Pass, {}, {}, {}, m_mainTranscript};
    offered.facts = {{QStringLiteral("offered"), m_starttls}, {QStringLiteral("handshake"), m_handshake},
        {QStringLiteral("implicit"), implicit}};
    if (implicit) {
        offered.evidence = Tr::tr("TLS from the first byte works");
    } else if (!m_starttls) {
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
        addCipherChecks(findings);
        addGroupCheck();
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
    } else if (implicit) {
        auth.evidence = m_authAfter.isEmpty()
            ? Tr::tr("AUTH is not offered")
            : Tr::tr("AUTH is offered inside TLS only (%1)").arg(QString::fromLatin1(m_authAfter.join(' ')));
    } else {
        auth.evidence = m_authAfter.isEmpty()
            ? Tr::tr("AUTH is not offered")
            : Tr::tr("AUTH is offered only after STARTTLS (%1)").arg(QString::fromLatin1(m_authAfter.join(' ')));
    }
    if (auth.verdict != Verdict::Pass)
        auth.advice = Tr::tr("Offer AUTH only over TLS: Postfix smtpd_tls_auth_only = yes; Sendmail "
                             "define(`confAUTH_OPTIONS', `p').");
    add(auth);

    if (m_settings.tlsVersionsOnly)
        return done(); // no grade without the suites it weighs
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

void TlsProbe::addCipherChecks(TlsFindings &findings)
{
    for (const TlsVersion v : allTlsVersions()) {
        const QString id = tlsVersionId(v);
        if (!m_suites.contains(id))
            continue;
        const QStringList suites = m_suites.value(id);
        CheckResult c {QStringLiteral("tls.ciphers.") + id, Tr::tr("Cipher suites, %1").arg(tlsVersionName(v)),
            Verdict::Pass, {}, {}, {}, {}};
        QMap<CipherWeakness, QStringList> weak; // by kind, for one line per kind
        QVariantList weakFacts;
        for (const QString &suite : suites) {
            const CipherWeakness w = cipherWeakness(suite);
            if (w == CipherWeakness::None)
                continue;
            weak[w] << suite;
            weakFacts << QVariantMap {{QStringLiteral("suite"), suite}, {QStringLiteral("why"), cipherWeaknessText(w)}};
        }
        for (auto it = weak.cbegin(); it != weak.cend(); ++it) {
            switch (it.key()) {
            case CipherWeakness::NullEncryption:
            case CipherWeakness::Export:
                findings.nullOrExportSuites = true;
                c.verdict = Verdict::Fail;
                break;
            case CipherWeakness::Rc4:
                findings.rc4Suites = true;
                c.verdict = Verdict::Fail;
                break;
            case CipherWeakness::Des:
                findings.desSuites = true;
                c.verdict = std::max(c.verdict, Verdict::Warn);
                break;
            case CipherWeakness::Anonymous:
                findings.anonymousSuites = true;
                c.verdict = std::max(c.verdict, Verdict::Warn);
                break;
            case CipherWeakness::None:
                break;
            }
        }
        c.facts = {{QStringLiteral("suites"), suites}, {QStringLiteral("weak"), weakFacts}};
        c.evidence
            = Tr::tr("%n suite(s) accepted: %1", nullptr, int(suites.size())).arg(suites.join(QLatin1String(", ")));
        for (auto it = weak.cbegin(); it != weak.cend(); ++it)
            c.evidence += QLatin1String("; ")
                + Tr::tr("weak (%1): %2").arg(cipherWeaknessText(it.key()), it.value().join(QLatin1String(", ")));
        if (m_suiteScanStopped.contains(id)) {
            c.facts[QStringLiteral("incomplete")] = m_suiteScanStopped.value(id);
            c.evidence
                += QLatin1String("; ") + Tr::tr("the list may be incomplete: %1").arg(m_suiteScanStopped.value(id));
        }
        if (!weak.isEmpty())
            c.advice = Tr::tr("Exclude the weak suites: Postfix smtpd_tls_exclude_ciphers = aNULL, eNULL, EXPORT, RC4, "
                              "DES, 3DES; Sendmail O CipherList=HIGH:!aNULL:!eNULL:!3DES:!RC4 in sendmail.mc's "
                              "LOCAL_CONFIG. (Anonymous suites only reach clients that do not check the certificate; "
                              "auditors flag them all the same.)");
        add(c);
    }
}

void TlsProbe::addGroupCheck()
{
    if (m_groupCandidates.isEmpty())
        return;
    CheckResult g {QStringLiteral("tls.groups"), Tr::tr("Key exchange groups"), Verdict::Pass, {}, {}, {}, {}};
    g.facts
        = {{QStringLiteral("version"), tlsVersionId(m_groupVersion)}, {QStringLiteral("accepted"), m_groupsAccepted},
            {QStringLiteral("refused"), m_groupsRefused}, {QStringLiteral("untested"), m_groupsUntested}};
    const QString none = Tr::tr("none");
    g.evidence = Tr::tr("with %1: accepted %2; refused %3")
                     .arg(tlsVersionName(m_groupVersion),
                         m_groupsAccepted.isEmpty() ? none : m_groupsAccepted.join(QLatin1String(", ")),
                         m_groupsRefused.isEmpty() ? none : m_groupsRefused.join(QLatin1String(", ")));
    if (!m_groupsUntested.isEmpty())
        g.evidence += QLatin1String("; ")
            + Tr::tr("untested (this machine's TLS library lacks them): %1")
                  .arg(m_groupsUntested.join(QLatin1String(", ")));
    if (m_groupsAccepted.isEmpty()) {
        g.verdict = Verdict::Warn;
        g.advice = Tr::tr("No group was accepted alone: the server may need a group this machine cannot offer.");
    }
    add(g);
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
