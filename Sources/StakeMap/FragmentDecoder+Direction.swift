extension FragmentDecoder {
    /// A tie's `directed: true|false`: the direction a foreign file (GraphML, GEXF) declared for
    /// a tie of an undirected kind, kept through the native format. `true` makes the tie keep its
    /// direction (`Tie.declaredDirected`); `false` is the default, and an error on a kind that is
    /// always directed.
    func directed(_ node: Node, kind: TieKind?) -> Bool? {
        guard let text = reader.string(node, key: "directed") else { return nil }
        switch text {
        case "true": return true
        case "false":
            if let kind, kind.isDirected {
                reader.error(node, "a \(kind.rawValue) tie is always directed", hint: "drop 'directed: false'")
            }
            return nil
        default:
            reader.error(node, "'directed' must be true or false, not '\(text)'")
            return nil
        }
    }
}
