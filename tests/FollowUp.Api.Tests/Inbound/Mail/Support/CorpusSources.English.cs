using static FollowUp.Api.Tests.Inbound.Mail.Support.MailEncoding;
using static FollowUp.Api.Tests.Inbound.Mail.Support.OurEmails;

namespace FollowUp.Api.Tests.Inbound.Mail.Support;

/// <summary>Replies from English-writing candidates (and the machines that answer for them), each shaped like what its mailer sends.</summary>
internal static partial class CorpusSources
{
    /// <summary>Gmail in English: quoted-printable alternatives, a "-- " signature, "On … wrote:" and div.gmail_quote.</summary>
    private static CorpusMessage GmailEn()
    {
        const string boundary = "0000000000009b2e4d062f3b17c5";
        string[] reply =
        [
            "Hi Ken,", "",
            "Thank you so much for today — I really enjoyed hearing how the platform team works, and the feedback was genuinely useful (I'll work on putting numbers to my impact!).",
            "", "I'd be glad to move forward to an interview. Next week I'm free Tuesday after 2pm or any time Thursday (JST).", "", "Best,", "Emily",
        ];
        string[] signature = ["Emily Clarke", "Senior Backend Engineer", "https://www.linkedin.com/in/emily-clarke-example"];
        var plain = $"""
            {string.Join("\n", reply)}

            {SignatureDashes}
            {string.Join("\n", signature)}

            On Wed, Nov 25, 2026 at 3:03 PM {RecruitingEn} <{RecruitingAddress}> wrote:

            {Quote(ConsideringEn("Emily Clarke"))}

            """;
        var html = $"""
            <div dir="ltr">{string.Join(string.Empty, reply.Select(l => l.Length == 0 ? "<div><br></div>" : $"<div>{l.Replace("'", "&#39;", StringComparison.Ordinal)}</div>"))}<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">{string.Join("<br>", signature)}</div></div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Wed, Nov 25, 2026 at 3:03 PM {RecruitingEn} &lt;<a href="mailto:{RecruitingAddress}">{RecruitingAddress}</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><p>Dear Emily Clarke,</p><p>Thank you for taking the time to talk with us at Mirai Works today.</p></blockquote></div>

            """;
        return CorpusMessage.SevenBit("utf-8-qp-gmail-en", () => $$"""
            Delivered-To: {{ReplyAddress(CorpusTokens.GmailEn)}}
            Return-Path: <emily.clarke@example.com>
            MIME-Version: 1.0
            References: <20261125060312.2b3c4d5e6f7a48b9c0d1e2f3a4b5c6d7.1.ConsideringThanks@mirai-works.example.jp>
            In-Reply-To: <20261125060312.2b3c4d5e6f7a48b9c0d1e2f3a4b5c6d7.1.ConsideringThanks@mirai-works.example.jp>
            From: Emily Clarke <emily.clarke@example.com>
            Date: Wed, 25 Nov 2026 11:14:52 +0000
            Message-ID: <CAKp4mZ1u7XoQe9Wf3Hn2Rb8Vd5Lc0Ts6Jy4Ga1Nk7Pw@mail.gmail.com>
            Subject: Re: Thank you for today, and some feedback from Mirai Works
            To: {{RecruitingEn}} <{{ReplyAddress(CorpusTokens.GmailEn)}}>
            Content-Type: multipart/alternative; boundary="{{boundary}}"

            --{{boundary}}
            Content-Type: text/plain; charset="UTF-8"
            Content-Transfer-Encoding: quoted-printable

            {{QuotedPrintable("utf-8", plain)}}

            --{{boundary}}
            Content-Type: text/html; charset="UTF-8"
            Content-Transfer-Encoding: quoted-printable

            {{QuotedPrintable("utf-8", html)}}

            --{{boundary}}--
            """);
    }

