namespace FollowUp.LocalHost;

/// <summary><c>FollowUp:Local</c>: how the local host listens and where it keeps its files.</summary>
public sealed class LocalHostOptions
{
    public const string SectionName = "FollowUp:Local";

    /// <summary>The API and form, same routes as in Azure: <c>http://localhost:7071/api/...</c>.</summary>
    public int HttpPort { get; set; } = 7071;

    /// <summary>The Durable Task gRPC sidecar on loopback; the worker and client of this process connect to it.</summary>
    public int SidecarPort { get; set; } = 7079;

    /// <summary>Generated development secrets and, by default, the outbox.</summary>
    public string DataDirectory { get; set; } = ".data";

    /// <summary>
    /// Longest idle wait between storage queue polls. Short, so a report's same-day email leaves within a
    /// second even when another process scheduled it; each poll costs Azurite a request.
    /// </summary>
    public TimeSpan QueuePollingInterval { get; set; } = TimeSpan.FromSeconds(1);
}
