using System.Runtime.CompilerServices;
using System.Text;

namespace FollowUp.Api.Tests.Inbound.Mail.Support;

/// <summary>The committed corpus files: read from the build output, written (when regenerating) into the source tree.</summary>
internal static class Corpus
{
    public static string OutputDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Inbound", "Mail", "Corpus");

    public static string SourceDirectory { get; } = Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "Corpus");

    public static byte[] Message(string name) => File.ReadAllBytes(Path.Combine(OutputDirectory, name + ".eml"));

    /// <summary>The sidecar <c>name.expected.txt</c>: the reply text once quotes and signature are gone.</summary>
    public static string ExpectedReply(string name) =>
        File.ReadAllText(Path.Combine(OutputDirectory, name + ".expected.txt"), Encoding.UTF8).ReplaceLineEndings("\n").TrimEnd('\n');

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
