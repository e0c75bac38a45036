import Foundation
import FuzzSupport

// libFuzzer over the JSON reader (each input read as a .json file); see scripts/fuzz.
exit(FuzzRunner.run(fileExtension: "json"))
