using static FollowUp.Api.Tests.Inbound.Mail.Support.MailEncoding;
using static FollowUp.Api.Tests.Inbound.Mail.Support.OurEmails;

namespace FollowUp.Api.Tests.Inbound.Mail.Support;

/// <summary>Replies from Japanese candidates, each shaped like what its mailer really sends.</summary>
internal static partial class CorpusSources
{
    private const string SignatureDashes = "-- ";

    /// <summary>iPhone Mail in Japanese: ISO-2022-JP 7bit, 「…のメッセージ:」 attribution, "iPhoneから送信".</summary>
    private static CorpusMessage IphoneJa()
    {
        var body = $"""
            山根様

            本日はありがとうございました。
            フィードバックまで丁寧にいただき、とても嬉しかったです。
            特にチームでの合意形成のお話は、自分でも大事にしてきたところなので励みになりました。

            ぜひ選考に進ませていただきたいです。
            来週でしたら、火曜と木曜の午後であれば調整できます。

            どうぞよろしくお願いいたします。

            佐藤 花子

            iPhoneから送信

            2026/11/25 15:03、{RecruitingJa} <{RecruitingAddress}>のメッセージ:

            {Quote(ConsideringJa("佐藤 花子"), "> ")}
            """;
        return CorpusMessage.SevenBit("iso-2022-jp-iphone-ja", () => $$"""
            Return-Path: <hanako.sato@example.ne.jp>
            Delivered-To: {{ReplyAddress(CorpusTokens.IphoneJa)}}
            Content-Type: text/plain;
            	charset=iso-2022-jp
            Content-Transfer-Encoding: 7bit
            From: {{Word("ISO-2022-JP", "佐藤 花子")}} <hanako.sato@example.ne.jp>
            Mime-Version: 1.0 (1.0)
            Date: Wed, 25 Nov 2026 19:42:08 +0900
            Subject: Re: {{Word("ISO-2022-JP", "【ミライワークス】本日のお礼と、面談のフィードバック")}}
            Message-Id: <8F2B6C1E-4D7A-4C39-9E21-5B0F3A7D9C41@example.ne.jp>
            References: <20261125060312.0f8fad5bd9cb469fa16570867728950e.1.ConsideringThanks@mirai-works.example.jp>
            In-Reply-To: <20261125060312.0f8fad5bd9cb469fa16570867728950e.1.ConsideringThanks@mirai-works.example.jp>
            To: {{ReplyAddress(CorpusTokens.IphoneJa)}}
            X-Mailer: iPhone Mail (22B91)

            {{Jis(body)}}
            """);
    }

