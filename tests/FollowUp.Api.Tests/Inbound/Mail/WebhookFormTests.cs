using System.Text;
using FollowUp.Api.Inbound.Mail;
using FollowUp.Api.Tests.Inbound.Mail.Support;

namespace FollowUp.Api.Tests.Inbound.Mail;

public sealed class WebhookFormTests
{
    [Fact]
    public void Raw_bytes_decode_in_the_charset_named_and_as_utf_8_otherwise()
    {
        var form = WebhookForm.FromBytes([KeyValuePair.Create("text", MailEncoding.Bytes("shift_jis", "はい、ぜひ。")), KeyValuePair.Create("to", "山根 <a@b.jp>"u8.ToArray())]);

        Assert.Equal("はい、ぜひ。", form.Text("text", "Shift_JIS"));
        Assert.Equal("はい、ぜひ。", form.Text("text", "x-sjis"));
        Assert.Equal("山根 <a@b.jp>", form.Text("to"));
        Assert.Equal("山根 <a@b.jp>", form.Text("to", "no-such-charset"));
    }

    [Fact]
    public void Text_the_host_decoded_is_returned_as_is_whatever_charset_is_named()
    {
        var form = WebhookForm.FromText([KeyValuePair.Create("text", "はい、ぜひ。")]);

        Assert.Equal("はい、ぜひ。", form.Text("text", "Shift_JIS"));
        Assert.True(form.TryGetBytes("text", out var bytes));
        Assert.Equal("はい、ぜひ。", Encoding.UTF8.GetString(bytes.Span));
    }

    [Fact]
    public void The_first_of_a_repeated_field_wins_and_names_are_exact()
    {
        var form = WebhookForm.FromText([KeyValuePair.Create("from", "first@example.jp"), KeyValuePair.Create("from", "second@example.jp")]);

        Assert.Equal("first@example.jp", form.Text("from"));
        Assert.Null(form.Text("From"));
        Assert.False(form.Contains("From"));
        Assert.False(form.TryGetBytes("body-mime", out _));
    }
}
