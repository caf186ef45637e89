#pragma once

#include <QByteArrayView>

namespace Mailwarden {

/// The built-in Postfix parameter names of backends/postfix/data/postconf-parameters.txt,
/// sorted; generated at configure time (see postfixknownparameters.cpp.in).
bool isBuiltinPostfixParameter(QByteArrayView name);

} // namespace Mailwarden