    /// <summary>Outlook for Windows in Japanese: ISO-2022-JP in both alternatives, a ＝-ruled signature, the 差出人: header block.</summary>
    private static CorpusMessage OutlookJa()
    {
        const string boundary = "_000_TYCP286MB2345A1B2C3D4E5F6A7B8C9D0E1F2ATYCP286MB2345JPNP_";
        const string reply = """
            山根様

            お世話になっております。鈴木です。
            本日はお時間をいただき、ありがとうございました。
            いただいたフィードバック、特に「成果を数字で語る」点はまさに課題だと感じていたので、ありがたかったです。

            選考に進むかどうかは、家族とも相談したうえで、今週末までにお返事させていただければと思います。
            少しお時間をいただけますと幸いです。

            引き続きよろしくお願いいたします。
            """;
        const string rule = "＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝";
        string[] signature = ["鈴木 一郎", "株式会社サンプル商事 営業企画部", "Mobile: 090-1234-5678", "Mail: ichiro.suzuki@corp.example.co.jp"];
        var plain = $"""
            {reply}

            {rule}
            {string.Join("\n", signature)}
            {rule}

            差出人: {RecruitingJa} <{RecruitingAddress}>
            送信日時: 2026年11月25日 15:03
            宛先: 鈴木 一郎 <ichiro.suzuki@corp.example.co.jp>
            件名: 【ミライワークス】本日のお礼と、面談のフィードバック

            {ConsideringJa("鈴木 一郎")}
            """;
        var html = $$"""
            <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp">
            <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
            <style><!--
            p.MsoNormal, li.MsoNormal, div.MsoNormal
            	{margin:0mm;
            	font-size:10.5pt;
            	font-family:"游ゴシック",sans-serif;}
            --></style>
            </head>
            <body lang="JA" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">
            <div class="WordSection1">
            {{string.Join("\n", reply.Split('\n').Select(l => l.Length == 0
                ? "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
                : $"<p class=\"MsoNormal\">{l}<o:p></o:p></p>"))}}
            <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
            <p class="MsoNormal">{{rule}}<o:p></o:p></p>
            {{string.Join("\n", signature.Select(l => $"<p class=\"MsoNormal\">{l}<o:p></o:p></p>"))}}
            <p class="MsoNormal">{{rule}}<o:p></o:p></p>
            <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
            <div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm">
            <p class="MsoNormal"><b>差出人<span lang="EN-US">:</span></b><span lang="EN-US"> </span>{{RecruitingJa}}<span lang="EN-US"> &lt;{{RecruitingAddress}}&gt; <br>
            </span><b>送信日時<span lang="EN-US">:</span></b><span lang="EN-US"> 2026</span>年<span lang="EN-US">11</span>月<span lang="EN-US">25</span>日<span lang="EN-US"> 15:03<br>
            </span><b>宛先<span lang="EN-US">:</span></b><span lang="EN-US"> </span>鈴木 一郎<span lang="EN-US"> &lt;ichiro.suzuki@corp.example.co.jp&gt;<br>
            </span><b>件名<span lang="EN-US">:</span></b><span lang="EN-US"> </span>【ミライワークス】本日のお礼と、面談のフィードバック<o:p></o:p></p>
            </div>
            <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
            <p class="MsoNormal">鈴木 一郎 様<o:p></o:p></p>
            <p class="MsoNormal">本日はお忙しいなか、ミライワークスのカジュアル面談にお時間をいただき、誠にありがとうございました。<o:p></o:p></p>
            </div>
            </body>
            </html>
            """;
        return CorpusMessage.SevenBit("iso-2022-jp-outlook-ja", () => $$"""
            Received: from TYCP286MB2345.JPNP286.PROD.OUTLOOK.COM ([fe80::1a2b:3c4d:5e6f:7a8b]) by
             TYCP286MB2345.JPNP286.PROD.OUTLOOK.COM ([fe80::1a2b:3c4d:5e6f:7a8b%5]) with mapi id
             15.20.8207.010; Wed, 25 Nov 2026 18:20:41 +0000
            From: {{Word("iso-2022-jp", "鈴木 一郎")}} <ichiro.suzuki@corp.example.co.jp>
            To: {{Word("iso-2022-jp", "ミライワークス 採用チーム")}}
            	<{{ReplyAddress(CorpusTokens.OutlookJa)}}>
            Subject:
             RE: {{Word("iso-2022-jp", "【ミライワークス】本日のお礼と、面談のフィードバック")}}
            Thread-Topic: {{Word("iso-2022-jp", "【ミライワークス】本日のお礼と、面談のフィードバック")}}
            Thread-Index: AQHbP2x7kQ3nC1dJ0UqZ2aV5yJcLxg==
            Date: Wed, 25 Nov 2026 18:20:41 +0000
            Message-ID:
             <TYCP286MB2345A1B2C3D4E5F6A7B8C9D0E1F2A@TYCP286MB2345.JPNP286.PROD.OUTLOOK.COM>
            References: <20261125060312.5d1c7a2e9f0b4e3a8c6d2f1e0a9b8c7d.1.ConsideringThanks@mirai-works.example.jp>
            In-Reply-To: <20261125060312.5d1c7a2e9f0b4e3a8c6d2f1e0a9b8c7d.1.ConsideringThanks@mirai-works.example.jp>
            Accept-Language: ja-JP, en-US
            Content-Language: ja-JP
            X-MS-Has-Attach:
            X-MS-TNEF-Correlator:
            Content-Type: multipart/alternative;
            	boundary="{{boundary}}"
            MIME-Version: 1.0

            --{{boundary}}
            Content-Type: text/plain; charset="iso-2022-jp"
            Content-Transfer-Encoding: 7bit

            {{Jis(plain)}}

            --{{boundary}}
            Content-Type: text/html; charset="iso-2022-jp"
            Content-Transfer-Encoding: quoted-printable

            {{QuotedPrintable("iso-2022-jp", html)}}

            --{{boundary}}--
            """);
    }

