using FollowUp.Orchestrations.Intake;
using FollowUp.Orchestrations.Interviews;
using FollowUp.Orchestrations.Playbook;
using FollowUp.Orchestrations.Storage;
using FollowUp.Orchestrations.Tests.Support;
using FollowUp.Testing.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Orchestrations.Tests.Intake;

public sealed class InterviewIntakeTests
{
    private static InterviewIntake IntakeOn(PlaybookHost host) =>
        host.Services.GetRequiredService<InterviewIntake>();

    [Fact]
    public async Task New_report_starts_a_follow_up_under_the_interview_id()
    {
        await using var host = await PlaybookHost.StartAsync();
        var intake = IntakeOn(host);

        var result = await intake.SubmitAsync(host.Client, Reports.Report(Reaction.Considering, "iv-new-1"), "fingerprint-1", CancellationToken.None);

        var accepted = Assert.IsType<IntakeResult.Accepted>(result);
        Assert.Equal("iv-new-1", accepted.Status.InterviewId);
        await host.WaitForStatusAsync("iv-new-1", s => s.Stage == FollowUpStage.AwaitingReply);
    }

    [Fact]
    public async Task The_same_report_twice_starts_one_follow_up()
    {
        await using var host = await PlaybookHost.StartAsync();
        var intake = IntakeOn(host);
        var report = Reports.Report(Reaction.Considering, "iv-dup-1");

        var first = await intake.SubmitAsync(host.Client, report, "fingerprint-dup", CancellationToken.None);
        var second = await intake.SubmitAsync(host.Client, report, "fingerprint-dup", CancellationToken.None);
        await host.WaitForStatusAsync("iv-dup-1", s => s.Stage == FollowUpStage.AwaitingReply);

        Assert.IsType<IntakeResult.Accepted>(first);
        Assert.IsType<IntakeResult.AlreadyAccepted>(second);
        Assert.Single(host.Emails.Sent);
    }

    [Fact]
    public async Task A_different_report_under_a_used_id_is_a_conflict()
    {
        await using var host = await PlaybookHost.StartAsync();
        var intake = IntakeOn(host);
        await intake.SubmitAsync(host.Client, Reports.Report(Reaction.Considering, "iv-conflict-1"), "fingerprint-a", CancellationToken.None);

        var result = await intake.SubmitAsync(host.Client, Reports.Report(Reaction.Declined, "iv-conflict-1"), "fingerprint-b", CancellationToken.None);

        Assert.IsType<IntakeResult.Conflict>(result);
    }

    [Fact]
    public async Task A_cancelled_follow_up_still_shows_the_stage_it_was_cancelled_at()
    {
        await using var host = await PlaybookHost.StartAsync();
        var intake = IntakeOn(host);
        await intake.SubmitAsync(host.Client, Reports.Report(Reaction.Considering, "iv-cancel-1"), "fingerprint-c", CancellationToken.None);
        await host.WaitForStatusAsync("iv-cancel-1", s => s.Stage == FollowUpStage.AwaitingReply);

        await host.Client.TerminateInstanceAsync("iv-cancel-1", "Cancelled by the owner");
        await host.WaitForCompletionAsync("iv-cancel-1");
        var status = await intake.GetStatusAsync(host.Client, "iv-cancel-1", CancellationToken.None);

        Assert.Equal("Terminated", status!.RuntimeStatus);
        Assert.Equal(FollowUpStage.AwaitingReply, status.Stage);
    }

    [Fact]
    public async Task A_new_report_is_recorded_with_its_case_list_row_before_the_answer_and_not_again_by_its_case()
    {
        var interviews = new CountingInterviewStore();
        await using var host = await PlaybookHost.StartAsync(configure: services => services.AddSingleton<IInterviewStore>(interviews));
        var intake = IntakeOn(host);
        var report = Reports.Report(Reaction.Considering, "iv-lean-1");

        await intake.SubmitAsync(host.Client, report, "fingerprint-lean", CancellationToken.None);
        var writesAtAnswer = interviews.Upserts;
        var row = await host.Services.GetRequiredService<ICaseList>().FindAsync(report.InterviewId, report.InterviewedAt, CancellationToken.None);
        await host.WaitForStatusAsync("iv-lean-1", s => s.Stage == FollowUpStage.AwaitingReply);

        Assert.Equal(1, writesAtAnswer);
        Assert.NotNull(row);
        Assert.Equal(1, interviews.Upserts);
    }

    private sealed class CountingInterviewStore : IInterviewStore
    {
        private readonly InMemoryInterviewStore _inner = new();
        private int _upserts;

        public int Upserts => Volatile.Read(ref _upserts);

        public Task UpsertAsync(InterviewReport report, DateTimeOffset recordedAt, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _upserts);
            return _inner.UpsertAsync(report, recordedAt, cancellationToken);
        }

        public Task<InterviewReport?> FindAsync(string interviewId, CancellationToken cancellationToken) => _inner.FindAsync(interviewId, cancellationToken);

        public Task<IReadOnlyList<string>> ListIdsByCandidateAsync(string candidateEmail, CancellationToken cancellationToken) => _inner.ListIdsByCandidateAsync(candidateEmail, cancellationToken);

        public Task<string?> FindIdByCaseNonceAsync(string caseNonce, CancellationToken cancellationToken) => _inner.FindIdByCaseNonceAsync(caseNonce, cancellationToken);

        public Task DeleteAsync(string interviewId, CancellationToken cancellationToken) => _inner.DeleteAsync(interviewId, cancellationToken);
    }
}
