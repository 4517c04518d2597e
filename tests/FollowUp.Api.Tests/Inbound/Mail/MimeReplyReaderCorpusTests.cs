using System.Runtime.CompilerServices;
using FollowUp.Api.Inbound.Mail;
using FollowUp.Api.Tests.Inbound.Mail.Support;
using FollowUp.Email.Tokens;
using FollowUp.Api.Validation;
using FollowUp.Orchestrations.Operations.Inbound;
using MimeKit;

namespace FollowUp.Api.Tests.Inbound.Mail;

/// <summary>Every corpus message read as a webhook would deliver it raw: its reply text, sender, subject, token and kind.</summary>
public sealed class MimeReplyReaderCorpusTests
{
    private static readonly ReplyAddress Mailbox = ReplyAddress.Parse(OurEmails.ReplyMailbox);

    /// <summary>What each message must read as. A null message id means "derived from the bytes".</summary>
    public static TheoryData<string, string, string, string, string?, string?> Messages => new()
    {
        { "iso-2022-jp-iphone-ja", "\"佐藤 花子\" <hanako.sato@example.ne.jp>", "Re: 【ミライワークス】本日のお礼と、面談のフィードバック", CorpusTokens.IphoneJa, "<8F2B6C1E-4D7A-4C39-9E21-5B0F3A7D9C41@example.ne.jp>", null },
        { "iso-2022-jp-outlook-ja", "\"鈴木 一郎\" <ichiro.suzuki@corp.example.co.jp>", "RE: 【ミライワークス】本日のお礼と、面談のフィードバック", CorpusTokens.OutlookJa, "<TYCP286MB2345A1B2C3D4E5F6A7B8C9D0E1F2A@TYCP286MB2345.JPNP286.PROD.OUTLOOK.COM>", null },
        { "shift-jis-becky-ja", "\"田中 美咲\" <misaki.tanaka@example.jp>", "Re: 【ミライワークス】本日のお礼", CorpusTokens.BeckyJa, "<20261125213015.6A2F.MISAKI@example.jp>", null },
        { "euc-jp-mutt-ja", "\"高橋 亮\" <ryo@takahashi.example.org>", "Re: 【ミライワークス】本日のお礼と、面談のフィードバック", CorpusTokens.MuttJa, "<aUZ0xk3Qn8sLp2Vd@takahashi.example.org>", null },
        { "utf-8-base64-gmail-ja", "\"伊藤さくら\" <sakura.ito.0412@example.com>", "Re: 【ミライワークス】本日のお礼と、面談のフィードバック", CorpusTokens.GmailJa, "<CAJx9f3Qm8Lw2rNv5Kp0TzHd7Ys4Bc1Ue6Ga9Xo3Fi2Rj@mail.gmail.com>", null },
        { "html-only-outlook-desktop-ja", "\"中村 翔太\" <shota.nakamura@example.co.jp>", "RE: 【ミライワークス】その後いかがでしょうか", CorpusTokens.OutlookDesktopJa, "<000001db44d7$2a9c3e10$7fd4ba30$@example.co.jp>", null },
        { "utf-8-base64-outlook-ios-ja", "\"小林 健太\" <kenta.kobayashi@example.jp>", "Re: 【ミライワークス】本日のお礼と、音声でのフィードバック", CorpusTokens.OutlookIosJa, "<OS3P286MB1F2E3D4C5B6A79808172635445566@OS3P286MB1F2E.JPNP286.PROD.OUTLOOK.COM>", null },
        { "utf-8-qp-yahoo-ja", "\"松本 結衣\" <yui_matsumoto@yahoo.example.co.jp>", "Re: 【ミライワークス】その後いかがでしょうか", CorpusTokens.YahooJa, "<1733093313.48217.yahoomailweb@mail.yahoo.example.co.jp>", null },
        { "no-message-id-ja", "\"山口 直樹\" <naoki.yamaguchi@example.ne.jp>", "Re: 【ミライワークス】カジュアル面談のお礼", CorpusTokens.NoMessageIdJa, null, null },
        { "auto-reply-exchange-ja", "\"渡辺 真理\" <mari.watanabe@corp.example.co.jp>", "自動応答: 【ミライワークス】その後いかがでしょうか", CorpusTokens.OutOfOfficeJa, "<4b8f0c2e9d7a4e1b9c6f3a2d5e8b7c10@TY3P286MB0123.JPNP286.PROD.OUTLOOK.COM>", InboundIgnoreReasons.AutoReply },
        { "utf-8-qp-gmail-en", "\"Emily Clarke\" <emily.clarke@example.com>", "Re: Thank you for today, and some feedback from Mirai Works", CorpusTokens.GmailEn, "<CAKp4mZ1u7XoQe9Wf3Hn2Rb8Vd5Lc0Ts6Jy4Ga1Nk7Pw@mail.gmail.com>", null },
        { "html-only-outlook-web-en", "\"Daniel Kim\" <daniel.kim@example.org>", "Re: Thank you for today, and some feedback from Mirai Works", CorpusTokens.OutlookWebEn, "<DM6PR11MB4691E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7@DM6PR11MB4691.namprd11.prod.outlook.com>", null },
        { "multipart-alternative-apple-mail-en", "\"Priya Natarajan\" <priya.n@example.net>", "Re: Thank you for talking with Mirai Works today", CorpusTokens.AppleMailEn, "<3E9A1C7B-52D4-4F8E-B0A6-7C2D9E1F4B83@example.net>", null },
        { "utf-8-qp-iphone-en", "\"Tom Becker\" <tom.becker@example.com>", "Re: Thank you for today, and a time for your next interview", CorpusTokens.IphoneEn, "<B0C4E1A9-7F26-4D3B-8E5A-19C0F2D6A7E4@example.com>", null },
        { "outlook-original-message-en", "\"Laura Schmidt\" <laura.schmidt@example.de>", "RE: Thank you for today, and some feedback from Mirai Works", CorpusTokens.OutlookEn, "<003a01db3fd2$8c4e1f20$a4ea5d60$@example.de>", null },
        { "utf-8-flowed-thunderbird-en", "\"Lucas Martin\" <lucas.martin@example.fr>", "Re: Thank you for today, and some feedback from Mirai Works", CorpusTokens.ThunderbirdEn, "<5c1e9a7b-3f2d-4e8a-b6c0-d9f4a2e7b1c3@example.fr>", null },
        { "auto-reply-gmail-vacation-en", "\"Oliver Grant\" <oliver.grant@example.com>", "Away until 7 December", CorpusTokens.VacationEn, "<CAFv8kQ2xP7Rm4Zt1Yw9Ns3Lb6Hd0Jc5Ge2Uo8Ai4Kr@mail.gmail.com>", InboundIgnoreReasons.AutoReply },
        { "bounce-postfix-dsn", "\"Mail Delivery System\" <MAILER-DAEMON@mx.example.ne.jp>", "Undelivered Mail Returned to Sender", CorpusTokens.Bounce, "<20261125060320.4C2A81E0B3@mx.example.ne.jp>", InboundIgnoreReasons.Bounce },
    };

