import Foundation
import FuzzSupport

// libFuzzer over the GEXF reader (each input read as a .gexf file); see scripts/fuzz.
exit(FuzzRunner.run(fileExtension: "gexf"))
