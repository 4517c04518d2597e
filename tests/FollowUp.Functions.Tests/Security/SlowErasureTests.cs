using FollowUp.Orchestrations;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Operations.Erasure;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Storage;
using FollowUp.Testing.InMemory;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace FollowUp.Functions.Tests.Security;

/// <summary>
/// An instance that does not stop in time to be purged leaves the request pending, naming it by id;
/// reading the status finishes it, without the address (which is kept nowhere).
/// </summary>
public sealed class SlowErasureTests : IDisposable
{
    private const string Address = "slow.to.stop@example.com";
    private const string InterviewId = "iv-slow-to-stop";

    private readonly Mock<DurableTaskClient> _durable = new("test");
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddLogging()
        .AddFollowUpPlaybook(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["FollowUp:Privacy:AddressHashKey"] = "slow-erasure-address-hash-key" })
            .Build())
        .AddInMemoryStores()
        .BuildServiceProvider();

    [Fact]
    public async Task A_request_stays_pending_while_an_instance_is_still_running_and_its_status_read_completes_it()
    {
        // Arrange: the instance keeps running past the first purge and has stopped by the second.
        var interviews = _services.GetRequiredService<IInterviewStore>();
        await interviews.UpsertAsync(Report(), DateTimeOffset.UtcNow, CancellationToken.None);
        _durable.Setup(c => c.GetInstanceAsync(InterviewId, It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new OrchestrationMetadata(nameof(FollowUpOrchestrator), InterviewId) { RuntimeStatus = OrchestrationRuntimeStatus.Running });
        _durable.Setup(c => c.WaitForInstanceCompletionAsync(InterviewId, It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new OperationCanceledException());
        _durable.SetupSequence(c => c.PurgeInstanceAsync(InterviewId, It.IsAny<PurgeInstanceOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new PurgeResult(0))
            .ReturnsAsync(new PurgeResult(1));
        var erasures = _services.GetRequiredService<ErasureRequests>();

        // Act
        var submitted = await erasures.SubmitAsync(_durable.Object, Address, CancellationToken.None);
        var stored = await _services.GetRequiredService<IErasureRecords>().FindRequestAsync(submitted.Id, CancellationToken.None);
        var reportWhilePending = await interviews.FindAsync(InterviewId, CancellationToken.None);
        var read = await erasures.GetAsync(_durable.Object, submitted.Id, CancellationToken.None);

        // Assert
        Assert.Equal(ErasureStatus.Pending, submitted.Status);
        Assert.Equal([InterviewId], stored!.RemainingInterviewIds);
        Assert.NotNull(reportWhilePending);
        Assert.Equal(ErasureStatus.Completed, read!.Status);
        Assert.Empty(read.RemainingInterviewIds);
        Assert.Equal(1, read.Removed.Histories);
        Assert.Null(await interviews.FindAsync(InterviewId, CancellationToken.None));
        Assert.DoesNotContain(Address, System.Text.Json.JsonSerializer.Serialize(read), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _services.Dispose();

    private static InterviewReport Report() => new()
    {
        InterviewId = InterviewId,
        InterviewedAt = DateTimeOffset.UtcNow.AddHours(-1),
        Reaction = Reaction.Considering,
        Candidate = new CandidateInfo { Name = "佐藤 花子", Email = Address, TimeZone = "Asia/Tokyo" },
        Owner = new OwnerInfo { Name = "山根 健", Email = "yamane@example.co.jp" },
    };
}