    public static TheoryData<string> Names => [.. CorpusSources.All.Select(m => m.Name)];

    [Fact]
    public void The_table_covers_every_corpus_message()
    {
        Assert.Equal(CorpusSources.All.Select(m => m.Name).Order(), Messages.Cast<object[]>().Select(m => (string)m[0]).Order());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Reply_text_after_quote_removal_is_the_expected_sidecar(string name)
    {
        var errors = new FieldErrors();

        var email = MimeReplyReader.Read(Corpus.Message(name), errors);

        Assert.True(errors.IsEmpty, string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(' ', e.Value)}")));
        Assert.Equal(Corpus.ExpectedReply(name), ReplyText.Extract(email!.Text));
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Sender_subject_token_and_kind_are_read_from_the_headers(string name, string from, string subject, string token, string? messageId, string? automatic)
    {
        var email = MimeReplyReader.Read(Corpus.Message(name), new FieldErrors())!;

        Assert.Equal(from, email.From);
        Assert.Equal(subject, email.Subject);
        Assert.Equal(token, Mailbox.FindToken(email.Recipients));
        Assert.Equal(messageId ?? MessageIds.Derive(Corpus.Message(name)), email.MessageId);
        Assert.Equal(automatic, AutomaticMail.Classify(email));
    }

    [Fact]
    public void Iso_2022_jp_reply_is_decoded_and_the_quoted_history_dropped()
    {
        var email = MimeReplyReader.Read(Corpus.Message("iso-2022-jp-iphone-ja"), new FieldErrors())!;

        var reply = ReplyText.Extract(email.Text);

        Assert.StartsWith("山根様", reply, StringComparison.Ordinal);
        Assert.EndsWith("佐藤 花子", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("iPhoneから送信", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("カジュアル面談にお時間をいただき", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_without_message_id_gets_the_same_derived_id_on_every_delivery()
    {
        var first = MimeReplyReader.Read(Corpus.Message("no-message-id-ja"), new FieldErrors())!;
        var redelivered = MimeReplyReader.Read(Corpus.Message("no-message-id-ja"), new FieldErrors())!;

        Assert.Equal(first.MessageId, redelivered.MessageId);
        Assert.Matches("^<[0-9a-f]{64}@followup\\.invalid>$", first.MessageId);
    }

    [Fact]
    public void Reply_address_only_in_cc_still_carries_the_token()
    {
        var email = MimeReplyReader.Read(Corpus.Message("multipart-alternative-apple-mail-en"), new FieldErrors())!;

        Assert.Contains("yamane@mirai-works.example.jp", email.To);
        Assert.Contains(OurEmails.ReplyAddress(CorpusTokens.AppleMailEn), email.To);
    }

    [Fact]
    public void Headers_that_tell_machines_from_people_are_carried_and_network_details_are_not()
    {
        var outOfOffice = MimeReplyReader.Read(Corpus.Message("auto-reply-exchange-ja"), new FieldErrors())!;
        var bounce = MimeReplyReader.Read(Corpus.Message("bounce-postfix-dsn"), new FieldErrors())!;
        var outlook = MimeReplyReader.Read(Corpus.Message("iso-2022-jp-outlook-ja"), new FieldErrors())!;

        Assert.Equal("auto-generated", outOfOffice.Headers.First("Auto-Submitted"));
        Assert.Equal("All", outOfOffice.Headers.First("X-Auto-Response-Suppress"));
        Assert.Equal("<>", bounce.Headers.First("Return-Path"));
        Assert.StartsWith("multipart/report", bounce.Headers.First("Content-Type"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(OurEmails.ReplyAddress(CorpusTokens.Bounce), bounce.Headers.First("Delivered-To"));
        Assert.Equal("<20261125060312.5d1c7a2e9f0b4e3a8c6d2f1e0a9b8c7d.1.ConsideringThanks@mirai-works.example.jp>", outlook.Headers.First("In-Reply-To"));
        Assert.False(outlook.Headers.Contains("Received"));
        Assert.False(outlook.Headers.Contains("Thread-Index"));
    }

    [Theory]
    [InlineData("iso-2022-jp-outlook-ja")]
    [InlineData("utf-8-base64-gmail-ja")]
    [InlineData("utf-8-base64-outlook-ios-ja")]
    [InlineData("utf-8-qp-gmail-en")]
    [InlineData("multipart-alternative-apple-mail-en")]
    public void Html_alternative_gives_the_same_reply_as_the_plain_one(string name)
    {
        // MimeKit is used directly here: load FollowUp.Email first, as any host does, so its code pages are registered.
        RuntimeHelpers.RunModuleConstructor(typeof(HtmlReplyText).Module.ModuleHandle);
        var html = MimeMessage.Load(new MemoryStream(Corpus.Message(name))).HtmlBody ?? string.Empty;

        var reply = ReplyText.Extract(HtmlReplyText.Extract(html));

        Assert.Equal(Corpus.ExpectedReply(name), reply);
    }
}
