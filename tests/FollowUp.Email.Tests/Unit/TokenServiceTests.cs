using FollowUp.Email.Configuration;
using FollowUp.Email.Tokens;
using Microsoft.Extensions.Options;

namespace FollowUp.Email.Tests.Unit;

public sealed class TokenServiceTests
{
    private const string InterviewId = "0f8fad5bd9cb469fa16570867728950e";

    private readonly TokenService _tokens = Create("a-long-enough-signing-key-for-tests");

    [Theory]
    [InlineData(InterviewId)]
    [InlineData("Interview_2026-11-25_A")]
    [InlineData("x")]
    public void An_issued_token_verifies_back_to_its_interview(string interviewId)
    {
        var token = _tokens.Issue(interviewId, TokenPurpose.Reply);

        Assert.True(_tokens.TryVerify(token, TokenPurpose.Reply, out var verified));
        Assert.Equal(interviewId, verified!.InterviewId);
    }

    [Fact]
    public void A_token_is_lowercase_url_safe_and_never_the_bare_interview_id()
    {
        var token = _tokens.Issue(InterviewId, TokenPurpose.Reply);

        Assert.Matches("^[a-z2-7]+$", token);
        Assert.DoesNotContain(InterviewId, token, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_generated_interview_id_fits_a_reply_local_part_of_64_characters()
    {
        var token = _tokens.Issue(InterviewId, TokenPurpose.Reply);

        Assert.True(("reply+" + token).Length <= 64, $"local part is {("reply+" + token).Length} characters");
    }

    [Fact]
    public void A_token_upper_cased_by_a_mail_system_still_verifies()
    {
        var token = _tokens.Issue(InterviewId, TokenPurpose.Reply).ToUpperInvariant();

        Assert.True(_tokens.TryVerify(token, TokenPurpose.Reply, out var verified));
        Assert.Equal(InterviewId, verified!.InterviewId);
    }

    [Fact]
    public void A_tampered_token_is_rejected()
    {
        var token = _tokens.Issue(InterviewId, TokenPurpose.Reply);
        var tampered = token[..10] + (token[10] == 'a' ? 'b' : 'a') + token[11..];

        Assert.False(_tokens.TryVerify(tampered, TokenPurpose.Reply, out _));
    }

    [Fact]
    public void A_truncated_token_is_rejected()
    {
        var token = _tokens.Issue(InterviewId, TokenPurpose.Reply);

        Assert.False(_tokens.TryVerify(token[..^1], TokenPurpose.Reply, out _));
        Assert.False(_tokens.TryVerify(token[..^8], TokenPurpose.Reply, out _));
        Assert.False(_tokens.TryVerify(token[..10], TokenPurpose.Reply, out _));
    }

    [Fact]
    public void A_token_for_another_purpose_is_rejected()
    {
        var optOut = _tokens.Issue(InterviewId, TokenPurpose.OptOut);

        Assert.False(_tokens.TryVerify(optOut, TokenPurpose.Reply, out _));
        Assert.True(_tokens.TryVerify(optOut, TokenPurpose.OptOut, out _));
    }

    [Fact]
    public void A_token_of_another_interview_verifies_to_that_interview_only()
    {
        var other = _tokens.Issue("1f8fad5bd9cb469fa16570867728950e", TokenPurpose.Reply);

        Assert.True(_tokens.TryVerify(other, TokenPurpose.Reply, out var verified));
        Assert.NotEqual(InterviewId, verified!.InterviewId);
    }

    [Fact]
    public void A_token_signed_with_another_key_is_rejected()
    {
        var foreign = Create("another-signing-key-entirely-000").Issue(InterviewId, TokenPurpose.Reply);

        Assert.False(_tokens.TryVerify(foreign, TokenPurpose.Reply, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-base32!")]
    [InlineData(InterviewId)]
    public void Garbage_is_rejected(string? token)
    {
        Assert.False(_tokens.TryVerify(token, TokenPurpose.Reply, out var verified));
        Assert.Null(verified);
    }

    [Fact]
    public void The_reply_token_is_found_among_the_recipients_of_an_inbound_email()
    {
        var mailbox = ReplyAddress.Parse("reply@example.com");
        var token = _tokens.Issue(InterviewId, TokenPurpose.Reply);
        string[] recipients = ["someone@example.com", $"\"Example Recruiting\" <REPLY+{token}@Example.com>"];

        var found = mailbox.FindToken(recipients);

        Assert.Equal(token, found);
        Assert.True(_tokens.TryVerify(found, TokenPurpose.Reply, out var verified));
        Assert.Equal(InterviewId, verified!.InterviewId);
    }

    [Fact]
    public void A_sub_address_of_another_mailbox_is_not_taken_for_a_reply()
    {
        var mailbox = ReplyAddress.Parse("reply@example.com");
        var token = _tokens.Issue(InterviewId, TokenPurpose.Reply);

        Assert.Null(mailbox.FindToken([$"reply+{token}@other.example", $"sales+{token}@example.com"]));
    }

    private static TokenService Create(string key) => new(Options.Create(new TokenOptions { SigningKey = key }));
}
