using FollowUp.Api.Inbound.Mail;

namespace FollowUp.Api.Tests.Inbound.Mail;

public sealed class MessageIdsTests
{
    [Theory]
    [InlineData("<CAJx9f3@mail.gmail.com>", "<CAJx9f3@mail.gmail.com>")]
    [InlineData("CAJx9f3@mail.gmail.com", "<CAJx9f3@mail.gmail.com>")]
    [InlineData("  <CAJx9f3@mail.gmail.com>\r\n", "<CAJx9f3@mail.gmail.com>")]
    [InlineData("73e6d360-66eb-11e1-8e72-a8904824019b", "<73e6d360-66eb-11e1-8e72-a8904824019b>")]
    public void The_same_id_is_written_the_same_way_whichever_path_it_came_by(string given, string normalized)
    {
        Assert.Equal(normalized, MessageIds.Normalize(given));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<>")]
    [InlineData("<two words@example.jp>")]
    public void Nothing_usable_is_null(string? given)
    {
        Assert.Null(MessageIds.Normalize(given));
    }

    [Fact]
    public void A_derived_id_is_stable_for_the_same_bytes_and_differs_for_others()
    {
        var first = MessageIds.Derive("From: a@b\r\n\r\nhello"u8);

        Assert.Equal(first, MessageIds.Derive("From: a@b\r\n\r\nhello"u8));
        Assert.NotEqual(first, MessageIds.Derive("From: a@b\r\n\r\nhello!"u8));
        Assert.Matches("^<[0-9a-f]{64}@followup\\.invalid>$", first);
    }
}
