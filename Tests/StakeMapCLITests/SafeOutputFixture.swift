import Foundation

/// A small network with one public, one restricted and one confidential part, for the output tests.
enum SafeOutputFixture {
    static let yaml = """
        stakemap: 1
        title: {en: Safe output}
        sources:
          - {id: src-public, title: Public source}
          - {id: src-secret, title: Secret source}
        actors:
          - {id: alpha, kind: organization, name: Alpha, sources: [src-public]}
          - {id: beta, kind: person, name: Beta}
          - {id: gamma, kind: person, name: Gamma, sensitivity: confidential, sources: [src-secret]}
          - {id: delta, kind: person, name: Delta, sensitivity: restricted}
        ties:
          - {from: alpha, to: beta, kind: met, date: 2024}
          - {from: alpha, to: gamma, kind: met, date: 2024}
          - {from: beta, to: delta, kind: met, date: 2024, sensitivity: confidential}
        events:
          - {id: secret-meeting, kind: meeting, date: 2024-05, participants: [alpha, beta], sensitivity: confidential}
        """

    /// A network with nothing withheld.
    static let open = """
        stakemap: 1
        actors:
          - {id: alpha, kind: organization, name: Alpha}
          - {id: beta, kind: person, name: Beta}
        ties:
          - {from: alpha, to: beta, kind: met, date: 2024}
        """
}
