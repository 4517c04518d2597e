using System.Text;
using System.Text.Json.Nodes;
using FollowUp.Api.Http;
using FollowUp.Api.Inbound;
using FollowUp.Api.Routing;
using FollowUp.Api.Tests.Support;

namespace FollowUp.Api.Tests.Routes;

/// <summary>JSON shaped as Postmark documents its inbound webhook (https://postmarkapp.com/developer/webhooks/inbound-webhook), with the URL's basic credentials.</summary>
public sealed class PostmarkRouteTests(ProviderApiHost api) : IClassFixture<ProviderApiHost>
{
    private const string Reply = "山根様\n\n前向きに検討しております！\n年収レンジを教えていただけますか。\n\n伊藤";

    private static readonly Dictionary<string, string> Credentials = ProviderPost.Basic(ProviderApiHost.PostmarkUsername, ProviderApiHost.PostmarkPassword);

    private string ReplyAddress(string interviewId) => api.Tokens.ReplyAddressFor(interviewId);

    private static byte[] Inbound(string to, string messageId, string reply = Reply) => Encoding.UTF8.GetBytes(JsonNode.Parse($$"""
        {
          "FromName": "伊藤さくら",
          "MessageStream": "inbound",
          "From": "sakura.ito.0412@example.com",
          "FromFull": { "Email": "sakura.ito.0412@example.com", "Name": "伊藤さくら", "MailboxHash": "" },
          "To": "\"採用チーム\" <{{to}}>",
          "ToFull": [ { "Email": "{{to}}", "Name": "採用チーム", "MailboxHash": "" } ],
          "Cc": "",
          "CcFull": [],
          "Bcc": "",
          "BccFull": [],
          "OriginalRecipient": "{{to}}",
          "Subject": "Re: 【ミライワークス】本日のお礼と、面談のフィードバック",
          "MessageID": "73e6d360-66eb-11e1-8e72-a8904824019b",
          "ReplyTo": "",
          "MailboxHash": "",
          "Date": "Wed, 25 Nov 2026 22:05:31 +0900",
          "TextBody": "{{reply.Replace("\n", "\\n", StringComparison.Ordinal)}}\n\n2026年11月25日(水) 15:03 採用チーム <recruit@example.jp>:\n\n> 伊藤 さくら 様\n",
          "HtmlBody": "<div dir=\"ltr\"><div>山根様</div></div><div class=\"gmail_quote\"><blockquote>伊藤 さくら 様</blockquote></div>",
          "StrippedTextReply": "{{reply.Replace("\n", "\\n", StringComparison.Ordinal)}}",
          "Tag": "",
          "Headers": [
            { "Name": "X-Spam-Status", "Value": "No" },
            { "Name": "MIME-Version", "Value": "1.0" },
            { "Name": "Message-ID", "Value": "{{messageId}}" }
          ],
          "Attachments": [
            { "Name": "cv.pdf", "Content": "JVBERi0xLjQK", "ContentType": "application/pdf", "ContentLength": 9, "ContentID": "" }
          ]
        }
        """)!.ToJsonString());

    private Task<ApiAnswer> PostAsync(byte[] json, IReadOnlyDictionary<string, string>? headers = null) =>
        api.PostAsync(RouteNames.ReceivePostmarkEmail, json, "application/json", headers ?? Credentials);

    [Fact]
    public async Task Inbound_json_with_the_credentials_reaches_the_owner_as_the_stripped_reply()
    {
        // Arrange
        var report = await api.StartWaitingAsync();
        var messageId = RawMessages.NewMessageId();

        // Act
        var answer = await PostAsync(Inbound(ReplyAddress(report.InterviewId), messageId));

        // Assert
        Assert.Equal(202, answer.StatusCode);
        var reply = Assert.Single(await api.WaitForRepliesAsync(report.InterviewId, 1));
        Assert.Equal(Reply, reply.Text);
        Assert.Equal(messageId, reply.MessageId);
    }

    [Fact]
    public async Task Post_without_credentials_answers_401_with_a_basic_challenge_and_raises_nothing()
    {
        // Arrange
        var report = await api.StartWaitingAsync();

        // Act
        var answer = await PostAsync(Inbound(ReplyAddress(report.InterviewId), RawMessages.NewMessageId(), "forged"), new Dictionary<string, string>());

        // Assert
        Assert.Equal(401, answer.StatusCode);
        Assert.StartsWith("Basic realm=", answer.Headers!["WWW-Authenticate"], StringComparison.Ordinal);
        Assert.Equal(202, (await PostAsync(Inbound(ReplyAddress(report.InterviewId), RawMessages.NewMessageId(), "control"))).StatusCode);
        Assert.Equal("control", Assert.Single(await api.WaitForRepliesAsync(report.InterviewId, 1)).Text);
    }

    [Fact]
    public async Task Credentials_of_another_provider_answer_401()
    {
        // Act
        var answer = await PostAsync(Inbound(ReplyAddress("iv-other"), RawMessages.NewMessageId()), ProviderPost.Basic(ProviderApiHost.SendGridUsername, ProviderApiHost.SendGridPassword));

        // Assert
        Assert.Equal(401, answer.StatusCode);
    }

    [Fact]
    public async Task Redelivered_post_is_ignored_as_a_duplicate()
    {
        // Arrange
        var report = await api.StartWaitingAsync();
        var json = Inbound(ReplyAddress(report.InterviewId), RawMessages.NewMessageId());
        Assert.Equal(202, (await PostAsync(json)).StatusCode);

        // Act
        var again = await PostAsync(json);

        // Assert
        Assert.Equal(200, again.StatusCode);
        Assert.Equal("duplicate", ApiHost.Json(again).GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("{ \"From\": ")]
    [InlineData("[]")]
    [InlineData("""{ "Subject": "Re", "TextBody": "hi" }""")]
    public async Task Malformed_json_answers_400_problem_and_stores_nothing(string json)
    {
        // Act
        var answer = await PostAsync(Encoding.UTF8.GetBytes(json));

        // Assert
        Assert.Equal(400, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_declared_over_the_limit_answers_413_before_a_byte_is_read()
    {
        // Act
        var answer = await api.PostAsync(RouteNames.ReceivePostmarkEmail, new UnreadableStream(), InboundRequestLimits.MaxProviderPostBytes + 1L, "application/json", Credentials);

        // Assert
        Assert.Equal(413, answer.StatusCode);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_that_is_not_json_answers_415()
    {
        // Act
        var answer = await api.PostAsync(RouteNames.ReceivePostmarkEmail, Encoding.UTF8.GetBytes("From=x"), "application/x-www-form-urlencoded", Credentials);

        // Assert
        Assert.Equal(415, answer.StatusCode);
    }
}
