using FollowUp.Email.Configuration;
using FollowUp.Email.Tokens;
using Microsoft.Extensions.Options;

namespace FollowUp.Email.Tests.Security;

/// <summary>Rotating the token key loses no reply: the ring still verifies what earlier keys signed.</summary>
public sealed class TokenKeyRingTests
{
    private const string ReleaseOneKey = "release-one-signing-key-0123456789";
    private const string NewKey = "the-new-signing-key-after-rotation";
    private const string InterviewId = "iv-2026-11-25-sato";

    // Issued by the first release (TokenService layout version 1, no key id) under ReleaseOneKey, and
    // copied here as text: these are what candidates hold in their inboxes for months.
    private const string ReleaseOneReplyToken = "cearfcx7w3jw5pwxl63op2y2w2alnow357xrgenc2wpq";
    private const string ReleaseOneOptOutToken = "ciarfcx7w3jw5pwxl63op2y2w2ade4pizimxoubqjoha";
    private const string ReleaseOneGeneratedIdToken = "ceacad4pvvn5ts2gt6qwk4ego4ujkdxxvbyde7bgslexagy";

    [Fact]
    public void Tokens_issued_by_the_first_release_still_verify_under_the_same_key()
    {
        var tokens = Ring(ReleaseOneKey);

        Assert.True(tokens.TryVerify(ReleaseOneReplyToken, TokenPurpose.Reply, out var reply));
        Assert.True(tokens.TryVerify(ReleaseOneOptOutToken, TokenPurpose.OptOut, out var optOut));
        Assert.True(tokens.TryVerify(ReleaseOneGeneratedIdToken, TokenPurpose.Reply, out var generated));
        Assert.Equal(InterviewId, reply!.InterviewId);
        Assert.Equal(InterviewId, optOut!.InterviewId);
        Assert.Equal("0f8fad5bd9cb469fa16570867728950e", generated!.InterviewId);
    }

    [Fact]
    public void Tokens_of_the_first_release_verify_after_rotation_while_their_key_is_a_previous_key()
    {
        var rotated = Ring(NewKey, ReleaseOneKey);

        Assert.True(rotated.TryVerify(ReleaseOneReplyToken, TokenPurpose.Reply, out var reply));
        Assert.Equal(InterviewId, reply!.InterviewId);
    }

    [Fact]
    public void A_token_signed_before_a_rotation_verifies_with_the_previous_key_and_is_refused_once_that_key_is_removed()
    {
        var before = Ring(ReleaseOneKey);
        var byId = before.Issue(InterviewId, TokenPurpose.Reply);
        var byCase = before.IssueForCase(Nonce, TokenPurpose.OptOut);

        var during = Ring(NewKey, ReleaseOneKey);
        var after = Ring(NewKey);

        Assert.True(during.TryVerify(byId, TokenPurpose.Reply, out var id));
        Assert.Equal(InterviewId, id!.InterviewId);
        Assert.True(during.TryVerify(byCase, TokenPurpose.OptOut, out var nonce));
        Assert.Equal(Nonce, nonce!.CaseNonce);
        Assert.False(after.TryVerify(byId, TokenPurpose.Reply, out _));
        Assert.False(after.TryVerify(byCase, TokenPurpose.OptOut, out _));
        Assert.False(after.TryVerify(ReleaseOneReplyToken, TokenPurpose.Reply, out _));
    }

    [Fact]
    public void New_tokens_are_signed_with_the_current_key_and_name_it_by_its_key_id()
    {
        var rotated = Ring(NewKey, ReleaseOneKey);
        var current = Ring(NewKey);
        var previous = Ring(ReleaseOneKey);

        var token = rotated.IssueForCase(Nonce, TokenPurpose.Reply);

        Assert.True(current.TryVerify(token, TokenPurpose.Reply, out _));
        Assert.False(previous.TryVerify(token, TokenPurpose.Reply, out _));
        Assert.True(Base32Decode(token).Length > 1);
        Assert.Equal(current.CurrentKeyId, Base32Decode(token)[1]);
        Assert.Equal(current.CurrentKeyId, rotated.CurrentKeyId);
    }

    [Fact]
    public void A_previous_key_too_short_to_be_a_real_one_stops_the_start()
    {
        var result = new TokenOptionsValidator().Validate(null, new TokenOptions { SigningKey = NewKey, PreviousSigningKeys = ["short"] });

        Assert.True(result.Failed);
        Assert.Contains("FollowUp:Tokens:PreviousSigningKeys:0", result.FailureMessage, StringComparison.Ordinal);
    }

    internal const string Nonce = "00112233445566778899";

    internal static TokenService Ring(string key, params string[] previous) =>
        new(Options.Create(new TokenOptions { SigningKey = key, PreviousSigningKeys = previous }));

    private static byte[] Base32Decode(string token) => Base32Lower.TryDecode(token, out var bytes) ? bytes : [];
}
