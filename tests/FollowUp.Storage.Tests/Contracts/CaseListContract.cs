using FollowUp.Orchestrations.Cases;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Storage.Tests.Support;
using FollowUp.Testing;

namespace FollowUp.Storage.Tests.Contracts;

/// <summary>What every <see cref="Orchestrations.Storage.ICaseList"/> must do, checked against each implementation.</summary>
public abstract class CaseListContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Stores Stores { get; }

    [Fact]
    public async Task Cases_list_newest_interview_first_and_page_with_a_continuation_token()
    {
        for (var day = 0; day < 5; day++)
        {
            await PutAsync(Case($"iv-{day}", day));
        }

        var first = await Stores.Cases.ListAsync(new CaseQuery(), null, 2, None);
        var second = await Stores.Cases.ListAsync(new CaseQuery(), first.Continuation, 2, None);
        var third = await Stores.Cases.ListAsync(new CaseQuery(), second.Continuation, 2, None);

        Assert.Equal(["iv-4", "iv-3"], first.Items.Select(c => c.InterviewId));
        Assert.Equal(["iv-2", "iv-1"], second.Items.Select(c => c.InterviewId));
        Assert.Equal(["iv-0"], third.Items.Select(c => c.InterviewId));
        Assert.Null(third.Continuation);
    }

    [Fact]
    public async Task Each_filter_keeps_only_the_cases_it_names()
    {
        await PutAsync(Case("iv-waiting", 0) with { Stage = FollowUpStage.AwaitingReply, NextActionAt = Samples.InterviewedAt.AddDays(2) });
        await PutAsync(Case("iv-declined", 1) with { Stage = FollowUpStage.Declined, Reaction = Reaction.Declined });
        await PutAsync(Case("iv-stuck", 2) with { NeedsAttention = true, OwnerEmail = "Tanaka@Company.example" });
        await PutAsync(Case("iv-late", 3) with { Stage = FollowUpStage.Nurturing, NextActionAt = Samples.InterviewedAt.AddDays(-1) });

        Assert.Equal(["iv-waiting"], await IdsAsync(new CaseQuery(Stage: FollowUpStage.AwaitingReply)));
        Assert.Equal(["iv-declined"], await IdsAsync(new CaseQuery(Reaction: Reaction.Declined)));
        Assert.Equal(["iv-stuck"], await IdsAsync(new CaseQuery(OwnerEmail: "tanaka@company.example")));
        Assert.Equal(["iv-stuck"], await IdsAsync(new CaseQuery(NeedsAttention: true)));
        Assert.Equal(["iv-late"], await IdsAsync(new CaseQuery(OverdueAt: Samples.InterviewedAt)));
        Assert.Equal(["iv-stuck", "iv-declined"], await IdsAsync(new CaseQuery(From: Samples.InterviewedAt.AddDays(1), To: Samples.InterviewedAt.AddDays(3))));
    }

    [Fact]
    public async Task A_change_reads_the_row_it_replaces_and_a_null_change_writes_nothing()
    {
        var row = Case("iv-1", 0);
        await PutAsync(row);

        await Stores.Cases.ChangeAsync("iv-1", row.InterviewedAt, current => current! with { CandidateEmails = current.CandidateEmails + 1 }, None);
        await Stores.Cases.ChangeAsync("iv-1", row.InterviewedAt, _ => null, None);
        var found = await Stores.Cases.FindAsync("iv-1", row.InterviewedAt, None);

        Assert.Equal(2, found!.CandidateEmails);
        Assert.Equal("山田 花子", found.CandidateName);
    }

    [Fact]
    public async Task Changes_racing_on_one_row_are_all_kept()
    {
        var row = Case("iv-1", 0);
        await PutAsync(row);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            Stores.Cases.ChangeAsync("iv-1", row.InterviewedAt, current => current! with { Escalations = current.Escalations + 1 }, None)));

        Assert.Equal(5, (await Stores.Cases.FindAsync("iv-1", row.InterviewedAt, None))!.Escalations);
    }

    [Fact]
    public async Task Deleting_a_case_removes_its_row_and_can_be_repeated()
    {
        await PutAsync(Case("iv-1", 0));
        await PutAsync(Case("iv-2", 1));

        await Stores.Cases.DeleteAsync("iv-1", None);
        await Stores.Cases.DeleteAsync("iv-1", None);

        Assert.Equal(["iv-2"], await IdsAsync(new CaseQuery()));
    }

    [Fact]
    public async Task Reading_all_cases_returns_every_matching_row()
    {
        for (var day = 0; day < 7; day++)
        {
            await PutAsync(Case($"iv-{day}", day) with { Reaction = day % 2 == 0 ? Reaction.Considering : Reaction.Proceed });
        }

        var all = new List<CaseSummary>();
        await foreach (var row in Stores.Cases.ReadAllAsync(new CaseQuery(Reaction: Reaction.Considering), None))
        {
            all.Add(row);
        }

        Assert.Equal(["iv-6", "iv-4", "iv-2", "iv-0"], all.Select(c => c.InterviewId));
    }

    private static CaseSummary Case(string id, int day) => new()
    {
        InterviewId = id,
        CandidateName = "山田 花子",
        OwnerName = "佐藤",
        OwnerEmail = "sato@company.example",
        InterviewedAt = Samples.InterviewedAt.AddDays(day),
        ReportedAt = Samples.InterviewedAt.AddDays(day).AddHours(1),
        Reaction = Reaction.Considering,
        Stage = FollowUpStage.Received,
        CandidateEmails = 1,
    };

    private Task PutAsync(CaseSummary row) => Stores.Cases.ChangeAsync(row.InterviewId, row.InterviewedAt, _ => row, None);

    private async Task<List<string>> IdsAsync(CaseQuery query) =>
        (await Stores.Cases.ListAsync(query, null, 50, None)).Items.Select(c => c.InterviewId).ToList();
}

public sealed class InMemoryCaseListTests : CaseListContract
{
    protected override Stores Stores { get; } = Stores.InMemory();
}

[Collection(AzuriteTests.Name)]
public sealed class TableCaseListTests(AzuriteServer azurite) : CaseListContract
{
    protected override Stores Stores { get; } = Stores.Tables(azurite);
}
