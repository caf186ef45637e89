// MW_SKIP_OR_FAIL: a missing prerequisite skips on a developer's machine and
// fails in CI. ctest runs this twice: without CI (it must pass, skipped) and
// with CI=true (it must fail: WILL_FAIL).
#include "testsupport.h"

class TestSkipOrFail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingPrerequisite() { MW_SKIP_OR_FAIL(QStringLiteral("a prerequisite that is never there")); }
};

QTEST_GUILESS_MAIN(TestSkipOrFail)
#include "tst_skiporfail.moc"
