@_exported import StakeMap
