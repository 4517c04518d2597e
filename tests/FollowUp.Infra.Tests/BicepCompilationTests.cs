using FollowUp.Infra.Tests.Infrastructure;

namespace FollowUp.Infra.Tests;

[Collection(CompiledTemplateGroup.Name)]
public sealed class BicepCompilationTests(CompiledTemplate template)
{
    [Fact]
    public void Bicep_build_succeeds_without_warnings()
    {
        // Arrange: the fixture ran `bicep build main.bicep --stdout`.

        // Act
        var build = template.Build;

        // Assert
        Assert.True(build.ExitCode == 0, $"bicep build failed ({build.ExitCode}):\n{build.StandardError}");
        Assert.Empty(template.BuildDiagnostics);
    }

    [Fact]
    public async Task Bicep_lint_reports_no_warnings()
    {
        // Arrange
        var files = Directory.GetFiles(Repository.BicepDirectory, "*.bicep", SearchOption.AllDirectories);

        // Act
        var lint = await BicepCli.RunAsync(
            Repository.BicepDirectory, "lint", "--pattern", "**/*.bicep", "--diagnostics-format", "sarif");
        var (documents, diagnostics) = Sarif.Parse(lint.StandardOutput);

        // Assert
        Assert.True(lint.ExitCode == 0, $"bicep lint failed ({lint.ExitCode}):\n{lint.StandardError}");
        Assert.Equal(files.Length, documents);
        Assert.True(diagnostics.Count == 0, string.Join('\n', diagnostics));
    }
}
