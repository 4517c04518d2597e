using FollowUp.Orchestrations.Retrospectives;
using FollowUp.Storage.Tests.Support;
using FollowUp.Testing;

namespace FollowUp.Storage.Tests.Contracts;

/// <summary>
/// The erasure of <c>POST /api/erasure-requests</c> built from the ports alone: every row that holds the
/// candidate goes, every other candidate's rows stay.
/// </summary>
public abstract class ErasureContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Stores Stores { get; }

    [Fact]
    public async Task Erasure_deletes_every_row_of_the_candidate_and_leaves_other_candidates_alone()
    {
        await RecordCandidateAsync("iv-h1", "Hanako@Example.com");
        await RecordCandidateAsync("iv-h2", "hanako@example.com");
        await RecordCandidateAsync("iv-t1", "taro@example.com");

        await EraseAsync("HANAKO@example.com");

        await AssertGoneAsync("iv-h1", "hanako@example.com");
        await AssertGoneAsync("iv-h2", "hanako@example.com");
        await AssertIntactAsync("iv-t1", "taro@example.com");
    }

    [Fact]
    public async Task Erasing_a_candidate_twice_or_one_never_seen_is_harmless()
    {
        await RecordCandidateAsync("iv-h1", "hanako@example.com");

        await EraseAsync("hanako@example.com");
        await EraseAsync("hanako@example.com");
        await EraseAsync("nobody@example.com");

        await AssertGoneAsync("iv-h1", "hanako@example.com");
    }

    private async Task RecordCandidateAsync(string interviewId, string email)
    {
        var report = Samples.Report(interviewId, email);
        await Stores.Interviews.UpsertAsync(report, Samples.InterviewedAt, None);
        await Stores.Timeline.RecordAsync(Samples.TimelineEntry(interviewId, "thank-you", Samples.InterviewedAt), None);
        await Stores.Timeline.RecordAsync(Samples.TimelineEntry(interviewId, "reply/1", Samples.InterviewedAt.AddHours(1)), None);
        await Stores.Retrospectives.UpsertAsync(RetrospectiveRules.Build(report), None);
        await Stores.InboundMessages.TryRecordAsync($"<{interviewId}@mail.example.com>", interviewId, Samples.InterviewedAt, None);
        await Stores.TalentPool.UpsertAsync(Samples.PoolEntry(email, "declined"), None);
        await Stores.TalentPool.MarkOptedOutAsync(email, Samples.InterviewedAt, None);
    }

    private async Task EraseAsync(string email)
    {
        foreach (var interviewId in await Stores.Interviews.ListIdsByCandidateAsync(email, None))
        {
            await Stores.Timeline.DeleteAsync(interviewId, None);
            await Stores.Retrospectives.DeleteAsync(interviewId, None);
            await Stores.InboundMessages.DeleteForInterviewAsync(interviewId, None);
            await Stores.Interviews.DeleteAsync(interviewId, None);
        }

        await Stores.TalentPool.DeleteAsync(email, None);
    }

    private async Task AssertGoneAsync(string interviewId, string email)
    {
        Assert.Null(await Stores.Interviews.FindAsync(interviewId, None));
        Assert.Empty(await Stores.Interviews.ListIdsByCandidateAsync(email, None));
        Assert.Empty(await Stores.Timeline.ListAsync(interviewId, None));
        Assert.Null(await Stores.Retrospectives.FindAsync(interviewId, None));
        Assert.Null(await Stores.TalentPool.FindAsync(email, None));
        Assert.False(await Stores.TalentPool.IsOptedOutAsync(email, None));

        // Forgotten: the same message id is new again.
        Assert.True(await Stores.InboundMessages.TryRecordAsync($"<{interviewId}@mail.example.com>", interviewId, Samples.InterviewedAt, None));
    }

    private async Task AssertIntactAsync(string interviewId, string email)
    {
        Assert.NotNull(await Stores.Interviews.FindAsync(interviewId, None));
        Assert.Equal([interviewId], await Stores.Interviews.ListIdsByCandidateAsync(email, None));
        Assert.Equal(2, (await Stores.Timeline.ListAsync(interviewId, None)).Count);
        Assert.NotNull(await Stores.Retrospectives.FindAsync(interviewId, None));
        Assert.NotNull(await Stores.TalentPool.FindAsync(email, None));
        Assert.True(await Stores.TalentPool.IsOptedOutAsync(email, None));
        Assert.False(await Stores.InboundMessages.TryRecordAsync($"<{interviewId}@mail.example.com>", interviewId, Samples.InterviewedAt, None));
    }
}

public sealed class InMemoryErasureTests : ErasureContract
{
    protected override Stores Stores { get; } = Stores.InMemory();
}

[Collection(AzuriteTests.Name)]
public sealed class TableErasureTests(AzuriteServer azurite) : ErasureContract
{
    protected override Stores Stores { get; } = Stores.Tables(azurite);
}
