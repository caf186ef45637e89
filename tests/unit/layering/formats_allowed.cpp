// Compiled like a file in backends/formats: its own folder and core/ resolve.
#include "core/tr.h"
#include "formats/parseerror.h"

int mwLayeringAllowed()
{
    return 0;
}
