using System.Diagnostics;
using FollowUp.Orchestrations.Replies;

namespace FollowUp.Orchestrations.Tests.Replies;

public sealed class RulesReplyIntentReaderTests
{
    private static readonly RulesReplyIntentReader Reader = new();

    private static ReplyReading Read(string text) => Reader.Read(text);

    [Fact]
    public void Polite_japanese_decline_is_read_as_decline()
    {
        var reading = Read("山根様\n\nお世話になっております。\n慎重に検討した結果、誠に恐縮ではございますが、今回は選考を見送らせていただきたく存じます。\n\n何卒よろしくお願いいたします。");

        Assert.Equal(ReplyIntent.Decline, reading.Intent);
        Assert.True(reading.Confidence >= 0.8, $"confidence {reading.Confidence}");
        Assert.Contains("見送らせて", reading.Phrases);
    }

    [Fact]
    public void Casual_japanese_yes_is_read_as_proceed()
    {
        var reading = Read("昨日はありがとうございました！ぜひ進めたいです🙌");

        Assert.Equal(ReplyIntent.Proceed, reading.Intent);
        Assert.Contains("進めたい", reading.Phrases);
    }

    [Fact]
    public void Deciding_not_to_proceed_is_a_decline_and_wanting_to_proceed_is_not()
    {
        Assert.Equal(ReplyIntent.Decline, Read("検討しましたが、選考には進まないことにしました。").Intent);
        Assert.Equal(ReplyIntent.Proceed, Read("検討しましたが、選考に進みたいです。").Intent);
    }

    [Fact]
    public void Japanese_negation_after_the_wish_turns_it_into_a_decline()
    {
        var reading = Read("選考に進みたいとは思っておりません。");

        Assert.Equal(ReplyIntent.Decline, reading.Intent);
        Assert.Contains("進みたいとは思っておりません", reading.Phrases);
    }

    [Fact]
    public void Polite_request_phrased_as_a_negative_question_is_not_a_negation()
    {
        Assert.Equal(ReplyIntent.Proceed, Read("選考に進ませていただけないでしょうか。").Intent);
    }

    [Fact]
    public void No_problem_with_a_date_is_a_yes_not_a_negation()
    {
        Assert.Equal(ReplyIntent.Proceed, Read("その日程で問題ありません。当日よろしくお願いいたします。").Intent);
    }

    [Fact]
    public void Not_interested_is_read_as_decline_not_as_interest()
    {
        var reading = Read("Thanks, but I'm not interested.");

        Assert.Equal(ReplyIntent.Decline, reading.Intent);
        Assert.Equal(["not interested"], reading.Phrases);
    }

    [Theory]
    [InlineData("I appreciate the opportunity, but I won't be moving forward.")]
    [InlineData("I don't think I'll pursue this one.")]
    [InlineData("I don't want to proceed.")]
    [InlineData("No, thanks.")]
    public void English_refusals_are_read_as_decline(string reply)
    {
        Assert.Equal(ReplyIntent.Decline, Read(reply).Intent);
    }

    [Fact]
    public void Question_that_also_says_yes_is_read_as_proceed()
    {
        var reading = Read("ぜひ選考に進みたいと思っています。一点だけ質問なのですが、二次面接はオンラインでしょうか？");

        Assert.Equal(ReplyIntent.Proceed, reading.Intent);
        Assert.True(reading.AsksQuestion);
        Assert.Contains(reading.Phrases, p => p.Contains("オンラインでしょうか", StringComparison.Ordinal));
    }

    [Fact]
    public void Question_without_a_yes_or_no_is_read_as_question()
    {
        var reading = Read("Quick question: how many interview rounds are there?");

        Assert.Equal(ReplyIntent.Question, reading.Intent);
        Assert.True(reading.AsksQuestion);
    }

