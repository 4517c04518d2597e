using FollowUp.Orchestrations.Operations.Inbound;

namespace FollowUp.Api.Tests.Unit;

public sealed class AutomaticMailTests
{
    private static InboundEmail Email(string subject = "Re: 本日はありがとうございました", string from = "Hanako <hanako@example.com>", params (string, string)[] headers) =>
        new("<m@x>", from, ["replies+t@followup.example"], subject, "text", InboundHeaders.Of(headers));

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied")]
    [InlineData("Auto-Submitted", "auto-generated")]
    [InlineData("X-Autoreply", "yes")]
    [InlineData("X-Autorespond", "1")]
    [InlineData("Precedence", "bulk")]
    [InlineData("Precedence", "junk")]
    [InlineData("Precedence", "auto_reply")]
    [InlineData("Precedence", "List")]
    public void Auto_reply_headers_mark_an_auto_reply(string header, string value)
    {
        Assert.Equal(InboundIgnoreReasons.AutoReply, AutomaticMail.Classify(Email(headers: (header, value))));
    }

    [Theory]
    [InlineData("自動返信: 本日はありがとうございました")]
    [InlineData("【自動返信】")]
    [InlineData("[不在] 12/1まで休暇をいただいております")]
    [InlineData("不在通知")]
    [InlineData("Out of Office: Thank you for today")]
    [InlineData("Automatic reply: Thank you for today")]
    [InlineData("Auto: Thank you for today")]
    [InlineData("AutoReply: Thank you")]
    public void Out_of_office_subjects_in_japanese_and_english_mark_an_auto_reply(string subject)
    {
        Assert.Equal(InboundIgnoreReasons.AutoReply, AutomaticMail.Classify(Email(subject)));
    }

    [Theory]
    [InlineData("Mail Delivery System <MAILER-DAEMON@mx.example.com>", "Undelivered Mail Returned to Sender")]
    [InlineData("postmaster@example.com", "Failure")]
    [InlineData("Microsoft Outlook <outlook@example.com>", "Undeliverable: Thank you for today")]
    [InlineData("Mail Delivery Subsystem <mailer@example.com>", "Delivery Status Notification (Failure)")]
    public void Delivery_failures_are_bounces(string from, string subject)
    {
        Assert.Equal(InboundIgnoreReasons.Bounce, AutomaticMail.Classify(Email(subject, from)));
    }

    [Fact]
    public void Null_return_path_is_a_bounce()
    {
        Assert.Equal(InboundIgnoreReasons.Bounce, AutomaticMail.Classify(Email(headers: ("Return-Path", "<>"))));
    }

    [Theory]
    [InlineData("Re: 本日はありがとうございました")]
    [InlineData("Re: Thank you — I was out of office last week")]
    [InlineData("Re: 来週は不在ですが、その後なら")]
    [InlineData("Re: Auto industry experience")]
    public void A_persons_reply_is_not_automatic(string subject)
    {
        Assert.Null(AutomaticMail.Classify(Email(subject, headers: ("Auto-Submitted", "no"))));
    }
}
