using FollowUp.Email.Configuration;
using FollowUp.Email.Tests.Support;
using FollowUp.Email.Tokens;
using Microsoft.Extensions.Options;

namespace FollowUp.Email.Tests.Security;

/// <summary>Tokens bound to one case: what a forger, a truncating mail system or a reused interview id can do with them.</summary>
public sealed class CaseTokenTests
{
    // The longest id the report validation accepts (ReportLimits.InterviewIdPattern: 1 to 64 characters).
    private static readonly string LongestId = new('x', 64);

    private readonly TokenService _tokens = TokenKeyRingTests.Ring("case-token-tests-signing-key-0123");

    [Theory]
    [InlineData("reply@example.com")]
    [InlineData("followup-replies-tokyo-27ch@example.com")]
    public void The_reply_address_of_a_case_with_the_longest_interview_id_fits_64_octets(string mailbox)
    {
        var tokens = ReplyTokensFor(mailbox);
        var report = SampleOrders.Report() with { InterviewId = LongestId, CaseNonce = TokenKeyRingTests.Nonce };

        var address = tokens.ReplyAddressFor(report);

        var localPart = address[..address.IndexOf('@', StringComparison.Ordinal)];
        Assert.True(localPart.Length <= 64, $"local part is {localPart.Length} octets");
        Assert.True(tokens.TryMatchReply([address], out var reference));
        Assert.Equal(TokenKeyRingTests.Nonce, reference!.CaseNonce);
    }

    [Fact]
    public void A_reply_mailbox_whose_local_part_leaves_no_room_for_a_token_stops_the_start()
    {
        var options = new EmailOptions { ReplyAddress = new string('r', ReplyAddress.MaxMailboxLocalPart + 1) + "@example.com" };

        var result = new EmailOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("RFC 5321", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_token_names_the_case_and_never_the_interview_id()
    {
        var token = _tokens.IssueForCase(TokenKeyRingTests.Nonce, TokenPurpose.Reply);

        Assert.True(_tokens.TryVerify(token, TokenPurpose.Reply, out var reference));
        Assert.Null(reference!.InterviewId);
        Assert.Equal(TokenKeyRingTests.Nonce, reference.CaseNonce);
        Assert.Equal(TokenService.CaseTokenLength, token.Length);
    }

    [Fact]
    public void A_forged_case_token_with_another_nonce_is_refused()
    {
        var genuine = Bytes(_tokens.IssueForCase(TokenKeyRingTests.Nonce, TokenPurpose.Reply));
        genuine[5] ^= 0x01;

        Assert.False(_tokens.TryVerify(Base32(genuine), TokenPurpose.Reply, out _));
    }

    [Fact]
    public void A_case_token_whose_key_id_is_changed_is_refused()
    {
        var genuine = Bytes(_tokens.IssueForCase(TokenKeyRingTests.Nonce, TokenPurpose.Reply));
        genuine[1] ^= 0xFF;

        Assert.False(_tokens.TryVerify(Base32(genuine), TokenPurpose.Reply, out _));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(20)]
    public void A_truncated_case_token_is_refused(int cut)
    {
        var token = _tokens.IssueForCase(TokenKeyRingTests.Nonce, TokenPurpose.OptOut);

        Assert.False(_tokens.TryVerify(token[..^cut], TokenPurpose.OptOut, out _));
    }

    [Fact]
    public void A_case_token_lengthened_by_a_byte_is_refused()
    {
        var token = _tokens.IssueForCase(TokenKeyRingTests.Nonce, TokenPurpose.OptOut);

        Assert.False(_tokens.TryVerify(token + "aa", TokenPurpose.OptOut, out _));
    }

    [Fact]
    public void A_reply_token_does_not_open_the_opt_out_and_the_other_way_round()
    {
        var reply = _tokens.IssueForCase(TokenKeyRingTests.Nonce, TokenPurpose.Reply);
        var optOut = _tokens.IssueForCase(TokenKeyRingTests.Nonce, TokenPurpose.OptOut);

        Assert.False(_tokens.TryVerify(reply, TokenPurpose.OptOut, out _));
        Assert.False(_tokens.TryVerify(optOut, TokenPurpose.Reply, out _));
    }

    [Fact]
    public void A_case_without_a_nonce_keeps_tokens_naming_its_interview()
    {
        var tokens = ReplyTokensFor("reply@example.com");

        var address = tokens.ReplyAddressFor(SampleOrders.Report());

        Assert.True(tokens.TryMatchReply([address], out var reference));
        Assert.Equal(SampleOrders.InterviewId, reference!.InterviewId);
        Assert.Null(reference.CaseNonce);
    }

    private ReplyTokens ReplyTokensFor(string mailbox) =>
        new(_tokens, Options.Create(new EmailOptions { ReplyAddress = mailbox }), Options.Create(new PublicLinkOptions()));

    private static byte[] Bytes(string token) => Base32Lower.TryDecode(token, out var bytes) ? bytes : [];

    private static string Base32(byte[] bytes) => Base32Lower.Encode(bytes);
}
