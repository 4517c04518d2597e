using System.Text;
using System.Text.Json;
using FollowUp.Api.Inbound.Mail;
using FollowUp.Api.Tests.Inbound.Mail.Support;
using FollowUp.Email.Tokens;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Inbound;

namespace FollowUp.Api.Tests.Inbound.Mail;

/// <summary>
/// Posts shaped as Mailgun documents a Routes forward()
/// (https://documentation.mailgun.com/docs/mailgun/user-manual/receive-forward-store/receive-http):
/// the parsed fields, each top-level header again as its own field, and message-headers as JSON pairs.
/// </summary>
public sealed class MailgunInboundReaderTests
{
    private const string Token = "odywxld3l7rdqsi6ppk7y4sp2w6haqvh7t6traxzt7l5ivbwy";
    private const string MessageId = "<CAKp4mZ1u7XoQe9Wf3Hn2Rb8Vd5Lc0Ts6Jy4Ga1Nk7Pw@mail.gmail.com>";

    private static readonly ReplyAddress Mailbox = ReplyAddress.Parse(OurEmails.ReplyMailbox);

    private const string Reply = "Hi Ken,\r\n\r\nI'd be glad to move forward to an interview. Tuesday after 2pm works.\r\n\r\nBest,\r\nEmily";

    private static Dictionary<string, string> ParsedPost(params (string Name, string Value)[] extraHeaders)
    {
        var address = OurEmails.ReplyAddress(Token);
        (string, string)[] headers =
        [
            ("X-Mailgun-Incoming", "Yes"),
            ("X-Envelope-From", "<emily.clarke@example.com>"),
            ("Received", "from mail-yw1-f175.google.com (mail-yw1-f175.google.com [209.85.128.175]) by mxa.mailgun.org with ESMTP id 6745c2a1.7f3e2c1b0a98-smtp-in-n03; Wed, 25 Nov 2026 11:14:53 GMT"),
            ("Mime-Version", "1.0"),
            ("References", "<20261125060312.2b3c4d5e6f7a48b9c0d1e2f3a4b5c6d7.1.ConsideringThanks@mirai-works.example.jp>"),
            ("In-Reply-To", "<20261125060312.2b3c4d5e6f7a48b9c0d1e2f3a4b5c6d7.1.ConsideringThanks@mirai-works.example.jp>"),
            ("From", "Emily Clarke <emily.clarke@example.com>"),
            ("Date", "Wed, 25 Nov 2026 11:14:52 +0000"),
            ("Message-Id", MessageId),
            ("Subject", "Re: Thank you for today, and some feedback from Mirai Works"),
            ("To", $"Mirai Works Recruiting <{address}>"),
            ("Content-Type", "multipart/alternative; boundary=\"0000000000009b2e4d062f3b17c5\""),
            .. extraHeaders,
        ];
        var form = new Dictionary<string, string>
        {
            ["recipient"] = address,
            ["sender"] = "emily.clarke@example.com",
            ["from"] = "Emily Clarke <emily.clarke@example.com>",
            ["subject"] = "Re: Thank you for today, and some feedback from Mirai Works",
            ["body-plain"] = $"{Reply}\r\n\r\n-- \r\nEmily Clarke\r\n\r\nOn Wed, Nov 25, 2026 at 3:03 PM Mirai Works Recruiting <recruit@mirai-works.example.jp> wrote:\r\n\r\n> Dear Emily Clarke,\r\n",
            ["stripped-text"] = Reply,
            ["stripped-signature"] = "Emily Clarke",
            ["body-html"] = "<div dir=\"ltr\">Hi Ken,<div><br></div><div>I'd be glad to move forward.</div></div>",
            ["stripped-html"] = "<div dir=\"ltr\">Hi Ken,<div><br></div><div>I'd be glad to move forward.</div></div>",
            ["attachment-count"] = "0",
            ["timestamp"] = "1795605293",
            ["token"] = "9f1c3e5a7b2d4f6e8a0c2e4f6a8b0d2f4a6c8e0b2d4f6a8c0e",
            ["signature"] = "5d0f3b8e2c7a9146d8e0b2f4a6c8e0d2f4b6a8c0e2d4f6b8a0c2e4f6a8b0d2f4",
            ["message-headers"] = JsonSerializer.Serialize(headers.Select(h => new[] { h.Item1, h.Item2 })),
            ["content-id-map"] = "{}",
        };
        foreach (var (name, value) in headers)
        {
            form.TryAdd(name, value);
        }

        return form;
    }

