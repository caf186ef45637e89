#pragma once

// A server on 127.0.0.1 that floods its client: a prefix, then (optionally after
// the client's first line) the same chunk again and again while the client
// reads, up to a total it never passes, so a test cannot run away either.

#include <QTcpServer>
#include <QTcpSocket>

namespace Mailwarden::Probes::Testing {

class HostileServer : public QTcpServer
{
public:
    struct Flood {
        QByteArray prefix; ///< sent on connection
        QByteArray chunk; ///< repeated forever (up to limit)
        bool afterFirstLine = false; ///< start repeating once the client said something
        qint64 limit = 32 * 1024 * 1024; ///< bytes the server sends at most
    };

    explicit HostileServer(Flood flood) : m_flood(std::move(flood))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setParent(this);
                write(socket, m_flood.prefix);
                const auto more = [this, socket] {
                    if (m_flooding)
                        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 65536
                            && m_sent < m_flood.limit)
                            write(socket, m_flood.chunk);
                };
                connect(socket, &QTcpSocket::bytesWritten, this, more);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, more] {
                    socket->readAll();
                    m_flooding = true;
                    more();
                });
                connect(socket, &QTcpSocket::disconnected, this, [this] { m_clientGone = true; });
                m_flooding = !m_flood.afterFirstLine;
                more();
            }
        });
    }

    quint16 port() const { return serverPort(); }
    qint64 sent() const { return m_sent; }
    qint64 limit() const { return m_flood.limit; }
    bool clientGone() const { return m_clientGone; }

private:
    void write(QTcpSocket *socket, const QByteArray &bytes)
    {
        socket->write(bytes);
        m_sent += bytes.size();
    }

    Flood m_flood;
    qint64 m_sent = 0;
    bool m_flooding = false;
    bool m_clientGone = false;
};

} // namespace Mailwarden::Probes::Testing
