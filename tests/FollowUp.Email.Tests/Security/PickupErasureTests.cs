using FollowUp.Email.Configuration;
using FollowUp.Email.Pickup;
using FollowUp.Email.Tests.Support;
using Microsoft.Extensions.Options;

namespace FollowUp.Email.Tests.Security;

/// <summary>An erasure removes the pickup folder's copies of an interview's emails, and nobody else's.</summary>
public sealed class PickupErasureTests : IDisposable
{
    private readonly TemporaryDirectory _outbox = new();

    [Fact]
    public async Task Erasure_deletes_the_interviews_email_files_and_temporaries_and_leaves_other_interviews_alone()
    {
        string[] erased = ["iv-1.001.ConsideringThanks.eml", "iv-1.002.00112233445566778899.StatusCheck.eml", ".iv-1.003.StatusCheck.eml.claim"];
        string[] kept = ["iv-10.001.ConsideringThanks.eml", "iv-2.001.DeclinedThanks.eml"];
        foreach (var name in erased.Concat(kept))
        {
            await File.WriteAllTextAsync(Path.Combine(_outbox.Path, name), "x");
        }

        var copies = new PickupEmailCopies(Options.Create(new EmailOptions { Transport = EmailTransportKind.Pickup, PickupDirectory = _outbox.Path }));

        var deleted = await copies.DeleteForInterviewAsync("iv-1", CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal(kept.Order(StringComparer.Ordinal), Directory.GetFiles(_outbox.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Another_transport_keeps_no_copies_and_touches_no_file()
    {
        await File.WriteAllTextAsync(Path.Combine(_outbox.Path, "iv-1.001.ConsideringThanks.eml"), "x");
        var copies = new PickupEmailCopies(Options.Create(new EmailOptions { Transport = EmailTransportKind.Acs, PickupDirectory = _outbox.Path }));

        var deleted = await copies.DeleteForInterviewAsync("iv-1", CancellationToken.None);

        Assert.Equal(0, deleted);
        Assert.Single(Directory.GetFiles(_outbox.Path));
    }

    public void Dispose() => _outbox.Dispose();
}
