using FollowUp.Orchestrations.Operations.Inbound;

namespace FollowUp.Api.Tests.Unit;

public sealed class ReplyTextTests
{
    [Fact]
    public void Gmail_english_attribution_and_everything_below_it_are_removed()
    {
        var text = "Thanks, I'd like to proceed.\r\n\r\nOn Wed, Nov 25, 2026 at 3:00 PM Ken Yamane <yamane@example.co.jp> wrote:\r\n> Dear Hanako,\r\n> Thank you for today.\r\n";

        Assert.Equal("Thanks, I'd like to proceed.", ReplyText.Extract(text));
    }

    [Fact]
    public void Attribution_wrapped_over_two_lines_is_recognised()
    {
        var text = "Tuesday works for me.\n\nOn Wed, 25 Nov 2026 at 15:00, Ken Yamane <\nyamane@example.co.jp> wrote:\n\nDear Hanako,";

        Assert.Equal("Tuesday works for me.", ReplyText.Extract(text));
    }

    [Fact]
    public void Outlook_original_message_separator_ends_the_reply()
    {
        var text = "Please call me next week.\n\n-----Original Message-----\nFrom: Ken Yamane\nSent: Wednesday, November 25, 2026 3:00 PM\nSubject: Thank you";

        Assert.Equal("Please call me next week.", ReplyText.Extract(text));
    }

    [Fact]
    public void Outlook_header_block_without_a_separator_ends_the_reply()
    {
        var text = "Yes, please.\n\nFrom: Ken Yamane <yamane@example.co.jp>\nSent: Wednesday, November 25, 2026 3:00 PM\nTo: Hanako Sato\nSubject: Thank you";

        Assert.Equal("Yes, please.", ReplyText.Extract(text));
    }

    [Fact]
    public void Quoted_lines_between_answers_are_removed_and_the_answers_kept()
    {
        var text = "> Would you like to proceed?\nYes.\n> When are you free?\nTuesday afternoon.";

        Assert.Equal("Yes.\nTuesday afternoon.", ReplyText.Extract(text));
    }

    [Fact]
    public void Gmail_japanese_attribution_with_date_and_address_ends_the_reply()
    {
        var text = "ありがとうございます。ぜひ進めたいです。\n\n2026年11月25日(水) 15:00 山根 健 <yamane@example.co.jp>:\n\n> 佐藤 花子 様\n> 本日はありがとうございました。";

        Assert.Equal("ありがとうございます。ぜひ進めたいです。", ReplyText.Extract(text));
    }

    [Fact]
    public void Gmail_japanese_attribution_wrapped_over_two_lines_is_recognised()
    {
        var text = "検討させてください。\n\n2026年11月25日(水) 15:00 山根 健 <\nyamane@example.co.jp>:\n佐藤 花子 様";

        Assert.Equal("検討させてください。", ReplyText.Extract(text));
    }

    [Fact]
    public void Apple_mail_japanese_no_message_header_ends_the_reply()
    {
        var text = "来週火曜日でお願いします。\n\n2026/11/25 15:00、山根 健 <yamane@example.co.jp>のメッセージ:\n\n佐藤 花子 様";

        Assert.Equal("来週火曜日でお願いします。", ReplyText.Extract(text));
    }

    [Fact]
    public void Japanese_outlook_header_block_ends_the_reply()
    {
        var text = "承知しました。\n\n差出人: 山根 健 <yamane@example.co.jp>\n送信日時: 2026年11月25日 15:00\n宛先: 佐藤 花子\n件名: 本日のお礼";

        Assert.Equal("承知しました。", ReplyText.Extract(text));
    }

    [Fact]
    public void Full_width_quote_marks_are_quoted_lines_too()
    {
        Assert.Equal("はい。", ReplyText.Extract("＞ 次に進みますか？\nはい。"));
    }

    [Fact]
    public void A_date_the_candidate_writes_is_kept()
    {
        var text = "候補日です:\n2026年12月1日:午後\n2026年12月2日:午前";

        Assert.Equal(text, ReplyText.Extract(text));
    }

    [Fact]
    public void Signature_after_the_dash_dash_space_line_is_removed()
    {
        var text = "I'd be glad to continue.\n\n-- \nEmily Clarke\nSenior Backend Engineer\n+44 20 7946 0000";

        Assert.Equal("I'd be glad to continue.", ReplyText.Extract(text));
    }

