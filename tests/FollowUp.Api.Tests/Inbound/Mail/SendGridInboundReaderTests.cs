using System.Text;
using FollowUp.Api.Inbound.Mail;
using FollowUp.Api.Tests.Inbound.Mail.Support;
using FollowUp.Email.Tokens;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Inbound;

namespace FollowUp.Api.Tests.Inbound.Mail;

/// <summary>
/// Posts shaped as SendGrid documents Inbound Parse
/// (https://www.twilio.com/docs/sendgrid/for-developers/parsing-email/inbound-email): multipart/form-data
/// whose sections are kept as bytes, because the text and html sections are in the sender's charset.
/// </summary>
public sealed class SendGridInboundReaderTests
{
    private static readonly ReplyAddress Mailbox = ReplyAddress.Parse(OurEmails.ReplyMailbox);

    private const string Reply = """
        山根様

        田中です。先日はありがとうございました。
        キャリアについてお話しできる機会、ぜひお願いしたいです。
        来週の水曜か金曜の19時以降はいかがでしょうか。
        """;

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static Dictionary<string, byte[]> ParsedPost(string charset, string? text = Reply, string? html = null)
    {
        var address = OurEmails.ReplyAddress(CorpusTokens.BeckyJa);
        var fields = new Dictionary<string, byte[]>
        {
            ["headers"] = Utf8($"""
                Received: by mx0047p1mdw1.sendgrid.net with SMTP id 6kA3xQ2mZ1 Wed, 25 Nov 2026 12:30:16 +0000 (UTC)
                Received: from mail.example.jp (mail.example.jp [203.0.113.25]) by mx0047p1mdw1.sendgrid.net (Postfix) with ESMTPS id 4F2A1C0E3B for <{address}>; Wed, 25 Nov 2026 12:30:16 +0000 (UTC)
                Date: Wed, 25 Nov 2026 21:30:15 +0900
                From: 田中 美咲 <misaki.tanaka@example.jp>
                To: {address}
                Subject: Re: 【ミライワークス】本日のお礼
                In-Reply-To: <20261125060312.9a8b7c6d5e4f40312a1b2c3d4e5f6a7b.1.UndecidedThanks@mirai-works.example.jp>
                Message-Id: <20261125213015.6A2F.MISAKI@example.jp>
                MIME-Version: 1.0
                Content-Type: text/plain; charset="{charset}"
                Content-Transfer-Encoding: 8bit
                X-Mailer: Becky! ver. 2.81.04 [ja]

                """),
            ["dkim"] = Utf8("{@example.jp : pass}"),
            ["to"] = Utf8(address),
            ["from"] = Utf8("田中 美咲 <misaki.tanaka@example.jp>"),
            ["sender_ip"] = Utf8("203.0.113.25"),
            ["envelope"] = Utf8($$"""{"to":["{{address}}"],"from":"misaki.tanaka@example.jp"}"""),
            ["subject"] = Utf8("Re: 【ミライワークス】本日のお礼"),
            ["spam_score"] = Utf8("0.1"),
            ["charsets"] = Utf8($$"""{"to":"UTF-8","html":"{{charset}}","subject":"UTF-8","from":"UTF-8","text":"{{charset}}"}"""),
            ["SPF"] = Utf8("pass"),
        };
        if (text is not null)
        {
            fields["text"] = MailEncoding.Bytes(charset, text);
        }

        if (html is not null)
        {
            fields["html"] = MailEncoding.Bytes(charset, html);
        }

        return fields;
    }

