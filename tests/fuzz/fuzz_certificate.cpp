// libFuzzer target for certificate inspection (what a server hands over in the
// TLS handshake, DER, or a PEM file): inspectCertificate() and matches() must
// never crash (it found two crashes in the glue around OpenSSL: its seeds keep them).
#include "probes/certificatefacts.h"

#include <QSslCertificate>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace Mailwarden::Probes;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC);
    QByteArray der = bytes;
    if (bytes.contains("-----BEGIN")) {
        const QList<QSslCertificate> pem = QSslCertificate::fromData(bytes, QSsl::Pem);
        if (pem.isEmpty())
            return 0;
        der = pem.first().toDer();
    }
    const auto facts = inspectCertificate(der, now);
    if (!facts)
        return 0;
    (void)facts->matches(QStringLiteral("mx.example.test"));
    (void)facts->matches(QStringLiteral("127.0.0.1"));
    (void)facts->weakKey();
    (void)facts->weakSignature();
    return 0;
}