    [Theory]
    [InlineData("Sent from my iPhone")]
    [InlineData("iPhoneから送信")]
    [InlineData("Get Outlook for iOS")]
    [InlineData("iOS 版 Outlook を入手")]
    public void A_phones_sent_from_footer_is_removed(string footer)
    {
        var text = $"Tuesday works.\n\n{footer}\n\n> On Nov 25, 2026, at 3:03 PM, Mirai Works <recruit@mirai-works.example.jp> wrote:";

        Assert.Equal("Tuesday works.", ReplyText.Extract(text));
    }

    [Theory]
    [InlineData("━━━━━━━━━━━━━━━━━━━━")]
    [InlineData("＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝")]
    [InlineData("ーーーーーーーーーーーーーー")]
    [InlineData("==============================")]
    [InlineData("------------------------------")]
    [InlineData("=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-")]
    public void Japanese_ruled_signature_with_contact_details_is_removed(string rule)
    {
        var text = $"来週火曜の午後でお願いいたします。\n\n{rule}\n鈴木 一郎\nMobile: 090-1234-5678\nMail: ichiro.suzuki@corp.example.co.jp\n{rule}";

        Assert.Equal("来週火曜の午後でお願いいたします。", ReplyText.Extract(text));
    }

    [Fact]
    public void A_ruled_list_the_candidate_writes_is_kept()
    {
        var text = "候補日です。\n----------\n12/1 14:00-\n12/2 10:00-\n----------\nよろしくお願いします。";

        Assert.Equal(text, ReplyText.Extract(text));
    }

    [Fact]
    public void Blank_lines_left_by_removed_quotes_collapse_to_one()
    {
        var text = "高橋です。\n\n> 選考に進んでみたいと思われますか？\n\nはい、ぜひ。";

        Assert.Equal("高橋です。\n\nはい、ぜひ。", ReplyText.Extract(text));
    }

    [Fact]
    public void Answers_written_between_quoted_lines_below_an_attribution_are_kept()
    {
        var text = "On Wed, Nov 25, 2026 at 03:03:12PM +0900, Mirai Works wrote:\n> Would you like to proceed?\n\nYes, I would.\n\n> When are you free?\n\nTuesday afternoon.\n\n-- \nRyo";

        Assert.Equal("Yes, I would.\n\nTuesday afternoon.", ReplyText.Extract(text));
    }

    [Fact]
    public void A_top_posted_reply_above_a_quoted_thread_keeps_only_the_reply()
    {
        var text = "Yes, I would.\n\nOn Wed, Nov 25, 2026 at 3:03 PM Mirai Works <recruit@mirai-works.example.jp> wrote:\n> Would you like to proceed?\n>\n> --\n> Mirai Works";

        Assert.Equal("Yes, I would.", ReplyText.Extract(text));
    }

    [Fact]
    public void Reply_without_quoted_text_is_only_trimmed()
    {
        Assert.Equal("Hello,\n\nSee you then.", ReplyText.Extract("  \nHello,\n\nSee you then.  \n\n"));
    }

    [Fact]
    public void Long_reply_is_capped_with_an_ellipsis()
    {
        var text = new string('あ', InboundEmailLimits.MaxReplyTextLength + 100);

        var extracted = ReplyText.Extract(text);

        Assert.Equal(InboundEmailLimits.MaxReplyTextLength, extracted.Length);
        Assert.EndsWith("…", extracted, StringComparison.Ordinal);
    }

    [Fact]
    public void Cap_never_splits_a_surrogate_pair()
    {
        var text = new string('a', InboundEmailLimits.MaxReplyTextLength - 2) + string.Concat(Enumerable.Repeat("😀", 10));

        var extracted = ReplyText.Extract(text);

        Assert.True(extracted.Length <= InboundEmailLimits.MaxReplyTextLength);
        Assert.False(char.IsHighSurrogate(extracted[^2]) && !char.IsLowSurrogate(extracted[^1]) && extracted[^1] != '…');
        Assert.DoesNotContain(extracted.Select((c, i) => (c, i)), x => char.IsHighSurrogate(x.c) && (x.i + 1 >= extracted.Length || !char.IsLowSurrogate(extracted[x.i + 1])));
    }
}
