import Foundation
import FuzzSupport

// libFuzzer over the YAML reader (each input read as a .yaml file); see scripts/fuzz.
exit(FuzzRunner.run(fileExtension: "yaml"))
