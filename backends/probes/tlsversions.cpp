#include "tlsversions.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace Mailwarden::Probes {

QList<TlsVersion> allTlsVersions()
{
    return {TlsVersion::V1_0, TlsVersion::V1_1, TlsVersion::V1_2, TlsVersion::V1_3};
}

QString tlsVersionId(TlsVersion version)
{
    switch (version) {
    case TlsVersion::V1_0:
        return QStringLiteral("1.0");
    case TlsVersion::V1_1:
        return QStringLiteral("1.1");
    case TlsVersion::V1_2:
        return QStringLiteral("1.2");
    case TlsVersion::V1_3:
        return QStringLiteral("1.3");
    }
    return {};
}

QString tlsVersionName(TlsVersion version)
{
    return QStringLiteral("TLS %1").arg(tlsVersionId(version));
}

QSslConfiguration tlsConfigurationFor(TlsVersion version)
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    // The old versions are deprecated in Qt as they should be; testing that a
    // server still accepts them is the point here.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    switch (version) {
    case TlsVersion::V1_0:
        c.setProtocol(QSsl::TlsV1_0);
        break;
    case TlsVersion::V1_1:
        c.setProtocol(QSsl::TlsV1_1);
        break;
    case TlsVersion::V1_2:
        c.setProtocol(QSsl::TlsV1_2);
        break;
    case TlsVersion::V1_3:
        c.setProtocol(QSsl::TlsV1_3);
        break;
    }
    QT_WARNING_POP
    if (version == TlsVersion::V1_0 || version == TlsVersion::V1_1)
        c.setBackendConfigurationOption("CipherString", QByteArrayLiteral("DEFAULT:@SECLEVEL=0"));
    return c;
}

TlsOfferCheck::TlsOfferCheck(QObject *parent) : QObject(parent) { }

void TlsOfferCheck::check(const QSslConfiguration &configuration, std::function<void(bool)> done)
{
    m_done = std::move(done);
    if (!QSslSocket::supportsSsl() || !m_server.listen(QHostAddress::LocalHost, 0)) {
        finish(false);
        return;
    }
    auto *client = new QSslSocket(this);
    client->setSslConfiguration(configuration);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        QTcpSocket *peer = m_server.nextPendingConnection();
        peer->setParent(this);
        connect(peer, &QTcpSocket::readyRead, this, [this, peer] {
            // 0x16: a TLS handshake record, i.e. the ClientHello went out.
            finish(peer->read(1) == QByteArray(1, 0x16));
        });
    });
    connect(client, &QSslSocket::connected, client, [client] { client->startClientEncryption(); });
    connect(client, &QSslSocket::errorOccurred, this, [this] {
        // Give a ClientHello in flight a moment to arrive before saying no.
        QTimer::singleShot(200, this, [this] { finish(false); });
    });
    QTimer::singleShot(3000, this, [this] { finish(false); });
    client->connectToHost(QHostAddress::LocalHost, m_server.serverPort());
}

void TlsOfferCheck::finish(bool offered)
{
    if (auto done = std::exchange(m_done, {})) {
        m_server.close();
        done(offered);
    }
}

} // namespace Mailwarden::Probes