    [Theory]
    [InlineData("If the position can be fully remote, I'd be keen to continue. Is that an option?")]
    [InlineData("リモート中心の働き方が可能であれば、ぜひ進めたいと考えています。")]
    public void Yes_that_waits_on_a_condition_is_read_as_question(string reply)
    {
        Assert.Equal(ReplyIntent.Question, Read(reply).Intent);
    }

    [Theory]
    [InlineData("大変魅力的なお話でしたが、他社への入社を決めました。", ReplyIntent.Decline)]
    [InlineData("The role sounds great, but I've accepted another offer.", ReplyIntent.Decline)]
    [InlineData("I was on the fence at first, but after thinking it over I'd like to continue with the process.", ReplyIntent.Proceed)]
    public void What_follows_but_outweighs_the_polite_opening(string reply, ReplyIntent expected)
    {
        Assert.Equal(expected, Read(reply).Intent);
    }

    [Theory]
    [InlineData("今は現職のプロジェクトが佳境なので、落ち着いたら改めてご連絡させてください。")]
    [InlineData("The timing isn't right for me at the moment. Could we reconnect in six months?")]
    [InlineData("今は選考に進むつもりはありません。")]
    public void Timing_refusals_are_read_as_not_now(string reply)
    {
        Assert.Equal(ReplyIntent.NotNow, Read(reply).Intent);
    }

    [Fact]
    public void Decline_that_asks_to_be_contacted_later_is_never_a_confident_decline()
    {
        var reading = Read("今回は見送らせていただきますが、半年後くらいにまたお声がけいただけると嬉しいです。");

        Assert.False(reading.Intent == ReplyIntent.Decline && reading.Confidence >= 0.8, $"{reading.Intent} {reading.Confidence}");
    }

    [Fact]
    public void A_condition_on_the_date_is_not_a_condition_on_going_on()
    {
        Assert.Equal(ReplyIntent.Proceed, Read("来週であれば火曜日の午後が空いています。").Intent);
        Assert.Equal(ReplyIntent.Proceed, Read("If Thursday afternoon works for you, I'm happy to come in for the next interview.").Intent);
    }

    [Fact]
    public void Reschedule_request_that_stays_in_the_process_is_read_as_proceed()
    {
        var reading = Read("Something came up on Thursday. Could we move the interview to Friday? I'm still very keen on the role.");

        Assert.Equal(ReplyIntent.Proceed, reading.Intent);
        Assert.True(reading.AsksQuestion);
    }

    [Theory]
    [InlineData("本日はありがとうございました。")]
    [InlineData("Thanks so much for your time today!")]
    [InlineData("お世話になっております。\nご丁寧にありがとうございます。\nよろしくお願いいたします。")]
    public void Thanks_only_is_read_as_other(string reply)
    {
        Assert.Equal(ReplyIntent.Other, Read(reply).Intent);
    }

    [Theory]
    [InlineData("I'm not sure yet. Let me think about it over the weekend.")]
    [InlineData("I'm not sure I want to proceed.")]
    [InlineData("まだ迷っているので、もう少し検討させてください。")]
    public void Still_thinking_is_read_as_other_not_as_a_decline(string reply)
    {
        Assert.Equal(ReplyIntent.Other, Read(reply).Intent);
    }

    [Fact]
    public void Hedging_lowers_the_confidence_of_the_same_answer()
    {
        var plain = Read("I'd like to proceed.");
        var hedged = Read("Maybe I'd like to proceed.");

        Assert.Equal(ReplyIntent.Proceed, hedged.Intent);
        Assert.True(hedged.Confidence < plain.Confidence, $"{hedged.Confidence} < {plain.Confidence}");
    }

    [Fact]
    public void Conflicting_signals_lower_the_confidence()
    {
        var clear = Read("今回は辞退させていただきます。");
        var torn = Read("ぜひ進めたい気持ちもあります。今回は辞退させていただきます。");

        Assert.True(torn.Confidence < clear.Confidence, $"{torn.Confidence} < {clear.Confidence}");
    }