    /// <summary>Becky! with Shift_JIS 8bit: a two-line "On … wrote:" attribution and a ━-ruled signature.</summary>
    private static CorpusMessage BeckyJa() => CorpusMessage.EightBit(
        "shift-jis-becky-ja",
        () => $$"""
            Return-Path: <misaki.tanaka@example.jp>
            Delivered-To: {{ReplyAddress(CorpusTokens.BeckyJa)}}
            Date: Wed, 25 Nov 2026 21:30:15 +0900
            From: {{Word("Shift_JIS", "田中 美咲")}} <misaki.tanaka@example.jp>
            To: {{ReplyAddress(CorpusTokens.BeckyJa)}}
            Subject: {{Word("Shift_JIS", "Re: 【ミライワークス】本日のお礼")}}
            In-Reply-To: <20261125060312.9a8b7c6d5e4f40312a1b2c3d4e5f6a7b.1.UndecidedThanks@mirai-works.example.jp>
            References: <20261125060312.9a8b7c6d5e4f40312a1b2c3d4e5f6a7b.1.UndecidedThanks@mirai-works.example.jp>
            Message-Id: <20261125213015.6A2F.MISAKI@example.jp>
            MIME-Version: 1.0
            Content-Type: text/plain; charset="Shift_JIS"
            Content-Transfer-Encoding: 8bit
            X-Mailer: Becky! ver. 2.81.04 [ja]
            """,
        "shift_jis",
        () => $"""
            山根さん

            こんばんは、田中です。
            本日はありがとうございました。まだ転職するかどうかも決めきれていない段階だったのに、
            親身にお話を聞いていただけて、気持ちがずいぶん軽くなりました。

            キャリアについてお話しできる機会、ぜひお願いしたいです。
            平日でしたら19時以降、オンラインで30分ほどだと助かります。
            来週の水曜か金曜はいかがでしょうか。

            ━━━━━━━━━━━━━━━━━━━━━━
              田中 美咲 (Misaki Tanaka)
              TEL: 080-9876-5432
              misaki.tanaka@example.jp
            ━━━━━━━━━━━━━━━━━━━━━━

            On Wed, 25 Nov 2026 15:03:12 +0900
            {RecruitingJa} <{RecruitingAddress}> wrote:

            {Quote(UndecidedJa("田中 美咲"))}

            """);

    /// <summary>Mutt with EUC-JP 8bit, bottom-posted: answers between the quoted lines, then an RFC 3676 signature.</summary>
    private static CorpusMessage MuttJa() => CorpusMessage.EightBit(
        "euc-jp-mutt-ja",
        () => $$"""
            Return-Path: <ryo@takahashi.example.org>
            Delivered-To: {{ReplyAddress(CorpusTokens.MuttJa)}}
            Date: Thu, 26 Nov 2026 08:12:44 +0900
            From: {{Word("euc-jp", "高橋 亮")}} <ryo@takahashi.example.org>
            To: {{Word("euc-jp", "ミライワークス 採用チーム")}} <{{ReplyAddress(CorpusTokens.MuttJa)}}>
            Subject: Re: {{Word("euc-jp", "【ミライワークス】本日のお礼と、面談のフィードバック")}}
            Message-ID: <aUZ0xk3Qn8sLp2Vd@takahashi.example.org>
            References: <20261125060312.3c2b1a0f9e8d47c6b5a4f3e2d1c0b9a8.1.ConsideringThanks@mirai-works.example.jp>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=euc-jp
            Content-Disposition: inline
            Content-Transfer-Encoding: 8bit
            In-Reply-To: <20261125060312.3c2b1a0f9e8d47c6b5a4f3e2d1c0b9a8.1.ConsideringThanks@mirai-works.example.jp>
            User-Agent: Mutt/2.2.13 (2024-03-09)
            """,
        "euc-jp",
        () => $"""
            On Wed, Nov 25, 2026 at 03:03:12PM +0900, {RecruitingJa} wrote:
            > 高橋 亮 様
            >
            > 本日はお忙しいなか、ミライワークスのカジュアル面談にお時間をいただき、誠にありがとうございました。

            山根さん

            高橋です。こちらこそ、ありがとうございました。

            > そのうえで、ひとつだけ率直に伺わせてください。
            > 選考（面接）に進んでみたいと思われますか？

            はい、ぜひ進めさせてください。

            > 「進みたい」「もう少し考えたい」「ここが気になる」など、どのようなお返事でも構いません。

            一点だけ、リモート勤務の頻度について、次回詳しく伺えればうれしいです。

            {SignatureDashes}
            高橋 亮 <ryo@takahashi.example.org>
            https://takahashi.example.org/

            """);

