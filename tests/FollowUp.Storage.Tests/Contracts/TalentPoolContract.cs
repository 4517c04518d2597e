using FollowUp.Storage.Tests.Support;
using FollowUp.Testing;

namespace FollowUp.Storage.Tests.Contracts;

/// <summary>What every <see cref="Orchestrations.Storage.ITalentPool"/> must do, checked against each implementation.</summary>
public abstract class TalentPoolContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly string[] RacingTags = ["undecided", "declined"];

    protected abstract Stores Stores { get; }

    [Fact]
    public async Task A_pooled_candidate_reads_back_with_tags_and_recontact_date()
    {
        var entry = Samples.PoolEntry("hanako@example.com", "undecided") with { RecontactAt = Samples.InterviewedAt.AddMonths(3) };

        await Stores.TalentPool.UpsertAsync(entry, None);
        var found = await Stores.TalentPool.FindAsync("hanako@example.com", None);

        Assert.NotNull(found);
        Assert.Equal("hanako@example.com", found.CandidateEmail);
        Assert.Equal("山田 花子", found.CandidateName);
        Assert.Equal("iv-1", found.SourceInterviewId);
        Assert.Equal(["undecided"], found.Tags);
        Assert.Equal(entry.RecontactAt, found.RecontactAt);
        Assert.Equal(entry.AddedAt, found.AddedAt);
    }

    [Fact]
    public async Task Tags_accumulate_the_latest_recontact_date_wins_and_the_first_added_time_stays()
    {
        var first = Samples.PoolEntry("hanako@example.com", "undecided") with { RecontactAt = Samples.InterviewedAt.AddMonths(3) };
        var second = Samples.PoolEntry("hanako@example.com", "no-response") with
        {
            SourceInterviewId = "iv-2",
            RecontactAt = Samples.InterviewedAt.AddMonths(1),
            AddedAt = Samples.InterviewedAt.AddMonths(2),
        };

        await Stores.TalentPool.UpsertAsync(first, None);
        await Stores.TalentPool.UpsertAsync(second, None);
        var found = await Stores.TalentPool.FindAsync("hanako@example.com", None);

        Assert.Equal(["undecided", "no-response"], found!.Tags);
        Assert.Equal(first.RecontactAt, found.RecontactAt);
        Assert.Equal(first.AddedAt, found.AddedAt);
        Assert.Equal("iv-2", found.SourceInterviewId);
    }

    [Fact]
    public async Task Upserting_the_same_entry_twice_leaves_it_as_after_once()
    {
        var entry = Samples.PoolEntry("hanako@example.com", "declined");

        await Stores.TalentPool.UpsertAsync(entry, None);
        await Stores.TalentPool.UpsertAsync(entry, None);
        var found = await Stores.TalentPool.FindAsync("hanako@example.com", None);

        Assert.Equal(["declined"], found!.Tags);
    }

    [Fact]
    public async Task The_candidate_is_found_whatever_the_case_of_the_address()
    {
        await Stores.TalentPool.UpsertAsync(Samples.PoolEntry("Hanako@Example.com", "declined"), None);

        var found = await Stores.TalentPool.FindAsync("hanako@example.COM", None);

        Assert.Equal("Hanako@Example.com", found?.CandidateEmail);
    }

    [Fact]
    public async Task Two_writers_at_once_both_land_their_tags()
    {
        for (var round = 0; round < 5; round++)
        {
            var email = $"race{round}@example.com";

            // The row exists first, so both writers read the same version and race on its ETag.
            await Stores.TalentPool.UpsertAsync(Samples.PoolEntry(email, "pooled"), None);
            using var start = new ManualResetEventSlim();
            var writers = RacingTags
                .Select(tag => Task.Run(async () =>
                {
                    start.Wait();
                    await Stores.TalentPool.UpsertAsync(Samples.PoolEntry(email, tag), None);
                }))
                .ToArray();

            start.Set();
            await Task.WhenAll(writers);

            var found = await Stores.TalentPool.FindAsync(email, None);
            Assert.Equal(["declined", "pooled", "undecided"], found!.Tags.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Many_writers_adding_a_new_candidate_at_once_all_land_their_tags()
    {
        var tags = Enumerable.Range(0, 8).Select(i => $"tag-{i}").ToArray();

        await Task.WhenAll(tags.Select(tag => Task.Run(() => Stores.TalentPool.UpsertAsync(Samples.PoolEntry("crowd@example.com", tag), None))));
        var found = await Stores.TalentPool.FindAsync("crowd@example.com", None);

        Assert.Equal(tags, found!.Tags.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_opt_out_and_a_pool_update_at_once_both_hold()
    {
        await Stores.TalentPool.UpsertAsync(Samples.PoolEntry("both@example.com", "undecided"), None);

        await Task.WhenAll(
            Task.Run(() => Stores.TalentPool.MarkOptedOutAsync("both@example.com", Samples.InterviewedAt.AddDays(1), None)),
            Task.Run(() => Stores.TalentPool.UpsertAsync(Samples.PoolEntry("both@example.com", "no-response"), None)));

        Assert.True(await Stores.TalentPool.IsOptedOutAsync("both@example.com", None));
        Assert.Equal(["no-response", "undecided"], (await Stores.TalentPool.FindAsync("both@example.com", None))!.Tags.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_opt_out_holds_for_every_spelling_of_the_address_and_keeps_the_pool_entry()
    {
        await Stores.TalentPool.UpsertAsync(Samples.PoolEntry("hanako@example.com", "undecided"), None);

        await Stores.TalentPool.MarkOptedOutAsync("Hanako@Example.com", Samples.InterviewedAt.AddDays(1), None);
        await Stores.TalentPool.MarkOptedOutAsync("hanako@example.com", Samples.InterviewedAt.AddDays(2), None);

        Assert.True(await Stores.TalentPool.IsOptedOutAsync("HANAKO@example.com", None));
        Assert.Equal(["undecided"], (await Stores.TalentPool.FindAsync("hanako@example.com", None))!.Tags);
    }

    [Fact]
    public async Task Opting_out_a_candidate_never_pooled_does_not_pool_them()
    {
        await Stores.TalentPool.MarkOptedOutAsync("proceeding@example.com", Samples.InterviewedAt, None);

        Assert.True(await Stores.TalentPool.IsOptedOutAsync("proceeding@example.com", None));
        Assert.Null(await Stores.TalentPool.FindAsync("proceeding@example.com", None));
    }

    [Fact]
    public async Task A_candidate_who_never_opted_out_is_not_opted_out()
    {
        await Stores.TalentPool.UpsertAsync(Samples.PoolEntry("hanako@example.com", "undecided"), None);

        Assert.False(await Stores.TalentPool.IsOptedOutAsync("hanako@example.com", None));
        Assert.False(await Stores.TalentPool.IsOptedOutAsync("stranger@example.com", None));
    }

    [Fact]
    public async Task Reading_the_pool_filters_by_tag_date_and_name_and_tells_who_opted_out()
    {
        var due = Samples.PoolEntry("hanako@example.com", "undecided") with
        {
            RecontactAt = Samples.InterviewedAt.AddMonths(1),
            OwnerEmail = "sato@company.example",
            OwnerName = "佐藤",
            Profiles = [new Orchestrations.Interviews.SocialProfile("LinkedIn", "https://www.linkedin.com/in/hanako")],
        };
        var later = Samples.PoolEntry("taro@example.com", "declined") with { CandidateName = "Taro Yamada", RecontactAt = Samples.InterviewedAt.AddMonths(6) };
        await Stores.TalentPool.UpsertAsync(due, None);
        await Stores.TalentPool.UpsertAsync(later, None);
        await Stores.TalentPool.MarkOptedOutAsync("taro@example.com", Samples.InterviewedAt, None);

        var byDate = await ReadAsync(new Orchestrations.Storage.TalentPoolQuery(RecontactBefore: Samples.InterviewedAt.AddMonths(2)));
        var byTag = await ReadAsync(new Orchestrations.Storage.TalentPoolQuery(Tag: "declined"));
        var byName = await ReadAsync(new Orchestrations.Storage.TalentPoolQuery(Text: "yamada"));

        var hanako = Assert.Single(byDate);
        Assert.Equal("sato@company.example", hanako.Entry.OwnerEmail);
        Assert.Equal("LinkedIn", Assert.Single(hanako.Entry.Profiles).Network);
        Assert.True(Orchestrations.Storage.CandidateKeys.IsWellFormed(hanako.Id), $"{hanako.Id} is no 64-digit hash");
        Assert.DoesNotContain("hanako", hanako.Id, StringComparison.OrdinalIgnoreCase);
        Assert.False(hanako.OptedOut);
        Assert.True(Assert.Single(byTag).OptedOut);
        Assert.Equal("taro@example.com", Assert.Single(byName).Entry.CandidateEmail);
    }

    [Fact]
    public async Task A_snooze_sets_the_recontact_date_and_finds_nobody_under_an_unknown_id()
    {
        await Stores.TalentPool.UpsertAsync(Samples.PoolEntry("hanako@example.com", "undecided") with { RecontactAt = Samples.InterviewedAt.AddMonths(3) }, None);
        var until = Samples.InterviewedAt.AddMonths(1);

        var listed = Assert.Single(await ReadAsync(new Orchestrations.Storage.TalentPoolQuery()));

        var snoozed = await Stores.TalentPool.SnoozeAsync(listed.Id, until, None);
        var unknown = await Stores.TalentPool.SnoozeAsync(new string('0', 64), until, None);

        Assert.Equal(until, snoozed!.Entry.RecontactAt);
        Assert.Equal(until, (await Stores.TalentPool.FindAsync("hanako@example.com", None))!.RecontactAt);
        Assert.Null(unknown);
    }

    private async Task<List<Orchestrations.Storage.PooledCandidate>> ReadAsync(Orchestrations.Storage.TalentPoolQuery query)
    {
        var found = new List<Orchestrations.Storage.PooledCandidate>();
        await foreach (var candidate in Stores.TalentPool.ReadAllAsync(query, None))
        {
            found.Add(candidate);
        }

        return found;
    }
}

public sealed class InMemoryTalentPoolTests : TalentPoolContract
{
    protected override Stores Stores { get; } = Stores.InMemory();
}

[Collection(AzuriteTests.Name)]
public sealed class TableTalentPoolTests(AzuriteServer azurite) : TalentPoolContract
{
    protected override Stores Stores { get; } = Stores.Tables(azurite);
}
