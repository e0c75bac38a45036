import Foundation
import FuzzSupport

// libFuzzer over the Kumu reader (each input read as a .kumu.json file); see scripts/fuzz.
exit(FuzzRunner.run(fileExtension: "kumu.json"))
