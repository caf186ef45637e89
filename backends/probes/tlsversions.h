#pragma once

#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>

namespace Mailwarden::Probes {

/// The protocol versions the TLS probe tries, each on its own connection.
enum class TlsVersion { V1_0, V1_1, V1_2, V1_3 };

QList<TlsVersion> allTlsVersions();
/// "TLS 1.2"
QString tlsVersionName(TlsVersion version);
/// "1.2", for check ids and JSON
QString tlsVersionId(TlsVersion version);

/// A client configuration that offers exactly \a version. For 1.0 and 1.1
/// OpenSSL's security level is lowered to 0 for this one connection, since
/// OpenSSL 3 refuses them at the default level; the probe only looks.
/// Certificates are not verified here (SmtpClient records the errors).
QSslConfiguration tlsConfigurationFor(TlsVersion version);

/// Whether this machine's TLS library will send a ClientHello with a
/// configuration at all (a version it was built without, a group name it
/// does not know): a QSslSocket with that configuration talks to a listener
/// on 127.0.0.1 that only looks at the first bytes. When it cannot, the
/// probe reports the case as untested, never as refused by the server.
class TlsOfferCheck final : public QObject
{
    Q_OBJECT
public:
    explicit TlsOfferCheck(QObject *parent = nullptr);
    /// \a done runs once with the answer (within ~3 s).
    void check(const QSslConfiguration &configuration, std::function<void(bool offered)> done);

private:
    void finish(bool offered);

    QTcpServer m_server;
    std::function<void(bool)> m_done;
};

} // namespace Mailwarden::Probes
