import StakeMap

extension TextLanguage {
    /// The language's words for gap findings.
    public func gapWording(digits: DigitStyle = .western) -> any GapWording {
        switch self {
        case .en: EnglishGapWording()
        case .ar: ArabicGapWording(digits: digits)
        }
    }

    /// The language's words for mission plans.
    public func planWording(digits: DigitStyle = .western) -> any PlanWording {
        switch self {
        case .en: EnglishPlanWording()
        case .ar: ArabicPlanWording(digits: digits)
        }
    }
}

extension GapWords {
    /// Words in `language`, naming actors and events of `graph` in that language.
    public init(_ language: TextLanguage, digits: DigitStyle = .western, graph: Graph) {
        self.init(wording: language.gapWording(digits: digits), names: Names(graph: graph, language: language.rawValue))
    }
}

extension PlanWords {
    /// Words in `language`, naming actors and events of `graph` in that language.
    public init(_ language: TextLanguage, digits: DigitStyle = .western, graph: Graph) {
        self.init(wording: language.planWording(digits: digits), gapWording: language.gapWording(digits: digits),
                  names: Names(graph: graph, language: language.rawValue))
    }
}
