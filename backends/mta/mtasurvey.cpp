#include "mtasurvey.h"

#include "core/tr.h"
#include "mta.h"
#include "mtacommands.h"
#include "mtaevidence.h"
#include "postfixsurvey.h"
#include "remote/host.h"

namespace Mailwarden {

QByteArray HostSurvey::optionValue(const char *name) const
{
    for (const MtaOption &option : options)
        if (option.name == name)
            return option.value;
    return {};
}

MtaKind HostSurvey::mtaKind() const
{
    return mta ? mta->kind() : MtaKind::Postfix;
}

std::string HostSurvey::postfixSyslogName() const
{
    const QByteArray name = optionValue("syslog_name");
    return name.isEmpty() ? std::string("postfix") : name.toStdString();
}

QByteArray MtaSurvey::script()
{
    return MtaEvidence::probeScript(MtaEvidence::PostfixFacts::Caller) + PostfixSurvey::script();
}

namespace {

using Result = RemoteResult<HostSurvey>;

// The remaining calls for an MTA whose catalogue and options the first round
// trip did not bring: catalogue, then options (each a round trip or two).
QFuture<Result> completeSurvey(Host &host, HostSurvey survey)
{
    return survey.mta->catalogue(host)
        .then([&host, survey](const RemoteResult<QList<CatalogueEntry>> &catalogue) mutable -> QFuture<Result> {
            if (!catalogue)
                return QtFuture::makeReadyValueFuture(Result(std::unexpected(catalogue.error())));
            survey.catalogue = *catalogue;
            survey.roundTrips += 2;
            return survey.mta->options(host).then(
                [survey](const RemoteResult<QList<MtaOption>> &options) mutable -> Result {
                    if (!options)
                        return std::unexpected(options.error());
                    survey.options = *options;
                    survey.roundTrips += 1;
                    return survey;
                });
        })
        .unwrap();
}

// Postfix's catalogue paths that the host's realpath did not cover, resolved
// as Mta::catalogue() resolves them (a second round trip, rare).
QFuture<Result> resolveRemainingLinks(Host &host, HostSurvey survey)
{
    return resolveLinks(host, QtFuture::makeReadyValueFuture(RemoteResult<QList<CatalogueEntry>>(survey.catalogue)))
        .then([survey](const RemoteResult<QList<CatalogueEntry>> &resolved) mutable -> Result {
            if (!resolved)
                return std::unexpected(resolved.error());
            survey.catalogue = *resolved;
            survey.roundTrips += 1;
            return survey;
        });
}

} // namespace

QFuture<RemoteResult<HostSurvey>> MtaSurvey::survey(Host &host, MtaKind profileKind)
{
    Command command = mtaShell(script());
    return host.run(command)
        .then([&host, profileKind](const RemoteResult<CommandResult> &run) -> QFuture<Result> {
            if (!run)
                return QtFuture::makeReadyValueFuture(Result(std::unexpected(run.error())));
            HostSurvey survey;
            survey.roundTrips = 1;
            const qsizetype facts = run->out.indexOf("@@mailwarden ");
            survey.detection = detectMta(
                MtaEvidence::parse(facts < 0 ? QByteArrayView(run->out) : QByteArrayView(run->out).first(facts)));
            const MtaKind kind = profileKind != MtaKind::Unknown ? profileKind : survey.detection.kind;
            survey.mta = MtaRegistry::forKind(kind);
            if (!survey.mta) {
                QString why = Tr::tr("The mail system on this host could not be determined.");
                for (const QString &warning : std::as_const(survey.detection.warnings))
                    why += QLatin1Char('\n') + warning;
                return QtFuture::makeReadyValueFuture(
                    Result(std::unexpected(RemoteError::make(RemoteError::Kind::Io, why))));
            }
            if (kind == MtaKind::Postfix) {
                if (auto postfix = PostfixSurvey::parse(run->out, run->err)) {
                    survey.catalogue = std::move(postfix->catalogue);
                    survey.options = std::move(postfix->options);
                    if (postfix->linksUnresolved)
                        return resolveRemainingLinks(host, std::move(survey));
                    return QtFuture::makeReadyValueFuture(Result(std::move(survey)));
                }
            }
            return completeSurvey(host, std::move(survey));
        })
        .unwrap();
}

} // namespace Mailwarden
