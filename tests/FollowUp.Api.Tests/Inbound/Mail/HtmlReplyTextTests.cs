using FollowUp.Api.Inbound.Mail;

namespace FollowUp.Api.Tests.Inbound.Mail;

public sealed class HtmlReplyTextTests
{
    [Fact]
    public void Tags_go_entities_are_decoded_and_breaks_become_lines()
    {
        var html = "<div>Hi Ken,</div><div><br></div><div>Fish &amp; chips &mdash; Tuesday&nbsp;at&nbsp;2?<br>Or&#160;Thursday &lt;3</div>";

        Assert.Equal("Hi Ken,\n\nFish & chips — Tuesday at 2?\nOr Thursday <3", HtmlReplyText.Extract(html));
    }

    [Fact]
    public void Whitespace_in_the_source_collapses_as_a_browser_shows_it()
    {
        var html = "<p>\n  ぜひ   進めたい\n  です。\n</p>\n\n<p>よろしくお願いします。</p>";

        Assert.Equal("ぜひ 進めたい です。\n\nよろしくお願いします。", HtmlReplyText.Extract(html));
    }

    [Fact]
    public void Outlook_paragraphs_are_lines_and_an_empty_one_is_a_blank_line()
    {
        var html = "<p class=MsoNormal>山根様<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>承知しました。<o:p></o:p></p>";

        Assert.Equal("山根様\n\n承知しました。", HtmlReplyText.Extract(html));
    }

    [Fact]
    public void Blockquotes_and_gmail_quote_containers_are_dropped_with_everything_inside()
    {
        var html = """
            <div dir="ltr">Tuesday works.</div>
            <div class="gmail_quote"><div class="gmail_attr">On Wed, Nov 25, 2026 at 3:03 PM Mirai Works wrote:<br></div>
            <blockquote class="gmail_quote"><div>Dear Emily,<div><div>nested</div></div></div></blockquote></div>
            <div>P.S. after the quote</div>
            """;

        Assert.Equal("Tuesday works.\nP.S. after the quote", HtmlReplyText.Extract(html));
    }

    [Theory]
    [InlineData("<div id=\"appendonsend\"></div><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Mirai Works</div><div>Dear Daniel,</div>")]
    [InlineData("<hr><div id=\"divRplyFwdMsg\" dir=\"ltr\"><b>差出人:</b> ミライワークス</div><div>Dear Daniel,</div>")]
    [InlineData("<div id=\"x_divRplyFwdMsg\"><b>From:</b> Mirai Works</div><div>Dear Daniel,</div>")]
    public void Outlook_reply_markers_end_the_reply_with_the_old_message_after_them(string history)
    {
        Assert.Equal("Thanks, Friday works.", HtmlReplyText.Extract($"<div>Thanks, Friday works.</div>{history}"));
    }

    [Fact]
    public void Head_style_and_script_say_nothing()
    {
        var html = "<html><head><title>Re: hello</title><style>p { color: red; }</style></head><body><script>alert(1)</script><p>はい。</p></body></html>";

        Assert.Equal("はい。", HtmlReplyText.Extract(html));
    }

    [Fact]
    public void Preformatted_text_keeps_its_lines_and_spaces()
    {
        Assert.Equal("候補日:\n  12/1 14:00\n  12/2 10:00", HtmlReplyText.Extract("<pre>候補日:\n  12/1 14:00\n  12/2 10:00</pre>"));
    }

    [Fact]
    public void List_items_and_table_cells_stay_apart()
    {
        var html = "<ul><li>hybrid?</li><li>on-call?</li></ul><table><tr><td>Tue</td><td>14:00</td></tr><tr><td>Thu</td><td>10:00</td></tr></table>";

        Assert.Equal("hybrid?\non-call?\nTue 14:00\nThu 10:00", HtmlReplyText.Extract(html));
    }

    [Fact]
    public void Unclosed_tags_and_stray_markup_do_not_lose_the_text()
    {
        Assert.Equal("ぜひ <進めたい> です", HtmlReplyText.Extract("<div>ぜひ &lt;進めたい&gt; <b>です"));
    }
}
