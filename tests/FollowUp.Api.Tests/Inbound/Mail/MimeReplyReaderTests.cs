using System.Text;
using FollowUp.Api.Inbound.Mail;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Inbound;

namespace FollowUp.Api.Tests.Inbound.Mail;

public sealed class MimeReplyReaderTests
{
    private const string To = "replies+abc234@reply.mirai-works.example.jp";

    private static byte[] Message(string headers, string body = "Yes, please.") =>
        Encoding.UTF8.GetBytes($"{headers.TrimEnd('\n')}\n\n{body}\n".ReplaceLineEndings("\r\n"));

    private static (InboundEmail? Email, FieldErrors Errors) Read(byte[] mime, params string[] envelope)
    {
        var errors = new FieldErrors();
        return (MimeReplyReader.Read(mime, envelope, errors), errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"messageId\":\"<m@x>\",\"from\":\"a@b\"}")]
    public void Bytes_that_are_no_message_are_an_error(string body)
    {
        var (email, errors) = Read(Encoding.UTF8.GetBytes(body));

        Assert.Null(email);
        Assert.Equal(["$"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void A_message_over_the_mime_limit_is_refused_without_parsing()
    {
        var (email, errors) = Read(new byte[InboundEmailLimits.MaxMimeBytes + 1]);

        Assert.Null(email);
        Assert.Contains("MB", errors.ToDictionary()["$"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_without_from_is_an_error_on_from_and_sender_stands_in_when_present()
    {
        var (missing, errors) = Read(Message($"To: {To}\nSubject: Re: hello"));
        var (withSender, _) = Read(Message($"Sender: Hanako <hanako@example.jp>\nTo: {To}"));

        Assert.Null(missing);
        Assert.Equal(["From"], errors.ToDictionary().Keys);
        Assert.Equal("\"Hanako\" <hanako@example.jp>", withSender!.From);
    }

    [Fact]
    public void A_message_to_nobody_is_an_error_unless_the_provider_names_the_envelope_recipient()
    {
        var mime = Message("From: hanako@example.jp\nTo: undisclosed-recipients:;");

        var (alone, errors) = Read(mime);
        var (enveloped, _) = Read(mime, To);

        Assert.Null(alone);
        Assert.Equal(["To"], errors.ToDictionary().Keys);
        Assert.Empty(enveloped!.To);
        Assert.Equal([To], enveloped.Recipients);
    }

    [Fact]
    public void An_unusable_message_id_is_replaced_by_the_derived_one()
    {
        var mime = Message($"From: hanako@example.jp\nTo: {To}\nMessage-ID: <{new string('a', InboundEmailLimits.MaxMessageIdLength)}@example.jp>");

        var (email, _) = Read(mime);

        Assert.Equal(MessageIds.Derive(mime), email!.MessageId);
    }

    [Fact]
    public void An_attached_text_file_is_not_taken_for_the_reply()
    {
        var mime = Message(
            $"From: hanako@example.jp\nTo: {To}\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"",
            """
            --b1
            Content-Type: text/plain; name="職務経歴書.txt"
            Content-Disposition: attachment; filename="resume.txt"

            2019-2026 株式会社サンプル 開発リーダー
            --b1
            Content-Type: text/plain; charset=utf-8

            職務経歴書を添付いたします。ご確認ください。
            --b1--
            """);

        var (email, _) = Read(mime);

        Assert.Equal("職務経歴書を添付いたします。ご確認ください。", ReplyText.Extract(email!.Text));
    }

    [Fact]
    public void A_body_longer_than_the_source_limit_is_cut_rather_than_refused()
    {
        var body = "ぜひ進めたいです。\n" + new string('x', InboundEmailLimits.MaxSourceTextLength * 2);

        var (email, _) = Read(Message($"From: hanako@example.jp\nTo: {To}\nContent-Type: text/plain; charset=utf-8", body));

        Assert.Equal(InboundEmailLimits.MaxSourceTextLength, email!.Text.Length);
        Assert.StartsWith("ぜひ進めたいです。", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recipients_beyond_the_limit_are_dropped_and_the_envelope_still_carries_the_token()
    {
        var many = string.Join(", ", Enumerable.Range(0, InboundEmailLimits.MaxRecipients + 10).Select(i => $"person{i}@example.jp"));

        var (email, errors) = Read(Message($"From: hanako@example.jp\nTo: {many}\nCc: {To}"), To);

        Assert.True(errors.IsEmpty);
        Assert.Equal(InboundEmailLimits.MaxRecipients, email!.To.Count);
        Assert.Contains(To, email.Recipients);
    }

    [Fact]
    public void A_folded_subject_is_shown_on_one_line()
    {
        var (email, _) = Read(Message($"From: hanako@example.jp\nTo: {To}\nSubject: Re: Thank you for today,\n and some feedback"));

        Assert.Equal("Re: Thank you for today, and some feedback", email!.Subject);
    }

    [Fact]
    public void Html_only_reply_without_a_charset_parameter_is_read_as_utf_8()
    {
        var (email, _) = Read(Message(
            $"From: hanako@example.jp\nTo: {To}\nMIME-Version: 1.0\nContent-Type: text/html",
            "<p>来週火曜でお願いします。</p><blockquote>佐藤 花子 様</blockquote>"));

        Assert.Equal("来週火曜でお願いします。", ReplyText.Extract(email!.Text));
    }
}