    /// <summary>Gmail in Japanese: multipart/alternative, UTF-8 base64 in both parts, the dated attribution and div.gmail_quote.</summary>
    private static CorpusMessage GmailJa()
    {
        const string boundary = "000000000000c4b1f8062f3a9e71";
        string[] reply =
        [
            "山根様", "", "本日はありがとうございました。伊藤です。", "前向きに検討しております！", "",
            "一点だけ事前に確認させていただきたいのですが、", "今回のポジションの年収レンジはどのくらいを想定されていますでしょうか。",
            "差し支えない範囲で教えていただけますと幸いです。", "", "よろしくお願いいたします。", "伊藤",
        ];
        var plain = $"""
            {string.Join("\n", reply)}

            2026年11月25日(水) 15:03 {RecruitingJa} <{RecruitingAddress}>:

            {Quote(ConsideringJa("伊藤 さくら"))}

            """;
        var html = $"""
            <div dir="ltr">{string.Join(string.Empty, reply.Select(l => l.Length == 0 ? "<div><br></div>" : $"<div>{l}</div>"))}</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">2026年11月25日(水) 15:03 {RecruitingJa} &lt;<a href="mailto:{RecruitingAddress}">{RecruitingAddress}</a>&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><p>伊藤 さくら 様</p><p>本日はお忙しいなか、ミライワークスのカジュアル面談にお時間をいただき、誠にありがとうございました。</p></blockquote></div>

            """;
        return CorpusMessage.SevenBit("utf-8-base64-gmail-ja", () => $$"""
            Delivered-To: {{ReplyAddress(CorpusTokens.GmailJa)}}
            Return-Path: <sakura.ito.0412@example.com>
            MIME-Version: 1.0
            References: <20261125060312.7e6d5c4b3a2940f1e0d9c8b7a6f5e4d3.1.ConsideringThanks@mirai-works.example.jp>
            In-Reply-To: <20261125060312.7e6d5c4b3a2940f1e0d9c8b7a6f5e4d3.1.ConsideringThanks@mirai-works.example.jp>
            From: {{Word("UTF-8", "伊藤さくら")}} <sakura.ito.0412@example.com>
            Date: Wed, 25 Nov 2026 22:05:31 +0900
            X-Gm-Features: AQt7F2rKc9xY1wZ0vB8nM3lJ6hG5fD4sA
            Message-ID: <CAJx9f3Qm8Lw2rNv5Kp0TzHd7Ys4Bc1Ue6Ga9Xo3Fi2Rj@mail.gmail.com>
            Subject: Re: {{Word("UTF-8", "【ミライワークス】本日のお礼と、面談のフィードバック")}}
            To: {{ReplyAddress(CorpusTokens.GmailJa)}}
            Content-Type: multipart/alternative; boundary="{{boundary}}"

            --{{boundary}}
            Content-Type: text/plain; charset="UTF-8"
            Content-Transfer-Encoding: base64

            {{Base64("utf-8", plain)}}
            --{{boundary}}
            Content-Type: text/html; charset="UTF-8"
            Content-Transfer-Encoding: base64

            {{Base64("utf-8", html)}}
            --{{boundary}}--
            """);
    }

