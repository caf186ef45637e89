#include "certificatechecks.h"

#include "core/tr.h"

namespace Mailwarden::Probes {

namespace {

// A distinguished name as one comparable string (attribute order kept).
QString distinguishedName(const QSslCertificate &c, bool issuer)
{
    QStringList parts;
    const QList<QByteArray> attributes = issuer ? c.issuerInfoAttributes() : c.subjectInfoAttributes();
    for (const QByteArray &a : attributes)
        parts << QString::fromLatin1(a) + QLatin1Char('=')
                + (issuer ? c.issuerInfo(a) : c.subjectInfo(a)).join(QLatin1Char('+'));
    return parts.join(QLatin1String(", "));
}

// The chain in the order the server sent it: each certificate should be
// issued by the next one. A root at the end is allowed (wasted bytes).
CheckResult chainCheck(const QList<QSslCertificate> &chain)
{
    CheckResult check {
        QStringLiteral("tls.cert.chain"), Tr::tr("Certificate chain as sent"), Verdict::Pass, {}, {}, {}, {}};
    QVariantList sent;
    QStringList lines;
    QStringList problems;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const QSslCertificate &c = chain[i];
        sent << QVariantMap {{QStringLiteral("subject"), distinguishedName(c, false)},
            {QStringLiteral("issuer"), distinguishedName(c, true)},
            {QStringLiteral("notAfter"), c.expiryDate().toUTC().toString(Qt::ISODate)},
            {QStringLiteral("selfSigned"), c.isSelfSigned()}};
        lines << Tr::tr("%1: %2 (issued by %3)").arg(i + 1).arg(c.subjectDisplayName(), c.issuerDisplayName());
        if (i + 1 < chain.size() && distinguishedName(c, true) != distinguishedName(chain[i + 1], false))
            problems << Tr::tr("certificate %1 is not issued by certificate %2").arg(i + 1).arg(i + 2);
        if (i > 0 && c.isSelfSigned())
            check.facts[QStringLiteral("rootSent")] = true;
    }
    check.facts[QStringLiteral("certificates")] = sent;
    check.evidence = Tr::tr("%n certificate(s): %1", nullptr, int(chain.size())).arg(lines.join(QLatin1String("; ")));
    if (!problems.isEmpty()) {
        check.verdict = Verdict::Warn;
        check.evidence += QLatin1String("; ") + problems.join(QLatin1String("; "));
        check.advice = Tr::tr("Send the server's certificate first, then each intermediate in order (Postfix "
                              "smtpd_tls_chain_files or a cert file with the chain appended; Sendmail confSERVER_CERT "
                              "with the intermediates after it).");
    } else if (check.facts.contains(QStringLiteral("rootSent"))) {
        check.verdict = Verdict::Info;
        check.evidence += QLatin1String("; ") + Tr::tr("the root is sent too (clients ignore it)");
    }
    return check;
}

} // namespace

