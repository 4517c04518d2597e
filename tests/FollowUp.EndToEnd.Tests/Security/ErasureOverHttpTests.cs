using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FollowUp.EndToEnd.Tests.Support;
using FollowUp.Testing;

namespace FollowUp.EndToEnd.Tests.Security;

/// <summary>Erasure as an admin runs it against the local host: on Azurite, with the pickup folder, across a restart.</summary>
[Collection(OnAzurite.Name)]
public sealed class ErasureOverHttpTests(AzuriteServer azurite)
{
    [Fact]
    public async Task An_erasure_request_removes_the_case_and_its_emails_its_status_survives_a_restart_and_a_later_report_only_tells_the_owner()
    {
        // Arrange: a case whose same-day email is in the outbox.
        await using var host = await LocalHostProcess.StartAsync(azurite);
        using var reported = await host.Http.SubmitAsync(Reports.Report("e2e-erased", "considering"));
        await host.Outbox.WaitForAsync("e2e-erased", "ConsideringThanks");
        await host.Http.WaitForStatusAsync("e2e-erased", s => s.Text("stage") == "awaitingReply");

        // Act
        using var requested = await host.Http.PostAsJsonAsync(new Uri("/api/erasure-requests", UriKind.Relative), new { email = "E2E-Erased@example.com" });
        var location = requested.Headers.Location!;
        await host.RestartAsync();
        using var status = await host.Http.GetAsync(location);
        using var statusAfterErasure = await host.Http.GetAsync(new Uri("/api/interviews/e2e-erased", UriKind.Relative));
        var later = Reports.Report("e2e-after-erasure", "considering");
        later["candidate"]!["email"] = "e2e-erased@example.com";
        using var suppressed = await host.Http.SubmitAsync(later);
        await host.Outbox.WaitForAsync("e2e-after-erasure", "OwnerCandidateErased");

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        Assert.Matches("^/api/erasure-requests/[0-9a-f]{32}$", location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var request = await status.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("completed", request.GetProperty("status").GetString());
        Assert.Equal(1, request.GetProperty("removed").GetProperty("histories").GetInt32());
        Assert.True(request.GetProperty("removed").GetProperty("emailFiles").GetInt32() >= 1);
        Assert.Empty(host.Outbox.FilesOf("e2e-erased"));
        Assert.Equal(HttpStatusCode.NotFound, statusAfterErasure.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, suppressed.StatusCode);
        Assert.Equal("Suppressed", (await suppressed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runtimeStatus").GetString());
        Assert.Equal(["OwnerCandidateErased"], host.Outbox.KindsOf("e2e-after-erasure"));
    }
}
