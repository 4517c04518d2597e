using FollowUp.Api.Tests.Inbound.Mail.Support;

namespace FollowUp.Api.Tests.Inbound.Mail;

public sealed class CorpusSourcesTests
{
    public static TheoryData<string> Names => [.. CorpusSources.All.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Committed_corpus_message_is_what_its_source_writes(string name)
    {
        var source = CorpusSources.All.Single(m => m.Name == name);
        var written = source.Write();
        if (Environment.GetEnvironmentVariable("FOLLOWUP_WRITE_CORPUS") == "1")
        {
            File.WriteAllBytes(Path.Combine(Corpus.SourceDirectory, name + ".eml"), written);
            return;
        }

        Assert.Equal(written, Corpus.Message(name));
    }

    [Theory]
    [InlineData("iso-2022-jp-iphone-ja")]
    [InlineData("iso-2022-jp-outlook-ja")]
    [InlineData("auto-reply-exchange-ja")]
    public void Iso_2022_jp_messages_are_seven_bit_jis_on_the_wire(string name)
    {
        var bytes = Corpus.Message(name);

        Assert.All(bytes, b => Assert.True(b < 0x80));
        Assert.True(bytes.AsSpan().IndexOf("\u001b$B"u8) >= 0, "no JIS X 0208 escape sequence");
    }

    [Theory]
    [InlineData("shift-jis-becky-ja", 0x81, 0x9F)]
    [InlineData("euc-jp-mutt-ja", 0xA1, 0xFE)]
    public void Eight_bit_japanese_messages_carry_their_charsets_lead_bytes(string name, int low, int high)
    {
        var bytes = Corpus.Message(name);

        Assert.Contains(bytes, b => b >= low && b <= high);
        Assert.Equal(-1, bytes.AsSpan().IndexOf("\u001b$B"u8));
    }
}
