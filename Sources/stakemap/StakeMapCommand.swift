import ArgumentParser

/// The `stakemap` command: stakeholder networks for advocacy and peacebuilding work.
@main
struct StakeMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stakemap",
        abstract: "Map, query and render stakeholder networks for advocacy and peacebuilding work.",
        discussion: """
        A network is a native .yaml file (see docs/FORMAT.md) or any importable format, chosen by \
        its extension: .graphml, .json, .csv (a nodes file beside an edges file).

        Start with:
          stakemap validate graphs/libya-wps.yaml
          stakemap stats graphs/libya-wps.yaml
          stakemap centrality graphs/libya-wps.yaml --measure all --top 10
          stakemap render graphs/libya-wps.yaml -o map.svg

        Exit status: 0 success, 1 the input has problems (each printed as FILE:LINE:COLUMN: error: …), \
        2 the output could not be written or a system component is missing, 64 bad usage.
        """,
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self,
            StatsCommand.self,
            CentralityCommand.self,
            CommunitiesCommand.self,
            BrokersCommand.self,
            MetCommand.self,
            PathCommand.self,
            EgoCommand.self,
            CommonCommand.self,
            TimelineCommand.self,
            GapsCommand.self,
            PlanCommand.self,
            RenderCommand.self,
            ConvertCommand.self,
            DiffCommand.self,
            ReportCommand.self,
            AuditCommand.self,
            SuggestCommand.self,
            AddCommand.self,
            ImportCommand.self,
        ]
    )
}