    [Theory]
    [InlineData("Shift_JIS")]
    [InlineData("iso-2022-jp")]
    [InlineData("EUC-JP")]
    public void Parsed_post_decodes_the_text_in_the_charset_sendgrid_names(string charset)
    {
        var errors = new FieldErrors();

        var email = SendGridInboundReader.Read(WebhookForm.FromBytes(ParsedPost(charset)), errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal(Reply.ReplaceLineEndings("\n"), ReplyText.Extract(email!.Text));
        Assert.Equal("\"田中 美咲\" <misaki.tanaka@example.jp>", email.From);
        Assert.Equal("Re: 【ミライワークス】本日のお礼", email.Subject);
        Assert.Equal("<20261125213015.6A2F.MISAKI@example.jp>", email.MessageId);
        Assert.Equal(CorpusTokens.BeckyJa, Mailbox.FindToken(email.Recipients));
        Assert.False(email.Headers.Contains("Received"));
    }

    [Fact]
    public void Shift_jis_text_read_as_utf_8_would_be_garbage_so_the_charsets_field_matters()
    {
        var fields = ParsedPost("Shift_JIS");
        fields["charsets"] = Utf8("""{"to":"UTF-8","subject":"UTF-8","from":"UTF-8"}""");

        var email = SendGridInboundReader.Read(WebhookForm.FromBytes(fields), new FieldErrors())!;

        Assert.DoesNotContain("田中です", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_the_host_already_decoded_are_not_decoded_twice()
    {
        var fields = ParsedPost("Shift_JIS").ToDictionary(f => f.Key, f => f.Key is "text" ? Reply : Encoding.UTF8.GetString(f.Value));

        var email = SendGridInboundReader.Read(WebhookForm.FromText(fields), new FieldErrors())!;

        Assert.Equal(Reply.ReplaceLineEndings("\n"), ReplyText.Extract(email.Text));
    }

    [Fact]
    public void Html_only_parsed_post_is_read_as_text()
    {
        var html = "<div>山根様</div><div><br></div><div>田中です。ぜひお願いします。</div><blockquote>田中 美咲 様<br>本日はありがとうございました。</blockquote>";

        var email = SendGridInboundReader.Read(WebhookForm.FromBytes(ParsedPost("UTF-8", text: null, html: html)), new FieldErrors())!;

        Assert.Equal("山根様\n\n田中です。ぜひお願いします。", ReplyText.Extract(email.Text));
    }

    [Fact]
    public void Raw_post_reads_the_full_mime_message_and_the_envelope()
    {
        var address = OurEmails.ReplyAddress(CorpusTokens.OutlookIosJa);
        var fields = new Dictionary<string, byte[]>
        {
            ["dkim"] = Utf8("{@example.jp : pass}"),
            ["email"] = Corpus.Message("utf-8-base64-outlook-ios-ja"),
            ["to"] = Utf8($"ミライワークス 採用チーム <{address}>"),
            ["from"] = Utf8("小林 健太 <kenta.kobayashi@example.jp>"),
            ["sender_ip"] = Utf8("203.0.113.40"),
            ["envelope"] = Utf8($$"""{"to":["{{address}}"],"from":"kenta.kobayashi@example.jp"}"""),
            ["subject"] = Utf8("Re: 【ミライワークス】本日のお礼と、音声でのフィードバック"),
            ["spam_score"] = Utf8("0"),
            ["charsets"] = Utf8("""{"to":"UTF-8","subject":"UTF-8","from":"UTF-8"}"""),
            ["SPF"] = Utf8("pass"),
        };
        var errors = new FieldErrors();

        var email = SendGridInboundReader.Read(WebhookForm.FromBytes(fields), errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal(Corpus.ExpectedReply("utf-8-base64-outlook-ios-ja"), ReplyText.Extract(email!.Text));
        Assert.Contains(address, email.Headers.All("X-Original-To"));
        Assert.Equal(CorpusTokens.OutlookIosJa, Mailbox.FindToken(email.Recipients));
    }

    [Fact]
    public void A_parsed_post_without_message_id_gets_the_same_derived_id_on_a_retry()
    {
        var fields = ParsedPost("Shift_JIS");
        fields["headers"] = Utf8(Encoding.UTF8.GetString(fields["headers"]).Replace("Message-Id: <20261125213015.6A2F.MISAKI@example.jp>\n", string.Empty, StringComparison.Ordinal));

        var first = SendGridInboundReader.Read(WebhookForm.FromBytes(fields), new FieldErrors())!;
        var retry = SendGridInboundReader.Read(WebhookForm.FromBytes(fields), new FieldErrors())!;

        Assert.EndsWith("@followup.invalid>", first.MessageId, StringComparison.Ordinal);
        Assert.Equal(first.MessageId, retry.MessageId);
    }

    [Fact]
    public void A_parsed_post_with_neither_text_nor_html_is_an_error_on_text()
    {
        var errors = new FieldErrors();

        Assert.Null(SendGridInboundReader.Read(WebhookForm.FromBytes(ParsedPost("UTF-8", text: null)), errors));
        Assert.Equal(["text"], errors.ToDictionary().Keys);
    }
}
