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

    /// <summary>
    /// How long a queue message taken by a host that then crashed stays invisible before it is tried
    /// again. Running work renews it, so this bounds only the recovery after a crash (Azure's default is
    /// 5 minutes; a laptop wants its playbook back sooner).
    /// </summary>
    public TimeSpan MessageVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Fault injection for crash tests: how long each email activity stays open after the message went out. Zero in normal use.</summary>
    public TimeSpan DelayAfterEmailSent { get; set; } = TimeSpan.Zero;
}
