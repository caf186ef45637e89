#include "relaynetworks.h"

#include <QHostAddress>
#include <QList>

namespace Mailwarden::Hardening {

bool networkTooBroad(const QByteArray &item)
{
    QByteArray net = item;
    net.replace('[', "").replace(']', ""); // [::1]/128
    const auto [address, prefix] = QHostAddress::parseSubnet(QString::fromLatin1(net));
    if (address.isNull())
        return false;
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return prefix < 16 && !address.isLoopback();
    if (prefix > 8)
        return false;
    if (prefix < 8)
        return true;
    const quint32 first = address.toIPv4Address() >> 24;
    return first != 10 && first != 127;
}

bool relayKeyTooBroad(QByteArray key, bool sendmail)
{
    if (sendmail) {
        const bool connect = key.toLower().startsWith("connect:");
        if (connect)
            key = key.mid(8);
        else if (key.isEmpty() || key.at(0) < '0' || key.at(0) > '9')
            return false; // From:, To:, domains: not about addresses
    }
    while (key.endsWith('.'))
        key.chop(1);
    if (key.isEmpty())
        return true;
    const QList<QByteArray> octets = key.split('.');
    if (octets.size() > 1)
        return false;
    bool ok = false;
    const int first = octets.first().split('-').first().toInt(&ok);
    return ok && first != 10 && first != 127; // a host name ("localhost") is one host
}

} // namespace Mailwarden::Hardening
