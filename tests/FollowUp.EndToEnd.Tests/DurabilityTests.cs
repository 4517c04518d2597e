using FollowUp.EndToEnd.Tests.Support;
using FollowUp.Testing;

namespace FollowUp.EndToEnd.Tests;

/// <summary>Crashes at the worst moments: the playbook resumes from durable state and sends nothing twice.</summary>
[Collection(OnAzurite.Name)]
public sealed class DurabilityTests(AzuriteServer azurite)
{
    [Fact]
    public async Task An_email_service_outage_mid_case_is_waited_out_and_the_email_goes_out_once()
    {
        await using var host = await LocalHostProcess.StartAsync(azurite, new Dictionary<string, string>
        {
            ["FollowUp__Policy__RetryBackoffStart"] = "PT1S",
            ["FollowUp__Policy__RetryBackoffCap"] = "PT3S",
            ["FollowUp__Policy__NeedsAttentionAfter"] = "PT4S",
            ["FollowUp__Policy__RetryFailuresFor"] = "PT10M",
        });

        // The outbox path taken by a plain file: every send fails with an I/O error, as when the
        // email service is down, until the folder is back.
        var outbox = Path.Combine(host.DataDirectory, "outbox");
        if (Directory.Exists(outbox))
        {
            Directory.Delete(outbox, recursive: true);
        }

        await File.WriteAllTextAsync(outbox, "the email service is down");
        using (await host.Http.SubmitAsync(Reports.Report("e2e-outage", "considering")))
        {
        }

        var stuck = await host.Http.WaitForStatusAsync("e2e-outage", s => s.TryGetProperty("needsAttention", out var attention) && attention.ValueKind == System.Text.Json.JsonValueKind.Object);
        File.Delete(outbox);
        Directory.CreateDirectory(outbox);
        var recovered = await host.Http.WaitForStatusAsync("e2e-outage", s => s.Text("stage") == "awaitingReply" && !s.TryGetProperty("needsAttention", out _));
        await Task.Delay(TimeSpan.FromSeconds(4));

        Assert.Equal("SendEmail", stuck.GetProperty("needsAttention").GetProperty("step").GetString());
        Assert.Equal(["ConsideringThanks"], host.Outbox.KindsOf("e2e-outage"));
        Assert.Equal("awaitingReply", recovered.Text("stage"));
    }

    [Fact]
    public async Task Host_killed_mid_wait_resumes_and_sends_the_status_check_exactly_once()
    {
        await using var host = await LocalHostProcess.StartAsync(azurite, new Dictionary<string, string>
        {
            ["FollowUp__Policy__ReplyWindow"] = "PT15S",
            ["FollowUp__Policy__NoResponseWindow"] = "PT1H",
        });
        using (await host.Http.SubmitAsync(Reports.Report("e2e-crash-wait", "considering")))
        {
        }

        await host.Http.WaitForStatusAsync("e2e-crash-wait", s => s.Text("stage") == "awaitingReply");
        await Task.Delay(TimeSpan.FromSeconds(3));
        host.Kill();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await host.RestartAsync();

        var status = await host.Http.WaitForStatusAsync("e2e-crash-wait", s => s.Text("stage") == "statusCheckSent", TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(["ConsideringThanks", "StatusCheck", "OwnerNoReply"], host.Outbox.KindsOf("e2e-crash-wait"));
        Assert.Equal("closeAsNoResponse", status.Text("nextAction"));
    }

    [Fact]
    public async Task Host_killed_after_the_email_went_out_but_before_its_activity_finished_sends_no_second_email()
    {
        await using var host = await LocalHostProcess.StartAsync(azurite, new Dictionary<string, string>
        {
            ["FollowUp__Local__DelayAfterEmailSent"] = "00:00:30",
            ["FollowUp__Local__MessageVisibilityTimeout"] = "00:00:10",
            ["FollowUp__Policy__ReplyWindow"] = "PT1H",
        });
        using (await host.Http.SubmitAsync(Reports.Report("e2e-crash-send", "considering")))
        {
        }

        await host.Outbox.WaitForAsync("e2e-crash-send", "ConsideringThanks");
        host.Kill();
        await host.RestartAsync();

        // The restarted host takes the activity again once its message is visible, and finds the email already out.
        var status = await host.Http.WaitForStatusAsync("e2e-crash-send", s => s.Text("stage") == "awaitingReply", TimeSpan.FromMinutes(2));

        Assert.Single(host.Outbox.FilesOf("e2e-crash-send"));
        Assert.Equal(1, status.GetProperty("candidateEmails").GetInt32());
    }

    [Fact]
    public async Task Storage_emulator_restarted_mid_wait_keeps_the_wait_and_it_completes()
    {
        // Its own emulator with data on disk: the shared one of the other tests must not restart under them.
        await using var storage = await AzuriteServer.StartPersistentAsync();
        await using var host = await LocalHostProcess.StartAsync(storage, new Dictionary<string, string>
        {
            ["FollowUp__Policy__ReplyWindow"] = "PT15S",
            ["FollowUp__Policy__NoResponseWindow"] = "PT1H",
        });
        using (await host.Http.SubmitAsync(Reports.Report("e2e-storage-restart", "considering")))
        {
        }

        await host.Http.WaitForStatusAsync("e2e-storage-restart", s => s.Text("stage") == "awaitingReply");
        await storage.RestartAsync();

        var status = await host.Http.WaitForStatusAsync("e2e-storage-restart", s => s.Text("stage") == "statusCheckSent", TimeSpan.FromSeconds(90));

        Assert.Equal(["ConsideringThanks", "StatusCheck", "OwnerNoReply"], host.Outbox.KindsOf("e2e-storage-restart"));
        Assert.Equal(2, status.GetProperty("candidateEmails").GetInt32());
    }
}