    /// <summary>Outlook for Windows, HTML only, UTF-8 base64: MsoNormal paragraphs and the 差出人: block as bold runs.</summary>
    private static CorpusMessage OutlookDesktopJa()
    {
        string[] reply =
        [
            "山根様", "", "ご連絡ありがとうございます。中村です。", "お返事が遅くなってしまい、申し訳ありません。", "",
            "社内のプロジェクトが12月中旬に一区切りつく予定でして、", "選考については、そのあとの1月以降に進めさせていただけないでしょうか。", "",
            "ご検討のほど、よろしくお願いいたします。", "", "中村 翔太",
        ];
        var html = $$"""
            <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
            <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
            <style><!--
            /* Font Definitions */
            @font-face
            	{font-family:"游ゴシック";
            	panose-1:2 11 4 0 0 0 0 0 0 0;}
            p.MsoNormal, li.MsoNormal, div.MsoNormal
            	{margin:0mm;
            	text-align:justify;
            	font-size:10.5pt;
            	font-family:"游ゴシック",sans-serif;}
            --></style><!--[if gte mso 9]><xml>
            <o:shapedefaults v:ext="edit" spidmax="1026" />
            </xml><![endif]-->
            </head>
            <body lang="JA" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">
            <div class="WordSection1">
            {{string.Join("\n", reply.Select(l => l.Length == 0
                ? "<p class=\"MsoNormal\"><span lang=\"EN-US\"><o:p>&nbsp;</o:p></span></p>"
                : $"<p class=\"MsoNormal\">{l}<span lang=\"EN-US\"><o:p></o:p></span></p>"))}}
            <p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
            <div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm">
            <p class="MsoNormal" align="left" style="text-align:left"><b>差出人<span lang="EN-US">:</span></b><span lang="EN-US"> </span>{{RecruitingJa}}<span lang="EN-US"> &lt;{{RecruitingAddress}}&gt;
            <br>
            </span><b>送信日時<span lang="EN-US">:</span></b><span lang="EN-US"> 2026</span>年<span lang="EN-US">12</span>月<span lang="EN-US">1</span>日<span lang="EN-US"> 9:30<br>
            </span><b>宛先<span lang="EN-US">:</span></b><span lang="EN-US"> </span>中村 翔太<span lang="EN-US"> &lt;shota.nakamura@example.co.jp&gt;<br>
            </span><b>件名<span lang="EN-US">:</span></b><span lang="EN-US"> </span>【ミライワークス】その後いかがでしょうか<span lang="EN-US"><o:p></o:p></span></p>
            </div>
            <p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
            {{string.Join("\n", StatusCheckJa("中村 翔太").Split('\n').Select(l => $"<p class=\"MsoNormal\">{l}<o:p></o:p></p>"))}}
            </div>
            </body>
            </html>
            """;
        return CorpusMessage.SevenBit("html-only-outlook-desktop-ja", () => $$"""
            From: {{Word("utf-8", "中村 翔太")}} <shota.nakamura@example.co.jp>
            To: "{{ReplyAddress(CorpusTokens.OutlookDesktopJa)}}"
            	<{{ReplyAddress(CorpusTokens.OutlookDesktopJa)}}>
            Subject: {{Word("utf-8", "RE: 【ミライワークス】その後いかがでしょうか")}}
            Thread-Topic: {{Word("utf-8", "【ミライワークス】その後いかがでしょうか")}}
            Thread-Index: AdtE1v2Qb3kM0yJqT8i6Xr5Nw4cLpA==
            Date: Tue, 1 Dec 2026 12:47:09 +0900
            Message-ID: <000001db44d7$2a9c3e10$7fd4ba30$@example.co.jp>
            In-Reply-To: <20261201003000.c1d2e3f4a5b64c7d8e9f0a1b2c3d4e5f.2.StatusCheck@mirai-works.example.jp>
            MIME-Version: 1.0
            Content-Type: text/html;
            	charset="utf-8"
            Content-Transfer-Encoding: base64
            X-Mailer: Microsoft Outlook 16.0
            Content-Language: ja

            {{Base64("utf-8", html)}}
            """);
    }