    /// <summary>Outlook on the web, HTML only: #appendonsend and #divRplyFwdMsg mark where the old message starts.</summary>
    private static CorpusMessage OutlookWebEn()
    {
        var html = $$"""
            <html>
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
            <style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
            </head>
            <body dir="ltr">
            <div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
            Hi Ken,</div>
            <div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
            <br>
            </div>
            <div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
            Thanks so much for the thoughtful feedback &mdash; it was really helpful, and it&#8217;s rare to get that after a casual chat.</div>
            <div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
            <br>
            </div>
            <div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
            I&#39;m still weighing things up on my side, so could I get back to you by Friday? Two quick questions in the meantime:</div>
            <ul data-editing-info="{&quot;applyListStyleFromLevel&quot;:false}" style="margin-top: 0px; margin-bottom: 0px;">
            <li style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
            <div role="presentation" class="elementToProof">Is the role open to a hybrid schedule (2&ndash;3 days in the office)?</div>
            </li><li style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
            <div role="presentation" class="elementToProof">What does the on-call rotation look like &amp; how often would I be on it?</div>
            </li></ul>
            <div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
            <br>
            </div>
            <div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
            Best regards,</div>
            <div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
            Daniel</div>
            <div id="appendonsend"></div>
            <hr style="display:inline-block;width:98%" tabindex="-1">
            <div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> {{RecruitingEn}} &lt;{{RecruitingAddress}}&gt;<br>
            <b>Sent:</b> Wednesday, November 25, 2026 3:03 PM<br>
            <b>To:</b> Daniel Kim &lt;daniel.kim@example.org&gt;<br>
            <b>Subject:</b> Thank you for today, and some feedback from Mirai Works</font>
            <div>&nbsp;</div>
            </div>
            <div><p>Dear Daniel Kim,</p><p>Thank you for taking the time to talk with us at Mirai Works today.</p></div>
            </body>
            </html>
            """;
        return CorpusMessage.SevenBit("html-only-outlook-web-en", () => $$"""
            Return-Path: daniel.kim@example.org
            Delivered-To: {{ReplyAddress(CorpusTokens.OutlookWebEn)}}
            From: Daniel Kim <daniel.kim@example.org>
            To: {{RecruitingEn}} <{{ReplyAddress(CorpusTokens.OutlookWebEn)}}>
            Subject: Re: Thank you for today, and some feedback from Mirai Works
            Thread-Topic: Thank you for today, and some feedback from Mirai Works
            Thread-Index: AQHbP3Vw2k8s1yT5eUq3Z9m0cRfXbA==
            Date: Wed, 25 Nov 2026 16:22:10 +0000
            Message-ID: <DM6PR11MB4691E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7@DM6PR11MB4691.namprd11.prod.outlook.com>
            References: <20261125060312.6f5e4d3c2b1a40f9e8d7c6b5a4f3e2d1.1.ConsideringThanks@mirai-works.example.jp>
            In-Reply-To: <20261125060312.6f5e4d3c2b1a40f9e8d7c6b5a4f3e2d1.1.ConsideringThanks@mirai-works.example.jp>
            Accept-Language: en-US
            Content-Language: en-US
            X-MS-Has-Attach:
            X-MS-TNEF-Correlator:
            msip_labels:
            Content-Type: text/html; charset="utf-8"
            Content-Transfer-Encoding: quoted-printable
            MIME-Version: 1.0

            {{QuotedPrintable("utf-8", html)}}
            """);
    }

