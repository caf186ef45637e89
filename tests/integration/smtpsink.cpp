#include "smtpsink.h"

#include <QTcpSocket>

#include <memory>

namespace Mailwarden::Testing {

SmtpSink::SmtpSink(QByteArray acceptedDomain, QObject *parent)
    : QObject(parent), m_acceptedSuffix('@' + acceptedDomain.toLower() + '>')
{
    connect(&m_server, &QTcpServer::newConnection, this, &SmtpSink::serve);
}

bool SmtpSink::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void SmtpSink::serve()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_transcript += "(connected)\n";
        socket->write("220 sink.lab.test ESMTP\r\n");
        auto inData = std::make_shared<bool>(false);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, inData] {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine().trimmed();
                if (!*inData)
                    m_transcript += line + '\n';
                const QByteArray verb = line.left(4).toUpper();
                if (*inData) {
                    if (line == ".") {
                        *inData = false;
                        ++m_delivered;
                        socket->write("250 2.0.0 taken\r\n");
                    }
                } else if (verb == "EHLO" || verb == "HELO" || verb == "MAIL" || verb == "RSET" || verb == "NOOP") {
                    socket->write("250 ok\r\n");
                } else if (verb == "RCPT") {
                    socket->write(line.toLower().contains(m_acceptedSuffix) ? "250 ok\r\n" : "451 4.7.1 not now\r\n");
                } else if (verb == "DATA") {
                    *inData = true;
                    socket->write("354 go on\r\n");
                } else if (verb == "QUIT") {
                    socket->write("221 bye\r\n");
                    socket->disconnectFromHost();
                } else {
                    socket->write("502 5.5.2 no\r\n");
                }
            }
        });
    }
}

} // namespace Mailwarden::Testing
