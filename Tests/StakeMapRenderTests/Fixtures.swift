import Testing
@testable import StakeMapRender