    /// <summary>Apple Mail on a Mac: the reply address only in Cc (reply-all), the attribution inside the quote, blockquote type=cite.</summary>
    private static CorpusMessage AppleMailEn()
    {
        const string boundary = "Apple-Mail=_5E0B8F2A-3C71-4D9E-A6B2-8F1C0D7E9A34";
        string[] reply =
        [
            "Hi Ken,", "",
            "Thank you for such a relaxed conversation today. I'm honestly not sure yet whether I want to change jobs, but I'd really enjoy the career chat you offered.",
            "", "A coffee near Shibuya would be lovely — any weekday lunchtime in the first two weeks of December works for me.", "",
            "Warm regards,", "Priya",
        ];
        var plain = $"""
            {string.Join("\n", reply)}

            {Quote($"On Nov 25, 2026, at 15:03, {RecruitingEn} <{RecruitingAddress}> wrote:\n\n{UndecidedEn("Priya Natarajan")}", "> ")}

            """;
        var html = $"""
            <html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">{string.Join(string.Empty, reply.Select((l, i) => i == 0 ? l : l.Length == 0 ? "<div><br></div>" : $"<div>{l}</div>"))}<div><br id="lineBreakAtBeginningOfMessage"><div><br><blockquote type="cite"><div>On Nov 25, 2026, at 15:03, {RecruitingEn} &lt;{RecruitingAddress}&gt; wrote:</div><br class="Apple-interchange-newline"><div><div>Dear Priya Natarajan,</div><div><br></div><div>Thank you for talking with us at Mirai Works today.</div></div></blockquote></div><br></div></body></html>
            """;
        return CorpusMessage.SevenBit("multipart-alternative-apple-mail-en", () => $$"""
            Return-Path: <priya.n@example.net>
            Delivered-To: {{ReplyAddress(CorpusTokens.AppleMailEn)}}
            From: Priya Natarajan <priya.n@example.net>
            Content-Type: multipart/alternative;
            	boundary="{{boundary}}"
            Mime-Version: 1.0 (Mac OS X Mail 16.0 \(3826.300.87.4.3\))
            Subject: Re: Thank you for talking with Mirai Works today
            Date: Wed, 25 Nov 2026 21:07:45 +0900
            In-Reply-To: <20261125060312.4a3b2c1d0e9f48a7b6c5d4e3f2a1b0c9.1.UndecidedThanks@mirai-works.example.jp>
            To: Ken Yamane <yamane@mirai-works.example.jp>
            Cc: {{RecruitingEn}} <{{ReplyAddress(CorpusTokens.AppleMailEn)}}>
            References: <20261125060312.4a3b2c1d0e9f48a7b6c5d4e3f2a1b0c9.1.UndecidedThanks@mirai-works.example.jp>
            Message-Id: <3E9A1C7B-52D4-4F8E-B0A6-7C2D9E1F4B83@example.net>
            X-Mailer: Apple Mail (2.3826.300.87.4.3)


            --{{boundary}}
            Content-Transfer-Encoding: quoted-printable
            Content-Type: text/plain;
            	charset=utf-8

            {{QuotedPrintable("utf-8", plain)}}

            --{{boundary}}
            Content-Transfer-Encoding: quoted-printable
            Content-Type: text/html;
            	charset=utf-8

            {{QuotedPrintable("utf-8", html)}}

            --{{boundary}}--
            """);
    }

    /// <summary>iPhone Mail in English: quoted-printable with trailing spaces, "Sent from my iPhone", a quoted attribution.</summary>
    private static CorpusMessage IphoneEn()
    {
        var body = $"""
            Thanks Ken! Yes — let’s do it.{" "}

            I can do Tuesday or Thursday afternoon next week, whichever suits the team.{" "}

            Sent from my iPhone

            {Quote($"On Nov 25, 2026, at 3:03 PM, {RecruitingEn} <{RecruitingAddress}> wrote:\n\n\uFEFF{AskAvailabilityEn("Tom Becker")}", "> ")}
            """;
        return CorpusMessage.SevenBit("utf-8-qp-iphone-en", () => $$"""
            Return-Path: <tom.becker@example.com>
            Delivered-To: {{ReplyAddress(CorpusTokens.IphoneEn)}}
            Content-Type: text/plain;
            	charset=utf-8
            Content-Transfer-Encoding: quoted-printable
            From: Tom Becker <tom.becker@example.com>
            Mime-Version: 1.0 (1.0)
            Subject: Re: Thank you for today, and a time for your next interview
            Date: Wed, 25 Nov 2026 08:21:37 -0500
            Message-Id: <B0C4E1A9-7F26-4D3B-8E5A-19C0F2D6A7E4@example.com>
            References: <20261125060312.9f8e7d6c5b4a43f2e1d0c9b8a7f6e5d4.1.AskAvailability@mirai-works.example.jp>
            In-Reply-To: <20261125060312.9f8e7d6c5b4a43f2e1d0c9b8a7f6e5d4.1.AskAvailability@mirai-works.example.jp>
            To: {{ReplyAddress(CorpusTokens.IphoneEn)}}
            X-Mailer: iPhone Mail (22B91)

            {{QuotedPrintable("utf-8", body)}}
            """);
    }

