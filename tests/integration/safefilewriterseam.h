#pragma once

// Test seam for SafeFileWriter's fault injection; only tests include this.
#include "remote/safefilewriter.h"

namespace Mailwarden {

/// Makes every SafeFileWriter::write started while it lives pause a few seconds
/// at \a step ("cas", "backup", "upload", "verify", "fsync", "rename"), so a
/// test can cut the connection there.
class SafeFileWriterTestSeam final
{
public:
    explicit SafeFileWriterTestSeam(const QString &step) { SafeFileWriter::setPauseAtStep(step); }
    ~SafeFileWriterTestSeam() { SafeFileWriter::setPauseAtStep({}); }
    SafeFileWriterTestSeam(const SafeFileWriterTestSeam &) = delete;
    SafeFileWriterTestSeam &operator=(const SafeFileWriterTestSeam &) = delete;
};

} // namespace Mailwarden
