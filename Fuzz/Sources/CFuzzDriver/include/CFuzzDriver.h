// libFuzzer's driver entry point (compiler-rt, FuzzerInterface.h). The fuzz targets provide their
// own `main` (SwiftPM names an executable's entry point <Target>_main and links `main` to it), so
// they start libFuzzer through this function instead of libFuzzer's own main.
#pragma once
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
