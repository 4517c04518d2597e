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