    [Fact]
    public void Signature_words_do_not_vote()
    {
        var reading = Read("Thank you for your time today!\n\nBest regards,\nJohn Smith\nHead of Partnerships, Proceed Capital\n\"Move forward, never decline\"");

        Assert.Equal(ReplyIntent.Other, reading.Intent);
    }

    [Fact]
    public void Quoted_lines_left_in_the_text_do_not_vote()
    {
        var reading = Read("Thanks, but I'll pass.\n> Would you like to proceed to an interview?\n> We would love to move forward with you.");

        Assert.Equal(ReplyIntent.Decline, reading.Intent);
    }

    [Fact]
    public void Mixed_japanese_and_english_is_read_in_both_languages()
    {
        Assert.Equal(ReplyIntent.Proceed, Read("ありがとうございました！I'd be happy to proceed. 来週の水曜日はいかがでしょうか？").Intent);
        Assert.Equal(ReplyIntent.NotNow, Read("Ken-san, thanks so much. 今は現職に集中したいので, could we talk again after the summer?").Intent);
    }

    [Fact]
    public void Full_width_and_half_width_forms_read_alike()
    {
        var halfWidth = Read("ﾘﾓｰﾄは可能ですか?");
        var fullWidth = Read("リモートは可能ですか？");

        Assert.Equal(ReplyIntent.Question, halfWidth.Intent);
        Assert.Equal(fullWidth, halfWidth with { Phrases = fullWidth.Phrases });
    }

    [Fact]
    public void Words_inside_other_words_are_not_found()
    {
        // "yes" in "eyes", "proceed" in "Proceedly": English phrases sit on word boundaries.
        Assert.Equal(ReplyIntent.Other, Read("My eyes are tired, I work at Proceedly.").Intent);
    }

    [Fact]
    public void Empty_reply_is_other_with_no_confidence()
    {
        Assert.Equal(ReplyReading.Empty, Read("  \n-- \nSent from my iPhone"));
    }

    [Fact]
    public void Confidence_is_always_between_zero_and_one()
    {
        foreach (var reply in LabelledReply.LoadSet())
        {
            var reading = Read(reply.Text);
            Assert.InRange(reading.Confidence, 0, 1);
        }
    }

    [Fact]
    public void Same_reply_is_always_read_the_same()
    {
        const string reply = "興味はあるのですが、入社時期はいつ頃を想定されていますか？";
        var first = Read(reply);

        for (var i = 0; i < 20; i++)
        {
            var again = new RulesReplyIntentReader().Read(reply);
            Assert.Equal((first.Intent, first.Confidence, first.AsksQuestion), (again.Intent, again.Confidence, again.AsksQuestion));
            Assert.Equal(first.Phrases, again.Phrases);
        }
    }

    [Fact]
    public void A_long_repetitive_reply_is_read_quickly()
    {
        // The longest text quote removal lets through, in one sentence, built of the words every rule
        // looks at: cues, negators, contrasts and hedges everywhere.
        var reply = string.Concat(Enumerable.Repeat("進みたいとは思わないけど not not interested but maybe ないません ", 200))[..4000];
        Read(reply);

        var watch = Stopwatch.StartNew();
        var reading = Read(reply);
        watch.Stop();

        Assert.InRange(reading.Confidence, 0, 1);
        Assert.True(watch.ElapsedMilliseconds < 500, $"{watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Reading_asynchronously_gives_the_same_reading()
    {
        const string reply = "I'd like to proceed.";

        var reading = await Reader.ReadAsync(reply, "en", CancellationToken.None);

        var direct = Read(reply);
        Assert.Equal((direct.Intent, direct.Confidence, direct.AsksQuestion), (reading.Intent, reading.Confidence, reading.AsksQuestion));
        Assert.Equal(direct.Phrases, reading.Phrases);
    }
}
