// Compiled like a file in backends/formats: remote/ is a higher layer, so this
// include must not resolve (the test expects exactly that compile error).
#include "formats/parseerror.h"
#include "remote/host.h"

int mwLayeringForbidden()
{
    return 0;
}
