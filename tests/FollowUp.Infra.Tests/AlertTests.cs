using System.Text.Json;
using System.Text.RegularExpressions;
using FollowUp.Infra.Tests.Infrastructure;
using FollowUp.Orchestrations.Telemetry;

namespace FollowUp.Infra.Tests;

[Collection(CompiledTemplateGroup.Name)]
public sealed partial class AlertTests(CompiledTemplate template)
{
    /// <summary>The log lines the same-day alert matches, as the app writes them (LoggerMessage templates).</summary>
    private static readonly (string Phrase, string SourceFile)[] LoggedPhrases =
    [
        ("report accepted", "orchestrations/FollowUp.Orchestrations/Intake/InterviewIntake.cs"),
        ("sent through", "orchestrations/FollowUp.Orchestrations/Activities/SendEmail.cs"),
        ("not sent, the candidate opted out", "orchestrations/FollowUp.Orchestrations/Activities/SendEmail.cs"),
        ("could not be delivered", "orchestrations/FollowUp.Orchestrations/Playbook/FollowUpRun.cs"),
    ];

    private JsonElement AlertsTemplate => template.ResourcesOfType("Microsoft.Resources/deployments")
        .Select(d => d.GetProperty("properties").GetProperty("template"))
        .Single(t => t.GetRawText().Contains("Microsoft.Insights/scheduledQueryRules", StringComparison.Ordinal));

    /// <summary>Each rule's name and its query, with variable references resolved.</summary>
    private IReadOnlyDictionary<string, string> RuleQueries
    {
        get
        {
            var variables = AlertsTemplate.GetProperty("variables");
            return variables.GetProperty("rules").EnumerateArray().ToDictionary(
                r => r.GetProperty("name").GetString()!,
                r => Resolve(variables, r.GetProperty("query").GetString()!));
        }
    }

    [Fact]
    public void Alerts_watch_delivery_failures_cases_needing_attention_and_a_missing_same_day_email()
    {
        // Act
        var queries = RuleQueries;

        // Assert
        Assert.Equal(3, queries.Count);
        Assert.Contains(queries.Values, q => q.Contains($"\"{MetricNames.DeliveryFailures}\"", StringComparison.Ordinal) && q.Contains("\"permanent\"", StringComparison.Ordinal));
        Assert.Contains(queries.Values, q => q.Contains($"\"{MetricNames.CasesNeedingAttention}\"", StringComparison.Ordinal) && q.Contains("\"Failed\"", StringComparison.Ordinal));
        Assert.Contains(queries.Values, q => q.Contains("\"report accepted\"", StringComparison.Ordinal) && q.Contains("acceptedAt + 5m", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_alert_rule_mails_the_ops_address_and_none_is_deployed_without_one()
    {
        // Arrange
        var rules = template.ResourcesOfType("Microsoft.Insights/scheduledQueryRules").Single();
        var actionGroup = template.ResourcesOfType("Microsoft.Insights/actionGroups").Single();
        var alertsOn = AlertsTemplate.GetProperty("variables").GetProperty("alertsOn").GetString();

        // Act
        var properties = rules.GetProperty("properties");
        var receivers = actionGroup.GetProperty("properties").GetProperty("emailReceivers").EnumerateArray().ToArray();

        // Assert
        Assert.Equal("", template.Parameter("opsEmail").GetProperty("defaultValue").GetString());
        Assert.Equal("[not(empty(parameters('opsEmail')))]", alertsOn);
        Assert.Equal("[variables('alertsOn')]", rules.GetProperty("condition").GetString());
        Assert.Equal("[variables('alertsOn')]", actionGroup.GetProperty("condition").GetString());
        Assert.Equal("[parameters('opsEmail')]", Assert.Single(receivers).GetProperty("emailAddress").GetString());
        Assert.Contains("Microsoft.Insights/actionGroups", Assert.Single(properties.GetProperty("actions").GetProperty("actionGroups").EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.Equal("[parameters('applicationInsightsId')]", Assert.Single(properties.GetProperty("scopes").EnumerateArray()).GetString());
        Assert.Equal("PT5M", properties.GetProperty("evaluationFrequency").GetString());
    }

    [Fact]
    public void Alert_and_workbook_queries_name_only_metrics_and_log_lines_the_app_writes()
    {
        // Arrange
        var metrics = typeof(MetricNames).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        var attributes = typeof(TelemetryAttributes).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        var text = string.Join('\n', RuleQueries.Values) + AlertsTemplate.GetProperty("variables").GetProperty("workbook").GetRawText();

        // Act
        var names = FollowUpName().Matches(text).Select(m => m.Value).Distinct().ToArray();

        // Assert
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.True(metrics.Contains(n) || attributes.Contains(n), $"{n} is neither a metric nor an attribute of the app."));
        Assert.All(metrics, m => Assert.Contains(m, text, StringComparison.Ordinal));
        Assert.All(LoggedPhrases, p =>
        {
            Assert.Contains($"\"{p.Phrase}\"", text, StringComparison.Ordinal);
            Assert.Contains(p.Phrase, File.ReadAllText(Path.Combine(Repository.Root, p.SourceFile)), StringComparison.Ordinal);
        });
    }

    private static string Resolve(JsonElement variables, string expression)
    {
        var reference = VariableReference().Match(expression);
        return reference.Success ? variables.GetProperty(reference.Groups[1].Value).GetString()! : expression;
    }

    [GeneratedRegex(@"^\[variables\('([A-Za-z]+)'\)\]$")]
    private static partial Regex VariableReference();

    [GeneratedRegex(@"followup\.[a-z_]+(?:\.[a-z_]+)*")]
    private static partial Regex FollowUpName();
}
