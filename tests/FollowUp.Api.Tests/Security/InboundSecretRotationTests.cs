using System.Text;
using FollowUp.Api.Inbound;

namespace FollowUp.Api.Tests.Security;

/// <summary>Rotating the inbound signing secret refuses no delivery while relays move to the new secret.</summary>
public sealed class InboundSecretRotationTests
{
    private const string OldSecret = "the-old-inbound-secret-0123456789";
    private const string NewSecret = "the-new-inbound-secret-0123456789";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"messageId":"<m@x>"}""");

    [Fact]
    public void A_post_signed_with_the_previous_secret_is_accepted_while_it_is_listed()
    {
        var options = new InboundEmailOptions { SigningSecret = NewSecret, PreviousSigningSecrets = [OldSecret] };

        Assert.True(InboundSignature.IsValid(options.AcceptedSigningSecrets, Body, InboundSignature.Sign(OldSecret, Body)));
        Assert.True(InboundSignature.IsValid(options.AcceptedSigningSecrets, Body, InboundSignature.Sign(NewSecret, Body)));
    }

    [Fact]
    public void A_post_signed_with_a_removed_secret_is_refused()
    {
        var options = new InboundEmailOptions { SigningSecret = NewSecret };

        Assert.False(InboundSignature.IsValid(options.AcceptedSigningSecrets, Body, InboundSignature.Sign(OldSecret, Body)));
    }

    [Fact]
    public void A_previous_secret_too_short_to_be_real_stops_the_start()
    {
        var result = new InboundEmailOptionsValidator().Validate(null, new InboundEmailOptions { SigningSecret = NewSecret, PreviousSigningSecrets = ["short"] });

        Assert.True(result.Failed);
        Assert.Contains(InboundEmailOptions.PreviousSigningSecretsKey + ":0", result.FailureMessage, StringComparison.Ordinal);
    }
}
