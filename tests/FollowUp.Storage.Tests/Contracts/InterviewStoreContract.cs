using FollowUp.Orchestrations.Interviews;
using FollowUp.Storage.Tests.Support;
using FollowUp.Testing;

namespace FollowUp.Storage.Tests.Contracts;

/// <summary>What every <see cref="Orchestrations.Storage.IInterviewStore"/> must do, checked against each implementation.</summary>
public abstract class InterviewStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Stores Stores { get; }

    [Fact]
    public async Task A_recorded_report_reads_back_unchanged()
    {
        var report = Samples.Report("iv-roundtrip");

        await Stores.Interviews.UpsertAsync(report, Samples.InterviewedAt.AddMinutes(5), None);
        var found = await Stores.Interviews.FindAsync("iv-roundtrip", None);

        Assert.NotNull(found);
        Assert.Equal(Samples.Json(report), Samples.Json(found));
    }

    [Fact]
    public async Task An_unknown_interview_is_not_found()
    {
        var found = await Stores.Interviews.FindAsync("iv-never-recorded", None);

        Assert.Null(found);
    }

    [Fact]
    public async Task Recording_the_same_interview_twice_keeps_one_report_with_the_latest_content()
    {
        var first = Samples.Report("iv-twice", reaction: Reaction.Considering);
        var second = first with { Reaction = Reaction.Proceed };

        await Stores.Interviews.UpsertAsync(first, Samples.InterviewedAt, None);
        await Stores.Interviews.UpsertAsync(second, Samples.InterviewedAt.AddHours(1), None);

        Assert.Equal(["iv-twice"], await Stores.Interviews.ListIdsByCandidateAsync("hanako@example.com", None));
        Assert.Equal(Reaction.Proceed, (await Stores.Interviews.FindAsync("iv-twice", None))?.Reaction);
    }

    [Fact]
    public async Task A_report_longer_than_one_table_property_reads_back_whole()
    {
        var advice = string.Concat(Enumerable.Repeat("面接で話した内容を具体的な数字で示しましょう。😀", 3_000));
        var report = Samples.Report("iv-long") with { Feedback = new InterviewFeedback { Improve = [advice] } };

        await Stores.Interviews.UpsertAsync(report, Samples.InterviewedAt, None);
        var found = await Stores.Interviews.FindAsync("iv-long", None);

        Assert.Equal(advice, Assert.Single(found!.Feedback!.Improve));
    }

    [Fact]
    public async Task A_candidates_interviews_are_listed_whatever_the_case_of_the_address()
    {
        await Stores.Interviews.UpsertAsync(Samples.Report("iv-a1", "Hanako.Yamada@Example.com"), Samples.InterviewedAt, None);
        await Stores.Interviews.UpsertAsync(Samples.Report("iv-a2", "hanako.yamada@example.com"), Samples.InterviewedAt, None);
        await Stores.Interviews.UpsertAsync(Samples.Report("iv-b1", "taro@example.com"), Samples.InterviewedAt, None);

        var ids = await Stores.Interviews.ListIdsByCandidateAsync("HANAKO.YAMADA@example.com", None);

        Assert.Equal(["iv-a1", "iv-a2"], ids);
    }

    [Fact]
    public async Task A_case_is_found_by_its_nonce_until_its_report_is_deleted()
    {
        var report = Samples.Report("iv-nonce") with { CaseNonce = "aabbccddeeff00112233" };
        await Stores.Interviews.UpsertAsync(report, Samples.InterviewedAt, None);

        var found = await Stores.Interviews.FindIdByCaseNonceAsync("aabbccddeeff00112233", None);
        await Stores.Interviews.DeleteAsync("iv-nonce", None);

        Assert.Equal("iv-nonce", found);
        Assert.Null(await Stores.Interviews.FindIdByCaseNonceAsync("aabbccddeeff00112233", None));
        Assert.Null(await Stores.Interviews.FindIdByCaseNonceAsync("00000000000000000000", None));
        Assert.Empty(await Stores.Interviews.ListIdsByCandidateAsync("hanako@example.com", None));
    }

    [Fact]
    public async Task A_deleted_interview_is_gone_and_deleting_it_again_is_harmless()
    {
        await Stores.Interviews.UpsertAsync(Samples.Report("iv-delete"), Samples.InterviewedAt, None);

        await Stores.Interviews.DeleteAsync("iv-delete", None);
        await Stores.Interviews.DeleteAsync("iv-delete", None);

        Assert.Null(await Stores.Interviews.FindAsync("iv-delete", None));
        Assert.Empty(await Stores.Interviews.ListIdsByCandidateAsync("hanako@example.com", None));
    }
}

public sealed class InMemoryInterviewStoreTests : InterviewStoreContract
{
    protected override Stores Stores { get; } = Stores.InMemory();
}

[Collection(AzuriteTests.Name)]
public sealed class TableInterviewStoreTests(AzuriteServer azurite) : InterviewStoreContract
{
    protected override Stores Stores { get; } = Stores.Tables(azurite);
}