    /// <summary>Outlook for iOS in Japanese: UTF-8 base64 alternatives, "iOS 版 Outlook を入手", the rule and 差出人: block.</summary>
    private static CorpusMessage OutlookIosJa()
    {
        const string boundary = "_000_OS3P286MB1F2E3D4C5B6A79808172635445566OS3P286MB1F2EJPNP_";
        string[] reply =
        [
            "山根様", "", "ご丁寧にありがとうございます。",
            "音声でのフィードバック、通勤中に聴かせていただきました。直接お声で伺えると伝わり方が全然違いますね。", "",
            "ぜひ面接に進ませてください。", "日程は平日の10時〜12時でしたら比較的調整しやすいです。", "", "小林",
        ];
        var header = $"""
            差出人: {RecruitingJa} <{RecruitingAddress}>
            送信日時: Wednesday, November 25, 2026 3:03:12 PM
            宛先: 小林 健太 <kenta.kobayashi@example.jp>
            件名: 【ミライワークス】本日のお礼と、音声でのフィードバック
            """;
        var plain = $"""
            {string.Join("\n", reply)}

            iOS 版 Outlook を入手
            ________________________________
            {header}

            {VoiceJa("小林 健太")}
            """;
        var html = $"""
            <html>
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
            </head>
            <body>
            <div dir="ltr">{string.Join("\n", reply.Select(l => l.Length == 0 ? "<div dir=\"ltr\"><br></div>" : $"<div dir=\"ltr\">{l}</div>"))}</div>
            <div dir="ltr"><br></div>
            <div class="ms-outlook-mobile-signature">iOS 版 <a href="https://aka.ms/o0ukef">Outlook</a> を入手</div>
            <div id="appendonsend"></div>
            <hr style="display:inline-block;width:98%" tabindex="-1">
            <div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>差出人:</b> {RecruitingJa} &lt;{RecruitingAddress}&gt;<br>
            <b>送信日時:</b> Wednesday, November 25, 2026 3:03:12 PM<br>
            <b>宛先:</b> 小林 健太 &lt;kenta.kobayashi@example.jp&gt;<br>
            <b>件名:</b> 【ミライワークス】本日のお礼と、音声でのフィードバック</font>
            <div>&nbsp;</div>
            </div>
            <div><p>小林 健太 様</p><p>本日はお忙しいなか、ミライワークスのカジュアル面談にお時間をいただき、誠にありがとうございました。</p></div>
            </body>
            </html>
            """;
        return CorpusMessage.SevenBit("utf-8-base64-outlook-ios-ja", () => $$"""
            Return-Path: kenta.kobayashi@example.jp
            Delivered-To: {{ReplyAddress(CorpusTokens.OutlookIosJa)}}
            From: {{Word("utf-8", "小林 健太")}} <kenta.kobayashi@example.jp>
            To: {{Word("utf-8", "ミライワークス 採用チーム")}}
            	<{{ReplyAddress(CorpusTokens.OutlookIosJa)}}>
            Subject: {{Word("utf-8", "Re: 【ミライワークス】本日のお礼と、音声でのフィードバック")}}
            Thread-Topic: {{Word("utf-8", "【ミライワークス】本日のお礼と、音声でのフィードバック")}}
            Thread-Index: AQHbP3Tz0cPAm6WvFkmPm4qCq0fV4g==
            Date: Wed, 25 Nov 2026 23:58:02 +0000
            Message-ID: <OS3P286MB1F2E3D4C5B6A79808172635445566@OS3P286MB1F2E.JPNP286.PROD.OUTLOOK.COM>
            References: <20261125060312.1f2e3d4c5b6a47980817263544556677.1.ConsideringThanksVoice@mirai-works.example.jp>
            In-Reply-To: <20261125060312.1f2e3d4c5b6a47980817263544556677.1.ConsideringThanksVoice@mirai-works.example.jp>
            Accept-Language: ja-JP, en-US
            Content-Language: ja-JP
            X-MS-Has-Attach:
            X-MS-TNEF-Correlator:
            Content-Type: multipart/alternative;
            	boundary="{{boundary}}"
            MIME-Version: 1.0

            --{{boundary}}
            Content-Type: text/plain; charset="utf-8"
            Content-Transfer-Encoding: base64

            {{Base64("utf-8", plain)}}

            --{{boundary}}
            Content-Type: text/html; charset="utf-8"
            Content-Transfer-Encoding: base64

            {{Base64("utf-8", html)}}

            --{{boundary}}--
            """);
    }

