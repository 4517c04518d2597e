namespace FollowUp.Form.Tests.Support;

/// <summary>Screenshots a person looks at after a run: <c>.data/test-results</c> at the repository root.</summary>
public static class TestResults
{
    public static string PathFor(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Directory.Build.props")))
        {
            directory = directory.Parent;
        }

        var folder = Path.Combine(directory?.FullName ?? Directory.GetCurrentDirectory(), ".data", "test-results");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
