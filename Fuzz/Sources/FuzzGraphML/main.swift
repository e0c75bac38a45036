import Foundation
import FuzzSupport

// libFuzzer over the GraphML reader (each input read as a .graphml file); see scripts/fuzz.
exit(FuzzRunner.run(fileExtension: "graphml"))
