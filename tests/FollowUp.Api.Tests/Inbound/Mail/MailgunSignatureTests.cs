using FollowUp.Api.Inbound.Mail;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Api.Tests.Inbound.Mail;

public sealed class MailgunSignatureTests
{
    private const string SigningKey = "mg-signing-key-5f0c2a9e7b3d41e8";
    private const string Timestamp = "1795672992";
    private const string Token = "c4e1a9b7d3f2086e5a1c9b7d4e2f0a8c6b3d1e9f7a5c2b0d8e";

    // Computed outside .NET (Python's hmac over timestamp + token), so the test does not check the code against itself.
    private const string Signature = "eb3ee9e269fd4522808c7ed200c4abc9a94e9788243b91115ae90e4d7ef48f20";

    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(1795672992);

    private static FakeTimeProvider ClockAt(DateTimeOffset now) => new(now);

    private static WebhookForm Form(string? timestamp = Timestamp, string? token = Token, string? signature = Signature) =>
        WebhookForm.FromText(new Dictionary<string, string?> { ["timestamp"] = timestamp, ["token"] = token, ["signature"] = signature, ["recipient"] = "replies+x@reply.mirai-works.example.jp" }
            .Where(f => f.Value is not null)
            .Select(f => KeyValuePair.Create(f.Key, f.Value!)));

    [Fact]
    public void A_post_signed_with_the_key_a_minute_ago_is_valid_and_exposes_its_token_for_replay_checks()
    {
        var check = MailgunSignature.Verify(Form(), SigningKey, ClockAt(SignedAt.AddMinutes(1)));

        Assert.Equal(WebhookSignatureStatus.Valid, check.Status);
        Assert.True(check.IsValid);
        Assert.Equal(Token, check.Token);
        Assert.Equal(SignedAt, check.SignedAt);
    }

    [Fact]
    public void Upper_case_hex_is_the_same_signature()
    {
        var check = MailgunSignature.Verify(Form(signature: Signature.ToUpperInvariant()), SigningKey, ClockAt(SignedAt));

        Assert.True(check.IsValid);
    }

    [Fact]
    public void Sign_computes_what_mailgun_sends()
    {
        Assert.Equal(Signature, MailgunSignature.Sign(Timestamp, Token, SigningKey));
    }

    [Fact]
    public void A_post_signed_with_another_key_is_a_mismatch()
    {
        var check = MailgunSignature.Verify(Form(), "another-signing-key-0000000000", ClockAt(SignedAt));

        Assert.Equal(WebhookSignatureStatus.Mismatch, check.Status);
        Assert.Null(check.Token);
    }

    [Fact]
    public void A_token_swapped_under_a_captured_signature_is_a_mismatch()
    {
        var check = MailgunSignature.Verify(Form(token: "f" + Token[1..]), SigningKey, ClockAt(SignedAt));

        Assert.Equal(WebhookSignatureStatus.Mismatch, check.Status);
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    [InlineData(60 * 24)]
    public void A_genuine_post_more_than_five_minutes_from_now_is_stale(int minutes)
    {
        var check = MailgunSignature.Verify(Form(), SigningKey, ClockAt(SignedAt.AddMinutes(minutes)));

        Assert.Equal(WebhookSignatureStatus.Stale, check.Status);
        Assert.False(check.IsValid);
    }

    [Fact]
    public void Exactly_five_minutes_old_is_still_fresh()
    {
        Assert.True(MailgunSignature.Verify(Form(), SigningKey, ClockAt(SignedAt + MailgunSignature.Tolerance)).IsValid);
    }

    [Theory]
    [InlineData(null, Token, Signature)]
    [InlineData(Timestamp, null, Signature)]
    [InlineData(Timestamp, Token, null)]
    [InlineData(Timestamp, Token, "")]
    public void A_missing_field_is_missing(string? timestamp, string? token, string? signature)
    {
        Assert.Equal(WebhookSignatureStatus.Missing, MailgunSignature.Verify(Form(timestamp, token, signature), SigningKey, ClockAt(SignedAt)).Status);
    }

    [Theory]
    [InlineData("yesterday", Signature)]
    [InlineData("-1795672992", Signature)]
    [InlineData("99999999999999999", Signature)]
    [InlineData(Timestamp, "not-hex-at-all")]
    [InlineData(Timestamp, "eb3ee9e269fd4522808c7ed200c4abc9")]
    [InlineData(Timestamp, "zz3ee9e269fd4522808c7ed200c4abc9a94e9788243b91115ae90e4d7ef48f20")]
    public void A_field_not_of_its_documented_form_is_malformed(string timestamp, string signature)
    {
        Assert.Equal(WebhookSignatureStatus.Malformed, MailgunSignature.Verify(Form(timestamp, Token, signature), SigningKey, ClockAt(SignedAt)).Status);
    }
}
