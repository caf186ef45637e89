#pragma once

#include "checkresult.h"

#include <QJsonObject>

namespace Mailwarden::Probes {

/// The CLI's readable report: one section per probe, one line per check
/// with its verdict, evidence and advice; with \a transcripts the SMTP
/// conversation under each check.
QString reportText(const ProbeReport &report, bool transcripts = false);

/// The same report for scripts (and the GUI's export). Verdicts use
/// verdictName(); facts keep their types; transcripts are lists of lines.
QJsonObject reportJson(const ProbeReport &report);

} // namespace Mailwarden::Probes
