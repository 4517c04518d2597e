using System.Text.Json;
using System.Text.RegularExpressions;
using FollowUp.Api.Pages;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Storage;

namespace FollowUp.Api.Tests.Unit;

/// <summary>
/// The console names every stage, next action and timeline entry the playbook can produce in both
/// languages: a value added to the playbook without a label would show the team a raw key.
/// </summary>
public sealed partial class AdminConsoleLabelTests
{
    public static TheoryData<string, string> Values()
    {
        var data = new TheoryData<string, string>();
        foreach (var stage in Enum.GetNames<FollowUpStage>())
        {
            data.Add("stages", stage);
        }

        foreach (var action in Enum.GetNames<PlannedAction>())
        {
            data.Add("actions", action);
        }

        foreach (var kind in Enum.GetNames<TimelineEntryKind>())
        {
            data.Add("kinds", kind);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Every_value_the_playbook_produces_has_a_label_in_japanese_and_english(string group, string value)
    {
        // Arrange
        var page = AdminConsole.Html("ja");
        var key = JsonNamingPolicy.CamelCase.ConvertName(value);

        // Act
        var labelled = LabelTables().Matches(page).Count(table => table.Groups["group"].Value == group
            && Regex.IsMatch(table.Groups["body"].Value, $@"(^|[\s,{{]){key}:\s*'"));

        // Assert
        Assert.Equal(2, labelled);
    }

    [Fact]
    public void The_stage_filter_offers_every_stage()
    {
        var stages = StageList().Match(AdminConsole.Html("en")).Groups["list"].Value;

        Assert.All(Enum.GetNames<FollowUpStage>(), stage => Assert.Contains($"'{JsonNamingPolicy.CamelCase.ConvertName(stage)}'", stages, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?<group>stages|actions|kinds):\s*\{(?<body>[^}]*)\}")]
    private static partial Regex LabelTables();

    [GeneratedRegex(@"var STAGES = \[(?<list>[^\]]*)\]")]
    private static partial Regex StageList();
}