    /// <summary>Outlook for Windows in plain text: us-ascii 7bit and the classic "-----Original Message-----".</summary>
    private static CorpusMessage OutlookEn() => CorpusMessage.SevenBit("outlook-original-message-en", () => $$"""
        Return-Path: <laura.schmidt@example.de>
        Delivered-To: {{ReplyAddress(CorpusTokens.OutlookEn)}}
        From: "Laura Schmidt" <laura.schmidt@example.de>
        To: "'Mirai Works Recruiting'" <{{ReplyAddress(CorpusTokens.OutlookEn)}}>
        References: <20261125060312.8e7f6a5b4c3d42e1f0a9b8c7d6e5f4a3.1.ConsideringThanks@mirai-works.example.jp>
        In-Reply-To: <20261125060312.8e7f6a5b4c3d42e1f0a9b8c7d6e5f4a3.1.ConsideringThanks@mirai-works.example.jp>
        Subject: RE: Thank you for today, and some feedback from Mirai Works
        Date: Thu, 26 Nov 2026 09:41:17 +0100
        Message-ID: <003a01db3fd2$8c4e1f20$a4ea5d60$@example.de>
        MIME-Version: 1.0
        Content-Type: text/plain;
        	charset="us-ascii"
        Content-Transfer-Encoding: 7bit
        X-Mailer: Microsoft Outlook 16.0
        Thread-Index: AQKm3Yc0z1r5q8TcLx2W7oYk4uFn9w==
        Content-Language: de

        Hello Ken,

        Thank you for the kind words and the detailed feedback.

        After thinking it over, I have decided to stay in my current role for now - the timing is not right for me. I hope we can stay in touch, and I would be happy to connect on LinkedIn.

        Best regards,
        Laura Schmidt

        -----Original Message-----
        From: {{RecruitingEn}} <{{RecruitingAddress}}>
        Sent: Wednesday, November 25, 2026 7:03 AM
        To: Laura Schmidt <laura.schmidt@example.de>
        Subject: Thank you for today, and some feedback from Mirai Works

        {{ConsideringEn("Laura Schmidt")}}
        """);

    /// <summary>A Gmail vacation responder: only Auto-Submitted says it is automatic; the subject is the person's own.</summary>
    private static CorpusMessage VacationEn()
    {
        const string boundary = "000000000000f1a2b3062f4c5d6e";
        const string text = """
            Hi,

            I'm travelling with limited access to email until Monday 7 December. I'll reply as soon as I'm back.

            Oliver
            """;
        return CorpusMessage.SevenBit("auto-reply-gmail-vacation-en", () => $$"""
            Delivered-To: {{ReplyAddress(CorpusTokens.VacationEn)}}
            Return-Path: <oliver.grant@example.com>
            MIME-Version: 1.0
            From: Oliver Grant <oliver.grant@example.com>
            Date: Tue, 1 Dec 2026 00:30:09 +0000
            References: <20261201003000.5e4d3c2b1a0f49e8d7c6b5a4f3e2d1c0.2.StatusCheck@mirai-works.example.jp>
            In-Reply-To: <20261201003000.5e4d3c2b1a0f49e8d7c6b5a4f3e2d1c0.2.StatusCheck@mirai-works.example.jp>
            Auto-Submitted: auto-replied
            Message-ID: <CAFv8kQ2xP7Rm4Zt1Yw9Ns3Lb6Hd0Jc5Ge2Uo8Ai4Kr@mail.gmail.com>
            Subject: Away until 7 December
            To: {{ReplyAddress(CorpusTokens.VacationEn)}}
            Content-Type: multipart/alternative; boundary="{{boundary}}"

            --{{boundary}}
            Content-Type: text/plain; charset="UTF-8"

            {{text}}

            --{{boundary}}
            Content-Type: text/html; charset="UTF-8"

            <div dir="ltr">Hi,<div><br></div><div>I&#39;m travelling with limited access to email until Monday 7 December. I&#39;ll reply as soon as I&#39;m back.</div><div><br></div><div>Oliver</div></div>

            --{{boundary}}--
            """);
    }