    /// <summary>An Exchange out-of-office answer in Japanese: Auto-Submitted, X-Auto-Response-Suppress, ISO-2022-JP.</summary>
    private static CorpusMessage OutOfOfficeJa()
    {
        const string body = """
            お問い合わせありがとうございます。
            誠に恐れ入りますが、11月30日（月）から12月4日（金）まで休暇のため不在にしております。
            12月7日（月）以降、順次ご返信いたします。

            お急ぎの場合は、営業企画部の代表アドレス（eigyo-kikaku@corp.example.co.jp）までご連絡ください。
            """;
        return CorpusMessage.SevenBit("auto-reply-exchange-ja", () => $$"""
            From: {{Word("iso-2022-jp", "渡辺 真理")}} <mari.watanabe@corp.example.co.jp>
            To: {{ReplyAddress(CorpusTokens.OutOfOfficeJa)}}
            Subject: {{Word("iso-2022-jp", "自動応答: 【ミライワークス】その後いかがでしょうか")}}
            Thread-Topic: {{Word("iso-2022-jp", "【ミライワークス】その後いかがでしょうか")}}
            Thread-Index: AQHbRB2mY7xJk3QvXU6Z0n8c1wFhTQ==
            Date: Tue, 1 Dec 2026 00:30:04 +0000
            Message-ID: <4b8f0c2e9d7a4e1b9c6f3a2d5e8b7c10@TY3P286MB0123.JPNP286.PROD.OUTLOOK.COM>
            In-Reply-To: <20261201003000.8c7b6a5f4e3d42c1b0a9f8e7d6c5b4a3.2.StatusCheck@mirai-works.example.jp>
            Content-Language: ja-JP
            X-MS-Has-Attach:
            X-MS-Exchange-Organization-AutoResponse-Suppress: All
            X-Auto-Response-Suppress: All
            Auto-Submitted: auto-generated
            Content-Type: text/plain; charset="iso-2022-jp"
            Content-Transfer-Encoding: 7bit
            MIME-Version: 1.0

            {{Jis(body)}}
            """);
    }

    /// <summary>No Message-ID at all, as some webmail and in-house mailers send: UTF-8, 8bit, no quote.</summary>
    private static CorpusMessage NoMessageIdJa() => CorpusMessage.EightBit(
        "no-message-id-ja",
        () => $$"""
            Return-Path: <naoki.yamaguchi@example.ne.jp>
            Delivered-To: {{ReplyAddress(CorpusTokens.NoMessageIdJa)}}
            From: {{Word("UTF-8", "山口 直樹")}} <naoki.yamaguchi@example.ne.jp>
            To: {{ReplyAddress(CorpusTokens.NoMessageIdJa)}}
            Subject: {{Word("UTF-8", "Re: 【ミライワークス】カジュアル面談のお礼")}}
            Date: Thu, 26 Nov 2026 12:15:00 +0900
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: 8bit
            X-Mailer: CommuniGate Pro WebUser v7.1
            """,
        "utf-8",
        () => """
            ミライワークス
            山根様

            山口です。昨日はありがとうございました。

            大変ありがたいお話でしたが、家庭の事情でしばらく転居が難しく、
            今回は選考を辞退させていただければと思います。
            また機会がありましたら、ぜひよろしくお願いいたします。

            山口 直樹

            """);

    /// <summary>Yahoo! JAPAN mail: UTF-8 quoted-printable, a signature between dashed rules, "----- Original Message -----".</summary>
    private static CorpusMessage YahooJa()
    {
        var body = $"""
            山根様

            松本です。お世話になっております。
            その後のご連絡をいただき、ありがとうございます。

            正直まだ迷っているのですが、一度現場のエンジニアの方とも
            お話しさせていただけると、判断しやすくなる気がしています。
            そういった機会をいただくことは可能でしょうか。

            ------------------------------
            松本 結衣
            Mail: yui_matsumoto@yahoo.example.co.jp
            ------------------------------

            ----- Original Message -----
            From: {RecruitingJa} <{RecruitingAddress}>
            To: yui_matsumoto@yahoo.example.co.jp
            Date: 2026/12/01 火 09:30
            Subject: 【ミライワークス】その後いかがでしょうか

            {StatusCheckJa("松本 結衣")}
            """;
        return CorpusMessage.SevenBit("utf-8-qp-yahoo-ja", () => $$"""
            Return-Path: <yui_matsumoto@yahoo.example.co.jp>
            Delivered-To: {{ReplyAddress(CorpusTokens.YahooJa)}}
            Date: Wed, 2 Dec 2026 07:48:33 +0900 (JST)
            From: {{Word("UTF-8", "松本 結衣")}} <yui_matsumoto@yahoo.example.co.jp>
            Reply-To: yui_matsumoto@yahoo.example.co.jp
            To: {{ReplyAddress(CorpusTokens.YahooJa)}}
            Message-ID: <1733093313.48217.yahoomailweb@mail.yahoo.example.co.jp>
            In-Reply-To: <20261201003000.0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5.2.StatusCheck@mirai-works.example.jp>
            Subject: {{Word("UTF-8", "Re: 【ミライワークス】その後いかがでしょうか")}}
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: quoted-printable

            {{QuotedPrintable("utf-8", body)}}
            """);
    }
}
