using FollowUp.Orchestrations.Replies;

namespace FollowUp.Orchestrations.Tests.Replies;

public sealed class ReplyLexiconTests
{
    [Fact]
    public void Built_in_phrase_files_cover_every_intent_in_japanese_and_english()
    {
        var lexicon = ReplyLexicon.Default;

        Assert.Equal(["en", "ja"], lexicon.Languages);
        foreach (var language in Enumerable.Range(0, lexicon.Languages.Count))
        {
            foreach (var intent in Enum.GetValues<ReplyIntent>())
            {
                Assert.Contains(lexicon.Phrases, p => p.Language == language && p.Intent == intent);
            }

            Assert.NotEqual(NegationRule.None, lexicon.Negation[language]);
        }
    }

    [Fact]
    public void A_phrase_a_recruiter_adds_to_a_file_changes_the_reading_without_code()
    {
        const string reply = "I'll sit this one out.";
        const string recruiterFile = """
            {
              "language": "en-recruiters",
              "intents": { "decline": { "sit this one out": 3 } }
            }
            """;

        var before = new RulesReplyIntentReader().Read(reply);
        var after = new RulesReplyIntentReader(ReplyLexicon.FromJson(ReplyLexicon.BuiltInFiles().Append(recruiterFile))).Read(reply);

        Assert.NotEqual(ReplyIntent.Decline, before.Intent);
        Assert.Equal(ReplyIntent.Decline, after.Intent);
        Assert.Equal(["sit this one out"], after.Phrases);
    }

    [Fact]
    public void Json_comments_and_trailing_commas_are_allowed_in_a_phrase_file()
    {
        var lexicon = ReplyLexicon.FromJson(["""
            {
              // what our recruiters hear most
              "language": "ja",
              "intents": { "proceed": { "ぜひ": 1, }, },
            }
            """]);

        Assert.Single(lexicon.Phrases);
    }

    [Theory]
    [InlineData("""{ "language": "en", "intents": { "maybe": { "perhaps": 1 } } }""", "'maybe' is not an intent")]
    [InlineData("""{ "language": "en", "intents": { "proceed": { "yes": 9 } } }""", "'yes' under proceed has weight 9")]
    [InlineData("""{ "language": "en", "intents": { "proceed": { "yes": 1 }, "decline": { "yes": 1 } } }""", "'yes' is listed under both proceed and decline")]
    [InlineData("""{ "language": "en", "neutral": ["yes"], "intents": { "proceed": { "yes": 1 } } }""", "'yes' is listed under both")]
    [InlineData("""{ "language": "en", "negators": ["not"] }""", "negators")]
    [InlineData("""{ "language": "en", "negation": { "position": "around" } }""", "must be 'before' or 'after'")]
    [InlineData("""{ "language": "en", "negation": { "position": "before", "turns": { "proceed": "no" } } }""", "must name intents")]
    [InlineData("""{ "language": "en", "intents": { "proceed": { " ": 1 } } }""", "empty phrase")]
    public void A_mistake_in_a_phrase_file_is_refused_with_what_is_wrong(string json, string expected)
    {
        var failure = Assert.Throws<FormatException>(() => ReplyLexicon.FromJson([json]));

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }
}
