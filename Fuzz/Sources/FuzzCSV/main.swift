import Foundation
import FuzzSupport

// libFuzzer over the CSV reader (each input read as a .csv file); see scripts/fuzz.
exit(FuzzRunner.run(fileExtension: "csv"))
