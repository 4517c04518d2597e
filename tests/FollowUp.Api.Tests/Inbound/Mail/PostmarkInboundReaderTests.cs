using System.Text;
using System.Text.Json.Nodes;
using FollowUp.Api.Inbound.Mail;
using FollowUp.Api.Tests.Inbound.Mail.Support;
using FollowUp.Email.Tokens;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Inbound;

namespace FollowUp.Api.Tests.Inbound.Mail;

/// <summary>JSON shaped as Postmark documents its inbound webhook (https://postmarkapp.com/developer/webhooks/inbound-webhook).</summary>
public sealed class PostmarkInboundReaderTests
{
    private static readonly ReplyAddress Mailbox = ReplyAddress.Parse(OurEmails.ReplyMailbox);

    private static readonly string Address = OurEmails.ReplyAddress(CorpusTokens.GmailJa);

    private static JsonObject Sample() => JsonNode.Parse($$"""
        {
          "FromName": "伊藤さくら",
          "MessageStream": "inbound",
          "From": "sakura.ito.0412@example.com",
          "FromFull": { "Email": "sakura.ito.0412@example.com", "Name": "伊藤さくら", "MailboxHash": "" },
          "To": "\"ミライワークス 採用チーム\" <{{Address}}>",
          "ToFull": [ { "Email": "{{Address}}", "Name": "ミライワークス 採用チーム", "MailboxHash": "{{CorpusTokens.GmailJa}}" } ],
          "Cc": "",
          "CcFull": [],
          "Bcc": "",
          "BccFull": [],
          "OriginalRecipient": "{{Address}}",
          "Subject": "Re: 【ミライワークス】本日のお礼と、面談のフィードバック",
          "MessageID": "73e6d360-66eb-11e1-8e72-a8904824019b",
          "ReplyTo": "",
          "MailboxHash": "{{CorpusTokens.GmailJa}}",
          "Date": "Wed, 25 Nov 2026 22:05:31 +0900",
          "TextBody": "山根様\n\n前向きに検討しております！\n年収レンジを教えていただけますか。\n\n伊藤\n\n2026年11月25日(水) 15:03 ミライワークス 採用チーム <recruit@mirai-works.example.jp>:\n\n> 伊藤 さくら 様\n",
          "HtmlBody": "<div dir=\"ltr\"><div>山根様</div><div><br></div><div>前向きに検討しております！</div></div><div class=\"gmail_quote\"><blockquote>伊藤 さくら 様</blockquote></div>",
          "StrippedTextReply": "山根様\n\n前向きに検討しております！\n年収レンジを教えていただけますか。\n\n伊藤",
          "Tag": "",
          "Headers": [
            { "Name": "X-Spam-Checker-Version", "Value": "SpamAssassin 3.4.6 (2021-04-09) on p-pm-inboundg02a-aws-useast1a" },
            { "Name": "X-Spam-Status", "Value": "No" },
            { "Name": "X-Spam-Score", "Value": "-0.1" },
            { "Name": "Received-SPF", "Value": "pass (example.com: Sender is authorized to use 'sakura.ito.0412@example.com' in 'mfrom' identity) receiver=p-pm-inboundg02a-aws-useast1a" },
            { "Name": "MIME-Version", "Value": "1.0" },
            { "Name": "References", "Value": "<20261125060312.7e6d5c4b3a2940f1e0d9c8b7a6f5e4d3.1.ConsideringThanks@mirai-works.example.jp>" },
            { "Name": "In-Reply-To", "Value": "<20261125060312.7e6d5c4b3a2940f1e0d9c8b7a6f5e4d3.1.ConsideringThanks@mirai-works.example.jp>" },
            { "Name": "Message-ID", "Value": "<CAJx9f3Qm8Lw2rNv5Kp0TzHd7Ys4Bc1Ue6Ga9Xo3Fi2Rj@mail.gmail.com>" }
          ],
          "Attachments": []
        }
        """)!.AsObject();

    private static InboundEmail? Read(JsonObject json, FieldErrors? errors = null) =>
        PostmarkInboundReader.Read(Encoding.UTF8.GetBytes(json.ToJsonString()), errors ?? new FieldErrors());

    [Fact]
    public void Stripped_reply_and_the_messages_own_message_id_are_used()
    {
        var errors = new FieldErrors();

        var email = Read(Sample(), errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal("山根様\n\n前向きに検討しております！\n年収レンジを教えていただけますか。\n\n伊藤", ReplyText.Extract(email!.Text));
        Assert.Equal("<CAJx9f3Qm8Lw2rNv5Kp0TzHd7Ys4Bc1Ue6Ga9Xo3Fi2Rj@mail.gmail.com>", email.MessageId);
        Assert.Equal("\"伊藤さくら\" <sakura.ito.0412@example.com>", email.From);
        Assert.Equal("Re: 【ミライワークス】本日のお礼と、面談のフィードバック", email.Subject);
        Assert.Equal(CorpusTokens.GmailJa, Mailbox.FindToken(email.Recipients));
        Assert.False(email.Headers.Contains("Received-SPF"));
        Assert.Null(AutomaticMail.Classify(email));
    }

    [Fact]
    public void Without_a_stripped_reply_the_text_body_is_used_and_its_quote_removed_later()
    {
        var json = Sample();
        json["StrippedTextReply"] = string.Empty;

        var email = Read(json)!;

        Assert.Equal("山根様\n\n前向きに検討しております！\n年収レンジを教えていただけますか。\n\n伊藤", ReplyText.Extract(email.Text));
    }

    [Fact]
    public void Html_body_alone_is_read_as_text()
    {
        var json = Sample();
        json["StrippedTextReply"] = string.Empty;
        json["TextBody"] = string.Empty;

        var email = Read(json)!;

        Assert.Equal("山根様\n\n前向きに検討しております！", ReplyText.Extract(email.Text));
    }

    [Fact]
    public void Without_a_message_id_header_postmarks_own_id_is_used()
    {
        var json = Sample();
        json["Headers"]!.AsArray().RemoveAt(7);

        Assert.Equal("<73e6d360-66eb-11e1-8e72-a8904824019b>", Read(json)!.MessageId);
    }

    [Fact]
    public void The_original_recipient_finds_the_token_when_the_reply_address_was_a_bcc()
    {
        var json = Sample();
        json["To"] = "山根 健 <yamane@mirai-works.example.jp>";
        json["ToFull"] = new JsonArray(new JsonObject { ["Email"] = "yamane@mirai-works.example.jp", ["Name"] = "山根 健", ["MailboxHash"] = string.Empty });

        var email = Read(json)!;

        Assert.Equal(["yamane@mirai-works.example.jp"], email.To);
        Assert.Equal(CorpusTokens.GmailJa, Mailbox.FindToken(email.Recipients));
    }

    [Fact]
    public void An_auto_submitted_header_marks_an_auto_reply()
    {
        var json = Sample();
        json["Headers"]!.AsArray().Add(new JsonObject { ["Name"] = "Auto-Submitted", ["Value"] = "auto-replied" });

        Assert.Equal(InboundIgnoreReasons.AutoReply, AutomaticMail.Classify(Read(json)!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"From\": ")]
    [InlineData("[1, 2]")]
    [InlineData("null")]
    public void A_body_that_is_not_postmarks_json_is_an_error(string body)
    {
        var errors = new FieldErrors();

        Assert.Null(PostmarkInboundReader.Read(Encoding.UTF8.GetBytes(body), errors));
        Assert.Equal(["$"], errors.ToDictionary().Keys);
    }
}
