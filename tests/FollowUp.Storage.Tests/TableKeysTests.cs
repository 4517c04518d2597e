namespace FollowUp.Storage.Tests;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("iv_2026-11-25_abc")]
    [InlineData("thank-you:ja")]
    [InlineData("<CAF=abc@mail.example.com>")]
    public void Ids_that_tables_accept_stay_as_they_are(string id)
    {
        Assert.Equal(id, TableKeys.Safe(id));
    }

    [Theory]
    [InlineData("a/b", "a~2Fb")]
    [InlineData("a\\b", "a~5Cb")]
    [InlineData("a#b?c", "a~23b~3Fc")]
    [InlineData("tab\there", "tab~09here")]
    [InlineData("a~b", "a~7Eb")]
    public void Characters_tables_forbid_and_the_escape_itself_are_escaped(string id, string expected)
    {
        Assert.Equal(expected, TableKeys.Safe(id));
    }

    [Fact]
    public void A_key_too_long_for_a_table_is_replaced_by_its_hash()
    {
        var longKey = new string('x', 1_000);

        var safe = TableKeys.Safe(longKey);

        Assert.StartsWith("~h", safe, StringComparison.Ordinal);
        Assert.Equal(66, safe.Length);
        Assert.NotEqual(safe, TableKeys.Safe(longKey + "y"));
    }

    [Fact]
    public void The_legacy_candidate_key_is_the_same_for_every_spelling_and_does_not_show_the_address()
    {
        var key = TableKeys.LegacyCandidate("Hanako.Yamada@Example.com");

        Assert.Equal(key, TableKeys.LegacyCandidate(" hanako.yamada@example.com"));
        Assert.NotEqual(key, TableKeys.LegacyCandidate("taro@example.com"));
        Assert.DoesNotContain("hanako", key, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("^[0-9a-f]{64}$", key);
    }
}