    /// <summary>A Postfix delivery status notification (RFC 3464): null Return-Path, multipart/report.</summary>
    private static CorpusMessage Bounce()
    {
        const string boundary = "4C2A81E0B3.1795716200/mx.example.ne.jp";
        var address = ReplyAddress(CorpusTokens.Bounce);
        return CorpusMessage.SevenBit("bounce-postfix-dsn", () => $$"""
            Return-Path: <>
            Delivered-To: {{address}}
            Received: by mx.example.ne.jp (Postfix)
            	id 4C2A81E0B3; Wed, 25 Nov 2026 15:03:20 +0900 (JST)
            Date: Wed, 25 Nov 2026 15:03:20 +0900 (JST)
            From: MAILER-DAEMON@mx.example.ne.jp (Mail Delivery System)
            Subject: Undelivered Mail Returned to Sender
            To: {{address}}
            Auto-Submitted: auto-replied
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status;
            	boundary="{{boundary}}"
            Content-Transfer-Encoding: 8bit
            Message-Id: <20261125060320.4C2A81E0B3@mx.example.ne.jp>

            This is a MIME-encapsulated message.

            --{{boundary}}
            Content-Description: Notification
            Content-Type: text/plain; charset=us-ascii

            This is the mail system at host mx.example.ne.jp.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <yuki.old@example.ne.jp>: host mx.example.ne.jp[192.0.2.25] said: 550 5.1.1
                <yuki.old@example.ne.jp>: Recipient address rejected: User unknown in
                local recipient table (in reply to RCPT TO command)

            --{{boundary}}
            Content-Description: Delivery report
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.example.ne.jp
            X-Postfix-Queue-ID: 4C2A81E0B3
            X-Postfix-Sender: rfc822; {{address}}
            Arrival-Date: Wed, 25 Nov 2026 15:03:19 +0900 (JST)

            Final-Recipient: rfc822; yuki.old@example.ne.jp
            Original-Recipient: rfc822;yuki.old@example.ne.jp
            Action: failed
            Status: 5.1.1
            Remote-MTA: dns; mx.example.ne.jp
            Diagnostic-Code: smtp; 550 5.1.1 <yuki.old@example.ne.jp>: Recipient address
                rejected: User unknown in local recipient table

            --{{boundary}}
            Content-Description: Undelivered Message Headers
            Content-Type: text/rfc822-headers

            Return-Path: <{{address}}>
            From: {{RecruitingEn}} <{{RecruitingAddress}}>
            Reply-To: {{address}}
            To: yuki.old@example.ne.jp
            Subject: {{Word("utf-8", "【ミライワークス】本日のお礼")}}
            Message-ID: <20261125060312.d4c3b2a1f0e94d8c7b6a5f4e3d2c1b0a.1.UndecidedThanks@mirai-works.example.jp>
            Date: Wed, 25 Nov 2026 06:03:12 +0000

            --{{boundary}}--
            """);
    }

    /// <summary>Thunderbird with format=flowed: soft-wrapped paragraphs that read as one line once unwrapped.</summary>
    private static CorpusMessage ThunderbirdEn() => CorpusMessage.EightBit(
        "utf-8-flowed-thunderbird-en",
        () => $$"""
            Return-Path: <lucas.martin@example.fr>
            Delivered-To: {{ReplyAddress(CorpusTokens.ThunderbirdEn)}}
            Message-ID: <5c1e9a7b-3f2d-4e8a-b6c0-d9f4a2e7b1c3@example.fr>
            Date: Wed, 25 Nov 2026 09:12:05 +0100
            MIME-Version: 1.0
            User-Agent: Mozilla Thunderbird
            Subject: Re: Thank you for today, and some feedback from Mirai Works
            To: {{RecruitingEn}} <{{ReplyAddress(CorpusTokens.ThunderbirdEn)}}>
            References: <20261125060312.0e1f2a3b4c5d46e7f8a9b0c1d2e3f4a5.1.ConsideringThanks@mirai-works.example.jp>
            Content-Language: en-GB
            From: Lucas Martin <lucas.martin@example.fr>
            In-Reply-To: <20261125060312.0e1f2a3b4c5d46e7f8a9b0c1d2e3f4a5.1.ConsideringThanks@mirai-works.example.jp>
            Content-Type: text/plain; charset=UTF-8; format=flowed
            Content-Transfer-Encoding: 8bit
            """,
        "utf-8",
        () => $"""
            Hi Ken,

            Thanks again for taking the time today. I've been thinking about what you{" "}
            said about the platform team's roadmap, and I'm keen to learn more before{" "}
            deciding, so yes, I'd like to proceed to an interview.

            Could you send over a couple of possible slots? Mornings (Paris time) are{" "}
            easiest for me.

            Cheers,
            Lucas

            On 25/11/2026 07:03, {RecruitingEn} wrote:
            {Quote(ConsideringEn("Lucas Martin"))}

            """);
}
