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
    /// Longest idle wait between storage queue polls; host.json's <c>maxQueuePollingInterval</c>. An idle
    /// host's report waits up to this long on the control queue and again on the work-item queue, so
    /// 0.75 s keeps the same-day email under 2 s; each poll is a storage request (docs/performance.md, section 5).
    /// </summary>
    public TimeSpan QueuePollingInterval { get; set; } = TimeSpan.FromMilliseconds(750);

    /// <summary>
    /// How long a queue message taken by a host that then crashed stays invisible before it is tried
    /// again. Running work renews it, so this bounds only the recovery after a crash (Azure's default is
    /// 5 minutes; a laptop wants its playbook back sooner).
    /// </summary>
    public TimeSpan MessageVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Control queues (partitions) of the task hub; host.json's <c>partitionCount</c>. Each one is polled
    /// and leased even when nothing happens, and one host never needs more than one. Fixed when the task
    /// hub is created: a changed value applies to a new task hub only.
    /// </summary>
    public int PartitionCount { get; set; } = 1;

    /// <summary>Messages taken from a control queue per poll; host.json's <c>controlQueueBatchSize</c>.</summary>
    public int ControlQueueBatchSize { get; set; } = 32;

    /// <summary>
    /// Activities one host runs at once; host.json's <c>maxConcurrentActivityFunctions</c>. FollowUp's
    /// activities wait on storage and email, not on the CPU, so the provider's default (ten per core)
    /// was the bottleneck of a busy hour: with every slot taken the dispatcher sleeps half a second
    /// before it looks again (docs/performance.md, section 1).
    /// </summary>
    public int MaxConcurrentActivities { get; set; } = 50;

    /// <summary>Orchestration episodes one host runs at once; host.json's <c>maxConcurrentOrchestratorFunctions</c>.</summary>
    public int MaxConcurrentOrchestrations { get; set; } = 50;

    /// <summary>Fault injection for crash tests: how long each email activity stays open after the message went out. Zero in normal use.</summary>
    public TimeSpan DelayAfterEmailSent { get; set; } = TimeSpan.Zero;
}
