namespace FollowUp.Testing;

/// <summary>The clone's root folder, found from the test binaries whatever the working directory.</summary>
public static class RepositoryRoot
{
    private const string Marker = "FollowUp.sln";

    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The nearest folder above the test binaries that holds FollowUp.sln.</summary>
    /// <exception cref="InvalidOperationException">The binaries are not inside a clone.</exception>
    public static string Path => Root.Value;

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, Marker)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds {Marker}.");
    }
}