    [Fact]
    public void Parsed_route_post_reads_the_stripped_reply_and_the_headers()
    {
        var errors = new FieldErrors();

        var email = MailgunInboundReader.Read(WebhookForm.FromText(ParsedPost()), errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal(MessageId, email!.MessageId);
        Assert.Equal("\"Emily Clarke\" <emily.clarke@example.com>", email.From);
        Assert.Equal("Re: Thank you for today, and some feedback from Mirai Works", email.Subject);
        Assert.Equal(Reply.ReplaceLineEndings("\n"), ReplyText.Extract(email.Text));
        Assert.Equal(Token, Mailbox.FindToken(email.Recipients));
        Assert.Equal("<20261125060312.2b3c4d5e6f7a48b9c0d1e2f3a4b5c6d7.1.ConsideringThanks@mirai-works.example.jp>", email.Headers.First("In-Reply-To"));
        Assert.False(email.Headers.Contains("Received"));
        Assert.Null(AutomaticMail.Classify(email));
    }

    [Fact]
    public void When_mailgun_found_no_reply_to_strip_the_whole_body_is_used()
    {
        var post = ParsedPost();
        post["stripped-text"] = string.Empty;

        var email = MailgunInboundReader.Read(WebhookForm.FromText(post), new FieldErrors())!;

        Assert.Equal(Reply.ReplaceLineEndings("\n"), ReplyText.Extract(email.Text));
    }

    [Fact]
    public void An_out_of_office_answer_is_recognised_from_message_headers()
    {
        var email = MailgunInboundReader.Read(WebhookForm.FromText(ParsedPost(("Auto-Submitted", "auto-replied"))), new FieldErrors())!;

        Assert.Equal(InboundIgnoreReasons.AutoReply, AutomaticMail.Classify(email));
    }

    [Fact]
    public void Without_message_headers_the_header_fields_mailgun_also_posts_are_used()
    {
        var post = ParsedPost();
        post.Remove("message-headers");
        post["Auto-Submitted"] = "auto-replied";

        var email = MailgunInboundReader.Read(WebhookForm.FromText(post), new FieldErrors())!;

        Assert.Equal(MessageId, email.MessageId);
        Assert.Equal(Token, Mailbox.FindToken(email.To));
        Assert.Equal(InboundIgnoreReasons.AutoReply, AutomaticMail.Classify(email));
    }

    [Fact]
    public void Mime_route_post_reads_body_mime_and_keeps_the_envelope_recipient()
    {
        var address = OurEmails.ReplyAddress(CorpusTokens.IphoneJa);
        var form = WebhookForm.FromBytes(new Dictionary<string, byte[]>
        {
            ["recipient"] = Encoding.UTF8.GetBytes(address),
            ["sender"] = Encoding.UTF8.GetBytes("hanako.sato@example.ne.jp"),
            ["from"] = Encoding.UTF8.GetBytes("佐藤 花子 <hanako.sato@example.ne.jp>"),
            ["subject"] = Encoding.UTF8.GetBytes("Re: 【ミライワークス】本日のお礼と、面談のフィードバック"),
            ["body-mime"] = Corpus.Message("iso-2022-jp-iphone-ja"),
            ["timestamp"] = Encoding.UTF8.GetBytes("1795610528"),
            ["token"] = Encoding.UTF8.GetBytes("0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b"),
            ["signature"] = Encoding.UTF8.GetBytes("1e3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a"),
        });
        var errors = new FieldErrors();

        var email = MailgunInboundReader.Read(form, errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal(Corpus.ExpectedReply("iso-2022-jp-iphone-ja"), ReplyText.Extract(email!.Text));
        Assert.Equal("<8F2B6C1E-4D7A-4C39-9E21-5B0F3A7D9C41@example.ne.jp>", email.MessageId);
        Assert.Contains(address, email.Headers.All("X-Original-To"));
    }

    [Fact]
    public void Broken_body_mime_is_reported_under_its_field()
    {
        var form = WebhookForm.FromText(new Dictionary<string, string> { ["recipient"] = "replies+x@reply.mirai-works.example.jp", ["body-mime"] = string.Empty });
        var errors = new FieldErrors();

        Assert.Null(MailgunInboundReader.Read(form, errors));
        Assert.Contains("body-mime", errors.ToDictionary().Keys);
    }

    [Fact]
    public void Message_headers_that_are_not_json_are_an_error()
    {
        var post = ParsedPost();
        post["message-headers"] = "[[\"From\", \"Emily";
        var errors = new FieldErrors();

        Assert.Null(MailgunInboundReader.Read(WebhookForm.FromText(post), errors));
        Assert.Equal(["message-headers"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void A_post_without_any_sender_is_an_error_on_from()
    {
        var post = ParsedPost();
        post.Remove("from");
        post.Remove("From");
        post.Remove("sender");
        post["message-headers"] = "[]";
        var errors = new FieldErrors();

        Assert.Null(MailgunInboundReader.Read(WebhookForm.FromText(post), errors));
        Assert.Equal(["from"], errors.ToDictionary().Keys);
    }
}