QList<CheckResult> certificateChecks(const QList<QSslCertificate> &chain, const QList<QSslError> &sslErrors,
    const QStringList &names, const QDateTime &now, TlsFindings &findings)
{
    QList<CheckResult> checks;
    const auto add = [&checks](const CheckResult &check) { checks.append(check); };
    CheckResult cert {QStringLiteral("tls.cert"), Tr::tr("Certificate"), Verdict::Info, {}, {}, {}, {}};
    if (chain.isEmpty()) {
        cert.verdict = Verdict::Error;
        cert.evidence = Tr::tr("the server sent no certificate");
        add(cert);
        return checks;
    }
    const auto facts = inspectCertificate(chain.first().toDer(), now);
    if (!facts) {
        cert.verdict = Verdict::Error;
        cert.evidence = facts.error();
        add(cert);
        return checks;
    }
    findings.certificateRead = true;
    findings.expired = facts->expired(now) || facts->notYetValid(now);
    findings.weakKey = facts->weakKey();
    findings.weakSignature = facts->weakSignature();
    findings.selfSigned = facts->selfSigned;

    QStringList subjects;
    for (const QSslCertificate &c : chain)
        subjects << c.subjectDisplayName();
    QStringList sans = facts->dnsNames;
    for (const QString &ip : facts->ipAddresses)
        sans << QStringLiteral("IP:%1").arg(ip);
    cert.facts = {{QStringLiteral("subject"), facts->subject}, {QStringLiteral("commonName"), facts->commonName},
        {QStringLiteral("dnsNames"), facts->dnsNames}, {QStringLiteral("ipAddresses"), facts->ipAddresses},
        {QStringLiteral("issuer"), facts->issuer}, {QStringLiteral("keyType"), facts->keyType},
        {QStringLiteral("keyBits"), facts->keyBits}, {QStringLiteral("signatureAlgorithm"), facts->signatureAlgorithm},
        {QStringLiteral("notBefore"), facts->notBefore.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("notAfter"), facts->notAfter.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("daysLeft"), facts->daysLeft}, {QStringLiteral("selfSigned"), facts->selfSigned},
        {QStringLiteral("sha256"), facts->sha256}, {QStringLiteral("chain"), subjects}};
    cert.evidence = Tr::tr("subject %1; SANs %2; issuer %3; %4 %5 bits; %6; valid %7 to %8")
                        .arg(facts->subject, sans.isEmpty() ? Tr::tr("none") : sans.join(QLatin1String(", ")),
                            facts->issuer, facts->keyType)
                        .arg(facts->keyBits)
                        .arg(facts->signatureAlgorithm, facts->notBefore.toUTC().toString(Qt::ISODate),
                            facts->notAfter.toUTC().toString(Qt::ISODate));
    if (findings.weakKey || findings.weakSignature) {
        cert.verdict = Verdict::Warn;
        cert.advice = Tr::tr("Issue a new certificate with an RSA key of 2048 bits or more (or ECDSA P-256) and a "
                             "SHA-256 signature.");
    }
    add(cert);
    add(chainCheck(chain));

    CheckResult expiry {
        QStringLiteral("tls.cert.expiry"), Tr::tr("Certificate validity"), Verdict::Pass, {}, {}, {}, {}};
    expiry.facts = {{QStringLiteral("daysLeft"), facts->daysLeft},
        {QStringLiteral("notAfter"), facts->notAfter.toUTC().toString(Qt::ISODate)}};
    const QString until = facts->notAfter.toUTC().toString(Qt::ISODate);
    const QString renew = Tr::tr("Renew the certificate and reload the MTA.");
    if (facts->notYetValid(now)) {
        expiry.verdict = Verdict::Fail;
        expiry.evidence = Tr::tr("not valid before %1").arg(facts->notBefore.toUTC().toString(Qt::ISODate));
        expiry.advice = Tr::tr("Check the server's clock, or issue a certificate that is valid now.");
    } else if (facts->expired(now)) {
        expiry.verdict = Verdict::Fail;
        expiry.evidence = Tr::tr("expired on %1 (%n day(s) ago)", nullptr, int(-facts->daysLeft)).arg(until);
        expiry.advice = renew;
    } else if (facts->daysLeft < 30) {
        expiry.verdict = Verdict::Warn;
        expiry.evidence = Tr::tr("expires on %1, in %n day(s)", nullptr, int(facts->daysLeft)).arg(until);
        expiry.advice = renew;
    } else {
        expiry.evidence = Tr::tr("valid until %1 (%n day(s) left)", nullptr, int(facts->daysLeft)).arg(until);
    }
    add(expiry);

    // Trust: what the system's CAs say, apart from the name (checked below).
    QStringList problems;
    for (const QSslError &e : std::as_const(sslErrors)) {
        if (e.error() != QSslError::HostNameMismatch && !problems.contains(e.errorString()))
            problems << e.errorString();
    }
    findings.untrusted = !problems.isEmpty();
    CheckResult trust {QStringLiteral("tls.cert.trust"), Tr::tr("Certificate trust"), Verdict::Pass, {}, {}, {}, {}};
    trust.facts = {{QStringLiteral("selfSigned"), facts->selfSigned}, {QStringLiteral("errors"), problems}};
    if (facts->selfSigned) {
        trust.verdict = Verdict::Warn;
        trust.evidence = Tr::tr("self-signed (%1)").arg(facts->subject);
    } else if (findings.untrusted) {
        trust.verdict = Verdict::Warn;
        trust.evidence = Tr::tr("does not verify: %1").arg(problems.join(QLatin1String("; ")));
    } else {
        trust.evidence = Tr::tr("verifies against the system's certificate authorities");
    }
    if (trust.verdict != Verdict::Pass)
        trust.advice = Tr::tr("Fine between hosts you run; for a public MX use a certificate from a public CA "
                              "(e.g. Let's Encrypt) so that DANE/MTA-STS senders can verify it.");
    add(trust);

    QStringList matched;
    QStringList unmatched;
    for (const QString &name : std::as_const(names))
        (facts->matches(name) ? matched : unmatched) << name;
    CheckResult nameCheck {QStringLiteral("tls.cert.name"), Tr::tr("Certificate name"), Verdict::Pass, {}, {}, {}, {}};
    nameCheck.facts = {{QStringLiteral("matched"), matched}, {QStringLiteral("unmatched"), unmatched}};
    findings.nameMismatch = matched.isEmpty();
    if (matched.isEmpty()) {
        nameCheck.verdict = Verdict::Warn;
        nameCheck.evidence = Tr::tr("is for none of %1").arg(names.join(QLatin1String(", ")));
        nameCheck.advice = Tr::tr("Put the server's host name (the one in its greeting and MX record) in the "
                                  "certificate's subjectAltName.");
    } else if (!unmatched.isEmpty()) {
        nameCheck.evidence
            = Tr::tr("matches %1; not %2").arg(matched.join(QLatin1String(", ")), unmatched.join(QLatin1String(", ")));
    } else {
        nameCheck.evidence = Tr::tr("matches %1").arg(matched.join(QLatin1String(", ")));
    }
    add(nameCheck);
    return checks;
}

} // namespace Mailwarden::Probes
