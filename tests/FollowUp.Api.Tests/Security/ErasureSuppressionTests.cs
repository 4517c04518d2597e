using FollowUp.Api.Routing;
using FollowUp.Api.Tests.Support;
using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Privacy;
using FollowUp.Orchestrations.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FollowUp.Api.Tests.Security;

/// <summary>An erased candidate stays erased: a later report emails them nothing, stores nothing, and tells the owner why.</summary>
public sealed class ErasureSuppressionTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_report_for_an_erased_address_is_accepted_sends_the_candidate_nothing_and_tells_the_owner_once()
    {
        // Arrange
        const string address = "Erased.Then.Reported@example.com";
        await api.StartWaitingAsync(email: address.ToLowerInvariant());
        Assert.Equal(202, (await api.EraseAsync(address)).StatusCode);

        // Act
        var answer = await SubmitAsync("iv-suppressed-1", address);
        var again = await SubmitAsync("iv-suppressed-1", address);

        // Assert
        Assert.Equal(202, answer.StatusCode);
        Assert.Equal("Suppressed", ApiHost.Json(answer).GetProperty("runtimeStatus").GetString());
        Assert.Equal(202, again.StatusCode);
        Assert.Null(await api.Client.GetInstanceAsync("iv-suppressed-1", None));
        Assert.Null(await api.Interviews.FindAsync("iv-suppressed-1", None));
        Assert.Empty(await api.Interviews.ListIdsByCandidateAsync(address, None));
        var sent = api.Emails.Sent.Where(s => s.Order.InterviewId == "iv-suppressed-1").Select(s => s.Order).ToArray();
        var notice = Assert.Single(sent);
        Assert.Equal(EmailKind.OwnerCandidateErased, notice.Kind);
        Assert.False(notice.IsForCandidate);
    }

    [Fact]
    public async Task Another_address_is_not_suppressed_by_an_erasure()
    {
        await api.EraseAsync("someone.erased@example.com");

        var answer = await SubmitAsync("iv-not-suppressed", "someone.else@example.com");

        Assert.Equal(202, answer.StatusCode);
        Assert.NotNull(await api.Client.GetInstanceAsync("iv-not-suppressed", None));
    }

    [Fact]
    public async Task The_suppression_list_holds_a_keyed_hash_and_never_the_address_or_its_plain_sha256()
    {
        const string address = "kept.as.hash@example.com";
        await api.EraseAsync(address);
        var hasher = api.Get<AddressHasher>();
        var plain = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(address)));
        var otherKey = new AddressHasher(Options.Create(new PrivacyOptions { AddressHashKey = "another-address-hash-key-0123456789" }));

        Assert.True(await api.Get<IErasureRecords>().IsSuppressedAsync(hasher.Hash(address.ToUpperInvariant()), None));
        Assert.False(await api.Get<IErasureRecords>().IsSuppressedAsync(plain, None));
        Assert.NotEqual(hasher.Hash(address), otherKey.Hash(address));
        Assert.DoesNotContain("kept", hasher.Hash(address), StringComparison.Ordinal);
    }

    private Task<Http.ApiAnswer> SubmitAsync(string id, string email) =>
        api.CallAsync(RouteNames.SubmitInterview, HttpMethods.Post, ReportBodies.Considering(id, email));
}
